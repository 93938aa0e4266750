//! Fault injection drives trunkline-core's retry loop end to end, through each vendor crate's
//! typed client against `trunkline-emulator`. What reached the server is read from the
//! emulator's request log, never from client-side counters:
//!
//! - two 429s with `Retry-After: 1`, then success: the read succeeds after at least 2 s, in
//!   exactly 3 requests;
//! - a create answered 503 is not resent (one POST in `/__emulator/requests`) and nothing exists;
//! - a dropped connection on a read is retried and succeeds; on a create it is not retried, the
//!   error is a transport failure, and nothing exists;
//! - a truncated or malformed body on a read is a decode error, not a panic;
//! - and the other side of the create rule: a create refused with 429 (provably unprocessed)
//!   is resent and creates exactly one resource; a create that times out is not resent, a
//!   read that times out is.

mod emulator_support;

use std::time::{Duration, Instant};

use emulator_support::ApiError;
use serde_json::Value;
use trunkline_core::retry::StopReason;
use trunkline_core::{ATTEMPTS_HEADER, CallReport, observe};
use trunkline_emulator::{Fault, RecordedRequest};

/// The statuses answered to the requests of `log` with this method on exactly `path`, in
/// order (`None`: the connection was dropped without a response).
fn statuses(log: &[RecordedRequest], method: &str, path: &str) -> Vec<Option<u16>> {
    log.iter()
        .filter(|r| r.method == method && r.path == path)
        .map(|r| r.status)
        .collect()
}

/// `total` of `GET {origin}/__emulator/requests?method=…`: the emulator's own HTTP view of
/// its request log.
async fn logged_over_http(origin: &str, method: &str) -> u64 {
    let log: Value = reqwest::get(format!("{origin}/__emulator/requests?method={method}"))
        .await
        .expect("the control endpoint answers")
        .json()
        .await
        .expect("JSON");
    log["total"].as_u64().expect("total")
}

/// Two 429s with `Retry-After: 1` (scoped to `path`), for the next read to get through.
fn throttle_twice(path: &str) -> Fault {
    Fault::error(429)
        .retry_after("1")
        .times(2)
        .for_method("GET")
        .for_path_prefix(path)
}

/// Asserts the outcome of a read throttled by [`throttle_twice`]: success, at least 2 s
/// spent waiting as told, exactly three requests on the server.
fn assert_waited_out_two_429s(
    attempts_header: Option<&str>,
    report: Option<CallReport>,
    elapsed: Duration,
    log: &[RecordedRequest],
    path: &str,
) {
    assert!(
        elapsed >= Duration::from_secs(2),
        "Retry-After: 1 twice must take 2 s, took {elapsed:?}"
    );
    assert_eq!(
        statuses(log, "GET", path),
        [Some(429), Some(429), Some(200)],
        "exactly three requests reached the server"
    );
    assert!(log[0].fault.is_some() && log[1].fault.is_some() && log[2].fault.is_none());
    assert_eq!(attempts_header, Some("3"));
    let report = report.expect("a call report");
    assert_eq!(report.attempts, 3);
    assert_eq!(report.stop, StopReason::Final);
}

/// Asserts a create that failed with the injected 503 was sent exactly once.
fn assert_sent_once_after_503(report: Option<CallReport>, log: &[RecordedRequest], path: &str) {
    assert_eq!(
        statuses(log, "POST", path),
        [Some(503)],
        "one POST, not resent"
    );
    let report = report.expect("a call report");
    assert_eq!(report.attempts, 1);
    assert_eq!(report.stop, StopReason::UnsafeToRetry);
}

/// Asserts a create refused with a (no-`Retry-After`) 429 was sent twice: the 429 proves the
/// server did not process it.
fn assert_resent_after_429(report: Option<CallReport>, log: &[RecordedRequest], path: &str) {
    let sent = statuses(log, "POST", path);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(sent[0], Some(429));
    assert!(matches!(sent[1], Some(200 | 201)), "{sent:?}");
    assert_eq!(log[0].body, log[1].body, "the same request, resent");
    assert_eq!(report.expect("a call report").attempts, 2);
}

