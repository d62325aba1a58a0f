# billing-portal — English. Terms follow the customer-portal guide (seeds).
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## Invoices
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = Subtotal
invoice-tax = Tax
invoice-detail-title = Invoice { $number }
invoice-bill-to = Made out to
invoice-lines-title = Billing items
invoice-lines-hint = Select a billing item to see its details.
invoice-due-date = Due date
invoice-period = Billing period
invoice-download-pdf = Download PDF
pdf-preparing = Preparing the PDF…
invoice-download-csv = Download CSV
invoice-print = Print
invoice-pay-new-monthly = Update card and pay
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
method-expires = Expires { $expiry }
method-place = { $city }, { $country }
method-default = Monthly payment method
methods-empty = No payment method is on file.
method-pending-note = New cards are validated and ready to use within 24 hours. A confirmation email goes to the billing contact.
method-make-default = Use as monthly payment method
method-default-set = The monthly payment method was changed.
method-remove = Remove
method-removing = Removing…
method-remove-title = Remove this payment method?
method-remove-body = It will no longer be charged and can't be used to pay.
method-removed = The payment method was removed.
method-added = Your card was added. It is validated and ready to use within 24 hours; a confirmation email goes to the billing contact.
card-add = Add credit card
card-adding = Adding the card…
card-eu-supported = EU supported
card-eu-supported-help = The support team in the European Union handles your maintenance and support issues.

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
payment-viewer = Only a billing administrator can make a payment. You can still view balances and invoices.
payment-new-card = A new credit card, used once and not saved
payment-new-card-help = This card pays this payment only. It is not saved and doesn't change your monthly payment method.
payment-new-monthly-card = A new credit card, which becomes your monthly payment method
payment-new-monthly-card-help = This card pays this invoice now. Once the payment goes through, it is saved and replaces your monthly payment method for the invoices to come.
payment-monthly-becomes = Once this payment goes through, { $method } becomes your monthly payment method.
payment-new-monthly-title = Monthly payment method
payment-new-monthly-saving = Saving the card as your monthly payment method…
payment-new-monthly-done = { $method } is now your monthly payment method. It is being validated, which can take up to 24 hours.
payment-new-monthly-failed = Your payment went through, but the card could not be saved as your monthly payment method. Try again: it won't be saved twice.
payment-card-address = Credit card billing address
payment-review = Review payment
payment-review-title = Review your payment
payment-remaining-title = Remaining due after payment
payment-monthly-unchanged = Your monthly payment method doesn't change.
payment-pay-card = Pay with credit card
payment-continue-paypal = Continue to PayPal
payment-processing = Processing your payment…
payment-checking = Checking what became of your payment…
payment-change = Change
payment-resumed = We have no answer yet about this payment. Pay again to finish it: it will not be charged twice. If you change it, we first check what became of it.
payment-not-made = Your earlier payment was not made, and nothing was charged. You can change it and pay again.
payment-too-old = A payment you started earlier got no answer, and too much time has passed to resume it safely. Check your payment history before you pay again.
payment-succeeded-title = Payment received
payment-succeeded-body = Thank you. Your payment was received and your balance is updated.
payment-new-balance = New balance
payment-invoice = Invoice
payment-paypal-title = Approve the payment in PayPal
payment-paypal-body = PayPal asks you to approve this payment. Nothing is charged until you approve it.
payment-authenticate-title = Confirm the payment with your bank
payment-authenticate-body = Your card's bank asks you to confirm this payment. Nothing is charged until you confirm it.
payment-approve = Approve
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
item-next-bill = Next bill date
item-actions = Actions
item-no-device = Not associated
item-select = Select { $item }
item-associate = Associate
item-associate-named = Associate { $item }
item-dissociate = Dissociate
item-dissociate-named = Dissociate { $item }
item-cancel = Cancel item
item-cancel-named = Cancel item { $item }
item-not-changed = Not changed: { $reason }
items-intro = Billing items can be associated with devices or dissociated from them. Associated billing items are shown by default; choose a view to see the others.
items-filters = Billing item view and search
items-view = View
items-view-associated = Associated billing items
items-view-dissociated = Dissociated billing items
items-view-all = All billing items
items-search = Description, category or device
items-count = { $count ->
    [one] 1 billing item
   *[other] { $count } billing items
}
items-empty = There are no billing items in this view.
items-empty-search = No billing items match your search.
items-select-page = Select all billing items on this page
items-bulk = Bulk actions
items-selected = { $count ->
    [0] No billing items selected
    [one] 1 billing item selected
   *[other] { $count } billing items selected
}
items-clear-selection = Clear selection
items-associate-title = Associate with a device
items-device-search = Search devices
items-device-matches = { $count ->
    [0] No device matches.
    [one] 1 device matches.
   *[other] { $count } devices match.
}
items-device-required = Choose a device.
items-cancel-title = { $count ->
    [one] Cancel billing item
   *[other] Cancel { $count } billing items
}
items-cancel-when = When should billing stop?
items-cancel-end-of-period = At the end of the billing period
items-cancel-end-of-period-date = At the end of the billing period ({ $date })
items-cancel-immediately = Immediately
items-cancel-later-effect = { $count ->
    [one] The item stays active until the end of its billing period, then stops.
   *[other] Each item stays active until the end of its billing period, then stops.
} Your recurring charges then go down by { $amount }.
items-cancel-now-effect = Billing stops today. Your recurring charges go down by { $amount }.
items-cancel-final = A cancelled billing item can't be restored.
items-cancel-keep = { $count ->
    [one] Keep billing item
   *[other] Keep billing items
}
items-done-associate = { $count ->
    [one] 1 billing item associated with { $device }.
   *[other] { $count } billing items associated with { $device }.
}
items-done-dissociate = { $count ->
    [one] 1 billing item dissociated.
   *[other] { $count } billing items dissociated.
}
items-done-cancel-now = { $count ->
    [one] 1 billing item cancelled.
   *[other] { $count } billing items cancelled.
}
items-done-cancel-later = { $count ->
    [one] 1 billing item will be cancelled at the end of its billing period.
   *[other] { $count } billing items will be cancelled at the end of their billing periods.
}
items-failed = { $count ->
    [one] 1 billing item could not be changed and is shown as it was:
   *[other] { $count } billing items could not be changed and are shown as they were:
}
items-retry = { $count ->
    [one] Retry the failed item
   *[other] Retry the { $count } failed items
}

