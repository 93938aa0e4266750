//! Hostile ids and names through the facade on every vendor, against the emulator: every id
//! reaches the server percent-encoded as exactly one path segment (the emulator's request log
//! shows it), so no id can address another resource; ids that URL parsing would resolve away
//! (`.`, `..`, empty, a backslash) are refused before anything is sent; 10,000-character ids
//! and names do not panic; names a vendor documents a rule for are refused client-side naming
//! the field, other names are sent encoded and come back unchanged.

use std::time::Duration;

use trunkline::{
    ClientConfig, CredentialListId, Direction, Error, NewCredentialList, NewTrunk, RetryPolicy,
    TrunkId, TrunkProvider, TrunkUpdate, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, RecordedRequest};
use trunkline_tests::load::{Listener, provider};

fn config() -> ClientConfig {
    ClientConfig::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
    )
}

/// Ids that must be sent, encoded, as one segment, and must not find anything.
fn sent_ids(real: &str) -> Vec<String> {
    vec![
        "a/b".into(),
        "?x=1".into(),
        "#frag".into(),
        "%2F".into(),
        "..%2F..".into(),
        "%2e%2e".into(),
        "with space".into(),
        "ünïcødé-trunk-名前".into(),
        "ctl\u{0}\u{7}\n\r\t\u{7f}".into(),
        "+14155550100".into(),
        "x".repeat(10_000),
        format!("../{real}"),
        format!("{real}/../{real}"),
        format!("{real}?"),
        format!("{real}#"),
        format!("{real}/"),
        format!("{real}%00"),
        format!("./{real}"),
    ]
}

/// Ids the client refuses before sending: URL parsing would turn them into a different path.
fn refused_ids(real: &str) -> Vec<String> {
    vec![
        String::new(),
        ".".into(),
        "..".into(),
        "a\\..\\b".into(),
        format!("..\\{real}"),
        // Without the check this one deletes the real resource: `\` is read as `/`.
        format!("x\\..\\{real}"),
    ]
}

fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = text.get(i + 1..i + 3)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

struct Target {
    /// Listener the requests go to.
    listener: Listener,
    /// Raw path before the id.
    prefix: String,
    /// Raw path after the id.
    suffix: &'static str,
}

fn trunk_target(emulator: &Emulator, vendor: Vendor) -> Target {
    match vendor {
        Vendor::Plivo => Target {
            listener: Listener::Plivo(emulator.plivo().clone()),
            prefix: format!(
                "/v1/Account/{}/Zentrunk/Trunk/",
                trunkline_emulator::DEFAULT_PLIVO_AUTH_ID
            ),
            suffix: "/",
        },
        Vendor::Twilio => Target {
            listener: Listener::Twilio(emulator.twilio_trunking().clone()),
            prefix: "/v1/Trunks/".into(),
            suffix: "",
        },
        // A trunk's type is read first: every trunk operation starts there.
        Vendor::Telnyx => Target {
            listener: Listener::Telnyx(emulator.telnyx().clone()),
            prefix: "/v2/connections/".into(),
            suffix: "",
        },
        _ => Target {
            listener: Listener::Vobiz(emulator.vobiz().clone()),
            prefix: format!(
                "/api/v1/Account/{}/trunks/",
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID
            ),
            suffix: "",
        },
    }
}

fn credential_target(emulator: &Emulator, vendor: Vendor) -> Target {
    match vendor {
        Vendor::Plivo => Target {
            listener: Listener::Plivo(emulator.plivo().clone()),
            prefix: format!(
                "/v1/Account/{}/Zentrunk/Credential/",
                trunkline_emulator::DEFAULT_PLIVO_AUTH_ID
            ),
            suffix: "/",
        },
        Vendor::Twilio => Target {
            listener: Listener::Twilio(emulator.twilio_api().clone()),
            prefix: format!(
                "/2010-04-01/Accounts/{}/SIP/CredentialLists/",
                trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID
            ),
            suffix: ".json",
        },
        Vendor::Telnyx => Target {
            listener: Listener::Telnyx(emulator.telnyx().clone()),
            prefix: "/v2/credential_connections/".into(),
            suffix: "",
        },
        _ => Target {
            listener: Listener::Vobiz(emulator.vobiz().clone()),
            prefix: format!(
                "/api/v1/Account/{}/credentials/",
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID
            ),
            suffix: "",
        },
    }
}

