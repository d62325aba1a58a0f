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
        _ => ApiError::Server { status },
    }
}

/// The longest `Retry-After` sat through before the error is shown: the customer can always
/// ask again.
const MAX_WAIT_MS: u32 = 10_000;

/// A 429, with the wait its `Retry-After` header asks for in seconds (a date, or nothing
/// readable, asks for none in particular).
pub fn rate_limited(retry_after: Option<&str>) -> ApiError {
    let wait_ms = retry_after
        .and_then(|seconds| seconds.trim().parse::<u32>().ok())
        .map(|seconds| seconds.saturating_mul(1000));
    ApiError::RateLimited { wait_ms }
}

/// How long to wait before sending a failed request again by itself, given the retry
/// schedule's `scheduled_ms`; `None` if it is not worth sending again: the connection or the
/// server failed, not the request, or the server asked us to wait, not too long.
pub fn retry_delay(error: &ApiError, scheduled_ms: u32) -> Option<u32> {
    match error {
        ApiError::Offline | ApiError::Timeout | ApiError::Server { .. } => Some(scheduled_ms),
        ApiError::RateLimited { wait_ms } => match wait_ms {
            Some(wait) if *wait > MAX_WAIT_MS => None,
            wait => Some(scheduled_ms.max(wait.unwrap_or(0))),
        },
        _ => None,
    }
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
        assert_eq!(retry_delay(&ApiError::Offline, 400), Some(400));
        assert_eq!(retry_delay(&ApiError::Timeout, 400), Some(400));
        assert_eq!(
            retry_delay(&ApiError::Server { status: 503 }, 1500),
            Some(1500)
        );
        assert_eq!(retry_delay(&ApiError::Malformed, 400), None);
        assert_eq!(retry_delay(&ApiError::NotFound, 400), None);
        assert_eq!(retry_delay(&refusal(403, b""), 400), None);
    }

    #[test]
    fn a_rate_limit_is_waited_out_as_the_server_asks_within_reason() {
        assert_eq!(
            rate_limited(Some("2")),
            ApiError::RateLimited {
                wait_ms: Some(2000)
            }
        );
        assert_eq!(retry_delay(&rate_limited(Some("2")), 400), Some(2000));
        assert_eq!(retry_delay(&rate_limited(Some(" 0 ")), 400), Some(400));
        // A date, or nothing: the schedule's own wait.
        let dated = rate_limited(Some("Wed, 21 Oct 2026 07:28:00 GMT"));
        assert_eq!(dated, ApiError::RateLimited { wait_ms: None });
        assert_eq!(retry_delay(&dated, 1500), Some(1500));
        assert_eq!(retry_delay(&rate_limited(None), 400), Some(400));
        // An hour is the customer's to decide: the error is shown, with its retry.
        assert_eq!(retry_delay(&rate_limited(Some("3600")), 400), None);
        assert!(rate_limited(None).is_retryable());
        assert!(!rate_limited(None).is_about_the_request());
    }
}
