//! Telnyx connections: `/v2/credential_connections`, `/v2/ip_connections`,
//! `/v2/fqdn_connections` (CRUD) and `/v2/connections` (read-only, every type).
//!
//! Rules: a credential connection needs `connection_name`, `user_name` (4–32 letters and
//! digits, a letter among the first five, unique on the account) and `password` (8–128
//! characters), and returns the password in clear text; an IP connection needs nothing; an FQDN
//! connection needs `connection_name`. Every enum value, integer range and string rule of
//! Telnyx's schema answers 422 with `source.pointer` naming the field; `encrypted_media: SRTP`
//! with `transport_protocol: TLS` and `webhook_api_version: texml` without
//! `outbound.call_parking_enabled: true` on a credential connection are 422s;
//! `outbound.outbound_voice_profile_id` must name a profile; an IP connection's
//! `ip_authentication_token` is 12–48 characters and unique across connections, and required
//! with `ip_authentication_method: token`; the target slots (`inbound.default_primary_ip_id`, …,
//! `default_*_fqdn_id`) must be ids of this connection's `/ips` / `/fqdns` rows (so they can only
//! be set by a PATCH after those exist) and are omitted from responses while unset. An FQDN
//! connection switched to `credential-authentication` shows a generated `user_name` and
//! `password`.
//!
//! The response keys of each type are exactly those of Telnyx's examples (credential
//! connections' RTCP block says `report_frequency_seconds`, the others `report_frequency_secs`).

use std::collections::HashMap;

use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::http::{Ctx, Field, echo};
use crate::table::Table;
use crate::telnyx::{self, Page, Req, Result, TelnyxError, TelnyxState, data, millis, page_of};

const ANCHORSITES: &[&str] = &[
    "Latency",
    "Chicago, IL",
    "Ashburn, VA",
    "San Jose, CA",
    "Sydney, Australia",
    "Amsterdam, Netherlands",
    "London, UK",
    "Toronto, Canada",
    "Vancouver, Canada",
    "Frankfurt, Germany",
];
const DTMF: &[&str] = &["RFC 2833", "Inband", "SIP INFO"];
const TRANSPORTS: &[&str] = &["UDP", "TCP", "TLS"];
const ANI_FORMATS: &[&str] = &["+E.164", "E.164", "+E.164-national", "E.164-national"];
const DNIS_FORMATS: &[&str] = &["+e164", "e164", "national", "sip_username"];
const REGIONS: &[&str] = &["US", "Europe", "Australia"];
const RECEIVE: &[&str] = &["only_my_connections", "from_anyone"];
const ROUTING: &[&str] = &["sequential", "round-robin"];
const ANI_OVERRIDE_TYPES: &[&str] = &["always", "normal", "emergency"];
const T38: &[&str] = &[
    "telnyx",
    "customer",
    "disabled",
    "passthru",
    "caller-passthru",
    "callee-passthru",
];
const IP_AUTH: &[&str] = &["tech-prefixp-charge-info", "token"];
const FQDN_AUTH: &[&str] = &["credential-authentication", "ip-authentication"];
const SIP_URI_CALLING: &[&str] = &["disabled", "unrestricted", "internal"];
const RTCP_PORTS: &[&str] = &["rtcp-mux", "rtp+1"];
const DEFAULT_CODECS: [&str; 6] = ["G722", "G711U", "G711A", "G729", "OPUS", "H.264"];

/// The three connection types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConnKind {
    Credential,
    Ip,
    Fqdn,
}

impl ConnKind {
    pub(crate) fn from_path(path: &str) -> Self {
        match path {
            "credential_connections" => Self::Credential,
            "ip_connections" => Self::Ip,
            _ => Self::Fqdn,
        }
    }

    fn record_type(self) -> &'static str {
        match self {
            Self::Credential => "credential_connection",
            Self::Ip => "ip_connection",
            Self::Fqdn => "fqdn_connection",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Self::Credential => "Credential connection",
            Self::Ip => "IP connection",
            Self::Fqdn => "FQDN connection",
        }
    }

    fn slot_keys(self) -> [&'static str; 3] {
        match self {
            Self::Fqdn => [
                "default_primary_fqdn_id",
                "default_secondary_fqdn_id",
                "default_tertiary_fqdn_id",
            ],
            _ => [
                "default_primary_ip_id",
                "default_secondary_ip_id",
                "default_tertiary_ip_id",
            ],
        }
    }
}

#[derive(Clone)]
struct Inbound {
    ani_number_format: &'static str,
    dnis_number_format: &'static str,
    channel_limit: Option<i64>,
    codecs: Vec<String>,
    generate_ringback_tone: bool,
    isup_headers_enabled: bool,
    prack_enabled: bool,
    shaken_stir_enabled: bool,
    sip_compact_headers_enabled: bool,
    timeout_1xx_secs: i64,
    timeout_2xx_secs: i64,
    sip_region: &'static str,
    sip_subdomain: Option<String>,
    sip_subdomain_receive_settings: &'static str,
    default_routing_method: Option<&'static str>,
    slots: [Option<String>; 3],
}

