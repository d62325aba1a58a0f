//! Download PDF, for the documents the backend renders (invoices, receipts), in the language
//! the customer reads: the file saved as it came or, where the backend renders none (the
//! demo), the print view, whose "Save as PDF" makes one of the page.

use std::future::Future;

use billing_core::lang::Lang;
use leptos::prelude::*;

use crate::api::{Api, ApiError, ApiResult};
use crate::i18n::use_i18n;
use crate::state::{files, use_request, OnLeave};

#[component]
pub fn PdfButton<F, Fut>(
    /// The button's words.
    label: &'static str,
    file_name: String,
    /// Asks the backend for the document.
    fetch: F,
    /// Where a failure is said; the caller places its panel.
    failed: RwSignal<Option<ApiError>>,
) -> impl IntoView
where
    F: Fn(Api, Lang) -> Fut + 'static,
    Fut: Future<Output = ApiResult<Option<Vec<u8>>>> + 'static,
{
    let i18n = use_i18n();
    let fetching = use_request(OnLeave::Abort, fetch, move |result| match result {
        Ok(Some(pdf)) => {
            files::save(&file_name, "application/pdf", &pdf);
        }
        Ok(None) => files::print(),
        Err(error) => failed.set(Some(error)),
    });
    let busy = fetching.pending();
    let download = move |_| {
        failed.set(None);
        fetching.dispatch(i18n.lang());
    };
    view! {
        <button type="button" class="bp-button bp-button--secondary" on:click=download
            disabled=busy aria-busy=move || busy.get().to_string()>
            {move || if busy.get() { i18n.t("pdf-preparing") } else { i18n.t(label) }}
        </button>
    }
}
