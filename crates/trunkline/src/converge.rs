//! Names as natural keys: finding resources by name, planning, and [`ensure`]: converging a
//! carrier to a [`TrunkSpec`] however often it is called, and whatever faults happen.
//!
//! None of these carriers takes an idempotency key, so a create whose answer is lost (a 502
//! after the carrier committed it, a connection reset, a body cut off) may or may not have
//! happened. [`ensure`] treats the names in the spec as keys instead:
//!
//! - the trunk is found by its name ([`TrunkFilter::with_name`]), its credential list and IP
//!   access list by the names derived from it ([`derived_name`]: `{name}-credentials`,
//!   `{name}-ips`, shortened to fit the vendor's limits), credentials by username, networks by
//!   address, origination URIs by SIP URI (on their own, where the vendor keeps them outside
//!   trunks: by the derived name `{name}-uri` and the SIP URI);
//! - what exists is adopted and changed only where it differs from the spec; what is missing
//!   is created in the order [`provision`](crate::provision) uses;
//! - a step that fails in a way that may have happened anyway (see
//!   [`Error::outcome_unknown`]), or that is transient, ends the round; the next round, after a
//!   backoff, reads everything again by name and carries on from what is really there. It
//!   never resends a create blindly: a create is sent again only after a lookup showed its
//!   resource is not there. Rounds are bounded ([`EnsureOptions::lookup_attempts`]); when they
//!   run out while a create is still in doubt, the error is [`Error::Provisioning`] with the
//!   step in [`ProvisioningError::maybe_created`](crate::ProvisioningError::maybe_created), and
//!   `outcome_unknown()` is true.
//!
//! Waits run on Tokio's clock, so tests with paused time (`start_paused`) take no wall time.
//!
//! **Passwords** are write-only at every vendor: none returns them, so they are never compared.
//! A credential's password is set when the credential is created, and set again only when
//! [`EnsureOptions::rotate_passwords`] asks; plans show a rotation as a change of `password`
//! without any value, and nothing here ever serializes or prints one.
//!
//! [`ensure`]: crate::TrunkProviderExt::ensure

use std::fmt;
use std::future::Future;
use std::time::Duration;

use futures::TryStreamExt;
use serde::Serialize;

use crate::capabilities::{Attachment, Capabilities};
use crate::error::{ProvisioningError, Step};
use crate::model::*;
use crate::provider::{Operation, TrunkProvider};
use crate::provision::TrunkSpec;
use crate::{Error, Result};

/// How [`ensure_with`](crate::TrunkProviderExt::ensure_with) behaves.
///
/// ```
/// use std::time::Duration;
/// use trunkline::EnsureOptions;
///
/// let options = EnsureOptions::new()
///     .with_rotate_passwords(true)
///     .with_lookup_attempts(8)
///     .with_lookup_backoff(Duration::from_millis(200));
/// assert!(options.rotate_passwords);
/// assert_eq!(options.backoff(0), Duration::from_millis(200));
/// assert_eq!(options.backoff(2), Duration::from_millis(800));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EnsureOptions {
    /// Set the password of every credential the spec names that already exists (vendors never
    /// return passwords, so `ensure` cannot tell whether they differ). Off by default: passwords
    /// are set when a credential is created, and only then.
    pub rotate_passwords: bool,
    /// Rounds of read-by-name-and-converge before giving up (at least 1; default 6). A round
    /// ends early at a transient failure or at a step whose outcome is unknown; the next one
    /// looks everything up again.
    pub lookup_attempts: u32,
    /// Wait before the second round; doubled for each further round (default 500 ms).
    pub lookup_backoff: Duration,
    /// Longest wait between rounds (default 8 s).
    pub max_lookup_backoff: Duration,
}

impl Default for EnsureOptions {
    fn default() -> Self {
        Self {
            rotate_passwords: false,
            lookup_attempts: 6,
            lookup_backoff: Duration::from_millis(500),
            max_lookup_backoff: Duration::from_secs(8),
        }
    }
}

impl EnsureOptions {
    /// The defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets [`EnsureOptions::rotate_passwords`].
    pub fn with_rotate_passwords(mut self, rotate: bool) -> Self {
        self.rotate_passwords = rotate;
        self
    }

    /// Sets [`EnsureOptions::lookup_attempts`] (0 counts as 1).
    pub fn with_lookup_attempts(mut self, attempts: u32) -> Self {
        self.lookup_attempts = attempts.max(1);
        self
    }

    /// Sets [`EnsureOptions::lookup_backoff`].
    pub fn with_lookup_backoff(mut self, backoff: Duration) -> Self {
        self.lookup_backoff = backoff;
        self
    }

    /// Sets [`EnsureOptions::max_lookup_backoff`].
    pub fn with_max_lookup_backoff(mut self, max: Duration) -> Self {
        self.max_lookup_backoff = max;
        self
    }

    /// The wait after failed round `round` (0-based): the backoff doubled `round` times, at
    /// most [`EnsureOptions::max_lookup_backoff`].
    pub fn backoff(&self, round: u32) -> Duration {
        let factor = 1u32.checked_shl(round.min(31)).unwrap_or(u32::MAX);
        self.lookup_backoff
            .checked_mul(factor)
            .unwrap_or(self.max_lookup_backoff)
            .min(self.max_lookup_backoff)
    }
}

/// What a plan does to the trunk as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlanAction {
    /// No trunk has the name: everything is created.
    Create,
    /// The trunk exists and some things differ; [`TrunkPlan::changes`] says which.
    Update,
    /// The trunk exists but differs where the vendor cannot change it in place (its direction,
    /// an attachment field these vendors cannot clear, or, on Telnyx, whose credential list or
    /// IP access list is the trunk's connection itself, another username or another kind of
    /// list): it would have to be deleted and created again. `ensure` refuses such a plan
    /// before any write (deleting a trunk drops its calls).
    Replace,
    /// Everything is as the spec says.
    NoChange,
}

/// What kind of resource a [`Change`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Resource {
    /// The trunk itself.
    Trunk,
    /// A credential list.
    CredentialList,
    /// A credential (by username).
    Credential,
    /// An IP access list.
    IpAccessList,
    /// A network in an IP access list.
    Network,
    /// An origination URI.
    OriginationUri,
    /// A phone number attachment.
    PhoneNumber,
}

impl fmt::Display for Resource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Trunk => "trunk",
            Self::CredentialList => "credential list",
            Self::Credential => "credential",
            Self::IpAccessList => "IP access list",
            Self::Network => "network",
            Self::OriginationUri => "origination URI",
            Self::PhoneNumber => "phone number",
        })
    }
}

/// What a [`Change`] does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ChangeOp {
    /// Creates the resource.
    Create,
    /// Adopts a resource that exists with the spec's name but is not attached: attaches it.
    Adopt,
    /// Changes one field from [`Change::before`] to [`Change::after`].
    Update,
    /// Adds a member (a credential, a network, a phone number) or attaches a resource.
    Add,
    /// Removes a member or detaches a resource.
    Remove,
    /// Deletes the resource.
    Delete,
    /// The vendor cannot change this in place: a new one takes the old one's place (for an
    /// attachment), or the trunk would have to be created again ([`PlanAction::Replace`]).
    Replace,
}

impl fmt::Display for ChangeOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Create => "create",
            Self::Adopt => "adopt",
            Self::Update => "update",
            Self::Add => "add",
            Self::Remove => "remove",
            Self::Delete => "delete",
            Self::Replace => "replace",
        })
    }
}

/// One change of a plan, or one change `ensure` made. Never holds a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Change {
    /// What it is about.
    pub resource: Resource,
    /// What it does.
    pub op: ChangeOp,
    /// Which one: the list's name, the username, the network, the SIP URI, the number; the
    /// trunk's name for the trunk.
    pub key: String,
    /// The field that changes (`secure`, `priority`, `username`, `password`…), where one does.
    pub field: Option<String>,
    /// The value before (`None`: none, or not shown, as for a password).
    pub before: Option<String>,
    /// The value after (`None`: none, or not shown, as for a password).
    pub after: Option<String>,
    /// Why, where it needs saying (what the vendor cannot do in place).
    pub note: Option<String>,
}

impl Change {
    fn new(resource: Resource, op: ChangeOp, key: impl Into<String>) -> Self {
        Self {
            resource,
            op,
            key: key.into(),
            field: None,
            before: None,
            after: None,
            note: None,
        }
    }

    fn field(
        mut self,
        field: &str,
        before: Option<impl fmt::Display>,
        after: Option<impl fmt::Display>,
    ) -> Self {
        self.field = Some(field.to_owned());
        self.before = before.map(|v| v.to_string());
        self.after = after.map(|v| v.to_string());
        self
    }

    fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {:?}", self.op, self.resource, self.key)?;
        if let Some(field) = &self.field {
            write!(
                f,
                " {field}: {} → {}",
                self.before.as_deref().unwrap_or("–"),
                self.after.as_deref().unwrap_or("–")
            )?;
        }
        if let Some(note) = &self.note {
            write!(f, " ({note})")?;
        }
        Ok(())
    }
}

