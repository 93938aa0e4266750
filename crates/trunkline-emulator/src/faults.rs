//! Fault injection: what a [`Fault`] is, how it is validated, and the per-API queue.

use std::collections::VecDeque;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Longest latency a fault may add (10 minutes).
pub const MAX_FAULT_LATENCY_MS: u64 = 600_000;

/// One injected fault, as sent to `POST {origin}/__emulator/faults` or
/// [`PlivoHandle::inject`](crate::PlivoHandle::inject) and friends.
///
/// A fault applies to the next `count` requests that match `method` and `path_prefix` (both
/// optional). Faults queue in order of injection; each request consumes at most one unit of
/// the first queued fault it matches. A fault happens at one of two moments:
///
/// - **Before commit** (the default): the fault replaces the request before it touches any
///   state, so a create that fails by such a fault creates nothing. In this order:
///   1. waits `latency_ms` (if non-zero);
///   2. with `drop_connection`, closes the TCP connection without any HTTP response;
///   3. with `body`, answers `status` (default 200) with a broken body (see [`FaultBody`]);
///   4. with `status`, answers that status with the vendor's error body (and `Retry-After`
///      when `retry_after` is set);
///   5. otherwise (latency only) lets the request proceed normally.
/// - **After commit** (`after_commit: true`, [`Fault::after_commit`]): the request is
///   handled first and its effects are kept (a create creates), then the vendor's answer is
///   thrown away and replaced, as when a carrier's gateway answers 502 after the backend
///   committed, or the connection resets on the way back. In this order:
///   1. the vendor handles the request (its status is logged as
///      [`RecordedRequest::handler_status`](crate::RecordedRequest::handler_status), with
///      [`committed`](crate::RecordedRequest::committed) `true`);
///   2. waits `latency_ms` (if non-zero);
///   3. with `drop_connection`, closes the connection without any response;
///   4. with `body: "truncated"`, sends the handler's real response (or `status` when set)
///      with a `Content-Length` for its whole body and closes the connection after half of
///      it (an empty real body is replaced by the emulator's truncated document);
///      with `body: "malformed"`, answers `status` (default: the handler's status) with an
///      invalid JSON body;
///   5. with `status`, answers that status with the vendor's error body;
///   6. otherwise (latency only) sends the real answer late.
///
/// JSON form (every field but one of `status`/`body`/`drop_connection`/`latency_ms` is
/// optional; unknown fields are rejected; `retry_after` is a string or a whole number of
/// seconds):
///
/// ```json
/// {"count": 2, "status": 503, "retry_after": 1, "method": "POST",
///  "path_prefix": "/v1/Trunks", "latency_ms": 0, "body": null, "drop_connection": false,
///  "after_commit": false}
/// ```
///
/// ```
/// use std::time::Duration;
/// use trunkline_emulator::Fault;
///
/// let throttled = Fault::error(429).retry_after_secs(2).times(3).for_method("POST");
/// let slow = Fault::latency(Duration::from_millis(250)).for_path_prefix("/v1/Trunks");
/// let cut = Fault::disconnect();
/// // The trunk is created, then the client sees a 502 from the "gateway".
/// let lost_answer = Fault::error(502).after_commit().for_method("POST");
/// for fault in [throttled, slow, cut, lost_answer] {
///     assert!(fault.validate().is_ok());
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Fault {
    /// How many matching requests the fault applies to (at least 1; default 1). In the
    /// queue listing and the request log this is the count *remaining* when it matched.
    #[serde(default = "default_count")]
    pub count: u64,
    /// Only requests with this HTTP method (case-insensitive); any method when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Only requests whose raw (still percent-encoded) path starts with this; any path when
    /// `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    /// HTTP status to answer with (200–599).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// Value of a `Retry-After` header added to the response (seconds or an HTTP date). In
    /// JSON a string (`"1"`, `"Wed, 21 Oct 2015 07:28:00 GMT"`) or a whole number of seconds
    /// (`1`); it is always listed back as a string.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "retry_after_from_json"
    )]
    pub retry_after: Option<String>,
    /// Delay before anything else happens, in milliseconds (at most [`MAX_FAULT_LATENCY_MS`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub latency_ms: u64,
    /// Answer with a broken body instead of a real one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<FaultBody>,
    /// Close the TCP connection without sending any response.
    #[serde(default, skip_serializing_if = "is_false")]
    pub drop_connection: bool,
    /// Act after the request was handled and its effects kept, instead of before it touches
    /// any state (see the type docs).
    #[serde(default, skip_serializing_if = "is_false")]
    pub after_commit: bool,
}

/// The kind of broken body a [`Fault`] answers with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FaultBody {
    /// `Content-Length` announces a whole JSON document but the connection closes after
    /// half of it: the client sees an incomplete body.
    Truncated,
    /// A complete HTTP response whose `application/json` body is not valid JSON.
    Malformed,
}

