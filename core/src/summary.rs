//! The billing summary, derived from the invoices, methods and billing items: one definition
//! for the demo backend and the reference server.

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use crate::contract::{
    BillingItem, BillingSummary, CurrencyBalance, Invoice, InvoiceType, ItemStatus, MonthlyTotal,
    PaymentMethod,
};
use crate::money::{Currency, Money};

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

/// The summary as of `today`: balances per currency, the monthly method, the recurring
/// invoice dates, and the invoiced totals of the twelve months ending with today's.
pub fn billing_summary<'a>(
    invoices: impl Iterator<Item = &'a Invoice> + Clone,
    methods: &[PaymentMethod],
    items: &[BillingItem],
    today: NaiveDate,
) -> BillingSummary {
    let mut owed = Totals::new();
    for invoice in invoices.clone() {
        owed.add(invoice.balance_due.currency, invoice.balance_due.amount);
    }
    let mut recurring = Totals::new();
    for item in items.iter().filter(|i| i.status == ItemStatus::Active) {
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

    let invoiced = invoices.filter(|i| {
        matches!(
            i.kind,
            InvoiceType::New | InvoiceType::Recurring | InvoiceType::OneTimeCharge
        )
    });
    // The twelve months ending with today's, oldest first, as the chart reads.
    let mut monthly = Vec::new();
    let mut month = today
        .with_day(1)
        .and_then(|d| d.checked_sub_months(Months::new(11)));
    while let Some(start) = month.filter(|m| *m <= today) {
        let mut totals = Totals::new();
        let in_month =
            |i: &&Invoice| i.date.year() == start.year() && i.date.month() == start.month();
        for invoice in invoiced.clone().filter(in_month) {
            totals.add(invoice.total.currency, invoice.total.amount);
        }
        let key = format!("{:04}-{:02}", start.year(), start.month());
        for (currency, total) in totals.0 {
            monthly.push(MonthlyTotal {
                month: key.clone(),
                total: Money::new(total, currency),
            });
        }
        month = start.checked_add_months(Months::new(1));
    }
    let last_invoice_date = invoiced.map(|i| i.date).filter(|d| *d <= today).max();
    BillingSummary {
        balances,
        payment_method: methods
            .iter()
            .find(|m| m.is_default)
            .map(PaymentMethod::summary),
        last_invoice_date,
        next_invoice_date: last_invoice_date.and_then(|d| d.checked_add_months(Months::new(1))),
        monthly,
    }
}

#[cfg(test)]
mod tests {
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
