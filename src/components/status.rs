use billing_core::contract::{InvoiceStatus, ItemStatus, MethodStatus};
use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
fn Badge(tone: &'static str, message_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("bp-badge bp-badge--{tone}")>{i18n.msg(message_id)}</span> }
}

pub fn invoice_status_message(status: InvoiceStatus) -> &'static str {
    match status {
        InvoiceStatus::Open => "invoice-status-open",
        InvoiceStatus::Due => "invoice-status-due",
        InvoiceStatus::PastDue => "invoice-status-past-due",
        InvoiceStatus::Paid => "invoice-status-paid",
        InvoiceStatus::Void => "invoice-status-void",
        InvoiceStatus::Unknown => "status-unknown",
    }
}

#[component]
pub fn InvoiceStatusBadge(status: InvoiceStatus) -> impl IntoView {
    let tone = match status {
        InvoiceStatus::Open => "info",
        InvoiceStatus::Due => "warning",
        InvoiceStatus::PastDue => "danger",
        InvoiceStatus::Paid => "success",
        InvoiceStatus::Void | InvoiceStatus::Unknown => "neutral",
    };
    view! { <Badge tone message_id=invoice_status_message(status) /> }
}

#[component]
pub fn MethodStatusBadge(status: MethodStatus) -> impl IntoView {
    let (tone, id) = match status {
        MethodStatus::PendingValidation => ("info", "method-status-pending"),
        MethodStatus::Active => ("success", "method-status-active"),
        MethodStatus::Expired => ("warning", "method-status-expired"),
        MethodStatus::Declined => ("danger", "method-status-declined"),
        MethodStatus::Unknown => ("neutral", "status-unknown"),
    };
    view! { <Badge tone message_id=id /> }
}

#[component]
pub fn ItemStatusBadge(status: ItemStatus) -> impl IntoView {
    let (tone, id) = match status {
        ItemStatus::Active => ("success", "item-status-active"),
        ItemStatus::CancellationPending => ("warning", "item-status-cancellation-pending"),
        ItemStatus::Cancelled => ("neutral", "item-status-cancelled"),
        ItemStatus::Unknown => ("neutral", "status-unknown"),
    };
    view! { <Badge tone message_id=id /> }
}
