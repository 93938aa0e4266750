//! The vendor-neutral model: what a trunk user manages, independent of the carrier.
//!
//! Types the providers *return* are `#[non_exhaustive]` (carriers grow; new fields are not a
//! breaking change) and have constructors for tests and fakes. Types callers *send*
//! (`New…`, `…Update`, filters) are built with `new` plus `with_…` methods.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
pub use ipnet::IpNet;
use serde::{Deserialize, Serialize};
use trunkline_core::SecretString;

/// A carrier trunkline speaks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Vendor {
    /// Plivo Zentrunk.
    Plivo,
    /// Twilio Elastic SIP Trunking.
    Twilio,
    /// Vobiz.
    Vobiz,
    /// Telnyx (SIP connections, API v2).
    Telnyx,
}

impl Vendor {
    /// Every vendor, in a stable order.
    pub const ALL: [Vendor; 4] = [Vendor::Plivo, Vendor::Twilio, Vendor::Vobiz, Vendor::Telnyx];

    /// Lower-case name: `plivo`, `twilio`, `vobiz`, `telnyx` (the value of `TRUNKLINE_VENDOR`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Plivo => "plivo",
            Self::Twilio => "twilio",
            Self::Vobiz => "vobiz",
            Self::Telnyx => "telnyx",
        }
    }
}

impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `"plivo"`, `"twilio"`, `"vobiz"` or `"telnyx"` (case-insensitive) is not any other value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown vendor {0:?}: expected plivo, twilio, vobiz or telnyx")]
pub struct UnknownVendor(pub String);

impl FromStr for Vendor {
    type Err = UnknownVendor;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "plivo" => Ok(Self::Plivo),
            "twilio" => Ok(Self::Twilio),
            "vobiz" => Ok(Self::Vobiz),
            "telnyx" => Ok(Self::Telnyx),
            _ => Err(UnknownVendor(s.to_owned())),
        }
    }
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps a vendor id.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The vendor's id string.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

id_type!(
    /// A trunk's id: Plivo `trunk_id` (numeric string), Twilio `TK…` SID, Vobiz UUID.
    TrunkId
);
id_type!(
    /// A credential list's id: Twilio `CL…` SID; on Plivo and Vobiz, the one credential's id.
    CredentialListId
);
id_type!(
    /// A credential's id: Twilio `CR…` SID; Plivo `credential_uuid`; Vobiz `id`.
    CredentialId
);
id_type!(
    /// An IP access list's id: Twilio `AL…` SID; Plivo `ipacl_uuid`; Vobiz IP ACL entry `id`.
    IpAccessListId
);
id_type!(
    /// One address entry's id inside an IP access list: Twilio `IP…` SID; Vobiz entry `id`
    /// (Plivo entries have no id).
    IpEntryId
);
id_type!(
    /// An origination URI's id: Twilio `OU…` SID; Plivo `uri_uuid`; Vobiz `id`.
    OriginationUriId
);
id_type!(
    /// A call record's id: Plivo `call_uuid`; Vobiz `call_id`.
    CallId
);

/// Which way calls flow through a trunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Direction {
    /// Calls from the carrier to your infrastructure (origination).
    Inbound,
    /// Calls from your infrastructure to the carrier (termination).
    Outbound,
    /// Both ways (every Twilio trunk; some Vobiz trunks).
    Both,
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::Both => "both",
        })
    }
}

