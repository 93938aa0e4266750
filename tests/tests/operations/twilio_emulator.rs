//! `trunkline-twilio`'s typed client against `trunkline-emulator`, for what neither the
//! fixtures (`twilio_fixtures.rs`), the emulator's own tests nor the shared suite show: every
//! list of both APIs streamed across its next-page links, link paging while trunks are deleted
//! between pages, an API key on both APIs, partial updates and what deletes take with them,
//! and every rule the emulator enforces answered as the typed `{code, message, more_info,
//! status}` body with Twilio's status and code, creating nothing.

use futures::{StreamExt, TryStreamExt};
use trunkline_core::{OpenEnum, SecretString};
use trunkline_emulator::{
    DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_API_KEY_SECRET, DEFAULT_TWILIO_API_KEY_SID,
    RecordedRequest,
};
use trunkline_twilio::{Client, sip, trunking};

use crate::support::{
    ApiError, assert_each_once, error_response, fast_retries, pairs, query_pairs, query_param,
    start, twilio,
};

/// Both APIs' error bodies (`trunking::types::TwilioError`, `sip::types::TwilioError`).
trait TwilioErrorBody: std::fmt::Debug {
    fn parts(&self) -> (Option<i64>, Option<i64>, &str, &str);
}

fn text(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or_default()
}

impl TwilioErrorBody for trunking::types::TwilioError {
    fn parts(&self) -> (Option<i64>, Option<i64>, &str, &str) {
        (
            self.code,
            self.status,
            text(&self.message),
            text(&self.more_info),
        )
    }
}

impl TwilioErrorBody for sip::types::TwilioError {
    fn parts(&self) -> (Option<i64>, Option<i64>, &str, &str) {
        (
            self.code,
            self.status,
            text(&self.message),
            text(&self.more_info),
        )
    }
}

/// Asserts a typed Twilio error: HTTP status, Twilio error code (also in `more_info`), the
/// status again in the body, and a message containing `needle`.
fn assert_twilio_error<T, E: TwilioErrorBody>(
    result: Result<T, ApiError<E>>,
    status: u16,
    code: i64,
    needle: &str,
) {
    let (got, body) = error_response(result);
    let (got_code, got_status, message, more_info) = body.parts();
    assert_eq!(got, status, "status of {body:?}");
    assert_eq!(got_code, Some(code), "code of {body:?}");
    assert_eq!(got_status, Some(i64::from(status)), "{body:?}");
    assert!(
        more_info.ends_with(&code.to_string()),
        "more_info of {body:?}"
    );
    assert!(
        message.contains(needle),
        "expected {needle:?} in {message:?}"
    );
}

/// The 2010-04-01 path of the default account, e.g. `sip_path("SIP/CredentialLists.json")`.
fn sip_path(rest: &str) -> String {
    format!("/2010-04-01/Accounts/{DEFAULT_TWILIO_ACCOUNT_SID}/{rest}")
}

/// The `(PageSize, Page)` of every GET on exactly `path`: the first page has no `Page`, the
/// next-page links carry `Page=1`, `Page=2`…
fn pages(log: &[RecordedRequest], path: &str) -> Vec<(String, String)> {
    query_pairs(log, "GET", path, "PageSize", "Page")
}

/// The `(PageSize, Page)` of `count` pages of `size`.
fn expected_pages(size: u64, count: usize) -> Vec<(String, String)> {
    let numbered: Vec<(u64, String)> = (0..count)
        .map(|page| {
            (
                size,
                if page == 0 {
                    String::new()
                } else {
                    page.to_string()
                },
            )
        })
        .collect();
    pairs(&numbered)
}

async fn create_trunk(twilio: &Client, name: &str) -> String {
    let body = trunking::types::CreateTrunkRequest::builder().friendly_name(name);
    let trunk = twilio.trunking().create_trunk().body(body).send().await;
    trunk.expect("create trunk").into_inner().sid.expect("sid")
}

