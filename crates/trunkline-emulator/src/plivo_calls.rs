//! Plivo call records: the seedable [`PlivoCall`], its generator, and the `/Zentrunk/Call/`
//! list (with every documented filter), retrieve and Insights endpoints, plus the legacy
//! `/v1/Account/{auth_id}/Call/` list of plivo-php's older CDR API.

use std::collections::HashMap;

use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::http::{self, ApiError, Ctx, Query, echo, encode_component};
use crate::ids;
use crate::plivo::{ListBody, MAX_LIMIT, Meta};

/// Without an `end_time` filter, Plivo searches the last 30 days.
const DEFAULT_WINDOW_DAYS: i64 = 30;
/// Plivo keeps call records for 90 days.
const RETENTION_DAYS: i64 = 90;

/// One Plivo Zentrunk call record, as seeded with
/// [`PlivoHandle::seed_calls`](crate::PlivoHandle::seed_calls).
///
/// Build one with struct-update syntax from [`Default`], or generate plausible ones with
/// [`PlivoCall::generate`]. Times are UTC; the wire format is `YYYY-MM-DD HH:MM:SS`.
///
/// Its `Deserialize` impl is the JSON of `POST {plivo}/__emulator/calls`: the field names
/// below, every field optional (defaults as in [`Default`]) except where that endpoint says
/// otherwise; times as RFC 3339 (`2025-01-02T03:04:05Z`) or Plivo's `2025-01-02 03:04:05`
/// (UTC); unknown fields are refused.
///
/// ```
/// use trunkline_emulator::PlivoCall;
///
/// let call = PlivoCall {
///     call_uuid: "90b6eb07-796c-4d86-a4fd-44ed11667ddb".into(),
///     from_number: "+12025551234".into(),
///     ..PlivoCall::generate(1, 7).remove(0)
/// };
/// assert_eq!(call.call_uuid, "90b6eb07-796c-4d86-a4fd-44ed11667ddb");
/// ```
#[derive(Clone, Debug, PartialEq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlivoCall {
    /// Call id (the `{call_uuid}` of retrieve and Insights).
    pub call_uuid: String,
    /// Caller, E.164 with `+`.
    pub from_number: String,
    /// Callee, E.164 with `+`.
    pub to_number: String,
    /// `inbound` or `outbound`.
    pub call_direction: String,
    /// Seconds.
    pub call_duration: i64,
    /// Billed seconds (the `bill_duration` filter applies to this).
    pub bill_duration: i64,
    /// Billed seconds as shown by the newest docs.
    pub billed_duration: i64,
    /// When the call started.
    #[serde(deserialize_with = "de_time")]
    pub initiation_time: DateTime<Utc>,
    /// When it was answered; `None` (JSON `null`) for unanswered calls.
    #[serde(deserialize_with = "de_optional_time")]
    pub answer_time: Option<DateTime<Utc>>,
    /// When it ended (the `end_time` filters apply to this).
    #[serde(deserialize_with = "de_time")]
    pub end_time: DateTime<Utc>,
    /// e.g. `normal_hangup`.
    pub hangup_cause_name: String,
    /// e.g. `3000`.
    pub hangup_cause_code: i64,
    /// `customer`, `carrier` or `zentrunk`.
    pub hangup_source: String,
    /// Per-minute rate in USD, e.g. `0.00500`.
    pub total_rate: String,
    /// Total cost in USD, e.g. `0.01500`.
    pub total_amount: String,
    /// e.g. `93667062664669661.zt.plivo.com`.
    pub trunk_domain: String,
    /// ISO 3166 alpha-2.
    pub from_country: String,
    /// ISO 3166 alpha-2.
    pub to_country: String,
    /// `udp`, `tcp`, `tls`.
    pub transport_protocol: String,
    /// Whether media was SRTP.
    pub srtp: bool,
    /// Whether the trunk was secure.
    pub secure_trunking: bool,
    /// e.g. `0.00000`.
    pub secure_trunking_rate: String,
    /// `Verified`, `Not Verified` or `Not Applicable`.
    pub stir_verification: String,
    /// `A`, `B` or `C`.
    pub attestation_indicator: String,
    /// Quality metrics returned by the Insights endpoint.
    pub insights: PlivoCallInsights,
}

