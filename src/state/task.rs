//! Requests a click starts, whose answers may come after the customer left the view that
//! asked.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// Runs `work`, then `show` with its result, unless `owned_by_view` (a signal the asking
/// view made) is gone by then because the customer left that view: the backend's answer
/// stands, but nothing is left to show it on, and a signal that is gone panics when used.
pub fn spawn_for_view<T: 'static>(
    owned_by_view: impl IsDisposed + 'static,
    work: impl Future<Output = T> + 'static,
    show: impl FnOnce(T) + 'static,
) {
    spawn_local(async move {
        let result = work.await;
        if !owned_by_view.is_disposed() {
            show(result);
        }
    });
}
