# billing-portal — 简体中文（中国大陆）。术语遵循客户门户文档（seeds）。
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## 发票
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = 小计
invoice-tax = 税额
invoice-detail-title = 发票 { $number }
invoice-bill-to = 发票抬头
invoice-lines-title = 计费项目
invoice-lines-hint = 选择计费项目即可查看其详细信息。
invoice-due-date = 到期日
invoice-period = 计费周期
invoice-download-pdf = 下载 PDF
pdf-preparing = 正在准备 PDF…
invoice-download-csv = 下载 CSV
invoice-print = 打印
invoice-pay-new-monthly = 更新信用卡并付款
line-description = 描述
line-category = 类别
line-quantity = 数量
line-unit-price = 单价
line-amount = 金额
line-resource = 资源
line-period = 期间
line-period-start = 期间开始日期
line-period-end = 期间结束日期
line-tax = 税额

## 付款方式
method-expires = 有效期至 { $expiry }
method-place = { $country } { $city }
method-default = 每月付款方式
methods-empty = 尚未添加任何付款方式。
method-pending-note = 卡片验证最长需要 24 小时，验证通过后即可使用。确认邮件将发送给账单联系人。
method-make-default = 设为每月付款方式
method-default-set = 每月付款方式已更改。
method-remove = 删除
method-removing = 正在删除…
method-remove-title = 要删除此付款方式吗？
method-remove-body = 删除后，将不再通过此付款方式扣款，也无法再用它付款。
method-removed = 付款方式已删除。
method-added = 您的卡已添加。卡片验证最长需要 24 小时，验证通过后即可使用；确认邮件将发送给账单联系人。
card-add = 添加信用卡
card-adding = 正在添加卡片…
card-eu-supported = 欧盟境内支持
card-eu-supported-help = 由欧盟境内的支持团队处理您的维护和支持问题。

## 付款
payment-reference = 参考编号
payment-date = 付款日期
payment-method = 付款方式
payment-status = 状态
payment-amount = 付款金额
payment-for-invoice = 您正在支付发票 { $number }。
payment-choose-balance = 您要支付哪一笔余额？
payment-balance-due = 应付余额：{ $balance }
payment-remaining = 本次付款后的剩余应付金额：{ $remaining }
payment-nothing-due = 当前没有应付余额，无需付款。
payment-viewer = 只有计费管理员才能付款。您仍可查看余额和发票。
payment-new-card = 新信用卡（仅本次使用，不保存）
payment-new-card-help = 此卡仅用于本次付款，不会保存，也不会更改您的每月付款方式。
payment-new-monthly-card = 新信用卡（将成为您的每月付款方式）
payment-new-monthly-card-help = 此卡将立即支付这张发票。付款完成后，此卡将被保存，并取代您当前的每月付款方式，用于今后的发票。
payment-monthly-becomes = 此笔付款完成后，{ $method }将成为您的每月付款方式。
payment-new-monthly-title = 每月付款方式
payment-new-monthly-saving = 正在将此卡保存为每月付款方式…
payment-new-monthly-done = { $method }现已成为您的每月付款方式。该卡正在验证中，最长可能需要 24 小时。
payment-new-monthly-failed = 您的付款已完成，但未能将此卡保存为每月付款方式。请重试：此卡只会保存一次。
payment-card-address = 信用卡账单地址
payment-review = 核对付款信息
payment-review-title = 核对您的付款信息
payment-remaining-title = 付款后的剩余应付金额
payment-monthly-unchanged = 您的每月付款方式不会更改。
payment-pay-card = 使用信用卡付款
payment-continue-paypal = 继续前往 PayPal
payment-processing = 正在处理您的付款…
payment-checking = 正在查询此笔付款的处理结果…
payment-change = 更改
payment-resumed = 尚未收到此笔付款的结果。请再次付款以完成付款，不会重复扣款。如果更改付款信息，我们会先查询此笔付款的处理结果。
payment-not-made = 您之前的付款未完成，也未产生任何扣款。您可以修改后重新付款。
payment-too-old = 您之前发起的付款一直未收到结果，且时间已过去太久，无法安全地继续。重新付款前，请先查看付款记录。
payment-succeeded-title = 已收到付款
payment-succeeded-body = 感谢您的付款。我们已收到款项，您的余额已更新。
payment-new-balance = 最新余额
payment-invoice = 发票
payment-paypal-title = 在 PayPal 中批准付款
payment-paypal-body = PayPal 要求您批准此笔付款。在您批准之前，不会产生任何扣款。
payment-authenticate-title = 向发卡银行确认付款
payment-authenticate-body = 您的发卡银行要求您确认此笔付款。在您确认之前，不会产生任何扣款。
payment-approve = 批准
amount-error-empty = 请输入付款金额。
amount-error-not-a-number = 请按 { $example } 的格式输入金额，不要带货币符号。
amount-error-not-positive = 金额必须大于零。
amount-error-too-many-decimals = { $digits ->
    [0] { $currency } 金额不能有小数。
   *[other] { $currency } 金额最多只能有 { $digits } 位小数。
}
amount-error-above-balance = 金额不能超过应付余额 { $balance }。
amount-error-unknown-currency = 无法在此使用该币种付款。
payment-status-processing = 处理中
payment-status-requires-action = 需要操作
payment-status-succeeded = 成功
payment-status-declined = 已拒绝
payment-status-failed = 失败

