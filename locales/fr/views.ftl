# billing-portal — français. Les termes suivent le guide du portail client (seeds).
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## Factures
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = Sous-total
invoice-tax = Taxes
invoice-detail-title = Facture { $number }
invoice-bill-to = Établie au nom de
invoice-lines-title = Éléments de facturation
invoice-lines-hint = Sélectionnez un élément de facturation pour en afficher le détail.
invoice-due-date = Date d’échéance
invoice-period = Période de facturation
invoice-download-pdf = Télécharger le PDF
pdf-preparing = Préparation du PDF…
invoice-download-csv = Télécharger le CSV
invoice-print = Imprimer
invoice-pay-new-monthly = Mettre à jour la carte et régler
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
method-expires = Date d’expiration : { $expiry }
method-place = { $city }, { $country }
method-default = Mode de règlement mensuel
methods-empty = Aucun mode de règlement n’est enregistré.
method-pending-note = Les nouvelles cartes sont validées sous 24 heures et peuvent alors être utilisées. Un e-mail de confirmation est envoyé au contact de facturation.
method-make-default = Utiliser comme mode de règlement mensuel
method-default-set = Le mode de règlement mensuel a été modifié.
method-remove = Supprimer
method-removing = Suppression…
method-remove-title = Supprimer ce mode de règlement ?
method-remove-body = Plus aucun montant n’y sera prélevé et il ne pourra plus servir à effectuer un règlement.
method-removed = Le mode de règlement a été supprimé.
method-added = Votre carte a été ajoutée. Elle sera validée sous 24 heures et pourra alors être utilisée ; un e-mail de confirmation sera envoyé au contact de facturation.
card-add = Ajouter une carte de crédit
card-adding = Ajout de la carte…
card-eu-supported = Support dans l’Union européenne
card-eu-supported-help = L’équipe de support dans l’Union européenne gère vos problèmes de maintenance et de support.

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
payment-viewer = Seul un administrateur de la facturation peut effectuer un règlement. Vous pouvez néanmoins consulter les soldes et les factures.
payment-new-card = Nouvelle carte de crédit, utilisée une seule fois et non enregistrée
payment-new-card-help = Cette carte sert uniquement à ce règlement. Elle n’est pas enregistrée et ne modifie pas votre mode de règlement mensuel.
payment-new-monthly-card = Nouvelle carte de crédit, qui deviendra votre mode de règlement mensuel
payment-new-monthly-card-help = Cette carte sert à régler cette facture dès maintenant. Dès que le règlement aura abouti, elle sera enregistrée et remplacera votre mode de règlement mensuel pour les prochaines factures.
payment-monthly-becomes = Dès que ce règlement aura abouti, { $method } deviendra votre mode de règlement mensuel.
payment-new-monthly-title = Mode de règlement mensuel
payment-new-monthly-saving = Enregistrement de la carte comme mode de règlement mensuel…
payment-new-monthly-done = { $method } est désormais votre mode de règlement mensuel. Sa validation est en cours et peut prendre jusqu’à 24 heures.
payment-new-monthly-failed = Votre règlement a abouti, mais la carte n’a pas pu être enregistrée comme mode de règlement mensuel. Réessayez : elle ne sera enregistrée qu’une seule fois.
payment-card-address = Adresse de facturation de la carte de crédit
payment-review = Vérifier le règlement
payment-review-title = Vérifiez votre règlement
payment-remaining-title = Reste dû après le règlement
payment-monthly-unchanged = Votre mode de règlement mensuel reste inchangé.
payment-pay-card = Régler par carte de crédit
payment-continue-paypal = Continuer vers PayPal
payment-processing = Traitement de votre règlement…
payment-checking = Vérification de l’état de votre règlement…
payment-change = Modifier
payment-resumed = Nous n’avons pas encore de réponse pour ce règlement. Payez de nouveau pour le finaliser : aucun montant ne sera prélevé deux fois. Si vous le modifiez, nous vérifierons d’abord où il en est.
payment-not-made = Votre règlement précédent n’a pas été effectué et rien n’a été prélevé. Vous pouvez le modifier et payer de nouveau.
payment-too-old = Un règlement commencé plus tôt n’a pas obtenu de réponse, et il s’est écoulé trop de temps pour le reprendre sans risque. Consultez l’historique des règlements avant de payer de nouveau.
payment-succeeded-title = Règlement reçu
payment-succeeded-body = Merci. Votre règlement a bien été reçu et votre solde a été mis à jour.
payment-new-balance = Nouveau solde
payment-invoice = Facture
payment-paypal-title = Approuver le règlement dans PayPal
payment-paypal-body = PayPal vous demande d’approuver ce règlement. Aucun montant n’est prélevé tant que vous ne l’avez pas approuvé.
payment-authenticate-title = Confirmer le règlement auprès de votre banque
payment-authenticate-body = La banque émettrice de votre carte vous demande de confirmer ce règlement. Aucun montant n’est prélevé tant que vous ne l’avez pas confirmé.
payment-approve = Approuver
amount-error-empty = Entrez le montant du règlement.
amount-error-not-a-number = Entrez un montant au format { $example }, sans symbole monétaire.
amount-error-not-positive = Le montant doit être supérieur à zéro.
amount-error-too-many-decimals = { $digits ->
    [0] Les montants en { $currency } ne comportent pas de décimales.
    [one] Les montants en { $currency } comportent au maximum une décimale.
   *[other] Les montants en { $currency } comportent au maximum { $digits } décimales.
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
item-next-bill = Date de prochaine facturation
item-actions = Actions
item-no-device = Non associé
item-select = Sélectionner { $item }
item-associate = Associer
item-associate-named = Associer { $item }
item-dissociate = Dissocier
item-dissociate-named = Dissocier { $item }
item-cancel = Annuler l’élément
item-cancel-named = Annuler l’élément { $item }
item-not-changed = Modification non effectuée : { $reason }
items-intro = Les éléments de facturation peuvent être associés à des terminaux ou en être dissociés. Les éléments de facturation associés s’affichent par défaut ; choisissez une vue pour afficher les autres.
items-filters = Vue et recherche des éléments de facturation
items-view = Vue
items-view-associated = Éléments de facturation associés
items-view-dissociated = Éléments de facturation dissociés
items-view-all = Tous les éléments de facturation
items-search = Description, catégorie ou terminal
items-count = { $count ->
    [one] { $count } élément de facturation
   *[other] { $count } éléments de facturation
}
items-empty = Cette vue ne contient aucun élément de facturation.
items-empty-search = Aucun élément de facturation ne correspond à votre recherche.
items-select-page = Sélectionner tous les éléments de facturation de cette page
items-bulk = Actions par lot
items-selected = { $count ->
    [0] Aucun élément de facturation sélectionné
    [one] { $count } élément de facturation sélectionné
   *[other] { $count } éléments de facturation sélectionnés
}
items-clear-selection = Effacer la sélection
items-associate-title = Associer à un terminal
items-device-search = Rechercher un terminal
items-device-matches = { $count ->
    [0] Aucun terminal trouvé.
    [one] { $count } terminal trouvé.
   *[other] { $count } terminaux trouvés.
}
items-device-required = Choisissez un terminal.
items-cancel-title = { $count ->
    [one] Annuler l’élément de facturation
   *[other] Annuler { $count } éléments de facturation
}
items-cancel-when = Quand la facturation doit-elle s’arrêter ?
items-cancel-end-of-period = À la fin de la période de facturation
items-cancel-end-of-period-date = À la fin de la période de facturation ({ $date })
items-cancel-immediately = Immédiatement
items-cancel-later-effect = { $count ->
    [one] L’élément reste actif jusqu’à la fin de sa période de facturation, puis il est annulé.
   *[other] Chaque élément reste actif jusqu’à la fin de sa période de facturation, puis il est annulé.
} Vos frais récurrents diminueront alors de { $amount }.
items-cancel-now-effect = La facturation s’arrête aujourd’hui. Vos frais récurrents diminuent de { $amount }.
items-cancel-final = Un élément de facturation annulé ne peut pas être restauré.
items-cancel-keep = { $count ->
    [one] Conserver l’élément de facturation
   *[other] Conserver les éléments de facturation
}
items-done-associate = { $count ->
    [one] { $count } élément de facturation associé à { $device }.
   *[other] { $count } éléments de facturation associés à { $device }.
}
items-done-dissociate = { $count ->
    [one] { $count } élément de facturation dissocié.
   *[other] { $count } éléments de facturation dissociés.
}
items-done-cancel-now = { $count ->
    [one] { $count } élément de facturation annulé.
   *[other] { $count } éléments de facturation annulés.
}
items-done-cancel-later = { $count ->
    [one] { $count } élément de facturation sera annulé à la fin de sa période de facturation.
   *[other] { $count } éléments de facturation seront annulés à la fin de leur période de facturation.
}
items-failed = { $count ->
    [one] { $count } élément de facturation n’a pas pu être modifié et s’affiche dans son état précédent :
   *[other] { $count } éléments de facturation n’ont pas pu être modifiés et s’affichent dans leur état précédent :
}
items-retry = { $count ->
    [one] Réessayer l’élément en échec
   *[other] Réessayer les { $count } éléments en échec
}

## Profil de facturation
profile-bill-to = Factures établies au nom de
profile-bill-to-note = Les modifications s’appliquent aux factures émises à partir de maintenant. Les factures déjà émises conservent les informations avec lesquelles elles ont été émises.
profile-billing-address = Adresse de facturation
profile-tax-id = Identifiant fiscal
profile-tax-id-country = Pays d’émission
profile-tax-id-number = Numéro d’identification fiscale
profile-tax-id-help = Nous vérifions les numéros de TVA intracommunautaire, les numéros de TVA britanniques, les IDE suisses, les numéros d’organisation norvégiens, les ABN australiens, les numéros d’enregistrement d’entreprise coréens et les numéros d’identification unifiés taïwanais ; les autres sont conservés tels que saisis. Laissez le numéro vide pour le supprimer.
profile-tax-id-example = Exemple d’identifiant fiscal de ce pays : { $example }
profile-edit = Modifier
profile-save = Enregistrer
profile-saving = Enregistrement…
profile-saved = Profil de facturation enregistré. Les factures émises à partir de maintenant l’utiliseront.
profile-contacts = Contacts de facturation
profile-contacts-note = Les personnes qui reçoivent les e-mails de facturation. Au moins un contact reçoit les factures.
contact-email = Adresse e-mail
contact-receives = Reçoit
contact-actions = Actions
contact-topic-invoices = Factures
contact-topic-receipts = Reçus de règlement
contact-topic-method-status = Changements d’état des modes de règlement
contact-topic-other = Autres messages
contact-add = Ajouter un contact
contact-edit = Modifier
contact-save = Enregistrer le contact
contact-saving = Enregistrement…
contact-added = Contact ajouté.
contact-saved = Contact enregistré.
contact-remove = Supprimer
contact-removing = Suppression…
contact-remove-title = Supprimer ce contact ?
contact-remove-body = Cette adresse ne recevra plus d’e-mails de facturation.
contact-removed = Contact supprimé.

## Suivi du mode de règlement
card-make-monthly = Faire de cette carte le mode de règlement mensuel

## Reçu d’un règlement
payment-view-receipt = Voir le reçu
receipt-title = Reçu { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = Télécharger le PDF
receipt-print = Imprimer
receipt-settled = Factures réglées
receipt-invoice = Facture
receipt-applied = Montant imputé
receipt-settled-none = Ce règlement n’est pas ventilé par facture.
receipt-bill-to = Établi au nom de
receipt-none = Seul un règlement abouti donne lieu à un reçu ; ce règlement a le statut « { $status } ».

## Télécharger des factures
export-back = ‹ { invoices-table-title }
export-title = Télécharger des factures
export-intro = Sélectionnez les factures à l’aide des filtres. Le fichier CSV les répertorie, à raison d’une ligne par facture ; le fichier ZIP contient le PDF de chaque facture ainsi que le CSV.
export-matching = { $count ->
    [0] Aucune facture ne correspond à ces filtres.
    [one] Une facture correspond à ces filtres.
   *[other] { $count } factures correspondent à ces filtres.
}
export-csv = Télécharger le CSV
export-zip = Télécharger les PDF et le CSV (ZIP)
export-demo-no-pdf = La démo ne dispose pas d’un serveur de facturation pour générer les PDF : leur téléchargement n’est donc pas disponible. Le CSV fonctionne comme avec votre compte réel, et vous pouvez imprimer la page de chaque facture.
export-starting = Préparation du téléchargement…
export-listing = Récupération des factures : { $done } sur { $total }
export-listing-payments = Récupération des règlements : { $done } sur { $total }
export-pdfs = Ajout des PDF : { $done } sur { $total }
export-cancel = Annuler
export-cancelled = Téléchargement annulé. Rien n’a été enregistré.
export-saved = Fichier { $file } enregistré.
export-too-large = Cette sélection dépasse la capacité d’un fichier ZIP. Choisissez moins de factures, par exemple en raccourcissant la période, et téléchargez-les en plusieurs fois.
payments-download-csv = Télécharger le CSV
