//! Payment history, and each succeeded payment's receipt.

mod receipt;

pub use receipt::{ReceiptPage, ReceiptPageProps};

use billing_core::contract::{Page, Payment, PaymentQuery, PaymentStatus};
use leptos::prelude::*;

use billing_core::export::{payment_list_csv, PAYMENT_LIST_COLUMNS};

use crate::api::Api;
use crate::clock;
use crate::components::{method_text, AsyncView, Column, Link, MethodLabel, MoneyText, TableHead};
use crate::i18n::intl;
use crate::i18n::use_i18n;
use crate::pages::export::{every_page, use_export, ExportStatus, Made};
use crate::pages::paths;
use crate::state::use_api_resource;

fn status_message(status: PaymentStatus) -> &'static str {
    match status {
        PaymentStatus::Processing => "payment-status-processing",
        PaymentStatus::RequiresAction => "payment-status-requires-action",
        PaymentStatus::Succeeded => "payment-status-succeeded",
        PaymentStatus::Declined => "payment-status-declined",
        PaymentStatus::Failed => "payment-status-failed",
        PaymentStatus::Unknown => "status-unknown",
    }
}

const PAYMENT_COLUMNS: &[Column] = &[
    Column::text("payment-reference"),
    Column::text("payment-date"),
    Column::text("payment-method"),
    Column::text("payment-invoice"),
    Column::text("payment-status"),
    Column::amount("payment-amount"),
];

/// The CSV's headings, in [`payment_list_csv`]'s column order.
const CSV_HEADINGS: [&str; PAYMENT_LIST_COLUMNS] = [
    "payment-reference",
    "payment-date",
    "payment-method",
    "payment-invoice",
    "payment-status",
    "payment-amount",
    "invoice-currency",
];

#[component]
pub fn PaymentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let payments =
        use_api_resource(|api| async move { api.payments(PaymentQuery::default()).await });
    // Every payment, not only the page shown.
    let export = use_export(move |api: Api, (), progress| async move {
        let payments = every_page(progress, "export-listing-payments", |cursor, limit| {
            let query = PaymentQuery {
                cursor,
                limit: Some(limit),
                ..PaymentQuery::default()
            };
            api.payments(query)
        })
        .await?;
        let csv = payment_list_csv(
            &payments,
            &CSV_HEADINGS.map(|id| i18n.t(id)),
            |method| method_text(method, i18n),
            |status| i18n.t(status_message(status)),
        );
        Ok(Made {
            name: format!("payments-{}.csv", clock::today()),
            mime: "text/csv;charset=utf-8",
            bytes: csv.into_bytes(),
        })
    });
    view! {
        <h1>{i18n.msg("nav-payments")}</h1>
        <p class="bp-actions">
            <button type="button" class="bp-button bp-button--secondary" disabled=move || export.running()
                on:click=move |_| export.start(())>{i18n.msg("payments-download-csv")}</button>
        </p>
        <ExportStatus export />
        <AsyncView resource=payments view=|page| view! { <PaymentTable page /> } />
    }
}

#[component]
fn PaymentTable(page: Page<Payment>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="bp-table-wrap">
            <table class="bp-table">
                <TableHead columns=PAYMENT_COLUMNS />
                <tbody>
                    {page.items.into_iter().map(|payment| {
                        let day = payment.created_at.date_naive();
                        let invoice = payment.invoice_id.clone().zip(payment.invoice_named().map(str::to_owned));
                        let status_id = status_message(payment.status);
                        view! {
                            // A reference, a date, a method and a status read whole: in a narrow
                            // table they keep to one line, and the table scrolls instead.
                            <tr>
                                <th scope="row" class="bp-nowrap">{match payment.status {
                                    PaymentStatus::Succeeded => view! {
                                        <Link to=paths::receipt(&payment.id)>{payment.reference}</Link>
                                    }.into_any(),
                                    _ => payment.reference.into_any(),
                                }}</th>
                                <td class="bp-nowrap">{move || intl::date(day, i18n.lang())}</td>
                                <td class="bp-nowrap"><MethodLabel method=payment.method /></td>
                                <td>{invoice.map(|(id, named)| view! {
                                    <Link to=paths::invoice(&id)>{named}</Link>
                                })}</td>
                                <td class="bp-nowrap">{i18n.msg(status_id)}</td>
                                <td class="bp-num"><MoneyText money=payment.amount /></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
