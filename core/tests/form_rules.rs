//! Addresses per country, and each form's validation returning every field error at once.

use std::str::FromStr;

use billing_core::address::{
    canonical_postal_code, canonical_state, is_country, requires_postal_code, subdivisions,
    Address, COUNTRIES,
};
use billing_core::card::CardBrand;
use billing_core::contract::{ErrorBody, ErrorCode, ErrorEnvelope};
use billing_core::fields::{error_fields, field, FieldCode, FieldError};
use billing_core::money::NumberStyle;
use billing_core::money::{parse_amount, Currency, Money};
use billing_core::validation::{validate_billing_address, validate_card_form, CardForm};
use chrono::NaiveDate;
use rust_decimal::Decimal;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 15).expect("date")
}

fn postal(country: &str, code: &str) -> Result<String, FieldCode> {
    canonical_postal_code(country, code)
}

#[test]
fn postal_codes_in_each_countrys_format() {
    let accepted = [
        ("US", "12345", "12345"),
        ("US", "12345-6789", "12345-6789"),
        ("US", "123456789", "12345-6789"),
        ("CA", "K1A 0B1", "K1A 0B1"),
        ("CA", "k1a0b1", "K1A 0B1"),
        ("CA", "T2X 1V4", "T2X 1V4"),
        ("GB", "SW1A 1AA", "SW1A 1AA"),
        ("GB", "sw1a1aa", "SW1A 1AA"),
        ("GB", "M1 1AE", "M1 1AE"),
        ("GB", "B33 8TH", "B33 8TH"),
        ("GB", "CR2 6XH", "CR2 6XH"),
        ("GB", "DN55 1PT", "DN55 1PT"),
        ("GB", "W1A 0AX", "W1A 0AX"),
        ("GB", "EC1A 1BB", "EC1A 1BB"),
        ("GB", "GIR 0AA", "GIR 0AA"),
        ("FR", "75008", "75008"),
        ("DE", "10115", "10115"),
        ("KR", "03187", "03187"),
        ("TW", "100", "100"),
        ("TW", "10048", "10048"),
        ("TW", "100048", "100048"),
        ("TW", "１００", "100"),
        ("JP", "100-0001", "100-0001"),
        ("JP", "1000001", "100-0001"),
        ("JP", "１００－０００１", "100-0001"),
        ("AU", "2000", "2000"),
        ("SE", "114 55", "114 55"),
        ("NL", "1012 js", "1012 JS"),
        ("BR", "01310-100", "01310-100"),
    ];
    for (country, typed, canonical) in accepted {
        assert_eq!(
            postal(country, typed),
            Ok(canonical.to_string()),
            "{country} {typed}"
        );
    }
    let refused = [
        ("US", "1234"),
        ("US", "123456"),
        ("US", "12345-678"),
        ("US", "12345-"),
        ("US", "ABCDE"),
        ("CA", "W1A 0B1"),
        ("CA", "Z1A 0B1"),
        ("CA", "D1A 0B1"),
        ("CA", "K1A 0B"),
        ("CA", "K1A  0B1"),
        ("CA", "KKA 0B1"),
        ("GB", "QA1 1AA"),
        ("GB", "AI1 1AA"),
        ("GB", "SW1A 1AC"),
        ("GB", "W1I 0AX"),
        ("GB", "SW1 1AAA"),
        ("GB", "SW1A1"),
        ("GB", "12345"),
        ("GB", "SW1A  1AA"),
        ("GB", "ÉC1A 1BB"),
        ("FR", "7500"),
        ("FR", "750080"),
        ("FR", "2A004"),
        ("DE", "1011"),
        ("KR", "123-45"),
        ("TW", "1004"),
        ("TW", "1234567"),
        ("JP", "100-001"),
        ("JP", "1000-001"),
        ("JP", "100--0001"),
        ("AU", "200"),
        ("AU", "20000"),
    ];
    for (country, typed) in refused {
        assert_eq!(
            postal(country, typed),
            Err(FieldCode::PostalCodeFormat),
            "{country} {typed}"
        );
    }
    assert_eq!(postal("DE", ""), Err(FieldCode::Required));
    assert_eq!(postal("SE", "12345678901234567"), Err(FieldCode::TooLong));
    assert_eq!(postal("SE", "1\u{7}"), Err(FieldCode::InvalidCharacters));
    assert_eq!(
        postal("HK", ""),
        Ok(String::new()),
        "Hong Kong has no postal codes"
    );
    assert!(!requires_postal_code("HK") && requires_postal_code("US"));
}

