//! Money: currencies, rounding, arithmetic, and typed amounts in each language.

use std::cmp::Ordering;
use std::str::FromStr;

use billing_core::money::{
    self, format_for_input, format_plain, parse_amount, retype_number, AmountError, Currency,
    Money, MoneyError, NumberStyle, MAX_TYPED_AMOUNT,
};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("test literal")
}

fn m(s: &str, c: Currency) -> Money {
    Money::new(d(s), c)
}

fn parse(input: &str, style: NumberStyle, c: Currency) -> Result<Money, AmountError> {
    parse_amount(input, style, c, None)
}

#[test]
fn every_billing_currency_has_its_minor_units() {
    let expected = [
        ("USD", 2),
        ("EUR", 2),
        ("GBP", 2),
        ("CAD", 2),
        ("AUD", 2),
        ("CHF", 2),
        ("JPY", 0),
        ("KRW", 0),
        ("TWD", 2),
        ("CNY", 2),
        ("HKD", 2),
        ("INR", 2),
        ("BRL", 2),
        ("KWD", 3),
        ("BHD", 3),
    ];
    assert_eq!(Currency::KNOWN.len(), expected.len());
    for (currency, (code, minor)) in Currency::KNOWN.iter().zip(expected) {
        assert_eq!(currency.code(), code);
        assert_eq!(currency.minor_units(), Some(minor), "{code}");
        assert_eq!(Currency::new(&code.to_lowercase()), Some(*currency));
    }
    assert_eq!(Currency::new("XXX").and_then(|c| c.minor_units()), None);
    assert_eq!(Currency::new("US"), None);
    assert_eq!(Currency::new("U$D"), None);
}

#[test]
fn rounds_half_away_from_zero_to_minor_units() {
    let cases = [
        ("0.125", Currency::USD, "0.13"),
        ("-0.125", Currency::USD, "-0.13"),
        ("0.124", Currency::USD, "0.12"),
        ("2.5", Currency::JPY, "3"),
        ("1.5", Currency::KRW, "2"),
        ("0.0005", Currency::KWD, "0.001"),
        ("7", Currency::BHD, "7.000"),
    ];
    for (amount, currency, expected) in cases {
        let rounded = m(amount, currency)
            .round_to_minor()
            .expect("known currency");
        assert_eq!(rounded.amount.to_string(), expected, "{amount} {currency}");
    }
    let unknown = Currency::new("XXX").expect("code");
    assert_eq!(
        m("1", unknown).round_to_minor(),
        Err(MoneyError::UnknownCurrency(unknown))
    );
}

#[test]
fn arithmetic_across_currencies_is_an_error() {
    let usd = m("10.00", Currency::USD);
    let eur = m("10.00", Currency::EUR);
    let mismatch = MoneyError::CurrencyMismatch {
        left: Currency::USD,
        right: Currency::EUR,
    };
    assert_eq!(usd.checked_add(&eur), Err(mismatch));
    assert_eq!(usd.checked_sub(&eur), Err(mismatch));
    assert_eq!(usd.compare(&eur), Err(mismatch));
    assert_eq!(mismatch.as_str(), "currency_mismatch");
    assert_eq!(
        usd.checked_add(&m("2.50", Currency::USD)),
        Ok(m("12.50", Currency::USD))
    );
    assert_eq!(
        usd.checked_sub(&m("12.50", Currency::USD)),
        Ok(m("-2.50", Currency::USD))
    );
    assert_eq!(
        usd.compare(&m("9.99", Currency::USD)),
        Ok(Ordering::Greater)
    );
    assert_eq!(
        Money::sum(Currency::USD, [&usd, &eur]),
        Err(mismatch),
        "a sum refuses a stray currency"
    );
    assert_eq!(
        Money::sum(Currency::JPY, []),
        Ok(Money::zero(Currency::JPY))
    );
}

#[test]
fn overflow_is_an_error() {
    let max = Money::new(Decimal::MAX, Currency::USD);
    assert_eq!(
        max.checked_add(&m("1", Currency::USD)),
        Err(MoneyError::Overflow)
    );
    assert_eq!(
        max.negated().checked_sub(&m("1", Currency::USD)),
        Err(MoneyError::Overflow)
    );
}

#[test]
fn signs() {
    assert!(m("0.01", Currency::EUR).is_positive());
    assert!(m("-0.01", Currency::EUR).is_negative());
    let zero = Money::zero(Currency::EUR);
    assert!(zero.is_zero() && !zero.is_positive() && !zero.is_negative());
    assert_eq!(m("5", Currency::EUR).negated(), m("-5", Currency::EUR));
}

