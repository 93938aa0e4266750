//! The generic listener shared by every vendor API: the accept loop, compression and
//! wire-byte counting, body limit, rate limit, response delay, fault injection (before and
//! after commit), request log, and the `/__emulator/*` control endpoints (in
//! [`crate::control`]).
//!
//! Connections are served by hyper directly (rather than `axum::serve`) so that a fault can
//! really drop a connection: when the service returns an error, hyper closes the socket
//! without writing a response.
//!
//! # How a vendor module plugs in
//!
//! A vendor module implements [`Vendor`]: `handle` (auth, routing, state, the vendor's wire
//! format), `render_error` (its error-body shape), `reset`, `seed_trunks`, and optionally
//! vendor-specific control endpoints (`control`) and its 429 (`rate_limited`). Everything
//! else happens here, before and after `handle`, the same for every vendor: the 1 MiB body
//! limit, the rate limit, faults before and after commit, the response delay, compression,
//! byte counting, the request log and the generic control endpoints. `Emulator::start_on`
//! binds one listener per vendor API with [`Server::spawn`] over an [`ApiShared`].

use std::net::SocketAddr;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::request::Parts;
use axum::http::uri::Authority;
use axum::http::{
    Extensions, HeaderMap, HeaderValue, Method, Request, StatusCode, Version, header,
};
use axum::response::Response;
use futures::StreamExt as _;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};
use tower_http::compression::predicate::{DefaultPredicate, Predicate as _};
use tower_http::compression::{CompressionBody, CompressionLayer};

use crate::control;
use crate::http::{self, ApiError, Ctx};
use crate::rate_limit::{self, Bucket};
use crate::request_log::{MAX_LOGGED_BODY_BYTES, RecordedRequest, RequestLog};
use crate::{
    Fault, FaultBody, InvalidFault, InvalidRateLimit, InvalidResponseDelay, MAX_BODY_BYTES,
    RateLimit,
};

/// Bodies larger than this are not drained before answering 413; the connection is closed.
const DRAIN_LIMIT_BYTES: usize = 16 * MAX_BODY_BYTES;
/// How long a shutdown waits for in-flight connections before aborting them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Locks a mutex, ignoring poisoning (no code path panics while holding these locks, and a
/// test emulator must keep serving regardless).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Read-locks an `RwLock`, ignoring poisoning.
pub(crate) fn read<T>(m: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    m.read().unwrap_or_else(PoisonError::into_inner)
}

/// Write-locks an `RwLock`, ignoring poisoning.
pub(crate) fn write<T>(m: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    m.write().unwrap_or_else(PoisonError::into_inner)
}

/// One vendor API's request handling, independent of transport (see the module docs).
pub(crate) trait Vendor: Send + Sync + 'static {
    /// Authenticates, routes and answers one request (rate limit, faults and body limit are
    /// already handled).
    fn handle(&self, ctx: &Ctx<'_>) -> Response;
    /// Renders an error in the vendor's error-body shape.
    fn render_error(&self, err: &ApiError) -> Response;
    /// Drops all resource state, back to the configured seed data.
    fn reset(&self);
    /// Bulk-creates `count` trunks for `POST /__emulator/trunks`; returns their ids.
    fn seed_trunks(&self, count: usize) -> Vec<String>;
    /// A vendor-specific control endpoint `/__emulator/{name}` (e.g. seeding call records):
    /// `None` when the vendor has no endpoint of that name. `body` is the raw request body
    /// (at most [`MAX_BODY_BYTES`]), to be read as JSON whatever its `Content-Type`.
    fn control(
        &self,
        name: &str,
        method: &Method,
        body: &[u8],
    ) -> Option<Result<Response, ApiError>> {
        let _ = (name, method, body);
        None
    }
    /// Names of the vendor-specific control endpoints, for the unknown-endpoint hint.
    fn control_endpoints(&self) -> &'static [&'static str] {
        &[]
    }
    /// The error a request over the rate limit gets (rendered with
    /// [`render_error`](Self::render_error)): 429 with `Retry-After` by default. A vendor
    /// overrides it to use its own code or headers.
    fn rate_limited(&self, limit: &RateLimit, retry_after_secs: u64) -> ApiError {
        rate_limited_error(limit, retry_after_secs)
    }
}

