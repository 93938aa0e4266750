//! Vobiz call detail records: the seedable [`VobizCdr`], its generator, and the `/cdr`,
//! `/cdr/search`, `/cdr/recent`, `/cdr/export` and `/cdr/{call_id}` endpoints.

use std::collections::HashMap;

use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use crate::http::{self, ApiError, Ctx, Query, echo};
use crate::ids;

const MAX_PER_PAGE: i64 = 100;
const DEFAULT_PER_PAGE: i64 = 20;
const DEFAULT_RECENT: i64 = 10;

fn seconds<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&ids::iso_seconds(at))
}

fn seconds_opt<S: Serializer>(at: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => s.serialize_str(&ids::iso_seconds(at)),
        None => s.serialize_none(),
    }
}

/// One Vobiz call detail record, as seeded with
/// [`VobizHandle::seed_cdrs`](crate::VobizHandle::seed_cdrs). Its `Serialize` impl is the
/// wire format; `None` fields are omitted, as Vobiz omits unset fields.
///
/// `id` 0 and an empty `account_id` are filled in when seeded (sequential ids from
/// 18,000,000; the emulator's Vobiz auth id).
///
/// Its `Deserialize` impl is the JSON of `POST {vobiz}/__emulator/cdrs`: the wire field
/// names, every field optional (defaults as in [`Default`]) except where that endpoint says
/// otherwise; times as RFC 3339; unknown fields are refused. A record as the CDR endpoints
/// return it can be seeded back unchanged.
///
/// ```
/// use trunkline_emulator::VobizCdr;
///
/// let cdr = VobizCdr {
///     caller_id_number: "+919876543210".into(),
///     ..VobizCdr::generate(1, 3).remove(0)
/// };
/// assert_eq!(cdr.caller_id_number, "+919876543210");
/// ```
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct VobizCdr {
    /// Numeric record id (also accepted by `/cdr/{call_id}`).
    pub id: i64,
    /// Call UUID (accepted by `/cdr/{call_id}`).
    pub uuid: String,
    /// Account, `MA_…`.
    pub account_id: String,
    /// Trunk the call used, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trunk_id: Option<String>,
    /// Bridged leg, for answered calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bridge_uuid: Option<String>,
    /// SIP Call-ID.
    pub sip_call_id: String,
    /// Campaign, any JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<Value>,
    /// `inbound` or `outbound`.
    pub call_direction: String,
    /// Caller name.
    pub caller_id_name: String,
    /// Caller number (the `from_number` filter matches within it).
    pub caller_id_number: String,
    /// Called number (the `to_number` filter matches within it).
    pub destination_number: String,
    /// Customer endpoint, any JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_endpoint: Option<Value>,
    /// Where the call terminated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terminated_to: Option<String>,
    /// e.g. `sip-trunking`, `voice-api`.
    pub context: String,
    /// e.g. `ap-south-1`.
    pub region: String,
    /// e.g. `mumbai`.
    pub origination_region: String,
    /// Network address.
    pub network_addr: String,
    /// Carrier IP, any JSON (a string in Vobiz's examples).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carrier_ip: Option<Value>,
    /// e.g. `Vobiz`.
    pub sip_user_agent: String,
    /// e.g. `PCMU`.
    pub codec: String,
    /// Call start (the `start_date`/`end_date` filters apply to its date).
    #[serde(serialize_with = "seconds")]
    pub start_time: DateTime<Utc>,
    /// Early media / ringing.
    #[serde(
        serialize_with = "seconds_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub progress_time: Option<DateTime<Utc>>,
    /// Answer; absent for unanswered calls.
    #[serde(
        serialize_with = "seconds_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub answer_time: Option<DateTime<Utc>>,
    /// Hang-up.
    #[serde(serialize_with = "seconds")]
    pub end_time: DateTime<Utc>,
    /// Record creation.
    #[serde(serialize_with = "seconds")]
    pub created_at: DateTime<Utc>,
    /// Record update.
    #[serde(serialize_with = "seconds")]
    pub updated_at: DateTime<Utc>,
    /// Seconds from start to end (the `min_duration` filter applies to this).
    pub duration: i64,
    /// Billable seconds.
    pub billsec: i64,
    /// Seconds of ringing.
    pub ring_time: i64,
    /// Cost.
    pub cost: f64,
    /// Total cost.
    pub total_cost: f64,
    /// Streaming cost.
    pub streaming_cost: f64,
    /// e.g. `INR`.
    pub currency: String,
    /// Mean opinion score.
    pub mos: f64,
    /// Jitter.
    pub jitter: f64,
    /// Packet loss.
    pub packet_loss: f64,
    /// e.g. `NORMAL_CLEARING`.
    pub hangup_cause: String,
    /// e.g. `4000`.
    pub hangup_cause_code: i64,
    /// e.g. `Normal Hangup`.
    pub hangup_cause_name: String,
    /// e.g. `send_bye`.
    pub hangup_disposition: String,
    /// e.g. `Caller`.
    pub hangup_source: String,
    /// Failure code, for failed calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<String>,
    /// Failure reason, for failed calls.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
}

