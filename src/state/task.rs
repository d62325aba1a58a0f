//! Requests a click starts, as Leptos actions: what becomes of them when the customer leaves
//! the view that asked before the answer came.

use std::future::Future;
use std::rc::Rc;
use std::sync::{Arc, Mutex, PoisonError};

use leptos::prelude::*;

use super::use_session;
use crate::api::Api;

/// What becomes of a request when the view that started it goes away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnLeave {
    /// Aborted: its future is dropped, which aborts its fetch (see `api::http`), and
    /// nothing is shown. For requests that change nothing anyone relies on (a PDF, a card
    /// token nobody will use): nobody is waiting for their answer any more.
    Abort,
    /// Carried on to its answer, not shown as nothing is left to show it on. For requests
    /// that change the account (a payment, a card, an item, asking about an attempt, which
    /// closes its key): the customer asked for it, and a request cut off on its way could
    /// be done or not, which nobody would know.
    Finish,
}

/// The abort handles of a request's dispatches.
type InFlight = Arc<Mutex<Vec<ActionAbortHandle>>>;

/// A request a click starts: [`Request::dispatch`] runs it, [`Request::pending`] is its busy
/// state.
pub struct Request<I: 'static> {
    action: Action<I, ()>,
    /// The dispatches to abort when the view goes, for an [`OnLeave::Abort`] request only
    /// (dropping a handle leaves its request running).
    in_flight: Option<StoredValue<InFlight>>,
}

impl<I: 'static> Clone for Request<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static> Copy for Request<I> {}

impl<I: 'static> Request<I> {
    pub fn dispatch(&self, input: I) {
        let handle = self.action.dispatch_local(input);
        if let Some(in_flight) = self.in_flight.and_then(|i| i.try_get_value()) {
            in_flight
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(handle);
        }
    }

    /// Stops what [`Request::dispatch`] started and is still running, for an
    /// [`OnLeave::Abort`] request (the only kind whose work may be dropped midway).
    pub fn abort(&self) {
        if let Some(in_flight) = self.in_flight.and_then(|i| i.try_get_value()) {
            let mut handles = in_flight.lock().unwrap_or_else(PoisonError::into_inner);
            handles.drain(..).for_each(ActionAbortHandle::abort);
        }
    }

    /// Whether an answer is awaited; make it once per view, as it is a memo of its own.
    pub fn pending(&self) -> Memo<bool> {
        self.action.pending()
    }
}

/// The request `work` makes of the backend with its input, whose answer goes to `done`
/// while the view that made it (the one calling this) is there; `on_leave` says what
/// becomes of it otherwise.
pub fn use_request<I, O, Fut>(
    on_leave: OnLeave,
    work: impl Fn(Api, I) -> Fut + 'static,
    done: impl Fn(O) + 'static,
) -> Request<I>
where
    I: Clone + 'static,
    O: 'static,
    Fut: Future<Output = O> + 'static,
{
    // Disposed with the view: a signal that is gone panics when used, so an answer that
    // comes after is not shown.
    let view = StoredValue::new(());
    let api = use_session().api;
    let done = Rc::new(done);
    let action = Action::new_local(move |input: &I| {
        let (answer, done) = (work(api.clone(), input.clone()), done.clone());
        async move {
            let answer = answer.await;
            if !view.is_disposed() {
                done(answer);
            }
        }
    });
    let in_flight = (on_leave == OnLeave::Abort).then(|| {
        let in_flight = InFlight::default();
        // Its own reference: the stored value may be disposed before this runs.
        let aborted = in_flight.clone();
        on_cleanup(move || {
            let mut handles = aborted.lock().unwrap_or_else(PoisonError::into_inner);
            handles.drain(..).for_each(ActionAbortHandle::abort);
        });
        StoredValue::new(in_flight)
    });
    Request { action, in_flight }
}
