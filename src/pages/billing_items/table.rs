use billing_core::contract::{BillingItem, BillingItemQuery, BulkAction, Page};
use leptos::prelude::*;

use super::bulk::BulkBar;
use super::dialogs::Ask;
use super::selection::page_state;
use super::use_items_page;
use crate::components::{
    Column, DateText, ItemStatusBadge, ListPager, MoneyText, Sorting, TableHead,
};
use crate::i18n::use_i18n;
use crate::state::UrlQuery;

/// The columns; a viewer's table stops before the actions.
const COLUMNS: &[Column] = &[
    Column::text("item-description").sorted_by("description"),
    Column::text("item-category").sorted_by("category"),
    Column::text("item-device").sorted_by("device"),
    Column::amount("item-recurring-fee").sorted_by("recurring_fee"),
    Column::text("item-created").sorted_by("created"),
    Column::text("item-next-bill").sorted_by("next_bill_date"),
    Column::text("item-status").sorted_by("status"),
    Column::text("item-actions"),
];

/// One page of billing items, with a checkbox per row and the bulk actions for
/// administrators. Made once; each answer to a new query changes it in place.
#[component]
pub fn ItemTable(
    page: Signal<Page<BillingItem>>,
    query: UrlQuery<BillingItemQuery>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shared = use_items_page();
    let shown = move || {
        page.with(|p| {
            p.items
                .iter()
                .map(|i| shared.edits.current(i))
                .collect::<Vec<_>>()
        })
    };
    // Each row's id, and whether it can still be acted on.
    let rows = Memo::new(move |_| {
        shown()
            .into_iter()
            .map(|i| (i.id, i.status.is_actionable()))
            .collect::<Vec<_>>()
    });
    let selected = Memo::new(move |_| {
        let ids = shared.selection.ids.get();
        shown()
            .into_iter()
            .filter(|i| ids.contains(&i.id))
            .collect::<Vec<_>>()
    });
    let empty = Memo::new(move |_| page.with(|p| p.items.is_empty()));
    let count = move || i18n.t_with("items-count", &[("count", page.with(|p| p.total).into())]);
    let nothing = move || {
        let message = match query.query.get_untracked().search {
            Some(_) => "items-empty-search",
            None => "items-empty",
        };
        view! { <p class="bp-empty" role="status">{i18n.msg(message)}</p> }
    };
    let table = move || {
        let admin = shared.can_manage.get();
        let columns = match admin {
            true => COLUMNS,
            false => &COLUMNS[..COLUMNS.len() - 1],
        };
        let lead = admin.then(|| ViewFn::from(move || view! { <SelectPage rows /> }));
        view! {
            {admin.then(|| view! { <BulkBar selected=selected.into() /> })}
            <div class="bp-table-wrap">
                <table class="bp-table bp-table--items">
                    <TableHead columns sorting=Sorting::of(query) lead />
                    <tbody>
                        // Keyed by the item as loaded: a new view, search or sort moves the
                        // rows it keeps.
                        <For each=move || page.with(|p| p.items.clone()) key=BillingItem::clone let:item>
                            <ItemRow loaded=item rows admin />
                        </For>
                    </tbody>
                </table>
            </div>
        }
    };
    view! {
        <Show when=move || !empty.get() fallback=nothing>
            <p class="bp-muted" role="status">{count}</p>
            {table}
            <ListPager page query />
        </Show>
    }
}

/// The select-all checkbox of the page, mixed while some rows are selected.
#[component]
fn SelectPage(rows: Memo<Vec<(String, bool)>>) -> impl IntoView {
    let i18n = use_i18n();
    let selection = use_items_page().selection;
    let state = move || rows.with(|r| selection.ids.with(|ids| page_state(ids, r)));
    view! {
        <input type="checkbox" aria-label=i18n.msg("items-select-page")
            prop:checked=move || state().0 prop:indeterminate=move || state().1
            on:change=move |ev| {
                let on = event_target_checked(&ev);
                rows.with_untracked(|r| selection.whole_page(r, on));
            } />
    }
}

