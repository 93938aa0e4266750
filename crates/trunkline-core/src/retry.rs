//! When to retry a request, and how long to wait: a pure function of the policy, the outcome of
//! the attempt and the clock, so that every rule is unit-tested without a network.
//!
//! The rules:
//!
//! - Retryable outcomes: HTTP 408, 429, 500, 502, 503, 504; connection failures; attempt
//!   timeouts; other transport failures (a connection reset before the response head arrived).
//!   A body that breaks off after the head is not covered: it is read after this loop returns.
//! - An operation that **creates** something (a `POST` marked `x-trunkline-idempotent: false` in
//!   the spec) is retried only when the request provably did not reach the server (a connect
//!   error) or the server refused it unprocessed (429). A 500 or a timeout on a create may have
//!   created the resource; resending it could create a second one, so it is not resent.
//! - Reads, updates and deletes are retried on every retryable outcome.
//! - Waits are capped, fully jittered exponential backoff (`random(0, min(cap, base × 2ⁿ))`;
//!   without jitter, see [`RetryPolicy::with_jitter`], exactly `min(cap, base × 2ⁿ)`),
//!   unless the server sent `Retry-After` (seconds or an HTTP date): then exactly that long. A
//!   hint longer than [`RetryPolicy::max_retry_after`] stops retrying and hands the 429/503 to
//!   the caller, who can decide to wait that long.
//! - Attempts are bounded by [`RetryPolicy::max_attempts`]; no wait may run past the operation
//!   deadline (see [`crate::Timeouts::operation`]).

use std::time::{Duration, SystemTime};

/// How a client retries failed requests. Cheap to copy; set per client.
///
/// ```
/// use std::time::Duration;
/// use trunkline_core::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .with_max_attempts(6)
///     .with_backoff(Duration::from_millis(100), Duration::from_secs(5));
/// assert_eq!(patient.max_attempts(), 6);
/// assert_eq!(RetryPolicy::never().max_attempts(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    jitter: bool,
}

impl Default for RetryPolicy {
    /// Four attempts in all, fully jittered backoff from 250 ms capped at 8 s, `Retry-After`
    /// honoured up to 60 s.
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            jitter: true,
        }
    }
}

impl RetryPolicy {
    /// A policy that sends every request exactly once.
    pub fn never() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Sets the number of attempts in all, the first included (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the base of the exponential backoff and its cap.
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// Sets the longest `Retry-After` hint the client will wait for before retrying by itself.
    pub fn with_max_retry_after(mut self, ceiling: Duration) -> Self {
        self.max_retry_after = ceiling;
        self
    }

    /// Switches the jitter of the backoff on (the default) or off. Without jitter every wait is
    /// the whole exponential step, `min(max, initial × 2^(attempt − 1))`, so waits are exactly
    /// predictable: meant for tests that assert them (with Tokio's paused clock). Leave it on in
    /// production: many clients that failed together and retry in lockstep fail together again.
    ///
    /// ```
    /// use std::time::Duration;
    /// use trunkline_core::RetryPolicy;
    /// use trunkline_core::retry::backoff;
    ///
    /// let exact = RetryPolicy::default()
    ///     .with_backoff(Duration::from_millis(100), Duration::from_secs(1))
    ///     .with_jitter(false);
    /// assert_eq!(backoff(&exact, 3, 0.25), Duration::from_millis(400));
    /// ```
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Whether backoff waits are jittered.
    pub fn jitter(&self) -> bool {
        self.jitter
    }

    /// Attempts in all, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Base of the exponential backoff.
    pub fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// Cap of the exponential backoff.
    pub fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// Longest `Retry-After` hint the client waits for by itself.
    pub fn max_retry_after(&self) -> Duration {
        self.max_retry_after
    }
}

/// What one attempt ended with, as far as retrying is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AttemptOutcome {
    /// The server answered with this status (and maybe a `Retry-After` hint, already parsed).
    Response {
        /// HTTP status code.
        status: u16,
        /// Parsed `Retry-After`, if the response carried a valid one.
        retry_after: Option<Duration>,
    },
    /// The connection could not be established: the request never reached the server.
    ConnectFailed,
    /// The attempt ran out of time; the server may or may not have processed the request.
    TimedOut,
    /// The connection failed after the request may have been sent (reset, or closed before the
    /// response head arrived).
    TransportFailed,
}