/// Call-quality metrics of a [`PlivoCall`], served by `/Zentrunk/Call/{uuid}/Insights/`.
#[derive(Clone, Debug, PartialEq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlivoCallInsights {
    /// Caller's carrier, e.g. `Verizon Wireless`.
    pub from_carrier: String,
    /// Callee's carrier.
    pub to_carrier: String,
    /// Round-trip time, milliseconds (sent as a string).
    pub rtt_ms: f64,
    /// Jitter, milliseconds (sent as a string).
    pub jitter_ms: f64,
    /// Packet loss, percent (sent as a string).
    pub packet_loss_percent: f64,
    /// Post-dial delay, milliseconds (sent as a number).
    pub post_dial_delay_ms: f64,
    /// Plivo quality score 1–5 (sent as a string).
    pub quality_score: f64,
}

/// A seeded time: RFC 3339, or Plivo's CDR format `YYYY-MM-DD HH:MM[:SS]` read as UTC.
fn parse_seed_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
                .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M"))
                .ok()
                .map(|n| n.and_utc())
        })
}

fn de_time<'de, D: serde::Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(d)?;
    parse_seed_time(&text).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "invalid time '{}': expected RFC 3339 or YYYY-MM-DD HH:MM:SS",
            echo(&text)
        ))
    })
}

fn de_optional_time<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(text) => parse_seed_time(&text).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid time '{}': expected RFC 3339 or YYYY-MM-DD HH:MM:SS",
                echo(&text)
            ))
        }),
    }
}

impl PlivoCall {
    /// `count` plausible call records, deterministic for a given `seed` (apart from being
    /// placed within the last 7 days before now, so the default 30-day list window shows them).
    pub fn generate(count: usize, seed: u64) -> Vec<PlivoCall> {
        const CAUSES: [(&str, i64, &str); 4] = [
            ("no_answer", 3010, "carrier"),
            ("busy_line", 3020, "carrier"),
            ("request_timeout_carrier", 4160, "carrier"),
            ("call_rejected", 3030, "customer"),
        ];
        const CARRIERS: [&str; 4] = ["Verizon Wireless", "AT&T", "T-Mobile", "Comcast"];
        const STIR: [(&str, &str); 3] = [
            ("Verified", "A"),
            ("Not Verified", "B"),
            ("Not Applicable", "C"),
        ];
        let mut rng = fastrand::Rng::with_seed(seed);
        let now = Utc::now();
        (0..count)
            .map(|_| {
                let answered = rng.u8(0..10) < 8;
                let end = now - TimeDelta::seconds(rng.i64(60..7 * 86_400));
                let duration = if answered { rng.i64(5..900) } else { 0 };
                let answer = answered.then(|| end - TimeDelta::seconds(duration));
                let initiation = answer.unwrap_or(end) - TimeDelta::seconds(rng.i64(2..20));
                let bill = if answered {
                    (duration + 59) / 60 * 60
                } else {
                    0
                };
                let rate = 0.005;
                let (cause, code, source) = if answered {
                    (
                        "normal_hangup",
                        3000,
                        if rng.bool() { "customer" } else { "carrier" },
                    )
                } else {
                    CAUSES[rng.usize(..CAUSES.len())]
                };
                let (stir, attestation) = STIR[rng.usize(..STIR.len())];
                let secure = rng.u8(0..10) == 0;
                PlivoCall {
                    call_uuid: ids::uuid_from_bits(rng.u128(..)),
                    from_number: format!("+1202555{:04}", rng.u16(0..10_000)),
                    to_number: format!("+1312555{:04}", rng.u16(0..10_000)),
                    call_direction: if rng.bool() { "outbound" } else { "inbound" }.into(),
                    call_duration: duration,
                    bill_duration: bill,
                    billed_duration: bill,
                    initiation_time: initiation,
                    answer_time: answer,
                    end_time: end,
                    hangup_cause_name: cause.into(),
                    hangup_cause_code: code,
                    hangup_source: source.into(),
                    total_rate: format!("{rate:.5}"),
                    total_amount: format!("{:.5}", bill as f64 / 60.0 * rate),
                    trunk_domain: format!(
                        "{}.zt.plivo.com",
                        rng.u64(10_000_000_000_000_000..100_000_000_000_000_000)
                    ),
                    from_country: "US".into(),
                    to_country: "US".into(),
                    transport_protocol: if secure { "tls" } else { "udp" }.into(),
                    srtp: secure,
                    secure_trunking: secure,
                    secure_trunking_rate: if secure { "0.00100" } else { "0.00000" }.into(),
                    stir_verification: stir.into(),
                    attestation_indicator: attestation.into(),
                    insights: PlivoCallInsights {
                        from_carrier: CARRIERS[rng.usize(..CARRIERS.len())].into(),
                        to_carrier: CARRIERS[rng.usize(..CARRIERS.len())].into(),
                        rtt_ms: f64::from(rng.u16(10..200)),
                        jitter_ms: f64::from(rng.u8(0..30)),
                        packet_loss_percent: f64::from(rng.u8(0..5)),
                        post_dial_delay_ms: f64::from(rng.u16(200..3000)),
                        quality_score: f64::from(rng.u8(30..50)) / 10.0,
                    },
                }
            })
            .collect()
    }
}

