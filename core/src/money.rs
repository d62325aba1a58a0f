//! Money: a decimal amount with its ISO 4217 currency.

use std::cmp::Ordering;
use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text;

/// An ISO 4217 alphabetic currency code (three ASCII capitals).
///
/// Kept as a code rather than a closed enum so that a currency this build does not know
/// still travels through the contract; [`Currency::minor_units`] says whether we know it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"USD");
    pub const EUR: Currency = Currency(*b"EUR");
    pub const GBP: Currency = Currency(*b"GBP");
    pub const CAD: Currency = Currency(*b"CAD");
    pub const AUD: Currency = Currency(*b"AUD");
    pub const CHF: Currency = Currency(*b"CHF");
    pub const JPY: Currency = Currency(*b"JPY");
    pub const KRW: Currency = Currency(*b"KRW");
    pub const TWD: Currency = Currency(*b"TWD");
    pub const CNY: Currency = Currency(*b"CNY");
    pub const HKD: Currency = Currency(*b"HKD");
    pub const INR: Currency = Currency(*b"INR");
    pub const BRL: Currency = Currency(*b"BRL");
    pub const KWD: Currency = Currency(*b"KWD");
    pub const BHD: Currency = Currency(*b"BHD");

    /// Every currency whose minor units this build knows.
    pub const KNOWN: [Currency; 15] = [
        Currency::USD,
        Currency::EUR,
        Currency::GBP,
        Currency::CAD,
        Currency::AUD,
        Currency::CHF,
        Currency::JPY,
        Currency::KRW,
        Currency::TWD,
        Currency::CNY,
        Currency::HKD,
        Currency::INR,
        Currency::BRL,
        Currency::KWD,
        Currency::BHD,
    ];

    /// The contract's form of a code: exactly three ASCII capitals (`^[A-Z]{3}$`).
    pub fn from_wire(code: &str) -> Option<Currency> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_uppercase)
            .then_some(Currency(bytes))
    }

    /// Parses a three-letter code typed or put in a URL, case-insensitively. `None` for
    /// anything else.
    pub fn new(code: &str) -> Option<Currency> {
        let bytes = code.as_bytes();
        if bytes.len() != 3 || !bytes.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        Some(Currency([
            bytes[0].to_ascii_uppercase(),
            bytes[1].to_ascii_uppercase(),
            bytes[2].to_ascii_uppercase(),
        ]))
    }

    pub fn code(&self) -> &str {
        // The bytes are ASCII capitals by construction.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// The number of digits after the decimal point (ISO 4217), for the currencies we bill in.
    pub fn minor_units(&self) -> Option<u32> {
        match &self.0 {
            b"JPY" | b"KRW" => Some(0),
            b"USD" | b"EUR" | b"GBP" | b"CAD" | b"AUD" | b"CHF" | b"TWD" | b"CNY" | b"HKD"
            | b"INR" | b"BRL" => Some(2),
            b"KWD" | b"BHD" => Some(3),
            _ => None,
        }
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Strict: the contract's `^[A-Z]{3}$`, so `usd` is refused rather than guessed at. The
/// error's message starts with the field code a server answers with.
impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Currency::from_wire(&code)
            .ok_or_else(|| serde::de::Error::custom("invalid: not a currency code"))
    }
}

/// An amount of money in one currency. On the wire: `{ "amount": "1234.50", "currency": "EUR" }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Money {
    /// A decimal string with the currency's minor digits, never a float.
    #[serde(
        serialize_with = "rust_decimal::serde::str::serialize",
        deserialize_with = "wire_amount"
    )]
    #[cfg_attr(
        feature = "openapi",
        schema(value_type = String, format = "decimal", pattern = r"^-?[0-9]+(\.[0-9]+)?$")
    )]
    pub amount: Decimal,
    /// ISO 4217 code.
    #[cfg_attr(feature = "openapi", schema(value_type = String, pattern = "^[A-Z]{3}$"))]
    pub currency: Currency,
}

/// Reads an amount as the contract writes it, `^-?[0-9]+(\.[0-9]+)?$`, exactly: no exponent,
/// `_`, `+`, leading or trailing point, and no rounding of digits a decimal cannot hold (more
/// than 28 decimals); an integer part beyond a decimal's range is not a number it can read.
pub fn parse_wire_amount(text: &str) -> Result<Decimal, AmountError> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (integer, fraction) = match unsigned.split_once('.') {
        Some((integer, fraction)) => (integer, Some(fraction)),
        None => (unsigned, None),
    };
    if !all_digits(integer) || fraction.is_some_and(|f| !all_digits(f)) {
        return Err(AmountError::NotANumber);
    }
    Decimal::from_str_exact(text).map_err(|_| match fraction {
        Some(f) if f.len() > MAX_WIRE_DECIMALS as usize => AmountError::TooManyDecimals {
            max: MAX_WIRE_DECIMALS,
        },
        _ => AmountError::NotANumber,
    })
}

