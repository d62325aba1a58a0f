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
invoice-detail-back = ‹ { invoices-table-title }
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
invoice-subtotal = Subtotal
invoice-tax = Impostos
invoice-detail-title = Fatura { $number }
invoice-bill-to = Em nome de
invoice-lines-title = Itens de cobrança
invoice-lines-hint = Selecione um item de cobrança para ver os detalhes.
invoice-currency = Moeda
invoice-actions = Ações
invoice-pay-now = Pagar agora
invoice-due-date = Data de vencimento
invoice-period = Período de cobrança
invoice-download-pdf = Baixar PDF
pdf-preparing = Preparando o PDF…
invoice-download-csv = Baixar CSV
invoice-print = Imprimir
invoice-pay-new-monthly = Atualizar o cartão e pagar
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
line-description = Descrição
line-category = Categoria
line-quantity = Quantidade
line-unit-price = Preço unitário
line-amount = Valor
line-resource = Recurso
line-period = Período
line-period-start = Início do período
line-period-end = Fim do período
line-tax = Impostos

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
method-expires = Validade: { $expiry }
method-place = { $city }, { $country }
method-default = Forma de pagamento mensal
method-status-pending = Validação pendente
method-status-active = Ativa
method-status-expired = Expirada
method-status-declined = Recusada
methods-empty = Nenhuma forma de pagamento cadastrada.
method-pending-note = Os cartões são validados e ficam disponíveis em até 24 horas. O contato de cobrança recebe um e-mail de confirmação.
method-make-default = Usar como forma de pagamento mensal
method-default-set = A forma de pagamento mensal foi alterada.
method-remove = Remover
method-removing = Removendo…
method-remove-title = Remover esta forma de pagamento?
method-remove-body = Nada mais será cobrado nela, e ela não poderá mais ser usada para pagamentos.
method-removed = A forma de pagamento foi removida.
method-added = Seu cartão foi adicionado. Os cartões são validados e ficam disponíveis em até 24 horas; o contato de cobrança recebe um e-mail de confirmação.
card-add = Adicionar cartão de crédito
card-adding = Adicionando o cartão…
card-section-address = Endereço de cobrança
card-use-company = Usar as informações da empresa
card-section-payment = Informações de pagamento
card-number = Número do cartão
card-expiry = Data de validade (MM/AA)
card-cvc = Código de segurança
card-holder = Nome impresso no cartão
card-eu-supported = Suporte na União Europeia
card-eu-supported-help = A equipe de suporte na União Europeia cuida das suas questões de manutenção e suporte.
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