/// The default 429 of [`Vendor::rate_limited`].
pub(crate) fn rate_limited_error(limit: &RateLimit, retry_after_secs: u64) -> ApiError {
    ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        format!(
            "Too many requests: the limit is {} requests per second (burst {})",
            limit.requests_per_second(),
            limit.burst()
        ),
    )
    .with_header(header::RETRY_AFTER, HeaderValue::from(retry_after_secs))
}

/// Settings of one listener that can change at run time.
struct Settings {
    bucket: Option<Bucket>,
    response_delay: Duration,
}

/// State shared by a listener's connections and its library handle.
pub(crate) struct ApiShared {
    pub(crate) vendor: Arc<dyn Vendor>,
    pub(crate) faults: Mutex<crate::faults::FaultQueue>,
    pub(crate) log: Mutex<RequestLog>,
    settings: Mutex<Settings>,
    /// TCP connections accepted since the listener started.
    connections: AtomicU64,
    /// Response body bytes handed to the socket (after compression) since the listener
    /// started, control endpoints excluded.
    bytes_sent: AtomicU64,
    /// Whether responses are compressed when the client accepts it.
    compression: bool,
    /// `http://ip:port` of the bound socket.
    pub(crate) origin: String,
}

/// How [`ApiShared::new`] sets a listener up.
pub(crate) struct ListenerConfig {
    pub(crate) log_capacity: usize,
    pub(crate) rate_limit: Option<RateLimit>,
    pub(crate) response_delay: Duration,
    pub(crate) compression: bool,
}

impl ApiShared {
    pub(crate) fn new(vendor: Arc<dyn Vendor>, origin: String, config: &ListenerConfig) -> Self {
        Self {
            vendor,
            faults: Mutex::default(),
            log: Mutex::new(RequestLog::new(config.log_capacity)),
            settings: Mutex::new(Settings {
                bucket: config.rate_limit.map(Bucket::new),
                response_delay: config.response_delay,
            }),
            connections: AtomicU64::new(0),
            bytes_sent: AtomicU64::new(0),
            compression: config.compression,
            origin,
        }
    }

    /// TCP connections accepted since the listener started (not reset by [`Self::reset`]).
    pub(crate) fn connections_total(&self) -> u64 {
        self.connections.load(Ordering::Relaxed)
    }

    /// Response body bytes sent since the listener started (not reset by [`Self::reset`]).
    pub(crate) fn bytes_sent(&self) -> u64 {
        self.bytes_sent.load(Ordering::Relaxed)
    }

    pub(crate) fn inject(&self, fault: Fault) -> Result<(), InvalidFault> {
        fault.validate()?;
        lock(&self.faults).push(fault);
        Ok(())
    }

    pub(crate) fn clear_faults(&self) {
        lock(&self.faults).clear();
    }

