//! [`Error`]: what went wrong, by meaning, with the vendor's own words kept.

use std::fmt;
use std::time::Duration;

use trunkline_core::{CallReport, ConfigError, TimeoutKind};

use crate::Vendor;

/// Result of every provider call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What the vendor said, and about which call: kept inside every error that came from a
/// vendor response (or from talking to the vendor).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct VendorError {
    /// Which vendor.
    pub vendor: Vendor,
    /// The vendor operation (the spec's `operationId`, e.g. `create_trunk`).
    pub operation: &'static str,
    /// HTTP status, when a response arrived.
    pub status: Option<u16>,
    /// The vendor's error code, when its error body has one (Twilio `20404`, Vobiz `409`).
    pub code: Option<String>,
    /// The vendor's message, or what trunkline observed (e.g. "connection refused").
    pub message: String,
    /// Attempts made, retries included.
    pub attempts: u32,
}

impl VendorError {
    /// A vendor error with the essentials; the rest defaults to unknown.
    pub fn new(vendor: Vendor, operation: &'static str, message: impl Into<String>) -> Self {
        Self {
            vendor,
            operation,
            status: None,
            code: None,
            message: message.into(),
            attempts: 1,
        }
    }

    /// Sets the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Sets the vendor's error code.
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    /// Sets the attempt count.
    pub fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts.max(1);
        self
    }

    /// Copies the attempt count and status from a retry-loop report.
    pub(crate) fn with_report(mut self, report: Option<&CallReport>) -> Self {
        if let Some(report) = report {
            self.attempts = report.attempts.max(1);
            if self.status.is_none() {
                self.status = report.status;
            }
        }
        self
    }
}

impl fmt::Display for VendorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.vendor, self.operation)?;
        if let Some(status) = self.status {
            write!(f, " (HTTP {status}")?;
            if let Some(code) = &self.code {
                write!(f, ", code {code}")?;
            }
            f.write_str(")")?;
        }
        write!(f, ": {}", self.message)?;
        if self.attempts > 1 {
            write!(f, " (after {} attempts)", self.attempts)?;
        }
        Ok(())
    }
}

impl std::error::Error for VendorError {}

