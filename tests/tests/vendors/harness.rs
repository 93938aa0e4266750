//! What the shared vendor suite needs to know about one vendor API: [`Harness`], implemented
//! once per API in `apis.rs`, and the small types its methods exchange.
use std::fmt::Debug;
use std::future::Future;

use futures::Stream;
use serde_json::Value;
use trunkline_core::paging::{ListOptions, PagingError};
use trunkline_core::{ClientConfig, ConfigError};
use trunkline_emulator::{
    Emulator, EmulatorConfig, Fault, PlivoHandle, RecordedRequest, TelnyxHandle, TwilioHandle,
    VobizHandle,
};
use trunkline_tests::Reply;

/// `progenitor_client::Error`, the error of every generated operation (each vendor crate
/// re-exports the same type).
pub type ApiError<B> = trunkline_plivo::Error<B>;

/// An environment: variable names and values.
pub type Env = Vec<(&'static str, String)>;

/// One item of a list stream: the item's id, or the error that ended the stream.
pub type Listed<B> = Result<String, PagingError<ApiError<B>>>;

/// Where a client sends its requests.
#[derive(Clone, Copy)]
pub enum Base<'a> {
    /// The vendor's production host.
    Default,
    /// This origin, set with the harness's own base-URL setter (for Twilio: the setter of the
    /// harness's API only); the account path is still appended.
    Origin(&'a str),
    /// Every API of the vendor at the emulator's listeners.
    Emulator(&'a Emulator),
}

/// How a list is paged (the spec's `x-trunkline-paging` style).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paging {
    /// `offset` + `limit`: the client computes the next offset.
    Offset,
    /// Page number + page size: the client computes the next number.
    PageNumber,
    /// The server's next-page link.
    NextLink,
}

/// What one scripted list page says about what follows it.
#[derive(Clone, Copy, Debug)]
pub enum Next {
    /// The server reports the list's size (offset and page-number lists) or sends no next link
    /// after the last page (link lists): the stream can stop exactly at the end.
    Total(u64),
    /// Nothing about the end: no total (offset and page-number lists), a next link to the
    /// following page (link lists).
    Unknown,
    /// A page whose next link is its own (link lists); [`Next::Unknown`] for the others.
    ItsOwnLink,
}

/// One page of a list, as [`Harness::page`] renders it.
pub struct PageSpec<'a> {
    /// The ids of its items.
    pub ids: &'a [String],
    /// 0 for the first page.
    pub index: u64,
    /// The page size the server says it used.
    pub size: u64,
    /// What follows.
    pub next: Next,
}

/// The fields of a vendor error body every vendor has in some form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorShape {
    /// The vendor's error code, as text (`None` where the vendor has none).
    pub code: Option<String>,
    /// The human-readable message.
    pub message: Option<String>,
}

/// The operations the suite calls, for the scripted server's answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Read,
    Create,
    Update,
    Delete,
}

/// How a vendor authenticates its requests.
#[derive(Clone, Copy, Debug)]
pub enum AuthKind {
    /// HTTP Basic: this user name, the secret as password.
    Basic(&'static str),
    /// `X-Auth-ID` (this account) and `X-Auth-Token` (the secret); the vendor's name as the
    /// client's `Debug` shows it.
    Headers(&'static str, &'static str),
    /// `Authorization: Bearer <secret>`.
    Bearer,
}

/// One vendor API seen by the shared suite: how to build its client (explicitly, from the
/// environment), the auth it sends, five operations on one resource (read, create, update,
/// delete, list), its page and error formats, and its emulator listener.
///
/// Every check of `checks.rs` runs for every implementation. Where a vendor genuinely differs
/// (no account in the URL, link paging instead of computed cursors, Basic auth encoding any
/// byte), the harness says so in data the check asserts, never by skipping it.
pub trait Harness: 'static {
    /// The client type.
    type Client: Debug;
    /// The decoded error body of `Error::ErrorResponse`.
    type Body: Debug + 'static;
    /// The vendor crate's `ClientBuilder`.
    type Builder: ApiBuilder<Client = Self::Client>;

