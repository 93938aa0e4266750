//! Telnyx detail records: the seedable [`TelnyxDetailRecord`], its generator, and
//! `GET /v2/detail_records`.
//!
//! Telnyx documents no schema for SIP-trunking records; these carry the fields of the voice
//! record Telnyx publishes (a WebRTC call), like trunkline's spec. `filter[record_type]` is
//! required; only `sip-trunking` has records here (every other documented type answers an
//! empty page). `filter[created_at][gte]` / `[lt]` compare with `started_at`.

use std::collections::HashMap;

use axum::response::Response;
use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::http::{Ctx, echo};
use crate::telnyx::{self, Page, Result, TelnyxError, ser_millis};
use crate::{control, ids};

const RECORD_TYPES: &[&str] = &[
    "ai-voice-assistant",
    "amd",
    "call-control",
    "conference",
    "conference-participant",
    "embedding",
    "fax",
    "inference",
    "inference-speech-to-text",
    "media_storage",
    "media-streaming",
    "messaging",
    "noise-suppression",
    "recording",
    "sip-trunking",
    "siprec-client",
    "stt",
    "tts",
    "verify",
    "webrtc",
    "wireless",
];

/// One SIP-trunking call record, as seeded with
/// [`TelnyxHandle::seed_detail_records`](crate::TelnyxHandle::seed_detail_records). Its
/// `Serialize` impl is the wire format (`None` is `null`); `Deserialize` reads it back (every
/// field optional, unknown fields refused), as `POST {telnyx}/__emulator/detail_records` does.
///
/// ```
/// use trunkline_emulator::TelnyxDetailRecord;
///
/// let record = TelnyxDetailRecord {
///     cli: "+13125550100".into(),
///     ..TelnyxDetailRecord::generate(1, 7).remove(0)
/// };
/// assert_eq!(record.record_type, "sip_trunking_detail_record");
/// assert_eq!(record.cli, "+13125550100");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TelnyxDetailRecord {
    /// The record's id (a UUID); a seeded record with an existing id replaces it.
    pub id: String,
    /// `sip_trunking_detail_record` (a guess by analogy with Telnyx's other record types).
    pub record_type: String,
    /// The call's id.
    pub call_id: String,
    /// The session's id.
    pub session_id: String,
    /// Telnyx's id of the leg.
    pub telnyx_leg_id: String,
    /// Telnyx's id of the session.
    pub telnyx_session_id: String,
    /// The connection the call went through (`filter[connection_id]`).
    pub connection_id: Option<String>,
    /// That connection's name.
    pub connection_name: Option<String>,
    /// `inbound` or `outbound` (`filter[direction]`).
    pub direction: String,
    /// Calling number (`filter[cli]`).
    pub cli: String,
    /// Called number (`filter[cld]`).
    pub cld: String,
    /// Calling number as presented.
    pub caller_number: String,
    /// Destination number.
    pub dest_number: String,
    /// Caller name.
    pub caller_name: Option<String>,
    /// Start (the date filters and `sort=created_at` apply to it).
    #[serde(serialize_with = "ser_millis")]
    pub started_at: DateTime<Utc>,
    /// End.
    #[serde(serialize_with = "ser_millis")]
    pub finished_at: DateTime<Utc>,
    /// Duration in seconds.
    pub call_sec: i64,
    /// Billed seconds.
    pub billed_sec: i64,
    /// Rate, a decimal string.
    pub rate: String,
    /// Cost, a decimal string.
    pub cost: String,
    /// Currency of `rate` and `cost`.
    pub currency: String,
    /// `rate-deck`.
    pub payment_method: String,
    /// Billing group.
    pub billing_group_id: Option<String>,
    /// Billing group name.
    pub billing_group_name: Option<String>,
    /// Tags (a string, as in Telnyx's example).
    pub tags: String,
    /// Destination country code.
    pub country_code: Option<i64>,
    /// Source country code.
    pub source_country_code: Option<i64>,
    /// SIP username that authenticated the call.
    pub auth_username: Option<String>,
}

