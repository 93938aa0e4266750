//! The load test: mixed operations through the facade (`Arc<dyn TrunkProvider>`) against the
//! emulator while a share of the requests fail by injection, then a check of the emulator's end
//! state against what every caller was told.
//!
//! Run it with `cargo run --release -p trunkline-tests --bin loadtest -- --help`; a smaller run
//! is the `load_small` test.
//!
//! How it works, per vendor:
//!
//! 1. A fresh emulator; set-up resources the operations need are created before any fault
//!    (Plivo: an IP access list, because an outbound Plivo trunk needs one; Twilio: a trunk the
//!    origination URIs are created under; Telnyx: the outbound voice profile, configured on
//!    the provider). They are never touched by the load. Telnyx differs: a credential list or
//!    an IP access list is a connection (also listed as a trunk, checked as a list), a desired
//!    trunk has a credential only (a Telnyx trunk authenticates one way), and standalone
//!    origination URIs are left out (Telnyx targets have no name to settle a create by, and
//!    exist only on a trunk, three at most).
//! 2. `concurrency` workers run `ops` operations, each a seeded random choice of resource
//!    (trunk, credential list, IP access list, origination URI) and action (create, get,
//!    update, list, delete). An operation on an existing resource leases it, so no two
//!    operations touch the same resource at once and the expected state stays exact.
//! 3. A fault pump watches every listener's request count and keeps the number of injected
//!    faults at `fault_rate` × the requests received: each fault is queued on the emulator and
//!    consumed by whichever request arrives next, so faults land on random requests of random
//!    operations, first attempts and retries alike. Kinds, equally likely: 429 with
//!    `Retry-After`, 429 without, 500, 502, 503, 504, a dropped connection, added latency
//!    (below the attempt timeout; the request then succeeds). The emulator applies a fault
//!    before the request touches any state.
//! 4. Every operation's outcome is recorded: success (with the created id), or the error's
//!    variant and [`Error::outcome_unknown`]. Attempts per operation come from the
//!    `trunkline.operation` spans the runtime emits (one per vendor call, with its attempt
//!    count), collected by a tracing layer scoped to the run.
//! 5. With the faults cleared, the whole state is read back through the provider's lists and
//!    checked: every create reported successful exists exactly once (and, for multi-request
//!    creates, complete); every create reported failed does not exist (a failed create whose
//!    outcome is unknown is counted separately: with this emulator it must not exist either,
//!    since faults precede state; only a timed-out create may exist); no create exists twice;
//!    every reported delete is gone; every successful update is visible; the number of
//!    requests the emulator received equals the number of attempts the runtime reported (no
//!    hidden resend). Any mismatch is a violation.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::{self, Write as _};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use tracing::Instrument as _;
use tracing::instrument::WithSubscriber as _;
use trunkline::{
    ClientConfig, CredentialListId, Direction, EnsureOptions, Error, IpAccessListId, IpNet,
    NewCredentialList, NewIpAccessList, NewOriginationUri, NewTrunk, OriginationUriId,
    OriginationUriUpdate, RetryPolicy, SecretString, Timeouts, TrunkFilter, TrunkId, TrunkProvider,
    TrunkProviderExt, TrunkSpec, TrunkUpdate, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault, RecordedRequest};

/// What to run.
#[derive(Clone, Debug)]
pub struct LoadConfig {
    /// Operations per vendor.
    pub ops: usize,
    /// Operations in flight at once.
    pub concurrency: usize,
    /// Share of requests that get an injected fault (0.0–1.0).
    pub fault_rate: f64,
    /// Seed of the operation mix and the fault kinds.
    pub seed: u64,
    /// Retry policy of the providers.
    pub retry: RetryPolicy,
    /// Timeouts of the providers.
    pub timeouts: Timeouts,
    /// `Retry-After` value of the 429 faults that carry one.
    pub retry_after: String,
    /// Range of the added-latency faults, in milliseconds (kept below the attempt timeout).
    pub latency_ms: (u64, u64),
    /// Live resources per kind the mix steers towards (creates turn into deletes above it).
    pub max_live: usize,
    /// Lookup rounds and backoff of `ensure`, and of the lookups that settle a create whose
    /// outcome is unknown.
    pub ensure: EnsureOptions,
}

impl LoadConfig {
    /// The full run of issue 7: 2,000 operations per vendor at concurrency 32, 20% of requests
    /// faulted, the default retry policy (4 attempts, 250 ms–8 s backoff).
    pub fn full() -> Self {
        Self {
            ops: 2_000,
            concurrency: 32,
            fault_rate: 0.2,
            seed: 7,
            retry: RetryPolicy::default(),
            timeouts: Timeouts::default()
                .with_attempt(Duration::from_secs(10))
                .with_operation(Duration::from_secs(60)),
            retry_after: "1".to_owned(),
            latency_ms: (20, 250),
            max_live: 30,
            ensure: EnsureOptions::new()
                .with_lookup_attempts(8)
                .with_lookup_backoff(Duration::from_millis(100))
                .with_max_lookup_backoff(Duration::from_secs(2)),
        }
    }

    /// The `cargo test` version: 200 operations at concurrency 8, shorter backoff.
    pub fn small() -> Self {
        Self {
            ops: 200,
            concurrency: 8,
            retry: RetryPolicy::default()
                .with_backoff(Duration::from_millis(20), Duration::from_millis(200)),
            latency_ms: (5, 60),
            max_live: 12,
            ensure: EnsureOptions::new()
                .with_lookup_attempts(8)
                .with_lookup_backoff(Duration::from_millis(10))
                .with_max_lookup_backoff(Duration::from_millis(200)),
            ..Self::full()
        }
    }

    fn client_config(&self) -> ClientConfig {
        ClientConfig::default()
            .with_retry(self.retry)
            .with_timeouts(self.timeouts)
    }
}

/// A provider of `vendor` pointed at `emulator` with the emulator's default credentials.
pub fn provider(
    emulator: &Emulator,
    vendor: Vendor,
    config: ClientConfig,
) -> Arc<dyn TrunkProvider> {
    match vendor {
        Vendor::Plivo => Arc::new(
            trunkline::PlivoProvider::with_config(
                trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
                trunkline_emulator::DEFAULT_PLIVO_AUTH_TOKEN,
                Some(emulator.plivo_url()),
                config,
            )
            .expect("plivo provider"),
        ),
        Vendor::Twilio => {
            let client = trunkline_twilio::ClientBuilder::new(
                trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
                trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN,
            )
            .trunking_base_url(emulator.twilio_trunking_url())
            .sip_base_url(emulator.twilio_api_url())
            .config(config)
            .build()
            .expect("twilio client");
            Arc::new(trunkline::TwilioProvider::from_client(client))
        }
        Vendor::Vobiz => Arc::new(
            trunkline::VobizProvider::with_config(
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN,
                Some(emulator.vobiz_url()),
                config,
            )
            .expect("vobiz provider"),
        ),
        Vendor::Telnyx => {
            let profile = emulator.telnyx().add_outbound_voice_profile("tests");
            let telnyx = trunkline::TelnyxProvider::with_config(
                trunkline_emulator::DEFAULT_TELNYX_API_KEY,
                Some(emulator.telnyx_url()),
                config,
            );
            Arc::new(
                telnyx
                    .expect("telnyx provider")
                    .with_outbound_voice_profile(profile),
            )
        }
        other => panic!("no provider for {other}"),
    }
}

/// The emulator listeners serving one vendor (Twilio has two).
#[derive(Clone)]
pub enum Listener {
    /// Plivo Zentrunk.
    Plivo(trunkline_emulator::PlivoHandle),
    /// Twilio trunking v1 or the 2010-04-01 API.
    Twilio(trunkline_emulator::TwilioHandle),
    /// Vobiz.
    Vobiz(trunkline_emulator::VobizHandle),
    /// Telnyx.
    Telnyx(trunkline_emulator::TelnyxHandle),
}

impl Listener {
    /// Every listener serving `vendor`.
    pub fn of(emulator: &Emulator, vendor: Vendor) -> Vec<Listener> {
        match vendor {
            Vendor::Plivo => vec![Self::Plivo(emulator.plivo().clone())],
            Vendor::Twilio => vec![
                Self::Twilio(emulator.twilio_trunking().clone()),
                Self::Twilio(emulator.twilio_api().clone()),
            ],
            Vendor::Vobiz => vec![Self::Vobiz(emulator.vobiz().clone())],
            Vendor::Telnyx => vec![Self::Telnyx(emulator.telnyx().clone())],
            other => panic!("no listener for {other}"),
        }
    }

    /// Requests received since the log was last cleared.
    pub fn requests_total(&self) -> u64 {
        match self {
            Self::Plivo(h) => h.requests_total(),
            Self::Twilio(h) => h.requests_total(),
            Self::Vobiz(h) => h.requests_total(),
            Self::Telnyx(h) => h.requests_total(),
        }
    }

    /// The request log.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        match self {
            Self::Plivo(h) => h.requests(),
            Self::Twilio(h) => h.requests(),
            Self::Vobiz(h) => h.requests(),
            Self::Telnyx(h) => h.requests(),
        }
    }

    /// Queues a fault.
    pub fn inject(&self, fault: Fault) {
        let result = match self {
            Self::Plivo(h) => h.inject(fault),
            Self::Twilio(h) => h.inject(fault),
            Self::Vobiz(h) => h.inject(fault),
            Self::Telnyx(h) => h.inject(fault),
        };
        result.expect("valid fault");
    }

    /// Drops the queued faults.
    pub fn clear_faults(&self) {
        match self {
            Self::Plivo(h) => h.clear_faults(),
            Self::Twilio(h) => h.clear_faults(),
            Self::Vobiz(h) => h.clear_faults(),
            Self::Telnyx(h) => h.clear_faults(),
        }
    }

    /// Empties the request log.
    pub fn clear_requests(&self) {
        match self {
            Self::Plivo(h) => h.clear_requests(),
            Self::Twilio(h) => h.clear_requests(),
            Self::Vobiz(h) => h.clear_requests(),
            Self::Telnyx(h) => h.clear_requests(),
        }
    }
}

/// The kinds of injected fault, equally likely.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaultKind {
    /// 429 with `Retry-After`.
    RateLimitedRetryAfter,
    /// 429 without `Retry-After`.
    RateLimited,
    /// 500.
    Status500,
    /// 502.
    Status502,
    /// 503.
    Status503,
    /// 504.
    Status504,
    /// The connection closes without a response.
    DroppedConnection,
    /// The request waits, then is served normally.
    Latency,
    /// The request is handled (a create creates), then answered 502.
    Status502AfterCommit,
    /// The request is handled, then answered 503.
    Status503AfterCommit,
    /// The request is handled, then answered 504.
    Status504AfterCommit,
    /// The request is handled, then the connection closes without a response.
    DroppedAfterCommit,
    /// The request is handled, then half of its answer's body arrives.
    TruncatedAfterCommit,
}

