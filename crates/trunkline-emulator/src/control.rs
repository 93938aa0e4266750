//! The `/__emulator/*` control endpoints of every listener: faults, request log, reset,
//! rate limit, response delay, wire statistics and trunk seeding, plus the endpoints a
//! vendor adds through [`Vendor::control`](crate::server::Vendor::control) (Plivo call
//! records, Vobiz CDRs).
//!
//! Control endpoints need no auth, are never rate limited, delayed, faulted or logged, and
//! read their body as JSON whatever its `Content-Type` (so `curl -d` works).

use std::time::Duration;

use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::http::{self, ApiError};
use crate::request_log::RecordedRequest;
use crate::server::{ApiShared, lock};
use crate::{Fault, RateLimit};

/// Most trunks (or call records) one seeding request may create.
pub(crate) const MAX_SEED_COUNT: usize = 1_000_000;

/// The generic endpoints, for the unknown-endpoint hint.
const GENERIC: [&str; 7] = [
    "faults",
    "requests",
    "reset",
    "rate-limit",
    "response-delay",
    "stats",
    "trunks",
];

#[derive(Serialize)]
struct FaultList {
    faults: Vec<Fault>,
}

#[derive(Serialize)]
struct RequestList {
    total: u64,
    rate_limited_total: u64,
    capacity: usize,
    requests: Vec<RecordedRequest>,
}

