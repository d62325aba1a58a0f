//! The list queries of `billing_core::listing`, filtered, sorted and paged in SQL so that a
//! page costs an index walk and the JSON of its own rows, not a parse of every row.
//!
//! `billing_core::listing` stays the definition of what a query means (the in-browser demo
//! runs it); this answers the same, byte for byte, as `tests/lists.rs` checks. What makes
//! the orders agree: text columns compare as bytes (SQLite's default collation), dates and
//! times are stored in forms that sort as they do (`db::day`), amounts as exact minor units
//! beside their currency (`db::minor`), enums by a rank in their declaration order, and the
//! same unique tie-break ends every order. Searches fold ASCII case only, as SQLite's
//! `LIKE` does. The indexes (`indexes`, and `db`'s schema) cover every filter and sort
//! key, so no list reads the table beyond its page's rows.

use billing_core::contract::{
    BillingItem, BillingItemQuery, Invoice, InvoiceQuery, InvoiceSort, InvoiceStatus, InvoiceType,
    ItemSort, ItemView, Page, Payment, PaymentQuery, SortDir,
};
use billing_core::listing::{search_term, Window};
use chrono::{Datelike, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::db;
use crate::error::{ApiError, ApiResult};

/// A list query in SQL: its conditions with their arguments, and its order.
struct Select {
    table: &'static str,
    /// The column with the JSON a list shows.
    json: &'static str,
    /// Each begins with its column or a parenthesis, so a `+` before it is a no-op.
    conditions: Vec<String>,
    args: Vec<Value>,
    order: Vec<String>,
    /// A condition no index answers (a search) makes every match a row to test.
    scans: bool,
}

impl Select {
    fn new(table: &'static str, json: &'static str) -> Select {
        Select {
            table,
            json,
            conditions: Vec::new(),
            args: Vec::new(),
            order: Vec::new(),
            scans: false,
        }
    }

    fn filter(&mut self, condition: &str, args: impl IntoIterator<Item = Value>) {
        self.conditions.push(condition.to_string());
        self.args.extend(args);
    }

    /// Keeps rows whose `column` holds the wire name of one of `values`.
    fn any_of<T: Serialize>(&mut self, column: &str, values: &[T]) -> ApiResult<()> {
        if values.is_empty() {
            return Ok(());
        }
        let names: Vec<Value> = values
            .iter()
            .map(|v| Value::Text(db::wire_name(v).into()))
            .collect();
        let marks = vec!["?"; names.len()].join(", ");
        self.filter(&format!("{column} IN ({marks})"), names);
        Ok(())
    }

    /// Keeps rows where one of `columns` contains the search term, ignoring ASCII case.
    fn search(&mut self, columns: &[&str], search: &Option<String>) {
        let Some(term) = search_term(search) else {
            return;
        };
        self.scans = true;
        // Without ASCII letters in the term case does not matter, and `instr` is the
        // cheaper test; else `LIKE`, which folds ASCII case only, as `contains_folded`
        // does, with the term's own wildcards escaped so they match themselves.
        let (test, arg) = match term.bytes().any(|b| b.is_ascii_alphabetic()) {
            false => ("instr({}, ?) > 0", term.to_string()),
            true => {
                let mut pattern = String::from("%");
                for c in term.chars() {
                    if matches!(c, '%' | '_' | '\\') {
                        pattern.push('\\');
                    }
                    pattern.push(c);
                }
                pattern.push('%');
                ("{} LIKE ? ESCAPE '\\'", pattern)
            }
        };
        let tests: Vec<String> = columns.iter().map(|c| test.replace("{}", c)).collect();
        self.filter(
            &format!("({})", tests.join(" OR ")),
            columns.iter().map(|_| Value::Text(arg.clone())),
        );
    }

    /// Orders by `keys`, then by the unique `tie_break`, all in direction `dir`.
    fn order(&mut self, keys: &[&str], tie_break: &str, dir: SortDir) {
        let dir = match dir {
            SortDir::Asc => "ASC",
            SortDir::Desc => "DESC",
        };
        self.order = keys
            .iter()
            .chain([&tie_break])
            .map(|key| format!("{key} {dir}"))
            .collect();
    }

    /// `WHERE` and the conditions, each after `prefix`.
    fn filter_sql(&self, prefix: &str) -> String {
        match self.conditions.is_empty() {
            true => String::new(),
            false => {
                let conditions: Vec<String> = self
                    .conditions
                    .iter()
                    .map(|c| format!("{prefix}{c}"))
                    .collect();
                format!("WHERE {}", conditions.join(" AND "))
            }
        }
    }

    /// The page in `window` and how many rows match, seen in one snapshot.
    fn page<T: DeserializeOwned>(&self, conn: &Connection, window: Window) -> ApiResult<Page<T>> {
        let tx = conn.unchecked_transaction()?;
        let (rowids, total) = match self.scans {
            true => self.scan(&tx, window)?,
            false => self.seek(&tx, window)?,
        };
        // Only the page's rows are read in full, by rowid.
        let mut fetch = tx.prepare_cached(&format!(
            "SELECT {} FROM {} WHERE rowid = ?1",
            self.json, self.table
        ))?;
        let mut items = Vec::with_capacity(rowids.len());
        for rowid in rowids {
            let text: String = fetch.query_row([rowid], |r| r.get(0))?;
            items.push(serde_json::from_str(&text)?);
        }
        Ok(window.page(items, total))
    }

    /// The ordered walk over the matches, from `offset` on if given.
    ///
    /// It walks the index of its order, so it costs at most one pass over that (covering)
    /// index and sorts nothing: `+` keeps the planner from choosing a filter's index
    /// instead, which would sort every match, and the bounds are written into the
    /// statement so that it knows how small the page is.
    fn walk(&self, bounds: Option<(usize, usize)>) -> String {
        let limit = bounds.map_or(String::new(), |(offset, limit)| {
            format!("LIMIT {limit} OFFSET {offset}")
        });
        format!(
            "SELECT rowid FROM {} {} ORDER BY {} {limit}",
            self.table,
            self.filter_sql("+"),
            self.order.join(", ")
        )
    }

    /// The page's rows and the count, from the indexes: a count, then a page's walk.
    fn seek(&self, tx: &Connection, window: Window) -> ApiResult<(Vec<i64>, usize)> {
        let count = format!(
            "SELECT COUNT(*) FROM {} {}",
            self.table,
            self.filter_sql("")
        );
        let total: i64 = tx
            .prepare_cached(&count)?
            .query_row(params_from_iter(&self.args), |r| r.get(0))?;
        let total = usize::try_from(total).map_err(|_| ApiError::internal("a negative count"))?;
        let end = window.end(total);
        if window.offset >= end {
            return Ok((Vec::new(), total));
        }
        let walk = self.walk(Some((window.offset, end - window.offset)));
        let rowids = tx
            .prepare(&walk)?
            .query_map(params_from_iter(&self.args), |r| r.get(0))?
            .collect::<Result<Vec<i64>, _>>()?;
        Ok((rowids, total))
    }

    /// The page's rows and the count in one walk over every match: where each row must be
    /// tested, a count and a page would test them twice.
    fn scan(&self, tx: &Connection, window: Window) -> ApiResult<(Vec<i64>, usize)> {
        let rowids = tx
            .prepare_cached(&self.walk(None))?
            .query_map(params_from_iter(&self.args), |r| r.get(0))?
            .collect::<Result<Vec<i64>, _>>()?;
        let total = rowids.len();
        let page = rowids
            .get(window.offset..window.end(total))
            .unwrap_or_default()
            .to_vec();
        Ok((page, total))
    }
}

/// `CASE column WHEN 'name' THEN rank … END`: the enum's order (its `Ord`, declaration
/// order) from the wire names its column holds.
fn rank<T: Ord + Serialize + Copy>(column: &str, values: &[T]) -> String {
    let mut values = values.to_vec();
    values.sort();
    let arms = values
        .iter()
        .enumerate()
        .map(|(rank, v)| format!("WHEN '{}' THEN {rank}", db::wire_name(v)))
        .collect::<Vec<_>>();
    format!("CASE {column} {} END", arms.join(" "))
}

/// A date bound as text that compares with the `YYYY-MM-DD` column as the dates compare:
/// stored years are 0 to 9999 (`db::day`), so a bound outside them is below or above all.
fn date_bound(date: NaiveDate) -> Value {
    Value::Text(match date.year() {
        year if year < 0 => "-".into(),
        year if year > 9999 => "~".into(),
        _ => date.to_string(),
    })
}

/// The indexes that order invoices by type and by status: on the same expressions the
/// queries sort by, which is how SQLite matches them. Like the others they hold every
/// column a list filters on, so a filtered walk in their order never reads the table.
pub fn indexes() -> ApiResult<String> {
    Ok(format!(
        "CREATE INDEX IF NOT EXISTS invoices_type_rank
             ON invoices ({}, number, type, status, date);
         CREATE INDEX IF NOT EXISTS invoices_status_rank
             ON invoices ({}, number, type, status, date);",
        rank("type", &invoice_types()),
        rank("status", &invoice_statuses())
    ))
}

pub fn invoices(conn: &Connection, q: &InvoiceQuery, window: Window) -> ApiResult<Page<Invoice>> {
    let mut select = Select::new("invoices", "row");
    select.any_of("type", &q.types)?;
    select.any_of("status", &q.statuses)?;
    if let Some(from) = q.from {
        select.filter("date >= ?", [date_bound(from)]);
    }
    if let Some(to) = q.to {
        select.filter("date <= ?", [date_bound(to)]);
    }
    select.search(&["number"], &q.search);
    let type_rank;
    let status_rank;
    let keys: &[&str] = match q.sort {
        InvoiceSort::Number => &[],
        InvoiceSort::Date => &["date"],
        InvoiceSort::Type => {
            type_rank = rank("type", &invoice_types());
            &[&type_rank]
        }
        InvoiceSort::Status => {
            status_rank = rank("status", &invoice_statuses());
            &[&status_rank]
        }
        InvoiceSort::Currency => &["currency"],
        // `put_invoice` keeps both amounts in the one currency column.
        InvoiceSort::Total => &["currency", "total_minor"],
        InvoiceSort::BalanceDue => &["currency", "balance_minor"],
    };
    select.order(keys, "number", q.dir);
    select.page(conn, window)
}

fn invoice_types() -> Vec<InvoiceType> {
    let mut all = InvoiceType::KNOWN.to_vec();
    all.push(InvoiceType::Unknown);
    all
}

fn invoice_statuses() -> Vec<InvoiceStatus> {
    let mut all = InvoiceStatus::KNOWN.to_vec();
    all.push(InvoiceStatus::Unknown);
    all
}

pub fn billing_items(
    conn: &Connection,
    q: &BillingItemQuery,
    window: Window,
) -> ApiResult<Page<BillingItem>> {
    let mut select = Select::new("billing_items", "json");
    match q.view {
        ItemView::Associated => select.filter("device_name IS NOT NULL", []),
        ItemView::Dissociated => select.filter("device_name IS NULL", []),
        ItemView::All => {}
    }
    // A dissociated item's device name is the empty string, as in `listing`.
    let device = "COALESCE(device_name, '')";
    select.search(&["description", "category", device, "id"], &q.search);
    let keys: &[&str] = match q.sort {
        ItemSort::Description => &["description"],
        ItemSort::Category => &["category"],
        ItemSort::Device => &[device],
        ItemSort::RecurringFee => &["currency", "fee_minor"],
        ItemSort::Created => &["created"],
        // NULL sorts first, as `None` does.
        ItemSort::NextBillDate => &["next_bill_date"],
        ItemSort::Status => &["status_rank"],
    };
    select.order(keys, "id", q.dir);
    select.page(conn, window)
}

pub fn payments(conn: &Connection, q: &PaymentQuery, window: Window) -> ApiResult<Page<Payment>> {
    let mut select = Select::new("payments", "json");
    if let Some(invoice_id) = &q.invoice_id {
        select.filter("invoice_id = ?", [Value::Text(invoice_id.clone())]);
    }
    select.order(&["created_at"], "id", q.dir);
    select.page(conn, window)
}