#[derive(Clone)]
struct Outbound {
    outbound_voice_profile_id: Option<String>,
    channel_limit: Option<i64>,
    ani_override: String,
    ani_override_type: &'static str,
    localization: Option<String>,
    call_parking_enabled: Option<bool>,
    generate_ringback_tone: bool,
    instant_ringback_enabled: bool,
    t38_reinvite_source: &'static str,
    ip_authentication_method: &'static str,
    ip_authentication_token: Option<String>,
    tech_prefix: String,
    /// FQDN only, emitted when set.
    encrypted_media: Option<&'static str>,
    timeout_1xx_secs: Option<i64>,
    timeout_2xx_secs: Option<i64>,
}

/// One connection of any type; [`ConnView`] writes the keys of its type.
#[derive(Clone)]
pub(crate) struct Conn {
    kind: ConnKind,
    id: String,
    connection_name: Option<String>,
    active: bool,
    anchorsite_override: &'static str,
    encrypted_media: Option<&'static str>,
    tags: Vec<String>,
    webhook_event_url: Option<String>,
    webhook_event_failover_url: Option<String>,
    webhook_api_version: &'static str,
    webhook_timeout_secs: Option<i64>,
    dtmf_type: &'static str,
    default_on_hold_comfort_noise_enabled: bool,
    encode_contact_header_enabled: bool,
    onnet_t38_passthrough_enabled: bool,
    ios_push_credential_id: Option<String>,
    android_push_credential_id: Option<String>,
    rtcp_capture_enabled: bool,
    rtcp_port: &'static str,
    rtcp_report_frequency: i64,
    transport_protocol: &'static str,
    user_name: Option<String>,
    password: Option<String>,
    sip_uri_calling_preference: &'static str,
    microsoft_teams_sbc: Option<bool>,
    inbound: Inbound,
    outbound: Outbound,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Conn {
    fn new(kind: ConnKind, id: String, now: DateTime<Utc>) -> Self {
        let credential = kind == ConnKind::Credential;
        Self {
            kind,
            id,
            connection_name: None,
            active: true,
            anchorsite_override: "Latency",
            encrypted_media: None,
            tags: Vec::new(),
            webhook_event_url: None,
            webhook_event_failover_url: Some(String::new()),
            webhook_api_version: "1",
            webhook_timeout_secs: None,
            dtmf_type: "RFC 2833",
            default_on_hold_comfort_noise_enabled: !credential,
            encode_contact_header_enabled: false,
            onnet_t38_passthrough_enabled: false,
            ios_push_credential_id: None,
            android_push_credential_id: None,
            rtcp_capture_enabled: false,
            rtcp_port: "rtp+1",
            rtcp_report_frequency: 5,
            transport_protocol: "UDP",
            user_name: None,
            password: None,
            sip_uri_calling_preference: "disabled",
            microsoft_teams_sbc: None,
            inbound: Inbound {
                ani_number_format: "E.164-national",
                dnis_number_format: "e164",
                channel_limit: None,
                codecs: DEFAULT_CODECS.map(String::from).to_vec(),
                generate_ringback_tone: false,
                isup_headers_enabled: false,
                prack_enabled: false,
                shaken_stir_enabled: false,
                sip_compact_headers_enabled: true,
                timeout_1xx_secs: 3,
                timeout_2xx_secs: 90,
                sip_region: "US",
                sip_subdomain: None,
                sip_subdomain_receive_settings: "from_anyone",
                default_routing_method: Some("sequential"),
                slots: [None, None, None],
            },
            outbound: Outbound {
                outbound_voice_profile_id: None,
                channel_limit: None,
                ani_override: String::new(),
                ani_override_type: "always",
                localization: match kind {
                    ConnKind::Ip => None,
                    _ => Some("US".into()),
                },
                call_parking_enabled: Some(false),
                generate_ringback_tone: false,
                instant_ringback_enabled: kind != ConnKind::Fqdn,
                t38_reinvite_source: if credential { "telnyx" } else { "customer" },
                ip_authentication_method: match kind {
                    ConnKind::Fqdn => "ip-authentication",
                    _ => "tech-prefixp-charge-info",
                },
                ip_authentication_token: None,
                tech_prefix: String::new(),
                encrypted_media: None,
                timeout_1xx_secs: None,
                timeout_2xx_secs: None,
            },
            created_at: now,
            updated_at: now,
        }
    }
}

/// An entry of the account-wide order of connections.
struct ConnRef {
    id: String,
    kind: ConnKind,
}

/// Every connection, per type, plus the account-wide order and the uniqueness indexes.
#[derive(Default)]
pub(crate) struct Connections {
    credential: Table<Conn>,
    ip: Table<Conn>,
    fqdn: Table<Conn>,
    all: Table<ConnRef>,
    /// `user_name` → credential connection id.
    user_names: HashMap<String, String>,
    /// `ip_authentication_token` → connection id.
    tokens: HashMap<String, String>,
}

impl Connections {
    fn table(&self, kind: ConnKind) -> &Table<Conn> {
        match kind {
            ConnKind::Credential => &self.credential,
            ConnKind::Ip => &self.ip,
            ConnKind::Fqdn => &self.fqdn,
        }
    }

    fn table_mut(&mut self, kind: ConnKind) -> &mut Table<Conn> {
        match kind {
            ConnKind::Credential => &mut self.credential,
            ConnKind::Ip => &mut self.ip,
            ConnKind::Fqdn => &mut self.fqdn,
        }
    }

