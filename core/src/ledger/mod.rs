//! One-time payments: what may be paid, how a payment starts, and how it is taken off the
//! invoices. The rules, and the operations over them ([`make_payment`], [`confirm_payment`])
//! that both backends run on their own storage (the reference server on SQLite, the demo in
//! the browser), so that a payment means the same on either.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Utc};
use rust_decimal::Decimal;

use crate::contract::{
    BillTo, ErrorBody, ErrorCode, InvoiceDetail, InvoiceStatus, MethodStatus, NewPayment,
    NextAction, NextActionKind, Payment, PaymentMethod, PaymentMethodSummary, PaymentSource,
    PaymentStatus, Settlement,
};
use crate::fields::{field, FieldCode, FieldError};
use crate::money::{self, Currency, Money};
use crate::validation::validate_billing_address;
use crate::wallet::{CardOutcome, Vaulted};

mod service;

pub use service::{confirm_payment, make_payment, take_token, InMemory, LedgerStore, Refusal};

/// Why a payment was refused: each is one answer of the API contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaymentError {
    /// Fields refused.
    Invalid(Vec<FieldError>),
    AmountExceedsBalance,
    CardExpired,
}

impl PaymentError {
    /// The HTTP status and error body the API answers with.
    pub fn answer(&self) -> (u16, ErrorBody) {
        match self {
            PaymentError::Invalid(errors) => (422, ErrorBody::validation_failed(errors)),
            PaymentError::AmountExceedsBalance => (
                422,
                ErrorBody::new(ErrorCode::AmountExceedsBalance, "more than the balance due"),
            ),
            PaymentError::CardExpired => (
                422,
                ErrorBody::new(ErrorCode::CardExpired, "the card has expired"),
            ),
        }
    }
}

fn invalid(field: &'static str, code: FieldCode) -> PaymentError {
    PaymentError::Invalid(vec![FieldError { field, code }])
}

/// An amount that can be paid at all: positive, in a known currency, with no more decimals
/// than the currency has (as sent: `1.000` USD is refused, not read as `1.00`).
pub fn check_amount(amount: &Money) -> Result<(), PaymentError> {
    money::check_payment_amount(amount).map_err(|e| invalid(field::AMOUNT, FieldCode::from(e)))
}

/// An invoice a payment in `currency` can go to ([`crate::contract::Invoice::is_payable`], in
/// that currency).
pub fn is_payable(detail: &InvoiceDetail, currency: Currency) -> bool {
    detail.invoice.is_payable() && detail.invoice.balance_due.currency == currency
}

/// What `amount` may pay: the named invoice's balance, or else the balances of `payable`
/// (the account's invoices that [`is_payable`]).
pub fn check_owed(
    amount: &Money,
    invoice_id: Option<&str>,
    payable: &[InvoiceDetail],
) -> Result<(), PaymentError> {
    if invoice_id.is_some() && payable.is_empty() {
        return Err(invalid(field::INVOICE_ID, FieldCode::NotPayable));
    }
    let owed: Decimal = payable.iter().map(|d| d.invoice.balance_due.amount).sum();
    if amount.amount > owed {
        return Err(PaymentError::AmountExceedsBalance);
    }
    Ok(())
}

/// The state a payment starts in with a card of this outcome: a declined card is recorded
/// as a declined payment; an expired one is refused.
pub fn card_status(outcome: CardOutcome) -> Result<PaymentStatus, PaymentError> {
    match outcome {
        CardOutcome::Approved => Ok(PaymentStatus::Succeeded),
        CardOutcome::Declined => Ok(PaymentStatus::Declined),
        CardOutcome::RequiresAction => Ok(PaymentStatus::RequiresAction),
        CardOutcome::Expired => Err(PaymentError::CardExpired),
    }
}

/// How `source` pays, and the state the payment starts in: a saved method must be active
/// and pays at once; PayPal waits for the customer's approval; a card used once (and not
/// saved) is checked and its token, taken by `take`, used once. `paypal_email` is the
/// account's billing contact.
pub fn pay_with<E: From<PaymentError>>(
    source: &PaymentSource,
    methods: &[PaymentMethod],
    paypal_email: &str,
    take: impl FnOnce(&str) -> Result<Vaulted, E>,
) -> Result<(PaymentMethodSummary, PaymentStatus), E> {
    match source {
        PaymentSource::SavedMethod { method_id } => {
            let method = methods
                .iter()
                .find(|m| &m.id == method_id)
                .ok_or_else(|| invalid(field::SOURCE_METHOD_ID, FieldCode::NotFound))?;
            if method.status != MethodStatus::Active {
                return Err(invalid(field::SOURCE_METHOD_ID, FieldCode::Unusable).into());
            }
            Ok((method.summary(), PaymentStatus::Succeeded))
        }
        PaymentSource::Paypal => Ok((
            PaymentMethodSummary::Paypal {
                email: paypal_email.to_string(),
                status: MethodStatus::Active,
            },
            PaymentStatus::RequiresAction,
        )),
        PaymentSource::CardToken {
            token,
            billing_address,
        } => {
            validate_billing_address(billing_address).map_err(PaymentError::Invalid)?;
            let vaulted = take(token)?;
            let card = vaulted.card;
            let summary = PaymentMethodSummary::Card {
                brand: card.brand,
                last4: card.last4,
                exp_month: card.exp_month,
                exp_year: card.exp_year,
                status: MethodStatus::Active,
            };
            Ok((summary, card_status(vaulted.outcome)?))
        }
    }
}