/// What [`plan_trunk`](crate::TrunkProviderExt::plan_trunk) found: what `ensure` would do,
/// without doing it. Serializes deterministically (changes in the order they would be made:
/// trunk fields, credentials, networks, origination URIs in order, phone numbers), never with a
/// password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TrunkPlan {
    /// The vendor.
    pub vendor: Vendor,
    /// The trunk's name (the key).
    pub name: String,
    /// The trunk's id, if it exists.
    pub trunk: Option<TrunkId>,
    /// What happens to the trunk.
    pub action: PlanAction,
    /// Every change, in order.
    pub changes: Vec<Change>,
}

impl TrunkPlan {
    /// Whether nothing would change.
    pub fn is_no_change(&self) -> bool {
        self.action == PlanAction::NoChange
    }
}

/// How an [`Ensured`] trunk came to be as the spec says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EnsureOutcome {
    /// No trunk had the name: it was created (possibly adopting lists named after it).
    Created,
    /// The trunk existed and was changed where it differed ([`Ensured::changes`]).
    Changed,
    /// The trunk existed and nothing differed: nothing was written.
    AlreadyRight,
}

/// A create whose answer was lost, settled by looking its resource up by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Resolved {
    /// The create, e.g. `create trunk "pbx-in"`.
    pub step: String,
    /// Why its outcome was unknown (the error, without secrets).
    pub error: String,
    /// Whether the lookup found it (it had been created; `ensure` adopted it) or not (it had
    /// not; `ensure` created it again).
    pub found: bool,
}

/// What [`ensure`](crate::TrunkProviderExt::ensure) did, and the trunk as it now is.
///
/// Passwords are never compared (vendors never return them): they were set where credentials
/// were created, and set again only with [`EnsureOptions::rotate_passwords`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Ensured {
    /// Created, changed, or already right.
    pub outcome: EnsureOutcome,
    /// The trunk as the vendor reports it after every change, with its attachments.
    pub trunk: Trunk,
    /// Every change made, in order (empty when already right).
    pub changes: Vec<Change>,
    /// Creates whose outcome was unknown and that a lookup settled.
    pub resolved: Vec<Resolved>,
    /// Rounds it took (1 when nothing failed).
    pub rounds: u32,
}

/// `"{trunk}{suffix}"`, or where that is longer than `max` characters, the trunk name cut short
/// and a short hash of the whole name before the suffix, so that it fits and stays distinct and
/// the same for the same name: the names trunkline gives the lists it creates for a trunk
/// (`-credentials`, `-ips`, `-uri`).
///
/// ```
/// use trunkline::derived_name;
///
/// assert_eq!(derived_name("pbx", "-credentials", Some(64)), "pbx-credentials");
/// let long = "x".repeat(60);
/// let name = derived_name(&long, "-credentials", Some(64));
/// assert_eq!(name.chars().count(), 64);
/// assert!(name.ends_with("-credentials"));
/// assert_eq!(name, derived_name(&long, "-credentials", Some(64)));
/// assert_ne!(name, derived_name(&"x".repeat(61), "-credentials", Some(64)));
/// ```
pub fn derived_name(trunk: &str, suffix: &str, max: Option<usize>) -> String {
    let whole = format!("{trunk}{suffix}");
    let Some(max) = max else { return whole };
    if whole.chars().count() <= max {
        return whole;
    }
    // FNV-1a: stable across Rust versions and platforms, unlike `DefaultHasher`.
    let hash = trunk.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let tag = format!("~{:08x}", hash as u32);
    let keep = max.saturating_sub(suffix.chars().count() + tag.len());
    let head: String = trunk.chars().take(keep).collect();
    let mut name = format!("{head}{tag}{suffix}");
    // A suffix longer than the limit itself: cut from the end (never happens with trunkline's).
    if name.chars().count() > max {
        name = name.chars().take(max).collect();
    }
    name
}

/// The names of what trunkline creates for a spec on a vendor (see [`derived_name`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DerivedNames {
    /// The credential list: `{name}-credentials`.
    pub credential_list: String,
    /// The IP access list: `{name}-ips`.
    pub ip_access_list: String,
    /// Origination URIs the spec gives no name: `{name}-uri`.
    pub origination_uri: String,
}

