//! Client-side pacing: [`RateLimit`] (requests per second with a burst) and a bound on the
//! requests in flight, so a burst of calls queues on the client instead of collecting a
//! carrier's 429s.
//!
//! Every [`Runtime`](crate::Runtime) owns one pacer, shared by its clones (a vendor client and
//! all its clones, a facade provider and every stream it returns). Each attempt of a call —
//! retries included — first waits for a free slot (when [`ClientConfig::with_max_concurrency`]
//! is set), then for its turn in the rate (when [`ClientConfig::with_rate_limit`] is set); both
//! queues are first come, first served. Waits run on Tokio's clock, so a test that pauses it
//! sees the exact spacing.
//!
//! [`ClientConfig::with_max_concurrency`]: crate::ClientConfig::with_max_concurrency
//! [`ClientConfig::with_rate_limit`]: crate::ClientConfig::with_rate_limit

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// A client-side request rate: one request per [`RateLimit::interval`] on average, with up to
/// [`RateLimit::burst`] requests at once after a quiet period (a token bucket, computed as
/// GCRA: no background task, one lock per request).
///
/// ```
/// use std::time::Duration;
/// use trunkline_core::RateLimit;
///
/// let limit = RateLimit::per_second(20).with_burst(5);
/// assert_eq!(limit.interval(), Duration::from_millis(50));
/// assert_eq!(limit.burst(), 5);
/// // Rates below one a second:
/// assert_eq!(RateLimit::every(Duration::from_secs(2)).burst(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    interval: Duration,
    burst: u32,
}

impl RateLimit {
    /// `requests` a second, evenly spaced (burst 1); `0` is taken as `1`.
    pub fn per_second(requests: u32) -> Self {
        Self::every(Duration::from_secs(1) / requests.max(1))
    }

    /// One request per `interval` (burst 1). A zero interval is taken as 1 ns.
    pub fn every(interval: Duration) -> Self {
        Self {
            interval: interval.max(Duration::from_nanos(1)),
            burst: 1,
        }
    }

    /// Lets up to `burst` requests go at once when the client has been quiet for `burst`
    /// intervals; the average rate stays the same. `0` is taken as `1`.
    pub fn with_burst(mut self, burst: u32) -> Self {
        self.burst = burst.max(1);
        self
    }

    /// The time between two requests at the sustained rate.
    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// How many requests may go at once after a quiet period.
    pub fn burst(&self) -> u32 {
        self.burst
    }
}

/// The pacing of one runtime: a rate (GCRA state) and a semaphore of slots.
pub(crate) struct Pacer {
    rate: Option<(RateLimit, Mutex<Option<Instant>>)>,
    slots: Option<(usize, Arc<Semaphore>)>,
}

impl fmt::Debug for Pacer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pacer")
            .field("rate_limit", &self.rate.as_ref().map(|(limit, _)| limit))
            .field("max_concurrency", &self.slots.as_ref().map(|(max, _)| max))
            .finish()
    }
}

/// The right to send one attempt: holds a concurrency slot (if bounded) until dropped.
#[derive(Debug)]
pub(crate) struct Admission {
    _slot: Option<OwnedSemaphorePermit>,
    /// How long the attempt waited for its slot and its turn.
    pub(crate) waited: Duration,
}

impl Pacer {
    pub(crate) fn new(rate: Option<RateLimit>, max_concurrency: Option<usize>) -> Self {
        Self {
            rate: rate.map(|limit| (limit, Mutex::new(None))),
            slots: max_concurrency.map(|max| (max.max(1), Arc::new(Semaphore::new(max.max(1))))),
        }
    }

    /// Whether this pacer ever makes an attempt wait.
    pub(crate) fn is_active(&self) -> bool {
        self.rate.is_some() || self.slots.is_some()
    }

    /// Waits for a slot, then for the attempt's turn in the rate. Dropping the future while it
    /// waits for its turn gives the turn up unused (the next caller is not moved earlier).
    pub(crate) async fn admit(&self) -> Admission {
        let began = Instant::now();
        let slot = match &self.slots {
            // The semaphore is never closed, so acquiring cannot fail.
            Some((_, semaphore)) => semaphore.clone().acquire_owned().await.ok(),
            None => None,
        };
        if let Some((limit, state)) = &self.rate {
            let start = reserve(limit, state, Instant::now());
            tokio::time::sleep_until(start).await;
        }
        Admission {
            _slot: slot,
            waited: began.elapsed(),
        }
    }
}