/// Asserts a read whose first connection was dropped was retried once and succeeded.
fn assert_retried_after_drop(report: Option<CallReport>, log: &[RecordedRequest], path: &str) {
    assert_eq!(
        statuses(log, "GET", path),
        [None, Some(200)],
        "the dropped request got no response; the retry did"
    );
    assert!(log[0].fault.as_ref().is_some_and(|f| f.drop_connection));
    assert_eq!(report.expect("a call report").attempts, 2);
}

/// Asserts a create whose connection was dropped failed as a transport failure (not a
/// connect error or a timeout), was sent once, and was not retried.
fn assert_create_dropped<T, E: std::fmt::Debug>(
    result: Result<T, ApiError<E>>,
    report: Option<CallReport>,
    log: &[RecordedRequest],
    path: &str,
) {
    match result {
        Err(ApiError::CommunicationError(err)) => {
            assert!(!err.is_connect(), "the request reached the server: {err:?}");
            assert!(!err.is_timeout(), "nothing timed out: {err:?}");
            assert!(err.is_request(), "a failure while sending: {err:?}");
            let shown = ApiError::<E>::CommunicationError(err).to_string();
            assert!(shown.starts_with("Communication Error"), "{shown}");
        }
        Err(other) => panic!("expected a transport failure, got {other}"),
        Ok(_) => panic!("expected a transport failure, the create succeeded"),
    }
    assert_eq!(statuses(log, "POST", path), [None], "one POST, not resent");
    let report = report.expect("a call report");
    assert_eq!((report.attempts, report.status), (1, None));
    assert_eq!(report.stop, StopReason::UnsafeToRetry);
}

/// Asserts a read answered with a truncated body failed reading the body.
fn assert_body_error<T, E: std::fmt::Debug>(result: Result<T, ApiError<E>>) {
    match result {
        Err(ApiError::ResponseBodyError(err)) => {
            assert!(err.is_body() || err.is_decode(), "{err:?}");
        }
        Err(other) => panic!("expected a body error, got {other}"),
        Ok(_) => panic!("expected a body error, the truncated body decoded"),
    }
}

/// Asserts a read answered with malformed JSON failed decoding it, keeping the bytes.
fn assert_payload_error<T, E: std::fmt::Debug>(result: Result<T, ApiError<E>>) {
    match result {
        Err(ApiError::InvalidResponsePayload(bytes, err)) => {
            assert!(err.is_syntax(), "{err}");
            let body = String::from_utf8_lossy(&bytes);
            assert!(body.contains("\"emulator_fault\": \"malformed\""), "{body}");
        }
        Err(other) => panic!("expected an invalid payload, got {other}"),
        Ok(_) => panic!("expected an invalid payload, the malformed body decoded"),
    }
}

mod plivo {
    use super::*;
    use emulator_support::{plivo, requests};
    use trunkline_emulator::DEFAULT_PLIVO_AUTH_ID;
    use trunkline_plivo::{Client, types};

    fn path(rest: &str) -> String {
        format!("/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/{rest}")
    }

    fn trunk_path(id: &str) -> String {
        path(&format!("Trunk/{id}/"))
    }

