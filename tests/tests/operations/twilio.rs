//! Twilio-specific checks; what every vendor shares is the shared suite's (`tests/vendors/`),
//! every operation with its fixture is `twilio_fixtures.rs`.
//!
//! - The `httpmock` feature: the typed mocks of both APIs at `trunkline_twilio::{trunking,
//!   sip}::mock` and `trunkline_twilio::mock::FormBodyExt`, the form-body matcher the generated
//!   JSON body matchers cannot replace. The matcher accepts exactly the fields given: a
//!   missing, extra or different field, or a body that is not a form, is not matched.
//! - Error bodies only Twilio sends: `details`, the RFC 9457 shape.
//! - Next-page links: the 2010-04-01 account prefix mapped onto an `api_base_url`, a later
//!   page pointing back (both APIs), links followed through the retry and auth hooks, and the
//!   nine list shortcuts of `Client`.

use std::num::NonZeroU64;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use httpmock::prelude::*;
use serde_json::{Value, json};
use trunkline_tests::{Reply, ScriptedServer, fixture};
use trunkline_twilio::mock::{
    FORM_CONTENT_TYPE, FormBodyExt, SipMockServerExt, TrunkingMockServerExt,
};
use trunkline_twilio::{ClientBuilder, ClientConfig, PagingError, RetryPolicy, sip, trunking};

use crate::support::no_retry;

const ACCOUNT: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const TOKEN: &str = "twilio-paging-token-4242";
/// base64("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:twilio-paging-token-4242")
const BASIC: &str =
    "Basic QUNYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWDp0d2lsaW8tcGFnaW5nLXRva2VuLTQyNDI=";

fn builder() -> ClientBuilder {
    ClientBuilder::new(ACCOUNT, TOKEN).config(no_retry())
}

fn client(server: &MockServer) -> trunkline_twilio::Client {
    builder()
        .api_base_url(server.base_url())
        .build()
        .expect("client")
}

fn trunk_body(
    friendly_name: Option<&str>,
    secure: Option<bool>,
    domain: Option<&str>,
) -> trunking::types::builder::UpdateTrunkRequest {
    trunking::types::UpdateTrunkRequest::builder()
        .friendly_name(friendly_name.map(str::to_owned))
        .secure(secure)
        .domain_name(domain.map(str::to_owned))
}

#[tokio::test]
async fn form_body_matches_exactly_the_given_fields() {
    let server = MockServer::start_async().await;
    let mock = server.update_trunk(|when, then| {
        when.sid("TK1")
            .form_body(&[("FriendlyName", "pbx & co/1 é"), ("Secure", "false")]);
        then.ok(&trunking::types::Trunk {
            sid: Some("TK1".into()),
            ..Default::default()
        });
    });
    let twilio = client(&server);
    let update = |body| {
        twilio
            .trunking()
            .update_trunk()
            .sid("TK1")
            .body(body)
            .send()
    };

    // A different value, a missing field, an extra field: not matched (404).
    for (what, body) in [
        (
            "Secure=true",
            trunk_body(Some("pbx & co/1 é"), Some(true), None),
        ),
        ("no Secure", trunk_body(Some("pbx & co/1 é"), None, None)),
        (
            "an extra DomainName",
            trunk_body(Some("pbx & co/1 é"), Some(false), Some("x.pstn.twilio.com")),
        ),
        (
            "another name",
            trunk_body(Some("pbx & co/1"), Some(false), None),
        ),
    ] {
        let err = update(body).await.expect_err(what);
        assert_eq!(err.status().map(|s| s.as_u16()), Some(404), "{what}");
    }
    assert_eq!(mock.calls(), 0);

    // Exactly the fields (encoded by the client, decoded by the matcher): matched.
    let trunk = update(trunk_body(Some("pbx & co/1 é"), Some(false), None))
        .await
        .expect("matched");
    assert_eq!(trunk.sid.as_deref(), Some("TK1"));
    mock.assert();
}

