//! Lost answers: what became of a request, asked by its `Idempotency-Key`. Carried out, the
//! answer it got; refused, its error; never arrived, abandoned, and the key closed so that
//! the request arriving late is refused (409) rather than carried out beside a new one.

use billing_core::contract::{AttemptOutcome, AttemptState, Payment, PaymentMethod};
use serde::de::DeserializeOwned;

use super::client::{wire_name, Caller};
use super::fixtures::{payment_count, raw_payment};
use super::payments::{count_is, Ledger};
use super::report::{ensure, not_applicable, Checked, Report};
use super::Kit;

const AREA: &str = "attempts";

/// More than any test account owes, so a payment of it is refused for the amount; PayPal, so
/// even a backend that took it would only wait for an approval no one gives.
const TOO_MUCH: &str = "999999999999.00";

pub async fn run(kit: &Kit, report: &mut Report, ledger: Option<&Ledger>) {
    let completed = ledger.and_then(|l| l.completed.as_ref());
    report.record(
        AREA,
        "a carried-out payment's key resolves to completed with its answer, every time",
        carried_out(kit, completed).await,
    );
    let refused_key = kit.key("attempt-refused");
    report.record(
        AREA,
        "a refused payment's key resolves to refused with its error",
        refused(kit, &refused_key).await,
    );
    report.record(
        AREA,
        "a key never sent resolves to abandoned; sent late, 409 conflict, nothing recorded",
        abandoned(kit).await,
    );
    report.record(
        AREA,
        "keys are per route: a payment's key is abandoned under payment-methods",
        per_route(kit, &refused_key).await,
    );
}

async fn resolve<T: DeserializeOwned>(
    kit: &Kit,
    collection: &str,
    key: &str,
) -> Result<AttemptOutcome<T>, String> {
    kit.client
        .post(
            &format!("/api/v1/{collection}/attempts/{key}/resolve"),
            Caller::Admin,
            None,
            None,
        )
        .await?
        .read(200)
}

fn in_state<T>(outcome: &AttemptOutcome<T>, key: &str, state: AttemptState) -> Result<(), String> {
    ensure(outcome.key == key && outcome.state == state, || {
        format!(
            "key {} resolved to {}, not {}",
            outcome.key,
            wire_name(&outcome.state),
            wire_name(&state)
        )
    })
}

async fn carried_out(kit: &Kit, completed: Option<&(String, Payment)>) -> Checked {
    let (key, payment) = completed.ok_or_else(|| not_applicable("no payment was made"))?;
    for _ in 0..2 {
        let outcome = resolve::<Payment>(kit, "payments", key).await?;
        in_state(&outcome, key, AttemptState::Completed)?;
        ensure(outcome.result.as_ref() == Some(payment), || {
            format!("the outcome's result is {:?}", outcome.result)
        })?;
    }
    Ok(())
}

async fn refused(kit: &Kit, key: &str) -> Checked {
    kit.client
        .post(
            "/api/v1/payments",
            Caller::Admin,
            Some(key),
            Some(&raw_payment(TOO_MUCH, "USD")),
        )
        .await?
        .refused(422, "amount_exceeds_balance")?;
    let outcome = resolve::<Payment>(kit, "payments", key).await?;
    in_state(&outcome, key, AttemptState::Refused)?;
    let code = outcome.error.as_ref().map(|e| wire_name(&e.code));
    ensure(code.as_deref() == Some("amount_exceeds_balance"), || {
        format!("the outcome's error is {code:?}")
    })?;
    Ok(())
}

async fn abandoned(kit: &Kit) -> Checked {
    let key = kit.key("attempt-lost");
    let count = payment_count(kit).await?;
    in_state(
        &resolve::<Payment>(kit, "payments", &key).await?,
        &key,
        AttemptState::Abandoned,
    )?;
    kit.client
        .post(
            "/api/v1/payments",
            Caller::Admin,
            Some(&key),
            Some(&raw_payment("0.01", "USD")),
        )
        .await?
        .refused(409, "conflict")?;
    count_is(kit, count).await?;
    in_state(
        &resolve::<Payment>(kit, "payments", &key).await?,
        &key,
        AttemptState::Abandoned,
    )?;
    Ok(())
}

async fn per_route(kit: &Kit, key: &str) -> Checked {
    let outcome = resolve::<PaymentMethod>(kit, "payment-methods", key).await?;
    in_state(&outcome, key, AttemptState::Abandoned)?;
    Ok(())
}
