//! Property tests: arbitrary JSON, and mutated versions of every fixture in `tests/fixtures/`
//! (fields deleted, types swapped, strings replaced by noise, deep nesting, huge numbers,
//! truncation and byte flips), are
//!
//! 1. decoded with every generated response type of every vendor (`serde_json::from_slice`,
//!    exactly what the generated clients do), and
//! 2. served by a local HTTP server as the answer to a facade call of the fixture's vendor
//!    (with a success or an error status), so the whole real path runs: retry loop, progenitor
//!    decoding, the facade's mapping to the neutral model and to `Error`.
//!
//! Nothing may panic or hang, every error's message stays bounded, and the process's peak
//! memory stays far below what unbounded allocation would need.
//!
//! Cases per property: proptest's default of 256, or `PROPTEST_CASES=N` (e.g.
//! `PROPTEST_CASES=5000 cargo test -p trunkline-tests --test proptest_decode` for a long run).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use trunkline::{
    CallFilter, CallId, ClientConfig, CredentialListId, Direction, IpAccessListId, NewTrunk,
    OriginationUriId, RetryPolicy, Timeouts, TrunkFilter, TrunkId, TrunkProvider, Vendor,
};
use trunkline_tests::load::provider_at;
use trunkline_tests::{fixture, fixture_names};

/// Longest error `Display` accepted: excerpts are 512 bytes, messages 1 KiB.
const MAX_ERROR_DISPLAY: usize = 16 * 1024;

// ---------------------------------------------------------------------------------------------
// Decoding with every generated response type.

macro_rules! decode_all {
    ($bytes:expr, $($module:path => [$($ty:ident),* $(,)?]),* $(,)?) => {{
        let bytes: &[u8] = $bytes;
        let mut decoded = 0usize;
        $( $( {
            use $module as types;
            if serde_json::from_slice::<types::$ty>(bytes).is_ok() {
                decoded += 1;
            }
        } )* )*
        decoded
    }};
}

