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
