//! Billing items: the associated ones by default, another view on request, searched,
//! sorted and paged through the page URL; associated with devices, dissociated and
//! cancelled one at a time or as a bulk action over a selection.

mod bulk;
mod dialogs;
mod edits;
mod filters;
mod selection;
mod table;

use billing_core::contract::{BillingItem, BillingItemQuery, BulkAction, Device};
use leptos::prelude::*;

use crate::components::AsyncList;
use crate::i18n::use_i18n;
use crate::state::{use_api_resource, use_can_manage_billing, use_url_query};

use dialogs::Ask;
use edits::ItemEdits;
use selection::Selection;

/// What the parts of the page share.
#[derive(Clone, Copy)]
struct ItemsPage {
    edits: ItemEdits,
    selection: Selection,
    /// The dialog open, if any.
    ask: RwSignal<Option<Ask>>,
    /// Runs an action on items (as shown), knowing the account's devices.
    act: Callback<(BulkAction, Vec<BillingItem>, Vec<Device>)>,
    can_manage: Signal<bool>,
}

fn use_items_page() -> ItemsPage {
    expect_context::<ItemsPage>()
}

/// Empties `signal`, waking what reads it only if it held something: each new list clears
/// the page's edits and selection, and setting them empty again would run every row's
/// effects for nothing.
fn clear<T: Default + PartialEq + Send + Sync + 'static>(signal: RwSignal<T>) {
    signal.maybe_update(|value| std::mem::take(value) != T::default());
}

#[component]
pub fn BillingItemsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_url_query::<BillingItemQuery>();
    let items = use_api_resource(move |api| {
        let query = query.get();
        async move { api.billing_items(query).await }
    });
    let selection = Selection::new();
    let edits = ItemEdits::new(
        Callback::new(move |()| items.refetch()),
        Callback::new(move |succeeded| selection.deselect(succeeded)),
    );
    // Another view or page is a new list: nothing shown over it, nothing selected in it.
    Effect::watch(
        move || query.get(),
        move |_, _, _| {
            edits.forget();
            selection.clear();
        },
        false,
    );
    let act = Callback::new(
        move |(action, items, devices): (BulkAction, Vec<BillingItem>, Vec<Device>)| {
            edits.run(action, items, devices)
        },
    );
    provide_context(ItemsPage {
        edits,
        selection,
        ask: RwSignal::new(None),
        act,
        can_manage: {
            let can_manage = use_can_manage_billing();
            Memo::new(move |_| can_manage.get()).into()
        },
    });
    view! {
        <h1>{i18n.msg("nav-billing-items")}</h1>
        <p class="bp-muted">{i18n.msg("items-intro")}</p>
        <filters::Filters query />
        <bulk::Report />
        <AsyncList resource=items view=move |page| view! { <table::ItemTable page query /> } />
        <dialogs::ItemDialogs />
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use super::*;

    #[test]
    fn clearing_empties_a_signal_and_leaves_an_empty_one_quiet() {
        let owner = Owner::new();
        owner.set();
        let selected = RwSignal::new(HashSet::from(["item-1".to_string()]));
        let reads = Arc::new(AtomicUsize::new(0));
        let count = Memo::new({
            let reads = reads.clone();
            move |_| {
                reads.fetch_add(1, Ordering::Relaxed);
                selected.with(HashSet::len)
            }
        });
        assert_eq!(count.get(), 1);
        clear(selected);
        assert_eq!(count.get(), 0);
        assert_eq!(reads.load(Ordering::Relaxed), 2);
        // Already empty: what reads it does not run again.
        clear(selected);
        assert_eq!(count.get(), 0);
        assert_eq!(reads.load(Ordering::Relaxed), 2);
    }
}
