//! What the checks send and the reads they share: the contract's test cards, a billing
//! address, payment bodies, and the few reads of the backend's state the checks compare.

use billing_core::address::Address;
use billing_core::contract::{
    BillingItem, CardToken, CardTokenRequest, Device, Invoice, InvoiceDetail, NewPayment, Page,
    Payment, PaymentMethod, PaymentSource, PaymentStatus,
};
use billing_core::money::{Currency, Money};
use chrono::Datelike;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::client::Caller;
use super::Kit;

/// The contract's test cards (`billing_core::wallet::CardOutcome::of`): any other valid
/// number is approved.
pub const APPROVED: &str = "4242424242424242";
pub const DECLINED: &str = "4000000000000002";
pub const EXPIRED: &str = "4000000000000069";
pub const NEEDS_AUTHENTICATION: &str = "4000000000003220";

/// Never printed in a report.
pub const CARD_NUMBERS: [&str; 4] = [APPROVED, DECLINED, EXPIRED, NEEDS_AUTHENTICATION];

pub fn card(number: &str) -> CardTokenRequest {
    CardTokenRequest {
        number: number.to_string(),
        exp_month: 12,
        // A few years ahead: neither expired nor beyond what a vault accepts.
        exp_year: u16::try_from(chrono::Utc::now().year() + 3).unwrap_or(2031),
        cvc: "123".to_string(),
        holder: "Conformance Kit".to_string(),
    }
}

pub fn address() -> Address {
    Address {
        first_name: "Conformance".into(),
        last_name: "Kit".into(),
        line1: "100 Market Street".into(),
        city: "San Francisco".into(),
        state: "CA".into(),
        postal_code: "94105".into(),
        country: "US".into(),
        ..Address::default()
    }
}

/// A value as JSON; the contract's types always serialize.
pub fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

pub fn card_source(token: &str) -> PaymentSource {
    PaymentSource::CardToken {
        token: token.to_string(),
        billing_address: address(),
    }
}

pub fn payment(amount: Money, invoice_id: Option<&str>, source: PaymentSource) -> Value {
    json(&NewPayment {
        amount,
        invoice_id: invoice_id.map(str::to_string),
        source,
        eu_supported: false,
    })
}

/// A payment body written out by hand, for amounts and currencies no `Money` can hold.
pub fn raw_payment(amount: &str, currency: &str) -> Value {
    serde_json::json!({
        "amount": { "amount": amount, "currency": currency },
        "source": { "type": "paypal" },
        "eu_supported": false
    })
}

/// The smallest amount of a currency (0.01 USD, 1 JPY).
pub fn minor_unit(currency: Currency) -> Option<Money> {
    currency
        .minor_units()
        .map(|units| Money::new(Decimal::new(1, units), currency))
}

pub async fn tokenize(kit: &Kit, number: &str) -> Result<CardToken, String> {
    kit.client
        .post(
            "/api/v1/card-tokens",
            Caller::Admin,
            None,
            Some(&json(&card(number))),
        )
        .await?
        .read(201)
}

/// How many payments the account has.
pub async fn payment_count(kit: &Kit) -> Result<u64, String> {
    let page: Page<Payment> = kit
        .client
        .get("/api/v1/payments?limit=1", Caller::Admin)
        .await?
        .read(200)?;
    Ok(page.total)
}

pub async fn invoice(kit: &Kit, id: &str) -> Result<InvoiceDetail, String> {
    kit.client
        .get(&format!("/api/v1/invoices/{id}"), Caller::Admin)
        .await?
        .read(200)
}

pub async fn methods(kit: &Kit) -> Result<Vec<PaymentMethod>, String> {
    kit.client
        .get("/api/v1/payment-methods", Caller::Admin)
        .await?
        .read(200)
}

/// Adds a card (approved test number) as a method under `key`: the kit's own method, which
/// it removes again.
pub async fn add_card(kit: &Kit, key: &str) -> Result<PaymentMethod, String> {
    let token = tokenize(kit, APPROVED).await?;
    kit.client
        .post(
            "/api/v1/payment-methods",
            Caller::Admin,
            Some(key),
            Some(&new_method(&token.token)),
        )
        .await?
        .read(201)
}

pub fn new_method(token: &str) -> Value {
    serde_json::json!({
        "token": token,
        "holder": "Conformance Kit",
        "billing_address": json(&address()),
        "eu_supported": false,
        "make_default": false
    })
}