impl FaultKind {
    /// Every kind: 8 before the request touches state, 5 (38%) after it was committed.
    pub const ALL: [FaultKind; 13] = [
        Self::RateLimitedRetryAfter,
        Self::RateLimited,
        Self::Status500,
        Self::Status502,
        Self::Status503,
        Self::Status504,
        Self::DroppedConnection,
        Self::Latency,
        Self::Status502AfterCommit,
        Self::Status503AfterCommit,
        Self::Status504AfterCommit,
        Self::DroppedAfterCommit,
        Self::TruncatedAfterCommit,
    ];

    /// Whether the request was handled before the fault struck.
    pub fn after_commit(&self) -> bool {
        matches!(
            self,
            Self::Status502AfterCommit
                | Self::Status503AfterCommit
                | Self::Status504AfterCommit
                | Self::DroppedAfterCommit
                | Self::TruncatedAfterCommit
        )
    }

    /// Short label for tables.
    pub fn label(&self) -> &'static str {
        match self {
            Self::RateLimitedRetryAfter => "429+Retry-After",
            Self::RateLimited => "429",
            Self::Status500 => "500",
            Self::Status502 => "502",
            Self::Status503 => "503",
            Self::Status504 => "504",
            Self::DroppedConnection => "dropped",
            Self::Latency => "latency",
            Self::Status502AfterCommit => "502 after commit",
            Self::Status503AfterCommit => "503 after commit",
            Self::Status504AfterCommit => "504 after commit",
            Self::DroppedAfterCommit => "dropped after commit",
            Self::TruncatedAfterCommit => "truncated after commit",
        }
    }

    fn fault(&self, rng: &mut fastrand::Rng, config: &LoadConfig) -> Fault {
        match self {
            Self::RateLimitedRetryAfter => {
                Fault::error(429).retry_after(config.retry_after.clone())
            }
            Self::RateLimited => Fault::error(429),
            Self::Status500 => Fault::error(500),
            Self::Status502 => Fault::error(502),
            Self::Status503 => Fault::error(503),
            Self::Status504 => Fault::error(504),
            Self::DroppedConnection => Fault::disconnect(),
            Self::Latency => Fault::latency(Duration::from_millis(
                rng.u64(config.latency_ms.0..=config.latency_ms.1),
            )),
            Self::Status502AfterCommit => Fault::error(502).after_commit(),
            Self::Status503AfterCommit => Fault::error(503).after_commit(),
            Self::Status504AfterCommit => Fault::error(504).after_commit(),
            Self::DroppedAfterCommit => Fault::disconnect().after_commit(),
            Self::TruncatedAfterCommit => Fault::truncated_body().after_commit(),
        }
    }

    /// The kind of a fault the emulator applied, as its request log shows it.
    pub fn of(fault: &Fault) -> Option<FaultKind> {
        if fault.after_commit {
            return if fault.drop_connection {
                Some(Self::DroppedAfterCommit)
            } else if fault.body.is_some() {
                Some(Self::TruncatedAfterCommit)
            } else {
                match fault.status {
                    Some(502) => Some(Self::Status502AfterCommit),
                    Some(503) => Some(Self::Status503AfterCommit),
                    Some(504) => Some(Self::Status504AfterCommit),
                    _ => None,
                }
            };
        }
        if fault.drop_connection {
            return Some(Self::DroppedConnection);
        }
        match fault.status {
            Some(429) if fault.retry_after.is_some() => Some(Self::RateLimitedRetryAfter),
            Some(429) => Some(Self::RateLimited),
            Some(500) => Some(Self::Status500),
            Some(502) => Some(Self::Status502),
            Some(503) => Some(Self::Status503),
            Some(504) => Some(Self::Status504),
            None if fault.latency_ms > 0 => Some(Self::Latency),
            _ => None,
        }
    }
}

/// The resource an operation works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A trunk.
    Trunk,
    /// A credential list.
    CredentialList,
    /// An IP access list.
    IpAccessList,
    /// An origination URI.
    OriginationUri,
    /// A trunk described by a [`TrunkSpec`] and kept so by `ensure`, with its own credential
    /// list, IP access list and (Twilio, Vobiz) origination URI, all named after it (`dt…`).
    Desired,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Self::Trunk,
        Self::CredentialList,
        Self::IpAccessList,
        Self::OriginationUri,
        Self::Desired,
    ];

    /// The kinds resources are listed by (a desired trunk is a trunk and lists).
    const LISTED: [Kind; 4] = [
        Self::Trunk,
        Self::CredentialList,
        Self::IpAccessList,
        Self::OriginationUri,
    ];

    fn label(&self) -> &'static str {
        match self {
            Self::Trunk => "trunk",
            Self::CredentialList => "credential_list",
            Self::IpAccessList => "ip_access_list",
            Self::OriginationUri => "origination_uri",
            Self::Desired => "desired_trunk",
        }
    }
}

/// What an operation does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// Creates a resource with a unique name.
    Create,
    /// Reads one resource.
    Get,
    /// Renames one resource (Vobiz credentials: changes the password).
    Update,
    /// Lists every resource of the kind.
    List,
    /// Deletes one resource.
    Delete,
}

impl Action {
    fn label(&self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Get => "get",
            Self::Update => "update",
            Self::List => "list",
            Self::Delete => "delete",
        }
    }
}

/// Counts per operation kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpStats {
    /// Operations run.
    pub ops: usize,
    /// Reported successful.
    pub ok: usize,
    /// Reported failed.
    pub failed: usize,
    /// Failed with [`Error::outcome_unknown`].
    pub outcome_unknown: usize,
}

/// Creates whose outcome was unknown and how they were settled, and what `ensure` did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settled {
    /// Single creates (`create_…`) that failed with `outcome_unknown()`.
    pub unknown_creates: usize,
    /// … that a lookup by name right after found: they had been created; adopted.
    pub found: usize,
    /// … that a lookup by name right after showed were not created.
    pub absent: usize,
    /// … whose lookups kept failing under the faults (settled by the final pass).
    pub unsettled: usize,
    /// Settled by the final pass (faults cleared): found / absent.
    pub found_at_end: usize,
    /// See `found_at_end`.
    pub absent_at_end: usize,
    /// `ensure` calls during the run.
    pub ensures: usize,
    /// … that failed.
    pub ensures_failed: usize,
    /// … that failed with `outcome_unknown()` (a create still in doubt when the lookups ran
    /// out).
    pub ensures_unknown: usize,
    /// Creates in doubt (answer lost after commit) that `ensure` settled by lookup during the
    /// run.
    pub ensure_resolved: usize,
    /// Desired trunks at the end.
    pub desired: usize,
    /// Desired trunks the final `ensure` still had to change (their last `ensure` had failed).
    pub final_changed: usize,
    /// Errors that claimed certainty they did not have (a create reported failed with
    /// `outcome_unknown() == false` whose resource exists). Must be 0.
    pub false_certainty: usize,
}

/// The result of one vendor's run.
#[derive(Clone, Debug)]
pub struct VendorReport {
    /// The vendor.
    pub vendor: Vendor,
    /// What ran.
    pub config: LoadConfig,
    /// Wall time of the operations (set-up and the final check excluded).
    pub elapsed: Duration,
    /// Counts by resource and action.
    pub by_op: BTreeMap<(Kind, Action), OpStats>,
    /// Failures by error variant.
    pub errors: BTreeMap<String, usize>,
    /// Vendor calls the operations made (requests before retries).
    pub calls: u64,
    /// Attempts those calls made, retries included.
    pub attempts: u64,
    /// Most attempts one vendor call made.
    pub max_attempts_per_call: u64,
    /// Most attempts one operation made.
    pub max_attempts_per_op: u64,
    /// Vendor calls dropped unfinished (see the `attempts` check).
    pub cancelled_calls: u64,
    /// Attempts that finished, those of calls dropped later included.
    pub finished_attempts: u64,
    /// Operation latencies, sorted.
    pub latencies: Vec<Duration>,
    /// Requests the emulator received during the operations.
    pub requests: u64,
    /// Faults the emulator applied, by kind.
    pub faults: BTreeMap<FaultKind, u64>,
    /// Creates reported failed.
    pub failed_creates: usize,
    /// … of which with an unknown outcome.
    pub unknown_creates: usize,
    /// … of which timed out (the only ones allowed to exist).
    pub timed_out_creates: usize,
    /// Timed-out creates that exist.
    pub timed_out_creates_existing: usize,
    /// Resources the final check expected and found, by kind.
    pub final_counts: BTreeMap<Kind, usize>,
    /// Unknown outcomes and `ensure`.
    pub settled: Settled,
    /// What did not hold. Must be empty.
    pub violations: Vec<String>,
}

impl VendorReport {
    /// Operations run.
    pub fn ops(&self) -> usize {
        self.by_op.values().map(|s| s.ops).sum()
    }

    /// Operations reported successful.
    pub fn ok(&self) -> usize {
        self.by_op.values().map(|s| s.ok).sum()
    }

    /// Share of operations reported successful.
    pub fn success_rate(&self) -> f64 {
        self.ok() as f64 / self.ops().max(1) as f64
    }

    /// Attempts per operation, retries included.
    pub fn attempts_per_op(&self) -> f64 {
        self.attempts as f64 / self.ops().max(1) as f64
    }

    /// Attempts per vendor call (1.0 = nothing retried).
    pub fn attempts_per_call(&self) -> f64 {
        self.attempts as f64 / self.calls.max(1) as f64
    }

    /// Faults applied, all kinds.
    pub fn faulted(&self) -> u64 {
        self.faults.values().sum()
    }

    /// Faults applied after the request was committed.
    pub fn faulted_after_commit(&self) -> u64 {
        self.faults
            .iter()
            .filter(|(kind, _)| kind.after_commit())
            .map(|(_, n)| n)
            .sum()
    }

    /// The latency at quantile `q` (0.0–1.0), nearest rank.
    pub fn latency(&self, q: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let rank =
            ((q * self.latencies.len() as f64).ceil() as usize).clamp(1, self.latencies.len());
        self.latencies[rank - 1]
    }

