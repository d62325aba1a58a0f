//! The billing domain shared by the app (compiled to WebAssembly) and the reference server.
//!
//! Everything here is plain Rust: no browser, no framework, no floats on a money path, and
//! no panics on input. The UI maps the stable codes returned here to Fluent messages, so
//! nothing in this crate produces user-facing text.

pub mod address;
pub mod attention;
pub mod card;
pub mod contract;
pub mod export;
pub mod fields;
pub mod invoice;
pub mod items;
pub mod lang;
pub mod ledger;
pub mod listing;
pub mod money;
pub mod profile;
mod text;
pub mod validation;
pub mod wallet;
pub mod zip;

pub mod seed;
pub mod summary;
pub mod tax_id;

pub use money::{Currency, Money};
