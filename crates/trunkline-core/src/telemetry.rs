//! What the retry loop tells the outside world about a call: the `tracing` span every call runs
//! in, with fields named after OpenTelemetry's HTTP client semantic conventions, and (feature
//! `metrics`) counters and histograms through the [`metrics`](https://docs.rs/metrics) crate.
//!
//! # The span
//!
//! One span per call (all its attempts), named `trunkline.operation`, at `INFO`, target
//! `trunkline_core::runtime`:
//!
//! | field | value |
//! | --- | --- |
//! | `otel.name` | `{METHOD} {url.template}`, e.g. `GET /Trunk/{trunk_id}/` (no ids) |
//! | `otel.kind` | `client` |
//! | `http.request.method` | `GET`, `POST`, … |
//! | `server.address`, `server.port` | host and port of the request |
//! | `url.template` | the operation's path template from the spec, relative to the API base |
//! | `trunkline.vendor`, `trunkline.operation` | `plivo`, `list_trunks` |
//! | `http.response.status_code` | status of the last response, if there was one |
//! | `http.request.resend_count` | attempts after the first (`0`: sent once) |
//! | `error.type` | the status (`"503"`) of a final 4xx/5xx, or `timeout`, `connect_error`, `transport_error`; absent on success |
//! | `attempts`, `latency_ms` | attempts made and the call's duration, on Tokio's clock |
//!
//! No field holds a header, a body, a query string or the full URL (which carries account and
//! resource ids), so never a secret. With `tracing-opentelemetry`, `otel.name` and `otel.kind`
//! become the exported span's name and kind, and the other fields its attributes.
//!
//! # Metrics (feature `metrics`)
//!
//! Recorded on whatever recorder the application installed (`metrics::set_global_recorder`,
//! an exporter such as `metrics-exporter-prometheus`); with none installed they cost a check.
//! Labels: `vendor`, `operation` and `status` (the HTTP status, or `timeout`, `connect_error`,
//! `transport_error` when there was no response).
//!
//! | metric | kind | one per |
//! | --- | --- | --- |
//! | `trunkline_client_requests_total` | counter | HTTP request sent (every attempt) |
//! | `trunkline_client_retries_total` | counter | retry (labelled with the status that caused it) |
//! | `trunkline_client_request_duration_seconds` | histogram | HTTP request (one attempt) |
//! | `trunkline_client_operation_duration_seconds` | histogram | call (all attempts and waits) |

use std::time::Duration;

use crate::retry::AttemptOutcome;

/// The span of one call of `operation_id` (path template `template`, if the operation is in
/// the generated table) sending `request`.
pub(crate) fn operation_span(
    vendor: &'static str,
    operation_id: &'static str,
    template: Option<&'static str>,
    request: &reqwest::Request,
) -> tracing::Span {
    let url = request.url();
    let method = request.method();
    // The runtime's target, as before the span moved here: filters keep working.
    tracing::info_span!(
        target: "trunkline_core::runtime",
        "trunkline.operation",
        otel.name = %format_args!("{} {}", method, template.unwrap_or(operation_id)),
        otel.kind = "client",
        http.request.method = %method,
        server.address = url.host_str().unwrap_or_default(),
        server.port = url.port_or_known_default(),
        url.template = template,
        trunkline.vendor = vendor,
        trunkline.operation = operation_id,
        http.response.status_code = tracing::field::Empty,
        http.request.resend_count = tracing::field::Empty,
        error.type = tracing::field::Empty,
        attempts = tracing::field::Empty,
        latency_ms = tracing::field::Empty,
    )
}

/// The low-cardinality name of how an attempt ended: its status, or the kind of failure.
pub(crate) fn status_label(outcome: &AttemptOutcome) -> std::borrow::Cow<'static, str> {
    match outcome {
        AttemptOutcome::Response { status, .. } => status.to_string().into(),
        AttemptOutcome::TimedOut => "timeout".into(),
        AttemptOutcome::ConnectFailed => "connect_error".into(),
        AttemptOutcome::TransportFailed => "transport_error".into(),
    }
}

/// Records the end of a call on the current span (the call's) and, with `metrics`, its
/// duration.
pub(crate) fn call_finished(
    vendor: &'static str,
    operation_id: &'static str,
    outcome: &AttemptOutcome,
    attempts: u32,
    elapsed: Duration,
) {
    let span = tracing::Span::current();
    span.record("attempts", attempts);
    span.record("http.request.resend_count", attempts.saturating_sub(1));
    span.record(
        "latency_ms",
        u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX),
    );
    match outcome {
        AttemptOutcome::Response { status, .. } => {
            span.record("http.response.status_code", *status);
            if *status >= 400 {
                span.record("error.type", status_label(outcome).as_ref());
            }
        }
        other => {
            span.record("error.type", status_label(other).as_ref());
        }
    }
    #[cfg(feature = "metrics")]
    metrics::histogram!(
        "trunkline_client_operation_duration_seconds",
        "vendor" => vendor,
        "operation" => operation_id,
        "status" => status_label(outcome),
    )
    .record(elapsed.as_secs_f64());
    #[cfg(not(feature = "metrics"))]
    let _ = (vendor, operation_id);
}

/// Counts one HTTP request (an attempt) and its duration (feature `metrics`).
pub(crate) fn attempt_finished(
    vendor: &'static str,
    operation_id: &'static str,
    outcome: &AttemptOutcome,
    latency: Duration,
) {
    #[cfg(feature = "metrics")]
    {
        let labels = [
            ("vendor", std::borrow::Cow::Borrowed(vendor)),
            ("operation", std::borrow::Cow::Borrowed(operation_id)),
            ("status", status_label(outcome)),
        ];
        metrics::counter!("trunkline_client_requests_total", &labels).increment(1);
        metrics::histogram!("trunkline_client_request_duration_seconds", &labels)
            .record(latency.as_secs_f64());
    }
    #[cfg(not(feature = "metrics"))]
    let _ = (vendor, operation_id, outcome, latency);
}

/// Counts one retry of an attempt that ended with `outcome` (feature `metrics`).
pub(crate) fn retrying(vendor: &'static str, operation_id: &'static str, outcome: &AttemptOutcome) {
    #[cfg(feature = "metrics")]
    metrics::counter!(
        "trunkline_client_retries_total",
        "vendor" => vendor,
        "operation" => operation_id,
        "status" => status_label(outcome),
    )
    .increment(1);
    #[cfg(not(feature = "metrics"))]
    let _ = (vendor, operation_id, outcome);
}
