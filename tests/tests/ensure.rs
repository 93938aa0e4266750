//! `ensure`, `plan_trunk` and names as keys, against the emulator: idempotence (the second
//! `ensure` sends no write, by the request log), faults after commit on every create step of
//! every vendor (exactly one of each resource afterwards), honest `outcome_unknown()` from
//! `provision`, two trunks with one name, and drift fixed field by field. Tokio's clock is
//! paused: the lookups' backoff takes virtual time only.

use std::sync::Arc;
use std::time::Duration;

use futures::TryStreamExt;
use trunkline::{
    ChangeOp, ClientConfig, EnsureOptions, EnsureOutcome, Error, NewOriginationUri, Operation,
    PlanAction, Resource, RetryPolicy, Timeouts, TrunkFilter, TrunkProvider, TrunkProviderExt,
    TrunkSpec, TrunkUpdate, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault, RecordedRequest};
use trunkline_tests::load::{Listener, provider};

fn config() -> ClientConfig {
    ClientConfig::default()
        .with_retry(
            RetryPolicy::default()
                .with_backoff(Duration::from_millis(10), Duration::from_millis(50)),
        )
        .with_timeouts(
            Timeouts::default()
                .with_attempt(Duration::from_secs(30))
                .with_operation(Duration::from_secs(120)),
        )
}

struct Setup {
    emulator: Emulator,
    provider: Arc<dyn TrunkProvider>,
    vendor: Vendor,
}

impl Setup {
    async fn new(vendor: Vendor) -> Self {
        let emulator_config = EmulatorConfig::default().with_telnyx_phone_numbers([TELNYX_NUMBER]);
        let emulator = Emulator::start(emulator_config).await.expect("emulator");
        let provider = provider(&emulator, vendor, config());
        Self {
            emulator,
            provider,
            vendor,
        }
    }

    /// Empties the emulator. The provider is made again: a Telnyx provider names an outbound
    /// voice profile, which the reset deletes (`provider` adds a fresh one).
    fn reset(&mut self) {
        self.emulator.reset_all();
        self.provider = provider(&self.emulator, self.vendor, config());
    }

    fn listeners(&self) -> Vec<Listener> {
        Listener::of(&self.emulator, self.vendor)
    }

    fn clear_requests(&self) {
        for listener in self.listeners() {
            listener.clear_requests();
        }
    }

    fn requests(&self) -> Vec<RecordedRequest> {
        self.listeners()
            .iter()
            .flat_map(Listener::requests)
            .collect()
    }

    fn writes(&self) -> Vec<String> {
        self.requests()
            .into_iter()
            .filter(|r| r.method != "GET")
            .map(|r| format!("{} {}", r.method, r.path))
            .collect()
    }
}

/// Specs that between them make every create step of the vendor happen.
fn specs(vendor: Vendor) -> Vec<TrunkSpec> {
    match vendor {
        Vendor::Plivo => vec![
            TrunkSpec::outbound("cust-out")
                .with_credential("pbxuser", "Sup3r-secret-pw")
                .with_network("203.0.113.7".parse().unwrap())
                .with_network("198.51.100.0/24".parse().unwrap())
                .with_secure(true),
            TrunkSpec::inbound("cust-in")
                .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"))
                .with_origination_uri(NewOriginationUri::new("sip:pbx2.example.com:5060")),
        ],
        Vendor::Twilio => vec![
            TrunkSpec::inbound("cust-both")
                .with_credential("pbxuser", "Sup3r-secret-Pw1")
                .with_credential("pbxuser2", "Sup3r-secret-Pw2")
                .with_network("203.0.113.7".parse().unwrap())
                .with_network("198.51.100.0/24".parse().unwrap())
                .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"))
                .with_origination_uri(NewOriginationUri::new("sip:pbx2.example.com:5060"))
                .with_secure(true),
        ],
        Vendor::Vobiz => vec![
            TrunkSpec::outbound("cust-vb")
                .with_credential("pbxuser", "Sup3rsecret")
                .with_network("10.20.30.40".parse().unwrap())
                .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"))
                .with_origination_uri(NewOriginationUri::new("sip:pbx2.example.com:5060"))
                .with_max_concurrent_calls(20),
        ],
        // A Telnyx trunk authenticates one way: a credential connection (the credential list
        // IS the trunk connection, same id), an IP connection (the IP access list is its
        // `/ips`, same id) or an FQDN connection routing to its targets. An IP connection's
        // targets are rows of that same `/ips` list, so networks and URIs are not mixed here.
        // The outbound trunks read back two-way (`outbound_reads_as_both`): not a difference.
        Vendor::Telnyx => vec![
            TrunkSpec::outbound("cust-tx-cred")
                .with_credential("pbxuser1", "Sup3rsecret")
                .with_max_concurrent_calls(20),
            TrunkSpec::outbound("cust-tx-ip")
                .with_network("203.0.113.7".parse().unwrap())
                .with_phone_number(TELNYX_NUMBER),
            TrunkSpec::inbound("cust-tx-fqdn")
                .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"))
                .with_origination_uri(NewOriginationUri::new("sip:pbx2.example.com:5060")),
        ],
        other => panic!("no specs for {other}"),
    }
}

/// The number the emulated Telnyx account owns (restored by every reset).
const TELNYX_NUMBER: &str = "+13125550101";

const VENDORS: [Vendor; 4] = [Vendor::Plivo, Vendor::Twilio, Vendor::Vobiz, Vendor::Telnyx];