impl AttemptOutcome {
    /// Whether this outcome is a transient failure worth another attempt for a safe operation.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Response { status, .. } => is_retryable_status(*status),
            Self::ConnectFailed | Self::TimedOut | Self::TransportFailed => true,
        }
    }

    /// Whether the request provably was not processed, so even a create may be resent.
    pub fn provably_unprocessed(&self) -> bool {
        matches!(
            self,
            Self::ConnectFailed | Self::Response { status: 429, .. }
        )
    }
}

/// Whether an HTTP status is one the client retries: 408, 429, 500, 502, 503, 504.
pub fn is_retryable_status(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
}

/// The situation after an attempt, besides its outcome.
#[derive(Clone, Copy, Debug)]
pub struct AttemptContext {
    /// Number of the attempt that just ended (the first is 1).
    pub attempt: u32,
    /// Whether the operation may be resent after it may have reached the server.
    pub idempotent: bool,
    /// Time left before the operation deadline.
    pub remaining: Duration,
}

/// What to do after an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetryDecision {
    /// Wait this long, then send the request again.
    RetryAfter(Duration),
    /// Return this attempt's result to the caller.
    Stop(StopReason),
}

/// Why the client stopped after an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StopReason {
    /// The attempt produced a final answer: a success, or an error that retrying cannot fix.
    Final,
    /// The outcome was retryable but the policy's attempt budget is spent.
    AttemptsExhausted,
    /// The operation creates something and the request may have reached the server.
    UnsafeToRetry,
    /// The server asked to wait longer than [`RetryPolicy::max_retry_after`].
    RetryAfterTooLong,
    /// The next wait would end after the operation deadline.
    DeadlineReached,
}

impl StopReason {
    /// A short human-readable explanation, used in error messages and logs.
    pub fn describe(&self) -> &'static str {
        match self {
            Self::Final => "final answer",
            Self::AttemptsExhausted => "retry attempts exhausted",
            Self::UnsafeToRetry => {
                "not retried: the request creates a resource and may have reached the server"
            }
            Self::RetryAfterTooLong => {
                "not retried: the server's Retry-After exceeds the configured ceiling"
            }
            Self::DeadlineReached => "not retried: the operation deadline would pass",
        }
    }
}

/// Decides what to do after an attempt. Pure: `jitter` is a random number in `[0, 1)` that
/// scales the exponential backoff (full jitter; ignored when the policy has jitter switched
/// off); the client passes `fastrand::f64()`.
///
/// ```
/// use std::time::Duration;
/// use trunkline_core::retry::{decide, AttemptContext, AttemptOutcome, RetryDecision, StopReason};
/// use trunkline_core::RetryPolicy;
///
/// let policy = RetryPolicy::default();
/// let create = AttemptContext { attempt: 1, idempotent: false, remaining: Duration::from_secs(60) };
/// let server_error = AttemptOutcome::Response { status: 500, retry_after: None };
/// assert_eq!(decide(&policy, &server_error, &create, 0.5), RetryDecision::Stop(StopReason::UnsafeToRetry));
///
/// let read = AttemptContext { idempotent: true, ..create };
/// assert!(matches!(decide(&policy, &server_error, &read, 0.5), RetryDecision::RetryAfter(_)));
/// ```
pub fn decide(
    policy: &RetryPolicy,
    outcome: &AttemptOutcome,
    ctx: &AttemptContext,
    jitter: f64,
) -> RetryDecision {
    if !outcome.is_retryable() {
        return RetryDecision::Stop(StopReason::Final);
    }
    if !ctx.idempotent && !outcome.provably_unprocessed() {
        return RetryDecision::Stop(StopReason::UnsafeToRetry);
    }
    if ctx.attempt >= policy.max_attempts {
        return RetryDecision::Stop(StopReason::AttemptsExhausted);
    }
    let hint = match outcome {
        AttemptOutcome::Response { retry_after, .. } => *retry_after,
        _ => None,
    };
    let wait = match hint {
        Some(hint) if hint > policy.max_retry_after => {
            return RetryDecision::Stop(StopReason::RetryAfterTooLong);
        }
        Some(hint) => hint,
        None => backoff(policy, ctx.attempt, jitter),
    };
    if wait >= ctx.remaining {
        return RetryDecision::Stop(StopReason::DeadlineReached);
    }
    RetryDecision::RetryAfter(wait)
}