/// The most digits after the point a decimal holds exactly.
const MAX_WIRE_DECIMALS: u32 = 28;

/// The error's message starts with the field code a server answers with.
fn wire_amount<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    parse_wire_amount(&text)
        .map_err(|e| serde::de::Error::custom(format!("{}: {text:?}", e.as_str())))
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Money {
        Money { amount, currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money::new(Decimal::ZERO, currency)
    }

    pub fn is_zero(&self) -> bool {
        self.amount.is_zero()
    }

    /// Strictly above zero.
    pub fn is_positive(&self) -> bool {
        self.amount > Decimal::ZERO
    }

    /// Strictly below zero.
    pub fn is_negative(&self) -> bool {
        self.amount < Decimal::ZERO
    }

    /// The same amount with the opposite sign (a credit instead of a charge).
    pub fn negated(&self) -> Money {
        Money::new(-self.amount, self.currency)
    }

    /// Rounds to the currency's minor units, half away from zero (`0.125` → `0.13`,
    /// `-0.125` → `-0.13`): the commercial rule customers expect on an invoice, where
    /// banker's rounding would surprise them. The scale becomes exactly the minor units.
    pub fn round_to_minor(&self) -> Result<Money, MoneyError> {
        let dp = self
            .currency
            .minor_units()
            .ok_or(MoneyError::UnknownCurrency(self.currency))?;
        Ok(Money::new(round_dp(self.amount, dp), self.currency))
    }

    /// `self + other`; an error for different currencies or an overflow, never a guess.
    pub fn checked_add(&self, other: &Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let amount = self
            .amount
            .checked_add(other.amount)
            .ok_or(MoneyError::Overflow)?;
        Ok(Money::new(amount, self.currency))
    }

    /// `self - other`; an error for different currencies or an overflow.
    pub fn checked_sub(&self, other: &Money) -> Result<Money, MoneyError> {
        self.checked_add(&other.negated())
    }

    /// Orders two amounts of the same currency; comparing currencies is an error.
    pub fn compare(&self, other: &Money) -> Result<Ordering, MoneyError> {
        self.same_currency(other)?;
        Ok(self.amount.cmp(&other.amount))
    }

    /// Sums amounts that must all be in `currency` (zero for none).
    pub fn sum<'a>(
        currency: Currency,
        amounts: impl IntoIterator<Item = &'a Money>,
    ) -> Result<Money, MoneyError> {
        amounts
            .into_iter()
            .try_fold(Money::zero(currency), |total, m| total.checked_add(m))
    }

    fn same_currency(&self, other: &Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch {
                left: self.currency,
                right: other.currency,
            })
        }
    }
}

/// Why arithmetic on [`Money`] was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MoneyError {
    /// Two currencies met in one sum or comparison.
    CurrencyMismatch { left: Currency, right: Currency },
    /// The currency's minor units are not known to this build.
    UnknownCurrency(Currency),
    /// The result does not fit a decimal (about 7.9 × 10²⁸).
    Overflow,
}

impl MoneyError {
    pub fn as_str(&self) -> &'static str {
        match self {
            MoneyError::CurrencyMismatch { .. } => "currency_mismatch",
            MoneyError::UnknownCurrency(_) => "unknown_currency",
            MoneyError::Overflow => "overflow",
        }
    }
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::error::Error for MoneyError {}

fn round_dp(amount: Decimal, dp: u32) -> Decimal {
    let mut rounded = amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(dp);
    rounded
}

/// The largest amount a customer may type, whatever the limit given: fifteen integer digits
/// stay far inside a decimal's range, so nothing typed can overflow later arithmetic.
pub const MAX_TYPED_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_7FFF, 0x0003_8D7E, 0, false, 0);

/// Why a typed amount was refused. Each variant is a stable code (see [`AmountError::as_str`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AmountError {
    /// Nothing but whitespace was typed.
    Empty,
    /// Not a number in the locale's form: letters, symbols, an exponent, misplaced grouping…
    NotANumber,
    /// Negative or zero.
    NotPositive,
    /// More digits after the decimal separator than the currency has (typed trailing zeros count).
    TooManyDecimals { max: u32 },
    /// Above the given limit (or [`MAX_TYPED_AMOUNT`]).
    AboveLimit { limit: Money },
    /// The currency's minor units are not known, so no amount can be checked.
    UnknownCurrency,
}

