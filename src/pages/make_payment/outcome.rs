//! How a payment ends: the receipt, or the customer's approval first (PayPal, or the card
//! issuer's authentication).

use billing_core::contract::{NewPaymentMethod, NextActionKind, Payment};
use billing_core::money::format_plain;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::api::{Api, ApiError, IdempotencyKey};
use crate::components::{method_text, AsyncView, ErrorPanel, Link, Modal, MoneyText};
use crate::i18n::use_i18n;
use crate::pages::paths;
use crate::pages::payment_facts::PaymentFacts;
use crate::state::host::{use_host, Host, HostEvent};
use crate::state::{use_api_resource, use_request, use_summary, OnLeave};

/// The receipt, with the balance as it is now; the host is told of the payment.
#[component]
pub fn Receipt(payment: Payment) -> impl IntoView {
    let i18n = use_i18n();
    tell_host(use_host(), &payment);
    let currency = payment.amount.currency;
    let summary = use_api_resource(|api| async move { api.billing_summary().await });
    view! {
        <section class="bp-section bp-receipt" aria-labelledby="bp-receipt-title">
            <h2 id="bp-receipt-title" tabindex="-1">{i18n.msg("payment-succeeded-title")}</h2>
            <p role="status">{i18n.msg("payment-succeeded-body")}</p>
            <dl class="bp-summary">
                <PaymentFacts payment=payment.clone() />
                <AsyncView resource=summary view=move |summary| {
                    summary.balances.into_iter().find(|b| b.current.currency == currency).map(|b| view! {
                        <div class="bp-summary__item"><dt>{i18n.msg("payment-new-balance")}</dt><dd><MoneyText money=b.current /></dd></div>
                    })
                } />
            </dl>
            <p class="bp-actions">
                <Link to="/invoices" class="bp-button bp-button--secondary">{i18n.msg("nav-invoices")}</Link>
                <Link to=paths::receipt(&payment.id) class="bp-button bp-button--secondary">{i18n.msg("payment-view-receipt")}</Link>
                <Link to="/payments" class="bp-button bp-button--secondary">{i18n.msg("nav-payments")}</Link>
            </p>
        </section>
    }
}

/// The card that paid, added as the monthly payment method now that it has paid (a declined
/// card never gets here). Carried on if the customer leaves; a failure is retried with the
/// same key, so the card is added once.
#[component]
pub fn NewMonthly(new: NewPaymentMethod) -> impl IntoView {
    let i18n = use_i18n();
    let summary = use_summary();
    let key = IdempotencyKey::fresh();
    let added = RwSignal::new(None::<Result<String, ApiError>>);
    let adding = use_request(
        OnLeave::Finish,
        |api: Api, (new, key): (NewPaymentMethod, IdempotencyKey)| async move {
            api.add_payment_method(new, key).await
        },
        move |result: Result<_, ApiError>| {
            let result = result.map(|method| method_text(&method.summary(), i18n));
            if result.is_ok() {
                // The banner says what the monthly method needs now.
                summary.refetch();
            }
            added.set(Some(result));
        },
    );
    let add = move || {
        added.set(None);
        adding.dispatch((new.clone(), key.clone()));
    };
    add();
    view! {
        <section class="bp-section" aria-labelledby="bp-new-monthly-title">
            <h2 id="bp-new-monthly-title">{i18n.msg("payment-new-monthly-title")}</h2>
            {move || match added.get() {
                None => view! {
                    <p class="bp-loading" role="status"><span class="bp-spinner" aria-hidden="true"></span>{i18n.msg("payment-new-monthly-saving")}</p>
                }.into_any(),
                Some(Ok(method)) => view! {
                    <p role="status">{i18n.t_with("payment-new-monthly-done", &[("method", method.into())])}</p>
                    <p><Link to="/payment-methods">{i18n.msg("nav-payment-methods")}</Link></p>
                }.into_any(),
                Some(Err(error)) => {
                    let add = add.clone();
                    view! {
                        <p role="alert">{i18n.msg("payment-new-monthly-failed")}</p>
                        <ErrorPanel error />
                        <button type="button" class="bp-button" on:click=move |_| add()>{i18n.msg("action-retry")}</button>
                    }.into_any()
                }
            }}
        </section>
    }
}

fn tell_host(host: Host, payment: &Payment) {
    let detail = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&detail, &key.into(), &value);
    };
    set("id", payment.id.as_str().into());
    set("reference", payment.reference.as_str().into());
    set("amount", format_plain(&payment.amount).into());
    set("currency", payment.amount.currency.code().into());
    set(
        "invoiceId",
        payment
            .invoice_id
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from),
    );
    host.notify(HostEvent::PaymentSucceeded, &detail);
}

/// The customer approves the payment where it asks for it; here the approval is this
/// dialog, and the API's confirmation completes the payment. Cancelled, nothing is charged.
#[component]
pub fn ActionDialog(
    payment: Payment,
    /// `None` when the customer did not approve.
    finished: Callback<Option<Result<Payment, ApiError>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(true);
    let paypal = payment
        .next_action
        .as_ref()
        .is_some_and(|a| a.kind == NextActionKind::PaypalApproval);
    // Closed without approving (Escape or Cancel): nothing is charged.
    Effect::new(move |_| {
        if !open.get() {
            finished.run(None);
        }
    });
    let id = payment.id.clone();
    let confirming = use_request(
        OnLeave::Finish,
        |api: Api, id: String| async move { api.confirm_payment(id).await },
        move |result| finished.run(Some(result)),
    );
    let busy = confirming.pending();
    let approve = move |_| confirming.dispatch(id.clone());
    view! {
        <Modal open id="bp-action".to_string() locked=busy
            title=Signal::derive(i18n.msg(if paypal { "payment-paypal-title" } else { "payment-authenticate-title" }))>
            <p>{i18n.msg(if paypal { "payment-paypal-body" } else { "payment-authenticate-body" })}</p>
            <p><MoneyText money=payment.amount /></p>
            <div class="bp-actions">
                <button type="button" class="bp-button" on:click=approve disabled=busy>
                    {i18n.msg("payment-approve")}
                </button>
                <button type="button" class="bp-button bp-button--secondary" disabled=busy
                    on:click=move |_| open.set(false)>
                    {i18n.msg("action-cancel")}
                </button>
            </div>
        </Modal>
    }
}
