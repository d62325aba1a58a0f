//! The invoice PDF over HTTP: a well-formed PDF 1.4 file whose cross-reference table points
//! at its objects, with the invoice's number and every line, paginated when long.

mod support;

use billing_core::contract::InvoiceLine;
use billing_core::seed;
use billing_server::ServerConfig;
use support::{start, start_with, TestServer, VIEWER};

const INVOICE: &str = "inv_000048";

async fn pdf(server: &TestServer, id: &str) -> support::Response {
    server
        .get(&format!("/api/v1/invoices/{id}/pdf"), VIEWER)
        .await
}

/// The text as the PDF writes it: ASCII, `(`, `)` and `\` escaped, Latin-1 letters and
/// signs (the seed's `×`) as octal escapes of their WinAnsi byte, others as `?`.
fn as_written(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '(' | ')' | '\\' => format!("\\{c}"),
            ' '..='~' => c.to_string(),
            '\u{a0}'..='\u{ff}' => format!("\\{:03o}", u32::from(c)),
            _ => "?".into(),
        })
        .collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    find(haystack, needle.as_bytes()).is_some()
}

/// Checks the trailer and each cross-reference entry; returns the number of objects.
fn check_structure(body: &[u8]) -> usize {
    assert!(body.starts_with(b"%PDF-1.4\n"));
    assert!(body.ends_with(b"%%EOF\n"));
    let text = String::from_utf8(body.to_vec()).expect("the file is ASCII");
    let tail = text.rsplit("startxref\n").next().unwrap();
    let xref: usize = tail.lines().next().unwrap().parse().unwrap();
    let table = &text[xref..];
    assert!(
        table.starts_with("xref\n0 "),
        "startxref points at the table"
    );
    let mut lines = table.lines().skip(1);
    let size: usize = lines
        .next()
        .and_then(|l| l.strip_prefix("0 "))
        .unwrap()
        .parse()
        .unwrap();
    let entries = &table[table.find('\n').unwrap() + 1..];
    let entries = &entries[entries.find('\n').unwrap() + 1..];
    assert!(entries.starts_with("0000000000 65535 f \n"));
    for number in 1..size {
        let entry = &entries[number * 20..(number + 1) * 20];
        assert!(entry.ends_with(" 00000 n \n"), "entry {number}: {entry:?}");
        let offset: usize = entry[..10].parse().unwrap();
        assert!(
            text[offset..].starts_with(&format!("{number} 0 obj\n")),
            "object {number} at {offset}"
        );
    }
    assert!(text.contains(&format!("trailer\n<< /Size {size} /Root 1 0 R >>")));
    check_stream_lengths(&text);
    size - 1
}

/// Each content stream is exactly as long as its dictionary says.
fn check_stream_lengths(text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find("<< /Length ") {
        rest = &rest[at + "<< /Length ".len()..];
        let length: usize = rest[..rest.find(' ').unwrap()].parse().unwrap();
        let start = rest.find(">>\nstream\n").unwrap() + ">>\nstream\n".len();
        assert!(
            rest[start + length..].starts_with("\nendstream"),
            "stream length {length}"
        );
    }
}

fn page_count(body: &[u8]) -> usize {
    String::from_utf8_lossy(body)
        .matches("/Type /Page /Parent")
        .count()
}

#[tokio::test]
async fn an_invoice_downloads_as_a_pdf_with_every_line() {
    let server = start().await;
    let detail = server.invoice(INVOICE).await;
    let response = pdf(&server, INVOICE).await;
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type"), Some("application/pdf"));
    assert_eq!(
        response.header("content-disposition"),
        Some(
            format!(
                "attachment; filename=\"invoice-{}.pdf\"",
                detail.invoice.number
            )
            .as_str()
        )
    );
    let body = &response.body;
    check_structure(body);
    assert!(contains(
        body,
        &format!("(Invoice {})", detail.invoice.number)
    ));
    assert!(!detail.lines.is_empty());
    for line in &detail.lines {
        assert!(
            contains(body, &format!("({})", as_written(&line.description))),
            "{}",
            line.description
        );
    }
    let total = billing_core::money::format_plain(&detail.invoice.total);
    assert!(contains(
        body,
        &format!("({total} {})", detail.invoice.total.currency.code())
    ));
    assert!(contains(body, "/BaseFont /Helvetica"));
    assert_eq!(page_count(body), 1);
}

/// A seeded database whose newest invoice ([`INVOICE`]) has sixty lines, each with characters
/// the PDF must escape (`(`, `)`, `\`) or encode (`ç`).
fn long_invoice_db() -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!(
        "billing-pdf-test-{}-{:?}.sqlite",
        std::process::id(),
        std::time::SystemTime::now()
    ));
    billing_server::db::open(Some(&path), || {
        let mut data = seed::generate(seed::DEFAULT_INVOICES, seed::DEFAULT_ITEMS);
        let lines = &mut data.invoices[0].lines;
        let template: InvoiceLine = lines[0].clone();
        *lines = (1..=60)
            .map(|n| InvoiceLine {
                id: format!("line_{n}"),
                description: format!("Line {n} (part) \\ façade"),
                ..template.clone()
            })
            .collect();
        data
    })
    .expect("the database is written");
    path
}

#[tokio::test]
async fn sixty_lines_run_over_several_pages() {
    let path = long_invoice_db();
    let server = start_with(ServerConfig {
        db: Some(path.clone()),
        ..ServerConfig::default()
    })
    .await;
    let detail = server.invoice(INVOICE).await;
    assert_eq!(detail.lines.len(), 60);
    let response = pdf(&server, INVOICE).await;
    assert_eq!(response.status, 200);
    let body = &response.body;
    let objects = check_structure(body);
    let pages = page_count(body);
    assert!(pages >= 2, "{pages} pages");
    assert_eq!(objects, 4 + 2 * pages);
    assert!(contains(body, &format!("/Count {pages}")));
    assert!(contains(body, &format!("(Page {pages} of {pages})")));
    for n in 1..=60 {
        assert!(
            contains(body, &format!("(Line {n} \\(part\\) \\\\ fa\\347ade)")),
            "line {n}"
        );
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

#[tokio::test]
async fn unknown_invoices_are_404_and_a_token_is_required() {
    let server = start().await;
    let missing = pdf(&server, "inv_nope").await;
    assert_eq!(
        (missing.status, missing.error_code().as_str()),
        (404, "not_found")
    );
    let anonymous = server
        .send("GET", "/api/v1/invoices/inv_000048/pdf", None, &[], None)
        .await;
    assert_eq!(
        (anonymous.status, anonymous.error_code().as_str()),
        (401, "unauthorized")
    );
}
