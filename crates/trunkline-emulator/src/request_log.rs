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
    /// The status answered, or `None` when no response was sent (dropped connection, or the
    /// request is still being handled).
    pub status: Option<u16>,
}

/// Ring buffer of the last `capacity` requests, plus a running total.
pub(crate) struct RequestLog {
    entries: VecDeque<RecordedRequest>,
    /// Id of `entries[0]`; ids increase by one per pushed request.
    first_id: u64,
    capacity: usize,
    total: u64,
}

impl RequestLog {
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            entries: VecDeque::new(),
            first_id: 0,
            capacity,
            total: 0,
        }
    }

    /// Appends a request and returns its id, evicting the oldest entry when full.
    pub(crate) fn push(&mut self, request: RecordedRequest) -> u64 {
        let id = self.first_id + self.entries.len() as u64;
        self.total += 1;
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

    /// Records the status answered to request `id`, if it is still in the buffer.
    pub(crate) fn set_status(&mut self, id: u64, status: u16) {
        if let Some(offset) = id.checked_sub(self.first_id)
            && let Some(entry) = usize::try_from(offset)
                .ok()
                .and_then(|o| self.entries.get_mut(o))
        {
            entry.status = Some(status);
        }
    }

    pub(crate) fn snapshot(&self) -> Vec<RecordedRequest> {
        self.entries.iter().cloned().collect()
    }

    /// Requests received since the last clear, including those evicted from the buffer.
    pub(crate) fn total(&self) -> u64 {
        self.total
    }

    pub(crate) fn capacity(&self) -> usize {
        self.capacity
    }

    pub(crate) fn clear(&mut self) {
        self.first_id += self.entries.len() as u64;
        self.entries.clear();
        self.total = 0;
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
        assert_eq!(log.snapshot()[0].status, Some(204));
    }

    #[test]
    fn zero_capacity_counts_only() {
        let mut log = RequestLog::new(0);
        log.push(req("/a"));
        assert!(log.snapshot().is_empty());
        assert_eq!(log.total(), 1);
    }
}
