use std::sync::Arc;

use leptos::prelude::*;

use super::{ErrorPanel, Loading, TableSkeleton};
use crate::api::ApiError;
use crate::state::ApiResource;

type Render = Arc<dyn Fn() -> Option<Result<AnyView, ApiError>> + Send + Sync>;

/// Shows a resource: loading, then its view, or a translated error with a retry. While a new
/// query loads, the last answer stays shown.
#[component]
pub fn AsyncView<T, F, V>(resource: ApiResource<T>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let render: Render = Arc::new(move || resource.get().map(|r| r.map(|v| view(v).into_any())));
    view! { <Loaded render retry=Callback::new(move |()| resource.refetch()) table=false /> }
}

/// Shows a list's resource whose answers change the list in place: `view` is made once, from
/// the first answer, and follows every later one through its signal (its rows keyed, so
/// that a filter or a sort moves the rows it keeps rather than drawing them again). While a
/// new query loads, the last answer stays shown; a failure shows the error and its retry. A
/// table's skeleton stands in while the first answer loads.
#[component]
pub fn AsyncList<T, F, V>(resource: ApiResource<T>, view: F) -> impl IntoView
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
    F: Fn(Signal<T>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    // The last answer, read by reference: nothing copies a page to look at it.
    let value = Memo::new(move |previous: Option<&T>| match resource.get() {
        Some(Ok(value)) => value,
        _ => previous.cloned().unwrap_or_default(),
    });
    // Changes only between loading, shown and failed: not with each answer.
    let state = Memo::new(move |_| resource.status());
    let render: Render = Arc::new(move || {
        state
            .get()
            .map(|r| r.map(|()| view(value.into()).into_any()))
    });
    view! { <Loaded render retry=Callback::new(move |()| resource.refetch()) table=true /> }
}

/// The state switch, written once for every resource type: only the small closure above
/// is made per page, which keeps the WebAssembly small.
#[component]
fn Loaded(render: Render, retry: Callback<()>, table: bool) -> impl IntoView {
    move || match render() {
        None if table => TableSkeleton().into_any(),
        None => Loading().into_any(),
        Some(Ok(view)) => view,
        Some(Err(error)) => view! { <ErrorPanel error retry /> }.into_any(),
    }
}
