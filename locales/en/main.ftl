# billing-portal — English. Terms follow the customer-portal guide (seeds).

## Shell
nav-account = Account
nav-billing = Billing
nav-invoices = Invoices
nav-payment-methods = Payment methods
nav-billing-items = Billing items
nav-make-payment = Make a payment
nav-payments = Payment history
nav-label = Billing menu
breadcrumb-label = You are here
skip-to-content = Skip to content
language-label = Language
demo-badge = Demo
demo-badge-help = Demo mode: sample data kept in this browser. Nothing is charged.
language-unavailable = { $language } could not be loaded. The page is shown in English.
loading-text = Loading…
action-retry = Try again
action-reload = Reload
status-unknown = Unknown
viewer-notice = You can view billing information. Only a billing administrator can pay or change payment methods.

## Failures
error-title = Something went wrong
error-offline = We couldn't reach the billing service. Check your connection and try again.
error-timeout = The billing service took too long to answer. Try again.
error-session-expired = Your session has expired. Sign in again to continue.
error-forbidden = Only a billing administrator can do this.
error-not-found = We couldn't find what you were looking for.
error-validation = Some details need correcting. See the highlighted fields.
error-card-declined = Your card was declined. Use another card or contact your bank.
error-card-expired = This card has expired. Use another card.
error-idempotency-mismatch = This request was already sent with different details. Start again.
error-last-payment-method = This is your only valid payment method and a balance is due, so it can't be removed.
error-amount-exceeds-balance = The amount is more than the balance due.
error-item-already-cancelled = This billing item is already cancelled.
error-conflict = Someone changed this at the same time. Reload and try again.
error-rate-limited = Too many requests. Wait a moment and try again.
error-server = The billing service had a problem. Nothing was changed. Try again later.
error-malformed = The billing service sent an answer we couldn't read. Try again later.
crash-title = Something went wrong
crash-body = The billing page stopped because of an error. Reload the page to continue; nothing was charged by this error.
config-error-title = The billing page is not set up correctly
config-error-body = The console that shows this page passed a setting we can't use. Contact your administrator.
not-found-title = Page not found
not-found-body = There is no billing page at this address.
not-found-back = Go to invoices

## Billing summary
summary-title = Billing summary
summary-current-balance = Current balance ({ $currency })
summary-next-balance = Estimated next balance ({ $currency })
summary-payment-method = Payment method
summary-no-method = No payment method on file
summary-last-invoice = Last recurring invoice
summary-next-invoice = Next recurring invoice
summary-pay-balance = Pay balance
chart-title = Invoiced in the last 12 months ({ $currency })
chart-show-table = Show as a table
chart-month = Month
chart-invoiced = Invoiced

## Invoices
invoices-table-title = All invoices
invoices-count = { $count ->
    [one] { $count } invoice
   *[other] { $count } invoices
}
invoice-number = Invoice number
invoice-date = Date
invoice-type = Type
invoice-status = Status
invoice-total = Total
invoice-balance-due = Balance due
invoice-subtotal = Subtotal
invoice-tax = Tax
invoice-detail-title = Invoice { $number }
invoice-lines-title = Billing items
invoice-lines-hint = Select a billing item to see its details.
invoice-currency = Currency
invoice-actions = Actions
invoice-pay-now = Pay now
invoice-due-date = Due date
invoice-period = Billing period
invoice-download-pdf = Download PDF
invoice-pdf-preparing = Preparing the PDF…
invoice-download-csv = Download CSV
invoice-print = Print
invoices-empty = You have no invoices yet.
invoices-empty-filtered = No invoices match these filters.
invoice-types-help = About invoice types
invoice-type-new-help = The first invoice in a series of recurring invoices.
invoice-type-recurring-help = An invoice of recurring charges that have been active on the account for more than one month.
invoice-type-one-time-help = One-time charges for various expenses, which can include overages.
invoice-type-credit-help = A credit to the account balance.
invoice-type-refund-help = A reversal of one-time or recurring charges.
filters-label = Filter invoices
filter-all = All
filter-from = From
filter-to = To
filter-search = Search
filter-clear = Clear filters
pager-label = Pages
pager-range = { $first }–{ $last } of { $total }
pager-previous = Previous page
pager-next = Next page
invoice-type-new = New
invoice-type-recurring = Recurring
invoice-type-one-time = One-time charge
invoice-type-credit = Credit
invoice-type-refund = Refund
invoice-status-open = Open
invoice-status-due = Due
invoice-status-past-due = Past due
invoice-status-paid = Paid
invoice-status-void = Void
line-description = Description
line-category = Category
line-quantity = Quantity
line-unit-price = Unit price
line-amount = Amount
line-resource = Resource
line-period = Period
line-period-start = Period start
line-period-end = Period end
line-tax = Tax

## Payment methods
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = UnionPay
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = Card
method-card-label = { $brand } ending in { $last4 }
method-paypal-label = PayPal ({ $email })
method-expires = Expires { $expiry }
method-default = Monthly payment method
method-status-pending = Pending validation
method-status-active = Active
method-status-expired = Expired
method-status-declined = Declined

## Payments
payment-reference = Reference
payment-date = Date
payment-method = Payment method
payment-status = Status
payment-amount = Payment amount
payment-for-invoice = You are paying invoice { $number }.
payment-choose-balance = Which balance do you want to pay?
payment-balance-due = Balance due: { $balance }
payment-remaining = Remaining due after this payment: { $remaining }
payment-nothing-due = Nothing is due. There is no balance to pay.
amount-error-empty = Enter the payment amount.
amount-error-not-a-number = Enter an amount like { $example }, without a currency symbol.
amount-error-not-positive = The amount must be more than zero.
amount-error-too-many-decimals = { $digits ->
    [0] { $currency } amounts have no decimal places.
    [one] { $currency } amounts have at most one decimal place.
   *[other] { $currency } amounts have at most { $digits } decimal places.
}
amount-error-above-balance = The amount can't be more than the balance due of { $balance }.
amount-error-unknown-currency = Payments in this currency can't be made here.
payment-status-processing = Processing
payment-status-requires-action = Action needed
payment-status-succeeded = Succeeded
payment-status-declined = Declined
payment-status-failed = Failed

## Billing items
item-description = Description
item-category = Category
item-device = Device
item-recurring-fee = Recurring fee
item-created = Created
item-status = Status
item-status-active = Active
item-status-cancellation-pending = Cancellation pending
item-status-cancelled = Cancelled
