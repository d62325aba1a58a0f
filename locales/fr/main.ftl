# billing-portal — français. Les termes suivent le guide du portail client (seeds).

## Cadre
nav-account = Compte
nav-billing = Facturation
nav-invoices = Factures
nav-payment-methods = Modes de règlement
nav-billing-items = Éléments de facturation
nav-make-payment = Effectuer un règlement
nav-payments = Historique des règlements
nav-label = Menu Facturation
breadcrumb-label = Vous êtes ici
skip-to-content = Aller au contenu
language-label = Langue
demo-badge = Démo
demo-badge-help = Mode démo : données d’exemple conservées dans ce navigateur. Aucun montant n’est prélevé.
language-unavailable = Impossible de charger la langue « { $language } ». La page s’affiche en anglais.
loading-text = Chargement…
action-retry = Réessayer
action-reload = Recharger
status-unknown = Inconnu
viewer-notice = Vous pouvez consulter les informations de facturation. Seul un administrateur de la facturation peut effectuer un règlement ou modifier les modes de règlement.

## Erreurs
error-title = Une erreur s’est produite
error-offline = Impossible de joindre le service de facturation. Vérifiez votre connexion, puis réessayez.
error-timeout = Le service de facturation met trop de temps à répondre. Réessayez.
error-session-expired = Votre session a expiré. Reconnectez-vous pour continuer.
error-forbidden = Seul un administrateur de la facturation peut effectuer cette action.
error-not-found = L’élément demandé est introuvable.
error-validation = Certaines informations doivent être corrigées. Consultez les zones signalées.
error-card-declined = Votre carte a été refusée. Utilisez une autre carte ou contactez votre banque.
error-card-expired = Cette carte a expiré. Utilisez une autre carte.
error-idempotency-mismatch = Cette demande a déjà été envoyée avec d’autres informations. Recommencez depuis le début.
error-last-payment-method = C’est votre seul mode de règlement valide et un solde reste dû : vous ne pouvez pas le supprimer.
error-amount-exceeds-balance = Le montant dépasse le solde dû.
error-item-already-cancelled = Cet élément de facturation est déjà annulé.
error-conflict = Quelqu’un d’autre a modifié cet élément au même moment. Rechargez la page, puis réessayez.
error-rate-limited = Trop de demandes. Patientez un instant, puis réessayez.
error-server = Le service de facturation a rencontré un problème. Rien n’a été modifié. Réessayez plus tard.
error-malformed = Le service de facturation a envoyé une réponse illisible. Réessayez plus tard.
crash-title = Une erreur s’est produite
crash-body = La page de facturation s’est interrompue en raison d’une erreur. Rechargez la page pour continuer ; cette erreur n’a entraîné aucun prélèvement.
config-error-title = La page de facturation n’est pas configurée correctement
config-error-body = La console qui affiche cette page a transmis un paramètre inutilisable. Contactez votre administrateur.
not-found-title = Page introuvable
not-found-body = Aucune page de facturation ne correspond à cette adresse.
not-found-back = Aller aux factures

## Récapitulatif de facturation
summary-title = Récapitulatif de facturation
summary-current-balance = Solde en cours ({ $currency })
summary-next-balance = Prochain solde estimé ({ $currency })
summary-payment-method = Mode de règlement
summary-no-method = Aucun mode de règlement enregistré
summary-last-invoice = Dernière facture récurrente
summary-next-invoice = Prochaine facture récurrente
summary-pay-balance = Régler le solde
chart-title = Montant facturé au cours des 12 derniers mois ({ $currency })
chart-show-table = Afficher sous forme de tableau
chart-month = Mois
chart-invoiced = Montant facturé

