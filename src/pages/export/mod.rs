//! Download invoices: the ones the filters choose (type, status, a date range, a number),
//! as one CSV, or as a ZIP of each one's PDF with the CSV beside them; with progress, and
//! Cancel, since ten thousand invoices take a while.

mod run;

pub use run::{every_page, use_export, ExportError, ExportStatus, Made, Progress};

use billing_core::contract::{Invoice, InvoiceQuery};
use billing_core::export::{file_name_part, invoice_list_csv, INVOICE_LIST_COLUMNS};
use billing_core::lang::Lang;
use billing_core::zip::ZipWriter;
use chrono::Duration;
use leptos::prelude::*;

use crate::api::{Api, ApiError};
use crate::clock;
use crate::components::{invoice_status_message, AsyncView, Link};
use crate::i18n::{use_i18n, I18n};
use crate::pages::invoices::{invoice_type_message, Filters};
use crate::state::{use_api_resource, use_session, use_url_query};

/// The CSV's headings, in [`invoice_list_csv`]'s column order.
const HEADINGS: [&str; INVOICE_LIST_COLUMNS] = [
    "invoice-number",
    "invoice-date",
    "invoice-due-date",
    "invoice-type",
    "invoice-status",
    "invoice-total",
    "invoice-balance-due",
    "invoice-currency",
];

/// The most a ZIP made in the browser may hold: the archive is one buffer in WebAssembly's
/// memory, copied once more to be saved, so more would fail for memory long before the
/// format's 4 GiB.
const MOST_BYTES: usize = 512 * 1024 * 1024;

/// What to download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Csv,
    /// The PDFs and the CSV.
    Zip,
}

#[component]
pub fn InvoiceExportPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_url_query::<InvoiceQuery>();
    let matching = use_api_resource(move |api| {
        let query = InvoiceQuery {
            limit: Some(1),
            cursor: None,
            ..query.get()
        };
        async move { api.invoices(query).await.map(|page| page.total) }
    });
    let makes_pdfs = use_session().api.makes_pdfs();
    let export = use_export(
        move |api: Api, (kind, query): (Kind, InvoiceQuery), progress| {
            let lang = i18n.lang();
            async move {
                let invoices = every_page(progress, "export-listing", |cursor, limit| {
                    let query = InvoiceQuery {
                        cursor,
                        limit: Some(limit),
                        ..query.clone()
                    };
                    api.invoices(query)
                })
                .await?;
                let csv = csv(&invoices, i18n);
                match kind {
                    Kind::Csv => Ok(Made {
                        name: format!("invoices-{}.csv", clock::today()),
                        mime: "text/csv;charset=utf-8",
                        bytes: csv.into_bytes(),
                    }),
                    Kind::Zip => zip(&api, &invoices, csv, lang, progress).await,
                }
            }
        },
    );
    let start = move |kind: Kind| export.start((kind, query.query.get_untracked()));
    view! {
        <p class="bp-no-print"><Link to="/invoices">{i18n.msg("export-back")}</Link></p>
        <h1>{i18n.msg("export-title")}</h1>
        <p>{i18n.msg("export-intro")}</p>
        <Filters query />
        <AsyncView resource=matching view=move |count| view! {
            <p role="status">{move || i18n.t_with("export-matching", &[("count", count.into())])}</p>
            {(count > 0).then(|| view! {
                <div class="bp-actions">
                    <button type="button" class="bp-button" disabled=move || export.running()
                        on:click=move |_| start(Kind::Csv)>{i18n.msg("export-csv")}</button>
                    {makes_pdfs.then(|| view! {
                        <button type="button" class="bp-button bp-button--secondary" disabled=move || export.running()
                            on:click=move |_| start(Kind::Zip)>{i18n.msg("export-zip")}</button>
                    })}
                </div>
            })}
        } />
        {(!makes_pdfs).then(|| view! { <p class="bp-muted">{i18n.msg("export-demo-no-pdf")}</p> })}
        <ExportStatus export />
    }
}

/// The list as CSV, its words in the customer's language.
fn csv(invoices: &[Invoice], i18n: I18n) -> String {
    let headings = HEADINGS.map(|id| i18n.t(id));
    invoice_list_csv(
        invoices,
        &headings,
        |kind| i18n.t(invoice_type_message(kind)),
        |status| i18n.t(invoice_status_message(status)),
    )
}

/// Each invoice's PDF, in `lang`, fetched one after another (the server renders each; in
/// parallel they would only queue there), then the CSV; one ZIP of them.
async fn zip(
    api: &Api,
    invoices: &[Invoice],
    csv: String,
    lang: Lang,
    progress: RwSignal<Option<Progress>>,
) -> Result<Made, ExportError> {
    // MS-DOS times are local: the customer's clock, as their file manager shows it.
    let offset = js_sys::Date::new_0().get_timezone_offset() as i64;
    let local = clock::now().naive_utc() - Duration::minutes(offset);
    let mut archive = ZipWriter::new(local);
    // Names as a case-blind disk sees them.
    let mut names = std::collections::HashSet::new();
    let too_large = |_| ExportError::TooLarge;
    let total = invoices.len() as u64;
    for (done, invoice) in invoices.iter().enumerate() {
        let pdf = api
            .invoice_pdf(invoice.id.clone(), lang)
            .await?
            // Asked only of a backend that makes PDFs: none is not the answer it promised.
            .ok_or(ApiError::Malformed)?;
        if archive.len() + pdf.len() > MOST_BYTES {
            return Err(ExportError::TooLarge);
        }
        // Two numbers may write one name (`A/1`, `A_1`); then the id tells them apart.
        let mut name = format!("invoice-{}.pdf", file_name_part(&invoice.number));
        if !names.insert(name.to_lowercase()) {
            name = format!(
                "invoice-{}-{}.pdf",
                file_name_part(&invoice.number),
                file_name_part(&invoice.id)
            );
            names.insert(name.to_lowercase());
        }
        archive.add(&name, &pdf).map_err(too_large)?;
        progress.set(Some(Progress {
            message_id: "export-pdfs",
            done: done as u64 + 1,
            total,
        }));
    }
    archive
        .add(&format!("invoices-{}.csv", clock::today()), csv.as_bytes())
        .map_err(too_large)?;
    Ok(Made {
        name: format!("invoices-{}.zip", clock::today()),
        mime: "application/zip",
        bytes: archive.finish().map_err(too_large)?,
    })
}
