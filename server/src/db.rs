//! SQLite storage, with the statements the routes run as named functions (the lists' in
//! [`lists`]). Each resource is kept as its contract JSON, with the columns that lists
//! filter and sort on beside it. Money is never summed or compared in SQL (SQLite would do
//! it in floating point): `*_minor` columns hold exact minor units, for ordering only.
//!
//! The columns order as the values do in `billing_core::listing` (see `lists`): text
//! compares as bytes, dates are `YYYY-MM-DD`, and an amount is stored only if its minor
//! units are exact. A value outside that is refused rather than stored out of order.

use billing_core::contract::{
    Account, BillingItem, BillingProfile, Device, Invoice, InvoiceDetail, ItemStatus, Payment,
    PaymentMethod, Role,
};
use billing_core::ledger::LedgerStore;
use billing_core::money::Money;
use billing_core::seed::SeedData;
use billing_core::wallet::Vaulted;
use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{ApiError, ApiResult};

pub mod lists;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS account (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (token TEXT PRIMARY KEY, role TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS invoices (
    id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, date TEXT NOT NULL,
    type TEXT NOT NULL, status TEXT NOT NULL, currency TEXT NOT NULL,
    total_minor INTEGER NOT NULL, balance_minor INTEGER NOT NULL,
    row TEXT NOT NULL, json TEXT NOT NULL);
DROP INDEX IF EXISTS invoices_date;
CREATE INDEX IF NOT EXISTS invoices_list
    ON invoices (date, number, type, status, currency, total_minor, balance_minor);
CREATE INDEX IF NOT EXISTS invoices_type ON invoices (type, status, date, number);
CREATE INDEX IF NOT EXISTS invoices_status ON invoices (status, type, date, number);
CREATE INDEX IF NOT EXISTS invoices_currency ON invoices (currency, number, type, status, date);
CREATE INDEX IF NOT EXISTS invoices_total
    ON invoices (currency, total_minor, number, type, status, date);
CREATE INDEX IF NOT EXISTS invoices_balance
    ON invoices (currency, balance_minor, number, type, status, date);
-- What a payment pays off, oldest first: few rows of many.
CREATE INDEX IF NOT EXISTS invoices_due ON invoices (date, number) WHERE balance_minor > 0;
CREATE TABLE IF NOT EXISTS payment_methods (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS payments (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, invoice_id TEXT, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS payments_created ON payments (created_at, id);
CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS billing_items (
    id TEXT PRIMARY KEY, description TEXT NOT NULL, category TEXT NOT NULL,
    device_name TEXT, fee_minor INTEGER NOT NULL, currency TEXT NOT NULL,
    created TEXT NOT NULL, next_bill_date TEXT, status_rank INTEGER NOT NULL, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS card_tokens (token TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS billing_profile (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT NOT NULL, route TEXT NOT NULL, request TEXT NOT NULL,
    status INTEGER NOT NULL, response TEXT NOT NULL, created_at INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, route));
";

/// Brings a database file of an earlier version up to [`SCHEMA`]: answers recorded before
/// keys expired are kept a day from now, as a client may still hold their keys.
const MIGRATIONS: &[(&str, &str)] = &[(
    "SELECT created_at FROM idempotency LIMIT 0",
    "ALTER TABLE idempotency ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
     UPDATE idempotency SET created_at = CAST(strftime('%s', 'now') AS INTEGER);",
)];

const INDEXES: &str = "
CREATE INDEX IF NOT EXISTS idempotency_created ON idempotency (created_at);
";

/// The seeded users: `Authorization: Bearer <token>`.
pub const ADMIN_TOKEN: &str = "demo-admin-token";
pub const VIEWER_TOKEN: &str = "demo-viewer-token";

pub fn open(
    path: Option<&std::path::Path>,
    seed: impl FnOnce() -> SeedData,
) -> ApiResult<Connection> {
    let conn = match path {
        Some(path) => Connection::open(path)?,
        None => Connection::open_in_memory()?,
    };
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;")?;
    conn.execute_batch(SCHEMA)?;
    for (probe, change) in MIGRATIONS {
        if conn.prepare(probe).is_err() {
            conn.execute_batch(change)?;
        }
    }
    conn.execute_batch(INDEXES)?;
    conn.execute_batch(&lists::indexes()?)?;
    let seeded: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM account)", [], |r| r.get(0))?;
    let profiled: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM billing_profile)", [], |r| {
            r.get(0)
        })?;
    if seeded && !profiled {
        // A database from before the billing profile: the seed's, as its account had.
        put_profile(&conn, &seed().profile)?;
    } else if !seeded {
        load(&conn, &seed())?;
        // Statistics let the planner pick, e.g., the status index for a rare status; the
        // checkpoint moves the seed out of the write-ahead log, where every read would
        // look it up, into the database file.
        conn.execute_batch("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);")?;
    }
    Ok(conn)
}

/// How long a statement waits for another connection's lock (a checkpoint, a writer of
/// another process) before it fails.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Another connection to the database `open` made, for reads only.
pub fn open_reader(path: &std::path::Path) -> ApiResult<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Reads map the file rather than copy its pages in, and keep more of them.
    conn.execute_batch(
        "PRAGMA query_only = ON; PRAGMA mmap_size = 268435456; PRAGMA cache_size = -16384;",
    )?;
    Ok(conn)
}