## Billing profile
profile-bill-to = Invoices are made out to
profile-bill-to-note = Changes apply to invoices issued from now on. Invoices already issued keep the details they were issued with.
profile-billing-address = Billing address
profile-tax-id = Tax ID
profile-tax-id-country = Issuing country
profile-tax-id-number = Tax ID number
profile-tax-id-help = EU VAT numbers, UK VAT numbers, Swiss UIDs, Norwegian organisation numbers, Australian ABNs, Korean business registration numbers and Taiwanese unified business numbers are checked; others are kept as you type them. Leave the number empty to remove it.
profile-tax-id-example = What a tax ID from this country looks like: { $example }
profile-edit = Edit
profile-save = Save
profile-saving = Saving…
profile-saved = Billing profile saved. Invoices issued from now on use it.
profile-contacts = Billing contacts
profile-contacts-note = Who receives billing email. At least one contact receives the invoices.
contact-email = Email address
contact-receives = Receives
contact-actions = Actions
contact-topic-invoices = Invoices
contact-topic-receipts = Payment receipts
contact-topic-method-status = Payment method status changes
contact-topic-other = Other messages
contact-add = Add contact
contact-edit = Edit
contact-save = Save contact
contact-saving = Saving…
contact-added = Contact added.
contact-saved = Contact saved.
contact-remove = Remove
contact-removing = Removing…
contact-remove-title = Remove this contact?
contact-remove-body = This address will no longer receive billing email.
contact-removed = Contact removed.

## Card care
card-make-monthly = Make this card the monthly payment method

## A payment's receipt
payment-view-receipt = View receipt
receipt-title = Receipt { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = Download PDF
receipt-print = Print
receipt-settled = Invoices paid
receipt-invoice = Invoice
receipt-applied = Amount applied
receipt-settled-none = This payment is not itemized by invoice.
receipt-bill-to = Issued to
receipt-none = Only a payment that went through has a receipt; this one's status is “{ $status }”.

## Download invoices
export-back = ‹ { invoices-table-title }
export-title = Download invoices
export-intro = Choose the invoices with the filters. The CSV lists them, one row each; the ZIP holds each invoice's PDF with the CSV.
export-matching = { $count ->
    [0] No invoices match these filters.
    [one] One invoice matches these filters.
   *[other] { $count } invoices match these filters.
}
export-csv = Download CSV
export-zip = Download PDFs and CSV (ZIP)
export-demo-no-pdf = The demo has no billing server to make PDFs, so it offers no PDF download. The CSV works as it would with a real account, and each invoice's page can be printed.
export-starting = Starting the download…
export-listing = Fetching invoices: { $done } of { $total }
export-listing-payments = Fetching payments: { $done } of { $total }
export-pdfs = Adding PDFs: { $done } of { $total }
export-cancel = Cancel
export-cancelled = Download cancelled. Nothing was saved.
export-saved = Saved { $file }.
export-too-large = That is more than one ZIP file can hold. Choose fewer invoices, for example a shorter date range, and download them in parts.
payments-download-csv = Download CSV
