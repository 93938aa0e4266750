//! Provisioning in one call: from a vendor-neutral [`TrunkSpec`] to a working trunk.
//!
//! [`provision`] checks the whole spec against the vendor's [`Capabilities`] before sending
//! anything, then creates every resource in the order the vendor needs:
//!
//! 1. the credential list (if the spec has credentials);
//! 2. the IP access list (if it has networks);
//! 3. the origination URIs, where they exist on their own (Plivo, Vobiz);
//! 4. the trunk, with those attached;
//! 5. the origination URIs, where they belong to a trunk (Twilio);
//! 6. the phone-number attachments.
//!
//! If a step fails, everything this call created is deleted again, newest first, and the
//! error ([`Error::Provisioning`]) names the failed step, what was rolled back, and anything
//! that could not be deleted. A create whose answer was lost (see [`Error::outcome_unknown`])
//! is looked up by name first and rolled back if it exists; if the lookups fail too, the step
//! is in [`ProvisioningError::maybe_created`] and `outcome_unknown()` is true. Nothing is left
//! behind silently. To create or converge idempotently, use
//! [`ensure`](crate::TrunkProviderExt::ensure).

use ipnet::IpNet;

use crate::error::{ProvisioningError, Step};
use crate::model::*;
use crate::provider::{Capabilities, TrunkProvider};
use crate::{Error, Result};

/// A working trunk, described once for any vendor.
///
/// ```
/// use trunkline::{NewOriginationUri, TrunkSpec};
///
/// let outbound = TrunkSpec::outbound("pbx-out")
///     .with_credential("pbx1", "Sup3r-secret-pw")
///     .with_network("203.0.113.7".parse().unwrap());
/// let inbound = TrunkSpec::inbound("pbx-in")
///     .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"))
///     .with_origination_uri(NewOriginationUri::new("sip:pbx2.example.com:5060"));
/// assert_eq!(inbound.origination_uris.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TrunkSpec {
    /// Name of the trunk; its credential and IP lists are named after it.
    pub name: String,
    /// Which way calls flow.
    pub direction: Direction,
    /// TLS + SRTP.
    pub secure: Option<bool>,
    /// Concurrent-call limit (Vobiz).
    pub max_concurrent_calls: Option<u32>,
    /// Termination domain (Twilio).
    pub sip_domain: Option<String>,
    /// Digest credentials for calls you send.
    pub credentials: Vec<NewCredential>,
    /// Source networks allowed to send calls.
    pub networks: Vec<IpNet>,
    /// Where inbound calls go, most preferred first.
    pub origination_uris: Vec<NewOriginationUri>,
    /// Phone numbers to attach (Twilio `PN…` SIDs, Vobiz E.164).
    pub phone_numbers: Vec<String>,
}

impl TrunkSpec {
    /// A spec with a name and direction, nothing attached yet.
    pub fn new(name: impl Into<String>, direction: Direction) -> Self {
        Self {
            name: name.into(),
            direction,
            secure: None,
            max_concurrent_calls: None,
            sip_domain: None,
            credentials: Vec::new(),
            networks: Vec::new(),
            origination_uris: Vec::new(),
            phone_numbers: Vec::new(),
        }
    }

    /// An outbound (termination) trunk.
    pub fn outbound(name: impl Into<String>) -> Self {
        Self::new(name, Direction::Outbound)
    }

    /// An inbound (origination) trunk.
    pub fn inbound(name: impl Into<String>) -> Self {
        Self::new(name, Direction::Inbound)
    }

    /// Adds a digest credential.
    pub fn with_credential(
        mut self,
        username: impl Into<String>,
        password: impl Into<trunkline_core::SecretString>,
    ) -> Self {
        self.credentials
            .push(NewCredential::new(username, password));
        self
    }

    /// Allows a source network (parse `"1.2.3.4"` or `"1.2.3.0/24"` into a [`Network`]).
    pub fn with_network(mut self, network: Network) -> Self {
        self.networks.push(network.0);
        self
    }

    /// Adds an origination URI after the ones already added: the order given is the order of
    /// preference. Where the vendor has priorities, [`provision`] gives URIs without an explicit
    /// one `10 × position` (10, 20, 30…); on Plivo the order picks the primary and fallback.
    pub fn with_origination_uri(mut self, uri: NewOriginationUri) -> Self {
        self.origination_uris.push(uri);
        self
    }

