# billing-portal — português do Brasil. Os termos seguem o guia do portal do cliente (seeds).
# The views' own messages, fetched with the first of them; main.ftl holds the first load's.

## Faturas
invoice-detail-back = ‹ { invoices-table-title }
invoice-subtotal = Subtotal
invoice-tax = Impostos
invoice-detail-title = Fatura { $number }
invoice-bill-to = Em nome de
invoice-lines-title = Itens de cobrança
invoice-lines-hint = Selecione um item de cobrança para ver os detalhes.
invoice-due-date = Data de vencimento
invoice-period = Período de cobrança
invoice-download-pdf = Baixar PDF
pdf-preparing = Preparando o PDF…
invoice-download-csv = Baixar CSV
invoice-print = Imprimir
invoice-pay-new-monthly = Atualizar o cartão e pagar
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
method-expires = Validade: { $expiry }
method-place = { $city }, { $country }
method-default = Forma de pagamento mensal
methods-empty = Nenhuma forma de pagamento cadastrada.
method-pending-note = Os cartões novos são validados e ficam disponíveis em até 24 horas. O contato de cobrança recebe um e-mail de confirmação.
method-make-default = Usar como forma de pagamento mensal
method-default-set = A forma de pagamento mensal foi alterada.
method-remove = Remover
method-removing = Removendo…
method-remove-title = Remover esta forma de pagamento?
method-remove-body = Nada mais será cobrado nela, e ela não poderá mais ser usada para pagamentos.
method-removed = A forma de pagamento foi removida.
method-added = Seu cartão foi adicionado. Ele será validado e ficará disponível em até 24 horas; o contato de cobrança receberá um e-mail de confirmação.
card-add = Adicionar cartão de crédito
card-adding = Adicionando o cartão…
card-eu-supported = Suporte na União Europeia
card-eu-supported-help = A equipe de suporte na União Europeia cuida das suas questões de manutenção e suporte.

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
item-next-bill = Data da próxima cobrança
item-actions = Ações
item-no-device = Não associado
item-select = Selecionar { $item }
item-associate = Associar
item-associate-named = Associar { $item }
item-dissociate = Desassociar
item-dissociate-named = Desassociar { $item }
item-cancel = Cancelar item
item-cancel-named = Cancelar item { $item }
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
profile-tax-id = Identificação fiscal
profile-tax-id-country = País emissor
profile-tax-id-number = Número de identificação fiscal
profile-tax-id-help = São verificados os números de IVA da UE e do Reino Unido, os UID suíços, os números de organização noruegueses, os ABN australianos, os números de registro empresarial coreanos e os números de identificação empresarial unificados de Taiwan; os demais são mantidos como foram digitados. Deixe o número em branco para removê-lo.
profile-tax-id-example = Exemplo de identificação fiscal deste país: { $example }
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
