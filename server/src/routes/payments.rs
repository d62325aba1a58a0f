//! One-time payments: `POST /api/v1/payments` (idempotent), `GET /api/v1/payments/{id}`, and
//! `POST /api/v1/payments/{id}/confirm` once PayPal or the card issuer has approved. The
//! payment operations are the ledger's (`billing_core::ledger`), on this database.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Json;
use billing_core::contract::openapi::PaymentAttempt;
use billing_core::contract::{AttemptOutcome, NewPayment, Payment};
use billing_core::ledger::{self, PaymentError};
use chrono::Utc;

use crate::db::{self, Ledger};
use crate::guard::{Admin, Caller};
use crate::idempotency::{self, AttemptKey};
use crate::json::ApiJson;
use crate::openapi::{
    Conflict, Forbidden, IdempotencyKeyHeader, Internal, NotFound, PayloadTooLarge,
    TooManyRequests, Unauthorized, UnprocessableEntity,
};
use crate::{ApiError, ApiResult, AppState};

/// The route payments' idempotency keys are recorded under.
const ROUTE: &str = "POST /api/v1/payments";

#[utoipa::path(
    post,
    path = "/api/v1/payments",
    operation_id = "createPayment",
    summary = "Make a one-time payment",
    tag = "payments",
    params(IdempotencyKeyHeader),
    request_body = NewPayment,
    responses(
        (status = 201, description = "Created; see its status", body = Payment),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 409, response = Conflict),
        (status = 413, response = PayloadTooLarge),
        (status = 422, response = UnprocessableEntity),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
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
#[utoipa::path(
    post,
    path = "/api/v1/payments/attempts/{key}/resolve",
    operation_id = "resolvePaymentAttempt",
    summary = "What became of a payment whose answer was lost",
    description = "Asked when the answer to a payment never came (a dropped connection, a timeout, a server error) and the customer wants to change it: a new attempt may start only once the old one is known not to have been carried out. If the request was carried out or refused, says so with its answer. If it never arrived, closes its key, so that it cannot arrive later and be carried out beside a new attempt: sent afterwards, it is refused with 409 `conflict`. Asking again gives the same outcome. Keys are kept 24 hours: an older key reads as `abandoned`.",
    tag = "payments",
    params(AttemptKey),
    responses(
        (status = 200, description = "The attempt's outcome", body = PaymentAttempt),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn resolve(
    State(app): State<AppState>,
    _: Admin,
    Path(AttemptKey { key }): Path<AttemptKey>,
) -> ApiResult<Json<AttemptOutcome<Payment>>> {
    Ok(Json(idempotency::resolve(&app, ROUTE, key).await?))
}

#[utoipa::path(
    get,
    path = "/api/v1/payments/{id}",
    operation_id = "getPayment",
    summary = "A payment and its receipt data",
    tag = "payments",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "OK", body = Payment),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
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
#[utoipa::path(
    post,
    path = "/api/v1/payments/{id}/confirm",
    operation_id = "confirmPayment",
    summary = "Complete a payment after PayPal approval or card authentication",
    description = "Completes a payment in status `requires_action` once PayPal has approved it or the card issuer has authenticated it. The balance is checked again now: pending payments reserve nothing, so if what it pays has been paid or reduced meanwhile, the payment ends `failed` with `failure_code` `balance_changed` and nothing is charged; otherwise it ends `succeeded` and is applied to the balance. Idempotent: confirming a payment that is no longer waiting returns it unchanged.",
    tag = "payments",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The payment", body = Payment),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
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
