//! Every Plivo Zentrunk operation through the typed httpmock mocks: method, exact path, query
//! string, JSON body and the Basic auth header are checked by the mock; the response is the raw
//! fixture from Plivo's docs (tests/fixtures/plivo/), which the client must decode. (What every
//! vendor shares, auth, errors, paging, retries, ids and base URLs, is the shared suite's,
//! `tests/vendors/`.)

use httpmock::prelude::*;
use serde_json::{Value, json};
use trunkline_core::OpenEnum;
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

#[tokio::test]
async fn list_trunks_with_filters() {
    let server = MockServer::start_async().await;
    let mock = server.list_trunks(|when, then| {
        let when = when
            .trunk_direction(types::TrunkDirection::Outbound)
            .limit(std::num::NonZeroU64::new(10))
            .offset(20);
        authed(when.into_inner()).query_param_missing("secure");
        respond(then.into_inner(), 200, "docs__trunk_list.json");
    });
    let page = client(&server)
        .list_trunks()
        .trunk_direction(types::TrunkDirection::Outbound)
        .limit(10u64)
        .offset(20u64)
        .send()
        .await
        .expect("list");
    mock.assert();
    assert_eq!(page.objects.len(), 2);
    let meta = page.meta.as_ref().expect("meta");
    assert_eq!(meta.total_count, Some(10));
    assert_eq!(
        meta.next.as_deref(),
        Some("v1/Account/{auth_id}/Zentrunk/Trunk/?limit=2&offset=2")
    );
    let inbound = &page.objects[1];
    assert_eq!(inbound.trunk_id.as_deref(), Some("31784177241575"));
    assert_eq!(
        inbound.trunk_direction,
        Some(OpenEnum::Known(types::TrunkDirection::Inbound))
    );
    assert_eq!(inbound.ipacl_uuid, None);
    assert_eq!(
        inbound.fallback_uri_uuid.as_deref(),
        Some("796c-4d86-a4fd-44ed11667ddb-eb07")
    );
}

#[tokio::test]
async fn get_trunk() {
    let server = MockServer::start_async().await;
    let mock = server.get_trunk(|when, then| {
        authed(when.trunk_id("21784177241578").into_inner());
        respond(then.into_inner(), 200, "docs__trunk_object.json");
    });
    let trunk = client(&server)
        .get_trunk()
        .trunk_id("21784177241578")
        .send()
        .await
        .expect("get");
    mock.assert();
    assert_eq!(
        trunk.trunk_domain.as_deref(),
        Some("21784177241578.zt.plivo.com")
    );
    assert_eq!(trunk.secure, Some(true));
    assert_eq!(
        trunk.trunk_status,
        Some(OpenEnum::Known(types::TrunkStatus::Enabled))
    );
    assert_eq!(trunk.primary_uri_uuid, None);
}

#[tokio::test]
async fn create_trunk_sends_only_what_was_set() {
    let server = MockServer::start_async().await;
    let mock = server.create_trunk(|when, then| {
        authed(when.into_inner())
            .header("content-type", "application/json")
            .json_body(json!({
                "name": "outbound-trunk",
                "trunk_direction": "outbound",
                "trunk_status": "enabled",
                "ipacl_uuid": "1c13de4c-423d-11e3-9899-22000abfa5d5"
            }));
        respond(then.into_inner(), 201, "docs__trunk_create_response.json");
    });
    let created = client(&server)
        .create_trunk()
        .body(
            types::CreateTrunkRequest::builder()
                .name(Some("outbound-trunk".to_string()))
                .trunk_direction(types::TrunkDirection::Outbound)
                .trunk_status(Some(types::TrunkStatus::Enabled))
                .ipacl_uuid(Some("1c13de4c-423d-11e3-9899-22000abfa5d5".to_string())),
        )
        .send()
        .await
        .expect("create");
    mock.assert();
    assert_eq!(created.status(), 201);
    assert_eq!(created.trunk_id.as_deref(), Some("986908123123411213"));
    assert_eq!(
        created.message.as_deref(),
        Some("Trunk created successfully.")
    );
}

