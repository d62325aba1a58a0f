//! Property tests: round trips of typed amounts, Luhn on generated numbers, card formatting,
//! expiry forms, and no panic on any input.

use billing_core::address::{canonical_postal_code, canonical_state, Address};
use billing_core::card::{
    format_card_number, format_card_number_at, last4, luhn_check_digit, luhn_valid,
    normalize_number, validate_cvc, validate_number, CardBrand, Expiry,
};
use billing_core::fields::FieldCode;
use billing_core::money::{
    format_for_input, format_plain, parse_amount, AmountError, Currency, Money, NumberStyle,
    MAX_TYPED_AMOUNT,
};
use billing_core::validation::{validate_billing_address, validate_card_form, CardForm};
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// The ways languages write numbers.
const STYLES: [NumberStyle; 3] = [
    NumberStyle::POINT,
    NumberStyle::COMMA_SPACED,
    NumberStyle::COMMA_POINTED,
];

fn style() -> impl Strategy<Value = NumberStyle> {
    prop::sample::select(STYLES.to_vec())
}

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(Currency::KNOWN.to_vec())
}

/// A positive amount with at most the currency's minor digits, up to the typing ceiling.
fn typable_money() -> impl Strategy<Value = Money> {
    currency().prop_flat_map(|c| {
        let minor = c.minor_units().unwrap_or(2);
        let max = 999_999_999_999_999_i64 * 10_i64.pow(minor) + (10_i64.pow(minor) - 1);
        prop_oneof![1..=max, 1..=10_i64.pow(minor + 6)]
            .prop_map(move |mantissa| Money::new(Decimal::new(mantissa, minor), c))
    })
}

/// The amount as a customer might type it in `style` with grouping, using `spaces`
/// (indexes into the three spaces people type where a space groups) for successive groups.
fn grouped(money: &Money, style: NumberStyle, spaces: &[usize]) -> String {
    let plain = format_for_input(money, style);
    let decimal = style.decimal;
    let group = (style.group != '\u{202F}').then_some(style.group);
    let (integer, fraction) = match plain.split_once(decimal) {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (plain.clone(), None),
    };
    let digits: Vec<char> = integer.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        let from_end = digits.len() - i;
        if i > 0 && from_end.is_multiple_of(3) {
            let fr_spaces = [' ', '\u{A0}', '\u{202F}'];
            out.push(group.unwrap_or(fr_spaces[spaces.get(i).copied().unwrap_or(0) % 3]));
        }
        out.push(*c);
    }
    if let Some(f) = fraction {
        out.push(decimal);
        out.push_str(&f);
    }
    out
}

fn to_full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' | ',' | '.' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

