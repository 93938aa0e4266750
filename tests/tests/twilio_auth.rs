//! Both Twilio auth modes put the right HTTP Basic header on requests to both APIs, the account
//! SID stays in the 2010-04-01 paths, and no token or secret ever shows up in `Debug` or
//! `Display` output of the builder, the entry point, either generated client, any error, or the
//! `tracing` logs.

use std::io;
use std::sync::{Arc, Mutex};

use futures::StreamExt;
use httpmock::prelude::*;
use serde_json::json;
use trunkline_twilio::{ClientBuilder, ClientConfig, RetryPolicy, sip};

const ACCOUNT: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const TOKEN: &str = "auth-token-SECRET-1111";
const KEY: &str = "SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const KEY_SECRET: &str = "api-key-secret-SECRET-2222";
/// base64("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:auth-token-SECRET-1111")
const BASIC_TOKEN: &str =
    "Basic QUNYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWDphdXRoLXRva2VuLVNFQ1JFVC0xMTEx";
/// base64("SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:api-key-secret-SECRET-2222")
const BASIC_KEY: &str =
    "Basic U0tYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWDphcGkta2V5LXNlY3JldC1TRUNSRVQtMjIyMg==";
const SIP_PASSWORD: &str = "Sip-Passw0rd-SECRET-3333";

fn no_retry() -> ClientConfig {
    ClientConfig::default().with_retry(RetryPolicy::never())
}

/// Mocks `GET /v1/Trunks/TK1` and `GET /2010-04-01/Accounts/{ACCOUNT}/SIP/CredentialLists/CL1.json`
/// answering only requests with `authorization`.
fn mocks<'a>(server: &'a MockServer, authorization: &str) -> [httpmock::Mock<'a>; 2] {
    [
        server.mock(|when, then| {
            when.method(GET)
                .path("/v1/Trunks/TK1")
                .header("authorization", authorization);
            then.status(200).json_body(json!({"sid": "TK1"}));
        }),
        server.mock(|when, then| {
            when.method(GET)
                .path(format!(
                    "/2010-04-01/Accounts/{ACCOUNT}/SIP/CredentialLists/CL1.json"
                ))
                .header("authorization", authorization);
            then.status(200)
                .json_body(json!({"sid": "CL1", "account_sid": ACCOUNT}));
        }),
    ]
}

async fn call_both(twilio: &trunkline_twilio::Client) {
    let trunk = twilio
        .trunking()
        .get_trunk()
        .sid("TK1")
        .send()
        .await
        .expect("trunking");
    assert_eq!(trunk.sid.as_deref(), Some("TK1"));
    let list = twilio
        .sip()
        .get_credential_list()
        .sid("CL1")
        .send()
        .await
        .expect("sip");
    assert_eq!(list.sid.as_deref(), Some("CL1"));
}

#[tokio::test]
async fn account_sid_and_auth_token_authenticate_both_apis() {
    let server = MockServer::start_async().await;
    let [trunking, sip] = mocks(&server, BASIC_TOKEN);
    let twilio = ClientBuilder::new(ACCOUNT, TOKEN)
        .base_url(server.base_url())
        .config(no_retry())
        .build()
        .expect("client");
    call_both(&twilio).await;
    trunking.assert();
    sip.assert();
}

#[tokio::test]
async fn an_api_key_authenticates_both_apis_with_the_account_sid_in_2010_paths() {
    let server = MockServer::start_async().await;
    let [trunking, sip] = mocks(&server, BASIC_KEY);
    let twilio = ClientBuilder::api_key(ACCOUNT, KEY, KEY_SECRET)
        .base_url(server.base_url())
        .config(no_retry())
        .build()
        .expect("client");
    assert_eq!(twilio.account_sid(), ACCOUNT);
    call_both(&twilio).await;
    trunking.assert();
    sip.assert();
}

#[tokio::test]
async fn the_other_mode_s_header_is_not_accepted() {
    // The mocks can fail: an API-key client does not send the token header, and vice versa.
    let server = MockServer::start_async().await;
    let [trunking, _] = mocks(&server, BASIC_TOKEN);
    let twilio = ClientBuilder::api_key(ACCOUNT, KEY, KEY_SECRET)
        .base_url(server.base_url())
        .config(no_retry())
        .build()
        .expect("client");
    let err = twilio
        .trunking()
        .get_trunk()
        .sid("TK1")
        .send()
        .await
        .expect_err("wrong header");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(trunking.calls(), 0);
}