## Factures
invoices-table-title = Toutes les factures
invoices-count = { $count ->
    [one] { $count } facture
   *[other] { $count } factures
}
invoice-number = Numéro de facture
invoice-date = Date
invoice-type = Type
invoice-status = Statut
invoice-total = Total
invoice-balance-due = Solde dû
invoice-subtotal = Sous-total
invoice-tax = Taxes
invoice-detail-title = Facture { $number }
invoice-lines-title = Éléments de facturation
invoice-lines-hint = Sélectionnez un élément de facturation pour en afficher le détail.
invoice-currency = Devise
invoice-actions = Actions
invoice-pay-now = Régler maintenant
invoice-due-date = Date d’échéance
invoice-period = Période de facturation
invoice-download-pdf = Télécharger le PDF
invoice-pdf-preparing = Préparation du PDF…
invoice-download-csv = Télécharger le CSV
invoice-print = Imprimer
invoices-empty = Vous n’avez encore aucune facture.
invoices-empty-filtered = Aucune facture ne correspond à ces filtres.
invoice-types-help = À propos des types de facture
invoice-type-new-help = Première facture d’une série de factures récurrentes.
invoice-type-recurring-help = Facture de frais périodiques actifs sur le compte depuis plus d’un mois.
invoice-type-one-time-help = Frais uniques correspondant à diverses dépenses et pouvant inclure des dépassements.
invoice-type-credit-help = Crédit accordé sur le solde du compte.
invoice-type-refund-help = Remboursement ou annulation de frais, qu’ils soient ponctuels ou périodiques.
filters-label = Filtrer les factures
filter-all = Tous
filter-from = Date de début
filter-to = Date de fin
filter-search = Rechercher
filter-clear = Effacer les filtres
pager-label = Pagination
pager-range = { $first }–{ $last } sur { $total }
pager-previous = Page précédente
pager-next = Page suivante
invoice-type-new = Nouveau
invoice-type-recurring = Récurrent
invoice-type-one-time = Frais ponctuels
invoice-type-credit = Crédit
invoice-type-refund = Remboursement
invoice-status-open = Ouverte
invoice-status-due = À payer
invoice-status-past-due = En retard
invoice-status-paid = Payée
invoice-status-void = Annulée
line-description = Description
line-category = Catégorie
line-quantity = Quantité
line-unit-price = Prix unitaire
line-amount = Montant
line-resource = Ressource
line-period = Période
line-period-start = Début de période
line-period-end = Fin de période
line-tax = Taxes

## Modes de règlement
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = UnionPay
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = Carte
method-card-label = { $brand } se terminant par { $last4 }
method-paypal-label = PayPal ({ $email })
method-expires = Date d’expiration : { $expiry }
method-default = Mode de règlement mensuel
method-status-pending = Validation en cours
method-status-active = Active
method-status-expired = Expirée
method-status-declined = Refusée

## Règlements
payment-reference = Référence
payment-date = Date
payment-method = Mode de règlement
payment-status = Statut
payment-amount = Montant du règlement
payment-for-invoice = Vous réglez la facture { $number }.
payment-choose-balance = Quel solde voulez-vous régler ?
payment-balance-due = Solde dû : { $balance }
payment-remaining = Reste dû après ce règlement : { $remaining }
payment-nothing-due = Aucun montant n’est dû. Il n’y a aucun solde à régler.
amount-error-empty = Entrez le montant du règlement.
amount-error-not-a-number = Entrez un montant au format { $example }, sans symbole monétaire.
amount-error-not-positive = Le montant doit être supérieur à zéro.
amount-error-too-many-decimals = { $digits ->
    [0] Les montants en { $currency } ne comportent pas de décimales.
    [one] Les montants en { $currency } comportent au maximum une décimale.
   *[other] Les montants en { $currency } comportent au maximum { $digits } décimales.
}
amount-error-above-balance = Le montant ne peut pas dépasser le solde dû de { $balance }.
amount-error-unknown-currency = Il n’est pas possible d’effectuer un règlement dans cette devise ici.
payment-status-processing = En cours de traitement
payment-status-requires-action = Action requise
payment-status-succeeded = Réussi
payment-status-declined = Refusé
payment-status-failed = Échec

## Éléments de facturation
item-description = Description
item-category = Catégorie
item-device = Terminal
item-recurring-fee = Frais récurrents
item-created = Date de création
item-status = Statut
item-status-active = Actif
item-status-cancellation-pending = Annulation programmée
item-status-cancelled = Annulé