/// Seeded call records, newest `end_time` first.
#[derive(Default)]
pub(crate) struct CallStore {
    calls: Vec<PlivoCall>,
    index: HashMap<String, usize>,
}

impl CallStore {
    /// Adds records; a record whose `call_uuid` already exists replaces it.
    pub(crate) fn seed(&mut self, calls: impl IntoIterator<Item = PlivoCall>) {
        for call in calls {
            match self.index.get(&call.call_uuid) {
                Some(&i) => {
                    if let Some(slot) = self.calls.get_mut(i) {
                        *slot = call;
                    }
                }
                None => {
                    self.index.insert(call.call_uuid.clone(), self.calls.len());
                    self.calls.push(call);
                }
            }
        }
        self.calls.sort_by_key(|c| std::cmp::Reverse(c.end_time));
        // Re-allocate the records in list order, so that a page reads neighbouring memory
        // rather than strings scattered in seeding order.
        self.calls = self.calls.to_vec();
        self.index = self
            .calls
            .iter()
            .enumerate()
            .map(|(i, c)| (c.call_uuid.clone(), i))
            .collect();
    }

    pub(crate) fn clear(&mut self) {
        self.calls.clear();
        self.index.clear();
    }

    pub(crate) fn len(&self) -> usize {
        self.calls.len()
    }

    fn get(&self, uuid: &str) -> Option<&PlivoCall> {
        self.calls.get(*self.index.get(uuid)?)
    }

    /// The index range of the calls the filter's time bounds select: the default window
    /// (the last 30 days without an `end_time` filter, else the 90-day retention) and every
    /// `end_time` filter. The calls are sorted newest `end_time` first, so each bound is a
    /// binary search and the range is contiguous.
    fn window(&self, filter: &CallFilter, now: DateTime<Utc>) -> std::ops::Range<usize> {
        let days = if filter.end.is_empty() {
            DEFAULT_WINDOW_DAYS
        } else {
            RETENTION_DAYS
        };
        let calls = &self.calls;
        // Calls with end_time >= t (or > t) form a prefix; the rest a suffix.
        let at_least = |t: &DateTime<Utc>| calls.partition_point(|c| c.end_time >= *t);
        let above = |t: &DateTime<Utc>| calls.partition_point(|c| c.end_time > *t);
        let mut lo = 0;
        let mut hi = at_least(&(now - TimeDelta::days(days)));
        for (cmp, t) in &filter.end {
            match cmp {
                Cmp::Gte => hi = hi.min(at_least(t)),
                Cmp::Gt => hi = hi.min(above(t)),
                Cmp::Lte => lo = lo.max(above(t)),
                Cmp::Lt => lo = lo.max(at_least(t)),
                Cmp::Eq => {
                    lo = lo.max(above(t));
                    hi = hi.min(at_least(t));
                }
            }
        }
        lo..hi.max(lo)
    }

