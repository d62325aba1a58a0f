//! Make a payment. Reached from the menu, from **Pay balance** (`?currency=USD`) and from
//! **Pay now** (`?invoice=<id>`), with that balance preselected and filled in.
//!
//! This is its first step, the **Payment amount**; the method, review and payment steps
//! are issue 7's.

use billing_core::contract::{BillingSummary, InvoiceDetail};
use billing_core::lang::Lang;
use billing_core::money::{format_for_input, parse_amount, AmountError, Currency, Money};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use rust_decimal::Decimal;

use crate::components::{AsyncView, MoneyText};
use crate::i18n::{intl, use_i18n, Arg};
use crate::state::use_api_resource;

/// What is being paid: one invoice, or the account's balance in one currency.
#[derive(Clone, Debug, PartialEq)]
struct Payable {
    invoice: Option<InvoiceDetail>,
    balances: Vec<Money>,
    currency: Option<Currency>,
}

#[component]
pub fn MakePaymentPage() -> impl IntoView {
    let i18n = use_i18n();
    // The router's query, not the window's: during navigation the window's URL may still
    // be the previous page's.
    let query = use_query_map();
    let payable = use_api_resource(move |api| {
        let (invoice_id, currency) = query.with(|q| (q.get("invoice"), q.get("currency")));
        let currency = currency.and_then(|c| Currency::new(&c));
        async move {
            let summary: BillingSummary = api.billing_summary().await?;
            let invoice = match invoice_id {
                Some(id) => Some(api.invoice(id).await?),
                None => None,
            };
            Ok(Payable {
                balances: summary.balances.into_iter().map(|b| b.current).collect(),
                invoice,
                currency,
            })
        }
    });
    view! {
        <h1>{i18n.msg("nav-make-payment")}</h1>
        <AsyncView resource=payable view=|payable| view! { <AmountStep payable /> } />
    }
}

#[component]
fn AmountStep(payable: Payable) -> impl IntoView {
    let i18n = use_i18n();
    let due: Vec<Money> = match &payable.invoice {
        Some(detail) => vec![detail.invoice.balance_due],
        None => payable
            .balances
            .iter()
            .filter(|b| b.is_positive())
            .copied()
            .collect(),
    };
    let Some(first) = due
        .iter()
        .find(|m| Some(m.currency) == payable.currency)
        .or(due.first())
        .copied()
    else {
        return view! { <p class="bp-empty" role="status">{i18n.msg("payment-nothing-due")}</p> }
            .into_any();
    };
    let balance = RwSignal::new(first);
    let typed = RwSignal::new(format_for_input(&first, i18n.lang()));
    let shown_error = RwSignal::new(false);
    let result = Memo::new(move |_| {
        let balance = balance.get();
        parse_amount(
            &typed.get(),
            i18n.lang(),
            balance.currency,
            Some(balance.amount),
        )
    });
    let remaining = move || {
        let paid = result.get().ok()?;
        balance.get().checked_sub(&paid).ok()
    };
    let choose = move |money: Money| {
        balance.set(money);
        typed.set(format_for_input(&money, i18n.lang()));
        shown_error.set(false);
    };
    let several = due.len() > 1;
    view! {
        <form class="bp-form" novalidate on:submit=|ev| ev.prevent_default()>
            {payable.invoice.map(|detail| view! {
                <p>{i18n.msg_with("payment-for-invoice", vec![("number", detail.invoice.number.into())])}</p>
            })}
            {several.then(|| view! {
                <fieldset class="bp-fieldset">
                    <legend>{i18n.msg("payment-choose-balance")}</legend>
                    {due.into_iter().map(|money| view! {
                        <label class="bp-choice">
                            <input type="radio" name="bp-currency" prop:checked=move || balance.get().currency == money.currency
                                on:change=move |_| choose(money) />
                            {money.currency.code().to_string()}" "<MoneyText money />
                        </label>
                    }).collect_view()}
                </fieldset>
            })}
            <div class="bp-field">
                <label for="bp-amount">{i18n.msg("payment-amount")}</label>
                <div class="bp-input-group">
                    <input id="bp-amount" name="amount" inputmode="decimal" autocomplete="off"
                        prop:value=typed
                        aria-invalid=move || (shown_error.get() && result.get().is_err()).to_string()
                        aria-describedby="bp-amount-help bp-amount-error"
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        on:blur=move |_| shown_error.set(true) />
                    <span class="bp-input-group__suffix">{move || balance.get().currency.code().to_string()}</span>
                </div>
                <p id="bp-amount-help" class="bp-muted">
                    {move || i18n.t_with("payment-balance-due", &[("balance", intl::money(&balance.get(), i18n.lang()).into())])}
                </p>
                <p id="bp-amount-error" class="bp-field__error" role="alert">
                    {move || shown_error.get().then(|| result.get().err()).flatten().map(|e| amount_error(e, balance.get(), i18n.lang()))
                        .map(|(id, args)| i18n.t_with(id, &args))}
                </p>
            </div>
            <p class="bp-muted" aria-live="polite">
                {move || remaining().map(|rest| i18n.t_with("payment-remaining", &[("remaining", intl::money(&rest, i18n.lang()).into())]))}
            </p>
        </form>
    }
    .into_any()
}

/// The message, and its variables, that explains why an amount was refused.
fn amount_error(
    error: AmountError,
    balance: Money,
    lang: Lang,
) -> (&'static str, Vec<(&'static str, Arg)>) {
    match error {
        AmountError::Empty => ("amount-error-empty", vec![]),
        AmountError::NotANumber => (
            "amount-error-not-a-number",
            vec![(
                "example",
                format_for_input(
                    &Money::new(Decimal::new(123_450, 2), balance.currency),
                    lang,
                )
                .into(),
            )],
        ),
        AmountError::NotPositive => ("amount-error-not-positive", vec![]),
        AmountError::TooManyDecimals { max } => (
            "amount-error-too-many-decimals",
            vec![
                ("currency", balance.currency.code().into()),
                ("digits", u64::from(max).into()),
            ],
        ),
        AmountError::AboveLimit { limit } => (
            "amount-error-above-balance",
            vec![("balance", intl::money(&limit, lang).into())],
        ),
        AmountError::UnknownCurrency => ("amount-error-unknown-currency", vec![]),
    }
}
