use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal dialog on the native `<dialog>`: the browser keeps focus inside, closes it on
/// Escape and gives focus back to what opened it. `open` shows and closes it, and reads
/// false again however it was closed.
#[component]
pub fn Modal(
    open: RwSignal<bool>,
    /// Unique on the page: the heading's id is made from it.
    id: String,
    #[prop(into)] title: Signal<String>,
    /// While set, Escape does not close it: what it started is still on its way.
    #[prop(optional, into)]
    locked: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let wanted = open.get();
        let Some(dialog) = dialog.get() else {
            return;
        };
        match (wanted, dialog.open()) {
            (true, false) => {
                let _ = dialog.show_modal();
            }
            (false, true) => dialog.close(),
            _ => {}
        }
    });
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=dialog class="bp-dialog" aria-labelledby=labelled_by
            on:cancel=move |ev: web_sys::Event| if locked.get_untracked() { ev.prevent_default() }
            on:close=move |_| open.set(false)>
            <h2 id=title_id>{title}</h2>
            {children()}
        </dialog>
    }
}
