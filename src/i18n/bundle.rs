//! Fluent bundles: building one from a locale's `.ftl` text and formatting its messages.
//! Plain functions, so they are tested natively.

use std::sync::Arc;

use billing_core::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// `Send + Sync`, so a bundle can live in reactive state.
pub type Bundle = FluentBundle<FluentResource>;

/// English's first-load messages are compiled in: the fallback when another locale cannot
/// be fetched, and an English page needs no request for its words. Its views' messages are
/// fetched with the first view in a chunk, as every language's are (3 KB gzip less on every
/// first load, and less to parse before the first view).
pub const ENGLISH_MAIN_FTL: &str = include_str!("../../locales/en/main.ftl");

/// A locale's messages come in two files: what the first load shows, and what the views in
/// chunks of their own show, fetched with the first of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Main,
    Views,
}

/// Where a part of a locale's messages is served from, relative to the portal's files.
pub fn ftl_path(lang: Lang, part: Part) -> String {
    let file = match part {
        Part::Main => "main",
        Part::Views => "views",
    };
    format!("locales/{}/{file}.ftl", lang.tag())
}

/// Why a locale's messages were refused. Plain data, no formatted text: formatting the
/// parser's own error types would add their `Debug` code to the WebAssembly.
#[derive(Debug, PartialEq, Eq)]
pub enum FtlError {
    /// `count` syntax errors, the first at byte `first_at`.
    Syntax {
        count: usize,
        first_at: usize,
    },
    /// The same message id twice.
    Duplicate,
    BadLanguageTag,
}

/// Parses a locale's `.ftl` texts into one bundle. Any syntax error refuses the whole
/// locale: a half-loaded one would show message ids in place of text.
pub fn build(lang: Lang, sources: Vec<String>) -> Result<Arc<Bundle>, FtlError> {
    let resources = sources
        .into_iter()
        .map(|source| {
            FluentResource::try_new(source).map_err(|(_, errors)| FtlError::Syntax {
                count: errors.len(),
                first_at: errors.first().map_or(0, |e| e.pos.start),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let langid: LanguageIdentifier = lang.tag().parse().map_err(|_| FtlError::BadLanguageTag)?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No bidi isolation marks: none of our languages is right-to-left, and the marks would
    // end up in copied text and in CSV files.
    bundle.set_use_isolating(false);
    // Counts grouped by the browser's `Intl`; natively (the tests) Fluent's own digits.
    #[cfg(target_arch = "wasm32")]
    bundle.set_formatter(Some(super::intl::fluent_number));
    for resource in resources {
        bundle
            .add_resource(resource)
            .map_err(|_| FtlError::Duplicate)?;
    }
    Ok(Arc::new(bundle))
}

/// Formats message `id`; a missing message shows its id, which the locale tests rule out.
pub fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Arc<Bundle> {
        let views = include_str!("../../locales/en/views.ftl");
        build(Lang::En, vec![ENGLISH_MAIN_FTL.into(), views.into()]).unwrap()
    }

    #[test]
    fn english_builds_and_formats() {
        let bundle = english();
        assert_eq!(format(&bundle, "nav-invoices", None), "Invoices");
        assert_eq!(format(&bundle, "no-such-message", None), "no-such-message");
    }

    #[test]
    fn plurals_follow_the_language() {
        let bundle = english();
        let mut args = FluentArgs::new();
        args.set("count", 1);
        assert_eq!(format(&bundle, "invoices-count", Some(&args)), "1 invoice");
        args.set("count", 3);
        assert_eq!(format(&bundle, "invoices-count", Some(&args)), "3 invoices");
    }

    #[test]
    fn syntax_errors_refuse_the_file() {
        assert!(matches!(
            build(Lang::Fr, vec!["ok = fine\nbroken = {".into()]),
            Err(FtlError::Syntax { count: 1, .. })
        ));
        assert_eq!(
            build(Lang::Fr, vec!["a = 1".into(), "a = 2".into()]).err(),
            Some(FtlError::Duplicate)
        );
    }
}