/// Real ids of the backend's resources where it has them, so that a refusal is seen to come
/// from the caller or the body, not from an unknown id; `UNKNOWN_ID` for what it lacks.
#[derive(Clone, Debug)]
pub struct Sample {
    pub invoice: String,
    pub device: String,
    pub item: String,
    pub method: String,
    /// One no longer waiting for approval, so that even a wrongly accepted confirmation of
    /// it would move nothing.
    pub payment: String,
    /// One that succeeded, which has a receipt.
    pub receipt: String,
}

/// Stands for an id no backend has.
pub const UNKNOWN_ID: &str = "conformance-no-such-id";

impl Sample {
    pub async fn find(kit: &Kit) -> Sample {
        async fn read<T: DeserializeOwned>(kit: &Kit, path: &str) -> Option<T> {
            kit.client
                .get(path, Caller::Admin)
                .await
                .ok()?
                .read(200)
                .ok()
        }
        let or_unknown = |id: Option<String>| id.unwrap_or_else(|| UNKNOWN_ID.to_string());
        let invoices: Option<Page<Invoice>> = read(kit, "/api/v1/invoices?limit=1").await;
        let items: Option<Page<BillingItem>> =
            read(kit, "/api/v1/billing-items?view=associated&limit=1").await;
        let item = items.and_then(|page| page.items.into_iter().next());
        let devices: Option<Vec<Device>> = read(kit, "/api/v1/devices").await;
        let methods: Option<Vec<PaymentMethod>> = read(kit, "/api/v1/payment-methods").await;
        let payments: Option<Page<Payment>> = read(kit, "/api/v1/payments?limit=100").await;
        Sample {
            invoice: or_unknown(invoices.and_then(|p| p.items.into_iter().next().map(|i| i.id))),
            // The item's own device, so that associating with it changes nothing.
            device: or_unknown(
                item.as_ref()
                    .and_then(|i| i.device.as_ref().map(|d| d.id.clone()))
                    .or_else(|| devices.and_then(|d| d.into_iter().next().map(|d| d.id))),
            ),
            item: or_unknown(item.map(|i| i.id)),
            method: or_unknown(methods.and_then(|m| m.into_iter().next().map(|m| m.id))),
            receipt: or_unknown(payments.as_ref().and_then(|page| {
                page.items
                    .iter()
                    .find(|p| p.status == PaymentStatus::Succeeded)
                    .map(|p| p.id.clone())
            })),
            payment: or_unknown(payments.and_then(|page| {
                page.items
                    .into_iter()
                    .find(|p| p.status != PaymentStatus::RequiresAction)
                    .map(|p| p.id)
            })),
        }
    }

    /// The id of the resource an operation's `{id}` names.
    pub fn id_for(&self, template: &str) -> &str {
        if template == "/api/v1/payments/{id}/pdf" {
            return &self.receipt;
        }
        match template.split('/').nth(3) {
            Some("invoices") => &self.invoice,
            Some("payment-methods") => &self.method,
            Some("payments") => &self.payment,
            Some("billing-items") => &self.item,
            _ => UNKNOWN_ID,
        }
    }
}

/// `template` with `{id}` as `id` and `{key}` as `key`.
pub fn concrete(template: &str, id: &str, key: &str) -> String {
    template.replace("{id}", id).replace("{key}", key)
}

/// A body the operation would accept from an administrator (given real ids), or `None` for
/// one that takes no body. Payments are PayPal ones, which move nothing before approval, and
/// item actions re-associate an item with its own device, which changes nothing.
pub fn body_for(path: &str, has_body: bool, sample: &Sample) -> Option<Value> {
    let body = match path {
        "/api/v1/card-tokens" => json(&card(APPROVED)),
        "/api/v1/payment-methods" => new_method("tok_conformance_unknown"),
        "/api/v1/payments" => raw_payment("0.01", "USD"),
        "/api/v1/billing-items/bulk" => serde_json::json!({
            "action": { "type": "associate", "device_id": sample.device },
            "item_ids": [sample.item]
        }),
        "/api/v1/billing-items/{id}/associate" => serde_json::json!({ "device_id": sample.device }),
        "/api/v1/billing-items/{id}/cancel" => serde_json::json!({ "when": "end_of_period" }),
        "/api/v1/billing-profile/contacts" | "/api/v1/billing-profile/contacts/{id}" => {
            serde_json::json!({ "email": "conformance@example.com", "receives": ["receipts"] })
        }
        "/api/v1/billing-profile/bill-to" => serde_json::json!({
            "billing_address": json(&address()),
            "tax_id": null
        }),
        _ if has_body => serde_json::json!({}),
        _ => return None,
    };
    Some(body)
}
