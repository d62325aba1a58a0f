# billing-portal — 繁體中文（台灣）。用語依循客戶入口網站文件（seeds）。
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## 發票
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = 小計
invoice-tax = 稅額
invoice-detail-title = 發票 { $number }
invoice-bill-to = 發票抬頭
invoice-lines-title = 計費項目
invoice-lines-hint = 選取計費項目即可檢視其詳細資料。
invoice-due-date = 到期日
invoice-period = 計費期間
invoice-download-pdf = 下載 PDF
pdf-preparing = 正在準備 PDF…
invoice-download-csv = 下載 CSV
invoice-print = 列印
invoice-pay-new-monthly = 更新信用卡並付款
line-description = 說明
line-category = 類別
line-quantity = 數量
line-unit-price = 單價
line-amount = 金額
line-resource = 資源
line-period = 期間
line-period-start = 期間開始日期
line-period-end = 期間結束日期
line-tax = 稅額

## 付款方法
method-expires = 有效期限：{ $expiry }
method-place = { $country } { $city }
method-default = 每月付款方法
methods-empty = 尚未儲存任何付款方法。
method-pending-note = 新卡片會在 24 小時內完成驗證並可供使用。確認電子郵件會傳送給計費聯絡人。
method-make-default = 設為每月付款方法
method-default-set = 已變更每月付款方法。
method-remove = 移除
method-removing = 正在移除…
method-remove-title = 要移除此付款方法嗎？
method-remove-body = 移除後將不會再從此付款方法收費，也無法再用它付款。
method-removed = 已移除付款方法。
method-added = 已新增您的卡片。卡片會在 24 小時內完成驗證並可供使用；確認電子郵件會傳送給計費聯絡人。
card-add = 新增信用卡
card-adding = 正在新增卡片…
card-eu-supported = 歐盟支援
card-eu-supported-help = 由歐盟的支援團隊處理您的維護及支援問題。

## 付款
payment-reference = 參考編號
payment-date = 日期
payment-method = 付款方法
payment-status = 狀態
payment-amount = 付款金額
payment-for-invoice = 您正在支付發票 { $number } 的款項。
payment-choose-balance = 您要支付哪一筆餘額？
payment-balance-due = 應付餘額：{ $balance }
payment-remaining = 本次付款後的剩餘應付金額：{ $remaining }
payment-nothing-due = 目前沒有應付款項，無須支付任何餘額。
payment-viewer = 只有計費管理員才能付款。您仍可檢視餘額及發票。
payment-new-card = 新的信用卡（僅限本次使用，不會儲存）
payment-new-card-help = 此卡片僅用於本次付款，不會儲存，也不會變更您的每月付款方法。
payment-new-monthly-card = 新的信用卡（將成為您的每月付款方法）
payment-new-monthly-card-help = 此卡會立即用於支付這張發票。付款完成後，系統會儲存此卡，並以它取代您目前的每月付款方法，用於之後的發票。
payment-monthly-becomes = 這筆付款完成後，{ $method }將成為您的每月付款方法。
payment-new-monthly-title = 每月付款方法
payment-new-monthly-saving = 正在將此卡儲存為每月付款方法…
payment-new-monthly-done = { $method }現在是您的每月付款方法。此付款方法正在驗證中，最長可能需要 24 小時。
payment-new-monthly-failed = 您的付款已完成，但無法將此卡儲存為每月付款方法。請再試一次：此卡只會儲存一次。
payment-card-address = 信用卡帳單地址
payment-review = 檢閱付款
payment-review-title = 檢閱您的付款
payment-remaining-title = 付款後的剩餘應付金額
payment-monthly-unchanged = 您的每月付款方法不會變更。
payment-pay-card = 使用信用卡付款
payment-continue-paypal = 繼續前往 PayPal
payment-processing = 正在處理您的付款…
payment-checking = 正在確認這筆付款的處理結果…
payment-change = 變更
payment-resumed = 尚未收到這筆付款的結果。請再次付款以完成付款，不會重複扣款。若您變更付款內容，我們會先確認這筆付款的處理結果。
payment-not-made = 先前的付款並未完成，也沒有扣款。您可以變更後再次付款。
payment-too-old = 先前開始的付款未收到結果，且已經過太久，無法安全地繼續。再次付款前，請先查看付款紀錄。
payment-succeeded-title = 已收到付款
payment-succeeded-body = 謝謝您。我們已收到您的付款，並已更新您的餘額。
payment-new-balance = 新餘額
payment-invoice = 發票
payment-paypal-title = 在 PayPal 中核准付款
payment-paypal-body = PayPal 要求您核准此筆付款。在您核准之前，不會收取任何費用。
payment-authenticate-title = 向發卡銀行確認付款
payment-authenticate-body = 您的發卡銀行要求您確認此筆付款。在您確認之前，不會收取任何費用。
payment-approve = 核准
amount-error-empty = 請輸入付款金額。
amount-error-not-a-number = 請依 { $example } 的格式輸入金額，不要加上貨幣符號。
amount-error-not-positive = 金額必須大於零。
amount-error-too-many-decimals = { $digits ->
    [0] { $currency } 金額不可有小數位數。
   *[other] { $currency } 金額最多只能有 { $digits } 位小數。
}
amount-error-above-balance = 金額不得超過應付餘額 { $balance }。
amount-error-unknown-currency = 無法在此以這種貨幣付款。
payment-status-processing = 處理中
payment-status-requires-action = 需要處理
payment-status-succeeded = 成功
payment-status-declined = 遭拒絕
payment-status-failed = 失敗

