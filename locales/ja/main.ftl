# billing-portal — 日本語。用語は顧客ポータルのドキュメント（seeds）に準拠しています。

## 画面構成
nav-account = アカウント
nav-billing = 請求
nav-invoices = 請求書
nav-payment-methods = 支払方法
nav-billing-items = 請求項目
nav-make-payment = 支払いを行う
nav-payments = 支払履歴
nav-billing-profile = 請求先情報
nav-label = 請求メニュー
breadcrumb-label = 現在の位置
skip-to-content = 本文へスキップ
language-label = 言語
demo-badge = デモ
demo-badge-help = デモモード：サンプルデータはこのブラウザー内にのみ保存されます。料金は一切発生しません。
demo-reset = デモをリセット
demo-reset-title = デモをリセットしますか？
demo-reset-body = このブラウザーで行った支払い、カード、請求項目の変更は破棄され、サンプルアカウントは元の状態に戻ります。
demo-reset-confirm = リセット
demo-reset-done = デモをリセットしました。
language-unavailable = 「{ $language }」を読み込めなかったため、ページを英語で表示しています。
language-unavailable-kept = 「{ $language }」を読み込めませんでした。
loading-text = 読み込み中…
action-retry = 再試行
action-reload = 再読み込み
action-cancel = キャンセル
status-unknown = 不明
viewer-notice = 請求情報を閲覧できます。支払い、支払方法の変更、請求項目の変更は、請求管理者のみが行えます。

## エラー
error-title = 問題が発生しました
error-offline = 請求サービスに接続できませんでした。接続を確認して、もう一度お試しください。
error-view-load = このページを読み込めませんでした。接続を確認してもう一度お試しいただくか、ページを再読み込みしてください。
error-timeout = 請求サービスからの応答がタイムアウトしました。もう一度お試しください。
error-session-expired = セッションの有効期限が切れました。続行するには、もう一度サインインしてください。
error-forbidden = この操作は請求管理者のみが行えます。
error-not-found = お探しの項目が見つかりませんでした。
error-validation = 一部の入力内容に修正が必要です。強調表示された入力欄を確認してください。
error-card-declined = カードが承認されませんでした。別のカードを使用するか、カード会社にお問い合わせください。
error-card-expired = このカードは有効期限が切れています。別のカードを使用してください。
error-idempotency-mismatch = このリクエストは、異なる内容ですでに送信されています。最初からやり直してください。
error-last-payment-method = 有効な支払方法はこれだけで、未払残高もあるため、削除できません。
error-last-invoice-contact = 請求書を受け取る連絡先が少なくとも 1 つ必要です。先に別の連絡先が請求書を受け取るよう設定してください。
error-amount-exceeds-balance = 金額が未払残高を超えています。
error-balance-changed = 支払対象の請求が、その間に支払済みになったか減額されたため、この支払いは行われませんでした。料金は発生していません。
error-item-already-cancelled = この請求項目はすでに解約されています。
error-conflict = 他のユーザーが同時にこの内容を変更しました。再読み込みして、もう一度お試しください。
error-rate-limited = リクエストが多すぎます。しばらく待ってから、もう一度お試しください。
error-method-not-allowed = 請求サービスがこのリクエストを受け付けませんでした。ページを再読み込みして、もう一度お試しください。
error-server = 請求サービスで問題が発生しました。変更は行われていません。しばらくしてから、もう一度お試しください。
error-malformed = 請求サービスから読み取れない応答が返されました。しばらくしてから、もう一度お試しください。
crash-title = 問題が発生しました
crash-body = エラーのため、請求ページが停止しました。続行するには、ページを再読み込みしてください。このエラーによる料金は発生していません。
config-error-title = 請求ページが正しく設定されていません
config-error-body = このページを表示しているコンソールから、使用できない設定が渡されました。管理者にお問い合わせください。
not-found-title = ページが見つかりません
not-found-body = このアドレスに該当する請求ページはありません。
not-found-back = 請求書へ移動

## 請求の概要
summary-title = 請求の概要
summary-current-balance = 現在の残高（{ $currency }）
summary-next-balance = 次回の残高見込み（{ $currency }）
summary-payment-method = 支払方法
summary-no-method = 登録済みの支払方法はありません
summary-last-invoice = 前回の定期請求日
summary-next-invoice = 次回の定期請求日
summary-pay-balance = 残高を支払う
summary-pay-balance-currency = 残高を支払う（{ $currency }）
chart-title = 過去 12 か月の請求額（{ $currency }）
chart-show-table = 表で表示
chart-month = 月
chart-invoiced = 請求額

