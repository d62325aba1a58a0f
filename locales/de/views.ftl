# billing-portal — Deutsch. Die Begriffe folgen dem Leitfaden zum Kundenportal (seeds); Anrede mit „Sie“.
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## Rechnungen
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = Zwischensumme
invoice-tax = Steuern
invoice-detail-title = Rechnung { $number }
invoice-bill-to = Ausgestellt auf
invoice-lines-title = Abrechnungselemente
invoice-lines-hint = Wählen Sie ein Abrechnungselement aus, um seine Details anzuzeigen.
invoice-due-date = Fälligkeitsdatum
invoice-period = Abrechnungszeitraum
invoice-download-pdf = PDF herunterladen
pdf-preparing = PDF wird erstellt…
invoice-download-csv = CSV herunterladen
invoice-print = Drucken
invoice-pay-new-monthly = Karte aktualisieren und bezahlen
line-description = Beschreibung
line-category = Kategorie
line-quantity = Menge
line-unit-price = Einzelpreis
line-amount = Betrag
line-resource = Ressource
line-period = Zeitraum
line-period-start = Beginn des Zeitraums
line-period-end = Ende des Zeitraums
line-tax = Steuern

## Zahlungsmethoden
method-expires = Gültig bis { $expiry }
method-place = { $city }, { $country }
method-default = Monatliche Zahlungsmethode
methods-empty = Es ist keine Zahlungsmethode hinterlegt.
method-pending-note = Neue Karten werden innerhalb von 24 Stunden geprüft und sind danach einsatzbereit. Der Abrechnungskontakt erhält eine Bestätigung per E-Mail.
method-make-default = Als monatliche Zahlungsmethode verwenden
method-default-set = Die monatliche Zahlungsmethode wurde geändert.
method-remove = Entfernen
method-removing = Wird entfernt…
method-remove-title = Diese Zahlungsmethode entfernen?
method-remove-body = Über diese Zahlungsmethode wird dann nichts mehr abgebucht, und sie kann nicht mehr zum Bezahlen verwendet werden.
method-removed = Die Zahlungsmethode wurde entfernt.
method-added = Ihre Karte wurde hinzugefügt. Sie wird innerhalb von 24 Stunden geprüft und ist danach einsatzbereit; der Abrechnungskontakt erhält eine Bestätigung per E-Mail.
card-add = Kreditkarte hinzufügen
card-adding = Karte wird hinzugefügt…
card-eu-supported = Support in der EU
card-eu-supported-help = Ihre Wartungs- und Supportanliegen werden vom Support-Team in der Europäischen Union bearbeitet.

