//! Data loaded from the backend, as resources that pages and components read reactively.

use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use super::session::use_session;
use crate::api::{Api, ApiError, ApiResult};

type Loaded = Arc<dyn Any + Send + Sync>;

/// How often a load refused for an old token is asked again with the host's new ones.
const RENEWED_TOKEN_TRIES: usize = 2;
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

    /// Loading (`None`), loaded or failed, without the value; reactive.
    pub fn status(&self) -> Option<ApiResult<()>> {
        self.inner.get().map(|result| result.map(|_| ()))
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

/// A resource loaded from the backend, refetched when the signals `fetch` reads change, and
/// when the demo is reset:
/// `use_api_resource(|api| async move { api.account().await })`.
pub fn use_api_resource<T, Fut>(fetch: impl Fn(Api) -> Fut + 'static) -> ApiResource<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = ApiResult<T>> + 'static,
{
    let session = use_session();
    let renewals = session.renewals;
    let fetch = Rc::new(fetch);
    let fetcher: Box<dyn Fn() -> Fetch> = Box::new(move || {
        session.resets.track();
        let future = fetch(session.api.clone());
        let (session, fetch) = (session.clone(), fetch.clone());
        Box::pin(async move {
            let mut result = future.await;
            for _ in 0..RENEWED_TOKEN_TRIES {
                let Err(error) = &result else { break };
                // Told that its token was refused, the host may give a new one at once:
                // then this is asked again with it, rather than shown as expired.
                session.observe(error);
                if !error.is_session_expired() || session.api.token_refused() {
                    break;
                }
                result = fetch(session.api.clone()).await;
            }
            result.map(|value| Arc::new(value) as Loaded)
        })
    });
    let inner = LocalResource::new(fetcher);
    // A new token from the host loads again what failed, and only that: what loaded stays
    // as it is, with whatever the customer was typing into it.
    Effect::new(move |previous: Option<u32>| {
        let renewal = renewals.get();
        let failed = matches!(inner.get_untracked(), Some(Err(_)));
        if previous.is_some_and(|p| p != renewal) && failed {
            inner.refetch();
        }
        renewal
    });
    ApiResource {
        inner,
        value: PhantomData,
    }
}
