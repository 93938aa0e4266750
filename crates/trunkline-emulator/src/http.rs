//! Vendor-independent request and response plumbing: the parsed request context, body
//! parsing (JSON and form), typed field access, errors and JSON responses.

use std::borrow::Cow;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use serde::Serialize;
use serde_json::{Map, Value};

/// An error a vendor renders in its own error-body shape.
#[derive(Debug, Clone)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    /// Vendor-specific error code (Twilio's `code`), when it is not derived from the status.
    pub(crate) code: Option<u32>,
    pub(crate) message: String,
    /// Extra headers (`Allow`, `WWW-Authenticate`, `Retry-After`).
    pub(crate) headers: Vec<(header::HeaderName, HeaderValue)>,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> Self {
        Self {
            status,
            code: None,
            message: message.into(),
            headers: Vec::new(),
        }
    }

    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, message)
    }

    pub(crate) fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, message)
    }

    pub(crate) fn unprocessable(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, message)
    }

    pub(crate) fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, message)
    }

    pub(crate) fn payload_too_large() -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "Request body exceeds the limit of {} bytes",
                crate::MAX_BODY_BYTES
            ),
        )
    }

    /// 405 with an `Allow` header listing `allowed`.
    pub(crate) fn method_not_allowed(method: &Method, allowed: &[Method]) -> Self {
        let allow = allowed
            .iter()
            .map(Method::as_str)
            .collect::<Vec<_>>()
            .join(", ");
        let mut err = Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("Method {method} is not allowed on this resource; allowed: {allow}"),
        );
        if let Ok(value) = HeaderValue::from_str(&allow) {
            err.headers.push((header::ALLOW, value));
        }
        err
    }

    pub(crate) fn with_code(mut self, code: u32) -> Self {
        self.code = Some(code);
        self
    }

    pub(crate) fn with_header(mut self, name: header::HeaderName, value: HeaderValue) -> Self {
        self.headers.push((name, value));
        self
    }
}

/// Shortens user-supplied text echoed in error messages.
pub(crate) fn echo(s: &str) -> Cow<'_, str> {
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(format!("{}…", s.chars().take(MAX).collect::<String>()))
    }
}

/// Serializes `value` as the JSON body of a response with `status`.
pub(crate) fn json<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => raw(status, "application/json", bytes),
        Err(_) => raw(
            StatusCode::INTERNAL_SERVER_ERROR,
            "text/plain",
            b"response serialization failed".to_vec(),
        ),
    }
}

