//! One-time payments: `POST /api/v1/payments` (idempotent), `GET /api/v1/payments/{id}`, and
//! `POST /api/v1/payments/{id}/confirm` once PayPal or the card issuer has approved.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Json;
use billing_core::contract::{
    AttemptOutcome, InvoiceDetail, NewPayment, Payment, PaymentMethodSummary, PaymentSource,
    PaymentStatus,
};
use billing_core::ledger::{self, PaymentError};
use billing_core::money::Currency;
use chrono::Utc;
use rusqlite::{Connection, OptionalExtension};

use super::methods;
use super::parse_body;
use crate::guard::{Admin, Caller};
use crate::idempotency;
use crate::{db, ApiError, ApiResult, AppState};

/// The route payments' idempotency keys are recorded under.
const ROUTE: &str = "POST /api/v1/payments";

pub async fn create(
    State(app): State<AppState>,
    _: Admin,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    let new: NewPayment = parse_body(&body)?;
    idempotency::run(&app, &headers, ROUTE, new, charge).await
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
    app.read(move |conn| payment(conn, &id))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("payment"))
}

/// Completes a payment that was waiting for PayPal approval or card authentication, if what
/// it pays is still owed (`ledger::confirm`).
pub async fn confirm(
    State(app): State<AppState>,
    _: Admin,
    Path(id): Path<String>,
) -> ApiResult<Json<Payment>> {
    app.write(move |conn| {
        let tx = conn.transaction()?;
        let mut payment = payment(&tx, &id)?.ok_or_else(|| ApiError::not_found("payment"))?;
        if payment.status == PaymentStatus::RequiresAction {
            let mut payable =
                payable_invoices(&tx, payment.invoice_id.as_deref(), payment.amount.currency)?;
            for index in ledger::confirm(&mut payment, &mut payable) {
                db::put_invoice(&tx, &payable[index])?;
            }
            db::put_payment(&tx, &payment)?;
        }
        tx.commit()?;
        Ok(Json(payment))
    })
    .await
}

fn payment(conn: &Connection, id: &str) -> ApiResult<Option<Payment>> {
    let text: Option<String> = conn
        .query_row("SELECT json FROM payments WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    text.map(|t| serde_json::from_str(&t).map_err(ApiError::from))
        .transpose()
}

impl From<PaymentError> for ApiError {
    fn from(error: PaymentError) -> ApiError {
        ApiError::from_answer(error.answer())
    }
}

/// Validates everything first, then writes: a refusal changes nothing.
fn charge(conn: &Connection, new: &NewPayment) -> ApiResult<Payment> {
    let payable = payable_invoices(conn, new.invoice_id.as_deref(), new.amount.currency)?;
    let count: i64 = conn.query_row("SELECT COUNT(*) FROM payments", [], |r| r.get(0))?;
    let payment = ledger::charge(new, &payable, count as usize, Utc::now(), |source_| {
        source(conn, source_)
    })?;
    if payment.status == PaymentStatus::Succeeded {
        apply(conn, &payment)?;
    }
    db::put_payment(conn, &payment)?;
    Ok(payment)
}

/// The invoice named, or else every invoice with a balance, oldest first; in `currency`.
fn payable_invoices(
    conn: &Connection,
    invoice_id: Option<&str>,
    currency: Currency,
) -> ApiResult<Vec<InvoiceDetail>> {
    let mut invoices: Vec<InvoiceDetail> = match invoice_id {
        Some(id) => db::invoice(conn, id)?.into_iter().collect(),
        None => db::all(
            conn,
            "SELECT json FROM invoices WHERE balance_minor > 0 ORDER BY date, number",
            &[],
        )?,
    };
    invoices.retain(|d| ledger::is_payable(d, currency));
    Ok(invoices)
}

/// How the source pays, and the state the payment starts in.
fn source(
    conn: &Connection,
    source: &PaymentSource,
) -> ApiResult<(PaymentMethodSummary, PaymentStatus)> {
    let methods = db::payment_methods(conn)?;
    let email = db::account(conn)?.billing_contact_email;
    ledger::pay_with(source, &methods, &email, |token| {
        methods::take_token(conn, token, "source.token")
    })
}

/// Takes the payment off the invoice it names, or off the oldest invoices in its currency.
fn apply(conn: &Connection, payment: &Payment) -> ApiResult<()> {
    let mut payable =
        payable_invoices(conn, payment.invoice_id.as_deref(), payment.amount.currency)?;
    for index in ledger::apply(&mut payable, payment.amount.amount) {
        db::put_invoice(conn, &payable[index])?;
    }
    Ok(())
}
