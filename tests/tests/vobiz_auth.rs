//! Vobiz authentication: the `X-Auth-ID` and `X-Auth-Token` headers on every request (seen on
//! the wire by a scripted server), and the token never in `Debug`, `Display`, errors or logs.

use serde_json::json;
use trunkline_core::SecretString;
use trunkline_tests::{Reply, ScriptedServer, fixture};
use trunkline_vobiz::{ClientBuilder, ClientConfig, ConfigError, RetryPolicy, types};

const AUTH_ID: &str = "MA_AUTHTEST";
const TOKEN: &str = "vobiz-secret-token-9f8e7d";

fn client(url: &str) -> trunkline_vobiz::Client {
    ClientBuilder::new(AUTH_ID, TOKEN)
        .api_base_url(url)
        .config(ClientConfig::default().with_retry(RetryPolicy::never()))
        .build()
        .expect("client")
}

fn assert_hidden(what: &str, text: &str) {
    assert!(!text.contains(TOKEN), "{what} shows the token: {text}");
}

#[tokio::test]
async fn both_headers_go_on_every_request_and_nothing_else_authenticates() {
    let server = ScriptedServer::start(vec![
        Reply::json(
            201,
            &fixture("vobiz", "docs__create_trunk_response_201.json"),
        ),
        Reply::json(
            200,
            &fixture("vobiz", "docs__list_trunks_response_200.json"),
        ),
        Reply::json(
            200,
            &fixture("vobiz", "docs__retrieve_trunk_response_200.json"),
        ),
        Reply::json(
            200,
            &fixture("vobiz", "docs__retrieve_trunk_response_200.json"),
        ),
        Reply::json(
            201,
            &fixture("vobiz", "docs__create_credential_response_201.json"),
        ),
        Reply::Respond {
            status: 204,
            headers: vec![],
            body: String::new(),
        },
    ])
    .await;
    let vobiz = client(&server.url);
    vobiz
        .create_trunk()
        .body(
            types::CreateTrunkRequest::builder()
                .name("t")
                .trunk_type(types::TrunkType::Inbound)
                .max_concurrent_calls(Some(2)),
        )
        .send()
        .await
        .expect("create");
    vobiz.list_trunks().send().await.expect("list");
    vobiz.get_trunk().trunk_id("t1").send().await.expect("get");
    vobiz
        .update_trunk()
        .trunk_id("t1")
        .body(
            types::UpdateTrunkRequest::builder()
                .name("t")
                .max_concurrent_calls(2)
                .enabled(true),
        )
        .send()
        .await
        .expect("update");
    vobiz
        .create_credential()
        .body(
            types::CreateCredentialRequest::builder()
                .username("u1")
                .password(SecretString::from("password-123")),
        )
        .send()
        .await
        .expect("credential");
    vobiz
        .assign_number_to_trunk()
        .phone_number("+912271264217")
        .body(types::AssignNumberRequest::builder().trunk_group_id("t1"))
        .send()
        .await
        .expect("assign");

    let received = server.received();
    let seen: Vec<(&str, &str)> = received
        .iter()
        .map(|r| (r.method.as_str(), r.target.as_str()))
        .collect();
    assert_eq!(
        seen,
        vec![
            ("POST", "/trunks"),
            ("GET", "/trunks"),
            ("GET", "/trunks/t1"),
            ("PUT", "/trunks/t1"),
            ("POST", "/credentials"),
            ("POST", "/numbers/%2B912271264217/assign"),
        ]
    );
    for request in &received {
        let what = format!("{} {}", request.method, request.target);
        assert_eq!(request.header("x-auth-id"), Some(AUTH_ID), "{what}");
        assert_eq!(request.header("x-auth-token"), Some(TOKEN), "{what}");
        assert_eq!(request.header("authorization"), None, "{what}");
        assert_eq!(request.header("api-version"), None, "{what}");
        let auth_headers = request
            .headers
            .iter()
            .filter(|(name, _)| name == "x-auth-token")
            .count();
        assert_eq!(auth_headers, 1, "{what}: exactly one token header");
    }
}

#[test]
fn the_client_and_builder_debug_output_hides_the_token() {
    let builder = ClientBuilder::new(AUTH_ID, TOKEN);
    assert_hidden("builder Debug", &format!("{builder:?} {builder:#?}"));
    let vobiz = builder.build().expect("client");
    let debug = format!("{vobiz:?} {vobiz:#?}");
    assert_hidden("client Debug", &debug);
    assert!(debug.contains("<redacted>"), "{debug}");
    let explicit = trunkline_vobiz::Client::from_credentials(AUTH_ID, SecretString::from(TOKEN))
        .expect("client");
    assert_hidden("client Debug", &format!("{explicit:?}"));
}

