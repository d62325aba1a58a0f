//! The invoice and receipt PDFs over HTTP, read back as a reader would: their text extracted
//! by poppler's `pdftotext` (in each language, with that language's numbers and dates; Korean
//! and Chinese names as themselves; every line of a long invoice over several pages), a first
//! page rendered by `pdftoppm`, metadata read by `pdfinfo`. Those are Debian's poppler-utils,
//! which scripts/setup.sh installs; a test fails, never skips, without them.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use billing_core::address::Address;
use billing_core::contract::{BillTo, InvoiceLine, Payment, PaymentStatus};
use billing_core::seed;
use billing_core::tax_id::TaxId;
use billing_server::ServerConfig;
use support::{start, start_with, Response, TestServer, ADMIN, VIEWER};

const INVOICE: &str = "inv_000048";
const OTHER_INVOICE: &str = "inv_000047";

const KOREAN_COMPANY: &str = "주식회사 누리클라우드";
const KOREAN_CITY: &str = "서울특별시 강남구";
const CHINESE_COMPANY: &str = "雲頂科技股份有限公司";
const CHINESE_STREET: &str = "信義路五段7號";

async fn pdf(server: &TestServer, path: &str, extra: &[(&str, &str)]) -> Response {
    server.send("GET", path, Some(VIEWER), extra, None).await
}

/// A file of the test's own in the temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let path = std::env::temp_dir().join(format!(
            "billing-pdf-{}-{:?}-{name}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::write(&path, bytes).expect("the temporary file is written");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Runs one of poppler's tools on `file`; its standard output.
fn poppler(tool: &str, args: &[&str], file: &Path) -> Vec<u8> {
    let mut command = Command::new(tool);
    command.args(args).arg(file);
    // pdftotext writes to a file beside the PDF unless told `-`; the others write to
    // standard output as they are.
    if tool == "pdftotext" {
        command.arg("-");
    }
    let output = command.output().unwrap_or_else(|e| {
        panic!("{tool}: {e}. Run scripts/setup.sh, which installs Debian's poppler-utils.")
    });
    assert!(
        output.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// The text as `pdftotext -layout` reads it, each run of white space (the narrow and the
/// no-break spaces too) as one space, and each page's text apart.
fn pages_of_text(body: &[u8]) -> Vec<String> {
    let file = TempFile::new("text.pdf", body);
    let text = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], &file.0);
    let text = String::from_utf8(text).expect("UTF-8");
    let mut pages: Vec<String> = text.split('\u{c}').map(collapsed).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.last().is_some_and(String::is_empty) {
        pages.pop();
    }
    pages
}

fn text_of(body: &[u8]) -> String {
    pages_of_text(body).join(" ")
}

fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An amount as each language writes it (`1,407.78`, `1 407,78` with the spaces collapsed).
fn written(amount: &str, lang: &str) -> String {
    let (integer, fraction) = amount.split_once('.').unwrap_or((amount, ""));
    let (group, point) = if lang == "fr" { (" ", ",") } else { (",", ".") };
    let digits: Vec<char> = integer.chars().collect();
    let groups: Vec<String> = digits
        .rchunks(3)
        .rev()
        .map(|chunk| chunk.iter().collect())
        .collect();
    let grouped = groups.join(group);
    match fraction {
        "" => grouped,
        _ => format!("{grouped}{point}{fraction}"),
    }
}

