//! The last line of defence: a panic replaces the portal with a translated panel and a way
//! to reload, never a blank page.
//!
//! After a panic the WebAssembly instance is unusable, so the panel is plain DOM made here,
//! in the active language's words kept ready beforehand, and reloading is a plain link.

use std::cell::RefCell;

use web_sys::HtmlElement;

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
    /// The `<billing-portal>` elements of the page, each with its panel's text.
    static LIVE: RefCell<Vec<(HtmlElement, CrashText)>> = const { RefCell::new(Vec::new()) };
}

/// A portal was mounted for `element`: a panic shows the panel there.
pub fn watch(element: &HtmlElement) {
    LIVE.with(|live| {
        live.borrow_mut()
            .push((element.clone(), CrashText::default()))
    });
}

/// The portal of `element` was unmounted.
pub fn forget(element: &HtmlElement) {
    LIVE.with(|live| live.borrow_mut().retain(|(e, _)| e != element));
}

/// The panel's text for `element`'s portal, in its language.
pub fn set_text(element: &HtmlElement, text: CrashText) {
    LIVE.with(|live| {
        if let Some((_, kept)) = live.borrow_mut().iter_mut().find(|(e, _)| e == element) {
            *kept = text;
        }
    });
}

/// Shows the panel in place of every portal of the page on any panic, after logging it for
/// developers: the panic ended the one WebAssembly instance they all run in.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("billing-portal: {info}").into());
        LIVE.with(|live| {
            // Not borrowed mutably anywhere a panic can start: the entries only change in
            // the calls above, which do not panic.
            if let Ok(live) = live.try_borrow() {
                for (element, text) in live.iter() {
                    if let Some(shadow) = element.shadow_root() {
                        show_panel(&shadow, text);
                    }
                }
            }
        });
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
