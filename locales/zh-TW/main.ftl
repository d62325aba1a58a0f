# billing-portal — 繁體中文（台灣）。用語依循客戶入口網站文件（seeds）。

## 頁面框架
nav-account = 帳戶
nav-billing = 計費
nav-invoices = 發票
nav-payment-methods = 付款方法
nav-billing-items = 計費項目
nav-make-payment = 進行付款
nav-payments = 付款紀錄
nav-label = 計費功能表
breadcrumb-label = 目前位置
skip-to-content = 跳至主要內容
language-label = 語言
demo-badge = 示範
demo-badge-help = 示範模式：範例資料僅保存在此瀏覽器中，不會實際收費。
language-unavailable = 無法載入「{ $language }」，頁面將以英文顯示。
loading-text = 載入中…
action-retry = 重試
action-reload = 重新載入
status-unknown = 不明
viewer-notice = 您可以檢視計費資訊。只有計費管理員才能付款或變更付款方法。

## 錯誤
error-title = 發生錯誤
error-offline = 無法連線至計費服務。請檢查網路連線後再試一次。
error-timeout = 計費服務回應逾時。請再試一次。
error-session-expired = 您的工作階段已過期。請重新登入以繼續。
error-forbidden = 只有計費管理員才能執行此操作。
error-not-found = 找不到您要的項目。
error-validation = 部分資料需要修正，請查看標示的欄位。
error-card-declined = 您的卡片遭到拒絕。請改用其他卡片，或洽詢您的發卡銀行。
error-card-expired = 此卡片已過期，請改用其他卡片。
error-idempotency-mismatch = 此要求先前已以不同的內容送出，請重新開始。
error-last-payment-method = 這是您唯一有效的付款方法，且尚有應付餘額，因此無法移除。
error-amount-exceeds-balance = 付款金額超過應付餘額。
error-item-already-cancelled = 此計費項目已經取消。
error-conflict = 其他人同時變更了此項目。請重新載入後再試一次。
error-rate-limited = 要求次數過多，請稍候再試。
error-server = 計費服務發生問題，未進行任何變更。請稍後再試。
error-malformed = 無法讀取計費服務傳回的回應。請稍後再試。
crash-title = 發生錯誤
crash-body = 計費頁面因錯誤而停止。請重新載入頁面以繼續；此錯誤不會產生任何費用。
config-error-title = 計費頁面的設定不正確
config-error-body = 顯示此頁面的主控台傳入了無法使用的設定。請聯絡您的管理員。
not-found-title = 找不到頁面
not-found-body = 此網址沒有對應的計費頁面。
not-found-back = 前往發票

## 計費摘要
summary-title = 計費摘要
summary-current-balance = 現行餘額（{ $currency }）
summary-next-balance = 預估的下一個餘額（{ $currency }）
summary-payment-method = 付款方法
summary-no-method = 尚未存檔任何付款方法
summary-last-invoice = 最後一個經常性發票日期
summary-next-invoice = 下一個經常性發票日期
summary-pay-balance = 支付餘額
chart-title = 過去 12 個月的發票金額（{ $currency }）
chart-show-table = 以表格顯示
chart-month = 月份
chart-invoiced = 發票金額

## 發票
invoices-table-title = 所有發票
invoices-count = { $count ->
   *[other] 共 { $count } 張發票
}
invoice-number = 發票號碼
invoice-date = 日期
invoice-type = 類型
invoice-status = 狀態
invoice-total = 總計
invoice-balance-due = 應付餘額
invoice-subtotal = 小計
invoice-tax = 稅額
invoice-detail-title = 發票 { $number }
invoice-lines-title = 計費項目
invoice-lines-hint = 選取計費項目即可檢視其詳細資料。
invoice-currency = 幣別
invoice-actions = 動作
invoice-pay-now = 立即付款
invoice-due-date = 到期日
invoice-period = 計費期間
invoice-download-pdf = 下載 PDF
invoice-pdf-preparing = 正在準備 PDF…
invoice-download-csv = 下載 CSV
invoice-print = 列印
invoices-empty = 您目前還沒有任何發票。
invoices-empty-filtered = 沒有符合這些篩選條件的發票。
invoice-types-help = 關於發票類型
invoice-type-new-help = 一系列經常性發票中的第一張發票。
invoice-type-recurring-help = 在帳戶上已發生超過一個月的經常性費用的發票。
invoice-type-one-time-help = 各種費用的一次性費用，可能包括超額。
invoice-type-credit-help = 計入帳戶餘額的額度。
invoice-type-refund-help = 一次性或經常性費用的費用沖銷。
filters-label = 篩選發票
filter-all = 全部
filter-from = 開始日期
filter-to = 結束日期
filter-search = 搜尋
filter-clear = 清除篩選條件
pager-label = 分頁
pager-range = 第 { $first }–{ $last } 筆，共 { $total } 筆
pager-previous = 上一頁
pager-next = 下一頁
invoice-type-new = 新建
invoice-type-recurring = 經常性
invoice-type-one-time = 一次性費用
invoice-type-credit = 額度
invoice-type-refund = 退款
invoice-status-open = 未結清
invoice-status-due = 待付款
invoice-status-past-due = 逾期
invoice-status-paid = 已付款
invoice-status-void = 已作廢
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
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = 銀聯
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = 卡片
method-card-label = { $brand }（末四碼 { $last4 }）
method-paypal-label = PayPal（{ $email }）
method-expires = 有效期限：{ $expiry }
method-default = 每月付款方法
method-status-pending = 等待驗證
method-status-active = 有效
method-status-expired = 已過期
method-status-declined = 遭拒絕

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
item-status-active = 有效
item-status-cancellation-pending = 即將取消
item-status-cancelled = 已取消