async fn create_credential_list(twilio: &Client, name: &str) -> String {
    let body = sip::types::CreateCredentialListRequest::builder().friendly_name(name);
    let list = twilio
        .sip()
        .create_credential_list()
        .body(body)
        .send()
        .await;
    list.expect("create credential list")
        .into_inner()
        .sid
        .expect("sid")
}

async fn create_ip_acl(twilio: &Client, name: &str) -> String {
    let body = sip::types::CreateIpAccessControlListRequest::builder().friendly_name(name);
    let list = twilio
        .sip()
        .create_ip_access_control_list()
        .body(body)
        .send()
        .await;
    list.expect("create IP ACL").into_inner().sid.expect("sid")
}

async fn sids<T, E: std::fmt::Debug>(
    stream: impl futures::Stream<Item = Result<T, E>>,
    sid: impl Fn(T) -> Option<String>,
) -> Vec<String> {
    let items: Vec<T> = stream.try_collect().await.expect("every page");
    items
        .into_iter()
        .map(|item| sid(item).expect("sid"))
        .collect()
}

/// The nine lists of both APIs, through the generated `stream()` in pages of 2: each item once,
/// one request per page, the pages after the first by their next-page links.
#[tokio::test]
async fn every_list_streams_across_its_next_page_links() {
    let emulator = start().await;
    let twilio = twilio(&emulator);
    let (t, s) = (twilio.trunking(), twilio.sip());
    let trunks = emulator.twilio_trunking().seed_trunks(4);
    let tk = trunks[0].clone();
    let (mut lists, mut acls, mut urls, mut credentials, mut addresses) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..3u16 {
        lists.push(create_credential_list(&twilio, &format!("users-{i}")).await);
        acls.push(create_ip_acl(&twilio, &format!("offices-{i}")).await);
        let url = trunking::types::CreateOriginationUrlRequest::builder()
            .friendly_name(format!("pbx-{i}"))
            .sip_url(format!("sip:pbx{i}@pbx.example.com"))
            .priority(i)
            .weight(10u16)
            .enabled(true);
        let url = t
            .create_origination_url()
            .trunk_sid(&tk)
            .body(url)
            .send()
            .await;
        urls.push(url.expect("origination URL").into_inner().sid.expect("sid"));
        let credential = sip::types::CreateCredentialRequest::builder()
            .username(format!("user{i}"))
            .password(SecretString::from("Correct-Horse-9"));
        let credential = s
            .create_credential()
            .credential_list_sid(&lists[0])
            .body(credential);
        credentials.push(
            credential
                .send()
                .await
                .expect("credential")
                .into_inner()
                .sid
                .expect("sid"),
        );
        let address = sip::types::CreateIpAddressRequest::builder()
            .friendly_name(format!("site-{i}"))
            .ip_address(format!("10.20.{i}.0"));
        let address = s
            .create_ip_address()
            .ip_access_control_list_sid(&acls[0])
            .body(address);
        addresses.push(
            address
                .send()
                .await
                .expect("address")
                .into_inner()
                .sid
                .expect("sid"),
        );
    }
    let numbers: Vec<String> = emulator
        .twilio_trunking()
        .phone_numbers()
        .iter()
        .take(3)
        .map(|n| n.sid.clone())
        .collect();
    for (i, _) in lists.iter().enumerate() {
        let add = trunking::types::AddTrunkCredentialListRequest::builder()
            .credential_list_sid(lists[i].clone());
        t.add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(add)
            .send()
            .await
            .expect("associate");
        let add = trunking::types::AddTrunkIpAccessControlListRequest::builder()
            .ip_access_control_list_sid(acls[i].clone());
        t.add_trunk_ip_access_control_list()
            .trunk_sid(&tk)
            .body(add)
            .send()
            .await
            .expect("associate");
        let add = trunking::types::AddTrunkPhoneNumberRequest::builder()
            .phone_number_sid(numbers[i].clone());
        t.add_trunk_phone_number()
            .trunk_sid(&tk)
            .body(add)
            .send()
            .await
            .expect("associate");
    }

    emulator.twilio_trunking().clear_requests();
    emulator.twilio_api().clear_requests();
    let trunk_lists = [
        (
            "/v1/Trunks".to_owned(),
            sids(t.list_trunks().stream().page_size(2), |x| x.sid).await,
            trunks.clone(),
        ),
        (
            format!("/v1/Trunks/{tk}/OriginationUrls"),
            sids(
                t.list_origination_urls()
                    .trunk_sid(&tk)
                    .stream()
                    .page_size(2),
                |x| x.sid,
            )
            .await,
            urls,
        ),
        (
            format!("/v1/Trunks/{tk}/CredentialLists"),
            sids(
                t.list_trunk_credential_lists()
                    .trunk_sid(&tk)
                    .stream()
                    .page_size(2),
                |x| x.sid,
            )
            .await,
            lists.clone(),
        ),
        (
            format!("/v1/Trunks/{tk}/IpAccessControlLists"),
            sids(
                t.list_trunk_ip_access_control_lists()
                    .trunk_sid(&tk)
                    .stream()
                    .page_size(2),
                |x| x.sid,
            )
            .await,
            acls.clone(),
        ),
        (
            format!("/v1/Trunks/{tk}/PhoneNumbers"),
            sids(
                t.list_trunk_phone_numbers()
                    .trunk_sid(&tk)
                    .stream()
                    .page_size(2),
                |x| x.sid,
            )
            .await,
            numbers,
        ),
    ];
    let sip_lists = [
        (
            sip_path("SIP/CredentialLists.json"),
            sids(s.list_credential_lists().stream().page_size(2), |x| x.sid).await,
            lists.clone(),
        ),
        (
            sip_path(&format!(
                "SIP/CredentialLists/{}/Credentials.json",
                lists[0]
            )),
            sids(
                s.list_credentials()
                    .credential_list_sid(&lists[0])
                    .stream()
                    .page_size(2),
                |x| x.sid,
            )
            .await,
            credentials,
        ),
        (
            sip_path("SIP/IpAccessControlLists.json"),
            sids(
                s.list_ip_access_control_lists().stream().page_size(2),
                |x| x.sid,
            )
            .await,
            acls.clone(),
        ),
        (
            sip_path(&format!(
                "SIP/IpAccessControlLists/{}/IpAddresses.json",
                acls[0]
            )),
            sids(
                s.list_ip_addresses()
                    .ip_access_control_list_sid(&acls[0])
                    .stream()
                    .page_size(2),
                |x| x.sid,
            )
            .await,
            addresses,
        ),
    ];
    let (trunking_log, api_log) = (
        emulator.twilio_trunking().requests(),
        emulator.twilio_api().requests(),
    );
    for (log, lists) in [
        (&trunking_log, &trunk_lists[..]),
        (&api_log, &sip_lists[..]),
    ] {
        for (path, listed, expected) in lists {
            assert_each_once(path, listed.clone(), expected.clone());
            assert_eq!(
                pages(log, path),
                expected_pages(2, expected.len().div_ceil(2)),
                "{path}"
            );
        }
    }
    assert!(
        trunking_log
            .iter()
            .filter(|r| query_param(r, "Page").is_some())
            .all(|r| query_param(r, "PageToken").is_some()),
        "pages after the first follow the PageToken of next_page_url"
    );
}

