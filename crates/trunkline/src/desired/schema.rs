//! The document's JSON Schema, derived from the document types, and the structural check of a
//! document against it (unknown keys, wrong types, missing keys), every problem at once.

use serde_json::Value;

use super::Problem;
use super::source::{Index, Located, Node, Path};

/// Where the committed schema lives in the repository, relative to its root.
pub const SCHEMA_PATH: &str = "schema/trunkline-desired.schema.json";

/// The `$id` of the schema, the address editors are pointed at.
pub const SCHEMA_ID: &str =
    "https://github.com/trunkline/trunkline/raw/main/schema/trunkline-desired.schema.json";

/// The JSON Schema of a desired-state document, derived from [`super::Desired`] with `schemars`
/// (descriptions from the types' doc comments).
pub fn schema() -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(super::Desired))
        .expect("a schema serializes to JSON");
    if let Value::Object(map) = &mut schema {
        map.insert("$id".to_owned(), Value::String(SCHEMA_ID.to_owned()));
    }
    schema
}

/// The schema as the committed file holds it: pretty JSON with a final newline.
pub fn schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).expect("a schema serializes to JSON");
    text.push('\n');
    text
}

/// Checks `node` against the schema; every problem is pushed to `out`.
pub(crate) fn check(root: &Value, node: &Located, index: &Index, out: &mut Vec<Problem>) {
    Checker { root, index }.check(root, node, &Path::default(), out);
}

struct Checker<'a> {
    root: &'a Value,
    index: &'a Index,
}

impl Checker<'_> {
    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        let mut schema = schema;
        for _ in 0..32 {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let Some(pointer) = reference.strip_prefix('#') else {
                        return schema;
                    };
                    match self.root.pointer(pointer) {
                        Some(target) => schema = target,
                        None => return schema,
                    }
                }
                None => return schema,
            }
        }
        schema
    }

    fn problem(&self, path: &Path, message: String, out: &mut Vec<Problem>) {
        out.push(Problem::new(&path.0, self.index.value(&path.0), message));
    }

    fn check(&self, schema: &Value, node: &Located, path: &Path, out: &mut Vec<Problem>) {
        let schema = self.resolve(schema);
        if let Some(alternatives) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
        {
            self.alternatives(alternatives, node, path, out);
            return;
        }
        if let Some(types) = schema.get("type")
            && !type_matches(types, &node.node)
        {
            self.problem(
                path,
                format!(
                    "expected {}, found {}",
                    type_names(types),
                    describe(&node.node)
                ),
                out,
            );
            return;
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
            && !allowed.iter().any(|v| node_equals(&node.node, v))
        {
            self.problem(
                path,
                format!(
                    "expected one of {}, found {}",
                    list(allowed),
                    describe(&node.node)
                ),
                out,
            );
            return;
        }
        if let Some(constant) = schema.get("const")
            && !node_equals(&node.node, constant)
        {
            self.problem(
                path,
                format!("expected {constant}, found {}", describe(&node.node)),
                out,
            );
            return;
        }
        match &node.node {
            Node::Int(i) => self.bounds(schema, *i as f64, path, out),
            Node::Float(f) => self.bounds(schema, *f, path, out),
            Node::Seq(items) => {
                if let Some(item_schema) = schema.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.check(item_schema, item, &path.index(i), out);
                    }
                }
            }
            Node::Map(entries) => self.object(schema, entries, path, out),
            _ => {}
        }
    }

    fn bounds(&self, schema: &Value, value: f64, path: &Path, out: &mut Vec<Problem>) {
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
            && value < min
        {
            self.problem(path, format!("must be at least {min}, found {value}"), out);
        }
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
            && value > max
        {
            self.problem(path, format!("must be at most {max}, found {value}"), out);
        }
    }

    fn alternatives(
        &self,
        alternatives: &[Value],
        node: &Located,
        path: &Path,
        out: &mut Vec<Problem>,
    ) {
        let mut best: Option<Vec<Problem>> = None;
        for alternative in alternatives {
            let mut problems = Vec::new();
            self.check(alternative, node, path, &mut problems);
            if problems.is_empty() {
                return;
            }
            // Prefer the alternative of the node's own type: its problems are the useful ones.
            let resolved = self.resolve(alternative);
            let same_type = resolved
                .get("type")
                .is_some_and(|t| type_matches(t, &node.node));
            if best.is_none() || same_type {
                best = Some(problems);
            }
        }
        let constants: Vec<&Value> = alternatives
            .iter()
            .filter_map(|a| self.resolve(a).get("const"))
            .collect();
        if constants.len() == alternatives.len() && !constants.is_empty() {
            let allowed: Vec<Value> = constants.into_iter().cloned().collect();
            self.problem(
                path,
                format!(
                    "expected one of {}, found {}",
                    list(&allowed),
                    describe(&node.node)
                ),
                out,
            );
        } else if let Some(problems) = best {
            out.extend(problems);
        }
    }

    fn object(
        &self,
        schema: &Value,
        entries: &[(String, Option<super::Position>, Located)],
        path: &Path,
        out: &mut Vec<Problem>,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        let mut seen: Vec<&str> = Vec::new();
        for (key, key_at, value) in entries {
            let child = path.key(key);
            let at = key_at.or_else(|| self.index.key(&child.0));
            if seen.contains(&key.as_str()) {
                out.push(Problem::new(
                    &child.0,
                    at,
                    format!("duplicate key `{key}`: each key may appear once"),
                ));
                continue;
            }
            seen.push(key);
            match properties.and_then(|p| p.get(key)) {
                Some(property) => self.check(property, value, &child, out),
                None if closed => {
                    let known: Vec<&str> = properties
                        .map(|p| p.keys().map(String::as_str).collect())
                        .unwrap_or_default();
                    let message = if key == "password" && known.contains(&"password_env") {
                        "inline passwords are refused: a document is shared and reviewed, so \
                         secrets stay out of it. Put the password in an environment variable \
                         and name the variable with `password_env`"
                            .to_owned()
                    } else {
                        format!("unknown key `{key}`; expected one of: {}", known.join(", "))
                    };
                    out.push(Problem::new(&child.0, at, message));
                }
                None => {}
            }
        }
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for key in required.iter().filter_map(Value::as_str) {
                if !seen.contains(&key) {
                    self.problem(path, format!("missing key `{key}`"), out);
                }
            }
        }
    }
}