/// A payment of `new`: checked against `payable` (the invoices it may go to, see
/// [`is_payable`]), started by `pay` (see [`pay_with`]) as the account's `count`-th.
/// [`make_payment`] records it, and takes it off the invoices with [`settle`] if it succeeded.
pub fn charge<E: From<PaymentError>>(
    new: &NewPayment,
    payable: &[InvoiceDetail],
    count: usize,
    now: DateTime<Utc>,
    pay: impl FnOnce(&PaymentSource) -> Result<(PaymentMethodSummary, PaymentStatus), E>,
) -> Result<Payment, E> {
    check_amount(&new.amount)?;
    check_owed(&new.amount, new.invoice_id.as_deref(), payable)?;
    let (method, status) = pay(&new.source)?;
    // Kept with exactly the currency's minor units (`5` USD is `5.00`): the check above
    // allows no more, so nothing is rounded.
    let amount = new.amount.round_to_minor().unwrap_or(new.amount);
    let mut payment = new_payment(
        count,
        now,
        amount,
        new.invoice_id.clone(),
        &new.source,
        method,
        status,
    );
    payment.invoice_number = new.invoice_id.as_deref().and_then(|id| {
        payable
            .iter()
            .find(|d| d.invoice.id == id)
            .map(|d| d.invoice.number.clone())
    });
    Ok(payment)
}

/// The payment record: the `count`-th payment of the account, made `now`.
pub fn new_payment(
    count: usize,
    now: DateTime<Utc>,
    amount: Money,
    invoice_id: Option<String>,
    source: &PaymentSource,
    method: PaymentMethodSummary,
    status: PaymentStatus,
) -> Payment {
    let id = format!("pay_{:06}", count + 1);
    Payment {
        reference: format!("P-{}-{}", now.year(), 80_000 + count),
        amount,
        status,
        method,
        invoice_id,
        invoice_number: None,
        created_at: now,
        failure_code: (status == PaymentStatus::Declined).then_some(ErrorCode::CardDeclined),
        next_action: (status == PaymentStatus::RequiresAction).then(|| NextAction {
            kind: match source {
                PaymentSource::Paypal => NextActionKind::PaypalApproval,
                _ => NextActionKind::CardAuthentication,
            },
            url: format!("/api/v1/payments/{id}/confirm"),
        }),
        settled: Vec::new(),
        bill_to: None,
        id,
    }
}

/// Completes a payment the customer approved (PayPal, or the card issuer): taken off
/// `payable` ([`is_payable`] now, not when it was created) if it is still owed; otherwise it
/// fails with [`ErrorCode::BalanceChanged`] and nothing is taken. Pending payments reserve
/// nothing, so several of them for one balance can never together pay more than it: the
/// first approved is taken, the rest fail. `bill_to` is the receipt's, as [`settle`] takes
/// it. Returns the indices of the invoices changed; nothing for a payment that was not
/// waiting for approval.
pub fn confirm(
    payment: &mut Payment,
    payable: &mut [InvoiceDetail],
    bill_to: &BillTo,
) -> Vec<usize> {
    if payment.status != PaymentStatus::RequiresAction {
        return Vec::new();
    }
    payment.next_action = None;
    match check_owed(&payment.amount, payment.invoice_id.as_deref(), payable) {
        Ok(()) => {
            payment.status = PaymentStatus::Succeeded;
            settle(payment, payable, bill_to)
        }
        Err(_) => {
            payment.status = PaymentStatus::Failed;
            payment.failure_code = Some(ErrorCode::BalanceChanged);
            Vec::new()
        }
    }
}

/// Takes a succeeded `payment` off `payable` with [`apply`], and keeps on it what the receipt
/// shows: each invoice's part, and whom it is made out to (`bill_to`, the profile's now).
/// Returns the indices of the invoices changed.
pub fn settle(
    payment: &mut Payment,
    payable: &mut [InvoiceDetail],
    bill_to: &BillTo,
) -> Vec<usize> {
    let (changed, settled) = apply(payable, payment.amount.amount).into_iter().unzip();
    payment.settled = settled;
    payment.bill_to = Some(Arc::new(bill_to.clone()));
    changed
}

/// Takes `amount` off `payable` (the named invoice, or the oldest first); an invoice paid in
/// full is marked paid. Returns each invoice changed, by index, with the part it took. The
/// caller has checked with [`check_owed`] that `payable` owes at least `amount`, so all of
/// it lands on them.
pub fn apply(payable: &mut [InvoiceDetail], amount: Decimal) -> Vec<(usize, Settlement)> {
    let mut left = amount;
    let mut changed = Vec::new();
    for (index, detail) in payable.iter_mut().enumerate() {
        if left <= Decimal::ZERO {
            break;
        }
        let invoice = &mut detail.invoice;
        let due = invoice.balance_due.amount;
        let paid = due.min(left);
        left -= paid;
        invoice.balance_due.amount = due - paid;
        if invoice.balance_due.amount == Decimal::ZERO {
            invoice.status = InvoiceStatus::Paid;
        }
        let part = Settlement {
            invoice_id: invoice.id.clone(),
            number: invoice.number.clone(),
            amount: Money::new(paid, invoice.balance_due.currency),
        };
        changed.push((index, part));
    }
    changed
}
