//! The card vault and the payment methods on file: tokens that carry no card number, a card
//! added once per key from a token used once, the test cards refused, the default moved
//! only to an active method, and the kit's own card removed again.

use billing_core::card::CardBrand;
use billing_core::contract::{
    AttemptOutcome, AttemptState, CardToken, MethodStatus, PaymentMethod,
};
use serde_json::Value;

use super::client::{wire_name, Caller};
use super::fixtures::{
    add_card, address, card, json, methods, new_method, tokenize, APPROVED, DECLINED, EXPIRED,
};
use super::report::{ensure, every, not_applicable, Checked, Report};
use super::Kit;

const AREA: &str = "methods";

pub async fn run(kit: &Kit, report: &mut Report) {
    report.record(
        AREA,
        "a card token has the brand and last four, never the number",
        token_hides_number(kit).await,
    );
    let before = methods(kit).await;
    let key = kit.key("method");
    let added = add_card(kit, &key).await;
    report.record(
        AREA,
        "a card added from a token: 201, pending_validation, listed",
        added_once(kit, &added, before).await,
    );
    report.record(
        AREA,
        "a lost add resolves to the method it added",
        resolved(kit, &key, &added).await,
    );
    report.record(
        AREA,
        "an add replays for its key; its token then serves no other (token invalid)",
        token_used_once(kit).await,
    );
    report.record(
        AREA,
        "declined and expired test cards: 422 card_declined, card_expired; nothing saved",
        test_cards_refused(kit).await,
    );
    report.record(
        AREA,
        "a bad billing address is refused field by field",
        bad_address(kit).await,
    );
    report.record(
        AREA,
        "a method pending validation cannot become the default (422)",
        pending_not_default(kit, &added).await,
    );
    report.record(
        AREA,
        "the default moves between active methods, one at a time",
        default_moves(kit).await,
    );
    report.record(
        AREA,
        "the kit's card is removed (204), then unknown (404)",
        removed(kit, &added).await,
    );
}

async fn token_hides_number(kit: &Kit) -> Checked {
    let answer = kit
        .client
        .post(
            "/api/v1/card-tokens",
            Caller::Admin,
            None,
            Some(&json(&card(APPROVED))),
        )
        .await?;
    let token: CardToken = answer.read(201)?;
    ensure(
        token.brand == CardBrand::Visa && token.last4 == "4242",
        || {
            format!(
                "brand {} and last four {}",
                wire_name(&token.brand),
                token.last4
            )
        },
    )?;
    let raw = String::from_utf8_lossy(&answer.body);
    ensure(!raw.contains(APPROVED) && !raw.contains("cvc"), || {
        "the token's answer carries the number or the security code".into()
    })?;
    Ok(())
}

async fn added_once(
    kit: &Kit,
    added: &Result<PaymentMethod, String>,
    before: Result<Vec<PaymentMethod>, String>,
) -> Checked {
    let (added, before) = (added.clone()?, before?);
    ensure(added.status == MethodStatus::PendingValidation, || {
        format!("a new card is {}", wire_name(&added.status))
    })?;
    let after = methods(kit).await?;
    ensure(after.len() == before.len() + 1, || {
        format!(
            "{} methods before, {} after one add",
            before.len(),
            after.len()
        )
    })?;
    ensure(after.contains(&added), || {
        "the added card is not listed as answered".into()
    })?;
    Ok(())
}

async fn resolve_method(kit: &Kit, key: &str) -> Result<AttemptOutcome<PaymentMethod>, String> {
    kit.client
        .post(
            &format!("/api/v1/payment-methods/attempts/{key}/resolve"),
            Caller::Admin,
            None,
            None,
        )
        .await?
        .read(200)
}

async fn resolved(kit: &Kit, key: &str, added: &Result<PaymentMethod, String>) -> Checked {
    let added = added.clone()?;
    let outcome = resolve_method(kit, key).await?;
    ensure(
        outcome.state == AttemptState::Completed && outcome.key == key,
        || format!("state {}, key {}", wire_name(&outcome.state), outcome.key),
    )?;
    ensure(
        outcome.result.as_ref().map(|m| &m.id) == Some(&added.id),
        || "the outcome's result is not the method added".into(),
    )?;
    Ok(())
}

async fn add(kit: &Kit, body: &Value, key: &str) -> Result<super::client::Answer, String> {
    kit.client
        .post(
            "/api/v1/payment-methods",
            Caller::Admin,
            Some(key),
            Some(body),
        )
        .await
}

