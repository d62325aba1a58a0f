//! The demo account: deterministic data that the in-browser demo backend serves and the
//! reference server loads, so both show the same account.
//!
//! Everything derives from a fixed anchor date and a fixed random seed: the same sizes give
//! the same data, on any machine, on any day.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};
use rust_decimal::Decimal;

use crate::address::Address;
use crate::card::CardBrand;
use crate::contract::{
    Account, AccountKind, BillTo, BillingContact, BillingItem, BillingProfile, ContactDetails,
    ContactTopic, Device, DeviceRef, Invoice, InvoiceDetail, InvoiceLine, InvoiceStatus,
    InvoiceType, ItemStatus, MethodDetails, MethodStatus, Payment, PaymentMethod, PaymentStatus,
    Role, Settlement,
};
use crate::money::{Currency, Money};
use crate::tax_id::TaxId;

/// The demo's "today": invoices before it are issued, the next recurring invoice follows it.
pub const ANCHOR: NaiveDate = match NaiveDate::from_ymd_opt(2026, 11, 15) {
    Some(date) => date,
    None => panic!("the anchor date is a valid date"),
};

pub const DEFAULT_INVOICES: usize = 48;
pub const DEFAULT_ITEMS: usize = 36;

/// Currencies the demo account is billed in, with the share of invoices each gets.
const CURRENCIES: [Currency; 4] = [Currency::USD, Currency::USD, Currency::EUR, Currency::JPY];

#[derive(Clone, Debug, PartialEq)]
pub struct SeedData {
    pub account: Account,
    pub invoices: Vec<InvoiceDetail>,
    pub payment_methods: Vec<PaymentMethod>,
    pub payments: Vec<Payment>,
    pub devices: Vec<Device>,
    pub billing_items: Vec<BillingItem>,
    pub profile: BillingProfile,
}

/// Builds the demo account with `invoices` invoices (newest first) and `items` billing items.
pub fn generate(invoices: usize, items: usize) -> SeedData {
    let mut rng = SplitMix64(0x5eed_b111_1e55_0001);
    let profile = profile();
    // Every seeded invoice was issued under the profile as it is seeded.
    let bill_to = Arc::new(profile.bill_to.clone());
    let devices = devices();
    let billing_items = (0..items)
        .map(|i| billing_item(i, &devices, &mut rng))
        .collect();
    let invoices: Vec<InvoiceDetail> = (0..invoices)
        .map(|i| invoice(i, invoices, &bill_to, &mut rng))
        .collect();
    let payment_methods = payment_methods();
    let payments = payments(&invoices, &payment_methods, &bill_to);
    SeedData {
        account: account(),
        invoices,
        payment_methods,
        payments,
        devices,
        billing_items,
        profile,
    }
}

/// A small, fast, deterministic generator (SplitMix64); not for anything secret.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo + 1).max(1) as u64;
        lo + (self.next() % span) as i64
    }
}

fn profile() -> BillingProfile {
    BillingProfile {
        bill_to: BillTo {
            billing_address: company(),
            // A US employer identification number: no format of its own here, kept as typed.
            tax_id: Some(TaxId {
                country: "US".into(),
                value: "94-3172658".into(),
            }),
        },
        contacts: vec![BillingContact {
            id: "con_1".into(),
            details: ContactDetails {
                email: "billing@nimbus.example".into(),
                receives: ContactTopic::KNOWN.to_vec(),
            },
        }],
    }
}

fn company() -> Address {
    Address {
        first_name: "Min-jun".into(),
        last_name: "Lee".into(),
        company: "Nimbus Analytics Ltd.".into(),
        line1: "100 Market Street".into(),
        line2: "Suite 400".into(),
        city: "San Francisco".into(),
        state: "CA".into(),
        postal_code: "94105".into(),
        country: "US".into(),
        phone: "+1 415 555 0100".into(),
        email: "billing@nimbus.example".into(),
    }
}

fn account() -> Account {
    Account {
        id: "acct_demo".into(),
        kind: AccountKind::Standard,
        role: Role::BillingAdmin,
        eu_supported: false,
    }
}

