# billing-portal — English: the invoice and receipt PDFs the server makes (server/src/pdf).
# The terms of main.ftl. Amounts, numbers and dates arrive formatted as the language writes
# them; each message only places them.

## Both documents
# How a date is written, in CLDR's pattern syntax (MMM: the month's short name, from CLDR).
document-date-pattern = MMM d, y
document-money = { $amount } { $currency }
document-page = Page { $page } of { $pages }
document-date-range = { $start } – { $end }
document-person = { $first } { $last }
document-place = { $city } { $postal }
document-place-state = { $city }, { $state } { $postal }
document-tax-id = Tax ID ({ $country }): { $number }
document-unknown = Unknown

## Invoice
document-invoice-title = Invoice { $number }
document-invoice-date = Invoice date
document-due-date = Due date
document-period = Billing period
document-type = Type
document-status = Status
document-type-new = New
document-type-recurring = Recurring
document-type-one-time = One-time charge
document-type-credit = Credit
document-type-refund = Refund
document-status-open = Open
document-status-due = Due
document-status-past-due = Past due
document-status-paid = Paid
document-status-void = Void
document-bill-to = Made out to
document-lines-title = Billing items
document-line-description = Description
document-line-quantity = Quantity
document-line-unit-price = Unit price
document-line-amount = Amount
document-line-tax = Tax
document-line-resource = { $resource }, { $start } – { $end }
document-subtotal = Subtotal
document-tax = Tax
document-total = Total
document-balance-due = Balance due

## Receipt
document-receipt-title = Receipt { $reference }
document-receipt-amount = Payment amount
document-receipt-date = Date
document-receipt-method = Payment method
document-receipt-reference = Reference
document-receipt-settled = Invoices paid
document-receipt-invoice = Invoice
document-receipt-applied = Amount applied
document-receipt-settled-none = This payment is not itemized by invoice.
document-receipt-bill-to = Issued to
document-card = { $brand } ending in { $last4 }
document-paypal = PayPal ({ $email })
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = UnionPay
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = Card
