# billing-portal — 简体中文：服务器生成的发票与收据 PDF（server/src/pdf）。
# 用语与 main.ftl 一致。金额、数字和日期已按中文格式写好，消息只负责摆放位置。

## 两种文件共用
# 日期写法（CLDR 格式语法）。
document-date-pattern = y年M月d日
document-money = { $amount } { $currency }
document-page = 第 { $page } 页，共 { $pages } 页
document-date-range = { $start } 至 { $end }
document-person = { $last } { $first }
document-place = { $city } { $postal }
document-place-state = { $state } { $city } { $postal }
document-tax-id = 税号（{ $country }）：{ $number }
document-unknown = 未知

## 发票
document-invoice-title = 发票 { $number }
document-invoice-date = 开票日期
document-due-date = 到期日
document-period = 计费周期
document-type = 类型
document-status = 状态
document-type-new = 首期
document-type-recurring = 周期性
document-type-one-time = 一次性费用
document-type-credit = 抵扣
document-type-refund = 退款
document-status-open = 未结清
document-status-due = 待付款
document-status-past-due = 逾期
document-status-paid = 已付款
document-status-void = 已作废
document-bill-to = 发票抬头
document-lines-title = 计费项目
document-line-description = 描述
document-line-quantity = 数量
document-line-unit-price = 单价
document-line-amount = 金额
document-line-tax = 税额
document-line-resource = { $resource }，{ $start } 至 { $end }
document-subtotal = 小计
document-tax = 税额
document-total = 总计
document-balance-due = 应付余额

## 收据
document-receipt-title = 收据 { $reference }
document-receipt-amount = 付款金额
document-receipt-date = 付款日期
document-receipt-method = 付款方式
document-receipt-reference = 参考编号
document-receipt-settled = 已支付的发票
document-receipt-invoice = 发票
document-receipt-applied = 支付金额
document-receipt-settled-none = 此笔付款未按发票列出明细。
document-receipt-bill-to = 收据抬头
document-card = { $brand }（尾号 { $last4 }）
document-paypal = PayPal（{ $email }）
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = 银联
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = 卡