    pub(crate) fn contains(&self, id: &str) -> bool {
        self.all.contains(id)
    }

    pub(crate) fn len(&self) -> usize {
        self.all.len()
    }

    pub(crate) fn kind_of(&self, id: &str) -> Option<ConnKind> {
        self.all.get(id).map(|r| r.kind)
    }

    fn conn(&self, id: &str) -> Option<&Conn> {
        self.table(self.kind_of(id)?).get(id)
    }

    /// The connection's name, for a phone number assigned to it.
    pub(crate) fn name_of(&self, id: &str) -> Option<String> {
        self.conn(id).and_then(|c| c.connection_name.clone())
    }

    fn insert(&mut self, conn: Conn) {
        if let Some(u) = &conn.user_name
            && conn.kind == ConnKind::Credential
        {
            self.user_names.insert(u.clone(), conn.id.clone());
        }
        if let Some(t) = &conn.outbound.ip_authentication_token {
            self.tokens.insert(t.clone(), conn.id.clone());
        }
        self.all.insert(
            conn.id.clone(),
            ConnRef {
                id: conn.id.clone(),
                kind: conn.kind,
            },
        );
        let kind = conn.kind;
        self.table_mut(kind).insert(conn.id.clone(), conn);
    }

    fn forget(&mut self, conn: &Conn) {
        if let Some(u) = &conn.user_name
            && self.user_names.get(u) == Some(&conn.id)
        {
            self.user_names.remove(u);
        }
        if let Some(t) = &conn.outbound.ip_authentication_token
            && self.tokens.get(t) == Some(&conn.id)
        {
            self.tokens.remove(t);
        }
    }

    pub(crate) fn seed_ip_connection(&mut self, id: String, name: String) {
        let mut conn = Conn::new(ConnKind::Ip, id, Utc::now());
        conn.connection_name = Some(name);
        self.insert(conn);
    }

    /// An IP or FQDN row was deleted (or moved to another connection): clear the slots that
    /// named it.
    pub(crate) fn target_deleted(&mut self, target: &str) {
        for table in [&mut self.ip, &mut self.fqdn] {
            for conn in table.values_mut() {
                for slot in &mut conn.inbound.slots {
                    if slot.as_deref() == Some(target) {
                        *slot = None;
                    }
                }
            }
        }
    }

    /// How many connections name the profile.
    pub(crate) fn profile_use(&self, profile: &str) -> usize {
        [&self.credential, &self.ip, &self.fqdn]
            .into_iter()
            .flat_map(Table::values)
            .filter(|c| c.outbound.outbound_voice_profile_id.as_deref() == Some(profile))
            .count()
    }

    /// A profile was deleted: the connections that named it lose it; returns how many.
    pub(crate) fn profile_deleted(&mut self, profile: &str) -> usize {
        let mut count = 0;
        for table in [&mut self.credential, &mut self.ip, &mut self.fqdn] {
            for conn in table.values_mut() {
                if conn.outbound.outbound_voice_profile_id.as_deref() == Some(profile) {
                    conn.outbound.outbound_voice_profile_id = None;
                    count += 1;
                }
            }
        }
        count
    }
}

/// Writes a connection with the keys of its type.
struct ConnView<'a>(&'a Conn);

impl Serialize for ConnView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let c = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &c.id)?;
        m.serialize_entry("record_type", c.kind.record_type())?;
        m.serialize_entry("connection_name", &c.connection_name)?;
        m.serialize_entry("active", &c.active)?;
        m.serialize_entry("anchorsite_override", c.anchorsite_override)?;
        m.serialize_entry("encrypted_media", &c.encrypted_media)?;
        m.serialize_entry("tags", &c.tags)?;
        m.serialize_entry("webhook_event_url", &c.webhook_event_url)?;
        m.serialize_entry("webhook_event_failover_url", &c.webhook_event_failover_url)?;
        m.serialize_entry("webhook_api_version", c.webhook_api_version)?;
        m.serialize_entry("webhook_timeout_secs", &c.webhook_timeout_secs)?;
        m.serialize_entry("dtmf_type", c.dtmf_type)?;
        m.serialize_entry(
            "default_on_hold_comfort_noise_enabled",
            &c.default_on_hold_comfort_noise_enabled,
        )?;
        m.serialize_entry(
            "encode_contact_header_enabled",
            &c.encode_contact_header_enabled,
        )?;
        m.serialize_entry(
            "onnet_t38_passthrough_enabled",
            &c.onnet_t38_passthrough_enabled,
        )?;
        m.serialize_entry("ios_push_credential_id", &c.ios_push_credential_id)?;
        m.serialize_entry("android_push_credential_id", &c.android_push_credential_id)?;
        m.serialize_entry("rtcp_settings", &RtcpView(c))?;
        m.serialize_entry("inbound", &InboundView(c))?;
        m.serialize_entry("outbound", &OutboundView(c))?;
        match c.kind {
            ConnKind::Credential => {
                m.serialize_entry("user_name", &c.user_name)?;
                m.serialize_entry("password", &c.password)?;
                m.serialize_entry("sip_uri_calling_preference", c.sip_uri_calling_preference)?;
            }
            ConnKind::Ip | ConnKind::Fqdn => {
                m.serialize_entry("transport_protocol", c.transport_protocol)?;
            }
        }
        if c.kind == ConnKind::Fqdn {
            if let Some(teams) = c.microsoft_teams_sbc {
                m.serialize_entry("microsoft_teams_sbc", &teams)?;
            }
            if c.outbound.ip_authentication_method == "credential-authentication" {
                m.serialize_entry("user_name", &c.user_name)?;
                m.serialize_entry("password", &c.password)?;
            }
        }
        m.serialize_entry("created_at", &millis(&c.created_at))?;
        m.serialize_entry("updated_at", &millis(&c.updated_at))?;
        m.end()
    }
}

