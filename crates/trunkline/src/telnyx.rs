//! The Telnyx adapter: [`TelnyxProvider`](crate::TelnyxProvider)'s field mapping and vendor
//! primitives. Its rules are its `CAPABILITIES`; the engine (`crate::engine`) checks them,
//! pages and rolls back. How Telnyx maps onto the neutral model is documented on the provider
//! type; which connection type a trunk becomes is decided in `create_trunk`.
use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};
use trunkline_core::OpenEnum;
use trunkline_telnyx::types;

use crate::capabilities::*;
use crate::engine::call::{ErrorBody, call};
use crate::engine::create::undo_created;
use crate::engine::list::{completed, vendor_stream};
use crate::engine::map::{self, one_credential_list, small};
use crate::engine::{Adapter, Created, Items, Slots};
use crate::model::*;
use crate::providers::{ENV_TELNYX_OUTBOUND_VOICE_PROFILE_ID, TelnyxProvider};
use crate::{Error, Operation, Result, SecretString, Step};

const VENDOR: Vendor = Vendor::Telnyx;
/// The largest page of connection, IP, FQDN and number lists.
const MAX_PAGE: u64 = 250;
/// The largest page of detail records.
const MAX_RECORD_PAGE: u64 = 50;
/// Where PBXs send calls (US region; Telnyx assigns no per-trunk domain).
const SIP_DOMAIN: &str = "sip.telnyx.com";
/// A connection's target slots, in routing order.
const SLOTS: usize = 3;

impl ErrorBody for types::Errors {
    fn message(&self) -> Option<String> {
        let error = self.errors.first()?;
        let text: Vec<&str> = [error.title.as_deref(), error.detail.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let pointer = error.source.as_ref().and_then(|s| s.pointer.as_deref());
        let text = text.join(": ");
        Some(match pointer {
            Some(pointer) if pointer != "/" => format!("{text} (at {pointer})"),
            _ => text,
        })
    }

    fn code(&self) -> Option<String> {
        match self.errors.first()?.code.as_ref()? {
            serde_json::Value::String(code) => Some(code.clone()),
            other => Some(other.to_string()),
        }
    }
}

/// The three connection types: how a connection authenticates, fixed at creation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Type {
    Credential,
    Ip,
    Fqdn,
}

/// What the adapter needs of a connection, whatever its type.
#[derive(Clone, Debug)]
pub(crate) struct Connection {
    id: String,
    kind: Type,
    name: Option<String>,
    active: Option<bool>,
    secure: bool,
    limit: Option<i64>,
    profile: Option<String>,
    user_name: Option<String>,
    targets: [Option<String>; SLOTS],
    times: (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
}

fn srtp<E>(media: &Option<OpenEnum<E>>) -> bool {
    matches!(media, Some(OpenEnum::Known(_)))
}

fn of_credential(raw: types::CredentialConnection) -> Connection {
    let outbound = raw.outbound.unwrap_or_default();
    Connection {
        secure: srtp(&raw.encrypted_media),
        limit: outbound
            .channel_limit
            .or(raw.inbound.and_then(|i| i.channel_limit)),
        profile: outbound.outbound_voice_profile_id,
        user_name: raw.user_name,
        targets: Default::default(),
        ..base(raw.id, Type::Credential, raw.connection_name, raw.active)
            .at(raw.created_at, raw.updated_at)
    }
}

fn of_ip(raw: types::IpConnection) -> Connection {
    let (outbound, inbound) = (raw.outbound.unwrap_or_default(), raw.inbound);
    let inbound = inbound.unwrap_or_default();
    Connection {
        secure: srtp(&raw.encrypted_media),
        limit: outbound.channel_limit.or(inbound.channel_limit),
        profile: outbound.outbound_voice_profile_id,
        targets: [
            inbound.default_primary_ip_id,
            inbound.default_secondary_ip_id,
            inbound.default_tertiary_ip_id,
        ],
        ..base(raw.id, Type::Ip, raw.connection_name, raw.active).at(raw.created_at, raw.updated_at)
    }
}

fn of_fqdn(raw: types::FqdnConnection) -> Connection {
    let (outbound, inbound) = (raw.outbound.unwrap_or_default(), raw.inbound);
    let inbound = inbound.unwrap_or_default();
    Connection {
        secure: srtp(&raw.encrypted_media),
        limit: outbound.channel_limit.or(inbound.channel_limit),
        profile: outbound.outbound_voice_profile_id,
        targets: [
            inbound.default_primary_fqdn_id,
            inbound.default_secondary_fqdn_id,
            inbound.default_tertiary_fqdn_id,
        ],
        ..base(raw.id, Type::Fqdn, raw.connection_name, raw.active)
            .at(raw.created_at, raw.updated_at)
    }
}

fn base(id: String, kind: Type, name: Option<String>, active: Option<bool>) -> Connection {
    Connection {
        id,
        kind,
        name,
        active,
        secure: false,
        limit: None,
        profile: None,
        user_name: None,
        targets: Default::default(),
        times: (None, None),
    }
}

impl Connection {
    fn at(mut self, created: Option<DateTime<Utc>>, updated: Option<DateTime<Utc>>) -> Self {
        self.times = (created, updated);
        self
    }

