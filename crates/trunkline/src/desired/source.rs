//! Reading a document once into a tree that remembers where each node was (line and column),
//! so every problem found later can name its place in the file.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// A place in a document: 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[non_exhaustive]
pub struct Position {
    /// Line, from 1.
    pub line: u32,
    /// Column (in characters), from 1.
    pub column: u32,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A node of the document with where it was.
#[derive(Clone, Debug)]
pub(crate) struct Located {
    pub(crate) node: Node,
    pub(crate) at: Option<Position>,
}

#[derive(Clone, Debug)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Located>),
    /// Keys in document order, each with its own position (duplicates kept, to be reported).
    Map(Vec<(String, Option<Position>, Located)>),
}

impl Node {
    /// The JSON-Schema type name of this node, for messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Node::Null => "null",
            Node::Bool(_) => "boolean",
            Node::Int(_) => "integer",
            Node::Float(_) => "number",
            Node::Str(_) => "string",
            Node::Seq(_) => "array",
            Node::Map(_) => "object",
        }
    }
}

fn position(location: serde_saphyr::Location) -> Option<Position> {
    (location.line() > 0).then(|| Position {
        line: location.line() as u32,
        column: location.column() as u32,
    })
}

impl From<Spanned<Node>> for Located {
    fn from(spanned: Spanned<Node>) -> Self {
        Located {
            at: position(spanned.referenced),
            node: spanned.value,
        }
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML or JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Int(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Node, E> {
        Ok(Node::Int(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Node, E> {
        i128::try_from(v)
            .map(Node::Int)
            .map_err(|_| E::custom("integer too large"))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Node>>()? {
            items.push(item.into());
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<Node>>()? {
            let name = match key.value {
                Node::Str(s) => s,
                Node::Int(i) => i.to_string(),
                Node::Bool(b) => b.to_string(),
                Node::Null => "null".to_owned(),
                other => {
                    return Err(de::Error::custom(format!(
                        "a key must be text, not {}",
                        other.kind()
                    )));
                }
            };
            let value: Spanned<Node> = map.next_value()?;
            entries.push((name, position(key.referenced), value.into()));
        }
        Ok(Node::Map(entries))
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

/// Which syntax a document is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// YAML (the default).
    Yaml,
    /// JSON.
    Json,
}

impl Format {
    /// The format a file name suggests: `.json` is JSON, anything else YAML.
    pub fn from_path(path: &std::path::Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("json") => Self::Json,
            _ => Self::Yaml,
        }
    }
}

/// A syntax error: the document is not valid YAML / JSON.
pub(crate) struct SyntaxError {
    pub(crate) message: String,
    pub(crate) at: Option<Position>,
}

/// Documents larger than this are refused before parsing.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// Parses `text` into a located tree.
pub(crate) fn parse(text: &str, format: Format) -> Result<Located, SyntaxError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(SyntaxError {
            message: format!(
                "the document is {} bytes; at most {MAX_DOCUMENT_BYTES} are read",
                text.len()
            ),
            at: None,
        });
    }
    match format {
        Format::Yaml => match serde_saphyr::from_str::<Spanned<Node>>(text) {
            Ok(root) => Ok(root.into()),
            Err(err) => Err(SyntaxError {
                at: err.location().and_then(position),
                message: first_line(&err.to_string()),
            }),
        },
        Format::Json => {
            // JSON is checked by a JSON parser (its errors are JSON's); positions then come
            // from reading the same text as YAML, which every JSON document is, where that works.
            if let Err(err) = serde_json::from_str::<de::IgnoredAny>(text) {
                return Err(SyntaxError {
                    message: strip_json_position(&err.to_string()),
                    at: (err.line() > 0).then(|| Position {
                        line: err.line() as u32,
                        column: err.column() as u32,
                    }),
                });
            }
            match serde_saphyr::from_str::<Spanned<Node>>(text) {
                Ok(root) => Ok(root.into()),
                Err(_) => {
                    let root: Node = serde_json::from_str(text).map_err(|err| SyntaxError {
                        message: strip_json_position(&err.to_string()),
                        at: None,
                    })?;
                    Ok(Located {
                        node: root,
                        at: None,
                    })
                }
            }
        }
    }
}

/// The reader's message without its own `error: line L column C:` prefix (the position is
/// reported on its own).
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or(message).trim();
    let rest = line.strip_prefix("error: ").unwrap_or(line);
    match rest.strip_prefix("line ").and_then(|r| r.split_once(": ")) {
        Some((position, tail)) if position.contains(" column ") => tail.to_owned(),
        _ => rest.to_owned(),
    }
}

fn strip_json_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// A path into a document, written as users read it: `carriers[0].trunks[2].networks[1]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Path(pub(crate) String);

impl Path {
    pub(crate) fn key(&self, key: &str) -> Path {
        if self.0.is_empty() {
            Path(key.to_owned())
        } else {
            Path(format!("{}.{key}", self.0))
        }
    }

    pub(crate) fn index(&self, i: usize) -> Path {
        Path(format!("{}[{i}]", self.0))
    }
}

/// Where every node and every key of a document is.
#[derive(Clone, Debug, Default)]
pub(crate) struct Index {
    values: BTreeMap<String, Position>,
    keys: BTreeMap<String, Position>,
}

impl Index {
    pub(crate) fn of(root: &Located) -> Self {
        let mut index = Index::default();
        index.walk(&Path::default(), root);
        index
    }

    fn walk(&mut self, path: &Path, node: &Located) {
        if let Some(at) = node.at {
            self.values.entry(path.0.clone()).or_insert(at);
        }
        match &node.node {
            Node::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.walk(&path.index(i), item);
                }
            }
            Node::Map(entries) => {
                for (key, key_at, value) in entries {
                    let child = path.key(key);
                    if let Some(at) = key_at {
                        self.keys.entry(child.0.clone()).or_insert(*at);
                    }
                    self.walk(&child, value);
                }
            }
            _ => {}
        }
    }

    /// Where the value at `path` is; failing that, its key; failing that, the nearest parent.
    pub(crate) fn value(&self, path: &str) -> Option<Position> {
        let mut path = path;
        loop {
            if let Some(at) = self.values.get(path).or_else(|| self.keys.get(path)) {
                return Some(*at);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }

    /// Where the key at `path` is (for unknown and duplicate keys); failing that, its value.
    pub(crate) fn key(&self, path: &str) -> Option<Position> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }
}

/// The tree as JSON, for serde and the schema check.
pub(crate) fn to_json(node: &Located) -> serde_json::Value {
    use serde_json::Value;
    match &node.node {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(*b),
        Node::Int(i) => match i64::try_from(*i) {
            Ok(i) => Value::from(i),
            Err(_) => match u64::try_from(*i) {
                Ok(u) => Value::from(u),
                Err(_) => Value::from(*i as f64),
            },
        },
        Node::Float(f) => serde_json::Number::from_f64(*f)
            .map(Value::Number)
            .unwrap_or(Value::Null),
        Node::Str(s) => Value::String(s.clone()),
        Node::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        Node::Map(entries) => {
            let mut map = serde_json::Map::new();
            for (key, _, value) in entries {
                map.entry(key.clone()).or_insert_with(|| to_json(value));
            }
            Value::Object(map)
        }
    }
}
