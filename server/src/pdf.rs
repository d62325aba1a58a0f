//! `GET /api/v1/invoices/{id}/pdf`: the invoice with its itemized lines as a PDF 1.4 file,
//! written by hand (uncompressed, A4) so the server needs no PDF crate.
//!
//! Text is set in the standard Helvetica fonts, which every reader has, so nothing is
//! embedded. Their encoding is WinAnsi (Windows-1252): Latin letters with accents, `×`
//! and `€` print as themselves, written as octal escapes so every stream stays ASCII;
//! characters outside it (CJK, for one) print as `?`. The document is in English, like
//! the amounts' plain decimal form.

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use billing_core::contract::{InvoiceDetail, InvoiceLine, InvoiceStatus, InvoiceType};
use billing_core::money::{format_plain, Money};

use crate::guard::Caller;
use crate::openapi::{Internal, NotFound, Pdf, TooManyRequests, Unauthorized};
use crate::{db, ApiError, ApiResult, AppState};

#[utoipa::path(
    get,
    path = "/api/v1/invoices/{id}/pdf",
    operation_id = "getInvoicePdf",
    summary = "The invoice as a PDF",
    tag = "invoices",
    params(("id" = String, Path)),
    responses(
        (status = 200, description = "The PDF", content_type = "application/pdf", body = inline(Pdf)),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
        (status = 429, response = TooManyRequests),
        (status = 500, response = Internal),
    ),
    security(("bearerAuth" = [])),
)]
pub async fn download(
    State(app): State<AppState>,
    _: Caller,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let detail = app
        .read(move |conn| db::invoice(conn, &id))
        .await?
        .ok_or_else(|| ApiError::not_found("invoice"))?;
    let disposition = format!(
        "attachment; filename=\"invoice-{}.pdf\"",
        file_name_safe(&detail.invoice.number)
    );
    let disposition = HeaderValue::from_str(&disposition)
        .map_err(|_| ApiError::internal("invoice number unfit for a file name"))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/pdf"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        render(&detail),
    )
        .into_response())
}

/// The number as it may appear in a quoted header parameter and a file name.
fn file_name_safe(number: &str) -> String {
    number
        .chars()
        .map(|c| match c.is_ascii_alphanumeric() || "-_.".contains(c) {
            true => c,
            false => '_',
        })
        .collect()
}

/// The whole file.
pub fn render(detail: &InvoiceDetail) -> Vec<u8> {
    let pages = paginate(&rows(detail), &detail.invoice.number);
    write_document(&pages)
}

// Layout, in points on an A4 page.
const PAGE_WIDTH: u32 = 595;
const PAGE_HEIGHT: u32 = 842;
const LEFT: u32 = 50;
const TOP: u32 = PAGE_HEIGHT - 60;
/// Rows stop above the footer.
const BOTTOM: u32 = 60;
const FOOTER_Y: u32 = 30;
/// Columns of the line table.
const QUANTITY_X: u32 = 285;
const UNIT_PRICE_X: u32 = 330;
const AMOUNT_X: u32 = 410;
const TAX_X: u32 = 490;
/// Characters of a description that fit before the quantity column at 9 points.
const DESCRIPTION_WIDTH: usize = 44;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Title,
    Bold,
    Normal,
}

impl Style {
    /// Font resource, size and the height of a row in this style.
    fn metrics(self) -> (&'static str, u32, u32) {
        match self {
            Style::Title => ("F2", 16, 26),
            Style::Bold => ("F2", 9, 14),
            Style::Normal => ("F1", 9, 14),
        }
    }
}

/// One line of text across the page: the text of each column at its `x`.
struct Row {
    style: Style,
    cells: Vec<(u32, String)>,
}

impl Row {
    fn new(style: Style, cells: Vec<(u32, String)>) -> Row {
        Row { style, cells }
    }

    fn text(style: Style, text: impl Into<String>) -> Row {
        Row::new(style, vec![(LEFT, text.into())])
    }

    fn blank() -> Row {
        Row::new(Style::Normal, Vec::new())
    }
}

/// The amount as a plain decimal with its currency code, e.g. `1234.50 EUR`.
fn amount(money: &Money) -> String {
    format!("{} {}", format_plain(money), money.currency.code())
}

fn type_label(kind: InvoiceType) -> &'static str {
    match kind {
        InvoiceType::New => "New",
        InvoiceType::Recurring => "Recurring",
        InvoiceType::OneTimeCharge => "One-time charge",
        InvoiceType::Credit => "Credit",
        InvoiceType::Refund => "Refund",
        InvoiceType::Unknown => "Other",
    }
}

