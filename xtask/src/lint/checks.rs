//! The document-level rules (1, 2, component names, 15) and the order the rules run in.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::model::{self, Base, METHODS, RefError, Sink, Spec};
use super::{MAX_DEPTH, Problem, examples, extensions, operations, schemas};
use crate::extensions::Extensions;

/// Runs every rule over a parsed document.
pub(super) fn run(file: &str, doc: &Value) -> Vec<Problem> {
    let mut sink = Sink::new(file);
    if !doc.is_object() {
        sink.document(format!(
            "the document root is {}, not a mapping: an OpenAPI document is a mapping with \
             `openapi`, `info`, `servers`, `paths` and `components`",
            model::describe_kind(doc)
        ));
        return sink.problems;
    }
    if model::depth_exceeds(doc, MAX_DEPTH) {
        sink.document(format!(
            "nesting too deep (more than {MAX_DEPTH} levels): flatten the document"
        ));
        return sink.problems;
    }
    if !version(&mut sink, doc) {
        return sink.problems;
    }
    let spec = Spec::new(doc);
    structure(&mut sink, &spec);
    component_names(&mut sink, &spec);
    references(&mut sink, &spec);
    cycles(&mut sink, &spec);
    operations::check(&mut sink, &spec);
    schemas::check(&mut sink, &spec);
    examples::check(&mut sink, &spec);
    extensions::check(&mut sink, &spec);
    sink.problems
}

/// Rules 18 and 19 alone, with what the extensions declare.
pub(super) fn extensions_of(file: &str, doc: &Value) -> (Extensions, Vec<Problem>) {
    let mut sink = Sink::new(file);
    let spec = Spec::new(doc);
    let declared = extensions::check(&mut sink, &spec);
    (declared, sink.problems)
}

/// Rule 1. Returns whether the rest is worth checking.
fn version(sink: &mut Sink<'_>, doc: &Value) -> bool {
    if let Some(swagger) = doc.get("swagger") {
        let found = swagger
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| model::short(swagger));
        sink.document(format!(
            "Swagger {found} is not supported by progenitor 0.15: convert the document to \
             OpenAPI 3.0.3 (`openapi: 3.0.3`)"
        ));
        return false;
    }
    match doc.get("openapi") {
        None => {
            sink.document(
                "missing `openapi` field: start the document with `openapi: 3.0.3` (progenitor \
                 0.15 reads OpenAPI 3.0.x only)",
            );
            false
        }
        Some(Value::String(version)) => {
            let version = version.trim();
            if version.starts_with("3.0.") {
                true
            } else if version.starts_with("3.1") {
                sink.document(format!(
                    "OpenAPI 3.1 is not supported by progenitor 0.15: write 3.0.3 (found \
                     `openapi: {version}`)"
                ));
                false
            } else {
                sink.document(format!(
                    "OpenAPI {version} is not supported by progenitor 0.15, which reads 3.0.x \
                     only: write 3.0.3"
                ));
                false
            }
        }
        Some(other) => {
            sink.document(format!(
                "`openapi` must be a string such as '3.0.3' (found {}): write `openapi: 3.0.3`",
                model::short(other)
            ));
            false
        }
    }
}

fn fails<T: DeserializeOwned>(value: &Value) -> Option<String> {
    serde_json::from_value::<T>(value.clone())
        .err()
        .map(|err| err.to_string())
}

/// Rule 2.
fn structure(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    let doc = spec.doc;
    if let Some(err) = fails::<openapiv3::OpenAPI>(doc) {
        let before = sink.problems.len();
        localize(sink, spec);
        // A missing `paths` has its own message below.
        if sink.problems.len() == before && doc.get("paths").is_some() {
            sink.document(format!(
                "not a valid OpenAPI 3.0 document ({err}): fix its structure to match the \
                 OpenAPI 3.0.3 specification"
            ));
        }
    }
    if doc.get("paths").is_none() {
        sink.document("missing `paths`: add the API's operations under `paths`");
    }
    let url = doc
        .get("servers")
        .and_then(Value::as_array)
        .and_then(|servers| servers.first())
        .and_then(|server| server.get("url"))
        .and_then(Value::as_str)
        .filter(|url| !url.trim().is_empty());
    if url.is_none() {
        sink.document(
            "missing `servers[0].url`: add the API's base URL, with the account as a server \
             variable (convention 2)",
        );
    }
}

