//! The API's 429: at most `--rate-limit` requests a second for each token, in a bucket that
//! holds a second's worth (a page's burst of reads passes), so that a portal's handling of
//! `rate_limited` and `Retry-After` is tested against a real answer.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

pub struct RateLimit {
    per_second: f64,
    buckets: Mutex<HashMap<String, Bucket>>,
}

struct Bucket {
    left: f64,
    at: Instant,
}

impl RateLimit {
    pub fn new(per_second: usize) -> RateLimit {
        RateLimit {
            per_second: per_second.max(1) as f64,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one request from `caller`'s bucket at `now`; when it is empty, how long until
    /// it holds one again.
    pub fn take(&self, caller: &str, now: Instant) -> Result<(), Duration> {
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        let bucket = buckets.entry(caller.to_string()).or_insert(Bucket {
            left: self.per_second,
            at: now,
        });
        let refilled = now.saturating_duration_since(bucket.at).as_secs_f64() * self.per_second;
        bucket.left = (bucket.left + refilled).min(self.per_second);
        bucket.at = now;
        if bucket.left >= 1.0 {
            bucket.left -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64(
                (1.0 - bucket.left) / self.per_second,
            ))
        }
    }
}

/// A wait as `Retry-After` says it: whole seconds, at least one.
pub fn retry_after(wait: Duration) -> u64 {
    wait.as_secs_f64().ceil().max(1.0) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_worth_passes_then_each_caller_waits_for_its_own_refill() {
        let limit = RateLimit::new(2);
        let start = Instant::now();
        assert_eq!(limit.take("a", start), Ok(()));
        assert_eq!(limit.take("a", start), Ok(()));
        let wait = limit.take("a", start).unwrap_err();
        assert_eq!(wait, Duration::from_millis(500));
        assert_eq!(retry_after(wait), 1);
        // Another token has a bucket of its own.
        assert_eq!(limit.take("b", start), Ok(()));
        // Half a second later, one request's worth is back; and no more than a second's.
        assert_eq!(limit.take("a", start + Duration::from_millis(500)), Ok(()));
        assert!(limit.take("a", start + Duration::from_millis(500)).is_err());
        let later = start + Duration::from_secs(60);
        assert_eq!(limit.take("a", later), Ok(()));
        assert_eq!(limit.take("a", later), Ok(()));
        assert!(limit.take("a", later).is_err());
    }
}
