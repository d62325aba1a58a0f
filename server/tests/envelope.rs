//! Every answer under `/api` that is not a success carries the contract's error envelope,
//! with the token decided before anything else, and `nosniff` on every answer.

mod support;

use support::{start, Response, ADMIN, VIEWER};

/// Over the server's body limit (2 MiB).
const TOO_LARGE: usize = 3 * 1024 * 1024;

fn assert_envelope(response: &Response, status: u16, code: &str) {
    assert_eq!(response.status, status, "{}", response.text());
    assert_eq!(
        response.header("content-type"),
        Some("application/json"),
        "{}",
        response.text()
    );
    assert_eq!(response.error_code(), code, "{}", response.text());
    assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
}

#[tokio::test]
async fn a_method_a_path_does_not_take_is_405_in_the_envelope_with_allow() {
    let server = start().await;
    let put = server
        .send("PUT", "/api/v1/invoices", Some(ADMIN), &[], Some("{}"))
        .await;
    assert_envelope(&put, 405, "method_not_allowed");
    assert_eq!(put.header("allow"), Some("GET,HEAD"));
    let delete = server
        .send("DELETE", "/api/v1/payments", Some(ADMIN), &[], None)
        .await;
    assert_envelope(&delete, 405, "method_not_allowed");
    let allow = delete.header("allow").expect("Allow");
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_in_the_envelope_but_only_for_a_known_caller() {
    let server = start().await;
    let anonymous = server
        .send_large("POST", "/api/v1/payments", None, 10 * 1024 * 1024)
        .await;
    assert_envelope(&anonymous, 401, "unauthorized");
    let unknown = server
        .send_large("POST", "/api/v1/card-tokens", Some("nobody"), TOO_LARGE)
        .await;
    assert_envelope(&unknown, 401, "unauthorized");
    let viewer = server
        .send_large("POST", "/api/v1/card-tokens", Some(VIEWER), TOO_LARGE)
        .await;
    assert_envelope(&viewer, 403, "forbidden");
    let admin = server
        .send_large("POST", "/api/v1/payments", Some(ADMIN), TOO_LARGE)
        .await;
    assert_envelope(&admin, 413, "validation_failed");
    assert_eq!(admin.json()["error"]["fields"]["body"], "too_long");
}

#[tokio::test]
async fn a_path_id_that_is_not_utf8_is_404_in_the_envelope() {
    let server = start().await;
    for path in [
        "/api/v1/invoices/%FF%FE",
        "/api/v1/invoices/%FF%FE/pdf",
        "/api/v1/payments/%C3%28",
    ] {
        assert_envelope(&server.get(path, ADMIN).await, 404, "not_found");
    }
    let removal = server
        .send(
            "DELETE",
            "/api/v1/payment-methods/%FF",
            Some(ADMIN),
            &[],
            None,
        )
        .await;
    assert_envelope(&removal, 404, "not_found");
    let anonymous = server
        .send("GET", "/api/v1/invoices/%FF%FE", None, &[], None)
        .await;
    assert_envelope(&anonymous, 401, "unauthorized");
}

#[tokio::test]
async fn the_token_is_decided_before_anything_else_under_api() {
    let server = start().await;
    for (method, path) in [
        ("PUT", "/api/v1/invoices"),
        ("GET", "/api/v1/nothing"),
        ("GET", "/api/"),
        ("GET", "/api"),
        ("POST", "/api/v1/payments"),
    ] {
        let response = server.send(method, path, None, &[], Some("{")).await;
        assert_envelope(&response, 401, "unauthorized");
    }
    assert_envelope(
        &server.get("/api/v1/nothing", ADMIN).await,
        404,
        "not_found",
    );
}

#[tokio::test]
async fn every_api_answer_is_nosniff() {
    let server = start().await;
    let answers = [
        server.get("/api/v1/account", ADMIN).await,
        server.get("/api/v1/invoices?limit=nope", ADMIN).await,
        server.get("/api/v1/invoices/inv_000001/pdf", ADMIN).await,
        server
            .post(
                "/api/v1/payments",
                ADMIN,
                "not json",
                &[("Idempotency-Key", "k")],
            )
            .await,
        server.get("/api/v1/account", "nobody").await,
    ];
    for answer in answers {
        assert_eq!(
            answer.header("x-content-type-options"),
            Some("nosniff"),
            "{} {}",
            answer.status,
            answer.text()
        );
    }
}

#[tokio::test]
async fn a_body_the_contract_refuses_is_422_naming_the_field_on_every_action() {
    let server = start().await;
    let card =
        r#"{"number":"4242424242424242","exp_month":12,"exp_year":2031,"cvc":"123","holder":"Lee"#;
    let address = r#"{"first_name":"Min-jun","last_name":"Lee","line1":"1 Main St","city":"SF","state":"CA","postal_code":"94105","country":"US","floor":3}"#;
    let method = format!(
        r#"{{"token":"tok_1","holder":"Lee","billing_address":{address},"eu_supported":true,"make_default":false}}"#
    );
    let cases = [
        (
            "/api/v1/card-tokens",
            "not json".to_string(),
            "body",
            "invalid",
        ),
        (
            "/api/v1/card-tokens",
            format!(r#"{card}","pin":"1"}}"#),
            "pin",
            "invalid",
        ),
        (
            "/api/v1/card-tokens",
            r#"{"number":"4242424242424242"}"#.to_string(),
            "exp_month",
            "required",
        ),
        (
            "/api/v1/payment-methods",
            method,
            "billing_address.floor",
            "invalid",
        ),
        (
            "/api/v1/billing-items/item_00001/associate",
            "{}".to_string(),
            "device_id",
            "required",
        ),
        (
            "/api/v1/billing-items/item_00001/cancel",
            r#"{"when":"later"}"#.to_string(),
            "when",
            "invalid",
        ),
    ];
    for (path, body, field, code) in cases {
        let response = server
            .post(path, ADMIN, &body, &[("Idempotency-Key", "k")])
            .await;
        assert_envelope(&response, 422, "validation_failed");
        assert_eq!(
            response.json()["error"]["fields"],
            serde_json::json!({ field: code }),
            "{path} {body}"
        );
    }
    // The bulk action's document says 400 for the same refusals.
    let bulk = server
        .post(
            "/api/v1/billing-items/bulk",
            ADMIN,
            r#"{"action":{"type":"dissociate","now":true},"item_ids":[]}"#,
            &[],
        )
        .await;
    assert_envelope(&bulk, 400, "validation_failed");
    assert_eq!(bulk.json()["error"]["fields"]["action.now"], "invalid");
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_on_every_action() {
    let server = start().await;
    for path in [
        "/api/v1/card-tokens",
        "/api/v1/payment-methods",
        "/api/v1/billing-items/bulk",
        "/api/v1/billing-items/item_00001/cancel",
    ] {
        let response = server
            .send_large("POST", path, Some(ADMIN), TOO_LARGE)
            .await;
        assert_envelope(&response, 413, "validation_failed");
        assert_eq!(
            response.json()["error"]["fields"]["body"],
            "too_long",
            "{path}"
        );
    }
}

#[tokio::test]
async fn over_the_rate_limit_a_token_is_told_to_wait_in_the_envelope_after_its_token_is_checked() {
    let server = support::start_with(billing_server::ServerConfig {
        rate_limit: Some(2),
        ..Default::default()
    })
    .await;
    let read = |token| server.send("GET", "/api/v1/account", token, &[], None);
    assert_eq!(read(Some(ADMIN)).await.status, 200);
    assert_eq!(read(Some(ADMIN)).await.status, 200);
    let refused = read(Some(ADMIN)).await;
    assert_envelope(&refused, 429, "rate_limited");
    assert_eq!(refused.header("retry-after"), Some("1"));
    // Each token has its own; a caller without a known one still learns only that.
    assert_eq!(read(Some(VIEWER)).await.status, 200);
    assert_envelope(&read(None).await, 401, "unauthorized");
    assert_envelope(&read(Some("nobody")).await, 401, "unauthorized");
    // After the wait it says, the token is served again.
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    assert_eq!(read(Some(ADMIN)).await.status, 200);
}
