//! The `/api/v1` routes, one module per resource.

mod items;
mod methods;
mod payments;
mod profile;
mod reads;

use axum::extract::DefaultBodyLimit;
use axum::routing::any;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::guard::MAX_BODY_BYTES;
use crate::{ApiError, AppState};

/// The API's routes with their documentation: each `routes!` registers its handlers at the
/// path their `#[utoipa::path]` names and adds those operations to the document, so neither
/// can have one the other lacks.
pub fn api() -> OpenApiRouter<AppState> {
    // Every other path under /api is the API's too, so it answers behind the same guard.
    let unknown = || async { ApiError::not_found("resource") };
    OpenApiRouter::new()
        .routes(routes!(reads::account))
        .routes(routes!(reads::billing_summary))
        .routes(routes!(reads::invoices))
        .routes(routes!(reads::invoice))
        .routes(routes!(crate::pdf::download))
        .routes(routes!(reads::payment_methods, methods::add))
        .routes(routes!(methods::remove))
        .routes(routes!(methods::resolve))
        .routes(routes!(methods::set_default))
        .routes(routes!(methods::tokenize))
        .routes(routes!(reads::payments, payments::create))
        .routes(routes!(payments::get))
        .routes(routes!(crate::pdf::receipt))
        .routes(routes!(payments::confirm))
        .routes(routes!(payments::resolve))
        .routes(routes!(reads::billing_items))
        .routes(routes!(items::bulk))
        .routes(routes!(items::associate))
        .routes(routes!(items::dissociate))
        .routes(routes!(items::cancel))
        .routes(routes!(reads::devices))
        .routes(routes!(profile::get))
        .routes(routes!(profile::update_bill_to))
        .routes(routes!(profile::add_contact))
        .routes(routes!(profile::update_contact, profile::remove_contact))
        .route("/api", any(unknown))
        .route("/api/", any(unknown))
        .route("/api/{*rest}", any(unknown))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}

/// The query string as `(name, value)` pairs; `None` if it is not valid form encoding.
pub fn query_pairs(raw: Option<String>) -> Option<Vec<(String, String)>> {
    serde_urlencoded::from_str(raw.as_deref().unwrap_or_default()).ok()
}
