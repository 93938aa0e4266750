//! Operation rules: ids (3), retry class (4), responses (5, 6, 8), request bodies (6, 7, 8,
//! 10), parameters (9) and path templates (16, 17).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::model::{self, Base, Op, RefError, Sink, Spec};

pub(super) fn check(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    operation_ids(sink, spec);
    if let Some(paths) = spec.doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            if path.starts_with("x-") {
                continue;
            }
            if item.get("$ref").is_some() {
                sink.schema(
                    format!("paths.{path}"),
                    "a path item `$ref` is not supported by progenitor 0.15: write the \
                     operations inline",
                );
            }
        }
    }
    for op in &spec.ops {
        retry_class(sink, op);
        responses(sink, spec, op);
        request_body(sink, spec, op);
        parameters(sink, spec, op);
    }
}

/// Rule 3.
fn operation_ids(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    let mut by_id: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for op in &spec.ops {
        match op.value.get("operationId") {
            None => sink.op(
                op,
                "missing operationId: add a snake_case `operationId` such as `list_trunks` (it \
                 becomes the Rust method name)",
            ),
            Some(Value::String(id)) => {
                by_id.entry(id).or_default().push(op.label());
                let snake = id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if !snake {
                    sink.op(
                        op,
                        format!(
                            "operationId `{id}` is not snake_case (^[a-z][a-z0-9_]*$): write \
                             `{}`",
                            snake_case(id)
                        ),
                    );
                }
            }
            Some(other) => sink.op(
                op,
                format!(
                    "operationId must be a string (found {}): write a snake_case name",
                    model::short(other)
                ),
            ),
        }
    }
    for op in &spec.ops {
        if let Some(id) = op.id
            && let Some(users) = by_id.get(id)
            && users.len() > 1
        {
            let mut users = users.clone();
            users.sort();
            sink.op(
                op,
                format!(
                    "operationId `{id}` is used by {} operations ({}): operation ids must be \
                     unique in the file",
                    users.len(),
                    users.join(", ")
                ),
            );
        }
    }
}

pub(super) fn snake_case(id: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in id.chars() {
        if c.is_ascii_uppercase() {
            if previous_lower && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            previous_lower = false;
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
            previous_lower = true;
        } else {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            previous_lower = false;
        }
    }
    let out = out.trim_matches('_').to_owned();
    if out.starts_with(|c: char| c.is_ascii_lowercase()) {
        out
    } else {
        format!("op_{out}")
    }
}

