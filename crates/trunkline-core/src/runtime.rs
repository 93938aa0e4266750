//! [`Runtime`]: what every generated client carries (vendor name, credentials, retry policy,
//! timeouts) and the request hooks progenitor calls: [`Runtime::prepare`] before a request is
//! sent and [`Runtime::execute`], the retry loop, to send it.

use std::cell::RefCell;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderName, HeaderValue, RETRY_AFTER};
use serde::de::DeserializeOwned;
use tokio::time::Instant;
use tracing::Instrument as _;

use crate::pacing::Pacer;
use crate::response_head::ResponseHead;
use crate::retry::{self, AttemptContext, AttemptOutcome, RetryDecision, StopReason};
use crate::telemetry;
use crate::{Auth, ClientConfig, RetryPolicy, TimeSource, Timeouts};

/// Response header the retry loop adds to every response it returns: the number of attempts
/// made. It survives into `progenitor_client::ResponseValue` and into error responses, so any
/// caller can see how hard the client tried (see [`attempts_of`]).
pub const ATTEMPTS_HEADER: &str = "x-trunkline-attempts";

/// [`ATTEMPTS_HEADER`] as a header name, made at compile time (at run time, `from_static`
/// validates the name on every call).
const ATTEMPTS_HEADER_NAME: HeaderName = HeaderName::from_static(ATTEMPTS_HEADER);

/// The header progenitor adds to every request, which [`Runtime::prepare`] removes.
const API_VERSION_HEADER: HeaderName = HeaderName::from_static("api-version");

/// One operation of a generated client, from its spec. The generator emits an `OPERATIONS`
/// table of these into every generated module; the retry loop reads `idempotent` from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operation {
    /// The spec's `operationId`, e.g. `create_trunk`.
    pub id: &'static str,
    /// HTTP method, upper case.
    pub method: &'static str,
    /// Path template, relative to the client's base URL.
    pub path: &'static str,
    /// Whether the request may be resent after it may have reached the server. `false` only
    /// for operations that create something (`x-trunkline-idempotent: false`).
    pub idempotent: bool,
}

/// Looks up whether an operation may be resent after it may have reached the server. Unknown
/// operations are judged by method: `POST` and `PATCH` are not, the others are.
pub fn is_idempotent(
    operations: &[Operation],
    operation_id: &str,
    method: &reqwest::Method,
) -> bool {
    operations
        .iter()
        .find(|op| op.id == operation_id)
        .map(|op| op.idempotent)
        .unwrap_or_else(|| !matches!(*method, reqwest::Method::POST | reqwest::Method::PATCH))
}

/// Which timeout ended a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeoutKind {
    /// One attempt exceeded [`Timeouts::attempt`] and no retry followed.
    Attempt,
    /// The whole operation exceeded [`Timeouts::operation`].
    Operation,
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Attempt => "attempt timeout",
            Self::Operation => "operation timeout",
        })
    }
}

/// What the retry loop did for one call: how many attempts, why it stopped, which status or
/// timeout ended it. Collected with [`observe`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallReport {
    /// Vendor name of the client ("plivo", "twilio", "vobiz").
    pub vendor: &'static str,
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// Attempts made, the first included.
    pub attempts: u32,
    /// Why the loop stopped.
    pub stop: StopReason,
    /// Status of the last response, if the last attempt got one.
    pub status: Option<u16>,
    /// `Retry-After` of the last response, if any.
    pub retry_after: Option<Duration>,
    /// Set when the last attempt ended in a timeout.
    pub timeout: Option<TimeoutKind>,
    /// Time from the first attempt to the end of the last, on Tokio's clock (virtual time when
    /// a test pauses it).
    pub elapsed: Duration,
}

tokio::task_local! {
    static REPORT: RefCell<Option<CallReport>>;
}

/// Runs a future that makes vendor calls and returns, with its output, the [`CallReport`] of
/// the last call it made (`None` if it made none).
///
/// progenitor's error type cannot carry retry details for transport failures; this is how the
/// facade (and any caller) learns the attempt count, the stop reason and which timeout fired.
/// Works per future, so concurrent calls each get their own report.
pub async fn observe<F: Future>(future: F) -> (F::Output, Option<CallReport>) {
    REPORT
        .scope(RefCell::new(None), async move {
            let output = future.await;
            let report = REPORT.with(|cell| cell.borrow_mut().take());
            (output, report)
        })
        .await
}