#[tokio::test(start_paused = true)]
async fn ensure_twice_sends_no_write_the_second_time() {
    for vendor in VENDORS {
        let setup = Setup::new(vendor).await;
        for spec in specs(vendor) {
            let first = setup.provider.ensure(&spec).await.expect("first ensure");
            assert_eq!(first.outcome, EnsureOutcome::Created, "{vendor}");
            assert!(!setup.writes().is_empty());
            setup.clear_requests();
            let second = setup.provider.ensure(&spec).await.expect("second ensure");
            assert_eq!(
                second.outcome,
                EnsureOutcome::AlreadyRight,
                "{vendor}: {:?}",
                second.changes
            );
            assert!(second.changes.is_empty());
            assert_eq!(second.trunk.id, first.trunk.id);
            assert_eq!(
                setup.writes(),
                Vec::<String>::new(),
                "{vendor} {}",
                spec.name
            );
            let plan = setup.provider.plan_trunk(&spec).await.expect("plan");
            assert_eq!(
                plan.action,
                PlanAction::NoChange,
                "{vendor}: {:?}",
                plan.changes
            );
        }
    }
}

#[tokio::test(start_paused = true)]
async fn two_trunks_with_one_name_are_an_error_naming_both() {
    for vendor in VENDORS {
        let setup = Setup::new(vendor).await;
        // No credentials: Vobiz usernames are unique per account.
        let spec = TrunkSpec::outbound("twice").with_network("10.1.2.3".parse().unwrap());
        let mut ids = Vec::new();
        for _ in 0..2 {
            ids.push(
                setup
                    .provider
                    .provision(&spec)
                    .await
                    .expect("provision")
                    .trunk
                    .id,
            );
        }
        let err = setup
            .provider
            .find_trunk_by_name(&spec.name)
            .await
            .unwrap_err();
        let Error::Ambiguous { ids: named, .. } = &err else {
            panic!("{vendor}: {err:?}");
        };
        assert_eq!(named.len(), 2);
        for id in &ids {
            assert!(named.contains(&id.to_string()), "{err}");
            assert!(err.to_string().contains(id.as_str()), "{err}");
        }
        assert!(!err.outcome_unknown());
        setup.clear_requests();
        let err = setup.provider.ensure(&spec).await.unwrap_err();
        assert!(matches!(err, Error::Ambiguous { .. }), "{vendor}: {err:?}");
        assert_eq!(setup.writes(), Vec::<String>::new());
    }
}

#[tokio::test(start_paused = true)]
async fn drift_is_fixed_field_by_field() {
    for vendor in VENDORS {
        let setup = Setup::new(vendor).await;
        let spec = specs(vendor).remove(0);
        let ensured = setup.provider.ensure(&spec).await.expect("ensure");
        // Someone changes one field outside.
        let (field, drift) = match vendor {
            Vendor::Vobiz | Vendor::Telnyx => (
                "max_concurrent_calls",
                TrunkUpdate::new().with_max_concurrent_calls(5),
            ),
            _ => ("secure", TrunkUpdate::new().with_secure(false)),
        };
        setup
            .provider
            .update_trunk(&ensured.trunk.id, &drift)
            .await
            .expect("drift");
        let plan = setup.provider.plan_trunk(&spec).await.expect("plan");
        assert_eq!(plan.action, PlanAction::Update);
        assert_eq!(plan.changes.len(), 1, "{vendor}: {:?}", plan.changes);
        let change = &plan.changes[0];
        assert_eq!(
            (change.resource, change.op, change.field.as_deref()),
            (Resource::Trunk, ChangeOp::Update, Some(field))
        );
        setup.clear_requests();
        let fixed = setup.provider.ensure(&spec).await.expect("ensure again");
        assert_eq!(fixed.outcome, EnsureOutcome::Changed);
        assert_eq!(fixed.changes, plan.changes);
        let writes = setup.writes();
        assert_eq!(
            writes.len(),
            1,
            "{vendor}: exactly the one update: {writes:?}"
        );
        let again = setup.provider.plan_trunk(&spec).await.expect("plan");
        assert!(again.is_no_change(), "{vendor}: {:?}", again.changes);
        let trunks: Vec<_> = setup
            .provider
            .list_trunks(TrunkFilter::new())
            .try_collect()
            .await
            .unwrap();
        assert_eq!(trunks.len(), 1);
    }
}

#[test]
fn options_back_off_exponentially_up_to_the_cap() {
    let options = EnsureOptions::new().with_lookup_backoff(Duration::from_secs(1));
    assert_eq!(options.backoff(0), Duration::from_secs(1));
    assert_eq!(options.backoff(3), Duration::from_secs(8));
    assert_eq!(options.backoff(40), Duration::from_secs(8));
}

/// The writes of a run, in order, with the listener each went to.
fn writes_by_listener(setup: &Setup) -> Vec<(usize, String, String)> {
    let mut writes = Vec::new();
    for (i, listener) in setup.listeners().iter().enumerate() {
        for request in listener.requests() {
            if request.method != "GET" {
                writes.push((i, request.method, request.path));
            }
        }
    }
    writes
}

