//! `ClientConfig` everywhere: `from_env_with(config)` on every vendor crate and the facade
//! applies the config (run in the `config_env_probe` binary with a controlled environment); a
//! caller-built `reqwest::Client` is the one requests go through, with trunkline's auth,
//! retries and timeouts still applied; the client-side rate limit keeps a burst under the
//! emulator's rate limit (no 429).

use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::TryStreamExt as _;
use trunkline::{ClientConfig, RateLimit, RetryPolicy, TimeoutKind, Timeouts, TrunkFilter};
use trunkline_emulator::{Emulator, EmulatorConfig};
use trunkline_tests::{Received, Reply, ScriptedServer, fixture};

/// A server error every vendor's client reads as an error status.
fn unavailable() -> Reply {
    Reply::Respond {
        status: 503,
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: "{}".into(),
    }
}

/// The environment naming `vendor`'s credentials and sending it to `url`.
fn env_for(vendor: &str, url: &str) -> Vec<(&'static str, String)> {
    let s = |v: &str| v.to_owned();
    match vendor {
        "plivo" => vec![
            (trunkline_plivo::ENV_AUTH_ID, s("MAPROBE")),
            (trunkline_plivo::ENV_AUTH_TOKEN, s("probe-token")),
            (trunkline_plivo::ENV_BASE_URL, s(url)),
        ],
        "twilio" => vec![
            (trunkline_twilio::ENV_ACCOUNT_SID, s("ACPROBE")),
            (trunkline_twilio::ENV_AUTH_TOKEN, s("probe-token")),
            (trunkline_twilio::ENV_TRUNKING_BASE_URL, s(url)),
            (trunkline_twilio::ENV_SIP_BASE_URL, s(url)),
        ],
        "vobiz" => vec![
            (trunkline_vobiz::ENV_AUTH_ID, s("MA_PROBE")),
            (trunkline_vobiz::ENV_AUTH_TOKEN, s("probe-token")),
            (trunkline_vobiz::ENV_BASE_URL, s(url)),
        ],
        "telnyx" => vec![
            (trunkline_telnyx::ENV_API_KEY, s("probe-token")),
            (trunkline_telnyx::ENV_BASE_URL, s(url)),
        ],
        other => panic!("no environment for {other}"),
    }
}