#[test]
fn states_and_provinces() {
    assert_eq!(canonical_state("US", "ca"), Ok("CA".to_string()));
    assert_eq!(canonical_state("US", " DC "), Ok("DC".to_string()));
    assert_eq!(canonical_state("US", "PR"), Ok("PR".to_string()));
    assert_eq!(canonical_state("US", ""), Err(FieldCode::StateRequired));
    assert_eq!(canonical_state("US", "XX"), Err(FieldCode::StateUnknown));
    assert_eq!(
        canonical_state("US", "California"),
        Err(FieldCode::StateUnknown)
    );
    assert_eq!(canonical_state("CA", "qc"), Ok("QC".to_string()));
    assert_eq!(canonical_state("CA", "NY"), Err(FieldCode::StateUnknown));
    assert_eq!(canonical_state("AU", "nsw"), Ok("NSW".to_string()));
    assert_eq!(canonical_state("AU", " "), Err(FieldCode::StateRequired));
    assert_eq!(canonical_state("FR", ""), Ok(String::new()));
    assert_eq!(canonical_state("JP", " 東京都 "), Ok("東京都".to_string()));
    assert_eq!(subdivisions("US").map(<[_]>::len), Some(59));
    assert_eq!(subdivisions("CA").map(<[_]>::len), Some(13));
    assert_eq!(subdivisions("AU").map(<[_]>::len), Some(8));
    assert_eq!(subdivisions("GB"), None);
}

#[test]
fn country_codes() {
    let mut sorted = COUNTRIES.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted, COUNTRIES, "sorted and unique");
    for code in [
        "US", "CA", "GB", "FR", "DE", "KR", "TW", "JP", "AU", "HK", "XK",
    ] {
        assert!(is_country(code), "{code}");
    }
    for code in ["UK", "EU", "us", "", "USA", "ZZ"] {
        assert!(!is_country(code), "{code}");
    }
}

fn company() -> Address {
    Address {
        first_name: String::new(),
        last_name: String::new(),
        company: "Nimbus Example Ltd".into(),
        line1: " 1 Market St ".into(),
        line2: String::new(),
        city: "San Francisco".into(),
        state: "CA".into(),
        postal_code: "94105".into(),
        country: "US".into(),
        phone: "+1 415 555 0100".into(),
        email: "billing@nimbus.example".into(),
    }
}

#[test]
fn company_information_fills_a_billing_address() {
    let typed = Address {
        first_name: "Ada".into(),
        last_name: "Lovelace".into(),
        line2: "Suite 5".into(),
        city: "Old city".into(),
        ..Address::default()
    };
    let filled = typed.with_company_information(&company());
    assert_eq!(filled.first_name, "Ada", "the record has no name: kept");
    assert_eq!(filled.last_name, "Lovelace");
    assert_eq!(
        filled.line2, "Suite 5",
        "the record has no second line: kept"
    );
    assert_eq!(filled.city, "San Francisco");
    assert_eq!(filled.line1, "1 Market St");
    assert_eq!(filled.company, "Nimbus Example Ltd");
    let from_scratch = Address::from_company(&company());
    assert_eq!(from_scratch.first_name, "");
    assert_eq!(from_scratch.postal_code, "94105");
}

fn valid_address() -> Address {
    Address {
        first_name: "Ada".into(),
        last_name: "Lovelace".into(),
        ..company()
    }
}

fn fields(errors: &[FieldError]) -> Vec<(&str, FieldCode)> {
    errors.iter().map(|e| (e.field, e.code)).collect()
}

#[test]
fn a_valid_address_comes_back_canonical() {
    let address = Address {
        country: " us ".into(),
        state: "ca".into(),
        postal_code: "941051234".into(),
        ..valid_address()
    };
    let canonical = validate_billing_address(&address).expect("valid");
    assert_eq!(canonical.country, "US");
    assert_eq!(canonical.state, "CA");
    assert_eq!(canonical.postal_code, "94105-1234");
    assert_eq!(canonical.line1, "1 Market St");
}

#[test]
fn an_empty_address_reports_every_required_field() {
    let errors = validate_billing_address(&Address::default()).expect_err("empty");
    assert_eq!(
        fields(&errors),
        [
            (field::COUNTRY, FieldCode::Required),
            (field::FIRST_NAME, FieldCode::Required),
            (field::LAST_NAME, FieldCode::Required),
            (field::LINE1, FieldCode::Required),
            (field::CITY, FieldCode::Required),
        ]
    );
}

