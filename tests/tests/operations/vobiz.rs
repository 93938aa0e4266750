//! Every Vobiz operation through the typed httpmock mocks: method, exact path, query string,
//! exact JSON body, both auth headers (`X-Auth-ID`, `X-Auth-Token`) and the absence of
//! progenitor's `api-version` header are checked by the mock; responses are the raw fixtures
//! from Vobiz's docs (tests/fixtures/vobiz/) where one exists, which the client must decode.
//! (What every vendor shares is the shared suite's, `tests/vendors/`.)

use futures::TryStreamExt;
use httpmock::prelude::*;
use serde_json::{Value, json};
use trunkline_core::OpenEnum;
use trunkline_tests::{fixture, fixture_names};
use trunkline_vobiz::chrono::NaiveDate;
use trunkline_vobiz::mock::MockServerExt;
use trunkline_vobiz::{ClientBuilder, types};

use crate::support::{assert_every_fixture_named, assert_every_operation_mocked, no_retry};

const AUTH_ID: &str = "MA_TESTVOBIZ01";
const TOKEN: &str = "vobiz-test-token-0123";
const TRUNK_ID: &str = "aabbccdd-1234-5678-90ab-cdef12345678";

fn client(server: &MockServer) -> trunkline_vobiz::Client {
    ClientBuilder::new(AUTH_ID, TOKEN)
        .api_base_url(server.base_url())
        .config(no_retry())
        .build()
        .expect("client")
}

fn respond(then: httpmock::Then, status: u16, name: &str) -> httpmock::Then {
    crate::support::respond(then, status, "vobiz", name)
}

use crate::support::respond_json;

/// Both auth headers, exactly, and no `api-version`.
fn authed(when: httpmock::When) -> httpmock::When {
    when.header("x-auth-id", AUTH_ID)
        .header("x-auth-token", TOKEN)
        .header_missing("api-version")
        .header_missing("authorization")
}

/// Every Vobiz fixture and every operation of the generated client has a typed-mock test in
/// this file.
#[test]
fn every_vobiz_fixture_and_operation_is_covered() {
    let source = include_str!("vobiz.rs");
    assert_eq!(fixture_names("vobiz").len(), 12);
    assert_every_fixture_named("vobiz", source);
    assert_eq!(trunkline_vobiz::OPERATIONS.len(), 24);
    assert_every_operation_mocked(trunkline_vobiz::OPERATIONS, source);
}

// ---------------------------------------------------------------------------------------------
// Trunks

#[tokio::test]
async fn list_trunks_pages_with_limit_and_offset() {
    let server = MockServer::start_async().await;
    let mock = server.list_trunks(|when, then| {
        authed(when.limit(50).offset(100).into_inner());
        respond(
            then.into_inner(),
            200,
            "docs__list_trunks_response_200.json",
        );
    });
    let page = client(&server)
        .list_trunks()
        .limit(50)
        .offset(100)
        .send()
        .await
        .expect("list");
    mock.assert();
    let meta = page.meta.as_ref().expect("meta");
    assert_eq!(
        (meta.limit, meta.offset, meta.total),
        (Some(20), Some(0), Some(2))
    );
    assert_eq!(page.objects.len(), 2);
    let first = &page.objects[0];
    assert_eq!(first.trunk_id, TRUNK_ID);
    assert_eq!(
        first.credential_uuid.as_deref(),
        Some("aabbccdd-1234-5678-90ab-cdef12345679")
    );
    assert_eq!(
        first.primary_uri_uuid, None,
        "omitted fields decode as None"
    );
    assert_eq!(
        first.trunk_direction,
        Some(OpenEnum::Known(types::TrunkDirection::Outbound))
    );
    assert_eq!(
        first.updated_at.map(|t| t.to_rfc3339()),
        Some("2026-04-29T06:45:15.188437+00:00".to_string())
    );
    let second = &page.objects[1];
    assert_eq!(
        second.trunk_direction,
        Some(OpenEnum::Known(types::TrunkDirection::Inbound))
    );
    assert_eq!(
        second.inbound_destination.as_deref(),
        Some("aabbccdd-1234-5678-90ab-cdef1234567b")
    );
    assert_eq!(second.credential_uuid, None);
}

#[tokio::test]
async fn list_trunks_without_paging_sends_no_query() {
    let server = MockServer::start_async().await;
    let mock = server.list_trunks(|when, then| {
        authed(when.limit(None).offset(None).into_inner());
        respond(
            then.into_inner(),
            200,
            "docs__list_trunks_response_200.json",
        );
    });
    client(&server).list_trunks().send().await.expect("list");
    mock.assert();
}

#[tokio::test]
async fn get_trunk_decodes_the_retrieve_example() {
    let server = MockServer::start_async().await;
    let mock = server.get_trunk(|when, then| {
        authed(when.trunk_id(TRUNK_ID).into_inner()).path(format!("/trunks/{TRUNK_ID}"));
        respond(
            then.into_inner(),
            200,
            "docs__retrieve_trunk_response_200.json",
        );
    });
    let trunk = client(&server)
        .get_trunk()
        .trunk_id(TRUNK_ID)
        .send()
        .await
        .expect("get");
    mock.assert();
    assert_eq!(trunk.name.as_deref(), Some("Acme Production Trunk"));
    // `both` is documented only by example; it is a known value here.
    assert_eq!(
        trunk.trunk_direction,
        Some(OpenEnum::Known(types::TrunkDirection::Both))
    );
    assert_eq!(
        trunk.trunk_status,
        Some(OpenEnum::Known(types::TrunkStatus::Active))
    );
    assert_eq!(
        trunk.transport,
        Some(OpenEnum::Known(types::Transport::Udp))
    );
    assert_eq!(
        trunk.webhook_method,
        Some(OpenEnum::Known(types::WebhookMethod::Post))
    );
    assert_eq!(
        (trunk.concurrent_calls_limit, trunk.cps_limit),
        (Some(10), Some(2))
    );
    assert_eq!(trunk.secure, Some(false));
}

