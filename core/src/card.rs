//! Payment cards: brands, and (never stored) the numbers customers type.
//!
//! Every function here takes what the customer typed and answers with a [`FieldCode`] on
//! refusal, the same vocabulary the validation of whole forms uses.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::fields::FieldCode;
use crate::text;

/// Card brands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CardBrand {
    Visa,
    Mastercard,
    Amex,
    Discover,
    Jcb,
    UnionPay,
    Diners,
    Maestro,
    #[serde(other)]
    Unknown,
}

/// A brand's prefix range: the first `digits` digits of the number, read as an integer,
/// lie in `low..=high`.
struct PrefixRule {
    digits: usize,
    low: u32,
    high: u32,
    brand: CardBrand,
}

const fn rule(digits: usize, low: u32, high: u32, brand: CardBrand) -> PrefixRule {
    PrefixRule {
        digits,
        low,
        high,
        brand,
    }
}

/// Longest prefixes first, so that the more specific range wins: Discover's co-branded
/// 622126–622925 is carved out of UnionPay's 62, and Maestro's 676770/676774 and 6759 are
/// tried before anything shorter.
const PREFIX_RULES: &[PrefixRule] = &[
    rule(6, 622_126, 622_925, CardBrand::Discover),
    rule(6, 676_770, 676_770, CardBrand::Maestro),
    rule(6, 676_774, 676_774, CardBrand::Maestro),
    rule(4, 2221, 2720, CardBrand::Mastercard),
    rule(4, 6011, 6011, CardBrand::Discover),
    rule(4, 3528, 3589, CardBrand::Jcb),
    rule(4, 6304, 6304, CardBrand::Maestro),
    rule(4, 6759, 6759, CardBrand::Maestro),
    rule(3, 644, 649, CardBrand::Discover),
    rule(3, 300, 305, CardBrand::Diners),
    rule(2, 34, 34, CardBrand::Amex),
    rule(2, 37, 37, CardBrand::Amex),
    rule(2, 51, 55, CardBrand::Mastercard),
    rule(2, 65, 65, CardBrand::Discover),
    rule(2, 62, 62, CardBrand::UnionPay),
    rule(2, 36, 36, CardBrand::Diners),
    rule(2, 38, 39, CardBrand::Diners),
    rule(2, 50, 50, CardBrand::Maestro),
    rule(2, 56, 58, CardBrand::Maestro),
    rule(1, 4, 4, CardBrand::Visa),
];

impl CardBrand {
    pub const KNOWN: [CardBrand; 8] = [
        CardBrand::Visa,
        CardBrand::Mastercard,
        CardBrand::Amex,
        CardBrand::Discover,
        CardBrand::Jcb,
        CardBrand::UnionPay,
        CardBrand::Diners,
        CardBrand::Maestro,
    ];

    /// The brand of a number (digits only) from its prefix. Works on a partial number as it
    /// is typed: the answer is the best one the digits so far allow (`62212` is UnionPay
    /// until a sixth digit makes it Discover), and `Unknown` while no range matches yet.
    pub fn detect(digits: &str) -> CardBrand {
        PREFIX_RULES
            .iter()
            .find(|r| {
                digits
                    .get(..r.digits)
                    .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|p| p.parse::<u32>().ok())
                    .is_some_and(|p| (r.low..=r.high).contains(&p))
            })
            .map_or(CardBrand::Unknown, |r| r.brand)
    }

    /// The number lengths the brand issues; none for `Unknown`.
    pub fn lengths(self) -> &'static [usize] {
        match self {
            CardBrand::Visa => &[13, 16, 19],
            CardBrand::Mastercard => &[16],
            CardBrand::Amex => &[15],
            CardBrand::Discover | CardBrand::Jcb | CardBrand::UnionPay => &[16, 17, 18, 19],
            CardBrand::Diners => &[14, 15, 16, 17, 18, 19],
            CardBrand::Maestro => &[12, 13, 14, 15, 16, 17, 18, 19],
            CardBrand::Unknown => &[],
        }
    }

    /// The security code's length: 4 digits on the front of an Amex card, 3 on the back
    /// of the others.
    pub fn cvc_length(self) -> usize {
        match self {
            CardBrand::Amex => 4,
            _ => 3,
        }
    }

    /// UnionPay issues numbers that do not carry a Luhn check digit, so only its numbers are
    /// accepted without one (as card networks' own client libraries do).
    pub fn requires_luhn(self) -> bool {
        self != CardBrand::UnionPay
    }

    /// Group sizes for display: 4-6-5 for Amex, 4-6-4 for the 14-digit Diners `36` range,
    /// fours otherwise.
    fn groups(self, digits: &str) -> &'static [usize] {
        match self {
            CardBrand::Amex => &[4, 6, 5],
            CardBrand::Diners if digits.starts_with("36") => &[4, 6, 4],
            _ => &[4, 4, 4, 4, 4],
        }
    }
}