/// The CSV columns of `/cdr/export`, in order.
const EXPORT_COLUMNS: [&str; 43] = [
    "id",
    "uuid",
    "account_id",
    "trunk_id",
    "bridge_uuid",
    "sip_call_id",
    "campaign_id",
    "call_direction",
    "caller_id_name",
    "caller_id_number",
    "destination_number",
    "customer_endpoint",
    "terminated_to",
    "context",
    "region",
    "origination_region",
    "network_addr",
    "carrier_ip",
    "sip_user_agent",
    "codec",
    "start_time",
    "progress_time",
    "answer_time",
    "end_time",
    "created_at",
    "updated_at",
    "duration",
    "billsec",
    "ring_time",
    "cost",
    "total_cost",
    "streaming_cost",
    "currency",
    "mos",
    "jitter",
    "packet_loss",
    "hangup_cause",
    "hangup_cause_code",
    "hangup_cause_name",
    "hangup_disposition",
    "hangup_source",
    "failure_code",
    "failure_reason",
];

impl VobizCdr {
    /// `count` plausible records, deterministic for a given `seed` (apart from being placed
    /// within the 7 days before now).
    pub fn generate(count: usize, seed: u64) -> Vec<VobizCdr> {
        let mut rng = fastrand::Rng::with_seed(seed);
        let now = Utc::now();
        (0..count)
            .map(|_| {
                let answered = rng.u8(0..10) < 7;
                let start = now - TimeDelta::seconds(rng.i64(60..7 * 86_400));
                let ring = rng.i64(1..15);
                let billsec = if answered { rng.i64(3..600) } else { 0 };
                let answer = answered.then(|| start + TimeDelta::seconds(ring));
                let end = start + TimeDelta::seconds(ring + billsec);
                let cost = (billsec as f64 / 60.0 * 0.6 * 100.0).round() / 100.0;
                let uuid = ids::uuid_from_bits(rng.u128(..));
                VobizCdr {
                    id: 0,
                    uuid,
                    account_id: String::new(),
                    trunk_id: None,
                    bridge_uuid: answered.then(|| ids::uuid_from_bits(rng.u128(..))),
                    sip_call_id: ids::uuid_from_bits(rng.u128(..)),
                    campaign_id: None,
                    call_direction: if rng.bool() { "outbound" } else { "inbound" }.into(),
                    caller_id_name: String::new(),
                    caller_id_number: format!("+9198765{:05}", rng.u32(0..100_000)),
                    destination_number: format!("+9180123{:05}", rng.u32(0..100_000)),
                    customer_endpoint: None,
                    terminated_to: None,
                    context: "sip-trunking".into(),
                    region: "ap-south-1".into(),
                    origination_region: "mumbai".into(),
                    network_addr: "10.0.0.1".into(),
                    carrier_ip: answered.then(|| Value::String("10.0.0.1".into())),
                    sip_user_agent: "Vobiz".into(),
                    codec: "PCMU".into(),
                    start_time: start,
                    progress_time: Some(start),
                    answer_time: answer,
                    end_time: end,
                    created_at: end,
                    updated_at: end,
                    duration: ring + billsec,
                    billsec,
                    ring_time: ring,
                    cost,
                    total_cost: cost,
                    streaming_cost: 0.0,
                    currency: "INR".into(),
                    mos: if answered {
                        f64::from(rng.u8(35..46)) / 10.0
                    } else {
                        0.0
                    },
                    jitter: if answered {
                        f64::from(rng.u8(0..10)) / 10.0
                    } else {
                        0.0
                    },
                    packet_loss: if answered {
                        f64::from(rng.u8(0..5)) / 10.0
                    } else {
                        0.0
                    },
                    hangup_cause: if answered {
                        "NORMAL_CLEARING"
                    } else {
                        "NO_ANSWER"
                    }
                    .into(),
                    hangup_cause_code: if answered { 4000 } else { 4100 },
                    hangup_cause_name: if answered {
                        "Normal Hangup"
                    } else {
                        "No Answer"
                    }
                    .into(),
                    hangup_disposition: if answered { "send_bye" } else { "send_cancel" }.into(),
                    hangup_source: if answered { "Caller" } else { "Callee" }.into(),
                    failure_code: (!answered).then(|| "16".to_owned()),
                    failure_reason: (!answered).then(|| "NO_ANSWER".to_owned()),
                }
            })
            .collect()
    }
}

