//! `cargo xtask lint [SPEC...]`: checks every spec against the rules of `specs/README.md`
//! before progenitor sees it, and reports one line per problem instead of progenitor's panics.
//!
//! A problem prints as `file: METHOD path (operationId): message` when it belongs to one
//! operation, `file: components.schemas.Name...: message` when it belongs to a place in the
//! document outside an operation, and `file: message` when it is about the whole document.
//! Every message says what is wrong and what to write instead. Problems are sorted (document,
//! then operations by path and method, then schema locations; then by message) and deduplicated.
//! The lint never panics, whatever the input.
//!
//! # Rules
//!
//! - **Parsing.** The file is read as UTF-8 (at most 8 MiB) and parsed as one YAML document
//!   with a budget against alias bombs; YAML 1.2 booleans only (`yes` stays a string) and
//!   numbers with leading zeros stay strings. Syntax errors (with line and column), an empty
//!   file, a root that is not a mapping, and nesting deeper than 256 levels are problems.
//! - **1. Version.** `openapi` must be `3.0.x`: OpenAPI 3.1, Swagger 2.0, a missing field or any
//!   other version is reported, and nothing else is checked until it is fixed.
//! - **2. Structure.** The document must deserialize as `openapiv3::OpenAPI` (the failing
//!   operation or component is located when possible); `paths` and `servers[0].url` must be
//!   present. Component schema names must be PascalCase Rust identifiers (they become type
//!   names) and must not collide with the generator's synthetic components
//!   (`TrunklineSecretString`, `Open<Enum>`).
//! - **3. Operation ids.** Every operation has an `operationId`, unique in the file and
//!   snake_case (`^[a-z][a-z0-9_]*$`).
//! - **4. Retry class.** Every `POST` and `PATCH` declares `x-trunkline-idempotent` as a
//!   boolean; the extension on any other method, or with a non-boolean value, is an error.
//! - **5. One success type, one error type.** The 2xx responses (`'2XX'` and `default` included)
//!   must all have the same body: the same component after resolving `$ref`s (inline schemas are
//!   compared structurally), or all no body. Likewise the error responses (4xx, 5xx, `'4XX'`,
//!   `'5XX'`, `default`) among themselves. A `default` response is an error in itself (use
//!   `'4XX'`/`'5XX'`); so is an operation without any success response, and a response key that
//!   is neither a status code, a range nor `default` (openapiv3 silently drops it).
//! - **6. Schemas on media types.** Every media type of a request body or a response has a
//!   `schema`.
//! - **7. Request body media types.** Exactly one media type per request body, and only
//!   `application/json` or `application/x-www-form-urlencoded` (`multipart/form-data` is named
//!   as such). `encoding` on a request or response media type is an error (progenitor panics).
//! - **8. Named bodies.** Every request and response body schema is a `$ref` to
//!   `components/schemas`. A response body that is itself an enum component is an error (it
//!   would stay closed).
//! - **9. Query and path parameters.** No object-typed (or `$ref`-to-object) query or path
//!   parameter, required or not, and no array of objects. Parameters must use `schema` (not
//!   `content`), the default style, not be cookies, path parameters must be `required: true`,
//!   and no two parameters of an operation may share a name.
//! - **10. Flat form bodies.** No property of an `application/x-www-form-urlencoded` body (after
//!   resolving `$ref`s and `allOf`) is an array or an object: serde_urlencoded cannot encode
//!   them.
//! - **11. Response enums are open.** In every schema reachable from a response body
//!   (transitively through `$ref`, properties, items, additionalProperties, allOf, anyOf, oneOf,
//!   not), an `enum` that is not the whole schema of a `components/schemas` entry is an error. A
//!   component reachable from both a request (body or parameter) and a response that contains an
//!   enum (a `$ref` to an enum component or an inline `enum`) is an error: the generator opens
//!   its enum references, which would open the request side too. (Only the components that
//!   contain the enum directly are reported; every component that contains one transitively
//!   reaches one of those.)
//! - **12. Secrets.** `x-trunkline-secret` is a boolean, only on object properties; `true` needs
//!   a plain `type: string` property (no `$ref`, no `enum`). A property named `password`,
//!   `auth_token`, `authtoken`, `secret`, `api_secret` (any case) or ending in `_password` or
//!   `Password` must be marked `x-trunkline-secret: true`, in request and response schemas
//!   alike (a marked response property decodes as `SecretString`, so a secret the vendor sends
//!   back never reaches `Debug`).
//! - **13. Traps.** Anywhere in a schema: `format: uuid`, `pattern`, `additionalProperties:
//!   false`. On a request property (not a parameter): `default`, which typify turns into a
//!   field that is always sent. In response-reachable schemas, what typify turns into a type stricter than the
//!   vendor: `minLength`/`maxLength` on a string (a validating newtype), an integer `minimum` of
//!   1 (a `NonZero` integer) or of 0 without a `format` (`u64`), and `format: ip`, `ipv4`,
//!   `ipv6` (parsed strictly as `std::net` addresses). An example value that is not RFC 3339
//!   where the schema says `format: date-time` (or not `YYYY-MM-DD` for `format: date`), whether
//!   the example sits on the property or on an enclosing object or media type.
//! - **14. Examples fit their schemas.** Every `example` on a schema (component, property, any
//!   nested schema), on a media type (`example` and every `examples.*.value`) and on a parameter
//!   is checked structurally against its schema: JSON type (`integer` must be integral), `null`
//!   only where `nullable: true` or for an optional property (it decodes as `None`), `required`
//!   properties present, properties, additionalProperties and items recursively, `allOf` (all),
//!   `oneOf`/`anyOf` (at least one). Unknown properties are allowed. Enum membership is checked
//!   where the generated type is a closed enum: not for a `$ref` to an enum component from
//!   inside a response-reachable component (the generator opens those). Problems name the JSON
//!   pointer of the offending value in the example. It also checks string formats (`date-time`
//!   is RFC 3339, `date` is `YYYY-MM-DD`, `ip`/`ipv4`/`ipv6` parse) and
//!   `minLength`/`maxLength`/`minimum`/`maximum` on example values. Checking stops after
//!   2,000,000 schema/value steps per document (a problem says so).
//! - **15. References.** Every `$ref` is local and points to a whole existing component
//!   (`#/components/<kind>/<Name>`) of the kind the place expects (a schema `$ref` into
//!   `components/schemas`, a response `$ref` into `components/responses`, ...). Chains of
//!   `$ref`s and root-level `allOf`s that loop back to themselves are errors.
//! - **16. Path templates.** Every path starts with `/` and has balanced `{}`; every `{name}`
//!   has an `in: path` parameter (operation or path level) and every path parameter appears in
//!   the path.
//! - **17. No account in paths.** No path parameter (or template variable) named like the
//!   account id (`auth_id`, `AccountSid`, `account_sid`): the account is part of
//!   `servers[0].url`.
//!
//! - **18. `x-trunkline-client`** (optional; the generator needs it): a mapping of `vendor`
//!   (lower-case), `name`, `credentials` (a non-empty list of `{name, label, env, secret}`:
//!   snake_case names that are not Rust keywords, `SCREAMING_SNAKE` variables, both unique),
//!   `auth` (`basic` with `username`/`password`, `headers` with `headers: {Header-Name:
//!   credential}`, or `bearer` with `token`; every name a declared credential, the password and
//!   the token `secret: true`), `base_url_env`, and optionally `encode_plus_in_paths` (boolean),
//!   `builder` (`generated` or `combined`) and `error` (`schema`: a component schema; `message`:
//!   a non-empty list of dotted paths in it to strings or untyped values, `0` reading an array's
//!   first item; `code`: a path to a string, an integer or an untyped value; `at`: a path to a
//!   string); no other key. Every credential is used by `auth`
//!   or `servers[0].url`. With it, `servers[0].url` must be `https://` with a fixed origin, and
//!   each `{Variable}` a whole path segment naming a non-secret credential by its snake_case
//!   form.
//! - **19. `x-trunkline-paging`** (on list operations): a mapping with `style` (`offset`,
//!   `page_number`, `next_link`) and the keys of that style only: `items` (a top-level array
//!   property of the success body, which is a `$ref`), `size_param` (an integer query parameter
//!   with a `maximum`), `offset_param` / `page_param` (integer query parameters), `first_page`
//!   (0 or 1), and the dotted property paths `total`, `total_pages`, `served_size` (integers),
//!   `has_next` (boolean), `next`, `self` (strings), and for `offset` / `page_number` the
//!   required `id` (a string path into each item), and, for any style, `summary` (a
//!   non-empty list of distinct top-level properties of the items, which are a `$ref`; it
//!   keeps the first property of `id`; no component may be named `{Item}Summary` or
//!   `{Item}SummaryPage`). Only on `GET`. Operations answering with the same page type declare
//!   it the same way.
//!
//! Each rule has a bad spec under `xtask/tests/lint/` and a test asserting the exact lines the
//! lint prints for it (`xtask/tests/lint.rs`); `xtask/tests/lint/good.yaml` is the clean
//! reference.