    fn slots(&self) -> Slots {
        let own = |kind: Type| (self.kind == kind).then(|| self.id.clone());
        Slots {
            credential_list: own(Type::Credential),
            ip_access_list: own(Type::Ip),
            origination_uris: match self.kind {
                Type::Credential => Vec::new(),
                _ => self.targets.to_vec(),
            },
        }
    }

    fn trunk(&self) -> Trunk {
        // Every connection takes calls to its numbers; with a profile it can also place calls.
        let direction = match self.profile {
            Some(_) => Direction::Both,
            None => Direction::Inbound,
        };
        let mut trunk = Trunk::new(self.id.as_str(), direction);
        trunk.name = self.name.clone();
        trunk.enabled = self.active;
        trunk.secure = Some(self.secure);
        trunk.max_concurrent_calls = small(self.limit);
        trunk.sip_domain = Some(SIP_DOMAIN.to_owned());
        trunk.attachments = Some(self.slots().attachments());
        (trunk.created_at, trunk.updated_at) = self.times;
        trunk
    }

    fn credential_list(&self) -> CredentialList {
        let user = self.user_name.clone().unwrap_or_default();
        one_credential_list(self.id.clone(), user, self.name.clone())
    }
}

/// The settings a trunk create or update writes, the same for every connection type.
#[derive(Default)]
struct Settings {
    name: Option<String>,
    active: Option<bool>,
    secure: Option<bool>,
    limit: Option<u32>,
    profile: Option<String>,
}

impl Settings {
    fn media(&self) -> Option<types::EncryptedMediaSetting> {
        let on = types::EncryptedMediaSettingInner::Srtp;
        self.secure
            .map(|secure| types::EncryptedMediaSetting(secure.then_some(on)))
    }