/// A SIP trunk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Trunk {
    /// The vendor's id.
    pub id: TrunkId,
    /// Friendly name.
    pub name: Option<String>,
    /// The SIP domain / termination address your PBX sends calls to (Plivo
    /// `<id>.zt.plivo.com`, Twilio `*.pstn.twilio.com`, Vobiz `<id>.sip.vobiz.ai`).
    pub sip_domain: Option<String>,
    /// Which way calls flow. A value the vendor added after this release is kept in
    /// [`Trunk::direction_raw`] and mapped to [`Direction::Both`] only if it says `both`.
    pub direction: Direction,
    /// The vendor's direction string when it is not one trunkline knows.
    pub direction_raw: Option<String>,
    /// Whether the trunk carries calls. `None` where the vendor has no trunk-level switch
    /// (Twilio).
    pub enabled: Option<bool>,
    /// TLS signalling + SRTP media.
    pub secure: Option<bool>,
    /// Concurrent-call limit, where the vendor has one (Vobiz).
    pub max_concurrent_calls: Option<u32>,
    /// Calls-per-second limit, where the vendor has one (Vobiz).
    pub calls_per_second: Option<u32>,
    /// What is attached to the trunk. Always filled by `get_trunk`; filled by `list_trunks`
    /// where the vendor's trunk object carries it (Plivo, Vobiz), `None` on Twilio unless the
    /// list asked for it (it costs extra requests per trunk).
    pub attachments: Option<TrunkAttachments>,
    /// When the trunk was created, where the vendor says.
    pub created_at: Option<DateTime<Utc>>,
    /// When the trunk was last changed, where the vendor says.
    pub updated_at: Option<DateTime<Utc>>,
}

impl Trunk {
    /// A trunk with an id and a direction and nothing else known.
    pub fn new(id: impl Into<TrunkId>, direction: Direction) -> Self {
        Self {
            id: id.into(),
            name: None,
            sip_domain: None,
            direction,
            direction_raw: None,
            enabled: None,
            secure: None,
            max_concurrent_calls: None,
            calls_per_second: None,
            attachments: None,
            created_at: None,
            updated_at: None,
        }
    }
}

/// What is attached to a trunk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TrunkAttachments {
    /// Credential lists that authenticate calls you send (digest auth).
    pub credential_lists: Vec<CredentialListId>,
    /// IP access lists that authenticate calls you send by source address.
    pub ip_access_lists: Vec<IpAccessListId>,
    /// Where the carrier sends inbound calls, most preferred first.
    pub origination_uris: Vec<OriginationUriId>,
}

impl TrunkAttachments {
    /// Nothing attached.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether nothing is attached.
    pub fn is_empty(&self) -> bool {
        self.credential_lists.is_empty()
            && self.ip_access_lists.is_empty()
            && self.origination_uris.is_empty()
    }
}

/// A trunk to create.
///
/// ```
/// use trunkline::{NewTrunk, Direction};
///
/// let trunk = NewTrunk::new(Direction::Outbound)
///     .with_name("pbx-outbound")
///     .with_secure(true)
///     .with_credential_list("CL0123");
/// assert_eq!(trunk.credential_lists.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct NewTrunk {
    /// Which way calls flow. Twilio trunks always carry both ways; Plivo trunks carry one.
    pub direction: Direction,
    /// Friendly name.
    pub name: Option<String>,
    /// Twilio only: the termination domain (`*.pstn.twilio.com`). The others assign one.
    pub sip_domain: Option<String>,
    /// Start enabled or disabled (vendor default if `None`).
    pub enabled: Option<bool>,
    /// TLS + SRTP.
    pub secure: Option<bool>,
    /// Vobiz only: concurrent-call limit (Vobiz requires it; trunkline sends 10 if `None`).
    pub max_concurrent_calls: Option<u32>,
    /// Credential lists to attach (Plivo and Vobiz: at most one).
    pub credential_lists: Vec<CredentialListId>,
    /// IP access lists to attach (Plivo and Vobiz: at most one).
    pub ip_access_lists: Vec<IpAccessListId>,
    /// Origination URIs to route inbound calls to, most preferred first (Plivo: primary and
    /// fallback; a Plivo inbound trunk needs at least one; Twilio: created under the trunk
    /// instead, see [`crate::TrunkProvider::create_origination_uri`]).
    pub origination_uris: Vec<OriginationUriId>,
}

