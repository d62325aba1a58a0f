//! Application state shared through context: the host's configuration, the backend, and
//! the customer's saved preferences.

pub mod config;
pub mod host;
pub mod prefs;
mod resource;
mod session;

pub use resource::{use_api_resource, ApiResource};
pub use session::{provide_session, use_session};
