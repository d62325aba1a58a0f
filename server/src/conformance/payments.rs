//! Paying, as a customer would, on a payable invoice the kit finds through the invoice list's
//! status filter: each step pays the currency's smallest unit, so the invoice still has a
//! balance for the integrity checks that follow. Exactly once per idempotency key, the test
//! cards as the contract says, approvals that charge nothing until confirmed.

use billing_core::contract::{
    BillingSummary, ErrorCode, Invoice, NextActionKind, Page, Payment, PaymentMethod,
    PaymentSource, PaymentStatus,
};
use billing_core::money::{Currency, Money};
use futures_util::future::join_all;
use rust_decimal::Decimal;
use serde_json::Value;

use super::client::{wire_name, Answer, Caller};
use super::fixtures::{
    card_source, invoice, methods, minor_unit, payment, payment_count, tokenize, APPROVED,
    DECLINED, EXPIRED, NEEDS_AUTHENTICATION,
};
use super::report::{ensure, every, not_applicable, Checked, Problem, Report};
use super::Kit;

const AREA: &str = "payments";

/// How many smallest units an invoice must owe for every step of the payment checks.
const UNITS_NEEDED: i64 = 20;

/// The most pages of outstanding invoices read to find a payable one.
const MAX_PAGES: usize = 5;

/// The invoice the kit pays, and what the later areas need of the payments made.
pub struct Ledger {
    pub invoice_id: String,
    pub currency: Currency,
    /// The currency's smallest amount.
    pub unit: Money,
    /// Its balance due before the kit paid anything.
    pub owed: Decimal,
    /// The billing summary's balance in the currency before the kit paid anything.
    pub summary_before: Result<Decimal, String>,
    /// The key of a payment that succeeded, and its answer.
    pub completed: Option<(String, Payment)>,
}

const CHECKS: [&str; 11] = [
    "a payable invoice is found through the list's status filter",
    "a one-time card pays part of the invoice: 201 succeeded, the rest still due",
    "the payment reads back by id and in the invoice's payment list",
    "the same key and body replay the first answer and charge once",
    "the same key with another body: 422 idempotency_mismatch, nothing charged",
    "8 concurrent requests with one key charge once, each answered the payment",
    "a declined test card: 201 declined with card_declined, nothing charged, no receipt (409)",
    "an expired test card: 422 card_expired, nothing recorded",
    "a card needing authentication waits, then confirmed pays once",
    "PayPal waits for approval; confirmed twice, it pays once",
    "one-time cards are not saved as methods",
];

pub async fn run(kit: &Kit, report: &mut Report) -> Option<Ledger> {
    let mut ledger = match payable(kit).await {
        Ok(ledger) => ledger,
        Err(problem) => {
            let why = format!("no payable invoice: {}", problem.detail());
            report.record(AREA, CHECKS[0], Err(problem));
            for check in &CHECKS[1..] {
                report.record(AREA, *check, Err(not_applicable(why.clone())));
            }
            return None;
        }
    };
    report.record(AREA, CHECKS[0], Ok(()));
    let saved_before = methods(kit).await;
    let paid = partial(kit, &ledger).await;
    let first = paid.as_ref().ok().cloned();
    report.record(AREA, CHECKS[1], paid.map(drop).map_err(Into::into));
    let made = || {
        first
            .as_ref()
            .ok_or_else(|| not_applicable("no payment was made"))
    };
    report.record(AREA, CHECKS[2], reads_back(kit, &ledger, made()).await);
    report.record(AREA, CHECKS[3], replayed(kit, &ledger, made()).await);
    report.record(AREA, CHECKS[4], mismatch(kit, &ledger, made()).await);
    report.record(AREA, CHECKS[5], one_key_at_once(kit, &ledger).await);
    report.record(AREA, CHECKS[6], declined(kit, &ledger).await);
    report.record(AREA, CHECKS[7], expired(kit, &ledger).await);
    report.record(
        AREA,
        CHECKS[8],
        approved_later(kit, &ledger, Approval::Card).await,
    );
    report.record(
        AREA,
        CHECKS[9],
        approved_later(kit, &ledger, Approval::Paypal).await,
    );
    report.record(
        AREA,
        CHECKS[10],
        not_saved(saved_before, methods(kit).await),
    );
    ledger.completed = first.map(|paid| (paid.key, paid.payment));
    Some(ledger)
}

