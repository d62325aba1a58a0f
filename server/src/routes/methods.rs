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
use billing_core::contract::{
    AttemptOutcome, CardToken, CardTokenRequest, NewPaymentMethod, PaymentMethod,
};
use billing_core::wallet::{self, Vaulted, WalletError};
use chrono::Utc;
use rusqlite::{params, Connection, OptionalExtension};

use crate::guard::Admin;
use crate::json::ApiJson;
use crate::{db, idempotency, ApiError, ApiResult, AppState};

impl From<WalletError> for ApiError {
    fn from(error: WalletError) -> ApiError {
        ApiError::from_answer(error.answer())
    }
}

pub async fn tokenize(
    State(app): State<AppState>,
    _: Admin,
    ApiJson(request): ApiJson<CardTokenRequest>,
) -> ApiResult<(StatusCode, Json<CardToken>)> {
    // Checked before a token is numbered: a refused card takes no number.
    wallet::vault(&request, String::new(), Utc::now().date_naive())?;
    let card = app
        .write(move |conn| {
            let count: i64 =
                conn.query_row("SELECT COUNT(*) FROM card_tokens", [], |r| r.get(0))?;
            let token = format!("tok_{:08}", count + 1);
            let vaulted = wallet::vault(&request, token, Utc::now().date_naive())?;
            conn.execute(
                "INSERT INTO card_tokens (token, json) VALUES (?1, ?2)",
                params![vaulted.card.token, db::json(&vaulted)?],
            )?;
            Ok(vaulted.card)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(card)))
}

/// Takes an unused token for one use; 422 on the given field if there is none.
pub fn take_token(conn: &Connection, token: &str, field: &'static str) -> ApiResult<Vaulted> {
    let text: Option<String> = conn
        .query_row(
            "SELECT json FROM card_tokens WHERE token = ?1",
            [token],
            |r| r.get(0),
        )
        .optional()?;
    let mut stored: Option<Vaulted> = text.map(|t| serde_json::from_str(&t)).transpose()?;
    let taken = wallet::take(stored.as_mut(), field)?;
    conn.execute(
        "UPDATE card_tokens SET json = ?2 WHERE token = ?1",
        params![token, db::json(&taken)?],
    )?;
    Ok(taken)
}

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
pub async fn resolve(
    State(app): State<AppState>,
    _: Admin,
    Path(key): Path<String>,
) -> ApiResult<Json<AttemptOutcome<PaymentMethod>>> {
    Ok(Json(idempotency::resolve(&app, ADD_ROUTE, key).await?))
}

fn add_method(conn: &Connection, new: &NewPaymentMethod) -> ApiResult<PaymentMethod> {
    let new = wallet::checked_address(new)?;
    let vaulted = take_token(conn, &new.token, "token")?;
    let mut methods = db::payment_methods(conn)?;
    let method = wallet::add_card(&mut methods, vaulted, &new, Utc::now())?;
    save_all(conn, &methods)?;
    conn.execute(
        "INSERT INTO payment_methods (id, position, json) VALUES (?1, ?2, ?3)",
        params![method.id, methods.len() as i64 - 1, db::json(&method)?],
    )?;
    Ok(method)
}

/// Writes back the methods that exist already (their default flags may have moved).
fn save_all(conn: &Connection, methods: &[PaymentMethod]) -> ApiResult<()> {
    for method in methods {
        conn.execute(
            "UPDATE payment_methods SET json = ?2 WHERE id = ?1",
            params![method.id, db::json(method)?],
        )?;
    }
    Ok(())
}

/// Makes an active method the monthly one.
pub async fn set_default(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
) -> ApiResult<Json<PaymentMethod>> {
    app.write(move |conn| {
        let tx = conn.transaction()?;
        let mut methods = db::payment_methods(&tx)?;
        let method = wallet::set_default(&mut methods, &id)?;
        save_all(&tx, &methods)?;
        tx.commit()?;
        Ok(Json(method))
    })
    .await
}

/// Removes a method, unless it is the last valid one of an account that owes money.
pub async fn remove(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    app.write(move |conn| {
        let tx = conn.transaction()?;
        let mut methods = db::payment_methods(&tx)?;
        let owes: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM invoices WHERE balance_minor > 0)",
            [],
            |r| r.get(0),
        )?;
        wallet::remove(&mut methods, &id, owes)?;
        tx.execute("DELETE FROM payment_methods WHERE id = ?1", [&id])?;
        save_all(&tx, &methods)?;
        tx.commit()?;
        Ok(StatusCode::NO_CONTENT)
    })
    .await
}