struct RtcpView<'a>(&'a Conn);

impl Serialize for RtcpView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let c = self.0;
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("capture_enabled", &c.rtcp_capture_enabled)?;
        m.serialize_entry("port", c.rtcp_port)?;
        let key = match c.kind {
            ConnKind::Credential => "report_frequency_seconds",
            _ => "report_frequency_secs",
        };
        m.serialize_entry(key, &c.rtcp_report_frequency)?;
        m.end()
    }
}

struct InboundView<'a>(&'a Conn);

impl Serialize for InboundView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let (kind, i) = (self.0.kind, &self.0.inbound);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("ani_number_format", i.ani_number_format)?;
        m.serialize_entry("dnis_number_format", i.dnis_number_format)?;
        m.serialize_entry("channel_limit", &i.channel_limit)?;
        m.serialize_entry("codecs", &i.codecs)?;
        m.serialize_entry("generate_ringback_tone", &i.generate_ringback_tone)?;
        m.serialize_entry("isup_headers_enabled", &i.isup_headers_enabled)?;
        m.serialize_entry("prack_enabled", &i.prack_enabled)?;
        m.serialize_entry("shaken_stir_enabled", &i.shaken_stir_enabled)?;
        m.serialize_entry(
            "sip_compact_headers_enabled",
            &i.sip_compact_headers_enabled,
        )?;
        m.serialize_entry("timeout_1xx_secs", &i.timeout_1xx_secs)?;
        m.serialize_entry("timeout_2xx_secs", &i.timeout_2xx_secs)?;
        if kind != ConnKind::Credential {
            m.serialize_entry("sip_region", i.sip_region)?;
            m.serialize_entry("sip_subdomain", &i.sip_subdomain)?;
            m.serialize_entry(
                "sip_subdomain_receive_settings",
                i.sip_subdomain_receive_settings,
            )?;
            m.serialize_entry("default_routing_method", &i.default_routing_method)?;
            for (key, slot) in kind.slot_keys().into_iter().zip(&i.slots) {
                if let Some(id) = slot {
                    m.serialize_entry(key, id)?;
                }
            }
        }
        m.end()
    }
}

struct OutboundView<'a>(&'a Conn);

impl Serialize for OutboundView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let (kind, o) = (self.0.kind, &self.0.outbound);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("outbound_voice_profile_id", &o.outbound_voice_profile_id)?;
        m.serialize_entry("channel_limit", &o.channel_limit)?;
        m.serialize_entry("ani_override", &o.ani_override)?;
        m.serialize_entry("ani_override_type", o.ani_override_type)?;
        m.serialize_entry("localization", &o.localization)?;
        m.serialize_entry("call_parking_enabled", &o.call_parking_enabled)?;
        m.serialize_entry("generate_ringback_tone", &o.generate_ringback_tone)?;
        m.serialize_entry("instant_ringback_enabled", &o.instant_ringback_enabled)?;
        m.serialize_entry("t38_reinvite_source", o.t38_reinvite_source)?;
        if kind != ConnKind::Credential {
            m.serialize_entry("ip_authentication_method", o.ip_authentication_method)?;
            m.serialize_entry("ip_authentication_token", &o.ip_authentication_token)?;
            m.serialize_entry("tech_prefix", &o.tech_prefix)?;
        }
        if kind == ConnKind::Fqdn {
            for (key, value) in [
                ("timeout_1xx_secs", o.timeout_1xx_secs),
                ("timeout_2xx_secs", o.timeout_2xx_secs),
            ] {
                if let Some(v) = value {
                    m.serialize_entry(key, &v)?;
                }
            }
            if let Some(e) = o.encrypted_media {
                m.serialize_entry("encrypted_media", e)?;
            }
        }
        m.end()
    }
}

/// The fields every type shares (`/v2/connections`).
#[derive(Serialize)]
struct CommonView<'a> {
    id: &'a str,
    record_type: &'static str,
    connection_name: &'a Option<String>,
    active: bool,
    anchorsite_override: &'static str,
    outbound_voice_profile_id: &'a Option<String>,
    tags: &'a [String],
    webhook_event_url: &'a Option<String>,
    webhook_event_failover_url: &'a Option<String>,
    webhook_api_version: &'static str,
    webhook_timeout_secs: Option<i64>,
    created_at: String,
    updated_at: String,
}

impl<'a> CommonView<'a> {
    fn of(c: &'a Conn) -> Self {
        Self {
            id: &c.id,
            record_type: c.kind.record_type(),
            connection_name: &c.connection_name,
            active: c.active,
            anchorsite_override: c.anchorsite_override,
            outbound_voice_profile_id: &c.outbound.outbound_voice_profile_id,
            tags: &c.tags,
            webhook_event_url: &c.webhook_event_url,
            webhook_event_failover_url: &c.webhook_event_failover_url,
            webhook_api_version: c.webhook_api_version,
            webhook_timeout_secs: c.webhook_timeout_secs,
            created_at: millis(&c.created_at),
            updated_at: millis(&c.updated_at),
        }
    }
}

