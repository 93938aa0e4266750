//! Telnyx phone numbers: `/v2/phone_numbers` (list with filters, retrieve, `PATCH` with the
//! `connection_id` assignment, `DELETE` = release) and `/v2/phone_numbers/{id}/voice`.
//!
//! Numbers are owned by the account from the start (configured, or added with
//! [`TelnyxHandle::add_phone_number`](crate::TelnyxHandle::add_phone_number)); buying numbers is
//! not emulated. `connection_id` must name a connection of any type; `null` or `""` unassigns
//! (Telnyx documents no way to; the emulator's choice). Deleting a connection unassigns its
//! numbers.

use std::collections::HashMap;
use std::sync::RwLock;

use axum::http::{Method, StatusCode};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::http::{ApiError, Ctx, Field, echo};
use crate::ids;
use crate::server::{read, write};
use crate::table::Table;
use crate::telnyx::{self, Page, Req, Result, TelnyxError, TelnyxState, data, ser_millis};

/// A phone number the emulated Telnyx account owns, as seeded with
/// [`TelnyxHandle::seed_phone_numbers`](crate::TelnyxHandle::seed_phone_numbers) and read back
/// with [`TelnyxHandle::phone_numbers`](crate::TelnyxHandle::phone_numbers). Fields not set by
/// [`TelnyxPhoneNumber::new`] start empty; the voice settings start at Telnyx's defaults.
///
/// ```
/// use trunkline_emulator::TelnyxPhoneNumber;
///
/// let mut number = TelnyxPhoneNumber::new("+13125550199");
/// number.customer_reference = Some("office".into());
/// assert_eq!(number.country_iso_alpha2, "US");
/// assert_eq!(number.status, "active");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TelnyxPhoneNumber {
    /// Numeric id, the `{id}` of `/v2/phone_numbers/{id}`; empty = assigned when seeded.
    pub id: String,
    /// The number in +E.164.
    pub phone_number: String,
    /// The connection it is assigned to.
    pub connection_id: Option<String>,
    /// `active`, `port-pending`, … (default `active`).
    pub status: String,
    /// `local`, `toll_free`, … (default `local`).
    pub phone_number_type: String,
    /// ISO alpha-2 country (from the country code for +1, +44, +49, +33, +61, +91; else empty).
    pub country_iso_alpha2: String,
    /// Tags.
    pub tags: Vec<String>,
    /// Customer reference.
    pub customer_reference: Option<String>,
    /// Billing group.
    pub billing_group_id: Option<String>,
    /// Messaging profile id.
    pub messaging_profile_id: Option<String>,
    /// Messaging profile name.
    pub messaging_profile_name: Option<String>,
    /// Emergency address; emergency services are enabled when set.
    pub emergency_address_id: Option<String>,
    /// Port-out PIN.
    pub external_pin: Option<String>,
    /// HD voice.
    pub hd_voice_enabled: bool,
    /// `number_order` (default) or `port_request`.
    pub source_type: Option<String>,
}

impl TelnyxPhoneNumber {
    /// An active local number, bought (`number_order`), with nothing else set.
    pub fn new(e164: impl Into<String>) -> Self {
        let phone_number = e164.into();
        let country = [
            ("+1", "US"),
            ("+44", "GB"),
            ("+49", "DE"),
            ("+33", "FR"),
            ("+61", "AU"),
            ("+91", "IN"),
        ]
        .into_iter()
        .find(|(prefix, _)| phone_number.starts_with(prefix))
        .map_or("", |(_, c)| c);
        Self {
            id: String::new(),
            country_iso_alpha2: country.to_owned(),
            phone_number,
            connection_id: None,
            status: "active".into(),
            phone_number_type: "local".into(),
            tags: Vec::new(),
            customer_reference: None,
            billing_group_id: None,
            messaging_profile_id: None,
            messaging_profile_name: None,
            emergency_address_id: None,
            external_pin: None,
            hd_voice_enabled: false,
            source_type: Some("number_order".into()),
        }
    }
}

