//! Billing item actions on an active item the kit finds: dissociate and associate back (one
//! by one and in bulk, so the item ends as it was), refusals by field, and a cancellation at
//! the end of the period, after which the item refuses every action.

use billing_core::contract::{BillingItem, BulkResult, ItemStatus, Page};
use serde_json::{json, Value};

use super::client::{wire_name, Answer, Caller};
use super::fixtures::UNKNOWN_ID;
use super::report::{ensure, every, not_applicable, Checked, Problem, Report};
use super::Kit;

const AREA: &str = "items";

/// The item a check acts on, or why there is none.
type Found = Result<BillingItem, Problem>;

pub async fn run(kit: &Kit, report: &mut Report) {
    let active = active_items(kit).await;
    let associated = active
        .as_ref()
        .map(|items| items.iter().find(|i| i.device.is_some()).cloned());
    let associated = || match &associated {
        Ok(Some(item)) => Ok(item.clone()),
        Ok(None) => Err(not_applicable("no active billing item with a device")),
        Err(error) => Err(Problem::Fail(error.to_string())),
    };
    report.record(
        AREA,
        "dissociate, then associate back: 200, the item without and with its device",
        one_by_one(kit, associated()).await,
    );
    report.record(
        AREA,
        "a bulk action answers per item: dissociate and associate back, an unknown id not_found",
        in_bulk(kit, associated()).await,
    );
    report.record(
        AREA,
        "associate with an unknown device: 422 device_id not_found, the item unchanged",
        unknown_device(kit, associated()).await,
    );
    report.record(
        AREA,
        "an unreadable bulk request: 400 validation_failed",
        unreadable_bulk(kit).await,
    );
    // Cancelled for good: an item the other checks did not use, where there is one.
    let used = associated().ok().map(|i| i.id);
    let to_cancel = match &active {
        Ok(items) => items
            .iter()
            .rev()
            .find(|i| Some(&i.id) != used.as_ref())
            .or(items.first())
            .cloned()
            .ok_or_else(|| not_applicable("no active billing item")),
        Err(error) => Err(Problem::Fail(error.clone())),
    };
    report.record(
        AREA,
        "cancel at the end of the period: 200, then every action 409 item_already_cancelled",
        cancelled(kit, to_cancel).await,
    );
}

async fn active_items(kit: &Kit) -> Result<Vec<BillingItem>, String> {
    let page: Page<BillingItem> = kit
        .client
        .get("/api/v1/billing-items?view=all&limit=500", Caller::Admin)
        .await?
        .read(200)?;
    Ok(page
        .items
        .into_iter()
        .filter(|i| i.status == ItemStatus::Active)
        .collect())
}

async fn act(kit: &Kit, item: &str, action: &str, body: Option<Value>) -> Result<Answer, String> {
    kit.client
        .post(
            &format!("/api/v1/billing-items/{item}/{action}"),
            Caller::Admin,
            None,
            body.as_ref(),
        )
        .await
}

/// The device an item is with, by id.
fn device_of(item: &BillingItem) -> Option<&str> {
    item.device.as_ref().map(|d| d.id.as_str())
}

async fn one_by_one(kit: &Kit, item: Found) -> Checked {
    let item = &item?;
    let device = device_of(item).unwrap_or_default();
    let alone: BillingItem = act(kit, &item.id, "dissociate", None).await?.read(200)?;
    let back: BillingItem = act(
        kit,
        &item.id,
        "associate",
        Some(json!({ "device_id": device })),
    )
    .await?
    .read(200)?;
    ensure(alone.device.is_none(), || {
        "dissociated, the item still has a device".into()
    })?;
    ensure(device_of(&back) == Some(device), || {
        format!(
            "associated back, the item's device is {:?}",
            device_of(&back)
        )
    })?;
    Ok(())
}

async fn bulk(kit: &Kit, action: Value, ids: &[&str]) -> Result<Answer, String> {
    kit.client
        .post(
            "/api/v1/billing-items/bulk",
            Caller::Admin,
            None,
            Some(&json!({ "action": action, "item_ids": ids })),
        )
        .await
}

async fn in_bulk(kit: &Kit, item: Found) -> Checked {
    let item = &item?;
    let device = device_of(item).unwrap_or_default();
    let alone: BulkResult = bulk(
        kit,
        json!({ "type": "dissociate" }),
        &[&item.id, UNKNOWN_ID],
    )
    .await?
    .read(200)?;
    let back: BulkResult = bulk(
        kit,
        json!({ "type": "associate", "device_id": device }),
        &[&item.id],
    )
    .await?
    .read(200)?;
    let result =
        |results: &BulkResult, id: &str| results.results.iter().find(|r| r.item_id == id).cloned();
    let dissociated = result(&alone, &item.id).and_then(|r| r.item);
    ensure(dissociated.is_some_and(|i| i.device.is_none()), || {
        "the bulk dissociation's result has no item without a device".into()
    })?;
    let unknown = result(&alone, UNKNOWN_ID);
    ensure(
        unknown.is_some_and(|r| {
            r.item.is_none() && r.error.is_some_and(|e| wire_name(&e.code) == "not_found")
        }),
        || "the unknown id's result is not a not_found error".into(),
    )?;
    let associated = result(&back, &item.id).and_then(|r| r.item);
    ensure(
        associated.as_ref().and_then(device_of) == Some(device),
        || "the bulk association's result is not the item with its device".into(),
    )?;
    Ok(())
}

async fn unknown_device(kit: &Kit, item: Found) -> Checked {
    let item = &item?;
    let body = json!({ "device_id": UNKNOWN_ID });
    act(kit, &item.id, "associate", Some(body))
        .await?
        .field(422, "device_id", "not_found")?;
    let now: BillingItem = kit
        .client
        .get("/api/v1/billing-items?view=all&limit=500", Caller::Admin)
        .await?
        .read::<Page<BillingItem>>(200)?
        .items
        .into_iter()
        .find(|i| i.id == item.id)
        .ok_or_else(|| format!("{} is no longer listed", item.id))?;
    ensure(now.device == item.device, || {
        "the refused association moved the item".into()
    })?;
    Ok(())
}

async fn unreadable_bulk(kit: &Kit) -> Checked {
    bulk(kit, json!({ "type": "explode" }), &[UNKNOWN_ID])
        .await?
        .refused(400, "validation_failed")?;
    Ok(())
}

async fn cancelled(kit: &Kit, item: Found) -> Checked {
    let item = &item?;
    let body = json!({ "when": "end_of_period" });
    let done: BillingItem = act(kit, &item.id, "cancel", Some(body.clone()))
        .await?
        .read(200)?;
    let expected = match item.next_bill_date {
        Some(_) => ItemStatus::CancellationPending,
        None => ItemStatus::Cancelled,
    };
    ensure(
        done.status == expected && done.cancellation_date.is_some(),
        || {
            format!(
                "cancelled at the end of the period, the item is {} (cancellation date {:?})",
                wire_name(&done.status),
                done.cancellation_date
            )
        },
    )?;
    let mut answers = vec![
        act(kit, &item.id, "cancel", Some(body)).await,
        act(kit, &item.id, "dissociate", None).await,
    ];
    // With a device it has, so that only the cancellation can be the reason to refuse.
    if let Some(device) = device_of(item) {
        let body = json!({ "device_id": device });
        answers.push(act(kit, &item.id, "associate", Some(body)).await);
    }
    every(
        answers
            .into_iter()
            .map(|answer| answer.and_then(|a| a.refused(409, "item_already_cancelled").map(drop))),
    )
}
