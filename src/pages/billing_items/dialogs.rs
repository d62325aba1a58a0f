//! What an action asks before it is done: the device to associate with, and when a
//! cancellation takes effect and what it saves.

use billing_core::contract::{BillingItem, BulkAction, CancelWhen, Device};
use billing_core::items;
use billing_core::listing::contains_folded;
use leptos::prelude::*;

use super::use_items_page;
use crate::components::{AsyncView, Modal};
use crate::i18n::{intl, use_i18n};
use crate::state::use_api_resource;

/// The items a dialog's action is for, as shown when it was opened.
#[derive(Clone)]
pub enum Ask {
    Associate(Vec<BillingItem>),
    Cancel(Vec<BillingItem>),
}

/// The open dialog, if any.
#[component]
pub fn ItemDialogs() -> impl IntoView {
    let page = use_items_page();
    move || {
        page.ask.get().map(|ask| match ask {
            Ask::Associate(items) => view! { <AssociateDialog items /> }.into_any(),
            Ask::Cancel(items) => view! { <CancelDialog items /> }.into_any(),
        })
    }
}

/// Open while shown; closed (by Escape too) it is gone.
fn open_until_closed() -> RwSignal<bool> {
    let page = use_items_page();
    let open = RwSignal::new(true);
    Effect::new(move |_| {
        if !open.get() {
            page.ask.set(None);
        }
    });
    open
}

/// One item by its description and id, or how many.
#[component]
fn Subject(items: Vec<BillingItem>) -> impl IntoView {
    let i18n = use_i18n();
    match items.as_slice() {
        [one] => view! { <p><strong>{one.description.clone()}</strong>" "<span class="bp-muted">{one.id.clone()}</span></p> }.into_any(),
        _ => view! { <p>{i18n.msg_with("items-selected", vec![("count", items.len().into())])}</p> }.into_any(),
    }
}

#[component]
fn AssociateDialog(items: Vec<BillingItem>) -> impl IntoView {
    let i18n = use_i18n();
    let page = use_items_page();
    let open = open_until_closed();
    let devices = use_api_resource(|api| async move { api.devices().await });
    let chosen = RwSignal::new(None::<String>);
    let missing = RwSignal::new(false);
    let subject = items.clone();
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(device_id) = chosen.get_untracked() else {
            missing.set(true);
            return;
        };
        let known = devices
            .get_untracked()
            .and_then(Result::ok)
            .unwrap_or_default();
        open.set(false);
        page.act
            .run((BulkAction::Associate { device_id }, items.clone(), known));
    };
    view! {
        <Modal open id="bp-associate".to_string() title=Signal::derive(i18n.msg("items-associate-title"))>
            <Subject items=subject />
            <form on:submit=submit novalidate>
                <AsyncView resource=devices view=move |list| view! { <DevicePicker devices=list chosen missing /> } />
                <div class="bp-actions">
                    <button type="submit" class="bp-button">{i18n.msg("item-associate")}</button>
                    <button type="button" class="bp-button bp-button--secondary" on:click=move |_| open.set(false)>
                        {i18n.msg("action-cancel")}
                    </button>
                </div>
            </form>
        </Modal>
    }
}

