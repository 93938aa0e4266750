//! Client-side pacing through the retry loop, with Tokio's clock paused: a burst of calls on
//! one runtime and its clones is spaced exactly by the rate, never has more requests in flight
//! than the bound, and a retry takes its own turn. Every assertion is exact virtual time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::*;
use crate::RateLimit;

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn runtime(config: ClientConfig) -> Runtime {
    let auth = Auth::basic("MA1", crate::SecretString::from("token")).expect("auth");
    Runtime::new("test", auth, &config)
}

fn request() -> reqwest::Request {
    reqwest::Request::new(
        reqwest::Method::GET,
        "http://fake.invalid/v1/things".parse().unwrap(),
    )
}

fn response(code: u16) -> reqwest::Response {
    reqwest::Response::from(
        http::Response::builder()
            .status(code)
            .body(String::new())
            .expect("response"),
    )
}

/// A transport that answers each request after `hold` with the next status of `statuses`
/// (200 once they run out), recording when each request started and the most in flight.
#[derive(Clone)]
struct Server {
    began: Instant,
    hold: Duration,
    statuses: Arc<Mutex<Vec<u16>>>,
    starts: Arc<Mutex<Vec<Duration>>>,
    timeouts: Arc<Mutex<Vec<Duration>>>,
    in_flight: Arc<AtomicUsize>,
    most: Arc<AtomicUsize>,
}

impl Server {
    fn new(hold: Duration, statuses: &[u16]) -> Self {
        Self {
            began: Instant::now(),
            hold,
            statuses: Arc::new(Mutex::new(statuses.iter().rev().copied().collect())),
            starts: Arc::default(),
            timeouts: Arc::default(),
            in_flight: Arc::default(),
            most: Arc::default(),
        }
    }

    fn send(
        &self,
        request: reqwest::Request,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> + use<> {
        let this = self.clone();
        let timeout = request.timeout().copied().expect("the loop sets a timeout");
        async move {
            this.starts.lock().unwrap().push(this.began.elapsed());
            this.timeouts.lock().unwrap().push(timeout);
            let now = this.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            this.most.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(this.hold).await;
            this.in_flight.fetch_sub(1, Ordering::SeqCst);
            let status = this.statuses.lock().unwrap().pop().unwrap_or(200);
            Ok(response(status))
        }
    }

    fn starts(&self) -> Vec<Duration> {
        let mut starts = self.starts.lock().unwrap().clone();
        starts.sort();
        starts
    }

    fn timeouts(&self) -> Vec<Duration> {
        let mut timeouts = self.timeouts.lock().unwrap().clone();
        timeouts.sort();
        timeouts.reverse();
        timeouts
    }

    fn most_in_flight(&self) -> usize {
        self.most.load(Ordering::SeqCst)
    }
}

/// `n` concurrent reads, each on its own clone of `runtime`; their statuses.
async fn burst(runtime: &Runtime, server: &Server, n: usize) -> Vec<u16> {
    let calls = (0..n).map(|_| {
        let (runtime, server) = (runtime.clone(), server.clone());
        async move {
            let response = runtime
                .retry_loop(|r| server.send(r), request(), "op", true)
                .await
                .expect("a response");
            response.status().as_u16()
        }
    });
    futures::future::join_all(calls).await
}

#[tokio::test(start_paused = true)]
async fn a_burst_on_clones_is_spaced_by_the_shared_rate() {
    let runtime = runtime(ClientConfig::default().with_rate_limit(RateLimit::per_second(4)));
    let server = Server::new(ms(10), &[]);
    let statuses = burst(&runtime, &server, 6).await;
    assert_eq!(statuses, [200; 6]);
    assert_eq!(server.starts(), [0, 250, 500, 750, 1000, 1250].map(ms));
}

#[tokio::test(start_paused = true)]
async fn in_flight_requests_never_exceed_the_bound() {
    let runtime = runtime(ClientConfig::default().with_max_concurrency(3));
    let server = Server::new(ms(400), &[]);
    burst(&runtime, &server, 8).await;
    assert_eq!(server.most_in_flight(), 3);
    assert_eq!(server.starts(), [0, 0, 0, 400, 400, 400, 800, 800].map(ms));
}

#[tokio::test(start_paused = true)]
async fn a_retry_takes_its_own_turn_and_frees_its_slot_while_it_waits() {
    // One slot, 10 requests a second; the first attempt of each call gets a 503, retried
    // after the policy's fixed 1 s backoff (no jitter).
    let config = ClientConfig::default()
        .with_rate_limit(RateLimit::per_second(10))
        .with_max_concurrency(1)
        .with_retry(
            RetryPolicy::default()
                .with_max_attempts(2)
                .with_backoff(ms(1000), ms(1000))
                .with_jitter(false),
        );
    let runtime = runtime(config);
    let server = Server::new(ms(50), &[503, 503]);
    let statuses = burst(&runtime, &server, 2).await;
    assert_eq!(statuses, [200, 200]);
    assert_eq!(server.most_in_flight(), 1);
    // First attempts at 0 and 100 ms (the rate; the slot is free from 50 ms), retries 1 s
    // after each 503 arrived (at 50 and 150 ms), each in its own turn.
    assert_eq!(server.starts(), [0, 100, 1050, 1150].map(ms));
}

#[tokio::test(start_paused = true)]
async fn without_pacing_a_burst_goes_at_once() {
    let runtime = runtime(ClientConfig::default());
    let server = Server::new(ms(100), &[]);
    burst(&runtime, &server, 5).await;
    assert_eq!(server.most_in_flight(), 5);
    assert_eq!(server.starts(), [0; 5].map(ms));
}

#[tokio::test(start_paused = true)]
async fn two_runtimes_from_one_config_pace_independently() {
    let config = ClientConfig::default().with_rate_limit(RateLimit::per_second(2));
    let (a, b) = (runtime(config.clone()), runtime(config));
    let server = Server::new(ms(1), &[]);
    futures::future::join(burst(&a, &server, 2), burst(&b, &server, 2)).await;
    assert_eq!(server.starts(), [0, 0, 500, 500].map(ms));
}

#[tokio::test(start_paused = true)]
async fn the_wait_for_a_turn_counts_against_the_operation_deadline() {
    let config = ClientConfig::default()
        .with_rate_limit(RateLimit::per_second(1))
        .with_timeouts(
            Timeouts::default()
                .with_attempt(Duration::from_secs(30))
                .with_operation(Duration::from_secs(2)),
        );
    let runtime = runtime(config);
    let server = Server::new(ms(1), &[]);
    burst(&runtime, &server, 3).await;
    assert_eq!(server.starts(), [0, 1000, 2000].map(ms));
    // Each attempt may run for what is left of its call's 2 s after queueing: the third
    // queued for all of it and gets none: its call ends as an operation timeout.
    assert_eq!(server.timeouts(), [2000, 1000, 0].map(ms));
}
