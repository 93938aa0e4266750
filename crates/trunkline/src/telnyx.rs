//! The Telnyx adapter: [`TelnyxProvider`](crate::TelnyxProvider)'s field mapping and vendor
//! primitives. Its rules are stated in `crate::capabilities::telnyx`; the engine
//! (`crate::engine`) checks them, pages, fills target slots and rolls back. Which connection
//! type a trunk becomes is decided in `create_trunk`; how Telnyx maps onto the neutral model is
//! documented on the provider type.
use futures::{StreamExt, TryStreamExt};
use trunkline_core::OpenEnum;
use trunkline_telnyx::Client;
use trunkline_telnyx::types::{self, builder};

use crate::capabilities::*;
use crate::engine::call::{ErrorBody, call};
use crate::engine::list::{completed, find, vendor_stream};
use crate::engine::map::{self, one_credential_list, small};
use crate::engine::{Adapter, Created, Items, Slots, TrunkPatch};
use crate::model::*;
use crate::providers::TelnyxProvider;
use crate::{Error, Operation, Result, SecretString};

const VENDOR: Vendor = Vendor::Telnyx;
/// The largest page of connections, IPs and numbers.
const MAX_PAGE: u64 = 250;
/// The largest page of detail records.
const MAX_RECORD_PAGE: u64 = 50;
/// Where PBXs send calls (US region): Telnyx assigns no domain per connection.
const SIP_DOMAIN: &str = "sip.telnyx.com";

impl ErrorBody for types::Errors {
    fn message(&self) -> Option<String> {
        let error = self.errors.first()?;
        let parts = [error.title.as_deref(), error.detail.as_deref()];
        let text = parts.into_iter().flatten().collect::<Vec<_>>().join(": ");
        match error.source.as_ref().and_then(|s| s.pointer.as_deref()) {
            Some(pointer) if pointer != "/" => Some(format!("{text} (at {pointer})")),
            _ => Some(text),
        }
    }

    fn code(&self) -> Option<String> {
        match self.errors.first()?.code.as_ref()? {
            serde_json::Value::String(code) => Some(code.clone()),
            other => Some(other.to_string()),
        }
    }
}

/// Sends a typed request; its error mapped, its `data`.
macro_rules! send {
    ($request:expr) => {
        call(VENDOR, $request.send()).await?.data
    };
}

/// The connection types: how a connection authenticates, fixed when it is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Type {
    Credential,
    Ip,
    Fqdn,
}

/// `$body` for connections of type `$kind`, with `$op` the typed client's operation on that
/// type (credential | IP | FQDN) and `$of` their mapping into a [`Connection`].
macro_rules! by_type {
    ($kind:expr => $c:ident | $i:ident | $f:ident, |$op:ident, $of:ident| $body:expr) => {
        match $kind {
            Type::Credential => {
                let ($op, $of) = (Client::$c, of_credential);
                $body
            }
            Type::Ip => {
                let ($op, $of) = (Client::$i, of_ip);
                $body
            }
            Type::Fqdn => {
                let ($op, $of) = (Client::$f, of_fqdn);
                $body
            }
        }
    };
}

/// What the adapter reads of a connection, whatever its type.
#[derive(Clone, Debug)]
struct Connection {
    kind: Type,
    trunk: Trunk,
    user_name: Option<String>,
    /// The primary, secondary and tertiary target ids (IP and FQDN connections).
    targets: [Option<String>; 3],
}

/// A typed connection as a [`Connection`]: the three types share these fields.
macro_rules! connection {
    ($raw:ident, $kind:expr, $targets:expr) => {{
        let (inbound, outbound) = ($raw.inbound, $raw.outbound.unwrap_or_default());
        let inbound_limit = inbound.as_ref().and_then(|i| i.channel_limit);
        // Every connection takes calls to its numbers; with a profile it also places calls.
        let both = outbound.outbound_voice_profile_id.is_some();
        let mut trunk = Trunk::new(
            $raw.id,
            [Direction::Inbound, Direction::Both][usize::from(both)],
        );
        (trunk.name, trunk.enabled) = ($raw.connection_name, $raw.active);
        trunk.secure = Some(matches!($raw.encrypted_media, Some(OpenEnum::Known(_))));
        trunk.max_concurrent_calls = small(outbound.channel_limit.or(inbound_limit));
        trunk.sip_domain = Some(SIP_DOMAIN.to_owned());
        (trunk.created_at, trunk.updated_at) = ($raw.created_at, $raw.updated_at);
        let targets = inbound.map($targets).unwrap_or_default();
        let mut connection = Connection {
            kind: $kind,
            trunk,
            user_name: None,
            targets,
        };
        connection.trunk.attachments = Some(connection.slots().attachments());
        connection
    }};
}

