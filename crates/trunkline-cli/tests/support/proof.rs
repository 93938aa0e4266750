//! The convergence proof, shared by `tests/converge.rs` (small, every `cargo test`) and
//! `examples/converge.rs` (300 trunks, several seeds, numbers for the README).
//!
//! A document of trunks over Plivo, Twilio and Vobiz (credentials, networks, origination URIs)
//! is applied to an emulator that faults a share of all requests, a third or more of those
//! after the carrier committed. `apply` runs until `plan` is empty; then the invariants are
//! checked with faults off: every desired trunk exists exactly once with the desired fields
//! (the plan is empty), nothing inside `owns` is left that the document does not list, nothing
//! outside `owns` was touched, and no list or URI trunkline creates exists twice.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use futures::TryStreamExt;
use trunkline::desired::{
    self, Accounts, ApplyOptions, Document, EnvSource, Format, PlanOptions, Resolved,
};
use trunkline::{
    ClientConfig, Direction, NewOriginationUri, TrunkFilter, TrunkProvider, TrunkProviderExt,
    TrunkSpec,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault};

/// The password every credential of the generated documents uses.
pub const PASSWORD: &str = "Proof-Passw0rd-2026";

/// A document of `n` trunks, split over the three vendors, each with what its vendor allows.
pub fn document(n: usize) -> String {
    let mut out = String::from("carriers:\n");
    let per = n / 3;
    let counts = [per, per, n - 2 * per];
    for (v, vendor) in ["plivo", "twilio", "vobiz"].iter().enumerate() {
        out.push_str(&format!(
            "  - vendor: {vendor}\n    owns: \"acme-*\"\n    trunks:\n"
        ));
        for i in 0..counts[v] {
            let name = format!("acme-{vendor}-{i:03}");
            let octet = (i % 250) + 1;
            let inbound = i % 3 == 2;
            let body = match (*vendor, inbound) {
                ("plivo", false) => format!(
                    "        direction: outbound\n        credentials: [{{username: u{i:03}pl, password_env: PROOF_PASSWORD}}]\n        networks: [203.0.113.{octet}, 198.51.{}.0/24]\n",
                    i % 200
                ),
                ("plivo", true) => format!(
                    "        direction: inbound\n        origination_uris: [{{uri: \"sip:pbx{i}.example.com:5060\"}}, {{uri: \"sip:pbx{i}b.example.com:5060\"}}]\n"
                ),
                ("twilio", _) => format!(
                    "        direction: both\n        secure: {}\n        sip_domain: {name}.pstn.twilio.com\n        credentials: [{{username: u{i:03}tw, password_env: PROOF_PASSWORD}}, {{username: v{i:03}tw, password_env: PROOF_PASSWORD}}]\n        networks: [203.0.113.{octet}]\n        origination_uris: [{{uri: \"sip:pbx{i}.example.com:5060\", priority: 10, weight: 10}}]\n",
                    i % 2 == 0
                ),
                ("vobiz", false) => format!(
                    "        direction: outbound\n        max_concurrent_calls: {}\n        credentials: [{{username: u{i:03}vb, password_env: PROOF_PASSWORD}}]\n        networks: [100.64.{}.{octet}]\n",
                    10 + i % 5,
                    i / 250
                ),
                _ => format!(
                    "        direction: inbound\n        origination_uris: [{{uri: \"sip:pbx{i}.example.com:5060\"}}]\n"
                ),
            };
            out.push_str(&format!("      - name: {name}\n{body}"));
        }
    }
    out
}

/// Providers for the three vendors on `emulator`, with `config`.
pub fn accounts(emulator: &Emulator, config: ClientConfig) -> Accounts {
    let plivo = trunkline::PlivoProvider::with_config(
        trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
        trunkline_emulator::DEFAULT_PLIVO_AUTH_TOKEN,
        Some(emulator.plivo_url()),
        config.clone(),
    )
    .unwrap();
    let twilio = trunkline::TwilioProvider::from_client(
        trunkline::vendor::twilio::ClientBuilder::new(
            trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
            trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN,
        )
        .trunking_base_url(emulator.twilio_trunking_url())
        .sip_base_url(emulator.twilio_api_url())
        .config(config.clone())
        .build()
        .unwrap(),
    );
    let vobiz = trunkline::VobizProvider::with_config(
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN,
        Some(emulator.vobiz_url()),
        config,
    )
    .unwrap();
    Accounts::new()
        .with("plivo", Arc::new(plivo))
        .with("twilio", Arc::new(twilio))
        .with("vobiz", Arc::new(vobiz))
}

/// Injects a fault on one listener.
type Inject<'a> = Box<dyn Fn(Fault) + Send + 'a>;

