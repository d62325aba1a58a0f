use billing_core::contract::{ErrorBody, ErrorCode};
use billing_core::listing::InvalidCursor;

/// Every way a call can fail, each shown to the customer as a translated message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// The browser has no connection, or the server could not be reached.
    Offline,
    /// No complete answer within the time allowed.
    Timeout,
    NotFound,
    /// The server refused the request; `fields` maps field paths to field codes.
    Refused(ErrorBody),
    /// 5xx, or a server we could not understand.
    Server {
        status: u16,
    },
    /// The response was not the JSON the contract promises.
    Malformed,
}

impl ApiError {
    /// The Fluent message that explains this error to the customer.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::Offline => "error-offline",
            ApiError::Timeout => "error-timeout",
            ApiError::NotFound => "error-not-found",
            ApiError::Refused(body) => refusal_message_id(body.code),
            ApiError::Server { .. } => "error-server",
            ApiError::Malformed => "error-malformed",
        }
    }

    /// Whether trying the same read again may help.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            ApiError::Offline | ApiError::Timeout | ApiError::Server { .. } | ApiError::Malformed
        )
    }

    /// Whether the backend answered about the request itself, rather than refusing it before
    /// looking at it (an unknown token, a role that may not, a route it does not know): only
    /// such an answer says what became of a request sent before.
    pub fn is_about_the_request(&self) -> bool {
        match self {
            ApiError::Refused(body) => !matches!(
                body.code,
                ErrorCode::Unauthorized | ErrorCode::Forbidden | ErrorCode::MethodNotAllowed
            ),
            ApiError::NotFound => false,
            _ => !self.is_retryable(),
        }
    }

    /// The host's token was refused: only the host can sign the customer in again.
    pub fn is_session_expired(&self) -> bool {
        matches!(self, ApiError::Refused(body) if body.code == ErrorCode::Unauthorized)
    }
}

impl From<InvalidCursor> for ApiError {
    fn from(_: InvalidCursor) -> ApiError {
        ApiError::Refused(ErrorBody {
            code: ErrorCode::ValidationFailed,
            message: "invalid cursor".into(),
            fields: [("cursor".to_string(), "invalid".to_string())].into(),
        })
    }
}

fn refusal_message_id(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Unauthorized => "error-session-expired",
        ErrorCode::Forbidden => "error-forbidden",
        ErrorCode::NotFound => "error-not-found",
        ErrorCode::ValidationFailed => "error-validation",
        ErrorCode::CardDeclined => "error-card-declined",
        ErrorCode::CardExpired => "error-card-expired",
        ErrorCode::IdempotencyMismatch => "error-idempotency-mismatch",
        ErrorCode::LastPaymentMethod => "error-last-payment-method",
        ErrorCode::AmountExceedsBalance => "error-amount-exceeds-balance",
        ErrorCode::BalanceChanged => "error-balance-changed",
        ErrorCode::ItemAlreadyCancelled => "error-item-already-cancelled",
        ErrorCode::Conflict => "error-conflict",
        ErrorCode::RateLimited => "error-rate-limited",
        ErrorCode::MethodNotAllowed => "error-method-not-allowed",
        ErrorCode::Internal | ErrorCode::Unknown => "error-server",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(code: ErrorCode) -> ApiError {
        ApiError::Refused(ErrorBody::new(code, ""))
    }

    #[test]
    fn codes_a_newer_server_invents_read_as_a_server_error() {
        assert_eq!(refused(ErrorCode::Unknown).message_id(), "error-server");
    }

    #[test]
    fn only_an_answer_about_the_request_says_what_became_of_it() {
        assert!(refused(ErrorCode::CardDeclined).is_about_the_request());
        assert!(refused(ErrorCode::AmountExceedsBalance).is_about_the_request());
        for before_looking in [ErrorCode::Unauthorized, ErrorCode::Forbidden] {
            assert!(!refused(before_looking).is_about_the_request());
        }
        assert!(!ApiError::Offline.is_about_the_request());
        assert!(!ApiError::NotFound.is_about_the_request());
    }

    #[test]
    fn refusals_are_not_retried_but_transient_failures_are() {
        assert!(!refused(ErrorCode::CardDeclined).is_retryable());
        assert!(!ApiError::NotFound.is_retryable());
        assert!(ApiError::Offline.is_retryable());
        assert!(ApiError::Server { status: 503 }.is_retryable());
    }
}
