//! The adapter engine: everything every carrier adapter would otherwise repeat, written once.
//!
//! A vendor adapter implements [`Adapter`]: its [`Capabilities`] (the one statement of its
//! rules) and small primitives, each one vendor request or two, mapped into the neutral model.
//! The engine implements [`TrunkProvider`] for every adapter on top of them:
//!
//! - [`rules`]: every request checked against the capabilities before anything is sent; the
//!   operations the vendor lacks answer `NotSupported` from the same table, so adapters write no
//!   stubs; every id argument is checked for path safety here, never in an adapter;
//! - [`call`]: one generated-client call run with its retry report, its error mapped by
//!   meaning and named after the vendor operation the runtime recorded;
//! - [`list`]: vendor pages into neutral streams, owned (`'static`) over a provider clone,
//!   client-side filters where the vendor has none, lookups in lists without a read-by-id;
//! - [`attach`]: the trunk-field model (one id per slot: Plivo, Vobiz) and the association
//!   model (Twilio), written once each;
//! - [`create`]: create → attach → roll back → read back, and creates made of several
//!   requests (a list and its entries).

pub(crate) mod attach;
pub(crate) mod call;
pub(crate) mod create;
pub(crate) mod list;
pub(crate) mod map;
pub(crate) mod rules;

use std::fmt;
use std::future::Future;

use futures::{TryFutureExt, TryStreamExt};

pub(crate) use attach::{Kind, Slots, TrunkPatch};
pub(crate) use create::Created;
use list::owning;

use crate::capabilities::{Attachment, Capabilities};
use crate::model::*;
use crate::provider::{BoxFuture, BoxStream, TrunkProvider};
use crate::{Error, Operation, Result, SecretString};

/// A stream of neutral items borrowing the adapter: what list primitives return (the engine
/// makes it owned).
pub(crate) type Items<'a, T> = BoxStream<'a, Result<T>>;

