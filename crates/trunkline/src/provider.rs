//! [`TrunkProvider`]: the one trait every carrier adapter implements, object-safe so a service
//! can hold `Arc<dyn TrunkProvider>` per carrier; [`Operation`], its operations; and
//! [`TrunkProviderExt`], what is built from them.

use std::any::Any;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

use futures::Stream;
use trunkline_core::SecretString;

use crate::Result;
pub use crate::capabilities::Capabilities;
use crate::converge::{self, EnsureOptions, Ensured, TrunkPlan};
use crate::model::*;
use crate::provision::{self, Provisioned, TrunkSpec};

/// A boxed, `Send` future borrowing the provider and the arguments: what every async trait
/// method returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A boxed, `Send` stream. List methods return `BoxStream<'static, _>`: the stream owns what it
/// needs (a clone of the provider's client and of the arguments), so it outlives the provider
/// and the call, e.g. as an axum response body. Pages are fetched lazily as the stream is
/// polled; the stream ends after the first error.
pub type BoxStream<'a, T> = Pin<Box<dyn Stream<Item = T> + Send + 'a>>;

/// Every operation of [`TrunkProvider`], for [`Capabilities::supports`] and
/// [`Error::NotSupported`](crate::Error::NotSupported).
///
/// ```
/// use trunkline::Operation;
///
/// assert_eq!(Operation::AttachPhoneNumber.as_str(), "attach_phone_number");
/// assert_eq!(Operation::ALL.len(), 36);
/// assert_eq!(Operation::ALL[0], Operation::ListTrunks);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[allow(missing_docs)] // each variant is the trait method of the same name
pub enum Operation {
    ListTrunks,
    GetTrunk,
    CreateTrunk,
    UpdateTrunk,
    DeleteTrunk,
    ListCredentialLists,
    GetCredentialList,
    CreateCredentialList,
    RenameCredentialList,
    DeleteCredentialList,
    AddCredential,
    RemoveCredential,
    SetCredentialPassword,
    ListIpAccessLists,
    GetIpAccessList,
    CreateIpAccessList,
    RenameIpAccessList,
    DeleteIpAccessList,
    AddIpEntry,
    RemoveIpEntry,
    ListOriginationUris,
    GetOriginationUri,
    CreateOriginationUri,
    UpdateOriginationUri,
    DeleteOriginationUri,
    AttachCredentialList,
    DetachCredentialList,
    AttachIpAccessList,
    DetachIpAccessList,
    AttachOriginationUri,
    DetachOriginationUri,
    ListPhoneNumbers,
    AttachPhoneNumber,
    DetachPhoneNumber,
    ListCalls,
    GetCall,
}

impl Operation {
    /// Every operation with its trait method's name, in trait (and declaration) order: the one
    /// table [`Operation::ALL`] and [`Operation::as_str`] read. A row out of place fails to
    /// compile (see the assertion below).
    const NAMES: [(Operation, &'static str); 36] = [
        (Self::ListTrunks, "list_trunks"),
        (Self::GetTrunk, "get_trunk"),
        (Self::CreateTrunk, "create_trunk"),
        (Self::UpdateTrunk, "update_trunk"),
        (Self::DeleteTrunk, "delete_trunk"),
        (Self::ListCredentialLists, "list_credential_lists"),
        (Self::GetCredentialList, "get_credential_list"),
        (Self::CreateCredentialList, "create_credential_list"),
        (Self::RenameCredentialList, "rename_credential_list"),
        (Self::DeleteCredentialList, "delete_credential_list"),
        (Self::AddCredential, "add_credential"),
        (Self::RemoveCredential, "remove_credential"),
        (Self::SetCredentialPassword, "set_credential_password"),
        (Self::ListIpAccessLists, "list_ip_access_lists"),
        (Self::GetIpAccessList, "get_ip_access_list"),
        (Self::CreateIpAccessList, "create_ip_access_list"),
        (Self::RenameIpAccessList, "rename_ip_access_list"),
        (Self::DeleteIpAccessList, "delete_ip_access_list"),
        (Self::AddIpEntry, "add_ip_entry"),
        (Self::RemoveIpEntry, "remove_ip_entry"),
        (Self::ListOriginationUris, "list_origination_uris"),
        (Self::GetOriginationUri, "get_origination_uri"),
        (Self::CreateOriginationUri, "create_origination_uri"),
        (Self::UpdateOriginationUri, "update_origination_uri"),
        (Self::DeleteOriginationUri, "delete_origination_uri"),
        (Self::AttachCredentialList, "attach_credential_list"),
        (Self::DetachCredentialList, "detach_credential_list"),
        (Self::AttachIpAccessList, "attach_ip_access_list"),
        (Self::DetachIpAccessList, "detach_ip_access_list"),
        (Self::AttachOriginationUri, "attach_origination_uri"),
        (Self::DetachOriginationUri, "detach_origination_uri"),
        (Self::ListPhoneNumbers, "list_phone_numbers"),
        (Self::AttachPhoneNumber, "attach_phone_number"),
        (Self::DetachPhoneNumber, "detach_phone_number"),
        (Self::ListCalls, "list_calls"),
        (Self::GetCall, "get_call"),
    ];

    const ALL_ARRAY: [Operation; Self::NAMES.len()] = {
        let mut all = [Operation::ListTrunks; Self::NAMES.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = Self::NAMES[i].0;
            i += 1;
        }
        all
    };

    /// Every operation, in trait order.
    pub const ALL: &'static [Operation] = &Self::ALL_ARRAY;

    /// The three detach operations.
    pub const DETACHES: &'static [Operation] = &[
        Self::DetachCredentialList,
        Self::DetachIpAccessList,
        Self::DetachOriginationUri,
    ];

