//! Client configuration shared by every vendor crate: timeouts, retry policy, base URLs,
//! credentials from the environment.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use url::Url;

use crate::{RateLimit, RetryPolicy, SystemTimeSource, TimeSource};

/// The three timeouts of a call.
///
/// - `connect`: establishing a TCP (+TLS) connection.
/// - `attempt`: one HTTP request from sending to the last byte of the response.
/// - `operation`: the whole call, every retry and every wait between them included.
///
/// ```
/// use std::time::Duration;
/// use trunkline_core::Timeouts;
///
/// let t = Timeouts::default().with_attempt(Duration::from_secs(5));
/// assert_eq!(t.attempt(), Duration::from_secs(5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    connect: Duration,
    attempt: Duration,
    operation: Duration,
}

impl Default for Timeouts {
    /// Connect 10 s, attempt 30 s, operation 120 s.
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            operation: Duration::from_secs(120),
        }
    }
}

impl Timeouts {
    /// Sets the connect timeout.
    pub fn with_connect(mut self, timeout: Duration) -> Self {
        self.connect = timeout;
        self
    }

    /// Sets the per-attempt timeout.
    pub fn with_attempt(mut self, timeout: Duration) -> Self {
        self.attempt = timeout;
        self
    }

    /// Sets the whole-operation timeout (all attempts and waits).
    pub fn with_operation(mut self, timeout: Duration) -> Self {
        self.operation = timeout;
        self
    }

    /// Connect timeout.
    pub fn connect(&self) -> Duration {
        self.connect
    }

    /// Per-attempt timeout.
    pub fn attempt(&self) -> Duration {
        self.attempt
    }

    /// Whole-operation timeout.
    pub fn operation(&self) -> Duration {
        self.operation
    }
}

/// Settings every vendor client takes: retry policy, timeouts, base-URL safety, user agent,
/// client-side rate limit and concurrency, and optionally the HTTP client itself.
///
/// ```
/// use std::time::Duration;
/// use trunkline_core::{ClientConfig, RateLimit, RetryPolicy};
///
/// let config = ClientConfig::default()
///     .with_retry(RetryPolicy::never())
///     // At most 10 requests a second (bursts of 5) and 4 in flight, per client.
///     .with_rate_limit(RateLimit::per_second(10).with_burst(5))
///     .with_max_concurrency(4);
/// assert_eq!(config.retry().max_attempts(), 1);
/// assert_eq!(config.rate_limit().unwrap().interval(), Duration::from_millis(100));
/// assert_eq!(config.max_concurrency(), Some(4));
/// ```
///
/// `Debug` shows a caller's HTTP client only as present: its default headers may hold secrets.
#[derive(Clone, Default)]
pub struct ClientConfig {
    retry: RetryPolicy,
    timeouts: Timeouts,
    allow_insecure_http: bool,
    user_agent: Option<String>,
    time_source: Option<Arc<dyn TimeSource>>,
    http_client: Option<reqwest::Client>,
    rate_limit: Option<RateLimit>,
    max_concurrency: Option<usize>,
}

impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("user_agent", &self.user_agent)
            .field("time_source", &self.time_source)
            .field(
                "http_client",
                &self
                    .http_client
                    .as_ref()
                    .map(|_| "<caller's reqwest::Client>"),
            )
            .field("rate_limit", &self.rate_limit)
            .field("max_concurrency", &self.max_concurrency)
            .finish()
    }
}

