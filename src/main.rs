//! billing-portal: the customer billing area of a cloud console.
//!
//! Layers, dependencies pointing down: pages → components → state, i18n → api → core.

mod api;
mod app;
mod components;
mod crash;
mod i18n;
mod pages;
mod state;

fn main() {
    // Without a document there is nothing to render into, and nothing to tell.
    let Some((mount, config)) = state::host::read() else {
        return;
    };
    crash::install(mount.clone());
    leptos::mount::mount_to(mount, move || app::App(app::AppProps { config })).forget();
}