#[tokio::test]
async fn an_invoice_in_each_language_with_its_numbers_and_dates() {
    let server = start().await;
    let detail = server.invoice(INVOICE).await;
    let number = &detail.invoice.number;
    // The seed's newest invoice, so that its dates and total can be written out here.
    assert_eq!(detail.invoice.date.to_string(), "2026-11-15");
    let total = billing_core::money::format_plain(&detail.invoice.total);
    assert_eq!(
        (total.as_str(), detail.invoice.total.currency.code()),
        ("1407.78", "USD")
    );
    for (lang, title, date, due, total) in [
        (
            "en",
            "Invoice",
            "Nov 15, 2026",
            "Dec 15, 2026",
            "1,407.78 USD",
        ),
        (
            "fr",
            "Facture",
            "15 nov. 2026",
            "15 déc. 2026",
            "1 407,78 USD",
        ),
        (
            "ko",
            "송장",
            "2026. 11. 15.",
            "2026. 12. 15.",
            "1,407.78 USD",
        ),
        (
            "zh-TW",
            "發票",
            "2026年11月15日",
            "2026年12月15日",
            "1,407.78 USD",
        ),
        ("de", "Rechnung", "15.11.2026", "15.12.2026", "1.407,78 USD"),
        // Spanish and Italian group digits from five on.
        ("es", "Factura", "15 nov 2026", "15 dic 2026", "1407,78 USD"),
        ("it", "Fattura", "15 nov 2026", "15 dic 2026", "1407,78 USD"),
        (
            "ja",
            "請求書",
            "2026年11月15日",
            "2026年12月15日",
            "1,407.78 USD",
        ),
        (
            "pt-BR",
            "Fatura",
            "15/11/2026",
            "15/12/2026",
            "1.407,78 USD",
        ),
        (
            "zh-CN",
            "发票",
            "2026年11月15日",
            "2026年12月15日",
            "1,407.78 USD",
        ),
    ] {
        let response = pdf(
            &server,
            &format!("/api/v1/invoices/{INVOICE}/pdf?lang={lang}"),
            &[],
        )
        .await;
        assert_eq!(response.status, 200, "{lang}");
        assert_eq!(response.header("content-type"), Some("application/pdf"));
        assert_eq!(response.header("content-language"), Some(lang));
        assert_eq!(
            response.header("content-disposition"),
            Some(format!("attachment; filename=\"invoice-{number}.pdf\"").as_str())
        );
        let text = text_of(&response.body);
        let title = format!("{title} {number}");
        for expected in [title.as_str(), date, due, total]
            .into_iter()
            .chain(detail.lines.iter().map(|line| line.description.as_str()))
        {
            assert!(text.contains(expected), "{lang}: no {expected:?} in {text}");
        }
        assert!(
            !text.contains('?'),
            "{lang}: a character printed as ?: {text}"
        );
    }
}

#[tokio::test]
async fn the_language_is_the_querys_then_accept_languages_then_english() {
    let server = start().await;
    let path = format!("/api/v1/invoices/{INVOICE}/pdf");
    for (query, accept, lang, word) in [
        ("", Some("ko-KR,ko;q=0.9,en;q=0.8"), "ko", "송장"),
        ("?lang=sv", Some("sv-SE, fr;q=0.7"), "fr", "Facture"),
        ("?lang=zh-Hant-TW", Some("fr"), "zh-TW", "發票"),
        ("?lang=zh-Hans", Some("ko"), "zh-CN", "发票"),
        ("?lang=nl", None, "en", "Invoice"),
        ("", None, "en", "Invoice"),
    ] {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("Accept-Language", a)).into_iter().collect();
        let response = pdf(&server, &format!("{path}{query}"), &headers).await;
        assert_eq!(response.status, 200);
        assert_eq!(
            response.header("content-language"),
            Some(lang),
            "{query} {accept:?}"
        );
        assert_eq!(response.header("vary"), Some("Accept-Language"));
        assert!(text_of(&response.body).contains(word), "{query} {accept:?}");
    }
}

/// The PDF's own description: title, tagging and page size as `pdfinfo` reads them, and its
/// language in the catalog.
#[tokio::test]
async fn the_pdf_says_its_title_and_language_and_is_tagged() {
    let server = start().await;
    let number = server.invoice(INVOICE).await.invoice.number;
    let response = pdf(
        &server,
        &format!("/api/v1/invoices/{INVOICE}/pdf?lang=ko"),
        &[],
    )
    .await;
    let file = TempFile::new("info.pdf", &response.body);
    let info = String::from_utf8(poppler("pdfinfo", &[], &file.0)).expect("UTF-8");
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(field("Title"), format!("송장 {number}"));
    assert_eq!(field("Tagged"), "yes");
    assert!(field("Page size").ends_with("(A4)"), "{info}");
    let body = String::from_utf8_lossy(&response.body);
    assert!(body.contains("/Lang(ko)"), "the catalog names the language");
    assert!(body.contains("pdfuaid:part"), "it claims PDF/UA-1");
}