/// Seeded CDRs, newest `start_time` first, with running totals for the list `summary`.
#[derive(Default)]
pub(crate) struct CdrStore {
    cdrs: Vec<VobizCdr>,
    by_uuid: HashMap<String, usize>,
    by_id: HashMap<i64, usize>,
    /// `totals[i]` sums `cdrs[..i]`, so any index range's summary is one subtraction.
    totals: Vec<Totals>,
    next_id: i64,
}

/// Running sums behind a CDR `summary`. Costs are summed in millionths, exactly, so a
/// range's total does not depend on how it was computed.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
struct Totals {
    calls: usize,
    answered: usize,
    duration: i64,
    billable: i64,
    cost_micros: i128,
}

impl Totals {
    fn add(self, c: &VobizCdr) -> Self {
        Self {
            calls: self.calls + 1,
            answered: self.answered + usize::from(c.answer_time.is_some()),
            duration: self.duration.saturating_add(c.duration),
            billable: self.billable.saturating_add(c.billsec),
            cost_micros: self.cost_micros.saturating_add(cost_micros(c.total_cost)),
        }
    }

    fn minus(self, earlier: Self) -> Self {
        Self {
            calls: self.calls - earlier.calls,
            answered: self.answered - earlier.answered,
            duration: self.duration.saturating_sub(earlier.duration),
            billable: self.billable.saturating_sub(earlier.billable),
            cost_micros: self.cost_micros.saturating_sub(earlier.cost_micros),
        }
    }
}

/// A cost in millionths (saturating; not-a-number counts as 0).
fn cost_micros(cost: f64) -> i128 {
    (cost * 1e6).round() as i128
}

impl CdrStore {
    /// Adds records (replacing any with the same `uuid`), filling in `id` and `account_id`.
    pub(crate) fn seed(&mut self, cdrs: impl IntoIterator<Item = VobizCdr>, account_id: &str) {
        if self.next_id == 0 {
            self.next_id = 18_000_000;
        }
        for mut cdr in cdrs {
            if cdr.account_id.is_empty() {
                cdr.account_id = account_id.to_owned();
            }
            match self.by_uuid.get(&cdr.uuid) {
                Some(&i) => {
                    if let Some(slot) = self.cdrs.get_mut(i) {
                        if cdr.id == 0 {
                            cdr.id = slot.id;
                        }
                        *slot = cdr;
                    }
                }
                None => {
                    if cdr.id == 0 {
                        cdr.id = self.next_id;
                        self.next_id += 1;
                    }
                    self.by_uuid.insert(cdr.uuid.clone(), self.cdrs.len());
                    self.cdrs.push(cdr);
                }
            }
        }
        self.cdrs.sort_by_key(|c| std::cmp::Reverse(c.start_time));
        // Re-allocate the records in list order, so that a page reads neighbouring memory
        // rather than strings scattered in seeding order.
        self.cdrs = self.cdrs.to_vec();
        self.by_uuid = self
            .cdrs
            .iter()
            .enumerate()
            .map(|(i, c)| (c.uuid.clone(), i))
            .collect();
        self.by_id = self
            .cdrs
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        let mut running = Totals::default();
        self.totals = std::iter::once(running)
            .chain(self.cdrs.iter().map(|c| {
                running = running.add(c);
                running
            }))
            .collect();
    }

