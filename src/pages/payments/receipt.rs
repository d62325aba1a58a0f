//! One payment's receipt: what was paid, how, when and under which reference, the invoices it
//! settled, and whom it is made out to; as a PDF the backend renders, or printed.

use billing_core::contract::{Payment, PaymentStatus, Settlement};
use billing_core::lang::Lang;
use leptos::prelude::*;

use super::status_message;
use crate::api::{Api, ApiError};
use crate::components::{AsyncView, BillToText, Column, ErrorPanel, Link, MoneyText, TableHead};
use crate::i18n::use_i18n;
use crate::pages::paths;
use crate::pages::payment_facts::PaymentFacts;
use crate::pages::pdf_button::PdfButton;
use crate::state::{files, use_api_resource};

const SETTLED_COLUMNS: &[Column] = &[
    Column::text("receipt-invoice"),
    Column::amount("receipt-applied"),
];

#[component]
pub fn ReceiptPage(id: String) -> impl IntoView {
    let payment = use_api_resource(move |api| {
        let id = id.clone();
        async move { api.payment(id).await }
    });
    view! { <AsyncView resource=payment view=|payment| view! { <Receipt payment /> } /> }
}

#[component]
fn Receipt(payment: Payment) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.msg_with(
        "receipt-title",
        vec![("reference", payment.reference.clone().into())],
    );
    let back = view! {
        <p class="bp-no-print"><Link to="/payments">{i18n.msg("receipt-back")}</Link></p>
    };
    if payment.status != PaymentStatus::Succeeded {
        return view! {
            {back}
            <h1>{title}</h1>
            <p class="bp-panel" role="status">
                {move || i18n.t_with(
                    "receipt-none",
                    &[("status", i18n.t(status_message(payment.status)).into())],
                )}
            </p>
        }
        .into_any();
    }
    view! {
        {back}
        <h1>{title}</h1>
        <Downloads payment=payment.clone() />
        <dl class="bp-summary">
            <PaymentFacts payment=payment.clone() />
        </dl>
        <section class="bp-section" aria-labelledby="bp-receipt-settled">
            <h2 id="bp-receipt-settled">{i18n.msg("receipt-settled")}</h2>
            <Settled parts=payment.settled />
        </section>
        {payment.bill_to.map(|bill_to| view! {
            <section class="bp-section" aria-labelledby="bp-receipt-bill-to">
                <h2 id="bp-receipt-bill-to">{i18n.msg("receipt-bill-to")}</h2>
                <BillToText bill_to=(*bill_to).clone() />
            </section>
        })}
    }
    .into_any()
}

/// The invoices the payment went to, with each one's part.
#[component]
fn Settled(parts: Vec<Settlement>) -> impl IntoView {
    let i18n = use_i18n();
    if parts.is_empty() {
        return view! { <p class="bp-muted">{i18n.msg("receipt-settled-none")}</p> }.into_any();
    }
    view! {
        <div class="bp-table-wrap">
            <table class="bp-table">
                <TableHead columns=SETTLED_COLUMNS />
                <tbody>
                    {parts.into_iter().map(|part| view! {
                        <tr>
                            <th scope="row"><Link to=paths::invoice(&part.invoice_id)>{part.number}</Link></th>
                            <td class="bp-num"><MoneyText money=part.amount /></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
fn Downloads(payment: Payment) -> impl IntoView {
    let i18n = use_i18n();
    let failed = RwSignal::new(None::<ApiError>);
    let id = payment.id.clone();
    let fetch = move |api: Api, lang: Lang| {
        let id = id.clone();
        async move { api.receipt_pdf(id, lang).await }
    };
    let file_name = format!("receipt-{}.pdf", payment.reference);
    view! {
        <div class="bp-actions bp-no-print">
            <PdfButton label="receipt-download-pdf" file_name fetch failed />
            <button type="button" class="bp-button bp-button--secondary" on:click=|_| files::print()>
                {i18n.msg("receipt-print")}
            </button>
        </div>
        {move || failed.get().map(|error| view! { <ErrorPanel error /> })}
    }
}
