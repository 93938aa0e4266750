//! What the Telnyx adapter sends, request by request (the emulator's request log): which
//! connection type a trunk becomes, that a list's connection becomes the trunk with one PATCH
//! carrying only what the caller set (no defaulted members that would reset the connection),
//! that the outbound voice profile is the configured one and never created, that targets fill
//! the slots in order, and that a number is attached by its id with `connection_id`.

use serde_json::{Value, json};
use trunkline::{
    Direction, Error, NewCredentialList, NewOriginationUri, NewTrunk, TrunkProvider,
    TrunkProviderExt, TrunkSpec,
};
use trunkline_emulator::{Emulator, EmulatorConfig, RecordedRequest};

async fn start() -> (Emulator, trunkline::TelnyxProvider, String) {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let profile = emulator.telnyx().add_outbound_voice_profile("wire");
    let provider = trunkline::TelnyxProvider::with_config(
        trunkline_emulator::DEFAULT_TELNYX_API_KEY,
        Some(emulator.telnyx_url()),
        trunkline::ClientConfig::default(),
    )
    .expect("provider")
    .with_outbound_voice_profile(profile.as_str());
    (emulator, provider, profile)
}

/// `(method, path)` of every request since the log was cleared, and the JSON bodies of the
/// writes.
fn sent(emulator: &Emulator) -> (Vec<(String, String)>, Vec<Value>) {
    let log: Vec<RecordedRequest> = emulator.telnyx().requests();
    emulator.telnyx().clear_requests();
    let calls = log
        .iter()
        .map(|r| (r.method.clone(), r.path.clone()))
        .collect();
    let bodies = log
        .iter()
        .filter(|r| r.method != "GET" && r.method != "DELETE")
        .map(|r| serde_json::from_str(&r.body).expect("a JSON body"))
        .collect();
    (calls, bodies)
}

fn call(method: &str, path: &str) -> (String, String) {
    (method.to_owned(), path.to_owned())
}

#[tokio::test]
async fn a_credential_list_becomes_its_trunk_with_one_patch() {
    let (emulator, p, profile) = start().await;
    let list = p
        .create_credential_list(
            &NewCredentialList::new("pbx-creds").with_credential("pbxuser01", "Str0ng-Passw0rd!"),
        )
        .await
        .expect("list");
    let (calls, bodies) = sent(&emulator);
    assert_eq!(calls, [call("POST", "/v2/credential_connections")]);
    assert_eq!(
        bodies[0],
        json!({"connection_name": "pbx-creds", "user_name": "pbxuser01",
               "password": "Str0ng-Passw0rd!", "active": false})
    );

    let new = NewTrunk::new(Direction::Outbound)
        .with_name("pbx")
        .with_credential_list(list.id.clone());
    let trunk = p.create_trunk(&new).await.expect("trunk");
    assert_eq!(
        trunk.id.as_str(),
        list.id.as_str(),
        "the list's connection is the trunk"
    );
    assert_eq!(trunk.direction, Direction::Both);
    let (calls, bodies) = sent(&emulator);
    let path = format!("/v2/credential_connections/{}", list.id);
    assert_eq!(
        calls,
        [call("PATCH", &path)],
        "no read back: the answer is the trunk"
    );
    assert_eq!(
        bodies[0],
        json!({"connection_name": "pbx", "active": true,
               "outbound": {"outbound_voice_profile_id": profile}})
    );
    assert_eq!(emulator.telnyx().connection_count(), 1);
}

#[tokio::test]
async fn an_outbound_trunk_needs_the_configured_profile_and_none_is_created() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    let p = trunkline::TelnyxProvider::with_config(
        trunkline_emulator::DEFAULT_TELNYX_API_KEY,
        Some(emulator.telnyx_url()),
        trunkline::ClientConfig::default(),
    )
    .expect("provider");
    let err = p
        .create_trunk(&NewTrunk::new(Direction::Outbound).with_name("out"))
        .await
        .expect_err("no profile");
    assert!(
        matches!(&err, Error::InvalidRequest { field: Some(f), vendor_error: None, .. }
            if f == "outbound_voice_profile"),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("TELNYX_OUTBOUND_VOICE_PROFILE_ID"),
        "{err}"
    );
    assert!(emulator.telnyx().requests().is_empty(), "nothing sent");
    // An inbound trunk needs none: a new FQDN connection without `outbound`.
    let trunk = p
        .create_trunk(&NewTrunk::new(Direction::Inbound).with_name("in"))
        .await
        .expect("inbound");
    assert_eq!(trunk.direction, Direction::Inbound);
    let (calls, bodies) = sent(&emulator);
    assert_eq!(calls, [call("POST", "/v2/fqdn_connections")]);
    assert_eq!(bodies[0], json!({"connection_name": "in", "active": true}));
}