/// The create-trunk page's request shape (`trunk_type`, `max_concurrent_calls`): decoded from
/// the fixture into the generated request type and sent; the mock asserts the exact body.
#[tokio::test]
async fn create_trunk_sends_the_create_page_shape() {
    let raw = fixture("vobiz", "docs__create_trunk_request_prose.json");
    let request: types::CreateTrunkRequest =
        serde_json::from_value(raw.clone()).expect("the page's shape decodes");
    assert_eq!(request.trunk_type, Some(types::TrunkType::Outbound));
    assert_eq!(request.max_concurrent_calls, Some(10));
    assert_eq!(request.trunk_direction, None);

    // The builder produces the same body.
    let built = types::CreateTrunkRequest::try_from(
        types::CreateTrunkRequest::builder()
            .name("My SIP Trunk")
            .trunk_type(types::TrunkType::Outbound)
            .max_concurrent_calls(Some(10)),
    )
    .expect("builder");
    assert_eq!(serde_json::to_value(&built).expect("json"), raw);

    let server = MockServer::start_async().await;
    let mock = server.create_trunk(|when, then| {
        authed(when.into_inner())
            .header("content-type", "application/json")
            .json_body(raw.clone());
        respond(
            then.into_inner(),
            201,
            "docs__create_trunk_response_201.json",
        );
    });
    let created = client(&server)
        .create_trunk()
        .body(request)
        .send()
        .await
        .expect("create");
    mock.assert();
    assert_eq!(created.status(), 201);
    // Vobiz's example answers with other values than were sent (#5): only the shape matters.
    assert_eq!(created.trunk_id, TRUNK_ID);
    assert_eq!(
        created.trunk_domain.as_deref(),
        Some("aabbccdd-1234-5678-90ab-cdef12345678.sip.vobiz.ai")
    );
    assert_eq!(created.cps_limit, Some(2));
}

/// The newer OpenAPI revision's request shape (`trunk_direction`, `concurrent_calls_limit`,
/// webhook and attachment fields): decoded into the same request type and sent verbatim.
#[tokio::test]
async fn create_trunk_sends_the_newer_openapi_shape() {
    let raw = fixture("vobiz", "docs__create_trunk_request_openapi_example.json");
    let request: types::CreateTrunkRequest =
        serde_json::from_value(raw.clone()).expect("the newer shape decodes");
    assert_eq!(
        request.trunk_direction,
        Some(types::RequestedTrunkDirection::Outbound)
    );
    assert_eq!(request.concurrent_calls_limit, Some(50));
    assert_eq!(request.cps_limit, Some(15));
    assert_eq!(request.transport, Some(types::Transport::Udp));
    assert_eq!(request.webhook_method, Some(types::WebhookMethod::Post));
    assert_eq!(request.credential_uuid.as_deref(), Some("b1e2..."));
    assert_eq!(request.trunk_type, None);
    assert_eq!(
        serde_json::to_value(&request).expect("json"),
        raw,
        "lossless"
    );

    let server = MockServer::start_async().await;
    let mock = server.create_trunk(|when, then| {
        authed(when.into_inner()).json_body(raw.clone());
        // The embedded OpenAPI block declares 200 as well as 201: both decode.
        respond(
            then.into_inner(),
            200,
            "docs__create_trunk_response_201.json",
        );
    });
    let created = client(&server)
        .create_trunk()
        .body(request)
        .send()
        .await
        .expect("create");
    mock.assert();
    assert_eq!(created.status(), 200);
    assert_eq!(created.trunk_id, TRUNK_ID);
}

#[tokio::test]
async fn an_overlong_trunk_name_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let mut any = server.mock(|when, then| {
        when.any_request();
        then.status(201);
    });
    let err = client(&server)
        .create_trunk()
        .body(
            types::CreateTrunkRequest::builder()
                .name("x".repeat(256))
                .trunk_type(types::TrunkType::Inbound)
                .max_concurrent_calls(Some(1)),
        )
        .send()
        .await
        .expect_err("256 characters");
    assert!(
        matches!(&err, trunkline_vobiz::Error::InvalidRequest(msg)
            if msg.contains("name") && msg.contains("255")),
        "{err:?}"
    );
    assert_eq!(any.calls(), 0);
    any.delete();
    // 255 is fine.
    let created = server.create_trunk(|when, then| {
        when.into_inner()
            .json_body_includes(json!({"name": "y".repeat(255)}).to_string());
        respond(
            then.into_inner(),
            201,
            "docs__create_trunk_response_201.json",
        );
    });
    client(&server)
        .create_trunk()
        .body(types::CreateTrunkRequest::builder().name("y".repeat(255)))
        .send()
        .await
        .expect("255 characters");
    created.assert();
}

