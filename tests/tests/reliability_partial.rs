//! Multi-request facade operations under faults: a call reported failed leaves nothing behind
//! unannounced, a call whose resource exists is not reported failed, and a list does not fail
//! because an item vanished while it was being read. Each case was found by the load test
//! (`src/load.rs`) and is pinned here deterministically.

use std::time::Duration;

use futures::TryStreamExt;
use trunkline::{
    ClientConfig, CredentialListId, Direction, Error, NewCredentialList, NewOriginationUri,
    NewTrunk, RetryPolicy, TrunkId, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault};
use trunkline_tests::load::provider;

fn config() -> ClientConfig {
    ClientConfig::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(2), Duration::from_millis(5)),
    )
}

async fn start() -> Emulator {
    Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator starts")
}

/// Twilio lists fetch each list's entries (and the account's origination URLs, each trunk's
/// URLs) with one more request per item. An item deleted between the page and that request
/// answers 404: it is no longer in the list, so the list goes on without it instead of failing.
#[tokio::test]
async fn twilio_lists_skip_an_item_deleted_while_they_read_it() {
    let emulator = start().await;
    let twilio = provider(&emulator, Vendor::Twilio, config());
    let mut ids = Vec::new();
    for name in ["kept-1", "vanishing", "kept-2"] {
        let list = NewCredentialList::new(name).with_credential(name, "Vanish1ng-Passw0rd");
        ids.push(
            twilio
                .create_credential_list(&list)
                .await
                .expect("create")
                .id,
        );
    }
    let account = trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID;
    // The vanishing list's credentials endpoint answers 404 as if it had just been deleted.
    emulator
        .twilio_api()
        .inject(Fault::error(404).for_path_prefix(format!(
            "/2010-04-01/Accounts/{account}/SIP/CredentialLists/{}/Credentials",
            ids[1]
        )))
        .expect("fault");
    let listed: Vec<CredentialListId> = twilio
        .list_credential_lists()
        .map_ok(|l| l.id)
        .try_collect()
        .await
        .expect("the list survives an item deleted under it");
    assert_eq!(listed, vec![ids[0].clone(), ids[2].clone()]);

    // The account's origination URIs are its trunks' URIs: a trunk deleted while listing is
    // skipped the same way.
    let mut trunks = Vec::new();
    for name in ["t-kept", "t-vanishing"] {
        let trunk = twilio
            .create_trunk(&NewTrunk::new(Direction::Both).with_name(name))
            .await
            .expect("trunk");
        twilio
            .create_origination_uri(
                &NewOriginationUri::new(format!("sip:{name}@pbx.example.com"))
                    .with_trunk(trunk.id.clone()),
            )
            .await
            .expect("uri");
        trunks.push(trunk.id);
    }
    emulator
        .twilio_trunking()
        .inject(
            Fault::error(404).for_path_prefix(format!("/v1/Trunks/{}/OriginationUrls", trunks[1])),
        )
        .expect("fault");
    let uris: Vec<Option<TrunkId>> = twilio
        .list_origination_uris(None)
        .map_ok(|u| u.trunk)
        .try_collect()
        .await
        .expect("the list survives a trunk deleted under it");
    assert_eq!(uris, vec![Some(trunks[0].clone())]);

    // A 404 for the listed collection itself is still an error.
    emulator
        .twilio_api()
        .inject(Fault::error(404).for_path_prefix(format!(
            "/2010-04-01/Accounts/{account}/SIP/CredentialLists"
        )))
        .expect("fault");
    let err = twilio
        .list_credential_lists()
        .try_collect::<Vec<_>>()
        .await
        .expect_err("the collection itself is gone");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

/// Where trunks hold origination URIs in slots (Plivo and Vobiz: URIs exist on their own;
/// Telnyx: targets created on their connection), the engine reads the trunk's slots first, so a
/// trunk that does not exist is refused before anything is created. When the slot write after
/// the create fails, the URI just created is deleted again and the error says so, rather than
/// leaving it behind unannounced.
#[tokio::test]
async fn a_uri_whose_attachment_fails_is_rolled_back() {
    for vendor in [Vendor::Plivo, Vendor::Vobiz, Vendor::Telnyx] {
        let emulator = start().await;
        let p = provider(&emulator, vendor, config());
        let uri = NewOriginationUri::new("sip:pbx.example.com:5060");

        // No such trunk: refused before anything was created.
        let err = p
            .create_origination_uri(&uri.clone().with_trunk("no-such-trunk"))
            .await
            .expect_err("the trunk does not exist");
        assert!(matches!(err, Error::NotFound(_)), "{vendor}: {err:?}");
        assert!(!err.outcome_unknown(), "{vendor}: {err:?}");
        let left: Vec<_> = p
            .list_origination_uris(None)
            .try_collect()
            .await
            .expect("list");
        assert!(
            left.is_empty(),
            "{vendor}: created for a missing trunk: {left:?}"
        );

        // The slot write fails after the create: the URI is deleted again. (A Plivo inbound
        // trunk is created with its primary URI.)
        let mut new = NewTrunk::new(Direction::Inbound).with_name("slots");
        let mut kept = Vec::new();
        if p.capabilities().trunk.inbound_requires_origination_uri {
            let primary = NewOriginationUri::new("sip:primary@pbx.example.com:5060");
            let primary = p.create_origination_uri(&primary).await.expect("primary");
            new = new.with_origination_uri(primary.id.clone());
            kept.push(primary.id);
        }
        let trunk = p.create_trunk(&new).await.expect("trunk");
        let (method, prefix) = match vendor {
            Vendor::Plivo => (
                "POST",
                format!(
                    "/v1/Account/{}/Zentrunk/Trunk/",
                    trunkline_emulator::DEFAULT_PLIVO_AUTH_ID
                ),
            ),
            Vendor::Vobiz => (
                "PUT",
                format!(
                    "/api/v1/Account/{}/trunks/",
                    trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID
                ),
            ),
            _ => ("PATCH", "/v2/fqdn_connections/".to_owned()),
        };
        let fault = Fault::error(400).for_method(method).for_path_prefix(prefix);
        match vendor {
            Vendor::Plivo => emulator.plivo().inject(fault),
            Vendor::Vobiz => emulator.vobiz().inject(fault),
            _ => emulator.telnyx().inject(fault),
        }
        .expect("fault");
        let err = p
            .create_origination_uri(&uri.clone().with_trunk(trunk.id.clone()))
            .await
            .expect_err("the slot write fails");
        let Error::Provisioning(provisioning) = &err else {
            panic!("{vendor}: {err:?}");
        };
        assert!(
            matches!(provisioning.cause, Error::InvalidRequest { .. }),
            "{vendor}: {err}"
        );
        assert_eq!(provisioning.rolled_back.len(), 1, "{vendor}: {err}");
        assert!(provisioning.left_behind.is_empty(), "{vendor}: {err}");
        let left: Vec<_> = p
            .list_origination_uris(None)
            .try_collect::<Vec<_>>()
            .await
            .expect("list")
            .into_iter()
            .map(|uri| uri.id)
            .collect();
        assert_eq!(
            left, kept,
            "{vendor}: a URI reported rolled back still exists"
        );
    }
}

/// A Vobiz trunk created with attachments is created, updated, then read back. When only the
/// read-back fails, the trunk exists and is complete: the create is reported successful with
/// what is known, not as a failure the caller would retry into a duplicate.
#[tokio::test]
async fn a_vobiz_trunk_whose_read_back_fails_is_still_reported_created() {
    let emulator = start().await;
    let vobiz = provider(&emulator, Vendor::Vobiz, config());
    let credential = vobiz
        .create_credential_list(
            &NewCredentialList::new("pbx").with_credential("pbx_user", "Passw0rd-long"),
        )
        .await
        .expect("credential");
    let account = trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID;
    // Every attempt of the read-back after the update fails.
    emulator
        .vobiz()
        .inject(
            Fault::error(503)
                .times(4)
                .for_method("GET")
                .for_path_prefix(format!("/api/v1/Account/{account}/trunks/")),
        )
        .expect("fault");
    let new = NewTrunk::new(Direction::Outbound)
        .with_name("read-back")
        .with_credential_list(credential.id.clone());
    let trunk = vobiz
        .create_trunk(&new)
        .await
        .expect("the trunk exists: reported created");
    assert_eq!(trunk.name.as_deref(), Some("read-back"));
    assert_eq!(
        trunk.attachments.expect("attachments").credential_lists,
        vec![credential.id.clone()]
    );
    let stored = vobiz.get_trunk(&trunk.id).await.expect("stored");
    assert_eq!(
        stored.attachments.expect("attachments").credential_lists,
        vec![credential.id]
    );
    assert_eq!(emulator.vobiz().trunk_count(), 1);
}
