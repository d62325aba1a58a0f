//! Invoice arithmetic: lines that add up, credits that count against the balance, and the
//! billing summary per currency.
//!
//! On the wire every amount of an invoice is positive; its type says which way it moves
//! the balance. Charges (New, Recurring, One-time charge) add to what the customer owes;
//! Credits and Refunds take from it.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::contract::{
    BillingSummary, CurrencyBalance, Invoice, InvoiceDetail, InvoiceStatus, InvoiceType,
    MonthlyTotal, PaymentMethodSummary,
};
use crate::money::{Currency, Money, MoneyError};

/// How an invoice's figures fail to add up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvoiceError {
    /// Mixed currencies, an unknown currency or an overflow.
    Money(MoneyError),
    /// A line whose amount is not its quantity × unit price, rounded half away from zero.
    LineAmount { line_id: String },
    /// The lines' amounts do not sum to the subtotal.
    Subtotal { lines: Money, subtotal: Money },
    /// The lines' taxes do not sum to the invoice's tax.
    Tax { lines: Money, tax: Money },
    /// Subtotal plus tax is not the total.
    Total { computed: Money, total: Money },
    /// The balance due is negative or more than the total.
    BalanceDue,
}

impl From<MoneyError> for InvoiceError {
    fn from(error: MoneyError) -> InvoiceError {
        InvoiceError::Money(error)
    }
}

/// Checks that an invoice adds up: each line is quantity × unit price, the lines sum to the
/// subtotal and tax, subtotal plus tax is the total, and the balance due lies within
/// `0..=total` — all in the invoice's one currency.
pub fn check_invoice(detail: &InvoiceDetail) -> Result<(), InvoiceError> {
    let total = detail.invoice.total;
    let currency = total.currency;
    for line in &detail.lines {
        check_line_amount(line)?;
    }
    let lines = Money::sum(currency, detail.lines.iter().map(|l| &l.amount))?;
    if lines.compare(&detail.subtotal)?.is_ne() {
        return Err(InvoiceError::Subtotal {
            lines,
            subtotal: detail.subtotal,
        });
    }
    let lines_tax = Money::sum(currency, detail.lines.iter().map(|l| &l.tax))?;
    if lines_tax.compare(&detail.tax)?.is_ne() {
        return Err(InvoiceError::Tax {
            lines: lines_tax,
            tax: detail.tax,
        });
    }
    let computed = detail.subtotal.checked_add(&detail.tax)?;
    if computed.compare(&total)?.is_ne() {
        return Err(InvoiceError::Total { computed, total });
    }
    let due = detail.invoice.balance_due;
    if due.is_negative() || due.compare(&total)?.is_gt() {
        return Err(InvoiceError::BalanceDue);
    }
    Ok(())
}

fn check_line_amount(line: &crate::contract::InvoiceLine) -> Result<(), InvoiceError> {
    let mismatch = || InvoiceError::LineAmount {
        line_id: line.id.clone(),
    };
    let product = line
        .unit_price
        .amount
        .checked_mul(line.quantity)
        .ok_or(MoneyError::Overflow)?;
    let expected = Money::new(product, line.unit_price.currency).round_to_minor()?;
    if expected.compare(&line.amount)?.is_ne() || line.tax.currency != line.amount.currency {
        return Err(mismatch());
    }
    Ok(())
}

impl InvoiceType {
    /// Whether the invoice adds to what the customer owes (`Some(true)`), takes from it
    /// (`Some(false)`, credits and refunds), or is of a type this build does not know.
    pub fn is_charge(self) -> Option<bool> {
        match self {
            InvoiceType::New | InvoiceType::Recurring | InvoiceType::OneTimeCharge => Some(true),
            InvoiceType::Credit | InvoiceType::Refund => Some(false),
            InvoiceType::Unknown => None,
        }
    }
}

impl InvoiceStatus {
    /// Whether its balance due still counts toward the account's current balance.
    pub fn is_outstanding(self) -> bool {
        matches!(
            self,
            InvoiceStatus::Open | InvoiceStatus::Due | InvoiceStatus::PastDue
        )
    }
}

impl Invoice {
    /// Whether a payment may go to it: outstanding (open, due or past due), a charge (never a
    /// credit, a refund or a type this build does not know), with something left to pay in a
    /// currency whose minor units are known (no amount could be checked in another). The one
    /// rule behind the app's **Pay now**, and the demo's and the server's acceptance.
    pub fn is_payable(&self) -> bool {
        self.status.is_outstanding()
            && self.kind.is_charge() == Some(true)
            && self.balance_due.is_positive()
            && self.balance_due.currency.minor_units().is_some()
    }

