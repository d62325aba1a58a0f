use billing_core::contract::CurrencyBalance;
use billing_core::money::Money;
use leptos::prelude::*;

use super::MoneyText;
use crate::i18n::use_i18n;

/// Terms of a summary list (`<dl class="bp-summary">`): each currency's current balance,
/// and with `estimates` its estimated next balance.
#[component]
pub fn Balances(
    balances: Vec<CurrencyBalance>,
    #[prop(optional)] estimates: bool,
) -> impl IntoView {
    balances
        .into_iter()
        .map(|b| {
            view! {
                <BalanceTerm message_id="summary-current-balance" money=b.current />
                {estimates.then(|| view! { <BalanceTerm message_id="summary-next-balance" money=b.estimated_next /> })}
            }
        })
        .collect_view()
}

#[component]
fn BalanceTerm(message_id: &'static str, money: Money) -> impl IntoView {
    let i18n = use_i18n();
    let currency = money.currency.code().to_string();
    view! {
        <div class="bp-summary__item">
            <dt>{i18n.msg_with(message_id, vec![("currency", currency.into())])}</dt>
            <dd><MoneyText money /></dd>
        </div>
    }
}
