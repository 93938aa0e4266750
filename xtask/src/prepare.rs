//! Turns a linted spec into what progenitor generates from, and extracts what progenitor does
//! not generate: the operations table (retry classes) and the examples to decode in tests.
//!
//! Rewrites, all on the JSON value before it becomes an `openapiv3::OpenAPI`:
//!
//! - **Open response enums.** In every component schema reachable from a response, a `$ref` to
//!   a string-enum component `E` becomes a `$ref` to a synthetic component `OpenE`, which
//!   progenitor is told to replace with `trunkline_core::OpenEnum<E>`. Request bodies and
//!   parameters keep the closed `E`.
//! - **Secrets.** A property marked `x-trunkline-secret: true` becomes a reference to a
//!   synthetic component replaced with `trunkline_core::SecretString` (redacted `Debug`).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

/// Name of the synthetic component that stands for `trunkline_core::SecretString`.
pub const SECRET_COMPONENT: &str = "TrunklineSecretString";

/// The HTTP methods an OpenAPI path item may hold, in the order progenitor reads them.
pub const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// One row of the generated `OPERATIONS` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperationRow {
    /// `operationId`.
    pub id: String,
    /// Upper-case method.
    pub method: String,
    /// Path template.
    pub path: String,
    /// Whether the request may be resent after it may have reached the server.
    pub idempotent: bool,
    /// The operation's `summary`, if it has one.
    pub summary: Option<String>,
}

/// An example from the spec, to be decoded into `type_name` by a generated test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    /// Where the example sits in the spec, e.g. `components.schemas.Trunk.example`.
    pub location: String,
    /// Rust type name inside the generated `types` module.
    pub type_name: String,
    /// The example as compact JSON.
    pub json: String,
}

/// The outcome of preparing a spec.
#[derive(Debug)]
pub struct Prepared {
    /// The rewritten document, ready for `openapiv3`.
    pub document: Value,
    /// `(component name, Rust type)` pairs progenitor must substitute.
    pub replacements: Vec<(String, String)>,
    /// Every operation in document order.
    pub operations: Vec<OperationRow>,
    /// Every example to decode.
    pub examples: Vec<Example>,
}

/// Prepares a (linted) document for generation. `module` is the Rust path the generated file
/// is mounted at (e.g. `crate::generated`).
pub fn prepare(document: &Value, module: &str) -> Result<Prepared, String> {
    let mut document = document.clone();
    let schemas = document
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for name in schemas.keys() {
        if !is_pascal_identifier(name) {
            return Err(format!(
                "components.schemas.{name}: component names must be PascalCase Rust identifiers \
                 (they become public type names)"
            ));
        }
    }
    let enums: BTreeSet<String> = schemas
        .iter()
        .filter(|(_, schema)| schema.get("enum").is_some())
        .map(|(name, _)| name.clone())
        .collect();

    let operations = operation_rows(&document)?;
    let examples = collect_examples(&document, &schemas);

    // Open the enums of response-reachable schemas.
    let reachable = response_reachable(&document, &schemas);
    let mut opened = BTreeSet::new();
    if let Some(components) = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        for name in &reachable {
            if enums.contains(name) {
                continue;
            }
            if let Some(schema) = components.get_mut(name) {
                open_enum_refs(schema, &enums, &mut opened);
            }
        }
        for name in &opened {
            if let Some(schema) = schemas.get(name) {
                components.insert(format!("Open{name}"), schema.clone());
            }
        }
    }
    let mut replacements: Vec<(String, String)> = opened
        .iter()
        .map(|name| {
            (
                format!("Open{name}"),
                format!("::trunkline_core::OpenEnum<{module}::types::{name}>"),
            )
        })
        .collect();

    // Secrets, wherever they are.
    let mut secrets = 0usize;
    mark_secrets(&mut document, &mut secrets);
    if secrets > 0 {
        let components = document
            .as_object_mut()
            .ok_or("the document is not a mapping")?
            .entry("components")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or("components is not a mapping")?
            .entry("schemas")
            .or_insert_with(|| json!({}))
            .as_object_mut()
            .ok_or("components.schemas is not a mapping")?;
        components.insert(SECRET_COMPONENT.to_owned(), json!({"type": "string"}));
        replacements.push((
            SECRET_COMPONENT.to_owned(),
            "::trunkline_core::SecretString".to_owned(),
        ));
    }

    Ok(Prepared {
        document,
        replacements,
        operations,
        examples,
    })
}

fn is_pascal_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
}

