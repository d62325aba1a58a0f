//! `Idempotency-Key` on requests that create or move money: the same key with the same body
//! gets the first answer again and charges nothing more; with another body, 422. Answers
//! are kept for [`KEPT_FOR_SECONDS`], then forgotten.
//!
//! The lookup, the work and the record run in one database transaction under the
//! connection's lock, so two concurrent requests with one key cannot both do the work. A
//! refusal is recorded, but what the work did before refusing is rolled back: a refusal
//! changes nothing (a one-time card token stays usable for the corrected request).
//!
//! [`resolve`] answers what became of a key whose answer the client lost; a key that never
//! arrived is closed by it, so the lost request cannot be carried out later beside a new one.

use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use billing_core::contract::{AttemptOutcome, ErrorCode, ErrorEnvelope};
use chrono::Utc;
use rusqlite::Connection;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::IntoParams;

use crate::error::{ApiError, ApiResult};
use crate::{db, AppState};

pub const HEADER: &str = "Idempotency-Key";

/// How long an answer is kept for its key (the contract's rule).
pub const KEPT_FOR_SECONDS: i64 = billing_core::contract::KEY_KEPT_SECONDS;

/// The request recorded for a key that [`resolve`] closed: no request is ever this.
const CLOSED: &str = "";

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
/// the same way, and what the work changed before refusing is undone; a failure of ours
/// (5xx) is not recorded, so a retry with the key can still succeed.
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
            let mut tx = conn.transaction()?;
            forget_expired(&tx)?;
            if let Some(recorded) = replay(&tx, &key, route, &text)? {
                return Ok(recorded);
            }
            let done = {
                let work_done = tx.savepoint()?;
                let done = work(&work_done, &request);
                // Dropped without a commit, the savepoint rolls back what a refusal did.
                if done.is_ok() {
                    work_done.commit()?;
                }
                done
            };
            let answer = match done {
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

/// What became of the request sent on `route` with `key`; one that never arrived is closed.
pub async fn resolve<T: DeserializeOwned + Send + 'static>(
    app: &AppState,
    route: &'static str,
    key: String,
) -> ApiResult<AttemptOutcome<T>> {
    app.write(move |conn| {
        let tx = conn.transaction()?;
        forget_expired(&tx)?;
        let outcome = match db::recorded_answer(&tx, &key, route)? {
            Some((request, _, _)) if request == CLOSED => AttemptOutcome::abandoned(key),
            Some((_, status, body)) if (200..300).contains(&status) => {
                AttemptOutcome::completed(key, serde_json::from_str(&body)?)
            }
            Some((_, _, body)) => {
                let envelope: ErrorEnvelope = serde_json::from_str(&body)?;
                AttemptOutcome::refused(key, envelope.error)
            }
            None => {
                let closed = ApiError::conflict(
                    ErrorCode::Conflict,
                    "this attempt was abandoned after its answer was lost: start a new one",
                );
                let answer = Recorded {
                    status: closed.status,
                    body: db::json(&ErrorEnvelope { error: closed.body })?,
                };
                record(&tx, &key, route, CLOSED, &answer)?;
                AttemptOutcome::abandoned(key)
            }
        };
        tx.commit()?;
        Ok(outcome)
    })
    .await
}

/// Forgets answers older than [`KEPT_FOR_SECONDS`], so the table holds a day of keys.
fn forget_expired(conn: &Connection) -> ApiResult<()> {
    db::forget_answers_until(conn, Utc::now().timestamp() - KEPT_FOR_SECONDS)
}

/// The answer already given to this key on this route, if the request is the same one (or
/// the key was closed, which refuses every request).
fn replay(conn: &Connection, key: &str, route: &str, request: &str) -> ApiResult<Option<Recorded>> {
    match db::recorded_answer(conn, key, route)? {
        None => Ok(None),
        Some((previous, status, body)) if previous == request || previous == CLOSED => {
            Ok(Some(Recorded {
                status: StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
                body,
            }))
        }
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
    let status = answer.status.as_u16();
    db::record_answer(
        conn,
        [key, route, request],
        status,
        &answer.body,
        Utc::now().timestamp(),
    )
}

/// The key of a resolve operation's path.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct AttemptKey {
    /// The `Idempotency-Key` the request was sent with.
    #[param(min_length = 1, max_length = 255)]
    pub key: String,
}