    fn limit(&self) -> Option<types::NullableInteger> {
        self.limit
            .map(|limit| types::NullableInteger(Some(i64::from(limit))))
    }
}

/// A PATCH body of one connection type from [`Settings`] (a macro because the three request
/// types are distinct types with the same fields), optionally writing one target slot.
macro_rules! patch_body {
    ($body:ident, $inbound:ident, $outbound:ident, $s:expr) => {
        patch_body!($body, $inbound, $outbound, $s, |inbound, _| inbound, false)
    };
    ($body:ident, $inbound:ident, $outbound:ident, $s:expr, $slots:expr, $has_slot:expr) => {{
        let s: &Settings = $s;
        let inbound = types::builder::$inbound::default().channel_limit(s.limit());
        let outbound = types::builder::$outbound::default()
            .channel_limit(s.limit())
            .outbound_voice_profile_id(s.profile.clone());
        let (touches_inbound, touches_outbound) = (
            s.limit.is_some() || $has_slot,
            s.limit.is_some() || s.profile.is_some(),
        );
        let inbound = built($slots(inbound, ()).try_into())?;
        types::builder::$body::default()
            .connection_name(s.name.clone())
            .active(s.active)
            .encrypted_media(s.media())
            .inbound(touches_inbound.then_some(inbound))
            .outbound(match touches_outbound {
                true => Some(built(outbound.try_into())?),
                false => None,
            })
    }};
}

fn built<T, E: std::fmt::Display>(result: std::result::Result<T, E>) -> Result<T> {
    result.map_err(|err| Error::invalid(VENDOR, "", err.to_string()))
}

/// A target as a SIP URI: `sip:host[:port]`.
fn origination_uri(
    id: String,
    trunk: Option<String>,
    host: &str,
    port: Option<i64>,
) -> OriginationUri {
    let sip_uri = match port {
        Some(port) => format!("sip:{host}:{port}"),
        None => format!("sip:{host}"),
    };
    let mut uri = OriginationUri::new(id, sip_uri);
    uri.trunk = trunk.map(TrunkId::new);
    uri
}

/// `sip:host[:port][;params]` as a target's host and port (a user part has nowhere to go).
fn target_of(sip_uri: &str) -> Result<(String, Option<i64>)> {
    let rest = sip_uri.trim();
    let rest = rest.strip_prefix("sip:").unwrap_or(rest);
    let rest = rest.split(';').next().unwrap_or_default();
    if rest.contains('@') {
        let reason = "a Telnyx target is a host and port; the URI's user part cannot be kept";
        return Err(Error::invalid(VENDOR, "sip_uri", reason));
    }
    match rest.rsplit_once(':') {
        Some((host, port)) => match port.parse::<u16>() {
            Ok(port) if port > 0 => Ok((host.to_owned(), Some(i64::from(port)))),
            _ => Err(Error::invalid(
                VENDOR,
                "sip_uri",
                format!("bad port {port:?}"),
            )),
        },
        None => Ok((rest.to_owned(), None)),
    }
}

fn phone_number(raw: types::PhoneNumber) -> PhoneNumber {
    let mut number = PhoneNumber::new(raw.id);
    number.e164 = raw.phone_number;
    number.trunk = raw
        .connection_id
        .filter(|c| !c.is_empty())
        .map(TrunkId::new);
    number
}

fn record_time(field: &str, value: Option<&str>) -> Result<Option<DateTime<Utc>>> {
    let Some(text) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    DateTime::parse_from_rfc3339(text)
        .map(|t| Some(t.with_timezone(&Utc)))
        .map_err(|err| Error::decode(VENDOR, text, format!("`{field}` is not RFC 3339: {err}")))
}

/// Seconds as detail records carry them: a number or a numeric string.
fn secs(value: Option<&serde_json::Value>) -> Option<std::time::Duration> {
    let value = value?;
    let secs = value
        .as_i64()
        .or_else(|| value.as_str()?.trim().parse().ok());
    map::seconds(secs)
}

fn call_record(raw: types::SipTrunkingDetailRecord) -> Result<CallRecord> {
    let id = raw.id.ok_or_else(|| map::missing(VENDOR, "id"))?;
    let mut record = CallRecord::new(id);
    record.start = record_time("started_at", raw.started_at.as_deref())?;
    record.end = record_time("finished_at", raw.finished_at.as_deref())?;
    record.direction = match raw.direction.as_deref() {
        Some("inbound") => Some(CallDirection::Inbound),
        Some("outbound") => Some(CallDirection::Outbound),
        _ => None,
    };
    record.from = raw.cli.or(raw.caller_number);
    record.to = raw.cld.or(raw.dest_number);
    record.duration = secs(raw.call_sec.as_ref());
    record.billed_duration = secs(raw.billed_sec.as_ref());
    let currency = raw.currency.unwrap_or_else(|| "USD".into());
    record.cost = raw.cost.map(|amount| Money::new(amount, currency));
    record.trunk = raw.connection_id;
    Ok(record)
}

fn wire_direction(direction: CallDirection) -> &'static str {
    match direction {
        CallDirection::Inbound => "inbound",
        CallDirection::Outbound => "outbound",
    }
}

impl TelnyxProvider {
    /// The outbound voice profile for a trunk of `direction`: none for inbound trunks; for the
    /// others the configured one, never a new one.
    fn profile_for(&self, direction: Direction) -> Result<Option<String>> {
        if direction == Direction::Inbound {
            return Ok(None);
        }
        match &self.outbound_voice_profile {
            Some(profile) => Ok(Some(profile.clone())),
            None => Err(Error::invalid(
                VENDOR,
                "outbound_voice_profile",
                format!(
                    "a Telnyx trunk places calls through an outbound voice profile, which \
                     trunkline does not create: give its id with \
                     TelnyxProvider::with_outbound_voice_profile or \
                     {ENV_TELNYX_OUTBOUND_VOICE_PROFILE_ID}, or create an inbound trunk"
                ),
            )),
        }
    }

    async fn kind_of(&self, id: &str) -> Result<Type> {
        let found = call(VENDOR, self.client.get_connection().id(id).send()).await?;
        match found.data.record_type.as_deref() {
            Some("credential_connection") => Ok(Type::Credential),
            Some("ip_connection") => Ok(Type::Ip),
            Some("fqdn_connection") => Ok(Type::Fqdn),
            other => Err(Error::decode(
                VENDOR,
                other.unwrap_or_default(),
                format!("connection {id} has an unknown `record_type`"),
            )),
        }
    }

    async fn fetch(&self, kind: Type, id: &str) -> Result<Connection> {
        let telnyx = &self.client;
        Ok(match kind {
            Type::Credential => of_credential(
                call(VENDOR, telnyx.get_credential_connection().id(id).send())
                    .await?
                    .data,
            ),
            Type::Ip => of_ip(
                call(VENDOR, telnyx.get_ip_connection().id(id).send())
                    .await?
                    .data,
            ),
            Type::Fqdn => of_fqdn(
                call(VENDOR, telnyx.get_fqdn_connection().id(id).send())
                    .await?
                    .data,
            ),
        })
    }

    async fn connection(&self, id: &str) -> Result<Connection> {
        self.fetch(self.kind_of(id).await?, id).await
    }

