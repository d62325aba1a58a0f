//! One-time payments: `POST /api/v1/payments` (idempotent), `GET /api/v1/payments/{id}`, and
//! `POST /api/v1/payments/{id}/confirm` once PayPal or the card issuer has approved. The
//! payment operations are the ledger's (`billing_core::ledger`), on this database.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Json;
use billing_core::contract::{AttemptOutcome, NewPayment, Payment};
use billing_core::ledger::{self, PaymentError};
use chrono::Utc;

use crate::db::{self, Ledger};
use crate::guard::{Admin, Caller};
use crate::idempotency;
use crate::json::ApiJson;
use crate::{ApiError, ApiResult, AppState};

/// The route payments' idempotency keys are recorded under.
const ROUTE: &str = "POST /api/v1/payments";

pub async fn create(
    State(app): State<AppState>,
    _: Admin,
    headers: HeaderMap,
    ApiJson(new): ApiJson<NewPayment>,
) -> ApiResult<Response> {
    idempotency::run(&app, &headers, ROUTE, new, |conn, new| {
        ledger::make_payment(&mut Ledger(conn), new, Utc::now())
    })
    .await
}

/// What became of a payment whose answer was lost (see `idempotency::resolve`).
pub async fn resolve(
    State(app): State<AppState>,
    _: Admin,
    Path(key): Path<String>,
) -> ApiResult<Json<AttemptOutcome<Payment>>> {
    Ok(Json(idempotency::resolve(&app, ROUTE, key).await?))
}

pub async fn get(
    State(app): State<AppState>,
    _: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Payment>> {
    app.read(move |conn| db::payment(conn, &id))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("payment"))
}

/// Completes a payment that was waiting for PayPal approval or card authentication, if what
/// it pays is still owed.
pub async fn confirm(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
) -> ApiResult<Json<Payment>> {
    app.write(move |conn| {
        let tx = conn.transaction()?;
        let payment = ledger::confirm_payment(&mut Ledger(&tx), &id)?;
        tx.commit()?;
        payment
            .map(Json)
            .ok_or_else(|| ApiError::not_found("payment"))
    })
    .await
}

impl From<PaymentError> for ApiError {
    fn from(error: PaymentError) -> ApiError {
        ApiError::from_answer(error.answer())
    }
}
