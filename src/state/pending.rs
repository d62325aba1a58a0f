//! The payment attempt whose answer has not come yet, kept in `sessionStorage` (this tab
//! only) so that a reload during processing offers the same attempt, with the same
//! idempotency key, rather than a second payment. It holds the request as sent: card
//! tokens at most, never a card number or security code.

use billing_core::contract::{
    NewPayment, NewPaymentMethod, PaymentMethodSummary, KEY_KEPT_SECONDS,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

const KEY: &str = "billing-portal.pending-payment";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingPayment {
    pub key: String,
    pub request: NewPayment,
    pub method: PaymentMethodSummary,
    /// When it was first sent; absent in attempts kept by an earlier version.
    #[serde(default)]
    pub sent_at: Option<DateTime<Utc>>,
    /// In the flow that replaces the monthly card: the paying card again, from a token of its
    /// own, to be added as the monthly method once the payment goes through. Kept so that a
    /// resumed attempt still does it; absent in attempts kept by an earlier version.
    #[serde(default)]
    pub monthly: Option<NewPaymentMethod>,
}

impl PendingPayment {
    /// Whether the backend may have forgotten its key by `now` (an hour's margin before it
    /// does): sent again it could charge anew, and asked about it would read as never made,
    /// so it can be neither.
    pub fn is_too_old(&self, now: DateTime<Utc>) -> bool {
        let margin = 60 * 60;
        self.sent_at
            .is_some_and(|sent| (now - sent).num_seconds() >= KEY_KEPT_SECONDS - margin)
    }
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

#[cfg(test)]
mod tests {
    use billing_core::contract::{MethodStatus, PaymentSource};
    use billing_core::money::{Currency, Money};
    use chrono::Duration;

    use super::*;

    /// An attempt of 1 USD by PayPal, sent at `sent_at`.
    fn attempt(sent_at: Option<DateTime<Utc>>) -> PendingPayment {
        PendingPayment {
            key: "k".into(),
            request: NewPayment {
                amount: Money::new(rust_decimal::Decimal::ONE, Currency::USD),
                invoice_id: None,
                source: PaymentSource::Paypal,
                eu_supported: false,
            },
            method: PaymentMethodSummary::Paypal {
                email: "a@example.com".into(),
                status: MethodStatus::Active,
            },
            sent_at,
            monthly: None,
        }
    }

    #[test]
    fn an_attempt_is_resumed_only_while_its_key_is_surely_kept() {
        let sent = DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z")
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or_default();
        let pending = attempt(Some(sent));
        assert!(!pending.is_too_old(sent + Duration::hours(22)));
        assert!(pending.is_too_old(sent + Duration::hours(23)));
        assert!(!PendingPayment {
            sent_at: None,
            ..pending
        }
        .is_too_old(sent + Duration::days(3)));
    }

    #[test]
    fn the_monthly_cards_token_comes_back_with_its_attempt() {
        let pending = PendingPayment {
            monthly: Some(NewPaymentMethod {
                token: "tok_monthly".into(),
                holder: "Min-jun Lee".into(),
                billing_address: billing_core::seed::generate(1, 1)
                    .profile
                    .bill_to
                    .billing_address,
                eu_supported: false,
                make_default: true,
            }),
            ..attempt(None)
        };
        let kept = serde_json::to_string(&pending).unwrap_or_default();
        let back: PendingPayment = serde_json::from_str(&kept).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, pending);
        // Kept by an earlier version, without it: read as none.
        let mut older: serde_json::Value = serde_json::from_str(&kept).unwrap_or_default();
        if let Some(object) = older.as_object_mut() {
            object.remove("monthly");
        }
        let older: PendingPayment = serde_json::from_value(older).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(older.monthly, None);
    }
}
