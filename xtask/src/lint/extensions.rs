//! Rules 18 and 19: the trunkline extensions `x-trunkline-client` (root) and
//! `x-trunkline-paging` (list operations). The same walk that reports their problems builds the
//! typed [`Extensions`] the generator reads, so a rule and what the generator relies on cannot
//! drift apart.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::model::{self, Op, Sink, Spec};
use super::operations::snake_case;
use crate::extensions::{
    AuthExtension, BuilderMode, ClientExtension, Credential, ErrorExtension, Extensions,
    PageFields, PagingExtension, PagingStyle, Summary,
};

const CLIENT: &str = "x-trunkline-client";
const PAGING: &str = "x-trunkline-paging";

const CLIENT_KEYS: &[&str] = &[
    "vendor",
    "name",
    "credentials",
    "auth",
    "base_url_env",
    "encode_plus_in_paths",
    "builder",
    "error",
];
const ERROR_KEYS: &[&str] = &["schema", "message", "code", "at"];
const CREDENTIAL_KEYS: &[&str] = &["name", "label", "env", "secret"];

/// Checks both extensions and returns what they declare (parts with problems left out).
pub(super) fn check(sink: &mut Sink<'_>, spec: &Spec<'_>) -> Extensions {
    let client = spec
        .doc
        .get(CLIENT)
        .and_then(|value| client(sink, spec, value));
    let mut paging = Vec::new();
    for op in &spec.ops {
        if let Some(value) = op.value.get(PAGING)
            && let Some(declared) = list_paging(sink, spec, op, value)
        {
            paging.push(declared);
        }
    }
    shared_page_types(sink, spec, &paging);
    Extensions { client, paging }
}

fn is_env_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Words a credential name cannot be: it becomes a constructor parameter.
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "yield",
];

fn is_snake_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RUST_KEYWORDS.contains(&name)
}

