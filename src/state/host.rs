//! What the host page tells the portal: its configuration, the document's base URL, the
//! `?lang=` parameter and the browser's languages.

use std::cell::RefCell;

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Document, HtmlElement};

use billing_core::lang::Lang;
use leptos::prelude::*;

use super::config::{self, Config, ConfigError, JsonValue, Layer, Theme};

thread_local! {
    static MOUNT: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
    /// In a frame, the parent origins events are posted to (see `frame`).
    static PARENTS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The parent origins that host events are also posted to, when the portal is framed.
pub fn set_parents(origins: Vec<String>) {
    PARENTS.with(|p| *p.borrow_mut() = origins);
}

/// The window framing this one, if the portal is in a frame.
pub fn parent_window() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Posts `{ type: name, detail }` to the parent, to each allowed origin (the browser drops
/// it unless the parent is that origin).
pub fn post_to_parent(name: &str, detail: &JsValue) {
    let Some(parent) = parent_window() else {
        return;
    };
    let message = Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &name.into());
    let _ = js_sys::Reflect::set(&message, &"detail".into(), detail);
    PARENTS.with(|origins| {
        for origin in origins.borrow().iter() {
            let _ = parent.post_message(&message, origin);
        }
    });
}

/// Shows the portal's view at `path` (relative to `base_path`), as a link in it would.
pub fn navigate(base_path: &str, path: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = format!("{base_path}/{}", path.trim_start_matches('/'));
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
        // The router follows the location on popstate, as after Back.
        if let Ok(event) = web_sys::PopStateEvent::new("popstate") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Remembers the element the portal renders into, for the crash panel and host events.
pub fn set_mount(mount: HtmlElement) {
    MOUNT.with(|m| *m.borrow_mut() = Some(mount));
}

pub fn mount() -> Option<HtmlElement> {
    MOUNT.with(|m| m.borrow().clone())
}

/// Forgets the mount element, if it is `element` (which is being unmounted).
pub fn forget_mount(element: &HtmlElement) {
    MOUNT.with(|m| {
        let mut mount = m.borrow_mut();
        if mount.as_ref() == Some(element) {
            *mount = None;
        }
    });
}

/// Whether the page defines the `<billing-portal>` element (`billing-portal.js` does).
pub fn element_defined() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let registry =
        js_sys::Reflect::get(&window, &"customElements".into()).unwrap_or(JsValue::UNDEFINED);
    let get = js_sys::Reflect::get(&registry, &"get".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    get.and_then(|get| get.call1(&registry, &"billing-portal".into()).ok())
        .is_some_and(|defined| !defined.is_undefined())
}

/// What the portal tells the host console: a `billing-portal:<name>` event on the mount
/// element (the `<billing-portal>` element in a console) that bubbles and leaves a shadow
/// root, so the host may listen on the element or any ancestor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// The bearer token was refused: the host should sign the customer in again.
    SessionExpired,
    /// A payment succeeded; the detail has its reference, amount, currency and invoice.
    PaymentSucceeded,
    /// The portal shows another view: `{ path, title }`, the path relative to the base path
    /// and the view's name in the customer's language, for the host's breadcrumb and title.
    Navigate,
    /// The customer's language changed: `{ locale }`.
    LocaleChanged,
}

impl HostEvent {
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::SessionExpired => "billing-portal:session-expired",
            HostEvent::PaymentSucceeded => "billing-portal:payment-succeeded",
            HostEvent::Navigate => "billing-portal:navigate",
            HostEvent::LocaleChanged => "billing-portal:locale-changed",
        }
    }
}

pub fn notify(event: HostEvent, detail: &JsValue) {
    let Some(mount) = mount() else {
        return;
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(dom_event) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = mount.dispatch_event(&dom_event);
    }
    post_to_parent(event.name(), detail);
}

/// An event whose detail is an object of text fields.
pub fn notify_with(event: HostEvent, fields: &[(&str, &str)]) {
    let detail = Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &(*name).into(), &(*value).into());
    }
    notify(event, &detail);
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

/// An element's attributes, as `(name, value)`.
fn attributes(element: &HtmlElement) -> Vec<(String, String)> {
    let names = element.get_attribute_names();
    names
        .iter()
        .filter_map(|name| name.as_string())
        .filter_map(|name| Some((name.clone(), element.get_attribute(&name)?)))
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

/// On a page of the portal's own: the element the portal renders into, and the
/// configuration the page gave it. `None` on a page without one (a console that loads the
/// portal's script for its `<billing-portal>` elements).
pub fn read() -> Option<(HtmlElement, Result<Config, ConfigError>)> {
    let layer = json_layer();
    let mount_id = layer
        .as_ref()
        .map(Layer::mount_id)
        .unwrap_or_else(|_| config::DEFAULT_MOUNT_ID.into());
    let mount = document()?
        .get_element_by_id(&mount_id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())?;
    let parsed =
        layer.and_then(|layer| config::parse(layer, &attributes(&mount), &document_base_path()));
    Some((mount, parsed))
}

/// A `<billing-portal>` element's configuration: its attributes, its `token` property (which
/// outranks a `token` attribute), its files at `asset_base`, its routes at `/` unless it
/// says otherwise (the host page's `<base>` is the host's).
pub fn read_element(
    element: &HtmlElement,
    asset_base: String,
    token: Option<String>,
) -> Result<Config, ConfigError> {
    let config = config::parse(Layer::default(), &attributes(element), "/")?;
    Ok(Config {
        token: token.or(config.token),
        asset_base,
        own_page: false,
        ..config
    })
}

/// The node the portal's elements are found under: the `<billing-portal>` element's shadow
/// root in a console, else the document.
fn root() -> Option<web_sys::Node> {
    let mount = mount()?;
    match mount.shadow_root() {
        Some(shadow) => Some(shadow.into()),
        None => mount.owner_document().map(Into::into),
    }
}

/// An element of the portal by id (ids are looked up where the portal lives, not only in the
/// host's document).
fn element_by_id(id: &str) -> Option<web_sys::Element> {
    let root = root()?;
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root.dyn_ref::<Document>()?.get_element_by_id(id),
    }
}

/// Moves focus to the portal's element with this id, if there is one.
pub fn focus(id: &str) {
    let element = element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// The element of the portal that has focus (inside a shadow root, the document's
/// `activeElement` is the host element).
pub fn active_element() -> Option<web_sys::Element> {
    let root = root()?;
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root.dyn_ref::<Document>()?.active_element(),
    }
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

/// A `<billing-portal>` element's `locale` and `theme` attributes as they change after it
/// mounted: the portal follows them in place, keeping what the customer typed.
#[derive(Clone, Copy)]
pub struct LiveAttributes {
    pub locale: RwSignal<Option<Lang>>,
    pub theme: RwSignal<Option<Theme>>,
}

impl Default for LiveAttributes {
    fn default() -> LiveAttributes {
        LiveAttributes {
            locale: RwSignal::new(None),
            theme: RwSignal::new(None),
        }
    }
}

impl LiveAttributes {
    /// The attribute's new value; one outside its set (an unknown language or theme) is
    /// ignored, and the portal keeps what it shows.
    pub fn set(&self, name: &str, value: Option<String>) {
        let value = value.unwrap_or_default();
        match name {
            "locale" => {
                if let Some(lang) = Lang::from_tag(&value) {
                    self.locale.try_set(Some(lang));
                }
            }
            "theme" => {
                if let Some(theme) =
                    Theme::from_name(if value.is_empty() { "auto" } else { &value })
                {
                    self.theme.try_set(Some(theme));
                }
            }
            _ => {}
        }
    }
}
