//! [`TrunkProvider`]: the one trait every carrier adapter implements, object-safe so a service
//! can hold `Arc<dyn TrunkProvider>` per carrier; and [`Capabilities`], what each can do.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use futures::Stream;
use trunkline_core::SecretString;

use crate::model::*;
use crate::provision::{self, Provisioned, TrunkSpec};
use crate::{Error, Result};

/// A boxed, `Send` future borrowing the provider: what every async trait method returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A boxed, `Send` stream borrowing the provider: what every list method returns. Pages are
/// fetched lazily as the stream is polled; the stream ends after the first error.
pub type BoxStream<'a, T> = Pin<Box<dyn Stream<Item = T> + Send + 'a>>;

/// Every operation of [`TrunkProvider`], for [`Capabilities::supports`] and
/// [`Error::NotSupported`].
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
    /// Every operation, in trait order.
    pub const ALL: &'static [Operation] = &[
        Self::ListTrunks,
        Self::GetTrunk,
        Self::CreateTrunk,
        Self::UpdateTrunk,
        Self::DeleteTrunk,
        Self::ListCredentialLists,
        Self::GetCredentialList,
        Self::CreateCredentialList,
        Self::RenameCredentialList,
        Self::DeleteCredentialList,
        Self::AddCredential,
        Self::RemoveCredential,
        Self::SetCredentialPassword,
        Self::ListIpAccessLists,
        Self::GetIpAccessList,
        Self::CreateIpAccessList,
        Self::RenameIpAccessList,
        Self::DeleteIpAccessList,
        Self::AddIpEntry,
        Self::RemoveIpEntry,
        Self::ListOriginationUris,
        Self::GetOriginationUri,
        Self::CreateOriginationUri,
        Self::UpdateOriginationUri,
        Self::DeleteOriginationUri,
        Self::AttachCredentialList,
        Self::DetachCredentialList,
        Self::AttachIpAccessList,
        Self::DetachIpAccessList,
        Self::AttachOriginationUri,
        Self::DetachOriginationUri,
        Self::ListPhoneNumbers,
        Self::AttachPhoneNumber,
        Self::DetachPhoneNumber,
        Self::ListCalls,
        Self::GetCall,
    ];

    /// The trait method's name, e.g. `attach_phone_number`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::ListTrunks => "list_trunks",
            Self::GetTrunk => "get_trunk",
            Self::CreateTrunk => "create_trunk",
            Self::UpdateTrunk => "update_trunk",
            Self::DeleteTrunk => "delete_trunk",
            Self::ListCredentialLists => "list_credential_lists",
            Self::GetCredentialList => "get_credential_list",
            Self::CreateCredentialList => "create_credential_list",
            Self::RenameCredentialList => "rename_credential_list",
            Self::DeleteCredentialList => "delete_credential_list",
            Self::AddCredential => "add_credential",
            Self::RemoveCredential => "remove_credential",
            Self::SetCredentialPassword => "set_credential_password",
            Self::ListIpAccessLists => "list_ip_access_lists",
            Self::GetIpAccessList => "get_ip_access_list",
            Self::CreateIpAccessList => "create_ip_access_list",
            Self::RenameIpAccessList => "rename_ip_access_list",
            Self::DeleteIpAccessList => "delete_ip_access_list",
            Self::AddIpEntry => "add_ip_entry",
            Self::RemoveIpEntry => "remove_ip_entry",
            Self::ListOriginationUris => "list_origination_uris",
            Self::GetOriginationUri => "get_origination_uri",
            Self::CreateOriginationUri => "create_origination_uri",
            Self::UpdateOriginationUri => "update_origination_uri",
            Self::DeleteOriginationUri => "delete_origination_uri",
            Self::AttachCredentialList => "attach_credential_list",
            Self::DetachCredentialList => "detach_credential_list",
            Self::AttachIpAccessList => "attach_ip_access_list",
            Self::DetachIpAccessList => "detach_ip_access_list",
            Self::AttachOriginationUri => "attach_origination_uri",
            Self::DetachOriginationUri => "detach_origination_uri",
            Self::ListPhoneNumbers => "list_phone_numbers",
            Self::AttachPhoneNumber => "attach_phone_number",
            Self::DetachPhoneNumber => "detach_phone_number",
            Self::ListCalls => "list_calls",
            Self::GetCall => "get_call",
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a vendor can do, so callers can decide before calling (every unsupported call also
/// returns [`Error::NotSupported`]; nothing is silently ignored).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Capabilities {
    /// The vendor.
    pub vendor: Vendor,
    /// Operations this vendor does not support at all.
    pub unsupported: Vec<Operation>,
    /// Directions a trunk can be created with.
    pub directions: Vec<Direction>,
    /// Trunks can be enabled/disabled.
    pub trunk_enabled_switch: bool,
    /// Trunks have a TLS + SRTP switch.
    pub trunk_secure: bool,
    /// Trunks have a settable concurrent-call limit.
    pub trunk_concurrency_limit: bool,
    /// The caller chooses the trunk's SIP domain.
    pub trunk_sip_domain_settable: bool,
    /// Credential lists per trunk (`None`: no documented limit).
    pub max_credential_lists_per_trunk: Option<usize>,
    /// Credentials per credential list.
    pub max_credentials_per_list: Option<usize>,
    /// IP access lists per trunk.
    pub max_ip_access_lists_per_trunk: Option<usize>,
    /// Networks per IP access list.
    pub max_ip_entries_per_list: Option<usize>,
    /// Origination URIs per trunk.
    pub max_origination_uris_per_trunk: Option<usize>,
    /// Origination URIs have a priority.
    pub origination_uri_priority: bool,
    /// Origination URIs have a settable weight.
    pub origination_uri_weight: bool,
    /// Origination URIs can be created disabled / toggled.
    pub origination_uri_enabled: bool,
    /// Origination URIs are created under a trunk (and deleted with it) rather than attached.
    pub origination_uris_belong_to_trunk: bool,
    /// Direction kinds that may have origination URIs (Plivo: inbound only).
    pub origination_uri_directions: Vec<Direction>,
    /// Direction kinds that may have credential lists / IP access lists (Plivo: outbound only).
    pub auth_directions: Vec<Direction>,
    /// An inbound trunk cannot be created without an origination URI (Plivo).
    pub inbound_requires_origination_uri: bool,
    /// An outbound trunk cannot be created without credentials or an IP list (Plivo).
    pub outbound_requires_auth: bool,
    /// Trunk filters the vendor applies server-side (the others are applied by trunkline).
    pub server_side_trunk_filters: bool,
    /// Credential lists have a name (Vobiz credentials have none).
    pub named_credential_lists: bool,
    /// Deleting a trunk also deletes the credentials, IP lists and origination URIs attached
    /// to it (Vobiz).
    pub trunk_delete_cascades: bool,
}

