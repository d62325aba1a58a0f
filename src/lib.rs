//! billing-portal: the customer billing area of a cloud console.
//!
//! Layers, dependencies pointing down: pages → components → state, i18n → api → core
//! (the `billing-core` crate).

mod api;
mod app;
mod clock;
mod components;
pub mod crash;
pub mod embed;
pub mod i18n;
mod pages;
pub mod state;

/// On a page of the portal's own, reads its configuration and mounts the portal. Called
/// once, by `main`; in a console, `<billing-portal>` elements mount it ([`embed::mount`]).
pub fn start() {
    // In a console, `billing-portal.js` loads this module for its elements, which mount the
    // portal themselves: the console's page is not the portal's own, whatever ids it has.
    if state::host::element_defined() {
        return;
    }
    // Without a document there is nothing to render into, and nothing to tell.
    let Some((mount, config)) = state::host::read() else {
        return;
    };
    state::host::set_mount(mount.clone());
    crash::install();
    // The page lives as long as the portal: its owner is never cleaned up.
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let token = state::HostToken::default();
        let attributes = state::host::LiveAttributes::default();
        leptos::prelude::provide_context(token);
        leptos::prelude::provide_context(attributes);
        if let Ok(config) = &config {
            let parents = config.parent_origins.clone();
            let base = config.base_path.clone();
            state::frame::listen(parents, base, &mount, token, attributes);
        }
        leptos::mount::mount_to(mount, move || app::App(app::AppProps { config })).forget();
    });
    std::mem::forget(owner);
}
