//! The server as the app's host: the built app under its base path with a strict CSP, and
//! fault injection for the app's error paths.

mod support;

use std::path::PathBuf;
use std::time::Instant;

use billing_server::ServerConfig;
use serde_json::json;
use support::{start_with, ADMIN};

/// A stand-in build: an index.html shaped like the build's, preloading the demo's build, a
/// manifest of both backends' builds, and one asset.
fn fake_dist() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "bp-dist-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let index = r#"<html><head><base href="/" /><link rel="modulepreload" href="demo.js" integrity="sha256-DJ" crossorigin /><link rel="modulepreload" href="demo-link.js" integrity="sha256-DL" crossorigin /><link rel="preload" href="demo.wasm" as="fetch" crossorigin /><script type="module" src="billing-portal.js"></script></head><body><main><billing-portal offline></billing-portal></main></body></html>"#;
    std::fs::write(dir.join("index.html"), index).unwrap();
    let build = |name: &str, tag: &str| {
        json!({
            "js": { "path": format!("{name}.js"), "integrity": format!("sha256-{tag}J") },
            "wasm": { "path": format!("{name}.wasm"), "integrity": format!("sha256-{tag}W") },
            "link": { "path": format!("{name}-link.js"), "integrity": format!("sha256-{tag}L") },
        })
    };
    let manifest = json!({ "demo": build("demo", "D"), "api": build("api", "A") });
    std::fs::write(
        dir.join("billing-portal.manifest.json"),
        manifest.to_string(),
    )
    .unwrap();
    std::fs::write(dir.join("app.js"), "export default function init() {}").unwrap();
    // Stand-ins for the build's compressed copies: told apart by their bytes.
    std::fs::write(dir.join("app.js.br"), "brotli bytes").unwrap();
    std::fs::write(dir.join("app.js.gz"), "gzip bytes").unwrap();
    std::fs::write(dir.join("plain.css"), "main {}").unwrap();
    dir
}

#[tokio::test]
async fn files_go_compressed_as_the_browser_accepts() {
    let server = start_with(ServerConfig {
        dist: Some(fake_dist()),
        base_path: "/console/billing/".into(),
        ..Default::default()
    })
    .await;
    let get = |path: &'static str, accept: &'static str| {
        let server = &server;
        async move {
            let extra = [("Accept-Encoding", accept)];
            server.send("GET", path, Some(ADMIN), &extra, None).await
        }
    };
    for (accept, coding, body) in [
        ("gzip, deflate, br, zstd", Some("br"), "brotli bytes"),
        ("gzip, deflate", Some("gzip"), "gzip bytes"),
        ("br;q=0, gzip", Some("gzip"), "gzip bytes"),
        ("identity", None, "export default function init() {}"),
    ] {
        let response = get("/console/billing/app.js", accept).await;
        assert_eq!(response.status, 200, "{accept}");
        assert_eq!(response.header("content-encoding"), coding, "{accept}");
        assert_eq!(response.text(), body, "{accept}");
        assert_eq!(
            response.header("content-type"),
            Some("text/javascript; charset=utf-8"),
            "{accept}: the file's own type"
        );
        assert_eq!(response.header("vary"), Some("accept-encoding"), "{accept}");
    }
    // Two Accept-Encoding lines are one list.
    let extra = [("Accept-Encoding", "identity"), ("Accept-Encoding", "br")];
    let both = server
        .send("GET", "/console/billing/app.js", Some(ADMIN), &extra, None)
        .await;
    assert_eq!(both.header("content-encoding"), Some("br"));
    // A file without compressed copies goes as it is.
    let css = get("/console/billing/plain.css", "br, gzip").await;
    assert_eq!(css.header("content-encoding"), None);
    assert_eq!(css.text(), "main {}");
    // The page, written for this server, is gzipped.
    let page = get("/console/billing/invoices", "gzip, br").await;
    assert_eq!(page.header("content-encoding"), Some("gzip"));
    assert_eq!(page.header("vary"), Some("accept-encoding"));
    let mut html = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&page.body[..]), &mut html)
        .unwrap();
    assert!(
        html.contains("<billing-portal base-path=\"/console/billing/\""),
        "{html}"
    );
    let plain = get("/console/billing/invoices", "identity").await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.text(), html);
}