/// The id a logged request addressed, decoded; `None` if its path is not `prefix id suffix`
/// with the id one segment.
fn addressed(request: &RecordedRequest, target: &Target) -> Option<Vec<u8>> {
    let segment = request
        .path
        .strip_prefix(&target.prefix)?
        .strip_suffix(target.suffix)?;
    (!segment.contains('/')).then(|| percent_decode(segment))
}

fn check_refused(vendor: Vendor, id: &str, err: &Error) {
    match err {
        Error::InvalidRequest {
            vendor_error: None,
            reason,
            ..
        } => assert!(
            reason.contains("different resource"),
            "{vendor} {id:?}: {reason}"
        ),
        other => panic!("{vendor} {id:?}: expected a client-side refusal, got {other:?}"),
    }
}

fn check_not_found(vendor: Vendor, id: &str, err: &Error) {
    // The vendor answers 404, or 400 for an id it cannot even parse: never success.
    assert!(
        matches!(
            err,
            Error::NotFound(_)
                | Error::InvalidRequest {
                    vendor_error: Some(_),
                    ..
                }
        ),
        "{vendor} {:.40?}: {err:.300}",
        id
    );
    assert!(err.to_string().len() < 8192, "{vendor}: a bounded message");
}

/// Sends `call(id)` for every hostile id and checks what reached the server.
async fn probe<F, Fut>(vendor: Vendor, target: &Target, real: &str, call: F)
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = Result<(), Error>>,
{
    for id in refused_ids(real) {
        let before = target.listener.requests_total();
        let err = call(id.clone()).await.expect_err("refused");
        check_refused(vendor, &id, &err);
        assert_eq!(
            target.listener.requests_total(),
            before,
            "{vendor} {id:?}: nothing may be sent"
        );
    }
    for id in sent_ids(real) {
        target.listener.clear_requests();
        let err = call(id.clone()).await.expect_err("no such resource");
        check_not_found(vendor, &id, &err);
        let log = target.listener.requests();
        assert!(!log.is_empty(), "{vendor} {:.40?}: nothing was sent", id);
        for request in &log {
            let reached = addressed(request, target).unwrap_or_else(|| {
                panic!(
                    "{vendor} {:.40?}: request path {:.200} is not one encoded segment",
                    id, request.path
                )
            });
            assert_eq!(
                reached,
                id.as_bytes(),
                "{vendor}: the request addressed {:.80} instead of {:.40?}",
                request.path,
                id
            );
            assert!(
                !request.path[target.prefix.len()..].contains(['?', '#', ' ', '\\']),
                "{vendor}: raw path {:.200}",
                request.path
            );
        }
    }
}

