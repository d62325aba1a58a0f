//! The words of the documents in each language: the messages of `locales/<tag>/documents.ftl`
//! (embedded by `build.rs`, so a new locale folder needs no code), and the numbers, amounts,
//! dates and country names as the language writes them, from CLDR's data that ICU4X compiles
//! in: `1,234.50` and `Nov 28, 2026` in English, `1 234,50` and `28 nov. 2026` in French.
//!
//! A date's pattern is the locale's own (`document-date-pattern`, CLDR's pattern syntax), as
//! the portal writes dates (the browser's medium date style); the month names are CLDR's.
//! ICU4X's own medium date differs from the browser's in Korean (`2026/11/28`, where Korean
//! writes, and the portal shows, `2026. 11. 28.`).

use billing_core::lang::Lang;
use billing_core::money::Money;
use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use icu_calendar::Gregorian;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu_decimal::input::Decimal as IcuDecimal;
use icu_decimal::DecimalFormatter;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_locale_core::subtags::Region;
use icu_locale_core::Locale as IcuLocale;
use rust_decimal::Decimal;
use writeable::TryWriteable;

/// `(tag, text)` of every `locales/<tag>/documents.ftl`.
const DOCUMENTS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/documents.rs"));

type Bundle = FluentBundle<FluentResource>;

/// Every language's messages and date pattern, read once when the server starts.
pub struct Bundles(Vec<Locale>);

struct Locale {
    lang: Lang,
    bundle: Bundle,
    date: DateTimePattern,
}

impl Bundles {
    /// Refuses a language without its `documents.ftl`, or one that does not parse.
    pub fn load() -> Result<Bundles, String> {
        let locales = Lang::ALL
            .iter()
            .map(|&lang| {
                let bundle = bundle(lang)?;
                let date = message(&bundle, "document-date-pattern", None)
                    .ok_or("no document-date-pattern")
                    .and_then(|pattern| pattern.parse().map_err(|_| "an invalid date pattern"))
                    .map_err(|why| format!("locales/{}/documents.ftl: {why}", lang.tag()))?;
                Ok(Locale { lang, bundle, date })
            })
            .collect::<Result<_, String>>()?;
        Ok(Bundles(locales))
    }

    fn get(&self, lang: Lang) -> Option<&Locale> {
        self.0.iter().find(|locale| locale.lang == lang)
    }
}

