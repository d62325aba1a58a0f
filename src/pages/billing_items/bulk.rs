//! Bulk actions over the selected rows, and the report of what an action did.

use billing_core::contract::{BillingItem, BulkAction, CancelWhen};
use leptos::prelude::*;

use super::dialogs::Ask;
use super::use_items_page;
use crate::i18n::use_i18n;

/// **Bulk actions** on the selected items (as shown): associate, dissociate, cancel.
#[component]
pub fn BulkBar(selected: Signal<Vec<BillingItem>>) -> impl IntoView {
    let i18n = use_i18n();
    let page = use_items_page();
    let count = move || selected.with(Vec::len);
    let none = move || count() == 0;
    let any_associated = move || selected.with(|s| s.iter().any(|i| i.device.is_some()));
    let dissociate = move |_| {
        let mut items = selected.get_untracked();
        items.retain(|i| i.device.is_some());
        page.act.run((BulkAction::Dissociate, items, Vec::new()));
    };
    view! {
        <div class="bp-bulk" role="group" aria-label=i18n.msg("items-bulk")>
            <span class="bp-bulk__count" aria-live="polite">
                {move || i18n.t_with("items-selected", &[("count", count().into())])}
            </span>
            <button type="button" class="bp-button bp-button--secondary bp-button--small" disabled=none
                on:click=move |_| page.ask.set(Some(Ask::Associate(selected.get_untracked())))>
                {i18n.msg("item-associate")}
            </button>
            <button type="button" class="bp-button bp-button--secondary bp-button--small"
                disabled=move || !any_associated() on:click=dissociate>
                {i18n.msg("item-dissociate")}
            </button>
            <button type="button" class="bp-button bp-button--danger bp-button--small" disabled=none
                on:click=move |_| page.ask.set(Some(Ask::Cancel(selected.get_untracked())))>
                {i18n.msg("item-cancel")}
            </button>
            <button type="button" class="bp-button bp-button--secondary bp-button--small" disabled=none
                on:click=move |_| page.selection.clear()>
                {i18n.msg("items-clear-selection")}
            </button>
        </div>
    }
}

fn done_message(action: &BulkAction) -> &'static str {
    match action {
        BulkAction::Associate { .. } => "items-done-associate",
        BulkAction::Dissociate => "items-done-dissociate",
        BulkAction::Cancel {
            when: CancelWhen::Immediately,
        } => "items-done-cancel-now",
        BulkAction::Cancel {
            when: CancelWhen::EndOfPeriod,
        } => "items-done-cancel-later",
    }
}

/// What the last action did, announced; what failed is listed with why, and can be
/// retried alone.
#[component]
pub fn Report() -> impl IntoView {
    let i18n = use_i18n();
    let page = use_items_page();
    let report = page.edits.report;
    let retry = move |_| {
        let Some(last) = report.get_untracked() else {
            return;
        };
        let items = last.failed.into_iter().map(|(item, _)| item).collect();
        page.act.run((last.action, items, last.devices));
    };
    // Only the summary is announced; the list and the retry are read when reached.
    let summary = move || {
        report.with(|last| {
            let last = last.as_ref()?;
            let device = last.device_name().unwrap_or_default();
            let done = (last.succeeded > 0).then(|| {
                let args = [("count", last.succeeded.into()), ("device", device.into())];
                i18n.t_with(done_message(&last.action), &args)
            });
            let count = last.failed.len();
            let failed =
                (count > 0).then(|| i18n.t_with("items-failed", &[("count", count.into())]));
            Some((done, failed))
        })
    };
    view! {
        <div class="bp-report" tabindex="-1" node_ref=page.edits.report_ref>
            <div role="status">
                {move || summary().map(|(done, failed)| view! {
                    {done.map(|text| view! { <p class="bp-done">{text}</p> })}
                    {failed.map(|text| view! { <p class="bp-report__failed">{text}</p> })}
                })}
            </div>
            {move || report.get().map(|last| {
                (!last.failed.is_empty()).then(|| {
                    let count = last.failed.len();
                    view! {
                        <div class="bp-panel bp-panel--error">
                            <ul>
                                {last.failed.into_iter().map(|(item, error)| view! {
                                    <li><strong>{item.description}</strong>" "<span class="bp-muted">{item.id}</span>
                                        " — "{i18n.msg(error.message_id())}</li>
                                }).collect_view()}
                            </ul>
                            <button type="button" class="bp-button" on:click=retry>
                                {i18n.t_with("items-retry", &[("count", count.into())])}
                            </button>
                        </div>
                    }
                })
            })}
        </div>
    }
}
