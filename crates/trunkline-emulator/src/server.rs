//! The generic listener shared by every vendor API: the accept loop, body limit, fault
//! injection, request log and the `/__emulator/*` control endpoints.
//!
//! Connections are served by hyper directly (rather than `axum::serve`) so that a fault can
//! really drop a connection: when the service returns an error, hyper closes the socket
//! without writing a response.

use std::net::SocketAddr;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::request::Parts;
use axum::http::uri::Authority;
use axum::http::{HeaderValue, Method, Request, StatusCode, header};
use axum::response::Response;
use futures::StreamExt as _;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use serde::Serialize;
use serde_json::Value;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};

use crate::http::{self, ApiError, Ctx};
use crate::request_log::{MAX_LOGGED_BODY_BYTES, RecordedRequest, RequestLog};
use crate::{Fault, FaultBody, InvalidFault, MAX_BODY_BYTES};

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

/// One vendor API's request handling, independent of transport.
pub(crate) trait Vendor: Send + Sync + 'static {
    /// Authenticates, routes and answers one request (faults and body limits already handled).
    fn handle(&self, ctx: &Ctx<'_>) -> Response;
    /// Renders an error in the vendor's error-body shape.
    fn render_error(&self, err: &ApiError) -> Response;
    /// Drops all resource state, back to the configured seed data.
    fn reset(&self);
}

/// State shared by a listener's connections and its library handle.
pub(crate) struct ApiShared {
    pub(crate) vendor: Arc<dyn Vendor>,
    faults: Mutex<crate::faults::FaultQueue>,
    log: Mutex<RequestLog>,
    /// TCP connections accepted since the listener started.
    connections: AtomicU64,
    /// `http://ip:port` of the bound socket.
    pub(crate) origin: String,
}

impl ApiShared {
    pub(crate) fn new(vendor: Arc<dyn Vendor>, origin: String, log_capacity: usize) -> Self {
        Self {
            vendor,
            faults: Mutex::default(),
            log: Mutex::new(RequestLog::new(log_capacity)),
            connections: AtomicU64::new(0),
            origin,
        }
    }

    /// TCP connections accepted since the listener started (not reset by [`Self::reset`]).
    pub(crate) fn connections_total(&self) -> u64 {
        self.connections.load(Ordering::Relaxed)
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

    pub(crate) fn clear_requests(&self) {
        lock(&self.log).clear();
    }

    /// Clears the vendor's resource state, this API's queued faults and its request log.
    pub(crate) fn reset(&self) {
        self.vendor.reset();
        self.clear_faults();
        self.clear_requests();
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
    let service = hyper::service::service_fn(move |req| handle(shared.clone(), req));
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(30));
    let conn = builder.serve_connection(TokioIo::new(stream), service);
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

/// Returned to hyper to make it close the connection without a response.
#[derive(Debug)]
struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by the emulator")
    }
}

impl std::error::Error for DropConnection {}

struct ReadBody {
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
        return Ok(control(&shared, &parts, &body));
    }

    let fault = lock(&shared.faults).take(parts.method.as_str(), path);
    let log_id = lock(&shared.log).push(RecordedRequest {
        method: parts.method.to_string(),
        path: path.to_owned(),
        query: parts.uri.query().map(str::to_owned),
        body: String::from_utf8_lossy(&body.log_prefix).into_owned(),
        body_truncated: body.total > body.log_prefix.len(),
        fault: fault.clone(),
        status: None,
    });

    let response = match fault {
        Some(fault) => match apply_fault(&shared, &fault).await? {
            Some(response) => response,
            None => answer(&shared, &parts, &body),
        },
        None => answer(&shared, &parts, &body),
    };
    lock(&shared.log).set_status(log_id, response.status().as_u16());
    tracing::debug!(
        method = %parts.method,
        path = %http::echo(path),
        status = response.status().as_u16(),
        "request"
    );
    Ok(response)
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

/// Carries out a fault. `Ok(None)` means "latency only: now handle the request normally".
async fn apply_fault(
    shared: &ApiShared,
    fault: &Fault,
) -> Result<Option<Response>, DropConnection> {
    if fault.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
    }
    if fault.drop_connection {
        return Err(DropConnection);
    }
    let mut response = if let Some(kind) = fault.body {
        let status = fault.status.unwrap_or(200);
        broken_body(kind, StatusCode::from_u16(status).unwrap_or(StatusCode::OK))
    } else if let Some(status) = fault.status {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
        let err = ApiError::new(status, format!("Emulated fault: HTTP {}", status.as_u16()));
        shared.vendor.render_error(&err)
    } else {
        return Ok(None);
    };
    if let Some(value) = fault
        .retry_after
        .as_deref()
        .and_then(|v| HeaderValue::from_str(v).ok())
    {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    Ok(Some(response))
}

