use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{DemoTools, LanguageSwitcher, Link};
use crate::i18n::use_i18n;
use crate::state::host::{self, HostEvent};
use crate::state::{use_location, use_session};

/// One entry of the console's billing menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NavLink {
    /// Relative to the base path.
    pub href: &'static str,
    pub message_id: &'static str,
}

/// The console frame: breadcrumb (Account › Billing › view), menu, language, demo badge.
#[component]
pub fn Shell(
    links: &'static [NavLink],
    /// Called with the app path of a link the pointer or the focus comes to: a click on it
    /// may follow, so what its view needs can start loading.
    prefetch: fn(&str),
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let host = host::use_host();
    let location = use_location();
    let pathname = location.path;
    // The most specific entry at or above the view's path: Make a payment on
    // `/payments/new`, Payment history on `/payments` and on a receipt below it.
    let current = Memo::new(move |_| {
        links
            .iter()
            .filter(|l| location.is_current(l.href))
            .max_by_key(|l| l.href.len())
            .copied()
    });
    // The host's breadcrumb and title follow the view, in the customer's language: told
    // once for each view and title, not again when more of the same language's words arrive.
    Effect::new(move |told: Option<Option<(String, String)>>| {
        let path = pathname.get();
        // The base path itself is on its way to the invoices, which will be told.
        if path == "/" {
            return None;
        }
        let title = current.get().map(|link| i18n.t(link.message_id));
        let now = (path, title.unwrap_or_default());
        if told.flatten().as_ref() != Some(&now) {
            host.notify_with(HostEvent::Navigate, &[("path", &now.0), ("title", &now.1)]);
        }
        Some(now)
    });
    let content_ref = NodeRef::<html::Div>::new();
    let focus_content = move || {
        if let Some(content) = content_ref.get() {
            let _ = content.focus();
        }
    };
    // After a navigation (not on first load), focus moves to the new page so that screen
    // readers announce it and keyboard users continue from its top, brought into view if
    // the page was scrolled past it (the host's page around it scrolls no further).
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|p| p != path) {
            if let Some(content) = content_ref
                .get()
                .filter(|c| c.get_bounding_client_rect().top() < 0.0)
            {
                content.scroll_into_view();
            }
            focus_content();
        }
        path
    });
    let skip = move |_| focus_content();
    let intent = move |event: web_sys::Event| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            // A link of the page's own origin: another site's `/payments` is no view of ours.
            .filter(|a| {
                web_sys::window().and_then(|w| w.location().origin().ok()) == Some(a.origin())
            });
        if let Some(path) = link.and_then(|a| location.path_of(&a.pathname())) {
            prefetch(&path);
        }
    };
    // The page's `main` is the host's: the content is a region named Billing inside it.
    let content = view! {
        <div
            class="bp-main"
            role="region"
            aria-label=i18n.msg("nav-billing")
            tabindex="-1"
            node_ref=content_ref
            on:pointerover=move |e| intent(e.into())
            on:focusin=move |e| intent(e.into())
        >
            {children()}
        </div>
    };
    view! {
        <button type="button" class="bp-skip" on:click=skip>{i18n.msg("skip-to-content")}</button>
        <header class="bp-header">
            <nav class="bp-breadcrumb" aria-label=i18n.msg("breadcrumb-label")>
                <ol>
                    <li>{i18n.msg("nav-account")}</li>
                    <li>{i18n.msg("nav-billing")}</li>
                    {move || current.get().map(|link| view! { <li aria-current="page">{i18n.t(link.message_id)}</li> })}
                </ol>
            </nav>
            <div class="bp-header__tools">
                {session.is_demo().then(|| view! { <DemoTools /> })}
                <LanguageSwitcher />
            </div>
        </header>
        <nav
            class="bp-nav"
            aria-label=i18n.msg("nav-label")
            on:pointerover=move |e| intent(e.into())
            on:focusin=move |e| intent(e.into())
        >
            <ul>
                {links
                    .iter()
                    .map(|link| {
                        let here = Signal::derive(move || current.get().is_some_and(|c| c.href == link.href));
                        view! { <li><Link to=link.href current=here>{i18n.msg(link.message_id)}</Link></li> }
                    })
                    .collect_view()}
            </ul>
        </nav>
        {content}
    }
}