/// Everything that can go wrong, by meaning. Each variant keeps the vendor, the operation, the
/// HTTP status and the vendor's message (as [`VendorError`], also the error's `source`), so
/// callers branch on the variant and log the details; nothing needs parsing.
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The resource does not exist (404).
    #[error("not found: {0}")]
    NotFound(#[source] VendorError),

    /// The resource (or a unique field such as a username) already exists (409, or a vendor's
    /// duplicate-error code).
    #[error("already exists: {0}")]
    AlreadyExists(#[source] VendorError),

    /// The request is invalid: caught before sending (then `vendor_error` is `None`), or
    /// rejected by the vendor (400/422).
    #[error("invalid request{}: {reason}", field.as_deref().map(|f| format!(" (field `{f}`)")).unwrap_or_default())]
    InvalidRequest {
        /// Which vendor the request was for.
        vendor: Vendor,
        /// The field at fault, when known.
        field: Option<String>,
        /// What is wrong.
        reason: String,
        /// What the vendor said, if it was the vendor that refused.
        #[source]
        vendor_error: Option<Box<VendorError>>,
    },

    /// The credentials were refused (401).
    #[error("unauthenticated: {0}")]
    Unauthenticated(#[source] VendorError),

    /// The credentials are valid but not allowed to do this (403).
    #[error("permission denied: {0}")]
    PermissionDenied(#[source] VendorError),

    /// The vendor is rate-limiting (429) and retrying within the configured limits did not
    /// get through.
    #[error("rate limited{}: {source}", retry_after.map(|d| format!(" (retry after {} s)", d.as_secs_f64())).unwrap_or_default())]
    RateLimited {
        /// How long the vendor asked to wait, when it said.
        retry_after: Option<Duration>,
        /// What the vendor said.
        source: VendorError,
    },

    /// The vendor is failing or unreachable (5xx, connection failures) and retrying within
    /// the configured limits did not help. For a create, the resource may or may not exist:
    /// see [`Error::outcome_unknown`].
    #[error("vendor unavailable: {0}")]
    Unavailable(#[source] VendorError),

    /// A timeout ended the call.
    #[error("{kind} after {elapsed:?}: {source}")]
    Timeout {
        /// Whether one attempt or the whole operation ran out of time.
        kind: TimeoutKind,
        /// Time spent on the call in all.
        elapsed: Duration,
        /// The call.
        source: VendorError,
    },

    /// The vendor answered with a success status, but the body is not what its API returns
    /// (not JSON, truncated, empty, a field of the wrong type). An error status with such a
    /// body (a proxy's HTML page) is judged by its status instead (`Unavailable` for a 502…).
    #[error("cannot decode the response: {source}; body starts with {excerpt:?}")]
    Decode {
        /// The first bytes of the body (at most 512), lossily as UTF-8.
        excerpt: String,
        /// The call and the decoder's message.
        source: VendorError,
    },

    /// The vendor cannot do this at all (see [`crate::Capabilities`]).
    #[error("{vendor} does not support {operation}: {reason}")]
    NotSupported {
        /// The vendor.
        vendor: Vendor,
        /// The facade operation or feature.
        operation: &'static str,
        /// Why, in the vendor's terms.
        reason: String,
    },

    /// A multi-step call (provisioning, or a create that attaches things) failed part-way.
    /// [`Error::outcome_unknown`] is true when any resource it created may still exist
    /// ([`ProvisioningError::maybe_created`] or [`ProvisioningError::left_behind`]).
    #[error("{0}")]
    Provisioning(Box<ProvisioningError>),

    /// A lookup by name found more than one resource with the name, so none can be picked: the
    /// ids of all of them. Rename or delete all but one.
    #[error("{vendor}: {count} {what}s are named {name:?}: {ids}; rename or delete all but one", count = ids.len(), ids = ids.join(", "))]
    Ambiguous {
        /// The vendor.
        vendor: Vendor,
        /// What was looked up (`trunk`, `credential list`…).
        what: &'static str,
        /// The name.
        name: String,
        /// The ids of every resource with that name, in the vendor's list order.
        ids: Vec<String>,
    },

    /// The provider could not be configured (credentials, environment, base URL).
    #[error("configuration: {0}")]
    Config(#[from] ConfigError),
}

impl Error {
    /// The vendor details, when the error came from talking to a vendor.
    pub fn vendor_error(&self) -> Option<&VendorError> {
        match self {
            Self::NotFound(e)
            | Self::AlreadyExists(e)
            | Self::Unauthenticated(e)
            | Self::PermissionDenied(e)
            | Self::Unavailable(e) => Some(e),
            Self::RateLimited { source, .. }
            | Self::Timeout { source, .. }
            | Self::Decode { source, .. } => Some(source),
            Self::InvalidRequest { vendor_error, .. } => vendor_error.as_deref(),
            Self::Provisioning(p) => p.cause.vendor_error(),
            Self::NotSupported { .. } | Self::Config(_) | Self::Ambiguous { .. } => None,
        }
    }

    /// The HTTP status of the vendor's response, if one arrived.
    pub fn status(&self) -> Option<u16> {
        self.vendor_error().and_then(|e| e.status)
    }

    /// Whether retrying the same call later may succeed (rate limits, outages, timeouts).
    pub fn is_transient(&self) -> bool {
        match self {
            Self::RateLimited { .. } | Self::Unavailable(_) | Self::Timeout { .. } => true,
            Self::Provisioning(p) => p.cause.is_transient(),
            _ => false,
        }
    }

    /// Whether what this call asked for may have happened anyway, so the caller must look
    /// before doing it again (or get a duplicate). The rule:
    ///
    /// - a write (create, update, delete, attach) that ended in a 5xx, a timeout, a broken
    ///   connection or a success answer whose body could not be read: **true**: the vendor may
    ///   have committed it (none of these vendors takes an idempotency key);
    /// - [`Error::Provisioning`]: true exactly when a resource it created may still exist
    ///   ([`ProvisioningError::maybe_created`] or [`ProvisioningError::left_behind`] is not
    ///   empty), whatever its cause;
    /// - a read (`list_…`, `get_…`): **false**, a read changes nothing;
    /// - everything else (4xx answers, validation before sending, `NotSupported`): false.
    ///
    /// [`TrunkProviderExt::ensure`](crate::TrunkProviderExt::ensure) resolves such outcomes by
    /// looking the resource up by name.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            Self::Provisioning(p) => !p.maybe_created.is_empty() || !p.left_behind.is_empty(),
            Self::Timeout { source, .. } | Self::Decode { source, .. } => {
                !is_read(source.operation)
            }
            Self::Unavailable(e) => e.status.is_none_or(|s| s >= 500) && !is_read(e.operation),
            _ => false,
        }
    }

    /// A client-side validation failure naming the field.
    pub(crate) fn invalid(vendor: Vendor, field: &str, reason: impl Into<String>) -> Self {
        Self::InvalidRequest {
            vendor,
            field: Some(field.to_owned()),
            reason: reason.into(),
            vendor_error: None,
        }
    }

    /// A response that decoded but lacks what trunkline needs (a missing id, a field it cannot
    /// parse): the vendor operation is named by the engine.
    pub(crate) fn decode(
        vendor: Vendor,
        excerpt: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self::Decode {
            excerpt: excerpt.into(),
            source: VendorError::new(vendor, "", message),
        }
    }

    /// A resource trunkline looked for and did not find in what the vendor answered.
    pub(crate) fn not_found(vendor: Vendor, message: impl Into<String>) -> Self {
        Self::NotFound(VendorError::new(vendor, "", message))
    }

    /// Names the operation of every [`VendorError`] in this error that has none (a call that
    /// never reached the vendor's runtime, or a check trunkline made on a response) after the
    /// facade operation that failed.
    pub(crate) fn named(mut self, operation: crate::Operation) -> Self {
        self.name_unnamed(operation.as_str());
        self
    }

    pub(crate) fn name_unnamed(&mut self, operation: &'static str) {
        // Errors trunkline makes without a vendor call to name them: a failure before the
        // runtime's hook ran (`Unavailable`), a lookup that found nothing (`NotFound`), a
        // response that lacks what trunkline needs (`Decode`), and those inside a multi-step
        // call.
        match self {
            Self::NotFound(detail)
            | Self::Unavailable(detail)
            | Self::Decode { source: detail, .. }
                if detail.operation.is_empty() =>
            {
                detail.operation = operation;
            }
            Self::Provisioning(p) => {
                p.cause.name_unnamed(operation);
                for (_, err) in &mut p.left_behind {
                    err.name_unnamed(operation);
                }
            }
            _ => {}
        }
    }

    /// A capability the vendor lacks.
    pub(crate) fn not_supported(
        vendor: Vendor,
        operation: &'static str,
        reason: impl Into<String>,
    ) -> Self {
        Self::NotSupported {
            vendor,
            operation,
            reason: reason.into(),
        }
    }
}

/// Whether a vendor or facade operation only reads (an empty name is not known to be a read).
fn is_read(operation: &str) -> bool {
    ["list_", "get_", "search_", "read_", "find_"]
        .iter()
        .any(|prefix| operation.starts_with(prefix))
        || operation == "export_cdrs"
}

/// One step of a multi-step call.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Step {
    /// What the step does, e.g. `create credential list "pbx-creds"`.
    pub description: String,
    /// The id of what it created, if it created something.
    pub created: Option<String>,
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.description)?;
        if let Some(id) = &self.created {
            write!(f, " [{id}]")?;
        }
        Ok(())
    }
}