    pub(crate) fn faults(&self) -> Vec<Fault> {
        lock(&self.faults).list()
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.log).snapshot()
    }

    pub(crate) fn requests_total(&self) -> u64 {
        lock(&self.log).total()
    }

    pub(crate) fn rate_limited_total(&self) -> u64 {
        lock(&self.log).rate_limited()
    }

    pub(crate) fn clear_requests(&self) {
        lock(&self.log).clear();
    }

    pub(crate) fn rate_limit(&self) -> Option<RateLimit> {
        lock(&self.settings).bucket.as_ref().map(Bucket::limit)
    }

    /// Replaces the rate limit (`None` removes it); a new limit starts with a full bucket.
    pub(crate) fn set_rate_limit(&self, limit: Option<RateLimit>) -> Result<(), InvalidRateLimit> {
        if let Some(limit) = &limit {
            limit.validate()?;
        }
        lock(&self.settings).bucket = limit.map(Bucket::new);
        Ok(())
    }

    pub(crate) fn response_delay(&self) -> Duration {
        lock(&self.settings).response_delay
    }

    /// Sets the fixed response delay; refused above [`crate::MAX_RESPONSE_DELAY`].
    pub(crate) fn set_response_delay(&self, delay: Duration) -> Result<(), InvalidResponseDelay> {
        if delay > crate::MAX_RESPONSE_DELAY {
            return Err(InvalidResponseDelay(delay));
        }
        lock(&self.settings).response_delay = delay;
        Ok(())
    }

    /// The response delay, and a rate-limit token taken now (or the limit and the wait for
    /// the next token), under one lock.
    fn admit(&self) -> (Duration, Result<(), (RateLimit, Duration)>) {
        let mut settings = lock(&self.settings);
        let delay = settings.response_delay;
        let admitted = match settings.bucket.as_mut() {
            None => Ok(()),
            Some(bucket) => bucket
                .admit(tokio::time::Instant::now())
                .map_err(|wait| (bucket.limit(), wait)),
        };
        (delay, admitted)
    }

    /// Clears the vendor's resource state, this API's queued faults and its request log,
    /// and refills the rate-limit bucket (the settings stay).
    pub(crate) fn reset(&self) {
        self.vendor.reset();
        self.clear_faults();
        self.clear_requests();
        if let Some(bucket) = lock(&self.settings).bucket.as_mut() {
            bucket.refill();
        }
    }
}

