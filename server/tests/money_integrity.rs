//! Money integrity over HTTP, as an attacker or an unlucky customer would try it: pending
//! payments that together would pay more than is owed, amounts and bodies outside the
//! contract, a refusal that must change nothing, asking what became of a lost attempt, and
//! idempotency keys that expire.

mod support;

use billing_core::contract::{Invoice, Page, Payment, PaymentStatus};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use support::{start, start_with, TestServer, ADMIN, VIEWER};

async fn a_due_invoice(server: &TestServer) -> Invoice {
    let page: Page<Invoice> = serde_json::from_value(
        server
            .get("/api/v1/invoices?statuses=due,past_due&limit=1", ADMIN)
            .await
            .json(),
    )
    .expect("a page of invoices");
    page.items.into_iter().next().expect("a due invoice")
}

async fn payment_count(server: &TestServer) -> u64 {
    server.get("/api/v1/payments", ADMIN).await.json()["total"]
        .as_u64()
        .expect("a total")
}

async fn usd_balance(server: &TestServer) -> Decimal {
    let summary = server.get("/api/v1/billing-summary", ADMIN).await.json();
    let usd = summary["balances"]
        .as_array()
        .expect("balances")
        .iter()
        .find(|b| b["current"]["currency"] == "USD")
        .expect("a USD balance")
        .clone();
    usd["current"]["amount"]
        .as_str()
        .and_then(|a| a.parse().ok())
        .expect("a decimal")
}

async fn tokenize(server: &TestServer, number: &str) -> String {
    let card = json!({ "number": number, "exp_month": 12, "exp_year": 2031, "cvc": "123", "holder": "Min-jun Lee" });
    let response = server
        .post("/api/v1/card-tokens", ADMIN, &card.to_string(), &[])
        .await;
    assert_eq!(response.status, 201, "{}", response.text());
    response.json()["token"]
        .as_str()
        .expect("a token")
        .to_string()
}

fn address() -> Value {
    json!({
        "first_name": "Min-jun", "last_name": "Lee", "line1": "100 Market Street",
        "city": "San Francisco", "state": "CA", "postal_code": "94105", "country": "US"
    })
}

fn payment(amount: &str, currency: &str, invoice_id: Option<&str>, source: Value) -> String {
    json!({
        "amount": { "amount": amount, "currency": currency },
        "invoice_id": invoice_id,
        "source": source,
        "eu_supported": false
    })
    .to_string()
}

async fn create(server: &TestServer, body: &str, key: &str) -> support::Response {
    server
        .post("/api/v1/payments", ADMIN, body, &[("Idempotency-Key", key)])
        .await
}

async fn confirm(server: &TestServer, id: &str) -> Payment {
    let response = server
        .post(&format!("/api/v1/payments/{id}/confirm"), ADMIN, "", &[])
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
    serde_json::from_value(response.json()).expect("a payment")
}