fn unknown_keys(sink: &mut Sink<'_>, place: &str, map: &Map<String, Value>, known: &[&str]) {
    for key in map.keys() {
        if !known.contains(&key.as_str()) {
            sink.schema(
                place,
                format!(
                    "unknown key `{key}`: the keys are {}",
                    known
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
}

/// A required non-empty string at `map[key]`, or a problem at `place.key`.
fn required_string(
    sink: &mut Sink<'_>,
    place: &str,
    map: &Map<String, Value>,
    key: &str,
    what: &str,
) -> Option<String> {
    match map.get(key) {
        None => {
            sink.schema(place, format!("missing `{key}`: add {what}"));
            None
        }
        Some(Value::String(text)) if !text.trim().is_empty() => Some(text.clone()),
        Some(other) => {
            sink.schema(
                format!("{place}.{key}"),
                format!("must be {what} (found {})", model::short(other)),
            );
            None
        }
    }
}

fn optional_bool(sink: &mut Sink<'_>, place: &str, map: &Map<String, Value>, key: &str) -> bool {
    match map.get(key) {
        None => false,
        Some(Value::Bool(flag)) => *flag,
        Some(other) => {
            sink.schema(
                format!("{place}.{key}"),
                format!("must be `true` or `false` (found {})", model::short(other)),
            );
            false
        }
    }
}

/// Rule 18: `x-trunkline-client`.
fn client(sink: &mut Sink<'_>, spec: &Spec<'_>, value: &Value) -> Option<ClientExtension> {
    let Some(map) = value.as_object() else {
        sink.schema(
            CLIENT,
            format!(
                "must be a mapping with `vendor`, `name`, `credentials`, `auth` and \
                 `base_url_env` (found {})",
                model::short(value)
            ),
        );
        return None;
    };
    let before = sink.problems.len();
    unknown_keys(sink, CLIENT, map, CLIENT_KEYS);
    let vendor = required_string(
        sink,
        CLIENT,
        map,
        "vendor",
        "the lower-case vendor name (e.g. `plivo`)",
    );
    if let Some(vendor) = &vendor
        && !(vendor.starts_with(|c: char| c.is_ascii_lowercase())
            && vendor
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
    {
        sink.schema(
            format!("{CLIENT}.vendor"),
            format!(
                "`{vendor}` is not a lower-case name (^[a-z][a-z0-9]*$): it becomes the \
                 `VENDOR` constant and the vendor field of logs and errors"
            ),
        );
    }
    let name = required_string(
        sink,
        CLIENT,
        map,
        "name",
        "the vendor's name as written in messages (e.g. `Plivo`)",
    );
    let base_url_env = required_string(
        sink,
        CLIENT,
        map,
        "base_url_env",
        "the environment variable that replaces the default origin (e.g. `PLIVO_BASE_URL`)",
    );
    if let Some(env) = &base_url_env
        && !is_env_name(env)
    {
        sink.schema(
            format!("{CLIENT}.base_url_env"),
            format!("`{env}` is not an environment variable name (^[A-Z][A-Z0-9_]*$)"),
        );
    }
    let credentials = credentials(sink, map, base_url_env.as_deref());
    let auth = map
        .get("auth")
        .and_then(|auth| authentication(sink, auth, &credentials));
    if !map.contains_key("auth") {
        sink.schema(
            CLIENT,
            "missing `auth`: add `{scheme: basic, username: …, password: …}`, `{scheme: \
             headers, headers: {Header-Name: credential, …}}` or `{scheme: bearer, token: …}`",
        );
    }
    let encode_plus_in_paths = optional_bool(sink, CLIENT, map, "encode_plus_in_paths");
    let builder = match map.get("builder") {
        None => BuilderMode::Generated,
        Some(Value::String(mode)) if mode == "generated" => BuilderMode::Generated,
        Some(Value::String(mode)) if mode == "combined" => BuilderMode::Combined,
        Some(other) => {
            sink.schema(
                format!("{CLIENT}.builder"),
                format!(
                    "must be `generated` (the default) or `combined` (the crate builds this \
                     API's client by hand with another one) (found {})",
                    model::short(other)
                ),
            );
            BuilderMode::Generated
        }
    };
    let error = map
        .get("error")
        .and_then(|value| error_fields(sink, spec, value));
    let server = server_url(sink, spec, &credentials);
    if let Some(auth) = &auth {
        let mut used: BTreeSet<&str> = match auth {
            AuthExtension::Basic { username, password } => [username, password]
                .into_iter()
                .map(String::as_str)
                .collect(),
            AuthExtension::Headers(headers) => headers.iter().map(|(_, c)| c.as_str()).collect(),
            AuthExtension::Bearer { token } => [token.as_str()].into_iter().collect(),
        };
        if let Some((_, _, variables)) = &server {
            used.extend(variables.iter().map(String::as_str));
        }
        for credential in &credentials {
            if !used.contains(credential.name.as_str()) {
                sink.schema(
                    format!("{CLIENT}.credentials.{}", credential.name),
                    "neither `auth` nor a servers[0].url variable uses this credential: \
                     remove it or use it",
                );
            }
        }
    }
    if sink.problems.len() != before {
        return None;
    }
    let (origin, server_path, variables) = server?;
    let mut account_path = server_path.clone();
    for variable in &variables {
        account_path = account_path.replace(
            &format!("{{{variable}}}"),
            &format!("{{{}}}", snake_case(variable)),
        );
    }
    Some(ClientExtension {
        vendor: vendor?,
        name: name?,
        credentials,
        auth: auth?,
        base_url_env: base_url_env?,
        encode_plus_in_paths,
        builder,
        origin,
        account_path,
        server_path,
        error,
    })
}

/// Rule 18, `x-trunkline-client.error`: `schema` names a component schema, `message` is a
/// non-empty list of dotted paths to strings or untyped values in it, `code` a path to a string, an integer or an
/// untyped value, `at` a path to a string.
fn error_fields(sink: &mut Sink<'_>, spec: &Spec<'_>, value: &Value) -> Option<ErrorExtension> {
    let place = format!("{CLIENT}.error");
    let Some(map) = value.as_object() else {
        sink.schema(
            &place,
            format!(
                "must be a mapping with `schema`, `message` and optionally `code` and `at`                  (found {})",
                model::short(value)
            ),
        );
        return None;
    };
    let before = sink.problems.len();
    unknown_keys(sink, &place, map, ERROR_KEYS);
    let what = "the error body's component schema (e.g. `ErrorBody`)";
    let schema = required_string(sink, &place, map, "schema", what);
    let body = schema.as_deref().and_then(|name| {
        let found = spec.component_schema(name);
        if found.is_none() {
            let problem = format!("`{name}` is not a schema of `components/schemas`");
            sink.schema(format!("{place}.schema"), problem);
        }
        found
    });
    let path = |sink: &mut Sink<'_>, key: String, value: &Value, wanted: &[&str]| {
        let Some(text) = value.as_str().filter(|t| !t.trim().is_empty()) else {
            let found = model::short(value);
            sink.schema(
                &key,
                format!("must be a dotted property path (found {found})"),
            );
            return None;
        };
        let parts: Vec<String> = text.split('.').map(str::to_owned).collect();
        let name = schema.as_deref().unwrap_or_default();
        match field_type(spec, body?, &parts) {
            Err(missing) => {
                let problem =
                    format!("`{text}` does not resolve in `{name}`: no property `{missing}`");
                sink.schema(&key, problem);
                None
            }
            Ok(found) if !wanted.contains(&found) => {
                let wanted = wanted.join(" or ");
                sink.schema(&key, format!("`{name}.{text}` is {found}, not {wanted}"));
                None
            }
            Ok(_) => Some(parts),
        }
    };
    let mut message = Vec::new();
    match map.get("message") {
        Some(Value::Array(parts)) if !parts.is_empty() => {
            for (index, part) in parts.iter().enumerate() {
                let key = format!("{place}.message.{index}");
                message.extend(path(sink, key, part, &["string", "untyped"]));
            }
        }
        other => {
            let found = other.map_or("nothing".to_owned(), model::short);
            let problem = format!("`message` must be a non-empty list of paths (found {found})");
            sink.schema(&place, problem);
        }
    }
    let optional = |sink: &mut Sink<'_>, key: &str, wanted: &[&str]| {
        let value = map.get(key)?;
        path(sink, format!("{place}.{key}"), value, wanted)
    };
    let code = optional(sink, "code", &["string", "integer", "untyped"]);
    let at = optional(sink, "at", &["string"]);
    if sink.problems.len() != before {
        return None;
    }
    Some(ErrorExtension {
        schema: schema?,
        message,
        code,
        at,
    })
}

fn credentials(
    sink: &mut Sink<'_>,
    map: &Map<String, Value>,
    base_url_env: Option<&str>,
) -> Vec<Credential> {
    let list = match map.get("credentials") {
        None => {
            sink.schema(
                CLIENT,
                "missing `credentials`: list the credentials a client is built from, each \
                 `{name, label, env, secret}`",
            );
            return Vec::new();
        }
        Some(Value::Array(list)) if !list.is_empty() => list,
        Some(other) => {
            sink.schema(
                format!("{CLIENT}.credentials"),
                format!(
                    "must be a non-empty list of `{{name, label, env, secret}}` (found {})",
                    model::short(other)
                ),
            );
            return Vec::new();
        }
    };
    let mut out: Vec<Credential> = Vec::new();
    let mut envs: BTreeMap<String, usize> = BTreeMap::new();
    for (index, entry) in list.iter().enumerate() {
        let place = format!("{CLIENT}.credentials.{index}");
        let Some(entry) = entry.as_object() else {
            sink.schema(
                place,
                format!(
                    "must be a mapping `{{name, label, env, secret}}` (found {})",
                    model::short(entry)
                ),
            );
            continue;
        };
        unknown_keys(sink, &place, entry, CREDENTIAL_KEYS);
        let name = required_string(
            sink,
            &place,
            entry,
            "name",
            "a snake_case parameter name (e.g. `auth_id`)",
        );
        let label = required_string(
            sink,
            &place,
            entry,
            "label",
            "how errors name it after the vendor name (e.g. `auth id`)",
        );
        let env = required_string(
            sink,
            &place,
            entry,
            "env",
            "the environment variable it is read from (e.g. `PLIVO_AUTH_ID`)",
        );
        let secret = optional_bool(sink, &place, entry, "secret");
        if let Some(name) = &name {
            if !is_snake_identifier(name) {
                sink.schema(
                    format!("{place}.name"),
                    format!(
                        "`{name}` is not a snake_case Rust identifier (or is a keyword): it becomes a parameter \
                         of the generated constructors"
                    ),
                );
            } else if out.iter().any(|c| &c.name == name) {
                sink.schema(
                    format!("{place}.name"),
                    format!("`{name}` is declared twice: credential names must be unique"),
                );
            }
        }
        if let Some(env) = &env {
            if !is_env_name(env) {
                sink.schema(
                    format!("{place}.env"),
                    format!("`{env}` is not an environment variable name (^[A-Z][A-Z0-9_]*$)"),
                );
            } else if envs.contains_key(env) || base_url_env == Some(env.as_str()) {
                sink.schema(
                    format!("{place}.env"),
                    format!("`{env}` is used twice: every variable must name one value"),
                );
            }
            envs.insert(env.clone(), index);
        }
        if let (Some(name), Some(label), Some(env)) = (name, label, env) {
            out.push(Credential {
                name,
                label,
                env,
                secret,
            });
        }
    }
    out
}

fn authentication(
    sink: &mut Sink<'_>,
    value: &Value,
    credentials: &[Credential],
) -> Option<AuthExtension> {
    let place = format!("{CLIENT}.auth");
    let Some(map) = value.as_object() else {
        sink.schema(
            &place,
            format!(
                "must be a mapping with `scheme` (found {})",
                model::short(value)
            ),
        );
        return None;
    };
    let scheme = required_string(
        sink,
        &place,
        map,
        "scheme",
        "`basic`, `headers` or `bearer`",
    )?;
    let keys: &[&str] = match scheme.as_str() {
        "basic" => &["scheme", "username", "password"],
        "headers" => &["scheme", "headers"],
        "bearer" => &["scheme", "token"],
        other => {
            sink.schema(
                format!("{place}.scheme"),
                format!(
                    "unknown scheme `{other}`: use `basic` (HTTP Basic), `headers` (one header \
                     per credential) or `bearer` (`Authorization: Bearer`)"
                ),
            );
            return None;
        }
    };
    unknown_keys(sink, &place, map, keys);
    let before = sink.problems.len();
    let credential = |sink: &mut Sink<'_>, key: &str, must_be_secret: bool| {
        let name = required_string(sink, &place, map, key, "the name of a credential")?;
        match credentials.iter().find(|c| c.name == name) {
            None => {
                sink.schema(
                    format!("{place}.{key}"),
                    format!("`{name}` is not one of the credentials"),
                );
                None
            }
            Some(found) if must_be_secret && !found.secret => {
                sink.schema(
                    format!("{place}.{key}"),
                    format!(
                        "the credential `{name}` is sent as a secret: mark it `secret: true` so \
                         it is never shown"
                    ),
                );
                None
            }
            Some(_) => Some(name),
        }
    };
    let auth = match scheme.as_str() {
        "basic" => {
            let username = credential(sink, "username", false);
            let password = credential(sink, "password", true);
            AuthExtension::Basic {
                username: username?,
                password: password?,
            }
        }
        "bearer" => AuthExtension::Bearer {
            token: credential(sink, "token", true)?,
        },
        _ => {
            let Some(headers) = map.get("headers").and_then(Value::as_object) else {
                sink.schema(
                    &place,
                    "missing `headers`: map each header name to the credential it carries",
                );
                return None;
            };
            let mut out = Vec::new();
            for (header, name) in headers {
                let valid_header = !header.is_empty()
                    && header
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
                if !valid_header {
                    sink.schema(
                        format!("{place}.headers"),
                        format!("`{header}` is not a valid HTTP header name"),
                    );
                }
                match name
                    .as_str()
                    .and_then(|n| credentials.iter().find(|c| c.name == n))
                {
                    Some(found) => out.push((header.clone(), found.name.clone())),
                    None => sink.schema(
                        format!("{place}.headers.{header}"),
                        format!(
                            "must name one of the credentials (found {})",
                            model::short(name)
                        ),
                    ),
                }
            }
            if out.is_empty() && sink.problems.len() == before {
                sink.schema(
                    format!("{place}.headers"),
                    "no header: map each header name to the credential it carries",
                );
            }
            AuthExtension::Headers(out)
        }
    };
    (sink.problems.len() == before).then_some(auth)
}

/// The origin, path and variables of `servers[0].url`, checked for a client.
fn server_url(
    sink: &mut Sink<'_>,
    spec: &Spec<'_>,
    credentials: &[Credential],
) -> Option<(String, String, Vec<String>)> {
    let url = spec.doc.pointer("/servers/0/url").and_then(Value::as_str)?;
    let place = "servers.0.url";
    let Some(rest) = url.strip_prefix("https://") else {
        sink.schema(
            place,
            format!(
                "`{url}` is not an https:// URL: the client's default origin would send \
                 credentials in clear text"
            ),
        );
        return None;
    };
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    if host.is_empty() || host.contains(['{', '}', '?', '#', '@']) {
        sink.schema(
            place,
            format!(
                "`{url}` must start with a fixed origin (`https://host[:port]`): only the path \
                 may hold variables"
            ),
        );
        return None;
    }
    let path = path.trim_end_matches('/');
    let mut variables = Vec::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        let opens = segment.matches('{').count();
        if opens == 0 && !segment.contains('}') {
            continue;
        }
        let whole = opens == 1 && segment.starts_with('{') && segment.ends_with('}');
        if !whole {
            sink.schema(
                place,
                format!(
                    "the path segment `{segment}` mixes a variable with text: a variable must \
                     be a whole segment (`/Account/{{auth_id}}`)"
                ),
            );
            continue;
        }
        let variable = &segment[1..segment.len() - 1];
        let wanted = snake_case(variable);
        match credentials.iter().find(|c| c.name == wanted) {
            None => sink.schema(
                place,
                format!(
                    "the variable `{{{variable}}}` is filled with the credential `{wanted}`, \
                     which x-trunkline-client does not declare"
                ),
            ),
            Some(found) if found.secret => sink.schema(
                place,
                format!(
                    "the variable `{{{variable}}}` would put the secret credential `{wanted}` \
                     into every URL: URLs are logged"
                ),
            ),
            Some(_) => variables.push(variable.to_owned()),
        }
    }
    Some((format!("https://{host}"), path.to_owned(), variables))
}

/// Keys of `x-trunkline-paging`, and the styles that take each.
const PAGING_KEYS: &[(&str, &[&str])] = &[
    ("style", &["offset", "page_number", "next_link"]),
    ("items", &["offset", "page_number", "next_link"]),
    ("size_param", &["offset", "page_number", "next_link"]),
    ("offset_param", &["offset"]),
    ("page_param", &["page_number"]),
    ("first_page", &["page_number"]),
    ("total", &["offset", "page_number"]),
    ("total_pages", &["page_number"]),
    ("has_next", &["offset", "page_number"]),
    ("served_size", &["offset", "page_number"]),
    ("id", &["offset", "page_number"]),
    ("next", &["next_link"]),
    ("self", &["next_link"]),
    ("summary", &["offset", "page_number", "next_link"]),
];

fn required_keys(style: &str) -> &'static [&'static str] {
    match style {
        "offset" => &["items", "size_param", "offset_param", "id"],
        "page_number" => &["items", "size_param", "page_param", "id"],
        _ => &["items", "size_param", "next"],
    }
}

