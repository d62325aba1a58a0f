//! How the host console configures the portal: the attributes of a `<billing-portal>`
//! element (`base-path`, `api-base`, …), or on a page of the portal's own a JSON
//! `<script type="application/json" id="billing-portal-config">` and/or `data-*` attributes
//! on the mount element. Attributes win over the JSON, being the more specific of the two.

pub const CONFIG_ELEMENT_ID: &str = "billing-portal-config";
pub const DEFAULT_MOUNT_ID: &str = "billing-portal";

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

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The router's base: `""` at the root, else like `/console/billing` (no trailing slash).
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
    /// Forces the demo backend even when an API base is set.
    pub demo: bool,
    /// Where the portal's own files (translations) are, ending in `/`: the URL of
    /// `billing-portal.js` in a console; `""` (the document's base) on a page of its own.
    pub asset_base: String,
    /// Whether the demo may keep itself offline with a service worker: only on a page of
    /// the portal's own, never in a console's scope.
    pub own_page: bool,
    /// In a frame, the parent origins the portal talks to by `postMessage`; no other.
    pub parent_origins: Vec<String>,
}

impl Config {
    pub fn is_demo(&self) -> bool {
        self.demo || self.api_base.is_none()
    }

    /// The full path of an app route (`/invoices` → `/console/billing/invoices`).
    pub fn app_path(&self, route: &str) -> String {
        format!("{}/{}", self.base_path, route.trim_start_matches('/'))
    }
}

/// A value of the host's JSON config, as the browser's `JSON.parse` read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonValue {
    Text(String),
    Bool(bool),
    /// A number, `null`, an array or an object: never a valid setting.
    Other,
}

/// What one source says; every field optional so that sources can be layered.
#[derive(Debug, Default)]
pub struct Layer {
    pub mount: Option<String>,
    base_path: Option<String>,
    api_base: Option<String>,
    vault_base: Option<String>,
    token: Option<String>,
    locale: Option<String>,
    theme: Option<String>,
    demo: Option<bool>,
    parent_origins: Option<String>,
}

impl Layer {
    /// The JSON config's top-level entries. Unknown names are refused: a misspelt setting
    /// silently ignored would run the portal in a mode the host did not ask for.
    pub fn from_json(entries: Vec<(String, JsonValue)>) -> Result<Layer, ConfigError> {
        let mut layer = Layer::default();
        for (name, value) in entries {
            let slot = match name.as_str() {
                "mount" => &mut layer.mount,
                "basePath" => &mut layer.base_path,
                "apiBase" => &mut layer.api_base,
                "vaultBase" => &mut layer.vault_base,
                "token" => &mut layer.token,
                "locale" => &mut layer.locale,
                "theme" => &mut layer.theme,
                "parentOrigins" => &mut layer.parent_origins,
                "demo" => match value {
                    JsonValue::Bool(demo) => {
                        layer.demo = Some(demo);
                        continue;
                    }
                    _ => return Err(ConfigError::Json(format!("{name}: expected true or false"))),
                },
                _ => return Err(ConfigError::Json(format!("unknown setting {name}"))),
            };
            match value {
                JsonValue::Text(text) => *slot = Some(text),
                _ => return Err(ConfigError::Json(format!("{name}: expected a string"))),
            }
        }
        Ok(layer)
    }

    /// The mount element's `data-*` attributes, or a `<billing-portal>` element's attributes
    /// of the same names without the prefix, as `(name, value)`.
    fn from_data_attributes(attributes: &[(String, String)]) -> Result<Layer, ConfigError> {
        let mut layer = Layer::default();
        for (name, value) in attributes {
            let value = value.clone();
            let name = name.strip_prefix("data-").unwrap_or(name);
            match name {
                "base-path" => layer.base_path = Some(value),
                "api-base" => layer.api_base = Some(value),
                "vault-base" => layer.vault_base = Some(value),
                "token" => layer.token = Some(value),
                "locale" => layer.locale = Some(value),
                "theme" => layer.theme = Some(value),
                "parent-origins" => layer.parent_origins = Some(value),
                "demo" => {
                    layer.demo = Some(match value.as_str() {
                        "" | "true" => true,
                        "false" => false,
                        _ => {
                            return Err(ConfigError::Value {
                                field: "demo",
                                value,
                            })
                        }
                    })
                }
                // The host may keep attributes of its own on the element.
                _ => {}
            }
        }
        Ok(layer)
    }