/// The first outstanding invoice that is payable and owes enough for every step.
async fn payable(kit: &Kit) -> Result<Ledger, Problem> {
    let mut query = "statuses=open,due,past_due&limit=100".to_string();
    for _ in 0..MAX_PAGES {
        let page: Page<Invoice> = kit
            .client
            .get(&format!("/api/v1/invoices?{query}"), Caller::Admin)
            .await?
            .read(200)?;
        let found = page.items.iter().find_map(|invoice| {
            let unit = minor_unit(invoice.balance_due.currency)?;
            let enough = invoice.balance_due.amount >= unit.amount * Decimal::from(UNITS_NEEDED);
            (invoice.is_payable() && enough).then_some((invoice, unit))
        });
        if let Some((invoice, unit)) = found {
            let currency = invoice.balance_due.currency;
            return Ok(Ledger {
                invoice_id: invoice.id.clone(),
                currency,
                unit,
                owed: invoice.balance_due.amount,
                summary_before: summary_balance(kit, currency).await,
                completed: None,
            });
        }
        match page.next_cursor {
            Some(cursor) => {
                let cursor: String = percent_encoding::utf8_percent_encode(
                    &cursor,
                    percent_encoding::NON_ALPHANUMERIC,
                )
                .to_string();
                query = format!("statuses=open,due,past_due&limit=100&cursor={cursor}");
            }
            None => break,
        }
    }
    Err(not_applicable(format!(
        "no open, due or past-due invoice owes {UNITS_NEEDED} of its currency's smallest unit"
    )))
}

/// The billing summary's current balance in `currency`.
pub async fn summary_balance(kit: &Kit, currency: Currency) -> Result<Decimal, String> {
    let summary: BillingSummary = kit
        .client
        .get("/api/v1/billing-summary", Caller::Admin)
        .await?
        .read(200)?;
    summary
        .balances
        .iter()
        .find(|b| b.current.currency == currency)
        .map(|b| b.current.amount)
        .ok_or_else(|| format!("the billing summary has no {currency} balance"))
}

/// The invoice's balance due now.
pub async fn balance(kit: &Kit, ledger: &Ledger) -> Result<Decimal, String> {
    Ok(invoice(kit, &ledger.invoice_id)
        .await?
        .invoice
        .balance_due
        .amount)
}

/// `Err` unless the invoice's balance went from `before` down by `paid`.
pub async fn balance_moved(
    kit: &Kit,
    ledger: &Ledger,
    before: Decimal,
    paid: Decimal,
) -> Result<(), String> {
    let now = balance(kit, ledger).await?;
    ensure(now == before - paid, || {
        format!("the balance went from {before} to {now}, not down by {paid}")
    })
}

/// `Err` unless the account has `expected` payments.
pub async fn count_is(kit: &Kit, expected: u64) -> Result<(), String> {
    let count = payment_count(kit).await?;
    ensure(count == expected, || {
        format!("{expected} payments expected, {count} listed")
    })
}

/// A payment made, with its key and the body it was sent with.
#[derive(Clone)]
struct Paid {
    key: String,
    body: Value,
    payment: Payment,
}

async fn pay(kit: &Kit, key: &str, body: &Value) -> Result<Answer, String> {
    kit.client
        .post("/api/v1/payments", Caller::Admin, Some(key), Some(body))
        .await
}

/// A body paying `amount` of the ledger's invoice with a fresh card of `number`.
pub async fn card_payment(
    kit: &Kit,
    ledger: &Ledger,
    number: &str,
    amount: Money,
) -> Result<Value, String> {
    let token = tokenize(kit, number).await?;
    Ok(payment(
        amount,
        Some(&ledger.invoice_id),
        card_source(&token.token),
    ))
}