#[tokio::test]
async fn targets_fill_the_slots_in_order_and_are_cleared_from_them_on_delete() {
    let (emulator, p, _) = start().await;
    let spec = TrunkSpec::inbound("pbx-in")
        .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"))
        .with_origination_uri(NewOriginationUri::new("sip:pbx2.example.com"));
    let done = p.provision(&spec).await.expect("provisioned");
    let (calls, bodies) = sent(&emulator);
    let trunk = done.trunk.id.as_str();
    let posts: Vec<_> = calls.iter().filter(|(m, _)| m != "GET").collect();
    let patch = call("PATCH", &format!("/v2/fqdn_connections/{trunk}"));
    let fqdn = call("POST", "/v2/fqdns");
    assert_eq!(
        posts,
        [
            &call("POST", "/v2/fqdn_connections"),
            &fqdn,
            &patch,
            &fqdn,
            &patch
        ]
    );
    let (first, second) = (&done.origination_uris[0].id, &done.origination_uris[1].id);
    assert_eq!(
        bodies[1],
        json!({"connection_id": trunk, "fqdn": "pbx1.example.com", "dns_record_type": "a", "port": 5060})
    );
    assert_eq!(
        bodies[2],
        json!({"inbound": {"default_primary_fqdn_id": first.as_str()}})
    );
    assert_eq!(
        bodies[3],
        json!({"connection_id": trunk, "fqdn": "pbx2.example.com", "dns_record_type": "srv"})
    );
    assert_eq!(
        bodies[4],
        json!({"inbound": {"default_secondary_fqdn_id": second.as_str()}})
    );
    assert_eq!(done.origination_uris[1].sip_uri, "sip:pbx2.example.com");

    // Deleting a target clears its slot first, then deletes the row.
    p.delete_origination_uri(first).await.expect("delete");
    let (calls, bodies) = sent(&emulator);
    let writes: Vec<_> = calls.iter().filter(|(m, _)| m != "GET").collect();
    assert_eq!(
        writes,
        [&patch, &call("DELETE", &format!("/v2/fqdns/{first}"))]
    );
    assert_eq!(
        bodies[0],
        json!({"inbound": {"default_primary_fqdn_id": null}})
    );
    let left = p.get_trunk(&done.trunk.id).await.expect("trunk");
    let routed = left.attachments.expect("attachments").origination_uris;
    assert_eq!(routed, std::slice::from_ref(second));
}

#[tokio::test]
async fn a_number_is_found_by_its_digits_and_assigned_by_id() {
    let (emulator, p, _) = start().await;
    let trunk = p
        .create_trunk(&NewTrunk::new(Direction::Inbound).with_name("numbers"))
        .await
        .expect("trunk");
    let number = emulator.telnyx().phone_numbers()[1].clone();
    emulator.telnyx().clear_requests();
    let attached = p
        .attach_phone_number(&trunk.id, &number.phone_number)
        .await
        .expect("attached");
    assert_eq!(attached.id, number.id);
    assert_eq!(attached.trunk.as_ref(), Some(&trunk.id));
    let log = emulator.telnyx().requests();
    let digits: String = number
        .phone_number
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let query = log[0].query.clone().unwrap_or_default();
    assert!(
        query.contains(&format!("filter%5Bphone_number%5D={digits}")),
        "{query}"
    );
    assert_eq!(log[1].method, "PATCH");
    assert_eq!(log[1].path, format!("/v2/phone_numbers/{}", number.id));
    let body: Value = serde_json::from_str(&log[1].body).expect("json");
    assert_eq!(body, json!({"connection_id": trunk.id.as_str()}));
    let err = p
        .attach_phone_number(&trunk.id, "+19995550123")
        .await
        .expect_err("not on the account");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}
