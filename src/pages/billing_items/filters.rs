use billing_core::contract::{BillingItemQuery, ItemView, Wire};
use leptos::html::Input;
use leptos::prelude::*;

use crate::components::search_text;
use crate::i18n::use_i18n;
use crate::state::{History, UrlQuery};

fn view_message(view: ItemView) -> &'static str {
    match view {
        ItemView::Associated => "items-view-associated",
        ItemView::Dissociated => "items-view-dissociated",
        ItemView::All => "items-view-all",
    }
}

/// The view selector, which applies at once, and the search, on Enter or Search.
#[component]
pub fn Filters(query: UrlQuery<BillingItemQuery>) -> impl IntoView {
    let i18n = use_i18n();
    let search = NodeRef::<Input>::new();
    let apply = move |change: &dyn Fn(&mut BillingItemQuery)| query.update(History::Push, change);
    view! {
        <form class="bp-filters" role="search" aria-label=i18n.msg("items-filters")
            on:submit=move |ev| {
                ev.prevent_default();
                let text = search_text(search);
                apply(&|q| q.search = text.clone());
            }>
            <div class="bp-field">
                <label for="bp-items-view">{i18n.msg("items-view")}</label>
                <select id="bp-items-view" prop:value=move || query.get().view.wire() on:change=move |ev| {
                    let view = ItemView::from_wire(&event_target_value(&ev)).unwrap_or_default();
                    apply(&|q| q.view = view);
                }>
                    {ItemView::KNOWN.map(|view| view! {
                        <option value=view.wire() selected=move || query.get().view == view>
                            {i18n.msg(view_message(view))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <label class="bp-field">
                <span>{i18n.msg("items-search")}</span>
                <input type="search" node_ref=search autocomplete="off"
                    prop:value=move || query.get().search.unwrap_or_default() />
            </label>
            <div class="bp-filters__actions">
                <button type="submit" class="bp-button">{i18n.msg("filter-search")}</button>
                <Show when=move || query.get().search.is_some()>
                    <button type="button" class="bp-button bp-button--secondary"
                        on:click=move |_| apply(&|q| q.search = None)>
                        {i18n.msg("filter-clear")}
                    </button>
                </Show>
            </div>
        </form>
    }
}
