//! The billing summary of an account from its records, as both backends serve it: the
//! inputs [`compute_billing_summary`] defines the summary from, derived in one place.

use chrono::{Months, NaiveDate};

use crate::contract::{BillingItem, BillingSummary, Invoice, ItemStatus, PaymentMethod};
use crate::invoice::{compute_billing_summary, SummaryInputs};
use crate::money::{Money, MoneyError};

/// The summary as of `today`. Recurring charges are the active billing items' fees; the next
/// recurring invoice follows the last one by a month.
pub fn billing_summary<'a>(
    invoices: impl Iterator<Item = &'a Invoice>,
    methods: &[PaymentMethod],
    items: &[BillingItem],
    today: NaiveDate,
) -> Result<BillingSummary, MoneyError> {
    let invoices: Vec<Invoice> = invoices.cloned().collect();
    let recurring: Vec<Money> = items
        .iter()
        .filter(|i| i.status == ItemStatus::Active)
        .map(|i| i.recurring_fee)
        .collect();
    let mut summary = compute_billing_summary(&SummaryInputs {
        invoices: &invoices,
        recurring: &recurring,
        payment_method: methods
            .iter()
            .find(|m| m.is_default)
            .map(PaymentMethod::summary),
        next_invoice_date: None,
        today,
    })?;
    summary.next_invoice_date = summary
        .last_invoice_date
        .and_then(|d| d.checked_add_months(Months::new(1)));
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::contract::InvoiceStatus;
    use crate::seed::{self, SeedData};

    fn of(data: &SeedData) -> BillingSummary {
        let invoices = data.invoices.iter().map(|d| &d.invoice);
        billing_summary(
            invoices,
            &data.payment_methods,
            &data.billing_items,
            seed::ANCHOR,
        )
        .unwrap()
    }

    #[test]
    fn balances_are_what_open_invoices_owe_per_currency() {
        let data = seed::generate(48, 36);
        let summary = of(&data);
        for balance in &summary.balances {
            let currency = balance.current.currency;
            let owed: Decimal = data
                .invoices
                .iter()
                .map(|d| &d.invoice)
                .filter(|i| i.total.currency == currency)
                .filter(|i| {
                    matches!(
                        i.status,
                        InvoiceStatus::Open | InvoiceStatus::Due | InvoiceStatus::PastDue
                    )
                })
                .map(|i| i.total.amount)
                .sum();
            assert_eq!(balance.current.amount, owed, "{currency}");
            assert!(balance.estimated_next.amount >= balance.current.amount);
        }
        assert!(
            summary.balances.len() >= 3,
            "the demo bills in several currencies"
        );
        assert!(summary.payment_method.is_some());
    }

    #[test]
    fn monthly_totals_cover_twelve_months_oldest_first() {
        let summary = of(&seed::generate(48, 36));
        let months: Vec<&str> = summary.monthly.iter().map(|m| m.month.as_str()).collect();
        assert!(months.windows(2).all(|w| w[0] <= w[1]), "{months:?}");
        let distinct: std::collections::BTreeSet<_> = months.iter().collect();
        assert_eq!(distinct.len(), 12);
        assert_eq!(months.last(), Some(&"2026-11"));
    }
}