/// A running listener; dropping it (or calling [`Server::shutdown`]) stops it.
pub(crate) struct Server {
    shutdown: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl Server {
    /// Starts serving `listener` on the current Tokio runtime.
    pub(crate) fn spawn(listener: TcpListener, shared: Arc<ApiShared>) -> Self {
        let (shutdown, rx) = watch::channel(false);
        let task = tokio::spawn(accept_loop(listener, shared, rx));
        Self {
            shutdown,
            task: Some(task),
        }
    }

    /// Asks the listener to stop accepting and to close its connections gracefully.
    pub(crate) fn signal(&self) {
        self.shutdown.send_replace(true);
    }

    /// Signals shutdown and waits until every connection task has ended.
    pub(crate) async fn shutdown(&mut self) {
        self.signal();
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.signal();
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<ApiShared>, rx: watch::Receiver<bool>) {
    let mut connections = JoinSet::new();
    let mut stop = rx.clone();
    loop {
        tokio::select! {
            () = stopped(&mut stop) => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    shared.connections.fetch_add(1, Ordering::Relaxed);
                    connections.spawn(serve_connection(stream, shared.clone(), rx.clone()));
                }
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    let drained = tokio::time::timeout(SHUTDOWN_GRACE, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        connections.abort_all();
        while connections.join_next().await.is_some() {}
    }
}

/// Resolves once shutdown is signalled (or the signalling side is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|stop| *stop).await;
}

async fn serve_connection(
    stream: TcpStream,
    shared: Arc<ApiShared>,
    mut stop: watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    let compress = shared.compression;
    let predicate = DefaultPredicate::new().and(
        move |_: StatusCode, _: Version, _: &HeaderMap, extensions: &Extensions| {
            compress && extensions.get::<Uncompressed>().is_none()
        },
    );
    let counting = shared.clone();
    let service = tower::ServiceBuilder::new()
        .map_response(move |response| count_body(&counting, response))
        .layer(CompressionLayer::new().compress_when(predicate))
        .service_fn(move |req| handle(shared.clone(), req));
    let mut builder = hyper::server::conn::http1::Builder::new();
    // No header-read timeout: an idle keep-alive connection then holds no timer, so a test
    // under Tokio's paused clock has nothing the clock could jump to (a jump would refill
    // rate-limit buckets and close connections behind the test's back).
    builder.timer(TokioTimer::new()).header_read_timeout(None);
    let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
    tokio::pin!(conn);
    tokio::select! {
        result = conn.as_mut() => {
            if let Err(e) = result {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        }
        () = stopped(&mut stop) => {
            conn.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(SHUTDOWN_GRACE, conn.as_mut()).await;
        }
    }
}

/// Counts the (compressed) body bytes of an API response as hyper takes them.
fn count_body(shared: &Arc<ApiShared>, response: Response<CompressionBody<Body>>) -> Response {
    if response.extensions().get::<ControlResponse>().is_some() {
        return response.map(Body::new);
    }
    let shared = shared.clone();
    response.map(move |body| {
        Body::new(CountedBody {
            inner: Body::new(body),
            shared,
        })
    })
}

/// A body that adds the length of every data frame to [`ApiShared::bytes_sent`] and keeps
/// the inner size hint (so an uncompressed body still goes out with `Content-Length`).
struct CountedBody {
    inner: Body,
    shared: Arc<ApiShared>,
}

impl hyper::body::Body for CountedBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, axum::Error>>> {
        let polled = std::pin::Pin::new(&mut self.inner).poll_frame(cx);
        if let std::task::Poll::Ready(Some(Ok(frame))) = &polled
            && let Some(data) = frame.data_ref()
        {
            self.shared
                .bytes_sent
                .fetch_add(data.len() as u64, Ordering::Relaxed);
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.inner.size_hint()
    }
}

/// Returned to hyper to make it close the connection without a response.
#[derive(Debug)]
pub(crate) struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by the emulator")
    }
}

impl std::error::Error for DropConnection {}

pub(crate) struct ReadBody {
    /// The whole body, unless it was over the limit (then empty).
    bytes: Vec<u8>,
    /// The first [`MAX_LOGGED_BODY_BYTES`] bytes, for the request log.
    log_prefix: Vec<u8>,
    total: usize,
    oversized: bool,
}

async fn read_body(body: Incoming, parts: &Parts) -> Result<ReadBody, DropConnection> {
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let mut read = ReadBody {
        bytes: Vec::new(),
        log_prefix: Vec::new(),
        total: 0,
        oversized: false,
    };
    if declared.is_some_and(|len| len > DRAIN_LIMIT_BYTES) {
        read.oversized = true;
        read.total = declared.unwrap_or(0);
        return Ok(read);
    }
    let mut stream = Body::new(body).into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk: Bytes = chunk.map_err(|_| DropConnection)?;
        let room = MAX_LOGGED_BODY_BYTES.saturating_sub(read.log_prefix.len());
        read.log_prefix
            .extend_from_slice(chunk.get(..room.min(chunk.len())).unwrap_or_default());
        read.total = read.total.saturating_add(chunk.len());
        if read.total > MAX_BODY_BYTES {
            read.oversized = true;
            read.bytes = Vec::new();
            if read.total > DRAIN_LIMIT_BYTES {
                break;
            }
        } else {
            read.bytes.extend_from_slice(&chunk);
        }
    }
    Ok(read)
}

/// The origin the client addressed: `http://` + a well-formed `Host`, else the bound address.
fn request_origin(parts: &Parts, fallback: &str) -> String {
    parts
        .headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.contains('@'))
        .and_then(|h| Authority::from_str(h).ok())
        .map(|a| format!("http://{a}"))
        .unwrap_or_else(|| fallback.to_owned())
}

async fn handle(
    shared: Arc<ApiShared>,
    req: Request<Incoming>,
) -> Result<Response, DropConnection> {
    let (parts, body) = req.into_parts();
    let body = read_body(body, &parts).await?;
    let path = parts.uri.path();
    if path == "/__emulator" || path.starts_with("/__emulator/") {
        let mut response = control::handle(&shared, &parts, &body.bytes, body.oversized);
        response.extensions_mut().insert(ControlResponse);
        return Ok(response);
    }
    let (delay, admitted) = shared.admit();
    let outcome = serve_api(&shared, &parts, &body, admitted).await;
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    outcome
}