/// The after-commit faults: the carrier did it, the answer is lost three ways.
fn after_commit_faults() -> [(&'static str, Fault); 3] {
    [
        ("502 after commit", Fault::error(502).after_commit()),
        (
            "dropped connection after commit",
            Fault::disconnect().after_commit(),
        ),
        (
            "truncated body after commit",
            Fault::truncated_body().after_commit(),
        ),
    ]
}

/// The path up to its first id-like segment (ids differ from run to run).
fn stable_prefix(path: &str) -> String {
    let mut prefix = String::new();
    for segment in path.split_inclusive('/') {
        let id_like = segment.len() >= 14 && segment.chars().any(|c| c.is_ascii_digit());
        if id_like {
            break;
        }
        prefix.push_str(segment);
    }
    prefix
}

/// Queues `fault` on the `index`-th write of `writes` (those before it pass untouched).
fn fault_write(setup: &Setup, writes: &[(usize, String, String)], index: usize, fault: Fault) {
    let (listener, method, path) = &writes[index];
    let path = &stable_prefix(path);
    let earlier = writes[..index]
        .iter()
        .filter(|(l, m, p)| l == listener && m == method && p.starts_with(path.as_str()))
        .count() as u64;
    let target = &setup.listeners()[*listener];
    if earlier > 0 {
        target.inject(
            Fault::latency(Duration::from_millis(1))
                .times(earlier)
                .for_method(method.clone())
                .for_path_prefix(path.clone()),
        );
    }
    target.inject(
        fault
            .for_method(method.clone())
            .for_path_prefix(path.clone()),
    );
}

/// What exists on the account is exactly what `spec` asks for: one trunk with its name, one
/// credential list and one IP access list (if asked), the URIs in order, nothing else.
async fn assert_exactly_the_spec(setup: &Setup, spec: &TrunkSpec, context: &str) {
    let provider = &setup.provider;
    let trunks: Vec<_> = provider
        .list_trunks(TrunkFilter::new())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(trunks.len(), 1, "{context}: trunks {trunks:?}");
    let trunk = provider.get_trunk(&trunks[0].id).await.unwrap();
    assert_eq!(trunk.name.as_deref(), Some(spec.name.as_str()), "{context}");
    let attachments = trunk.attachments.clone().unwrap_or_default();
    let lists: Vec<_> = provider
        .list_credential_lists()
        .try_collect()
        .await
        .unwrap();
    let expected = usize::from(!spec.credentials.is_empty());
    assert_eq!(
        lists.len(),
        expected,
        "{context}: credential lists {lists:?}"
    );
    if let Some(list) = lists.first() {
        assert_eq!(
            attachments.credential_lists,
            vec![list.id.clone()],
            "{context}"
        );
        let mut have: Vec<_> = list
            .credentials
            .iter()
            .map(|c| c.username.clone())
            .collect();
        let mut want: Vec<_> = spec
            .credentials
            .iter()
            .map(|c| c.username.clone())
            .collect();
        have.sort();
        want.sort();
        assert_eq!(have, want, "{context}");
    }
    let ips: Vec<_> = provider.list_ip_access_lists().try_collect().await.unwrap();
    let expected = usize::from(!spec.networks.is_empty());
    assert_eq!(ips.len(), expected, "{context}: IP access lists {ips:?}");
    if let Some(list) = ips.first() {
        assert_eq!(
            attachments.ip_access_lists,
            vec![list.id.clone()],
            "{context}"
        );
        let mut have: Vec<_> = list.entries.iter().map(|e| e.network).collect();
        let mut want = spec.networks.clone();
        have.sort();
        want.sort();
        assert_eq!(have, want, "{context}");
    }
    let uris: Vec<_> = provider
        .list_origination_uris(None)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        uris.len(),
        spec.origination_uris.len(),
        "{context}: URIs {uris:?}"
    );
    let on_trunk: Vec<_> = provider
        .list_origination_uris(Some(&trunk.id))
        .try_collect()
        .await
        .unwrap();
    let mut on_trunk: Vec<_> = on_trunk
        .into_iter()
        .map(|u| (u.priority, u.sip_uri))
        .collect();
    on_trunk.sort_by_key(|(priority, _)| *priority);
    let in_order: Vec<_> = on_trunk.into_iter().map(|(_, uri)| uri).collect();
    let wanted: Vec<_> = spec
        .origination_uris
        .iter()
        .map(|u| u.sip_uri.clone())
        .collect();
    assert_eq!(in_order, wanted, "{context}");
}

#[tokio::test(start_paused = true)]
async fn ensure_after_a_fault_after_commit_on_each_write_converges_to_exactly_one_of_each() {
    for vendor in VENDORS {
        let mut setup = Setup::new(vendor).await;
        for spec in specs(vendor) {
            setup.reset();
            setup.provider.ensure(&spec).await.expect("clean ensure");
            let writes = writes_by_listener(&setup);
            // At least a create and an update (Telnyx's credential trunk is one connection).
            assert!(writes.len() >= 2, "{vendor}: {writes:?}");
            for index in 0..writes.len() {
                for (kind, fault) in after_commit_faults() {
                    setup.reset();
                    fault_write(&setup, &writes, index, fault);
                    let context = format!("{vendor} {}: {kind} on {:?}", spec.name, writes[index]);
                    let ensured = setup
                        .provider
                        .ensure(&spec)
                        .await
                        .unwrap_or_else(|e| panic!("{context}: {e}"));
                    assert_eq!(ensured.outcome, EnsureOutcome::Created, "{context}");
                    // The fault happened, and after the vendor had done the write.
                    let faulted: Vec<_> = setup
                        .requests()
                        .into_iter()
                        .filter(|r| r.fault.is_some() && r.fault.as_ref().unwrap().after_commit)
                        .collect();
                    assert_eq!(faulted.len(), 1, "{context}");
                    assert!(faulted[0].committed, "{context}");
                    assert_exactly_the_spec(&setup, &spec, &context).await;
                    let plan = setup.provider.plan_trunk(&spec).await.expect("plan");
                    assert!(plan.is_no_change(), "{context}: {:?}", plan.changes);
                }
            }
        }
    }
}

