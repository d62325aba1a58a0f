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
use crate::clock;

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
    /// `/invoices/INV-1`, its segments escaped as in a URL; `""` when the page URL is not
    /// under the base path.
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
            path: canonical(path),
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
            Some(rest) if rest.is_empty() || rest.starts_with('/') => canonical(rest),
            _ => String::new(),
        };
        Url {
            path,
            search: search.into(),
        }
    }
}

/// Whether the view's path `now` is `path`, or below it.
fn is_at(now: &str, path: &str) -> bool {
    now == path
        || now
            .strip_prefix(path)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// One spelling per view: a leading slash, no trailing one (`/payments/` is `/payments`).
fn canonical(path: &str) -> String {
    format!("/{}", path.trim_matches('/'))
}

/// Text as one segment of an app address (an invoice id in `/invoices/<id>`).
pub fn path_segment(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

/// A segment of an app address as it was before [`path_segment`]; as it is if it is not a
/// valid escape.
pub fn segment_text(segment: &str) -> String {
    js_sys::decode_uri_component(segment)
        .map(String::from)
        .unwrap_or_else(|_| segment.to_string())
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

    fn base(&self) -> String {
        self.base.try_get_value().unwrap_or_default()
    }

    /// The page URL of an app address (`/invoices` → `/console/billing/invoices`), for a
    /// link's `href`: what opens in a new tab, whatever the routing.
    pub fn href(&self, to: &str) -> String {
        let url = Url::parse(to);
        format!("{}{}{}", self.base(), url.path, url.search)
    }

    /// The app path a link's page URL path leads to (`/console/billing/invoices` →
    /// `/invoices`), if it is under the base path.
    pub fn path_of(&self, pathname: &str) -> Option<String> {
        let url = Url::of_page(&self.base(), pathname, "");
        (!url.path.is_empty()).then_some(url.path)
    }

    /// Whether the view shown is at `to`'s path or below it: what the menu's entries are
    /// matched against. Reactive.
    pub fn is_current(&self, to: &str) -> bool {
        let path = Url::parse(to).path;
        // The path alone: a filter or a page changes the query, and no menu entry with it.
        self.path.with(|now| is_at(now, &path))
    }

    /// Shows the view at `to`, an app address with its query (`/payments/new?invoice=1`).
    /// Going where the customer already is adds no history entry.
    ///
    /// The view follows at once; the page URL once the browser has drawn it. Writing the
    /// history (`pushState`) is a few milliseconds of every filter, sort and page at CPU 4×
    /// that the customer's next frame need not wait for.
    pub fn navigate(&self, to: &str, history: History) {
        let url = Url::parse(to);
        let moved = self.url.try_with_untracked(|now| *now != url) == Some(true);
        if self.routing == Routing::Browser {
            let history = if moved { history } else { History::Replace };
            let (location, href, shown) = (*self, self.href(to), url.clone());
            // Written in the order shown: each waits for the same frame, then a timer.
            leptos::task::spawn_local(async move {
                clock::frame_drawn().await;
                location.write_history(&href, history, &shown);
            });
        }
        if moved {
            self.url.try_set(url);
        }
    }

    /// Writes the view `shown`, at `href`, into the browser's history.
    fn write_history(&self, href: &str, history: History, shown: &Url) {
        let Some(browser) = web_sys::window().and_then(|w| w.history().ok()) else {
            return;
        };
        let _ = match history {
            History::Push => browser.push_state_with_url(&JsValue::NULL, "", Some(href)),
            History::Replace => browser.replace_state_with_url(&JsValue::NULL, "", Some(href)),
        };
        // Unless the customer has moved on, the view is now the page URL's, spelt as the
        // browser spells it, as after a reload or Back; or, where the browser refused the
        // address (not of this page's origin), where the page URL still is. A page URL
        // outside the base path leaves the view as shown.
        if self.url.try_with_untracked(|now| now == shown) != Some(true) {
            return;
        }
        let now = page_url(&self.base());
        if !now.path.is_empty() && now != *shown {
            self.url.try_set(now);
        }
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
        assert_eq!(Url::parse("/payments/").path, "/payments");
        assert_eq!(Url::parse("").path, "/");
    }

    #[test]
    fn the_page_url_counts_only_under_the_base_path() {
        let at = |pathname| Url::of_page("/console/billing", pathname, "").path;
        assert_eq!(at("/console/billing/invoices"), "/invoices");
        assert_eq!(at("/console/billing/payments/"), "/payments");
        assert_eq!(at("/console/billing"), "/");
        assert_eq!(at("/console/billing/"), "/");
        assert_eq!(at("/console/billing-old/invoices"), "");
        assert_eq!(at("/console/compute"), "");
        assert_eq!(Url::of_page("", "/invoices", "?a=1").search, "?a=1");
        assert_eq!(Url::of_page("", "/", "").path, "/");
    }

    #[test]
    fn a_link_is_current_on_its_path_and_below_it() {
        let at = |now: &str, path: &str| is_at(&Url::parse(now).path, path);
        assert!(at("/payments", "/payments"));
        assert!(at("/payments/new", "/payments"));
        assert!(at("/invoices/INV-1", "/invoices"));
        assert!(!at("/invoices-old", "/invoices"));
    }
}
