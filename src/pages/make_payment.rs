use billing_core::contract::BillingSummary;
use leptos::prelude::*;

use crate::components::{AsyncView, MoneyText};
use crate::i18n::use_i18n;
use crate::state::use_api_resource;

/// Make a payment: what is due, per currency. The payment form itself is issue 7's.
#[component]
pub fn MakePaymentPage() -> impl IntoView {
    let i18n = use_i18n();
    let summary = use_api_resource(|api| async move { api.billing_summary().await });
    view! {
        <h1>{i18n.msg("nav-make-payment")}</h1>
        <AsyncView resource=summary view=|summary| view! { <Balances summary /> } />
    }
}

#[component]
fn Balances(summary: BillingSummary) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="bp-summary">
            {summary.balances.into_iter().map(|b| view! {
                <div class="bp-summary__item">
                    <dt>{i18n.msg_with("summary-current-balance", vec![("currency", b.current.currency.code().to_string().into())])}</dt>
                    <dd><MoneyText money=b.current /></dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