/// A seeded database whose newest invoice ([`INVOICE`]) has sixty lines and is made out to
/// a Korean company, and the next ([`OTHER_INVOICE`]) and the newest receipt to a Taiwanese
/// one.
fn cjk_db() -> PathBuf {
    let path = std::env::temp_dir().join(format!(
        "billing-pdf-test-{}-{:?}.sqlite",
        std::process::id(),
        std::time::SystemTime::now()
    ));
    billing_server::db::open(Some(&path), || {
        let mut data = seed::generate(seed::DEFAULT_INVOICES, seed::DEFAULT_ITEMS);
        let newest = &mut data.invoices[0];
        let template: InvoiceLine = newest.lines[0].clone();
        newest.lines = (1..=60)
            .map(|n| InvoiceLine {
                id: format!("line_{n}"),
                description: format!("Line {n}: 블록 스토리지 (雲端) façade"),
                ..template.clone()
            })
            .collect();
        newest.bill_to = Some(Arc::new(bill_to(
            KOREAN_COMPANY,
            ("민준", "이"),
            ("테헤란로 152", KOREAN_CITY, "06236", "KR"),
            ("KR", "220-81-62517"),
        )));
        let taiwanese = Arc::new(bill_to(
            CHINESE_COMPANY,
            ("志明", "陳"),
            (CHINESE_STREET, "臺北市信義區", "110", "TW"),
            ("TW", "04595257"),
        ));
        data.invoices[1].bill_to = Some(Arc::clone(&taiwanese));
        if let Some(paid) = data
            .payments
            .iter_mut()
            .find(|p| p.status == PaymentStatus::Succeeded)
        {
            paid.bill_to = Some(taiwanese);
        }
        data
    })
    .expect("the database is written");
    path
}

fn bill_to(
    company: &str,
    (first, last): (&str, &str),
    (line1, city, postal, country): (&str, &str, &str, &str),
    (tax_country, tax_id): (&str, &str),
) -> BillTo {
    BillTo {
        billing_address: Address {
            first_name: first.into(),
            last_name: last.into(),
            company: company.into(),
            line1: line1.into(),
            city: city.into(),
            postal_code: postal.into(),
            country: country.into(),
            ..Address::default()
        },
        tax_id: Some(TaxId {
            country: tax_country.into(),
            value: tax_id.into(),
        }),
    }
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

#[tokio::test]
async fn korean_and_chinese_names_print_as_themselves_in_any_language() {
    let path = cjk_db();
    let server = start_with(ServerConfig {
        db: Some(path.clone()),
        ..ServerConfig::default()
    })
    .await;
    for (invoice, lang, expected) in [
        (
            INVOICE,
            "ko",
            [KOREAN_COMPANY, KOREAN_CITY, "이 민준", "대한민국"],
        ),
        (
            INVOICE,
            "en",
            [KOREAN_COMPANY, KOREAN_CITY, "민준 이", "South Korea"],
        ),
        (
            OTHER_INVOICE,
            "zh-TW",
            [CHINESE_COMPANY, CHINESE_STREET, "陳 志明", "台灣"],
        ),
        (
            OTHER_INVOICE,
            "fr",
            [CHINESE_COMPANY, CHINESE_STREET, "志明 陳", "Taïwan"],
        ),
    ] {
        let response = pdf(
            &server,
            &format!("/api/v1/invoices/{invoice}/pdf?lang={lang}"),
            &[],
        )
        .await;
        assert_eq!(response.status, 200);
        let text = text_of(&response.body);
        for expected in expected {
            assert!(text.contains(expected), "{lang}: no {expected:?} in {text}");
        }
    }
    remove_db(&path);
}

#[tokio::test]
async fn sixty_lines_run_over_several_pages_with_the_head_on_each() {
    let path = cjk_db();
    let server = start_with(ServerConfig {
        db: Some(path.clone()),
        ..ServerConfig::default()
    })
    .await;
    let response = pdf(
        &server,
        &format!("/api/v1/invoices/{INVOICE}/pdf?lang=en"),
        &[],
    )
    .await;
    assert_eq!(response.status, 200);
    let pages = pages_of_text(&response.body);
    let count = pages.len();
    assert!(count >= 3, "{count} pages");
    for (index, page) in pages.iter().enumerate() {
        let n = index + 1;
        assert!(
            page.contains(&format!("Page {n} of {count}")),
            "page {n}: {page}"
        );
        assert_eq!(
            page.contains("Line "),
            page.contains("Description Quantity Unit price Amount Tax"),
            "page {n} has the table's head where it has lines: {page}"
        );
    }
    let text = pages.join(" ");
    for n in 1..=60 {
        let line = format!("Line {n}: 블록 스토리지 (雲端) façade");
        assert_eq!(text.matches(&format!("{line} ")).count(), 1, "{line}");
    }
    // The totals are kept together, after the last line.
    let last = &pages[count - 1];
    assert!(
        last.contains("Subtotal") && last.contains("Balance due"),
        "{last}"
    );
    remove_db(&path);
}

/// Page 1 as a PNG at 50 dpi, as a reader would show it, and as a grey map to count its
/// inked pixels: a blank page, or one whose text failed to draw, has next to none.
#[tokio::test]
async fn the_first_page_renders() {
    let server = start().await;
    let receipt = a_payment(&server, PaymentStatus::Succeeded).await.id;
    for path in [
        format!("/api/v1/invoices/{INVOICE}/pdf?lang=ko"),
        format!("/api/v1/invoices/{INVOICE}/pdf?lang=fr"),
        format!("/api/v1/payments/{receipt}/pdf?lang=zh-TW"),
    ] {
        let response = pdf(&server, &path, &[]).await;
        assert_eq!(response.status, 200, "{path}");
        let file = TempFile::new("render.pdf", &response.body);
        let page = ["-r", "50", "-f", "1", "-l", "1", "-singlefile"];
        let png = poppler("pdftoppm", &[&page[..], &["-png"]].concat(), &file.0);
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{path}: a PNG");
        let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        // IHDR's width and height: A4 at 50 dpi, rounded up.
        assert_eq!((size(16), size(20)), (414, 585), "{path}");
        let pgm = poppler("pdftoppm", &[&page[..], &["-gray"]].concat(), &file.0);
        let inked = inked_share(&pgm);
        assert!(
            (0.005..0.2).contains(&inked),
            "{path}: {inked} of the page inked"
        );
    }
}

/// The share of a binary PGM's pixels darker than a light grey (text at 50 dpi is mostly
/// its anti-aliased edges).
fn inked_share(pgm: &[u8]) -> f64 {
    // `P5`, width, height and maximum value, each ended by one white-space character.
    let mut fields = 0;
    let mut at = 0;
    while fields < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields += 1;
    }
    let pixels = &pgm[at + 1..];
    let dark = pixels.iter().filter(|&&p| p < 192).count();
    dark as f64 / pixels.len() as f64
}