/// [`observe`] for streams (paged lists): each item comes with the [`CallReport`] of the
/// latest call the stream made so far (the request that fetched the item's page). The stream
/// is boxed inside, so the observing stream is `Unpin`. [`ObservedStream`] is the same without
/// a copy of the report per item.
pub fn observe_stream<S: futures::Stream>(
    stream: S,
) -> impl futures::Stream<Item = (S::Item, Option<CallReport>)> + Unpin {
    let mut observed = ObservedStream::new(stream);
    futures::stream::poll_fn(move |cx| {
        let poll = futures::Stream::poll_next(Pin::new(&mut observed), cx);
        poll.map(|item| item.map(|item| (item, observed.latest_report().cloned())))
    })
}

/// A stream that yields its inner stream's items and keeps the [`CallReport`] of the latest
/// call the inner stream made so far ([`ObservedStream::latest_report`]): [`observe`] for
/// streams, for a consumer that only reads the report now and then (an error's mapping) and
/// should not copy it for every item.
///
/// ```
/// use futures::StreamExt as _;
/// use trunkline_core::ObservedStream;
///
/// let mut items = ObservedStream::new(futures::stream::iter([1, 2]));
/// assert_eq!(futures::executor::block_on(items.next()), Some(1));
/// // No vendor call was made: there is nothing to report.
/// assert!(items.latest_report().is_none());
/// ```
pub struct ObservedStream<S> {
    stream: Pin<Box<S>>,
    latest: Option<CallReport>,
}

impl<S> ObservedStream<S> {
    /// Observes `stream` (boxed, so the observing stream is `Unpin`).
    pub fn new(stream: S) -> Self {
        Self {
            stream: Box::pin(stream),
            latest: None,
        }
    }

    /// The report of the latest call the stream made so far: for an item just yielded, the
    /// request that fetched its page; `None` before the first call.
    pub fn latest_report(&self) -> Option<&CallReport> {
        self.latest.as_ref()
    }
}

impl<S> fmt::Debug for ObservedStream<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ObservedStream")
            .field("latest", &self.latest)
            .finish_non_exhaustive()
    }
}

impl<S: futures::Stream> futures::Stream for ObservedStream<S> {
    type Item = S::Item;

    fn poll_next(
        self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<S::Item>> {
        let this = self.get_mut();
        let (poll, report) = REPORT.sync_scope(RefCell::new(None), || {
            let poll = this.stream.as_mut().poll_next(cx);
            (poll, REPORT.with(|cell| cell.borrow_mut().take()))
        });
        if report.is_some() {
            this.latest = report;
        }
        poll
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.stream.size_hint()
    }
}

fn record(report: CallReport) {
    let _ = REPORT.try_with(|cell| *cell.borrow_mut() = Some(report));
}

/// The attempt count the retry loop stamped on a response, if any (see [`ATTEMPTS_HEADER`]).
pub fn attempts_of<E>(error: &progenitor_client::Error<E>) -> Option<u32> {
    let headers = match error {
        progenitor_client::Error::ErrorResponse(value) => value.headers(),
        progenitor_client::Error::UnexpectedResponse(response) => response.headers(),
        _ => return None,
    };
    headers.get(ATTEMPTS_HEADER)?.to_str().ok()?.parse().ok()
}

/// Everything a generated client needs at request time besides the HTTP client itself:
/// vendor name, credentials, retry policy and timeouts. Cheap to clone (shared).
///
/// `Debug` never shows secrets.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<RuntimeInner>,
}

#[derive(Clone)]
struct RuntimeInner {
    vendor: &'static str,
    auth: Auth,
    retry: RetryPolicy,
    timeouts: Timeouts,
    encode_plus_in_path: bool,
    time_source: Arc<dyn TimeSource>,
    /// Client-side rate limit and concurrency bound, shared by every clone.
    pacer: Arc<Pacer>,
    /// Draws the jitter factor in `[0, 1)` of each backoff wait. `fastrand::f64` except in this
    /// crate's tests, which script it.
    jitter: Arc<dyn Fn() -> f64 + Send + Sync>,
    /// The path of the base URL the first request was checked against, worked out once: a
    /// client's base URL is fixed when it is built (another one, from a client sharing this
    /// runtime, is worked out each time).
    base_path: Arc<std::sync::OnceLock<(String, String)>>,
}

impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Runtime")
            .field("vendor", &self.inner.vendor)
            .field("auth", &self.inner.auth)
            .field("retry", &self.inner.retry)
            .field("timeouts", &self.inner.timeouts)
            .field("time_source", &self.inner.time_source)
            .field("pacing", &self.inner.pacer)
            .finish()
    }
}

impl Runtime {
    /// A runtime for one vendor API.
    pub fn new(vendor: &'static str, auth: Auth, config: &ClientConfig) -> Self {
        Self {
            inner: Arc::new(RuntimeInner {
                vendor,
                auth,
                retry: config.retry(),
                timeouts: config.timeouts(),
                encode_plus_in_path: false,
                time_source: config.time_source(),
                pacer: Arc::new(Pacer::new(config.rate_limit(), config.max_concurrency())),
                jitter: Arc::new(fastrand::f64),
                base_path: Arc::default(),
            }),
        }
    }

    /// Sends `+` in request paths as `%2B`. progenitor leaves `+` literal in path parameters;
    /// a vendor that reads paths form-style (`+` = space) needs E.164 numbers encoded (Vobiz).
    pub fn with_plus_encoded_in_paths(self) -> Self {
        let mut inner = (*self.inner).clone();
        inner.encode_plus_in_path = true;
        Self {
            inner: Arc::new(inner),
        }
    }

    /// The same runtime with its jitter factors drawn from `jitter` (this crate's tests).
    #[cfg(test)]
    fn with_jitter_source(self, jitter: impl Fn() -> f64 + Send + Sync + 'static) -> Self {
        let mut inner = (*self.inner).clone();
        inner.jitter = Arc::new(jitter);
        Self {
            inner: Arc::new(inner),
        }
    }