/// Rule 4.
fn retry_class(sink: &mut Sink<'_>, op: &Op<'_>) {
    let flag = op.value.get("x-trunkline-idempotent");
    match (op.method, flag) {
        ("post", None) => sink.op(
            op,
            "POST without `x-trunkline-idempotent`: declare `x-trunkline-idempotent: true` (an \
             update, safe to resend) or `false` (it creates something)",
        ),
        ("patch", None) => sink.op(
            op,
            "PATCH without `x-trunkline-idempotent`: declare `x-trunkline-idempotent: true` (it \
             sets fields, safe to resend) or `false` (resending it changes the result)",
        ),
        (_, Some(Value::Bool(_))) | (_, None) => {}
        (_, Some(other)) => sink.op(
            op,
            format!(
                "`x-trunkline-idempotent` must be a boolean (found {}): write `true` or `false`",
                model::short(other)
            ),
        ),
    }
    if op.method != "post" && op.method != "patch" && flag.is_some() {
        sink.op(
            op,
            format!(
                "`x-trunkline-idempotent` on a {} operation: only POST and PATCH declare a retry \
                 class (the other methods have a fixed one): remove it",
                op.method.to_ascii_uppercase()
            ),
        );
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Status {
    Code(u16),
    Range(u16),
    Default,
}

impl Status {
    fn parse(key: &str) -> Option<Self> {
        if key == "default" {
            return Some(Self::Default);
        }
        let bytes = key.as_bytes();
        if bytes.len() != 3 {
            return None;
        }
        if let Ok(code) = key.parse::<u16>() {
            return (100..=599).contains(&code).then_some(Self::Code(code));
        }
        match bytes {
            [d @ b'1'..=b'5', b'X' | b'x', b'X' | b'x'] => Some(Self::Range(u16::from(d - b'0'))),
            _ => None,
        }
    }

    fn is_success(self) -> bool {
        matches!(self, Self::Default | Self::Code(200..=299) | Self::Range(2))
    }

    fn is_error(self) -> bool {
        matches!(
            self,
            Self::Default | Self::Code(400..=599) | Self::Range(4 | 5)
        )
    }
}

/// What a response decodes into, as progenitor classifies it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Named(String),
    Inline(String),
    Raw(String),
    None,
}

impl Kind {
    fn describe(&self) -> String {
        match self {
            Self::Named(name) => name.clone(),
            Self::Inline(_) => "an inline schema".to_owned(),
            Self::Raw(media) => format!("a non-JSON body ({media})"),
            Self::None => "no body".to_owned(),
        }
    }
}

fn is_json(media: &str) -> bool {
    media == "application/json" || media.starts_with("application/json;")
}

fn essence(media: &str) -> &str {
    media.split(';').next().unwrap_or(media).trim()
}

/// Rules 5, 6, 7 (response encoding), 8 and 11 (enum bodies) on the responses.
fn responses(sink: &mut Sink<'_>, spec: &Spec<'_>, op: &Op<'_>) {
    let responses = spec.responses(op);
    if op.value.get("responses").is_none() {
        sink.op(
            op,
            "no `responses`: declare the success response and the '4XX'/'5XX' errors",
        );
        return;
    }
    let mut kinds: Vec<(Status, &str, Kind)> = Vec::new();
    let mut statuses: Vec<Status> = Vec::new();
    for (key, response) in responses {
        let Some(status) = Status::parse(key) else {
            sink.op(
                op,
                format!(
                    "response key `{key}` is not a status code (100-599), a range ('1XX' to \
                     '5XX') or `default`: openapiv3 silently drops it: fix the key"
                ),
            );
            continue;
        };
        if status == Status::Default {
            sink.op(
                op,
                "`default` response: progenitor counts it as both a success and an error: use \
                 '4XX' and '5XX' with the API's error schema instead (convention 7)",
            );
        }
        let response = match spec.resolve(response, "responses") {
            Ok(response) => response,
            Err(RefError::Reported) => continue,
            Err(RefError::Cycle(chain)) => {
                sink.op(
                    op,
                    format!("response {key}: cyclic $ref {chain}: point it at a definition"),
                );
                continue;
            }
        };
        let media_types = model::content(response);
        let mut kind = Kind::None;
        let mut known = true;
        if let Some((_, entry)) = media_types.iter().find(|(media, _)| is_json(media)) {
            match body_identity(spec, entry.get("schema")) {
                Some(identity) => kind = identity,
                // Reported as a missing schema; it cannot be compared.
                None => known = false,
            }
        } else if let Some((media, _)) = media_types.first() {
            kind = Kind::Raw((*media).to_owned());
        }
        for (media, entry) in &media_types {
            let place = format!("response {key} ({media})");
            body_media(sink, op, &place, entry);
            if let Some(name) = entry
                .get("schema")
                .and_then(|schema| spec.deref_schema(schema))
                .and_then(|(name, _)| name)
                .filter(|name| spec.is_enum_component(name))
            {
                sink.op(
                    op,
                    format!(
                        "{place}: the body is the enum component `{name}`, which would stay a \
                         closed enum: wrap it in an object schema"
                    ),
                );
            }
        }
        statuses.push(status);
        if known {
            kinds.push((status, key, kind));
        }
    }
    if !statuses.iter().any(|status| status.is_success()) {
        sink.op(
            op,
            "no success response: declare the 2xx the vendor answers with ('200' with a $ref \
             body, or '204' without content)",
        );
    }
    for (group, filter, advice) in [
        (
            "more than one success type",
            Status::is_success as fn(Status) -> bool,
            "progenitor 0.15 asserts one success type per operation: give every 2xx response \
             the same $ref, or none of them a body",
        ),
        (
            "error responses have different types",
            Status::is_error,
            "progenitor 0.15 asserts one error type per operation: give every 4xx/5xx response \
             the API's one error schema",
        ),
    ] {
        let mut members: Vec<&(Status, &str, Kind)> = kinds
            .iter()
            .filter(|(status, _, _)| filter(*status))
            .collect();
        members.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)));
        let distinct: BTreeSet<&Kind> = members.iter().map(|(_, _, kind)| kind).collect();
        if distinct.len() > 1 {
            let list: Vec<String> = members
                .iter()
                .map(|(_, key, kind)| format!("{key}: {}", kind.describe()))
                .collect();
            sink.op(op, format!("{group} ({}): {advice}", list.join(", ")));
        }
    }
}