/// Update is a `PUT` (the typed mock matches the method) with the update page's replace body.
#[tokio::test]
async fn update_trunk_is_a_put_with_the_three_prose_fields() {
    let raw = fixture("vobiz", "docs__update_trunk_request_prose.json");
    let request: types::UpdateTrunkRequest = serde_json::from_value(raw.clone()).expect("decodes");
    let built = types::UpdateTrunkRequest::try_from(
        types::UpdateTrunkRequest::builder()
            .name("Updated Production Trunk")
            .max_concurrent_calls(10)
            .enabled(true),
    )
    .expect("builder");
    assert_eq!(serde_json::to_value(&built).expect("json"), raw);

    let server = MockServer::start_async().await;
    let mock = server.update_trunk(|when, then| {
        authed(when.trunk_id(TRUNK_ID).into_inner())
            .method(PUT)
            .path(format!("/trunks/{TRUNK_ID}"))
            .json_body(raw.clone());
        respond(
            then.into_inner(),
            200,
            "docs__retrieve_trunk_response_200.json",
        );
    });
    let updated = client(&server)
        .update_trunk()
        .trunk_id(TRUNK_ID)
        .body(request)
        .send()
        .await
        .expect("update");
    mock.assert();
    assert_eq!(updated.trunk_id, TRUNK_ID);
}

#[tokio::test]
async fn update_trunk_can_attach_credentials_acls_and_uris() {
    let server = MockServer::start_async().await;
    let mock = server.update_trunk(|when, then| {
        authed(when.trunk_id(TRUNK_ID).into_inner()).json_body(json!({
            "name": "pbx",
            "max_concurrent_calls": 5,
            "enabled": false,
            "credential_uuid": "cred-1",
            "ipacl_uuid": "acl-1",
            "primary_uri_uuid": "uri-1",
            "fallback_uri_uuid": "uri-2"
        }));
        respond(
            then.into_inner(),
            200,
            "docs__retrieve_trunk_response_200.json",
        );
    });
    client(&server)
        .update_trunk()
        .trunk_id(TRUNK_ID)
        .body(
            types::UpdateTrunkRequest::builder()
                .name("pbx")
                .max_concurrent_calls(5)
                .enabled(false)
                .credential_uuid(Some("cred-1".to_string()))
                .ipacl_uuid(Some("acl-1".to_string()))
                .primary_uri_uuid(Some("uri-1".to_string()))
                .fallback_uri_uuid(Some("uri-2".to_string())),
        )
        .send()
        .await
        .expect("update");
    mock.assert();
}

#[tokio::test]
async fn delete_trunk_accepts_204() {
    let server = MockServer::start_async().await;
    let mock = server.delete_trunk(|when, then| {
        authed(when.trunk_id(TRUNK_ID).into_inner());
        then.success(204);
    });
    let deleted = client(&server)
        .delete_trunk()
        .trunk_id(TRUNK_ID)
        .send()
        .await
        .expect("delete");
    mock.assert();
    assert_eq!(deleted.status(), 204);
}

/// Vobiz's OpenAPI block documents `200` with a JSON *string* body: accepted, body ignored.
#[tokio::test]
async fn delete_trunk_accepts_200_with_a_json_string_body() {
    let server = MockServer::start_async().await;
    let mock = server.delete_trunk(|when, then| {
        authed(when.trunk_id(TRUNK_ID).into_inner());
        respond_json(then.into_inner(), 200, json!("Trunk deleted successfully"));
    });
    let deleted = client(&server)
        .delete_trunk()
        .trunk_id(TRUNK_ID)
        .send()
        .await
        .expect("delete");
    mock.assert();
    assert_eq!(deleted.status(), 200);
}

#[tokio::test]
async fn delete_trunk_with_active_calls_is_a_typed_409() {
    let server = MockServer::start_async().await;
    server.delete_trunk(|when, then| {
        when.trunk_id(TRUNK_ID);
        then.client_error(
            409,
            &types::VobizError {
                error: Some("Trunk has active calls".into()),
                code: Some(409),
            },
        );
    });
    let err = client(&server)
        .delete_trunk()
        .trunk_id(TRUNK_ID)
        .send()
        .await
        .expect_err("409");
    let trunkline_vobiz::Error::ErrorResponse(body) = &err else {
        panic!("expected a typed error, got {err:?}");
    };
    assert_eq!(body.status(), 409);
    assert_eq!(body.error.as_deref(), Some("Trunk has active calls"));
}

// ---------------------------------------------------------------------------------------------
// Credentials

