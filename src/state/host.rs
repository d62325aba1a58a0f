//! The portal and the page it lives in: the `<billing-portal>` element that configures it
//! and hears its events, the page's `?lang=` parameter and the browser's languages.

use std::cell::RefCell;

use js_sys::Object;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, HtmlElement, ShadowRoot};

use billing_core::lang::Lang;
use leptos::prelude::*;

use super::config::{self, Config, ConfigError, Theme};

thread_local! {
    /// In a frame, the parent origins events are posted to (see `frame`): one per window.
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

/// What the portal tells the host console (see [`Host::notify`]).
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
    /// The monthly payment method needs the customer: `{ reason }` (`expiring`, `expired`,
    /// `declined`, `pending_validation`), for the host to badge its menu.
    Attention,
}

impl HostEvent {
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::SessionExpired => "billing-portal:session-expired",
            HostEvent::PaymentSucceeded => "billing-portal:payment-succeeded",
            HostEvent::Navigate => "billing-portal:navigate",
            HostEvent::LocaleChanged => "billing-portal:locale-changed",
            HostEvent::Attention => "billing-portal:attention",
        }
    }
}

/// The `<billing-portal>` element a portal renders for, in the portal's context: where its
/// events go and, through its shadow root, where its elements are found. Each element on a
/// page has its own.
#[derive(Clone, Copy)]
pub struct Host(StoredValue<SendWrapper<HtmlElement>>);

impl Host {
    pub fn new(element: HtmlElement) -> Host {
        Host(StoredValue::new(SendWrapper::new(element)))
    }

    /// The element, while its portal is mounted.
    pub fn element(&self) -> Option<HtmlElement> {
        self.0.try_with_value(|e| HtmlElement::clone(e))
    }

    /// Tells the host: a `billing-portal:<name>` event on the element that bubbles and leaves
    /// its shadow root, so the host may listen on the element or any ancestor; in a frame,
    /// a message to the parent too.
    pub fn notify(&self, event: HostEvent, detail: &JsValue) {
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(detail);
        let dom_event = CustomEvent::new_with_event_init_dict(event.name(), &init);
        if let (Some(element), Ok(dom_event)) = (self.element(), dom_event) {
            let _ = element.dispatch_event(&dom_event);
        }
        post_to_parent(event.name(), detail);
    }

    /// An event whose detail is an object of text fields.
    pub fn notify_with(&self, event: HostEvent, fields: &[(&str, &str)]) {
        let detail = Object::new();
        for (name, value) in fields {
            let _ = js_sys::Reflect::set(&detail, &(*name).into(), &(*value).into());
        }
        self.notify(event, &detail);
    }

    fn shadow(&self) -> Option<ShadowRoot> {
        self.element()?.shadow_root()
    }

    /// Moves focus to the portal's element with this id, if there is one (looked up in the
    /// element's shadow root, where the portal lives, not in the host's document).
    pub fn focus(&self, id: &str) {
        let element = self.shadow().and_then(|s| s.get_element_by_id(id));
        if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = element.focus();
        }
    }

    /// The element of the portal that has focus (the document's `activeElement` is the
    /// `<billing-portal>` element itself).
    pub fn active_element(&self) -> Option<web_sys::Element> {
        self.shadow()?.active_element()
    }
}

pub fn use_host() -> Host {
    expect_context::<Host>()
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

/// A `<billing-portal>` element's configuration: its attributes, its `token` property (which
/// outranks a `token` attribute), its files at `asset_base`.
pub fn read_element(
    element: &HtmlElement,
    asset_base: String,
    token: Option<String>,
) -> Result<Config, ConfigError> {
    let attributes = attributes(element);
    for name in config::unknown_attributes(&attributes) {
        let warning = format!("billing-portal: unknown attribute {name}, ignored");
        web_sys::console::warn_1(&warning.into());
    }
    let config = config::parse(&attributes)?;
    Ok(Config {
        token: token.or(config.token),
        asset_base,
        ..config
    })
}

/// The page URL's query parameters, in order.
pub fn query_pairs() -> Vec<(String, String)> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search_pairs(&search)
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