fn of_credential(raw: types::CredentialConnection) -> Connection {
    let user_name = raw.user_name.clone();
    let no_targets = |_: types::CredentialInbound| Default::default();
    Connection {
        user_name,
        ..connection!(raw, Type::Credential, no_targets)
    }
}

fn of_ip(raw: types::IpConnection) -> Connection {
    connection!(raw, Type::Ip, |i: types::InboundIp| {
        [
            i.default_primary_ip_id,
            i.default_secondary_ip_id,
            i.default_tertiary_ip_id,
        ]
    })
}

fn of_fqdn(raw: types::FqdnConnection) -> Connection {
    connection!(raw, Type::Fqdn, |i: types::InboundFqdn| {
        [
            i.default_primary_fqdn_id,
            i.default_secondary_fqdn_id,
            i.default_tertiary_fqdn_id,
        ]
    })
}

impl Connection {
    fn id(&self) -> &str {
        self.trunk.id.as_str()
    }

    fn slots(&self) -> Slots {
        let own = |kind: Type| (self.kind == kind).then(|| self.id().to_owned());
        let targets = self.targets.to_vec();
        Slots {
            credential_list: own(Type::Credential),
            ip_access_list: own(Type::Ip),
            origination_uris: if self.kind == Type::Credential {
                Vec::new()
            } else {
                targets
            },
        }
    }

    fn credential_list(self) -> CredentialList {
        let (id, user) = (self.id().to_owned(), self.user_name.unwrap_or_default());
        one_credential_list(id, user, self.trunk.name)
    }
}

/// What a trunk create or update writes, the same for every connection type, and the target
/// slots (`Some(None)` clears one).
#[derive(Default)]
struct Settings {
    name: Option<String>,
    active: Option<bool>,
    secure: Option<bool>,
    limit: Option<u32>,
    profile: Option<String>,
    slots: [Option<Option<String>>; 3],
}

impl Settings {
    fn renaming(name: &str) -> Self {
        Self {
            name: Some(name.to_owned()),
            ..Self::default()
        }
    }

    fn media(&self) -> Option<types::EncryptedMediaSetting> {
        let srtp = types::EncryptedMediaSettingInner::Srtp;
        self.secure
            .map(|on| types::EncryptedMediaSetting(on.then_some(srtp)))
    }

    fn limit(&self) -> Option<types::NullableInteger> {
        let limit = self.limit.map(i64::from);
        limit.map(|limit| types::NullableInteger(Some(limit)))
    }

    fn slot(&self, slot: usize) -> Option<types::NullableString> {
        self.slots[slot].clone().map(types::NullableString)
    }
}

/// A connection request body of type `$body` from [`Settings`] `$s` (the request types of the
/// three connection types are distinct types with the same fields): `$inbound` and `$outbound`
/// are its parts' builders, `$slots` writes the target slots into the inbound part.
macro_rules! body {
    ($body:ident: $inbound:ident, $outbound:ident; $s:expr, $name:expr, $slots:expr) => {{
        let s: &Settings = $s;
        let inbound = $slots(builder::$inbound::default().channel_limit(s.limit()), s);
        let outbound = builder::$outbound::default().channel_limit(s.limit());
        let outbound = outbound.outbound_voice_profile_id(s.profile.clone());
        let writes_inbound = s.limit.is_some() || s.slots.iter().any(Option::is_some);
        let inbound = writes_inbound.then(|| inbound.try_into()).transpose();
        let outbound = (s.limit.is_some() || s.profile.is_some()).then(|| outbound.try_into());
        let body = builder::$body::default()
            .connection_name($name)
            .active(s.active);
        let body = body
            .encrypted_media(s.media())
            .inbound(inbound.map_err(invalid)?);
        body.outbound(outbound.transpose().map_err(invalid)?)
    }};
}

