//! `trunkline-twilio`'s typed client against `trunkline-emulator`: trunks, origination URLs,
//! recording settings, a trunk's credential-list / IP-ACL / phone-number associations, and the
//! 2010-04-01 SIP credential lists, credentials, IP access control lists and IP addresses are
//! each created, read, updated (where the API can), listed across several pages by following
//! Twilio's next-page links with `Client::paginate`, and deleted. Every rule violation comes
//! back as the typed `{code, message, more_info, status}` body with Twilio's status and code.

mod emulator_support;

use emulator_support::{
    assert_each_once, error_response, fast_retries, pairs, query_pairs, query_param, twilio,
    twilio_with,
};
use futures::TryStreamExt;
use trunkline_core::{OpenEnum, SecretString};
use trunkline_emulator::{
    DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_API_KEY_SECRET, DEFAULT_TWILIO_API_KEY_SID,
    DEFAULT_TWILIO_PHONE_NUMBERS,
};
use trunkline_twilio::{Client, sip, trunking};

/// Both APIs' error bodies (`trunking::types::TwilioError`, `sip::types::TwilioError`).
trait TwilioErrorBody: std::fmt::Debug {
    fn code(&self) -> Option<i64>;
    fn status(&self) -> Option<i64>;
    fn message(&self) -> &str;
    fn more_info(&self) -> &str;
}

macro_rules! twilio_error_body {
    ($($body:ty),*) => {$(
        impl TwilioErrorBody for $body {
            fn code(&self) -> Option<i64> {
                self.code
            }
            fn status(&self) -> Option<i64> {
                self.status
            }
            fn message(&self) -> &str {
                self.message.as_deref().unwrap_or_default()
            }
            fn more_info(&self) -> &str {
                self.more_info.as_deref().unwrap_or_default()
            }
        }
    )*};
}

twilio_error_body!(trunking::types::TwilioError, sip::types::TwilioError);

/// Asserts a typed Twilio error: HTTP status, Twilio error code (also in `status`,
/// `more_info`), and a message containing `needle`.
fn assert_twilio_error<T, E: TwilioErrorBody>(
    result: Result<T, emulator_support::ApiError<E>>,
    status: u16,
    code: i64,
    needle: &str,
) {
    let (got, body) = error_response(result);
    assert_eq!(got, status, "status of {body:?}");
    assert_eq!(body.code(), Some(code), "code of {body:?}");
    assert_eq!(body.status(), Some(i64::from(status)), "{body:?}");
    assert!(
        body.more_info().ends_with(&code.to_string()),
        "more_info of {body:?}"
    );
    assert!(
        body.message().contains(needle),
        "expected {needle:?} in {:?}",
        body.message()
    );
}

const SIP_PREFIX: &str = "/2010-04-01/Accounts/";

/// The 2010-04-01 path of the default account, e.g. `sip_path("SIP/CredentialLists.json")`.
fn sip_path(rest: &str) -> String {
    format!("{SIP_PREFIX}{DEFAULT_TWILIO_ACCOUNT_SID}/{rest}")
}

/// The `(PageSize, Page)` of every GET the listener received on exactly `path`: the first
/// page has no `Page`, the next-page links carry `Page=1`, `Page=2`…
fn pages(log: &[trunkline_emulator::RecordedRequest], path: &str) -> Vec<(String, String)> {
    query_pairs(log, "GET", path, "PageSize", "Page")
}

/// The `(PageSize, Page)` of `count` pages of `size`.
fn expected_pages(size: &str, count: usize) -> Vec<(String, String)> {
    let numbered: Vec<(&str, String)> = (0..count)
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
    let trunk = twilio
        .trunking()
        .create_trunk()
        .body(trunking::types::CreateTrunkRequest::builder().friendly_name(Some(name.to_owned())))
        .send()
        .await
        .expect("create trunk");
    assert_eq!(trunk.status(), 201);
    trunk.into_inner().sid.expect("trunk sid")
}

async fn create_credential_list(twilio: &Client, name: &str) -> String {
    let list = twilio
        .sip()
        .create_credential_list()
        .body(sip::types::CreateCredentialListRequest::builder().friendly_name(name))
        .send()
        .await
        .expect("create credential list");
    assert_eq!(list.status(), 201);
    list.into_inner().sid.expect("credential list sid")
}

async fn create_ip_acl(twilio: &Client, name: &str) -> String {
    let list = twilio
        .sip()
        .create_ip_access_control_list()
        .body(sip::types::CreateIpAccessControlListRequest::builder().friendly_name(name))
        .send()
        .await
        .expect("create IP access control list");
    assert_eq!(list.status(), 201);
    list.into_inner().sid.expect("IP ACL sid")
}

fn sid(value: Option<String>) -> String {
    value.expect("every Twilio resource has a sid")
}

