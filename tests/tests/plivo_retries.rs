//! trunkline-core's retry loop, driven through the Plivo client against a scripted server:
//! what is retried, how often, how long it waits (at least), and what the caller is told.
//! Real sockets run on real time, so waits and timeouts are checked by their lower bounds and
//! outcomes; their exact values, with Tokio's clock paused, are in trunkline-core's retry-loop
//! tests.

use std::time::Duration;

use serde_json::json;
use trunkline_core::{SecretString, Timeouts, attempts_of, observe, retry::StopReason};
use trunkline_plivo::{ClientBuilder, ClientConfig, RetryPolicy, types};
use trunkline_tests::{Reply, ScriptedServer, fixture};

const TOKEN: &str = "plivo-retry-token-5555";

fn client(url: &str, retry: RetryPolicy) -> trunkline_plivo::Client {
    ClientBuilder::new("MAXXXXXXXXXXXXXXXXXX", TOKEN)
        .api_base_url(url)
        .config(
            ClientConfig::default().with_retry(
                retry.with_backoff(Duration::from_millis(5), Duration::from_millis(20)),
            ),
        )
        .build()
        .expect("client")
}

fn unavailable() -> Reply {
    Reply::json(503, &json!({"api_id": "x", "error": "service unavailable"}))
}

#[tokio::test]
async fn a_429_with_retry_after_is_retried_once_after_the_hint() {
    let server = ScriptedServer::start(vec![
        Reply::json(429, &json!({"api_id": "x", "error": "too many requests"}))
            .with_header("Retry-After", "1"),
        Reply::json(200, &fixture("plivo", "docs__trunk_object.json")),
    ])
    .await;
    let plivo = client(&server.url, RetryPolicy::default());
    let (result, report) = observe(plivo.get_trunk().trunk_id("21784177241578").send()).await;
    let trunk = result.expect("second attempt succeeds");
    assert_eq!(trunk.trunk_id.as_deref(), Some("21784177241578"));

    let received = server.received();
    assert_eq!(received.len(), 2, "exactly two requests");
    let waited = received[1].at.duration_since(received[0].at);
    assert!(waited >= Duration::from_secs(1), "waited only {waited:?}");
    let report = report.expect("report");
    assert_eq!(report.attempts, 2);
    assert_eq!(trunk.headers()["x-trunkline-attempts"], "2");
    // Both attempts carried the credentials.
    assert!(received.iter().all(|r| r.header("authorization").is_some()));
}

#[tokio::test]
async fn a_create_that_gets_a_500_is_sent_once() {
    let server = ScriptedServer::start(vec![
        Reply::json(500, &json!({"api_id": "x", "error": "internal error"})),
        Reply::json(201, &fixture("plivo", "docs__trunk_create_response.json")),
    ])
    .await;
    let plivo = client(&server.url, RetryPolicy::default());
    let (result, report) = observe(
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .trunk_direction(types::TrunkDirection::Outbound)
                    .ipacl_uuid(Some("acl".to_string())),
            )
            .send(),
    )
    .await;
    let err = result.expect_err("500");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(
        server.received().len(),
        1,
        "a create is never resent after a 500"
    );
    assert_eq!(report.expect("report").stop, StopReason::UnsafeToRetry);
}

#[tokio::test]
async fn a_create_refused_with_429_is_resent() {
    let server = ScriptedServer::start(vec![
        Reply::json(429, &json!({"api_id": "x", "error": "slow down"})),
        Reply::json(201, &fixture("plivo", "docs__trunk_create_response.json")),
    ])
    .await;
    let plivo = client(&server.url, RetryPolicy::default());
    plivo
        .create_trunk()
        .body(
            types::CreateTrunkRequest::builder()
                .trunk_direction(types::TrunkDirection::Outbound)
                .ipacl_uuid(Some("acl".to_string())),
        )
        .send()
        .await
        .expect("429 means unprocessed: resent and created");
    assert_eq!(server.received().len(), 2);
    assert_eq!(server.received()[0].body, server.received()[1].body);
}

#[tokio::test]
async fn a_read_that_keeps_failing_is_sent_the_configured_number_of_times() {
    let server = ScriptedServer::start(vec![unavailable()]).await;
    let plivo = client(&server.url, RetryPolicy::default().with_max_attempts(4));
    let (result, report) = observe(plivo.get_trunk().trunk_id("1").send()).await;
    let err = result.expect_err("always 503");
    assert_eq!(server.received().len(), 4);
    assert_eq!(
        attempts_of(&err),
        Some(4),
        "the error says how many attempts"
    );
    assert!(
        format!("{err}").contains("\"x-trunkline-attempts\": \"4\""),
        "{err}"
    );
    let report = report.expect("report");
    assert_eq!(
        (report.attempts, report.stop),
        (4, StopReason::AttemptsExhausted)
    );
    assert_eq!(report.status, Some(503));
}