/// What an adapter implements: its vendor, its capabilities, and its vendor's primitives.
///
/// Primitives get input the engine has already checked (ids, fields, limits) and only map and
/// send. A primitive with a default body is needed only by vendors whose capabilities support
/// the operation (or use the attachment model it belongs to); the default answers
/// `NotSupported`, and the engine never calls it for an operation the capabilities exclude.
pub(crate) trait Adapter: Clone + fmt::Debug + Send + Sync + 'static {
    /// The vendor.
    const VENDOR: Vendor;
    /// The vendor's rules and what it cannot do.
    const CAPABILITIES: Capabilities;
    /// What [`Adapter::read_slots`] hands to [`Adapter::write_slots`] (Vobiz: the trunk as read,
    /// because its update replaces the whole trunk). `()` where nothing is needed.
    type TrunkRecord: Send + Sync;

    // --- trunks

    /// Trunks, with the filters the vendor applies server-side (the engine applies the rest,
    /// and fills attachments where the vendor's trunk object has none and the filter asks).
    fn list_trunks(&self, filter: TrunkFilter) -> Items<'_, Trunk>;
    /// One trunk; its attachments where the vendor's trunk object carries them.
    fn get_trunk(&self, id: &TrunkId) -> impl Future<Output = Result<Trunk>> + Send;
    /// Sends the create. Attachments the request cannot carry are returned as
    /// [`Created::pending`] (trunk fields) or attached by the engine (associations).
    fn create_trunk(
        &self,
        new: &NewTrunk,
    ) -> impl Future<Output = Result<Created<Self::TrunkRecord>>> + Send;
    /// Sends a non-empty update (the engine reads the trunk back).
    fn update_trunk(
        &self,
        id: &TrunkId,
        update: &TrunkUpdate,
    ) -> impl Future<Output = Result<()>> + Send;
    /// Deletes a trunk.
    fn delete_trunk(&self, id: &TrunkId) -> impl Future<Output = Result<()>> + Send;

    // --- attachments held in trunk fields (`Attachment::TrunkField`)

    /// The trunk's attachment fields.
    fn read_slots(
        &self,
        trunk: &TrunkId,
    ) -> impl Future<Output = Result<(Slots, Self::TrunkRecord)>> + Send {
        let _ = trunk;
        unsupported::<Self, _>(Operation::AttachCredentialList)
    }
    /// Writes `patch` into the trunk's fields; `record` is what `read_slots` returned.
    fn write_slots(
        &self,
        trunk: &TrunkId,
        record: &Self::TrunkRecord,
        patch: &TrunkPatch,
    ) -> impl Future<Output = Result<()>> + Send {
        let _ = (trunk, record, patch);
        unsupported::<Self, _>(Operation::AttachCredentialList)
    }

    // --- attachments by association (`Attachment::Association`)

    /// The ids of the lists of `kind` associated with `trunk`.
    fn associated(&self, trunk: &TrunkId, kind: Kind) -> Items<'_, String> {
        let _ = (trunk, kind);
        list::error_stream(unsupported_error::<Self>(Operation::GetTrunk))
    }
    /// Associates a list with `trunk`.
    fn associate(
        &self,
        trunk: &TrunkId,
        kind: Kind,
        id: &str,
    ) -> impl Future<Output = Result<()>> + Send {
        let _ = (trunk, kind, id);
        unsupported::<Self, _>(kind.attach_operation())
    }
    /// Ends an association.
    fn dissociate(
        &self,
        trunk: &TrunkId,
        kind: Kind,
        id: &str,
    ) -> impl Future<Output = Result<()>> + Send {
        let _ = (trunk, kind, id);
        unsupported::<Self, _>(kind.detach_operation())
    }

    // --- credential lists

    /// Every credential list, complete.
    fn list_credential_lists(&self) -> Items<'_, CredentialList>;
    /// Every credential list with its id and name but not its credentials, where that costs
    /// fewer requests than [`Adapter::list_credential_lists`] (Twilio: one request per page
    /// instead of one more per list); `None` (the default) where the complete listing costs no
    /// more. Lookups by name page through these and read only the match.
    fn credential_list_names(&self) -> Option<Items<'_, CredentialList>> {
        None
    }
    /// One credential list.
    fn get_credential_list(
        &self,
        id: &CredentialListId,
    ) -> impl Future<Output = Result<CredentialList>> + Send;
    /// Creates the list with as many of its credentials as one request carries; the engine
    /// adds the rest with [`Adapter::add_credential`] (rolling the list back if one fails).
    fn create_credential_list(
        &self,
        list: &NewCredentialList,
    ) -> impl Future<Output = Result<CredentialList>> + Send;
    /// Renames a list.
    fn rename_credential_list(
        &self,
        id: &CredentialListId,
        name: &str,
    ) -> impl Future<Output = Result<CredentialList>> + Send {
        let _ = (id, name);
        unsupported::<Self, _>(Operation::RenameCredentialList)
    }
    /// Deletes a list.
    fn delete_credential_list(
        &self,
        id: &CredentialListId,
    ) -> impl Future<Output = Result<()>> + Send;
    /// Adds one credential.
    fn add_credential(
        &self,
        list: &CredentialListId,
        credential: &NewCredential,
    ) -> impl Future<Output = Result<Credential>> + Send {
        let _ = (list, credential);
        unsupported::<Self, _>(Operation::AddCredential)
    }
    /// Removes one credential.
    fn remove_credential(
        &self,
        list: &CredentialListId,
        credential: &CredentialId,
    ) -> impl Future<Output = Result<()>> + Send {
        let _ = (list, credential);
        unsupported::<Self, _>(Operation::RemoveCredential)
    }
    /// Sets a credential's password.
    fn set_credential_password(
        &self,
        list: &CredentialListId,
        credential: &CredentialId,
        password: &SecretString,
    ) -> impl Future<Output = Result<()>> + Send;

    // --- IP access lists

    /// Every IP access list, complete.
    fn list_ip_access_lists(&self) -> Items<'_, IpAccessList>;
    /// Every IP access list with its id and name but not its entries, where that costs fewer
    /// requests than [`Adapter::list_ip_access_lists`]; `None` (the default) where the
    /// complete listing costs no more. Lookups by name page through these and read only the
    /// match.
    fn ip_access_list_names(&self) -> Option<Items<'_, IpAccessList>> {
        None
    }
    /// One IP access list.
    fn get_ip_access_list(
        &self,
        id: &IpAccessListId,
    ) -> impl Future<Output = Result<IpAccessList>> + Send;
    /// Creates the list with as many of its networks as one request carries; the engine adds
    /// the rest with [`Adapter::add_ip_entry`] (rolling the list back if one fails).
    fn create_ip_access_list(
        &self,
        list: &NewIpAccessList,
    ) -> impl Future<Output = Result<IpAccessList>> + Send;
    /// Renames a list.
    fn rename_ip_access_list(
        &self,
        id: &IpAccessListId,
        name: &str,
    ) -> impl Future<Output = Result<IpAccessList>> + Send;
    /// Deletes a list.
    fn delete_ip_access_list(&self, id: &IpAccessListId)
    -> impl Future<Output = Result<()>> + Send;
    /// Adds one network.
    fn add_ip_entry(
        &self,
        list: &IpAccessListId,
        network: &IpNet,
    ) -> impl Future<Output = Result<IpEntry>> + Send {
        let _ = (list, network);
        unsupported::<Self, _>(Operation::AddIpEntry)
    }
    /// A list's entries, for removing one (the engine finds the entry and checks what remains).
    fn ip_entries(
        &self,
        list: &IpAccessListId,
    ) -> impl Future<Output = Result<Vec<IpEntry>>> + Send {
        self.get_ip_access_list(list).map_ok(|list| list.entries)
    }
    /// Removes `entry`; `remaining` is the list without it.
    fn remove_ip_entry(
        &self,
        list: &IpAccessListId,
        entry: &IpEntry,
        remaining: &[IpEntry],
    ) -> impl Future<Output = Result<()>> + Send {
        let _ = (list, entry, remaining);
        unsupported::<Self, _>(Operation::RemoveIpEntry)
    }

    // --- origination URIs

    /// Every origination URI of the account. By default, every trunk's URIs (for vendors
    /// whose URIs exist only under a trunk), skipping a trunk deleted while listing.
    fn account_origination_uris(&self) -> Items<'_, OriginationUri> {
        attach::every_trunks_uris(self)
    }
    /// The origination URIs of one trunk, most preferred first. By default, the URIs its slots
    /// name, in slot order (`Attachment::TrunkField`).
    fn trunk_origination_uris(&self, trunk: &TrunkId) -> Items<'_, OriginationUri> {
        attach::slot_uris(self, trunk.clone())
    }
    /// One origination URI.
    fn get_origination_uri(
        &self,
        id: &OriginationUriId,
    ) -> impl Future<Output = Result<OriginationUri>> + Send;
    /// Creates one (under `uri.trunk` where URIs are created under a trunk). Where trunks hold
    /// URIs in fields, the engine has read `uri.trunk`'s slots (`trunk`: the record
    /// [`Adapter::read_slots`] returned), refused a trunk without a free one, and fills it after.
    fn create_origination_uri(
        &self,
        uri: &NewOriginationUri,
        trunk: Option<&Self::TrunkRecord>,
    ) -> impl Future<Output = Result<OriginationUri>> + Send;
    /// Changes one and returns it as it is now.
    fn update_origination_uri(
        &self,
        id: &OriginationUriId,
        update: &OriginationUriUpdate,
    ) -> impl Future<Output = Result<OriginationUri>> + Send;
    /// Deletes one.
    fn delete_origination_uri(
        &self,
        id: &OriginationUriId,
    ) -> impl Future<Output = Result<()>> + Send;

    // --- phone numbers (the number is checked against `PhoneNumberRules` and trimmed)

    /// The numbers attached to a trunk.
    fn list_phone_numbers(&self, trunk: &TrunkId) -> Items<'_, PhoneNumber> {
        let _ = trunk;
        list::error_stream(unsupported_error::<Self>(Operation::ListPhoneNumbers))
    }
    /// Attaches a number.
    fn attach_phone_number(
        &self,
        trunk: &TrunkId,
        number: &str,
    ) -> impl Future<Output = Result<PhoneNumber>> + Send {
        let _ = (trunk, number);
        unsupported::<Self, _>(Operation::AttachPhoneNumber)
    }
    /// Detaches a number.
    fn detach_phone_number(
        &self,
        trunk: &TrunkId,
        number: &str,
    ) -> impl Future<Output = Result<()>> + Send {
        let _ = (trunk, number);
        unsupported::<Self, _>(Operation::DetachPhoneNumber)
    }

    // --- call records

    /// Call records, with the filters the vendor applies server-side (the engine trims ranges
    /// the vendor filters by day).
    fn list_calls(&self, filter: CallFilter) -> Items<'_, CallRecord> {
        let _ = filter;
        list::error_stream(unsupported_error::<Self>(Operation::ListCalls))
    }
    /// One call record.
    fn get_call(&self, id: &CallId) -> impl Future<Output = Result<CallRecord>> + Send {
        let _ = id;
        unsupported::<Self, _>(Operation::GetCall)
    }
}