fn invalid(noun: &str, err: &str) -> String {
    format!(
        "not a valid OpenAPI 3.0 {noun} ({err}): fix it to match the OpenAPI 3.0.3 \
         specification"
    )
}

/// Finds which parts of a document that openapiv3 rejects are at fault.
fn localize(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    let doc = spec.doc;
    match doc.get("info") {
        None => sink.document("missing `info`: add `info` with `title` and `version`"),
        Some(info) => {
            if let Some(err) = fails::<openapiv3::Info>(info) {
                sink.schema("info", invalid("info object", &err));
            }
        }
    }
    for (key, check) in [
        (
            "servers",
            fails::<Vec<openapiv3::Server>> as fn(&Value) -> Option<String>,
        ),
        ("tags", fails::<Vec<openapiv3::Tag>>),
        ("externalDocs", fails::<openapiv3::ExternalDocumentation>),
        ("security", fails::<Vec<openapiv3::SecurityRequirement>>),
    ] {
        if let Some(value) = doc.get(key)
            && let Some(err) = check(value)
        {
            sink.schema(key, invalid(&format!("`{key}`"), &err));
        }
    }
    if let Some(paths) = doc.get("paths") {
        match paths.as_object() {
            None => sink.schema("paths", "`paths` must be a mapping from path to path item"),
            Some(map) => {
                for (path, item) in map {
                    if path.starts_with("x-") {
                        continue;
                    }
                    if let Some(err) = fails::<openapiv3::ReferenceOr<openapiv3::PathItem>>(item) {
                        let before = sink.problems.len();
                        for op in spec.ops.iter().filter(|op| op.path == path) {
                            localize_operation(sink, spec, op);
                        }
                        if sink.problems.len() == before {
                            sink.schema(format!("paths.{path}"), invalid("path item", &err));
                        }
                    }
                }
            }
        }
    }
    if let Some(components) = doc.get("components")
        && let Some(err) = fails::<openapiv3::Components>(components)
    {
        let before = sink.problems.len();
        localize_components(sink, components);
        if sink.problems.len() == before {
            sink.schema("components", invalid("components object", &err));
        }
    }
}

fn localize_operation(sink: &mut Sink<'_>, _spec: &Spec<'_>, op: &model::Op<'_>) {
    let Some(err) = fails::<openapiv3::Operation>(op.value) else {
        return;
    };
    let before = sink.problems.len();
    let base = Base::in_op(op, "");
    if let Some(parameters) = op.value.get("parameters").and_then(Value::as_array) {
        for (index, parameter) in parameters.iter().enumerate() {
            if let Some(err) = fails::<openapiv3::ReferenceOr<openapiv3::Parameter>>(parameter) {
                let label = parameter
                    .get("name")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .unwrap_or_else(|| index.to_string());
                let here = base.child(&format!("parameters.{label}"));
                if !localize_schema_in(sink, &here, parameter.get("schema"), ".schema") {
                    sink.at(&here, "", invalid("parameter", &err));
                }
            }
        }
    }
    if let Some(body) = op.value.get("requestBody")
        && let Some(err) = fails::<openapiv3::ReferenceOr<openapiv3::RequestBody>>(body)
    {
        let here = base.child("requestBody");
        if !localize_content(sink, &here, body) {
            sink.at(&here, "", invalid("request body", &err));
        }
    }
    if let Some(responses) = op.value.get("responses") {
        match responses.as_object() {
            None => sink.at(
                &base,
                "responses",
                "must be a mapping from status code to response",
            ),
            Some(map) => {
                for (code, response) in map {
                    if code.starts_with("x-") {
                        continue;
                    }
                    if let Some(err) =
                        fails::<openapiv3::ReferenceOr<openapiv3::Response>>(response)
                    {
                        let here = base.child(&format!("responses.{code}"));
                        if !localize_content(sink, &here, response) {
                            sink.at(&here, "", invalid("response", &err));
                        }
                    }
                }
            }
        }
    }
    if sink.problems.len() == before {
        sink.op(op, invalid("operation", &err));
    }
}

