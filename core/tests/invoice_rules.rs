//! Invoice arithmetic: lines add up, credits count against the balance, summaries per currency.

use std::str::FromStr;

use billing_core::card::CardBrand;
use billing_core::contract::{
    CurrencyBalance, Invoice, InvoiceDetail, InvoiceLine, InvoiceStatus, InvoiceType, MethodStatus,
    PaymentMethodSummary,
};
use billing_core::invoice::{check_invoice, compute_billing_summary, InvoiceError, SummaryInputs};
use billing_core::money::{Currency, Money, MoneyError};
use billing_core::seed;
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("literal")
}

fn m(s: &str, c: Currency) -> Money {
    Money::new(d(s), c)
}

fn date(y: i32, mo: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, mo, day).expect("date")
}

fn line(id: &str, quantity: &str, unit: Money, amount: Money, tax: Money) -> InvoiceLine {
    InvoiceLine {
        id: id.into(),
        description: "Virtual server".into(),
        category: "Compute".into(),
        resource: None,
        period_start: date(2026, 10, 1),
        period_end: date(2026, 10, 31),
        quantity: d(quantity),
        unit_price: unit,
        amount,
        tax,
    }
}

fn invoice(kind: InvoiceType, status: InvoiceStatus, total: Money, due: Money) -> Invoice {
    Invoice {
        id: "inv_1".into(),
        number: "2300001".into(),
        date: date(2026, 11, 1),
        due_date: Some(date(2026, 12, 1)),
        kind,
        status,
        total,
        balance_due: due,
    }
}

/// Two USD lines: 2 × 10.00 + 1.5 × 0.333 (= 0.4995, rounded half up to 0.50), 10% tax.
fn detail() -> InvoiceDetail {
    let usd = |s| m(s, Currency::USD);
    InvoiceDetail {
        invoice: invoice(
            InvoiceType::Recurring,
            InvoiceStatus::Due,
            usd("22.55"),
            usd("22.55"),
        ),
        period_start: date(2026, 10, 1),
        period_end: date(2026, 10, 31),
        subtotal: usd("20.50"),
        tax: usd("2.05"),
        lines: vec![
            line("a", "2", usd("10.00"), usd("20.00"), usd("2.00")),
            line("b", "1.5", usd("0.333"), usd("0.50"), usd("0.05")),
        ],
        bill_to: None,
    }
}

#[test]
fn consistent_invoices_pass() {
    assert_eq!(check_invoice(&detail()), Ok(()));
    let mut credit = detail();
    credit.invoice.kind = InvoiceType::Credit;
    credit.invoice.balance_due = Money::zero(Currency::USD);
    assert_eq!(check_invoice(&credit), Ok(()));
}

#[test]
fn every_seeded_invoice_adds_up() {
    for detail in seed::generate(300, 0).invoices {
        assert_eq!(check_invoice(&detail), Ok(()), "{}", detail.invoice.number);
    }
}

#[test]
fn inconsistencies_are_named() {
    let mut bad_line = detail();
    bad_line.lines[1].amount = m("0.49", Currency::USD);
    assert_eq!(
        check_invoice(&bad_line),
        Err(InvoiceError::LineAmount {
            line_id: "b".into()
        })
    );

    let mut subtotal = detail();
    subtotal.subtotal = m("20.49", Currency::USD);
    assert!(matches!(
        check_invoice(&subtotal),
        Err(InvoiceError::Subtotal { .. })
    ));

    let mut tax = detail();
    tax.tax = m("2.06", Currency::USD);
    assert!(matches!(check_invoice(&tax), Err(InvoiceError::Tax { .. })));

    let mut total = detail();
    total.invoice.total = m("22.56", Currency::USD);
    assert_eq!(
        check_invoice(&total),
        Err(InvoiceError::Total {
            computed: m("22.55", Currency::USD),
            total: m("22.56", Currency::USD)
        })
    );

    let mut overpaid = detail();
    overpaid.invoice.balance_due = m("22.56", Currency::USD);
    assert_eq!(check_invoice(&overpaid), Err(InvoiceError::BalanceDue));
    overpaid.invoice.balance_due = m("-0.01", Currency::USD);
    assert_eq!(check_invoice(&overpaid), Err(InvoiceError::BalanceDue));
}