impl ClientConfig {
    /// Sets the retry policy.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Sets the timeouts.
    pub fn with_timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// Allows a plain `http://` base URL on a host that is not loopback. Off by default, because
    /// every request carries the account's credentials: over plain HTTP anyone on the path can
    /// read them. Loopback (`127.0.0.0/8`, `::1`, `localhost`) is always allowed, for emulators.
    pub fn with_insecure_http_allowed(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Appends a product token to the `User-Agent` header (`trunkline/<version> <yours>`).
    pub fn with_user_agent(mut self, product: impl Into<String>) -> Self {
        self.user_agent = Some(product.into());
        self
    }

    /// Sets where the client reads the wall-clock time, which it only needs to turn a
    /// `Retry-After` HTTP date into a wait (default: [`SystemTimeSource`]). Waits and timeouts
    /// run on Tokio's clock: see [`TimeSource`] for why, and for how tests control both.
    pub fn with_time_source(mut self, source: impl TimeSource + 'static) -> Self {
        self.time_source = Some(Arc::new(source));
        self
    }

    /// Sends every request through `client`, a `reqwest::Client` you built: your TLS roots or
    /// client certificate (mTLS), DNS resolver, proxy, default headers, connection pool.
    ///
    /// trunkline still does everything it does per request: authentication (added to each
    /// request, never stored in the client), retries, the attempt timeout (set on each request,
    /// replacing the client's own `timeout`), the operation deadline, the rate limit and
    /// concurrency bound, tracing and metrics. What belongs to the client is yours: its connect
    /// timeout, `User-Agent` ([`ClientConfig::with_user_agent`] and
    /// [`Timeouts::connect`] only shape clients trunkline builds), pooling and TLS.
    ///
    /// A secret in the client's default headers (a gateway key) should be marked sensitive
    /// (`HeaderValue::set_sensitive(true)`): reqwest's `Debug` of a client prints its default
    /// headers, and so does the `Debug` of a vendor client holding it. `ClientConfig`'s own
    /// `Debug` never shows the client.
    ///
    /// ```no_run
    /// use trunkline_core::ClientConfig;
    ///
    /// # fn demo() -> Result<(), Box<dyn std::error::Error>> {
    /// // A private CA and a client certificate (mTLS), with rustls.
    /// let ca = reqwest::Certificate::from_pem(&std::fs::read("carrier-ca.pem")?)?;
    /// let identity = reqwest::Identity::from_pem(&std::fs::read("client-cert-and-key.pem")?)?;
    /// let http = reqwest::Client::builder()
    ///     .tls_certs_merge([ca])
    ///     .identity(identity)
    ///     .connect_timeout(std::time::Duration::from_secs(5))
    ///     .user_agent("my-pbx/2.0")
    ///     .build()?;
    /// let config = ClientConfig::default().with_http_client(http);
    /// # let _ = config; Ok(()) }
    /// ```
    pub fn with_http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Paces requests on the client side: at most [`RateLimit`]'s rate, so a burst of calls
    /// queues instead of collecting the carrier's 429s. Every attempt (retries included)
    /// takes one token. The budget belongs to the client built from this config and is shared
    /// by its clones (a provider and every stream it returns); two clients built from one
    /// config each have their own. Waits run on Tokio's clock and count against the operation
    /// timeout; a call dropped while it waits gives its turn up unused.
    pub fn with_rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// Bounds the requests the client has in flight at once (from sending to the response
    /// head; the body is read after). Further requests wait their turn, in order. Shared like
    /// [`ClientConfig::with_rate_limit`]. `0` is taken as `1`.
    pub fn with_max_concurrency(mut self, max: usize) -> Self {
        self.max_concurrency = Some(max.max(1));
        self
    }

    /// The retry policy.
    pub fn retry(&self) -> RetryPolicy {
        self.retry
    }

    /// The client-side rate limit, if any.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.rate_limit
    }

    /// The bound on requests in flight, if any.
    pub fn max_concurrency(&self) -> Option<usize> {
        self.max_concurrency
    }

    /// Whether requests go through a client given to [`ClientConfig::with_http_client`].
    pub fn has_custom_http_client(&self) -> bool {
        self.http_client.is_some()
    }

    /// The wall clock the client reads (see [`ClientConfig::with_time_source`]).
    pub fn time_source(&self) -> Arc<dyn TimeSource> {
        self.time_source
            .clone()
            .unwrap_or_else(|| Arc::new(SystemTimeSource))
    }

    /// The timeouts.
    pub fn timeouts(&self) -> Timeouts {
        self.timeouts
    }

    /// Whether plain `http://` to a non-loopback host is allowed.
    pub fn insecure_http_allowed(&self) -> bool {
        self.allow_insecure_http
    }

    /// The `User-Agent` header value the clients send.
    pub fn user_agent_header(&self) -> String {
        let base = concat!("trunkline/", env!("CARGO_PKG_VERSION"));
        match &self.user_agent {
            Some(extra) if !extra.trim().is_empty() => format!("{base} {}", extra.trim()),
            _ => base.to_owned(),
        }
    }