#[test]
fn english_korean_and_chinese_amounts() {
    for style in [NumberStyle::POINT] {
        let ok = |input: &str, expected: &str| {
            assert_eq!(
                parse(input, style, Currency::EUR),
                Ok(m(expected, Currency::EUR)),
                "{style:?} {input:?}"
            );
        };
        ok("1,234.56", "1234.56");
        ok("1234.56", "1234.56");
        ok("1,234,567.8", "1234567.80");
        ok("  12.30\t", "12.30");
        ok("0.01", "0.01");
        ok("007", "7");
        ok("１２３．４５", "123.45");
        ok("１，２３４．５６", "1234.56");
        ok("\u{3000}99\u{3000}", "99");
        for refused in [
            "1,23", "1234,567", ",123", "1,,234", "12.", ".5", "1.2.3", "1 234.56", "1234,56",
            "$12", "12€", "1e3", "+5", "- 5", "--5", "-", "12 34", "0x10", "١٢٣", "1_000",
        ] {
            assert_eq!(
                parse(refused, style, Currency::EUR),
                Err(AmountError::NotANumber),
                "{style:?} {refused:?}"
            );
        }
    }
}

#[test]
fn french_amounts() {
    let ok = |input: &str, expected: &str| {
        assert_eq!(
            parse(input, NumberStyle::COMMA_SPACED, Currency::EUR),
            Ok(m(expected, Currency::EUR)),
            "{input:?}"
        );
    };
    ok("1 234,56", "1234.56");
    ok("1\u{A0}234,56", "1234.56");
    ok("1\u{202F}234,56", "1234.56");
    ok("1 234\u{202F}567,8", "1234567.80");
    ok("1234,56", "1234.56");
    ok("12", "12");
    ok("１２３，４５", "123.45");
    // A point is the decimal separator where it cannot be a thousands separator.
    ok("1234.56", "1234.56");
    ok("12.5", "12.50");
    ok("1 234.5", "1234.50");
    for refused in [
        "1.234",
        "1.234,56",
        "1,234.56",
        "1 234.567",
        "1  234,56",
        "12,",
        ",5",
        "1 23,4",
        "12,3,4",
        "1.2.3",
        "12 €",
    ] {
        assert_eq!(
            parse(refused, NumberStyle::COMMA_SPACED, Currency::EUR),
            Err(AmountError::NotANumber),
            "{refused:?}"
        );
    }
    // Three decimals are fine where the currency has them.
    assert_eq!(
        parse("12,345", NumberStyle::COMMA_SPACED, Currency::KWD),
        Ok(m("12.345", Currency::KWD))
    );
    assert_eq!(
        parse("12,345", NumberStyle::COMMA_SPACED, Currency::EUR),
        Err(AmountError::TooManyDecimals { max: 2 })
    );
}

#[test]
fn refusals_have_precise_reasons() {
    let en = |input: &str, c: Currency| parse(input, NumberStyle::POINT, c);
    assert_eq!(en("", Currency::USD), Err(AmountError::Empty));
    assert_eq!(
        en(" \u{A0}\u{3000} ", Currency::USD),
        Err(AmountError::Empty)
    );
    let long_zero = format!("0.{}", "0".repeat(40));
    let long_negative = format!("-1.{}", "0".repeat(40));
    for not_positive in [
        "0",
        "0.00",
        "-0",
        "-5",
        "\u{2212}5",
        "－５",
        "-1,234.56",
        // The sign says what is wrong before the size or the decimals do.
        "-1.0000000000000",
        "0.0000000000000",
        "-9999999999999999",
        "-99999999999999999999999999999999999999999",
        &long_zero,
        &long_negative,
    ] {
        assert_eq!(
            en(not_positive, Currency::USD),
            Err(AmountError::NotPositive),
            "{not_positive:?}"
        );
    }
    assert_eq!(
        en("12.345", Currency::USD),
        Err(AmountError::TooManyDecimals { max: 2 })
    );
    assert_eq!(
        en("12.5", Currency::JPY),
        Err(AmountError::TooManyDecimals { max: 0 })
    );
    assert_eq!(
        en("12.50", Currency::KRW),
        Err(AmountError::TooManyDecimals { max: 0 }),
        "typed trailing zeros count"
    );
    assert_eq!(en("12.000", Currency::BHD), Ok(m("12", Currency::BHD)));
    assert_eq!(
        en("0.0001", Currency::KWD),
        Err(AmountError::TooManyDecimals { max: 3 })
    );
    // Too many decimals, however long the number.
    for too_precise in [
        "1000000000000000.123".to_string(),
        format!("1.{}", "0".repeat(40)),
        format!("{}.123", "9".repeat(40)),
    ] {
        assert_eq!(
            en(&too_precise, Currency::USD),
            Err(AmountError::TooManyDecimals { max: 2 }),
            "{too_precise}"
        );
    }
    let xxx = Currency::new("XXX").expect("code");
    assert_eq!(en("12", xxx), Err(AmountError::UnknownCurrency));
}