    /// One row of the summary table (see [`summary_table`]).
    pub fn summary_row(&self) -> String {
        format!(
            "| {} | {} | {} | {:.1}% | {:.2} ({:.2}/call, max {}) | {} | {} | {} of {} ({:.1}%; {} after commit) | {} ({} unknown: {} found, {} absent) | {} ({} failed, {} in doubt settled) | {} desired, {} duplicates, {} orphans | {} | {} |",
            self.vendor,
            self.ops(),
            self.config.concurrency,
            100.0 * self.success_rate(),
            self.attempts_per_op(),
            self.attempts_per_call(),
            self.max_attempts_per_call,
            ms(self.latency(0.5)),
            ms(self.latency(0.99)),
            self.faulted(),
            self.requests,
            100.0 * self.faulted() as f64 / self.requests.max(1) as f64,
            self.faulted_after_commit(),
            self.failed_creates,
            self.settled.unknown_creates,
            self.settled.found + self.settled.found_at_end,
            self.settled.absent + self.settled.absent_at_end,
            self.settled.ensures,
            self.settled.ensures_failed,
            self.settled.ensure_resolved,
            self.settled.desired,
            self.count_violations("duplicat"),
            self.count_violations("orphan") + self.count_violations("nobody was told"),
            self.settled.false_certainty,
            self.violations.len(),
        )
    }
}

impl VendorReport {
    /// Violations whose text contains `what`.
    pub fn count_violations(&self, what: &str) -> usize {
        self.violations.iter().filter(|v| v.contains(what)).count()
    }
}

/// A duration in milliseconds with one decimal.
fn ms(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1000.0)
}

/// A Markdown table with one row per vendor report.
pub fn summary_table(reports: &[VendorReport]) -> String {
    let mut out = String::from(
        "| vendor | ops | concurrency | success | attempts/op | p50 | p99 | faulted requests | failed creates | ensure calls | end state | false certainty | violations |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n",
    );
    for report in reports {
        out.push_str(&report.summary_row());
        out.push('\n');
    }
    out
}

impl fmt::Display for VendorReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.config;
        writeln!(
            f,
            "== {}: {} operations, concurrency {}, fault rate {:.2}, seed {}, {:.1} s",
            self.vendor,
            self.ops(),
            c.concurrency,
            c.fault_rate,
            c.seed,
            self.elapsed.as_secs_f64()
        )?;
        writeln!(
            f,
            "   retry: {} attempts, backoff {:?}..{:?}; timeouts: attempt {:?}, operation {:?}",
            c.retry.max_attempts(),
            c.retry.initial_backoff(),
            c.retry.max_backoff(),
            c.timeouts.attempt(),
            c.timeouts.operation()
        )?;
        writeln!(
            f,
            "   {:<34} {:>6} {:>6} {:>7} {:>8}",
            "operation", "ops", "ok", "failed", "unknown"
        )?;
        for ((kind, action), stats) in &self.by_op {
            writeln!(
                f,
                "   {:<34} {:>6} {:>6} {:>7} {:>8}",
                format!("{} {}", action.label(), kind.label()),
                stats.ops,
                stats.ok,
                stats.failed,
                stats.outcome_unknown
            )?;
        }
        writeln!(
            f,
            "   success {}/{} ({:.1}%); failures by variant: {}",
            self.ok(),
            self.ops(),
            100.0 * self.success_rate(),
            if self.errors.is_empty() {
                "none".to_owned()
            } else {
                self.errors
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        )?;
        writeln!(
            f,
            "   vendor calls {} ({:.2}/op; {} dropped unfinished), attempts {} ({:.2}/op, {:.2}/call; max {}/call, {}/op); requests received {} = {} finished attempts + {} in flight when dropped",
            self.calls,
            self.calls as f64 / self.ops().max(1) as f64,
            self.cancelled_calls,
            self.attempts,
            self.attempts_per_op(),
            self.attempts_per_call(),
            self.max_attempts_per_call,
            self.max_attempts_per_op,
            self.requests,
            self.finished_attempts,
            self.requests.saturating_sub(self.finished_attempts)
        )?;
        writeln!(
            f,
            "   latency p50 {}, p90 {}, p99 {}, max {}",
            ms(self.latency(0.5)),
            ms(self.latency(0.9)),
            ms(self.latency(0.99)),
            ms(self.latency(1.0))
        )?;
        let mut faults = String::new();
        for kind in FaultKind::ALL {
            let _ = write!(
                faults,
                "{} {}, ",
                kind.label(),
                self.faults.get(&kind).copied().unwrap_or(0)
            );
        }
        writeln!(
            f,
            "   faults applied: {} of {} requests ({:.1}%): {}",
            self.faulted(),
            self.requests,
            100.0 * self.faulted() as f64 / self.requests.max(1) as f64,
            faults.trim_end_matches(", ")
        )?;
        let st = &self.settled;
        writeln!(
            f,
            "   failed creates {}: outcome unknown {} (timed out {}); settled by lookup: {} found (adopted), {} absent, {} unsettled under faults → final pass {} found, {} absent; errors claiming false certainty: {}",
            self.failed_creates,
            st.unknown_creates,
            self.timed_out_creates,
            st.found,
            st.absent,
            st.unsettled,
            st.found_at_end,
            st.absent_at_end,
            st.false_certainty
        )?;
        writeln!(
            f,
            "   ensure: {} calls, {} failed ({} with outcome unknown), {} creates in doubt settled by lookup; {} desired trunks at the end, {} still to converge in the final pass",
            st.ensures,
            st.ensures_failed,
            st.ensures_unknown,
            st.ensure_resolved,
            st.desired,
            st.final_changed
        )?;
        writeln!(
            f,
            "   end state checked: {}",
            self.final_counts
                .iter()
                .map(|(k, v)| format!("{} {v}", k.label()))
                .collect::<Vec<_>>()
                .join(", ")
        )?;
        if self.violations.is_empty() {
            writeln!(f, "   violations: 0")
        } else {
            writeln!(f, "   violations: {}", self.violations.len())?;
            for violation in self.violations.iter().take(50) {
                writeln!(f, "     - {violation}")?;
            }
            Ok(())
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Attempt counting: a tracing layer that adds the `attempts` of every `trunkline.operation`
/// span (one per vendor call) to the `loadtest.op` span it runs under.
mod attempts {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Metadata, Subscriber};
    use tracing_subscriber::Layer;
    use tracing_subscriber::layer::{Context, SubscriberExt as _};
    use tracing_subscriber::registry::LookupSpan;

    /// Vendor calls and attempts of one operation.
    #[derive(Clone, Copy, Debug, Default)]
    pub(crate) struct Tally {
        pub(crate) calls: u64,
        pub(crate) attempts: u64,
        pub(crate) max_attempts: u64,
        /// Calls dropped before they finished (a facade call reading several things at once
        /// stops the others when one fails): each may have had one request in flight.
        pub(crate) cancelled: u64,
        /// Attempts that finished (the runtime's `attempt finished` events), those of
        /// dropped calls included.
        pub(crate) finished_attempts: u64,
    }

    pub(crate) type Tallies = Arc<Mutex<HashMap<u64, Tally>>>;

    struct OpNo(u64);

    /// Marks a `trunkline.operation` span whose call finished (its attempts were recorded).
    struct Finished;

    struct U64Field {
        name: &'static str,
        value: Option<u64>,
    }

    impl Visit for U64Field {
        fn record_u64(&mut self, field: &Field, value: u64) {
            if field.name() == self.name {
                self.value = Some(value);
            }
        }
        fn record_i64(&mut self, field: &Field, value: i64) {
            if field.name() == self.name {
                self.value = u64::try_from(value).ok();
            }
        }
        fn record_debug(&mut self, _field: &Field, _value: &dyn std::fmt::Debug) {}
    }

    struct Counter {
        tallies: Tallies,
    }

    fn wanted(metadata: &Metadata<'_>) -> bool {
        if metadata.is_span() {
            matches!(metadata.name(), "loadtest.op" | "trunkline.operation")
        } else {
            metadata.target() == "trunkline_core::runtime"
        }
    }

    struct Message(bool);

    impl Visit for Message {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            if field.name() == "message" && format!("{value:?}") == "attempt finished" {
                self.0 = true;
            }
        }
        fn record_str(&mut self, field: &Field, value: &str) {
            if field.name() == "message" && value == "attempt finished" {
                self.0 = true;
            }
        }
    }

    impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Counter {
        fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
            if attrs.metadata().name() != "loadtest.op" {
                return;
            }
            let mut field = U64Field {
                name: "op",
                value: None,
            };
            attrs.record(&mut field);
            if let (Some(op), Some(span)) = (field.value, ctx.span(id)) {
                span.extensions_mut().insert(OpNo(op));
            }
        }

        fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
            let Some(span) = ctx.span(id) else { return };
            if span.name() != "trunkline.operation" {
                return;
            }
            let mut field = U64Field {
                name: "attempts",
                value: None,
            };
            values.record(&mut field);
            let Some(attempts) = field.value else { return };
            span.extensions_mut().insert(Finished);
            self.add(&span, |tally| {
                tally.calls += 1;
                tally.attempts += attempts;
                tally.max_attempts = tally.max_attempts.max(attempts);
            });
        }

        fn on_event(&self, event: &tracing::Event<'_>, ctx: Context<'_, S>) {
            let mut message = Message(false);
            event.record(&mut message);
            if !message.0 {
                return;
            }
            if let Some(span) = ctx.event_span(event) {
                self.add_from(&span, |tally| tally.finished_attempts += 1);
            }
        }

        fn on_close(&self, id: Id, ctx: Context<'_, S>) {
            let Some(span) = ctx.span(&id) else { return };
            if span.name() == "trunkline.operation" && span.extensions().get::<Finished>().is_none()
            {
                self.add(&span, |tally| tally.cancelled += 1);
            }
        }
    }

    impl Counter {
        /// Adds to the tally of the operation `span` runs under.
        fn add<S: Subscriber + for<'a> LookupSpan<'a>>(
            &self,
            span: &tracing_subscriber::registry::SpanRef<'_, S>,
            change: impl FnOnce(&mut Tally),
        ) {
            self.add_from_scope(span.scope().skip(1), change);
        }

        /// Adds to the tally of the operation `span` is (or runs under).
        fn add_from<S: Subscriber + for<'a> LookupSpan<'a>>(
            &self,
            span: &tracing_subscriber::registry::SpanRef<'_, S>,
            change: impl FnOnce(&mut Tally),
        ) {
            self.add_from_scope(span.scope(), change);
        }

        fn add_from_scope<'a, S: Subscriber + for<'b> LookupSpan<'b>>(
            &self,
            scope: impl Iterator<Item = tracing_subscriber::registry::SpanRef<'a, S>>,
            change: impl FnOnce(&mut Tally),
        ) {
            for ancestor in scope {
                if let Some(OpNo(op)) = ancestor.extensions().get::<OpNo>() {
                    let mut tallies = self.tallies.lock().unwrap_or_else(|e| e.into_inner());
                    change(tallies.entry(*op).or_default());
                    return;
                }
            }
        }
    }

    /// A dispatcher that only counts, and the tallies it fills.
    pub(crate) fn dispatch() -> (tracing::Dispatch, Tallies) {
        let tallies = Tallies::default();
        let layer = Counter {
            tallies: tallies.clone(),
        }
        .with_filter(tracing_subscriber::filter::filter_fn(wanted));
        let subscriber = tracing_subscriber::registry().with(layer);
        (tracing::Dispatch::new(subscriber), tallies)
    }
}