#[test]
fn country_rules_are_reported_together() {
    let address = Address {
        state: String::new(),
        postal_code: "9410".into(),
        phone: "call me".into(),
        email: "billing@".into(),
        ..valid_address()
    };
    let errors = validate_billing_address(&address).expect_err("invalid");
    assert_eq!(
        fields(&errors),
        [
            (field::STATE, FieldCode::StateRequired),
            (field::POSTAL_CODE, FieldCode::PostalCodeFormat),
            (field::PHONE, FieldCode::PhoneFormat),
            (field::EMAIL, FieldCode::EmailFormat),
        ]
    );
    let unknown = Address {
        country: "ZZ".into(),
        ..valid_address()
    };
    assert_eq!(
        fields(&validate_billing_address(&unknown).expect_err("unknown")),
        [(field::COUNTRY, FieldCode::CountryUnknown)]
    );
}

#[test]
fn address_text_limits() {
    let address = Address {
        first_name: "A".repeat(101),
        line1: "1 Market St\u{0}".into(),
        email: format!("{}@example.com", "a".repeat(250)),
        phone: "+1 (415) 555-0100".into(),
        ..valid_address()
    };
    assert_eq!(
        fields(&validate_billing_address(&address).expect_err("invalid")),
        [
            (field::FIRST_NAME, FieldCode::TooLong),
            (field::LINE1, FieldCode::InvalidCharacters),
            (field::EMAIL, FieldCode::TooLong),
        ]
    );
    for bad in ["a@b", "@b.c", "a@.c", "a@b.", "a b@c.d", "a@b@c.d"] {
        let address = Address {
            email: bad.into(),
            ..valid_address()
        };
        assert_eq!(
            fields(&validate_billing_address(&address).expect_err(bad)),
            [(field::EMAIL, FieldCode::EmailFormat)],
            "{bad}"
        );
    }
    let fr = Address {
        country: "FR".into(),
        state: String::new(),
        postal_code: "75008".into(),
        phone: String::new(),
        email: String::new(),
        ..valid_address()
    };
    assert!(validate_billing_address(&fr).is_ok());
}

fn card(number: &str, expiry: &str, cvc: &str, holder: &str) -> CardForm {
    CardForm {
        number: number.into(),
        expiry: expiry.into(),
        cvc: cvc.into(),
        holder: holder.into(),
    }
}

#[test]
fn a_valid_card_becomes_a_token_request() {
    let form = card("4242 4242 4242 4242", "12/27", "123", " Ada Lovelace ");
    let request = validate_card_form(&form, &CardBrand::KNOWN, today()).expect("valid");
    assert_eq!(request.number, "4242424242424242");
    assert_eq!((request.exp_month, request.exp_year), (12, 2027));
    assert_eq!(request.cvc, "123");
    assert_eq!(request.holder, "Ada Lovelace");
    let amex = card("3782 822463 10005", "1227", "1234", "Ada");
    assert!(validate_card_form(&amex, &CardBrand::KNOWN, today()).is_ok());
}

#[test]
fn every_card_error_at_once() {
    let empty = validate_card_form(&CardForm::default(), &CardBrand::KNOWN, today());
    assert_eq!(
        fields(&empty.expect_err("empty")),
        [
            (field::CARD_NUMBER, FieldCode::Required),
            (field::CARD_EXPIRY, FieldCode::Required),
            (field::CARD_CVC, FieldCode::Required),
            (field::CARD_HOLDER, FieldCode::Required),
        ]
    );
    let wrong = card(
        "4242 4242 4242 4241",
        "10/26",
        "12",
        "x".repeat(101).as_str(),
    );
    assert_eq!(
        fields(&validate_card_form(&wrong, &CardBrand::KNOWN, today()).expect_err("wrong")),
        [
            (field::CARD_NUMBER, FieldCode::Luhn),
            (field::CARD_EXPIRY, FieldCode::ExpiryPast),
            (field::CARD_CVC, FieldCode::CvcLength),
            (field::CARD_HOLDER, FieldCode::TooLong),
        ]
    );
}

#[test]
fn the_security_code_follows_the_detected_brand() {
    // The number is mistyped, but its prefix still says Amex: four digits expected.
    let form = card("3782 822463 1000", "12/27", "123", "Ada");
    assert_eq!(
        fields(&validate_card_form(&form, &CardBrand::KNOWN, today()).expect_err("invalid")),
        [
            (field::CARD_NUMBER, FieldCode::Length),
            (field::CARD_CVC, FieldCode::CvcLength),
        ]
    );
    let visa = card("4242424242424242", "12/27", "1234", "Ada");
    assert_eq!(
        fields(&validate_card_form(&visa, &CardBrand::KNOWN, today()).expect_err("invalid")),
        [(field::CARD_CVC, FieldCode::CvcLength)]
    );
    let only_visa = card("5555555555554444", "12/2027", "123", "Ada");
    assert_eq!(
        fields(&validate_card_form(&only_visa, &[CardBrand::Visa], today()).expect_err("brand")),
        [(field::CARD_NUMBER, FieldCode::UnsupportedBrand)]
    );
}