    /// The summary of `cdrs[range]`, from the running totals.
    fn range_totals(&self, range: &std::ops::Range<usize>) -> Totals {
        let at = |i: usize| self.totals.get(i).copied().unwrap_or_default();
        at(range.end).minus(at(range.start))
    }

    /// The index range of the records a `start_date`/`end_date` filter selects (all records
    /// without one). The records are sorted newest `start_time` first, so each bound is a
    /// binary search.
    fn date_range(&self, dates: Option<(NaiveDate, NaiveDate)>) -> std::ops::Range<usize> {
        let Some((from, to)) = dates else {
            return 0..self.cdrs.len();
        };
        let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        // Records starting on a later day than `to` come first.
        let lo = to.succ_opt().and_then(midnight).map_or(0, |next| {
            self.cdrs.partition_point(|c| c.start_time >= next)
        });
        let hi = midnight(from).map_or(self.cdrs.len(), |first| {
            self.cdrs.partition_point(|c| c.start_time >= first)
        });
        lo..hi.max(lo)
    }

    pub(crate) fn len(&self) -> usize {
        self.cdrs.len()
    }

    fn get(&self, call_id: &str) -> Option<&VobizCdr> {
        let index = self.by_uuid.get(call_id).or_else(|| {
            call_id
                .parse::<i64>()
                .ok()
                .and_then(|id| self.by_id.get(&id))
        })?;
        self.cdrs.get(*index)
    }
}

#[derive(Default)]
struct CdrFilter {
    from_number: Option<String>,
    to_number: Option<String>,
    dates: Option<(NaiveDate, NaiveDate)>,
    direction: Option<String>,
    min_duration: Option<i64>,
    sip_call_id: Option<String>,
    bridge_uuid: Option<String>,
    hangup_cause: Option<String>,
    hangup_disposition: Option<String>,
    context: Option<String>,
    campaign_id: Option<String>,
    search: Option<String>,
}

fn parse_date(key: &str, value: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        ApiError::bad_request(format!(
            "Invalid {key} '{}': expected YYYY-MM-DD",
            echo(value)
        ))
    })
}

impl CdrFilter {
    fn parse(q: &Query) -> Result<Self, ApiError> {
        let text = |k: &str| q.get(k).filter(|v| !v.is_empty()).map(str::to_owned);
        let dates = match (q.get("start_date"), q.get("end_date")) {
            (None, None) => None,
            (Some(s), Some(e)) => Some((parse_date("start_date", s)?, parse_date("end_date", e)?)),
            _ => {
                return Err(ApiError::bad_request(
                    "start_date and end_date must be given together",
                ));
            }
        };
        let direction = text("call_direction");
        if let Some(d) = &direction
            && d != "inbound"
            && d != "outbound"
        {
            return Err(ApiError::bad_request(format!(
                "Invalid call_direction '{}': expected inbound or outbound",
                echo(d)
            )));
        }
        let min_duration = q.int("min_duration").map_err(ApiError::bad_request)?;
        Ok(Self {
            from_number: text("from_number"),
            to_number: text("to_number"),
            dates,
            direction,
            min_duration,
            sip_call_id: text("sip_call_id"),
            bridge_uuid: text("bridge_uuid"),
            hangup_cause: text("hangup_cause"),
            hangup_disposition: text("hangup_disposition"),
            context: text("context"),
            campaign_id: text("campaign_id"),
            search: text("search").map(|s| s.to_lowercase()),
        })
    }

    /// The filters other than the dates (the dates select a range; see
    /// [`CdrStore::date_range`]).
    fn has_field_filters(&self) -> bool {
        [
            &self.from_number,
            &self.to_number,
            &self.direction,
            &self.sip_call_id,
            &self.bridge_uuid,
            &self.hangup_cause,
            &self.hangup_disposition,
            &self.context,
            &self.campaign_id,
            &self.search,
        ]
        .iter()
        .any(|f| f.is_some())
            || self.min_duration.is_some()
    }

