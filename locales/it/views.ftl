# billing-portal — italiano. I termini seguono la guida del portale clienti (seeds); imperativo per azioni e istruzioni, forme impersonali altrove.
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## Fatture
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = Subtotale
invoice-tax = Imposte
invoice-detail-title = Fattura { $number }
invoice-bill-to = Intestata a
invoice-lines-title = Elementi di fatturazione
invoice-lines-hint = Seleziona un elemento di fatturazione per visualizzarne i dettagli.
invoice-due-date = Data di scadenza
invoice-period = Periodo di fatturazione
invoice-download-pdf = Scarica PDF
pdf-preparing = Preparazione del PDF…
invoice-download-csv = Scarica CSV
invoice-print = Stampa
invoice-pay-new-monthly = Aggiorna la carta e paga
line-description = Descrizione
line-category = Categoria
line-quantity = Quantità
line-unit-price = Prezzo unitario
line-amount = Importo
line-resource = Risorsa
line-period = Periodo
line-period-start = Inizio periodo
line-period-end = Fine periodo
line-tax = Imposte

## Metodi di pagamento
method-expires = Scadenza: { $expiry }
method-place = { $city }, { $country }
method-default = Metodo di pagamento mensile
methods-empty = Nessun metodo di pagamento registrato.
method-pending-note = Le nuove carte vengono convalidate e diventano utilizzabili entro 24 ore. Il contatto di fatturazione riceve un’e-mail di conferma.
method-make-default = Usa come metodo di pagamento mensile
method-default-set = Il metodo di pagamento mensile è stato modificato.
method-remove = Rimuovi
method-removing = Rimozione…
method-remove-title = Rimuovere questo metodo di pagamento?
method-remove-body = Su questo metodo non verranno più effettuati addebiti e non potrà più essere usato per i pagamenti.
method-removed = Il metodo di pagamento è stato rimosso.
method-added = La carta è stata aggiunta. Verrà convalidata e sarà utilizzabile entro 24 ore; il contatto di fatturazione riceverà un’e-mail di conferma.
card-add = Aggiungi carta di credito
card-adding = Aggiunta della carta…
card-eu-supported = Assistenza nell’UE
card-eu-supported-help = Le richieste di manutenzione e assistenza vengono gestite dal team di assistenza nell’Unione europea.

## Pagamenti
payment-reference = Riferimento
payment-date = Data
payment-method = Metodo di pagamento
payment-status = Stato
payment-amount = Importo del pagamento
payment-for-invoice = Pagamento della fattura { $number }.
payment-choose-balance = Scegli il saldo da pagare.
payment-balance-due = Saldo dovuto: { $balance }
payment-remaining = Importo residuo dopo questo pagamento: { $remaining }
payment-nothing-due = Non c’è nessun saldo da pagare.
payment-viewer = Solo un amministratore della fatturazione può effettuare pagamenti. È comunque possibile consultare saldi e fatture.
payment-new-card = Nuova carta di credito (solo per questo pagamento, non viene salvata)
payment-new-card-help = Questa carta viene usata solo per questo pagamento. Non viene salvata e non modifica il metodo di pagamento mensile.
payment-new-monthly-card = Nuova carta di credito (diventa il metodo di pagamento mensile)
payment-new-monthly-card-help = Con questa carta la fattura viene pagata subito. Quando il pagamento va a buon fine, la carta viene salvata e sostituisce il metodo di pagamento mensile per le fatture successive.
payment-monthly-becomes = Quando questo pagamento sarà andato a buon fine, { $method } diventerà il metodo di pagamento mensile.
payment-new-monthly-title = Metodo di pagamento mensile
payment-new-monthly-saving = Salvataggio della carta come metodo di pagamento mensile…
payment-new-monthly-done = { $method } è ora il metodo di pagamento mensile. È in attesa di convalida, che può richiedere fino a 24 ore.
payment-new-monthly-failed = Il pagamento è andato a buon fine, ma non è stato possibile salvare la carta come metodo di pagamento mensile. Riprova: verrà salvata una sola volta.
payment-card-address = Indirizzo di fatturazione della carta di credito
payment-review = Verifica il pagamento
payment-review-title = Riepilogo del pagamento
payment-remaining-title = Importo residuo dopo il pagamento
payment-monthly-unchanged = Il metodo di pagamento mensile non cambia.
payment-pay-card = Paga con carta di credito
payment-continue-paypal = Continua su PayPal
payment-processing = Elaborazione del pagamento…
payment-checking = Verifica dell’esito del pagamento…
payment-change = Modifica
payment-resumed = Non è ancora arrivata una risposta per questo pagamento. Paga di nuovo per completarlo: l’importo non verrà addebitato due volte. Se modifichi il pagamento, ne verificheremo prima l’esito.
payment-not-made = Il pagamento precedente non è stato effettuato e non è stato addebitato nulla. Puoi modificarlo e pagare di nuovo.
payment-too-old = Un pagamento avviato in precedenza non ha ricevuto risposta ed è passato troppo tempo per riprenderlo in sicurezza. Controlla la cronologia pagamenti prima di pagare di nuovo.
payment-succeeded-title = Pagamento ricevuto
payment-succeeded-body = Grazie. Il pagamento è stato ricevuto e il saldo è stato aggiornato.
payment-new-balance = Nuovo saldo
payment-invoice = Fattura
payment-paypal-title = Approva il pagamento su PayPal
payment-paypal-body = PayPal chiede di approvare questo pagamento. Non viene addebitato nulla finché non lo approvi.
payment-authenticate-title = Conferma il pagamento con la tua banca
payment-authenticate-body = La banca che ha emesso la carta chiede di confermare questo pagamento. Non viene addebitato nulla finché non lo confermi.
payment-approve = Approva
amount-error-empty = Inserisci l’importo del pagamento.
amount-error-not-a-number = Inserisci un importo come { $example }, senza simbolo di valuta.
amount-error-not-positive = L’importo deve essere maggiore di zero.
amount-error-too-many-decimals = { $digits ->
    [0] Gli importi in { $currency } non hanno decimali.
    [one] Gli importi in { $currency } hanno al massimo un decimale.
   *[other] Gli importi in { $currency } hanno al massimo { $digits } decimali.
}
amount-error-above-balance = L’importo non può superare il saldo dovuto di { $balance }.
amount-error-unknown-currency = Non è possibile effettuare qui pagamenti in questa valuta.
payment-status-processing = In elaborazione
payment-status-requires-action = Azione richiesta
payment-status-succeeded = Riuscito
payment-status-declined = Rifiutato
payment-status-failed = Non riuscito

