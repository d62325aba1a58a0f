//! A country, chosen from every ISO 3166-1 code by its name in the customer's language.

use billing_core::address::COUNTRIES;
use leptos::prelude::*;

use super::form::{field_id, FormErrors};
use crate::api::field_error_message;
use crate::i18n::{intl, use_i18n};

/// A labelled list of the countries, named in the active language (and named again when it
/// changes), sorted by name; its error tied to it as a [`super::form::TextField`]'s is.
#[component]
pub fn CountrySelect(
    path: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    errors: FormErrors,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional)] autocomplete: &'static str,
    /// Checks the field once a country is chosen.
    on_change: Callback<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = field_id(path);
    let error_id = format!("{id}-error");
    let error = move || errors.get(path);
    let countries = move || {
        let mut countries: Vec<(String, &'static str)> = COUNTRIES
            .iter()
            .map(|code| (intl::region(code, i18n.lang()), *code))
            .collect();
        countries.sort();
        countries
            .into_iter()
            .map(|(name, code)| {
                view! { <option value=code selected=move || value.get() == code>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="bp-field">
            <label for=id.clone()>{i18n.msg(label)}</label>
            <select id=id autocomplete=autocomplete disabled=disabled
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=error_id.clone()
                on:change=move |ev| { value.set(event_target_value(&ev)); on_change.run(path) }>
                <option value="" selected=move || value.get().is_empty()>{i18n.msg("address-choose-country")}</option>
                {countries}
            </select>
            <p id=error_id class="bp-field__error">
                {move || error().map(|code| i18n.t(field_error_message(code)))}
            </p>
        </div>
    }
}
