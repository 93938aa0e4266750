//! Every Vobiz operation through the typed httpmock mocks: method, exact path, query string,
//! exact JSON body, both auth headers (`X-Auth-ID`, `X-Auth-Token`) and the absence of
//! progenitor's `api-version` header are checked by the mock; responses are the raw fixtures
//! from Vobiz's docs (tests/fixtures/vobiz/) where one exists, which the client must decode.
//! (What every vendor shares is the shared suite's, `tests/vendors/`.)

use futures::TryStreamExt;
use httpmock::prelude::*;
use serde_json::{Value, json};
use trunkline_core::{OpenEnum, SecretString};
use trunkline_tests::{fixture, fixture_names};
use trunkline_vobiz::chrono::NaiveDate;
use trunkline_vobiz::mock::MockServerExt;
use trunkline_vobiz::{Client, ClientBuilder, Error, types};

use crate::support::{
    assert_every_fixture_named, assert_every_operation_mocked, no_retry, respond_json,
};

const AUTH_ID: &str = "MA_TESTVOBIZ01";
const TOKEN: &str = "vobiz-test-token-0123";
const TRUNK_ID: &str = "aabbccdd-1234-5678-90ab-cdef12345678";
/// The id of the credential, IP ACL entry and URI of Vobiz's create examples.
const ID: &str = "aabbccdd-1234-5678-90ab-cdef12345678";

fn client(server: &MockServer) -> Client {
    ClientBuilder::new(AUTH_ID, TOKEN)
        .api_base_url(server.base_url())
        .config(no_retry())
        .build()
        .expect("client")
}

fn respond(then: httpmock::Then, status: u16, name: &str) -> httpmock::Then {
    crate::support::respond(then, status, "vobiz", name)
}

/// Both auth headers, exactly, and no `api-version`.
fn authed(when: httpmock::When) -> httpmock::When {
    when.header("x-auth-id", AUTH_ID)
        .header("x-auth-token", TOKEN)
        .header_missing("api-version")
        .header_missing("authorization")
}

fn known<T>(value: T) -> Option<OpenEnum<T>> {
    Some(OpenEnum::Known(value))
}

fn password(text: &str) -> SecretString {
    SecretString::from(text)
}

/// Status, message and code of an error that must be Vobiz's typed error body.
fn vobiz_error<T: std::fmt::Debug>(
    result: Result<T, Error<types::VobizError>>,
) -> (u16, Option<String>, Option<i64>) {
    match result {
        Err(Error::ErrorResponse(body)) => (body.status().as_u16(), body.error.clone(), body.code),
        other => panic!("expected a typed error, got {other:?}"),
    }
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
        .await;
    let page = page.expect("list");
    mock.assert();
    let meta = page.meta.as_ref().expect("meta");
    assert_eq!(
        (meta.limit, meta.offset, meta.total),
        (Some(20), Some(0), Some(2))
    );
    let [first, second] = &page.objects[..] else {
        panic!("two trunks: {:?}", page.objects);
    };
    assert_eq!(first.trunk_id, TRUNK_ID);
    let cred = first.credential_uuid.as_deref();
    assert_eq!(cred, Some("aabbccdd-1234-5678-90ab-cdef12345679"));
    assert_eq!(
        first.primary_uri_uuid, None,
        "omitted fields decode as None"
    );
    assert_eq!(
        first.trunk_direction,
        known(types::TrunkDirection::Outbound)
    );
    let updated = first.updated_at.map(|t| t.to_rfc3339());
    assert_eq!(updated.as_deref(), Some("2026-04-29T06:45:15.188437+00:00"));
    assert_eq!(
        second.trunk_direction,
        known(types::TrunkDirection::Inbound)
    );
    let destination = second.inbound_destination.as_deref();
    assert_eq!(destination, Some("aabbccdd-1234-5678-90ab-cdef1234567b"));
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
    let trunk = client(&server).get_trunk().trunk_id(TRUNK_ID).send().await;
    let trunk = trunk.expect("get");
    mock.assert();
    assert_eq!(trunk.name.as_deref(), Some("Acme Production Trunk"));
    // `both` is documented only by example; it is a known value here.
    assert_eq!(trunk.trunk_direction, known(types::TrunkDirection::Both));
    assert_eq!(trunk.trunk_status, known(types::TrunkStatus::Active));
    assert_eq!(trunk.transport, known(types::Transport::Udp));
    assert_eq!(trunk.webhook_method, known(types::WebhookMethod::Post));
    assert_eq!(
        (trunk.concurrent_calls_limit, trunk.cps_limit),
        (Some(10), Some(2))
    );
    assert_eq!(trunk.secure, Some(false));
}

/// The create-trunk page's request shape (`trunk_type`, `max_concurrent_calls`) and the newer
/// OpenAPI revision's (`trunk_direction`, `concurrent_calls_limit`, webhook and attachment
/// fields): each decoded from its fixture into the generated request type, built the same by
/// the builder (the page's), and sent verbatim; both 201 and 200 answers decode.
#[tokio::test]
async fn create_trunk_sends_either_documented_request_shape() {
    let prose = fixture("vobiz", "docs__create_trunk_request_prose.json");
    let request: types::CreateTrunkRequest = serde_json::from_value(prose.clone()).expect("page");
    assert_eq!(request.trunk_type, Some(types::TrunkType::Outbound));
    assert_eq!(request.max_concurrent_calls, Some(10));
    assert_eq!(request.trunk_direction, None);
    let built = types::CreateTrunkRequest::builder()
        .name("My SIP Trunk")
        .trunk_type(types::TrunkType::Outbound)
        .max_concurrent_calls(10);
    let built = types::CreateTrunkRequest::try_from(built).expect("builder");
    assert_eq!(serde_json::to_value(&built).expect("json"), prose);

    let newer = fixture("vobiz", "docs__create_trunk_request_openapi_example.json");
    let newer_request: types::CreateTrunkRequest =
        serde_json::from_value(newer.clone()).expect("the newer shape decodes");
    let direction = Some(types::RequestedTrunkDirection::Outbound);
    assert_eq!(newer_request.trunk_direction, direction);
    assert_eq!(newer_request.concurrent_calls_limit, Some(50));
    assert_eq!(newer_request.cps_limit, Some(15));
    assert_eq!(newer_request.transport, Some(types::Transport::Udp));
    assert_eq!(
        newer_request.webhook_method,
        Some(types::WebhookMethod::Post)
    );
    assert_eq!(newer_request.credential_uuid.as_deref(), Some("b1e2..."));
    assert_eq!(newer_request.trunk_type, None);
    let lossless = serde_json::to_value(&newer_request).expect("json");
    assert_eq!(lossless, newer, "lossless");

    // The embedded OpenAPI block declares 200 as well as 201.
    for (raw, request, status) in [(prose, request, 201), (newer, newer_request, 200)] {
        let server = MockServer::start_async().await;
        let mock = server.create_trunk(|when, then| {
            let when = authed(when.into_inner()).header("content-type", "application/json");
            when.json_body(raw.clone());
            respond(
                then.into_inner(),
                status,
                "docs__create_trunk_response_201.json",
            );
        });
        let created = client(&server).create_trunk().body(request).send().await;
        let created = created.expect("create");
        mock.assert();
        assert_eq!(created.status(), status);
        // Vobiz's example answers with other values than were sent (#5): the shape matters.
        assert_eq!(created.trunk_id, TRUNK_ID);
        let domain = created.trunk_domain.as_deref();
        assert_eq!(
            domain,
            Some("aabbccdd-1234-5678-90ab-cdef12345678.sip.vobiz.ai")
        );
        assert_eq!(created.cps_limit, Some(2));
    }
}