/// The id of the `n`-th configured number (0-based): `1000000000000000001` for the first.
pub(crate) fn configured_id(n: usize) -> String {
    (1_000_000_000_000_000_001u64 + n as u64).to_string()
}

#[derive(Clone)]
struct Voice {
    translated_number: Option<String>,
    tech_prefix_enabled: bool,
    usage_payment_method: &'static str,
    inbound_call_screening: &'static str,
    caller_id_name_enabled: bool,
    forwarding_enabled: bool,
    forwards_to: Option<String>,
    forwarding_type: Option<&'static str>,
    recording_enabled: bool,
    recording_channels: &'static str,
    recording_format: &'static str,
    cnam_enabled: bool,
    cnam_details: Option<String>,
    rtp_auto_adjust: bool,
    accept_any_rtp: bool,
    t38_fax_gateway: bool,
}

impl Default for Voice {
    fn default() -> Self {
        Self {
            translated_number: None,
            tech_prefix_enabled: false,
            usage_payment_method: "pay-per-minute",
            inbound_call_screening: "disabled",
            caller_id_name_enabled: false,
            forwarding_enabled: true,
            forwards_to: None,
            forwarding_type: None,
            recording_enabled: false,
            recording_channels: "single",
            recording_format: "wav",
            cnam_enabled: false,
            cnam_details: None,
            rtp_auto_adjust: true,
            accept_any_rtp: false,
            t38_fax_gateway: false,
        }
    }
}

#[derive(Clone)]
pub(crate) struct Number {
    n: TelnyxPhoneNumber,
    voice: Voice,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

/// The account's numbers, by id, with an index by E.164.
#[derive(Default)]
pub(crate) struct Numbers {
    table: Table<Number>,
    by_e164: HashMap<String, String>,
}

impl Numbers {
    pub(crate) fn contains(&self, id: &str) -> bool {
        self.table.contains(id)
    }

    /// Adds (or replaces, same id or same E.164) a number; returns its id.
    pub(crate) fn seed(&mut self, mut n: TelnyxPhoneNumber) -> String {
        if let Some(existing) = self.by_e164.get(&n.phone_number).cloned()
            && (n.id.is_empty() || n.id == existing)
        {
            n.id = existing;
        }
        if n.id.is_empty() {
            n.id = loop {
                let id = telnyx::numeric_id();
                if !self.table.contains(&id) {
                    break id;
                }
            };
        }
        let now = Utc::now();
        let (created_at, voice) = match self.table.get(&n.id) {
            Some(old) => {
                self.by_e164.remove(&old.n.phone_number);
                (old.created_at, old.voice.clone())
            }
            None => (now, Voice::default()),
        };
        let id = n.id.clone();
        self.by_e164.insert(n.phone_number.clone(), id.clone());
        self.table.insert(
            id.clone(),
            Number {
                n,
                voice,
                created_at,
                updated_at: now,
            },
        );
        id
    }

    pub(crate) fn snapshot(&self) -> Vec<TelnyxPhoneNumber> {
        self.table.values().map(|n| n.n.clone()).collect()
    }

    pub(crate) fn unassign_connection(&mut self, connection: &str) {
        for number in self.table.values_mut() {
            if number.n.connection_id.as_deref() == Some(connection) {
                number.n.connection_id = None;
            }
        }
    }
}

#[derive(Serialize)]
struct NumberView<'a> {
    id: &'a str,
    record_type: &'static str,
    phone_number: &'a str,
    status: &'a str,
    phone_number_type: &'a str,
    connection_id: Option<&'a str>,
    connection_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country_iso_alpha2: Option<&'a str>,
    tags: &'a [String],
    customer_reference: Option<&'a str>,
    external_pin: Option<&'a str>,
    billing_group_id: Option<&'a str>,
    messaging_profile_id: Option<&'a str>,
    messaging_profile_name: Option<&'a str>,
    emergency_enabled: bool,
    emergency_address_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    emergency_status: Option<&'static str>,
    call_forwarding_enabled: bool,
    call_recording_enabled: bool,
    caller_id_name_enabled: bool,
    cnam_listing_enabled: bool,
    t38_fax_gateway_enabled: bool,
    hd_voice_enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    inbound_call_screening: Option<&'static str>,
    /// `Some(None)` serializes `null`; `None` omits the key (deleted numbers).
    #[serde(skip_serializing_if = "Option::is_none")]
    source_type: Option<Option<&'a str>>,
    #[serde(serialize_with = "ser_millis")]
    created_at: DateTime<Utc>,
    #[serde(serialize_with = "ser_millis")]
    updated_at: DateTime<Utc>,
    #[serde(serialize_with = "ser_millis")]
    purchased_at: DateTime<Utc>,
}

