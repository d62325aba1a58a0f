use billing_core::contract::{Invoice, InvoiceQuery, InvoiceType, Page};
use billing_core::lang::Lang;
use leptos::prelude::*;

use crate::components::{
    date_in, invoice_status_badge_now, money_in, Column, Link, ListPager, Sorting, TableHead,
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

/// One page of invoices: never the whole list in the page, however long it is. Made once;
/// each answer to a new query changes it in place.
#[component]
pub fn InvoiceTable(page: Signal<Page<Invoice>>, query: UrlQuery<InvoiceQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let can_pay = use_can_manage_billing();
    let sorting = Sorting::of(query);
    let empty = Memo::new(move |_| page.with(|p| p.items.is_empty()));
    let count = move || {
        i18n.t_with(
            "invoices-count",
            &[("count", page.with(|p| p.total).into())],
        )
    };
    let nothing = move || {
        let current = query.query.get_untracked();
        let filtered = current
            != InvoiceQuery {
                sort: current.sort,
                dir: current.dir,
                cursor: current.cursor.clone(),
                limit: current.limit,
                ..InvoiceQuery::default()
            };
        let message = if filtered {
            "invoices-empty-filtered"
        } else {
            "invoices-empty"
        };
        view! { <p class="bp-empty" role="status">{i18n.msg(message)}</p> }
    };
    view! {
        <Show when=move || !empty.get() fallback=nothing>
            <p class="bp-muted" role="status">{count}</p>
            <div class="bp-table-wrap">
                <table class="bp-table bp-table--invoices">
                    <TableHead columns=INVOICE_COLUMNS sorting />
                    <tbody>
                        // Keyed by the invoice as shown: a filter or a sort moves the rows it
                        // keeps. A row follows the language as a whole, not cell by cell.
                        <For each=move || page.with(|p| p.items.clone()) key=Invoice::clone let:invoice>
                            {move || invoice_row(&invoice, i18n.lang(), can_pay.get(), i18n)}
                        </For>
                    </tbody>
                </table>
            </div>
            <ListPager page query />
        </Show>
    }
}

fn invoice_row(invoice: &Invoice, lang: Lang, can_pay: bool, i18n: I18n) -> impl IntoView {
    let credit = matches!(invoice.kind, InvoiceType::Credit | InvoiceType::Refund);
    let number = invoice.number.clone();
    // Only where it is offered. Many rows offer it: its name says which invoice it pays.
    let pay_now = (can_pay && invoice.is_payable()).then(|| {
        let label = i18n.t_with(
            "invoice-pay-now-named",
            &[("number", number.clone().into())],
        );
        view! {
            <Link to=paths::pay_invoice(&invoice.id) class="bp-button bp-button--small" label>
                {i18n.t("invoice-pay-now")}
            </Link>
        }
    });
    view! {
        <tr class=credit.then_some("bp-row--credit")>
            <th scope="row"><Link to=paths::invoice(&invoice.id)>{number}</Link></th>
            <td>{date_in(invoice.date, lang)}</td>
            <td>{i18n.t(invoice_type_message(invoice.kind))}</td>
            <td>{invoice_status_badge_now(invoice.status, i18n)}</td>
            <td>{invoice.total.currency.code().to_string()}</td>
            <td class="bp-num">{money_in(&invoice.total, lang)}</td>
            <td class="bp-num">{money_in(&invoice.balance_due, lang)}</td>
            <td>{pay_now}</td>
        </tr>
    }
}
