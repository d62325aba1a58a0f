//! Fault injection for tests, only when the server runs with `--faults`: a test arms faults
//! with `POST /__test/faults` and the next matching API requests suffer them, so the app's
//! handling of slow, failing, cut-off and garbled answers can be exercised in a browser.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

use crate::ApiError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    /// Answer after a delay.
    Latency,
    /// A 500 with the error envelope; the request is not handled.
    Error,
    /// The request is handled, then the connection is cut before the answer: the client
    /// cannot know whether it worked.
    Drop,
    /// A 200 whose body is not JSON; the request is not handled.
    Malformed,
    /// In a bulk action, the item `item_id` fails with a server error and is not changed,
    /// while the others are: the partial failure a retry of the failures recovers from.
    ItemError,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Fault {
    pub kind: FaultKind,
    /// Applies to requests whose path starts with this.
    pub path: String,
    /// Only this method, if given.
    #[serde(default)]
    pub method: Option<String>,
    /// How many requests suffer it.
    #[serde(default = "one")]
    pub times: u32,
    #[serde(default)]
    pub latency_ms: u64,
    /// The item an `item_error` fault hits.
    #[serde(default)]
    pub item_id: Option<String>,
}

fn one() -> u32 {
    1
}

#[derive(Clone, Default)]
pub struct Faults(Arc<Mutex<Vec<Fault>>>);

impl Faults {
    /// The next armed fault for this request, used up by one.
    fn take(&self, method: &str, path: &str) -> Option<Fault> {
        self.take_first(|f| {
            f.kind != FaultKind::ItemError
                && path.starts_with(&f.path)
                && f.method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
        })
    }

    /// Whether an armed `item_error` fault hits this item of a bulk action; it is used up
    /// by one if so.
    pub fn item_fails(&self, item_id: &str) -> bool {
        self.take_first(|f| f.kind == FaultKind::ItemError && f.item_id.as_deref() == Some(item_id))
            .is_some()
    }

    fn take_first(&self, matches: impl Fn(&Fault) -> bool) -> Option<Fault> {
        let mut faults = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let index = faults.iter().position(matches)?;
        let fault = faults[index].clone();
        faults[index].times = faults[index].times.saturating_sub(1);
        if faults[index].times == 0 {
            faults.remove(index);
        }
        Some(fault)
    }
}

/// `GET /__test/faults`: the faults still armed, with what is left of their `times`, so a
/// test can tell how many requests suffered them.
pub async fn armed(State(faults): State<Faults>) -> Json<Vec<Fault>> {
    Json(
        faults
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone(),
    )
}

/// `POST /__test/faults` arms one; `DELETE /__test/faults` disarms all. An `item_error`
/// needs the item it hits.
pub async fn arm(State(faults): State<Faults>, Json(fault): Json<Fault>) -> StatusCode {
    if fault.kind == FaultKind::ItemError && fault.item_id.is_none() {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    faults
        .0
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(fault);
    StatusCode::NO_CONTENT
}

pub async fn disarm(State(faults): State<Faults>) -> StatusCode {
    faults
        .0
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clear();
    StatusCode::NO_CONTENT
}

pub async fn inject(State(faults): State<Faults>, request: Request, next: Next) -> Response {
    let Some(fault) = faults.take(request.method().as_str(), request.uri().path()) else {
        return next.run(request).await;
    };
    match fault.kind {
        FaultKind::Latency => {
            tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
            next.run(request).await
        }
        // `take` never gives an ItemError: the bulk handler asks for those by item.
        FaultKind::Error | FaultKind::ItemError => {
            ApiError::internal("injected fault").into_response()
        }
        FaultKind::Malformed => (
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"items": [{"id": "#,
        )
            .into_response(),
        FaultKind::Drop => {
            let handled = next.run(request).await;
            // A body that fails makes the server abort the connection mid-answer.
            let broken = futures_util::stream::once(async {
                Err::<Bytes, std::io::Error>(std::io::Error::other("injected connection drop"))
            });
            (handled.status(), Body::from_stream(broken)).into_response()
        }
    }
}
