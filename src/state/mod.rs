//! Application state shared through context: the host's configuration, the backend, and
//! the customer's saved preferences.

mod account;
pub mod config;
pub mod files;
pub mod frame;
pub mod host;
mod list_url;
mod location;
#[cfg(feature = "demo")]
mod offline;
pub mod pending;
pub mod prefs;
mod resource;
mod session;
mod summary;
mod task;

pub use account::{
    company_of, provide_account, use_account, use_billing_profile, use_can_manage_billing,
};
pub use list_url::{use_url_query, UrlQuery};
pub use location::{path_segment, provide_location, segment_text, use_location, History, Location};
pub use resource::{use_api_resource, ApiResource};
pub use session::{provide_session, use_session, HostToken, Session};
pub use summary::{provide_summary, use_attention, use_summary};
pub use task::{use_request, OnLeave, Request};
