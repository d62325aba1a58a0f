//! Billing item actions over HTTP: associate, dissociate, cancel and bulk; administrators
//! only, refusals that write nothing, and bulk results reported item by item.

mod support;

use billing_core::contract::{BillingItem, BulkResult, ItemStatus};
use chrono::Utc;
use serde_json::json;
use support::{start, TestServer, ADMIN, VIEWER};

// From the seed: item_00001 is active on dev_01, item_00004 has no device, item_00012 is
// being cancelled and item_00013 is cancelled.
const ACTIVE: &str = "item_00001";
const DISSOCIATED: &str = "item_00004";
const PENDING: &str = "item_00012";
const CANCELLED: &str = "item_00013";

/// Every item as stored, read back through the list.
async fn items(server: &TestServer) -> Vec<BillingItem> {
    let page = server
        .get("/api/v1/billing-items?view=all&limit=500", ADMIN)
        .await
        .json();
    serde_json::from_value(page["items"].clone()).unwrap()
}

async fn item(server: &TestServer, id: &str) -> BillingItem {
    items(server)
        .await
        .into_iter()
        .find(|i| i.id == id)
        .expect("the item exists")
}

async fn act(
    server: &TestServer,
    token: &str,
    id: &str,
    action: &str,
    body: &str,
) -> support::Response {
    let path = format!("/api/v1/billing-items/{id}/{action}");
    server.post(&path, token, body, &[]).await
}

fn parse(response: &support::Response) -> BillingItem {
    assert_eq!(response.status, 200, "{}", response.text());
    serde_json::from_value(response.json()).unwrap()
}

#[tokio::test]
async fn associating_moves_an_item_to_a_device() {
    let server = start().await;
    let body = json!({ "device_id": "dev_05" }).to_string();
    let moved = parse(&act(&server, ADMIN, DISSOCIATED, "associate", &body).await);
    let device = moved.device.expect("associated");
    assert_eq!(
        (device.id.as_str(), device.name.as_str()),
        ("dev_05", "web-05.nimbus.example")
    );
    assert_eq!(item(&server, DISSOCIATED).await.device, Some(device));
}

#[tokio::test]
async fn dissociating_clears_the_device() {
    let server = start().await;
    let item_after = parse(&act(&server, ADMIN, ACTIVE, "dissociate", "").await);
    assert_eq!(item_after.device, None);
    assert_eq!(item(&server, ACTIVE).await.device, None);
}

#[tokio::test]
async fn cancelling_immediately_ends_the_item_today() {
    let server = start().await;
    let body = json!({ "when": "immediately" }).to_string();
    let cancelled = parse(&act(&server, ADMIN, ACTIVE, "cancel", &body).await);
    assert_eq!(cancelled.status, ItemStatus::Cancelled);
    assert_eq!(cancelled.next_bill_date, None);
    assert_eq!(cancelled.cancellation_date, Some(Utc::now().date_naive()));
    assert_eq!(item(&server, ACTIVE).await, cancelled);
}

#[tokio::test]
async fn cancelling_at_the_end_of_the_period_waits_for_the_next_bill() {
    let server = start().await;
    let before = item(&server, ACTIVE).await;
    let body = json!({ "when": "end_of_period" }).to_string();
    let pending = parse(&act(&server, ADMIN, ACTIVE, "cancel", &body).await);
    assert_eq!(pending.status, ItemStatus::CancellationPending);
    assert!(before.next_bill_date.is_some());
    assert_eq!(pending.cancellation_date, before.next_bill_date);
    assert_eq!(pending.next_bill_date, before.next_bill_date);
}

#[tokio::test]
async fn a_viewer_may_not_act_and_nothing_changes() {
    let server = start().await;
    let before = items(&server).await;
    let cases = [
        (ACTIVE, "associate", json!({ "device_id": "dev_02" })),
        (ACTIVE, "dissociate", json!(null)),
        (ACTIVE, "cancel", json!({ "when": "immediately" })),
    ];
    for (id, action, body) in cases {
        let response = act(&server, VIEWER, id, action, &body.to_string()).await;
        assert_eq!(
            (response.status, response.error_code().as_str()),
            (403, "forbidden"),
            "{action}"
        );
    }
    let bulk = json!({ "action": { "type": "dissociate" }, "item_ids": [ACTIVE] }).to_string();
    let response = server
        .post("/api/v1/billing-items/bulk", VIEWER, &bulk, &[])
        .await;
    assert_eq!(response.status, 403);
    assert_eq!(items(&server).await, before);
}

#[tokio::test]
async fn no_token_is_401() {
    let server = start().await;
    for path in [
        "/api/v1/billing-items/item_00001/dissociate",
        "/api/v1/billing-items/bulk",
    ] {
        let response = server.send("POST", path, None, &[], Some("{}")).await;
        assert_eq!(
            (response.status, response.error_code().as_str()),
            (401, "unauthorized")
        );
    }
}

