//! The portal inside a console's page: `billing-portal.js` defines the `<billing-portal>`
//! element, gives it a shadow root, loads this module once and calls [`mount`] for each
//! element it connects; disconnecting calls [`Portal::unmount`].

use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};

use crate::state::config::{Config, ConfigError};
use crate::state::host;
use crate::state::HostToken;
use crate::{app, crash};

/// One mounted portal. Dropping it (`free()` from JavaScript) unmounts it too.
#[wasm_bindgen]
pub struct Portal {
    owner: Option<Owner>,
    token: HostToken,
    attributes: host::LiveAttributes,
    base_path: String,
    view: Option<UnmountHandle<AnyViewState>>,
    root: HtmlElement,
    element: HtmlElement,
}

#[wasm_bindgen]
impl Portal {
    /// Removes the portal and everything it started: its DOM and listeners, then every
    /// signal, effect, resource and cleanup of its owner (which may outlive the view through
    /// a closure that still holds it). Safe to call twice.
    /// Replaces the bearer token (the element's `token` property was set): requests carry
    /// it from now on, and what failed for want of it is loaded again.
    pub fn set_token(&self, token: Option<String>) {
        self.token.set(token);
    }

    /// Shows the view at `path`, relative to the base path (`/invoices`).
    pub fn navigate(&self, path: &str) {
        host::navigate(&self.base_path, path);
    }

    /// An observed attribute (`locale`, `theme`) changed: the portal follows it in place.
    pub fn set_attribute(&self, name: &str, value: Option<String>) {
        self.attributes.set(name, value);
    }

    pub fn unmount(&mut self) {
        drop(self.view.take());
        if let Some(owner) = self.owner.take() {
            owner.cleanup();
        }
        self.root.remove();
        host::forget_mount(&self.element);
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// Renders the portal into `shadow`, the shadow root of `element` (a `<billing-portal>`),
/// configured by the element's attributes and its `token` property; its files
/// (translations) are at `asset_base`.
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
    let mounted = mount_portal(root.clone(), element.clone(), config);
    Ok(Portal {
        owner: Some(mounted.owner),
        token: mounted.token,
        attributes: mounted.attributes,
        base_path: mounted.base_path,
        view: Some(mounted.view),
        root,
        element,
    })
}

/// A portal rendered under an owner of its own, with what its host drives it by.
pub struct Mounted {
    pub owner: Owner,
    pub view: UnmountHandle<AnyViewState>,
    pub token: HostToken,
    pub attributes: host::LiveAttributes,
    /// Where its routes live (`""` when the configuration was refused).
    pub base_path: String,
}

/// Renders the portal into `container`, for the host `element` (where its events go): on a
/// page of its own both are the mount element; in a console, a node of the element's shadow
/// root and the element.
pub fn mount_portal(
    container: HtmlElement,
    element: HtmlElement,
    config: Result<Config, ConfigError>,
) -> Mounted {
    host::set_mount(element);
    crash::install();
    let base_path = config
        .as_ref()
        .map(|c| c.base_path.clone())
        .unwrap_or_default();
    let owner = Owner::new();
    let token = owner.with(HostToken::default);
    let attributes = owner.with(host::LiveAttributes::default);
    let view = owner.with(|| {
        provide_context(token);
        provide_context(attributes);
        mount_to(container, move || {
            app::App(app::AppProps { config }).into_any()
        })
    });
    Mounted {
        owner,
        view,
        token,
        attributes,
        base_path,
    }
}
