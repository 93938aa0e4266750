//! Schema rules: response enums (11), secrets (12) and traps (13), over every schema of the
//! document: component schemas, and the schemas written inline in parameters, bodies and
//! responses.

use std::collections::BTreeSet;

use serde_json::Value;

use super::checks::schema_children;
use super::model::{self, Base, Sink, Spec};

/// A schema to walk and what it is used for.
pub(super) struct Site<'a> {
    pub base: Base,
    pub schema: &'a Value,
    /// The component schema it is the root of, if any.
    pub component: Option<&'a str>,
    /// Whether a response body can contain it.
    pub response: bool,
}

/// Every place a schema is written: components/schemas entries first, then the schemas of
/// parameters, request bodies, responses and response headers (once per component they are
/// written in, or per operation when written inline).
pub(super) fn sites<'a>(spec: &Spec<'a>) -> Vec<Site<'a>> {
    let mut out = Vec::new();
    if let Some(schemas) = spec.schemas {
        for (name, schema) in schemas {
            out.push(Site {
                base: Base::component(format!("components.schemas.{name}")),
                schema,
                component: Some(name),
                response: spec.response_reachable.contains(name.as_str()),
            });
        }
    }
    let mut seen = BTreeSet::new();
    let mut push = |out: &mut Vec<Site<'a>>, base: Base, schema: &'a Value, response: bool| {
        let key = (
            base.op.is_some(),
            base.op.clone().map(|l| l.to_string()),
            base.prefix.clone(),
        );
        if seen.insert(key) {
            out.push(Site {
                base,
                schema,
                component: None,
                response,
            });
        }
    };
    for op in &spec.ops {
        for (base, parameter) in spec.parameters(op) {
            if let Some(schema) = parameter.get("schema") {
                push(&mut out, base.child(".schema"), schema, false);
            }
            for (media, entry) in model::content(parameter) {
                if let Some(schema) = entry.get("schema") {
                    push(
                        &mut out,
                        base.child(&format!(".content.{media}.schema")),
                        schema,
                        false,
                    );
                }
            }
        }
        if let Some(body) = op.value.get("requestBody") {
            let base = ref_base(op, body, "requestBodies", "requestBody".to_owned());
            if let Ok(body) = spec.resolve(body, "requestBodies") {
                for (media, entry) in model::content(body) {
                    if let Some(schema) = entry.get("schema") {
                        push(
                            &mut out,
                            base.child(&format!(".content.{media}.schema")),
                            schema,
                            false,
                        );
                    }
                }
            }
        }
        for (key, response) in spec.responses(op) {
            let base = ref_base(op, response, "responses", format!("responses.{key}"));
            let Ok(response) = spec.resolve(response, "responses") else {
                continue;
            };
            for (media, entry) in model::content(response) {
                if let Some(schema) = entry.get("schema") {
                    push(
                        &mut out,
                        base.child(&format!(".content.{media}.schema")),
                        schema,
                        true,
                    );
                }
            }
            if let Some(headers) = response.get("headers").and_then(Value::as_object) {
                for (header, value) in headers {
                    if let Some(schema) = spec
                        .resolve(value, "headers")
                        .ok()
                        .and_then(|h| h.get("schema"))
                    {
                        push(
                            &mut out,
                            base.child(&format!(".headers.{header}.schema")),
                            schema,
                            false,
                        );
                    }
                }
            }
        }
    }
    out
}

/// The base for something an operation holds, or the component it refers to.
pub(super) fn ref_base(op: &model::Op<'_>, value: &Value, kind: &str, inline: String) -> Base {
    match value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| model::component_name(r, kind))
    {
        Some(name) => Base::component(format!("components.{kind}.{name}")),
        None => Base::in_op(op, inline),
    }
}

pub(super) fn check(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    for site in sites(spec) {
        walk(sink, &site, site.schema, String::new(), None, true, 0);
    }
    shared_enums(sink, spec);
}