#[tokio::test]
async fn credentials_lifecycle() {
    let server = MockServer::start_async().await;
    let id = "aabbccdd-1234-5678-90ab-cdef12345678";
    let list = server.list_credentials(|when, then| {
        // Listed under /trunks/credentials, created under /credentials (#17).
        authed(when.limit(20).offset(0).into_inner()).path("/trunks/credentials");
        respond_json(
            then.into_inner(),
            200,
            json!({
                "meta": {"limit": 20, "offset": 0, "total": 1},
                "objects": [{
                    "id": "11223344-1234-5678-90ab-cdef12345678",
                    "account_id": "MA_XXXXXXXX",
                    "username": "acme_sip_user_01",
                    "password": "<redacted>",
                    "realm": "MA_XXXXXXXX.sip.vobiz.ai",
                    "enabled": true,
                    "created_at": "2026-03-25T10:00:00Z",
                    "updated_at": "2026-03-25T10:00:00Z"
                }]
            }),
        );
    });
    let create = server.create_credential(|when, then| {
        authed(when.into_inner())
            .path("/credentials")
            .json_body(json!({"username": "sipuser_demo", "password": "s3cure-Passw0rd"}));
        respond(
            then.into_inner(),
            201,
            "docs__create_credential_response_201.json",
        );
    });
    let update = server.update_credential(|when, then| {
        authed(when.credential_id(id).into_inner())
            .method(PUT)
            .path(format!("/credentials/{id}"))
            .json_body(json!({"password": "n3w-Passw0rd", "enabled": false}));
        respond_json(
            then.into_inner(),
            200,
            json!({"id": id, "username": "sipuser_demo", "password": "<redacted>", "enabled": false}),
        );
    });
    let delete = server.delete_credential(|when, then| {
        authed(when.credential_id(id).into_inner()).path(format!("/credentials/{id}"));
        then.success(204);
    });
    let vobiz = client(&server);

    let page = vobiz
        .list_credentials()
        .limit(20)
        .offset(0)
        .send()
        .await
        .expect("list");
    assert_eq!(page.objects.len(), 1);
    assert_eq!(
        page.objects[0].username.as_deref(),
        Some("acme_sip_user_01")
    );

    let created = vobiz
        .create_credential()
        .body(
            types::CreateCredentialRequest::builder()
                .username("sipuser_demo")
                .password(trunkline_core::SecretString::from("s3cure-Passw0rd")),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(created.status(), 201);
    assert_eq!(created.id, id);
    assert_eq!(created.realm.as_deref(), Some("MA_XXXXXXXX.sip.vobiz.ai"));
    // The response's `password: "<redacted>"` is not modelled: nothing secret is kept.
    assert!(!format!("{created:?}").contains("redacted"));

    let updated = vobiz
        .update_credential()
        .credential_id(id)
        .body(
            types::UpdateCredentialRequest::builder()
                .password(Some(trunkline_core::SecretString::from("n3w-Passw0rd")))
                .enabled(Some(false)),
        )
        .send()
        .await
        .expect("update");
    assert_eq!(updated.enabled, Some(false));

    vobiz
        .delete_credential()
        .credential_id(id)
        .send()
        .await
        .expect("delete");
    for mock in [list, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn a_taken_username_is_a_typed_409() {
    let server = MockServer::start_async().await;
    let mock = server.create_credential(|when, then| {
        authed(when.into_inner());
        respond(
            then.into_inner(),
            409,
            "docs__error_409_username_exists.json",
        );
    });
    let err = client(&server)
        .create_credential()
        .body(
            types::CreateCredentialRequest::builder()
                .username("sipuser_demo")
                .password(trunkline_core::SecretString::from("s3cure-Passw0rd")),
        )
        .send()
        .await
        .expect_err("409");
    mock.assert();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(409));
    let trunkline_vobiz::Error::ErrorResponse(body) = &err else {
        panic!("expected a typed error, got {err:?}");
    };
    assert_eq!(body.status(), 409);
    assert_eq!(body.error.as_deref(), Some("Username already exists"));
    assert_eq!(body.code, Some(409));
    assert!(!format!("{err:?} {err}").contains("s3cure-Passw0rd"));
}

// ---------------------------------------------------------------------------------------------
// IP ACL entries

#[tokio::test]
async fn ip_acl_entries_lifecycle() {
    let server = MockServer::start_async().await;
    let id = "aabbccdd-1234-5678-90ab-cdef12345678";
    let list = server.list_ip_acl_entries(|when, then| {
        authed(when.limit(None).offset(40).into_inner()).path("/trunks/ip-acl");
        respond_json(
            then.into_inner(),
            200,
            json!({
                "meta": {"limit": 20, "offset": 40, "total": 41},
                "objects": [{
                    "id": id,
                    "account_id": "",
                    "ip_address": "10.20.30.0/24",
                    "description": "",
                    "enabled": true
                }]
            }),
        );
    });
    let create = server.create_ip_acl_entry(|when, then| {
        authed(when.into_inner()).path("/ip-acl").json_body(json!({
            "name": "FreePBX server in data center",
            "ip_address": "10.20.30.0/24"
        }));
        respond(
            then.into_inner(),
            201,
            "docs__create_ip_acl_response_201.json",
        );
    });
    let update = server.update_ip_acl_entry(|when, then| {
        authed(when.ip_acl_id(id).into_inner())
            .method(PUT)
            .path(format!("/ip-acl/{id}"))
            .json_body(json!({"name": "office", "ip_address": "10.20.31.7"}));
        respond_json(
            then.into_inner(),
            200,
            json!({"id": id, "ip_address": "10.20.31.7", "description": "office"}),
        );
    });
    let delete = server.delete_ip_acl_entry(|when, then| {
        authed(when.ip_acl_id(id).into_inner()).path(format!("/ip-acl/{id}"));
        then.success(200);
    });
    let vobiz = client(&server);

    let page = vobiz
        .list_ip_acl_entries()
        .offset(40)
        .send()
        .await
        .expect("list");
    assert_eq!(page.objects[0].account_id.as_deref(), Some(""));
    assert_eq!(page.objects[0].description.as_deref(), Some(""));

    let created = vobiz
        .create_ip_acl_entry()
        .body(
            types::CreateIpAclEntryRequest::builder()
                .name("FreePBX server in data center")
                .ip_address("10.20.30.0/24"),
        )
        .send()
        .await
        .expect("create");
    // The name sent comes back as `description` (#23).
    assert_eq!(
        created.description.as_deref(),
        Some("FreePBX server in data center")
    );
    assert_eq!(created.ip_address.as_deref(), Some("10.20.30.0/24"));

    let updated = vobiz
        .update_ip_acl_entry()
        .ip_acl_id(id)
        .body(
            types::UpdateIpAclEntryRequest::builder()
                .name("office")
                .ip_address("10.20.31.7"),
        )
        .send()
        .await
        .expect("update");
    assert_eq!(updated.description.as_deref(), Some("office"));

    vobiz
        .delete_ip_acl_entry()
        .ip_acl_id(id)
        .send()
        .await
        .expect("delete");
    for mock in [list, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn an_invalid_ip_is_a_typed_400() {
    let server = MockServer::start_async().await;
    let mock = server.create_ip_acl_entry(|when, then| {
        authed(when.into_inner()).json_body(json!({"name": "docs", "ip_address": "2001:db8::1"}));
        respond(then.into_inner(), 400, "docs__error_400_invalid_ip.json");
    });
    let err = client(&server)
        .create_ip_acl_entry()
        .body(
            types::CreateIpAclEntryRequest::builder()
                .name("docs")
                .ip_address("2001:db8::1"),
        )
        .send()
        .await
        .expect_err("400");
    mock.assert();
    let trunkline_vobiz::Error::ErrorResponse(body) = &err else {
        panic!("expected a typed error, got {err:?}");
    };
    assert_eq!(body.status(), 400);
    assert_eq!(body.error.as_deref(), Some("Invalid IP address format"));
    assert_eq!(body.code, Some(400));
}

// ---------------------------------------------------------------------------------------------
// Origination URIs

#[tokio::test]
async fn origination_uris_lifecycle() {
    let server = MockServer::start_async().await;
    let id = "aabbccdd-1234-5678-90ab-cdef12345678";
    let list = server.list_origination_uris(|when, then| {
        authed(when.limit(100).into_inner()).path("/trunks/origination-uris");
        respond_json(
            then.into_inner(),
            200,
            json!({
                "meta": {"limit": 100, "offset": 0, "total": 2},
                "objects": [
                    {"id": "u1", "uri": "sip:sbc1.example.com", "priority": 1, "weight": 10, "transport": "tls"},
                    // Vobiz's own example shows an uppercase transport: kept, not a failure.
                    {"id": "u2", "uri": "sip:sbc2.example.com", "priority": 2, "transport": "TCP"}
                ]
            }),
        );
    });
    let create = server.create_origination_uri(|when, then| {
        authed(when.into_inner())
            .path("/origination-uris")
            .json_body(json!({
                "name": "Primary SBC",
                "sip_uri": "sip:provider@sip.example.com:5060",
                "priority": 1
            }));
        respond(
            then.into_inner(),
            201,
            "docs__create_origination_uri_response_201.json",
        );
    });
    let update = server.update_origination_uri(|when, then| {
        authed(when.uri_id(id).into_inner())
            .method(PUT)
            .path(format!("/origination-uris/{id}"))
            .json_body(json!({"name": "Backup SBC", "priority": 2}));
        respond_json(
            then.into_inner(),
            200,
            json!({"id": id, "priority": 2, "description": "Backup SBC"}),
        );
    });
    let delete = server.delete_origination_uri(|when, then| {
        authed(when.uri_id(id).into_inner()).path(format!("/origination-uris/{id}"));
        then.success(204);
    });
    let vobiz = client(&server);

    let page = vobiz
        .list_origination_uris()
        .limit(100)
        .send()
        .await
        .expect("list");
    assert_eq!(
        page.objects[0].transport,
        Some(OpenEnum::Known(types::Transport::Tls))
    );
    assert_eq!(
        page.objects[1].transport,
        Some(OpenEnum::Unknown("TCP".to_string()))
    );
    assert_eq!(page.objects[1].weight, None);

    let created = vobiz
        .create_origination_uri()
        .body(
            types::CreateOriginationUriRequest::builder()
                .name("Primary SBC")
                .sip_uri("sip:provider@sip.example.com:5060")
                .priority(1),
        )
        .send()
        .await
        .expect("create");
    // `sip_uri` comes back as `uri`, `name` as `description` (#27).
    assert_eq!(
        created.uri.as_deref(),
        Some("sip:provider@sip.example.com:5060")
    );
    assert_eq!(created.description.as_deref(), Some("Primary SBC"));
    assert_eq!(created.weight, Some(10));

    let updated = vobiz
        .update_origination_uri()
        .uri_id(id)
        .body(
            types::UpdateOriginationUriRequest::builder()
                .name("Backup SBC")
                .priority(2),
        )
        .send()
        .await
        .expect("update");
    assert_eq!(updated.priority, Some(2));

    vobiz
        .delete_origination_uri()
        .uri_id(id)
        .send()
        .await
        .expect("delete");
    for mock in [list, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn an_invalid_sip_uri_is_a_typed_400() {
    let server = MockServer::start_async().await;
    let mock = server.create_origination_uri(|when, then| {
        authed(when.into_inner());
        respond(
            then.into_inner(),
            400,
            "docs__error_400_invalid_sip_uri.json",
        );
    });
    let err = client(&server)
        .create_origination_uri()
        .body(
            types::CreateOriginationUriRequest::builder()
                .name("bad")
                .sip_uri("sbc.example.com")
                .priority(1),
        )
        .send()
        .await
        .expect_err("400");
    mock.assert();
    let trunkline_vobiz::Error::ErrorResponse(body) = &err else {
        panic!("expected a typed error, got {err:?}");
    };
    assert_eq!(body.status(), 400);
    assert_eq!(
        body.error.as_deref(),
        Some("Invalid SIP URI format. Expected: sip:user@host:port")
    );
    assert_eq!(body.code, Some(400));
}

/// Each error fixture decodes into the typed error body on its own, too.
#[test]
fn error_fixtures_decode_into_the_error_type() {
    for (name, status, message) in [
        (
            "docs__error_400_invalid_ip.json",
            400,
            "Invalid IP address format",
        ),
        (
            "docs__error_400_invalid_sip_uri.json",
            400,
            "Invalid SIP URI format. Expected: sip:user@host:port",
        ),
        (
            "docs__error_409_username_exists.json",
            409,
            "Username already exists",
        ),
    ] {
        let body: types::VobizError = serde_json::from_value(fixture("vobiz", name)).expect(name);
        assert_eq!(body.code, Some(status), "{name}");
        assert_eq!(body.error.as_deref(), Some(message), "{name}");
    }
}

// ---------------------------------------------------------------------------------------------
// Call detail records

fn cdr_page(records: Vec<Value>, page: u64, has_next: bool) -> Value {
    json!({
        "account_id": "MA_XXXXXXXX",
        "count": records.len(),
        "data": records,
        "pagination": {"page": page, "per_page": 20, "total": 4500, "pages": 225, "has_next": has_next, "has_prev": page > 1},
        "success": true,
        "summary": {
            "answerRate": 48.2, "answeredCalls": 2171, "avgCallDuration": "28s",
            "last_call_at": "2026-03-25T10:00:00Z", "totalCalls": 4500,
            "total_billable_seconds": 61211, "total_cost": 1564.51, "total_duration_seconds": 118234
        }
    })
}

fn answered_cdr() -> Value {
    json!({
        "id": 18000000, "uuid": "aabbccdd-1234-5678-90ab-cdef12345678",
        "account_id": "MA_XXXXXXXX", "trunk_id": null,
        "call_direction": "outbound", "caller_id_number": "+919876543210",
        "destination_number": "+918012345678", "carrier_ip": "10.0.0.1",
        "duration": 47, "billsec": 42, "cost": 0.45, "streaming_cost": 0,
        "packet_loss": 0.1, "hangup_cause": "NORMAL_CLEARING", "hangup_cause_code": 4000,
        "answer_time": "2026-03-25T10:00:01Z"
    })
}

#[tokio::test]
async fn list_cdrs_sends_every_filter() {
    let server = MockServer::start_async().await;
    let start = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
    let end = NaiveDate::from_ymd_opt(2026, 3, 17).expect("date");
    let mock = server.list_cdrs(|when, then| {
        let when = when
            .from_number("9876543210")
            .to_number("1234567890")
            .start_date(&start)
            .end_date(&end)
            .call_direction(types::CallDirection::Outbound)
            .min_duration(10)
            .sip_call_id("sip-1")
            .bridge_uuid("bridge-1")
            .hangup_cause("NORMAL_CLEARING")
            .hangup_disposition("send_bye")
            .context("sip-trunking")
            .campaign_id("camp-1")
            .search("acme")
            .page(2)
            .per_page(50);
        // The documented wire format of the dates, spelled out.
        authed(when.into_inner())
            .path("/cdr")
            .query_param("start_date", "2026-03-01")
            .query_param("end_date", "2026-03-17");
        respond_json(
            then.into_inner(),
            200,
            cdr_page(vec![answered_cdr()], 2, true),
        );
    });
    let page = client(&server)
        .list_cdrs()
        .from_number("9876543210")
        .to_number("1234567890")
        .start_date(start)
        .end_date(end)
        .call_direction(types::CallDirection::Outbound)
        .min_duration(10)
        .sip_call_id("sip-1")
        .bridge_uuid("bridge-1")
        .hangup_cause("NORMAL_CLEARING")
        .hangup_disposition("send_bye")
        .context("sip-trunking")
        .campaign_id("camp-1")
        .search("acme")
        .page(2)
        .per_page(50)
        .send()
        .await
        .expect("list");
    mock.assert();
    let record = &page.data[0];
    assert_eq!(record.trunk_id, None);
    assert_eq!(record.carrier_ip, Some(json!("10.0.0.1")));
    assert_eq!(record.streaming_cost, Some(0.0));
    assert_eq!(
        record.call_direction,
        Some(OpenEnum::Known(types::CallDirection::Outbound))
    );
    let pagination = page.pagination.as_ref().expect("pagination");
    assert_eq!(
        (pagination.page, pagination.has_next),
        (Some(2), Some(true))
    );
    let summary = page.summary.as_ref().expect("summary");
    assert_eq!(summary.total_calls, Some(4500));
    assert_eq!(summary.avg_call_duration.as_deref(), Some("28s"));
    assert_eq!(summary.total_cost, Some(1564.51));
}

#[tokio::test]
async fn search_cdrs_echoes_its_filters() {
    let server = MockServer::start_async().await;
    let mock = server.search_cdrs(|when, then| {
        let when = when
            .call_direction(types::CallDirection::Inbound)
            .hangup_cause("NO_ANSWER")
            .page(None);
        authed(when.into_inner()).path("/cdr/search");
        let mut body = cdr_page(vec![], 1, false);
        body["filters"] = json!({"call_direction": "inbound", "hangup_cause": "NO_ANSWER"});
        respond_json(then.into_inner(), 200, body);
    });
    let page = client(&server)
        .search_cdrs()
        .call_direction(types::CallDirection::Inbound)
        .hangup_cause("NO_ANSWER")
        .send()
        .await
        .expect("search");
    mock.assert();
    assert!(page.data.is_empty());
    let filters = page.filters.as_ref().expect("filters");
    assert_eq!(filters.hangup_cause.as_deref(), Some("NO_ANSWER"));
}

#[tokio::test]
async fn list_recent_cdrs() {
    let server = MockServer::start_async().await;
    let mock = server.list_recent_cdrs(|when, then| {
        authed(when.limit(5).into_inner()).path("/cdr/recent");
        respond_json(
            then.into_inner(),
            200,
            json!({"account_id": "MA_XXXXXXXX", "count": 1, "data": [answered_cdr()], "success": true}),
        );
    });
    let recent = client(&server)
        .list_recent_cdrs()
        .limit(5)
        .send()
        .await
        .expect("recent");
    mock.assert();
    assert_eq!(recent.count, Some(1));
    assert_eq!(recent.data[0].id, Some(18000000));
}

#[tokio::test]
async fn export_cdrs_returns_the_csv_undecoded() {
    let server = MockServer::start_async().await;
    let csv = "uuid,duration\naabbccdd-1234-5678-90ab-cdef12345678,47\n";
    let mock = server.export_cdrs(|when, then| {
        let when = when.from_number("9876543210");
        authed(when.into_inner())
            .path("/cdr/export")
            .header_not("accept", "application/json");
        then.into_inner()
            .status(200)
            .header("content-type", "text/csv")
            .body(csv);
    });
    let response = client(&server)
        .export_cdrs()
        .from_number("9876543210")
        .send()
        .await
        .expect("export");
    mock.assert();
    let bytes = response
        .into_inner()
        .into_inner()
        .try_fold(Vec::new(), |mut all, chunk| async move {
            all.extend_from_slice(&chunk);
            Ok(all)
        })
        .await
        .expect("body");
    assert_eq!(String::from_utf8(bytes).expect("utf-8"), csv);
}

#[tokio::test]
async fn get_cdr_decodes_the_wrapped_record() {
    let server = MockServer::start_async().await;
    let uuid = "aabbccdd-1234-5678-90ab-cdef12345678";
    let mock = server.get_cdr(|when, then| {
        authed(when.call_id(uuid).into_inner()).path(format!("/cdr/{uuid}"));
        respond_json(
            then.into_inner(),
            200,
            json!({"data": answered_cdr(), "success": true}),
        );
    });
    let cdr = client(&server)
        .get_cdr()
        .call_id(uuid)
        .send()
        .await
        .expect("get");
    mock.assert();
    assert_eq!(cdr.success, Some(true));
    let record = cdr.data.as_ref().expect("data");
    assert_eq!(record.uuid.as_deref(), Some(uuid));
    assert_eq!(record.hangup_cause_code, Some(4000));
}

// ---------------------------------------------------------------------------------------------
// Number assignment

/// `+912271264217` goes out as `%2B912271264217`, as Vobiz documents; the body names the trunk
/// as `trunk_group_id`; any 2xx is success and a body is ignored.
#[tokio::test]
async fn assign_number_encodes_the_plus() {
    let server = MockServer::start_async().await;
    let mock = server.assign_number_to_trunk(|when, then| {
        authed(when.phone_number("%2B912271264217").into_inner())
            .path("/numbers/%2B912271264217/assign")
            .json_body(json!({"trunk_group_id": "e3e55a78-1234-5678-90ab-cdef12345678"}));
        respond_json(then.into_inner(), 200, json!({"message": "assigned"}));
    });
    let assigned = client(&server)
        .assign_number_to_trunk()
        .phone_number("+912271264217")
        .body(
            types::AssignNumberRequest::builder()
                .trunk_group_id("e3e55a78-1234-5678-90ab-cdef12345678"),
        )
        .send()
        .await
        .expect("assign");
    mock.assert();
    assert_eq!(assigned.status(), 200);
}

#[tokio::test]
async fn unassign_number_encodes_the_plus() {
    let server = MockServer::start_async().await;
    let mock = server.unassign_number_from_trunk(|when, then| {
        authed(when.phone_number("%2B14155550100").into_inner())
            .path("/numbers/%2B14155550100/assign");
        then.success(204);
    });
    let unassigned = client(&server)
        .unassign_number_from_trunk()
        .phone_number("+14155550100")
        .send()
        .await
        .expect("unassign");
    mock.assert();
    assert_eq!(unassigned.status(), 204);
}

#[tokio::test]
async fn an_unknown_number_is_a_typed_404() {
    let server = MockServer::start_async().await;
    server.unassign_number_from_trunk(|when, then| {
        when.phone_number("%2B10000000000");
        then.client_error(
            404,
            &types::VobizError {
                error: Some("Number not found".into()),
                code: Some(404),
            },
        );
    });
    let err = client(&server)
        .unassign_number_from_trunk()
        .phone_number("+10000000000")
        .send()
        .await
        .expect_err("404");
    let trunkline_vobiz::Error::ErrorResponse(body) = &err else {
        panic!("expected a typed error, got {err:?}");
    };
    assert_eq!((body.status().as_u16(), body.code), (404, Some(404)));
}

// ---------------------------------------------------------------------------------------------
// Paging: the 0.1 helpers `paginate` and `paginate_cdrs`, and CDR page numbers

/// Three pages of 100, 100 and 50 trunks (`meta.total` = 250): three requests with
/// `limit=100` and offsets 0, 100, 200, then the stream ends.
#[tokio::test]
async fn three_trunk_pages_by_limit_and_offset() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for (offset, count) in [(0usize, 100usize), (100, 100), (200, 50)] {
        let objects: Vec<Value> = (offset..offset + count).map(paged_trunk).collect();
        mocks.push(server.list_trunks(move |when, then| {
            authed(when.limit(100).offset(offset as i64).into_inner());
            then.ok(&serde_json::from_value(json!({
                "meta": {"limit": 100, "offset": offset, "total": 250},
                "objects": objects
            }))
            .expect("page"));
        }));
    }
    // Anything else (a fourth page) would be a bug: answer it with an error the test sees.
    let stray = server.list_trunks(|when, then| {
        when.offset(300);
        then.client_error(400, &types::VobizError::default());
    });
    let vobiz = client(&server);
    // Asking for more than Vobiz's maximum is clamped to 100.
    let trunks: Vec<types::Trunk> = trunkline_vobiz::paginate(1_000, |offset, limit| {
        vobiz.list_trunks().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("all pages");
    let ids: Vec<String> = trunks.into_iter().map(|t| t.trunk_id).collect();
    assert_eq!(
        ids,
        (0..250).map(|i| format!("trunk-{i}")).collect::<Vec<_>>()
    );
    for mock in mocks {
        mock.assert();
    }
    assert_eq!(stray.calls(), 0, "no request past meta.total");
}

/// Two CDR pages: `page=1` says `has_next`, `page=2` does not; filters go on every request.
#[tokio::test]
async fn two_cdr_pages_by_page_and_per_page() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for (page, range, has_next) in [(1i64, 0..50usize, true), (2, 50..70, false)] {
        let data: Vec<Value> = range.clone().map(paged_cdr).collect();
        mocks.push(server.list_cdrs(move |when, then| {
            authed(
                when.page(page)
                    .per_page(50)
                    .call_direction(types::CallDirection::Inbound)
                    .into_inner(),
            );
            then.ok(&serde_json::from_value(json!({
                "account_id": AUTH_ID,
                "count": data.len(),
                "data": data,
                "pagination": {"page": page, "per_page": 50, "total": 70, "pages": 2, "has_next": has_next, "has_prev": page > 1},
                "success": true
            }))
            .expect("page"));
        }));
    }
    let stray = server.list_cdrs(|when, then| {
        when.page(3);
        then.client_error(400, &types::VobizError::default());
    });
    let vobiz = client(&server);
    let records: Vec<types::Cdr> = trunkline_vobiz::paginate_cdrs(50, |page, per_page| {
        vobiz
            .list_cdrs()
            .call_direction(types::CallDirection::Inbound)
            .page(page)
            .per_page(per_page)
            .send()
    })
    .try_collect()
    .await
    .expect("all pages");
    let ids: Vec<String> = records.into_iter().filter_map(|r| r.uuid).collect();
    assert_eq!(
        ids,
        (0..70).map(|i| format!("call-{i}")).collect::<Vec<_>>()
    );
    for mock in mocks {
        mock.assert();
    }
    assert_eq!(stray.calls(), 0, "has_next: false ends the list");
}

/// `search_cdrs().stream()` pages the same way; without `has_next` the page count decides.
#[tokio::test]
async fn search_cdrs_pages_by_page_count() {
    let server = MockServer::start_async().await;
    for page in 1..=2i64 {
        server.search_cdrs(move |when, then| {
            authed(
                when.page(page)
                    .per_page(100)
                    .hangup_cause("NO_ANSWER")
                    .into_inner(),
            );
            respond_json(
                then.into_inner(),
                200,
                json!({
                    "data": [paged_cdr(page as usize)],
                    "pagination": {"page": page, "pages": 2},
                    "filters": {"hangup_cause": "NO_ANSWER"}
                }),
            );
        });
    }
    let vobiz = client(&server);
    let ids: Vec<Option<i64>> = vobiz
        .search_cdrs()
        .hangup_cause("NO_ANSWER")
        .stream()
        .page_size(500)
        .map_ok(|r| r.id)
        .try_collect()
        .await
        .expect("both pages");
    assert_eq!(ids, [Some(1), Some(2)]);
}

/// The 0.1 `paginate` clamps a page size of 0 to 1.
#[tokio::test]
async fn paginate_clamps_a_page_size_of_zero_to_one() {
    let server = MockServer::start_async().await;
    let uris = server.list_origination_uris(|when, then| {
        authed(when.limit(1).offset(0).into_inner());
        respond_json(
            then.into_inner(),
            200,
            json!({
                "meta": {"limit": 1, "offset": 0, "total": 1},
                "objects": [{"id": "u1", "transport": "TCP"}]
            }),
        );
    });
    let vobiz = client(&server);
    let all: Vec<types::OriginationUri> = trunkline_vobiz::paginate(0, |offset, limit| {
        vobiz
            .list_origination_uris()
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("one page");
    assert_eq!(all.len(), 1);
    uris.assert();
}

fn paged_trunk(i: usize) -> Value {
    json!({"trunk_id": format!("trunk-{i}"), "trunk_direction": "outbound", "trunk_status": "active"})
}

fn paged_cdr(i: usize) -> Value {
    json!({"id": i, "uuid": format!("call-{i}"), "call_direction": "inbound", "duration": 12})
}