/// The `NotSupported` error of an operation, with the capability table's reason.
fn unsupported_error<A: Adapter>(operation: Operation) -> Error {
    let reason = A::CAPABILITIES
        .unsupported_reason(operation)
        .unwrap_or("trunkline's adapter for this vendor does not implement it");
    Error::not_supported(A::VENDOR, operation.as_str(), reason)
}

fn unsupported<A: Adapter, T: Send>(
    operation: Operation,
) -> impl Future<Output = Result<T>> + Send {
    futures::future::ready(Err(unsupported_error::<A>(operation)))
}

/// The checks every operation gets before anything is sent: the vendor supports it, and every
/// id argument is safe in a URL path.
pub(crate) fn admit<A: Adapter>(operation: Operation, ids: &[(&str, &str)]) -> Result<()> {
    rules::supported(&A::CAPABILITIES, operation)?;
    rules::path_ids(A::VENDOR, ids)
}

/// One facade operation: admitted, then `work`, errors named after `operation` where the vendor
/// call did not name them.
pub(crate) fn run<'a, A: Adapter, T: Send + 'a>(
    operation: Operation,
    ids: &[(&str, &str)],
    work: impl Future<Output = Result<T>> + Send + 'a,
) -> BoxFuture<'a, Result<T>> {
    // Boxed once, with no async block around `work`: each layer a large future passes through
    // is another copy of it (they were the biggest cost of a `get_trunk`). `work` goes into
    // its box as it is, and the (small) box into the error-naming wrapper: one copy of it
    // instead of two.
    match admit::<A>(operation, ids) {
        Err(err) => Box::pin(futures::future::ready(Err(err.named(operation)))),
        Ok(()) => Box::pin(Box::pin(work).map_err(move |err| err.named(operation))),
    }
}