## Elementi di fatturazione
item-description = Descrizione
item-category = Categoria
item-device = Dispositivo
item-recurring-fee = Addebito ricorrente
item-created = Data di creazione
item-status = Stato
item-next-bill = Prossima fatturazione
item-actions = Azioni
item-no-device = Non associato
item-select = Seleziona { $item }
item-associate = Associa
item-associate-named = Associa { $item }
item-dissociate = Dissocia
item-dissociate-named = Dissocia { $item }
item-cancel = Disdici l’elemento
item-cancel-named = Disdici l’elemento { $item }
item-not-changed = Non modificato: { $reason }
items-intro = Gli elementi di fatturazione possono essere associati ai dispositivi o dissociati da essi. Per impostazione predefinita vengono mostrati gli elementi di fatturazione associati; scegli una vista per vedere gli altri.
items-filters = Vista e ricerca degli elementi di fatturazione
items-view = Vista
items-view-associated = Elementi di fatturazione associati
items-view-dissociated = Elementi di fatturazione dissociati
items-view-all = Tutti gli elementi di fatturazione
items-search = Descrizione, categoria o dispositivo
items-count = { $count ->
    [one] { $count } elemento di fatturazione
   *[other] { $count } elementi di fatturazione
}
items-empty = Nessun elemento di fatturazione in questa vista.
items-empty-search = Nessun elemento di fatturazione corrisponde alla ricerca.
items-select-page = Seleziona tutti gli elementi di fatturazione di questa pagina
items-bulk = Azioni in blocco
items-selected = { $count ->
    [0] Nessun elemento di fatturazione selezionato
    [one] { $count } elemento di fatturazione selezionato
   *[other] { $count } elementi di fatturazione selezionati
}
items-clear-selection = Deseleziona tutto
items-associate-title = Associa a un dispositivo
items-device-search = Cerca dispositivi
items-device-matches = { $count ->
    [0] Nessun dispositivo trovato.
    [one] { $count } dispositivo trovato.
   *[other] { $count } dispositivi trovati.
}
items-device-required = Scegli un dispositivo.
items-cancel-title = { $count ->
    [one] Disdici l’elemento di fatturazione
   *[other] Disdici { $count } elementi di fatturazione
}
items-cancel-when = Quando deve terminare la fatturazione?
items-cancel-end-of-period = Alla fine del periodo di fatturazione
items-cancel-end-of-period-date = Alla fine del periodo di fatturazione ({ $date })
items-cancel-immediately = Subito
items-cancel-later-effect = { $count ->
    [one] L’elemento resta attivo fino alla fine del suo periodo di fatturazione, poi termina.
   *[other] Ogni elemento resta attivo fino alla fine del proprio periodo di fatturazione, poi termina.
} Gli addebiti ricorrenti diminuiranno quindi di { $amount }.
items-cancel-now-effect = La fatturazione termina oggi. Gli addebiti ricorrenti diminuiscono di { $amount }.
items-cancel-final = Un elemento di fatturazione disdetto non può essere ripristinato.
items-cancel-keep = { $count ->
    [one] Mantieni l’elemento di fatturazione
   *[other] Mantieni gli elementi di fatturazione
}
items-done-associate = { $count ->
    [one] { $count } elemento di fatturazione associato a { $device }.
   *[other] { $count } elementi di fatturazione associati a { $device }.
}
items-done-dissociate = { $count ->
    [one] { $count } elemento di fatturazione dissociato.
   *[other] { $count } elementi di fatturazione dissociati.
}
items-done-cancel-now = { $count ->
    [one] { $count } elemento di fatturazione disdetto.
   *[other] { $count } elementi di fatturazione disdetti.
}
items-done-cancel-later = { $count ->
    [one] { $count } elemento di fatturazione verrà disdetto alla fine del suo periodo di fatturazione.
   *[other] { $count } elementi di fatturazione verranno disdetti alla fine dei rispettivi periodi di fatturazione.
}
items-failed = { $count ->
    [one] Non è stato possibile modificare { $count } elemento di fatturazione, che viene mostrato nello stato precedente:
   *[other] Non è stato possibile modificare { $count } elementi di fatturazione, che vengono mostrati nello stato precedente:
}
items-retry = { $count ->
    [one] Riprova la modifica non riuscita
   *[other] Riprova le { $count } modifiche non riuscite
}

