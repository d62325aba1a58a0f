use leptos::prelude::*;

use crate::i18n::use_i18n;

/// An announced, translated loading state.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="bp-loading" role="status">
            <span class="bp-spinner" aria-hidden="true"></span>
            {i18n.msg("loading-text")}
        </div>
    }
}

/// A table's loading state: grey rows where the rows will be, announced as loading.
#[component]
pub fn TableSkeleton() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="bp-skeleton" role="status">
            <span class="bp-visually-hidden">{i18n.msg("loading-text")}</span>
            {(0..8).map(|_| view! { <div class="bp-skeleton__row" aria-hidden="true"></div> }).collect_view()}
        </div>
    }
}