/// Rule 19: `x-trunkline-paging` on one operation.
fn list_paging(
    sink: &mut Sink<'_>,
    spec: &Spec<'_>,
    op: &Op<'_>,
    value: &Value,
) -> Option<PagingExtension> {
    let problem = |sink: &mut Sink<'_>, key: &str, message: String| {
        let place = if key.is_empty() {
            PAGING.to_owned()
        } else {
            format!("{PAGING}.{key}")
        };
        sink.op(op, format!("{place}: {message}"));
    };
    let Some(map) = value.as_object() else {
        problem(
            sink,
            "",
            format!(
                "must be a mapping with `style`, `items` and `size_param` (found {})",
                model::short(value)
            ),
        );
        return None;
    };
    if op.method != "get" {
        problem(
            sink,
            "",
            "only a GET list operation can be paged: remove it".to_owned(),
        );
        return None;
    }
    let style = match map.get("style").and_then(Value::as_str) {
        Some(style @ ("offset" | "page_number" | "next_link")) => style,
        Some(other) => {
            problem(
                sink,
                "style",
                format!("unknown style `{other}`: use `offset`, `page_number` or `next_link`"),
            );
            return None;
        }
        None => {
            problem(
                sink,
                "",
                "missing `style`: `offset`, `page_number` or `next_link`".to_owned(),
            );
            return None;
        }
    };
    let before = sink.problems.len();
    for key in map.keys() {
        match PAGING_KEYS.iter().find(|(known, _)| known == key) {
            None => problem(
                sink,
                "",
                format!(
                    "unknown key `{key}`: the keys are {}",
                    PAGING_KEYS
                        .iter()
                        .map(|(k, _)| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
            Some((_, styles)) if !styles.contains(&style) => problem(
                sink,
                key,
                format!("does not apply to the `{style}` style: remove it"),
            ),
            Some(_) => {}
        }
    }
    for key in required_keys(style) {
        if !map.contains_key(*key) {
            problem(
                sink,
                "",
                format!("missing `{key}`, which the `{style}` style needs"),
            );
        }
    }
    if sink.problems.len() != before {
        return None;
    }
    let text = |sink: &mut Sink<'_>, key: &str| -> Option<String> {
        match map.get(key) {
            Some(Value::String(text)) if !text.is_empty() => Some(text.clone()),
            None => None,
            Some(other) => {
                problem(
                    sink,
                    key,
                    format!("must be a string (found {})", model::short(other)),
                );
                None
            }
        }
    };
    let size_param = text(sink, "size_param");
    let max_page_size = size_param
        .as_deref()
        .and_then(|name| query_integer(sink, spec, op, "size_param", name, true));
    let style = match style {
        "offset" => {
            let offset_param = text(sink, "offset_param");
            if let Some(name) = &offset_param {
                query_integer(sink, spec, op, "offset_param", name, false);
            }
            PagingStyle::Offset {
                offset_param: offset_param.unwrap_or_default(),
            }
        }
        "page_number" => {
            let page_param = text(sink, "page_param");
            if let Some(name) = &page_param {
                query_integer(sink, spec, op, "page_param", name, false);
            }
            let first_page = match map.get("first_page") {
                None => 1,
                Some(value) if value.as_u64() == Some(0) || value.as_u64() == Some(1) => {
                    value.as_u64().unwrap_or(1)
                }
                Some(other) => {
                    problem(
                        sink,
                        "first_page",
                        format!(
                            "must be 0 or 1, the number of the first page (found {})",
                            model::short(other)
                        ),
                    );
                    1
                }
            };
            PagingStyle::PageNumber {
                page_param: page_param.unwrap_or_default(),
                first_page,
            }
        }
        _ => PagingStyle::NextLink,
    };
    let (page_type, body) = match success_body(spec, op) {
        Some(found) => found,
        None => {
            problem(
                sink,
                "",
                "the operation has no success body that is a `$ref` to a component: a paged \
                 list answers with one page object"
                    .to_owned(),
            );
            return None;
        }
    };
    let mut fields = PageFields::default();
    let mut item_schema = None;
    if let Some(items) = text(sink, "items") {
        let mut properties = Vec::new();
        spec.object_properties(body, 0, &mut properties);
        match properties.iter().find(|(name, _)| *name == items) {
            None => problem(
                sink,
                "items",
                format!("`{items}` is not a top-level property of `{page_type}`"),
            ),
            Some((_, property)) => match spec.array_items(property) {
                None => problem(
                    sink,
                    "items",
                    format!("`{page_type}.{items}` is not an array"),
                ),
                Some(item) => {
                    item_schema = Some(item);
                    fields.items = items;
                }
            },
        }
    }
    // `id`: a dotted path into each item, a string (how a list recognises an item it already
    // yielded when the items shift between pages).
    if let (Some(path), Some(item)) = (text(sink, "id"), item_schema) {
        let parts: Vec<String> = path.split('.').map(str::to_owned).collect();
        match field_type(spec, item, &parts) {
            Err(missing) => problem(
                sink,
                "id",
                format!(
                    "`{path}` does not resolve in the items of `{page_type}.{}`: no property \
                     `{missing}`",
                    fields.items
                ),
            ),
            Ok("string") => fields.id = Some(parts),
            Ok(found) => problem(
                sink,
                "id",
                format!("the items' `{path}` is {found}, not string"),
            ),
        }
    }
    for (key, wanted, slot) in [
        ("total", "integer", &mut fields.total),
        ("total_pages", "integer", &mut fields.total_pages),
        ("has_next", "boolean", &mut fields.has_next),
        ("served_size", "integer", &mut fields.served_size),
        ("next", "string", &mut fields.next),
        ("self", "string", &mut fields.self_link),
    ] {
        let Some(path) = text(sink, key) else {
            continue;
        };
        let parts: Vec<String> = path.split('.').map(str::to_owned).collect();
        match field_type(spec, body, &parts) {
            Err(missing) => problem(
                sink,
                key,
                format!("`{path}` does not resolve in `{page_type}`: no property `{missing}`"),
            ),
            Ok(found) if found != wanted => problem(
                sink,
                key,
                format!("`{page_type}.{path}` is {found}, not {wanted}"),
            ),
            Ok(_) => *slot = Some(parts),
        }
    }
    let summary = match (map.get("summary"), item_schema) {
        (Some(value), Some(item)) => summary(sink, spec, op, value, item, &fields),
        _ => None,
    };
    if sink.problems.len() != before {
        return None;
    }
    Some(PagingExtension {
        operation_id: op.id?.to_owned(),
        page_type: page_type.to_owned(),
        style,
        size_param: size_param?,
        max_page_size: max_page_size?,
        fields,
        summary,
    })
}

/// Rule 19, `summary`: a list of distinct top-level properties of the items, which are a
/// `$ref` to a component; the `id` path's first property among them; no component already
/// named like the two types it adds.
fn summary(
    sink: &mut Sink<'_>,
    spec: &Spec<'_>,
    op: &Op<'_>,
    value: &Value,
    item: &Value,
    fields: &PageFields,
) -> Option<Summary> {
    let place = format!("{PAGING}.summary");
    let names: Option<Vec<&str>> = value
        .as_array()
        .filter(|names| !names.is_empty())
        .and_then(|names| names.iter().map(Value::as_str).collect());
    let Some(names) = names else {
        sink.op(
            op,
            format!(
                "{place}: must be a non-empty list of the items' property names (found {})",
                model::short(value)
            ),
        );
        return None;
    };
    let Some(name) = item
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.strip_prefix("#/components/schemas/"))
    else {
        sink.op(
            op,
            format!("{place}: the items must be a `$ref` to a component schema to summarise"),
        );
        return None;
    };
    let before = sink.problems.len();
    let mut properties = Vec::new();
    spec.object_properties(item, 0, &mut properties);
    let mut kept: Vec<String> = Vec::new();
    for field in names {
        if !properties.iter().any(|(property, _)| *property == field) {
            sink.op(
                op,
                format!("{place}: `{field}` is not a top-level property of `{name}`"),
            );
        } else if kept.iter().any(|seen| seen == field) {
            sink.op(op, format!("{place}: `{field}` is listed twice"));
        } else {
            kept.push(field.to_owned());
        }
    }
    if let Some(first) = fields.id.as_ref().and_then(|path| path.first())
        && !kept.contains(first)
    {
        sink.op(
            op,
            format!("{place}: must keep `{first}`, the start of the items' `id`"),
        );
    }
    for taken in [format!("{name}Summary"), format!("{name}SummaryPage")] {
        if spec.component_schema(&taken).is_some() {
            sink.op(
                op,
                format!("{place}: the component `{taken}` would clash with the type it adds"),
            );
        }
    }
    (sink.problems.len() == before).then(|| Summary {
        item: name.to_owned(),
        fields: kept,
    })
}

