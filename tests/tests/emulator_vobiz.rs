//! `trunkline-vobiz`'s typed client against `trunkline-emulator`: trunks, credentials, IP ACL
//! entries and origination URIs are created, read (trunks; the others by listing), updated,
//! listed across several pages with `trunkline_vobiz::paginate` and deleted; seeded call detail
//! records are listed, searched, read, exported and paged with `paginate_cdrs`; numbers are
//! assigned and unassigned. Every rule violation comes back as the typed `{error, code}` body
//! with Vobiz's status.

mod emulator_support;

use emulator_support::{
    assert_each_once, error_response, fast_retries, pairs, query_pairs, requests, vobiz, vobiz_with,
};
use futures::TryStreamExt;
use trunkline_core::{OpenEnum, SecretString};
use trunkline_emulator::{DEFAULT_VOBIZ_AUTH_ID, DEFAULT_VOBIZ_PHONE_NUMBERS, Emulator, VobizCdr};
use trunkline_vobiz::{Client, paginate, paginate_cdrs, types};

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

/// The `(cursor, size)` query parameters of every GET the emulator received on exactly `path`.
fn list_requests(
    emulator: &Emulator,
    path: &str,
    cursor: &str,
    size: &str,
) -> Vec<(String, String)> {
    query_pairs(&emulator.vobiz().requests(), "GET", path, cursor, size)
}

async fn create_trunk(vobiz: &Client, name: &str, kind: types::TrunkType) -> types::Trunk {
    let created = vobiz
        .create_trunk()
        .body(
            types::CreateTrunkRequest::builder()
                .name(name)
                .trunk_type(kind)
                .max_concurrent_calls(Some(10)),
        )
        .send()
        .await
        .expect("create trunk");
    assert_eq!(created.status(), 201);
    created.into_inner()
}

async fn create_credential(vobiz: &Client, username: &str) -> types::Credential {
    let created = vobiz
        .create_credential()
        .body(
            types::CreateCredentialRequest::builder()
                .username(username)
                .password(SecretString::from("a-long-password")),
        )
        .send()
        .await
        .expect("create credential");
    assert_eq!(created.status(), 201);
    created.into_inner()
}

async fn create_ip_acl(vobiz: &Client, name: &str, ip: &str) -> types::IpAclEntry {
    let created = vobiz
        .create_ip_acl_entry()
        .body(
            types::CreateIpAclEntryRequest::builder()
                .name(name)
                .ip_address(ip),
        )
        .send()
        .await
        .expect("create IP ACL entry");
    assert_eq!(created.status(), 201);
    created.into_inner()
}

async fn create_uri(
    vobiz: &Client,
    name: &str,
    sip_uri: &str,
    priority: i64,
) -> types::OriginationUri {
    let created = vobiz
        .create_origination_uri()
        .body(
            types::CreateOriginationUriRequest::builder()
                .name(name)
                .sip_uri(sip_uri)
                .priority(priority),
        )
        .send()
        .await
        .expect("create origination URI");
    assert_eq!(created.status(), 201);
    created.into_inner()
}

