//! The billing summary of the demo account, derived from its invoices and items.

use std::collections::BTreeMap;

use billing_core::contract::{
    BillingSummary, CurrencyBalance, InvoiceType, ItemStatus, MonthlyTotal,
};
use billing_core::money::{Currency, Money};
use billing_core::seed::{self, SeedData};
use chrono::{Datelike, Months};
use rust_decimal::Decimal;

pub fn of(data: &SeedData) -> BillingSummary {
    let mut current: BTreeMap<Currency, Decimal> = BTreeMap::new();
    for detail in &data.invoices {
        let invoice = &detail.invoice;
        *current.entry(invoice.balance_due.currency).or_default() += invoice.balance_due.amount;
    }
    let mut recurring: BTreeMap<Currency, Decimal> = BTreeMap::new();
    for item in data
        .billing_items
        .iter()
        .filter(|i| i.status == ItemStatus::Active)
    {
        *recurring.entry(item.recurring_fee.currency).or_default() += item.recurring_fee.amount;
    }
    let currencies: std::collections::BTreeSet<Currency> =
        current.keys().chain(recurring.keys()).copied().collect();
    let balances = currencies
        .into_iter()
        .map(|c| {
            let now = current.get(&c).copied().unwrap_or_default();
            let next = now + recurring.get(&c).copied().unwrap_or_default();
            CurrencyBalance {
                current: Money::new(now, c),
                estimated_next: Money::new(next, c),
            }
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
    let mut monthly: BTreeMap<(String, Currency), Decimal> = BTreeMap::new();
    for invoice in invoiced
        .clone()
        .filter(|i| first_month.is_some_and(|first| i.date >= first))
    {
        let month = format!("{:04}-{:02}", invoice.date.year(), invoice.date.month());
        *monthly.entry((month, invoice.total.currency)).or_default() += invoice.total.amount;
    }
    let last_invoice_date = invoiced.clone().map(|i| i.date).max();
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
        assert!(summary.monthly.len() >= 12);
        assert!(summary.payment_method.is_some());
    }
}
