//! The Telnyx adapter: [`TelnyxProvider`](crate::TelnyxProvider)'s field mapping and vendor
//! primitives. Its rules are in `crate::capabilities::telnyx`; the engine checks them, pages,
//! fills target slots and rolls back. `create_trunk` picks the connection type; the mapping onto
//! the neutral model is documented on the provider type.
use futures::{StreamExt, TryStreamExt};
use trunkline_core::OpenEnum;
use trunkline_telnyx::types::{self, builder};

use crate::capabilities::*;
use crate::engine::call::call;
use crate::engine::list::{completed, find, vendor_stream};
use crate::engine::map::{self, Maybe, one_credential_list, small};
use crate::engine::{Adapter, Created, Items, Slots, TrunkPatch};
use crate::model::*;
use crate::providers::TelnyxProvider;
use crate::{Error, Result, SecretString};

const VENDOR: Vendor = Vendor::Telnyx;
/// Where PBXs send calls (US region): Telnyx assigns no domain per connection.
const SIP_DOMAIN: &str = "sip.telnyx.com";

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

/// What the adapter reads of a connection, whatever its type.
#[derive(Clone, Debug)]
struct Connection {
    kind: Type,
    trunk: Trunk,
    user_name: Option<String>,
    /// The target slots, primary first (IP and FQDN connections have three, credential ones none).
    targets: Vec<Option<String>>,
}

/// A typed connection of type `$kind` as a [`Connection`] (the three types share these fields),
/// its target slots read from `$slot…` of its inbound part.
macro_rules! connection {
    ($raw:ident, $kind:ident $(: $($slot:ident),+)?) => {{
        let (inbound, outbound) = ($raw.inbound, $raw.outbound.unwrap_or_default());
        let inbound_limit = inbound.as_ref().and_then(|i| i.channel_limit);
        // Every connection takes calls to its numbers; with a profile it also places calls.
        let both = outbound.outbound_voice_profile_id.is_some();
        let direction = [Direction::Inbound, Direction::Both][usize::from(both)];
        let mut trunk = Trunk::new($raw.id, direction);
        (trunk.name, trunk.enabled) = ($raw.connection_name, $raw.active);
        trunk.secure = Some(matches!($raw.encrypted_media, Some(OpenEnum::Known(_))));
        trunk.max_concurrent_calls = small(outbound.channel_limit.or(inbound_limit));
        trunk.sip_domain = Some(SIP_DOMAIN.to_owned());
        (trunk.created_at, trunk.updated_at) = ($raw.created_at, $raw.updated_at);
        let targets = vec![$($(inbound.as_ref().and_then(|i| i.$slot.clone())),+)?];
        let mut connection = Connection {
            kind: Type::$kind,
            trunk,
            user_name: None,
            targets,
        };
        connection.trunk.attachments = Some(connection.slots().attachments());
        connection
    }};
}

fn of_credential(mut raw: types::CredentialConnection) -> Connection {
    let user_name = raw.user_name.take();
    Connection {
        user_name,
        ..connection!(raw, Credential)
    }
}

fn of_ip(raw: types::IpConnection) -> Connection {
    connection!(raw, Ip: default_primary_ip_id, default_secondary_ip_id, default_tertiary_ip_id)
}

fn of_fqdn(raw: types::FqdnConnection) -> Connection {
    connection!(raw, Fqdn:
        default_primary_fqdn_id, default_secondary_fqdn_id, default_tertiary_fqdn_id)
}

impl Connection {
    fn id(&self) -> &str {
        self.trunk.id.as_str()
    }

    fn slots(&self) -> Slots {
        let own = |kind: Type| (self.kind == kind).then(|| self.id().to_owned());
        Slots {
            credential_list: own(Type::Credential),
            ip_access_list: own(Type::Ip),
            origination_uris: self.targets.clone(),
        }
    }

    fn credential_list(self) -> CredentialList {
        let (id, user) = (self.id().to_owned(), self.user_name.unwrap_or_default());
        one_credential_list(id, user, self.trunk.name)
    }
}

/// What a connection create or update writes, the same for every connection type: the trunk's
/// fields, its outbound voice profile and its target slots (`Some(None)` clears one).
#[derive(Default)]
struct Settings {
    trunk: TrunkUpdate,
    profile: Option<String>,
    slots: [Option<Option<String>>; 3],
}

