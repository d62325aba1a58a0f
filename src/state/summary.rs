//! The billing summary, loaded once for the whole portal: the invoices show it, and card care
//! (a monthly method that needs the customer) is read from it on every view.

use billing_core::attention::{attention, Attention};
use billing_core::contract::{wire, BillingSummary};
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::host::{use_host, HostEvent};
use super::location::use_location;
use super::resource::{use_api_resource, ApiResource};
use crate::clock;

/// The billing summary, loaded for the whole portal.
pub fn use_summary() -> ApiResource<BillingSummary> {
    expect_context::<ApiResource<BillingSummary>>()
}

/// Loads the summary for [`use_summary`] (called once, by the portal), again on each view
/// the customer goes to, as a payment or a billing item's change elsewhere moves it; a view
/// that changes the monthly method reloads it at once.
pub fn provide_summary() -> ApiResource<BillingSummary> {
    let path = use_location().path;
    let summary = use_api_resource(move |api| {
        path.track();
        async move { api.billing_summary().await }
    });
    provide_context(summary);
    summary
}

/// What the monthly payment method needs today, from the summary; the host is told each
/// time it changes (`billing-portal:attention` with `{ reason }`, `null` once nothing is
/// needed any more), so that its menu's badge follows.
pub fn use_attention() -> Memo<Option<Attention>> {
    let summary = use_summary();
    let host = use_host();
    let needed = Memo::new(move |_| {
        let summary = summary.get().and_then(Result::ok)?;
        attention(summary.payment_method.as_ref(), clock::today())
    });
    Effect::new(move |told: Option<Option<Attention>>| {
        let now = needed.get();
        // Nothing needed from the start is nothing to tell.
        if told.is_some() || now.is_some() {
            let reason = now.map_or(JsValue::NULL, |r| JsValue::from_str(wire::name_of(&r)));
            let detail = Object::new();
            let _ = Reflect::set(&detail, &"reason".into(), &reason);
            host.notify(HostEvent::Attention, &detail);
        }
        now
    });
    needed
}