impl DerivedNames {
    /// The names for `spec` within `capabilities`' limits.
    pub fn new(capabilities: &Capabilities, spec: &TrunkSpec) -> Self {
        Self {
            credential_list: derived_name(
                &spec.name,
                "-credentials",
                capabilities.credential_list.name.max_chars,
            ),
            ip_access_list: derived_name(
                &spec.name,
                "-ips",
                capabilities.ip_access_list.name.max_chars,
            ),
            origination_uri: derived_name(
                &spec.name,
                "-uri",
                capabilities.origination_uri.name.max_chars,
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Lookups by name

fn exactly_one<T>(
    vendor: Vendor,
    what: &'static str,
    name: &str,
    mut found: Vec<T>,
    id: impl Fn(&T) -> String,
) -> Result<Option<T>> {
    match found.len() {
        0 => Ok(None),
        1 => Ok(found.pop()),
        _ => Err(Error::Ambiguous {
            vendor,
            what,
            name: name.to_owned(),
            ids: found.iter().map(id).collect(),
        }),
    }
}

/// Every item `list` yields that `keep` accepts. A list paged by offset can skip an item when
/// another is deleted between two of its pages, so an empty result is confirmed by a second
/// full listing before it counts: nothing is created on the word of one listing.
pub(crate) async fn matching<T: Send + 'static>(
    list: impl Fn() -> crate::provider::BoxStream<'static, Result<T>>,
    keep: impl Fn(&T) -> bool,
) -> Result<Vec<T>> {
    let mut found = Vec::new();
    for _ in 0..2 {
        found = list()
            .try_filter(|item| futures::future::ready(keep(item)))
            .try_collect()
            .await?;
        if !found.is_empty() {
            break;
        }
    }
    Ok(found)
}

/// The trunk named `name`, with its attachments; an [`Error::Ambiguous`] with every id if
/// more than one has it.
pub(crate) async fn find_trunk_by_name<P: TrunkProvider + ?Sized>(
    provider: &P,
    name: &str,
) -> Result<Option<Trunk>> {
    let found = matching(
        || provider.list_trunks(TrunkFilter::new().with_name(name)),
        |_| true,
    )
    .await?;
    let Some(trunk) = exactly_one(provider.vendor(), "trunk", name, found, |t| {
        t.id.to_string()
    })?
    else {
        return Ok(None);
    };
    provider.get_trunk(&trunk.id).await.map(Some)
}

/// Every credential list named `name`.
pub(crate) async fn credential_lists_named<P: TrunkProvider + ?Sized>(
    provider: &P,
    name: &str,
) -> Result<Vec<CredentialList>> {
    let caps = provider.capabilities();
    if !caps.credential_list.named {
        return Err(Error::not_supported(
            caps.vendor,
            Operation::ListCredentialLists.as_str(),
            format!(
                "{} credentials have no name; find them by username",
                caps.vendor
            ),
        ));
    }
    matching(
        || provider.list_credential_lists(),
        |l: &CredentialList| l.name.as_deref() == Some(name),
    )
    .await
}

/// The one item named `name` of a names-only listing, read in full by `read`: the lookup where
/// the vendor lists its lists apart from their members, so that it costs the pages (twice when
/// nothing matches, see [`matching`]) plus one list's read instead of one more request per
/// list of the account. A match deleted between the listing and its read is looked up once
/// more.
async fn named_then_read<T, F>(
    vendor: Vendor,
    what: &'static str,
    name: &str,
    names: impl Fn() -> crate::provider::BoxStream<'static, Result<T>>,
    name_of: impl Fn(&T) -> Option<&str>,
    id_of: impl Fn(&T) -> String,
    read: impl Fn(T) -> F,
) -> Result<Option<T>>
where
    T: Send + 'static,
    F: Future<Output = Result<T>>,
{
    let mut again = true;
    loop {
        let found = matching(&names, |item| name_of(item) == Some(name)).await?;
        let Some(found) = exactly_one(vendor, what, name, found, &id_of)? else {
            return Ok(None);
        };
        match read(found).await {
            Err(Error::NotFound(_)) if again => again = false,
            read => return read.map(Some),
        }
    }
}

/// The credential list named `name`; [`Error::Ambiguous`] if more than one has it.
pub(crate) async fn find_credential_list_by_name<P: TrunkProvider + ?Sized>(
    provider: &P,
    name: &str,
) -> Result<Option<CredentialList>> {
    if provider.capabilities().credential_list.named
        && provider.list_credential_list_names().is_some()
    {
        let names = || {
            provider
                .list_credential_list_names()
                .unwrap_or_else(|| provider.list_credential_lists())
        };
        return named_then_read(
            provider.vendor(),
            "credential list",
            name,
            names,
            |l: &CredentialList| l.name.as_deref(),
            |l| l.id.to_string(),
            |l| async move { provider.get_credential_list(&l.id).await },
        )
        .await;
    }
    let found = credential_lists_named(provider, name).await?;
    exactly_one(provider.vendor(), "credential list", name, found, |l| {
        l.id.to_string()
    })
}

/// The IP access list named `name`; [`Error::Ambiguous`] if more than one has it.
pub(crate) async fn find_ip_access_list_by_name<P: TrunkProvider + ?Sized>(
    provider: &P,
    name: &str,
) -> Result<Option<IpAccessList>> {
    if provider.list_ip_access_list_names().is_some() {
        let names = || {
            provider
                .list_ip_access_list_names()
                .unwrap_or_else(|| provider.list_ip_access_lists())
        };
        return named_then_read(
            provider.vendor(),
            "IP access list",
            name,
            names,
            |l: &IpAccessList| l.name.as_deref(),
            |l| l.id.to_string(),
            |l| async move { provider.get_ip_access_list(&l.id).await },
        )
        .await;
    }
    let found = matching(
        || provider.list_ip_access_lists(),
        |l: &IpAccessList| l.name.as_deref() == Some(name),
    )
    .await?;
    exactly_one(provider.vendor(), "IP access list", name, found, |l| {
        l.id.to_string()
    })
}

/// The origination URI named `name` (of `trunk`, or of the account); [`Error::Ambiguous`] if
/// more than one has it.
pub(crate) async fn find_origination_uri_by_name<P: TrunkProvider + ?Sized>(
    provider: &P,
    trunk: Option<&TrunkId>,
    name: &str,
) -> Result<Option<OriginationUri>> {
    let found = matching(
        || provider.list_origination_uris(trunk),
        |u: &OriginationUri| u.name.as_deref() == Some(name),
    )
    .await?;
    exactly_one(provider.vendor(), "origination URI", name, found, |u| {
        u.id.to_string()
    })
}

// ---------------------------------------------------------------------------------------------
// The converger: one round of read-by-name, compare, and (unless planning) change.

/// Why a round ended early: the step and its error.
struct Stop {
    step: String,
    error: Error,
}

type Step2<T> = std::result::Result<T, Stop>;

fn stop(step: impl Into<String>) -> impl FnOnce(Error) -> Stop {
    let step = step.into();
    move |error| Stop { step, error }
}

/// Whether a failure is worth another round: transient, in doubt, or a body cut off.
fn worth_another_round(error: &Error) -> bool {
    match error {
        Error::Provisioning(p) => worth_another_round(&p.cause) || error.outcome_unknown(),
        Error::Decode { .. } => true,
        other => other.is_transient() || other.outcome_unknown(),
    }
}

/// The name a URI is created with: its own, or where the vendor names URIs the derived one.
pub(crate) fn derived_uri_name(
    caps: &Capabilities,
    names: &DerivedNames,
    uri: &NewOriginationUri,
) -> Option<String> {
    uri.name.clone().or_else(|| {
        caps.origination_uri
            .named
            .then(|| names.origination_uri.clone())
    })
}

/// The spec as it will be applied: priorities made explicit where the vendor has them (10 ×
/// position), names derived.
pub(crate) fn normalized_uris(caps: &Capabilities, spec: &TrunkSpec) -> Vec<NewOriginationUri> {
    spec.origination_uris
        .iter()
        .enumerate()
        .map(|(position, uri)| {
            let mut uri = uri.clone();
            if caps.origination_uri.priority.is_settable() && uri.priority.is_none() {
                let position = u16::try_from(position + 1).unwrap_or(u16::MAX);
                uri.priority = Some(position.saturating_mul(10));
            }
            uri
        })
        .collect()
}

/// The two kinds of list a trunk authenticates with: what converging them differs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ListKind {
    Credential,
    Ip,
}

impl ListKind {
    fn resource(self) -> Resource {
        match self {
            Self::Credential => Resource::CredentialList,
            Self::Ip => Resource::IpAccessList,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Credential => "credential list",
            Self::Ip => "IP access list",
        }
    }

    fn attach(self) -> Operation {
        match self {
            Self::Credential => Operation::AttachCredentialList,
            Self::Ip => Operation::AttachIpAccessList,
        }
    }

    fn detach(self) -> Operation {
        match self {
            Self::Credential => Operation::DetachCredentialList,
            Self::Ip => Operation::DetachIpAccessList,
        }
    }
}

struct Converger<'a, P: TrunkProvider + ?Sized> {
    provider: &'a P,
    caps: Capabilities,
    spec: &'a TrunkSpec,
    names: DerivedNames,
    uris: Vec<NewOriginationUri>,
    options: &'a EnsureOptions,
    /// Planning: record changes, send no write.
    dry: bool,
    changes: Vec<Change>,
    /// Changes the vendor cannot make in place (the trunk would have to be replaced).
    blocking: Vec<Change>,
    created_trunk: bool,
    /// A create of the trunk was sent (in any round): if the trunk is found later, this call
    /// made it.
    trunk_create_sent: bool,
    /// Creates whose outcome is unknown, by lookup key, with the step and the error.
    in_doubt: Vec<(String, String, String)>,
    resolved: Vec<Resolved>,
    /// Everything created (known to exist), for an error's `kept`.
    created: Vec<Step>,
}

impl<'a, P: TrunkProvider + ?Sized> Converger<'a, P> {
    fn new(
        provider: &'a P,
        spec: &'a TrunkSpec,
        options: &'a EnsureOptions,
        dry: bool,
    ) -> Result<Self> {
        let caps = provider.capabilities();
        crate::provision::validate(&caps, spec)?;
        Ok(Self {
            provider,
            names: DerivedNames::new(&caps, spec),
            uris: normalized_uris(&caps, spec),
            caps,
            spec,
            options,
            dry,
            changes: Vec::new(),
            blocking: Vec::new(),
            created_trunk: false,
            trunk_create_sent: false,
            in_doubt: Vec::new(),
            resolved: Vec::new(),
            created: Vec::new(),
        })
    }

    fn vendor(&self) -> Vendor {
        self.caps.vendor
    }

    /// The name a URI is created with: its own, or where the vendor names URIs the derived
    /// `{trunk}-uri` (Telnyx targets have no name: none).
    fn uri_name(&self, uri: &NewOriginationUri) -> Option<String> {
        derived_uri_name(&self.caps, &self.names, uri)
    }

    /// A lookup for `key` finished: a create of it that was in doubt is settled.
    fn looked_up(&mut self, key: &str, found: bool) {
        if let Some(i) = self.in_doubt.iter().position(|(k, _, _)| k == key) {
            let (_, step, error) = self.in_doubt.remove(i);
            tracing::info!(vendor = %self.vendor(), step = %step, found, "create in doubt settled by lookup");
            self.resolved.push(Resolved { step, error, found });
        }
    }

    /// Runs one write (unless planning), recording `change` when it succeeded. A create that
    /// fails with an unknown outcome is remembered under `doubt_key` until a lookup settles it.
    async fn write<T>(
        &mut self,
        change: Change,
        step: String,
        doubt_key: Option<&str>,
        work: impl Future<Output = Result<T>>,
    ) -> Step2<Option<T>> {
        if self.dry {
            self.changes.push(change);
            return Ok(None);
        }
        match work.await {
            Ok(value) => {
                tracing::info!(vendor = %self.vendor(), change = %change, "ensure");
                if change.op == ChangeOp::Create {
                    self.created.push(Step {
                        description: step,
                        created: None,
                    });
                }
                self.changes.push(change);
                Ok(Some(value))
            }
            Err(error) => {
                if let Some(key) = doubt_key
                    && error.outcome_unknown()
                    && !self.in_doubt.iter().any(|(k, _, _)| k == key)
                {
                    self.in_doubt
                        .push((key.to_owned(), step.clone(), error.to_string()));
                }
                Err(Stop { step, error })
            }
        }
    }

    /// Detaches a list the document no longer wants on the trunk (`key` names it in the plan),
    /// or, where the vendor cannot detach that kind of list, records that the trunk must be
    /// replaced, with the vendor's reason. `detach` is only run when the vendor supports it.
    async fn detach(
        &mut self,
        kind: ListKind,
        key: String,
        step: String,
        detach: impl Future<Output = Result<()>>,
    ) -> Step2<()> {
        if self.caps.supports(kind.detach()) {
            let change = Change::new(kind.resource(), ChangeOp::Remove, key);
            return self.write(change, step, None, detach).await.map(drop);
        }
        let reason = self.caps.unsupported_reason(kind.detach());
        let change = Change::new(kind.resource(), ChangeOp::Replace, key);
        self.replace_needed(change.note(reason.unwrap_or("the vendor cannot detach it")));
        Ok(())
    }

    fn replace_needed(&mut self, change: Change) {
        self.blocking.push(change.clone());
        self.changes.push(change);
    }

    /// One round.
    async fn round(&mut self) -> Step2<Option<Trunk>> {
        let name = self.spec.name.clone();
        let trunk_key = format!("trunk {name}");
        let existing = find_trunk_by_name(self.provider, &name)
            .await
            .map_err(stop(format!("look up trunk \"{name}\"")))?;
        self.looked_up(&trunk_key, existing.is_some());
        match existing {
            Some(trunk) => self.converge_existing(trunk).await,
            None => self.create_all().await,
        }
    }