/// A `tracing` writer into a shared buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl io::Write for Captured {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("lock")).into_owned()
    }
}

fn assert_no_secret(what: &str, text: &str) {
    // The secrets, and the Authorization header values that carry them base64-encoded.
    let encoded = [BASIC_TOKEN, BASIC_KEY].map(|header| header.trim_start_matches("Basic "));
    for secret in [
        TOKEN,
        KEY_SECRET,
        SIP_PASSWORD,
        "SECRET",
        encoded[0],
        encoded[1],
    ] {
        assert!(
            !text.contains(secret),
            "{what} shows a secret ({secret}): {text}"
        );
    }
}

#[tokio::test]
async fn secrets_appear_in_no_debug_output_error_or_log() {
    // A process-wide subscriber (this file is its own test process): a thread-local one can
    // miss events whose callsites other tests' threads registered first. Everything the client
    // side logs (trunkline, reqwest, hyper) at TRACE; not httpmock, the test server, which logs
    // the requests it receives, headers included.
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("trace,httpmock=off"))
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only global subscriber");

    let server = MockServer::start_async().await;
    server.mock(|_, then| {
        then.status(401).json_body(json!({
            "code": 20003,
            "message": "Authenticate",
            "more_info": "https://www.twilio.com/docs/errors/20003",
            "status": 401
        }));
    });

    for builder in [
        ClientBuilder::new(ACCOUNT, TOKEN),
        ClientBuilder::api_key(ACCOUNT, KEY, KEY_SECRET),
    ] {
        let builder = builder.base_url(server.base_url()).config(no_retry());
        assert_no_secret("ClientBuilder Debug", &format!("{builder:?} {builder:#?}"));
        let twilio = builder.build().expect("client");
        assert_no_secret("Client Debug", &format!("{twilio:?} {twilio:#?}"));
        assert_no_secret(
            "trunking::Client Debug",
            &format!("{:?}", twilio.trunking()),
        );
        assert_no_secret("sip::Client Debug", &format!("{:?}", twilio.sip()));

        // An error response (the request carried the secret in its header).
        let err = twilio
            .trunking()
            .get_trunk()
            .sid("TK1")
            .send()
            .await
            .expect_err("401");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
        assert_no_secret("trunking error", &format!("{err} {err:?} {err:#}"));

        // A create carrying a SIP password in its form body.
        let err = twilio
            .sip()
            .create_credential()
            .credential_list_sid("CL1")
            .body(
                sip::types::CreateCredentialRequest::builder()
                    .username("alice")
                    .password(SIP_PASSWORD),
            )
            .send()
            .await
            .expect_err("401");
        assert_no_secret("sip error", &format!("{err} {err:?} {err:#}"));

        // A paging error.
        let items: Vec<_> = twilio.trunks().collect().await;
        let err = items
            .into_iter()
            .next()
            .expect("one item")
            .expect_err("401");
        assert_no_secret("paging error", &format!("{err} {err:?}"));
    }

    // A connection failure (nothing listens on the port).
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        format!("http://{}", listener.local_addr().expect("addr"))
    };
    let twilio = ClientBuilder::api_key(ACCOUNT, KEY, KEY_SECRET)
        .api_base_url(closed)
        .config(no_retry())
        .build()
        .expect("client");
    let err = twilio
        .trunking()
        .list_trunks()
        .send()
        .await
        .expect_err("refused");
    assert_no_secret("connection error", &format!("{err} {err:?} {err:#}"));

    // Configuration errors.
    for err in [
        ClientBuilder::new(ACCOUNT, TOKEN)
            .base_url("http://twilio.example.com")
            .build()
            .expect_err("http"),
        ClientBuilder::new("AC:1", TOKEN)
            .build()
            .expect_err("colon"),
        ClientBuilder::api_key("", KEY, KEY_SECRET)
            .build()
            .expect_err("empty"),
    ] {
        assert_no_secret("config error", &format!("{err} {err:?}"));
    }

    let logged = logs.text();
    // The operation span (vendor, operation id) and the retry loop's events were captured.
    assert!(
        logged.contains("operation=\"get_trunk\""),
        "the logs were captured: {logged}"
    );
    assert!(
        logged.contains("attempt finished"),
        "the logs were captured: {logged}"
    );
    assert_no_secret("the tracing logs", &logged);
}
