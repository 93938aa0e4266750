//! `export` then `plan` is empty on every vendor, also for accounts populated by other tools:
//! trunks seeded bare by the emulator, and trunks whose lists were created and attached one by
//! one under names trunkline would not give them.

#[path = "support/proof.rs"]
mod proof;

use std::sync::Arc;

use trunkline::desired::{
    self, Desired, Document, EnvSource, ExportOptions, Format, Pattern, PlanOptions,
};
use trunkline::{
    Direction, NewCredentialList, NewIpAccessList, NewOriginationUri, NewTrunk, TrunkProvider,
};
use trunkline_emulator::{Emulator, EmulatorConfig};

/// What another tool would have made: lists with their own names, attached by id.
async fn by_hand(provider: &dyn TrunkProvider, label: &str) {
    let caps = provider.capabilities();
    let credentials = provider
        .create_credential_list(
            &NewCredentialList::new(format!("{label}-office-creds"))
                .with_credential(format!("office{label}"), proof::PASSWORD),
        )
        .await
        .unwrap();
    let network = if label == "vobiz" {
        "100.66.0.9"
    } else {
        "203.0.113.99"
    };
    let ips = provider
        .create_ip_access_list(
            &NewIpAccessList::new(format!("{label}-office-ips"))
                .with_network(network.parse().unwrap()),
        )
        .await
        .unwrap();
    let direction = if caps.trunk.directions.contains(&Direction::Outbound) {
        Direction::Outbound
    } else {
        Direction::Both
    };
    let trunk = NewTrunk::new(direction)
        .with_name(format!("legacy-{label}"))
        .with_credential_list(credentials.id)
        .with_ip_access_list(ips.id);
    let trunk = provider.create_trunk(&trunk).await.unwrap();
    if caps.origination_uri.created_under_trunk {
        provider
            .create_origination_uri(
                &NewOriginationUri::new("sip:legacy.example.com:5060")
                    .with_trunk(trunk.id.clone())
                    .with_priority(5)
                    .with_weight(7),
            )
            .await
            .unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_then_plan_is_empty_for_accounts_made_by_other_tools() {
    let emulator = Arc::new(Emulator::start(EmulatorConfig::default()).await.unwrap());
    emulator.plivo().seed_trunks(3);
    emulator.twilio_trunking().seed_trunks(3);
    emulator.vobiz().seed_trunks(3);
    let accounts = proof::accounts(&emulator, proof::config());
    for (label, provider) in accounts.iter() {
        by_hand(provider.as_ref(), label).await;
    }
    let (exported, notes) = desired::export(&accounts, &ExportOptions::new())
        .await
        .unwrap();
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(exported.carriers.len(), 3);
    for carrier in &exported.carriers {
        assert!(
            carrier.trunks.iter().any(|t| t.name.starts_with("legacy-")),
            "{carrier:?}"
        );
        assert!(carrier.trunks.len() >= 4, "{carrier:?}");
    }
    // Through YAML and back, as `trunkline export > file; trunkline plan -f file` does.
    let yaml = exported.to_yaml();
    let document = Document::parse(&yaml, Format::Yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}"));
    assert_eq!(document.desired(), &exported);
    let mut env = Vec::new();
    for carrier in &exported.carriers {
        for trunk in &carrier.trunks {
            for credential in &trunk.credentials {
                env.push((credential.password_env.clone(), proof::PASSWORD.to_owned()));
            }
        }
    }
    let resolved = document.resolve(&EnvSource::from_pairs(env)).unwrap();
    let plan = desired::plan(&resolved, &accounts, &PlanOptions::new().with_prune(true))
        .await
        .unwrap();
    assert!(
        plan.is_empty(),
        "{}",
        serde_json::to_string_pretty(&plan).unwrap()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_with_a_pattern_keeps_to_it() {
    let emulator = Arc::new(Emulator::start(EmulatorConfig::default()).await.unwrap());
    let accounts = proof::accounts(&emulator, proof::config());
    let twilio = accounts.get("twilio").unwrap().clone();
    by_hand(twilio.as_ref(), "twilio").await;
    emulator.twilio_trunking().seed_trunks(2);
    let options = ExportOptions::new().with_pattern(Pattern::new("legacy-*").unwrap());
    let (carrier, _) = desired::export_carrier(twilio.as_ref(), &options)
        .await
        .unwrap();
    assert_eq!(carrier.owns, "legacy-*");
    let names: Vec<&str> = carrier.trunks.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, vec!["legacy-twilio"]);
    let trunk = &carrier.trunks[0];
    assert_eq!(trunk.credentials[0].username, "officetwilio");
    assert_eq!(
        trunk.credentials[0].password_env,
        "LEGACY_TWILIO_OFFICETWILIO_PASSWORD"
    );
    assert_eq!(trunk.networks, vec!["203.0.113.99/32".to_owned()]);
    assert_eq!(trunk.origination_uris[0].priority, Some(5));
    assert_eq!(trunk.origination_uris[0].weight, Some(7));
    // The export is a valid document.
    Document::from_desired(Desired::new(vec![carrier])).unwrap();
}

/// A direction change cannot be made in place: the plan says replace, apply deletes and
/// creates the trunk again, and the plan is then empty.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_direction_change_is_planned_and_applied_as_a_replace() {
    let emulator = Arc::new(Emulator::start(EmulatorConfig::default()).await.unwrap());
    let accounts = proof::accounts(&emulator, proof::config());
    let inbound = "carriers:\n  - vendor: plivo\n    owns: \"acme-*\"\n    trunks:\n      - name: acme-flip\n        direction: inbound\n        origination_uris: [{uri: \"sip:pbx.example.com\"}]\n";
    let outbound = "carriers:\n  - vendor: plivo\n    owns: \"acme-*\"\n    trunks:\n      - name: acme-flip\n        direction: outbound\n        networks: [203.0.113.5]\n";
    for (text, action) in [
        (inbound, desired::Action::Create),
        (outbound, desired::Action::Replace),
    ] {
        let (_, resolved) = proof::resolved(text);
        let plan = desired::plan(&resolved, &accounts, &PlanOptions::new())
            .await
            .unwrap();
        assert_eq!(plan.carriers[0].trunks[0].action, action, "{plan:#?}");
        let report = desired::apply(&plan, &accounts, &desired::ApplyOptions::new()).await;
        assert!(report.is_success(), "{report:#?}");
        let plan = desired::plan(&resolved, &accounts, &PlanOptions::new())
            .await
            .unwrap();
        assert!(plan.is_empty(), "{plan:#?}");
    }
    let trunks: Vec<_> = futures::TryStreamExt::try_collect::<Vec<_>>(
        accounts
            .get("plivo")
            .unwrap()
            .list_trunks(trunkline::TrunkFilter::new()),
    )
    .await
    .unwrap();
    assert_eq!(trunks.len(), 1, "{trunks:?}");
    assert_eq!(trunks[0].direction, Direction::Outbound);
}

/// Two accounts of one vendor, each with its own variables; a missing one is named.
#[test]
fn two_accounts_of_one_vendor_use_the_variables_their_entries_name() {
    let text = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n  - vendor: plivo\n    account: second\n    owns: \"b-*\"\n    env: {auth_id: SECOND_PLIVO_ID, auth_token: SECOND_PLIVO_TOKEN}\n";
    let document = Document::parse(text, Format::Yaml).unwrap();
    let config = trunkline::ClientConfig::default();
    let env = EnvSource::from_pairs([
        ("PLIVO_AUTH_ID", "MAFIRST000000000000"),
        ("PLIVO_AUTH_TOKEN", "first-token"),
        ("SECOND_PLIVO_ID", "MASECOND00000000000"),
        ("SECOND_PLIVO_TOKEN", "second-token"),
    ]);
    let accounts = document.accounts_from_env(&env, &config).unwrap();
    let urls: Vec<String> = accounts
        .iter()
        .map(|(label, provider)| {
            let plivo = provider.downcast_ref::<trunkline::PlivoProvider>().unwrap();
            format!("{label} {}", plivo.client().base_url())
        })
        .collect();
    assert_eq!(urls.len(), 2);
    assert!(
        urls[0].starts_with("plivo ") && urls[0].contains("/Account/MAFIRST000000000000/"),
        "{urls:?}"
    );
    assert!(
        urls[1].starts_with("second ") && urls[1].contains("/Account/MASECOND00000000000/"),
        "{urls:?}"
    );
    assert!(!format!("{env:?}").contains("second-token"));

    let missing = EnvSource::from_pairs([
        ("PLIVO_AUTH_ID", "MAFIRST000000000000"),
        ("PLIVO_AUTH_TOKEN", "first-token"),
        ("SECOND_PLIVO_ID", "MASECOND00000000000"),
    ]);
    let err = document.accounts_from_env(&missing, &config).unwrap_err();
    assert_eq!(err.problems().len(), 1);
    let problem = &err.problems()[0];
    assert_eq!(problem.path, "carriers[1]");
    assert_eq!(problem.at.map(|a| a.line), Some(4));
    assert!(
        problem.message.contains("SECOND_PLIVO_TOKEN is not set")
            && problem.message.contains("`second`"),
        "{problem:?}"
    );
}