    /// The matching calls' total and the page `offset..offset + limit` of them. Without
    /// field filters this costs O(log n + limit) whatever the number of calls; field filters
    /// scan the time range.
    fn page<'a>(
        &'a self,
        filter: &CallFilter,
        offset: usize,
        limit: usize,
    ) -> (usize, Vec<&'a PlivoCall>) {
        let range = self.window(filter, Utc::now());
        let in_range = self.calls.get(range).unwrap_or_default();
        if filter.has_field_filters() {
            let matching = || in_range.iter().filter(|c| filter.matches_fields(c));
            let total = matching().count();
            (total, matching().skip(offset).take(limit).collect())
        } else {
            let page = in_range
                .get(offset.min(in_range.len())..)
                .unwrap_or_default()
                .iter()
                .take(limit)
                .collect();
            (in_range.len(), page)
        }
    }
}

#[derive(Clone, Copy)]
enum Cmp {
    Eq,
    Gt,
    Gte,
    Lt,
    Lte,
}

impl Cmp {
    const SUFFIXES: [(&'static str, Cmp); 5] = [
        ("", Cmp::Eq),
        ("__gt", Cmp::Gt),
        ("__gte", Cmp::Gte),
        ("__lt", Cmp::Lt),
        ("__lte", Cmp::Lte),
    ];

    fn test<T: Ord>(self, value: &T, bound: &T) -> bool {
        match self {
            Cmp::Eq => value == bound,
            Cmp::Gt => value > bound,
            Cmp::Gte => value >= bound,
            Cmp::Lt => value < bound,
            Cmp::Lte => value <= bound,
        }
    }
}

#[derive(Default)]
struct CallFilter {
    from_prefix: Option<String>,
    to_prefix: Option<String>,
    direction: Option<String>,
    hangup_cause_code: Option<i64>,
    hangup_source: Option<String>,
    stir: Option<String>,
    trunk_id: Option<String>,
    bill: Vec<(Cmp, i64)>,
    end: Vec<(Cmp, DateTime<Utc>)>,
    /// The same filters as query parameters, repeated in `meta.next`/`previous`.
    extra: String,
}

fn parse_cdr_time(key: &str, value: &str) -> Result<DateTime<Utc>, ApiError> {
    let v = value.trim();
    NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M"))
        .map(|n| n.and_utc())
        .map_err(|_| {
            ApiError::bad_request(format!(
                "Invalid value '{}' for {key}: expected YYYY-MM-DD HH:MM[:ss]",
                echo(value)
            ))
        })
}

impl CallFilter {
    fn parse(q: &Query, legacy: bool) -> Result<Self, ApiError> {
        fn note(key: &str, value: &str) -> String {
            format!("&{key}={}", encode_component(value))
        }
        let mut f = CallFilter::default();
        let mut extra = String::new();
        let pick = |allowed: &[&str], key: &str| -> Result<Option<String>, ApiError> {
            match q.get(key) {
                None => Ok(None),
                Some(v) if allowed.is_empty() || allowed.contains(&v) => Ok(Some(v.to_owned())),
                Some(v) => Err(ApiError::bad_request(format!(
                    "Invalid value '{}' for {key}: expected one of {}",
                    echo(v),
                    allowed.join(", ")
                ))),
            }
        };
        f.from_prefix = pick(&[], "from_number")?;
        f.to_prefix = pick(&[], "to_number")?;
        f.direction = pick(&["inbound", "outbound"], "call_direction")?;
        f.hangup_source = pick(&["customer", "carrier", "zentrunk"], "hangup_source")?;
        f.stir = pick(
            &["Verified", "Not Verified", "Not Applicable"],
            "stir_verification",
        )?;
        f.hangup_cause_code = q.int("hangup_cause_code").map_err(ApiError::bad_request)?;
        if legacy {
            f.trunk_id = pick(&[], "trunk_id")?;
        }
        for key in [
            "from_number",
            "to_number",
            "call_direction",
            "hangup_cause_code",
            "hangup_source",
            "stir_verification",
            "trunk_id",
        ] {
            if key == "trunk_id" && !legacy {
                continue;
            }
            if let Some(v) = q.get(key) {
                extra.push_str(&note(key, v));
            }
        }
        for (suffix, cmp) in Cmp::SUFFIXES {
            let key = format!("bill_duration{suffix}");
            if let Some(n) = q.int(&key).map_err(ApiError::bad_request)? {
                f.bill.push((cmp, n));
                extra.push_str(&note(&key, &n.to_string()));
            }
        }
        for (suffix, cmp) in Cmp::SUFFIXES {
            let key = format!("end_time{suffix}");
            if let Some(v) = q.get(&key) {
                f.end.push((cmp, parse_cdr_time(&key, v)?));
                extra.push_str(&note(&key, v));
            }
        }
        f.extra = extra;
        Ok(f)
    }

