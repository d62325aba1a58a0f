//! A download made of many requests (every page of a list, then a PDF per invoice): its
//! progress as it goes, a Cancel that stops it, and what became of it.

use std::future::Future;

use billing_core::contract::{Page, MAX_PAGE_SIZE};
use leptos::prelude::*;

use crate::api::{Api, ApiError, ApiResult};
use crate::components::ErrorPanel;
use crate::i18n::use_i18n;
use crate::state::{files, use_request, OnLeave, Request};

/// How far a download has got: `done` of `total`, in the step `message_id` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub message_id: &'static str,
    pub done: u64,
    pub total: u64,
}

/// A file made, ready to save.
pub struct Made {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// Why a download was not made.
#[derive(Clone, Debug)]
pub enum ExportError {
    Api(ApiError),
    /// More than one ZIP file holds.
    TooLarge,
}

impl From<ApiError> for ExportError {
    fn from(error: ApiError) -> ExportError {
        ExportError::Api(error)
    }
}

/// What became of the last download.
#[derive(Clone, Debug)]
enum Outcome {
    Saved(String),
    Cancelled,
    Failed(ExportError),
}

/// A download's run; see [`use_export`].
pub struct Export<I: 'static> {
    request: Request<I>,
    progress: RwSignal<Option<Progress>>,
    outcome: RwSignal<Option<Outcome>>,
}

impl<I: 'static> Clone for Export<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static> Copy for Export<I> {}

impl<I: Clone + 'static> Export<I> {
    pub fn start(&self, input: I) {
        self.outcome.set(None);
        self.request.dispatch(input);
    }

    pub fn running(&self) -> bool {
        self.progress.get().is_some()
    }
}

/// A download that `make` produces from its input, telling its progress as it goes; it is
/// stopped by Cancel or by leaving the view, and its file saved when made.
pub fn use_export<I, Fut>(
    make: impl Fn(Api, I, RwSignal<Option<Progress>>) -> Fut + 'static,
) -> Export<I>
where
    I: Clone + 'static,
    Fut: Future<Output = Result<Made, ExportError>> + 'static,
{
    let progress = RwSignal::new(None::<Progress>);
    let outcome = RwSignal::new(None::<Outcome>);
    let request = use_request(
        OnLeave::Abort,
        move |api: Api, input: I| {
            progress.set(Some(Progress {
                message_id: "export-starting",
                done: 0,
                total: 0,
            }));
            make(api, input, progress)
        },
        move |result: Result<Made, ExportError>| {
            progress.set(None);
            outcome.set(Some(match result {
                Ok(made) => {
                    files::save(&made.name, made.mime, &made.bytes);
                    Outcome::Saved(made.name)
                }
                Err(error) => Outcome::Failed(error),
            }));
        },
    );
    Export {
        request,
        progress,
        outcome,
    }
}

/// Every item of a list, a page of the most the API gives at a time, counted into
/// `progress` under `message_id` as the pages come.
pub async fn every_page<T, Fut>(
    progress: RwSignal<Option<Progress>>,
    message_id: &'static str,
    fetch: impl Fn(Option<String>, u32) -> Fut,
) -> ApiResult<Vec<T>>
where
    Fut: Future<Output = ApiResult<Page<T>>>,
{
    let mut items = Vec::new();
    let mut cursor = None;
    loop {
        let page = fetch(cursor.clone(), MAX_PAGE_SIZE).await?;
        items.extend(page.items);
        progress.set(Some(Progress {
            message_id,
            done: items.len() as u64,
            total: page.total,
        }));
        match page.next_cursor {
            // A backend going round in circles would never end: its answer is not the
            // contract's.
            Some(next) if cursor.as_ref() == Some(&next) || items.len() as u64 > page.total => {
                return Err(ApiError::Malformed)
            }
            Some(next) => cursor = Some(next),
            None => return Ok(items),
        }
    }
}

/// The download's progress with its Cancel while it runs; then what became of it.
#[component]
pub fn ExportStatus<I: Clone + 'static>(export: Export<I>) -> impl IntoView {
    let i18n = use_i18n();
    let cancel = move |_| {
        export.request.abort();
        export.progress.set(None);
        export.outcome.set(Some(Outcome::Cancelled));
    };
    // Drawn once while it runs, its figures following: a Cancel drawn again at each step
    // would lose the keyboard's focus.
    let running = Memo::new(move |_| export.progress.with(Option::is_some));
    let words = move || {
        export.progress.get().map(|progress| {
            i18n.t_with(
                progress.message_id,
                &[
                    ("done", progress.done.into()),
                    ("total", progress.total.into()),
                ],
            )
        })
    };
    let figure = move |of: fn(Progress) -> u64| export.progress.get().map_or(0, of);
    let outcome = move || match export.outcome.get() {
        Some(Outcome::Saved(file)) => view! {
            <p role="status">{i18n.t_with("export-saved", &[("file", file.into())])}</p>
        }
        .into_any(),
        Some(Outcome::Cancelled) => {
            view! { <p role="status">{i18n.msg("export-cancelled")}</p> }.into_any()
        }
        Some(Outcome::Failed(ExportError::Api(error))) => view! { <ErrorPanel error /> }.into_any(),
        Some(Outcome::Failed(ExportError::TooLarge)) => view! {
            <p class="bp-panel bp-panel--error" role="alert">{i18n.msg("export-too-large")}</p>
        }
        .into_any(),
        None => ().into_any(),
    };
    view! {
        <Show when=move || running.get() fallback=outcome>
            <div class="bp-export-progress">
                <progress max=move || figure(|p| p.total).max(1) value=move || figure(|p| p.done)
                    aria-label=words></progress>
                <p role="status">{words}</p>
                <button type="button" class="bp-button bp-button--secondary" on:click=cancel>
                    {i18n.msg("export-cancel")}
                </button>
            </div>
        </Show>
    }
}
