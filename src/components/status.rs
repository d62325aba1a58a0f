use billing_core::contract::{InvoiceStatus, ItemStatus, MethodStatus};
use leptos::prelude::*;

use crate::i18n::{use_i18n, I18n};

#[component]
fn Badge(tone: &'static str, message_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    move || badge_in(tone, i18n.t(message_id))
}

/// A badge of this tone and text, drawn once (see `money_in`).
fn badge_in(tone: &'static str, text: String) -> impl IntoView {
    view! { <span class=format!("bp-badge bp-badge--{tone}")>{text}</span> }
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

fn invoice_status_tone(status: InvoiceStatus) -> &'static str {
    match status {
        InvoiceStatus::Open => "info",
        InvoiceStatus::Due => "warning",
        InvoiceStatus::PastDue => "danger",
        InvoiceStatus::Paid => "success",
        InvoiceStatus::Void | InvoiceStatus::Unknown => "neutral",
    }
}

#[component]
pub fn InvoiceStatusBadge(status: InvoiceStatus) -> impl IntoView {
    view! { <Badge tone=invoice_status_tone(status) message_id=invoice_status_message(status) /> }
}

/// [`InvoiceStatusBadge`] drawn once, in the language of `i18n` now (see `money_in`).
pub fn invoice_status_badge_now(status: InvoiceStatus, i18n: I18n) -> impl IntoView {
    badge_in(
        invoice_status_tone(status),
        i18n.t(invoice_status_message(status)),
    )
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
