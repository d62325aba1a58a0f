//! Form fields with their errors. Errors are kept by field path (`card.number`,
//! `billing_address.postal_code`): core's validation and the API's error envelope name
//! fields the same way, so a refusal from either lands on the same field.

use billing_core::fields::{FieldCode, FieldError};
use leptos::html::Input;
use leptos::prelude::*;

use crate::api::{field_error_message, ApiError};
use crate::i18n::use_i18n;
use crate::state::host::{use_host, Host};

/// The errors of one form, by field path.
#[derive(Clone, Copy)]
pub struct FormErrors {
    errors: RwSignal<Vec<(String, FieldCode)>>,
    /// Where the fields are, to focus the first wrong one.
    host: Host,
}

impl FormErrors {
    pub fn new() -> FormErrors {
        FormErrors {
            errors: RwSignal::new(Vec::new()),
            host: use_host(),
        }
    }

    pub fn get(&self, path: &str) -> Option<FieldCode> {
        self.errors
            .with(|e| e.iter().find(|(p, _)| p == path).map(|(_, c)| *c))
    }

    /// Replaces every error: the outcome of checking the whole form.
    pub fn set_all(&self, errors: &[FieldError]) {
        self.errors.set(
            errors
                .iter()
                .map(|e| (e.field.to_string(), e.code))
                .collect(),
        );
    }

    /// The fields a refusal named, shown, and the focus on the first of them in the form's
    /// `order`; any other error leaves the fields as they were.
    pub fn show_refusal(&self, error: &ApiError, order: &[&str]) {
        if let ApiError::Refused(body) = error {
            let errors = body
                .fields
                .iter()
                .map(|(path, code)| (path.clone(), FieldCode::from_code(code)))
                .collect();
            self.errors.set(errors);
            self.focus_first(order);
        }
    }

    /// Shows, or clears, the error of one field after the customer left it: `errors` is
    /// the whole form checked, of which only this field's error counts.
    pub fn update_field(&self, path: &str, errors: &[FieldError]) {
        let code = errors.iter().find(|e| e.field == path).map(|e| e.code);
        self.errors.update(|all| {
            all.retain(|(p, _)| p != path);
            if let Some(code) = code {
                all.push((path.to_string(), code));
            }
        });
    }

    pub fn clear(&self) {
        self.errors.set(Vec::new());
    }

    /// Clears the errors of these fields only.
    pub fn clear_fields(&self, paths: &[&str]) {
        self.errors
            .update(|all| all.retain(|(p, _)| !paths.contains(&p.as_str())));
    }

    /// Moves the focus to the first field in error, in the form's order.
    pub fn focus_first(&self, order: &[&str]) {
        let first = self.errors.with_untracked(|errors| {
            order
                .iter()
                .find(|path| errors.iter().any(|(p, _)| p == *path))
                .map(|path| field_id(path))
        });
        if let Some(id) = first {
            self.focus(&id);
        }
    }

    /// Moves focus to a field of the form, by its id.
    pub fn focus(&self, id: &str) {
        self.host.focus(id);
    }
}

/// The DOM id of a field: `card.number` → `bp-card-number`.
pub fn field_id(path: &str) -> String {
    format!("bp-{}", path.replace(['.', '_'], "-"))
}

/// How a field's text is reshaped as it is typed: the new text and caret.
pub type Reformat = fn(&str, usize) -> (String, usize);

/// A labelled text input whose error, once shown, is tied to it (`aria-describedby`,
/// `aria-invalid`). `on_leave` checks it when the customer leaves it.
#[component]
pub fn TextField(
    path: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    errors: FormErrors,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] required: bool,
    /// Marked "(optional)" in its label; a field neither required nor optional depends on
    /// other fields (a state is required in some countries).
    #[prop(optional)]
    optional: bool,
    #[prop(optional, into)] readonly: Signal<bool>,
    #[prop(optional)] reformat: Option<Reformat>,
    #[prop(optional)] on_leave: Option<Callback<&'static str>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(path);
    let error_id = format!("{id}-error");
    let input = NodeRef::<Input>::new();
    let error = move || errors.get(path);
    view! {
        <div class="bp-field">
            <label for=id.clone()>{move || match optional {
                true => i18n.t_with("field-label-optional", &[("label", i18n.t(label).into())]),
                false => i18n.t(label),
            }}</label>
            <div class="bp-field__control">
                <input id=id node_ref=input type="text" autocomplete=autocomplete inputmode=inputmode
                    required=required readonly=readonly spellcheck="false"
                    aria-invalid=move || error().is_some().to_string()
                    aria-describedby=error_id.clone()
                    prop:value=value
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        match (reformat, input.get()) {
                            (Some(reformat), Some(element)) => {
                                let caret = element.selection_start().ok().flatten().unwrap_or(0) as usize;
                                let (text, caret) = reformat(&text, caret);
                                element.set_value(&text);
                                let _ = element.set_selection_range(caret as u32, caret as u32);
                                value.set(text);
                            }
                            _ => value.set(text),
                        }
                    }
                    on:blur=move |_| if let Some(check) = on_leave { check.run(path) } />
                {children.map(|c| c())}
            </div>
            <p id=error_id class="bp-field__error">
                {move || error().map(|code| i18n.t(field_error_message(code)))}
            </p>
        </div>
    }
}

/// What a search box holds, trimmed; `None` when it holds nothing.
pub fn search_text(input: NodeRef<Input>) -> Option<String> {
    let text = input.get().map(|i| i.value()).unwrap_or_default();
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

/// A form's submit button (its label `submit`, `busy` while the request is on its way) and
/// Cancel.
#[component]
pub fn FormActions(
    submit: &'static str,
    busy_label: &'static str,
    #[prop(into)] busy: Signal<bool>,
    cancelled: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="bp-actions">
            <button type="submit" class="bp-button" disabled=busy>
                {move || if busy.get() { i18n.t(busy_label) } else { i18n.t(submit) }}
            </button>
            <button type="button" class="bp-button bp-button--secondary" disabled=busy on:click=move |_| cancelled.run(())>
                {i18n.msg("action-cancel")}
            </button>
        </div>
    }
}
