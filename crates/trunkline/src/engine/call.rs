//! Running one generated-client call: its retry report collected, its error mapped to
//! [`Error`] by meaning, named after the vendor operation the runtime recorded.

use std::future::Future;
use std::time::Duration;

use trunkline_core::{CallReport, ErrorBody};

use crate::{Error, Result, Vendor, VendorError};

/// Bounded excerpt of a body for error messages: at most 512 bytes, lossy UTF-8.
pub(crate) fn excerpt(bytes: &[u8]) -> String {
    const MAX: usize = 512;
    let cut = &bytes[..bytes.len().min(MAX)];
    let mut text = String::from_utf8_lossy(cut).into_owned();
    if bytes.len() > MAX {
        text.push('…');
    }
    text
}

/// Longest message kept in a [`VendorError`]: vendor messages, decoder messages and transport
/// errors can quote a body or a URL of any size (a 10,000-character id, a 2 MB string where a
/// number belongs); errors stay small whatever the input.
const MAX_MESSAGE: usize = 1024;

/// `text` cut to [`MAX_MESSAGE`] bytes: its start and its end (where decoders say *where*),
/// joined by `…`.
pub(crate) fn bounded(text: String) -> String {
    if text.len() <= MAX_MESSAGE {
        return text;
    }
    let mut head = MAX_MESSAGE * 3 / 4;
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    let mut tail = text.len() - MAX_MESSAGE / 4;
    while !text.is_char_boundary(tail) {
        tail += 1;
    }
    format!("{} … {}", &text[..head], &text[tail..])
}

/// Runs one generated-client call and maps its error.
pub(crate) async fn call<T, E, F>(vendor: Vendor, future: F) -> Result<T>
where
    F: Future<
        Output = std::result::Result<
            progenitor_client::ResponseValue<T>,
            progenitor_client::Error<E>,
        >,
    >,
    E: ErrorBody,
{
    let (result, report) = trunkline_core::observe(future).await;
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(err) => Err(map_error(vendor, err, report.as_ref()).await),
    }
}

/// Maps a generated client's error to [`Error`] by meaning. The operation is the one the
/// runtime recorded (the spec's `operationId`); a call that never reached the runtime's hook
/// leaves it empty, for the engine to name after the facade operation.
pub(crate) async fn map_error<E: ErrorBody>(
    vendor: Vendor,
    error: progenitor_client::Error<E>,
    report: Option<&CallReport>,
) -> Error {
    use progenitor_client::Error as P;
    let operation = report.map_or("", |r| r.operation_id);
    let base =
        |message: String| VendorError::new(vendor, operation, bounded(message)).with_report(report);
    match error {
        P::InvalidRequest(reason) => Error::InvalidRequest {
            vendor,
            field: None,
            reason: bounded(reason),
            vendor_error: None,
        },
        P::ErrorResponse(response) => {
            let status = response.status().as_u16();
            let retry_after = retry_after(response.headers(), report);
            let body = response.into_inner();
            let mut detail = base(
                body.message()
                    .unwrap_or_else(|| format!("HTTP {status} without a message")),
            )
            .with_status(status);
            if let Some(code) = body.code() {
                detail = detail.with_code(code);
            }
            by_status(vendor, status, detail, retry_after)
        }
        P::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            let retry_after = retry_after(response.headers(), report);
            let bytes = match response.bytes().await {
                Ok(bytes) => bytes,
                // The body broke off: say so, as for an expected status.
                Err(err) => {
                    return transport(base, report, &err, "reading the response body failed");
                }
            };
            let detail =
                base(format!("unexpected response: {}", excerpt(&bytes))).with_status(status);
            if (200..300).contains(&status) {
                Error::Decode {
                    excerpt: excerpt(&bytes),
                    source: detail,
                }
            } else {
                by_status(vendor, status, detail, retry_after)
            }
        }
        P::InvalidResponsePayload(bytes, err) => match report.and_then(|r| r.status) {
            // An error status whose body is not the vendor's error format (a proxy's HTML
            // page, an empty 503 from a load balancer): the status says what happened, and a
            // 502 must stay transient and outcome-unknown rather than become a decode error.
            Some(status) if status >= 400 => {
                let detail = base(format!(
                    "HTTP {status} with a body that is not {vendor}'s error format: {}",
                    excerpt(&bytes)
                ));
                by_status(vendor, status, detail, report.and_then(|r| r.retry_after))
            }
            _ => Error::Decode {
                excerpt: excerpt(&bytes),
                source: base(format!("the body does not match the API's schema: {err}")),
            },
        },
        P::ResponseBodyError(err) => {
            transport(base, report, &err, "reading the response body failed")
        }
        P::CommunicationError(err) => transport(base, report, &err, "the request failed"),
        P::InvalidUpgrade(err) => Error::Unavailable(base(format!("invalid upgrade: {err}"))),
        P::Custom(message) => Error::Unavailable(base(message)),
    }
}