async fn token_used_once(kit: &Kit) -> Checked {
    let token = tokenize(kit, APPROVED).await?;
    let body = new_method(&token.token);
    let first: PaymentMethod = add(kit, &body, &kit.key("once-1")).await?.read(201)?;
    let again = add(kit, &body, &kit.key("once-1"))
        .await?
        .read::<PaymentMethod>(201)?;
    ensure(again == first, || {
        "the same key and body answered another method".into()
    })?;
    let reuse = add(kit, &body, &kit.key("once-2")).await?;
    let refused = reuse.field(422, "token", "invalid");
    let removed = kit
        .client
        .delete(
            &format!("/api/v1/payment-methods/{}", first.id),
            Caller::Admin,
        )
        .await
        .and_then(|a| a.status(204).map(drop));
    every([refused, removed])
}

async fn test_cards_refused(kit: &Kit) -> Checked {
    let before = methods(kit).await?;
    let mut results = Vec::new();
    for (number, code) in [(DECLINED, "card_declined"), (EXPIRED, "card_expired")] {
        let token = tokenize(kit, number).await?;
        let answer = add(kit, &new_method(&token.token), &kit.key(code)).await?;
        results.push(answer.refused(422, code).map(drop));
    }
    let after = methods(kit).await?;
    results.push(ensure(after == before, || {
        "a refused card changed the methods".into()
    }));
    every(results)
}

async fn bad_address(kit: &Kit) -> Checked {
    let token = tokenize(kit, APPROVED).await?;
    let mut bad = address();
    bad.postal_code = "ABCDE".into();
    bad.state = String::new();
    let mut body = new_method(&token.token);
    body["billing_address"] = json(&bad);
    let answer = add(kit, &body, &kit.key("bad-address")).await?;
    answer.field(422, "billing_address.postal_code", "postal_code_format")?;
    answer.field(422, "billing_address.state", "state_required")?;
    Ok(())
}

async fn set_default(kit: &Kit, id: &str) -> Result<super::client::Answer, String> {
    kit.client
        .post(
            &format!("/api/v1/payment-methods/{id}/default"),
            Caller::Admin,
            None,
            None,
        )
        .await
}

async fn pending_not_default(kit: &Kit, added: &Result<PaymentMethod, String>) -> Checked {
    let added = added.clone()?;
    let answer = set_default(kit, &added.id).await?;
    answer.refused(422, "validation_failed")?;
    let still = methods(kit).await?;
    ensure(
        still.iter().all(|m| m.id != added.id || !m.is_default),
        || "the pending card became the default".into(),
    )?;
    Ok(())
}

/// Makes `id` the default and checks it is the only one.
async fn made_default(kit: &Kit, id: &str) -> Result<(), String> {
    let method: PaymentMethod = set_default(kit, id).await?.read(200)?;
    ensure(method.id == id && method.is_default, || {
        format!(
            "setting {id} answered {} (default: {})",
            method.id, method.is_default
        )
    })?;
    let defaults: Vec<String> = methods(kit)
        .await?
        .into_iter()
        .filter(|m| m.is_default)
        .map(|m| m.id)
        .collect();
    ensure(defaults == [id], || {
        format!("defaults after setting {id}: {defaults:?}")
    })
}

async fn default_moves(kit: &Kit) -> Checked {
    let all = methods(kit).await?;
    let active: Vec<&PaymentMethod> = all
        .iter()
        .filter(|m| m.status == MethodStatus::Active)
        .collect();
    // Only from an active default, which the account can be given back.
    let Some(original) = active.iter().find(|m| m.is_default) else {
        return Err(not_applicable("no active default method on file"));
    };
    // Over to another active method and back, so the account ends as it was.
    if let Some(other) = active.iter().find(|m| m.id != original.id) {
        made_default(kit, &other.id).await?;
    }
    made_default(kit, &original.id).await?;
    Ok(())
}

async fn removed(kit: &Kit, added: &Result<PaymentMethod, String>) -> Checked {
    let added = added.clone()?;
    let path = format!("/api/v1/payment-methods/{}", added.id);
    kit.client.delete(&path, Caller::Admin).await?.status(204)?;
    let left = methods(kit).await?;
    ensure(left.iter().all(|m| m.id != added.id), || {
        "the removed card is still listed".into()
    })?;
    kit.client
        .delete(&path, Caller::Admin)
        .await?
        .refused(404, "not_found")?;
    Ok(())
}
