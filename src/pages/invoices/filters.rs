use billing_core::contract::{date, InvoiceQuery, InvoiceStatus, InvoiceType, Wire};
use leptos::html::Input;
use leptos::prelude::*;

use super::table::invoice_type_message;
use crate::components::{invoice_status_message, search_text};
use crate::i18n::use_i18n;
use crate::state::{History, UrlQuery};

/// The filters of the invoice table: type, status, date range and invoice number. Each
/// applies at once and enters the history; the number applies on Enter or Search.
#[component]
pub fn Filters(query: UrlQuery<InvoiceQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let search = NodeRef::<Input>::new();
    let apply = move |change: &dyn Fn(&mut InvoiceQuery)| query.update(History::Push, change);
    let date = |text: String| date::parse(&text);
    let filtered = move || {
        let q = query.get();
        !q.types.is_empty()
            || !q.statuses.is_empty()
            || q.from.is_some()
            || q.to.is_some()
            || q.search.is_some()
    };
    view! {
        <form class="bp-filters" role="search" aria-label=i18n.msg("filters-label")
            on:submit=move |ev| {
                ev.prevent_default();
                let text = search_text(search);
                apply(&|q| q.search = text.clone());
            }>
            <ChoiceSelect label="invoice-type"
                options=InvoiceType::KNOWN.map(|k| (k.wire(), invoice_type_message(k))).to_vec()
                selected=Signal::derive(move || query.get().types.first().map(|k| k.wire()))
                on_change=Callback::new(move |wire: String| {
                    let kind = InvoiceType::from_wire(&wire);
                    apply(&|q| q.types = kind.into_iter().collect());
                }) />
            <ChoiceSelect label="invoice-status"
                options=InvoiceStatus::KNOWN.map(|s| (s.wire(), invoice_status_message(s))).to_vec()
                selected=Signal::derive(move || query.get().statuses.first().map(|s| s.wire()))
                on_change=Callback::new(move |wire: String| {
                    let status = InvoiceStatus::from_wire(&wire);
                    apply(&|q| q.statuses = status.into_iter().collect());
                }) />
            <label class="bp-field">
                <span>{i18n.msg("filter-from")}</span>
                <input type="date" prop:value=move || query.get().from.map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| { let from = date(event_target_value(&ev)); apply(&|q| q.from = from) } />
            </label>
            <label class="bp-field">
                <span>{i18n.msg("filter-to")}</span>
                <input type="date" prop:value=move || query.get().to.map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| { let to = date(event_target_value(&ev)); apply(&|q| q.to = to) } />
            </label>
            <label class="bp-field">
                <span>{i18n.msg("invoice-number")}</span>
                <input type="search" node_ref=search autocomplete="off"
                    prop:value=move || query.get().search.unwrap_or_default() />
            </label>
            <div class="bp-filters__actions">
                <button type="submit" class="bp-button">{i18n.msg("filter-search")}</button>
                <Show when=filtered>
                    <button type="button" class="bp-button bp-button--secondary"
                        on:click=move |_| query.update(History::Push, |q| {
                            *q = InvoiceQuery { sort: q.sort, dir: q.dir, ..InvoiceQuery::default() }
                        })>
                        {i18n.msg("filter-clear")}
                    </button>
                </Show>
            </div>
        </form>
        <details class="bp-help">
            <summary>{i18n.msg("invoice-types-help")}</summary>
            <dl>
                {InvoiceType::KNOWN.map(|kind| view! {
                    <dt>{i18n.msg(invoice_type_message(kind))}</dt>
                    <dd>{i18n.msg(invoice_type_help(kind))}</dd>
                }).collect_view()}
            </dl>
        </details>
    }
}

/// A filter choosing one value, or All: options are `(wire name, message id)`.
#[component]
fn ChoiceSelect(
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    selected: Signal<Option<&'static str>>,
    on_change: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="bp-field">
            <span>{i18n.msg(label)}</span>
            <select on:change=move |ev| on_change.run(event_target_value(&ev))>
                <option value="" selected=move || selected.get().is_none()>{i18n.msg("filter-all")}</option>
                {options.into_iter().map(|(wire, message_id)| view! {
                    <option value=wire selected=move || selected.get() == Some(wire)>{i18n.msg(message_id)}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// What each invoice type is, in the customer portal guide's words.
fn invoice_type_help(kind: InvoiceType) -> &'static str {
    match kind {
        InvoiceType::New => "invoice-type-new-help",
        InvoiceType::Recurring => "invoice-type-recurring-help",
        InvoiceType::OneTimeCharge => "invoice-type-one-time-help",
        InvoiceType::Credit => "invoice-type-credit-help",
        InvoiceType::Refund | InvoiceType::Unknown => "invoice-type-refund-help",
    }
}