impl NewTrunk {
    /// A trunk with this direction and vendor defaults for everything else.
    pub fn new(direction: Direction) -> Self {
        Self {
            direction,
            name: None,
            sip_domain: None,
            enabled: None,
            secure: None,
            max_concurrent_calls: None,
            credential_lists: Vec::new(),
            ip_access_lists: Vec::new(),
            origination_uris: Vec::new(),
        }
    }

    /// Sets the name.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the SIP domain (Twilio).
    pub fn with_sip_domain(mut self, domain: impl Into<String>) -> Self {
        self.sip_domain = Some(domain.into());
        self
    }

    /// Starts the trunk enabled or disabled.
    pub fn with_enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
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

    /// Attaches a credential list.
    pub fn with_credential_list(mut self, id: impl Into<CredentialListId>) -> Self {
        self.credential_lists.push(id.into());
        self
    }

    /// Attaches an IP access list.
    pub fn with_ip_access_list(mut self, id: impl Into<IpAccessListId>) -> Self {
        self.ip_access_lists.push(id.into());
        self
    }

    /// Routes inbound calls to an origination URI (call again for the fallback).
    pub fn with_origination_uri(mut self, id: impl Into<OriginationUriId>) -> Self {
        self.origination_uris.push(id.into());
        self
    }
}

/// Changes to a trunk; `None` fields are left as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TrunkUpdate {
    /// New name.
    pub name: Option<String>,
    /// Enable or disable.
    pub enabled: Option<bool>,
    /// TLS + SRTP on or off.
    pub secure: Option<bool>,
    /// New concurrent-call limit (Vobiz).
    pub max_concurrent_calls: Option<u32>,
    /// New SIP domain (Twilio).
    pub sip_domain: Option<String>,
}

impl TrunkUpdate {
    /// No change yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Renames the trunk.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Enables or disables the trunk.
    pub fn with_enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }

    /// Turns TLS + SRTP on or off.
    pub fn with_secure(mut self, secure: bool) -> Self {
        self.secure = Some(secure);
        self
    }

    /// Changes the concurrent-call limit (Vobiz).
    pub fn with_max_concurrent_calls(mut self, limit: u32) -> Self {
        self.max_concurrent_calls = Some(limit);
        self
    }

    /// Changes the SIP domain (Twilio).
    pub fn with_sip_domain(mut self, domain: impl Into<String>) -> Self {
        self.sip_domain = Some(domain.into());
        self
    }

    /// Whether the update changes nothing.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// Which trunks to list. Filters a vendor cannot apply server-side are applied by trunkline
/// to each page (see the capability matrix in the crate docs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TrunkFilter {
    /// Only trunks with this direction.
    pub direction: Option<Direction>,
    /// Only enabled (or disabled) trunks.
    pub enabled: Option<bool>,
    /// Items per request; `None` uses the vendor's maximum page size.
    pub page_size: Option<u32>,
    /// Twilio: also fetch each trunk's attachments (three extra requests per trunk).
    pub with_attachments: bool,
}

impl TrunkFilter {
    /// Every trunk.
    pub fn new() -> Self {
        Self::default()
    }

    /// Only trunks with this direction.
    pub fn with_direction(mut self, direction: Direction) -> Self {
        self.direction = Some(direction);
        self
    }

    /// Only enabled (or disabled) trunks.
    pub fn with_enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }

    /// Items per request.
    pub fn with_page_size(mut self, page_size: u32) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// Fetch attachments too where that costs extra requests (Twilio).
    pub fn with_attachments(mut self, with: bool) -> Self {
        self.with_attachments = with;
        self
    }
}

/// A username for SIP digest authentication. The password is write-only: no vendor returns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Credential {
    /// The vendor's id.
    pub id: CredentialId,
    /// SIP username.
    pub username: String,
}

impl Credential {
    /// A credential with an id and username.
    pub fn new(id: impl Into<CredentialId>, username: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            username: username.into(),
        }
    }
}