    /// The HTTP client: the one given to [`ClientConfig::with_http_client`] (a cheap clone,
    /// sharing its pool), or else a new one with the connect timeout, connection pooling,
    /// keep-alive and `User-Agent`. Per-attempt timeouts are set per request by the retry
    /// loop, not here; so is compression, for either client: every request asks for
    /// `Accept-Encoding: gzip` (unless it names its own codings) and trunkline decodes a
    /// compressed response itself, in one pass over the whole body (reqwest's own decoding is
    /// switched off on the client built here; on a given client that decodes, the response
    /// arrives decoded and is left alone).
    pub fn http_client(&self) -> Result<reqwest::Client, ConfigError> {
        if let Some(client) = &self.http_client {
            return Ok(client.clone());
        }
        reqwest::Client::builder()
            .connect_timeout(self.timeouts.connect)
            .pool_idle_timeout(Duration::from_secs(90))
            .tcp_nodelay(true)
            .user_agent(self.user_agent_header())
            // trunkline decodes compressed bodies itself (`content_coding`), whatever
            // reqwest features another crate of the build switches on.
            .no_gzip()
            .no_brotli()
            .no_zstd()
            .no_deflate()
            .build()
            .map_err(|err| ConfigError::HttpClient(err.to_string()))
    }
}

/// A configuration problem found before any request is sent.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// A required environment variable is not set.
    #[error("environment variable {name} is not set")]
    MissingEnv {
        /// The variable's name.
        name: String,
    },
    /// A required environment variable is set but empty (or only whitespace).
    #[error("environment variable {name} is empty")]
    EmptyEnv {
        /// The variable's name.
        name: String,
    },
    /// An environment variable holds a value that cannot be used.
    #[error("environment variable {name}: {reason}")]
    InvalidEnv {
        /// The variable's name.
        name: String,
        /// What is wrong with its value (never the value of a secret).
        reason: String,
    },
    /// An environment variable holds bytes that are not valid Unicode.
    #[error("environment variable {name} is not valid Unicode")]
    NonUnicodeEnv {
        /// The variable's name.
        name: String,
    },
    /// A credential is unusable (empty, or holds characters an HTTP header cannot carry).
    #[error("invalid {field}: {reason}")]
    InvalidCredential {
        /// Which credential (e.g. "Plivo auth id").
        field: String,
        /// What is wrong with it. Never contains the secret itself.
        reason: String,
    },
    /// The base URL cannot be used.
    #[error("invalid base URL {url:?}: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The HTTP client could not be built (e.g. no TLS backend).
    #[error("cannot build the HTTP client: {0}")]
    HttpClient(String),
}

/// Reads a required environment variable; missing, empty and non-Unicode values are errors that
/// name the variable.
///
/// ```
/// use trunkline_core::{env_var, ConfigError};
///
/// let err = env_var("TRUNKLINE_DOC_EXAMPLE_UNSET_VARIABLE").unwrap_err();
/// assert_eq!(err, ConfigError::MissingEnv { name: "TRUNKLINE_DOC_EXAMPLE_UNSET_VARIABLE".into() });
/// ```
pub fn env_var(name: &str) -> Result<String, ConfigError> {
    match std::env::var(name) {
        Ok(value) if value.trim().is_empty() => Err(ConfigError::EmptyEnv { name: name.into() }),
        Ok(value) => Ok(value.trim().to_owned()),
        Err(std::env::VarError::NotPresent) => Err(ConfigError::MissingEnv { name: name.into() }),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(ConfigError::NonUnicodeEnv { name: name.into() })
        }
    }
}

/// Reads an optional environment variable: unset or empty is `Ok(None)`.
pub fn optional_env_var(name: &str) -> Result<Option<String>, ConfigError> {
    match env_var(name) {
        Ok(value) => Ok(Some(value)),
        Err(ConfigError::MissingEnv { .. } | ConfigError::EmptyEnv { .. }) => Ok(None),
        Err(other) => Err(other),
    }
}