async fn all_credentials(vobiz: &Client) -> Vec<types::Credential> {
    paginate(100, |offset, limit| {
        vobiz.list_credentials().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("credentials")
}

async fn all_ip_acls(vobiz: &Client) -> Vec<types::IpAclEntry> {
    paginate(100, |offset, limit| {
        vobiz
            .list_ip_acl_entries()
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("IP ACL entries")
}

async fn all_uris(vobiz: &Client) -> Vec<types::OriginationUri> {
    paginate(100, |offset, limit| {
        vobiz
            .list_origination_uris()
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("origination URIs")
}

#[tokio::test]
async fn trunks_are_created_read_updated_paged_and_deleted_with_their_attachments() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);

    let created = create_trunk(&vobiz, "pbx-outbound", types::TrunkType::Outbound).await;
    let id = created.trunk_id.clone();
    assert_eq!(id.len(), 36, "a UUID: {id}");
    assert_eq!(created.name.as_deref(), Some("pbx-outbound"));
    assert_eq!(created.trunk_domain, Some(format!("{id}.sip.vobiz.ai")));
    assert_eq!(
        created.trunk_direction,
        Some(OpenEnum::Known(types::TrunkDirection::Outbound))
    );
    assert_eq!(
        created.trunk_status,
        Some(OpenEnum::Known(types::TrunkStatus::Active))
    );
    assert_eq!(
        created.transport,
        Some(OpenEnum::Known(types::Transport::Udp))
    );
    assert_eq!((created.cps_limit, created.secure), (Some(2), Some(false)));
    assert_eq!(created.concurrent_calls_limit, Some(10));
    assert_eq!(created.account_id.as_deref(), Some(DEFAULT_VOBIZ_AUTH_ID));
    assert_eq!(created.credential_uuid, None);

    let read = vobiz
        .get_trunk()
        .trunk_id(&id)
        .send()
        .await
        .expect("get trunk");
    assert_eq!(read.trunk_id, id);
    assert_eq!(read.trunk_domain, created.trunk_domain);

    // The update replaces name, limit and state, and attaches everything a trunk can hold.
    let credential = create_credential(&vobiz, "pbx_user").await;
    let acl = create_ip_acl(&vobiz, "office", "10.1.2.3").await;
    let primary = create_uri(&vobiz, "primary", "sip:pbx@pbx.example.com:5060", 1).await;
    let fallback = create_uri(&vobiz, "fallback", "sip:pbx@backup.example.com", 2).await;
    let updated = vobiz
        .update_trunk()
        .trunk_id(&id)
        .body(
            types::UpdateTrunkRequest::builder()
                .name("pbx-renamed")
                .max_concurrent_calls(25)
                .enabled(false)
                .credential_uuid(Some(credential.id.clone()))
                .ipacl_uuid(Some(acl.id.clone()))
                .primary_uri_uuid(Some(primary.id.clone()))
                .fallback_uri_uuid(Some(fallback.id.clone())),
        )
        .send()
        .await
        .expect("update trunk");
    assert_eq!(updated.status(), 200);
    let read = vobiz
        .get_trunk()
        .trunk_id(&id)
        .send()
        .await
        .expect("get updated trunk");
    assert_eq!(read.name.as_deref(), Some("pbx-renamed"));
    assert_eq!(read.concurrent_calls_limit, Some(25));
    assert_eq!(
        read.trunk_status,
        Some(OpenEnum::Known(types::TrunkStatus::Inactive))
    );
    assert_eq!(
        read.credential_uuid.as_deref(),
        Some(credential.id.as_str())
    );
    assert_eq!(read.ipacl_uuid.as_deref(), Some(acl.id.as_str()));
    assert_eq!(read.primary_uri_uuid.as_deref(), Some(primary.id.as_str()));
    assert_eq!(
        read.fallback_uri_uuid.as_deref(),
        Some(fallback.id.as_str())
    );
    assert_eq!(
        read.inbound_destination.as_deref(),
        Some(primary.id.as_str())
    );

    // 23 trunks, 5 per page.
    let mut expected = emulator.vobiz().seed_trunks(22);
    expected.push(id.clone());
    emulator.vobiz().clear_requests();
    let listed: Vec<types::Trunk> = paginate(5, |offset, limit| {
        vobiz.list_trunks().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("every trunk page");
    assert_each_once(
        "trunks",
        listed.into_iter().map(|t| t.trunk_id).collect(),
        expected,
    );
    assert_eq!(
        list_requests(&emulator, &account_path("trunks"), "offset", "limit"),
        pairs(&[(0, 5), (5, 5), (10, 5), (15, 5), (20, 5)])
    );

    // Deleting the trunk deletes what was attached to it (Vobiz's delete page).
    let deleted = vobiz
        .delete_trunk()
        .trunk_id(&id)
        .send()
        .await
        .expect("delete trunk");
    assert_eq!(deleted.status(), 204);
    assert_vobiz_error(
        vobiz.get_trunk().trunk_id(&id).send().await,
        404,
        &format!("Trunk not found: {id}"),
    );
    assert_vobiz_error(
        vobiz.delete_trunk().trunk_id(&id).send().await,
        404,
        "Trunk not found",
    );
    assert!(all_credentials(&vobiz).await.is_empty());
    assert!(all_ip_acls(&vobiz).await.is_empty());
    assert!(all_uris(&vobiz).await.is_empty());
    assert_eq!(emulator.vobiz().trunk_count(), 22);
}

#[tokio::test]
async fn an_empty_id_detaches_and_only_attached_resources_go_with_the_trunk() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let trunk = create_trunk(&vobiz, "pbx", types::TrunkType::Inbound)
        .await
        .trunk_id;
    let credential = create_credential(&vobiz, "kept_user").await;
    let primary = create_uri(&vobiz, "primary", "sip:pbx@pbx.example.com", 1).await;
    let update = |credential: &str, primary: &str| {
        vobiz
            .update_trunk()
            .trunk_id(&trunk)
            .body(
                types::UpdateTrunkRequest::builder()
                    .name("pbx")
                    .max_concurrent_calls(10)
                    .enabled(true)
                    .credential_uuid(Some(credential.to_owned()))
                    .primary_uri_uuid(Some(primary.to_owned())),
            )
            .send()
    };

    let attached = update(&credential.id, &primary.id).await.expect("attach");
    assert_eq!(
        attached.credential_uuid.as_deref(),
        Some(credential.id.as_str())
    );
    assert_eq!(
        attached.inbound_destination.as_deref(),
        Some(primary.id.as_str())
    );

    // `""` detaches the credential; the URI stays attached.
    let detached = update("", &primary.id)
        .await
        .expect("detach the credential");
    assert_eq!(detached.credential_uuid, None);
    assert_eq!(
        detached.primary_uri_uuid.as_deref(),
        Some(primary.id.as_str())
    );

    // Deleting the trunk deletes the URI still attached, not the detached credential.
    vobiz
        .delete_trunk()
        .trunk_id(&trunk)
        .send()
        .await
        .expect("delete trunk");
    assert!(all_uris(&vobiz).await.is_empty());
    let credentials: Vec<String> = all_credentials(&vobiz)
        .await
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(credentials, [credential.id]);
}

#[tokio::test]
async fn credentials_are_created_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let mut ids = Vec::new();
    for i in 0..5 {
        let credential = create_credential(&vobiz, &format!("user.{i}")).await;
        assert_eq!(credential.username, Some(format!("user.{i}")));
        assert_eq!(credential.enabled, Some(true));
        assert_eq!(
            credential.realm,
            Some(format!("{DEFAULT_VOBIZ_AUTH_ID}.sip.vobiz.ai"))
        );
        ids.push(credential.id);
    }

    let updated = vobiz
        .update_credential()
        .credential_id(&ids[0])
        .body(
            types::UpdateCredentialRequest::builder()
                .enabled(Some(false))
                .password(Some(SecretString::from("another-long-password")))
                .description(Some("disabled for now".to_owned())),
        )
        .send()
        .await
        .expect("update credential");
    assert_eq!(updated.status(), 200);
    assert_eq!(updated.id, ids[0]);
    assert_eq!(updated.enabled, Some(false));
    assert_eq!(updated.username.as_deref(), Some("user.0"));

    emulator.vobiz().clear_requests();
    let listed: Vec<types::Credential> = paginate(2, |offset, limit| {
        vobiz.list_credentials().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("every credential page");
    let disabled: Vec<&str> = listed
        .iter()
        .filter(|c| c.enabled == Some(false))
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        disabled,
        [ids[0].as_str()],
        "the update is visible in the list"
    );
    assert_each_once(
        "credentials",
        listed.into_iter().map(|c| c.id).collect(),
        ids.clone(),
    );
    assert_eq!(
        list_requests(
            &emulator,
            &account_path("trunks/credentials"),
            "offset",
            "limit"
        ),
        pairs(&[(0, 2), (2, 2), (4, 2)])
    );

    let deleted = vobiz
        .delete_credential()
        .credential_id(&ids[0])
        .send()
        .await
        .expect("delete credential");
    assert_eq!(deleted.status(), 204);
    // No retrieve exists for credentials: the deleted one answers 404 and leaves the list.
    assert_vobiz_error(
        vobiz
            .delete_credential()
            .credential_id(&ids[0])
            .send()
            .await,
        404,
        &format!("Credential not found: {}", ids[0]),
    );
    assert_vobiz_error(
        vobiz
            .update_credential()
            .credential_id(&ids[0])
            .body(types::UpdateCredentialRequest::builder().enabled(Some(true)))
            .send()
            .await,
        404,
        "Credential not found",
    );
    assert_each_once(
        "credentials",
        all_credentials(&vobiz)
            .await
            .into_iter()
            .map(|c| c.id)
            .collect(),
        ids[1..].to_vec(),
    );
}

#[tokio::test]
async fn ip_acl_entries_are_created_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let mut ids = Vec::new();
    for i in 0..5 {
        let entry = create_ip_acl(&vobiz, &format!("site-{i}"), &format!("10.40.{i}.0/24")).await;
        assert_eq!(
            entry.description,
            Some(format!("site-{i}")),
            "name comes back as description"
        );
        assert_eq!(entry.ip_address, Some(format!("10.40.{i}.0/24")));
        ids.push(entry.id);
    }

    let updated = vobiz
        .update_ip_acl_entry()
        .ip_acl_id(&ids[0])
        .body(
            types::UpdateIpAclEntryRequest::builder()
                .name("moved site")
                .ip_address("172.16.5.5"),
        )
        .send()
        .await
        .expect("update IP ACL entry");
    assert_eq!(updated.status(), 200);
    assert_eq!(updated.description.as_deref(), Some("moved site"));
    assert_eq!(updated.ip_address.as_deref(), Some("172.16.5.5"));

    emulator.vobiz().clear_requests();
    let listed: Vec<types::IpAclEntry> = paginate(2, |offset, limit| {
        vobiz
            .list_ip_acl_entries()
            .offset(offset)
            .limit(limit)
            .send()
    })
    .try_collect()
    .await
    .expect("every IP ACL page");
    let moved = listed
        .iter()
        .find(|e| e.id == ids[0])
        .expect("the updated entry");
    assert_eq!(moved.ip_address.as_deref(), Some("172.16.5.5"));
    assert_each_once(
        "IP ACL entries",
        listed.into_iter().map(|e| e.id).collect(),
        ids.clone(),
    );
    assert_eq!(
        list_requests(&emulator, &account_path("trunks/ip-acl"), "offset", "limit").len(),
        3
    );

    let deleted = vobiz
        .delete_ip_acl_entry()
        .ip_acl_id(&ids[0])
        .send()
        .await
        .expect("delete IP ACL entry");
    assert_eq!(deleted.status(), 204);
    assert_vobiz_error(
        vobiz.delete_ip_acl_entry().ip_acl_id(&ids[0]).send().await,
        404,
        &format!("IP ACL entry not found: {}", ids[0]),
    );
    assert_eq!(all_ip_acls(&vobiz).await.len(), 4);
}

#[tokio::test]
async fn origination_uris_are_created_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let tcp = create_uri(
        &vobiz,
        "tcp",
        "sip:pbx@pbx.example.com:5060;transport=tcp",
        1,
    )
    .await;
    assert_eq!(
        tcp.uri.as_deref(),
        Some("sip:pbx@pbx.example.com:5060;transport=tcp")
    );
    assert_eq!(tcp.transport, Some(OpenEnum::Known(types::Transport::Tcp)));
    assert_eq!((tcp.priority, tcp.weight), (Some(1), Some(10)));
    let mut ids = vec![tcp.id.clone()];
    for i in 0..4 {
        let uri = create_uri(
            &vobiz,
            &format!("pbx-{i}"),
            &format!("sip:pbx{i}@example.com"),
            5,
        )
        .await;
        assert_eq!(uri.transport, Some(OpenEnum::Known(types::Transport::Udp)));
        ids.push(uri.id);
    }

    let updated = vobiz
        .update_origination_uri()
        .uri_id(&tcp.id)
        .body(
            types::UpdateOriginationUriRequest::builder()
                .name("tcp-backup")
                .priority(9),
        )
        .send()
        .await
        .expect("update origination URI");
    assert_eq!(updated.status(), 200);
    assert_eq!(updated.description.as_deref(), Some("tcp-backup"));
    assert_eq!(updated.priority, Some(9));
    assert_eq!(updated.uri, tcp.uri, "the URI itself cannot change");

    emulator.vobiz().clear_requests();
    let listed: Vec<types::OriginationUri> = paginate(2, |offset, limit| {
        vobiz
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
        listed.into_iter().map(|u| u.id).collect(),
        ids.clone(),
    );
    assert_eq!(
        list_requests(
            &emulator,
            &account_path("trunks/origination-uris"),
            "offset",
            "limit"
        )
        .len(),
        3
    );

    let deleted = vobiz
        .delete_origination_uri()
        .uri_id(&tcp.id)
        .send()
        .await
        .expect("delete origination URI");
    assert_eq!(deleted.status(), 204);
    assert_vobiz_error(
        vobiz
            .update_origination_uri()
            .uri_id(&tcp.id)
            .body(
                types::UpdateOriginationUriRequest::builder()
                    .name("x")
                    .priority(1),
            )
            .send()
            .await,
        404,
        &format!("Origination URI not found: {}", tcp.id),
    );
    assert_eq!(all_uris(&vobiz).await.len(), 4);
}

#[tokio::test]
async fn call_detail_records_are_listed_searched_read_and_exported() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let mut seeded = VobizCdr::generate(45, 11);
    emulator.vobiz().seed_cdrs(seeded.clone());
    seeded.sort_by_key(|c| std::cmp::Reverse(c.start_time));
    let newest_first: Vec<String> = seeded.iter().map(|c| c.uuid.clone()).collect();

    // Every record once, newest first, 10 per page.
    let listed: Vec<types::Cdr> = paginate_cdrs(10, |page, per_page| {
        vobiz.list_cdrs().page(page).per_page(per_page).send()
    })
    .try_collect()
    .await
    .expect("every CDR page");
    let listed_ids: Vec<String> = listed
        .iter()
        .map(|c| c.uuid.clone().expect("uuid"))
        .collect();
    assert_eq!(listed_ids, newest_first);
    assert_eq!(
        list_requests(&emulator, &account_path("cdr"), "page", "per_page"),
        pairs(&[(1, 10), (2, 10), (3, 10), (4, 10), (5, 10)])
    );

    // Search: the filter applies to every page and is echoed back, the summary counts it.
    let inbound: Vec<&VobizCdr> = seeded
        .iter()
        .filter(|c| c.call_direction == "inbound")
        .collect();
    let first = vobiz
        .search_cdrs()
        .call_direction(types::CallDirection::Inbound)
        .per_page(7)
        .send()
        .await
        .expect("search");
    assert_eq!(
        first
            .filters
            .as_ref()
            .and_then(|f| f.call_direction.as_deref()),
        Some("inbound")
    );
    let total = i64::try_from(inbound.len()).expect("small");
    assert_eq!(
        first.summary.as_ref().and_then(|s| s.total_calls),
        Some(total)
    );
    assert_eq!(first.pagination.as_ref().and_then(|p| p.total), Some(total));
    let found: Vec<types::Cdr> = paginate_cdrs(7, |page, per_page| {
        vobiz
            .search_cdrs()
            .call_direction(types::CallDirection::Inbound)
            .page(page)
            .per_page(per_page)
            .send()
    })
    .try_collect()
    .await
    .expect("every search page");
    assert_each_once(
        "inbound CDRs",
        found.into_iter().map(|c| c.uuid.expect("uuid")).collect(),
        inbound.iter().map(|c| c.uuid.clone()),
    );

    let recent = vobiz
        .list_recent_cdrs()
        .limit(5)
        .send()
        .await
        .expect("recent");
    assert_eq!(recent.count, Some(5));
    let recent_ids: Vec<String> = recent
        .data
        .iter()
        .map(|c| c.uuid.clone().expect("uuid"))
        .collect();
    assert_eq!(recent_ids, newest_first[..5]);

    // One record, by UUID and by numeric id.
    let expected = &seeded[3];
    let by_uuid = vobiz
        .get_cdr()
        .call_id(&expected.uuid)
        .send()
        .await
        .expect("get CDR");
    let record = by_uuid.data.as_ref().expect("data");
    assert_eq!(record.uuid.as_deref(), Some(expected.uuid.as_str()));
    assert_eq!(record.billsec, Some(expected.billsec));
    assert_eq!(
        record.hangup_cause.as_deref(),
        Some(expected.hangup_cause.as_str())
    );
    assert_eq!(
        record.caller_id_number.as_deref(),
        Some(expected.caller_id_number.as_str())
    );
    let numeric = record.id.expect("numeric id").to_string();
    let by_id = vobiz
        .get_cdr()
        .call_id(&numeric)
        .send()
        .await
        .expect("get CDR by id");
    assert_eq!(
        by_id.data.as_ref().and_then(|c| c.uuid.as_deref()),
        Some(expected.uuid.as_str())
    );
    assert_vobiz_error(
        vobiz.get_cdr().call_id("no-such-call").send().await,
        404,
        "CDR not found: no-such-call",
    );

    // The CSV export: a header and one row per record.
    let export = vobiz.export_cdrs().send().await.expect("export");
    assert_eq!(export.status(), 200);
    let bytes = export
        .into_inner()
        .into_inner()
        .try_fold(Vec::new(), |mut all, chunk| async move {
            all.extend_from_slice(&chunk);
            Ok(all)
        })
        .await
        .expect("CSV body");
    let csv = String::from_utf8(bytes).expect("UTF-8 CSV");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 46, "header + 45 rows");
    assert!(lines[0].contains("uuid"), "header: {}", lines[0]);
    for uuid in &newest_first {
        assert_eq!(
            lines.iter().filter(|l| l.contains(uuid.as_str())).count(),
            1,
            "{uuid}"
        );
    }
}

#[tokio::test]
async fn cdr_filters_apply_to_every_page() {
    let emulator = emulator_support::start().await;
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
    let found = |pages: Vec<types::Cdr>| -> Vec<String> {
        pages.into_iter().map(|c| c.uuid.expect("uuid")).collect()
    };

    // One day: start_date and end_date travel as YYYY-MM-DD.
    let day = seeded[10].start_time.date_naive();
    let on_day: Vec<types::Cdr> = paginate_cdrs(4, |page, per_page| {
        vobiz
            .list_cdrs()
            .start_date(day)
            .end_date(day)
            .page(page)
            .per_page(per_page)
            .send()
    })
    .try_collect()
    .await
    .expect("every page of the day");
    assert_each_once(
        "CDRs of the day",
        found(on_day),
        expect(&|c| c.start_time.date_naive() == day),
    );

    // Long calls that ended normally, through search.
    let long_cleared: Vec<types::Cdr> = paginate_cdrs(4, |page, per_page| {
        vobiz
            .search_cdrs()
            .min_duration(100)
            .hangup_cause("NORMAL_CLEARING")
            .page(page)
            .per_page(per_page)
            .send()
    })
    .try_collect()
    .await
    .expect("every search page");
    assert_each_once(
        "long cleared CDRs",
        found(long_cleared),
        expect(&|c| c.duration >= 100 && c.hangup_cause == "NORMAL_CLEARING"),
    );

    // A caller number fragment.
    let fragment = seeded[0].caller_id_number[8..].to_owned();
    let from: Vec<types::Cdr> = paginate_cdrs(4, |page, per_page| {
        vobiz
            .list_cdrs()
            .from_number(fragment.clone())
            .page(page)
            .per_page(per_page)
            .send()
    })
    .try_collect()
    .await
    .expect("every page");
    assert_each_once(
        "CDRs from the number",
        found(from),
        expect(&|c| c.caller_id_number.contains(&fragment)),
    );

    // Half a date range is refused.
    assert_vobiz_error(
        vobiz.list_cdrs().start_date(day).send().await,
        400,
        "start_date and end_date must be given together",
    );
}

#[tokio::test]
async fn numbers_are_assigned_and_unassigned() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let trunk = create_trunk(&vobiz, "inbound", types::TrunkType::Inbound).await;
    let number = DEFAULT_VOBIZ_PHONE_NUMBERS[0];
    let owner = |emulator: &Emulator| {
        emulator
            .vobiz()
            .phone_numbers()
            .into_iter()
            .find(|n| n.phone_number == number)
            .expect("an owned number")
            .trunk_id
    };

    let assign = || {
        vobiz
            .assign_number_to_trunk()
            .phone_number(number)
            .body(types::AssignNumberRequest::builder().trunk_group_id(trunk.trunk_id.clone()))
            .send()
    };
    let assigned = assign().await.expect("assign number");
    assert_eq!(assigned.status(), 200);
    assert_eq!(owner(&emulator).as_deref(), Some(trunk.trunk_id.as_str()));
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

    let unassigned = vobiz
        .unassign_number_from_trunk()
        .phone_number(number)
        .send()
        .await
        .expect("unassign number");
    assert_eq!(unassigned.status(), 204);
    assert_eq!(owner(&emulator), None);
    assert_vobiz_error(
        vobiz
            .unassign_number_from_trunk()
            .phone_number(number)
            .send()
            .await,
        404,
        "is not assigned to a trunk",
    );

    // Deleting a trunk releases its numbers.
    assign().await.expect("assign again");
    vobiz
        .delete_trunk()
        .trunk_id(&trunk.trunk_id)
        .send()
        .await
        .expect("delete trunk");
    assert_eq!(owner(&emulator), None);
}

#[tokio::test]
async fn wrong_credentials_are_refused_with_401_and_change_nothing() {
    let emulator = emulator_support::start().await;
    let intruder = vobiz_with(&emulator, "not-the-token", fast_retries());
    assert_vobiz_error(
        intruder.list_trunks().send().await,
        401,
        "Authentication failed",
    );
    assert_vobiz_error(
        intruder
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .name("intruder")
                    .trunk_type(types::TrunkType::Outbound)
                    .max_concurrent_calls(Some(1)),
            )
            .send()
            .await,
        401,
        "Authentication failed",
    );
    assert_eq!(emulator.vobiz().requests().len(), 2, "a 401 is final");
    assert_eq!(emulator.vobiz().trunk_count(), 0);
}