/// A username and password to create. `Debug` never shows the password.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct NewCredential {
    /// SIP username.
    pub username: String,
    /// SIP password.
    pub password: SecretString,
}

impl NewCredential {
    /// A username and password.
    pub fn new(username: impl Into<String>, password: impl Into<SecretString>) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
        }
    }
}

/// A named set of SIP credentials that authenticates calls sent to a trunk.
///
/// Twilio has real lists of many credentials. A Plivo or Vobiz credential is one
/// username/password: trunkline presents it as a list holding exactly that one credential
/// (list id = credential id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CredentialList {
    /// The vendor's id.
    pub id: CredentialListId,
    /// Friendly name.
    pub name: Option<String>,
    /// The credentials, without passwords.
    pub credentials: Vec<Credential>,
}

impl CredentialList {
    /// A list with an id and its credentials.
    pub fn new(id: impl Into<CredentialListId>, credentials: Vec<Credential>) -> Self {
        Self {
            id: id.into(),
            name: None,
            credentials,
        }
    }
}

/// A credential list to create.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct NewCredentialList {
    /// Friendly name.
    pub name: String,
    /// Credentials to put in it (Plivo and Vobiz: exactly one).
    pub credentials: Vec<NewCredential>,
}

impl NewCredentialList {
    /// A list with a name and no credentials yet.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            credentials: Vec::new(),
        }
    }

    /// Adds a credential.
    pub fn with_credential(
        mut self,
        username: impl Into<String>,
        password: impl Into<SecretString>,
    ) -> Self {
        self.credentials
            .push(NewCredential::new(username, password));
        self
    }
}

/// One allowed source network in an IP access list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IpEntry {
    /// The entry's own id, where the vendor gives entries ids (Twilio, Vobiz).
    pub id: Option<IpEntryId>,
    /// An address (`/32`, `/128`) or a CIDR range.
    pub network: IpNet,
}

impl IpEntry {
    /// An entry for a network.
    pub fn new(id: Option<IpEntryId>, network: IpNet) -> Self {
        Self { id, network }
    }
}

/// A named allow-list of source addresses that authenticates calls sent to a trunk.
///
/// Twilio lists hold many addresses with ids; a Plivo list holds an array of addresses; a
/// Vobiz "IP ACL entry" is one address or CIDR, presented as a list of one entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IpAccessList {
    /// The vendor's id.
    pub id: IpAccessListId,
    /// Friendly name.
    pub name: Option<String>,
    /// The allowed networks.
    pub entries: Vec<IpEntry>,
}

impl IpAccessList {
    /// A list with an id and entries.
    pub fn new(id: impl Into<IpAccessListId>, entries: Vec<IpEntry>) -> Self {
        Self {
            id: id.into(),
            name: None,
            entries,
        }
    }
}

/// An IP access list to create.
///
/// ```
/// use trunkline::NewIpAccessList;
///
/// let list = NewIpAccessList::new("office")
///     .with_network("203.0.113.7".parse().unwrap())
///     .with_network("198.51.100.0/24".parse().unwrap());
/// assert_eq!(list.networks.len(), 2);
/// assert_eq!(list.networks[0].to_string(), "203.0.113.7/32");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct NewIpAccessList {
    /// Friendly name.
    pub name: String,
    /// Allowed networks (Vobiz: exactly one).
    pub networks: Vec<IpNet>,
}

impl NewIpAccessList {
    /// A list with a name and no networks yet.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            networks: Vec::new(),
        }
    }

    /// Adds a network; parse addresses with [`parse_network`] to accept `1.2.3.4` as well as
    /// `1.2.3.0/24`.
    pub fn with_network(mut self, network: Network) -> Self {
        self.networks.push(network.0);
        self
    }
}

