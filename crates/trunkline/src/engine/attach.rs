//! Attaching things to trunks, one way per [`Attachment`] model, written once each:
//!
//! - trunk fields (Plivo, Vobiz): the trunk holds one id per slot; attaching reads the slots,
//!   accepts an id already there, refuses a full slot, and writes the free one;
//! - associations (Twilio): one request per attach or detach, and a trunk's attachments read
//!   as three lists;
//! - owned URIs (Twilio): a trunk's URIs are listed under it, the account's are its trunks'.

use futures::{StreamExt, TryStreamExt};

use super::{Adapter, Items, list, rules};
use crate::capabilities::Attachment;
use crate::model::*;
use crate::provider::BoxFuture;
use crate::{Error, Operation, Result};

/// A kind of thing attached to trunks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Credential lists.
    CredentialList,
    /// IP access lists.
    IpAccessList,
    /// Origination URIs.
    OriginationUri,
}

impl Kind {
    /// The facade operation that attaches this kind.
    pub(crate) fn attach_operation(self) -> Operation {
        match self {
            Self::CredentialList => Operation::AttachCredentialList,
            Self::IpAccessList => Operation::AttachIpAccessList,
            Self::OriginationUri => Operation::AttachOriginationUri,
        }
    }

    /// The facade operation that detaches this kind.
    pub(crate) fn detach_operation(self) -> Operation {
        match self {
            Self::CredentialList => Operation::DetachCredentialList,
            Self::IpAccessList => Operation::DetachIpAccessList,
            Self::OriginationUri => Operation::DetachOriginationUri,
        }
    }

    /// What it is called in messages.
    pub(crate) fn what(self) -> &'static str {
        match self {
            Self::CredentialList => "credential list",
            Self::IpAccessList => "IP access list",
            Self::OriginationUri => "origination URI",
        }
    }
}

/// The attachment fields of a trunk that holds one id per slot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Slots {
    /// The credential (list) slot.
    pub(crate) credential_list: Option<String>,
    /// The IP access list slot.
    pub(crate) ip_access_list: Option<String>,
    /// The origination URI slots, most preferred first (Plivo, Vobiz: primary, fallback).
    pub(crate) origination_uris: Vec<Option<String>>,
}

impl Slots {
    /// The trunk's attachments as the neutral model shows them.
    pub(crate) fn attachments(&self) -> TrunkAttachments {
        let mut attachments = TrunkAttachments::new();
        attachments.credential_lists = self
            .credential_list
            .iter()
            .map(|id| id.as_str().into())
            .collect();
        attachments.ip_access_lists = self
            .ip_access_list
            .iter()
            .map(|id| id.as_str().into())
            .collect();
        attachments.origination_uris = self
            .origination_uris
            .iter()
            .flatten()
            .map(|id| id.as_str().into())
            .collect();
        attachments
    }
}

/// What to write into a trunk's fields: attachment slots, and the switches a create request
/// could not carry (Vobiz creates trunks enabled and disables them with the same write).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct TrunkPatch {
    /// A credential list for the credential slot.
    pub(crate) credential_list: Option<CredentialListId>,
    /// An IP access list for the IP slot.
    pub(crate) ip_access_list: Option<IpAccessListId>,
    /// Origination URIs by slot (0: the primary).
    pub(crate) origination_uris: Vec<(usize, OriginationUriId)>,
    /// The on/off switch.
    pub(crate) enabled: Option<bool>,
}

impl TrunkPatch {
    /// Every attachment of a trunk to create, slot by slot.
    pub(crate) fn attachments_of(new: &NewTrunk) -> Self {
        Self {
            credential_list: new.credential_lists.first().cloned(),
            ip_access_list: new.ip_access_lists.first().cloned(),
            origination_uris: new.origination_uris.iter().cloned().enumerate().collect(),
            enabled: None,
        }
    }

    /// With the switch set.
    pub(crate) fn with_enabled(mut self, enabled: Option<bool>) -> Self {
        self.enabled = enabled;
        self
    }

    /// Whether it writes nothing.
    pub(crate) fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// The id for the credential slot.
    pub(crate) fn credential(&self) -> Option<String> {
        self.credential_list.as_ref().map(ToString::to_string)
    }

    /// The id for the IP access list slot.
    pub(crate) fn ip_access_list(&self) -> Option<String> {
        self.ip_access_list.as_ref().map(ToString::to_string)
    }

    /// The id for URI slot `slot`.
    pub(crate) fn uri(&self, slot: usize) -> Option<String> {
        self.origination_uris
            .iter()
            .find(|(s, _)| *s == slot)
            .map(|(_, id)| id.to_string())
    }
}

