//! The billing profile: a contact of the kit's own added and removed, the last contact
//! receiving invoices kept, and a tax ID refused by its country's rule with nothing changed.

use billing_core::contract::{BillingContact, BillingProfile, ContactTopic};
use reqwest::Method;
use serde_json::{json, Value};

use super::client::Caller;
use super::report::{ensure, not_applicable, Checked, Report};
use super::Kit;

const AREA: &str = "profile";
const PROFILE: &str = "/api/v1/billing-profile";
const CONTACTS: &str = "/api/v1/billing-profile/contacts";
const BILL_TO: &str = "/api/v1/billing-profile/bill-to";

pub async fn run(kit: &Kit, report: &mut Report) {
    report.record(
        AREA,
        "the administrator adds a billing contact, changes it and removes it (201, 200, 204)",
        add_and_remove(kit).await,
    );
    report.record(
        AREA,
        "the last contact receiving invoices stays: 409 last_invoice_contact",
        last_invoice_contact(kit).await,
    );
    report.record(
        AREA,
        "a tax ID its country's rule refuses: 422 tax_id.value tax_id_checksum; sent back as it was: 200",
        tax_id_refused(kit).await,
    );
}

async fn profile(kit: &Kit) -> Result<BillingProfile, String> {
    kit.client.get(PROFILE, Caller::Admin).await?.read(200)
}

async fn add_and_remove(kit: &Kit) -> Checked {
    let email = format!("{}@example.com", kit.key("contact"));
    let body = json!({ "email": email, "receives": ["receipts"] });
    let added: BillingContact = kit
        .client
        .post(CONTACTS, Caller::Admin, None, Some(&body))
        .await?
        .read(201)?;
    ensure(added.details.email == email, || {
        format!("added as {added:?}")
    })?;
    let listed = profile(kit)
        .await?
        .contacts
        .iter()
        .any(|c| c.id == added.id);
    ensure(listed, || "the profile does not list it".into())?;
    let path = format!("{CONTACTS}/{}", added.id);
    let body = json!({ "email": email, "receives": ["receipts", "method_status"] });
    let changed: BillingContact = kit
        .client
        .json(Method::PUT, &path, Caller::Admin, None, Some(&body))
        .await?
        .read(200)?;
    ensure(
        changed.details.receives == [ContactTopic::Receipts, ContactTopic::MethodStatus],
        || format!("changed to {changed:?}"),
    )?;
    kit.client.delete(&path, Caller::Admin).await?.status(204)?;
    let gone = !profile(kit)
        .await?
        .contacts
        .iter()
        .any(|c| c.id == added.id);
    ensure(gone, || "the profile still lists it".into())?;
    Ok(())
}

async fn last_invoice_contact(kit: &Kit) -> Checked {
    let before = profile(kit).await?;
    let receiving: Vec<_> = before
        .contacts
        .iter()
        .filter(|c| c.details.receives.contains(&ContactTopic::Invoices))
        .collect();
    let [last] = receiving.as_slice() else {
        return Err(not_applicable(
            "not exactly one contact receives the invoices",
        ));
    };
    let path = format!("{CONTACTS}/{}", last.id);
    kit.client
        .delete(&path, Caller::Admin)
        .await?
        .refused(409, "last_invoice_contact")?;
    let unticked = json!({ "email": last.details.email, "receives": ["receipts"] });
    kit.client
        .json(Method::PUT, &path, Caller::Admin, None, Some(&unticked))
        .await?
        .refused(409, "last_invoice_contact")?;
    let after = profile(kit).await?;
    ensure(after == before, || {
        format!("the profile changed: {after:?}")
    })?;
    Ok(())
}

async fn tax_id_refused(kit: &Kit) -> Checked {
    let before = profile(kit).await?;
    let unchanged = serde_json::to_value(&before.bill_to).map_err(|e| e.to_string())?;
    let mut bill_to = unchanged.clone();
    // The Australian Business Register's example ABN with its last digit changed.
    bill_to["tax_id"] = json!({ "country": "AU", "value": "51 824 753 557" });
    let put = |body: Value| async move {
        kit.client
            .json(Method::PUT, BILL_TO, Caller::Admin, None, Some(&body))
            .await
    };
    let body = put(bill_to).await?.refused(422, "validation_failed")?;
    let code = body.fields.get("tax_id.value").map(String::as_str);
    ensure(code == Some("tax_id_checksum"), || {
        format!("fields {:?}", body.fields)
    })?;
    let after = profile(kit).await?;
    ensure(after == before, || {
        format!("the profile changed: {after:?}")
    })?;
    let again: BillingProfile = put(unchanged).await?.read(200)?;
    ensure(again == before, || {
        format!("sent back, it became {again:?}")
    })?;
    Ok(())
}
