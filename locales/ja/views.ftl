# billing-portal — 日本語。用語は顧客ポータルのドキュメント（seeds）に準拠しています。
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## 請求書
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = 小計
invoice-tax = 税額
invoice-detail-title = 請求書 { $number }
invoice-bill-to = 請求先
invoice-lines-title = 請求項目
invoice-lines-hint = 請求項目を選択すると、詳細が表示されます。
invoice-due-date = 支払期日
invoice-period = 請求期間
invoice-download-pdf = PDF をダウンロード
pdf-preparing = PDF を準備しています…
invoice-download-csv = CSV をダウンロード
invoice-print = 印刷
invoice-pay-new-monthly = カードを更新して支払う
line-description = 説明
line-category = カテゴリ
line-quantity = 数量
line-unit-price = 単価
line-amount = 金額
line-resource = リソース
line-period = 期間
line-period-start = 期間開始日
line-period-end = 期間終了日
line-tax = 税額

## 支払方法
method-expires = 有効期限：{ $expiry }
method-place = { $country } { $city }
method-default = 毎月の支払方法
methods-empty = 登録済みの支払方法はありません。
method-pending-note = カードの検証には最大 24 時間かかり、検証が完了すると使用できるようになります。確認メールは請求連絡先に送信されます。
method-make-default = 毎月の支払方法に設定
method-default-set = 毎月の支払方法を変更しました。
method-remove = 削除
method-removing = 削除しています…
method-remove-title = この支払方法を削除しますか？
method-remove-body = 今後この支払方法に請求されることはなく、支払いにも使用できなくなります。
method-removed = 支払方法を削除しました。
method-added = カードを追加しました。カードの検証には最大 24 時間かかり、検証が完了すると使用できるようになります。確認メールは請求連絡先に送信されます。
card-add = クレジットカードを追加
card-adding = カードを追加しています…
card-eu-supported = EU 域内でのサポート
card-eu-supported-help = 保守およびサポートに関するお問い合わせを、欧州連合（EU）域内のサポートチームが担当します。

## 支払い
payment-reference = 参照番号
payment-date = 支払日
payment-method = 支払方法
payment-status = ステータス
payment-amount = 支払金額
payment-for-invoice = 請求書 { $number } の支払いを行います。
payment-choose-balance = どの残高を支払いますか？
payment-balance-due = 未払残高：{ $balance }
payment-remaining = 今回の支払後の未払残高：{ $remaining }
payment-nothing-due = 未払残高はないため、支払いは不要です。
payment-viewer = 支払いは請求管理者のみが行えます。残高と請求書は閲覧できます。
payment-new-card = 新しいクレジットカード（今回のみ使用し、保存しません）
payment-new-card-help = このカードは今回の支払いにのみ使用されます。保存されず、毎月の支払方法も変更されません。
payment-new-monthly-card = 新しいクレジットカード（毎月の支払方法として保存します）
payment-new-monthly-card-help = このカードで、この請求書を今すぐ支払います。支払いが完了するとカードが保存され、今後の請求書の毎月の支払方法がこのカードに切り替わります。
payment-monthly-becomes = この支払いが完了すると、「{ $method }」が毎月の支払方法になります。
payment-new-monthly-title = 毎月の支払方法
payment-new-monthly-saving = カードを毎月の支払方法として保存しています…
payment-new-monthly-done = 「{ $method }」が毎月の支払方法になりました。現在検証中で、検証には最大 24 時間かかる場合があります。
payment-new-monthly-failed = 支払いは完了しましたが、カードを毎月の支払方法として保存できませんでした。もう一度お試しください。カードが重複して保存されることはありません。
payment-card-address = クレジットカードの請求先住所
payment-review = 支払内容を確認
payment-review-title = 支払内容の確認
payment-remaining-title = 支払後の未払残高
payment-monthly-unchanged = 毎月の支払方法は変更されません。
payment-pay-card = クレジットカードで支払う
payment-continue-paypal = PayPal で続行
payment-processing = 支払いを処理しています…
payment-checking = 支払いの処理結果を確認しています…
payment-change = 変更
payment-resumed = この支払いの結果をまだ受け取っていません。完了するには、もう一度支払ってください。二重に請求されることはありません。内容を変更する場合は、先にこの支払いの処理結果を確認します。
payment-not-made = 前回の支払いは完了しておらず、料金も発生していません。内容を変更して、もう一度支払うことができます。
payment-too-old = 以前に開始した支払いの結果を受け取れないまま時間が経ちすぎたため、安全に再開できません。もう一度支払う前に、支払履歴を確認してください。
payment-succeeded-title = 支払いを受け付けました
payment-succeeded-body = お支払いいただき、ありがとうございます。残高は更新済みです。
payment-new-balance = 更新後の残高
payment-invoice = 請求書
payment-paypal-title = PayPal で支払いを承認
payment-paypal-body = PayPal でこの支払いの承認が求められています。承認するまで料金は発生しません。
payment-authenticate-title = カード会社で支払いを確認
payment-authenticate-body = カード会社からこの支払いの確認が求められています。確認するまで料金は発生しません。
payment-approve = 承認
amount-error-empty = 支払金額を入力してください。
amount-error-not-a-number = 金額は { $example } のように、通貨記号を付けずに入力してください。
amount-error-not-positive = 金額には 0 より大きい値を入力してください。
amount-error-too-many-decimals = { $digits ->
    [0] { $currency } の金額には小数点以下の桁を使用できません。
   *[other] { $currency } の金額は小数点以下 { $digits } 桁までです。
}
amount-error-above-balance = 金額は未払残高（{ $balance }）以下にしてください。
amount-error-unknown-currency = この通貨での支払いは、ここでは行えません。
payment-status-processing = 処理中
payment-status-requires-action = 要対応
payment-status-succeeded = 完了
payment-status-declined = 承認拒否
payment-status-failed = 失敗

