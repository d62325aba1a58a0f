# billing-portal — italiano: le fatture e le ricevute in PDF generate dal server (server/src/pdf).
# I termini di main.ftl. Importi, numeri e date arrivano già scritti all’italiana; ogni messaggio
# li colloca soltanto.

## Entrambi i documenti
# Come si scrive una data, nella sintassi dei modelli CLDR.
document-date-pattern = d MMM y
document-money = { $amount } { $currency }
document-page = Pagina { $page } di { $pages }
document-date-range = { $start } – { $end }
document-person = { $first } { $last }
document-place = { $postal } { $city }
document-place-state = { $postal } { $city } ({ $state })
document-tax-id = Identificativo fiscale ({ $country }): { $number }
document-unknown = Sconosciuto

## Fattura
document-invoice-title = Fattura { $number }
document-invoice-date = Data di emissione
document-due-date = Data di scadenza
document-period = Periodo di fatturazione
document-type = Tipo
document-status = Stato
document-type-new = Nuovo
document-type-recurring = Ricorrente
document-type-one-time = Addebito una tantum
document-type-credit = Accredito
document-type-refund = Rimborso
document-status-open = Aperta
document-status-due = Da pagare
document-status-past-due = Scaduta
document-status-paid = Pagata
document-status-void = Annullata
document-bill-to = Intestata a
document-lines-title = Elementi di fatturazione
document-line-description = Descrizione
document-line-quantity = Quantità
document-line-unit-price = Prezzo unitario
document-line-amount = Importo
document-line-tax = Imposte
document-line-resource = { $resource }, { $start } – { $end }
document-subtotal = Subtotale
document-tax = Imposte
document-total = Totale
document-balance-due = Saldo dovuto

## Ricevuta
document-receipt-title = Ricevuta { $reference }
document-receipt-amount = Importo del pagamento
document-receipt-date = Data
document-receipt-method = Metodo di pagamento
document-receipt-reference = Riferimento
document-receipt-settled = Fatture pagate
document-receipt-invoice = Fattura
document-receipt-applied = Importo imputato
document-receipt-settled-none = Questo pagamento non è suddiviso per fattura.
document-receipt-bill-to = Intestata a
document-card = { $brand } che termina con { $last4 }
document-paypal = PayPal ({ $email })
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = UnionPay
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = Carta