/// The connection filters of every connection list.
struct Filter {
    name_contains: Option<String>,
    fqdn: Option<String>,
    profile: Option<String>,
}

impl Filter {
    fn parse(ctx: &Ctx<'_>) -> Result<Self> {
        let q = &ctx.query;
        let name_contains = q.get("filter[connection_name][contains]");
        if let Some(n) = name_contains
            && n.chars().count() < 3
        {
            return Err(TelnyxError::bad_parameter(
                "filter[connection_name][contains]",
                "filter[connection_name][contains] needs at least three characters.".into(),
            ));
        }
        Ok(Self {
            name_contains: name_contains.map(str::to_lowercase),
            fqdn: q.get("filter[fqdn]").map(str::to_owned),
            profile: q
                .get("filter[outbound_voice_profile_id]")
                .map(str::to_owned),
        })
    }

    fn is_empty(&self) -> bool {
        self.name_contains.is_none() && self.fqdn.is_none() && self.profile.is_none()
    }

    fn matches(&self, st: &TelnyxState, c: &Conn) -> bool {
        self.name_contains.as_deref().is_none_or(|n| {
            c.connection_name
                .as_deref()
                .is_some_and(|name| name.to_lowercase().contains(n))
        }) && self
            .profile
            .as_deref()
            .is_none_or(|p| c.outbound.outbound_voice_profile_id.as_deref() == Some(p))
            && self.fqdn.as_deref().is_none_or(|f| {
                st.fqdns
                    .values()
                    .any(|row| row.fqdn == f && row.connection_id.as_deref() == Some(&c.id))
            })
    }
}

const SORTS: &[telnyx::SortKey<Conn>] = &[
    ("created_at", |a, b| a.created_at.cmp(&b.created_at)),
    ("connection_name", |a, b| {
        a.connection_name.cmp(&b.connection_name)
    }),
    ("active", |a, b| a.active.cmp(&b.active)),
];

/// Filtered, sorted connections of `tables`, one page, rendered by `view`.
fn list_in<'a, T: Serialize>(
    st: &'a TelnyxState,
    ctx: &Ctx<'_>,
    conns: impl Iterator<Item = &'a Conn>,
    view: fn(&'a Conn) -> T,
) -> Result<Response> {
    let page = Page::parse(&ctx.query, 250, 250)?;
    let filter = Filter::parse(ctx)?;
    let mut matching: Vec<&Conn> = conns.filter(|c| filter.matches(st, c)).collect();
    telnyx::sort_by(&ctx.query, &mut matching, SORTS)?;
    Ok(telnyx::page_of_matching(page, matching, view))
}

/// `GET /v2/{credential,ip,fqdn}_connections`.
pub(crate) fn list(st: &TelnyxState, kind: ConnKind, ctx: &Ctx<'_>) -> Result<Response> {
    let table = st.connections.table(kind);
    if ctx.query.get("sort").is_none() && Filter::parse(ctx)?.is_empty() {
        let page = Page::parse(&ctx.query, 250, 250)?;
        let items = table
            .iter_from(page.offset())
            .take(page.size)
            .map(|(_, c)| ConnView(c))
            .collect();
        return Ok(page_of(page, table.len(), items));
    }
    list_in(st, ctx, table.values(), ConnView)
}

/// `GET /v2/connections`: every type, in creation order.
pub(crate) fn list_all(st: &TelnyxState, ctx: &Ctx<'_>) -> Result<Response> {
    let conns = &st.connections;
    let ordered = conns
        .all
        .values()
        .filter_map(|r| conns.table(r.kind).get(&r.id));
    list_in(st, ctx, ordered, CommonView::of)
}

/// `GET /v2/connections/{id}`.
pub(crate) fn get_any(st: &TelnyxState, id: &str) -> Result<Response> {
    let conn = st
        .connections
        .conn(id)
        .ok_or_else(|| TelnyxError::not_found("Connection", id))?;
    Ok(data(StatusCode::OK, CommonView::of(conn)))
}

/// `GET /v2/{type}_connections/{id}`: a connection of another type is a 404 here.
pub(crate) fn get(st: &TelnyxState, kind: ConnKind, id: &str) -> Result<Response> {
    let conn = st
        .connections
        .table(kind)
        .get(id)
        .ok_or_else(|| TelnyxError::not_found(kind.what(), id))?;
    Ok(data(StatusCode::OK, ConnView(conn)))
}

/// `DELETE /v2/{type}_connections/{id}`: answers the deleted object; its IPs / FQDNs go with
/// it and its numbers are unassigned.
pub(crate) fn delete(st: &mut TelnyxState, kind: ConnKind, id: &str) -> Result<Response> {
    let conn = st
        .connections
        .table_mut(kind)
        .remove(id)
        .ok_or_else(|| TelnyxError::not_found(kind.what(), id))?;
    st.connections.all.remove(id);
    st.connections.forget(&conn);
    let response = data(StatusCode::OK, ConnView(&conn));
    st.connection_deleted(id);
    Ok(response)
}

