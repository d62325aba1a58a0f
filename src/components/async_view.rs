use leptos::prelude::*;

use super::{ErrorPanel, Loading};
use crate::api::ApiResult;

/// Shows a resource: loading, then its view, or a translated error with a retry.
#[component]
pub fn AsyncView<T, F, V>(resource: LocalResource<ApiResult<T>>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    move || match resource.get() {
        None => Loading().into_any(),
        Some(Ok(value)) => view(value).into_any(),
        Some(Err(error)) => view! {
            <ErrorPanel error retry=Callback::new(move |()| resource.refetch()) />
        }
        .into_any(),
    }
}
