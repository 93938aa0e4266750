//! Every Plivo Zentrunk operation through the typed httpmock mocks: method, exact path, query
//! string, JSON body and the Basic auth header are checked by the mock; the response is the raw
//! fixture from Plivo's docs (tests/fixtures/plivo/), which the client must decode. (What every
//! vendor shares, auth, errors, paging, retries, ids and base URLs, is the shared suite's,
//! `tests/vendors/`.)

use httpmock::prelude::*;
use serde_json::{Value, json};
use trunkline_core::{OpenEnum, SecretString};
use trunkline_plivo::mock::MockServerExt;
use trunkline_plivo::{ClientBuilder, types};
use trunkline_tests::fixture;

use crate::support::{assert_every_fixture_named, assert_every_operation_mocked, no_retry};

const AUTH_ID: &str = "MAXXXXXXXXXXXXXXXXXX";
const TOKEN: &str = "plivo-test-token-0123";
/// base64("MAXXXXXXXXXXXXXXXXXX:plivo-test-token-0123")
const BASIC: &str = "Basic TUFYWFhYWFhYWFhYWFhYWFhYWFg6cGxpdm8tdGVzdC10b2tlbi0wMTIz";

fn client(server: &MockServer) -> trunkline_plivo::Client {
    ClientBuilder::new(AUTH_ID, TOKEN)
        .api_base_url(server.base_url())
        .config(no_retry())
        .build()
        .expect("client")
}

fn respond(then: httpmock::Then, status: u16, name: &str) -> httpmock::Then {
    crate::support::respond(then, status, "plivo", name)
}

fn authed(when: httpmock::When) -> httpmock::When {
    when.header("authorization", BASIC)
        .header_missing("api-version")
}

/// Every Plivo fixture is used by a test in this file (the legacy one by
/// `plivo_legacy_cdr_list_is_a_clear_error`), and every operation has a typed-mock test.
#[test]
fn every_plivo_fixture_and_operation_is_covered() {
    let source = include_str!("plivo.rs");
    assert_every_fixture_named("plivo", source);
    assert_eq!(trunkline_plivo::OPERATIONS.len(), 23);
    assert_every_operation_mocked(trunkline_plivo::OPERATIONS, source);
}

fn known<T>(value: T) -> Option<OpenEnum<T>> {
    Some(OpenEnum::Known(value))
}

fn secret(text: &str) -> SecretString {
    SecretString::from(text)
}

/// The message of a Plivo update or create envelope.
fn said<T: std::ops::Deref<Target = types::TrunkEnvelope>>(envelope: &T) -> Option<&str> {
    envelope.message.as_deref()
}

const TRUNK: &str = "986908123123411213";
/// The id of the credential, IP ACL and URI of Plivo's examples.
const ID: &str = "f19c4773-4ae6-4b75-92ea-9cf3ea4227d6";

#[tokio::test]
async fn list_trunks_with_filters() {
    let server = MockServer::start_async().await;
    let mock = server.list_trunks(|when, then| {
        let when = when.trunk_direction(types::TrunkDirection::Outbound);
        let when = when.limit(std::num::NonZeroU64::new(10)).offset(20);
        authed(when.into_inner()).query_param_missing("secure");
        respond(then.into_inner(), 200, "docs__trunk_list.json");
    });
    let plivo = client(&server);
    let list = plivo
        .list_trunks()
        .trunk_direction(types::TrunkDirection::Outbound);
    let page = list.limit(10u64).offset(20u64).send().await.expect("list");
    mock.assert();
    assert_eq!(page.objects.len(), 2);
    let meta = page.meta.as_ref().expect("meta");
    assert_eq!(meta.total_count, Some(10));
    let next = "v1/Account/{auth_id}/Zentrunk/Trunk/?limit=2&offset=2";
    assert_eq!(meta.next.as_deref(), Some(next));
    let inbound = &page.objects[1];
    assert_eq!(inbound.trunk_id.as_deref(), Some("31784177241575"));
    assert_eq!(
        inbound.trunk_direction,
        known(types::TrunkDirection::Inbound)
    );
    assert_eq!(inbound.ipacl_uuid, None);
    let fallback = inbound.fallback_uri_uuid.as_deref();
    assert_eq!(fallback, Some("796c-4d86-a4fd-44ed11667ddb-eb07"));
}

/// Get, update (a partial `POST`) and delete of a trunk.
#[tokio::test]
async fn get_update_and_delete_trunk() {
    let server = MockServer::start_async().await;
    let get = server.get_trunk(|when, then| {
        authed(when.trunk_id("21784177241578").into_inner());
        respond(then.into_inner(), 200, "docs__trunk_object.json");
    });
    let update = server.update_trunk(|when, then| {
        let body = json!({"name": "updated-trunk-name", "trunk_status": "disabled"});
        authed(when.trunk_id(TRUNK).into_inner()).json_body(body);
        respond(then.into_inner(), 202, "docs__trunk_update_response.json");
    });
    let delete = server.delete_trunk(|when, then| {
        authed(when.trunk_id(TRUNK).into_inner());
        then.into_inner().status(204);
    });
    let plivo = client(&server);

    let trunk = plivo.get_trunk().trunk_id("21784177241578").send().await;
    let trunk = trunk.expect("get");
    assert_eq!(
        trunk.trunk_domain.as_deref(),
        Some("21784177241578.zt.plivo.com")
    );
    assert_eq!(trunk.secure, Some(true));
    assert_eq!(trunk.trunk_status, known(types::TrunkStatus::Enabled));
    assert_eq!(trunk.primary_uri_uuid, None);
    let body = types::UpdateTrunkRequest::builder()
        .name("updated-trunk-name")
        .trunk_status(types::TrunkStatus::Disabled);
    let updated = plivo.update_trunk().trunk_id(TRUNK).body(body).send().await;
    assert_eq!(
        said(&updated.expect("update")),
        Some("Trunk updated successfully.")
    );
    let deleted = plivo
        .delete_trunk()
        .trunk_id(TRUNK)
        .send()
        .await
        .expect("delete");
    assert_eq!(deleted.status(), 204);
    for mock in [get, update, delete] {
        mock.assert();
    }
}

