# billing-portal — español. Los términos siguen la guía del portal de clientes (seeds).
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## Facturas
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = Subtotal
invoice-tax = Impuestos
invoice-detail-title = Factura { $number }
invoice-bill-to = A nombre de
invoice-lines-title = Elementos de facturación
invoice-lines-hint = Seleccione un elemento de facturación para ver sus detalles.
invoice-due-date = Fecha de vencimiento
invoice-period = Período de facturación
invoice-download-pdf = Descargar PDF
pdf-preparing = Preparando el PDF…
invoice-download-csv = Descargar CSV
invoice-print = Imprimir
invoice-pay-new-monthly = Actualizar la tarjeta y pagar
line-description = Descripción
line-category = Categoría
line-quantity = Cantidad
line-unit-price = Precio unitario
line-amount = Importe
line-resource = Recurso
line-period = Período
line-period-start = Inicio del período
line-period-end = Fin del período
line-tax = Impuestos

## Métodos de pago
method-expires = Caducidad: { $expiry }
method-place = { $city }, { $country }
method-default = Método de pago mensual
methods-empty = No hay ningún método de pago registrado.
method-pending-note = Las tarjetas nuevas se validan y quedan disponibles en un plazo de 24 horas. El contacto de facturación recibe un correo electrónico de confirmación.
method-make-default = Usar como método de pago mensual
method-default-set = Se ha cambiado el método de pago mensual.
method-remove = Eliminar
method-removing = Eliminando…
method-remove-title = ¿Eliminar este método de pago?
method-remove-body = Ya no se realizarán cargos en él y no podrá usarse para pagar.
method-removed = Se ha eliminado el método de pago.
method-added = Se ha agregado su tarjeta. Se validará y quedará disponible en un plazo de 24 horas; el contacto de facturación recibirá un correo electrónico de confirmación.
card-add = Agregar tarjeta de crédito
card-adding = Agregando la tarjeta…
card-eu-supported = Soporte en la Unión Europea
card-eu-supported-help = El equipo de soporte de la Unión Europea atiende sus incidencias de mantenimiento y soporte.

## Pagos
payment-reference = Referencia
payment-date = Fecha
payment-method = Método de pago
payment-status = Estado
payment-amount = Importe del pago
payment-for-invoice = Está pagando la factura { $number }.
payment-choose-balance = ¿Qué saldo desea pagar?
payment-balance-due = Saldo pendiente: { $balance }
payment-remaining = Pendiente después de este pago: { $remaining }
payment-nothing-due = No hay nada pendiente: no tiene ningún saldo que pagar.
payment-viewer = Solo un administrador de facturación puede realizar pagos. Aun así, puede consultar los saldos y las facturas.
payment-new-card = Una tarjeta de crédito nueva, de un solo uso, que no se guarda
payment-new-card-help = Esta tarjeta solo se usa para este pago. No se guarda ni cambia su método de pago mensual.
payment-new-monthly-card = Una tarjeta de crédito nueva, que pasa a ser su método de pago mensual
payment-new-monthly-card-help = Con esta tarjeta se paga ahora esta factura. Cuando se complete el pago, la tarjeta se guardará y sustituirá a su método de pago mensual para las próximas facturas.
payment-monthly-becomes = Cuando se complete este pago, su método de pago mensual pasará a ser { $method }.
payment-new-monthly-title = Método de pago mensual
payment-new-monthly-saving = Guardando la tarjeta como método de pago mensual…
payment-new-monthly-done = Su método de pago mensual es ahora { $method }. Se está validando, lo que puede tardar hasta 24 horas.
payment-new-monthly-failed = Su pago se completó, pero no se pudo guardar la tarjeta como método de pago mensual. Vuelva a intentarlo: solo se guardará una vez.
payment-card-address = Dirección de facturación de la tarjeta de crédito
payment-review = Revisar pago
payment-review-title = Revise su pago
payment-remaining-title = Pendiente después del pago
payment-monthly-unchanged = Su método de pago mensual no cambia.
payment-pay-card = Pagar con tarjeta de crédito
payment-continue-paypal = Continuar en PayPal
payment-processing = Procesando su pago…
payment-checking = Comprobando el estado de su pago…
payment-change = Modificar
payment-resumed = Todavía no tenemos respuesta sobre este pago. Vuelva a pagar para completarlo: no se le cobrará dos veces. Si lo modifica, primero comprobaremos su estado.
payment-not-made = Su pago anterior no se realizó y no se cobró nada. Puede modificarlo y volver a pagar.
payment-too-old = Un pago que inició anteriormente no obtuvo respuesta y ha pasado demasiado tiempo para retomarlo de forma segura. Consulte su historial de pagos antes de volver a pagar.
payment-succeeded-title = Pago recibido
payment-succeeded-body = Gracias. Hemos recibido su pago y su saldo se ha actualizado.
payment-new-balance = Nuevo saldo
payment-invoice = Factura
payment-paypal-title = Apruebe el pago en PayPal
payment-paypal-body = PayPal le pide que apruebe este pago. No se cobra nada hasta que lo apruebe.
payment-authenticate-title = Confirme el pago con su banco
payment-authenticate-body = El banco de su tarjeta le pide que confirme este pago. No se cobra nada hasta que lo confirme.
payment-approve = Aprobar
amount-error-empty = Escriba el importe del pago.
amount-error-not-a-number = Escriba un importe como { $example }, sin símbolo de moneda.
amount-error-not-positive = El importe debe ser mayor que cero.
amount-error-too-many-decimals = { $digits ->
    [0] Los importes en { $currency } no tienen decimales.
    [one] Los importes en { $currency } tienen como máximo un decimal.
   *[other] Los importes en { $currency } tienen como máximo { $digits } decimales.
}
amount-error-above-balance = El importe no puede superar el saldo pendiente de { $balance }.
amount-error-unknown-currency = Aquí no se pueden realizar pagos en esta moneda.
payment-status-processing = En proceso
payment-status-requires-action = Acción requerida
payment-status-succeeded = Completado
payment-status-declined = Rechazado
payment-status-failed = Fallido