    fn matches(&self, c: &VobizCdr) -> bool {
        self.dates.is_none_or(|(from, to)| {
            let d = c.start_time.date_naive();
            from <= d && d <= to
        }) && self.matches_fields(c)
    }

    fn matches_fields(&self, c: &VobizCdr) -> bool {
        let eq = |want: &Option<String>, have: &str| want.as_deref().is_none_or(|w| w == have);
        let campaign = match &c.campaign_id {
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        self.from_number
            .as_deref()
            .is_none_or(|n| c.caller_id_number.contains(n))
            && self
                .to_number
                .as_deref()
                .is_none_or(|n| c.destination_number.contains(n))
            && eq(&self.direction, &c.call_direction)
            && self.min_duration.is_none_or(|m| c.duration >= m)
            && eq(&self.sip_call_id, &c.sip_call_id)
            && eq(
                &self.bridge_uuid,
                c.bridge_uuid.as_deref().unwrap_or_default(),
            )
            && self
                .hangup_cause
                .as_deref()
                .is_none_or(|h| h.eq_ignore_ascii_case(&c.hangup_cause))
            && eq(&self.hangup_disposition, &c.hangup_disposition)
            && eq(&self.context, &c.context)
            && eq(&self.campaign_id, &campaign)
            && self.search.as_deref().is_none_or(|s| {
                [
                    &c.caller_id_number,
                    &c.destination_number,
                    &c.caller_id_name,
                    &c.uuid,
                    &c.sip_call_id,
                ]
                .iter()
                .any(|field| field.to_lowercase().contains(s))
            })
    }
}

#[derive(Serialize)]
struct Pagination {
    page: usize,
    per_page: usize,
    total: usize,
    pages: usize,
    has_next: bool,
    has_prev: bool,
}

#[derive(Serialize)]
#[allow(non_snake_case)]
struct Summary {
    totalCalls: usize,
    answeredCalls: usize,
    answerRate: f64,
    avgCallDuration: String,
    total_duration_seconds: i64,
    total_billable_seconds: i64,
    total_cost: f64,
    last_call_at: Option<String>,
}

#[derive(Serialize)]
struct Filters<'a> {
    call_direction: &'a str,
    from_number: &'a str,
    hangup_cause: &'a str,
    to_number: &'a str,
}

#[derive(Serialize)]
struct ListBody<'a> {
    account_id: &'a str,
    count: usize,
    data: Vec<&'a VobizCdr>,
    pagination: Pagination,
    success: bool,
    summary: Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    filters: Option<Filters<'a>>,
}

fn summarize<'a>(cdrs: impl Iterator<Item = &'a VobizCdr>) -> Summary {
    let mut totals = Totals::default();
    let mut last: Option<DateTime<Utc>> = None;
    for c in cdrs {
        totals = totals.add(c);
        last = Some(last.map_or(c.start_time, |l| l.max(c.start_time)));
    }
    summary(totals, last)
}

fn summary(totals: Totals, last: Option<DateTime<Utc>>) -> Summary {
    let Totals {
        calls,
        answered,
        duration,
        billable,
        cost_micros,
    } = totals;
    let rate = if calls > 0 {
        (answered as f64 / calls as f64 * 1000.0).round() / 10.0
    } else {
        0.0
    };
    let avg = if answered > 0 {
        billable / i64::try_from(answered).unwrap_or(1)
    } else {
        0
    };
    // Round to cents from the exact sum in millionths.
    let cents = (cost_micros + 5_000).div_euclid(10_000);
    Summary {
        totalCalls: calls,
        answeredCalls: answered,
        answerRate: rate,
        avgCallDuration: format!("{avg}s"),
        total_duration_seconds: duration,
        total_billable_seconds: billable,
        total_cost: cents as f64 / 100.0,
        last_call_at: last.as_ref().map(ids::iso_seconds),
    }
}