/// Every listener of the emulator, as totals and a way to inject.
#[derive(Clone)]
pub struct Listeners(Arc<Emulator>);

impl Listeners {
    pub fn new(emulator: Arc<Emulator>) -> Self {
        Self(emulator)
    }

    /// Per listener: requests so far, write-only faults still queued, and a way to inject.
    fn each(&self) -> Vec<(u64, usize, Inject<'_>)> {
        let e = &self.0;
        let queued = |faults: Vec<Fault>| faults.iter().filter(|f| f.method.is_some()).count();
        vec![
            (
                e.plivo().requests_total(),
                queued(e.plivo().faults()),
                Box::new(|f| e.plivo().inject(f).unwrap()),
            ),
            (
                e.twilio_trunking().requests_total(),
                queued(e.twilio_trunking().faults()),
                Box::new(|f| e.twilio_trunking().inject(f).unwrap()),
            ),
            (
                e.twilio_api().requests_total(),
                queued(e.twilio_api().faults()),
                Box::new(|f| e.twilio_api().inject(f).unwrap()),
            ),
            (
                e.vobiz().requests_total(),
                queued(e.vobiz().faults()),
                Box::new(|f| e.vobiz().inject(f).unwrap()),
            ),
        ]
    }

    /// Requests received so far, every listener.
    pub fn total(&self) -> u64 {
        self.each().iter().map(|(n, _, _)| n).sum()
    }

    /// Requests that were not GETs, every listener (the log holds every request).
    pub fn writes(&self) -> usize {
        let e = &self.0;
        [
            e.plivo().requests(),
            e.twilio_trunking().requests(),
            e.twilio_api().requests(),
            e.vobiz().requests(),
        ]
        .iter()
        .flatten()
        .filter(|r| r.method != "GET")
        .count()
    }

    pub fn clear_faults(&self) {
        let e = &self.0;
        e.plivo().clear_faults();
        e.twilio_trunking().clear_faults();
        e.twilio_api().clear_faults();
        e.vobiz().clear_faults();
    }

    pub fn clear_requests(&self) {
        let e = &self.0;
        e.plivo().clear_requests();
        e.twilio_trunking().clear_requests();
        e.twilio_api().clear_requests();
        e.vobiz().clear_requests();
    }
}

/// Faults injected by [`FaultPump`].
#[derive(Debug, Default)]
pub struct FaultCounts {
    pub before_commit: AtomicU64,
    pub after_commit: AtomicU64,
}

/// Keeps the faults queued at `rate` × requests received on every listener, half of them
/// after commit (503/500/429/dropped before; 502/504/dropped/truncated after; truncated bodies
/// on writes only).
pub struct FaultPump {
    stop: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<()>,
    pub counts: Arc<FaultCounts>,
}

impl FaultPump {
    pub fn start(listeners: Listeners, rate: f64, seed: u64) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let counts = Arc::new(FaultCounts::default());
        let task = tokio::spawn({
            let (stop, counts) = (stop.clone(), counts.clone());
            async move {
                let mut rng = fastrand::Rng::with_seed(seed);
                let mut base: Vec<u64> = listeners.each().iter().map(|(n, _, _)| *n).collect();
                let mut injected = vec![0u64; base.len()];
                while !stop.load(Ordering::Relaxed) {
                    for (i, (total, mut queued, inject)) in listeners.each().into_iter().enumerate()
                    {
                        let seen = total.saturating_sub(base[i]);
                        let target = (rate * (seen + 1) as f64).floor() as u64;
                        while injected[i] < target {
                            let after = rng.bool();
                            let fault = match (after, rng.u8(..4)) {
                                (false, 0) => Fault::error(503),
                                (false, 1) => Fault::error(500),
                                (false, 2) => Fault::error(429),
                                (false, _) => Fault::disconnect(),
                                (true, 0) => Fault::error(502).after_commit(),
                                (true, 1) => Fault::error(504).after_commit(),
                                (true, 2) => Fault::disconnect().after_commit(),
                                // Cut bodies on writes only (a cut read is not retried by
                                // the runtime, see the README), and never more than two
                                // queued, so that writes are not all faulted when reads
                                // dominate.
                                (true, _) if queued < 2 => {
                                    queued += 1;
                                    let method = ["POST", "POST", "DELETE"][rng.usize(..3)];
                                    Fault::truncated_body().after_commit().for_method(method)
                                }
                                (true, _) => Fault::error(502).after_commit(),
                            };
                            inject(fault);
                            injected[i] += 1;
                            let counter = if after {
                                &counts.after_commit
                            } else {
                                &counts.before_commit
                            };
                            counter.fetch_add(1, Ordering::Relaxed);
                        }
                        base[i] = base[i].min(total);
                    }
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
            }
        });
        Self { stop, task, counts }
    }