/// How a create ended, as the caller was told.
#[derive(Clone, Debug)]
enum Created {
    InFlight,
    Ok(String),
    Failed {
        unknown: bool,
        timed_out: bool,
        rolled_back: Vec<String>,
        left_behind: Vec<String>,
        error: String,
    },
}

/// A resource the caller was told exists.
#[derive(Clone, Debug)]
struct Live {
    token: String,
    /// Names the resource may have now: one after a successful update, more after a failed
    /// one (its outcome is not checked).
    names: BTreeSet<String>,
    leased: bool,
    /// Twilio lists are created with their first entry: the network / username that must be in
    /// them.
    entry: Option<String>,
}

#[derive(Default)]
struct Model {
    live: BTreeMap<Kind, BTreeMap<String, Live>>,
    /// Reported deleted (or reported not found): must be gone.
    deleted: BTreeMap<Kind, BTreeSet<String>>,
    /// A delete failed: either state is fine.
    maybe_deleted: BTreeMap<Kind, BTreeSet<String>>,
    creates: BTreeMap<Kind, BTreeMap<String, Created>>,
    creating: BTreeMap<Kind, usize>,
    base: BTreeMap<Kind, BTreeSet<String>>,
    /// Desired trunks by name: the variant of their spec wanted now, and whether the last
    /// `ensure` of it succeeded.
    desired: BTreeMap<String, (u64, bool)>,
    settled: Settled,
    next: u64,
    violations: Vec<String>,
    /// The kinds the mix draws from (empty: every kind).
    kinds: Vec<Kind>,
}

/// One operation, decided before it runs.
struct Planned {
    op: u64,
    kind: Kind,
    action: Action,
    /// The target (get, update, delete) or the token of a create.
    target: Option<String>,
    token: String,
    serial: u64,
    rename: String,
    /// Desired trunks: the variant of the spec to ensure or check.
    variant: u64,
}

/// Set-up resources the load needs and never touches.
#[derive(Clone, Debug, Default)]
struct Base {
    acl: Option<IpAccessListId>,
    trunk: Option<TrunkId>,
}

fn token_of(name: &str) -> &str {
    name.split("-r").next().unwrap_or(name)
}

fn network_of(serial: u64) -> IpNet {
    let n = serial + 1;
    format!(
        "10.{}.{}.{}/32",
        (n >> 16) & 0xff,
        (n >> 8) & 0xff,
        n & 0xff
    )
    .parse()
    .expect("network")
}

fn error_class(err: &Error) -> String {
    match err {
        Error::NotFound(_) => "not_found".into(),
        Error::AlreadyExists(_) => "already_exists".into(),
        Error::InvalidRequest { .. } => "invalid_request".into(),
        Error::Unauthenticated(_) => "unauthenticated".into(),
        Error::PermissionDenied(_) => "permission_denied".into(),
        Error::RateLimited { .. } => "rate_limited".into(),
        Error::Unavailable(_) => "unavailable".into(),
        Error::Timeout { kind, .. } => format!("timeout ({kind})"),
        Error::Decode { .. } => "decode".into(),
        Error::NotSupported { .. } => "not_supported".into(),
        Error::Provisioning(p) => format!("provisioning ({})", error_class(&p.cause)),
        Error::Config(_) => "config".into(),
        _ => "other".into(),
    }
}

/// Whether an error is one of the failures injected faults can cause. Anything else
/// (not found, already exists, decode, invalid request…) is a violation.
fn expected_failure(err: &Error) -> bool {
    match err {
        Error::RateLimited { .. }
        | Error::Unavailable(_)
        | Error::Timeout { .. }
        | Error::Decode { .. } => true,
        Error::Provisioning(p) => expected_failure(&p.cause),
        _ => false,
    }
}

fn is_timeout(err: &Error) -> bool {
    match err {
        Error::Timeout { .. } => true,
        Error::Provisioning(p) => is_timeout(&p.cause),
        _ => false,
    }
}

/// How a lookup by name settled a create whose outcome was unknown.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Resolution {
    /// It exists, with this id.
    Found(String),
    /// It does not.
    Absent,
    /// Every lookup failed.
    Unsettled,
}

struct Outcome {
    ok: bool,
    error: Option<Error>,
    created: Option<String>,
    /// A name the operation's answer showed, to compare with what was asked.
    shown_name: Option<Option<String>>,
    /// A create with an unknown outcome, settled by lookup.
    resolution: Option<Resolution>,
    /// `ensure`: creates in doubt it settled by lookup.
    ensure_resolved: usize,
    /// A plan's changes, where the operation planned.
    plan_changes: Option<Vec<String>>,
}

impl Outcome {
    fn done() -> Self {
        Self {
            ok: true,
            error: None,
            created: None,
            shown_name: None,
            resolution: None,
            ensure_resolved: 0,
            plan_changes: None,
        }
    }

    fn failed(error: Error) -> Self {
        Self {
            ok: false,
            error: Some(error),
            ..Self::done()
        }
    }
}

fn outcome<T>(result: trunkline::Result<T>, on_ok: impl FnOnce(T) -> Outcome) -> Outcome {
    match result {
        Ok(value) => on_ok(value),
        Err(err) => Outcome::failed(err),
    }
}

/// The spec of desired trunk `name` (`dt` and a number), in `variant`: what `ensure` keeps.
/// Every variant has a credential, a network (not Telnyx: a trunk authenticates one way, and
/// its credential list is the trunk's connection) and (Twilio, Vobiz) an origination URI;
/// variants differ in a trunk field (Plivo, Twilio, Telnyx: `secure`; Vobiz: the concurrent-call
/// limit).
pub fn desired_spec(vendor: Vendor, name: &str, variant: u64) -> TrunkSpec {
    let n: u64 = name.trim_start_matches("dt").parse().unwrap_or(0);
    let mut spec = TrunkSpec::outbound(name).with_credential(name, format!("LoadTest-{n:06}-Pw"));
    if vendor != Vendor::Telnyx {
        spec = spec.with_network(network_of(n | 0x40_0000).into());
    }
    if desired_uris(vendor) > 0 {
        spec = spec.with_origination_uri(NewOriginationUri::new(format!(
            "sip:{name}@pbx.example.com:5060"
        )));
    }
    if vendor == Vendor::Vobiz {
        spec.with_max_concurrent_calls(10 + u32::try_from(variant % 3).unwrap_or(0))
    } else {
        spec.with_secure(variant % 2 == 1)
    }
}

/// Origination URIs a desired trunk has.
fn desired_uris(vendor: Vendor) -> usize {
    usize::from(!matches!(vendor, Vendor::Plivo | Vendor::Telnyx))
}

/// IP access lists a desired trunk has.
fn desired_ip_lists(vendor: Vendor) -> usize {
    usize::from(vendor != Vendor::Telnyx)
}

/// The id of the resource of `kind` a create named `token` made, by name (Vobiz credentials,
/// which have none: by username).
async fn lookup(
    provider: &dyn TrunkProvider,
    vendor: Vendor,
    base: &Base,
    kind: Kind,
    token: &str,
) -> trunkline::Result<Option<String>> {
    Ok(match kind {
        Kind::Trunk | Kind::Desired => provider
            .find_trunk_by_name(token)
            .await?
            .map(|t| t.id.to_string()),
        Kind::CredentialList if vendor == Vendor::Vobiz => {
            // By username; a miss is confirmed by a second listing, as the facade's lookups
            // do (an offset-paged list can skip an item deleted meanwhile).
            let mut found: Vec<String> = Vec::new();
            for _ in 0..2 {
                let lists: Vec<_> = provider.list_credential_lists().try_collect().await?;
                found = lists
                    .into_iter()
                    .filter(|l| l.credentials.iter().any(|c| c.username == token))
                    .map(|l| l.id.to_string())
                    .collect();
                if !found.is_empty() {
                    break;
                }
            }
            if found.len() > 1 {
                return Err(Error::Ambiguous {
                    vendor,
                    what: "credential",
                    name: token.to_owned(),
                    ids: found,
                });
            }
            found.pop()
        }
        Kind::CredentialList => provider
            .find_credential_list_by_name(token)
            .await?
            .map(|l| l.id.to_string()),
        Kind::IpAccessList => provider
            .find_ip_access_list_by_name(token)
            .await?
            .map(|l| l.id.to_string()),
        Kind::OriginationUri => provider
            .find_origination_uri_by_name(base.trunk.as_ref(), token)
            .await?
            .map(|u| u.id.to_string()),
    })
}

/// Settles a create whose outcome is unknown by looking its name up, bounded and with backoff.
/// A lookup that finds two is a duplicate: reported as found (the check then sees both).
async fn resolve(
    provider: &dyn TrunkProvider,
    vendor: Vendor,
    base: &Base,
    kind: Kind,
    token: &str,
    options: &EnsureOptions,
) -> Resolution {
    for round in 0..options.lookup_attempts.max(1) {
        if round > 0 {
            tokio::time::sleep(options.backoff(round - 1)).await;
        }
        match lookup(provider, vendor, base, kind, token).await {
            Ok(Some(id)) => return Resolution::Found(id),
            Ok(None) => return Resolution::Absent,
            Err(Error::Ambiguous { ids, .. }) => return Resolution::Found(ids.join(",")),
            Err(_) => {}
        }
    }
    Resolution::Unsettled
}

async fn run_op(
    provider: &dyn TrunkProvider,
    vendor: Vendor,
    base: &Base,
    plan: &Planned,
    options: &EnsureOptions,
) -> Outcome {
    let mut outcome = run_op_once(provider, vendor, base, plan, options).await;
    if plan.action == Action::Create
        && plan.kind != Kind::Desired
        && outcome.error.as_ref().is_some_and(Error::outcome_unknown)
    {
        let resolution = resolve(provider, vendor, base, plan.kind, &plan.token, options).await;
        outcome.resolution = Some(resolution);
    }
    outcome
}