    /// The trait method's name, e.g. `attach_phone_number`.
    pub fn as_str(&self) -> &'static str {
        Self::NAMES[*self as usize].1
    }
}

// Row i of the table names the variant declared i-th: `as_str` may index by discriminant.
const _: () = {
    let mut i = 0;
    while i < Operation::NAMES.len() {
        assert!(
            Operation::NAMES[i].0 as usize == i,
            "Operation::NAMES is out of declaration order"
        );
        i += 1;
    }
};

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One carrier's SIP trunks, behind a vendor-neutral API.
///
/// Implemented by [`crate::PlivoProvider`], [`crate::TwilioProvider`] and
/// [`crate::VobizProvider`] (through trunkline's adapter engine); object-safe, so
/// `Arc<dyn TrunkProvider>` works. Every method returns [`Error::NotSupported`](crate::Error::NotSupported) for what the
/// vendor cannot do (see [`TrunkProvider::capabilities`]); see the crate docs for how each
/// concept maps per vendor.
///
/// List methods return owned (`'static`) streams, so a list can outlive the provider it came
/// from. From a `dyn TrunkProvider` back to the typed vendor client:
/// [`downcast_ref`](trait.TrunkProvider.html#method.downcast_ref).
pub trait TrunkProvider: Any + Send + Sync + fmt::Debug {
    /// Which vendor this is.
    fn vendor(&self) -> Vendor;

    /// What this vendor can do, and the rules it documents.
    fn capabilities(&self) -> Capabilities;