#[tokio::test]
async fn hostile_ids_reach_exactly_one_encoded_segment_or_nothing() {
    for vendor in Vendor::ALL {
        let emulator = Emulator::start(EmulatorConfig::default())
            .await
            .expect("emulator");
        let p = provider(&emulator, vendor, config());
        // A real trunk and credential list the hostile ids try to reach.
        let list = p
            .create_credential_list(
                &NewCredentialList::new("real").with_credential("realuser01", "Real-Passw0rd-1"),
            )
            .await
            .expect("credential list");
        let new = match vendor {
            Vendor::Twilio => NewTrunk::new(Direction::Both).with_name("real"),
            Vendor::Plivo => NewTrunk::new(Direction::Outbound)
                .with_name("real")
                .with_credential_list(list.id.clone()),
            _ => NewTrunk::new(Direction::Outbound).with_name("real"),
        };
        let real = p.create_trunk(&new).await.expect("trunk");
        let trunks_before = match vendor {
            Vendor::Plivo => emulator.plivo().trunk_count(),
            Vendor::Twilio => emulator.twilio_trunking().trunk_count(),
            Vendor::Telnyx => emulator.telnyx().connection_count(),
            _ => emulator.vobiz().trunk_count(),
        };

        let target = trunk_target(&emulator, vendor);
        probe(vendor, &target, real.id.as_str(), |id| {
            let p = p.clone();
            async move { p.delete_trunk(&TrunkId::new(id)).await }
        })
        .await;
        let update = TrunkUpdate::new().with_name("renamed");
        probe(vendor, &target, real.id.as_str(), |id| {
            let (p, update) = (p.clone(), update.clone());
            async move { p.update_trunk(&TrunkId::new(id), &update).await.map(drop) }
        })
        .await;
        let target = credential_target(&emulator, vendor);
        probe(vendor, &target, list.id.as_str(), |id| {
            let p = p.clone();
            async move { p.delete_credential_list(&CredentialListId::new(id)).await }
        })
        .await;

        // Nothing reached the real resources.
        let still = p
            .get_trunk(&real.id)
            .await
            .expect("the real trunk is untouched");
        assert_eq!(still.name.as_deref(), Some("real"), "{vendor}");
        let trunks_after = match vendor {
            Vendor::Plivo => emulator.plivo().trunk_count(),
            Vendor::Twilio => emulator.twilio_trunking().trunk_count(),
            Vendor::Telnyx => emulator.telnyx().connection_count(),
            _ => emulator.vobiz().trunk_count(),
        };
        assert_eq!(trunks_after, trunks_before, "{vendor}");
        p.get_credential_list(&list.id)
            .await
            .expect("the real credential list is untouched");
    }
}

/// Names are request bodies, not paths: JSON- or form-encoded, they cannot change the request.
/// Control characters, path syntax and Unicode are stored and read back unchanged, or refused
/// by the vendor (`InvalidRequest` with the vendor's words); names longer than a vendor's
/// documented limit are refused before sending, naming the field.
#[tokio::test]
async fn hostile_names_are_sent_encoded_or_refused_naming_the_field() {
    let names = [
        "../../Trunk/?x=1#frag %2F",
        "ünïcødé 名前 🚀",
        "ctl\u{1}\u{7}\n\r\t\"\\",
        "{\"json\": true}&FriendlyName=injected",
    ];
    for vendor in Vendor::ALL {
        let emulator = Emulator::start(EmulatorConfig::default())
            .await
            .expect("emulator");
        let p = provider(&emulator, vendor, config());
        let list = p
            .create_credential_list(
                &NewCredentialList::new("auth").with_credential("authuser01", "Auth-Passw0rd-1"),
            )
            .await
            .expect("credential list");
        for name in names {
            let new = match vendor {
                Vendor::Twilio => NewTrunk::new(Direction::Both).with_name(name),
                Vendor::Plivo => NewTrunk::new(Direction::Outbound)
                    .with_name(name)
                    .with_credential_list(list.id.clone()),
                // (A Vobiz or Telnyx trunk needs no credential, and deleting one deletes its
                // credential.)
                _ => NewTrunk::new(Direction::Outbound).with_name(name),
            };
            match p.create_trunk(&new).await {
                Ok(trunk) => {
                    let read = p.get_trunk(&trunk.id).await.expect("read back");
                    assert_eq!(read.name.as_deref(), Some(name), "{vendor}");
                    p.delete_trunk(&trunk.id).await.expect("delete");
                }
                Err(Error::InvalidRequest {
                    vendor_error: Some(_),
                    ..
                }) => {}
                Err(other) => panic!("{vendor} {name:?}: {other:?}"),
            }
        }
        // 10,000 characters: over Twilio's 64 and Vobiz's 255, refused before sending; Plivo
        // and Telnyx document no limit, so it is sent and the vendor decides.
        let long = "n".repeat(10_000);
        let new = match vendor {
            Vendor::Twilio => NewTrunk::new(Direction::Both).with_name(&long),
            _ => NewTrunk::new(Direction::Outbound)
                .with_name(&long)
                .with_credential_list(list.id.clone()),
        };
        let before = Listener::of(&emulator, vendor)
            .iter()
            .map(Listener::requests_total)
            .sum::<u64>();
        let result = p.create_trunk(&new).await;
        let sent = Listener::of(&emulator, vendor)
            .iter()
            .map(Listener::requests_total)
            .sum::<u64>()
            - before;
        match vendor {
            Vendor::Plivo | Vendor::Telnyx => {
                assert!(sent > 0, "{vendor}: sent");
                if let Err(err) = &result {
                    assert!(
                        matches!(err, Error::InvalidRequest { .. }),
                        "{vendor}: {err:.300}"
                    );
                }
            }
            _ => {
                let err = result.expect_err("over the documented limit");
                assert!(
                    matches!(&err, Error::InvalidRequest { field: Some(f), vendor_error: None, .. } if f == "name"),
                    "{vendor}: {err:?}"
                );
                assert_eq!(sent, 0, "{vendor}: refused before sending");
            }
        }
    }
}