/// `password`, `auth_token`, `authtoken`, `secret`, `api_secret` (any case), `*_password`,
/// `*Password`.
pub(super) fn is_secret_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "password" | "auth_token" | "authtoken" | "secret" | "api_secret"
    ) || lower.ends_with("_password")
        || name.ends_with("Password")
}

/// Validation keywords that typify turns into types stricter than the vendor: string lengths
/// (a validating newtype) and integer minimums of 1 (`NonZero*`) or 0 without a format (`u64`).
fn bounds(sink: &mut Sink<'_>, base: &Base, sub: &str, map: &serde_json::Map<String, Value>) {
    let ty = map.get("type").and_then(Value::as_str);
    if ty == Some("string") {
        for keyword in ["minLength", "maxLength"] {
            if map.contains_key(keyword) {
                sink.at(
                    base,
                    sub,
                    format!(
                        "`{keyword}` in a response schema: the generated string type rejects \
                         vendor values of another length: remove it and describe the bound in \
                         `description`"
                    ),
                );
            }
        }
    }
    if ty != Some("integer") {
        return;
    }
    let Some(mut minimum) = map.get("minimum").and_then(Value::as_f64) else {
        return;
    };
    if map.get("exclusiveMinimum") == Some(&Value::Bool(true)) {
        minimum += 1.0;
    }
    if minimum == 1.0 {
        sink.at(
            base,
            sub,
            "`minimum: 1` in a response schema: the field is decoded as a NonZero integer, so a \
             0 from the vendor fails the whole response: remove it and describe the bound in \
             `description`",
        );
    } else if minimum == 0.0 && !map.contains_key("format") {
        sink.at(
            base,
            sub,
            "`minimum: 0` without a `format` in a response schema: the field is decoded as an \
             unsigned integer, so a negative value fails the whole response: add `format: \
             int64` or remove the minimum",
        );
    }
}

