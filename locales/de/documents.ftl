# billing-portal — Deutsch: die Rechnungen und Zahlungsbelege als PDF, die der Server erstellt
# (server/src/pdf). Die Begriffe von main.ftl. Beträge, Zahlen und Datumsangaben kommen deutsch
# formatiert an; jede Nachricht setzt sie nur an ihren Platz.

## Beide Dokumente
# Wie ein Datum geschrieben wird, in der Mustersyntax von CLDR.
document-date-pattern = dd.MM.y
document-money = { $amount } { $currency }
document-page = Seite { $page } von { $pages }
document-date-range = { $start } – { $end }
document-person = { $first } { $last }
document-place = { $postal } { $city }
document-place-state = { $postal } { $city } ({ $state })
document-tax-id = Steuernummer ({ $country }): { $number }
document-unknown = Unbekannt

## Rechnung
document-invoice-title = Rechnung { $number }
document-invoice-date = Rechnungsdatum
document-due-date = Fälligkeitsdatum
document-period = Abrechnungszeitraum
document-type = Typ
document-status = Status
document-type-new = Neu
document-type-recurring = Wiederkehrend
document-type-one-time = Einmalige Gebühr
document-type-credit = Gutschrift
document-type-refund = Rückerstattung
document-status-open = Offen
document-status-due = Fällig
document-status-past-due = Überfällig
document-status-paid = Bezahlt
document-status-void = Storniert
document-bill-to = Ausgestellt auf
document-lines-title = Abrechnungselemente
document-line-description = Beschreibung
document-line-quantity = Menge
document-line-unit-price = Einzelpreis
document-line-amount = Betrag
document-line-tax = Steuern
document-line-resource = { $resource }, { $start } – { $end }
document-subtotal = Zwischensumme
document-tax = Steuern
document-total = Gesamtbetrag
document-balance-due = Offener Saldo

## Zahlungsbeleg
document-receipt-title = Zahlungsbeleg { $reference }
document-receipt-amount = Zahlungsbetrag
document-receipt-date = Datum
document-receipt-method = Zahlungsmethode
document-receipt-reference = Referenz
document-receipt-settled = Bezahlte Rechnungen
document-receipt-invoice = Rechnung
document-receipt-applied = Verrechneter Betrag
document-receipt-settled-none = Diese Zahlung ist nicht nach Rechnungen aufgeschlüsselt.
document-receipt-bill-to = Ausgestellt auf
document-card = { $brand } mit Endziffern { $last4 }
document-paypal = PayPal ({ $email })
document-card-brand-visa = Visa
document-card-brand-mastercard = Mastercard
document-card-brand-amex = American Express
document-card-brand-discover = Discover
document-card-brand-jcb = JCB
document-card-brand-unionpay = UnionPay
document-card-brand-diners = Diners Club
document-card-brand-maestro = Maestro
document-card-brand-unknown = Karte