#[tokio::test]
async fn credentials_breaking_a_documented_rule_are_refused_naming_the_field() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    // (vendor, username, password, field at fault)
    let cases = [
        (
            Vendor::Twilio,
            "u".repeat(33),
            "Long-Enough-Passw0rd",
            "credentials[0].username",
        ),
        (
            Vendor::Twilio,
            "user".to_owned(),
            "short-Pw1",
            "credentials[0].password",
        ),
        (
            Vendor::Twilio,
            "user".to_owned(),
            "no-digits-in-here-Pw",
            "credentials[0].password",
        ),
        (
            Vendor::Twilio,
            "user".to_owned(),
            "n0-upper-case-here",
            "credentials[0].password",
        ),
        (
            Vendor::Vobiz,
            "bad user/name".to_owned(),
            "Passw0rd-ok",
            "credentials[0].username",
        ),
        (
            Vendor::Vobiz,
            "u".repeat(65),
            "Passw0rd-ok",
            "credentials[0].username",
        ),
        (
            Vendor::Vobiz,
            "user".to_owned(),
            "short",
            "credentials[0].password",
        ),
        (
            Vendor::Telnyx,
            "abc".to_owned(),
            "Passw0rd-ok",
            "credentials[0].username",
        ),
        (
            Vendor::Telnyx,
            "bad_user".to_owned(),
            "Passw0rd-ok",
            "credentials[0].username",
        ),
        (
            Vendor::Telnyx,
            "u".repeat(33),
            "Passw0rd-ok",
            "credentials[0].username",
        ),
        (
            Vendor::Telnyx,
            "user1".to_owned(),
            "short",
            "credentials[0].password",
        ),
    ];
    for (vendor, username, password, field) in cases {
        let p: std::sync::Arc<dyn TrunkProvider> = provider(&emulator, vendor, config());
        let before: u64 = Listener::of(&emulator, vendor)
            .iter()
            .map(Listener::requests_total)
            .sum();
        let err = p
            .create_credential_list(
                &NewCredentialList::new("rules").with_credential(username.clone(), password),
            )
            .await
            .expect_err("breaks a documented rule");
        assert!(
            matches!(&err, Error::InvalidRequest { field: Some(f), vendor_error: None, .. } if f == field),
            "{vendor} {username:.40}: {err:?}"
        );
        assert!(!err.to_string().contains(password), "{vendor}: {err}");
        let after: u64 = Listener::of(&emulator, vendor)
            .iter()
            .map(Listener::requests_total)
            .sum();
        assert_eq!(after, before, "{vendor}: nothing sent");
    }
}
