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
language-unavailable-kept = Impossibile caricare la lingua «{ $language }».
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
invoice-currency = Valuta
invoice-actions = Azioni
invoice-pay-now = Paga ora
# The link's name for screen readers: its words and the invoice it pays.
invoice-pay-now-named = Paga ora la fattura { $number }
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
method-status-pending = In attesa di convalida
method-status-active = Attivo
method-status-expired = Scaduto
method-status-declined = Rifiutato
card-section-address = Indirizzo di fatturazione
card-use-company = Usa i dati aziendali
card-section-payment = Informazioni di pagamento
card-number = Numero della carta
card-expiry = Data di scadenza (MM/AA)
card-cvc = Codice di sicurezza
card-holder = Nome del titolare
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

## Elementi di fatturazione
item-status-active = Attivo
item-status-cancellation-pending = Disdetta programmata
item-status-cancelled = Disdetto

## Profilo di fatturazione
profile-person = { $first } { $last }
profile-place = { $postal } { $city }
profile-place-state = { $postal } { $city } ({ $state })
profile-tax-id-value = Identificativo fiscale ({ $country }): { $number }
profile-tax-id-none = Nessun identificativo fiscale registrato.

## Avvisi sul metodo di pagamento
attention-title = Il metodo di pagamento richiede attenzione.
attention-expired = Il metodo di pagamento mensile ({ $method }) è scaduto, quindi la prossima fattura non potrà essere addebitata su questo metodo. Aggiungi una carta o scegli un altro metodo di pagamento.
attention-declined = Il metodo di pagamento mensile ({ $method }) è stato rifiutato, quindi la prossima fattura non potrà essere addebitata su questo metodo. Aggiungi una carta o scegli un altro metodo di pagamento.
attention-expiring = Il metodo di pagamento mensile ({ $method }) scade il { $date }. Prima di allora, aggiungi una carta o scegli un altro metodo di pagamento.
attention-pending = Il metodo di pagamento mensile ({ $method }) è ancora in attesa di convalida, che può richiedere fino a 24 ore. Gli addebiti saranno possibili dopo la convalida.
attention-add-card = Aggiungi una carta
attention-choose = Scegli un altro metodo di pagamento

## Download delle fatture
invoices-download = Scarica fatture
