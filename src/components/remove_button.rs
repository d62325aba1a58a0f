//! **Remove**, after a confirmation in a modal dialog that says what goes.

use leptos::prelude::*;

use super::{ErrorPanel, Modal};
use crate::api::ApiError;
use crate::i18n::use_i18n;

/// The messages of a [`RemoveButton`]: its label, the dialog's title and body, and the
/// confirming button's label while the removal is on its way.
#[derive(Clone, Copy)]
pub struct RemoveMessages {
    pub button: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    pub busy: &'static str,
}

/// The button, and the dialog it opens: `children` (what goes), the body, and Remove and
/// Cancel. The removal itself is the caller's, started by `confirm`; the dialog stays
/// open while it is `busy`, and shows its `failed` error.
#[component]
pub fn RemoveButton(
    /// Unique on the page: the dialog's id.
    id: String,
    messages: RemoveMessages,
    open: RwSignal<bool>,
    #[prop(into)] busy: Signal<bool>,
    failed: RwSignal<Option<ApiError>>,
    confirm: Callback<()>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="bp-button bp-button--danger bp-button--small"
            on:click=move |_| { failed.set(None); open.set(true) }>
            {i18n.msg(messages.button)}
        </button>
        <Modal open id locked=busy title=Signal::derive(i18n.msg(messages.title))>
            {children()}
            <p>{i18n.msg(messages.body)}</p>
            {move || failed.get().map(|error| view! { <ErrorPanel error /> })}
            <div class="bp-actions">
                <button type="button" class="bp-button bp-button--danger" disabled=busy
                    on:click=move |_| { failed.set(None); confirm.run(()) }>
                    {move || if busy.get() { i18n.t(messages.busy) } else { i18n.t(messages.button) }}
                </button>
                <button type="button" class="bp-button bp-button--secondary" on:click=move |_| open.set(false)>
                    {i18n.msg("action-cancel")}
                </button>
            </div>
        </Modal>
    }
}