/// The identity of a body schema: the component it resolves to, or its canonical form.
fn body_identity(spec: &Spec<'_>, schema: Option<&Value>) -> Option<Kind> {
    let schema = schema?;
    if schema.get("$ref").is_some() {
        return Some(match spec.deref_schema(schema) {
            Some((Some(name), _)) => Kind::Named(name.to_owned()),
            _ => Kind::Named(
                schema
                    .get("$ref")
                    .and_then(Value::as_str)
                    .unwrap_or("?")
                    .to_owned(),
            ),
        });
    }
    Some(Kind::Inline(canonical(schema)))
}

/// A key-order-independent rendering of a value.
fn canonical(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let sorted: BTreeMap<&String, String> =
                map.iter().map(|(k, v)| (k, canonical(v))).collect();
            let parts: Vec<String> = sorted
                .iter()
                .map(|(k, v)| format!("{}:{v}", Value::String((*k).clone())))
                .collect();
            format!("{{{}}}", parts.join(","))
        }
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", parts.join(","))
        }
        other => other.to_string(),
    }
}

/// Rules 6, 7 (encoding) and 8 on one media type of a body.
fn body_media(sink: &mut Sink<'_>, op: &Op<'_>, place: &str, entry: &Value) {
    match entry.get("schema") {
        None => sink.op(
            op,
            format!(
                "{place}: no schema: add `schema: {{$ref: '#/components/schemas/...'}}`, or \
                 remove the content if there is no body (progenitor 0.15 panics on a media \
                 type without a schema)"
            ),
        ),
        Some(schema) => {
            let is_component_ref = schema
                .get("$ref")
                .and_then(Value::as_str)
                .is_some_and(|r| model::component_name(r, "schemas").is_some());
            if !is_component_ref && schema.get("$ref").is_none() {
                sink.op(
                    op,
                    format!(
                        "{place}: inline schema: move it to components/schemas and `$ref` it, \
                         so the body has a stable type name and its examples can be decoded \
                         (convention 5)"
                    ),
                );
            }
        }
    }
    if entry
        .get("encoding")
        .and_then(Value::as_object)
        .is_some_and(|encoding| !encoding.is_empty())
    {
        sink.op(
            op,
            format!(
                "{place}: `encoding` is not supported by progenitor 0.15 (it panics): remove it"
            ),
        );
    }
}