#[test]
fn card_forms_never_print_the_number_or_code() {
    let form = card("4242424242424242", "12/27", "987", "Ada");
    let debug = format!("{form:?}");
    assert!(!debug.contains("4242") && !debug.contains("987"), "{debug}");
    let request = validate_card_form(&form, &CardBrand::KNOWN, today()).expect("valid");
    let debug = format!("{request:?}");
    assert!(!debug.contains("4242") && !debug.contains("987"), "{debug}");
}

#[test]
fn a_typed_amount_is_refused_with_a_field_code() {
    let max = Some(Decimal::from_str("1234.56").expect("literal"));
    assert_eq!(
        parse_amount("1 234,56", NumberStyle::COMMA_SPACED, Currency::EUR, max),
        Ok(Money::new(
            Decimal::from_str("1234.56").expect("literal"),
            Currency::EUR
        ))
    );
    let code = |input: &str| {
        parse_amount(input, NumberStyle::POINT, Currency::EUR, max)
            .map(drop)
            .map_err(FieldCode::from)
    };
    assert_eq!(code(""), Err(FieldCode::Required));
    assert_eq!(code("abc"), Err(FieldCode::NotANumber));
    assert_eq!(code("-1"), Err(FieldCode::NotPositive));
    assert_eq!(code("1.234"), Err(FieldCode::TooManyDecimals));
    assert_eq!(code("1,234.57"), Err(FieldCode::AboveLimit));
    let xxx = Currency::new("XXX").expect("code");
    assert_eq!(
        parse_amount("1", NumberStyle::POINT, xxx, None).map_err(FieldCode::from),
        Err(FieldCode::UnknownCurrency)
    );
}

#[test]
fn field_codes_are_stable_snake_case() {
    for code in FieldCode::KNOWN {
        let json = serde_json::to_string(&code).expect("serializes");
        assert_eq!(json, format!("\"{}\"", code.as_str()));
        assert_eq!(FieldCode::from_code(code.as_str()), code);
        assert_eq!(code.to_string(), code.as_str());
    }
    assert_eq!(FieldCode::from_code("something_new"), FieldCode::Unknown);
    assert_eq!(
        serde_json::from_str::<FieldCode>("\"something_new\"").expect("tolerated"),
        FieldCode::Unknown
    );
    let expected = [
        "required",
        "invalid_characters",
        "invisible_characters",
        "too_long",
        "length",
        "luhn",
        "unsupported_brand",
        "expiry_format",
        "expiry_past",
        "expiry_too_far",
        "cvc_length",
        "country_unknown",
        "postal_code_format",
        "state_required",
        "state_unknown",
        "email_format",
        "phone_format",
        "tax_id_format",
        "tax_id_checksum",
        "not_a_number",
        "not_positive",
        "too_many_decimals",
        "above_limit",
        "unknown_currency",
        "invalid",
        "not_payable",
        "not_found",
        "unusable",
        "duplicate",
    ];
    assert_eq!(FieldCode::KNOWN.map(FieldCode::as_str), expected);
}

#[test]
fn field_errors_go_into_the_error_envelope() {
    let errors = [
        FieldError {
            field: field::CARD_NUMBER,
            code: FieldCode::Luhn,
        },
        FieldError {
            field: field::CARD_NUMBER,
            code: FieldCode::Length,
        },
        FieldError {
            field: field::POSTAL_CODE,
            code: FieldCode::PostalCodeFormat,
        },
    ];
    let fields = error_fields(&errors);
    assert_eq!(fields.len(), 2);
    assert_eq!(
        fields[field::CARD_NUMBER],
        "luhn",
        "the first error of a field"
    );
    let envelope = ErrorEnvelope {
        error: ErrorBody::validation_failed(&errors),
    };
    assert_eq!(envelope.error.code, ErrorCode::ValidationFailed);
    assert_eq!(
        serde_json::to_value(&envelope).expect("serializes"),
        serde_json::json!({ "error": {
            "code": "validation_failed",
            "message": "validation_failed",
            "fields": {
                "billing_address.postal_code": "postal_code_format",
                "card.number": "luhn"
            }
        }})
    );
}

