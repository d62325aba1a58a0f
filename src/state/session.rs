use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::config::Config;
use super::host::{self, HostEvent};
use crate::api::demo::{DemoApi, DemoOptions};
use crate::api::http::HttpApi;
use billing_core::contract::Account;

use super::resource::{use_api_resource, ApiResource};
use crate::api::{Api, ApiError};

/// The host's configuration and the backend every page talks to.
#[derive(Clone)]
pub struct Session {
    pub config: Config,
    pub api: Api,
}

impl Session {
    pub fn is_demo(&self) -> bool {
        self.config.is_demo()
    }
}

/// The backend the configuration asks for: the API over HTTP, or without an API base (or
/// with `demo` set) the in-browser demo.
pub fn provide_session(config: Config) -> Session {
    let api: Api = match (&config.api_base, config.is_demo()) {
        (Some(base), false) => Arc::new(HttpApi::new(
            base,
            config.vault_base.as_deref(),
            config.token.clone(),
        )),
        _ => {
            // Not in a console's scope: its pages are none of the worker's business.
            if config.own_page {
                super::offline::keep_demo_offline(&config.base_path);
            }
            let query = host::query_pairs();
            let pairs = query.iter().map(|(k, v)| (k.as_str(), v.as_str()));
            Arc::new(DemoApi::new(DemoOptions::from_pairs(pairs)))
        }
    };
    let session = Session { config, api };
    provide_context(session.clone());
    session
}

thread_local! {
    static EXPIRY_TOLD: Cell<bool> = const { Cell::new(false) };
}

/// Tells the host, once, that its token was refused; every call that fails so after that
/// shows the same message, and the host decides how to sign the customer in again.
pub fn observe(error: &ApiError) {
    if error.is_session_expired() && !EXPIRY_TOLD.with(|told| told.replace(true)) {
        host::notify(HostEvent::SessionExpired, &JsValue::NULL);
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// Whether the signed-in customer may pay and change payment methods: false for a viewer,
/// and until the account is known, so that no action flashes into view for a viewer.
pub fn use_can_manage_billing() -> Signal<bool> {
    let account = use_account();
    Signal::derive(move || {
        account
            .get()
            .and_then(Result::ok)
            .is_some_and(|a| a.role.can_manage_billing())
    })
}

/// The account, loaded once for the whole portal.
pub fn use_account() -> ApiResource<Account> {
    expect_context::<ApiResource<Account>>()
}

/// Loads the account for [`use_account`]; called once, by the portal.
pub fn provide_account() -> ApiResource<Account> {
    let account = use_api_resource(|api| async move { api.account().await });
    provide_context(account);
    account
}
