//! Tax IDs: the registration number a business customer's invoices carry, checked and kept
//! in one form per issuing country, so that the app, the demo and the server accept and
//! store the same thing.
//!
//! Each supported country has one row in `RULES`: the prefix its numbers are written
//! with, the shapes they come in, and the check digit its issuer publishes. A country
//! without a row takes free text. Passing means well-formed, not registered: only the
//! issuer's register (VIES, HMRC, the UID register…) knows whether a number is in use.
//!
//! The form kept ([`check`]'s answer) is the identifier as its issuer defines it, without
//! the spaces, dots and dashes people type, upper-case:
//! - EU VAT numbers and GB VAT numbers with their VAT prefix, which is part of the
//!   identifier (`DE136695976`, `EL094259216` for Greece, `GB980780684`, `GBGD001`);
//! - the Swiss UID with its `CHE`, which is part of the UID (`CHE109322551`); the `MWST`,
//!   `TVA`, `IVA` or `TPV` that marks a UID registered for VAT is dropped, as whether a
//!   customer is registered is not something the number's shape can tell;
//! - the bare digits of the numbers that carry no prefix of their own, the country being
//!   kept beside them: the Norwegian organisation number (`988077917`, a typed `NO` and
//!   `MVA` dropped for the same reason as Switzerland's `MWST`), the Australian ABN
//!   (`51824753556`), the Korean business registration number (`1248100998`) and the
//!   Taiwanese unified business number (`22099131`);
//! - anything else trimmed, as typed.

use serde::{Deserialize, Serialize};

use crate::address;
use crate::card::luhn_valid;
use crate::fields::{self, field, FieldCode};
use crate::text;

/// A tax registration number and the country (ISO 3166-1 alpha-2, as in
/// `address::COUNTRIES`) that issued it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaxId {
    pub country: String,
    pub value: String,
}

/// Which rule a country's tax IDs follow (for the form's hint: what the number looks like).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// A VAT number of an EU member state, each by its own pattern and check digit.
    EuVat,
    /// A UK VAT registration number.
    Gb,
    /// The Swiss business identification number (UID).
    Ch,
    /// The Norwegian organisation number.
    No,
    /// The Australian Business Number.
    Au,
    /// The Korean business registration number (사업자등록번호).
    Kr,
    /// The Taiwanese unified business number (統一編號).
    Tw,
    /// No known rule: free text.
    Other,
}

/// The longest tax ID accepted, as typed: the longest kept number has 14 characters, and
/// room is left for the spaces people type and for other countries' free text.
pub const MAX_LEN: usize = 32;

/// One country's tax IDs.
struct Rule {
    country: &'static str,
    scheme: Scheme,
    /// Written before the number as kept, typed or not (`DE`, `EL` for Greece, `CHE`).
    prefix: &'static str,
    /// Also taken before the number, and dropped (`GR` for Greece, `NO` for Norway).
    typed_prefixes: &'static [&'static str],
    /// Taken after the number, and dropped: the VAT marks of Switzerland and Norway.
    suffixes: &'static [&'static str],
    /// The shapes of the number without prefix: `#` a digit, `@` a letter, `?` either;
    /// any other character stands for itself.
    shapes: &'static [&'static str],
    /// The issuer's check digit, over a number of one of the shapes.
    check: fn(&str) -> Result<(), FieldCode>,
    /// What a number looks like, for the form's hint: a shape, not a valid number.
    example: &'static str,
}

/// A row of `RULES`: an EU member state's VAT number, unless `.scheme` says otherwise;
/// written with its prefix, typed with it or without.
const fn rule(
    country: &'static str,
    prefix: &'static str,
    shapes: &'static [&'static str],
    check: fn(&str) -> Result<(), FieldCode>,
    example: &'static str,
) -> Rule {
    Rule {
        country,
        scheme: Scheme::EuVat,
        prefix,
        typed_prefixes: &[],
        suffixes: &[],
        shapes,
        check,
        example,
    }
}

impl Rule {
    const fn scheme(self, scheme: Scheme) -> Rule {
        Rule { scheme, ..self }
    }

    const fn also_typed(self, typed_prefixes: &'static [&'static str]) -> Rule {
        Rule {
            typed_prefixes,
            ..self
        }
    }

    const fn dropping(self, suffixes: &'static [&'static str]) -> Rule {
        Rule { suffixes, ..self }
    }
}

