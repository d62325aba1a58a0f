# billing-portal — Deutsch. Die Begriffe folgen dem Leitfaden zum Kundenportal (seeds); Anrede mit „Sie“.

## Seitenrahmen
nav-account = Konto
nav-billing = Abrechnung
nav-invoices = Rechnungen
nav-payment-methods = Zahlungsmethoden
nav-billing-items = Abrechnungselemente
nav-make-payment = Zahlung vornehmen
nav-payments = Zahlungsverlauf
nav-billing-profile = Abrechnungsprofil
nav-label = Abrechnungsmenü
breadcrumb-label = Sie sind hier
skip-to-content = Zum Inhalt springen
language-label = Sprache
demo-badge = Demo
demo-badge-help = Demomodus: Beispieldaten, die in diesem Browser gespeichert sind. Es wird nichts abgebucht.
demo-reset = Demo zurücksetzen
demo-reset-title = Demo zurücksetzen?
demo-reset-body = Zahlungen, Karten und Änderungen an Abrechnungselementen, die in diesem Browser vorgenommen wurden, werden verworfen, und das Beispielkonto wird in seinen ursprünglichen Zustand zurückversetzt.
demo-reset-confirm = Zurücksetzen
demo-reset-done = Die Demo wurde zurückgesetzt.
language-unavailable = Die Sprache „{ $language }“ konnte nicht geladen werden. Die Seite wird auf Englisch angezeigt.
language-unavailable-kept = Die Sprache „{ $language }“ konnte nicht geladen werden.
loading-text = Wird geladen…
action-retry = Erneut versuchen
action-reload = Neu laden
action-cancel = Abbrechen
status-unknown = Unbekannt
viewer-notice = Sie können die Abrechnungsinformationen einsehen. Nur ein Abrechnungsadministrator kann Zahlungen vornehmen und Zahlungsmethoden oder Abrechnungselemente ändern.

## Fehler
error-title = Ein Fehler ist aufgetreten
error-offline = Der Abrechnungsdienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-view-load = Diese Seite konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut, oder laden Sie die Seite neu.
error-timeout = Der Abrechnungsdienst hat zu lange nicht geantwortet. Versuchen Sie es erneut.
error-session-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.
error-forbidden = Nur ein Abrechnungsadministrator kann diese Aktion ausführen.
error-not-found = Der gesuchte Inhalt wurde nicht gefunden.
error-validation = Einige Angaben müssen korrigiert werden. Beachten Sie die markierten Felder.
error-card-declined = Ihre Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder wenden Sie sich an Ihre Bank.
error-card-expired = Diese Karte ist abgelaufen. Verwenden Sie eine andere Karte.
error-idempotency-mismatch = Diese Anfrage wurde bereits mit anderen Angaben gesendet. Beginnen Sie von vorn.
error-last-payment-method = Dies ist Ihre einzige gültige Zahlungsmethode, und es ist noch ein Saldo offen. Sie kann daher nicht entfernt werden.
error-last-invoice-contact = Mindestens ein Kontakt muss die Rechnungen erhalten. Lassen Sie die Rechnungen zuerst an einen anderen Kontakt senden.
error-amount-exceeds-balance = Der Betrag übersteigt den offenen Saldo.
error-balance-changed = Diese Zahlung wurde nicht ausgeführt: Der Betrag, den sie begleichen sollte, wurde inzwischen bezahlt oder verringert. Es wurde nichts abgebucht.
error-item-already-cancelled = Dieses Abrechnungselement ist bereits gekündigt.
error-conflict = Jemand anderes hat dies gleichzeitig geändert. Laden Sie die Seite neu und versuchen Sie es erneut.
error-rate-limited = Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.
error-method-not-allowed = Der Abrechnungsdienst nimmt diese Anfrage nicht an. Laden Sie die Seite neu und versuchen Sie es erneut.
error-server = Beim Abrechnungsdienst ist ein Problem aufgetreten. Es wurde nichts geändert. Versuchen Sie es später erneut.
error-malformed = Der Abrechnungsdienst hat eine Antwort gesendet, die nicht gelesen werden konnte. Versuchen Sie es später erneut.
crash-title = Ein Fehler ist aufgetreten
crash-body = Die Abrechnungsseite wurde wegen eines Fehlers angehalten. Laden Sie die Seite neu, um fortzufahren. Durch diesen Fehler wurde nichts abgebucht.
config-error-title = Die Abrechnungsseite ist nicht richtig eingerichtet
config-error-body = Die Konsole, in der diese Seite angezeigt wird, hat eine Einstellung übergeben, die nicht verwendet werden kann. Wenden Sie sich an Ihren Administrator.
not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es keine Abrechnungsseite.
not-found-back = Zu den Rechnungen

