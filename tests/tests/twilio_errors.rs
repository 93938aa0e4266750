//! Twilio error responses decode into the typed error (status, `code`, `message`, …), and the
//! retry loop of trunkline-core runs with the Twilio specs' retry classes: a 429 with
//! `Retry-After` is waited out and resent, a create is never resent after a 500, an update
//! (a `POST` the spec marks idempotent) is.

use std::time::Duration;

use httpmock::prelude::*;
use serde_json::json;
use trunkline_core::{observe, retry::StopReason};
use trunkline_tests::{Reply, ScriptedServer, fixture};
use trunkline_twilio::mock::{SipMockServerExt, TrunkingMockServerExt};
use trunkline_twilio::{ClientBuilder, ClientConfig, RetryPolicy, sip, trunking};

const ACCOUNT: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const TOKEN: &str = "twilio-errors-token-7777";

fn client(url: &str, retry: RetryPolicy) -> trunkline_twilio::Client {
    ClientBuilder::new(ACCOUNT, TOKEN)
        .api_base_url(url)
        .config(ClientConfig::default().with_retry(retry))
        .build()
        .expect("client")
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default().with_backoff(Duration::from_millis(5), Duration::from_millis(20))
}

#[tokio::test]
async fn a_trunking_404_decodes_into_twilio_s_error() {
    let server = MockServer::start_async().await;
    server.get_trunk(|when, then| {
        when.sid("TKmissing");
        then.into_inner()
            .status(404)
            .header("content-type", "application/json")
            .json_body(json!({
                "code": 20404,
                "message": "The requested resource /Trunks/TKmissing was not found",
                "more_info": "https://www.twilio.com/docs/errors/20404",
                "status": 404
            }));
    });
    let twilio = client(&server.base_url(), RetryPolicy::never());
    let err = twilio
        .trunking()
        .get_trunk()
        .sid("TKmissing")
        .send()
        .await
        .expect_err("404");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    let trunking::Error::ErrorResponse(response) = &err else {
        panic!("expected an error response, got {err:?}");
    };
    let body: &trunking::types::TwilioError = response;
    assert_eq!(body.code, Some(20404));
    assert_eq!(body.status, Some(404));
    assert_eq!(
        body.message.as_deref(),
        Some("The requested resource /Trunks/TKmissing was not found")
    );
    assert_eq!(
        body.more_info.as_deref(),
        Some("https://www.twilio.com/docs/errors/20404")
    );
    assert!(body.details.is_none());
}

#[tokio::test]
async fn a_sip_400_with_details_decodes_into_twilio_s_error() {
    let server = MockServer::start_async().await;
    server.create_credential(|when, then| {
        when.credential_list_sid("CL1");
        then.into_inner()
            .status(400)
            .header("content-type", "application/json")
            .json_body(json!({
                "code": 20001,
                "message": "Bad request",
                "more_info": "https://www.twilio.com/docs/errors/20001",
                "status": 400,
                "details": {"foo": "bar"}
            }));
    });
    let twilio = client(&server.base_url(), RetryPolicy::never());
    let err = twilio
        .sip()
        .create_credential()
        .credential_list_sid("CL1")
        .body(
            sip::types::CreateCredentialRequest::builder()
                .username("alice")
                .password("short"),
        )
        .send()
        .await
        .expect_err("400");
    let sip::Error::ErrorResponse(response) = &err else {
        panic!("expected an error response, got {err:?}");
    };
    assert_eq!(response.status(), 400);
    assert_eq!(response.code, Some(20001));
    assert_eq!(response.message.as_deref(), Some("Bad request"));
    let details = response.details.as_ref().expect("details");
    assert_eq!(details.get("foo"), Some(&json!("bar")));
}