/// One API request: the rate limit, then the first matching fault (before or after the
/// vendor handles it), then the request log.
async fn serve_api(
    shared: &ApiShared,
    parts: &Parts,
    body: &ReadBody,
    admitted: Result<(), (RateLimit, Duration)>,
) -> Result<Response, DropConnection> {
    let path = parts.uri.path();
    let entry = RecordedRequest {
        method: parts.method.to_string(),
        path: path.to_owned(),
        query: parts.uri.query().map(str::to_owned),
        body: String::from_utf8_lossy(&body.log_prefix).into_owned(),
        body_truncated: body.total > body.log_prefix.len(),
        fault: None,
        status: None,
        committed: false,
        handler_status: None,
        rate_limited: false,
    };

    if let Err((limit, wait)) = admitted {
        let err = shared
            .vendor
            .rate_limited(&limit, rate_limit::retry_after_secs(wait));
        let response = http::with_error_headers(shared.vendor.render_error(&err), &err);
        lock(&shared.log).push(RecordedRequest {
            rate_limited: true,
            status: Some(response.status().as_u16()),
            ..entry
        });
        return Ok(response);
    }

    let fault = lock(&shared.faults).take(parts.method.as_str(), path);
    let log_id = lock(&shared.log).push(RecordedRequest {
        fault: fault.clone(),
        ..entry
    });
    let outcome = match &fault {
        None => Ok(commit(shared, log_id, parts, body)),
        Some(fault) if fault.after_commit => {
            let real = commit(shared, log_id, parts, body);
            after_commit(shared, fault, real).await
        }
        Some(fault) => match before_commit(shared, fault).await {
            Ok(Some(response)) => Ok(response),
            Ok(None) => Ok(commit(shared, log_id, parts, body)),
            Err(drop) => Err(drop),
        },
    };
    if let Ok(response) = &outcome {
        lock(&shared.log).set_status(log_id, response.status().as_u16());
    }
    tracing::debug!(
        method = %parts.method,
        path = %http::echo(path),
        status = outcome.as_ref().ok().map(|r| r.status().as_u16()),
        "request"
    );
    outcome
}

/// Lets the vendor handle the request and records that it did.
fn commit(shared: &ApiShared, log_id: u64, parts: &Parts, body: &ReadBody) -> Response {
    let response = answer(shared, parts, body);
    lock(&shared.log).set_committed(log_id, response.status().as_u16());
    response
}

fn answer(shared: &ApiShared, parts: &Parts, body: &ReadBody) -> Response {
    if body.oversized {
        let err = ApiError::payload_too_large();
        return http::with_error_headers(shared.vendor.render_error(&err), &err);
    }
    let ctx = Ctx::new(
        &parts.method,
        parts.uri.path(),
        parts.uri.query(),
        &parts.headers,
        &body.bytes,
        request_origin(parts, &shared.origin),
    );
    shared.vendor.handle(&ctx)
}

/// Marks a response the compression layer must leave alone (fault responses: their bytes
/// are exactly what the fault describes).
#[derive(Clone, Copy)]
struct Uncompressed;

/// Marks a control-endpoint response: not counted in [`ApiShared::bytes_sent`].
#[derive(Clone, Copy)]
struct ControlResponse;

fn uncompressed(mut response: Response) -> Response {
    response.extensions_mut().insert(Uncompressed);
    response
}