    // --- the create path: no trunk has the name

    async fn create_all(&mut self) -> Step2<Option<Trunk>> {
        let caps = self.caps.clone();
        let credential_list = self.standalone_credential_list().await?;
        let ip_access_list = self.standalone_ip_access_list().await?;
        let mut uri_ids = Vec::new();
        if !caps.origination_uri.created_under_trunk {
            for position in 0..self.uris.len() {
                if let Some(uri) = self.standalone_uri(position, &[]).await? {
                    uri_ids.push(uri.id);
                }
            }
        }
        let spec = self.spec;
        let mut new = NewTrunk::new(spec.direction).with_name(spec.name.clone());
        new.secure = spec.secure;
        new.max_concurrent_calls = spec.max_concurrent_calls;
        new.sip_domain = spec.sip_domain.clone();
        new.credential_lists = credential_list.into_iter().collect();
        new.ip_access_lists = ip_access_list.into_iter().collect();
        new.origination_uris = uri_ids;
        let step = format!("create trunk \"{}\"", spec.name);
        let key = format!("trunk {}", spec.name);
        let change = Change::new(Resource::Trunk, ChangeOp::Create, spec.name.clone());
        let provider = self.provider;
        self.trunk_create_sent |= !self.dry;
        let Some(trunk) = self
            .write(change, step, Some(&key), provider.create_trunk(&new))
            .await?
        else {
            // Planning: what is created under the trunk.
            for uri in self.uris.clone() {
                if caps.origination_uri.created_under_trunk {
                    self.changes.push(uri_create_change(&uri));
                }
            }
            for number in &spec.phone_numbers {
                self.changes.push(Change::new(
                    Resource::PhoneNumber,
                    ChangeOp::Add,
                    number.clone(),
                ));
            }
            return Ok(None);
        };
        self.created_trunk = true;
        if caps.origination_uri.created_under_trunk {
            for position in 0..self.uris.len() {
                self.owned_uri_create(&trunk.id, position).await?;
            }
        }
        for number in &spec.phone_numbers {
            self.attach_number(&trunk.id, number).await?;
        }
        self.read_back(&trunk.id).await
    }

    async fn read_back(&mut self, id: &TrunkId) -> Step2<Option<Trunk>> {
        if self.dry {
            return Ok(None);
        }
        self.provider
            .get_trunk(id)
            .await
            .map(Some)
            .map_err(stop(format!("read back trunk {id}")))
    }

    /// The credential list for a trunk about to be created: found by name (or, where lists have
    /// no name, by username) and converged, or created.
    async fn standalone_credential_list(&mut self) -> Step2<Option<CredentialListId>> {
        if self.spec.credentials.is_empty() {
            return Ok(None);
        }
        let name = self.names.credential_list.clone();
        let key = format!("credential list {name}");
        let found = self.find_own_credential_list(&name).await?;
        self.looked_up(&key, found.is_some());
        if let Some(list) = found {
            self.changes.push(Change::new(
                Resource::CredentialList,
                ChangeOp::Adopt,
                name.clone(),
            ));
            self.converge_credentials_in(&list).await?;
            return Ok(Some(list.id));
        }
        self.create_credential_list(&name, &key).await
    }

    async fn create_credential_list(
        &mut self,
        name: &str,
        key: &str,
    ) -> Step2<Option<CredentialListId>> {
        let mut new = NewCredentialList::new(name);
        new.credentials = self.spec.credentials.clone();
        let step = format!("create credential list \"{name}\"");
        let mut change = Change::new(Resource::CredentialList, ChangeOp::Create, name);
        let usernames: Vec<&str> = new
            .credentials
            .iter()
            .map(|c| c.username.as_str())
            .collect();
        change = change.field("usernames", None::<String>, Some(usernames.join(", ")));
        let provider = self.provider;
        let created = self
            .write(
                change,
                step,
                Some(key),
                provider.create_credential_list(&new),
            )
            .await?;
        Ok(created.map(|l| l.id))
    }

    /// Lists named `name` holding the spec's credentials: by name where lists are named (and
    /// by username too where a list is one credential), by username where they have no name.
    async fn find_own_credential_list(&mut self, name: &str) -> Step2<Option<CredentialList>> {
        let (vendor, rules) = (self.vendor(), self.caps.credential_list);
        let step = format!("look up credential list \"{name}\"");
        if rules.named && !rules.single_credential() {
            return find_credential_list_by_name(self.provider, name)
                .await
                .map_err(stop(step));
        }
        let username = self.spec.credentials[0].username.clone();
        let provider = self.provider;
        let found = matching(
            || provider.list_credential_lists(),
            |l: &CredentialList| {
                let named = !rules.named || l.name.as_deref() == Some(name);
                named && l.credentials.iter().any(|c| c.username == username)
            },
        )
        .await
        .map_err(stop(step.clone()))?;
        exactly_one(vendor, "credential list", name, found, |l| l.id.to_string())
            .map_err(stop(step))
    }

    /// Converges the members of a list to the spec's credentials (single-credential lists
    /// match by construction).
    async fn converge_credentials_in(&mut self, list: &CredentialList) -> Step2<()> {
        let wanted = self.spec.credentials.clone();
        self.converge_credentials_to(list, &wanted, &[]).await
    }

    /// Converges the members of `list` to `wanted`, leaving alone the usernames of `elsewhere`
    /// (held by another list of the trunk).
    async fn converge_credentials_to(
        &mut self,
        list: &CredentialList,
        wanted_all: &[NewCredential],
        elsewhere: &[String],
    ) -> Step2<()> {
        let provider = self.provider;
        for wanted in wanted_all {
            if elsewhere.contains(&wanted.username) {
                continue;
            }
            let found = list
                .credentials
                .iter()
                .find(|c| c.username == wanted.username);
            self.looked_up(&format!("credential {}", wanted.username), found.is_some());
            match found {
                Some(existing) => {
                    if self.options.rotate_passwords {
                        let change = Change::new(
                            Resource::Credential,
                            ChangeOp::Update,
                            wanted.username.clone(),
                        )
                        .field("password", None::<String>, None::<String>)
                        .note("rotated");
                        let step = format!("set the password of {}", wanted.username);
                        self.write(
                            change,
                            step,
                            None,
                            provider.set_credential_password(
                                &list.id,
                                &existing.id,
                                &wanted.password,
                            ),
                        )
                        .await?;
                    }
                }
                None => {
                    let key = format!("credential {}", wanted.username);
                    let change =
                        Change::new(Resource::Credential, ChangeOp::Add, wanted.username.clone());
                    let step = format!("add credential {} to list {}", wanted.username, list.id);
                    self.write(
                        change,
                        step,
                        Some(&key),
                        provider.add_credential(&list.id, wanted),
                    )
                    .await?;
                }
            }
        }
        for existing in &list.credentials {
            if wanted_all.iter().all(|c| c.username != existing.username) {
                let change = Change::new(
                    Resource::Credential,
                    ChangeOp::Remove,
                    existing.username.clone(),
                );
                let step = format!(
                    "remove credential {} from list {}",
                    existing.username, list.id
                );
                self.write(
                    change,
                    step,
                    None,
                    provider.remove_credential(&list.id, &existing.id),
                )
                .await?;
            }
        }
        Ok(())
    }

    /// The IP access list for a trunk about to be created: found by name (and network where a
    /// list is one entry) and converged, or created.
    async fn standalone_ip_access_list(&mut self) -> Step2<Option<IpAccessListId>> {
        if self.spec.networks.is_empty() {
            return Ok(None);
        }
        let name = self.names.ip_access_list.clone();
        let key = format!("IP access list {name}");
        let found = self.find_own_ip_access_list(&name).await?;
        self.looked_up(&key, found.is_some());
        if let Some(list) = found {
            self.changes.push(Change::new(
                Resource::IpAccessList,
                ChangeOp::Adopt,
                name.clone(),
            ));
            self.converge_networks_in(&list).await?;
            return Ok(Some(list.id));
        }
        self.create_ip_access_list(&name, &key).await
    }

    async fn create_ip_access_list(
        &mut self,
        name: &str,
        key: &str,
    ) -> Step2<Option<IpAccessListId>> {
        let mut new = NewIpAccessList::new(name);
        new.networks = self.spec.networks.clone();
        let step = format!("create IP access list \"{name}\"");
        let networks: Vec<String> = new.networks.iter().map(ToString::to_string).collect();
        let change = Change::new(Resource::IpAccessList, ChangeOp::Create, name).field(
            "networks",
            None::<String>,
            Some(networks.join(", ")),
        );
        let provider = self.provider;
        let created = self
            .write(
                change,
                step,
                Some(key),
                provider.create_ip_access_list(&new),
            )
            .await?;
        Ok(created.map(|l| l.id))
    }

