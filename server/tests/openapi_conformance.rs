//! The running server against its OpenAPI document (generated from the same `routes!` list
//! that registers the routes, so the two name the same operations): every documented
//! operation is answered, with a status the document lists for it, and no other method is
//! answered on a documented path.

mod support;

use std::collections::BTreeSet;

use serde_json::{json, Value};
use support::{start, TestServer, ADMIN, VIEWER};

/// Refusals that depend on the data, as `(method, path, id, body, who)`.
const STATE_CASES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "post",
        "/api/v1/payment-methods/{id}/default",
        "pm_mc",
        "{}",
        "pending method",
    ),
    (
        "post",
        "/api/v1/billing-items/{id}/associate",
        "item_00001",
        r#"{"device_id":"dev_99"}"#,
        "unknown device",
    ),
    (
        "post",
        "/api/v1/billing-items/{id}/cancel",
        "item_00013",
        r#"{"when":"immediately"}"#,
        "cancelled item",
    ),
    (
        "get",
        "/api/v1/invoices/{id}",
        "inv_nope",
        "",
        "unknown invoice",
    ),
];

struct Operation {
    method: String,
    path: String,
    statuses: BTreeSet<u16>,
    has_body: bool,
}

fn operations() -> Vec<Operation> {
    let doc: Value = serde_json::to_value(billing_server::openapi::document()).expect("JSON");
    let paths = doc["paths"].as_object().expect("paths");
    let mut operations = Vec::new();
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("a path item") {
            let statuses = op["responses"]
                .as_object()
                .expect("responses")
                .keys()
                .map(|code| code.parse().expect("a numeric status"))
                .collect();
            operations.push(Operation {
                method: method.clone(),
                path: path.clone(),
                statuses,
                has_body: op.get("requestBody").is_some(),
            });
        }
    }
    operations
}

const CARD: &str = r#"{"number":"4242424242424242","exp_month":12,"exp_year":2031,"cvc":"123","holder":"Min-jun Lee"}"#;

fn paypal_payment() -> String {
    json!({
        "amount": { "amount": "1.00", "currency": "USD" },
        "source": { "type": "paypal" },
        "eu_supported": false
    })
    .to_string()
}

/// A payment waiting for approval, so `confirm` has work to do.
async fn created_payment(server: &TestServer) -> String {
    let response = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &paypal_payment(),
            &[("Idempotency-Key", "conformance-payment")],
        )
        .await;
    assert_eq!(response.status, 201, "{}", response.text());
    response.json()["id"]
        .as_str()
        .expect("a payment id")
        .to_string()
}

/// The path with `{id}` replaced by a real id of its resource, and `{key}` by a key.
async fn concrete(server: &TestServer, path: &str) -> String {
    let path = path.replace("{key}", "conformance-attempt");
    if !path.contains("{id}") {
        return path;
    }
    let id = if path.starts_with("/api/v1/invoices/") {
        "inv_000048".to_string()
    } else if path.starts_with("/api/v1/payment-methods/") {
        "pm_visa".to_string()
    } else if path.starts_with("/api/v1/billing-items/") {
        "item_00001".to_string()
    } else if path.starts_with("/api/v1/payments/") {
        created_payment(server).await
    } else if path.starts_with("/api/v1/billing-profile/contacts/") {
        "con_1".to_string()
    } else {
        panic!("no seeded resource for {path}")
    };
    path.replace("{id}", &id)
}

/// A body the operation should accept, or `{}` where it takes none.
async fn plausible_body(server: &TestServer, method: &str, path: &str) -> String {
    match (method, path) {
        ("post", "/api/v1/card-tokens") => CARD.to_string(),
        ("post", "/api/v1/payment-methods") => {
            let token = server.post("/api/v1/card-tokens", ADMIN, CARD, &[]).await;
            json!({
                "token": token.json()["token"],
                "holder": "Min-jun Lee",
                "billing_address": {
                    "first_name": "Min-jun", "last_name": "Lee", "line1": "100 Market Street",
                    "city": "San Francisco", "state": "CA", "postal_code": "94105", "country": "US"
                },
                "eu_supported": false,
                "make_default": false
            })
            .to_string()
        }
        ("post", "/api/v1/payments") => paypal_payment(),
        ("post", "/api/v1/billing-items/bulk") => {
            json!({ "action": { "type": "dissociate" }, "item_ids": ["item_00001"] }).to_string()
        }
        ("post", "/api/v1/billing-items/{id}/associate") => {
            json!({ "device_id": "dev_02" }).to_string()
        }
        ("post", "/api/v1/billing-items/{id}/cancel") => {
            json!({ "when": "end_of_period" }).to_string()
        }
        ("post", "/api/v1/billing-profile/contacts")
        | ("put", "/api/v1/billing-profile/contacts/{id}") => {
            json!({ "email": "ap@nimbus.example", "receives": ["invoices", "receipts"] })
                .to_string()
        }
        ("put", "/api/v1/billing-profile/bill-to") => {
            let profile = server.get("/api/v1/billing-profile", ADMIN).await.json();
            json!({ "billing_address": profile["billing_address"], "tax_id": profile["tax_id"] })
                .to_string()
        }
        _ => "{}".to_string(),
    }
}