    /// The suite's name of this API, in messages.
    const NAME: &'static str;
    /// The crate's `VENDOR`: the vendor of its logs and call reports; also the argument of
    /// `vendor_env_probe`.
    const VENDOR: &'static str;

    // --- Credentials and clients -------------------------------------------------------------

    /// The suite's account (unused where the key is the account).
    const ACCOUNT: &'static str;
    /// The secret the suite's clients authenticate with (auth token, API-key secret, API key).
    const SECRET: &'static str;
    /// How requests are authenticated.
    const AUTH: AuthKind;
    /// `Display` of the error building a client with an empty secret.
    const EMPTY_SECRET: &'static str;
    /// `Display` of the error building a client for a blank account (for a vendor whose
    /// account is its key: the empty-key error).
    const EMPTY_ACCOUNT: &'static str;
    /// The `field` of the `ConfigError::InvalidCredential` refusing a secret an HTTP header
    /// cannot carry (control characters, CR/LF); `None` for HTTP Basic, which sends the secret
    /// Base64-encoded, so any byte is safe (the check then asserts the exact header).
    const SECRET_FIELD: Option<&'static str>;
    /// Like [`Harness::SECRET_FIELD`], for an account id with a line break.
    const ACCOUNT_FIELD: Option<&'static str>;
    /// The vendor's production origin.
    const DEFAULT_ORIGIN: &'static str;
    /// The path appended to the origin, `{account}` standing for the account (one encoded
    /// segment). Without `{account}` the base carries no account: the check then asserts it is
    /// the same for every account.
    const BASE_PATH: &'static str;

    /// A builder for `account`, authenticated with `secret`.
    fn builder(account: &str, secret: &str) -> Self::Builder;
    /// Sets this API's origin (for Twilio: only this API's).
    fn at_origin(builder: Self::Builder, origin: &str) -> Self::Builder {
        builder.base_url(origin)
    }
    /// Points every API of the vendor at the emulator.
    fn at_emulator(builder: Self::Builder, emulator: &Emulator) -> Self::Builder;
    /// The base URL the client reports for this harness's API.
    fn base_url(client: &Self::Client) -> String;
    /// Emulator settings with the suite's credentials.
    fn emulator_config() -> EmulatorConfig;

    /// A client with the suite's credentials, `secret` in place of [`Harness::SECRET`].
    fn build(
        base: Base<'_>,
        secret: &str,
        config: ClientConfig,
    ) -> Result<Self::Client, ConfigError> {
        let builder = Self::builder(Self::ACCOUNT, secret).config(config);
        match base {
            Base::Default => builder,
            Base::Origin(origin) => Self::at_origin(builder, origin),
            Base::Emulator(emulator) => Self::at_emulator(builder, emulator),
        }
        .build()
    }
    /// A client of another account (`account` is its id; for a vendor whose account is its
    /// key, the key).
    fn build_for_account(origin: &str, account: &str) -> Result<Self::Client, ConfigError> {
        Self::at_origin(Self::builder(account, Self::SECRET), origin).build()
    }
    /// A client with the suite's credentials whose base URL is set with `api_base_url`.
    fn build_api_base(url: &str, config: ClientConfig) -> Result<Self::Client, ConfigError> {
        let builder = Self::builder(Self::ACCOUNT, Self::SECRET);
        builder.api_base_url(url).config(config).build()
    }
    /// `Debug` (plain and alternate) of the builder of a client with `secret`.
    fn builder_debug(secret: &str) -> String {
        let builder = Self::builder(Self::ACCOUNT, secret);
        format!("{builder:?} {builder:#?}")
    }
    /// The path the client appends to the origin for `account`, or `None` when the base URL
    /// carries no account.
    fn account_path(account: &str) -> Option<String> {
        let path = Self::BASE_PATH;
        path.contains("{account}")
            .then(|| path.replace("{account}", &encoded(account)))
    }
    /// The path appended to every origin for the suite's own account.
    fn base_path() -> String {
        Self::BASE_PATH.replace("{account}", Self::ACCOUNT)
    }