/// An address or CIDR range as users write it: `"203.0.113.7"` (a single host) or
/// `"198.51.100.0/24"`. Parses with `str::parse`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Network(pub IpNet);

impl FromStr for Network {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_network(s).map(Network)
    }
}

impl From<IpNet> for Network {
    fn from(net: IpNet) -> Self {
        Self(net)
    }
}

/// Parses `"203.0.113.7"` (a host: `/32` or `/128`) or `"198.51.100.0/24"`. Host bits set
/// under the prefix (`10.0.0.1/24`) are an error, as vendors reject them.
pub fn parse_network(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    if text.contains('/') {
        let net: IpNet = text
            .parse()
            .map_err(|_| format!("{text:?} is not an IP network (address/prefix)"))?;
        if net.trunc() != net {
            return Err(format!(
                "{text:?} has host bits set below the /{} prefix; did you mean {}?",
                net.prefix_len(),
                net.trunc()
            ));
        }
        Ok(net)
    } else {
        let addr: std::net::IpAddr = text
            .parse()
            .map_err(|_| format!("{text:?} is not an IP address"))?;
        Ok(IpNet::from(addr))
    }
}

/// Where the carrier sends inbound calls for a trunk (your PBX or SBC).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct OriginationUri {
    /// The vendor's id.
    pub id: OriginationUriId,
    /// The trunk it belongs to, where the vendor scopes URIs to trunks (Twilio).
    pub trunk: Option<TrunkId>,
    /// Friendly name.
    pub name: Option<String>,
    /// The destination: a SIP URI (`sip:pbx.example.com:5060`), or on Plivo also a bare host.
    pub sip_uri: String,
    /// Lower is preferred (Twilio, Vobiz). `None` on Plivo, where order is primary/fallback.
    pub priority: Option<u16>,
    /// Share of calls among equal priorities (Twilio, Vobiz).
    pub weight: Option<u16>,
    /// Whether calls are sent to it.
    pub enabled: Option<bool>,
}

impl OriginationUri {
    /// A URI with an id and destination.
    pub fn new(id: impl Into<OriginationUriId>, sip_uri: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            trunk: None,
            name: None,
            sip_uri: sip_uri.into(),
            priority: None,
            weight: None,
            enabled: None,
        }
    }
}

/// An origination URI to create.
///
/// ```
/// use trunkline::NewOriginationUri;
///
/// let uri = NewOriginationUri::new("sip:pbx.example.com:5060").with_priority(10).with_weight(50);
/// assert_eq!(uri.priority, Some(10));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct NewOriginationUri {
    /// The destination SIP URI. Must not be empty.
    pub sip_uri: String,
    /// Friendly name.
    pub name: Option<String>,
    /// Lower is preferred.
    pub priority: Option<u16>,
    /// Share among equal priorities (Twilio only; Vobiz fixes it at 10, Plivo has none).
    pub weight: Option<u16>,
    /// Start enabled or disabled (Twilio only).
    pub enabled: Option<bool>,
    /// The trunk to create it under: required on Twilio, where URIs belong to a trunk;
    /// ignored elsewhere (attach with [`crate::TrunkProvider::attach_origination_uri`]).
    pub trunk: Option<TrunkId>,
}

impl NewOriginationUri {
    /// A URI pointing at `sip_uri`.
    pub fn new(sip_uri: impl Into<String>) -> Self {
        Self {
            sip_uri: sip_uri.into(),
            name: None,
            priority: None,
            weight: None,
            enabled: None,
            trunk: None,
        }
    }

    /// Sets the name.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the priority (lower is preferred).
    pub fn with_priority(mut self, priority: u16) -> Self {
        self.priority = Some(priority);
        self
    }

    /// Sets the weight.
    pub fn with_weight(mut self, weight: u16) -> Self {
        self.weight = Some(weight);
        self
    }