fn load(conn: &Connection, data: &SeedData) -> ApiResult<()> {
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "INSERT INTO account (id, json) VALUES (?1, ?2)",
        params![data.account.id, json(&data.account)?],
    )?;
    for (token, role) in [
        (ADMIN_TOKEN, Role::BillingAdmin),
        (VIEWER_TOKEN, Role::Viewer),
    ] {
        tx.execute(
            "INSERT INTO users (token, role) VALUES (?1, ?2)",
            params![token, json(&role)?],
        )?;
    }
    for detail in &data.invoices {
        put_invoice(&tx, detail)?;
    }
    for (position, method) in data.payment_methods.iter().enumerate() {
        insert_payment_method(&tx, method, position)?;
    }
    for payment in &data.payments {
        put_payment(&tx, payment)?;
    }
    for device in &data.devices {
        tx.execute(
            "INSERT INTO devices (id, name, json) VALUES (?1, ?2, ?3)",
            params![device.id, device.name, json(device)?],
        )?;
    }
    for item in &data.billing_items {
        put_item(&tx, item)?;
    }
    put_profile(&tx, &data.profile)?;
    tx.commit()?;
    Ok(())
}

pub fn json<T: Serialize>(value: &T) -> ApiResult<String> {
    Ok(serde_json::to_string(value)?)
}

fn parse<T: DeserializeOwned>(text: &str) -> ApiResult<T> {
    Ok(serde_json::from_str(text)?)
}

/// Exact minor units of an amount, for ordering; an error if the amount has more decimals
/// than its currency (two if unknown), or too many digits, as no stored amount has.
pub fn minor(money: &Money) -> ApiResult<i64> {
    let scale = money.currency.minor_units().unwrap_or(2);
    Decimal::from(10_i64.pow(scale))
        .checked_mul(money.amount)
        .filter(|units| units.fract().is_zero())
        .and_then(|units| i64::try_from(units).ok())
        .ok_or_else(|| ApiError::internal(format!("{} is not in minor units", money.amount)))
}

/// A date as its column holds it, `YYYY-MM-DD`, which sorts as the dates do for the years
/// 0 to 9999; others are refused.
pub fn day(date: NaiveDate) -> ApiResult<String> {
    match (0..=9999).contains(&date.year()) {
        true => Ok(date.to_string()),
        false => Err(ApiError::internal(format!("date out of range: {date}"))),
    }
}

/// The enum's wire name, e.g. `past_due`, as stored in its column.
pub fn wire_name<T: Serialize>(value: &T) -> &'static str {
    billing_core::contract::wire::name_of(value)
}

pub fn put_invoice(conn: &Connection, detail: &InvoiceDetail) -> ApiResult<()> {
    let invoice = &detail.invoice;
    // One currency column orders both amounts.
    if invoice.balance_due.currency != invoice.total.currency {
        return Err(ApiError::internal("an invoice in two currencies"));
    }
    conn.execute(
        "INSERT OR REPLACE INTO invoices
         (id, number, date, type, status, currency, total_minor, balance_minor, row, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            invoice.id,
            invoice.number,
            day(invoice.date)?,
            wire_name(&invoice.kind),
            wire_name(&invoice.status),
            invoice.total.currency.code(),
            minor(&invoice.total)?,
            minor(&invoice.balance_due)?,
            json(invoice)?,
            json(detail)?,
        ],
    )?;
    Ok(())
}

pub fn invoice(conn: &Connection, id: &str) -> ApiResult<Option<InvoiceDetail>> {
    one(conn, "SELECT json FROM invoices WHERE id = ?1", id)
}