fn walk(
    sink: &mut Sink<'_>,
    site: &Site<'_>,
    node: &Value,
    sub: String,
    property: Option<&str>,
    is_root: bool,
    depth: usize,
) {
    if depth > super::MAX_DEPTH {
        return;
    }
    let Some(map) = node.as_object() else {
        return;
    };
    let base = &site.base;
    if map.get("format").and_then(Value::as_str) == Some("uuid") {
        sink.at(
            base,
            &sub,
            "`format: uuid`: vendor ids are not always well-formed UUIDs: remove the format \
             (keep `type: string`)",
        );
    }
    if map.contains_key("pattern") {
        sink.at(
            base,
            &sub,
            "`pattern`: the generated type would reject every value that does not match it: \
             remove it and describe the format in `description`",
        );
    }
    if map.get("additionalProperties") == Some(&Value::Bool(false)) {
        sink.at(
            base,
            &sub,
            "`additionalProperties: false`: vendors add fields without notice: remove it \
             (unknown fields are ignored)",
        );
    }
    if !site.response && property.is_some() && map.contains_key("default") {
        sink.at(
            base,
            &sub,
            "`default` on a request property: typify makes the field non-optional and sends \
             the default on every request (an update would reset the field): state the \
             default in `description` instead",
        );
    }
    let secret = map.get("x-trunkline-secret");
    if site.response {
        if map.contains_key("enum") && !(is_root && site.component.is_some()) {
            sink.at(
                base,
                &sub,
                "inline enum in a response schema: move it to components/schemas so the \
                 generator can open it",
            );
        }
        bounds(sink, base, &sub, map);
        if let Some(format @ ("ip" | "ipv4" | "ipv6")) = map.get("format").and_then(Value::as_str) {
            sink.at(
                base,
                &sub,
                format!(
                    "`format: {format}` in a response schema: it is decoded strictly as a \
                     std::net address, so a CIDR range, a host name or an empty string would \
                     fail the whole response: remove the format"
                ),
            );
        }
    }
    if let Some(secret) = secret {
        match secret {
            Value::Bool(flag) => {
                if property.is_none() {
                    sink.at(
                        base,
                        &sub,
                        "`x-trunkline-secret` is only read on object properties: move it onto \
                         the property that holds the secret",
                    );
                } else if *flag {
                    let found = if map.contains_key("$ref") {
                        Some("a $ref".to_owned())
                    } else if map.contains_key("enum") {
                        Some("an enum".to_owned())
                    } else {
                        match map.get("type") {
                            Some(Value::String(ty)) if ty == "string" => {
                                ["allOf", "anyOf", "oneOf"]
                                    .iter()
                                    .find(|k| map.contains_key(**k))
                                    .map(|k| format!("`{k}`"))
                            }
                            Some(Value::String(ty)) => Some(format!("`type: {ty}`")),
                            _ => Some("no `type`".to_owned()),
                        }
                    };
                    if let Some(found) = found {
                        sink.at(
                            base,
                            &sub,
                            format!(
                                "`x-trunkline-secret: true` needs a plain `type: string` \
                                 property (found {found}): write the property as `type: string`"
                            ),
                        );
                    }
                }
            }
            other => sink.at(
                base,
                &sub,
                format!(
                    "`x-trunkline-secret` must be a boolean (found {}): write `true`",
                    model::short(other)
                ),
            ),
        }
    }
    if let Some(properties) = map.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            if is_secret_name(name)
                && property.get("x-trunkline-secret") != Some(&Value::Bool(true))
            {
                let message = if site.response {
                    format!(
                        "property `{name}` looks like a secret in a response schema: mark it \
                         `x-trunkline-secret: true` (decoded as SecretString, never shown by \
                         `Debug`) or drop it from the response schema (unknown fields are ignored)"
                    )
                } else {
                    format!(
                        "property `{name}` looks like a secret but is not marked: add \
                         `x-trunkline-secret: true` (on a `type: string` property) so it is \
                         generated as SecretString"
                    )
                };
                sink.at(base, &format!("{sub}.properties.{name}"), message);
            }
        }
    }
    for (child_sub, child) in schema_children(node) {
        let child_property = child_sub.strip_prefix(".properties.");
        walk(
            sink,
            site,
            child,
            format!("{sub}{child_sub}"),
            child_property,
            false,
            depth + 1,
        );
    }
}

/// Rule 11, second half: components reachable from both a request and a response that
/// contain an enum.
fn shared_enums(sink: &mut Sink<'_>, spec: &Spec<'_>) {
    let Some(schemas) = spec.schemas else {
        return;
    };
    for (name, schema) in schemas {
        if !spec.response_reachable.contains(name.as_str())
            || !spec.request_reachable.contains(name.as_str())
            || spec.is_enum_component(name)
        {
            continue;
        }
        let mut found = BTreeSet::new();
        enums_in(spec, schema, String::new(), &mut found, 0);
        if !found.is_empty() {
            let list: Vec<String> = found.into_iter().collect();
            sink.schema(
                format!("components.schemas.{name}"),
                format!(
                    "used in both request and response and contains an enum ({}): split it \
                     into a request schema and a response schema",
                    list.join(", ")
                ),
            );
        }
    }
}

fn enums_in(
    spec: &Spec<'_>,
    node: &Value,
    sub: String,
    found: &mut BTreeSet<String>,
    depth: usize,
) {
    if depth > super::MAX_DEPTH {
        return;
    }
    if let Some(target) = node
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| model::component_name(r, "schemas"))
        && spec.is_enum_component(target)
    {
        found.insert(format!("`{target}`"));
    }
    if node.get("enum").is_some() && depth > 0 {
        found.insert(format!(
            "an inline enum at `{}`",
            sub.trim_start_matches('.')
        ));
    }
    for (child_sub, child) in schema_children(node) {
        enums_in(spec, child, format!("{sub}{child_sub}"), found, depth + 1);
    }
}