#[tokio::test]
async fn an_empty_field_list_matches_only_an_empty_form() {
    let server = MockServer::start_async().await;
    let mock = server.update_ip_address(|when, then| {
        when.ip_access_control_list_sid("AL1")
            .sid("IP1")
            .form_body(&[]);
        then.ok(&sip::types::IpAddress::default());
    });
    let twilio = client(&server);
    let err = twilio
        .sip()
        .update_ip_address()
        .ip_access_control_list_sid("AL1")
        .sid("IP1")
        .body(sip::types::UpdateIpAddressRequest::builder().cidr_prefix_length(Some(24)))
        .send()
        .await
        .expect_err("a field was sent");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    twilio
        .sip()
        .update_ip_address()
        .ip_access_control_list_sid("AL1")
        .sid("IP1")
        .send()
        .await
        .expect("an update without parameters sends an empty form");
    mock.assert();
}

#[tokio::test]
async fn form_body_obj_matches_a_typed_body_secrets_included() {
    let server = MockServer::start_async().await;
    let expected = sip::types::CreateCredentialRequest::try_from(
        sip::types::CreateCredentialRequest::builder()
            .username("alice")
            .password("Correct-Horse-9"),
    )
    .expect("body");
    let mock = server.create_credential(|when, then| {
        when.credential_list_sid("CL1").form_body_obj(&expected);
        then.created(&sip::types::Credential {
            sid: Some("CR1".into()),
            username: Some("alice".into()),
            ..Default::default()
        });
    });
    let twilio = client(&server);
    let create = |password: &'static str| {
        twilio
            .sip()
            .create_credential()
            .credential_list_sid("CL1")
            .body(
                sip::types::CreateCredentialRequest::builder()
                    .username("alice")
                    .password(password),
            )
            .send()
    };
    let err = create("Wrong-Horse-9").await.expect_err("another password");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    let created = create("Correct-Horse-9").await.expect("matched");
    assert_eq!(created.status(), 201);
    assert_eq!(created.sid.as_deref(), Some("CR1"));
    mock.assert();
}

#[tokio::test]
async fn typed_bodies_with_enums_integers_and_booleans() {
    let server = MockServer::start_async().await;
    let mock = server.create_origination_url(|when, then| {
        when.trunk_sid("TK1").form_body(&[
            ("Weight", "10"),
            ("Priority", "0"),
            ("Enabled", "true"),
            ("FriendlyName", "primary"),
            ("SipUrl", "sip:pbx.example.com:5061;transport=tls"),
        ]);
        then.created(&trunking::types::OriginationUrl::default());
    });
    let recording = server.update_trunk_recording(|when, then| {
        when.trunk_sid("TK1").form_body(&[
            ("Mode", "record-from-answer-dual"),
            ("Trim", "trim-silence"),
        ]);
        then.ok(&trunking::types::Recording::default());
    });
    let twilio = client(&server);
    twilio
        .trunking()
        .create_origination_url()
        .trunk_sid("TK1")
        .body(
            trunking::types::CreateOriginationUrlRequest::builder()
                .weight(10u16)
                .priority(0u16)
                .enabled(true)
                .friendly_name("primary")
                .sip_url("sip:pbx.example.com:5061;transport=tls"),
        )
        .send()
        .await
        .expect("origination URL");
    twilio
        .trunking()
        .update_trunk_recording()
        .trunk_sid("TK1")
        .body(
            trunking::types::UpdateTrunkRecordingRequest::builder()
                .mode(Some(trunking::types::RecordingMode::RecordFromAnswerDual))
                .trim(Some(trunking::types::RecordingTrim::TrimSilence)),
        )
        .send()
        .await
        .expect("recording");
    mock.assert();
    recording.assert();
}

