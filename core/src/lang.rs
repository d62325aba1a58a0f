//! The languages the portal speaks, and choosing one.

use serde::{Deserialize, Serialize};

/// Declares [`Lang`] from one list: a language is a line here and a folder of messages
/// under `locales/` named by its tag (`tests/locales.rs` holds the two to each other).
macro_rules! languages {
    ($($variant:ident $tag:literal $name:literal,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Lang {
            $(#[serde(rename = $tag)] $variant,)*
        }

        impl Lang {
            pub const ALL: [Lang; [$($tag),*].len()] = [$(Lang::$variant),*];

            /// The BCP 47 tag, also the name of the folder under `locales/`.
            pub fn tag(self) -> &'static str {
                match self {
                    $(Lang::$variant => $tag,)*
                }
            }

            /// The language's own name, as shown in the language switcher.
            pub fn native_name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)*
                }
            }
        }
    };
}

languages! {
    En "en" "English",
    Fr "fr" "Français",
    Ko "ko" "한국어",
    ZhTw "zh-TW" "繁體中文",
    De "de" "Deutsch",
    Es "es" "Español",
    It "it" "Italiano",
    Ja "ja" "日本語",
    PtBr "pt-BR" "Português (Brasil)",
    ZhCn "zh-CN" "简体中文",
}

impl Lang {
    /// Matches a BCP 47 tag to a supported language by its primary language: `fr-CA` is
    /// French, `pt-PT` the Portuguese there is. Chinese is matched by script, written or
    /// implied by the region: `zh-Hant`, `zh-TW`, `zh-HK` are Traditional, `zh`, `zh-CN`,
    /// `zh-SG` Simplified, and neither is offered for the other.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let wanted = Subtags::of(tag)?;
        let mut same_language = Lang::ALL.iter().copied().filter(|lang| {
            Subtags::of(lang.tag()).is_some_and(|ours| {
                ours.language == wanted.language && ours.script() == wanted.script()
            })
        });
        let first = same_language.next()?;
        let exact =
            |lang: &Lang| Subtags::of(lang.tag()).is_some_and(|o| o.region == wanted.region);
        Some(
            std::iter::once(first)
                .chain(same_language)
                .find(exact)
                .unwrap_or(first),
        )
    }
}

/// The parts of a language tag that choosing a language looks at, lowercased.
struct Subtags {
    language: String,
    script: Option<String>,
    region: Option<String>,
}

impl Subtags {
    fn of(tag: &str) -> Option<Subtags> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        let language = parts
            .next()
            .filter(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()))?;
        let (mut script, mut region) = (None, None);
        let letters = |part: &str| part.bytes().all(|b| b.is_ascii_alphabetic());
        let mut parts = parts.peekable();
        // An extended language (`zh-cmn-Hant`, `zh-yue-HK`) says nothing we choose by.
        parts.next_if(|part| part.len() == 3 && letters(part));
        for part in parts {
            let digits = part.bytes().all(|b| b.is_ascii_digit());
            match part.len() {
                4 if letters(part) && script.is_none() && region.is_none() => {
                    script = Some(part.to_string())
                }
                2 if letters(part) && region.is_none() => region = Some(part.to_string()),
                3 if digits && region.is_none() => region = Some(part.to_string()),
                _ => {}
            }
        }
        Some(Subtags {
            language: language.to_string(),
            script,
            region,
        })
    }

    /// For Chinese, written in two scripts, the script written or the one the region
    /// implies; `None` for other languages, where it does not choose (`en-Latn-US` is English).
    fn script(&self) -> Option<&str> {
        match (self.language.as_str(), &self.script) {
            ("zh", Some(script)) => Some(script),
            ("zh", None) => Some(match self.region.as_deref() {
                Some("tw" | "hk" | "mo") => "hant",
                _ => "hans",
            }),
            _ => None,
        }
    }
}

/// Where a language preference can come from, strongest first: the host's `locale`
/// attribute, `?lang=` in the page URL, the customer's saved choice, then the browser's.
#[derive(Clone, Debug, Default)]
pub struct LangSources<'a> {
    pub host_config: Option<&'a str>,
    pub query: Option<&'a str>,
    pub saved: Option<&'a str>,
    pub navigator: &'a [String],
}

/// The first supported language among the host's config, `?lang=`, the saved choice and
/// `navigator.languages`; English when none matches.
pub fn negotiate(sources: &LangSources<'_>) -> Lang {
    [sources.host_config, sources.query, sources.saved]
        .into_iter()
        .flatten()
        .chain(sources.navigator.iter().map(String::as_str))
        .find_map(Lang::from_tag)
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn regional_and_script_variants() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("ko_KR"), Some(Lang::Ko));
        assert_eq!(Lang::from_tag("zh-Hant-TW"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("zh-HK"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("zh"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("zh-Hans-SG"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("zh-MO"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("de-DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("pt"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::PtBr));
        assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("en-Latn-US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("zh-cmn-Hant-TW"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("zh-yue-HK"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_tag("zh-cmn-Hans-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_tag("nl-NL"), None);
        assert_eq!(Lang::from_tag("<script>"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn order_is_host_query_saved_navigator() {
        let nav = vec!["nl".to_string(), "ko-KR".to_string()];
        let all = LangSources {
            host_config: Some("fr"),
            query: Some("zh-TW"),
            saved: Some("en"),
            navigator: &nav,
        };
        assert_eq!(negotiate(&all), Lang::Fr);
        let no_host = LangSources {
            host_config: None,
            ..all.clone()
        };
        assert_eq!(negotiate(&no_host), Lang::ZhTw);
        let saved_only = LangSources {
            host_config: None,
            query: None,
            ..all.clone()
        };
        assert_eq!(negotiate(&saved_only), Lang::En);
        let nav_only = LangSources {
            navigator: &nav,
            ..Default::default()
        };
        assert_eq!(negotiate(&nav_only), Lang::Ko);
    }

    #[test]
    fn unsupported_values_fall_through_to_english() {
        let nav = vec!["nl".to_string()];
        let sources = LangSources {
            host_config: Some("xx"),
            query: Some("<script>"),
            saved: None,
            navigator: &nav,
        };
        assert_eq!(negotiate(&sources), Lang::En);
    }
}