/// Reports the failing schemas under `content`; returns whether it reported anything.
fn localize_content(sink: &mut Sink<'_>, base: &Base, value: &Value) -> bool {
    let mut reported = false;
    for (media, entry) in model::content(value) {
        reported |= localize_schema_in(
            sink,
            base,
            entry.get("schema"),
            &format!(".content.{media}.schema"),
        );
    }
    reported
}

fn localize_schema_in(sink: &mut Sink<'_>, base: &Base, schema: Option<&Value>, sub: &str) -> bool {
    let Some(schema) = schema else {
        return false;
    };
    match localize_schema(schema, String::new(), 0) {
        Some((place, err)) => {
            sink.at(base, &format!("{sub}{place}"), invalid("schema", &err));
            true
        }
        None => false,
    }
}

/// The deepest failing schema below `schema`: its dotted place and openapiv3's message.
fn localize_schema(schema: &Value, place: String, depth: usize) -> Option<(String, String)> {
    let err = fails::<openapiv3::ReferenceOr<openapiv3::Schema>>(schema)?;
    if depth < MAX_DEPTH {
        for (sub, child) in schema_children(schema) {
            if let Some(found) = localize_schema(child, format!("{place}{sub}"), depth + 1) {
                return Some(found);
            }
        }
    }
    // The untagged ReferenceOr hides the reason; the plain schema type gives a better one.
    let err = if schema.get("$ref").is_none() {
        fails::<openapiv3::Schema>(schema).unwrap_or(err)
    } else {
        err
    };
    Some((place, err))
}

/// The nested schemas of a schema with their dotted sub-paths.
pub(super) fn schema_children(schema: &Value) -> Vec<(String, &Value)> {
    let mut out = Vec::new();
    let Some(map) = schema.as_object() else {
        return out;
    };
    if let Some(properties) = map.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            out.push((format!(".properties.{name}"), property));
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get(key).filter(|child| child.is_object()) {
            out.push((format!(".{key}"), child));
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(members) = map.get(key).and_then(Value::as_array) {
            for (index, member) in members.iter().enumerate() {
                out.push((format!(".{key}.{index}"), member));
            }
        }
    }
    out
}

fn localize_components(sink: &mut Sink<'_>, components: &Value) {
    let Some(map) = components.as_object() else {
        sink.schema("components", "`components` must be a mapping");
        return;
    };
    for (kind, entries) in map {
        if kind.starts_with("x-") {
            continue;
        }
        let Some(entries) = entries.as_object() else {
            sink.schema(
                format!("components.{kind}"),
                format!("`components.{kind}` must be a mapping from name to definition"),
            );
            continue;
        };
        for (name, entry) in entries {
            let place = format!("components.{kind}.{name}");
            let err = match kind.as_str() {
                "schemas" => {
                    if let Some((sub, err)) = localize_schema(entry, String::new(), 0) {
                        sink.schema(format!("{place}{sub}"), invalid("schema", &err));
                    }
                    continue;
                }
                "responses" => {
                    let base = Base::component(place.clone());
                    if localize_content(sink, &base, entry) {
                        continue;
                    }
                    fails::<openapiv3::ReferenceOr<openapiv3::Response>>(entry)
                }
                "requestBodies" => {
                    let base = Base::component(place.clone());
                    if localize_content(sink, &base, entry) {
                        continue;
                    }
                    fails::<openapiv3::ReferenceOr<openapiv3::RequestBody>>(entry)
                }
                "parameters" => {
                    let base = Base::component(place.clone());
                    if localize_schema_in(sink, &base, entry.get("schema"), ".schema") {
                        continue;
                    }
                    fails::<openapiv3::ReferenceOr<openapiv3::Parameter>>(entry)
                }
                "headers" => fails::<openapiv3::ReferenceOr<openapiv3::Header>>(entry),
                "examples" => fails::<openapiv3::ReferenceOr<openapiv3::Example>>(entry),
                "securitySchemes" => {
                    fails::<openapiv3::ReferenceOr<openapiv3::SecurityScheme>>(entry)
                }
                "links" => fails::<openapiv3::ReferenceOr<openapiv3::Link>>(entry),
                "callbacks" => fails::<openapiv3::Callback>(entry),
                _ => None,
            };
            if let Some(err) = err {
                sink.schema(place, invalid("component", &err));
            }
        }
    }
}