#[tokio::test]
async fn unknown_ids_answer_404_on_every_resource() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let missing = "00000000-0000-4000-8000-000000000000";

    assert_vobiz_error(
        vobiz.get_trunk().trunk_id(missing).send().await,
        404,
        "Trunk not found",
    );
    assert_vobiz_error(
        vobiz
            .update_trunk()
            .trunk_id(missing)
            .body(
                types::UpdateTrunkRequest::builder()
                    .name("x")
                    .max_concurrent_calls(1)
                    .enabled(true),
            )
            .send()
            .await,
        404,
        &format!("Trunk not found: {missing}"),
    );
    assert_vobiz_error(
        vobiz.delete_trunk().trunk_id(missing).send().await,
        404,
        missing,
    );
    assert_vobiz_error(
        vobiz
            .update_credential()
            .credential_id(missing)
            .body(types::UpdateCredentialRequest::builder())
            .send()
            .await,
        404,
        "Credential not found",
    );
    assert_vobiz_error(
        vobiz
            .delete_credential()
            .credential_id(missing)
            .send()
            .await,
        404,
        missing,
    );
    assert_vobiz_error(
        vobiz
            .update_ip_acl_entry()
            .ip_acl_id(missing)
            .body(
                types::UpdateIpAclEntryRequest::builder()
                    .name("x")
                    .ip_address("10.0.0.1"),
            )
            .send()
            .await,
        404,
        "IP ACL entry not found",
    );
    assert_vobiz_error(
        vobiz.delete_ip_acl_entry().ip_acl_id(missing).send().await,
        404,
        missing,
    );
    assert_vobiz_error(
        vobiz.delete_origination_uri().uri_id(missing).send().await,
        404,
        "Origination URI not found",
    );
    assert_vobiz_error(
        vobiz.get_cdr().call_id(missing).send().await,
        404,
        "CDR not found",
    );
    // A number the account does not own.
    assert_vobiz_error(
        vobiz
            .unassign_number_from_trunk()
            .phone_number("+919999999999")
            .send()
            .await,
        404,
        "not found on this account",
    );
}

