//! The trunkline spec extensions, as the generator reads them once the lint has checked them
//! (`lint::read_extensions`): `x-trunkline-client` (with its `error`) at the document root and
//! `x-trunkline-paging` on list operations. `specs/README.md` (conventions 13 and 14) documents
//! both; `lint/extensions.rs` holds every rule.

/// Everything the trunkline extensions of one spec declare.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extensions {
    /// The root `x-trunkline-client`, if the spec has one.
    pub client: Option<ClientExtension>,
    /// Every operation with `x-trunkline-paging`, in document order.
    pub paging: Vec<PagingExtension>,
}

/// `x-trunkline-client`: how a client of this API is built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientExtension {
    /// `vendor`: lower-case vendor name (`plivo`): the `VENDOR` constant, logs, errors.
    pub vendor: String,
    /// `name`: the vendor's name as people write it (`Plivo`), in error messages.
    pub name: String,
    /// `credentials`, in constructor order.
    pub credentials: Vec<Credential>,
    /// `auth`.
    pub auth: AuthExtension,
    /// `base_url_env`: the variable that replaces the default origin.
    pub base_url_env: String,
    /// `encode_plus_in_paths` (default false).
    pub encode_plus_in_paths: bool,
    /// `builder` (default `generated`).
    pub builder: BuilderMode,
    /// Scheme and host of `servers[0].url` (`https://api.plivo.com`).
    pub origin: String,
    /// Path of `servers[0].url` with every `{Variable}` renamed to its credential
    /// (`/2010-04-01/Accounts/{account_sid}`); empty when the URL has no path.
    pub account_path: String,
    /// Path of `servers[0].url` exactly as written (`/2010-04-01/Accounts/{AccountSid}`).
    pub server_path: String,
    /// `error`: where the error body says what went wrong, if declared.
    pub error: Option<ErrorExtension>,
}

/// `x-trunkline-client.error`: where in the API's error body (a 4xx/5xx answer) the message
/// and the code are, as dotted property paths (`errors.0.title`: `0` is an array's first item).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorExtension {
    /// `schema`: the error body's component schema (`Errors`).
    pub schema: String,
    /// `message`: the parts of the human-readable message, joined by `": "`.
    pub message: Vec<Vec<String>>,
    /// `code`: the vendor's error code.
    pub code: Option<Vec<String>>,
    /// `at`: a JSON pointer to the part of the request the vendor blames.
    pub at: Option<Vec<String>>,
}

/// One entry of `x-trunkline-client.credentials`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credential {
    /// `name`: snake_case parameter name.
    pub name: String,
    /// `label`: how errors name it after the vendor name.
    pub label: String,
    /// `env`: the environment variable.
    pub env: String,
    /// `secret` (default false).
    pub secret: bool,
}

/// `x-trunkline-client.auth`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthExtension {
    /// `scheme: basic` with the `username` and `password` credentials.
    Basic {
        /// Credential sent as the user name.
        username: String,
        /// Credential sent as the password.
        password: String,
    },
    /// `scheme: headers` with `headers: {Header-Name: credential}` (in document order).
    Headers(Vec<(String, String)>),
    /// `scheme: bearer` with the `token` credential.
    Bearer {
        /// Credential sent as the token.
        token: String,
    },
}

/// `x-trunkline-client.builder`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BuilderMode {
    /// The generator writes `ClientBuilder` and the `Client` constructors.
    #[default]
    Generated,
    /// The crate combines this API's client with another's by hand (Twilio's two APIs under
    /// one `Client`); only the constants and `API` are generated.
    Combined,
}

/// `x-trunkline-paging` of one list operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PagingExtension {
    /// The operation's `operationId`.
    pub operation_id: String,
    /// The component its success body is (`TrunkList`).
    pub page_type: String,
    /// `style` and its parameters.
    pub style: PagingStyle,
    /// `size_param`: the query parameter carrying the page size.
    pub size_param: String,
    /// The size parameter's `maximum`: the largest page.
    pub max_page_size: u64,
    /// The schema-relative fields.
    pub fields: PageFields,
    /// `summary`: the item properties of a summary listing, if the spec declares one.
    pub summary: Option<Summary>,
}

/// `x-trunkline-paging.summary`: a slimmer item type for listings that read a few fields of
/// many items. The generator emits `types::{Item}Summary` with these properties of the item
/// (as progenitor typed them), `types::{Item}SummaryPage`, and `send_summary()` /
/// `stream_summary()` on the list's builder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The item component (`Trunk`).
    pub item: String,
    /// The item's top-level properties the summary keeps, in the order given.
    pub fields: Vec<String>,
}

/// `x-trunkline-paging.style`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PagingStyle {
    /// `offset`: `offset_param` counts items skipped.
    Offset {
        /// The offset query parameter.
        offset_param: String,
    },
    /// `page_number`: `page_param` numbers pages from `first_page`.
    PageNumber {
        /// The page-number query parameter.
        page_param: String,
        /// `first_page`: 0 or 1 (default 1).
        first_page: u64,
    },
    /// `next_link`: each page links to the next.
    NextLink,
}

/// Where a page's items and paging information are: dotted property paths into the body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageFields {
    /// `items`: the top-level array property holding the page's items.
    pub items: String,
    /// `total`: integer, items in the whole list.
    pub total: Option<Vec<String>>,
    /// `total_pages`: integer, pages in the whole list.
    pub total_pages: Option<Vec<String>>,
    /// `has_next`: boolean, whether another page follows.
    pub has_next: Option<Vec<String>>,
    /// `served_size`: integer, the page size the server used.
    pub served_size: Option<Vec<String>>,
    /// `next`: string, the link to the next page.
    pub next: Option<Vec<String>>,
    /// `self`: string, the link to this page.
    pub self_link: Option<Vec<String>>,
    /// `id`: string, each item's id (a path into the item, not the page).
    pub id: Option<Vec<String>>,
}