## Zahlungen
payment-reference = Referenz
payment-date = Datum
payment-method = Zahlungsmethode
payment-status = Status
payment-amount = Zahlungsbetrag
payment-for-invoice = Sie bezahlen die Rechnung { $number }.
payment-choose-balance = Welchen Saldo möchten Sie begleichen?
payment-balance-due = Offener Saldo: { $balance }
payment-remaining = Nach dieser Zahlung noch offen: { $remaining }
payment-nothing-due = Es ist nichts fällig. Es gibt keinen offenen Saldo.
payment-viewer = Nur ein Abrechnungsadministrator kann Zahlungen vornehmen. Salden und Rechnungen können Sie trotzdem einsehen.
payment-new-card = Neue Kreditkarte (nur für diese Zahlung, wird nicht gespeichert)
payment-new-card-help = Diese Karte wird nur für diese Zahlung verwendet. Sie wird nicht gespeichert und ändert Ihre monatliche Zahlungsmethode nicht.
payment-new-monthly-card = Neue Kreditkarte (wird Ihre monatliche Zahlungsmethode)
payment-new-monthly-card-help = Mit dieser Karte wird diese Rechnung jetzt bezahlt. Sobald die Zahlung ausgeführt ist, wird die Karte gespeichert und ersetzt Ihre monatliche Zahlungsmethode für alle künftigen Rechnungen.
payment-monthly-becomes = Sobald diese Zahlung ausgeführt ist, wird { $method } Ihre monatliche Zahlungsmethode.
payment-new-monthly-title = Monatliche Zahlungsmethode
payment-new-monthly-saving = Karte wird als monatliche Zahlungsmethode gespeichert…
payment-new-monthly-done = { $method } ist jetzt Ihre monatliche Zahlungsmethode. Sie wird noch geprüft; das kann bis zu 24 Stunden dauern.
payment-new-monthly-failed = Ihre Zahlung wurde ausgeführt, aber die Karte konnte nicht als monatliche Zahlungsmethode gespeichert werden. Versuchen Sie es erneut – die Karte wird nur einmal gespeichert.
payment-card-address = Rechnungsadresse der Kreditkarte
payment-review = Zahlung überprüfen
payment-review-title = Überprüfen Sie Ihre Zahlung
payment-remaining-title = Nach der Zahlung noch offen
payment-monthly-unchanged = Ihre monatliche Zahlungsmethode bleibt unverändert.
payment-pay-card = Mit Kreditkarte bezahlen
payment-continue-paypal = Weiter zu PayPal
payment-processing = Ihre Zahlung wird verarbeitet…
payment-checking = Der Status Ihrer Zahlung wird geprüft…
payment-change = Ändern
payment-resumed = Zu dieser Zahlung liegt noch keine Antwort vor. Zahlen Sie erneut, um sie abzuschließen – es wird nichts doppelt abgebucht. Wenn Sie die Zahlung ändern, prüfen wir zuerst ihren Status.
payment-not-made = Ihre vorherige Zahlung wurde nicht ausgeführt, und es wurde nichts abgebucht. Sie können sie ändern und erneut bezahlen.
payment-too-old = Auf eine früher begonnene Zahlung kam keine Antwort, und es ist zu viel Zeit vergangen, um sie sicher fortzusetzen. Prüfen Sie Ihren Zahlungsverlauf, bevor Sie erneut bezahlen.
payment-succeeded-title = Zahlung eingegangen
payment-succeeded-body = Vielen Dank. Ihre Zahlung ist eingegangen, und Ihr Saldo wurde aktualisiert.
payment-new-balance = Neuer Saldo
payment-invoice = Rechnung
payment-paypal-title = Zahlung bei PayPal genehmigen
payment-paypal-body = PayPal bittet Sie, diese Zahlung zu genehmigen. Es wird nichts abgebucht, bevor Sie sie genehmigt haben.
payment-authenticate-title = Zahlung bei Ihrer Bank bestätigen
payment-authenticate-body = Die Bank, die Ihre Karte ausgegeben hat, bittet Sie, diese Zahlung zu bestätigen. Es wird nichts abgebucht, bevor Sie sie bestätigt haben.
payment-approve = Genehmigen
amount-error-empty = Geben Sie den Zahlungsbetrag ein.
amount-error-not-a-number = Geben Sie einen Betrag wie { $example } ein, ohne Währungssymbol.
amount-error-not-positive = Der Betrag muss größer als null sein.
amount-error-too-many-decimals = { $digits ->
    [0] Beträge in { $currency } haben keine Nachkommastellen.
    [one] Beträge in { $currency } haben höchstens eine Nachkommastelle.
   *[other] Beträge in { $currency } haben höchstens { $digits } Nachkommastellen.
}
amount-error-above-balance = Der Betrag darf den offenen Saldo von { $balance } nicht übersteigen.
amount-error-unknown-currency = Zahlungen in dieser Währung sind hier nicht möglich.
payment-status-processing = In Bearbeitung
payment-status-requires-action = Aktion erforderlich
payment-status-succeeded = Erfolgreich
payment-status-declined = Abgelehnt
payment-status-failed = Fehlgeschlagen

