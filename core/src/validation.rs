//! Validation of each form, returning every field error at once as stable codes.
//!
//! The UI maps a [`FieldCode`] to the Fluent message `field-error-<code>` (with `_` as
//! `-`), and the server returns the same field paths and codes in the error envelope's
//! `fields`, so a refusal reads the same wherever it was found. Nothing here is user text.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::address::{self, Address};
use crate::card::{self, CardBrand, Expiry};
use crate::contract::{CardTokenRequest, ErrorBody, ErrorCode};
use crate::money::AmountError;
use crate::text;

/// Why a field was refused. Serialized (and [`FieldCode::as_str`]) as snake_case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// More than [`card::MAX_EXPIRY_YEARS_AHEAD`] years ahead.
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
    /// A code from a newer server.
    #[serde(other)]
    Unknown,
}

impl FieldCode {
    pub const KNOWN: [FieldCode; 26] = [
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
        FieldCode::NotANumber,
        FieldCode::NotPositive,
        FieldCode::TooManyDecimals,
        FieldCode::AboveLimit,
        FieldCode::UnknownCurrency,
        FieldCode::Invalid,
        FieldCode::NotPayable,
        FieldCode::NotFound,
        FieldCode::Unusable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FieldCode::Required => "required",
            FieldCode::InvalidCharacters => "invalid_characters",
            FieldCode::InvisibleCharacters => "invisible_characters",
            FieldCode::TooLong => "too_long",
            FieldCode::Length => "length",
            FieldCode::Luhn => "luhn",
            FieldCode::UnsupportedBrand => "unsupported_brand",
            FieldCode::ExpiryFormat => "expiry_format",
            FieldCode::ExpiryPast => "expiry_past",
            FieldCode::ExpiryTooFar => "expiry_too_far",
            FieldCode::CvcLength => "cvc_length",
            FieldCode::CountryUnknown => "country_unknown",
            FieldCode::PostalCodeFormat => "postal_code_format",
            FieldCode::StateRequired => "state_required",
            FieldCode::StateUnknown => "state_unknown",
            FieldCode::EmailFormat => "email_format",
            FieldCode::PhoneFormat => "phone_format",
            FieldCode::NotANumber => "not_a_number",
            FieldCode::NotPositive => "not_positive",
            FieldCode::TooManyDecimals => "too_many_decimals",
            FieldCode::AboveLimit => "above_limit",
            FieldCode::UnknownCurrency => "unknown_currency",
            FieldCode::Invalid => "invalid",
            FieldCode::NotPayable => "not_payable",
            FieldCode::NotFound => "not_found",
            FieldCode::Unusable => "unusable",
            FieldCode::Unknown => "unknown",
        }
    }

    /// Reads a code from the error envelope; `Unknown` for one this build does not know.
    pub fn from_code(code: &str) -> FieldCode {
        FieldCode::KNOWN
            .into_iter()
            .find(|c| c.as_str() == code)
            .unwrap_or(FieldCode::Unknown)
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
    pub const AMOUNT: &str = "amount";
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

impl ErrorBody {
    /// The `validation_failed` error a server returns for these field errors. The message
    /// is the code itself: the UI translates fields, it never shows this text.
    pub fn validation_failed(errors: &[FieldError]) -> ErrorBody {
        ErrorBody {
            code: ErrorCode::ValidationFailed,
            message: "validation_failed".to_string(),
            fields: error_fields(errors),
        }
    }
}

/// Collects field errors while each field is parsed.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    /// The value, or `None` after recording why the field was refused.
    fn check<T>(&mut self, field: &'static str, result: Result<T, FieldCode>) -> Option<T> {
        result
            .map_err(|code| self.0.push(FieldError { field, code }))
            .ok()
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, Vec<FieldError>> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self.0),
        }
    }
}

/// The card fields as typed. Its `Debug` never prints the number or security code.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct CardForm {
    pub number: String,
    pub expiry: String,
    pub cvc: String,
    pub holder: String,
}

impl fmt::Debug for CardForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CardForm")
            .field("number", &"[redacted]")
            .field("expiry", &self.expiry)
            .field("cvc", &"[redacted]")
            .field("holder", &self.holder)
            .finish()
    }
}

/// The longest card holder name accepted (the vault's limit).
pub const MAX_HOLDER_LEN: usize = 100;

/// Validates the **Payment information** section for a card of an `accepted` brand, as of
/// `today`; on success, the request for the tokenization endpoint. The security code is
/// checked against the detected brand (4 digits for Amex), or 3 digits when the number
/// itself was refused.
pub fn validate_card_form(
    form: &CardForm,
    accepted: &[CardBrand],
    today: NaiveDate,
) -> Result<CardTokenRequest, Vec<FieldError>> {
    let mut errors = Errors::default();
    let number = errors.check(
        field::CARD_NUMBER,
        card::validate_number(&form.number, accepted),
    );
    let brand = number.as_ref().map_or_else(
        || CardBrand::detect(&card::normalize_number(&form.number).unwrap_or_default()),
        |(_, brand)| *brand,
    );
    let expiry = errors.check(field::CARD_EXPIRY, Expiry::parse(&form.expiry, today));
    let cvc = errors.check(field::CARD_CVC, card::validate_cvc(&form.cvc, brand));
    let holder = errors.check(field::CARD_HOLDER, validate_holder(&form.holder));
    let request = (|| {
        Some(CardTokenRequest {
            number: number?.0,
            exp_month: expiry?.month,
            exp_year: expiry?.year,
            cvc: cvc?,
            holder: holder?,
        })
    })();
    errors.finish(request)
}