    /// The auth headers every request carries with `secret`: lower-case name, exact value.
    fn auth_headers(secret: &str) -> Vec<(&'static str, String)> {
        match Self::AUTH {
            AuthKind::Basic(user) => {
                vec![("authorization", format!("Basic {}", basic(user, secret)))]
            }
            AuthKind::Headers(_, account) => vec![
                ("x-auth-id", account.to_owned()),
                ("x-auth-token", secret.to_owned()),
            ],
            AuthKind::Bearer => vec![("authorization", format!("Bearer {secret}"))],
        }
    }
    /// What a leak of `secret` would look like: the secret itself, and for Basic auth the
    /// Base64 of `user:secret`.
    fn leaked_forms(secret: &str) -> Vec<String> {
        match Self::AUTH {
            AuthKind::Basic(user) => vec![secret.to_owned(), basic(user, secret)],
            AuthKind::Headers(..) | AuthKind::Bearer => vec![secret.to_owned()],
        }
    }

    // --- The environment ---------------------------------------------------------------------

    /// The smallest complete environment, in the order `from_env` reads it; the secret last.
    const ENV: &'static [(&'static str, &'static str)];
    /// This API's base-URL variable.
    const ENV_BASE_URL: &'static str;

    /// [`Harness::ENV`] as an [`Env`].
    fn env() -> Env {
        Self::ENV
            .iter()
            .map(|(n, v)| (*n, (*v).to_owned()))
            .collect()
    }
    /// What the probe prints as base URL(s): for the default hosts, or with
    /// [`Harness::ENV_BASE_URL`] set to `origin`.
    fn probe_bases(origin: Option<&str>) -> String {
        format!(
            "{}{}",
            origin.unwrap_or(Self::DEFAULT_ORIGIN),
            Self::base_path()
        )
    }
    /// What the client's `Debug` shows of its auth for [`Harness::env`].
    fn probe_auth() -> String {
        match Self::AUTH {
            AuthKind::Basic(user) => format!("Basic(username=\"{user}\", password=<redacted>)"),
            AuthKind::Headers(vendor, _) => {
                format!("{vendor}Headers(X-Auth-ID, X-Auth-Token: <redacted>)")
            }
            AuthKind::Bearer => "Bearer(<redacted>)".to_owned(),
        }
    }
    /// Environments only this vendor has, with fragments the probe's line must contain.
    fn env_cases() -> Vec<(Env, Vec<String>)> {
        Vec::new()
    }

    // --- Operations on one resource ----------------------------------------------------------

    /// The operation id of [`Harness::read`], named by errors refusing its id.
    const READ_OP: &'static str;
    /// The HTTP method of [`Harness::update`].
    const UPDATE_METHOD: &'static str;
    /// The list's path after [`Harness::base_path`] (also where creates go).
    const LIST: &'static str;
    /// One resource's path after [`Harness::base_path`], `{id}` standing for its id.
    const ITEM: &'static str;
    /// The path prefix, after [`Harness::base_path`], of the request
    /// [`Harness::create_with_secret`] sends the password in.
    const SECRET_PATH: &'static str;

    /// Reads one resource; returns the response's attempts header ([`attempts`]).
    fn read(
        client: &Self::Client,
        id: &str,
    ) -> impl Future<Output = Result<Option<String>, ApiError<Self::Body>>>;
    /// Creates one (a request the spec marks not idempotent); returns its id.
    fn create(client: &Self::Client) -> impl Future<Output = Result<String, ApiError<Self::Body>>>;
    /// Updates one (idempotent).
    fn update(
        client: &Self::Client,
        id: &str,
    ) -> impl Future<Output = Result<(), ApiError<Self::Body>>>;
    /// Deletes one.
    fn delete(
        client: &Self::Client,
        id: &str,
    ) -> impl Future<Output = Result<(), ApiError<Self::Body>>>;
    /// Creates something whose request body carries `password` (a SIP credential); the error
    /// as `Debug` and `Display` text.
    fn create_with_secret(
        client: &Self::Client,
        password: &str,
    ) -> impl Future<Output = Result<(), String>>;
    /// The list of the resource, through the generated `stream()` with these options.
    fn list(client: &Self::Client, options: ListOptions) -> impl Stream<Item = Listed<Self::Body>>;
    /// A successful answer to `op`.
    fn ok_reply(op: Op) -> Reply;