#[tokio::test]
async fn create_inbound_trunk_with_uris() {
    let server = MockServer::start_async().await;
    let mock = server.create_trunk(|when, then| {
        authed(when.into_inner()).json_body(json!({
            "name": "inbound-trunk",
            "trunk_direction": "inbound",
            "trunk_status": "enabled",
            "primary_uri_uuid": "90b6eb07-796c-4d86-a4fd-44ed11667ddb",
            "fallback_uri_uuid": "796c-4d86-a4fd-44ed11667ddb-eb07"
        }));
        // Plivo documents no status for creates; 200 must decode as well as 201.
        respond(then.into_inner(), 200, "docs__trunk_create_response.json");
    });
    let created = client(&server)
        .create_trunk()
        .body(
            types::CreateTrunkRequest::builder()
                .name(Some("inbound-trunk".to_string()))
                .trunk_direction(types::TrunkDirection::Inbound)
                .trunk_status(Some(types::TrunkStatus::Enabled))
                .primary_uri_uuid(Some("90b6eb07-796c-4d86-a4fd-44ed11667ddb".to_string()))
                .fallback_uri_uuid(Some("796c-4d86-a4fd-44ed11667ddb-eb07".to_string())),
        )
        .send()
        .await
        .expect("create");
    mock.assert();
    assert_eq!(created.status(), 200);
}

#[tokio::test]
async fn update_trunk_is_a_partial_post() {
    let server = MockServer::start_async().await;
    let mock = server.update_trunk(|when, then| {
        authed(when.trunk_id("986908123123411213").into_inner())
            .json_body(json!({"name": "updated-trunk-name", "trunk_status": "disabled"}));
        respond(then.into_inner(), 202, "docs__trunk_update_response.json");
    });
    let updated = client(&server)
        .update_trunk()
        .trunk_id("986908123123411213")
        .body(
            types::UpdateTrunkRequest::builder()
                .name(Some("updated-trunk-name".to_string()))
                .trunk_status(Some(types::TrunkStatus::Disabled)),
        )
        .send()
        .await
        .expect("update");
    mock.assert();
    assert_eq!(
        updated.message.as_deref(),
        Some("Trunk updated successfully.")
    );
}

#[tokio::test]
async fn delete_trunk() {
    let server = MockServer::start_async().await;
    let mock = server.delete_trunk(|when, then| {
        authed(when.trunk_id("986908123123411213").into_inner());
        then.into_inner().status(204);
    });
    let deleted = client(&server)
        .delete_trunk()
        .trunk_id("986908123123411213")
        .send()
        .await
        .expect("delete");
    mock.assert();
    assert_eq!(deleted.status(), 204);
}