/// Three approvals pending for an invoice's whole balance, each with a key of its own, paid
/// from `source`: all are created, and confirmed they take the balance once.
async fn three_pending_for_one_balance(
    source: impl AsyncFn(&TestServer) -> Value,
    concurrently: bool,
) {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let balance = invoice.balance_due;
    let before = usd_balance(&server).await;
    let mut ids = Vec::new();
    for n in 0..3 {
        let body = payment(
            &balance.amount.to_string(),
            balance.currency.code(),
            Some(&invoice.id),
            source(&server).await,
        );
        let response = create(&server, &body, &format!("pending-{n}")).await;
        assert_eq!(response.status, 201, "{}", response.text());
        assert_eq!(response.json()["status"], "requires_action");
        ids.push(response.json()["id"].as_str().expect("an id").to_string());
    }
    let confirmed: Vec<Payment> = if concurrently {
        let server = std::sync::Arc::new(server);
        let tasks: Vec<_> = ids
            .iter()
            .map(|id| {
                let (server, id) = (server.clone(), id.clone());
                tokio::spawn(async move { confirm(&server, &id).await })
            })
            .collect();
        let mut confirmed = Vec::new();
        for task in tasks {
            confirmed.push(task.await.expect("the confirmation finishes"));
        }
        let after = server.invoice(&invoice.id).await;
        assert!(after.invoice.balance_due.amount.is_zero());
        assert_eq!(usd_balance(&server).await, before - balance.amount);
        confirmed
    } else {
        let mut confirmed = Vec::new();
        for id in &ids {
            confirmed.push(confirm(&server, id).await);
        }
        assert!(server
            .invoice(&invoice.id)
            .await
            .invoice
            .balance_due
            .amount
            .is_zero());
        assert_eq!(usd_balance(&server).await, before - balance.amount);
        // The payments as the API lists them afterwards say the same.
        for id in &ids {
            let stored: Payment = serde_json::from_value(
                server
                    .get(&format!("/api/v1/payments/{id}"), ADMIN)
                    .await
                    .json(),
            )
            .expect("a payment");
            assert!(confirmed.contains(&stored));
        }
        confirmed
    };
    let succeeded: Vec<&Payment> = confirmed
        .iter()
        .filter(|p| p.status == PaymentStatus::Succeeded)
        .collect();
    assert_eq!(succeeded.len(), 1, "{confirmed:#?}");
    for failed in confirmed
        .iter()
        .filter(|p| p.status != PaymentStatus::Succeeded)
    {
        assert_eq!(failed.status, PaymentStatus::Failed);
        assert_eq!(
            failed.failure_code,
            Some(billing_core::contract::ErrorCode::BalanceChanged)
        );
        assert_eq!(failed.next_action, None);
    }
}

#[tokio::test]
async fn pending_paypal_payments_never_pay_more_than_the_balance() {
    three_pending_for_one_balance(async |_: &TestServer| json!({ "type": "paypal" }), false).await;
}

#[tokio::test]
async fn pending_paypal_payments_confirmed_at_once_pay_the_balance_once() {
    three_pending_for_one_balance(async |_: &TestServer| json!({ "type": "paypal" }), true).await;
}

#[tokio::test]
async fn cards_needing_authentication_never_pay_more_than_the_balance() {
    for concurrently in [false, true] {
        let card = async |server: &TestServer| {
            let token = tokenize(server, "4000000000003220").await;
            json!({ "type": "card_token", "token": token, "billing_address": address() })
        };
        three_pending_for_one_balance(card, concurrently).await;
    }
}

#[tokio::test]
async fn amounts_and_bodies_outside_the_contract_are_refused_with_the_field() {
    let server = start().await;
    let before = payment_count(&server).await;
    let paypal = || json!({ "type": "paypal" });
    let thirty = format!("1.{}", "1".repeat(30));
    let cases: Vec<(String, &str, &str)> = vec![
        (payment("1_0", "USD", None, paypal()), "amount.amount", "not_a_number"),
        (payment("1e1", "USD", None, paypal()), "amount.amount", "not_a_number"),
        (payment("+1", "USD", None, paypal()), "amount.amount", "not_a_number"),
        (payment(".5", "USD", None, paypal()), "amount.amount", "not_a_number"),
        (payment("5.", "USD", None, paypal()), "amount.amount", "not_a_number"),
        (payment(" 5", "USD", None, paypal()), "amount.amount", "not_a_number"),
        (payment(&thirty, "USD", None, paypal()), "amount.amount", "too_many_decimals"),
        (payment("1.000", "USD", None, paypal()), "amount", "too_many_decimals"),
        (payment("1.0", "JPY", None, paypal()), "amount", "too_many_decimals"),
        (payment("5", "usd", None, paypal()), "amount.currency", "invalid"),
        (payment("5", "US", None, paypal()), "amount.currency", "invalid"),
        (
            json!({ "amount": { "amount": "5", "currency": "USD" }, "source": paypal(), "eu_supported": false, "discount": "5" })
                .to_string(),
            "discount",
            "invalid",
        ),
        (
            json!({ "amount": { "amount": "5", "currency": "USD", "rate": 1 }, "source": paypal(), "eu_supported": false })
                .to_string(),
            "amount.rate",
            "invalid",
        ),
        (
            json!({ "amount": { "amount": "5", "currency": "USD" }, "source": { "type": "paypal", "email": "x@example.com" }, "eu_supported": false })
                .to_string(),
            "source.email",
            "invalid",
        ),
        (
            json!({ "amount": { "amount": "5", "currency": "USD" }, "source": paypal() }).to_string(),
            "eu_supported",
            "required",
        ),
    ];
    for (n, (body, field, code)) in cases.iter().enumerate() {
        let response = create(&server, body, &format!("bad-{n}")).await;
        assert_eq!(response.status, 422, "{body}: {}", response.text());
        assert_eq!(response.error_code(), "validation_failed", "{body}");
        assert_eq!(
            response.json()["error"]["fields"][*field],
            *code,
            "{body}: {}",
            response.text()
        );
    }
    assert_eq!(payment_count(&server).await, before, "nothing was charged");
    // An amount in the contract's form is taken, and kept with the currency's minor units.
    let response = create(&server, &payment("5", "USD", None, paypal()), "good").await;
    assert_eq!(response.status, 201, "{}", response.text());
    assert_eq!(response.json()["amount"]["amount"], "5.00");
}

