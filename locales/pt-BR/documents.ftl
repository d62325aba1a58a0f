# billing-portal — português do Brasil: as faturas e os recibos em PDF que o servidor gera
# (server/src/pdf). Os termos de main.ftl. Valores, números e datas chegam escritos como no
# Brasil; cada mensagem só os posiciona.

## Os dois documentos
# Como uma data é escrita, na sintaxe de padrões do CLDR.
document-date-pattern = dd/MM/y
document-money = { $amount } { $currency }
document-page = Página { $page } de { $pages }
document-date-range = de { $start } a { $end }
document-person = { $first } { $last }
document-place = { $city }, { $postal }
document-place-state = { $city } – { $state }, { $postal }
document-tax-id = Identificação fiscal ({ $country }): { $number }
document-unknown = Desconhecido

## Fatura
document-invoice-title = Fatura { $number }
document-invoice-date = Data de emissão
document-due-date = Data de vencimento
document-period = Período de cobrança
document-type = Tipo
document-status = Status
document-type-new = Nova
document-type-recurring = Recorrente
document-type-one-time = Encargo único
document-type-credit = Crédito
document-type-refund = Reembolso
document-status-open = Emitida
document-status-due = A pagar
document-status-past-due = Vencida
document-status-paid = Paga
document-status-void = Anulada
document-bill-to = Em nome de
document-lines-title = Itens de cobrança
document-line-description = Descrição
document-line-quantity = Quantidade
document-line-unit-price = Preço unitário
document-line-amount = Valor
document-line-tax = Impostos
document-line-resource = { $resource }, de { $start } a { $end }
document-subtotal = Subtotal
document-tax = Impostos
document-total = Total
document-balance-due = Saldo a pagar

## Recibo
document-receipt-title = Recibo { $reference }
document-receipt-amount = Valor do pagamento
document-receipt-date = Data
document-receipt-method = Forma de pagamento
document-receipt-reference = Referência
document-receipt-settled = Faturas pagas
document-receipt-invoice = Fatura
document-receipt-applied = Valor aplicado
document-receipt-settled-none = Este pagamento não está discriminado por fatura.
document-receipt-bill-to = Em nome de
document-card = { $brand } com final { $last4 }
document-paypal = PayPal ({ $email })
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = UnionPay
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = Cartão
