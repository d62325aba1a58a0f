use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::use_i18n;
use crate::state::Session;

/// A failure, in the customer's language, with a way to try again where that can help.
#[component]
pub fn ErrorPanel(error: ApiError, #[prop(optional)] retry: Option<Callback<()>>) -> impl IntoView {
    // A refused token, however the customer met it (a click as much as a page), is the host's
    // to renew.
    if let Some(session) = use_context::<Session>() {
        session.observe(&error);
    }
    let retry = retry.filter(|_| error.is_retryable());
    view! { <FailurePanel message_id=error.message_id() retry /> }
}

/// A failure said by its message, with a way to try again where that can help.
#[component]
pub fn FailurePanel(message_id: &'static str, retry: Option<Callback<()>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="bp-panel bp-panel--error" role="alert">
            <h2 class="bp-panel__title">{i18n.msg("error-title")}</h2>
            <p>{i18n.msg(message_id)}</p>
            {retry.map(|retry| view! {
                <button type="button" class="bp-button" on:click=move |_| retry.run(())>
                    {i18n.msg("action-retry")}
                </button>
            })}
        </div>
    }
}
