use billing_core::money::Money;
use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::intl;
use crate::i18n::use_i18n;

/// An amount in the active language's format, with tabular digits for columns.
#[component]
pub fn MoneyText(money: Money) -> impl IntoView {
    let i18n = use_i18n();
    let negative = money.amount.is_sign_negative();
    view! {
        <span class="bp-money" class:bp-money--negative=negative>
            {move || intl::money(&money, i18n.lang())}
        </span>
    }
}

/// A calendar date in the active language's format, with a machine-readable `datetime`.
#[component]
pub fn DateText(date: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    view! { <time datetime=date.to_string()>{move || intl::date(date, i18n.lang())}</time> }
}

/// A month given as `YYYY-MM`, in the active language's format.
#[component]
pub fn MonthText(month: String) -> impl IntoView {
    let i18n = use_i18n();
    let label = month.clone();
    view! { <time datetime=month>{move || intl::month(&label, i18n.lang())}</time> }
}