/// A create sends only what was set, outbound (an IP ACL) or inbound (two URIs); Plivo
/// documents no status for creates, so 200 decodes as well as 201.
#[tokio::test]
async fn create_trunk_sends_only_what_was_set() {
    let outbound = types::CreateTrunkRequest::builder()
        .name("outbound-trunk")
        .trunk_direction(types::TrunkDirection::Outbound)
        .trunk_status(types::TrunkStatus::Enabled)
        .ipacl_uuid("1c13de4c-423d-11e3-9899-22000abfa5d5");
    let outbound_body = json!({
        "name": "outbound-trunk", "trunk_direction": "outbound", "trunk_status": "enabled",
        "ipacl_uuid": "1c13de4c-423d-11e3-9899-22000abfa5d5"
    });
    let inbound = types::CreateTrunkRequest::builder()
        .name("inbound-trunk")
        .trunk_direction(types::TrunkDirection::Inbound)
        .trunk_status(types::TrunkStatus::Enabled)
        .primary_uri_uuid("90b6eb07-796c-4d86-a4fd-44ed11667ddb")
        .fallback_uri_uuid("796c-4d86-a4fd-44ed11667ddb-eb07");
    let inbound_body = json!({
        "name": "inbound-trunk", "trunk_direction": "inbound", "trunk_status": "enabled",
        "primary_uri_uuid": "90b6eb07-796c-4d86-a4fd-44ed11667ddb",
        "fallback_uri_uuid": "796c-4d86-a4fd-44ed11667ddb-eb07"
    });
    for (request, body, status) in [(outbound, outbound_body, 201), (inbound, inbound_body, 200)] {
        let server = MockServer::start_async().await;
        let mock = server.create_trunk(|when, then| {
            let when = authed(when.into_inner()).header("content-type", "application/json");
            when.json_body(body.clone());
            respond(
                then.into_inner(),
                status,
                "docs__trunk_create_response.json",
            );
        });
        let created = client(&server).create_trunk().body(request).send().await;
        let created = created.expect("create");
        mock.assert();
        assert_eq!(created.status(), status);
        assert_eq!(created.trunk_id.as_deref(), Some(TRUNK));
        assert_eq!(said(&created), Some("Trunk created successfully."));
    }
}

