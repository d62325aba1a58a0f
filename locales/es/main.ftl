# billing-portal — español. Los términos siguen la guía del portal de clientes (seeds).

## Estructura general
nav-account = Cuenta
nav-billing = Facturación
nav-invoices = Facturas
nav-payment-methods = Métodos de pago
nav-billing-items = Elementos de facturación
nav-make-payment = Realizar un pago
nav-payments = Historial de pagos
nav-billing-profile = Perfil de facturación
nav-label = Menú de facturación
breadcrumb-label = Está aquí
skip-to-content = Ir al contenido
language-label = Idioma
demo-badge = Demo
demo-badge-help = Modo demo: datos de ejemplo guardados en este navegador. No se cobra nada.
demo-reset = Restablecer la demo
demo-reset-title = ¿Restablecer la demo?
demo-reset-body = Se descartarán los pagos, las tarjetas y los cambios en elementos de facturación realizados en este navegador, y la cuenta de ejemplo volverá a su estado inicial.
demo-reset-confirm = Restablecer
demo-reset-done = Se ha restablecido la demo.
language-unavailable = No se pudo cargar el idioma { $language }. La página se muestra en inglés.
loading-text = Cargando…
action-retry = Reintentar
action-reload = Recargar
action-cancel = Cancelar
status-unknown = Desconocido
viewer-notice = Puede consultar la información de facturación. Solo un administrador de facturación puede realizar pagos y cambiar los métodos de pago o los elementos de facturación.

## Errores
error-title = Se produjo un error
error-offline = No se pudo conectar con el servicio de facturación. Compruebe su conexión y vuelva a intentarlo.
error-view-load = No se pudo cargar esta página. Compruebe su conexión y vuelva a intentarlo, o recargue la página.
error-timeout = El servicio de facturación tardó demasiado en responder. Vuelva a intentarlo.
error-session-expired = Su sesión ha caducado. Vuelva a iniciar sesión para continuar.
error-forbidden = Solo un administrador de facturación puede realizar esta acción.
error-not-found = No se encontró lo que buscaba.
error-validation = Hay datos que corregir. Revise los campos resaltados.
error-card-declined = Su tarjeta ha sido rechazada. Use otra tarjeta o póngase en contacto con su banco.
error-card-expired = Esta tarjeta ha caducado. Use otra tarjeta.
error-idempotency-mismatch = Esta solicitud ya se envió con otros datos. Vuelva a empezar.
error-last-payment-method = Es su único método de pago válido y hay un saldo pendiente, por lo que no se puede eliminar.
error-last-invoice-contact = Al menos un contacto debe recibir las facturas. Primero haga que otro contacto las reciba.
error-amount-exceeds-balance = El importe supera el saldo pendiente.
error-balance-changed = Este pago no se realizó porque, mientras tanto, lo que se iba a pagar ya se había pagado o reducido. No se cobró nada.
error-item-already-cancelled = Este elemento de facturación ya está cancelado.
error-conflict = Otra persona modificó esto al mismo tiempo. Recargue la página y vuelva a intentarlo.
error-rate-limited = Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.
error-method-not-allowed = El servicio de facturación no acepta esta solicitud. Recargue la página y vuelva a intentarlo.
error-server = El servicio de facturación tuvo un problema. No se modificó nada. Vuelva a intentarlo más tarde.
error-malformed = El servicio de facturación envió una respuesta que no se pudo leer. Vuelva a intentarlo más tarde.
crash-title = Se produjo un error
crash-body = La página de facturación se detuvo debido a un error. Recargue la página para continuar; este error no generó ningún cargo.
config-error-title = La página de facturación no está configurada correctamente
config-error-body = La consola que muestra esta página envió un parámetro que no se puede usar. Póngase en contacto con su administrador.
not-found-title = Página no encontrada
not-found-body = No hay ninguna página de facturación en esta dirección.
not-found-back = Ir a las facturas

## Resumen de facturación
summary-title = Resumen de facturación
summary-current-balance = Saldo actual ({ $currency })
summary-next-balance = Próximo saldo estimado ({ $currency })
summary-payment-method = Método de pago
summary-no-method = No hay ningún método de pago registrado
summary-last-invoice = Última factura recurrente
summary-next-invoice = Próxima factura recurrente
summary-pay-balance = Pagar saldo
summary-pay-balance-currency = Pagar saldo ({ $currency })
chart-title = Facturado en los últimos 12 meses ({ $currency })
chart-show-table = Mostrar como tabla
chart-month = Mes
chart-invoiced = Importe facturado

