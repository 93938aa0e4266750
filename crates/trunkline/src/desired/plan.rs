//! `plan` and `apply`: what the carriers need to look like the document, and making it so
//! through `ensure` (names as keys, faults settled by lookups), so a fault or a kill at any
//! point is finished by the next `apply`.

use std::collections::BTreeSet;
use std::sync::Arc;

use futures::{StreamExt, TryStreamExt};
use serde::Serialize;

use super::document::VendorName;
use super::resolve::{Accounts, Resolved};
use crate::converge::{Change, ChangeOp, DerivedNames, EnsureOptions, PlanAction, Resource};
use crate::model::{TrunkFilter, TrunkId};
use crate::provider::{TrunkProvider, TrunkProviderExt};
use crate::{Error, Result, TrunkSpec};

/// How to plan.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PlanOptions {
    /// Plan to delete trunks whose names match `owns` but that the document does not list.
    /// Without it they are reported in [`CarrierPlan::unmanaged`] and left alone.
    pub prune: bool,
    /// Trunks read at once (default 8).
    pub concurrency: Option<usize>,
}

impl PlanOptions {
    /// No pruning.
    pub fn new() -> Self {
        Self::default()
    }

    /// Plans deletes for trunks inside `owns` that the document does not list.
    pub fn with_prune(mut self, prune: bool) -> Self {
        self.prune = prune;
        self
    }

    /// Reads this many trunks at once.
    pub fn with_concurrency(mut self, n: usize) -> Self {
        self.concurrency = Some(n.max(1));
        self
    }
}

/// What happens to one trunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Action {
    /// Created, with everything attached (`+`).
    Create,
    /// Changed where it differs (`~`).
    Update,
    /// Deleted and created again, where the vendor cannot change it in place (`-/+`).
    Replace,
    /// Deleted: inside `owns`, not in the document, and `prune` asked (`-`).
    Delete,
    /// Already as the document says.
    NoChange,
}

impl Action {
    /// The diff marker: `+`, `~`, `-/+`, `-`, or a blank.
    pub fn marker(&self) -> &'static str {
        match self {
            Self::Create => "+",
            Self::Update => "~",
            Self::Replace => "-/+",
            Self::Delete => "-",
            Self::NoChange => " ",
        }
    }
}

/// The plan of one trunk.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct TrunkChange {
    /// The trunk's name (its key).
    pub name: String,
    /// Where it is in the document (`carriers[0].trunks[3]`); `None` for deletes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// What happens to it.
    pub action: Action,
    /// Its id, where it exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trunk_id: Option<TrunkId>,
    /// Every change, field by field (before → after), in the order `ensure` makes them.
    /// Passwords never appear.
    pub changes: Vec<Change>,
    /// What to converge to (never serialized: it holds passwords).
    #[serde(skip)]
    pub(crate) spec: Option<TrunkSpec>,
}

/// The plan of one carrier account.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct CarrierPlan {
    /// The account's label.
    pub account: String,
    /// The vendor.
    pub vendor: VendorName,
    /// The names the document manages here.
    pub owns: String,
    /// One entry per trunk of the document, in document order, then the deletes by name.
    pub trunks: Vec<TrunkChange>,
    /// Trunks inside `owns` that the document does not list, left alone because `prune` was
    /// not asked (sorted).
    pub unmanaged: Vec<String>,
}

/// What `apply` would do: deterministic (document order, then names), serializable (JSON for
/// CI), without a password anywhere.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct Plan {
    /// One per carrier entry, in document order.
    pub carriers: Vec<CarrierPlan>,
}

/// How many trunks each action touches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Counts {
    /// Created.
    pub create: usize,
    /// Changed.
    pub update: usize,
    /// Replaced.
    pub replace: usize,
    /// Deleted.
    pub delete: usize,
    /// Already right.
    pub no_change: usize,
}

impl Plan {
    /// Whether applying it would change nothing.
    pub fn is_empty(&self) -> bool {
        self.changes().next().is_none()
    }

    /// Every trunk that changes, with its account.
    pub fn changes(&self) -> impl Iterator<Item = (&CarrierPlan, &TrunkChange)> {
        self.carriers.iter().flat_map(|c| {
            c.trunks
                .iter()
                .filter(|t| t.action != Action::NoChange)
                .map(move |t| (c, t))
        })
    }