## Profilo di fatturazione
profile-bill-to = Le fatture sono intestate a
profile-bill-to-note = Le modifiche si applicano alle fatture emesse da ora in poi. Le fatture già emesse mantengono i dati con cui sono state emesse.
profile-billing-address = Indirizzo di fatturazione
profile-tax-id = Identificativo fiscale
profile-tax-id-country = Paese di emissione
profile-tax-id-number = Numero identificativo fiscale
profile-tax-id-help = Vengono verificati i numeri di partita IVA dell’UE e del Regno Unito, i numeri IDI svizzeri, i numeri di organizzazione norvegesi, gli ABN australiani, i numeri di registrazione delle imprese coreani e i numeri unificati delle imprese taiwanesi; gli altri vengono salvati così come sono stati inseriti. Per rimuovere il numero, lascia vuoto il campo.
profile-tax-id-example = Esempio di identificativo fiscale di questo paese: { $example }
profile-edit = Modifica
profile-save = Salva
profile-saving = Salvataggio…
profile-saved = Profilo di fatturazione salvato. Verrà usato per le fatture emesse da ora in poi.
profile-contacts = Contatti di fatturazione
profile-contacts-note = I destinatari delle e-mail di fatturazione. Almeno un contatto riceve le fatture.
contact-email = Indirizzo e-mail
contact-receives = Riceve
contact-actions = Azioni
contact-topic-invoices = Fatture
contact-topic-receipts = Ricevute di pagamento
contact-topic-method-status = Variazioni di stato dei metodi di pagamento
contact-topic-other = Altri messaggi
contact-add = Aggiungi contatto
contact-edit = Modifica
contact-save = Salva contatto
contact-saving = Salvataggio…
contact-added = Contatto aggiunto.
contact-saved = Contatto salvato.
contact-remove = Rimuovi
contact-removing = Rimozione…
contact-remove-title = Rimuovere questo contatto?
contact-remove-body = Questo indirizzo non riceverà più e-mail di fatturazione.
contact-removed = Contatto rimosso.

## Avvisi sul metodo di pagamento
card-make-monthly = Imposta questa carta come metodo di pagamento mensile

## Ricevuta di pagamento
payment-view-receipt = Visualizza la ricevuta
receipt-title = Ricevuta { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = Scarica PDF
receipt-print = Stampa
receipt-settled = Fatture pagate
receipt-invoice = Fattura
receipt-applied = Importo imputato
receipt-settled-none = Questo pagamento non è suddiviso per fattura.
receipt-bill-to = Intestata a
receipt-none = La ricevuta è disponibile solo per i pagamenti andati a buon fine; lo stato di questo pagamento è «{ $status }».

## Download delle fatture
export-back = ‹ { invoices-table-title }
export-title = Scarica fatture
export-intro = Scegli le fatture con i filtri. Il file CSV le elenca, una per riga; il file ZIP contiene il PDF di ogni fattura insieme al CSV.
export-matching = { $count ->
    [0] Nessuna fattura corrisponde a questi filtri.
    [one] Una fattura corrisponde a questi filtri.
   *[other] { $count } fatture corrispondono a questi filtri.
}
export-csv = Scarica CSV
export-zip = Scarica PDF e CSV (ZIP)
export-demo-no-pdf = La demo non dispone di un server di fatturazione che generi i PDF, quindi non può scaricarli. Il CSV funziona come con un account reale e la pagina di ogni fattura può essere stampata.
export-starting = Avvio del download…
export-listing = Elenco delle fatture: { $done } di { $total }
export-listing-payments = Elenco dei pagamenti: { $done } di { $total }
export-pdfs = Aggiunta dei PDF: { $done } di { $total }
export-cancel = Annulla
export-cancelled = Download annullato. Non è stato salvato nulla.
export-saved = { $file } salvato.
export-too-large = La selezione supera la capacità di un singolo file ZIP. Scegli meno fatture, ad esempio un intervallo di date più breve, e scaricale in più parti.
payments-download-csv = Scarica CSV
