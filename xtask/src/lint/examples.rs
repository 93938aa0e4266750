//! Rule 14 (examples fit their schemas) and the date-time part of rule 13.

use serde_json::Value;

use super::checks::schema_children;
use super::model::{self, Base, MAX_HOPS, Sink, Spec};
use super::schemas::{self, Site};

/// Most schema/value pairs the examples of one document may cost (guards `oneOf` blow-ups and
/// huge hostile documents; hand-curated specs need a few thousand).
const BUDGET: usize = 2_000_000;

thread_local! {
    static REMAINING: std::cell::Cell<usize> = const { std::cell::Cell::new(BUDGET) };
}

pub(super) fn check(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    REMAINING.with(|remaining| remaining.set(BUDGET));
    check_all(sink, spec);
    if REMAINING.with(std::cell::Cell::get) == 0 {
        sink.document(format!(
            "the examples are too large to check (more than {BUDGET} schema checks): trim them"
        ));
    }
}

fn check_all(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    for site in schemas::sites(spec) {
        schema_examples(sink, spec, &site, site.schema, String::new(), 0);
    }
    for op in &spec.ops {
        for (base, parameter) in spec.parameters(op) {
            if let Some(schema) = parameter.get("schema") {
                examples_of(sink, spec, &base, parameter, schema);
            }
        }
        if let Some(body) = op.value.get("requestBody") {
            let base = schemas::ref_base(op, body, "requestBodies", "requestBody".to_owned());
            if let Ok(body) = spec.resolve(body, "requestBodies") {
                media_examples(sink, spec, &base, body);
            }
        }
        for (key, response) in spec.responses(op) {
            let base = schemas::ref_base(op, response, "responses", format!("responses.{key}"));
            if let Ok(response) = spec.resolve(response, "responses") {
                media_examples(sink, spec, &base, response);
            }
        }
    }
}

fn media_examples(sink: &mut Sink<'_>, spec: &Spec<'_>, base: &Base, holder: &Value) {
    for (media, entry) in model::content(holder) {
        if let Some(schema) = entry.get("schema") {
            examples_of(
                sink,
                spec,
                &base.child(&format!(".content.{media}")),
                entry,
                schema,
            );
        }
    }
}

/// `example` and `examples.*.value` of a media type or a parameter, against `schema`.
fn examples_of(sink: &mut Sink<'_>, spec: &Spec<'_>, base: &Base, holder: &Value, schema: &Value) {
    if let Some(example) = holder.get("example") {
        report(
            sink,
            base,
            ".example",
            check_value(spec, example, schema, false),
        );
    }
    if let Some(named) = holder.get("examples").and_then(Value::as_object) {
        for (label, entry) in named {
            let Ok(entry) = spec.resolve(entry, "examples") else {
                continue;
            };
            if let Some(value) = entry.get("value") {
                report(
                    sink,
                    base,
                    &format!(".examples.{label}.value"),
                    check_value(spec, value, schema, false),
                );
            }
        }
    }
}

/// Every `example` written on a schema node of a site.
fn schema_examples(
    sink: &mut Sink<'_>,
    spec: &Spec<'_>,
    site: &Site<'_>,
    node: &Value,
    sub: String,
    depth: usize,
) {
    if depth > super::MAX_DEPTH {
        return;
    }
    if let Some(example) = node.get("example") {
        // Inside a response-reachable component, the generator opens enum references.
        let open = site
            .component
            .is_some_and(|name| spec.response_reachable.contains(name));
        report(
            sink,
            &site.base,
            &format!("{sub}.example"),
            check_value(spec, example, node, open),
        );
    }
    for (child_sub, child) in schema_children(node) {
        schema_examples(
            sink,
            spec,
            site,
            child,
            format!("{sub}{child_sub}"),
            depth + 1,
        );
    }
}

fn report(sink: &mut Sink<'_>, base: &Base, sub: &str, found: Vec<(String, String)>) {
    for (pointer, message) in found {
        if pointer.is_empty() {
            sink.at(base, sub, message);
        } else {
            sink.at(base, sub, format!("at {pointer}: {message}"));
        }
    }
}