/// Checks that `name` is an integer query parameter of the operation; for the size parameter,
/// that it declares its `maximum`, which it returns.
fn query_integer(
    sink: &mut Sink<'_>,
    spec: &Spec<'_>,
    op: &Op<'_>,
    key: &str,
    name: &str,
    needs_maximum: bool,
) -> Option<u64> {
    let place = format!("{PAGING}.{key}");
    let found = spec.effective_parameters(op).into_iter().find(|(_, p)| {
        p.get("name").and_then(Value::as_str) == Some(name)
            && p.get("in").and_then(Value::as_str) == Some("query")
    });
    let Some((_, parameter)) = found else {
        sink.op(
            op,
            format!("{place}: `{name}` is not a query parameter of the operation"),
        );
        return None;
    };
    let schema = parameter
        .get("schema")
        .and_then(|s| spec.deref_schema(s))
        .map(|(_, s)| s);
    if schema.and_then(|s| s.get("type")).and_then(Value::as_str) != Some("integer") {
        sink.op(
            op,
            format!("{place}: the query parameter `{name}` is not `type: integer`"),
        );
        return None;
    }
    if !needs_maximum {
        return Some(0);
    }
    match schema
        .and_then(|s| s.get("maximum"))
        .and_then(Value::as_u64)
    {
        Some(maximum) if maximum >= 1 => Some(maximum),
        _ => {
            sink.op(
                op,
                format!(
                    "{place}: the query parameter `{name}` has no integer `maximum`: declare the \
                     largest page the vendor serves (the streams' default page size)"
                ),
            );
            None
        }
    }
}

