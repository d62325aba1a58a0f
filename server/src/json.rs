//! Request bodies as the contract's types: [`ApiJson`], the extractor handlers take, and
//! [`parse_body`], which it reads with. Either way a body the contract refuses is answered
//! with the error envelope, naming the field.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use billing_core::fields::FieldCode;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::{ApiError, ApiResult};

/// A handler parameter: the body as `T`, read by [`parse_body`]. Unlike `axum::Json` it
/// asks for no `Content-Type`, and its rejection is the contract's envelope (422 with the
/// field's path, or the body limit's 413).
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: Serialize + DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| ApiError::from_plain(rejection.status(), rejection.body_text()))?;
        parse_body(&body).map(ApiJson)
    }
}

/// A JSON request body as the contract type, read as strictly as the contract is written:
/// 422 naming the field and its code for a value the type refuses (an amount in another
/// form, a lower-case currency), a missing field, or a property the type does not have
/// (`additionalProperties: false`), rather than ignoring it.
fn parse_body<T: Serialize + DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
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
