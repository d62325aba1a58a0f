use billing_core::contract::{SortDir, SortedQuery};
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::{History, UrlQuery};

/// A column of a data table: the message of its heading, whether it holds amounts (which
/// are right-aligned), and the API's sort key if the table can be sorted by it.
pub struct Column {
    pub message_id: &'static str,
    pub numeric: bool,
    pub sort: Option<&'static str>,
}

impl Column {
    pub const fn text(message_id: &'static str) -> Column {
        Column {
            message_id,
            numeric: false,
            sort: None,
        }
    }

    pub const fn amount(message_id: &'static str) -> Column {
        Column {
            message_id,
            numeric: true,
            sort: None,
        }
    }

    pub const fn sorted_by(self, key: &'static str) -> Column {
        Column {
            sort: Some(key),
            ..self
        }
    }
}

/// How a table is sorted, and what choosing a column does.
#[derive(Clone, Copy)]
pub struct Sorting {
    pub by: Signal<(&'static str, SortDir)>,
    /// The sort key of the column chosen; choosing the sorted one again reverses it.
    pub on_sort: Callback<&'static str>,
}

impl Sorting {
    /// The sorting of a list whose query is in the page URL: each choice enters history.
    pub fn of<Q: SortedQuery + Clone + Send + Sync + 'static>(query: UrlQuery<Q>) -> Sorting {
        Sorting {
            by: Signal::derive(move || query.query.with(|q| q.sorted())),
            on_sort: Callback::new(move |key: &'static str| {
                query.update(History::Push, |q| q.sort_by(key));
            }),
        }
    }
}

/// The header row of a data table, translated. Sortable columns' headings are buttons and
/// the sorted one carries `aria-sort`, so screen readers announce the order.
#[component]
pub fn TableHead(
    columns: &'static [Column],
    #[prop(optional)] sorting: Option<Sorting>,
    /// A first heading cell before the columns, such as a select-all checkbox.
    #[prop(default = None)]
    lead: Option<ViewFn>,
) -> impl IntoView {
    let i18n = use_i18n();
    let cell = move |c: &'static Column| {
        let label = i18n.msg(c.message_id);
        let sort = c.sort.zip(sorting);
        let order = move || {
            let (key, dir) = sort?;
            let (by, current) = dir.by.get();
            (by == key).then_some(current)
        };
        let aria_sort = move || {
            order().map(|dir| match dir {
                SortDir::Asc => "ascending",
                SortDir::Desc => "descending",
            })
        };
        let icon = move || match order() {
            Some(SortDir::Asc) => "▲",
            Some(SortDir::Desc) => "▼",
            None => "↕",
        };
        view! {
            <th scope="col" class=c.numeric.then_some("bp-num") aria-sort=aria_sort>
                {match sort {
                    Some((key, sorting)) => view! {
                        <button type="button" class="bp-sort" on:click=move |_| sorting.on_sort.run(key)>
                            {label}<span class="bp-sort__icon" aria-hidden="true">{icon}</span>
                        </button>
                    }.into_any(),
                    None => label.into_any(),
                }}
            </th>
        }
    };
    view! {
        <thead><tr>
            {lead.map(|lead| view! { <th scope="col" class="bp-select">{lead.run()}</th> })}
            {columns.iter().map(cell).collect_view()}
        </tr></thead>
    }
}