## 計費項目
item-description = 說明
item-category = 類別
item-device = 裝置
item-recurring-fee = 經常性費用
item-created = 建立日期
item-status = 狀態
item-next-bill = 下次計費日期
item-actions = 動作
item-no-device = 未關聯
item-select = 選取 { $item }
item-associate = 建立關聯
item-associate-named = 為 { $item } 建立關聯
item-dissociate = 解除關聯
item-dissociate-named = 解除關聯 { $item }
item-cancel = 取消項目
item-cancel-named = 取消項目 { $item }
item-not-changed = 未變更：{ $reason }
items-intro = 計費項目可以與裝置建立關聯，也可以解除關聯。預設會顯示已關聯的計費項目；若要查看其他計費項目，請選擇檢視。
items-filters = 計費項目檢視與搜尋
items-view = 檢視
items-view-associated = 已關聯的計費項目
items-view-dissociated = 未關聯的計費項目
items-view-all = 所有計費項目
items-search = 說明、類別或裝置
items-count = { $count ->
   *[other] 共 { $count } 個計費項目
}
items-empty = 此檢視中沒有任何計費項目。
items-empty-search = 沒有符合搜尋條件的計費項目。
items-select-page = 選取此頁面上的所有計費項目
items-bulk = 批次動作
items-selected = { $count ->
    [0] 未選取任何計費項目
   *[other] 已選取 { $count } 個計費項目
}
items-clear-selection = 清除選取項目
items-associate-title = 與裝置建立關聯
items-device-search = 搜尋裝置
items-device-matches = { $count ->
    [0] 沒有符合的裝置。
   *[other] 有 { $count } 個符合的裝置。
}
items-device-required = 請選擇裝置。
items-cancel-title = { $count ->
    [1] 取消計費項目
   *[other] 取消 { $count } 個計費項目
}
items-cancel-when = 要在何時停止計費？
items-cancel-end-of-period = 在計費期間結束時
items-cancel-end-of-period-date = 在計費期間結束時（{ $date }）
items-cancel-immediately = 立即
items-cancel-later-effect = { $count ->
    [1] 此項目在計費期間結束前仍會維持有效，之後即停止。
   *[other] 每個項目在各自的計費期間結束前仍會維持有效，之後即停止。
}屆時您的經常性費用將減少 { $amount }。
items-cancel-now-effect = 計費將於今天停止。您的經常性費用將減少 { $amount }。
items-cancel-final = 已取消的計費項目無法復原。
items-cancel-keep = { $count ->
   *[other] 保留計費項目
}
items-done-associate = { $count ->
   *[other] 已將 { $count } 個計費項目與 { $device } 建立關聯。
}
items-done-dissociate = { $count ->
   *[other] 已解除 { $count } 個計費項目的關聯。
}
items-done-cancel-now = { $count ->
   *[other] 已取消 { $count } 個計費項目。
}
items-done-cancel-later = { $count ->
    [1] 1 個計費項目將在其計費期間結束時取消。
   *[other] { $count } 個計費項目將在各自的計費期間結束時取消。
}
items-failed = { $count ->
   *[other] 有 { $count } 個計費項目無法變更，仍顯示為原本的狀態：
}
items-retry = { $count ->
    [1] 重試失敗的項目
   *[other] 重試 { $count } 個失敗的項目
}