fn emergency_status(n: &TelnyxPhoneNumber) -> &'static str {
    if n.emergency_address_id.is_some() {
        "active"
    } else {
        "disabled"
    }
}

/// The number object; `deleted` gives the shorter shape of Telnyx's delete response.
fn view<'a>(st: &TelnyxState, number: &'a Number, deleted: bool) -> NumberView<'a> {
    let n = &number.n;
    NumberView {
        id: &n.id,
        record_type: "phone_number",
        phone_number: &n.phone_number,
        status: if deleted { "deleted" } else { &n.status },
        phone_number_type: &n.phone_number_type,
        connection_id: n.connection_id.as_deref(),
        connection_name: n
            .connection_id
            .as_deref()
            .and_then(|c| st.connections.name_of(c)),
        country_iso_alpha2: (!deleted).then_some(n.country_iso_alpha2.as_str()),
        tags: &n.tags,
        customer_reference: n.customer_reference.as_deref(),
        external_pin: n.external_pin.as_deref(),
        billing_group_id: n.billing_group_id.as_deref(),
        messaging_profile_id: n.messaging_profile_id.as_deref(),
        messaging_profile_name: n.messaging_profile_name.as_deref(),
        emergency_enabled: n.emergency_address_id.is_some(),
        emergency_address_id: n.emergency_address_id.as_deref(),
        emergency_status: (!deleted).then(|| emergency_status(n)),
        call_forwarding_enabled: number.voice.forwarding_enabled,
        call_recording_enabled: number.voice.recording_enabled,
        caller_id_name_enabled: number.voice.caller_id_name_enabled,
        cnam_listing_enabled: number.voice.cnam_enabled,
        t38_fax_gateway_enabled: number.voice.t38_fax_gateway,
        hd_voice_enabled: n.hd_voice_enabled,
        inbound_call_screening: (!deleted).then_some(number.voice.inbound_call_screening),
        source_type: (!deleted).then_some(n.source_type.as_deref()),
        created_at: number.created_at,
        updated_at: number.updated_at,
        purchased_at: number.created_at,
    }
}

#[derive(Serialize)]
struct VoiceView<'a> {
    id: &'a str,
    record_type: &'static str,
    connection_id: Option<&'a str>,
    customer_reference: Option<&'a str>,
    translated_number: Option<&'a str>,
    tech_prefix_enabled: bool,
    usage_payment_method: &'static str,
    inbound_call_screening: &'static str,
    call_forwarding: ForwardingView<'a>,
    call_recording: RecordingView,
    cnam_listing: CnamView<'a>,
    emergency: EmergencyView<'a>,
    media_features: MediaView,
}

#[derive(Serialize)]
struct ForwardingView<'a> {
    call_forwarding_enabled: bool,
    forwards_to: Option<&'a str>,
    forwarding_type: Option<&'static str>,
}

#[derive(Serialize)]
struct RecordingView {
    inbound_call_recording_enabled: bool,
    inbound_call_recording_channels: &'static str,
    inbound_call_recording_format: &'static str,
}

#[derive(Serialize)]
struct CnamView<'a> {
    cnam_listing_enabled: bool,
    cnam_listing_details: Option<&'a str>,
}

#[derive(Serialize)]
struct EmergencyView<'a> {
    emergency_enabled: bool,
    emergency_address_id: Option<&'a str>,
    emergency_status: &'static str,
}

#[derive(Serialize)]
struct MediaView {
    rtp_auto_adjust_enabled: bool,
    accept_any_rtp_packets_enabled: bool,
    t38_fax_gateway_enabled: bool,
}

