# billing-portal — français : les factures et reçus en PDF que fait le serveur (server/src/pdf).
# Les termes de main.ftl. Montants, nombres et dates arrivent écrits à la française ; chaque
# message ne fait que les placer. Espaces insécables (U+00A0) avant « : » et l’unité monétaire.

## Les deux documents
# Comment une date s’écrit, dans la syntaxe des motifs CLDR (MMM : le nom court du mois, selon CLDR).
document-date-pattern = d MMM y
document-money = { $amount } { $currency }
document-page = Page { $page } sur { $pages }
document-date-range = du { $start } au { $end }
document-person = { $first } { $last }
document-place = { $postal } { $city }
document-place-state = { $postal } { $city } ({ $state })
document-tax-id = Identifiant fiscal ({ $country }) : { $number }
document-unknown = Inconnu

## Facture
document-invoice-title = Facture { $number }
document-invoice-date = Date d’émission
document-due-date = Date d’échéance
document-period = Période de facturation
document-type = Type
document-status = Statut
document-type-new = Nouveau
document-type-recurring = Récurrent
document-type-one-time = Frais ponctuels
document-type-credit = Crédit
document-type-refund = Remboursement
document-status-open = Émise
document-status-due = À payer
document-status-past-due = En retard
document-status-paid = Payée
document-status-void = Annulée
document-bill-to = Établie au nom de
document-lines-title = Éléments de facturation
document-line-description = Description
document-line-quantity = Quantité
document-line-unit-price = Prix unitaire
document-line-amount = Montant
document-line-tax = Taxes
document-line-resource = { $resource }, du { $start } au { $end }
document-subtotal = Sous-total
document-tax = Taxes
document-total = Total
document-balance-due = Solde dû

## Reçu
document-receipt-title = Reçu { $reference }
document-receipt-amount = Montant du règlement
document-receipt-date = Date
document-receipt-method = Mode de règlement
document-receipt-reference = Référence
document-receipt-settled = Factures réglées
document-receipt-invoice = Facture
document-receipt-applied = Montant imputé
document-receipt-settled-none = Ce règlement n’est pas ventilé par facture.
document-receipt-bill-to = Établi au nom de
document-card = { $brand } se terminant par { $last4 }
document-paypal = PayPal ({ $email })
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = UnionPay
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = Carte
