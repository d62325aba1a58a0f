//! The payment rules, as both backends apply them.

use billing_core::contract::{InvoiceDetail, InvoiceStatus, PaymentSource, PaymentStatus};
use billing_core::ledger::{self, PaymentError};
use billing_core::money::{Currency, Money};
use billing_core::seed;
use billing_core::wallet::CardOutcome;
use chrono::{TimeZone, Utc};
use rust_decimal::Decimal;

fn usd(cents: i64) -> Money {
    Money::new(Decimal::new(cents, 2), Currency::USD)
}

fn payable_usd() -> Vec<InvoiceDetail> {
    let mut all: Vec<InvoiceDetail> = seed::generate(48, 1)
        .invoices
        .into_iter()
        .filter(|d| ledger::is_payable(d, Currency::USD))
        .collect();
    all.sort_by(|a, b| {
        (a.invoice.date, &a.invoice.number).cmp(&(b.invoice.date, &b.invoice.number))
    });
    all
}

#[test]
fn amounts_are_positive_and_to_the_minor_unit() {
    assert_eq!(ledger::check_amount(&usd(1)), Ok(()));
    for (amount, code) in [
        (usd(0), "not_positive"),
        (usd(-100), "not_positive"),
        (
            Money::new(Decimal::new(1001, 3), Currency::USD),
            "too_many_decimals",
        ),
        (
            Money::new(Decimal::new(15, 1), Currency::JPY),
            "too_many_decimals",
        ),
    ] {
        assert_eq!(
            ledger::check_amount(&amount),
            Err(PaymentError::Invalid(vec![("amount", code)]))
        );
    }
}

#[test]
fn a_payment_is_at_most_what_is_owed() {
    let payable = payable_usd();
    let owed: Decimal = payable.iter().map(|d| d.invoice.balance_due.amount).sum();
    let all = Money::new(owed, Currency::USD);
    assert_eq!(ledger::check_owed(&all, None, &payable), Ok(()));
    let more = Money::new(owed + Decimal::new(1, 2), Currency::USD);
    assert_eq!(
        ledger::check_owed(&more, None, &payable),
        Err(PaymentError::AmountExceedsBalance)
    );
    assert_eq!(
        ledger::check_owed(&usd(100), Some("inv_paid"), &[]),
        Err(PaymentError::Invalid(vec![("invoice_id", "not_payable")]))
    );
}

#[test]
fn a_partial_payment_goes_to_the_oldest_invoices_and_leaves_the_rest_due() {
    let mut payable = payable_usd();
    assert!(payable.len() >= 2, "the demo owes on several USD invoices");
    let first = payable[0].invoice.balance_due.amount;
    let paid = first + Decimal::new(1, 2);
    let changed = ledger::apply(&mut payable, paid);
    assert_eq!(changed, [0, 1]);
    assert_eq!(payable[0].invoice.status, InvoiceStatus::Paid);
    assert_eq!(payable[0].invoice.balance_due.amount, Decimal::ZERO);
    assert_ne!(payable[1].invoice.status, InvoiceStatus::Paid);
}

#[test]
fn cards_start_payments_as_the_processor_answers() {
    assert_eq!(
        ledger::card_status(CardOutcome::Approved),
        Ok(PaymentStatus::Succeeded)
    );
    assert_eq!(
        ledger::card_status(CardOutcome::Declined),
        Ok(PaymentStatus::Declined)
    );
    assert_eq!(
        ledger::card_status(CardOutcome::RequiresAction),
        Ok(PaymentStatus::RequiresAction)
    );
    assert_eq!(
        ledger::card_status(CardOutcome::Expired),
        Err(PaymentError::CardExpired)
    );
    let now = Utc
        .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let method = seed::generate(1, 1).payment_methods[0].summary();
    let paypal = ledger::new_payment(
        4,
        now,
        usd(500),
        None,
        &PaymentSource::Paypal,
        method,
        PaymentStatus::RequiresAction,
    );
    assert_eq!(
        (paypal.id.as_str(), paypal.reference.as_str()),
        ("pay_000005", "P-2026-80004")
    );
    assert_eq!(
        paypal.next_action.map(|a| a.url),
        Some("/api/v1/payments/pay_000005/confirm".into())
    );
}