#[derive(Serialize)]
struct RateLimitState {
    rate_limit: Option<RateLimit>,
    rate_limited_total: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResponseDelay {
    response_delay_ms: u64,
}

#[derive(Serialize)]
struct Stats {
    requests_total: u64,
    rate_limited_total: u64,
    connections_total: u64,
    bytes_sent: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedTrunks {
    count: usize,
}

#[derive(Serialize)]
struct SeededTrunks {
    trunk_ids: Vec<String>,
}

/// Answers one control request. `oversized` bodies get the vendor's 413.
pub(crate) fn handle(shared: &ApiShared, parts: &Parts, body: &[u8], oversized: bool) -> Response {
    let result = if oversized {
        Err(ApiError::payload_too_large())
    } else {
        route(shared, parts, body)
    };
    result.unwrap_or_else(|err| http::with_error_headers(shared.vendor.render_error(&err), &err))
}

fn route(shared: &ApiShared, parts: &Parts, body: &[u8]) -> Result<Response, ApiError> {
    let method = &parts.method;
    let name = parts
        .uri
        .path()
        .strip_prefix("/__emulator/")
        .unwrap_or_default();
    let allow = |allowed: &[Method]| Err(ApiError::method_not_allowed(method, allowed));
    match name {
        "faults" => match *method {
            Method::POST => {
                for fault in parse_faults(body)? {
                    lock(&shared.faults).push(fault);
                }
                Ok(http::json(
                    StatusCode::CREATED,
                    &FaultList {
                        faults: shared.faults(),
                    },
                ))
            }
            Method::GET => Ok(http::json(
                StatusCode::OK,
                &FaultList {
                    faults: shared.faults(),
                },
            )),
            Method::DELETE => {
                shared.clear_faults();
                Ok(http::empty(StatusCode::NO_CONTENT))
            }
            _ => allow(&[Method::GET, Method::POST, Method::DELETE]),
        },
        "requests" => match *method {
            Method::GET => {
                let query = http::Query::parse(parts.uri.query().unwrap_or(""));
                let want_method = query.get("method");
                let want_prefix = query.get("path_prefix");
                let log = lock(&shared.log);
                let requests = log
                    .snapshot()
                    .into_iter()
                    .filter(|r| want_method.is_none_or(|m| r.method.eq_ignore_ascii_case(m)))
                    .filter(|r| want_prefix.is_none_or(|p| r.path.starts_with(p)))
                    .collect();
                Ok(http::json(
                    StatusCode::OK,
                    &RequestList {
                        total: log.total(),
                        rate_limited_total: log.rate_limited(),
                        capacity: log.capacity(),
                        requests,
                    },
                ))
            }
            Method::DELETE => {
                shared.clear_requests();
                Ok(http::empty(StatusCode::NO_CONTENT))
            }
            _ => allow(&[Method::GET, Method::DELETE]),
        },
        "reset" => match *method {
            Method::POST => {
                shared.reset();
                Ok(http::empty(StatusCode::NO_CONTENT))
            }
            _ => allow(&[Method::POST]),
        },
        "rate-limit" => match *method {
            Method::GET => Ok(rate_limit_state(shared)),
            Method::PUT => {
                let limit: Option<RateLimit> = parse_json(body, "rate limit")?;
                shared
                    .set_rate_limit(limit)
                    .map_err(|e| ApiError::bad_request(e.to_string()))?;
                Ok(rate_limit_state(shared))
            }
            Method::DELETE => {
                let _ = shared.set_rate_limit(None);
                Ok(http::empty(StatusCode::NO_CONTENT))
            }
            _ => allow(&[Method::GET, Method::PUT, Method::DELETE]),
        },
        "response-delay" => match *method {
            Method::GET => Ok(response_delay(shared)),
            Method::PUT => {
                let delay: ResponseDelay = parse_json(body, "response delay")?;
                shared
                    .set_response_delay(Duration::from_millis(delay.response_delay_ms))
                    .map_err(|e| ApiError::bad_request(e.to_string()))?;
                Ok(response_delay(shared))
            }
            Method::DELETE => {
                let _ = shared.set_response_delay(Duration::ZERO);
                Ok(http::empty(StatusCode::NO_CONTENT))
            }
            _ => allow(&[Method::GET, Method::PUT, Method::DELETE]),
        },
        "stats" => match *method {
            Method::GET => Ok(http::json(
                StatusCode::OK,
                &Stats {
                    requests_total: shared.requests_total(),
                    rate_limited_total: shared.rate_limited_total(),
                    connections_total: shared.connections_total(),
                    bytes_sent: shared.bytes_sent(),
                },
            )),
            _ => allow(&[Method::GET]),
        },
        "trunks" => match *method {
            Method::POST => {
                let seed: SeedTrunks = parse_json(body, "trunk seed")?;
                check_seed_count("count", seed.count)?;
                Ok(http::json(
                    StatusCode::CREATED,
                    &SeededTrunks {
                        trunk_ids: shared.vendor.seed_trunks(seed.count),
                    },
                ))
            }
            _ => allow(&[Method::POST]),
        },
        other => shared
            .vendor
            .control(other, method, body)
            .unwrap_or_else(|| Err(unknown(shared))),
    }
}

fn unknown(shared: &ApiShared) -> ApiError {
    let names: Vec<String> = GENERIC
        .iter()
        .chain(shared.vendor.control_endpoints())
        .map(|n| format!("/__emulator/{n}"))
        .collect();
    ApiError::not_found(format!(
        "Unknown emulator control endpoint; see {}",
        names.join(", ")
    ))
}

fn rate_limit_state(shared: &ApiShared) -> Response {
    http::json(
        StatusCode::OK,
        &RateLimitState {
            rate_limit: shared.rate_limit(),
            rate_limited_total: shared.rate_limited_total(),
        },
    )
}

fn response_delay(shared: &ApiShared) -> Response {
    http::json(
        StatusCode::OK,
        &ResponseDelay {
            response_delay_ms: u64::try_from(shared.response_delay().as_millis())
                .unwrap_or(u64::MAX),
        },
    )
}

/// Decodes a control body as JSON (whatever its `Content-Type`); errors are 400s naming
/// `what` and serde's reason (with the line and column).
pub(crate) fn parse_json<T: DeserializeOwned>(body: &[u8], what: &str) -> Result<T, ApiError> {
    serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("Invalid {what}: {e}")))
}

/// Refuses seeding counts above [`MAX_SEED_COUNT`].
pub(crate) fn check_seed_count(field: &str, count: usize) -> Result<(), ApiError> {
    if count > MAX_SEED_COUNT {
        return Err(ApiError::bad_request(format!(
            "{field} must be at most {MAX_SEED_COUNT}, got {count}"
        )));
    }
    Ok(())
}

/// Parses one fault object or an array of them; all are validated before any is queued.
fn parse_faults(body: &[u8]) -> Result<Vec<Fault>, ApiError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("Malformed fault JSON: {e}")))?;
    let faults = match value {
        Value::Array(items) => items
            .into_iter()
            .map(serde_json::from_value::<Fault>)
            .collect::<Result<Vec<_>, _>>(),
        other => serde_json::from_value::<Fault>(other).map(|f| vec![f]),
    }
    .map_err(|e| ApiError::bad_request(format!("Invalid fault: {e}")))?;
    for fault in &faults {
        fault
            .validate()
            .map_err(|e| ApiError::bad_request(e.to_string()))?;
    }
    Ok(faults)
}