    async fn find_own_ip_access_list(&mut self, name: &str) -> Step2<Option<IpAccessList>> {
        let vendor = self.vendor();
        let single = self.caps.ip_access_list.max_entries == Some(1);
        let network = self.spec.networks[0];
        let step = format!("look up IP access list \"{name}\"");
        if !single {
            return find_ip_access_list_by_name(self.provider, name)
                .await
                .map_err(stop(step));
        }
        let provider = self.provider;
        let found = matching(
            || provider.list_ip_access_lists(),
            |l: &IpAccessList| {
                l.name.as_deref() == Some(name)
                    && (!single || l.entries.iter().any(|e| e.network == network))
            },
        )
        .await
        .map_err(stop(step.clone()))?;
        exactly_one(vendor, "IP access list", name, found, |l| l.id.to_string()).map_err(stop(step))
    }

    async fn converge_networks_in(&mut self, list: &IpAccessList) -> Step2<()> {
        let provider = self.provider;
        let spec = self.spec;
        for network in &spec.networks {
            let present = list.entries.iter().any(|e| e.network == *network);
            self.looked_up(&format!("network {network}"), present);
            if !present {
                let change = Change::new(Resource::Network, ChangeOp::Add, network.to_string());
                let step = format!("add {network} to IP access list {}", list.id);
                let key = format!("network {network}");
                self.write(
                    change,
                    step,
                    Some(&key),
                    provider.add_ip_entry(&list.id, *network),
                )
                .await?;
            }
        }
        for entry in &list.entries {
            if !spec.networks.contains(&entry.network) {
                let change = Change::new(
                    Resource::Network,
                    ChangeOp::Remove,
                    entry.network.to_string(),
                );
                let step = format!("remove {} from IP access list {}", entry.network, list.id);
                self.write(
                    change,
                    step,
                    None,
                    provider.remove_ip_entry(&list.id, entry.network),
                )
                .await?;
            }
        }
        Ok(())
    }

    /// An origination URI that exists on its own (Plivo, Vobiz) for spec position `position`:
    /// found by name and SIP URI among the account's (skipping `taken`), or created.
    async fn standalone_uri(
        &mut self,
        position: usize,
        taken: &[OriginationUriId],
    ) -> Step2<Option<OriginationUri>> {
        let mut uri = self.uris[position].clone();
        let name = self.uri_name(&uri);
        uri.name = name.clone();
        uri.trunk = None;
        let shown = name.clone().unwrap_or_default();
        let key = format!("origination URI {shown} {}", uri.sip_uri);
        let step = format!("look up origination URI {} named \"{shown}\"", uri.sip_uri);
        let provider = self.provider;
        let found = matching(
            || provider.list_origination_uris(None),
            |u: &OriginationUri| {
                (name.is_none() || u.name == name)
                    && u.sip_uri == uri.sip_uri
                    && !taken.contains(&u.id)
            },
        )
        .await
        .map_err(stop(step))?;
        self.looked_up(&key, !found.is_empty());
        // Two with the same name and URI are interchangeable; the first is used and the other
        // is left as it is (never deleted on a guess).
        if let Some(existing) = found.into_iter().next() {
            self.changes.push(Change::new(
                Resource::OriginationUri,
                ChangeOp::Adopt,
                uri.sip_uri.clone(),
            ));
            return self.converge_uri_fields(existing, position).await.map(Some);
        }
        let step = format!("create origination URI {}", uri.sip_uri);
        let provider = self.provider;
        self.write(
            uri_create_change(&uri),
            step,
            Some(&key),
            provider.create_origination_uri(&uri),
        )
        .await
    }

    /// Creates the URI of spec position `position` under `trunk` (Twilio).
    async fn owned_uri_create(
        &mut self,
        trunk: &TrunkId,
        position: usize,
    ) -> Step2<Option<OriginationUri>> {
        let mut uri = self.uris[position].clone();
        uri.trunk = Some(trunk.clone());
        uri.name = self.uri_name(&uri);
        let key = format!("origination URI {}", uri.sip_uri);
        let step = format!("create origination URI {} on trunk {trunk}", uri.sip_uri);
        let provider = self.provider;
        self.write(
            uri_create_change(&uri),
            step,
            Some(&key),
            provider.create_origination_uri(&uri),
        )
        .await
    }

    /// Updates the fields of an existing URI that the spec sets and that differ.
    async fn converge_uri_fields(
        &mut self,
        existing: OriginationUri,
        position: usize,
    ) -> Step2<OriginationUri> {
        let wanted = self.uris[position].clone();
        let rules = self.caps.origination_uri;
        let mut update = OriginationUriUpdate::new();
        let mut changes = Vec::new();
        let key = existing.sip_uri.clone();
        if let Some(name) = &wanted.name
            && existing.name.as_deref() != Some(name.as_str())
        {
            update.name = Some(name.clone());
            changes.push(
                Change::new(Resource::OriginationUri, ChangeOp::Update, key.clone()).field(
                    "name",
                    existing.name.clone(),
                    Some(name),
                ),
            );
        }
        if rules.priority.is_settable()
            && let Some(priority) = wanted.priority
            && existing.priority != Some(priority)
        {
            update.priority = Some(priority);
            changes.push(
                Change::new(Resource::OriginationUri, ChangeOp::Update, key.clone()).field(
                    "priority",
                    existing.priority,
                    Some(priority),
                ),
            );
        }
        if rules.weight.is_settable()
            && let Some(weight) = wanted.weight
            && existing.weight != Some(weight)
        {
            update.weight = Some(weight);
            changes.push(
                Change::new(Resource::OriginationUri, ChangeOp::Update, key.clone()).field(
                    "weight",
                    existing.weight,
                    Some(weight),
                ),
            );
        }
        if rules.enabled.is_settable()
            && let Some(enabled) = wanted.enabled
            && existing.enabled != Some(enabled)
        {
            update.enabled = Some(enabled);
            changes.push(
                Change::new(Resource::OriginationUri, ChangeOp::Update, key.clone()).field(
                    "enabled",
                    existing.enabled,
                    Some(enabled),
                ),
            );
        }
        if changes.is_empty() {
            return Ok(existing);
        }
        let last = changes.pop().expect("not empty");
        self.changes.extend(changes);
        let step = format!("update origination URI {}", existing.id);
        let provider = self.provider;
        let updated = self
            .write(
                last,
                step,
                None,
                provider.update_origination_uri(&existing.id, &update),
            )
            .await?;
        Ok(updated.unwrap_or(existing))
    }

    async fn attach_number(&mut self, trunk: &TrunkId, number: &str) -> Step2<()> {
        let change = Change::new(Resource::PhoneNumber, ChangeOp::Add, number);
        let step = format!("attach phone number {number} to trunk {trunk}");
        let provider = self.provider;
        self.write(
            change,
            step,
            None,
            provider.attach_phone_number(trunk, number),
        )
        .await
        .map(drop)
    }

    // --- the trunk exists: adopt it and change what differs

    /// What differs where the vendor cannot change it in place: found from the trunk alone,
    /// before anything is written.
    fn blocking(&self, trunk: &Trunk) -> Vec<String> {
        let (caps, spec) = (&self.caps, self.spec);
        let attachments = trunk.attachments.clone().unwrap_or_default();
        let mut blocking = Vec::new();
        if caps
            .trunk
            .directions_differ(trunk.direction, spec.direction)
        {
            blocking.push(format!(
                "its direction is {}, the spec says {} ({} cannot change a trunk's direction)",
                trunk.direction, spec.direction, caps.vendor
            ));
        }
        for (wanted, held, operation, what) in [
            (
                spec.credentials.len(),
                attachments.credential_lists.len(),
                Operation::DetachCredentialList,
                "credential list",
            ),
            (
                spec.networks.len(),
                attachments.ip_access_lists.len(),
                Operation::DetachIpAccessList,
                "IP access list",
            ),
        ] {
            if wanted == 0 && held > 0 && !caps.supports(operation) {
                blocking.push(format!(
                    "it has a {what} the spec does not ({})",
                    caps.unsupported_reason(operation)
                        .unwrap_or("it cannot be detached")
                ));
            }
        }
        if !spec.networks.is_empty()
            && attachments.ip_access_lists.is_empty()
            && let Some(reason) = caps.unsupported_reason(Operation::AttachIpAccessList)
        {
            blocking.push(format!(
                "it has no IP access list, the spec has networks ({reason})"
            ));
        }
        if caps.trunk.origination_uris.how == Attachment::TrunkField
            && attachments.origination_uris.len() > self.uris.len()
        {
            blocking.push(format!(
                "it routes to {} origination URIs, the spec to {} ({})",
                attachments.origination_uris.len(),
                self.uris.len(),
                caps.unsupported_reason(Operation::DetachOriginationUri)
                    .unwrap_or("an origination URI cannot be detached")
            ));
        }
        blocking
    }