#[tokio::test]
async fn trunks_are_created_read_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);

    let created = twilio
        .trunking()
        .create_trunk()
        .body(
            trunking::types::CreateTrunkRequest::builder()
                .friendly_name(Some("pbx-1".to_owned()))
                .domain_name(Some("pbx-1.pstn.twilio.com".to_owned()))
                .secure(Some(true))
                .transfer_mode(Some(trunking::types::TransferMode::SipOnly))
                .disaster_recovery_url(Some("https://pbx.example.com/dr".to_owned()))
                .disaster_recovery_method(Some(trunking::types::HttpMethod::Post)),
        )
        .send()
        .await
        .expect("create trunk");
    assert_eq!(created.status(), 201);
    let tk = sid(created.sid.clone());
    assert!(tk.starts_with("TK") && tk.len() == 34, "{tk}");
    assert_eq!(
        created.account_sid.as_deref(),
        Some(DEFAULT_TWILIO_ACCOUNT_SID)
    );

    let trunk = twilio
        .trunking()
        .get_trunk()
        .sid(&tk)
        .send()
        .await
        .expect("get trunk");
    assert_eq!(trunk.friendly_name.as_deref(), Some("pbx-1"));
    assert_eq!(trunk.domain_name.as_deref(), Some("pbx-1.pstn.twilio.com"));
    assert_eq!(trunk.secure, Some(true));
    assert_eq!(
        trunk.transfer_mode,
        Some(OpenEnum::Known(trunking::types::TransferMode::SipOnly))
    );
    assert_eq!(
        trunk.disaster_recovery_url.as_deref(),
        Some("https://pbx.example.com/dr")
    );
    assert_eq!(
        trunk.disaster_recovery_method,
        Some(OpenEnum::Known(trunking::types::HttpMethod::Post))
    );
    assert_eq!(trunk.auth_type_set.as_deref(), Some(&[][..]));
    assert_eq!(
        trunk.url,
        Some(format!("{}/v1/Trunks/{tk}", emulator.twilio_trunking_url()))
    );

    let updated = twilio
        .trunking()
        .update_trunk()
        .sid(&tk)
        .body(
            trunking::types::UpdateTrunkRequest::builder()
                .friendly_name(Some("pbx-1-renamed".to_owned()))
                .secure(Some(false))
                .cnam_lookup_enabled(Some(true)),
        )
        .send()
        .await
        .expect("update trunk");
    assert_eq!(updated.status(), 200);
    assert_eq!(updated.friendly_name.as_deref(), Some("pbx-1-renamed"));
    let trunk = twilio
        .trunking()
        .get_trunk()
        .sid(&tk)
        .send()
        .await
        .expect("get updated trunk");
    assert_eq!(trunk.friendly_name.as_deref(), Some("pbx-1-renamed"));
    assert_eq!(trunk.secure, Some(false));
    assert_eq!(trunk.cnam_lookup_enabled, Some(true));
    assert_eq!(
        trunk.domain_name.as_deref(),
        Some("pbx-1.pstn.twilio.com"),
        "parameters not sent keep their value"
    );

    // 12 trunks, 5 per page: three pages linked by next_page_url.
    let mut expected = emulator.twilio_trunking().seed_trunks(11);
    expected.push(tk.clone());
    emulator.twilio_trunking().clear_requests();
    let listed: Vec<trunking::types::Trunk> = twilio
        .paginate(twilio.trunking().list_trunks().page_size(5u64).send())
        .try_collect()
        .await
        .expect("every trunk page");
    assert_each_once(
        "trunks",
        listed.into_iter().map(|t| sid(t.sid)).collect(),
        expected,
    );
    let log = emulator.twilio_trunking().requests();
    assert_eq!(pages(&log, "/v1/Trunks"), expected_pages("5", 3));
    assert!(
        log.iter()
            .skip(1)
            .all(|r| query_param(r, "PageToken").is_some()),
        "pages after the first follow the PageToken of next_page_url: {log:?}"
    );

    let deleted = twilio
        .trunking()
        .delete_trunk()
        .sid(&tk)
        .send()
        .await
        .expect("delete trunk");
    assert_eq!(deleted.status(), 204);
    assert_twilio_error(
        twilio.trunking().get_trunk().sid(&tk).send().await,
        404,
        20404,
        &format!("/v1/Trunks/{tk} was not found"),
    );
    assert_twilio_error(
        twilio.trunking().delete_trunk().sid(&tk).send().await,
        404,
        20404,
        "was not found",
    );
    assert_eq!(emulator.twilio_trunking().trunk_count(), 11);
}

#[tokio::test]
async fn origination_urls_are_created_read_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let tk = create_trunk(&twilio, "pbx").await;

    let mut ids = Vec::new();
    for i in 0..5u16 {
        let url = twilio
            .trunking()
            .create_origination_url()
            .trunk_sid(&tk)
            .body(
                trunking::types::CreateOriginationUrlRequest::builder()
                    .friendly_name(format!("pbx-{i}"))
                    .sip_url(format!("sip:pbx{i}@pbx.example.com:5060"))
                    .priority(i)
                    .weight(10u16)
                    .enabled(true),
            )
            .send()
            .await
            .expect("create origination URL");
        assert_eq!(url.status(), 201);
        assert_eq!(url.trunk_sid.as_deref(), Some(tk.as_str()));
        ids.push(sid(url.into_inner().sid));
    }
    assert!(ids.iter().all(|id| id.starts_with("OU")), "{ids:?}");

    let url = twilio
        .trunking()
        .get_origination_url()
        .trunk_sid(&tk)
        .sid(&ids[0])
        .send()
        .await
        .expect("get origination URL");
    assert_eq!(
        url.sip_url.as_deref(),
        Some("sip:pbx0@pbx.example.com:5060")
    );
    assert_eq!(
        (url.priority, url.weight, url.enabled),
        (Some(0), Some(10), Some(true))
    );

    let updated = twilio
        .trunking()
        .update_origination_url()
        .trunk_sid(&tk)
        .sid(&ids[0])
        .body(
            trunking::types::UpdateOriginationUrlRequest::builder()
                .weight(Some(std::num::NonZeroU16::new(20).expect("non-zero")))
                .enabled(Some(false))
                .friendly_name(Some("standby".to_owned())),
        )
        .send()
        .await
        .expect("update origination URL");
    assert_eq!(updated.status(), 200);
    let url = twilio
        .trunking()
        .get_origination_url()
        .trunk_sid(&tk)
        .sid(&ids[0])
        .send()
        .await
        .expect("get updated origination URL");
    assert_eq!(url.friendly_name.as_deref(), Some("standby"));
    assert_eq!(
        (url.priority, url.weight, url.enabled),
        (Some(0), Some(20), Some(false))
    );
    assert_eq!(
        url.sip_url.as_deref(),
        Some("sip:pbx0@pbx.example.com:5060")
    );

    emulator.twilio_trunking().clear_requests();
    let listed: Vec<trunking::types::OriginationUrl> = twilio
        .paginate(
            twilio
                .trunking()
                .list_origination_urls()
                .trunk_sid(&tk)
                .page_size(2u64)
                .send(),
        )
        .try_collect()
        .await
        .expect("every origination URL page");
    assert_each_once(
        "origination URLs",
        listed.into_iter().map(|u| sid(u.sid)).collect(),
        ids.clone(),
    );
    assert_eq!(
        pages(
            &emulator.twilio_trunking().requests(),
            &format!("/v1/Trunks/{tk}/OriginationUrls")
        ),
        expected_pages("2", 3)
    );

    let deleted = twilio
        .trunking()
        .delete_origination_url()
        .trunk_sid(&tk)
        .sid(&ids[0])
        .send()
        .await
        .expect("delete origination URL");
    assert_eq!(deleted.status(), 204);
    assert_twilio_error(
        twilio
            .trunking()
            .get_origination_url()
            .trunk_sid(&tk)
            .sid(&ids[0])
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
}

