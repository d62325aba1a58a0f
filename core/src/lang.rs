//! The languages the portal speaks, and choosing one.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "zh-TW")]
    ZhTw,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Ko, Lang::ZhTw];

    /// The BCP 47 tag, also the name of the folder under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ko => "ko",
            Lang::ZhTw => "zh-TW",
        }
    }

    /// The language's own name, as shown in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ko => "한국어",
            Lang::ZhTw => "繁體中文",
        }
    }

    /// Matches a BCP 47 tag to a supported language: `fr-CA` is French, `zh-Hant` and
    /// `zh-HK` are Traditional Chinese, but `zh-CN` and bare `zh` (Simplified) are not.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "ko" => Some(Lang::Ko),
            "zh" => parts
                .any(|p| matches!(p, "tw" | "hant" | "hk" | "mo"))
                .then_some(Lang::ZhTw),
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
        assert_eq!(Lang::from_tag("zh-CN"), None);
        assert_eq!(Lang::from_tag("zh"), None);
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn order_is_host_query_saved_navigator() {
        let nav = vec!["de".to_string(), "ko-KR".to_string()];
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
        let nav = vec!["de".to_string()];
        let sources = LangSources {
            host_config: Some("xx"),
            query: Some("<script>"),
            saved: None,
            navigator: &nav,
        };
        assert_eq!(negotiate(&sources), Lang::En);
    }
}
