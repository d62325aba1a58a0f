use billing_core::contract::{ErrorBody, ErrorCode};
use billing_core::fields::FieldCode;
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
    /// 429: too many requests for now, and how long the server asked us to wait
    /// (`Retry-After`, in milliseconds), if it said.
    RateLimited {
        wait_ms: Option<u32>,
    },
}

impl ApiError {
    /// The Fluent message that explains this error to the customer.
    pub fn message_id(&self) -> &'static str {
        match self {
            ApiError::Offline => "error-offline",
            ApiError::Timeout => "error-timeout",
            ApiError::NotFound => "error-not-found",
            ApiError::Refused(body) => refusal_message_id(body),
            ApiError::Server { .. } => "error-server",
            ApiError::Malformed => "error-malformed",
            ApiError::RateLimited { .. } => "error-rate-limited",
        }
    }

    /// Whether trying the same read again may help.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            ApiError::Offline
                | ApiError::Timeout
                | ApiError::Server { .. }
                | ApiError::Malformed
                | ApiError::RateLimited { .. }
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
        let mut body = ErrorBody::new(ErrorCode::ValidationFailed, "invalid cursor");
        // One insert, not a map built from an array: the code of that is not otherwise in
        // the main module.
        body.fields
            .insert("cursor".into(), FieldCode::Invalid.as_str().into());
        ApiError::Refused(body)
    }
}

/// A refusal's message: for refused fields, the reason of the first that is not the
/// customer's typing (an invoice no longer payable, a method that cannot pay), which says more
/// than "check the highlighted fields"; the form shows the typing's own reasons by its fields.
fn refusal_message_id(body: &ErrorBody) -> &'static str {
    if body.code == ErrorCode::ValidationFailed {
        let reason = body
            .fields
            .values()
            .map(|code| FieldCode::from_code(code))
            .find(|code| {
                matches!(
                    code,
                    FieldCode::NotPayable | FieldCode::NotFound | FieldCode::Unusable
                )
            });
        if let Some(code) = reason {
            return field_error_message(code);
        }
    }
    match body.code {
        ErrorCode::Unauthorized => "error-session-expired",
        ErrorCode::Forbidden => "error-forbidden",
        ErrorCode::NotFound => "error-not-found",
        ErrorCode::ValidationFailed => "error-validation",
        ErrorCode::CardDeclined => "error-card-declined",
        ErrorCode::CardExpired => "error-card-expired",
        ErrorCode::IdempotencyMismatch => "error-idempotency-mismatch",
        ErrorCode::LastPaymentMethod => "error-last-payment-method",
        ErrorCode::LastInvoiceContact => "error-last-invoice-contact",
        ErrorCode::AmountExceedsBalance => "error-amount-exceeds-balance",
        ErrorCode::BalanceChanged => "error-balance-changed",
        ErrorCode::ItemAlreadyCancelled => "error-item-already-cancelled",
        ErrorCode::Conflict => "error-conflict",
        ErrorCode::RateLimited => "error-rate-limited",
        ErrorCode::MethodNotAllowed => "error-method-not-allowed",
        ErrorCode::Internal | ErrorCode::Unknown => "error-server",
    }
}

/// The message that explains a refused field.
pub fn field_error_message(code: FieldCode) -> &'static str {
    match code {
        FieldCode::Required => "field-error-required",
        FieldCode::InvalidCharacters => "field-error-invalid-characters",
        FieldCode::InvisibleCharacters => "field-error-invisible-characters",
        FieldCode::TooLong => "field-error-too-long",
        FieldCode::Length => "field-error-length",
        FieldCode::Luhn => "field-error-luhn",
        FieldCode::UnsupportedBrand => "field-error-unsupported-brand",
        FieldCode::ExpiryFormat => "field-error-expiry-format",
        FieldCode::ExpiryPast => "field-error-expiry-past",
        FieldCode::ExpiryTooFar => "field-error-expiry-too-far",
        FieldCode::CvcLength => "field-error-cvc-length",
        FieldCode::CountryUnknown => "field-error-country-unknown",
        FieldCode::PostalCodeFormat => "field-error-postal-code-format",
        FieldCode::StateRequired => "field-error-state-required",
        FieldCode::StateUnknown => "field-error-state-unknown",
        FieldCode::EmailFormat => "field-error-email-format",
        FieldCode::PhoneFormat => "field-error-phone-format",
        FieldCode::NotPayable => "field-error-not-payable",
        FieldCode::NotFound => "field-error-not-found",
        FieldCode::Unusable => "field-error-unusable",
        FieldCode::Duplicate => "field-error-duplicate",
        FieldCode::TaxIdFormat => "field-error-tax-id-format",
        FieldCode::TaxIdChecksum => "field-error-tax-id-checksum",
        FieldCode::NotANumber
        | FieldCode::NotPositive
        | FieldCode::TooManyDecimals
        | FieldCode::AboveLimit
        | FieldCode::UnknownCurrency
        | FieldCode::Invalid
        | FieldCode::Unknown => "field-error-invalid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_says_why_when_the_reason_is_not_the_typing() {
        let with_field = |path: &str, code: &str| {
            let mut body = ErrorBody::new(ErrorCode::ValidationFailed, "");
            body.fields.insert(path.into(), code.into());
            ApiError::Refused(body)
        };
        for (path, code, message) in [
            ("invoice_id", "not_payable", "field-error-not-payable"),
            ("source.method_id", "unusable", "field-error-unusable"),
            ("device_id", "not_found", "field-error-not-found"),
            // The customer's typing is said by the form, field by field.
            ("card.number", "luhn", "error-validation"),
        ] {
            assert_eq!(
                with_field(path, code).message_id(),
                message,
                "{path} {code}"
            );
        }
    }

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