    /// Attaches a phone number.
    pub fn with_phone_number(mut self, number: impl Into<String>) -> Self {
        self.phone_numbers.push(number.into());
        self
    }

    /// Turns TLS + SRTP on or off.
    pub fn with_secure(mut self, secure: bool) -> Self {
        self.secure = Some(secure);
        self
    }

    /// Sets the concurrent-call limit (Vobiz).
    pub fn with_max_concurrent_calls(mut self, limit: u32) -> Self {
        self.max_concurrent_calls = Some(limit);
        self
    }

    /// Sets the termination domain (Twilio).
    pub fn with_sip_domain(mut self, domain: impl Into<String>) -> Self {
        self.sip_domain = Some(domain.into());
        self
    }
}

/// Everything [`provision`] created.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Provisioned {
    /// The trunk, as the vendor reports it after every step.
    pub trunk: Trunk,
    /// Its credential list, if the spec had credentials.
    pub credential_list: Option<CredentialList>,
    /// Its IP access list, if the spec had networks.
    pub ip_access_list: Option<IpAccessList>,
    /// Its origination URIs, most preferred first.
    pub origination_uris: Vec<OriginationUri>,
    /// Its phone numbers.
    pub phone_numbers: Vec<PhoneNumber>,
}

/// Checks a spec against a vendor's capabilities without sending anything: the first problem,
/// with the field named.
pub fn validate(capabilities: &Capabilities, spec: &TrunkSpec) -> Result<()> {
    crate::engine::rules::spec(capabilities, spec)
}

/// What to undo for one created resource.
#[derive(Clone, Debug)]
enum Undo {
    CredentialList(CredentialListId),
    IpAccessList(IpAccessListId),
    OriginationUri(OriginationUriId),
    Trunk(TrunkId),
    PhoneNumber(TrunkId, String),
}

struct Journal<'a, P: TrunkProvider + ?Sized> {
    provider: &'a P,
    done: Vec<(Step, Undo)>,
}

impl<P: TrunkProvider + ?Sized> Journal<'_, P> {
    fn record(&mut self, description: String, created: Option<String>, undo: Undo) {
        tracing::info!(vendor = %self.provider.vendor(), step = %description, "provisioned");
        self.done.push((
            Step {
                description,
                created,
            },
            undo,
        ));
    }

    /// Undoes everything, newest first; returns what was undone and what could not be.
    async fn roll_back(self) -> (Vec<Step>, Vec<(Step, Error)>) {
        let mut rolled_back = Vec::new();
        let mut left_behind = Vec::new();
        let with_trunk = self.provider.capabilities().numbers_released_with_trunk();
        // Numbers the vendor releases with their trunk: undone (or not) by the trunk's delete.
        let mut released = Vec::new();
        for (step, undo) in self.done.into_iter().rev() {
            if with_trunk && matches!(undo, Undo::PhoneNumber(..)) {
                released.push(step);
                continue;
            }
            let result = undo_one(self.provider, &undo).await;
            let trunk_deleted = matches!(undo, Undo::Trunk(_));
            match result {
                Ok(()) => {
                    rolled_back.push(step);
                    if trunk_deleted {
                        rolled_back.append(&mut released);
                    }
                }
                Err(err) => {
                    tracing::error!(step = %step, error = %err, "rollback failed: resource left behind");
                    if trunk_deleted {
                        left_behind.extend(released.drain(..).map(|s| (s, err.clone())));
                    }
                    left_behind.push((step, err));
                }
            }
        }
        (rolled_back, left_behind)
    }
}

async fn undo_one<P: TrunkProvider + ?Sized>(provider: &P, undo: &Undo) -> Result<()> {
    let result = match undo {
        Undo::CredentialList(id) => provider.delete_credential_list(id).await,
        Undo::IpAccessList(id) => provider.delete_ip_access_list(id).await,
        Undo::OriginationUri(id) => provider.delete_origination_uri(id).await,
        Undo::Trunk(id) => provider.delete_trunk(id).await,
        Undo::PhoneNumber(trunk, number) => provider.detach_phone_number(trunk, number).await,
    };
    match result {
        // Already gone (e.g. deleted together with its trunk): nothing left behind.
        Err(Error::NotFound(_)) => Ok(()),
        other => other,
    }
}