#[test]
fn mixed_currencies_are_refused() {
    let mut mixed = detail();
    mixed.lines[0].amount = m("20.00", Currency::EUR);
    mixed.lines[0].unit_price = m("10.00", Currency::EUR);
    mixed.lines[0].tax = m("2.00", Currency::EUR);
    assert_eq!(
        check_invoice(&mixed),
        Err(InvoiceError::Money(MoneyError::CurrencyMismatch {
            left: Currency::USD,
            right: Currency::EUR
        }))
    );
    let mut due = detail();
    due.invoice.balance_due = m("1", Currency::EUR);
    assert!(matches!(check_invoice(&due), Err(InvoiceError::Money(_))));
    let mut tax = detail();
    tax.lines[0].tax = m("2.00", Currency::EUR);
    assert_eq!(
        check_invoice(&tax),
        Err(InvoiceError::LineAmount {
            line_id: "a".into()
        })
    );
}

#[test]
fn credits_and_refunds_are_negative_in_balance_terms() {
    let usd = |s| m(s, Currency::USD);
    let effect = |kind, status| invoice(kind, status, usd("30"), usd("30")).balance_effect();
    assert_eq!(
        effect(InvoiceType::Recurring, InvoiceStatus::Due),
        usd("30")
    );
    assert_eq!(effect(InvoiceType::New, InvoiceStatus::Paid), usd("30"));
    assert_eq!(
        effect(InvoiceType::OneTimeCharge, InvoiceStatus::Open),
        usd("30")
    );
    assert_eq!(effect(InvoiceType::Credit, InvoiceStatus::Paid), usd("-30"));
    assert_eq!(effect(InvoiceType::Refund, InvoiceStatus::Paid), usd("-30"));
    assert_eq!(
        effect(InvoiceType::Recurring, InvoiceStatus::Void),
        usd("0")
    );
    assert_eq!(effect(InvoiceType::Unknown, InvoiceStatus::Due), usd("0"));

    let outstanding = |kind, status| invoice(kind, status, usd("30"), usd("20")).outstanding();
    assert_eq!(
        outstanding(InvoiceType::Recurring, InvoiceStatus::PastDue),
        usd("20")
    );
    assert_eq!(
        outstanding(InvoiceType::Recurring, InvoiceStatus::Paid),
        usd("0")
    );
    assert_eq!(
        outstanding(InvoiceType::Credit, InvoiceStatus::Open),
        usd("-20")
    );
    assert_eq!(
        outstanding(InvoiceType::Recurring, InvoiceStatus::Unknown),
        usd("0")
    );
    assert!(InvoiceStatus::Open.is_outstanding() && !InvoiceStatus::Paid.is_outstanding());
    assert_eq!(InvoiceType::Refund.is_charge(), Some(false));
    assert_eq!(InvoiceType::Unknown.is_charge(), None);
}