#[tokio::test]
async fn credentials_lifecycle() {
    let server = MockServer::start_async().await;
    let list = server.list_credentials(|when, then| {
        authed(when.limit(std::num::NonZeroU64::new(20)).into_inner());
        respond(then.into_inner(), 200, "docs__credential_list.json");
    });
    let get = server.get_credential(|when, then| {
        authed(
            when.credential_uuid("f19c4773-4ae6-4b75-92ea-9cf3ea4227d6")
                .into_inner(),
        );
        respond(then.into_inner(), 200, "docs__credential_object.json");
    });
    let create = server.create_credential(|when, then| {
        authed(when.into_inner()).json_body(json!({
            "name": "production-credentials",
            "username": "sipuser123",
            "password": "securepassword123!"
        }));
        respond(
            then.into_inner(),
            201,
            "docs__credential_create_response.json",
        );
    });
    let update = server.update_credential(|when, then| {
        authed(
            when.credential_uuid("f19c4773-4ae6-4b75-92ea-9cf3ea4227d6")
                .into_inner(),
        )
        .json_body(json!({"password": "n3w-passw0rd!"}));
        respond(
            then.into_inner(),
            202,
            "docs__credential_update_response.json",
        );
    });
    let delete = server.delete_credential(|when, then| {
        authed(
            when.credential_uuid("f19c4773-4ae6-4b75-92ea-9cf3ea4227d6")
                .into_inner(),
        );
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
        .credential_uuid("f19c4773-4ae6-4b75-92ea-9cf3ea4227d6")
        .send()
        .await
        .expect("get");
    assert_eq!(one.username.as_deref(), Some("sip_user_1"));

    let created = plivo
        .create_credential()
        .body(
            types::CreateCredentialRequest::builder()
                .name(Some("production-credentials".to_string()))
                .username("sipuser123")
                .password(trunkline_core::SecretString::from("securepassword123!")),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(
        created.credential_uuid.as_deref(),
        Some("f19c4773-4ae6-4b75-92ea-9cf3ea4227d6")
    );

    let updated = plivo
        .update_credential()
        .credential_uuid("f19c4773-4ae6-4b75-92ea-9cf3ea4227d6")
        .body(
            types::UpdateCredentialRequest::builder()
                .password(Some(trunkline_core::SecretString::from("n3w-passw0rd!"))),
        )
        .send()
        .await
        .expect("update");
    assert_eq!(
        updated.message.as_deref(),
        Some("Credential updated successfully.")
    );

    plivo
        .delete_credential()
        .credential_uuid("f19c4773-4ae6-4b75-92ea-9cf3ea4227d6")
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
    let id = "f19c4773-4ae6-4b75-92ea-9cf3ea4227d6";
    let list = server.list_ip_access_control_lists(|when, then| {
        authed(when.offset(0).into_inner());
        respond(then.into_inner(), 200, "docs__ipacl_list.json");
    });
    let get = server.get_ip_access_control_list(|when, then| {
        authed(when.ipacl_uuid(id).into_inner());
        respond(then.into_inner(), 200, "docs__ipacl_object.json");
    });
    let create = server.create_ip_access_control_list(|when, then| {
        authed(when.into_inner()).json_body(json!({
            "name": "production-servers",
            "ip_addresses": ["192.168.0.1", "192.168.0.2", "10.0.0.1"]
        }));
        respond(then.into_inner(), 201, "docs__ipacl_create_response.json");
    });
    let update = server.update_ip_access_control_list(|when, then| {
        // The update replaces the whole array.
        authed(when.ipacl_uuid(id).into_inner())
            .json_body(json!({"ip_addresses": ["192.168.1.1", "192.168.1.2"]}));
        respond(then.into_inner(), 202, "docs__ipacl_update_response.json");
    });
    let delete = server.delete_ip_access_control_list(|when, then| {
        authed(when.ipacl_uuid(id).into_inner());
        then.into_inner().status(204);
    });
    let plivo = client(&server);

    let page = plivo
        .list_ip_access_control_lists()
        .offset(0u64)
        .send()
        .await
        .expect("list");
    assert_eq!(page.objects[1].ip_addresses, vec!["10.0.0.1", "10.0.0.2"]);
    let one = plivo
        .get_ip_access_control_list()
        .ipacl_uuid(id)
        .send()
        .await
        .expect("get");
    assert_eq!(one.ip_addresses, vec!["192.168.1.1", "192.168.1.2"]);
    let created = plivo
        .create_ip_access_control_list()
        .body(
            types::CreateIpAccessControlListRequest::builder()
                .name(Some("production-servers".to_string()))
                .ip_addresses(vec![
                    "192.168.0.1".to_string(),
                    "192.168.0.2".to_string(),
                    "10.0.0.1".to_string(),
                ]),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(created.ipacl_uuid.as_deref(), Some(id));
    let updated = plivo
        .update_ip_access_control_list()
        .ipacl_uuid(id)
        .body(
            types::UpdateIpAccessControlListRequest::builder()
                .ip_addresses(vec!["192.168.1.1".to_string(), "192.168.1.2".to_string()]),
        )
        .send()
        .await
        .expect("update");
    assert_eq!(
        updated.message.as_deref(),
        Some("IP access control list updated successfully.")
    );
    plivo
        .delete_ip_access_control_list()
        .ipacl_uuid(id)
        .send()
        .await
        .expect("delete");
    for mock in [list, get, create, update, delete] {
        mock.assert();
    }
}

#[tokio::test]
async fn origination_uris_lifecycle() {
    let server = MockServer::start_async().await;
    let id = "f19c4773-4ae6-4b75-92ea-9cf3ea4227d6";
    let list = server.list_origination_uris(|when, then| {
        authed(when.into_inner()).query_param_missing("limit");
        respond(then.into_inner(), 200, "docs__uri_list.json");
    });
    let get = server.get_origination_uri(|when, then| {
        authed(when.uri_uuid(id).into_inner());
        respond(then.into_inner(), 200, "docs__uri_object.json");
    });
    let create = server.create_origination_uri(|when, then| {
        authed(when.into_inner()).json_body(json!({
            "name": "secure-pbx",
            "uri": "sip.example.com:5060",
            "authentication_needed": true,
            "username": "plivo_inbound",
            "password": "securepassword123!"
        }));
        respond(then.into_inner(), 201, "docs__uri_create_response.json");
    });
    let update = server.update_origination_uri(|when, then| {
        authed(when.uri_uuid(id).into_inner()).json_body(json!({"uri": "sip:pbx@example.com"}));
        respond(then.into_inner(), 202, "docs__uri_update_response.json");
    });
    let delete = server.delete_origination_uri(|when, then| {
        authed(when.uri_uuid(id).into_inner());
        then.into_inner().status(204);
    });
    let plivo = client(&server);

    let page = plivo.list_origination_uris().send().await.expect("list");
    assert_eq!(page.objects[1].username, None);
    assert_eq!(page.objects[1].authentication_needed, Some(false));
    let one = plivo
        .get_origination_uri()
        .uri_uuid(id)
        .send()
        .await
        .expect("get");
    assert_eq!(one.uri.as_deref(), Some("sip.example.com"));
    let created = plivo
        .create_origination_uri()
        .body(
            types::CreateOriginationUriRequest::builder()
                .name(Some("secure-pbx".to_string()))
                .uri("sip.example.com:5060")
                .authentication_needed(Some(true))
                .username(Some("plivo_inbound".to_string()))
                .password(Some(trunkline_core::SecretString::from(
                    "securepassword123!",
                ))),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(created.uri_uuid.as_deref(), Some(id));
    let updated = plivo
        .update_origination_uri()
        .uri_uuid(id)
        .body(
            types::UpdateOriginationUriRequest::builder()
                .uri(Some("sip:pbx@example.com".to_string())),
        )
        .send()
        .await
        .expect("update");
    assert_eq!(
        updated.message.as_deref(),
        Some("origination uri updated successfully.")
    );
    plivo
        .delete_origination_uri()
        .uri_uuid(id)
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
        Some(OpenEnum::Known(types::StirVerification::Verified))
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
    let quality = plivo
        .get_call_insights()
        .call_uuid(id)
        .send()
        .await
        .expect("insights");
    assert_eq!(quality.post_dial_delay, Some(1000.0));
    assert_eq!(
        quality.to.as_ref().and_then(|p| p.carrier.as_deref()),
        Some("AT&T")
    );
    get.assert();
    insights.assert();
}

#[tokio::test]
async fn error_bodies_decode_into_the_typed_error() {
    let server = MockServer::start_async().await;
    server.get_trunk(|when, then| {
        when.trunk_id("missing");
        respond(then.into_inner(), 404, "docs__generic_error.json");
    });
    let err = client(&server)
        .get_trunk()
        .trunk_id("missing")
        .send()
        .await
        .expect_err("404");
    let trunkline_plivo::Error::ErrorResponse(response) = &err else {
        panic!("expected a typed error response, got {err:?}");
    };
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.error,
        Some(Value::String("answer_url parameter is missing".into()))
    );
    assert_eq!(
        response.api_id.as_deref(),
        Some("97ceeb52-58b6-11e1-86da-77300b68f8bb")
    );
}

#[tokio::test]
async fn plivo_legacy_cdr_list_is_a_clear_error() {
    // plivo-php's only Zentrunk fixture is a list body of the older CDR API: booleans in
    // meta.previous/meta.next. It must not decode as the current list, and must not panic.
    let legacy = fixture(
        "plivo",
        "plivo-php__tests_Mocks_zentrunkCallsListResponse.json",
    );
    let err = serde_json::from_value::<types::CallList>(legacy.clone()).expect_err("legacy");
    assert!(err.to_string().contains("expected a string"), "{err}");

    let server = MockServer::start_async().await;
    server.list_calls(|_, then| {
        then.into_inner().status(200).json_body(legacy);
    });
    let err = client(&server)
        .list_calls()
        .send()
        .await
        .expect_err("decode");
    assert!(
        matches!(err, trunkline_plivo::Error::InvalidResponsePayload(..)),
        "{err:?}"
    );
}

#[tokio::test]
async fn paginate_streams_every_page_by_offset() {
    use futures::TryStreamExt;
    let server = MockServer::start_async().await;
    let trunk = |i: usize| json!({"trunk_id": i.to_string(), "trunk_direction": "outbound"});
    let mut mocks = Vec::new();
    for (offset, count) in [(0usize, 20usize), (20, 20), (40, 5)] {
        let objects: Vec<Value> = (offset..offset + count).map(trunk).collect();
        mocks.push(server.list_trunks(move |when, then| {
            authed(
                when.limit(std::num::NonZeroU64::new(20))
                    .offset(offset as u64)
                    .into_inner(),
            );
            then.into_inner().status(200).json_body(json!({
                "api_id": "a",
                "meta": {"limit": 20, "offset": offset, "total_count": 45, "previous": null, "next": null},
                "objects": objects
            }));
        }));
    }
    let plivo = client(&server);
    let trunks: Vec<types::Trunk> = trunkline_plivo::paginate(100, |offset, limit| {
        plivo.list_trunks().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("all pages");
    let ids: Vec<String> = trunks.into_iter().filter_map(|t| t.trunk_id).collect();
    assert_eq!(ids, (0..45).map(|i| i.to_string()).collect::<Vec<_>>());
    for mock in mocks {
        mock.assert();
    }
}