## Elementos de facturación
item-description = Descripción
item-category = Categoría
item-device = Dispositivo
item-recurring-fee = Cuota recurrente
item-created = Fecha de creación
item-status = Estado
item-next-bill = Próxima fecha de facturación
item-actions = Acciones
item-no-device = Sin asociar
item-select = Seleccionar { $item }
item-associate = Asociar
item-associate-named = Asociar { $item }
item-dissociate = Desasociar
item-dissociate-named = Desasociar { $item }
item-cancel = Cancelar elemento
item-cancel-named = Cancelar elemento { $item }
item-not-changed = No se modificó: { $reason }
items-intro = Los elementos de facturación pueden asociarse a dispositivos o desasociarse de ellos. De forma predeterminada se muestran los elementos de facturación asociados; elija una vista para ver los demás.
items-filters = Vista y búsqueda de elementos de facturación
items-view = Vista
items-view-associated = Elementos de facturación asociados
items-view-dissociated = Elementos de facturación desasociados
items-view-all = Todos los elementos de facturación
items-search = Descripción, categoría o dispositivo
items-count = { $count ->
    [one] { $count } elemento de facturación
   *[other] { $count } elementos de facturación
}
items-empty = No hay elementos de facturación en esta vista.
items-empty-search = Ningún elemento de facturación coincide con su búsqueda.
items-select-page = Seleccionar todos los elementos de facturación de esta página
items-bulk = Acciones en lote
items-selected = { $count ->
    [0] Ningún elemento de facturación seleccionado
    [one] { $count } elemento de facturación seleccionado
   *[other] { $count } elementos de facturación seleccionados
}
items-clear-selection = Borrar la selección
items-associate-title = Asociar a un dispositivo
items-device-search = Buscar dispositivos
items-device-matches = { $count ->
    [0] No se encontró ningún dispositivo.
    [one] { $count } dispositivo encontrado.
   *[other] { $count } dispositivos encontrados.
}
items-device-required = Elija un dispositivo.
items-cancel-title = { $count ->
    [one] Cancelar elemento de facturación
   *[other] Cancelar { $count } elementos de facturación
}
items-cancel-when = ¿Cuándo debe terminar la facturación?
items-cancel-end-of-period = Al final del período de facturación
items-cancel-end-of-period-date = Al final del período de facturación ({ $date })
items-cancel-immediately = Inmediatamente
items-cancel-later-effect = { $count ->
    [one] El elemento sigue activo hasta el final de su período de facturación y después deja de facturarse.
   *[other] Cada elemento sigue activo hasta el final de su período de facturación y después deja de facturarse.
} A partir de entonces, sus cargos recurrentes se reducirán en { $amount }.
items-cancel-now-effect = La facturación termina hoy. Sus cargos recurrentes se reducen en { $amount }.
items-cancel-final = Un elemento de facturación cancelado no se puede restaurar.
items-cancel-keep = { $count ->
    [one] Conservar el elemento de facturación
   *[other] Conservar los elementos de facturación
}
items-done-associate = { $count ->
    [one] { $count } elemento de facturación asociado a { $device }.
   *[other] { $count } elementos de facturación asociados a { $device }.
}
items-done-dissociate = { $count ->
    [one] { $count } elemento de facturación desasociado.
   *[other] { $count } elementos de facturación desasociados.
}
items-done-cancel-now = { $count ->
    [one] { $count } elemento de facturación cancelado.
   *[other] { $count } elementos de facturación cancelados.
}
items-done-cancel-later = { $count ->
    [one] { $count } elemento de facturación se cancelará al final de su período de facturación.
   *[other] { $count } elementos de facturación se cancelarán al final de sus períodos de facturación.
}
items-failed = { $count ->
    [one] No se pudo modificar { $count } elemento de facturación; se muestra como estaba:
   *[other] No se pudieron modificar { $count } elementos de facturación; se muestran como estaban:
}
items-retry = { $count ->
    [one] Reintentar el elemento con error
   *[other] Reintentar los { $count } elementos con error
}

