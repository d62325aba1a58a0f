use std::sync::Arc;

use leptos::prelude::*;

use super::config::{Config, ConfigError};
use super::host;
use crate::api::demo::{DemoApi, DemoOptions};
use crate::api::Api;

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

/// The backend the configuration asks for: without an API base, the in-browser demo.
/// An API base is refused until the HTTP client lands (issue 4), rather than answered with
/// demo data a real customer could mistake for their own.
pub fn provide_session(config: Config) -> Result<Session, ConfigError> {
    if let (Some(base), false) = (&config.api_base, config.is_demo()) {
        return Err(ConfigError::Value {
            field: "apiBase",
            value: base.clone(),
        });
    }
    let query = host::query_pairs();
    let options = DemoOptions::from_pairs(query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let api: Api = Arc::new(DemoApi::new(options));
    let session = Session { config, api };
    provide_context(session.clone());
    Ok(session)
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
