//! Machinery every adapter shares: running a generated-client call with its retry report,
//! mapping vendor errors to [`Error`] by meaning, and streaming pages.

use std::future::Future;
use std::time::Duration;

use futures::StreamExt;
use futures::future::Either;
use trunkline_core::CallReport;
use trunkline_core::paging::PagingError;

use crate::provider::BoxStream;
use crate::{Error, Result, Vendor, VendorError};

/// What an adapter knows about its vendor's error body.
pub(crate) trait ErrorBody {
    /// The vendor's human-readable message, if the body has one.
    fn message(&self) -> Option<String>;
    /// The vendor's error code, if the body has one.
    fn code(&self) -> Option<String> {
        None
    }
}

impl ErrorBody for () {
    fn message(&self) -> Option<String> {
        None
    }
}

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

/// Checks caller-given ids that go into a URL path, before anything is sent.
///
/// The generated clients percent-encode path parameters (`/`, `?`, `#`, `%`, `\`, spaces,
/// control characters and non-ASCII cannot add segments or end the path), but `.`, `..` and the
/// empty id are resolved away by URL parsing (trunkline-core's path check refuses those too).
/// They are refused here with the field named. Ids with a backslash are refused as well: the
/// clients would send them encoded, but no vendor issues such ids, and a caller passing one is
/// almost certainly building a path by hand. Every other id is sent encoded as one segment.
pub(crate) fn check_path_ids(vendor: Vendor, ids: &[(&str, &str)]) -> Result<()> {
    for (field, id) in ids {
        let problem = if id.is_empty() {
            "is empty, which would address a different resource"
        } else if *id == "." || *id == ".." {
            "is a dot segment (`.` or `..`), which would address a different resource"
        } else if id.contains('\\') {
            "contains a backslash, which URL parsing reads as `/`: it would address a different resource"
        } else {
            continue;
        };
        return Err(Error::invalid(
            vendor,
            field,
            format!("the {field} {problem}"),
        ));
    }
    Ok(())
}

/// Refuses a text longer than a limit the vendor documents (in characters), naming the field,
/// before anything is sent.
pub(crate) fn check_max_chars(vendor: Vendor, field: &str, value: &str, max: usize) -> Result<()> {
    let count = value.chars().count();
    if count > max {
        return Err(Error::invalid(
            vendor,
            field,
            format!("{vendor} allows at most {max} characters, got {count}"),
        ));
    }
    Ok(())
}

/// Runs one generated-client call and maps its error.
pub(crate) async fn call<T, E, F>(vendor: Vendor, operation: &'static str, future: F) -> Result<T>
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
        Err(err) => Err(map_error(vendor, operation, err, report.as_ref()).await),
    }
}

/// Maps a generated client's error to [`Error`] by meaning.
pub(crate) async fn map_error<E: ErrorBody>(
    vendor: Vendor,
    operation: &'static str,
    error: progenitor_client::Error<E>,
    report: Option<&CallReport>,
) -> Error {
    use progenitor_client::Error as P;
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
            let bytes = response.bytes().await.unwrap_or_default();
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

/// The semantic error for a vendor's HTTP status.
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

/// Turns a vendor crate's paging stream (items or [`PagingError`]s of the generated client's
/// error) into a facade stream: each item mapped by `map`, a fetch error mapped by meaning with
/// the retry report of the request that failed, a cursor loop as [`Error::Decode`]. Ends after
/// the first error.
pub(crate) fn vendor_stream<'a, T, U, E, S, M>(
    vendor: Vendor,
    operation: &'static str,
    stream: S,
    mut map: M,
) -> BoxStream<'a, Result<U>>
where
    S: futures::Stream<Item = std::result::Result<T, PagingError<progenitor_client::Error<E>>>>
        + Send
        + 'a,
    T: Send + 'a,
    U: Send + 'a,
    E: ErrorBody + std::fmt::Debug + Send + 'static,
    M: FnMut(T) -> Result<U> + Send + 'a,
    progenitor_client::Error<E>: std::error::Error,
{
    let mapped = trunkline_core::observe_stream(stream)
        .then(move |(item, report)| {
            let result = match item {
                Ok(item) => Either::Left(map(item)),
                Err(err) => Either::Right((err, report)),
            };
            async move {
                match result {
                    Either::Left(mapped) => mapped,
                    Either::Right((PagingError::Fetch(err), report)) => {
                        Err(map_error(vendor, operation, err, report.as_ref()).await)
                    }
                    Either::Right((PagingError::CursorLoop(cursor), _)) => Err(Error::Decode {
                        excerpt: cursor.cursor.clone(),
                        source: VendorError::new(vendor, operation, cursor.to_string()),
                    }),
                }
            }
        })
        .scan(false, |failed, item| {
            // Stop after the first error, whatever the inner stream would do next.
            if *failed {
                return futures::future::ready(None);
            }
            *failed = item.is_err();
            futures::future::ready(Some(item))
        });
    Box::pin(mapped)
}

/// Deletes a resource a multi-step call created before a later step failed, and builds the
/// [`Error::Provisioning`] that says so: the failed step, its cause, and the created resource
/// as rolled back or, if the delete failed too, left behind.
pub(crate) async fn undo_created(
    vendor: Vendor,
    created: crate::Step,
    failed_step: String,
    cause: Error,
    delete: impl std::future::Future<Output = Result<()>>,
) -> Error {
    let (rolled_back, left_behind) = match delete.await {
        Ok(()) => (vec![created], Vec::new()),
        Err(err) => (Vec::new(), vec![(created, err)]),
    };
    Error::Provisioning(Box::new(crate::ProvisioningError {
        vendor,
        failed_step,
        cause,
        rolled_back,
        left_behind,
    }))
}

