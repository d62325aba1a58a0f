//! Files the customer downloads that are made on their side: lists and an invoice's lines
//! as CSV, written by one table writer.

use crate::contract::{
    Invoice, InvoiceDetail, InvoiceStatus, InvoiceType, Payment, PaymentMethodSummary,
    PaymentStatus,
};
use crate::money::format_plain;

/// One cell of a CSV row.
pub enum Cell {
    /// Text someone typed (a description, a name): guarded so it never runs as a formula.
    Text(String),
    /// A value this code wrote: a number, a date, a code.
    Value(String),
}

/// A table as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that spreadsheets read
/// Korean or Chinese text as such), CRLF line ends, `headings` first (in the customer's
/// language), then a row per item. Amounts go unformatted (`1234.50`, the currency in a
/// column of its own), dates as `YYYY-MM-DD`.
///
/// Text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, CR) is
/// prefixed with `'`: a description must never run as a formula on the customer's machine.
pub fn table<const N: usize>(
    headings: &[String; N],
    rows: impl IntoIterator<Item = [Cell; N]>,
) -> String {
    let mut csv = String::from("\u{feff}");
    push_row(&mut csv, headings.iter().map(|h| text_cell(h)));
    for row in rows {
        push_row(
            &mut csv,
            row.into_iter().map(|cell| match cell {
                Cell::Text(text) => text_cell(&text),
                Cell::Value(value) => value,
            }),
        );
    }
    csv
}

fn text(text: &str) -> Cell {
    Cell::Text(text.to_string())
}

fn value(value: impl ToString) -> Cell {
    Cell::Value(value.to_string())
}

/// The columns of [`invoice_csv`], in order; the app passes their headings.
pub const CSV_COLUMNS: usize = 11;

/// The invoice's lines.
pub fn invoice_csv(detail: &InvoiceDetail, headings: &[String; CSV_COLUMNS]) -> String {
    let number = &detail.invoice.number;
    let rows = detail.lines.iter().map(|line| {
        [
            text(number),
            text(&line.description),
            text(&line.category),
            text(line.resource.as_deref().unwrap_or_default()),
            value(line.period_start),
            value(line.period_end),
            value(line.quantity.normalize()),
            value(format_plain(&line.unit_price)),
            value(format_plain(&line.amount)),
            value(format_plain(&line.tax)),
            value(line.amount.currency.code()),
        ]
    });
    table(headings, rows)
}

/// The columns of [`invoice_list_csv`].
pub const INVOICE_LIST_COLUMNS: usize = 8;

/// A list of invoices, a row each, with their type and status in the words `kind` and
/// `status` give (the customer's language, as the table shows them).
pub fn invoice_list_csv(
    invoices: &[Invoice],
    headings: &[String; INVOICE_LIST_COLUMNS],
    kind: impl Fn(InvoiceType) -> String,
    status: impl Fn(InvoiceStatus) -> String,
) -> String {
    let rows = invoices.iter().map(|invoice| {
        [
            text(&invoice.number),
            value(invoice.date),
            value(invoice.due_date.map(|d| d.to_string()).unwrap_or_default()),
            Cell::Text(kind(invoice.kind)),
            Cell::Text(status(invoice.status)),
            value(format_plain(&invoice.total)),
            value(format_plain(&invoice.balance_due)),
            value(invoice.total.currency.code()),
        ]
    });
    table(headings, rows)
}

/// The columns of [`payment_list_csv`].
pub const PAYMENT_LIST_COLUMNS: usize = 7;

/// A list of payments, a row each: the invoices each settled by number (or, for one that
/// settled none, such as a declined payment, the invoice it was for, as Payment history
/// shows it), its method and status in the words `method` and `status` give.
pub fn payment_list_csv(
    payments: &[Payment],
    headings: &[String; PAYMENT_LIST_COLUMNS],
    method: impl Fn(&PaymentMethodSummary) -> String,
    status: impl Fn(PaymentStatus) -> String,
) -> String {
    let rows = payments.iter().map(|payment| {
        let mut invoices: Vec<&str> = payment.settled.iter().map(|s| s.number.as_str()).collect();
        if invoices.is_empty() {
            invoices.extend(payment.invoice_named());
        }
        [
            text(&payment.reference),
            value(payment.created_at.date_naive()),
            Cell::Text(method(&payment.method)),
            text(&invoices.join(" ")),
            Cell::Text(status(payment.status)),
            value(format_plain(&payment.amount)),
            value(payment.amount.currency.code()),
        ]
    });
    table(headings, rows)
}

/// `text` as part of a file name, in a download or a ZIP: letters and digits of any script,
/// `-`, `_` and `.` kept, anything else (a `/` that would make a folder, a quote that would
/// end a header) as `_`.
pub fn file_name_part(text: &str) -> String {
    text.chars()
        .map(|c| match c.is_alphanumeric() || "-_.".contains(c) {
            true => c,
            false => '_',
        })
        .collect()
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

    #[test]
    fn lists_are_written_a_row_per_item_in_the_words_given() {
        let seeded = crate::seed::generate(48, 1);
        let invoice = Invoice {
            number: "-5".into(),
            due_date: Some(date(30)),
            ..seeded.invoices[0].invoice.clone()
        };
        let headings = ["N", "D", "Due", "T", "S", "Total", "Due amount", "C"].map(String::from);
        let csv = invoice_list_csv(
            std::slice::from_ref(&invoice),
            &headings,
            |kind| format!("{kind:?}"),
            |status| format!("{status:?}"),
        );
        let expected = format!(
            "\u{feff}N,D,Due,T,S,Total,Due amount,C\r\n'-5,{},2026-10-30,{:?},{:?},{},{},{}\r\n",
            invoice.date,
            invoice.kind,
            invoice.status,
            format_plain(&invoice.total),
            format_plain(&invoice.balance_due),
            invoice.total.currency.code(),
        );
        assert_eq!(csv, expected);

        let payment = seeded.payments[0].clone();
        let headings = ["R", "D", "M", "I", "S", "A", "C"].map(String::from);
        let csv = payment_list_csv(
            std::slice::from_ref(&payment),
            &headings,
            |_| "Visa, 4242".into(),
            |status| format!("{status:?}"),
        );
        let expected = format!(
            "\u{feff}R,D,M,I,S,A,C\r\n{},{},\"Visa, 4242\",{},{:?},{},{}\r\n",
            payment.reference,
            payment.created_at.date_naive(),
            payment.settled[0].number,
            payment.status,
            format_plain(&payment.amount),
            payment.amount.currency.code(),
        );
        assert_eq!(csv, expected);

        let row_of = |payment: Payment| {
            payment_list_csv(
                &[payment],
                &headings,
                |_| "Visa, 4242".into(),
                |status| format!("{status:?}"),
            )
        };
        // A declined payment settled nothing: the invoice it was for.
        let declined = Payment {
            status: PaymentStatus::Declined,
            settled: Vec::new(),
            invoice_number: Some("2310048".into()),
            ..payment.clone()
        };
        let csv = row_of(declined);
        assert!(csv.contains(",\"Visa, 4242\",2310048,Declined,"), "{csv}");

        // From a backend that sends no number: by the invoice's id, as Payment history.
        let unnumbered = Payment {
            status: PaymentStatus::Declined,
            settled: Vec::new(),
            invoice_id: Some("inv_48".into()),
            invoice_number: None,
            ..payment.clone()
        };
        let csv = row_of(unnumbered);
        assert!(csv.contains(",\"Visa, 4242\",inv_48,Declined,"), "{csv}");
    }
}