#[tokio::test]
async fn never_retry_sends_once() {
    let server = ScriptedServer::start(vec![unavailable()]).await;
    let plivo = client(&server.url, RetryPolicy::never());
    plivo
        .get_trunk()
        .trunk_id("1")
        .send()
        .await
        .expect_err("503");
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn a_retry_after_beyond_the_ceiling_is_returned_not_waited() {
    let server = ScriptedServer::start(vec![
        Reply::json(429, &json!({"error": "quota"})).with_header("Retry-After", "3600"),
    ])
    .await;
    let plivo = client(&server.url, RetryPolicy::default());
    let (result, report) = observe(plivo.get_trunk().trunk_id("1").send()).await;
    let err = result.expect_err("429");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(429));
    // Returned after the first answer instead of waiting an hour for a second one.
    assert_eq!(server.received().len(), 1);
    let report = report.expect("report");
    assert_eq!(report.attempts, 1);
    assert_eq!(report.stop, StopReason::RetryAfterTooLong);
    assert_eq!(report.retry_after, Some(Duration::from_secs(3600)));
}

#[tokio::test]
async fn the_operation_timeout_bounds_all_attempts_of_a_hung_read() {
    let server = ScriptedServer::start(vec![Reply::Hang]).await;
    let plivo = ClientBuilder::new("MAXXXXXXXXXXXXXXXXXX", TOKEN)
        .api_base_url(&server.url)
        .config(
            ClientConfig::default()
                .with_retry(
                    RetryPolicy::default()
                        .with_max_attempts(10)
                        .with_backoff(Duration::from_millis(10), Duration::from_millis(10)),
                )
                .with_timeouts(
                    Timeouts::default()
                        .with_attempt(Duration::from_millis(300))
                        .with_operation(Duration::from_millis(800)),
                ),
        )
        .build()
        .expect("client");
    let started = std::time::Instant::now();
    let (result, report) = observe(plivo.get_trunk().trunk_id("1").send()).await;
    let elapsed = started.elapsed();
    let err = result.expect_err("hung");
    assert!(
        matches!(err, trunkline_plivo::Error::CommunicationError(ref e) if e.is_timeout()),
        "{err:?}"
    );
    assert!(elapsed >= Duration::from_millis(800), "{elapsed:?}");
    let report = report.expect("report");
    assert!(report.elapsed >= Duration::from_millis(800), "{report:?}");
    assert_eq!(report.timeout, Some(trunkline_core::TimeoutKind::Operation));
    // The deadline, not the budget of 10 attempts, ended it (three fit in 800 ms when the
    // machine is idle; exactly how many is tested with time under control in trunkline-core).
    assert!((1..10).contains(&report.attempts), "{report:?}");
    assert!(server.received().len() <= report.attempts as usize);
}

#[tokio::test]
async fn secrets_never_show_in_debug_of_the_client_or_any_error() {
    let server = ScriptedServer::start(vec![
        Reply::json(
            401,
            &json!({"api_id": "x", "error": "authentication failed"}),
        ),
        Reply::Respond {
            status: 200,
            headers: vec![],
            body: "<html>proxy</html>".into(),
        },
        Reply::Close,
    ])
    .await;
    let plivo = client(&server.url, RetryPolicy::never());
    let mut shown = vec![format!("{plivo:?}"), format!("{plivo:#?}")];
    for _ in 0..3 {
        let err = plivo
            .get_trunk()
            .trunk_id("1")
            .send()
            .await
            .expect_err("fails");
        shown.push(format!("{err:?}"));
        shown.push(format!("{err}"));
    }
    let unreachable = client("http://127.0.0.1:9", RetryPolicy::never());
    let err = unreachable
        .get_trunk()
        .trunk_id("1")
        .send()
        .await
        .expect_err("refused");
    shown.push(format!("{err:?} {err}"));
    let body = types::CreateCredentialRequest::builder()
        .username("u")
        .password(SecretString::from("credential-password-777"));
    shown.push(format!("{body:?}"));
    for text in shown {
        assert!(!text.contains(TOKEN), "token leaked: {text}");
        assert!(
            !text.contains("credential-password-777"),
            "password leaked: {text}"
        );
        // The Basic header is base64 of the token: it must not leak either.
        assert!(
            !text.contains("cGxpdm8tcmV0cnk"),
            "auth header leaked: {text}"
        );
    }
    // And the requests really were authenticated.
    assert!(
        server
            .received()
            .iter()
            .all(|r| r.header("authorization").is_some())
    );
}