## 计费项目
item-description = 描述
item-category = 类别
item-device = 设备
item-recurring-fee = 周期性费用
item-created = 创建日期
item-status = 状态
item-next-bill = 下次计费日期
item-actions = 操作
item-no-device = 未关联
item-select = 选择 { $item }
item-associate = 关联
item-associate-named = 关联 { $item }
item-dissociate = 解除关联
item-dissociate-named = 解除关联 { $item }
item-cancel = 取消项目
item-cancel-named = 取消项目 { $item }
item-not-changed = 未更改：{ $reason }
items-intro = 计费项目可以与设备关联，也可以解除关联。默认显示已关联的计费项目；要查看其他计费项目，请选择其他视图。
items-filters = 计费项目视图与搜索
items-view = 视图
items-view-associated = 已关联的计费项目
items-view-dissociated = 未关联的计费项目
items-view-all = 所有计费项目
items-search = 描述、类别或设备
items-count = 共 { $count } 个计费项目
items-empty = 此视图中没有计费项目。
items-empty-search = 没有符合搜索条件的计费项目。
items-select-page = 选择本页的所有计费项目
items-bulk = 批量操作
items-selected = { $count ->
    [0] 未选择计费项目
   *[other] 已选择 { $count } 个计费项目
}
items-clear-selection = 清除选择
items-associate-title = 关联到设备
items-device-search = 搜索设备
items-device-matches = { $count ->
    [0] 没有匹配的设备。
   *[other] 找到 { $count } 个匹配的设备。
}
items-device-required = 请选择设备。
items-cancel-title = 取消 { $count } 个计费项目
items-cancel-when = 何时停止计费？
items-cancel-end-of-period = 计费周期结束时
items-cancel-end-of-period-date = 计费周期结束时（{ $date }）
items-cancel-immediately = 立即
items-cancel-later-effect = 所选的 { $count } 个计费项目将保持有效至计费周期结束，之后停止计费。届时您的周期性费用将减少 { $amount }。
items-cancel-now-effect = 计费将于今天停止。您的周期性费用将减少 { $amount }。
items-cancel-final = 已取消的计费项目无法恢复。
items-cancel-keep = 保留 { $count } 个计费项目
items-done-associate = 已将 { $count } 个计费项目关联到 { $device }。
items-done-dissociate = 已解除 { $count } 个计费项目的关联。
items-done-cancel-now = 已取消 { $count } 个计费项目。
items-done-cancel-later = { $count } 个计费项目将在计费周期结束时取消。
items-failed = 有 { $count } 个计费项目未能更改，仍按原状态显示：
items-retry = 重试 { $count } 个失败的项目

## 账单资料
profile-bill-to = 发票抬头
profile-bill-to-note = 更改将应用于今后开具的发票。已开具的发票保留开具时的信息。
profile-billing-address = 账单地址
profile-tax-id = 税号
profile-tax-id-country = 签发国家/地区
profile-tax-id-number = 号码
profile-tax-id-help = 系统会校验欧盟增值税号、英国增值税号、瑞士 UID、挪威组织编号、澳大利亚 ABN、韩国营业登记号码和台湾地区统一编号；其他号码按您输入的内容保存。将号码留空即可删除。
profile-tax-id-example = 该国家/地区的税号格式示例：{ $example }
profile-edit = 编辑
profile-save = 保存
profile-saving = 正在保存…
profile-saved = 账单资料已保存。今后开具的发票将使用此资料。
profile-contacts = 账单联系人
profile-contacts-note = 接收账单相关电子邮件的联系人。至少需要一位联系人接收发票。
contact-email = 电子邮件地址
contact-receives = 接收内容
contact-actions = 操作
contact-topic-invoices = 发票
contact-topic-receipts = 付款收据
contact-topic-method-status = 付款方式状态变更
contact-topic-other = 其他消息
contact-add = 添加联系人
contact-edit = 编辑
contact-save = 保存联系人
contact-saving = 正在保存…
contact-added = 联系人已添加。
contact-saved = 联系人已保存。
contact-remove = 删除
contact-removing = 正在删除…
contact-remove-title = 要删除此联系人吗？
contact-remove-body = 此地址将不再收到账单相关电子邮件。
contact-removed = 联系人已删除。

## 付款方式提醒
card-make-monthly = 将此卡设为每月付款方式

## 付款收据
payment-view-receipt = 查看收据
receipt-title = 收据 { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = 下载 PDF
receipt-print = 打印
receipt-settled = 已支付的发票
receipt-invoice = 发票
receipt-applied = 支付金额
receipt-settled-none = 此笔付款未按发票列出明细。
receipt-bill-to = 收据抬头
receipt-none = 只有已完成的付款才有收据；此笔付款的状态为“{ $status }”。

## 下载发票
export-back = ‹ { invoices-table-title }
export-title = 下载发票
export-intro = 请使用筛选条件选择发票。CSV 文件中每张发票占一行；ZIP 文件包含每张发票的 PDF 以及该 CSV 文件。
export-matching = { $count ->
    [0] 没有符合这些筛选条件的发票。
   *[other] 共有 { $count } 张发票符合这些筛选条件。
}
export-csv = 下载 CSV
export-zip = 下载 PDF 和 CSV（ZIP）
export-demo-no-pdf = 演示模式没有可生成 PDF 的计费服务器，因此无法下载 PDF。CSV 的下载方式与实际账户中完全相同，每张发票的页面也都可以打印。
export-starting = 正在开始下载…
export-listing = 正在列出发票：{ $done }/{ $total }
export-listing-payments = 正在列出付款记录：{ $done }/{ $total }
export-pdfs = 正在添加 PDF：{ $done }/{ $total }
export-cancel = 取消
export-cancelled = 已取消下载，未保存任何文件。
export-saved = 已保存 { $file }。
export-too-large = 超出了单个 ZIP 文件的容量上限。请减少发票数量（例如缩短日期范围），分批下载。
payments-download-csv = 下载 CSV