    async fn create_trunk(plivo: &Client, ipacl: &str) -> Result<(), ApiError<types::ErrorBody>> {
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .name(Some("pbx".to_owned()))
                    .trunk_direction(types::TrunkDirection::Outbound)
                    .ipacl_uuid(Some(ipacl.to_owned())),
            )
            .send()
            .await
            .map(drop)
    }

    /// An IP ACL for outbound trunks to reference, created before any fault is queued.
    async fn ip_acl(plivo: &Client) -> String {
        plivo
            .create_ip_access_control_list()
            .body(
                types::CreateIpAccessControlListRequest::builder()
                    .ip_addresses(vec!["10.0.0.1".to_owned()]),
            )
            .send()
            .await
            .expect("create IP ACL")
            .into_inner()
            .ipacl_uuid
            .expect("ipacl_uuid")
    }

    async fn trunk_count(plivo: &Client) -> i64 {
        let page = plivo.list_trunks().send().await.expect("list trunks");
        page.meta
            .as_ref()
            .and_then(|m| m.total_count)
            .expect("total_count")
    }

    #[tokio::test]
    async fn two_429s_with_retry_after_then_success() {
        let emulator = emulator_support::start().await;
        let plivo = plivo(&emulator);
        let id = emulator.plivo().seed_trunks(1).remove(0);
        emulator
            .plivo()
            .inject(throttle_twice(&trunk_path(&id)))
            .expect("fault");

        let started = Instant::now();
        let (result, report) = observe(plivo.get_trunk().trunk_id(&id).send()).await;
        let elapsed = started.elapsed();
        let trunk = result.expect("the third attempt succeeds");
        assert_eq!(trunk.trunk_id.as_deref(), Some(id.as_str()));
        assert_waited_out_two_429s(
            trunk
                .headers()
                .get(ATTEMPTS_HEADER)
                .and_then(|v| v.to_str().ok()),
            report,
            elapsed,
            &emulator.plivo().requests(),
            &trunk_path(&id),
        );
    }

    #[tokio::test]
    async fn a_create_answered_503_is_not_resent() {
        let emulator = emulator_support::start().await;
        let plivo = plivo(&emulator);
        let acl = ip_acl(&plivo).await;
        emulator.plivo().clear_requests();
        emulator
            .plivo()
            .inject(Fault::error(503).for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&plivo, &acl)).await;
        let (status, body) = emulator_support::error_response(result);
        assert_eq!(status, 503);
        assert_eq!(body.error, Some(Value::from("Emulated fault: HTTP 503")));
        assert_sent_once_after_503(report, &emulator.plivo().requests(), &path("Trunk/"));
        assert_eq!(logged_over_http(emulator.plivo_url(), "POST").await, 1);
        assert_eq!(trunk_count(&plivo).await, 0, "nothing was created");
    }

    #[tokio::test]
    async fn a_create_refused_with_429_is_resent_and_creates_once() {
        let emulator = emulator_support::start().await;
        let plivo = plivo(&emulator);
        let acl = ip_acl(&plivo).await;
        emulator.plivo().clear_requests();
        emulator
            .plivo()
            .inject(Fault::error(429).for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&plivo, &acl)).await;
        result.expect("a 429 means unprocessed: resent and created");
        assert_resent_after_429(report, &emulator.plivo().requests(), &path("Trunk/"));
        assert_eq!(trunk_count(&plivo).await, 1, "exactly one trunk");
    }

    #[tokio::test]
    async fn a_read_whose_connection_drops_is_retried() {
        let emulator = emulator_support::start().await;
        let plivo = plivo(&emulator);
        let id = emulator.plivo().seed_trunks(1).remove(0);
        emulator
            .plivo()
            .inject(Fault::disconnect().for_method("GET"))
            .expect("fault");

        let (result, report) = observe(plivo.get_trunk().trunk_id(&id).send()).await;
        let trunk = result.expect("the retry succeeds");
        assert_eq!(trunk.trunk_id.as_deref(), Some(id.as_str()));
        assert_retried_after_drop(report, &emulator.plivo().requests(), &trunk_path(&id));
    }

    #[tokio::test]
    async fn a_create_whose_connection_drops_is_not_retried() {
        let emulator = emulator_support::start().await;
        let plivo = plivo(&emulator);
        let acl = ip_acl(&plivo).await;
        emulator.plivo().clear_requests();
        emulator
            .plivo()
            .inject(Fault::disconnect().for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&plivo, &acl)).await;
        assert_create_dropped(
            result,
            report,
            &emulator.plivo().requests(),
            &path("Trunk/"),
        );
        assert_eq!(trunk_count(&plivo).await, 0, "nothing was created");
    }

    #[tokio::test]
    async fn truncated_and_malformed_bodies_are_decode_errors() {
        let emulator = emulator_support::start().await;
        let plivo = plivo(&emulator);
        let id = emulator.plivo().seed_trunks(1).remove(0);

        emulator
            .plivo()
            .inject(Fault::truncated_body())
            .expect("fault");
        assert_body_error(plivo.get_trunk().trunk_id(&id).send().await);
        emulator
            .plivo()
            .inject(Fault::malformed_body())
            .expect("fault");
        assert_payload_error(plivo.list_trunks().send().await);

        let log = emulator.plivo().requests();
        assert_eq!(requests(&log, "GET", &path("")).len(), 2);
        assert!(
            log.iter()
                .all(|r| r.fault.is_some() && r.status == Some(200))
        );
        // The emulator is unharmed: the next read decodes.
        plivo
            .get_trunk()
            .trunk_id(&id)
            .send()
            .await
            .expect("a clean read");
    }
}

