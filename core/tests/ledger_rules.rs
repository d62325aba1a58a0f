//! The payment rules, as both backends apply them.

use billing_core::contract::{
    BillTo, ErrorCode, InvoiceDetail, InvoiceStatus, NewPayment, Payment, PaymentMethodSummary,
    PaymentSource, PaymentStatus, Settlement,
};
use billing_core::fields::{field, FieldCode, FieldError};
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

/// Whom the seeded account's receipts are made out to.
fn bill_to() -> BillTo {
    seed::generate(1, 0).profile.bill_to
}

#[test]
fn amounts_are_positive_and_to_the_minor_unit() {
    assert_eq!(ledger::check_amount(&usd(1)), Ok(()));
    for (amount, code) in [
        (usd(0), FieldCode::NotPositive),
        (usd(-100), FieldCode::NotPositive),
        (
            Money::new(Decimal::new(1001, 3), Currency::USD),
            FieldCode::TooManyDecimals,
        ),
        (
            Money::new(Decimal::new(15, 1), Currency::JPY),
            FieldCode::TooManyDecimals,
        ),
        // `1.000` USD: trailing zeros as sent count, so no third decimal is ever stored.
        (
            Money::new(Decimal::new(1000, 3), Currency::USD),
            FieldCode::TooManyDecimals,
        ),
    ] {
        assert_eq!(
            ledger::check_amount(&amount),
            Err(PaymentError::Invalid(vec![FieldError {
                field: field::AMOUNT,
                code
            }]))
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
        Err(PaymentError::Invalid(vec![FieldError {
            field: "invoice_id",
            code: FieldCode::NotPayable
        }]))
    );
}

#[test]
fn a_partial_payment_goes_to_the_oldest_invoices_and_leaves_the_rest_due() {
    let mut payable = payable_usd();
    assert!(payable.len() >= 2, "the demo owes on several USD invoices");
    let first = payable[0].invoice.balance_due.amount;
    let paid = first + Decimal::new(1, 2);
    let changed = ledger::apply(&mut payable, paid);
    let part = |index: usize, amount: Decimal| {
        let invoice = &payable[index].invoice;
        let settled = Settlement {
            invoice_id: invoice.id.clone(),
            number: invoice.number.clone(),
            amount: Money::new(amount, Currency::USD),
        };
        (index, settled)
    };
    assert_eq!(
        changed,
        [part(0, first), part(1, Decimal::new(1, 2))],
        "each invoice's part is what it took"
    );
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

fn pending_paypal(amount: Money, invoice_id: Option<String>, count: usize) -> Payment {
    let new = NewPayment {
        amount,
        invoice_id,
        source: PaymentSource::Paypal,
        eu_supported: false,
    };
    let payable = payable_usd();
    let now = Utc
        .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let started = ledger::charge(&new, &payable, count, now, |_| {
        Ok::<_, PaymentError>((
            PaymentMethodSummary::Paypal {
                email: "billing@example.com".into(),
                status: billing_core::contract::MethodStatus::Active,
            },
            PaymentStatus::RequiresAction,
        ))
    });
    started.unwrap_or_else(|e| panic!("the payment starts: {e:?}"))
}

#[test]
fn a_payment_to_an_invoice_carries_the_number_the_customer_knows_it_by() {
    let invoice = payable_usd()[0].invoice.clone();
    let payment = pending_paypal(invoice.balance_due, Some(invoice.id.clone()), 0);
    assert_eq!(payment.invoice_id, Some(invoice.id.clone()));
    assert_eq!(payment.invoice_number, Some(invoice.number.clone()));
    assert_ne!(invoice.number, invoice.id, "the id is not a number to show");
    assert_eq!(pending_paypal(usd(1000), None, 1).invoice_number, None);
    // Kept by a backend's storage, and read from one that keeps none.
    let mut wire = serde_json::to_value(&payment).unwrap_or_default();
    assert_eq!(wire["invoice_number"], invoice.number.as_str());
    if let Some(object) = wire.as_object_mut() {
        object.remove("invoice_number");
    }
    let older: Payment = serde_json::from_value(wire).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(older.invoice_number, None);
}

#[test]
fn pending_payments_for_one_balance_never_together_pay_more_than_it() {
    let mut payable = payable_usd();
    let invoice = payable[0].invoice.clone();
    let balance = invoice.balance_due;
    // Three approvals pending for the whole balance, each accepted when created.
    let mut pending: Vec<Payment> = (0..3)
        .map(|n| pending_paypal(balance, Some(invoice.id.clone()), n))
        .collect();
    let mut named: Vec<InvoiceDetail> = payable.drain(..1).collect();
    let changed = ledger::confirm(&mut pending[0], &mut named, &bill_to());
    assert_eq!(changed, [0]);
    assert_eq!(pending[0].status, PaymentStatus::Succeeded);
    assert_eq!(
        pending[0].bill_to.as_deref(),
        Some(&bill_to()),
        "the receipt's"
    );
    let settled = Settlement {
        invoice_id: invoice.id.clone(),
        number: invoice.number.clone(),
        amount: balance,
    };
    assert_eq!(pending[0].settled, [settled]);
    assert_eq!(named[0].invoice.balance_due.amount, Decimal::ZERO);
    // The invoice is paid now, so it is no longer payable: the others fail, taking nothing.
    let mut now_payable: Vec<InvoiceDetail> = named
        .into_iter()
        .filter(|d| ledger::is_payable(d, Currency::USD))
        .collect();
    for payment in &mut pending[1..] {
        assert_eq!(
            ledger::confirm(payment, &mut now_payable, &bill_to()),
            Vec::<usize>::new()
        );
        assert_eq!(payment.status, PaymentStatus::Failed);
        assert_eq!(payment.failure_code, Some(ErrorCode::BalanceChanged));
        assert_eq!(payment.next_action, None);
        assert_eq!((payment.settled.len(), &payment.bill_to), (0, &None));
    }
}

#[test]
fn an_approval_for_more_than_is_left_fails_and_a_confirmed_payment_is_not_applied_again() {
    let mut payable = payable_usd();
    let owed: Decimal = payable.iter().map(|d| d.invoice.balance_due.amount).sum();
    let mut first = pending_paypal(usd(1000), None, 0);
    let mut second = pending_paypal(Money::new(owed, Currency::USD), None, 1);
    assert!(!ledger::confirm(&mut first, &mut payable, &bill_to()).is_empty());
    let left: Decimal = payable.iter().map(|d| d.invoice.balance_due.amount).sum();
    assert_eq!(left, owed - Decimal::new(1000, 2));
    assert!(ledger::confirm(&mut second, &mut payable, &bill_to()).is_empty());
    assert_eq!(second.failure_code, Some(ErrorCode::BalanceChanged));
    // Confirming a completed payment again changes nothing.
    assert!(ledger::confirm(&mut first, &mut payable, &bill_to()).is_empty());
    let after: Decimal = payable.iter().map(|d| d.invoice.balance_due.amount).sum();
    assert_eq!(after, left);
}

#[test]
fn a_payment_is_kept_with_the_currency_minor_units() {
    let five = Money::new(Decimal::new(5, 0), Currency::USD);
    let payment = pending_paypal(five, None, 0);
    assert_eq!(payment.amount.amount.to_string(), "5.00");
}

#[test]
fn the_form_and_the_ledger_hold_an_amount_to_one_rule() {
    use billing_core::money::parse_amount;
    use billing_core::money::NumberStyle;
    use std::str::FromStr;
    for currency in [Currency::USD, Currency::JPY] {
        for text in [
            "0", "-1", "1", "1.5", "1.50", "1.000", "12.345", "100", "-1.234", "0.000",
        ] {
            let typed = parse_amount(text, NumberStyle::POINT, currency, None)
                .map(drop)
                .map_err(FieldCode::from);
            let sent = Money::new(Decimal::from_str(text).expect("literal"), currency);
            let ledger = ledger::check_amount(&sent).map_err(|e| match e {
                PaymentError::Invalid(errors) => errors[0].code,
                other => panic!("{other:?}"),
            });
            assert_eq!(typed, ledger, "{text} {currency}");
        }
    }
}
