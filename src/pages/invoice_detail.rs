//! One invoice: its header, its itemized billing items (a line opens to its details), and
//! the ways to take it away: PDF, CSV, print, and Pay now while something is due.

use billing_core::contract::{InvoiceDetail, InvoiceLine, InvoiceStatus};
use billing_core::export::{invoice_csv, CSV_COLUMNS};
use billing_core::lang::Lang;
use leptos::prelude::*;

use super::invoices::invoice_type_message;
use super::pdf_button::PdfButton;
use crate::api::{Api, ApiError};
use crate::components::{
    AsyncView, BillToText, Column, DateText, ErrorPanel, InvoiceStatusBadge, Link, MoneyText,
    TableHead,
};
use crate::i18n::use_i18n;
use crate::pages::paths;
use crate::state::{files, use_api_resource, use_can_manage_billing};

const LINE_COLUMNS: &[Column] = &[
    Column::text("line-description"),
    Column::text("line-category"),
    Column::amount("line-quantity"),
    Column::amount("line-unit-price"),
    Column::amount("line-amount"),
];

/// The CSV's headings, in [`invoice_csv`]'s column order.
const CSV_HEADINGS: [&str; CSV_COLUMNS] = [
    "invoice-number",
    "line-description",
    "line-category",
    "line-resource",
    "line-period-start",
    "line-period-end",
    "line-quantity",
    "line-unit-price",
    "line-amount",
    "line-tax",
    "invoice-currency",
];

#[component]
pub fn InvoiceDetailPage(id: String) -> impl IntoView {
    let detail = use_api_resource(move |api| {
        let id = id.clone();
        async move { api.invoice(id).await }
    });
    view! { <AsyncView resource=detail view=|detail| view! { <Detail detail /> } /> }
}