/// Component schema names become Rust type names, and the generator adds its own components.
fn component_names(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    let Some(schemas) = spec.schemas else {
        return;
    };
    for name in schemas.keys() {
        let place = format!("components.schemas.{name}");
        let mut chars = name.chars();
        let pascal = matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_alphanumeric());
        if !pascal {
            sink.schema(
                place.clone(),
                format!(
                    "component name `{name}` is not a PascalCase Rust identifier: it becomes a \
                     public type name: rename it (e.g. `{}`)",
                    pascal_case(name)
                ),
            );
        }
        if name == "TrunklineSecretString" {
            sink.schema(
                place.clone(),
                "`TrunklineSecretString` is reserved for the generator's secret strings: rename \
                 the component",
            );
        }
        if let Some(base) = name.strip_prefix("Open")
            && spec.is_enum_component(base)
        {
            sink.schema(
                place,
                format!(
                    "`{name}` collides with the open wrapper the generator derives for the enum \
                     component `{base}`: rename the component"
                ),
            );
        }
    }
}

fn pascal_case(name: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if upper {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            upper = false;
        } else {
            upper = true;
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'T');
    }
    out
}

const COMPONENT_KINDS: &[&str] = &[
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
];

/// What a map's entries are, for the reference walk.
#[derive(Clone, Copy)]
enum Ctx {
    /// An ordinary object: its keys are OpenAPI keywords.
    Object(Option<&'static str>),
    /// A map whose keys are names and whose values are objects `$ref`-able to a kind.
    Named(Option<&'static str>),
    /// `examples`: Example objects (their `value` is data).
    Examples,
}

/// Rule 15: every `$ref` is local, whole-component, of the right kind, and resolves.
fn references(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    let mut path = Vec::new();
    walk_refs(sink, spec, spec.doc, Ctx::Object(None), &mut path, 0);
    // Chains of non-schema references that loop.
    if let Some(components) = spec.doc.get("components").and_then(Value::as_object) {
        for (kind, entries) in components {
            if kind == "schemas" {
                continue;
            }
            let Some(entries) = entries.as_object() else {
                continue;
            };
            for (name, entry) in entries {
                if let Err(RefError::Cycle(chain)) = spec.resolve(entry, kind) {
                    sink.schema(
                        format!("components.{kind}.{name}"),
                        format!(
                            "cyclic $ref: {name} → {chain}: progenitor would recurse forever: \
                             point the $ref at a definition"
                        ),
                    );
                }
            }
        }
    }
}

fn walk_refs(
    sink: &mut Sink<'_>,
    spec: &Spec<'_>,
    value: &Value,
    ctx: Ctx,
    path: &mut Vec<String>,
    depth: usize,
) {
    if depth > MAX_DEPTH + 8 {
        return;
    }
    match value {
        Value::Array(items) => {
            let inner = match ctx {
                Ctx::Named(kind) | Ctx::Object(kind) => Ctx::Object(kind),
                Ctx::Examples => Ctx::Examples,
            };
            for (index, item) in items.iter().enumerate() {
                path.push(index.to_string());
                walk_refs(sink, spec, item, inner, path, depth + 1);
                path.pop();
            }
        }
        Value::Object(map) => match ctx {
            Ctx::Named(kind) => {
                for (key, child) in map {
                    if key.starts_with("x-") {
                        continue;
                    }
                    path.push(key.clone());
                    walk_refs(sink, spec, child, Ctx::Object(kind), path, depth + 1);
                    path.pop();
                }
            }
            Ctx::Examples => {
                for (key, child) in map {
                    if let Some(reference) = child.get("$ref") {
                        path.push(key.clone());
                        check_ref(sink, spec, reference, Some("examples"), path);
                        path.pop();
                    }
                }
            }
            Ctx::Object(expect) => {
                if let Some(reference) = map.get("$ref") {
                    check_ref(sink, spec, reference, expect, path);
                }
                let at_components = path.len() == 1 && path[0] == "components";
                let at_root = path.is_empty();
                for (key, child) in map {
                    let next = match key.as_str() {
                        _ if key.starts_with("x-") => continue,
                        "$ref" | "example" | "enum" | "default" | "discriminator" => continue,
                        "examples" => Ctx::Examples,
                        "schemas" if at_components => Ctx::Named(Some("schemas")),
                        kind if at_components => {
                            match COMPONENT_KINDS.iter().find(|k| **k == kind) {
                                Some(kind) => Ctx::Named(Some(kind)),
                                None => Ctx::Named(None),
                            }
                        }
                        "paths" if at_root => Ctx::Named(None),
                        "properties" => Ctx::Named(Some("schemas")),
                        "schema"
                        | "items"
                        | "additionalProperties"
                        | "not"
                        | "allOf"
                        | "anyOf"
                        | "oneOf" => Ctx::Object(Some("schemas")),
                        "parameters" => Ctx::Named(Some("parameters")),
                        "requestBody" => Ctx::Object(Some("requestBodies")),
                        "responses" => Ctx::Named(Some("responses")),
                        "headers" => Ctx::Named(Some("headers")),
                        "links" => Ctx::Named(Some("links")),
                        "callbacks" => Ctx::Named(Some("callbacks")),
                        "content" | "encoding" | "variables" => Ctx::Named(None),
                        _ => Ctx::Object(None),
                    };
                    path.push(key.clone());
                    walk_refs(sink, spec, child, next, path, depth + 1);
                    path.pop();
                }
            }
        },
        _ => {}
    }
}

/// Where a place in the document is reported: inside an operation, or by its dotted path.
fn base_for(spec: &Spec<'_>, path: &[String]) -> Base {
    if path.len() >= 3
        && path[0] == "paths"
        && METHODS.contains(&path[2].as_str())
        && let Some(op) = spec
            .ops
            .iter()
            .find(|op| op.path == path[1] && op.method == path[2])
    {
        return Base::in_op(op, path[3..].join("."));
    }
    Base::component(path.join("."))
}

fn check_ref(
    sink: &mut Sink<'_>,
    spec: &Spec<'_>,
    reference: &Value,
    expect: Option<&str>,
    path: &[String],
) {
    let base = base_for(spec, path);
    let Some(reference) = reference.as_str() else {
        sink.at(
            &base,
            "",
            format!(
                "`$ref` must be a string such as '#/components/schemas/Name' (found {})",
                model::short(reference)
            ),
        );
        return;
    };
    if !reference.starts_with('#') {
        sink.at(
            &base,
            "",
            format!(
                "external $ref `{reference}` is not supported: copy the definition into \
                 components and refer to it as `#/components/...`"
            ),
        );
        return;
    }
    let parts: Option<(&str, &str)> = reference
        .strip_prefix("#/components/")
        .and_then(|rest| rest.split_once('/'))
        .filter(|(_, name)| !name.is_empty() && !name.contains('/'));
    let Some((kind, name)) = parts.filter(|(kind, _)| COMPONENT_KINDS.contains(kind)) else {
        sink.at(
            &base,
            "",
            format!(
                "$ref `{reference}` must point to a whole component (`#/components/<kind>/<Name>`): \
                 progenitor resolves only those: move the target into components"
            ),
        );
        return;
    };
    if let Some(expect) = expect
        && expect != kind
    {
        sink.at(
            &base,
            "",
            format!(
                "$ref `{reference}` points into components.{kind} but a {} is expected here: \
                 progenitor looks it up by name in components.{expect}: point it into \
                 components.{expect}",
                singular(expect)
            ),
        );
        return;
    }
    let exists = spec
        .doc
        .get("components")
        .and_then(|c| c.get(kind))
        .and_then(|m| m.get(name))
        .is_some();
    if !exists {
        sink.at(
            &base,
            "",
            format!(
                "$ref `{reference}` does not resolve: there is no components.{kind}.{name}: add \
                 it or fix the reference"
            ),
        );
    }
}

fn singular(kind: &str) -> &str {
    match kind {
        "schemas" => "schema",
        "responses" => "response",
        "parameters" => "parameter",
        "examples" => "example",
        "requestBodies" => "request body",
        "headers" => "header",
        "securitySchemes" => "security scheme",
        "links" => "link",
        "callbacks" => "callback",
        other => other,
    }
}

/// Rule 15: component schemas that are, or `allOf`-include, themselves through `$ref`s.
fn cycles(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    let Some(schemas) = spec.schemas else {
        return;
    };
    let mut edges: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, schema) in schemas {
        let mut targets = BTreeSet::new();
        let mut direct = vec![schema];
        if let Some(members) = schema.get("allOf").and_then(Value::as_array) {
            direct.extend(members);
        }
        for value in direct {
            if let Some(target) = value
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| model::component_name(r, "schemas"))
                && schemas.contains_key(target)
            {
                targets.insert(target);
            }
        }
        edges.insert(name.as_str(), targets);
    }
    for component in strongly_connected(&edges) {
        let Some(start) = component.first().copied() else {
            continue;
        };
        let looped = component.len() > 1 || edges.get(start).is_some_and(|t| t.contains(start));
        if !looped {
            continue;
        }
        // One loop through `start`, found breadth-first inside the component.
        let inside: BTreeSet<&str> = component.iter().copied().collect();
        let mut parent: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue: VecDeque<&str> = VecDeque::from([start]);
        let mut closing = None;
        'search: while let Some(node) = queue.pop_front() {
            for next in edges.get(node).into_iter().flatten().copied() {
                if next == start {
                    closing = Some(node);
                    break 'search;
                }
                if inside.contains(next) && !parent.contains_key(next) {
                    parent.insert(next, node);
                    queue.push_back(next);
                }
            }
        }
        let mut chain = vec![start];
        let mut back = Vec::new();
        let mut node = closing.unwrap_or(start);
        while node != start && back.len() <= inside.len() {
            back.push(node);
            node = parent.get(node).copied().unwrap_or(start);
        }
        chain.extend(back.into_iter().rev());
        chain.push(start);
        let others = component.len().saturating_sub(chain.len() - 1);
        let more = if others > 0 {
            format!(" (and {others} more components in the same loop)")
        } else {
            String::new()
        };
        sink.schema(
            format!("components.schemas.{start}"),
            format!(
                "cyclic $ref: {}{more}: a schema cannot be (or allOf-include) itself: break the \
                 cycle",
                model::chain_text(&chain)
            ),
        );
    }
}

/// Tarjan's strongly connected components, iteratively (no recursion on hostile input); each
/// component sorted, smallest name first.
fn strongly_connected<'a>(edges: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> Vec<Vec<&'a str>> {
    let nodes: Vec<&str> = edges.keys().copied().collect();
    let index_of: BTreeMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let successors: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| {
            edges
                .get(n)
                .into_iter()
                .flatten()
                .filter_map(|t| index_of.get(t).copied())
                .collect()
        })
        .collect();
    let count = nodes.len();
    let mut index = vec![usize::MAX; count];
    let mut low = vec![0usize; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut out = Vec::new();
    for root in 0..count {
        if index[root] != usize::MAX {
            continue;
        }
        // (node, next successor position)
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some((node, position)) = work.pop() {
            if position == 0 {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&next) = successors[node].get(position) {
                work.push((node, position + 1));
                if index[next] == usize::MAX {
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index[next]);
                }
                continue;
            }
            if low[node] == index[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(nodes[member]);
                    if member == node {
                        break;
                    }
                }
                component.sort_unstable();
                out.push(component);
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
        }
    }
    out
}
