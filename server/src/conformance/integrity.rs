//! Money is never taken twice nor more than is owed, on the invoice the payment checks left
//! partly paid: an amount over the balance refused and changing nothing, concurrent
//! payments that together exceed it, pending approvals that together exceed it, and at the
//! end the invoice paid and the summary down by exactly what the kit paid.

use billing_core::contract::{ErrorCode, InvoiceStatus, Payment, PaymentStatus};
use billing_core::money::Money;
use futures_util::future::join_all;
use rust_decimal::Decimal;

use super::client::{wire_name, Caller};
use super::fixtures::{invoice, payment_count, APPROVED};
use super::payments::{
    balance, balance_moved, card_payment, confirm, count_is, pending, summary_balance, Ledger,
    AT_ONCE,
};
use super::report::{ensure, every, not_applicable, Checked, Report};
use super::Kit;

const AREA: &str = "integrity";

const CHECKS: [&str; 5] = [
    "an amount over the balance: 422 amount_exceeds_balance, nothing changed",
    "concurrent payments with different keys never take more than is owed",
    "pending PayPal payments over the balance: the first confirmed pays, the rest balance_changed",
    "paid in full, the invoice is paid with nothing due",
    "the billing summary's balance fell by exactly what the kit paid",
];

pub async fn run(kit: &Kit, report: &mut Report, ledger: Option<&Ledger>) {
    let Some(ledger) = ledger else {
        for check in CHECKS {
            report.record(AREA, check, Err(not_applicable("no payable invoice")));
        }
        return;
    };
    report.record(AREA, CHECKS[0], over_balance(kit, ledger).await);
    report.record(AREA, CHECKS[1], different_keys_at_once(kit, ledger).await);
    report.record(AREA, CHECKS[2], pending_over_balance(kit, ledger).await);
    report.record(AREA, CHECKS[3], settled(kit, ledger).await);
    report.record(AREA, CHECKS[4], summary_fell(kit, ledger).await);
}

fn money(ledger: &Ledger, amount: Decimal) -> Money {
    Money::new(amount, ledger.currency)
}

async fn over_balance(kit: &Kit, ledger: &Ledger) -> Checked {
    let (count, before) = (payment_count(kit).await?, balance(kit, ledger).await?);
    let too_much = money(ledger, before + ledger.unit.amount);
    let body = card_payment(kit, ledger, APPROVED, too_much).await?;
    let answer = kit
        .client
        .post(
            "/api/v1/payments",
            Caller::Admin,
            Some(&kit.key("over")),
            Some(&body),
        )
        .await?;
    every([
        answer.refused(422, "amount_exceeds_balance").map(drop),
        count_is(kit, count).await,
        balance_moved(kit, ledger, before, Decimal::ZERO).await,
    ])
}

/// Each pays all but one unit of the balance, so any two together exceed it: one is taken,
/// and one unit is left for the approvals that follow.
async fn different_keys_at_once(kit: &Kit, ledger: &Ledger) -> Checked {
    let before = balance(kit, ledger).await?;
    let each = money(ledger, before - ledger.unit.amount);
    let mut bodies = Vec::new();
    for _ in 0..AT_ONCE {
        bodies.push(card_payment(kit, ledger, APPROVED, each).await?);
    }
    let keys: Vec<String> = (0..AT_ONCE)
        .map(|n| kit.key(&format!("different-keys-{n}")))
        .collect();
    let answers = join_all(bodies.iter().zip(&keys).map(|(body, key)| {
        kit.client
            .post("/api/v1/payments", Caller::Admin, Some(key), Some(body))
    }))
    .await;
    let mut taken = 0;
    let mut results = Vec::new();
    for answer in answers {
        results.push(answer.and_then(|a| match a.status {
            201 => {
                let payment: Payment = a.parse()?;
                taken += usize::from(payment.status == PaymentStatus::Succeeded);
                Ok(())
            }
            _ => a.refused(422, "amount_exceeds_balance").map(drop),
        }));
    }
    results.push(ensure(taken == 1, || {
        format!(
            "{taken} of {AT_ONCE} payments of {} each took from a balance of {before}",
            each.amount
        )
    }));
    results.push(balance_moved(kit, ledger, before, each.amount).await);
    every(results)
}

async fn pending_over_balance(kit: &Kit, ledger: &Ledger) -> Checked {
    let before = balance(kit, ledger).await?;
    if before <= Decimal::ZERO {
        return Err(not_applicable(
            "the invoice has no balance left to approve payments for",
        ));
    }
    let all = money(ledger, before);
    let mut created = Vec::new();
    for n in 0..3 {
        let key = kit.key(&format!("pending-{n}"));
        created.push(pending(kit, ledger, true, &key, all).await?);
    }
    balance_moved(kit, ledger, before, Decimal::ZERO)
        .await
        .map_err(|e| format!("pending payments reserved money: {e}"))?;
    let mut confirmed = Vec::new();
    for payment in &created {
        confirmed.push(confirm(kit, &payment.id).await?);
    }
    let (first, rest) = confirmed.split_at(1);
    let mut results = vec![ensure(
        first.iter().all(|p| p.status == PaymentStatus::Succeeded),
        || {
            format!(
                "the first confirmed is {:?}",
                first
                    .iter()
                    .map(|p| wire_name(&p.status))
                    .collect::<Vec<_>>()
            )
        },
    )];
    for later in rest {
        results.push(ensure(
            later.status == PaymentStatus::Failed
                && later.failure_code == Some(ErrorCode::BalanceChanged)
                && later.next_action.is_none(),
            || {
                format!(
                    "a later confirmation is {} with {:?}",
                    wire_name(&later.status),
                    later.failure_code
                )
            },
        ));
    }
    for payment in &confirmed {
        let stored: Result<Payment, String> = kit
            .client
            .get(&format!("/api/v1/payments/{}", payment.id), Caller::Admin)
            .await
            .and_then(|a| a.read(200));
        results.push(stored.and_then(|stored| {
            ensure(&stored == payment, || {
                format!("{} reads back otherwise", payment.id)
            })
        }));
    }
    results.push(balance_moved(kit, ledger, before, before).await);
    every(results)
}

async fn settled(kit: &Kit, ledger: &Ledger) -> Checked {
    let now = invoice(kit, &ledger.invoice_id).await?.invoice;
    ensure(
        now.status == InvoiceStatus::Paid && now.balance_due.amount.is_zero(),
        || {
            format!(
                "{} with {} due",
                wire_name(&now.status),
                now.balance_due.amount
            )
        },
    )?;
    Ok(())
}

async fn summary_fell(kit: &Kit, ledger: &Ledger) -> Checked {
    let before = ledger.summary_before.clone()?;
    let after = summary_balance(kit, ledger.currency).await?;
    ensure(after == before - ledger.owed, || {
        format!(
            "the {} balance went from {before} to {after}; the kit paid {}",
            ledger.currency, ledger.owed
        )
    })?;
    Ok(())
}