async fn send(
    server: &TestServer,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &str,
) -> support::Response {
    let key = [("Idempotency-Key", "conformance")];
    let extra: &[(&str, &str)] = if method == "post" { &key } else { &[] };
    let body = (method != "get" && method != "delete").then_some(body);
    server
        .send(&method.to_uppercase(), path, token, extra, body)
        .await
}

#[tokio::test]
async fn every_documented_operation_answers_with_a_documented_status() {
    let mut failures = Vec::new();
    for op in operations() {
        // Each on fresh data: some of them remove or cancel what others use.
        let server = start().await;
        let path = concrete(&server, &op.path).await;
        let body = plausible_body(&server, &op.method, &op.path).await;
        let response = send(&server, &op.method, &path, Some(ADMIN), &body).await;
        // Every id is real, so a 404 here means the route is missing.
        if matches!(response.status, 404 | 405) || !op.statuses.contains(&response.status) {
            failures.push(format!(
                "{} {path}: {} {}",
                op.method,
                response.status,
                response.text()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[tokio::test]
async fn no_other_method_is_answered_on_a_documented_path() {
    let operations = operations();
    let server = start().await;
    let paths: BTreeSet<&str> = operations.iter().map(|op| op.path.as_str()).collect();
    let mut failures = Vec::new();
    for path in paths {
        let concrete = path.replace("{id}", "x");
        for method in ["get", "post", "put", "patch", "delete"] {
            if operations
                .iter()
                .any(|op| op.path == path && op.method == method)
            {
                continue;
            }
            let response = send(&server, method, &concrete, Some(ADMIN), "{}").await;
            let allow = response.header("allow").unwrap_or_default().to_string();
            let allowed = operations
                .iter()
                .filter(|op| op.path == path)
                .all(|op| allow.contains(&op.method.to_uppercase()));
            // As the document's `MethodNotAllowed` response says.
            if response.status != 405 || response.error_code() != "method_not_allowed" || !allowed {
                failures.push(format!(
                    "{method} {path}: {} (Allow: {allow}) {}",
                    response.status,
                    response.text()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "answered: {failures:#?}");
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_documented_413_wherever_a_body_is_read() {
    let server = start().await;
    let mut failures = Vec::new();
    for op in operations().iter().filter(|op| op.has_body) {
        let path = op.path.replace("{id}", "x");
        let response = server
            .send_large(&op.method.to_uppercase(), &path, Some(ADMIN), 3 << 20)
            .await;
        if response.status != 413
            || !op.statuses.contains(&413)
            || response.error_code() != "validation_failed"
        {
            failures.push(format!("{} {path}: {}", op.method, response.status));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// What the server answers to callers the document names in every operation: no token,
/// the read-only viewer, and an administrator sending `{}` for a body.
async fn refusals(op: &Operation) -> Vec<(&'static str, u16)> {
    let server = start().await;
    let path = concrete(&server, &op.path).await;
    let mut answers = vec![(
        "no token",
        send(&server, &op.method, &path, None, "{}").await.status,
    )];
    let body = plausible_body(&server, &op.method, &op.path).await;
    let viewer = send(&server, &op.method, &path, Some(VIEWER), &body).await;
    answers.push(("viewer", viewer.status));
    if op.has_body {
        let empty = send(&server, &op.method, &path, Some(ADMIN), "{}").await;
        answers.push(("admin {}", empty.status));
    }
    answers
}

#[tokio::test]
async fn refusals_have_documented_statuses_but_for_the_known_gaps() {
    let operations = operations();
    let mut gaps = BTreeSet::new();
    for op in &operations {
        for (who, status) in refusals(op).await {
            assert!(
                !matches!(status, 404 | 405),
                "{} {}: {who} got {status}",
                op.method,
                op.path
            );
            if !op.statuses.contains(&status) {
                gaps.insert((op.method.clone(), op.path.clone(), who, status));
            }
        }
    }
    let server = start().await;
    for &(method, path, id, body, who) in STATE_CASES {
        let op = operations
            .iter()
            .find(|op| op.method == method && op.path == path)
            .expect("a documented operation");
        let status = send(
            &server,
            method,
            &path.replace("{id}", id),
            Some(ADMIN),
            body,
        )
        .await
        .status;
        if !op.statuses.contains(&status) {
            gaps.insert((method.to_string(), path.to_string(), who, status));
        }
    }
    assert!(
        gaps.is_empty(),
        "statuses the document does not list: {gaps:?}"
    );
}
