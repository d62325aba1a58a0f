use billing_core::lang::Lang;
use billing_core::money::Money;
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::intl;
use crate::i18n::use_i18n;

/// An amount in the active language's format, with tabular digits for columns.
#[component]
pub fn MoneyText(money: Money) -> impl IntoView {
    let i18n = use_i18n();
    move || money_in(&money, i18n.lang())
}

/// [`MoneyText`] in `lang`, drawn once: for rows that a list draws again as a whole when
/// the language changes, rather than each following it.
pub fn money_in(money: &Money, lang: Lang) -> impl IntoView {
    // One class string, not a `class:` toggle: a toggle asks the element for its classList,
    // a call into the browser for every amount drawn, negative or not.
    let class = match money.amount.is_sign_negative() {
        true => "bp-money bp-money--negative",
        false => "bp-money",
    };
    view! { <span class=class>{intl::money(money, lang)}</span> }
}

/// A calendar date in the active language's format, with a machine-readable `datetime`.
#[component]
pub fn DateText(date: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    move || date_in(date, i18n.lang())
}

/// [`DateText`] in `lang`, drawn once (see [`money_in`]).
pub fn date_in(date: NaiveDate, lang: Lang) -> impl IntoView {
    view! { <time datetime=date.to_string()>{intl::date(date, lang)}</time> }
}

/// A month given as `YYYY-MM`, in the active language's format.
#[component]
pub fn MonthText(month: String) -> impl IntoView {
    let i18n = use_i18n();
    let label = month.clone();
    view! { <time datetime=month>{move || intl::month(&label, i18n.lang())}</time> }
}