    /// Every trunk matching `filter`, page by page.
    fn list_trunks(&self, filter: TrunkFilter) -> BoxStream<'static, Result<Trunk>>;
    /// One trunk, with its attachments.
    fn get_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<Trunk>>;
    /// Creates a trunk and attaches what `trunk` names; if an attachment fails, the trunk is
    /// deleted again and the error says what happened ([`Error::Provisioning`](crate::Error::Provisioning)).
    fn create_trunk<'a>(&'a self, trunk: &'a NewTrunk) -> BoxFuture<'a, Result<Trunk>>;
    /// Changes a trunk and returns it as it is now.
    fn update_trunk<'a>(
        &'a self,
        id: &'a TrunkId,
        update: &'a TrunkUpdate,
    ) -> BoxFuture<'a, Result<Trunk>>;
    /// Deletes a trunk.
    fn delete_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<()>>;

    /// Every credential list.
    fn list_credential_lists(&self) -> BoxStream<'static, Result<CredentialList>>;
    /// Every credential list with its id and name but without its credentials (empty), where
    /// the vendor lists them apart from their members, so that this costs fewer requests than
    /// [`TrunkProvider::list_credential_lists`] (Twilio: one per page instead of one more per
    /// list); `None` (the default) where the complete listing costs no more. Lookups by name
    /// ([`TrunkProviderExt::find_credential_list_by_name`], plans) page through these and read
    /// only the match.
    fn list_credential_list_names(&self) -> Option<BoxStream<'static, Result<CredentialList>>> {
        None
    }
    /// One credential list with its credentials.
    fn get_credential_list<'a>(
        &'a self,
        id: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<CredentialList>>;
    /// Creates a credential list with its credentials.
    fn create_credential_list<'a>(
        &'a self,
        list: &'a NewCredentialList,
    ) -> BoxFuture<'a, Result<CredentialList>>;
    /// Renames a credential list.
    fn rename_credential_list<'a>(
        &'a self,
        id: &'a CredentialListId,
        name: &'a str,
    ) -> BoxFuture<'a, Result<CredentialList>>;
    /// Deletes a credential list and its credentials.
    fn delete_credential_list<'a>(&'a self, id: &'a CredentialListId) -> BoxFuture<'a, Result<()>>;
    /// Adds a credential to a list.
    fn add_credential<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a NewCredential,
    ) -> BoxFuture<'a, Result<Credential>>;
    /// Removes a credential from a list.
    fn remove_credential<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a CredentialId,
    ) -> BoxFuture<'a, Result<()>>;
    /// Changes a credential's password.
    fn set_credential_password<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a CredentialId,
        password: &'a SecretString,
    ) -> BoxFuture<'a, Result<()>>;

    /// Every IP access list.
    fn list_ip_access_lists(&self) -> BoxStream<'static, Result<IpAccessList>>;
    /// Every IP access list with its id and name but without its entries (empty), where the
    /// vendor lists them apart from their entries (Twilio); `None` (the default) where the
    /// complete listing ([`TrunkProvider::list_ip_access_lists`]) costs no more. Lookups by
    /// name page through these and read only the match.
    fn list_ip_access_list_names(&self) -> Option<BoxStream<'static, Result<IpAccessList>>> {
        None
    }
    /// One IP access list with its entries.
    fn get_ip_access_list<'a>(
        &'a self,
        id: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<IpAccessList>>;
    /// Creates an IP access list with its networks.
    fn create_ip_access_list<'a>(
        &'a self,
        list: &'a NewIpAccessList,
    ) -> BoxFuture<'a, Result<IpAccessList>>;
    /// Renames an IP access list.
    fn rename_ip_access_list<'a>(
        &'a self,
        id: &'a IpAccessListId,
        name: &'a str,
    ) -> BoxFuture<'a, Result<IpAccessList>>;
    /// Deletes an IP access list.
    fn delete_ip_access_list<'a>(&'a self, id: &'a IpAccessListId) -> BoxFuture<'a, Result<()>>;
    /// Adds a network to a list.
    fn add_ip_entry<'a>(
        &'a self,
        list: &'a IpAccessListId,
        network: IpNet,
    ) -> BoxFuture<'a, Result<IpEntry>>;
    /// Removes a network from a list.
    fn remove_ip_entry<'a>(
        &'a self,
        list: &'a IpAccessListId,
        network: IpNet,
    ) -> BoxFuture<'a, Result<()>>;

    /// Every origination URI: of one trunk, or of the account (`None`).
    fn list_origination_uris(
        &self,
        trunk: Option<&TrunkId>,
    ) -> BoxStream<'static, Result<OriginationUri>>;
    /// One origination URI.
    fn get_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<OriginationUri>>;
    /// Creates an origination URI (on Twilio: under `uri.trunk`; elsewhere attached to
    /// `uri.trunk` if set).
    fn create_origination_uri<'a>(
        &'a self,
        uri: &'a NewOriginationUri,
    ) -> BoxFuture<'a, Result<OriginationUri>>;
    /// Changes an origination URI: the fields of `update` that are set.
    fn update_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
        update: &'a OriginationUriUpdate,
    ) -> BoxFuture<'a, Result<OriginationUri>>;
    /// Deletes an origination URI.
    fn delete_origination_uri<'a>(&'a self, id: &'a OriginationUriId) -> BoxFuture<'a, Result<()>>;

    /// Authenticates calls to `trunk` with a credential list.
    fn attach_credential_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<()>>;
    /// Stops authenticating calls to `trunk` with a credential list.
    fn detach_credential_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<()>>;
    /// Authenticates calls to `trunk` by source address.
    fn attach_ip_access_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<()>>;
    /// Stops authenticating calls to `trunk` by this list.
    fn detach_ip_access_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<()>>;
    /// Routes inbound calls of `trunk` to an existing origination URI (after the ones already
    /// attached).
    fn attach_origination_uri<'a>(
        &'a self,
        trunk: &'a TrunkId,
        uri: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<()>>;
    /// Stops routing inbound calls of `trunk` to an origination URI.
    fn detach_origination_uri<'a>(
        &'a self,
        trunk: &'a TrunkId,
        uri: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<()>>;

    /// The phone numbers attached to a trunk.
    fn list_phone_numbers(&self, trunk: &TrunkId) -> BoxStream<'static, Result<PhoneNumber>>;
    /// Sends calls to a phone number through `trunk` (`number`: Twilio `PN…` SID, Vobiz E.164).
    fn attach_phone_number<'a>(
        &'a self,
        trunk: &'a TrunkId,
        number: &'a str,
    ) -> BoxFuture<'a, Result<PhoneNumber>>;
    /// Detaches a phone number from `trunk`; the number stays on the account.
    fn detach_phone_number<'a>(
        &'a self,
        trunk: &'a TrunkId,
        number: &'a str,
    ) -> BoxFuture<'a, Result<()>>;

    /// Call records matching `filter`.
    fn list_calls(&self, filter: CallFilter) -> BoxStream<'static, Result<CallRecord>>;
    /// One call record.
    fn get_call<'a>(&'a self, id: &'a CallId) -> BoxFuture<'a, Result<CallRecord>>;

    /// Where the trunk keeps its attachments in its own fields (Plivo, Vobiz: one credential,
    /// one IP access list, a primary and a fallback origination URI), writes them all at once:
    /// the way to replace an attachment or to reorder the primary and fallback, which
    /// attaching cannot (it fills free fields only). A field the trunk holds that
    /// `attachments` leaves empty is `NotSupported` (these vendors document no way to clear
    /// one). Vendors that attach by association (Twilio) answer `NotSupported`: attach and
    /// detach there. Checked and named as [`Operation::UpdateTrunk`].
    fn set_trunk_slots<'a>(
        &'a self,
        trunk: &'a TrunkId,
        attachments: &'a TrunkAttachments,
    ) -> BoxFuture<'a, Result<()>> {
        let _ = (trunk, attachments);
        let vendor = self.vendor();
        Box::pin(async move {
            Err(crate::Error::NotSupported {
                vendor,
                operation: Operation::UpdateTrunk.as_str(),
                reason: "this provider does not keep attachments in trunk fields; attach and detach instead"
                    .to_owned(),
            })
        })
    }
}