#[tokio::test]
async fn a_body_that_is_not_a_form_is_not_matched() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path("/v1/Trunks")
            .form_body(&[("FriendlyName", "x")]);
        then.status(201);
    });
    let http = reqwest::Client::new();
    let url = format!("{}/v1/Trunks", server.base_url());
    let as_text = http
        .post(&url)
        .header("content-type", "text/plain")
        .body("FriendlyName=x")
        .send()
        .await
        .expect("sent");
    assert_eq!(as_text.status(), 404);
    let as_form = http
        .post(&url)
        .header("content-type", FORM_CONTENT_TYPE)
        .body("FriendlyName=x")
        .send()
        .await
        .expect("sent");
    assert_eq!(as_form.status(), 201);
    mock.assert();
}

// ---------------------------------------------------------------------------------------------
// Error bodies only Twilio sends

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
    let twilio = client(&server);
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
    let twilio = client(&server);
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

// ---------------------------------------------------------------------------------------------
// Next-page links

fn trunk_page(sids: &[&str], page: u64, url: &str, next: Option<&str>) -> Value {
    json!({
        "meta": {
            "first_page_url": "https://trunking.twilio.com/v1/Trunks?PageSize=2&Page=0",
            "key": "trunks",
            "next_page_url": next,
            "page": page,
            "page_size": 2,
            "previous_page_url": null,
            "url": url,
        },
        "trunks": sids.iter().map(|sid| json!({"sid": sid, "friendly_name": format!("trunk {sid}")})).collect::<Vec<_>>(),
    })
}

fn sip_page(key: &str, sids: &[&str], page: u64, uri: &str, next: Option<&str>) -> Value {
    json!({
        key: sids.iter().map(|sid| json!({"sid": sid})).collect::<Vec<_>>(),
        "end": 0,
        "first_page_uri": uri,
        "next_page_uri": next,
        "page": page,
        "page_size": 2,
        "previous_page_uri": null,
        "start": 0,
        "uri": uri,
    })
}

fn ok_json(then: httpmock::Then, body: Value) {
    then.status(200)
        .header("content-type", "application/json")
        .json_body(body);
}

#[tokio::test]
async fn three_credential_pages_with_typed_mocks_and_api_base_url() {
    let server = MockServer::start_async().await;
    let link = |query: &str| {
        format!("/2010-04-01/Accounts/{ACCOUNT}/SIP/CredentialLists/CL1/Credentials.json?{query}")
    };
    let tokens = [None, Some("PA1"), Some("PA2")];
    let mocks: Vec<_> = tokens
        .iter()
        .enumerate()
        .map(|(index, token)| {
            let sids = match index {
                0 => vec!["CR1", "CR2"],
                1 => vec!["CR3", "CR4"],
                _ => vec!["CR5"],
            };
            let next = tokens.get(index + 1).map(|t| {
                link(&format!(
                    "PageSize=2&Page={}&PageToken={}",
                    index + 1,
                    t.unwrap_or("")
                ))
            });
            // The typed mock matches `/SIP/CredentialLists/CL1/Credentials.json` at the
            // server root: the link's `/2010-04-01/Accounts/{AccountSid}` prefix must be
            // replaced by the configured base.
            server.list_credentials(|when, then| {
                let when = when.credential_list_sid("CL1").page_token(*token);
                let when = if token.is_some() {
                    when.page(index as u64).page_size(NonZeroU64::new(2))
                } else {
                    when.page(None).page_size(NonZeroU64::new(1000))
                };
                when.into_inner().header("authorization", BASIC);
                ok_json(
                    then.into_inner(),
                    sip_page(
                        "credentials",
                        &sids,
                        index as u64,
                        &link("PageSize=2"),
                        next.as_deref(),
                    ),
                );
            })
        })
        .collect();

    let twilio = builder()
        .api_base_url(server.base_url())
        .build()
        .expect("client");
    let credentials: Vec<_> = twilio
        .credentials("CL1")
        .try_collect()
        .await
        .expect("three pages");
    let sids: Vec<_> = credentials
        .iter()
        .map(|c| c.sid.as_deref().unwrap_or("?"))
        .collect();
    assert_eq!(sids, ["CR1", "CR2", "CR3", "CR4", "CR5"]);
    for mock in &mocks {
        mock.assert();
    }
}