## Abrechnungselemente
item-description = Beschreibung
item-category = Kategorie
item-device = Gerät
item-recurring-fee = Wiederkehrende Gebühr
item-created = Erstellt am
item-status = Status
item-next-bill = Nächstes Abrechnungsdatum
item-actions = Aktionen
item-no-device = Nicht zugeordnet
item-select = { $item } auswählen
item-associate = Zuordnen
item-associate-named = Zuordnen: { $item }
item-dissociate = Zuordnung aufheben
item-dissociate-named = Zuordnung aufheben: { $item }
item-cancel = Element kündigen
item-cancel-named = Element kündigen: { $item }
item-not-changed = Nicht geändert: { $reason }
items-intro = Abrechnungselemente lassen sich Geräten zuordnen, und die Zuordnung lässt sich wieder aufheben. Standardmäßig werden die zugeordneten Abrechnungselemente angezeigt; wählen Sie eine andere Ansicht, um die übrigen zu sehen.
items-filters = Ansicht und Suche für Abrechnungselemente
items-view = Ansicht
items-view-associated = Zugeordnete Abrechnungselemente
items-view-dissociated = Nicht zugeordnete Abrechnungselemente
items-view-all = Alle Abrechnungselemente
items-search = Beschreibung, Kategorie oder Gerät
items-count = { $count ->
    [one] { $count } Abrechnungselement
   *[other] { $count } Abrechnungselemente
}
items-empty = In dieser Ansicht gibt es keine Abrechnungselemente.
items-empty-search = Ihre Suche ergab keine Abrechnungselemente.
items-select-page = Alle Abrechnungselemente auf dieser Seite auswählen
items-bulk = Massenaktionen
items-selected = { $count ->
    [0] Keine Abrechnungselemente ausgewählt
    [one] { $count } Abrechnungselement ausgewählt
   *[other] { $count } Abrechnungselemente ausgewählt
}
items-clear-selection = Auswahl aufheben
items-associate-title = Einem Gerät zuordnen
items-device-search = Geräte suchen
items-device-matches = { $count ->
    [0] Kein Gerät gefunden.
    [one] { $count } Gerät gefunden.
   *[other] { $count } Geräte gefunden.
}
items-device-required = Wählen Sie ein Gerät aus.
items-cancel-title = { $count ->
    [one] Abrechnungselement kündigen
   *[other] { $count } Abrechnungselemente kündigen
}
items-cancel-when = Wann soll die Abrechnung enden?
items-cancel-end-of-period = Zum Ende des Abrechnungszeitraums
items-cancel-end-of-period-date = Zum Ende des Abrechnungszeitraums ({ $date })
items-cancel-immediately = Sofort
items-cancel-later-effect = { $count ->
    [one] Das Element bleibt bis zum Ende seines Abrechnungszeitraums aktiv und endet danach.
   *[other] Jedes Element bleibt bis zum Ende seines Abrechnungszeitraums aktiv und endet danach.
} Ihre wiederkehrenden Gebühren sinken dann um { $amount }.
items-cancel-now-effect = Die Abrechnung endet heute. Ihre wiederkehrenden Gebühren sinken um { $amount }.
items-cancel-final = Ein gekündigtes Abrechnungselement kann nicht wiederhergestellt werden.
items-cancel-keep = { $count ->
    [one] Abrechnungselement behalten
   *[other] Abrechnungselemente behalten
}
items-done-associate = { $count ->
    [one] { $count } Abrechnungselement dem Gerät { $device } zugeordnet.
   *[other] { $count } Abrechnungselemente dem Gerät { $device } zugeordnet.
}
items-done-dissociate = { $count ->
    [one] Zuordnung von { $count } Abrechnungselement aufgehoben.
   *[other] Zuordnung von { $count } Abrechnungselementen aufgehoben.
}
items-done-cancel-now = { $count ->
    [one] { $count } Abrechnungselement gekündigt.
   *[other] { $count } Abrechnungselemente gekündigt.
}
items-done-cancel-later = { $count ->
    [one] { $count } Abrechnungselement wird zum Ende seines Abrechnungszeitraums gekündigt.
   *[other] { $count } Abrechnungselemente werden jeweils zum Ende ihres Abrechnungszeitraums gekündigt.
}
items-failed = { $count ->
    [one] { $count } Abrechnungselement konnte nicht geändert werden und wird im vorherigen Zustand angezeigt:
   *[other] { $count } Abrechnungselemente konnten nicht geändert werden und werden im vorherigen Zustand angezeigt:
}
items-retry = { $count ->
    [one] Fehlgeschlagene Änderung wiederholen
   *[other] { $count } fehlgeschlagene Änderungen wiederholen
}

