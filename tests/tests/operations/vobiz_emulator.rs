//! `trunkline-vobiz`'s typed client against `trunkline-emulator`, for what neither the typed
//! mocks (`vobiz.rs`), the emulator's own tests nor the shared suite show: every list streamed
//! across pages, CDR filters on every page, detaching with `""` and what a trunk's delete takes
//! with it, a URI's transport, numbers assigned by E.164 with their `+`, and every rule the
//! emulator enforces answered as the typed `{error, code}` body, changing nothing.

use futures::{StreamExt, TryStreamExt};
use trunkline_core::{OpenEnum, SecretString};
use trunkline_emulator::{DEFAULT_VOBIZ_AUTH_ID, DEFAULT_VOBIZ_PHONE_NUMBERS, Emulator, VobizCdr};
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
        acls.push(create_ip_acl(&vobiz, &format!("site-{i}"), &format!("10.40.{i}.0/24")).await);
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