#[tokio::test]
async fn recording_settings_are_read_and_updated() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let tk = create_trunk(&twilio, "recorded").await;

    let recording = twilio
        .trunking()
        .get_trunk_recording()
        .trunk_sid(&tk)
        .send()
        .await
        .expect("get recording");
    assert_eq!(
        recording.mode,
        Some(OpenEnum::Known(trunking::types::RecordingMode::DoNotRecord))
    );
    assert_eq!(
        recording.trim,
        Some(OpenEnum::Known(trunking::types::RecordingTrim::DoNotTrim))
    );

    let updated = twilio
        .trunking()
        .update_trunk_recording()
        .trunk_sid(&tk)
        .body(
            trunking::types::UpdateTrunkRecordingRequest::builder()
                .mode(Some(trunking::types::RecordingMode::RecordFromAnswerDual))
                .trim(Some(trunking::types::RecordingTrim::TrimSilence)),
        )
        .send()
        .await
        .expect("update recording");
    assert_eq!(
        updated.mode,
        Some(OpenEnum::Known(
            trunking::types::RecordingMode::RecordFromAnswerDual
        ))
    );

    // Only the parameter sent changes.
    twilio
        .trunking()
        .update_trunk_recording()
        .trunk_sid(&tk)
        .body(
            trunking::types::UpdateTrunkRecordingRequest::builder()
                .mode(Some(trunking::types::RecordingMode::RecordFromRinging)),
        )
        .send()
        .await
        .expect("update recording mode only");
    let recording = twilio
        .trunking()
        .get_trunk_recording()
        .trunk_sid(&tk)
        .send()
        .await
        .expect("get updated recording");
    assert_eq!(
        recording.mode,
        Some(OpenEnum::Known(
            trunking::types::RecordingMode::RecordFromRinging
        ))
    );
    assert_eq!(
        recording.trim,
        Some(OpenEnum::Known(trunking::types::RecordingTrim::TrimSilence))
    );
    let trunk = twilio
        .trunking()
        .get_trunk()
        .sid(&tk)
        .send()
        .await
        .expect("get trunk");
    let on_trunk = trunk
        .into_inner()
        .recording
        .expect("the trunk shows its recording");
    assert_eq!(
        (on_trunk.mode, on_trunk.trim),
        (recording.mode.clone(), recording.trim.clone())
    );

    assert_twilio_error(
        twilio
            .trunking()
            .get_trunk_recording()
            .trunk_sid("TK00000000000000000000000000000000")
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
}

#[tokio::test]
async fn credential_lists_are_associated_listed_and_removed() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let tk = create_trunk(&twilio, "pbx").await;
    let mut lists = Vec::new();
    for i in 0..3 {
        lists.push(create_credential_list(&twilio, &format!("users-{i}")).await);
    }

    for cl in &lists {
        let added = twilio
            .trunking()
            .add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(
                trunking::types::AddTrunkCredentialListRequest::builder()
                    .credential_list_sid(cl.clone()),
            )
            .send()
            .await
            .expect("associate credential list");
        assert_eq!(added.status(), 201);
        assert_eq!(added.sid.as_deref(), Some(cl.as_str()));
    }
    let association = twilio
        .trunking()
        .get_trunk_credential_list()
        .trunk_sid(&tk)
        .sid(&lists[0])
        .send()
        .await
        .expect("get association");
    assert_eq!(association.trunk_sid.as_deref(), Some(tk.as_str()));
    assert_eq!(association.friendly_name.as_deref(), Some("users-0"));
    let trunk = twilio
        .trunking()
        .get_trunk()
        .sid(&tk)
        .send()
        .await
        .expect("get trunk");
    assert_eq!(trunk.auth_type.as_deref(), Some("CREDENTIAL_LIST"));

    emulator.twilio_trunking().clear_requests();
    let listed: Vec<trunking::types::TrunkCredentialList> = twilio
        .paginate(
            twilio
                .trunking()
                .list_trunk_credential_lists()
                .trunk_sid(&tk)
                .page_size(2u64)
                .send(),
        )
        .try_collect()
        .await
        .expect("every association page");
    assert_each_once(
        "associated credential lists",
        listed.into_iter().map(|a| sid(a.sid)).collect(),
        lists.clone(),
    );
    assert_eq!(
        pages(
            &emulator.twilio_trunking().requests(),
            &format!("/v1/Trunks/{tk}/CredentialLists")
        ),
        expected_pages("2", 2)
    );

    let removed = twilio
        .trunking()
        .remove_trunk_credential_list()
        .trunk_sid(&tk)
        .sid(&lists[0])
        .send()
        .await
        .expect("remove association");
    assert_eq!(removed.status(), 204);
    assert_twilio_error(
        twilio
            .trunking()
            .get_trunk_credential_list()
            .trunk_sid(&tk)
            .sid(&lists[0])
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
    // The list itself still exists in the 2010 API.
    twilio
        .sip()
        .get_credential_list()
        .sid(&lists[0])
        .send()
        .await
        .expect("the credential list outlives its association");

    // Deleting a list in the 2010 API detaches it from the trunk.
    twilio
        .sip()
        .delete_credential_list()
        .sid(&lists[1])
        .send()
        .await
        .expect("delete credential list");
    let remaining: Vec<_> = twilio
        .trunk_credential_lists(&tk)
        .try_collect()
        .await
        .expect("associations");
    assert_eq!(
        remaining
            .into_iter()
            .map(|a| sid(a.sid))
            .collect::<Vec<_>>(),
        [lists[2].clone()]
    );
}

