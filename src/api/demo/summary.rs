//! The billing summary of the demo account, derived from its invoices and items.

use billing_core::contract::{
    BillingSummary, CurrencyBalance, InvoiceType, ItemStatus, MonthlyTotal,
};
use billing_core::money::{Currency, Money};
use billing_core::seed::{self, SeedData};
use chrono::{Datelike, Months};
use rust_decimal::Decimal;

/// Sums per key, keeping keys in first-seen order. An account has a handful of currencies
/// and months, so a list beats a map here, in speed and in WebAssembly size.
struct Totals<K>(Vec<(K, Decimal)>);

impl<K: PartialEq> Totals<K> {
    fn new() -> Self {
        Totals(Vec::new())
    }

    fn add(&mut self, key: K, amount: Decimal) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, total)) => *total += amount,
            None => self.0.push((key, amount)),
        }
    }

    fn get(&self, key: &K) -> Decimal {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, t)| *t)
            .unwrap_or_default()
    }
}

pub fn of(data: &SeedData) -> BillingSummary {
    let mut owed = Totals::new();
    for detail in &data.invoices {
        let due = detail.invoice.balance_due;
        owed.add(due.currency, due.amount);
    }
    let mut recurring = Totals::new();
    for item in data
        .billing_items
        .iter()
        .filter(|i| i.status == ItemStatus::Active)
    {
        recurring.add(item.recurring_fee.currency, item.recurring_fee.amount);
    }
    let mut currencies: Vec<Currency> =
        owed.0.iter().chain(&recurring.0).map(|(c, _)| *c).collect();
    currencies.sort_unstable();
    currencies.dedup();
    let balances = currencies
        .into_iter()
        .map(|c| CurrencyBalance {
            current: Money::new(owed.get(&c), c),
            estimated_next: Money::new(owed.get(&c) + recurring.get(&c), c),
        })
        .collect();

    let invoiced = data.invoices.iter().map(|d| &d.invoice).filter(|i| {
        matches!(
            i.kind,
            InvoiceType::New | InvoiceType::Recurring | InvoiceType::OneTimeCharge
        )
    });
    let first_month = seed::ANCHOR
        .with_day(1)
        .and_then(|d| d.checked_sub_months(Months::new(11)));
    let mut monthly = Totals::new();
    for invoice in invoiced
        .clone()
        .filter(|i| first_month.is_some_and(|first| i.date >= first))
    {
        let month = format!("{:04}-{:02}", invoice.date.year(), invoice.date.month());
        monthly.add((month, invoice.total.currency), invoice.total.amount);
    }
    // Oldest month first, as the chart reads.
    monthly.0.reverse();
    let last_invoice_date = invoiced.map(|i| i.date).max();
    BillingSummary {
        balances,
        payment_method: data
            .payment_methods
            .iter()
            .find(|m| m.is_default)
            .map(seed::method_summary),
        last_invoice_date,
        next_invoice_date: last_invoice_date.and_then(|d| d.checked_add_months(Months::new(1))),
        monthly: monthly
            .0
            .into_iter()
            .map(|((month, currency), total)| MonthlyTotal {
                month,
                total: Money::new(total, currency),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use billing_core::contract::InvoiceStatus;

    use super::*;

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