## 帳單資料
profile-bill-to = 發票抬頭
profile-bill-to-note = 變更將套用於今後開立的發票。已開立的發票保留開立時的資料。
profile-billing-address = 帳單地址
profile-tax-id = 稅籍編號
profile-tax-id-country = 核發國家
profile-tax-id-number = 號碼
profile-tax-id-help = 系統會檢查歐盟增值稅號、英國增值稅號、瑞士 UID、挪威組織號碼、澳洲 ABN、韓國營業登記號碼及台灣統一編號；其他號碼依輸入內容儲存。將號碼留空即可移除。
profile-tax-id-example = 此國家的稅籍編號格式如：{ $example }
profile-edit = 編輯
profile-save = 儲存
profile-saving = 儲存中…
profile-saved = 已儲存帳單資料。今後開立的發票將使用此資料。
profile-contacts = 計費聯絡人
profile-contacts-note = 接收帳單相關電子郵件的人員。至少須有一位聯絡人接收發票。
contact-email = 電子郵件地址
contact-receives = 接收內容
contact-actions = 動作
contact-topic-invoices = 發票
contact-topic-receipts = 付款收據
contact-topic-method-status = 付款方法狀態變更
contact-topic-other = 其他訊息
contact-add = 新增聯絡人
contact-edit = 編輯
contact-save = 儲存聯絡人
contact-saving = 儲存中…
contact-added = 已新增聯絡人。
contact-saved = 已儲存聯絡人。
contact-remove = 移除
contact-removing = 移除中…
contact-remove-title = 要移除此聯絡人嗎？
contact-remove-body = 此電子郵件地址將不再收到帳單相關郵件。
contact-removed = 已移除聯絡人。

## 付款方法提醒
card-make-monthly = 將此信用卡設為每月付款方法

## 付款收據
payment-view-receipt = 檢視收據
receipt-title = 收據 { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = 下載 PDF
receipt-print = 列印
receipt-settled = 已付款的發票
receipt-invoice = 發票
receipt-applied = 沖銷金額
receipt-settled-none = 這筆付款未依發票列出明細。
receipt-bill-to = 收據抬頭
receipt-none = 只有已完成的付款才有收據；這筆付款的狀態為「{ $status }」。

## 下載發票
export-back = ‹ { invoices-table-title }
export-title = 下載發票
export-intro = 請使用篩選條件選擇發票。CSV 檔中每張發票各佔一列；ZIP 檔則包含每張發票的 PDF 及該 CSV 檔。
export-matching = { $count ->
    [0] 沒有符合這些篩選條件的發票。
   *[other] 共有 { $count } 張發票符合這些篩選條件。
}
export-csv = 下載 CSV
export-zip = 下載 PDF 與 CSV（ZIP）
export-demo-no-pdf = 示範模式沒有可產生 PDF 的計費伺服器，因此無法下載 PDF。CSV 的運作方式與實際帳戶相同，每張發票的頁面也都可以列印。
export-starting = 正在準備下載…
export-listing = 正在列出發票：{ $done }／{ $total }
export-listing-payments = 正在列出付款紀錄：{ $done }／{ $total }
export-pdfs = 正在加入 PDF：{ $done }／{ $total }
export-cancel = 取消
export-cancelled = 已取消下載，未儲存任何檔案。
export-saved = 已儲存 { $file }。
export-too-large = 超出單一 ZIP 檔可容納的數量。請選擇較少的發票（例如縮短日期範圍），分批下載。
payments-download-csv = 下載 CSV