#[tokio::test]
async fn ip_access_control_lists_are_associated_listed_and_removed() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let tk = create_trunk(&twilio, "pbx").await;
    let mut lists = Vec::new();
    for i in 0..5 {
        lists.push(create_ip_acl(&twilio, &format!("offices-{i}")).await);
    }
    for al in &lists {
        let added = twilio
            .trunking()
            .add_trunk_ip_access_control_list()
            .trunk_sid(&tk)
            .body(
                trunking::types::AddTrunkIpAccessControlListRequest::builder()
                    .ip_access_control_list_sid(al.clone()),
            )
            .send()
            .await
            .expect("associate IP ACL");
        assert_eq!(added.status(), 201);
    }

    let association = twilio
        .trunking()
        .get_trunk_ip_access_control_list()
        .trunk_sid(&tk)
        .sid(&lists[4])
        .send()
        .await
        .expect("get association");
    assert_eq!(association.sid.as_deref(), Some(lists[4].as_str()));
    assert_eq!(association.friendly_name.as_deref(), Some("offices-4"));
    let trunk = twilio
        .trunking()
        .get_trunk()
        .sid(&tk)
        .send()
        .await
        .expect("get trunk");
    assert_eq!(trunk.auth_type_set, Some(vec!["IP_ACL".to_owned()]));

    emulator.twilio_trunking().clear_requests();
    let listed: Vec<trunking::types::TrunkIpAccessControlList> = twilio
        .paginate(
            twilio
                .trunking()
                .list_trunk_ip_access_control_lists()
                .trunk_sid(&tk)
                .page_size(2u64)
                .send(),
        )
        .try_collect()
        .await
        .expect("every association page");
    assert_each_once(
        "associated IP ACLs",
        listed.into_iter().map(|a| sid(a.sid)).collect(),
        lists.clone(),
    );
    assert_eq!(
        pages(
            &emulator.twilio_trunking().requests(),
            &format!("/v1/Trunks/{tk}/IpAccessControlLists")
        ),
        expected_pages("2", 3)
    );

    let removed = twilio
        .trunking()
        .remove_trunk_ip_access_control_list()
        .trunk_sid(&tk)
        .sid(&lists[4])
        .send()
        .await
        .expect("remove association");
    assert_eq!(removed.status(), 204);
    assert_twilio_error(
        twilio
            .trunking()
            .get_trunk_ip_access_control_list()
            .trunk_sid(&tk)
            .sid(&lists[4])
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
}

#[tokio::test]
async fn phone_numbers_are_associated_listed_and_removed() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let tk = create_trunk(&twilio, "inbound").await;
    let numbers = emulator.twilio_trunking().phone_numbers();
    assert_eq!(numbers.len(), DEFAULT_TWILIO_PHONE_NUMBERS.len());
    let attached: Vec<String> = numbers.iter().take(3).map(|n| n.sid.clone()).collect();

    for pn in &attached {
        let added = twilio
            .trunking()
            .add_trunk_phone_number()
            .trunk_sid(&tk)
            .body(
                trunking::types::AddTrunkPhoneNumberRequest::builder().phone_number_sid(pn.clone()),
            )
            .send()
            .await
            .expect("associate phone number");
        assert_eq!(added.status(), 201);
        assert_eq!(added.trunk_sid.as_deref(), Some(tk.as_str()));
    }
    let number = twilio
        .trunking()
        .get_trunk_phone_number()
        .trunk_sid(&tk)
        .sid(&attached[0])
        .send()
        .await
        .expect("get associated number");
    assert_eq!(
        number.phone_number.as_deref(),
        Some(DEFAULT_TWILIO_PHONE_NUMBERS[0])
    );
    assert_eq!(number.trunk_sid.as_deref(), Some(tk.as_str()));
    let owners: Vec<Option<String>> = emulator
        .twilio_trunking()
        .phone_numbers()
        .into_iter()
        .map(|n| n.trunk_sid)
        .collect();
    assert_eq!(
        owners
            .iter()
            .filter(|o| o.as_deref() == Some(tk.as_str()))
            .count(),
        3
    );

    emulator.twilio_trunking().clear_requests();
    let listed: Vec<trunking::types::TrunkPhoneNumber> = twilio
        .paginate(
            twilio
                .trunking()
                .list_trunk_phone_numbers()
                .trunk_sid(&tk)
                .page_size(2u64)
                .send(),
        )
        .try_collect()
        .await
        .expect("every number page");
    assert_each_once(
        "associated numbers",
        listed.into_iter().map(|n| sid(n.sid)).collect(),
        attached.clone(),
    );
    assert_eq!(
        pages(
            &emulator.twilio_trunking().requests(),
            &format!("/v1/Trunks/{tk}/PhoneNumbers")
        ),
        expected_pages("2", 2)
    );

    let removed = twilio
        .trunking()
        .remove_trunk_phone_number()
        .trunk_sid(&tk)
        .sid(&attached[0])
        .send()
        .await
        .expect("remove number");
    assert_eq!(removed.status(), 204);
    assert_twilio_error(
        twilio
            .trunking()
            .get_trunk_phone_number()
            .trunk_sid(&tk)
            .sid(&attached[0])
            .send()
            .await,
        404,
        20404,
        "was not found",
    );

    // Deleting the trunk releases its numbers.
    twilio
        .trunking()
        .delete_trunk()
        .sid(&tk)
        .send()
        .await
        .expect("delete trunk");
    assert!(
        emulator
            .twilio_trunking()
            .phone_numbers()
            .iter()
            .all(|n| n.trunk_sid.is_none())
    );
}

