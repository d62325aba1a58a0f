use leptos::prelude::*;

use crate::components::{AsyncView, Balances};
use crate::i18n::use_i18n;
use crate::state::use_api_resource;

/// Make a payment: what is due, per currency. The payment form itself is issue 7's.
#[component]
pub fn MakePaymentPage() -> impl IntoView {
    let i18n = use_i18n();
    let summary = use_api_resource(|api| async move { api.billing_summary().await });
    view! {
        <h1>{i18n.msg("nav-make-payment")}</h1>
        <AsyncView resource=summary view=|summary| view! {
            <dl class="bp-summary"><Balances balances=summary.balances /></dl>
        } />
    }
}
