//! Calendar dates as the contract writes them, `YYYY-MM-DD` (RFC 3339's full-date): on the
//! wire, in query parameters and in a date input's value. Read here, by hand, rather than by
//! chrono's `FromStr`, whose general format parser would be several kilobytes of the
//! portal's first load for this one fixed shape. Fields use it with
//! `#[serde(with = "date")]`, or `date::option` for an optional one.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserializer, Visitor};
use serde::{Serialize, Serializer};

/// The date `text` names, if it is exactly `YYYY-MM-DD` and a day of the calendar.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let digits = |from: usize, to: usize| {
        let part = text.get(from..to)?;
        part.bytes().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let dashes = text.len() == 10 && text.get(4..5) == Some("-") && text.get(7..8) == Some("-");
    if !dashes {
        return None;
    }
    let year = i32::try_from(digits(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5, 7)?, digits(8, 10)?)
}

pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    date.serialize(serializer)
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    deserializer.deserialize_str(DateVisitor)
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date as YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        parse(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

/// An optional date: `null` or absent for none.
pub mod option {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        date.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        #[derive(Deserialize)]
        struct Date(#[serde(with = "super")] NaiveDate);
        Ok(Option::<Date>::deserialize(deserializer)?.map(|Date(date)| date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_full_dates_of_the_calendar() {
        assert_eq!(parse("2026-02-28"), NaiveDate::from_ymd_opt(2026, 2, 28));
        assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-05",
            "2026-01-5",
            "26-01-05",
            "2026/01/05",
            "2026-01-05T00:00:00Z",
            " 2026-01-05",
            "+202-01-05",
            "2026-0a-05",
            "２０２６-01-05",
            "",
            "2026-01-",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn fields_read_and_write_the_same_text() {
        #[derive(Debug, PartialEq, Serialize, serde::Deserialize)]
        struct Dated {
            #[serde(with = "super")]
            on: NaiveDate,
            #[serde(with = "option", default)]
            until: Option<NaiveDate>,
        }
        let text = r#"{"on":"2026-10-31","until":null}"#;
        let dated: Dated = serde_json::from_str(text).unwrap();
        assert_eq!(dated.on, NaiveDate::from_ymd_opt(2026, 10, 31).unwrap());
        assert_eq!(serde_json::to_string(&dated).unwrap(), text);
        let absent: Dated = serde_json::from_str(r#"{"on":"2026-10-31"}"#).unwrap();
        assert_eq!(absent.until, None);
        assert!(serde_json::from_str::<Dated>(r#"{"on":"2026-10-32"}"#).is_err());
        assert!(serde_json::from_str::<Dated>(r#"{"on":"2026-10-31","until":"soon"}"#).is_err());
    }
}