/// `retry_after` in JSON: a string, a whole number of seconds, or `null`.
fn retry_after_from_json<'de, D>(deserializer: D) -> Result<Option<String>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    use serde::de::Error as _;
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Null => Ok(None),
        serde_json::Value::String(s) => Ok(Some(s)),
        serde_json::Value::Number(n) => match n.as_u64() {
            Some(secs) => Ok(Some(secs.to_string())),
            None => Err(D::Error::custom(format!(
                "retry_after must be a whole number of seconds (0 or more) or a string, got {n}"
            ))),
        },
        other => Err(D::Error::custom(format!(
            "retry_after must be a whole number of seconds or a string, got {other}"
        ))),
    }
}

fn default_count() -> u64 {
    1
}

fn is_zero(v: &u64) -> bool {
    *v == 0
}

fn is_false(v: &bool) -> bool {
    !*v
}

/// Why a [`Fault`] was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid fault: {0}")]
pub struct InvalidFault(pub(crate) String);

impl Fault {
    fn empty() -> Self {
        Self {
            count: 1,
            method: None,
            path_prefix: None,
            status: None,
            retry_after: None,
            latency_ms: 0,
            body: None,
            drop_connection: false,
            after_commit: false,
        }
    }

    /// Answer the next matching request with `status` and the vendor's error body.
    pub fn error(status: u16) -> Self {
        Self {
            status: Some(status),
            ..Self::empty()
        }
    }

    /// Delay the next matching request by `delay`, then let it proceed normally.
    pub fn latency(delay: Duration) -> Self {
        Self::empty().with_latency(delay)
    }

    /// Close the connection of the next matching request without any response.
    pub fn disconnect() -> Self {
        Self {
            drop_connection: true,
            ..Self::empty()
        }
    }

    /// Answer the next matching request with a truncated body (see [`FaultBody::Truncated`]).
    pub fn truncated_body() -> Self {
        Self {
            body: Some(FaultBody::Truncated),
            ..Self::empty()
        }
    }

    /// Answer the next matching request with a malformed body (see [`FaultBody::Malformed`]).
    pub fn malformed_body() -> Self {
        Self {
            body: Some(FaultBody::Malformed),
            ..Self::empty()
        }
    }

    /// Apply to the next `count` matching requests instead of one.
    #[must_use]
    pub fn times(mut self, count: u64) -> Self {
        self.count = count;
        self
    }

    /// Only match requests with this HTTP method.
    #[must_use]
    pub fn for_method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    /// Only match requests whose raw path starts with `prefix`.
    #[must_use]
    pub fn for_path_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.path_prefix = Some(prefix.into());
        self
    }

    /// Add a `Retry-After` header with this value (seconds, or an HTTP date such as
    /// `Wed, 21 Oct 2015 07:28:00 GMT`).
    #[must_use]
    pub fn retry_after(mut self, value: impl Into<String>) -> Self {
        self.retry_after = Some(value.into());
        self
    }

    /// Add a `Retry-After: {seconds}` header.
    #[must_use]
    pub fn retry_after_secs(self, seconds: u64) -> Self {
        self.retry_after(seconds.to_string())
    }

    /// Act after the request was handled and its effects kept: a create creates, then the
    /// client sees this fault instead of the real answer (see the type docs).
    #[must_use]
    pub fn after_commit(mut self) -> Self {
        self.after_commit = true;
        self
    }

    /// Also wait `delay` before acting.
    #[must_use]
    pub fn with_latency(mut self, delay: Duration) -> Self {
        self.latency_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        self
    }

    /// Also set the status of a body fault (default 200).
    #[must_use]
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Checks that the fault is consistent and does something.
    pub fn validate(&self) -> Result<(), InvalidFault> {
        let bad = |msg: &str| Err(InvalidFault(msg.to_owned()));
        if self.count == 0 {
            return bad("count must be at least 1");
        }
        if self.status.is_some_and(|s| !(200..=599).contains(&s)) {
            return bad("status must be between 200 and 599");
        }
        if self.drop_connection && (self.status.is_some() || self.body.is_some()) {
            return bad("drop_connection cannot be combined with status or body");
        }
        if self.status.is_none()
            && self.body.is_none()
            && !self.drop_connection
            && self.latency_ms == 0
        {
            return bad("a fault needs at least one of status, body, drop_connection, latency_ms");
        }
        if self.latency_ms > MAX_FAULT_LATENCY_MS {
            return bad("latency_ms must be at most 600000");
        }
        if let Some(value) = &self.retry_after {
            if value.is_empty() || !value.bytes().all(|b| (0x20..0x7f).contains(&b)) {
                return bad("retry_after must be non-empty visible ASCII");
            }
            if self.status.is_none() && self.body.is_none() {
                return bad("retry_after needs a status or body");
            }
        }
        if self
            .method
            .as_ref()
            .is_some_and(|m| m.is_empty() || !m.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            return bad("method must be an HTTP method name such as POST");
        }
        if self
            .path_prefix
            .as_ref()
            .is_some_and(|p| !p.starts_with('/'))
        {
            return bad("path_prefix must start with '/'");
        }
        Ok(())
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self
                .path_prefix
                .as_deref()
                .is_none_or(|p| path.starts_with(p))
    }
}

/// The faults queued on one API, in injection order.
#[derive(Default)]
pub(crate) struct FaultQueue {
    queue: VecDeque<Fault>,
}

