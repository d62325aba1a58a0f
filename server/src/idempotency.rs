//! `Idempotency-Key` on requests that create or move money: the same key with the same body
//! gets the first answer again and charges nothing more; with another body, 422.
//!
//! The lookup, the work and the record run in one database transaction under the
//! connection's lock, so two concurrent requests with one key cannot both do the work.

use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use billing_core::contract::{ErrorCode, ErrorEnvelope};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::error::{ApiError, ApiResult};
use crate::{db, AppState};

pub const HEADER: &str = "Idempotency-Key";

/// The request's key: required, printable, at most 255 characters.
fn key(headers: &HeaderMap) -> ApiResult<String> {
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

/// Runs `work` once per key: in one transaction, replays a recorded answer or does the work
/// and records its answer. A refusal (4xx) is recorded too, so the same request is refused
/// the same way; a failure of ours (5xx) is not, so a retry with the key can still succeed.
pub async fn run<R: Serialize + Send + 'static, T: Serialize>(
    app: &AppState,
    headers: &HeaderMap,
    route: &'static str,
    request: R,
    work: impl FnOnce(&Connection, &R) -> ApiResult<T> + Send + 'static,
) -> ApiResult<Response> {
    let key = key(headers)?;
    // The request as parsed, not as sent: the same request in other whitespace is the same.
    let text = db::json(&request)?;
    let answer = app
        .write(move |conn| {
            let tx = conn.transaction()?;
            if let Some(recorded) = replay(&tx, &key, route, &text)? {
                return Ok(recorded);
            }
            let answer = match work(&tx, &request) {
                Ok(value) => Recorded {
                    status: StatusCode::CREATED,
                    body: db::json(&value)?,
                },
                Err(error) if error.status.is_client_error() => Recorded {
                    status: error.status,
                    body: db::json(&ErrorEnvelope { error: error.body })?,
                },
                Err(error) => return Err(error),
            };
            record(&tx, &key, route, &text, &answer)?;
            tx.commit()?;
            Ok(answer)
        })
        .await?;
    Ok((
        answer.status,
        [(header::CONTENT_TYPE, "application/json")],
        answer.body,
    )
        .into_response())
}

/// The answer already given to this key on this route, if the request is the same one.
fn replay(conn: &Connection, key: &str, route: &str, request: &str) -> ApiResult<Option<Recorded>> {
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

fn record(
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
