//! The portal in an iframe, for a console that isolates it on another origin: it talks to
//! the parent by `postMessage`, with the allow-listed origins (the
//! `parent-origins` attribute) only.
//!
//! Out: every host event as `{ type: "billing-portal:navigate", detail }` (see
//! `host::notify`), and `billing-portal:height` `{ height }` whenever the content's height
//! changes, so the parent sizes the frame with no scrollbar inside. In:
//! `billing-portal:set-token` `{ token }`, `billing-portal:set-locale` `{ locale }` and
//! `billing-portal:navigate` `{ path }`. A message from any other origin, or from a window
//! other than the parent, is ignored.

use js_sys::Reflect;
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, MessageEvent, ResizeObserver};

use super::host::{self, LiveAttributes};
use super::location::{History, Location};
use super::HostToken;

/// Starts talking to the parent, if the portal is framed and some parent origin is allowed,
/// until the current owner is cleaned up (the portal unmounted).
pub fn listen(
    parents: &[String],
    location: Location,
    element: &HtmlElement,
    token: HostToken,
    attributes: LiveAttributes,
) {
    let (Some(window), Some(parent)) = (web_sys::window(), host::parent_window()) else {
        return;
    };
    // Compared as the browser writes origins (`https://console.example.com`, no default port
    // or path); a wildcard or an opaque origin is no parent to trust.
    let parents: Vec<String> = parents
        .iter()
        .filter_map(|p| web_sys::Url::new(p).ok())
        .map(|url| url.origin())
        .filter(|origin| origin != "null")
        .collect();
    if parents.is_empty() {
        return;
    }
    host::set_parents(parents.clone());
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let from_parent = event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &parent));
        if !from_parent || !parents.contains(&event.origin()) {
            return;
        }
        let data = event.data();
        let field = |name: &str| Reflect::get(&data, &name.into()).ok();
        let text = |name: &str| field(name).and_then(|v| v.as_string());
        match text("type").as_deref() {
            Some("billing-portal:set-token") => token.set(text("token")),
            Some("billing-portal:set-locale") => attributes.set("locale", text("locale")),
            Some("billing-portal:navigate") => {
                if let Some(path) = text("path") {
                    location.navigate(&path, History::Push);
                }
            }
            _ => {}
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    let observer = report_height(element);
    let listening = SendWrapper::new((window, on_message, observer));
    on_cleanup(move || {
        let (window, on_message, observer) = listening.take();
        let _ = window
            .remove_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        if let Some((observer, _on_resize)) = observer {
            observer.disconnect();
        }
    });
}

type HeightObserver = (ResizeObserver, Closure<dyn FnMut(JsValue)>);

/// Posts the page's height (the portal with the page's margins) now and whenever the
/// portal's height changes, until the observer is disconnected.
fn report_height(element: &HtmlElement) -> Option<HeightObserver> {
    let page = element.owner_document()?.document_element()?;
    let on_resize = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        let height = page.get_bounding_client_rect().height().ceil();
        let detail = js_sys::Object::new();
        let _ = Reflect::set(&detail, &"height".into(), &height.into());
        host::post_to_parent("billing-portal:height", &detail);
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some((observer, on_resize))
}