proptest! {
    #[test]
    fn typed_amounts_round_trip(money in typable_money(), style in style()) {
        let typed = format_for_input(&money, style);
        prop_assert_eq!(parse_amount(&typed, style, money.currency, None), Ok(money));
        prop_assert_eq!(
            parse_amount(&typed, style, money.currency, Some(money.amount)),
            Ok(money),
            "the limit itself is allowed"
        );
        let parsed = parse_amount(&typed, style, money.currency, None).unwrap_or(money);
        prop_assert_eq!(format_plain(&parsed), format_plain(&money));
    }

    #[test]
    fn grouped_and_full_width_amounts_round_trip(
        money in typable_money(),
        style in style(),
        spaces in prop::collection::vec(0usize..3, 24),
    ) {
        let typed = grouped(&money, style, &spaces);
        prop_assert_eq!(parse_amount(&typed, style, money.currency, None), Ok(money), "{}", typed);
        let wide = to_full_width(&typed);
        prop_assert_eq!(parse_amount(&wide, style, money.currency, None), Ok(money), "{}", wide);
    }

    #[test]
    fn accepted_amounts_respect_every_rule(
        input in "[-0-9,. \u{A0}]{0,24}",
        style in style(),
        currency in currency(),
        max in 0_i64..10_000_000,
    ) {
        let max = Decimal::new(max, 2);
        if let Ok(money) = parse_amount(&input, style, currency, Some(max)) {
            prop_assert!(money.is_positive());
            prop_assert!(money.amount <= max);
            prop_assert_eq!(money.amount.scale(), currency.minor_units().unwrap_or(2));
            prop_assert_eq!(money.currency, currency);
        }
    }

    #[test]
    fn plain_format_has_the_currency_digits(mantissa in any::<i64>(), scale in 0u32..=28, c in currency()) {
        let money = Money::new(Decimal::new(mantissa, scale), c);
        let plain = format_plain(&money);
        let digits = plain.split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert_eq!(digits as u32, c.minor_units().unwrap_or(2));
        let rounded = money.round_to_minor();
        prop_assert!(rounded.is_ok());
    }

    #[test]
    fn an_appended_check_digit_passes_luhn(body in "[0-9]{1,18}") {
        let check = luhn_check_digit(&body).unwrap_or(0);
        let number = format!("{body}{check}");
        prop_assert!(luhn_valid(&number));
    }

    #[test]
    fn changing_one_digit_fails_luhn(body in "[0-9]{1,18}", position in any::<prop::sample::Index>(), delta in 1u8..10) {
        let check = luhn_check_digit(&body).unwrap_or(0);
        let mut digits: Vec<u8> = format!("{body}{check}").into_bytes();
        let i = position.index(digits.len());
        digits[i] = b'0' + (digits[i] - b'0' + delta) % 10;
        let changed = String::from_utf8(digits).unwrap_or_default();
        prop_assert!(!luhn_valid(&changed), "{}", changed);
    }

    #[test]
    fn generated_numbers_of_each_brand_validate(
        (prefix, brand, len) in prop::sample::select(vec![
            ("4", CardBrand::Visa, 16), ("4", CardBrand::Visa, 13), ("51", CardBrand::Mastercard, 16),
            ("2720", CardBrand::Mastercard, 16), ("34", CardBrand::Amex, 15), ("6011", CardBrand::Discover, 19),
            ("622126", CardBrand::Discover, 16), ("3589", CardBrand::Jcb, 16), ("36", CardBrand::Diners, 14),
            ("6759", CardBrand::Maestro, 12), ("676774", CardBrand::Maestro, 19),
        ]),
        filler in "[0-9]{18}",
    ) {
        let body = format!("{prefix}{}", &filler[..len - 1 - prefix.len()]);
        let number = format!("{body}{}", luhn_check_digit(&body).unwrap_or(0));
        prop_assert_eq!(validate_number(&number, &CardBrand::KNOWN), Ok((number.clone(), brand)));
        let shown = format_card_number(&number);
        prop_assert_eq!(normalize_number(&shown), Ok(number.clone()));
        prop_assert_eq!(format_card_number(&shown), shown.clone(), "idempotent");
        prop_assert_eq!(last4(&shown), &number[number.len() - 4..]);
    }

    #[test]
    fn formatting_keeps_the_digits_and_the_caret_within_bounds(input in "[0-9 a-]{0,30}", caret in 0usize..40) {
        let digits: String = input.chars().filter(char::is_ascii_digit).collect();
        let (shown, at) = format_card_number_at(&input, caret);
        prop_assert_eq!(shown.chars().filter(char::is_ascii_digit).collect::<String>(), digits);
        prop_assert!(at <= shown.chars().count());
        let before = input.chars().take(caret).filter(char::is_ascii_digit).count();
        prop_assert_eq!(shown.chars().take(at).filter(char::is_ascii_digit).count(), before);
    }

    #[test]
    fn every_expiry_form_agrees(months_ahead in 0u32..=240, day in 1u32..=28) {
        let today = NaiveDate::from_ymd_opt(2026, 11, day).unwrap_or_default();
        let month_index = 2026 * 12 + 10 + months_ahead;
        let (year, month) = (month_index / 12, month_index % 12 + 1);
        let expected = Ok(Expiry { year: year as u16, month: month as u8 });
        for typed in [
            format!("{month:02}/{:02}", year % 100),
            format!("{month}/{year}"),
            format!("{month:02} / {year}"),
            format!("{month:02}{:02}", year % 100),
        ] {
            prop_assert_eq!(Expiry::parse(&typed, today), expected, "{}", typed);
        }
        let last = expected.ok().and_then(Expiry::last_day);
        prop_assert!(last.is_some_and(|d| d >= today && d.month() == month));
    }

    #[test]
    fn no_input_panics(input in any::<String>(), caret in any::<usize>()) {
        exercise_every_parser(&input);
        let _ = format_card_number_at(&input, caret);
    }

    #[test]
    fn no_input_made_of_number_characters_panics(input in "[-−+0-9０-９,.，．/ \u{A0}\u{202F}eE]{0,64}") {
        exercise_every_parser(&input);
    }

    #[test]
    fn no_amount_panics_on_serde(amount in any::<String>()) {
        let json = serde_json::json!({ "amount": amount, "currency": "EUR" });
        let _ = serde_json::from_value::<Money>(json);
    }
}

