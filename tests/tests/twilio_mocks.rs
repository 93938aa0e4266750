//! The `httpmock` feature: the typed mocks of both APIs at `trunkline_twilio::{trunking,sip}::mock`
//! and `trunkline_twilio::mock::FormBodyExt`, the form-body matcher the generated JSON body
//! matchers cannot replace. The matcher must accept exactly the fields given: a missing, extra
//! or different field, or a body that is not a form, is not matched.

use httpmock::prelude::*;
use trunkline_twilio::mock::{
    FORM_CONTENT_TYPE, FormBodyExt, SipMockServerExt, TrunkingMockServerExt,
};
use trunkline_twilio::{ClientBuilder, ClientConfig, RetryPolicy, sip, trunking};

fn client(server: &MockServer) -> trunkline_twilio::Client {
    ClientBuilder::new("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "mock-token")
        .api_base_url(server.base_url())
        .config(ClientConfig::default().with_retry(RetryPolicy::never()))
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