/// Decodes `bytes` as every response and error type the generated clients decode; returns how
/// many accepted it (the property is that none panics).
fn decode_everything(bytes: &[u8]) -> usize {
    decode_all!(bytes,
        trunkline_plivo::types => [
            Call, CallInsights, CallList, Credential, CredentialEnvelope, CredentialList,
            ErrorBody, IpAccessControlList, IpAccessControlListEnvelope, IpAccessControlListList,
            OriginationUri, OriginationUriEnvelope, OriginationUriList, Trunk, TrunkEnvelope,
            TrunkList,
        ],
        trunkline_twilio::trunking::types => [
            OriginationUrl, OriginationUrlPage, Recording, Trunk, TrunkCredentialList,
            TrunkCredentialListPage, TrunkIpAccessControlList, TrunkIpAccessControlListPage,
            TrunkPage, TrunkPhoneNumber, TrunkPhoneNumberPage, TwilioError,
        ],
        trunkline_twilio::sip::types => [
            Credential, CredentialList, CredentialListPage, CredentialPage, IpAccessControlList,
            IpAccessControlListPage, IpAddress, IpAddressPage, TwilioError,
        ],
        trunkline_vobiz::types => [
            CdrPage, CdrResponse, Credential, CredentialList, IpAclEntry, IpAclEntryList,
            OriginationUri, OriginationUriList, RecentCdrs, Trunk, TrunkList, VobizError,
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Fixtures and mutations.

/// Every fixture body: Twilio files hold `response.body`, the others are bodies.
fn fixture_bodies() -> Vec<(Vendor, String, Value)> {
    let mut bodies = Vec::new();
    for vendor in Vendor::ALL {
        for name in fixture_names(vendor.as_str()) {
            let value = fixture(vendor.as_str(), &name);
            let body = match vendor {
                Vendor::Twilio => value["response"]["body"].clone(),
                _ => value,
            };
            if !body.is_null() {
                bodies.push((vendor, name, body));
            }
        }
    }
    bodies
}

/// Every node of a JSON tree, as JSON pointers (the root is `""`).
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{at}/{escaped}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Removes the node (a field or an array element).
    Delete,
    /// Replaces the node with a value of another type.
    Replace(Value),
    /// Replaces every string under the node with noise.
    Noise(String),
    /// Wraps the serialized body in `depth` arrays (text-level: no deep `Value` is built).
    Nest(usize),
    /// Replaces the node with a number literal no Rust integer holds (text-level).
    HugeNumber(&'static str),
    /// Cuts the serialized body at a position (per mille of its length).
    Truncate(usize),
    /// Flips a byte of the serialized body (position per mille, xor mask).
    Flip(usize, u8),
}

fn noise() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[\\x00-\\x1f\"\\\\]{0,20}",
        Just(String::new()),
        (0usize..12_000).prop_map(|n| "ü".repeat(n / 2)),
        Just("<html><body>502 Bad Gateway</body></html>".to_owned()),
        Just("1970-13-45T99:99:99Z".to_owned()),
        Just("-0".to_owned()),
    ]
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        Just(json!(u64::MAX)),
        Just(json!(i64::MIN)),
        Just(json!(-1)),
        Just(json!(1.5e308)),
        Just(json!(-0.0)),
        any::<f64>().prop_map(|f| json!(f)),
        noise().prop_map(Value::String),
        Just(json!([])),
        Just(json!({})),
        Just(json!([null, 1, "x", {"a": []}])),
        Just(json!({"unknown": {"deeper": [1, 2, 3]}})),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => Just(Mutation::Delete),
        4 => replacement().prop_map(Mutation::Replace),
        2 => noise().prop_map(Mutation::Noise),
        1 => prop_oneof![Just(1usize), Just(64), Just(127), Just(128), Just(129), Just(5_000)]
            .prop_map(Mutation::Nest),
        1 => prop_oneof![
            Just("123456789012345678901234567890"),
            Just("-123456789012345678901234567890"),
            Just("1e400"),
            Just("-1e400"),
            Just("1e-400"),
            Just("18446744073709551616"),
            Just("0.0000000000000000000000000000000000000001"),
        ].prop_map(Mutation::HugeNumber),
        1 => (0usize..1000).prop_map(Mutation::Truncate),
        1 => (0usize..1000, 1u8..=255).prop_map(|(at, mask)| Mutation::Flip(at, mask)),
    ]
}

fn replace_strings(value: &mut Value, with: &str) {
    match value {
        Value::String(s) => *s = with.to_owned(),
        Value::Array(items) => items.iter_mut().for_each(|v| replace_strings(v, with)),
        Value::Object(map) => map.values_mut().for_each(|v| replace_strings(v, with)),
        _ => {}
    }
}

/// Applies `mutations` to `body` at nodes picked by `picks`; returns the bytes to serve.
fn mutate(body: &Value, mutations: &[(Mutation, usize)]) -> Vec<u8> {
    let mut value = body.clone();
    let mut text_edits = Vec::new();
    for (mutation, pick) in mutations {
        let mut nodes = Vec::new();
        pointers(&value, String::new(), &mut nodes);
        let at = nodes[pick % nodes.len()].clone();
        match mutation {
            Mutation::Delete if !at.is_empty() => {
                let (parent, last) = at.rsplit_once('/').expect("not the root");
                let key = last.replace("~1", "/").replace("~0", "~");
                match value.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&key);
                    }
                    Some(Value::Array(items)) => {
                        if let Ok(i) = key.parse::<usize>()
                            && i < items.len()
                        {
                            items.remove(i);
                        }
                    }
                    _ => {}
                }
            }
            Mutation::Delete => value = Value::Null,
            Mutation::Replace(with) => {
                if let Some(node) = value.pointer_mut(&at) {
                    *node = with.clone();
                }
            }
            Mutation::Noise(with) => {
                if let Some(node) = value.pointer_mut(&at) {
                    replace_strings(node, with);
                }
            }
            Mutation::HugeNumber(literal) => {
                // Mark the node, swap the mark for the literal in the text.
                if let Some(node) = value.pointer_mut(&at) {
                    *node = Value::String("@@HUGE@@".into());
                    text_edits.push(mutation.clone());
                    let _ = literal;
                }
            }
            other => text_edits.push(other.clone()),
        }
    }
    let mut text = serde_json::to_vec(&value).expect("serializable");
    // Number literals go in while the text is still the serialized JSON; byte edits after.
    text_edits.sort_by_key(|edit| !matches!(edit, Mutation::HugeNumber(_)));
    for edit in text_edits {
        match edit {
            Mutation::HugeNumber(literal) => {
                let serialized = String::from_utf8(text).expect("serialized JSON is UTF-8");
                text = serialized.replacen("\"@@HUGE@@\"", literal, 1).into_bytes();
            }
            Mutation::Nest(depth) => {
                let mut nested = Vec::with_capacity(text.len() + 2 * depth);
                nested.extend(std::iter::repeat_n(b'[', depth));
                nested.extend_from_slice(&text);
                nested.extend(std::iter::repeat_n(b']', depth));
                text = nested;
            }
            Mutation::Truncate(per_mille) => text.truncate(text.len() * per_mille / 1000),
            Mutation::Flip(per_mille, mask) if !text.is_empty() => {
                let at = (text.len() * per_mille / 1000).min(text.len() - 1);
                text[at] ^= mask;
            }
            _ => {}
        }
    }
    text
}

