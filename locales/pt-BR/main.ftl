# billing-portal — português do Brasil. Os termos seguem o guia do portal do cliente (seeds).

## Estrutura geral
nav-account = Conta
nav-billing = Cobrança
nav-invoices = Faturas
nav-payment-methods = Formas de pagamento
nav-billing-items = Itens de cobrança
nav-make-payment = Fazer um pagamento
nav-payments = Histórico de pagamentos
nav-billing-profile = Perfil de cobrança
nav-label = Menu de cobrança
breadcrumb-label = Você está aqui
skip-to-content = Pular para o conteúdo
language-label = Idioma
demo-badge = Demonstração
demo-badge-help = Modo de demonstração: dados de exemplo guardados neste navegador. Nada é cobrado.
demo-reset = Redefinir demonstração
demo-reset-title = Redefinir a demonstração?
demo-reset-body = Os pagamentos, os cartões e as alterações de itens de cobrança feitos neste navegador serão descartados, e a conta de exemplo voltará ao estado original.
demo-reset-confirm = Redefinir
demo-reset-done = A demonstração foi redefinida.
language-unavailable = Não foi possível carregar o idioma { $language }. A página está sendo exibida em inglês.
language-unavailable-kept = Não foi possível carregar o idioma { $language }.
loading-text = Carregando…
action-retry = Tentar novamente
action-reload = Recarregar
action-cancel = Cancelar
status-unknown = Desconhecido
viewer-notice = Você pode consultar as informações de cobrança. Apenas um administrador de cobrança pode fazer pagamentos e alterar as formas de pagamento ou os itens de cobrança.

## Erros
error-title = Algo deu errado
error-offline = Não foi possível acessar o serviço de cobrança. Verifique sua conexão e tente novamente.
error-view-load = Não foi possível carregar esta página. Verifique sua conexão e tente novamente ou recarregue a página.
error-timeout = O serviço de cobrança demorou demais para responder. Tente novamente.
error-session-expired = Sua sessão expirou. Faça login novamente para continuar.
error-forbidden = Apenas um administrador de cobrança pode fazer isso.
error-not-found = Não encontramos o que você procurava.
error-validation = Alguns dados precisam ser corrigidos. Veja os campos destacados.
error-card-declined = Seu cartão foi recusado. Use outro cartão ou entre em contato com seu banco.
error-card-expired = Este cartão expirou. Use outro cartão.
error-idempotency-mismatch = Esta solicitação já foi enviada com outros dados. Comece de novo.
error-last-payment-method = Esta é sua única forma de pagamento válida e há um saldo a pagar, por isso ela não pode ser removida.
error-last-invoice-contact = Pelo menos um contato precisa receber as faturas. Primeiro, defina outro contato para recebê-las.
error-amount-exceeds-balance = O valor é maior que o saldo a pagar.
error-balance-changed = Este pagamento não foi feito porque, nesse meio-tempo, o que ele ia pagar já tinha sido pago ou reduzido. Nada foi cobrado.
error-item-already-cancelled = Este item de cobrança já está cancelado.
error-conflict = Outra pessoa alterou isto ao mesmo tempo. Recarregue a página e tente novamente.
error-rate-limited = Muitas solicitações. Aguarde um momento e tente novamente.
error-method-not-allowed = O serviço de cobrança não aceita esta solicitação. Recarregue a página e tente novamente.
error-server = O serviço de cobrança teve um problema. Nada foi alterado. Tente novamente mais tarde.
error-malformed = O serviço de cobrança enviou uma resposta que não conseguimos ler. Tente novamente mais tarde.
crash-title = Algo deu errado
crash-body = A página de cobrança parou por causa de um erro. Recarregue a página para continuar; nada foi cobrado por causa desse erro.
config-error-title = A página de cobrança não está configurada corretamente
config-error-body = O console que exibe esta página enviou uma configuração que não pode ser usada. Entre em contato com seu administrador.
not-found-title = Página não encontrada
not-found-body = Não há nenhuma página de cobrança neste endereço.
not-found-back = Ir para as faturas

## Resumo de cobrança
summary-title = Resumo de cobrança
summary-current-balance = Saldo atual ({ $currency })
summary-next-balance = Próximo saldo estimado ({ $currency })
summary-payment-method = Forma de pagamento
summary-no-method = Nenhuma forma de pagamento cadastrada
summary-last-invoice = Última fatura recorrente
summary-next-invoice = Próxima fatura recorrente
summary-pay-balance = Pagar saldo
summary-pay-balance-currency = Pagar saldo ({ $currency })
chart-title = Faturado nos últimos 12 meses ({ $currency })
chart-show-table = Mostrar como tabela
chart-month = Mês
chart-invoiced = Valor faturado

