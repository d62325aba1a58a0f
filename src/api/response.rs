//! What an HTTP answer means, as plain functions the native tests cover: the status and
//! body of a response become the contract type or a typed [`ApiError`], and failed reads
//! are retried on a fixed schedule.

use billing_core::contract::{ErrorBody, ErrorCode, ErrorEnvelope};
use serde::de::DeserializeOwned;

use super::{ApiError, ApiResult};

/// Waits before the second and third attempts of a read; then the error stands.
pub const READ_RETRY_DELAYS_MS: [u32; 2] = [400, 1500];

/// How long one request may take, answer body included, before it counts as timed out.
pub const TIMEOUT_MS: u32 = 15_000;

/// The body of a successful answer as the contract type; anything else is `Malformed`,
/// never a panic.
pub fn decode<T: DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    serde_json::from_slice(body).map_err(|_| ApiError::Malformed)
}

/// The error an unsuccessful answer stands for. The envelope's code decides where there is
/// one; the status alone decides where a proxy or a crash answered without one.
pub fn refusal(status: u16, body: &[u8]) -> ApiError {
    let envelope = serde_json::from_slice::<ErrorEnvelope>(body).ok();
    let without_body = |code: ErrorCode| ApiError::Refused(ErrorBody::new(code, ""));
    match (status, envelope) {
        (404, _) => ApiError::NotFound,
        (500..=599, _) => ApiError::Server { status },
        (400..=499, Some(envelope)) => ApiError::Refused(envelope.error),
        (401, None) => without_body(ErrorCode::Unauthorized),
        (403, None) => without_body(ErrorCode::Forbidden),
        (429, None) => without_body(ErrorCode::RateLimited),
        _ => ApiError::Server { status },
    }
}

/// Whether a failed read is worth sending again by itself: the connection or the server
/// failed, not the request.
pub fn retry_read(error: &ApiError) -> bool {
    matches!(
        error,
        ApiError::Offline | ApiError::Timeout | ApiError::Server { .. }
    )
}

#[cfg(test)]
mod tests {
    use billing_core::contract::Account;

    use super::*;

    fn code_of(error: ApiError) -> Option<ErrorCode> {
        match error {
            ApiError::Refused(body) => Some(body.code),
            _ => None,
        }
    }

    #[test]
    fn envelopes_keep_their_code_and_fields() {
        let body = r#"{"error":{"code":"validation_failed","message":"bad","fields":{"card.number":"luhn"}}}"#;
        let ApiError::Refused(error) = refusal(422, body.as_bytes()) else {
            panic!("a 422 with an envelope is a refusal");
        };
        assert_eq!(error.code, ErrorCode::ValidationFailed);
        assert_eq!(error.fields["card.number"], "luhn");
    }

    #[test]
    fn statuses_speak_where_a_proxy_answered_without_an_envelope() {
        assert_eq!(
            code_of(refusal(401, b"<html>login</html>")),
            Some(ErrorCode::Unauthorized)
        );
        assert_eq!(code_of(refusal(403, b"")), Some(ErrorCode::Forbidden));
        assert_eq!(code_of(refusal(429, b"")), Some(ErrorCode::RateLimited));
        assert_eq!(refusal(404, b""), ApiError::NotFound);
        assert_eq!(
            refusal(502, b"Bad gateway"),
            ApiError::Server { status: 502 }
        );
        assert_eq!(refusal(422, b"{"), ApiError::Server { status: 422 });
    }

    #[test]
    fn a_server_error_stays_one_whatever_its_body_claims() {
        let body = r#"{"error":{"code":"card_declined","message":""}}"#;
        assert_eq!(
            refusal(500, body.as_bytes()),
            ApiError::Server { status: 500 }
        );
    }

    #[test]
    fn codes_of_a_newer_server_still_read_as_refusals() {
        let body = r#"{"error":{"code":"quota_exceeded"}}"#;
        assert_eq!(
            code_of(refusal(409, body.as_bytes())),
            Some(ErrorCode::Unknown)
        );
    }

    #[test]
    fn malformed_bodies_are_errors_not_panics() {
        for body in [
            "",
            "{",
            "null",
            "[]",
            r#"{"id":1}"#,
            "\u{0}",
            &"[".repeat(10_000),
        ] {
            assert_eq!(
                decode::<Account>(body.as_bytes()),
                Err(ApiError::Malformed),
                "{body:.20}"
            );
        }
    }

    #[test]
    fn only_transient_failures_are_retried() {
        assert!(retry_read(&ApiError::Offline));
        assert!(retry_read(&ApiError::Timeout));
        assert!(retry_read(&ApiError::Server { status: 503 }));
        assert!(!retry_read(&ApiError::Malformed));
        assert!(!retry_read(&ApiError::NotFound));
        assert!(!retry_read(&refusal(403, b"")));
    }
}