/// Everything on the account: trunks, credential lists, IP access lists, origination URIs.
/// One resource seen as two kinds is listed once, as the first: a Telnyx credential list or
/// IP access list IS its trunk connection (same id).
async fn account_contents(setup: &Setup) -> Vec<String> {
    let provider = &setup.provider;
    let mut contents = Vec::new();
    let trunks: Vec<_> = provider
        .list_trunks(TrunkFilter::new())
        .try_collect()
        .await
        .unwrap();
    contents.extend(trunks.into_iter().map(|t| format!("trunk {}", t.id)));
    let lists: Vec<_> = provider
        .list_credential_lists()
        .try_collect()
        .await
        .unwrap();
    contents.extend(
        lists
            .into_iter()
            .map(|l| format!("credential list {}", l.id)),
    );
    let ips: Vec<_> = provider.list_ip_access_lists().try_collect().await.unwrap();
    contents.extend(ips.into_iter().map(|l| format!("IP access list {}", l.id)));
    let uris: Vec<_> = provider
        .list_origination_uris(None)
        .try_collect()
        .await
        .unwrap();
    contents.extend(
        uris.into_iter()
            .map(|u| format!("origination URI {}", u.id)),
    );
    let mut seen = std::collections::HashSet::new();
    contents.retain(|item| {
        let id = item.rsplit(' ').next().unwrap_or_default().to_owned();
        seen.insert(id)
    });
    contents
}

#[tokio::test(start_paused = true)]
async fn provision_reports_outcome_unknown_exactly_when_something_may_exist() {
    let (mut cases, mut unknown) = (0, 0);
    for vendor in VENDORS {
        let mut setup = Setup::new(vendor).await;
        for spec in specs(vendor) {
            setup.reset();
            setup
                .provider
                .provision(&spec)
                .await
                .expect("clean provision");
            let writes = writes_by_listener(&setup);
            for index in 0..writes.len() {
                let before_commit = [("502 before commit", Fault::error(502))];
                for (kind, fault) in after_commit_faults().into_iter().chain(before_commit) {
                    for lookups_fail in [false, true] {
                        cases += 1;
                        setup.reset();
                        fault_write(&setup, &writes, index, fault.clone());
                        if lookups_fail {
                            // Every read fails from here on: no lookup can settle anything.
                            for listener in setup.listeners() {
                                listener.inject(Fault::error(503).times(10_000).for_method("GET"));
                            }
                        }
                        let context = format!(
                            "{vendor} {}: {kind} on {:?}, lookups fail: {lookups_fail}",
                            spec.name, writes[index]
                        );
                        let err = match setup.provider.provision(&spec).await {
                            // An update the runtime resent (PUT is idempotent) got through.
                            Ok(_) => {
                                for listener in setup.listeners() {
                                    listener.clear_faults();
                                }
                                assert_exactly_the_spec(&setup, &spec, &context).await;
                                continue;
                            }
                            Err(err) => err,
                        };
                        let Error::Provisioning(failure) = &err else {
                            panic!("{context}: {err:?}");
                        };
                        for listener in setup.listeners() {
                            listener.clear_faults();
                        }
                        let left = account_contents(&setup).await;
                        let message = err.to_string();
                        if left.is_empty() {
                            // Certainty is claimed only when the lookups could check.
                            if !lookups_fail || !err.outcome_unknown() {
                                assert!(
                                    message.contains("nothing left behind")
                                        || err.outcome_unknown(),
                                    "{context}: {message}"
                                );
                            }
                        } else {
                            assert!(
                                err.outcome_unknown(),
                                "{context}: {left:?} exist but {message}"
                            );
                            assert!(
                                !message.contains("nothing left behind"),
                                "{context}: {message}"
                            );
                            assert!(
                                left.len()
                                    <= failure.maybe_created.len() + failure.left_behind.len(),
                                "{context}: {left:?} vs {failure:?}"
                            );
                        }
                        if err.outcome_unknown() {
                            unknown += 1;
                            assert!(
                                !message.contains("nothing left behind"),
                                "{context}: {message}"
                            );
                            assert!(
                                !failure.maybe_created.is_empty()
                                    || !failure.left_behind.is_empty()
                            );
                        }
                        if !lookups_fail {
                            // The lookups work: every doubt is settled and rolled back.
                            assert!(left.is_empty(), "{context}: {left:?}");
                            assert!(!err.outcome_unknown(), "{context}: {message}");
                            assert!(
                                message.contains("nothing left behind"),
                                "{context}: {message}"
                            );
                        }
                    }
                }
            }
        }
    }
    assert!(cases >= 100, "{cases}");
    // Lookups that fail leave creates in doubt, and the errors say so.
    assert!(unknown >= 10, "{unknown} of {cases}");
}

#[tokio::test(start_paused = true)]
async fn ensure_whose_lookups_keep_failing_names_what_may_exist() {
    // Plivo and Vobiz: one listener each, so the request log is in order.
    for vendor in [Vendor::Plivo, Vendor::Vobiz] {
        let setup = Setup::new(vendor).await;
        let spec = specs(vendor).remove(0);
        setup.provider.ensure(&spec).await.expect("clean ensure");
        let log = setup.requests();
        let trunk_create = log
            .iter()
            .position(|r| {
                r.method == "POST"
                    && (r.path.to_lowercase().ends_with("trunk/") || r.path.ends_with("/trunks"))
            })
            .expect("a trunk create");
        let reads_before = log[..trunk_create]
            .iter()
            .filter(|r| r.method == "GET")
            .count() as u64;
        setup.emulator.reset_all();
        let listener = &setup.listeners()[0];
        listener.inject(
            Fault::latency(Duration::from_millis(1))
                .times(reads_before)
                .for_method("GET"),
        );
        listener.inject(Fault::error(503).times(100_000).for_method("GET"));
        let writes: Vec<_> = log
            .iter()
            .filter(|r| r.method != "GET")
            .map(|r| (0, r.method.clone(), r.path.clone()))
            .collect();
        let index = log[..trunk_create]
            .iter()
            .filter(|r| r.method != "GET")
            .count();
        fault_write(&setup, &writes, index, Fault::error(502).after_commit());
        let options = EnsureOptions::new().with_lookup_attempts(3);
        let err = setup
            .provider
            .ensure_with(&spec, &options)
            .await
            .unwrap_err();
        assert!(err.outcome_unknown(), "{vendor}: {err}");
        let Error::Provisioning(failure) = &err else {
            panic!("{vendor}: {err:?}");
        };
        let doubted: Vec<_> = failure
            .maybe_created
            .iter()
            .map(|s| s.description.clone())
            .collect();
        assert_eq!(
            doubted,
            vec![format!("create trunk \"{}\"", spec.name)],
            "{vendor}: {err}"
        );
        let message = err.to_string();
        assert!(message.contains("MAY EXIST"), "{message}");
        assert!(!message.contains("nothing left behind"), "{message}");
        // It did exist; with the reads back, ensure adopts it: still exactly one.
        listener.clear_faults();
        let ensured = setup.provider.ensure(&spec).await.expect("ensure");
        // Adopted, not created again (Vobiz writes the attachments its create could not carry).
        assert_ne!(ensured.outcome, EnsureOutcome::Created, "{vendor}");
        assert_exactly_the_spec(&setup, &spec, vendor.as_str()).await;
    }
}