#[test]
fn the_summary_is_computed_per_currency() {
    let usd = |s| m(s, Currency::USD);
    let dated = |mut i: Invoice, on: NaiveDate| {
        i.date = on;
        i
    };
    let invoices = [
        dated(
            invoice(
                InvoiceType::Recurring,
                InvoiceStatus::Due,
                usd("100"),
                usd("100"),
            ),
            date(2026, 11, 1),
        ),
        dated(
            invoice(
                InvoiceType::OneTimeCharge,
                InvoiceStatus::PastDue,
                usd("50"),
                usd("20"),
            ),
            date(2026, 10, 5),
        ),
        dated(
            invoice(
                InvoiceType::Recurring,
                InvoiceStatus::Paid,
                usd("70"),
                usd("0"),
            ),
            date(2026, 10, 1),
        ),
        dated(
            invoice(
                InvoiceType::Credit,
                InvoiceStatus::Open,
                usd("30"),
                usd("30"),
            ),
            date(2026, 11, 10),
        ),
        dated(
            invoice(
                InvoiceType::Recurring,
                InvoiceStatus::Void,
                usd("999"),
                usd("0"),
            ),
            date(2026, 11, 12),
        ),
        dated(
            invoice(
                InvoiceType::New,
                InvoiceStatus::Open,
                m("10.00", Currency::EUR),
                m("10.00", Currency::EUR),
            ),
            date(2026, 9, 1),
        ),
        dated(
            invoice(
                InvoiceType::Recurring,
                InvoiceStatus::Paid,
                m("1000", Currency::JPY),
                m("0", Currency::JPY),
            ),
            date(2025, 11, 30),
        ),
    ];
    let method = PaymentMethodSummary::Card {
        brand: CardBrand::Visa,
        last4: "4242".into(),
        exp_month: 8,
        exp_year: 2028,
        status: MethodStatus::Active,
    };
    let recurring = [usd("25"), m("5", Currency::GBP)];
    let summary = compute_billing_summary(&SummaryInputs {
        invoices: &invoices,
        recurring: &recurring,
        payment_method: Some(method.clone()),
        next_invoice_date: Some(date(2026, 12, 1)),
        today: date(2026, 11, 15),
    })
    .expect("sums");
    let balance = |current: Money, next: &str| CurrencyBalance {
        current,
        estimated_next: Money::new(d(next), current.currency),
    };
    assert_eq!(
        summary.balances,
        [
            balance(m("10", Currency::EUR), "10"),
            balance(m("0", Currency::GBP), "5"),
            balance(m("0", Currency::JPY), "0"),
            // 100 due + 20 past due − 30 open credit; then + 25 recurring.
            balance(usd("90"), "115"),
        ]
    );
    assert_eq!(summary.payment_method, Some(method));
    assert_eq!(summary.last_invoice_date, Some(date(2026, 11, 1)));
    assert_eq!(summary.next_invoice_date, Some(date(2026, 12, 1)));
    let monthly: Vec<(&str, Money)> = summary
        .monthly
        .iter()
        .map(|t| (t.month.as_str(), t.total))
        .collect();
    assert_eq!(
        monthly,
        [
            ("2026-09", m("10", Currency::EUR)),
            ("2026-10", usd("120")),
            ("2026-11", usd("100")),
        ],
        "12 months ending November 2026, oldest first; credits and void invoices are not invoiced amounts"
    );
}

#[test]
fn a_summary_overflow_is_an_error() {
    let huge = Money::new(Decimal::MAX, Currency::USD);
    let invoices = [
        invoice(InvoiceType::Recurring, InvoiceStatus::Due, huge, huge),
        invoice(InvoiceType::Recurring, InvoiceStatus::Due, huge, huge),
    ];
    let result = compute_billing_summary(&SummaryInputs {
        invoices: &invoices,
        recurring: &[],
        payment_method: None,
        next_invoice_date: None,
        today: date(2026, 11, 15),
    });
    assert_eq!(result, Err(MoneyError::Overflow));
}

#[test]
fn only_an_outstanding_charge_with_something_left_to_pay_is_payable() {
    use InvoiceStatus::*;
    use InvoiceType::*;
    let usd = |s| m(s, Currency::USD);
    for kind in [
        New,
        Recurring,
        OneTimeCharge,
        Credit,
        Refund,
        InvoiceType::Unknown,
    ] {
        for status in [Open, Due, PastDue, Paid, Void, InvoiceStatus::Unknown] {
            for due in ["10.00", "0.00", "-10.00"] {
                let payable = invoice(kind, status, usd("10.00"), usd(due)).is_payable();
                let expected = matches!(kind, New | Recurring | OneTimeCharge)
                    && matches!(status, Open | Due | PastDue)
                    && due == "10.00";
                assert_eq!(payable, expected, "{kind:?} {status:?} {due}");
            }
        }
    }
    let xxx = |s| m(s, Currency::new("XXX").expect("code"));
    let unknown_currency = invoice(Recurring, Due, xxx("10.00"), xxx("10.00"));
    assert!(
        !unknown_currency.is_payable(),
        "no amount can be checked in it"
    );
}
