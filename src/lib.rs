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
    let parents = config.as_ref().ok().map(|c| c.parent_origins.clone());
    let mounted = embed::mount_portal(mount.clone(), mount.clone(), config);
    if let Some(parents) = parents {
        let base = mounted.base_path.clone();
        state::frame::listen(parents, base, &mount, mounted.token, mounted.attributes);
    }
    // The page lives as long as the portal: it is never unmounted.
    std::mem::forget(mounted);
}