/// Reads two optional environment variables that only make sense together (an API key and its
/// secret): both set is `Some`, neither is `None`, and one without the other is the error of
/// the missing one (`MissingEnv` or `EmptyEnv`), naming it.
///
/// ```
/// use trunkline_core::{optional_env_pair, ConfigError};
///
/// assert_eq!(optional_env_pair("TRUNKLINE_DOC_UNSET_A", "TRUNKLINE_DOC_UNSET_B"), Ok(None));
/// ```
pub fn optional_env_pair(
    first: &str,
    second: &str,
) -> Result<Option<(String, String)>, ConfigError> {
    match (optional_env_var(first)?, optional_env_var(second)?) {
        (Some(a), Some(b)) => Ok(Some((a, b))),
        (None, None) => Ok(None),
        (Some(_), None) => Err(env_var(second).err().unwrap_or(ConfigError::MissingEnv {
            name: second.into(),
        })),
        (None, Some(_)) => Err(env_var(first)
            .err()
            .unwrap_or(ConfigError::MissingEnv { name: first.into() })),
    }
}

/// Checks a base URL (an origin such as `https://api.plivo.com`, optionally with a path
/// prefix for a proxy) and returns it without a trailing slash, ready for the generated client.
///
/// Plain `http://` is refused unless the host is loopback or `allow_insecure_http` is set, so a
/// misconfigured URL never sends credentials in clear text.
///
/// ```
/// use trunkline_core::checked_base_url;
///
/// assert_eq!(checked_base_url("https://api.plivo.com/", false).unwrap(), "https://api.plivo.com");
/// assert!(checked_base_url("http://127.0.0.1:8080", false).is_ok());
/// assert!(checked_base_url("http://api.plivo.com", false).is_err());
/// assert!(checked_base_url("http://api.plivo.com", true).is_ok());
/// ```
pub fn checked_base_url(raw: &str, allow_insecure_http: bool) -> Result<String, ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
        url: raw.to_owned(),
        reason: reason.to_owned(),
    };
    let url = Url::parse(raw.trim()).map_err(|err| invalid(&err.to_string()))?;
    if url.cannot_be_a_base() || url.host().is_none() {
        return Err(invalid("it has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(
            "it embeds credentials; pass them to the client constructor instead",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("it must not have a query or fragment"));
    }
    match url.scheme() {
        "https" => {}
        "http" if allow_insecure_http || is_loopback(&url) => {}
        "http" => {
            return Err(invalid(
                "plain http:// would send credentials in clear text; use https://, a loopback \
                 host, or allow insecure HTTP explicitly",
            ));
        }
        other => return Err(invalid(&format!("unsupported scheme {other:?}"))),
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// Whether the URL's host is a loopback address or `localhost`.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => {
            domain.eq_ignore_ascii_case("localhost") || domain.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls() {
        for ok in [
            "https://api.plivo.com",
            "https://api.plivo.com/",
            "https://proxy.example.com/plivo/",
            "http://127.0.0.1:1234",
            "http://localhost:80/x",
            "http://[::1]:9",
            "http://127.8.9.10",
        ] {
            assert!(checked_base_url(ok, false).is_ok(), "{ok}");
        }
        assert_eq!(
            checked_base_url("https://proxy.example.com/plivo/", false).unwrap(),
            "https://proxy.example.com/plivo"
        );
        for bad in [
            "",
            "api.plivo.com",
            "ftp://api.plivo.com",
            "http://api.plivo.com",
            "http://10.0.0.1",
            "https://user:pw@api.plivo.com",
            "https://api.plivo.com/?x=1",
            "mailto:a@b.c",
        ] {
            assert!(checked_base_url(bad, false).is_err(), "{bad}");
        }
        let err = checked_base_url("https://user:hunter2@api.plivo.com", false).unwrap_err();
        assert!(err.to_string().contains("embeds credentials"));
    }

    #[test]
    fn debug_never_shows_a_caller_clients_headers() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            "x-gateway-key",
            reqwest::header::HeaderValue::from_static("gateway-secret-123"),
        );
        let client = reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .unwrap();
        let config = ClientConfig::default()
            .with_http_client(client)
            .with_max_concurrency(0);
        let debug = format!("{config:?}");
        assert!(!debug.contains("gateway-secret-123"), "{debug}");
        assert!(debug.contains("<caller's reqwest::Client>"), "{debug}");
        assert!(debug.contains("max_concurrency: Some(1)"), "{debug}");
        assert!(config.has_custom_http_client());
        assert!(!ClientConfig::default().has_custom_http_client());
    }

    #[test]
    fn user_agent() {
        let config = ClientConfig::default().with_user_agent("my-pbx/1.2");
        assert!(config.user_agent_header().starts_with("trunkline/"));
        assert!(config.user_agent_header().ends_with(" my-pbx/1.2"));
    }
}

