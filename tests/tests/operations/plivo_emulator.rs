//! `trunkline-plivo`'s typed client against `trunkline-emulator`, for what neither the typed
//! mocks (`plivo.rs`), the emulator's own tests nor the shared suite show: every list streamed
//! across pages, call records newest first with their Insights and filters on every page,
//! partial updates through the typed builders, and every rule the emulator enforces answered
//! as the typed `{api_id, error}` body, with Plivo's status and message, changing nothing.

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
    let ids = |items: Vec<Option<String>>| items.into_iter().map(|id| id.expect("id")).collect();
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
    let carrier = |p: &Option<types::CallInsightsParty>| p.as_ref().and_then(|p| p.carrier.clone());
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