#[tokio::test(start_paused = true)]
async fn a_twilio_duplicate_domain_or_username_is_already_exists() {
    let setup = Setup::new(Vendor::Twilio).await;
    let provider = &setup.provider;
    let domain = "taken.pstn.twilio.com";
    let first = trunkline::NewTrunk::new(trunkline::Direction::Both)
        .with_name("a")
        .with_sip_domain(domain);
    let a = provider.create_trunk(&first).await.expect("first trunk");
    let second = trunkline::NewTrunk::new(trunkline::Direction::Both)
        .with_name("b")
        .with_sip_domain(domain);
    let err = provider.create_trunk(&second).await.unwrap_err();
    assert!(matches!(err, Error::AlreadyExists(_)), "{err:?}");
    assert_eq!(err.status(), Some(400));
    assert!(!err.outcome_unknown());
    // The same on an update.
    let b = provider
        .create_trunk(&trunkline::NewTrunk::new(trunkline::Direction::Both).with_name("b"))
        .await
        .unwrap();
    let err = provider
        .update_trunk(&b.id, &TrunkUpdate::new().with_sip_domain(domain))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::AlreadyExists(_)), "{err:?}");
    // And a username twice in one list.
    let list = provider
        .create_credential_list(
            &trunkline::NewCredentialList::new("pbx").with_credential("alice", "Sup3r-secret-Pw1"),
        )
        .await
        .unwrap();
    let again = trunkline::NewCredential::new("alice", "Sup3r-secret-Pw2");
    let err = provider.add_credential(&list.id, &again).await.unwrap_err();
    assert!(matches!(err, Error::AlreadyExists(_)), "{err:?}");
    let _ = a;
}

#[tokio::test(start_paused = true)]
async fn a_bad_twilio_password_is_an_unwrapped_input_error_before_anything_is_sent() {
    let setup = Setup::new(Vendor::Twilio).await;
    let spec = TrunkSpec::outbound("pbx").with_credential("alice", "short");
    for result in [
        setup.provider.provision(&spec).await.map(drop),
        setup.provider.ensure(&spec).await.map(drop),
        setup.provider.plan_trunk(&spec).await.map(drop),
    ] {
        let err = result.unwrap_err();
        let Error::InvalidRequest {
            field,
            vendor_error,
            ..
        } = &err
        else {
            panic!("{err:?}");
        };
        assert_eq!(field.as_deref(), Some("credentials[0].password"), "{err}");
        assert!(vendor_error.is_none());
        assert!(!err.outcome_unknown());
    }
    assert!(setup.requests().is_empty(), "{:?}", setup.requests());
}

#[tokio::test(start_paused = true)]
async fn a_60_character_twilio_name_fits_with_its_derived_list_names() {
    let setup = Setup::new(Vendor::Twilio).await;
    let name = "n".repeat(60);
    let spec = TrunkSpec::outbound(name.clone())
        .with_credential("alice", "Sup3r-secret-Pw1")
        .with_network("203.0.113.7".parse().unwrap())
        .with_origination_uri(NewOriginationUri::new("sip:pbx.example.com"));
    let provisioned = setup.provider.provision(&spec).await.expect("provision");
    let list = provisioned.credential_list.expect("credential list");
    let list_name = list.name.expect("named");
    assert!(list_name.chars().count() <= 64, "{list_name}");
    assert!(list_name.ends_with("-credentials"), "{list_name}");
    assert_eq!(provisioned.trunk.name.as_deref(), Some(name.as_str()));
    // ensure finds the lists by the same derived names: nothing to change.
    let ensured = setup.provider.ensure(&spec).await.expect("ensure");
    assert_eq!(
        ensured.outcome,
        EnsureOutcome::AlreadyRight,
        "{:?}",
        ensured.changes
    );
    // A different long name gets a different list name.
    let other = trunkline::DerivedNames::new(
        &setup.provider.capabilities(),
        &TrunkSpec::outbound(format!("{}m", "n".repeat(59))),
    );
    assert_ne!(other.credential_list, list_name);
}