    /// Where the vendor cannot attach another credential list to a trunk (its credential list
    /// is the trunk itself: Telnyx), a spec username the trunk does not hold cannot be met in
    /// place. Reads the trunk's list; nothing to read elsewhere.
    async fn credentials_blocking(&self, trunk: &Trunk) -> Step2<Option<String>> {
        let caps = &self.caps;
        let Some(reason) = caps.unsupported_reason(Operation::AttachCredentialList) else {
            return Ok(None);
        };
        let Some(wanted) = self.spec.credentials.first() else {
            return Ok(None);
        };
        let held = trunk
            .attachments
            .as_ref()
            .map(|a| a.credential_lists.clone());
        let mut holds = false;
        for id in held.unwrap_or_default() {
            let list = self
                .provider
                .get_credential_list(&id)
                .await
                .map_err(stop(format!("read credential list {id}")))?;
            holds |= list
                .credentials
                .iter()
                .any(|c| c.username == wanted.username);
        }
        let username = &wanted.username;
        Ok((!holds).then(|| format!("it does not hold the spec's username {username} ({reason})")))
    }

    /// A change the vendor cannot make in place: planned as a replacement; in `ensure`, an
    /// error (the checks before any write find these first, so none is reached there).
    async fn cannot_in_place(&mut self, change: Change, reason: &str) -> Step2<()> {
        if self.dry {
            self.replace_needed(change.note(reason));
            return Ok(());
        }
        let what = format!("{change}: {reason}");
        Err(Stop {
            step: format!("ensure trunk \"{}\"", self.spec.name),
            error: Error::not_supported(self.caps.vendor, "ensure", what),
        })
    }

    async fn converge_existing(&mut self, trunk: Trunk) -> Step2<Option<Trunk>> {
        let caps = self.caps.clone();
        let spec = self.spec;
        let id = trunk.id.clone();
        let mut blocking = self.blocking(&trunk);
        if !self.dry {
            blocking.extend(self.credentials_blocking(&trunk).await?);
        }
        if !self.dry && !blocking.is_empty() {
            // Refused before any write: replacing a trunk drops its calls.
            let error = Error::not_supported(
                caps.vendor,
                "ensure",
                format!(
                    "trunk \"{}\" ({id}) differs where {} cannot change it in place: {}; delete \
                     it and ensure it again",
                    spec.name,
                    caps.vendor,
                    blocking.join("; ")
                ),
            );
            return Err(Stop {
                step: format!("plan trunk \"{}\"", spec.name),
                error,
            });
        }
        if caps
            .trunk
            .directions_differ(trunk.direction, spec.direction)
        {
            self.replace_needed(
                Change::new(Resource::Trunk, ChangeOp::Replace, spec.name.clone())
                    .field("direction", Some(trunk.direction), Some(spec.direction))
                    .note(format!("{} cannot change a trunk's direction", caps.vendor)),
            );
        }
        self.converge_trunk_fields(&trunk).await?;
        let attachments = trunk.attachments.clone().unwrap_or_default();
        self.converge_credentials(&id, &attachments).await?;
        self.converge_networks(&id, &attachments).await?;
        self.converge_uris(&id).await?;
        self.converge_numbers(&id).await?;
        if self.dry {
            return Ok(Some(trunk));
        }
        if self.changes.is_empty() {
            return Ok(Some(trunk));
        }
        self.read_back(&id).await
    }

    async fn converge_trunk_fields(&mut self, trunk: &Trunk) -> Step2<()> {
        let (caps, spec) = (self.caps.clone(), self.spec);
        let mut update = TrunkUpdate::new();
        let mut changes = Vec::new();
        let change = |field: &str, before: Option<String>, after: String| {
            Change::new(Resource::Trunk, ChangeOp::Update, spec.name.clone()).field(
                field,
                before,
                Some(after),
            )
        };
        if caps.trunk.secure.is_settable()
            && let Some(secure) = spec.secure
            && trunk.secure != Some(secure)
        {
            update.secure = Some(secure);
            changes.push(change(
                "secure",
                trunk.secure.map(|v| v.to_string()),
                secure.to_string(),
            ));
        }
        if caps.trunk.max_concurrent_calls.is_settable()
            && let Some(limit) = spec.max_concurrent_calls
            && trunk.max_concurrent_calls != Some(limit)
        {
            update.max_concurrent_calls = Some(limit);
            changes.push(change(
                "max_concurrent_calls",
                trunk.max_concurrent_calls.map(|v| v.to_string()),
                limit.to_string(),
            ));
        }
        if caps.trunk.sip_domain.is_settable()
            && let Some(domain) = &spec.sip_domain
            && trunk.sip_domain.as_deref() != Some(domain.as_str())
        {
            update.sip_domain = Some(domain.clone());
            changes.push(change(
                "sip_domain",
                trunk.sip_domain.clone(),
                domain.clone(),
            ));
        }
        if changes.is_empty() {
            return Ok(());
        }
        let last = changes.pop().expect("not empty");
        self.changes.extend(changes);
        let step = format!("update trunk {}", trunk.id);
        let provider = self.provider;
        self.write(last, step, None, provider.update_trunk(&trunk.id, &update))
            .await
            .map(drop)
    }

    async fn converge_credentials(
        &mut self,
        trunk: &TrunkId,
        attachments: &TrunkAttachments,
    ) -> Step2<()> {
        let caps = self.caps.clone();
        let provider = self.provider;
        let mut attached = Vec::new();
        for id in &attachments.credential_lists {
            let list = provider
                .get_credential_list(id)
                .await
                .map_err(stop(format!("read credential list {id}")))?;
            attached.push(list);
        }
        let name = self.names.credential_list.clone();
        if self.spec.credentials.is_empty() {
            for list in attached {
                let key = list.name.clone().unwrap_or_else(|| list.id.to_string());
                let detach = provider.detach_credential_list(trunk, &list.id);
                let step = format!("detach credential list {} from trunk {trunk}", list.id);
                self.detach(ListKind::Credential, key, step, detach).await?;
            }
            return Ok(());
        }
        if caps.credential_list.single_credential() {
            let wanted = self.spec.credentials[0].username.clone();
            if let Some(list) = attached
                .iter()
                .find(|l| l.credentials.iter().any(|c| c.username == wanted))
            {
                let list = list.clone();
                return self.converge_credentials_in(&list).await;
            }
            // A different username is attached (or none): a new list takes its place.
            let old = attached.first();
            let before = old
                .and_then(|l| l.credentials.first())
                .map(|c| c.username.clone());
            let change = Change::new(Resource::CredentialList, ChangeOp::Replace, name.clone())
                .field("username", before, Some(wanted));
            let old = old.map(|l| (l.id.to_string(), l.name.clone()));
            return self
                .replace_single_list(trunk, ListKind::Credential, old, change)
                .await;
        }
        // Lists of many credentials (Twilio): converge the lists attached, or attach one.
        if attached.is_empty() {
            return self.attach_own_list(trunk, ListKind::Credential).await;
        }
        // Additions go to the list named after the trunk if attached, else the first one.
        let target = attached
            .iter()
            .position(|l| l.name.as_deref() == Some(name.as_str()))
            .unwrap_or(0);
        let wanted = self.spec.credentials.clone();
        let mut elsewhere = Vec::new();
        for (i, other) in attached.iter().enumerate() {
            if i == target {
                continue;
            }
            // The other lists: what they hold counts as present; extras are removed there.
            let held: Vec<NewCredential> = wanted
                .iter()
                .filter(|w| other.credentials.iter().any(|c| c.username == w.username))
                .cloned()
                .collect();
            self.converge_credentials_to(other, &held, &[]).await?;
            elsewhere.extend(held.into_iter().map(|c| c.username));
        }
        let target = attached[target].clone();
        self.converge_credentials_to(&target, &wanted, &elsewhere)
            .await
    }

    /// The list of `kind` named after the trunk: adopted if it exists (its contents converged
    /// too when `converge_adopted`), else created. Its id, `None` in a dry run that would
    /// create it.
    async fn own_list(&mut self, kind: ListKind, converge_adopted: bool) -> Step2<Option<String>> {
        let name = match kind {
            ListKind::Credential => self.names.credential_list.clone(),
            ListKind::Ip => self.names.ip_access_list.clone(),
        };
        let key = format!("{} {name}", kind.label());
        let (credentials, ips) = match kind {
            ListKind::Credential => (self.find_own_credential_list(&name).await?, None),
            ListKind::Ip => (None, self.find_own_ip_access_list(&name).await?),
        };
        let found = credentials.is_some() || ips.is_some();
        self.looked_up(&key, found);
        if found {
            let adopt = Change::new(kind.resource(), ChangeOp::Adopt, name.clone());
            self.changes.push(adopt);
        }
        match (credentials, ips) {
            (Some(list), _) => {
                if converge_adopted {
                    self.converge_credentials_in(&list).await?;
                }
                Ok(Some(list.id.to_string()))
            }
            (_, Some(list)) => {
                if converge_adopted {
                    self.converge_networks_in(&list).await?;
                }
                Ok(Some(list.id.to_string()))
            }
            (None, None) => Ok(match kind {
                ListKind::Credential => {
                    let id = self.create_credential_list(&name, &key).await?;
                    id.map(|id| id.to_string())
                }
                ListKind::Ip => {
                    let id = self.create_ip_access_list(&name, &key).await?;
                    id.map(|id| id.to_string())
                }
            }),
        }
    }