/// The account's devices, narrowed by a search as the customer types.
#[component]
fn DevicePicker(
    devices: Vec<Device>,
    chosen: RwSignal<Option<String>>,
    missing: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let search = RwSignal::new(String::new());
    let matching = Memo::new(move |_| {
        let term = search.get();
        let term = term.trim();
        devices
            .iter()
            .filter(|d| contains_folded(&d.name, term) || contains_folded(&d.kind, term))
            .cloned()
            .collect::<Vec<_>>()
    });
    let count = move || {
        let count = matching.with(Vec::len);
        i18n.t_with("items-device-matches", &[("count", count.into())])
    };
    view! {
        <label class="bp-field">
            <span>{i18n.msg("items-device-search")}</span>
            <input type="search" autocomplete="off" prop:value=search
                on:input=move |ev| {
                    search.set(event_target_value(&ev));
                    // A choice the search now hides is no longer the customer's choice.
                    let hidden = chosen.with_untracked(|c| {
                        c.as_ref().is_some_and(|id| matching.with(|m| m.iter().all(|d| &d.id != id)))
                    });
                    if hidden {
                        chosen.set(None);
                    }
                } />
        </label>
        <p class="bp-muted" aria-live="polite">{count}</p>
        <div class="bp-field">
            <label for="bp-device">{i18n.msg("item-device")}</label>
            <select id="bp-device" size="6" aria-describedby="bp-device-error"
                aria-invalid=move || missing.get().then_some("true")
                on:change=move |ev| {
                    chosen.set(Some(event_target_value(&ev)));
                    missing.set(false);
                }>
                {move || matching.get().into_iter().map(|device| {
                    let id = device.id.clone();
                    view! {
                        <option value=device.id selected=move || chosen.get().as_ref() == Some(&id)>
                            {device.name}" · "{device.kind}
                        </option>
                    }
                }).collect_view()}
            </select>
        </div>
        <p id="bp-device-error" class="bp-field__error" role="alert">
            {move || missing.get().then(|| i18n.t("items-device-required"))}
        </p>
    }
}

#[component]
fn CancelDialog(items: Vec<BillingItem>) -> impl IntoView {
    let i18n = use_i18n();
    let page = use_items_page();
    let open = open_until_closed();
    let count = items.len();
    // An item with no bill ahead has no period left: it can only end now.
    let can_wait = items.iter().any(|i| i.next_bill_date.is_some());
    let when = RwSignal::new(match can_wait {
        true => CancelWhen::EndOfPeriod,
        false => CancelWhen::Immediately,
    });
    let end = match items.as_slice() {
        [one] => one.next_bill_date,
        _ => None,
    };
    let saving = items::recurring_saving(&items).unwrap_or_default();
    let effect = move || {
        let amount = saving
            .iter()
            .map(|m| intl::money(m, i18n.lang()))
            .collect::<Vec<_>>()
            .join(" + ");
        let id = match when.get() {
            CancelWhen::EndOfPeriod => "items-cancel-later-effect",
            CancelWhen::Immediately => "items-cancel-now-effect",
        };
        i18n.t_with(id, &[("count", count.into()), ("amount", amount.into())])
    };
    let title = Signal::derive(i18n.msg_with("items-cancel-title", vec![("count", count.into())]));
    let subject = items.clone();
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let when = when.get_untracked();
        open.set(false);
        page.act
            .run((BulkAction::Cancel { when }, items.clone(), Vec::new()));
    };
    let choice = move |value: CancelWhen, label: AnyView, enabled: bool| {
        view! {
            <label class="bp-choice">
                <input type="radio" name="bp-cancel-when" disabled=!enabled
                    prop:checked=move || when.get() == value
                    on:change=move |_| when.set(value) />
                <span>{label}</span>
            </label>
        }
    };
    let end_of_period = move || match end {
        Some(date) => i18n.t_with(
            "items-cancel-end-of-period-date",
            &[("date", intl::date(date, i18n.lang()).into())],
        ),
        None => i18n.t("items-cancel-end-of-period"),
    };
    view! {
        <Modal open id="bp-cancel".to_string() title>
            <Subject items=subject />
            <form on:submit=submit>
                <fieldset class="bp-fieldset">
                    <legend>{i18n.msg("items-cancel-when")}</legend>
                    {choice(CancelWhen::EndOfPeriod, end_of_period.into_any(), can_wait)}
                    {choice(CancelWhen::Immediately, i18n.msg("items-cancel-immediately").into_any(), true)}
                </fieldset>
                <p aria-live="polite">{effect}</p>
                <p class="bp-muted">{i18n.msg("items-cancel-final")}</p>
                <div class="bp-actions">
                    <button type="submit" class="bp-button bp-button--danger">{title}</button>
                    <button type="button" class="bp-button bp-button--secondary" on:click=move |_| open.set(false)>
                        {i18n.msg_with("items-cancel-keep", vec![("count", count.into())])}
                    </button>
                </div>
            </form>
        </Modal>
    }
}