fn voice_view(number: &Number) -> VoiceView<'_> {
    let (n, v) = (&number.n, &number.voice);
    VoiceView {
        id: &n.id,
        record_type: "voice_settings",
        connection_id: n.connection_id.as_deref(),
        customer_reference: n.customer_reference.as_deref(),
        translated_number: v.translated_number.as_deref(),
        tech_prefix_enabled: v.tech_prefix_enabled,
        usage_payment_method: v.usage_payment_method,
        inbound_call_screening: v.inbound_call_screening,
        call_forwarding: ForwardingView {
            call_forwarding_enabled: v.forwarding_enabled,
            forwards_to: v.forwards_to.as_deref(),
            forwarding_type: v.forwarding_type,
        },
        call_recording: RecordingView {
            inbound_call_recording_enabled: v.recording_enabled,
            inbound_call_recording_channels: v.recording_channels,
            inbound_call_recording_format: v.recording_format,
        },
        cnam_listing: CnamView {
            cnam_listing_enabled: v.cnam_enabled,
            cnam_listing_details: v.cnam_details.as_deref(),
        },
        emergency: EmergencyView {
            emergency_enabled: n.emergency_address_id.is_some(),
            emergency_address_id: n.emergency_address_id.as_deref(),
            emergency_status: emergency_status(n),
        },
        media_features: MediaView {
            rtp_auto_adjust_enabled: v.rtp_auto_adjust,
            accept_any_rtp_packets_enabled: v.accept_any_rtp,
            t38_fax_gateway_enabled: v.t38_fax_gateway,
        },
    }
}

const STATUSES: &[&str] = &[
    "purchase-pending",
    "purchase-failed",
    "port-pending",
    "port-failed",
    "active",
    "deleted",
    "emergency-only",
    "ported-out",
    "port-out-pending",
    "requirement-info-pending",
    "requirement-info-under-review",
    "requirement-info-exception",
    "provision-pending",
];

/// `/v2/phone_numbers…` after the `phone_numbers` segment.
pub(crate) fn route(state: &RwLock<TelnyxState>, ctx: &Ctx<'_>, tail: &[&str]) -> Result<Response> {
    let m = ctx.method;
    let not_allowed =
        |allowed: &[Method]| -> TelnyxError { ApiError::method_not_allowed(m, allowed).into() };
    let item = [Method::GET, Method::PATCH, Method::DELETE];
    match tail {
        [] => match *m {
            Method::GET => list(&read(state), ctx),
            _ => Err(not_allowed(&[Method::GET])),
        },
        [id] => match *m {
            Method::GET => {
                let st = read(state);
                let number = find(&st, id)?;
                Ok(data(StatusCode::OK, view(&st, number, false)))
            }
            Method::PATCH => update(&mut write(state), id, &telnyx::body(ctx)?),
            Method::DELETE => {
                let mut st = write(state);
                find(&st, id)?;
                let number = st
                    .numbers
                    .table
                    .remove(id)
                    .ok_or_else(|| TelnyxError::not_found("Phone number", id))?;
                st.numbers.by_e164.remove(&number.n.phone_number);
                Ok(data(StatusCode::OK, view(&st, &number, true)))
            }
            _ => Err(not_allowed(&item)),
        },
        [id, "voice"] => match *m {
            Method::GET => {
                let st = read(state);
                Ok(data(StatusCode::OK, voice_view(find(&st, id)?)))
            }
            Method::PATCH => update_voice(&mut write(state), id, &telnyx::body(ctx)?),
            _ => Err(not_allowed(&[Method::GET, Method::PATCH])),
        },
        _ => Err(telnyx::unknown_path(ctx)),
    }
}

fn find<'a>(st: &'a TelnyxState, id: &str) -> Result<&'a Number> {
    st.numbers
        .table
        .get(id)
        .ok_or_else(|| TelnyxError::not_found("Phone number", id))
}

