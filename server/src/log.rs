//! The request log: for each request its method and path, then its status and latency, at
//! `info`. Nothing else of a request is written: no header (the bearer token), no query
//! string, no body (card numbers). `RUST_LOG` sets the level.

use axum::extract::Request;
use tower_http::classify::{ServerErrorsAsFailures, SharedClassifier};
use tower_http::trace::{DefaultOnRequest, DefaultOnResponse, TraceLayer};
use tower_http::LatencyUnit;
use tracing::{Level, Span, Subscriber};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

/// What the server logs of each request: see the module's documentation.
pub type RequestLog = TraceLayer<
    SharedClassifier<ServerErrorsAsFailures>,
    fn(&Request) -> Span,
    DefaultOnRequest,
    DefaultOnResponse,
>;

pub fn requests() -> RequestLog {
    TraceLayer::new_for_http()
        .make_span_with(request_span as fn(&Request) -> Span)
        .on_response(
            DefaultOnResponse::new()
                .level(Level::INFO)
                .latency_unit(LatencyUnit::Micros),
        )
}

/// The request's span: its method and its path without the query string. (tower-http's
/// default span holds the whole URI, and can hold the headers.) At the error level, so that
/// it is there whatever `RUST_LOG` lets through: a 5xx logged under `warn` still says which
/// request it was.
fn request_span(request: &Request) -> Span {
    tracing::error_span!(
        "request",
        method = %request.method(),
        path = %request.uri().path(),
    )
}

/// The level `RUST_LOG` asks for, `info` if it names none.
pub fn filter_from_env() -> EnvFilter {
    EnvFilter::builder()
        .with_default_directive(Level::INFO.into())
        .from_env_lossy()
}

/// The log as text lines to `writer`, with colours only if `ansi` (a terminal reads them).
pub fn subscriber<W>(filter: EnvFilter, writer: W, ansi: bool) -> impl Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(ansi)
        .finish()
}