mod checks;
mod examples;
mod extensions;
mod model;
mod operations;
mod schemas;

use std::fmt;
use std::io::Read;

use serde_json::Value;

/// Files larger than this are not parsed.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;

/// Deepest nesting of mappings and sequences the lint accepts.
pub const MAX_DEPTH: usize = 256;

/// One problem found in a spec.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem {
    /// The spec file, as given by the caller.
    pub file: String,
    /// Where in the spec.
    pub location: Location,
    /// What is wrong and what to do instead.
    pub message: String,
}

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Location {
    /// The whole document.
    Document,
    /// One operation.
    Operation {
        /// Upper-case HTTP method.
        method: String,
        /// Path template, as written in the spec.
        path: String,
        /// `operationId`, if the operation has one.
        operation_id: Option<String>,
    },
    /// A place outside any operation, as a dotted path such as
    /// `components.schemas.Trunk.properties.name`.
    Schema(String),
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Document => Ok(()),
            Self::Operation {
                method,
                path,
                operation_id: Some(id),
            } => write!(f, "{method} {path} ({id})"),
            Self::Operation {
                method,
                path,
                operation_id: None,
            } => write!(f, "{method} {path}"),
            Self::Schema(location) => f.write_str(location),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Location::Document => write!(f, "{}: {}", self.file, self.message),
            _ => write!(f, "{}: {}: {}", self.file, self.location, self.message),
        }
    }
}