#[tokio::test]
async fn missing_or_invalid_fields_answer_400_and_create_nothing() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);

    assert_vobiz_error(
        vobiz
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .name("no-limit")
                    .trunk_type(types::TrunkType::Outbound),
            )
            .send()
            .await,
        400,
        "max_concurrent_calls is required",
    );
    // The newer OpenAPI revision's body (no trunk_type) is refused.
    assert_vobiz_error(
        vobiz
            .create_trunk()
            .body(
                types::CreateTrunkRequest::builder()
                    .name("newer-shape")
                    .trunk_direction(Some(types::RequestedTrunkDirection::Outbound))
                    .concurrent_calls_limit(Some(10)),
            )
            .send()
            .await,
        400,
        "trunk_type is required",
    );
    assert_vobiz_error(
        vobiz
            .create_credential()
            .body(
                types::CreateCredentialRequest::builder()
                    .username("short_password")
                    .password(SecretString::from("short")),
            )
            .send()
            .await,
        400,
        "password must be at least 8 characters",
    );
    assert_vobiz_error(
        vobiz
            .create_credential()
            .body(
                types::CreateCredentialRequest::builder()
                    .username("no password")
                    .password(SecretString::from("a-long-password")),
            )
            .send()
            .await,
        400,
        "username may contain only",
    );
    for ip in ["192.0.2.10", "2001:db8::1", "10.0.0.256"] {
        assert_vobiz_error(
            vobiz
                .create_ip_acl_entry()
                .body(
                    types::CreateIpAclEntryRequest::builder()
                        .name("bad")
                        .ip_address(ip),
                )
                .send()
                .await,
            400,
            "Invalid IP address format",
        );
    }
    assert_vobiz_error(
        vobiz
            .create_origination_uri()
            .body(
                types::CreateOriginationUriRequest::builder()
                    .name("no scheme")
                    .sip_uri("pbx.example.com:5060")
                    .priority(1),
            )
            .send()
            .await,
        400,
        "Invalid SIP URI format. Expected: sip:user@host:port",
    );
    let trunk = create_trunk(&vobiz, "pbx", types::TrunkType::Inbound).await;
    assert_vobiz_error(
        vobiz
            .assign_number_to_trunk()
            .phone_number(DEFAULT_VOBIZ_PHONE_NUMBERS[1])
            .body(types::AssignNumberRequest::builder().trunk_group_id(""))
            .send()
            .await,
        400,
        "trunk_group_id is required",
    );
    assert_vobiz_error(
        vobiz
            .assign_number_to_trunk()
            .phone_number("12345")
            .body(types::AssignNumberRequest::builder().trunk_group_id(trunk.trunk_id.clone()))
            .send()
            .await,
        400,
        "Invalid phone number",
    );

    // A username is unique: the second one is a conflict.
    create_credential(&vobiz, "taken").await;
    assert_vobiz_error(
        vobiz
            .create_credential()
            .body(
                types::CreateCredentialRequest::builder()
                    .username("taken")
                    .password(SecretString::from("a-long-password")),
            )
            .send()
            .await,
        409,
        "Username already exists",
    );

    assert_eq!(emulator.vobiz().trunk_count(), 1);
    assert_eq!(all_credentials(&vobiz).await.len(), 1);
    assert!(all_ip_acls(&vobiz).await.is_empty());
    assert!(all_uris(&vobiz).await.is_empty());
    assert!(
        emulator
            .vobiz()
            .phone_numbers()
            .iter()
            .all(|n| n.trunk_id.is_none())
    );
}