#[tokio::test]
async fn sip_credential_lists_and_credentials_are_created_read_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let mut lists = Vec::new();
    for i in 0..3 {
        lists.push(create_credential_list(&twilio, &format!("users-{i}")).await);
    }
    let cl = lists[0].clone();
    assert!(cl.starts_with("CL"), "{cl}");

    let list = twilio
        .sip()
        .get_credential_list()
        .sid(&cl)
        .send()
        .await
        .expect("get list");
    assert_eq!(list.friendly_name.as_deref(), Some("users-0"));
    assert_eq!(
        list.account_sid.as_deref(),
        Some(DEFAULT_TWILIO_ACCOUNT_SID)
    );
    let renamed = twilio
        .sip()
        .update_credential_list()
        .sid(&cl)
        .body(sip::types::UpdateCredentialListRequest::builder().friendly_name("pbx users"))
        .send()
        .await
        .expect("rename list");
    assert_eq!(renamed.status(), 200);
    let list = twilio
        .sip()
        .get_credential_list()
        .sid(&cl)
        .send()
        .await
        .expect("get list");
    assert_eq!(list.friendly_name.as_deref(), Some("pbx users"));

    emulator.twilio_api().clear_requests();
    let listed: Vec<sip::types::CredentialList> = twilio
        .paginate(twilio.sip().list_credential_lists().page_size(2u64).send())
        .try_collect()
        .await
        .expect("every credential list page");
    assert_each_once(
        "credential lists",
        listed.into_iter().map(|l| sid(l.sid)).collect(),
        lists.clone(),
    );
    assert_eq!(
        pages(
            &emulator.twilio_api().requests(),
            &sip_path("SIP/CredentialLists.json")
        ),
        expected_pages("2", 2)
    );

    // Credentials inside the list.
    let mut credentials = Vec::new();
    for i in 0..5 {
        let credential = twilio
            .sip()
            .create_credential()
            .credential_list_sid(&cl)
            .body(
                sip::types::CreateCredentialRequest::builder()
                    .username(format!("user{i}"))
                    .password(SecretString::from("Correct-Horse-9")),
            )
            .send()
            .await
            .expect("create credential");
        assert_eq!(credential.status(), 201);
        assert_eq!(credential.credential_list_sid.as_deref(), Some(cl.as_str()));
        credentials.push(sid(credential.into_inner().sid));
    }
    let credential = twilio
        .sip()
        .get_credential()
        .credential_list_sid(&cl)
        .sid(&credentials[0])
        .send()
        .await
        .expect("get credential");
    assert_eq!(credential.username.as_deref(), Some("user0"));
    let updated = twilio
        .sip()
        .update_credential()
        .credential_list_sid(&cl)
        .sid(&credentials[0])
        .body(
            sip::types::UpdateCredentialRequest::builder()
                .password(Some(SecretString::from("Another-Horse-10"))),
        )
        .send()
        .await
        .expect("change password");
    assert_eq!(updated.status(), 200);
    assert_eq!(updated.username.as_deref(), Some("user0"));

    emulator.twilio_api().clear_requests();
    let listed: Vec<sip::types::Credential> = twilio
        .paginate(
            twilio
                .sip()
                .list_credentials()
                .credential_list_sid(&cl)
                .page_size(2u64)
                .send(),
        )
        .try_collect()
        .await
        .expect("every credential page");
    assert_each_once(
        "credentials",
        listed.into_iter().map(|c| sid(c.sid)).collect(),
        credentials.clone(),
    );
    assert_eq!(
        pages(
            &emulator.twilio_api().requests(),
            &sip_path(&format!("SIP/CredentialLists/{cl}/Credentials.json"))
        ),
        expected_pages("2", 3)
    );

    let deleted = twilio
        .sip()
        .delete_credential()
        .credential_list_sid(&cl)
        .sid(&credentials[0])
        .send()
        .await
        .expect("delete credential");
    assert_eq!(deleted.status(), 204);
    assert_twilio_error(
        twilio
            .sip()
            .get_credential()
            .credential_list_sid(&cl)
            .sid(&credentials[0])
            .send()
            .await,
        404,
        20404,
        "was not found",
    );

    let deleted = twilio
        .sip()
        .delete_credential_list()
        .sid(&cl)
        .send()
        .await
        .expect("delete list");
    assert_eq!(deleted.status(), 204);
    assert_twilio_error(
        twilio.sip().get_credential_list().sid(&cl).send().await,
        404,
        20404,
        "was not found",
    );
    assert_twilio_error(
        twilio
            .sip()
            .get_credential()
            .credential_list_sid(&cl)
            .sid(&credentials[1])
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
}

