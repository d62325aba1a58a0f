use serde::{Deserialize, Serialize};

use super::ErrorBody;

/// How long a backend keeps the answer to an `Idempotency-Key`: a day, as payment APIs
/// usually do. After that the key is forgotten, and a request with it is a new one.
pub const KEY_KEPT_SECONDS: i64 = 24 * 60 * 60;

/// `POST /api/v1/payments/attempts/{key}/resolve` (and the same under `payment-methods`):
/// what became of the request sent with this `Idempotency-Key`, asked when its answer was
/// lost and the customer wants to do something else. An attempt that never arrived is
/// closed by the question, so it cannot arrive later and charge beside a new one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttemptOutcome<T> {
    pub key: String,
    pub state: AttemptState,
    /// With `completed`: the answer the request got (a payment, whatever its status).
    pub result: Option<T>,
    /// With `refused`: why the request was refused; it changed nothing.
    pub error: Option<ErrorBody>,
}

/// `completed`: the request was carried out and `result` is its answer. `refused`: it was
/// refused and changed nothing; `error` says why. `abandoned`: it never arrived (or its key
/// expired), and now never will be carried out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AttemptState {
    /// The request was carried out.
    Completed,
    /// The request was refused and changed nothing.
    Refused,
    /// The request never arrived (or its key expired); now it never will be carried out:
    /// sent later, it is refused with 409.
    Abandoned,
    #[serde(other)]
    Unknown,
}

impl<T> AttemptOutcome<T> {
    pub fn completed(key: String, result: T) -> Self {
        AttemptOutcome {
            key,
            state: AttemptState::Completed,
            result: Some(result),
            error: None,
        }
    }

    pub fn refused(key: String, error: ErrorBody) -> Self {
        AttemptOutcome {
            key,
            state: AttemptState::Refused,
            result: None,
            error: Some(error),
        }
    }

    pub fn abandoned(key: String) -> Self {
        AttemptOutcome {
            key,
            state: AttemptState::Abandoned,
            result: None,
            error: None,
        }
    }
}