    /// The invoice's total as it moves the balance: positive for a charge, negative for a
    /// credit or refund, zero when void or of an unknown type (which no one can interpret).
    pub fn balance_effect(&self) -> Money {
        self.signed(self.total, self.status != InvoiceStatus::Void)
    }

    /// What the invoice still adds to (or, for a credit not yet applied, takes from) the
    /// current balance: the signed balance due of an open, due or past-due invoice; zero
    /// otherwise.
    pub fn outstanding(&self) -> Money {
        self.signed(self.balance_due, self.status.is_outstanding())
    }

    fn signed(&self, amount: Money, counts: bool) -> Money {
        match self.kind.is_charge() {
            Some(true) if counts => amount,
            Some(false) if counts => amount.negated(),
            _ => Money::zero(amount.currency),
        }
    }
}

/// What [`compute_billing_summary`] needs besides the invoices.
#[derive(Clone, Debug)]
pub struct SummaryInputs<'a> {
    pub invoices: &'a [Invoice],
    /// The charges the next recurring invoice will carry (active billing items' fees).
    pub recurring: &'a [Money],
    pub payment_method: Option<PaymentMethodSummary>,
    pub next_invoice_date: Option<NaiveDate>,
    /// The monthly totals cover the 12 months ending with this date's month.
    pub today: NaiveDate,
}

/// The billing summary, per currency (sorted by code), defined as:
///
/// - **current balance** = Σ [`Invoice::outstanding`]: the balance due of open, due and
///   past-due charges, minus that of open credits and refunds. Negative means the account
///   is in credit.
/// - **estimated next balance** = current balance + Σ `recurring` in that currency.
/// - A currency appears if any invoice or recurring charge is in it, even at zero.
/// - **last invoice date**: the latest date of a charge invoice (not void).
/// - **monthly**: charge invoices' totals (not void) per month and currency over the 12
///   months ending with `today`'s month, oldest first; months without invoices are absent.
pub fn compute_billing_summary(inputs: &SummaryInputs<'_>) -> Result<BillingSummary, MoneyError> {
    let mut current: BTreeMap<Currency, Money> = BTreeMap::new();
    let mut next: BTreeMap<Currency, Money> = BTreeMap::new();
    for invoice in inputs.invoices {
        add_to(&mut current, &invoice.outstanding())?;
        add_to(&mut next, &invoice.outstanding())?;
    }
    for charge in inputs.recurring {
        add_to(&mut current, &Money::zero(charge.currency))?;
        add_to(&mut next, charge)?;
    }
    let balances = current
        .into_iter()
        .map(|(currency, current)| CurrencyBalance {
            current,
            estimated_next: next.get(&currency).copied().unwrap_or(current),
        })
        .collect();
    let charges = || {
        inputs
            .invoices
            .iter()
            .filter(|i| i.kind.is_charge() == Some(true) && i.status != InvoiceStatus::Void)
    };
    Ok(BillingSummary {
        balances,
        payment_method: inputs.payment_method.clone(),
        last_invoice_date: charges().map(|i| i.date).max(),
        next_invoice_date: inputs.next_invoice_date,
        monthly: monthly_totals(charges(), inputs.today)?,
    })
}

fn add_to(totals: &mut BTreeMap<Currency, Money>, amount: &Money) -> Result<(), MoneyError> {
    let total = totals
        .entry(amount.currency)
        .or_insert_with(|| Money::zero(amount.currency));
    *total = total.checked_add(amount)?;
    Ok(())
}

fn monthly_totals<'a>(
    charges: impl Iterator<Item = &'a Invoice>,
    today: NaiveDate,
) -> Result<Vec<MonthlyTotal>, MoneyError> {
    let month_index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    let last = month_index(today);
    let mut totals: BTreeMap<(i32, Currency), Money> = BTreeMap::new();
    for invoice in charges.filter(|i| (last - 11..=last).contains(&month_index(i.date))) {
        let key = (month_index(invoice.date), invoice.total.currency);
        let total = totals
            .entry(key)
            .or_insert_with(|| Money::zero(invoice.total.currency));
        *total = total.checked_add(&invoice.total)?;
    }
    Ok(totals
        .into_iter()
        .map(|((month, _), total)| MonthlyTotal {
            month: format!(
                "{:04}-{:02}",
                month.div_euclid(12),
                month.rem_euclid(12) + 1
            ),
            total,
        })
        .collect())
}
