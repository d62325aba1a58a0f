//! Card care on every view: one calm banner when the monthly payment method needs the
//! customer (expiring, expired, declined, or still being validated), with what to do.

use billing_core::attention::{last_day, Attention};
use leptos::prelude::*;

use super::method_label::method_text;
use super::Link;
use crate::i18n::{intl, use_i18n};
use crate::state::{use_attention, use_can_manage_billing, use_summary};

/// The message that says why, and what the customer can do.
fn message(reason: Attention) -> &'static str {
    match reason {
        Attention::Expired => "attention-expired",
        Attention::Declined => "attention-declined",
        Attention::Expiring => "attention-expiring",
        Attention::PendingValidation => "attention-pending",
    }
}

#[component]
pub fn AttentionBanner() -> impl IntoView {
    let i18n = use_i18n();
    let needed = use_attention();
    let summary = use_summary();
    let can_manage = use_can_manage_billing();
    move || {
        let reason = needed.get()?;
        let method = summary.get()?.ok()?.payment_method?;
        let last_day = last_day(&method);
        let text = move || {
            let mut args = vec![("method", method_text(&method, i18n).into())];
            if let Some(day) = last_day {
                args.push(("date", intl::date(day, i18n.lang()).into()));
            }
            i18n.t_with(message(reason), &args)
        };
        // Waiting for a validation needs nothing but patience.
        let act = reason != Attention::PendingValidation;
        Some(view! {
            <div class="bp-banner" role="note" aria-labelledby="bp-attention-title">
                <p><strong id="bp-attention-title" class="bp-banner__title">{i18n.msg("attention-title")}</strong>{text}</p>
                {move || (act && can_manage.get()).then(|| view! {
                    <p class="bp-actions">
                        <Link to="/payment-methods?add=monthly" class="bp-button bp-button--small">
                            {i18n.msg("attention-add-card")}
                        </Link>
                        <Link to="/payment-methods" class="bp-button bp-button--secondary bp-button--small">
                            {i18n.msg("attention-choose")}
                        </Link>
                    </p>
                })}
            </div>
        })
    }
}