impl dyn TrunkProvider {
    /// The concrete provider behind a `dyn TrunkProvider`, if it is a `P`: the way back to the
    /// typed vendor client (`PlivoProvider::client()` and friends) for what the vendor-neutral
    /// model leaves out.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use trunkline::{PlivoProvider, TrunkProvider, TwilioProvider};
    ///
    /// let provider: Arc<dyn TrunkProvider> = Arc::new(PlivoProvider::new("MA000", "token")?);
    /// // The typed Plivo client, with every Zentrunk operation (e.g. Call Insights):
    /// let plivo: &trunkline::vendor::plivo::Client = provider
    ///     .downcast_ref::<PlivoProvider>()
    ///     .expect("a Plivo provider")
    ///     .client();
    /// assert!(plivo.base_url().ends_with("/v1/Account/MA000/Zentrunk"));
    /// assert!(provider.downcast_ref::<TwilioProvider>().is_none());
    /// # Ok::<(), trunkline::Error>(())
    /// ```
    pub fn downcast_ref<P: TrunkProvider>(&self) -> Option<&P> {
        (self as &dyn Any).downcast_ref::<P>()
    }

    /// Whether the provider behind a `dyn TrunkProvider` is a `P`.
    pub fn is<P: TrunkProvider>(&self) -> bool {
        (self as &dyn Any).is::<P>()
    }
}

/// Composite operations built from [`TrunkProvider`] calls, for every provider (including
/// `dyn TrunkProvider`).
pub trait TrunkProviderExt: TrunkProvider {
    /// Creates a working trunk from one description, in the order this vendor needs, and
    /// rolls back everything it created if a step fails. See [`crate::provision`].
    fn provision<'a>(&'a self, spec: &'a TrunkSpec) -> BoxFuture<'a, Result<Provisioned>> {
        Box::pin(provision::provision(self, spec))
    }

