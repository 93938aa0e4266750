//! The per-API log of received requests: a bounded ring buffer.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use crate::Fault;

/// Longest body kept per logged request (16 KiB); longer bodies are cut and flagged with
/// [`RecordedRequest::body_truncated`].
pub const MAX_LOGGED_BODY_BYTES: usize = 16 * 1024;

/// One request as the emulator received it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RecordedRequest {
    /// HTTP method, e.g. `POST`.
    pub method: String,
    /// The raw path, still percent-encoded as received (e.g. `/api/v1/Account/MA_X/numbers/%2B918012340100/assign`).
    pub path: String,
    /// The raw query string without `?`, if there was one.
    pub query: Option<String>,
    /// The body as text (invalid UTF-8 replaced by U+FFFD), at most
    /// [`MAX_LOGGED_BODY_BYTES`] bytes of it.
    pub body: String,
    /// Whether `body` was cut to [`MAX_LOGGED_BODY_BYTES`].
    pub body_truncated: bool,
    /// The fault applied to this request, if any (its `count` is what remained when it matched).
    pub fault: Option<Fault>,
    /// The status the client was sent, or `None` when no response was sent (dropped
    /// connection, or the request is still being handled).
    pub status: Option<u16>,
    /// Whether the vendor logic handled the request, so that whatever it does (a create, an
    /// update, a delete) happened. `true` for ordinary requests, for requests delayed by a
    /// latency-only fault and for requests hit by an after-commit fault; `false` for requests
    /// answered by a before-commit fault or by the rate limit (they changed nothing).
    #[serde(default)]
    pub committed: bool,
    /// The status the vendor logic produced, when it handled the request. It differs from
    /// [`status`](Self::status) when an after-commit fault replaced the answer (e.g. the
    /// handler created the trunk with 201, the client got a 502).
    #[serde(default)]
    pub handler_status: Option<u16>,
    /// Whether the listener's rate limit answered this request with 429 (see
    /// [`RateLimit`](crate::RateLimit)); such a request consumed no fault and changed nothing.
    #[serde(default)]
    pub rate_limited: bool,
}

/// Ring buffer of the last `capacity` requests, plus a running total.
pub(crate) struct RequestLog {
    entries: VecDeque<RecordedRequest>,
    /// Id of `entries[0]`; ids increase by one per pushed request.
    first_id: u64,
    capacity: usize,
    total: u64,
    /// Requests answered by the rate limit since the last clear, evicted ones included.
    rate_limited: u64,
}

impl RequestLog {
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            entries: VecDeque::new(),
            first_id: 0,
            capacity,
            total: 0,
            rate_limited: 0,
        }
    }

    /// Appends a request and returns its id, evicting the oldest entry when full.
    pub(crate) fn push(&mut self, request: RecordedRequest) -> u64 {
        let id = self.first_id + self.entries.len() as u64;
        self.total += 1;
        self.rate_limited += u64::from(request.rate_limited);
        if self.capacity == 0 {
            self.first_id += 1;
            return id;
        }
        if self.entries.len() == self.capacity {
            self.entries.pop_front();
            self.first_id += 1;
        }
        self.entries.push_back(request);
        id
    }

    /// The entry of request `id`, if it is still in the buffer (and was not cleared).
    fn entry(&mut self, id: u64) -> Option<&mut RecordedRequest> {
        let offset = usize::try_from(id.checked_sub(self.first_id)?).ok()?;
        self.entries.get_mut(offset)
    }

    /// Records the status answered to request `id`, if it is still in the buffer.
    pub(crate) fn set_status(&mut self, id: u64, status: u16) {
        if let Some(entry) = self.entry(id) {
            entry.status = Some(status);
        }
    }

    /// Records that the vendor handled request `id` and answered `status`.
    pub(crate) fn set_committed(&mut self, id: u64, handler_status: u16) {
        if let Some(entry) = self.entry(id) {
            entry.committed = true;
            entry.handler_status = Some(handler_status);
        }
    }

    pub(crate) fn snapshot(&self) -> Vec<RecordedRequest> {
        self.entries.iter().cloned().collect()
    }

    /// Requests received since the last clear, including those evicted from the buffer.
    pub(crate) fn total(&self) -> u64 {
        self.total
    }

    /// Requests the rate limit answered since the last clear, including evicted ones.
    pub(crate) fn rate_limited(&self) -> u64 {
        self.rate_limited
    }

    pub(crate) fn capacity(&self) -> usize {
        self.capacity
    }

    pub(crate) fn clear(&mut self) {
        self.first_id += self.entries.len() as u64;
        self.entries.clear();
        self.total = 0;
        self.rate_limited = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(path: &str) -> RecordedRequest {
        RecordedRequest {
            method: "GET".into(),
            path: path.into(),
            query: None,
            body: String::new(),
            body_truncated: false,
            fault: None,
            status: None,
            committed: false,
            handler_status: None,
            rate_limited: false,
        }
    }

    #[test]
    fn ring_buffer_evicts_oldest_and_tracks_status() {
        let mut log = RequestLog::new(2);
        let a = log.push(req("/a"));
        let b = log.push(req("/b"));
        let c = log.push(req("/c"));
        log.set_status(a, 200); // evicted: ignored
        log.set_status(b, 201);
        log.set_status(c, 404);
        let paths: Vec<_> = log
            .snapshot()
            .into_iter()
            .map(|r| (r.path, r.status))
            .collect();
        assert_eq!(
            paths,
            [("/b".to_owned(), Some(201)), ("/c".to_owned(), Some(404))]
        );
        assert_eq!(log.total(), 3);
        log.clear();
        assert!(log.snapshot().is_empty());
        let d = log.push(req("/d"));
        log.set_status(c, 500); // from before the clear: ignored
        log.set_status(d, 204);
        log.set_committed(d, 201);
        log.set_committed(c, 500); // from before the clear: ignored
        let entry = &log.snapshot()[0];
        assert_eq!(
            (entry.status, entry.committed, entry.handler_status),
            (Some(204), true, Some(201))
        );
    }

    #[test]
    fn zero_capacity_counts_only() {
        let mut log = RequestLog::new(0);
        log.push(req("/a"));
        log.push(RecordedRequest {
            rate_limited: true,
            ..req("/b")
        });
        assert!(log.snapshot().is_empty());
        assert_eq!((log.total(), log.rate_limited()), (2, 1));
        log.clear();
        assert_eq!((log.total(), log.rate_limited()), (0, 0));
    }
}