    /// How many trunks each action touches.
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for carrier in &self.carriers {
            for trunk in &carrier.trunks {
                match trunk.action {
                    Action::Create => counts.create += 1,
                    Action::Update => counts.update += 1,
                    Action::Replace => counts.replace += 1,
                    Action::Delete => counts.delete += 1,
                    Action::NoChange => counts.no_change += 1,
                }
            }
        }
        counts
    }
}

fn provider<'a>(accounts: &'a Accounts, label: &str) -> Result<&'a Arc<dyn TrunkProvider>> {
    accounts.get(label).ok_or_else(|| {
        Error::Config(trunkline_core::ConfigError::InvalidEnv {
            name: "account".to_owned(),
            reason: format!("no provider for the account `{label}`"),
        })
    })
}

/// Compares every carrier with the document: reads only, sends no write.
pub async fn plan(resolved: &Resolved, accounts: &Accounts, options: &PlanOptions) -> Result<Plan> {
    let concurrency = options.concurrency.unwrap_or(8).max(1);
    let mut carriers = Vec::new();
    for carrier in &resolved.carriers {
        let provider = provider(accounts, &carrier.label)?.clone();
        let mut trunks: Vec<TrunkChange> = futures::stream::iter(carrier.trunks.iter())
            .map(|(path, spec)| {
                let provider = provider.clone();
                async move {
                    let plan = read_again(|| provider.plan_trunk(spec)).await?;
                    Ok::<_, Error>(TrunkChange {
                        name: spec.name.clone(),
                        path: Some(path.clone()),
                        action: match plan.action {
                            PlanAction::Create => Action::Create,
                            PlanAction::Update => Action::Update,
                            PlanAction::Replace => Action::Replace,
                            _ => Action::NoChange,
                        },
                        trunk_id: plan.trunk.clone(),
                        changes: plan.changes,
                        spec: Some(spec.clone()),
                    })
                }
            })
            .buffered(concurrency)
            .try_collect()
            .await?;
        let wanted: BTreeSet<&str> = carrier
            .trunks
            .iter()
            .map(|(_, s)| s.name.as_str())
            .collect();
        let existing: Vec<_> =
            read_again(|| provider.list_trunks(TrunkFilter::new()).try_collect()).await?;
        let mut extra: Vec<(String, TrunkId)> = existing
            .into_iter()
            .filter_map(|t| t.name.map(|n| (n, t.id)))
            .filter(|(n, _)| carrier.owns.matches(n) && !wanted.contains(n.as_str()))
            .collect();
        extra.sort();
        let mut unmanaged = Vec::new();
        for (name, id) in extra {
            if options.prune {
                trunks.push(TrunkChange {
                    changes: vec![delete_change(&name)],
                    name,
                    path: None,
                    action: Action::Delete,
                    trunk_id: Some(id),
                    spec: None,
                });
            } else {
                unmanaged.push(name);
            }
        }
        carriers.push(CarrierPlan {
            account: carrier.label.clone(),
            vendor: carrier.vendor,
            owns: carrier.owns.as_str().to_owned(),
            trunks,
            unmanaged,
        });
    }
    Ok(Plan { carriers })
}

/// Reads sent again after a failure that may pass (an outage, a cut body, a timeout), up to 8
/// times with backoff (0.2, 0.4, 0.8, then 1.6 s): a plan is only reads, so repeating one is always safe. Errors that would
/// fail the same way again (invalid input, unsupported, two trunks with one name, credentials)
/// are returned at once.
async fn read_again<T, F, Fut>(mut read: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T>>,
{
    const ATTEMPTS: u32 = 8;
    let mut attempt = 0;
    loop {
        match read().await {
            Ok(value) => return Ok(value),
            Err(err) if attempt + 1 < ATTEMPTS && !final_error(&err) => {
                let wait = std::time::Duration::from_millis(200 << attempt.min(3));
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            Err(err) => return Err(err),
        }
    }
}

/// An error that reading again cannot change.
fn final_error(err: &Error) -> bool {
    matches!(
        err,
        Error::InvalidRequest { .. }
            | Error::NotSupported { .. }
            | Error::Ambiguous { .. }
            | Error::Unauthenticated(_)
            | Error::PermissionDenied(_)
            | Error::Config(_)
    )
}

fn delete_change(name: &str) -> Change {
    change(Resource::Trunk, name)
}

/// A delete of `resource` named `key`.
fn change(resource: Resource, key: &str) -> Change {
    Change {
        resource,
        op: ChangeOp::Delete,
        key: key.to_owned(),
        field: None,
        before: None,
        after: None,
        note: None,
    }
}

/// A callback run after each trunk of an apply.
pub type OnDone = Arc<dyn Fn(&TrunkOutcome) + Send + Sync>;

/// How to apply.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct ApplyOptions {
    /// Trunks converged at once (default 4).
    pub concurrency: Option<usize>,
    /// How `ensure` looks up creates in doubt, and whether passwords are set again.
    pub ensure: EnsureOptions,
    /// Called after each trunk is done (a progress bar).
    pub on_done: Option<OnDone>,
}

impl std::fmt::Debug for ApplyOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApplyOptions")
            .field("concurrency", &self.concurrency)
            .field("ensure", &self.ensure)
            .field("on_done", &self.on_done.is_some())
            .finish()
    }
}