/// The card holder's name, trimmed, as the card form and a new payment method take it.
pub fn validate_holder(holder: &str) -> Result<String, FieldCode> {
    text_field(holder, true, MAX_HOLDER_LEN)
}

/// Field length limits of an address, generous enough for any country's addresses.
const MAX_NAME_LEN: usize = 100;
const MAX_LINE_LEN: usize = 200;
const MAX_CITY_LEN: usize = 100;
const MAX_EMAIL_LEN: usize = 254;
const MAX_PHONE_LEN: usize = 32;

/// Validates a **Billing address**; on success, the address in canonical form (trimmed,
/// country, state and postal code upper-cased and formatted as printed).
pub fn validate_billing_address(address: &Address) -> Result<Address, Vec<FieldError>> {
    let mut errors = Errors::default();
    let country = address.country.trim().to_ascii_uppercase();
    let country_known = address::is_country(&country);
    let country = errors.check(
        field::COUNTRY,
        match country.as_str() {
            "" => Err(FieldCode::Required),
            _ if !country_known => Err(FieldCode::CountryUnknown),
            _ => Ok(country),
        },
    );
    let mut text =
        |field, value: &str, required, max| errors.check(field, text_field(value, required, max));
    let first_name = text(field::FIRST_NAME, &address.first_name, true, MAX_NAME_LEN);
    let last_name = text(field::LAST_NAME, &address.last_name, true, MAX_NAME_LEN);
    let company = text(field::COMPANY, &address.company, false, MAX_NAME_LEN);
    let line1 = text(field::LINE1, &address.line1, true, MAX_LINE_LEN);
    let line2 = text(field::LINE2, &address.line2, false, MAX_LINE_LEN);
    let city = text(field::CITY, &address.city, true, MAX_CITY_LEN);
    // Country-specific rules only make sense once the country is known.
    let (state, postal_code) = match &country {
        Some(country) => (
            errors.check(field::STATE, state_field(country, &address.state)),
            errors.check(
                field::POSTAL_CODE,
                address::canonical_postal_code(country, &address.postal_code),
            ),
        ),
        None => (None, None),
    };
    let phone = errors.check(field::PHONE, phone_field(&address.phone));
    let email = errors.check(field::EMAIL, email_field(&address.email));
    let canonical = (|| {
        Some(Address {
            first_name: first_name?,
            last_name: last_name?,
            company: company?,
            line1: line1?,
            line2: line2?,
            city: city?,
            state: state?,
            postal_code: postal_code?,
            country: country?,
            phone: phone?,
            email: email?,
        })
    })();
    errors.finish(canonical)
}

/// Trimmed free text: required or not, at most `max` characters, no control characters
/// and no invisible ones (anywhere, even where trimming would drop them).
fn text_field(value: &str, required: bool, max: usize) -> Result<String, FieldCode> {
    visible(value)?;
    let value = value.trim();
    if required && value.is_empty() {
        Err(FieldCode::Required)
    } else if value.chars().count() > max {
        Err(FieldCode::TooLong)
    } else if value.chars().any(char::is_control) {
        Err(FieldCode::InvalidCharacters)
    } else {
        Ok(value.to_string())
    }
}

/// Refuses text holding a character that changes how it is shown while unseen itself.
pub(crate) fn visible(value: &str) -> Result<(), FieldCode> {
    match value.chars().any(text::is_invisible_control) {
        true => Err(FieldCode::InvisibleCharacters),
        false => Ok(()),
    }
}

fn state_field(country: &str, state: &str) -> Result<String, FieldCode> {
    text_field(state, false, MAX_NAME_LEN)?;
    address::canonical_state(country, state)
}

/// Optional; when given, digits with the usual punctuation and at least five digits.
fn phone_field(phone: &str) -> Result<String, FieldCode> {
    visible(phone)?;
    let phone = text::folded(phone);
    let allowed = |c: char| c.is_ascii_digit() || " +-().".contains(c);
    if phone.is_empty() {
        Ok(phone)
    } else if phone.chars().count() > MAX_PHONE_LEN {
        Err(FieldCode::TooLong)
    } else if !phone.chars().all(allowed) || phone.chars().filter(char::is_ascii_digit).count() < 5
    {
        Err(FieldCode::PhoneFormat)
    } else {
        Ok(phone)
    }
}

/// Optional; when given, the shape `local@domain.tld` without spaces. Deliverability is
/// the server's concern, as the validation email proves the address.
fn email_field(email: &str) -> Result<String, FieldCode> {
    visible(email)?;
    let email = email.trim();
    if email.is_empty() {
        return Ok(String::new());
    }
    if email.chars().count() > MAX_EMAIL_LEN {
        return Err(FieldCode::TooLong);
    }
    let shaped = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain
                .split_once('.')
                .is_some_and(|(name, tld)| !name.is_empty() && !tld.is_empty())
            && !domain.ends_with('.')
    }) && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if shaped {
        Ok(email.to_string())
    } else {
        Err(FieldCode::EmailFormat)
    }
}