/// A multi-step call failed: which step, why, what was rolled back, and what could not be.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ProvisioningError {
    /// The vendor.
    pub vendor: Vendor,
    /// The step that failed.
    pub failed_step: String,
    /// Why it failed.
    pub cause: Error,
    /// Resources this call created and then deleted again, in deletion order.
    pub rolled_back: Vec<Step>,
    /// Resources this call created that could not be deleted, with why: clean these up.
    pub left_behind: Vec<(Step, Error)>,
    /// Creates whose answer was lost (a 5xx, a timeout, a broken connection or an unreadable
    /// body after sending) and that a lookup by name could not settle: the resource may exist.
    /// Look them up by name before retrying (or call
    /// [`ensure`](crate::TrunkProviderExt::ensure), which does).
    pub maybe_created: Vec<Step>,
    /// Resources this call created and kept on purpose (known to exist):
    /// [`ensure`](crate::TrunkProviderExt::ensure) does not roll back, because what it made is
    /// part of the desired state and the next `ensure` adopts it by name.
    pub kept: Vec<Step>,
}

impl ProvisioningError {
    /// A failure at `failed_step` with nothing created, rolled back or in doubt yet.
    pub fn new(vendor: Vendor, failed_step: impl Into<String>, cause: Error) -> Self {
        Self {
            vendor,
            failed_step: failed_step.into(),
            cause,
            rolled_back: Vec::new(),
            left_behind: Vec::new(),
            maybe_created: Vec::new(),
            kept: Vec::new(),
        }
    }
}

impl fmt::Display for ProvisioningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: provisioning failed at step `{}`: {}",
            self.vendor, self.failed_step, self.cause
        )?;
        if !self.rolled_back.is_empty() {
            write!(f, "; rolled back {} resource(s)", self.rolled_back.len())?;
        }
        if !self.maybe_created.is_empty() {
            f.write_str("; MAY EXIST (answer lost; look up by name before retrying): ")?;
            for (i, step) in self.maybe_created.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{step}")?;
            }
        }
        if !self.kept.is_empty() {
            f.write_str("; kept for the next ensure: ")?;
            for (i, step) in self.kept.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{step}")?;
            }
        }
        if self.left_behind.is_empty() {
            if self.maybe_created.is_empty() && self.kept.is_empty() {
                f.write_str("; nothing left behind")?;
            }
        } else {
            f.write_str("; LEFT BEHIND (delete by hand): ")?;
            for (i, (step, err)) in self.left_behind.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{step} ({err})")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for ProvisioningError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.cause)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_vendor_operation_status_and_attempts() {
        let err = Error::Unavailable(
            VendorError::new(Vendor::Plivo, "get_trunk", "service unavailable")
                .with_status(503)
                .with_attempts(4),
        );
        assert_eq!(
            err.to_string(),
            "vendor unavailable: plivo get_trunk (HTTP 503): service unavailable (after 4 attempts)"
        );
        assert!(err.is_transient());
        assert_eq!(err.status(), Some(503));
        let invalid = Error::invalid(
            Vendor::Plivo,
            "origination_uris",
            "an inbound trunk needs one",
        );
        assert_eq!(
            invalid.to_string(),
            "invalid request (field `origination_uris`): an inbound trunk needs one"
        );
    }
}