/// `"generate": {"count": n, "seed": s}` of a record-seeding request.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Generate {
    count: usize,
    #[serde(default)]
    seed: u64,
}

/// A vendor's record-seeding endpoint `POST /__emulator/{key}`: how it reads its records.
pub(crate) struct RecordSeeding<T> {
    /// The endpoint name and the array's key in the body (`calls`, `cdrs`), also used in
    /// error messages.
    pub(crate) key: &'static str,
    /// A record's id, listed in the answer.
    pub(crate) id: fn(&T) -> String,
    /// Fields every explicit record must have.
    pub(crate) required: &'static [&'static str],
    /// Fills fields a record left out from the ones it has (`present` are its keys).
    pub(crate) complete: fn(&serde_json::Map<String, Value>, &mut T),
    /// The generator behind `generate`.
    pub(crate) generate: fn(usize, u64) -> Vec<T>,
}

impl<T: DeserializeOwned> RecordSeeding<T> {
    /// Serves [`Vendor::control`](crate::server::Vendor::control) for this endpoint: `None`
    /// when `name` is another endpoint; otherwise the parsed records go to `seed`, which
    /// stores them and returns how many the vendor now holds.
    pub(crate) fn serve(
        &self,
        name: &str,
        method: &Method,
        body: &[u8],
        seed: impl FnOnce(Vec<T>) -> usize,
    ) -> Option<Result<Response, ApiError>> {
        if name != self.key {
            return None;
        }
        if *method != Method::POST {
            return Some(Err(ApiError::method_not_allowed(method, &[Method::POST])));
        }
        Some(self.parse(body).map(|records| {
            let ids = records.iter().map(self.id).collect();
            seeded(ids, seed(records))
        }))
    }

    /// Reads `{"<key>": [records…], "generate": {"count": n, "seed": s}}` (either or both):
    /// the explicit records in order, then the generated ones. Nothing is returned (so
    /// nothing is seeded) unless every record is valid.
    fn parse(&self, body: &[u8]) -> Result<Vec<T>, ApiError> {
        let key = self.key;
        let value: Value = parse_json(body, &format!("{key} seed"))?;
        let Value::Object(mut top) = value else {
            return Err(ApiError::bad_request(format!(
                "The body must be an object: {{\"{key}\": [...], \"generate\": {{\"count\": n, \"seed\": s}}}}"
            )));
        };
        if let Some(other) = top.keys().find(|k| *k != key && *k != "generate") {
            return Err(ApiError::bad_request(format!(
                "Unknown field '{}': expected '{key}' and/or 'generate'",
                http::echo(other)
            )));
        }
        let explicit = match top.remove(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items,
            Some(_) => {
                return Err(ApiError::bad_request(format!("'{key}' must be an array")));
            }
        };
        let generate: Option<Generate> = match top.remove("generate") {
            None | Some(Value::Null) => None,
            Some(v) => Some(serde_json::from_value(v).map_err(|e| {
                ApiError::bad_request(format!(
                    "Invalid generate: {e} (expected {{\"count\": n, \"seed\": s}})"
                ))
            })?),
        };
        let generated = generate.as_ref().map_or(0, |g| g.count);
        check_seed_count("generate.count", generated)?;
        check_seed_count(key, explicit.len().saturating_add(generated))?;
        let mut records = Vec::with_capacity(explicit.len() + generated);
        for (i, item) in explicit.into_iter().enumerate() {
            let Value::Object(fields) = &item else {
                return Err(ApiError::bad_request(format!(
                    "{key}[{i}] must be an object"
                )));
            };
            if let Some(missing) = self.required.iter().find(|f| !fields.contains_key(**f)) {
                return Err(ApiError::bad_request(format!(
                    "{key}[{i}]: {missing} is required"
                )));
            }
            let present = fields.clone();
            let mut record: T = serde_json::from_value(item)
                .map_err(|e| ApiError::bad_request(format!("{key}[{i}]: {e}")))?;
            (self.complete)(&present, &mut record);
            records.push(record);
        }
        if let Some(g) = generate {
            records.extend((self.generate)(g.count, g.seed));
        }
        Ok(records)
    }
}

#[derive(Serialize)]
struct Seeded {
    seeded: Vec<String>,
    total: usize,
}

/// 201 `{"seeded": [ids…], "total": n}` for a record-seeding request.
fn seeded(ids: Vec<String>, total: usize) -> Response {
    http::json(StatusCode::CREATED, &Seeded { seeded: ids, total })
}