#[tokio::test]
async fn credentials_lifecycle() {
    let server = MockServer::start_async().await;
    let list = server.list_credentials(|when, then| {
        authed(when.limit(std::num::NonZeroU64::new(20)).into_inner());
        respond(then.into_inner(), 200, "docs__credential_list.json");
    });
    let get = server.get_credential(|when, then| {
        authed(when.credential_uuid(ID).into_inner());
        respond(then.into_inner(), 200, "docs__credential_object.json");
    });
    let create = server.create_credential(|when, then| {
        let body = json!({
            "name": "production-credentials", "username": "sipuser123",
            "password": "securepassword123!"
        });
        authed(when.into_inner()).json_body(body);
        respond(
            then.into_inner(),
            201,
            "docs__credential_create_response.json",
        );
    });
    let update = server.update_credential(|when, then| {
        let body = json!({"password": "n3w-passw0rd!"});
        authed(when.credential_uuid(ID).into_inner()).json_body(body);
        respond(
            then.into_inner(),
            202,
            "docs__credential_update_response.json",
        );
    });
    let delete = server.delete_credential(|when, then| {
        authed(when.credential_uuid(ID).into_inner());
        then.into_inner().status(204);
    });
    let plivo = client(&server);

    let page = plivo
        .list_credentials()
        .limit(20u64)
        .send()
        .await
        .expect("list");
    assert_eq!(page.objects.len(), 2);
    assert_eq!(page.objects[1].username.as_deref(), Some("sipuser456"));
    assert_eq!(page.meta.as_ref().and_then(|m| m.total_count), Some(109));
    let one = plivo
        .get_credential()
        .credential_uuid(ID)
        .send()
        .await
        .expect("get");
    assert_eq!(one.username.as_deref(), Some("sip_user_1"));
    let body = types::CreateCredentialRequest::builder()
        .name("production-credentials")
        .username("sipuser123")
        .password(secret("securepassword123!"));
    let created = plivo
        .create_credential()
        .body(body)
        .send()
        .await
        .expect("create");
    assert_eq!(created.credential_uuid.as_deref(), Some(ID));
    let body = types::UpdateCredentialRequest::builder().password(secret("n3w-passw0rd!"));
    let updated = plivo
        .update_credential()
        .credential_uuid(ID)
        .body(body)
        .send()
        .await;
    let message = updated.expect("update").message.clone();
    assert_eq!(message.as_deref(), Some("Credential updated successfully."));
    plivo
        .delete_credential()
        .credential_uuid(ID)
        .send()
        .await
        .expect("delete");
    for mock in [list, get, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn ip_access_control_lists_lifecycle() {
    let server = MockServer::start_async().await;
    let list = server.list_ip_access_control_lists(|when, then| {
        authed(when.offset(0).into_inner());
        respond(then.into_inner(), 200, "docs__ipacl_list.json");
    });
    let get = server.get_ip_access_control_list(|when, then| {
        authed(when.ipacl_uuid(ID).into_inner());
        respond(then.into_inner(), 200, "docs__ipacl_object.json");
    });
    let create = server.create_ip_access_control_list(|when, then| {
        let addresses = ["192.168.0.1", "192.168.0.2", "10.0.0.1"];
        let body = json!({"name": "production-servers", "ip_addresses": addresses});
        authed(when.into_inner()).json_body(body);
        respond(then.into_inner(), 201, "docs__ipacl_create_response.json");
    });
    let update = server.update_ip_access_control_list(|when, then| {
        // The update replaces the whole array.
        let body = json!({"ip_addresses": ["192.168.1.1", "192.168.1.2"]});
        authed(when.ipacl_uuid(ID).into_inner()).json_body(body);
        respond(then.into_inner(), 202, "docs__ipacl_update_response.json");
    });
    let delete = server.delete_ip_access_control_list(|when, then| {
        authed(when.ipacl_uuid(ID).into_inner());
        then.into_inner().status(204);
    });
    let plivo = client(&server);
    let addresses = |list: &[&str]| list.iter().map(|a| a.to_string()).collect::<Vec<_>>();

    let page = plivo
        .list_ip_access_control_lists()
        .offset(0u64)
        .send()
        .await;
    assert_eq!(
        page.expect("list").objects[1].ip_addresses,
        ["10.0.0.1", "10.0.0.2"]
    );
    let one = plivo
        .get_ip_access_control_list()
        .ipacl_uuid(ID)
        .send()
        .await;
    assert_eq!(
        one.expect("get").ip_addresses,
        ["192.168.1.1", "192.168.1.2"]
    );
    let body = types::CreateIpAccessControlListRequest::builder()
        .name("production-servers")
        .ip_addresses(addresses(&["192.168.0.1", "192.168.0.2", "10.0.0.1"]));
    let created = plivo
        .create_ip_access_control_list()
        .body(body)
        .send()
        .await;
    assert_eq!(created.expect("create").ipacl_uuid.as_deref(), Some(ID));
    let body = types::UpdateIpAccessControlListRequest::builder()
        .ip_addresses(addresses(&["192.168.1.1", "192.168.1.2"]));
    let updated = plivo
        .update_ip_access_control_list()
        .ipacl_uuid(ID)
        .body(body);
    let message = updated.send().await.expect("update").message.clone();
    assert_eq!(
        message.as_deref(),
        Some("IP access control list updated successfully.")
    );
    let deleted = plivo
        .delete_ip_access_control_list()
        .ipacl_uuid(ID)
        .send()
        .await;
    deleted.expect("delete");
    for mock in [list, get, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn origination_uris_lifecycle() {
    let server = MockServer::start_async().await;
    let list = server.list_origination_uris(|when, then| {
        authed(when.into_inner()).query_param_missing("limit");
        respond(then.into_inner(), 200, "docs__uri_list.json");
    });
    let get = server.get_origination_uri(|when, then| {
        authed(when.uri_uuid(ID).into_inner());
        respond(then.into_inner(), 200, "docs__uri_object.json");
    });
    let create = server.create_origination_uri(|when, then| {
        let body = json!({
            "name": "secure-pbx", "uri": "sip.example.com:5060", "authentication_needed": true,
            "username": "plivo_inbound", "password": "securepassword123!"
        });
        authed(when.into_inner()).json_body(body);
        respond(then.into_inner(), 201, "docs__uri_create_response.json");
    });
    let update = server.update_origination_uri(|when, then| {
        let body = json!({"uri": "sip:pbx@example.com"});
        authed(when.uri_uuid(ID).into_inner()).json_body(body);
        respond(then.into_inner(), 202, "docs__uri_update_response.json");
    });
    let delete = server.delete_origination_uri(|when, then| {
        authed(when.uri_uuid(ID).into_inner());
        then.into_inner().status(204);
    });
    let plivo = client(&server);

    let page = plivo.list_origination_uris().send().await.expect("list");
    assert_eq!(page.objects[1].username, None);
    assert_eq!(page.objects[1].authentication_needed, Some(false));
    let one = plivo
        .get_origination_uri()
        .uri_uuid(ID)
        .send()
        .await
        .expect("get");
    assert_eq!(one.uri.as_deref(), Some("sip.example.com"));
    let body = types::CreateOriginationUriRequest::builder()
        .name("secure-pbx")
        .uri("sip.example.com:5060")
        .authentication_needed(true)
        .username("plivo_inbound")
        .password(secret("securepassword123!"));
    let created = plivo.create_origination_uri().body(body).send().await;
    assert_eq!(created.expect("create").uri_uuid.as_deref(), Some(ID));
    let body = types::UpdateOriginationUriRequest::builder().uri("sip:pbx@example.com");
    let updated = plivo
        .update_origination_uri()
        .uri_uuid(ID)
        .body(body)
        .send()
        .await;
    let message = updated.expect("update").message.clone();
    assert_eq!(
        message.as_deref(),
        Some("origination uri updated successfully.")
    );
    plivo
        .delete_origination_uri()
        .uri_uuid(ID)
        .send()
        .await
        .expect("delete");
    for mock in [list, get, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn list_calls_sends_every_filter_as_its_own_query_key() {
    let server = MockServer::start_async().await;
    let mock = server.list_calls(|when, then| {
        authed(when.into_inner())
            .query_param("call_direction", "outbound")
            .query_param("end_time__gte", "2024-01-01 00:00")
            .query_param("end_time__lt", "2024-02-01 00:00")
            .query_param("bill_duration__gt", "30")
            .query_param("hangup_source", "carrier")
            .query_param("stir_verification", "Not Verified")
            .query_param("from_number", "+1202")
            .query_param("limit", "20")
            .query_param_missing("offset");
        respond(then.into_inner(), 200, "docs__call_list.json");
    });
    let calls = client(&server)
        .list_calls()
        .call_direction(types::CallDirection::Outbound)
        .end_time_gte("2024-01-01 00:00")
        .end_time_lt("2024-02-01 00:00")
        .bill_duration_gt(30)
        .hangup_source(types::HangupSource::Carrier)
        .stir_verification(types::StirVerification::NotVerified)
        .from_number("+1202")
        .limit(20u64)
        .send()
        .await
        .expect("list calls");
    mock.assert();
    assert_eq!(calls.objects.len(), 1);
    let call = &calls.objects[0];
    assert_eq!(call.call_duration, Some(180));
    assert_eq!(
        call.stir_verification,
        known(types::StirVerification::Verified)
    );
}

#[tokio::test]
async fn get_call_and_insights() {
    let server = MockServer::start_async().await;
    let id = "90b6eb07-796c-4d86-a4fd-44ed11667ddb";
    let get = server.get_call(|when, then| {
        authed(when.call_uuid(id).into_inner());
        respond(then.into_inner(), 200, "docs__call_object.json");
    });
    let insights = server.get_call_insights(|when, then| {
        authed(when.call_uuid(id).into_inner());
        respond(then.into_inner(), 200, "docs__call_insights.json");
    });
    let plivo = client(&server);
    let call = plivo.get_call().call_uuid(id).send().await.expect("call");
    assert_eq!(call.total_amount.as_deref(), Some("0.01500"));
    assert_eq!(call.hangup_cause_code, Some(3000));
    assert_eq!(call.initiation_time.as_deref(), Some("2024-01-15 14:28:48"));
    let quality = plivo.get_call_insights().call_uuid(id).send().await;
    let quality = quality.expect("insights");
    assert_eq!(quality.post_dial_delay, Some(1000.0));
    let carrier = quality.to.as_ref().and_then(|p| p.carrier.as_deref());
    assert_eq!(carrier, Some("AT&T"));
    get.assert();
    insights.assert();
}

/// Plivo's documented error body decodes into the typed error; plivo-php's only Zentrunk
/// fixture, a list body of the older CDR API (booleans in `meta.previous`/`meta.next`), must
/// not decode as the current list, and must not panic.
#[tokio::test]
async fn error_and_legacy_bodies_are_typed_errors() {
    let legacy = "plivo-php__tests_Mocks_zentrunkCallsListResponse.json";
    let legacy = fixture("plivo", legacy);
    let err = serde_json::from_value::<types::CallList>(legacy.clone()).expect_err("legacy");
    assert!(err.to_string().contains("expected a string"), "{err}");

    let server = MockServer::start_async().await;
    server.get_trunk(|when, then| {
        when.trunk_id("missing");
        respond(then.into_inner(), 404, "docs__generic_error.json");
    });
    server.list_calls(|_, then| {
        then.into_inner().status(200).json_body(legacy);
    });
    let plivo = client(&server);
    let err = plivo
        .get_trunk()
        .trunk_id("missing")
        .send()
        .await
        .expect_err("404");
    let trunkline_plivo::Error::ErrorResponse(response) = &err else {
        panic!("expected a typed error response, got {err:?}");
    };
    assert_eq!(response.status(), 404);
    let message = Value::String("answer_url parameter is missing".into());
    assert_eq!(response.error, Some(message));
    let api_id = response.api_id.as_deref();
    assert_eq!(api_id, Some("97ceeb52-58b6-11e1-86da-77300b68f8bb"));
    let err = plivo.list_calls().send().await.expect_err("decode");
    assert!(
        matches!(err, trunkline_plivo::Error::InvalidResponsePayload(..)),
        "{err:?}"
    );
}

/// The 0.1 `paginate` reads every page by offset, a page size above Plivo's 20 clamped to it.
#[tokio::test]
async fn paginate_streams_every_page_by_offset() {
    use futures::TryStreamExt;
    let server = MockServer::start_async().await;
    let trunk = |i: usize| json!({"trunk_id": i.to_string(), "trunk_direction": "outbound"});
    let mut mocks = Vec::new();
    for (offset, count) in [(0usize, 20usize), (20, 20), (40, 5)] {
        let objects: Vec<Value> = (offset..offset + count).map(trunk).collect();
        let meta = json!({
            "limit": 20, "offset": offset, "total_count": 45, "previous": null, "next": null
        });
        let page = json!({"api_id": "a", "meta": meta, "objects": objects});
        mocks.push(server.list_trunks(move |when, then| {
            let when = when.limit(std::num::NonZeroU64::new(20));
            authed(when.offset(offset as u64).into_inner());
            then.into_inner().status(200).json_body(page);
        }));
    }
    let plivo = client(&server);
    let trunks = trunkline_plivo::paginate(100, |offset, limit| {
        plivo.list_trunks().offset(offset).limit(limit).send()
    });
    let trunks: Vec<types::Trunk> = trunks.try_collect().await.expect("all pages");
    let ids: Vec<String> = trunks.into_iter().filter_map(|t| t.trunk_id).collect();
    assert_eq!(ids, (0..45).map(|i| i.to_string()).collect::<Vec<_>>());
    for mock in mocks {
        mock.assert();
    }
}

/// `trunkline-plivo`'s typed client against `trunkline-emulator`, for what neither the typed
/// mocks (`plivo.rs`), the emulator's own tests nor the shared suite show: every list streamed
/// across pages, call records newest first with their Insights and filters on every page,
/// partial updates through the typed builders, and every rule the emulator enforces answered
/// as the typed `{api_id, error}` body, with Plivo's status and message, changing nothing.
mod emulator {
    use futures::{StreamExt, TryStreamExt};
    use serde_json::Value;
    use trunkline_core::SecretString;
    use trunkline_emulator::{DEFAULT_PLIVO_AUTH_ID, Emulator, PlivoCall};
    use trunkline_plivo::{Client, types};

    use crate::support::{assert_each_once, error_response, pairs, plivo, query_pairs, start};

    /// The path every Zentrunk request of the default account starts with.
    fn zentrunk(resource: &str) -> String {
        format!("/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/{resource}/")
    }

    /// Asserts a typed Plivo error: status, and a message containing `needle`; every error body
    /// also carries an `api_id`.
    fn assert_plivo_error<T>(
        result: Result<T, trunkline_plivo::Error<types::ErrorBody>>,
        status: u16,
        needle: &str,
    ) {
        let (got, body) = error_response(result);
        let message = body
            .error
            .as_ref()
            .and_then(Value::as_str)
            .unwrap_or_default();
        assert_eq!(got, status, "status of {body:?}");
        assert!(
            message.contains(needle),
            "expected {needle:?} in {message:?}"
        );
        assert!(body.api_id.is_some(), "no api_id in {body:?}");
    }

    async fn create_ip_acl(plivo: &Client, name: &str) -> String {
        let body = types::CreateIpAccessControlListRequest::builder()
            .name(name)
            .ip_addresses(vec!["10.1.2.3".to_owned()]);
        let created = plivo
            .create_ip_access_control_list()
            .body(body)
            .send()
            .await;
        created
            .expect("IP ACL")
            .into_inner()
            .ipacl_uuid
            .expect("id")
    }

    async fn create_credential(plivo: &Client, username: &str) -> String {
        let body = types::CreateCredentialRequest::builder()
            .username(username)
            .password(SecretString::from("s3cret-Passw0rd"));
        let created = plivo.create_credential().body(body).send().await;
        created
            .expect("credential")
            .into_inner()
            .credential_uuid
            .expect("id")
    }

    async fn create_uri(plivo: &Client, name: &str, uri: &str) -> String {
        let body = types::CreateOriginationUriRequest::builder()
            .name(name)
            .uri(uri);
        let created = plivo.create_origination_uri().body(body).send().await;
        created.expect("URI").into_inner().uri_uuid.expect("id")
    }

    /// The `(offset, limit)` of every list request the emulator received on `path`.
    fn list_requests(emulator: &Emulator, path: &str) -> Vec<(String, String)> {
        query_pairs(&emulator.plivo().requests(), "GET", path, "offset", "limit")
    }

    /// Every list operation's `stream()`, in pages of 2: each item once, three requests.
    #[tokio::test]
    async fn every_list_streams_across_pages() {
        let emulator = start().await;
        let plivo = plivo(&emulator);
        let trunks = emulator.plivo().seed_trunks(5);
        let mut credentials = Vec::new();
        let mut uris = Vec::new();
        for i in 0..5 {
            credentials.push(create_credential(&plivo, &format!("user_{i}")).await);
            uris.push(create_uri(&plivo, &format!("u{i}"), &format!("10.0.2.{i}:5060")).await);
        }
        // The seeded trunks' IP ACL is the first.
        let acls = [
            plivo
                .list_ip_access_control_lists()
                .send()
                .await
                .expect("list")
                .objects[0]
                .ipacl_uuid
                .clone()
                .expect("id"),
            create_ip_acl(&plivo, "a1").await,
            create_ip_acl(&plivo, "a2").await,
            create_ip_acl(&plivo, "a3").await,
            create_ip_acl(&plivo, "a4").await,
        ];
        let ids =
            |items: Vec<Option<String>>| items.into_iter().map(|id| id.expect("id")).collect();
        let three_pages = pairs(&[(0, 2), (2, 2), (4, 2)]);

        emulator.plivo().clear_requests();
        let listed = plivo.list_trunks().stream().page_size(2);
        let listed = listed
            .map_ok(|t| t.trunk_id)
            .try_collect()
            .await
            .expect("trunks");
        assert_each_once("trunks", ids(listed), trunks);
        assert_eq!(list_requests(&emulator, &zentrunk("Trunk")), three_pages);

        emulator.plivo().clear_requests();
        let listed = plivo.list_credentials().stream().page_size(2);
        let listed = listed
            .map_ok(|c| c.credential_uuid)
            .try_collect()
            .await
            .expect("credentials");
        assert_each_once("credentials", ids(listed), credentials);
        assert_eq!(
            list_requests(&emulator, &zentrunk("Credential")),
            three_pages
        );

        emulator.plivo().clear_requests();
        let listed = plivo.list_ip_access_control_lists().stream().page_size(2);
        let listed = listed
            .map_ok(|a| a.ipacl_uuid)
            .try_collect()
            .await
            .expect("IP ACLs");
        assert_each_once("IP ACLs", ids(listed), acls);
        assert_eq!(
            list_requests(&emulator, &zentrunk("IPAccessControlList")),
            three_pages
        );

        emulator.plivo().clear_requests();
        let listed = plivo.list_origination_uris().stream().page_size(2);
        let listed = listed
            .map_ok(|u| u.uri_uuid)
            .try_collect()
            .await
            .expect("URIs");
        assert_each_once("URIs", ids(listed), uris);
        assert_eq!(list_requests(&emulator, &zentrunk("URI")), three_pages);
    }

    #[tokio::test]
    async fn call_records_are_streamed_newest_first_and_read_with_insights() {
        let emulator = start().await;
        let plivo = plivo(&emulator);
        let mut seeded = PlivoCall::generate(25, 7);
        emulator.plivo().seed_calls(seeded.clone());

        let listed: Vec<types::Call> = plivo
            .list_calls()
            .stream()
            .page_size(10)
            .try_collect()
            .await
            .expect("every call page");
        seeded.sort_by_key(|c| std::cmp::Reverse(c.end_time));
        let newest_first: Vec<String> = seeded.iter().map(|c| c.call_uuid.clone()).collect();
        let listed_ids: Vec<String> = listed
            .iter()
            .map(|c| c.call_uuid.clone().expect("id"))
            .collect();
        assert_eq!(listed_ids, newest_first, "every call once, newest first");
        assert_eq!(
            list_requests(&emulator, &zentrunk("Call")),
            pairs(&[(0, 10), (10, 10), (20, 10)])
        );

        let expected = &seeded[0];
        let call = plivo.get_call().call_uuid(&expected.call_uuid).send().await;
        let call = call.expect("get call");
        assert_eq!(
            call.from_number.as_deref(),
            Some(expected.from_number.as_str())
        );
        assert_eq!(call.to_number.as_deref(), Some(expected.to_number.as_str()));
        assert_eq!(call.bill_duration, Some(expected.bill_duration));
        assert_eq!(call.hangup_cause_code, Some(expected.hangup_cause_code));
        assert_eq!(
            call.end_time,
            Some(expected.end_time.format("%Y-%m-%d %H:%M:%S").to_string())
        );
        assert_eq!(
            call.trunk_domain.as_deref(),
            Some(expected.trunk_domain.as_str())
        );

        let insights = plivo
            .get_call_insights()
            .call_uuid(&expected.call_uuid)
            .send()
            .await;
        let insights = insights.expect("call insights");
        assert!(insights.api_id.is_some());
        assert_eq!(
            insights.call_uuid.as_deref(),
            Some(expected.call_uuid.as_str())
        );
        let carrier =
            |p: &Option<types::CallInsightsParty>| p.as_ref().and_then(|p| p.carrier.clone());
        assert_eq!(
            carrier(&insights.from),
            Some(expected.insights.from_carrier.clone())
        );
        assert_eq!(
            carrier(&insights.to),
            Some(expected.insights.to_carrier.clone())
        );
        assert_eq!(
            insights.post_dial_delay,
            Some(expected.insights.post_dial_delay_ms)
        );
    }

    /// Every page of a filtered call list carries the filter, values with spaces included.
    async fn filtered_calls<F>(plivo: &Client, filter: F) -> Vec<String>
    where
        F: Fn(trunkline_plivo::builder::ListCalls<'_>) -> trunkline_plivo::builder::ListCalls<'_>,
    {
        let pages = filter(plivo.list_calls()).stream().page_size(3);
        let calls: Vec<types::Call> = pages.try_collect().await.expect("every filtered page");
        calls
            .into_iter()
            .map(|c| c.call_uuid.expect("id"))
            .collect()
    }

    #[tokio::test]
    async fn call_filters_apply_to_every_page() {
        let emulator = start().await;
        let plivo = plivo(&emulator);
        let seeded = PlivoCall::generate(40, 3);
        emulator.plivo().seed_calls(seeded.clone());
        let expect = |keep: &dyn Fn(&PlivoCall) -> bool| -> Vec<String> {
            let ids: Vec<String> = seeded
                .iter()
                .filter(|c| keep(c))
                .map(|c| c.call_uuid.clone())
                .collect();
            assert!(!ids.is_empty(), "the seed must exercise the filter");
            ids
        };

        // `Not Verified` is sent with its space encoded, and decoded by the server.
        assert_each_once(
            "calls not verified",
            filtered_calls(&plivo, |q| {
                q.stir_verification(types::StirVerification::NotVerified)
            })
            .await,
            expect(&|c| c.stir_verification == "Not Verified"),
        );
        let outbound = filtered_calls(&plivo, |q| q.call_direction(types::CallDirection::Outbound));
        assert_each_once(
            "outbound calls",
            outbound.await,
            expect(&|c| c.call_direction == "outbound"),
        );

        // A range on end_time (`end_time__gte`, `YYYY-MM-DD HH:MM:SS`) and billed duration.
        let mut ends: Vec<_> = seeded.iter().map(|c| c.end_time).collect();
        ends.sort();
        let cutoff = ends[ends.len() / 2];
        assert_each_once(
            "recent billed calls",
            filtered_calls(&plivo, |q| {
                q.end_time_gte(cutoff.format("%Y-%m-%d %H:%M:%S").to_string())
                    .bill_duration_gt(0)
            })
            .await,
            expect(&|c| c.end_time.timestamp() >= cutoff.timestamp() && c.bill_duration > 0),
        );

        // A number prefix (the `+` must reach the server as a `+`).
        let prefix = seeded[0].from_number[..10].to_owned();
        assert_each_once(
            "calls from the prefix",
            filtered_calls(&plivo, |q| q.from_number(prefix.clone())).await,
            expect(&|c| c.from_number.starts_with(&prefix)),
        );
    }

    /// Partial updates through the typed builders: fields not sent keep their value; turning a
    /// URI's authentication off drops its username.
    #[tokio::test]
    async fn partial_updates_keep_what_was_not_sent() {
        let emulator = start().await;
        let plivo = plivo(&emulator);
        let acl = create_ip_acl(&plivo, "pbx").await;
        let credential = create_credential(&plivo, "pbx_user").await;
        let trunk = plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .name("pbx")
                    .trunk_direction(types::TrunkDirection::Outbound)
                    .ipacl_uuid(acl.clone()),
            )
            .send()
            .await
            .expect("trunk")
            .into_inner()
            .trunk_id
            .expect("id");
        let update = types::UpdateTrunkRequest::builder()
            .name("renamed")
            .credential_uuid(credential.clone());
        let updated = plivo
            .update_trunk()
            .trunk_id(&trunk)
            .body(update)
            .send()
            .await;
        assert_eq!(updated.expect("update").status(), 202);
        let read = plivo
            .get_trunk()
            .trunk_id(&trunk)
            .send()
            .await
            .expect("get");
        assert_eq!(read.name.as_deref(), Some("renamed"));
        assert_eq!(read.credential_uuid.as_deref(), Some(credential.as_str()));
        assert_eq!(
            read.ipacl_uuid.as_deref(),
            Some(acl.as_str()),
            "not sent, kept"
        );

        let secured = plivo
            .create_origination_uri()
            .body(
                types::CreateOriginationUriRequest::builder()
                    .name("secure-pbx")
                    .uri("sip.example.com:5060")
                    .authentication_needed(true)
                    .username("plivo_inbound")
                    .password(SecretString::from("inb0und-Secret")),
            )
            .send()
            .await
            .expect("URI")
            .into_inner()
            .uri_uuid
            .expect("id");
        let update = types::UpdateOriginationUriRequest::builder().authentication_needed(false);
        let request = plivo.update_origination_uri().uri_uuid(&secured);
        request.body(update).send().await.expect("update");
        let uri = plivo
            .get_origination_uri()
            .uri_uuid(&secured)
            .send()
            .await
            .expect("get");
        assert_eq!(uri.authentication_needed, Some(false));
        assert_eq!(uri.username, None, "no authentication, no username");
        assert_eq!(uri.name.as_deref(), Some("secure-pbx"));
    }

    /// Every rule the emulator enforces, through the typed client: Plivo's status and message in
    /// the typed error body, and nothing created or changed.
    #[tokio::test]
    async fn rules_answer_plivo_s_status_and_message_and_change_nothing() {
        let emulator = start().await;
        let plivo = plivo(&emulator);
        let (p, id, uuid) = (&plivo, "12345", "6b5b9c6e-0000-4000-8000-00000000beef");
        let acl = create_ip_acl(p, "pbx").await;
        let uri = create_uri(p, "pbx", "sip:pbx@example.com").await;
        let trunk = |direction| types::CreateTrunkRequest::builder().trunk_direction(direction);
        let (inbound, outbound) = (
            types::TrunkDirection::Inbound,
            types::TrunkDirection::Outbound,
        );
        let name = || types::UpdateTrunkRequest::builder().name("x");
        let addresses = |list: &[&str]| {
            let list: Vec<String> = list.iter().map(|a| a.to_string()).collect();
            types::CreateIpAccessControlListRequest::builder().ip_addresses(list)
        };
        let uri_body = types::CreateOriginationUriRequest::builder;
        let password = |pw: &str| {
            let body = types::CreateCredentialRequest::builder().username("no_password");
            body.password(SecretString::from(pw))
        };

        // Unknown ids, on every resource.
        let not_found = format!("Trunk '{id}' not found");
        assert_plivo_error(p.get_trunk().trunk_id(id).send().await, 404, &not_found);
        let update = p.update_trunk().trunk_id(id).body(name()).send().await;
        assert_plivo_error(update, 404, &not_found);
        assert_plivo_error(p.delete_trunk().trunk_id(id).send().await, 404, id);
        assert_plivo_error(
            p.get_credential().credential_uuid(uuid).send().await,
            404,
            uuid,
        );
        let update = types::UpdateCredentialRequest::builder().name("x");
        let update = p.update_credential().credential_uuid(uuid).body(update);
        assert_plivo_error(update.send().await, 404, uuid);
        assert_plivo_error(
            p.delete_credential().credential_uuid(uuid).send().await,
            404,
            uuid,
        );
        let get = p.get_ip_access_control_list().ipacl_uuid(uuid).send().await;
        assert_plivo_error(
            get,
            404,
            &format!("IP access control list '{uuid}' not found"),
        );
        let update = types::UpdateIpAccessControlListRequest::builder().name("x");
        let update = p
            .update_ip_access_control_list()
            .ipacl_uuid(uuid)
            .body(update);
        assert_plivo_error(update.send().await, 404, uuid);
        let delete = p
            .delete_ip_access_control_list()
            .ipacl_uuid(uuid)
            .send()
            .await;
        assert_plivo_error(delete, 404, uuid);
        let get = p.get_origination_uri().uri_uuid(uuid).send().await;
        assert_plivo_error(get, 404, &format!("Origination URI '{uuid}' not found"));
        let update = types::UpdateOriginationUriRequest::builder().name("x");
        let update = p.update_origination_uri().uri_uuid(uuid).body(update);
        assert_plivo_error(update.send().await, 404, uuid);
        assert_plivo_error(
            p.delete_origination_uri().uri_uuid(uuid).send().await,
            404,
            uuid,
        );
        assert_plivo_error(p.get_call().call_uuid(uuid).send().await, 404, uuid);
        assert_plivo_error(
            p.get_call_insights().call_uuid(uuid).send().await,
            404,
            uuid,
        );

        // Missing required fields: 422.
        for (body, message) in [
            (
                trunk(inbound).name("x"),
                "primary_uri_uuid is required for an inbound trunk",
            ),
            (
                trunk(outbound),
                "ipacl_uuid or credential_uuid is required for an outbound trunk",
            ),
        ] {
            assert_plivo_error(p.create_trunk().body(body).send().await, 422, message);
        }
        let empty = p.create_credential().body(password("")).send().await;
        assert_plivo_error(empty, 422, "password is a required parameter");
        let no_user = uri_body()
            .uri("sip.example.com")
            .authentication_needed(true);
        let no_user = p.create_origination_uri().body(no_user).send().await;
        assert_plivo_error(no_user, 422, "username is a required parameter");

        // Invalid values: 400.
        let bad = addresses(&["10.0.0.1", "300.1.2.3"]);
        let bad = p.create_ip_access_control_list().body(bad).send().await;
        assert_plivo_error(bad, 400, "Invalid IP address '300.1.2.3'");
        let none = p
            .create_ip_access_control_list()
            .body(addresses(&[]))
            .send()
            .await;
        assert_plivo_error(none, 400, "at least one address");
        let spaced = p
            .create_origination_uri()
            .body(uri_body().uri("sip:pbx @example.com"));
        assert_plivo_error(spaced.send().await, 400, "Invalid uri");
        for (body, message) in [
            (
                trunk(inbound)
                    .primary_uri_uuid(uri.clone())
                    .ipacl_uuid(acl.clone()),
                "apply to outbound trunks only",
            ),
            (
                trunk(outbound)
                    .ipacl_uuid(acl.clone())
                    .primary_uri_uuid(uri.clone()),
                "apply to inbound trunks only",
            ),
        ] {
            assert_plivo_error(p.create_trunk().body(body).send().await, 400, message);
        }

        // References to missing resources: 404.
        let missing = "0f0f0f0f-0000-4000-8000-000000000000";
        for (body, what) in [
            (
                trunk(outbound).ipacl_uuid(missing),
                "IP access control list",
            ),
            (trunk(outbound).credential_uuid(missing), "Credential"),
            (trunk(inbound).primary_uri_uuid(missing), "Origination URI"),
        ] {
            let message = format!("{what} '{missing}' not found");
            assert_plivo_error(p.create_trunk().body(body).send().await, 404, &message);
        }

        // Page sizes: 1–20.
        let too_big = p.list_trunks().limit(21u64).send().await;
        assert_plivo_error(too_big, 400, "limit must be between 1 and 20, got 21");
        let too_big = p.list_credentials().limit(21u64).send().await;
        assert_plivo_error(too_big, 400, "limit must be between 1 and 20");
        assert_plivo_error(
            p.list_calls().limit(100u64).send().await,
            400,
            "limit must be between 1 and 20",
        );

        // Nothing was created, and an update pointing at a missing credential changed nothing.
        assert_eq!(emulator.plivo().trunk_count(), 0);
        let created = trunk(outbound).name("pbx").ipacl_uuid(acl.clone());
        let created = p
            .create_trunk()
            .body(created)
            .send()
            .await
            .expect("valid")
            .into_inner();
        let trunk_id = created.trunk_id.expect("id");
        let update = types::UpdateTrunkRequest::builder()
            .name("renamed")
            .credential_uuid(missing);
        let update = p
            .update_trunk()
            .trunk_id(&trunk_id)
            .body(update)
            .send()
            .await;
        assert_plivo_error(update, 404, missing);
        let unchanged = p.get_trunk().trunk_id(&trunk_id).send().await.expect("get");
        assert_eq!(
            (
                unchanged.name.as_deref(),
                unchanged.credential_uuid.as_deref()
            ),
            (Some("pbx"), None)
        );
        let lists = [
            p.list_credentials().stream().count().await,
            p.list_origination_uris().stream().count().await,
            p.list_ip_access_control_lists().stream().count().await,
        ];
        assert_eq!(lists, [0, 1, 1], "only the valid URI and IP ACL exist");
    }
}
