//! Make a payment: a one-time payment of the whole or part of a balance, by a saved card, a
//! card used once and not saved, or PayPal. Reached from the menu, from **Pay balance**
//! (`?currency=USD`) and from **Pay now** (`?invoice=<id>`), that balance preselected.
//! A one-time payment never changes the monthly payment method; from a past-due invoice,
//! `?new_card=monthly` pays with a new card that then becomes the monthly method, each said
//! on the review.

mod amount;
mod flow;
mod form;
mod outcome;

use billing_core::contract::{InvoiceDetail, MethodDetails, MethodStatus, PaymentMethod};
use billing_core::money::{Currency, Money};
use futures_util::future::try_join3;
use leptos::prelude::*;

use crate::components::{AsyncView, ErrorPanel, Loading};
use crate::i18n::use_i18n;
use crate::state::{use_account, use_api_resource, use_location};

/// What may be paid, and with what.
#[derive(Clone, Debug, PartialEq)]
pub struct Payable {
    pub invoice: Option<InvoiceDetail>,
    /// The account's current balances.
    pub balances: Vec<Money>,
    /// The currency asked for (Pay balance).
    pub currency: Option<Currency>,
    /// The saved cards that can pay: active ones.
    pub methods: Vec<PaymentMethod>,
}

#[component]
pub fn MakePaymentPage() -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    // The portal's query, not the window's: in memory routing the window's is the host's.
    let location = use_location();
    // `?new_card=monthly`: pay with a new card that then becomes the monthly one.
    let new_monthly =
        Memo::new(move |_| location.query_value("new_card").as_deref() == Some("monthly"));
    let payable = use_api_resource(move |api| {
        let (invoice_id, currency) = (
            location.query_value("invoice"),
            location.query_value("currency"),
        );
        let currency = currency.and_then(|c| Currency::new(&c));
        async move {
            // Asked for at once: on an API, one round trip before the form rather than three.
            let invoice = async {
                match invoice_id {
                    Some(id) => api.invoice(id).await.map(Some),
                    None => Ok(None),
                }
            };
            let (summary, invoice, mut methods) =
                try_join3(api.billing_summary(), invoice, api.payment_methods()).await?;
            // Saved cards pay at once; PayPal is its own choice, approved in PayPal.
            methods.retain(|m| {
                m.status == MethodStatus::Active && matches!(m.details, MethodDetails::Card { .. })
            });
            Ok(Payable {
                balances: summary.balances.into_iter().map(|b| b.current).collect(),
                invoice,
                currency,
                methods,
            })
        }
    });
    view! {
        <h1>{i18n.msg("nav-make-payment")}</h1>
        {move || match account.get() {
            None => Loading().into_any(),
            Some(Err(error)) => view! { <ErrorPanel error /> }.into_any(),
            Some(Ok(account)) if !account.role.can_manage_billing() => view! {
                <p class="bp-empty" role="note">{i18n.msg("payment-viewer")}</p>
            }.into_any(),
            Some(Ok(_)) => view! {
                <AsyncView resource=payable view=move |payable| view! {
                    <form::PaymentForm payable new_monthly=new_monthly.get_untracked() />
                } />
            }.into_any(),
        }}
    }
}
