//! Cards: brands from published test numbers and range boundaries, Luhn, formatting, expiry.

use billing_core::card::{
    self, format_card_number, format_card_number_at, last4, luhn_check_digit, luhn_valid, mask,
    normalize_number, validate_cvc, validate_number, CardBrand, Expiry,
};
use billing_core::fields::FieldCode;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 15).expect("date")
}

/// The brands' published test numbers (Stripe, Adyen, Braintree documentation).
const TEST_CARDS: [(&str, CardBrand); 17] = [
    ("4242424242424242", CardBrand::Visa),
    ("4000056655665556", CardBrand::Visa),
    ("4111111111111111", CardBrand::Visa),
    ("4222222222222", CardBrand::Visa),
    ("5555555555554444", CardBrand::Mastercard),
    ("2223003122003222", CardBrand::Mastercard),
    ("5200828282828210", CardBrand::Mastercard),
    ("5105105105105100", CardBrand::Mastercard),
    ("378282246310005", CardBrand::Amex),
    ("371449635398431", CardBrand::Amex),
    ("6011111111111117", CardBrand::Discover),
    ("6011000990139424", CardBrand::Discover),
    ("3056930009020004", CardBrand::Diners),
    ("36227206271667", CardBrand::Diners),
    ("3566002020360505", CardBrand::Jcb),
    ("6200000000000005", CardBrand::UnionPay),
    ("6759649826438453", CardBrand::Maestro),
];

#[test]
fn published_test_numbers_are_valid_and_branded() {
    for (number, brand) in TEST_CARDS {
        assert!(luhn_valid(number), "{number}");
        assert_eq!(CardBrand::detect(number), brand, "{number}");
        assert_eq!(
            validate_number(number, &CardBrand::KNOWN),
            Ok((number.to_string(), brand)),
            "{number}"
        );
    }
}

#[test]
fn prefix_ranges_at_their_boundaries() {
    let cases = [
        ("2220", CardBrand::Unknown),
        ("2221", CardBrand::Mastercard),
        ("2720", CardBrand::Mastercard),
        ("2721", CardBrand::Unknown),
        ("50", CardBrand::Maestro),
        ("51", CardBrand::Mastercard),
        ("55", CardBrand::Mastercard),
        ("56", CardBrand::Maestro),
        ("58", CardBrand::Maestro),
        ("59", CardBrand::Unknown),
        ("33", CardBrand::Unknown),
        ("34", CardBrand::Amex),
        ("35", CardBrand::Unknown),
        ("3527", CardBrand::Unknown),
        ("3528", CardBrand::Jcb),
        ("3589", CardBrand::Jcb),
        ("3590", CardBrand::Unknown),
        ("36", CardBrand::Diners),
        ("37", CardBrand::Amex),
        ("38", CardBrand::Diners),
        ("39", CardBrand::Diners),
        ("299", CardBrand::Unknown),
        ("300", CardBrand::Diners),
        ("305", CardBrand::Diners),
        ("306", CardBrand::Unknown),
        ("6010", CardBrand::Unknown),
        ("6011", CardBrand::Discover),
        ("6012", CardBrand::Unknown),
        ("643", CardBrand::Unknown),
        ("644", CardBrand::Discover),
        ("649", CardBrand::Discover),
        ("65", CardBrand::Discover),
        ("62", CardBrand::UnionPay),
        ("622125", CardBrand::UnionPay),
        ("622126", CardBrand::Discover),
        ("622925", CardBrand::Discover),
        ("622926", CardBrand::UnionPay),
        ("6303", CardBrand::Unknown),
        ("6304", CardBrand::Maestro),
        ("6759", CardBrand::Maestro),
        ("676769", CardBrand::Unknown),
        ("676770", CardBrand::Maestro),
        ("676771", CardBrand::Unknown),
        ("676774", CardBrand::Maestro),
        ("4", CardBrand::Visa),
        ("1", CardBrand::Unknown),
        ("9", CardBrand::Unknown),
        ("", CardBrand::Unknown),
    ];
    for (prefix, brand) in cases {
        let padded = format!("{prefix:0<16}");
        assert_eq!(CardBrand::detect(&padded), brand, "{prefix}");
    }
}

#[test]
fn partial_numbers_give_the_best_guess_so_far() {
    assert_eq!(CardBrand::detect("4"), CardBrand::Visa);
    assert_eq!(CardBrand::detect("37"), CardBrand::Amex);
    assert_eq!(CardBrand::detect("22"), CardBrand::Unknown);
    assert_eq!(CardBrand::detect("2221"), CardBrand::Mastercard);
    assert_eq!(CardBrand::detect("62212"), CardBrand::UnionPay);
    assert_eq!(CardBrand::detect("622126"), CardBrand::Discover);
    assert_eq!(CardBrand::detect("4x"), CardBrand::Visa);
    assert_eq!(CardBrand::detect("x4"), CardBrand::Unknown);
}

