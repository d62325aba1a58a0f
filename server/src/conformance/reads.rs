//! What every signed-in caller may read: each read operation answering its contract type,
//! to the administrator and the viewer alike, and the lists filtering, sorting and paging as
//! queried, with the summary agreeing with the invoices.

use std::collections::BTreeMap;

use billing_core::contract::{
    Account, BillingItem, BillingSummary, Device, Invoice, InvoiceDetail, InvoiceStatus,
    InvoiceType, Page, Payment, PaymentMethod, Role,
};
use billing_core::money::Currency;
use rust_decimal::Decimal;

use super::client::{wire_name, Answer, Caller};
use super::fixtures::{concrete, Sample, UNKNOWN_ID};
use super::report::{ensure, every, not_applicable, Checked, Problem, Report};
use super::Kit;

const AREA: &str = "reads";

/// The most invoices the kit reads to total them: beyond, the summary check is not run.
const MAX_INVOICES: u64 = 20_000;

pub async fn run(kit: &Kit, report: &mut Report, sample: &Sample) {
    for (caller, role) in [
        (Caller::Admin, Role::BillingAdmin),
        (Caller::Viewer, Role::Viewer),
    ] {
        report.record(
            AREA,
            format!("GET /account tells the {} its role", wire_name(&role)),
            own_role(kit, caller, role).await,
        );
    }
    for (caller, who) in [(Caller::Admin, "administrator"), (Caller::Viewer, "viewer")] {
        report.record(
            AREA,
            format!("every read operation answers the {who} with its contract type"),
            every_read(kit, caller, sample).await,
        );
    }
    report.record(
        AREA,
        "the invoice list filters by status and by type",
        filters(kit).await,
    );
    report.record(
        AREA,
        "the invoice list sorts by date and pages with next_cursor",
        sorts_and_pages(kit).await,
    );
    report.record(
        AREA,
        "an invoice's detail agrees with its row in the list",
        detail_matches_row(kit).await,
    );
    report.record(
        AREA,
        "the billing summary agrees with the invoices and the default method",
        summary_agrees(kit).await,
    );
    report.record(
        AREA,
        "billing items: associated by default, dissociated without a device, all of both",
        item_views(kit).await,
    );
}

async fn own_role(kit: &Kit, caller: Caller, role: Role) -> Checked {
    let account: Account = kit.client.get("/api/v1/account", caller).await?.read(200)?;
    ensure(account.role == role, || {
        format!(
            "role {}, not {}",
            wire_name(&account.role),
            wire_name(&role)
        )
    })?;
    Ok(())
}

/// Reads the answer to `GET template` as the contract type the document names for it.
fn of_its_type(template: &str, answer: &Answer) -> Result<(), String> {
    match template {
        "/api/v1/account" => answer.read::<Account>(200).map(drop),
        "/api/v1/billing-summary" => answer.read::<BillingSummary>(200).map(drop),
        "/api/v1/invoices" => answer.read::<Page<Invoice>>(200).map(drop),
        "/api/v1/invoices/{id}" => answer.read::<InvoiceDetail>(200).map(drop),
        "/api/v1/invoices/{id}/pdf" | "/api/v1/payments/{id}/pdf" => {
            answer.status(200)?;
            let pdf = answer
                .content_type
                .as_deref()
                .is_some_and(|t| t.starts_with("application/pdf"));
            ensure(pdf && answer.body.starts_with(b"%PDF-"), || {
                format!(
                    "{}: not a PDF ({:?})",
                    answer.request,
                    answer.content_type.as_deref().unwrap_or("no content type")
                )
            })
        }
        "/api/v1/payment-methods" => answer.read::<Vec<PaymentMethod>>(200).map(drop),
        "/api/v1/payments" => answer.read::<Page<Payment>>(200).map(drop),
        "/api/v1/payments/{id}" => answer.read::<Payment>(200).map(drop),
        "/api/v1/billing-items" => answer.read::<Page<BillingItem>>(200).map(drop),
        "/api/v1/devices" => answer.read::<Vec<Device>>(200).map(drop),
        _ => answer.read::<serde_json::Value>(200).map(drop),
    }
}

async fn every_read(kit: &Kit, caller: Caller, sample: &Sample) -> Checked {
    let mut results = Vec::new();
    for op in kit.operations.iter().filter(|op| !op.writes()) {
        let id = sample.id_for(&op.path);
        // An id the backend has none of: the payments and observed areas read it later.
        if op.path.contains("{id}") && id == UNKNOWN_ID {
            continue;
        }
        let path = concrete(&op.path, id, "");
        let answer = kit.client.get(&path, caller).await;
        results.push(answer.and_then(|a| of_its_type(&op.path, &a)));
    }
    every(results)
}

async fn invoices(kit: &Kit, query: &str) -> Result<Page<Invoice>, String> {
    kit.client
        .get(&format!("/api/v1/invoices?{query}"), Caller::Admin)
        .await?
        .read(200)
}

async fn filters(kit: &Kit) -> Checked {
    let outstanding = [
        InvoiceStatus::Open,
        InvoiceStatus::Due,
        InvoiceStatus::PastDue,
    ];
    let page = invoices(kit, "statuses=open,due,past_due&limit=100").await?;
    let stray = page.items.iter().find(|i| !outstanding.contains(&i.status));
    ensure(stray.is_none(), || {
        format!(
            "statuses=open,due,past_due listed a {:?} invoice",
            stray.map(|i| i.status)
        )
    })?;
    let page = invoices(kit, "types=credit,refund&limit=100").await?;
    let stray = page
        .items
        .iter()
        .find(|i| !matches!(i.kind, InvoiceType::Credit | InvoiceType::Refund));
    ensure(stray.is_none(), || {
        format!(
            "types=credit,refund listed a {:?} invoice",
            stray.map(|i| i.kind)
        )
    })?;
    Ok(())
}

