# billing-portal — 简体中文（中国大陆）。术语遵循客户门户文档（seeds）。

## 页面框架
nav-account = 账户
nav-billing = 账单
nav-invoices = 发票
nav-payment-methods = 付款方式
nav-billing-items = 计费项目
nav-make-payment = 付款
nav-payments = 付款记录
nav-billing-profile = 账单资料
nav-label = 账单菜单
breadcrumb-label = 当前位置
skip-to-content = 跳到主要内容
language-label = 语言
demo-badge = 演示
demo-badge-help = 演示模式：示例数据仅保存在此浏览器中，不会产生任何实际扣款。
demo-reset = 重置演示
demo-reset-title = 要重置演示吗？
demo-reset-body = 在此浏览器中进行的付款、信用卡和计费项目更改将被丢弃，示例账户将恢复到初始状态。
demo-reset-confirm = 重置
demo-reset-done = 演示已重置。
language-unavailable = 无法加载“{ $language }”，页面将以英文显示。
language-unavailable-kept = 无法加载“{ $language }”。
loading-text = 正在加载…
action-retry = 重试
action-reload = 重新加载
action-cancel = 取消
status-unknown = 未知
viewer-notice = 您可以查看账单信息。只有计费管理员才能付款、更改付款方式或更改计费项目。

## 错误
error-title = 出现问题
error-offline = 无法连接到计费服务。请检查网络连接后重试。
error-view-load = 无法加载此页面。请检查网络连接后重试，或重新加载页面。
error-timeout = 计费服务响应超时。请重试。
error-session-expired = 您的会话已过期。请重新登录以继续。
error-forbidden = 只有计费管理员才能执行此操作。
error-not-found = 找不到您要查找的内容。
error-validation = 部分信息需要更正，请查看突出显示的字段。
error-card-declined = 您的卡付款被拒绝。请改用其他卡，或联系您的发卡银行。
error-card-expired = 此卡已过期。请使用其他卡。
error-idempotency-mismatch = 此请求之前已使用不同的信息提交过。请重新开始。
error-last-payment-method = 这是您唯一有效的付款方式，且尚有应付余额，因此无法删除。
error-last-invoice-contact = 至少需要一位联系人接收发票。请先指定其他联系人接收发票。
error-amount-exceeds-balance = 付款金额超过了应付余额。
error-balance-changed = 此笔付款未完成：所要支付的款项在此期间已被付清或减少，因此未产生任何扣款。
error-item-already-cancelled = 此计费项目已取消。
error-conflict = 其他人同时更改了此内容。请重新加载后重试。
error-rate-limited = 请求过于频繁。请稍候再试。
error-method-not-allowed = 计费服务不接受此请求。请重新加载页面后重试。
error-server = 计费服务出现问题，未做任何更改。请稍后重试。
error-malformed = 计费服务返回了无法读取的响应。请稍后重试。
crash-title = 出现问题
crash-body = 账单页面因出错而停止运行。请重新加载页面以继续；此错误未产生任何扣款。
config-error-title = 账单页面设置不正确
config-error-body = 显示此页面的控制台传入了无法使用的设置。请联系您的管理员。
not-found-title = 找不到页面
not-found-body = 此地址没有对应的账单页面。
not-found-back = 前往发票

## 账单概览
summary-title = 账单概览
summary-current-balance = 当前余额（{ $currency }）
summary-next-balance = 预计下期余额（{ $currency }）
summary-payment-method = 付款方式
summary-no-method = 尚未添加付款方式
summary-last-invoice = 上次周期性开票日期
summary-next-invoice = 下次周期性开票日期
summary-pay-balance = 支付余额
summary-pay-balance-currency = 支付余额（{ $currency }）
chart-title = 过去 12 个月的开票金额（{ $currency }）
chart-show-table = 以表格显示
chart-month = 月份
chart-invoiced = 开票金额