## Pagamentos
payment-reference = Referência
payment-date = Data
payment-method = Forma de pagamento
payment-status = Status
payment-amount = Valor do pagamento
payment-for-invoice = Você está pagando a fatura { $number }.
payment-choose-balance = Qual saldo você quer pagar?
payment-balance-due = Saldo a pagar: { $balance }
payment-remaining = Restante a pagar após este pagamento: { $remaining }
payment-nothing-due = Não há nada a pagar: você não tem saldo em aberto.
payment-viewer = Apenas um administrador de cobrança pode fazer pagamentos. Você ainda pode consultar saldos e faturas.
payment-new-card = Um cartão de crédito novo, de uso único, que não é salvo
payment-new-card-help = Este cartão é usado apenas neste pagamento. Ele não é salvo e não altera sua forma de pagamento mensal.
payment-new-monthly-card = Um cartão de crédito novo, que passa a ser sua forma de pagamento mensal
payment-new-monthly-card-help = Com este cartão, você paga esta fatura agora. Quando o pagamento for concluído, ele será salvo e substituirá sua forma de pagamento mensal nas próximas faturas.
payment-monthly-becomes = Quando este pagamento for concluído, sua forma de pagamento mensal passará a ser { $method }.
payment-new-monthly-title = Forma de pagamento mensal
payment-new-monthly-saving = Salvando o cartão como forma de pagamento mensal…
payment-new-monthly-done = Sua forma de pagamento mensal agora é { $method }. Ela está sendo validada, o que pode levar até 24 horas.
payment-new-monthly-failed = Seu pagamento foi concluído, mas não foi possível salvar o cartão como forma de pagamento mensal. Tente novamente: ele será salvo só uma vez.
payment-card-address = Endereço de cobrança do cartão de crédito
payment-review = Revisar pagamento
payment-review-title = Revise seu pagamento
payment-remaining-title = Restante a pagar após o pagamento
payment-monthly-unchanged = Sua forma de pagamento mensal continua a mesma.
payment-pay-card = Pagar com cartão de crédito
payment-continue-paypal = Continuar no PayPal
payment-processing = Processando seu pagamento…
payment-checking = Verificando a situação do seu pagamento…
payment-change = Alterar
payment-resumed = Ainda não temos resposta sobre este pagamento. Pague novamente para concluí-lo: o valor não será cobrado duas vezes. Se você alterar o pagamento, primeiro verificaremos a situação dele.
payment-not-made = Seu pagamento anterior não foi feito, e nada foi cobrado. Você pode alterá-lo e pagar novamente.
payment-too-old = Um pagamento iniciado anteriormente ficou sem resposta, e já passou tempo demais para retomá-lo com segurança. Confira seu histórico de pagamentos antes de pagar novamente.
payment-succeeded-title = Pagamento recebido
payment-succeeded-body = Obrigado. Seu pagamento foi recebido e seu saldo foi atualizado.
payment-new-balance = Novo saldo
payment-invoice = Fatura
payment-paypal-title = Aprove o pagamento no PayPal
payment-paypal-body = O PayPal pede que você aprove este pagamento. Nada é cobrado até que você o aprove.
payment-authenticate-title = Confirme o pagamento com seu banco
payment-authenticate-body = O banco do seu cartão pede que você confirme este pagamento. Nada é cobrado até que você o confirme.
payment-approve = Aprovar
amount-error-empty = Insira o valor do pagamento.
amount-error-not-a-number = Insira um valor como { $example }, sem símbolo de moeda.
amount-error-not-positive = O valor deve ser maior que zero.
amount-error-too-many-decimals = { $digits ->
    [0] Valores em { $currency } não têm casas decimais.
    [one] Valores em { $currency } têm no máximo uma casa decimal.
   *[other] Valores em { $currency } têm no máximo { $digits } casas decimais.
}
amount-error-above-balance = O valor não pode ser maior que o saldo a pagar de { $balance }.
amount-error-unknown-currency = Não é possível fazer pagamentos nesta moeda aqui.
payment-status-processing = Em processamento
payment-status-requires-action = Ação necessária
payment-status-succeeded = Concluído
payment-status-declined = Recusado
payment-status-failed = Com falha

