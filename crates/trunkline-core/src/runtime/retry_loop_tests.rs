//! The retry loop with time under control: Tokio's clock paused (every test starts paused, so
//! waits and timeouts take exactly their virtual time), a scripted transport in place of the
//! network, scripted jitter and a virtual wall clock for `Retry-After` dates. Every assertion
//! is exact: how many attempts, when each started, how long it was allowed to run, which
//! timeout ended the call and how much virtual time it took. Nothing here depends on how fast
//! the machine is.
//!
//! The scripted transport ends a hanging attempt when the request's timeout runs out, as
//! reqwest does; `reqwest_enforces_the_attempt_timeout_on_tokios_clock` checks that reqwest
//! really does, on the paused clock, against a socket that never answers.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::*;

const MS: Duration = Duration::from_millis(1);

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// What the scripted transport does with one attempt.
enum Step {
    /// Answer at once with this status and headers.
    Respond(u16, Vec<(&'static str, String)>),
    /// Answer after this long, unless the attempt's timeout runs out first.
    RespondAfter(Duration, u16),
    /// Never answer: the attempt ends at its timeout with reqwest's timeout error.
    Hang,
    /// Fail as a refused connection does (the request never reached the server).
    Refuse,
    /// Fail as a connection closed after the request was sent does.
    Reset,
    /// Answer 200 with this whole body.
    Body(&'static str),
    /// Answer 200 with a body that breaks off after this much.
    CutBody(&'static str),
    /// Answer 200 with this body gzipped (`Content-Encoding: gzip`), whole, or breaking off
    /// halfway through the compressed stream.
    Gzipped { text: &'static str, cut: bool },
}

fn status(code: u16) -> Step {
    Step::Respond(code, vec![])
}

fn retry_after(code: u16, value: impl Into<String>) -> Step {
    Step::Respond(code, vec![("retry-after", value.into())])
}

/// One attempt the transport saw: when it started and ended (virtual time since the test
/// began) and the timeout the loop gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Seen {
    start: Duration,
    end: Duration,
    timeout: Duration,
}

/// A transport that plays a script, one step per attempt, and records what it saw. An attempt
/// beyond the script fails the test.
#[derive(Clone)]
struct Scripted {
    began: Instant,
    script: Arc<Mutex<VecDeque<Step>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Scripted {
    fn new(script: Vec<Step>) -> Self {
        Self {
            began: Instant::now(),
            script: Arc::new(Mutex::new(script.into())),
            seen: Arc::default(),
        }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// When each attempt started.
    fn starts(&self) -> Vec<Duration> {
        self.seen().iter().map(|s| s.start).collect()
    }

    /// The wait before each attempt after the first: from the end of the previous one.
    fn waits(&self) -> Vec<Duration> {
        self.seen()
            .windows(2)
            .map(|pair| pair[1].start - pair[0].end)
            .collect()
    }

    fn send(
        &self,
        request: reqwest::Request,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> + use<> {
        let this = self.clone();
        async move {
            let start = this.began.elapsed();
            let timeout = request.timeout().copied().expect("the loop sets a timeout");
            let step = this.script.lock().unwrap().pop_front().unwrap_or_else(|| {
                panic!("unexpected attempt at {start:?}: the script has no step left")
            });
            let result = match step {
                Step::Respond(code, headers) => Ok(response(code, &headers)),
                Step::RespondAfter(delay, code) if delay < timeout => {
                    tokio::time::sleep(delay).await;
                    Ok(response(code, &[]))
                }
                Step::RespondAfter(..) | Step::Hang => {
                    tokio::time::sleep(timeout).await;
                    Err(real_error(Failure::Timeout))
                }
                Step::Refuse => Err(real_error(Failure::Refused)),
                Step::Reset => Err(real_error(Failure::Reset)),
                Step::Body(text) => Ok(reqwest::Response::from(
                    http::Response::builder()
                        .status(200)
                        .header("content-type", "application/json")
                        .body(text)
                        .expect("response"),
                )),
                Step::Gzipped { text, cut } => Ok(gzipped(text, cut)),
                Step::CutBody(text) => {
                    let chunks = futures::stream::iter([
                        Ok(bytes::Bytes::from_static(text.as_bytes())),
                        Err(std::io::Error::new(
                            std::io::ErrorKind::UnexpectedEof,
                            "the connection closed before the end of the body",
                        )),
                    ]);
                    Ok(reqwest::Response::from(
                        http::Response::builder()
                            .status(200)
                            .header("content-type", "application/json")
                            .body(reqwest::Body::wrap_stream(chunks))
                            .expect("response"),
                    ))
                }
            };
            let end = this.began.elapsed();
            this.seen.lock().unwrap().push(Seen {
                start,
                end,
                timeout,
            });
            result
        }
    }
}

/// A 200 whose body is `text` gzipped; with `cut`, only its first half arrives, then the
/// connection closes.
fn gzipped(text: &str, cut: bool) -> reqwest::Response {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(text.as_bytes()).expect("gzip");
    let mut compressed = encoder.finish().expect("gzip");
    let mut chunks = vec![];
    if cut {
        compressed.truncate(compressed.len() / 2);
        chunks.push(Ok(bytes::Bytes::from(compressed)));
        chunks.push(Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "the connection closed before the end of the body",
        )));
    } else {
        chunks.push(Ok(bytes::Bytes::from(compressed)));
    }
    reqwest::Response::from(
        http::Response::builder()
            .status(200)
            .header("content-type", "application/json")
            .header("content-encoding", "gzip")
            .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
            .expect("response"),
    )
}

fn response(code: u16, headers: &[(&'static str, String)]) -> reqwest::Response {
    let mut builder = http::Response::builder().status(code);
    for (name, value) in headers {
        builder = builder.header(*name, value);
    }
    reqwest::Response::from(builder.body(String::new()).expect("response"))
}

#[derive(Clone, Copy, Debug)]
enum Failure {
    Timeout,
    Refused,
    Reset,
}

/// A real reqwest error of this kind, made on a thread of its own with its own (unpaused)
/// runtime, so that the test's paused clock is not involved. Only reqwest can make one.
fn real_error(kind: Failure) -> reqwest::Error {
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let client = reqwest::Client::new();
            let err = match kind {
                Failure::Refused => {
                    // Bound but not listening: the port stays ours and every connection to it
                    // is refused.
                    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
                    socket.bind("127.0.0.1:0".parse().unwrap()).expect("bind");
                    let addr = socket.local_addr().expect("addr");
                    client.get(format!("http://{addr}/")).send().await
                }
                Failure::Timeout => {
                    // Listening but never accepting: connected, and never answered.
                    let hole = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
                    let addr = hole.local_addr().expect("addr");
                    client
                        .get(format!("http://{addr}/"))
                        .timeout(MS)
                        .send()
                        .await
                }
                Failure::Reset => {
                    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                        .await
                        .expect("bind");
                    let addr = listener.local_addr().expect("addr");
                    tokio::spawn(async move {
                        if let Ok((mut stream, _)) = listener.accept().await {
                            use tokio::io::AsyncReadExt as _;
                            let mut buffer = [0u8; 1024];
                            let _ = stream.read(&mut buffer).await;
                        }
                    });
                    client.get(format!("http://{addr}/")).send().await
                }
            };
            let err = err.expect_err("the request fails");
            match kind {
                Failure::Timeout => assert!(err.is_timeout() && !err.is_connect(), "{err:?}"),
                Failure::Refused => assert!(err.is_connect(), "{err:?}"),
                Failure::Reset => assert!(!err.is_connect() && !err.is_timeout(), "{err:?}"),
            }
            err
        })
    })
    .join()
    .expect("the error thread")
}

fn runtime(retry: RetryPolicy, timeouts: Timeouts) -> Runtime {
    runtime_with(
        ClientConfig::default()
            .with_retry(retry)
            .with_timeouts(timeouts),
    )
}

fn runtime_with(config: ClientConfig) -> Runtime {
    let auth = Auth::basic("MA1", crate::SecretString::from("token")).expect("auth");
    Runtime::new("test", auth, &config)
}

/// A policy whose waits are exact: no jitter.
fn exact(attempts: u32, initial: Duration, max: Duration) -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(attempts)
        .with_backoff(initial, max)
        .with_jitter(false)
}

fn timeouts(attempt: Duration, operation: Duration) -> Timeouts {
    Timeouts::default()
        .with_attempt(attempt)
        .with_operation(operation)
}

fn request(method: reqwest::Method) -> reqwest::Request {
    reqwest::Request::new(method, "http://fake.invalid/v1/things".parse().unwrap())
}

/// Runs one call of `runtime` over `transport`: its result, its report, and the virtual time
/// it took.
async fn call(
    runtime: &Runtime,
    transport: &Scripted,
    method: reqwest::Method,
    idempotent: bool,
) -> (reqwest::Result<reqwest::Response>, CallReport, Duration) {
    let began = Instant::now();
    let (result, report) = observe(runtime.retry_loop(
        |request| transport.send(request),
        request(method),
        "op",
        idempotent,
    ))
    .await;
    (result, report.expect("a report"), began.elapsed())
}

async fn read(
    runtime: &Runtime,
    transport: &Scripted,
) -> (reqwest::Result<reqwest::Response>, CallReport, Duration) {
    call(runtime, transport, reqwest::Method::GET, true).await
}

async fn create(
    runtime: &Runtime,
    transport: &Scripted,
) -> (reqwest::Result<reqwest::Response>, CallReport, Duration) {
    call(runtime, transport, reqwest::Method::POST, false).await
}

/// Asserts how a call that timed out ended: which timeout, after how many attempts, why the
/// loop stopped, and the virtual time it took (measured by the report and by the test).
fn assert_timed_out(
    (result, report, took): &(reqwest::Result<reqwest::Response>, CallReport, Duration),
    kind: TimeoutKind,
    attempts: u32,
    stop: StopReason,
    elapsed: Duration,
) {
    assert!(
        result.as_ref().is_err_and(reqwest::Error::is_timeout),
        "{result:?}"
    );
    assert_eq!(report.timeout, Some(kind), "{report:?}");
    assert_eq!(
        (report.attempts, report.stop),
        (attempts, stop),
        "{report:?}"
    );
    assert_eq!((report.elapsed, *took), (elapsed, elapsed), "{report:?}");
}

fn status_of(result: &reqwest::Result<reqwest::Response>) -> Option<u16> {
    result.as_ref().ok().map(|r| r.status().as_u16())
}

#[tokio::test(start_paused = true)]
async fn each_wait_is_the_backoff_step_scaled_by_that_draws_jitter() {
    // The loop draws once per attempt (the last draw, after the success, goes unused).
    let draws = Arc::new(Mutex::new(VecDeque::from([0.5, 0.25, 0.75, 0.9])));
    let jitter = {
        let draws = draws.clone();
        move || {
            draws
                .lock()
                .unwrap()
                .pop_front()
                .expect("one draw per attempt")
        }
    };
    let rt = runtime(
        RetryPolicy::default()
            .with_max_attempts(4)
            .with_backoff(ms(100), Duration::from_secs(1)),
        Timeouts::default(),
    )
    .with_jitter_source(jitter);
    let transport = Scripted::new(vec![status(503), status(503), status(500), status(200)]);
    let (result, report, took) = read(&rt, &transport).await;

    // Steps of 100, 200, 400 ms, scaled by 0.5, 0.25, 0.75.
    assert_eq!(transport.waits(), [ms(50), ms(50), ms(300)]);
    assert_eq!(transport.starts(), [ms(0), ms(50), ms(100), ms(400)]);
    assert!(draws.lock().unwrap().is_empty(), "one draw per attempt");
    let response = result.expect("the fourth attempt succeeds");
    assert_eq!(response.headers()[ATTEMPTS_HEADER], "4");
    assert_eq!((report.attempts, report.stop), (4, StopReason::Final));
    assert_eq!((report.status, report.timeout), (Some(200), None));
    assert_eq!(report.elapsed, ms(400));
    assert_eq!(took, ms(400));
}

#[tokio::test(start_paused = true)]
async fn without_jitter_the_waits_double_up_to_the_cap_until_attempts_run_out() {
    let rt = runtime(exact(5, ms(100), ms(250)), Timeouts::default());
    let transport = Scripted::new((0..5).map(|_| status(503)).collect());
    let (result, report, took) = read(&rt, &transport).await;
    assert_eq!(transport.waits(), [ms(100), ms(200), ms(250), ms(250)]);
    assert_eq!(status_of(&result), Some(503), "the last answer is returned");
    assert_eq!(
        (report.attempts, report.stop),
        (5, StopReason::AttemptsExhausted)
    );
    assert_eq!(took, ms(800));
    assert_eq!(report.elapsed, ms(800));
}

#[tokio::test(start_paused = true)]
async fn retry_after_in_seconds_is_waited_exactly_even_by_a_create() {
    let rt = runtime(exact(4, ms(100), ms(100)), Timeouts::default());
    let transport = Scripted::new(vec![retry_after(429, "3"), status(201)]);
    let (result, report, took) = create(&rt, &transport).await;
    assert_eq!(status_of(&result), Some(201));
    // A 429 means "not processed": a create may be resent, after exactly the hint.
    assert_eq!(transport.starts(), [ms(0), ms(3000)]);
    assert_eq!(report.attempts, 2);
    assert_eq!(took, ms(3000));
}

/// A wall clock that reads `base` when the test begins and then follows Tokio's paused clock.
#[derive(Debug)]
struct VirtualWallClock {
    base: SystemTime,
    began: Instant,
}

impl TimeSource for VirtualWallClock {
    fn now(&self) -> SystemTime {
        self.base + self.began.elapsed()
    }
}

#[tokio::test(start_paused = true)]
async fn retry_after_as_an_http_date_is_waited_against_the_injected_wall_clock() {
    // Wed, 21 Oct 2015 07:28:00 GMT: long past on the real clock, where every date below would
    // mean "retry now".
    let base = UNIX_EPOCH + Duration::from_secs(1_445_412_480);
    let rt = runtime_with(
        ClientConfig::default()
            .with_retry(exact(4, ms(100), ms(100)))
            .with_time_source(VirtualWallClock {
                base,
                began: Instant::now(),
            }),
    );
    let date = |offset: u64| httpdate::fmt_http_date(base + Duration::from_secs(offset));
    let transport = Scripted::new(vec![
        // Come back at 07:28:07: a 7 s wait.
        retry_after(503, date(7)),
        // At 07:28:07, a date 2 s in the past: no wait at all.
        retry_after(503, date(5)),
        // At 07:28:07, "at 07:28:10": 3 s.
        retry_after(429, date(10)),
        status(200),
    ]);
    let (result, report, took) = read(&rt, &transport).await;
    assert_eq!(status_of(&result), Some(200));
    assert_eq!(
        transport.waits(),
        [ms(7000), Duration::ZERO, ms(3000)],
        "{:?}",
        transport.seen()
    );
    assert_eq!(report.attempts, 4);
    assert_eq!(took, ms(10_000));
}

#[tokio::test(start_paused = true)]
async fn retry_after_up_to_the_ceiling_is_waited_and_above_it_is_returned_at_once() {
    let policy = exact(4, ms(100), ms(100)).with_max_retry_after(Duration::from_secs(10));
    let rt = runtime(policy, Timeouts::default());

    let at_ceiling = Scripted::new(vec![retry_after(503, "10"), status(200)]);
    let (result, report, took) = read(&rt, &at_ceiling).await;
    assert_eq!(status_of(&result), Some(200));
    assert_eq!(at_ceiling.starts(), [ms(0), ms(10_000)]);
    assert_eq!((report.attempts, took), (2, ms(10_000)));

    let above = Scripted::new(vec![retry_after(503, "11")]);
    let (result, report, took) = read(&rt, &above).await;
    assert_eq!(status_of(&result), Some(503), "handed to the caller");
    assert_eq!(report.stop, StopReason::RetryAfterTooLong);
    assert_eq!(report.retry_after, Some(Duration::from_secs(11)));
    assert_eq!(report.attempts, 1);
    assert_eq!(took, Duration::ZERO, "not a moment waited");
}

#[tokio::test(start_paused = true)]
async fn each_attempt_ends_at_the_attempt_timeout() {
    let rt = runtime(
        exact(3, ms(10), ms(10)),
        timeouts(ms(300), Duration::from_secs(20)),
    );
    let transport = Scripted::new(vec![Step::Hang, Step::Hang, Step::Hang]);
    let call = read(&rt, &transport).await;
    let ended = [ms(300), ms(610), ms(920)];
    for (seen, end) in transport.seen().iter().zip(ended) {
        assert_eq!((seen.timeout, seen.end), (ms(300), end), "{seen:?}");
    }
    assert_eq!(transport.waits(), [ms(10), ms(10)]);
    assert_timed_out(
        &call,
        TimeoutKind::Attempt,
        3,
        StopReason::AttemptsExhausted,
        ms(920),
    );
}

#[tokio::test(start_paused = true)]
async fn the_operation_deadline_cuts_the_last_attempt_short() {
    let rt = runtime(exact(10, ms(10), ms(10)), timeouts(ms(400), ms(1000)));
    let transport = Scripted::new(vec![Step::Hang, Step::Hang, Step::Hang]);
    let call = read(&rt, &transport).await;
    assert_eq!(
        transport.seen(),
        [
            Seen {
                start: ms(0),
                end: ms(400),
                timeout: ms(400)
            },
            Seen {
                start: ms(410),
                end: ms(810),
                timeout: ms(400)
            },
            // 180 ms left of the operation: the attempt gets no more.
            Seen {
                start: ms(820),
                end: ms(1000),
                timeout: ms(180)
            },
        ]
    );
    assert_timed_out(
        &call,
        TimeoutKind::Operation,
        3,
        StopReason::DeadlineReached,
        ms(1000),
    );
}

#[tokio::test(start_paused = true)]
async fn an_attempt_allowed_the_whole_operation_is_an_operation_timeout() {
    let rt = runtime(exact(4, ms(1), ms(2)), timeouts(ms(500), ms(500)));
    let transport = Scripted::new(vec![Step::Hang]);
    let call = read(&rt, &transport).await;
    assert_eq!(transport.seen().len(), 1, "no time left for a retry");
    assert_timed_out(
        &call,
        TimeoutKind::Operation,
        1,
        StopReason::DeadlineReached,
        ms(500),
    );
}

#[tokio::test(start_paused = true)]
async fn no_wait_and_no_attempt_runs_past_the_operation_deadline() {
    // Slow 503s (300 ms each) and doubling waits from 200 ms, in a 1 s operation: answered at
    // 300 ms, wait 200, answered at 800 ms; the next wait (400 ms) would end after the
    // deadline, so the 503 is returned at 800 ms.
    let rt = runtime(
        exact(10, ms(200), Duration::from_secs(5)),
        timeouts(Duration::from_secs(30), ms(1000)),
    );
    let slow = || Step::RespondAfter(ms(300), 503);
    let transport = Scripted::new(vec![slow(), slow()]);
    let (result, report, took) = read(&rt, &transport).await;
    assert_eq!(status_of(&result), Some(503));
    assert_eq!(transport.starts(), [ms(0), ms(500)]);
    assert_eq!(report.stop, StopReason::DeadlineReached);
    assert_eq!((report.attempts, took), (2, ms(800)));

    // A Retry-After that ends exactly at the deadline is not waited either.
    let transport = Scripted::new(vec![retry_after(503, "1")]);
    let (result, report, took) = read(&rt, &transport).await;
    assert_eq!(status_of(&result), Some(503));
    assert_eq!(report.stop, StopReason::DeadlineReached);
    assert_eq!((report.attempts, took), (1, Duration::ZERO));

    // And an attempt that starts is given at most what is left: hangs of 300 ms with waits of
    // 60 ms leave the third attempt 280 ms.
    let rt = runtime(exact(10, ms(60), ms(60)), timeouts(ms(300), ms(1000)));
    let transport = Scripted::new(vec![Step::Hang, Step::Hang, Step::Hang]);
    let (_, report, took) = read(&rt, &transport).await;
    let seen = transport.seen();
    assert!(
        seen.iter().all(|s| s.start + s.timeout <= ms(1000)),
        "{seen:?}"
    );
    assert_eq!(
        seen.iter()
            .map(|s| (s.start, s.timeout))
            .collect::<Vec<_>>(),
        [(ms(0), ms(300)), (ms(360), ms(300)), (ms(720), ms(280))]
    );
    assert_eq!(report.timeout, Some(TimeoutKind::Operation));
    assert_eq!((report.attempts, took), (3, ms(1000)));
}

#[tokio::test(start_paused = true)]
async fn a_create_is_resent_only_when_it_provably_was_not_processed() {
    let rt = runtime(exact(4, ms(100), ms(100)), timeouts(ms(300), ms(10_000)));

    for (first, resent) in [
        (Step::Refuse, true),
        (status(429), true),
        (status(500), false),
        (status(503), false),
        (Step::Reset, false),
        (Step::Hang, false),
    ] {
        let label = match &first {
            Step::Refuse => "refused".to_owned(),
            Step::Respond(code, _) => code.to_string(),
            Step::Reset => "reset".to_owned(),
            _ => "hang".to_owned(),
        };
        let transport = Scripted::new(vec![first, status(201)]);
        let (result, report, took) = create(&rt, &transport).await;
        if resent {
            assert_eq!(status_of(&result), Some(201), "{label}");
            assert_eq!(transport.starts(), [ms(0), ms(100)], "{label}");
        } else {
            assert_eq!(transport.seen().len(), 1, "{label}: sent once");
            assert_eq!(report.stop, StopReason::UnsafeToRetry, "{label}");
            let timed_out = label == "hang";
            assert_eq!(
                report.timeout,
                timed_out.then_some(TimeoutKind::Attempt),
                "{label}"
            );
            assert_eq!(took, if timed_out { ms(300) } else { ms(0) }, "{label}");
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_read_is_resent_after_every_kind_of_transient_failure() {
    let rt = runtime(exact(5, ms(100), ms(100)), timeouts(ms(300), ms(10_000)));
    let transport = Scripted::new(vec![
        Step::Refuse,
        Step::Reset,
        Step::Hang,
        status(502),
        status(200),
    ]);
    let (result, report, took) = read(&rt, &transport).await;
    assert_eq!(status_of(&result), Some(200));
    assert_eq!(
        transport.starts(),
        [ms(0), ms(100), ms(200), ms(600), ms(700)]
    );
    assert_eq!((report.attempts, report.timeout), (5, None));
    assert_eq!(took, ms(700));
}

#[tokio::test(start_paused = true)]
async fn a_read_whose_body_breaks_off_is_retried_and_its_whole_body_returned() {
    let rt = runtime(exact(4, ms(100), ms(100)), timeouts(ms(300), ms(10_000)));
    let transport = Scripted::new(vec![Step::CutBody("{\"tru"), Step::Body("{\"trunk\":1}")]);
    let (result, report, took) = read(&rt, &transport).await;
    let response = result.expect("the second attempt's response");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers().get("content-type").map(|v| v.as_bytes()),
        Some(&b"application/json"[..])
    );
    assert_eq!(attempts_header(&response), Some(2));
    assert_eq!(response.bytes().await.expect("body"), "{\"trunk\":1}");
    assert_eq!(transport.starts(), [ms(0), ms(100)]);
    assert_eq!((report.attempts, report.timeout), (2, None));
    assert_eq!(took, ms(100));
}

#[tokio::test(start_paused = true)]
async fn a_read_whose_compressed_body_breaks_off_is_retried_and_its_next_body_decoded() {
    let rt = runtime(exact(4, ms(100), ms(100)), timeouts(ms(300), ms(10_000)));
    let page = "{\"trunks\":[{\"sid\":\"TK1\"},{\"sid\":\"TK2\"}]}";
    let transport = Scripted::new(vec![
        Step::Gzipped {
            text: page,
            cut: true,
        },
        Step::Gzipped {
            text: page,
            cut: false,
        },
    ]);
    let (result, report, took) = read(&rt, &transport).await;
    let response = result.expect("the second attempt's response");
    assert!(response.headers().get("content-encoding").is_none());
    assert_eq!(attempts_header(&response), Some(2));
    assert_eq!(response.bytes().await.expect("body"), page);
    assert_eq!((report.attempts, took), (2, ms(100)));
}

#[tokio::test(start_paused = true)]
async fn a_create_whose_compressed_body_breaks_off_is_not_resent_and_its_read_fails() {
    let rt = runtime(exact(4, ms(100), ms(100)), timeouts(ms(300), ms(10_000)));
    let transport = Scripted::new(vec![Step::Gzipped {
        text: "{\"sid\":\"TK1\",\"friendly_name\":\"created\"}",
        cut: true,
    }]);
    let (result, report, _) = create(&rt, &transport).await;
    let response = result.expect("the create's head");
    let err = response.bytes().await.expect_err("the body breaks off");
    assert!(err.is_body() || err.is_decode(), "{err:?}");
    assert_eq!(transport.seen().len(), 1);
    assert_eq!((report.attempts, report.stop), (1, StopReason::Final));
}

#[tokio::test(start_paused = true)]
async fn a_read_whose_bodies_keep_breaking_off_stops_at_the_retry_budget() {
    let rt = runtime(exact(3, ms(100), ms(100)), timeouts(ms(300), ms(10_000)));
    let transport = Scripted::new(vec![
        Step::CutBody("{"),
        Step::CutBody("{\"a"),
        Step::CutBody("{\"ab"),
    ]);
    let (result, report, _) = read(&rt, &transport).await;
    // The last attempt the budget allows leaves its body to the caller, whose read of it
    // fails as before: the error is the body's.
    let response = result.expect("the last attempt's head");
    assert_eq!(attempts_header(&response), Some(3));
    let err = response.bytes().await.expect_err("the body breaks off");
    assert!(err.is_body() || err.is_decode(), "{err:?}");
    assert_eq!(transport.starts(), [ms(0), ms(100), ms(200)]);
    assert_eq!((report.attempts, report.stop), (3, StopReason::Final));
}

#[tokio::test(start_paused = true)]
async fn a_read_whose_body_breaks_off_near_the_deadline_ends_with_the_bodys_error() {
    // 4 attempts allowed, but after the first cut the operation deadline leaves no room for
    // the 500 ms wait: the call ends with the body's error, before the deadline.
    let rt = runtime(exact(4, ms(500), ms(500)), timeouts(ms(300), ms(400)));
    let transport = Scripted::new(vec![Step::CutBody("{")]);
    let (result, report, took) = read(&rt, &transport).await;
    let err = result.expect_err("the body broke off");
    assert!(err.is_body() || err.is_decode(), "{err:?}");
    assert_eq!(transport.seen().len(), 1);
    assert_eq!(report.attempts, 1);
    assert_eq!(took, ms(0));
}

#[tokio::test(start_paused = true)]
async fn a_create_whose_body_breaks_off_is_not_resent() {
    let rt = runtime(exact(4, ms(100), ms(100)), timeouts(ms(300), ms(10_000)));
    // A second step would be a resend; the script has none, so a resend fails the test.
    let transport = Scripted::new(vec![Step::CutBody("{\"id\":\"T")]);
    let (result, report, _) = create(&rt, &transport).await;
    let response = result.expect("the create's head");
    assert_eq!(attempts_header(&response), Some(1));
    let err = response.bytes().await.expect_err("the body breaks off");
    assert!(err.is_body() || err.is_decode(), "{err:?}");
    assert_eq!(transport.seen().len(), 1);
    assert_eq!((report.attempts, report.stop), (1, StopReason::Final));
}

#[tokio::test(start_paused = true)]
async fn a_body_that_cannot_be_copied_is_sent_once() {
    let rt = runtime(exact(4, ms(100), ms(100)), Timeouts::default());
    let transport = Scripted::new(vec![status(503)]);
    let mut streamed = request(reqwest::Method::PUT);
    *streamed.body_mut() = Some(reqwest::Body::wrap_stream(futures::stream::iter([Ok::<
        _,
        std::io::Error,
    >(
        "chunk",
    )])));
    let (result, report) =
        observe(rt.retry_loop(|request| transport.send(request), streamed, "op", true)).await;
    assert_eq!(status_of(&result), Some(503));
    assert_eq!(transport.seen().len(), 1);
    assert_eq!(report.map(|r| r.stop), Some(StopReason::Final));
}

/// The scripted transport's `Hang` is what reqwest does: against a socket that accepts and
/// never answers, reqwest's own timer ends each attempt at exactly the attempt timeout, on
/// Tokio's paused clock.
#[tokio::test(start_paused = true)]
async fn reqwest_enforces_the_attempt_timeout_on_tokios_clock() {
    let hole = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/v1/things", hole.local_addr().expect("addr"));
    let config = ClientConfig::default()
        .with_retry(exact(3, ms(10), ms(10)))
        .with_timeouts(timeouts(ms(300), Duration::from_secs(20)));
    let rt = runtime_with(config.clone());
    let http = config.http_client().expect("client");
    let began = Instant::now();
    let (result, report) = observe(rt.execute(
        &http,
        http.get(&url).build().expect("request"),
        "list_things",
        &[],
    ))
    .await;
    assert!(result.expect_err("never answered").is_timeout());
    let report = report.expect("report");
    assert_eq!(report.timeout, Some(TimeoutKind::Attempt));
    assert_eq!(report.attempts, 3);
    assert_eq!(began.elapsed(), ms(920), "3 × 300 ms + 2 × 10 ms");
    assert_eq!(report.elapsed, ms(920));
}

fn attempts_header(response: &reqwest::Response) -> Option<u32> {
    response
        .headers()
        .get(ATTEMPTS_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
}