    /// Starts it enabled or disabled.
    pub fn with_enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }

    /// Creates it under this trunk (Twilio).
    pub fn with_trunk(mut self, trunk: impl Into<TrunkId>) -> Self {
        self.trunk = Some(trunk.into());
        self
    }
}

/// Changes to an origination URI; `None` fields are left as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct OriginationUriUpdate {
    /// New destination.
    pub sip_uri: Option<String>,
    /// New name.
    pub name: Option<String>,
    /// New priority.
    pub priority: Option<u16>,
    /// New weight.
    pub weight: Option<u16>,
    /// Enable or disable.
    pub enabled: Option<bool>,
}

impl OriginationUriUpdate {
    /// No change yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Points the URI somewhere else.
    pub fn with_sip_uri(mut self, sip_uri: impl Into<String>) -> Self {
        self.sip_uri = Some(sip_uri.into());
        self
    }

    /// Renames it.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Changes its priority.
    pub fn with_priority(mut self, priority: u16) -> Self {
        self.priority = Some(priority);
        self
    }

    /// Changes its weight.
    pub fn with_weight(mut self, weight: u16) -> Self {
        self.weight = Some(weight);
        self
    }

    /// Enables or disables it.
    pub fn with_enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }
}

/// A phone number attached to a trunk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct PhoneNumber {
    /// How the vendor names the number: Twilio `PN…` SID, Vobiz E.164.
    pub id: String,
    /// The number in E.164, where known.
    pub e164: Option<String>,
    /// The trunk it is attached to.
    pub trunk: Option<TrunkId>,
}

impl PhoneNumber {
    /// A number by its vendor id.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            e164: None,
            trunk: None,
        }
    }
}

/// Direction of a call record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum CallDirection {
    /// From the network to your infrastructure.
    Inbound,
    /// From your infrastructure to the network.
    Outbound,
}

/// Money as the vendor reported it: a decimal string (never a float) and a currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Money {
    /// Decimal amount exactly as the vendor sent it, e.g. `"0.01500"`.
    pub amount: String,
    /// ISO 4217 currency, e.g. `USD`.
    pub currency: String,
}

impl Money {
    /// An amount in a currency.
    pub fn new(amount: impl Into<String>, currency: impl Into<String>) -> Self {
        Self {
            amount: amount.into(),
            currency: currency.into(),
        }
    }
}

/// A call detail record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CallRecord {
    /// The vendor's id.
    pub id: CallId,
    /// Caller number.
    pub from: Option<String>,
    /// Called number.
    pub to: Option<String>,
    /// Which way the call went.
    pub direction: Option<CallDirection>,
    /// When the call started (initiated).
    pub start: Option<DateTime<Utc>>,
    /// When it was answered.
    pub answered: Option<DateTime<Utc>>,
    /// When it ended.
    pub end: Option<DateTime<Utc>>,
    /// Call duration.
    pub duration: Option<Duration>,
    /// Billed duration.
    pub billed_duration: Option<Duration>,
    /// Why it ended, in the vendor's words (e.g. `normal_hangup`).
    pub hangup_cause: Option<String>,
    /// What it cost.
    pub cost: Option<Money>,
    /// The trunk it went through: a trunk id or the trunk's SIP domain (Plivo).
    pub trunk: Option<String>,
}

impl CallRecord {
    /// A record with an id and nothing else known.
    pub fn new(id: impl Into<CallId>) -> Self {
        Self {
            id: id.into(),
            from: None,
            to: None,
            direction: None,
            start: None,
            answered: None,
            end: None,
            duration: None,
            billed_duration: None,
            hangup_cause: None,
            cost: None,
            trunk: None,
        }
    }
}

/// How many single-record reads [`CallFilter::with_details`] keeps in flight per list.
pub const CALL_DETAILS_IN_FLIGHT: usize = 8;

