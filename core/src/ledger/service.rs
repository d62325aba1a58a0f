//! The payment operations of the API, written once over [`LedgerStore`]: the reference server
//! runs them on SQLite inside its transaction, the demo on its in-memory account
//! ([`InMemory`]), so both backends charge, refuse and confirm alike.

use chrono::{DateTime, Utc};

use super::{charge, confirm, is_payable, pay_with, settle, PaymentError};
use crate::contract::{
    BillingProfile, ErrorBody, InvoiceDetail, NewPayment, Payment, PaymentMethod, PaymentStatus,
};
use crate::fields::field;
use crate::money::Currency;
use crate::seed::SeedData;
use crate::wallet::{self, Vaulted, WalletError};

/// What the payment operations read and write. An operation is one unit of work: its caller
/// keeps the writes only if it succeeds (the server's savepoint, the demo's copy taken
/// before), so a refusal leaves the store as it was.
pub trait LedgerStore {
    /// A refusal of the rules, or a failure of the store itself.
    type Error: From<PaymentError> + From<WalletError>;

    /// The invoice named, or else every invoice with a balance.
    fn owing(&mut self, invoice_id: Option<&str>) -> Result<Vec<InvoiceDetail>, Self::Error>;
    fn put_invoice(&mut self, detail: &InvoiceDetail) -> Result<(), Self::Error>;
    fn payment_count(&mut self) -> Result<usize, Self::Error>;
    fn payment(&mut self, id: &str) -> Result<Option<Payment>, Self::Error>;
    /// Adds the payment, or replaces the one with its id.
    fn put_payment(&mut self, payment: &Payment) -> Result<(), Self::Error>;
    fn payment_methods(&mut self) -> Result<Vec<PaymentMethod>, Self::Error>;
    /// Whom receipts are made out to, and whom PayPal asks for approval
    /// ([`BillingProfile::billing_email`]).
    fn profile(&mut self) -> Result<BillingProfile, Self::Error>;
    fn card_token(&mut self, token: &str) -> Result<Option<Vaulted>, Self::Error>;
    fn put_card_token(&mut self, vaulted: &Vaulted) -> Result<(), Self::Error>;
}

/// The invoices a payment in `currency` may go to ([`is_payable`]): the named one, or every
/// payable one, oldest first (the order a payment is taken off them in).
fn payable<S: LedgerStore>(
    store: &mut S,
    invoice_id: Option<&str>,
    currency: Currency,
) -> Result<Vec<InvoiceDetail>, S::Error> {
    let mut payable = store.owing(invoice_id)?;
    payable.retain(|d| is_payable(d, currency));
    payable.sort_by(|a, b| {
        (a.invoice.date, &a.invoice.number).cmp(&(b.invoice.date, &b.invoice.number))
    });
    Ok(payable)
}

/// Takes a card token for one use: the vault's copy is marked used.
pub fn take_token<S: LedgerStore>(
    store: &mut S,
    token: &str,
    field: &'static str,
) -> Result<Vaulted, S::Error> {
    let mut stored = store.card_token(token)?;
    let taken = wallet::take(stored.as_mut(), field)?;
    store.put_card_token(&taken)?;
    Ok(taken)
}

/// `POST /payments`: checks `new` against what is owed, starts it with its source, records
/// it, and takes it off the invoices if it succeeded at once.
pub fn make_payment<S: LedgerStore>(
    store: &mut S,
    new: &NewPayment,
    now: DateTime<Utc>,
) -> Result<Payment, S::Error> {
    let mut invoices = payable(store, new.invoice_id.as_deref(), new.amount.currency)?;
    let count = store.payment_count()?;
    let methods = store.payment_methods()?;
    let profile = store.profile()?;
    let mut payment = charge(new, &invoices, count, now, |source| {
        pay_with(source, &methods, &profile.billing_email(), |token| {
            take_token(store, token, field::SOURCE_TOKEN)
        })
    })?;
    if payment.status == PaymentStatus::Succeeded {
        for index in settle(&mut payment, &mut invoices, &profile.bill_to) {
            store.put_invoice(&invoices[index])?;
        }
    }
    store.put_payment(&payment)?;
    Ok(payment)
}