    /// Where a trunk holds one list of `kind` (Plivo, Vobiz): puts the list named after the
    /// trunk (adopted or created) in the trunk's field in place of `old` (its id and name),
    /// recording `change`, then deletes `old`.
    async fn replace_single_list(
        &mut self,
        trunk: &TrunkId,
        kind: ListKind,
        old: Option<(String, Option<String>)>,
        change: Change,
    ) -> Step2<()> {
        if let Some(reason) = self.caps.unsupported_reason(kind.attach()) {
            // The list is the trunk itself (Telnyx): another list means another trunk.
            return self.cannot_in_place(change, reason).await;
        }
        let new_id = self.own_list(kind, false).await?;
        self.put_in_slot(trunk, change, |a| match kind {
            ListKind::Credential => {
                a.credential_lists = new_id.iter().map(CredentialListId::new).collect();
            }
            ListKind::Ip => a.ip_access_lists = new_id.iter().map(IpAccessListId::new).collect(),
        })
        .await?;
        let Some((old_id, old_name)) = old else {
            return Ok(());
        };
        let (provider, label) = (self.provider, kind.label());
        let step = format!("delete replaced {label} {old_id}");
        let change = Change::new(
            kind.resource(),
            ChangeOp::Delete,
            old_name.unwrap_or(old_id.clone()),
        );
        let (credentials, ips) = (CredentialListId::new(&old_id), IpAccessListId::new(&old_id));
        let delete = match kind {
            ListKind::Credential => provider.delete_credential_list(&credentials),
            ListKind::Ip => provider.delete_ip_access_list(&ips),
        };
        self.write(change, step, None, not_found_is_gone(delete))
            .await
            .map(drop)
    }

    /// Where a trunk holds lists of many entries (Twilio) and none of `kind` is attached:
    /// attaches the list named after the trunk, adopted (its contents converged) or created.
    async fn attach_own_list(&mut self, trunk: &TrunkId, kind: ListKind) -> Step2<()> {
        let name = match kind {
            ListKind::Credential => self.names.credential_list.clone(),
            ListKind::Ip => self.names.ip_access_list.clone(),
        };
        let change = Change::new(kind.resource(), ChangeOp::Add, name);
        if let Some(reason) = self.caps.unsupported_reason(kind.attach()) {
            let change = Change {
                op: ChangeOp::Replace,
                ..change
            };
            return self.cannot_in_place(change, reason).await;
        }
        let id = self.own_list(kind, true).await?;
        let Some(id) = id else {
            self.changes.push(change);
            return Ok(());
        };
        let (provider, label) = (self.provider, kind.label());
        let step = format!("attach {label} {id} to trunk {trunk}");
        let (credentials, ips) = (CredentialListId::new(&id), IpAccessListId::new(&id));
        let attach = match kind {
            ListKind::Credential => provider.attach_credential_list(trunk, &credentials),
            ListKind::Ip => provider.attach_ip_access_list(trunk, &ips),
        };
        self.write(change, step, None, attach).await.map(drop)
    }

    /// Writes the trunk's fields with `edit` applied to its current attachments (Plivo, Vobiz),
    /// recording `change`.
    async fn put_in_slot(
        &mut self,
        trunk: &TrunkId,
        change: Change,
        edit: impl FnOnce(&mut TrunkAttachments),
    ) -> Step2<()> {
        let provider = self.provider;
        if self.dry {
            self.changes.push(change);
            return Ok(());
        }
        let current = provider
            .get_trunk(trunk)
            .await
            .map_err(stop(format!("read trunk {trunk}")))?;
        let held = current.attachments.unwrap_or_default();
        let mut wanted = held.clone();
        edit(&mut wanted);
        if wanted == held {
            // Already so (URIs created under the trunk fill its slots in order).
            return Ok(());
        }
        let step = format!("write the attachment fields of trunk {trunk}");
        self.write(change, step, None, provider.set_trunk_slots(trunk, &wanted))
            .await
            .map(drop)
    }

    async fn converge_networks(
        &mut self,
        trunk: &TrunkId,
        attachments: &TrunkAttachments,
    ) -> Step2<()> {
        let caps = self.caps.clone();
        let provider = self.provider;
        let mut attached = Vec::new();
        for id in &attachments.ip_access_lists {
            let list = provider
                .get_ip_access_list(id)
                .await
                .map_err(stop(format!("read IP access list {id}")))?;
            attached.push(list);
        }
        let name = self.names.ip_access_list.clone();
        if self.spec.networks.is_empty() {
            for list in attached {
                let key = list.name.clone().unwrap_or_else(|| list.id.to_string());
                let detach = provider.detach_ip_access_list(trunk, &list.id);
                let step = format!("detach IP access list {} from trunk {trunk}", list.id);
                self.detach(ListKind::Ip, key, step, detach).await?;
            }
            return Ok(());
        }
        let single_entry = caps.ip_access_list.max_entries == Some(1);
        if single_entry {
            let wanted = self.spec.networks[0];
            if attached
                .iter()
                .any(|l| l.entries.iter().any(|e| e.network == wanted))
            {
                return Ok(());
            }
            let old = attached.first();
            let before = old
                .and_then(|l| l.entries.first())
                .map(|e| e.network.to_string());
            let change = Change::new(Resource::IpAccessList, ChangeOp::Replace, name.clone())
                .field("network", before, Some(wanted));
            let old = old.map(|l| (l.id.to_string(), l.name.clone()));
            return self
                .replace_single_list(trunk, ListKind::Ip, old, change)
                .await;
        }
        if attached.is_empty() {
            return self.attach_own_list(trunk, ListKind::Ip).await;
        }
        // Networks of every attached list count; additions go to the list named after the
        // trunk, else the first; extras are removed where they are.
        let target = attached
            .iter()
            .position(|l| l.name.as_deref() == Some(name.as_str()))
            .unwrap_or(0);
        let present: Vec<IpNet> = attached
            .iter()
            .flat_map(|l| l.entries.iter().map(|e| e.network))
            .collect();
        for network in self.spec.networks.clone() {
            self.looked_up(&format!("network {network}"), present.contains(&network));
            if !present.contains(&network) {
                let list = &attached[target];
                let change = Change::new(Resource::Network, ChangeOp::Add, network.to_string());
                let step = format!("add {network} to IP access list {}", list.id);
                let key = format!("network {network}");
                self.write(
                    change,
                    step,
                    Some(&key),
                    provider.add_ip_entry(&list.id, network),
                )
                .await?;
            }
        }
        for list in &attached {
            for entry in &list.entries {
                if !self.spec.networks.contains(&entry.network) {
                    let change = Change::new(
                        Resource::Network,
                        ChangeOp::Remove,
                        entry.network.to_string(),
                    );
                    let step = format!("remove {} from IP access list {}", entry.network, list.id);
                    self.write(
                        change,
                        step,
                        None,
                        provider.remove_ip_entry(&list.id, entry.network),
                    )
                    .await?;
                }
            }
        }
        Ok(())
    }

