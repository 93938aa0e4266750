//! `ensure`, `plan_trunk` and names as keys, against the emulator: idempotence (the second
//! `ensure` sends no write, by the request log), faults after commit on every create step of
//! every vendor (exactly one of each resource afterwards), honest `outcome_unknown()` from
//! `provision`, two trunks with one name, and drift fixed field by field. Tokio's clock is
//! paused: the lookups' backoff takes virtual time only.

use std::sync::Arc;
use std::time::Duration;

use futures::TryStreamExt;
use trunkline::{
    ChangeOp, ClientConfig, EnsureOptions, EnsureOutcome, Error, NewOriginationUri, PlanAction,
    Resource, RetryPolicy, Timeouts, TrunkFilter, TrunkProvider, TrunkProviderExt, TrunkSpec,
    TrunkUpdate, Vendor,
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
        let emulator = Emulator::start(EmulatorConfig::default())
            .await
            .expect("emulator");
        let provider = provider(&emulator, vendor, config());
        Self {
            emulator,
            provider,
            vendor,
        }
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
        other => panic!("no specs for {other}"),
    }
}

const VENDORS: [Vendor; 3] = [Vendor::Plivo, Vendor::Twilio, Vendor::Vobiz];

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
            Vendor::Vobiz => (
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

#[allow(dead_code)]
fn unused(_: Fault) {}
