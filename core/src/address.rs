//! Billing addresses, each country's rules for them, and the company record that can fill one.

use serde::{Deserialize, Serialize};

use crate::fields::{self, FieldCode};
use crate::text;

/// A billing address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Address {
    pub first_name: String,
    pub last_name: String,
    #[serde(default)]
    pub company: String,
    pub line1: String,
    #[serde(default)]
    pub line2: String,
    pub city: String,
    /// State, province or region; required for US, CA and AU.
    #[serde(default)]
    pub state: String,
    pub postal_code: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
}

impl Address {
    /// **Use company information**: a billing address made from the account's company record.
    pub fn from_company(company: &Address) -> Address {
        Address::default().with_company_information(company)
    }

    /// This address with every field the company record has filled in from it. A field the
    /// record leaves empty (typically the person's names) keeps what the customer typed.
    pub fn with_company_information(&self, company: &Address) -> Address {
        let pick = |own: &String, theirs: &String| {
            if theirs.trim().is_empty() {
                own.clone()
            } else {
                theirs.trim().to_string()
            }
        };
        Address {
            first_name: pick(&self.first_name, &company.first_name),
            last_name: pick(&self.last_name, &company.last_name),
            company: pick(&self.company, &company.company),
            line1: pick(&self.line1, &company.line1),
            line2: pick(&self.line2, &company.line2),
            city: pick(&self.city, &company.city),
            state: pick(&self.state, &company.state),
            postal_code: pick(&self.postal_code, &company.postal_code),
            country: pick(&self.country, &company.country),
            phone: pick(&self.phone, &company.phone),
            email: pick(&self.email, &company.email),
        }
    }
}

/// ISO 3166-1 alpha-2 codes, plus `XK` (Kosovo, user-assigned but used by card networks).
pub const COUNTRIES: [&str; 250] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Countries where addresses carry no postal code, so none is required.
const NO_POSTAL_CODE: [&str; 58] = [
    "AE", "AG", "AO", "AW", "BF", "BI", "BJ", "BO", "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK",
    "CM", "DJ", "DM", "ER", "FJ", "GA", "GD", "GH", "GM", "GQ", "GY", "HK", "KI", "KM", "KN", "KP",
    "ML", "MO", "MR", "MW", "NR", "NU", "QA", "RW", "SB", "SC", "SL", "SR", "SS", "ST", "SY", "TD",
    "TG", "TK", "TL", "TO", "TT", "TV", "UG", "VU", "YE", "ZW",
];

/// US states, the District of Columbia, inhabited territories and the armed forces codes.
const US_STATES: [&str; 59] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI", "AA", "AE", "AP",
];

const CA_PROVINCES: [&str; 13] = [
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];

const AU_STATES: [&str; 8] = ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"];

/// The longest postal code accepted where no format is known.
pub const MAX_POSTAL_CODE_LEN: usize = 16;

/// Whether `country` (upper-case alpha-2) is a known country code.
pub fn is_country(country: &str) -> bool {
    COUNTRIES.contains(&country)
}

/// The state or province codes of a country whose addresses require one (US, CA, AU).
pub fn subdivisions(country: &str) -> Option<&'static [&'static str]> {
    match country {
        "US" => Some(&US_STATES),
        "CA" => Some(&CA_PROVINCES),
        "AU" => Some(&AU_STATES),
        _ => None,
    }
}

pub fn requires_postal_code(country: &str) -> bool {
    !NO_POSTAL_CODE.contains(&country)
}

/// The state as stored (an upper-case code for US, CA and AU; trimmed text elsewhere).
pub fn canonical_state(country: &str, input: &str) -> Result<String, FieldCode> {
    let state = text::folded(input);
    match subdivisions(country) {
        Some(_) if state.is_empty() => Err(FieldCode::StateRequired),
        Some(codes) => {
            let code = state.to_ascii_uppercase();
            if codes.contains(&code.as_str()) {
                Ok(code)
            } else {
                Err(FieldCode::StateUnknown)
            }
        }
        None => Ok(input.trim().to_string()),
    }
}