    /// Vendor name, as used in logs and reports.
    pub fn vendor(&self) -> &'static str {
        self.inner.vendor
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.inner.retry
    }

    /// The timeouts.
    pub fn timeouts(&self) -> Timeouts {
        self.inner.timeouts
    }

    /// The `pre` hook: checks that the request still addresses the operation's path (see
    /// [`check_request_path`]), sets the authentication headers, removes the `api-version`
    /// header progenitor adds (none of these vendors reads it), and sends `Content-Length: 0`
    /// on a `POST`, `PUT`, `PATCH` or `DELETE` without a body.
    pub fn prepare(
        &self,
        request: &mut reqwest::Request,
        base_url: &str,
        operation_id: &str,
        operations: &[Operation],
    ) -> Result<(), String> {
        if let Some(operation) = operations.iter().find(|op| op.id == operation_id) {
            let (cached_url, cached_path) = self
                .inner
                .base_path
                .get_or_init(|| (base_url.to_owned(), base_path(base_url).into_owned()));
            let path = if cached_url == base_url {
                std::borrow::Cow::Borrowed(cached_path.as_str())
            } else {
                base_path(base_url)
            };
            check_path(&path, operation.path, request.url())
                .map_err(|reason| format!("{} {operation_id}: {reason}", self.inner.vendor))?;
        }
        if self.inner.encode_plus_in_path && request.url().path().contains('+') {
            let path = request.url().path().replace('+', "%2B");
            request.url_mut().set_path(&path);
        }
        request.headers_mut().remove(API_VERSION_HEADER);
        // A bodiless POST/PUT/PATCH/DELETE would go out with neither `Content-Length` nor
        // `Transfer-Encoding`; strict proxies answer such requests with 411.
        if request.body().is_none()
            && matches!(
                *request.method(),
                reqwest::Method::POST
                    | reqwest::Method::PUT
                    | reqwest::Method::PATCH
                    | reqwest::Method::DELETE
            )
        {
            request
                .headers_mut()
                .entry(reqwest::header::CONTENT_LENGTH)
                .or_insert(HeaderValue::from_static("0"));
        }
        self.inner.auth.apply(request.headers_mut());
        Ok(())
    }

    /// The `exec` hook: sends the request, retrying as [`crate::retry`] decides, within the
    /// attempt and operation timeouts and the client-side pacing ([`crate::RateLimit`],
    /// [`ClientConfig::with_max_concurrency`]), inside a `tracing` span whose fields follow
    /// OpenTelemetry's HTTP client conventions (never headers, bodies or full URLs, so never
    /// secrets; see [`crate::telemetry`]).
    ///
    /// The returned response carries [`ATTEMPTS_HEADER`]; a [`CallReport`] is recorded for
    /// [`observe`].
    ///
    /// The future is boxed here, once: every future a call passes through (the generated
    /// operation's, the facade's) then holds a pointer instead of the whole retry loop and
    /// reqwest's request future, and moving them costs a copy of a few words.
    pub fn execute<'a>(
        &'a self,
        http: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
        operations: &[Operation],
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> + Send + use<'a> {
        // One look-up in the table for both: its idempotency and its path template.
        let operation = operations.iter().find(|op| op.id == operation_id);
        let idempotent = match operation {
            Some(operation) => operation.idempotent,
            None => is_idempotent(&[], operation_id, request.method()),
        };
        let template = operation.map(|op| op.path);
        let span = telemetry::operation_span(self.inner.vendor, operation_id, template, &request);
        Box::pin(
            self.retry_loop(
                |request| http.execute(request),
                request,
                operation_id,
                idempotent,
            )
            .instrument(span),
        )
    }

    /// The retry loop. `send` makes one attempt (`reqwest::Client::execute`; a scripted fake in
    /// this crate's tests), which must end when the request's timeout (set here, per attempt)
    /// runs out, as reqwest's does.
    ///
    /// Every wait and every time measurement is on Tokio's clock, the clock of reqwest's
    /// timeouts; the wall clock ([`TimeSource`]) only dates `Retry-After`.
    async fn retry_loop<S, F>(
        &self,
        send: S,
        request: reqwest::Request,
        operation_id: &'static str,
        idempotent: bool,
    ) -> reqwest::Result<reqwest::Response>
    where
        S: Fn(reqwest::Request) -> F,
        F: Future<Output = reqwest::Result<reqwest::Response>>,
    {
        let policy = self.inner.retry;
        let timeouts = self.inner.timeouts;
        let started = Instant::now();
        let deadline = started + timeouts.operation();
        let mut current = request;
        crate::content_coding::accept_compressed(&mut current);
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            // Keep a copy for the next attempt; a body that cannot be cloned (a stream) gets
            // exactly one attempt.
            let spare = current.try_clone();
            // A slot and a turn in the client-side rate, when configured; the wait counts
            // against the operation deadline.
            let admission = if self.inner.pacer.is_active() {
                let admission = self.inner.pacer.admit().await;
                if !admission.waited.is_zero() {
                    tracing::debug!(
                        attempt,
                        waited_ms = admission.waited.as_millis() as u64,
                        "paced"
                    );
                }
                Some(admission)
            } else {
                None
            };
            let remaining = deadline.saturating_duration_since(Instant::now());
            let attempt_timeout = timeouts.attempt().min(remaining);
            // An attempt that may run until the deadline is ended by the deadline: if it times
            // out, the operation timed out (also when both timeouts are equal).
            let cut_by_deadline = remaining <= timeouts.attempt();
            *current.timeout_mut() = Some(attempt_timeout);

            let attempt_started = Instant::now();
            // A compressed body is decoded as it is read, whoever reads it.
            let result = send(current).await.map(crate::content_coding::decoded);
            // A read that may be tried again has its body read here, inside the attempt, so
            // that a body that breaks off is retried like a failed attempt. The last attempt
            // the budget allows leaves the body to the caller, as does every create.
            let result = if idempotent && spare.is_some() && attempt < policy.max_attempts() {
                read_whole_body(result).await
            } else {
                result
            };
            // The response head is in (or the attempt failed): the slot is free again.
            drop(admission);
            let latency = attempt_started.elapsed();
            let outcome = classify(&result, self.inner.time_source.now());
            telemetry::attempt_finished(self.inner.vendor, operation_id, &outcome, latency);
            tracing::debug!(
                attempt,
                status = result.as_ref().ok().map(|r| r.status().as_u16()),
                latency_ms = latency.as_millis() as u64,
                outcome = ?outcome,
                "attempt finished"
            );

            let context = AttemptContext {
                attempt,
                idempotent,
                remaining: deadline.saturating_duration_since(Instant::now()),
            };
            let decision = match spare {
                Some(_) => retry::decide(&policy, &outcome, &context, (self.inner.jitter)()),
                None => RetryDecision::Stop(StopReason::Final),
            };

            match (decision, spare) {
                (RetryDecision::RetryAfter(wait), Some(next)) => {
                    tracing::info!(
                        attempt,
                        wait_ms = wait.as_millis() as u64,
                        outcome = ?outcome,
                        "retrying"
                    );
                    telemetry::retrying(self.inner.vendor, operation_id, &outcome);
                    if let Ok(response) = result {
                        // Read the (small) error body so the connection can be reused.
                        let _ = response.bytes().await;
                    }
                    tokio::time::sleep(wait).await;
                    current = next;
                }
                (decision, _) => {
                    let stop = match decision {
                        RetryDecision::Stop(stop) => stop,
                        RetryDecision::RetryAfter(_) => StopReason::Final,
                    };
                    let elapsed = started.elapsed();
                    let (status, retry_after) = match &outcome {
                        AttemptOutcome::Response {
                            status,
                            retry_after,
                        } => (Some(*status), *retry_after),
                        _ => (None, None),
                    };
                    let timeout = matches!(outcome, AttemptOutcome::TimedOut).then(|| {
                        if cut_by_deadline {
                            TimeoutKind::Operation
                        } else {
                            TimeoutKind::Attempt
                        }
                    });
                    telemetry::call_finished(
                        self.inner.vendor,
                        operation_id,
                        &outcome,
                        attempt,
                        elapsed,
                    );
                    tracing::debug!(attempts = attempt, stop = ?stop, "operation finished");
                    record(CallReport {
                        vendor: self.inner.vendor,
                        operation_id,
                        attempts: attempt,
                        stop,
                        status,
                        retry_after,
                        timeout,
                        elapsed,
                    });
                    return result.map(|mut response| {
                        response
                            .headers_mut()
                            .insert(ATTEMPTS_HEADER_NAME, HeaderValue::from(attempt));
                        response
                    });
                }
            }
        }
    }

    /// Sends a `GET` to an absolute URL through the same hooks as a generated operation
    /// (auth, retries, timeouts, tracing) and decodes the response like generated code does:
    /// 2xx into `T`, 4xx/5xx into `Error::ErrorResponse(E)`. Used to follow vendor next-page
    /// links.
    pub async fn get_json<T, E>(
        &self,
        http: &reqwest::Client,
        url: &str,
        operation_id: &'static str,
        operations: &[Operation],
    ) -> Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>
    where
        T: DeserializeOwned,
        E: DeserializeOwned,
    {
        let mut request = http
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .build()?;
        self.prepare(&mut request, "", "", &[])
            .map_err(progenitor_client::Error::InvalidRequest)?;
        let response = self
            .execute(http, request, operation_id, operations)
            .await?;
        match response.status().as_u16() {
            200..=299 => {
                let (status, headers) = (response.status(), response.headers().clone());
                let full = response
                    .bytes()
                    .await
                    .map_err(progenitor_client::Error::ResponseBodyError)?;
                // One UTF-8 check of the whole page, instead of one per string (a Twilio page
                // of 1,000 trunks holds ~40,000 strings).
                let decoded = match std::str::from_utf8(&full) {
                    Ok(text) => serde_json::from_str(text),
                    Err(_) => serde_json::from_slice(&full),
                };
                match decoded {
                    Ok(inner) => Ok(progenitor_client::ResponseValue::new(
                        inner, status, headers,
                    )),
                    Err(err) => Err(progenitor_client::Error::InvalidResponsePayload(full, err)),
                }
            }
            400..=599 => Err(progenitor_client::Error::ErrorResponse(
                progenitor_client::ResponseValue::from_response(response).await?,
            )),
            _ => Err(progenitor_client::Error::UnexpectedResponse(response)),
        }
    }
}

