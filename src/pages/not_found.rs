use leptos::prelude::*;

use crate::components::Link;

use crate::i18n::use_i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{i18n.msg("not-found-title")}</h1>
        <p>{i18n.msg("not-found-body")}</p>
        <Link to="/invoices">{i18n.msg("not-found-back")}</Link>
    }
}