#[tokio::test]
async fn sip_ip_access_control_lists_and_addresses_are_created_read_updated_paged_and_deleted() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let mut lists = Vec::new();
    for i in 0..3 {
        lists.push(create_ip_acl(&twilio, &format!("offices-{i}")).await);
    }
    let al = lists[0].clone();
    assert!(al.starts_with("AL"), "{al}");

    let renamed = twilio
        .sip()
        .update_ip_access_control_list()
        .sid(&al)
        .body(sip::types::UpdateIpAccessControlListRequest::builder().friendly_name("head office"))
        .send()
        .await
        .expect("rename IP ACL");
    assert_eq!(renamed.status(), 200);
    let list = twilio
        .sip()
        .get_ip_access_control_list()
        .sid(&al)
        .send()
        .await
        .expect("get IP ACL");
    assert_eq!(list.friendly_name.as_deref(), Some("head office"));

    emulator.twilio_api().clear_requests();
    let listed: Vec<sip::types::IpAccessControlList> = twilio
        .paginate(
            twilio
                .sip()
                .list_ip_access_control_lists()
                .page_size(2u64)
                .send(),
        )
        .try_collect()
        .await
        .expect("every IP ACL page");
    assert_each_once(
        "IP ACLs",
        listed.into_iter().map(|l| sid(l.sid)).collect(),
        lists.clone(),
    );
    assert_eq!(
        pages(
            &emulator.twilio_api().requests(),
            &sip_path("SIP/IpAccessControlLists.json")
        ),
        expected_pages("2", 2)
    );

    let mut addresses = Vec::new();
    for i in 0..5 {
        let address = twilio
            .sip()
            .create_ip_address()
            .ip_access_control_list_sid(&al)
            .body(
                sip::types::CreateIpAddressRequest::builder()
                    .friendly_name(format!("site-{i}"))
                    .ip_address(format!("10.20.{i}.0"))
                    .cidr_prefix_length(if i == 0 { Some(24) } else { None }),
            )
            .send()
            .await
            .expect("create IP address");
        assert_eq!(address.status(), 201);
        addresses.push(sid(address.into_inner().sid));
    }
    let address = twilio
        .sip()
        .get_ip_address()
        .ip_access_control_list_sid(&al)
        .sid(&addresses[0])
        .send()
        .await
        .expect("get IP address");
    assert_eq!(address.ip_address.as_deref(), Some("10.20.0.0"));
    assert_eq!(address.cidr_prefix_length, Some(24));
    let other = twilio
        .sip()
        .get_ip_address()
        .ip_access_control_list_sid(&al)
        .sid(&addresses[1])
        .send()
        .await
        .expect("get IP address");
    assert_eq!(other.cidr_prefix_length, Some(32), "the default prefix");

    let updated = twilio
        .sip()
        .update_ip_address()
        .ip_access_control_list_sid(&al)
        .sid(&addresses[0])
        .body(
            sip::types::UpdateIpAddressRequest::builder()
                .ip_address(Some("10.30.0.0".to_owned()))
                .cidr_prefix_length(Some(16)),
        )
        .send()
        .await
        .expect("update IP address");
    assert_eq!(updated.status(), 200);
    let address = twilio
        .sip()
        .get_ip_address()
        .ip_access_control_list_sid(&al)
        .sid(&addresses[0])
        .send()
        .await
        .expect("get updated IP address");
    assert_eq!(address.ip_address.as_deref(), Some("10.30.0.0"));
    assert_eq!(address.cidr_prefix_length, Some(16));
    assert_eq!(address.friendly_name.as_deref(), Some("site-0"));

    emulator.twilio_api().clear_requests();
    let listed: Vec<sip::types::IpAddress> = twilio
        .paginate(
            twilio
                .sip()
                .list_ip_addresses()
                .ip_access_control_list_sid(&al)
                .page_size(2u64)
                .send(),
        )
        .try_collect()
        .await
        .expect("every IP address page");
    assert_each_once(
        "IP addresses",
        listed.into_iter().map(|a| sid(a.sid)).collect(),
        addresses.clone(),
    );
    assert_eq!(
        pages(
            &emulator.twilio_api().requests(),
            &sip_path(&format!("SIP/IpAccessControlLists/{al}/IpAddresses.json"))
        ),
        expected_pages("2", 3)
    );

    let deleted = twilio
        .sip()
        .delete_ip_address()
        .ip_access_control_list_sid(&al)
        .sid(&addresses[0])
        .send()
        .await
        .expect("delete IP address");
    assert_eq!(deleted.status(), 204);
    assert_twilio_error(
        twilio
            .sip()
            .get_ip_address()
            .ip_access_control_list_sid(&al)
            .sid(&addresses[0])
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
    let deleted = twilio
        .sip()
        .delete_ip_access_control_list()
        .sid(&al)
        .send()
        .await
        .expect("delete IP ACL");
    assert_eq!(deleted.status(), 204);
    assert_twilio_error(
        twilio
            .sip()
            .get_ip_access_control_list()
            .sid(&al)
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
}

#[tokio::test]
async fn wrong_credentials_are_refused_with_401_code_20003_on_both_apis() {
    let emulator = emulator_support::start().await;
    let intruder = twilio_with(&emulator, "not-the-auth-token", fast_retries());
    assert_twilio_error(
        intruder.trunking().list_trunks().send().await,
        401,
        20003,
        "Authenticate",
    );
    assert_twilio_error(
        intruder
            .trunking()
            .create_trunk()
            .body(
                trunking::types::CreateTrunkRequest::builder().friendly_name(Some("x".to_owned())),
            )
            .send()
            .await,
        401,
        20003,
        "Authenticate",
    );
    assert_twilio_error(
        intruder
            .sip()
            .create_credential_list()
            .body(sip::types::CreateCredentialListRequest::builder().friendly_name("x"))
            .send()
            .await,
        401,
        20003,
        "Authenticate",
    );
    // Sent once each (a 401 is final), and nothing was created.
    assert_eq!(emulator.twilio_trunking().requests().len(), 2);
    assert_eq!(emulator.twilio_api().requests().len(), 1);
    assert_eq!(emulator.twilio_trunking().trunk_count(), 0);
    let lists: Vec<_> = twilio(&emulator)
        .credential_lists()
        .try_collect()
        .await
        .expect("list with the right token");
    assert!(lists.is_empty());
}

#[tokio::test]
async fn an_api_key_authenticates_on_both_apis_and_a_wrong_secret_is_refused() {
    let emulator = emulator_support::start().await;
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
    assert_twilio_error(
        intruder.trunking().get_trunk().sid(&tk).send().await,
        401,
        20003,
        "Authenticate",
    );
    assert_twilio_error(
        intruder.sip().get_credential_list().sid(&cl).send().await,
        401,
        20003,
        "Authenticate",
    );
}

#[tokio::test]
async fn link_paging_neither_skips_nor_repeats_when_trunks_are_deleted_between_pages() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let seeded = emulator.twilio_trunking().seed_trunks(10);

    let mut stream =
        std::pin::pin!(twilio.paginate(twilio.trunking().list_trunks().page_size(3u64).send()));
    let mut seen = Vec::new();
    for _ in 0..3 {
        let trunk = stream.try_next().await.expect("page 1").expect("a trunk");
        seen.push(sid(trunk.sid));
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
        seen.push(sid(trunk.sid));
    }
    let mut expected: Vec<String> = seeded.clone();
    expected.remove(5);
    assert_eq!(seen, expected, "every remaining trunk once, in order");
}

