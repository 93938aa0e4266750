//! Per-listener rate limiting: the public [`RateLimit`] setting and the token bucket that
//! enforces it.
//!
//! The bucket is a GCRA (generic cell rate algorithm) over Tokio's clock: it keeps one
//! instant, the "theoretical arrival time", and all arithmetic is on whole nanoseconds, so a
//! test under `tokio::time::pause()` sees exactly the documented number of requests pass.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::time::Instant;

/// Longest interval between two tokens (one day): `requests_per_second` ≥ 1/86400.
const MAX_INTERVAL: Duration = Duration::from_secs(86_400);
/// Largest burst accepted.
pub const MAX_RATE_LIMIT_BURST: u32 = 1_000_000;

/// A requests-per-second limit on one listener: a token bucket that holds `burst` tokens
/// (full at start) and regains one every `1 / requests_per_second` seconds. A request that
/// finds the bucket empty is answered with the vendor's 429 error body and a `Retry-After`
/// header (whole seconds until the next token, at least 1), is logged with
/// [`RecordedRequest::rate_limited`](crate::RecordedRequest::rate_limited), consumes no fault
/// and changes nothing. Control endpoints (`/__emulator/*`) are never limited.
///
/// Time is Tokio's clock, so a test under `tokio::time::pause()` controls refills exactly.
///
/// JSON form (`PUT {origin}/__emulator/rate-limit`, the `--rate-limit` flag):
/// `{"requests_per_second": 10, "burst": 20}`; `requests_per_second` may be fractional
/// (`0.5` is one request every two seconds); `burst` defaults to `requests_per_second`
/// rounded down (at least 1).
///
/// ```
/// use std::time::Duration;
/// use trunkline_emulator::RateLimit;
///
/// let limit = RateLimit::per_second(10);
/// assert_eq!((limit.burst(), limit.interval()), (10, Duration::from_millis(100)));
/// let slow = RateLimit::every(Duration::from_secs(60)).with_burst(3);
/// assert_eq!(slow.burst(), 3);
/// assert!(limit.validate().is_ok() && slow.validate().is_ok());
/// assert!(RateLimit::per_second(0).validate().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    interval: Duration,
    burst: u32,
}

/// Why a [`RateLimit`] was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid rate limit: {0}")]
pub struct InvalidRateLimit(pub(crate) String);

impl RateLimit {
    /// `requests` per second, with a burst of `requests`.
    pub fn per_second(requests: u32) -> Self {
        Self {
            interval: if requests == 0 {
                Duration::ZERO
            } else {
                Duration::from_nanos(1_000_000_000 / u64::from(requests))
            },
            burst: requests.max(1),
        }
    }

    /// One request per `interval`, with a burst of 1.
    pub fn every(interval: Duration) -> Self {
        Self { interval, burst: 1 }
    }

    /// Sets how many requests may pass at once when the bucket is full.
    #[must_use]
    pub fn with_burst(mut self, burst: u32) -> Self {
        self.burst = burst;
        self
    }

    /// Time between two tokens.
    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// Bucket size: requests that may pass at once.
    pub fn burst(&self) -> u32 {
        self.burst
    }

    /// The sustained rate, requests per second.
    pub fn requests_per_second(&self) -> f64 {
        if self.interval.is_zero() {
            0.0
        } else {
            1.0 / self.interval.as_secs_f64()
        }
    }

    /// Checks that the limit lets requests through at a finite rate.
    pub fn validate(&self) -> Result<(), InvalidRateLimit> {
        let bad = |msg: &str| Err(InvalidRateLimit(msg.to_owned()));
        if self.interval.is_zero() {
            return bad("requests_per_second must be more than 0 (and at most 1000000000)");
        }
        if self.interval > MAX_INTERVAL {
            return bad("requests_per_second must be at least 1/86400 (one request a day)");
        }
        if self.burst == 0 || self.burst > MAX_RATE_LIMIT_BURST {
            return bad("burst must be between 1 and 1000000");
        }
        Ok(())
    }
}

/// The JSON form of [`RateLimit`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RateLimitJson {
    requests_per_second: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    burst: Option<u32>,
}

impl Serialize for RateLimit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        RateLimitJson {
            requests_per_second: self.requests_per_second(),
            burst: Some(self.burst),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for RateLimit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let json = RateLimitJson::deserialize(d)?;
        let limit = RateLimit::from_requests_per_second(json.requests_per_second, json.burst)
            .map_err(D::Error::custom)?;
        Ok(limit)
    }
}

impl RateLimit {
    /// A limit from a possibly fractional rate, as given in JSON or on the command line;
    /// `burst` defaults to the rate rounded down (at least 1).
    pub fn from_requests_per_second(
        requests_per_second: f64,
        burst: Option<u32>,
    ) -> Result<Self, InvalidRateLimit> {
        if !requests_per_second.is_finite()
            || requests_per_second <= 0.0
            || requests_per_second > 1e9
        {
            return Err(InvalidRateLimit(format!(
                "requests_per_second must be a number above 0 and at most 1000000000, got {requests_per_second}"
            )));
        }
        // Whole nanoseconds between tokens: at least 1 here; the cast saturates, and
        // `validate` refuses intervals over a day.
        let interval = Duration::from_nanos((1e9 / requests_per_second).round() as u64);
        let default_burst = if requests_per_second >= f64::from(MAX_RATE_LIMIT_BURST) {
            MAX_RATE_LIMIT_BURST
        } else {
            (requests_per_second.floor() as u32).max(1)
        };
        let limit = Self {
            interval,
            burst: burst.unwrap_or(default_burst),
        };
        limit.validate()?;
        Ok(limit)
    }
}

