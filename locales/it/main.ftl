# billing-portal — italiano. I termini seguono la guida del portale clienti (seeds); imperativo per azioni e istruzioni, forme impersonali altrove.

## Struttura
nav-account = Account
nav-billing = Fatturazione
nav-invoices = Fatture
nav-payment-methods = Metodi di pagamento
nav-billing-items = Elementi di fatturazione
nav-make-payment = Effettua un pagamento
nav-payments = Cronologia pagamenti
nav-billing-profile = Profilo di fatturazione
nav-label = Menu Fatturazione
breadcrumb-label = Percorso di navigazione
skip-to-content = Vai al contenuto
language-label = Lingua
demo-badge = Demo
demo-badge-help = Modalità demo: dati di esempio conservati in questo browser. Non viene addebitato nulla.
demo-reset = Reimposta la demo
demo-reset-title = Reimpostare la demo?
demo-reset-body = I pagamenti, le carte e le modifiche agli elementi di fatturazione effettuati in questo browser verranno eliminati e l’account di esempio tornerà allo stato iniziale.
demo-reset-confirm = Reimposta
demo-reset-done = La demo è stata reimpostata.
language-unavailable = Impossibile caricare la lingua «{ $language }». La pagina viene visualizzata in inglese.
loading-text = Caricamento…
action-retry = Riprova
action-reload = Ricarica
action-cancel = Annulla
status-unknown = Sconosciuto
viewer-notice = È possibile consultare le informazioni di fatturazione. Solo un amministratore della fatturazione può effettuare pagamenti e modificare i metodi di pagamento o gli elementi di fatturazione.

## Errori
error-title = Si è verificato un errore
error-offline = Impossibile raggiungere il servizio di fatturazione. Controlla la connessione e riprova.
error-view-load = Impossibile caricare questa pagina. Controlla la connessione e riprova oppure ricarica la pagina.
error-timeout = Il servizio di fatturazione ha impiegato troppo tempo a rispondere. Riprova.
error-session-expired = La sessione è scaduta. Accedi di nuovo per continuare.
error-forbidden = Solo un amministratore della fatturazione può eseguire questa operazione.
error-not-found = Impossibile trovare la pagina o i dati richiesti.
error-validation = Alcuni dati devono essere corretti. Controlla i campi evidenziati.
error-card-declined = La carta è stata rifiutata. Usa un’altra carta o contatta la tua banca.
error-card-expired = Questa carta è scaduta. Usa un’altra carta.
error-idempotency-mismatch = Questa richiesta è già stata inviata con dati diversi. Ricomincia dall’inizio.
error-last-payment-method = Questo è l’unico metodo di pagamento valido e c’è un saldo da pagare, quindi non può essere rimosso.
error-last-invoice-contact = Almeno un contatto deve ricevere le fatture. Imposta prima un altro contatto come destinatario delle fatture.
error-amount-exceeds-balance = L’importo supera il saldo dovuto.
error-balance-changed = Il pagamento non è stato effettuato: l’importo che doveva saldare è stato nel frattempo pagato o ridotto. Non è stato addebitato nulla.
error-item-already-cancelled = Questo elemento di fatturazione è già stato disdetto.
error-conflict = Qualcun altro ha modificato questi dati contemporaneamente. Ricarica la pagina e riprova.
error-rate-limited = Troppe richieste. Attendi qualche istante e riprova.
error-method-not-allowed = Il servizio di fatturazione non accetta questa richiesta. Ricarica la pagina e riprova.
error-server = Si è verificato un problema nel servizio di fatturazione. Non è stato modificato nulla. Riprova più tardi.
error-malformed = Il servizio di fatturazione ha inviato una risposta illeggibile. Riprova più tardi.
crash-title = Si è verificato un errore
crash-body = La pagina di fatturazione si è interrotta a causa di un errore. Ricarica la pagina per continuare; questo errore non ha causato alcun addebito.
config-error-title = La pagina di fatturazione non è configurata correttamente
config-error-body = La console che visualizza questa pagina ha trasmesso un’impostazione non utilizzabile. Contatta l’amministratore.
not-found-title = Pagina non trovata
not-found-body = A questo indirizzo non c’è nessuna pagina di fatturazione.
not-found-back = Vai alle fatture

