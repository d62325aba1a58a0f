//! Numbers, money and dates in the active language, through the browser's `Intl`.
//!
//! Formatters are costly to create and a table may format thousands of cells, so each is
//! made once per language (and currency) and kept.

use std::cell::RefCell;
use std::collections::HashMap;

use billing_core::lang::Lang;
use billing_core::money::{Currency, Money};
use chrono::NaiveDate;
use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

thread_local! {
    static MONEY: RefCell<HashMap<(Lang, Currency), Function>> = RefCell::new(HashMap::new());
    static DATES: RefCell<HashMap<(Lang, DateStyle), Function>> = RefCell::new(HashMap::new());
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateStyle {
    /// `15 Nov 2026`, `2026. 11. 15.`
    Medium,
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.tag()))
}

fn call(format: &Function, value: &JsValue) -> Option<String> {
    format.call1(&JsValue::NULL, value).ok()?.as_string()
}

/// `1 234,50 €` in French, `US$1,234.50` in Traditional Chinese. The amount reaches `Intl`
/// as a decimal string, which it formats exactly: no float on the way.
pub fn money(money: &Money, lang: Lang) -> String {
    let digits = money.currency.minor_units().unwrap_or(2);
    let amount = money.amount.round_dp(digits).to_string();
    let formatted = MONEY.with(|cache| {
        let mut cache = cache.borrow_mut();
        let format = cache.entry((lang, money.currency)).or_insert_with(|| {
            let digits = JsValue::from(digits);
            Intl::NumberFormat::new(
                &locales(lang),
                &options(&[
                    ("style", "currency".into()),
                    ("currency", money.currency.code().into()),
                    ("minimumFractionDigits", digits.clone()),
                    ("maximumFractionDigits", digits),
                ]),
            )
            .format()
        });
        call(format, &JsValue::from_str(&amount))
    });
    formatted.unwrap_or_else(|| format!("{amount} {}", money.currency))
}

/// A calendar date (no time zone of its own), shown as the same date everywhere.
pub fn date(date: NaiveDate, lang: Lang, style: DateStyle) -> String {
    let millis = date
        .and_hms_opt(12, 0, 0)
        .map(|t| t.and_utc().timestamp_millis());
    let Some(millis) = millis else {
        return date.to_string();
    };
    let formatted = DATES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let format = cache.entry((lang, style)).or_insert_with(|| {
            let style = match style {
                DateStyle::Medium => "medium",
            };
            let pairs = [
                ("timeZone", JsValue::from("UTC")),
                ("dateStyle", style.into()),
            ];
            Intl::DateTimeFormat::new(&locales(lang), &options(&pairs)).format()
        });
        call(
            format,
            &js_sys::Date::new(&JsValue::from_f64(millis as f64)),
        )
    });
    formatted.unwrap_or_else(|| date.to_string())
}
