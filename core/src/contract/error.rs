use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::fields::{error_fields, FieldError};

/// Every error response: `{ "error": { "code": "card_declined", "message": "…", "fields": {…} } }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorEnvelope {
    pub error: ErrorBody,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub code: ErrorCode,
    /// For developers and logs; the UI shows its own translation of `code`.
    #[serde(default)]
    pub message: String,
    /// Field path (`card.number`, `billing_address.postal_code`) to a stable field code.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = BTreeMap<String, crate::fields::FieldCode>)
    )]
    pub fields: BTreeMap<String, String>,
}

impl ErrorBody {
    /// A refusal with no field errors.
    pub fn new(code: ErrorCode, message: &str) -> ErrorBody {
        ErrorBody {
            code,
            message: message.into(),
            fields: Default::default(),
        }
    }
}

/// Error codes; the UI shows its own translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Unauthorized,
    Forbidden,
    NotFound,
    ValidationFailed,
    CardDeclined,
    CardExpired,
    /// The same idempotency key was sent with a different body.
    IdempotencyMismatch,
    /// Removing this method would leave an account that owes money without a valid one.
    LastPaymentMethod,
    /// The change would leave no billing contact receiving the invoices.
    LastInvoiceContact,
    AmountExceedsBalance,
    /// A payment waiting for approval was approved after its balance had been paid or
    /// reduced: it failed, and nothing was charged.
    BalanceChanged,
    ItemAlreadyCancelled,
    Conflict,
    RateLimited,
    /// The path exists but not with this method; the answer's `Allow` lists those it takes.
    MethodNotAllowed,
    Internal,
    #[serde(other)]
    Unknown,
}

impl ErrorBody {
    /// The `validation_failed` error a server returns for these field errors. The message
    /// is the code itself: the UI translates fields, it never shows this text.
    pub fn validation_failed(errors: &[FieldError]) -> ErrorBody {
        ErrorBody {
            code: ErrorCode::ValidationFailed,
            message: "validation_failed".to_string(),
            fields: error_fields(errors),
        }
    }
}
