//! The `/api/v1` routes, one module per resource.

mod items;
mod methods;
mod payments;
mod reads;

use axum::extract::DefaultBodyLimit;
use axum::routing::{any, delete, get, post};
use axum::Router;

use billing_core::fields::FieldCode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::guard::MAX_BODY_BYTES;
use crate::{ApiError, ApiResult, AppState};

pub fn api() -> Router<AppState> {
    // Every other path under /api is the API's too, so it answers behind the same guard.
    let unknown = || async { ApiError::not_found("resource") };
    Router::new()
        .route("/api/v1/account", get(reads::account))
        .route("/api/v1/billing-summary", get(reads::billing_summary))
        .route("/api/v1/invoices", get(reads::invoices))
        .route("/api/v1/invoices/{id}", get(reads::invoice))
        .route("/api/v1/invoices/{id}/pdf", get(crate::pdf::download))
        .route(
            "/api/v1/payment-methods",
            get(reads::payment_methods).post(methods::add),
        )
        .route("/api/v1/payment-methods/{id}", delete(methods::remove))
        .route(
            "/api/v1/payment-methods/attempts/{key}/resolve",
            post(methods::resolve),
        )
        .route(
            "/api/v1/payment-methods/{id}/default",
            post(methods::set_default),
        )
        .route("/api/v1/card-tokens", post(methods::tokenize))
        .route(
            "/api/v1/payments",
            get(reads::payments).post(payments::create),
        )
        .route("/api/v1/payments/{id}", get(payments::get))
        .route("/api/v1/payments/{id}/confirm", post(payments::confirm))
        .route(
            "/api/v1/payments/attempts/{key}/resolve",
            post(payments::resolve),
        )
        .route("/api/v1/billing-items", get(reads::billing_items))
        .route("/api/v1/billing-items/bulk", post(items::bulk))
        .route(
            "/api/v1/billing-items/{id}/associate",
            post(items::associate),
        )
        .route(
            "/api/v1/billing-items/{id}/dissociate",
            post(items::dissociate),
        )
        .route("/api/v1/billing-items/{id}/cancel", post(items::cancel))
        .route("/api/v1/devices", get(reads::devices))
        .route("/api", any(unknown))
        .route("/api/", any(unknown))
        .route("/api/{*rest}", any(unknown))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}

/// The query string as `(name, value)` pairs; `None` if it is not valid form encoding.
pub fn query_pairs(raw: Option<String>) -> Option<Vec<(String, String)>> {
    serde_urlencoded::from_str(raw.as_deref().unwrap_or_default()).ok()
}

/// A JSON request body as the contract type, read as strictly as the contract is written:
/// 422 naming the field and its code for a value the type refuses (an amount in another
/// form, a lower-case currency), a missing field, or a property the type does not have
/// (`additionalProperties: false`), rather than ignoring it.
pub fn parse_body<T: Serialize + DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    let sent: Value =
        serde_json::from_slice(body).map_err(|_| ApiError::validation([("body", "invalid")]))?;
    let parsed: T = serde_path_to_error::deserialize(&sent).map_err(|error| {
        let (field, code) = refused_field(&error.path().to_string(), &error.inner().to_string());
        ApiError::validation([(field.as_str(), code)])
    })?;
    let read = serde_json::to_value(&parsed)?;
    match unread_property(&sent, &read, "") {
        Some(path) => Err(ApiError::validation([(
            path.as_str(),
            FieldCode::Invalid.as_str(),
        )])),
        None => Ok(parsed),
    }
}

/// The field path and code of a deserialization error at `path` (`.` for the body itself).
/// Core's wire types start their messages with the code; a missing field is `required`.
fn refused_field(path: &str, message: &str) -> (String, &'static str) {
    let at = |name: &str| match path {
        "." => name.to_string(),
        _ => format!("{path}.{name}"),
    };
    if let Some(name) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    {
        return (at(name), FieldCode::Required.as_str());
    }
    let code = FieldCode::from_code(message.split(':').next().unwrap_or_default());
    let code = match code {
        FieldCode::Unknown => FieldCode::Invalid,
        known => known,
    };
    let field = match path {
        "." => "body".to_string(),
        _ => path.to_string(),
    };
    (field, code.as_str())
}

/// The path of the first property `sent` has that `read` (the parsed value written back)
/// lacks: one the type ignored.
fn unread_property(sent: &Value, read: &Value, at: &str) -> Option<String> {
    match (sent, read) {
        (Value::Object(sent), Value::Object(read)) => sent.iter().find_map(|(name, value)| {
            let path = match at {
                "" => name.clone(),
                _ => format!("{at}.{name}"),
            };
            match read.get(name) {
                None => Some(path),
                Some(kept) => unread_property(value, kept, &path),
            }
        }),
        (Value::Array(sent), Value::Array(read)) => sent
            .iter()
            .zip(read)
            .enumerate()
            .find_map(|(i, (value, kept))| unread_property(value, kept, &format!("{at}[{i}]"))),
        _ => None,
    }
}