fn invalid(err: impl std::fmt::Display) -> Error {
    Error::invalid(VENDOR, "", err.to_string())
}

fn no_slots<B>(inbound: B, _: &Settings) -> B {
    inbound
}

fn ip_slots(i: builder::UpdateInboundIpRequest, s: &Settings) -> builder::UpdateInboundIpRequest {
    let i = i
        .default_primary_ip_id(s.slot(0))
        .default_secondary_ip_id(s.slot(1));
    i.default_tertiary_ip_id(s.slot(2))
}

fn fqdn_slots(i: builder::InboundFqdnRequest, s: &Settings) -> builder::InboundFqdnRequest {
    let i = i.default_primary_fqdn_id(s.slot(0));
    let i = i.default_secondary_fqdn_id(s.slot(1));
    i.default_tertiary_fqdn_id(s.slot(2))
}

/// A target as a SIP URI: `sip:host[:port]`.
fn target(
    id: String,
    on: Option<String>,
    host: Option<String>,
    port: Option<i64>,
) -> OriginationUri {
    let host = host.unwrap_or_default();
    let port = port.map(|port| format!(":{port}")).unwrap_or_default();
    let mut uri = OriginationUri::new(id, format!("sip:{host}{port}"));
    uri.trunk = on.map(TrunkId::new);
    uri
}

fn e164(raw: &types::PhoneNumber) -> &str {
    raw.phone_number.as_deref().unwrap_or_default()
}

fn phone_number(raw: types::PhoneNumber) -> PhoneNumber {
    let mut number = PhoneNumber::new(raw.id);
    let trunk = raw.connection_id.filter(|c| !c.is_empty());
    (number.e164, number.trunk) = (raw.phone_number, trunk.map(TrunkId::new));
    number
}

fn call_record(raw: types::SipTrunkingDetailRecord) -> Result<CallRecord> {
    let mut record = CallRecord::new(raw.id.ok_or_else(|| map::missing(VENDOR, "id"))?);
    record.start = map::rfc3339(VENDOR, "started_at", raw.started_at.as_deref())?;
    record.end = map::rfc3339(VENDOR, "finished_at", raw.finished_at.as_deref())?;
    record.direction = match raw.direction.as_deref() {
        Some("inbound") => Some(CallDirection::Inbound),
        Some("outbound") => Some(CallDirection::Outbound),
        _ => None,
    };
    (record.from, record.to) = (raw.cli.or(raw.caller_number), raw.cld.or(raw.dest_number));
    record.duration = map::json_seconds(raw.call_sec.as_ref());
    record.billed_duration = map::json_seconds(raw.billed_sec.as_ref());
    let currency = raw.currency.unwrap_or_else(|| "USD".into());
    record.cost = raw.cost.map(|amount| Money::new(amount, currency));
    record.trunk = raw.connection_id;
    Ok(record)
}

impl TelnyxProvider {
    /// The outbound voice profile of a new trunk: none for inbound trunks; for the others the
    /// configured one, never a new one.
    fn profile_for(&self, direction: Direction) -> Result<Option<String>> {
        let none = "a Telnyx trunk places calls through an outbound voice profile, which \
                    trunkline does not create: give its id with \
                    TelnyxProvider::with_outbound_voice_profile or \
                    TELNYX_OUTBOUND_VOICE_PROFILE_ID, or create an inbound trunk";
        match (direction, &self.outbound_voice_profile) {
            (Direction::Inbound, _) => Ok(None),
            (_, Some(profile)) => Ok(Some(profile.clone())),
            (_, None) => Err(Error::invalid(VENDOR, "outbound_voice_profile", none)),
        }
    }

    async fn kind_of(&self, id: &str) -> Result<Type> {
        let found = send!(self.client.get_connection().id(id));
        match found.record_type.as_deref() {
            Some("credential_connection") => Ok(Type::Credential),
            Some("ip_connection") => Ok(Type::Ip),
            Some("fqdn_connection") => Ok(Type::Fqdn),
            other => {
                let reason = format!("connection {id} has an unknown `record_type`");
                Err(Error::decode(VENDOR, other.unwrap_or_default(), reason))
            }
        }
    }

    async fn fetch(&self, kind: Type, id: &str) -> Result<Connection> {
        let t = &self.client;
        by_type!(kind => get_credential_connection | get_ip_connection | get_fqdn_connection,
            |get, of| Ok(of(send!(get(t).id(id)))))
    }