## 請求項目
item-description = 説明
item-category = カテゴリ
item-device = デバイス
item-recurring-fee = 定期料金
item-created = 作成日
item-status = ステータス
item-next-bill = 次回請求日
item-actions = 操作
item-no-device = 関連付けなし
item-select = { $item } を選択
item-associate = 関連付け
item-associate-named = { $item } を関連付け
item-dissociate = 関連付けを解除
item-dissociate-named = { $item } の関連付けを解除
item-cancel = 解約
item-cancel-named = { $item } を解約
item-not-changed = 変更されませんでした：{ $reason }
items-intro = 請求項目は、デバイスに関連付けたり、関連付けを解除したりできます。既定では関連付け済みの請求項目が表示されます。それ以外を表示するには、表示を切り替えてください。
items-filters = 請求項目の表示と検索
items-view = 表示
items-view-associated = 関連付け済みの請求項目
items-view-dissociated = 関連付けなしの請求項目
items-view-all = すべての請求項目
items-search = 説明、カテゴリ、デバイス
items-count = 請求項目 { $count } 件
items-empty = この表示に該当する請求項目はありません。
items-empty-search = 検索条件に一致する請求項目はありません。
items-select-page = このページの請求項目をすべて選択
items-bulk = 一括操作
items-selected = { $count ->
    [0] 請求項目が選択されていません
   *[other] 請求項目 { $count } 件を選択中
}
items-clear-selection = 選択を解除
items-associate-title = デバイスに関連付け
items-device-search = デバイスを検索
items-device-matches = { $count ->
    [0] 一致するデバイスはありません。
   *[other] { $count } 件のデバイスが一致しました。
}
items-device-required = デバイスを選択してください。
items-cancel-title = 請求項目 { $count } 件を解約
items-cancel-when = 請求をいつ停止しますか？
items-cancel-end-of-period = 請求期間の終了時
items-cancel-end-of-period-date = 請求期間の終了時（{ $date }）
items-cancel-immediately = 即時
items-cancel-later-effect = 請求項目 { $count } 件は請求期間の終了まで有効で、その後停止します。以降、定期料金は { $amount } 減額されます。
items-cancel-now-effect = 本日をもって請求を停止します。定期料金は { $amount } 減額されます。
items-cancel-final = 解約した請求項目は元に戻せません。
items-cancel-keep = 請求項目 { $count } 件を解約しない
items-done-associate = 請求項目 { $count } 件を { $device } に関連付けました。
items-done-dissociate = 請求項目 { $count } 件の関連付けを解除しました。
items-done-cancel-now = 請求項目 { $count } 件を解約しました。
items-done-cancel-later = 請求項目 { $count } 件は、請求期間の終了時に解約されます。
items-failed = 請求項目 { $count } 件を変更できなかったため、変更前の状態で表示しています：
items-retry = 失敗した { $count } 件を再試行