/// Romania's numbers have 2 to 10 digits.
const RO_SHAPES: [&str; 9] = [
    "##",
    "###",
    "####",
    "#####",
    "######",
    "#######",
    "########",
    "#########",
    "##########",
];

/// The EU's shapes are the VIES formats (the European Commission's "VAT identification
/// number structure"); the others are their issuers'.
const RULES: &[Rule] = &[
    rule("AT", "AT", &["U########"], at, "ATU12345678"),
    rule(
        "BE",
        "BE",
        &["0#########", "1#########"],
        be,
        "BE0123456789",
    ),
    rule("BG", "BG", &["#########", "##########"], bg, "BG123456789"),
    rule("CY", "CY", &["########@"], cy, "CY12345678X"),
    rule(
        "CZ",
        "CZ",
        &["########", "#########", "##########"],
        cz,
        "CZ12345678",
    ),
    rule("DE", "DE", &["#########"], mod_11_10, "DE123456789"),
    rule("DK", "DK", &["########"], dk, "DK12345678"),
    rule("EE", "EE", &["#########"], ee, "EE123456789"),
    rule("GR", "EL", &["#########"], el, "EL123456789").also_typed(&["GR"]),
    rule("ES", "ES", &["@#######?", "########@"], es, "ESB12345678"),
    rule("FI", "FI", &["########"], fi, "FI12345678"),
    rule("FR", "FR", &["??#########"], fr, "FR12345678901"),
    rule("HR", "HR", &["###########"], mod_11_10, "HR12345678901"),
    rule("HU", "HU", &["########"], hu, "HU12345678"),
    rule("IE", "IE", &IE_SHAPES, ie, "IE1234567T"),
    rule("IT", "IT", &["###########"], it, "IT12345678901"),
    rule(
        "LT",
        "LT",
        &["#########", "############"],
        lt,
        "LT123456789",
    ),
    rule("LU", "LU", &["########"], lu, "LU12345678"),
    rule("LV", "LV", &["###########"], lv, "LV12345678901"),
    rule("MT", "MT", &["########"], mt, "MT12345678"),
    rule("NL", "NL", &["#########B##"], nl, "NL123456789B01"),
    rule("PL", "PL", &["##########"], pl, "PL1234567890"),
    rule("PT", "PT", &["#########"], pt, "PT123456789"),
    rule("RO", "RO", &RO_SHAPES, ro, "RO12345678"),
    rule("SE", "SE", &["##########01"], se, "SE123456789001"),
    rule("SI", "SI", &["########"], si, "SI12345678"),
    rule("SK", "SK", &["##########"], sk, "SK1234567890"),
    rule(
        "GB",
        "GB",
        &["#########", "############", "GD###", "HA###"],
        gb,
        "GB123456789",
    )
    .scheme(Scheme::Gb),
    rule("CH", "CHE", &["#########"], ch, "CHE-123.456.789")
        .scheme(Scheme::Ch)
        .dropping(&["MWST", "TVA", "IVA", "TPV"]),
    rule("NO", "", &["#########"], no, "123 456 789")
        .scheme(Scheme::No)
        .also_typed(&["NO"])
        .dropping(&["MVA"]),
    rule("AU", "", &["###########"], au, "12 345 678 901").scheme(Scheme::Au),
    rule("KR", "", &["##########"], kr, "123-45-67890").scheme(Scheme::Kr),
    rule("TW", "", &["########"], tw, "12345678").scheme(Scheme::Tw),
];

/// Ireland's: seven digits and a check letter, and since 2013 a second letter; or the old
/// form, whose second character is a letter, `+` or `*`.
const IE_SHAPES: [&str; 5] = ["#######@", "#######@@", "#@#####@", "#+#####@", "#*#####@"];

fn find(country: &str) -> Option<&'static Rule> {
    let country = country.trim();
    RULES
        .iter()
        .find(|r| r.country.eq_ignore_ascii_case(country))
}

/// The rule `country`'s tax IDs follow.
pub fn scheme(country: &str) -> Scheme {
    find(country).map_or(Scheme::Other, |r| r.scheme)
}