    /// The mount element's id this layer names, or the default.
    pub fn mount_id(&self) -> String {
        self.mount
            .as_deref()
            .map(|m| m.trim_start_matches('#').to_string())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| DEFAULT_MOUNT_ID.to_string())
    }
}

/// A configuration the portal cannot run with, named so the error panel can say which.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The JSON config element is not valid JSON, or has a field of the wrong type or name.
    Json(String),
    /// An attribute or field has a value outside its set, e.g. `data-theme="blue"`.
    Value { field: &'static str, value: String },
}

/// Layers the JSON config, then the mount element's `data-*` attributes (as `(name, value)`),
/// over the defaults. `document_base_path` is the path of
/// the document's base URL, the default base path.
pub fn parse(
    from_json: Layer,
    data_attributes: &[(String, String)],
    document_base_path: &str,
) -> Result<Config, ConfigError> {
    let from_data = Layer::from_data_attributes(data_attributes)?;
    let pick = |a: Option<String>, b: Option<String>| b.or(a).filter(|v| !v.trim().is_empty());
    let theme = match pick(from_json.theme, from_data.theme) {
        None => Theme::Auto,
        Some(name) => Theme::from_name(&name).ok_or(ConfigError::Value {
            field: "theme",
            value: name,
        })?,
    };
    Ok(Config {
        base_path: normalize_base_path(
            &pick(from_json.base_path, from_data.base_path)
                .unwrap_or_else(|| document_base_path.into()),
        ),
        api_base: pick(from_json.api_base, from_data.api_base)
            .map(|url| url.trim_end_matches('/').to_string()),
        vault_base: pick(from_json.vault_base, from_data.vault_base)
            .map(|url| url.trim_end_matches('/').to_string()),
        token: pick(from_json.token, from_data.token),
        locale: pick(from_json.locale, from_data.locale),
        theme,
        demo: from_data.demo.or(from_json.demo).unwrap_or(false),
        asset_base: String::new(),
        own_page: true,
        parent_origins: pick(from_json.parent_origins, from_data.parent_origins)
            .map(|origins| origins.split_whitespace().map(String::from).collect())
            .unwrap_or_default(),
    })
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

    fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn json(pairs: &[(&str, JsonValue)]) -> Result<Layer, ConfigError> {
        Layer::from_json(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn text(value: &str) -> JsonValue {
        JsonValue::Text(value.into())
    }

    #[test]
    fn the_vault_base_is_its_own_setting() {
        let json = Layer::from_json(vec![
            ("apiBase".into(), JsonValue::Text("/api/v1".into())),
            (
                "vaultBase".into(),
                JsonValue::Text("https://vault.example.com/v1/".into()),
            ),
        ]);
        let config = json.and_then(|layer| parse(layer, &[], "/"));
        let config = config.unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            config.vault_base.as_deref(),
            Some("https://vault.example.com/v1")
        );
        let attributes = [("data-vault-base".to_string(), "/vault".to_string())];
        let config = parse(Layer::default(), &attributes, "/").unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(config.vault_base.as_deref(), Some("/vault"));
    }

    #[test]
    fn a_billing_portal_element_is_configured_by_its_attributes() {
        let element = attrs(&[
            ("base-path", "/console/billing/"),
            ("api-base", "/api/v1/"),
            ("theme", "dark"),
            ("demo", ""),
            ("class", "console-widget"),
            ("id", "billing"),
        ]);
        let config = parse(Layer::default(), &element, "/").unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(config.base_path, "/console/billing");
        assert_eq!(config.api_base.as_deref(), Some("/api/v1"));
        assert_eq!(config.theme, Theme::Dark);
        assert!(config.demo);
        let wrong = parse(Layer::default(), &attrs(&[("theme", "blue")]), "/");
        assert_eq!(
            wrong,
            Err(ConfigError::Value {
                field: "theme",
                value: "blue".into()
            })
        );
    }

    #[test]
    fn a_framed_page_names_the_parent_origins_it_talks_to() {
        let json = Layer::from_json(vec![(
            "parentOrigins".into(),
            text("https://console.example.com  https://eu.console.example.com"),
        )]);
        let config = json.and_then(|layer| parse(layer, &[], "/"));
        let config = config.unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(
            config.parent_origins,
            [
                "https://console.example.com",
                "https://eu.console.example.com"
            ]
        );
        let none = parse(Layer::default(), &[], "/").unwrap_or_else(|e| panic!("{e:?}"));
        assert!(none.parent_origins.is_empty(), "no frame talk unless asked");
    }

    #[test]
    fn no_configuration_is_the_demo_at_the_document_base() {
        let config = parse(Layer::default(), &[], "/").unwrap();
        assert_eq!(config.base_path, "");
        assert!(config.is_demo());
        assert_eq!(config.theme, Theme::Auto);
        let under = parse(Layer::default(), &[], "/console/billing/").unwrap();
        assert_eq!(under.base_path, "/console/billing");
        assert_eq!(Layer::default().mount_id(), DEFAULT_MOUNT_ID);
    }

    #[test]
    fn json_configures_everything() {
        let layer = json(&[
            ("basePath", text("/console/billing/")),
            ("apiBase", text("https://api.example/")),
            ("token", text("t0k")),
            ("locale", text("ko")),
            ("theme", text("dark")),
            ("mount", text("#billing")),
            ("demo", JsonValue::Bool(false)),
        ])
        .unwrap();
        assert_eq!(layer.mount_id(), "billing");
        let config = parse(layer, &[], "/").unwrap();
        assert_eq!(config.base_path, "/console/billing");
        assert_eq!(config.api_base.as_deref(), Some("https://api.example"));
        assert_eq!(config.token.as_deref(), Some("t0k"));
        assert_eq!(config.locale.as_deref(), Some("ko"));
        assert_eq!(config.theme, Theme::Dark);
        assert!(!config.is_demo());
    }

    #[test]
    fn data_attributes_override_json() {
        let layer = json(&[
            ("locale", text("ko")),
            ("apiBase", text("https://api.example")),
        ])
        .unwrap();
        let data = attrs(&[
            ("data-locale", "fr"),
            ("data-demo", ""),
            ("data-x-host", "1"),
        ]);
        let config = parse(layer, &data, "/").unwrap();
        assert_eq!(config.locale.as_deref(), Some("fr"));
        assert!(config.is_demo(), "a bare data-demo attribute means true");
    }

    #[test]
    fn bad_configuration_is_an_error_not_a_guess() {
        assert!(matches!(
            json(&[("lang", text("fr"))]),
            Err(ConfigError::Json(_))
        ));
        assert!(matches!(
            json(&[("locale", JsonValue::Other)]),
            Err(ConfigError::Json(_))
        ));
        assert!(matches!(
            json(&[("demo", text("yes"))]),
            Err(ConfigError::Json(_))
        ));
        assert_eq!(
            parse(Layer::default(), &attrs(&[("data-theme", "blue")]), "/"),
            Err(ConfigError::Value {
                field: "theme",
                value: "blue".into()
            })
        );
        assert!(parse(Layer::default(), &attrs(&[("data-demo", "yes")]), "/").is_err());
    }

    #[test]
    fn blank_values_count_as_absent() {
        let layer = json(&[
            ("apiBase", text("  ")),
            ("token", text("")),
            ("mount", text("#")),
        ])
        .unwrap();
        assert_eq!(layer.mount_id(), DEFAULT_MOUNT_ID);
        let config = parse(layer, &[], "/").unwrap();
        assert!(config.is_demo());
        assert_eq!(config.token, None);
    }

    #[test]
    fn app_paths_live_under_the_base() {
        let root = parse(Layer::default(), &[], "/").unwrap();
        assert_eq!(root.app_path("/invoices"), "/invoices");
        let under = parse(Layer::default(), &[], "/console/billing/").unwrap();
        assert_eq!(
            under.app_path("/invoices/inv_1"),
            "/console/billing/invoices/inv_1"
        );
        assert_eq!(under.app_path("payments"), "/console/billing/payments");
    }

    #[test]
    fn base_paths_normalize() {
        assert_eq!(normalize_base_path("/"), "");
        assert_eq!(normalize_base_path(""), "");
        assert_eq!(normalize_base_path("console/billing/"), "/console/billing");
        assert_eq!(normalize_base_path("/a//"), "/a");
    }
}