fn how<A: Adapter>(kind: Kind) -> Attachment {
    let rules = &A::CAPABILITIES.trunk;
    match kind {
        Kind::CredentialList => rules.credential_lists.how,
        Kind::IpAccessList => rules.ip_access_lists.how,
        Kind::OriginationUri => rules.origination_uris.how,
    }
}

/// The facade's attach and detach operations, one for all kinds: admitted (supported, ids
/// safe), then attached or detached however the vendor does it.
pub(crate) fn attaching<'a, A: Adapter>(
    adapter: &'a A,
    kind: Kind,
    attach: bool,
    trunk: &'a TrunkId,
    id: &'a str,
) -> BoxFuture<'a, Result<()>> {
    let field = if kind == Kind::OriginationUri {
        "uri"
    } else {
        "list"
    };
    let ids = [("trunk", trunk.as_str()), (field, id)];
    let operation = if attach {
        kind.attach_operation()
    } else {
        kind.detach_operation()
    };
    super::run::<A, _>(operation, &ids, change(adapter, trunk, kind, id, attach))
}

/// Attaches (or detaches) `id` of `kind` to `trunk`, however the vendor does it. Attaching what
/// is already attached succeeds without a write.
async fn change<A: Adapter>(
    adapter: &A,
    trunk: &TrunkId,
    kind: Kind,
    id: &str,
    attach: bool,
) -> Result<()> {
    match (how::<A>(kind), attach) {
        (Attachment::TrunkField, true) => fill_slot(adapter, trunk, kind, id).await,
        (Attachment::Association, true) => adapter.associate(trunk, kind, id).await,
        (Attachment::Association, false) => adapter.dissociate(trunk, kind, id).await,
        // Owned URIs belong to their trunk, and no trunk-field vendor trunkline speaks to
        // documents clearing a field: their capabilities list these operations as unsupported,
        // so the engine never gets here for them.
        (_, true) => Err(super::unsupported_error::<A>(kind.attach_operation())),
        (_, false) => Err(super::unsupported_error::<A>(kind.detach_operation())),
    }
}

/// The trunk-field model: puts `id` into the free slot of its kind.
async fn fill_slot<A: Adapter>(adapter: &A, trunk: &TrunkId, kind: Kind, id: &str) -> Result<()> {
    let vendor = A::VENDOR;
    let (slots, record) = adapter.read_slots(trunk).await?;
    let mut patch = TrunkPatch::default();
    let single = match kind {
        Kind::CredentialList => {
            patch.credential_list = Some(id.into());
            &slots.credential_list
        }
        Kind::IpAccessList => {
            patch.ip_access_list = Some(id.into());
            &slots.ip_access_list
        }
        Kind::OriginationUri => {
            let operation = kind.attach_operation();
            let Some(free) = free_uri_slot::<A>(&slots, trunk, Some(id), operation)? else {
                return Ok(());
            };
            patch.origination_uris.push((free, id.into()));
            &None
        }
    };
    match single {
        Some(held) if held == id => return Ok(()),
        Some(held) => {
            return Err(Error::not_supported(
                vendor,
                kind.attach_operation().as_str(),
                format!(
                    "a {} trunk takes one {} and {trunk} already has {held}",
                    rules::brand(vendor),
                    kind.what()
                ),
            ));
        }
        None => {}
    }
    adapter.write_slots(trunk, &record, &patch).await
}

/// The trunk-field model: the free origination-URI slot of `trunk`, or `None` if one holds `id`
/// already. A trunk with no URI slots, or none free, is refused for `operation`.
pub(crate) fn free_uri_slot<A: Adapter>(
    slots: &Slots,
    trunk: &TrunkId,
    id: Option<&str>,
    operation: Operation,
) -> Result<Option<usize>> {
    let held = &slots.origination_uris;
    if held.iter().flatten().any(|held| Some(held.as_str()) == id) {
        return Ok(None);
    }
    let reason = match held.iter().position(Option::is_none) {
        Some(free) => return Ok(Some(free)),
        None if held.is_empty() => format!(
            "trunk {trunk} has no origination URI slots: it routes calls to its registration"
        ),
        None => format!(
            "trunk {trunk} already routes to {} origination URIs, {}'s maximum",
            held.len(),
            rules::brand(A::VENDOR)
        ),
    };
    Err(Error::not_supported(A::VENDOR, operation.as_str(), reason))
}