/// `POST` (`id` = `None`, 201) or `PATCH` (200) of a connection: validates everything before
/// changing anything.
pub(crate) fn save(
    st: &mut TelnyxState,
    kind: ConnKind,
    id: Option<&str>,
    body: &Map<String, Value>,
) -> Result<Response> {
    let now = Utc::now();
    let (mut conn, creating) = match id {
        Some(id) => (
            st.connections
                .table(kind)
                .get(id)
                .cloned()
                .ok_or_else(|| TelnyxError::not_found(kind.what(), id))?,
            false,
        ),
        None => (Conn::new(kind, st.new_numeric_id(), now), true),
    };
    let r = Req::root(body);
    apply_common(st, &mut conn, r, creating)?;
    let mut path = String::new();
    if let Some(inbound) = r.object("inbound", &mut path)? {
        apply_inbound(st, &mut conn, inbound)?;
    }
    let mut path = String::new();
    if let Some(outbound) = r.object("outbound", &mut path)? {
        apply_outbound(st, &mut conn, outbound)?;
    }
    check_whole(st, &conn, r)?;
    if kind == ConnKind::Fqdn {
        let credentials = conn.outbound.ip_authentication_method == "credential-authentication";
        if credentials && conn.password.is_none() {
            conn.user_name = Some(format!("fqdn{}", fastrand::u32(10_000_000..100_000_000)));
            conn.password = Some(
                std::iter::repeat_with(fastrand::alphanumeric)
                    .take(20)
                    .collect(),
            );
        } else if !credentials {
            conn.user_name = None;
            conn.password = None;
        }
    }
    conn.updated_at = now;
    if let Some(old) = id
        .and_then(|id| st.connections.table(kind).get(id))
        .cloned()
    {
        st.connections.forget(&old);
    }
    let response = data(
        if creating {
            StatusCode::CREATED
        } else {
            StatusCode::OK
        },
        ConnView(&conn),
    );
    st.connections.insert(conn);
    Ok(response)
}

fn set_nullable_string(target: &mut Option<String>, field: Field<&str>) {
    match field {
        Field::Set(v) => *target = Some(v.to_owned()),
        Field::Null => *target = None,
        Field::Absent => {}
    }
}

fn set_nullable_int(target: &mut Option<i64>, field: Field<i64>) {
    match field {
        Field::Set(v) => *target = Some(v),
        Field::Null => *target = None,
        Field::Absent => {}
    }
}

