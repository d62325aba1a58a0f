# billing-portal — 日本語：サーバーが作成する請求書と領収書の PDF（server/src/pdf）。
# 用語は main.ftl に合わせています。金額・数値・日付は日本語の書式で渡され、各メッセージは配置だけを決めます。

## 両方の書類
# 日付の書き方（CLDR のパターン構文）。
document-date-pattern = y年M月d日
document-money = { $amount } { $currency }
document-page = { $page } / { $pages } ページ
document-date-range = { $start }～{ $end }
document-person = { $last } { $first }
document-place = { $postal } { $city }
document-place-state = { $postal } { $state } { $city }
document-tax-id = 税務登録番号（{ $country }）：{ $number }
document-unknown = 不明

## 請求書
document-invoice-title = 請求書 { $number }
document-invoice-date = 請求日
document-due-date = 支払期日
document-period = 請求期間
document-type = 種類
document-status = ステータス
document-type-new = 新規
document-type-recurring = 定期
document-type-one-time = 一回限りの料金
document-type-credit = クレジット
document-type-refund = 返金
document-status-open = 未払い
document-status-due = 支払期日到来
document-status-past-due = 支払期日超過
document-status-paid = 支払済み
document-status-void = 無効
document-bill-to = 請求先
document-lines-title = 請求項目
document-line-description = 説明
document-line-quantity = 数量
document-line-unit-price = 単価
document-line-amount = 金額
document-line-tax = 税額
document-line-resource = { $resource }（{ $start }～{ $end }）
document-subtotal = 小計
document-tax = 税額
document-total = 合計
document-balance-due = 未払残高

## 領収書
document-receipt-title = 領収書 { $reference }
document-receipt-amount = 支払金額
document-receipt-date = 支払日
document-receipt-method = 支払方法
document-receipt-reference = 参照番号
document-receipt-settled = 支払済みの請求書
document-receipt-invoice = 請求書
document-receipt-applied = 充当額
document-receipt-settled-none = この支払いには、請求書ごとの内訳はありません。
document-receipt-bill-to = 宛名
document-card = { $brand }（末尾 { $last4 }）
document-paypal = PayPal（{ $email }）
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = 銀聯
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = カード
