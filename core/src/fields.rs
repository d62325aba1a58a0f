//! The fields a form or a request can be refused on, and why: their paths and stable codes,
//! as the app, the demo and the server all name them. The UI maps a [`FieldCode`] to the
//! Fluent message `field-error-<code>` (with `_` as `-`), and the server returns the same
//! paths and codes in the error envelope's `fields`, so a refusal reads the same wherever it
//! was found.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::contract::wire;
use crate::money::AmountError;
use crate::text;

/// Why a field was refused; named on the wire (and by `FieldCode::as_str`) as serde names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FieldCode {
    /// Empty, or nothing but whitespace.
    Required,
    /// A character the field never holds (a letter in a card number, a control character).
    InvalidCharacters,
    /// An invisible character that changes how the text is shown (a right-to-left override,
    /// a zero-width space; see `text::is_invisible_control`), often pasted unknowingly.
    InvisibleCharacters,
    /// Longer than the field allows.
    TooLong,
    /// A card number of a length its brand does not issue.
    Length,
    /// A card number whose check digit is wrong (a typo).
    Luhn,
    /// A card number of no brand we accept.
    UnsupportedBrand,
    /// An expiry that is not `MM/YY`, `MM/YYYY` or `MMYY`, or whose month is not 1–12.
    ExpiryFormat,
    /// The card expired at the end of a past month.
    ExpiryPast,
    /// More than [`crate::card::MAX_EXPIRY_YEARS_AHEAD`] years ahead.
    ExpiryTooFar,
    /// A security code of the wrong length for the brand.
    CvcLength,
    /// Not a known ISO 3166-1 country code.
    CountryUnknown,
    /// A postal code not in the country's format.
    PostalCodeFormat,
    /// The country requires a state or province (US, CA, AU).
    StateRequired,
    /// Not one of the country's state or province codes.
    StateUnknown,
    /// An email address without the shape `name@domain.tld`.
    EmailFormat,
    /// A phone number with characters other than digits, spaces and `+-().`.
    PhoneFormat,
    /// A tax ID not in a shape its country issues (see `tax_id::check`): the wrong number
    /// of digits, a letter where a digit belongs, or another country's prefix.
    TaxIdFormat,
    /// A tax ID whose check digit is wrong by its issuer's published rule (a typo).
    TaxIdChecksum,
    NotANumber,
    /// Zero or negative.
    NotPositive,
    /// More decimals than the currency has.
    TooManyDecimals,
    /// Above the limit (the balance due, or the most that can be typed).
    AboveLimit,
    /// The currency's minor units are not known.
    UnknownCurrency,
    /// Not a value the server can use: an unreadable body or parameter, an unknown or used
    /// card token.
    Invalid,
    /// An invoice a payment cannot go to (see `Invoice::is_payable`): paid, void, a credit.
    NotPayable,
    /// Something the request names that does not exist (a payment method, a device).
    NotFound,
    /// A payment method that cannot be used for this (expired, declined, not yet validated).
    Unusable,
    /// Already on the list (a billing contact's address).
    Duplicate,
    /// A code from a newer server.
    #[serde(other)]
    Unknown,
}

impl FieldCode {
    pub const KNOWN: [FieldCode; 29] = [
        FieldCode::Required,
        FieldCode::InvalidCharacters,
        FieldCode::InvisibleCharacters,
        FieldCode::TooLong,
        FieldCode::Length,
        FieldCode::Luhn,
        FieldCode::UnsupportedBrand,
        FieldCode::ExpiryFormat,
        FieldCode::ExpiryPast,
        FieldCode::ExpiryTooFar,
        FieldCode::CvcLength,
        FieldCode::CountryUnknown,
        FieldCode::PostalCodeFormat,
        FieldCode::StateRequired,
        FieldCode::StateUnknown,
        FieldCode::EmailFormat,
        FieldCode::PhoneFormat,
        FieldCode::TaxIdFormat,
        FieldCode::TaxIdChecksum,
        FieldCode::NotANumber,
        FieldCode::NotPositive,
        FieldCode::TooManyDecimals,
        FieldCode::AboveLimit,
        FieldCode::UnknownCurrency,
        FieldCode::Invalid,
        FieldCode::NotPayable,
        FieldCode::NotFound,
        FieldCode::Unusable,
        FieldCode::Duplicate,
    ];

    pub fn as_str(self) -> &'static str {
        wire::name_of(&self)
    }

    /// Reads a code from the error envelope; `Unknown` for one this build does not know.
    pub fn from_code(code: &str) -> FieldCode {
        wire::from_name(code).unwrap_or(FieldCode::Unknown)
    }
}

impl fmt::Display for FieldCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<AmountError> for FieldCode {
    fn from(error: AmountError) -> FieldCode {
        match error {
            AmountError::Empty => FieldCode::Required,
            AmountError::NotANumber => FieldCode::NotANumber,
            AmountError::NotPositive => FieldCode::NotPositive,
            AmountError::TooManyDecimals { .. } => FieldCode::TooManyDecimals,
            AmountError::AboveLimit { .. } => FieldCode::AboveLimit,
            AmountError::UnknownCurrency => FieldCode::UnknownCurrency,
        }
    }
}

/// The paths of the fields, as both the UI and the error envelope name them.
pub mod field {
    pub const CARD_NUMBER: &str = "card.number";
    pub const CARD_EXPIRY: &str = "card.expiry";
    pub const CARD_CVC: &str = "card.cvc";
    pub const CARD_HOLDER: &str = "card.holder";
    pub const FIRST_NAME: &str = "billing_address.first_name";
    pub const LAST_NAME: &str = "billing_address.last_name";
    pub const COMPANY: &str = "billing_address.company";
    pub const LINE1: &str = "billing_address.line1";
    pub const LINE2: &str = "billing_address.line2";
    pub const CITY: &str = "billing_address.city";
    pub const STATE: &str = "billing_address.state";
    pub const POSTAL_CODE: &str = "billing_address.postal_code";
    pub const COUNTRY: &str = "billing_address.country";
    pub const PHONE: &str = "billing_address.phone";
    pub const EMAIL: &str = "billing_address.email";
    /// The country that issued a tax ID, and the number (see `tax_id::check`).
    pub const TAX_ID_COUNTRY: &str = "tax_id.country";
    pub const TAX_ID: &str = "tax_id.value";
    pub const AMOUNT: &str = "amount";
    pub const INVOICE_ID: &str = "invoice_id";
    pub const SOURCE_METHOD_ID: &str = "source.method_id";
    pub const SOURCE_TOKEN: &str = "source.token";
    /// The card token of a new payment method.
    pub const TOKEN: &str = "token";
    /// A billing contact's address, and what it receives.
    pub const CONTACT_EMAIL: &str = "email";
    pub const CONTACT_RECEIVES: &str = "receives";
}

/// One refused field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldError {
    /// A path from [`field`].
    pub field: &'static str,
    pub code: FieldCode,
}

/// The envelope's `fields` map for these errors (the first error of each field).
pub fn error_fields(errors: &[FieldError]) -> BTreeMap<String, String> {
    let mut fields = BTreeMap::new();
    for e in errors {
        fields
            .entry(e.field.to_string())
            .or_insert_with(|| e.code.as_str().to_string());
    }
    fields
}

/// Refuses text holding a character that changes how it is shown while unseen itself.
pub fn visible(value: &str) -> Result<(), FieldCode> {
    match value.chars().any(text::is_invisible_control) {
        true => Err(FieldCode::InvisibleCharacters),
        false => Ok(()),
    }
}
