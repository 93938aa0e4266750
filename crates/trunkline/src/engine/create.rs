//! Creates made of several requests, written once: a trunk and its attachments (create →
//! attach → roll back → read back), a list and its entries, an origination URI and its trunk
//! slot. A later step that fails deletes what the call created and says so
//! ([`Error::Provisioning`]); a create whose only failed step is reading the result back
//! reports success with what is known, because the resource exists and a retry would make a
//! second one.

use super::attach::{self, Kind, TrunkPatch};
use super::{Adapter, full_trunk};
use crate::capabilities::Attachment;
use crate::model::*;
use crate::{Error, Operation, ProvisioningError, Result, Step};

/// What a vendor's create-trunk request did.
#[derive(Debug)]
pub(crate) struct Created<R> {
    /// The new trunk's id.
    pub(crate) id: TrunkId,
    /// The create answer as a trunk; `None` where the answer is only an id (Plivo): the engine
    /// reads the trunk back.
    pub(crate) trunk: Option<Trunk>,
    /// Trunk fields the request could not carry, written right after it with
    /// [`Adapter::write_slots`] (Vobiz: attachments and a disabled switch), with the record
    /// that write needs.
    pub(crate) pending: Option<(R, TrunkPatch)>,
}

impl<R> Created<R> {
    /// The create answered only an id.
    pub(crate) fn id(id: impl Into<TrunkId>) -> Self {
        Self {
            id: id.into(),
            trunk: None,
            pending: None,
        }
    }

    /// The create answered the trunk.
    pub(crate) fn trunk(trunk: Trunk) -> Self {
        Self {
            id: trunk.id.clone(),
            trunk: Some(trunk),
            pending: None,
        }
    }

    /// Fields still to write with `record` (nothing if `patch` is empty).
    pub(crate) fn then_write(mut self, record: R, patch: TrunkPatch) -> Self {
        self.pending = (!patch.is_empty()).then_some((record, patch));
        self
    }
}

/// Deletes a resource a multi-step call created before a later step failed, and builds the
/// [`Error::Provisioning`] that says so: the failed step, its cause, and the created resource
/// as rolled back or, if the delete failed too, left behind.
pub(crate) async fn undo_created(
    vendor: Vendor,
    created: Step,
    failed_step: String,
    cause: Error,
    delete: impl std::future::Future<Output = Result<()>>,
) -> Error {
    let (rolled_back, left_behind) = match delete.await {
        Ok(()) => (vec![created], Vec::new()),
        Err(err) => (Vec::new(), vec![(created, err)]),
    };
    Error::Provisioning(Box::new(ProvisioningError {
        vendor,
        failed_step,
        cause,
        rolled_back,
        left_behind,
        maybe_created: Vec::new(),
        kept: Vec::new(),
    }))
}

fn step(description: String, id: &str) -> Step {
    Step {
        description,
        created: Some(id.to_owned()),
    }
}

/// Creates a trunk (already validated), attaches what the create request could not carry, and
/// reads the trunk back where the create answer is not the final trunk.
pub(crate) async fn trunk<A: Adapter>(adapter: &A, new: &NewTrunk) -> Result<Trunk> {
    let (vendor, caps) = (A::VENDOR, A::CAPABILITIES);
    let created = adapter.create_trunk(new).await?;
    let id = created.id.clone();
    let undo = |failed: String, cause: Error| {
        let created = step(
            format!(
                "create trunk \"{}\"",
                new.name.as_deref().unwrap_or_default()
            ),
            id.as_str(),
        );
        undo_created(vendor, created, failed, cause, adapter.delete_trunk(&id))
    };
    if let Some((record, patch)) = &created.pending
        && let Err(cause) = adapter.write_slots(&id, record, patch).await
    {
        return Err(undo(
            format!("attach credentials, IP ACL and URIs to trunk {id}"),
            cause,
        )
        .await);
    }
    let associations = [
        (
            Kind::CredentialList,
            caps.trunk.credential_lists.how,
            ids(&new.credential_lists),
        ),
        (
            Kind::IpAccessList,
            caps.trunk.ip_access_lists.how,
            ids(&new.ip_access_lists),
        ),
    ];
    for (kind, how, lists) in associations {
        if how != Attachment::Association {
            continue;
        }
        for list in lists {
            if let Err(cause) = adapter.associate(&id, kind, list).await {
                return Err(undo(
                    format!("attach {} {list} to trunk {id}", kind.what()),
                    cause,
                )
                .await);
            }
        }
    }
    let pending = created.pending.map(|(_, patch)| patch);
    let known = match (created.trunk, &pending) {
        // The answer is the trunk as it now is; attachments made by association are known.
        (Some(mut trunk), None) => {
            trunk.attachments.get_or_insert_with(|| attachments_of(new));
            return Ok(trunk);
        }
        (known, _) => known,
    };
    match full_trunk(adapter, &id).await {
        Ok(trunk) => Ok(trunk),
        Err(err) => {
            // The trunk exists with everything attached; only reading it back failed. Report it
            // created (with what is known) rather than failed, which would invite a second
            // create.
            tracing::warn!(trunk = %id, error = %err, "created trunk could not be read back");
            let mut trunk = known.unwrap_or_else(|| {
                let mut trunk = Trunk::new(id, new.direction);
                trunk.name = new.name.clone();
                trunk.secure = new.secure;
                trunk.enabled = new.enabled;
                trunk
            });
            if let Some(enabled) = pending.and_then(|p| p.enabled) {
                trunk.enabled = Some(enabled);
            }
            trunk.attachments = Some(attachments_of(new));
            Ok(trunk)
        }
    }
}