fn type_matches(types: &Value, node: &Node) -> bool {
    let one = |t: &str| match (t, node) {
        ("null", Node::Null)
        | ("boolean", Node::Bool(_))
        | ("integer", Node::Int(_))
        | ("number", Node::Int(_) | Node::Float(_))
        | ("string", Node::Str(_))
        | ("array", Node::Seq(_))
        | ("object", Node::Map(_)) => true,
        ("integer", Node::Float(f)) => f.fract() == 0.0,
        _ => false,
    };
    match types {
        Value::String(t) => one(t),
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).any(one),
        _ => true,
    }
}

fn type_names(types: &Value) -> String {
    let name = |t: &str| match t {
        "object" => "a mapping",
        "array" => "a list",
        "string" => "text",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "null" => "nothing",
        _ => "a value",
    };
    match types {
        Value::String(t) => name(t).to_owned(),
        Value::Array(ts) => {
            let names: Vec<&str> = ts
                .iter()
                .filter_map(Value::as_str)
                .filter(|t| *t != "null")
                .map(name)
                .collect();
            names.join(" or ")
        }
        _ => "a value".to_owned(),
    }
}

/// The node for a message: its type and, for scalars, a short excerpt of its value.
fn describe(node: &Node) -> String {
    match node {
        Node::Null => "nothing (null)".to_owned(),
        Node::Bool(b) => format!("{b}"),
        Node::Int(i) => format!("the number {i}"),
        Node::Float(f) => format!("the number {f}"),
        Node::Str(s) => {
            let excerpt: String = s.chars().take(60).collect();
            if excerpt.len() < s.len() {
                format!("text {excerpt:?}…")
            } else {
                format!("text {excerpt:?}")
            }
        }
        Node::Seq(_) => "a list".to_owned(),
        Node::Map(_) => "a mapping".to_owned(),
    }
}

fn node_equals(node: &Node, value: &Value) -> bool {
    match (node, value) {
        (Node::Str(s), Value::String(v)) => s == v,
        (Node::Bool(b), Value::Bool(v)) => b == v,
        (Node::Int(i), Value::Number(n)) => n.as_i64().is_some_and(|n| i128::from(n) == *i),
        (Node::Null, Value::Null) => true,
        _ => false,
    }
}

fn list(values: &[Value]) -> String {
    let names: Vec<String> = values
        .iter()
        .map(|v| match v {
            Value::String(s) => format!("`{s}`"),
            other => other.to_string(),
        })
        .collect();
    names.join(", ")
}