/// Checks one example value; returns `(JSON pointer, message)` pairs.
fn check_value(
    spec: &Spec<'_>,
    value: &Value,
    schema: &Value,
    open: bool,
) -> Vec<(String, String)> {
    let mut checker = Checker {
        spec,
        found: Vec::new(),
        budget: REMAINING.with(std::cell::Cell::get),
    };
    let mut pointer = String::new();
    checker.value(value, schema, open, false, false, &mut pointer, 0);
    REMAINING.with(|remaining| remaining.set(checker.budget));
    checker.found
}

struct Checker<'s, 'a> {
    spec: &'s Spec<'a>,
    found: Vec<(String, String)>,
    budget: usize,
}

impl Checker<'_, '_> {
    fn fail(&mut self, pointer: &str, message: String) {
        self.found.push((pointer.to_owned(), message));
    }

    /// `open`: `$ref`s to enum components are open here (inside a response-reachable
    /// component). `skip_enum`: this schema is such an opened enum. `optional`: the value is an
    /// optional property (null decodes as `None`).
    #[allow(clippy::too_many_arguments)]
    fn value(
        &mut self,
        value: &Value,
        schema: &Value,
        open: bool,
        skip_enum: bool,
        optional: bool,
        pointer: &mut String,
        depth: usize,
    ) {
        if self.budget == 0 || depth > MAX_HOPS {
            return;
        }
        self.budget -= 1;
        let Some(map) = schema.as_object() else {
            return;
        };
        if map.contains_key("$ref") {
            if let Some((Some(name), target)) = self.spec.deref_schema(schema) {
                let skip = open && self.spec.is_enum_component(name);
                let inner_open = self.spec.response_reachable.contains(name);
                self.value(
                    value,
                    target,
                    inner_open,
                    skip,
                    optional,
                    pointer,
                    depth + 1,
                );
            }
            return;
        }
        if value.is_null() {
            if !optional && !self.accepts_null(schema, 0) {
                self.fail(
                    pointer,
                    "null, but the schema is not nullable: add `nullable: true` or fix the \
                     example"
                        .to_owned(),
                );
            }
            return;
        }
        if !skip_enum
            && let Some(values) = map.get("enum").and_then(Value::as_array)
            && !values.contains(value)
        {
            let list: Vec<String> = values.iter().map(model::short).collect();
            self.fail(
                pointer,
                format!(
                    "{} is not one of the enum values ({}): fix the example or add the value to \
                     the enum",
                    model::short(value),
                    list.join(", ")
                ),
            );
            return;
        }
        let expected = match map.get("type") {
            Some(Value::String(ty)) => Some(ty.as_str()),
            Some(_) => None,
            None if map.contains_key("properties") => Some("object"),
            None => None,
        };
        if let Some(expected) = expected
            && !self.type_fits(expected, value, map, pointer)
        {
            return;
        }
        if let Value::Object(object) = value {
            self.object(object, map, open, pointer, depth);
        }
        if let (Value::Array(items), Some(item_schema)) = (value, map.get("items")) {
            for (index, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&index.to_string());
                self.value(item, item_schema, open, false, false, pointer, depth + 1);
                pointer.truncate(len);
            }
        }
        if let Some(members) = map.get("allOf").and_then(Value::as_array) {
            for member in members {
                self.value(value, member, open, false, optional, pointer, depth + 1);
            }
        }
        for key in ["oneOf", "anyOf"] {
            let Some(members) = map.get(key).and_then(Value::as_array) else {
                continue;
            };
            if members.is_empty() {
                continue;
            }
            let mut first = None;
            let mut matched = false;
            for member in members {
                let mut sub = Checker {
                    spec: self.spec,
                    found: Vec::new(),
                    budget: self.budget,
                };
                let mut sub_pointer = pointer.clone();
                sub.value(
                    value,
                    member,
                    open,
                    false,
                    optional,
                    &mut sub_pointer,
                    depth + 1,
                );
                self.budget = sub.budget;
                if sub.found.is_empty() {
                    matched = true;
                    break;
                }
                if first.is_none() {
                    first = sub.found.into_iter().next();
                }
            }
            if !matched {
                let detail = first
                    .filter(|(_, message)| !message.starts_with("matches none of"))
                    .map(|(at, message)| {
                        if at.is_empty() || at == *pointer {
                            format!(" (the first fails: {message})")
                        } else {
                            format!(" (the first fails at {at}: {message})")
                        }
                    })
                    .unwrap_or_default();
                self.fail(
                    pointer,
                    format!(
                        "matches none of the {} `{key}` alternatives{detail}: fix the example or \
                         the schema",
                        members.len()
                    ),
                );
            }
        }
    }

    /// Checks the JSON type (and string formats and bounds); returns whether to go deeper.
    fn type_fits(
        &mut self,
        expected: &str,
        value: &Value,
        schema: &serde_json::Map<String, Value>,
        pointer: &str,
    ) -> bool {
        let fits = match expected {
            "string" => value.is_string(),
            "integer" => value.is_number(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            _ => true,
        };
        if !fits {
            self.fail(
                pointer,
                format!(
                    "expected {expected}, found {} {}: fix the example or the schema",
                    model::describe_kind(value),
                    model::short(value)
                ),
            );
            return false;
        }
        if expected == "integer"
            && let Value::Number(number) = value
            && !number.is_i64()
            && !number.is_u64()
        {
            self.fail(
                pointer,
                format!(
                    "{number} is not an integer but the schema says `type: integer`: fix the \
                     example or use `type: number`"
                ),
            );
            return false;
        }
        if let Value::String(text) = value {
            self.string(text, schema, pointer);
        }
        if let Value::Number(number) = value
            && let Some(n) = number.as_f64()
        {
            let exclusive = |key: &str| schema.get(key) == Some(&Value::Bool(true));
            if let Some(min) = schema.get("minimum").and_then(Value::as_f64)
                && (n < min || (exclusive("exclusiveMinimum") && n <= min))
            {
                self.fail(
                    pointer,
                    format!(
                        "{number} is below the schema's minimum {min}: fix the example or the \
                         schema"
                    ),
                );
            }
            if let Some(max) = schema.get("maximum").and_then(Value::as_f64)
                && (n > max || (exclusive("exclusiveMaximum") && n >= max))
            {
                self.fail(
                    pointer,
                    format!(
                        "{number} is above the schema's maximum {max}: fix the example or the \
                         schema"
                    ),
                );
            }
        }
        true
    }

    fn string(&mut self, text: &str, schema: &serde_json::Map<String, Value>, pointer: &str) {
        let shown = model::short(&Value::String(text.to_owned()));
        match schema.get("format").and_then(Value::as_str) {
            Some("date-time") if !is_rfc3339(text) => self.fail(
                pointer,
                format!(
                    "{shown} is not RFC 3339 but the schema says `format: date-time`: remove the \
                     format (keep `type: string` and name the format in `description`) or fix \
                     the example"
                ),
            ),
            Some("date") if !is_full_date(text.as_bytes()) => self.fail(
                pointer,
                format!(
                    "{shown} is not a full-date (YYYY-MM-DD) but the schema says `format: date`: \
                     remove the format or fix the example"
                ),
            ),
            Some(format @ ("ip" | "ipv4" | "ipv6")) => {
                let parses = match format {
                    "ipv4" => text.parse::<std::net::Ipv4Addr>().is_ok(),
                    "ipv6" => text.parse::<std::net::Ipv6Addr>().is_ok(),
                    _ => text.parse::<std::net::IpAddr>().is_ok(),
                };
                if !parses {
                    self.fail(
                        pointer,
                        format!(
                            "{shown} is not an address of `format: {format}`: remove the format \
                             or fix the example"
                        ),
                    );
                }
            }
            _ => {}
        }
        let length = text.chars().count();
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64)
            && length as u64 > max
        {
            self.fail(
                pointer,
                format!(
                    "{shown} is longer than the schema's maxLength {max}: fix the example or the \
                     schema"
                ),
            );
        }
        if let Some(min) = schema.get("minLength").and_then(Value::as_u64)
            && (length as u64) < min
        {
            self.fail(
                pointer,
                format!(
                    "{shown} is shorter than the schema's minLength {min}: fix the example or \
                     the schema"
                ),
            );
        }
    }

    fn object(
        &mut self,
        object: &serde_json::Map<String, Value>,
        schema: &serde_json::Map<String, Value>,
        open: bool,
        pointer: &mut String,
        depth: usize,
    ) {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|list| list.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for name in &required {
            if !object.contains_key(*name) {
                self.fail(
                    pointer,
                    format!(
                        "missing required property `{name}`: add it to the example or make the \
                         property optional"
                    ),
                );
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        let additional = schema.get("additionalProperties").filter(|v| v.is_object());
        for (key, child) in object {
            let child_schema = properties.and_then(|p| p.get(key));
            let optional = child_schema.is_some() && !required.contains(&key.as_str());
            let Some(child_schema) = child_schema.or(additional) else {
                continue;
            };
            let len = pointer.len();
            pointer.push('/');
            pointer.push_str(&model::pointer_token(key));
            self.value(
                child,
                child_schema,
                open,
                false,
                optional,
                pointer,
                depth + 1,
            );
            pointer.truncate(len);
        }
    }

    fn accepts_null(&self, schema: &Value, hops: usize) -> bool {
        if hops > 64 {
            return true;
        }
        let Some(map) = schema.as_object() else {
            return true;
        };
        if map.get("nullable") == Some(&Value::Bool(true)) {
            return true;
        }
        if map.contains_key("$ref") {
            return match self.spec.deref_schema(schema) {
                Some((_, target)) => self.accepts_null(target, hops + 1),
                None => true,
            };
        }
        if let Some(values) = map.get("enum").and_then(Value::as_array) {
            return values.contains(&Value::Null);
        }
        if map.contains_key("type") || map.contains_key("properties") {
            return false;
        }
        if let Some(members) = map.get("allOf").and_then(Value::as_array)
            && !members.is_empty()
        {
            return members.iter().all(|m| self.accepts_null(m, hops + 1));
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(members) = map.get(key).and_then(Value::as_array)
                && !members.is_empty()
            {
                return members.iter().any(|m| self.accepts_null(m, hops + 1));
            }
        }
        true
    }
}

fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
}