impl FaultQueue {
    pub(crate) fn push(&mut self, fault: Fault) {
        self.queue.push_back(fault);
    }

    pub(crate) fn clear(&mut self) {
        self.queue.clear();
    }

    pub(crate) fn list(&self) -> Vec<Fault> {
        self.queue.iter().cloned().collect()
    }

    /// Consumes one unit of the first fault matching the request; returns it as it was when
    /// it matched (with the remaining count, this request included).
    pub(crate) fn take(&mut self, method: &str, path: &str) -> Option<Fault> {
        let pos = self.queue.iter().position(|f| f.matches(method, path))?;
        let fault = self.queue.get_mut(pos)?;
        let matched = fault.clone();
        fault.count -= 1;
        if fault.count == 0 {
            self.queue.remove(pos);
        }
        Some(matched)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queue_matches_in_order_and_counts_down() {
        let mut q = FaultQueue::default();
        q.push(Fault::error(503).times(2).for_method("post"));
        q.push(Fault::error(500));
        assert_eq!(q.take("GET", "/x").and_then(|f| f.status), Some(500));
        assert!(q.take("GET", "/x").is_none());
        assert_eq!(q.take("POST", "/x").map(|f| f.count), Some(2));
        assert_eq!(q.take("POST", "/x").map(|f| f.count), Some(1));
        assert!(q.take("POST", "/x").is_none());
    }

    #[test]
    fn path_prefix_matching() {
        let mut q = FaultQueue::default();
        q.push(Fault::disconnect().for_path_prefix("/v1/Trunks"));
        assert!(q.take("GET", "/2010-04-01/Accounts").is_none());
        assert!(q.take("GET", "/v1/Trunks/TK1").is_some());
    }

    #[test]
    fn validation() {
        assert!(Fault::error(503).validate().is_ok());
        assert!(Fault::error(99).validate().is_err());
        assert!(Fault::error(503).times(0).validate().is_err());
        assert!(Fault::disconnect().with_status(500).validate().is_err());
        assert!(Fault::empty().validate().is_err());
        assert!(Fault::latency(Duration::from_secs(700)).validate().is_err());
        assert!(Fault::latency(Duration::from_millis(5)).validate().is_ok());
        assert!(Fault::error(503).retry_after("1\n").validate().is_err());
        assert!(Fault::error(503).for_path_prefix("v1").validate().is_err());
        assert!(Fault::malformed_body().validate().is_ok());
    }

    #[test]
    fn json_round_trip_and_defaults() {
        let f: Fault = serde_json::from_str(r#"{"status": 503, "retry_after": "1"}"#)
            .expect("valid fault JSON");
        assert_eq!(f.count, 1);
        assert_eq!(f, Fault::error(503).retry_after("1"));
        let f: Fault = serde_json::from_str(r#"{"body": "truncated"}"#).expect("valid");
        assert_eq!(f.body, Some(FaultBody::Truncated));
        assert!(serde_json::from_str::<Fault>(r#"{"stauts": 503}"#).is_err());
    }

    #[test]
    fn retry_after_is_a_string_or_whole_seconds() {
        let parse = |json: &str| serde_json::from_str::<Fault>(json);
        let as_number = parse(r#"{"status": 503, "retry_after": 1}"#).expect("number");
        let as_string = parse(r#"{"status": 503, "retry_after": "1"}"#).expect("string");
        assert_eq!(as_number, as_string);
        assert_eq!(as_number, Fault::error(503).retry_after_secs(1));
        let date = parse(r#"{"status": 503, "retry_after": "Wed, 21 Oct 2015 07:28:00 GMT"}"#)
            .expect("HTTP date");
        assert_eq!(
            date.retry_after.as_deref(),
            Some("Wed, 21 Oct 2015 07:28:00 GMT")
        );
        assert!(date.validate().is_ok());
        assert_eq!(
            parse(r#"{"status": 503, "retry_after": null}"#)
                .expect("null")
                .retry_after,
            None
        );
        for bad in [r#"1.5"#, r#"-1"#, r#"true"#, r#"[1]"#] {
            let err =
                parse(&format!(r#"{{"status": 503, "retry_after": {bad}}}"#)).expect_err("refused");
            assert!(err.to_string().contains("retry_after"), "{err}");
        }
        // Listed back as a string.
        let listed = serde_json::to_value(&as_number).expect("serializes");
        assert_eq!(listed["retry_after"], "1");
    }

    #[test]
    fn after_commit_round_trips_and_defaults_to_false() {
        let f: Fault =
            serde_json::from_str(r#"{"status": 502, "after_commit": true}"#).expect("valid");
        assert_eq!(f, Fault::error(502).after_commit());
        assert!(f.validate().is_ok());
        let plain: Fault = serde_json::from_str(r#"{"status": 502}"#).expect("valid");
        assert!(!plain.after_commit);
        let listed = serde_json::to_value(&plain).expect("serializes");
        assert!(listed.get("after_commit").is_none(), "{listed}");
        assert!(
            Fault::latency(Duration::from_millis(5))
                .after_commit()
                .validate()
                .is_ok()
        );
    }
}
