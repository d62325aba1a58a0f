//! The payment attempt whose answer has not come yet, kept in `sessionStorage` (this tab
//! only) so that a reload during processing offers the same attempt, with the same
//! idempotency key, rather than a second payment. It holds the request as sent: a card
//! token at most, never a card number or security code.

use billing_core::contract::{NewPayment, PaymentMethodSummary};
use serde::{Deserialize, Serialize};

const KEY: &str = "billing-portal.pending-payment";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingPayment {
    pub key: String,
    pub request: NewPayment,
    pub method: PaymentMethodSummary,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

pub fn save(pending: &PendingPayment) {
    let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(pending)) else {
        return;
    };
    let _ = storage.set_item(KEY, &text);
}

/// The attempt left unanswered, if any; one that cannot be read is dropped.
pub fn load() -> Option<PendingPayment> {
    let text = storage()?.get_item(KEY).ok()??;
    let pending = serde_json::from_str(&text).ok();
    if pending.is_none() {
        clear();
    }
    pending
}

pub fn clear() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}
