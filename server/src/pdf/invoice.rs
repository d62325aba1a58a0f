//! The invoice: its number, dates, type and status, whom it is made out to, every line
//! (description, what and when it was for, quantity, unit price, amount and tax), and the
//! totals with the balance due.

use billing_core::contract::{InvoiceDetail, InvoiceLine, InvoiceStatus, InvoiceType};

use super::layout::{Blocks, Faces, Style, Text, LEFT, RIGHT};
use super::parts;
use super::words::Words;

/// The right edges of the figures' columns; the description fills what is left of them.
const QUANTITY: f32 = 300.0;
const UNIT_PRICE: f32 = 378.0;
const AMOUNT: f32 = 458.0;
const TAX: f32 = RIGHT;
const DESCRIPTION_WIDTH: f32 = QUANTITY - 52.0 - LEFT;

pub fn render(detail: &InvoiceDetail, words: &Words, faces: &Faces) -> Result<Vec<u8>, String> {
    let title = words.with(
        "document-invoice-title",
        &[("number", detail.invoice.number.clone())],
    );
    parts::render(
        &blocks(detail, words, faces, title.clone()),
        &title,
        words,
        faces,
    )
}

fn blocks(detail: &InvoiceDetail, words: &Words, faces: &Faces, title: String) -> Blocks {
    let invoice = &detail.invoice;
    let mut blocks = Blocks::default();
    blocks.title(title);
    blocks.space(8.0);
    let mut facts = vec![("document-invoice-date", words.date(invoice.date))];
    if let Some(due) = invoice.due_date {
        facts.push(("document-due-date", words.date(due)));
    }
    facts.extend([
        (
            "document-period",
            words.dates(detail.period_start, detail.period_end),
        ),
        ("document-type", words.text(type_id(invoice.kind))),
        ("document-status", words.text(status_id(invoice.status))),
    ]);
    for (label, value) in facts {
        parts::fact(&mut blocks, faces, words.text(label), value);
    }
    if let Some(to) = &detail.bill_to {
        parts::bill_to(
            &mut blocks,
            faces,
            words,
            words.text("document-bill-to"),
            to,
        );
    }
    blocks.space(10.0);
    blocks.heading(words.text("document-lines-title"));
    blocks.table_head(vec![
        Text::left(LEFT, Style::Muted, words.text("document-line-description")),
        Text::right(QUANTITY, Style::Muted, words.text("document-line-quantity")).at(1, 0),
        Text::right(
            UNIT_PRICE,
            Style::Muted,
            words.text("document-line-unit-price"),
        )
        .at(2, 0),
        Text::right(AMOUNT, Style::Muted, words.text("document-line-amount")).at(3, 0),
        Text::right(TAX, Style::Muted, words.text("document-line-tax")).at(4, 0),
    ]);
    for line in &detail.lines {
        blocks.table_row(line_cells(line, words, faces));
    }
    blocks.rule();
    let totals = [
        ("document-subtotal", &detail.subtotal, Style::Body),
        ("document-tax", &detail.tax, Style::Body),
        ("document-total", &invoice.total, Style::Strong),
        ("document-balance-due", &invoice.balance_due, Style::Strong),
    ];
    for (n, (label, money, style)) in totals.into_iter().enumerate() {
        // The totals stay together, and with the rule above them.
        if n > 0 {
            blocks.keep_with_next();
        }
        blocks.paragraph(vec![
            Text::right(AMOUNT, style, words.text(label)),
            Text::right(TAX, style, words.money(money)),
        ]);
    }
    blocks
}

/// A line's cells: its description with, under it, the resource and period it was for (across
/// the figures' columns, empty below their first line), then its figures on the description's
/// first line.
fn line_cells(line: &InvoiceLine, words: &Words, faces: &Faces) -> Vec<Text> {
    let period = words.dates(line.period_start, line.period_end);
    let about = match &line.resource {
        Some(resource) => words.with(
            "document-line-resource",
            &[
                ("resource", resource.clone()),
                ("start", words.date(line.period_start)),
                ("end", words.date(line.period_end)),
            ],
        ),
        None => period,
    };
    let description = faces.wrap(&line.description, Style::Body, DESCRIPTION_WIDTH);
    let details = faces.wrap(&about, Style::Muted, RIGHT - LEFT);
    let described = description.into_iter().map(|text| (Style::Body, text));
    let detailed = details.into_iter().map(|text| (Style::Muted, text));
    let mut cells: Vec<Text> = described
        .chain(detailed)
        .enumerate()
        .map(|(n, (style, text))| Text::left(LEFT, style, text).at(0, n))
        .collect();
    cells.extend([
        Text::right(
            QUANTITY,
            Style::Body,
            words.number(line.quantity.normalize()),
        )
        .at(1, 0),
        Text::right(UNIT_PRICE, Style::Body, words.money(&line.unit_price)).at(2, 0),
        Text::right(AMOUNT, Style::Body, words.money(&line.amount)).at(3, 0),
        Text::right(TAX, Style::Body, words.money(&line.tax)).at(4, 0),
    ]);
    cells
}

fn type_id(kind: InvoiceType) -> &'static str {
    match kind {
        InvoiceType::New => "document-type-new",
        InvoiceType::Recurring => "document-type-recurring",
        InvoiceType::OneTimeCharge => "document-type-one-time",
        InvoiceType::Credit => "document-type-credit",
        InvoiceType::Refund => "document-type-refund",
        InvoiceType::Unknown => "document-unknown",
    }
}

fn status_id(status: InvoiceStatus) -> &'static str {
    match status {
        InvoiceStatus::Open => "document-status-open",
        InvoiceStatus::Due => "document-status-due",
        InvoiceStatus::PastDue => "document-status-past-due",
        InvoiceStatus::Paid => "document-status-paid",
        InvoiceStatus::Void => "document-status-void",
        InvoiceStatus::Unknown => "document-unknown",
    }
}
