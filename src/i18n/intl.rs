//! Money, dates and the numbers in messages in the active language, through the browser's
//! `Intl`.
//!
//! Formatters are costly to create and a table may format thousands of cells, so each is
//! made once per language (and currency) and kept.

use std::cell::RefCell;

use billing_core::lang::Lang;
use billing_core::money::{Currency, Money, NumberStyle};
use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;
use js_sys::{Array, Function, Intl, Object, Reflect};
use unic_langid::LanguageIdentifier;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Formatter {
    Number(Lang),
    Money(Lang, Currency),
    Date(Lang),
    Month(Lang),
    Region(Lang),
}

thread_local! {
    // A handful of entries: a list is smaller in WebAssembly than a map, and as fast.
    static FORMATTERS: RefCell<Vec<(Formatter, Function)>> = const { RefCell::new(Vec::new()) };
    static NUMBER_STYLES: RefCell<Vec<(Lang, NumberStyle)>> = const { RefCell::new(Vec::new()) };
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn create(formatter: Formatter) -> Option<Function> {
    Some(match formatter {
        Formatter::Number(lang) => Intl::NumberFormat::new(&locales(lang), &Object::new()).format(),
        Formatter::Money(lang, currency) => {
            let digits = JsValue::from(currency.minor_units().unwrap_or(2));
            let options = options(&[
                ("style", "currency".into()),
                ("currency", currency.code().into()),
                ("minimumFractionDigits", digits.clone()),
                ("maximumFractionDigits", digits),
            ]);
            Intl::NumberFormat::new(&locales(lang), &options).format()
        }
        Formatter::Date(lang) => {
            let options = options(&[("timeZone", "UTC".into()), ("dateStyle", "medium".into())]);
            Intl::DateTimeFormat::new(&locales(lang), &options).format()
        }
        Formatter::Month(lang) => {
            let options = options(&[
                ("timeZone", "UTC".into()),
                ("year", "numeric".into()),
                ("month", "short".into()),
            ]);
            Intl::DateTimeFormat::new(&locales(lang), &options).format()
        }
        Formatter::Region(lang) => {
            // `Intl.DisplayNames` has no binding of its own in js-sys.
            let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
            let class: Function = Reflect::get(&intl, &"DisplayNames".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let options = options(&[("type", "region".into())]);
            let names = Reflect::construct(&class, &Array::of2(&locales(lang), &options)).ok()?;
            let of: Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
            of.bind0(&names)
        }
    })
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.tag()))
}

/// Formats `value` with the (cached) formatter; `None` if `Intl` refused it.
fn format(formatter: Formatter, value: &JsValue) -> Option<String> {
    let function = FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, function)) = cache.iter().find(|(f, _)| *f == formatter) {
            return Some(function.clone());
        }
        let function = create(formatter)?;
        cache.push((formatter, function.clone()));
        Some(function)
    })?;
    function.call1(&JsValue::NULL, value).ok()?.as_string()
}

/// The language a Fluent bundle formats for, as its memo holds it.
struct BundleLang(Lang);

impl Memoizable for BundleLang {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<BundleLang, ()> {
        Lang::from_tag(&lang.to_string()).map(BundleLang).ok_or(())
    }
}

/// Fluent's hook for the numbers in messages (counts): grouped as the language groups them,
/// `6,899` in English, `6 899` in French, where Fluent alone writes `6899`. Only what is
/// shown: plurals are still chosen on the number.
pub fn fluent_number(value: &FluentValue, memo: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let lang = memo
        .with_try_get::<BundleLang, _, _>((), |lang| lang.0)
        .ok()?;
    format(Formatter::Number(lang), &JsValue::from_f64(number.value))
}

/// `1 234,50 €` in French, `US$1,234.50` in Traditional Chinese. The amount reaches `Intl`
/// as a decimal string, which it formats exactly: no float on the way.
pub fn money(money: &Money, lang: Lang) -> String {
    let digits = money.currency.minor_units().unwrap_or(2);
    let amount = money.amount.round_dp(digits).to_string();
    format(
        Formatter::Money(lang, money.currency),
        &JsValue::from_str(&amount),
    )
    .unwrap_or_else(|| format!("{amount} {}", money.currency))
}

/// How `lang` writes numbers (its decimal and thousands separators), as `Intl` formats
/// them, for reading and writing typed amounts: so a new language brings its own.
pub fn number_style(lang: Lang) -> NumberStyle {
    if let Some(style) = NUMBER_STYLES.with_borrow(|styles| {
        styles
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, style)| *style)
    }) {
        return style;
    }
    let parts = Intl::NumberFormat::new(&locales(lang), &Object::new()).format_to_parts(1234567.5);
    let part = |kind: &str| {
        parts.iter().find_map(|part| {
            let of = |key: &str| Reflect::get(&part, &key.into()).ok()?.as_string();
            (of("type")? == kind).then(|| of("value")?.chars().next())?
        })
    };
    let style = NumberStyle {
        decimal: part("decimal").unwrap_or('.'),
        group: part("group").unwrap_or(','),
    };
    NUMBER_STYLES.with_borrow_mut(|styles| styles.push((lang, style)));
    style
}

/// A calendar date (no time zone of its own), shown as the same date everywhere.
pub fn date(date: NaiveDate, lang: Lang) -> String {
    calendar(Formatter::Date(lang), date).unwrap_or_else(|| date.to_string())
}

/// A country's name (`KR` → `South Korea`, `Corée du Sud`, `대한민국`); the code where the
/// browser has no name for it.
pub fn region(code: &str, lang: Lang) -> String {
    format(Formatter::Region(lang), &JsValue::from_str(code)).unwrap_or_else(|| code.to_string())
}

/// A month given as `YYYY-MM` (`Oct 2026`, `oct. 2026`, `2026년 10월`); as given if it is
/// not one.
pub fn month(month: &str, lang: Lang) -> String {
    billing_core::contract::date::parse(&format!("{month}-01"))
        .and_then(|first| calendar(Formatter::Month(lang), first))
        .unwrap_or_else(|| month.to_string())
}

fn calendar(formatter: Formatter, date: NaiveDate) -> Option<String> {
    // Noon UTC, formatted in UTC: no offset can move it to another day.
    let noon = date.and_hms_opt(12, 0, 0)?;
    let millis = noon.and_utc().timestamp_millis() as f64;
    format(formatter, &js_sys::Date::new(&JsValue::from_f64(millis)))
}