## Facturas
invoices-table-title = Todas las facturas
invoice-detail-back = ‹ { invoices-table-title }
invoices-count = { $count ->
    [one] { $count } factura
   *[other] { $count } facturas
}
invoice-number = Número de factura
invoice-date = Fecha
invoice-type = Tipo
invoice-status = Estado
invoice-total = Total
invoice-balance-due = Saldo pendiente
invoice-subtotal = Subtotal
invoice-tax = Impuestos
invoice-detail-title = Factura { $number }
invoice-bill-to = A nombre de
invoice-lines-title = Elementos de facturación
invoice-lines-hint = Seleccione un elemento de facturación para ver sus detalles.
invoice-currency = Moneda
invoice-actions = Acciones
invoice-pay-now = Pagar ahora
invoice-due-date = Fecha de vencimiento
invoice-period = Período de facturación
invoice-download-pdf = Descargar PDF
pdf-preparing = Preparando el PDF…
invoice-download-csv = Descargar CSV
invoice-print = Imprimir
invoice-pay-new-monthly = Actualizar la tarjeta y pagar
invoices-empty = Todavía no tiene facturas.
invoices-empty-filtered = Ninguna factura coincide con estos filtros.
invoice-types-help = Acerca de los tipos de factura
invoice-type-new-help = La primera factura de una serie de facturas recurrentes.
invoice-type-recurring-help = Una factura de cargos recurrentes que llevan más de un mes activos en la cuenta.
invoice-type-one-time-help = Cargos únicos por gastos diversos, que pueden incluir excedentes de uso.
invoice-type-credit-help = Un crédito aplicado al saldo de la cuenta.
invoice-type-refund-help = La reversión de cargos únicos o recurrentes.
filters-label = Filtrar facturas
filter-all = Todos
filter-from = Desde
filter-to = Hasta
filter-search = Buscar
filter-clear = Borrar filtros
pager-label = Paginación
pager-range = { $first }–{ $last } de { $total }
pager-previous = Página anterior
pager-next = Página siguiente
invoice-type-new = Nueva
invoice-type-recurring = Recurrente
invoice-type-one-time = Cargo único
invoice-type-credit = Crédito
invoice-type-refund = Reembolso
invoice-status-open = Emitida
invoice-status-due = Pendiente de pago
invoice-status-past-due = Vencida
invoice-status-paid = Pagada
invoice-status-void = Anulada
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
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = UnionPay
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = Tarjeta
method-card-label = { $brand } terminada en { $last4 }
method-paypal-label = PayPal ({ $email })
method-expires = Caducidad: { $expiry }
method-place = { $city }, { $country }
method-default = Método de pago mensual
method-status-pending = Validación pendiente
method-status-active = Activo
method-status-expired = Caducado
method-status-declined = Rechazado
methods-empty = No hay ningún método de pago registrado.
method-pending-note = Las tarjetas se validan y quedan disponibles en un plazo de 24 horas. El contacto de facturación recibe un correo electrónico de confirmación.
method-make-default = Usar como método de pago mensual
method-default-set = Se ha cambiado el método de pago mensual.
method-remove = Eliminar
method-removing = Eliminando…
method-remove-title = ¿Eliminar este método de pago?
method-remove-body = Ya no se realizarán cargos en él y no podrá usarse para pagar.
method-removed = Se ha eliminado el método de pago.
method-added = Se ha agregado su tarjeta. Las tarjetas se validan y quedan disponibles en un plazo de 24 horas; el contacto de facturación recibe un correo electrónico de confirmación.
card-add = Agregar tarjeta de crédito
card-adding = Agregando la tarjeta…
card-section-address = Dirección de facturación
card-use-company = Usar la información de la empresa
card-section-payment = Información de pago
card-number = Número de tarjeta
card-expiry = Fecha de caducidad (MM/AA)
card-cvc = Código de seguridad
card-holder = Nombre del titular de la tarjeta
card-eu-supported = Soporte en la Unión Europea
card-eu-supported-help = El equipo de soporte de la Unión Europea atiende sus incidencias de mantenimiento y soporte.
field-label-optional = { $label } (opcional)
address-first-name = Nombre
address-last-name = Apellidos
address-company = Empresa
address-line1 = Dirección
address-line2 = Dirección (línea 2)
address-city = Ciudad
address-state = Estado o provincia
address-postal-code = Código postal
address-country = País
address-choose-country = Elija un país
address-phone = Teléfono
address-email = Correo electrónico
field-error-required = Complete este campo.
field-error-invalid-characters = Este valor contiene caracteres que no se admiten.
field-error-invisible-characters = Este valor contiene un carácter de formato invisible, que suele aparecer al copiar y pegar texto. Escríbalo en lugar de pegarlo.
field-error-too-long = Este valor es demasiado largo.
field-error-length = Este número de tarjeta no tiene la cantidad de dígitos correcta.
field-error-luhn = Este número de tarjeta no es válido. Compruebe que no tenga errores de escritura.
field-error-unsupported-brand = No se acepta este tipo de tarjeta.
field-error-expiry-format = Escriba la fecha de caducidad con el formato MM/AA.
field-error-expiry-past = Esta tarjeta ha caducado.
field-error-expiry-too-far = Esta fecha de caducidad es demasiado lejana.
field-error-cvc-length = Escriba el código de seguridad: 4 dígitos para American Express y 3 para las demás tarjetas.
field-error-country-unknown = Elija un país.
field-error-postal-code-format = Este código postal no tiene el formato del país indicado.
field-error-state-required = Indique el estado o la provincia.
field-error-state-unknown = Este estado o provincia no pertenece a ese país.
field-error-email-format = Escriba una dirección de correo electrónico como nombre@example.com.
field-error-phone-format = Un número de teléfono solo puede contener dígitos, espacios y los caracteres + - ( ).
field-error-not-payable = Esta factura ya no se puede pagar: es posible que, mientras tanto, se haya pagado, anulado o saldado con un crédito.
field-error-not-found = Lo que se indica aquí ya no existe. Recargue la página y vuelva a intentarlo.
field-error-unusable = Este método de pago no se puede usar para esta operación. Elija otro.
field-error-duplicate = Esta dirección ya figura entre los contactos de facturación.
field-error-tax-id-format = Este valor no tiene el formato de un número de identificación fiscal de ese país.
field-error-tax-id-checksum = Este número de identificación fiscal no es válido. Compruebe que no tenga errores de escritura.
field-error-invalid = Este valor no se puede usar. Revíselo y vuelva a intentarlo.

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
item-status-active = Activo
item-status-cancellation-pending = Cancelación pendiente
item-status-cancelled = Cancelado
item-next-bill = Próxima fecha de facturación
item-actions = Acciones
item-no-device = Sin asociar
item-select = Seleccionar { $item }
item-associate = Asociar
item-dissociate = Desasociar
item-cancel = Cancelar elemento
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
profile-person = { $first } { $last }
profile-place = { $postal } { $city }
profile-place-state = { $postal } { $city }, { $state }
profile-tax-id = Identificación fiscal
profile-tax-id-country = País emisor
profile-tax-id-number = Número de identificación fiscal
profile-tax-id-help = Se verifican los números de IVA de la UE y del Reino Unido, los UID suizos, los números de organización noruegos, los ABN australianos, los números de registro empresarial coreanos y los números de identificación empresarial unificados de Taiwán; los demás se guardan tal como se escriben. Deje el número vacío para eliminarlo.
profile-tax-id-example = Ejemplo de identificación fiscal de este país: { $example }
profile-tax-id-value = Identificación fiscal ({ $country }): { $number }
profile-tax-id-none = No hay ninguna identificación fiscal registrada.
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
attention-title = Su método de pago requiere atención.
attention-expired = Su método de pago mensual, { $method }, ha caducado, por lo que la próxima factura no se podrá cobrar con él. Agregue una tarjeta o elija otro método de pago.
attention-declined = Su método de pago mensual, { $method }, ha sido rechazado, por lo que la próxima factura no se podrá cobrar con él. Agregue una tarjeta o elija otro método de pago.
attention-expiring = Su método de pago mensual, { $method }, caduca el { $date }. Agregue una tarjeta o elija otro método de pago antes de esa fecha.
attention-pending = Su método de pago mensual, { $method }, todavía se está validando, lo que puede tardar hasta 24 horas. Podrán realizarse cargos en él una vez validado.
attention-add-card = Agregar una tarjeta
attention-choose = Elegir otro método de pago
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
invoices-download = Descargar facturas
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