async fn partial(kit: &Kit, ledger: &Ledger) -> Result<Paid, String> {
    let before = invoice(kit, &ledger.invoice_id).await?.invoice;
    let key = kit.key("pay-part");
    let body = card_payment(kit, ledger, APPROVED, ledger.unit).await?;
    let payment: Payment = pay(kit, &key, &body).await?.read(201)?;
    ensure(payment.status == PaymentStatus::Succeeded, || {
        format!("the payment is {}", wire_name(&payment.status))
    })?;
    ensure(
        payment.amount == ledger.unit && payment.invoice_id.as_ref() == Some(&ledger.invoice_id),
        || {
            format!(
                "the payment is of {:?} for {:?}",
                payment.amount, payment.invoice_id
            )
        },
    )?;
    let after = invoice(kit, &ledger.invoice_id).await?.invoice;
    ensure(
        after.balance_due.amount == before.balance_due.amount - ledger.unit.amount,
        || {
            format!(
                "the balance went from {} to {}",
                before.balance_due.amount, after.balance_due.amount
            )
        },
    )?;
    ensure(after.status == before.status, || {
        format!(
            "partly paid, the invoice went from {:?} to {:?}",
            before.status, after.status
        )
    })?;
    Ok(Paid { key, body, payment })
}

async fn reads_back(kit: &Kit, ledger: &Ledger, paid: Result<&Paid, Problem>) -> Checked {
    let payment = &paid?.payment;
    let read: Payment = kit
        .client
        .get(&format!("/api/v1/payments/{}", payment.id), Caller::Admin)
        .await?
        .read(200)?;
    ensure(&read == payment, || format!("read back as {read:?}"))?;
    let listed: Page<Payment> = kit
        .client
        .get(
            &format!(
                "/api/v1/payments?invoice_id={}&limit=500",
                ledger.invoice_id
            ),
            Caller::Admin,
        )
        .await?
        .read(200)?;
    ensure(listed.items.contains(payment), || {
        "not in the invoice's payment list".into()
    })?;
    let stray = listed
        .items
        .iter()
        .find(|p| p.invoice_id.as_ref() != Some(&ledger.invoice_id));
    ensure(stray.is_none(), || {
        format!(
            "the invoice's list has a payment of {:?}",
            stray.map(|p| &p.invoice_id)
        )
    })?;
    Ok(())
}

async fn replayed(kit: &Kit, ledger: &Ledger, paid: Result<&Paid, Problem>) -> Checked {
    let paid = paid?;
    let (count, before) = (payment_count(kit).await?, balance(kit, ledger).await?);
    let again: Payment = pay(kit, &paid.key, &paid.body).await?.read(201)?;
    ensure(again == paid.payment, || {
        format!("the retry answered {again:?}")
    })?;
    every([
        count_is(kit, count).await,
        balance_moved(kit, ledger, before, Decimal::ZERO).await,
    ])
}

async fn mismatch(kit: &Kit, ledger: &Ledger, paid: Result<&Paid, Problem>) -> Checked {
    let paid = paid?;
    let (count, before) = (payment_count(kit).await?, balance(kit, ledger).await?);
    let mut other = paid.body.clone();
    let doubled = Money::new(ledger.unit.amount * Decimal::TWO, ledger.currency);
    other["amount"] = super::fixtures::json(&doubled);
    let answer = pay(kit, &paid.key, &other).await?;
    every([
        answer.refused(422, "idempotency_mismatch").map(drop),
        count_is(kit, count).await,
        balance_moved(kit, ledger, before, Decimal::ZERO).await,
    ])
}

/// How many of the concurrent requests a check sends.
pub const AT_ONCE: usize = 8;

async fn one_key_at_once(kit: &Kit, ledger: &Ledger) -> Checked {
    let (count, before) = (payment_count(kit).await?, balance(kit, ledger).await?);
    let key = kit.key("one-key-at-once");
    let body = card_payment(kit, ledger, APPROVED, ledger.unit).await?;
    let answers = join_all((0..AT_ONCE).map(|_| pay(kit, &key, &body))).await;
    let mut payments = Vec::new();
    let mut results = Vec::new();
    for answer in answers {
        // A request still in progress may be told so (409) rather than wait for its answer.
        results.push(answer.and_then(|a| match a.status {
            409 => a.refused(409, "conflict").map(drop),
            _ => a.read::<Payment>(201).map(|p| payments.push(p)),
        }));
    }
    results.push(ensure(
        !payments.is_empty() && payments.windows(2).all(|w| w[0] == w[1]),
        || format!("{} different answers", payments.len()),
    ));
    results.push(count_is(kit, count + 1).await);
    results.push(balance_moved(kit, ledger, before, ledger.unit.amount).await);
    every(results)
}