    /// Deletes what [`TrunkProviderExt::provision`] created, in reverse order.
    fn deprovision<'a>(&'a self, provisioned: &'a Provisioned) -> BoxFuture<'a, Result<()>> {
        Box::pin(provision::deprovision(self, provisioned))
    }

    /// The trunk named exactly `name`, with its attachments, or `None`. More than one trunk
    /// with the name is [`Error::Ambiguous`](crate::Error::Ambiguous) naming every id, never a
    /// silent pick. Pages through the trunks (no vendor filters by name).
    fn find_trunk_by_name<'a>(&'a self, name: &'a str) -> BoxFuture<'a, Result<Option<Trunk>>> {
        Box::pin(converge::find_trunk_by_name(self, name))
    }

    /// The credential list named exactly `name`, or `None`; [`Error::Ambiguous`](crate::Error::Ambiguous)
    /// if several have it. `NotSupported` where lists have no name (Vobiz credentials: find
    /// them by username in [`TrunkProvider::list_credential_lists`]).
    fn find_credential_list_by_name<'a>(
        &'a self,
        name: &'a str,
    ) -> BoxFuture<'a, Result<Option<CredentialList>>> {
        Box::pin(converge::find_credential_list_by_name(self, name))
    }

    /// The IP access list named exactly `name`, or `None`; [`Error::Ambiguous`](crate::Error::Ambiguous)
    /// if several have it.
    fn find_ip_access_list_by_name<'a>(
        &'a self,
        name: &'a str,
    ) -> BoxFuture<'a, Result<Option<IpAccessList>>> {
        Box::pin(converge::find_ip_access_list_by_name(self, name))
    }

    /// The origination URI named exactly `name`, of `trunk` or of the account (`None`), or
    /// `None`; [`Error::Ambiguous`](crate::Error::Ambiguous) if several have it.
    fn find_origination_uri_by_name<'a>(
        &'a self,
        trunk: Option<&'a TrunkId>,
        name: &'a str,
    ) -> BoxFuture<'a, Result<Option<OriginationUri>>> {
        Box::pin(converge::find_origination_uri_by_name(self, trunk, name))
    }

    /// What [`TrunkProviderExt::ensure`] would do, without writing anything: reads the trunk
    /// by name and what is attached, and returns `Create`, `Update` (field by field, before →
    /// after), `Replace` (the vendor cannot change something in place) or `NoChange`. See
    /// [`crate::converge`].
    fn plan_trunk<'a>(&'a self, spec: &'a TrunkSpec) -> BoxFuture<'a, Result<TrunkPlan>> {
        Box::pin(async move { converge::plan_trunk(self, spec, &EnsureOptions::default()).await })
    }

    /// [`TrunkProviderExt::plan_trunk`] with options (a plan with
    /// [`EnsureOptions::rotate_passwords`] lists the password rotations).
    fn plan_trunk_with<'a>(
        &'a self,
        spec: &'a TrunkSpec,
        options: &'a EnsureOptions,
    ) -> BoxFuture<'a, Result<TrunkPlan>> {
        Box::pin(converge::plan_trunk(self, spec, options))
    }

    /// Makes the carrier hold exactly what `spec` describes, however often it is called and
    /// whatever faults happen: finds the trunk by name and changes only what differs, or
    /// creates it as [`TrunkProviderExt::provision`] does. A create whose outcome is unknown
    /// is settled by looking it up by name again (bounded, with backoff), never resent blindly.
    /// Passwords are set on create only (see [`EnsureOptions::rotate_passwords`]). See
    /// [`crate::converge`].
    fn ensure<'a>(&'a self, spec: &'a TrunkSpec) -> BoxFuture<'a, Result<Ensured>> {
        Box::pin(async move { converge::ensure(self, spec, &EnsureOptions::default()).await })
    }

    /// [`TrunkProviderExt::ensure`] with options.
    fn ensure_with<'a>(
        &'a self,
        spec: &'a TrunkSpec,
        options: &'a EnsureOptions,
    ) -> BoxFuture<'a, Result<Ensured>> {
        Box::pin(converge::ensure(self, spec, options))
    }
}

impl<P: TrunkProvider + ?Sized> TrunkProviderExt for P {}
