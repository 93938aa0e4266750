//! Twilio-specific checks; what every vendor shares is the shared suite's (`tests/vendors/`).
//! Every operation with its fixture is `mod fixtures`, the emulator `mod emulator`.
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

/// The official list fixture decodes into `TrunkSummaryPage` (`send_summary()`): every property
/// the summary keeps has the fixture's value, and the page's links are read as from `TrunkPage`.
#[tokio::test]
async fn the_trunk_list_fixture_decodes_into_summaries() {
    let fx = fixture("twilio", "trunk_list_full.json");
    let body = fx["response"]["body"].clone();
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path("/v1/Trunks")
            .header("authorization", BASIC);
        ok_json(then, body.clone());
    });
    let twilio = builder()
        .base_url(server.base_url())
        .build()
        .expect("client");
    let page = twilio.trunking().list_trunks().send_summary().await;
    let page = page.expect("the fixture decodes").into_inner();
    mock.assert();
    let items = body["trunks"].as_array().expect("trunks");
    assert_eq!(page.trunks.len(), items.len());
    for (summary, item) in page.trunks.iter().zip(items) {
        let summary = serde_json::to_value(summary).unwrap();
        let mut keys: Vec<&String> = summary.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                "date_created",
                "date_updated",
                "domain_name",
                "friendly_name",
                "secure",
                "sid"
            ],
            "the summary keeps these and no other property"
        );
        for key in keys {
            assert_eq!(summary[key.as_str()], item[key.as_str()], "{key}");
        }
    }
    let (_, info) = trunkline_core::paging::ListPage::into_parts(page);
    assert_eq!(info.self_link.as_deref(), body["meta"]["url"].as_str());
    assert_eq!(info.next_link, None);
}

/// Every Twilio fixture (tests/fixtures/twilio/, twilio-python 7.17.0's canned request/response
/// pairs): the client, called as twilio-python's test calls it, must send exactly the request the
/// fixture names and decode the fixture's response.
///
/// The mock server checks the method, the exact path (the fixture URL's, placeholder SIDs as
/// given: `/2010-04-01/Accounts/ACXXXX…/SIP/…`), that there is no query string, the Basic auth
/// header (twilio-python's test client: `ACaaaa…:AUTHTOKEN`, acting on the account `ACXXXX…` of
/// the URLs), and the form body field by field (the fixture's `data`; booleans `true`/`false`,
/// integers as decimals, nothing else sent; `data: null`, a call without arguments, must send
/// an empty form). The decoded response, serialised back to JSON, must equal the fixture body
/// (nulls and empty arrays aside), so a field the spec does not model fails the test.
///
/// `FIXTURES` maps each fixture file to the call that reproduces it; `every_fixture_has_a_call`
/// fails naming any fixture without an entry.
mod fixtures {
    use httpmock::prelude::*;
    use serde::Serialize;
    use serde_json::Value;
    use trunkline_twilio::mock::FormBodyExt;
    // progenitor's `Error` and `ResponseValue`, re-exported by both generated modules.
    use trunkline_tests::{fixture, fixture_names};
    use trunkline_twilio::trunking::{Error, ResponseValue};
    use trunkline_twilio::{ClientBuilder, ClientConfig, RetryPolicy, sip, trunking};

    /// The account of the fixtures' 2010-04-01 URLs.
    const ACCOUNT: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const TK: &str = "TKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const CL: &str = "CLXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const AL: &str = "ALXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const CR: &str = "CRXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const IP: &str = "IPXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const OU: &str = "OUXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
    const PN: &str = "PNXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

    /// twilio-python's test client (`_meta.client_auth` of every fixture).
    const AUTH_USER: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const AUTH_PASSWORD: &str = "AUTHTOKEN";
    /// base64("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:AUTHTOKEN")
    const BASIC: &str = "Basic QUNhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYTpBVVRIVE9LRU4=";

    const TRUNKING_ORIGIN: &str = "https://trunking.twilio.com";
    const API_ORIGIN: &str = "https://api.twilio.com";

    /// One fixture file, parsed.
    struct Fixture {
        name: &'static str,
        method: String,
        path: String,
        /// The form fields as they go on the wire; empty for `data: null`.
        form: Vec<(String, String)>,
        status: u16,
        body: Value,
    }

    impl Fixture {
        fn load(name: &'static str) -> Self {
            let json = fixture("twilio", name);
            let request = &json["request"];
            let url = request["url"].as_str().expect("request.url");
            let path = url
                .strip_prefix(TRUNKING_ORIGIN)
                .or_else(|| url.strip_prefix(API_ORIGIN))
                .unwrap_or_else(|| panic!("{name}: unexpected host in {url}"));
            assert!(
                !path.contains('?'),
                "{name}: fixture URL with a query: {url}"
            );
            let auth = &json["_meta"]["client_auth"];
            assert_eq!(
                (auth["username"].as_str(), auth["password"].as_str()),
                (Some(AUTH_USER), Some(AUTH_PASSWORD)),
                "{name}: the fixture's client credentials changed; update BASIC"
            );
            let form = match &request["data"] {
                Value::Null => Vec::new(),
                Value::Object(fields) => fields
                    .iter()
                    .map(|(key, value)| (key.clone(), wire_value(name, key, value)))
                    .collect(),
                other => panic!("{name}: request.data is neither null nor an object: {other}"),
            };
            Self {
                name,
                method: request["method"]
                    .as_str()
                    .expect("request.method")
                    .to_owned(),
                path: path.to_owned(),
                form,
                status: json["response"]["status"]
                    .as_u64()
                    .and_then(|s| u16::try_from(s).ok())
                    .expect("response.status"),
                body: json["response"]["body"].clone(),
            }
        }