/// The component and schema of the operation's first 2xx JSON body.
fn success_body<'a>(spec: &Spec<'a>, op: &Op<'a>) -> Option<(&'a str, &'a Value)> {
    for (status, response) in spec.responses(op) {
        if !status.starts_with('2') {
            continue;
        }
        let response = spec.resolve(response, "responses").ok()?;
        for (_, media) in model::content(response) {
            if let Some(schema) = media.get("schema")
                && let Some((Some(name), body)) = spec.deref_schema(schema)
            {
                return Some((name, body));
            }
        }
    }
    None
}

/// The JSON type at a dotted property path, or the first segment that does not resolve.
fn field_type<'a>(
    spec: &Spec<'a>,
    body: &'a Value,
    path: &'a [String],
) -> Result<&'a str, &'a str> {
    let mut schema = body;
    for segment in path {
        // `0`: an array's first item.
        if segment == "0"
            && let Some(item) = spec.array_items(schema)
        {
            schema = item;
            continue;
        }
        let mut properties = Vec::new();
        spec.object_properties(schema, 0, &mut properties);
        schema = properties
            .into_iter()
            .find(|(name, _)| *name == segment)
            .map(|(_, property)| property)
            .ok_or(segment.as_str())?;
    }
    Ok(json_type(spec, schema, 0).unwrap_or("untyped"))
}