/// One facade list: admitted, then an owned stream over a clone of the adapter.
fn stream<A: Adapter, T: Send + 'static>(
    adapter: &A,
    operation: Operation,
    ids: &[(&str, &str)],
    make: impl for<'a> FnOnce(&'a A) -> Items<'a, T> + Send + 'static,
) -> BoxStream<'static, Result<T>> {
    if let Err(err) = admit::<A>(operation, ids) {
        return list::error_stream(err.named(operation));
    }
    Box::pin(owning(adapter.clone(), make).map_err(move |err| err.named(operation)))
}

/// The adapter's names-only listing of credential lists (the caller checked it has one).
fn credential_list_names<A: Adapter>(adapter: &A) -> Items<'_, CredentialList> {
    adapter
        .credential_list_names()
        .unwrap_or_else(|| adapter.list_credential_lists())
}

/// The adapter's names-only listing of IP access lists (the caller checked it has one).
fn ip_access_list_names<A: Adapter>(adapter: &A) -> Items<'_, IpAccessList> {
    adapter
        .ip_access_list_names()
        .unwrap_or_else(|| adapter.list_ip_access_lists())
}

/// Whether the vendor's trunk object carries its attachments (otherwise they are
/// associations the engine reads separately).
fn trunk_carries_attachments(caps: &Capabilities) -> bool {
    caps.trunk.credential_lists.how != Attachment::Association
}