fn broken_body(kind: FaultBody, status: StatusCode) -> Response {
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
            let half = Bytes::from(
                full.as_bytes()
                    .get(..full.len() / 2)
                    .unwrap_or_default()
                    .to_vec(),
            );
            // The pause lets hyper flush the head and the first half before the error makes
            // it abort the connection (otherwise nothing at all would reach the client).
            let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(half) }).chain(
                futures::stream::once(async {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    Err(std::io::Error::other("emulated truncated body"))
                }),
            );
            let mut response = Response::new(Body::from_stream(stream));
            *response.status_mut() = status;
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(full.len()));
            response
        }
    }
}

#[derive(Serialize)]
struct FaultList {
    faults: Vec<Fault>,
}

#[derive(Serialize)]
struct RequestList {
    total: u64,
    capacity: usize,
    requests: Vec<RecordedRequest>,
}

/// The `/__emulator/*` endpoints: no auth, no faults, not logged.
fn control(shared: &ApiShared, parts: &Parts, body: &ReadBody) -> Response {
    let vendor = &shared.vendor;
    let fail = |err: ApiError| http::with_error_headers(vendor.render_error(&err), &err);
    if body.oversized {
        return fail(ApiError::payload_too_large());
    }
    let method = &parts.method;
    match parts.uri.path() {
        "/__emulator/faults" => match *method {
            Method::POST => match parse_faults(&body.bytes) {
                Ok(faults) => {
                    for fault in faults {
                        lock(&shared.faults).push(fault);
                    }
                    http::json(
                        StatusCode::CREATED,
                        &FaultList {
                            faults: shared.faults(),
                        },
                    )
                }
                Err(err) => fail(err),
            },
            Method::GET => http::json(
                StatusCode::OK,
                &FaultList {
                    faults: shared.faults(),
                },
            ),
            Method::DELETE => {
                shared.clear_faults();
                http::empty(StatusCode::NO_CONTENT)
            }
            _ => fail(ApiError::method_not_allowed(
                method,
                &[Method::GET, Method::POST, Method::DELETE],
            )),
        },
        "/__emulator/requests" => match *method {
            Method::GET => {
                let query = http::Query::parse(parts.uri.query().unwrap_or(""));
                let want_method = query.get("method");
                let want_prefix = query.get("path_prefix");
                let log = lock(&shared.log);
                let requests = log
                    .snapshot()
                    .into_iter()
                    .filter(|r| want_method.is_none_or(|m| r.method.eq_ignore_ascii_case(m)))
                    .filter(|r| want_prefix.is_none_or(|p| r.path.starts_with(p)))
                    .collect();
                http::json(
                    StatusCode::OK,
                    &RequestList {
                        total: log.total(),
                        capacity: log.capacity(),
                        requests,
                    },
                )
            }
            Method::DELETE => {
                shared.clear_requests();
                http::empty(StatusCode::NO_CONTENT)
            }
            _ => fail(ApiError::method_not_allowed(
                method,
                &[Method::GET, Method::DELETE],
            )),
        },
        "/__emulator/reset" => match *method {
            Method::POST => {
                shared.reset();
                http::empty(StatusCode::NO_CONTENT)
            }
            _ => fail(ApiError::method_not_allowed(method, &[Method::POST])),
        },
        _ => fail(ApiError::not_found(
            "Unknown emulator control endpoint; see /__emulator/faults, /__emulator/requests, /__emulator/reset",
        )),
    }
}

/// Parses one fault object or an array of them; all are validated before any is queued.
fn parse_faults(body: &[u8]) -> Result<Vec<Fault>, ApiError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("Malformed fault JSON: {e}")))?;
    let faults = match value {
        Value::Array(items) => items
            .into_iter()
            .map(serde_json::from_value::<Fault>)
            .collect::<Result<Vec<_>, _>>(),
        other => serde_json::from_value::<Fault>(other).map(|f| vec![f]),
    }
    .map_err(|e| ApiError::bad_request(format!("Invalid fault: {e}")))?;
    for fault in &faults {
        fault
            .validate()
            .map_err(|e| ApiError::bad_request(e.to_string()))?;
    }
    Ok(faults)
}

/// Binds a TCP listener on `addr`.
pub(crate) async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr).await
}