#[component]
fn Detail(detail: InvoiceDetail) -> impl IntoView {
    let i18n = use_i18n();
    let invoice = detail.invoice.clone();
    let type_id = invoice_type_message(invoice.kind);
    let term = |message_id: &'static str, value: AnyView| {
        view! { <div class="bp-summary__item"><dt>{i18n.msg(message_id)}</dt><dd>{value}</dd></div> }
    };
    view! {
        <p class="bp-no-print"><Link to="/invoices">{i18n.msg("invoice-detail-back")}</Link></p>
        <h1>{i18n.msg_with("invoice-detail-title", vec![("number", invoice.number.clone().into())])}</h1>
        <Downloads detail=detail.clone() />
        <dl class="bp-summary">
            {term("invoice-date", view! { <DateText date=invoice.date /> }.into_any())}
            {invoice.due_date.map(|date| term("invoice-due-date", view! { <DateText date /> }.into_any()))}
            {term("invoice-period", view! {
                <DateText date=detail.period_start />" – "<DateText date=detail.period_end />
            }.into_any())}
            {term("invoice-type", view! { {i18n.msg(type_id)} }.into_any())}
            {term("invoice-status", view! { <InvoiceStatusBadge status=invoice.status /> }.into_any())}
            {term("invoice-subtotal", view! { <MoneyText money=detail.subtotal /> }.into_any())}
            {term("invoice-tax", view! { <MoneyText money=detail.tax /> }.into_any())}
            {term("invoice-total", view! { <MoneyText money=invoice.total /> }.into_any())}
            {term("invoice-balance-due", view! { <MoneyText money=invoice.balance_due /> }.into_any())}
        </dl>
        {detail.bill_to.map(|bill_to| view! {
            <section class="bp-section" aria-labelledby="bp-invoice-bill-to">
                <h2 id="bp-invoice-bill-to">{i18n.msg("invoice-bill-to")}</h2>
                <BillToText bill_to=(*bill_to).clone() />
            </section>
        })}
        <h2>{i18n.msg("invoice-lines-title")}</h2>
        <p class="bp-muted bp-no-print">{i18n.msg("invoice-lines-hint")}</p>
        <div class="bp-table-wrap">
            <table class="bp-table bp-table--lines">
                <TableHead columns=LINE_COLUMNS />
                <tbody>
                    {detail.lines.into_iter().map(|line| view! { <LineRows line /> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// A line, and under it its further details once the customer selects it (click, or Enter
/// or Space on its button).
#[component]
fn LineRows(line: InvoiceLine) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let details_id = format!("bp-line-{}", line.id);
    let term = |message_id: &'static str, value: AnyView| {
        view! { <div><dt>{i18n.msg(message_id)}</dt><dd>{value}</dd></div> }
    };
    view! {
        <tr class="bp-line" class:bp-line--open=open on:click=move |_| open.update(|o| *o = !*o)>
            <th scope="row">
                <button type="button" class="bp-disclosure" aria-expanded=move || open.get().to_string()
                    aria-controls=details_id.clone()
                    on:click=move |ev| { ev.stop_propagation(); open.update(|o| *o = !*o) }>
                    <span class="bp-disclosure__icon" aria-hidden="true"></span>
                    {line.description.clone()}
                </button>
            </th>
            <td>{line.category.clone()}</td>
            <td class="bp-num">{line.quantity.normalize().to_string()}</td>
            <td class="bp-num"><MoneyText money=line.unit_price /></td>
            <td class="bp-num"><MoneyText money=line.amount /></td>
        </tr>
        <tr id=details_id class="bp-line-details" hidden=move || !open.get()>
            <td colspan="5">
                <dl class="bp-line-details__list">
                    {term("line-resource", view! { {line.resource.clone().unwrap_or_else(|| "—".into())} }.into_any())}
                    {term("line-period", view! {
                        <DateText date=line.period_start />" – "<DateText date=line.period_end />
                    }.into_any())}
                    {term("line-quantity", view! { {line.quantity.normalize().to_string()} }.into_any())}
                    {term("line-unit-price", view! { <MoneyText money=line.unit_price /> }.into_any())}
                    {term("line-tax", view! { <MoneyText money=line.tax /> }.into_any())}
                </dl>
            </td>
        </tr>
    }
}

#[component]
fn Downloads(detail: InvoiceDetail) -> impl IntoView {
    let i18n = use_i18n();
    let can_pay = use_can_manage_billing();
    let invoice = detail.invoice.clone();
    let payable = invoice.is_payable();
    let failed = RwSignal::new(None::<ApiError>);
    let id = invoice.id.clone();
    let pdf_name = format!("invoice-{}.pdf", invoice.number);
    let fetch_pdf = move |api: Api, lang: Lang| {
        let id = id.clone();
        async move { api.invoice_pdf(id, lang).await }
    };
    let csv_name = format!("invoice-{}.csv", invoice.number);
    let download_csv = move |_| {
        let headings = CSV_HEADINGS.map(|id| i18n.t(id));
        let csv = invoice_csv(&detail, &headings);
        files::save(&csv_name, "text/csv;charset=utf-8", csv.as_bytes());
    };
    let pay_now = paths::pay_invoice(&invoice.id);
    // Past due: the monthly card most likely failed, so the way to replace it while paying.
    let past_due = payable && invoice.status == InvoiceStatus::PastDue;
    let new_monthly = paths::pay_invoice_new_monthly(&invoice.id);
    view! {
        <div class="bp-actions bp-no-print">
            {move || (payable && can_pay.get()).then(|| view! {
                <Link to=pay_now.clone() class="bp-button">{i18n.msg("invoice-pay-now")}</Link>
            })}
            {move || (past_due && can_pay.get()).then(|| view! {
                <Link to=new_monthly.clone() class="bp-button bp-button--secondary">{i18n.msg("invoice-pay-new-monthly")}</Link>
            })}
            <PdfButton label="invoice-download-pdf" file_name=pdf_name fetch=fetch_pdf failed />
            <button type="button" class="bp-button bp-button--secondary" on:click=download_csv>
                {i18n.msg("invoice-download-csv")}
            </button>
            <button type="button" class="bp-button bp-button--secondary" on:click=|_| files::print()>
                {i18n.msg("invoice-print")}
            </button>
        </div>
        {move || failed.get().map(|error| view! { <ErrorPanel error /> })}
    }
}