#[component]
fn ItemRow(loaded: BillingItem, rows: Memo<Vec<(String, bool)>>, admin: bool) -> impl IntoView {
    let i18n = use_i18n();
    let page = use_items_page();
    let edits = page.edits;
    let id = StoredValue::new(loaded.id.clone());
    let description = loaded.description.clone();
    let (category, fee, created) = (
        loaded.category.clone(),
        loaded.recurring_fee,
        loaded.created,
    );
    let item = Memo::new(move |_| edits.current(&loaded));
    let actionable = move || item.with(|i| i.status.is_actionable());
    let saving = move || id.with_value(|id| edits.is_saving(id));
    let refusal = move || id.with_value(|id| edits.refusal(id));
    let select = admin.then(|| {
        let label = i18n.msg_with("item-select", vec![("item", description.clone().into())]);
        view! {
            <td class="bp-select">
                <input type="checkbox" aria-label=label disabled=move || !actionable()
                    prop:checked=move || id.with_value(|id| page.selection.ids.with(|s| s.contains(id)))
                    on:click=move |ev| {
                        let on = event_target_checked(&ev);
                        // Where the row is now: rows move when the list changes.
                        rows.with_untracked(|r| {
                            let index = id.with_value(|id| r.iter().position(|(row, _)| row == id));
                            if let Some(index) = index {
                                page.selection.click(r, index, on, ev.shift_key());
                            }
                        });
                    } />
            </td>
        }
    });
    let actions =
        admin.then(|| view! { <td><RowActions item description=description.clone() /></td> });
    view! {
        <tr class:bp-row--saving=saving class:bp-row--refused=move || refusal().is_some()
            aria-busy=move || saving().then_some("true")>
            {select}
            <th scope="row">
                {description.clone()}
                <span class="bp-muted bp-id">{id.get_value()}</span>
                {move || refusal().map(|error| view! {
                    <span class="bp-row-error">{move || i18n.t_with("item-not-changed", &[("reason", i18n.t(error.message_id()).into())])}</span>
                })}
            </th>
            <td>{category}</td>
            <td class="bp-nowrap">{move || item.with(|i| i.device.as_ref().map(|d| d.name.clone())).unwrap_or_else(|| i18n.t("item-no-device"))}</td>
            <td class="bp-num"><MoneyText money=fee /></td>
            <td><DateText date=created /></td>
            <td>{move || item.with(|i| i.next_bill_date).map(|date| view! { <DateText date /> })}</td>
            <td>
                {move || {
                    let (status, ends) = item.with(|i| (i.status, i.cancellation_date));
                    view! {
                        <ItemStatusBadge status />
                        {ends.map(|date| view! { <span class="bp-muted bp-id"><DateText date /></span> })}
                    }
                }}
            </td>
            {actions}
        </tr>
    }
}

/// Associate (with a device chosen in a dialog) or dissociate, and cancel (after a
/// confirmation); none once the item is cancelled or being cancelled.
#[component]
fn RowActions(item: Memo<BillingItem>, description: String) -> impl IntoView {
    let i18n = use_i18n();
    let page = use_items_page();
    let associated = move || item.with(|i| i.device.is_some());
    let associate = move |_| match associated() {
        true => page.act.run((
            BulkAction::Dissociate,
            vec![item.get_untracked()],
            Vec::new(),
        )),
        false => page
            .ask
            .set(Some(Ask::Associate(vec![item.get_untracked()]))),
    };
    // The button's words, and its name: which item it acts on, for screen readers, as many
    // rows have it.
    let associate_ids = move || match associated() {
        true => ("item-dissociate", "item-dissociate-named"),
        false => ("item-associate", "item-associate-named"),
    };
    let description = StoredValue::new(description);
    let named = move |id: &str| {
        description.with_value(|item| i18n.t_with(id, &[("item", item.clone().into())]))
    };
    view! {
        <Show when=move || item.with(|i| i.status.is_actionable())>
            <div class="bp-row-actions">
                <button type="button" class="bp-button bp-button--secondary bp-button--small"
                    aria-label=move || named(associate_ids().1) on:click=associate>
                    {move || i18n.t(associate_ids().0)}
                </button>
                <button type="button" class="bp-button bp-button--danger bp-button--small"
                    aria-label=move || named("item-cancel-named")
                    on:click=move |_| page.ask.set(Some(Ask::Cancel(vec![item.get_untracked()])))>
                    {i18n.msg("item-cancel")}
                </button>
            </div>
        </Show>
    }
}