#[tokio::test]
async fn a_later_page_pointing_back_is_an_error_in_both_apis() {
    let server = MockServer::start_async().await;
    // Trunking: page 1 links back to page 0.
    let page0 = "https://trunking.twilio.com/v1/Trunks?PageSize=2&Page=0";
    let page1 = "https://trunking.twilio.com/v1/Trunks?PageSize=2&Page=1&PageToken=PT1";
    let first = server.list_trunks(|when, then| {
        when.page_token(None);
        ok_json(
            then.into_inner(),
            trunk_page(&["TK1", "TK2"], 0, page0, Some(page1)),
        );
    });
    let second = server.list_trunks(|when, then| {
        when.page_token("PT1");
        ok_json(
            then.into_inner(),
            trunk_page(&["TK3"], 1, page1, Some(page0)),
        );
    });
    // 2010: page 1 links to itself.
    let path = format!("/2010-04-01/Accounts/{ACCOUNT}/SIP/IpAccessControlLists.json");
    let own1 = format!("{path}?PageSize=2&Page=1&PageToken=PA1");
    let acl0 = server.list_ip_access_control_lists(|when, then| {
        when.page_token(None);
        ok_json(
            then.into_inner(),
            sip_page(
                "ip_access_control_lists",
                &["AL1"],
                0,
                &format!("{path}?PageSize=2&Page=0"),
                Some(&own1),
            ),
        );
    });
    let acl1 = server.list_ip_access_control_lists(|when, then| {
        when.page_token("PA1");
        ok_json(
            then.into_inner(),
            sip_page("ip_access_control_lists", &["AL2"], 1, &own1, Some(&own1)),
        );
    });

    let twilio = builder()
        .api_base_url(server.base_url())
        .build()
        .expect("client");
    let trunks: Vec<_> = tokio::time::timeout(Duration::from_secs(10), twilio.trunks().collect())
        .await
        .expect("the stream ends");
    let ok: Vec<_> = trunks
        .iter()
        .filter_map(|t| t.as_ref().ok())
        .filter_map(|t| t.sid.clone())
        .collect();
    assert_eq!(ok, ["TK1", "TK2", "TK3"]);
    assert!(
        matches!(trunks.last(), Some(Err(PagingError::CursorLoop(_)))),
        "{trunks:?}"
    );
    assert_eq!((first.calls(), second.calls()), (1, 1));

    let acls: Vec<_> = tokio::time::timeout(
        Duration::from_secs(10),
        twilio.ip_access_control_lists().collect(),
    )
    .await
    .expect("the stream ends");
    assert_eq!(acls.len(), 3, "{acls:?}");
    assert!(
        matches!(acls[2], Err(PagingError::CursorLoop(_))),
        "{acls:?}"
    );
    assert_eq!((acl0.calls(), acl1.calls()), (1, 1));
}

#[tokio::test]
async fn following_a_link_goes_through_the_retry_and_auth_hooks() {
    let next = "https://trunking.twilio.com/v1/Trunks?PageSize=1&Page=1&PageToken=PT1";
    let server = ScriptedServer::start(vec![
        Reply::json(
            200,
            &trunk_page(
                &["TK1"],
                0,
                "https://trunking.twilio.com/v1/Trunks",
                Some(next),
            ),
        ),
        Reply::json(
            503,
            &json!({"code": 20503, "message": "unavailable", "status": 503}),
        ),
        Reply::json(200, &trunk_page(&["TK2"], 1, next, None)),
    ])
    .await;
    let twilio = ClientBuilder::new(ACCOUNT, TOKEN)
        .api_base_url(&server.url)
        .config(
            ClientConfig::default().with_retry(
                RetryPolicy::default()
                    .with_backoff(Duration::from_millis(5), Duration::from_millis(20)),
            ),
        )
        .build()
        .expect("client");
    let trunks: Vec<_> = twilio
        .trunks()
        .try_collect()
        .await
        .expect("the 503 is retried");
    assert_eq!(trunks.len(), 2);
    let received = server.received();
    let targets: Vec<_> = received.iter().map(|r| r.target.as_str()).collect();
    assert_eq!(
        targets,
        [
            "/v1/Trunks?PageSize=1000",
            "/v1/Trunks?PageSize=1&Page=1&PageToken=PT1",
            "/v1/Trunks?PageSize=1&Page=1&PageToken=PT1"
        ]
    );
    assert!(
        received
            .iter()
            .all(|r| r.header("authorization") == Some(BASIC))
    );
    assert!(received.iter().all(|r| r.method == "GET"));
}

