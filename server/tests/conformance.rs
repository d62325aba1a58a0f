//! The conformance kit against the reference server, which must pass every check, and
//! against a backend broken on purpose, which must fail the checks of what it breaks.

mod support;

use billing_server::conformance::{run, Outcome, Report, Row, Target};
use support::{start, ADMIN, VIEWER};

fn target(addr: std::net::SocketAddr) -> Target {
    Target {
        api: format!("http://{addr}"),
        token: ADMIN.to_string(),
        viewer_token: VIEWER.to_string(),
    }
}

#[tokio::test]
async fn the_reference_server_passes_every_check() {
    let server = start().await;
    let report = run(&target(server.addr)).await;
    assert!(report.passed(), "\n{report}");
    // As many as the README says a run checks.
    assert_eq!(report.rows.len(), 72, "\n{report}");
    let printed = report.to_string();
    for secret in [ADMIN, VIEWER, "4242424242424242", "4000000000000002"] {
        assert!(!printed.contains(secret), "the report shows {secret}");
    }
}

/// A backend that forwards to the reference server but gets some things wrong: the viewer's
/// writes are carried out as the administrator's, every payment is charged anew whatever its
/// key, a 404 is plain text, no answer says `nosniff`, and the devices are not `Device`s.
async fn broken(upstream: std::net::SocketAddr) -> std::net::SocketAddr {
    use axum::body::Body;
    use axum::extract::Request;
    use axum::http::{header, HeaderValue, Method, StatusCode};
    use axum::response::{IntoResponse, Response};
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;

    let client = reqwest::Client::new();
    let payments = Arc::new(AtomicU64::new(0));
    let forward = move |request: Request| {
        let (client, payments) = (client.clone(), payments.clone());
        async move {
            let (parts, body) = request.into_parts();
            let path = parts
                .uri
                .path_and_query()
                .map_or("/", |p| p.as_str())
                .to_string();
            if path.starts_with("/api/v1/devices") {
                let json = [(header::CONTENT_TYPE, "application/json")];
                return (json, r#"[{"id": 1}]"#).into_response();
            }
            let body = axum::body::to_bytes(body, 8 << 20)
                .await
                .unwrap_or_default();
            let mut headers = parts.headers.clone();
            headers.remove(header::HOST);
            let viewer = format!("Bearer {VIEWER}");
            if parts.method != Method::GET
                && headers
                    .get(header::AUTHORIZATION)
                    .is_some_and(|v| v == viewer.as_str())
            {
                let admin = HeaderValue::from_str(&format!("Bearer {ADMIN}")).expect("a header");
                headers.insert(header::AUTHORIZATION, admin);
            }
            if parts.method == Method::POST && path == "/api/v1/payments" {
                let fresh = format!("fresh-{}", payments.fetch_add(1, Ordering::Relaxed));
                headers.insert(
                    "idempotency-key",
                    HeaderValue::from_str(&fresh).expect("a key"),
                );
            }
            let answer = client
                .request(parts.method, format!("http://{upstream}{path}"))
                .headers(headers)
                .body(body)
                .send()
                .await
                .expect("the reference server answers");
            let status = answer.status();
            let mut headers = answer.headers().clone();
            let bytes = answer.bytes().await.expect("a whole answer");
            headers.remove(header::X_CONTENT_TYPE_OPTIONS);
            headers.remove(header::CONTENT_LENGTH);
            let mut response = match status {
                StatusCode::NOT_FOUND => {
                    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
                    Response::new(Body::from("not found"))
                }
                _ => Response::new(Body::from(bytes)),
            };
            *response.status_mut() = status;
            *response.headers_mut() = headers;
            response
        }
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let addr = listener.local_addr().expect("bound");
    let app = axum::Router::new().fallback(forward);
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

fn failed(report: &Report, check: &str) -> bool {
    let row = report.row(check);
    assert!(row.is_some(), "no check {check:?}\n{report}");
    row.is_some_and(|r| matches!(r.outcome, Outcome::Fail(_)))
}

#[tokio::test]
async fn a_broken_backend_fails_the_checks_of_what_it_breaks() {
    let server = start().await;
    let report = run(&target(broken(server.addr).await)).await;
    assert!(!report.passed(), "\n{report}");
    for check in [
        "403 forbidden for the viewer on every write operation",
        "the viewer's refused writes changed nothing",
        "the same key and body replay the first answer and charge once",
        "8 concurrent requests with one key charge once, each answered the payment",
        "the same key with another body: 422 idempotency_mismatch, nothing charged",
        "a carried-out payment's key resolves to completed with its answer, every time",
        "404 not_found for an unknown id, on every operation with one",
        "every refusal is an ErrorEnvelope in application/json",
        "every answer carries X-Content-Type-Options: nosniff",
        "every read operation answers the viewer with its contract type",
    ] {
        assert!(failed(&report, check), "{check:?} passed\n{report}");
    }
    // What the backend does right still passes: the kit fails the broken rules only.
    for check in [
        "GET /account tells the viewer its role",
        "a card the vault refuses: 422 card.number luhn, card.cvc cvc_length",
        "the invoice list sorts by date and pages with next_cursor",
        "an amount over the balance: 422 amount_exceeds_balance, nothing changed",
    ] {
        let row = report.row(check);
        assert!(
            row.is_some_and(|r| r.outcome == Outcome::Pass),
            "{check:?} did not pass\n{report}"
        );
    }
    let detail = match report.row("every read operation answers the viewer with its contract type")
    {
        Some(Row {
            outcome: Outcome::Fail(detail),
            ..
        }) => detail.clone(),
        other => panic!("{other:?}"),
    };
    assert!(
        detail.contains("GET /api/v1/devices") && detail.contains("Vec<Device>"),
        "{detail}"
    );
}

#[tokio::test]
async fn an_account_with_nothing_to_pay_leaves_the_payment_checks_not_applicable() {
    let config = billing_server::ServerConfig {
        invoices: 0,
        ..Default::default()
    };
    let server = support::start_with(config).await;
    let report = run(&target(server.addr)).await;
    let not_applicable = |check: &str| {
        report
            .row(check)
            .is_some_and(|r| matches!(r.outcome, Outcome::NotApplicable(_)))
    };
    for check in [
        "a payable invoice is found through the list's status filter",
        "8 concurrent requests with one key charge once, each answered the payment",
        "concurrent payments with different keys never take more than is owed",
    ] {
        assert!(not_applicable(check), "{check:?}\n{report}");
    }
    assert!(
        !report.passed(),
        "a check that could not run is not a pass\n{report}"
    );
    assert!(report.to_string().contains("not applicable"), "\n{report}");
}