    /// The raw path of one resource (`id` as it goes on the wire).
    fn item_path(id: &str) -> String {
        Self::base_path() + &Self::ITEM.replace("{id}", id)
    }
    /// The raw path of the list, which is also where creates go.
    fn list_path() -> String {
        Self::base_path() + Self::LIST
    }
    /// The raw path prefix of the request carrying [`Harness::create_with_secret`]'s password.
    fn secret_path() -> String {
        Self::base_path() + Self::SECRET_PATH
    }

    // --- Pages and errors --------------------------------------------------------------------

    /// How the list is paged.
    const PAGING: Paging;
    /// The largest page, the stream's default page size.
    const MAX_PAGE: u64;
    /// The query parameters of the cursor and of the page size.
    const CURSOR_PARAM: &'static str;
    /// See [`Harness::CURSOR_PARAM`].
    const SIZE_PARAM: &'static str;
    /// Part of the message the emulator answers a wrong secret with.
    const UNAUTHENTICATED: &'static str;

    /// A list page as the vendor sends it.
    fn page(page: PageSpec<'_>) -> Value;
    /// The vendor's error body for `status` with `message`.
    fn error_body(status: u16, message: &str) -> Value;
    /// The code [`Harness::error_body`] puts in, as [`Harness::error_shape`] reports it.
    fn error_code(status: u16) -> Option<String>;
    /// The code and message of a decoded error body.
    fn error_shape(body: &Self::Body) -> ErrorShape;

    /// The cursor of page `index` (from 0) of `size` items, as the query shows it: the offset,
    /// the page number (from 1), or the link's `Page` (none on the first page).
    fn cursor(index: u64, size: u64) -> String {
        match Self::PAGING {
            Paging::Offset => (index * size).to_string(),
            Paging::PageNumber => (index + 1).to_string(),
            Paging::NextLink if index == 0 => String::new(),
            Paging::NextLink => index.to_string(),
        }
    }

    // --- The emulator ------------------------------------------------------------------------

    /// The listener serving this API.
    fn api(emulator: &Emulator) -> Api<'_>;
    /// The listener serving [`Harness::secret_path`].
    fn secret_api(emulator: &Emulator) -> Api<'_> {
        Self::api(emulator)
    }
    /// Creates `count` resources the list shows, in list order; returns their ids.
    fn seed(
        emulator: &Emulator,
        client: &Self::Client,
        count: usize,
    ) -> impl Future<Output = Vec<String>>;
}

/// A vendor crate's `ClientBuilder`, as the suite drives it.
pub trait ApiBuilder: Sized + Debug {
    /// What it builds.
    type Client;
    /// `base_url`: the origin; the account path is appended.
    fn base_url(self, origin: &str) -> Self;
    /// `api_base_url`: the complete base.
    fn api_base_url(self, url: &str) -> Self;
    /// `config`.
    fn config(self, config: ClientConfig) -> Self;
    /// `build`.
    fn build(self) -> Result<Self::Client, ConfigError>;
}

/// [`ApiBuilder`] for builders whose inherent methods have its names (every vendor crate's).
macro_rules! api_builders {
    ($($builder:ty => $client:ty),* $(,)?) => {$(
        impl ApiBuilder for $builder {
            type Client = $client;
            fn base_url(self, origin: &str) -> Self {
                <$builder>::base_url(self, origin)
            }
            fn api_base_url(self, url: &str) -> Self {
                <$builder>::api_base_url(self, url)
            }
            fn config(self, config: ClientConfig) -> Self {
                <$builder>::config(self, config)
            }
            fn build(self) -> Result<$client, ConfigError> {
                <$builder>::build(self)
            }
        }
    )*};
}

