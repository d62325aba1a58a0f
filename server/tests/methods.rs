//! The card vault's stand-in and the payment methods on file, over HTTP.

mod support;

use billing_core::contract::{CardToken, MethodStatus, Payment, PaymentMethod, PaymentStatus};
use serde_json::{json, Value};
use support::{start, TestServer, ADMIN, VIEWER};

fn card(number: &str, cvc: &str) -> String {
    json!({ "number": number, "exp_month": 12, "exp_year": 2031, "cvc": cvc, "holder": "Min-jun Lee" }).to_string()
}

fn address() -> Value {
    json!({
        "first_name": "Min-jun", "last_name": "Lee", "line1": "100 Market Street",
        "city": "San Francisco", "state": "CA", "postal_code": "94105", "country": "US"
    })
}

async fn tokenize(server: &TestServer, number: &str) -> CardToken {
    // American Express numbers start 34 or 37 and have a four-digit security code.
    let cvc = if number.starts_with("37") || number.starts_with("34") {
        "1234"
    } else {
        "123"
    };
    let response = server
        .post("/api/v1/card-tokens", ADMIN, &card(number, cvc), &[])
        .await;
    assert_eq!(
        response.status,
        201,
        "{}",
        String::from_utf8_lossy(&response.body)
    );
    serde_json::from_value(response.json()).unwrap()
}

async fn add(server: &TestServer, token: &str, key: &str) -> support::Response {
    let body = json!({ "token": token, "holder": "Min-jun Lee", "billing_address": address(), "eu_supported": true, "make_default": false });
    server
        .post(
            "/api/v1/payment-methods",
            ADMIN,
            &body.to_string(),
            &[("Idempotency-Key", key)],
        )
        .await
}

async fn methods(server: &TestServer) -> Vec<PaymentMethod> {
    serde_json::from_value(server.get("/api/v1/payment-methods", ADMIN).await.json()).unwrap()
}

#[tokio::test]
async fn a_token_carries_brand_and_last_four_never_the_number() {
    let server = start().await;
    let token = tokenize(&server, "3782 822463 10005").await;
    assert_eq!((token.last4.as_str(), token.exp_year), ("0005", 2031));
    let raw = serde_json::to_string(&token).unwrap();
    assert!(!raw.contains("378282246310005") && !raw.contains("cvc"));
}

#[tokio::test]
async fn the_vault_refuses_bad_cards_field_by_field() {
    let server = start().await;
    let response = server
        .post(
            "/api/v1/card-tokens",
            ADMIN,
            &card("4242 4242 4242 4241", "12"),
            &[],
        )
        .await;
    assert_eq!(response.status, 422);
    let fields = &response.json()["error"]["fields"];
    assert_eq!(
        (fields["card.number"].as_str(), fields["card.cvc"].as_str()),
        (Some("luhn"), Some("cvc_length"))
    );
    let viewer = server
        .post(
            "/api/v1/card-tokens",
            VIEWER,
            &card("4242424242424242", "123"),
            &[],
        )
        .await;
    assert_eq!(viewer.status, 403);
}

#[tokio::test]
async fn an_added_card_is_pending_validation_and_added_once_per_key() {
    let server = start().await;
    let before = methods(&server).await.len();
    let token = tokenize(&server, "5555555555554444").await;
    let first = add(&server, &token.token, "k-add").await;
    assert_eq!(first.status, 201);
    let again = add(&server, &token.token, "k-add").await;
    assert_eq!(first.json(), again.json(), "a retry replays");
    let method: PaymentMethod = serde_json::from_value(first.json()).unwrap();
    assert_eq!(method.status, MethodStatus::PendingValidation);
    assert_eq!(methods(&server).await.len(), before + 1);
    let reuse = add(&server, &token.token, "k-add-2").await;
    assert_eq!(
        reuse.json()["error"]["fields"]["token"],
        "invalid",
        "a token is used once"
    );
}

#[tokio::test]
async fn declined_and_expired_test_cards_are_refused_and_nothing_is_saved() {
    let server = start().await;
    let before = methods(&server).await.len();
    let declined = tokenize(&server, "4000000000000002").await;
    assert_eq!(
        add(&server, &declined.token, "k-d").await.error_code(),
        "card_declined"
    );
    let expired = tokenize(&server, "4000000000000069").await;
    assert_eq!(
        add(&server, &expired.token, "k-e").await.error_code(),
        "card_expired"
    );
    assert_eq!(methods(&server).await.len(), before);
}

#[tokio::test]
async fn a_bad_billing_address_is_refused_by_field() {
    let server = start().await;
    let token = tokenize(&server, "4242424242424242").await;
    let mut bad = address();
    bad["postal_code"] = json!("ABCDE");
    bad["state"] = json!("");
    let body = json!({ "token": token.token, "holder": "x", "billing_address": bad, "eu_supported": false, "make_default": false });
    let response = server
        .post(
            "/api/v1/payment-methods",
            ADMIN,
            &body.to_string(),
            &[("Idempotency-Key", "k-addr")],
        )
        .await;
    let fields = &response.json()["error"]["fields"];
    assert_eq!(fields["billing_address.postal_code"], "postal_code_format");
    assert_eq!(fields["billing_address.state"], "state_required");
}

