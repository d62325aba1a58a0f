//! Paying over HTTP: exactly once per idempotency key, balances updated in one transaction,
//! partial payments leaving the rest due, refusals that change nothing.

mod support;

use billing_core::contract::{Invoice, InvoiceStatus, Page, Payment, PaymentStatus, Settlement};
use serde_json::json;
use support::{start, ADMIN, VIEWER};

/// The first invoice with a balance, and that balance as a decimal string.
async fn a_due_invoice(server: &support::TestServer) -> Invoice {
    let page: Page<Invoice> = serde_json::from_value(
        server
            .get("/api/v1/invoices?statuses=due,past_due&limit=1", ADMIN)
            .await
            .json(),
    )
    .unwrap();
    page.items
        .into_iter()
        .next()
        .expect("the demo has a due invoice")
}

fn pay(invoice: &Invoice, amount: &str) -> String {
    json!({
        "amount": { "amount": amount, "currency": invoice.balance_due.currency },
        "invoice_id": invoice.id,
        "source": { "type": "saved_method", "method_id": "pm_visa" },
        "eu_supported": false
    })
    .to_string()
}

async fn payment_count(server: &support::TestServer) -> u64 {
    server.get("/api/v1/payments", ADMIN).await.json()["total"]
        .as_u64()
        .unwrap()
}

#[tokio::test]
async fn a_full_payment_settles_the_invoice() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let response = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &pay(&invoice, &invoice.balance_due.amount.to_string()),
            &[("Idempotency-Key", "k-full")],
        )
        .await;
    assert_eq!(
        response.status,
        201,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    let payment: Payment = serde_json::from_value(response.json()).unwrap();
    assert_eq!(payment.status, PaymentStatus::Succeeded);
    let after = server.invoice(&invoice.id).await;
    assert_eq!(after.invoice.status, InvoiceStatus::Paid);
    assert!(after.invoice.balance_due.amount.is_zero());
    // What the receipt shows: the invoice it settled, and whom it is made out to.
    let settled = Settlement {
        invoice_id: invoice.id.clone(),
        number: invoice.number.clone(),
        amount: invoice.balance_due,
    };
    assert_eq!(payment.settled, [settled]);
    assert_eq!(payment.bill_to, after.bill_to, "the profile's, as it was");
}

#[tokio::test]
async fn a_receipt_keeps_whom_it_was_made_out_to() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let amount = invoice.balance_due.amount.to_string();
    let body = pay(&invoice, &amount);
    let paid = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &body,
            &[("Idempotency-Key", "k-r")],
        )
        .await
        .json();
    let mut profile = server.get("/api/v1/billing-profile", ADMIN).await.json();
    profile["billing_address"]["company"] = json!("Renamed Ltd.");
    let bill_to = json!({ "billing_address": profile["billing_address"], "tax_id": null });
    let changed = server
        .send(
            "PUT",
            "/api/v1/billing-profile/bill-to",
            Some(ADMIN),
            &[],
            Some(&bill_to.to_string()),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text());
    let id = paid["id"].as_str().unwrap();
    let read = server.get(&format!("/api/v1/payments/{id}"), VIEWER).await;
    assert_eq!(read.json()["bill_to"], paid["bill_to"]);
    assert_eq!(
        paid["bill_to"]["billing_address"]["company"],
        "Nimbus Analytics Ltd."
    );
}

#[tokio::test]
async fn a_partial_payment_leaves_the_rest_due() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let part = invoice.balance_due.amount / rust_decimal::Decimal::from(4);
    let part = part.round_dp(invoice.balance_due.currency.minor_units().unwrap());
    let response = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &pay(&invoice, &part.to_string()),
            &[("Idempotency-Key", "k-part")],
        )
        .await;
    assert_eq!(response.status, 201);
    let after = server.invoice(&invoice.id).await;
    assert_eq!(
        after.invoice.balance_due.amount,
        invoice.balance_due.amount - part
    );
    assert_eq!(after.invoice.status, invoice.status, "still due");
}

#[tokio::test]
async fn the_same_key_and_body_charge_once_and_answer_the_same() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let body = pay(&invoice, "1.00");
    let before = payment_count(&server).await;
    let first = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &body,
            &[("Idempotency-Key", "k-twice")],
        )
        .await;
    let second = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &body,
            &[("Idempotency-Key", "k-twice")],
        )
        .await;
    assert_eq!((first.status, second.status), (201, 201));
    assert_eq!(
        first.json(),
        second.json(),
        "the retry gets the first answer"
    );
    assert_eq!(payment_count(&server).await, before + 1);
    let after = server.invoice(&invoice.id).await;
    assert_eq!(
        after.invoice.balance_due.amount,
        invoice.balance_due.amount - rust_decimal::Decimal::ONE
    );
}

