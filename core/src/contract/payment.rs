use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::address::Address;
use crate::money::Money;

use super::{PaymentMethodSummary, SortDir};

/// `POST /api/v1/payments` (with an `Idempotency-Key` header): a one-time payment.
/// It never changes the account's monthly payment method.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPayment {
    pub amount: Money,
    /// The invoice being paid; `null` pays against the account balance.
    pub invoice_id: Option<String>,
    pub source: PaymentSource,
    pub eu_supported: bool,
}

// A handful of these exist at a time; boxing the address would only cost clarity.
/// A method on file, a card used once and not saved, or PayPal.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PaymentSource {
    /// A method on file.
    SavedMethod {
        method_id: String,
    },
    /// A card used once and not saved.
    CardToken {
        token: String,
        billing_address: Address,
    },
    Paypal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Payment {
    pub id: String,
    /// The reference printed on the receipt.
    pub reference: String,
    pub amount: Money,
    pub status: PaymentStatus,
    pub method: PaymentMethodSummary,
    pub invoice_id: Option<String>,
    /// That invoice's number, as the customer knows it from the invoice (the id is the
    /// API's). `null` for a payment of the balance, or from a backend that keeps none.
    #[serde(default)]
    pub invoice_number: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Why it failed or was declined, as an error code the UI translates.
    pub failure_code: Option<super::ErrorCode>,
    /// Set while `status` is `requires_action`: where the customer approves it.
    pub next_action: Option<NextAction>,
    /// What a succeeded payment was taken off, oldest invoice first; empty until it succeeds.
    #[serde(default)]
    pub settled: Vec<Settlement>,
    /// Whom the receipt is made out to: the billing profile's as it was when the payment
    /// succeeded (a later edit does not change it). `null` until then, or from a backend
    /// that keeps none.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<super::BillTo>))]
    pub bill_to: Option<Arc<super::BillTo>>,
}

impl Payment {
    /// The invoice it was for, as the customer knows it: by its number; by its id from a
    /// backend that sends no number. Payment history and its CSV name it so.
    pub fn invoice_named(&self) -> Option<&str> {
        self.invoice_number
            .as_deref()
            .or(self.invoice_id.as_deref())
    }
}

/// The part of a payment that went to one invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Settlement {
    pub invoice_id: String,
    /// The invoice's number, as the receipt prints it.
    pub number: String,
    pub amount: Money,
}

/// Payment states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PaymentStatus {
    Processing,
    /// PayPal approval or card authentication is needed.
    RequiresAction,
    Succeeded,
    Declined,
    Failed,
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NextAction {
    pub kind: NextActionKind,
    /// Where to send the customer (PayPal, or the card issuer's authentication page).
    #[cfg_attr(feature = "openapi", schema(format = "uri"))]
    pub url: String,
}

/// Where the customer approves a payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NextActionKind {
    PaypalApproval,
    CardAuthentication,
    #[serde(other)]
    Unknown,
}

/// Query of `GET /api/v1/payments`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::IntoParams),
    into_params(parameter_in = Query)
)]
pub struct PaymentQuery {
    pub invoice_id: Option<String>,
    #[serde(default)]
    pub dir: SortDir,
    /// Opaque; the `next_cursor` of the previous page.
    pub cursor: Option<String>,
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 500, default = 50))]
    pub limit: Option<u32>,
}
