use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use super::{LanguageSwitcher, Link};
use crate::i18n::use_i18n;
use crate::state::host::{self, HostEvent};
use crate::state::use_session;

/// One entry of the console's billing menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NavLink {
    /// Relative to the base path.
    pub href: &'static str,
    pub message_id: &'static str,
    /// Current only on this very path, not below it: `/payments` is not current on
    /// `/payments/new`, which has its own entry.
    pub exact: bool,
}

/// The console frame: breadcrumb (Account › Billing › view), menu, language, demo badge.
#[component]
pub fn Shell(links: &'static [NavLink], children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let base = session.config.base_path.clone();
    let base_path = base.clone();
    let pathname = use_location().pathname;
    let current = Memo::new(move |_| {
        let path = pathname.get();
        let path = path
            .strip_prefix(base.as_str())
            .unwrap_or(&path)
            .to_string();
        links
            .iter()
            .find(|l| path == l.href || (!l.exact && path.starts_with(&format!("{}/", l.href))))
            .copied()
    });
    // The host's breadcrumb and title follow the view, in the customer's language.
    Effect::new(move |_| {
        let path = pathname.get();
        let path = path.strip_prefix(base_path.as_str()).unwrap_or(&path);
        let title = current.get().map(|link| i18n.t(link.message_id));
        host::notify_with(
            HostEvent::Navigate,
            &[
                ("path", path),
                ("title", title.as_deref().unwrap_or_default()),
            ],
        );
    });
    // The page's content: its `main` landmark on a page of its own; in a console, whose page
    // has its own `main`, a region named Billing inside it.
    let main_ref = NodeRef::<html::Main>::new();
    let region_ref = NodeRef::<html::Div>::new();
    let focus_content = move || {
        let content = main_ref
            .get()
            .map(|m| m.unchecked_into::<web_sys::HtmlElement>())
            .or_else(|| region_ref.get().map(|r| r.unchecked_into()));
        if let Some(content) = content {
            let _ = content.focus();
        }
    };
    // After a navigation (not on first load), focus moves to the new page so that screen
    // readers announce it and keyboard users continue from its top.
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_content();
        }
        path
    });
    let skip = move |_| focus_content();
    let content = match session.config.own_page {
        true => view! { <main class="bp-main" tabindex="-1" node_ref=main_ref>{children()}</main> }.into_any(),
        false => view! {
            <div class="bp-main" role="region" aria-label=i18n.msg("nav-billing") tabindex="-1" node_ref=region_ref>
                {children()}
            </div>
        }.into_any(),
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
                {session.is_demo().then(|| view! {
                    <span class="bp-badge bp-badge--demo" title=i18n.msg("demo-badge-help")>
                        {i18n.msg("demo-badge")}
                    </span>
                })}
                <LanguageSwitcher />
            </div>
        </header>
        <nav class="bp-nav" aria-label=i18n.msg("nav-label")>
            <ul>
                {links
                    .iter()
                    .map(|link| view! { <li><Link to=link.href exact=link.exact>{i18n.msg(link.message_id)}</Link></li> })
                    .collect_view()}
            </ul>
        </nav>
        {content}
    }
}