async fn declined(kit: &Kit, ledger: &Ledger) -> Checked {
    let before = balance(kit, ledger).await?;
    let body = card_payment(kit, ledger, DECLINED, ledger.unit).await?;
    let payment: Payment = pay(kit, &kit.key("declined"), &body).await?.read(201)?;
    ensure(
        payment.status == PaymentStatus::Declined
            && payment.failure_code == Some(ErrorCode::CardDeclined),
        || {
            format!(
                "{} with {:?}",
                wire_name(&payment.status),
                payment.failure_code
            )
        },
    )?;
    balance_moved(kit, ledger, before, Decimal::ZERO).await?;
    // Only a payment that went through has a receipt.
    kit.client
        .get(
            &format!("/api/v1/payments/{}/pdf", payment.id),
            Caller::Admin,
        )
        .await?
        .refused(409, "conflict")?;
    Ok(())
}

async fn expired(kit: &Kit, ledger: &Ledger) -> Checked {
    let (count, before) = (payment_count(kit).await?, balance(kit, ledger).await?);
    let body = card_payment(kit, ledger, EXPIRED, ledger.unit).await?;
    let answer = pay(kit, &kit.key("expired"), &body).await?;
    every([
        answer.refused(422, "card_expired").map(drop),
        count_is(kit, count).await,
        balance_moved(kit, ledger, before, Decimal::ZERO).await,
    ])
}

/// Who approves a pending payment.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Approval {
    Card,
    Paypal,
}

/// A payment waiting for approval, created with `key` for `amount` of the ledger's invoice.
pub async fn pending(
    kit: &Kit,
    ledger: &Ledger,
    paypal: bool,
    key: &str,
    amount: Money,
) -> Result<Payment, String> {
    let body = match paypal {
        true => payment(amount, Some(&ledger.invoice_id), PaymentSource::Paypal),
        false => card_payment(kit, ledger, NEEDS_AUTHENTICATION, amount).await?,
    };
    let created: Payment = pay(kit, key, &body).await?.read(201)?;
    let kind = match paypal {
        true => NextActionKind::PaypalApproval,
        false => NextActionKind::CardAuthentication,
    };
    ensure(
        created.status == PaymentStatus::RequiresAction
            && created.next_action.as_ref().is_some_and(|a| a.kind == kind),
        || {
            format!(
                "{} with next action {:?}",
                wire_name(&created.status),
                created.next_action
            )
        },
    )?;
    Ok(created)
}

/// Confirms a payment through the contract's route.
pub async fn confirm(kit: &Kit, id: &str) -> Result<Payment, String> {
    kit.client
        .post(
            &format!("/api/v1/payments/{id}/confirm"),
            Caller::Admin,
            None,
            None,
        )
        .await?
        .read(200)
}

async fn approved_later(kit: &Kit, ledger: &Ledger, approval: Approval) -> Checked {
    let before = balance(kit, ledger).await?;
    let paypal = approval == Approval::Paypal;
    let key = kit.key(if paypal { "paypal" } else { "authenticated" });
    let created = pending(kit, ledger, paypal, &key, ledger.unit).await?;
    balance_moved(kit, ledger, before, Decimal::ZERO).await?;
    let confirmed = confirm(kit, &created.id).await?;
    ensure(
        confirmed.status == PaymentStatus::Succeeded && confirmed.next_action.is_none(),
        || format!("confirmed, the payment is {}", wire_name(&confirmed.status)),
    )?;
    let again = confirm(kit, &created.id).await?;
    ensure(again == confirmed, || {
        "confirmed again, the payment changed".into()
    })?;
    balance_moved(kit, ledger, before, ledger.unit.amount).await?;
    Ok(())
}

fn not_saved(
    before: Result<Vec<PaymentMethod>, String>,
    after: Result<Vec<PaymentMethod>, String>,
) -> Checked {
    let (before, after) = (before?, after?);
    ensure(before == after, || {
        format!(
            "{} methods before the payments, {} after",
            before.len(),
            after.len()
        )
    })?;
    Ok(())
}