## Riepilogo di fatturazione
summary-title = Riepilogo di fatturazione
summary-current-balance = Saldo corrente ({ $currency })
summary-next-balance = Saldo successivo stimato ({ $currency })
summary-payment-method = Metodo di pagamento
summary-no-method = Nessun metodo di pagamento registrato
summary-last-invoice = Ultima fattura ricorrente
summary-next-invoice = Prossima fattura ricorrente
summary-pay-balance = Paga il saldo
summary-pay-balance-currency = Paga il saldo ({ $currency })
chart-title = Importi fatturati negli ultimi 12 mesi ({ $currency })
chart-show-table = Mostra come tabella
chart-month = Mese
chart-invoiced = Importo fatturato

## Fatture
invoices-table-title = Tutte le fatture
invoice-detail-back = ‹ { invoices-table-title }
invoices-count = { $count ->
    [one] { $count } fattura
   *[other] { $count } fatture
}
invoice-number = Numero fattura
invoice-date = Data
invoice-type = Tipo
invoice-status = Stato
invoice-total = Totale
invoice-balance-due = Saldo dovuto
invoice-subtotal = Subtotale
invoice-tax = Imposte
invoice-detail-title = Fattura { $number }
invoice-bill-to = Intestata a
invoice-lines-title = Elementi di fatturazione
invoice-lines-hint = Seleziona un elemento di fatturazione per visualizzarne i dettagli.
invoice-currency = Valuta
invoice-actions = Azioni
invoice-pay-now = Paga ora
invoice-due-date = Data di scadenza
invoice-period = Periodo di fatturazione
invoice-download-pdf = Scarica PDF
pdf-preparing = Preparazione del PDF…
invoice-download-csv = Scarica CSV
invoice-print = Stampa
invoice-pay-new-monthly = Aggiorna la carta e paga
invoices-empty = Non ci sono ancora fatture.
invoices-empty-filtered = Nessuna fattura corrisponde a questi filtri.
invoice-types-help = Informazioni sui tipi di fattura
invoice-type-new-help = La prima fattura di una serie di fatture ricorrenti.
invoice-type-recurring-help = Una fattura per addebiti ricorrenti attivi sull’account da più di un mese.
invoice-type-one-time-help = Addebiti una tantum per spese varie, che possono includere eccedenze di utilizzo.
invoice-type-credit-help = Un accredito sul saldo dell’account.
invoice-type-refund-help = Uno storno di addebiti una tantum o ricorrenti.
filters-label = Filtra le fatture
filter-all = Tutti
filter-from = Dal
filter-to = Al
filter-search = Cerca
filter-clear = Rimuovi i filtri
pager-label = Pagine
pager-range = { $first }–{ $last } di { $total }
pager-previous = Pagina precedente
pager-next = Pagina successiva
invoice-type-new = Nuovo
invoice-type-recurring = Ricorrente
invoice-type-one-time = Addebito una tantum
invoice-type-credit = Accredito
invoice-type-refund = Rimborso
invoice-status-open = Aperta
invoice-status-due = Da pagare
invoice-status-past-due = Scaduta
invoice-status-paid = Pagata
invoice-status-void = Annullata
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
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = UnionPay
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = Carta
method-card-label = { $brand } che termina con { $last4 }
method-paypal-label = PayPal ({ $email })
method-expires = Scadenza: { $expiry }
method-place = { $city }, { $country }
method-default = Metodo di pagamento mensile
method-status-pending = In attesa di convalida
method-status-active = Attivo
method-status-expired = Scaduto
method-status-declined = Rifiutato
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
card-section-address = Indirizzo di fatturazione
card-use-company = Usa i dati aziendali
card-section-payment = Informazioni di pagamento
card-number = Numero della carta
card-expiry = Data di scadenza (MM/AA)
card-cvc = Codice di sicurezza
card-holder = Nome del titolare
card-eu-supported = Assistenza nell’UE
card-eu-supported-help = Le richieste di manutenzione e assistenza vengono gestite dal team di assistenza nell’Unione europea.
field-label-optional = { $label } (facoltativo)
address-first-name = Nome
address-last-name = Cognome
address-company = Azienda
address-line1 = Indirizzo
address-line2 = Indirizzo (riga 2)
address-city = Città
address-state = Stato o provincia
address-postal-code = Codice postale
address-country = Paese
address-choose-country = Scegli un paese
address-phone = Telefono
address-email = E-mail
field-error-required = Compila questo campo.
field-error-invalid-characters = Il valore contiene caratteri non consentiti.
field-error-invisible-characters = Il valore contiene un carattere di formattazione invisibile, che spesso viene copiato insieme al testo. Digita il valore invece di incollarlo.
field-error-too-long = Il valore è troppo lungo.
field-error-length = Il numero della carta non ha il numero di cifre corretto.
field-error-luhn = Il numero della carta non è valido. Controlla che non ci siano errori di battitura.
field-error-unsupported-brand = Questo tipo di carta non è accettato.
field-error-expiry-format = Inserisci la data di scadenza nel formato MM/AA.
field-error-expiry-past = Questa carta è scaduta.
field-error-expiry-too-far = La data di scadenza è troppo lontana nel futuro.
field-error-cvc-length = Inserisci il codice di sicurezza: 4 cifre per American Express, 3 per le altre carte.
field-error-country-unknown = Scegli un paese.
field-error-postal-code-format = Il codice postale non rispetta il formato del paese selezionato.
field-error-state-required = Inserisci lo stato o la provincia.
field-error-state-unknown = Questo stato o provincia non appartiene al paese selezionato.
field-error-email-format = Inserisci un indirizzo e-mail nel formato nome@example.com.
field-error-phone-format = Un numero di telefono può contenere solo cifre, spazi e i caratteri + - ( ).
field-error-not-payable = Questa fattura non può più essere pagata: nel frattempo potrebbe essere stata pagata, annullata o compensata da un accredito.
field-error-not-found = Il dato a cui si riferisce non esiste più. Ricarica la pagina e riprova.
field-error-unusable = Questo metodo di pagamento non può essere usato per questa operazione. Scegline un altro.
field-error-duplicate = Questo indirizzo è già un contatto di fatturazione.
field-error-tax-id-format = Il valore non corrisponde al formato degli identificativi fiscali del paese selezionato.
field-error-tax-id-checksum = Questo identificativo fiscale non è valido. Controlla che non ci siano errori di battitura.
field-error-invalid = Questo valore non può essere usato. Controllalo e riprova.

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
item-status-active = Attivo
item-status-cancellation-pending = Disdetta programmata
item-status-cancelled = Disdetto
item-next-bill = Prossima fatturazione
item-actions = Azioni
item-no-device = Non associato
item-select = Seleziona { $item }
item-associate = Associa
item-dissociate = Dissocia
item-cancel = Disdici l’elemento
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
profile-person = { $first } { $last }
profile-place = { $postal } { $city }
profile-place-state = { $postal } { $city } ({ $state })
profile-tax-id = Identificativo fiscale
profile-tax-id-country = Paese di emissione
profile-tax-id-number = Numero identificativo fiscale
profile-tax-id-help = Vengono verificati i numeri di partita IVA dell’UE e del Regno Unito, i numeri IDI svizzeri, i numeri di organizzazione norvegesi, gli ABN australiani, i numeri di registrazione delle imprese coreani e i numeri unificati delle imprese taiwanesi; gli altri vengono salvati così come sono stati inseriti. Per rimuovere il numero, lascia vuoto il campo.
profile-tax-id-example = Esempio di identificativo fiscale di questo paese: { $example }
profile-tax-id-value = Identificativo fiscale ({ $country }): { $number }
profile-tax-id-none = Nessun identificativo fiscale registrato.
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
attention-title = Il metodo di pagamento richiede attenzione.
attention-expired = Il metodo di pagamento mensile ({ $method }) è scaduto, quindi la prossima fattura non potrà essere addebitata su questo metodo. Aggiungi una carta o scegli un altro metodo di pagamento.
attention-declined = Il metodo di pagamento mensile ({ $method }) è stato rifiutato, quindi la prossima fattura non potrà essere addebitata su questo metodo. Aggiungi una carta o scegli un altro metodo di pagamento.
attention-expiring = Il metodo di pagamento mensile ({ $method }) scade il { $date }. Prima di allora, aggiungi una carta o scegli un altro metodo di pagamento.
attention-pending = Il metodo di pagamento mensile ({ $method }) è ancora in attesa di convalida, che può richiedere fino a 24 ore. Gli addebiti saranno possibili dopo la convalida.
attention-add-card = Aggiungi una carta
attention-choose = Scegli un altro metodo di pagamento
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
invoices-download = Scarica fatture
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