fn status_label(status: InvoiceStatus) -> &'static str {
    match status {
        InvoiceStatus::Open => "Open",
        InvoiceStatus::Due => "Due",
        InvoiceStatus::PastDue => "Past due",
        InvoiceStatus::Paid => "Paid",
        InvoiceStatus::Void => "Void",
        InvoiceStatus::Unknown => "Other",
    }
}

/// Every row of the invoice, top to bottom, before it is cut into pages.
fn rows(detail: &InvoiceDetail) -> Vec<Row> {
    let invoice = &detail.invoice;
    let mut rows = vec![
        Row::text(Style::Title, format!("Invoice {}", invoice.number)),
        Row::text(Style::Normal, format!("Invoice date: {}", invoice.date)),
    ];
    if let Some(due) = invoice.due_date {
        rows.push(Row::text(Style::Normal, format!("Due date: {due}")));
    }
    rows.extend([
        Row::text(
            Style::Normal,
            format!(
                "Billing period: {} to {}",
                detail.period_start, detail.period_end
            ),
        ),
        Row::text(Style::Normal, format!("Type: {}", type_label(invoice.kind))),
        Row::text(
            Style::Normal,
            format!("Status: {}", status_label(invoice.status)),
        ),
        Row::blank(),
        Row::new(
            Style::Bold,
            vec![
                (LEFT, "Description".into()),
                (QUANTITY_X, "Quantity".into()),
                (UNIT_PRICE_X, "Unit price".into()),
                (AMOUNT_X, "Amount".into()),
                (TAX_X, "Tax".into()),
            ],
        ),
    ]);
    for line in &detail.lines {
        rows.extend(line_rows(line));
    }
    rows.push(Row::blank());
    let total = |label: &str, money: &Money, style| {
        Row::new(
            style,
            vec![(UNIT_PRICE_X, label.into()), (AMOUNT_X, amount(money))],
        )
    };
    rows.extend([
        total("Subtotal", &detail.subtotal, Style::Normal),
        total("Tax", &detail.tax, Style::Normal),
        total("Total", &invoice.total, Style::Bold),
        total("Balance due", &invoice.balance_due, Style::Bold),
    ]);
    rows
}

/// A line of the table: its figures beside the description's first row, the rest of a
/// long description below, then what and when it was for.
fn line_rows(line: &InvoiceLine) -> Vec<Row> {
    let mut description = wrap(&line.description, DESCRIPTION_WIDTH).into_iter();
    let first = Row::new(
        Style::Normal,
        vec![
            (LEFT, description.next().unwrap_or_default()),
            (QUANTITY_X, line.quantity.normalize().to_string()),
            (UNIT_PRICE_X, amount(&line.unit_price)),
            (AMOUNT_X, amount(&line.amount)),
            (TAX_X, amount(&line.tax)),
        ],
    );
    let mut rows = vec![first];
    rows.extend(description.map(|rest| Row::new(Style::Normal, vec![(LEFT, rest)])));
    let period = format!("{} to {}", line.period_start, line.period_end);
    let about = match &line.resource {
        Some(resource) => format!("{resource}, {period}"),
        None => period,
    };
    rows.push(Row::new(Style::Normal, vec![(LEFT + 10, about)]));
    rows
}

/// Words into rows of at most `width` characters; a longer word is cut.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !current.is_empty() {
                rows.push(std::mem::take(&mut current));
            }
            rows.push(word.drain(..width).collect());
        }
        let word: String = word.into_iter().collect();
        let needed = current.chars().count() + usize::from(!current.is_empty()) + word.len();
        if needed > width && !current.is_empty() {
            rows.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&word);
    }
    if !current.is_empty() || rows.is_empty() {
        rows.push(current);
    }
    rows
}

/// The rows cut into pages, each page's content stream with its footer.
fn paginate(rows: &[Row], number: &str) -> Vec<String> {
    let mut pages: Vec<String> = Vec::new();
    let mut page = String::new();
    let mut y = TOP;
    for row in rows {
        let (_, _, height) = row.style.metrics();
        if y < BOTTOM {
            pages.push(std::mem::take(&mut page));
            let continued = Row::text(Style::Bold, format!("Invoice {number} (continued)"));
            draw(&mut page, &continued, TOP);
            y = TOP - 2 * Style::Bold.metrics().2;
        }
        draw(&mut page, row, y);
        y -= height;
    }
    pages.push(page);
    let count = pages.len();
    for (index, page) in pages.iter_mut().enumerate() {
        let footer = Row::new(
            Style::Normal,
            vec![
                (LEFT, format!("Invoice {number}")),
                (TAX_X, format!("Page {} of {count}", index + 1)),
            ],
        );
        draw(page, &footer, FOOTER_Y);
    }
    pages
}

