//! A list's query kept in the portal's location (the page URL in browser routing), so that
//! a link, a reload or the back button brings back what the customer was looking at.

use billing_core::contract::ListQuery;
use leptos::prelude::*;

use super::host;
use super::location::{use_location, History};

/// The query `Q` as the page URL has it, and a way to change it.
pub struct UrlQuery<Q: Send + Sync + 'static> {
    pub query: Memo<Q>,
    set: Callback<(Q, History)>,
}

impl<Q: Send + Sync + 'static> Clone for UrlQuery<Q> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Q: Send + Sync + 'static> Copy for UrlQuery<Q> {}

impl<Q: ListQuery + Clone + Send + Sync + 'static> UrlQuery<Q> {
    pub fn get(&self) -> Q {
        self.query.get()
    }

    pub fn set(&self, query: Q, history: History) {
        self.set.run((query, history));
    }

    /// Changes the query with `change`, back to the first page: the old page's position
    /// means nothing in a differently filtered or sorted list.
    pub fn update(&self, history: History, change: impl FnOnce(&mut Q)) {
        let mut query = self.query.get_untracked();
        change(&mut query);
        *query.cursor_mut() = None;
        self.set(query, history);
    }

    /// Another page of the same list.
    pub fn go_to(&self, cursor: Option<String>) {
        let mut query = self.query.get_untracked();
        *query.cursor_mut() = cursor;
        self.set(query, History::Push);
    }
}

pub fn use_url_query<Q: ListQuery + Clone + Send + Sync + 'static>() -> UrlQuery<Q> {
    let location = use_location();
    let query = Memo::new(move |_| Q::from_page(&location.query()));
    let set = Callback::new(move |(query, history): (Q, History)| {
        let pairs = host::search_pairs(&location.search.get_untracked());
        let url = format!("{}{}", location.path.get_untracked(), query.to_page(&pairs));
        location.navigate(&url, history);
    });
    UrlQuery { query, set }
}
