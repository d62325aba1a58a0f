//! The request log says what each request was and how it went, never what it carried: no
//! bearer token, no query string, no body.

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use support::{start, ADMIN, VIEWER};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

/// The log's lines, kept for the test to read.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        let bytes = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let mut kept = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        kept.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl MakeWriter<'_> for Captured {
    type Writer = Captured;

    fn make_writer(&self) -> Captured {
        self.clone()
    }
}

#[tokio::test]
async fn the_log_has_method_path_status_and_latency_and_nothing_a_request_carried() {
    let log = Captured::default();
    // Every level, so that no event anywhere carries a secret.
    let subscriber = billing_server::log::subscriber(EnvFilter::new("trace"), log.clone(), false);
    tracing::subscriber::set_global_default(subscriber).expect("the test's own subscriber");
    let server = start().await;
    let card = |number: &str| {
        format!(
            r#"{{"number":"{number}","exp_month":12,"exp_year":2031,"cvc":"123","holder":"Imogen Quist"}}"#
        )
    };
    let vaulted = server
        .post("/api/v1/card-tokens", ADMIN, &card("4242424242424242"), &[])
        .await;
    assert_eq!(vaulted.status, 201, "{}", vaulted.text());
    let refused = server
        .post("/api/v1/card-tokens", ADMIN, &card("4242424242424241"), &[])
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text());
    let search = server
        .get("/api/v1/invoices?search=Zanzibar-query", VIEWER)
        .await;
    assert_eq!(search.status, 200);
    let unknown = server.get("/api/v1/account", "not-a-known-token").await;
    assert_eq!(unknown.status, 401);

    let text = log.text();
    for line in [
        "method=POST path=/api/v1/card-tokens",
        "method=GET path=/api/v1/invoices}",
        "method=GET path=/api/v1/account",
    ] {
        assert!(text.contains(line), "{line} in:\n{text}");
    }
    for status in ["status=201", "status=422", "status=200", "status=401"] {
        assert!(text.contains(status), "{status} in:\n{text}");
    }
    assert!(text.contains("latency="), "{text}");
    for secret in [
        ADMIN,
        VIEWER,
        "not-a-known-token",
        "Bearer",
        "4242424242424242",
        "4242424242424241",
        "Imogen",
        "Zanzibar",
        "search=",
    ] {
        assert!(!text.contains(secret), "{secret} in:\n{text}");
    }
}