/// French groups digits with a narrow no-break space (U+202F). The font has no glyph of its
/// own for it, and poppler reads any space as a space, but the PDF's text holds it: in a
/// ToUnicode map, or as the actual text of the glyph drawn for it.
#[tokio::test]
async fn french_amounts_keep_their_narrow_no_break_space() {
    let server = start().await;
    let response = pdf(
        &server,
        &format!("/api/v1/invoices/{INVOICE}/pdf?lang=fr"),
        &[],
    )
    .await;
    let streams = streams(&response.body);
    assert!(
        streams.iter().any(|s| s.contains("beginbfchar")),
        "no ToUnicode map"
    );
    assert!(
        streams
            .iter()
            .any(|s| s.contains("ActualText<FEFF202F>") || s.contains("> <202F>")),
        "no text holds U+202F"
    );
}

/// The PDF's compressed streams, inflated (binary ones lossily).
fn streams(body: &[u8]) -> Vec<String> {
    use std::io::Read;
    let mut streams = Vec::new();
    let mut rest = body;
    while let Some(start) = find(rest, b"stream\n").or_else(|| find(rest, b"stream\r\n")) {
        let data = &rest[start..];
        let data = &data[find(data, b"\n").map_or(data.len(), |n| n + 1)..];
        let end = find(data, b"\nendstream").unwrap_or(data.len());
        let mut inflated = Vec::new();
        if flate2::read::ZlibDecoder::new(&data[..end])
            .read_to_end(&mut inflated)
            .is_ok()
        {
            streams.push(String::from_utf8_lossy(&inflated).into_owned());
        }
        rest = &data[end..];
        rest = &rest[rest.len().min("\nendstream".len())..];
    }
    streams
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[tokio::test]
async fn without_its_font_the_pdf_is_an_internal_error() {
    let server = start_with(ServerConfig {
        font_dir: "/nonexistent/fonts".into(),
        ..ServerConfig::default()
    })
    .await;
    let response = pdf(&server, &format!("/api/v1/invoices/{INVOICE}/pdf"), &[]).await;
    assert_eq!(
        (response.status, response.error_code().as_str()),
        (500, "internal")
    );
    assert!(
        !response.text().contains("/nonexistent"),
        "the path is logged, not told"
    );
}

/// The seeded account's newest payment with this status.
async fn a_payment(server: &TestServer, status: PaymentStatus) -> Payment {
    let page = server.get("/api/v1/payments?limit=100", ADMIN).await.json();
    let payments: Vec<Payment> =
        serde_json::from_value(page["items"].clone()).expect("a page of payments");
    payments
        .into_iter()
        .find(|p| p.status == status)
        .expect("the seed has one")
}

#[tokio::test]
async fn a_receipt_in_each_language() {
    let server = start().await;
    let payment = a_payment(&server, PaymentStatus::Succeeded).await;
    assert!(
        !payment.settled.is_empty(),
        "the seed's payments settle invoices"
    );
    let reference = &payment.reference;
    let paid = billing_core::money::format_plain(&payment.amount);
    let currency = payment.amount.currency.code();
    let company = payment
        .bill_to
        .as_ref()
        .map(|to| to.billing_address.company.clone())
        .expect("made out to the profile's company");
    for (lang, title, method) in [
        ("en", "Receipt", "Visa ending in 4242"),
        ("fr", "Reçu", "Visa se terminant par 4242"),
        ("ko", "영수증", "Visa(끝자리 4242)"),
        ("zh-TW", "收據", "Visa（末四碼 4242）"),
    ] {
        let path = format!("/api/v1/payments/{}/pdf?lang={lang}", payment.id);
        let response = pdf(&server, &path, &[]).await;
        assert_eq!(response.status, 200, "{lang}");
        assert_eq!(response.header("content-language"), Some(lang));
        assert_eq!(
            response.header("content-disposition"),
            Some(format!("attachment; filename=\"receipt-{reference}.pdf\"").as_str())
        );
        let text = text_of(&response.body);
        let mut expected = vec![
            format!("{title} {reference}"),
            format!("{} {currency}", written(&paid, lang)),
            method.to_string(),
            company.clone(),
        ];
        for part in &payment.settled {
            let applied = billing_core::money::format_plain(&part.amount);
            expected.push(format!(
                "{} {} {currency}",
                part.number,
                written(&applied, lang)
            ));
        }
        for expected in &expected {
            assert!(
                text.contains(expected.as_str()),
                "{lang}: no {expected:?} in {text}"
            );
        }
    }
}

#[tokio::test]
async fn a_receipt_made_out_to_a_taiwanese_company_prints_its_name() {
    let path = cjk_db();
    let server = start_with(ServerConfig {
        db: Some(path.clone()),
        ..ServerConfig::default()
    })
    .await;
    let payment = a_payment(&server, PaymentStatus::Succeeded).await;
    for lang in ["zh-TW", "ko"] {
        let path = format!("/api/v1/payments/{}/pdf?lang={lang}", payment.id);
        let text = text_of(&pdf(&server, &path, &[]).await.body);
        for expected in [CHINESE_COMPANY, CHINESE_STREET, "04595257"] {
            assert!(text.contains(expected), "{lang}: no {expected:?} in {text}");
        }
    }
    remove_db(&path);
}

#[tokio::test]
async fn only_a_payment_that_went_through_has_a_receipt() {
    let server = start().await;
    let declined = a_payment(&server, PaymentStatus::Declined).await;
    let refused = pdf(
        &server,
        &format!("/api/v1/payments/{}/pdf", declined.id),
        &[],
    )
    .await;
    assert_eq!(
        (refused.status, refused.error_code().as_str()),
        (409, "conflict")
    );
    let missing = pdf(&server, "/api/v1/payments/pay_nope/pdf", &[]).await;
    assert_eq!(
        (missing.status, missing.error_code().as_str()),
        (404, "not_found")
    );
    let paid = a_payment(&server, PaymentStatus::Succeeded).await;
    let anonymous = server
        .send(
            "GET",
            &format!("/api/v1/payments/{}/pdf", paid.id),
            None,
            &[],
            None,
        )
        .await;
    assert_eq!(
        (anonymous.status, anonymous.error_code().as_str()),
        (401, "unauthorized")
    );
}

#[tokio::test]
async fn unknown_invoices_are_404_and_a_token_is_required() {
    let server = start().await;
    let missing = pdf(&server, "/api/v1/invoices/inv_nope/pdf", &[]).await;
    assert_eq!(
        (missing.status, missing.error_code().as_str()),
        (404, "not_found")
    );
    let anonymous = server
        .send(
            "GET",
            &format!("/api/v1/invoices/{INVOICE}/pdf"),
            None,
            &[],
            None,
        )
        .await;
    assert_eq!(
        (anonymous.status, anonymous.error_code().as_str()),
        (401, "unauthorized")
    );
}
