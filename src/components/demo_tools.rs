use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;
use crate::state::use_session;

/// The demo's badge, and **Reset demo**, confirmed in place first (what the customer changed
/// is lost by it): a disclosure whose confirmation follows its button, so Tab reaches it
/// next.
#[component]
pub fn DemoTools() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    let close = move |ev: MouseEvent| {
        asking.set(false);
        focus_disclosure_button(&ev);
    };
    let reset = move |ev: MouseEvent| {
        session.reset_demo();
        done.set(true);
        close(ev);
    };
    view! {
        <span class="bp-badge bp-badge--demo" title=i18n.msg("demo-badge-help")>
            {i18n.msg("demo-badge")}
        </span>
        <span class="bp-demo-reset bp-no-print">
            <button type="button" class="bp-button bp-button--secondary bp-button--small"
                aria-expanded=move || asking.get().to_string()
                on:click=move |_| { done.set(false); asking.update(|a| *a = !*a) }>
                {i18n.msg("demo-reset")}
            </button>
            <span role="group" aria-label=i18n.msg("demo-reset-title") hidden=move || !asking.get()>
                <span class="bp-demo-reset__ask">{i18n.msg("demo-reset-body")}</span>
                <button type="button" class="bp-button bp-button--danger bp-button--small" on:click=reset>
                    {i18n.msg("demo-reset-confirm")}
                </button>
                <button type="button" class="bp-button bp-button--secondary bp-button--small" on:click=close>
                    {i18n.msg("action-cancel")}
                </button>
            </span>
            <span class="bp-visually-hidden" role="status">
                {move || done.get().then(|| i18n.t("demo-reset-done"))}
            </span>
        </span>
    }
}

/// Gives the focus back to the disclosure's button, as the confirmation that held it is
/// hidden (found from the click, which costs less code than a node reference).
fn focus_disclosure_button(ev: &MouseEvent) {
    let button = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|clicked| clicked.closest(".bp-demo-reset").ok().flatten())
        .and_then(|disclosure| disclosure.first_element_child())
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}