impl AmountError {
    pub fn as_str(&self) -> &'static str {
        match self {
            AmountError::Empty => "empty",
            AmountError::NotANumber => "not_a_number",
            AmountError::NotPositive => "not_positive",
            AmountError::TooManyDecimals { .. } => "too_many_decimals",
            AmountError::AboveLimit { .. } => "above_limit",
            AmountError::UnknownCurrency => "unknown_currency",
        }
    }
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::error::Error for AmountError {}

/// How a language writes the numbers a customer types: its decimal separator and the one
/// that groups thousands. The app reads them from the browser's `Intl.NumberFormat`, so a
/// new language needs nothing here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub group: char,
}

impl NumberStyle {
    /// `1,234.56`: English, Japanese, Korean, Chinese.
    pub const POINT: NumberStyle = NumberStyle {
        decimal: '.',
        group: ',',
    };
    /// `1 234,56` with a narrow no-break space: French.
    pub const COMMA_SPACED: NumberStyle = NumberStyle {
        decimal: ',',
        group: '\u{202F}',
    };
    /// `1.234,56`: German, Spanish, Italian, Portuguese.
    pub const COMMA_POINTED: NumberStyle = NumberStyle {
        decimal: ',',
        group: '.',
    };

    /// Whether `c` groups thousands: the style's separator, and any space where it is one
    /// (people type a plain space for a no-break one).
    fn groups(self, c: char) -> bool {
        let space = |c: char| matches!(c, ' ' | '\u{A0}' | '\u{202F}');
        c == self.group || (space(self.group) && space(c))
    }
}

/// Parses an amount typed in `style` into money of `currency`, at most `max`.
///
/// - `1234.56` or `1,234.56` in [`NumberStyle::POINT`]; `1234,56`, `1 234,56` or
///   `1.234,56` where the decimal separator is a comma, grouped by that style's separator
///   (any space where it is a space).
/// - Where the decimal separator is a comma, a `.` is also read as the decimal point —
///   numeric keypads type it — but only where it cannot be a thousands separator: when
///   there is no `,` and it is not followed by exactly three digits (`12.5` is accepted;
///   `1.234` is refused where spaces group, and is 1234 where points do).
/// - Grouping is optional, but when present it must be regular: 1–3 digits, then groups
///   of exactly 3 (so `1,23` is refused in en rather than read as 123).
/// - Full-width digits and separators are folded; surrounding whitespace is trimmed.
/// - At least one digit on each side of a decimal separator; a leading `-` or `−` is read
///   only to answer [`AmountError::NotPositive`]. No `+`, exponent, or currency symbol.
///
/// The result has exactly the currency's minor units as its scale (`12.5` EUR → `12.50`).
pub fn parse_amount(
    input: &str,
    style: NumberStyle,
    currency: Currency,
    max: Option<Decimal>,
) -> Result<Money, AmountError> {
    let minor = currency.minor_units().ok_or(AmountError::UnknownCurrency)?;
    let text = text::folded(input);
    if text.is_empty() {
        return Err(AmountError::Empty);
    }
    let typed = TypedNumber::read(&text, style).ok_or(AmountError::NotANumber)?;
    let limit = max.map_or(MAX_TYPED_AMOUNT, |max| max.min(MAX_TYPED_AMOUNT));
    let above = AmountError::AboveLimit {
        limit: Money::new(limit, currency),
    };
    // The rule reads the sign and the decimals as typed, before the size: a number too long
    // for a decimal is checked through a stand-in with the same sign and as many decimals.
    let value = typed.to_decimal();
    check_payment_amount(&Money::new(value.unwrap_or(typed.stand_in()), currency))?;
    let mut amount = value.filter(|v| *v <= limit).ok_or(above)?;
    amount.rescale(minor);
    Ok(Money::new(amount, currency))
}

/// What an amount to pay may be, as typed or as sent: in a currency whose minor units are
/// known, more than zero, and with no more decimals than the currency has (`1.000` USD is
/// refused, not read as `1.00`, so that no third decimal is ever stored). The one rule for
/// the payment form, the demo and the server.
pub fn check_payment_amount(amount: &Money) -> Result<(), AmountError> {
    let minor = amount
        .currency
        .minor_units()
        .ok_or(AmountError::UnknownCurrency)?;
    if amount.amount <= Decimal::ZERO {
        return Err(AmountError::NotPositive);
    }
    if amount.amount.scale() > minor {
        return Err(AmountError::TooManyDecimals { max: minor });
    }
    Ok(())
}

/// The digits of a syntactically valid typed number.
struct TypedNumber<'a> {
    negative: bool,
    /// Integer digits with grouping removed (ASCII digits only).
    integer: String,
    fraction: &'a str,
}

