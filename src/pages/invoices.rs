use billing_core::contract::{BillingSummary, Invoice, InvoiceQuery, InvoiceType, Page};
use leptos::prelude::*;

use crate::components::{
    AsyncView, Balances, Column, DateText, InvoiceStatusBadge, Link, MethodLabel, MoneyText,
    TableHead,
};
use crate::i18n::use_i18n;
use crate::state::use_api_resource;

const INVOICE_COLUMNS: &[Column] = &[
    Column {
        message_id: "invoice-number",
        numeric: false,
    },
    Column {
        message_id: "invoice-date",
        numeric: false,
    },
    Column {
        message_id: "invoice-type",
        numeric: false,
    },
    Column {
        message_id: "invoice-status",
        numeric: false,
    },
    Column {
        message_id: "invoice-total",
        numeric: true,
    },
    Column {
        message_id: "invoice-balance-due",
        numeric: true,
    },
];

#[component]
pub fn InvoicesPage() -> impl IntoView {
    let i18n = use_i18n();
    let summary = use_api_resource(|api| async move { api.billing_summary().await });
    let invoices =
        use_api_resource(|api| async move { api.invoices(InvoiceQuery::default()).await });
    view! {
        <h1>{i18n.msg("nav-invoices")}</h1>
        <section class="bp-section" aria-labelledby="bp-summary-title">
            <h2 id="bp-summary-title">{i18n.msg("summary-title")}</h2>
            <AsyncView resource=summary view=|summary| view! { <Summary summary /> } />
        </section>
        <section class="bp-section" aria-labelledby="bp-invoices-title">
            <h2 id="bp-invoices-title">{i18n.msg("invoices-table-title")}</h2>
            <AsyncView resource=invoices view=|page| view! { <InvoiceTable page /> } />
        </section>
    }
}

#[component]
fn Summary(summary: BillingSummary) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="bp-summary">
            <Balances balances=summary.balances estimates=true />
            <div class="bp-summary__item">
                <dt>{i18n.msg("summary-payment-method")}</dt>
                <dd>{match summary.payment_method {
                    Some(method) => view! { <MethodLabel method /> }.into_any(),
                    None => view! { {i18n.msg("summary-no-method")} }.into_any(),
                }}</dd>
            </div>
            <div class="bp-summary__item">
                <dt>{i18n.msg("summary-last-invoice")}</dt>
                <dd>{summary.last_invoice_date.map(|date| view! { <DateText date /> })}</dd>
            </div>
            <div class="bp-summary__item">
                <dt>{i18n.msg("summary-next-invoice")}</dt>
                <dd>{summary.next_invoice_date.map(|date| view! { <DateText date /> })}</dd>
            </div>
        </dl>
    }
}

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

#[component]
fn InvoiceTable(page: Page<Invoice>) -> impl IntoView {
    let i18n = use_i18n();
    let total = page.total;
    view! {
        <p class="bp-muted">{i18n.msg_with("invoices-count", vec![("count", total.into())])}</p>
        <div class="bp-table-wrap">
            <table class="bp-table">
                <TableHead columns=INVOICE_COLUMNS />
                <tbody>
                    {page.items.into_iter().map(|invoice| {
                        let type_id = invoice_type_message(invoice.kind);
                        view! {
                            <tr>
                                <th scope="row"><Link to=format!("/invoices/{}", invoice.id)>{invoice.number.clone()}</Link></th>
                                <td><DateText date=invoice.date /></td>
                                <td>{i18n.msg(type_id)}</td>
                                <td><InvoiceStatusBadge status=invoice.status /></td>
                                <td class="bp-num"><MoneyText money=invoice.total /></td>
                                <td class="bp-num"><MoneyText money=invoice.balance_due /></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