/// Reserves the next turn (GCRA): the theoretical arrival time `tat` advances by one interval
/// per request; a request may go `(burst - 1)` intervals before its `tat`, never before `now`.
fn reserve(limit: &RateLimit, state: &Mutex<Option<Instant>>, now: Instant) -> Instant {
    let mut tat = state.lock().unwrap_or_else(PoisonError::into_inner);
    let arrival = tat.map_or(now, |tat| tat.max(now));
    let tolerance = limit.interval * (limit.burst - 1);
    let start = arrival
        .checked_sub(tolerance)
        .map_or(now, |start| start.max(now));
    *tat = Some(arrival + limit.interval);
    start
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    /// When each of `n` concurrent admissions got through, relative to the start.
    async fn admitted_at(pacer: Arc<Pacer>, n: usize, hold: Duration) -> Vec<Duration> {
        let began = Instant::now();
        let tasks: Vec<_> = (0..n)
            .map(|_| {
                let pacer = pacer.clone();
                tokio::spawn(async move {
                    let admission = pacer.admit().await;
                    let at = began.elapsed();
                    tokio::time::sleep(hold).await;
                    drop(admission);
                    at
                })
            })
            .collect();
        let mut times = Vec::new();
        for task in tasks {
            times.push(task.await.expect("task"));
        }
        times.sort();
        times
    }

    #[tokio::test(start_paused = true)]
    async fn a_rate_spaces_requests_exactly() {
        let pacer = Arc::new(Pacer::new(Some(RateLimit::per_second(10)), None));
        let times = admitted_at(pacer, 5, Duration::ZERO).await;
        assert_eq!(times, [ms(0), ms(100), ms(200), ms(300), ms(400)]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_burst_goes_at_once_then_the_rate_holds() {
        let limit = RateLimit::per_second(10).with_burst(3);
        let pacer = Arc::new(Pacer::new(Some(limit), None));
        let times = admitted_at(pacer.clone(), 6, Duration::ZERO).await;
        assert_eq!(times, [ms(0), ms(0), ms(0), ms(100), ms(200), ms(300)]);
        // After a quiet period of three intervals the whole burst is back.
        tokio::time::sleep(ms(300)).await;
        let times = admitted_at(pacer, 4, Duration::ZERO).await;
        assert_eq!(times, [ms(0), ms(0), ms(0), ms(100)]);
    }

    #[tokio::test(start_paused = true)]
    async fn concurrency_is_bounded_and_slots_are_reused_in_order() {
        let pacer = Arc::new(Pacer::new(None, Some(2)));
        let times = admitted_at(pacer, 5, ms(1000)).await;
        assert_eq!(
            times,
            [ms(0), ms(0), ms(1000), ms(1000), ms(2000)],
            "two at a time, each holding its slot for 1 s"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn slot_and_rate_together() {
        let in_flight = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let pacer = Arc::new(Pacer::new(
            Some(RateLimit::every(ms(100)).with_burst(10)),
            Some(3),
        ));
        let began = Instant::now();
        let tasks: Vec<_> = (0..9)
            .map(|_| {
                let (pacer, in_flight, most) = (pacer.clone(), in_flight.clone(), most.clone());
                tokio::spawn(async move {
                    let admission = pacer.admit().await;
                    let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    let at = began.elapsed();
                    tokio::time::sleep(ms(250)).await;
                    in_flight.fetch_sub(1, Ordering::SeqCst);
                    drop(admission);
                    at
                })
            })
            .collect();
        let mut times = Vec::new();
        for task in tasks {
            times.push(task.await.expect("task"));
        }
        times.sort();
        assert_eq!(most.load(Ordering::SeqCst), 3);
        // The burst allows all nine at once; the slots let three go every 250 ms.
        assert_eq!(
            times,
            [0, 0, 0, 250, 250, 250, 500, 500, 500].map(ms),
            "{times:?}"
        );
    }

    #[test]
    fn degenerate_limits_are_clamped() {
        assert_eq!(RateLimit::per_second(0).interval(), Duration::from_secs(1));
        assert_eq!(RateLimit::per_second(3).with_burst(0).burst(), 1);
        assert_eq!(
            RateLimit::every(Duration::ZERO).interval(),
            Duration::from_nanos(1)
        );
        let pacer = Pacer::new(None, Some(0));
        assert!(pacer.is_active());
        assert!(!Pacer::new(None, None).is_active());
        assert!(format!("{pacer:?}").contains("max_concurrency: Some(1)"));
    }
}