fn is_url(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && s.len() > 8
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn apply_common(st: &TelnyxState, c: &mut Conn, r: Req<'_>, creating: bool) -> Result<()> {
    let kind = c.kind;
    let name = if creating && kind != ConnKind::Ip {
        Some(r.required_str("connection_name")?)
    } else {
        r.str("connection_name")?
    };
    if let Some(n) = name {
        c.connection_name = Some(n.to_owned());
    }
    if let Some(v) = r.bool("active")? {
        c.active = v;
    }
    if let Some(v) = r.one_of("anchorsite_override", ANCHORSITES)? {
        c.anchorsite_override = v;
    }
    match r.nullable_one_of("encrypted_media", &["SRTP"])? {
        Field::Set(v) => c.encrypted_media = Some(v),
        Field::Null => c.encrypted_media = None,
        Field::Absent => {}
    }
    if let Some(v) = r.one_of("dtmf_type", DTMF)? {
        c.dtmf_type = v;
    }
    for (key, target) in [
        (
            "default_on_hold_comfort_noise_enabled",
            &mut c.default_on_hold_comfort_noise_enabled,
        ),
        (
            "encode_contact_header_enabled",
            &mut c.encode_contact_header_enabled,
        ),
        (
            "onnet_t38_passthrough_enabled",
            &mut c.onnet_t38_passthrough_enabled,
        ),
    ] {
        if let Some(v) = r.bool(key)? {
            *target = v;
        }
    }
    if let Some(v) = r.strings("tags")? {
        c.tags = v;
    }
    for key in ["webhook_event_url", "webhook_event_failover_url"] {
        let value = r.nullable_str(key)?;
        if let Field::Set(url) = value
            && !url.is_empty()
            && !is_url(url)
        {
            return Err(r.invalid(
                key,
                format!("{key} must be a URL with a scheme (https://…)."),
            ));
        }
        let target = if key == "webhook_event_url" {
            &mut c.webhook_event_url
        } else {
            &mut c.webhook_event_failover_url
        };
        set_nullable_string(target, value);
    }
    if let Some(v) = r.one_of("webhook_api_version", &["1", "2", "texml"])? {
        c.webhook_api_version = v;
    }
    set_nullable_int(
        &mut c.webhook_timeout_secs,
        r.nullable_int("webhook_timeout_secs", 0..=30)?,
    );
    set_nullable_string(
        &mut c.ios_push_credential_id,
        r.nullable_str("ios_push_credential_id")?,
    );
    set_nullable_string(
        &mut c.android_push_credential_id,
        r.nullable_str("android_push_credential_id")?,
    );
    let mut path = String::new();
    if let Some(rtcp) = r.object("rtcp_settings", &mut path)? {
        if let Some(v) = rtcp.bool("capture_enabled")? {
            c.rtcp_capture_enabled = v;
        }
        if let Some(v) = rtcp.one_of("port", RTCP_PORTS)? {
            c.rtcp_port = v;
        }
        let mut keys = vec!["report_frequency_secs"];
        if kind == ConnKind::Credential {
            keys.push("report_frequency_seconds");
        }
        for key in keys {
            if let Some(v) = rtcp.int(key, 5..=3000)? {
                c.rtcp_report_frequency = v;
            }
        }
    }
    match kind {
        ConnKind::Credential => {
            let (user, password) = if creating {
                (
                    Some(r.required_str("user_name")?),
                    Some(r.required_str("password")?),
                )
            } else {
                (r.str("user_name")?, r.str("password")?)
            };
            if let Some(u) = user {
                check_user_name(&r, u)?;
                if st
                    .connections
                    .user_names
                    .get(u)
                    .is_some_and(|owner| *owner != c.id)
                {
                    return Err(r.invalid(
                        "user_name",
                        format!("The user_name {} is already in use.", echo(u)),
                    ));
                }
                c.user_name = Some(u.to_owned());
            }
            if let Some(p) = password {
                let n = p.chars().count();
                if !(8..=128).contains(&n) {
                    return Err(r.invalid("password", "password must be 8 to 128 characters long."));
                }
                c.password = Some(p.to_owned());
            }
            if let Some(v) = r.one_of("sip_uri_calling_preference", SIP_URI_CALLING)? {
                c.sip_uri_calling_preference = v;
            }
        }
        ConnKind::Ip | ConnKind::Fqdn => {
            if let Some(v) = r.one_of("transport_protocol", TRANSPORTS)? {
                c.transport_protocol = v;
            }
            if kind == ConnKind::Fqdn
                && creating
                && let Some(v) = r.bool("microsoft_teams_sbc")?
            {
                c.microsoft_teams_sbc = Some(v);
            }
        }
    }
    Ok(())
}

/// 4–32 letters and digits, a letter among the first five.
fn check_user_name(r: &Req<'_>, user: &str) -> Result<()> {
    let len = user.chars().count();
    let ok = (4..=32).contains(&len)
        && user.bytes().all(|b| b.is_ascii_alphanumeric())
        && user.bytes().take(5).any(|b| b.is_ascii_alphabetic());
    if ok {
        Ok(())
    } else {
        Err(r.invalid(
            "user_name",
            "user_name must be 4-32 letters and digits, with a letter among the first five.",
        ))
    }
}

fn apply_inbound(st: &TelnyxState, c: &mut Conn, r: Req<'_>) -> Result<()> {
    let kind = c.kind;
    let i = &mut c.inbound;
    if let Some(v) = r.one_of("ani_number_format", ANI_FORMATS)? {
        i.ani_number_format = v;
    }
    if let Some(v) = r.one_of("dnis_number_format", DNIS_FORMATS)? {
        i.dnis_number_format = v;
    }
    set_nullable_int(
        &mut i.channel_limit,
        r.nullable_int("channel_limit", 0..=i64::MAX)?,
    );
    if let Some(codecs) = r.strings("codecs")? {
        if codecs.iter().any(|c| c.trim().is_empty()) {
            return Err(r.invalid("codecs", "A codec name must not be empty."));
        }
        i.codecs = codecs;
    }
    for (key, target) in [
        ("generate_ringback_tone", &mut i.generate_ringback_tone),
        ("isup_headers_enabled", &mut i.isup_headers_enabled),
        ("prack_enabled", &mut i.prack_enabled),
        ("shaken_stir_enabled", &mut i.shaken_stir_enabled),
        (
            "sip_compact_headers_enabled",
            &mut i.sip_compact_headers_enabled,
        ),
    ] {
        if let Some(v) = r.bool(key)? {
            *target = v;
        }
    }
    if let Some(v) = r.int("timeout_1xx_secs", 1..=120)? {
        i.timeout_1xx_secs = v;
    }
    if let Some(v) = r.int("timeout_2xx_secs", 1..=600)? {
        i.timeout_2xx_secs = v;
    }
    if kind == ConnKind::Credential {
        return Ok(());
    }
    if let Some(v) = r.one_of("sip_region", REGIONS)? {
        i.sip_region = v;
    }
    let subdomain = r.nullable_str("sip_subdomain")?;
    if let Field::Set(s) = subdomain
        && !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(r.invalid(
            "sip_subdomain",
            "sip_subdomain may contain only letters, digits and '-'.",
        ));
    }
    set_nullable_string(&mut i.sip_subdomain, subdomain);
    if let Some(v) = r.one_of("sip_subdomain_receive_settings", RECEIVE)? {
        i.sip_subdomain_receive_settings = v;
    }
    match r.nullable_one_of("default_routing_method", ROUTING)? {
        Field::Set(v) => i.default_routing_method = Some(v),
        Field::Null => i.default_routing_method = None,
        Field::Absent => {}
    }
    for (n, key) in kind.slot_keys().into_iter().enumerate() {
        let value = match r.nullable_str(key)? {
            Field::Absent => continue,
            Field::Null | Field::Set("") => None,
            Field::Set(target) => Some(target),
        };
        if let Some(target) = value {
            let owner = match kind {
                ConnKind::Fqdn => st
                    .fqdns
                    .get(target)
                    .and_then(|f| f.connection_id.as_deref()),
                _ => st
                    .ips
                    .get(target)
                    .and_then(|ip| ip.connection_id.as_deref()),
            };
            if owner != Some(c.id.as_str()) {
                let row = if kind == ConnKind::Fqdn { "FQDN" } else { "IP" };
                return Err(r.invalid(
                    key,
                    format!(
                        "{} is not the id of an {row} of this connection.",
                        echo(target)
                    ),
                ));
            }
        }
        c.inbound.slots[n] = value.map(str::to_owned);
    }
    Ok(())
}