#[tokio::test(start_paused = true)]
async fn a_trunk_the_vendor_cannot_change_in_place_is_planned_as_replace_and_refused() {
    let setup = Setup::new(Vendor::Plivo).await;
    let inbound = TrunkSpec::inbound("flip")
        .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"));
    setup
        .provider
        .ensure(&inbound)
        .await
        .expect("ensure inbound");
    let outbound = TrunkSpec::outbound("flip").with_network("203.0.113.7".parse().unwrap());
    let plan = setup.provider.plan_trunk(&outbound).await.expect("plan");
    assert_eq!(plan.action, PlanAction::Replace, "{:?}", plan.changes);
    assert!(
        plan.changes
            .iter()
            .any(|c| c.op == ChangeOp::Replace && c.field.as_deref() == Some("direction")),
        "{:?}",
        plan.changes
    );
    setup.clear_requests();
    let err = setup.provider.ensure(&outbound).await.unwrap_err();
    assert!(matches!(err, Error::NotSupported { .. }), "{err:?}");
    assert!(err.to_string().contains("direction"), "{err}");
    assert!(!err.outcome_unknown());
    assert_eq!(
        setup.writes(),
        Vec::<String>::new(),
        "refused before any write"
    );
}

#[tokio::test(start_paused = true)]
async fn plans_serialize_without_passwords_in_a_stable_order() {
    let setup = Setup::new(Vendor::Twilio).await;
    let spec = specs(Vendor::Twilio).remove(0);
    let plan = setup.provider.plan_trunk(&spec).await.expect("plan");
    assert_eq!(plan.action, PlanAction::Create);
    let json = serde_json::to_string(&plan).unwrap();
    assert!(!json.contains("Sup3r-secret"), "{json}");
    assert_eq!(
        json,
        serde_json::to_string(&setup.provider.plan_trunk(&spec).await.unwrap()).unwrap()
    );
    let kinds: Vec<Resource> = plan.changes.iter().map(|c| c.resource).collect();
    assert_eq!(
        kinds,
        [
            Resource::CredentialList,
            Resource::IpAccessList,
            Resource::Trunk,
            Resource::OriginationUri,
            Resource::OriginationUri,
        ]
    );
    let ensured = setup.provider.ensure(&spec).await.unwrap();
    let rotate = EnsureOptions::new().with_rotate_passwords(true);
    let plan = setup
        .provider
        .plan_trunk_with(&spec, &rotate)
        .await
        .unwrap();
    let rotations: Vec<_> = plan
        .changes
        .iter()
        .filter(|c| c.field.as_deref() == Some("password"))
        .collect();
    assert_eq!(rotations.len(), 2, "{:?}", plan.changes);
    assert!(
        rotations
            .iter()
            .all(|c| c.before.is_none() && c.after.is_none())
    );
    assert!(
        !serde_json::to_string(&ensured)
            .unwrap()
            .contains("Sup3r-secret")
    );
}

#[tokio::test(start_paused = true)]
async fn telnyx_directions_are_compared_as_they_read_back() {
    let setup = Setup::new(Vendor::Telnyx).await;
    let caps = setup.provider.capabilities();
    // An outbound connection also takes calls to its numbers: it reads back as Both.
    let outbound = TrunkSpec::outbound("dir").with_network("203.0.113.7".parse().unwrap());
    let ensured = setup.provider.ensure(&outbound).await.expect("ensure");
    assert_eq!(ensured.trunk.direction, trunkline::Direction::Both);
    assert!(
        !caps
            .trunk
            .directions_differ(outbound.direction, ensured.trunk.direction)
    );
    let mut both = outbound.clone();
    both.direction = trunkline::Direction::Both;
    for spec in [&outbound, &both] {
        let plan = setup.provider.plan_trunk(spec).await.expect("plan");
        assert!(plan.is_no_change(), "{:?}", plan.changes);
    }
    // An inbound one (no outbound voice profile) is another trunk to Telnyx.
    let mut inbound = outbound.clone();
    inbound.direction = trunkline::Direction::Inbound;
    let plan = setup.provider.plan_trunk(&inbound).await.expect("plan");
    assert_eq!(plan.action, PlanAction::Replace, "{:?}", plan.changes);
    assert!(
        plan.changes
            .iter()
            .any(|c| c.op == ChangeOp::Replace && c.field.as_deref() == Some("direction")),
        "{:?}",
        plan.changes
    );
}

#[tokio::test(start_paused = true)]
async fn deprovision_on_telnyx_leaves_the_number_to_the_trunk_delete() {
    let setup = Setup::new(Vendor::Telnyx).await;
    let caps = setup.provider.capabilities();
    assert!(caps.numbers_released_with_trunk());
    let spec = specs(Vendor::Telnyx).remove(1);
    let provisioned = setup.provider.provision(&spec).await.expect("provision");
    assert_eq!(provisioned.phone_numbers.len(), 1);
    let assigned = |setup: &Setup| {
        setup
            .emulator
            .telnyx()
            .phone_numbers()
            .into_iter()
            .find(|n| n.phone_number == TELNYX_NUMBER)
            .expect("owned number")
            .connection_id
    };
    assert_eq!(
        assigned(&setup).as_deref(),
        Some(provisioned.trunk.id.as_str())
    );
    setup.clear_requests();
    setup
        .provider
        .deprovision(&provisioned)
        .await
        .expect("deprovision: nothing reported left behind");
    // No detach was tried: no write to the number at all.
    let writes = setup.writes();
    assert!(
        !writes.iter().any(|w| w.contains("phone_numbers")),
        "{writes:?}"
    );
    assert_eq!(
        assigned(&setup),
        None,
        "the trunk's delete released the number"
    );
    assert_eq!(account_contents(&setup).await, Vec::<String>::new());
    // The other vendors detach: the rule is the capability, not the vendor.
    for vendor in [Vendor::Plivo, Vendor::Twilio, Vendor::Vobiz] {
        let setup = Setup::new(vendor).await;
        assert!(!setup.provider.capabilities().numbers_released_with_trunk());
    }
}

