# billing-portal — español: las facturas y los recibos en PDF que genera el servidor
# (server/src/pdf). Los términos de main.ftl. Importes, números y fechas llegan ya escritos a la
# española; cada mensaje solo los coloca.

## Ambos documentos
# Cómo se escribe una fecha, con la sintaxis de patrones de CLDR.
document-date-pattern = d MMM y
document-money = { $amount } { $currency }
document-page = Página { $page } de { $pages }
document-date-range = del { $start } al { $end }
document-person = { $first } { $last }
document-place = { $postal } { $city }
document-place-state = { $postal } { $city }, { $state }
document-tax-id = Identificación fiscal ({ $country }): { $number }
document-unknown = Desconocido

## Factura
document-invoice-title = Factura { $number }
document-invoice-date = Fecha de emisión
document-due-date = Fecha de vencimiento
document-period = Período de facturación
document-type = Tipo
document-status = Estado
document-type-new = Nueva
document-type-recurring = Recurrente
document-type-one-time = Cargo único
document-type-credit = Crédito
document-type-refund = Reembolso
document-status-open = Emitida
document-status-due = Pendiente de pago
document-status-past-due = Vencida
document-status-paid = Pagada
document-status-void = Anulada
document-bill-to = A nombre de
document-lines-title = Elementos de facturación
document-line-description = Descripción
document-line-quantity = Cantidad
document-line-unit-price = Precio unitario
document-line-amount = Importe
document-line-tax = Impuestos
document-line-resource = { $resource }, del { $start } al { $end }
document-subtotal = Subtotal
document-tax = Impuestos
document-total = Total
document-balance-due = Saldo pendiente

## Recibo
document-receipt-title = Recibo { $reference }
document-receipt-amount = Importe del pago
document-receipt-date = Fecha
document-receipt-method = Método de pago
document-receipt-reference = Referencia
document-receipt-settled = Facturas pagadas
document-receipt-invoice = Factura
document-receipt-applied = Importe aplicado
document-receipt-settled-none = Este pago no está desglosado por factura.
document-receipt-bill-to = A nombre de
document-card = { $brand } terminada en { $last4 }
document-paypal = PayPal ({ $email })
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = UnionPay
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = Tarjeta