/// `YYYY-MM-DD` with a real month and day.
fn is_full_date(bytes: &[u8]) -> bool {
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (
        digits(&bytes[0..4]),
        digits(&bytes[5..7]),
        digits(&bytes[8..10]),
    ) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)` (`t`, `z` and a space
/// separator allowed, as RFC 3339 section 5.6 permits).
pub(super) fn is_rfc3339(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() < 20 || !is_full_date(&bytes[..10]) {
        return false;
    }
    if !matches!(bytes[10], b'T' | b't' | b' ') || bytes[13] != b':' || bytes[16] != b':' {
        return false;
    }
    let (Some(hour), Some(minute), Some(second)) = (
        digits(&bytes[11..13]),
        digits(&bytes[14..16]),
        digits(&bytes[17..19]),
    ) else {
        return false;
    };
    if hour > 23 || minute > 59 || second > 60 {
        return false;
    }
    let mut rest = &bytes[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let count = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if count == 0 {
            return false;
        }
        rest = &fraction[count..];
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => matches!(
            (digits(&[*h1, *h2]), digits(&[*m1, *m2])),
            (Some(h), Some(m)) if h <= 23 && m <= 59
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_rfc3339;

    #[test]
    fn rfc3339() {
        for good in [
            "2018-04-28T00:10:23Z",
            "2018-04-28t00:10:23z",
            "2018-04-28 00:10:23+05:30",
            "2024-02-29T23:59:60.123456-00:00",
        ] {
            assert!(is_rfc3339(good), "{good}");
        }
        for bad in [
            "2018-04-28T00:10:23",
            "2018-04-28",
            "Mon, 02 Jan 2006 15:04:05 +0000",
            "2023-02-29T00:00:00Z",
            "2018-13-01T00:00:00Z",
            "2018-04-28T24:00:00Z",
            "2018-04-28T00:10:23.Z",
            "2018-04-28T00:10:23+0530",
            "２０１８-04-28T00:10:23Z",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }
}
