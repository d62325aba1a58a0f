//! The demo opens without a network: a service worker (`sw.js`, beside the portal's files)
//! keeps the page, its script and WebAssembly, the styles and every language. Only the demo
//! registers it, and only where the page asks (`offline`): a console's own pages and its
//! API are none of the worker's business.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::clock::sleep;

/// How long the customer leaves the page alone before the worker starts.
const QUIET_MS: f64 = 2_000.0;
/// What counts as the customer using the page.
const INPUT: [&str; 4] = ["pointerdown", "keydown", "wheel", "touchstart"];

/// Registers the worker over the portal's files at `asset_base` (ending in `/`): the page
/// is kept too when it is served there, as the portal's page of its own is. Only once the
/// page has loaded, the customer has left it alone for a moment and the browser is idle:
/// the worker's downloads, and the browser's copying of them into its cache, must compete
/// with neither the page's first load nor the customer's first clicks.
pub fn keep_demo_offline(asset_base: &str) {
    let asset_base = asset_base.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        loaded().await;
        quiet().await;
        idle().await;
        register(&asset_base);
    });
}

/// The page's `load` event, or at once if it has passed.
async fn loaded() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window
        .document()
        .is_some_and(|d| d.ready_state() == "complete")
    {
        return;
    }
    let promise = Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "load", &resolve, &options,
        );
    });
    let _ = JsFuture::from(promise).await;
}

/// Once no pointer, key or wheel has touched the page for [`QUIET_MS`].
async fn quiet() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let now = || js_sys::Date::now();
    let last = Rc::new(Cell::new(now()));
    let touched = Closure::<dyn Fn()>::new({
        let last = last.clone();
        move || last.set(now())
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    options.set_passive(true);
    for event in INPUT {
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            event,
            touched.as_ref().unchecked_ref(),
            &options,
        );
    }
    loop {
        let left = QUIET_MS - (now() - last.get());
        if left <= 0.0 {
            break;
        }
        sleep(left.ceil() as u32).await;
    }
    for event in INPUT {
        let _ = window.remove_event_listener_with_callback_and_bool(
            event,
            touched.as_ref().unchecked_ref(),
            true,
        );
    }
}

/// The browser's next idle period.
async fn idle() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = Promise::new(&mut |resolve, _| {
        if window.request_idle_callback(&resolve).is_err() {
            let _ = resolve.call0(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
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
