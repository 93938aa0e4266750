//! `trunkline-plivo`'s typed client against `trunkline-emulator`: every Zentrunk resource is
//! created, read, updated, listed across several pages with `trunkline_plivo::paginate` and
//! deleted; call records are seeded and read back with their Insights; and every rule the
//! emulator enforces (authentication, unknown ids, missing or invalid fields, references to
//! missing resources, the 1–20 page size) comes back as the typed `{api_id, error}` body with
//! Plivo's status.

mod emulator_support;

use emulator_support::{
    assert_each_once, error_response, fast_retries, pairs, plivo, plivo_with, query_pairs,
};
use futures::TryStreamExt;
use serde_json::Value;
use trunkline_core::{OpenEnum, SecretString};
use trunkline_emulator::{DEFAULT_PLIVO_AUTH_ID, Emulator, PlivoCall};
use trunkline_plivo::{Client, paginate, types};

/// The path every Zentrunk request of the default account starts with.
fn zentrunk(resource: &str) -> String {
    format!("/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/{resource}/")
}

/// The `error` message of a Plivo error body.
fn message(body: &types::ErrorBody) -> &str {
    body.error
        .as_ref()
        .and_then(Value::as_str)
        .expect("Plivo error bodies carry a string `error`")
}

/// Asserts a typed Plivo error: status, and a message containing `needle`; every error body
/// also carries an `api_id`.
fn assert_plivo_error<T>(
    result: Result<T, trunkline_plivo::Error<types::ErrorBody>>,
    status: u16,
    needle: &str,
) {
    let (got, body) = error_response(result);
    assert_eq!(got, status, "status of {body:?}");
    assert!(
        message(&body).contains(needle),
        "expected {needle:?} in {:?}",
        message(&body)
    );
    assert!(body.api_id.is_some(), "no api_id in {body:?}");
}

async fn create_ip_acl(plivo: &Client, name: &str, addresses: &[&str]) -> String {
    let created = plivo
        .create_ip_access_control_list()
        .body(
            types::CreateIpAccessControlListRequest::builder()
                .name(Some(name.to_owned()))
                .ip_addresses(addresses.iter().map(|a| a.to_string()).collect::<Vec<_>>()),
        )
        .send()
        .await
        .expect("create IP ACL");
    assert_eq!(created.status(), 201);
    created.into_inner().ipacl_uuid.expect("ipacl_uuid")
}

async fn create_credential(plivo: &Client, username: &str) -> String {
    let created = plivo
        .create_credential()
        .body(
            types::CreateCredentialRequest::builder()
                .name(Some(format!("{username} credential")))
                .username(username)
                .password(SecretString::from("s3cret-Passw0rd")),
        )
        .send()
        .await
        .expect("create credential");
    assert_eq!(created.status(), 201);
    created
        .into_inner()
        .credential_uuid
        .expect("credential_uuid")
}

async fn create_uri(plivo: &Client, name: &str, uri: &str) -> String {
    let created = plivo
        .create_origination_uri()
        .body(
            types::CreateOriginationUriRequest::builder()
                .name(Some(name.to_owned()))
                .uri(uri),
        )
        .send()
        .await
        .expect("create origination URI");
    assert_eq!(created.status(), 201);
    created.into_inner().uri_uuid.expect("uri_uuid")
}

async fn create_outbound_trunk(plivo: &Client, name: &str, ipacl: &str) -> String {
    let created = plivo
        .create_trunk()
        .body(
            types::CreateTrunkRequest::builder()
                .name(Some(name.to_owned()))
                .trunk_direction(types::TrunkDirection::Outbound)
                .ipacl_uuid(Some(ipacl.to_owned())),
        )
        .send()
        .await
        .expect("create outbound trunk");
    assert_eq!(created.status(), 201);
    assert_eq!(
        created.message.as_deref(),
        Some("Trunk created successfully.")
    );
    created.into_inner().trunk_id.expect("trunk_id")
}

