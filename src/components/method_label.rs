use billing_core::card::CardBrand;
use billing_core::contract::PaymentMethodSummary;
use leptos::prelude::*;

use crate::i18n::{use_i18n, I18n};

pub fn brand_message(brand: CardBrand) -> &'static str {
    match brand {
        CardBrand::Visa => "card-brand-visa",
        CardBrand::Mastercard => "card-brand-mastercard",
        CardBrand::Amex => "card-brand-amex",
        CardBrand::Discover => "card-brand-discover",
        CardBrand::Jcb => "card-brand-jcb",
        CardBrand::UnionPay => "card-brand-unionpay",
        CardBrand::Diners => "card-brand-diners",
        CardBrand::Maestro => "card-brand-maestro",
        CardBrand::Unknown => "card-brand-unknown",
    }
}

/// "Visa •••• 4242" or "PayPal (payments@example.com)", in the active language.
#[component]
pub fn MethodLabel(method: PaymentMethodSummary) -> impl IntoView {
    let i18n = use_i18n();
    move || method_text(&method, i18n)
}

/// [`MethodLabel`]'s text, for a message that names the method.
pub fn method_text(method: &PaymentMethodSummary, i18n: I18n) -> String {
    match method {
        PaymentMethodSummary::Card { brand, last4, .. } => i18n.t_with(
            "method-card-label",
            &[
                ("brand", i18n.t(brand_message(*brand)).into()),
                ("last4", last4.clone().into()),
            ],
        ),
        PaymentMethodSummary::Paypal { email, .. } => {
            i18n.t_with("method-paypal-label", &[("email", email.clone().into())])
        }
    }
}

/// The brand's mark beside its name: decorative, as the label names the brand.
#[component]
pub fn BrandMark(method: PaymentMethodSummary) -> impl IntoView {
    let (class, text) = match method {
        PaymentMethodSummary::Card { brand, .. } => match brand {
            CardBrand::Visa => ("visa", "VISA"),
            CardBrand::Mastercard => ("mastercard", "MC"),
            CardBrand::Amex => ("amex", "AMEX"),
            CardBrand::Discover => ("discover", "DISC"),
            CardBrand::Jcb => ("jcb", "JCB"),
            CardBrand::UnionPay => ("unionpay", "UP"),
            CardBrand::Diners => ("diners", "DC"),
            CardBrand::Maestro => ("maestro", "MAES"),
            CardBrand::Unknown => ("card", "CARD"),
        },
        PaymentMethodSummary::Paypal { .. } => ("paypal", "PayPal"),
    };
    view! { <span class=format!("bp-mark bp-mark--{class}") aria-hidden="true">{text}</span> }
}