/// What `country`'s tax IDs look like (`DE123456789`, `CHE-123.456.789`), for the form's
/// hint; a shape with made-up digits, not a valid number. `None` where any text is taken.
pub fn example(country: &str) -> Option<&'static str> {
    find(country).map(|r| r.example)
}

/// The field a refusal from [`check`] belongs to: the country's, or the number's.
pub fn field_of(code: FieldCode) -> &'static str {
    match code {
        FieldCode::CountryUnknown => field::TAX_ID_COUNTRY,
        _ => field::TAX_ID,
    }
}

/// The tax ID as it is kept (see the module's documentation for each country's form), or
/// why it is refused: `CountryUnknown`; then, for the number, `InvisibleCharacters`,
/// `Required`, `TooLong`, `InvalidCharacters`, `TaxIdFormat` (not a shape the country
/// issues, or written with another country's prefix) or `TaxIdChecksum` (a typo).
pub fn check(tax_id: &TaxId) -> Result<TaxId, FieldCode> {
    let country = tax_id.country.trim().to_ascii_uppercase();
    if !address::is_country(&country) {
        return Err(FieldCode::CountryUnknown);
    }
    fields::visible(&tax_id.value)?;
    let typed = text::folded(&tax_id.value);
    if typed.is_empty() {
        return Err(FieldCode::Required);
    }
    if typed.chars().count() > MAX_LEN {
        return Err(FieldCode::TooLong);
    }
    let value = match find(&country) {
        Some(rule) => number(rule, &compact(&typed)?)?,
        None => free_text(typed)?,
    };
    Ok(TaxId { country, value })
}

/// Where no rule is known: letters, digits, spaces and `-./`, as typed.
fn free_text(typed: String) -> Result<String, FieldCode> {
    let allowed = |c: char| c.is_alphanumeric() || " -./".contains(c);
    match typed.chars().all(allowed) {
        true => Ok(typed),
        false => Err(FieldCode::InvalidCharacters),
    }
}

/// The typed number upper-case without the separators people type (spaces, dots, dashes,
/// slashes). Ireland's old numbers hold `+` or `*`; nothing else but ASCII letters and
/// digits belongs in one.
fn compact(typed: &str) -> Result<String, FieldCode> {
    let compact: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{A0}' | '.' | '-' | '/'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    match compact
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '*')
    {
        true => Ok(compact),
        false => Err(FieldCode::InvalidCharacters),
    }
}

/// The number by `rule`, its prefix written as the rule writes it. A number starting with
/// the country's own prefix is read without it; one starting with another country's is
/// refused rather than read as a number of this one (only a French number could begin
/// with two letters, and a German number under the wrong country is far more likely).
fn number(rule: &Rule, compact: &str) -> Result<String, FieldCode> {
    let own = std::iter::once(rule.prefix)
        .chain(rule.typed_prefixes.iter().copied())
        .filter(|p| !p.is_empty())
        .find_map(|p| compact.strip_prefix(p));
    let body = match own {
        Some(body) => body,
        None if foreign_prefix(rule, compact) => return Err(FieldCode::TaxIdFormat),
        None => compact,
    };
    let body = rule
        .suffixes
        .iter()
        .find_map(|s| body.strip_suffix(s))
        .unwrap_or(body);
    if !rule.shapes.iter().any(|shape| fits(body, shape)) {
        return Err(FieldCode::TaxIdFormat);
    }
    (rule.check)(body)?;
    Ok(format!("{}{body}", rule.prefix))
}

fn foreign_prefix(rule: &Rule, compact: &str) -> bool {
    RULES
        .iter()
        .filter(|other| other.country != rule.country)
        .flat_map(|other| std::iter::once(other.prefix).chain(other.typed_prefixes.iter().copied()))
        .any(|p| !p.is_empty() && compact.starts_with(p))
}

fn fits(body: &str, shape: &str) -> bool {
    body.len() == shape.len()
        && body.bytes().zip(shape.bytes()).all(|(b, s)| match s {
            b'#' => b.is_ascii_digit(),
            b'@' => b.is_ascii_uppercase(),
            b'?' => b.is_ascii_uppercase() || b.is_ascii_digit(),
            literal => b == literal,
        })
}

// The check digits. Each takes a number already of one of its rule's shapes, so digits
// are where the shape puts them; none indexes past the end even so.