fn positive(q: &Query, key: &str, default: i64, max: i64) -> Result<usize, ApiError> {
    let v = q
        .int(key)
        .map_err(ApiError::bad_request)?
        .unwrap_or(default);
    if !(1..=max).contains(&v) {
        return Err(ApiError::bad_request(format!(
            "{key} must be between 1 and {max}, got {v}"
        )));
    }
    Ok(usize::try_from(v).unwrap_or(1))
}

/// `GET /cdr` and `GET /cdr/search` (which also echoes `filters`).
pub(crate) fn list(
    store: &CdrStore,
    ctx: &Ctx<'_>,
    account_id: &str,
    search: bool,
) -> Result<Response, ApiError> {
    let q = &ctx.query;
    let page = positive(q, "page", 1, i64::MAX)?;
    let per_page = positive(q, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)?;
    let filter = CdrFilter::parse(q)?;
    let skip = (page - 1).saturating_mul(per_page);
    let range = store.date_range(filter.dates);
    let in_range = store.cdrs.get(range.clone()).unwrap_or_default();
    // Without field filters the page and the summary come from the date range directly
    // (O(log n + per_page) whatever the number of records); field filters scan the range.
    let (total, data, summary) = if filter.has_field_filters() {
        let matching: Vec<&VobizCdr> = in_range
            .iter()
            .filter(|c| filter.matches_fields(c))
            .collect();
        let data: Vec<&VobizCdr> = matching.iter().skip(skip).take(per_page).copied().collect();
        (matching.len(), data, summarize(matching.into_iter()))
    } else {
        let data = in_range
            .get(skip.min(in_range.len())..)
            .unwrap_or_default()
            .iter()
            .take(per_page)
            .collect();
        let last = in_range.first().map(|c| c.start_time);
        (
            in_range.len(),
            data,
            summary(store.range_totals(&range), last),
        )
    };
    let pages = total.div_ceil(per_page);
    let body = ListBody {
        account_id,
        count: data.len(),
        data,
        pagination: Pagination {
            page,
            per_page,
            total,
            pages,
            has_next: page < pages,
            has_prev: page > 1,
        },
        success: true,
        summary,
        filters: search.then(|| Filters {
            call_direction: q.get("call_direction").unwrap_or_default(),
            from_number: q.get("from_number").unwrap_or_default(),
            hangup_cause: q.get("hangup_cause").unwrap_or_default(),
            to_number: q.get("to_number").unwrap_or_default(),
        }),
    };
    Ok(http::json(StatusCode::OK, &body))
}

/// `GET /cdr/recent?limit=`.
pub(crate) fn recent(
    store: &CdrStore,
    ctx: &Ctx<'_>,
    account_id: &str,
) -> Result<Response, ApiError> {
    #[derive(Serialize)]
    struct Body<'a> {
        account_id: &'a str,
        count: usize,
        data: Vec<&'a VobizCdr>,
        success: bool,
    }
    let limit = positive(&ctx.query, "limit", DEFAULT_RECENT, MAX_PER_PAGE)?;
    let data: Vec<&VobizCdr> = store.cdrs.iter().take(limit).collect();
    Ok(http::json(
        StatusCode::OK,
        &Body {
            account_id,
            count: data.len(),
            data,
            success: true,
        },
    ))
}

/// `GET /cdr/{call_id}` (a UUID or the numeric id).
pub(crate) fn get(store: &CdrStore, call_id: &str) -> Result<Response, ApiError> {
    #[derive(Serialize)]
    struct Body<'a> {
        data: &'a VobizCdr,
        success: bool,
    }
    let cdr = store
        .get(call_id)
        .ok_or_else(|| ApiError::not_found(format!("CDR not found: {}", echo(call_id))))?;
    Ok(http::json(
        StatusCode::OK,
        &Body {
            data: cdr,
            success: true,
        },
    ))
}

