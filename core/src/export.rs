//! Files the customer downloads that are made on their side: an invoice's lines as CSV.

use crate::contract::InvoiceDetail;
use crate::money::format_plain;

/// The CSV columns, in order; the app passes their headings in the customer's language.
pub const CSV_COLUMNS: usize = 11;

/// The invoice's lines as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that
/// spreadsheets read Korean or Chinese text as such), CRLF line ends, amounts unformatted
/// (`1234.50`, the currency in its own column), dates as `YYYY-MM-DD`.
///
/// Text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR) is
/// prefixed with `'`: a line description must never run as a formula on the customer's
/// machine.
pub fn invoice_csv(detail: &InvoiceDetail, headings: &[String; CSV_COLUMNS]) -> String {
    let mut csv = String::from("\u{feff}");
    push_row(&mut csv, headings.iter().map(|h| text_cell(h)));
    let number = &detail.invoice.number;
    for line in &detail.lines {
        push_row(
            &mut csv,
            [
                text_cell(number),
                text_cell(&line.description),
                text_cell(&line.category),
                text_cell(line.resource.as_deref().unwrap_or_default()),
                line.period_start.to_string(),
                line.period_end.to_string(),
                line.quantity.normalize().to_string(),
                format_plain(&line.unit_price),
                format_plain(&line.amount),
                format_plain(&line.tax),
                line.amount.currency.code().to_string(),
            ]
            .into_iter(),
        );
    }
    csv
}

fn push_row(csv: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|c| quoted(&c)).collect();
    csv.push_str(&cells.join(","));
    csv.push_str("\r\n");
}

fn text_cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.
fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use super::*;
    use crate::contract::{Invoice, InvoiceLine, InvoiceStatus, InvoiceType};
    use crate::money::{Currency, Money};

    fn won(amount: i64) -> Money {
        Money::new(Decimal::from(amount), Currency::KRW)
    }

    fn date(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 10, day).unwrap_or_default()
    }

    fn line(description: &str, resource: Option<&str>, amount: i64) -> InvoiceLine {
        InvoiceLine {
            id: "l".into(),
            description: description.into(),
            category: "서버".into(),
            resource: resource.map(str::to_string),
            period_start: date(1),
            period_end: date(31),
            quantity: Decimal::new(15, 1),
            unit_price: won(amount * 2 / 3),
            amount: won(amount),
            tax: won(amount / 10),
        }
    }

    #[test]
    fn lines_are_written_byte_for_byte() {
        let detail = InvoiceDetail {
            invoice: Invoice {
                id: "inv_1".into(),
                number: "INV-0001".into(),
                date: date(31),
                due_date: None,
                kind: InvoiceType::Recurring,
                status: InvoiceStatus::Due,
                total: won(0),
                balance_due: won(0),
            },
            period_start: date(1),
            period_end: date(31),
            subtotal: won(0),
            tax: won(0),
            lines: vec![
                line("가상 서버, \"web-01\"", Some("web-01"), 30000),
                line("=HYPERLINK(\"x\")", None, -1500),
            ],
            bill_to: None,
        };
        let headings = [
            "Invoice",
            "Description",
            "Category",
            "Resource",
            "From",
            "To",
            "Quantity",
            "Unit price",
            "Amount",
            "Tax",
            "Currency",
        ]
        .map(String::from);
        assert_eq!(
            invoice_csv(&detail, &headings),
            "\u{feff}Invoice,Description,Category,Resource,From,To,Quantity,Unit price,Amount,Tax,Currency\r\n\
             INV-0001,\"가상 서버, \"\"web-01\"\"\",서버,web-01,2026-10-01,2026-10-31,1.5,20000,30000,3000,KRW\r\n\
             INV-0001,\"'=HYPERLINK(\"\"x\"\")\",서버,,2026-10-01,2026-10-31,1.5,-1000,-1500,-150,KRW\r\n"
        );
    }
}
