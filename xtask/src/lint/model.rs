//! The parsed document seen by the rules: operations, `$ref` resolution, reachability, and the
//! problem sink. Everything here tolerates any JSON shape.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::{Location, Problem};

/// The HTTP methods an OpenAPI path item may hold, in the order progenitor reads them.
pub(super) const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Most `$ref` hops, nested schemas or example nodes one check follows before giving up.
pub(super) const MAX_HOPS: usize = 512;

/// Collects problems for one file.
pub(super) struct Sink<'f> {
    pub file: &'f str,
    pub problems: Vec<Problem>,
}

impl<'f> Sink<'f> {
    pub fn new(file: &'f str) -> Self {
        Self {
            file,
            problems: Vec::new(),
        }
    }

    pub fn push(&mut self, location: Location, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            location,
            message: message.into(),
        });
    }

    pub fn document(&mut self, message: impl Into<String>) {
        self.push(Location::Document, message);
    }

    pub fn schema(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.push(Location::Schema(location.into()), message);
    }

    pub fn op(&mut self, op: &Op<'_>, message: impl Into<String>) {
        self.push(op.location(), message);
    }

    /// A problem at `sub` below `base` (see [`Base`]).
    pub fn at(&mut self, base: &Base, sub: &str, message: impl Into<String>) {
        let message = message.into();
        match &base.op {
            Some(location) => {
                let place = format!("{}{sub}", base.prefix);
                if place.is_empty() {
                    self.push(location.clone(), message);
                } else {
                    self.push(location.clone(), format!("{place}: {message}"));
                }
            }
            None => self.push(Location::Schema(format!("{}{sub}", base.prefix)), message),
        }
    }
}

/// Where a walked value sits: inside an operation (the location is the operation and the
/// message starts with the dotted path below it), or elsewhere (the location is the dotted
/// path).
#[derive(Clone, Debug)]
pub(super) struct Base {
    pub op: Option<Location>,
    pub prefix: String,
}

impl Base {
    pub fn component(prefix: impl Into<String>) -> Self {
        Self {
            op: None,
            prefix: prefix.into(),
        }
    }

    pub fn in_op(op: &Op<'_>, prefix: impl Into<String>) -> Self {
        Self {
            op: Some(op.location()),
            prefix: prefix.into(),
        }
    }

    pub fn child(&self, sub: &str) -> Self {
        Self {
            op: self.op.clone(),
            prefix: format!("{}{sub}", self.prefix),
        }
    }
}

/// One operation of the document.
pub(super) struct Op<'a> {
    /// Lower-case method.
    pub method: &'static str,
    pub path: &'a str,
    pub id: Option<&'a str>,
    pub value: &'a Value,
    pub item: &'a Value,
}

impl Op<'_> {
    pub fn location(&self) -> Location {
        Location::Operation {
            method: self.method.to_ascii_uppercase(),
            path: self.path.to_owned(),
            operation_id: self.id.map(str::to_owned),
        }
    }

    pub fn label(&self) -> String {
        format!("{} {}", self.method.to_ascii_uppercase(), self.path)
    }
}

/// Why a `$ref` could not be followed.
pub(super) enum RefError {
    /// Reported by the reference walk already (dangling, external, malformed).
    Reported,
    /// A `$ref` chain that loops.
    Cycle(String),
}

/// The document with its operations, components and reachability sets.
pub(super) struct Spec<'a> {
    pub doc: &'a Value,
    pub ops: Vec<Op<'a>>,
    pub schemas: Option<&'a Map<String, Value>>,
    /// Component schemas reachable from a response body.
    pub response_reachable: BTreeSet<&'a str>,
    /// Component schemas reachable from a request body or a parameter.
    pub request_reachable: BTreeSet<&'a str>,
}