impl Settings {
    fn of(trunk: TrunkUpdate) -> Self {
        Self {
            trunk,
            ..Self::default()
        }
    }
}

/// The request `$body` that writes [`Settings`] `$s` (the three connection types' requests are
/// distinct types with the same fields): its part `$inbound` holds the target slots `$slot…`.
macro_rules! body {
    ($body:ident { $inbound:ident $(: $($slot:ident),+)? } $outbound:ident, $s:expr) => {{
        let s: &Settings = $s;
        let limit = s.trunk.max_concurrent_calls.map(|l| types::NullableInteger(Some(l.into())));
        #[allow(unused_mut, unused_variables)]
        let mut slots = s.slots.iter().map(|slot| slot.clone().map(types::NullableString));
        let inbound = (limit.is_some() || s.slots.iter().any(Option::is_some)).then(|| {
            types::$inbound {
                channel_limit: limit.clone(),
                $($($slot: slots.next().flatten(),)+)?
                ..Default::default()
            }
        });
        let outbound = (limit.is_some() || s.profile.is_some()).then(|| types::$outbound {
            channel_limit: limit,
            outbound_voice_profile_id: s.profile.clone(),
            ..Default::default()
        });
        let srtp = types::EncryptedMediaSettingInner::Srtp;
        let media = s.trunk.secure.map(|on| types::EncryptedMediaSetting(on.then_some(srtp)));
        types::$body {
            connection_name: s.trunk.name.clone(),
            active: s.trunk.enabled,
            encrypted_media: media,
            inbound,
            outbound,
            ..Default::default()
        }
    }};
}

/// A target as a SIP URI `sip:{to}[:port]` on connection `on`.
fn target(id: String, on: Option<String>, to: Option<String>, port: Option<i64>) -> OriginationUri {
    let (to, port) = (to.unwrap_or_default(), port.map(|p| format!(":{p}")));
    let mut uri = OriginationUri::new(id, format!("sip:{to}{}", port.unwrap_or_default()));
    uri.trunk = on.map(TrunkId::new);
    uri
}

fn ip_target(raw: types::Ip) -> OriginationUri {
    target(raw.id, raw.connection_id, raw.ip_address, raw.port)
}