/// Message `id` formatted, if the bundle has it.
fn message(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn bundle(lang: Lang) -> Result<Bundle, String> {
    let file = format!("locales/{}/documents.ftl", lang.tag());
    let source = DOCUMENTS
        .iter()
        .find(|(tag, _)| *tag == lang.tag())
        .ok_or_else(|| format!("{file} is missing"))?
        .1;
    let resource = FluentResource::try_new(source.to_string())
        .map_err(|(_, errors)| format!("{file}: {errors:?}"))?;
    let id = lang.tag().parse().map_err(|e| format!("{file}: {e}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No bidi isolation marks around the values: none of the languages is right-to-left,
    // and the marks would be in the PDF's text.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("{file}: {errors:?}"))?;
    Ok(bundle)
}

fn unloaded(lang: Lang, error: impl std::fmt::Display) -> String {
    format!("no formats for {}: {error}", lang.tag())
}

/// One language's words and formats, for one document.
pub struct Words<'a> {
    pub lang: Lang,
    bundle: &'a Bundle,
    date: &'a DateTimePattern,
    numbers: DecimalFormatter,
    /// The names the date pattern uses (months), loaded for it.
    date_names: FixedCalendarDateTimeNames<Gregorian, YMD>,
    regions: RegionDisplayNames,
}

impl<'a> Words<'a> {
    pub fn new(bundles: &'a Bundles, lang: Lang) -> Result<Words<'a>, String> {
        let locale = bundles
            .get(lang)
            .ok_or_else(|| format!("no messages for {}", lang.tag()))?;
        let id = IcuLocale::try_from_str(lang.tag()).map_err(|e| unloaded(lang, e))?;
        let mut date_names =
            FixedCalendarDateTimeNames::try_new((&id).into()).map_err(|e| unloaded(lang, e))?;
        date_names
            .include_for_pattern(&locale.date)
            .map_err(|e| unloaded(lang, e))?;
        Ok(Words {
            lang,
            bundle: &locale.bundle,
            date: &locale.date,
            numbers: DecimalFormatter::try_new((&id).into(), Default::default())
                .map_err(|e| unloaded(lang, e))?,
            date_names,
            regions: RegionDisplayNames::try_new((&id).into(), Default::default())
                .map_err(|e| unloaded(lang, e))?,
        })
    }

    /// Message `id`; its id where the locale lacks it, which the locale tests rule out.
    pub fn text(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// Message `id` with its variables.
    pub fn with(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        message(self.bundle, id, Some(&fluent)).unwrap_or_else(|| id.to_string())
    }

    /// A number as the language writes it, with every digit it has: `1,234.5`, `1 234,5`.
    pub fn number(&self, value: Decimal) -> String {
        // The decimal's own digits, never through a float.
        match IcuDecimal::try_from_str(&value.to_string()) {
            Ok(decimal) => self.numbers.format(&decimal).to_string(),
            Err(_) => value.to_string(),
        }
    }

    /// An amount with at least its currency's minor digits, and any more it has (a unit
    /// price of `0.0125`), never rounded: `1,234.50 USD`, `1 234,50 EUR`, `12,345 KRW`.
    pub fn money(&self, money: &Money) -> String {
        let mut amount = money.amount.normalize();
        if let Some(minor) = money.currency.minor_units() {
            if amount.scale() < minor {
                amount.rescale(minor);
            }
        }
        self.with(
            "document-money",
            &[
                ("amount", self.number(amount)),
                ("currency", money.currency.code().to_string()),
            ],
        )
    }

    /// A calendar date as the portal shows it in this language.
    pub fn date(&self, date: NaiveDate) -> String {
        let month = u8::try_from(date.month()).unwrap_or_default();
        let day = u8::try_from(date.day()).unwrap_or_default();
        let Ok(gregorian) = Date::try_new_gregorian(date.year(), month, day) else {
            return date.to_string();
        };
        let formatter = self.date_names.with_pattern_unchecked(self.date);
        match formatter.format(&gregorian).try_write_to_string() {
            Ok(text) => text.into_owned(),
            Err(_) => date.to_string(),
        }
    }

    /// `start – end` as the language writes a range of dates.
    pub fn dates(&self, start: NaiveDate, end: NaiveDate) -> String {
        self.with(
            "document-date-range",
            &[("start", self.date(start)), ("end", self.date(end))],
        )
    }

    /// A country's name from its ISO 3166 code (`KR`: `South Korea`, `Corée du Sud`,
    /// `대한민국`, `南韓`); the code where CLDR has no name for it.
    pub fn country(&self, code: &str) -> String {
        Region::try_from_str(code)
            .ok()
            .and_then(|region| self.regions.of(region))
            .map_or_else(|| code.to_string(), str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use billing_core::money::Currency;

    fn words(bundles: &Bundles, lang: Lang) -> Words<'_> {
        Words::new(bundles, lang).unwrap()
    }

    #[test]
    fn every_language_loads() {
        let bundles = Bundles::load().unwrap();
        for lang in Lang::ALL {
            let words = words(&bundles, lang);
            assert_ne!(words.text("document-total"), "document-total");
        }
    }

    #[test]
    fn amounts_and_dates_as_each_language_writes_them() {
        let bundles = Bundles::load().unwrap();
        let usd = Money::new(Decimal::new(123_450, 2), Currency::USD);
        let krw = Money::new(Decimal::new(1_234_500, 0), Currency::KRW);
        let date = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let expected = [
            (Lang::En, "1,234.50 USD", "1,234,500 KRW", "Nov 28, 2026"),
            (
                Lang::Fr,
                "1\u{202f}234,50\u{a0}USD",
                "1\u{202f}234\u{202f}500\u{a0}KRW",
                "28 nov. 2026",
            ),
            (Lang::Ko, "1,234.50 USD", "1,234,500 KRW", "2026. 11. 28."),
            (
                Lang::ZhTw,
                "1,234.50 USD",
                "1,234,500 KRW",
                "2026年11月28日",
            ),
            (
                Lang::De,
                "1.234,50\u{a0}USD",
                "1.234.500\u{a0}KRW",
                "28.11.2026",
            ),
            // Spanish and Italian group from five digits on.
            (
                Lang::Es,
                "1234,50\u{a0}USD",
                "1.234.500\u{a0}KRW",
                "28 nov 2026",
            ),
            (
                Lang::It,
                "1234,50\u{a0}USD",
                "1.234.500\u{a0}KRW",
                "28 nov 2026",
            ),
            (Lang::Ja, "1,234.50 USD", "1,234,500 KRW", "2026年11月28日"),
            (
                Lang::PtBr,
                "1.234,50\u{a0}USD",
                "1.234.500\u{a0}KRW",
                "28/11/2026",
            ),
            (
                Lang::ZhCn,
                "1,234.50 USD",
                "1,234,500 KRW",
                "2026年11月28日",
            ),
        ];
        for (lang, dollars, won, day) in expected {
            let words = words(&bundles, lang);
            assert_eq!(words.money(&usd), dollars, "{lang:?}");
            assert_eq!(words.money(&krw), won, "{lang:?}");
            assert_eq!(words.date(date), day, "{lang:?}");
        }
    }

    #[test]
    fn no_digit_is_lost_or_added_beyond_the_minor_units() {
        let bundles = Bundles::load().unwrap();
        let words = words(&bundles, Lang::En);
        let money = |amount, scale, currency| Money::new(Decimal::new(amount, scale), currency);
        assert_eq!(words.money(&money(125, 4, Currency::USD)), "0.0125 USD");
        assert_eq!(words.money(&money(12_500, 3, Currency::USD)), "12.50 USD");
        assert_eq!(words.money(&money(-500, 2, Currency::EUR)), "-5.00 EUR");
        assert_eq!(words.money(&money(7, 0, Currency::KWD)), "7.000 KWD");
        assert_eq!(words.number(Decimal::new(15, 1)), "1.5");
    }

    #[test]
    fn countries_by_name() {
        let bundles = Bundles::load().unwrap();
        assert_eq!(words(&bundles, Lang::En).country("US"), "United States");
        assert_eq!(words(&bundles, Lang::Fr).country("KR"), "Corée du Sud");
        assert_eq!(words(&bundles, Lang::Ko).country("KR"), "대한민국");
        assert_eq!(words(&bundles, Lang::ZhTw).country("TW"), "台灣");
        assert_eq!(words(&bundles, Lang::En).country("ZZ9"), "ZZ9");
    }
}