#[tokio::test]
async fn an_overlong_trunk_name_is_refused_before_sending() {
    let server = MockServer::start_async().await;
    let mut any = server.mock(|when, then| {
        when.any_request();
        then.status(201);
    });
    let vobiz = client(&server);
    let name = |length| types::CreateTrunkRequest::builder().name("y".repeat(length));
    let long = name(256)
        .trunk_type(types::TrunkType::Inbound)
        .max_concurrent_calls(1);
    let err = vobiz
        .create_trunk()
        .body(long)
        .send()
        .await
        .expect_err("256 characters");
    assert!(
        matches!(&err, Error::InvalidRequest(msg) if msg.contains("name") && msg.contains("255")),
        "{err:?}"
    );
    assert_eq!(any.calls(), 0);
    any.delete();
    // 255 is fine.
    let created = server.create_trunk(|when, then| {
        let body = json!({"name": "y".repeat(255)}).to_string();
        when.into_inner().json_body_includes(body);
        respond(
            then.into_inner(),
            201,
            "docs__create_trunk_response_201.json",
        );
    });
    vobiz
        .create_trunk()
        .body(name(255))
        .send()
        .await
        .expect("255 characters");
    created.assert();
}

/// Update is a `PUT` (the typed mock matches the method) with the update page's replace body,
/// and can attach a credential, an IP ACL entry and two URIs.
#[tokio::test]
async fn update_trunk_is_a_put_that_can_attach_everything() {
    let raw = fixture("vobiz", "docs__update_trunk_request_prose.json");
    let request: types::UpdateTrunkRequest = serde_json::from_value(raw.clone()).expect("decodes");
    let built = types::UpdateTrunkRequest::builder()
        .name("Updated Production Trunk")
        .max_concurrent_calls(10)
        .enabled(true);
    let built = types::UpdateTrunkRequest::try_from(built).expect("builder");
    assert_eq!(serde_json::to_value(&built).expect("json"), raw);
    let attach = types::UpdateTrunkRequest::builder()
        .name("pbx")
        .max_concurrent_calls(5)
        .enabled(false)
        .credential_uuid("cred-1")
        .ipacl_uuid("acl-1")
        .primary_uri_uuid("uri-1")
        .fallback_uri_uuid("uri-2");
    let attach = types::UpdateTrunkRequest::try_from(attach).expect("builder");
    let attached = json!({
        "name": "pbx", "max_concurrent_calls": 5, "enabled": false, "credential_uuid": "cred-1",
        "ipacl_uuid": "acl-1", "primary_uri_uuid": "uri-1", "fallback_uri_uuid": "uri-2"
    });

    for (request, body) in [(request, raw), (attach, attached)] {
        let server = MockServer::start_async().await;
        let mock = server.update_trunk(|when, then| {
            let when = authed(when.trunk_id(TRUNK_ID).into_inner()).method(PUT);
            when.path(format!("/trunks/{TRUNK_ID}"))
                .json_body(body.clone());
            respond(
                then.into_inner(),
                200,
                "docs__retrieve_trunk_response_200.json",
            );
        });
        let vobiz = client(&server);
        let update = vobiz.update_trunk().trunk_id(TRUNK_ID).body(request);
        assert_eq!(update.send().await.expect("update").trunk_id, TRUNK_ID);
        mock.assert();
    }
}

/// Deletes accept any 2xx and ignore the body: 204, and the `200` with a JSON *string* body
/// Vobiz's OpenAPI block documents.
#[tokio::test]
async fn delete_trunk_accepts_204_and_200_with_a_json_string_body() {
    for (status, body) in [
        (204, None),
        (200, Some(json!("Trunk deleted successfully"))),
    ] {
        let server = MockServer::start_async().await;
        let mock = server.delete_trunk(|when, then| {
            authed(when.trunk_id(TRUNK_ID).into_inner());
            match &body {
                Some(body) => drop(respond_json(then.into_inner(), status, body.clone())),
                None => drop(then.success(status)),
            }
        });
        let deleted = client(&server)
            .delete_trunk()
            .trunk_id(TRUNK_ID)
            .send()
            .await;
        assert_eq!(deleted.expect("delete").status(), status);
        mock.assert();
    }
}

// ---------------------------------------------------------------------------------------------
// Credentials, IP ACL entries, origination URIs