impl Capabilities {
    /// Whether the vendor supports `operation` at all.
    pub fn supports(&self, operation: Operation) -> bool {
        !self.unsupported.contains(&operation)
    }
}

/// One carrier's SIP trunks, behind a vendor-neutral API.
///
/// Implemented by [`crate::PlivoProvider`], [`crate::TwilioProvider`] and
/// [`crate::VobizProvider`]; object-safe, so `Arc<dyn TrunkProvider>` works. Every method
/// returns [`Error::NotSupported`] for what the vendor cannot do (see
/// [`TrunkProvider::capabilities`]); see the crate docs for how each concept maps per vendor.
pub trait TrunkProvider: Send + Sync + fmt::Debug {
    /// Which vendor this is.
    fn vendor(&self) -> Vendor;

    /// What this vendor can do.
    fn capabilities(&self) -> Capabilities;

    /// Every trunk matching `filter`, page by page.
    fn list_trunks(&self, filter: TrunkFilter) -> BoxStream<'_, Result<Trunk>>;
    /// One trunk, with its attachments.
    fn get_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<Trunk>>;
    /// Creates a trunk and attaches what `trunk` names; if an attachment fails, the trunk is
    /// deleted again and the error says what happened ([`Error::Provisioning`]).
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
    fn list_credential_lists(&self) -> BoxStream<'_, Result<CredentialList>>;
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
    fn list_ip_access_lists(&self) -> BoxStream<'_, Result<IpAccessList>>;
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
    fn list_origination_uris<'a>(
        &'a self,
        trunk: Option<&'a TrunkId>,
    ) -> BoxStream<'a, Result<OriginationUri>>;
    /// One origination URI.
    fn get_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<OriginationUri>>;
    /// Creates an origination URI (on Twilio: under `uri.trunk`).
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
    fn list_phone_numbers<'a>(&'a self, trunk: &'a TrunkId) -> BoxStream<'a, Result<PhoneNumber>>;
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
    fn list_calls(&self, filter: CallFilter) -> BoxStream<'_, Result<CallRecord>>;
    /// One call record.
    fn get_call<'a>(&'a self, id: &'a CallId) -> BoxFuture<'a, Result<CallRecord>>;
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
}

impl<P: TrunkProvider + ?Sized> TrunkProviderExt for P {}

/// A [`BoxStream`] that yields one error and ends: how list methods report a capability the
/// vendor lacks or a filter that fails validation.
pub(crate) fn error_stream<'a, T: Send + 'a>(error: Error) -> BoxStream<'a, Result<T>> {
    Box::pin(futures::stream::once(async move { Err(error) }))
}