/// Checks that a request URL is `base_url` followed by the operation's path template, every
/// `{parameter}` filled by exactly one non-empty segment.
///
/// Path parameters are percent-encoded, so `/`, `?` and `#` inside an id cannot add segments;
/// but URL parsing resolves `.` and `..` segments (also spelled `%2e`), and an empty id leaves
/// an empty segment. Any of those would send the request — with the account's credentials — to
/// a different resource than the caller named (`DELETE /Trunk/../` is `DELETE /`). This check
/// refuses them before anything is sent.
///
/// It sees the URL after parsing, so it cannot catch an id whose dot segments only appear
/// through parsing *and* still fill the template: URL parsing reads `\` as `/` in `http(s)`
/// URLs, so an unencoded `x\..\42` would yield `/Trunk/42/`, a well-formed path to another
/// trunk. That is why generated clients encode path parameters with
/// [`crate::encode_path_param`], which percent-encodes `\` (progenitor's own encoding does not).
///
/// ```
/// use trunkline_core::check_request_path;
/// let base = "https://api.plivo.com/v1/Account/MA1/Zentrunk";
/// let ok = url::Url::parse("https://api.plivo.com/v1/Account/MA1/Zentrunk/Trunk/123/").unwrap();
/// assert!(check_request_path(base, "/Trunk/{trunk_id}/", &ok).is_ok());
/// let escaped = url::Url::parse("https://api.plivo.com/v1/Account/MA1/Zentrunk/Trunk/../").unwrap();
/// assert!(check_request_path(base, "/Trunk/{trunk_id}/", &escaped).is_err());
/// ```
pub fn check_request_path(base_url: &str, template: &str, url: &url::Url) -> Result<(), String> {
    check_path(&base_path(base_url), template, url)
}