async fn run_op_once(
    provider: &dyn TrunkProvider,
    vendor: Vendor,
    base: &Base,
    plan: &Planned,
    options: &EnsureOptions,
) -> Outcome {
    let token = plan.token.as_str();
    let target = plan.target.clone().unwrap_or_default();
    match (plan.kind, plan.action) {
        (Kind::Desired, Action::Create | Action::Update | Action::Delete) => {
            let name = if plan.action == Action::Create {
                token
            } else {
                target.as_str()
            };
            let spec = desired_spec(vendor, name, plan.variant);
            outcome(provider.ensure_with(&spec, options).await, |ensured| {
                Outcome {
                    created: Some(ensured.trunk.id.to_string()),
                    shown_name: Some(ensured.trunk.name.clone()),
                    ensure_resolved: ensured.resolved.len(),
                    ..Outcome::done()
                }
            })
        }
        (Kind::Desired, Action::Get) => {
            let spec = desired_spec(vendor, &target, plan.variant);
            outcome(provider.plan_trunk_with(&spec, options).await, |plan| {
                Outcome {
                    plan_changes: Some(plan.changes.iter().map(ToString::to_string).collect()),
                    ..Outcome::done()
                }
            })
        }
        (Kind::Desired, Action::List) => outcome(
            provider
                .list_trunks(TrunkFilter::new())
                .try_collect::<Vec<_>>()
                .await,
            |_| Outcome::done(),
        ),
        (Kind::Trunk, Action::Create) => {
            let trunk = match vendor {
                Vendor::Plivo => NewTrunk::new(Direction::Outbound)
                    .with_name(token)
                    .with_ip_access_list(base.acl.clone().expect("plivo base ACL")),
                Vendor::Twilio => NewTrunk::new(Direction::Both).with_name(token),
                _ => NewTrunk::new(Direction::Outbound).with_name(token),
            };
            outcome(provider.create_trunk(&trunk).await, |t| Outcome {
                created: Some(t.id.to_string()),
                shown_name: Some(t.name),
                ..Outcome::done()
            })
        }
        (Kind::Trunk, Action::Get) => {
            outcome(provider.get_trunk(&TrunkId::new(target)).await, |t| {
                Outcome {
                    shown_name: Some(t.name),
                    ..Outcome::done()
                }
            })
        }
        (Kind::Trunk, Action::Update) => {
            let update = TrunkUpdate::new().with_name(plan.rename.clone());
            outcome(
                provider.update_trunk(&TrunkId::new(target), &update).await,
                |t| Outcome {
                    shown_name: Some(t.name),
                    ..Outcome::done()
                },
            )
        }
        (Kind::Trunk, Action::List) => outcome(
            provider
                .list_trunks(TrunkFilter::new())
                .try_collect::<Vec<_>>()
                .await,
            |_| Outcome::done(),
        ),
        (Kind::Trunk, Action::Delete) => {
            outcome(provider.delete_trunk(&TrunkId::new(target)).await, |()| {
                Outcome::done()
            })
        }
        (Kind::CredentialList, Action::Create) => {
            let list = NewCredentialList::new(token)
                .with_credential(token, format!("LoadTest-{:06}-Pw", plan.serial));
            outcome(provider.create_credential_list(&list).await, |l| Outcome {
                created: Some(l.id.to_string()),
                ..Outcome::done()
            })
        }
        (Kind::CredentialList, Action::Get) => outcome(
            provider
                .get_credential_list(&CredentialListId::new(target))
                .await,
            |l| Outcome {
                shown_name: Some(list_key(&l)),
                ..Outcome::done()
            },
        ),
        (Kind::CredentialList, Action::Update) if vendor == Vendor::Vobiz => {
            // Vobiz credentials have no name: change the password instead.
            let id = CredentialListId::new(target.clone());
            let password = SecretString::from(format!("LoadTest-{:06}-Pw2", plan.serial));
            outcome(
                provider
                    .set_credential_password(&id, &trunkline::CredentialId::new(target), &password)
                    .await,
                |()| Outcome::done(),
            )
        }
        (Kind::CredentialList, Action::Update) => outcome(
            provider
                .rename_credential_list(&CredentialListId::new(target), &plan.rename)
                .await,
            |l| Outcome {
                shown_name: Some(l.name),
                ..Outcome::done()
            },
        ),
        (Kind::CredentialList, Action::List) => outcome(
            provider
                .list_credential_lists()
                .try_collect::<Vec<_>>()
                .await,
            |_| Outcome::done(),
        ),
        (Kind::CredentialList, Action::Delete) => outcome(
            provider
                .delete_credential_list(&CredentialListId::new(target))
                .await,
            |()| Outcome::done(),
        ),
        (Kind::IpAccessList, Action::Create) => {
            let list = NewIpAccessList::new(token).with_network(network_of(plan.serial).into());
            outcome(provider.create_ip_access_list(&list).await, |l| Outcome {
                created: Some(l.id.to_string()),
                shown_name: Some(l.name),
                ..Outcome::done()
            })
        }
        (Kind::IpAccessList, Action::Get) => outcome(
            provider
                .get_ip_access_list(&IpAccessListId::new(target))
                .await,
            |l| Outcome {
                shown_name: Some(l.name),
                ..Outcome::done()
            },
        ),
        (Kind::IpAccessList, Action::Update) => outcome(
            provider
                .rename_ip_access_list(&IpAccessListId::new(target), &plan.rename)
                .await,
            |l| Outcome {
                shown_name: Some(l.name),
                ..Outcome::done()
            },
        ),
        (Kind::IpAccessList, Action::List) => outcome(
            provider
                .list_ip_access_lists()
                .try_collect::<Vec<_>>()
                .await,
            |_| Outcome::done(),
        ),
        (Kind::IpAccessList, Action::Delete) => outcome(
            provider
                .delete_ip_access_list(&IpAccessListId::new(target))
                .await,
            |()| Outcome::done(),
        ),
        (Kind::OriginationUri, Action::Create) => {
            let mut uri = NewOriginationUri::new(format!("sip:{token}@pbx.example.com:5060"))
                .with_name(token);
            if let Some(trunk) = &base.trunk {
                uri = uri.with_trunk(trunk.clone());
            }
            outcome(provider.create_origination_uri(&uri).await, |u| Outcome {
                created: Some(u.id.to_string()),
                shown_name: Some(u.name),
                ..Outcome::done()
            })
        }
        (Kind::OriginationUri, Action::Get) => outcome(
            provider
                .get_origination_uri(&OriginationUriId::new(target))
                .await,
            |u| Outcome {
                shown_name: Some(u.name),
                ..Outcome::done()
            },
        ),
        (Kind::OriginationUri, Action::Update) => {
            let update = OriginationUriUpdate::new().with_name(plan.rename.clone());
            outcome(
                provider
                    .update_origination_uri(&OriginationUriId::new(target), &update)
                    .await,
                |u| Outcome {
                    shown_name: Some(u.name),
                    ..Outcome::done()
                },
            )
        }
        (Kind::OriginationUri, Action::List) => outcome(
            provider
                .list_origination_uris(None)
                .try_collect::<Vec<_>>()
                .await,
            |_| Outcome::done(),
        ),
        (Kind::OriginationUri, Action::Delete) => outcome(
            provider
                .delete_origination_uri(&OriginationUriId::new(target))
                .await,
            |()| Outcome::done(),
        ),
    }
}

/// The name a credential list goes by: its name, or (Vobiz, no names) its username.
fn list_key(list: &trunkline::CredentialList) -> Option<String> {
    list.name
        .clone()
        .or_else(|| list.credentials.first().map(|c| c.username.clone()))
}