#[test]
fn limits() {
    let max = Some(d("100"));
    let above = Err(AmountError::AboveLimit {
        limit: m("100", Currency::USD),
    });
    assert_eq!(
        parse_amount("100.00", NumberStyle::POINT, Currency::USD, max),
        Ok(m("100", Currency::USD))
    );
    assert_eq!(
        parse_amount("100.01", NumberStyle::POINT, Currency::USD, max),
        above
    );
    assert_eq!(
        parse_amount(
            "99999999999999999999999999999999",
            NumberStyle::POINT,
            Currency::USD,
            max
        ),
        above
    );
    let ceiling = Err(AmountError::AboveLimit {
        limit: Money::new(MAX_TYPED_AMOUNT, Currency::USD),
    });
    assert_eq!(MAX_TYPED_AMOUNT, d("999999999999999"));
    assert_eq!(
        parse(
            "99999999999999999999999999999999",
            NumberStyle::POINT,
            Currency::USD
        ),
        ceiling
    );
    assert_eq!(
        parse("1000000000000000", NumberStyle::POINT, Currency::USD),
        ceiling
    );
    assert_eq!(
        parse("999,999,999,999,999.99", NumberStyle::POINT, Currency::USD),
        ceiling
    );
    assert_eq!(
        parse("999,999,999,999,999", NumberStyle::POINT, Currency::USD),
        Ok(Money::new(MAX_TYPED_AMOUNT, Currency::USD))
    );
    assert_eq!(
        parse(
            "0000000000000000000000000000001",
            NumberStyle::POINT,
            Currency::USD
        ),
        Ok(m("1", Currency::USD)),
        "leading zeros are not digits of the amount"
    );
    assert_eq!(
        parse_amount("5", NumberStyle::POINT, Currency::USD, Some(Decimal::MAX)),
        Ok(m("5", Currency::USD))
    );
}

#[test]
fn error_codes_are_stable() {
    let codes: Vec<&str> = [
        AmountError::Empty,
        AmountError::NotANumber,
        AmountError::NotPositive,
        AmountError::TooManyDecimals { max: 2 },
        AmountError::AboveLimit {
            limit: Money::zero(Currency::USD),
        },
        AmountError::UnknownCurrency,
    ]
    .iter()
    .map(AmountError::as_str)
    .collect();
    assert_eq!(
        codes,
        [
            "empty",
            "not_a_number",
            "not_positive",
            "too_many_decimals",
            "above_limit",
            "unknown_currency"
        ]
    );
}

#[test]
fn plain_format_has_exactly_the_minor_digits() {
    let cases = [
        (m("1234.5", Currency::EUR), "1234.50"),
        (m("1234", Currency::JPY), "1234"),
        (m("1.2", Currency::KWD), "1.200"),
        (m("0.125", Currency::USD), "0.13"),
        (m("-5", Currency::USD), "-5.00"),
        (m("-0.001", Currency::USD), "0.00"),
        (m("12.3456", Currency::new("XXX").expect("code")), "12.3456"),
    ];
    for (money, expected) in cases {
        assert_eq!(format_plain(&money), expected, "{money:?}");
    }
    let money = m("1234.5", Currency::EUR);
    assert_eq!(format_for_input(&money, NumberStyle::POINT), "1234.50");
    assert_eq!(
        format_for_input(&money, NumberStyle::COMMA_SPACED),
        "1234,50"
    );
    assert_eq!(
        format_for_input(&money, NumberStyle::COMMA_POINTED),
        "1234,50"
    );
}

