//! What the host page tells the portal: its configuration, the document's base URL, the
//! `?lang=` parameter and the browser's languages.

use std::cell::RefCell;

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Document, HtmlElement};

use super::config::{self, Config, ConfigError, JsonValue, Layer};

thread_local! {
    static MOUNT: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
}

/// Remembers the element the portal renders into, for the crash panel and host events.
pub fn set_mount(mount: HtmlElement) {
    MOUNT.with(|m| *m.borrow_mut() = Some(mount));
}

pub fn mount() -> Option<HtmlElement> {
    MOUNT.with(|m| m.borrow().clone())
}

/// What the portal tells the host console: a `billing-portal:<name>` event on the mount
/// element that bubbles, so the host may listen on the element or any ancestor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// The bearer token was refused: the host should sign the customer in again.
    SessionExpired,
    /// A payment succeeded; the detail has its reference, amount, currency and invoice.
    PaymentSucceeded,
}

impl HostEvent {
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::SessionExpired => "billing-portal:session-expired",
            HostEvent::PaymentSucceeded => "billing-portal:payment-succeeded",
        }
    }
}

pub fn notify(event: HostEvent, detail: &JsValue) {
    let Some(mount) = mount() else {
        return;
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = mount.dispatch_event(&event);
    }
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The text of the JSON config element, if the host has one.
fn config_json() -> Option<String> {
    document()?
        .get_element_by_id(config::CONFIG_ELEMENT_ID)?
        .text_content()
}

/// The mount element's `data-*` attributes.
fn data_attributes(element: &HtmlElement) -> Vec<(String, String)> {
    let names = element.get_attribute_names();
    names
        .iter()
        .filter_map(|name| name.as_string())
        .filter_map(|name| {
            let value = element.get_attribute(&name)?;
            name.starts_with("data-").then_some((name, value))
        })
        .collect()
}

/// The JSON config element's settings; none when the host has no such element.
fn json_layer() -> Result<Layer, ConfigError> {
    let Some(text) = config_json().filter(|t| !t.trim().is_empty()) else {
        return Ok(Layer::default());
    };
    let value = JSON::parse(&text).map_err(|error| {
        let message = error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()));
        ConfigError::Json(message.unwrap_or_else(|| "not JSON".into()))
    })?;
    if !value.is_object() || Array::is_array(&value) {
        return Err(ConfigError::Json("expected an object".into()));
    }
    let entries = Object::entries(value.unchecked_ref::<Object>())
        .iter()
        .filter_map(|entry| {
            let pair = Array::from(&entry);
            Some((pair.get(0).as_string()?, json_value(pair.get(1))))
        })
        .collect();
    Layer::from_json(entries)
}

fn json_value(value: JsValue) -> JsonValue {
    match (value.as_string(), value.as_bool()) {
        (Some(text), _) => JsonValue::Text(text),
        (_, Some(flag)) => JsonValue::Bool(flag),
        _ => JsonValue::Other,
    }
}

/// The path of `document.baseURI`: `/console/billing/` when the page has that `<base>`.
fn document_base_path() -> String {
    document()
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".into())
}

/// The element the portal renders into, and the configuration the host gave it.
pub fn read() -> Option<(HtmlElement, Result<Config, ConfigError>)> {
    let layer = json_layer();
    let mount_id = layer
        .as_ref()
        .map(Layer::mount_id)
        .unwrap_or_else(|_| config::DEFAULT_MOUNT_ID.into());
    let document = document()?;
    let mount = document
        .get_element_by_id(&mount_id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .or_else(|| document.body())?;
    let parsed = layer
        .and_then(|layer| config::parse(layer, &data_attributes(&mount), &document_base_path()));
    Some((mount, parsed))
}

/// The page URL's query parameters, in order.
pub fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search_pairs(&search)
}

/// The page URL's path, base path included.
pub fn pathname() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// A query string's parameters (`?a=1&b=2`), in order, as the browser decodes them.
pub fn search_pairs(search: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(search) else {
        return Vec::new();
    };
    js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry.ok()?);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The `lang` query parameter of the page's URL.
pub fn query_lang() -> Option<String> {
    query_pairs()
        .into_iter()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v)
}

/// `navigator.languages`, most preferred first.
pub fn navigator_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default()
}