/// Rules 6, 7, 8 and 10 on the request body.
fn request_body(sink: &mut Sink<'_>, spec: &Spec<'_>, op: &Op<'_>) {
    let Some(body) = op.value.get("requestBody") else {
        return;
    };
    let body = match spec.resolve(body, "requestBodies") {
        Ok(body) => body,
        Err(RefError::Reported) => return,
        Err(RefError::Cycle(chain)) => {
            sink.op(
                op,
                format!("request body: cyclic $ref {chain}: point it at a definition"),
            );
            return;
        }
    };
    let media_types = model::content(body);
    if media_types.is_empty() {
        sink.op(
            op,
            "request body without a media type: add `application/json` (or \
             `application/x-www-form-urlencoded`) with a $ref schema, or remove `requestBody`",
        );
        return;
    }
    if media_types.len() > 1 {
        let names: Vec<&str> = media_types.iter().map(|(media, _)| *media).collect();
        sink.op(
            op,
            format!(
                "request body has {} media types ({}): progenitor 0.15 accepts exactly one: keep \
                 the one the vendor documents",
                names.len(),
                names.join(", ")
            ),
        );
    }
    for (media, entry) in media_types {
        let place = format!("request body ({media})");
        let kind = essence(media);
        if kind.starts_with("multipart/") {
            sink.op(
                op,
                format!(
                    "{place}: {kind} is not supported by progenitor 0.15: use application/json \
                     or application/x-www-form-urlencoded"
                ),
            );
        } else if kind != "application/json" && kind != "application/x-www-form-urlencoded" {
            sink.op(
                op,
                format!(
                    "{place}: media type `{media}` is not supported: use application/json or \
                     application/x-www-form-urlencoded"
                ),
            );
        }
        body_media(sink, op, &place, entry);
        if kind == "application/x-www-form-urlencoded"
            && let Some(schema) = entry.get("schema")
        {
            form_body(sink, spec, op, &place, schema);
        }
    }
}

/// Rule 10.
fn form_body(sink: &mut Sink<'_>, spec: &Spec<'_>, op: &Op<'_>, place: &str, schema: &Value) {
    let mut properties = Vec::new();
    spec.object_properties(schema, 0, &mut properties);
    properties.sort_by(|a, b| a.0.cmp(b.0));
    for (name, property) in properties {
        if spec.array_items(property).is_some() {
            sink.op(
                op,
                format!(
                    "{place}: property `{name}` is an array: serde_urlencoded cannot encode \
                     arrays in a form body: make it a single value (or a delimited string, if \
                     the vendor accepts one)"
                ),
            );
        } else if spec.is_object_like(property, 0) {
            sink.op(
                op,
                format!(
                    "{place}: property `{name}` is an object: serde_urlencoded cannot encode \
                     nested objects in a form body: flatten it into scalar properties"
                ),
            );
        }
    }
}

/// Names of the `{variables}` of a path template, or why the template is malformed.
fn template_names(path: &str) -> Result<Vec<&str>, String> {
    if !path.starts_with('/') {
        return Err("the path must start with `/`".to_owned());
    }
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("unbalanced `}` in the path".to_owned());
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find(['{', '}']) else {
            return Err("unterminated `{` in the path".to_owned());
        };
        if after[close..].starts_with('{') {
            return Err("nested `{` in the path".to_owned());
        }
        let name = &after[..close];
        if name.is_empty() || name.contains('/') {
            return Err(format!("invalid path variable `{{{name}}}`"));
        }
        names.push(name);
        rest = &after[close + 1..];
    }
    Ok(names)
}

fn is_account_name(name: &str) -> bool {
    let normal: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    matches!(normal.as_str(), "authid" | "accountsid" | "accountid")
}

