//! The checks of the shared vendor suite, each generic over a [`Harness`]; `main.rs` runs
//! every one of them for every vendor API.
//!
//! Servers: a [`ScriptedServer`] where the exact bytes on the wire matter (headers, paths,
//! page and error bodies), the emulator where server-side state and its request log are the
//! evidence (paging over seeded lists, faults, retries). Time is Tokio's: the retry and
//! timeout checks run with the clock paused, so every wait is exact and instant, and nothing
//! asserts on wall time.

use std::fmt::Debug;
use std::process::Command;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use trunkline_core::retry::StopReason;
use trunkline_core::{
    CallReport, ClientConfig, ConfigError, RetryPolicy, TimeoutKind, Timeouts, attempts_of, observe,
};
use trunkline_emulator::{Emulator, Fault, RecordedRequest};
use trunkline_tests::{LogCapture, Reply, ScriptedServer};

use crate::harness::{
    ApiError, Base, Harness, Listed, Next, Op, PageSpec, Paging, cursor_and_size, empty,
    expected_pages, ids, json, list_options,
};

// --- Shared pieces ---------------------------------------------------------------------------

/// No retries: one request per call.
fn once() -> ClientConfig {
    ClientConfig::default().with_retry(RetryPolicy::never())
}

/// The production retry rules without jitter: 4 attempts, waits of 250, 500, 1000 ms,
/// `Retry-After` honoured up to 60 s. Under the paused clock every wait is exact.
fn exact_retries() -> ClientConfig {
    ClientConfig::default().with_retry(RetryPolicy::default().with_jitter(false))
}

fn new_client<H: Harness>(base: Base<'_>, config: ClientConfig) -> H::Client {
    H::build(base, H::SECRET, config).unwrap_or_else(|err| panic!("{}: client: {err}", H::NAME))
}

async fn emulator<H: Harness>() -> Emulator {
    Emulator::start(H::emulator_config())
        .await
        .expect("the emulator starts")
}

/// Every item of a stream that must not fail.
async fn all<H: Harness>(stream: impl futures::Stream<Item = Listed<H::Body>>) -> Vec<String> {
    stream
        .try_collect()
        .await
        .unwrap_or_else(|err| panic!("{}: the list fails: {err:?}", H::NAME))
}