fn csv_field(value: Option<&Value>) -> String {
    let text = match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// `GET /cdr/export`: CSV of the matching records (same filters, no paging).
pub(crate) fn export(store: &CdrStore, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let filter = CdrFilter::parse(&ctx.query)?;
    let mut out = EXPORT_COLUMNS.join(",");
    out.push_str("\r\n");
    for cdr in store.cdrs.iter().filter(|c| filter.matches(c)) {
        let value = serde_json::to_value(cdr).unwrap_or(Value::Null);
        let row: Vec<String> = EXPORT_COLUMNS
            .iter()
            .map(|col| csv_field(value.get(col)))
            .collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    Ok(http::raw(StatusCode::OK, "text/csv", out.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeding_fills_ids_and_account() {
        let mut store = CdrStore::default();
        store.seed(VobizCdr::generate(3, 1), "MA_X");
        assert_eq!(store.len(), 3);
        let ids: Vec<i64> = store.cdrs.iter().map(|c| c.id).collect();
        assert!(ids.iter().all(|id| *id >= 18_000_000));
        assert!(store.cdrs.iter().all(|c| c.account_id == "MA_X"));
        let first = store.cdrs[0].clone();
        assert_eq!(store.get(&first.uuid).map(|c| c.id), Some(first.id));
        assert_eq!(
            store.get(&first.id.to_string()).map(|c| &c.uuid),
            Some(&first.uuid)
        );
    }

    #[test]
    fn wire_shape_omits_unset_fields() {
        let mut cdr = VobizCdr::generate(1, 2).remove(0);
        cdr.answer_time = None;
        cdr.bridge_uuid = None;
        let v = serde_json::to_value(&cdr).expect("serializable");
        assert!(v.get("answer_time").is_none());
        assert!(v.get("bridge_uuid").is_none());
        assert!(v.get("start_time").is_some_and(Value::is_string));
    }

    #[test]
    fn summary_math() {
        let mut cdrs = VobizCdr::generate(2, 4);
        cdrs[0].answer_time = Some(Utc::now());
        cdrs[0].billsec = 40;
        cdrs[0].duration = 45;
        cdrs[0].total_cost = 0.5;
        cdrs[1].answer_time = None;
        cdrs[1].billsec = 0;
        cdrs[1].duration = 10;
        cdrs[1].total_cost = 0.0;
        let s = summarize(cdrs.iter());
        assert_eq!(s.totalCalls, 2);
        assert_eq!(s.answeredCalls, 1);
        assert_eq!(s.answerRate, 50.0);
        assert_eq!(s.avgCallDuration, "40s");
        assert_eq!(s.total_duration_seconds, 55);
        assert_eq!(s.total_billable_seconds, 40);
    }

    /// The date range and running totals give exactly what a scan gives.
    #[test]
    fn date_range_and_totals_match_a_scan() {
        let mut store = CdrStore::default();
        store.seed(VobizCdr::generate(300, 5), "MA_X");
        let days: Vec<NaiveDate> = store
            .cdrs
            .iter()
            .map(|c| c.start_time.date_naive())
            .collect();
        let (newest, oldest) = (days[0], days[days.len() - 1]);
        let mid = days[150];
        let cases = [
            None,
            Some((oldest, newest)),
            Some((mid, mid)),
            Some((oldest, mid)),
            Some((mid, newest)),
            Some((newest, oldest)),
            Some((NaiveDate::MIN, NaiveDate::MAX)),
        ];
        for dates in cases {
            let filter = CdrFilter {
                dates,
                ..CdrFilter::default()
            };
            let scanned: Vec<&VobizCdr> = store.cdrs.iter().filter(|c| filter.matches(c)).collect();
            let range = store.date_range(dates);
            let found: Vec<&VobizCdr> = store.cdrs[range.clone()].iter().collect();
            assert_eq!(found, scanned, "{dates:?}");
            let direct = summarize(scanned.iter().copied());
            let fast = summary(
                store.range_totals(&range),
                found.first().map(|c| c.start_time),
            );
            assert_eq!(
                serde_json::to_value(&fast).ok(),
                serde_json::to_value(&direct).ok(),
                "{dates:?}"
            );
        }
    }

    #[test]
    fn csv_escaping() {
        assert_eq!(csv_field(Some(&Value::String("a,b".into()))), "\"a,b\"");
        assert_eq!(
            csv_field(Some(&Value::String("say \"hi\"".into()))),
            "\"say \"\"hi\"\"\""
        );
        assert_eq!(csv_field(None), "");
        assert_eq!(csv_field(Some(&serde_json::json!(4.5))), "4.5");
    }
}