fn list(st: &TelnyxState, ctx: &Ctx<'_>) -> Result<Response> {
    let q = &ctx.query;
    let page = Page::parse(q, 20, 250)?;
    let digits = match q.get("filter[phone_number]") {
        Some(v) if v.chars().count() < 3 => {
            return Err(TelnyxError::bad_parameter(
                "filter[phone_number]",
                "filter[phone_number] needs at least three digits.".into(),
            ));
        }
        other => other,
    };
    let status = q.get("filter[status]");
    if let Some(s) = status
        && !STATUSES.contains(&s)
    {
        return Err(TelnyxError::bad_parameter(
            "filter[status]",
            format!("Invalid filter[status]: {}", echo(s)),
        ));
    }
    let connection = q.get("filter[connection_id]");
    let tag = q.get("filter[tag]");
    let country = q.get("filter[country_iso_alpha2]");
    let reference = q.get("filter[customer_reference]");
    let name_eq = q.get("filter[voice.connection_name][eq]");
    let name_contains = q
        .get("filter[voice.connection_name][contains]")
        .map(str::to_lowercase);
    let name = |n: &Number| {
        n.n.connection_id
            .as_deref()
            .and_then(|c| st.connections.name_of(c))
    };
    let mut matching: Vec<&Number> = st
        .numbers
        .table
        .values()
        .filter(|n| {
            // Telnyx: non-digits in the filter match nothing.
            digits.is_none_or(|d| {
                d.bytes().all(|b| b.is_ascii_digit())
                    && n.n.phone_number.trim_start_matches('+').contains(d)
            })
        })
        .filter(|n| status.is_none_or(|s| n.n.status == s))
        .filter(|n| connection.is_none_or(|c| n.n.connection_id.as_deref() == Some(c)))
        .filter(|n| tag.is_none_or(|t| n.n.tags.iter().any(|x| x == t)))
        .filter(|n| country.is_none_or(|c| n.n.country_iso_alpha2 == c))
        .filter(|n| reference.is_none_or(|r| n.n.customer_reference.as_deref() == Some(r)))
        .filter(|n| name_eq.is_none_or(|e| name(n).as_deref() == Some(e)))
        .filter(|n| {
            name_contains
                .as_deref()
                .is_none_or(|c| name(n).is_some_and(|x| x.to_lowercase().contains(c)))
        })
        .collect();
    telnyx::sort_by(
        q,
        &mut matching,
        &[
            ("purchased_at", |a, b| a.created_at.cmp(&b.created_at)),
            ("phone_number", |a, b| {
                a.n.phone_number.cmp(&b.n.phone_number)
            }),
            // Ordered by name below: the name lives on the connection.
            ("connection_name", |_, _| std::cmp::Ordering::Equal),
            ("usage_payment_method", |a, b| {
                a.voice
                    .usage_payment_method
                    .cmp(b.voice.usage_payment_method)
            }),
        ],
    )?;
    if let Some(raw) = q.get("sort")
        && raw.trim_start_matches('-') == "connection_name"
    {
        matching.sort_by_cached_key(|n| name(n));
        if raw.starts_with('-') {
            matching.reverse();
        }
    }
    Ok(telnyx::page_of_matching(page, matching, |n| {
        view(st, n, false)
    }))
}

fn update(
    st: &mut TelnyxState,
    id: &str,
    body: &serde_json::Map<String, serde_json::Value>,
) -> Result<Response> {
    let r = Req::root(body);
    let mut number = find(st, id)?.clone();
    match r.nullable_str("connection_id")? {
        Field::Set(c) if !c.is_empty() => {
            if !st.connections.contains(c) {
                return Err(r.invalid(
                    "connection_id",
                    format!("{} is not a connection of this account.", echo(c)),
                ));
            }
            number.n.connection_id = Some(c.to_owned());
        }
        Field::Set(_) | Field::Null => number.n.connection_id = None,
        Field::Absent => {}
    }
    if let Some(tags) = r.strings("tags")? {
        number.n.tags = tags;
    }
    for (key, target) in [
        ("customer_reference", &mut number.n.customer_reference),
        ("billing_group_id", &mut number.n.billing_group_id),
        ("external_pin", &mut number.n.external_pin),
    ] {
        match r.nullable_str(key)? {
            Field::Set(v) => *target = Some(v.to_owned()),
            Field::Null => *target = None,
            Field::Absent => {}
        }
    }
    if let Some(v) = r.bool("hd_voice_enabled")? {
        number.n.hd_voice_enabled = v;
    }
    number.updated_at = Utc::now();
    let response = data(StatusCode::OK, view(st, &number, false));
    st.numbers.table.insert(id.to_owned(), number);
    Ok(response)
}

