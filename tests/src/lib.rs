//! Shared helpers for trunkline's integration tests: fixture loading, a scripted HTTP server
//! for the cases a mock library cannot express (a sequence of different answers, a server that
//! never answers, a dropped connection), and a capture of one thread's TRACE-level logs.

use std::cell::RefCell;
use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub mod load;

/// Directory of the fixtures copied unchanged from the vendors' docs and SDK test suites.
pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// A fixture file parsed as JSON. Panics with the file name if it is missing or not JSON.
pub fn fixture(vendor: &str, name: &str) -> serde_json::Value {
    let path = fixtures_dir().join(vendor).join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read fixture {}: {err}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|err| panic!("fixture {} is not JSON: {err}", path.display()))
}

/// Names of every fixture file of a vendor, sorted.
pub fn fixture_names(vendor: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir().join(vendor))
        .unwrap_or_else(|err| panic!("cannot list fixtures of {vendor}: {err}"))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    names.sort();
    names
}

/// What the scripted server does with one request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// Answer with this status, extra headers and body.
    Respond {
        /// HTTP status.
        status: u16,
        /// Extra headers (Content-Length is added).
        headers: Vec<(String, String)>,
        /// Body bytes.
        body: String,
    },
    /// Read the request, then never answer (the connection stays open).
    Hang,
    /// Read the request, then close the connection without answering.
    Close,
}

impl Reply {
    /// A JSON answer.
    pub fn json(status: u16, body: &serde_json::Value) -> Self {
        Self::Respond {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.to_string(),
        }
    }

    /// Adds a header to a `Respond` reply.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        if let Self::Respond { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

/// One request the scripted server received.
#[derive(Clone, Debug)]
pub struct Received {
    /// Method.
    pub method: String,
    /// Path and query as sent.
    pub target: String,
    /// Headers, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// Body.
    pub body: String,
    /// When it arrived.
    pub at: Instant,
}

impl Received {
    /// The first header with this (lower-case) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A loopback HTTP/1.1 server that answers requests with a script, one reply per request in
/// order, repeating the last reply when the script runs out. Records every request.
pub struct ScriptedServer {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    received: Arc<Mutex<Vec<Received>>>,
    task: tokio::task::JoinHandle<()>,
}

impl ScriptedServer {
    /// Starts the server on an ephemeral port.
    pub async fn start(script: Vec<Reply>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let received = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new((script, 0usize)));
        let log = received.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let (log, script) = (log.clone(), script.clone());
                tokio::spawn(serve_connection(stream, log, script));
            }
        });
        Self {
            url,
            received,
            task,
        }
    }

    /// Every request received so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().expect("lock").clone()
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

type Script = Arc<Mutex<(Vec<Reply>, usize)>>;

async fn serve_connection(mut stream: TcpStream, log: Arc<Mutex<Vec<Received>>>, script: Script) {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buffer).await else {
            return;
        };
        log.lock().expect("lock").push(request);
        let reply = {
            let mut guard = script.lock().expect("lock");
            let (replies, next) = &mut *guard;
            let index = (*next).min(replies.len().saturating_sub(1));
            *next += 1;
            replies.get(index).cloned()
        };
        match reply {
            Some(Reply::Respond {
                status,
                headers,
                body,
            }) => {
                let mut head = format!("HTTP/1.1 {status} Scripted\r\n");
                for (name, value) in headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
                if stream.write_all(head.as_bytes()).await.is_err()
                    || stream.write_all(body.as_bytes()).await.is_err()
                {
                    return;
                }
            }
            Some(Reply::Hang) => {
                tokio::time::sleep(Duration::from_secs(3600)).await;
                return;
            }
            Some(Reply::Close) | None => return,
        }
    }
}

async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Received> {
    let header_end = loop {
        if let Some(pos) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos + 4;
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..header_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while buffer.len() < header_end + length {
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buffer[header_end..header_end + length]).into_owned();
    buffer.drain(..header_end + length);
    Some(Received {
        method,
        target,
        headers,
        body,
        at: Instant::now(),
    })
}

type LogBuffer = Arc<Mutex<Vec<u8>>>;

thread_local! {
    /// The buffer of the capture active on this thread, if any.
    static CAPTURING: RefCell<Option<LogBuffer>> = const { RefCell::new(None) };
}

/// Everything `tracing` emits at TRACE level, every crate included (trunkline, reqwest, hyper,
/// the in-process emulator), on the current thread while the capture lives.
///
/// The first capture installs the process-wide subscriber; events of threads without an
/// active capture are filtered out before they are formatted, so the other tests of the same
/// binary neither pay for the capture nor show up in it. A `#[tokio::test]` runs its runtime,
/// and so every task it spawns (the client's connections, an in-process emulator or
/// [`ScriptedServer`]), on its own thread: the capture sees all of them. A process-wide
/// subscriber rather than a thread-local one, because a thread-local one can miss events whose
/// callsites another thread registered first.
pub struct LogCapture {
    buffer: LogBuffer,
}

impl LogCapture {
    /// Installs the process-wide subscriber (once; later calls wait until it is installed).
    ///
    /// Call it first thing in every test of a binary that captures: `tracing` caches, per
    /// callsite, whether the subscriber is interested, and a callsite first reached before the
    /// subscriber is installed can stay "not interested" for good.
    pub fn install() {
        static INSTALLED: OnceLock<()> = OnceLock::new();
        INSTALLED.get_or_init(|| {
            use tracing_subscriber::layer::SubscriberExt as _;
            use tracing_subscriber::{Layer as _, filter, fmt};
            // Decided per event and span, never cached per callsite: the same callsite is
            // captured on one thread and not on another.
            let capturing = filter::dynamic_filter_fn(|_, _| {
                CAPTURING.with(|active| active.borrow().is_some())
            });
            let layer = fmt::layer()
                .with_ansi(false)
                .with_writer(|| ThreadWriter)
                .with_filter(capturing);
            let subscriber = tracing_subscriber::registry().with(layer);
            tracing::subscriber::set_global_default(subscriber)
                .expect("LogCapture installs the only global subscriber of its test binary");
        });
    }

    /// Starts capturing this thread's events and spans.
    pub fn start() -> Self {
        Self::install();
        let buffer = LogBuffer::default();
        CAPTURING.with(|active| *active.borrow_mut() = Some(buffer.clone()));
        Self { buffer }
    }

    /// What was captured so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.buffer.lock().expect("lock")).into_owned()
    }
}

impl Drop for LogCapture {
    fn drop(&mut self) {
        CAPTURING.with(|active| active.borrow_mut().take());
    }
}

/// Appends to the buffer of the current thread's capture.
struct ThreadWriter;

impl io::Write for ThreadWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        CAPTURING.with(|active| {
            if let Some(buffer) = active.borrow().as_ref() {
                buffer.lock().expect("lock").extend_from_slice(data);
            }
        });
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