#[tokio::test]
async fn a_refused_payment_leaves_its_one_time_token_usable() {
    let server = start().await;
    let expired = tokenize(&server, "4000000000000069").await;
    let body = payment(
        "1.00",
        "USD",
        None,
        json!({ "type": "card_token", "token": expired, "billing_address": address() }),
    );
    for key in ["expired-1", "expired-2"] {
        // The second time too, the card's own answer, not "this token was used".
        let response = create(&server, &body, key).await;
        assert_eq!(response.status, 422, "{}", response.text());
        assert_eq!(response.error_code(), "card_expired", "{}", response.text());
    }
    // A refusal for the amount comes before the token is looked at, and leaves it too.
    let good = tokenize(&server, "4242424242424242").await;
    let source = json!({ "type": "card_token", "token": good, "billing_address": address() });
    let too_much = create(
        &server,
        &payment("99999999.00", "USD", None, source.clone()),
        "too-much",
    )
    .await;
    assert_eq!(too_much.error_code(), "amount_exceeds_balance");
    let paid = create(&server, &payment("1.00", "USD", None, source), "right").await;
    assert_eq!(paid.status, 201, "{}", paid.text());
    assert_eq!(paid.json()["status"], "succeeded");
}

#[tokio::test]
async fn a_refused_card_leaves_its_token_usable_for_a_method_too() {
    let server = start().await;
    let declined = tokenize(&server, "4000000000000002").await;
    let body = json!({
        "token": declined, "holder": "Min-jun Lee", "billing_address": address(),
        "eu_supported": false, "make_default": false
    })
    .to_string();
    for key in ["declined-1", "declined-2"] {
        let response = server
            .post(
                "/api/v1/payment-methods",
                ADMIN,
                &body,
                &[("Idempotency-Key", key)],
            )
            .await;
        assert_eq!(
            response.error_code(),
            "card_declined",
            "{}",
            response.text()
        );
    }
}

async fn resolve(
    server: &TestServer,
    collection: &str,
    key: &str,
    token: &str,
) -> support::Response {
    server
        .post(
            &format!("/api/v1/{collection}/attempts/{key}/resolve"),
            token,
            "",
            &[],
        )
        .await
}