## Perfil de facturación
profile-bill-to = Las facturas se emiten a nombre de
profile-bill-to-note = Los cambios se aplican a las facturas que se emitan a partir de ahora. Las facturas ya emitidas conservan los datos con los que se emitieron.
profile-billing-address = Dirección de facturación
profile-tax-id = Identificación fiscal
profile-tax-id-country = País emisor
profile-tax-id-number = Número de identificación fiscal
profile-tax-id-help = Se verifican los números de IVA de la UE y del Reino Unido, los UID suizos, los números de organización noruegos, los ABN australianos, los números de registro empresarial coreanos y los números de identificación empresarial unificados de Taiwán; los demás se guardan tal como se escriben. Deje el número vacío para eliminarlo.
profile-tax-id-example = Ejemplo de identificación fiscal de este país: { $example }
profile-edit = Editar
profile-save = Guardar
profile-saving = Guardando…
profile-saved = Perfil de facturación guardado. Las facturas que se emitan a partir de ahora lo usarán.
profile-contacts = Contactos de facturación
profile-contacts-note = Quién recibe los correos electrónicos de facturación. Al menos un contacto recibe las facturas.
contact-email = Dirección de correo electrónico
contact-receives = Recibe
contact-actions = Acciones
contact-topic-invoices = Facturas
contact-topic-receipts = Recibos de pago
contact-topic-method-status = Cambios de estado de los métodos de pago
contact-topic-other = Otros mensajes
contact-add = Agregar contacto
contact-edit = Editar
contact-save = Guardar contacto
contact-saving = Guardando…
contact-added = Contacto agregado.
contact-saved = Contacto guardado.
contact-remove = Eliminar
contact-removing = Eliminando…
contact-remove-title = ¿Eliminar este contacto?
contact-remove-body = Esta dirección dejará de recibir los correos electrónicos de facturación.
contact-removed = Contacto eliminado.

## Estado del método de pago
card-make-monthly = Establecer esta tarjeta como método de pago mensual

## Recibo de un pago
payment-view-receipt = Ver recibo
receipt-title = Recibo { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = Descargar PDF
receipt-print = Imprimir
receipt-settled = Facturas pagadas
receipt-invoice = Factura
receipt-applied = Importe aplicado
receipt-settled-none = Este pago no está desglosado por factura.
receipt-bill-to = A nombre de
receipt-none = Solo los pagos completados tienen recibo; el estado de este pago es «{ $status }».

## Descarga de facturas
export-back = ‹ { invoices-table-title }
export-title = Descargar facturas
export-intro = Elija las facturas con los filtros. El CSV las enumera, una por fila; el ZIP contiene el PDF de cada factura junto con el CSV.
export-matching = { $count ->
    [0] Ninguna factura coincide con estos filtros.
    [one] Una factura coincide con estos filtros.
   *[other] { $count } facturas coinciden con estos filtros.
}
export-csv = Descargar CSV
export-zip = Descargar PDF y CSV (ZIP)
export-demo-no-pdf = La demo no dispone de un servidor de facturación que genere los PDF, por lo que no es posible descargarlos. El CSV funciona igual que con su cuenta, y la página de cada factura se puede imprimir.
export-starting = Iniciando la descarga…
export-listing = Recopilando facturas: { $done } de { $total }
export-listing-payments = Recopilando pagos: { $done } de { $total }
export-pdfs = Agregando los PDF: { $done } de { $total }
export-cancel = Cancelar
export-cancelled = Descarga cancelada. No se guardó nada.
export-saved = Archivo { $file } guardado.
export-too-large = La selección no cabe en un solo archivo ZIP. Elija menos facturas (por ejemplo, un intervalo de fechas más corto) y descárguelas en varias partes.
payments-download-csv = Descargar CSV