#[test]
fn lengths_and_security_codes_per_brand() {
    assert_eq!(CardBrand::Amex.cvc_length(), 4);
    for brand in CardBrand::KNOWN
        .into_iter()
        .filter(|b| *b != CardBrand::Amex)
    {
        assert_eq!(brand.cvc_length(), 3, "{brand:?}");
        assert!(!brand.lengths().is_empty());
    }
    assert!(CardBrand::Unknown.lengths().is_empty());
    assert_eq!(CardBrand::Amex.lengths(), &[15]);
    assert_eq!(CardBrand::Mastercard.lengths(), &[16]);
    // A 15-digit Visa with a correct check digit is still the wrong length.
    let visa15 = format!(
        "42424242424242{}",
        luhn_check_digit("42424242424242").expect("digits")
    );
    assert!(luhn_valid(&visa15));
    assert_eq!(
        validate_number(&visa15, &CardBrand::KNOWN),
        Err(FieldCode::Length)
    );
    let visa19 = format!(
        "424242424242424242{}",
        luhn_check_digit("424242424242424242").expect("digits")
    );
    assert_eq!(
        validate_number(&visa19, &CardBrand::KNOWN).map(|(_, b)| b),
        Ok(CardBrand::Visa)
    );
}

#[test]
fn luhn() {
    assert!(luhn_valid("0"));
    assert!(luhn_valid("18"));
    assert!(!luhn_valid("4242424242424241"));
    assert!(!luhn_valid(""));
    assert!(!luhn_valid("4242 4242 4242 4242"), "digits only");
    assert!(!luhn_valid("42424242424242４２"));
    assert_eq!(luhn_check_digit("424242424242424"), Some(2));
    assert_eq!(luhn_check_digit("7992739871"), Some(3));
    assert_eq!(luhn_check_digit(""), Some(0));
    assert_eq!(luhn_check_digit("12a"), None);
    assert_eq!(
        validate_number("4242424242424241", &CardBrand::KNOWN),
        Err(FieldCode::Luhn)
    );
}

#[test]
fn union_pay_numbers_need_no_check_digit() {
    let number = "6200000000000006";
    assert!(!luhn_valid(number));
    assert_eq!(
        validate_number(number, &CardBrand::KNOWN),
        Ok((number.to_string(), CardBrand::UnionPay))
    );
}

#[test]
fn typed_numbers_accept_spaces_and_dashes_only() {
    assert_eq!(
        normalize_number(" 4242 4242-4242\u{A0}4242 "),
        Ok("4242424242424242".to_string())
    );
    assert_eq!(
        normalize_number("４２４２４２４２４２４２４２４２"),
        Ok("4242424242424242".to_string())
    );
    for refused in ["4242.4242", "4242/4242", "4242a", "+4242", "４２４２ｘ"] {
        assert_eq!(
            normalize_number(refused),
            Err(FieldCode::InvalidCharacters),
            "{refused}"
        );
    }
    assert_eq!(normalize_number(""), Err(FieldCode::Required));
    assert_eq!(normalize_number(" - - "), Err(FieldCode::Required));
}

#[test]
fn brands_can_be_refused() {
    let no_amex: Vec<CardBrand> = CardBrand::KNOWN
        .into_iter()
        .filter(|b| *b != CardBrand::Amex)
        .collect();
    assert_eq!(
        validate_number("378282246310005", &no_amex),
        Err(FieldCode::UnsupportedBrand)
    );
    assert_eq!(
        validate_number("9999999999999995", &CardBrand::KNOWN),
        Err(FieldCode::UnsupportedBrand)
    );
    assert_eq!(
        validate_number("42", &CardBrand::KNOWN),
        Err(FieldCode::Length)
    );
}

#[test]
fn numbers_are_grouped_as_printed() {
    let cases = [
        ("4242424242424242", "4242 4242 4242 4242"),
        ("378282246310005", "3782 822463 10005"),
        ("36227206271667", "3622 720627 1667"),
        ("3056930009020004", "3056 9300 0902 0004"),
        ("4242424242424242424", "4242 4242 4242 4242 424"),
        ("42424", "4242 4"),
        ("4242", "4242"),
        ("3782822", "3782 822"),
        ("37828224631000599", "3782 822463 10005 99"),
        ("4242-4242 42a42", "4242 4242 4242"),
        ("４２４２４", "4242 4"),
        ("", ""),
        ("abc", ""),
    ];
    for (typed, shown) in cases {
        assert_eq!(format_card_number(typed), shown, "{typed}");
    }
}