impl ApplyOptions {
    /// Defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Converges this many trunks at once.
    pub fn with_concurrency(mut self, n: usize) -> Self {
        self.concurrency = Some(n.max(1));
        self
    }

    /// `ensure`'s options.
    pub fn with_ensure(mut self, ensure: EnsureOptions) -> Self {
        self.ensure = ensure;
        self
    }

    /// Calls `f` after each trunk.
    pub fn on_done(mut self, f: impl Fn(&TrunkOutcome) + Send + Sync + 'static) -> Self {
        self.on_done = Some(Arc::new(f));
        self
    }
}

/// What happened to one trunk of the plan.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct TrunkOutcome {
    /// The account.
    pub account: String,
    /// The trunk's name.
    pub name: String,
    /// What the plan said.
    pub action: Action,
    /// The error, if it failed (the next `apply` picks up from what exists).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Whether something may exist that the error cannot vouch for.
    pub outcome_unknown: bool,
    /// Every change made.
    pub changes: Vec<Change>,
}

impl TrunkOutcome {
    /// Whether the trunk is now as the document says.
    pub fn is_ok(&self) -> bool {
        self.error.is_none()
    }
}

/// What `apply` did.
#[derive(Clone, Debug, Default, Serialize)]
#[non_exhaustive]
pub struct ApplyReport {
    /// One per trunk that the plan changes, deletes first, then in plan order.
    pub outcomes: Vec<TrunkOutcome>,
}

impl ApplyReport {
    /// The trunks that failed.
    pub fn failures(&self) -> impl Iterator<Item = &TrunkOutcome> {
        self.outcomes.iter().filter(|o| !o.is_ok())
    }

    /// Whether every trunk is as the plan said.
    pub fn is_success(&self) -> bool {
        self.failures().next().is_none()
    }
}

/// Makes every change of `plan`: for each account the deletes first (freeing names and numbers),
/// then every create, update and replace through `ensure`, which finds by name and settles
/// creates in doubt by lookups. A trunk that fails does not stop the others; run `plan` and
/// `apply` again to finish (the carrier is the state, so a killed `apply` is finished the same
/// way).
pub async fn apply(plan: &Plan, accounts: &Accounts, options: &ApplyOptions) -> ApplyReport {
    let concurrency = options.concurrency.unwrap_or(4).max(1);
    let mut report = ApplyReport::default();
    let mut work = Vec::new();
    for carrier in &plan.carriers {
        let provider = match provider(accounts, &carrier.account) {
            Ok(p) => p.clone(),
            Err(err) => {
                for trunk in carrier
                    .trunks
                    .iter()
                    .filter(|t| t.action != Action::NoChange)
                {
                    report
                        .outcomes
                        .push(outcome(carrier, trunk, Err(err.clone()), Vec::new()));
                }
                continue;
            }
        };
        let deletes = carrier.trunks.iter().filter(|t| t.action == Action::Delete);
        let others = carrier
            .trunks
            .iter()
            .filter(|t| !matches!(t.action, Action::Delete | Action::NoChange));
        work.push((
            carrier,
            provider,
            deletes.collect::<Vec<_>>(),
            others.collect::<Vec<_>>(),
        ));
    }
    for (carrier, provider, deletes, others) in work {
        for batch in [deletes, others] {
            let outcomes: Vec<TrunkOutcome> = futures::stream::iter(batch)
                .map(|trunk| {
                    let provider = provider.clone();
                    async move {
                        let (result, changes) =
                            converge(provider.as_ref(), trunk, &options.ensure).await;
                        let done = outcome(carrier, trunk, result, changes);
                        if let Some(f) = &options.on_done {
                            f(&done);
                        }
                        done
                    }
                })
                .buffered(concurrency)
                .collect()
                .await;
            report.outcomes.extend(outcomes);
        }
    }
    report
}