/// The Luhn (mod 10) check over a string of ASCII digits; false for anything else.
pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && luhn_sum(digits, false).is_multiple_of(10)
}

/// The digit that makes `partial + digit` pass the Luhn check; `None` unless all digits.
pub fn luhn_check_digit(partial: &str) -> Option<u8> {
    partial
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| ((10 - luhn_sum(partial, true) % 10) % 10) as u8)
}

/// The Luhn sum, doubling every second digit from the right — starting with the last one
/// when a check digit is still to be appended.
fn luhn_sum(digits: &str, double_last: bool) -> u32 {
    digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if (i % 2 == 0) == double_last {
                if d > 4 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum()
}

/// The digits of a typed number: spaces and dashes (as printed on cards, or pasted) are
/// dropped and full-width digits folded; any other character is refused.
pub fn normalize_number(input: &str) -> Result<String, FieldCode> {
    let mut digits = String::new();
    for c in text::folded(input).chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '\u{A0}' => {}
            _ => return Err(FieldCode::InvalidCharacters),
        }
    }
    if digits.is_empty() {
        Err(FieldCode::Required)
    } else {
        Ok(digits)
    }
}

/// A complete, plausible card number of an `accepted` brand: its digits and brand.
/// Refused as unsupported brand, then wrong length, then a failed Luhn check.
pub fn validate_number(
    input: &str,
    accepted: &[CardBrand],
) -> Result<(String, CardBrand), FieldCode> {
    let digits = normalize_number(input)?;
    let brand = CardBrand::detect(&digits);
    if brand == CardBrand::Unknown || !accepted.contains(&brand) {
        return Err(FieldCode::UnsupportedBrand);
    }
    if !brand.lengths().contains(&digits.len()) {
        return Err(FieldCode::Length);
    }
    if brand.requires_luhn() && !luhn_valid(&digits) {
        return Err(FieldCode::Luhn);
    }
    Ok((digits, brand))
}

/// Groups the digits typed so far as the brand prints them (`4242 4242 4242 4242`,
/// `3782 822463 10005`), for showing in the field while typing. Characters other than
/// digits are dropped; digits beyond the brand's groups form one last group.
pub fn format_card_number(input: &str) -> String {
    let digits: String = input
        .chars()
        .map(text::fold_width)
        .filter(char::is_ascii_digit)
        .collect();
    let mut out = String::with_capacity(digits.len() + 4);
    let mut rest = digits.as_str();
    for &size in CardBrand::detect(&digits).groups(&digits) {
        if rest.is_empty() {
            break;
        }
        let (group, tail) = rest.split_at(size.min(rest.len()));
        push_group(&mut out, group);
        rest = tail;
    }
    if !rest.is_empty() {
        push_group(&mut out, rest);
    }
    out
}

fn push_group(out: &mut String, group: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(group);
}