#[tokio::test]
async fn a_lost_attempt_is_resolved_to_what_became_of_it() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let saved = json!({ "type": "saved_method", "method_id": "pm_visa" });

    // Carried out: the payment itself, as often as it is asked.
    let paid = create(
        &server,
        &payment("1.00", "USD", Some(&invoice.id), saved.clone()),
        "done",
    )
    .await;
    assert_eq!(paid.status, 201, "{}", paid.text());
    for _ in 0..2 {
        let outcome = resolve(&server, "payments", "done", ADMIN).await;
        assert_eq!(outcome.status, 200, "{}", outcome.text());
        let outcome = outcome.json();
        assert_eq!(outcome["state"], "completed");
        assert_eq!(outcome["result"], paid.json());
        assert_eq!(outcome["key"], "done");
    }

    // Refused: its refusal.
    let refused = create(
        &server,
        &payment("99999999.00", "USD", None, saved.clone()),
        "refused",
    )
    .await;
    assert_eq!(refused.status, 422);
    let outcome = resolve(&server, "payments", "refused", ADMIN).await.json();
    assert_eq!(outcome["state"], "refused");
    assert_eq!(outcome["error"]["code"], "amount_exceeds_balance");

    // Never arrived: closed, so arriving late it charges nothing.
    let count = payment_count(&server).await;
    let outcome = resolve(&server, "payments", "late", ADMIN).await.json();
    assert_eq!(outcome["state"], "abandoned");
    let late = create(&server, &payment("1.00", "USD", None, saved), "late").await;
    assert_eq!(late.status, 409, "{}", late.text());
    assert_eq!(late.error_code(), "conflict");
    assert_eq!(payment_count(&server).await, count);
    assert_eq!(
        resolve(&server, "payments", "late", ADMIN).await.json()["state"],
        "abandoned"
    );

    // Keys are per route: a payment's key says nothing of a method's.
    assert_eq!(
        resolve(&server, "payment-methods", "done", ADMIN)
            .await
            .json()["state"],
        "abandoned"
    );

    // Only an administrator may ask (and so close a key).
    assert_eq!(
        resolve(&server, "payments", "other", VIEWER).await.status,
        403
    );
    let anonymous = server
        .send(
            "POST",
            "/api/v1/payments/attempts/other/resolve",
            None,
            &[],
            None,
        )
        .await;
    assert_eq!(anonymous.status, 401);
}

#[tokio::test]
async fn a_lost_add_of_a_card_is_resolved_to_the_method_it_added() {
    let server = start().await;
    let token = tokenize(&server, "4242424242424242").await;
    let body = json!({
        "token": token, "holder": "Min-jun Lee", "billing_address": address(),
        "eu_supported": false, "make_default": false
    })
    .to_string();
    let added = server
        .post(
            "/api/v1/payment-methods",
            ADMIN,
            &body,
            &[("Idempotency-Key", "card")],
        )
        .await;
    assert_eq!(added.status, 201, "{}", added.text());
    let outcome = resolve(&server, "payment-methods", "card", ADMIN)
        .await
        .json();
    assert_eq!(outcome["state"], "completed");
    assert_eq!(outcome["result"]["id"], added.json()["id"]);
}

#[tokio::test]
async fn keys_are_forgotten_after_a_day() {
    let file = std::env::temp_dir().join(format!(
        "billing-keys-{}-{}.sqlite",
        std::process::id(),
        rand_suffix()
    ));
    let config = billing_server::ServerConfig {
        db: Some(file.clone()),
        ..Default::default()
    };
    let server = start_with(config).await;
    let body = payment(
        "1.00",
        "USD",
        None,
        json!({ "type": "saved_method", "method_id": "pm_visa" }),
    );
    let first = create(&server, &body, "day-old").await;
    assert_eq!(first.status, 201);
    assert_eq!(
        create(&server, &body, "day-old").await.json(),
        first.json(),
        "replayed"
    );

    // A day and a second later (the record made older, as the clock cannot be moved).
    let db = rusqlite::Connection::open(&file).expect("the database file opens");
    db.execute("UPDATE idempotency SET created_at = created_at - 86401", [])
        .expect("the record ages");
    let again = create(&server, &body, "day-old").await;
    assert_eq!(again.status, 201);
    assert_ne!(again.json()["id"], first.json()["id"], "a new request");
    let old: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM idempotency WHERE created_at <= strftime('%s', 'now') - 86400",
            [],
            |r| r.get(0),
        )
        .expect("a count");
    assert_eq!(
        old, 0,
        "expired keys are removed, so the table does not grow forever"
    );
    drop(db);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default()
}