#[tokio::test]
async fn a_401_is_a_typed_error_without_the_token() {
    let server = ScriptedServer::start(vec![Reply::json(
        401,
        &json!({"error": "Invalid authentication credentials", "code": 401}),
    )])
    .await;
    let err = client(&server.url)
        .list_trunks()
        .send()
        .await
        .expect_err("401");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    let trunkline_vobiz::Error::ErrorResponse(body) = &err else {
        panic!("expected a typed error, got {err:?}");
    };
    assert_eq!(
        body.error.as_deref(),
        Some("Invalid authentication credentials")
    );
    assert_hidden("401 error", &format!("{err:?} {err} {err:#?}"));
}

#[tokio::test]
async fn a_409_is_a_typed_error_without_the_token() {
    let server = ScriptedServer::start(vec![Reply::json(
        409,
        &fixture("vobiz", "docs__error_409_username_exists.json"),
    )])
    .await;
    let err = client(&server.url)
        .create_credential()
        .body(
            types::CreateCredentialRequest::builder()
                .username("sipuser_demo")
                .password(SecretString::from("sip-password-77")),
        )
        .send()
        .await
        .expect_err("409");
    let trunkline_vobiz::Error::ErrorResponse(body) = &err else {
        panic!("expected a typed error, got {err:?}");
    };
    assert_eq!(body.status(), 409);
    assert_eq!(body.error.as_deref(), Some("Username already exists"));
    let shown = format!("{err:?} {err} {err:#?}");
    assert_hidden("409 error", &shown);
    assert!(!shown.contains("sip-password-77"), "{shown}");
}

#[tokio::test]
async fn an_error_body_that_is_not_json_is_an_error_not_a_panic() {
    let server = ScriptedServer::start(vec![Reply::Respond {
        status: 502,
        headers: vec![("Content-Type".into(), "text/html".into())],
        body: "<html>bad gateway</html>".into(),
    }])
    .await;
    let err = client(&server.url)
        .get_trunk()
        .trunk_id("t1")
        .send()
        .await
        .expect_err("502");
    assert!(
        matches!(err, trunkline_vobiz::Error::InvalidResponsePayload(..)),
        "{err:?}"
    );
    assert_hidden("502 error", &format!("{err:?} {err}"));
}

#[tokio::test]
async fn connection_refused_is_an_error_without_the_token() {
    // A port that was just free: nothing listens on it.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    drop(listener);
    let err = client(&url)
        .delete_trunk()
        .trunk_id("t1")
        .send()
        .await
        .expect_err("refused");
    assert!(
        matches!(err, trunkline_vobiz::Error::CommunicationError(_)),
        "{err:?}"
    );
    assert_hidden("connection error", &format!("{err:?} {err} {err:#?}"));
}

#[test]
fn bad_credentials_are_named_without_their_value() {
    let cases: [(&str, &str, &str); 4] = [
        ("", TOKEN, "invalid Vobiz auth id: it is empty"),
        ("   ", TOKEN, "invalid Vobiz auth id: it is empty"),
        (AUTH_ID, "", "invalid Vobiz auth token: it is empty"),
        (AUTH_ID, " \t", "invalid Vobiz auth token: it is empty"),
    ];
    for (id, token, expected) in cases {
        let err = ClientBuilder::new(id, token).build().expect_err(expected);
        assert_eq!(err.to_string(), expected);
    }
    let err = ClientBuilder::new(AUTH_ID, format!("{TOKEN}\r\nX-Evil: 1"))
        .build()
        .expect_err("header injection");
    assert!(
        matches!(&err, ConfigError::InvalidCredential { field, .. } if field == "Vobiz auth token"),
        "{err:?}"
    );
    assert_hidden("config error", &format!("{err:?} {err}"));
    let err = ClientBuilder::new("MA\nX", TOKEN)
        .build()
        .expect_err("bad id");
    assert!(
        matches!(&err, ConfigError::InvalidCredential { field, .. } if field == "Vobiz auth id"),
        "{err:?}"
    );
    let err = ClientBuilder::new(AUTH_ID, TOKEN)
        .base_url("ftp://api.vobiz.ai")
        .build()
        .expect_err("scheme");
    assert!(matches!(err, ConfigError::InvalidBaseUrl { .. }), "{err:?}");
}
