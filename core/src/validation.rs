//! Validation of each form, returning every field error at once as the stable codes of
//! [`crate::fields`]. Nothing here is user text.

use std::fmt;

use chrono::NaiveDate;

use crate::address::{self, Address};
use crate::card::{self, CardBrand, Expiry};
use crate::contract::CardTokenRequest;
use crate::fields::{self, field, FieldCode, FieldError};
use crate::text;

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
    fields::visible(value)?;
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

fn state_field(country: &str, state: &str) -> Result<String, FieldCode> {
    text_field(state, false, MAX_NAME_LEN)?;
    address::canonical_state(country, state)
}

/// Optional; when given, digits with the usual punctuation and at least five digits.
fn phone_field(phone: &str) -> Result<String, FieldCode> {
    fields::visible(phone)?;
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
pub fn email_field(email: &str) -> Result<String, FieldCode> {
    fields::visible(email)?;
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