/// What to look up to learn whether a create whose answer was lost happened after all.
#[derive(Clone, Debug)]
enum Probe {
    /// A credential list by its name (where lists are named) and its first username.
    CredentialList { name: String, username: String },
    /// An IP access list by its name and its first network.
    IpAccessList { name: String, network: IpNet },
    /// An origination URI by its name and SIP URI, of a trunk (Twilio) or of the account.
    OriginationUri {
        trunk: Option<TrunkId>,
        name: String,
        sip_uri: String,
    },
    /// A trunk by its name.
    Trunk { name: String },
}

/// A failed step: what it was, why, and what to look up if it may have created something.
type Failure = (String, Error, Option<Probe>);

/// The resources a probe finds (usually none or one).
async fn probe_once<P: TrunkProvider + ?Sized>(
    provider: &P,
    capabilities: &Capabilities,
    probe: &Probe,
) -> Result<Vec<(String, Undo)>> {
    // `matching` confirms a miss with a second listing (offset paging can skip an item).
    use crate::converge::matching;
    match probe {
        Probe::CredentialList { name, username } => {
            let rules = capabilities.credential_list;
            let lists = matching(
                || provider.list_credential_lists(),
                |l: &CredentialList| {
                    let named = !rules.named || l.name.as_deref() == Some(name.as_str());
                    let holds = !rules.single_credential()
                        || l.credentials.iter().any(|c| &c.username == username);
                    named && holds
                },
            )
            .await?;
            Ok(lists
                .into_iter()
                .map(|l| (l.id.to_string(), Undo::CredentialList(l.id)))
                .collect())
        }
        Probe::IpAccessList { name, network } => {
            let single = capabilities.ip_access_list.max_entries == Some(1);
            let lists = matching(
                || provider.list_ip_access_lists(),
                |l: &IpAccessList| {
                    l.name.as_deref() == Some(name.as_str())
                        && (!single || l.entries.iter().any(|e| e.network == *network))
                },
            )
            .await?;
            Ok(lists
                .into_iter()
                .map(|l| (l.id.to_string(), Undo::IpAccessList(l.id)))
                .collect())
        }
        Probe::OriginationUri {
            trunk,
            name,
            sip_uri,
        } => {
            let uris = matching(
                || provider.list_origination_uris(trunk.as_ref()),
                |u: &OriginationUri| {
                    (name.is_empty() || u.name.as_deref() == Some(name.as_str()))
                        && &u.sip_uri == sip_uri
                },
            )
            .await?;
            Ok(uris
                .into_iter()
                .map(|u| (u.id.to_string(), Undo::OriginationUri(u.id)))
                .collect())
        }
        Probe::Trunk { name } => {
            let trunks = matching(
                || provider.list_trunks(TrunkFilter::new().with_name(name.clone())),
                |_: &Trunk| true,
            )
            .await?;
            Ok(trunks
                .into_iter()
                .map(|t| (t.id.to_string(), Undo::Trunk(t.id)))
                .collect())
        }
    }
}

/// The probe, retried with the default lookup bound and backoff while it fails.
async fn probe<P: TrunkProvider + ?Sized>(
    provider: &P,
    capabilities: &Capabilities,
    probe: &Probe,
) -> Result<Vec<(String, Undo)>> {
    let options = crate::EnsureOptions::default();
    let mut round = 0;
    loop {
        match probe_once(provider, capabilities, probe).await {
            Ok(found) => return Ok(found),
            Err(err) if round + 1 < options.lookup_attempts => {
                tracing::warn!(error = %err, round, "lookup after a lost answer failed; trying again");
                tokio::time::sleep(options.backoff(round)).await;
                round += 1;
            }
            Err(err) => return Err(err),
        }
    }
}