    async fn converge_uris(&mut self, trunk: &TrunkId) -> Step2<()> {
        let caps = self.caps.clone();
        let provider = self.provider;
        let mut current: Vec<OriginationUri> = provider
            .list_origination_uris(Some(trunk))
            .try_collect()
            .await
            .map_err(stop(format!("list the origination URIs of trunk {trunk}")))?;
        if caps.trunk.origination_uris.how == Attachment::Owned {
            // Owned URIs (Twilio): match by SIP URI, update what differs, create what is
            // missing, delete what the spec does not have.
            current.sort_by_key(|u| (u.priority, std::cmp::Reverse(u.weight)));
            let mut used = vec![false; current.len()];
            for position in 0..self.uris.len() {
                let sip_uri = self.uris[position].sip_uri.clone();
                let matched = current
                    .iter()
                    .enumerate()
                    .find(|(i, u)| !used[*i] && u.sip_uri == sip_uri)
                    .map(|(i, _)| i);
                let key = format!("origination URI {sip_uri}");
                self.looked_up(&key, matched.is_some());
                match matched {
                    Some(i) => {
                        used[i] = true;
                        self.converge_uri_fields(current[i].clone(), position)
                            .await?;
                    }
                    None => {
                        self.owned_uri_create(trunk, position).await?;
                    }
                }
            }
            for (i, uri) in current.iter().enumerate() {
                if !used[i] {
                    let change = Change::new(
                        Resource::OriginationUri,
                        ChangeOp::Delete,
                        uri.sip_uri.clone(),
                    );
                    let step = format!("delete origination URI {}", uri.id);
                    self.write(
                        change,
                        step,
                        None,
                        not_found_is_gone(provider.delete_origination_uri(&uri.id)),
                    )
                    .await?;
                }
            }
            return Ok(());
        }
        // Trunk fields (Plivo, Vobiz): the slots must name the spec's URIs in order.
        let wanted_uris = self.uris.clone();
        let in_place = current.len() == wanted_uris.len()
            && current
                .iter()
                .zip(&wanted_uris)
                .all(|(have, want)| have.sip_uri == want.sip_uri);
        if in_place {
            for (position, uri) in current.into_iter().enumerate() {
                self.converge_uri_fields(uri, position).await?;
            }
            return Ok(());
        }
        if current.len() > wanted_uris.len() {
            let held: Vec<String> = current.iter().map(|u| u.sip_uri.clone()).collect();
            let wanted: Vec<String> = wanted_uris.iter().map(|u| u.sip_uri.clone()).collect();
            self.replace_needed(
                Change::new(
                    Resource::OriginationUri,
                    ChangeOp::Replace,
                    self.spec.name.clone(),
                )
                .field("order", Some(held.join(", ")), Some(wanted.join(", ")))
                .note(
                    caps.unsupported_reason(Operation::DetachOriginationUri)
                        .unwrap_or("the vendor cannot detach an origination URI"),
                ),
            );
            return Ok(());
        }
        // Reuse what is attached where the SIP URI matches (a URI whose SIP URI cannot change
        // is replaced by a new one), find or create the rest, then write the slots in order.
        let mut used = vec![false; current.len()];
        let mut ids: Vec<Option<OriginationUriId>> = Vec::new();
        let mut taken: Vec<OriginationUriId> = current.iter().map(|u| u.id.clone()).collect();
        for (position, wanted) in wanted_uris.iter().enumerate() {
            let sip_uri = wanted.sip_uri.clone();
            let matched = current
                .iter()
                .enumerate()
                .find(|(i, u)| !used[*i] && u.sip_uri == sip_uri)
                .map(|(i, _)| i);
            if let Some(i) = matched {
                used[i] = true;
                let uri = self
                    .converge_uri_fields(current[i].clone(), position)
                    .await?;
                ids.push(Some(uri.id));
                continue;
            }
            // URIs created under their trunk (Telnyx targets) are made there; the others are
            // found or made on the account and written into the slots below.
            let uri = if caps.origination_uri.created_under_trunk {
                self.owned_uri_create(trunk, position).await?
            } else {
                self.standalone_uri(position, &taken).await?
            };
            if let Some(uri) = &uri {
                taken.push(uri.id.clone());
            }
            ids.push(uri.map(|u| u.id));
        }
        let before: Vec<String> = current.iter().map(|u| u.sip_uri.clone()).collect();
        let after: Vec<String> = wanted_uris.iter().map(|u| u.sip_uri.clone()).collect();
        let change = Change::new(
            Resource::OriginationUri,
            ChangeOp::Update,
            self.spec.name.clone(),
        )
        .field("order", Some(before.join(", ")), Some(after.join(", ")));
        let ids: Vec<OriginationUriId> = ids.into_iter().flatten().collect();
        self.put_in_slot(trunk, change, |a| a.origination_uris = ids)
            .await?;
        for (i, uri) in current.iter().enumerate() {
            if !used[i] {
                let change = Change::new(
                    Resource::OriginationUri,
                    ChangeOp::Delete,
                    uri.sip_uri.clone(),
                );
                let step = format!("delete replaced origination URI {}", uri.id);
                self.write(
                    change,
                    step,
                    None,
                    not_found_is_gone(provider.delete_origination_uri(&uri.id)),
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn converge_numbers(&mut self, trunk: &TrunkId) -> Step2<()> {
        let caps = self.caps.clone();
        let provider = self.provider;
        if !caps.supports(Operation::AttachPhoneNumber) {
            return Ok(());
        }
        if !caps.supports(Operation::ListPhoneNumbers) {
            // The vendor cannot list a trunk's numbers: attach every number of the spec
            // (attaching an attached number changes nothing there).
            for number in self.spec.phone_numbers.clone() {
                self.attach_number(trunk, &number).await?;
            }
            return Ok(());
        }
        let current: Vec<PhoneNumber> = provider
            .list_phone_numbers(trunk)
            .try_collect()
            .await
            .map_err(stop(format!("list the phone numbers of trunk {trunk}")))?;
        let held = |number: &str| {
            current
                .iter()
                .any(|n| n.id == number || n.e164.as_deref() == Some(number))
        };
        for number in self.spec.phone_numbers.clone() {
            if !held(number.trim()) {
                self.attach_number(trunk, &number).await?;
            }
        }
        for number in &current {
            let wanted = self
                .spec
                .phone_numbers
                .iter()
                .any(|n| n.trim() == number.id || Some(n.trim()) == number.e164.as_deref());
            if !wanted {
                let change =
                    Change::new(Resource::PhoneNumber, ChangeOp::Remove, number.id.clone());
                let step = format!("detach phone number {} from trunk {trunk}", number.id);
                self.write(
                    change,
                    step,
                    None,
                    provider.detach_phone_number(trunk, &number.id),
                )
                .await?;
            }
        }
        Ok(())
    }
}

fn uri_create_change(uri: &NewOriginationUri) -> Change {
    let mut change = Change::new(
        Resource::OriginationUri,
        ChangeOp::Create,
        uri.sip_uri.clone(),
    );
    if let Some(priority) = uri.priority {
        change = change.field("priority", None::<String>, Some(priority));
    }
    change
}

async fn not_found_is_gone(delete: impl Future<Output = Result<()>>) -> Result<()> {
    match delete.await {
        Err(Error::NotFound(_)) => Ok(()),
        other => other,
    }
}

/// What `ensure` would do; see [`crate::TrunkProviderExt::plan_trunk`].
pub(crate) async fn plan_trunk<P: TrunkProvider + ?Sized>(
    provider: &P,
    spec: &TrunkSpec,
    options: &EnsureOptions,
) -> Result<TrunkPlan> {
    let mut run = Converger::new(provider, spec, options, true)?;
    let trunk = run.round().await.map_err(|stop| stop.error)?;
    let action = match (&trunk, !run.blocking.is_empty(), run.changes.is_empty()) {
        (None, _, _) => PlanAction::Create,
        (Some(_), true, _) => PlanAction::Replace,
        (Some(_), false, true) => PlanAction::NoChange,
        (Some(_), false, false) => PlanAction::Update,
    };
    Ok(TrunkPlan {
        vendor: provider.vendor(),
        name: spec.name.clone(),
        trunk: trunk.map(|t| t.id),
        action,
        changes: run.changes,
    })
}

/// Converges to `spec`; see [`crate::TrunkProviderExt::ensure`].
pub(crate) async fn ensure<P: TrunkProvider + ?Sized>(
    provider: &P,
    spec: &TrunkSpec,
    options: &EnsureOptions,
) -> Result<Ensured> {
    let vendor = provider.vendor();
    let mut run = Converger::new(provider, spec, options, false)?;
    let attempts = options.lookup_attempts.max(1);
    let mut last: Option<Stop> = None;
    for round in 0..attempts {
        if round > 0 {
            tokio::time::sleep(options.backoff(round - 1)).await;
        }
        match run.round().await {
            Ok(Some(trunk)) => {
                let outcome = if run.created_trunk || run.trunk_create_sent {
                    EnsureOutcome::Created
                } else if run.changes.is_empty() {
                    EnsureOutcome::AlreadyRight
                } else {
                    EnsureOutcome::Changed
                };
                // A create in doubt that no lookup settled (its resource was dropped from the
                // plan since): settled now by the complete round.
                for (_, step, error) in std::mem::take(&mut run.in_doubt) {
                    run.resolved.push(Resolved {
                        step,
                        error,
                        found: true,
                    });
                }
                return Ok(Ensured {
                    outcome,
                    trunk,
                    changes: run.changes,
                    resolved: run.resolved,
                    rounds: round + 1,
                });
            }
            Ok(None) => unreachable!("a write round returns the trunk"),
            Err(stopped) if worth_another_round(&stopped.error) => {
                tracing::warn!(vendor = %vendor, step = %stopped.step, error = %stopped.error, round, "ensure: round failed; looking up again");
                last = Some(stopped);
            }
            Err(stopped) => return Err(run.fail(vendor, stopped)),
        }
    }
    let stopped = last.expect("at least one round failed");
    Err(run.fail(vendor, stopped))
}

impl<P: TrunkProvider + ?Sized> Converger<'_, P> {
    /// The error for a round that stopped for good: the cause alone when nothing was made and
    /// nothing is in doubt, else [`Error::Provisioning`] naming what may exist and what was
    /// kept.
    fn fail(&mut self, vendor: Vendor, stopped: Stop) -> Error {
        if self.in_doubt.is_empty() && self.created.is_empty() {
            return stopped.error;
        }
        let mut error = ProvisioningError::new(vendor, stopped.step, stopped.error);
        error.maybe_created = self
            .in_doubt
            .iter()
            .map(|(_, step, _)| Step {
                description: step.clone(),
                created: None,
            })
            .collect();
        error.kept = std::mem::take(&mut self.created);
        Error::Provisioning(Box::new(error))
    }
}