impl<'a> TypedNumber<'a> {
    fn read(text: &'a str, style: NumberStyle) -> Option<TypedNumber<'a>> {
        let (negative, unsigned) = match text.strip_prefix(['-', '\u{2212}']) {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let decimal_sep = match style.decimal == ',' && point_is_decimal(unsigned) {
            true => '.',
            false => style.decimal,
        };
        let is_group = |c: char| c != decimal_sep && style.groups(c);
        let (integer, fraction) = match unsigned.split_once(decimal_sep) {
            Some((integer, fraction)) => (integer, Some(fraction)),
            None => (unsigned, None),
        };
        let fraction = match fraction {
            Some(f) if all_digits(f) => f,
            Some(_) => return None,
            None => "",
        };
        Some(TypedNumber {
            negative,
            integer: ungroup(integer, is_group)?,
            fraction,
        })
    }

    /// The value, signed, at the scale typed (`12.50` → 1250 × 10⁻²); `None` when it has
    /// more digits than a decimal holds.
    fn to_decimal(&self) -> Option<Decimal> {
        let digits = format!("{}{}", self.integer.trim_start_matches('0'), self.fraction);
        let mantissa: i128 = if digits.is_empty() {
            0
        } else {
            digits.parse().ok()?
        };
        let sign = if self.negative { -1 } else { 1 };
        Decimal::try_from_i128_with_scale(sign * mantissa, self.fraction.len() as u32).ok()
    }

    /// For a number too long for a decimal: one of its sign, zero if all its digits are, and
    /// with as many decimals as it has (up to what a decimal holds, more than any currency).
    fn stand_in(&self) -> Decimal {
        let zero = self
            .integer
            .chars()
            .chain(self.fraction.chars())
            .all(|c| c == '0');
        let unit = match (zero, self.negative) {
            (true, _) => 0,
            (false, true) => -1,
            (false, false) => 1,
        };
        Decimal::new(unit, (self.fraction.len() as u32).min(Decimal::MAX_SCALE))
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Where the decimal separator is a comma, whether a `.` is the decimal point: no `,`, a
/// single `.`, not followed by exactly three digits (which would read as a thousands group).
fn point_is_decimal(text: &str) -> bool {
    !text.contains(',')
        && text.matches('.').count() == 1
        && text.split_once('.').is_some_and(|(_, f)| f.len() != 3)
}

/// Removes regular grouping (1–3 digits, then groups of exactly 3) from an integer part.
fn ungroup(integer: &str, is_group: impl Fn(char) -> bool) -> Option<String> {
    let mut groups = integer.split(is_group);
    let first = groups.next()?;
    if !all_digits(first) {
        return None;
    }
    let mut digits = first.to_string();
    let mut grouped = false;
    for group in groups {
        if group.len() != 3 || !all_digits(group) {
            return None;
        }
        grouped = true;
        digits.push_str(group);
    }
    // A group after a leading zero (`0.500` where points group) is no thousands.
    (!grouped || (first.len() <= 3 && !first.starts_with('0'))).then_some(digits)
}

/// The machine form with exactly the currency's minor digits (`1234.50`), for CSV files and
/// API bodies. Rounds half away from zero if the amount has more digits; an unknown
/// currency keeps the amount's own scale.
pub fn format_plain(money: &Money) -> String {
    let mut amount = match money.currency.minor_units() {
        Some(dp) => round_dp(money.amount, dp),
        None => money.amount,
    };
    if amount.is_zero() {
        amount.set_sign_positive(true);
    }
    amount.to_string()
}

/// `input`, typed in style `from`, as it is typed in style `to`: the same number, every digit
/// kept, ungrouped. For a field whose language changes while it holds the customer's typing:
/// read again in the new language's separators it would be another number (`1,5` typed in
/// French is 15 in English). `None` when `input` is not a number in `from`: left as typed, it
/// is refused in either language.
pub fn retype_number(input: &str, from: NumberStyle, to: NumberStyle) -> Option<String> {
    let text = text::folded(input);
    let typed = TypedNumber::read(&text, from)?;
    let sign = if typed.negative { "-" } else { "" };
    let integer = match typed.integer.is_empty() {
        true => "0",
        false => typed.integer.as_str(),
    };
    Some(match typed.fraction {
        "" => format!("{sign}{integer}"),
        fraction => format!("{sign}{integer}{}{fraction}", to.decimal),
    })
}

/// The form a customer would type in `style`, ungrouped so it edits easily in a field
/// (`1234.50`, `1234,50`). [`parse_amount`] reads it back unchanged.
pub fn format_for_input(money: &Money, style: NumberStyle) -> String {
    format_plain(money).replace('.', &style.decimal.to_string())
}