## 請求書
invoices-table-title = すべての請求書
invoices-count = 請求書 { $count } 件
invoice-number = 請求書番号
invoice-date = 請求日
invoice-type = 種類
invoice-status = ステータス
invoice-total = 合計
invoice-balance-due = 未払残高
invoice-currency = 通貨
invoice-actions = 操作
invoice-pay-now = 今すぐ支払う
# The link's name for screen readers: its words and the invoice it pays.
invoice-pay-now-named = 請求書 { $number } を今すぐ支払う
invoices-empty = 請求書はまだありません。
invoices-empty-filtered = 絞り込み条件に一致する請求書はありません。
invoice-types-help = 請求書の種類について
invoice-type-new-help = 一連の定期請求書のうち、最初の請求書です。
invoice-type-recurring-help = アカウントで 1 か月を超えて発生している定期料金の請求書です。
invoice-type-one-time-help = さまざまな費用に対する一回限りの料金です。超過料金が含まれる場合があります。
invoice-type-credit-help = アカウント残高に充当されるクレジットです。
invoice-type-refund-help = 一回限りの料金または定期料金を取り消したものです。
filters-label = 請求書の絞り込み
filter-all = すべて
filter-from = 開始日
filter-to = 終了日
filter-search = 検索
filter-clear = 絞り込みを解除
pager-label = ページ
pager-range = { $total } 件中 { $first }–{ $last } 件
pager-previous = 前のページ
pager-next = 次のページ
invoice-type-new = 新規
invoice-type-recurring = 定期
invoice-type-one-time = 一回限りの料金
invoice-type-credit = クレジット
invoice-type-refund = 返金
invoice-status-open = 未払い
invoice-status-due = 支払期日到来
invoice-status-past-due = 支払期日超過
invoice-status-paid = 支払済み
invoice-status-void = 無効

## 支払方法
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = 銀聯
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = カード
method-card-label = { $brand }（末尾 { $last4 }）
method-paypal-label = PayPal（{ $email }）
method-status-pending = 検証待ち
method-status-active = 有効
method-status-expired = 期限切れ
method-status-declined = 承認拒否
card-section-address = 請求先住所
card-use-company = 会社情報を使用
card-section-payment = 支払情報
card-number = カード番号
card-expiry = 有効期限（MM/YY）
card-cvc = セキュリティコード
card-holder = カード名義人
field-label-optional = { $label }（任意）
address-first-name = 名
address-last-name = 姓
address-company = 会社名
address-line1 = 住所
address-line2 = 住所（2 行目）
address-city = 市区町村
address-state = 都道府県・州
address-postal-code = 郵便番号
address-country = 国・地域
address-choose-country = 国・地域を選択
address-phone = 電話番号
address-email = メールアドレス
field-error-required = この項目を入力してください。
field-error-invalid-characters = 使用できない文字が含まれています。
field-error-invisible-characters = 目に見えない書式文字が含まれています。テキストをコピーしたときに紛れ込むことがよくあります。貼り付けずに直接入力してください。
field-error-too-long = 入力内容が長すぎます。
field-error-length = カード番号の桁数が正しくありません。
field-error-luhn = このカード番号は無効です。入力に誤りがないか確認してください。
field-error-unsupported-brand = この種類のカードはご利用いただけません。
field-error-expiry-format = 有効期限は MM/YY の形式で入力してください。
field-error-expiry-past = このカードは有効期限が切れています。
field-error-expiry-too-far = 有効期限が遠い将来の日付になっています。入力内容を確認してください。
field-error-cvc-length = セキュリティコードを入力してください（American Express は 4 桁、その他のカードは 3 桁）。
field-error-country-unknown = 国・地域を選択してください。
field-error-postal-code-format = この郵便番号は、その国・地域の形式と一致しません。
field-error-state-required = 都道府県・州を入力してください。
field-error-state-unknown = その国・地域の都道府県・州ではありません。
field-error-email-format = メールアドレスは name@example.com のような形式で入力してください。
field-error-phone-format = 電話番号に使用できるのは、数字、スペース、+ - ( ) のみです。
field-error-not-payable = この請求書は支払えなくなりました。その間に支払われたか、無効またはクレジット処理された可能性があります。
field-error-not-found = 対象の項目はすでに存在しません。ページを再読み込みして、もう一度お試しください。
field-error-unusable = この支払方法はここでは使用できません。別の支払方法を選択してください。
field-error-duplicate = このメールアドレスはすでに請求連絡先に登録されています。
field-error-tax-id-format = その国の税務登録番号の形式ではありません。
field-error-tax-id-checksum = この税務登録番号は無効です。入力に誤りがないか確認してください。
field-error-invalid = この値は使用できません。確認して、もう一度お試しください。

## 請求項目
item-status-active = 有効
item-status-cancellation-pending = 解約予定
item-status-cancelled = 解約済み

## 請求先情報
profile-person = { $last } { $first }
profile-place = { $postal } { $city }
profile-place-state = { $postal } { $state } { $city }
profile-tax-id-value = 税務登録番号（{ $country }）：{ $number }
profile-tax-id-none = 税務登録番号は登録されていません。

## 支払方法に関するお知らせ
attention-title = 支払方法について対応が必要です。
attention-expired = 毎月の支払方法「{ $method }」の有効期限が切れているため、次回の請求書の金額をこの支払方法に請求できません。カードを追加するか、別の支払方法を選択してください。
attention-declined = 毎月の支払方法「{ $method }」が承認されなかったため、次回の請求書の金額をこの支払方法に請求できません。カードを追加するか、別の支払方法を選択してください。
attention-expiring = 毎月の支払方法「{ $method }」は { $date } に有効期限が切れます。それまでにカードを追加するか、別の支払方法を選択してください。
attention-pending = 毎月の支払方法「{ $method }」は検証中です。検証には最大 24 時間かかる場合があります。検証が完了すると、この支払方法に請求できるようになります。
attention-add-card = カードを追加
attention-choose = 別の支払方法を選択

## 請求書のダウンロード
invoices-download = 請求書をダウンロード
