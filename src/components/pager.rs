use billing_core::contract::{ListQuery, Page, DEFAULT_PAGE_SIZE};
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::UrlQuery;

/// Where a page of a list starts: its cursor is the offset of its first item (both
/// backends page with `core::listing`).
pub fn offset_of(cursor: Option<&str>) -> u64 {
    cursor.and_then(|c| c.parse().ok()).unwrap_or(0)
}

/// "51–100 of 10000" and the previous and next pages of a long list, which is never
/// rendered whole.
#[component]
pub fn Pager(
    offset: u64,
    shown: usize,
    total: u64,
    limit: u32,
    next_cursor: Option<String>,
    /// The cursor of the page chosen; `None` is the first page.
    on_page: Callback<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let previous = offset
        .checked_sub(1)
        .map(|_| offset.saturating_sub(u64::from(limit)))
        .map(|start| (start > 0).then(|| start.to_string()));
    let range = i18n.msg_with(
        "pager-range",
        vec![
            ("first", (offset + 1).min(total).into()),
            ("last", (offset + shown as u64).into()),
            ("total", total.into()),
        ],
    );
    view! {
        <nav class="bp-pager" aria-label=i18n.msg("pager-label")>
            <span class="bp-pager__range">{range}</span>
            <button type="button" class="bp-button bp-button--secondary" disabled=previous.is_none()
                on:click=move |_| if let Some(cursor) = previous.clone() { on_page.run(cursor) }>
                {i18n.msg("pager-previous")}
            </button>
            <button type="button" class="bp-button bp-button--secondary" disabled=next_cursor.is_none()
                on:click=move |_| if let Some(cursor) = next_cursor.clone() { on_page.run(Some(cursor)) }>
                {i18n.msg("pager-next")}
            </button>
        </nav>
    }
}

/// The pager of a list changed in place (`AsyncList`): for the page shown, from the query it
/// answers, which is the URL's when the page arrived.
#[component]
pub fn ListPager<T, Q>(page: Signal<Page<T>>, query: UrlQuery<Q>) -> impl IntoView
where
    T: Send + Sync + 'static,
    Q: ListQuery + Clone + Send + Sync + 'static,
{
    let on_page = Callback::new(move |cursor| query.go_to(cursor));
    move || {
        let current = query.query.get_untracked();
        page.with(|p| {
            view! {
                <Pager offset=offset_of(current.cursor()) shown=p.items.len() total=p.total
                    limit=current.limit().unwrap_or(DEFAULT_PAGE_SIZE) next_cursor=p.next_cursor.clone() on_page />
            }
        })
    }
}