/// Each list helper streams its own list operation: the fixture's one-page list, answered
/// only at that operation's path.
#[tokio::test]
async fn every_list_helper_streams_its_list_operation() {
    const TK: &str = "TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const CL: &str = "CLXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const AL: &str = "ALXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const FIXTURES: [&str; 9] = [
        "trunk_list_full.json",
        "credential_list_list_full.json",
        "ip_access_control_list_list_full.json",
        "origination_url_list_full.json",
        "phone_number_list_full.json",
        "sip_credential_list_list_full.json",
        "sip_credential_list_credential_list_full.json",
        "sip_ip_access_control_list_list_full.json",
        "sip_ip_access_control_list_ip_address_list_full.json",
    ];
    let server = MockServer::start_async().await;
    let mut expected = Vec::new();
    let mut mocks = Vec::new();
    for name in FIXTURES {
        let fx = fixture("twilio", name);
        let url = fx["request"]["url"].as_str().expect("url");
        let path = url
            .trim_start_matches("https://trunking.twilio.com")
            .trim_start_matches("https://api.twilio.com")
            .to_owned();
        let body = fx["response"]["body"].clone();
        let items = body
            .as_object()
            .and_then(|page| {
                page.values()
                    .find_map(|v| v.as_array().filter(|a| !a.is_empty()))
            })
            .expect("a non-empty list");
        expected.push(
            items
                .iter()
                .map(|item| item["sid"].as_str().expect("sid").to_owned())
                .collect::<Vec<_>>(),
        );
        // twilio-python's test client account is ACXXXX…, the same as ours.
        let path = path.replace("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", ACCOUNT);
        mocks.push(server.mock(|when, then| {
            when.method(GET).path(path).header("authorization", BASIC);
            ok_json(then, body);
        }));
    }

    async fn sids<T, E: std::fmt::Debug>(
        stream: impl futures::Stream<Item = Result<T, E>>,
        sid: impl Fn(&T) -> Option<String>,
    ) -> Vec<String> {
        let items: Vec<T> = stream.try_collect().await.expect("one page");
        items
            .iter()
            .map(|item| sid(item).unwrap_or_default())
            .collect()
    }

    let twilio = builder()
        .base_url(server.base_url())
        .build()
        .expect("client");
    let got = vec![
        sids(twilio.trunks(), |t| t.sid.clone()).await,
        sids(twilio.trunk_credential_lists(TK), |t| t.sid.clone()).await,
        sids(twilio.trunk_ip_access_control_lists(TK), |t| t.sid.clone()).await,
        sids(twilio.origination_urls(TK), |t| t.sid.clone()).await,
        sids(twilio.trunk_phone_numbers(TK), |t| t.sid.clone()).await,
        sids(twilio.credential_lists(), |t| t.sid.clone()).await,
        sids(twilio.credentials(CL), |t| t.sid.clone()).await,
        sids(twilio.ip_access_control_lists(), |t| t.sid.clone()).await,
        sids(twilio.ip_addresses(AL), |t| t.sid.clone()).await,
    ];
    assert_eq!(got, expected);
    for (mock, name) in mocks.iter().zip(FIXTURES) {
        assert_eq!(mock.calls(), 1, "{name}");
    }
}
