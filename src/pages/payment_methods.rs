use billing_core::contract::{MethodDetails, PaymentMethod};
use leptos::prelude::*;

use crate::components::{AsyncView, MethodLabel, MethodStatusBadge};
use crate::i18n::use_i18n;
use crate::state::use_api_resource;

#[component]
pub fn PaymentMethodsPage() -> impl IntoView {
    let i18n = use_i18n();
    let methods = use_api_resource(|api| async move { api.payment_methods().await });
    view! {
        <h1>{i18n.msg("nav-payment-methods")}</h1>
        <AsyncView resource=methods view=|methods| view! { <MethodList methods /> } />
    }
}

#[component]
fn MethodList(methods: Vec<PaymentMethod>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="bp-cards">
            {methods.into_iter().map(|method| {
                let expiry = match &method.details {
                    MethodDetails::Card { exp_month, exp_year, .. } => Some(format!("{exp_month:02}/{exp_year}")),
                    MethodDetails::Paypal { .. } => None,
                };
                view! {
                    <li class="bp-card">
                        <p class="bp-card__title"><MethodLabel method=method.summary() /></p>
                        {expiry.map(|expiry| view! {
                            <p>{i18n.msg_with("method-expires", vec![("expiry", expiry.clone().into())])}</p>
                        })}
                        <p><MethodStatusBadge status=method.status />
                            {method.is_default.then(|| view! {
                                " " <span class="bp-badge bp-badge--neutral">{i18n.msg("method-default")}</span>
                            })}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
