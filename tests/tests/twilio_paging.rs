//! Paging through `trunkline_twilio::Client::paginate` and the list helpers: Twilio's next-page
//! links (absolute `meta.next_page_url` in trunking v1, root-relative `next_page_uri` in
//! 2010-04-01) are followed against the configured base URL, through the client's auth and
//! retry hooks; a link pointing back at a page already read is an error, not an endless loop.

use std::num::NonZeroU64;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use httpmock::prelude::*;
use serde_json::{Value, json};
use trunkline_tests::{Reply, ScriptedServer, fixture};
use trunkline_twilio::mock::{SipMockServerExt, TrunkingMockServerExt};
use trunkline_twilio::{ClientBuilder, ClientConfig, PagingError, RetryPolicy};

const ACCOUNT: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const TOKEN: &str = "twilio-paging-token-4242";
/// base64("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:twilio-paging-token-4242")
const BASIC: &str =
    "Basic QUNYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWDp0d2lsaW8tcGFnaW5nLXRva2VuLTQyNDI=";

fn builder() -> ClientBuilder {
    ClientBuilder::new(ACCOUNT, TOKEN)
        .config(ClientConfig::default().with_retry(RetryPolicy::never()))
}

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
async fn three_trunk_pages_follow_absolute_next_page_urls_onto_the_mock_server() {
    let server = MockServer::start_async().await;
    // The links name Twilio's host (and, on page 2, another one): the client must keep
    // sending to the mock server, with the links' path and query.
    let first = server.list_trunks(|when, then| {
        when.page_size(NonZeroU64::new(2))
            .page_token(None)
            .page(None)
            .into_inner()
            .header("authorization", BASIC);
        ok_json(
            then.into_inner(),
            trunk_page(
                &["TK1", "TK2"],
                0,
                "https://trunking.twilio.com/v1/Trunks?PageSize=2&Page=0",
                Some("https://trunking.twilio.com/v1/Trunks?PageSize=2&Page=1&PageToken=PT1"),
            ),
        );
    });
    let second = server.list_trunks(|when, then| {
        when.page_size(NonZeroU64::new(2))
            .page(1)
            .page_token("PT1")
            .into_inner()
            .header("authorization", BASIC);
        ok_json(
            then.into_inner(),
            trunk_page(
                &["TK3", "TK4"],
                1,
                "https://trunking.twilio.com/v1/Trunks?PageSize=2&Page=1&PageToken=PT1",
                Some(
                    "https://elsewhere.example.com:8443/v1/Trunks?PageSize=2&Page=2&PageToken=PT2",
                ),
            ),
        );
    });
    let third = server.list_trunks(|when, then| {
        when.page_size(NonZeroU64::new(2))
            .page(2)
            .page_token("PT2")
            .into_inner()
            .header("authorization", BASIC);
        ok_json(
            then.into_inner(),
            trunk_page(
                &["TK5"],
                2,
                "https://trunking.twilio.com/v1/Trunks?PageSize=2&Page=2&PageToken=PT2",
                None,
            ),
        );
    });

    let twilio = builder()
        .api_base_url(server.base_url())
        .build()
        .expect("client");
    let trunks: Vec<_> = twilio
        .paginate(twilio.trunking().list_trunks().page_size(2u64).send())
        .try_collect()
        .await
        .expect("three pages");
    let sids: Vec<_> = trunks
        .iter()
        .map(|t| t.sid.as_deref().unwrap_or("?"))
        .collect();
    assert_eq!(sids, ["TK1", "TK2", "TK3", "TK4", "TK5"]);
    assert_eq!(trunks[4].friendly_name.as_deref(), Some("trunk TK5"));
    first.assert();
    second.assert();
    third.assert();
}