/// [`check_request_path`] with the base URL's path (as [`base_path`] works it out).
fn check_path(base_path: &str, template: &str, url: &url::Url) -> Result<(), String> {
    let base_path = base_path.trim_end_matches('/');
    let refuse = || {
        format!(
            "a path parameter is empty, `.` or `..`, which would address a different resource \
             than {template} (request path {})",
            url.path()
        )
    };
    let rest = url.path().strip_prefix(base_path).ok_or_else(refuse)?;
    // Segment by segment, without collecting either side: as many segments on both sides,
    // each matching. On bytes: `/`, `{` and `}` are ASCII, and byte searches are cheaper than
    // `char` searches on segments this short.
    let is = |wanted: u8| move |b: &u8| *b == wanted;
    let mut expected = template.as_bytes().split(is(b'/'));
    let mut actual = rest.as_bytes().split(is(b'/'));
    loop {
        let (want, got) = match (expected.next(), actual.next()) {
            (None, None) => return Ok(()),
            (Some(want), Some(got)) => (want, got),
            _ => return Err(refuse()),
        };
        if let Some(open) = want.iter().position(is(b'{')) {
            // A template segment may be `{Sid}.json`: compare the literal suffix too (what
            // follows the last `}`; the whole segment if none).
            let suffix = match want.iter().rposition(is(b'}')) {
                Some(close) => &want[close + 1..],
                None => want,
            };
            let prefix = &want[..open];
            let value = got
                .strip_prefix(prefix)
                .and_then(|v| v.strip_suffix(suffix))
                .ok_or_else(refuse)?;
            if value.is_empty() || value == b"." || value == b".." {
                return Err(refuse());
            }
        } else if want != got {
            return Err(refuse());
        }
    }
}

/// The path of `base_url` as [`url::Url`] parses it. This runs before every request, and
/// parsing a URL costs more than the rest of the check: a path made only of characters URL
/// parsing keeps as they are (and without `.` segments) is taken as written; anything else is
/// parsed.
fn base_path(base_url: &str) -> std::borrow::Cow<'_, str> {
    let plain = |path: &str| {
        path.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'~' | b'.'))
            && !path
                .as_bytes()
                .split(|b| *b == b'/')
                .any(|segment| segment == b"." || segment == b"..")
    };
    if let Some((scheme, rest)) = base_url.split_once("://")
        && matches!(scheme, "http" | "https")
        && !rest.contains(['?', '#', '\\', '@'])
    {
        let path = rest.find('/').map_or("/", |start| &rest[start..]);
        if plain(path) {
            return std::borrow::Cow::Borrowed(path);
        }
    }
    url::Url::parse(base_url)
        .map(|base| std::borrow::Cow::Owned(base.path().to_owned()))
        .unwrap_or_default()
}

/// Reads the whole body of a 2xx response and gives back the same response (status, version,
/// headers) over the bytes read; a body that breaks off (or runs past the attempt's timeout,
/// which reqwest applies to the body too) is the attempt's error. Generated code reads the
/// whole body of a 2xx response anyway, so nothing more is held in memory than before. Error
/// statuses are returned as they are: their status decides, whatever their body.
async fn read_whole_body(
    result: reqwest::Result<reqwest::Response>,
) -> reqwest::Result<reqwest::Response> {
    let mut response = match result {
        Ok(response) if response.status().is_success() => response,
        other => return other,
    };
    // Reading the body needs neither the headers nor the URL.
    let head = ResponseHead::take(&mut response);
    let body = response.bytes().await?;
    Ok(head.over(body))
}