/// The 0.1 `Client::paginate`: the page size of the first request, or Twilio's default (50)
/// without one; 1,005 trunks in pages of 1,000 (the largest), and the shortcuts' default.
#[tokio::test]
async fn paginate_follows_every_link_with_the_first_page_s_size() {
    let emulator = start().await;
    let twilio = twilio(&emulator);
    let seeded = emulator.twilio_trunking().seed_trunks(1005);
    let sid = |t: trunking::types::Trunk| t.sid;
    for (first, size, requests) in [
        (
            twilio.trunking().list_trunks().page_size(1000u64),
            Some(1000),
            2,
        ),
        (twilio.trunking().list_trunks(), None, 21),
    ] {
        emulator.twilio_trunking().clear_requests();
        let all = sids(twilio.paginate(first.send()), sid).await;
        assert_each_once("trunks", all, seeded.clone());
        let log = emulator.twilio_trunking().requests();
        assert_eq!(log.len(), requests, "1005 trunks in pages of {size:?}");
        assert_eq!(
            query_param(&log[0], "PageSize"),
            size.map(|s| s.to_string())
        );
    }
    emulator.twilio_trunking().clear_requests();
    assert_each_once("trunks", sids(twilio.trunks(), sid).await, seeded);
    let log = emulator.twilio_trunking().requests();
    assert_eq!(pages(&log, "/v1/Trunks"), expected_pages(1000, 2));
}

