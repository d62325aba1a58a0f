//! The portal in a page: `billing-portal.js` defines the `<billing-portal>` element, gives
//! it a shadow root, loads this module once and calls [`mount`] for each element it
//! connects; disconnecting calls [`Portal::unmount`]. The portal's page of its own is such
//! a page too.

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};

use crate::state::host::{self, Host, LiveAttributes};
use crate::state::{frame, provide_location, History, HostToken, Location};
use crate::{app, crash};

/// One mounted portal. Dropping it (`free()` from JavaScript) unmounts it too.
#[wasm_bindgen]
pub struct Portal {
    owner: Option<Owner>,
    token: HostToken,
    attributes: LiveAttributes,
    /// `None` when the configuration was refused: there is nowhere to go.
    location: Option<Location>,
    view: Option<UnmountHandle<AnyViewState>>,
    root: HtmlElement,
    element: HtmlElement,
}

#[wasm_bindgen]
impl Portal {
    /// Replaces the bearer token (the element's `token` property was set): requests carry
    /// it from now on, and what failed for want of it is loaded again.
    pub fn set_token(&self, token: Option<String>) {
        self.token.set(token);
    }

    /// Shows the view at `path`, relative to the base path (`/invoices`).
    pub fn navigate(&self, path: &str) {
        if let Some(location) = self.location {
            location.navigate(path, History::Push);
        }
    }

    /// An observed attribute (`locale`, `theme`) changed: the portal follows it in place.
    pub fn set_attribute(&self, name: &str, value: Option<String>) {
        self.attributes.set(name, value);
    }

    /// Removes the portal and everything it started: its DOM and listeners, then every
    /// signal, effect, resource and cleanup of its owner (which may outlive the view through
    /// a closure that still holds it). Safe to call twice.
    pub fn unmount(&mut self) {
        self.location = None;
        drop(self.view.take());
        if let Some(owner) = self.owner.take() {
            owner.cleanup();
        }
        self.root.remove();
        crash::forget(&self.element);
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// Renders the portal into `shadow`, the shadow root of `element` (a `<billing-portal>`),
/// configured by the element's attributes and its `token` property; its files
/// (translations, the offline worker) are at `asset_base`.
#[wasm_bindgen]
pub fn mount(
    shadow: ShadowRoot,
    element: HtmlElement,
    asset_base: String,
    token: Option<String>,
) -> Result<Portal, JsValue> {
    let document = element.owner_document().ok_or("no document")?;
    let root: HtmlElement = document.create_element("div")?.unchecked_into();
    shadow.append_child(&root)?;
    let config = host::read_element(&element, asset_base, token);
    crash::watch(&element);
    let owner = Owner::new();
    let token = owner.with(HostToken::default);
    let attributes = owner.with(LiveAttributes::default);
    let location = config
        .as_ref()
        .ok()
        .map(|c| owner.with(|| provide_location(c.base_path.clone(), c.routing)));
    if let (Ok(config), Some(location)) = (&config, location) {
        owner.with(|| {
            frame::listen(
                &config.parent_origins,
                location,
                &element,
                token,
                attributes,
            )
        });
    }
    let view = owner.with(|| {
        provide_context(Host::new(element.clone()));
        provide_context(token);
        provide_context(attributes);
        mount_to(root.clone(), move || {
            app::App(app::AppProps { config }).into_any()
        })
    });
    Ok(Portal {
        owner: Some(owner),
        token,
        attributes,
        location,
        view: Some(view),
        root,
        element,
    })
}