mod twilio {
    use super::*;
    use emulator_support::{requests, twilio};
    use trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID;
    use trunkline_twilio::{Client, TrunkingError, sip, trunking};

    fn trunk_path(sid: &str) -> String {
        format!("/v1/Trunks/{sid}")
    }

    fn sip_path(rest: &str) -> String {
        format!("/2010-04-01/Accounts/{DEFAULT_TWILIO_ACCOUNT_SID}/SIP/{rest}")
    }

    async fn create_trunk(twilio: &Client) -> Result<(), TrunkingError> {
        twilio
            .trunking()
            .create_trunk()
            .body(
                trunking::types::CreateTrunkRequest::builder()
                    .friendly_name(Some("pbx".to_owned())),
            )
            .send()
            .await
            .map(drop)
    }

    #[tokio::test]
    async fn two_429s_with_retry_after_then_success() {
        let emulator = emulator_support::start().await;
        let twilio = twilio(&emulator);
        let sid = emulator.twilio_trunking().seed_trunks(1).remove(0);
        emulator
            .twilio_trunking()
            .inject(throttle_twice(&trunk_path(&sid)))
            .expect("fault");

        let started = Instant::now();
        let (result, report) = observe(twilio.trunking().get_trunk().sid(&sid).send()).await;
        let elapsed = started.elapsed();
        let trunk = result.expect("the third attempt succeeds");
        assert_eq!(trunk.sid.as_deref(), Some(sid.as_str()));
        assert_waited_out_two_429s(
            trunk
                .headers()
                .get(ATTEMPTS_HEADER)
                .and_then(|v| v.to_str().ok()),
            report,
            elapsed,
            &emulator.twilio_trunking().requests(),
            &trunk_path(&sid),
        );
    }

    #[tokio::test]
    async fn a_create_answered_503_is_not_resent_on_either_api() {
        let emulator = emulator_support::start().await;
        let twilio = twilio(&emulator);
        emulator
            .twilio_trunking()
            .inject(Fault::error(503).for_method("POST"))
            .expect("fault");
        emulator
            .twilio_api()
            .inject(Fault::error(503).for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&twilio)).await;
        let (status, body) = emulator_support::error_response(result);
        assert_eq!(
            (status, body.code, body.status),
            (503, Some(20503), Some(503))
        );
        assert_sent_once_after_503(report, &emulator.twilio_trunking().requests(), "/v1/Trunks");
        assert_eq!(
            logged_over_http(emulator.twilio_trunking_url(), "POST").await,
            1
        );
        assert_eq!(
            emulator.twilio_trunking().trunk_count(),
            0,
            "nothing was created"
        );