/// Arbitrary JSON: any shape, any depth up to a few levels, any scalar.
fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        "\\PC{0,30}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 96, 10, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..10).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "\\PC{0,12}",
                    // The fields the decoders look for, so objects get deep into them.
                    prop::sample::select(vec![
                        "trunk_id",
                        "sid",
                        "id",
                        "name",
                        "friendly_name",
                        "meta",
                        "objects",
                        "trunks",
                        "credential_lists",
                        "credentials",
                        "ip_addresses",
                        "origination_urls",
                        "next_page_url",
                        "next",
                        "limit",
                        "offset",
                        "total",
                        "total_count",
                        "data",
                        "pagination",
                        "secure",
                        "trunk_status",
                        "trunk_direction",
                        "call_uuid",
                        "uuid",
                        "error",
                        "code",
                        "message",
                        "uri",
                        "sip_url",
                        "priority",
                        "weight",
                    ])
                    .prop_map(str::to_owned),
                ],
                inner,
                0..10,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

// ---------------------------------------------------------------------------------------------
// The facade against a server that answers whatever the case says.

type Answer = Arc<Mutex<(u16, Vec<u8>)>>;

/// A loopback HTTP/1.1 server that answers every request with the current answer.
struct BodyServer {
    url: String,
    answer: Answer,
    task: tokio::task::JoinHandle<()>,
}

impl BodyServer {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let answer: Answer = Arc::new(Mutex::new((200, b"{}".to_vec())));
        let shared = answer.clone();
        let task = tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let answer = shared.clone();
                tokio::spawn(async move {
                    let mut buffer = Vec::new();
                    loop {
                        // Read one request: head, then Content-Length bytes of body.
                        let head_end = loop {
                            if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                                break i + 4;
                            }
                            let mut chunk = [0u8; 8192];
                            match stream.read(&mut chunk).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                            }
                        };
                        let head = String::from_utf8_lossy(&buffer[..head_end]).to_lowercase();
                        let length: usize = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse().ok())
                            .unwrap_or(0);
                        while buffer.len() < head_end + length {
                            let mut chunk = [0u8; 8192];
                            match stream.read(&mut chunk).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                            }
                        }
                        buffer.drain(..head_end + length);
                        let (status, body) = answer.lock().expect("lock").clone();
                        let reply = format!(
                            "HTTP/1.1 {status} Case\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                            body.len()
                        );
                        if stream.write_all(reply.as_bytes()).await.is_err()
                            || stream.write_all(&body).await.is_err()
                        {
                            return;
                        }
                    }
                });
            }
        });
        Self { url, answer, task }
    }

    fn answer(&self, status: u16, body: Vec<u8>) {
        *self.answer.lock().expect("lock") = (status, body);
    }
}

impl Drop for BodyServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The facade calls a case can make: every read, and a create.
#[derive(Clone, Copy, Debug)]
enum FacadeCall {
    ListTrunks,
    GetTrunk,
    CreateTrunk,
    ListCredentialLists,
    GetCredentialList,
    ListIpAccessLists,
    GetIpAccessList,
    ListUris,
    GetUri,
    ListCalls,
    GetCall,
}

