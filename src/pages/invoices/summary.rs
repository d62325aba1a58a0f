use billing_core::contract::BillingSummary;
use leptos::prelude::*;

use super::chart::MonthlyChart;
use crate::components::{Balances, DateText, Link, MethodLabel, MethodStatusBadge};
use crate::i18n::use_i18n;
use crate::pages::paths;
use crate::state::use_can_manage_billing;

#[component]
pub fn Summary(summary: BillingSummary) -> impl IntoView {
    let i18n = use_i18n();
    let can_pay = use_can_manage_billing();
    let payable: Vec<String> = summary
        .balances
        .iter()
        .filter(|b| b.current.is_positive())
        .map(|b| b.current.currency.code().to_string())
        .collect();
    let several = payable.len() > 1;
    view! {
        <dl class="bp-summary">
            <Balances balances=summary.balances estimates=true />
            <div class="bp-summary__item">
                <dt>{i18n.msg("summary-payment-method")}</dt>
                <dd>{match summary.payment_method {
                    Some(method) => {
                        let status = method.status();
                        view! { <MethodLabel method />" "<MethodStatusBadge status /> }.into_any()
                    }
                    None => view! { {i18n.msg("summary-no-method")} }.into_any(),
                }}</dd>
            </div>
            <div class="bp-summary__item">
                <dt>{i18n.msg("summary-last-invoice")}</dt>
                <dd>{summary.last_invoice_date.map(|date| view! { <DateText date /> })}</dd>
            </div>
            <div class="bp-summary__item">
                <dt>{i18n.msg("summary-next-invoice")}</dt>
                <dd>{summary.next_invoice_date.map(|date| view! { <DateText date /> })}</dd>
            </div>
        </dl>
        {move || can_pay.get().then(|| view! {
            <p class="bp-actions">
                {payable.clone().into_iter().map(|code| {
                    let to = paths::pay_balance(&code);
                    // With balances in several currencies, each button names its own.
                    let label = move || match several {
                        true => i18n.t_with("summary-pay-balance-currency", &[("currency", code.clone().into())]),
                        false => i18n.t("summary-pay-balance"),
                    };
                    view! { <Link to class="bp-button">{label}</Link> }
                }).collect_view()}
            </p>
        })}
        <MonthlyChart monthly=summary.monthly />
    }
}
