use billing_core::contract::{Invoice, InvoiceQuery, InvoiceType, Page, DEFAULT_PAGE_SIZE};
use billing_core::lang::Lang;
use leptos::prelude::*;

use crate::components::{
    date_in, invoice_status_badge_now, money_in, offset_of, Column, Link, Pager, Sorting, TableHead,
};
use crate::i18n::{use_i18n, I18n};
use crate::pages::paths;
use crate::state::{use_can_manage_billing, UrlQuery};

const INVOICE_COLUMNS: &[Column] = &[
    Column::text("invoice-number").sorted_by("number"),
    Column::text("invoice-date").sorted_by("date"),
    Column::text("invoice-type").sorted_by("type"),
    Column::text("invoice-status").sorted_by("status"),
    Column::text("invoice-currency").sorted_by("currency"),
    Column::amount("invoice-total").sorted_by("total"),
    Column::amount("invoice-balance-due").sorted_by("balance_due"),
    Column::text("invoice-actions"),
];

pub fn invoice_type_message(kind: InvoiceType) -> &'static str {
    match kind {
        InvoiceType::New => "invoice-type-new",
        InvoiceType::Recurring => "invoice-type-recurring",
        InvoiceType::OneTimeCharge => "invoice-type-one-time",
        InvoiceType::Credit => "invoice-type-credit",
        InvoiceType::Refund => "invoice-type-refund",
        InvoiceType::Unknown => "status-unknown",
    }
}

/// One page of invoices: never the whole list in the page, however long it is.
#[component]
pub fn InvoiceTable(page: Page<Invoice>, query: UrlQuery<InvoiceQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let can_pay = use_can_manage_billing();
    let current = query.query.get_untracked();
    let sorting = Sorting::of(query);
    let on_page = Callback::new(move |cursor| query.go_to(cursor));
    let filtered = current
        != InvoiceQuery {
            sort: current.sort,
            dir: current.dir,
            cursor: current.cursor.clone(),
            limit: current.limit,
            ..InvoiceQuery::default()
        };
    if page.items.is_empty() {
        let message = if filtered {
            "invoices-empty-filtered"
        } else {
            "invoices-empty"
        };
        return view! { <p class="bp-empty" role="status">{i18n.msg(message)}</p> }.into_any();
    }
    let total = page.total;
    let shown = page.items.len();
    view! {
        <p class="bp-muted" role="status">{i18n.msg_with("invoices-count", vec![("count", total.into())])}</p>
        <div class="bp-table-wrap">
            <table class="bp-table bp-table--invoices">
                <TableHead columns=INVOICE_COLUMNS sorting />
                <tbody>
                    // The rows are drawn in one pass, again when the language changes: no
                    // row or cell follows anything of its own.
                    {move || {
                        let (lang, can_pay) = (i18n.lang(), can_pay.get());
                        page.items.iter().map(|invoice| invoice_row(invoice, lang, can_pay, i18n)).collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <Pager offset=offset_of(current.cursor.as_deref()) shown total
            limit=current.limit.unwrap_or(DEFAULT_PAGE_SIZE) next_cursor=page.next_cursor on_page />
    }
    .into_any()
}

fn invoice_row(invoice: &Invoice, lang: Lang, can_pay: bool, i18n: I18n) -> impl IntoView {
    let payable = can_pay && invoice.status.is_payable() && invoice.balance_due.is_positive();
    let credit = matches!(invoice.kind, InvoiceType::Credit | InvoiceType::Refund);
    let number = invoice.number.clone();
    let hidden_number = format!(" {number}");
    let pay_now = i18n.t("invoice-pay-now");
    view! {
        <tr class:bp-row--credit=credit>
            <th scope="row"><Link to=paths::invoice(&invoice.id)>{number}</Link></th>
            <td>{date_in(invoice.date, lang)}</td>
            <td>{i18n.t(invoice_type_message(invoice.kind))}</td>
            <td>{invoice_status_badge_now(invoice.status, i18n)}</td>
            <td>{invoice.total.currency.code().to_string()}</td>
            <td class="bp-num">{money_in(&invoice.total, lang)}</td>
            <td class="bp-num">{money_in(&invoice.balance_due, lang)}</td>
            <td>
                {payable.then(|| view! {
                    <Link to=paths::pay_invoice(&invoice.id) class="bp-button bp-button--small">
                        {pay_now}
                        <span class="bp-visually-hidden">{hidden_number}</span>
                    </Link>
                })}
            </td>
        </tr>
    }
}