        /// A mock that answers only the fixture's exact request.
        fn mock<'a>(&self, server: &'a MockServer) -> httpmock::Mock<'a> {
            server.mock(|when, then| {
                let when = when
                    .method(self.method.as_str())
                    .path(self.path.as_str())
                    .query_param_count(".*", ".*", 0)
                    .header("authorization", BASIC)
                    .header_missing("api-version");
                if self.method == "POST" {
                    let fields: Vec<(&str, &str)> = self
                        .form
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.as_str()))
                        .collect();
                    when.form_body(&fields);
                } else if self.method == "GET" {
                    // httpmock refuses body expectations on GET; a body would need a content type.
                    when.header_missing("content-type");
                } else {
                    when.header_missing("content-type").body("");
                }
                let then = then.status(self.status);
                if !self.body.is_null() {
                    then.header("content-type", "application/json")
                        .json_body(self.body.clone());
                }
            })
        }

        fn check(&self, mock: &httpmock::Mock<'_>, outcome: Result<(u16, Value), String>) {
            if mock.calls() != 1 {
                eprintln!(
                    "{}: the client did not send the fixture's request exactly once; its result: {outcome:?}",
                    self.name
                );
                mock.assert(); // panics with httpmock's diff of the closest request
            }
            let (status, decoded) =
                outcome.unwrap_or_else(|err| panic!("{}: the call failed: {err}", self.name));
            assert_eq!(status, self.status, "{}: status", self.name);
            if self.body.is_null() {
                assert_eq!(decoded, Value::Null, "{}: a body-less response", self.name);
            } else {
                assert_eq!(
                    normalized(decoded),
                    normalized(self.body.clone()),
                    "{}: the decoded response differs from the fixture body",
                    self.name
                );
            }
        }
    }

    /// A JSON request value as Twilio's form encoding puts it on the wire.
    fn wire_value(name: &str, key: &str, value: &Value) -> String {
        match value {
            Value::String(s) => s.clone(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => n.to_string(),
            other => panic!("{name}: data.{key} is not a scalar: {other}"),
        }
    }

    /// Drops `null` members and empty arrays, which the generated types may omit when serialising.
    fn normalized(value: Value) -> Value {
        match value {
            Value::Object(map) => Value::Object(
                map.into_iter()
                    .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                    .map(|(k, v)| (k, normalized(v)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.into_iter().map(normalized).collect()),
            other => other,
        }
    }

    /// Status and decoded body (re-serialised) of a call, or its error as text.
    fn decoded<T: Serialize, E: std::fmt::Debug>(
        result: Result<ResponseValue<T>, Error<E>>,
    ) -> Result<(u16, Value), String> {
        let response = result.map_err(|err| format!("{err:?}"))?;
        let status = response.status().as_u16();
        let body = serde_json::to_value(response.into_inner()).map_err(|err| err.to_string())?;
        Ok((status, body))
    }

    fn client(server: &MockServer) -> trunkline_twilio::Client {
        // twilio-python's test client: user ACaaaa…, password AUTHTOKEN, acting on ACXXXX….
        ClientBuilder::api_key(ACCOUNT, AUTH_USER, AUTH_PASSWORD)
            .base_url(server.base_url())
            .config(ClientConfig::default().with_retry(RetryPolicy::never()))
            .build()
            .expect("client")
    }

    /// `name, … => |client| call;`: one test per fixture (fixtures of the same call share it),
    /// plus the `FIXTURES` table.
    macro_rules! fixtures {
        ($($($name:ident),+ => |$t:ident| $call:expr;)*) => {
            const FIXTURES: &[&str] = &[$($(concat!(stringify!($name), ".json")),+),*];
            $($(
                #[tokio::test]
                async fn $name() {
                    let fixture = Fixture::load(concat!(stringify!($name), ".json"));
                    let server = MockServer::start_async().await;
                    let mock = fixture.mock(&server);
                    let twilio = client(&server);
                    let $t = &twilio;
                    let outcome = decoded($call.await);
                    fixture.check(&mock, outcome);
                }
            )+)*
        };
    }

    fixtures! {
        // Trunking v1: trunks.
        trunk_create => |t| t.trunking().create_trunk().send();
        trunk_delete => |t| t.trunking().delete_trunk().sid(TK).send();
        trunk_fetch => |t| t.trunking().get_trunk().sid(TK).send();
        trunk_list_empty, trunk_list_full => |t| t.trunking().list_trunks().send();
        trunk_update => |t| t.trunking().update_trunk().sid(TK).send();

        // Trunking v1: credential list associations.
        credential_list_create => |t| t.trunking().add_trunk_credential_list().trunk_sid(TK)
            .body(trunking::types::AddTrunkCredentialListRequest::builder().credential_list_sid(CL)).send();
        credential_list_delete => |t| t
            .trunking().remove_trunk_credential_list().trunk_sid(TK).sid(CL).send();
        credential_list_fetch => |t| t.trunking().get_trunk_credential_list().trunk_sid(TK).sid(CL).send();
        credential_list_list_empty, credential_list_list_full =>
            |t| t.trunking().list_trunk_credential_lists().trunk_sid(TK).send();

        // Trunking v1: IP access control list associations.
        ip_access_control_list_create => |t| t.trunking().add_trunk_ip_access_control_list().trunk_sid(TK)
            .body(trunking::types::AddTrunkIpAccessControlListRequest::builder().ip_access_control_list_sid(AL)).send();
        ip_access_control_list_delete => |t| t
            .trunking().remove_trunk_ip_access_control_list().trunk_sid(TK).sid(AL).send();
        ip_access_control_list_fetch => |t| t
            .trunking().get_trunk_ip_access_control_list().trunk_sid(TK).sid(AL).send();
        ip_access_control_list_list_empty, ip_access_control_list_list_full => |t| t
            .trunking().list_trunk_ip_access_control_lists().trunk_sid(TK).send();

        // Trunking v1: origination URLs.
        origination_url_create => |t| t.trunking().create_origination_url().trunk_sid(TK)
            .body(trunking::types::CreateOriginationUrlRequest::builder().weight(1u16).priority(1u16).enabled(true).friendly_name("friendly_name").sip_url("https://example.com")).send();
        origination_url_delete => |t| t.trunking().delete_origination_url().trunk_sid(TK).sid(OU).send();
        origination_url_fetch => |t| t.trunking().get_origination_url().trunk_sid(TK).sid(OU).send();
        origination_url_list_empty, origination_url_list_full =>
            |t| t.trunking().list_origination_urls().trunk_sid(TK).send();
        origination_url_update => |t| t.trunking().update_origination_url().trunk_sid(TK).sid(OU).send();

        // Trunking v1: phone numbers.
        phone_number_create => |t| t
            .trunking().add_trunk_phone_number().trunk_sid(TK)
            .body(trunking::types::AddTrunkPhoneNumberRequest::builder().phone_number_sid(PN)).send();
        phone_number_delete => |t| t.trunking().remove_trunk_phone_number().trunk_sid(TK).sid(PN).send();
        phone_number_fetch => |t| t.trunking().get_trunk_phone_number().trunk_sid(TK).sid(PN).send();
        phone_number_list_empty, phone_number_list_full =>
            |t| t.trunking().list_trunk_phone_numbers().trunk_sid(TK).send();

        // Trunking v1: recording.
        recording_fetch => |t| t.trunking().get_trunk_recording().trunk_sid(TK).send();
        recording_update => |t| t.trunking().update_trunk_recording().trunk_sid(TK).send();

        // 2010-04-01: credential lists.
        sip_credential_list_create => |t| t.sip().create_credential_list()
            .body(sip::types::CreateCredentialListRequest::builder().friendly_name("friendly_name")).send();
        sip_credential_list_delete => |t| t.sip().delete_credential_list().sid(CL).send();
        sip_credential_list_fetch => |t| t.sip().get_credential_list().sid(CL).send();
        sip_credential_list_list_empty, sip_credential_list_list_full =>
            |t| t.sip().list_credential_lists().send();
        sip_credential_list_update => |t| t.sip().update_credential_list().sid(CL)
            .body(sip::types::UpdateCredentialListRequest::builder().friendly_name("friendly_name")).send();

        // 2010-04-01: credentials.
        sip_credential_list_credential_create => |t| t.sip().create_credential().credential_list_sid(CL)
            .body(sip::types::CreateCredentialRequest::builder().username("username").password("password")).send();
        sip_credential_list_credential_delete => |t| t
            .sip().delete_credential().credential_list_sid(CL).sid(CR).send();
        sip_credential_list_credential_fetch => |t| t
            .sip().get_credential().credential_list_sid(CL).sid(CR).send();
        sip_credential_list_credential_list_empty, sip_credential_list_credential_list_full =>
            |t| t.sip().list_credentials().credential_list_sid(CL).send();
        sip_credential_list_credential_update => |t| t
            .sip().update_credential().credential_list_sid(CL).sid(CR).send();

        // 2010-04-01: IP access control lists.
        sip_ip_access_control_list_create => |t| t.sip().create_ip_access_control_list()
            .body(sip::types::CreateIpAccessControlListRequest::builder().friendly_name("friendly_name")).send();
        sip_ip_access_control_list_delete => |t| t.sip().delete_ip_access_control_list().sid(AL).send();
        sip_ip_access_control_list_fetch => |t| t.sip().get_ip_access_control_list().sid(AL).send();
        sip_ip_access_control_list_list_empty, sip_ip_access_control_list_list_full =>
            |t| t.sip().list_ip_access_control_lists().send();
        sip_ip_access_control_list_update => |t| t.sip().update_ip_access_control_list().sid(AL)
            .body(sip::types::UpdateIpAccessControlListRequest::builder().friendly_name("friendly_name")).send();

        // 2010-04-01: IP addresses.
        sip_ip_access_control_list_ip_address_create => |t| t.sip().create_ip_address().ip_access_control_list_sid(AL)
            .body(sip::types::CreateIpAddressRequest::builder().friendly_name("friendly_name").ip_address("ip_address")).send();
        sip_ip_access_control_list_ip_address_delete => |t| t
            .sip().delete_ip_address().ip_access_control_list_sid(AL).sid(IP).send();
        sip_ip_access_control_list_ip_address_fetch => |t| t
            .sip().get_ip_address().ip_access_control_list_sid(AL).sid(IP).send();
        sip_ip_access_control_list_ip_address_list_empty, sip_ip_access_control_list_ip_address_list_full => |t| t
            .sip().list_ip_addresses().ip_access_control_list_sid(AL).send();
        sip_ip_access_control_list_ip_address_update => |t| t
            .sip().update_ip_address().ip_access_control_list_sid(AL).sid(IP).send();
    }

    #[test]
    fn every_fixture_has_a_call() {
        let names = fixture_names("twilio");
        assert!(!names.is_empty(), "no Twilio fixtures found");
        let missing: Vec<&String> = names
            .iter()
            .filter(|name| !FIXTURES.contains(&name.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "fixtures without an entry in tests/tests/operations/twilio.rs (mod fixtures): {missing:?}"
        );
        let stale: Vec<&&str> = FIXTURES
            .iter()
            .filter(|entry| !names.iter().any(|name| name == *entry))
            .collect();
        assert!(
            stale.is_empty(),
            "entries without a fixture file: {stale:?}"
        );
    }

    /// The fixture harness itself can fail: a request that differs from the fixture in one form
    /// field, an extra field or the auth header is not answered.
    #[tokio::test]
    async fn the_harness_rejects_a_request_that_differs_from_the_fixture() {
        let fixture = Fixture::load("origination_url_create.json");
        let server = MockServer::start_async().await;
        let mock = fixture.mock(&server);
        let twilio = client(&server);
        let request = |weight: u16, extra: Option<&str>| {
            twilio
                .trunking()
                .create_origination_url()
                .trunk_sid(TK)
                .body(
                    trunking::types::CreateOriginationUrlRequest::builder()
                        .weight(weight)
                        .priority(1u16)
                        .enabled(true)
                        .friendly_name(extra.unwrap_or("friendly_name"))
                        .sip_url("https://example.com"),
                )
                .send()
        };
        assert_eq!(
            request(2, None)
                .await
                .expect_err("Weight=2")
                .status()
                .map(|s| s.as_u16()),
            Some(404)
        );
        assert_eq!(
            request(1, Some("other"))
                .await
                .expect_err("FriendlyName=other")
                .status()
                .map(|s| s.as_u16()),
            Some(404)
        );
        let wrong_auth = ClientBuilder::api_key(ACCOUNT, AUTH_USER, "OTHERTOKEN")
            .base_url(server.base_url())
            .config(ClientConfig::default().with_retry(RetryPolicy::never()))
            .build()
            .expect("client");
        let err = wrong_auth
            .trunking()
            .create_origination_url()
            .trunk_sid(TK)
            .body(
                trunking::types::CreateOriginationUrlRequest::builder()
                    .weight(1u16)
                    .priority(1u16)
                    .enabled(true)
                    .friendly_name("friendly_name")
                    .sip_url("https://example.com"),
            )
            .send()
            .await
            .expect_err("wrong auth");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
        assert_eq!(mock.calls(), 0);
        let ok = request(1, None).await.expect("the fixture's request");
        assert_eq!(ok.status(), 201);
        assert_eq!(mock.calls(), 1);
    }
}

/// `trunkline-twilio`'s typed client against `trunkline-emulator`, for what neither the
/// fixtures (`mod fixtures`), the emulator's own tests nor the shared suite show: every
/// list of both APIs streamed across its next-page links, link paging while trunks are deleted
/// between pages, an API key on both APIs, partial updates and what deletes take with them,
/// and every rule the emulator enforces answered as the typed `{code, message, more_info,
/// status}` body with Twilio's status and code, creating nothing.
mod emulator {
    use futures::{StreamExt, TryStreamExt};
    use trunkline_core::{OpenEnum, SecretString};
    use trunkline_emulator::{
        DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_API_KEY_SECRET, DEFAULT_TWILIO_API_KEY_SID,
        RecordedRequest,
    };
    use trunkline_twilio::{Client, sip, trunking};

    use crate::support::{
        ApiError, assert_each_once, error_response, fast_retries, pairs, query_pairs, query_param,
        start, twilio,
    };

    /// Both APIs' error bodies (`trunking::types::TwilioError`, `sip::types::TwilioError`).
    trait TwilioErrorBody: std::fmt::Debug {
        fn parts(&self) -> (Option<i64>, Option<i64>, &str, &str);
    }

    fn text(s: &Option<String>) -> &str {
        s.as_deref().unwrap_or_default()
    }

    impl TwilioErrorBody for trunking::types::TwilioError {
        fn parts(&self) -> (Option<i64>, Option<i64>, &str, &str) {
            (
                self.code,
                self.status,
                text(&self.message),
                text(&self.more_info),
            )
        }
    }

    impl TwilioErrorBody for sip::types::TwilioError {
        fn parts(&self) -> (Option<i64>, Option<i64>, &str, &str) {
            (
                self.code,
                self.status,
                text(&self.message),
                text(&self.more_info),
            )
        }
    }

    /// Asserts a typed Twilio error: HTTP status, Twilio error code (also in `more_info`), the
    /// status again in the body, and a message containing `needle`.
    fn assert_twilio_error<T, E: TwilioErrorBody>(
        result: Result<T, ApiError<E>>,
        status: u16,
        code: i64,
        needle: &str,
    ) {
        let (got, body) = error_response(result);
        let (got_code, got_status, message, more_info) = body.parts();
        assert_eq!(got, status, "status of {body:?}");
        assert_eq!(got_code, Some(code), "code of {body:?}");
        assert_eq!(got_status, Some(i64::from(status)), "{body:?}");
        assert!(
            more_info.ends_with(&code.to_string()),
            "more_info of {body:?}"
        );
        assert!(
            message.contains(needle),
            "expected {needle:?} in {message:?}"
        );
    }

    /// The 2010-04-01 path of the default account, e.g. `sip_path("SIP/CredentialLists.json")`.
    fn sip_path(rest: &str) -> String {
        format!("/2010-04-01/Accounts/{DEFAULT_TWILIO_ACCOUNT_SID}/{rest}")
    }

    /// The `(PageSize, Page)` of every GET on exactly `path`: the first page has no `Page`, the
    /// next-page links carry `Page=1`, `Page=2`…
    fn pages(log: &[RecordedRequest], path: &str) -> Vec<(String, String)> {
        query_pairs(log, "GET", path, "PageSize", "Page")
    }

    /// The `(PageSize, Page)` of `count` pages of `size`.
    fn expected_pages(size: u64, count: usize) -> Vec<(String, String)> {
        let numbered: Vec<(u64, String)> = (0..count)
            .map(|page| {
                (
                    size,
                    if page == 0 {
                        String::new()
                    } else {
                        page.to_string()
                    },
                )
            })
            .collect();
        pairs(&numbered)
    }

    async fn create_trunk(twilio: &Client, name: &str) -> String {
        let body = trunking::types::CreateTrunkRequest::builder().friendly_name(name);
        let trunk = twilio.trunking().create_trunk().body(body).send().await;
        trunk.expect("create trunk").into_inner().sid.expect("sid")
    }

    async fn create_credential_list(twilio: &Client, name: &str) -> String {
        let body = sip::types::CreateCredentialListRequest::builder().friendly_name(name);
        let list = twilio
            .sip()
            .create_credential_list()
            .body(body)
            .send()
            .await;
        list.expect("create credential list")
            .into_inner()
            .sid
            .expect("sid")
    }

    async fn create_ip_acl(twilio: &Client, name: &str) -> String {
        let body = sip::types::CreateIpAccessControlListRequest::builder().friendly_name(name);
        let list = twilio
            .sip()
            .create_ip_access_control_list()
            .body(body)
            .send()
            .await;
        list.expect("create IP ACL").into_inner().sid.expect("sid")
    }

    async fn sids<T, E: std::fmt::Debug>(
        stream: impl futures::Stream<Item = Result<T, E>>,
        sid: impl Fn(T) -> Option<String>,
    ) -> Vec<String> {
        let items: Vec<T> = stream.try_collect().await.expect("every page");
        items
            .into_iter()
            .map(|item| sid(item).expect("sid"))
            .collect()
    }

    /// `stream_summary()` (the spec's `summary` of `list_trunks`) reads the same trunks as
    /// `stream()`, in the same order, across next-page links, each the `From` of the full trunk.
    #[tokio::test]
    async fn trunk_summaries_are_the_full_listing_s_trunks_cut_to_the_summary() {
        let emulator = start().await;
        let twilio = twilio(&emulator);
        let seeded = emulator.twilio_trunking().seed_trunks(5);
        let domain =
            trunking::types::UpdateTrunkRequest::builder().domain_name("edge.pstn.twilio.com");
        let request = twilio
            .trunking()
            .update_trunk()
            .sid(seeded[2].as_str())
            .body(domain);
        request.send().await.expect("update trunk");

        let full: Vec<trunking::types::Trunk> = twilio
            .trunking()
            .list_trunks()
            .stream()
            .page_size(2)
            .try_collect()
            .await
            .expect("full listing");
        let summaries: Vec<trunking::types::TrunkSummary> = twilio
            .trunking()
            .list_trunks()
            .stream_summary()
            .page_size(2)
            .try_collect()
            .await
            .expect("summary listing");
        assert_eq!(full.len(), 5);
        let as_json = |value: &trunking::types::TrunkSummary| serde_json::to_value(value).unwrap();
        let expected: Vec<serde_json::Value> = full
            .into_iter()
            .map(|trunk| as_json(&trunking::types::TrunkSummary::from(trunk)))
            .collect();
        let got: Vec<serde_json::Value> = summaries.iter().map(as_json).collect();
        assert_eq!(got, expected);
        assert_eq!(
            summaries[2].domain_name.as_deref(),
            Some("edge.pstn.twilio.com")
        );
        assert!(
            summaries
                .iter()
                .all(|s| s.date_created.is_some() && s.friendly_name.is_some())
        );
        let pages = emulator
            .twilio_trunking()
            .requests()
            .iter()
            .filter(|r| r.method == "GET" && r.path == "/v1/Trunks")
            .count();
        assert_eq!(pages, 6, "three pages of 2 for each listing");
    }

    /// The nine lists of both APIs, through the generated `stream()` in pages of 2: each item once,
    /// one request per page, the pages after the first by their next-page links.
    #[tokio::test]
    async fn every_list_streams_across_its_next_page_links() {
        let emulator = start().await;
        let twilio = twilio(&emulator);
        let (t, s) = (twilio.trunking(), twilio.sip());
        let trunks = emulator.twilio_trunking().seed_trunks(4);
        let tk = trunks[0].clone();
        let (mut lists, mut acls, mut urls, mut credentials, mut addresses) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for i in 0..3u16 {
            lists.push(create_credential_list(&twilio, &format!("users-{i}")).await);
            acls.push(create_ip_acl(&twilio, &format!("offices-{i}")).await);
            let url = trunking::types::CreateOriginationUrlRequest::builder()
                .friendly_name(format!("pbx-{i}"))
                .sip_url(format!("sip:pbx{i}@pbx.example.com"))
                .priority(i)
                .weight(10u16)
                .enabled(true);
            let url = t
                .create_origination_url()
                .trunk_sid(&tk)
                .body(url)
                .send()
                .await;
            urls.push(url.expect("origination URL").into_inner().sid.expect("sid"));
            let credential = sip::types::CreateCredentialRequest::builder()
                .username(format!("user{i}"))
                .password(SecretString::from("Correct-Horse-9"));
            let credential = s
                .create_credential()
                .credential_list_sid(&lists[0])
                .body(credential);
            credentials.push(
                credential
                    .send()
                    .await
                    .expect("credential")
                    .into_inner()
                    .sid
                    .expect("sid"),
            );
            let address = sip::types::CreateIpAddressRequest::builder()
                .friendly_name(format!("site-{i}"))
                .ip_address(format!("10.20.{i}.0"));
            let address = s
                .create_ip_address()
                .ip_access_control_list_sid(&acls[0])
                .body(address);
            addresses.push(
                address
                    .send()
                    .await
                    .expect("address")
                    .into_inner()
                    .sid
                    .expect("sid"),
            );
        }
        let numbers: Vec<String> = emulator
            .twilio_trunking()
            .phone_numbers()
            .iter()
            .take(3)
            .map(|n| n.sid.clone())
            .collect();
        for (i, _) in lists.iter().enumerate() {
            let add = trunking::types::AddTrunkCredentialListRequest::builder()
                .credential_list_sid(lists[i].clone());
            t.add_trunk_credential_list()
                .trunk_sid(&tk)
                .body(add)
                .send()
                .await
                .expect("associate");
            let add = trunking::types::AddTrunkIpAccessControlListRequest::builder()
                .ip_access_control_list_sid(acls[i].clone());
            t.add_trunk_ip_access_control_list()
                .trunk_sid(&tk)
                .body(add)
                .send()
                .await
                .expect("associate");
            let add = trunking::types::AddTrunkPhoneNumberRequest::builder()
                .phone_number_sid(numbers[i].clone());
            t.add_trunk_phone_number()
                .trunk_sid(&tk)
                .body(add)
                .send()
                .await
                .expect("associate");
        }

        emulator.twilio_trunking().clear_requests();
        emulator.twilio_api().clear_requests();
        let trunk_lists = [
            (
                "/v1/Trunks".to_owned(),
                sids(t.list_trunks().stream().page_size(2), |x| x.sid).await,
                trunks.clone(),
            ),
            (
                format!("/v1/Trunks/{tk}/OriginationUrls"),
                sids(
                    t.list_origination_urls()
                        .trunk_sid(&tk)
                        .stream()
                        .page_size(2),
                    |x| x.sid,
                )
                .await,
                urls,
            ),
            (
                format!("/v1/Trunks/{tk}/CredentialLists"),
                sids(
                    t.list_trunk_credential_lists()
                        .trunk_sid(&tk)
                        .stream()
                        .page_size(2),
                    |x| x.sid,
                )
                .await,
                lists.clone(),
            ),
            (
                format!("/v1/Trunks/{tk}/IpAccessControlLists"),
                sids(
                    t.list_trunk_ip_access_control_lists()
                        .trunk_sid(&tk)
                        .stream()
                        .page_size(2),
                    |x| x.sid,
                )
                .await,
                acls.clone(),
            ),
            (
                format!("/v1/Trunks/{tk}/PhoneNumbers"),
                sids(
                    t.list_trunk_phone_numbers()
                        .trunk_sid(&tk)
                        .stream()
                        .page_size(2),
                    |x| x.sid,
                )
                .await,
                numbers,
            ),
        ];
        let sip_lists = [
            (
                sip_path("SIP/CredentialLists.json"),
                sids(s.list_credential_lists().stream().page_size(2), |x| x.sid).await,
                lists.clone(),
            ),
            (
                sip_path(&format!(
                    "SIP/CredentialLists/{}/Credentials.json",
                    lists[0]
                )),
                sids(
                    s.list_credentials()
                        .credential_list_sid(&lists[0])
                        .stream()
                        .page_size(2),
                    |x| x.sid,
                )
                .await,
                credentials,
            ),
            (
                sip_path("SIP/IpAccessControlLists.json"),
                sids(
                    s.list_ip_access_control_lists().stream().page_size(2),
                    |x| x.sid,
                )
                .await,
                acls.clone(),
            ),
            (
                sip_path(&format!(
                    "SIP/IpAccessControlLists/{}/IpAddresses.json",
                    acls[0]
                )),
                sids(
                    s.list_ip_addresses()
                        .ip_access_control_list_sid(&acls[0])
                        .stream()
                        .page_size(2),
                    |x| x.sid,
                )
                .await,
                addresses,
            ),
        ];
        let (trunking_log, api_log) = (
            emulator.twilio_trunking().requests(),
            emulator.twilio_api().requests(),
        );
        for (log, lists) in [
            (&trunking_log, &trunk_lists[..]),
            (&api_log, &sip_lists[..]),
        ] {
            for (path, listed, expected) in lists {
                assert_each_once(path, listed.clone(), expected.clone());
                assert_eq!(
                    pages(log, path),
                    expected_pages(2, expected.len().div_ceil(2)),
                    "{path}"
                );
            }
        }
        assert!(
            trunking_log
                .iter()
                .filter(|r| query_param(r, "Page").is_some())
                .all(|r| query_param(r, "PageToken").is_some()),
            "pages after the first follow the PageToken of next_page_url"
        );
    }

    /// The 0.1 `Client::paginate`: the page size of the first request, or Twilio's default (50)
    /// without one; 1,005 trunks in pages of 1,000 (the largest), and the shortcuts' default.
    #[tokio::test]
    async fn paginate_follows_every_link_with_the_first_page_s_size() {
        let emulator = start().await;
        let twilio = twilio(&emulator);
        let seeded = emulator.twilio_trunking().seed_trunks(1005);
        let sid = |t: trunking::types::Trunk| t.sid;
        for (first, size, requests) in [
            (
                twilio.trunking().list_trunks().page_size(1000u64),
                Some(1000),
                2,
            ),
            (twilio.trunking().list_trunks(), None, 21),
        ] {
            emulator.twilio_trunking().clear_requests();
            let all = sids(twilio.paginate(first.send()), sid).await;
            assert_each_once("trunks", all, seeded.clone());
            let log = emulator.twilio_trunking().requests();
            assert_eq!(log.len(), requests, "1005 trunks in pages of {size:?}");
            assert_eq!(
                query_param(&log[0], "PageSize"),
                size.map(|s| s.to_string())
            );
        }
        emulator.twilio_trunking().clear_requests();
        assert_each_once("trunks", sids(twilio.trunks(), sid).await, seeded);
        let log = emulator.twilio_trunking().requests();
        assert_eq!(pages(&log, "/v1/Trunks"), expected_pages(1000, 2));
    }

    #[tokio::test]
    async fn link_paging_neither_skips_nor_repeats_when_trunks_are_deleted_between_pages() {
        let emulator = start().await;
        let twilio = twilio(&emulator);
        let seeded = emulator.twilio_trunking().seed_trunks(10);
        let mut stream = std::pin::pin!(twilio.trunking().list_trunks().stream().page_size(3));
        let mut seen = Vec::new();
        for _ in 0..3 {
            let trunk = stream.try_next().await.expect("page 1").expect("a trunk");
            seen.push(trunk.sid.expect("sid"));
        }
        assert_eq!(seen, seeded[..3]);
        // Between pages: delete one trunk already read and one not read yet.
        for gone in [&seeded[0], &seeded[5]] {
            twilio
                .trunking()
                .delete_trunk()
                .sid(gone)
                .send()
                .await
                .expect("delete");
        }
        while let Some(trunk) = stream.try_next().await.expect("later pages") {
            seen.push(trunk.sid.expect("sid"));
        }
        let mut expected: Vec<String> = seeded.clone();
        expected.remove(5);
        assert_eq!(seen, expected, "every remaining trunk once, in order");
    }

    #[tokio::test]
    async fn an_api_key_authenticates_on_both_apis_and_a_wrong_secret_is_refused() {
        let emulator = start().await;
        let with_key = |secret: &str| {
            trunkline_twilio::ClientBuilder::api_key(
                DEFAULT_TWILIO_ACCOUNT_SID,
                DEFAULT_TWILIO_API_KEY_SID,
                secret,
            )
            .trunking_base_url(emulator.twilio_trunking_url())
            .sip_base_url(emulator.twilio_api_url())
            .config(fast_retries())
            .build()
            .expect("API key client")
        };
        let twilio = with_key(DEFAULT_TWILIO_API_KEY_SECRET);
        let tk = create_trunk(&twilio, "made with a key").await;
        let cl = create_credential_list(&twilio, "made with a key").await;
        assert!(tk.starts_with("TK") && cl.starts_with("CL"));
        let intruder = with_key("not-the-secret");
        let trunk = intruder.trunking().get_trunk().sid(&tk).send().await;
        assert_twilio_error(trunk, 401, 20003, "Authenticate");
        let list = intruder.sip().get_credential_list().sid(&cl).send().await;
        assert_twilio_error(list, 401, 20003, "Authenticate");
    }

    /// Partial updates send only what was set; deletes take with them what Twilio says they do.
    #[tokio::test]
    async fn partial_updates_and_what_deletes_take_with_them() {
        let emulator = start().await;
        let twilio = twilio(&emulator);
        let (t, s) = (twilio.trunking(), twilio.sip());
        let tk = create_trunk(&twilio, "recorded").await;

        // Recording: only the parameter sent changes, and the trunk shows it.
        let both = trunking::types::UpdateTrunkRecordingRequest::builder()
            .mode(trunking::types::RecordingMode::RecordFromAnswerDual)
            .trim(trunking::types::RecordingTrim::TrimSilence);
        t.update_trunk_recording()
            .trunk_sid(&tk)
            .body(both)
            .send()
            .await
            .expect("update");
        let mode = trunking::types::UpdateTrunkRecordingRequest::builder()
            .mode(trunking::types::RecordingMode::RecordFromRinging);
        t.update_trunk_recording()
            .trunk_sid(&tk)
            .body(mode)
            .send()
            .await
            .expect("mode only");
        let recording = t
            .get_trunk_recording()
            .trunk_sid(&tk)
            .send()
            .await
            .expect("get");
        assert_eq!(
            (recording.mode.clone(), recording.trim.clone()),
            (
                Some(OpenEnum::Known(
                    trunking::types::RecordingMode::RecordFromRinging
                )),
                Some(OpenEnum::Known(trunking::types::RecordingTrim::TrimSilence))
            )
        );
        let trunk = t
            .get_trunk()
            .sid(&tk)
            .send()
            .await
            .expect("get trunk")
            .into_inner();
        let on_trunk = trunk.recording.expect("the trunk shows its recording");
        assert_eq!(
            (on_trunk.mode, on_trunk.trim),
            (recording.mode.clone(), recording.trim.clone())
        );

        // Deleting a 2010 credential list detaches it from the trunk and deletes its credentials.
        let (kept, gone) = (
            create_credential_list(&twilio, "kept").await,
            create_credential_list(&twilio, "gone").await,
        );
        for cl in [&kept, &gone] {
            let add = trunking::types::AddTrunkCredentialListRequest::builder()
                .credential_list_sid(cl.clone());
            t.add_trunk_credential_list()
                .trunk_sid(&tk)
                .body(add)
                .send()
                .await
                .expect("associate");
        }
        let credential = sip::types::CreateCredentialRequest::builder()
            .username("alice")
            .password(SecretString::from("Correct-Horse-9"));
        let credential = s
            .create_credential()
            .credential_list_sid(&gone)
            .body(credential)
            .send()
            .await;
        let cr = credential
            .expect("credential")
            .into_inner()
            .sid
            .expect("sid");
        s.delete_credential_list()
            .sid(&gone)
            .send()
            .await
            .expect("delete list");
        let remaining = sids(twilio.trunk_credential_lists(&tk), |a| a.sid).await;
        assert_eq!(remaining, std::slice::from_ref(&kept));
        let read = s
            .get_credential()
            .credential_list_sid(&gone)
            .sid(&cr)
            .send()
            .await;
        assert_twilio_error(read, 404, 20404, "was not found");
        // Removing the association leaves the list in the 2010 API.
        t.remove_trunk_credential_list()
            .trunk_sid(&tk)
            .sid(&kept)
            .send()
            .await
            .expect("remove");
        s.get_credential_list()
            .sid(&kept)
            .send()
            .await
            .expect("the list outlives its association");
    }

    /// Every rule the emulator enforces, through the typed client: Twilio's status and code in the
    /// typed error body, and nothing created.
    #[tokio::test]
    async fn rules_answer_twilio_s_status_and_code_and_create_nothing() {
        let emulator = start().await;
        let twilio = twilio(&emulator);
        let (t, s) = (twilio.trunking(), twilio.sip());
        let tk = create_trunk(&twilio, "pbx").await;
        let other = create_trunk(&twilio, "second").await;
        let cl = create_credential_list(&twilio, "users").await;
        let al = create_ip_acl(&twilio, "offices").await;
        let missing = |prefix: &str| format!("{prefix}00000000000000000000000000000000");
        let missing_tk = missing("TK");
        let name = || trunking::types::UpdateTrunkRequest::builder().friendly_name("x");
        let credential = |user: &str, pw: &str| {
            let body = sip::types::CreateCredentialRequest::builder().username(user);
            body.password(SecretString::from(pw))
        };

        // Unknown SIDs: 404, code 20404.
        let not_found = |r| assert_twilio_error(r, 404, 20404, "was not found");
        let trunk = t.get_trunk().sid(&missing_tk).send().await;
        assert_twilio_error(
            trunk,
            404,
            20404,
            &format!("/v1/Trunks/{missing_tk} was not found"),
        );
        assert_twilio_error(
            t.update_trunk().sid(&missing_tk).body(name()).send().await,
            404,
            20404,
            &missing_tk,
        );
        assert_twilio_error(
            t.delete_trunk().sid(&missing_tk).send().await,
            404,
            20404,
            &missing_tk,
        );
        assert_twilio_error(
            t.list_origination_urls()
                .trunk_sid(&missing_tk)
                .send()
                .await,
            404,
            20404,
            &missing_tk,
        );
        let url = t
            .get_origination_url()
            .trunk_sid(&tk)
            .sid(missing("OU"))
            .send()
            .await;
        assert_twilio_error(url, 404, 20404, "/OriginationUrls/OU0000");
        let recording = t.get_trunk_recording().trunk_sid(&missing_tk).send().await;
        assert_twilio_error(recording, 404, 20404, "was not found");
        not_found(
            t.remove_trunk_phone_number()
                .trunk_sid(&tk)
                .sid("PN00000000000000000000000000000001")
                .send()
                .await
                .map(drop),
        );
        let sip_missing = |r: Result<(), ApiError<sip::types::TwilioError>>| {
            assert_twilio_error(r, 404, 20404, "was not found")
        };
        sip_missing(
            s.get_credential_list()
                .sid(missing("CL"))
                .send()
                .await
                .map(drop),
        );
        let update = sip::types::UpdateCredentialRequest::builder();
        sip_missing(
            s.update_credential()
                .credential_list_sid(&cl)
                .sid(missing("CR"))
                .body(update)
                .send()
                .await
                .map(drop),
        );
        sip_missing(
            s.delete_ip_address()
                .ip_access_control_list_sid(&al)
                .sid(missing("IP"))
                .send()
                .await
                .map(drop),
        );
        sip_missing(
            s.list_ip_addresses()
                .ip_access_control_list_sid(missing("AL"))
                .send()
                .await
                .map(drop),
        );

        // Missing or invalid parameters: 400, code 20001.
        let add = |sid: &str| {
            trunking::types::AddTrunkCredentialListRequest::builder()
                .credential_list_sid(sid.to_owned())
        };
        let empty = t
            .add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(add(""))
            .send()
            .await;
        assert_twilio_error(
            empty,
            400,
            20001,
            "Missing required parameter CredentialListSid",
        );
        let unnamed = sip::types::CreateCredentialListRequest::builder().friendly_name("");
        let unnamed = s.create_credential_list().body(unnamed).send().await;
        assert_twilio_error(
            unnamed,
            400,
            20001,
            "Missing required parameter FriendlyName",
        );
        for (body, message) in [
            (
                credential("", "Correct-Horse-9"),
                "Missing required parameter Username",
            ),
            (
                credential("alice", "password"),
                "Password must be at least 12 characters",
            ),
        ] {
            let created = s
                .create_credential()
                .credential_list_sid(&cl)
                .body(body)
                .send()
                .await;
            assert_twilio_error(created, 400, 20001, message);
        }
        let domain = trunking::types::CreateTrunkRequest::builder().domain_name("pbx.example.com");
        assert_twilio_error(
            t.create_trunk().body(domain).send().await,
            400,
            20001,
            "Invalid DomainName",
        );
        let sips = trunking::types::CreateOriginationUrlRequest::builder()
            .friendly_name("tls")
            .sip_url("sips:pbx@example.com")
            .priority(1u16)
            .weight(1u16)
            .enabled(true);
        let sips = t
            .create_origination_url()
            .trunk_sid(&tk)
            .body(sips)
            .send()
            .await;
        assert_twilio_error(sips, 400, 20001, "Invalid SipUrl");
        for (address, prefix, message) in [
            ("2001:db8::1", None, "Invalid IpAddress"),
            ("10.0.0.0", Some(33), "CidrPrefixLength"),
        ] {
            let body = sip::types::CreateIpAddressRequest::builder()
                .friendly_name("bad")
                .ip_address(address)
                .cidr_prefix_length(prefix);
            let created = s
                .create_ip_address()
                .ip_access_control_list_sid(&al)
                .body(body)
                .send()
                .await;
            assert_twilio_error(created, 400, 20001, message);
        }
        // Conflicts: a domain or username already taken.
        let claim =
            trunking::types::UpdateTrunkRequest::builder().domain_name("taken.pstn.twilio.com");
        t.update_trunk()
            .sid(&tk)
            .body(claim)
            .send()
            .await
            .expect("claim a domain");
        let taken =
            trunking::types::CreateTrunkRequest::builder().domain_name("taken.pstn.twilio.com");
        assert_twilio_error(
            t.create_trunk().body(taken).send().await,
            400,
            20001,
            "already in use",
        );
        let alice = || {
            s.create_credential()
                .credential_list_sid(&cl)
                .body(credential("alice", "Correct-Horse-9"))
                .send()
        };
        alice().await.expect("first alice");
        assert_twilio_error(alice().await, 400, 20001, "already exists");

        // References to missing resources: 404; attaching twice: 400.
        for (request, what) in [
            (
                t.add_trunk_credential_list()
                    .trunk_sid(&tk)
                    .body(add(&missing("CL")))
                    .send()
                    .await
                    .map(drop),
                "CredentialList CL",
            ),
            (
                t.add_trunk_credential_list()
                    .trunk_sid(&missing_tk)
                    .body(add(&cl))
                    .send()
                    .await
                    .map(drop),
                "was not found",
            ),
        ] {
            assert_twilio_error(request, 404, 20404, what);
        }
        let acl = trunking::types::AddTrunkIpAccessControlListRequest::builder()
            .ip_access_control_list_sid(missing("AL"));
        let acl = t
            .add_trunk_ip_access_control_list()
            .trunk_sid(&tk)
            .body(acl)
            .send()
            .await;
        assert_twilio_error(
            acl,
            404,
            20404,
            &format!("IpAccessControlList {} was not found", missing("AL")),
        );
        let number = |pn: &str| {
            trunking::types::AddTrunkPhoneNumberRequest::builder().phone_number_sid(pn.to_owned())
        };
        let unowned = t
            .add_trunk_phone_number()
            .trunk_sid(&tk)
            .body(number("PN0000000000000000000000000000ffff"))
            .send()
            .await;
        assert_twilio_error(
            unowned,
            404,
            20404,
            "IncomingPhoneNumber PN0000000000000000000000000000ffff was not found",
        );
        assert!(
            sids(twilio.trunk_credential_lists(&tk), |a| a.sid)
                .await
                .is_empty(),
            "nothing was associated"
        );
        t.add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(add(&cl))
            .send()
            .await
            .expect("first association");
        let twice = t
            .add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(add(&cl))
            .send()
            .await;
        assert_twilio_error(twice, 400, 20001, "already associated");
        let pn = emulator.twilio_trunking().phone_numbers()[0].sid.clone();
        t.add_trunk_phone_number()
            .trunk_sid(&tk)
            .body(number(&pn))
            .send()
            .await
            .expect("attach number");
        let elsewhere = t
            .add_trunk_phone_number()
            .trunk_sid(&other)
            .body(number(&pn))
            .send()
            .await;
        assert_twilio_error(elsewhere, 400, 20001, "already associated with trunk");
        let owner = emulator.twilio_trunking().phone_numbers()[0]
            .trunk_sid
            .clone();
        assert_eq!(owner.as_deref(), Some(tk.as_str()));

        // Page sizes: 1–1000.
        let big = t.list_trunks().page_size(1001u64).send().await;
        assert_twilio_error(
            big,
            400,
            20001,
            "PageSize must be between 1 and 1000, got 1001",
        );
        let big = s.list_credential_lists().page_size(5000u64).send().await;
        assert_twilio_error(big, 400, 20001, "PageSize must be between 1 and 1000");

        // Only what was valid exists.
        assert_eq!(emulator.twilio_trunking().trunk_count(), 2);
        assert_eq!(twilio.origination_urls(&tk).count().await, 0);
        assert_eq!(twilio.credentials(&cl).count().await, 1);
        assert_eq!(twilio.ip_addresses(&al).count().await, 0);
        assert_eq!(twilio.credential_lists().count().await, 1);
    }
}