/// The postal code in its printed form (`K1A 0B1`, `SW1A 1AA`, `100-0001`, `12345-6789`),
/// or why it does not fit the country's format. Case, surrounding spaces and full-width
/// digits are forgiven.
pub fn canonical_postal_code(country: &str, input: &str) -> Result<String, FieldCode> {
    fields::visible(input)?;
    let code = text::folded(input).to_ascii_uppercase();
    if code.is_empty() {
        return if requires_postal_code(country) {
            Err(FieldCode::Required)
        } else {
            Ok(code)
        };
    }
    let canonical = match country {
        "US" => us_zip(&code),
        "CA" => canadian(&code),
        "GB" => uk_postcode(&code),
        "FR" | "DE" | "KR" => digits_of_len(&code, &[5]),
        "TW" => digits_of_len(&code, &[3, 5, 6]),
        "JP" => japanese(&code),
        "AU" => digits_of_len(&code, &[4]),
        _ if code.chars().count() > MAX_POSTAL_CODE_LEN => return Err(FieldCode::TooLong),
        _ if code.chars().any(char::is_control) => return Err(FieldCode::InvalidCharacters),
        _ => Some(code),
    };
    canonical.ok_or(FieldCode::PostalCodeFormat)
}

fn is_digits(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_digit())
}

fn digits_of_len(code: &str, lens: &[usize]) -> Option<String> {
    lens.iter()
        .any(|&len| is_digits(code, len))
        .then(|| code.to_string())
}

/// `12345`, `12345-6789` (also typed without the hyphen).
fn us_zip(code: &str) -> Option<String> {
    let (zip, plus4) = match code.split_once('-') {
        Some((zip, plus4)) => (zip, Some(plus4)),
        None if code.len() == 9 && code.is_ascii() => (&code[..5], Some(&code[5..])),
        None => (code, None),
    };
    match plus4 {
        _ if !is_digits(zip, 5) => None,
        None => Some(zip.to_string()),
        Some(plus4) => is_digits(plus4, 4).then(|| format!("{zip}-{plus4}")),
    }
}

/// `A1A 1A1`. No D, F, I, O, Q or U anywhere; no W or Z in first place.
fn canadian(code: &str) -> Option<String> {
    let compact: Vec<u8> = without_one_space(code)?.bytes().collect();
    let letter = |b: u8, first: bool| {
        b.is_ascii_uppercase() && !b"DFIOQU".contains(&b) && !(first && (b == b'W' || b == b'Z'))
    };
    let ok = compact.len() == 6
        && compact.iter().enumerate().all(|(i, &b)| {
            if i % 2 == 0 {
                letter(b, i == 0)
            } else {
                b.is_ascii_digit()
            }
        });
    ok.then(|| {
        let (fsa, ldu) = compact.split_at(3);
        format!("{} {}", ascii(fsa), ascii(ldu))
    })
}

/// The UK postcode: an outward code of the forms A9, A99, AA9, AA99, A9A or AA9A, then an
/// inward code 9AA, optionally separated by one space; and the special GIR 0AA.
fn uk_postcode(code: &str) -> Option<String> {
    let compact = without_one_space(code)?;
    if !compact.is_ascii() || !(5..=7).contains(&compact.len()) {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let valid = (outward == "GIR" && inward == "0AA")
        || (uk_inward(inward.as_bytes()) && uk_outward(outward.as_bytes()));
    valid.then(|| format!("{outward} {inward}"))
}

fn uk_inward(inward: &[u8]) -> bool {
    matches!(inward, [d, a, b] if d.is_ascii_digit()
        && [a, b].iter().all(|c| c.is_ascii_uppercase() && !b"CIKMOV".contains(c)))
}

fn uk_outward(outward: &[u8]) -> bool {
    let area1 = |c: &u8| c.is_ascii_uppercase() && !b"QVX".contains(c);
    let area2 = |c: &u8| c.is_ascii_uppercase() && !b"IJZ".contains(c);
    let digit = |c: &u8| c.is_ascii_digit();
    match outward {
        [a, d] => area1(a) && digit(d),
        [a, d, e] if digit(d) => area1(a) && (digit(e) || b"ABCDEFGHJKPSTUW".contains(e)),
        [a, b, d] => area1(a) && area2(b) && digit(d),
        [a, b, d, e] => {
            area1(a) && area2(b) && digit(d) && (digit(e) || b"ABEHMNPRVWXY".contains(e))
        }
        _ => false,
    }
}

/// `123-4567` (also typed without the hyphen).
fn japanese(code: &str) -> Option<String> {
    let (head, tail) = match code.split_once('-') {
        Some(parts) => parts,
        None if code.len() == 7 && code.is_ascii() => code.split_at(3),
        None => return None,
    };
    (is_digits(head, 3) && is_digits(tail, 4)).then(|| format!("{head}-{tail}"))
}

/// The code with at most one inner space removed; `None` for more spaces than that.
fn without_one_space(code: &str) -> Option<String> {
    match code.split(' ').collect::<Vec<_>>().as_slice() {
        [whole] => Some(whole.to_string()),
        [a, b] if !a.is_empty() && !b.is_empty() => Some(format!("{a}{b}")),
        _ => None,
    }
}

fn ascii(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}
