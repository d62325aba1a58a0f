use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::{LanguageSwitcher, Link};
use crate::i18n::use_i18n;
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
    let main_ref = NodeRef::<html::Main>::new();
    // After a navigation (not on first load), focus moves to the new page so that screen
    // readers announce it and keyboard users continue from its top.
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|p| p != path) {
            if let Some(main) = main_ref.get() {
                let _ = main.focus();
            }
        }
        path
    });
    let skip = move |_| {
        if let Some(main) = main_ref.get() {
            let _ = main.focus();
        }
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
        <main class="bp-main" tabindex="-1" node_ref=main_ref>{children()}</main>
    }
}