/// The fully jittered backoff before attempt `attempt + 1`:
/// `jitter × min(max_backoff, initial_backoff × 2^(attempt − 1))`, or the whole step when the
/// policy has jitter switched off ([`RetryPolicy::with_jitter`]).
pub fn backoff(policy: &RetryPolicy, attempt: u32, jitter: f64) -> Duration {
    let exponent = attempt.saturating_sub(1).min(30);
    let ceiling = policy
        .initial_backoff
        .saturating_mul(1u32 << exponent)
        .min(policy.max_backoff);
    if !policy.jitter || jitter.is_nan() {
        return ceiling;
    }
    ceiling.mul_f64(jitter.clamp(0.0, 1.0))
}

/// Parses a `Retry-After` header value: delay-seconds (`"120"`) or an HTTP date
/// (`"Wed, 21 Oct 2015 07:28:00 GMT"`), relative to `now`. A date in the past means "now"
/// (zero). Anything else is `None`.
///
/// ```
/// use std::time::{Duration, SystemTime, UNIX_EPOCH};
/// use trunkline_core::retry::parse_retry_after;
///
/// let now = UNIX_EPOCH + Duration::from_secs(1_445_412_480); // Wed, 21 Oct 2015 07:28:00 GMT
/// assert_eq!(parse_retry_after("2", now), Some(Duration::from_secs(2)));
/// assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now), Some(Duration::from_secs(30)));
/// assert_eq!(parse_retry_after("soon", now), None);
/// ```
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Absurd values saturate; the policy's ceiling rejects them anyway.
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    fn ctx(attempt: u32, idempotent: bool) -> AttemptContext {
        AttemptContext {
            attempt,
            idempotent,
            remaining: Duration::from_secs(600),
        }
    }

    fn status(status: u16) -> AttemptOutcome {
        AttemptOutcome::Response {
            status,
            retry_after: None,
        }
    }

    #[test]
    fn only_the_documented_statuses_are_retried() {
        let policy = RetryPolicy::default();
        for code in 100..600u16 {
            let retried = matches!(
                decide(&policy, &status(code), &ctx(1, true), 0.5),
                RetryDecision::RetryAfter(_)
            );
            assert_eq!(
                retried,
                [408, 429, 500, 502, 503, 504].contains(&code),
                "status {code}"
            );
        }
    }

    #[test]
    fn reads_retry_every_transport_failure() {
        let policy = RetryPolicy::default();
        for outcome in [
            AttemptOutcome::ConnectFailed,
            AttemptOutcome::TimedOut,
            AttemptOutcome::TransportFailed,
        ] {
            assert!(matches!(
                decide(&policy, &outcome, &ctx(1, true), 0.5),
                RetryDecision::RetryAfter(_)
            ));
        }
    }

    #[test]
    fn creates_retry_only_when_provably_unprocessed() {
        let policy = RetryPolicy::default();
        let create = ctx(1, false);
        assert!(matches!(
            decide(&policy, &AttemptOutcome::ConnectFailed, &create, 0.5),
            RetryDecision::RetryAfter(_)
        ));
        assert!(matches!(
            decide(&policy, &status(429), &create, 0.5),
            RetryDecision::RetryAfter(_)
        ));
        for outcome in [
            status(408),
            status(500),
            status(502),
            status(503),
            status(504),
            AttemptOutcome::TimedOut,
            AttemptOutcome::TransportFailed,
        ] {
            assert_eq!(
                decide(&policy, &outcome, &create, 0.5),
                RetryDecision::Stop(StopReason::UnsafeToRetry),
                "{outcome:?}"
            );
        }
    }

    #[test]
    fn attempts_are_bounded() {
        let policy = RetryPolicy::default().with_max_attempts(3);
        assert!(matches!(
            decide(&policy, &status(503), &ctx(2, true), 0.5),
            RetryDecision::RetryAfter(_)
        ));
        assert_eq!(
            decide(&policy, &status(503), &ctx(3, true), 0.5),
            RetryDecision::Stop(StopReason::AttemptsExhausted)
        );
        assert_eq!(
            decide(&RetryPolicy::never(), &status(503), &ctx(1, true), 0.5),
            RetryDecision::Stop(StopReason::AttemptsExhausted)
        );
    }

    #[test]
    fn backoff_is_exponential_capped_and_jittered() {
        let policy = RetryPolicy::default()
            .with_backoff(Duration::from_millis(100), Duration::from_millis(1000));
        assert_eq!(backoff(&policy, 1, 1.0), Duration::from_millis(100));
        assert_eq!(backoff(&policy, 2, 1.0), Duration::from_millis(200));
        assert_eq!(backoff(&policy, 3, 1.0), Duration::from_millis(400));
        assert_eq!(backoff(&policy, 5, 1.0), Duration::from_millis(1000));
        assert_eq!(backoff(&policy, 500, 1.0), Duration::from_millis(1000));
        assert_eq!(backoff(&policy, 3, 0.5), Duration::from_millis(200));
        assert_eq!(backoff(&policy, 3, 0.0), Duration::ZERO);
        // Out-of-range jitter is clamped rather than trusted.
        assert_eq!(backoff(&policy, 1, 7.0), Duration::from_millis(100));
        // Not a number is no jitter (the whole step), not a panic.
        assert_eq!(backoff(&policy, 2, f64::NAN), Duration::from_millis(200));
    }

    #[test]
    fn without_jitter_every_wait_is_the_whole_step() {
        let policy = RetryPolicy::default()
            .with_backoff(Duration::from_millis(100), Duration::from_millis(1000))
            .with_jitter(false);
        assert!(RetryPolicy::default().jitter() && !policy.jitter());
        for jitter in [0.0, 0.3, 0.999] {
            assert_eq!(backoff(&policy, 1, jitter), Duration::from_millis(100));
            assert_eq!(backoff(&policy, 2, jitter), Duration::from_millis(200));
            assert_eq!(backoff(&policy, 4, jitter), Duration::from_millis(800));
            assert_eq!(backoff(&policy, 9, jitter), Duration::from_millis(1000));
        }
        assert_eq!(
            decide(&policy, &status(503), &ctx(2, true), 0.0),
            RetryDecision::RetryAfter(Duration::from_millis(200))
        );
    }

    #[test]
    fn retry_after_is_honoured_exactly_up_to_the_ceiling() {
        let policy = RetryPolicy::default().with_max_retry_after(Duration::from_secs(10));
        let hinted = AttemptOutcome::Response {
            status: 429,
            retry_after: Some(Duration::from_secs(3)),
        };
        assert_eq!(
            decide(&policy, &hinted, &ctx(1, false), 0.0),
            RetryDecision::RetryAfter(Duration::from_secs(3))
        );
        let too_long = AttemptOutcome::Response {
            status: 503,
            retry_after: Some(Duration::from_secs(11)),
        };
        assert_eq!(
            decide(&policy, &too_long, &ctx(1, true), 0.0),
            RetryDecision::Stop(StopReason::RetryAfterTooLong)
        );
    }

    #[test]
    fn no_wait_runs_past_the_deadline() {
        let policy = RetryPolicy::default();
        let hinted = AttemptOutcome::Response {
            status: 503,
            retry_after: Some(Duration::from_secs(5)),
        };
        let nearly_out = AttemptContext {
            attempt: 1,
            idempotent: true,
            remaining: Duration::from_secs(4),
        };
        assert_eq!(
            decide(&policy, &hinted, &nearly_out, 0.5),
            RetryDecision::Stop(StopReason::DeadlineReached)
        );
    }

    #[test]
    fn retry_after_parses_both_forms() {
        let now = UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        assert_eq!(parse_retry_after("0", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after(" 17 ", now),
            Some(Duration::from_secs(17))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:29:00 GMT", now),
            Some(Duration::from_secs(60))
        );
        // A date in the past means "retry now".
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse_retry_after("99999999999999999999999", now),
            Some(Duration::from_secs(u64::MAX))
        );
        for bad in ["", "-1", "1.5", "tomorrow", "Wed, 21 Oct 2015"] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad:?}");
        }
    }
}