## Abrechnungsübersicht
summary-title = Abrechnungsübersicht
summary-current-balance = Aktueller Saldo ({ $currency })
summary-next-balance = Voraussichtlicher nächster Saldo ({ $currency })
summary-payment-method = Zahlungsmethode
summary-no-method = Keine Zahlungsmethode hinterlegt
summary-last-invoice = Letzte wiederkehrende Rechnung
summary-next-invoice = Nächste wiederkehrende Rechnung
summary-pay-balance = Saldo begleichen
summary-pay-balance-currency = Saldo begleichen ({ $currency })
chart-title = Rechnungsbeträge der letzten 12 Monate ({ $currency })
chart-show-table = Als Tabelle anzeigen
chart-month = Monat
chart-invoiced = Rechnungsbetrag

## Rechnungen
invoices-table-title = Alle Rechnungen
invoices-count = { $count ->
    [one] { $count } Rechnung
   *[other] { $count } Rechnungen
}
invoice-number = Rechnungsnummer
invoice-date = Datum
invoice-type = Typ
invoice-status = Status
invoice-total = Gesamtbetrag
invoice-balance-due = Offener Saldo
invoice-currency = Währung
invoice-actions = Aktionen
invoice-pay-now = Jetzt bezahlen
# The link's name for screen readers: its words and the invoice it pays.
invoice-pay-now-named = Jetzt bezahlen: Rechnung { $number }
invoices-empty = Sie haben noch keine Rechnungen.
invoices-empty-filtered = Keine Rechnung entspricht diesen Filtern.
invoice-types-help = Erläuterung der Rechnungstypen
invoice-type-new-help = Die erste Rechnung einer Reihe wiederkehrender Rechnungen.
invoice-type-recurring-help = Eine Rechnung über wiederkehrende Gebühren, die seit mehr als einem Monat für das Konto anfallen.
invoice-type-one-time-help = Einmalige Gebühren für verschiedene Leistungen, auch für Mehrverbrauch.
invoice-type-credit-help = Eine Gutschrift auf den Kontosaldo.
invoice-type-refund-help = Eine Rückerstattung einmaliger oder wiederkehrender Gebühren.
filters-label = Rechnungen filtern
filter-all = Alle
filter-from = Von
filter-to = Bis
filter-search = Suchen
filter-clear = Filter zurücksetzen
pager-label = Seiten
pager-range = { $first }–{ $last } von { $total }
pager-previous = Vorherige Seite
pager-next = Nächste Seite
invoice-type-new = Neu
invoice-type-recurring = Wiederkehrend
invoice-type-one-time = Einmalige Gebühr
invoice-type-credit = Gutschrift
invoice-type-refund = Rückerstattung
invoice-status-open = Offen
invoice-status-due = Fällig
invoice-status-past-due = Überfällig
invoice-status-paid = Bezahlt
invoice-status-void = Storniert