/// Everything a generated client is built from: its base URL (checked origin + the vendor's
/// path for this account), an HTTP client and a [`crate::Runtime`].
///
/// Vendor crates build one per API and hand its parts to the generated
/// `Client::new_with_client(&endpoint.base_url, endpoint.http, endpoint.runtime)`.
#[derive(Clone, Debug)]
pub struct Endpoint {
    /// Base URL of the generated client: origin (or proxy prefix) + account path, no trailing
    /// slash.
    pub base_url: String,
    /// HTTP client with the configured connect timeout and `User-Agent`.
    pub http: reqwest::Client,
    /// Credentials, retry policy and timeouts.
    pub runtime: crate::Runtime,
}

impl Endpoint {
    /// Checks `origin` (see [`checked_base_url`]), appends `account_path` (which must start with
    /// `/` and be already percent-encoded, see [`encode_path_segment`]) and builds the HTTP
    /// client and runtime.
    ///
    /// ```
    /// use trunkline_core::{Auth, ClientConfig, Endpoint, SecretString, encode_path_segment};
    ///
    /// let auth = Auth::basic("MA123", SecretString::from("token")).unwrap();
    /// let path = format!("/v1/Account/{}/Zentrunk", encode_path_segment("MA123"));
    /// let endpoint = Endpoint::new("plivo", "https://api.plivo.com/", &path, auth, &ClientConfig::default()).unwrap();
    /// assert_eq!(endpoint.base_url, "https://api.plivo.com/v1/Account/MA123/Zentrunk");
    /// ```
    pub fn new(
        vendor: &'static str,
        origin: &str,
        account_path: &str,
        auth: crate::Auth,
        config: &ClientConfig,
    ) -> Result<Self, ConfigError> {
        let origin = checked_base_url(origin, config.insecure_http_allowed())?;
        if !(account_path.is_empty() || account_path.starts_with('/')) {
            return Err(ConfigError::InvalidBaseUrl {
                url: account_path.to_owned(),
                reason: "the account path must start with '/'".to_owned(),
            });
        }
        Ok(Self {
            base_url: format!("{origin}{}", account_path.trim_end_matches('/')),
            http: config.http_client()?,
            runtime: crate::Runtime::new(vendor, auth, config),
        })
    }
}

/// Percent-encodes one path segment (an account id, a resource id) so that `/`, `?`, `#`, `%`,
/// `..`, spaces, Unicode and control characters can never change which resource a request
/// reaches.
///
/// ```
/// use trunkline_core::encode_path_segment;
///
/// assert_eq!(encode_path_segment("MA123"), "MA123");
/// assert_eq!(encode_path_segment("../x?y#z"), "%2E%2E%2Fx%3Fy%23z");
/// assert_eq!(encode_path_segment("+14155550100"), "%2B14155550100");
/// ```
pub fn encode_path_segment(segment: &str) -> String {
    const RESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(segment, RESERVED).to_string()
}

/// Percent-encodes a path parameter of a generated operation: what progenitor's own
/// `encode_path` encodes (control characters, space, `"`, `#`, `<`, `>`, `?`, backtick, `{`,
/// `}`, `/`, `%`), plus `\`, which URL parsing would otherwise read as `/` (so `x\..\other`
/// could reach another resource). The generator makes every generated client use this instead of
/// progenitor's.
///
/// ```
/// use trunkline_core::encode_path_param;
///
/// assert_eq!(encode_path_param("TK123"), "TK123");
/// assert_eq!(encode_path_param("a/b?c#d%e"), "a%2Fb%3Fc%23d%25e");
/// assert_eq!(encode_path_param("x\\..\\y"), "x%5C..%5Cy");
/// ```
pub fn encode_path_param(value: &str) -> String {
    const PATH: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'`')
        .add(b'{')
        .add(b'}')
        .add(b'/')
        .add(b'%')
        .add(b'\\');
    percent_encoding::utf8_percent_encode(value, PATH).to_string()
}
