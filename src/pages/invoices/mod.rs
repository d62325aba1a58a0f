//! Invoices: the billing summary, then every invoice, filtered, sorted and paged through
//! the page URL so that a link or the back button restores the view.

mod chart;
mod filters;
mod summary;
mod table;

use billing_core::contract::InvoiceQuery;
use leptos::prelude::*;

use crate::components::{AsyncList, AsyncView, Link};
use crate::i18n::use_i18n;
use crate::pages::paths;
use crate::state::{use_api_resource, use_summary, use_url_query};

pub use filters::Filters;
pub use table::invoice_type_message;

#[component]
pub fn InvoicesPage() -> impl IntoView {
    let i18n = use_i18n();
    let summary = use_summary();
    let query = use_url_query::<InvoiceQuery>();
    let invoices = use_api_resource(move |api| {
        let query = query.get();
        async move { api.invoices(query).await }
    });
    view! {
        <h1>{i18n.msg("nav-invoices")}</h1>
        <section class="bp-section" aria-labelledby="bp-summary-title">
            <h2 id="bp-summary-title">{i18n.msg("summary-title")}</h2>
            <AsyncView resource=summary view=|summary| view! { <summary::Summary summary /> } />
        </section>
        <section class="bp-section" aria-labelledby="bp-invoices-title">
            <h2 id="bp-invoices-title">{i18n.msg("invoices-table-title")}</h2>
            <filters::Filters query />
            <p class="bp-actions">
                {move || view! {
                    <Link to=paths::export(&query.get()) class="bp-button bp-button--secondary">
                        {i18n.msg("invoices-download")}
                    </Link>
                }}
            </p>
            <AsyncList resource=invoices view=move |page| view! { <table::InvoiceTable page query /> } />
        </section>
    }
}
