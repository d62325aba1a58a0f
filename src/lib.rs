//! billing-portal: the customer billing area of a cloud console.
//!
//! Layers, dependencies pointing down: pages → components → state, i18n → api → core
//! (the `billing-core` crate).

mod api;
mod app;
mod clock;
mod components;
pub mod crash;
pub mod embed;
pub mod i18n;
mod pages;
pub mod state;
