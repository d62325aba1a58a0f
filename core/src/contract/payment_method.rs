use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::address::Address;
use crate::card::CardBrand;

/// A card or PayPal account on file; `GET /api/v1/payment-methods` returns a list of these.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentMethod {
    pub id: String,
    #[serde(flatten)]
    #[cfg_attr(feature = "openapi", schema(inline))]
    pub details: MethodDetails,
    pub status: MethodStatus,
    /// The monthly method, charged automatically for each invoice.
    pub is_default: bool,
    pub eu_supported: bool,
    pub created_at: DateTime<Utc>,
}

impl PaymentMethod {
    /// What the billing summary and a receipt say of this method.
    pub fn summary(&self) -> PaymentMethodSummary {
        match &self.details {
            MethodDetails::Card {
                brand,
                last4,
                exp_month,
                exp_year,
                ..
            } => PaymentMethodSummary::Card {
                brand: *brand,
                last4: last4.clone(),
                exp_month: *exp_month,
                exp_year: *exp_year,
                status: self.status,
            },
            MethodDetails::Paypal { email } => PaymentMethodSummary::Paypal {
                email: email.clone(),
                status: self.status,
            },
        }
    }
}

// A handful of these exist at a time; boxing the address would only cost clarity.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MethodDetails {
    Card {
        brand: CardBrand,
        last4: String,
        #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 12))]
        exp_month: u8,
        exp_year: u16,
        holder: String,
        billing_address: Address,
    },
    Paypal {
        email: String,
    },
}

/// A new method is pending validation, usable within 24 hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MethodStatus {
    /// Newly added; usable within 24 hours once validated.
    PendingValidation,
    Active,
    Expired,
    Declined,
    #[serde(other)]
    Unknown,
}

/// What the billing summary and a receipt say of a method.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PaymentMethodSummary {
    Card {
        brand: CardBrand,
        last4: String,
        /// The card's expiry, for the warning before it runs out; `0` where it is not known
        /// (a summary kept from before it was given).
        #[serde(default)]
        #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 12))]
        exp_month: u8,
        #[serde(default)]
        exp_year: u16,
        status: MethodStatus,
    },
    Paypal {
        email: String,
        status: MethodStatus,
    },
}

impl PaymentMethodSummary {
    pub fn status(&self) -> MethodStatus {
        match self {
            PaymentMethodSummary::Card { status, .. }
            | PaymentMethodSummary::Paypal { status, .. } => *status,
        }
    }
}

/// `POST /api/v1/card-tokens` — the only request that ever carries a card number or
/// security code, sent to the vault's own base URL.
// Its `Debug` never prints them.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardTokenRequest {
    pub number: String,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 12))]
    pub exp_month: u8,
    pub exp_year: u16,
    pub cvc: String,
    pub holder: String,
}

impl fmt::Debug for CardTokenRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CardTokenRequest")
            .field("number", &"[redacted]")
            .field("exp_month", &self.exp_month)
            .field("exp_year", &self.exp_year)
            .field("cvc", &"[redacted]")
            .field("holder", &self.holder)
            .finish()
    }
}

/// What the vault returns, and all that anything else ever sees of a card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardToken {
    pub token: String,
    pub brand: CardBrand,
    pub last4: String,
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 12))]
    pub exp_month: u8,
    pub exp_year: u16,
}

/// `POST /api/v1/payment-methods`: a card method created from a token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPaymentMethod {
    pub token: String,
    pub holder: String,
    pub billing_address: Address,
    pub eu_supported: bool,
    pub make_default: bool,
}
