//! The billing profile over HTTP: a new bill-to is for invoices issued from now on (an
//! issued invoice keeps its own), tax IDs as the core rule keeps them, and a viewer refused.

mod support;

use serde_json::json;
use support::{start, ADMIN, VIEWER};

#[tokio::test]
async fn a_new_bill_to_leaves_issued_invoices_as_they_were() {
    let server = start().await;
    let before = server
        .get("/api/v1/invoices/inv_000048", ADMIN)
        .await
        .json();
    let mut profile = server.get("/api/v1/billing-profile", ADMIN).await.json();
    profile["billing_address"]["company"] = json!("Nimbus Pty Ltd");
    let body = json!({
        "billing_address": profile["billing_address"],
        "tax_id": { "country": "au", "value": "51 824 753 556" }
    });
    let answer = server
        .send(
            "PUT",
            "/api/v1/billing-profile/bill-to",
            Some(ADMIN),
            &[],
            Some(&body.to_string()),
        )
        .await;
    assert_eq!(answer.status, 200, "{}", answer.text());
    let changed = answer.json();
    assert_eq!(changed["billing_address"]["company"], "Nimbus Pty Ltd");
    assert_eq!(
        changed["tax_id"],
        json!({ "country": "AU", "value": "51824753556" })
    );
    assert_eq!(
        server.get("/api/v1/billing-profile", ADMIN).await.json(),
        changed
    );
    let after = server
        .get("/api/v1/invoices/inv_000048", ADMIN)
        .await
        .json();
    assert_eq!(after["bill_to"], before["bill_to"]);
    assert_eq!(
        after["bill_to"]["billing_address"]["company"],
        "Nimbus Analytics Ltd."
    );
}

#[tokio::test]
async fn a_viewer_reads_the_profile_and_changes_nothing() {
    let server = start().await;
    let profile = server.get("/api/v1/billing-profile", VIEWER).await;
    assert_eq!(profile.status, 200);
    let body = json!({ "email": "ap@nimbus.example", "receives": ["receipts"] }).to_string();
    let refused = server
        .post("/api/v1/billing-profile/contacts", VIEWER, &body, &[])
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(
        server.get("/api/v1/billing-profile", ADMIN).await.json(),
        profile.json()
    );
}