#[tokio::test]
async fn unknown_sids_answer_404_code_20404() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let tk = create_trunk(&twilio, "pbx").await;
    let cl = create_credential_list(&twilio, "users").await;
    let al = create_ip_acl(&twilio, "offices").await;
    let missing_tk = "TK00000000000000000000000000000000";
    let t = twilio.trunking();
    let s = twilio.sip();

    assert_twilio_error(
        t.get_trunk().sid(missing_tk).send().await,
        404,
        20404,
        missing_tk,
    );
    assert_twilio_error(
        t.update_trunk()
            .sid(missing_tk)
            .body(
                trunking::types::UpdateTrunkRequest::builder().friendly_name(Some("x".to_owned())),
            )
            .send()
            .await,
        404,
        20404,
        missing_tk,
    );
    assert_twilio_error(
        t.list_origination_urls().trunk_sid(missing_tk).send().await,
        404,
        20404,
        missing_tk,
    );
    assert_twilio_error(
        t.get_origination_url()
            .trunk_sid(&tk)
            .sid("OU00000000000000000000000000000000")
            .send()
            .await,
        404,
        20404,
        "/OriginationUrls/OU0000",
    );
    assert_twilio_error(
        t.remove_trunk_phone_number()
            .trunk_sid(&tk)
            .sid("PN00000000000000000000000000000001")
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
    assert_twilio_error(
        s.get_credential_list()
            .sid("CL00000000000000000000000000000000")
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
    assert_twilio_error(
        s.update_credential()
            .credential_list_sid(&cl)
            .sid("CR00000000000000000000000000000000")
            .body(sip::types::UpdateCredentialRequest::builder())
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
    assert_twilio_error(
        s.delete_ip_address()
            .ip_access_control_list_sid(&al)
            .sid("IP00000000000000000000000000000000")
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
    assert_twilio_error(
        s.list_ip_addresses()
            .ip_access_control_list_sid("AL00000000000000000000000000000000")
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
}

#[tokio::test]
async fn missing_or_invalid_parameters_answer_400_code_20001_and_create_nothing() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let tk = create_trunk(&twilio, "pbx").await;
    let cl = create_credential_list(&twilio, "users").await;
    let al = create_ip_acl(&twilio, "offices").await;
    let t = twilio.trunking();
    let s = twilio.sip();

    // Required parameters sent empty are missing.
    assert_twilio_error(
        t.add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(trunking::types::AddTrunkCredentialListRequest::builder().credential_list_sid(""))
            .send()
            .await,
        400,
        20001,
        "Missing required parameter CredentialListSid",
    );
    assert_twilio_error(
        s.create_credential_list()
            .body(sip::types::CreateCredentialListRequest::builder().friendly_name(""))
            .send()
            .await,
        400,
        20001,
        "Missing required parameter FriendlyName",
    );
    assert_twilio_error(
        s.create_credential()
            .credential_list_sid(&cl)
            .body(
                sip::types::CreateCredentialRequest::builder()
                    .username("")
                    .password(SecretString::from("Correct-Horse-9")),
            )
            .send()
            .await,
        400,
        20001,
        "Missing required parameter Username",
    );

    // Invalid values.
    assert_twilio_error(
        t.create_trunk()
            .body(
                trunking::types::CreateTrunkRequest::builder()
                    .domain_name(Some("pbx.example.com".to_owned())),
            )
            .send()
            .await,
        400,
        20001,
        "Invalid DomainName",
    );
    assert_twilio_error(
        t.create_origination_url()
            .trunk_sid(&tk)
            .body(
                trunking::types::CreateOriginationUrlRequest::builder()
                    .friendly_name("tls")
                    .sip_url("sips:pbx@example.com")
                    .priority(1u16)
                    .weight(1u16)
                    .enabled(true),
            )
            .send()
            .await,
        400,
        20001,
        "Invalid SipUrl",
    );
    assert_twilio_error(
        s.create_credential()
            .credential_list_sid(&cl)
            .body(
                sip::types::CreateCredentialRequest::builder()
                    .username("alice")
                    .password(SecretString::from("password")),
            )
            .send()
            .await,
        400,
        20001,
        "Password must be at least 12 characters",
    );
    assert_twilio_error(
        s.create_ip_address()
            .ip_access_control_list_sid(&al)
            .body(
                sip::types::CreateIpAddressRequest::builder()
                    .friendly_name("v6")
                    .ip_address("2001:db8::1"),
            )
            .send()
            .await,
        400,
        20001,
        "Invalid IpAddress",
    );
    assert_twilio_error(
        s.create_ip_address()
            .ip_access_control_list_sid(&al)
            .body(
                sip::types::CreateIpAddressRequest::builder()
                    .friendly_name("too wide")
                    .ip_address("10.0.0.0")
                    .cidr_prefix_length(Some(33)),
            )
            .send()
            .await,
        400,
        20001,
        "CidrPrefixLength",
    );

    // Conflicts: a domain or username already taken.
    t.update_trunk()
        .sid(&tk)
        .body(
            trunking::types::UpdateTrunkRequest::builder()
                .domain_name(Some("taken.pstn.twilio.com".to_owned())),
        )
        .send()
        .await
        .expect("claim a domain");
    assert_twilio_error(
        t.create_trunk()
            .body(
                trunking::types::CreateTrunkRequest::builder()
                    .domain_name(Some("taken.pstn.twilio.com".to_owned())),
            )
            .send()
            .await,
        400,
        20001,
        "already in use",
    );
    s.create_credential()
        .credential_list_sid(&cl)
        .body(
            sip::types::CreateCredentialRequest::builder()
                .username("alice")
                .password(SecretString::from("Correct-Horse-9")),
        )
        .send()
        .await
        .expect("first alice");
    assert_twilio_error(
        s.create_credential()
            .credential_list_sid(&cl)
            .body(
                sip::types::CreateCredentialRequest::builder()
                    .username("alice")
                    .password(SecretString::from("Correct-Horse-9")),
            )
            .send()
            .await,
        400,
        20001,
        "already exists",
    );

    // Only what was valid exists.
    assert_eq!(emulator.twilio_trunking().trunk_count(), 1);
    let origination: Vec<_> = twilio
        .origination_urls(&tk)
        .try_collect()
        .await
        .expect("urls");
    assert!(origination.is_empty());
    let credentials: Vec<_> = twilio
        .credentials(&cl)
        .try_collect()
        .await
        .expect("credentials");
    assert_eq!(credentials.len(), 1);
    let addresses: Vec<_> = twilio
        .ip_addresses(&al)
        .try_collect()
        .await
        .expect("addresses");
    assert!(addresses.is_empty());
    let lists: Vec<_> = twilio
        .credential_lists()
        .try_collect()
        .await
        .expect("lists");
    assert_eq!(lists.len(), 1);
}

#[tokio::test]
async fn references_to_missing_resources_answer_404_and_attaching_twice_400() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    let tk = create_trunk(&twilio, "first").await;
    let other = create_trunk(&twilio, "second").await;
    let t = twilio.trunking();

    assert_twilio_error(
        t.add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(
                trunking::types::AddTrunkCredentialListRequest::builder()
                    .credential_list_sid("CL00000000000000000000000000000000"),
            )
            .send()
            .await,
        404,
        20404,
        "CredentialList CL00000000000000000000000000000000 was not found",
    );
    assert_twilio_error(
        t.add_trunk_ip_access_control_list()
            .trunk_sid(&tk)
            .body(
                trunking::types::AddTrunkIpAccessControlListRequest::builder()
                    .ip_access_control_list_sid("AL00000000000000000000000000000000"),
            )
            .send()
            .await,
        404,
        20404,
        "IpAccessControlList AL00000000000000000000000000000000 was not found",
    );
    assert_twilio_error(
        t.add_trunk_phone_number()
            .trunk_sid(&tk)
            .body(
                trunking::types::AddTrunkPhoneNumberRequest::builder()
                    .phone_number_sid("PN0000000000000000000000000000ffff"),
            )
            .send()
            .await,
        404,
        20404,
        "IncomingPhoneNumber PN0000000000000000000000000000ffff was not found",
    );
    let cl = create_credential_list(&twilio, "users").await;
    assert_twilio_error(
        t.add_trunk_credential_list()
            .trunk_sid("TK00000000000000000000000000000000")
            .body(
                trunking::types::AddTrunkCredentialListRequest::builder()
                    .credential_list_sid(cl.clone()),
            )
            .send()
            .await,
        404,
        20404,
        "was not found",
    );
    let none: Vec<_> = twilio
        .trunk_credential_lists(&tk)
        .try_collect()
        .await
        .expect("list");
    assert!(none.is_empty(), "nothing was associated");

    // Attaching twice, or a number that is on another trunk, is refused.
    let add_list = || {
        t.add_trunk_credential_list()
            .trunk_sid(&tk)
            .body(
                trunking::types::AddTrunkCredentialListRequest::builder()
                    .credential_list_sid(cl.clone()),
            )
            .send()
    };
    add_list().await.expect("first association");
    assert_twilio_error(add_list().await, 400, 20001, "already associated");
    let pn = emulator.twilio_trunking().phone_numbers()[0].sid.clone();
    let add_number = |trunk: &str| {
        t.add_trunk_phone_number()
            .trunk_sid(trunk)
            .body(
                trunking::types::AddTrunkPhoneNumberRequest::builder().phone_number_sid(pn.clone()),
            )
            .send()
    };
    add_number(&tk).await.expect("attach number");
    assert_twilio_error(
        add_number(&other).await,
        400,
        20001,
        "already associated with trunk",
    );
    assert_eq!(
        emulator.twilio_trunking().phone_numbers()[0]
            .trunk_sid
            .as_deref(),
        Some(tk.as_str())
    );
}

#[tokio::test]
async fn page_size_is_limited_to_1000() {
    let emulator = emulator_support::start().await;
    let twilio = twilio(&emulator);
    assert_twilio_error(
        twilio
            .trunking()
            .list_trunks()
            .page_size(1001u64)
            .send()
            .await,
        400,
        20001,
        "PageSize must be between 1 and 1000, got 1001",
    );
    assert_twilio_error(
        twilio
            .sip()
            .list_credential_lists()
            .page_size(5000u64)
            .send()
            .await,
        400,
        20001,
        "PageSize must be between 1 and 1000",
    );

    let seeded = emulator.twilio_trunking().seed_trunks(1005);
    emulator.twilio_trunking().clear_requests();
    let listed: Vec<trunking::types::Trunk> = twilio
        .paginate(twilio.trunking().list_trunks().page_size(1000u64).send())
        .try_collect()
        .await
        .expect("the largest pages");
    assert_each_once(
        "trunks",
        listed.into_iter().map(|t| sid(t.sid)).collect(),
        seeded.clone(),
    );
    assert_eq!(
        pages(&emulator.twilio_trunking().requests(), "/v1/Trunks"),
        expected_pages("1000", 2)
    );

    // The list shortcuts ask for the largest page unless told otherwise.
    emulator.twilio_trunking().clear_requests();
    let all: Vec<trunking::types::Trunk> =
        twilio.trunks().try_collect().await.expect("default pages");
    assert_each_once(
        "trunks",
        all.into_iter().map(|t| sid(t.sid)).collect(),
        seeded.clone(),
    );
    assert_eq!(
        pages(&emulator.twilio_trunking().requests(), "/v1/Trunks"),
        expected_pages("1000", 2)
    );

    // Without PageSize, Twilio's default of 50 applies and the stream follows every link.
    emulator.twilio_trunking().clear_requests();
    let all: Vec<trunking::types::Trunk> = twilio
        .paginate(twilio.trunking().list_trunks().send())
        .try_collect()
        .await
        .expect("default pages");
    assert_each_once(
        "trunks",
        all.into_iter().map(|t| sid(t.sid)).collect(),
        seeded,
    );
    let requests = emulator.twilio_trunking().requests();
    assert_eq!(requests.len(), 21, "1005 trunks in pages of 50");
    assert_eq!(query_param(&requests[0], "PageSize"), None);
}