fn verdict(valid: bool) -> Result<(), FieldCode> {
    match valid {
        true => Ok(()),
        false => Err(FieldCode::TaxIdChecksum),
    }
}

fn digit(b: u8) -> u32 {
    u32::from(b.wrapping_sub(b'0'))
}

fn digits(s: &str) -> impl DoubleEndedIterator<Item = u32> + '_ {
    s.bytes().map(digit)
}

/// The digits read as one number (at most 12 of them here).
fn value(s: &str) -> u64 {
    digits(s).fold(0, |n, d| n * 10 + u64::from(d))
}

fn weighted(s: &str, weights: &[u32]) -> u32 {
    digits(s).zip(weights).map(|(d, w)| d * w).sum()
}

/// The number split before its last `n` characters (the check digits).
fn check_split(s: &str, n: usize) -> (&str, &str) {
    s.split_at_checked(s.len().saturating_sub(n))
        .unwrap_or((s, ""))
}

/// The one check digit; none never matches.
fn check_digit(check: &str) -> u32 {
    digits(check).last().unwrap_or(u32::MAX)
}

/// The sum of the digits of a number below 100 (a doubled or weighted digit).
fn digit_sum(n: u32) -> u32 {
    n / 10 + n % 10
}

/// `11 − (weighted sum mod 11)`, mod 11: the common modulus-11 check digit. 10 has no
/// digit: such numbers are never issued, or their issuer writes 0.
fn mod_11(head: &str, weights: &[u32]) -> u32 {
    (11 - weighted(head, weights) % 11) % 11
}

/// Austria (UID): `U`, seven digits and a check digit over them, Luhn-like with 4 added.
fn at(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body.strip_prefix('U').unwrap_or(body), 1);
    let sum: u32 = digits(head)
        .enumerate()
        .map(|(i, d)| if i % 2 == 1 { digit_sum(2 * d) } else { d })
        .sum();
    verdict((10 - (sum + 4) % 10) % 10 == check_digit(check))
}

/// Belgium: the last two digits are 97 minus the first eight mod 97.
fn be(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 2);
    verdict(97 - value(head) % 97 == value(check))
}

/// Bulgaria: a company's nine digits are checked (weights 1–8 mod 11, or 3–10 where that
/// gives 10); the ten-digit numbers of people are taken as they are.
fn bg(body: &str) -> Result<(), FieldCode> {
    if body.len() != 9 {
        return Ok(());
    }
    let (head, check) = check_split(body, 1);
    let mut sum = weighted(head, &[1, 2, 3, 4, 5, 6, 7, 8]) % 11;
    if sum == 10 {
        sum = weighted(head, &[3, 4, 5, 6, 7, 8, 9, 10]) % 11;
    }
    verdict(sum % 10 == check_digit(check))
}