    pub async fn stop(self) -> Arc<FaultCounts> {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.task.await;
        self.counts
    }
}

/// Trunks that must never be touched (outside `owns`) and trunks inside `owns` that the
/// document does not list (deleted by a prune), created before the first apply.
pub async fn seed_extra(accounts: &Accounts) -> BTreeMap<String, Vec<String>> {
    let mut outside = BTreeMap::new();
    for (label, provider) in accounts.iter() {
        let mut names = Vec::new();
        for (n, name) in [format!("keep-{label}-1"), format!("acme-{label}-stale")]
            .into_iter()
            .enumerate()
        {
            let mut spec = TrunkSpec::new(name.clone(), Direction::Outbound);
            if label != "twilio" {
                // Vobiz refuses the RFC 5737 documentation ranges.
                spec = spec.with_network(format!("100.65.0.{}", 10 + n).parse().unwrap());
            } else {
                spec = spec.with_origination_uri(NewOriginationUri::new("sip:keep.example.com"));
            }
            provider.provision(&spec).await.expect("seed trunk");
            if name.starts_with("keep-") {
                names.push(name);
            }
        }
        outside.insert(label.to_owned(), names);
    }
    outside
}

/// A snapshot of everything outside `acme-*`: trunk names, ids and fields, as `Debug` text.
pub async fn outside_snapshot(accounts: &Accounts) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (label, provider) in accounts.iter() {
        let mut trunks: Vec<_> = provider
            .list_trunks(TrunkFilter::new())
            .try_collect()
            .await
            .unwrap();
        trunks.retain(|t| !t.name.as_deref().unwrap_or("").starts_with("acme-"));
        trunks.sort_by(|a, b| a.id.cmp(&b.id));
        let mut text = String::new();
        for trunk in trunks {
            let full = provider.get_trunk(&trunk.id).await.unwrap();
            text.push_str(&format!(
                "{} {:?} {:?} {:?} {:?}\n",
                full.id, full.name, full.direction, full.secure, full.attachments
            ));
        }
        out.insert(label.to_owned(), text);
    }
    out
}

/// What a proof run measured.
#[derive(Debug, Default)]
pub struct Outcome {
    pub applies: usize,
    pub requests: u64,
    pub faults_before: u64,
    pub faults_after: u64,
    pub failed_trunks_per_apply: Vec<usize>,
    pub violations: Vec<String>,
    /// The errors of the last apply's failed trunks.
    pub last_errors: Vec<String>,
    /// Why plans under faults failed.
    pub plan_errors: Vec<String>,
}

pub fn resolved(text: &str) -> (Document, Resolved) {
    let document = Document::parse(text, Format::Yaml).unwrap();
    let resolved = document
        .resolve(&EnvSource::from_pairs([("PROOF_PASSWORD", PASSWORD)]))
        .unwrap();
    (document, resolved)
}

/// Client settings for the proof: quick retries, so runs take seconds.
pub fn config() -> ClientConfig {
    ClientConfig::default()
}

/// Plans with faults off (the emulator's state is the truth), as `plan` after an apply.
pub async fn plan_clean(
    resolved: &Resolved,
    accounts: &Accounts,
    prune: bool,
) -> trunkline::Result<desired::Plan> {
    desired::plan(resolved, accounts, &PlanOptions::new().with_prune(prune)).await
}