const CALLS: [FacadeCall; 11] = [
    FacadeCall::ListTrunks,
    FacadeCall::GetTrunk,
    FacadeCall::CreateTrunk,
    FacadeCall::ListCredentialLists,
    FacadeCall::GetCredentialList,
    FacadeCall::ListIpAccessLists,
    FacadeCall::GetIpAccessList,
    FacadeCall::ListUris,
    FacadeCall::GetUri,
    FacadeCall::ListCalls,
    FacadeCall::GetCall,
];

/// Items read from a list at most: a server that always says "there is more" is followed
/// lazily, page by page, never accumulated.
const LIST_BOUND: usize = 60;

/// Runs one facade call; `Err` carries its error's `Display`.
async fn facade_call(
    p: &dyn TrunkProvider,
    vendor: Vendor,
    call: FacadeCall,
) -> Result<usize, String> {
    async fn list<T>(
        stream: trunkline::BoxStream<'_, trunkline::Result<T>>,
    ) -> Result<usize, String> {
        stream
            .take(LIST_BOUND)
            .try_collect::<Vec<_>>()
            .await
            .map(|items| items.len())
            .map_err(|e| e.to_string())
    }
    let one = |r: Result<(), trunkline::Error>| r.map(|()| 1).map_err(|e| e.to_string());
    match call {
        FacadeCall::ListTrunks => list(p.list_trunks(TrunkFilter::new())).await,
        FacadeCall::GetTrunk => one(p.get_trunk(&TrunkId::new("TK0123")).await.map(drop)),
        FacadeCall::CreateTrunk => {
            let new = match vendor {
                Vendor::Twilio => NewTrunk::new(Direction::Both).with_name("p"),
                _ => NewTrunk::new(Direction::Outbound)
                    .with_name("p")
                    .with_ip_access_list("acl"),
            };
            one(p.create_trunk(&new).await.map(drop))
        }
        FacadeCall::ListCredentialLists => list(p.list_credential_lists()).await,
        FacadeCall::ListIpAccessLists => list(p.list_ip_access_lists()).await,
        FacadeCall::ListUris => list(p.list_origination_uris(None)).await,
        FacadeCall::ListCalls => list(p.list_calls(CallFilter::new())).await,
        // Vobiz reads single credentials, IP ACL entries and URIs by paging through the list
        // until the id turns up: bounded as lists are.
        FacadeCall::GetCredentialList if vendor == Vendor::Vobiz => {
            list(p.list_credential_lists()).await
        }
        FacadeCall::GetIpAccessList if vendor == Vendor::Vobiz => {
            list(p.list_ip_access_lists()).await
        }
        FacadeCall::GetUri if vendor == Vendor::Vobiz => list(p.list_origination_uris(None)).await,
        FacadeCall::GetCredentialList => one(p
            .get_credential_list(&CredentialListId::new("CL0123"))
            .await
            .map(drop)),
        FacadeCall::GetIpAccessList => one(p
            .get_ip_access_list(&IpAccessListId::new("AL0123"))
            .await
            .map(drop)),
        FacadeCall::GetUri => one(p
            .get_origination_uri(&OriginationUriId::new("TK0123/OU0123"))
            .await
            .map(drop)),
        FacadeCall::GetCall => one(p.get_call(&CallId::new("call-0123")).await.map(drop)),
    }
}

/// The environment a property runs in: a runtime, the server, one provider per vendor.
struct Bench {
    runtime: tokio::runtime::Runtime,
    server: BodyServer,
    providers: Vec<(Vendor, Arc<dyn TrunkProvider>)>,
}