        let (result, report) = observe(
            twilio
                .sip()
                .create_credential_list()
                .body(sip::types::CreateCredentialListRequest::builder().friendly_name("users"))
                .send(),
        )
        .await;
        let (status, body) = emulator_support::error_response(result);
        assert_eq!((status, body.code), (503, Some(20503)));
        assert_sent_once_after_503(
            report,
            &emulator.twilio_api().requests(),
            &sip_path("CredentialLists.json"),
        );
        assert_eq!(logged_over_http(emulator.twilio_api_url(), "POST").await, 1);
        let page = twilio
            .sip()
            .list_credential_lists()
            .send()
            .await
            .expect("list");
        assert!(page.credential_lists.is_empty(), "nothing was created");
    }

    #[tokio::test]
    async fn a_create_refused_with_429_is_resent_and_creates_once() {
        let emulator = emulator_support::start().await;
        let twilio = twilio(&emulator);
        emulator
            .twilio_trunking()
            .inject(Fault::error(429).for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&twilio)).await;
        result.expect("a 429 means unprocessed: resent and created");
        assert_resent_after_429(report, &emulator.twilio_trunking().requests(), "/v1/Trunks");
        assert_eq!(
            emulator.twilio_trunking().trunk_count(),
            1,
            "exactly one trunk"
        );
    }

    #[tokio::test]
    async fn a_read_whose_connection_drops_is_retried_on_either_api() {
        let emulator = emulator_support::start().await;
        let twilio = twilio(&emulator);
        let sid = emulator.twilio_trunking().seed_trunks(1).remove(0);
        emulator
            .twilio_trunking()
            .inject(Fault::disconnect().for_method("GET"))
            .expect("fault");
        emulator
            .twilio_api()
            .inject(Fault::disconnect().for_method("GET"))
            .expect("fault");

        let (result, report) = observe(twilio.trunking().get_trunk().sid(&sid).send()).await;
        assert_eq!(
            result.expect("the retry succeeds").sid.as_deref(),
            Some(sid.as_str())
        );
        assert_retried_after_drop(
            report,
            &emulator.twilio_trunking().requests(),
            &trunk_path(&sid),
        );

        let (result, report) = observe(twilio.sip().list_credential_lists().send()).await;
        result.expect("the retry succeeds");
        assert_retried_after_drop(
            report,
            &emulator.twilio_api().requests(),
            &sip_path("CredentialLists.json"),
        );
    }

    #[tokio::test]
    async fn a_create_whose_connection_drops_is_not_retried() {
        let emulator = emulator_support::start().await;
        let twilio = twilio(&emulator);
        emulator
            .twilio_trunking()
            .inject(Fault::disconnect().for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&twilio)).await;
        assert_create_dropped(
            result,
            report,
            &emulator.twilio_trunking().requests(),
            "/v1/Trunks",
        );
        assert_eq!(
            emulator.twilio_trunking().trunk_count(),
            0,
            "nothing was created"
        );
        let page = twilio.trunking().list_trunks().send().await.expect("list");
        assert!(page.trunks.is_empty());
    }

    #[tokio::test]
    async fn truncated_and_malformed_bodies_are_decode_errors() {
        let emulator = emulator_support::start().await;
        let twilio = twilio(&emulator);
        let sid = emulator.twilio_trunking().seed_trunks(1).remove(0);

        emulator
            .twilio_trunking()
            .inject(Fault::truncated_body())
            .expect("fault");
        assert_body_error(twilio.trunking().get_trunk().sid(&sid).send().await);
        emulator
            .twilio_api()
            .inject(Fault::malformed_body())
            .expect("fault");
        assert_payload_error(twilio.sip().list_ip_access_control_lists().send().await);

        let trunking_log = emulator.twilio_trunking().requests();
        assert_eq!(requests(&trunking_log, "GET", "/v1/Trunks").len(), 1);
        let api_log = emulator.twilio_api().requests();
        assert_eq!(requests(&api_log, "GET", &sip_path("")).len(), 1);
        twilio
            .trunking()
            .get_trunk()
            .sid(&sid)
            .send()
            .await
            .expect("a clean read");
    }
}