/// [`format_card_number`] for a field being edited: `caret` counts characters before the
/// cursor in `input`; the returned caret sits after the same digits in the formatted text,
/// so typing or deleting in the middle of a number does not throw the cursor to the end.
pub fn format_card_number_at(input: &str, caret: usize) -> (String, usize) {
    let digits_before = input
        .chars()
        .take(caret)
        .map(text::fold_width)
        .filter(char::is_ascii_digit)
        .count();
    let formatted = format_card_number(input);
    let caret = formatted
        .chars()
        .enumerate()
        .filter(|(_, c)| c.is_ascii_digit())
        .nth(digits_before.wrapping_sub(1))
        .map_or(0, |(i, _)| i + 1);
    (formatted, caret)
}

/// The last four digits of a number (fewer if it has fewer).
pub fn last4(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(4)..].iter().collect()
}

/// How a card is shown once entered: `•••• 4242`.
pub fn mask(last4: &str) -> String {
    format!("•••• {last4}")
}

/// A card's expiry month. A card is valid through the last day of that month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Expiry {
    pub year: u16,
    pub month: u8,
}

/// How far ahead an expiry may be; issuers print at most a few years, so more is a typo.
pub const MAX_EXPIRY_YEARS_AHEAD: u16 = 20;

impl Expiry {
    /// Reads `MM/YY`, `MM/YYYY`, `M/YY`, `MM / YY` or `MMYY` (full-width digits and slash
    /// folded) and checks it against `today`. A two-digit year is 20YY.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Expiry, FieldCode> {
        let text = text::folded(input);
        if text.is_empty() {
            return Err(FieldCode::Required);
        }
        let (month, year) = match text.split_once('/') {
            Some((m, y)) => (m.trim_end(), y.trim_start()),
            None if text.len() == 4 && text.is_ascii() => text.split_at(2),
            None => return Err(FieldCode::ExpiryFormat),
        };
        let month = parse_digits(month, 1..=2)
            .and_then(|m| u8::try_from(m).ok())
            .ok_or(FieldCode::ExpiryFormat)?;
        let year = match year.len() {
            2 => parse_digits(year, 2..=2).map(|y| 2000 + y),
            _ => parse_digits(year, 4..=4),
        }
        .ok_or(FieldCode::ExpiryFormat)?;
        Expiry::new(month, year, today)
    }

    /// Checks a month and year (as a token request carries them) against `today`: refused
    /// once the month is over, or more than [`MAX_EXPIRY_YEARS_AHEAD`] years ahead.
    pub fn new(month: u8, year: u16, today: NaiveDate) -> Result<Expiry, FieldCode> {
        if !(1..=12).contains(&month) {
            return Err(FieldCode::ExpiryFormat);
        }
        let expiry = Expiry { year, month };
        let this_month = Expiry {
            year: u16::try_from(today.year()).unwrap_or(0),
            month: today.month() as u8,
        };
        if expiry < this_month {
            return Err(FieldCode::ExpiryPast);
        }
        let limit = Expiry {
            year: this_month.year.saturating_add(MAX_EXPIRY_YEARS_AHEAD),
            ..this_month
        };
        if expiry > limit {
            return Err(FieldCode::ExpiryTooFar);
        }
        Ok(expiry)
    }

    /// The last day the card can be used.
    pub fn last_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(i32::from(self.year), u32::from(self.month), 1)?
            .checked_add_months(chrono::Months::new(1))?
            .pred_opt()
    }
}

fn parse_digits(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<u16> {
    (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// A security code of the length `brand` prints.
pub fn validate_cvc(input: &str, brand: CardBrand) -> Result<String, FieldCode> {
    let cvc = text::folded(input);
    if cvc.is_empty() {
        Err(FieldCode::Required)
    } else if !cvc.bytes().all(|b| b.is_ascii_digit()) {
        Err(FieldCode::InvalidCharacters)
    } else if cvc.len() != brand.cvc_length() {
        Err(FieldCode::CvcLength)
    } else {
        Ok(cvc)
    }
}