fn ids<T: AsRef<str>>(ids: &[T]) -> Vec<&str> {
    ids.iter().map(AsRef::as_ref).collect()
}

fn attachments_of(new: &NewTrunk) -> TrunkAttachments {
    let mut attachments = TrunkAttachments::new();
    attachments.credential_lists = new.credential_lists.clone();
    attachments.ip_access_lists = new.ip_access_lists.clone();
    attachments.origination_uris = new.origination_uris.clone();
    attachments
}

/// Creates a credential list (already validated): as many credentials as the vendor's create
/// carries, then the rest one by one; if one fails, the list is deleted again.
pub(crate) async fn credential_list<A: Adapter>(
    adapter: &A,
    new: &NewCredentialList,
) -> Result<CredentialList> {
    let mut list = adapter.create_credential_list(new).await?;
    let (id, rest) = (
        &list.id,
        &new.credentials[list.credentials.len().min(new.credentials.len())..],
    );
    let created = step(
        format!("create credential list \"{}\"", new.name),
        id.as_str(),
    );
    let added = each_or_undo::<A, _, _, _>(
        created,
        rest,
        |credential| adapter.add_credential(id, credential),
        |credential| format!("add credential {} to list {id}", credential.username),
        adapter.delete_credential_list(id),
    );
    let added = added.await?;
    list.credentials.extend(added);
    Ok(list)
}

/// Creates an IP access list (already validated): as many networks as the vendor's create
/// carries, then the rest one by one; if one fails, the list is deleted again.
pub(crate) async fn ip_access_list<A: Adapter>(
    adapter: &A,
    new: &NewIpAccessList,
) -> Result<IpAccessList> {
    let mut list = adapter.create_ip_access_list(new).await?;
    let (id, rest) = (
        &list.id,
        &new.networks[list.entries.len().min(new.networks.len())..],
    );
    let created = step(
        format!("create IP access list \"{}\"", new.name),
        id.as_str(),
    );
    let added = each_or_undo::<A, _, _, _>(
        created,
        rest,
        |network| adapter.add_ip_entry(id, network),
        |network| format!("add {network} to IP access list {id}"),
        adapter.delete_ip_access_list(id),
    );
    let added = added.await?;
    list.entries.extend(added);
    Ok(list)
}

/// Adds `parts` to what `created` made, one request each; if one fails, `delete`s it again
/// and says which part failed.
async fn each_or_undo<'p, A: Adapter, P, T, F>(
    created: Step,
    parts: &'p [P],
    add: impl Fn(&'p P) -> F,
    describe: impl Fn(&'p P) -> String,
    delete: impl std::future::Future<Output = Result<()>>,
) -> Result<Vec<T>>
where
    F: std::future::Future<Output = Result<T>>,
{
    let mut added = Vec::with_capacity(parts.len());
    for part in parts {
        match add(part).await {
            Ok(item) => added.push(item),
            Err(cause) => {
                return Err(undo_created(A::VENDOR, created, describe(part), cause, delete).await);
            }
        }
    }
    Ok(added)
}

/// Creates an origination URI (already validated) and, where trunks hold URIs in fields and
/// `new.trunk` is set, puts it in the trunk's free slot: a trunk without one is refused before
/// anything is created, and if the write fails the URI is deleted again rather than left behind
/// unattached.
pub(crate) async fn origination_uri<A: Adapter>(
    adapter: &A,
    new: &NewOriginationUri,
) -> Result<OriginationUri> {
    let in_slot = A::CAPABILITIES.trunk.origination_uris.how == Attachment::TrunkField;
    let Some(trunk) = new.trunk.as_ref().filter(|_| in_slot) else {
        return adapter.create_origination_uri(new, None).await;
    };
    let (slots, record) = adapter.read_slots(trunk).await?;
    let operation = Operation::CreateOriginationUri;
    let free = attach::free_uri_slot::<A>(&slots, trunk, None, operation)?.unwrap_or_default();
    let mut uri = adapter.create_origination_uri(new, Some(&record)).await?;
    let patch = TrunkPatch {
        origination_uris: vec![(free, uri.id.clone())],
        ..TrunkPatch::default()
    };
    if let Err(cause) = adapter.write_slots(trunk, &record, &patch).await {
        let created = step(
            format!("create origination URI {:?}", uri.sip_uri),
            uri.id.as_str(),
        );
        let failed = format!("attach origination URI {} to trunk {trunk}", uri.id);
        let delete = adapter.delete_origination_uri(&uri.id);
        return Err(undo_created(A::VENDOR, created, failed, cause, delete).await);
    }
    uri.trunk = Some(trunk.clone());
    Ok(uri)
}
