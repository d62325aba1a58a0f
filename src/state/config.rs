//! How the host configures the portal: the attributes of its `<billing-portal>` element
//! (`base-path`, `api-base`, …; the README's embedding section lists them).

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the customer's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The theme of a setting's value; `None` for a value outside the set.
    pub fn from_name(name: &str) -> Option<Theme> {
        match name {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Where the portal keeps the customer's view (see `location`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Routing {
    /// In the page URL, under the base path: links, reloads and Back restore the view.
    #[default]
    Browser,
    /// In the portal only: the page URL stays the host's.
    Memory,
}

impl Routing {
    pub fn from_name(name: &str) -> Option<Routing> {
        match name {
            "browser" => Some(Routing::Browser),
            "memory" => Some(Routing::Memory),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The base of the portal's routes: `""` at the root, else like `/console/billing` (no trailing slash).
    pub base_path: String,
    /// The backend API's base URL; `None` runs the in-browser demo.
    pub api_base: Option<String>,
    /// Where card numbers go to be tokenized: a PCI vault on its own origin, or by default
    /// the API base (the reference server's stand-in).
    pub vault_base: Option<String>,
    /// The bearer token the host console hands over.
    pub token: Option<String>,
    /// The host's language choice, which outranks every other source.
    pub locale: Option<String>,
    pub theme: Theme,
    pub routing: Routing,
    /// Forces the demo backend even when an API base is set.
    pub demo: bool,
    /// Where the portal's own files (translations, the offline worker) are, ending in `/`:
    /// the directory of `billing-portal.js`.
    pub asset_base: String,
    /// Whether the demo may keep itself offline with a service worker over the portal's
    /// files (`offline`): never unless the page asks, as a console's scope is its own.
    pub offline: bool,
    /// In a frame, the parent origins the portal talks to by `postMessage`; no other.
    pub parent_origins: Vec<String>,
}

impl Config {
    pub fn is_demo(&self) -> bool {
        self.demo || self.api_base.is_none()
    }
}

/// A configuration the portal cannot run with, named so the error panel can say which.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub field: &'static str,
    pub value: String,
}

/// The configuration of a `<billing-portal>` element's attributes, as `(name, value)`.
/// A value outside its set is an error, not a guess: a misread setting would run the portal
/// in a mode the host did not ask for (demo data shown to a real customer).
pub fn parse(attributes: &[(String, String)]) -> Result<Config, ConfigError> {
    let mut config = Config::default();
    for (name, value) in attributes {
        let text = || Some(value.trim().to_string()).filter(|v| !v.is_empty());
        let refused = |field| ConfigError {
            field,
            value: value.clone(),
        };
        match name.as_str() {
            "base-path" => config.base_path = normalize_base_path(value),
            "api-base" => config.api_base = text().map(|u| u.trim_end_matches('/').into()),
            "vault-base" => config.vault_base = text().map(|u| u.trim_end_matches('/').into()),
            "token" => config.token = text(),
            "locale" => config.locale = text(),
            "theme" => {
                config.theme = match text() {
                    None => Theme::Auto,
                    Some(name) => Theme::from_name(&name).ok_or_else(|| refused("theme"))?,
                }
            }
            "routing" => {
                config.routing = match text() {
                    None => Routing::Browser,
                    Some(name) => Routing::from_name(&name).ok_or_else(|| refused("routing"))?,
                }
            }
            "demo" => config.demo = flag(value).ok_or_else(|| refused("demo"))?,
            "offline" => config.offline = flag(value).ok_or_else(|| refused("offline"))?,
            "parent-origins" => {
                config.parent_origins = value.split_whitespace().map(String::from).collect()
            }
            // The host may keep attributes of its own on the element (`id`, `class`, …).
            _ => {}
        }
    }
    built_for(config, BUILT)
}

/// Which backends a build has: a release build one (scripts/build-split.mjs), a debug build
/// both.
#[derive(Clone, Copy)]
struct Backends {
    demo: bool,
    http: bool,
}

const BUILT: Backends = Backends {
    demo: cfg!(feature = "demo"),
    http: cfg!(feature = "http"),
};

/// `config`, if `built` has its backend. billing-portal.js loads the build the element asks
/// for by the same rule as `is_demo`; a page that loaded the other is told so.
fn built_for(config: Config, built: Backends) -> Result<Config, ConfigError> {
    let has_backend = match config.is_demo() {
        true => built.demo,
        false => built.http,
    };
    match has_backend {
        true => Ok(config),
        false => Err(ConfigError {
            field: "api-base",
            value: config.api_base.unwrap_or_default(),
        }),
    }
}

/// The attributes [`parse`] reads.
const SETTINGS: &[&str] = &[
    "base-path",
    "api-base",
    "vault-base",
    "token",
    "locale",
    "theme",
    "routing",
    "demo",
    "offline",
    "parent-origins",
];

/// HTML's own attributes, which any element may carry.
const HTML_GLOBAL: &[&str] = &[
    "id",
    "class",
    "style",
    "hidden",
    "title",
    "lang",
    "dir",
    "slot",
    "part",
    "exportparts",
    "tabindex",
    "role",
    "inert",
    "translate",
    "nonce",
    "is",
    "autofocus",
    "accesskey",
];

/// The element's attributes that are neither settings nor HTML's own: most likely a
/// misspelt setting (`api-bsae`), which would otherwise quietly leave the portal in demo
/// mode. Told to the developer, not the customer.
pub fn unknown_attributes(attributes: &[(String, String)]) -> Vec<&str> {
    attributes
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| {
            !SETTINGS.contains(name)
                && !HTML_GLOBAL.contains(name)
                && !["data-", "aria-", "on"].iter().any(|p| name.starts_with(p))
        })
        .collect()
}

/// A boolean attribute: present (empty) or `true`, or `false`.
fn flag(value: &str) -> Option<bool> {
    match value.trim() {
        "" | "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// `/console/billing/` and `console/billing` both become `/console/billing`; `/` becomes `""`.
pub fn normalize_base_path(path: &str) -> String {
    let trimmed = path.trim().trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let attributes: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        parse(&attributes)
    }

    fn config(pairs: &[(&str, &str)]) -> Config {
        parsed(pairs).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn a_billing_portal_element_is_configured_by_its_attributes() {
        let config = config(&[
            ("base-path", "/console/billing/"),
            ("api-base", "/api/v1/"),
            ("vault-base", "https://vault.example.com/v1/"),
            ("token", "t0k"),
            ("locale", "ko"),
            ("theme", "dark"),
            ("routing", "memory"),
            ("demo", ""),
            ("offline", "true"),
            ("class", "console-widget"),
            ("id", "billing"),
        ]);
        assert_eq!(config.base_path, "/console/billing");
        assert_eq!(config.api_base.as_deref(), Some("/api/v1"));
        assert_eq!(
            config.vault_base.as_deref(),
            Some("https://vault.example.com/v1")
        );
        assert_eq!(config.token.as_deref(), Some("t0k"));
        assert_eq!(config.locale.as_deref(), Some("ko"));
        assert_eq!(config.theme, Theme::Dark);
        assert_eq!(config.routing, Routing::Memory);
        assert!(config.demo && config.is_demo());
        assert!(config.offline);
    }

    #[test]
    fn no_attributes_is_the_demo_at_the_root_in_the_page_url() {
        let config = config(&[]);
        assert_eq!(config.base_path, "");
        assert!(config.is_demo());
        assert_eq!(config.theme, Theme::Auto);
        assert_eq!(config.routing, Routing::Browser);
        assert!(!config.offline, "no service worker unless the page asks");
        assert!(
            config.parent_origins.is_empty(),
            "no frame talk unless asked"
        );
        assert!(!self::config(&[("api-base", "/api/v1")]).is_demo());
    }

    #[test]
    fn a_framed_page_names_the_parent_origins_it_talks_to() {
        let config = config(&[(
            "parent-origins",
            "https://console.example.com  https://eu.console.example.com",
        )]);
        assert_eq!(
            config.parent_origins,
            [
                "https://console.example.com",
                "https://eu.console.example.com"
            ]
        );
    }

    #[test]
    fn a_value_outside_its_set_is_an_error_not_a_guess() {
        for (field, value) in [
            ("theme", "blue"),
            ("routing", "hash"),
            ("demo", "yes"),
            ("offline", "1"),
        ] {
            assert_eq!(
                parsed(&[(field, value)]),
                Err(ConfigError {
                    field,
                    value: value.into()
                })
            );
        }
        assert!(!config(&[("demo", "false")]).demo);
    }

    #[test]
    fn a_build_refuses_the_configuration_of_a_backend_it_was_not_built_with() {
        const DEMO: Backends = Backends {
            demo: true,
            http: false,
        };
        const HTTP: Backends = Backends {
            demo: false,
            http: true,
        };
        let on_api = config(&[("api-base", "https://billing.example.com/v1")]);
        let in_demo = config(&[]);
        assert_eq!(
            built_for(on_api.clone(), DEMO),
            Err(ConfigError {
                field: "api-base",
                value: "https://billing.example.com/v1".into()
            })
        );
        assert_eq!(
            built_for(in_demo.clone(), HTTP),
            Err(ConfigError {
                field: "api-base",
                value: String::new()
            })
        );
        assert_eq!(built_for(on_api.clone(), HTTP), Ok(on_api.clone()));
        assert_eq!(built_for(in_demo.clone(), DEMO), Ok(in_demo));
        // `demo` wins over an API base, as in billing-portal.js.
        let demo_with_api = config(&[("api-base", "/api/v1"), ("demo", "")]);
        assert!(built_for(demo_with_api.clone(), HTTP).is_err());
        assert_eq!(built_for(demo_with_api.clone(), DEMO), Ok(demo_with_api));
        // A debug build, with both, takes either.
        assert!(parsed(&[("api-base", "/api/v1")]).is_ok() && parsed(&[]).is_ok());
    }

    #[test]
    fn blank_values_count_as_absent() {
        let config = config(&[("api-base", "  "), ("token", ""), ("theme", "")]);
        assert!(config.is_demo());
        assert_eq!(config.token, None);
        assert_eq!(config.theme, Theme::Auto);
    }

    #[test]
    fn a_misspelt_setting_is_named_and_html_attributes_are_not() {
        let attributes: Vec<(String, String)> = [
            "api-bsae",
            "base-path",
            "class",
            "data-x",
            "aria-label",
            "onclick",
            "theme",
        ]
        .iter()
        .map(|name| (name.to_string(), String::new()))
        .collect();
        assert_eq!(unknown_attributes(&attributes), ["api-bsae"]);
    }

    #[test]
    fn base_paths_normalize() {
        assert_eq!(normalize_base_path("/"), "");
        assert_eq!(normalize_base_path(""), "");
        assert_eq!(normalize_base_path("console/billing/"), "/console/billing");
        assert_eq!(normalize_base_path("/a//"), "/a");
    }
}