/// The trunk-field model: writes every slot at once (replacing or reordering what they hold).
/// A held slot left empty is `NotSupported`, as is a vendor without trunk fields.
pub(crate) async fn set_slots<A: Adapter>(
    adapter: &A,
    trunk: &TrunkId,
    wanted: &TrunkAttachments,
) -> Result<()> {
    let vendor = A::VENDOR;
    let caps = &A::CAPABILITIES.trunk;
    if caps.credential_lists.how != Attachment::TrunkField {
        return Err(Error::not_supported(
            vendor,
            Operation::UpdateTrunk.as_str(),
            format!(
                "{} trunks attach lists by association: attach and detach them instead",
                rules::brand(vendor)
            ),
        ));
    }
    for (field, count, max) in [
        (
            "credential_lists",
            wanted.credential_lists.len(),
            caps.credential_lists.max,
        ),
        (
            "ip_access_lists",
            wanted.ip_access_lists.len(),
            caps.ip_access_lists.max,
        ),
        (
            "origination_uris",
            wanted.origination_uris.len(),
            caps.origination_uris.max,
        ),
    ] {
        if let Some(max) = max
            && count > max
        {
            return Err(Error::invalid(
                vendor,
                field,
                format!(
                    "a {} trunk holds at most {max} {field}, got {count}",
                    rules::brand(vendor)
                ),
            ));
        }
    }
    for (field, id) in wanted
        .credential_lists
        .iter()
        .map(|id| ("credential_lists", id.as_str()))
        .chain(
            wanted
                .ip_access_lists
                .iter()
                .map(|id| ("ip_access_lists", id.as_str())),
        )
        .chain(
            wanted
                .origination_uris
                .iter()
                .map(|id| ("origination_uris", id.as_str())),
        )
    {
        rules::path_ids(vendor, &[(field, id)])?;
    }
    let (slots, record) = adapter.read_slots(trunk).await?;
    let cleared = (slots.credential_list.is_some() && wanted.credential_lists.is_empty())
        || (slots.ip_access_list.is_some() && wanted.ip_access_lists.is_empty())
        || slots.origination_uris.iter().flatten().count() > wanted.origination_uris.len();
    if cleared {
        return Err(Error::not_supported(
            vendor,
            Operation::UpdateTrunk.as_str(),
            format!(
                "{} documents no way to clear a trunk's credential, IP ACL or origination URI \
                 field; trunk {trunk} holds more than asked for",
                rules::brand(vendor)
            ),
        ));
    }
    let patch = TrunkPatch {
        credential_list: wanted.credential_lists.first().cloned(),
        ip_access_list: wanted.ip_access_lists.first().cloned(),
        origination_uris: wanted
            .origination_uris
            .iter()
            .cloned()
            .enumerate()
            .collect(),
        enabled: None,
    };
    if slots.attachments() == *wanted {
        return Ok(());
    }
    adapter.write_slots(trunk, &record, &patch).await
}

/// The trunk-field model: the origination URIs a trunk's slots name, in slot order.
pub(crate) fn slot_uris<A: Adapter>(adapter: &A, trunk: TrunkId) -> Items<'_, OriginationUri> {
    list::stream_of(async move {
        let (slots, _) = adapter.read_slots(&trunk).await?;
        let mut uris = Vec::new();
        for id in slots.origination_uris.iter().flatten() {
            let mut uri = adapter
                .get_origination_uri(&OriginationUriId::new(id.as_str()))
                .await?;
            uri.trunk = Some(trunk.clone());
            uris.push(uri);
        }
        Ok(uris)
    })
}

/// The association model: what is attached to a trunk, read as its association lists and its
/// URIs, most preferred URI first (lowest priority, then highest weight).
pub(crate) async fn associated_all<A: Adapter>(
    adapter: &A,
    trunk: &TrunkId,
) -> Result<TrunkAttachments> {
    let (credential_lists, ip_access_lists, mut uris) = futures::try_join!(
        adapter
            .associated(trunk, Kind::CredentialList)
            .try_collect::<Vec<_>>(),
        adapter
            .associated(trunk, Kind::IpAccessList)
            .try_collect::<Vec<_>>(),
        adapter
            .trunk_origination_uris(trunk)
            .try_collect::<Vec<_>>(),
    )?;
    uris.sort_by_key(|u| (u.priority, std::cmp::Reverse(u.weight)));
    let mut attachments = TrunkAttachments::new();
    attachments.credential_lists = credential_lists.into_iter().map(Into::into).collect();
    attachments.ip_access_lists = ip_access_lists.into_iter().map(Into::into).collect();
    attachments.origination_uris = uris.into_iter().map(|u| u.id).collect();
    Ok(attachments)
}

/// Owned URIs: the account's origination URIs are its trunks' URIs. A trunk deleted since its
/// page was read has no URIs left to list and is skipped.
pub(crate) fn every_trunks_uris<A: Adapter>(adapter: &A) -> Items<'_, OriginationUri> {
    Box::pin(
        adapter
            .list_trunks(TrunkFilter::new())
            .map_ok(move |trunk| {
                adapter
                    .trunk_origination_uris(&trunk.id)
                    .take_while(|item| {
                        futures::future::ready(!matches!(item, Err(Error::NotFound(_))))
                    })
            })
            .try_flatten(),
    )
}