#[tokio::test]
async fn link_paging_neither_skips_nor_repeats_when_trunks_are_deleted_between_pages() {
    let emulator = start().await;
    let twilio = twilio(&emulator);
    let seeded = emulator.twilio_trunking().seed_trunks(10);
    let mut stream = std::pin::pin!(twilio.trunking().list_trunks().stream().page_size(3));
    let mut seen = Vec::new();
    for _ in 0..3 {
        let trunk = stream.try_next().await.expect("page 1").expect("a trunk");
        seen.push(trunk.sid.expect("sid"));
    }
    assert_eq!(seen, seeded[..3]);
    // Between pages: delete one trunk already read and one not read yet.
    for gone in [&seeded[0], &seeded[5]] {
        twilio
            .trunking()
            .delete_trunk()
            .sid(gone)
            .send()
            .await
            .expect("delete");
    }
    while let Some(trunk) = stream.try_next().await.expect("later pages") {
        seen.push(trunk.sid.expect("sid"));
    }
    let mut expected: Vec<String> = seeded.clone();
    expected.remove(5);
    assert_eq!(seen, expected, "every remaining trunk once, in order");
}

#[tokio::test]
async fn an_api_key_authenticates_on_both_apis_and_a_wrong_secret_is_refused() {
    let emulator = start().await;
    let with_key = |secret: &str| {
        trunkline_twilio::ClientBuilder::api_key(
            DEFAULT_TWILIO_ACCOUNT_SID,
            DEFAULT_TWILIO_API_KEY_SID,
            secret,
        )
        .trunking_base_url(emulator.twilio_trunking_url())
        .sip_base_url(emulator.twilio_api_url())
        .config(fast_retries())
        .build()
        .expect("API key client")
    };
    let twilio = with_key(DEFAULT_TWILIO_API_KEY_SECRET);
    let tk = create_trunk(&twilio, "made with a key").await;
    let cl = create_credential_list(&twilio, "made with a key").await;
    assert!(tk.starts_with("TK") && cl.starts_with("CL"));
    let intruder = with_key("not-the-secret");
    let trunk = intruder.trunking().get_trunk().sid(&tk).send().await;
    assert_twilio_error(trunk, 401, 20003, "Authenticate");
    let list = intruder.sip().get_credential_list().sid(&cl).send().await;
    assert_twilio_error(list, 401, 20003, "Authenticate");
}

