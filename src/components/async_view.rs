use std::sync::Arc;

use leptos::prelude::*;

use super::{ErrorPanel, Loading};
use crate::api::ApiError;
use crate::state::ApiResource;

type Render = Arc<dyn Fn() -> Option<Result<AnyView, ApiError>> + Send + Sync>;

/// Shows a resource: loading, then its view, or a translated error with a retry.
#[component]
pub fn AsyncView<T, F, V>(resource: ApiResource<T>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let render: Render = Arc::new(move || resource.get().map(|r| r.map(|v| view(v).into_any())));
    view! { <Loaded render retry=Callback::new(move |()| resource.refetch()) /> }
}

/// The state switch, written once for every resource type: only the small closure above
/// is made per page, which keeps the WebAssembly small.
#[component]
fn Loaded(render: Render, retry: Callback<()>) -> impl IntoView {
    move || match render() {
        None => Loading().into_any(),
        Some(Ok(view)) => view,
        Some(Err(error)) => view! { <ErrorPanel error retry /> }.into_any(),
    }
}