/// A price in the currency's minor units, e.g. cents, or whole yen.
fn price(currency: Currency, minor: i64) -> Money {
    let scale = currency.minor_units().unwrap_or(2);
    Money::new(Decimal::new(minor, scale), currency)
}

/// Amounts of comparable size in every currency: `usd_cents` scaled to yen for JPY.
fn scaled_price(currency: Currency, usd_cents: i64) -> Money {
    match currency.minor_units() {
        Some(0) => price(currency, usd_cents * 3 / 2),
        _ => price(currency, usd_cents),
    }
}

const LINE_KINDS: [(&str, &str); 6] = [
    ("Virtual server 4 vCPU × 16 GB", "Virtual servers"),
    ("Block storage 500 GB", "Storage"),
    ("Public bandwidth 20 TB", "Network"),
    ("Load balancer", "Network"),
    ("Object storage", "Storage"),
    ("Backup service", "Backup"),
];

fn invoice_type(i: usize, count: usize) -> InvoiceType {
    if i + CURRENCIES.len() >= count {
        InvoiceType::New
    } else if i % 12 == 7 {
        InvoiceType::Credit
    } else if i % 17 == 9 {
        InvoiceType::Refund
    } else if i % 5 == 2 {
        InvoiceType::OneTimeCharge
    } else {
        InvoiceType::Recurring
    }
}

fn invoice_status(i: usize, kind: InvoiceType) -> InvoiceStatus {
    match (i, kind) {
        (_, InvoiceType::Credit | InvoiceType::Refund) => InvoiceStatus::Paid,
        (0, _) => InvoiceStatus::Open,
        (1 | 3, _) => InvoiceStatus::Due,
        (4 | 5, _) => InvoiceStatus::PastDue,
        (13, _) => InvoiceStatus::Void,
        _ => InvoiceStatus::Paid,
    }
}

fn invoice(i: usize, count: usize, bill_to: &Arc<BillTo>, rng: &mut SplitMix64) -> InvoiceDetail {
    let currency = CURRENCIES[i % CURRENCIES.len()];
    // Spread the invoices over two years by default and one per day at scale.
    let days_apart = (730 / count.max(1)).max(1) as u64;
    let date = ANCHOR - Days::new(i as u64 * days_apart);
    let kind = invoice_type(i, count);
    let status = invoice_status(i, kind);
    let period_start = date - Months::new(1);
    let line_count = rng.range(1, 4) as usize;
    let lines: Vec<InvoiceLine> = (0..line_count)
        .map(|n| {
            let (description, category) = LINE_KINDS[(i + n) % LINE_KINDS.len()];
            let quantity = Decimal::from(rng.range(1, 3));
            let unit_price = scaled_price(currency, rng.range(900, 48_000));
            let amount = Money::new(unit_price.amount * quantity, currency);
            let tax = Money::new(
                round_minor(amount.amount / Decimal::TEN, currency),
                currency,
            );
            InvoiceLine {
                id: format!("line_{i}_{n}"),
                description: description.into(),
                category: category.into(),
                resource: Some(format!("web-{:02}.nimbus.example", (i + n) % 12 + 1)),
                period_start,
                period_end: date,
                quantity,
                unit_price,
                amount,
                tax,
            }
        })
        .collect();
    let subtotal = Money::new(lines.iter().map(|l| l.amount.amount).sum(), currency);
    let tax = Money::new(lines.iter().map(|l| l.tax.amount).sum(), currency);
    let total = Money::new(subtotal.amount + tax.amount, currency);
    let balance_due = match status {
        InvoiceStatus::Open | InvoiceStatus::Due | InvoiceStatus::PastDue => total,
        _ => Money::zero(currency),
    };
    InvoiceDetail {
        invoice: Invoice {
            id: format!("inv_{:06}", count - i),
            number: format!("{}", 2_300_000 + count - i),
            date,
            due_date: Some(date + Days::new(30)),
            kind,
            status,
            total,
            balance_due,
        },
        period_start,
        period_end: date,
        subtotal,
        tax,
        lines,
        bill_to: Some(Arc::clone(bill_to)),
    }
}