#[tokio::test]
async fn three_credential_list_pages_follow_relative_next_page_uris_with_the_account_path() {
    let server = MockServer::start_async().await;
    let path = format!("/2010-04-01/Accounts/{ACCOUNT}/SIP/CredentialLists.json");
    let uri = |query: &str| format!("{path}?{query}");
    let pages = [
        (
            None,
            vec!["CL1", "CL2"],
            Some(uri("PageSize=2&Page=1&PageToken=PA1")),
        ),
        (
            Some("PA1"),
            vec!["CL3", "CL4"],
            Some(uri("PageSize=2&Page=2&PageToken=PA2")),
        ),
        (Some("PA2"), vec!["CL5"], None),
    ];
    let mocks: Vec<_> = pages
        .iter()
        .enumerate()
        .map(|(index, (token, sids, next))| {
            server.mock(|when, then| {
                let when = when
                    .method(GET)
                    .path(path.as_str())
                    .header("authorization", BASIC);
                match token {
                    // The shortcut asks for the largest page first.
                    None => when
                        .query_param("PageSize", "1000")
                        .query_param_count(".*", ".*", 1),
                    Some(token) => when
                        .query_param("PageToken", *token)
                        .query_param("Page", index.to_string())
                        .query_param("PageSize", "2"),
                };
                let own = uri(&format!("PageSize=2&Page={index}"));
                ok_json(
                    then,
                    sip_page(
                        "credential_lists",
                        sids,
                        index as u64,
                        &own,
                        next.as_deref(),
                    ),
                );
            })
        })
        .collect();

    // Origin mode: the client appends /2010-04-01/Accounts/{AccountSid} itself.
    let twilio = builder()
        .base_url(server.base_url())
        .build()
        .expect("client");
    let lists: Vec<_> = twilio
        .credential_lists()
        .try_collect()
        .await
        .expect("three pages");
    let sids: Vec<_> = lists
        .iter()
        .map(|l| l.sid.as_deref().unwrap_or("?"))
        .collect();
    assert_eq!(sids, ["CL1", "CL2", "CL3", "CL4", "CL5"]);
    for mock in &mocks {
        mock.assert();
    }
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
async fn a_first_page_whose_next_link_is_itself_is_an_error_not_a_loop() {
    let server = MockServer::start_async().await;
    let own = "https://trunking.twilio.com/v1/Trunks?PageSize=50&Page=0";
    let mock = server.list_trunks(|when, then| {
        when.into_inner().header("authorization", BASIC);
        ok_json(then.into_inner(), trunk_page(&["TK1"], 0, own, Some(own)));
    });
    let twilio = builder()
        .api_base_url(server.base_url())
        .build()
        .expect("client");
    let items: Vec<_> = tokio::time::timeout(Duration::from_secs(10), twilio.trunks().collect())
        .await
        .expect("the stream ends");
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(
        items[0].as_ref().expect("the page's item").sid.as_deref(),
        Some("TK1")
    );
    match &items[1] {
        Err(PagingError::CursorLoop(err)) => {
            assert!(
                err.cursor.contains("/v1/Trunks?PageSize=50&Page=0"),
                "{err}"
            );
            assert!(
                err.to_string()
                    .contains("points back to a page already read"),
                "{err}"
            );
        }
        other => panic!("expected a cursor loop, got {other:?}"),
    }
    assert_eq!(mock.calls(), 1, "the page is read once");
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
async fn a_failing_page_ends_the_stream_with_the_typed_error() {
    let server = MockServer::start_async().await;
    let next = "https://trunking.twilio.com/v1/Trunks?PageSize=2&Page=1&PageToken=PT1";
    server.list_trunks(|when, then| {
        when.page_token(None);
        ok_json(
            then.into_inner(),
            trunk_page(
                &["TK1"],
                0,
                "https://trunking.twilio.com/v1/Trunks",
                Some(next),
            ),
        );
    });
    let failing = server.list_trunks(|when, then| {
        when.page_token("PT1");
        then.into_inner()
            .status(400)
            .header("content-type", "application/json")
            .json_body(json!({
                "code": 21481,
                "message": "Invalid PageToken",
                "more_info": "https://www.twilio.com/docs/errors/21481",
                "status": 400
            }));
    });
    let twilio = builder()
        .api_base_url(server.base_url())
        .build()
        .expect("client");
    let items: Vec<_> = twilio.trunks().collect().await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(items[0].is_ok());
    match &items[1] {
        Err(PagingError::Fetch(trunkline_twilio::trunking::Error::ErrorResponse(response))) => {
            assert_eq!(response.status(), 400);
            assert_eq!(response.code, Some(21481));
            assert_eq!(response.message.as_deref(), Some("Invalid PageToken"));
        }
        other => panic!("expected Twilio's error, got {other:?}"),
    }
    assert_eq!(failing.calls(), 1);
}

#[tokio::test]
async fn a_failing_first_page_is_the_only_item() {
    let server = MockServer::start_async().await;
    let mock = server.list_credential_lists(|_, then| {
        then.into_inner()
            .status(401)
            .header("content-type", "application/json")
            .json_body(json!({"code": 20003, "message": "Authenticate", "status": 401}));
    });
    let twilio = builder()
        .api_base_url(server.base_url())
        .build()
        .expect("client");
    let items: Vec<_> = twilio.credential_lists().collect().await;
    assert_eq!(items.len(), 1, "{items:?}");
    match &items[0] {
        Err(PagingError::Fetch(err)) => assert_eq!(err.status().map(|s| s.as_u16()), Some(401)),
        other => panic!("{other:?}"),
    }
    assert_eq!(mock.calls(), 1);
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