impl TelnyxDetailRecord {
    /// `count` plausible SIP-trunking records, deterministic for a given `seed` (apart from
    /// being placed within the 7 days before now).
    pub fn generate(count: usize, seed: u64) -> Vec<TelnyxDetailRecord> {
        let mut rng = fastrand::Rng::with_seed(seed);
        let now = Utc::now();
        (0..count)
            .map(|_| {
                let answered = rng.u8(0..10) < 8;
                let outbound = rng.bool();
                let start = now - TimeDelta::seconds(rng.i64(60..7 * 86_400));
                let call_sec = if answered { rng.i64(3..900) } else { 0 };
                let billed_sec = if call_sec == 0 {
                    0
                } else {
                    (call_sec + 59) / 60 * 60
                };
                let ours = format!("+1312555{:04}", rng.u32(0..10_000));
                let theirs = format!("+1415555{:04}", rng.u32(0..10_000));
                let (cli, cld) = if outbound {
                    (ours, theirs)
                } else {
                    (theirs, ours)
                };
                let cost = billed_sec as f64 / 60.0 * 0.005;
                TelnyxDetailRecord {
                    id: ids::uuid_from_bits(rng.u128(..)),
                    record_type: "sip_trunking_detail_record".into(),
                    call_id: ids::uuid_from_bits(rng.u128(..)),
                    session_id: ids::uuid_from_bits(rng.u128(..)),
                    telnyx_leg_id: ids::uuid_from_bits(rng.u128(..)),
                    telnyx_session_id: ids::uuid_from_bits(rng.u128(..)),
                    connection_id: None,
                    connection_name: None,
                    direction: if outbound { "outbound" } else { "inbound" }.into(),
                    caller_number: cli.clone(),
                    dest_number: cld.clone(),
                    cli,
                    cld,
                    caller_name: None,
                    started_at: start,
                    finished_at: start + TimeDelta::seconds(call_sec + rng.i64(1..20)),
                    call_sec,
                    billed_sec,
                    rate: "0.0050".into(),
                    cost: format!("{cost:.4}"),
                    currency: "USD".into(),
                    payment_method: "rate-deck".into(),
                    billing_group_id: None,
                    billing_group_name: None,
                    tags: String::new(),
                    country_code: Some(1),
                    source_country_code: Some(1),
                    auth_username: None,
                }
            })
            .collect()
    }
}

/// `POST /__emulator/detail_records`: `id` and `started_at` are required; a missing
/// `finished_at` is the `started_at`, a missing `record_type` is
/// `sip_trunking_detail_record`.
pub(crate) const RECORD_SEEDING: control::RecordSeeding<TelnyxDetailRecord> =
    control::RecordSeeding {
        key: "detail_records",
        id: |record| record.id.clone(),
        required: &["id", "started_at"],
        complete: |present, record| {
            if !present.contains_key("finished_at") {
                record.finished_at = record.started_at;
            }
            if !present.contains_key("record_type") {
                record.record_type = "sip_trunking_detail_record".into();
            }
        },
        generate: TelnyxDetailRecord::generate,
    };

/// Seeded records, oldest `started_at` first (so a time window is a binary search and an
/// unfiltered page a slice: a page costs the same at any store size).
#[derive(Default)]
pub(crate) struct RecordStore {
    records: Vec<TelnyxDetailRecord>,
    by_id: HashMap<String, usize>,
}

impl RecordStore {
    pub(crate) fn seed(&mut self, records: impl IntoIterator<Item = TelnyxDetailRecord>) {
        for record in records {
            match self.by_id.get(&record.id) {
                Some(&i) => {
                    if let Some(slot) = self.records.get_mut(i) {
                        *slot = record;
                    }
                }
                None => {
                    self.by_id.insert(record.id.clone(), self.records.len());
                    self.records.push(record);
                }
            }
        }
        self.records.sort_by_key(|r| r.started_at);
        // Re-allocate the records in list order, so that a page reads neighbouring memory
        // rather than strings scattered in seeding order (as the Plivo call store does).
        // Scattered, a record listed from 100,000 cost 1.11× (median 1.09×) the CPU of one
        // from 10,000; laid out, 0.98× (0.99×) (`page_cost 10000 100000 15 detail`).
        self.records = self.records.to_vec();
        self.by_id = self
            .records
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
    }