async fn sorts_and_pages(kit: &Kit) -> Checked {
    let query = "sort=date&dir=asc&limit=2";
    let first = invoices(kit, query).await?;
    let cursor = match (&first.next_cursor, first.total) {
        (Some(cursor), _) => cursor.clone(),
        (None, total) if total <= 2 => {
            return Err(not_applicable(format!(
                "{total} invoices: one page holds them"
            )))
        }
        (None, total) => return Err(format!("{total} invoices, two listed, no next_cursor").into()),
    };
    ensure(first.items.len() == 2, || {
        format!("limit=2 listed {}", first.items.len())
    })?;
    let cursor: String = url_encoded(&cursor);
    let second = invoices(kit, &format!("{query}&cursor={cursor}")).await?;
    let dates: Vec<_> = first
        .items
        .iter()
        .chain(&second.items)
        .map(|i| i.date)
        .collect();
    ensure(dates.windows(2).all(|w| w[0] <= w[1]), || {
        format!("dates out of order across two pages: {dates:?}")
    })?;
    let repeated = second
        .items
        .iter()
        .find(|i| first.items.iter().any(|f| f.id == i.id));
    ensure(repeated.is_none(), || {
        format!("the next page repeats {:?}", repeated.map(|i| &i.id))
    })?;
    ensure(second.total == first.total, || {
        format!("total {} then {}", first.total, second.total)
    })?;
    Ok(())
}

fn url_encoded(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

async fn detail_matches_row(kit: &Kit) -> Checked {
    let page = invoices(kit, "limit=5").await?;
    if page.items.is_empty() {
        return Err(not_applicable("the account has no invoice"));
    }
    for row in &page.items {
        let detail: InvoiceDetail = kit
            .client
            .get(
                &format!("/api/v1/invoices/{}", url_encoded(&row.id)),
                Caller::Admin,
            )
            .await?
            .read(200)?;
        ensure(&detail.invoice == row, || {
            format!(
                "{}: the detail says {:?}, the list {:?}",
                row.id, detail.invoice, row
            )
        })?;
    }
    Ok(())
}

/// Every invoice of the account, page by page.
async fn all_invoices(kit: &Kit) -> Result<Vec<Invoice>, Problem> {
    let mut all = Vec::new();
    let mut query = "limit=500".to_string();
    loop {
        let page = invoices(kit, &query).await?;
        if page.total > MAX_INVOICES {
            return Err(not_applicable(format!(
                "{} invoices: too many to total",
                page.total
            )));
        }
        all.extend(page.items);
        match page.next_cursor {
            Some(cursor) if all.len() < page.total as usize => {
                query = format!("limit=500&cursor={}", url_encoded(&cursor));
            }
            _ => return Ok(all),
        }
    }
}

async fn summary_agrees(kit: &Kit) -> Checked {
    let summary: BillingSummary = kit
        .client
        .get("/api/v1/billing-summary", Caller::Admin)
        .await?
        .read(200)?;
    let mut owed: BTreeMap<Currency, Decimal> = BTreeMap::new();
    for invoice in all_invoices(kit).await? {
        *owed.entry(invoice.balance_due.currency).or_default() += invoice.balance_due.amount;
    }
    for balance in &summary.balances {
        let sum = owed
            .get(&balance.current.currency)
            .copied()
            .unwrap_or_default();
        ensure(balance.current.amount == sum, || {
            format!(
                "{} balance {}, the invoices owe {sum}",
                balance.current.currency, balance.current.amount
            )
        })?;
    }
    let months: Vec<&str> = summary.monthly.iter().map(|m| m.month.as_str()).collect();
    let distinct: std::collections::BTreeSet<&&str> = months.iter().collect();
    ensure(
        distinct.len() <= 12 && months.windows(2).all(|w| w[0] <= w[1]),
        || format!("monthly totals not the last 12 months oldest first: {months:?}"),
    )?;
    let methods: Vec<PaymentMethod> = kit
        .client
        .get("/api/v1/payment-methods", Caller::Admin)
        .await?
        .read(200)?;
    let default = methods
        .iter()
        .find(|m| m.is_default)
        .map(PaymentMethod::summary);
    ensure(summary.payment_method == default, || {
        format!(
            "the summary's method {:?} is not the default on file {default:?}",
            summary.payment_method
        )
    })?;
    Ok(())
}

async fn items(kit: &Kit, query: &str) -> Result<Page<BillingItem>, String> {
    kit.client
        .get(&format!("/api/v1/billing-items?{query}"), Caller::Viewer)
        .await?
        .read(200)
}

async fn item_views(kit: &Kit) -> Checked {
    let default = items(kit, "limit=500").await?;
    ensure(default.items.iter().all(|i| i.device.is_some()), || {
        "the default view lists an item without a device".into()
    })?;
    let associated = items(kit, "view=associated&limit=1").await?;
    let dissociated = items(kit, "view=dissociated&limit=500").await?;
    ensure(dissociated.items.iter().all(|i| i.device.is_none()), || {
        "view=dissociated lists an item with a device".into()
    })?;
    let all = items(kit, "view=all&limit=1").await?;
    ensure(default.total == associated.total, || {
        format!(
            "{} by default, {} associated",
            default.total, associated.total
        )
    })?;
    ensure(all.total == associated.total + dissociated.total, || {
        format!(
            "{} in all, {} associated + {} dissociated",
            all.total, associated.total, dissociated.total
        )
    })?;
    Ok(())
}
