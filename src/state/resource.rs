//! Data loaded from the backend, as resources that pages and components read reactively.

use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;

use leptos::prelude::*;

use super::session::{observe, use_session};
use crate::api::{Api, ApiError, ApiResult};

type Loaded = Arc<dyn Any + Send + Sync>;
type Fetch = Pin<Box<dyn Future<Output = ApiResult<Loaded>>>>;

/// A typed handle on a resource whose value is stored type-erased.
///
/// Every `LocalResource<T>` instantiates the reactive system's async machinery for its `T`
/// (about 3 KB of WebAssembly each); erasing the value keeps one copy for all resources.
pub struct ApiResource<T> {
    inner: LocalResource<ApiResult<Loaded>>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for ApiResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ApiResource<T> {}

impl<T: Clone + 'static> ApiResource<T> {
    /// `None` while loading; reactive.
    pub fn get(&self) -> Option<ApiResult<T>> {
        Self::typed(self.inner.get()?)
    }

    /// [`Self::get`] without subscribing: for event handlers.
    pub fn get_untracked(&self) -> Option<ApiResult<T>> {
        Self::typed(self.inner.get_untracked()?)
    }

    fn typed(result: ApiResult<Loaded>) -> Option<ApiResult<T>> {
        // Only `use_api_resource` makes the value, always a `T`; a mismatch cannot occur,
        // and would read as an unreadable answer rather than a crash.
        Some(result.and_then(|loaded| {
            loaded
                .downcast_ref::<T>()
                .cloned()
                .ok_or(ApiError::Malformed)
        }))
    }

    pub fn refetch(&self) {
        self.inner.refetch();
    }
}

/// A resource loaded from the backend, refetched when the signals `fetch` reads change:
/// `use_api_resource(|api| async move { api.account().await })`.
pub fn use_api_resource<T, Fut>(fetch: impl Fn(Api) -> Fut + 'static) -> ApiResource<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = ApiResult<T>> + 'static,
{
    let api = use_session().api;
    let fetcher: Box<dyn Fn() -> Fetch> = Box::new(move || {
        let future = fetch(api.clone());
        Box::pin(async move {
            let result = future.await;
            if let Err(error) = &result {
                observe(error);
            }
            result.map(|value| Arc::new(value) as Loaded)
        })
    });
    ApiResource {
        inner: LocalResource::new(fetcher),
        value: PhantomData,
    }
}