#[tokio::test]
async fn credentials_lifecycle() {
    let server = MockServer::start_async().await;
    let list = server.list_credentials(|when, then| {
        // Listed under /trunks/credentials, created under /credentials (#17).
        authed(when.limit(20).offset(0).into_inner()).path("/trunks/credentials");
        let listed = json!({
            "id": "11223344-1234-5678-90ab-cdef12345678", "account_id": "MA_XXXXXXXX",
            "username": "acme_sip_user_01", "password": "<redacted>",
            "realm": "MA_XXXXXXXX.sip.vobiz.ai", "enabled": true,
            "created_at": "2026-03-25T10:00:00Z", "updated_at": "2026-03-25T10:00:00Z"
        });
        let page = json!({"meta": {"limit": 20, "offset": 0, "total": 1}, "objects": [listed]});
        respond_json(then.into_inner(), 200, page);
    });
    let create = server.create_credential(|when, then| {
        let body = json!({"username": "sipuser_demo", "password": "s3cure-Passw0rd"});
        authed(when.into_inner())
            .path("/credentials")
            .json_body(body);
        respond(
            then.into_inner(),
            201,
            "docs__create_credential_response_201.json",
        );
    });
    let update = server.update_credential(|when, then| {
        let when = authed(when.credential_id(ID).into_inner()).method(PUT);
        let body = json!({"password": "n3w-Passw0rd", "enabled": false});
        when.path(format!("/credentials/{ID}")).json_body(body);
        let updated = json!({"id": ID, "username": "sipuser_demo", "password": "<redacted>", "enabled": false});
        respond_json(then.into_inner(), 200, updated);
    });
    let delete = server.delete_credential(|when, then| {
        authed(when.credential_id(ID).into_inner()).path(format!("/credentials/{ID}"));
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
    let body = types::CreateCredentialRequest::builder()
        .username("sipuser_demo")
        .password(password("s3cure-Passw0rd"));
    let created = vobiz
        .create_credential()
        .body(body)
        .send()
        .await
        .expect("create");
    assert_eq!(created.status(), 201);
    assert_eq!(created.id, ID);
    assert_eq!(created.realm.as_deref(), Some("MA_XXXXXXXX.sip.vobiz.ai"));
    // The response's `password: "<redacted>"` is not modelled: nothing secret is kept.
    assert!(!format!("{created:?}").contains("redacted"));
    let body = types::UpdateCredentialRequest::builder()
        .password(password("n3w-Passw0rd"))
        .enabled(false);
    let updated = vobiz
        .update_credential()
        .credential_id(ID)
        .body(body)
        .send()
        .await;
    assert_eq!(updated.expect("update").enabled, Some(false));
    vobiz
        .delete_credential()
        .credential_id(ID)
        .send()
        .await
        .expect("delete");
    for mock in [list, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn ip_acl_entries_lifecycle() {
    let server = MockServer::start_async().await;
    let list = server.list_ip_acl_entries(|when, then| {
        authed(when.limit(None).offset(40).into_inner()).path("/trunks/ip-acl");
        let entry = json!({
            "id": ID, "account_id": "", "ip_address": "10.20.30.0/24", "description": "",
            "enabled": true
        });
        let page = json!({"meta": {"limit": 20, "offset": 40, "total": 41}, "objects": [entry]});
        respond_json(then.into_inner(), 200, page);
    });
    let create = server.create_ip_acl_entry(|when, then| {
        let body = json!({"name": "FreePBX server in data center", "ip_address": "10.20.30.0/24"});
        authed(when.into_inner()).path("/ip-acl").json_body(body);
        respond(
            then.into_inner(),
            201,
            "docs__create_ip_acl_response_201.json",
        );
    });
    let update = server.update_ip_acl_entry(|when, then| {
        let when = authed(when.ip_acl_id(ID).into_inner()).method(PUT);
        let body = json!({"name": "office", "ip_address": "10.20.31.7"});
        when.path(format!("/ip-acl/{ID}")).json_body(body);
        let updated = json!({"id": ID, "ip_address": "10.20.31.7", "description": "office"});
        respond_json(then.into_inner(), 200, updated);
    });
    let delete = server.delete_ip_acl_entry(|when, then| {
        authed(when.ip_acl_id(ID).into_inner()).path(format!("/ip-acl/{ID}"));
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
    let body = types::CreateIpAclEntryRequest::builder()
        .name("FreePBX server in data center")
        .ip_address("10.20.30.0/24");
    let created = vobiz
        .create_ip_acl_entry()
        .body(body)
        .send()
        .await
        .expect("create");
    // The name sent comes back as `description` (#23).
    let description = created.description.as_deref();
    assert_eq!(description, Some("FreePBX server in data center"));
    assert_eq!(created.ip_address.as_deref(), Some("10.20.30.0/24"));
    let body = types::UpdateIpAclEntryRequest::builder()
        .name("office")
        .ip_address("10.20.31.7");
    let updated = vobiz
        .update_ip_acl_entry()
        .ip_acl_id(ID)
        .body(body)
        .send()
        .await;
    assert_eq!(
        updated.expect("update").description.as_deref(),
        Some("office")
    );
    vobiz
        .delete_ip_acl_entry()
        .ip_acl_id(ID)
        .send()
        .await
        .expect("delete");
    for mock in [list, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn origination_uris_lifecycle() {
    let server = MockServer::start_async().await;
    let list = server.list_origination_uris(|when, then| {
        authed(when.limit(100).into_inner()).path("/trunks/origination-uris");
        let objects = json!([
            {"id": "u1", "uri": "sip:sbc1.example.com", "priority": 1, "weight": 10, "transport": "tls"},
            // Vobiz's own example shows an uppercase transport: kept, not a failure.
            {"id": "u2", "uri": "sip:sbc2.example.com", "priority": 2, "transport": "TCP"}
        ]);
        let page = json!({"meta": {"limit": 100, "offset": 0, "total": 2}, "objects": objects});
        respond_json(then.into_inner(), 200, page);
    });
    let create = server.create_origination_uri(|when, then| {
        let body = json!({
            "name": "Primary SBC", "sip_uri": "sip:provider@sip.example.com:5060", "priority": 1
        });
        authed(when.into_inner())
            .path("/origination-uris")
            .json_body(body);
        respond(
            then.into_inner(),
            201,
            "docs__create_origination_uri_response_201.json",
        );
    });
    let update = server.update_origination_uri(|when, then| {
        let when = authed(when.uri_id(ID).into_inner()).method(PUT);
        let body = json!({"name": "Backup SBC", "priority": 2});
        when.path(format!("/origination-uris/{ID}")).json_body(body);
        let updated = json!({"id": ID, "priority": 2, "description": "Backup SBC"});
        respond_json(then.into_inner(), 200, updated);
    });
    let delete = server.delete_origination_uri(|when, then| {
        authed(when.uri_id(ID).into_inner()).path(format!("/origination-uris/{ID}"));
        then.success(204);
    });
    let vobiz = client(&server);

    let page = vobiz
        .list_origination_uris()
        .limit(100)
        .send()
        .await
        .expect("list");
    assert_eq!(page.objects[0].transport, known(types::Transport::Tls));
    assert_eq!(
        page.objects[1].transport,
        Some(OpenEnum::Unknown("TCP".to_string()))
    );
    assert_eq!(page.objects[1].weight, None);
    let body = types::CreateOriginationUriRequest::builder()
        .name("Primary SBC")
        .sip_uri("sip:provider@sip.example.com:5060")
        .priority(1);
    let created = vobiz
        .create_origination_uri()
        .body(body)
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
    let body = types::UpdateOriginationUriRequest::builder()
        .name("Backup SBC")
        .priority(2);
    let updated = vobiz
        .update_origination_uri()
        .uri_id(ID)
        .body(body)
        .send()
        .await;
    assert_eq!(updated.expect("update").priority, Some(2));
    vobiz
        .delete_origination_uri()
        .uri_id(ID)
        .send()
        .await
        .expect("delete");
    for mock in [list, create, update, delete] {
        mock.assert();
    }
}

/// The error answers Vobiz documents, each on its operation: the typed `{error, code}` body
/// with the status, and for a request carrying a password, no password in the error. Each
/// error fixture also decodes on its own.
#[tokio::test]
async fn documented_error_answers_decode_into_the_typed_body() {
    let server = MockServer::start_async().await;
    let taken = server.create_credential(|when, then| {
        authed(when.into_inner());
        respond(
            then.into_inner(),
            409,
            "docs__error_409_username_exists.json",
        );
    });
    let bad_ip = server.create_ip_acl_entry(|when, then| {
        let body = json!({"name": "docs", "ip_address": "2001:db8::1"});
        authed(when.into_inner()).json_body(body);
        respond(then.into_inner(), 400, "docs__error_400_invalid_ip.json");
    });
    let bad_uri = server.create_origination_uri(|when, then| {
        authed(when.into_inner());
        respond(
            then.into_inner(),
            400,
            "docs__error_400_invalid_sip_uri.json",
        );
    });
    let busy = server.delete_trunk(|when, then| {
        when.trunk_id(TRUNK_ID);
        let body = types::VobizError {
            error: Some("Trunk has active calls".into()),
            code: Some(409),
        };
        then.client_error(409, &body);
    });
    let unknown = server.unassign_number_from_trunk(|when, then| {
        when.phone_number("%2B10000000000");
        let body = types::VobizError {
            error: Some("Number not found".into()),
            code: Some(404),
        };
        then.client_error(404, &body);
    });
    let vobiz = client(&server);

    let body = types::CreateCredentialRequest::builder()
        .username("sipuser_demo")
        .password(password("s3cure-Passw0rd"));
    let err = vobiz
        .create_credential()
        .body(body)
        .send()
        .await
        .expect_err("409");
    assert!(!format!("{err:?} {err}").contains("s3cure-Passw0rd"));
    let message = |m: &str| Some(m.to_owned());
    assert_eq!(
        vobiz_error(Err::<(), _>(err)),
        (409, message("Username already exists"), Some(409))
    );
    let body = types::CreateIpAclEntryRequest::builder()
        .name("docs")
        .ip_address("2001:db8::1");
    let err = vobiz.create_ip_acl_entry().body(body).send().await;
    assert_eq!(
        vobiz_error(err),
        (400, message("Invalid IP address format"), Some(400))
    );
    let body = types::CreateOriginationUriRequest::builder()
        .name("bad")
        .sip_uri("sbc.example.com")
        .priority(1);
    let err = vobiz.create_origination_uri().body(body).send().await;
    let invalid_uri = "Invalid SIP URI format. Expected: sip:user@host:port";
    assert_eq!(vobiz_error(err), (400, message(invalid_uri), Some(400)));
    let err = vobiz.delete_trunk().trunk_id(TRUNK_ID).send().await;
    assert_eq!(
        vobiz_error(err),
        (409, message("Trunk has active calls"), Some(409))
    );
    let err = vobiz
        .unassign_number_from_trunk()
        .phone_number("+10000000000")
        .send()
        .await;
    assert_eq!(
        vobiz_error(err),
        (404, message("Number not found"), Some(404))
    );
    for mock in [taken, bad_ip, bad_uri, busy, unknown] {
        mock.assert();
    }

    for (name, code, text) in [
        (
            "docs__error_400_invalid_ip.json",
            400,
            "Invalid IP address format",
        ),
        ("docs__error_400_invalid_sip_uri.json", 400, invalid_uri),
        (
            "docs__error_409_username_exists.json",
            409,
            "Username already exists",
        ),
    ] {
        let body: types::VobizError = serde_json::from_value(fixture("vobiz", name)).expect(name);
        assert_eq!(
            (body.code, body.error.as_deref()),
            (Some(code), Some(text)),
            "{name}"
        );
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
    assert_eq!(record.call_direction, known(types::CallDirection::Outbound));
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
    let vobiz = client(&server);
    let search = vobiz
        .search_cdrs()
        .call_direction(types::CallDirection::Inbound);
    let page = search
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
        let body = json!({"account_id": "MA_XXXXXXXX", "count": 1, "data": [answered_cdr()], "success": true});
        respond_json(then.into_inner(), 200, body);
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
        let when = authed(when.from_number("9876543210").into_inner()).path("/cdr/export");
        when.header_not("accept", "application/json");
        then.into_inner()
            .status(200)
            .header("content-type", "text/csv")
            .body(csv);
    });
    let response = client(&server)
        .export_cdrs()
        .from_number("9876543210")
        .send()
        .await;
    let response = response.expect("export");
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
async fn assign_and_unassign_number_encode_the_plus() {
    let server = MockServer::start_async().await;
    let trunk = "e3e55a78-1234-5678-90ab-cdef12345678";
    let assign = server.assign_number_to_trunk(|when, then| {
        let when = authed(when.phone_number("%2B912271264217").into_inner());
        let body = json!({"trunk_group_id": trunk});
        when.path("/numbers/%2B912271264217/assign").json_body(body);
        respond_json(then.into_inner(), 200, json!({"message": "assigned"}));
    });
    let unassign = server.unassign_number_from_trunk(|when, then| {
        let when = authed(when.phone_number("%2B14155550100").into_inner());
        when.path("/numbers/%2B14155550100/assign");
        then.success(204);
    });
    let vobiz = client(&server);
    let body = types::AssignNumberRequest::builder().trunk_group_id(trunk);
    let assigned = vobiz
        .assign_number_to_trunk()
        .phone_number("+912271264217")
        .body(body);
    assert_eq!(assigned.send().await.expect("assign").status(), 200);
    let unassigned = vobiz
        .unassign_number_from_trunk()
        .phone_number("+14155550100");
    assert_eq!(unassigned.send().await.expect("unassign").status(), 204);
    assign.assert();
    unassign.assert();
}

// ---------------------------------------------------------------------------------------------
// Paging: the 0.1 helpers `paginate` and `paginate_cdrs`, and CDR page numbers

/// The 0.1 helpers read to the reported end. `paginate`: trunks in pages of 100, 100 and 50
/// (`meta.total` = 250), a page size above Vobiz's 100 clamped to it. `paginate_cdrs`: `page=1`
/// says `has_next`, `page=2` does not, and the filter goes on every request.
#[tokio::test]
async fn the_0_1_paginate_helpers_read_to_the_reported_end() {
    let server = MockServer::start_async().await;
    let mut mocks = Vec::new();
    for (offset, count) in [(0usize, 100usize), (100, 100), (200, 50)] {
        let objects: Vec<Value> = (offset..offset + count).map(paged_trunk).collect();
        let meta = json!({"limit": 100, "offset": offset, "total": 250});
        let page = json!({"meta": meta, "objects": objects});
        mocks.push(server.list_trunks(move |when, then| {
            authed(when.limit(100).offset(offset as i64).into_inner());
            respond_json(then.into_inner(), 200, page);
        }));
    }
    for (page, range, has_next) in [(1i64, 0..50usize, true), (2, 50..70, false)] {
        let data: Vec<Value> = range.map(paged_cdr).collect();
        let pagination = json!({
            "page": page, "per_page": 50, "total": 70, "pages": 2, "has_next": has_next,
            "has_prev": page > 1
        });
        let body = json!({
            "account_id": AUTH_ID, "count": data.len(), "data": data, "pagination": pagination,
            "success": true
        });
        mocks.push(server.list_cdrs(move |when, then| {
            let when = when.page(page).per_page(50);
            authed(
                when.call_direction(types::CallDirection::Inbound)
                    .into_inner(),
            );
            respond_json(then.into_inner(), 200, body);
        }));
    }
    // Anything past the end would be a bug: answered with an error the test sees.
    let past_trunks = server.list_trunks(|when, then| {
        when.offset(300);
        then.client_error(400, &types::VobizError::default());
    });
    let past_cdrs = server.list_cdrs(|when, then| {
        when.page(3);
        then.client_error(400, &types::VobizError::default());
    });
    let vobiz = client(&server);
    let numbered = |prefix: &str, n| (0..n).map(|i| format!("{prefix}{i}")).collect::<Vec<_>>();

    let trunks = trunkline_vobiz::paginate(1_000, |offset, limit| {
        vobiz.list_trunks().offset(offset).limit(limit).send()
    });
    let trunks: Vec<types::Trunk> = trunks.try_collect().await.expect("all pages");
    let ids: Vec<String> = trunks.into_iter().map(|t| t.trunk_id).collect();
    assert_eq!(ids, numbered("trunk-", 250));
    let records = trunkline_vobiz::paginate_cdrs(50, |page, per_page| {
        let list = vobiz
            .list_cdrs()
            .call_direction(types::CallDirection::Inbound);
        list.page(page).per_page(per_page).send()
    });
    let records: Vec<types::Cdr> = records.try_collect().await.expect("all pages");
    let ids: Vec<String> = records.into_iter().filter_map(|r| r.uuid).collect();
    assert_eq!(ids, numbered("call-", 70));
    for mock in mocks {
        mock.assert();
    }
    let past = (past_trunks.calls(), past_cdrs.calls());
    assert_eq!(
        past,
        (0, 0),
        "no request past meta.total or has_next: false"
    );
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

/// `trunkline-vobiz`'s typed client against `trunkline-emulator`, for what neither the typed
/// mocks (`vobiz.rs`), the emulator's own tests nor the shared suite show: every list streamed
/// across pages, CDR filters on every page, detaching with `""` and what a trunk's delete takes
/// with it, a URI's transport, numbers assigned by E.164 with their `+`, and every rule the
/// emulator enforces answered as the typed `{error, code}` body, changing nothing.
mod emulator {
    use futures::{StreamExt, TryStreamExt};
    use trunkline_core::{OpenEnum, SecretString};
    use trunkline_emulator::{
        DEFAULT_VOBIZ_AUTH_ID, DEFAULT_VOBIZ_PHONE_NUMBERS, Emulator, VobizCdr,
    };
    use trunkline_vobiz::{Client, types};

    use crate::support::{
        assert_each_once, error_response, pairs, query_pairs, requests, start, vobiz,
    };

    /// The path of a Vobiz resource of the default account, e.g. `account_path("trunks")`.
    fn account_path(rest: &str) -> String {
        format!("/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/{rest}")
    }

    /// Asserts a typed Vobiz error: status, `code` (the status again) and a message containing
    /// `needle`.
    fn assert_vobiz_error<T>(
        result: Result<T, trunkline_vobiz::Error<types::VobizError>>,
        status: u16,
        needle: &str,
    ) {
        let (got, body) = error_response(result);
        assert_eq!(got, status, "status of {body:?}");
        assert_eq!(body.code, Some(i64::from(status)), "code of {body:?}");
        let message = body.error.as_deref().unwrap_or_default();
        assert!(
            message.contains(needle),
            "expected {needle:?} in {message:?}"
        );
    }

    /// The `(cursor, size)` query parameters of every GET the emulator received on `path`.
    fn list_requests(
        emulator: &Emulator,
        path: &str,
        cursor: &str,
        size: &str,
    ) -> Vec<(String, String)> {
        query_pairs(
            &emulator.vobiz().requests(),
            "GET",
            &account_path(path),
            cursor,
            size,
        )
    }

    async fn create_trunk(vobiz: &Client, name: &str, kind: types::TrunkType) -> String {
        let body = types::CreateTrunkRequest::builder()
            .name(name)
            .trunk_type(kind)
            .max_concurrent_calls(10);
        let created = vobiz.create_trunk().body(body).send().await;
        created.expect("create trunk").into_inner().trunk_id
    }

    async fn create_credential(vobiz: &Client, username: &str) -> String {
        let body = types::CreateCredentialRequest::builder()
            .username(username)
            .password(SecretString::from("a-long-password"));
        let created = vobiz.create_credential().body(body).send().await;
        created.expect("create credential").into_inner().id
    }

    async fn create_ip_acl(vobiz: &Client, name: &str, ip: &str) -> String {
        let body = types::CreateIpAclEntryRequest::builder()
            .name(name)
            .ip_address(ip);
        let created = vobiz.create_ip_acl_entry().body(body).send().await;
        created.expect("create IP ACL entry").into_inner().id
    }

    async fn create_uri(vobiz: &Client, name: &str, sip_uri: &str) -> types::OriginationUri {
        let body = types::CreateOriginationUriRequest::builder()
            .name(name)
            .sip_uri(sip_uri)
            .priority(1);
        let created = vobiz.create_origination_uri().body(body).send().await;
        created.expect("create origination URI").into_inner()
    }

    async fn ids<T, E: std::fmt::Debug>(
        stream: impl futures::Stream<Item = Result<T, E>>,
        id: impl Fn(T) -> String,
    ) -> Vec<String> {
        let items: Vec<T> = stream.try_collect().await.expect("every page");
        items.into_iter().map(id).collect()
    }

    /// Every list operation's `stream()` in small pages: each item once, one request a page; the
    /// CDRs by page number, newest first, and no page past the last item wanted.
    #[tokio::test]
    async fn every_list_streams_across_pages() {
        let emulator = start().await;
        let vobiz = vobiz(&emulator);
        let trunks = emulator.vobiz().seed_trunks(5);
        let (mut credentials, mut acls, mut uris) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..5 {
            credentials.push(create_credential(&vobiz, &format!("user.{i}")).await);
            acls.push(
                create_ip_acl(&vobiz, &format!("site-{i}"), &format!("10.40.{i}.0/24")).await,
            );
            uris.push(
                create_uri(
                    &vobiz,
                    &format!("pbx-{i}"),
                    &format!("sip:pbx{i}@example.com"),
                )
                .await
                .id,
            );
        }
        let three_pages = pairs(&[(0, 2), (2, 2), (4, 2)]);
        for (path, listed, expected) in [
            (
                "trunks",
                ids(vobiz.list_trunks().stream().page_size(2), |t| t.trunk_id).await,
                trunks,
            ),
            (
                "trunks/credentials",
                ids(vobiz.list_credentials().stream().page_size(2), |c| c.id).await,
                credentials,
            ),
            (
                "trunks/ip-acl",
                ids(vobiz.list_ip_acl_entries().stream().page_size(2), |e| e.id).await,
                acls,
            ),
            (
                "trunks/origination-uris",
                ids(vobiz.list_origination_uris().stream().page_size(2), |u| {
                    u.id
                })
                .await,
                uris,
            ),
        ] {
            assert_each_once(path, listed, expected);
            assert_eq!(
                list_requests(&emulator, path, "offset", "limit"),
                three_pages,
                "{path}"
            );
        }

        let mut seeded = VobizCdr::generate(25, 7);
        emulator.vobiz().seed_cdrs(seeded.clone());
        seeded.sort_by_key(|c| std::cmp::Reverse(c.start_time));
        let newest_first: Vec<String> = seeded.iter().map(|c| c.uuid.clone()).collect();
        let uuid = |c: types::Cdr| c.uuid.expect("uuid");
        emulator.vobiz().clear_requests();
        assert_eq!(
            ids(vobiz.list_cdrs().stream().page_size(10), uuid).await,
            newest_first
        );
        assert_eq!(
            list_requests(&emulator, "cdr", "page", "per_page"),
            pairs(&[(1, 10), (2, 10), (3, 10)])
        );
        emulator.vobiz().clear_requests();
        let first = ids(vobiz.list_cdrs().stream().page_size(10).max_items(10), uuid).await;
        assert_eq!(first, newest_first[..10]);
        assert_eq!(
            list_requests(&emulator, "cdr", "page", "per_page"),
            pairs(&[(1, 10)]),
            "the page holding the last item wanted is the last one fetched"
        );
        let inbound: Vec<String> = seeded
            .iter()
            .filter(|c| c.call_direction == "inbound")
            .map(|c| c.uuid.clone())
            .collect();
        let search = vobiz
            .search_cdrs()
            .call_direction(types::CallDirection::Inbound);
        assert_each_once(
            "inbound CDRs",
            ids(search.stream().page_size(3), uuid).await,
            inbound,
        );
    }

    #[tokio::test]
    async fn cdr_filters_apply_to_every_page() {
        let emulator = start().await;
        let vobiz = vobiz(&emulator);
        let seeded = VobizCdr::generate(60, 21);
        emulator.vobiz().seed_cdrs(seeded.clone());
        let expect = |keep: &dyn Fn(&VobizCdr) -> bool| -> Vec<String> {
            let ids: Vec<String> = seeded
                .iter()
                .filter(|c| keep(c))
                .map(|c| c.uuid.clone())
                .collect();
            assert!(!ids.is_empty(), "the seed must exercise the filter");
            ids
        };
        let uuid = |c: types::Cdr| c.uuid.expect("uuid");

        // One day: start_date and end_date travel as YYYY-MM-DD.
        let day = seeded[10].start_time.date_naive();
        let on_day = vobiz
            .list_cdrs()
            .start_date(day)
            .end_date(day)
            .stream()
            .page_size(4);
        assert_each_once(
            "CDRs of the day",
            ids(on_day, uuid).await,
            expect(&|c| c.start_time.date_naive() == day),
        );
        // Long calls that ended normally, through search.
        let long = vobiz
            .search_cdrs()
            .min_duration(100)
            .hangup_cause("NORMAL_CLEARING");
        assert_each_once(
            "long cleared CDRs",
            ids(long.stream().page_size(4), uuid).await,
            expect(&|c| c.duration >= 100 && c.hangup_cause == "NORMAL_CLEARING"),
        );
        // A caller number fragment.
        let fragment = seeded[0].caller_id_number[8..].to_owned();
        let from = vobiz
            .list_cdrs()
            .from_number(fragment.clone())
            .stream()
            .page_size(4);
        assert_each_once(
            "CDRs from the number",
            ids(from, uuid).await,
            expect(&|c| c.caller_id_number.contains(&fragment)),
        );
        // Half a date range is refused.
        assert_vobiz_error(
            vobiz.list_cdrs().start_date(day).send().await,
            400,
            "start_date and end_date must be given together",
        );
    }

    /// `""` detaches; deleting a trunk deletes what is still attached to it, not what was
    /// detached.
    #[tokio::test]
    async fn an_empty_id_detaches_and_only_attached_resources_go_with_the_trunk() {
        let emulator = start().await;
        let vobiz = vobiz(&emulator);
        let trunk = create_trunk(&vobiz, "pbx", types::TrunkType::Inbound).await;
        let credential = create_credential(&vobiz, "kept_user").await;
        let primary = create_uri(&vobiz, "primary", "sip:pbx@pbx.example.com")
            .await
            .id;
        let update = |credential: &str| {
            let body = types::UpdateTrunkRequest::builder()
                .name("pbx")
                .max_concurrent_calls(10)
                .enabled(true)
                .credential_uuid(credential.to_owned())
                .primary_uri_uuid(primary.clone());
            vobiz.update_trunk().trunk_id(&trunk).body(body).send()
        };

        let attached = update(&credential).await.expect("attach");
        assert_eq!(
            attached.credential_uuid.as_deref(),
            Some(credential.as_str())
        );
        assert_eq!(
            attached.inbound_destination.as_deref(),
            Some(primary.as_str())
        );
        let detached = update("").await.expect("detach the credential");
        assert_eq!(detached.credential_uuid, None);
        assert_eq!(detached.primary_uri_uuid.as_deref(), Some(primary.as_str()));

        vobiz
            .delete_trunk()
            .trunk_id(&trunk)
            .send()
            .await
            .expect("delete trunk");
        assert_eq!(vobiz.list_origination_uris().stream().count().await, 0);
        let credentials = ids(vobiz.list_credentials().stream(), |c| c.id).await;
        assert_eq!(credentials, [credential]);
    }

    /// A URI's transport comes from the URI (`;transport=tcp`, else UDP); an update changes its
    /// name and priority, never the URI itself.
    #[tokio::test]
    async fn an_origination_uri_takes_its_transport_from_the_uri() {
        let emulator = start().await;
        let vobiz = vobiz(&emulator);
        let tcp = create_uri(&vobiz, "tcp", "sip:pbx@pbx.example.com:5060;transport=tcp").await;
        assert_eq!(tcp.transport, Some(OpenEnum::Known(types::Transport::Tcp)));
        assert_eq!((tcp.priority, tcp.weight), (Some(1), Some(10)));
        let udp = create_uri(&vobiz, "udp", "sip:pbx@example.com").await;
        assert_eq!(udp.transport, Some(OpenEnum::Known(types::Transport::Udp)));
        let body = types::UpdateOriginationUriRequest::builder()
            .name("tcp-backup")
            .priority(9);
        let updated = vobiz
            .update_origination_uri()
            .uri_id(&tcp.id)
            .body(body)
            .send()
            .await;
        let updated = updated.expect("update");
        assert_eq!(updated.description.as_deref(), Some("tcp-backup"));
        assert_eq!(updated.priority, Some(9));
        assert_eq!(updated.uri, tcp.uri, "the URI itself cannot change");
    }

    #[tokio::test]
    async fn numbers_are_assigned_by_e164_with_the_plus_encoded() {
        let emulator = start().await;
        let vobiz = vobiz(&emulator);
        let trunk = create_trunk(&vobiz, "inbound", types::TrunkType::Inbound).await;
        let number = DEFAULT_VOBIZ_PHONE_NUMBERS[0];
        let owner = |emulator: &Emulator| {
            let numbers = emulator.vobiz().phone_numbers();
            numbers
                .into_iter()
                .find(|n| n.phone_number == number)
                .expect("owned")
                .trunk_id
        };
        let assign = || {
            let body = types::AssignNumberRequest::builder().trunk_group_id(trunk.clone());
            vobiz
                .assign_number_to_trunk()
                .phone_number(number)
                .body(body)
                .send()
        };
        assert_eq!(assign().await.expect("assign number").status(), 200);
        assert_eq!(owner(&emulator).as_deref(), Some(trunk.as_str()));
        assign().await.expect("assigning again is harmless");
        let log = emulator.vobiz().requests();
        let sent: Vec<&str> = requests(&log, "POST", &account_path("numbers/"))
            .into_iter()
            .map(|r| r.path.as_str())
            .collect();
        let encoded = account_path("numbers/%2B918012340100/assign");
        assert_eq!(
            sent,
            [encoded.as_str(), encoded.as_str()],
            "the + is sent as %2B"
        );

        let unassign = || {
            vobiz
                .unassign_number_from_trunk()
                .phone_number(number)
                .send()
        };
        assert_eq!(unassign().await.expect("unassign number").status(), 204);
        assert_eq!(owner(&emulator), None);
        assert_vobiz_error(unassign().await, 404, "is not assigned to a trunk");
    }

    /// Every rule the emulator enforces, through the typed client: Vobiz's status and message in
    /// the typed error body, and nothing created or changed.
    #[tokio::test]
    async fn rules_answer_vobiz_s_status_and_message_and_change_nothing() {
        let emulator = start().await;
        let v = &vobiz(&emulator);
        let missing = "00000000-0000-4000-8000-000000000000";
        let full_update = |b: types::builder::UpdateTrunkRequest| {
            b.name("renamed").max_concurrent_calls(99).enabled(false)
        };
        let ip = |ip: &str| {
            types::CreateIpAclEntryRequest::builder()
                .name("x")
                .ip_address(ip)
        };
        let credential = |user: &str, pw: &str| {
            let body = types::CreateCredentialRequest::builder().username(user);
            body.password(SecretString::from(pw))
        };

        // Unknown ids, on every resource.
        let not_found = format!("Trunk not found: {missing}");
        assert_vobiz_error(
            v.get_trunk().trunk_id(missing).send().await,
            404,
            &not_found,
        );
        let update = full_update(types::UpdateTrunkRequest::builder());
        let update = v.update_trunk().trunk_id(missing).body(update).send().await;
        assert_vobiz_error(update, 404, &not_found);
        assert_vobiz_error(
            v.delete_trunk().trunk_id(missing).send().await,
            404,
            missing,
        );
        let update = types::UpdateCredentialRequest::builder();
        let update = v
            .update_credential()
            .credential_id(missing)
            .body(update)
            .send()
            .await;
        assert_vobiz_error(update, 404, "Credential not found");
        let delete = v.delete_credential().credential_id(missing).send().await;
        assert_vobiz_error(delete, 404, missing);
        let update = types::UpdateIpAclEntryRequest::builder()
            .name("x")
            .ip_address("10.0.0.1");
        let update = v
            .update_ip_acl_entry()
            .ip_acl_id(missing)
            .body(update)
            .send()
            .await;
        assert_vobiz_error(update, 404, "IP ACL entry not found");
        assert_vobiz_error(
            v.delete_ip_acl_entry().ip_acl_id(missing).send().await,
            404,
            missing,
        );
        let update = types::UpdateOriginationUriRequest::builder()
            .name("x")
            .priority(1);
        let update = v
            .update_origination_uri()
            .uri_id(missing)
            .body(update)
            .send()
            .await;
        assert_vobiz_error(
            update,
            404,
            &format!("Origination URI not found: {missing}"),
        );
        let delete = v.delete_origination_uri().uri_id(missing).send().await;
        assert_vobiz_error(delete, 404, "Origination URI not found");
        assert_vobiz_error(
            v.get_cdr().call_id(missing).send().await,
            404,
            "CDR not found",
        );
        let unowned = v
            .unassign_number_from_trunk()
            .phone_number("+919999999999")
            .send()
            .await;
        assert_vobiz_error(unowned, 404, "not found on this account");

        // Missing or invalid fields: 400.
        let no_limit = types::CreateTrunkRequest::builder()
            .name("no-limit")
            .trunk_type(types::TrunkType::Outbound);
        let no_limit = v.create_trunk().body(no_limit).send().await;
        assert_vobiz_error(no_limit, 400, "max_concurrent_calls is required");
        // The newer OpenAPI revision's body (no trunk_type) is refused.
        let newer = types::CreateTrunkRequest::builder()
            .name("newer-shape")
            .trunk_direction(types::RequestedTrunkDirection::Outbound)
            .concurrent_calls_limit(10);
        assert_vobiz_error(
            v.create_trunk().body(newer).send().await,
            400,
            "trunk_type is required",
        );
        for (body, message) in [
            (
                credential("short_password", "short"),
                "password must be at least 8 characters",
            ),
            (
                credential("no password", "a-long-password"),
                "username may contain only",
            ),
        ] {
            assert_vobiz_error(v.create_credential().body(body).send().await, 400, message);
        }
        for address in ["192.0.2.10", "2001:db8::1", "10.0.0.256"] {
            let created = v.create_ip_acl_entry().body(ip(address)).send().await;
            assert_vobiz_error(created, 400, "Invalid IP address format");
        }
        let no_scheme = types::CreateOriginationUriRequest::builder()
            .name("no scheme")
            .sip_uri("pbx.example.com:5060")
            .priority(1);
        let no_scheme = v.create_origination_uri().body(no_scheme).send().await;
        assert_vobiz_error(
            no_scheme,
            400,
            "Invalid SIP URI format. Expected: sip:user@host:port",
        );
        let trunk = create_trunk(v, "pbx", types::TrunkType::Outbound).await;
        let to = |trunk: &str| types::AssignNumberRequest::builder().trunk_group_id(trunk);
        let numbers = DEFAULT_VOBIZ_PHONE_NUMBERS;
        let no_trunk = v
            .assign_number_to_trunk()
            .phone_number(numbers[1])
            .body(to(""));
        assert_vobiz_error(no_trunk.send().await, 400, "trunk_group_id is required");
        let bad_number = v
            .assign_number_to_trunk()
            .phone_number("12345")
            .body(to(&trunk));
        assert_vobiz_error(bad_number.send().await, 400, "Invalid phone number");

        // A username is unique: the second one is a conflict.
        create_credential(v, "taken").await;
        let again = v
            .create_credential()
            .body(credential("taken", "a-long-password"))
            .send()
            .await;
        assert_vobiz_error(again, 409, "Username already exists");

        // References to missing resources: 404, and the trunk is unchanged.
        for (body, what) in [
            (
                types::UpdateTrunkRequest::builder().credential_uuid(missing),
                "Credential",
            ),
            (
                types::UpdateTrunkRequest::builder().ipacl_uuid(missing),
                "IP ACL entry",
            ),
            (
                types::UpdateTrunkRequest::builder().primary_uri_uuid(missing),
                "Origination URI",
            ),
        ] {
            let update = v
                .update_trunk()
                .trunk_id(&trunk)
                .body(full_update(body))
                .send()
                .await;
            assert_vobiz_error(update, 404, &format!("{what} not found: {missing}"));
        }
        let unchanged = v.get_trunk().trunk_id(&trunk).send().await.expect("get");
        assert_eq!(unchanged.name.as_deref(), Some("pbx"));
        assert_eq!(unchanged.concurrent_calls_limit, Some(10));
        assert_eq!(
            unchanged.trunk_status,
            Some(OpenEnum::Known(types::TrunkStatus::Active))
        );
        let to_missing = v
            .assign_number_to_trunk()
            .phone_number(numbers[0])
            .body(to(missing));
        assert_vobiz_error(to_missing.send().await, 404, &not_found);

        // Page sizes: 1–100.
        assert_vobiz_error(
            v.list_trunks().limit(101).send().await,
            400,
            "limit must be between 1 and 100, got 101",
        );
        assert_vobiz_error(
            v.list_credentials().limit(0).send().await,
            400,
            "limit must be between 1 and 100, got 0",
        );
        assert_vobiz_error(
            v.list_cdrs().per_page(101).send().await,
            400,
            "per_page must be between 1 and 100",
        );
        assert_vobiz_error(
            v.search_cdrs().per_page(1000).send().await,
            400,
            "per_page must be between 1 and 100",
        );
        assert_vobiz_error(v.list_recent_cdrs().limit(101).send().await, 400, "limit");

        // Only what was valid exists.
        assert_eq!(emulator.vobiz().trunk_count(), 1);
        assert_eq!(v.list_credentials().stream().count().await, 1);
        assert_eq!(v.list_ip_acl_entries().stream().count().await, 0);
        assert_eq!(v.list_origination_uris().stream().count().await, 0);
        assert!(
            emulator
                .vobiz()
                .phone_numbers()
                .iter()
                .all(|n| n.trunk_id.is_none())
        );
    }
}