## 請求先情報
profile-bill-to = 請求先
profile-bill-to-note = 変更内容は、今後発行される請求書に適用されます。発行済みの請求書には、発行時の情報がそのまま記載されます。
profile-billing-address = 請求先住所
profile-tax-id = 税務登録番号
profile-tax-id-country = 発行国
profile-tax-id-number = 番号
profile-tax-id-help = EU の VAT 番号、英国の VAT 番号、スイスの UID、ノルウェーの組織番号、オーストラリアの ABN、韓国の事業者登録番号、台湾の統一編号は、番号が正しいかどうかを検証します。それ以外の番号は入力どおりに保存されます。番号を空欄にすると削除されます。
profile-tax-id-example = この国の税務登録番号の例：{ $example }
profile-edit = 編集
profile-save = 保存
profile-saving = 保存しています…
profile-saved = 請求先情報を保存しました。今後発行される請求書に適用されます。
profile-contacts = 請求連絡先
profile-contacts-note = 請求関連のメールを受け取る連絡先です。請求書は少なくとも 1 つの連絡先が受け取る必要があります。
contact-email = メールアドレス
contact-receives = 受信内容
contact-actions = 操作
contact-topic-invoices = 請求書
contact-topic-receipts = 領収書
contact-topic-method-status = 支払方法のステータス変更
contact-topic-other = その他のお知らせ
contact-add = 連絡先を追加
contact-edit = 編集
contact-save = 連絡先を保存
contact-saving = 保存しています…
contact-added = 連絡先を追加しました。
contact-saved = 連絡先を保存しました。
contact-remove = 削除
contact-removing = 削除しています…
contact-remove-title = この連絡先を削除しますか？
contact-remove-body = このアドレスには今後、請求関連のメールが送信されなくなります。
contact-removed = 連絡先を削除しました。

## 支払方法に関するお知らせ
card-make-monthly = このカードを毎月の支払方法に設定する

## 支払いの領収書
payment-view-receipt = 領収書を表示
receipt-title = 領収書 { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = PDF をダウンロード
receipt-print = 印刷
receipt-settled = 支払済みの請求書
receipt-invoice = 請求書
receipt-applied = 充当額
receipt-settled-none = この支払いには、請求書ごとの内訳はありません。
receipt-bill-to = 宛名
receipt-none = 領収書は完了した支払いにのみ発行されます。この支払いのステータスは「{ $status }」です。

## 請求書のダウンロード
export-back = ‹ { invoices-table-title }
export-title = 請求書のダウンロード
export-intro = 絞り込み条件で請求書を選択します。CSV には請求書が 1 件 1 行で記載され、ZIP には各請求書の PDF と CSV が含まれます。
export-matching = { $count ->
    [0] この絞り込み条件に一致する請求書はありません。
   *[other] この絞り込み条件に一致する請求書は { $count } 件です。
}
export-csv = CSV をダウンロード
export-zip = PDF と CSV をダウンロード（ZIP）
export-demo-no-pdf = デモには PDF を作成する請求サーバーがないため、PDF はダウンロードできません。CSV は実際のアカウントと同じように機能します。また、各請求書のページは印刷できます。
export-starting = ダウンロードを開始しています…
export-listing = 請求書の一覧を取得しています：{ $total } 件中 { $done } 件
export-listing-payments = 支払いの一覧を取得しています：{ $total } 件中 { $done } 件
export-pdfs = PDF を追加しています：{ $total } 件中 { $done } 件
export-cancel = キャンセル
export-cancelled = ダウンロードをキャンセルしました。何も保存されていません。
export-saved = { $file } を保存しました。
export-too-large = 1 つの ZIP ファイルに収まる量を超えています。期間を短くするなどして請求書の数を減らし、分けてダウンロードしてください。
payments-download-csv = CSV をダウンロード
