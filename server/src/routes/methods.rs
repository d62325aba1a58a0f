//! The card vault's stand-in (`POST /api/v1/card-tokens`) and the payment methods on file:
//! add from a token, set the monthly (default) method, remove.
//!
//! The vault keeps a card's brand, last four digits and expiry, never its number or
//! security code. Test numbers behave as a real processor's would when the token is used:
//! `4000 0000 0000 0002` is declined, `4000 0000 0000 0069` reports an expired card,
//! `4000 0000 0000 3220` needs the issuer's authentication.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use billing_core::contract::openapi::PaymentMethodAttempt;
use billing_core::contract::{
    AttemptOutcome, CardToken, CardTokenRequest, NewPaymentMethod, PaymentMethod,
};
use billing_core::fields::field;
use billing_core::ledger;
use billing_core::wallet::{self, WalletError};
use chrono::Utc;
use rusqlite::Connection;

use crate::guard::Admin;
use crate::idempotency::AttemptKey;
use crate::json::ApiJson;
use crate::openapi::{
    Conflict, Forbidden, IdempotencyKeyHeader, Internal, NotFound, PayloadTooLarge,
    TooManyRequests, Unauthorized, UnprocessableEntity,
};
use crate::{db, idempotency, ApiError, ApiResult, AppState};

impl From<WalletError> for ApiError {
    fn from(error: WalletError) -> ApiError {
        ApiError::from_answer(error.answer())
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/card-tokens",
    operation_id = "createCardToken",
    summary = "Tokenize a card (on the vault's own origin)",
    servers((url = "{vault}", description = "The card vault; its base URL is configured separately.", variables(("vault" = (default = "https://vault.example.com"))))),
    tag = "payment-methods",
    request_body = CardTokenRequest,
    responses(
        (status = 201, description = "Tokenized", body = CardToken),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 413, response = PayloadTooLarge),
        (status = 422, response = UnprocessableEntity),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn tokenize(
    State(app): State<AppState>,
    _: Admin,
    ApiJson(request): ApiJson<CardTokenRequest>,
) -> ApiResult<(StatusCode, Json<CardToken>)> {
    // Checked before a token is numbered: a refused card takes no number.
    wallet::vault(&request, String::new(), Utc::now().date_naive())?;
    let card = app
        .write(move |conn| {
            let token = format!("tok_{:08}", db::card_token_count(conn)? + 1);
            let vaulted = wallet::vault(&request, token, Utc::now().date_naive())?;
            db::put_card_token(conn, &vaulted)?;
            Ok(vaulted.card)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(card)))
}

#[utoipa::path(
    post,
    path = "/api/v1/payment-methods",
    operation_id = "addPaymentMethod",
    summary = "Add a card from a token",
    tag = "payment-methods",
    params(IdempotencyKeyHeader),
    request_body = NewPaymentMethod,
    responses(
        (status = 201, description = "Created, pending validation", body = PaymentMethod),
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
pub async fn add(
    State(app): State<AppState>,
    _: Admin,
    headers: HeaderMap,
    ApiJson(new): ApiJson<NewPaymentMethod>,
) -> ApiResult<Response> {
    idempotency::run(&app, &headers, ADD_ROUTE, new, add_method).await
}

/// The route added methods' idempotency keys are recorded under.
const ADD_ROUTE: &str = "POST /api/v1/payment-methods";

/// What became of a request to add a method whose answer was lost.
#[utoipa::path(
    post,
    path = "/api/v1/payment-methods/attempts/{key}/resolve",
    operation_id = "resolvePaymentMethodAttempt",
    summary = "What became of a request to add a payment method whose answer was lost",
    description = "Asked when the answer to a request to add a payment method never came (a dropped connection, a timeout, a server error) and the customer wants to change it: a new attempt may start only once the old one is known not to have been carried out. If the request was carried out or refused, says so with its answer. If it never arrived, closes its key, so that it cannot arrive later and be carried out beside a new attempt: sent afterwards, it is refused with 409 `conflict`. Asking again gives the same outcome. Keys are kept 24 hours: an older key reads as `abandoned`.",
    tag = "payments",
    params(AttemptKey),
    responses(
        (status = 200, description = "The attempt's outcome", body = PaymentMethodAttempt),
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
) -> ApiResult<Json<AttemptOutcome<PaymentMethod>>> {
    Ok(Json(idempotency::resolve(&app, ADD_ROUTE, key).await?))
}

fn add_method(conn: &Connection, new: &NewPaymentMethod) -> ApiResult<PaymentMethod> {
    let new = wallet::checked_address(new)?;
    let vaulted = ledger::take_token(&mut db::Ledger(conn), &new.token, field::TOKEN)?;
    let mut methods = db::payment_methods(conn)?;
    let method = wallet::add_card(&mut methods, vaulted, &new, Utc::now())?;
    db::update_payment_methods(conn, &methods)?;
    // `add_card` put it after the others.
    db::insert_payment_method(conn, &method, methods.len() - 1)?;
    Ok(method)
}

/// Makes an active method the monthly one.
#[utoipa::path(
    post,
    path = "/api/v1/payment-methods/{id}/default",
    operation_id = "setDefaultPaymentMethod",
    summary = "Make a method the monthly one",
    tag = "payment-methods",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "OK", body = PaymentMethod),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = UnprocessableEntity),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn set_default(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
) -> ApiResult<Json<PaymentMethod>> {
    app.write(move |conn| {
        let tx = conn.transaction()?;
        let mut methods = db::payment_methods(&tx)?;
        let method = wallet::set_default(&mut methods, &id)?;
        db::update_payment_methods(&tx, &methods)?;
        tx.commit()?;
        Ok(Json(method))
    })
    .await
}

/// Removes a method, unless it is the last valid one of an account that owes money.
#[utoipa::path(
    delete,
    path = "/api/v1/payment-methods/{id}",
    operation_id = "removePaymentMethod",
    summary = "Remove a method",
    tag = "payment-methods",
    params(("id" = String, Path)),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn remove(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    app.write(move |conn| {
        let tx = conn.transaction()?;
        let mut methods = db::payment_methods(&tx)?;
        wallet::remove(&mut methods, &id, db::owes(&tx)?)?;
        db::delete_payment_method(&tx, &id)?;
        db::update_payment_methods(&tx, &methods)?;
        tx.commit()?;
        Ok(StatusCode::NO_CONTENT)
    })
    .await
}