async fn all_trunks(plivo: &Client, page_size: u64) -> Vec<types::Trunk> {
    paginate(page_size, |offset, limit| {
        plivo.list_trunks().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("every trunk page")
}

/// The `(offset, limit)` of every list request the emulator received on `path`.
fn list_requests(emulator: &Emulator, path: &str) -> Vec<(String, String)> {
    query_pairs(&emulator.plivo().requests(), "GET", path, "offset", "limit")
}

#[tokio::test]
async fn trunks_are_created_read_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let acl = create_ip_acl(&plivo, "pbx", &["10.1.2.3"]).await;
    let credential = create_credential(&plivo, "pbx_user").await;

    // Create an outbound trunk: the answer is an envelope, the trunk is read back.
    let outbound = create_outbound_trunk(&plivo, "pbx-outbound", &acl).await;
    assert!(
        !outbound.is_empty() && outbound.bytes().all(|b| b.is_ascii_digit()),
        "Plivo trunk ids are numeric strings: {outbound}"
    );
    let trunk = plivo
        .get_trunk()
        .trunk_id(&outbound)
        .send()
        .await
        .expect("get trunk")
        .into_inner();
    assert_eq!(trunk.trunk_id.as_deref(), Some(outbound.as_str()));
    assert_eq!(trunk.name.as_deref(), Some("pbx-outbound"));
    assert_eq!(
        trunk.trunk_direction,
        Some(OpenEnum::Known(types::TrunkDirection::Outbound))
    );
    assert_eq!(
        trunk.trunk_status,
        Some(OpenEnum::Known(types::TrunkStatus::Enabled))
    );
    assert_eq!(trunk.secure, Some(false));
    assert_eq!(trunk.trunk_domain, Some(format!("{outbound}.zt.plivo.com")));
    assert_eq!(trunk.ipacl_uuid.as_deref(), Some(acl.as_str()));
    assert_eq!(trunk.credential_uuid, None);

    // A partial update: the fields sent change, the others (the IP ACL) stay.
    let updated = plivo
        .update_trunk()
        .trunk_id(&outbound)
        .body(
            types::UpdateTrunkRequest::builder()
                .name(Some("pbx-outbound-renamed".to_owned()))
                .trunk_status(Some(types::TrunkStatus::Disabled))
                .secure(Some(true))
                .credential_uuid(Some(credential.clone())),
        )
        .send()
        .await
        .expect("update trunk");
    assert_eq!(updated.status(), 202);
    assert_eq!(updated.trunk_id.as_deref(), Some(outbound.as_str()));
    let trunk = plivo
        .get_trunk()
        .trunk_id(&outbound)
        .send()
        .await
        .expect("get updated trunk");
    assert_eq!(trunk.name.as_deref(), Some("pbx-outbound-renamed"));
    assert_eq!(
        trunk.trunk_status,
        Some(OpenEnum::Known(types::TrunkStatus::Disabled))
    );
    assert_eq!(trunk.secure, Some(true));
    assert_eq!(trunk.credential_uuid.as_deref(), Some(credential.as_str()));
    assert_eq!(trunk.ipacl_uuid.as_deref(), Some(acl.as_str()));

    // An inbound trunk routes to a primary and a fallback URI.
    let primary = create_uri(&plivo, "primary", "sip:pbx@pbx.example.com").await;
    let fallback = create_uri(&plivo, "fallback", "10.9.8.7:5060").await;
    let inbound = plivo
        .create_trunk()
        .body(
            types::CreateTrunkRequest::builder()
                .name(Some("pbx-inbound".to_owned()))
                .trunk_direction(types::TrunkDirection::Inbound)
                .primary_uri_uuid(Some(primary.clone()))
                .fallback_uri_uuid(Some(fallback.clone())),
        )
        .send()
        .await
        .expect("create inbound trunk")
        .into_inner()
        .trunk_id
        .expect("trunk_id");
    let trunk = plivo
        .get_trunk()
        .trunk_id(&inbound)
        .send()
        .await
        .expect("get inbound trunk");
    assert_eq!(
        trunk.trunk_direction,
        Some(OpenEnum::Known(types::TrunkDirection::Inbound))
    );
    assert_eq!(trunk.primary_uri_uuid.as_deref(), Some(primary.as_str()));
    assert_eq!(trunk.fallback_uri_uuid.as_deref(), Some(fallback.as_str()));
    assert_eq!(trunk.ipacl_uuid, None);

    // 30 more trunks: 32 in all, read 7 per page.
    let seeded = emulator.plivo().seed_trunks(30);
    emulator.plivo().clear_requests();
    let listed = all_trunks(&plivo, 7).await;
    let mut expected = seeded.clone();
    expected.extend([outbound.clone(), inbound.clone()]);
    assert_each_once(
        "trunks",
        listed
            .iter()
            .map(|t| t.trunk_id.clone().expect("trunk_id"))
            .collect(),
        expected,
    );
    assert_eq!(
        list_requests(&emulator, &zentrunk("Trunk")),
        pairs(&[(0, 7), (7, 7), (14, 7), (21, 7), (28, 7)]),
        "five pages of at most 7, the last one short"
    );

    // Filters are kept on every page.
    let inbound_only: Vec<types::Trunk> = paginate(1, |offset, limit| {
        plivo
            .list_trunks()
            .trunk_direction(types::TrunkDirection::Inbound)
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("inbound trunks");
    assert_eq!(inbound_only.len(), 1);
    assert_eq!(inbound_only[0].trunk_id.as_deref(), Some(inbound.as_str()));

    // Delete, then the trunk is gone.
    let deleted = plivo
        .delete_trunk()
        .trunk_id(&outbound)
        .send()
        .await
        .expect("delete trunk");
    assert_eq!(deleted.status(), 204);
    assert_plivo_error(
        plivo.get_trunk().trunk_id(&outbound).send().await,
        404,
        &format!("Trunk '{outbound}' not found"),
    );
    assert_plivo_error(
        plivo.delete_trunk().trunk_id(&outbound).send().await,
        404,
        "not found",
    );
    assert_eq!(emulator.plivo().trunk_count(), 31);
}

#[tokio::test]
async fn credentials_are_created_read_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(create_credential(&plivo, &format!("user_{i}")).await);
    }

    let one = plivo
        .get_credential()
        .credential_uuid(&ids[0])
        .send()
        .await
        .expect("get credential");
    assert_eq!(one.credential_uuid.as_deref(), Some(ids[0].as_str()));
    assert_eq!(one.username.as_deref(), Some("user_0"));
    assert_eq!(one.name.as_deref(), Some("user_0 credential"));

    let updated = plivo
        .update_credential()
        .credential_uuid(&ids[0])
        .body(
            types::UpdateCredentialRequest::builder()
                .username(Some("renamed_user".to_owned()))
                .password(Some(SecretString::from("An0ther-passw0rd"))),
        )
        .send()
        .await
        .expect("update credential");
    assert_eq!(updated.status(), 202);
    assert_eq!(updated.credential_uuid.as_deref(), Some(ids[0].as_str()));
    let one = plivo
        .get_credential()
        .credential_uuid(&ids[0])
        .send()
        .await
        .expect("get updated credential");
    assert_eq!(one.username.as_deref(), Some("renamed_user"));
    assert_eq!(
        one.name.as_deref(),
        Some("user_0 credential"),
        "absent fields keep their value"
    );

    emulator.plivo().clear_requests();
    let listed: Vec<types::Credential> = paginate(2, |offset, limit| {
        plivo.list_credentials().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("every credential page");
    assert_each_once(
        "credentials",
        listed
            .iter()
            .map(|c| c.credential_uuid.clone().expect("id"))
            .collect(),
        ids.clone(),
    );
    assert_eq!(
        list_requests(&emulator, &zentrunk("Credential")),
        pairs(&[(0, 2), (2, 2), (4, 2)])
    );

    let deleted = plivo
        .delete_credential()
        .credential_uuid(&ids[0])
        .send()
        .await
        .expect("delete credential");
    assert_eq!(deleted.status(), 204);
    assert_plivo_error(
        plivo.get_credential().credential_uuid(&ids[0]).send().await,
        404,
        &format!("Credential '{}' not found", ids[0]),
    );
}

#[tokio::test]
async fn ip_access_control_lists_are_created_read_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let first = create_ip_acl(&plivo, "office", &["10.0.0.1", "172.16.0.0/12"]).await;
    let mut ids = vec![first.clone()];
    for i in 0..4 {
        ids.push(create_ip_acl(&plivo, &format!("acl-{i}"), &[&format!("10.0.1.{i}")]).await);
    }

    let acl = plivo
        .get_ip_access_control_list()
        .ipacl_uuid(&first)
        .send()
        .await
        .expect("get IP ACL");
    assert_eq!(acl.name.as_deref(), Some("office"));
    assert_eq!(acl.ip_addresses, ["10.0.0.1", "172.16.0.0/12"]);

    // `ip_addresses` replaces the whole list.
    let updated = plivo
        .update_ip_access_control_list()
        .ipacl_uuid(&first)
        .body(
            types::UpdateIpAccessControlListRequest::builder()
                .ip_addresses(vec!["192.168.10.10".to_owned()]),
        )
        .send()
        .await
        .expect("update IP ACL");
    assert_eq!(updated.status(), 202);
    let acl = plivo
        .get_ip_access_control_list()
        .ipacl_uuid(&first)
        .send()
        .await
        .expect("get updated IP ACL");
    assert_eq!(acl.ip_addresses, ["192.168.10.10"]);
    assert_eq!(acl.name.as_deref(), Some("office"));

    emulator.plivo().clear_requests();
    let listed: Vec<types::IpAccessControlList> = paginate(2, |offset, limit| {
        plivo
            .list_ip_access_control_lists()
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("every IP ACL page");
    assert_each_once(
        "IP ACLs",
        listed
            .iter()
            .map(|a| a.ipacl_uuid.clone().expect("id"))
            .collect(),
        ids,
    );
    assert_eq!(
        list_requests(&emulator, &zentrunk("IPAccessControlList")).len(),
        3
    );

    let deleted = plivo
        .delete_ip_access_control_list()
        .ipacl_uuid(&first)
        .send()
        .await
        .expect("delete IP ACL");
    assert_eq!(deleted.status(), 204);
    assert_plivo_error(
        plivo
            .get_ip_access_control_list()
            .ipacl_uuid(&first)
            .send()
            .await,
        404,
        &format!("IP access control list '{first}' not found"),
    );
}

#[tokio::test]
async fn origination_uris_are_created_read_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let secured = plivo
        .create_origination_uri()
        .body(
            types::CreateOriginationUriRequest::builder()
                .name(Some("secure-pbx".to_owned()))
                .uri("sip.example.com:5060")
                .authentication_needed(Some(true))
                .username(Some("plivo_inbound".to_owned()))
                .password(Some(SecretString::from("inb0und-Secret"))),
        )
        .send()
        .await
        .expect("create URI with authentication")
        .into_inner()
        .uri_uuid
        .expect("uri_uuid");
    let mut ids = vec![secured.clone()];
    for i in 0..4 {
        ids.push(create_uri(&plivo, &format!("uri-{i}"), &format!("10.0.2.{i}:5060")).await);
    }

    let uri = plivo
        .get_origination_uri()
        .uri_uuid(&secured)
        .send()
        .await
        .expect("get URI");
    assert_eq!(uri.uri.as_deref(), Some("sip.example.com:5060"));
    assert_eq!(uri.name.as_deref(), Some("secure-pbx"));
    assert_eq!(uri.authentication_needed, Some(true));
    assert_eq!(uri.username.as_deref(), Some("plivo_inbound"));
    let plain = plivo
        .get_origination_uri()
        .uri_uuid(&ids[1])
        .send()
        .await
        .expect("get URI without authentication");
    assert_eq!(plain.authentication_needed, Some(false));
    assert_eq!(plain.username, None);

    // Turning authentication off drops the username.
    let updated = plivo
        .update_origination_uri()
        .uri_uuid(&secured)
        .body(
            types::UpdateOriginationUriRequest::builder()
                .uri(Some("sip:pbx@pbx2.example.com".to_owned()))
                .authentication_needed(Some(false)),
        )
        .send()
        .await
        .expect("update URI");
    assert_eq!(updated.status(), 202);
    assert_eq!(updated.uri_uuid.as_deref(), Some(secured.as_str()));
    let uri = plivo
        .get_origination_uri()
        .uri_uuid(&secured)
        .send()
        .await
        .expect("get updated URI");
    assert_eq!(uri.uri.as_deref(), Some("sip:pbx@pbx2.example.com"));
    assert_eq!(uri.authentication_needed, Some(false));
    assert_eq!(uri.username, None);
    assert_eq!(uri.name.as_deref(), Some("secure-pbx"));

    emulator.plivo().clear_requests();
    let listed: Vec<types::OriginationUri> = paginate(2, |offset, limit| {
        plivo
            .list_origination_uris()
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("every URI page");
    assert_each_once(
        "origination URIs",
        listed
            .iter()
            .map(|u| u.uri_uuid.clone().expect("id"))
            .collect(),
        ids,
    );
    assert_eq!(list_requests(&emulator, &zentrunk("URI")).len(), 3);

    let deleted = plivo
        .delete_origination_uri()
        .uri_uuid(&secured)
        .send()
        .await
        .expect("delete URI");
    assert_eq!(deleted.status(), 204);
    assert_plivo_error(
        plivo.get_origination_uri().uri_uuid(&secured).send().await,
        404,
        &format!("Origination URI '{secured}' not found"),
    );
}

#[tokio::test]
async fn call_records_are_paged_newest_first_and_read_with_insights() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let mut seeded = PlivoCall::generate(25, 7);
    emulator.plivo().seed_calls(seeded.clone());

    let listed: Vec<types::Call> = paginate(10, |offset, limit| {
        plivo.list_calls().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("every call page");
    seeded.sort_by_key(|c| std::cmp::Reverse(c.end_time));
    let newest_first: Vec<String> = seeded.iter().map(|c| c.call_uuid.clone()).collect();
    let listed_ids: Vec<String> = listed
        .iter()
        .map(|c| c.call_uuid.clone().expect("call_uuid"))
        .collect();
    assert_eq!(listed_ids, newest_first, "every call once, newest first");
    assert_eq!(list_requests(&emulator, &zentrunk("Call")).len(), 3);

    // A filter applies to every page.
    let outbound: Vec<types::Call> = paginate(3, |offset, limit| {
        plivo
            .list_calls()
            .call_direction(types::CallDirection::Outbound)
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("outbound calls");
    assert_each_once(
        "outbound calls",
        outbound
            .iter()
            .map(|c| c.call_uuid.clone().expect("id"))
            .collect(),
        seeded
            .iter()
            .filter(|c| c.call_direction == "outbound")
            .map(|c| c.call_uuid.clone()),
    );

    let expected = &seeded[0];
    let call = plivo
        .get_call()
        .call_uuid(&expected.call_uuid)
        .send()
        .await
        .expect("get call");
    assert_eq!(call.call_uuid.as_deref(), Some(expected.call_uuid.as_str()));
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
        .await
        .expect("call insights");
    assert!(insights.api_id.is_some());
    assert_eq!(
        insights.call_uuid.as_deref(),
        Some(expected.call_uuid.as_str())
    );
    assert_eq!(
        insights.from.as_ref().and_then(|p| p.carrier.as_deref()),
        Some(expected.insights.from_carrier.as_str())
    );
    assert_eq!(
        insights.to.as_ref().and_then(|p| p.carrier.as_deref()),
        Some(expected.insights.to_carrier.as_str())
    );
    assert_eq!(
        insights.post_dial_delay,
        Some(expected.insights.post_dial_delay_ms)
    );

    let unknown = "00000000-0000-4000-8000-000000000000";
    assert_plivo_error(
        plivo.get_call().call_uuid(unknown).send().await,
        404,
        unknown,
    );
    assert_plivo_error(
        plivo.get_call_insights().call_uuid(unknown).send().await,
        404,
        unknown,
    );
}

/// Every page of a filtered call list carries the filter, values with spaces included.
async fn filtered_calls<F>(plivo: &Client, filter: F) -> Vec<String>
where
    F: Fn(trunkline_plivo::builder::ListCalls<'_>) -> trunkline_plivo::builder::ListCalls<'_>,
{
    paginate(3, |offset, limit| {
        filter(plivo.list_calls())
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect::<Vec<types::Call>>()
    .await
    .expect("every filtered page")
    .into_iter()
    .map(|c| c.call_uuid.expect("call_uuid"))
    .collect()
}

#[tokio::test]
async fn call_filters_apply_to_every_page() {
    let emulator = emulator_support::start().await;
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

#[tokio::test]
async fn wrong_credentials_are_refused_with_401_and_change_nothing() {
    let emulator = emulator_support::start().await;
    let intruder = plivo_with(&emulator, "not-the-token", fast_retries());
    assert_plivo_error(
        intruder.list_trunks().send().await,
        401,
        "Authentication failed",
    );
    assert_plivo_error(
        intruder
            .create_credential()
            .body(
                types::CreateCredentialRequest::builder()
                    .username("intruder")
                    .password(SecretString::from("whatever-passw0rd")),
            )
            .send()
            .await,
        401,
        "Authentication failed",
    );
    // A 401 is final: each call was sent once, and nothing was created.
    assert_eq!(emulator.plivo().requests().len(), 2);
    let listed = plivo(&emulator)
        .list_credentials()
        .send()
        .await
        .expect("list with the right token");
    assert!(listed.objects.is_empty());
}

#[tokio::test]
async fn unknown_ids_answer_404_on_every_resource() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let uuid = "6b5b9c6e-0000-4000-8000-00000000beef";

    assert_plivo_error(
        plivo.get_trunk().trunk_id("12345").send().await,
        404,
        "Trunk '12345' not found",
    );
    assert_plivo_error(
        plivo
            .update_trunk()
            .trunk_id("12345")
            .body(types::UpdateTrunkRequest::builder().name(Some("x".to_owned())))
            .send()
            .await,
        404,
        "Trunk '12345' not found",
    );
    assert_plivo_error(
        plivo.delete_trunk().trunk_id("12345").send().await,
        404,
        "12345",
    );

    assert_plivo_error(
        plivo.get_credential().credential_uuid(uuid).send().await,
        404,
        uuid,
    );
    assert_plivo_error(
        plivo
            .update_credential()
            .credential_uuid(uuid)
            .body(types::UpdateCredentialRequest::builder().name(Some("x".to_owned())))
            .send()
            .await,
        404,
        uuid,
    );
    assert_plivo_error(
        plivo.delete_credential().credential_uuid(uuid).send().await,
        404,
        uuid,
    );

    assert_plivo_error(
        plivo
            .get_ip_access_control_list()
            .ipacl_uuid(uuid)
            .send()
            .await,
        404,
        uuid,
    );
    assert_plivo_error(
        plivo
            .update_ip_access_control_list()
            .ipacl_uuid(uuid)
            .body(types::UpdateIpAccessControlListRequest::builder().name(Some("x".to_owned())))
            .send()
            .await,
        404,
        uuid,
    );
    assert_plivo_error(
        plivo
            .delete_ip_access_control_list()
            .ipacl_uuid(uuid)
            .send()
            .await,
        404,
        uuid,
    );

    assert_plivo_error(
        plivo.get_origination_uri().uri_uuid(uuid).send().await,
        404,
        uuid,
    );
    assert_plivo_error(
        plivo
            .update_origination_uri()
            .uri_uuid(uuid)
            .body(types::UpdateOriginationUriRequest::builder().name(Some("x".to_owned())))
            .send()
            .await,
        404,
        uuid,
    );
    assert_plivo_error(
        plivo.delete_origination_uri().uri_uuid(uuid).send().await,
        404,
        uuid,
    );
}

#[tokio::test]
async fn missing_required_fields_answer_422_and_create_nothing() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);

    // An inbound trunk needs the URI it routes to.
    assert_plivo_error(
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .name(Some("no-destination".to_owned()))
                    .trunk_direction(types::TrunkDirection::Inbound),
            )
            .send()
            .await,
        422,
        "primary_uri_uuid is required for an inbound trunk",
    );
    // An outbound trunk needs an IP ACL or a credential to authenticate the PBX.
    assert_plivo_error(
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .trunk_direction(types::TrunkDirection::Outbound),
            )
            .send()
            .await,
        422,
        "ipacl_uuid or credential_uuid is required for an outbound trunk",
    );
    assert_plivo_error(
        plivo
            .create_credential()
            .body(
                types::CreateCredentialRequest::builder()
                    .username("no_password")
                    .password(SecretString::from("")),
            )
            .send()
            .await,
        422,
        "password is a required parameter",
    );
    assert_plivo_error(
        plivo
            .create_origination_uri()
            .body(
                types::CreateOriginationUriRequest::builder()
                    .uri("sip.example.com")
                    .authentication_needed(Some(true)),
            )
            .send()
            .await,
        422,
        "username is a required parameter",
    );

    assert_eq!(emulator.plivo().trunk_count(), 0);
    assert!(
        plivo
            .list_credentials()
            .send()
            .await
            .expect("list")
            .objects
            .is_empty()
    );
    assert!(
        plivo
            .list_origination_uris()
            .send()
            .await
            .expect("list")
            .objects
            .is_empty()
    );
}

#[tokio::test]
async fn invalid_values_answer_400_and_create_nothing() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let acl = create_ip_acl(&plivo, "pbx", &["10.1.2.3"]).await;
    let uri = create_uri(&plivo, "pbx", "sip:pbx@example.com").await;

    assert_plivo_error(
        plivo
            .create_ip_access_control_list()
            .body(
                types::CreateIpAccessControlListRequest::builder()
                    .ip_addresses(vec!["10.0.0.1".to_owned(), "300.1.2.3".to_owned()]),
            )
            .send()
            .await,
        400,
        "Invalid IP address '300.1.2.3'",
    );
    assert_plivo_error(
        plivo
            .create_ip_access_control_list()
            .body(
                types::CreateIpAccessControlListRequest::builder()
                    .ip_addresses(Vec::<String>::new()),
            )
            .send()
            .await,
        400,
        "at least one address",
    );
    assert_plivo_error(
        plivo
            .create_origination_uri()
            .body(types::CreateOriginationUriRequest::builder().uri("sip:pbx @example.com"))
            .send()
            .await,
        400,
        "Invalid uri",
    );
    // Direction-specific fields on the wrong direction.
    assert_plivo_error(
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .trunk_direction(types::TrunkDirection::Inbound)
                    .primary_uri_uuid(Some(uri.clone()))
                    .ipacl_uuid(Some(acl.clone())),
            )
            .send()
            .await,
        400,
        "apply to outbound trunks only",
    );
    assert_plivo_error(
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .trunk_direction(types::TrunkDirection::Outbound)
                    .ipacl_uuid(Some(acl.clone()))
                    .primary_uri_uuid(Some(uri.clone())),
            )
            .send()
            .await,
        400,
        "apply to inbound trunks only",
    );

    assert_eq!(emulator.plivo().trunk_count(), 0);
    let acls = plivo
        .list_ip_access_control_lists()
        .send()
        .await
        .expect("list");
    assert_eq!(acls.objects.len(), 1, "only the valid IP ACL exists");
}

#[tokio::test]
async fn references_to_missing_resources_answer_404_and_change_nothing() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let missing = "0f0f0f0f-0000-4000-8000-000000000000";

    assert_plivo_error(
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .trunk_direction(types::TrunkDirection::Outbound)
                    .ipacl_uuid(Some(missing.to_owned())),
            )
            .send()
            .await,
        404,
        &format!("IP access control list '{missing}' not found"),
    );
    assert_plivo_error(
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .trunk_direction(types::TrunkDirection::Outbound)
                    .credential_uuid(Some(missing.to_owned())),
            )
            .send()
            .await,
        404,
        &format!("Credential '{missing}' not found"),
    );
    assert_plivo_error(
        plivo
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .trunk_direction(types::TrunkDirection::Inbound)
                    .primary_uri_uuid(Some(missing.to_owned())),
            )
            .send()
            .await,
        404,
        &format!("Origination URI '{missing}' not found"),
    );
    assert_eq!(emulator.plivo().trunk_count(), 0);

    // An update that points an existing trunk at a missing credential leaves it unchanged.
    let acl = create_ip_acl(&plivo, "pbx", &["10.1.2.3"]).await;
    let trunk = create_outbound_trunk(&plivo, "pbx", &acl).await;
    assert_plivo_error(
        plivo
            .update_trunk()
            .trunk_id(&trunk)
            .body(
                types::UpdateTrunkRequest::builder()
                    .name(Some("renamed".to_owned()))
                    .credential_uuid(Some(missing.to_owned())),
            )
            .send()
            .await,
        404,
        missing,
    );
    let unchanged = plivo
        .get_trunk()
        .trunk_id(&trunk)
        .send()
        .await
        .expect("get");
    assert_eq!(unchanged.name.as_deref(), Some("pbx"));
    assert_eq!(unchanged.credential_uuid, None);
}

