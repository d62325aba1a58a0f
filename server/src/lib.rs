//! The reference implementation of the billing-portal API: the contract of `billing-core`
//! over HTTP, with the data in SQLite, for development and end-to-end tests.

mod app_files;
pub mod config;
pub mod conformance;
pub mod db;
mod error;
mod faults;
mod guard;
mod idempotency;
mod json;
pub mod log;
pub mod openapi;
mod pdf;
mod rate;
mod routes;
mod store;

use std::sync::Arc;

use axum::http::{header, Extensions, HeaderMap, HeaderValue, StatusCode, Version};
use axum::routing::get;
use axum::Router;
use billing_core::contract::Role;
use rusqlite::Connection;
use store::Store;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

pub use config::ServerConfig;
pub use error::{ApiError, ApiResult};

#[derive(Clone)]
pub struct AppState {
    db: Arc<Store>,
    /// The invoice and receipt PDFs' messages and fonts.
    documents: Arc<pdf::Kit>,
    /// Armed by tests when the server runs with `--faults`.
    faults: Option<faults::Faults>,
    /// With `--rate-limit`.
    limit: Option<Arc<rate::RateLimit>>,
}

impl AppState {
    /// Opens (and on first use seeds) the database the configuration names.
    pub fn open(config: &ServerConfig) -> ApiResult<AppState> {
        let store = Store::open(config.db.as_deref(), || {
            billing_core::seed::generate(config.invoices, config.items)
        })?;
        let documents = pdf::Kit {
            bundles: pdf::Bundles::load().map_err(ApiError::internal)?,
            fonts: pdf::Fonts::new(&config.font_dir),
        };
        Ok(AppState {
            db: Arc::new(store),
            documents: Arc::new(documents),
            faults: None,
            limit: config.rate_limit.map(|n| Arc::new(rate::RateLimit::new(n))),
        })
    }

    /// Runs `work` on the one writer connection, off the async threads.
    async fn write<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> ApiResult<T> + Send + 'static,
    ) -> ApiResult<T> {
        self.db.write(work).await
    }

    /// Runs `work`, which only reads, on one of the read connections, off the async threads.
    async fn read<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Connection) -> ApiResult<T> + Send + 'static,
    ) -> ApiResult<T> {
        self.db.read(work).await
    }

    /// The role of the caller with `token`; 401 for a token nobody has.
    async fn role(&self, token: String) -> ApiResult<Role> {
        self.read(move |conn| db::role_of(conn, &token))
            .await?
            .ok_or_else(ApiError::unauthorized)
    }

    /// Counts a request of `token` against `--rate-limit`; 429 over it.
    fn admit(&self, token: &str) -> ApiResult<()> {
        match &self.limit {
            Some(limit) => limit
                .take(token, std::time::Instant::now())
                .map_err(|wait| ApiError::rate_limited(rate::retry_after(wait))),
            None => Ok(()),
        }
    }

    /// Whether an armed fault makes this item of a bulk action fail.
    fn item_fails(&self, item_id: &str) -> bool {
        self.faults.as_ref().is_some_and(|f| f.item_fails(item_id))
    }
}

/// The API behind its guard (token first, errors in the envelope), with fault injection when
/// the configuration enables it, and the built app for every other path when it names one.
pub fn router(mut state: AppState, config: &ServerConfig) -> Result<Router, String> {
    config.check()?;
    let faults = config.faults.then(faults::Faults::default);
    state.faults = faults.clone();
    let (api, _) = routes::api().split_for_parts();
    let mut router = api
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::api,
        ))
        // Outside the guard, which reads the answers it puts in the envelope.
        .layer(CompressionLayer::new().compress_when(DefaultPredicate::new().and(is_json)))
        .with_state(state);
    if let Some(faults) = faults {
        router = router
            .layer(axum::middleware::from_fn_with_state(
                faults.clone(),
                faults::inject,
            ))
            .merge(
                Router::new()
                    .route(
                        "/__test/faults",
                        get(faults::armed).post(faults::arm).delete(faults::disarm),
                    )
                    .with_state(faults),
            );
    }
    // Every path outside the API and the app is 404, without the API's guard: a fallback
    // set before the layers above would be behind them.
    let not_found = || async { StatusCode::NOT_FOUND };
    let router = match &config.dist {
        Some(dist) => {
            let page = app_files::PageConfig {
                base_path: &config.base_path,
                token: &config.app_token,
                frame_ancestors: &config.frame_ancestors,
            };
            let app = app_files::service(dist, &page)?;
            match config.base_path.trim_end_matches('/') {
                "" => router.fallback_service(app),
                // A base path's segment may begin with `:` or `*`: text here, not a capture.
                prefix => router
                    .without_v07_checks()
                    .nest_service(prefix, app)
                    .fallback(not_found),
            }
        }
        None => router.fallback(not_found),
    };
    // No answer is read as another type than it says it is: an error's text is never run
    // as script, a JSON answer never rendered as a page.
    let nosniff = SetResponseHeaderLayer::overriding(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(router.layer(nosniff).layer(log::requests()))
}

/// Whether an answer is JSON, the answers of the API worth compressing (not its PDF).
fn is_json(_: StatusCode, _: Version, headers: &HeaderMap, _: &Extensions) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"))
}

/// Serves until the process is stopped, after printing the address it listens on (so
/// `--addr 127.0.0.1:0` can pick a free port).
pub async fn serve(config: ServerConfig) -> Result<(), String> {
    let state = AppState::open(&config).map_err(|e| e.body.message)?;
    let router = router(state, &config)?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // Not a log line: scripts and tests read the address from it, whatever `RUST_LOG` says.
    eprintln!("billing-server listening on http://{addr}");
    axum::serve(listener, router)
        .with_graceful_shutdown(stop_requested())
        .await
        .map_err(|e| e.to_string())
}

/// Ctrl-C or SIGTERM: the server then finishes its requests and stops, dropping its state,
/// which removes a temporary database.
async fn stop_requested() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