fn json_type<'a>(spec: &Spec<'a>, schema: &'a Value, hops: usize) -> Option<&'a str> {
    let (_, schema) = spec.deref_schema(schema)?;
    if let Some(ty) = schema.get("type").and_then(Value::as_str) {
        return Some(ty);
    }
    if hops > 16 {
        return None;
    }
    schema
        .get("allOf")
        .and_then(Value::as_array)?
        .iter()
        .find_map(|member| json_type(spec, member, hops + 1))
}

/// Operations sharing a page type must say the same about it: one `ListPage` implementation
/// reads it.
fn shared_page_types(sink: &mut Sink<'_>, spec: &Spec<'_>, paging: &[PagingExtension]) {
    let mut first: BTreeMap<&str, &PagingExtension> = BTreeMap::new();
    for declared in paging {
        match first.get(declared.page_type.as_str()) {
            None => {
                first.insert(&declared.page_type, declared);
            }
            Some(earlier)
                if earlier.fields != declared.fields
                    || std::mem::discriminant(&earlier.style)
                        != std::mem::discriminant(&declared.style) =>
            {
                if let Some(op) = spec
                    .ops
                    .iter()
                    .find(|op| op.id == Some(declared.operation_id.as_str()))
                {
                    sink.op(
                        op,
                        format!(
                            "{PAGING}: `{}` declares the page `{}` differently (style, items or \
                             fields): operations answering with one page type must declare it \
                             the same way",
                            earlier.operation_id, declared.page_type
                        ),
                    );
                }
            }
            Some(_) => {}
        }
    }
}
