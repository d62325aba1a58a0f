//! Preferences kept in `localStorage`. Only preferences: never card data, tokens or amounts.

use billing_core::lang::Lang;

const LANG_KEY: &str = "billing-portal.lang";

fn storage() -> Option<web_sys::Storage> {
    // Storage can be disabled (private mode, sandboxed frames): then nothing is remembered.
    web_sys::window()?.local_storage().ok()?
}

pub fn saved_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok()?
}

pub fn save_lang(lang: Lang) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(LANG_KEY, lang.tag());
    }
}