#[tokio::test]
async fn json_answers_are_gzipped_as_the_client_accepts_and_the_pdf_goes_as_it_is() {
    let server = support::start().await;
    let gzip = [("Accept-Encoding", "gzip, br")];
    let plain = server.get("/api/v1/invoices", ADMIN).await;
    assert_eq!(plain.header("content-encoding"), None);
    let packed = server
        .send("GET", "/api/v1/invoices", Some(ADMIN), &gzip, None)
        .await;
    assert_eq!(packed.status, 200);
    assert_eq!(packed.header("content-encoding"), Some("gzip"));
    assert_eq!(packed.header("vary"), Some("accept-encoding"));
    assert_eq!(packed.header("content-type"), Some("application/json"));
    let mut json = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::GzDecoder::new(&packed.body[..]),
        &mut json,
    )
    .unwrap();
    assert_eq!(json, plain.text());
    let pdf = server
        .send(
            "GET",
            "/api/v1/invoices/inv_000001/pdf",
            Some(ADMIN),
            &gzip,
            None,
        )
        .await;
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-encoding"), None);
    assert!(pdf.body.starts_with(b"%PDF-"));
}

#[tokio::test]
async fn a_directory_of_the_build_is_a_route_of_the_app() {
    let dist = fake_dist();
    std::fs::create_dir_all(dist.join("locales")).unwrap();
    let server = start_with(ServerConfig {
        dist: Some(dist),
        base_path: "/console/billing/".into(),
        ..Default::default()
    })
    .await;
    for path in [
        "/console/billing",
        "/console/billing/",
        "/console/billing/locales",
    ] {
        let page = server.get(path, ADMIN).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(
            page.text()
                .contains(r#"<billing-portal base-path="/console/billing/""#),
            "{path}: the configured page"
        );
        assert!(page.header("content-security-policy").is_some(), "{path}");
    }
}

#[tokio::test]
async fn the_app_is_served_under_its_base_path_with_a_strict_csp() {
    let config = ServerConfig {
        dist: Some(fake_dist()),
        base_path: "/console/billing/".into(),
        ..Default::default()
    };
    let server = start_with(config).await;
    let page = server
        .get("/console/billing/invoices/inv_000001", ADMIN)
        .await;
    assert_eq!(page.status, 200);
    let csp = page
        .header("content-security-policy")
        .expect("a CSP")
        .to_string();
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
        "no inline script: {csp}"
    );
    assert!(!csp.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'self'"));
    assert_eq!(
        page.header("cache-control"),
        Some("no-store"),
        "the page holds the token"
    );
    let html = page.text();
    assert!(html.contains(r#"<base href="/console/billing/" />"#));
    let element = portal_attributes(&html);
    assert_eq!(element["api-base"], "/api/v1");
    assert_eq!(element["base-path"], "/console/billing/");
    assert!(
        !element.contains_key("offline"),
        "on an API, no offline demo"
    );
    // The API's build preloaded, with its integrity, in place of the demo's.
    for preload in [
        r#"href="api.js" integrity="sha256-AJ""#,
        r#"href="api-link.js" integrity="sha256-AL""#,
        r#"href="api.wasm""#,
    ] {
        assert!(html.contains(preload), "{preload} in {html}");
    }
    assert!(!html.contains(r#"href="demo"#), "{html}");
    let asset = server.get("/console/billing/app.js", ADMIN).await;
    assert_eq!(
        asset.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert_eq!(
        server
            .get("/console/billing/missing.js", ADMIN)
            .await
            .status,
        404
    );
    assert_eq!(
        server
            .get("/console/billing/../Cargo.toml", ADMIN)
            .await
            .status,
        404
    );
    assert_eq!(server.get("/elsewhere", ADMIN).await.status, 404);
    assert_eq!(
        server.get("/api/v1/nothing", ADMIN).await.error_code(),
        "not_found"
    );
}

#[tokio::test]
async fn the_apps_routes_only_answer_reads() {
    let server = start_with(ServerConfig {
        dist: Some(fake_dist()),
        base_path: "/console/billing/".into(),
        ..Default::default()
    })
    .await;
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        for path in [
            "/console/billing/invoices",
            "/console/billing/",
            "/console/billing/app.js",
        ] {
            let response = server.send(method, path, None, &[], Some("{}")).await;
            assert_eq!(response.status, 405, "{method} {path}");
            assert_eq!(
                response.header("allow"),
                Some("GET, HEAD"),
                "{method} {path}"
            );
            assert!(!response.text().contains("billing-portal"), "not the page");
        }
    }
    let head = server
        .send("HEAD", "/console/billing/invoices", None, &[], None)
        .await;
    assert_eq!(head.status, 200);
    let page = server.get("/console/billing/invoices", ADMIN).await;
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    let outside = server
        .send("POST", "/elsewhere", None, &[], Some("{}"))
        .await;
    assert_eq!(outside.status, 404);
}

async fn faulty() -> support::TestServer {
    start_with(ServerConfig {
        faults: true,
        ..Default::default()
    })
    .await
}

async fn arm(server: &support::TestServer, fault: serde_json::Value) {
    let response = server
        .send(
            "POST",
            "/__test/faults",
            None,
            &[],
            Some(&fault.to_string()),
        )
        .await;
    assert_eq!(response.status, 204);
}

#[tokio::test]
async fn faults_are_off_unless_enabled() {
    let server = support::start().await;
    let response = server
        .send(
            "POST",
            "/__test/faults",
            None,
            &[],
            Some(r#"{"kind":"error","path":"/"}"#),
        )
        .await;
    assert_eq!(response.status, 404);
}

#[tokio::test]
async fn an_armed_error_fails_that_many_requests() {
    let server = faulty().await;
    arm(
        &server,
        json!({ "kind": "error", "path": "/api/v1/account", "times": 2 }),
    )
    .await;
    assert_eq!(
        server.get("/api/v1/account", ADMIN).await.error_code(),
        "internal"
    );
    assert_eq!(server.get("/api/v1/account", ADMIN).await.status, 500);
    assert_eq!(server.get("/api/v1/account", ADMIN).await.status, 200);
}

#[tokio::test]
async fn malformed_answers_and_latency() {
    let server = faulty().await;
    arm(
        &server,
        json!({ "kind": "malformed", "path": "/api/v1/invoices" }),
    )
    .await;
    let garbled = server.get("/api/v1/invoices", ADMIN).await;
    assert!(serde_json::from_slice::<serde_json::Value>(&garbled.body).is_err());
    arm(
        &server,
        json!({ "kind": "latency", "path": "/api/v1/devices", "latency_ms": 300 }),
    )
    .await;
    let started = Instant::now();
    assert_eq!(server.get("/api/v1/devices", ADMIN).await.status, 200);
    assert!(started.elapsed().as_millis() >= 300);
}

#[tokio::test]
async fn a_dropped_answer_after_a_payment_then_a_retry_charges_once() {
    let server = faulty().await;
    let invoice = server
        .get("/api/v1/invoices?statuses=due&limit=1", ADMIN)
        .await
        .json()["items"][0]
        .clone();
    let body = json!({
        "amount": { "amount": "1.00", "currency": invoice["balance_due"]["currency"] },
        "invoice_id": invoice["id"], "source": { "type": "saved_method", "method_id": "pm_visa" },
        "eu_supported": false
    })
    .to_string();
    let before = server.get("/api/v1/payments", ADMIN).await.json()["total"]
        .as_u64()
        .unwrap();
    arm(
        &server,
        json!({ "kind": "drop", "path": "/api/v1/payments", "method": "POST" }),
    )
    .await;
    let lost = server
        .try_post(
            "/api/v1/payments",
            ADMIN,
            &body,
            &[("Idempotency-Key", "k-drop")],
        )
        .await;
    assert!(lost.is_none(), "the answer never arrives");
    let retry = server
        .post(
            "/api/v1/payments",
            ADMIN,
            &body,
            &[("Idempotency-Key", "k-drop")],
        )
        .await;
    assert_eq!(retry.status, 201);
    let after = server.get("/api/v1/payments", ADMIN).await.json()["total"]
        .as_u64()
        .unwrap();
    assert_eq!(after, before + 1, "charged once");
}

#[tokio::test]
async fn an_item_error_fails_that_item_of_a_bulk_action_once() {
    let server = faulty().await;
    arm(
        &server,
        json!({ "kind": "item_error", "path": "/api/v1/billing-items/bulk", "item_id": "item_00002" }),
    )
    .await;
    let body =
        json!({ "action": { "type": "dissociate" }, "item_ids": ["item_00001", "item_00002"] })
            .to_string();
    let codes = |response: support::Response| -> Vec<serde_json::Value> {
        let results = response.json()["results"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        results.iter().map(|r| r["error"]["code"].clone()).collect()
    };
    let first = server
        .post("/api/v1/billing-items/bulk", ADMIN, &body, &[])
        .await;
    assert_eq!(codes(first), [json!(null), json!("internal")]);
    let item = server
        .get("/api/v1/billing-items?view=all&search=item_00002", ADMIN)
        .await;
    assert!(
        item.json()["items"][0]["device"].is_object(),
        "the failed item is unchanged"
    );
    let retry = server
        .post("/api/v1/billing-items/bulk", ADMIN, &body, &[])
        .await;
    assert_eq!(codes(retry), [json!(null), json!(null)], "used up by one");
}

/// The attributes of a served page's `<billing-portal>`, as the browser reads them.
fn portal_attributes(html: &str) -> std::collections::HashMap<String, String> {
    let start = html.find("<billing-portal").expect("the element") + "<billing-portal".len();
    let tag = &html[start..start + html[start..].find('>').expect("closed")];
    let mut attributes = std::collections::HashMap::new();
    let mut rest = tag.trim_start();
    while !rest.is_empty() {
        let name_end = rest.find(['=', ' ']).unwrap_or(rest.len());
        let name = rest[..name_end].to_string();
        rest = &rest[name_end..];
        let value = match rest.strip_prefix("=\"") {
            Some(quoted) => {
                let end = quoted.find('"').expect("a closing quote");
                rest = &quoted[end + 1..];
                quoted[..end]
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&")
            }
            None => String::new(),
        };
        attributes.insert(name, value);
        rest = rest.trim_start();
    }
    attributes
}

#[tokio::test]
async fn configured_values_are_written_into_the_page_escaped() {
    let token = r#"</script><script>alert(document.domain)</script>"'<&"#;
    let base_path = "/a&b'c/(x)/";
    let server = start_with(ServerConfig {
        dist: Some(fake_dist()),
        base_path: base_path.into(),
        app_token: token.into(),
        ..Default::default()
    })
    .await;
    let page = server.get("/a&b'c/(x)/invoices", ADMIN).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.text();
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the build's script: {html}"
    );
    assert!(!html.contains("alert(document.domain)</script>"), "{html}");
    assert!(
        html.contains(r#"<base href="/a&amp;b&#39;c/(x)/" />"#),
        "{html}"
    );
    let element = portal_attributes(&html);
    assert_eq!(
        element["token"], token,
        "the portal reads the token unchanged"
    );
    assert_eq!(element["base-path"], base_path);
    let csp = page.header("content-security-policy").expect("a CSP");
    assert!(
        !csp.contains("'sha256-"),
        "no inline script is allowed: {csp}"
    );
}

#[tokio::test]
async fn page_values_that_cannot_be_valid_stop_the_server() {
    type Change = fn(&mut ServerConfig);
    let refusals: [(Change, &str); 4] = [
        (
            |c| c.base_path = r#"/x"><script>alert(1)</script>/"#.into(),
            "--base-path",
        ),
        (|c| c.base_path = "console".into(), "--base-path"),
        (|c| c.app_token = "two words".into(), "--app-token"),
        (
            |c| c.frame_ancestors = "'self'; script-src *".into(),
            "--frame-ancestors",
        ),
    ];
    for (change, option) in refusals {
        let mut config = ServerConfig {
            dist: Some(fake_dist()),
            ..Default::default()
        };
        change(&mut config);
        let state = billing_server::AppState::open(&config).expect("the database opens");
        let error = billing_server::router(state, &config).expect_err("refused");
        assert!(error.starts_with(option), "{option}: {error}");
    }
}