fn apply_outbound(st: &TelnyxState, c: &mut Conn, r: Req<'_>) -> Result<()> {
    let kind = c.kind;
    let o = &mut c.outbound;
    match r.nullable_str("outbound_voice_profile_id")? {
        Field::Set(p) if !p.is_empty() => {
            if !st.profile_exists(p) {
                return Err(r.invalid(
                    "outbound_voice_profile_id",
                    format!(
                        "{} is not an outbound voice profile of this account.",
                        echo(p)
                    ),
                ));
            }
            o.outbound_voice_profile_id = Some(p.to_owned());
        }
        Field::Set(_) | Field::Null => o.outbound_voice_profile_id = None,
        Field::Absent => {}
    }
    set_nullable_int(
        &mut o.channel_limit,
        r.nullable_int("channel_limit", 0..=i64::MAX)?,
    );
    if let Some(v) = r.str("ani_override")? {
        o.ani_override = v.to_owned();
    }
    if let Some(v) = r.one_of("ani_override_type", ANI_OVERRIDE_TYPES)? {
        o.ani_override_type = v;
    }
    let localization = r.nullable_str("localization")?;
    if let Field::Set(l) = localization
        && !l.is_empty()
        && !(l.len() == 2 && l.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return Err(r.invalid(
            "localization",
            "localization must be an ISO 3166-1 alpha-2 country code (US).",
        ));
    }
    set_nullable_string(&mut o.localization, localization);
    match r.nullable_bool("call_parking_enabled")? {
        Field::Set(v) => o.call_parking_enabled = Some(v),
        Field::Null => o.call_parking_enabled = None,
        Field::Absent => {}
    }
    if let Some(v) = r.bool("generate_ringback_tone")? {
        o.generate_ringback_tone = v;
    }
    if let Some(v) = r.bool("instant_ringback_enabled")? {
        o.instant_ringback_enabled = v;
    }
    if let Some(v) = r.one_of("t38_reinvite_source", T38)? {
        o.t38_reinvite_source = v;
    }
    if kind == ConnKind::Credential {
        return Ok(());
    }
    let methods = if kind == ConnKind::Fqdn {
        FQDN_AUTH
    } else {
        IP_AUTH
    };
    if let Some(v) = r.one_of("ip_authentication_method", methods)? {
        o.ip_authentication_method = v;
    }
    let token = r.nullable_str("ip_authentication_token")?;
    if let Field::Set(t) = token {
        let n = t.chars().count();
        if !(12..=48).contains(&n) {
            return Err(r.invalid(
                "ip_authentication_token",
                "ip_authentication_token must be 12 to 48 characters long.",
            ));
        }
        if st
            .connections
            .tokens
            .get(t)
            .is_some_and(|owner| *owner != c.id)
        {
            return Err(r.invalid(
                "ip_authentication_token",
                "This ip_authentication_token is already in use; tokens are unique across Telnyx.",
            ));
        }
    }
    set_nullable_string(&mut o.ip_authentication_token, token);
    if let Some(p) = r.str("tech_prefix")? {
        if !(p.is_empty() || (p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))) {
            return Err(r.invalid("tech_prefix", "tech_prefix must be exactly 4 digits."));
        }
        o.tech_prefix = p.to_owned();
    }
    if kind == ConnKind::Ip
        && o.ip_authentication_method == "token"
        && o.ip_authentication_token.is_none()
    {
        return Err(r.invalid(
            "ip_authentication_token",
            "ip_authentication_method token needs an ip_authentication_token.",
        ));
    }
    if kind == ConnKind::Fqdn {
        match r.nullable_one_of("encrypted_media", &["SRTP"])? {
            Field::Set(v) => o.encrypted_media = Some(v),
            Field::Null => o.encrypted_media = None,
            Field::Absent => {}
        }
        if let Some(v) = r.int("timeout_1xx_secs", 1..=120)? {
            o.timeout_1xx_secs = Some(v);
        }
        if let Some(v) = r.int("timeout_2xx_secs", 1..=600)? {
            o.timeout_2xx_secs = Some(v);
        }
    }
    Ok(())
}

/// Rules across fields, checked on the merged connection.
fn check_whole(_st: &TelnyxState, c: &Conn, r: Req<'_>) -> Result<()> {
    if c.kind != ConnKind::Credential
        && c.transport_protocol == "TLS"
        && c.encrypted_media.is_some()
    {
        return Err(r.invalid(
            "encrypted_media",
            "encrypted_media cannot be set when transport_protocol is TLS.",
        ));
    }
    if c.webhook_api_version == "texml"
        && !(c.kind == ConnKind::Credential && c.outbound.call_parking_enabled == Some(true))
    {
        return Err(r.invalid(
            "webhook_api_version",
            "texml can only be set on a credential connection with outbound.call_parking_enabled true.",
        ));
    }
    Ok(())
}