## Abrechnungsprofil
profile-bill-to = Rechnungen werden ausgestellt auf
profile-bill-to-note = Änderungen gelten für Rechnungen, die ab jetzt ausgestellt werden. Bereits ausgestellte Rechnungen behalten die Angaben, mit denen sie ausgestellt wurden.
profile-billing-address = Rechnungsadresse
profile-tax-id = Steuernummer
profile-tax-id-country = Ausstellendes Land
profile-tax-id-number = Steuernummer
profile-tax-id-help = Geprüft werden Umsatzsteuer-Identifikationsnummern aus der EU und dem Vereinigten Königreich, Schweizer UID-Nummern, norwegische Organisationsnummern, australische ABN, koreanische Unternehmensregistrierungsnummern und taiwanische Unified Business Numbers; alle anderen werden so gespeichert, wie Sie sie eingeben. Lassen Sie das Feld leer, um die Nummer zu entfernen.
profile-tax-id-example = Beispiel für eine Steuernummer aus diesem Land: { $example }
profile-edit = Bearbeiten
profile-save = Speichern
profile-saving = Wird gespeichert…
profile-saved = Abrechnungsprofil gespeichert. Es gilt für alle Rechnungen, die ab jetzt ausgestellt werden.
profile-contacts = Abrechnungskontakte
profile-contacts-note = Diese Kontakte erhalten E-Mails zur Abrechnung. Mindestens ein Kontakt erhält die Rechnungen.
contact-email = E-Mail-Adresse
contact-receives = Erhält
contact-actions = Aktionen
contact-topic-invoices = Rechnungen
contact-topic-receipts = Zahlungsbelege
contact-topic-method-status = Statusänderungen bei Zahlungsmethoden
contact-topic-other = Sonstige Nachrichten
contact-add = Kontakt hinzufügen
contact-edit = Bearbeiten
contact-save = Kontakt speichern
contact-saving = Wird gespeichert…
contact-added = Kontakt hinzugefügt.
contact-saved = Kontakt gespeichert.
contact-remove = Entfernen
contact-removing = Wird entfernt…
contact-remove-title = Diesen Kontakt entfernen?
contact-remove-body = An diese Adresse werden keine E-Mails zur Abrechnung mehr gesendet.
contact-removed = Kontakt entfernt.

## Hinweise zur Zahlungsmethode
card-make-monthly = Diese Karte als monatliche Zahlungsmethode festlegen

## Zahlungsbeleg
payment-view-receipt = Zahlungsbeleg anzeigen
receipt-title = Zahlungsbeleg { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = PDF herunterladen
receipt-print = Drucken
receipt-settled = Bezahlte Rechnungen
receipt-invoice = Rechnung
receipt-applied = Verrechneter Betrag
receipt-settled-none = Diese Zahlung ist nicht nach Rechnungen aufgeschlüsselt.
receipt-bill-to = Ausgestellt auf
receipt-none = Einen Zahlungsbeleg gibt es nur für erfolgreich ausgeführte Zahlungen. Diese Zahlung hat den Status „{ $status }“.

## Rechnungen herunterladen
export-back = ‹ { invoices-table-title }
export-title = Rechnungen herunterladen
export-intro = Wählen Sie die Rechnungen über die Filter aus. Die CSV-Datei listet sie auf, eine Zeile pro Rechnung; die ZIP-Datei enthält die PDF-Datei jeder Rechnung und die CSV-Datei.
export-matching = { $count ->
    [0] Keine Rechnung entspricht diesen Filtern.
    [one] Eine Rechnung entspricht diesen Filtern.
   *[other] { $count } Rechnungen entsprechen diesen Filtern.
}
export-csv = CSV herunterladen
export-zip = PDFs und CSV herunterladen (ZIP)
export-demo-no-pdf = Die Demo hat keinen Abrechnungsserver, der PDFs erstellt, und kann sie daher nicht herunterladen. Die CSV-Datei funktioniert genauso wie mit Ihrem echten Konto, und die Seite jeder Rechnung lässt sich drucken.
export-starting = Download wird gestartet…
export-listing = Rechnungen werden aufgelistet: { $done } von { $total }
export-listing-payments = Zahlungen werden aufgelistet: { $done } von { $total }
export-pdfs = PDFs werden hinzugefügt: { $done } von { $total }
export-cancel = Abbrechen
export-cancelled = Download abgebrochen. Es wurde nichts gespeichert.
export-saved = { $file } gespeichert.
export-too-large = Das ist mehr, als eine ZIP-Datei aufnehmen kann. Wählen Sie weniger Rechnungen aus, zum Beispiel einen kürzeren Zeitraum, und laden Sie sie in mehreren Teilen herunter.
payments-download-csv = CSV herunterladen