/// What an attempt ended with; `now` (the wall clock) dates a `Retry-After` HTTP date.
fn classify(
    result: &reqwest::Result<reqwest::Response>,
    now: std::time::SystemTime,
) -> AttemptOutcome {
    match result {
        Ok(response) => AttemptOutcome::Response {
            status: response.status().as_u16(),
            retry_after: response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|value| value.to_str().ok())
                .and_then(|value| retry::parse_retry_after(value, now)),
        },
        Err(err) if err.is_connect() => AttemptOutcome::ConnectFailed,
        Err(err) if err.is_timeout() => AttemptOutcome::TimedOut,
        Err(_) => AttemptOutcome::TransportFailed,
    }
}

/// Implements progenitor's `ClientHooks` for a generated client whose inner type is
/// [`Runtime`], wiring its `pre` hook to [`Runtime::prepare`] and its `exec` hook to
/// [`Runtime::execute`] with the generated `OPERATIONS` table. Every vendor crate invokes it
/// once per generated client (the orphan rule puts the impl in the client's crate; this macro
/// keeps it one implementation). Invoked as
/// `trunkline_core::client_hooks!(generated::Client, generated::OPERATIONS);`.
#[macro_export]
macro_rules! client_hooks {
    ($client:ty, $operations:expr) => {
        impl ::progenitor_client::ClientHooks<$crate::Runtime> for $client {
            async fn pre<E>(
                &self,
                request: &mut ::reqwest::Request,
                _info: &::progenitor_client::OperationInfo,
            ) -> ::std::result::Result<(), ::progenitor_client::Error<E>> {
                ::progenitor_client::ClientInfo::inner(self)
                    .prepare(
                        request,
                        ::progenitor_client::ClientInfo::baseurl(self),
                        _info.operation_id,
                        $operations,
                    )
                    .map_err(::progenitor_client::Error::InvalidRequest)
            }

            async fn exec(
                &self,
                request: ::reqwest::Request,
                info: &::progenitor_client::OperationInfo,
            ) -> ::reqwest::Result<::reqwest::Response> {
                let http = ::progenitor_client::ClientInfo::client(self);
                ::progenitor_client::ClientInfo::inner(self)
                    .execute(http, request, info.operation_id, $operations)
                    .await
            }
        }
    };
}

#[cfg(test)]
mod pacing_tests;
#[cfg(test)]
mod retry_loop_tests;

#[cfg(test)]
mod tests {

    #[test]
    fn base_path_matches_url_parsing() {
        for base in [
            "https://api.plivo.com/v1/Account/MA1/Zentrunk",
            "https://api.plivo.com/v1/Account/MA1/Zentrunk/",
            "http://127.0.0.1:4010",
            "http://127.0.0.1:4010/",
            "https://api.twilio.com/2010-04-01/Accounts/AC1",
            "https://h/a/./b",
            "https://h/a/../b",
            "https://h/a%2Fb/c",
            "https://h/a b",
            "https://h/caf\u{e9}",
            "https://user@h/p",
            "https://h/p?x=1",
            "HTTP://h/p",
            "not a url",
        ] {
            let parsed = url::Url::parse(base)
                .map(|u| u.path().to_owned())
                .unwrap_or_default();
            assert_eq!(base_path(base), parsed, "{base}");
        }
    }
    use super::*;

    const OPS: &[Operation] = &[
        Operation {
            id: "create_trunk",
            method: "POST",
            path: "/Trunk/",
            idempotent: false,
        },
        Operation {
            id: "update_trunk",
            method: "POST",
            path: "/Trunk/{trunk_id}/",
            idempotent: true,
        },
    ];

    #[test]
    fn idempotency_comes_from_the_table_then_the_method() {
        assert!(!is_idempotent(OPS, "create_trunk", &reqwest::Method::POST));
        assert!(is_idempotent(OPS, "update_trunk", &reqwest::Method::POST));
        assert!(!is_idempotent(OPS, "unknown", &reqwest::Method::POST));
        assert!(is_idempotent(OPS, "unknown", &reqwest::Method::GET));
        assert!(is_idempotent(OPS, "unknown", &reqwest::Method::DELETE));
        assert!(is_idempotent(OPS, "unknown", &reqwest::Method::PUT));
    }

