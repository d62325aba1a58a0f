//! What every `/api` answer goes through: the caller's token is checked first (so a caller
//! without one learns nothing, and sends no body that is read), and an error that axum or
//! a layer produced as plain text is given the contract's envelope.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use billing_core::contract::Role;

use crate::{ApiError, AppState};

/// The largest request body read: more than any contract request needs.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// The longest plain-text error kept as the envelope's message.
const MAX_MESSAGE_BYTES: usize = 1024;

/// 401 before anything else; then 429 over `--rate-limit`; then 404 for a path that is not
/// UTF-8 once decoded (it names no resource); then the route, with any error it answers put
/// in the envelope.
pub async fn api(State(app): State<AppState>, mut request: Request, next: Next) -> Response {
    let token = bearer(request.headers());
    let admitted = async {
        let token = token.ok_or_else(ApiError::unauthorized)?;
        let role = app.role(token.clone()).await?;
        app.admit(&token)?;
        Ok::<_, ApiError>(role)
    };
    let role = match admitted.await {
        Ok(role) => role,
        Err(error) => return error.into_response(),
    };
    let path = percent_encoding::percent_decode_str(request.uri().path()).decode_utf8();
    if path.is_err() {
        return ApiError::not_found("resource").into_response();
    }
    request.extensions_mut().insert(role);
    in_envelope(next.run(request).await).await
}

/// The token of `Authorization: Bearer <token>`.
fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    Some(value.strip_prefix("Bearer ")?.trim().to_string())
}

/// An error answer without a JSON body (a 405 of the router, a 413 of the body limit, a
/// rejection of an extractor) as the envelope, keeping its status and headers (`Allow`).
async fn in_envelope(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, MAX_MESSAGE_BYTES)
        .await
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    let mut envelope = ApiError::from_plain(status, text).into_response();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.extend(envelope.headers_mut().drain());
    (parts, envelope.into_body()).into_response()
}

/// A handler parameter for any signed-in caller, with their role, as the guard found it (so
/// the token is looked up once per request).
pub struct Caller(pub Role);

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Caller, ApiError> {
        parts
            .extensions
            .get::<Role>()
            .map(|role| Caller(*role))
            .ok_or_else(ApiError::unauthorized)
    }
}

/// A handler parameter that admits only a billing administrator (403 otherwise), decided
/// from the request's head, so before its body is read.
pub struct Admin;

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Admin, ApiError> {
        // `api` put the role there; a route outside it admits nobody.
        match parts.extensions.get::<Role>() {
            Some(role) if role.can_manage_billing() => Ok(Admin),
            Some(_) => Err(ApiError::forbidden()),
            None => Err(ApiError::unauthorized()),
        }
    }
}
