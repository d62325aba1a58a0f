//! Where the customer is in the portal: the path and query of the view, relative to the base
//! path. With browser routing they are the page URL's, so that a link, a reload or Back
//! brings the view back; with memory routing (`routing="memory"`, for a console showing
//! billing in a side panel) the page URL is the host's and is never touched.
//!
//! The portal follows the page URL only under its base path: a host that moves elsewhere
//! (its own `pushState`, Back to a page of its own) leaves the portal's view as it was.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::config::Routing;
use super::host;

/// How a change of view enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry the back button returns from: another view, a filter, a sort, a page.
    Push,
    /// In place: what the customer is still typing, a redirect.
    Replace,
}

/// A view's address inside the portal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Url {
    /// `/invoices/INV-1`; `""` when the page URL is not under the base path.
    path: String,
    /// `?status=paid`, or `""`.
    search: String,
}

impl Url {
    /// An app address as links and `navigate` write it: `/payments/new?invoice=INV-1`.
    fn parse(to: &str) -> Url {
        let to = to.split('#').next().unwrap_or_default();
        let (path, search) = match to.find('?') {
            Some(at) => to.split_at(at),
            None => (to, ""),
        };
        Url {
            path: format!("/{}", path.trim_start_matches('/')),
            search: if search.len() > 1 {
                search.into()
            } else {
                String::new()
            },
        }
    }

    /// The page URL's path and query as an app address, if the path is under `base`.
    fn of_page(base: &str, pathname: &str, search: &str) -> Url {
        let path = match pathname.strip_prefix(base) {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                format!("/{}", rest.trim_start_matches('/'))
            }
            _ => String::new(),
        };
        Url {
            path,
            search: search.into(),
        }
    }
}

/// The portal's location, in context for every view.
#[derive(Clone, Copy)]
pub struct Location {
    url: RwSignal<Url>,
    /// The view's path, relative to the base path (`/invoices`).
    pub path: Memo<String>,
    /// The view's query (`?status=paid`), or `""`.
    pub search: Memo<String>,
    base: StoredValue<String>,
    routing: Routing,
}

impl Location {
    /// The location under `base` (`""` or like `/console/billing`): the page URL's for
    /// browser routing, followed on Back and Forward until the owner is cleaned up; the
    /// first view for memory routing.
    pub fn new(base: String, routing: Routing) -> Location {
        let first = match routing {
            Routing::Browser => page_url(&base),
            Routing::Memory => Url::parse("/"),
        };
        let url = RwSignal::new(first);
        if routing == Routing::Browser {
            let base = base.clone();
            let listener = window_event_listener(leptos::ev::popstate, move |_| {
                let now = page_url(&base);
                // Not under the base path: the host's own page, none of the portal's.
                if !now.path.is_empty() {
                    url.try_set(now);
                }
            });
            on_cleanup(move || listener.remove());
        }
        Location {
            url,
            path: Memo::new(move |_| url.with(|u| u.path.clone())),
            search: Memo::new(move |_| url.with(|u| u.search.clone())),
            base: StoredValue::new(base),
            routing,
        }
    }

    /// The page URL of an app address (`/invoices` → `/console/billing/invoices`), for a
    /// link's `href`: what opens in a new tab, whatever the routing.
    pub fn href(&self, to: &str) -> String {
        let url = Url::parse(to);
        let base = self.base.get_value();
        format!("{base}{}{}", url.path, url.search)
    }

    /// Shows the view at `to`, an app address with its query (`/payments/new?invoice=1`).
    pub fn navigate(&self, to: &str, history: History) {
        let url = Url::parse(to);
        if self.routing == Routing::Browser {
            let href = self.href(to);
            if let Some(browser) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = match history {
                    History::Push => browser.push_state_with_url(&JsValue::NULL, "", Some(&href)),
                    History::Replace => {
                        browser.replace_state_with_url(&JsValue::NULL, "", Some(&href))
                    }
                };
            }
        }
        self.url.try_set(url);
    }

    /// The query's parameters, in order, as the browser decodes them.
    pub fn query(&self) -> Vec<(String, String)> {
        host::search_pairs(&self.search.get())
    }

    /// The query parameter `name`.
    pub fn query_value(&self, name: &str) -> Option<String> {
        self.query()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

fn page_url(base: &str) -> Url {
    let location = web_sys::window().map(|w| w.location());
    let read = |part: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location
            .as_ref()
            .and_then(|l| part(l).ok())
            .unwrap_or_default()
    };
    Url::of_page(
        base,
        &read(web_sys::Location::pathname),
        &read(web_sys::Location::search),
    )
}

pub fn provide_location(base: String, routing: Routing) -> Location {
    let location = Location::new(base, routing);
    provide_context(location);
    location
}

pub fn use_location() -> Location {
    expect_context::<Location>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_addresses_split_into_path_and_query() {
        assert_eq!(
            Url::parse("/payments/new?invoice=INV-1"),
            Url {
                path: "/payments/new".into(),
                search: "?invoice=INV-1".into()
            }
        );
        assert_eq!(Url::parse("invoices").path, "/invoices");
        assert_eq!(Url::parse("/invoices?").search, "");
        assert_eq!(Url::parse("/invoices#top").path, "/invoices");
    }

    #[test]
    fn the_page_url_counts_only_under_the_base_path() {
        let at = |pathname| Url::of_page("/console/billing", pathname, "").path;
        assert_eq!(at("/console/billing/invoices"), "/invoices");
        assert_eq!(at("/console/billing"), "/");
        assert_eq!(at("/console/billing/"), "/");
        assert_eq!(at("/console/billing-old/invoices"), "");
        assert_eq!(at("/console/compute"), "");
        assert_eq!(Url::of_page("", "/invoices", "?a=1").search, "?a=1");
        assert_eq!(Url::of_page("", "/", "").path, "/");
    }
}
