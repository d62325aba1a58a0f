# billing-portal — 繁體中文：伺服器產生的發票與收據 PDF（server/src/pdf）。
# 用語與 main.ftl 相同。金額、數字與日期已依中文格式寫好，訊息只負責擺放位置。

## 兩種文件共用
# 日期寫法（CLDR 格式語法）。
document-date-pattern = y年M月d日
document-money = { $amount } { $currency }
document-page = 第 { $page } 頁，共 { $pages } 頁
document-date-range = { $start } 至 { $end }
document-person = { $last } { $first }
document-place = { $postal } { $city }
document-place-state = { $postal } { $state } { $city }
document-tax-id = 稅籍編號（{ $country }）：{ $number }
document-unknown = 不明

## 發票
document-invoice-title = 發票 { $number }
document-invoice-date = 開立日期
document-due-date = 到期日
document-period = 計費期間
document-type = 類型
document-status = 狀態
document-type-new = 首期
document-type-recurring = 經常性
document-type-one-time = 一次性費用
document-type-credit = 抵免額
document-type-refund = 退款
document-status-open = 未結清
document-status-due = 待付款
document-status-past-due = 逾期
document-status-paid = 已付款
document-status-void = 已作廢
document-bill-to = 發票抬頭
document-lines-title = 計費項目
document-line-description = 說明
document-line-quantity = 數量
document-line-unit-price = 單價
document-line-amount = 金額
document-line-tax = 稅額
document-line-resource = { $resource }，{ $start } 至 { $end }
document-subtotal = 小計
document-tax = 稅額
document-total = 總計
document-balance-due = 應付餘額

## 收據
document-receipt-title = 收據 { $reference }
document-receipt-amount = 付款金額
document-receipt-date = 日期
document-receipt-method = 付款方法
document-receipt-reference = 參考編號
document-receipt-settled = 已付款的發票
document-receipt-invoice = 發票
document-receipt-applied = 沖銷金額
document-receipt-settled-none = 這筆付款未依發票列出明細。
document-receipt-bill-to = 收據抬頭
document-card = { $brand }（末四碼 { $last4 }）
document-paypal = PayPal（{ $email }）
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = 銀聯
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = 卡片