/// Provisions a trunk; see the module docs. Usually called as
/// [`crate::TrunkProviderExt::provision`].
pub async fn provision<P: TrunkProvider + ?Sized>(
    provider: &P,
    spec: &TrunkSpec,
) -> Result<Provisioned> {
    let capabilities = provider.capabilities();
    validate(&capabilities, spec)?;
    let vendor = capabilities.vendor;
    let mut journal = Journal {
        provider,
        done: Vec::new(),
    };
    let (failed_step, cause, doubt) =
        match run_steps(provider, &capabilities, spec, &mut journal).await {
            Ok(provisioned) => return Ok(provisioned),
            Err(failure) => failure,
        };
    // A step that itself failed part-way (a create that attaches) may report leftovers.
    let mut error = ProvisioningError::new(vendor, failed_step.clone(), cause);
    let mut doubt = doubt;
    if let Error::Provisioning(inner) = error.cause.clone() {
        // The create itself was answered; a later part of it failed, and the call said what
        // it undid: nothing to look up.
        let inner = *inner;
        error.rolled_back = inner.rolled_back;
        error.left_behind = inner.left_behind;
        error.maybe_created = inner.maybe_created;
        error.cause = inner.cause;
        doubt = None;
    }
    // A create whose answer was lost: look it up by name, and roll it back if it is there.
    if let Some(doubt) = doubt.filter(|_| error.cause.outcome_unknown()) {
        match probe(provider, &capabilities, &doubt).await {
            Ok(found) => {
                for (id, undo) in found {
                    let step = Step {
                        description: format!("{failed_step} (answer lost; found by name)"),
                        created: Some(id),
                    };
                    journal.done.push((step, undo));
                }
            }
            Err(err) => {
                tracing::error!(step = %failed_step, error = %err, "could not learn whether a create happened");
                error.maybe_created.push(Step {
                    description: failed_step.clone(),
                    created: None,
                });
            }
        }
    }
    let (mut rolled_back, mut left_behind) = journal.roll_back().await;
    error.rolled_back.append(&mut rolled_back);
    error.left_behind.append(&mut left_behind);
    Err(Error::Provisioning(Box::new(error)))
}

async fn run_steps<P: TrunkProvider + ?Sized>(
    provider: &P,
    capabilities: &Capabilities,
    spec: &TrunkSpec,
    journal: &mut Journal<'_, P>,
) -> std::result::Result<Provisioned, Failure> {
    let names = crate::converge::DerivedNames::new(capabilities, spec);
    let mut credential_list = None;
    if !spec.credentials.is_empty() {
        let name = names.credential_list.clone();
        let step = format!("create credential list \"{name}\"");
        let mut new = NewCredentialList::new(name.clone());
        new.credentials = spec.credentials.clone();
        let doubt = Probe::CredentialList {
            name,
            username: spec.credentials[0].username.clone(),
        };
        let list = provider
            .create_credential_list(&new)
            .await
            .map_err(|e| (step.clone(), e, Some(doubt)))?;
        journal.record(
            step,
            Some(list.id.to_string()),
            Undo::CredentialList(list.id.clone()),
        );
        credential_list = Some(list);
    }

    let mut ip_access_list = None;
    if !spec.networks.is_empty() {
        let name = names.ip_access_list.clone();
        let step = format!("create IP access list \"{name}\"");
        let mut new = NewIpAccessList::new(name.clone());
        new.networks = spec.networks.clone();
        let doubt = Probe::IpAccessList {
            name,
            network: spec.networks[0],
        };
        let list = provider
            .create_ip_access_list(&new)
            .await
            .map_err(|e| (step.clone(), e, Some(doubt)))?;
        journal.record(
            step,
            Some(list.id.to_string()),
            Undo::IpAccessList(list.id.clone()),
        );
        ip_access_list = Some(list);
    }

    // The order given is the order of preference: made explicit where priorities exist. URIs
    // without a name get the trunk's, so that a lost answer can be settled by a lookup.
    let uris: Vec<NewOriginationUri> = crate::converge::normalized_uris(capabilities, spec)
        .into_iter()
        .map(|mut uri| {
            uri.name = crate::converge::derived_uri_name(capabilities, &names, &uri);
            uri
        })
        .collect();
    let mut origination_uris = Vec::new();
    if !capabilities.origination_uri.created_under_trunk {
        for uri in &uris {
            let step = format!("create origination URI {}", uri.sip_uri);
            let doubt = Probe::OriginationUri {
                trunk: None,
                name: uri.name.clone().unwrap_or_default(),
                sip_uri: uri.sip_uri.clone(),
            };
            let created = provider
                .create_origination_uri(uri)
                .await
                .map_err(|e| (step.clone(), e, Some(doubt)))?;
            journal.record(
                step,
                Some(created.id.to_string()),
                Undo::OriginationUri(created.id.clone()),
            );
            origination_uris.push(created);
        }
    }

    let mut new_trunk = NewTrunk::new(spec.direction).with_name(spec.name.clone());
    new_trunk.secure = spec.secure;
    new_trunk.max_concurrent_calls = spec.max_concurrent_calls;
    new_trunk.sip_domain = spec.sip_domain.clone();
    new_trunk.credential_lists = credential_list.iter().map(|l| l.id.clone()).collect();
    new_trunk.ip_access_lists = ip_access_list.iter().map(|l| l.id.clone()).collect();
    new_trunk.origination_uris = origination_uris.iter().map(|u| u.id.clone()).collect();
    let step = format!("create trunk \"{}\"", spec.name);
    let doubt = Probe::Trunk {
        name: spec.name.clone(),
    };
    let trunk = provider
        .create_trunk(&new_trunk)
        .await
        .map_err(|e| (step.clone(), e, Some(doubt)))?;
    journal.record(
        step,
        Some(trunk.id.to_string()),
        Undo::Trunk(trunk.id.clone()),
    );

    if capabilities.origination_uri.created_under_trunk {
        for uri in &uris {
            let step = format!(
                "create origination URI {} on trunk {}",
                uri.sip_uri, trunk.id
            );
            let mut scoped = uri.clone();
            scoped.trunk = Some(trunk.id.clone());
            let doubt = Probe::OriginationUri {
                trunk: Some(trunk.id.clone()),
                name: uri.name.clone().unwrap_or_default(),
                sip_uri: uri.sip_uri.clone(),
            };
            let created = provider
                .create_origination_uri(&scoped)
                .await
                .map_err(|e| (step.clone(), e, Some(doubt)))?;
            journal.record(
                step,
                Some(created.id.to_string()),
                Undo::OriginationUri(created.id.clone()),
            );
            origination_uris.push(created);
        }
    }

    let mut phone_numbers = Vec::new();
    for number in &spec.phone_numbers {
        // An attachment whose answer was lost goes with the trunk when it is rolled back.
        let step = format!("attach phone number {number} to trunk {}", trunk.id);
        let attached = provider
            .attach_phone_number(&trunk.id, number)
            .await
            .map_err(|e| (step.clone(), e, None))?;
        journal.record(
            step,
            None,
            Undo::PhoneNumber(trunk.id.clone(), number.clone()),
        );
        phone_numbers.push(attached);
    }

    let step = format!("read back trunk {}", trunk.id);
    let trunk = provider
        .get_trunk(&trunk.id)
        .await
        .map_err(|e| (step, e, None))?;
    Ok(Provisioned {
        trunk,
        credential_list,
        ip_access_list,
        origination_uris,
        phone_numbers,
    })
}