## Zahlungsmethoden
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = UnionPay
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = Karte
method-card-label = { $brand } mit Endziffern { $last4 }
method-paypal-label = PayPal ({ $email })
method-status-pending = Prüfung ausstehend
method-status-active = Aktiv
method-status-expired = Abgelaufen
method-status-declined = Abgelehnt
card-section-address = Rechnungsadresse
card-use-company = Unternehmensinformationen verwenden
card-section-payment = Zahlungsinformationen
card-number = Kartennummer
card-expiry = Ablaufdatum (MM/JJ)
card-cvc = Sicherheitscode
card-holder = Name auf der Karte
field-label-optional = { $label } (optional)
address-first-name = Vorname
address-last-name = Nachname
address-company = Unternehmen
address-line1 = Adresse
address-line2 = Adresszusatz
address-city = Ort
address-state = Bundesstaat oder Provinz
address-postal-code = Postleitzahl
address-country = Land
address-choose-country = Land auswählen
address-phone = Telefon
address-email = E-Mail
field-error-required = Füllen Sie dieses Feld aus.
field-error-invalid-characters = Die Eingabe enthält unzulässige Zeichen.
field-error-invisible-characters = Die Eingabe enthält ein unsichtbares Formatierungszeichen, wie es beim Kopieren von Text oft mit übernommen wird. Tippen Sie den Text ein, statt ihn einzufügen.
field-error-too-long = Die Eingabe ist zu lang.
field-error-length = Diese Kartennummer hat nicht die richtige Anzahl von Ziffern.
field-error-luhn = Diese Kartennummer ist ungültig. Prüfen Sie sie auf Tippfehler.
field-error-unsupported-brand = Dieser Kartentyp wird nicht akzeptiert.
field-error-expiry-format = Geben Sie das Ablaufdatum im Format MM/JJ ein.
field-error-expiry-past = Diese Karte ist abgelaufen.
field-error-expiry-too-far = Dieses Ablaufdatum liegt zu weit in der Zukunft.
field-error-cvc-length = Geben Sie den Sicherheitscode ein: 4 Ziffern bei American Express, 3 bei anderen Karten.
field-error-country-unknown = Wählen Sie ein Land aus.
field-error-postal-code-format = Diese Postleitzahl entspricht nicht dem Format des gewählten Landes.
field-error-state-required = Geben Sie den Bundesstaat oder die Provinz ein.
field-error-state-unknown = Dies ist kein Bundesstaat und keine Provinz des gewählten Landes.
field-error-email-format = Geben Sie eine E-Mail-Adresse im Format name@example.com ein.
field-error-phone-format = Eine Telefonnummer darf nur Ziffern, Leerzeichen und + - ( ) enthalten.
field-error-not-payable = Diese Rechnung kann nicht mehr bezahlt werden. Möglicherweise wurde sie inzwischen bezahlt, storniert oder durch eine Gutschrift ausgeglichen.
field-error-not-found = Der Eintrag, auf den sich dies bezieht, existiert nicht mehr. Laden Sie die Seite neu und versuchen Sie es erneut.
field-error-unusable = Diese Zahlungsmethode kann hierfür nicht verwendet werden. Wählen Sie eine andere aus.
field-error-duplicate = Diese Adresse ist bereits als Abrechnungskontakt eingetragen.
field-error-tax-id-format = Die Eingabe entspricht nicht dem Format einer Steuernummer aus diesem Land.
field-error-tax-id-checksum = Diese Steuernummer ist ungültig. Prüfen Sie sie auf Tippfehler.
field-error-invalid = Diese Eingabe kann nicht verwendet werden. Prüfen Sie sie und versuchen Sie es erneut.

## Abrechnungselemente
item-status-active = Aktiv
item-status-cancellation-pending = Kündigung vorgemerkt
item-status-cancelled = Gekündigt

## Abrechnungsprofil
profile-person = { $first } { $last }
profile-place = { $postal } { $city }
profile-place-state = { $postal } { $city } ({ $state })
profile-tax-id-value = Steuernummer ({ $country }): { $number }
profile-tax-id-none = Keine Steuernummer hinterlegt.

## Hinweise zur Zahlungsmethode
attention-title = Bitte prüfen Sie Ihre Zahlungsmethode.
attention-expired = Ihre monatliche Zahlungsmethode ({ $method }) ist abgelaufen, daher kann der Betrag der nächsten Rechnung nicht darüber abgebucht werden. Fügen Sie eine Karte hinzu oder wählen Sie eine andere Zahlungsmethode.
attention-declined = Ihre monatliche Zahlungsmethode ({ $method }) wurde abgelehnt, daher kann der Betrag der nächsten Rechnung nicht darüber abgebucht werden. Fügen Sie eine Karte hinzu oder wählen Sie eine andere Zahlungsmethode.
attention-expiring = Ihre monatliche Zahlungsmethode ({ $method }) läuft am { $date } ab. Fügen Sie bis dahin eine Karte hinzu oder wählen Sie eine andere Zahlungsmethode.
attention-pending = Ihre monatliche Zahlungsmethode ({ $method }) wird noch geprüft; das kann bis zu 24 Stunden dauern. Sobald die Prüfung abgeschlossen ist, kann darüber abgebucht werden.
attention-add-card = Karte hinzufügen
attention-choose = Andere Zahlungsmethode wählen

## Rechnungen herunterladen
invoices-download = Rechnungen herunterladen
