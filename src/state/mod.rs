//! Application state shared through context: the host's configuration, the backend, and
//! the customer's saved preferences.

pub mod config;
pub mod host;
pub mod prefs;
mod session;

pub use session::{provide_session, use_api_resource, use_session};
