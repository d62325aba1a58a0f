//! What a payment was, as its success screen and its receipt both list it: amount, method,
//! reference and date, as items of the caller's `<dl class="bp-summary">`. Used only by
//! views in chunks, so its messages are in `views.ftl`.

use billing_core::contract::Payment;
use leptos::prelude::*;

use crate::components::{DateText, MethodLabel, MoneyText};
use crate::i18n::use_i18n;

#[component]
pub fn PaymentFacts(payment: Payment) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="bp-summary__item"><dt>{i18n.msg("payment-amount")}</dt><dd><MoneyText money=payment.amount /></dd></div>
        <div class="bp-summary__item"><dt>{i18n.msg("payment-method")}</dt><dd><MethodLabel method=payment.method /></dd></div>
        <div class="bp-summary__item"><dt>{i18n.msg("payment-reference")}</dt><dd>{payment.reference}</dd></div>
        <div class="bp-summary__item"><dt>{i18n.msg("payment-date")}</dt><dd><DateText date=payment.created_at.date_naive() /></dd></div>
    }
}
