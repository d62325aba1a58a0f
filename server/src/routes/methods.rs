//! The card vault's stand-in (`POST /api/v1/card-tokens`) and the payment methods on file:
//! add from a token, set the monthly (default) method, remove.
//!
//! The vault keeps a card's brand, last four digits and expiry, never its number or
//! security code. Test numbers behave as a real processor's would when the token is used:
//! `4000 0000 0000 0002` is declined, `4000 0000 0000 0069` reports an expired card,
//! `4000 0000 0000 3220` needs the issuer's authentication.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use billing_core::card::{last4, CardBrand};
use billing_core::contract::{
    CardToken, CardTokenRequest, ErrorBody, ErrorCode, MethodDetails, MethodStatus,
    NewPaymentMethod, PaymentMethod,
};
use billing_core::validation::{validate_billing_address, validate_card_form, CardForm};
use chrono::Utc;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::parse_body;
use crate::{db, idempotency, ApiError, ApiResult, AppState};

/// What using a tokenized card will do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Approved,
    Declined,
    Expired,
    RequiresAction,
}

/// A token as the vault keeps it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Vaulted {
    pub card: CardToken,
    pub holder: String,
    pub outcome: Outcome,
    pub used: bool,
}

fn outcome_of(number: &str) -> Outcome {
    match number {
        "4000000000000002" => Outcome::Declined,
        "4000000000000069" => Outcome::Expired,
        "4000000000003220" => Outcome::RequiresAction,
        _ => Outcome::Approved,
    }
}

fn refused(errors: &[billing_core::validation::FieldError]) -> ApiError {
    ApiError {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        body: ErrorBody::validation_failed(errors),
    }
}

pub async fn tokenize(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<CardToken>)> {
    app.admin(&headers)?;
    let request: CardTokenRequest = parse_body(&body)?;
    let form = CardForm {
        number: request.number.clone(),
        expiry: format!("{:02}/{}", request.exp_month, request.exp_year),
        cvc: request.cvc.clone(),
        holder: request.holder.clone(),
    };
    let valid = validate_card_form(&form, &CardBrand::KNOWN, Utc::now().date_naive())
        .map_err(|e| refused(&e))?;
    let digits = valid.number;
    let card = CardToken {
        token: String::new(),
        brand: CardBrand::detect(&digits),
        last4: last4(&digits),
        exp_month: valid.exp_month,
        exp_year: valid.exp_year,
    };
    let outcome = outcome_of(&digits);
    let card = app.with_db(|conn| {
        let count: i64 = conn.query_row("SELECT COUNT(*) FROM card_tokens", [], |r| r.get(0))?;
        let card = CardToken {
            token: format!("tok_{:08}", count + 1),
            ..card
        };
        let vaulted = Vaulted {
            card: card.clone(),
            holder: valid.holder,
            outcome,
            used: false,
        };
        conn.execute(
            "INSERT INTO card_tokens (token, json) VALUES (?1, ?2)",
            params![card.token, db::json(&vaulted)?],
        )?;
        Ok(card)
    })?;
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
    let mut vaulted: Vaulted = match text {
        Some(text) => serde_json::from_str(&text)?,
        None => return Err(ApiError::validation([(field, "invalid")])),
    };
    if vaulted.used {
        return Err(ApiError::validation([(field, "invalid")]));
    }
    vaulted.used = true;
    conn.execute(
        "UPDATE card_tokens SET json = ?2 WHERE token = ?1",
        params![token, db::json(&vaulted)?],
    )?;
    Ok(vaulted)
}

pub fn declined() -> ApiError {
    ApiError::new(
        StatusCode::PAYMENT_REQUIRED,
        ErrorCode::CardDeclined,
        "the card was declined",
    )
}

pub fn expired() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::CardExpired,
        "the card has expired",
    )
}

pub async fn add(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    app.admin(&headers)?;
    let new: NewPaymentMethod = parse_body(&body)?;
    idempotency::run(
        &app,
        &headers,
        "POST /api/v1/payment-methods",
        &new,
        |conn| add_method(conn, &new),
    )
}

fn add_method(conn: &Connection, new: &NewPaymentMethod) -> ApiResult<PaymentMethod> {
    let address = validate_billing_address(&new.billing_address).map_err(|e| refused(&e))?;
    let vaulted = take_token(conn, &new.token, "token")?;
    match vaulted.outcome {
        Outcome::Declined => return Err(declined()),
        Outcome::Expired => return Err(expired()),
        Outcome::Approved | Outcome::RequiresAction => {}
    }
    let mut methods = db::payment_methods(conn)?;
    let card = vaulted.card;
    let method = PaymentMethod {
        id: format!("pm_{}", card.token.trim_start_matches("tok_")),
        details: MethodDetails::Card {
            brand: card.brand,
            last4: card.last4,
            exp_month: card.exp_month,
            exp_year: card.exp_year,
            holder: vaulted.holder,
            billing_address: address,
        },
        // Validated by the account team, usable within 24 hours.
        status: MethodStatus::PendingValidation,
        is_default: new.make_default,
        eu_supported: new.eu_supported,
        created_at: Utc::now(),
    };
    if method.is_default {
        methods.iter_mut().for_each(|m| m.is_default = false);
        save_all(conn, &methods)?;
    }
    conn.execute(
        "INSERT INTO payment_methods (id, position, json) VALUES (?1, ?2, ?3)",
        params![method.id, methods.len() as i64, db::json(&method)?],
    )?;
    Ok(method)
}

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
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Json<PaymentMethod>> {
    app.admin(&headers)?;
    app.with_db(|conn| {
        let tx = conn.transaction()?;
        let mut methods = db::payment_methods(&tx)?;
        let target = methods
            .iter()
            .find(|m| m.id == id)
            .ok_or_else(|| ApiError::not_found("payment method"))?;
        if target.status != MethodStatus::Active {
            return Err(ApiError::validation([("status", "unusable")]));
        }
        methods.iter_mut().for_each(|m| m.is_default = m.id == id);
        save_all(&tx, &methods)?;
        tx.commit()?;
        methods
            .into_iter()
            .find(|m| m.id == id)
            .map(Json)
            .ok_or_else(|| ApiError::not_found("payment method"))
    })
}

/// Removes a method, unless it is the last valid one of an account that owes money.
pub async fn remove(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<StatusCode> {
    app.admin(&headers)?;
    app.with_db(|conn| {
        let tx = conn.transaction()?;
        let mut methods = db::payment_methods(&tx)?;
        let index = methods
            .iter()
            .position(|m| m.id == id)
            .ok_or_else(|| ApiError::not_found("payment method"))?;
        let removed = methods.remove(index);
        let owes: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM invoices WHERE balance_minor > 0)",
            [],
            |r| r.get(0),
        )?;
        let valid_left = methods.iter().any(|m| m.status == MethodStatus::Active);
        if removed.status == MethodStatus::Active && owes && !valid_left {
            return Err(ApiError::conflict(
                ErrorCode::LastPaymentMethod,
                "the last valid method of an account that owes money",
            ));
        }
        if removed.is_default {
            if let Some(next) = methods
                .iter_mut()
                .find(|m| m.status == MethodStatus::Active)
            {
                next.is_default = true;
            }
        }
        tx.execute("DELETE FROM payment_methods WHERE id = ?1", [&id])?;
        save_all(&tx, &methods)?;
        tx.commit()?;
        Ok(StatusCode::NO_CONTENT)
    })
}