    /// The filters other than time (the time filters select a range; see
    /// [`CallStore::window`]).
    fn has_field_filters(&self) -> bool {
        self.from_prefix.is_some()
            || self.to_prefix.is_some()
            || self.direction.is_some()
            || self.hangup_cause_code.is_some()
            || self.hangup_source.is_some()
            || self.stir.is_some()
            || self.trunk_id.is_some()
            || !self.bill.is_empty()
    }

    fn matches_fields(&self, call: &PlivoCall) -> bool {
        self.from_prefix
            .as_deref()
            .is_none_or(|p| call.from_number.starts_with(p))
            && self
                .to_prefix
                .as_deref()
                .is_none_or(|p| call.to_number.starts_with(p))
            && self
                .direction
                .as_deref()
                .is_none_or(|d| call.call_direction == d)
            && self
                .hangup_cause_code
                .is_none_or(|c| call.hangup_cause_code == c)
            && self
                .hangup_source
                .as_deref()
                .is_none_or(|s| call.hangup_source == s)
            && self
                .stir
                .as_deref()
                .is_none_or(|s| call.stir_verification == s)
            && self
                .trunk_id
                .as_deref()
                .is_none_or(|t| call.trunk_domain.split('.').next() == Some(t))
            && self
                .bill
                .iter()
                .all(|(cmp, n)| cmp.test(&call.bill_duration, n))
    }
}

#[derive(Serialize)]
struct CallSummary<'a> {
    call_uuid: &'a str,
    from_number: &'a str,
    to_number: &'a str,
    call_direction: &'a str,
    call_duration: i64,
    bill_duration: i64,
    stir_verification: &'a str,
    attestation_indicator: &'a str,
}

#[derive(Serialize)]
struct CallObject<'a> {
    call_uuid: &'a str,
    from_number: &'a str,
    to_number: &'a str,
    call_direction: &'a str,
    call_duration: i64,
    bill_duration: i64,
    billed_duration: i64,
    end_time: String,
    hangup_cause_name: &'a str,
    hangup_source: &'a str,
    total_rate: &'a str,
    total_amount: &'a str,
    initiation_time: String,
    answer_time: Option<String>,
    trunk_domain: &'a str,
    from_country: &'a str,
    to_country: &'a str,
    transport_protocol: &'a str,
    srtp: bool,
    hangup_cause_code: i64,
    secure_trunking: bool,
    secure_trunking_rate: &'a str,
    stir_verification: &'a str,
    attestation_indicator: &'a str,
}

