//! The demo opens without a network: a service worker (`sw.js`, beside the portal's files)
//! keeps the page, its script and WebAssembly, the styles and every language. Only the demo
//! registers it, and only where the page asks (`offline`): a console's own pages and its
//! API are none of the worker's business.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Registers the worker over the portal's files at `asset_base` (ending in `/`): the page
/// is kept too when it is served there, as the portal's page of its own is. Once the page
/// has loaded and the browser is idle: the worker downloads the whole app again to keep it,
/// which must not compete with the page's first load.
pub fn keep_demo_offline(asset_base: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let asset_base = asset_base.to_string();
    let when_idle = {
        let window = window.clone();
        move || {
            let register = Closure::once_into_js(move || register(&asset_base));
            let _ = window.request_idle_callback(register.unchecked_ref());
        }
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        when_idle();
    } else {
        let on_load = Closure::once_into_js(when_idle);
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "load",
            on_load.unchecked_ref(),
            &options,
        );
    }
}

fn register(asset_base: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .unwrap_or(JsValue::UNDEFINED);
    let register = Reflect::get(&container, &JsValue::from_str("register"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    // No service workers here (an insecure origin, some private modes): no offline demo.
    let Some(register) = register else {
        return;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"scope".into(), &JsValue::from_str(asset_base));
    let script = JsValue::from_str(&format!("{asset_base}sw.js"));
    if let Ok(registering) = register.call2(&container, &script, &options) {
        // A refusal only means no offline demo; unhandled, it would be a console error.
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
        let _ = registering.unchecked_into::<Promise>().catch(&ignore);
        ignore.forget();
    }
}