    pub(crate) fn len(&self) -> usize {
        self.records.len()
    }

    /// `GET /v2/detail_records`.
    pub(crate) fn list(&self, ctx: &Ctx<'_>) -> Result<Response> {
        let q = &ctx.query;
        let page = Page::parse(q, 20, 50)?;
        let record_type = q.get("filter[record_type]").ok_or_else(|| {
            TelnyxError::bad_parameter(
                "filter[record_type]",
                "filter[record_type] must be specified.".into(),
            )
        })?;
        if !RECORD_TYPES.contains(&record_type) {
            return Err(TelnyxError::bad_parameter(
                "filter[record_type]",
                format!(
                    "Invalid filter[record_type]: {}. Acceptable values are {}",
                    echo(record_type),
                    RECORD_TYPES.join(", ")
                ),
            ));
        }
        let (from, until) = window(q)?;
        let descending = match q.get("sort") {
            None | Some("-created_at" | "-started_at") => true,
            Some("created_at" | "started_at") => false,
            Some(other) => {
                return Err(TelnyxError::bad_parameter(
                    "sort",
                    format!(
                        "Invalid sort: {}. Sort by created_at or started_at, optionally prefixed with -",
                        echo(other)
                    ),
                ));
            }
        };
        if record_type != "sip-trunking" {
            return Ok(telnyx::page_of(page, 0, Vec::<&TelnyxDetailRecord>::new()));
        }
        // The store is sorted by `started_at`: the time window is two binary searches.
        let lo = from.map_or(0, |f| self.records.partition_point(|r| r.started_at < f));
        let hi = until.map_or(self.records.len(), |u| {
            self.records.partition_point(|r| r.started_at < u)
        });
        let window = &self.records[lo..hi.max(lo)];
        let fields = [
            "filter[direction]",
            "filter[cli]",
            "filter[cld]",
            "filter[connection_id]",
        ];
        if fields.iter().all(|key| q.get(key).is_none()) {
            // Unfiltered or time-filtered: the page is a slice, at any store size.
            let (total, offset) = (window.len(), page.offset());
            let end = offset.saturating_add(page.size).min(total);
            let range = offset.min(total)..end;
            let items: Vec<&TelnyxDetailRecord> = if descending {
                range.map(|i| &window[total - 1 - i]).collect()
            } else {
                window[range].iter().collect()
            };
            return Ok(telnyx::page_of(page, total, items));
        }
        // Field filters scan the window.
        let equal = |key: &str, value: &str| q.get(key).is_none_or(|want| want == value);
        let mut matching: Vec<&TelnyxDetailRecord> = window
            .iter()
            .filter(|r| equal("filter[direction]", &r.direction))
            .filter(|r| equal("filter[cli]", &r.cli))
            .filter(|r| equal("filter[cld]", &r.cld))
            .filter(|r| {
                q.get("filter[connection_id]")
                    .is_none_or(|c| r.connection_id.as_deref() == Some(c))
            })
            .collect();
        if descending {
            matching.reverse();
        }
        Ok(telnyx::page_of_matching(page, matching, |r| r))
    }
}

fn midnight(date: NaiveDate) -> DateTime<Utc> {
    date.and_time(NaiveTime::MIN).and_utc()
}