fn update_voice(
    st: &mut TelnyxState,
    id: &str,
    body: &serde_json::Map<String, serde_json::Value>,
) -> Result<Response> {
    let r = Req::root(body);
    let mut number = find(st, id)?.clone();
    let v = &mut number.voice;
    if let Some(t) = r.str("translated_number")? {
        v.translated_number = (!t.is_empty()).then(|| t.to_owned());
    }
    if let Some(b) = r.bool("tech_prefix_enabled")? {
        v.tech_prefix_enabled = b;
    }
    if let Some(b) = r.bool("caller_id_name_enabled")? {
        v.caller_id_name_enabled = b;
    }
    if let Some(m) = r.one_of("usage_payment_method", &["pay-per-minute", "channel"])? {
        v.usage_payment_method = m;
    }
    if let Some(s) = r.one_of(
        "inbound_call_screening",
        &["disabled", "reject_calls", "flag_calls"],
    )? {
        v.inbound_call_screening = s;
    }
    let mut path = String::new();
    if let Some(f) = r.object("call_forwarding", &mut path)? {
        if let Some(b) = f.bool("call_forwarding_enabled")? {
            v.forwarding_enabled = b;
        }
        if let Some(to) = f.str("forwards_to")? {
            if !to.is_empty() && !ids::is_e164(to) {
                return Err(f.invalid("forwards_to", "forwards_to must be a +E.164 number."));
            }
            v.forwards_to = (!to.is_empty()).then(|| to.to_owned());
        }
        if let Some(t) = f.one_of("forwarding_type", &["always", "on-failure"])? {
            v.forwarding_type = Some(t);
        }
    }
    let mut path = String::new();
    if let Some(rec) = r.object("call_recording", &mut path)? {
        if let Some(b) = rec.bool("inbound_call_recording_enabled")? {
            v.recording_enabled = b;
        }
        if let Some(c) = rec.one_of("inbound_call_recording_channels", &["single", "dual"])? {
            v.recording_channels = c;
        }
        if let Some(f) = rec.one_of("inbound_call_recording_format", &["wav", "mp3"])? {
            v.recording_format = f;
        }
    }
    let mut path = String::new();
    if let Some(c) = r.object("cnam_listing", &mut path)? {
        if let Some(d) = c.str("cnam_listing_details")? {
            let ok = d.chars().count() <= 15
                && d.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == ' ');
            if !ok {
                return Err(c.invalid(
                    "cnam_listing_details",
                    "cnam_listing_details is at most 15 letters, digits or spaces.",
                ));
            }
            v.cnam_details = Some(d.to_owned());
        }
        if let Some(b) = c.bool("cnam_listing_enabled")? {
            v.cnam_enabled = b;
        }
    }
    let mut path = String::new();
    if let Some(media) = r.object("media_features", &mut path)? {
        for (key, target) in [
            ("rtp_auto_adjust_enabled", &mut v.rtp_auto_adjust),
            ("accept_any_rtp_packets_enabled", &mut v.accept_any_rtp),
            ("t38_fax_gateway_enabled", &mut v.t38_fax_gateway),
        ] {
            if let Some(b) = media.bool(key)? {
                *target = b;
            }
        }
    }
    if v.cnam_enabled && v.cnam_details.is_none() {
        return Err(r.invalid(
            "cnam_listing",
            "cnam_listing_enabled needs cnam_listing_details.",
        ));
    }
    number.updated_at = Utc::now();
    let response = data(StatusCode::OK, voice_view(&number));
    st.numbers.table.insert(id.to_owned(), number);
    Ok(response)
}
