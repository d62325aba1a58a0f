use leptos::prelude::*;

use super::Modal;
use crate::i18n::use_i18n;
use crate::state::use_session;

/// The demo's badge, and **Reset demo** behind a confirmation: what the customer changed is
/// lost by it.
#[component]
pub fn DemoTools() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let open = RwSignal::new(false);
    let done = RwSignal::new(false);
    let reset = move |_| {
        session.reset_demo();
        open.set(false);
        done.set(true);
    };
    view! {
        <span class="bp-badge bp-badge--demo" title=i18n.msg("demo-badge-help")>
            {i18n.msg("demo-badge")}
        </span>
        <button type="button" class="bp-button bp-button--secondary bp-button--small bp-no-print"
            on:click=move |_| { done.set(false); open.set(true) }>
            {i18n.msg("demo-reset")}
        </button>
        <span class="bp-visually-hidden" role="status">
            {move || done.get().then(|| i18n.t("demo-reset-done"))}
        </span>
        <Modal open id="bp-demo-reset".to_string() title=Signal::derive(i18n.msg("demo-reset-title"))>
            <p>{i18n.msg("demo-reset-body")}</p>
            <div class="bp-actions">
                <button type="button" class="bp-button bp-button--danger" on:click=reset>
                    {i18n.msg("demo-reset")}
                </button>
                <button type="button" class="bp-button bp-button--secondary" on:click=move |_| open.set(false)>
                    {i18n.msg("action-cancel")}
                </button>
            </div>
        </Modal>
    }
}
