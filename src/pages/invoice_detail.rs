use billing_core::contract::InvoiceDetail;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::invoices::invoice_type_message;
use crate::components::{AsyncView, Column, DateText, InvoiceStatusBadge, MoneyText, TableHead};
use crate::i18n::use_i18n;
use crate::state::use_api_resource;

const LINE_COLUMNS: &[Column] = &[
    Column {
        message_id: "line-description",
        numeric: false,
    },
    Column {
        message_id: "line-category",
        numeric: false,
    },
    Column {
        message_id: "line-quantity",
        numeric: true,
    },
    Column {
        message_id: "line-unit-price",
        numeric: true,
    },
    Column {
        message_id: "line-amount",
        numeric: true,
    },
];

#[component]
pub fn InvoiceDetailPage() -> impl IntoView {
    let params = use_params_map();
    let detail = use_api_resource(move |api| {
        let id = params.read().get("id").unwrap_or_default();
        async move { api.invoice(id).await }
    });
    view! { <AsyncView resource=detail view=|detail| view! { <Detail detail /> } /> }
}

#[component]
fn Detail(detail: InvoiceDetail) -> impl IntoView {
    let i18n = use_i18n();
    let invoice = detail.invoice;
    let number = invoice.number.clone();
    let type_id = invoice_type_message(invoice.kind);
    view! {
        <h1>{i18n.msg_with("invoice-detail-title", vec![("number", number.clone().into())])}</h1>
        <dl class="bp-summary">
            <div class="bp-summary__item"><dt>{i18n.msg("invoice-date")}</dt><dd><DateText date=invoice.date /></dd></div>
            <div class="bp-summary__item"><dt>{i18n.msg("invoice-type")}</dt><dd>{i18n.msg(type_id)}</dd></div>
            <div class="bp-summary__item"><dt>{i18n.msg("invoice-status")}</dt><dd><InvoiceStatusBadge status=invoice.status /></dd></div>
            <div class="bp-summary__item"><dt>{i18n.msg("invoice-subtotal")}</dt><dd><MoneyText money=detail.subtotal /></dd></div>
            <div class="bp-summary__item"><dt>{i18n.msg("invoice-tax")}</dt><dd><MoneyText money=detail.tax /></dd></div>
            <div class="bp-summary__item"><dt>{i18n.msg("invoice-total")}</dt><dd><MoneyText money=invoice.total /></dd></div>
            <div class="bp-summary__item"><dt>{i18n.msg("invoice-balance-due")}</dt><dd><MoneyText money=invoice.balance_due /></dd></div>
        </dl>
        <h2>{i18n.msg("invoice-lines-title")}</h2>
        <div class="bp-table-wrap">
            <table class="bp-table">
                <TableHead columns=LINE_COLUMNS />
                <tbody>
                    {detail.lines.into_iter().map(|line| view! {
                        <tr>
                            <th scope="row">{line.description}</th>
                            <td>{line.category}</td>
                            <td class="bp-num">{line.quantity.to_string()}</td>
                            <td class="bp-num"><MoneyText money=line.unit_price /></td>
                            <td class="bp-num"><MoneyText money=line.amount /></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
