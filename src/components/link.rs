use leptos::prelude::*;
use leptos_router::components::A;

use crate::state::use_session;

/// A link to a route of the app, inside the base path the host mounted it under.
///
/// leptos_router's `A` leaves absolute hrefs as they are (while `navigate` prefixes the
/// base), so every in-app link goes through here.
#[component]
pub fn Link(
    #[prop(into)] to: String,
    #[prop(optional)] class: Option<&'static str>,
    /// Marked current (`aria-current="page"`) only on its own path, not below it.
    #[prop(optional)]
    exact: bool,
    children: Children,
) -> impl IntoView {
    let href = use_session().config.app_path(&to);
    view! { <A href=href exact attr:class=class>{children()}</A> }
}