fn outcome(
    carrier: &CarrierPlan,
    trunk: &TrunkChange,
    result: Result<()>,
    changes: Vec<Change>,
) -> TrunkOutcome {
    TrunkOutcome {
        account: carrier.account.clone(),
        name: trunk.name.clone(),
        action: trunk.action,
        outcome_unknown: result.as_ref().err().is_some_and(Error::outcome_unknown),
        error: result.err().map(|e| e.to_string()),
        changes,
    }
}

/// One trunk of the plan, made so.
async fn converge(
    provider: &dyn TrunkProvider,
    trunk: &TrunkChange,
    options: &EnsureOptions,
) -> (Result<()>, Vec<Change>) {
    match trunk.action {
        Action::NoChange => (Ok(()), Vec::new()),
        Action::Delete => match delete(provider, &trunk.name).await {
            Ok(changes) => (Ok(()), changes),
            Err(err) => (Err(err), Vec::new()),
        },
        Action::Create | Action::Update | Action::Replace => {
            let Some(spec) = &trunk.spec else {
                return (Ok(()), Vec::new());
            };
            let mut changes = Vec::new();
            if trunk.action == Action::Replace {
                // Found by name again: the id in the plan may be stale after a kill.
                match provider.find_trunk_by_name(&spec.name).await {
                    Ok(Some(found)) => {
                        // Still to be replaced? Another apply may have done it already.
                        match provider.plan_trunk(spec).await {
                            Ok(p) if p.action == PlanAction::Replace => {
                                if let Err(err) = provider.delete_trunk(&found.id).await {
                                    return (Err(err), changes);
                                }
                                changes.push(delete_change(&spec.name));
                            }
                            Ok(_) => {}
                            Err(err) => return (Err(err), changes),
                        }
                    }
                    Ok(None) => {}
                    Err(err) => return (Err(err), changes),
                }
            }
            match provider.ensure_with(spec, options).await {
                Ok(ensured) => {
                    changes.extend(ensured.changes);
                    (Ok(()), changes)
                }
                Err(err) => (Err(err), changes),
            }
        }
    }
}

/// Deletes the trunk named `name` (found by name, so a repeated delete is a no-op) and then the
/// lists trunkline created for it (found by the names derived from the trunk's).
async fn delete(provider: &dyn TrunkProvider, name: &str) -> Result<Vec<Change>> {
    let mut changes = Vec::new();
    let caps = provider.capabilities();
    if let Some(found) = provider.find_trunk_by_name(name).await? {
        match provider.delete_trunk(&found.id).await {
            Ok(()) | Err(Error::NotFound(_)) => changes.push(delete_change(name)),
            Err(err) => return Err(err),
        }
    }
    if caps.trunk.delete_cascades {
        // The vendor deleted what was attached along with the trunk.
        return Ok(changes);
    }
    let names = DerivedNames::new(&caps, &TrunkSpec::new(name, crate::Direction::Both));
    let list = match provider
        .find_credential_list_by_name(&names.credential_list)
        .await
    {
        Ok(list) => list,
        Err(Error::NotSupported { .. }) => None,
        Err(err) => return Err(err),
    };
    if let Some(list) = list {
        match provider.delete_credential_list(&list.id).await {
            Ok(()) | Err(Error::NotFound(_)) => {
                changes.push(change(Resource::CredentialList, &names.credential_list))
            }
            Err(err) => return Err(err),
        }
    }
    let list = match provider
        .find_ip_access_list_by_name(&names.ip_access_list)
        .await
    {
        Ok(list) => list,
        Err(Error::NotSupported { .. }) => None,
        Err(err) => return Err(err),
    };
    if let Some(list) = list {
        match provider.delete_ip_access_list(&list.id).await {
            Ok(()) | Err(Error::NotFound(_)) => {
                changes.push(change(Resource::IpAccessList, &names.ip_access_list))
            }
            Err(err) => return Err(err),
        }
    }
    Ok(changes)
}