/// Rules 9, 16 and 17, and progenitor's parameter limits.
fn parameters(sink: &mut Sink<'_>, spec: &Spec<'_>, op: &Op<'_>) {
    let names = match template_names(op.path) {
        Ok(names) => names,
        Err(problem) => {
            sink.op(
                op,
                format!("malformed path template: {problem}: write `/segment/{{name}}/...`"),
            );
            Vec::new()
        }
    };
    for name in &names {
        if is_account_name(name) {
            sink.op(
                op,
                format!(
                    "the path takes the account id `{{{name}}}`: move the account into \
                     servers[0].url as a server variable and drop it from the path (convention 2)"
                ),
            );
        }
    }
    let all = spec.parameters(op);
    let effective = spec.effective_parameters(op);
    // Two parameters with one name (in different places) collide in progenitor's map.
    let mut seen: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (_, parameter) in &all {
        if let (Some(name), Some(place)) = (
            parameter.get("name").and_then(Value::as_str),
            parameter.get("in").and_then(Value::as_str),
        ) {
            seen.entry(name).or_default().insert(place);
        }
    }
    for (name, places) in &seen {
        if places.len() > 1 {
            let places: Vec<&str> = places.iter().copied().collect();
            sink.op(
                op,
                format!(
                    "parameter name `{name}` is used {} times ({}): progenitor keys parameters by \
                     name and keeps only one: rename one of them",
                    places.len(),
                    places.join(", ")
                ),
            );
        }
    }
    let mut declared_path = BTreeSet::new();
    for (base, parameter) in &effective {
        let name = parameter.get("name").and_then(Value::as_str).unwrap_or("?");
        let place = parameter.get("in").and_then(Value::as_str).unwrap_or("");
        parameter_rules(sink, spec, base, name, place, parameter);
        if place == "path" {
            declared_path.insert(name);
            if is_account_name(name) && !names.contains(&name) {
                sink.at(
                    base,
                    "",
                    format!(
                        "path parameter `{name}` is the account id: the account is part of \
                         servers[0].url (convention 2): remove the parameter"
                    ),
                );
            }
            if !names.contains(&name) && !is_account_name(name) {
                sink.op(
                    op,
                    format!(
                        "path parameter `{name}` is declared but `{{{name}}}` is not in the path: \
                         remove the parameter or add it to the path"
                    ),
                );
            }
        }
    }
    for name in &names {
        if !declared_path.contains(name) {
            sink.op(
                op,
                format!(
                    "path variable `{{{name}}}` has no `in: path` parameter: declare one named \
                     `{name}` (on the operation or the path item)"
                ),
            );
        }
    }
}

fn parameter_rules(
    sink: &mut Sink<'_>,
    spec: &Spec<'_>,
    base: &Base,
    name: &str,
    place: &str,
    parameter: &Value,
) {
    let expected_style = match place {
        "path" | "header" => "simple",
        "query" => "form",
        "cookie" => {
            sink.at(
                base,
                "",
                format!("cookie parameter `{name}` is not supported by progenitor 0.15: remove it"),
            );
            return;
        }
        _ => return, // openapiv3 reports a missing or unknown `in`
    };
    if let Some(style) = parameter.get("style").and_then(Value::as_str)
        && style != expected_style
    {
        sink.at(
            base,
            "",
            format!(
                "{place} parameter `{name}` has style `{style}`: progenitor 0.15 supports only \
                 `{expected_style}`: remove the style"
            ),
        );
    }
    if place == "path" && parameter.get("required") != Some(&Value::Bool(true)) {
        sink.at(
            base,
            "",
            format!(
                "path parameter `{name}` must have `required: true` (progenitor 0.15 asserts it)"
            ),
        );
    }
    let Some(schema) = parameter.get("schema") else {
        if parameter.get("content").is_some() {
            sink.at(
                base,
                "",
                format!(
                    "parameter `{name}` uses `content`: progenitor 0.15 needs a `schema`: write \
                     `schema:` instead"
                ),
            );
        } else {
            sink.at(
                base,
                "",
                format!("parameter `{name}` has no `schema`: add one (e.g. `type: string`)"),
            );
        }
        return;
    };
    if place == "query" || place == "path" {
        if spec.is_object_like(schema, 0) {
            let named = spec
                .deref_schema(schema)
                .and_then(|(name, _)| name)
                .map(|n| format!(" (`{n}`)"))
                .unwrap_or_default();
            sink.at(
                base,
                "",
                format!(
                    "{place} parameter `{name}` is an object{named}: progenitor's builder \
                     cannot serialize object {place} parameters: flatten it into scalar \
                     parameters"
                ),
            );
        } else if let Some(items) = spec.array_items(schema)
            && spec.is_object_like(items, 0)
        {
            sink.at(
                base,
                "",
                format!(
                    "{place} parameter `{name}` is an array of objects: it cannot be serialized \
                     into a URL: use an array of scalars or separate parameters"
                ),
            );
        }
    }
}