/// `POST /payments/{id}/confirm`: completes a payment waiting for approval if what it pays
/// is still owed ([`confirm`]); a payment in any other state is answered as it is. `None`
/// for an unknown payment.
pub fn confirm_payment<S: LedgerStore>(
    store: &mut S,
    id: &str,
) -> Result<Option<Payment>, S::Error> {
    let Some(mut payment) = store.payment(id)? else {
        return Ok(None);
    };
    if payment.status == PaymentStatus::RequiresAction {
        let currency = payment.amount.currency;
        let mut invoices = payable(store, payment.invoice_id.as_deref(), currency)?;
        let profile = store.profile()?;
        for index in confirm(&mut payment, &mut invoices, &profile.bill_to) {
            store.put_invoice(&invoices[index])?;
        }
        store.put_payment(&payment)?;
    }
    Ok(Some(payment))
}

/// Why the in-memory ledger refused: one of the rules' answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Payment(PaymentError),
    Wallet(WalletError),
}

impl Refusal {
    /// The HTTP status and error body the API answers with.
    pub fn answer(&self) -> (u16, ErrorBody) {
        match self {
            Refusal::Payment(error) => error.answer(),
            Refusal::Wallet(error) => error.answer(),
        }
    }
}

impl From<PaymentError> for Refusal {
    fn from(error: PaymentError) -> Refusal {
        Refusal::Payment(error)
    }
}

impl From<WalletError> for Refusal {
    fn from(error: WalletError) -> Refusal {
        Refusal::Wallet(error)
    }
}

/// The ledger over an account held in memory (the demo's, and the tests'): payments newest
/// first, as the seed keeps them.
pub struct InMemory<'a> {
    pub data: &'a mut SeedData,
    pub vault: &'a mut Vec<Vaulted>,
}

impl LedgerStore for InMemory<'_> {
    type Error = Refusal;

    fn owing(&mut self, invoice_id: Option<&str>) -> Result<Vec<InvoiceDetail>, Refusal> {
        let invoices = self.data.invoices.iter();
        Ok(invoices
            .filter(|d| match invoice_id {
                Some(id) => d.invoice.id == id,
                None => d.invoice.balance_due.is_positive(),
            })
            .cloned()
            .collect())
    }

    fn put_invoice(&mut self, detail: &InvoiceDetail) -> Result<(), Refusal> {
        let id = &detail.invoice.id;
        if let Some(stored) = self.data.invoices.iter_mut().find(|d| &d.invoice.id == id) {
            *stored = detail.clone();
        }
        Ok(())
    }

    fn payment_count(&mut self) -> Result<usize, Refusal> {
        Ok(self.data.payments.len())
    }

    fn payment(&mut self, id: &str) -> Result<Option<Payment>, Refusal> {
        Ok(self.data.payments.iter().find(|p| p.id == id).cloned())
    }

    fn put_payment(&mut self, payment: &Payment) -> Result<(), Refusal> {
        match self.data.payments.iter_mut().find(|p| p.id == payment.id) {
            Some(stored) => *stored = payment.clone(),
            None => self.data.payments.insert(0, payment.clone()),
        }
        Ok(())
    }

    fn payment_methods(&mut self) -> Result<Vec<PaymentMethod>, Refusal> {
        Ok(self.data.payment_methods.clone())
    }

    fn profile(&mut self) -> Result<BillingProfile, Refusal> {
        Ok(self.data.profile.clone())
    }

    fn card_token(&mut self, token: &str) -> Result<Option<Vaulted>, Refusal> {
        Ok(self.vault.iter().find(|v| v.card.token == token).cloned())
    }

    fn put_card_token(&mut self, vaulted: &Vaulted) -> Result<(), Refusal> {
        let token = &vaulted.card.token;
        match self.vault.iter_mut().find(|v| &v.card.token == token) {
            Some(stored) => *stored = vaulted.clone(),
            None => self.vault.push(vaulted.clone()),
        }
        Ok(())
    }
}