#[derive(Serialize)]
struct LegacyCall<'a> {
    call_uuid: &'a str,
    from_number: &'a str,
    to_number: &'a str,
    call_direction: &'a str,
    duration: i64,
    bill_duration: i64,
    end_time: String,
    hangup_cause: &'a str,
    hangup_initiator: &'a str,
    rate: &'a str,
    total_amount: &'a str,
    initiation_time: String,
    answer_time: Option<String>,
    trunk_domain: &'a str,
    region: &'a str,
    from_country: &'a str,
    to_country: &'a str,
    transport_protocol: &'a str,
    srtp: bool,
    hangup_code: i64,
    secure_trunking: bool,
    secure_trunking_rate: &'a str,
    stir_verification: &'a str,
}

#[derive(Serialize)]
struct Party<'a> {
    carrier: &'a str,
    number: &'a str,
    region: &'a str,
}

#[derive(Serialize)]
struct Insights<'a> {
    api_id: String,
    call_uuid: &'a str,
    from: Party<'a>,
    to: Party<'a>,
    hangup_cause: &'a str,
    hangup_source: &'a str,
    rtt: String,
    jitter: String,
    packet_loss: String,
    post_dial_delay: f64,
    plivo_quality_score: String,
}

#[derive(Serialize)]
struct LegacyMeta {
    limit: usize,
    offset: usize,
    total_count: usize,
    previous: bool,
    next: bool,
}

#[derive(Serialize)]
struct LegacyList<'a> {
    api_id: String,
    meta: LegacyMeta,
    objects: Vec<LegacyCall<'a>>,
}

/// `GET /v1/Account/{id}/Zentrunk/Call/`.
pub(crate) fn list(store: &CallStore, ctx: &Ctx<'_>, auth_id: &str) -> Result<Response, ApiError> {
    let (limit, offset) = http::limit_offset(&ctx.query, MAX_LIMIT, MAX_LIMIT)?;
    let filter = CallFilter::parse(&ctx.query, false)?;
    let (total, page) = store.page(&filter, offset, limit);
    let objects = page
        .into_iter()
        .map(|c| CallSummary {
            call_uuid: &c.call_uuid,
            from_number: &c.from_number,
            to_number: &c.to_number,
            call_direction: &c.call_direction,
            call_duration: c.call_duration,
            bill_duration: c.bill_duration,
            stir_verification: &c.stir_verification,
            attestation_indicator: &c.attestation_indicator,
        })
        .collect();
    let base = format!("v1/Account/{}/Zentrunk/Call/", encode_component(auth_id));
    Ok(http::json(
        StatusCode::OK,
        &ListBody {
            api_id: ids::uuid_v4(),
            meta: Meta::new(&base, &filter.extra, limit, offset, total),
            objects,
        },
    ))
}

fn not_found(uuid: &str) -> ApiError {
    ApiError::not_found(format!("Call '{}' not found", echo(uuid)))
}

/// `GET /v1/Account/{id}/Zentrunk/Call/{call_uuid}/`.
pub(crate) fn get(store: &CallStore, uuid: &str) -> Result<Response, ApiError> {
    let c = store.get(uuid).ok_or_else(|| not_found(uuid))?;
    Ok(http::json(
        StatusCode::OK,
        &CallObject {
            call_uuid: &c.call_uuid,
            from_number: &c.from_number,
            to_number: &c.to_number,
            call_direction: &c.call_direction,
            call_duration: c.call_duration,
            bill_duration: c.bill_duration,
            billed_duration: c.billed_duration,
            end_time: ids::plivo_cdr_time(&c.end_time),
            hangup_cause_name: &c.hangup_cause_name,
            hangup_source: &c.hangup_source,
            total_rate: &c.total_rate,
            total_amount: &c.total_amount,
            initiation_time: ids::plivo_cdr_time(&c.initiation_time),
            answer_time: c.answer_time.as_ref().map(ids::plivo_cdr_time),
            trunk_domain: &c.trunk_domain,
            from_country: &c.from_country,
            to_country: &c.to_country,
            transport_protocol: &c.transport_protocol,
            srtp: c.srtp,
            hangup_cause_code: c.hangup_cause_code,
            secure_trunking: c.secure_trunking,
            secure_trunking_rate: &c.secure_trunking_rate,
            stir_verification: &c.stir_verification,
            attestation_indicator: &c.attestation_indicator,
        },
    ))
}

