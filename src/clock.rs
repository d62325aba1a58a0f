//! The browser's clock. chrono's own `Utc::now()` would panic on wasm32-unknown-unknown.

use chrono::{DateTime, NaiveDate, Utc};

pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// Today in UTC, as card expiry dates count.
pub fn today() -> NaiveDate {
    now().date_naive()
}