#[tokio::test]
async fn error_bodies_of_other_shapes_still_decode_or_fail_cleanly() {
    let server = MockServer::start_async().await;
    // The RFC 9457-style body some Twilio products send: `code` and `status` survive.
    server.get_credential_list(|when, then| {
        when.sid("CL9457");
        then.into_inner()
            .status(409)
            .header("content-type", "application/json")
            .json_body(json!({
                "type": "https://www.twilio.com/docs/errors/21220",
                "title": "Conflict",
                "status": 409,
                "code": 21220,
                "detail": "list in use"
            }));
    });
    // A gateway's HTML page: an error naming the bad payload, not a panic.
    server.get_credential_list(|when, then| {
        when.sid("CLhtml");
        then.into_inner()
            .status(502)
            .header("content-type", "text/html")
            .body("<html>Bad Gateway</html>");
    });
    let twilio = client(&server.base_url(), RetryPolicy::never());
    let err = twilio
        .sip()
        .get_credential_list()
        .sid("CL9457")
        .send()
        .await
        .expect_err("409");
    match &err {
        sip::Error::ErrorResponse(response) => {
            assert_eq!(response.status(), 409);
            assert_eq!((response.code, response.status), (Some(21220), Some(409)));
            assert_eq!(response.message, None);
        }
        other => panic!("{other:?}"),
    }
    let err = twilio
        .sip()
        .get_credential_list()
        .sid("CLhtml")
        .send()
        .await
        .expect_err("502");
    assert!(
        matches!(err, sip::Error::InvalidResponsePayload(ref bytes, _) if bytes.starts_with(b"<html>")),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_429_with_retry_after_is_retried_once_after_the_hint() {
    let server = ScriptedServer::start(vec![
        Reply::json(
            429,
            &json!({"code": 20429, "message": "Too Many Requests", "status": 429}),
        )
        .with_header("Retry-After", "1"),
        Reply::json(
            200,
            &fixture("twilio", "trunk_fetch.json")["response"]["body"],
        ),
    ])
    .await;
    let twilio = client(&server.url, fast_retries());
    let (result, report) = observe(twilio.trunking().get_trunk().sid("TKaaaa").send()).await;
    let trunk = result.expect("the second attempt succeeds");
    assert_eq!(
        trunk.sid.as_deref(),
        Some("TKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    );

    let received = server.received();
    assert_eq!(received.len(), 2, "exactly two requests");
    let waited = received[1].at.duration_since(received[0].at);
    assert!(waited >= Duration::from_secs(1), "waited only {waited:?}");
    assert!(received.iter().all(|r| r.target == "/v1/Trunks/TKaaaa"));
    assert!(received.iter().all(|r| r.header("authorization").is_some()));
    let report = report.expect("report");
    assert_eq!(
        (report.vendor, report.operation_id),
        ("twilio", "get_trunk")
    );
    assert_eq!(report.attempts, 2);
    assert_eq!(trunk.headers()["x-trunkline-attempts"], "2");
}

#[tokio::test]
async fn a_create_is_not_resent_after_a_500_but_an_update_is() {
    let error = Reply::json(
        500,
        &json!({"code": 20500, "message": "Internal error", "status": 500}),
    );
    let list = fixture("twilio", "sip_credential_list_create.json")["response"]["body"].clone();

    // create_credential_list is `x-trunkline-idempotent: false`: it may have been created.
    let server = ScriptedServer::start(vec![error.clone(), Reply::json(201, &list)]).await;
    let twilio = client(&server.url, fast_retries());
    let (result, report) = observe(
        twilio
            .sip()
            .create_credential_list()
            .body(sip::types::CreateCredentialListRequest::builder().friendly_name("users"))
            .send(),
    )
    .await;
    assert_eq!(
        result.expect_err("500").status().map(|s| s.as_u16()),
        Some(500)
    );
    assert_eq!(
        server.received().len(),
        1,
        "a create is never resent after a 500"
    );
    assert_eq!(report.expect("report").stop, StopReason::UnsafeToRetry);

    // update_credential_list is a POST marked idempotent: resent, with the same form body.
    let server = ScriptedServer::start(vec![error, Reply::json(200, &list)]).await;
    let twilio = client(&server.url, fast_retries());
    twilio
        .sip()
        .update_credential_list()
        .sid("CL1")
        .body(sip::types::UpdateCredentialListRequest::builder().friendly_name("users 2"))
        .send()
        .await
        .expect("the update is retried");
    let received = server.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].body, "FriendlyName=users+2");
    assert_eq!(received[1].body, received[0].body);
    assert_eq!(received[1].target, "/SIP/CredentialLists/CL1.json");
}
