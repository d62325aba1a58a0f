//! What needs a real browser: `Intl` formatting, the crash panel's DOM, and storage.
//! Run by `scripts/test.sh` with wasm-bindgen-test in headless Chromium.
#![cfg(target_arch = "wasm32")]

use billing_core::lang::Lang;
use billing_core::money::{format_for_input, parse_amount, Currency, Money, NumberStyle};
use billing_portal::crash::{show_panel, CrashText};
use billing_portal::i18n::intl;
use billing_portal::state::prefs;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const NNBSP: char = '\u{202f}';
const NBSP: char = '\u{a0}';

fn money(minor: i64, scale: u32, currency: Currency) -> Money {
    Money::new(Decimal::new(minor, scale), currency)
}

#[wasm_bindgen_test]
fn money_follows_each_language() {
    let eur = money(123_450, 2, Currency::EUR);
    assert_eq!(intl::money(&eur, Lang::En), "€1,234.50");
    assert_eq!(
        intl::money(&eur, Lang::Fr),
        format!("1{NNBSP}234,50{NBSP}€")
    );
    assert_eq!(
        intl::money(&money(1_234_567, 0, Currency::KRW), Lang::Ko),
        "₩1,234,567"
    );
    assert_eq!(
        intl::money(&money(99_900, 2, Currency::TWD), Lang::ZhTw),
        "$999.00"
    );
}

/// Each language types amounts as it writes them, whatever the language: its separators
/// come from `Intl`, and what the field is given back reads as the same amount.
#[wasm_bindgen_test]
fn typed_amounts_follow_each_languages_separators() {
    let style = |lang| intl::number_style(lang);
    assert_eq!(style(Lang::En), NumberStyle::POINT);
    assert_eq!(style(Lang::Fr), NumberStyle::COMMA_SPACED);
    assert_eq!(style(Lang::De), NumberStyle::COMMA_POINTED);
    assert_eq!(style(Lang::PtBr), NumberStyle::COMMA_POINTED);
    assert_eq!(style(Lang::Ja), NumberStyle::POINT);
    let eur = money(123_450, 2, Currency::EUR);
    for lang in Lang::ALL {
        let typed = format_for_input(&eur, style(lang));
        assert_eq!(
            parse_amount(&typed, style(lang), Currency::EUR, None),
            Ok(eur),
            "{lang:?} {typed}"
        );
    }
    assert_eq!(
        parse_amount("1.234,50", style(Lang::De), Currency::EUR, None),
        Ok(eur)
    );
}

#[wasm_bindgen_test]
fn money_keeps_each_currencys_minor_units() {
    assert_eq!(
        intl::money(&money(1_500, 0, Currency::JPY), Lang::En),
        "¥1,500"
    );
    assert_eq!(
        intl::money(&money(1_234, 3, Currency::new("KWD").unwrap()), Lang::En),
        "KWD\u{a0}1.234"
    );
    assert_eq!(intl::money(&money(5, 0, Currency::USD), Lang::En), "$5.00");
}

#[wasm_bindgen_test]
fn money_is_exact_beyond_float_precision() {
    // 2^53 + 1 and cents: a float would print ...992.00.
    let large = money(900_719_925_474_099_301, 2, Currency::USD);
    assert_eq!(intl::money(&large, Lang::En), "$9,007,199,254,740,993.01");
}

#[wasm_bindgen_test]
fn dates_follow_each_language_and_never_shift_a_day() {
    let date = NaiveDate::from_ymd_opt(2026, 11, 15).unwrap();
    assert_eq!(intl::date(date, Lang::En), "Nov 15, 2026");
    assert_eq!(intl::date(date, Lang::Fr), "15 nov. 2026");
    assert_eq!(intl::date(date, Lang::Ko), "2026. 11. 15.");
    assert_eq!(intl::date(date, Lang::ZhTw), "2026年11月15日");
}

#[wasm_bindgen_test]
fn months_follow_each_language_and_bad_ones_stay_as_given() {
    assert_eq!(intl::month("2026-01", Lang::En), "Jan 2026");
    assert_eq!(intl::month("2026-01", Lang::Fr), "janv. 2026");
    assert_eq!(intl::month("2026-01", Lang::Ko), "2026년 1월");
    assert_eq!(intl::month("2026-01", Lang::ZhTw), "2026年1月");
    assert_eq!(intl::month("2026-13", Lang::En), "2026-13");
}

#[wasm_bindgen_test]
fn the_crash_panel_replaces_the_content() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mount: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    mount.set_inner_html("<p>stale content</p>");
    let text = CrashText {
        title: "Titre".into(),
        body: "Corps".into(),
        reload: "Recharger".into(),
    };
    show_panel(&mount, &text);
    let panel = mount
        .query_selector(".bp-crash")
        .unwrap()
        .expect("the panel is shown");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        mount
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Titre")
    );
    let reload = mount.query_selector("a").unwrap().unwrap();
    assert_eq!(reload.text_content().as_deref(), Some("Recharger"));
    assert!(reload.get_attribute("href").is_some_and(|h| !h.is_empty()));
    assert!(!mount.inner_html().contains("stale content"));
}

#[wasm_bindgen_test]
fn the_language_choice_is_remembered() {
    prefs::save_lang(Lang::Ko);
    assert_eq!(prefs::saved_lang().as_deref(), Some("ko"));
    prefs::save_lang(Lang::Fr);
    assert_eq!(prefs::saved_lang().as_deref(), Some("fr"));
}