#[tokio::test]
async fn page_sizes_are_limited_to_20() {
    let emulator = emulator_support::start().await;
    let plivo = plivo(&emulator);
    let seeded = emulator.plivo().seed_trunks(25);
    emulator.plivo().seed_calls(PlivoCall::generate(3, 1));

    assert_plivo_error(
        plivo.list_trunks().limit(21u64).send().await,
        400,
        "limit must be between 1 and 20, got 21",
    );
    assert_plivo_error(
        plivo.list_credentials().limit(21u64).send().await,
        400,
        "limit must be between 1 and 20",
    );
    assert_plivo_error(
        plivo.list_calls().limit(100u64).send().await,
        400,
        "limit must be between 1 and 20",
    );

    let page = plivo
        .list_trunks()
        .limit(20u64)
        .send()
        .await
        .expect("the largest page");
    assert_eq!(page.objects.len(), 20);
    let meta = page.meta.as_ref().expect("meta");
    assert_eq!(
        (meta.limit, meta.offset, meta.total_count),
        (Some(20), Some(0), Some(25))
    );

    // The paging helper clamps a larger page size to Plivo's maximum instead of failing.
    emulator.plivo().clear_requests();
    let listed = all_trunks(&plivo, 500).await;
    assert_each_once(
        "trunks",
        listed
            .iter()
            .map(|t| t.trunk_id.clone().expect("trunk_id"))
            .collect(),
        seeded,
    );
    assert_eq!(
        list_requests(&emulator, &zentrunk("Trunk")),
        pairs(&[(0, 20), (20, 20)])
    );
}