## Itens de cobrança
item-description = Descrição
item-category = Categoria
item-device = Dispositivo
item-recurring-fee = Tarifa recorrente
item-created = Criado em
item-status = Status
item-status-active = Ativo
item-status-cancellation-pending = Cancelamento pendente
item-status-cancelled = Cancelado
item-next-bill = Data da próxima cobrança
item-actions = Ações
item-no-device = Não associado
item-select = Selecionar { $item }
item-associate = Associar
item-dissociate = Desassociar
item-cancel = Cancelar item
item-not-changed = Não alterado: { $reason }
items-intro = Os itens de cobrança podem ser associados a dispositivos ou desassociados deles. Por padrão, são exibidos os itens de cobrança associados; escolha uma visualização para ver os demais.
items-filters = Visualização e pesquisa de itens de cobrança
items-view = Visualização
items-view-associated = Itens de cobrança associados
items-view-dissociated = Itens de cobrança desassociados
items-view-all = Todos os itens de cobrança
items-search = Descrição, categoria ou dispositivo
items-count = { $count ->
    [one] { $count } item de cobrança
   *[other] { $count } itens de cobrança
}
items-empty = Não há itens de cobrança nesta visualização.
items-empty-search = Nenhum item de cobrança corresponde à sua pesquisa.
items-select-page = Selecionar todos os itens de cobrança desta página
items-bulk = Ações em massa
items-selected = { $count ->
    [0] Nenhum item de cobrança selecionado
    [one] { $count } item de cobrança selecionado
   *[other] { $count } itens de cobrança selecionados
}
items-clear-selection = Limpar seleção
items-associate-title = Associar a um dispositivo
items-device-search = Pesquisar dispositivos
items-device-matches = { $count ->
    [0] Nenhum dispositivo encontrado.
    [one] { $count } dispositivo encontrado.
   *[other] { $count } dispositivos encontrados.
}
items-device-required = Escolha um dispositivo.
items-cancel-title = { $count ->
    [one] Cancelar item de cobrança
   *[other] Cancelar { $count } itens de cobrança
}
items-cancel-when = Quando a cobrança deve terminar?
items-cancel-end-of-period = No fim do período de cobrança
items-cancel-end-of-period-date = No fim do período de cobrança ({ $date })
items-cancel-immediately = Imediatamente
items-cancel-later-effect = { $count ->
    [one] O item continua ativo até o fim do período de cobrança e depois deixa de ser cobrado.
   *[other] Cada item continua ativo até o fim do respectivo período de cobrança e depois deixa de ser cobrado.
} A partir daí, seus encargos recorrentes serão reduzidos em { $amount }.
items-cancel-now-effect = A cobrança termina hoje. Seus encargos recorrentes são reduzidos em { $amount }.
items-cancel-final = Um item de cobrança cancelado não pode ser restaurado.
items-cancel-keep = { $count ->
    [one] Manter item de cobrança
   *[other] Manter itens de cobrança
}
items-done-associate = { $count ->
    [one] { $count } item de cobrança associado a { $device }.
   *[other] { $count } itens de cobrança associados a { $device }.
}
items-done-dissociate = { $count ->
    [one] { $count } item de cobrança desassociado.
   *[other] { $count } itens de cobrança desassociados.
}
items-done-cancel-now = { $count ->
    [one] { $count } item de cobrança cancelado.
   *[other] { $count } itens de cobrança cancelados.
}
items-done-cancel-later = { $count ->
    [one] { $count } item de cobrança será cancelado no fim do período de cobrança.
   *[other] { $count } itens de cobrança serão cancelados no fim dos respectivos períodos de cobrança.
}
items-failed = { $count ->
    [one] { $count } item de cobrança não pôde ser alterado e é exibido como estava:
   *[other] { $count } itens de cobrança não puderam ser alterados e são exibidos como estavam:
}
items-retry = { $count ->
    [one] Tentar novamente o item com falha
   *[other] Tentar novamente os { $count } itens com falha
}

## Perfil de cobrança
profile-bill-to = As faturas são emitidas em nome de
profile-bill-to-note = As alterações valem para as faturas emitidas a partir de agora. As faturas já emitidas mantêm os dados com que foram emitidas.
profile-billing-address = Endereço de cobrança
profile-person = { $first } { $last }
profile-place = { $city }, { $postal }
profile-place-state = { $city } – { $state }, { $postal }
profile-tax-id = Identificação fiscal
profile-tax-id-country = País emissor
profile-tax-id-number = Número de identificação fiscal
profile-tax-id-help = São verificados os números de IVA da UE e do Reino Unido, os UID suíços, os números de organização noruegueses, os ABN australianos, os números de registro empresarial coreanos e os números de identificação empresarial unificados de Taiwan; os demais são mantidos como foram digitados. Deixe o número em branco para removê-lo.
profile-tax-id-example = Exemplo de identificação fiscal deste país: { $example }
profile-tax-id-value = Identificação fiscal ({ $country }): { $number }
profile-tax-id-none = Nenhuma identificação fiscal cadastrada.
profile-edit = Editar
profile-save = Salvar
profile-saving = Salvando…
profile-saved = Perfil de cobrança salvo. As faturas emitidas a partir de agora vão usar esses dados.
profile-contacts = Contatos de cobrança
profile-contacts-note = Quem recebe os e-mails de cobrança. Pelo menos um contato recebe as faturas.
contact-email = Endereço de e-mail
contact-receives = Recebe
contact-actions = Ações
contact-topic-invoices = Faturas
contact-topic-receipts = Recibos de pagamento
contact-topic-method-status = Mudanças de status das formas de pagamento
contact-topic-other = Outras mensagens
contact-add = Adicionar contato
contact-edit = Editar
contact-save = Salvar contato
contact-saving = Salvando…
contact-added = Contato adicionado.
contact-saved = Contato salvo.
contact-remove = Remover
contact-removing = Removendo…
contact-remove-title = Remover este contato?
contact-remove-body = Este endereço não vai mais receber os e-mails de cobrança.
contact-removed = Contato removido.