#[test]
fn the_caret_follows_its_digits() {
    // Typed at the end.
    assert_eq!(format_card_number_at("42424", 5), ("4242 4".to_string(), 6));
    // A digit inserted in the middle of a formatted number.
    assert_eq!(
        format_card_number_at("42425 4242", 5),
        ("4242 5424 2".to_string(), 6)
    );
    // Before everything, and just after a group.
    assert_eq!(
        format_card_number_at("4242 4242", 0),
        ("4242 4242".to_string(), 0)
    );
    assert_eq!(
        format_card_number_at("4242 4242", 4),
        ("4242 4242".to_string(), 4)
    );
    // A caret beyond the text stays at the end.
    assert_eq!(format_card_number_at("4242", 99), ("4242".to_string(), 4));
}

#[test]
fn last_four_and_mask() {
    assert_eq!(last4("4242 4242 4242 4242"), "4242");
    assert_eq!(last4("378282246310005"), "0005");
    assert_eq!(last4("12"), "12");
    assert_eq!(mask(&last4("4000056655665556")), "•••• 5556");
}

#[test]
fn expiry_formats() {
    let ok = |typed: &str, month: u8, year: u16| {
        assert_eq!(
            Expiry::parse(typed, today()),
            Ok(Expiry { year, month }),
            "{typed:?}"
        );
    };
    ok("12/27", 12, 2027);
    ok("12/2027", 12, 2027);
    ok("12 / 27", 12, 2027);
    ok("1227", 12, 2027);
    ok("1/27", 1, 2027);
    ok(" 01/27 ", 1, 2027);
    ok("１２／２７", 12, 2027);
    for refused in [
        "13/27",
        "00/27",
        "12/7",
        "12/207",
        "12-27",
        "122027",
        "12/27/1",
        "ab/cd",
        "12/",
        "/27",
        "1 2/27",
        "123",
        "12.27",
        "١٢/٢٧",
        "é12",
    ] {
        assert_eq!(
            Expiry::parse(refused, today()),
            Err(FieldCode::ExpiryFormat),
            "{refused:?}"
        );
    }
    assert_eq!(Expiry::parse("  ", today()), Err(FieldCode::Required));
}

#[test]
fn expiry_is_valid_through_the_last_day_of_its_month() {
    let nov_2026 = Expiry {
        year: 2026,
        month: 11,
    };
    assert_eq!(Expiry::parse("11/26", today()), Ok(nov_2026));
    let last_day = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
    assert_eq!(nov_2026.last_day(), Some(last_day));
    assert_eq!(Expiry::parse("11/26", last_day), Ok(nov_2026));
    let next_day = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    assert_eq!(Expiry::parse("11/26", next_day), Err(FieldCode::ExpiryPast));
    assert_eq!(Expiry::parse("10/26", today()), Err(FieldCode::ExpiryPast));
    assert_eq!(
        Expiry::parse("12/99", today()),
        Err(FieldCode::ExpiryTooFar)
    );
    assert_eq!(
        Expiry::parse("11/46", today()),
        Ok(Expiry {
            year: 2046,
            month: 11
        }),
        "exactly twenty years ahead"
    );
    assert_eq!(
        Expiry::parse("12/46", today()),
        Err(FieldCode::ExpiryTooFar)
    );
    assert_eq!(
        Expiry::new(2, 2028, today())
            .ok()
            .and_then(Expiry::last_day),
        NaiveDate::from_ymd_opt(2028, 2, 29)
    );
    assert_eq!(Expiry::new(0, 2028, today()), Err(FieldCode::ExpiryFormat));
    assert_eq!(
        Expiry::new(255, u16::MAX, today()),
        Err(FieldCode::ExpiryFormat)
    );
    assert_eq!(
        Expiry::new(12, u16::MAX, today()),
        Err(FieldCode::ExpiryTooFar)
    );
    assert_eq!(card::MAX_EXPIRY_YEARS_AHEAD, 20);
}

#[test]
fn security_codes() {
    assert_eq!(validate_cvc("123", CardBrand::Visa), Ok("123".to_string()));
    assert_eq!(
        validate_cvc(" 1234 ", CardBrand::Amex),
        Ok("1234".to_string())
    );
    assert_eq!(
        validate_cvc("１２３", CardBrand::Jcb),
        Ok("123".to_string())
    );
    assert_eq!(
        validate_cvc("123", CardBrand::Amex),
        Err(FieldCode::CvcLength)
    );
    assert_eq!(
        validate_cvc("1234", CardBrand::Visa),
        Err(FieldCode::CvcLength)
    );
    assert_eq!(
        validate_cvc("12a", CardBrand::Visa),
        Err(FieldCode::InvalidCharacters)
    );
    assert_eq!(validate_cvc("", CardBrand::Visa), Err(FieldCode::Required));
}