/// Cyprus: eight digits and a check letter.
fn cy(body: &str) -> Result<(), FieldCode> {
    const TRANSLATED: [u32; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    let (head, letter) = check_split(body, 1);
    let sum: u32 = digits(head)
        .enumerate()
        .map(|(i, d)| match i % 2 {
            0 => TRANSLATED.get(d as usize).copied().unwrap_or(0),
            _ => d,
        })
        .sum();
    verdict(letter.bytes().eq([b'A' + (sum % 26) as u8]))
}

/// Czechia: a company's eight digits are checked (mod 11, weights 8–2); the nine and
/// ten digits of people are birth numbers, taken as they are.
fn cz(body: &str) -> Result<(), FieldCode> {
    if body.len() != 8 {
        return Ok(());
    }
    let (head, check) = check_split(body, 1);
    let digit = match mod_11(head, &[8, 7, 6, 5, 4, 3, 2]) {
        0 => 1,
        d => d % 10,
    };
    verdict(digit == check_digit(check))
}

/// Germany, Croatia: ISO 7064 MOD 11,10.
fn mod_11_10(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    let product = digits(head).fold(10, |product, d| {
        let sum = match (d + product) % 10 {
            0 => 10,
            s => s,
        };
        2 * sum % 11
    });
    verdict((11 - product) % 10 == check_digit(check))
}

/// Denmark (CVR): weights 2, 7, 6, 5, 4, 3, 2, 1, mod 11.
fn dk(body: &str) -> Result<(), FieldCode> {
    verdict(weighted(body, &[2, 7, 6, 5, 4, 3, 2, 1]).is_multiple_of(11))
}

/// Estonia: weights 3, 7, 1, mod 10.
fn ee(body: &str) -> Result<(), FieldCode> {
    verdict(weighted(body, &[3, 7, 1, 3, 7, 1, 3, 7, 1]).is_multiple_of(10))
}

/// Greece: powers of two, mod 11, mod 10.
fn el(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    let sum = digits(head).fold(0, |sum, d| sum * 2 + d);
    verdict(sum * 2 % 11 % 10 == check_digit(check))
}

/// Spain (NIF): a resident's DNI (eight digits and a letter), a K/L/M number on the same
/// letter rule, a foreigner's NIE (X/Y/Z for 0/1/2), or a company's CIF (a letter of
/// its legal form, seven digits and a Luhn-like control, a digit or a letter).
fn es(body: &str) -> Result<(), FieldCode> {
    const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    const CIF_FORMS: &[u8] = b"ABCDEFGHJNPQRSUVW";
    let dni_letter = |n: u64| DNI_LETTERS.get((n % 23) as usize).copied();
    let (head, control) = check_split(body, 1);
    let control = control.bytes().next();
    let (first, middle) = head.split_at_checked(1).unwrap_or((head, ""));
    let expected = match first.bytes().next().unwrap_or(0) {
        b'0'..=b'9' => dni_letter(value(head)),
        b'K' | b'L' | b'M' => dni_letter(value(middle)),
        f @ b'X'..=b'Z' => dni_letter(u64::from(f - b'X') * 10_000_000 + value(middle)),
        f if CIF_FORMS.contains(&f) => {
            let sum: u32 = digits(middle)
                .enumerate()
                .map(|(i, d)| if i % 2 == 0 { digit_sum(2 * d) } else { d })
                .sum();
            let c = (10 - sum % 10) % 10;
            let letter = b"JABCDEFGHI".get(c as usize).copied();
            return verdict(control == Some(b'0' + c as u8) || control == letter);
        }
        _ => return Err(FieldCode::TaxIdFormat),
    };
    verdict(control == expected)
}

/// Finland: weights 7, 9, 10, 5, 8, 4, 2, 1, mod 11.
fn fi(body: &str) -> Result<(), FieldCode> {
    verdict(weighted(body, &[7, 9, 10, 5, 8, 4, 2, 1]).is_multiple_of(11))
}

/// France: a numeric key is (SIREN × 100 + 12) mod 97. The newer keys with a letter are
/// taken by shape: their rule is not one we could find published by the administration.
fn fr(body: &str) -> Result<(), FieldCode> {
    let (key, siren) = body.split_at_checked(2).unwrap_or((body, ""));
    match key.bytes().all(|b| b.is_ascii_digit()) {
        true => verdict(value(key) == (value(siren) * 100 + 12) % 97),
        false => Ok(()),
    }
}

/// Hungary: weights 9, 7, 3, 1, mod 10.
fn hu(body: &str) -> Result<(), FieldCode> {
    verdict(weighted(body, &[9, 7, 3, 1, 9, 7, 3, 1]).is_multiple_of(10))
}

/// Ireland: the check letter is the weighted sum (8–2, and 9 × a second letter's place)
/// mod 23, as a letter of `WABC…V`. An old number's digits are moved into the new order.
fn ie(body: &str) -> Result<(), FieldCode> {
    const LETTERS: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";
    let place = |b: u8| LETTERS.iter().position(|&l| l == b);
    let bytes = body.as_bytes();
    let old = bytes.get(1).is_some_and(|b| !b.is_ascii_digit());
    let seven = match old {
        true => format!(
            "0{}{}",
            body.get(2..7).unwrap_or(""),
            body.get(..1).unwrap_or("")
        ),
        false => body.get(..7).unwrap_or("").to_string(),
    };
    let second = match bytes.get(8) {
        Some(&b) => place(b).ok_or(FieldCode::TaxIdFormat)?,
        None => 0,
    };
    let sum = weighted(&seven, &[8, 7, 6, 5, 4, 3, 2]) as usize + 9 * second;
    verdict(bytes.get(7) == LETTERS.get(sum % 23))
}

/// Italy (partita IVA): Luhn over the eleven digits; the first seven are never all zero.
fn it(body: &str) -> Result<(), FieldCode> {
    match body.get(..7).is_some_and(|firm| value(firm) == 0) {
        true => Err(FieldCode::TaxIdFormat),
        false => verdict(luhn_valid(body)),
    }
}

/// Lithuania: weights 1–9, 1, 2… mod 11, or shifted by two where that gives 10.
fn lt(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    let sum = |shift: usize| -> u32 {
        digits(head)
            .enumerate()
            .map(|(i, d)| (1 + (i + shift) % 9) as u32 * d)
            .sum::<u32>()
            % 11
    };
    let digit = match sum(0) {
        10 => sum(2) % 10,
        s => s,
    };
    verdict(digit == check_digit(check))
}

/// Luxembourg: the last two digits are the first six mod 89.
fn lu(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 2);
    verdict(value(head) % 89 == value(check))
}