    /// PATCHes a connection's settings and, optionally, one target slot (`None` clears it).
    async fn patch(
        &self,
        kind: Type,
        id: &str,
        s: &Settings,
        slot: Option<(usize, Option<String>)>,
    ) -> Result<Connection> {
        let telnyx = &self.client;
        let value = |slot: &Option<(usize, Option<String>)>, index: usize| {
            let held = slot.as_ref().filter(|(i, _)| *i == index);
            held.map(|(_, id)| types::NullableString(id.clone()))
        };
        Ok(match kind {
            Type::Credential => {
                let body = patch_body!(
                    UpdateCredentialConnectionRequest,
                    CredentialInboundRequest,
                    CredentialOutboundRequest,
                    s
                );
                let request = telnyx.update_credential_connection().id(id).body(body);
                of_credential(call(VENDOR, request.send()).await?.data)
            }
            Type::Ip => {
                let slots = |i: types::builder::UpdateInboundIpRequest, _| {
                    i.default_primary_ip_id(value(&slot, 0))
                        .default_secondary_ip_id(value(&slot, 1))
                        .default_tertiary_ip_id(value(&slot, 2))
                };
                let body = patch_body!(
                    UpdateIpConnectionRequest,
                    UpdateInboundIpRequest,
                    OutboundIpRequest,
                    s,
                    slots,
                    slot.is_some()
                );
                let request = telnyx.update_ip_connection().id(id).body(body);
                of_ip(call(VENDOR, request.send()).await?.data)
            }
            Type::Fqdn => {
                let slots = |i: types::builder::InboundFqdnRequest, _| {
                    i.default_primary_fqdn_id(value(&slot, 0))
                        .default_secondary_fqdn_id(value(&slot, 1))
                        .default_tertiary_fqdn_id(value(&slot, 2))
                };
                let body = patch_body!(
                    UpdateFqdnConnectionRequest,
                    InboundFqdnRequest,
                    OutboundFqdnRequest,
                    s,
                    slots,
                    slot.is_some()
                );
                let request = telnyx.update_fqdn_connection().id(id).body(body);
                of_fqdn(call(VENDOR, request.send()).await?.data)
            }
        })
    }

    async fn delete(&self, kind: Type, id: &str) -> Result<()> {
        let telnyx = &self.client;
        match kind {
            Type::Credential => call(VENDOR, telnyx.delete_credential_connection().id(id).send())
                .await
                .map(drop),
            Type::Ip => call(VENDOR, telnyx.delete_ip_connection().id(id).send())
                .await
                .map(drop),
            Type::Fqdn => call(VENDOR, telnyx.delete_fqdn_connection().id(id).send())
                .await
                .map(drop),
        }
    }