#[test]
fn where_points_group_thousands_they_do_and_a_lone_point_before_decimals_is_a_decimal_point() {
    let de = |input: &str| parse(input, NumberStyle::COMMA_POINTED, Currency::EUR);
    for (input, expected) in [
        ("1.234,56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1.234.567", "1234567.00"),
        ("1.234", "1234.00"),
        // From a numeric keypad: not a thousands group, so the decimal point.
        ("12.5", "12.50"),
        ("０,５０", "0.50"),
    ] {
        assert_eq!(de(input), Ok(m(expected, Currency::EUR)), "{input:?}");
    }
    for refused in ["1 234,56", "1,234.56", "1.23,4", "12.34.5", "1..5", "0.500"] {
        assert_eq!(de(refused), Err(AmountError::NotANumber), "{refused:?}");
    }
}

#[test]
fn parsed_amounts_carry_the_currency_scale() {
    let money = parse("12.5", NumberStyle::POINT, Currency::EUR).expect("valid");
    assert_eq!(money.amount.scale(), 2);
    assert_eq!(
        serde_json::to_string(&money).expect("serializes"),
        r#"{"amount":"12.50","currency":"EUR"}"#
    );
}

#[test]
fn the_wire_form_is_read_exactly_as_the_contract_writes_it() {
    for (text, value) in [
        ("10", "10"),
        ("10.50", "10.50"),
        ("-5", "-5"),
        (
            "0.0000000000000000000000000001",
            "0.0000000000000000000000000001",
        ),
    ] {
        assert_eq!(money::parse_wire_amount(text), Ok(d(value)), "{text}");
    }
    for text in [
        "1_0", "1e1", "1E1", "+1", ".5", "5.", "", "-", " 1", "1 ", "1,5", "0x10", "１", "1.2.3",
        "--1", "NaN", "Infinity",
    ] {
        assert_eq!(
            money::parse_wire_amount(text),
            Err(AmountError::NotANumber),
            "{text:?}"
        );
    }
    // Thirty decimals cannot be held exactly: refused, never rounded.
    let thirty = format!("1.{}", "1".repeat(30));
    assert_eq!(
        money::parse_wire_amount(&thirty),
        Err(AmountError::TooManyDecimals { max: 28 })
    );
    let huge = "9".repeat(40);
    assert_eq!(
        money::parse_wire_amount(&huge),
        Err(AmountError::NotANumber)
    );
}

#[test]
fn money_and_currencies_deserialize_strictly() {
    let read = |json: &str| serde_json::from_str::<Money>(json);
    assert_eq!(
        read(r#"{"amount":"12.50","currency":"EUR"}"#).ok(),
        Some(m("12.50", Currency::EUR))
    );
    for bad in [
        r#"{"amount":"1e1","currency":"USD"}"#,
        r#"{"amount":"1_0","currency":"USD"}"#,
        r#"{"amount":10,"currency":"USD"}"#,
        r#"{"amount":"10","currency":"usd"}"#,
        r#"{"amount":"10","currency":"US"}"#,
        r#"{"amount":"10","currency":"USDX"}"#,
    ] {
        assert!(read(bad).is_err(), "{bad}");
    }
    // Typed or in a URL, a code is still read leniently.
    assert_eq!(Currency::new("usd"), Some(Currency::USD));
    assert_eq!(Currency::from_wire("usd"), None);
}

#[test]
fn typing_moved_to_another_language_keeps_its_number() {
    use NumberStyle as S;
    for (input, from, to, expected) in [
        ("1,5", S::COMMA_SPACED, S::POINT, "1.5"),
        ("1 234,56", S::COMMA_SPACED, S::POINT, "1234.56"),
        ("1.234,56", S::COMMA_POINTED, S::POINT, "1234.56"),
        ("1,500", S::POINT, S::COMMA_SPACED, "1500"),
        ("1,234.5", S::POINT, S::COMMA_POINTED, "1234,5"),
        // Every digit as typed: more decimals than the currency has stay, and are refused.
        ("1.234", S::POINT, S::COMMA_POINTED, "1,234"),
        ("12.34", S::POINT, S::POINT, "12.34"),
        ("-0,50", S::COMMA_POINTED, S::POINT, "-0.50"),
        ("  2 000 ", S::COMMA_SPACED, S::POINT, "2000"),
    ] {
        let retyped = retype_number(input, from, to).expect(input);
        assert_eq!(retyped, expected, "{input}");
        // The number is the one the customer typed, to the last digit.
        let amount = |text: &str, style| parse(text, style, Currency::KWD).map(|m| m.amount);
        assert_eq!(amount(&retyped, to), amount(input, from), "{input}");
    }
    for input in ["", "abc", "1,2,3.4.5", ",5"] {
        assert_eq!(
            retype_number(input, S::POINT, S::COMMA_SPACED),
            None,
            "{input:?}"
        );
    }
}
