//! The JSON API contract (`/api/v1`), as serde types shared by both ends.
//!
//! Enums that a newer server may extend deserialize unknown values to an explicit
//! `Unknown` variant, so one new status never fails a whole page.

mod account;
mod attempt;
mod billing_item;
pub mod date;
mod error;
mod invoice;
#[cfg(feature = "openapi")]
pub mod openapi;
mod paging;
mod params;
mod payment;
mod payment_method;
mod profile;
mod summary;
pub mod wire;

pub use account::*;
pub use attempt::*;
pub use billing_item::*;
pub use error::*;
pub use invoice::*;
pub use paging::*;
pub use params::{BadParam, ListQuery, Params, SortedQuery, Wire};
pub use payment::*;
pub use payment_method::*;
pub use profile::*;
pub use summary::*;