    fn report(attempts: u32) -> CallReport {
        CallReport {
            vendor: "test",
            operation_id: "list_things",
            attempts,
            stop: StopReason::Final,
            status: Some(200),
            retry_after: None,
            timeout: None,
            elapsed: Duration::ZERO,
        }
    }

    #[test]
    fn observe_returns_the_last_report_of_its_own_future_only() {
        futures::executor::block_on(async {
            let (_, outer) = observe(async {
                record(report(1));
                let (_, inner) = observe(async { record(report(2)) }).await;
                assert_eq!(inner.map(|r| r.attempts), Some(2));
            })
            .await;
            assert_eq!(outer.map(|r| r.attempts), Some(1));
            let (_, none) = observe(async {}).await;
            assert_eq!(none, None);
            // Outside any observe, recording is a no-op rather than a panic.
            record(report(9));
        });
    }

    /// Pages 1, 2 and 3; fetching pages 1 and 3 makes a call (attempts = page), page 2 none.
    fn pages_calling_on_1_and_3() -> impl futures::Stream<Item = u32> {
        use futures::StreamExt;
        futures::stream::iter([1u32, 2, 3]).map(|page| {
            if page != 2 {
                record(report(page));
            }
            page
        })
    }

    #[test]
    fn observe_stream_pairs_items_with_the_latest_report() {
        use futures::StreamExt;
        let pages = pages_calling_on_1_and_3();
        let seen: Vec<(u32, Option<u32>)> = futures::executor::block_on(
            observe_stream(pages)
                .map(|(page, report)| (page, report.map(|r| r.attempts)))
                .collect(),
        );
        assert_eq!(seen, vec![(1, Some(1)), (2, Some(1)), (3, Some(3))]);
    }

    #[test]
    fn an_observed_stream_keeps_the_latest_report_until_a_newer_one() {
        use futures::StreamExt;
        let pages = pages_calling_on_1_and_3();
        let mut observed = ObservedStream::new(pages);
        assert!(observed.latest_report().is_none());
        let mut seen = Vec::new();
        while let Some(page) = futures::executor::block_on(observed.next()) {
            seen.push((page, observed.latest_report().map(|r| r.attempts)));
        }
        assert_eq!(seen, vec![(1, Some(1)), (2, Some(1)), (3, Some(3))]);
        // The end of the stream keeps the last report.
        assert_eq!(observed.latest_report().map(|r| r.attempts), Some(3));
    }

    /// The base path is worked out once per runtime, for the first base URL; a client sharing
    /// the runtime with another base URL is still checked against its own.
    #[test]
    fn prepare_checks_each_base_url_against_its_own_path() {
        let auth = Auth::basic("AC1", crate::SecretString::from("token")).unwrap();
        let runtime = Runtime::new("twilio", auth, &ClientConfig::default());
        let operations = [Operation {
            id: "get_thing",
            method: "GET",
            path: "/Things/{sid}",
            idempotent: true,
        }];
        let check = |base: &str, url: &str| {
            let url = url::Url::parse(url).expect("url");
            let mut request = reqwest::Request::new(reqwest::Method::GET, url);
            runtime.prepare(&mut request, base, "get_thing", &operations)
        };
        for _ in 0..2 {
            let (a, b) = (
                "https://a.example/v1",
                "https://b.example/2010-04-01/Accounts/AC1",
            );
            assert!(check(a, "https://a.example/v1/Things/TH1").is_ok());
            assert!(check(b, "https://b.example/2010-04-01/Accounts/AC1/Things/TH1").is_ok());
            // Each base's path, not the other's, is what the request must start with.
            assert!(check(a, "https://b.example/2010-04-01/Accounts/AC1/Things/TH1").is_err());
            assert!(check(b, "https://a.example/v1/Things/TH1").is_err());
            assert!(check(a, "https://a.example/v1/Things/..").is_err());
            assert!(check(b, "https://b.example/2010-04-01/Accounts/AC1/Things/.").is_err());
        }
    }

    #[test]
    fn debug_hides_credentials() {
        let auth = Auth::basic("MA123", crate::SecretString::from("very-secret-token")).unwrap();
        let runtime = Runtime::new("plivo", auth, &ClientConfig::default());
        let debug = format!("{runtime:?}");
        assert!(debug.contains("MA123"));
        assert!(!debug.contains("very-secret-token"));
    }
}