fn round_minor(amount: Decimal, currency: Currency) -> Decimal {
    amount.round_dp(currency.minor_units().unwrap_or(2))
}

fn created(days_before_anchor: u64) -> DateTime<Utc> {
    (ANCHOR - Days::new(days_before_anchor))
        .and_hms_opt(9, 30, 0)
        .map(|t| t.and_utc())
        .unwrap_or_default()
}

fn payment_methods() -> Vec<PaymentMethod> {
    let card =
        |id: &str, brand, last4: &str, exp: (u8, u16), status, is_default, age| PaymentMethod {
            id: id.into(),
            details: MethodDetails::Card {
                brand,
                last4: last4.into(),
                exp_month: exp.0,
                exp_year: exp.1,
                holder: "Min-jun Lee".into(),
                billing_address: company(),
            },
            status,
            is_default,
            eu_supported: false,
            created_at: created(age),
        };
    vec![
        card(
            "pm_visa",
            CardBrand::Visa,
            "4242",
            (8, 2028),
            MethodStatus::Active,
            true,
            400,
        ),
        card(
            "pm_mc",
            CardBrand::Mastercard,
            "4444",
            (3, 2029),
            MethodStatus::PendingValidation,
            false,
            0,
        ),
        card(
            "pm_amex",
            CardBrand::Amex,
            "0005",
            (1, 2025),
            MethodStatus::Expired,
            false,
            900,
        ),
        card(
            "pm_disc",
            CardBrand::Discover,
            "1117",
            (6, 2027),
            MethodStatus::Declined,
            false,
            120,
        ),
        PaymentMethod {
            id: "pm_paypal".into(),
            details: MethodDetails::Paypal {
                email: "payments@nimbus.example".into(),
            },
            status: MethodStatus::Active,
            is_default: false,
            eu_supported: false,
            created_at: created(200),
        },
    ]
}

/// Past payments: every paid invoice was paid by the default card, one attempt was declined.
fn payments(
    invoices: &[InvoiceDetail],
    methods: &[PaymentMethod],
    bill_to: &Arc<BillTo>,
) -> Vec<Payment> {
    let Some(default) = methods.iter().find(|m| m.is_default) else {
        return Vec::new();
    };
    let paid = invoices.iter().filter(|d| {
        d.invoice.status == InvoiceStatus::Paid
            && matches!(
                d.invoice.kind,
                InvoiceType::New | InvoiceType::Recurring | InvoiceType::OneTimeCharge
            )
    });
    paid.take(24)
        .enumerate()
        .map(|(n, detail)| {
            let declined = n == 2;
            let paid_on = detail.invoice.date + Days::new(3);
            Payment {
                id: format!("pay_{}", detail.invoice.id),
                reference: format!("P-{}-{}", paid_on.year(), 70_000 + n),
                amount: detail.invoice.total,
                status: if declined {
                    PaymentStatus::Declined
                } else {
                    PaymentStatus::Succeeded
                },
                method: default.summary(),
                invoice_id: Some(detail.invoice.id.clone()),
                invoice_number: Some(detail.invoice.number.clone()),
                created_at: paid_on
                    .and_hms_opt(10, 0, 0)
                    .map(|t| t.and_utc())
                    .unwrap_or_default(),
                failure_code: declined.then_some(crate::contract::ErrorCode::CardDeclined),
                next_action: None,
                settled: match declined {
                    true => Vec::new(),
                    false => vec![Settlement {
                        invoice_id: detail.invoice.id.clone(),
                        number: detail.invoice.number.clone(),
                        amount: detail.invoice.total,
                    }],
                },
                bill_to: (!declined).then(|| Arc::clone(bill_to)),
            }
        })
        .collect()
}

fn devices() -> Vec<Device> {
    let kinds = ["Virtual server", "Bare metal server", "Storage node"];
    (1..=12)
        .map(|n| Device {
            id: format!("dev_{n:02}"),
            name: format!("web-{n:02}.nimbus.example"),
            kind: kinds[n % kinds.len()].into(),
        })
        .collect()
}