/// A response with an explicit content type and body.
pub(crate) fn raw(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A response without a body (204, or a 2xx whose body the vendor leaves undocumented).
pub(crate) fn empty(status: StatusCode) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

/// Sets the headers carried by an [`ApiError`] on its rendered response (replacing any of
/// the same name a vendor's renderer already set, so none is sent twice).
pub(crate) fn with_error_headers(mut response: Response, err: &ApiError) -> Response {
    for (name, value) in &err.headers {
        response.headers_mut().insert(name.clone(), value.clone());
    }
    response
}

/// The parsed view of one request that vendor handlers work on.
pub(crate) struct Ctx<'a> {
    pub(crate) method: &'a Method,
    /// Percent-decoded path segments after the leading `/`; `None` when a segment is not
    /// valid UTF-8 once decoded. A trailing `/` yields a final empty segment.
    pub(crate) segments: Option<Vec<String>>,
    pub(crate) raw_path: &'a str,
    pub(crate) query: Query,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) body: &'a [u8],
    /// `http://host:port` this request was addressed to (from `Host`, else the bound address).
    pub(crate) origin: String,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(
        method: &'a Method,
        raw_path: &'a str,
        raw_query: Option<&str>,
        headers: &'a HeaderMap,
        body: &'a [u8],
        origin: String,
    ) -> Self {
        Self {
            method,
            segments: decode_segments(raw_path),
            raw_path,
            query: Query::parse(raw_query.unwrap_or("")),
            headers,
            body,
            origin,
        }
    }

    /// Segments as `&str`s, for slice-pattern routing (empty when undecodable: never matches).
    pub(crate) fn segs(&self) -> Vec<&str> {
        self.segments
            .as_ref()
            .map(|s| s.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// `(user, password)` from an `Authorization: Basic …` header.
    pub(crate) fn basic_auth(&self) -> Option<(String, String)> {
        use base64::Engine as _;
        let value = self.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
        let (scheme, encoded) = value.trim().split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("basic") {
            return None;
        }
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .ok()?;
        let text = String::from_utf8(decoded).ok()?;
        let (user, pass) = text.split_once(':')?;
        Some((user.to_owned(), pass.to_owned()))
    }

    /// A header as text, if present and visible ASCII.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)?.to_str().ok()
    }

    /// The body as a JSON object. An empty body is an empty object; any other body must be
    /// `application/json` and a JSON object.
    pub(crate) fn json_object(&self) -> Result<Map<String, Value>, ApiError> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Map::new());
        }
        if !self.content_type_is("application/json") {
            return Err(ApiError::bad_request(
                "Content-Type must be application/json for a JSON body",
            ));
        }
        match serde_json::from_slice::<Value>(self.body) {
            Ok(Value::Object(map)) => Ok(map),
            Ok(_) => Err(ApiError::bad_request("The JSON body must be an object")),
            Err(e) => Err(ApiError::bad_request(format!("Malformed JSON body: {e}"))),
        }
    }

    /// The body as `application/x-www-form-urlencoded` pairs. An empty body has no pairs.
    pub(crate) fn form(&self) -> Result<Form, ApiError> {
        if self.body.is_empty() {
            return Ok(Form(Vec::new()));
        }
        if !self.content_type_is("application/x-www-form-urlencoded") {
            return Err(ApiError::bad_request(
                "Content-Type must be application/x-www-form-urlencoded",
            ));
        }
        let text = std::str::from_utf8(self.body)
            .map_err(|_| ApiError::bad_request("The form body is not valid UTF-8"))?;
        if !valid_percent_escapes(text) {
            return Err(ApiError::bad_request(
                "Malformed form body: invalid percent-escape",
            ));
        }
        let mut pairs = Vec::new();
        for (k, v) in url::form_urlencoded::parse(text.as_bytes()) {
            if k.contains('\u{FFFD}') || v.contains('\u{FFFD}') {
                return Err(ApiError::bad_request(
                    "Malformed form body: a decoded value is not valid UTF-8",
                ));
            }
            pairs.push((k.into_owned(), v.into_owned()));
        }
        Ok(Form(pairs))
    }

    fn content_type_is(&self, expected: &str) -> bool {
        self.header("content-type")
            .and_then(|ct| ct.split(';').next())
            .is_some_and(|essence| essence.trim().eq_ignore_ascii_case(expected))
    }
}

fn decode_segments(raw_path: &str) -> Option<Vec<String>> {
    let trimmed = raw_path.strip_prefix('/').unwrap_or(raw_path);
    trimmed
        .split('/')
        .map(|seg| {
            percent_encoding::percent_decode_str(seg)
                .decode_utf8()
                .ok()
                .map(Cow::into_owned)
        })
        .collect()
}

fn valid_percent_escapes(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let ok = bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
            if !ok {
                return false;
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    true
}

/// Query-string pairs (form-decoded: `+` is a space). The first occurrence of a key wins.
#[derive(Default)]
pub(crate) struct Query(Vec<(String, String)>);

impl Query {
    pub(crate) fn parse(raw: &str) -> Self {
        Self(
            url::form_urlencoded::parse(raw.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// An integer parameter; `Err` carries a message naming the parameter.
    pub(crate) fn int(&self, key: &str) -> Result<Option<i64>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .trim()
                .parse::<i64>()
                .map(Some)
                .map_err(|_| format!("{key} must be an integer, got '{}'", echo(v))),
        }
    }
}

/// Form pairs of a Twilio request body. The last occurrence of a key wins.
pub(crate) struct Form(Vec<(String, String)>);

impl Form {
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// A Twilio boolean: `true`/`false`, also `True`/`False`.
    pub(crate) fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some("true" | "True") => Ok(Some(true)),
            Some("false" | "False") => Ok(Some(false)),
            Some(other) => Err(ApiError::bad_request(format!(
                "Invalid value '{}' for {key}: expected true or false",
                echo(other)
            ))),
        }
    }

    /// An integer within `range`.
    pub(crate) fn int_in(
        &self,
        key: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<Option<i64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => match v.trim().parse::<i64>() {
                Ok(n) if range.contains(&n) => Ok(Some(n)),
                _ => Err(ApiError::bad_request(format!(
                    "Invalid value '{}' for {key}: expected an integer from {} to {}",
                    echo(v),
                    range.start(),
                    range.end()
                ))),
            },
        }
    }
}

/// A JSON field that may be absent, explicitly `null`, or set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field<T> {
    Absent,
    Null,
    Set(T),
}

impl<T> Field<T> {
    pub(crate) fn set(self) -> Option<T> {
        match self {
            Field::Set(v) => Some(v),
            _ => None,
        }
    }
}

/// Typed access to the fields of a JSON request object. Type errors are 400s naming the field.
pub(crate) struct Fields<'a>(pub(crate) &'a Map<String, Value>);