/// The enforcing side: a GCRA bucket.
#[derive(Debug)]
pub(crate) struct Bucket {
    limit: RateLimit,
    /// When the bucket would be full again if no request came; `None` = full.
    theoretical_arrival: Option<Instant>,
}

impl Bucket {
    pub(crate) fn new(limit: RateLimit) -> Self {
        Self {
            limit,
            theoretical_arrival: None,
        }
    }

    pub(crate) fn limit(&self) -> RateLimit {
        self.limit
    }

    /// Fills the bucket again.
    pub(crate) fn refill(&mut self) {
        self.theoretical_arrival = None;
    }

    /// Takes a token at `now`, or says how long until one is available.
    pub(crate) fn admit(&mut self, now: Instant) -> Result<(), Duration> {
        let interval = self.limit.interval;
        let tolerance = interval.saturating_mul(self.limit.burst.saturating_sub(1));
        let arrival = self.theoretical_arrival.map_or(now, |t| t.max(now));
        // Allowed when `arrival - tolerance <= now`, i.e. `arrival <= now + tolerance`.
        let within = now
            .checked_add(tolerance)
            .is_none_or(|edge| arrival <= edge);
        if within {
            self.theoretical_arrival = Some(arrival.checked_add(interval).unwrap_or(arrival));
            Ok(())
        } else {
            Err(arrival
                .checked_sub(tolerance)
                .map_or(interval, |free| free.saturating_duration_since(now)))
        }
    }
}

/// Whole seconds for a `Retry-After` header: `wait` rounded up, at least 1.
pub(crate) fn retry_after_secs(wait: Duration) -> u64 {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    secs.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_one_per_interval() {
        let start = Instant::now();
        let mut bucket = Bucket::new(RateLimit::per_second(10));
        for _ in 0..10 {
            assert_eq!(bucket.admit(start), Ok(()));
        }
        assert_eq!(bucket.admit(start), Err(Duration::from_millis(100)));
        let almost = start + Duration::from_millis(99);
        assert_eq!(bucket.admit(almost), Err(Duration::from_millis(1)));
        let next = start + Duration::from_millis(100);
        assert_eq!(bucket.admit(next), Ok(()));
        assert_eq!(bucket.admit(next), Err(Duration::from_millis(100)));
        // A long pause refills up to the burst, not beyond.
        let later = start + Duration::from_secs(60);
        for _ in 0..10 {
            assert_eq!(bucket.admit(later), Ok(()));
        }
        assert!(bucket.admit(later).is_err());
        bucket.refill();
        assert_eq!(bucket.admit(later), Ok(()));
    }

    #[test]
    fn sustained_rate_is_exact() {
        let start = Instant::now();
        let mut bucket = Bucket::new(RateLimit::per_second(4).with_burst(1));
        let mut passed = 0;
        // 10 s at one attempt per millisecond: 4 per second.
        for ms in 0..10_000 {
            if bucket.admit(start + Duration::from_millis(ms)).is_ok() {
                passed += 1;
            }
        }
        assert_eq!(passed, 40);
    }

    #[test]
    fn json_and_validation() {
        let limit: RateLimit =
            serde_json::from_str(r#"{"requests_per_second": 2.5}"#).expect("valid");
        assert_eq!(limit.interval(), Duration::from_millis(400));
        assert_eq!(limit.burst(), 2);
        let limit: RateLimit =
            serde_json::from_str(r#"{"requests_per_second": 0.001, "burst": 3}"#).expect("valid");
        assert_eq!(limit.interval(), Duration::from_secs(1000));
        assert_eq!(limit.burst(), 3);
        let json = serde_json::to_value(RateLimit::per_second(10)).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({"requests_per_second": 10.0, "burst": 10})
        );
        for bad in [
            r#"{"requests_per_second": 0}"#,
            r#"{"requests_per_second": -1}"#,
            r#"{"requests_per_second": 0.00001}"#,
            r#"{"requests_per_second": 5, "burst": 0}"#,
            r#"{"requests_per_second": 5, "brust": 2}"#,
            r#"{"burst": 2}"#,
        ] {
            assert!(serde_json::from_str::<RateLimit>(bad).is_err(), "{bad}");
        }
        assert!(RateLimit::every(Duration::ZERO).validate().is_err());
        assert!(
            RateLimit::every(Duration::from_secs(86_401))
                .validate()
                .is_err()
        );
    }

    #[test]
    fn retry_after_rounds_up() {
        assert_eq!(retry_after_secs(Duration::from_millis(1)), 1);
        assert_eq!(retry_after_secs(Duration::ZERO), 1);
        assert_eq!(retry_after_secs(Duration::from_millis(1500)), 2);
        assert_eq!(retry_after_secs(Duration::from_secs(3)), 3);
    }
}