    async fn connection(&self, id: &str) -> Result<Connection> {
        self.fetch(self.kind_of(id).await?, id).await
    }

    /// PATCHes a connection of `kind` with `s`.
    async fn patch(&self, kind: Type, id: &str, s: &Settings) -> Result<Connection> {
        let (t, name) = (&self.client, s.name.clone());
        Ok(match kind {
            Type::Credential => {
                let body = body!(UpdateCredentialConnectionRequest:
                    CredentialInboundRequest, CredentialOutboundRequest; s, name, no_slots);
                of_credential(send!(t.update_credential_connection().id(id).body(body)))
            }
            Type::Ip => {
                let body = body!(UpdateIpConnectionRequest:
                    UpdateInboundIpRequest, OutboundIpRequest; s, name, ip_slots);
                of_ip(send!(t.update_ip_connection().id(id).body(body)))
            }
            Type::Fqdn => {
                let body = body!(UpdateFqdnConnectionRequest:
                    InboundFqdnRequest, OutboundFqdnRequest; s, name, fqdn_slots);
                of_fqdn(send!(t.update_fqdn_connection().id(id).body(body)))
            }
        })
    }

    async fn delete(&self, kind: Type, id: &str) -> Result<()> {
        let t = &self.client;
        by_type!(kind => delete_credential_connection | delete_ip_connection | delete_fqdn_connection,
            |delete, _of| call(VENDOR, delete(t).id(id).send()).await.map(drop))
    }

    fn connections(&self, kind: Type, size: u64) -> Items<'_, Connection> {
        let t = &self.client;
        by_type!(kind => list_credential_connections | list_ip_connections | list_fqdn_connections,
            |list, of| vendor_stream(VENDOR, list(t).stream().page_size(size), move |c| Ok(of(c))))
    }

    async fn ip_list(&self, connection: Connection) -> Result<IpAccessList> {
        let id = connection.id().to_owned();
        let request = self.client.list_ips().filter_connection_id(id);
        let entries = vendor_stream(VENDOR, request.stream().page_size(MAX_PAGE), |ip| {
            let address = ip.ip_address.unwrap_or_default();
            let network = map::network(VENDOR, &address, &format!("ip_address of {}", ip.id))?;
            Ok(IpEntry::new(Some(IpEntryId::new(ip.id)), network))
        });
        let mut list = IpAccessList::new(connection.id(), entries.try_collect().await?);
        list.name = connection.trunk.name;
        Ok(list)
    }

    /// A target by id, and whether it is an `/ips` row (IP connection) or an `/fqdns` row:
    /// IP ids are UUIDs, FQDN ids numbers; on a miss the other collection is asked too.
    async fn target(&self, id: &str) -> Result<(Type, OriginationUri)> {
        let ip_first = id.contains('-');
        match self.target_in(ip_first, id).await {
            Err(Error::NotFound(_)) => self.target_in(!ip_first, id).await,
            other => other,
        }
    }

    async fn target_in(&self, ip: bool, id: &str) -> Result<(Type, OriginationUri)> {
        if ip {
            let raw = send!(self.client.get_ip().id(id));
            let uri = target(raw.id, raw.connection_id, raw.ip_address, raw.port);
            return Ok((Type::Ip, uri));
        }
        let raw = send!(self.client.get_fqdn().id(id));
        let srv = raw.dns_record_type.as_deref() == Some("srv");
        let uri = target(
            raw.id,
            raw.connection_id,
            raw.fqdn,
            raw.port.filter(|_| !srv),
        );
        Ok((Type::Fqdn, uri))
    }

    async fn delete_target(&self, kind: Type, id: &str) -> Result<()> {
        match kind {
            Type::Ip => drop(send!(self.client.delete_ip().id(id))),
            _ => drop(send!(self.client.delete_fqdn().id(id))),
        }
        Ok(())
    }
}

/// How an FQDN target is looked up: DNS `A` with the URI's port, `SRV` without one.
fn dns_record(port: Option<i64>) -> String {
    port.map_or("srv", |_| "a").to_owned()
}

impl Adapter for TelnyxProvider {
    const VENDOR: Vendor = VENDOR;
    const CAPABILITIES: Capabilities = crate::capabilities::telnyx::CAPABILITIES;
    type TrunkRecord = Type;