impl<'a> Spec<'a> {
    pub fn new(doc: &'a Value) -> Self {
        let mut ops = Vec::new();
        if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                for method in METHODS {
                    if let Some(value) = item.get(*method) {
                        ops.push(Op {
                            method,
                            path,
                            id: value.get("operationId").and_then(Value::as_str),
                            value,
                            item,
                        });
                    }
                }
            }
        }
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object);
        let mut spec = Self {
            doc,
            ops,
            schemas,
            response_reachable: BTreeSet::new(),
            request_reachable: BTreeSet::new(),
        };
        let (mut response_roots, mut request_roots) = (BTreeSet::new(), BTreeSet::new());
        for op in &spec.ops {
            for (_, response) in spec.responses(op) {
                if let Ok(response) = spec.resolve(response, "responses") {
                    for (_, media) in content(response) {
                        if let Some(schema) = media.get("schema") {
                            schema_refs(schema, &mut response_roots);
                        }
                    }
                }
            }
            if let Some(body) = op.value.get("requestBody")
                && let Ok(body) = spec.resolve(body, "requestBodies")
            {
                for (_, media) in content(body) {
                    if let Some(schema) = media.get("schema") {
                        schema_refs(schema, &mut request_roots);
                    }
                }
            }
            for (_, parameter) in spec.parameters(op) {
                if let Some(schema) = parameter.get("schema") {
                    schema_refs(schema, &mut request_roots);
                }
                for (_, media) in content(parameter) {
                    if let Some(schema) = media.get("schema") {
                        schema_refs(schema, &mut request_roots);
                    }
                }
            }
        }
        spec.response_reachable = spec.closure(response_roots);
        spec.request_reachable = spec.closure(request_roots);
        spec
    }

    fn closure(&self, mut pending: BTreeSet<&'a str>) -> BTreeSet<&'a str> {
        let mut done = BTreeSet::new();
        while let Some(name) = pending.pop_first() {
            if !done.insert(name) {
                continue;
            }
            if let Some(schema) = self.component_schema(name) {
                let mut refs = BTreeSet::new();
                schema_refs(schema, &mut refs);
                pending.extend(refs.into_iter().filter(|r| !done.contains(r)));
            }
        }
        done
    }

    pub fn component_schema(&self, name: &str) -> Option<&'a Value> {
        self.schemas.and_then(|schemas| schemas.get(name))
    }

    /// Whether the component schema `name` is an enum (its whole schema has `enum`), as the
    /// generator decides it.
    pub fn is_enum_component(&self, name: &str) -> bool {
        self.component_schema(name)
            .is_some_and(|schema| schema.get("enum").is_some())
    }

    /// Follows a `$ref` chain to a component of `kind` (`responses`, `parameters`,
    /// `requestBodies`, `examples`, `headers`); a value without `$ref` is returned as is.
    pub fn resolve(&self, value: &'a Value, kind: &str) -> Result<&'a Value, RefError> {
        self.resolve_named(value, kind).map(|(_, value)| value)
    }

    /// Like [`Self::resolve`], also returning the last component name followed.
    pub fn resolve_named(
        &self,
        value: &'a Value,
        kind: &str,
    ) -> Result<(Option<&'a str>, &'a Value), RefError> {
        let mut current = value;
        let mut name = None;
        let mut chain: Vec<&str> = Vec::new();
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        while let Some(reference) = current.get("$ref") {
            let Some(reference) = reference.as_str() else {
                return Err(RefError::Reported);
            };
            let Some(target) = component_name(reference, kind) else {
                return Err(RefError::Reported);
            };
            chain.push(target);
            if !seen.insert(target) || chain.len() > MAX_HOPS {
                return Err(RefError::Cycle(chain_text(&chain)));
            }
            let Some(next) = self
                .doc
                .get("components")
                .and_then(|c| c.get(kind))
                .and_then(|m| m.get(target))
            else {
                return Err(RefError::Reported);
            };
            name = Some(target);
            current = next;
        }
        Ok((name, current))
    }

    /// Follows a schema `$ref` chain; `None` when it cannot be followed (reported elsewhere).
    pub fn deref_schema(&self, schema: &'a Value) -> Option<(Option<&'a str>, &'a Value)> {
        self.resolve_named(schema, "schemas").ok()
    }

    /// The responses of an operation: `(status key, response)`, extensions left out.
    pub fn responses(&self, op: &Op<'a>) -> Vec<(&'a str, &'a Value)> {
        op.value
            .get("responses")
            .and_then(Value::as_object)
            .map(|responses| {
                responses
                    .iter()
                    .filter(|(key, _)| !key.starts_with("x-"))
                    .map(|(key, value)| (key.as_str(), value))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The parameters of an operation, path-level ones first, each resolved, with the place it
    /// was written (`parameters.<name>` of the path item or the operation, or the component).
    /// Unresolvable ones are left out.
    pub fn parameters(&self, op: &Op<'a>) -> Vec<(Base, &'a Value)> {
        let mut out = Vec::new();
        for owner in [op.item, op.value] {
            let Some(list) = owner.get("parameters").and_then(Value::as_array) else {
                continue;
            };
            for (index, parameter) in list.iter().enumerate() {
                let base = match parameter
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| component_name(r, "parameters"))
                {
                    Some(name) => Base::component(format!("components.parameters.{name}")),
                    None => {
                        let name = parameter.get("name").and_then(Value::as_str);
                        let label = match name {
                            Some(name) => format!("parameters.{name}"),
                            None => format!("parameters.{index}"),
                        };
                        Base::in_op(op, label)
                    }
                };
                if let Ok(resolved) = self.resolve(parameter, "parameters") {
                    out.push((base, resolved));
                }
            }
        }
        out
    }

    /// The parameters progenitor sees for an operation: path-level ones overridden by
    /// operation-level ones of the same name.
    pub fn effective_parameters(&self, op: &Op<'a>) -> Vec<(Base, &'a Value)> {
        let all = self.parameters(op);
        let mut out: Vec<(Base, &'a Value)> = Vec::new();
        for (base, parameter) in all {
            let name = parameter.get("name").and_then(Value::as_str);
            if let Some(existing) = out
                .iter_mut()
                .find(|(_, p)| name.is_some() && p.get("name").and_then(Value::as_str) == name)
            {
                *existing = (base, parameter);
            } else {
                out.push((base, parameter));
            }
        }
        out
    }

    /// Whether a schema is an object (or a `$ref` to one, or composed of one).
    pub fn is_object_like(&self, schema: &'a Value, hops: usize) -> bool {
        if hops > 64 {
            return false;
        }
        let Some((_, schema)) = self.deref_schema(schema) else {
            return false;
        };
        match schema.get("type") {
            Some(Value::String(ty)) => return ty == "object",
            Some(_) => return false,
            None => {}
        }
        if schema.get("enum").is_some() {
            return false;
        }
        if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() {
            return true;
        }
        ["allOf", "anyOf", "oneOf"].iter().any(|key| {
            schema
                .get(*key)
                .and_then(Value::as_array)
                .is_some_and(|members| members.iter().any(|m| self.is_object_like(m, hops + 1)))
        })
    }

    /// Whether a schema is an array (or a `$ref` to one); returns its `items`.
    pub fn array_items(&self, schema: &'a Value) -> Option<&'a Value> {
        let (_, schema) = self.deref_schema(schema)?;
        match schema.get("type") {
            Some(Value::String(ty)) if ty == "array" => {
                Some(schema.get("items").unwrap_or(&Value::Null))
            }
            None => schema.get("items"),
            _ => None,
        }
    }

    /// The properties of an object schema, following `$ref`s and `allOf`.
    pub fn object_properties(
        &self,
        schema: &'a Value,
        hops: usize,
        out: &mut Vec<(&'a str, &'a Value)>,
    ) {
        if hops > 64 {
            return;
        }
        let Some((_, schema)) = self.deref_schema(schema) else {
            return;
        };
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                if !out.iter().any(|(n, _)| *n == name.as_str()) {
                    out.push((name, property));
                }
            }
        }
        if let Some(members) = schema.get("allOf").and_then(Value::as_array) {
            for member in members {
                self.object_properties(member, hops + 1, out);
            }
        }
    }
}

/// The media types of a `content` map, in document order.
pub(super) fn content(value: &Value) -> Vec<(&str, &Value)> {
    value
        .get("content")
        .and_then(Value::as_object)
        .map(|content| content.iter().map(|(k, v)| (k.as_str(), v)).collect())
        .unwrap_or_default()
}

/// `#/components/<kind>/<Name>` → `Name` (exactly one segment, no escapes needed).
pub(super) fn component_name<'r>(reference: &'r str, kind: &str) -> Option<&'r str> {
    let rest = reference.strip_prefix("#/components/")?;
    let rest = rest.strip_prefix(kind)?.strip_prefix('/')?;
    (!rest.is_empty() && !rest.contains('/')).then_some(rest)
}