## Faturas
invoices-table-title = Todas as faturas
invoices-count = { $count ->
    [one] { $count } fatura
   *[other] { $count } faturas
}
invoice-number = Número da fatura
invoice-date = Data
invoice-type = Tipo
invoice-status = Status
invoice-total = Total
invoice-balance-due = Saldo a pagar
invoice-currency = Moeda
invoice-actions = Ações
invoice-pay-now = Pagar agora
# The link's name for screen readers: its words and the invoice it pays.
invoice-pay-now-named = Pagar agora a fatura { $number }
invoices-empty = Você ainda não tem faturas.
invoices-empty-filtered = Nenhuma fatura corresponde a esses filtros.
invoice-types-help = Sobre os tipos de fatura
invoice-type-new-help = A primeira fatura de uma série de faturas recorrentes.
invoice-type-recurring-help = Uma fatura de encargos recorrentes que estão ativos na conta há mais de um mês.
invoice-type-one-time-help = Encargos únicos referentes a despesas diversas, que podem incluir excedentes de uso.
invoice-type-credit-help = Um crédito aplicado ao saldo da conta.
invoice-type-refund-help = O estorno de encargos únicos ou recorrentes.
filters-label = Filtrar faturas
filter-all = Todos
filter-from = De
filter-to = Até
filter-search = Pesquisar
filter-clear = Limpar filtros
pager-label = Paginação
pager-range = { $first }–{ $last } de { $total }
pager-previous = Página anterior
pager-next = Próxima página
invoice-type-new = Nova
invoice-type-recurring = Recorrente
invoice-type-one-time = Encargo único
invoice-type-credit = Crédito
invoice-type-refund = Reembolso
invoice-status-open = Emitida
invoice-status-due = A pagar
invoice-status-past-due = Vencida
invoice-status-paid = Paga
invoice-status-void = Anulada

## Formas de pagamento
card-brand-visa = Visa
card-brand-mastercard = Mastercard
card-brand-amex = American Express
card-brand-discover = Discover
card-brand-jcb = JCB
card-brand-unionpay = UnionPay
card-brand-diners = Diners Club
card-brand-maestro = Maestro
card-brand-unknown = Cartão
method-card-label = { $brand } com final { $last4 }
method-paypal-label = PayPal ({ $email })
method-status-pending = Validação pendente
method-status-active = Ativa
method-status-expired = Expirada
method-status-declined = Recusada
card-section-address = Endereço de cobrança
card-use-company = Usar as informações da empresa
card-section-payment = Informações de pagamento
card-number = Número do cartão
card-expiry = Data de validade (MM/AA)
card-cvc = Código de segurança
card-holder = Nome impresso no cartão
field-label-optional = { $label } (opcional)
address-first-name = Nome
address-last-name = Sobrenome
address-company = Empresa
address-line1 = Endereço
address-line2 = Complemento
address-city = Cidade
address-state = Estado ou província
address-postal-code = Código postal
address-country = País
address-choose-country = Escolha um país
address-phone = Telefone
address-email = E-mail
field-error-required = Preencha este campo.
field-error-invalid-characters = Este campo contém caracteres que não podem ser usados.
field-error-invisible-characters = Este campo contém um caractere de formatação invisível, que costuma vir junto quando se copia um texto. Digite o conteúdo em vez de colá-lo.
field-error-too-long = O conteúdo deste campo é longo demais.
field-error-length = Este número de cartão não tem a quantidade certa de dígitos.
field-error-luhn = Este número de cartão não é válido. Verifique se há algum erro de digitação.
field-error-unsupported-brand = Este tipo de cartão não é aceito.
field-error-expiry-format = Insira a data de validade no formato MM/AA.
field-error-expiry-past = Este cartão expirou.
field-error-expiry-too-far = Esta data de validade está longe demais no futuro.
field-error-cvc-length = Insira o código de segurança: 4 dígitos para American Express e 3 para os demais cartões.
field-error-country-unknown = Escolha um país.
field-error-postal-code-format = Este código postal não está no formato do país informado.
field-error-state-required = Insira o estado ou a província.
field-error-state-unknown = Este estado ou província não pertence a esse país.
field-error-email-format = Insira um endereço de e-mail como nome@example.com.
field-error-phone-format = Um número de telefone só pode conter dígitos, espaços e os caracteres + - ( ).
field-error-not-payable = Esta fatura não pode mais ser paga: talvez ela tenha sido paga, anulada ou quitada com um crédito nesse meio-tempo.
field-error-not-found = O que este campo indica não existe mais. Recarregue a página e tente novamente.
field-error-unusable = Esta forma de pagamento não pode ser usada para esta operação. Escolha outra.
field-error-duplicate = Este endereço já é um contato de cobrança.
field-error-tax-id-format = Este número não está no formato de identificação fiscal desse país.
field-error-tax-id-checksum = Este número de identificação fiscal não é válido. Verifique se há algum erro de digitação.
field-error-invalid = Este conteúdo não pode ser usado. Verifique-o e tente novamente.

## Itens de cobrança
item-status-active = Ativo
item-status-cancellation-pending = Cancelamento pendente
item-status-cancelled = Cancelado

## Perfil de cobrança
profile-person = { $first } { $last }
profile-place = { $city }, { $postal }
profile-place-state = { $city } – { $state }, { $postal }
profile-tax-id-value = Identificação fiscal ({ $country }): { $number }
profile-tax-id-none = Nenhuma identificação fiscal cadastrada.

## Situação da forma de pagamento
attention-title = Sua forma de pagamento precisa de atenção.
attention-expired = Sua forma de pagamento mensal, { $method }, expirou, então a próxima fatura não poderá ser cobrada nela. Adicione um cartão ou escolha outra forma de pagamento.
attention-declined = Sua forma de pagamento mensal, { $method }, foi recusada, então a próxima fatura não poderá ser cobrada nela. Adicione um cartão ou escolha outra forma de pagamento.
attention-expiring = Sua forma de pagamento mensal, { $method }, expira em { $date }. Adicione um cartão ou escolha outra forma de pagamento antes dessa data.
attention-pending = Sua forma de pagamento mensal, { $method }, ainda está sendo validada, o que pode levar até 24 horas. Os valores poderão ser cobrados nela depois que ela for validada.
attention-add-card = Adicionar um cartão
attention-choose = Escolher outra forma de pagamento

## Download de faturas
invoices-download = Baixar faturas