#[tokio::test(start_paused = true)]
async fn a_telnyx_rollback_releases_the_number_with_the_trunk() {
    let setup = Setup::new(Vendor::Telnyx).await;
    let spec = specs(Vendor::Telnyx).remove(1);
    // The read-back after the number's attachment fails for good: everything is rolled back.
    setup
        .provider
        .provision(&spec)
        .await
        .expect("clean provision");
    let reads = setup
        .requests()
        .iter()
        .filter(|r| r.method == "GET")
        .count() as u64;
    let mut setup = setup;
    setup.reset();
    let listener = &setup.listeners()[0];
    listener.inject(
        Fault::latency(Duration::from_millis(1))
            .times(reads - 1)
            .for_method("GET"),
    );
    listener.inject(Fault::error(404).for_method("GET"));
    let err = setup.provider.provision(&spec).await.unwrap_err();
    let Error::Provisioning(failure) = &err else {
        panic!("{err:?}");
    };
    listener.clear_faults();
    assert!(failure.left_behind.is_empty(), "{err}");
    assert!(!err.outcome_unknown(), "{err}");
    let released: Vec<_> = failure
        .rolled_back
        .iter()
        .map(|s| s.description.clone())
        .collect();
    assert!(
        released
            .iter()
            .any(|s| s.starts_with("attach phone number")),
        "{released:?}"
    );
    let number = setup
        .emulator
        .telnyx()
        .phone_numbers()
        .into_iter()
        .find(|n| n.phone_number == TELNYX_NUMBER)
        .expect("owned number");
    assert_eq!(number.connection_id, None);
    assert_eq!(account_contents(&setup).await, Vec::<String>::new());
}

/// The first of the vendor's `specs` with credentials (`CredentialList`) or networks
/// (`IpAccessList`).
fn spec_holding(vendor: Vendor, resource: Resource) -> Option<TrunkSpec> {
    specs(vendor).into_iter().find(|s| match resource {
        Resource::CredentialList => !s.credentials.is_empty(),
        _ => !s.networks.is_empty(),
    })
}

/// A document that stops listing a trunk's credentials (or networks) detaches its credential
/// list (or IP access list) where the vendor can detach one, and plans a replacement, with the
/// vendor's reason, where it cannot: the rule is the capability, not the vendor.
#[tokio::test(start_paused = true)]
async fn lists_dropped_from_a_spec_are_detached_or_the_trunk_is_replaced() {
    for vendor in VENDORS {
        for (resource, detach) in [
            (Resource::CredentialList, Operation::DetachCredentialList),
            (Resource::IpAccessList, Operation::DetachIpAccessList),
        ] {
            let Some(spec) = spec_holding(vendor, resource) else {
                panic!("{vendor}: no spec with a {resource:?}");
            };
            let context = format!("{vendor} {resource:?}");
            let setup = Setup::new(vendor).await;
            let ensured = setup.provider.ensure(&spec).await.expect("ensure");
            let mut dropped = spec.clone();
            match resource {
                Resource::CredentialList => dropped.credentials.clear(),
                _ => dropped.networks.clear(),
            }
            let plan = setup.provider.plan_trunk(&dropped).await.expect("plan");
            let caps = setup.provider.capabilities();
            let of_list: Vec<_> = plan
                .changes
                .iter()
                .filter(|c| c.resource == resource)
                .collect();
            assert_eq!(of_list.len(), 1, "{context}: {:?}", plan.changes);
            if caps.supports(detach) {
                assert_eq!(plan.action, PlanAction::Update, "{context}");
                assert_eq!(of_list[0].op, ChangeOp::Remove, "{context}");
                setup
                    .provider
                    .ensure(&dropped)
                    .await
                    .expect("ensure dropped");
                let trunk = setup.provider.get_trunk(&ensured.trunk.id).await.unwrap();
                let held = trunk.attachments.expect("attachments");
                let left = match resource {
                    Resource::CredentialList => held.credential_lists.len(),
                    _ => held.ip_access_lists.len(),
                };
                assert_eq!(left, 0, "{context}: still attached");
                let again = setup.provider.plan_trunk(&dropped).await.expect("plan");
                assert!(again.is_no_change(), "{context}: {:?}", again.changes);
            } else {
                assert_eq!(plan.action, PlanAction::Replace, "{context}");
                assert_eq!(of_list[0].op, ChangeOp::Replace, "{context}");
                assert_eq!(
                    of_list[0].note.as_deref(),
                    caps.unsupported_reason(detach),
                    "{context}"
                );
                setup.clear_requests();
                let err = setup.provider.ensure(&dropped).await.unwrap_err();
                assert!(
                    matches!(err, Error::NotSupported { .. }),
                    "{context}: {err:?}"
                );
                assert_eq!(setup.writes(), Vec::<String>::new(), "{context}: no write");
            }
        }
    }
}