mod vobiz {
    use super::*;
    use emulator_support::{fast_retries, requests, vobiz, vobiz_with};
    use trunkline_emulator::{DEFAULT_VOBIZ_AUTH_ID, DEFAULT_VOBIZ_AUTH_TOKEN};
    use trunkline_vobiz::{Client, types};

    fn path(rest: &str) -> String {
        format!("/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/{rest}")
    }

    async fn create_trunk(vobiz: &Client) -> Result<(), ApiError<types::VobizError>> {
        vobiz
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .name("pbx")
                    .trunk_type(types::TrunkType::Outbound)
                    .max_concurrent_calls(Some(5)),
            )
            .send()
            .await
            .map(drop)
    }

    async fn trunk_total(vobiz: &Client) -> i64 {
        let page = vobiz.list_trunks().send().await.expect("list trunks");
        page.meta.as_ref().and_then(|m| m.total).expect("total")
    }

    #[tokio::test]
    async fn two_429s_with_retry_after_then_success() {
        let emulator = emulator_support::start().await;
        let vobiz = vobiz(&emulator);
        let id = emulator.vobiz().seed_trunks(1).remove(0);
        let trunk_path = path(&format!("trunks/{id}"));
        emulator
            .vobiz()
            .inject(throttle_twice(&trunk_path))
            .expect("fault");

        let started = Instant::now();
        let (result, report) = observe(vobiz.get_trunk().trunk_id(&id).send()).await;
        let elapsed = started.elapsed();
        let trunk = result.expect("the third attempt succeeds");
        assert_eq!(trunk.trunk_id, id);
        assert_waited_out_two_429s(
            trunk
                .headers()
                .get(ATTEMPTS_HEADER)
                .and_then(|v| v.to_str().ok()),
            report,
            elapsed,
            &emulator.vobiz().requests(),
            &trunk_path,
        );
    }

    #[tokio::test]
    async fn a_create_answered_503_is_not_resent() {
        let emulator = emulator_support::start().await;
        let vobiz = vobiz(&emulator);
        emulator
            .vobiz()
            .inject(Fault::error(503).for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&vobiz)).await;
        let (status, body) = emulator_support::error_response(result);
        assert_eq!((status, body.code), (503, Some(503)));
        assert_sent_once_after_503(report, &emulator.vobiz().requests(), &path("trunks"));
        assert_eq!(logged_over_http(emulator.vobiz_url(), "POST").await, 1);
        assert_eq!(trunk_total(&vobiz).await, 0, "nothing was created");
    }

    #[tokio::test]
    async fn a_create_refused_with_429_is_resent_and_creates_once() {
        let emulator = emulator_support::start().await;
        let vobiz = vobiz(&emulator);
        emulator
            .vobiz()
            .inject(Fault::error(429).for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&vobiz)).await;
        result.expect("a 429 means unprocessed: resent and created");
        assert_resent_after_429(report, &emulator.vobiz().requests(), &path("trunks"));
        assert_eq!(trunk_total(&vobiz).await, 1, "exactly one trunk");
    }

    /// A create that times out may have reached the server: it is not resent. A read that
    /// times out is. (Real time: whether a timed-out request arrived before its timeout is the
    /// scheduler's business, so the server-side counts are bounds, the client-side ones exact.)
    #[tokio::test]
    async fn a_timed_out_create_is_not_resent_but_a_timed_out_read_is() {
        let emulator = emulator_support::start().await;
        let impatient = vobiz_with(
            &emulator,
            DEFAULT_VOBIZ_AUTH_TOKEN,
            fast_retries().with_timeouts(
                trunkline_core::Timeouts::default().with_attempt(Duration::from_millis(500)),
            ),
        );
        let id = emulator.vobiz().seed_trunks(1).remove(0);
        let slow = || Fault::latency(Duration::from_secs(2));

        emulator
            .vobiz()
            .inject(slow().for_method("GET"))
            .expect("fault");
        let (result, report) = observe(impatient.get_trunk().trunk_id(&id).send()).await;
        assert_eq!(result.expect("the retry is fast").trunk_id, id);
        let trunk_path = path(&format!("trunks/{id}"));
        let gets = requests(&emulator.vobiz().requests(), "GET", &trunk_path).len();
        let report = report.expect("report");
        // The first attempt cannot succeed (2 s > 500 ms); a later one did; the server saw no
        // request the client did not make.
        assert!(report.attempts >= 2, "{report:?}");
        assert!(
            (1..=report.attempts as usize).contains(&gets),
            "{gets} GETs"
        );

        emulator.vobiz().clear_requests();
        emulator
            .vobiz()
            .inject(slow().for_method("POST"))
            .expect("fault");
        let (result, report) = observe(create_trunk(&impatient)).await;
        match result {
            Err(ApiError::CommunicationError(err)) => assert!(err.is_timeout(), "{err:?}"),
            other => panic!("expected a timeout, got {other:?}"),
        }
        let report = report.expect("report");
        assert_eq!(report.attempts, 1);
        assert_eq!(report.stop, StopReason::UnsafeToRetry);
        assert_eq!(report.timeout, Some(trunkline_core::TimeoutKind::Attempt));
        assert!(
            requests(&emulator.vobiz().requests(), "POST", &path("trunks")).len() <= 1,
            "one POST at most, never resent"
        );
    }

    #[tokio::test]
    async fn a_read_whose_connection_drops_is_retried() {
        let emulator = emulator_support::start().await;
        let vobiz = vobiz(&emulator);
        let id = emulator.vobiz().seed_trunks(1).remove(0);
        emulator
            .vobiz()
            .inject(Fault::disconnect().for_method("GET"))
            .expect("fault");

        let (result, report) = observe(vobiz.get_trunk().trunk_id(&id).send()).await;
        assert_eq!(result.expect("the retry succeeds").trunk_id, id);
        assert_retried_after_drop(
            report,
            &emulator.vobiz().requests(),
            &path(&format!("trunks/{id}")),
        );
    }

    #[tokio::test]
    async fn a_create_whose_connection_drops_is_not_retried() {
        let emulator = emulator_support::start().await;
        let vobiz = vobiz(&emulator);
        emulator
            .vobiz()
            .inject(Fault::disconnect().for_method("POST"))
            .expect("fault");

        let (result, report) = observe(create_trunk(&vobiz)).await;
        assert_create_dropped(
            result,
            report,
            &emulator.vobiz().requests(),
            &path("trunks"),
        );
        assert_eq!(trunk_total(&vobiz).await, 0, "nothing was created");
    }

    #[tokio::test]
    async fn truncated_and_malformed_bodies_are_decode_errors() {
        let emulator = emulator_support::start().await;
        let vobiz = vobiz(&emulator);
        let id = emulator.vobiz().seed_trunks(1).remove(0);
        emulator.vobiz().seed_generated_cdrs(2, 3);

        emulator
            .vobiz()
            .inject(Fault::truncated_body())
            .expect("fault");
        assert_body_error(vobiz.get_trunk().trunk_id(&id).send().await);
        emulator
            .vobiz()
            .inject(Fault::malformed_body())
            .expect("fault");
        assert_payload_error(vobiz.list_cdrs().send().await);

        let log = emulator.vobiz().requests();
        assert_eq!(requests(&log, "GET", &path("")).len(), 2);
        assert!(
            log.iter()
                .all(|r| r.fault.is_some() && r.status == Some(200))
        );
        vobiz
            .get_trunk()
            .trunk_id(&id)
            .send()
            .await
            .expect("a clean read");
    }
}