/// Decides the next operation and leases its target.
fn plan(model: &mut Model, config: &LoadConfig, op: u64) -> Planned {
    let mut rng = fastrand::Rng::with_seed(config.seed ^ op.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let kind = if model.kinds.is_empty() {
        Kind::ALL[rng.usize(..Kind::ALL.len())]
    } else {
        model.kinds[rng.usize(..model.kinds.len())]
    };
    let roll = rng.u32(..100);
    let mut action = match roll {
        0..30 => Action::Create,
        30..50 => Action::Get,
        50..70 => Action::Update,
        70..80 => Action::List,
        _ => Action::Delete,
    };
    let live = model.live.entry(kind).or_default();
    let in_flight = model.creating.get(&kind).copied().unwrap_or(0);
    let free: Vec<String> = live
        .iter()
        .filter(|(_, r)| !r.leased)
        .map(|(id, _)| id.clone())
        .collect();
    if action == Action::Create && live.len() + in_flight >= config.max_live {
        action = if free.is_empty() {
            Action::List
        } else {
            Action::Delete
        };
    }
    if matches!(action, Action::Get | Action::Update | Action::Delete) && free.is_empty() {
        action = if live.len() + in_flight < config.max_live {
            Action::Create
        } else {
            Action::List
        };
    }
    if kind == Kind::Desired && action == Action::Delete {
        // Desired trunks are kept, not deleted: their spec changes instead.
        action = Action::Update;
    }
    model.next += 1;
    let serial = model.next;
    let mut planned = Planned {
        op,
        kind,
        action,
        target: None,
        token: if kind == Kind::Desired {
            format!("dt{serial:05}")
        } else {
            format!("lt{serial:05}")
        },
        serial,
        rename: String::new(),
        variant: 0,
    };
    match action {
        Action::Create => {
            *model.creating.entry(kind).or_default() += 1;
            model
                .creates
                .entry(kind)
                .or_default()
                .insert(planned.token.clone(), Created::InFlight);
        }
        Action::Get | Action::Update | Action::Delete => {
            let id = free[rng.usize(..free.len())].clone();
            let resource = live.get_mut(&id).expect("free resource is live");
            resource.leased = true;
            planned.rename = format!("{}-r{serial}", resource.token);
            if kind == Kind::Desired {
                let wanted = model.desired.get(&id).map_or(0, |(variant, _)| *variant);
                planned.variant = if action == Action::Update {
                    wanted + 1
                } else {
                    wanted
                };
            }
            planned.target = Some(id);
        }
        Action::List => {}
    }
    planned
}

/// Records what the caller was told and releases the lease.
fn settle(model: &mut Model, vendor: Vendor, plan: &Planned, result: &Outcome) {
    let kind = plan.kind;
    let label = format!("op {} {} {}", plan.op, plan.action.label(), kind.label());
    // A delete whose answer was lost after it was done is resent (deletes are idempotent) and
    // then finds nothing: gone, as asked.
    let resent_delete = plan.action == Action::Delete
        && matches!(&result.error, Some(Error::NotFound(e)) if e.attempts > 1);
    if let Some(err) = &result.error
        && !expected_failure(err)
        && !resent_delete
    {
        model
            .violations
            .push(format!("{label}: unexpected error: {err}"));
    }
    if kind == Kind::Desired {
        settle_desired(model, plan, result, &label);
        return;
    }
    // A create in doubt that a lookup found: it was created; adopted as found.
    let adopted = match &result.resolution {
        Some(Resolution::Found(id)) => Some(id.clone()),
        _ => None,
    };
    match &result.resolution {
        Some(Resolution::Found(_)) => model.settled.found += 1,
        Some(Resolution::Absent) => model.settled.absent += 1,
        Some(Resolution::Unsettled) => model.settled.unsettled += 1,
        None => {}
    }
    if result.resolution.is_some() {
        model.settled.unknown_creates += 1;
    }
    match plan.action {
        Action::Create => {
            *model.creating.entry(kind).or_default() -= 1;
            let created_id = result.created.clone().or(adopted.clone());
            let error = result.error.as_ref().filter(|_| adopted.is_none());
            let created = match (&created_id, error) {
                (Some(id), None) => {
                    if let Some(shown) = &result.shown_name
                        && shown.as_deref() != Some(plan.token.as_str())
                        && !(vendor == Vendor::Vobiz && kind == Kind::CredentialList)
                    {
                        model.violations.push(format!(
                            "{label}: created with name {:?} but the answer says {shown:?}",
                            plan.token
                        ));
                    }
                    let entry = match (vendor, kind) {
                        // Adopted as found: a list whose entry was to be added after its
                        // create may lack it.
                        _ if adopted.is_some() => None,
                        (Vendor::Twilio, Kind::CredentialList) => Some(plan.token.clone()),
                        (Vendor::Twilio, Kind::IpAccessList) => {
                            Some(network_of(plan.serial).to_string())
                        }
                        _ => None,
                    };
                    let previous = model.live.entry(kind).or_default().insert(
                        id.clone(),
                        Live {
                            token: plan.token.clone(),
                            names: BTreeSet::from([plan.token.clone()]),
                            leased: false,
                            entry,
                        },
                    );
                    if previous.is_some() {
                        model
                            .violations
                            .push(format!("{label}: the vendor answered id {id} twice"));
                    }
                    Created::Ok(id.clone())
                }
                (_, Some(err)) => {
                    let (rolled_back, left_behind) = match err {
                        Error::Provisioning(p) => (
                            p.rolled_back
                                .iter()
                                .filter_map(|s| s.created.clone())
                                .collect(),
                            p.left_behind
                                .iter()
                                .filter_map(|(s, _)| s.created.clone())
                                .collect(),
                        ),
                        _ => (Vec::new(), Vec::new()),
                    };
                    Created::Failed {
                        // Settled absent by a lookup: certain now.
                        unknown: err.outcome_unknown()
                            && result.resolution != Some(Resolution::Absent),
                        timed_out: is_timeout(err),
                        rolled_back,
                        left_behind,
                        error: err.to_string(),
                    }
                }
                (None, None) => unreachable!("a create without id or error"),
            };
            model
                .creates
                .entry(kind)
                .or_default()
                .insert(plan.token.clone(), created);
        }
        Action::Get | Action::Update | Action::Delete => {
            let id = plan.target.clone().expect("leased target");
            let live = model.live.entry(kind).or_default();
            let resource = live.get_mut(&id).expect("leased resource is live");
            resource.leased = false;
            let not_found = matches!(result.error, Some(Error::NotFound(_)));
            match plan.action {
                Action::Get => {
                    if let Some(shown) = &result.shown_name {
                        let shown = shown.clone().unwrap_or_default();
                        if !resource.names.contains(&shown) {
                            let names = resource.names.clone();
                            model.violations.push(format!(
                                "{label} {id}: read name {shown:?}, expected one of {names:?}"
                            ));
                        }
                    }
                }
                Action::Update => {
                    let renames = !(vendor == Vendor::Vobiz && kind == Kind::CredentialList);
                    if renames {
                        if result.ok {
                            resource.names = BTreeSet::from([plan.rename.clone()]);
                            if let Some(shown) = &result.shown_name
                                && shown.as_deref() != Some(plan.rename.as_str())
                            {
                                model.violations.push(format!(
                                    "{label} {id}: renamed to {:?} but the answer says {shown:?}",
                                    plan.rename
                                ));
                            }
                        } else {
                            // A failed update may or may not have been applied (an update is a
                            // read-write pair on some vendors; only creates are checked strictly).
                            resource.names.insert(plan.rename.clone());
                        }
                    }
                }
                Action::Delete => {
                    if result.ok || not_found {
                        live.remove(&id);
                        model.deleted.entry(kind).or_default().insert(id);
                    } else {
                        live.remove(&id);
                        model.maybe_deleted.entry(kind).or_default().insert(id);
                    }
                }
                _ => {}
            }
        }
        Action::List => {}
    }
}

/// Records an `ensure` (create or change) or a plan of a desired trunk.
fn settle_desired(model: &mut Model, plan: &Planned, result: &Outcome, label: &str) {
    let kind = Kind::Desired;
    match plan.action {
        Action::Create | Action::Update | Action::Delete => {
            let name = if plan.action == Action::Create {
                *model.creating.entry(kind).or_default() -= 1;
                model
                    .creates
                    .entry(kind)
                    .or_default()
                    .insert(plan.token.clone(), Created::Ok(plan.token.clone()));
                plan.token.clone()
            } else {
                plan.target.clone().expect("leased target")
            };
            let st = &mut model.settled;
            st.ensures += 1;
            st.ensure_resolved += result.ensure_resolved;
            if let Some(err) = &result.error {
                st.ensures_failed += 1;
                st.ensures_unknown += usize::from(err.outcome_unknown());
            }
            // Wanted from now on, whatever the outcome: the final pass converges it.
            model
                .desired
                .insert(name.clone(), (plan.variant, result.ok));
            let live = model.live.entry(kind).or_default();
            let resource = live.entry(name.clone()).or_insert_with(|| Live {
                token: name.clone(),
                names: BTreeSet::from([name.clone()]),
                leased: false,
                entry: None,
            });
            resource.leased = false;
            if let Some(shown) = &result.shown_name
                && shown.as_deref() != Some(name.as_str())
            {
                model
                    .violations
                    .push(format!("{label} {name}: ensured, but named {shown:?}"));
            }
        }
        Action::Get => {
            let name = plan.target.clone().expect("leased target");
            let settled = model.desired.get(&name).is_some_and(|(_, ok)| *ok);
            if settled
                && let Some(changes) = &result.plan_changes
                && !changes.is_empty()
            {
                model.violations.push(format!(
                    "{label} {name}: ensure reported it done, but a plan now says {changes:?}"
                ));
            }
            if let Some(resource) = model.live.entry(kind).or_default().get_mut(&name) {
                resource.leased = false;
            }
        }
        Action::List => {}
    }
}

/// One item of the end state: id, name (or Vobiz username), entries.
struct Item {
    id: String,
    key: Option<String>,
    entries: Vec<String>,
}

async fn read_state(provider: &dyn TrunkProvider, kind: Kind) -> trunkline::Result<Vec<Item>> {
    Ok(match kind {
        Kind::Trunk | Kind::Desired => provider
            .list_trunks(TrunkFilter::new())
            .try_collect::<Vec<_>>()
            .await?
            .into_iter()
            .map(|t| Item {
                id: t.id.to_string(),
                key: t.name,
                entries: Vec::new(),
            })
            .collect(),
        Kind::CredentialList => provider
            .list_credential_lists()
            .try_collect::<Vec<_>>()
            .await?
            .into_iter()
            .map(|l| Item {
                key: list_key(&l),
                id: l.id.to_string(),
                entries: l.credentials.into_iter().map(|c| c.username).collect(),
            })
            .collect(),
        Kind::IpAccessList => provider
            .list_ip_access_lists()
            .try_collect::<Vec<_>>()
            .await?
            .into_iter()
            .map(|l| Item {
                id: l.id.to_string(),
                key: l.name,
                entries: l
                    .entries
                    .into_iter()
                    .map(|e| e.network.to_string())
                    .collect(),
            })
            .collect(),
        Kind::OriginationUri => provider
            .list_origination_uris(None)
            .try_collect::<Vec<_>>()
            .await?
            .into_iter()
            .map(|u| Item {
                id: u.id.to_string(),
                key: u.name,
                entries: Vec::new(),
            })
            .collect(),
    })
}

/// The trunk listing without the connections that are standalone lists (see `run_vendor`).
fn without_list_connections(items: Vec<Item>, list_connections: &BTreeSet<String>) -> Vec<Item> {
    items
        .into_iter()
        .filter(|i| !list_connections.contains(&i.id))
        .collect()
}

/// Checks the end state of one kind against the model.
fn check_kind(model: &Model, kind: Kind, items: &[Item], report: &mut VendorReport) {
    let empty_live = BTreeMap::new();
    let empty_set = BTreeSet::new();
    let empty_creates = BTreeMap::new();
    let live = model.live.get(&kind).unwrap_or(&empty_live);
    let deleted = model.deleted.get(&kind).unwrap_or(&empty_set);
    let maybe_deleted = model.maybe_deleted.get(&kind).unwrap_or(&empty_set);
    let base = model.base.get(&kind).unwrap_or(&empty_set);
    let creates = model.creates.get(&kind).unwrap_or(&empty_creates);
    let label = kind.label();
    let violations = &mut report.violations;

    let mut seen_ids: HashMap<&str, usize> = HashMap::new();
    let mut seen_tokens: HashMap<&str, Vec<&str>> = HashMap::new();
    for item in items {
        *seen_ids.entry(&item.id).or_default() += 1;
        if base.contains(&item.id) {
            continue;
        }
        let token = item.key.as_deref().map(token_of).unwrap_or("");
        seen_tokens.entry(token).or_default().push(&item.id);
        if let Some(resource) = live.get(&item.id) {
            let name = item.key.clone().unwrap_or_default();
            if !resource.names.contains(&name) {
                violations.push(format!(
                    "{label} {}: name {name:?} at the end, expected one of {:?} (a successful update is not visible)",
                    item.id, resource.names
                ));
            }
            if let Some(entry) = &resource.entry
                && item.entries != [entry.clone()]
            {
                violations.push(format!(
                    "{label} {}: reported created with {entry}, holds {:?} (half-created)",
                    item.id, item.entries
                ));
            }
            continue;
        }
        if deleted.contains(&item.id) {
            violations.push(format!(
                "{label} {}: reported deleted, still exists",
                item.id
            ));
            continue;
        }
        if maybe_deleted.contains(&item.id) {
            continue;
        }
        match creates.get(token) {
            Some(Created::Failed {
                unknown,
                timed_out,
                rolled_back,
                left_behind,
                error,
            }) => {
                if left_behind.contains(&item.id) {
                    // The caller was told to delete it by hand.
                } else if rolled_back.contains(&item.id) {
                    violations.push(format!(
                        "{label} {} ({token}): reported rolled back, still exists",
                        item.id
                    ));
                } else if *unknown {
                    // The final pass settles every unknown outcome before this check.
                    violations.push(format!(
                        "{label} {} ({token}): a create in doubt was never settled",
                        item.id
                    ));
                } else {
                    report.settled.false_certainty += 1;
                    if *timed_out {
                        report.timed_out_creates_existing += 1;
                    }
                    violations.push(format!(
                        "{label} {} ({token}): the create was reported failed with certainty ({error}) but it exists",
                        item.id
                    ));
                }
            }
            Some(Created::Ok(id)) => violations.push(format!(
                "{label} {} ({token}): created as {id}, and again as this one",
                item.id
            )),
            Some(Created::InFlight) => violations.push(format!(
                "{label} {} ({token}): a create never settled",
                item.id
            )),
            None => violations.push(format!(
                "{label} {} ({:?}): nobody was told this exists",
                item.id, item.key
            )),
        }
    }
    for (id, count) in &seen_ids {
        if *count > 1 {
            violations.push(format!("{label} {id}: listed {count} times"));
        }
    }
    for (token, ids) in &seen_tokens {
        if ids.len() > 1 {
            violations.push(format!(
                "{label} {token}: exists {} times ({ids:?}): a create was duplicated",
                ids.len()
            ));
        }
    }
    for (id, resource) in live {
        if !seen_ids.contains_key(id.as_str()) {
            violations.push(format!(
                "{label} {id} ({}): reported created, missing at the end",
                resource.token
            ));
        }
    }
    report
        .final_counts
        .insert(kind, items.len().saturating_sub(base.len()));
}

async fn set_up(provider: &dyn TrunkProvider, vendor: Vendor) -> Base {
    let mut base = Base::default();
    match vendor {
        Vendor::Plivo => {
            let acl = provider
                .create_ip_access_list(
                    &NewIpAccessList::new("base-acl").with_network(network_of(0xff_fffe).into()),
                )
                .await
                .expect("base ACL");
            base.acl = Some(acl.id);
        }
        Vendor::Twilio => {
            let trunk = provider
                .create_trunk(&NewTrunk::new(Direction::Both).with_name("base-trunk"))
                .await
                .expect("base trunk");
            base.trunk = Some(trunk.id);
        }
        _ => {}
    }
    base
}

/// Keeps injected faults at `rate` × requests received, on every listener, until `stop`.
async fn pump(listeners: Vec<Listener>, config: LoadConfig, stop: Arc<AtomicBool>) {
    let mut rng = fastrand::Rng::with_seed(config.seed.wrapping_add(0xFA17));
    let mut injected = vec![0u64; listeners.len()];
    while !stop.load(Ordering::Relaxed) {
        for (listener, injected) in listeners.iter().zip(injected.iter_mut()) {
            let total = listener.requests_total();
            let target = (config.fault_rate * (total + 1) as f64).floor() as u64;
            while *injected < target {
                let kind = FaultKind::ALL[rng.usize(..FaultKind::ALL.len())];
                listener.inject(kind.fault(&mut rng, &config));
                *injected += 1;
            }
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// What one operation did: resource, action, latency, error.
type Record = (Kind, Action, Duration, Option<Error>);

/// Runs the load against one vendor on a fresh emulator and checks the end state.
pub async fn run_vendor(vendor: Vendor, config: &LoadConfig) -> VendorReport {
    let emulator = Emulator::start(EmulatorConfig::default().with_request_log_capacity(2_000_000))
        .await
        .expect("emulator starts");
    let provider = provider(&emulator, vendor, config.client_config());
    let listeners = Listener::of(&emulator, vendor);
    let base = set_up(provider.as_ref(), vendor).await;
    let mut model = Model::default();
    // Creates in doubt are settled by name: where origination URIs have none (Telnyx targets,
    // which also exist only on a trunk, three at most), they are exercised through the
    // desired trunks only.
    if !provider.capabilities().origination_uri.named {
        model.kinds = Kind::ALL
            .into_iter()
            .filter(|k| *k != Kind::OriginationUri)
            .collect();
    }
    if let Some(acl) = &base.acl {
        model
            .base
            .entry(Kind::IpAccessList)
            .or_default()
            .insert(acl.to_string());
    }
    if let Some(trunk) = &base.trunk {
        model
            .base
            .entry(Kind::Trunk)
            .or_default()
            .insert(trunk.to_string());
    }
    for listener in &listeners {
        listener.clear_requests();
    }

    let model = Arc::new(Mutex::new(model));
    let records: Arc<Mutex<Vec<Record>>> = Arc::default();
    let (dispatch, tallies) = attempts::dispatch();
    let next_op = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let pump = tokio::spawn(pump(listeners.clone(), config.clone(), stop.clone()));

    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..config.concurrency.max(1) {
        let (provider, model, records, dispatch, next_op, base, config) = (
            provider.clone(),
            model.clone(),
            records.clone(),
            dispatch.clone(),
            next_op.clone(),
            base.clone(),
            config.clone(),
        );
        workers.push(tokio::spawn(async move {
            loop {
                let op = next_op.fetch_add(1, Ordering::Relaxed);
                if op >= config.ops {
                    return;
                }
                let planned = plan(&mut lock(&model), &config, op as u64);
                let span = tracing::dispatcher::with_default(&dispatch, || {
                    tracing::info_span!("loadtest.op", op = op as u64)
                });
                let began = Instant::now();
                let result = run_op(provider.as_ref(), vendor, &base, &planned, &config.ensure)
                    .instrument(span)
                    .with_subscriber(dispatch.clone())
                    .await;
                let latency = began.elapsed();
                settle(&mut lock(&model), vendor, &planned, &result);
                lock(&records).push((planned.kind, planned.action, latency, result.error));
            }
        }));
    }
    for worker in workers {
        worker.await.expect("worker");
    }
    let elapsed = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    pump.await.expect("fault pump");
    for listener in &listeners {
        listener.clear_faults();
    }

    // What the emulator saw during the run.
    let mut requests = 0u64;
    let mut faults: BTreeMap<FaultKind, u64> = BTreeMap::new();
    for listener in &listeners {
        let log = listener.requests();
        requests += listener.requests_total();
        for entry in &log {
            if let Some(kind) = entry.fault.as_ref().and_then(FaultKind::of) {
                *faults.entry(kind).or_default() += 1;
            }
        }
        listener.clear_requests();
    }

    let mut model = Arc::try_unwrap(model)
        .map_err(|_| ())
        .expect("workers are done")
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner);
    let records = std::mem::take(&mut *lock(&records));
    let tallies = std::mem::take(&mut *lock(&tallies));

    let mut report = VendorReport {
        vendor,
        config: config.clone(),
        elapsed,
        by_op: BTreeMap::new(),
        errors: BTreeMap::new(),
        calls: 0,
        attempts: 0,
        max_attempts_per_call: 0,
        max_attempts_per_op: 0,
        cancelled_calls: 0,
        finished_attempts: 0,
        latencies: Vec::with_capacity(records.len()),
        requests,
        faults,
        failed_creates: 0,
        unknown_creates: 0,
        timed_out_creates: 0,
        timed_out_creates_existing: 0,
        final_counts: BTreeMap::new(),
        settled: Settled::default(),
        violations: Vec::new(),
    };
    for (kind, action, latency, error) in &records {
        let stats = report.by_op.entry((*kind, *action)).or_default();
        stats.ops += 1;
        match error {
            None => stats.ok += 1,
            Some(err) => {
                stats.failed += 1;
                if err.outcome_unknown() {
                    stats.outcome_unknown += 1;
                }
                *report.errors.entry(error_class(err)).or_default() += 1;
            }
        }
        report.latencies.push(*latency);
    }
    report.latencies.sort();
    for tally in tallies.values() {
        report.calls += tally.calls;
        report.attempts += tally.attempts;
        report.max_attempts_per_call = report.max_attempts_per_call.max(tally.max_attempts);
        report.max_attempts_per_op = report.max_attempts_per_op.max(tally.attempts);
        report.cancelled_calls += tally.cancelled;
        report.finished_attempts += tally.finished_attempts;
    }
    // Every attempt the runtime made reached the emulator, and the emulator received no
    // request the runtime did not make (no hidden resend): the requests are the finished
    // attempts plus at most one in flight per call dropped unfinished.
    if report.requests < report.finished_attempts
        || report.requests > report.finished_attempts + report.cancelled_calls
    {
        report.violations.push(format!(
            "the runtime finished {} attempts ({} calls dropped unfinished) but the emulator received {} requests",
            report.finished_attempts, report.cancelled_calls, report.requests
        ));
    }
    for created in model.creates.values().flat_map(|c| c.values()) {
        if let Created::Failed {
            unknown, timed_out, ..
        } = created
        {
            report.failed_creates += 1;
            report.unknown_creates += usize::from(*unknown);
            report.timed_out_creates += usize::from(*timed_out);
        }
    }

    // The final pass, faults cleared: every create still in doubt is looked up by name…
    let in_doubt: Vec<(Kind, String)> = model
        .creates
        .iter()
        .flat_map(|(kind, creates)| {
            creates
                .iter()
                .filter(|(_, created)| matches!(created, Created::Failed { unknown: true, .. }))
                .map(move |(token, _)| (*kind, token.clone()))
        })
        .collect();
    for (kind, token) in in_doubt {
        match lookup(provider.as_ref(), vendor, &base, kind, &token).await {
            Ok(Some(id)) => {
                model.settled.found_at_end += 1;
                model
                    .creates
                    .entry(kind)
                    .or_default()
                    .insert(token.clone(), Created::Ok(id.clone()));
                model.live.entry(kind).or_default().insert(
                    id,
                    Live {
                        token: token.clone(),
                        names: BTreeSet::from([token]),
                        leased: false,
                        entry: None,
                    },
                );
            }
            Ok(None) => {
                model.settled.absent_at_end += 1;
                if let Some(Created::Failed { unknown, .. }) =
                    model.creates.entry(kind).or_default().get_mut(&token)
                {
                    *unknown = false;
                }
            }
            Err(err) => model
                .violations
                .push(format!("settling the create of {token}: {err}")),
        }
    }
    // …and every desired trunk is ensured once more: what an earlier `ensure` left undone is
    // completed, what it did is left alone.
    let desired = model.desired.clone();
    model.settled.desired = desired.len();
    for (name, (variant, last_ok)) in &desired {
        let spec = desired_spec(vendor, name, *variant);
        match provider.ensure_with(&spec, &config.ensure).await {
            Ok(ensured) => {
                if ensured.outcome != trunkline::EnsureOutcome::AlreadyRight {
                    model.settled.final_changed += 1;
                    if *last_ok {
                        model.violations.push(format!(
                            "desired trunk {name}: its last ensure succeeded, yet the final one changed {:?}",
                            ensured.changes.iter().map(ToString::to_string).collect::<Vec<_>>()
                        ));
                    }
                }
                match provider.plan_trunk_with(&spec, &config.ensure).await {
                    Ok(plan) if plan.is_no_change() => {}
                    Ok(plan) => model.violations.push(format!(
                        "desired trunk {name}: ensured, yet the plan says {:?}",
                        plan.changes
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                    )),
                    Err(err) => model
                        .violations
                        .push(format!("desired trunk {name}: planning: {err}")),
                }
            }
            Err(err) => model.violations.push(format!(
                "desired trunk {name}: the final ensure failed: {err}"
            )),
        }
    }
    report.settled = model.settled.clone();
    // After the request-count check above, which may have found one already.
    report.violations.extend(model.violations.iter().cloned());

    // The end state, read with the faults cleared. Where a credential list or an IP access
    // list IS a trunk connection (Telnyx), the standalone lists (`lt…`) are listed as trunks
    // too: they are checked as lists, not as trunks.
    let mut list_connections = BTreeSet::new();
    if provider.capabilities().trunk.credentials_exclusive {
        for kind in [Kind::CredentialList, Kind::IpAccessList] {
            match read_state(provider.as_ref(), kind).await {
                Ok(items) => list_connections.extend(
                    items
                        .into_iter()
                        .filter(|i| !i.key.as_deref().is_some_and(|k| k.starts_with("dt")))
                        .map(|i| i.id),
                ),
                Err(err) => report
                    .violations
                    .push(format!("reading the end state of {}: {err}", kind.label())),
            }
        }
    }
    for kind in Kind::LISTED {
        match read_state(provider.as_ref(), kind).await {
            Ok(items) => {
                // What desired trunks own (named `dt…`) is counted against them: one trunk, one
                // credential list, one IP access list, its URIs each; more is a duplicate or an
                // orphan, fewer a trunk incomplete.
                let listed = items.len();
                let items = if kind == Kind::Trunk {
                    without_list_connections(items, &list_connections)
                } else {
                    items
                };
                let (owned, items): (Vec<Item>, Vec<Item>) = items
                    .into_iter()
                    .partition(|i| i.key.as_deref().is_some_and(|k| k.starts_with("dt")));
                let expected = match kind {
                    Kind::OriginationUri => desired.len() * desired_uris(vendor),
                    Kind::IpAccessList => desired.len() * desired_ip_lists(vendor),
                    _ => desired.len(),
                };
                if owned.len() != expected {
                    let mut names: Vec<_> = owned.iter().filter_map(|i| i.key.clone()).collect();
                    names.sort();
                    report.violations.push(format!(
                        "{} of desired trunks: {} exist for {} desired trunks (expected {expected}): duplicates or orphans: {names:?}",
                        kind.label(),
                        owned.len(),
                        desired.len()
                    ));
                }
                report.final_counts.insert(Kind::Desired, desired.len());
                if kind == Kind::Trunk {
                    let counted = match vendor {
                        Vendor::Plivo => emulator.plivo().trunk_count(),
                        Vendor::Twilio => emulator.twilio_trunking().trunk_count(),
                        Vendor::Telnyx => emulator.telnyx().connection_count(),
                        _ => emulator.vobiz().trunk_count(),
                    };
                    if counted != listed {
                        report.violations.push(format!(
                            "the emulator holds {counted} trunks, the provider lists {listed}"
                        ));
                    }
                }
                check_kind(&model, kind, &items, &mut report);
            }
            Err(err) => report
                .violations
                .push(format!("reading the end state of {}: {err}", kind.label())),
        }
    }
    emulator.shutdown().await;
    report
}

/// A provider of `vendor` whose every API (both of Twilio's) is at `url`, e.g. a
/// [`crate::ScriptedServer`], authenticating with `token` and the emulator's default account.
pub fn provider_at(
    vendor: Vendor,
    url: &str,
    token: &str,
    config: ClientConfig,
) -> trunkline::Result<Arc<dyn TrunkProvider>> {
    Ok(match vendor {
        Vendor::Plivo => Arc::new(trunkline::PlivoProvider::with_config(
            trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
            token,
            Some(url),
            config,
        )?),
        Vendor::Twilio => Arc::new(trunkline::TwilioProvider::from_client(
            trunkline_twilio::ClientBuilder::new(
                trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
                token,
            )
            .trunking_base_url(url)
            .sip_base_url(url)
            .config(config)
            .build()?,
        )),
        Vendor::Vobiz => Arc::new(trunkline::VobizProvider::with_config(
            trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
            token,
            Some(url),
            config,
        )?),
        Vendor::Telnyx => Arc::new(trunkline::TelnyxProvider::with_config(
            token,
            Some(url),
            config,
        )?),
        other => panic!("no provider for {other}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live(token: &str) -> Live {
        Live {
            token: token.to_owned(),
            names: BTreeSet::from([token.to_owned()]),
            leased: false,
            entry: None,
        }
    }

    fn item(id: &str, name: &str) -> Item {
        Item {
            id: id.to_owned(),
            key: Some(name.to_owned()),
            entries: Vec::new(),
        }
    }

    fn failed(timed_out: bool) -> Created {
        Created::Failed {
            unknown: timed_out,
            timed_out,
            rolled_back: Vec::new(),
            left_behind: Vec::new(),
            error: "vendor unavailable".to_owned(),
        }
    }

    fn report() -> VendorReport {
        VendorReport {
            vendor: Vendor::Plivo,
            config: LoadConfig::small(),
            elapsed: Duration::ZERO,
            by_op: BTreeMap::new(),
            errors: BTreeMap::new(),
            calls: 0,
            attempts: 0,
            max_attempts_per_call: 0,
            max_attempts_per_op: 0,
            cancelled_calls: 0,
            finished_attempts: 0,
            latencies: Vec::new(),
            requests: 0,
            faults: BTreeMap::new(),
            failed_creates: 0,
            unknown_creates: 0,
            timed_out_creates: 0,
            timed_out_creates_existing: 0,
            final_counts: BTreeMap::new(),
            settled: Settled::default(),
            violations: Vec::new(),
        }
    }

    /// A model where lt00001 was created as t1 and renamed, lt00002 failed, lt00003 timed out,
    /// t4 was deleted, lt00005 was created as t5.
    fn model() -> Model {
        let mut model = Model::default();
        let mut renamed = live("lt00001");
        renamed.names = BTreeSet::from(["lt00001-r9".to_owned()]);
        let trunks = model.live.entry(Kind::Trunk).or_default();
        trunks.insert("t1".into(), renamed);
        trunks.insert("t5".into(), live("lt00005"));
        model
            .deleted
            .entry(Kind::Trunk)
            .or_default()
            .insert("t4".into());
        let creates = model.creates.entry(Kind::Trunk).or_default();
        creates.insert("lt00001".into(), Created::Ok("t1".into()));
        creates.insert("lt00002".into(), failed(false));
        creates.insert("lt00003".into(), failed(true));
        creates.insert("lt00005".into(), Created::Ok("t5".into()));
        model
    }

    fn check(items: &[Item]) -> VendorReport {
        let mut report = report();
        check_kind(&model(), Kind::Trunk, items, &mut report);
        report
    }

    #[test]
    fn the_told_state_passes() {
        let report = check(&[item("t1", "lt00001-r9"), item("t5", "lt00005")]);
        assert_eq!(report.violations, Vec::<String>::new());
        // A create in doubt must have been settled (by lookup) before the check.
        let report = check(&[
            item("t1", "lt00001-r9"),
            item("t5", "lt00005"),
            item("t3", "lt00003"),
        ]);
        assert!(
            report
                .violations
                .iter()
                .any(|v| v.contains("never settled")),
            "{:?}",
            report.violations
        );
        assert_eq!(report.settled.false_certainty, 0);
    }

    #[test]
    fn a_create_reported_failed_with_certainty_that_exists_is_false_certainty() {
        let mut model = model();
        model.creates.entry(Kind::Trunk).or_default().insert(
            "lt00006".into(),
            Created::Failed {
                unknown: false,
                timed_out: false,
                rolled_back: Vec::new(),
                left_behind: Vec::new(),
                error: "invalid request".to_owned(),
            },
        );
        let mut report = report();
        let items = [
            item("t1", "lt00001-r9"),
            item("t5", "lt00005"),
            item("t6", "lt00006"),
        ];
        check_kind(&model, Kind::Trunk, &items, &mut report);
        assert_eq!(report.settled.false_certainty, 1);
        assert!(
            report
                .violations
                .iter()
                .any(|v| v.contains("with certainty"))
        );
    }

    #[test]
    fn every_kind_of_broken_promise_is_a_violation() {
        let cases: [(&[Item], &str); 7] = [
            (&[item("t1", "lt00001-r9")], "missing at the end"),
            (
                &[item("t1", "lt00001"), item("t5", "lt00005")],
                "not visible",
            ),
            (
                &[
                    item("t1", "lt00001-r9"),
                    item("t5", "lt00005"),
                    item("t2", "lt00002"),
                ],
                "reported failed",
            ),
            (
                &[
                    item("t1", "lt00001-r9"),
                    item("t5", "lt00005"),
                    item("t6", "lt00005"),
                ],
                "duplicated",
            ),
            (
                &[
                    item("t1", "lt00001-r9"),
                    item("t5", "lt00005"),
                    item("t4", "lt00004"),
                ],
                "reported deleted",
            ),
            (
                &[
                    item("t1", "lt00001-r9"),
                    item("t5", "lt00005"),
                    item("t9", "stranger"),
                ],
                "nobody was told",
            ),
            (
                &[
                    item("t1", "lt00001-r9"),
                    item("t5", "lt00005"),
                    item("t5", "lt00005"),
                ],
                "listed 2 times",
            ),
        ];
        for (items, expected) in cases {
            let report = check(items);
            assert!(
                report.violations.iter().any(|v| v.contains(expected)),
                "{expected}: {:?}",
                report.violations
            );
        }
    }

    #[test]
    fn tokens_survive_renames() {
        assert_eq!(token_of("lt00042-r77"), "lt00042");
        assert_eq!(token_of("lt00042"), "lt00042");
    }

    #[test]
    fn fault_kinds_round_trip_through_the_request_log() {
        let config = LoadConfig::small();
        let mut rng = fastrand::Rng::with_seed(1);
        for kind in FaultKind::ALL {
            let fault = kind.fault(&mut rng, &config);
            assert!(fault.validate().is_ok(), "{kind:?}");
            assert_eq!(FaultKind::of(&fault), Some(kind));
        }
    }
}