/// A trunk with its attachments, however the vendor keeps them.
async fn full_trunk<A: Adapter>(adapter: &A, id: &TrunkId) -> Result<Trunk> {
    if trunk_carries_attachments(&A::CAPABILITIES) {
        return adapter.get_trunk(id).await;
    }
    let (mut trunk, attachments) =
        futures::try_join!(adapter.get_trunk(id), attach::associated_all(adapter, id))?;
    trunk.attachments = Some(attachments);
    Ok(trunk)
}

impl<A: Adapter> TrunkProvider for A {
    fn vendor(&self) -> Vendor {
        A::VENDOR
    }

    fn capabilities(&self) -> Capabilities {
        A::CAPABILITIES
    }

    fn list_trunks(&self, filter: TrunkFilter) -> BoxStream<'static, Result<Trunk>> {
        stream(self, Operation::ListTrunks, &[], move |a| {
            let caps = A::CAPABILITIES;
            if list::matches_nothing(&caps, &filter) {
                return Box::pin(futures::stream::empty());
            }
            let expand = filter.with_attachments && !trunk_carries_attachments(&caps);
            let trunks = list::filter_trunks(&caps, &filter, a.list_trunks(filter.clone()));
            if !expand {
                return trunks;
            }
            list::completed(trunks, move |mut trunk: Trunk| async move {
                trunk.attachments = Some(attach::associated_all(a, &trunk.id).await?);
                Ok(trunk)
            })
        })
    }

    fn get_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<Trunk>> {
        let ids = [("id", id.as_str())];
        run::<A, _>(Operation::GetTrunk, &ids, full_trunk(self, id))
    }

    fn create_trunk<'a>(&'a self, new: &'a NewTrunk) -> BoxFuture<'a, Result<Trunk>> {
        run::<A, _>(Operation::CreateTrunk, &[], async move {
            rules::new_trunk(&A::CAPABILITIES, new)?;
            create::trunk(self, new).await
        })
    }

    fn update_trunk<'a>(
        &'a self,
        id: &'a TrunkId,
        update: &'a TrunkUpdate,
    ) -> BoxFuture<'a, Result<Trunk>> {
        let ids = [("id", id.as_str())];
        run::<A, _>(Operation::UpdateTrunk, &ids, async move {
            rules::trunk_update(&A::CAPABILITIES, update)?;
            if !update.is_empty() {
                Adapter::update_trunk(self, id, update).await?;
            }
            full_trunk(self, id).await
        })
    }

    fn delete_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<()>> {
        let (ids, work) = ([("id", id.as_str())], Adapter::delete_trunk(self, id));
        run::<A, _>(Operation::DeleteTrunk, &ids, work)
    }

    fn list_credential_lists(&self) -> BoxStream<'static, Result<CredentialList>> {
        stream(
            self,
            Operation::ListCredentialLists,
            &[],
            Adapter::list_credential_lists,
        )
    }

    fn list_credential_list_names(&self) -> Option<BoxStream<'static, Result<CredentialList>>> {
        // Made only to see whether the adapter has one; nothing is sent until polled.
        let _unpolled = Adapter::credential_list_names(self)?;
        Some(stream(
            self,
            Operation::ListCredentialLists,
            &[],
            credential_list_names::<A>,
        ))
    }

    fn get_credential_list<'a>(
        &'a self,
        id: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        let (ids, work) = (
            [("id", id.as_str())],
            Adapter::get_credential_list(self, id),
        );
        run::<A, _>(Operation::GetCredentialList, &ids, work)
    }

    fn create_credential_list<'a>(
        &'a self,
        list: &'a NewCredentialList,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        run::<A, _>(Operation::CreateCredentialList, &[], async move {
            rules::new_credential_list(&A::CAPABILITIES, list)?;
            create::credential_list(self, list).await
        })
    }

    fn rename_credential_list<'a>(
        &'a self,
        id: &'a CredentialListId,
        name: &'a str,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        let ids = [("id", id.as_str())];
        run::<A, _>(Operation::RenameCredentialList, &ids, async move {
            let rule = &A::CAPABILITIES.credential_list.name;
            rules::text(A::VENDOR, "name", "credential list name", name, rule)?;
            Adapter::rename_credential_list(self, id, name).await
        })
    }

    fn delete_credential_list<'a>(&'a self, id: &'a CredentialListId) -> BoxFuture<'a, Result<()>> {
        let (ids, work) = (
            [("id", id.as_str())],
            Adapter::delete_credential_list(self, id),
        );
        run::<A, _>(Operation::DeleteCredentialList, &ids, work)
    }

    fn add_credential<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a NewCredential,
    ) -> BoxFuture<'a, Result<Credential>> {
        run::<A, _>(
            Operation::AddCredential,
            &[("list", list.as_str())],
            async move {
                rules::credential(&A::CAPABILITIES, "", credential)?;
                Adapter::add_credential(self, list, credential).await
            },
        )
    }

    fn remove_credential<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a CredentialId,
    ) -> BoxFuture<'a, Result<()>> {
        let ids = [("list", list.as_str()), ("credential", credential.as_str())];
        let work = Adapter::remove_credential(self, list, credential);
        run::<A, _>(Operation::RemoveCredential, &ids, work)
    }

    fn set_credential_password<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a CredentialId,
        password: &'a SecretString,
    ) -> BoxFuture<'a, Result<()>> {
        let ids = [("list", list.as_str()), ("credential", credential.as_str())];
        run::<A, _>(Operation::SetCredentialPassword, &ids, async move {
            rules::new_password(&A::CAPABILITIES, list, credential, password)?;
            Adapter::set_credential_password(self, list, credential, password).await
        })
    }

    fn list_ip_access_lists(&self) -> BoxStream<'static, Result<IpAccessList>> {
        stream(
            self,
            Operation::ListIpAccessLists,
            &[],
            Adapter::list_ip_access_lists,
        )
    }

    fn list_ip_access_list_names(&self) -> Option<BoxStream<'static, Result<IpAccessList>>> {
        // Made only to see whether the adapter has one; nothing is sent until polled.
        let _unpolled = Adapter::ip_access_list_names(self)?;
        Some(stream(
            self,
            Operation::ListIpAccessLists,
            &[],
            ip_access_list_names::<A>,
        ))
    }

    fn get_ip_access_list<'a>(
        &'a self,
        id: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        let work = Adapter::get_ip_access_list(self, id);
        run::<A, _>(Operation::GetIpAccessList, &[("id", id.as_str())], work)
    }

    fn create_ip_access_list<'a>(
        &'a self,
        list: &'a NewIpAccessList,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        run::<A, _>(Operation::CreateIpAccessList, &[], async move {
            rules::new_ip_access_list(&A::CAPABILITIES, list)?;
            create::ip_access_list(self, list).await
        })
    }

    fn rename_ip_access_list<'a>(
        &'a self,
        id: &'a IpAccessListId,
        name: &'a str,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        run::<A, _>(
            Operation::RenameIpAccessList,
            &[("id", id.as_str())],
            async move {
                let rule = &A::CAPABILITIES.ip_access_list.name;
                rules::text(A::VENDOR, "name", "IP access list name", name, rule)?;
                Adapter::rename_ip_access_list(self, id, name).await
            },
        )
    }

    fn delete_ip_access_list<'a>(&'a self, id: &'a IpAccessListId) -> BoxFuture<'a, Result<()>> {
        let work = Adapter::delete_ip_access_list(self, id);
        run::<A, _>(Operation::DeleteIpAccessList, &[("id", id.as_str())], work)
    }

    fn add_ip_entry<'a>(
        &'a self,
        list: &'a IpAccessListId,
        network: IpNet,
    ) -> BoxFuture<'a, Result<IpEntry>> {
        run::<A, _>(
            Operation::AddIpEntry,
            &[("list", list.as_str())],
            async move {
                rules::network(&A::CAPABILITIES, "network", &network)?;
                Adapter::add_ip_entry(self, list, &network).await
            },
        )
    }

    fn remove_ip_entry<'a>(
        &'a self,
        list: &'a IpAccessListId,
        network: IpNet,
    ) -> BoxFuture<'a, Result<()>> {
        run::<A, _>(
            Operation::RemoveIpEntry,
            &[("list", list.as_str())],
            async move {
                let entries = self.ip_entries(list).await?;
                let Some(entry) = entries.iter().find(|e| e.network == network) else {
                    return Err(Error::not_found(
                        A::VENDOR,
                        format!("{network} is not in IP access list {list}"),
                    ));
                };
                let remaining: Vec<IpEntry> = entries
                    .iter()
                    .filter(|e| e.network != network)
                    .cloned()
                    .collect();
                if remaining.len() < A::CAPABILITIES.ip_access_list.min_entries {
                    let brand = rules::brand(A::VENDOR);
                    let reason = format!(
                        "a {brand} IP access list needs at least one address; delete the list instead"
                    );
                    return Err(Error::invalid(A::VENDOR, "network", reason));
                }
                Adapter::remove_ip_entry(self, list, entry, &remaining).await
            },
        )
    }

    fn list_origination_uris(
        &self,
        trunk: Option<&TrunkId>,
    ) -> BoxStream<'static, Result<OriginationUri>> {
        let op = Operation::ListOriginationUris;
        let Some(trunk) = trunk else {
            return stream(self, op, &[], Adapter::account_origination_uris);
        };
        let owned = trunk.clone();
        stream(self, op, &[("trunk", trunk.as_str())], move |a| {
            a.trunk_origination_uris(&owned)
        })
    }

    fn get_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        let ids = [("id", id.as_str())];
        run::<A, _>(
            Operation::GetOriginationUri,
            &ids,
            Adapter::get_origination_uri(self, id),
        )
    }

    fn create_origination_uri<'a>(
        &'a self,
        uri: &'a NewOriginationUri,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        let trunk = uri.trunk.as_ref().map(|t| ("trunk", t.as_str()));
        run::<A, _>(
            Operation::CreateOriginationUri,
            trunk.as_slice(),
            async move {
                rules::new_origination_uri(&A::CAPABILITIES, uri)?;
                create::origination_uri(self, uri).await
            },
        )
    }

    fn update_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
        update: &'a OriginationUriUpdate,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        run::<A, _>(
            Operation::UpdateOriginationUri,
            &[("id", id.as_str())],
            async move {
                rules::origination_uri_update(&A::CAPABILITIES, update)?;
                Adapter::update_origination_uri(self, id, update).await
            },
        )
    }

    fn delete_origination_uri<'a>(&'a self, id: &'a OriginationUriId) -> BoxFuture<'a, Result<()>> {
        let ids = [("id", id.as_str())];
        run::<A, _>(
            Operation::DeleteOriginationUri,
            &ids,
            Adapter::delete_origination_uri(self, id),
        )
    }

    fn attach_credential_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<()>> {
        attach::attaching(self, Kind::CredentialList, true, trunk, list.as_str())
    }

    fn detach_credential_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<()>> {
        attach::attaching(self, Kind::CredentialList, false, trunk, list.as_str())
    }

    fn attach_ip_access_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<()>> {
        attach::attaching(self, Kind::IpAccessList, true, trunk, list.as_str())
    }

    fn detach_ip_access_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<()>> {
        attach::attaching(self, Kind::IpAccessList, false, trunk, list.as_str())
    }

    fn attach_origination_uri<'a>(
        &'a self,
        trunk: &'a TrunkId,
        uri: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<()>> {
        attach::attaching(self, Kind::OriginationUri, true, trunk, uri.as_str())
    }

    fn detach_origination_uri<'a>(
        &'a self,
        trunk: &'a TrunkId,
        uri: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<()>> {
        attach::attaching(self, Kind::OriginationUri, false, trunk, uri.as_str())
    }

    fn set_trunk_slots<'a>(
        &'a self,
        trunk: &'a TrunkId,
        attachments: &'a TrunkAttachments,
    ) -> BoxFuture<'a, Result<()>> {
        let ids = [("trunk", trunk.as_str())];
        run::<A, _>(
            Operation::UpdateTrunk,
            &ids,
            attach::set_slots(self, trunk, attachments),
        )
    }

    fn list_phone_numbers(&self, trunk: &TrunkId) -> BoxStream<'static, Result<PhoneNumber>> {
        let owned = trunk.clone();
        stream(
            self,
            Operation::ListPhoneNumbers,
            &[("trunk", trunk.as_str())],
            move |a| a.list_phone_numbers(&owned),
        )
    }

    fn attach_phone_number<'a>(
        &'a self,
        trunk: &'a TrunkId,
        number: &'a str,
    ) -> BoxFuture<'a, Result<PhoneNumber>> {
        let ids = [("trunk", trunk.as_str()), ("number", number)];
        run::<A, _>(Operation::AttachPhoneNumber, &ids, async move {
            let number = rules::phone_number(&A::CAPABILITIES, number)?;
            Adapter::attach_phone_number(self, trunk, number).await
        })
    }

    fn detach_phone_number<'a>(
        &'a self,
        trunk: &'a TrunkId,
        number: &'a str,
    ) -> BoxFuture<'a, Result<()>> {
        let ids = [("trunk", trunk.as_str()), ("number", number)];
        run::<A, _>(Operation::DetachPhoneNumber, &ids, async move {
            Adapter::detach_phone_number(
                self,
                trunk,
                rules::phone_number(&A::CAPABILITIES, number)?,
            )
            .await
        })
    }

    fn list_calls(&self, filter: CallFilter) -> BoxStream<'static, Result<CallRecord>> {
        stream(self, Operation::ListCalls, &[], move |a| {
            if let Err(err) = rules::call_filter(&A::CAPABILITIES, &filter) {
                return list::error_stream(err);
            }
            let calls = list::trim_calls(&A::CAPABILITIES, &filter, a.list_calls(filter.clone()));
            if filter.details && !A::CAPABILITIES.call.list_has_details {
                let read = move |id: CallId| async move { Adapter::get_call(a, &id).await };
                return list::with_call_details(calls, read);
            }
            calls
        })
    }

    fn get_call<'a>(&'a self, id: &'a CallId) -> BoxFuture<'a, Result<CallRecord>> {
        let (ids, work) = ([("id", id.as_str())], Adapter::get_call(self, id));
        run::<A, _>(Operation::GetCall, &ids, work)
    }
}