/// Calls every parser in the crate with `input`, in every language, currency and role.
fn exercise_every_parser(input: &str) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 15).unwrap_or_default();
    for style in STYLES {
        for currency in Currency::KNOWN {
            let result = parse_amount(input, style, currency, Some(Decimal::ONE_HUNDRED));
            assert!(
                !matches!(result, Ok(m) if !m.is_positive()),
                "{input:?} parsed as a non-positive amount"
            );
            let _ = parse_amount(input, style, currency, None);
        }
    }
    let _ = Currency::new(input).map(|c| parse_amount("1", NumberStyle::POINT, c, None));
    let _ = normalize_number(input);
    let _ = validate_number(input, &CardBrand::KNOWN);
    let _ = CardBrand::detect(input);
    let _ = format_card_number(input);
    let _ = last4(input);
    let _ = luhn_valid(input);
    let _ = luhn_check_digit(input);
    let _ = Expiry::parse(input, today);
    for brand in CardBrand::KNOWN {
        let _ = validate_cvc(input, brand);
    }
    for country in [
        "US", "CA", "GB", "FR", "DE", "KR", "TW", "JP", "AU", "HK", "SE", input,
    ] {
        let _ = canonical_postal_code(country, input);
        let _ = canonical_state(country, input);
    }
    let _ = FieldCode::from_code(input);
    let form = CardForm {
        number: input.into(),
        expiry: input.into(),
        cvc: input.into(),
        holder: input.into(),
    };
    let _ = validate_card_form(&form, &CardBrand::KNOWN, today);
    let address = Address {
        first_name: input.into(),
        last_name: input.into(),
        company: input.into(),
        line1: input.into(),
        line2: input.into(),
        city: input.into(),
        state: input.into(),
        postal_code: input.into(),
        country: input.into(),
        phone: input.into(),
        email: input.into(),
    };
    let _ = validate_billing_address(&address);
    for country in ["US", "GB", "JP"] {
        let _ = validate_billing_address(&Address {
            country: country.into(),
            ..address.clone()
        });
    }
}

/// Inputs that have broken number parsers elsewhere: exponents, digits beyond a decimal's
/// 28, lone signs and separators, other scripts' digits, invisible characters, huge input.
#[test]
fn hostile_inputs_never_panic() {
    let long_nines = "9".repeat(10_000);
    let long_zeros = format!("0.{}1", "0".repeat(100_000));
    let long_groups = format!("1{}", ",000".repeat(5_000));
    let corpus = [
        "",
        " ",
        "-",
        "+",
        "−",
        "--",
        "-+",
        ",",
        ".",
        ",.",
        ".,",
        ",,",
        "..",
        "1e30",
        "1E30",
        "1e-30",
        "1e",
        "e",
        "NaN",
        "nan",
        "inf",
        "-inf",
        "Infinity",
        "0x1F",
        "0b101",
        "0o17",
        "99999999999999999999999999999999",
        "79228162514264337593543950336",
        "-79228162514264337593543950336",
        "0.0000000000000000000000000001",
        "0.00000000000000000000000000000000001",
        "1,2,3.4.5",
        "1..2",
        "1,,2",
        "1 , 2",
        "1\u{0}2",
        "\u{FEFF}12",
        "\u{200B}12",
        "12\u{200F}",
        "\u{202E}21",
        "１２３４５６７８９０１２３４５６７８９０１２３４５６７８９０",
        "٣٤٥",
        "۱۲۳",
        "१२३",
        "𝟙𝟚𝟛",
        "¹²³",
        "½",
        "12\u{301}",
        "👍",
        "💳4242424242424242",
        "4242424242424242\u{0}",
        "12/",
        "/",
        "//",
        "1/2/3",
        "99/9999",
        "00/00",
        "12/65535",
        "12/99999",
        "255/255",
        "-1/-1",
        "GIR 0AA\u{301}",
        "K1A\u{A0}0B1",
        "ＳＷ１Ａ　１ＡＡ",
        "é",
        "é12",
        "1é2",
        "12é4",
        "日本",
        "〒100-0001",
        "\u{D7FF}",
        "\u{10FFFF}",
        &long_nines,
        &long_zeros,
        &long_groups,
    ];
    for input in corpus {
        exercise_every_parser(input);
        assert!(
            matches!(
                parse_amount(input, NumberStyle::POINT, Currency::USD, None),
                Err(AmountError::Empty
                    | AmountError::NotANumber
                    | AmountError::NotPositive
                    | AmountError::TooManyDecimals { .. }
                    | AmountError::AboveLimit { .. })
                    | Ok(_)
            ),
            "{input:?}"
        );
    }
    assert_eq!(
        parse_amount(&long_nines, NumberStyle::POINT, Currency::USD, None),
        Err(AmountError::AboveLimit {
            limit: Money::new(MAX_TYPED_AMOUNT, Currency::USD)
        })
    );
    assert_eq!(
        parse_amount("1e30", NumberStyle::POINT, Currency::USD, None),
        Err(AmountError::NotANumber)
    );
}