/// Runs the probe with exactly `vars`; its one line.
fn probe(args: &[&str], vars: &[(&str, String)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_config_env_probe"));
    command.args(args).env_clear();
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.output().expect("run the probe");
    assert!(output.status.success(), "{output:?}");
    let out = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(!out.contains("probe-token"), "{out}");
    out.trim_end().to_owned()
}

/// Whether a request carries the vendor's credentials.
fn authenticated(request: &Received) -> bool {
    request.header("authorization").is_some() || request.header("x-auth-token").is_some()
}

/// Runs the probe (blocking) against a fresh server answering 503, and returns its line and
/// what the server received.
async fn probe_against_503(
    args: &'static [&'static str],
    extra: &'static [(&'static str, &'static str)],
    vendor: &'static str,
) -> (String, Vec<Received>) {
    let server = ScriptedServer::start(vec![unavailable()]).await;
    let mut vars = env_for(vendor, &server.url);
    vars.extend(extra.iter().map(|(n, v)| (*n, (*v).to_owned())));
    let line = tokio::task::spawn_blocking(move || probe(args, &vars))
        .await
        .expect("the probe");
    (line, server.received())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_env_with_applies_the_config_on_every_vendor_crate() {
    for vendor in ["plivo", "twilio", "vobiz", "telnyx"] {
        let args: &'static [&'static str] = match vendor {
            "plivo" => &["plivo"],
            "twilio" => &["twilio"],
            "vobiz" => &["vobiz"],
            _ => &["telnyx"],
        };
        let (line, received) = probe_against_503(args, &[], vendor).await;
        assert_eq!(line, "status 503", "{vendor}");
        // The config never retries (the default would have sent four).
        assert_eq!(received.len(), 1, "{vendor}: {received:?}");
        let agent = received[0].header("user-agent").unwrap_or_default();
        assert!(
            agent.starts_with("trunkline/") && agent.ends_with(" config-probe/1"),
            "{vendor}: {agent}"
        );
        assert!(authenticated(&received[0]), "{vendor}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_env_with_carries_a_caller_built_client_on_every_vendor_crate() {
    for vendor in ["plivo", "twilio", "vobiz", "telnyx"] {
        let args: &'static [&'static str] = match vendor {
            "plivo" => &["plivo", "custom-client"],
            "twilio" => &["twilio", "custom-client"],
            "vobiz" => &["vobiz", "custom-client"],
            _ => &["telnyx", "custom-client"],
        };
        let (line, received) = probe_against_503(args, &[], vendor).await;
        assert_eq!(line, "status 503", "{vendor}");
        assert_eq!(received.len(), 1, "{vendor}: {received:?}");
        let request = &received[0];
        assert_eq!(request.header("x-probe-marker"), Some("from-the-caller"));
        assert_eq!(request.header("user-agent"), Some("custom-client/1"));
        assert!(
            authenticated(request),
            "{vendor}: auth is added per request"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn facade_from_env_with_applies_the_config() {
    for vendor in ["plivo", "twilio", "vobiz"] {
        let extra: &'static [(&'static str, &'static str)] = match vendor {
            "plivo" => &[("TRUNKLINE_VENDOR", "plivo")],
            "twilio" => &[("TRUNKLINE_VENDOR", "twilio")],
            _ => &[("TRUNKLINE_VENDOR", "vobiz")],
        };
        let (line, received) = probe_against_503(&["facade"], extra, vendor).await;
        assert_eq!(line, "status 503", "{vendor}");
        assert_eq!(received.len(), 1, "{vendor}: {received:?}");
        let agent = received[0].header("user-agent").unwrap_or_default();
        assert!(agent.ends_with(" config-probe/1"), "{vendor}: {agent}");

        let (line, received) = probe_against_503(&["facade", "custom-client"], extra, vendor).await;
        assert_eq!(line, "status 503", "{vendor}");
        assert_eq!(received.len(), 1, "{vendor}");
        assert_eq!(
            received[0].header("x-probe-marker"),
            Some("from-the-caller")
        );
        assert!(authenticated(&received[0]), "{vendor}");
    }
}

/// A caller-built client with a marker header and its own (huge) timeout.
fn caller_client() -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-caller",
        reqwest::header::HeaderValue::from_static("mine"),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(3600))
        .build()
        .expect("client")
}

fn plivo(url: &str, config: ClientConfig) -> trunkline_plivo::Client {
    trunkline_plivo::ClientBuilder::new("MACALLER", "caller-token")
        .base_url(url)
        .config(config)
        .build()
        .expect("client")
}

#[tokio::test]
async fn a_caller_client_is_used_and_the_runtime_still_retries() {
    let server = ScriptedServer::start(vec![
        unavailable(),
        unavailable(),
        Reply::json(200, &fixture("plivo", "docs__trunk_list.json")),
    ])
    .await;
    let config = ClientConfig::default()
        .with_http_client(caller_client())
        .with_retry(
            RetryPolicy::default()
                .with_max_attempts(3)
                .with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
        );
    assert!(config.has_custom_http_client());
    let client = plivo(&server.url, config);
    let (page, report) = trunkline_core::observe(client.list_trunks().send()).await;
    page.expect("the third attempt succeeds");
    assert_eq!(report.map(|r| r.attempts), Some(3));
    let received = server.received();
    assert_eq!(received.len(), 3);
    for request in &received {
        assert_eq!(request.header("x-caller"), Some("mine"));
        assert!(
            request
                .header("authorization")
                .is_some_and(|auth| auth.starts_with("Basic ")),
            "{request:?}"
        );
    }
}

#[tokio::test]
async fn a_caller_client_gets_the_runtimes_attempt_timeout_not_its_own() {
    let server = ScriptedServer::start(vec![Reply::Hang]).await;
    let config = ClientConfig::default()
        .with_http_client(caller_client())
        .with_retry(
            RetryPolicy::default()
                .with_max_attempts(2)
                .with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
        )
        .with_timeouts(
            Timeouts::default()
                .with_attempt(Duration::from_millis(200))
                .with_operation(Duration::from_secs(600)),
        );
    let client = plivo(&server.url, config);
    let started = Instant::now();
    let (result, report) = trunkline_core::observe(client.list_trunks().send()).await;
    let err = result.expect_err("the server never answers");
    let report = report.expect("a report");
    assert_eq!(report.attempts, 2, "{err}");
    assert_eq!(report.timeout, Some(TimeoutKind::Attempt), "{err}");
    // Two whole attempt timeouts (never cut short), not the client's hour.
    assert!(started.elapsed() >= Duration::from_millis(400));
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert!(
        received
            .iter()
            .all(|r| r.header("x-caller") == Some("mine"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_burst_queues_instead_of_collecting_429s() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    // The carrier allows 10 requests a second, 3 at once; the client paces itself at 4.
    emulator
        .plivo()
        .set_rate_limit(Some(
            trunkline_emulator::RateLimit::per_second(10).with_burst(3),
        ))
        .expect("rate limit");
    emulator.plivo().seed_trunks(3);
    let config = ClientConfig::default()
        .with_retry(RetryPolicy::never())
        .with_rate_limit(RateLimit::per_second(4))
        .with_max_concurrency(2);
    let provider: Arc<dyn trunkline::TrunkProvider> = Arc::new(
        trunkline::PlivoProvider::with_config(
            trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
            trunkline_emulator::DEFAULT_PLIVO_AUTH_TOKEN,
            Some(emulator.plivo_url()),
            config,
        )
        .expect("provider"),
    );
    let calls = (0..8).map(|_| {
        let provider = provider.clone();
        tokio::spawn(async move {
            provider
                .list_trunks(TrunkFilter::new())
                .try_collect::<Vec<_>>()
                .await
        })
    });
    for call in futures::future::join_all(calls).await {
        let trunks = call.expect("task").expect("no 429 reaches the caller");
        assert_eq!(trunks.len(), 3);
    }
    assert_eq!(emulator.plivo().rate_limited_total(), 0);
    assert_eq!(emulator.plivo().requests_total(), 8);
}