/// The status and decoded body of a call that must fail with the vendor's error response.
fn error_response<T: Debug, B: Debug>(result: Result<T, ApiError<B>>) -> (u16, B) {
    match result {
        Err(ApiError::ErrorResponse(response)) => {
            (response.status().as_u16(), response.into_inner())
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

/// Asserts that none of `H`'s secrets (and `extra` ones) shows in `text`.
fn assert_hidden<H: Harness>(what: &str, text: &str, extra: &[&str]) {
    let mut secrets = H::leaked_forms(H::SECRET);
    for secret in extra {
        secrets.extend(H::leaked_forms(secret));
    }
    for secret in secrets {
        assert!(
            !text.contains(&secret),
            "{}: {what} shows the secret {secret:?}: {text:.2000}",
            H::NAME
        );
    }
}

/// The statuses answered to `method` requests on exactly `path`, in order.
fn statuses(log: &[RecordedRequest], method: &str, path: &str) -> Vec<Option<u16>> {
    log.iter()
        .filter(|r| r.method == method && r.path == path)
        .map(|r| r.status)
        .collect()
}

/// The `(cursor, size)` of every list request the emulator logged.
fn list_requests<H: Harness>(emulator: &Emulator) -> Vec<(String, String)> {
    H::api(emulator)
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.path == H::list_path())
        .map(|r| cursor_and_size::<H>(r.query.as_deref().unwrap_or_default()))
        .collect()
}

/// The path and the `(cursor, size)` of every request a scripted server received.
fn received_pages<H: Harness>(server: &ScriptedServer) -> Vec<(String, String)> {
    server
        .received()
        .iter()
        .map(|r| cursor_and_size::<H>(r.target.split_once('?').map_or("", |(_, q)| q)))
        .collect()
}

/// [`Harness::list`] with a page size and a maximum, where given.
fn listed<H: Harness>(
    client: &H::Client,
    page_size: Option<u64>,
    max_items: Option<u64>,
) -> impl futures::Stream<Item = Listed<H::Body>> {
    H::list(client, list_options(page_size, max_items))
}

/// A fresh emulator, a client of it with `config`, and the id of one seeded resource.
async fn seeded<H: Harness>(config: ClientConfig) -> (Emulator, H::Client, String) {
    let emulator = emulator::<H>().await;
    let client = new_client::<H>(Base::Emulator(&emulator), config);
    let id = H::seed(&emulator, &client, 1).await.remove(0);
    (emulator, client, id)
}

/// Asserts that an error body decoded with a message: the vendor's shape.
fn assert_vendor_message<H: Harness>(body: &H::Body) {
    let shape = H::error_shape(body);
    assert!(shape.message.is_some(), "{}: {body:?}", H::NAME);
}

/// Asserts that a call was sent once and not resent because resending was unsafe.
fn assert_not_resent<H: Harness>(report: Option<CallReport>) -> CallReport {
    let report = report_of(report);
    let sent = (report.attempts, report.stop);
    assert_eq!(sent, (1, StopReason::UnsafeToRetry), "{}", H::NAME);
    report
}

fn report_of(report: Option<CallReport>) -> CallReport {
    report.expect("every call leaves a report")
}

// --- Auth and secrets ------------------------------------------------------------------------

/// Every request carries exactly the vendor's auth header(s) with exactly the expected value,
/// and none of another vendor's; the five operations go to their documented methods and paths.
pub async fn auth_headers_go_on_every_request<H: Harness>() {
    let server = ScriptedServer::start(vec![
        H::ok_reply(Op::Read),
        json(
            200,
            &H::page(PageSpec {
                ids: &ids("id", 0..2),
                index: 0,
                size: H::MAX_PAGE,
                next: Next::Total(2),
            }),
        ),
        H::ok_reply(Op::Create),
        H::ok_reply(Op::Update),
        H::ok_reply(Op::Delete),
    ])
    .await;
    let client = new_client::<H>(Base::Origin(&server.url), once());
    H::read(&client, "id0").await.expect("read");
    assert_eq!(
        all::<H>(listed::<H>(&client, None, None)).await,
        ["id0", "id1"]
    );
    H::create(&client).await.expect("create");
    H::update(&client, "id0").await.expect("update");
    H::delete(&client, "id0").await.expect("delete");

    let received = server.received();
    let seen: Vec<(&str, &str)> = received
        .iter()
        .map(|r| {
            (
                r.method.as_str(),
                r.target.split('?').next().unwrap_or_default(),
            )
        })
        .collect();
    let (item, list) = (H::item_path("id0"), H::list_path());
    assert_eq!(
        seen,
        [
            ("GET", item.as_str()),
            ("GET", list.as_str()),
            ("POST", list.as_str()),
            (H::UPDATE_METHOD, item.as_str()),
            ("DELETE", item.as_str()),
        ],
        "{}",
        H::NAME
    );
    let expected = H::auth_headers(H::SECRET);
    for request in &received {
        let what = format!("{} {} {}", H::NAME, request.method, request.target);
        for name in ["authorization", "x-auth-id", "x-auth-token"] {
            let sent: Vec<&str> = request
                .headers
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .collect();
            let wanted: Vec<&str> = expected
                .iter()
                .filter(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str())
                .collect();
            assert_eq!(sent, wanted, "{what}: header {name}");
        }
        assert_eq!(request.header("api-version"), None, "{what}");
    }
}

/// A wrong secret is refused by the emulator with 401 in the vendor's error shape; a 401 is
/// final (each call sent once) and nothing was created.
pub async fn a_wrong_secret_is_a_final_401<H: Harness>() {
    let emulator = emulator::<H>().await;
    let intruder = H::build(
        Base::Emulator(&emulator),
        "wrong-secret-Qa1z2Ws3",
        exact_retries(),
    )
    .expect("client");
    for result in [
        H::read(&intruder, "anything").await.map(drop),
        H::create(&intruder).await.map(drop),
    ] {
        let (status, body) = error_response(result);
        assert_eq!(status, 401, "{}: {body:?}", H::NAME);
        let message = H::error_shape(&body).message.unwrap_or_default();
        assert!(
            message.contains(H::UNAUTHENTICATED),
            "{}: {message:?}",
            H::NAME
        );
    }
    assert_eq!(
        H::api(&emulator).requests().len(),
        2,
        "{}: a 401 is final",
        H::NAME
    );
    let owner = new_client::<H>(Base::Emulator(&emulator), once());
    assert!(
        all::<H>(listed::<H>(&owner, None, None)).await.is_empty(),
        "{}",
        H::NAME
    );
}

/// No secret shows in the `Debug` of a client, nor in the `Debug` or `Display` of any error:
/// an error response, a body that is not JSON, a refused connection, a bad base URL.
pub async fn secrets_never_show_in_debug_or_errors<H: Harness>() {
    let server = ScriptedServer::start(vec![
        json(401, &H::error_body(401, "authentication failed")),
        Reply::Respond {
            status: 200,
            headers: vec![],
            body: "<html>proxy</html>".into(),
        },
        Reply::Close,
    ])
    .await;
    let client = new_client::<H>(Base::Origin(&server.url), once());
    let mut shown = vec![
        format!("{client:?} {client:#?}"),
        H::builder_debug(H::SECRET),
    ];
    for _ in 0..3 {
        let err = H::read(&client, "1").await.expect_err("fails");
        shown.push(format!("{err:?} {err} {err:#?}"));
    }
    let list_error = ScriptedServer::start(vec![json(401, &H::error_body(401, "no"))]).await;
    let lister = new_client::<H>(Base::Origin(&list_error.url), once());
    let items: Vec<_> = listed::<H>(&lister, None, None).collect().await;
    shown.push(format!("{items:?}"));
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        format!("http://{}", listener.local_addr().expect("addr"))
    };
    let unreachable = new_client::<H>(Base::Origin(&closed), once());
    let err = H::read(&unreachable, "1").await.expect_err("refused");
    assert!(
        matches!(err, ApiError::CommunicationError(_)),
        "{}: {err:?}",
        H::NAME
    );
    shown.push(format!("{err:?} {err}"));
    let err =
        H::build(Base::Origin("http://api.example.com"), H::SECRET, once()).expect_err("insecure");
    shown.push(format!("{err:?} {err}"));
    for text in &shown {
        assert_hidden::<H>("Debug/Display", text, &[]);
    }
    for debug in &shown[..2] {
        assert!(
            debug.contains("<redacted>"),
            "{}: Debug says what is hidden: {debug}",
            H::NAME
        );
    }
    assert_eq!(server.received().len(), 3, "{}", H::NAME);
}

/// Credentials a client cannot use are errors naming the field, never showing the value. A
/// secret with characters an HTTP header cannot carry is refused, except by Basic auth, which
/// sends it Base64-encoded: there the exact header on the wire is the check.
pub async fn bad_credentials_name_the_field_not_the_value<H: Harness>() {
    let err = H::build(Base::Default, "", once()).expect_err("empty");
    assert_eq!(err.to_string(), H::EMPTY_SECRET, "{}", H::NAME);
    let origin = "https://api.example.com";
    let err = H::build_for_account(origin, "  ").expect_err("blank account");
    assert_eq!(err.to_string(), H::EMPTY_ACCOUNT, "{}", H::NAME);
    match H::ACCOUNT_FIELD {
        Some(field) => {
            let err = H::build_for_account(origin, "MA\nX").expect_err("line break");
            assert!(
                matches!(&err, ConfigError::InvalidCredential { field: f, .. } if f == field),
                "{}: {err:?}",
                H::NAME
            );
        }
        None => drop(H::build_for_account(origin, "MA\nX").expect("Basic encodes the id")),
    }
    let injected = format!("{}\r\nX-Evil: 1", H::SECRET);
    match H::SECRET_FIELD {
        Some(field) => {
            let err = H::build(Base::Default, &injected, once()).expect_err("header injection");
            assert!(
                matches!(&err, ConfigError::InvalidCredential { field: f, .. } if f == field),
                "{}: {err:?}",
                H::NAME
            );
            assert_hidden::<H>("config error", &format!("{err:?} {err}"), &[&injected]);
        }
        None => {
            let server = ScriptedServer::start(vec![H::ok_reply(Op::Read)]).await;
            let client = H::build(Base::Origin(&server.url), &injected, once()).expect("Basic");
            H::read(&client, "1").await.expect("read");
            let sent = server.received().remove(0);
            for (name, value) in H::auth_headers(&injected) {
                assert_eq!(sent.header(name), Some(value.as_str()), "{}", H::NAME);
            }
            assert_eq!(
                sent.header("x-evil"),
                None,
                "{}: no header injected",
                H::NAME
            );
        }
    }
}

/// Everything the tracing subscriber receives at TRACE level, every crate's events and spans
/// included, over successes, a retried fault, a create carrying a SIP password, a 401 and a
/// refused connection: no secret in it.
pub async fn secrets_never_reach_trace_logs<H: Harness>() {
    let password = format!("Sip-Pw-{}-Xk93Lmq27", H::NAME);
    let wrong = "wrong-secret-Lk2Jh4Gf";
    let logs = LogCapture::start();
    let (emulator, client, id) = seeded::<H>(exact_retries()).await;
    H::read(&client, &id).await.expect("read");
    H::api(&emulator).inject(Fault::error(503).for_path_prefix(H::item_path(&id)));
    H::read(&client, &id).await.expect("retried, then read");
    all::<H>(listed::<H>(&client, None, None)).await;
    H::create(&client).await.expect("create");
    H::create_with_secret(&client, &password)
        .await
        .expect("created with a password");
    H::secret_api(&emulator).inject(
        Fault::error(409)
            .for_method("POST")
            .for_path_prefix(H::secret_path()),
    );
    let refused = H::create_with_secret(&client, &password)
        .await
        .expect_err("409");
    assert!(refused.contains("409"), "{}: {refused}", H::NAME);
    tracing::error!(error = %refused, "logged by the caller");
    assert_hidden::<H>(
        "an error to a request with a password",
        &refused,
        &[&password],
    );
    let intruder = H::build(Base::Emulator(&emulator), wrong, once()).expect("client");
    let err = H::read(&intruder, &id).await.expect_err("401");
    tracing::error!(error = ?err, "logged by the caller");
    let unreachable = new_client::<H>(Base::Origin("http://127.0.0.1:1"), once());
    let err = H::read(&unreachable, &id).await.expect_err("refused");
    tracing::error!(error = %err, "logged by the caller");

    let text = logs.text();
    drop(logs);
    for needle in [
        format!("trunkline.vendor=\"{}\"", H::VENDOR),
        "retrying".to_owned(),
        "logged by the caller".to_owned(),
    ] {
        assert!(
            text.contains(&needle),
            "{}: {needle} was not captured: {text:.3000}",
            H::NAME
        );
    }
    assert_hidden::<H>("the TRACE logs", &text, &[&password, wrong]);
}

// --- Construction ----------------------------------------------------------------------------

/// Runs `Client::from_env()` in the probe with exactly `vars` as its environment; returns its
/// one line (with the newline).
fn probe<H: Harness>(vars: &[(&str, String)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vendor_env_probe"));
    command.arg(H::VENDOR).env_clear();
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.output().expect("run the probe");
    assert!(output.status.success(), "{output:?}");
    let out = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(out.ends_with('\n') && out.lines().count() == 1, "{out}");
    assert_hidden::<H>("the probe", &out, &[]);
    out
}

/// Asserts a probe line: `ok …` lines by prefix, errors exactly.
fn assert_probe<H: Harness>(vars: &[(&str, String)], expected: &str) {
    let out = probe::<H>(vars);
    if expected.starts_with("ok ") {
        assert!(
            out.starts_with(expected),
            "{}: {out}\nexpected {expected}",
            H::NAME
        );
    } else {
        assert_eq!(out.trim_end(), expected, "{}: {vars:?}", H::NAME);
    }
}

fn with(
    vars: &[(&'static str, String)],
    name: &'static str,
    value: &str,
) -> Vec<(&'static str, String)> {
    let mut vars: Vec<_> = vars.iter().filter(|(n, _)| *n != name).cloned().collect();
    vars.push((name, value.to_owned()));
    vars
}

/// `from_env`: the credentials and base URL from the environment, values trimmed; a missing or
/// empty variable is an error naming it; other vendors' variables are not read; an unusable
/// base URL or secret is refused without showing the secret.
pub async fn env_constructors_name_what_is_missing<H: Harness>() {
    let env = H::env();
    let ok = format!("ok {} ", H::probe_bases(None));
    let out = probe::<H>(&env);
    assert!(out.starts_with(&ok), "{}: {out}", H::NAME);
    assert!(out.contains(&H::probe_auth()), "{}: {out}", H::NAME);

    for (name, _) in &env {
        let missing: Vec<_> = env.iter().filter(|(n, _)| n != name).cloned().collect();
        assert_probe::<H>(
            &missing,
            &format!("error environment variable {name} is not set"),
        );
        assert_probe::<H>(
            &with(&env, name, "  "),
            &format!("error environment variable {name} is empty"),
        );
    }
    let padded: Vec<_> = env.iter().map(|(n, v)| (*n, format!("  {v}\n"))).collect();
    assert_probe::<H>(&padded, &ok);

    // Only this vendor's variables count.
    let mut others: Vec<(&'static str, String)> = [
        ("PLIVO_AUTH_ID", "MAOTHER"),
        ("PLIVO_AUTH_TOKEN", "other-token"),
        ("TWILIO_ACCOUNT_SID", "ACOTHER"),
        ("TWILIO_AUTH_TOKEN", "other-token"),
        ("VOBIZ_AUTH_ID", "MA_OTHER"),
        ("VOBIZ_AUTH_TOKEN", "other-token"),
        ("TELNYX_API_KEY", "other-key"),
    ]
    .into_iter()
    .map(|(n, v)| (n, v.to_owned()))
    .collect();
    let own = env[0].0.split('_').next().unwrap_or_default();
    others.retain(|(n, _)| !n.starts_with(own));
    assert_probe::<H>(
        &others,
        &format!("error environment variable {} is not set", env[0].0),
    );

    // The base URL.
    let local = format!("ok {} ", H::probe_bases(Some("http://127.0.0.1:4010")));
    assert_probe::<H>(
        &with(&env, H::ENV_BASE_URL, "http://127.0.0.1:4010/"),
        &local,
    );
    assert_probe::<H>(&with(&env, H::ENV_BASE_URL, ""), &ok);
    let out = probe::<H>(&with(&env, H::ENV_BASE_URL, "http://api.example.com"));
    assert!(
        out.starts_with("error invalid base URL \"http://api.example.com\"")
            && out.contains("clear text"),
        "{}: {out}",
        H::NAME
    );
    let out = probe::<H>(&with(&env, H::ENV_BASE_URL, "not a url"));
    assert!(
        out.starts_with("error invalid base URL \"not a url\""),
        "{}: {out}",
        H::NAME
    );

    // A secret a header cannot carry: named, not shown (Basic auth encodes any byte).
    let secret_var = env.last().expect("a secret").0;
    let out = probe::<H>(&with(&env, secret_var, &format!("bad\u{7f}{}", H::SECRET)));
    let expected = match H::SECRET_FIELD {
        Some(field) => format!("error invalid {field}:"),
        None => ok.clone(),
    };
    assert!(out.starts_with(&expected), "{}: {out}", H::NAME);

    for (vars, fragments) in H::env_cases() {
        let out = probe::<H>(&vars);
        for fragment in fragments {
            assert!(
                out.contains(&fragment),
                "{}: {vars:?}: {out}\nexpected {fragment}",
                H::NAME
            );
        }
    }
}

/// Plain `http://` is refused for anything but loopback unless explicitly allowed; other
/// schemes and unparsable URLs are refused; both setters (`base_url`, `api_base_url`).
pub async fn plain_http_is_refused_off_loopback<H: Harness>() {
    let insecure = ClientConfig::default().with_insecure_http_allowed(true);
    for refused in [
        "http://api.example.com",
        "http://10.0.0.7:8080",
        "http://[2001:db8::1]",
        "http://localhost.example.com",
    ] {
        for err in [
            H::build(Base::Origin(refused), H::SECRET, once()).expect_err("plain http"),
            H::build_api_base(refused, once()).expect_err("plain http"),
        ] {
            assert!(
                matches!(&err, ConfigError::InvalidBaseUrl { url, .. } if url == refused)
                    && err.to_string().contains("clear text"),
                "{} {refused}: {err}",
                H::NAME
            );
            assert_hidden::<H>("config error", &format!("{err} {err:?}"), &[]);
        }
        H::build(Base::Origin(refused), H::SECRET, insecure.clone()).expect("allowed explicitly");
        H::build_api_base(refused, insecure.clone()).expect("allowed explicitly");
    }
    for accepted in [
        "http://127.0.0.1:8080",
        "http://localhost:9000",
        "http://[::1]:80",
        "https://api.example.com",
    ] {
        H::build(Base::Origin(accepted), H::SECRET, once()).expect("loopback or https");
    }
    for unusable in [
        "ftp://api.example.com",
        "not a url",
        "https://user:pw@api.example.com",
    ] {
        let err = H::build(Base::Origin(unusable), H::SECRET, once()).expect_err(unusable);
        assert!(
            matches!(err, ConfigError::InvalidBaseUrl { .. }),
            "{}: {err:?}",
            H::NAME
        );
    }
}

/// The account in the base URL is one percent-encoded path segment, on the base URL the
/// client reports and on the wire; a vendor without one has the same base for every account.
pub async fn the_account_is_one_encoded_base_segment<H: Harness>() {
    let server = ScriptedServer::start(vec![H::ok_reply(Op::Read)]).await;
    let account = "MA/odd id";
    let client = H::build_for_account(&server.url, account).expect("client");
    let path = match H::account_path(account) {
        Some(path) => {
            assert!(path.contains("MA%2Fodd%20id"), "{}: {path}", H::NAME);
            path
        }
        None => {
            let other = H::build_for_account(&server.url, "another account").expect("client");
            assert_eq!(H::base_url(&other), H::base_url(&client), "{}", H::NAME);
            H::base_path()
        }
    };
    assert_eq!(
        H::base_url(&client),
        format!("{}{path}", server.url),
        "{}",
        H::NAME
    );
    H::read(&client, "x").await.expect("read");
    let target = &server.received()[0].target;
    assert!(
        target.starts_with(&format!("{path}/")),
        "{}: {target}",
        H::NAME
    );
    // The default: the vendor's host.
    let default = H::build(Base::Default, H::SECRET, once()).expect("client");
    assert!(H::base_url(&default).starts_with("https://"), "{}", H::NAME);
    assert!(
        H::base_url(&default).ends_with(&H::base_path()),
        "{}",
        H::NAME
    );
}

/// An id URL parsing would resolve to another path (`.`, `..`, empty) is refused before
/// anything is sent, naming the operation; any other id, `/ ? # % \` included, is one
/// percent-encoded segment.
pub async fn ids_are_one_encoded_segment_or_refused<H: Harness>() {
    let server = ScriptedServer::start(vec![H::ok_reply(Op::Read)]).await;
    let client = new_client::<H>(Base::Origin(&server.url), once());
    for id in ["..", ".", ""] {
        match H::read(&client, id).await {
            Err(ApiError::InvalidRequest(message)) => {
                assert!(
                    message.contains(H::READ_OP),
                    "{} {id:?}: {message}",
                    H::NAME
                );
            }
            other => panic!("{} {id:?}: expected a refusal, got {other:?}", H::NAME),
        }
    }
    assert!(
        server.received().is_empty(),
        "{}: nothing may be sent",
        H::NAME
    );
    for (id, wire) in [
        ("a/b?c#d%2e", "a%2Fb%3Fc%23d%252e"),
        ("x\\..\\y", "x%5C..%5Cy"),
    ] {
        H::read(&client, id).await.expect("sent encoded");
        let target = server.received().last().expect("sent").target.clone();
        assert_eq!(target, H::item_path(wire), "{} {id:?}", H::NAME);
    }
}

// --- Paging ----------------------------------------------------------------------------------

/// A page size, a maximum, how many items that reads, and the requests it makes.
type Case = (Option<u64>, Option<u64>, usize, Vec<(String, String)>);

/// `stream()` over a seeded list: every item once, in order, in pages of the asked size (the
/// vendor's largest by default, larger sizes clamped to it), never a page past the last item
/// wanted, nothing sent for zero items.
pub async fn streams_take_a_page_size_and_a_maximum<H: Harness>() {
    let emulator = emulator::<H>().await;
    let client = new_client::<H>(Base::Emulator(&emulator), once());
    let seeded = H::seed(&emulator, &client, 23).await;
    let api = H::api(&emulator);
    let max = H::MAX_PAGE;
    let pages_of = |size: u64| 23u64.div_ceil(size);

    // (page size, most items, items read, the requests' cursors and sizes)
    let cases: [Case; 7] = [
        (Some(5), Some(11), 11, expected_pages::<H>(3, 5)),
        (Some(5), None, 23, expected_pages::<H>(5, 5)),
        (None, None, 23, expected_pages::<H>(pages_of(max), max)),
        (
            Some(max * 10),
            None,
            23,
            expected_pages::<H>(pages_of(max), max),
        ),
        (None, Some(3), 3, expected_pages::<H>(1, 3)),
        (Some(0), Some(2), 2, expected_pages::<H>(2, 1)),
        (None, Some(0), 0, vec![]),
    ];
    for (size, most, count, requests) in cases {
        api.clear_requests();
        let listed = all::<H>(listed::<H>(&client, size, most)).await;
        assert_eq!(
            listed,
            seeded[..count],
            "{}: size {size:?}, max {most:?}",
            H::NAME
        );
        assert_eq!(
            list_requests::<H>(&emulator),
            requests,
            "{}: size {size:?}, max {most:?}",
            H::NAME
        );
    }
}

/// A scripted server answering `script`, listed in pages of 2: every item (or error) the
/// stream yields, and the `(cursor, size)` of every request the server received.
async fn list_script<H: Harness>(
    script: Vec<Reply>,
) -> (Vec<Listed<H::Body>>, Vec<(String, String)>) {
    let server = ScriptedServer::start(script).await;
    let client = new_client::<H>(Base::Origin(&server.url), once());
    let items = listed::<H>(&client, Some(2), None).collect().await;
    (items, received_pages::<H>(&server))
}

/// The ids of a list that must not have failed.
fn ok_ids<H: Harness>(items: Vec<Listed<H::Body>>) -> Vec<String> {
    let ids = items.into_iter().collect::<Result<Vec<_>, _>>();
    ids.unwrap_or_else(|err| panic!("{}: the list fails: {err:?}", H::NAME))
}

/// Where a list ends: at the reported end, at a short page (offset and page-number lists; a
/// link list follows its link), at an empty page, and right after an error, which the stream
/// yields typed (an error on the first page is the only item).
pub async fn streams_stop_where_the_list_ends<H: Harness>() {
    let page = |ids: &[String], index, next| {
        json(
            200,
            &H::page(PageSpec {
                ids,
                index,
                size: 2,
                next,
            }),
        )
    };
    let stray = || json(400, &H::error_body(400, "no page after the end"));
    let (first, second) = (ids("a", 0..2), ids("a", 2..4));
    let (total, unknown) = (Next::Total(4), Next::Unknown);
    let name = H::NAME;

    let reported = vec![page(&first, 0, total), page(&second, 1, total), stray()];
    let (items, asked) = list_script::<H>(reported).await;
    assert_eq!(
        ok_ids::<H>(items),
        ids("a", 0..4),
        "{name}: the reported end"
    );
    assert_eq!(asked, expected_pages::<H>(2, 2), "{name}");

    let short = page(&second[..1], 1, unknown);
    let (items, asked) = list_script::<H>(vec![
        page(&first, 0, unknown),
        short,
        page(&[], 2, unknown),
        stray(),
    ])
    .await;
    assert_eq!(ok_ids::<H>(items), ids("a", 0..3), "{name}: a short page");
    let pages = if H::PAGING == Paging::NextLink { 3 } else { 2 };
    assert_eq!(asked, expected_pages::<H>(pages, 2), "{name}");

    let (items, asked) = list_script::<H>(vec![
        page(&first, 0, unknown),
        page(&[], 1, unknown),
        stray(),
    ])
    .await;
    assert_eq!(
        ok_ids::<H>(items),
        first,
        "{name}: an empty page, whatever it says"
    );
    assert_eq!(asked.len(), 2, "{name}");

    let failing = json(503, &H::error_body(503, "maintenance"));
    let (items, asked) = list_script::<H>(vec![
        page(&first, 0, unknown),
        failing,
        page(&second, 2, unknown),
    ])
    .await;
    assert_eq!(items.len(), 3, "{name}: {items:?}");
    assert!(items[..2].iter().all(Result::is_ok), "{name}");
    match &items[2] {
        Err(trunkline_core::paging::PagingError::Fetch(ApiError::ErrorResponse(body))) => {
            assert_eq!(body.status(), 503, "{name}");
            assert_eq!(H::error_shape(body).message.as_deref(), Some("maintenance"));
        }
        other => panic!("{name}: expected the typed 503, got {other:?}"),
    }
    assert_eq!(asked.len(), 2, "{name}: nothing after the error");

    let (items, _) = list_script::<H>(vec![json(401, &H::error_body(401, "who are you"))]).await;
    match items.as_slice() {
        [Err(trunkline_core::paging::PagingError::Fetch(err))] => {
            assert_eq!(err.status().map(|s| s.as_u16()), Some(401), "{name}");
        }
        other => panic!("{name}: expected only the 401, got {other:?}"),
    }
}

/// A list cannot loop: a link list whose page links back to itself ends with `CursorLoop`
/// after reading it once; an offset or page-number list computes its cursors, so a server that
/// ignores them is asked for strictly increasing cursors, and `max_items` bounds the read.
pub async fn streams_never_loop<H: Harness>() {
    let same = ids("s", 0..2);
    let server = ScriptedServer::start(vec![json(
        200,
        &H::page(PageSpec {
            ids: &same,
            index: 0,
            size: 2,
            next: Next::ItsOwnLink,
        }),
    )])
    .await;
    let c = new_client::<H>(Base::Origin(&server.url), once());
    let items: Vec<_> = listed::<H>(&c, Some(2), Some(6)).collect().await;
    match H::PAGING {
        Paging::NextLink => {
            assert_eq!(items.len(), 3, "{}: {items:?}", H::NAME);
            match &items[2] {
                Err(trunkline_core::paging::PagingError::CursorLoop(err)) => assert!(
                    err.to_string()
                        .contains("points back to a page already read"),
                    "{err}"
                ),
                other => panic!("{}: expected a cursor loop, got {other:?}", H::NAME),
            }
            assert_eq!(
                server.received().len(),
                1,
                "{}: the page is read once",
                H::NAME
            );
        }
        Paging::Offset | Paging::PageNumber => {
            // The next offset or page holds only items already read: the server ignores the
            // cursor. Nothing is yielded twice; the stream ends with a loop error.
            assert_eq!(items.len(), 3, "{}: {items:?}", H::NAME);
            let listed: Vec<&String> = items[..2]
                .iter()
                .map(|i| i.as_ref().expect("item"))
                .collect();
            assert_eq!(listed, [&same[0], &same[1]], "{}", H::NAME);
            assert!(
                matches!(
                    &items[2],
                    Err(trunkline_core::paging::PagingError::CursorLoop(_))
                ),
                "{}: expected a loop error, got {:?}",
                H::NAME,
                items[2]
            );
            assert_eq!(
                received_pages::<H>(&server),
                expected_pages::<H>(2, 2),
                "{}",
                H::NAME
            );
        }
    }
}

// --- Errors ----------------------------------------------------------------------------------

/// Every error status the vendors document decodes into the vendor's error body, status, code
/// and message; a body that is not JSON is an error keeping the bytes, never a panic.
pub async fn error_statuses_decode_into_the_vendor_shape<H: Harness>() {
    let statuses = [400u16, 401, 403, 404, 409, 422, 429, 500, 502, 503];
    let mut script: Vec<Reply> = statuses
        .iter()
        .map(|&status| json(status, &H::error_body(status, &format!("message {status}"))))
        .collect();
    script.push(Reply::Respond {
        status: 502,
        headers: vec![("Content-Type".into(), "text/html".into())],
        body: "<html>Bad Gateway</html>".into(),
    });
    script.push(empty(503));
    let server = ScriptedServer::start(script).await;
    let client = new_client::<H>(Base::Origin(&server.url), once());
    for status in statuses {
        let err = H::read(&client, "1").await.expect_err("an error status");
        assert_eq!(
            err.status().map(|s| s.as_u16()),
            Some(status),
            "{}",
            H::NAME
        );
        let (got, body) = error_response(Err::<(), _>(err));
        assert_eq!(got, status, "{}", H::NAME);
        let shape = H::error_shape(&body);
        assert_eq!(
            shape.code,
            H::error_code(status),
            "{} {status}: {body:?}",
            H::NAME
        );
        assert_eq!(
            shape.message,
            Some(format!("message {status}")),
            "{} {status}",
            H::NAME
        );
    }
    for (what, start) in [("HTML", &b"<html>"[..]), ("empty", &b""[..])] {
        match H::read(&client, "1").await {
            Err(ApiError::InvalidResponsePayload(bytes, _)) => {
                assert!(bytes.starts_with(start), "{} {what}: {bytes:?}", H::NAME);
            }
            other => panic!(
                "{} {what}: expected an invalid payload, got {other:?}",
                H::NAME
            ),
        }
    }
}

// --- Retries, with the clock paused ----------------------------------------------------------

/// Two 429s with `Retry-After: 1`: the read succeeds at the third attempt, exactly 2 s later,
/// and exactly three requests reached the server.
pub async fn a_429_retry_after_is_waited_out_exactly<H: Harness>() {
    let (emulator, client, id) = seeded::<H>(exact_retries()).await;
    let api = H::api(&emulator);
    api.clear_and_inject(
        Fault::error(429)
            .retry_after("1")
            .times(2)
            .for_path_prefix(H::item_path(&id)),
    );
    let started = tokio::time::Instant::now();
    let (result, report) = observe(H::read(&client, &id)).await;
    let attempts = result.expect("the third attempt succeeds");
    assert_eq!(
        attempts.as_deref(),
        Some("3"),
        "{}: the attempts header",
        H::NAME
    );
    assert_eq!(started.elapsed(), Duration::from_secs(2), "{}", H::NAME);
    let log = api.requests();
    assert_eq!(
        statuses(&log, "GET", &H::item_path(&id)),
        [Some(429), Some(429), Some(200)]
    );
    let report = report_of(report);
    assert_eq!(
        (report.vendor, report.attempts, report.stop),
        (H::VENDOR, 3, StopReason::Final)
    );
    assert_eq!(report.elapsed, Duration::from_secs(2), "{}", H::NAME);

    // A hint beyond the ceiling (60 s) is returned at once instead of waited.
    api.clear_and_inject(
        Fault::error(429)
            .retry_after("3600")
            .for_path_prefix(H::item_path(&id)),
    );
    let (result, report) = observe(H::read(&client, &id)).await;
    let (status, _) = error_response(result);
    assert_eq!(status, 429, "{}", H::NAME);
    let report = report_of(report);
    assert_eq!(
        (report.attempts, report.stop),
        (1, StopReason::RetryAfterTooLong)
    );
    assert_eq!(
        report.retry_after,
        Some(Duration::from_secs(3600)),
        "{}",
        H::NAME
    );
    assert_eq!(api.requests().len(), 1, "{}", H::NAME);
}

/// 5xx answers to a read are retried after 250, 500, 1000 ms; when all four attempts fail the
/// last answer is returned, decoded, and says how many attempts were made. Without retries, one
/// request.
pub async fn a_read_5xx_is_retried_until_attempts_run_out<H: Harness>() {
    let (emulator, client, id) = seeded::<H>(exact_retries()).await;
    let path = H::item_path(&id);
    let api = H::api(&emulator);

    api.clear_and_inject(Fault::error(503).times(2).for_path_prefix(&path));
    let (result, report) = observe(H::read(&client, &id)).await;
    result.expect("the third attempt succeeds");
    assert_eq!(
        statuses(&api.requests(), "GET", &path),
        [Some(503), Some(503), Some(200)]
    );
    assert_eq!(
        report_of(report).elapsed,
        Duration::from_millis(750),
        "{}",
        H::NAME
    );

    api.clear_and_inject(Fault::error(502).times(10).for_path_prefix(&path));
    let (result, report) = observe(H::read(&client, &id)).await;
    let err = result.expect_err("always 502");
    assert_eq!(
        attempts_of(&err),
        Some(4),
        "{}: the error says how many attempts",
        H::NAME
    );
    assert!(
        err.to_string().contains("\"x-trunkline-attempts\": \"4\""),
        "{}: {err}",
        H::NAME
    );
    let (status, body) = error_response(Err::<(), _>(err));
    assert_eq!(status, 502, "{}", H::NAME);
    assert_vendor_message::<H>(&body);
    let report = report_of(report);
    assert_eq!(
        (report.attempts, report.stop, report.status),
        (4, StopReason::AttemptsExhausted, Some(502))
    );
    assert_eq!(report.elapsed, Duration::from_millis(1750), "{}", H::NAME);
    assert_eq!(statuses(&api.requests(), "GET", &path), [Some(502); 4]);

    let never = new_client::<H>(Base::Emulator(&emulator), once());
    api.clear_requests();
    H::read(&never, &id).await.expect_err("502");
    assert_eq!(
        api.requests().len(),
        1,
        "{}: never retry sends once",
        H::NAME
    );
}

/// A create answered 5xx may have been processed: it is never resent, whether the server
/// failed before creating (nothing exists) or after (the resource exists, and exactly once).
/// A 429 proves it was not processed: resent, one resource.
pub async fn a_create_is_not_resent_after_a_5xx<H: Harness>() {
    let emulator = emulator::<H>().await;
    let client = new_client::<H>(Base::Emulator(&emulator), exact_retries());
    let api = H::api(&emulator);
    let path = H::list_path();
    let created = || async { all::<H>(listed::<H>(&client, None, None)).await.len() };

    for (fault, exists) in [
        (Fault::error(503), 0),
        (Fault::error(502).after_commit(), 1),
    ] {
        api.clear_and_inject(fault.for_method("POST").for_path_prefix(&path));
        let (result, report) = observe(H::create(&client)).await;
        let (status, body) = error_response(result);
        assert!(status == 503 || status == 502, "{}: {status}", H::NAME);
        assert_vendor_message::<H>(&body);
        assert_not_resent::<H>(report);
        let log = api.requests();
        assert_eq!(
            statuses(&log, "POST", &path),
            [Some(status)],
            "{}: one POST",
            H::NAME
        );
        assert_eq!(log[0].committed, exists == 1, "{}", H::NAME);
        let before = created().await;
        assert_eq!(
            before,
            exists,
            "{}: what exists is what the server did",
            H::NAME
        );
        if exists == 1 {
            let kept = all::<H>(listed::<H>(&client, None, None)).await;
            H::delete(&client, &kept[0]).await.expect("clean up");
        }
    }

    api.clear_and_inject(Fault::error(429).for_method("POST").for_path_prefix(&path));
    let (result, report) = observe(H::create(&client)).await;
    result.expect("a 429 means unprocessed: resent and created");
    let log = api.requests();
    let sent: Vec<_> = log.iter().filter(|r| r.method == "POST").collect();
    assert_eq!(sent.len(), 2, "{}", H::NAME);
    assert_eq!(sent[0].status, Some(429), "{}", H::NAME);
    assert_eq!(
        sent[0].body,
        sent[1].body,
        "{}: the same request, resent",
        H::NAME
    );
    assert_eq!(report_of(report).attempts, 2, "{}", H::NAME);
    assert_eq!(created().await, 1, "{}: exactly one", H::NAME);
}

/// An update is idempotent: resent after a 5xx, with the same body.
pub async fn an_update_is_resent_after_a_5xx<H: Harness>() {
    let (emulator, client, id) = seeded::<H>(exact_retries()).await;
    let api = H::api(&emulator);
    api.clear_and_inject(
        Fault::error(500)
            .for_method(H::UPDATE_METHOD)
            .for_path_prefix(H::item_path(&id)),
    );
    let (result, report) = observe(H::update(&client, &id)).await;
    result.expect("the update is retried");
    let log = api.requests();
    let answered = statuses(&log, H::UPDATE_METHOD, &H::item_path(&id));
    assert_eq!(answered.len(), 2, "{}: {answered:?}", H::NAME);
    assert_eq!(answered[0], Some(500), "{}", H::NAME);
    assert!(
        answered[1].is_some_and(|s| (200..300).contains(&s)),
        "{}: {answered:?}",
        H::NAME
    );
    assert_eq!(log[0].body, log[1].body, "{}", H::NAME);
    assert!(!log[0].body.is_empty(), "{}: an update has a body", H::NAME);
    assert_eq!(report_of(report).attempts, 2, "{}", H::NAME);
}

/// A dropped connection: a read is retried and succeeds; a create is not (it may have reached
/// the server), the error is a transport failure, and nothing was created.
pub async fn a_dropped_connection_is_retried_only_for_reads<H: Harness>() {
    let (emulator, client, id) = seeded::<H>(exact_retries()).await;
    let api = H::api(&emulator);

    api.clear_and_inject(Fault::disconnect().for_method("GET"));
    let (result, report) = observe(H::read(&client, &id)).await;
    result.expect("the retry succeeds");
    assert_eq!(
        statuses(&api.requests(), "GET", &H::item_path(&id)),
        [None, Some(200)]
    );
    assert_eq!(report_of(report).attempts, 2, "{}", H::NAME);

    api.clear_and_inject(Fault::disconnect().for_method("POST"));
    let (result, report) = observe(H::create(&client)).await;
    match result {
        Err(ApiError::CommunicationError(err)) => {
            assert!(
                !err.is_connect() && !err.is_timeout() && err.is_request(),
                "{err:?}"
            );
            let shown = ApiError::<H::Body>::CommunicationError(err).to_string();
            assert!(shown.starts_with("Communication Error"), "{shown}");
        }
        other => panic!("{}: expected a transport failure, got {other:?}", H::NAME),
    }
    let report = report_of(report);
    assert_eq!(
        (report.attempts, report.status, report.stop),
        (1, None, StopReason::UnsafeToRetry)
    );
    assert_eq!(
        statuses(&api.requests(), "POST", &H::list_path()),
        [None],
        "{}",
        H::NAME
    );
    assert_eq!(
        all::<H>(listed::<H>(&client, None, None)).await.len(),
        1,
        "{}: the seeded one",
        H::NAME
    );
}

/// A slow attempt ends at the attempt timeout: a read is retried at once and succeeds; a create
/// is not resent, and whatever exists afterwards is what the server's log says it did.
pub async fn a_timed_out_read_is_retried_and_a_create_is_not<H: Harness>() {
    let emulator = emulator::<H>().await;
    let impatient = new_client::<H>(
        Base::Emulator(&emulator),
        exact_retries().with_timeouts(Timeouts::default().with_attempt(Duration::from_millis(500))),
    );
    let id = H::seed(&emulator, &impatient, 1).await.remove(0);
    let api = H::api(&emulator);
    let slow = || Fault::latency(Duration::from_secs(2));

    api.clear_and_inject(slow().for_method("GET"));
    let (result, report) = observe(H::read(&impatient, &id)).await;
    result.expect("the retry is fast");
    let report = report_of(report);
    assert_eq!(report.attempts, 2, "{}", H::NAME);
    assert_eq!(
        report.elapsed,
        Duration::from_millis(750),
        "{}: 500 ms, then 250 ms",
        H::NAME
    );
    let gets = api.requests().iter().filter(|r| r.method == "GET").count();
    assert_eq!(gets, 2, "{}", H::NAME);

    api.clear_and_inject(slow().for_method("POST"));
    let (result, report) = observe(H::create(&impatient)).await;
    match result {
        Err(ApiError::CommunicationError(err)) => assert!(err.is_timeout(), "{err:?}"),
        other => panic!("{}: expected a timeout, got {other:?}", H::NAME),
    }
    let report = assert_not_resent::<H>(report);
    assert_eq!(report.timeout, Some(TimeoutKind::Attempt), "{}", H::NAME);
    tokio::time::sleep(Duration::from_secs(5)).await;
    let log = api.requests();
    let posts: Vec<_> = log.iter().filter(|r| r.method == "POST").collect();
    assert_eq!(posts.len(), 1, "{}: one POST, never resent", H::NAME);
    let exists = all::<H>(listed::<H>(&impatient, None, None)).await.len() - 1;
    assert_eq!(exists, usize::from(posts[0].committed), "{}", H::NAME);
}

/// A truncated or malformed body is an error (the body, or its decoding), not a panic, and
/// leaves the client usable.
pub async fn broken_bodies_are_errors<H: Harness>() {
    let (emulator, client, id) = seeded::<H>(once()).await;
    let api = H::api(&emulator);

    api.inject(Fault::truncated_body());
    match H::read(&client, &id).await {
        Err(ApiError::ResponseBodyError(err)) => {
            assert!(err.is_body() || err.is_decode(), "{err:?}")
        }
        other => panic!("{}: expected a body error, got {other:?}", H::NAME),
    }
    api.inject(Fault::malformed_body());
    let items: Vec<_> = listed::<H>(&client, None, None).collect().await;
    match items.as_slice() {
        [
            Err(trunkline_core::paging::PagingError::Fetch(ApiError::InvalidResponsePayload(
                bytes,
                err,
            ))),
        ] => {
            assert!(err.is_syntax(), "{err}");
            let body = String::from_utf8_lossy(bytes);
            assert!(body.contains("\"emulator_fault\": \"malformed\""), "{body}");
        }
        other => panic!("{}: expected an invalid payload, got {other:?}", H::NAME),
    }
    H::read(&client, &id).await.expect("a clean read");
    let log = api.requests();
    assert!(
        log.iter().rev().skip(1).take(2).all(|r| r.fault.is_some()),
        "{}",
        H::NAME
    );
}
