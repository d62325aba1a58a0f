use billing_core::contract::MonthlyTotal;
use billing_core::money::{Currency, Money};
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::components::{MoneyText, MonthText};
use crate::i18n::use_i18n;

const BAR_WIDTH: u32 = 14;
const BAR_GAP: u32 = 6;
const HEIGHT: i64 = 100;

/// The last 12 months' invoiced amounts, one small bar chart per currency; the chart is a
/// picture of the table beside it, which is what assistive technology reads.
#[component]
pub fn MonthlyChart(monthly: Vec<MonthlyTotal>) -> impl IntoView {
    let mut currencies: Vec<Currency> = Vec::new();
    for m in &monthly {
        if !currencies.contains(&m.total.currency) {
            currencies.push(m.total.currency);
        }
    }
    let twelve = last_twelve_months(&monthly);
    let charts = currencies
        .into_iter()
        .map(|currency| {
            let months: Vec<MonthlyTotal> = twelve
                .iter()
                .map(|month| MonthlyTotal {
                    month: month.clone(),
                    total: monthly
                        .iter()
                        .find(|m| m.total.currency == currency && &m.month == month)
                        .map_or(Money::zero(currency), |m| m.total),
                })
                .collect();
            view! { <CurrencyChart currency months /> }
        })
        .collect_view();
    view! { <div class="bp-charts">{charts}</div> }
}

/// The twelve months up to the newest in `monthly`, oldest first, as `YYYY-MM`: a month
/// without invoices is a month of zero, not a gap.
fn last_twelve_months(monthly: &[MonthlyTotal]) -> Vec<String> {
    let parse = |m: &str| {
        let (year, month) = m.split_once('-')?;
        Some((year.parse::<i32>().ok()?, month.parse::<i32>().ok()?))
    };
    let Some((year, month)) = monthly.iter().filter_map(|m| parse(&m.month)).max() else {
        return Vec::new();
    };
    let newest = year * 12 + month - 1;
    (newest - 11..=newest)
        .map(|n| format!("{:04}-{:02}", n.div_euclid(12), n.rem_euclid(12) + 1))
        .collect()
}

/// A bar's height out of [`HEIGHT`], computed in decimal: no float on a money path.
fn bar_height(amount: Decimal, max: Decimal) -> i64 {
    if max <= Decimal::ZERO || amount <= Decimal::ZERO {
        return 0;
    }
    let scaled = (amount * Decimal::from(HEIGHT) / max).round();
    i64::try_from(scaled.mantissa())
        .unwrap_or(HEIGHT)
        .clamp(1, HEIGHT)
}

#[component]
fn CurrencyChart(currency: Currency, months: Vec<MonthlyTotal>) -> impl IntoView {
    let i18n = use_i18n();
    let code = currency.code().to_string();
    let max = months
        .iter()
        .map(|m| m.total.amount)
        .max()
        .unwrap_or_default();
    let width = months.len() as u32 * (BAR_WIDTH + BAR_GAP);
    let bars = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let height = bar_height(m.total.amount, max);
            view! {
                <rect class="bp-chart__bar" x=(i as u32 * (BAR_WIDTH + BAR_GAP)).to_string()
                    y=(HEIGHT - height).to_string() width=BAR_WIDTH.to_string() height=height.to_string() />
            }
        })
        .collect_view();
    view! {
        <figure class="bp-chart">
            <figcaption>{i18n.msg_with("chart-title", vec![("currency", code.into())])}</figcaption>
            <svg class="bp-chart__svg" viewBox=format!("0 0 {width} {HEIGHT}") aria-hidden="true"
                preserveAspectRatio="none">{bars}</svg>
            <details class="bp-chart__data">
                <summary>{i18n.msg("chart-show-table")}</summary>
                <table class="bp-table">
                    <thead><tr>
                        <th scope="col">{i18n.msg("chart-month")}</th>
                        <th scope="col" class="bp-num">{i18n.msg("chart-invoiced")}</th>
                    </tr></thead>
                    <tbody>
                        {months.into_iter().map(|m| view! {
                            <tr>
                                <th scope="row"><MonthText month=m.month /></th>
                                <td class="bp-num"><MoneyText money=m.total /></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_months_end_at_the_newest_and_cross_the_year() {
        let month = |m: &str| MonthlyTotal {
            month: m.into(),
            total: Money::zero(Currency::EUR),
        };
        let months = last_twelve_months(&[month("2026-02"), month("2025-11")]);
        assert_eq!(months.len(), 12);
        assert_eq!(months.first().map(String::as_str), Some("2025-03"));
        assert_eq!(months.last().map(String::as_str), Some("2026-02"));
        assert!(last_twelve_months(&[month("garbage")]).is_empty());
    }

    #[test]
    fn bars_scale_to_the_largest_month_exactly() {
        let max = Decimal::new(123_456, 2);
        assert_eq!(bar_height(max, max), HEIGHT);
        assert_eq!(bar_height(Decimal::new(61_728, 2), max), 50);
        assert_eq!(
            bar_height(Decimal::new(1, 2), max),
            1,
            "a small month still shows"
        );
        assert_eq!(bar_height(Decimal::ZERO, max), 0);
        assert_eq!(
            bar_height(Decimal::new(-5, 0), max),
            0,
            "credits draw no bar"
        );
        assert_eq!(bar_height(Decimal::ONE, Decimal::ZERO), 0);
    }
}