## Situação da forma de pagamento
attention-title = Sua forma de pagamento precisa de atenção.
attention-expired = Sua forma de pagamento mensal, { $method }, expirou, então a próxima fatura não poderá ser cobrada nela. Adicione um cartão ou escolha outra forma de pagamento.
attention-declined = Sua forma de pagamento mensal, { $method }, foi recusada, então a próxima fatura não poderá ser cobrada nela. Adicione um cartão ou escolha outra forma de pagamento.
attention-expiring = Sua forma de pagamento mensal, { $method }, expira em { $date }. Adicione um cartão ou escolha outra forma de pagamento antes dessa data.
attention-pending = Sua forma de pagamento mensal, { $method }, ainda está sendo validada, o que pode levar até 24 horas. Os valores poderão ser cobrados nela depois que ela for validada.
attention-add-card = Adicionar um cartão
attention-choose = Escolher outra forma de pagamento
card-make-monthly = Definir este cartão como forma de pagamento mensal

## Recibo de um pagamento
payment-view-receipt = Ver recibo
receipt-title = Recibo { $reference }
receipt-back = ‹ { nav-payments }
receipt-download-pdf = Baixar PDF
receipt-print = Imprimir
receipt-settled = Faturas pagas
receipt-invoice = Fatura
receipt-applied = Valor aplicado
receipt-settled-none = Este pagamento não está discriminado por fatura.
receipt-bill-to = Em nome de
receipt-none = Apenas pagamentos concluídos têm recibo; o status deste é “{ $status }”.

## Download de faturas
invoices-download = Baixar faturas
export-back = ‹ { invoices-table-title }
export-title = Baixar faturas
export-intro = Escolha as faturas com os filtros. O CSV lista as faturas, uma por linha; o ZIP contém o PDF de cada fatura junto com o CSV.
export-matching = { $count ->
    [0] Nenhuma fatura corresponde a esses filtros.
    [one] Uma fatura corresponde a esses filtros.
   *[other] { $count } faturas correspondem a esses filtros.
}
export-csv = Baixar CSV
export-zip = Baixar PDFs e CSV (ZIP)
export-demo-no-pdf = A demonstração não tem um servidor de cobrança para gerar PDFs, então não é possível baixá-los. O CSV funciona da mesma forma que com sua conta, e a página de cada fatura pode ser impressa.
export-starting = Iniciando o download…
export-listing = Listando faturas: { $done } de { $total }
export-listing-payments = Listando pagamentos: { $done } de { $total }
export-pdfs = Adicionando PDFs: { $done } de { $total }
export-cancel = Cancelar
export-cancelled = Download cancelado. Nada foi salvo.
export-saved = Arquivo { $file } salvo.
export-too-large = Isso é mais do que cabe em um arquivo ZIP. Escolha menos faturas (por exemplo, um período mais curto) e baixe-as em partes.
payments-download-csv = Baixar CSV