impl Problem {
    fn document(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            location: Location::Document,
            message: message.into(),
        }
    }
}

/// Parses YAML text into a JSON value; a syntax error (with line/column), an empty file, or a
/// root that is not a mapping is a [`Problem`].
pub fn parse_spec(file: &str, text: &str) -> Result<Value, Problem> {
    with_big_stack(|| parse_spec_here(file, text))
}

/// Stack for parsing and linting: a YAML or JSON document nested [`MAX_DEPTH`] levels deep
/// recurses deeper than a test thread's 2 MiB stack allows in a debug build. Only the pages
/// touched are committed.
const STACK_BYTES: usize = 256 * 1024 * 1024;

/// Runs `work` on a scoped thread with a [`STACK_BYTES`] stack (or here, if no thread can be
/// spawned).
fn with_big_stack<T: Send>(work: impl Fn() -> T + Sync) -> T {
    let work = &work;
    let outcome = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("xtask-lint".to_owned())
            .stack_size(STACK_BYTES)
            .spawn_scoped(scope, work)
            .map(|handle| handle.join())
    });
    match outcome {
        Ok(Ok(value)) => value,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(_) => work(),
    }
}

fn parse_spec_here(file: &str, text: &str) -> Result<Value, Problem> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Problem::document(
            file,
            format!(
                "the file is {} bytes, more than the lint's limit of {MAX_FILE_BYTES}: a spec \
                 this large is not a hand-curated spec; split or trim it",
                text.len()
            ),
        ));
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            max_events: 2_000_000,
            max_nodes: 500_000,
            max_aliases: 10_000,
            max_anchors: 10_000,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 200_000,
            max_replay_stack_depth: 64,
            max_alias_expansions_per_anchor: 1_000,
        },
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        with_snippet: false,
    };
    let value: Value = serde_saphyr::from_str_with_options(text, options).map_err(|err| {
        let message = err.to_string();
        let message = message.lines().next().unwrap_or("").trim().to_owned();
        let lower = message.to_ascii_lowercase();
        let at = message
            .rfind(" at line ")
            .map(|index| &message[index..])
            .unwrap_or("");
        if lower.contains("depth") || lower.contains("recursion") || lower.contains("nesting") {
            Problem::document(
                file,
                format!(
                    "nesting too deep (more than {MAX_DEPTH} levels){at}: flatten the document"
                ),
            )
        } else if lower.contains("budget") || lower.contains("alias") || lower.contains("limit") {
            Problem::document(
                file,
                format!(
                    "the YAML exceeds the parser's resource budget ({message}): a \
                     hand-curated spec is far smaller: trim it, and do not use anchors and \
                     aliases to build large structures"
                ),
            )
        } else {
            Problem::document(file, format!("not valid YAML: {message}: fix the syntax"))
        }
    })?;
    match value {
        Value::Object(_) => Ok(value),
        Value::Null => Err(Problem::document(
            file,
            "the file is empty: write an OpenAPI 3.0.3 document (`openapi: 3.0.3`, `info`, \
             `servers`, `paths`, `components`)",
        )),
        other => Err(Problem::document(
            file,
            format!(
                "the document root is {}, not a mapping: an OpenAPI document is a mapping with \
                 `openapi`, `info`, `servers`, `paths` and `components`",
                model::describe_kind(&other)
            ),
        )),
    }
}

