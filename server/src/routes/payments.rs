//! One-time payments: `POST /api/v1/payments` (idempotent), `GET /api/v1/payments/{id}`, and
//! `POST /api/v1/payments/{id}/confirm` once PayPal or the card issuer has approved.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use billing_core::contract::{
    ErrorBody, ErrorCode, InvoiceDetail, InvoiceStatus, MethodStatus, NewPayment, NextAction,
    NextActionKind, Payment, PaymentMethodSummary, PaymentSource, PaymentStatus,
};
use billing_core::money::Currency;
use billing_core::validation::{field, validate_billing_address, FieldCode};
use chrono::{Datelike, Utc};
use rusqlite::{Connection, OptionalExtension};
use rust_decimal::Decimal;

use billing_core::wallet::{CardOutcome, WalletError};

use super::methods;
use super::parse_body;
use crate::idempotency;
use crate::{db, ApiError, ApiResult, AppState};

pub async fn create(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<Response> {
    app.admin(&headers)?;
    let new: NewPayment = parse_body(&body)?;
    idempotency::run(&app, &headers, "POST /api/v1/payments", &new, |conn| {
        charge(conn, &new)
    })
}

pub async fn get(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Json<Payment>> {
    app.role(&headers)?;
    app.with_db(|conn| payment(conn, &id))?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("payment"))
}

/// Completes a payment that was waiting for PayPal approval or card authentication.
pub async fn confirm(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> ApiResult<Json<Payment>> {
    app.admin(&headers)?;
    app.with_db(|conn| {
        let tx = conn.transaction()?;
        let mut payment = payment(&tx, &id)?.ok_or_else(|| ApiError::not_found("payment"))?;
        if payment.status == PaymentStatus::RequiresAction {
            apply(&tx, &payment)?;
            payment.status = PaymentStatus::Succeeded;
            payment.next_action = None;
            db::put_payment(&tx, &payment)?;
        }
        tx.commit()?;
        Ok(Json(payment))
    })
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

/// Validates everything first, then writes: a refusal changes nothing.
fn charge(conn: &Connection, new: &NewPayment) -> ApiResult<Payment> {
    let amount = new.amount;
    let refuse = |code: FieldCode| ApiError::validation([(field::AMOUNT, code.as_str())]);
    let digits = amount
        .currency
        .minor_units()
        .ok_or_else(|| refuse(FieldCode::UnknownCurrency))?;
    if amount.amount <= Decimal::ZERO {
        return Err(refuse(FieldCode::NotPositive));
    }
    if amount.amount.normalize().scale() > digits {
        return Err(refuse(FieldCode::TooManyDecimals));
    }
    let owed = owed(conn, new)?;
    if amount.amount > owed {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::AmountExceedsBalance,
            "more than the balance due",
        ));
    }
    let (method, status) = source(conn, &new.source)?;
    let count: i64 = conn.query_row("SELECT COUNT(*) FROM payments", [], |r| r.get(0))?;
    let now = Utc::now();
    let id = format!("pay_{:06}", count + 1);
    let payment = Payment {
        reference: format!("P-{}-{}", now.year(), 80_000 + count),
        amount,
        status,
        method,
        invoice_id: new.invoice_id.clone(),
        created_at: now,
        failure_code: (status == PaymentStatus::Declined).then_some(ErrorCode::CardDeclined),
        next_action: (status == PaymentStatus::RequiresAction).then(|| NextAction {
            kind: match new.source {
                PaymentSource::Paypal => NextActionKind::PaypalApproval,
                _ => NextActionKind::CardAuthentication,
            },
            url: format!("/api/v1/payments/{id}/confirm"),
        }),
        id,
    };
    if payment.status == PaymentStatus::Succeeded {
        apply(conn, &payment)?;
    }
    db::put_payment(conn, &payment)?;
    Ok(payment)
}

/// What the payment may pay: the invoice's balance, or the account's in that currency.
fn owed(conn: &Connection, new: &NewPayment) -> ApiResult<Decimal> {
    let payable = payable_invoices(conn, new.invoice_id.as_deref(), new.amount.currency)?;
    if new.invoice_id.is_some() && payable.is_empty() {
        return Err(ApiError::validation([("invoice_id", "not_payable")]));
    }
    Ok(payable.iter().map(|i| i.invoice.balance_due.amount).sum())
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
    invoices.retain(|d| {
        d.invoice.balance_due.currency == currency
            && d.invoice.balance_due.amount > Decimal::ZERO
            && matches!(
                d.invoice.status,
                InvoiceStatus::Open | InvoiceStatus::Due | InvoiceStatus::PastDue
            )
    });
    Ok(invoices)
}

/// How the source pays, and the state the payment starts in.
fn source(
    conn: &Connection,
    source: &PaymentSource,
) -> ApiResult<(PaymentMethodSummary, PaymentStatus)> {
    match source {
        PaymentSource::SavedMethod { method_id } => {
            let method = db::payment_methods(conn)?
                .into_iter()
                .find(|m| &m.id == method_id)
                .ok_or_else(|| ApiError::validation([("source.method_id", "not_found")]))?;
            if method.status != MethodStatus::Active {
                return Err(ApiError::validation([("source.method_id", "unusable")]));
            }
            Ok((method.summary(), PaymentStatus::Succeeded))
        }
        PaymentSource::Paypal => {
            let email = db::account(conn)?.billing_contact_email;
            Ok((
                PaymentMethodSummary::Paypal {
                    email,
                    status: MethodStatus::Active,
                },
                PaymentStatus::RequiresAction,
            ))
        }
        // A card used once and not saved.
        PaymentSource::CardToken {
            token,
            billing_address,
        } => {
            validate_billing_address(billing_address).map_err(|e| ApiError {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                body: ErrorBody::validation_failed(&e),
            })?;
            let vaulted = methods::take_token(conn, token, "source.token")?;
            let card = vaulted.card;
            let summary = PaymentMethodSummary::Card {
                brand: card.brand,
                last4: card.last4,
                status: MethodStatus::Active,
            };
            match vaulted.outcome {
                CardOutcome::Approved => Ok((summary, PaymentStatus::Succeeded)),
                CardOutcome::Declined => Ok((summary, PaymentStatus::Declined)),
                CardOutcome::RequiresAction => Ok((summary, PaymentStatus::RequiresAction)),
                CardOutcome::Expired => Err(WalletError::Expired.into()),
            }
        }
    }
}

/// Takes the payment off the invoice it names, or off the oldest invoices in its currency.
fn apply(conn: &Connection, payment: &Payment) -> ApiResult<()> {
    let mut left = payment.amount.amount;
    for mut detail in
        payable_invoices(conn, payment.invoice_id.as_deref(), payment.amount.currency)?
    {
        if left <= Decimal::ZERO {
            break;
        }
        let due = detail.invoice.balance_due.amount;
        let paid = due.min(left);
        left -= paid;
        detail.invoice.balance_due.amount = due - paid;
        if detail.invoice.balance_due.amount == Decimal::ZERO {
            detail.invoice.status = InvoiceStatus::Paid;
        }
        db::put_invoice(conn, &detail)?;
    }
    Ok(())
}
