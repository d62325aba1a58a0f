//! `Idempotency-Key` on requests that create or move money: the same key with the same body
//! gets the first answer again and charges nothing more; with another body, 422.
//!
//! Callers run the lookup, the work and the record in one database transaction under the
//! connection's lock, so two concurrent requests with one key cannot both do the work.

use axum::http::{HeaderMap, StatusCode};
use billing_core::contract::ErrorCode;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{ApiError, ApiResult};

pub const HEADER: &str = "Idempotency-Key";

/// The request's key: required, printable, at most 255 characters.
pub fn key(headers: &HeaderMap) -> ApiResult<String> {
    let key = headers
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .unwrap_or_default();
    if key.is_empty() || key.len() > 255 {
        return Err(ApiError::validation([(HEADER, "required")]));
    }
    Ok(key.to_string())
}

/// A stored answer: its status and JSON body.
pub struct Recorded {
    pub status: StatusCode,
    pub body: String,
}

/// The answer already given to this key on this route, if the request is the same one.
pub fn replay(
    conn: &Connection,
    key: &str,
    route: &str,
    request: &str,
) -> ApiResult<Option<Recorded>> {
    let found: Option<(String, u16, String)> = conn
        .query_row(
            "SELECT request, status, response FROM idempotency WHERE key = ?1 AND route = ?2",
            params![key, route],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    match found {
        None => Ok(None),
        Some((previous, status, body)) if previous == request => Ok(Some(Recorded {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
            body,
        })),
        Some(_) => Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::IdempotencyMismatch,
            "this Idempotency-Key was used with a different request",
        )),
    }
}

pub fn record(
    conn: &Connection,
    key: &str,
    route: &str,
    request: &str,
    answer: &Recorded,
) -> ApiResult<()> {
    conn.execute(
        "INSERT INTO idempotency (key, route, request, status, response) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![key, route, request, answer.status.as_u16(), answer.body],
    )?;
    Ok(())
}
