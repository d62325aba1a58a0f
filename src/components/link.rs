use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::state::{use_location, History};

/// A link to a view of the portal (`to` is an app address: `/invoices`, or with a query).
/// Its `href` is the page URL under the base path, so that it opens in a new tab as any
/// link does; a plain click shows the view in place.
#[component]
pub fn Link(
    #[prop(into)] to: String,
    #[prop(optional)] class: Option<&'static str>,
    /// A menu entry: marked current (`aria-current="page"`) while this holds. Other links, a
    /// table's rows', follow nothing.
    #[prop(optional, into)]
    current: Option<Signal<bool>>,
    /// The link's name for screen readers, where its words alone do not say enough (a row's
    /// link among many alike).
    #[prop(optional)]
    label: Option<String>,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let href = location.href(&to);
    // Only a menu entry follows the location: a row's link costs no effect.
    let current = current.map(|current| move || current.get().then_some("page"));
    let follow = move |event: MouseEvent| {
        // A click the browser should handle: new tab or window, download, another button.
        let modified = event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
        if event.default_prevented() || event.button() != 0 || modified {
            return;
        }
        event.prevent_default();
        location.navigate(&to, History::Push);
    };
    view! {
        <a href=href class=class aria-current=current aria-label=label on:click=follow>
            {children()}
        </a>
    }
}