/// Keys whose values are data (examples, enum values, defaults, extensions), not schema.
pub(super) fn is_data_key(key: &str) -> bool {
    key.starts_with("x-") || matches!(key, "example" | "examples" | "enum" | "default")
}

/// Names of the component schemas a schema refers to directly (without following them).
pub(super) fn schema_refs<'a>(value: &'a Value, out: &mut BTreeSet<&'a str>) {
    walk_schema_refs(value, out, 0);
}

fn walk_schema_refs<'a>(value: &'a Value, out: &mut BTreeSet<&'a str>, depth: usize) {
    if depth > super::MAX_DEPTH + 8 {
        return;
    }
    match value {
        Value::Object(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| component_name(r, "schemas"))
            {
                out.insert(name);
            }
            for (key, child) in map {
                if key == "properties" {
                    if let Some(properties) = child.as_object() {
                        for property in properties.values() {
                            walk_schema_refs(property, out, depth + 1);
                        }
                    }
                } else if !is_data_key(key) {
                    walk_schema_refs(child, out, depth + 1);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                walk_schema_refs(item, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// "a string", "a list", ... for messages.
pub(super) fn describe_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// A short rendering of a value for messages (at most ~60 characters).
pub(super) fn short(value: &Value) -> String {
    let text = match value {
        Value::Array(items) => format!("a list of {}", items.len()),
        Value::Object(map) => format!("an object with {} keys", map.len()),
        other => other.to_string(),
    };
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}

/// Maximum nesting depth of a value, computed iteratively; stops counting past `limit`.
pub(super) fn depth_exceeds(value: &Value, limit: usize) -> bool {
    let mut stack: Vec<(&Value, usize)> = vec![(value, 1)];
    while let Some((value, depth)) = stack.pop() {
        if depth > limit {
            return true;
        }
        match value {
            Value::Object(map) => stack.extend(map.values().map(|v| (v, depth + 1))),
            Value::Array(items) => stack.extend(items.iter().map(|v| (v, depth + 1))),
            _ => {}
        }
    }
    false
}

/// `A → B → C`, shortened in the middle past a dozen names.
pub(super) fn chain_text(chain: &[&str]) -> String {
    if chain.len() <= 12 {
        return chain.join(" → ");
    }
    format!(
        "{} → ... ({} more) → {}",
        chain[..6].join(" → "),
        chain.len() - 9,
        chain[chain.len() - 3..].join(" → ")
    )
}

/// JSON-pointer escaping of one token.
pub(super) fn pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}