#[tokio::test]
async fn the_default_moves_and_the_last_valid_method_stays() {
    let server = start().await;
    let paypal = server
        .post("/api/v1/payment-methods/pm_paypal/default", ADMIN, "", &[])
        .await;
    assert_eq!(paypal.status, 200);
    let all = methods(&server).await;
    assert_eq!(
        all.iter()
            .filter(|m| m.is_default)
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>(),
        vec!["pm_paypal"]
    );
    let pending = server
        .post("/api/v1/payment-methods/pm_mc/default", ADMIN, "", &[])
        .await;
    assert_eq!(
        pending.status, 422,
        "a card pending validation cannot be the monthly method"
    );
    assert_eq!(
        server
            .send(
                "DELETE",
                "/api/v1/payment-methods/pm_visa",
                Some(ADMIN),
                &[],
                None
            )
            .await
            .status,
        204
    );
    let last = server
        .send(
            "DELETE",
            "/api/v1/payment-methods/pm_paypal",
            Some(ADMIN),
            &[],
            None,
        )
        .await;
    assert_eq!(
        (last.status, last.error_code().as_str()),
        (409, "last_payment_method")
    );
    assert_eq!(
        server
            .send(
                "DELETE",
                "/api/v1/payment-methods/pm_amex",
                Some(VIEWER),
                &[],
                None
            )
            .await
            .status,
        403
    );
}

#[tokio::test]
async fn a_one_time_card_pays_without_being_saved() {
    let server = start().await;
    let invoice = server
        .get("/api/v1/invoices?statuses=due&limit=1", ADMIN)
        .await
        .json()["items"][0]
        .clone();
    let pay = |token: &str| {
        json!({
            "amount": { "amount": "1.00", "currency": invoice["balance_due"]["currency"] },
            "invoice_id": invoice["id"],
            "source": { "type": "card_token", "token": token, "billing_address": address() },
            "eu_supported": false
        })
        .to_string()
    };
    let before = methods(&server).await.len();
    let good = tokenize(&server, "4242424242424242").await;
    let paid: Payment = serde_json::from_value(
        server
            .post(
                "/api/v1/payments",
                ADMIN,
                &pay(&good.token),
                &[("Idempotency-Key", "k-once")],
            )
            .await
            .json(),
    )
    .unwrap();
    assert_eq!(paid.status, PaymentStatus::Succeeded);
    let declined = tokenize(&server, "4000000000000002").await;
    let refused: Payment = serde_json::from_value(
        server
            .post(
                "/api/v1/payments",
                ADMIN,
                &pay(&declined.token),
                &[("Idempotency-Key", "k-dec")],
            )
            .await
            .json(),
    )
    .unwrap();
    assert_eq!(refused.status, PaymentStatus::Declined);
    let action = tokenize(&server, "4000000000003220").await;
    let pending: Payment = serde_json::from_value(
        server
            .post(
                "/api/v1/payments",
                ADMIN,
                &pay(&action.token),
                &[("Idempotency-Key", "k-3ds")],
            )
            .await
            .json(),
    )
    .unwrap();
    assert_eq!(pending.status, PaymentStatus::RequiresAction);
    assert_eq!(
        methods(&server).await.len(),
        before,
        "a one-time card is not saved"
    );
}

/// A right-to-left override, a zero-width space, a byte order mark and a line separator:
/// each makes a stored name or address display as something else.
const SPOOFING: [&str; 4] = ["\u{202E}", "\u{200B}", "\u{FEFF}", "\u{2028}"];

#[tokio::test]
async fn a_holder_name_with_an_invisible_character_gets_no_token() {
    let server = start().await;
    for c in SPOOFING {
        let body = json!({ "number": "4242424242424242", "exp_month": 12, "exp_year": 2031, "cvc": "123", "holder": format!("Min-jun{c} Lee") });
        let response = server
            .post("/api/v1/card-tokens", ADMIN, &body.to_string(), &[])
            .await;
        assert_eq!(response.status, 422, "{}", response.text());
        assert_eq!(
            response.json()["error"]["fields"],
            json!({ "card.holder": "invisible_characters" })
        );
    }
}

#[tokio::test]
async fn a_method_with_an_invisible_character_in_its_holder_or_address_is_refused_by_field() {
    let server = start().await;
    let token = tokenize(&server, "4242424242424242").await;
    let fields = [
        "first_name",
        "last_name",
        "company",
        "line1",
        "line2",
        "city",
        "state",
        "postal_code",
    ];
    for (i, c) in SPOOFING.iter().enumerate() {
        for field in fields {
            let mut bad = address();
            bad[field] = json!(format!("{}{c}x", bad[field].as_str().unwrap_or("a")));
            let body = json!({ "token": token.token, "holder": format!("Lee{c}"), "billing_address": bad, "eu_supported": false, "make_default": false });
            let response = server
                .post(
                    "/api/v1/payment-methods",
                    ADMIN,
                    &body.to_string(),
                    &[("Idempotency-Key", &format!("k-spoof-{i}-{field}"))],
                )
                .await;
            assert_eq!(response.status, 422, "{}", response.text());
            assert_eq!(
                response.json()["error"]["fields"],
                json!({
                    "card.holder": "invisible_characters",
                    format!("billing_address.{field}"): "invisible_characters",
                }),
                "{field} with {c:?}"
            );
        }
    }
    assert_eq!(
        add(&server, &token.token, "k-after").await.status,
        201,
        "the token was not used up by the refusals"
    );
}