    fn list_trunks(&self, filter: TrunkFilter) -> Items<'_, Trunk> {
        let size = map::page_size(filter.page_size, MAX_PAGE);
        let all = [Type::Credential, Type::Ip, Type::Fqdn].map(|kind| self.connections(kind, size));
        Box::pin(futures::stream::iter(all).flatten().map_ok(|c| c.trunk))
    }

    async fn get_trunk(&self, id: &TrunkId) -> Result<Trunk> {
        Ok(self.connection(id.as_str()).await?.trunk)
    }

    /// The connection type from what the trunk is created with: a credential list's or an IP
    /// access list's connection becomes the trunk; with neither, a new FQDN connection.
    async fn create_trunk(&self, new: &NewTrunk) -> Result<Created<Type>> {
        if !new.origination_uris.is_empty() {
            let reason = "Telnyx targets are created on their trunk: create_origination_uri";
            return Err(Error::not_supported(VENDOR, "create_trunk", reason));
        }
        let s = Settings {
            name: new.name.clone(),
            active: Some(new.enabled.unwrap_or(true)),
            secure: new.secure,
            limit: new.max_concurrent_calls,
            profile: self.profile_for(new.direction)?,
            slots: Default::default(),
        };
        let (credentials, ips) = (new.credential_lists.first(), new.ip_access_lists.first());
        let adopted = match (credentials, ips) {
            (Some(list), _) => Some((Type::Credential, list.as_str())),
            (None, Some(list)) => Some((Type::Ip, list.as_str())),
            (None, None) => None,
        };
        if let Some((kind, list)) = adopted {
            return Ok(Created::trunk(self.patch(kind, list, &s).await?.trunk));
        }
        let name = s.name.clone().unwrap_or_default();
        let body = body!(CreateFqdnConnectionRequest:
            InboundFqdnRequest, OutboundFqdnRequest; &s, name, no_slots);
        let created = send!(self.client.create_fqdn_connection().body(body));
        Ok(Created::trunk(of_fqdn(created).trunk))
    }

    async fn update_trunk(&self, id: &TrunkId, update: &TrunkUpdate) -> Result<()> {
        let s = Settings {
            name: update.name.clone(),
            active: update.enabled,
            secure: update.secure,
            limit: update.max_concurrent_calls,
            ..Settings::default()
        };
        let kind = self.kind_of(id.as_str()).await?;
        self.patch(kind, id.as_str(), &s).await.map(drop)
    }

    async fn delete_trunk(&self, id: &TrunkId) -> Result<()> {
        let kind = self.kind_of(id.as_str()).await?;
        self.delete(kind, id.as_str()).await
    }

    async fn read_slots(&self, trunk: &TrunkId) -> Result<(Slots, Type)> {
        let connection = self.connection(trunk.as_str()).await?;
        Ok((connection.slots(), connection.kind))
    }

    /// Writes target slots (the engine fills the first free one after creating a target).
    async fn write_slots(&self, trunk: &TrunkId, kind: &Type, patch: &TrunkPatch) -> Result<()> {
        let mut s = Settings::default();
        for (slot, id) in &patch.origination_uris {
            s.slots[*slot] = Some(Some(id.to_string()));
        }
        self.patch(*kind, trunk.as_str(), &s).await.map(drop)
    }

    fn list_credential_lists(&self) -> Items<'_, CredentialList> {
        let lists = self.connections(Type::Credential, MAX_PAGE);
        Box::pin(lists.map_ok(Connection::credential_list))
    }

    async fn get_credential_list(&self, id: &CredentialListId) -> Result<CredentialList> {
        let connection = self.fetch(Type::Credential, id.as_str()).await?;
        Ok(connection.credential_list())
    }

    /// A credential connection, inactive until a trunk is created with it.
    async fn create_credential_list(&self, list: &NewCredentialList) -> Result<CredentialList> {
        let credential = &list.credentials[0];
        let body = builder::CreateCredentialConnectionRequest::default().active(Some(false));
        let body = body.connection_name(list.name.clone());
        let body = body.user_name(credential.username.clone());
        let body = body.password(credential.password.clone());
        let created = send!(self.client.create_credential_connection().body(body));
        Ok(of_credential(created).credential_list())
    }

    async fn rename_credential_list(
        &self,
        id: &CredentialListId,
        name: &str,
    ) -> Result<CredentialList> {
        let s = Settings::renaming(name);
        let renamed = self.patch(Type::Credential, id.as_str(), &s).await?;
        Ok(renamed.credential_list())
    }

    async fn delete_credential_list(&self, id: &CredentialListId) -> Result<()> {
        self.delete(Type::Credential, id.as_str()).await
    }

    async fn set_credential_password(
        &self,
        list: &CredentialListId,
        _: &CredentialId,
        password: &SecretString,
    ) -> Result<()> {
        let body = builder::UpdateCredentialConnectionRequest::default();
        let body = body.password(Some(password.clone()));
        let request = self.client.update_credential_connection().id(list.as_str());
        call(VENDOR, request.body(body).send()).await.map(drop)
    }

    fn list_ip_access_lists(&self) -> Items<'_, IpAccessList> {
        let lists = self.connections(Type::Ip, MAX_PAGE);
        completed(lists, move |c| self.ip_list(c))
    }

    async fn get_ip_access_list(&self, id: &IpAccessListId) -> Result<IpAccessList> {
        self.ip_list(self.fetch(Type::Ip, id.as_str()).await?).await
    }

    /// An IP connection, inactive until a trunk is created with it; the engine adds the
    /// networks as its `/ips`.
    async fn create_ip_access_list(&self, list: &NewIpAccessList) -> Result<IpAccessList> {
        let body = builder::CreateIpConnectionRequest::default().active(Some(false));
        let body = body.connection_name(Some(list.name.clone()));
        let created = send!(self.client.create_ip_connection().body(body));
        let mut result = IpAccessList::new(created.id, Vec::new());
        result.name = created.connection_name;
        Ok(result)
    }

    async fn rename_ip_access_list(&self, id: &IpAccessListId, name: &str) -> Result<IpAccessList> {
        let s = Settings::renaming(name);
        let renamed = self.patch(Type::Ip, id.as_str(), &s).await?;
        self.ip_list(renamed).await
    }

    async fn delete_ip_access_list(&self, id: &IpAccessListId) -> Result<()> {
        self.delete(Type::Ip, id.as_str()).await
    }

    async fn add_ip_entry(&self, list: &IpAccessListId, network: &IpNet) -> Result<IpEntry> {
        let body = builder::CreateIpRequest::default().connection_id(Some(list.to_string()));
        let body = body.ip_address(network.addr().to_string());
        let created = send!(self.client.create_ip().body(body));
        Ok(IpEntry::new(Some(IpEntryId::new(created.id)), *network))
    }

    async fn remove_ip_entry(
        &self,
        _: &IpAccessListId,
        entry: &IpEntry,
        _: &[IpEntry],
    ) -> Result<()> {
        let id = entry.id.as_ref().map_or("", IpEntryId::as_str);
        self.delete_target(Type::Ip, id).await
    }

    async fn get_origination_uri(&self, id: &OriginationUriId) -> Result<OriginationUri> {
        Ok(self.target(id.as_str()).await?.1)
    }

    /// Creates the target on its connection (an IP on an IP connection, an FQDN on an FQDN
    /// connection); the engine puts it in a slot, or deletes it again if that fails.
    async fn create_origination_uri(&self, uri: &NewOriginationUri) -> Result<OriginationUri> {
        let trunk = uri.trunk.as_ref().map_or("", TrunkId::as_str);
        let (slots, kind) = self.read_slots(&TrunkId::new(trunk)).await?;
        let op = Operation::CreateOriginationUri.as_str();
        if kind == Type::Credential {
            let reason = "a Telnyx credential connection routes calls to its registration";
            return Err(Error::not_supported(VENDOR, op, reason));
        }
        if slots.origination_uris.iter().all(Option::is_some) {
            let reason = format!("trunk {trunk} routes to 3 targets already, Telnyx's maximum");
            return Err(Error::not_supported(VENDOR, op, reason));
        }
        let (host, port) = map::host_port(VENDOR, "sip_uri", &uri.sip_uri)?;
        let (id, port) = (Some(trunk.to_owned()), port.map(i64::from));
        if kind == Type::Ip {
            let body = builder::CreateIpRequest::default().connection_id(id);
            let raw = send!(
                self.client
                    .create_ip()
                    .body(body.ip_address(host).port(port))
            );
            return Ok(target(raw.id, raw.connection_id, raw.ip_address, raw.port));
        }
        let body = builder::CreateFqdnRequest::default().connection_id(trunk.to_owned());
        let body = body.fqdn(host).dns_record_type(dns_record(port));
        let body = body.port(port.map(|port| types::NullableInteger(Some(port))));
        let raw = send!(self.client.create_fqdn().body(body));
        let port = raw.port.filter(|_| port.is_some());
        Ok(target(raw.id, raw.connection_id, raw.fqdn, port))
    }

    async fn update_origination_uri(
        &self,
        id: &OriginationUriId,
        update: &OriginationUriUpdate,
    ) -> Result<OriginationUri> {
        // The engine refuses what targets lack: only the SIP URI can change.
        if let Some(sip_uri) = &update.sip_uri {
            let (host, port) = map::host_port(VENDOR, "sip_uri", sip_uri)?;
            let (t, port) = (&self.client, port.map(i64::from));
            if self.target(id.as_str()).await?.0 == Type::Ip {
                let body = builder::UpdateIpRequest::default().ip_address(host);
                send!(t.update_ip().id(id.as_str()).body(body.port(port)));
            } else {
                let body = builder::UpdateFqdnRequest::default().fqdn(Some(host));
                let body = body.dns_record_type(Some(dns_record(port)));
                let body = body.port(Some(types::NullableInteger(port)));
                send!(t.update_fqdn().id(id.as_str()).body(body));
            }
        }
        self.get_origination_uri(id).await
    }

    /// Clears the target's slot, then deletes it.
    async fn delete_origination_uri(&self, id: &OriginationUriId) -> Result<()> {
        let (kind, uri) = self.target(id.as_str()).await?;
        if let Some(trunk) = &uri.trunk {
            let targets = self.fetch(kind, trunk.as_str()).await?.targets;
            let held = |t: &Option<String>| t.as_deref() == Some(id.as_str());
            if let Some(slot) = targets.iter().position(held) {
                let mut s = Settings::default();
                s.slots[slot] = Some(None);
                self.patch(kind, trunk.as_str(), &s).await?;
            }
        }
        self.delete_target(kind, id.as_str()).await
    }

    fn list_phone_numbers(&self, trunk: &TrunkId) -> Items<'_, PhoneNumber> {
        let trunk = trunk.to_string();
        let request = self.client.list_phone_numbers().filter_connection_id(trunk);
        let pages = request.stream().page_size(MAX_PAGE);
        vendor_stream(VENDOR, pages, |n| Ok(phone_number(n)))
    }

    /// Finds the number's id by its digits, then assigns it with `connection_id`.
    async fn attach_phone_number(&self, trunk: &TrunkId, number: &str) -> Result<PhoneNumber> {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let request = self.client.list_phone_numbers().filter_phone_number(digits);
        let candidates = vendor_stream(VENDOR, request.stream().page_size(MAX_PAGE), Ok);
        let found = find(VENDOR, candidates, e164, "phone number", number).await?;
        let to = Some(types::NullableString(Some(trunk.to_string())));
        let body = builder::UpdatePhoneNumberRequest::default().connection_id(to);
        let request = self.client.update_phone_number().id(found.id).body(body);
        Ok(phone_number(send!(request)))
    }

    fn list_calls(&self, filter: CallFilter) -> Items<'_, CallRecord> {
        let size = map::page_size(filter.page_size, MAX_RECORD_PAGE);
        let records = self.client.list_detail_records();
        let mut request = records.filter_record_type(types::DetailRecordType::SipTrunking);
        if let Some(direction) = filter.direction {
            let inbound = direction == CallDirection::Inbound;
            request = request.filter_direction(["outbound", "inbound"][usize::from(inbound)]);
        }
        if let Some(from) = &filter.from_number {
            request = request.filter_cli(from.clone());
        }
        if let Some(to) = &filter.to_number {
            request = request.filter_cld(to.clone());
        }
        if let Some(before) = filter.ended_before {
            // A call that ended before `before` started before it.
            request = request.filter_created_at_lt(before.to_rfc3339());
        }
        vendor_stream(VENDOR, request.stream().page_size(size), call_record)
    }
}
