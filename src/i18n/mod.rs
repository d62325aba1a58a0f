//! The active language: Fluent messages for every string the customer reads, switched at
//! run time without a reload, and `Intl` for numbers and dates.

mod bundle;
pub mod intl;

use std::sync::Arc;

use billing_core::lang::Lang;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::assets;
use crate::state::prefs;

pub use bundle::{build, format, ftl_path, Bundle, ENGLISH_FTL};

/// A value for a message variable: text as it is, or a count that selects plural forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Count(u64),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Arg {
        Arg::Count(count)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Arg {
        Arg::Count(count as u64)
    }
}

/// Provided at the root; `use_i18n()` anywhere below.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
    bundle: RwSignal<Arc<Bundle>>,
    /// False until the first chosen language is ready, so no page flashes in English.
    ready: RwSignal<bool>,
    /// A language whose messages could not be fetched (offline, say).
    failed: RwSignal<Option<Lang>>,
    /// The newest choice: a slower, older request must not overwrite it.
    wanted: RwSignal<Lang>,
    /// Languages fetched so far, each once.
    loaded: StoredValue<Vec<(Lang, Arc<Bundle>)>>,
    /// Where the locale files are: the portal's own files, not the host's (ends in `/`, or
    /// `""` for the document's base).
    asset_base: StoredValue<String>,
}

impl I18n {
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn is_ready(&self) -> bool {
        self.ready.get()
    }

    pub fn failed(&self) -> Option<Lang> {
        self.failed.get()
    }

    /// The message `id` in the active language; reactive.
    pub fn t(&self, id: &str) -> String {
        self.bundle.with(|b| format(b, id, None))
    }

    /// The message `id` as a reactive view or attribute value that follows the language.
    ///
    /// Every message shares this one closure type: a closure written at each call site
    /// would be its own type, each with its own copy of the rendering code in the WASM.
    pub fn msg(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// The message `id` with its variables, e.g. `("count", 3.into())`.
    pub fn t_with(&self, id: &str, args: &[(&'static str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Count(count) => FluentValue::from(*count),
            };
            fluent_args.set(*name, value);
        }
        self.bundle.with(|b| format(b, id, Some(&fluent_args)))
    }

    /// [`Self::t_with`] as a reactive view or attribute value; like [`Self::msg`], one
    /// closure type for every message.
    pub fn msg_with(
        self,
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    ) -> impl Fn() -> String + Send + Sync + 'static {
        move || self.t_with(id, &args)
    }

    /// Switches language in place, once its messages are here; remembers the choice.
    pub fn set_lang(&self, lang: Lang) {
        prefs::save_lang(lang);
        self.select(lang);
    }

    /// Switches language in place, once its messages are here, without taking it for the
    /// customer's own choice (the host chose it).
    pub fn select(&self, lang: Lang) {
        self.wanted.set(lang);
        if let Some(bundle) = self.loaded.with_value(|loaded| {
            loaded
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, b)| b.clone())
        }) {
            self.apply(lang, bundle);
            return;
        }
        let this = *self;
        spawn_local(async move {
            let url = format!("{}{}", this.asset_base.get_value(), ftl_path(lang));
            let fetched = assets::fetch_text(&url).await;
            if this.wanted.get_untracked() != lang {
                return;
            }
            match fetched.ok().and_then(|text| build(lang, text).ok()) {
                Some(bundle) => {
                    this.loaded.update_value(|loaded| {
                        loaded.push((lang, bundle.clone()));
                    });
                    this.apply(lang, bundle);
                }
                None => {
                    this.failed.set(Some(lang));
                    this.ready.set(true);
                }
            }
        });
    }

    fn apply(&self, lang: Lang, bundle: Arc<Bundle>) {
        self.bundle.set(bundle);
        self.lang.set(lang);
        self.failed.set(None);
        self.ready.set(true);
    }
}

/// Creates the context, starting in `initial` (English until its messages arrive).
pub fn provide_i18n(initial: Lang, asset_base: String) -> I18n {
    let english = build(Lang::En, ENGLISH_FTL.to_string())
        .unwrap_or_else(|_| Arc::new(Bundle::new_concurrent(Vec::new())));
    let i18n = I18n {
        lang: RwSignal::new(Lang::En),
        bundle: RwSignal::new(english.clone()),
        ready: RwSignal::new(false),
        failed: RwSignal::new(None),
        wanted: RwSignal::new(initial),
        loaded: StoredValue::new(vec![(Lang::En, english)]),
        asset_base: StoredValue::new(asset_base),
    };
    provide_context(i18n);
    i18n.select(initial);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