#[tokio::test]
async fn concurrent_requests_with_one_key_charge_once() {
    let server = std::sync::Arc::new(start().await);
    let invoice = a_due_invoice(&server).await;
    let body = pay(&invoice, "2.00");
    let before = payment_count(&server).await;
    let attempts: Vec<_> = (0..8)
        .map(|_| {
            let (server, body) = (server.clone(), body.clone());
            tokio::spawn(async move {
                server
                    .post(
                        "/api/v1/payments",
                        ADMIN,
                        &body,
                        &[("Idempotency-Key", "k-race")],
                    )
                    .await
            })
        })
        .collect();
    let mut answers = Vec::new();
    for attempt in attempts {
        answers.push(attempt.await.unwrap().json());
    }
    assert!(
        answers.windows(2).all(|w| w[0] == w[1]),
        "every attempt sees the one payment"
    );
    assert_eq!(payment_count(&server).await, before + 1);
}

#[tokio::test]
async fn the_same_key_with_another_body_is_refused() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    server
        .post(
            "/api/v1/payments",
            ADMIN,
            &pay(&invoice, "1.00"),
            &[("Idempotency-Key", "k-reuse")],
        )
        .await;
    let other = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &pay(&invoice, "2.00"),
            &[("Idempotency-Key", "k-reuse")],
        )
        .await;
    assert_eq!(
        (other.status, other.error_code().as_str()),
        (422, "idempotency_mismatch")
    );
}

#[tokio::test]
async fn refusals_change_nothing() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let before = payment_count(&server).await;
    let cases = [
        (pay(&invoice, "0"), "k-zero", "not_positive"),
        (pay(&invoice, "-5.00"), "k-neg", "not_positive"),
        (pay(&invoice, "1.001"), "k-decimals", "too_many_decimals"),
    ];
    for (body, key, code) in cases {
        let response = server
            .post(
                "/api/v1/payments",
                ADMIN,
                &body,
                &[("Idempotency-Key", key)],
            )
            .await;
        assert_eq!(response.status, 422);
        assert_eq!(response.json()["error"]["fields"]["amount"], code);
    }
    let too_much = (invoice.balance_due.amount + rust_decimal::Decimal::ONE).to_string();
    let response = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &pay(&invoice, &too_much),
            &[("Idempotency-Key", "k-much")],
        )
        .await;
    assert_eq!(response.error_code(), "amount_exceeds_balance");
    let no_key = server
        .post("/api/v1/payments", ADMIN, &pay(&invoice, "1.00"), &[])
        .await;
    assert_eq!(
        no_key.json()["error"]["fields"]["Idempotency-Key"],
        "required"
    );
    let garbage = server
        .post(
            "/api/v1/payments",
            ADMIN,
            "{\"amount\":",
            &[("Idempotency-Key", "k-garbage")],
        )
        .await;
    assert_eq!(garbage.json()["error"]["fields"]["body"], "invalid");
    assert_eq!(payment_count(&server).await, before);
    assert_eq!(
        server.invoice(&invoice.id).await.invoice.balance_due,
        invoice.balance_due
    );
}

#[tokio::test]
async fn a_viewer_cannot_pay() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let response = server
        .post(
            "/api/v1/payments",
            VIEWER,
            &pay(&invoice, "1.00"),
            &[("Idempotency-Key", "k-viewer")],
        )
        .await;
    assert_eq!(
        (response.status, response.error_code().as_str()),
        (403, "forbidden")
    );
}

#[tokio::test]
async fn paypal_waits_for_approval_then_applies() {
    let server = start().await;
    let invoice = a_due_invoice(&server).await;
    let body = json!({
        "amount": { "amount": "1.00", "currency": invoice.balance_due.currency },
        "invoice_id": invoice.id, "source": { "type": "paypal" }, "eu_supported": false
    })
    .to_string();
    let created: Payment = serde_json::from_value(
        server
            .post(
                "/api/v1/payments",
                ADMIN,
                &body,
                &[("Idempotency-Key", "k-pp")],
            )
            .await
            .json(),
    )
    .unwrap();
    assert_eq!(created.status, PaymentStatus::RequiresAction);
    assert_eq!(
        server.invoice(&invoice.id).await.invoice.balance_due,
        invoice.balance_due,
        "nothing applied yet"
    );
    let url = created.next_action.expect("an approval step").url;
    let confirmed: Payment =
        serde_json::from_value(server.post(&url, ADMIN, "", &[]).await.json()).unwrap();
    assert_eq!(confirmed.status, PaymentStatus::Succeeded);
    let again: Payment =
        serde_json::from_value(server.post(&url, ADMIN, "", &[]).await.json()).unwrap();
    assert_eq!(again, confirmed, "confirming twice applies once");
    let after = server.invoice(&invoice.id).await;
    assert_eq!(
        after.invoice.balance_due.amount,
        invoice.balance_due.amount - rust_decimal::Decimal::ONE
    );
}