/// The row of `SELECT json … WHERE key = ?1` as a contract value, if there is one.
fn one<T: DeserializeOwned>(conn: &Connection, sql: &str, key: &str) -> ApiResult<Option<T>> {
    let text: Option<String> = conn.query_row(sql, [key], |r| r.get(0)).optional()?;
    text.map(|t| parse(&t)).transpose()
}

pub fn put_payment(conn: &Connection, payment: &Payment) -> ApiResult<()> {
    // RFC 3339 in UTC sorts as the instants do within the years `day` allows.
    day(payment.created_at.date_naive())?;
    conn.execute(
        "INSERT OR REPLACE INTO payments (id, created_at, invoice_id, json) VALUES (?1, ?2, ?3, ?4)",
        params![payment.id, payment.created_at.to_rfc3339(), payment.invoice_id, json(payment)?],
    )?;
    Ok(())
}

pub fn put_item(conn: &Connection, item: &BillingItem) -> ApiResult<()> {
    let status_rank = match item.status {
        ItemStatus::Active => 0,
        ItemStatus::CancellationPending => 1,
        ItemStatus::Cancelled => 2,
        ItemStatus::Unknown => 3,
    };
    conn.execute(
        "INSERT OR REPLACE INTO billing_items
         (id, description, category, device_name, fee_minor, currency, created, next_bill_date, status_rank, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            item.id,
            item.description,
            item.category,
            item.device.as_ref().map(|d| d.name.clone()),
            minor(&item.recurring_fee)?,
            item.recurring_fee.currency.code(),
            day(item.created)?,
            item.next_bill_date.map(day).transpose()?,
            status_rank,
            json(item)?,
        ],
    )?;
    Ok(())
}

pub fn billing_item(conn: &Connection, id: &str) -> ApiResult<Option<BillingItem>> {
    one(conn, "SELECT json FROM billing_items WHERE id = ?1", id)
}

/// Whether any invoice has a balance due.
pub fn owes(conn: &Connection) -> ApiResult<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM invoices WHERE balance_minor > 0)",
        [],
        |r| r.get(0),
    )?)
}

/// `position` orders the methods as they are listed.
pub fn insert_payment_method(
    conn: &Connection,
    method: &PaymentMethod,
    position: usize,
) -> ApiResult<()> {
    let position =
        i64::try_from(position).map_err(|_| ApiError::internal("too many payment methods"))?;
    conn.execute(
        "INSERT INTO payment_methods (id, position, json) VALUES (?1, ?2, ?3)",
        params![method.id, position, json(method)?],
    )?;
    Ok(())
}

/// Writes back the methods (their default flags may have moved); one not inserted yet is
/// left out.
pub fn update_payment_methods(conn: &Connection, methods: &[PaymentMethod]) -> ApiResult<()> {
    for method in methods {
        conn.execute(
            "UPDATE payment_methods SET json = ?2 WHERE id = ?1",
            params![method.id, json(method)?],
        )?;
    }
    Ok(())
}

pub fn delete_payment_method(conn: &Connection, id: &str) -> ApiResult<()> {
    conn.execute("DELETE FROM payment_methods WHERE id = ?1", [id])?;
    Ok(())
}

/// How many card tokens the vault has given out; none is ever removed.
pub fn card_token_count(conn: &Connection) -> ApiResult<i64> {
    Ok(conn.query_row("SELECT COUNT(*) FROM card_tokens", [], |r| r.get(0))?)
}

/// Adds the token, or records that it was used.
pub fn put_card_token(conn: &Connection, vaulted: &Vaulted) -> ApiResult<()> {
    conn.execute(
        "INSERT OR REPLACE INTO card_tokens (token, json) VALUES (?1, ?2)",
        params![vaulted.card.token, json(vaulted)?],
    )?;
    Ok(())
}

pub fn account(conn: &Connection) -> ApiResult<Account> {
    let text: String = conn.query_row("SELECT json FROM account LIMIT 1", [], |r| r.get(0))?;
    parse(&text)
}

pub fn profile(conn: &Connection) -> ApiResult<BillingProfile> {
    let text: String = conn.query_row("SELECT json FROM billing_profile", [], |r| r.get(0))?;
    parse(&text)
}

pub fn put_profile(conn: &Connection, profile: &BillingProfile) -> ApiResult<()> {
    conn.execute(
        "INSERT OR REPLACE INTO billing_profile (id, json) VALUES (1, ?1)",
        [json(profile)?],
    )?;
    Ok(())
}

pub fn role_of(conn: &Connection, token: &str) -> ApiResult<Option<Role>> {
    let text: Option<String> = conn
        .query_row("SELECT role FROM users WHERE token = ?1", [token], |r| {
            r.get(0)
        })
        .optional()?;
    text.map(|t| parse(&t)).transpose()
}