/// Deletes everything [`provision`] created: numbers detached, trunk deleted, then its URIs and
/// lists. Where the vendor cannot detach numbers and deleting the trunk releases them
/// ([`Capabilities::numbers_released_with_trunk`], Telnyx), the trunk's delete releases them. Resources already gone count as deleted. If anything cannot be deleted, the error
/// lists it and everything else is still attempted.
pub async fn deprovision<P: TrunkProvider + ?Sized>(
    provider: &P,
    provisioned: &Provisioned,
) -> Result<()> {
    let trunk = &provisioned.trunk.id;
    let mut undo = Vec::new();
    // Where the vendor cannot detach numbers and deleting the trunk releases them, the
    // trunk's delete is their release.
    let with_trunk = provider.capabilities().numbers_released_with_trunk();
    for number in provisioned.phone_numbers.iter().filter(|_| !with_trunk) {
        undo.push((
            format!("detach phone number {} from trunk {trunk}", number.id),
            Undo::PhoneNumber(trunk.clone(), number.id.clone()),
        ));
    }
    undo.push((format!("delete trunk {trunk}"), Undo::Trunk(trunk.clone())));
    for uri in &provisioned.origination_uris {
        undo.push((
            format!("delete origination URI {}", uri.id),
            Undo::OriginationUri(uri.id.clone()),
        ));
    }
    if let Some(list) = &provisioned.ip_access_list {
        undo.push((
            format!("delete IP access list {}", list.id),
            Undo::IpAccessList(list.id.clone()),
        ));
    }
    if let Some(list) = &provisioned.credential_list {
        undo.push((
            format!("delete credential list {}", list.id),
            Undo::CredentialList(list.id.clone()),
        ));
    }
    let mut rolled_back = Vec::new();
    let mut left_behind = Vec::new();
    for (description, action) in undo {
        let step = Step {
            description,
            created: None,
        };
        match undo_one(provider, &action).await {
            Ok(()) => rolled_back.push(step),
            Err(err) => left_behind.push((step, err)),
        }
    }
    let Some((first_step, first_error)) = left_behind.first().cloned() else {
        return Ok(());
    };
    let mut error = ProvisioningError::new(provider.vendor(), first_step.description, first_error);
    error.rolled_back = rolled_back;
    error.left_behind = left_behind;
    Err(Error::Provisioning(Box::new(error)))
}