impl<'a> Fields<'a> {
    fn wrong_type(key: &str, expected: &str) -> ApiError {
        ApiError::bad_request(format!("Invalid value for '{key}': expected {expected}"))
    }

    /// A string field that may be `null`.
    pub(crate) fn nullable_str(&self, key: &str) -> Result<Field<&'a str>, ApiError> {
        match self.0.get(key) {
            None => Ok(Field::Absent),
            Some(Value::Null) => Ok(Field::Null),
            Some(Value::String(s)) => Ok(Field::Set(s.as_str())),
            Some(_) => Err(Self::wrong_type(key, "a string")),
        }
    }

    /// A string field; `null` counts as absent.
    pub(crate) fn str(&self, key: &str) -> Result<Option<&'a str>, ApiError> {
        Ok(self.nullable_str(key)?.set())
    }

    /// A boolean field; `null` counts as absent.
    pub(crate) fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(Self::wrong_type(key, "a boolean")),
        }
    }

    /// An integer field; `null` counts as absent.
    pub(crate) fn int(&self, key: &str) -> Result<Option<i64>, ApiError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| Self::wrong_type(key, "an integer")),
            Some(_) => Err(Self::wrong_type(key, "an integer")),
        }
    }

    /// An array-of-strings field; `null` counts as absent.
    pub(crate) fn str_array(&self, key: &str) -> Result<Option<Vec<&'a str>>, ApiError> {
        match self.0.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str()
                        .ok_or_else(|| Self::wrong_type(key, "an array of strings"))
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(_) => Err(Self::wrong_type(key, "an array of strings")),
        }
    }
}

/// Offset paging parameters (`limit`, `offset`) with the vendor's bounds.
pub(crate) fn limit_offset(
    query: &Query,
    default_limit: i64,
    max_limit: i64,
) -> Result<(usize, usize), ApiError> {
    let limit = query
        .int("limit")
        .map_err(ApiError::bad_request)?
        .unwrap_or(default_limit);
    if !(1..=max_limit).contains(&limit) {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {max_limit}, got {limit}"
        )));
    }
    let offset = query
        .int("offset")
        .map_err(ApiError::bad_request)?
        .unwrap_or(0);
    if offset < 0 {
        return Err(ApiError::bad_request(format!(
            "offset must be 0 or more, got {offset}"
        )));
    }
    let to_usize = |n: i64| usize::try_from(n).unwrap_or(usize::MAX);
    Ok((to_usize(limit), to_usize(offset)))
}

/// Percent-encodes a value for use in a query string or path segment.
pub(crate) fn encode_component(s: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(s, SET).to_string()
}

/// Whether `s` is an IPv4 address, optionally with a `/0`–`/32` CIDR suffix.
pub(crate) fn is_ipv4_or_cidr(s: &str) -> bool {
    let (addr, prefix) = match s.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (s, None),
    };
    addr.parse::<std::net::Ipv4Addr>().is_ok()
        && prefix.is_none_or(|p| {
            !p.is_empty()
                && p.len() <= 2
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u8>().is_ok_and(|n| n <= 32)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_decode_and_keep_trailing_slash() {
        assert_eq!(
            decode_segments("/v1/Trunk/"),
            Some(vec!["v1".into(), "Trunk".into(), String::new()])
        );
        assert_eq!(
            decode_segments("/numbers/%2B9180/assign"),
            Some(vec!["numbers".into(), "+9180".into(), "assign".into()])
        );
        assert_eq!(
            decode_segments("/a%2Fb"),
            Some(vec!["a/b".into()]),
            "an encoded slash stays inside its segment"
        );
        assert_eq!(decode_segments("/%ff"), None);
    }

    #[test]
    fn percent_escape_validation() {
        assert!(valid_percent_escapes("a=b%20c"));
        assert!(!valid_percent_escapes("a=%zz"));
        assert!(!valid_percent_escapes("a=%2"));
    }

    #[test]
    fn ipv4_or_cidr() {
        assert!(is_ipv4_or_cidr("10.0.0.1"));
        assert!(is_ipv4_or_cidr("10.20.30.0/24"));
        assert!(!is_ipv4_or_cidr("10.20.30.0/33"));
        assert!(!is_ipv4_or_cidr("10.20.30.0/"));
        assert!(!is_ipv4_or_cidr("::1"));
        assert!(!is_ipv4_or_cidr("ip_address"));
    }

    #[test]
    fn echo_truncates() {
        let long = "x".repeat(200);
        assert!(echo(&long).chars().count() <= 81);
        assert_eq!(echo("short"), "short");
    }
}