fn transport(
    base: impl Fn(String) -> VendorError,
    report: Option<&CallReport>,
    err: &reqwest::Error,
    what: &str,
) -> Error {
    // reqwest's Display can include the URL; it carries ids, never credentials.
    let detail = base(format!("{what}: {}", error_chain(err)));
    if let Some(kind) = report.and_then(|r| r.timeout) {
        return Error::Timeout {
            kind,
            elapsed: report.map(|r| r.elapsed).unwrap_or_default(),
            source: detail,
        };
    }
    if err.is_timeout() {
        return Error::Timeout {
            kind: trunkline_core::TimeoutKind::Attempt,
            elapsed: report.map(|r| r.elapsed).unwrap_or_default(),
            source: detail,
        };
    }
    if err.is_decode() || err.is_body() {
        // The status line and headers arrived, the body broke off. (The HTTP client keeps
        // none of a body it could not finish, so there is no excerpt.)
        let status = report.and_then(|r| r.status);
        let detail = base(format!(
            "the response body broke off before its end: {}",
            error_chain(err)
        ));
        return match status {
            Some(status) if status >= 400 => by_status(
                detail.vendor,
                status,
                detail,
                report.and_then(|r| r.retry_after),
            ),
            _ => Error::Decode {
                excerpt: String::new(),
                source: detail,
            },
        };
    }
    Error::Unavailable(detail)
}

fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn retry_after(
    headers: &reqwest::header::HeaderMap,
    report: Option<&CallReport>,
) -> Option<Duration> {
    report.and_then(|r| r.retry_after).or_else(|| {
        headers
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| trunkline_core::retry::parse_retry_after(v, std::time::SystemTime::now()))
    })
}

/// Whether a vendor's message says the request collides with something that exists: how
/// vendors that answer duplicates with a plain 400 (Twilio: `DomainName … is already in use by
/// another trunk`, `Username … already exists in credential list …`) say so.
fn says_duplicate(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    [
        "already exists",
        "already in use",
        "already associated",
        "already taken",
    ]
    .iter()
    .any(|phrase| message.contains(phrase))
}

/// The semantic error for a vendor's HTTP status. One rule for every vendor and call: a 409,
/// or any other 4xx whose message says the value is taken, is [`Error::AlreadyExists`].
pub(crate) fn by_status(
    vendor: Vendor,
    status: u16,
    detail: VendorError,
    retry_after: Option<Duration>,
) -> Error {
    match status {
        401 => Error::Unauthenticated(detail),
        403 => Error::PermissionDenied(detail),
        404 => Error::NotFound(detail),
        409 => Error::AlreadyExists(detail),
        400..=499 if status != 429 && says_duplicate(&detail.message) => {
            Error::AlreadyExists(detail)
        }
        429 => Error::RateLimited {
            retry_after,
            source: detail,
        },
        400..=499 => Error::InvalidRequest {
            vendor,
            field: None,
            reason: detail.message.clone(),
            vendor_error: Some(Box::new(detail)),
        },
        _ => Error::Unavailable(detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_bounded_on_char_boundaries_keeping_both_ends() {
        let short = "plain message".to_owned();
        assert_eq!(bounded(short.clone()), short);
        let long = format!(
            "invalid type: string \"{}\", expected a boolean",
            "é".repeat(5000)
        );
        let cut = bounded(long);
        assert!(cut.len() <= MAX_MESSAGE + " … ".len(), "{}", cut.len());
        assert!(cut.starts_with("invalid type: string"));
        assert!(cut.ends_with("expected a boolean"));
    }
}