fn component_ref(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

/// Every `(method, path, operation)` in document order.
pub fn operations(document: &Value) -> Vec<(&'static str, &str, &Value)> {
    let mut out = Vec::new();
    if let Some(paths) = document.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for method in METHODS {
                if let Some(operation) = item.get(*method) {
                    out.push((*method, path.as_str(), operation));
                }
            }
        }
    }
    out
}

fn operation_rows(document: &Value) -> Result<Vec<OperationRow>, String> {
    operations(document)
        .into_iter()
        .map(|(method, path, operation)| {
            let id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("{} {path}: missing operationId", method.to_uppercase()))?;
            let idempotent = match operation.get("x-trunkline-idempotent") {
                Some(Value::Bool(flag)) => *flag,
                Some(_) => {
                    return Err(format!("{id}: x-trunkline-idempotent must be a boolean"));
                }
                None => !matches!(method, "post" | "patch"),
            };
            Ok(OperationRow {
                id: id.to_owned(),
                method: method.to_uppercase(),
                path: path.to_owned(),
                idempotent,
                summary: operation
                    .get("summary")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            })
        })
        .collect()
}

/// Names of the component schemas reachable from any response body.
fn response_reachable(document: &Value, schemas: &Map<String, Value>) -> BTreeSet<String> {
    let mut roots = BTreeSet::new();
    for (_, _, operation) in operations(document) {
        if let Some(responses) = operation.get("responses").and_then(Value::as_object) {
            for response in responses.values() {
                let response = resolve_response(document, response);
                if let Some(content) = response.get("content") {
                    collect_refs(content, &mut roots);
                }
            }
        }
    }
    closure(roots, schemas)
}

fn resolve_response<'a>(document: &'a Value, response: &'a Value) -> &'a Value {
    response
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/responses/"))
        .and_then(|name| document.pointer(&format!("/components/responses/{name}")))
        .unwrap_or(response)
}

fn closure(mut pending: BTreeSet<String>, schemas: &Map<String, Value>) -> BTreeSet<String> {
    let mut done = BTreeSet::new();
    while let Some(name) = pending.pop_first() {
        if !done.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = schemas.get(&name) {
            let mut refs = BTreeSet::new();
            collect_refs(schema, &mut refs);
            pending.extend(refs.into_iter().filter(|r| !done.contains(r)));
        }
    }
    done
}

fn collect_refs(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(target) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(component_ref)
            {
                out.insert(target.to_owned());
            }
            for (key, child) in map {
                // Examples are data, not schema.
                if key != "example" && key != "examples" {
                    collect_refs(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_refs(item, out)),
        _ => {}
    }
}

fn open_enum_refs(value: &mut Value, enums: &BTreeSet<String>, opened: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref")
                && let Some(target) = component_ref(reference).map(str::to_owned)
                && enums.contains(&target)
            {
                *reference = format!("#/components/schemas/Open{target}");
                opened.insert(target);
            }
            for (key, child) in map.iter_mut() {
                if key != "example" && key != "examples" {
                    open_enum_refs(child, enums, opened);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| open_enum_refs(item, enums, opened)),
        _ => {}
    }
}

fn mark_secrets(value: &mut Value, count: &mut usize) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get_mut("properties") {
                for property in properties.values_mut() {
                    if property.get("x-trunkline-secret") == Some(&Value::Bool(true)) {
                        let mut replacement = Map::new();
                        for key in ["description", "nullable", "writeOnly"] {
                            if let Some(kept) = property.get(key) {
                                replacement.insert(key.to_owned(), kept.clone());
                            }
                        }
                        replacement.insert(
                            "allOf".to_owned(),
                            json!([{ "$ref": format!("#/components/schemas/{SECRET_COMPONENT}") }]),
                        );
                        *property = Value::Object(replacement);
                        *count += 1;
                    }
                }
            }
            for (key, child) in map.iter_mut() {
                if key != "example" && key != "examples" {
                    mark_secrets(child, count);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| mark_secrets(item, count)),
        _ => {}
    }
}