    fn credential_connections(&self, size: u64) -> Items<'_, Connection> {
        let pages = self.client.list_credential_connections().stream();
        vendor_stream(VENDOR, pages.page_size(size), |c| Ok(of_credential(c)))
    }

    fn ip_connections(&self, size: u64) -> Items<'_, Connection> {
        let pages = self.client.list_ip_connections().stream();
        vendor_stream(VENDOR, pages.page_size(size), |c| Ok(of_ip(c)))
    }

    fn fqdn_connections(&self, size: u64) -> Items<'_, Connection> {
        let pages = self.client.list_fqdn_connections().stream();
        vendor_stream(VENDOR, pages.page_size(size), |c| Ok(of_fqdn(c)))
    }

    async fn ip_list(&self, connection: Connection) -> Result<IpAccessList> {
        let pages = self
            .client
            .list_ips()
            .filter_connection_id(connection.id.clone());
        let entries = vendor_stream(VENDOR, pages.stream().page_size(MAX_PAGE), |ip| {
            let address = ip.ip_address.unwrap_or_default();
            let network = map::network(VENDOR, &address, &format!("ip_address of {}", ip.id))?;
            Ok(IpEntry::new(Some(IpEntryId::new(ip.id)), network))
        });
        let mut list = IpAccessList::new(connection.id, entries.try_collect().await?);
        list.name = connection.name;
        Ok(list)
    }

    /// A target by id: `/ips` ids are UUIDs, `/fqdns` ids numbers; the other is tried too.
    async fn target(&self, id: &str) -> Result<(Type, OriginationUri)> {
        let ip_first = id.contains('-');
        let first = self.target_of(ip_first, id).await;
        match first {
            Err(Error::NotFound(_)) => self.target_of(!ip_first, id).await,
            other => other,
        }
    }

    async fn target_of(&self, ip: bool, id: &str) -> Result<(Type, OriginationUri)> {
        if ip {
            let raw = call(VENDOR, self.client.get_ip().id(id).send()).await?.data;
            let host = raw.ip_address.unwrap_or_default();
            Ok((
                Type::Ip,
                origination_uri(raw.id, raw.connection_id, &host, raw.port),
            ))
        } else {
            let raw = call(VENDOR, self.client.get_fqdn().id(id).send())
                .await?
                .data;
            let host = raw.fqdn.unwrap_or_default();
            let port = raw
                .port
                .filter(|_| raw.dns_record_type.as_deref() != Some("srv"));
            Ok((
                Type::Fqdn,
                origination_uri(raw.id, raw.connection_id, &host, port),
            ))
        }
    }

    async fn delete_target(&self, kind: Type, id: &str) -> Result<()> {
        match kind {
            Type::Ip => call(VENDOR, self.client.delete_ip().id(id).send())
                .await
                .map(drop),
            _ => call(VENDOR, self.client.delete_fqdn().id(id).send())
                .await
                .map(drop),
        }
    }

    /// Creates a target row on `connection` (not yet in a slot).
    async fn create_target(
        &self,
        connection: &Connection,
        host: String,
        port: Option<i64>,
    ) -> Result<OriginationUri> {
        let trunk = Some(connection.id.clone());
        if connection.kind == Type::Ip {
            let body = types::CreateIpRequest::builder()
                .connection_id(trunk.clone())
                .ip_address(host)
                .port(port);
            let raw = call(VENDOR, self.client.create_ip().body(body).send())
                .await?
                .data;
            let host = raw.ip_address.unwrap_or_default();
            return Ok(origination_uri(raw.id, trunk, &host, raw.port));
        }
        let record = if port.is_some() { "a" } else { "srv" };
        let body = types::CreateFqdnRequest::builder()
            .connection_id(connection.id.clone())
            .fqdn(host)
            .dns_record_type(record.to_owned())
            .port(port.map(|p| types::NullableInteger(Some(p))));
        let raw = call(VENDOR, self.client.create_fqdn().body(body).send())
            .await?
            .data;
        let port = raw.port.filter(|_| record == "a");
        Ok(origination_uri(
            raw.id,
            trunk,
            &raw.fqdn.unwrap_or_default(),
            port,
        ))
    }
}

const FIXED_AUTH: &str = "a Telnyx connection's credentials or addresses are the connection \
                          itself, fixed at creation: create the trunk with the list attached \
                          (the list's connection becomes the trunk)";

impl Adapter for TelnyxProvider {
    const VENDOR: Vendor = VENDOR;
    const CAPABILITIES: Capabilities = Capabilities {
        vendor: VENDOR,
        unsupported: &[
            Unsupported::new(
                &[Operation::AddCredential, Operation::RemoveCredential],
                "a Telnyx credential connection holds exactly one username; create or delete \
                 credential lists instead",
            ),
            Unsupported::new(
                &[
                    Operation::AttachCredentialList,
                    Operation::DetachCredentialList,
                    Operation::AttachIpAccessList,
                    Operation::DetachIpAccessList,
                ],
                FIXED_AUTH,
            ),
            Unsupported::new(
                &[
                    Operation::AttachOriginationUri,
                    Operation::DetachOriginationUri,
                ],
                "Telnyx targets are created on their connection (create_origination_uri with \
                 `trunk`, filling the primary, secondary and tertiary slots in order) and \
                 deleted to detach",
            ),
            Unsupported::new(
                &[Operation::DetachPhoneNumber],
                "Telnyx documents no way to unassign a number from its connection; assign it \
                 to another trunk instead",
            ),
            Unsupported::new(
                &[Operation::GetCall],
                "Telnyx detail records have no read by id; use list_calls",
            ),
        ],
        trunk: TrunkRules {
            directions: &[Direction::Inbound, Direction::Outbound, Direction::Both],
            always_two_way: false,
            name: TextRule::ANY.required(),
            enabled: Setting::Settable,
            secure: Setting::Settable,
            max_concurrent_calls: Setting::Settable,
            sip_domain: Setting::unsupported(
                "Telnyx's SIP domain is fixed by region (sip.telnyx.com)",
            ),
            sip_domain_suffix: None,
            credential_lists: AttachRule::fields(1, &[]).any_direction(),
            ip_access_lists: AttachRule::fields(1, &[]).any_direction(),
            origination_uris: AttachRule {
                max: Some(SLOTS),
                ..AttachRule::OWNED
            },
            inbound_requires_origination_uri: false,
            outbound_requires_auth: false,
            server_side_filters: false,
            delete_cascades: true,
            credentials_exclusive: true,
        },
        credential_list: CredentialListRules {
            named: true,
            name: TextRule::ANY.required(),
            max_credentials: Some(1),
            username: TextRule {
                required: true,
                min_chars: 4,
                max_chars: Some(32),
                allowed_symbols: Some(""),
            },
            password: PasswordRule::at_least(8),
        },
        ip_access_list: IpAccessListRules {
            name: TextRule::ANY,
            min_entries: 0,
            max_entries: None,
            ipv4_only: true,
            addresses_only: true,
        },
        origination_uri: OriginationUriRules {
            sip_uri: SipUriRule::SIP,
            sip_uri_update: Setting::Settable,
            named: false,
            name: TextRule::ANY,
            priority: Setting::unsupported(
                "a Telnyx connection orders its targets by slot (primary, secondary, tertiary): \
                 the order of creation",
            ),
            weight: Setting::unsupported("Telnyx targets have no weight"),
            enabled: Setting::unsupported("Telnyx targets have no enabled switch"),
            created_under_trunk: true,
        },
        phone_number: PhoneNumberRules::E164,
        call: CallRules {
            ended_range_needs_both_ends: false,
            ended_range_by_day: true,
        },
    };
    type TrunkRecord = ();