api_builders! {
    trunkline_plivo::ClientBuilder => trunkline_plivo::Client,
    trunkline_twilio::ClientBuilder => trunkline_twilio::Client,
    trunkline_vobiz::ClientBuilder => trunkline_vobiz::Client,
    trunkline_telnyx::ClientBuilder => trunkline_telnyx::Client,
}

/// One emulator listener, whichever vendor's.
#[derive(Clone, Copy)]
pub enum Api<'a> {
    Plivo(&'a PlivoHandle),
    Twilio(&'a TwilioHandle),
    Vobiz(&'a VobizHandle),
    Telnyx(&'a TelnyxHandle),
}

/// `$body` with `$handle` bound to the listener's handle, whichever its type.
macro_rules! on_handle {
    ($api:expr, $handle:ident => $body:expr) => {
        match $api {
            Api::Plivo($handle) => $body,
            Api::Twilio($handle) => $body,
            Api::Vobiz($handle) => $body,
            Api::Telnyx($handle) => $body,
        }
    };
}

impl Api<'_> {
    /// Queues a fault.
    pub fn inject(self, fault: Fault) {
        on_handle!(self, h => h.inject(fault)).expect("a valid fault");
    }

    /// The request log.
    pub fn requests(self) -> Vec<RecordedRequest> {
        on_handle!(self, h => h.requests())
    }

    /// Empties the request log.
    pub fn clear_requests(self) {
        on_handle!(self, h => h.clear_requests());
    }

    /// Empties the request log, then queues a fault.
    pub fn clear_and_inject(self, fault: Fault) {
        self.clear_requests();
        self.inject(fault);
    }
}

/// The page size and the most items to read, where given.
pub fn list_options(page_size: Option<u64>, max_items: Option<u64>) -> ListOptions {
    let mut options = ListOptions::new();
    if let Some(size) = page_size {
        options = options.with_page_size(size);
    }
    if let Some(max) = max_items {
        options = options.with_max_items(max);
    }
    options
}

/// The result of a call as `Debug` and `Display` text of its error.
pub fn shown<T, E: Debug + std::fmt::Display>(result: Result<T, E>) -> Result<(), String> {
    result.map(drop).map_err(|err| format!("{err:?} {err}"))
}

/// An account id as one path segment, the way the tests write it: `/` and space encoded.
pub fn encoded(account: &str) -> String {
    account.replace('/', "%2F").replace(' ', "%20")
}

/// The `x-trunkline-attempts` header of a response: how many attempts the call took.
pub fn attempts<T>(response: &trunkline_plivo::ResponseValue<T>) -> Option<String> {
    response
        .headers()
        .get(trunkline_core::ATTEMPTS_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The query parameters of a raw query string, decoded.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    serde_urlencoded::from_str(query).expect("a well-formed query string")
}

/// The `(cursor, size)` query parameters of a request whose raw query is `query`.
pub fn cursor_and_size<H: Harness>(query: &str) -> (String, String) {
    let pairs = query_pairs(query);
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    (get(H::CURSOR_PARAM), get(H::SIZE_PARAM))
}

/// The expected `(cursor, size)` of the first `pages` pages of `size`.
pub fn expected_pages<H: Harness>(pages: u64, size: u64) -> Vec<(String, String)> {
    (0..pages)
        .map(|index| (H::cursor(index, size), size.to_string()))
        .collect()
}

/// A JSON reply.
pub fn json(status: u16, body: &Value) -> Reply {
    Reply::json(status, body)
}

/// A reply without a body.
pub fn empty(status: u16) -> Reply {
    Reply::Respond {
        status,
        headers: vec![],
        body: String::new(),
    }
}

/// `id-0`, `id-1`, … for scripted pages.
pub fn ids(prefix: &str, range: std::ops::Range<usize>) -> Vec<String> {
    range.map(|i| format!("{prefix}{i}")).collect()
}

/// Base64 of `user:password`, as HTTP Basic auth sends it.
pub fn basic(user: &str, password: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
}