/// A before-commit fault. `Ok(None)` means "latency only: now handle the request normally".
async fn before_commit(
    shared: &ApiShared,
    fault: &Fault,
) -> Result<Option<Response>, DropConnection> {
    if fault.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
    }
    if fault.drop_connection {
        return Err(DropConnection);
    }
    let response = if let Some(kind) = fault.body {
        let status = status_or(fault.status, StatusCode::OK);
        synthetic_broken_body(kind, status)
    } else if let Some(status) = fault.status {
        fault_error(
            shared,
            status_or(Some(status), StatusCode::SERVICE_UNAVAILABLE),
        )
    } else {
        return Ok(None);
    };
    Ok(Some(with_retry_after(uncompressed(response), fault)))
}

/// An after-commit fault: `real` is the vendor's answer to the request it already handled.
async fn after_commit(
    shared: &ApiShared,
    fault: &Fault,
    real: Response,
) -> Result<Response, DropConnection> {
    if fault.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
    }
    if fault.drop_connection {
        return Err(DropConnection);
    }
    let response = match fault.body {
        Some(FaultBody::Truncated) => {
            let status = body_status(status_or(fault.status, real.status()));
            let content_type = real.headers().get(header::CONTENT_TYPE).cloned();
            let bytes = axum::body::to_bytes(real.into_body(), usize::MAX)
                .await
                .unwrap_or_default();
            if bytes.is_empty() {
                synthetic_broken_body(FaultBody::Truncated, status)
            } else {
                truncated(
                    status,
                    content_type.unwrap_or(HeaderValue::from_static("application/json")),
                    bytes,
                )
            }
        }
        Some(kind) => {
            synthetic_broken_body(kind, body_status(status_or(fault.status, real.status())))
        }
        None => match fault.status {
            Some(status) => fault_error(shared, status_or(Some(status), StatusCode::BAD_GATEWAY)),
            // Latency only: the real answer, late.
            None => return Ok(real),
        },
    };
    Ok(with_retry_after(uncompressed(response), fault))
}

fn status_or(status: Option<u16>, default: StatusCode) -> StatusCode {
    status
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(default)
}

/// A status that may carry a body (a broken body on a 204 would not reach the client).
fn body_status(status: StatusCode) -> StatusCode {
    if status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED {
        StatusCode::OK
    } else {
        status
    }
}

/// The vendor's error body for a fault status.
fn fault_error(shared: &ApiShared, status: StatusCode) -> Response {
    let err = ApiError::new(status, format!("Emulated fault: HTTP {}", status.as_u16()));
    shared.vendor.render_error(&err)
}

fn with_retry_after(mut response: Response, fault: &Fault) -> Response {
    if let Some(value) = fault
        .retry_after
        .as_deref()
        .and_then(|v| HeaderValue::from_str(v).ok())
    {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// The emulator's own broken documents, for faults without a real body to break.
fn synthetic_broken_body(kind: FaultBody, status: StatusCode) -> Response {
    match kind {
        FaultBody::Malformed => http::raw(
            status,
            "application/json",
            br#"{"emulator_fault": "malformed", "message": "this body is not valid JSON",, "#
                .to_vec(),
        ),
        FaultBody::Truncated => {
            let full = format!(
                r#"{{"emulator_fault": "truncated", "message": "the connection closes before this body ends", "padding": "{}"}}"#,
                "x".repeat(128)
            );
            truncated(
                status,
                HeaderValue::from_static("application/json"),
                Bytes::from(full),
            )
        }
    }
}

/// Announces `full` with its `Content-Length`, sends its first half, then aborts the
/// connection.
fn truncated(status: StatusCode, content_type: HeaderValue, full: Bytes) -> Response {
    let len = full.len();
    let half = full.slice(..len / 2);
    // The pause lets hyper flush the head and the first half before the error makes it
    // abort the connection (otherwise nothing at all would reach the client).
    let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(half) }).chain(
        futures::stream::once(async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            Err(std::io::Error::other("emulated truncated body"))
        }),
    );
    let mut response = Response::new(Body::from_stream(stream));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, content_type);
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    response
}

/// Binds a TCP listener on `addr`.
pub(crate) async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr).await
}
