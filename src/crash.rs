//! The last line of defence: a panic replaces the portal with a translated panel and a way
//! to reload, never a blank page.
//!
//! After a panic the WebAssembly instance is unusable, so the panel is plain DOM made here,
//! in the active language's words kept ready beforehand, and reloading is a plain link.

use std::cell::RefCell;

use crate::state::host;

/// The panel's text in the active language, refreshed whenever the language changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrashText {
    pub title: String,
    pub body: String,
    pub reload: String,
}

impl Default for CrashText {
    fn default() -> Self {
        // Before any language has loaded: English, the compiled-in fallback.
        CrashText {
            title: "Something went wrong".into(),
            body: "The billing page stopped because of an error. Nothing was charged by it. Reload the page to continue.".into(),
            reload: "Reload".into(),
        }
    }
}

thread_local! {
    static TEXT: RefCell<CrashText> = RefCell::new(CrashText::default());
}

pub fn set_text(text: CrashText) {
    TEXT.with(|t| *t.borrow_mut() = text);
}

/// Shows the panel in place of the portal on any panic, after logging it for developers.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("billing-portal: {info}").into());
        if let Some(mount) = host::mount() {
            // In a console, the portal lives in the element's shadow root.
            let container: web_sys::Node = match mount.shadow_root() {
                Some(shadow) => shadow.into(),
                None => mount.into(),
            };
            TEXT.with(|t| show_panel(&container, &t.borrow()));
        }
    }));
}

/// Replaces the content of the portal's container with the panel.
pub fn show_panel(mount: &web_sys::Node, text: &CrashText) {
    let Some(document) = mount.owner_document() else {
        return;
    };
    let element = |tag: &str, class: &str, content: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        e.set_text_content(Some(content));
        Some(e)
    };
    let (Some(root), Some(panel), Some(title), Some(body), Some(reload)) = (
        element("div", "billing-portal", ""),
        element("div", "bp-panel bp-panel--error bp-crash", ""),
        element("h1", "bp-panel__title", &text.title),
        element("p", "", &text.body),
        element("a", "bp-button", &text.reload),
    ) else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    let href = mount
        .owner_document()
        .and_then(|d| d.url().ok())
        .unwrap_or_default();
    let _ = reload.set_attribute("href", &href);
    for child in [&title, &body, &reload] {
        let _ = panel.append_child(child);
    }
    let _ = root.append_child(&panel);
    mount.set_text_content(None);
    let _ = mount.append_child(&root);
}
