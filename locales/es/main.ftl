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
language-unavailable-kept = No se pudo cargar el idioma { $language }.
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
invoice-currency = Moneda
invoice-actions = Acciones
invoice-pay-now = Pagar ahora
# The link's name for screen readers: its words and the invoice it pays.
invoice-pay-now-named = Pagar ahora la factura { $number }
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
method-status-pending = Validación pendiente
method-status-active = Activo
method-status-expired = Caducado
method-status-declined = Rechazado
card-section-address = Dirección de facturación
card-use-company = Usar la información de la empresa
card-section-payment = Información de pago
card-number = Número de tarjeta
card-expiry = Fecha de caducidad (MM/AA)
card-cvc = Código de seguridad
card-holder = Nombre del titular de la tarjeta
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

## Elementos de facturación
item-status-active = Activo
item-status-cancellation-pending = Cancelación pendiente
item-status-cancelled = Cancelado

## Perfil de facturación
profile-person = { $first } { $last }
profile-place = { $postal } { $city }
profile-place-state = { $postal } { $city }, { $state }
profile-tax-id-value = Identificación fiscal ({ $country }): { $number }
profile-tax-id-none = No hay ninguna identificación fiscal registrada.

## Estado del método de pago
attention-title = Su método de pago requiere atención.
attention-expired = Su método de pago mensual, { $method }, ha caducado, por lo que la próxima factura no se podrá cobrar con él. Agregue una tarjeta o elija otro método de pago.
attention-declined = Su método de pago mensual, { $method }, ha sido rechazado, por lo que la próxima factura no se podrá cobrar con él. Agregue una tarjeta o elija otro método de pago.
attention-expiring = Su método de pago mensual, { $method }, caduca el { $date }. Agregue una tarjeta o elija otro método de pago antes de esa fecha.
attention-pending = Su método de pago mensual, { $method }, todavía se está validando, lo que puede tardar hasta 24 horas. Podrán realizarse cargos en él una vez validado.
attention-add-card = Agregar una tarjeta
attention-choose = Elegir otro método de pago

## Descarga de facturas
invoices-download = Descargar facturas
