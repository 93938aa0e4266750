//! The Vobiz token never reaches logs, even at `TRACE` with every crate's events enabled
//! (trunkline's own, reqwest's, hyper's).
//!
//! Alone in its test binary because it installs a global `tracing` subscriber: a thread-local
//! one would miss events whose callsites other tests' threads register concurrently.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::json;
use trunkline_core::SecretString;
use trunkline_tests::{Reply, ScriptedServer, fixture};
use trunkline_vobiz::{ClientBuilder, ClientConfig, RetryPolicy, types};

const TOKEN: &str = "vobiz-log-token-31337";
const PASSWORD: &str = "sip-log-password-4242";

/// A `tracing` writer that keeps everything written to it.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn trace_logs_never_contain_the_token_or_a_sip_password() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .try_init()
        .expect("the only subscriber of this test binary");

    let server = ScriptedServer::start(vec![
        Reply::json(503, &json!({"error": "unavailable", "code": 503})),
        Reply::json(
            200,
            &fixture("vobiz", "docs__retrieve_trunk_response_200.json"),
        ),
        Reply::json(
            409,
            &fixture("vobiz", "docs__error_409_username_exists.json"),
        ),
    ])
    .await;
    let vobiz = ClientBuilder::new("MA_LOGS", TOKEN)
        .api_base_url(&server.url)
        .config(ClientConfig::default().with_retry(
            RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
        ))
        .build()
        .expect("client");
    vobiz
        .get_trunk()
        .trunk_id("t1")
        .send()
        .await
        .expect("retried, then ok");
    let err = vobiz
        .create_credential()
        .body(
            types::CreateCredentialRequest::builder()
                .username("sipuser_demo")
                .password(SecretString::from(PASSWORD)),
        )
        .send()
        .await
        .expect_err("409");
    tracing::error!(error = ?err, "logged by the caller");
    assert_eq!(server.received().len(), 3);

    let logs = String::from_utf8(captured.0.lock().expect("lock").clone()).expect("utf-8");
    assert!(
        logs.contains("vendor=\"vobiz\""),
        "the calls were logged: {logs}"
    );
    assert!(logs.contains("retrying"), "the retry was logged: {logs}");
    assert!(
        logs.contains("Username already exists"),
        "the error was logged: {logs}"
    );
    assert!(!logs.contains(TOKEN), "the logs show the token: {logs}");
    assert!(
        !logs.contains(PASSWORD),
        "the logs show the SIP password: {logs}"
    );
}
