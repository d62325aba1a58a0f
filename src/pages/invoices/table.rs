use billing_core::contract::{Invoice, InvoiceQuery, InvoiceType, Page, DEFAULT_PAGE_SIZE};
use leptos::prelude::*;

use crate::components::{
    offset_of, Column, DateText, InvoiceStatusBadge, Link, MoneyText, Pager, Sorting, TableHead,
};
use crate::i18n::use_i18n;
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
                    {page.items.into_iter().map(|invoice| view! { <InvoiceRow invoice can_pay /> }).collect_view()}
                </tbody>
            </table>
        </div>
        <Pager offset=offset_of(current.cursor.as_deref()) shown total
            limit=current.limit.unwrap_or(DEFAULT_PAGE_SIZE) next_cursor=page.next_cursor on_page />
    }
    .into_any()
}

#[component]
fn InvoiceRow(invoice: Invoice, can_pay: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let payable = invoice.status.is_payable() && invoice.balance_due.is_positive();
    let credit = matches!(invoice.kind, InvoiceType::Credit | InvoiceType::Refund);
    let pay_now = paths::pay_invoice(&invoice.id);
    let number = format!(" {}", invoice.number);
    view! {
        <tr class:bp-row--credit=credit>
            <th scope="row"><Link to=paths::invoice(&invoice.id)>{invoice.number.clone()}</Link></th>
            <td><DateText date=invoice.date /></td>
            <td>{i18n.msg(invoice_type_message(invoice.kind))}</td>
            <td><InvoiceStatusBadge status=invoice.status /></td>
            <td>{invoice.total.currency.code().to_string()}</td>
            <td class="bp-num"><MoneyText money=invoice.total /></td>
            <td class="bp-num"><MoneyText money=invoice.balance_due /></td>
            <td>
                {move || (payable && can_pay.get()).then(|| {
                    let number = number.clone();
                    view! {
                        <Link to=pay_now.clone() class="bp-button bp-button--small">
                            {i18n.msg("invoice-pay-now")}
                            <span class="bp-visually-hidden">{number}</span>
                        </Link>
                    }
                })}
            </td>
        </tr>
    }
}
