//! Reading the contract's resources over HTTP: authentication, and each list's filters,
//! sorting and paging as the app sends them.

mod support;

use billing_core::contract::{
    BillingItem, BillingItemQuery, BillingSummary, Invoice, InvoiceDetail, InvoiceQuery,
    InvoiceSort, InvoiceStatus, ItemView, Page, Role, SortDir,
};
use support::{start, ADMIN, VIEWER};

fn with_params(path: &str, params: Vec<(&'static str, String)>) -> String {
    format!("{path}?{}", serde_urlencoded::to_string(params).unwrap())
}

#[tokio::test]
async fn a_missing_or_unknown_token_is_401_with_the_envelope() {
    let server = start().await;
    let none = server
        .send("GET", "/api/v1/invoices", None, &[], None)
        .await;
    assert_eq!(
        (none.status, none.error_code().as_str()),
        (401, "unauthorized")
    );
    let wrong = server.get("/api/v1/invoices", "not-a-token").await;
    assert_eq!(wrong.status, 401);
    assert_eq!(
        server
            .get("/api/v1/no-such-thing", ADMIN)
            .await
            .error_code(),
        "not_found"
    );
}

#[tokio::test]
async fn the_account_tells_each_caller_their_role() {
    let server = start().await;
    let admin = server.get("/api/v1/account", ADMIN).await.json();
    let viewer = server.get("/api/v1/account", VIEWER).await.json();
    assert_eq!(
        serde_json::from_value::<Role>(admin["role"].clone()).unwrap(),
        Role::BillingAdmin
    );
    assert_eq!(
        serde_json::from_value::<Role>(viewer["role"].clone()).unwrap(),
        Role::Viewer
    );
    // The company's details are the billing profile's, not the account's.
    assert!(admin.get("company").is_none());
}

#[tokio::test]
async fn invoices_filter_sort_and_page_as_queried() {
    let server = start().await;
    let query = InvoiceQuery {
        statuses: vec![InvoiceStatus::Paid],
        sort: InvoiceSort::Number,
        dir: SortDir::Asc,
        limit: Some(5),
        ..Default::default()
    };
    let first: Page<Invoice> = serde_json::from_value(
        server
            .get(&with_params("/api/v1/invoices", query.to_params()), ADMIN)
            .await
            .json(),
    )
    .unwrap();
    assert_eq!(first.items.len(), 5);
    assert!(first.items.iter().all(|i| i.status == InvoiceStatus::Paid));
    assert!(first.items.windows(2).all(|w| w[0].number < w[1].number));
    let next = InvoiceQuery {
        cursor: first.next_cursor.clone(),
        ..query
    };
    let second: Page<Invoice> = serde_json::from_value(
        server
            .get(&with_params("/api/v1/invoices", next.to_params()), ADMIN)
            .await
            .json(),
    )
    .unwrap();
    assert!(
        second.items[0].number > first.items[4].number,
        "the next page continues"
    );
    assert_eq!(second.total, first.total);
}

#[tokio::test]
async fn unreadable_queries_are_refused_by_field() {
    let server = start().await;
    let bad = server.get("/api/v1/invoices?types=bogus", ADMIN).await;
    assert_eq!(
        (bad.status, bad.error_code().as_str()),
        (400, "validation_failed")
    );
    assert_eq!(bad.json()["error"]["fields"]["types"], "invalid");
    assert_eq!(
        server
            .get("/api/v1/invoices?cursor=xyz", ADMIN)
            .await
            .json()["error"]["fields"]["cursor"],
        "invalid"
    );
    assert_eq!(
        server
            .get("/api/v1/payments?colour=red", ADMIN)
            .await
            .status,
        400
    );
}

#[tokio::test]
async fn an_invoice_comes_with_its_lines_and_unknown_ids_are_404() {
    let server = start().await;
    let detail: InvoiceDetail = serde_json::from_value(
        server
            .get("/api/v1/invoices/inv_000048", VIEWER)
            .await
            .json(),
    )
    .unwrap();
    assert!(!detail.lines.is_empty());
    assert_eq!(
        server.get("/api/v1/invoices/inv_nope", VIEWER).await.status,
        404
    );
}

#[tokio::test]
async fn the_summary_matches_the_invoices() {
    let server = start().await;
    let summary: BillingSummary =
        serde_json::from_value(server.get("/api/v1/billing-summary", ADMIN).await.json()).unwrap();
    let all: Page<Invoice> =
        serde_json::from_value(server.get("/api/v1/invoices?limit=500", ADMIN).await.json())
            .unwrap();
    for balance in &summary.balances {
        let owed: rust_decimal::Decimal = all
            .items
            .iter()
            .filter(|i| i.balance_due.currency == balance.current.currency)
            .map(|i| i.balance_due.amount)
            .sum();
        assert_eq!(balance.current.amount, owed);
    }
    assert_eq!(
        summary
            .monthly
            .iter()
            .map(|m| &m.month)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        12
    );
}

#[tokio::test]
async fn billing_items_default_to_the_associated_view() {
    let server = start().await;
    let default: Page<BillingItem> =
        serde_json::from_value(server.get("/api/v1/billing-items", VIEWER).await.json()).unwrap();
    assert!(default.items.iter().all(|i| i.device.is_some()));
    let query = BillingItemQuery {
        view: ItemView::Dissociated,
        ..Default::default()
    };
    let dissociated: Page<BillingItem> = serde_json::from_value(
        server
            .get(
                &with_params("/api/v1/billing-items", query.to_params()),
                VIEWER,
            )
            .await
            .json(),
    )
    .unwrap();
    assert!(dissociated.total > 0 && dissociated.items.iter().all(|i| i.device.is_none()));
    assert_eq!(
        server
            .get("/api/v1/devices", VIEWER)
            .await
            .json()
            .as_array()
            .map(Vec::len),
        Some(12)
    );
}