/// Where a trunk holds one credential (Plivo, Vobiz, Telnyx) or an IP list of one entry
/// (Vobiz), a changed username or network puts a new list in the trunk's place and deletes the
/// old one: afterwards the trunk holds exactly the new list, the old one is gone, and a new
/// plan finds nothing to do.
#[tokio::test(start_paused = true)]
async fn a_changed_single_credential_or_network_replaces_the_list_and_deletes_the_old_one() {
    for vendor in VENDORS {
        let setup = Setup::new(vendor).await;
        let caps = setup.provider.capabilities();
        for resource in [Resource::CredentialList, Resource::IpAccessList] {
            let single = match resource {
                Resource::CredentialList => caps.credential_list.single_credential(),
                _ => caps.ip_access_list.max_entries == Some(1),
            };
            let Some(spec) = spec_holding(vendor, resource).filter(|_| single) else {
                continue;
            };
            let context = format!("{vendor} {resource:?}");
            let ensured = setup.provider.ensure(&spec).await.expect("ensure");
            let before = setup.provider.get_trunk(&ensured.trunk.id).await.unwrap();
            let before = before.attachments.expect("attachments");
            let mut changed = spec.clone();
            match resource {
                Resource::CredentialList => {
                    changed.credentials[0] =
                        trunkline::NewCredential::new("pbxnew9", "Sup3rsecret2")
                }
                _ => changed.networks[0] = "10.20.30.44/32".parse().unwrap(),
            }
            let plan = setup.provider.plan_trunk(&changed).await.expect("plan");
            let ops: Vec<_> = plan
                .changes
                .iter()
                .filter(|c| c.resource == resource)
                .map(|c| c.op)
                .collect();
            if !caps.supports(Operation::AttachCredentialList) {
                // The list is the trunk itself (Telnyx): another list is another trunk, so the
                // trunk is planned as replaced and `ensure` refuses before any write.
                assert_eq!(plan.action, PlanAction::Replace, "{context}: {plan:?}");
                assert_eq!(ops, [ChangeOp::Replace], "{context}: {plan:?}");
                setup.clear_requests();
                let err = setup.provider.ensure(&changed).await.unwrap_err();
                assert!(
                    matches!(err, Error::NotSupported { .. }),
                    "{context}: {err:?}"
                );
                assert_eq!(setup.writes(), Vec::<String>::new(), "{context}: no write");
                let trunk = setup.provider.get_trunk(&ensured.trunk.id).await;
                assert!(
                    trunk.is_ok(),
                    "{context}: the trunk is still there: {trunk:?}"
                );
                continue;
            }
            // No list of the new username exists yet: one is created, put in, the old deleted.
            let expected = [ChangeOp::Create, ChangeOp::Replace, ChangeOp::Delete];
            assert_eq!(ops, expected, "{context}: {plan:?}");
            setup
                .provider
                .ensure(&changed)
                .await
                .expect("ensure changed");
            let after = setup.provider.get_trunk(&ensured.trunk.id).await.unwrap();
            let after = after.attachments.expect("attachments");
            match resource {
                Resource::CredentialList => {
                    let [new] = after.credential_lists.as_slice() else {
                        panic!("{context}: {after:?}");
                    };
                    assert_ne!(before.credential_lists, after.credential_lists, "{context}");
                    let list = setup.provider.get_credential_list(new).await.unwrap();
                    let names: Vec<_> = list.credentials.iter().map(|c| &c.username).collect();
                    assert_eq!(names, ["pbxnew9"], "{context}");
                    let old = setup
                        .provider
                        .get_credential_list(&before.credential_lists[0]);
                    assert!(
                        matches!(old.await, Err(Error::NotFound(_))),
                        "{context}: old kept"
                    );
                }
                _ => {
                    let [new] = after.ip_access_lists.as_slice() else {
                        panic!("{context}: {after:?}");
                    };
                    assert_ne!(before.ip_access_lists, after.ip_access_lists, "{context}");
                    let list = setup.provider.get_ip_access_list(new).await.unwrap();
                    let networks: Vec<_> =
                        list.entries.iter().map(|e| e.network.to_string()).collect();
                    assert_eq!(networks, ["10.20.30.44/32"], "{context}");
                    let old = setup
                        .provider
                        .get_ip_access_list(&before.ip_access_lists[0]);
                    assert!(
                        matches!(old.await, Err(Error::NotFound(_))),
                        "{context}: old kept"
                    );
                }
            }
            let again = setup.provider.plan_trunk(&changed).await.expect("plan");
            assert!(again.is_no_change(), "{context}: {:?}", again.changes);
        }
    }
}

/// A Telnyx trunk's credential list or IP access list is the trunk's connection itself: a spec
/// that gives an FQDN trunk credentials or networks cannot be met in place. The plan says
/// replace, with the vendor's reason, and `ensure` refuses before any write, creating nothing
/// (before the fix it created a stray credential connection and reported success).
#[tokio::test(start_paused = true)]
async fn a_telnyx_trunk_given_another_kind_of_list_is_planned_as_replace_and_refused() {
    let setup = Setup::new(Vendor::Telnyx).await;
    // An inbound trunk with nothing attached is an FQDN connection.
    let fqdn = TrunkSpec::inbound("cust-tx-bare");
    let ensured = setup.provider.ensure(&fqdn).await.expect("ensure");
    let caps = setup.provider.capabilities();
    for (resource, spec) in [
        (
            Resource::CredentialList,
            fqdn.clone().with_credential("pbxuser7", "Sup3rsecret"),
        ),
        (
            Resource::IpAccessList,
            fqdn.clone().with_network("203.0.113.9".parse().unwrap()),
        ),
    ] {
        let plan = setup.provider.plan_trunk(&spec).await.expect("plan");
        assert_eq!(plan.action, PlanAction::Replace, "{resource:?}: {plan:?}");
        let replace: Vec<_> = plan
            .changes
            .iter()
            .filter(|c| c.resource == resource && c.op == ChangeOp::Replace)
            .collect();
        assert_eq!(replace.len(), 1, "{resource:?}: {plan:?}");
        let reason = caps.unsupported_reason(Operation::AttachCredentialList);
        assert_eq!(replace[0].note.as_deref(), reason, "{resource:?}");
        setup.clear_requests();
        let err = setup.provider.ensure(&spec).await.unwrap_err();
        assert!(
            matches!(err, Error::NotSupported { .. }),
            "{resource:?}: {err:?}"
        );
        assert!(!err.outcome_unknown(), "{resource:?}");
        assert_eq!(
            setup.writes(),
            Vec::<String>::new(),
            "{resource:?}: no write"
        );
    }
    let trunks: Vec<_> = setup
        .provider
        .list_trunks(TrunkFilter::new())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(trunks.len(), 1, "nothing else was created: {trunks:?}");
    assert_eq!(trunks[0].id, ensured.trunk.id);
}
