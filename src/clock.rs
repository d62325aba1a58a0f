//! The browser's clock and timers. chrono's own `Utc::now()` would panic on
//! wasm32-unknown-unknown.

use chrono::{DateTime, NaiveDate, Utc};

pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// Today in UTC, as card expiry dates count.
pub fn today() -> NaiveDate {
    now().date_naive()
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: u32) {
    called_back(Wait::Ms(ms as i32)).await
}

/// Resolves once the browser has drawn the next frame: what need not hold it up waits for
/// this.
pub async fn frame_drawn() {
    called_back(Wait::Frame).await;
    sleep(0).await
}

enum Wait {
    Ms(i32),
    Frame,
}

/// Resolves when the browser calls back after `wait`; at once where the page has no window
/// or the browser would not take the callback.
async fn called_back(wait: Wait) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let asked = web_sys::window().is_some_and(|window| match wait {
            Wait::Ms(ms) => window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_ok(),
            Wait::Frame => window.request_animation_frame(&resolve).is_ok(),
        });
        if !asked {
            let _ = resolve.call0(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
