use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::config::Config;
use super::host::{use_host, Host, HostEvent};
#[cfg(feature = "demo")]
use crate::api::demo::{DemoApi, DemoOptions};
#[cfg(feature = "http")]
use crate::api::http::HttpApi;
use crate::api::{Api, ApiError};

/// The host's configuration and the backend every page talks to.
#[derive(Clone)]
pub struct Session {
    pub config: Config,
    pub api: Api,
    /// Counts the tokens the host gave after the first: what failed is loaded again.
    pub renewals: RwSignal<u32>,
    /// Counts the demo's resets: everything is loaded again.
    pub resets: RwSignal<u32>,
    /// Whether the host was told that its token was refused, since it last gave one.
    expiry_told: StoredValue<bool>,
    host: Host,
}

impl Session {
    pub fn is_demo(&self) -> bool {
        self.config.is_demo()
    }

    /// **Reset demo**: the demo account as seeded, shown again everywhere.
    pub fn reset_demo(&self) {
        // The only backend of the demo's own build.
        #[cfg(feature = "demo")]
        #[allow(irrefutable_let_patterns)]
        if let Api::Demo(demo) = &self.api {
            demo.reset();
            // An unanswered attempt was made on the account now gone.
            super::pending::clear();
            self.resets.update(|n| *n += 1);
        }
    }

    /// Tells the host, once per token, that its token was refused; every call that fails so
    /// after that shows the same message, and the host decides how to sign the customer in
    /// again (it may then give a new token: [`HostToken`]). A refusal of a token the host has
    /// replaced since is old news.
    pub fn observe(&self, error: &ApiError) {
        let told = self.expiry_told.try_get_value().unwrap_or(true);
        if error.is_session_expired() && self.api.token_refused() && !told {
            self.expiry_told.set_value(true);
            self.host.notify(HostEvent::SessionExpired, &JsValue::NULL);
        }
    }
}

type Renew = Arc<dyn Fn(Option<String>) + Send + Sync>;

/// Where a `<billing-portal>` element's `token` property goes when the host sets it again:
/// the session takes it at once (not on a later tick), so that a request refused for the
/// old token and answered after the host renewed it is sent again with the new one.
#[derive(Clone, Copy)]
pub struct HostToken(StoredValue<Option<Renew>>);

impl Default for HostToken {
    fn default() -> HostToken {
        HostToken(StoredValue::new(None))
    }
}

impl HostToken {
    /// The host's new token; nothing before the session exists or after it is gone.
    pub fn set(&self, token: Option<String>) {
        if let Some(Some(renew)) = self.0.try_get_value() {
            renew(token);
        }
    }
}

/// The backend the configuration asks for: the API over HTTP, or without an API base (or
/// with `demo` set) the in-browser demo.
pub fn provide_session(config: Config) -> Session {
    let api = backend(&config);
    let session = Session {
        config,
        api,
        renewals: RwSignal::new(0),
        resets: RwSignal::new(0),
        expiry_told: StoredValue::new(false),
        host: use_host(),
    };
    if let Some(HostToken(renew)) = use_context::<HostToken>() {
        let session = session.clone();
        renew.set_value(Some(Arc::new(move |token| {
            // The same token again is no renewal: its refusal stands, and is not told again
            // (a host that answers every refusal with it would otherwise loop).
            if session.api.set_token(token) {
                session.expiry_told.set_value(false);
                session.renewals.update(|n| *n += 1);
            }
        })));
    }
    provide_context(session.clone());
    session
}

#[cfg(all(feature = "demo", feature = "http"))]
fn backend(config: &Config) -> Api {
    match (&config.api_base, config.is_demo()) {
        (Some(base), false) => http(base, config),
        _ => demo(config),
    }
}

// A build of one backend (the release builds one for each, and billing-portal.js loads the
// one the element asks for) is given no configuration of the other: `config::parse`
// refuses it.
#[cfg(not(feature = "http"))]
fn backend(config: &Config) -> Api {
    demo(config)
}

#[cfg(not(feature = "demo"))]
fn backend(config: &Config) -> Api {
    http(config.api_base.as_deref().unwrap_or_default(), config)
}

#[cfg(feature = "http")]
fn http(base: &str, config: &Config) -> Api {
    Api::Http(Arc::new(HttpApi::new(
        base,
        config.vault_base.as_deref(),
        config.token.clone(),
    )))
}

#[cfg(feature = "demo")]
fn demo(config: &Config) -> Api {
    // Only where the page asks: a console's scope is its own.
    if config.offline {
        super::offline::keep_demo_offline(&config.asset_base);
    }
    let query = super::host::query_pairs();
    let pairs = query.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    Api::Demo(Arc::new(DemoApi::new(DemoOptions::from_pairs(pairs))))
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
