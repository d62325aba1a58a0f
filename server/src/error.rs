//! Errors as the contract's envelope: `{ "error": { "code", "message", "fields" } }`.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use billing_core::contract::{ErrorBody, ErrorCode, ErrorEnvelope};

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
    /// A 429's `Retry-After`, in seconds.
    pub retry_after: Option<u64>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: ErrorBody::new(code, &message.into()),
            retry_after: None,
        }
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthorized,
            "missing or unknown bearer token",
        )
    }

    pub fn forbidden() -> ApiError {
        ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorCode::Forbidden,
            "only a billing administrator can do this",
        )
    }

    /// A refusal of core's rules, as `(status, body)`.
    pub fn from_answer((status, body): (u16, ErrorBody)) -> ApiError {
        ApiError {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::UNPROCESSABLE_ENTITY),
            body,
            retry_after: None,
        }
    }

    /// Over `--rate-limit`: try again in `seconds`.
    pub fn rate_limited(seconds: u64) -> ApiError {
        ApiError {
            retry_after: Some(seconds),
            ..ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::RateLimited,
                format!("too many requests; try again in {seconds} s"),
            )
        }
    }

    pub fn not_found(what: &str) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            format!("no such {what}"),
        )
    }

    /// 422 with field codes, e.g. `("amount", "above_limit")`.
    pub fn validation<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> ApiError {
        let mut error = ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::ValidationFailed,
            "invalid input",
        );
        error.body.fields = fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        error
    }

    pub fn conflict(code: ErrorCode, message: &str) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, code, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Internal,
            message,
        )
    }

    /// An error axum or a layer gave as a status and plain text (a 405 of the router, a 413
    /// of the body limit, a rejection of an extractor), keeping its status.
    pub fn from_plain(status: StatusCode, text: String) -> ApiError {
        let message = match text.is_empty() {
            true => status.canonical_reason().unwrap_or("error").to_lowercase(),
            false => text,
        };
        let error = match status {
            StatusCode::METHOD_NOT_ALLOWED => {
                ApiError::new(status, ErrorCode::MethodNotAllowed, message)
            }
            StatusCode::PAYLOAD_TOO_LARGE => {
                let mut error = ApiError::validation([("body", "too_long")]);
                error.body.message = message;
                error
            }
            _ if status.is_server_error() => ApiError::internal(message),
            _ => ApiError::new(status, ErrorCode::ValidationFailed, message),
        };
        ApiError { status, ..error }
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> ApiError {
        ApiError::internal(format!("database: {error}"))
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(error: serde_json::Error) -> ApiError {
        ApiError::internal(format!("stored data: {error}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let retry_after = self
            .retry_after
            .map(|s| [(header::RETRY_AFTER, s.to_string())]);
        (
            self.status,
            retry_after,
            Json(ErrorEnvelope { error: self.body }),
        )
            .into_response()
    }
}