/// `GET /v1/Account/{id}/Zentrunk/Call/{call_uuid}/Insights/`.
pub(crate) fn insights(store: &CallStore, uuid: &str) -> Result<Response, ApiError> {
    let c = store.get(uuid).ok_or_else(|| not_found(uuid))?;
    let i = &c.insights;
    Ok(http::json(
        StatusCode::OK,
        &Insights {
            api_id: ids::uuid_v4(),
            call_uuid: &c.call_uuid,
            from: Party {
                carrier: &i.from_carrier,
                number: &c.from_number,
                region: &c.from_country,
            },
            to: Party {
                carrier: &i.to_carrier,
                number: &c.to_number,
                region: &c.to_country,
            },
            hangup_cause: &c.hangup_cause_name,
            hangup_source: &c.hangup_source,
            rtt: i.rtt_ms.to_string(),
            jitter: i.jitter_ms.to_string(),
            packet_loss: i.packet_loss_percent.to_string(),
            post_dial_delay: i.post_dial_delay_ms,
            plivo_quality_score: i.quality_score.to_string(),
        },
    ))
}

/// `GET /v1/Account/{id}/Call/`: the legacy CDR list (other field names, boolean
/// `meta.previous`/`meta.next`, an extra `trunk_id` filter).
pub(crate) fn legacy_list(store: &CallStore, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let (limit, offset) = http::limit_offset(&ctx.query, MAX_LIMIT, MAX_LIMIT)?;
    let filter = CallFilter::parse(&ctx.query, true)?;
    let (total, page) = store.page(&filter, offset, limit);
    let objects = page
        .into_iter()
        .map(|c| LegacyCall {
            call_uuid: &c.call_uuid,
            from_number: &c.from_number,
            to_number: &c.to_number,
            call_direction: &c.call_direction,
            duration: c.call_duration,
            bill_duration: c.bill_duration,
            end_time: ids::plivo_cdr_time(&c.end_time),
            hangup_cause: &c.hangup_cause_name,
            hangup_initiator: &c.hangup_source,
            rate: &c.total_rate,
            total_amount: &c.total_amount,
            initiation_time: ids::plivo_cdr_time(&c.initiation_time),
            answer_time: c.answer_time.as_ref().map(ids::plivo_cdr_time),
            trunk_domain: &c.trunk_domain,
            region: legacy_region(&c.trunk_domain),
            from_country: &c.from_country,
            to_country: &c.to_country,
            transport_protocol: &c.transport_protocol,
            srtp: c.srtp,
            hangup_code: c.hangup_cause_code,
            secure_trunking: c.secure_trunking,
            secure_trunking_rate: &c.secure_trunking_rate,
            stir_verification: &c.stir_verification,
        })
        .collect();
    Ok(http::json(
        StatusCode::OK,
        &LegacyList {
            api_id: ids::uuid_v4(),
            meta: LegacyMeta {
                limit,
                offset,
                total_count: total,
                previous: offset > 0,
                next: offset.saturating_add(limit) < total,
            },
            objects,
        },
    ))
}