const ITEM_KINDS: [(&str, &str, i64); 6] = [
    ("Virtual server 4 vCPU × 16 GB", "Virtual servers", 12_900),
    ("Bare metal server 32 cores", "Bare metal servers", 89_000),
    ("Block storage 500 GB", "Storage", 6_250),
    ("Portable IP address", "Network", 400),
    ("Load balancer", "Network", 2_500),
    ("Backup service 1 TB", "Backup", 3_900),
];

fn billing_item(i: usize, devices: &[Device], rng: &mut SplitMix64) -> BillingItem {
    let (description, category, fee) = ITEM_KINDS[i % ITEM_KINDS.len()];
    let created_on = ANCHOR - Days::new(rng.range(30, 900) as u64);
    let next_bill = ANCHOR
        .checked_add_months(Months::new(1))
        .map(|d| d.with_day(1).unwrap_or(d));
    // Every fifth item is dissociated from its device; a few are cancelled or cancelling.
    let device = (i % 5 != 3).then(|| {
        let d = &devices[i % devices.len()];
        DeviceRef {
            id: d.id.clone(),
            name: d.name.clone(),
        }
    });
    let (status, cancellation_date) = match i % 13 {
        11 => (ItemStatus::CancellationPending, next_bill),
        12 => (ItemStatus::Cancelled, Some(ANCHOR - Days::new(20))),
        _ => (ItemStatus::Active, None),
    };
    BillingItem {
        id: format!("item_{:05}", i + 1),
        description: description.into(),
        category: category.into(),
        device,
        recurring_fee: price(Currency::USD, fee),
        created: created_on,
        next_bill_date: if status == ItemStatus::Cancelled {
            None
        } else {
            next_bill
        },
        status,
        cancellation_date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_sizes_give_the_same_data() {
        let a = generate(60, 20);
        let b = generate(60, 20);
        assert_eq!(a.invoices, b.invoices);
        assert_eq!(a.billing_items, b.billing_items);
    }

    #[test]
    fn every_invoice_type_and_status_occurs() {
        let data = generate(DEFAULT_INVOICES, DEFAULT_ITEMS);
        for kind in InvoiceType::KNOWN {
            assert!(
                data.invoices.iter().any(|d| d.invoice.kind == kind),
                "{kind:?}"
            );
        }
        for status in InvoiceStatus::KNOWN {
            assert!(
                data.invoices.iter().any(|d| d.invoice.status == status),
                "{status:?}"
            );
        }
    }

    #[test]
    fn lines_add_up_to_each_invoice() {
        for detail in generate(200, 0).invoices {
            let lines: Decimal = detail
                .lines
                .iter()
                .map(|l| l.amount.amount + l.tax.amount)
                .sum();
            assert_eq!(
                lines, detail.invoice.total.amount,
                "{}",
                detail.invoice.number
            );
            let scale = detail.invoice.total.currency.minor_units().unwrap_or(2);
            assert!(detail.invoice.total.amount.scale() <= scale);
        }
    }

    #[test]
    fn scales_to_ten_thousand_invoices_with_unique_numbers() {
        let data = generate(10_000, 10_000);
        let mut numbers: Vec<_> = data.invoices.iter().map(|d| &d.invoice.number).collect();
        numbers.sort();
        numbers.dedup();
        assert_eq!(numbers.len(), 10_000);
        assert_eq!(data.billing_items.len(), 10_000);
    }

    #[test]
    fn the_demo_has_a_pending_an_expired_card_and_paypal() {
        let methods = generate(1, 0).payment_methods;
        let has = |s| methods.iter().any(|m| m.status == s);
        assert!(has(MethodStatus::PendingValidation) && has(MethodStatus::Expired));
        assert!(methods
            .iter()
            .any(|m| matches!(m.details, MethodDetails::Paypal { .. })));
        assert_eq!(methods.iter().filter(|m| m.is_default).count(), 1);
    }
}
