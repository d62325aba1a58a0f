//! Money: a decimal amount with its ISO 4217 currency.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

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
    pub const JPY: Currency = Currency(*b"JPY");
    pub const KRW: Currency = Currency(*b"KRW");
    pub const TWD: Currency = Currency(*b"TWD");

    /// Parses a three-letter code, case-insensitively. `None` for anything else.
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

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Currency::new(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("not a currency code: {code:?}")))
    }
}

/// An amount of money in one currency. On the wire: `{ "amount": "1234.50", "currency": "EUR" }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    pub currency: Currency,
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Money {
        Money { amount, currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money::new(Decimal::ZERO, currency)
    }
}
