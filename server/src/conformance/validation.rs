//! Bodies and queries outside the contract: a payment body read as strictly as the schema is
//! written (422 `validation_failed` naming the field path and its code), list queries it
//! cannot read (400), a card the vault refuses; and none of it charging anything.

use serde_json::json;

use super::client::Caller;
use super::fixtures::{card, json, payment_count, raw_payment, APPROVED};
use super::report::{every, Checked, Report};
use super::Kit;

const AREA: &str = "validation";

/// A payment body and the field and code its refusal names.
type Case = (String, &'static str, &'static str);

fn amount(amount: &str, currency: &str, field: &'static str, code: &'static str) -> Case {
    (raw_payment(amount, currency).to_string(), field, code)
}

fn body(body: serde_json::Value, field: &'static str, code: &'static str) -> Case {
    (body.to_string(), field, code)
}

fn payment_cases() -> Vec<(&'static str, Vec<Case>)> {
    let paypal = json!({ "type": "paypal" });
    let money = json!({ "amount": "5", "currency": "USD" });
    vec![
        (
            "an amount not matching the pattern: amount.amount not_a_number",
            ["1_0", "1e1", "+1", ".5", "5.", " 5"]
                .into_iter()
                .map(|a| amount(a, "USD", "amount.amount", "not_a_number"))
                .collect(),
        ),
        (
            "more decimals than the currency has: too_many_decimals",
            vec![
                amount("1.000", "USD", "amount", "too_many_decimals"),
                amount("1.0", "JPY", "amount", "too_many_decimals"),
                amount(
                    &format!("1.{}", "1".repeat(30)),
                    "USD",
                    "amount.amount",
                    "too_many_decimals",
                ),
            ],
        ),
        (
            "a currency not ^[A-Z]{3}$: amount.currency invalid",
            vec![
                amount("5", "usd", "amount.currency", "invalid"),
                amount("5", "US", "amount.currency", "invalid"),
            ],
        ),
        (
            "an unknown currency: amount unknown_currency",
            vec![amount("5", "XYZ", "amount", "unknown_currency")],
        ),
        (
            "a negative or zero amount: amount not_positive",
            vec![
                amount("-5.00", "USD", "amount", "not_positive"),
                amount("0", "USD", "amount", "not_positive"),
            ],
        ),
        (
            "a property the schema lacks: its path, invalid",
            vec![
                body(
                    json!({ "amount": money, "source": paypal, "eu_supported": false, "discount": "5" }),
                    "discount",
                    "invalid",
                ),
                body(
                    json!({ "amount": { "amount": "5", "currency": "USD", "rate": 1 }, "source": paypal, "eu_supported": false }),
                    "amount.rate",
                    "invalid",
                ),
                body(
                    json!({ "amount": money, "source": { "type": "paypal", "email": "kit@example.com" }, "eu_supported": false }),
                    "source.email",
                    "invalid",
                ),
            ],
        ),
        (
            "a missing field: its path, required",
            vec![body(
                json!({ "amount": money, "source": paypal }),
                "eu_supported",
                "required",
            )],
        ),
        (
            "a body that is not JSON: body invalid",
            vec![("{\"amount\":".to_string(), "body", "invalid")],
        ),
    ]
}

pub async fn run(kit: &Kit, report: &mut Report) {
    let before = payment_count(kit).await;
    for (row, cases) in payment_cases() {
        let mut results = Vec::new();
        for (n, (body, field, code)) in cases.into_iter().enumerate() {
            let key = kit.key(&format!("invalid-{row}-{n}"));
            let answer = kit
                .client
                .send(
                    reqwest::Method::POST,
                    "/api/v1/payments",
                    Caller::Admin,
                    Some(&key),
                    Some(body.into_bytes()),
                )
                .await;
            results.push(answer.and_then(|a| a.field(422, field, code)));
        }
        report.record(AREA, format!("payment with {row}"), every(results));
    }
    report.record(
        AREA,
        "payment without an Idempotency-Key: Idempotency-Key required",
        no_key(kit).await,
    );
    report.record(
        AREA,
        "none of these refused payments was recorded",
        unchanged_count(kit, before).await,
    );
    report.record(
        AREA,
        "an unreadable list query: 400 validation_failed naming the parameter",
        bad_queries(kit).await,
    );
    report.record(
        AREA,
        "a card the vault refuses: 422 card.number luhn, card.cvc cvc_length",
        bad_card(kit).await,
    );
}

async fn no_key(kit: &Kit) -> Checked {
    let answer = kit
        .client
        .post(
            "/api/v1/payments",
            Caller::Admin,
            None,
            Some(&raw_payment("0.01", "USD")),
        )
        .await?;
    let body = answer.refused(422, "validation_failed")?;
    // A header's name is case-insensitive, so its field path may be written either way.
    let named = body
        .fields
        .iter()
        .any(|(field, code)| field.eq_ignore_ascii_case("idempotency-key") && code == "required");
    match named {
        true => Ok(()),
        false => Err(format!("no Idempotency-Key field: {}", answer.excerpt()).into()),
    }
}

async fn unchanged_count(kit: &Kit, before: Result<u64, String>) -> Checked {
    let (before, after) = (before?, payment_count(kit).await?);
    match before == after {
        true => Ok(()),
        false => Err(format!("{before} payments before, {after} after").into()),
    }
}

async fn bad_queries(kit: &Kit) -> Checked {
    let mut results = Vec::new();
    for (path, parameter) in [
        ("/api/v1/invoices?types=bogus", "types"),
        ("/api/v1/invoices?statuses=bogus", "statuses"),
        ("/api/v1/invoices?sort=bogus", "sort"),
        ("/api/v1/invoices?from=2026-13-01", "from"),
        ("/api/v1/payments?dir=sideways", "dir"),
        ("/api/v1/billing-items?view=bogus", "view"),
    ] {
        let answer = kit.client.get(path, Caller::Admin).await;
        results.push(answer.and_then(|a| a.field(400, parameter, "invalid")));
    }
    every(results)
}

async fn bad_card(kit: &Kit) -> Checked {
    let mut bad = card(APPROVED);
    bad.number = "4242424242424241".into();
    bad.cvc = "12".into();
    let answer = kit
        .client
        .post(
            "/api/v1/card-tokens",
            Caller::Admin,
            None,
            Some(&json(&bad)),
        )
        .await?;
    answer.field(422, "card.number", "luhn")?;
    answer.field(422, "card.cvc", "cvc_length")?;
    Ok(())
}