/// Latvia: a company's number (first digit above 3) has weighted sum 3 mod 11; the
/// numbers of people are personal codes, taken as they are.
fn lv(body: &str) -> Result<(), FieldCode> {
    match body.bytes().next() {
        Some(b'4'..=b'9') => verdict(weighted(body, &[9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3),
        _ => Ok(()),
    }
}

/// Malta: weights 3, 4, 6, 7, 8, 9, 10, 1, mod 37.
fn mt(body: &str) -> Result<(), FieldCode> {
    verdict(weighted(body, &[3, 4, 6, 7, 8, 9, 10, 1]).is_multiple_of(37))
}

/// The Netherlands: the nine digits pass the "11-proof" (weights 9–2 and −1) of the RSIN
/// or BSN they were made from, or — for the numbers given since 2020 — `NL` and the whole
/// number, letters as 10–35, are 1 mod 97 (ISO 7064 MOD 97-10).
fn nl(body: &str) -> Result<(), FieldCode> {
    let (nine, _) = body.split_at_checked(9).unwrap_or((body, ""));
    let (eight, ninth) = check_split(nine, 1);
    let eleven_proof =
        (weighted(eight, &[9, 8, 7, 6, 5, 4, 3, 2]) + 10 * check_digit(ninth)).is_multiple_of(11);
    let mod_97 = "NL"
        .chars()
        .chain(body.chars())
        .fold(0, |rest, c| match c.to_digit(36) {
            Some(v) if v >= 10 => (rest * 100 + v) % 97,
            Some(v) => (rest * 10 + v) % 97,
            None => rest,
        });
    verdict(eleven_proof || mod_97 == 1)
}

/// Poland (NIP): weights 6, 5, 7, 2, 3, 4, 5, 6, 7, mod 11, is the last digit.
fn pl(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    verdict(weighted(head, &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 == check_digit(check))
}

/// Portugal (NIF): mod 11 with weights 9–2, where 10 is written 0.
fn pt(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    verdict(mod_11(head, &[9, 8, 7, 6, 5, 4, 3, 2]) % 10 == check_digit(check))
}

/// Romania (CIF): no leading zero; the digits before the check, right-aligned under the
/// weights 7, 5, 3, 2, 1, 7, 5, 3, 2, summed, times 10 mod 11 mod 10.
fn ro(body: &str) -> Result<(), FieldCode> {
    if body.starts_with('0') {
        return Err(FieldCode::TaxIdFormat);
    }
    let (head, check) = check_split(body, 1);
    let sum: u32 = digits(head)
        .rev()
        .zip([2, 3, 5, 7, 1, 2, 3, 5, 7])
        .map(|(d, w)| d * w)
        .sum();
    verdict(sum * 10 % 11 % 10 == check_digit(check))
}

/// Sweden: the organisation number (Luhn) and `01`.
fn se(body: &str) -> Result<(), FieldCode> {
    verdict(body.get(..10).is_some_and(luhn_valid))
}

/// Slovenia: mod 11 with weights 8–2, where 10 is written 0 and 11 is never issued.
fn si(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    let digit = match 11 - weighted(head, &[8, 7, 6, 5, 4, 3, 2]) % 11 {
        10 => 0,
        d => d,
    };
    verdict(digit == check_digit(check))
}

/// Slovakia: the whole number is divisible by 11.
fn sk(body: &str) -> Result<(), FieldCode> {
    verdict(value(body).is_multiple_of(11))
}

/// United Kingdom (HMRC): the first seven digits weighted 8–2 plus the two check digits
/// are 0 mod 97, or — for the series restarted at 100 0000 00 in 2009, the "9755" rule —
/// 42 mod 97 (55 more is 0). A branch's three trailing digits are not checked. The
/// government departments' `GD` numbers run 000–499, the health authorities' `HA`
/// 500–999; in their EU-compatible form `888 8xxx yy`, `yy` is `xxx` mod 97.
fn gb(body: &str) -> Result<(), FieldCode> {
    let (kind, serial) = body.split_at_checked(2).unwrap_or((body, ""));
    match kind {
        "GD" if value(serial) < 500 => return Ok(()),
        "HA" if value(serial) >= 500 => return Ok(()),
        "GD" | "HA" => return Err(FieldCode::TaxIdFormat),
        _ => {}
    }
    let (nine, _branch) = body.split_at_checked(9).unwrap_or((body, ""));
    let (head, check) = check_split(nine, 2);
    if let Some(eu_form) = nine.strip_prefix("8888") {
        let (serial, check) = check_split(eu_form, 2);
        if value(serial) % 97 == value(check) {
            return Ok(());
        }
    }
    let sum = u64::from(weighted(head, &[8, 7, 6, 5, 4, 3, 2])) + value(check);
    let restarted = nine.get(..3).is_some_and(|series| value(series) >= 100);
    let rest = sum % 97;
    verdict(rest == 0 || (restarted && rest == 42))
}

/// Switzerland (UID, Federal Statistical Office): mod 11 with weights 5, 4, 3, 2, 7, 6, 5,
/// 4; a UID whose check would be 10 is never given.
fn ch(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    verdict(mod_11(head, &[5, 4, 3, 2, 7, 6, 5, 4]) == check_digit(check))
}

/// Norway (Brønnøysund): mod 11 with weights 3, 2, 7, 6, 5, 4, 3, 2; a number whose check
/// would be 10 is never given.
fn no(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    verdict(mod_11(head, &[3, 2, 7, 6, 5, 4, 3, 2]) == check_digit(check))
}

/// Australia (ABN, the ATO's rule): one subtracted from the first digit, the digits
/// weighted 10, 1, 3, 5 … 19, the sum divisible by 89.
fn au(body: &str) -> Result<(), FieldCode> {
    let (first, rest) = body.split_at_checked(1).unwrap_or((body, ""));
    let sum = match check_digit(first) {
        0 => return verdict(false),
        f => (f - 1) * 10 + weighted(rest, &[1, 3, 5, 7, 9, 11, 13, 15, 17, 19]),
    };
    verdict(sum.is_multiple_of(89))
}

/// Korea: the last digit "checks for any errors in the first nine" (Korea's TIN notes to
/// the OECD); by the rule Korean developers publish, the digits weighted 1, 3, 7, 1, 3, 7,
/// 1, 3, 5, plus the tens of the ninth digit × 5, and the check digit make a multiple of 10.
fn kr(body: &str) -> Result<(), FieldCode> {
    let (head, check) = check_split(body, 1);
    let ninth = digits(head).last().unwrap_or(0);
    let sum = weighted(head, &[1, 3, 7, 1, 3, 7, 1, 3, 5]) + ninth * 5 / 10;
    verdict((10 - sum % 10) % 10 == check_digit(check))
}

/// Taiwan (Ministry of Finance): the digits weighted 1, 2, 1, 2, 1, 2, 4, 1, each product's
/// digits summed; the total is divisible by 5. It was 10 until the Ministry's
/// 營利事業統一編號檢查碼邏輯修正說明 (in force 1 April 2023, when the old numbers ran short)
/// made it 5; the new rule accepts every old number. Where the seventh digit is 7, its
/// product 28 (2 + 8 = 10) counts as 1 or as 0, so the total plus one may be divisible
/// instead.
fn tw(body: &str) -> Result<(), FieldCode> {
    let total: u32 = digits(body)
        .zip([1, 2, 1, 2, 1, 2, 4, 1])
        .map(|(d, w)| digit_sum(d * w))
        .sum();
    let seventh_is_7 = body.as_bytes().get(6) == Some(&b'7');
    verdict(total.is_multiple_of(5) || (seventh_is_7 && (total + 1).is_multiple_of(5)))
}