/// Partial updates send only what was set; deletes take with them what Twilio says they do.
#[tokio::test]
async fn partial_updates_and_what_deletes_take_with_them() {
    let emulator = start().await;
    let twilio = twilio(&emulator);
    let (t, s) = (twilio.trunking(), twilio.sip());
    let tk = create_trunk(&twilio, "recorded").await;

    // Recording: only the parameter sent changes, and the trunk shows it.
    let both = trunking::types::UpdateTrunkRecordingRequest::builder()
        .mode(trunking::types::RecordingMode::RecordFromAnswerDual)
        .trim(trunking::types::RecordingTrim::TrimSilence);
    t.update_trunk_recording()
        .trunk_sid(&tk)
        .body(both)
        .send()
        .await
        .expect("update");
    let mode = trunking::types::UpdateTrunkRecordingRequest::builder()
        .mode(trunking::types::RecordingMode::RecordFromRinging);
    t.update_trunk_recording()
        .trunk_sid(&tk)
        .body(mode)
        .send()
        .await
        .expect("mode only");
    let recording = t
        .get_trunk_recording()
        .trunk_sid(&tk)
        .send()
        .await
        .expect("get");
    assert_eq!(
        (recording.mode.clone(), recording.trim.clone()),
        (
            Some(OpenEnum::Known(
                trunking::types::RecordingMode::RecordFromRinging
            )),
            Some(OpenEnum::Known(trunking::types::RecordingTrim::TrimSilence))
        )
    );
    let trunk = t
        .get_trunk()
        .sid(&tk)
        .send()
        .await
        .expect("get trunk")
        .into_inner();
    let on_trunk = trunk.recording.expect("the trunk shows its recording");
    assert_eq!(
        (on_trunk.mode, on_trunk.trim),
        (recording.mode.clone(), recording.trim.clone())
    );

    // Deleting a 2010 credential list detaches it from the trunk and deletes its credentials.
    let (kept, gone) = (
        create_credential_list(&twilio, "kept").await,
        create_credential_list(&twilio, "gone").await,
    );
    for cl in [&kept, &gone] {
        let add = trunking::types::AddTrunkCredentialListRequest::builder()
            .credential_list_sid(cl.clone());
        t.add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(add)
            .send()
            .await
            .expect("associate");
    }
    let credential = sip::types::CreateCredentialRequest::builder()
        .username("alice")
        .password(SecretString::from("Correct-Horse-9"));
    let credential = s
        .create_credential()
        .credential_list_sid(&gone)
        .body(credential)
        .send()
        .await;
    let cr = credential
        .expect("credential")
        .into_inner()
        .sid
        .expect("sid");
    s.delete_credential_list()
        .sid(&gone)
        .send()
        .await
        .expect("delete list");
    let remaining = sids(twilio.trunk_credential_lists(&tk), |a| a.sid).await;
    assert_eq!(remaining, std::slice::from_ref(&kept));
    let read = s
        .get_credential()
        .credential_list_sid(&gone)
        .sid(&cr)
        .send()
        .await;
    assert_twilio_error(read, 404, 20404, "was not found");
    // Removing the association leaves the list in the 2010 API.
    t.remove_trunk_credential_list()
        .trunk_sid(&tk)
        .sid(&kept)
        .send()
        .await
        .expect("remove");
    s.get_credential_list()
        .sid(&kept)
        .send()
        .await
        .expect("the list outlives its association");
}

