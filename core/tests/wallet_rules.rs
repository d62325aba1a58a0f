//! The wallet's rules, as both backends apply them.

use billing_core::contract::{CardTokenRequest, MethodStatus, NewPaymentMethod, PaymentMethod};
use billing_core::fields::{FieldCode, FieldError};
use billing_core::seed;
use billing_core::wallet::{self, CardOutcome, WalletError};
use chrono::{NaiveDate, TimeZone, Utc};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}

fn card(number: &str) -> CardTokenRequest {
    CardTokenRequest {
        number: number.into(),
        exp_month: 4,
        exp_year: 2029,
        cvc: "123".into(),
        holder: "Min-jun Lee".into(),
    }
}

fn new_method(token: &str, make_default: bool) -> NewPaymentMethod {
    NewPaymentMethod {
        token: token.into(),
        holder: "Min-jun Lee".into(),
        billing_address: seed::generate(1, 1).profile.bill_to.billing_address,
        eu_supported: false,
        make_default,
    }
}

fn methods() -> Vec<PaymentMethod> {
    seed::generate(1, 1).payment_methods
}

#[test]
fn the_vault_keeps_brand_last_four_and_expiry_and_knows_the_test_cards() {
    let vaulted = wallet::vault(&card("4242 4242 4242 4242"), "tok_1".into(), today());
    let vaulted = vaulted.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(vaulted.card.last4, "4242");
    assert_eq!(vaulted.outcome, CardOutcome::Approved);
    assert!(!format!("{vaulted:?}").contains("4242424242424242"));
    for (number, outcome) in [
        ("4000000000000002", CardOutcome::Declined),
        ("4000000000000069", CardOutcome::Expired),
        ("4000000000003220", CardOutcome::RequiresAction),
    ] {
        let vaulted = wallet::vault(&card(number), "t".into(), today());
        assert_eq!(vaulted.map(|v| v.outcome), Ok(outcome));
    }
    let refused = wallet::vault(&card("4242 4242 4242 4241"), "t".into(), today());
    assert_eq!(
        refused,
        Err(WalletError::Invalid(vec![FieldError {
            field: "card.number",
            code: FieldCode::Luhn
        }]))
    );
}

#[test]
fn a_token_is_good_for_one_use() {
    let mut vaulted = wallet::vault(&card("4242424242424242"), "tok_1".into(), today()).ok();
    assert!(wallet::take(vaulted.as_mut(), "token").is_ok());
    let again = wallet::take(vaulted.as_mut(), "token");
    assert_eq!(
        again.map_err(|e| e.answer().1.fields),
        Err([("token".into(), "invalid".into())].into())
    );
    assert!(wallet::take(None, "token").is_err());
}

#[test]
fn a_new_card_is_pending_and_may_become_the_monthly_method() {
    let mut all = methods();
    let vaulted = wallet::vault(&card("5555555555554444"), "tok_7".into(), today());
    let vaulted = vaulted.unwrap_or_else(|e| panic!("{e:?}"));
    let now = Utc
        .with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let added = wallet::add_card(&mut all, vaulted, &new_method("tok_7", true), now);
    let added = added.unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(added.id, "pm_7");
    assert_eq!(added.status, MethodStatus::PendingValidation);
    assert_eq!(
        all.iter()
            .filter(|m| m.is_default)
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>(),
        ["pm_7"]
    );
}

#[test]
fn declined_and_expired_cards_are_not_added() {
    for (number, error) in [
        ("4000000000000002", WalletError::Declined),
        ("4000000000000069", WalletError::Expired),
    ] {
        let mut all = methods();
        let before = all.clone();
        let vaulted = wallet::vault(&card(number), "tok_9".into(), today())
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            wallet::add_card(
                &mut all,
                vaulted,
                &new_method("tok_9", true),
                Utc.timestamp_opt(0, 0).single().unwrap_or_default()
            ),
            Err(error.clone())
        );
        assert_eq!(all, before, "a refusal changes nothing");
        // The contract's UnprocessableEntity names both codes; no other status is documented.
        assert_eq!(error.answer().0, 422);
    }
}

#[test]
fn only_an_active_method_becomes_the_monthly_one() {
    let mut all = methods();
    let pending = all
        .iter()
        .find(|m| m.status != MethodStatus::Active)
        .map(|m| m.id.clone());
    let pending = pending.unwrap_or_default();
    assert_eq!(
        wallet::set_default(&mut all, &pending),
        Err(WalletError::NotActive)
    );
    let active: Vec<String> = all
        .iter()
        .filter(|m| m.status == MethodStatus::Active)
        .map(|m| m.id.clone())
        .collect();
    let last = active.last().cloned().unwrap_or_default();
    assert!(wallet::set_default(&mut all, &last).is_ok());
    assert_eq!(
        all.iter()
            .filter(|m| m.is_default)
            .map(|m| m.id.clone())
            .collect::<Vec<_>>(),
        [last]
    );
    assert_eq!(
        wallet::set_default(&mut all, "pm_nope"),
        Err(WalletError::NotFound)
    );
}

#[test]
fn the_last_valid_method_stays_while_money_is_owed() {
    let mut all = methods();
    let active: Vec<String> = all
        .iter()
        .filter(|m| m.status == MethodStatus::Active)
        .map(|m| m.id.clone())
        .collect();
    for id in &active[1..] {
        assert_eq!(wallet::remove(&mut all, id, true), Ok(()));
    }
    assert_eq!(
        wallet::remove(&mut all, &active[0], true),
        Err(WalletError::LastValid)
    );
    assert_eq!(wallet::remove(&mut all, &active[0], false), Ok(()));
}

#[test]
fn removing_the_monthly_method_passes_the_role_to_another_active_one() {
    let mut all = methods();
    let default = all
        .iter()
        .find(|m| m.is_default)
        .map(|m| m.id.clone())
        .unwrap_or_default();
    let others_active = all
        .iter()
        .filter(|m| m.status == MethodStatus::Active && !m.is_default)
        .count();
    assert!(
        others_active > 0,
        "the demo account has a second active method"
    );
    assert_eq!(wallet::remove(&mut all, &default, true), Ok(()));
    let now_default: Vec<&PaymentMethod> = all.iter().filter(|m| m.is_default).collect();
    assert_eq!(now_default.len(), 1);
    assert_eq!(now_default[0].status, MethodStatus::Active);
}

#[test]
fn a_new_method_with_an_invisible_character_in_its_holder_or_address_is_refused() {
    let mut new = new_method("tok_1", false);
    new.holder = "Lee\u{202E}nuj-niM".into();
    new.billing_address.city = "San\u{200B}Francisco".into();
    let Err(WalletError::Invalid(errors)) = wallet::checked_address(&new) else {
        panic!("refused");
    };
    let fields: Vec<_> = errors.iter().map(|e| (e.field, e.code)).collect();
    assert_eq!(
        fields,
        [
            ("card.holder", FieldCode::InvisibleCharacters),
            ("billing_address.city", FieldCode::InvisibleCharacters),
        ]
    );
    let checked = wallet::checked_address(&new_method("tok_1", false)).expect("valid");
    assert_eq!(checked.holder, "Min-jun Lee");
}
