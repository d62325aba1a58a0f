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

pub use bundle::{build, format, ftl_path, Bundle, Part, ENGLISH_MAIN_FTL};

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
    /// Whether a view in a chunk of its own has been shown: from then on, each language comes
    /// with its views' messages (`views.ftl`).
    views: RwSignal<bool>,
    /// Languages fetched so far, each once, and whether with their views' messages.
    loaded: StoredValue<Vec<(Lang, Part, Arc<Bundle>)>>,
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
        let this = *self;
        spawn_local(async move { this.fetch(lang).await });
    }

    /// Makes sure the views' messages are in the language shown (or being chosen), or failing
    /// that in English: awaited by each view in a chunk before it shows, so that it never
    /// shows an id. Whether they are: a view without them says it could not be loaded.
    pub async fn views_ready(self) -> bool {
        self.views.set(true);
        // Until the language fetched is still the one wanted: another chosen meanwhile is
        // fetched in turn, so the view never shows with a bundle lacking its messages.
        loop {
            let lang = self.wanted.get_untracked();
            self.fetch(lang).await;
            if self.wanted.get_untracked() == lang {
                // Whether the bundle on the page is one with the views' words.
                return self.bundle.with_untracked(|shown| {
                    self.loaded.with_value(|loaded| {
                        loaded
                            .iter()
                            .any(|(_, p, b)| *p == Part::Views && Arc::ptr_eq(b, shown))
                    })
                });
            }
        }
    }

    /// Shows `lang` with the parts now wanted, fetched unless already here, if it is still
    /// the one wanted; in English, which has every message, if `lang`'s cannot be had; and
    /// if neither can, what is shown stays, saying that `lang` could not be loaded.
    async fn fetch(self, lang: Lang) {
        let part = match self.views.get_untracked() {
            true => Part::Views,
            false => Part::Main,
        };
        let candidates: &[Lang] = match lang {
            Lang::En => &[Lang::En],
            _ => &[lang, Lang::En],
        };
        for &candidate in candidates {
            let here = self
                .best(candidate)
                .filter(|(p, _)| *p == Part::Views || part == Part::Main);
            let bundle = match here {
                Some((_, bundle)) => Some(bundle),
                None => self.load(candidate, part).await,
            };
            if self.wanted.get_untracked() != lang {
                return;
            }
            if let Some(bundle) = bundle {
                self.show(candidate, bundle, (candidate != lang).then_some(lang));
                return;
            }
        }
        // Only views' words can be missing (English's first-load words are compiled in): the
        // view that wants them says so, and the page keeps the words it shows.
        let shown = self.lang.get_untracked();
        let bundle = self.bundle.get_untracked();
        self.show(shown, bundle, (shown != lang).then_some(lang));
    }

    /// Fetches `lang`'s messages up to `part` and keeps their bundle; `None` if a file could
    /// not be fetched or read.
    async fn load(self, lang: Lang, part: Part) -> Option<Arc<Bundle>> {
        let parts: &[Part] = match part {
            Part::Main => &[Part::Main],
            Part::Views => &[Part::Main, Part::Views],
        };
        let mut sources = Vec::new();
        for &wanted in parts {
            if (lang, wanted) == (Lang::En, Part::Main) {
                sources.push(ENGLISH_MAIN_FTL.to_string());
                continue;
            }
            let url = format!("{}{}", self.asset_base.get_value(), ftl_path(lang, wanted));
            sources.push(assets::fetch_text(&url).await.ok()?);
        }
        let bundle = build(lang, sources).ok()?;
        self.loaded
            .update_value(|loaded| loaded.push((lang, part, bundle)));
        // The most complete, should two fetches of one language have crossed.
        self.best(lang).map(|(_, bundle)| bundle)
    }

    /// The most complete bundle of `lang` fetched so far, with what it holds.
    fn best(&self, lang: Lang) -> Option<(Part, Arc<Bundle>)> {
        self.loaded.with_value(|loaded| {
            let of_lang = || loaded.iter().filter(|(l, ..)| *l == lang);
            of_lang()
                .find(|(_, p, _)| *p == Part::Views)
                .or_else(|| of_lang().next())
                .map(|(_, p, b)| (*p, b.clone()))
        })
    }

    /// Shows `lang` in `bundle`, with the language that `failed` to load if any; what is
    /// already shown is not set again, which would redraw every message on the page.
    fn show(&self, lang: Lang, bundle: Arc<Bundle>, failed: Option<Lang>) {
        if !self
            .bundle
            .with_untracked(|shown| Arc::ptr_eq(shown, &bundle))
        {
            self.bundle.set(bundle);
        }
        if self.lang.get_untracked() != lang {
            self.lang.set(lang);
        }
        if self.failed.get_untracked() != failed {
            self.failed.set(failed);
        }
        if !self.ready.get_untracked() {
            self.ready.set(true);
        }
    }
}

/// Creates the context, starting in `initial` (English until its messages arrive).
pub fn provide_i18n(initial: Lang, asset_base: String) -> I18n {
    let english = build(Lang::En, vec![ENGLISH_MAIN_FTL.into()])
        .unwrap_or_else(|_| Arc::new(Bundle::new_concurrent(Vec::new())));
    let i18n = I18n {
        lang: RwSignal::new(Lang::En),
        bundle: RwSignal::new(english.clone()),
        ready: RwSignal::new(false),
        failed: RwSignal::new(None),
        wanted: RwSignal::new(initial),
        views: RwSignal::new(false),
        loaded: StoredValue::new(vec![(Lang::En, Part::Main, english)]),
        asset_base: StoredValue::new(asset_base),
    };
    provide_context(i18n);
    i18n.select(initial);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