/// `Err(NotSupported)` when `unsupported` holds: a shorthand for the field-by-field checks of
/// what a vendor cannot store.
pub(crate) fn refuse_if(
    unsupported: bool,
    vendor: Vendor,
    operation: crate::Operation,
    reason: &str,
) -> Result<()> {
    if unsupported {
        Err(Error::not_supported(vendor, operation.as_str(), reason))
    } else {
        Ok(())
    }
}

/// The provider struct of a vendor and its constructors, the same for every vendor: explicit
/// credentials, a config with an optional origin override, the environment, or a typed client.
macro_rules! provider {
    (
        $(#[$meta:meta])*
        $name:ident, $krate:ident, $vendor:literal, $origin:literal, $env:literal
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug)]
        pub struct $name {
            client: $krate::Client,
        }

        impl $name {
            #[doc = concat!("A provider for an account on `", $origin, "` (account id and auth token), with default retries and timeouts.")]
            pub fn new(account: &str, auth_token: impl Into<$crate::SecretString>) -> $crate::Result<Self> {
                Self::with_config(account, auth_token, None, $crate::ClientConfig::default())
            }

            /// A provider with an origin override (a proxy, the emulator) and shared settings
            /// (retry policy, timeouts).
            pub fn with_config(
                account: &str,
                auth_token: impl Into<$crate::SecretString>,
                base_url: Option<&str>,
                config: $crate::ClientConfig,
            ) -> $crate::Result<Self> {
                let mut builder = $krate::ClientBuilder::new(account, auth_token).config(config);
                if let Some(base_url) = base_url {
                    builder = builder.base_url(base_url);
                }
                Ok(Self::from_client(builder.build()?))
            }

            #[doc = concat!("A provider from ", $env, ".")]
            pub fn from_env() -> $crate::Result<Self> {
                Ok(Self::from_client($krate::Client::from_env()?))
            }

            /// A provider around an existing typed client (any base URL, any auth mode it has).
            pub fn from_client(client: $krate::Client) -> Self {
                Self { client }
            }

            #[doc = concat!("The typed ", $vendor, " client, for everything the vendor-neutral model leaves out.")]
            pub fn client(&self) -> &$krate::Client {
                &self.client
            }

            fn unsupported<T: Send + 'static>(
                operation: $crate::Operation,
                reason: &str,
            ) -> $crate::BoxFuture<'static, $crate::Result<T>> {
                let error = $crate::Error::not_supported(VENDOR, operation.as_str(), reason);
                Box::pin(async move { Err(error) })
            }
        }
    };
}
pub(crate) use provider;

/// A stream of the items one future fetches all at once (a trunk's primary and fallback URIs):
/// its items, or its error as the only item.
pub(crate) fn stream_of<'a, T: Send + 'a>(
    items: impl std::future::Future<Output = Result<Vec<T>>> + Send + 'a,
) -> BoxStream<'a, Result<T>> {
    Box::pin(
        futures::stream::once(items)
            .map(|result| match result {
                Ok(items) => futures::stream::iter(items.into_iter().map(Ok)).left_stream(),
                Err(err) => futures::stream::iter([Err(err)]).right_stream(),
            })
            .flatten(),
    )
}

/// Whether a trunk's single slot (Plivo and Vobiz trunks hold one credential, one IP list)
/// must be set to `wanted`: `false` when it already holds it, an `Err(NotSupported)` when it
/// holds something else, `true` when it is empty.
pub(crate) fn fill_single_slot(
    vendor: Vendor,
    operation: crate::Operation,
    what: &str,
    trunk: &crate::TrunkId,
    existing: Option<&str>,
    wanted: &str,
) -> Result<bool> {
    match existing {
        Some(existing) if existing == wanted => Ok(false),
        Some(existing) => Err(Error::not_supported(
            vendor,
            operation.as_str(),
            format!("a {vendor} trunk takes one {what} and {trunk} already has {existing}"),
        )),
        None => Ok(true),
    }
}

/// The one credential of a list, for vendors whose credential object is a single
/// username/password (Plivo, Vobiz): none or several are refused, naming the field; so are an
/// empty username or password.
pub(crate) fn single_credential(
    vendor: Vendor,
    list: &crate::NewCredentialList,
) -> Result<&crate::NewCredential> {
    let [credential] = list.credentials.as_slice() else {
        return Err(if list.credentials.is_empty() {
            Error::invalid(
                vendor,
                "credentials",
                format!("a {vendor} credential needs a username and password"),
            )
        } else {
            Error::not_supported(
                vendor,
                crate::Operation::CreateCredentialList.as_str(),
                format!(
                    "a {vendor} credential holds exactly one username; create one list per username"
                ),
            )
        });
    };
    if credential.username.trim().is_empty() {
        return Err(Error::invalid(
            vendor,
            "credentials[0].username",
            "empty username",
        ));
    }
    if credential.password.is_empty() {
        return Err(Error::invalid(
            vendor,
            "credentials[0].password",
            "empty password",
        ));
    }
    Ok(credential)
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

    #[test]
    fn path_ids_that_would_change_the_path_are_refused_naming_the_field() {
        for bad in ["", ".", "..", "a\\..\\b", "\\"] {
            let err = check_path_ids(Vendor::Plivo, &[("trunk", "ok"), ("id", bad)]).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidRequest { field: Some(f), vendor_error: None, .. } if f == "id"),
                "{bad:?}: {err:?}"
            );
        }
        for fine in [
            "a/b",
            "...",
            "a..b",
            "%2e%2e",
            "ünï",
            "x".repeat(10_000).as_str(),
        ] {
            assert!(
                check_path_ids(Vendor::Plivo, &[("id", fine)]).is_ok(),
                "{fine:?}"
            );
        }
    }
}
