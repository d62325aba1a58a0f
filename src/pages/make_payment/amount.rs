//! **Payment amount**: the balance by default, editable to a partial amount, typed in the
//! customer's number format and checked as they type.

use billing_core::lang::Lang;
use billing_core::money::{format_for_input, parse_amount, retype_number, AmountError, Money};
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::components::MoneyText;
use crate::i18n::{intl, use_i18n, Arg};

/// The amount being typed, against the balance it pays.
#[derive(Clone, Copy)]
pub struct AmountInput {
    pub balance: RwSignal<Money>,
    pub typed: RwSignal<String>,
    /// Its error is shown once the customer left the field or asked to go on.
    pub shown: RwSignal<bool>,
    pub result: Memo<Result<Money, AmountError>>,
}

impl AmountInput {
    pub fn new(balance: Money, lang: Lang) -> AmountInput {
        let balance = RwSignal::new(balance);
        let typed = RwSignal::new(format_for_input(
            &balance.get_untracked(),
            intl::number_style(lang),
        ));
        let i18n = crate::i18n::use_i18n();
        // Another language: what is typed is written in its separators, the same number,
        // rather than read again in them (`1,5` typed in French would be 15 in English).
        Effect::watch(
            move || i18n.lang(),
            move |lang, before, _| {
                let (from, to) = match before {
                    Some(before) => (intl::number_style(*before), intl::number_style(*lang)),
                    None => return,
                };
                if from != to {
                    typed.update(|text| {
                        if let Some(retyped) = retype_number(text, from, to) {
                            *text = retyped;
                        }
                    });
                }
            },
            false,
        );
        let result = Memo::new(move |_| {
            let balance = balance.get();
            parse_amount(
                &typed.get(),
                intl::number_style(i18n.lang()),
                balance.currency,
                Some(balance.amount),
            )
        });
        AmountInput {
            balance,
            typed,
            shown: RwSignal::new(false),
            result,
        }
    }

    /// What remains due once the amount typed is paid.
    pub fn remaining(&self) -> Option<Money> {
        let paid = self.result.get().ok()?;
        self.balance.get().checked_sub(&paid).ok()
    }
}

#[component]
pub fn AmountField(amount: AmountInput, due: Vec<Money>) -> impl IntoView {
    let i18n = use_i18n();
    let choose = move |money: Money| {
        amount.balance.set(money);
        amount
            .typed
            .set(format_for_input(&money, intl::number_style(i18n.lang())));
        amount.shown.set(false);
    };
    let invalid = move || amount.shown.get() && amount.result.get().is_err();
    view! {
        {(due.len() > 1).then(|| view! {
            <fieldset class="bp-fieldset">
                <legend>{i18n.msg("payment-choose-balance")}</legend>
                {due.into_iter().map(|money| view! {
                    <label class="bp-choice">
                        <input type="radio" name="bp-currency" prop:checked=move || amount.balance.get().currency == money.currency
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
                    prop:value=amount.typed
                    aria-invalid=move || invalid().to_string()
                    aria-describedby="bp-amount-help bp-amount-error"
                    on:input=move |ev| amount.typed.set(event_target_value(&ev))
                    on:blur=move |_| amount.shown.set(true) />
                <span class="bp-input-group__suffix">{move || amount.balance.get().currency.code().to_string()}</span>
            </div>
            <p id="bp-amount-help" class="bp-muted">
                {move || i18n.t_with("payment-balance-due", &[("balance", intl::money(&amount.balance.get(), i18n.lang()).into())])}
            </p>
            <p id="bp-amount-error" class="bp-field__error">
                {move || invalid().then(|| amount.result.get().err()).flatten()
                    .map(|e| amount_error(e, amount.balance.get(), i18n.lang()))
                    .map(|(id, args)| i18n.t_with(id, &args))}
            </p>
        </div>
        <p class="bp-muted" aria-live="polite">
            {move || amount.remaining().map(|rest| i18n.t_with("payment-remaining", &[("remaining", intl::money(&rest, i18n.lang()).into())]))}
        </p>
    }
}

/// The message, and its variables, that explains why an amount was refused.
fn amount_error(
    error: AmountError,
    balance: Money,
    lang: Lang,
) -> (&'static str, Vec<(&'static str, Arg)>) {
    match error {
        AmountError::Empty => ("amount-error-empty", vec![]),
        AmountError::NotANumber => {
            let example = Money::new(Decimal::new(123_450, 2), balance.currency);
            (
                "amount-error-not-a-number",
                vec![(
                    "example",
                    format_for_input(&example, intl::number_style(lang)).into(),
                )],
            )
        }
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