/// Appends the row's text operators, its baseline at `y`.
fn draw(content: &mut String, row: &Row, y: u32) {
    let (font, size, _) = row.style.metrics();
    for (x, text) in &row.cells {
        content.push_str(&format!(
            "BT /{font} {size} Tf {x} {y} Td ({}) Tj ET\n",
            pdf_string(text)
        ));
    }
}

/// The body of a PDF literal string: `(`, `)` and `\` escaped, other WinAnsi characters
/// as octal escapes of their byte, anything WinAnsi lacks as `?`.
fn pdf_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | ')' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ => match win_ansi(c) {
                Some(byte) => out.push_str(&format!("\\{byte:03o}")),
                None => out.push('?'),
            },
        }
    }
    out
}

/// The Windows-1252 byte of a character beyond ASCII, if it has one.
fn win_ansi(c: char) -> Option<u8> {
    const HIGH: [(char, u8); 27] = [
        ('€', 0x80),
        ('‚', 0x82),
        ('ƒ', 0x83),
        ('„', 0x84),
        ('…', 0x85),
        ('†', 0x86),
        ('‡', 0x87),
        ('ˆ', 0x88),
        ('‰', 0x89),
        ('Š', 0x8A),
        ('‹', 0x8B),
        ('Œ', 0x8C),
        ('Ž', 0x8E),
        ('‘', 0x91),
        ('’', 0x92),
        ('“', 0x93),
        ('”', 0x94),
        ('•', 0x95),
        ('–', 0x96),
        ('—', 0x97),
        ('˜', 0x98),
        ('™', 0x99),
        ('š', 0x9A),
        ('›', 0x9B),
        ('œ', 0x9C),
        ('ž', 0x9E),
        ('Ÿ', 0x9F),
    ];
    match c {
        // Latin-1's upper half is WinAnsi's, byte for byte; a narrow no-break space prints
        // as a no-break space.
        '\u{a0}'..='\u{ff}' => u8::try_from(u32::from(c)).ok(),
        '\u{202f}' => Some(0xA0),
        _ => HIGH.iter().find(|(k, _)| *k == c).map(|(_, byte)| *byte),
    }
}

/// Objects numbered from 1, with the byte offset of each for the cross-reference table.
struct Writer {
    out: Vec<u8>,
    offsets: Vec<usize>,
}

impl Writer {
    fn new() -> Writer {
        Writer {
            out: b"%PDF-1.4\n".to_vec(),
            offsets: Vec::new(),
        }
    }

    fn object(&mut self, body: &str) {
        self.offsets.push(self.out.len());
        let number = self.offsets.len();
        self.out
            .extend_from_slice(format!("{number} 0 obj\n{body}\nendobj\n").as_bytes());
    }

    fn stream(&mut self, content: &str) {
        self.object(&format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ));
    }

    /// The cross-reference table (entries of exactly 20 bytes), trailer and end marker.
    fn finish(mut self) -> Vec<u8> {
        let xref = self.out.len();
        let size = self.offsets.len() + 1;
        let mut table = format!("xref\n0 {size}\n0000000000 65535 f \n");
        for offset in &self.offsets {
            table.push_str(&format!("{offset:010} 00000 n \n"));
        }
        table.push_str(&format!(
            "trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
        ));
        self.out.extend_from_slice(table.as_bytes());
        self.out
    }
}

/// Catalog (1), page tree (2), fonts (3, 4), then each page (odd) and its content (even).
fn write_document(pages: &[String]) -> Vec<u8> {
    const FIRST_PAGE: usize = 5;
    let kids: Vec<String> = (0..pages.len())
        .map(|i| format!("{} 0 R", FIRST_PAGE + 2 * i))
        .collect();
    let mut writer = Writer::new();
    writer.object("<< /Type /Catalog /Pages 2 0 R >>");
    writer.object(&format!(
        "<< /Type /Pages /Kids [{}] /Count {} >>",
        kids.join(" "),
        pages.len()
    ));
    for font in ["Helvetica", "Helvetica-Bold"] {
        writer.object(&format!(
            "<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>"
        ));
    }
    for (i, content) in pages.iter().enumerate() {
        writer.object(&format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] \
             /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
            FIRST_PAGE + 2 * i + 1
        ));
        writer.stream(content);
    }
    writer.finish()
}

#[cfg(test)]
mod tests {
    use super::pdf_string;

    #[test]
    fn text_is_written_in_win_ansi_with_escapes() {
        assert_eq!(pdf_string("4 vCPU × 16 GB"), "4 vCPU \\327 16 GB");
        assert_eq!(
            pdf_string("Société (Paris) \\ 12 €"),
            "Soci\\351t\\351 \\(Paris\\) \\\\ 12 \\200"
        );
        assert_eq!(pdf_string("l’été"), "l\\222\\351t\\351");
        assert_eq!(pdf_string("發票 1\u{202f}234"), "?? 1\\240234");
    }
}
