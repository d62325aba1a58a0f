//! What the customer changed in the demo account, kept in `localStorage` so that it survives
//! a reload until **Reset demo**: the payments made, the payment methods, the billing
//! profile, the vault's tokens
//! and the answers kept for idempotency keys whole, and the invoices and billing items that
//! differ from the seed, so that a record stays small however large the account. The vault
//! keeps a card's brand, last four, expiry and holder, never its number or security code.

use billing_core::contract::{
    BillingItem, BillingProfile, ErrorBody, InvoiceDetail, Payment, PaymentMethod,
};
use billing_core::money::Money;
use billing_core::seed::SeedData;
use billing_core::wallet::Vaulted;
use leptos::wasm_split::SplitLoaderError;
use serde::{Deserialize, Serialize};

use super::DemoOptions;

/// Changed whenever the seed or this record changes, so that no record of another shape, or
/// of other seeded data, is read.
const VERSION: u32 = 5;

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    pub invoices: Vec<InvoiceDetail>,
    pub billing_items: Vec<BillingItem>,
    pub payments: Vec<Payment>,
    pub payment_methods: Vec<PaymentMethod>,
    pub profile: BillingProfile,
    pub vault: Vec<Vaulted>,
    /// The answers kept for idempotency keys: an attempt resent after a reload is answered
    /// as before, not made again.
    pub replays: Vec<(String, Replay)>,
}

/// The first answer to a request made with an idempotency key, or the key closed by asking
/// what became of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Replay {
    Payment(Result<Payment, ErrorBody>),
    Method(Result<PaymentMethod, ErrorBody>),
    Closed,
}

/// What tells the customer's changes from the seed they were made on.
pub struct Baseline {
    /// Each seeded invoice's balance, in the seed's order: an invoice changes only by being
    /// paid.
    balances: Vec<Money>,
    /// The billing items acted on since the seed: a few ids.
    items_changed: Vec<String>,
    /// How many payments the seed has: they never change (paid or declined), and new ones
    /// come before them, newest first.
    seeded_payments: usize,
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
            seeded_payments: seed.payments.len(),
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
    pub fn of(
        data: &SeedData,
        vault: &[Vaulted],
        replays: &[(String, Replay)],
        baseline: &Baseline,
    ) -> Changes {
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
            payments: {
                let made = data.payments.len().saturating_sub(baseline.seeded_payments);
                data.payments[..made].to_vec()
            },
            payment_methods: data.payment_methods.clone(),
            profile: data.profile.clone(),
            vault: vault.to_vec(),
            replays: replays.to_vec(),
        }
    }

    /// Makes the seed `data` what it was when these changes were saved, and notes the items
    /// changed in `baseline`.
    pub fn apply(
        self,
        data: &mut SeedData,
        vault: &mut Vec<Vaulted>,
        replays: &mut Vec<(String, Replay)>,
        baseline: &mut Baseline,
    ) {
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
        // The payments made come first, newest first, as in the account.
        let mut payments = self.payments;
        payments.append(&mut data.payments);
        data.payments = payments;
        data.payment_methods = self.payment_methods;
        data.profile = self.profile;
        *vault = self.vault;
        *replays = self.replays;
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
    Changes(Box<Changes>),
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
            Record::Text(text) => serde_json::from_str(&text).map(|c| Record::Changes(Box::new(c))),
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

#[cfg(test)]
mod tests {
    use billing_core::contract::{ErrorCode, PaymentStatus};
    use billing_core::seed;

    use super::*;

    #[test]
    fn the_saved_changes_make_a_fresh_seed_what_it_was_replays_and_all() {
        let fresh = || seed::generate(48, 36);
        let mut data = fresh();
        let baseline = {
            let mut baseline = Baseline::of(&data);
            // A paid invoice, a changed item, a payment and a kept answer, as a session would.
            let invoice = &mut data.invoices[3].invoice;
            invoice.balance_due.amount = rust_decimal::Decimal::ZERO;
            let item = &mut data.billing_items[5];
            item.device = None;
            baseline.item_changed(&item.id.clone());
            let mut payment = data.payments[0].clone();
            payment.id = "pay_999999".into();
            payment.status = PaymentStatus::Succeeded;
            data.payments.insert(0, payment.clone());
            let replays = vec![
                ("key-1".to_string(), Replay::Payment(Ok(payment))),
                (
                    "key-2".to_string(),
                    Replay::Method(Err(ErrorBody::new(ErrorCode::CardDeclined, ""))),
                ),
                ("key-3".to_string(), Replay::Closed),
            ];
            (baseline, replays)
        };
        let (baseline, replays) = baseline;
        let changes = Changes::of(&data, &[], &replays, &baseline);
        assert_eq!(changes.invoices.len(), 1, "only what differs from the seed");
        assert_eq!(changes.billing_items.len(), 1);
        assert_eq!(changes.payments.len(), 1, "only the payment made");
        let text = match Record::Changes(Box::new(changes)).converted() {
            Record::Text(text) => text,
            _ => panic!("the changes are written"),
        };
        let read = match Record::Text(text).converted() {
            Record::Changes(changes) => *changes,
            _ => panic!("the record is read"),
        };
        let (mut restored, mut vault, mut kept) = (fresh(), Vec::new(), Vec::new());
        let mut restored_baseline = Baseline::of(&restored);
        read.apply(&mut restored, &mut vault, &mut kept, &mut restored_baseline);
        assert_eq!(restored, data);
        assert_eq!(kept, replays);
        assert!(matches!(
            Record::Text("{\"not\":\"a record\"}".into()).converted(),
            Record::Unreadable
        ));
    }
}