/// Rows of `SELECT json …` as contract values.
pub fn all<T: DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    args: &[&dyn rusqlite::ToSql],
) -> ApiResult<Vec<T>> {
    let mut statement = conn.prepare(sql)?;
    let texts = statement
        .query_map(args, |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    texts.iter().map(|t| parse(t)).collect()
}

pub fn payment_methods(conn: &Connection) -> ApiResult<Vec<PaymentMethod>> {
    all(
        conn,
        "SELECT json FROM payment_methods ORDER BY position",
        &[],
    )
}

pub fn devices(conn: &Connection) -> ApiResult<Vec<Device>> {
    all(conn, "SELECT json FROM devices ORDER BY name", &[])
}

/// The invoices without their lines, as lists show them.
pub fn invoice_rows(conn: &Connection) -> ApiResult<Vec<Invoice>> {
    all(conn, "SELECT row FROM invoices", &[])
}

pub fn billing_items(conn: &Connection) -> ApiResult<Vec<BillingItem>> {
    all(conn, "SELECT json FROM billing_items", &[])
}

/// The ledger's storage (`billing_core::ledger`) on this database: the payment rules run on
/// the connection they are given, inside the caller's transaction.
pub struct Ledger<'a>(pub &'a Connection);

impl LedgerStore for Ledger<'_> {
    type Error = ApiError;

    fn owing(&mut self, invoice_id: Option<&str>) -> ApiResult<Vec<InvoiceDetail>> {
        match invoice_id {
            Some(id) => Ok(invoice(self.0, id)?.into_iter().collect()),
            None => all(
                self.0,
                "SELECT json FROM invoices WHERE balance_minor > 0 ORDER BY date, number",
                &[],
            ),
        }
    }

    fn put_invoice(&mut self, detail: &InvoiceDetail) -> ApiResult<()> {
        put_invoice(self.0, detail)
    }

    fn payment_count(&mut self) -> ApiResult<usize> {
        payment_count(self.0)
    }

    fn payment(&mut self, id: &str) -> ApiResult<Option<Payment>> {
        payment(self.0, id)
    }

    fn put_payment(&mut self, payment: &Payment) -> ApiResult<()> {
        put_payment(self.0, payment)
    }

    fn payment_methods(&mut self) -> ApiResult<Vec<PaymentMethod>> {
        payment_methods(self.0)
    }

    fn profile(&mut self) -> ApiResult<BillingProfile> {
        profile(self.0)
    }

    fn card_token(&mut self, token: &str) -> ApiResult<Option<Vaulted>> {
        one(
            self.0,
            "SELECT json FROM card_tokens WHERE token = ?1",
            token,
        )
    }

    fn put_card_token(&mut self, vaulted: &Vaulted) -> ApiResult<()> {
        self.0.execute(
            "INSERT OR REPLACE INTO card_tokens (token, json) VALUES (?1, ?2)",
            params![vaulted.card.token, json(vaulted)?],
        )?;
        Ok(())
    }
}

pub fn payment(conn: &Connection, id: &str) -> ApiResult<Option<Payment>> {
    one(conn, "SELECT json FROM payments WHERE id = ?1", id)
}

/// Forgets the answers kept for idempotency keys at or before `until` (Unix seconds).
pub fn forget_answers_until(conn: &Connection, until: i64) -> ApiResult<()> {
    conn.execute("DELETE FROM idempotency WHERE created_at <= ?1", [until])?;
    Ok(())
}

/// The request, status and answer recorded for this key on this route.
pub fn recorded_answer(
    conn: &Connection,
    key: &str,
    route: &str,
) -> ApiResult<Option<(String, u16, String)>> {
    Ok(conn
        .query_row(
            "SELECT request, status, response FROM idempotency WHERE key = ?1 AND route = ?2",
            params![key, route],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
}

/// Keeps the answer to `[key, route, request]`, given `at` (Unix seconds).
pub fn record_answer(
    conn: &Connection,
    [key, route, request]: [&str; 3],
    status: u16,
    response: &str,
    at: i64,
) -> ApiResult<()> {
    conn.execute(
        "INSERT INTO idempotency (key, route, request, status, response, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![key, route, request, status, response, at],
    )?;
    Ok(())
}

pub fn payment_count(conn: &Connection) -> ApiResult<usize> {
    let count: i64 = conn.query_row("SELECT COUNT(*) FROM payments", [], |r| r.get(0))?;
    usize::try_from(count).map_err(|_| ApiError::internal("a negative count"))
}