#[tokio::test]
async fn references_to_missing_resources_answer_404_and_change_nothing() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let trunk = create_trunk(&vobiz, "pbx", types::TrunkType::Outbound).await;
    let missing = "11111111-0000-4000-8000-000000000000";
    let update = |body: types::builder::UpdateTrunkRequest| {
        vobiz
            .update_trunk()
            .trunk_id(&trunk.trunk_id)
            .body(body.name("renamed").max_concurrent_calls(99).enabled(false))
            .send()
    };

    assert_vobiz_error(
        update(types::UpdateTrunkRequest::builder().credential_uuid(Some(missing.to_owned())))
            .await,
        404,
        &format!("Credential not found: {missing}"),
    );
    assert_vobiz_error(
        update(types::UpdateTrunkRequest::builder().ipacl_uuid(Some(missing.to_owned()))).await,
        404,
        &format!("IP ACL entry not found: {missing}"),
    );
    assert_vobiz_error(
        update(types::UpdateTrunkRequest::builder().primary_uri_uuid(Some(missing.to_owned())))
            .await,
        404,
        &format!("Origination URI not found: {missing}"),
    );
    let unchanged = vobiz
        .get_trunk()
        .trunk_id(&trunk.trunk_id)
        .send()
        .await
        .expect("get");
    assert_eq!(unchanged.name.as_deref(), Some("pbx"));
    assert_eq!(unchanged.concurrent_calls_limit, Some(10));
    assert_eq!(
        unchanged.trunk_status,
        Some(OpenEnum::Known(types::TrunkStatus::Active))
    );

    assert_vobiz_error(
        vobiz
            .assign_number_to_trunk()
            .phone_number(DEFAULT_VOBIZ_PHONE_NUMBERS[0])
            .body(types::AssignNumberRequest::builder().trunk_group_id(missing))
            .send()
            .await,
        404,
        &format!("Trunk not found: {missing}"),
    );
    assert!(
        emulator
            .vobiz()
            .phone_numbers()
            .iter()
            .all(|n| n.trunk_id.is_none())
    );
}