/// Every rule the emulator enforces, through the typed client: Twilio's status and code in the
/// typed error body, and nothing created.
#[tokio::test]
async fn rules_answer_twilio_s_status_and_code_and_create_nothing() {
    let emulator = start().await;
    let twilio = twilio(&emulator);
    let (t, s) = (twilio.trunking(), twilio.sip());
    let tk = create_trunk(&twilio, "pbx").await;
    let other = create_trunk(&twilio, "second").await;
    let cl = create_credential_list(&twilio, "users").await;
    let al = create_ip_acl(&twilio, "offices").await;
    let missing = |prefix: &str| format!("{prefix}00000000000000000000000000000000");
    let missing_tk = missing("TK");
    let name = || trunking::types::UpdateTrunkRequest::builder().friendly_name("x");
    let credential = |user: &str, pw: &str| {
        let body = sip::types::CreateCredentialRequest::builder().username(user);
        body.password(SecretString::from(pw))
    };

    // Unknown SIDs: 404, code 20404.
    let not_found = |r| assert_twilio_error(r, 404, 20404, "was not found");
    let trunk = t.get_trunk().sid(&missing_tk).send().await;
    assert_twilio_error(
        trunk,
        404,
        20404,
        &format!("/v1/Trunks/{missing_tk} was not found"),
    );
    assert_twilio_error(
        t.update_trunk().sid(&missing_tk).body(name()).send().await,
        404,
        20404,
        &missing_tk,
    );
    assert_twilio_error(
        t.delete_trunk().sid(&missing_tk).send().await,
        404,
        20404,
        &missing_tk,
    );
    assert_twilio_error(
        t.list_origination_urls()
            .trunk_sid(&missing_tk)
            .send()
            .await,
        404,
        20404,
        &missing_tk,
    );
    let url = t
        .get_origination_url()
        .trunk_sid(&tk)
        .sid(missing("OU"))
        .send()
        .await;
    assert_twilio_error(url, 404, 20404, "/OriginationUrls/OU0000");
    let recording = t.get_trunk_recording().trunk_sid(&missing_tk).send().await;
    assert_twilio_error(recording, 404, 20404, "was not found");
    not_found(
        t.remove_trunk_phone_number()
            .trunk_sid(&tk)
            .sid("PN00000000000000000000000000000001")
            .send()
            .await
            .map(drop),
    );
    let sip_missing = |r: Result<(), ApiError<sip::types::TwilioError>>| {
        assert_twilio_error(r, 404, 20404, "was not found")
    };
    sip_missing(
        s.get_credential_list()
            .sid(missing("CL"))
            .send()
            .await
            .map(drop),
    );
    let update = sip::types::UpdateCredentialRequest::builder();
    sip_missing(
        s.update_credential()
            .credential_list_sid(&cl)
            .sid(missing("CR"))
            .body(update)
            .send()
            .await
            .map(drop),
    );
    sip_missing(
        s.delete_ip_address()
            .ip_access_control_list_sid(&al)
            .sid(missing("IP"))
            .send()
            .await
            .map(drop),
    );
    sip_missing(
        s.list_ip_addresses()
            .ip_access_control_list_sid(missing("AL"))
            .send()
            .await
            .map(drop),
    );

    // Missing or invalid parameters: 400, code 20001.
    let add = |sid: &str| {
        trunking::types::AddTrunkCredentialListRequest::builder()
            .credential_list_sid(sid.to_owned())
    };
    let empty = t
        .add_trunk_credential_list()
        .trunk_sid(&tk)
        .body(add(""))
        .send()
        .await;
    assert_twilio_error(
        empty,
        400,
        20001,
        "Missing required parameter CredentialListSid",
    );
    let unnamed = sip::types::CreateCredentialListRequest::builder().friendly_name("");
    let unnamed = s.create_credential_list().body(unnamed).send().await;
    assert_twilio_error(
        unnamed,
        400,
        20001,
        "Missing required parameter FriendlyName",
    );
    for (body, message) in [
        (
            credential("", "Correct-Horse-9"),
            "Missing required parameter Username",
        ),
        (
            credential("alice", "password"),
            "Password must be at least 12 characters",
        ),
    ] {
        let created = s
            .create_credential()
            .credential_list_sid(&cl)
            .body(body)
            .send()
            .await;
        assert_twilio_error(created, 400, 20001, message);
    }
    let domain = trunking::types::CreateTrunkRequest::builder().domain_name("pbx.example.com");
    assert_twilio_error(
        t.create_trunk().body(domain).send().await,
        400,
        20001,
        "Invalid DomainName",
    );
    let sips = trunking::types::CreateOriginationUrlRequest::builder()
        .friendly_name("tls")
        .sip_url("sips:pbx@example.com")
        .priority(1u16)
        .weight(1u16)
        .enabled(true);
    let sips = t
        .create_origination_url()
        .trunk_sid(&tk)
        .body(sips)
        .send()
        .await;
    assert_twilio_error(sips, 400, 20001, "Invalid SipUrl");
    for (address, prefix, message) in [
        ("2001:db8::1", None, "Invalid IpAddress"),
        ("10.0.0.0", Some(33), "CidrPrefixLength"),
    ] {
        let body = sip::types::CreateIpAddressRequest::builder()
            .friendly_name("bad")
            .ip_address(address)
            .cidr_prefix_length(prefix);
        let created = s
            .create_ip_address()
            .ip_access_control_list_sid(&al)
            .body(body)
            .send()
            .await;
        assert_twilio_error(created, 400, 20001, message);
    }
    // Conflicts: a domain or username already taken.
    let claim = trunking::types::UpdateTrunkRequest::builder().domain_name("taken.pstn.twilio.com");
    t.update_trunk()
        .sid(&tk)
        .body(claim)
        .send()
        .await
        .expect("claim a domain");
    let taken = trunking::types::CreateTrunkRequest::builder().domain_name("taken.pstn.twilio.com");
    assert_twilio_error(
        t.create_trunk().body(taken).send().await,
        400,
        20001,
        "already in use",
    );
    let alice = || {
        s.create_credential()
            .credential_list_sid(&cl)
            .body(credential("alice", "Correct-Horse-9"))
            .send()
    };
    alice().await.expect("first alice");
    assert_twilio_error(alice().await, 400, 20001, "already exists");

    // References to missing resources: 404; attaching twice: 400.
    for (request, what) in [
        (
            t.add_trunk_credential_list()
                .trunk_sid(&tk)
                .body(add(&missing("CL")))
                .send()
                .await
                .map(drop),
            "CredentialList CL",
        ),
        (
            t.add_trunk_credential_list()
                .trunk_sid(&missing_tk)
                .body(add(&cl))
                .send()
                .await
                .map(drop),
            "was not found",
        ),
    ] {
        assert_twilio_error(request, 404, 20404, what);
    }
    let acl = trunking::types::AddTrunkIpAccessControlListRequest::builder()
        .ip_access_control_list_sid(missing("AL"));
    let acl = t
        .add_trunk_ip_access_control_list()
        .trunk_sid(&tk)
        .body(acl)
        .send()
        .await;
    assert_twilio_error(
        acl,
        404,
        20404,
        &format!("IpAccessControlList {} was not found", missing("AL")),
    );
    let number = |pn: &str| {
        trunking::types::AddTrunkPhoneNumberRequest::builder().phone_number_sid(pn.to_owned())
    };
    let unowned = t
        .add_trunk_phone_number()
        .trunk_sid(&tk)
        .body(number("PN0000000000000000000000000000ffff"))
        .send()
        .await;
    assert_twilio_error(
        unowned,
        404,
        20404,
        "IncomingPhoneNumber PN0000000000000000000000000000ffff was not found",
    );
    assert!(
        sids(twilio.trunk_credential_lists(&tk), |a| a.sid)
            .await
            .is_empty(),
        "nothing was associated"
    );
    t.add_trunk_credential_list()
        .trunk_sid(&tk)
        .body(add(&cl))
        .send()
        .await
        .expect("first association");
    let twice = t
        .add_trunk_credential_list()
        .trunk_sid(&tk)
        .body(add(&cl))
        .send()
        .await;
    assert_twilio_error(twice, 400, 20001, "already associated");
    let pn = emulator.twilio_trunking().phone_numbers()[0].sid.clone();
    t.add_trunk_phone_number()
        .trunk_sid(&tk)
        .body(number(&pn))
        .send()
        .await
        .expect("attach number");
    let elsewhere = t
        .add_trunk_phone_number()
        .trunk_sid(&other)
        .body(number(&pn))
        .send()
        .await;
    assert_twilio_error(elsewhere, 400, 20001, "already associated with trunk");
    let owner = emulator.twilio_trunking().phone_numbers()[0]
        .trunk_sid
        .clone();
    assert_eq!(owner.as_deref(), Some(tk.as_str()));

    // Page sizes: 1–1000.
    let big = t.list_trunks().page_size(1001u64).send().await;
    assert_twilio_error(
        big,
        400,
        20001,
        "PageSize must be between 1 and 1000, got 1001",
    );
    let big = s.list_credential_lists().page_size(5000u64).send().await;
    assert_twilio_error(big, 400, 20001, "PageSize must be between 1 and 1000");

    // Only what was valid exists.
    assert_eq!(emulator.twilio_trunking().trunk_count(), 2);
    assert_eq!(twilio.origination_urls(&tk).count().await, 0);
    assert_eq!(twilio.credentials(&cl).count().await, 1);
    assert_eq!(twilio.ip_addresses(&al).count().await, 0);
    assert_eq!(twilio.credential_lists().count().await, 1);
}