## 发票
invoices-table-title = 所有发票
invoices-count = 共 { $count } 张发票
invoice-number = 发票编号
invoice-date = 开票日期
invoice-type = 类型
invoice-status = 状态
invoice-total = 总计
invoice-balance-due = 应付余额
invoice-currency = 币种
invoice-actions = 操作
invoice-pay-now = 立即付款
# The link's name for screen readers: its words and the invoice it pays.
invoice-pay-now-named = 立即付款（发票 { $number }）
invoices-empty = 您还没有任何发票。
invoices-empty-filtered = 没有符合筛选条件的发票。
invoice-types-help = 关于发票类型
invoice-type-new-help = 一系列周期性发票中的第一张发票。
invoice-type-recurring-help = 针对账户中已持续超过一个月的周期性费用开具的发票。
invoice-type-one-time-help = 针对各类支出收取的一次性费用，可能包括超额使用费。
invoice-type-credit-help = 计入账户余额的抵扣金额。
invoice-type-refund-help = 对一次性费用或周期性费用的冲销。
filters-label = 筛选发票
filter-all = 全部
filter-from = 开始日期
filter-to = 结束日期
filter-search = 搜索
filter-clear = 清除筛选条件
pager-label = 分页
pager-range = 第 { $first }–{ $last } 条，共 { $total } 条
pager-previous = 上一页
pager-next = 下一页
invoice-type-new = 首期
invoice-type-recurring = 周期性
invoice-type-one-time = 一次性费用
invoice-type-credit = 抵扣
invoice-type-refund = 退款
invoice-status-open = 未结清
invoice-status-due = 待付款
invoice-status-past-due = 逾期
invoice-status-paid = 已付款
invoice-status-void = 已作废

## 付款方式
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = 银联
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = 卡
method-card-label = { $brand }（尾号 { $last4 }）
method-paypal-label = PayPal（{ $email }）
method-status-pending = 待验证
method-status-active = 有效
method-status-expired = 已过期
method-status-declined = 已拒绝
card-section-address = 账单地址
card-use-company = 使用公司信息
card-section-payment = 付款信息
card-number = 卡号
card-expiry = 有效期（MM/YY）
card-cvc = 安全码
card-holder = 持卡人姓名
field-label-optional = { $label }（可选）
address-first-name = 名
address-last-name = 姓
address-company = 公司
address-line1 = 地址
address-line2 = 地址第 2 行
address-city = 城市
address-state = 省/州
address-postal-code = 邮政编码
address-country = 国家/地区
address-choose-country = 选择国家/地区
address-phone = 电话
address-email = 电子邮件
field-error-required = 请填写此字段。
field-error-invalid-characters = 包含无法使用的字符。
field-error-invisible-characters = 包含不可见的格式字符，通常是复制文本时带入的。请直接输入，不要粘贴。
field-error-too-long = 输入内容过长。
field-error-length = 此卡号的位数不正确。
field-error-luhn = 此卡号无效，请检查是否输入有误。
field-error-unsupported-brand = 不支持此类型的卡。
field-error-expiry-format = 请按 MM/YY 格式输入有效期。
field-error-expiry-past = 此卡已过期。
field-error-expiry-too-far = 此有效期距今过远，请检查是否输入正确。
field-error-cvc-length = 请输入安全码：American Express 卡为 4 位，其他卡为 3 位。
field-error-country-unknown = 请选择国家/地区。
field-error-postal-code-format = 此邮政编码不符合该国家/地区的格式。
field-error-state-required = 请输入省/州。
field-error-state-unknown = 这不是该国家/地区的省/州。
field-error-email-format = 请按 name@example.com 的格式输入电子邮件地址。
field-error-phone-format = 电话号码只能包含数字、空格及 + - ( )。
field-error-not-payable = 此发票已无法支付：可能已在此期间付清、作废或抵扣。
field-error-not-found = 所引用的内容已不存在。请重新加载页面后重试。
field-error-unusable = 此付款方式不能用于此操作。请选择其他付款方式。
field-error-duplicate = 此电子邮件地址已是账单联系人。
field-error-tax-id-format = 此号码不符合该国家/地区的税号格式。
field-error-tax-id-checksum = 此税号无效，请检查是否输入有误。
field-error-invalid = 此值无法使用。请检查后重试。

## 计费项目
item-status-active = 有效
item-status-cancellation-pending = 待取消
item-status-cancelled = 已取消

## 账单资料
profile-person = { $last } { $first }
profile-place = { $city } { $postal }
profile-place-state = { $state } { $city } { $postal }
profile-tax-id-value = 税号（{ $country }）：{ $number }
profile-tax-id-none = 尚未添加税号。

## 付款方式提醒
attention-title = 您的付款方式需要处理。
attention-expired = 您的每月付款方式 { $method }已过期，下一张发票将无法通过它扣款。请添加信用卡或选择其他付款方式。
attention-declined = 您的每月付款方式 { $method }已被拒绝，下一张发票将无法通过它扣款。请添加信用卡或选择其他付款方式。
attention-expiring = 您的每月付款方式 { $method }将于 { $date }到期。请在此之前添加信用卡或选择其他付款方式。
attention-pending = 您的每月付款方式 { $method }正在验证中，最长可能需要 24 小时。验证通过后即可扣款。
attention-add-card = 添加信用卡
attention-choose = 选择其他付款方式

## 下载发票
invoices-download = 下载发票