#[tokio::test]
async fn page_sizes_are_limited_to_100() {
    let emulator = emulator_support::start().await;
    let vobiz = vobiz(&emulator);
    let seeded = emulator.vobiz().seed_trunks(130);
    emulator.vobiz().seed_generated_cdrs(3, 5);

    assert_vobiz_error(
        vobiz.list_trunks().limit(101).send().await,
        400,
        "limit must be between 1 and 100, got 101",
    );
    assert_vobiz_error(
        vobiz.list_credentials().limit(0).send().await,
        400,
        "limit must be between 1 and 100, got 0",
    );
    assert_vobiz_error(
        vobiz.list_cdrs().per_page(101).send().await,
        400,
        "per_page must be between 1 and 100",
    );
    assert_vobiz_error(
        vobiz.search_cdrs().per_page(1000).send().await,
        400,
        "per_page must be between 1 and 100",
    );
    assert_vobiz_error(
        vobiz.list_recent_cdrs().limit(101).send().await,
        400,
        "limit",
    );

    let page = vobiz
        .list_trunks()
        .limit(100)
        .send()
        .await
        .expect("the largest page");
    assert_eq!(page.objects.len(), 100);
    let meta = page.meta.as_ref().expect("meta");
    assert_eq!(
        (meta.limit, meta.offset, meta.total),
        (Some(100), Some(0), Some(130))
    );

    // The paging helper clamps a larger page size to Vobiz's maximum instead of failing.
    emulator.vobiz().clear_requests();
    let listed: Vec<types::Trunk> = paginate(1000, |offset, limit| {
        vobiz.list_trunks().offset(offset).limit(limit).send()
    })
    .try_collect()
    .await
    .expect("every trunk");
    assert_each_once(
        "trunks",
        listed.into_iter().map(|t| t.trunk_id).collect(),
        seeded,
    );
    assert_eq!(
        list_requests(&emulator, &account_path("trunks"), "offset", "limit"),
        pairs(&[(0, 100), (100, 100)])
    );
}