/// An FQDN target: with its port, unless it is looked up by DNS `SRV`.
fn fqdn_target(raw: types::Fqdn) -> OriginationUri {
    let srv = raw.dns_record_type.as_deref() == Some("srv");
    let port = raw.port.filter(|_| !srv);
    target(raw.id, raw.connection_id, raw.fqdn, port)
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
    record.direction = map::call_direction(raw.direction.as_deref());
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
        let none = "a Telnyx trunk places calls through an outbound voice profile, which trunkline \
                    does not create: give its id with TelnyxProvider::with_outbound_voice_profile \
                    or TELNYX_OUTBOUND_VOICE_PROFILE_ID, or create an inbound trunk";
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
        Ok(match kind {
            Type::Credential => of_credential(send!(t.get_credential_connection().id(id))),
            Type::Ip => of_ip(send!(t.get_ip_connection().id(id))),
            Type::Fqdn => of_fqdn(send!(t.get_fqdn_connection().id(id))),
        })
    }

    /// PATCHes a connection of `kind` with `s`.
    async fn patch(&self, kind: Type, id: &str, s: &Settings) -> Result<Connection> {
        let t = &self.client;
        Ok(match kind {
            Type::Credential => {
                let body = body!(UpdateCredentialConnectionRequest { CredentialInboundRequest }
                    CredentialOutboundRequest, s);
                of_credential(send!(t.update_credential_connection().id(id).body(body)))
            }
            Type::Ip => {
                let body = body!(UpdateIpConnectionRequest { UpdateInboundIpRequest:
                    default_primary_ip_id, default_secondary_ip_id, default_tertiary_ip_id }
                    OutboundIpRequest, s);
                of_ip(send!(t.update_ip_connection().id(id).body(body)))
            }
            Type::Fqdn => {
                let body = body!(UpdateFqdnConnectionRequest { InboundFqdnRequest:
                    default_primary_fqdn_id, default_secondary_fqdn_id, default_tertiary_fqdn_id }
                    OutboundFqdnRequest, s);
                of_fqdn(send!(t.update_fqdn_connection().id(id).body(body)))
            }
        })
    }

    async fn delete(&self, kind: Type, id: &str) -> Result<()> {
        let t = &self.client;
        match kind {
            Type::Credential => drop(send!(t.delete_credential_connection().id(id))),
            Type::Ip => drop(send!(t.delete_ip_connection().id(id))),
            Type::Fqdn => drop(send!(t.delete_fqdn_connection().id(id))),
        }
        Ok(())
    }

    /// The connections of `kind`, `size` per page (default: the largest, which `Paged` clamps to).
    fn connections(&self, kind: Type, size: Option<u32>) -> Items<'_, Connection> {
        let size = size.map_or(u64::MAX, u64::from);
        let t = &self.client;
        match kind {
            Type::Credential => {
                let pages = t.list_credential_connections().stream().page_size(size);
                vendor_stream(VENDOR, pages, |c| Ok(of_credential(c)))
            }
            Type::Ip => {
                let pages = t.list_ip_connections().stream().page_size(size);
                vendor_stream(VENDOR, pages, |c| Ok(of_ip(c)))
            }
            Type::Fqdn => {
                let pages = t.list_fqdn_connections().stream().page_size(size);
                vendor_stream(VENDOR, pages, |c| Ok(of_fqdn(c)))
            }
        }
    }

    async fn ip_list(&self, connection: Connection) -> Result<IpAccessList> {
        let request = self.client.list_ips().filter_connection_id(connection.id());
        let entries = vendor_stream(VENDOR, request.stream(), |ip| {
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
            return Ok((Type::Ip, ip_target(send!(self.client.get_ip().id(id)))));
        }
        Ok((
            Type::Fqdn,
            fqdn_target(send!(self.client.get_fqdn().id(id))),
        ))
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
        let (kinds, size) = ([Type::Credential, Type::Ip, Type::Fqdn], filter.page_size);
        let all = kinds.map(|kind| self.connections(kind, size));
        Box::pin(futures::stream::iter(all).flatten().map_ok(|c| c.trunk))
    }

    async fn get_trunk(&self, id: &TrunkId) -> Result<Trunk> {
        let id = id.as_str();
        Ok(self.fetch(self.kind_of(id).await?, id).await?.trunk)
    }

    /// The connection type from what the trunk is created with: a credential list's or an IP
    /// access list's connection becomes the trunk; with neither, a new FQDN connection.
    async fn create_trunk(&self, new: &NewTrunk) -> Result<Created<Type>> {
        let mut s = Settings::of(TrunkUpdate::new().with_enabled(new.enabled.unwrap_or(true)));
        (s.trunk.name, s.trunk.secure) = (new.name.clone(), new.secure);
        s.trunk.max_concurrent_calls = new.max_concurrent_calls;
        s.profile = self.profile_for(new.direction)?;
        let (credentials, ips) = (new.credential_lists.first(), new.ip_access_lists.first());
        let adopted = match (credentials, ips) {
            (Some(list), _) => Some((Type::Credential, list.as_str())),
            (None, Some(list)) => Some((Type::Ip, list.as_str())),
            (None, None) => None,
        };
        if let Some((kind, list)) = adopted {
            return Ok(Created::trunk(self.patch(kind, list, &s).await?.trunk));
        }
        let u = body!(UpdateFqdnConnectionRequest { InboundFqdnRequest } OutboundFqdnRequest, &s);
        let body = builder::CreateFqdnConnectionRequest::default().active(u.active);
        let body = body.connection_name(u.connection_name.unwrap_or_default());
        let body = body.encrypted_media(u.encrypted_media).inbound(u.inbound);
        let request = self.client.create_fqdn_connection();
        let created = send!(request.body(body.outbound(u.outbound)));
        Ok(Created::trunk(of_fqdn(created).trunk))
    }

    async fn update_trunk(&self, id: &TrunkId, update: &TrunkUpdate) -> Result<()> {
        let kind = self.kind_of(id.as_str()).await?;
        let s = Settings::of(update.clone());
        self.patch(kind, id.as_str(), &s).await.map(drop)
    }

    async fn delete_trunk(&self, id: &TrunkId) -> Result<()> {
        let id = id.as_str();
        self.delete(self.kind_of(id).await?, id).await
    }

    async fn read_slots(&self, trunk: &TrunkId) -> Result<(Slots, Type)> {
        let kind = self.kind_of(trunk.as_str()).await?;
        Ok((self.fetch(kind, trunk.as_str()).await?.slots(), kind))
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
        let lists = self.connections(Type::Credential, None);
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
        let s = Settings::of(TrunkUpdate::new().with_name(name));
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
        completed(self.connections(Type::Ip, None), move |c| self.ip_list(c))
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
        let s = Settings::of(TrunkUpdate::new().with_name(name));
        self.ip_list(self.patch(Type::Ip, id.as_str(), &s).await?)
            .await
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
    /// connection); the engine has found a free slot and fills it, or deletes the target again.
    async fn create_origination_uri(
        &self,
        uri: &NewOriginationUri,
        on: Option<&Type>,
    ) -> Result<OriginationUri> {
        let trunk = uri.trunk.as_ref().map_or("", TrunkId::as_str);
        let (host, port) = map::host_port(VENDOR, "sip_uri", &uri.sip_uri)?;
        let (id, port) = (Some(trunk.to_owned()), port.map(i64::from));
        if on == Some(&Type::Ip) {
            let body = builder::CreateIpRequest::default().connection_id(id);
            let body = body.ip_address(host).port(port);
            return Ok(ip_target(send!(self.client.create_ip().body(body))));
        }
        let body = builder::CreateFqdnRequest::default().connection_id(trunk.to_owned());
        let body = body.fqdn(host).dns_record_type(dns_record(port));
        let body = body.port(port.map(|port| types::NullableInteger(Some(port))));
        Ok(fqdn_target(send!(self.client.create_fqdn().body(body))))
    }

    async fn update_origination_uri(
        &self,
        id: &OriginationUriId,
        update: &OriginationUriUpdate,
    ) -> Result<OriginationUri> {
        // The engine refuses what targets lack: only the SIP URI can change.
        let Some(sip_uri) = &update.sip_uri else {
            return self.get_origination_uri(id).await;
        };
        let (host, port) = map::host_port(VENDOR, "sip_uri", sip_uri)?;
        let (t, port) = (&self.client, port.map(i64::from));
        if self.target(id.as_str()).await?.0 == Type::Ip {
            let body = builder::UpdateIpRequest::default().ip_address(host);
            let raw = send!(t.update_ip().id(id.as_str()).body(body.port(port)));
            return Ok(ip_target(raw));
        }
        let body = builder::UpdateFqdnRequest::default().fqdn(Some(host));
        let body = body.dns_record_type(Some(dns_record(port)));
        let body = body.port(Some(types::NullableInteger(port)));
        let raw = send!(t.update_fqdn().id(id.as_str()).body(body));
        Ok(fqdn_target(raw))
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
        vendor_stream(VENDOR, request.stream(), |n| Ok(phone_number(n)))
    }

    /// Finds the number's id by its digits, then assigns it with `connection_id`.
    async fn attach_phone_number(&self, trunk: &TrunkId, number: &str) -> Result<PhoneNumber> {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let request = self.client.list_phone_numbers().filter_phone_number(digits);
        let candidates = vendor_stream(VENDOR, request.stream(), Ok);
        let found = find(VENDOR, candidates, e164, "phone number", number).await?;
        let to = Some(types::NullableString(Some(trunk.to_string())));
        let body = builder::UpdatePhoneNumberRequest::default().connection_id(to);
        let request = self.client.update_phone_number().id(found.id).body(body);
        Ok(phone_number(send!(request)))
    }

    fn list_calls(&self, filter: CallFilter) -> Items<'_, CallRecord> {
        use CallDirection::Inbound;
        let records = self.client.list_detail_records();
        let request = records.filter_record_type(types::DetailRecordType::SipTrunking);
        let inbound = |d: CallDirection| ["outbound", "inbound"][usize::from(d == Inbound)];
        let request = request.maybe(filter.direction.map(inbound), |r, d| r.filter_direction(d));
        let request = request.maybe(filter.from_number.clone(), |r, n| r.filter_cli(n));
        let request = request.maybe(filter.to_number.clone(), |r, n| r.filter_cld(n));
        // A call that ended before `before` started before it.
        let before = filter.ended_before.map(|before| before.to_rfc3339());
        let request = request.maybe(before, |r, before| r.filter_created_at_lt(before));
        let pages = request
            .stream()
            .maybe(filter.page_size, |p, n| p.page_size(n.into()));
        vendor_stream(VENDOR, pages, call_record)
    }
}