impl Bench {
    fn new() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let server = runtime.block_on(BodyServer::start());
        let config = ClientConfig::default()
            .with_retry(RetryPolicy::never())
            .with_timeouts(Timeouts::default().with_attempt(Duration::from_secs(5)));
        let providers = Vendor::ALL
            .into_iter()
            .map(|vendor| {
                let p = provider_at(vendor, &server.url, "proptest-token", config.clone())
                    .expect("provider");
                (vendor, p)
            })
            .collect();
        Self {
            runtime,
            server,
            providers,
        }
    }

    /// Serves `body` with `status` to `call` of `vendor`'s provider.
    fn serve(
        &self,
        vendor: Vendor,
        call: FacadeCall,
        status: u16,
        body: Vec<u8>,
    ) -> Result<(), TestCaseError> {
        self.server.answer(status, body);
        let provider = self
            .providers
            .iter()
            .find(|(v, _)| *v == vendor)
            .map(|(_, p)| p.clone())
            .expect("provider");
        let outcome = self.runtime.block_on(async {
            tokio::time::timeout(
                Duration::from_secs(20),
                facade_call(provider.as_ref(), vendor, call),
            )
            .await
        });
        match outcome {
            Err(_) => Err(TestCaseError::fail(format!(
                "{vendor} {call:?} with HTTP {status} did not finish"
            ))),
            Ok(Ok(_)) => Ok(()),
            Ok(Err(shown)) => {
                prop_assert!(
                    shown.len() <= MAX_ERROR_DISPLAY,
                    "{vendor} {call:?}: an error of {} bytes",
                    shown.len()
                );
                prop_assert!(!shown.contains("proptest-token"));
                Ok(())
            }
        }
    }
}

fn runner() -> TestRunner {
    // `Config::default()` reads PROPTEST_CASES; no regression files are written.
    TestRunner::new(Config {
        failure_persistence: None,
        ..Config::default()
    })
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        6 => Just(200u16),
        1 => Just(201),
        1 => Just(400),
        1 => Just(404),
        1 => Just(429),
        1 => Just(500),
        1 => Just(503),
    ]
}

/// Peak resident memory of this process, where Linux says (`VmHWM`).
fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn assert_bounded_memory() {
    if let Some(peak) = peak_rss_bytes() {
        assert!(
            peak < 1 << 30,
            "peak resident memory {} MiB: something allocated without bound",
            peak >> 20
        );
    }
}

#[test]
fn mutated_fixtures_decode_and_map_without_panic() {
    let bodies = fixture_bodies();
    assert!(bodies.len() >= 70, "fixtures found: {}", bodies.len());
    let bench = Bench::new();
    let strategy = (
        0..bodies.len(),
        prop::collection::vec((mutation(), any::<usize>()), 1..4),
        prop::sample::select(CALLS.to_vec()),
        status(),
    );
    runner()
        .run(&strategy, |(index, mutations, call, status)| {
            let (vendor, _name, body) = &bodies[index];
            let bytes = mutate(body, &mutations);
            decode_everything(&bytes);
            bench.serve(*vendor, call, status, bytes)
        })
        .expect("no panic, no hang, bounded errors");
    assert_bounded_memory();
    // Every unmutated fixture decodes as at least one type (else the mutations test little).
    for (vendor, name, body) in &bodies {
        let bytes = serde_json::to_vec(body).expect("json");
        assert!(
            decode_everything(&bytes) > 0,
            "{vendor} fixture {name} decodes as no response type"
        );
    }
}

#[test]
fn arbitrary_json_decodes_and_maps_without_panic() {
    let bench = Bench::new();
    let strategy = (
        arbitrary_json(),
        prop::sample::select(Vendor::ALL.to_vec()),
        prop::sample::select(CALLS.to_vec()),
        status(),
    );
    runner()
        .run(&strategy, |(value, vendor, call, status)| {
            let bytes = serde_json::to_vec(&value).expect("json");
            decode_everything(&bytes);
            bench.serve(vendor, call, status, bytes)
        })
        .expect("no panic, no hang, bounded errors");
    assert_bounded_memory();
}

#[test]
fn arbitrary_bytes_decode_and_map_without_panic() {
    let bench = Bench::new();
    let strategy = (
        prop::collection::vec(any::<u8>(), 0..2048),
        prop::sample::select(Vendor::ALL.to_vec()),
        prop::sample::select(CALLS.to_vec()),
        status(),
    );
    runner()
        .run(&strategy, |(bytes, vendor, call, status)| {
            decode_everything(&bytes);
            bench.serve(vendor, call, status, bytes)
        })
        .expect("no panic, no hang, bounded errors");
    assert_bounded_memory();
}