/// Applies until the plan is empty (at most `max_applies`), with faults at `rate`, and checks
/// the invariants.
pub async fn converge(
    trunks: usize,
    rate: f64,
    seed: u64,
    max_applies: usize,
    concurrency: usize,
) -> Outcome {
    let emulator = Arc::new(
        Emulator::start(EmulatorConfig::default().with_request_log_capacity(2_000_000))
            .await
            .unwrap(),
    );
    let listeners = Listeners::new(emulator.clone());
    let accounts = accounts(&emulator, config());
    let outside = seed_extra(&accounts).await;
    let before = outside_snapshot(&accounts).await;
    let (_, resolved) = resolved(&document(trunks));
    let mut outcome = Outcome::default();
    let start_requests = listeners.total();
    loop {
        let pump = FaultPump::start(
            listeners.clone(),
            rate,
            seed.wrapping_add(outcome.applies as u64),
        );
        outcome.applies += 1;
        // Plan and apply under faults, as a user would run `trunkline apply --prune`.
        let plan = desired::plan(&resolved, &accounts, &PlanOptions::new().with_prune(true)).await;
        let report = match plan {
            Ok(plan) => Some(
                desired::apply(
                    &plan,
                    &accounts,
                    &ApplyOptions::new().with_concurrency(concurrency),
                )
                .await,
            ),
            Err(err) => {
                outcome.plan_errors.push(err.to_string());
                None
            }
        };
        let counts = pump.stop().await;
        outcome.faults_before += counts.before_commit.load(Ordering::Relaxed);
        outcome.faults_after += counts.after_commit.load(Ordering::Relaxed);
        listeners.clear_faults();
        outcome.last_errors = report
            .iter()
            .flat_map(|r| r.failures())
            .map(|f| {
                format!(
                    "{} {}: {}",
                    f.account,
                    f.name,
                    f.error.as_deref().unwrap_or("")
                )
            })
            .collect();
        outcome
            .failed_trunks_per_apply
            .push(report.as_ref().map_or(usize::MAX, |r| r.failures().count()));
        let clean = plan_clean(&resolved, &accounts, true).await.unwrap();
        if clean.is_empty() || outcome.applies >= max_applies {
            if !clean.is_empty() {
                outcome.violations.push(format!(
                    "the plan is not empty after {} applies: {:?}",
                    outcome.applies,
                    clean.counts()
                ));
            }
            break;
        }
    }
    outcome.requests = listeners.total() - start_requests;
    outcome
        .violations
        .extend(invariants(&resolved, &accounts, &outside, &before).await);
    outcome
}

/// The invariants, checked with faults off.
pub async fn invariants(
    resolved: &Resolved,
    accounts: &Accounts,
    outside: &BTreeMap<String, Vec<String>>,
    before: &BTreeMap<String, String>,
) -> Vec<String> {
    let mut violations = Vec::new();
    for carrier in &resolved.carriers {
        let provider = accounts.get(&carrier.label).unwrap();
        let trunks: Vec<_> = provider
            .list_trunks(TrunkFilter::new())
            .try_collect()
            .await
            .unwrap();
        let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
        for trunk in &trunks {
            *by_name
                .entry(trunk.name.clone().unwrap_or_default())
                .or_default() += 1;
        }
        let wanted: BTreeSet<&str> = carrier
            .trunks
            .iter()
            .map(|(_, s)| s.name.as_str())
            .collect();
        for name in &wanted {
            match by_name.get(*name) {
                Some(1) => {}
                other => violations.push(format!(
                    "{}: trunk {name} exists {} times",
                    carrier.label,
                    other.copied().unwrap_or(0)
                )),
            }
        }
        for (name, count) in &by_name {
            if carrier.owns.matches(name) && !wanted.contains(name.as_str()) {
                violations.push(format!(
                    "{}: {name} is inside owns but not in the document ({count})",
                    carrier.label
                ));
            }
        }
        for name in outside.get(&carrier.label).into_iter().flatten() {
            if by_name.get(name) != Some(&1) {
                violations.push(format!("{}: {name} (outside owns) is gone", carrier.label));
            }
        }
        violations.extend(duplicates(provider.as_ref(), &carrier.label).await);
    }
    let after = outside_snapshot(accounts).await;
    if &after != before {
        violations.push(format!(
            "something outside owns changed:\nbefore {before:?}\nafter {after:?}"
        ));
    }
    violations
}

/// Lists (credential, IP) that share a name, and origination URIs that share a SIP URI on one
/// trunk or, where they stand alone, in the account under one name.
pub async fn duplicates(provider: &dyn TrunkProvider, label: &str) -> Vec<String> {
    let mut violations = Vec::new();
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    let lists: Vec<_> = provider
        .list_credential_lists()
        .try_collect()
        .await
        .unwrap();
    for list in &lists {
        if let Some(name) = &list.name {
            *names.entry(format!("credential list {name}")).or_default() += 1;
        } else {
            // Unnamed (Vobiz): the username is the key.
            for c in &list.credentials {
                *names
                    .entry(format!("credential {}", c.username))
                    .or_default() += 1;
            }
        }
    }
    let lists: Vec<_> = provider.list_ip_access_lists().try_collect().await.unwrap();
    for list in &lists {
        let key = match &list.name {
            Some(name) => format!("IP list {name}"),
            None => format!("IP list {:?}", list.entries),
        };
        *names.entry(key).or_default() += 1;
    }
    let uris: Vec<_> = provider
        .list_origination_uris(None)
        .try_collect()
        .await
        .unwrap();
    for uri in &uris {
        let key = format!(
            "origination URI {:?} {} on {:?}",
            uri.name, uri.sip_uri, uri.trunk
        );
        *names.entry(key).or_default() += 1;
    }
    for (key, count) in names {
        if count > 1 {
            violations.push(format!("{label}: {key} exists {count} times"));
        }
    }
    violations
}
