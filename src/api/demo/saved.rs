//! What the customer changed in the demo account, kept in `localStorage` so that it survives
//! a reload until **Reset demo**: payments, payment methods and the vault's tokens whole, and
//! the invoices and billing items that differ from the seed. The vault keeps a card's brand,
//! last four and expiry, never its number or security code.

use billing_core::contract::{BillingItem, InvoiceDetail, Payment, PaymentMethod};
use billing_core::money::Money;
use billing_core::seed::SeedData;
use billing_core::wallet::Vaulted;
use leptos::wasm_split::SplitLoaderError;
use serde::{Deserialize, Serialize};

use super::DemoOptions;

/// Changed whenever the seed or this record changes, so that no record of another shape, or
/// of other seeded data, is read.
const VERSION: u32 = 1;

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    pub invoices: Vec<InvoiceDetail>,
    pub billing_items: Vec<BillingItem>,
    pub payments: Vec<Payment>,
    pub payment_methods: Vec<PaymentMethod>,
    pub vault: Vec<Vaulted>,
}

/// What tells the customer's changes from the seed they were made on.
pub struct Baseline {
    /// Each seeded invoice's balance, in the seed's order: an invoice changes only by being
    /// paid.
    balances: Vec<Money>,
    /// The billing items acted on since the seed: a few ids.
    items_changed: Vec<String>,
}

impl Baseline {
    pub fn of(seed: &SeedData) -> Baseline {
        Baseline {
            balances: seed
                .invoices
                .iter()
                .map(|d| d.invoice.balance_due)
                .collect(),
            items_changed: Vec::new(),
        }
    }

    /// The item `id` was acted on.
    pub fn item_changed(&mut self, id: &str) {
        if !self.items_changed.iter().any(|i| i == id) {
            self.items_changed.push(id.to_string());
        }
    }
}

impl Changes {
    /// The changes `data` holds over the seed `baseline` was taken of.
    pub fn of(data: &SeedData, vault: &[Vaulted], baseline: &Baseline) -> Changes {
        let paid = data.invoices.iter().zip(&baseline.balances);
        Changes {
            invoices: paid
                .filter(|(d, seeded)| d.invoice.balance_due != **seeded)
                .map(|(d, _)| d.clone())
                .collect(),
            billing_items: data
                .billing_items
                .iter()
                .filter(|i| baseline.items_changed.contains(&i.id))
                .cloned()
                .collect(),
            payments: data.payments.clone(),
            payment_methods: data.payment_methods.clone(),
            vault: vault.to_vec(),
        }
    }

    /// Makes the seed `data` what it was when these changes were saved, and notes the items
    /// changed in `baseline`.
    pub fn apply(self, data: &mut SeedData, vault: &mut Vec<Vaulted>, baseline: &mut Baseline) {
        for detail in self.invoices {
            let id = &detail.invoice.id;
            if let Some(seeded) = data.invoices.iter_mut().find(|d| &d.invoice.id == id) {
                *seeded = detail;
            }
        }
        for item in self.billing_items {
            if let Some(seeded) = data.billing_items.iter_mut().find(|i| i.id == item.id) {
                baseline.item_changed(&item.id);
                *seeded = item;
            }
        }
        data.payments = self.payments;
        data.payment_methods = self.payment_methods;
        *vault = self.vault;
    }
}

/// One record per size of demo account: changes made on 48 invoices mean nothing on 10,000.
fn key(options: &DemoOptions) -> String {
    format!(
        "billing-portal.demo.v{VERSION}.{}.{}",
        options.invoices, options.items
    )
}

fn storage() -> Option<web_sys::Storage> {
    // Storage can be disabled (private mode, sandboxed frames): the demo then starts afresh
    // on each load.
    web_sys::window()?.local_storage().ok()?
}

/// The record saved for this demo account, as text ([`convert`] reads it).
pub fn load(options: &DemoOptions) -> Option<String> {
    storage()?.get_item(&key(options)).ok()?
}

/// The record's text and what it holds, either way: one chunk of the split build for both,
/// needed only by a visitor who changed something.
pub enum Record {
    Text(String),
    Changes(Changes),
    /// A text that is not a record of this version.
    Unreadable,
}

/// Reads a [`Record::Text`] into its changes, and writes [`Record::Changes`] as text.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(demo_record, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn convert(record: Record) -> Result<Record, SplitLoaderError> {
    Ok(record.converted())
}

#[cfg(not(feature = "split"))]
pub async fn convert(record: Record) -> Result<Record, SplitLoaderError> {
    Ok(record.converted())
}

impl Record {
    fn converted(self) -> Record {
        let converted = match self {
            Record::Text(text) => serde_json::from_str(&text).map(Record::Changes),
            Record::Changes(changes) => serde_json::to_string(&changes).map(Record::Text),
            Record::Unreadable => return Record::Unreadable,
        };
        converted.unwrap_or(Record::Unreadable)
    }
}

/// Keeps the record; a full or disabled storage keeps nothing, and the demo goes on in
/// memory.
pub fn save(options: &DemoOptions, text: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&key(options), text);
    }
}

pub fn forget(options: &DemoOptions) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(options));
    }
}