fn collect_examples(document: &Value, schemas: &Map<String, Value>) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut push = |location: String, type_name: &str, value: &Value| {
        examples.push(Example {
            location,
            type_name: type_name.to_owned(),
            json: value.to_string(),
        });
    };
    for (name, schema) in schemas {
        if let Some(example) = schema.get("example") {
            push(format!("components.schemas.{name}.example"), name, example);
        }
    }
    for (_, _, operation) in operations(document) {
        let id = operation
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or("operation");
        let mut bodies: Vec<(String, &Value)> = Vec::new();
        if let Some(content) = operation.pointer("/requestBody/content") {
            bodies.push((format!("{id}.requestBody"), content));
        }
        if let Some(responses) = operation.get("responses").and_then(Value::as_object) {
            for (status, response) in responses {
                if let Some(content) = resolve_response(document, response).get("content") {
                    bodies.push((format!("{id}.responses.{status}"), content));
                }
            }
        }
        for (where_, content) in bodies {
            let Some(content) = content.as_object() else {
                continue;
            };
            for (media, media_type) in content {
                let Some(type_name) = media_type
                    .pointer("/schema/$ref")
                    .and_then(Value::as_str)
                    .and_then(component_ref)
                else {
                    continue;
                };
                if let Some(example) = media_type.get("example") {
                    push(format!("{where_}.{media}.example"), type_name, example);
                }
                if let Some(named) = media_type.get("examples").and_then(Value::as_object) {
                    for (label, entry) in named {
                        if let Some(value) = entry.get("value") {
                            push(
                                format!("{where_}.{media}.examples.{label}"),
                                type_name,
                                value,
                            );
                        }
                    }
                }
            }
        }
    }
    examples
}

/// Groups examples by type for reporting.
pub fn examples_by_type(examples: &[Example]) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for example in examples {
        *counts.entry(example.type_name.as_str()).or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Value {
        json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/T/": {
                    "get": {
                        "operationId": "list_t",
                        "parameters": [{"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}}],
                        "responses": {"200": {"description": "ok", "content": {"application/json": {
                            "schema": {"$ref": "#/components/schemas/TList"},
                            "example": {"objects": []}
                        }}}}
                    },
                    "post": {
                        "operationId": "create_t",
                        "x-trunkline-idempotent": false,
                        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewT"}}}},
                        "responses": {"201": {"description": "ok"}}
                    }
                }
            },
            "components": {"schemas": {
                "Status": {"type": "string", "enum": ["a", "b"]},
                "T": {"type": "object", "properties": {"status": {"$ref": "#/components/schemas/Status"}}, "example": {"status": "c"}},
                "TList": {"type": "object", "properties": {"objects": {"type": "array", "items": {"$ref": "#/components/schemas/T"}}}},
                "NewT": {"type": "object", "properties": {
                    "status": {"$ref": "#/components/schemas/Status"},
                    "password": {"type": "string", "x-trunkline-secret": true, "description": "pw"}
                }}
            }}
        })
    }

    #[test]
    fn opens_response_enums_only() {
        let prepared = prepare(&doc(), "crate::generated").unwrap();
        let schemas = &prepared.document["components"]["schemas"];
        assert_eq!(
            schemas["T"]["properties"]["status"]["$ref"],
            "#/components/schemas/OpenStatus"
        );
        assert_eq!(
            schemas["NewT"]["properties"]["status"]["$ref"],
            "#/components/schemas/Status"
        );
        assert!(prepared.replacements.contains(&(
            "OpenStatus".to_owned(),
            "::trunkline_core::OpenEnum<crate::generated::types::Status>".to_owned()
        )));
    }

    #[test]
    fn secrets_become_secret_strings_keeping_their_docs() {
        let prepared = prepare(&doc(), "crate::generated").unwrap();
        let password =
            &prepared.document["components"]["schemas"]["NewT"]["properties"]["password"];
        assert_eq!(password["description"], "pw");
        assert_eq!(
            password["allOf"][0]["$ref"],
            "#/components/schemas/TrunklineSecretString"
        );
        assert!(
            prepared.replacements.iter().any(
                |(name, ty)| name == SECRET_COMPONENT && ty == "::trunkline_core::SecretString"
            )
        );
    }

    #[test]
    fn operations_and_examples() {
        let prepared = prepare(&doc(), "crate::generated").unwrap();
        assert_eq!(
            prepared.operations,
            vec![
                OperationRow {
                    id: "list_t".into(),
                    method: "GET".into(),
                    path: "/T/".into(),
                    idempotent: true,
                    summary: None,
                },
                OperationRow {
                    id: "create_t".into(),
                    method: "POST".into(),
                    path: "/T/".into(),
                    idempotent: false,
                    summary: None,
                },
            ]
        );
        let locations: Vec<_> = prepared
            .examples
            .iter()
            .map(|e| e.location.as_str())
            .collect();
        assert_eq!(
            locations,
            vec![
                "components.schemas.T.example",
                "list_t.responses.200.application/json.example"
            ]
        );
    }

    #[test]
    fn rejects_component_names_that_are_not_type_names() {
        let mut document = doc();
        document["components"]["schemas"]["bad-name"] = json!({"type": "string"});
        assert!(
            prepare(&document, "crate::generated")
                .unwrap_err()
                .contains("bad-name")
        );
    }
}
