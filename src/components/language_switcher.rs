use billing_core::lang::Lang;
use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Switches the language in place: no reload, and forms keep what was typed.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="bp-lang">
            <label for="bp-lang-select">{i18n.msg("language-label")}</label>
            <select
                id="bp-lang-select"
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                        i18n.set_lang(lang);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|lang| view! {
                        <option value=lang.tag() lang=lang.tag() selected=move || i18n.lang() == lang>
                            {lang.native_name()}
                        </option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