    fn list_trunks(&self, filter: TrunkFilter) -> Items<'_, Trunk> {
        let size = map::page_size(filter.page_size, MAX_PAGE);
        let all = self
            .credential_connections(size)
            .chain(self.ip_connections(size))
            .chain(self.fqdn_connections(size));
        Box::pin(all.map_ok(|c| c.trunk()))
    }

    async fn get_trunk(&self, id: &TrunkId) -> Result<Trunk> {
        Ok(self.connection(id.as_str()).await?.trunk())
    }

    /// The connection type from what the trunk is created with: a credential list's or an IP
    /// access list's connection becomes the trunk; with neither, a new FQDN connection.
    async fn create_trunk(&self, new: &NewTrunk) -> Result<Created<()>> {
        let settings = Settings {
            name: new.name.clone(),
            active: Some(new.enabled.unwrap_or(true)),
            secure: new.secure,
            limit: new.max_concurrent_calls,
            profile: self.profile_for(new.direction)?,
        };
        let adopted = match (new.credential_lists.first(), new.ip_access_lists.first()) {
            (Some(list), _) => Some((Type::Credential, list.as_str())),
            (None, Some(list)) => Some((Type::Ip, list.as_str())),
            (None, None) => None,
        };
        if let Some((kind, id)) = adopted {
            let connection = self.patch(kind, id, &settings, None).await?;
            return Ok(Created::trunk(connection.trunk()));
        }
        let inbound = types::builder::InboundFqdnRequest::default().channel_limit(settings.limit());
        let outbound = types::builder::OutboundFqdnRequest::default()
            .channel_limit(settings.limit())
            .outbound_voice_profile_id(settings.profile.clone());
        let body = types::CreateFqdnConnectionRequest::builder()
            .connection_name(settings.name.clone().unwrap_or_default())
            .active(settings.active)
            .encrypted_media(settings.media())
            .inbound(Some(built(inbound.try_into())?))
            .outbound(Some(built(outbound.try_into())?));
        let created = call(
            VENDOR,
            self.client.create_fqdn_connection().body(body).send(),
        )
        .await?;
        Ok(Created::trunk(of_fqdn(created.data).trunk()))
    }

    async fn update_trunk(&self, id: &TrunkId, update: &TrunkUpdate) -> Result<()> {
        let settings = Settings {
            name: update.name.clone(),
            active: update.enabled,
            secure: update.secure,
            limit: update.max_concurrent_calls,
            profile: None,
        };
        let kind = self.kind_of(id.as_str()).await?;
        self.patch(kind, id.as_str(), &settings, None)
            .await
            .map(drop)
    }

    async fn delete_trunk(&self, id: &TrunkId) -> Result<()> {
        let kind = self.kind_of(id.as_str()).await?;
        self.delete(kind, id.as_str()).await
    }

    async fn read_slots(&self, trunk: &TrunkId) -> Result<(Slots, ())> {
        Ok((self.connection(trunk.as_str()).await?.slots(), ()))
    }

    fn list_credential_lists(&self) -> Items<'_, CredentialList> {
        Box::pin(
            self.credential_connections(MAX_PAGE)
                .map_ok(|c| c.credential_list()),
        )
    }

    async fn get_credential_list(&self, id: &CredentialListId) -> Result<CredentialList> {
        Ok(self
            .fetch(Type::Credential, id.as_str())
            .await?
            .credential_list())
    }

    /// A credential connection, inactive until a trunk is created with it.
    async fn create_credential_list(&self, list: &NewCredentialList) -> Result<CredentialList> {
        let credential = &list.credentials[0];
        let body = types::CreateCredentialConnectionRequest::builder()
            .connection_name(list.name.clone())
            .user_name(credential.username.clone())
            .password(credential.password.clone())
            .active(Some(false));
        let request = self.client.create_credential_connection().body(body);
        Ok(of_credential(call(VENDOR, request.send()).await?.data).credential_list())
    }

    async fn rename_credential_list(
        &self,
        id: &CredentialListId,
        name: &str,
    ) -> Result<CredentialList> {
        let settings = Settings {
            name: Some(name.to_owned()),
            ..Settings::default()
        };
        let renamed = self
            .patch(Type::Credential, id.as_str(), &settings, None)
            .await?;
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
        let body =
            types::UpdateCredentialConnectionRequest::builder().password(Some(password.clone()));
        let request = self.client.update_credential_connection().id(list.as_str());
        call(VENDOR, request.body(body).send()).await.map(drop)
    }

    fn list_ip_access_lists(&self) -> Items<'_, IpAccessList> {
        completed(self.ip_connections(MAX_PAGE), move |c| self.ip_list(c))
    }

    async fn get_ip_access_list(&self, id: &IpAccessListId) -> Result<IpAccessList> {
        self.ip_list(self.fetch(Type::Ip, id.as_str()).await?).await
    }

    /// An IP connection, inactive until a trunk is created with it; the engine adds the
    /// networks as its `/ips`.
    async fn create_ip_access_list(&self, list: &NewIpAccessList) -> Result<IpAccessList> {
        let body = types::CreateIpConnectionRequest::builder()
            .connection_name(Some(list.name.clone()))
            .active(Some(false));
        let created = call(VENDOR, self.client.create_ip_connection().body(body).send()).await?;
        let mut result = IpAccessList::new(created.data.id, Vec::new());
        result.name = created.data.connection_name;
        Ok(result)
    }

    async fn rename_ip_access_list(&self, id: &IpAccessListId, name: &str) -> Result<IpAccessList> {
        let settings = Settings {
            name: Some(name.to_owned()),
            ..Settings::default()
        };
        let renamed = self.patch(Type::Ip, id.as_str(), &settings, None).await?;
        self.ip_list(renamed).await
    }

    async fn delete_ip_access_list(&self, id: &IpAccessListId) -> Result<()> {
        self.delete(Type::Ip, id.as_str()).await
    }

    async fn add_ip_entry(&self, list: &IpAccessListId, network: &IpNet) -> Result<IpEntry> {
        let body = types::CreateIpRequest::builder()
            .connection_id(Some(list.to_string()))
            .ip_address(network.addr().to_string());
        let created = call(VENDOR, self.client.create_ip().body(body).send())
            .await?
            .data;
        Ok(IpEntry::new(Some(IpEntryId::new(created.id)), *network))
    }

    async fn remove_ip_entry(
        &self,
        _: &IpAccessListId,
        entry: &IpEntry,
        _: &[IpEntry],
    ) -> Result<()> {
        let id = entry.id.as_ref().map(|id| id.as_str()).unwrap_or_default();
        self.delete_target(Type::Ip, id).await
    }

    async fn get_origination_uri(&self, id: &OriginationUriId) -> Result<OriginationUri> {
        Ok(self.target(id.as_str()).await?.1)
    }

    /// Creates the target on its connection and puts it in the first free slot; if that
    /// fails, the target is deleted again.
    async fn create_origination_uri(&self, uri: &NewOriginationUri) -> Result<OriginationUri> {
        let trunk = uri.trunk.as_ref().map(TrunkId::as_str).unwrap_or_default();
        let connection = self.connection(trunk).await?;
        let op = Operation::CreateOriginationUri.as_str();
        if connection.kind == Type::Credential {
            let reason = "a Telnyx credential connection sends calls to its registration; it has \
                          no origination targets";
            return Err(Error::not_supported(VENDOR, op, reason));
        }
        let Some(free) = connection.targets.iter().position(Option::is_none) else {
            let reason =
                format!("trunk {trunk} already routes to {SLOTS} targets, Telnyx's maximum");
            return Err(Error::not_supported(VENDOR, op, reason));
        };
        let (host, port) = target_of(&uri.sip_uri)?;
        let created = self.create_target(&connection, host, port).await?;
        let slot = Some((free, Some(created.id.to_string())));
        let unchanged = Settings::default();
        if let Err(cause) = self.patch(connection.kind, trunk, &unchanged, slot).await {
            let step = Step {
                description: format!("create origination URI {:?}", created.sip_uri),
                created: Some(created.id.to_string()),
            };
            let failed = format!("route trunk {trunk} to origination URI {}", created.id);
            let delete = self.delete_target(connection.kind, created.id.as_str());
            return Err(undo_created(VENDOR, step, failed, cause, delete).await);
        }
        Ok(created)
    }

    async fn update_origination_uri(
        &self,
        id: &OriginationUriId,
        update: &OriginationUriUpdate,
    ) -> Result<OriginationUri> {
        let Some(sip_uri) = &update.sip_uri else {
            return self.get_origination_uri(id).await;
        };
        let ((host, port), (kind, _)) = (target_of(sip_uri)?, self.target(id.as_str()).await?);
        if kind == Type::Ip {
            let body = types::UpdateIpRequest::builder()
                .ip_address(host)
                .port(port);
            let request = self.client.update_ip().id(id.as_str()).body(body);
            call(VENDOR, request.send()).await?;
        } else {
            let record = if port.is_some() { "a" } else { "srv" };
            let body = types::UpdateFqdnRequest::builder()
                .fqdn(Some(host))
                .dns_record_type(Some(record.to_owned()))
                .port(Some(types::NullableInteger(port)));
            let request = self.client.update_fqdn().id(id.as_str()).body(body);
            call(VENDOR, request.send()).await?;
        }
        Ok(self.target(id.as_str()).await?.1)
    }

    /// Clears the target's slot, then deletes it.
    async fn delete_origination_uri(&self, id: &OriginationUriId) -> Result<()> {
        let (kind, uri) = self.target(id.as_str()).await?;
        if let Some(trunk) = &uri.trunk {
            let connection = self.fetch(kind, trunk.as_str()).await?;
            let held = connection
                .targets
                .iter()
                .position(|t| t.as_deref() == Some(id.as_str()));
            if let Some(slot) = held {
                self.patch(
                    kind,
                    trunk.as_str(),
                    &Settings::default(),
                    Some((slot, None)),
                )
                .await?;
            }
        }
        self.delete_target(kind, id.as_str()).await
    }

    fn list_phone_numbers(&self, trunk: &TrunkId) -> Items<'_, PhoneNumber> {
        let request = self
            .client
            .list_phone_numbers()
            .filter_connection_id(trunk.to_string());
        vendor_stream(VENDOR, request.stream().page_size(MAX_PAGE), |n| {
            Ok(phone_number(n))
        })
    }

    /// Finds the number's id by its digits, then assigns it with `connection_id`.
    async fn attach_phone_number(&self, trunk: &TrunkId, number: &str) -> Result<PhoneNumber> {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        let request = self.client.list_phone_numbers().filter_phone_number(digits);
        let mut found = vendor_stream(VENDOR, request.stream().page_size(MAX_PAGE), Ok);
        let mut id = None;
        while let Some(candidate) = found.try_next().await? {
            if candidate.phone_number.as_deref() == Some(number) {
                id = Some(candidate.id);
                break;
            }
        }
        let id = id.ok_or_else(|| {
            Error::not_found(VENDOR, format!("the account has no phone number {number}"))
        })?;
        let body = types::UpdatePhoneNumberRequest::builder()
            .connection_id(Some(types::NullableString(Some(trunk.to_string()))));
        let request = self.client.update_phone_number().id(id).body(body);
        Ok(phone_number(call(VENDOR, request.send()).await?.data))
    }

    fn list_calls(&self, filter: CallFilter) -> Items<'_, CallRecord> {
        let size = map::page_size(filter.page_size, MAX_RECORD_PAGE);
        let mut request = self
            .client
            .list_detail_records()
            .filter_record_type(types::DetailRecordType::SipTrunking);
        if let Some(direction) = filter.direction {
            request = request.filter_direction(wire_direction(direction).to_owned());
        }
        if let Some(from) = &filter.from_number {
            request = request.filter_cli(from.clone());
        }
        if let Some(to) = &filter.to_number {
            request = request.filter_cld(to.clone());
        }
        if let Some(before) = filter.ended_before {
            // A call that ended before `before` started before it; the engine trims the rest.
            request = request.filter_created_at_lt(before.to_rfc3339());
        }
        vendor_stream(VENDOR, request.stream().page_size(size), call_record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sip_uris_become_a_host_and_port() {
        assert_eq!(
            target_of("sip:pbx.example.com:5070").unwrap(),
            ("pbx.example.com".into(), Some(5070))
        );
        assert_eq!(
            target_of("sip:203.0.113.7;transport=tcp").unwrap(),
            ("203.0.113.7".into(), None)
        );
        assert!(target_of("sip:alice@pbx.example.com").is_err());
        assert!(target_of("sip:pbx.example.com:0").is_err());
    }

    #[test]
    fn record_seconds_are_numbers_or_numeric_strings() {
        assert_eq!(
            secs(Some(&serde_json::json!(61))),
            Some(std::time::Duration::from_secs(61))
        );
        assert_eq!(
            secs(Some(&serde_json::json!("7"))),
            Some(std::time::Duration::from_secs(7))
        );
        assert_eq!(secs(Some(&serde_json::json!("x"))), None);
    }
}