/// `us-east-1` from `<id>.us-east-1.zt.plivo.com`; `us-east-1` when the domain has no region.
fn legacy_region(trunk_domain: &str) -> &str {
    let labels: Vec<&str> = trunk_domain.split('.').collect();
    match labels.as_slice() {
        [_, region, "zt", "plivo", "com"] => region,
        _ => "us-east-1",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generator_is_deterministic_and_plausible() {
        let a = PlivoCall::generate(50, 1);
        let b = PlivoCall::generate(50, 1);
        assert_eq!(
            a.iter().map(|c| &c.call_uuid).collect::<Vec<_>>(),
            b.iter().map(|c| &c.call_uuid).collect::<Vec<_>>()
        );
        for c in &a {
            assert!(c.initiation_time <= c.end_time);
            assert_eq!(c.answer_time.is_some(), c.call_duration > 0);
            assert!(c.from_number.starts_with('+'));
            assert!(matches!(c.call_direction.as_str(), "inbound" | "outbound"));
        }
    }

    #[test]
    fn filters() {
        let mut store = CallStore::default();
        let mut calls = PlivoCall::generate(3, 9);
        calls[0].bill_duration = 60;
        calls[1].bill_duration = 120;
        calls[2].bill_duration = 180;
        store.seed(calls);
        let count = |q: &str| {
            let f = CallFilter::parse(&Query::parse(q), false).expect("valid filter");
            store.page(&f, 0, usize::MAX).0
        };
        assert_eq!(count(""), 3);
        assert_eq!(count("bill_duration__gte=120"), 2);
        assert_eq!(count("bill_duration__gt=120"), 1);
        assert_eq!(count("bill_duration=60"), 1);
        assert_eq!(count("bill_duration__lt=60"), 0);
        assert_eq!(count("end_time__gte=2000-01-01+00:00"), 3);
        assert_eq!(count("from_number=%2B1202"), 3);
        assert!(CallFilter::parse(&Query::parse("call_direction=up"), false).is_err());
        assert!(CallFilter::parse(&Query::parse("end_time=yesterday"), false).is_err());
        assert!(CallFilter::parse(&Query::parse("bill_duration__lte=x"), false).is_err());
    }

    /// The time range found by binary search is exactly what a scan of the documented
    /// rules selects, for every combination of bounds.
    #[test]
    fn window_matches_a_scan() {
        let mut store = CallStore::default();
        let now = Utc::now();
        let mut calls = PlivoCall::generate(200, 11);
        for (i, c) in calls.iter_mut().enumerate() {
            // Every 12 hours over 33 days, three calls at each time, none exactly on the
            // 30-day edge (which moves with the clock while the test runs).
            c.end_time = now - TimeDelta::hours(12 * (i as i64 / 3)) + TimeDelta::minutes(10);
        }
        store.seed(calls);
        let pivot = store.calls[90].end_time;
        let other = store.calls[30].end_time;
        let fmt = |t: &DateTime<Utc>| t.format("%Y-%m-%d %H:%M:%S").to_string();
        let queries = [
            String::new(),
            format!("end_time={}", fmt(&pivot)),
            format!("end_time__gt={}", fmt(&pivot)),
            format!("end_time__gte={}", fmt(&pivot)),
            format!("end_time__lt={}", fmt(&pivot)),
            format!("end_time__lte={}", fmt(&pivot)),
            format!("end_time__gte={}&end_time__lt={}", fmt(&pivot), fmt(&other)),
            format!("end_time__gt={}&end_time__lte={}", fmt(&other), fmt(&pivot)),
            "end_time__lt=2000-01-01+00:00".to_owned(),
        ];
        for q in queries {
            let filter = CallFilter::parse(&Query::parse(&q), false).expect("valid");
            let days = if filter.end.is_empty() { 30 } else { 90 };
            let start = now - TimeDelta::days(days);
            let scanned: Vec<&str> = store
                .calls
                .iter()
                .filter(|c| c.end_time >= start)
                .filter(|c| filter.end.iter().all(|(cmp, t)| cmp.test(&c.end_time, t)))
                .map(|c| c.call_uuid.as_str())
                .collect();
            let (total, page) = store.page(&filter, 0, usize::MAX);
            let found: Vec<&str> = page.iter().map(|c| c.call_uuid.as_str()).collect();
            assert_eq!(total, scanned.len(), "{q}");
            assert_eq!(found, scanned, "{q}");
            let (_, tail) = store.page(&filter, 5, 7);
            let tail: Vec<&str> = tail.iter().map(|c| c.call_uuid.as_str()).collect();
            let want: Vec<&str> = scanned.iter().skip(5).take(7).copied().collect();
            assert_eq!(tail, want, "{q}");
        }
    }

    #[test]
    fn region() {
        assert_eq!(legacy_region("257.us-east-1.zt.plivo.com"), "us-east-1");
        assert_eq!(legacy_region("257.zt.plivo.com"), "us-east-1");
    }
}