/// All problems of an already-parsed document (empty = clean).
pub fn lint_document(file: &str, doc: &Value) -> Vec<Problem> {
    let mut problems = with_big_stack(|| checks::run(file, doc));
    sort_and_dedup(&mut problems);
    problems
}

/// What the trunkline extensions of a document declare (rules 18 and 19), or their problems.
/// The generator calls it after [`lint_document`] found the document clean.
pub fn read_extensions(
    file: &str,
    doc: &Value,
) -> Result<crate::extensions::Extensions, Vec<Problem>> {
    let (declared, mut problems) = with_big_stack(|| checks::extensions_of(file, doc));
    if problems.is_empty() {
        Ok(declared)
    } else {
        sort_and_dedup(&mut problems);
        Err(problems)
    }
}

/// Reads, parses and lints one file; an unreadable file is a problem too.
pub fn lint_file(path: &std::path::Path) -> Vec<Problem> {
    let file = path.display().to_string();
    let text = match read_capped(path) {
        Ok(text) => text,
        Err(message) => return vec![Problem::document(&file, message)],
    };
    match parse_spec(&file, &text) {
        Ok(doc) => lint_document(&file, &doc),
        Err(problem) => vec![problem],
    }
}

fn read_capped(path: &std::path::Path) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|err| format!("cannot read the file: {err}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| format!("cannot read the file: {err}"))?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "the file is larger than the lint's limit of {MAX_FILE_BYTES} bytes: a spec this \
             large is not a hand-curated spec; split or trim it"
        ));
    }
    String::from_utf8(bytes).map_err(|err| {
        format!(
            "the file is not UTF-8 text (invalid byte at offset {}): save it as UTF-8",
            err.utf8_error().valid_up_to()
        )
    })
}

fn sort_and_dedup(problems: &mut Vec<Problem>) {
    problems.sort_by_cached_key(sort_key);
    problems.dedup();
}

fn sort_key(problem: &Problem) -> (u8, String, usize, String, String) {
    let (rank, first, method, second) = match &problem.location {
        Location::Document => (0, String::new(), 0, String::new()),
        Location::Operation {
            method,
            path,
            operation_id,
        } => (
            1,
            path.clone(),
            model::METHODS
                .iter()
                .position(|m| m.eq_ignore_ascii_case(method))
                .unwrap_or(model::METHODS.len()),
            operation_id.clone().unwrap_or_default(),
        ),
        Location::Schema(location) => (2, location.clone(), 0, String::new()),
    };
    (rank, first, method, second, problem.message.clone())
}