#[tokio::test]
async fn refusals_write_nothing() {
    let server = start().await;
    let before = items(&server).await;
    let cases = [
        // An unknown device, a cancelled or cancelling item, an unknown item, bad bodies.
        (
            ACTIVE,
            "associate",
            json!({ "device_id": "dev_99" }),
            422,
            "validation_failed",
        ),
        (
            CANCELLED,
            "associate",
            json!({ "device_id": "dev_02" }),
            409,
            "item_already_cancelled",
        ),
        (
            PENDING,
            "dissociate",
            json!(null),
            409,
            "item_already_cancelled",
        ),
        (
            CANCELLED,
            "cancel",
            json!({ "when": "immediately" }),
            409,
            "item_already_cancelled",
        ),
        (
            PENDING,
            "cancel",
            json!({ "when": "immediately" }),
            409,
            "item_already_cancelled",
        ),
        (
            "item_nope",
            "cancel",
            json!({ "when": "immediately" }),
            404,
            "not_found",
        ),
        (
            ACTIVE,
            "cancel",
            json!({ "when": "tomorrow" }),
            422,
            "validation_failed",
        ),
        (ACTIVE, "associate", json!({}), 422, "validation_failed"),
    ];
    for (id, action, body, status, code) in cases {
        let response = act(&server, ADMIN, id, action, &body.to_string()).await;
        assert_eq!(
            (response.status, response.error_code().as_str()),
            (status, code),
            "{action} {id} {body}"
        );
    }
    let unknown_device = act(
        &server,
        ADMIN,
        ACTIVE,
        "associate",
        &json!({ "device_id": "dev_99" }).to_string(),
    )
    .await;
    assert_eq!(
        unknown_device.json()["error"]["fields"],
        json!({ "device_id": "not_found" })
    );
    assert_eq!(items(&server).await, before);
}

async fn bulk(server: &TestServer, body: serde_json::Value) -> BulkResult {
    let response = server
        .post("/api/v1/billing-items/bulk", ADMIN, &body.to_string(), &[])
        .await;
    assert_eq!(response.status, 200, "{}", response.text());
    serde_json::from_value(response.json()).unwrap()
}

#[tokio::test]
async fn bulk_reports_each_item_and_applies_the_ones_that_can_be() {
    let server = start().await;
    let result = bulk(
        &server,
        json!({
            "action": { "type": "cancel", "when": "immediately" },
            "item_ids": [ACTIVE, "item_nope", CANCELLED, DISSOCIATED, ACTIVE]
        }),
    )
    .await;
    let summary: Vec<(&str, Option<ItemStatus>, Option<String>)> = result
        .results
        .iter()
        .map(|r| {
            let code = r.error.as_ref().map(|e| {
                serde_json::to_value(e.code)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            });
            (r.item_id.as_str(), r.item.as_ref().map(|i| i.status), code)
        })
        .collect();
    assert_eq!(
        summary,
        [
            (ACTIVE, Some(ItemStatus::Cancelled), None),
            ("item_nope", None, Some("not_found".into())),
            (CANCELLED, None, Some("item_already_cancelled".into())),
            (DISSOCIATED, Some(ItemStatus::Cancelled), None),
        ],
        "one result per distinct id, in the order asked"
    );
    assert_eq!(item(&server, ACTIVE).await.status, ItemStatus::Cancelled);
    assert_eq!(
        item(&server, DISSOCIATED).await.status,
        ItemStatus::Cancelled
    );
}

#[tokio::test]
async fn bulk_associate_with_an_unknown_device_fails_each_item_and_writes_nothing() {
    let server = start().await;
    let before = items(&server).await;
    let result = bulk(
        &server,
        json!({ "action": { "type": "associate", "device_id": "dev_99" }, "item_ids": [ACTIVE, DISSOCIATED] }),
    )
    .await;
    assert_eq!(result.results.len(), 2);
    for r in &result.results {
        let error = r.error.as_ref().expect("refused");
        assert_eq!(
            error.fields.get("device_id").map(String::as_str),
            Some("not_found")
        );
        assert!(r.item.is_none());
    }
    assert_eq!(items(&server).await, before);
}

#[tokio::test]
async fn bulk_associate_and_dissociate_move_the_selection() {
    let server = start().await;
    let associated = bulk(
        &server,
        json!({ "action": { "type": "associate", "device_id": "dev_07" }, "item_ids": [ACTIVE, DISSOCIATED] }),
    )
    .await;
    assert!(associated.results.iter().all(|r| r
        .item
        .as_ref()
        .and_then(|i| i.device.as_ref())
        .map(|d| d.id.as_str())
        == Some("dev_07")));
    bulk(
        &server,
        json!({ "action": { "type": "dissociate" }, "item_ids": [ACTIVE] }),
    )
    .await;
    assert_eq!(item(&server, ACTIVE).await.device, None);
    assert_eq!(
        item(&server, DISSOCIATED).await.device.map(|d| d.id),
        Some("dev_07".to_string())
    );
}

#[tokio::test]
async fn an_unreadable_or_oversized_bulk_request_is_400() {
    let server = start().await;
    let before = items(&server).await;
    let garbage = server
        .post("/api/v1/billing-items/bulk", ADMIN, "{\"action\":", &[])
        .await;
    assert_eq!(
        (garbage.status, garbage.error_code().as_str()),
        (400, "validation_failed")
    );
    let ids: Vec<String> = (0..501).map(|n| format!("item_{n:05}")).collect();
    let body = json!({ "action": { "type": "dissociate" }, "item_ids": ids }).to_string();
    let too_many = server
        .post("/api/v1/billing-items/bulk", ADMIN, &body, &[])
        .await;
    assert_eq!(too_many.status, 400);
    assert_eq!(too_many.json()["error"]["fields"]["item_ids"], "too_long");
    assert_eq!(items(&server).await, before);
}