/// Characters that change how a name or address is shown without being seen themselves.
const INVISIBLE: [char; 20] = [
    '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}',
    '\u{FEFF}', '\u{2028}', '\u{2029}', '\u{2064}',
];

/// `value` with `c` inside it, where trimming cannot remove it.
fn spliced(value: &str, c: char) -> String {
    let mut chars: Vec<char> = value.chars().collect();
    chars.insert(chars.len() / 2, c);
    chars.into_iter().collect()
}

#[test]
fn invisible_characters_are_refused_in_every_name_and_address_field() {
    type Setter = fn(&mut Address, String);
    let us: [(&str, Setter, &str); 10] = [
        (field::FIRST_NAME, |a, v| a.first_name = v, "Ada"),
        (field::LAST_NAME, |a, v| a.last_name = v, "Lovelace"),
        (field::COMPANY, |a, v| a.company = v, "Nimbus Ltd"),
        (field::LINE1, |a, v| a.line1 = v, "1 Market St"),
        (field::LINE2, |a, v| a.line2 = v, "Suite 5"),
        (field::CITY, |a, v| a.city = v, "San Francisco"),
        (field::STATE, |a, v| a.state = v, "CA"),
        (field::POSTAL_CODE, |a, v| a.postal_code = v, "94105"),
        (field::PHONE, |a, v| a.phone = v, "+1 415 555 0100"),
        (field::EMAIL, |a, v| a.email = v, "ada@example.com"),
    ];
    // Where a country has no format for them, the state and postal code are free text.
    let se: [(&str, Setter, &str); 2] = [
        (field::STATE, |a, v| a.state = v, "Skåne"),
        (field::POSTAL_CODE, |a, v| a.postal_code = v, "211 19"),
    ];
    let sweden = Address {
        country: "SE".into(),
        state: String::new(),
        postal_code: "211 19".into(),
        ..valid_address()
    };
    for (base, cases) in [(valid_address(), &us[..]), (sweden, &se[..])] {
        for &(path, set, value) in cases {
            let mut address = base.clone();
            set(&mut address, value.to_string());
            validate_billing_address(&address).expect(value);
            // In the middle, and at the end where trimming would have dropped a separator.
            for c in INVISIBLE {
                for typed in [spliced(value, c), format!("{value}{c}")] {
                    set(&mut address, typed);
                    assert_eq!(
                        fields(&validate_billing_address(&address).expect_err("refused")),
                        [(path, FieldCode::InvisibleCharacters)],
                        "{} {path} with U+{:04X}",
                        base.country,
                        c as u32
                    );
                }
            }
        }
    }
}

#[test]
fn invisible_characters_are_refused_in_the_card_holder() {
    for c in INVISIBLE {
        let form = card(
            "4242424242424242",
            "12/30",
            "123",
            &spliced("Min-jun Lee", c),
        );
        assert_eq!(
            fields(&validate_card_form(&form, &CardBrand::KNOWN, today()).expect_err("refused")),
            [(field::CARD_HOLDER, FieldCode::InvisibleCharacters)],
            "U+{:04X}",
            c as u32
        );
        let alone = card("4242424242424242", "12/30", "123", &c.to_string());
        assert_eq!(
            fields(&validate_card_form(&alone, &CardBrand::KNOWN, today()).expect_err("refused")),
            [(field::CARD_HOLDER, FieldCode::InvisibleCharacters)],
            "U+{:04X} alone",
            c as u32
        );
    }
}

#[test]
fn names_and_addresses_in_any_script_are_accepted() {
    let names = [
        "José Álvarez-Núñez",
        "Zoë O’Brien",
        "Nguyễn Thị Minh Khai",
        "김민준",
        "李小龍",
        "陳美玲",
        "محمد عبد الله",
        "דוד כהן",
        "Дмитрий Шостакович",
        "Ἀλέξανδρος",
        "श्रीनिवास रामानुजन्",
        "山田 太郎",
    ];
    for name in names {
        let address = Address {
            first_name: name.into(),
            last_name: name.into(),
            company: name.into(),
            line1: format!("12 {name}"),
            city: name.into(),
            ..valid_address()
        };
        let valid = validate_billing_address(&address).expect(name);
        assert_eq!(valid.first_name, name);
        let form = card("4242424242424242", "12/30", "123", name);
        let request = validate_card_form(&form, &CardBrand::KNOWN, today()).expect(name);
        assert_eq!(request.holder, name);
    }
}
