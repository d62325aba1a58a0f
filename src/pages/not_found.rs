use leptos::prelude::*;

use crate::components::Link;

use crate::i18n::use_i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || i18n.t("not-found-title")}</h1>
        <p>{move || i18n.t("not-found-body")}</p>
        <Link to="/invoices">{move || i18n.t("not-found-back")}</Link>
    }
}
