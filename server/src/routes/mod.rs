//! The `/api/v1` routes, one module per resource.

mod items;
mod methods;
mod payments;
mod reads;

use axum::extract::DefaultBodyLimit;
use axum::routing::{any, delete, get, post};
use axum::Router;

use crate::guard::MAX_BODY_BYTES;
use crate::{ApiError, AppState};

pub fn api() -> Router<AppState> {
    // Every other path under /api is the API's too, so it answers behind the same guard.
    let unknown = || async { ApiError::not_found("resource") };
    Router::new()
        .route("/api/v1/account", get(reads::account))
        .route("/api/v1/billing-summary", get(reads::billing_summary))
        .route("/api/v1/invoices", get(reads::invoices))
        .route("/api/v1/invoices/{id}", get(reads::invoice))
        .route("/api/v1/invoices/{id}/pdf", get(crate::pdf::download))
        .route(
            "/api/v1/payment-methods",
            get(reads::payment_methods).post(methods::add),
        )
        .route("/api/v1/payment-methods/{id}", delete(methods::remove))
        .route(
            "/api/v1/payment-methods/attempts/{key}/resolve",
            post(methods::resolve),
        )
        .route(
            "/api/v1/payment-methods/{id}/default",
            post(methods::set_default),
        )
        .route("/api/v1/card-tokens", post(methods::tokenize))
        .route(
            "/api/v1/payments",
            get(reads::payments).post(payments::create),
        )
        .route("/api/v1/payments/{id}", get(payments::get))
        .route("/api/v1/payments/{id}/confirm", post(payments::confirm))
        .route(
            "/api/v1/payments/attempts/{key}/resolve",
            post(payments::resolve),
        )
        .route("/api/v1/billing-items", get(reads::billing_items))
        .route("/api/v1/billing-items/bulk", post(items::bulk))
        .route(
            "/api/v1/billing-items/{id}/associate",
            post(items::associate),
        )
        .route(
            "/api/v1/billing-items/{id}/dissociate",
            post(items::dissociate),
        )
        .route("/api/v1/billing-items/{id}/cancel", post(items::cancel))
        .route("/api/v1/devices", get(reads::devices))
        .route("/api", any(unknown))
        .route("/api/", any(unknown))
        .route("/api/{*rest}", any(unknown))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}

/// The query string as `(name, value)` pairs; `None` if it is not valid form encoding.
pub fn query_pairs(raw: Option<String>) -> Option<Vec<(String, String)>> {
    serde_urlencoded::from_str(raw.as_deref().unwrap_or_default()).ok()
}