/// Which call records to list. Filters a vendor cannot apply server-side are applied by
/// trunkline to each page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallFilter {
    /// Caller number (exact or prefix, as the vendor matches).
    pub from_number: Option<String>,
    /// Called number.
    pub to_number: Option<String>,
    /// Direction.
    pub direction: Option<CallDirection>,
    /// Calls that ended at or after this time.
    pub ended_after: Option<DateTime<Utc>>,
    /// Calls that ended before this time.
    pub ended_before: Option<DateTime<Utc>>,
    /// Items per request; `None` uses the vendor's maximum.
    pub page_size: Option<u32>,
    /// Complete every listed record with the fields only the vendor's single-record read
    /// returns (see [`CallFilter::with_details`]).
    pub details: bool,
}

impl CallFilter {
    /// Every call the vendor keeps (Plivo: the last 30 days unless `ended_after` says more).
    pub fn new() -> Self {
        Self::default()
    }

    /// Only calls from this number.
    pub fn with_from_number(mut self, number: impl Into<String>) -> Self {
        self.from_number = Some(number.into());
        self
    }

    /// Only calls to this number.
    pub fn with_to_number(mut self, number: impl Into<String>) -> Self {
        self.to_number = Some(number.into());
        self
    }

    /// Only calls in this direction.
    pub fn with_direction(mut self, direction: CallDirection) -> Self {
        self.direction = Some(direction);
        self
    }

    /// Only calls that ended in `[after, before)`.
    pub fn with_ended_between(mut self, after: DateTime<Utc>, before: DateTime<Utc>) -> Self {
        self.ended_after = Some(after);
        self.ended_before = Some(before);
        self
    }

    /// Items per request.
    pub fn with_page_size(mut self, page_size: u32) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// Complete every listed record with what only the vendor's single-record read returns.
    ///
    /// Some vendors list fewer fields than they return for one record: Plivo's call list
    /// carries no cost, no hang-up cause, no answer or end time and no trunk domain
    /// ([`Capabilities::call`](crate::Capabilities)`.list_has_details` is `false`). With
    /// details on, trunkline reads each listed record once more (**one extra request per
    /// call**, at most [`CALL_DETAILS_IN_FLIGHT`] at a
    /// time, records still yielded in list order) and fills the missing fields from it. For a
    /// vendor whose list is already complete it changes nothing and sends nothing more.
    ///
    /// A record deleted between the list and its read keeps its listed fields; any other
    /// failed read ends the stream with that error.
    ///
    /// ```
    /// use trunkline::CallFilter;
    ///
    /// let billing = CallFilter::new().with_details(true);
    /// assert!(billing.details);
    /// ```
    pub fn with_details(mut self, details: bool) -> Self {
        self.details = details;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_parse_hosts_and_ranges() {
        assert_eq!(
            parse_network("203.0.113.7").unwrap().to_string(),
            "203.0.113.7/32"
        );
        assert_eq!(
            parse_network(" 2001:db8::1 ").unwrap().to_string(),
            "2001:db8::1/128"
        );
        assert_eq!(parse_network("198.51.100.0/24").unwrap().prefix_len(), 24);
        assert!(
            parse_network("10.0.0.1/24")
                .unwrap_err()
                .contains("10.0.0.0/24")
        );
        assert!(parse_network("300.1.1.1").is_err());
        assert!(parse_network("").is_err());
        assert!(parse_network("10.0.0.0/33").is_err());
    }

    #[test]
    fn vendors_parse_case_insensitively() {
        assert_eq!("Twilio".parse::<Vendor>().unwrap(), Vendor::Twilio);
        assert!("sinch".parse::<Vendor>().is_err());
        for vendor in Vendor::ALL {
            assert_eq!(vendor.as_str().parse::<Vendor>().unwrap(), vendor);
        }
    }

    #[test]
    fn new_credentials_hide_passwords() {
        let list = NewCredentialList::new("pbx").with_credential("alice", "Sup3rSecret!pw");
        assert!(!format!("{list:?}").contains("Sup3rSecret"));
    }
}