/// A half-open time window; either end may be open.
type Window = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// `filter[date_range]` and `filter[created_at][gte|lt]` as a half-open window.
fn window(q: &crate::http::Query) -> Result<Window> {
    let mut from = None;
    let mut until = None;
    if let Some(range) = q.get("filter[date_range]") {
        let (f, u) = date_range(range, Utc::now()).ok_or_else(|| {
            TelnyxError::bad_parameter(
                "filter[date_range]",
                format!(
                    "Invalid filter[date_range]: {}. Use yesterday, today, tomorrow, last_week, this_week, next_week, last_month, this_month, next_month or last_N_days",
                    echo(range)
                ),
            )
        })?;
        from = Some(f);
        until = Some(u);
    }
    for (key, target) in [
        ("filter[created_at][gte]", &mut from),
        ("filter[created_at][lt]", &mut until),
    ] {
        if let Some(raw) = q.get(key) {
            let at = DateTime::parse_from_rfc3339(raw)
                .map(|d| d.with_timezone(&Utc))
                .ok()
                .or_else(|| {
                    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
                        .ok()
                        .map(midnight)
                })
                .ok_or_else(|| {
                    TelnyxError::bad_parameter(
                        key,
                        format!("Invalid {key}: {} (a date or an RFC 3339 time)", echo(raw)),
                    )
                })?;
            *target = Some(at);
        }
    }
    Ok((from, until))
}

/// The window of a named range, relative to `now` (weeks start on Monday).
fn date_range(name: &str, now: DateTime<Utc>) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let today = now.date_naive();
    let day = |offset: i64| today.checked_add_signed(TimeDelta::days(offset));
    let week_start =
        today.checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday())))?;
    let month_start = today.with_day(1)?;
    let span = |start: NaiveDate, end: NaiveDate| Some((midnight(start), midnight(end)));
    match name {
        "today" => span(today, day(1)?),
        "yesterday" => span(day(-1)?, today),
        "tomorrow" => span(day(1)?, day(2)?),
        "this_week" => span(week_start, week_start + Days::new(7)),
        "last_week" => span(week_start - Days::new(7), week_start),
        "next_week" => span(week_start + Days::new(7), week_start + Days::new(14)),
        "this_month" => span(month_start, month_start + Months::new(1)),
        "last_month" => span(month_start - Months::new(1), month_start),
        "next_month" => span(month_start + Months::new(1), month_start + Months::new(2)),
        other => {
            let n: u32 = other
                .strip_prefix("last_")?
                .strip_suffix("_days")?
                .parse()
                .ok()
                .filter(|n| (1..=3650).contains(n))?;
            Some((now - TimeDelta::days(i64::from(n)), now))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_ranges() {
        let now = DateTime::parse_from_rfc3339("2025-08-27T15:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        assert_eq!(
            date_range("today", now),
            Some((at("2025-08-27T00:00:00Z"), at("2025-08-28T00:00:00Z")))
        );
        // 2025-08-27 is a Wednesday.
        assert_eq!(
            date_range("last_week", now),
            Some((at("2025-08-18T00:00:00Z"), at("2025-08-25T00:00:00Z")))
        );
        assert_eq!(
            date_range("last_month", now),
            Some((at("2025-07-01T00:00:00Z"), at("2025-08-01T00:00:00Z")))
        );
        assert_eq!(
            date_range("last_7_days", now),
            Some((at("2025-08-20T15:00:00Z"), now))
        );
        assert_eq!(date_range("last_x_days", now), None);
        assert_eq!(date_range("someday", now), None);
    }

    #[test]
    fn generated_records_are_deterministic_and_plausible() {
        let a = TelnyxDetailRecord::generate(20, 9);
        let b = TelnyxDetailRecord::generate(20, 9);
        let ids = |v: &[TelnyxDetailRecord]| v.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&a), ids(&b));
        for r in &a {
            assert!(r.finished_at > r.started_at);
            assert!(r.billed_sec >= r.call_sec);
            assert!(ids::is_e164(&r.cli) && ids::is_e164(&r.cld));
        }
    }

    #[test]
    fn sorted_store_keeps_seeding_order_independent() {
        let mut store = RecordStore::default();
        let mut records = TelnyxDetailRecord::generate(30, 3);
        records.reverse();
        store.seed(records);
        assert!(
            store
                .records
                .windows(2)
                .all(|w| w[0].started_at <= w[1].started_at)
        );
        assert_eq!(store.len(), 30);
    }
}
