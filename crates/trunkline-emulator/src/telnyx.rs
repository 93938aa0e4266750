//! Telnyx API v2: `/v2/…` credential, IP and FQDN connections (`telnyx_connections`), IPs,
//! FQDNs, outbound voice profiles, phone numbers (`telnyx_numbers`) and detail records
//! (`telnyx_records`).
//!
//! Wire rules: `Authorization: Bearer <API key>`; JSON bodies; every object answers
//! `{"data": {…}}` and every list `{"data": […], "meta": {page_number, page_size, total_pages,
//! total_results}}` (`/ips` without `meta`, as Telnyx documents); paging by `page[number]`
//! (1-based) and `page[size]` (1–250, default 250 for connections, IPs and FQDNs, 20 for
//! profiles and numbers; 1–50, default 20 for detail records); creates answer 201 (outbound
//! voice profiles 200), updates are partial `PATCH`es answering 200 with the whole object,
//! deletes answer 200 with the deleted object; errors are `{"errors": [{code, title, detail,
//! source, meta}]}` with Telnyx's codes as strings (`10009` authentication, `10005` not found,
//! `10004` missing parameter, `10015` invalid value, `10011` rate limit, …). Ids are numeric
//! strings (connections, FQDNs, profiles, numbers) or UUIDs (IPs).

use std::sync::RwLock;

use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Serialize, Serializer};
use serde_json::{Map, Number, Value};

use crate::http::{self, ApiError, Ctx, Field, Query, echo};
use crate::ids;
use crate::server::{Vendor, read, write};
use crate::table::Table;
use crate::telnyx_connections::{self as conns, ConnKind, Connections};
use crate::telnyx_numbers::Numbers;
use crate::telnyx_records::{RECORD_SEEDING, RecordStore};
use crate::{TelnyxConfig, TelnyxDetailRecord, TelnyxPhoneNumber};

/// Telnyx timestamps: RFC 3339 with milliseconds and `Z` (`2018-02-02T22:25:27.521Z`).
pub(crate) fn millis(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn ser_millis<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&millis(at))
}

/// A random numeric id like Telnyx's (`1293384261075731499`: 19 digits).
pub(crate) fn numeric_id() -> String {
    fastrand::u64(1_000_000_000_000_000_000..9_000_000_000_000_000_000).to_string()
}

/// What in the request an error is about.
#[derive(Debug, Clone)]
pub(crate) enum Source {
    None,
    /// JSON pointer into the body (`/inbound/dnis_number_format`; `/` for the whole request).
    Pointer(String),
    /// A query parameter (`page[size]`).
    Parameter(String),
}

/// An error in Telnyx's shape.
#[derive(Debug, Clone)]
pub(crate) struct TelnyxError {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) title: &'static str,
    pub(crate) detail: String,
    pub(crate) source: Source,
    headers: Vec<(header::HeaderName, HeaderValue)>,
}

impl TelnyxError {
    fn new(status: StatusCode, code: &'static str, title: &'static str, detail: String) -> Self {
        Self {
            status,
            code,
            title,
            detail,
            source: Source::Pointer("/".into()),
            headers: Vec::new(),
        }
    }

    /// 404 `10005`.
    pub(crate) fn not_found(what: &str, id: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "10005",
            "Resource not found",
            format!("{what} {} could not be found.", echo(id)),
        )
    }

    /// 422 `10015` about the body field at `pointer`.
    pub(crate) fn invalid(pointer: String, detail: String) -> Self {
        let mut err = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "10015",
            "Invalid value",
            detail,
        );
        err.source = Source::Pointer(pointer);
        err
    }

    /// 422 `10004`: a required body field is missing.
    pub(crate) fn missing(pointer: String) -> Self {
        let detail = format!("The required parameter {pointer} is missing.");
        let mut err = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "10004",
            "Missing required parameter",
            detail,
        );
        err.source = Source::Pointer(pointer);
        err
    }

    /// 400 `10015` about a query parameter.
    pub(crate) fn bad_parameter(parameter: &str, detail: String) -> Self {
        let mut err = Self::new(StatusCode::BAD_REQUEST, "10015", "Bad Request", detail);
        err.source = Source::Parameter(parameter.to_owned());
        err
    }

    fn unauthenticated() -> Self {
        let mut err = Self::new(
            StatusCode::UNAUTHORIZED,
            "10009",
            "Authentication failed",
            "Could not understand the provided credentials.".into(),
        );
        err.source = Source::None;
        err
    }
}

impl From<ApiError> for TelnyxError {
    fn from(err: ApiError) -> Self {
        let (code, title) = match err.status.as_u16() {
            401 => ("10009", "Authentication failed"),
            403 => ("10010", "Not authorized"),
            404 => ("10005", "Resource not found"),
            405 => ("10015", "Method not allowed"),
            408 | 504 => ("10008", "Request timeout"),
            413 => ("10015", "Request too large"),
            422 => ("10015", "Invalid value"),
            429 => ("10011", "Too many requests"),
            500..=599 => ("10007", "Unexpected error"),
            _ => ("10015", "Bad Request"),
        };
        let mut out = Self::new(err.status, code, title, err.message);
        if matches!(err.status.as_u16(), 401 | 429) {
            out.source = Source::None;
        }
        out.headers = err.headers;
        out
    }
}

#[derive(Serialize)]
struct ErrorsBody<'a> {
    errors: [ErrorEntry<'a>; 1],
}

#[derive(Serialize)]
struct ErrorEntry<'a> {
    code: &'a str,
    title: &'a str,
    detail: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<SourceBody<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<MetaBody>,
}

#[derive(Serialize)]
struct SourceBody<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pointer: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'a str>,
}

#[derive(Serialize)]
struct MetaBody {
    url: String,
}

fn render(err: &TelnyxError) -> Response {
    let source = match &err.source {
        Source::None => None,
        Source::Pointer(p) => Some(SourceBody {
            pointer: Some(p),
            parameter: None,
        }),
        Source::Parameter(p) => Some(SourceBody {
            pointer: None,
            parameter: Some(p),
        }),
    };
    // Telnyx's rate-limit body (its docs page) has neither `source` nor `meta`.
    let meta = (err.code != "10011").then(|| MetaBody {
        url: format!(
            "https://developers.telnyx.com/docs/overview/errors/{}",
            err.code
        ),
    });
    let mut response = http::json(
        err.status,
        &ErrorsBody {
            errors: [ErrorEntry {
                code: err.code,
                title: err.title,
                detail: &err.detail,
                source,
                meta,
            }],
        },
    );
    for (name, value) in &err.headers {
        response.headers_mut().append(name.clone(), value.clone());
    }
    response
}

pub(crate) type Result<T, E = TelnyxError> = std::result::Result<T, E>;

/// Typed, pointer-aware access to a JSON request object: every problem is a 422 naming the
/// field by its JSON pointer, as Telnyx's `source.pointer` does.
#[derive(Clone, Copy)]
pub(crate) struct Req<'a> {
    map: &'a Map<String, Value>,
    path: &'a str,
}

impl<'a> Req<'a> {
    pub(crate) fn root(map: &'a Map<String, Value>) -> Self {
        Self { map, path: "" }
    }

    pub(crate) fn pointer(&self, key: &str) -> String {
        format!("{}/{key}", self.path)
    }

    pub(crate) fn invalid(&self, key: &str, detail: impl Into<String>) -> TelnyxError {
        TelnyxError::invalid(self.pointer(key), detail.into())
    }

    fn field(&self, key: &str) -> Field<&'a Value> {
        match self.map.get(key) {
            None => Field::Absent,
            Some(Value::Null) => Field::Null,
            Some(v) => Field::Set(v),
        }
    }

    fn not_null<T>(&self, key: &str, field: Field<T>) -> Result<Option<T>> {
        match field {
            Field::Absent => Ok(None),
            Field::Null => Err(self.invalid(key, format!("{key} must not be null."))),
            Field::Set(v) => Ok(Some(v)),
        }
    }

    pub(crate) fn nullable_str(&self, key: &str) -> Result<Field<&'a str>> {
        match self.field(key) {
            Field::Set(Value::String(s)) => Ok(Field::Set(s.as_str())),
            Field::Set(_) => Err(self.invalid(key, format!("{key} must be a string."))),
            Field::Absent => Ok(Field::Absent),
            Field::Null => Ok(Field::Null),
        }
    }

    pub(crate) fn str(&self, key: &str) -> Result<Option<&'a str>> {
        let field = self.nullable_str(key)?;
        self.not_null(key, field)
    }

    /// A required, non-blank string (422 `10004` when missing).
    pub(crate) fn required_str(&self, key: &str) -> Result<&'a str> {
        match self.str(key)? {
            Some(s) if !s.trim().is_empty() => Ok(s),
            _ => Err(TelnyxError::missing(self.pointer(key))),
        }
    }

    pub(crate) fn nullable_bool(&self, key: &str) -> Result<Field<bool>> {
        match self.field(key) {
            Field::Set(Value::Bool(b)) => Ok(Field::Set(*b)),
            Field::Set(_) => Err(self.invalid(key, format!("{key} must be a boolean."))),
            Field::Absent => Ok(Field::Absent),
            Field::Null => Ok(Field::Null),
        }
    }

    pub(crate) fn bool(&self, key: &str) -> Result<Option<bool>> {
        let field = self.nullable_bool(key)?;
        self.not_null(key, field)
    }

    pub(crate) fn nullable_int(
        &self,
        key: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<Field<i64>> {
        match self.field(key) {
            Field::Set(Value::Number(n)) => match n.as_i64() {
                Some(i) if range.contains(&i) => Ok(Field::Set(i)),
                _ => Err(self.invalid(
                    key,
                    format!(
                        "{key} must be an integer from {} to {}.",
                        range.start(),
                        range.end()
                    ),
                )),
            },
            Field::Set(_) => Err(self.invalid(key, format!("{key} must be an integer."))),
            Field::Absent => Ok(Field::Absent),
            Field::Null => Ok(Field::Null),
        }
    }

    pub(crate) fn int(
        &self,
        key: &str,
        range: std::ops::RangeInclusive<i64>,
    ) -> Result<Option<i64>> {
        let field = self.nullable_int(key, range)?;
        self.not_null(key, field)
    }

    /// A number kept as sent (so `10` stays an integer on the wire).
    pub(crate) fn number(&self, key: &str) -> Result<Field<Number>> {
        match self.field(key) {
            Field::Set(Value::Number(n)) if n.as_f64().is_some_and(|f| f >= 0.0) => {
                Ok(Field::Set(n.clone()))
            }
            Field::Set(_) => Err(self.invalid(key, format!("{key} must be a number, 0 or more."))),
            Field::Absent => Ok(Field::Absent),
            Field::Null => Ok(Field::Null),
        }
    }

    /// A string out of `allowed`, or `null`; the detail lists the acceptable values.
    pub(crate) fn nullable_one_of(
        &self,
        key: &str,
        allowed: &[&'static str],
    ) -> Result<Field<&'static str>> {
        match self.nullable_str(key) {
            Ok(Field::Set(v)) => match allowed.iter().find(|a| **a == v) {
                Some(a) => Ok(Field::Set(a)),
                None => Err(self.invalid(
                    key,
                    format!(
                        "Invalid {key}: {}, was provided. Acceptable values are {}",
                        echo(v),
                        allowed.join(", ")
                    ),
                )),
            },
            Ok(Field::Absent) => Ok(Field::Absent),
            Ok(Field::Null) => Ok(Field::Null),
            Err(_) => {
                Err(self.invalid(key, format!("{key} must be one of {}.", allowed.join(", "))))
            }
        }
    }

    pub(crate) fn one_of(
        &self,
        key: &str,
        allowed: &[&'static str],
    ) -> Result<Option<&'static str>> {
        let field = self.nullable_one_of(key, allowed)?;
        self.not_null(key, field)
    }

    pub(crate) fn strings(&self, key: &str) -> Result<Option<Vec<String>>> {
        let wrong = || self.invalid(key, format!("{key} must be an array of strings."));
        match self.not_null(key, self.field(key))? {
            None => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| v.as_str().map(str::to_owned).ok_or_else(wrong))
                .collect::<Result<Vec<_>>>()
                .map(Some),
            Some(_) => Err(wrong()),
        }
    }

    /// A nested object (`inbound`, `outbound`, `rtcp_settings`, …).
    pub(crate) fn object(&self, key: &str, path: &'a mut String) -> Result<Option<Req<'a>>> {
        match self.not_null(key, self.field(key))? {
            None => Ok(None),
            Some(Value::Object(map)) => {
                *path = self.pointer(key);
                Ok(Some(Req { map, path }))
            }
            Some(_) => Err(self.invalid(key, format!("{key} must be an object."))),
        }
    }
}

/// The body of a POST or PATCH: a JSON object (an empty body is `{}`).
pub(crate) fn body(ctx: &Ctx<'_>) -> Result<Map<String, Value>> {
    ctx.json_object().map_err(TelnyxError::from)
}

/// `page[number]` and `page[size]` with the endpoint's default and maximum size.
#[derive(Clone, Copy)]
pub(crate) struct Page {
    pub(crate) number: usize,
    pub(crate) size: usize,
}

impl Page {
    pub(crate) fn parse(query: &Query, default_size: i64, max_size: i64) -> Result<Self> {
        let get = |key: &str, default: i64, max: i64| -> Result<usize> {
            let n = query
                .int(key)
                .map_err(|e| TelnyxError::bad_parameter(key, e))?
                .unwrap_or(default);
            if !(1..=max).contains(&n) {
                return Err(TelnyxError::bad_parameter(
                    key,
                    format!("{key} must be between 1 and {max}, got {n}."),
                ));
            }
            Ok(usize::try_from(n).unwrap_or(usize::MAX))
        };
        Ok(Self {
            number: get("page[number]", 1, i64::MAX)?,
            size: get("page[size]", default_size, max_size)?,
        })
    }

    pub(crate) fn offset(&self) -> usize {
        (self.number - 1).saturating_mul(self.size)
    }

    pub(crate) fn meta(&self, total: usize) -> PageMeta {
        PageMeta {
            page_number: self.number,
            page_size: self.size,
            total_pages: total.div_ceil(self.size),
            total_results: total,
        }
    }
}

#[derive(Serialize)]
pub(crate) struct PageMeta {
    page_number: usize,
    page_size: usize,
    total_pages: usize,
    total_results: usize,
}

#[derive(Serialize)]
pub(crate) struct ListBody<T: Serialize> {
    pub(crate) data: Vec<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) meta: Option<PageMeta>,
}

#[derive(Serialize)]
pub(crate) struct DataBody<T: Serialize> {
    pub(crate) data: T,
}

pub(crate) fn data<T: Serialize>(status: StatusCode, value: T) -> Response {
    http::json(status, &DataBody { data: value })
}

/// One page of `items` (already filtered and ordered) with its `meta`.
pub(crate) fn page_of<T: Serialize>(page: Page, total: usize, items: Vec<T>) -> Response {
    http::json(
        StatusCode::OK,
        &ListBody {
            data: items,
            meta: Some(page.meta(total)),
        },
    )
}

/// A `sort` key and how it orders two items.
pub(crate) type SortKey<T> = (&'static str, fn(&T, &T) -> std::cmp::Ordering);

/// One page of `matching` (every item that passes the filters, in order), each rendered by
/// `view`, with its `meta`.
pub(crate) fn page_of_matching<T, U: Serialize>(
    page: Page,
    matching: Vec<T>,
    view: impl FnMut(T) -> U,
) -> Response {
    let total = matching.len();
    let items = matching
        .into_iter()
        .skip(page.offset())
        .take(page.size)
        .map(view)
        .collect();
    page_of(page, total, items)
}

/// Orders `items` by a `sort` parameter (`key` or `-key`) among `keys`; no parameter keeps
/// creation order.
pub(crate) fn sort_by<T>(query: &Query, items: &mut [&T], keys: &[SortKey<T>]) -> Result<()> {
    let Some(raw) = query.get("sort") else {
        return Ok(());
    };
    let (descending, name) = match raw.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, raw),
    };
    let Some((_, compare)) = keys.iter().find(|(k, _)| *k == name) else {
        let names: Vec<&str> = keys.iter().map(|(k, _)| *k).collect();
        return Err(TelnyxError::bad_parameter(
            "sort",
            format!(
                "Invalid sort: {}. Sort by {}, optionally prefixed with -",
                echo(raw),
                names.join(", ")
            ),
        ));
    };
    items.sort_by(|a, b| {
        let order = compare(a, b);
        if descending { order.reverse() } else { order }
    });
    Ok(())
}

/// A Telnyx IP: an address (and port) of an IP connection.
#[derive(Clone, Serialize)]
pub(crate) struct Ip {
    pub(crate) id: String,
    record_type: &'static str,
    pub(crate) connection_id: Option<String>,
    ip_address: String,
    port: i64,
    #[serde(serialize_with = "ser_millis")]
    created_at: DateTime<Utc>,
    #[serde(serialize_with = "ser_millis")]
    updated_at: DateTime<Utc>,
}

/// A Telnyx FQDN: a host name (and port or SRV lookup) of an FQDN connection.
#[derive(Clone, Serialize)]
pub(crate) struct Fqdn {
    pub(crate) id: String,
    record_type: &'static str,
    pub(crate) connection_id: Option<String>,
    pub(crate) fqdn: String,
    dns_record_type: String,
    port: Option<i64>,
    #[serde(serialize_with = "ser_millis")]
    created_at: DateTime<Utc>,
    #[serde(serialize_with = "ser_millis")]
    updated_at: DateTime<Utc>,
}

#[derive(Clone, Serialize)]
struct CallRecording {
    call_recording_type: Option<&'static str>,
    call_recording_caller_phone_numbers: Vec<String>,
    call_recording_channels: &'static str,
    call_recording_format: &'static str,
}

/// An outbound voice profile.
#[derive(Clone, Serialize)]
pub(crate) struct Profile {
    pub(crate) id: String,
    record_type: &'static str,
    name: String,
    enabled: bool,
    connections_count: usize,
    whitelisted_destinations: Vec<String>,
    concurrent_call_limit: Option<i64>,
    max_destination_rate: Option<Number>,
    daily_spend_limit: Option<String>,
    daily_spend_limit_enabled: bool,
    traffic_type: &'static str,
    service_plan: &'static str,
    usage_payment_method: &'static str,
    billing_group_id: Option<String>,
    call_recording: CallRecording,
    tags: Vec<String>,
    #[serde(serialize_with = "ser_millis")]
    created_at: DateTime<Utc>,
    #[serde(serialize_with = "ser_millis")]
    updated_at: DateTime<Utc>,
}

/// All Telnyx state, behind one lock.
#[derive(Default)]
pub(crate) struct TelnyxState {
    pub(crate) connections: Connections,
    pub(crate) ips: Table<Ip>,
    pub(crate) fqdns: Table<Fqdn>,
    pub(crate) profiles: Table<Profile>,
    pub(crate) numbers: Numbers,
    pub(crate) records: RecordStore,
}

impl TelnyxState {
    /// A numeric id no connection, FQDN, profile or number has.
    pub(crate) fn new_numeric_id(&self) -> String {
        loop {
            let id = numeric_id();
            if !self.connections.contains(&id)
                && !self.fqdns.contains(&id)
                && !self.profiles.contains(&id)
                && !self.numbers.contains(&id)
            {
                return id;
            }
        }
    }

    pub(crate) fn profile_exists(&self, id: &str) -> bool {
        self.profiles.contains(id)
    }

    /// Forgets every reference to a deleted connection: its IPs and FQDNs are deleted (the
    /// emulator's choice; Telnyx does not document it) and its numbers unassigned.
    pub(crate) fn connection_deleted(&mut self, id: &str) {
        let ips: Vec<String> = self
            .ips
            .values()
            .filter(|ip| ip.connection_id.as_deref() == Some(id))
            .map(|ip| ip.id.clone())
            .collect();
        for ip in ips {
            self.ips.remove(&ip);
        }
        let fqdns: Vec<String> = self
            .fqdns
            .values()
            .filter(|f| f.connection_id.as_deref() == Some(id))
            .map(|f| f.id.clone())
            .collect();
        for fqdn in fqdns {
            self.fqdns.remove(&fqdn);
        }
        self.numbers.unassign_connection(id);
    }
}

/// The Telnyx API: configuration plus all state behind one lock.
pub(crate) struct TelnyxApi {
    config: TelnyxConfig,
    state: RwLock<TelnyxState>,
}

impl TelnyxApi {
    pub(crate) fn new(config: TelnyxConfig) -> Self {
        let api = Self {
            config,
            state: RwLock::default(),
        };
        api.reset_state();
        api
    }

    fn reset_state(&self) {
        let mut st = write(&self.state);
        *st = TelnyxState::default();
        for (i, number) in self.config.phone_numbers.iter().enumerate() {
            let mut seeded = TelnyxPhoneNumber::new(number.clone());
            seeded.id = crate::telnyx_numbers::configured_id(i);
            st.numbers.seed(seeded);
        }
    }

    pub(crate) fn api_key(&self) -> &str {
        &self.config.api_key
    }

    pub(crate) fn state(&self) -> &RwLock<TelnyxState> {
        &self.state
    }

    /// Bulk-creates `count` IP connections named `seeded-trunk-{i}`; returns their ids.
    pub(crate) fn seed_trunks(&self, count: usize) -> Vec<String> {
        let mut st = write(&self.state);
        (0..count)
            .map(|i| {
                let id = st.new_numeric_id();
                st.connections
                    .seed_ip_connection(id.clone(), format!("seeded-trunk-{i}"));
                id
            })
            .collect()
    }

    pub(crate) fn seed_records(&self, records: impl IntoIterator<Item = TelnyxDetailRecord>) {
        write(&self.state).records.seed(records);
    }

    pub(crate) fn add_profile(&self, name: &str) -> String {
        let mut st = write(&self.state);
        let id = st.new_numeric_id();
        let now = Utc::now();
        st.profiles
            .insert(id.clone(), new_profile(id.clone(), name.to_owned(), now));
        id
    }

    fn authenticate(&self, ctx: &Ctx<'_>) -> Result<()> {
        let value = ctx.header("authorization").unwrap_or_default().trim();
        let token = match value.split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => "",
        };
        if ids::constant_time_eq(token.as_bytes(), self.config.api_key.as_bytes()) {
            Ok(())
        } else {
            Err(TelnyxError::unauthenticated())
        }
    }

    fn route(&self, ctx: &Ctx<'_>) -> Result<Response> {
        self.authenticate(ctx)?;
        let segs = ctx.segs();
        let rest = match segs.as_slice() {
            ["v2", rest @ ..] if !rest.is_empty() && !rest.contains(&"") => rest,
            _ => return Err(unknown_path(ctx)),
        };
        let m = ctx.method;
        let collection = [Method::GET, Method::POST];
        let item = [Method::GET, Method::PATCH, Method::DELETE];
        let not_allowed =
            |allowed: &[Method]| -> TelnyxError { ApiError::method_not_allowed(m, allowed).into() };
        match rest {
            ["connections"] => match *m {
                Method::GET => self.read(|st| conns::list_all(st, ctx)),
                _ => Err(not_allowed(&[Method::GET])),
            },
            ["connections", id] => match *m {
                Method::GET => self.read(|st| conns::get_any(st, id)),
                _ => Err(not_allowed(&[Method::GET])),
            },
            [
                path @ ("credential_connections" | "ip_connections" | "fqdn_connections"),
                tail @ ..,
            ] => {
                let kind = ConnKind::from_path(path);
                match (tail, m) {
                    ([], &Method::GET) => self.read(|st| conns::list(st, kind, ctx)),
                    ([], &Method::POST) => {
                        self.write(|st| conns::save(st, kind, None, &body(ctx)?))
                    }
                    ([], _) => Err(not_allowed(&collection)),
                    ([id], &Method::GET) => self.read(|st| conns::get(st, kind, id)),
                    ([id], &Method::PATCH) => {
                        self.write(|st| conns::save(st, kind, Some(id), &body(ctx)?))
                    }
                    ([id], &Method::DELETE) => self.write(|st| conns::delete(st, kind, id)),
                    ([_], _) => Err(not_allowed(&item)),
                    _ => Err(unknown_path(ctx)),
                }
            }
            ["ips"] => match *m {
                Method::GET => self.read(|st| list_ips(st, ctx)),
                Method::POST => self.write(|st| save_ip(st, None, &body(ctx)?)),
                _ => Err(not_allowed(&collection)),
            },
            ["ips", id] => match *m {
                Method::GET => self.read(|st| {
                    let ip = st
                        .ips
                        .get(id)
                        .ok_or_else(|| TelnyxError::not_found("IP", id))?;
                    Ok(data(StatusCode::OK, ip))
                }),
                Method::PATCH => self.write(|st| save_ip(st, Some(id), &body(ctx)?)),
                Method::DELETE => self.write(|st| {
                    let ip = st
                        .ips
                        .remove(id)
                        .ok_or_else(|| TelnyxError::not_found("IP", id))?;
                    st.connections.target_deleted(id);
                    Ok(data(StatusCode::OK, ip))
                }),
                _ => Err(not_allowed(&item)),
            },
            ["fqdns"] => match *m {
                Method::GET => self.read(|st| list_fqdns(st, ctx)),
                Method::POST => self.write(|st| save_fqdn(st, None, &body(ctx)?)),
                _ => Err(not_allowed(&collection)),
            },
            ["fqdns", id] => match *m {
                Method::GET => self.read(|st| {
                    let f = st
                        .fqdns
                        .get(id)
                        .ok_or_else(|| TelnyxError::not_found("FQDN", id))?;
                    Ok(data(StatusCode::OK, f))
                }),
                Method::PATCH => self.write(|st| save_fqdn(st, Some(id), &body(ctx)?)),
                Method::DELETE => self.write(|st| {
                    let f = st
                        .fqdns
                        .remove(id)
                        .ok_or_else(|| TelnyxError::not_found("FQDN", id))?;
                    st.connections.target_deleted(id);
                    Ok(data(StatusCode::OK, f))
                }),
                _ => Err(not_allowed(&item)),
            },
            ["outbound_voice_profiles"] => match *m {
                Method::GET => self.read(|st| list_profiles(st, ctx)),
                Method::POST => self.write(|st| save_profile(st, None, &body(ctx)?)),
                _ => Err(not_allowed(&collection)),
            },
            ["outbound_voice_profiles", id] => match *m {
                Method::GET => self.read(|st| {
                    let p = st
                        .profiles
                        .get(id)
                        .ok_or_else(|| TelnyxError::not_found("Outbound voice profile", id))?;
                    Ok(data(StatusCode::OK, profile_view(st, p)))
                }),
                Method::PATCH => self.write(|st| save_profile(st, Some(id), &body(ctx)?)),
                Method::DELETE => self.write(|st| {
                    let p = st
                        .profiles
                        .remove(id)
                        .ok_or_else(|| TelnyxError::not_found("Outbound voice profile", id))?;
                    let count = st.connections.profile_deleted(id);
                    Ok(data(
                        StatusCode::OK,
                        Profile {
                            connections_count: count,
                            ..p
                        },
                    ))
                }),
                _ => Err(not_allowed(&item)),
            },
            ["phone_numbers", tail @ ..] => crate::telnyx_numbers::route(&self.state, ctx, tail),
            ["detail_records"] => match *m {
                Method::GET => self.read(|st| st.records.list(ctx)),
                _ => Err(not_allowed(&[Method::GET])),
            },
            _ => Err(unknown_path(ctx)),
        }
    }

    fn read(&self, f: impl FnOnce(&TelnyxState) -> Result<Response>) -> Result<Response> {
        f(&read(&self.state))
    }

    fn write(&self, f: impl FnOnce(&mut TelnyxState) -> Result<Response>) -> Result<Response> {
        f(&mut write(&self.state))
    }
}

pub(crate) fn unknown_path(ctx: &Ctx<'_>) -> TelnyxError {
    TelnyxError::new(
        StatusCode::NOT_FOUND,
        "10005",
        "Resource not found",
        format!(
            "The requested resource or URL could not be found: {}",
            echo(ctx.raw_path)
        ),
    )
}

fn list_ips(st: &TelnyxState, ctx: &Ctx<'_>) -> Result<Response> {
    let q = &ctx.query;
    let page = Page::parse(q, 250, 250)?;
    let connection = q.get("filter[connection_id]");
    let address = q.get("filter[ip_address]");
    let port = q
        .int("filter[port]")
        .map_err(|e| TelnyxError::bad_parameter("filter[port]", e))?;
    let items: Vec<&Ip> = if connection.is_none() && address.is_none() && port.is_none() {
        st.ips
            .iter_from(page.offset())
            .take(page.size)
            .map(|(_, ip)| ip)
            .collect()
    } else {
        st.ips
            .values()
            .filter(|ip| connection.is_none_or(|c| ip.connection_id.as_deref() == Some(c)))
            .filter(|ip| address.is_none_or(|a| ip.ip_address == a))
            .filter(|ip| port.is_none_or(|p| ip.port == p))
            .skip(page.offset())
            .take(page.size)
            .collect()
    };
    // Telnyx documents this list without `meta`.
    Ok(http::json(
        StatusCode::OK,
        &ListBody {
            data: items,
            meta: None,
        },
    ))
}

/// Create (`id` = `None`) or PATCH an IP. `ip_address` is required in both, as documented.
fn save_ip(st: &mut TelnyxState, id: Option<&str>, body: &Map<String, Value>) -> Result<Response> {
    let r = Req::root(body);
    if let Some(id) = id
        && !st.ips.contains(id)
    {
        return Err(TelnyxError::not_found("IP", id));
    }
    let address = r.required_str("ip_address")?;
    if address.parse::<std::net::Ipv4Addr>().is_err() {
        return Err(r.invalid(
            "ip_address",
            format!(
                "{} is not an IPv4 address (ranges are not accepted).",
                echo(address)
            ),
        ));
    }
    let port = r.int("port", 1..=65_535)?;
    let connection = r.str("connection_id")?;
    if let Some(c) = connection
        && st.connections.kind_of(c) != Some(ConnKind::Ip)
    {
        return Err(r.invalid(
            "connection_id",
            format!("{} is not an IP connection of this account.", echo(c)),
        ));
    }
    let current = id.and_then(|id| st.ips.get(id)).cloned();
    let connection_id = connection
        .map(str::to_owned)
        .or_else(|| current.as_ref().and_then(|c| c.connection_id.clone()));
    let port = port.or(current.as_ref().map(|c| c.port)).unwrap_or(5060);
    let duplicate = st.ips.values().any(|ip| {
        Some(ip.id.as_str()) != id
            && ip.connection_id == connection_id
            && connection_id.is_some()
            && ip.ip_address == address
            && ip.port == port
    });
    if duplicate {
        return Err(r.invalid(
            "ip_address",
            format!("{address}:{port} is already an IP of this connection."),
        ));
    }
    let now = Utc::now();
    let ip = Ip {
        id: id.map_or_else(ids::uuid_v4, str::to_owned),
        record_type: "ip",
        connection_id,
        ip_address: address.to_owned(),
        port,
        created_at: current.as_ref().map_or(now, |c| c.created_at),
        updated_at: now,
    };
    if let Some(old) = &current
        && old.connection_id != ip.connection_id
    {
        st.connections.target_deleted(&ip.id);
    }
    let status = if id.is_some() {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    let response = data(status, &ip);
    st.ips.insert(ip.id.clone(), ip);
    Ok(response)
}

fn list_fqdns(st: &TelnyxState, ctx: &Ctx<'_>) -> Result<Response> {
    let q = &ctx.query;
    let page = Page::parse(q, 250, 250)?;
    let connection = q.get("filter[connection_id]");
    let fqdn = q.get("filter[fqdn]");
    let record = q.get("filter[dns_record_type]");
    let port = q
        .int("filter[port]")
        .map_err(|e| TelnyxError::bad_parameter("filter[port]", e))?;
    if connection.is_none() && fqdn.is_none() && record.is_none() && port.is_none() {
        let items = st
            .fqdns
            .iter_from(page.offset())
            .take(page.size)
            .map(|(_, f)| f)
            .collect();
        return Ok(page_of(page, st.fqdns.len(), items));
    }
    let matching: Vec<&Fqdn> = st
        .fqdns
        .values()
        .filter(|f| connection.is_none_or(|c| f.connection_id.as_deref() == Some(c)))
        .filter(|f| fqdn.is_none_or(|n| f.fqdn == n))
        .filter(|f| record.is_none_or(|r| f.dns_record_type == r))
        .filter(|f| port.is_none_or(|p| f.port == Some(p)))
        .collect();
    Ok(page_of_matching(page, matching, |x| x))
}

fn is_host_name(s: &str) -> bool {
    s.len() <= 253
        && !s.is_empty()
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// Create (`id` = `None`) or PATCH an FQDN: `a` records have a port (5060 when omitted), `srv`
/// records none.
fn save_fqdn(
    st: &mut TelnyxState,
    id: Option<&str>,
    body: &Map<String, Value>,
) -> Result<Response> {
    let r = Req::root(body);
    let current = match id {
        Some(id) => Some(
            st.fqdns
                .get(id)
                .cloned()
                .ok_or_else(|| TelnyxError::not_found("FQDN", id))?,
        ),
        None => None,
    };
    let creating = current.is_none();
    let pick = |value: Option<&str>, old: Option<&str>, key: &str| -> Result<String> {
        match (value, old) {
            (Some(v), _) => Ok(v.to_owned()),
            (None, Some(o)) => Ok(o.to_owned()),
            (None, None) => Err(TelnyxError::missing(r.pointer(key))),
        }
    };
    let connection_id = pick(
        r.str("connection_id")?,
        current.as_ref().and_then(|c| c.connection_id.as_deref()),
        "connection_id",
    )?;
    if st.connections.kind_of(&connection_id) != Some(ConnKind::Fqdn) {
        return Err(r.invalid(
            "connection_id",
            format!(
                "{} is not an FQDN connection of this account.",
                echo(&connection_id)
            ),
        ));
    }
    let fqdn = pick(
        r.str("fqdn")?,
        current.as_ref().map(|c| c.fqdn.as_str()),
        "fqdn",
    )?;
    if !is_host_name(&fqdn) {
        return Err(r.invalid("fqdn", format!("{} is not a host name.", echo(&fqdn))));
    }
    let record = match r.one_of("dns_record_type", &["a", "srv"])? {
        Some(v) => v.to_owned(),
        None if creating => return Err(TelnyxError::missing(r.pointer("dns_record_type"))),
        None => current
            .as_ref()
            .map(|c| c.dns_record_type.clone())
            .unwrap_or_default(),
    };
    let port = match r.nullable_int("port", 1..=65_535)? {
        Field::Set(p) => Some(p),
        Field::Null => None,
        Field::Absent => current.as_ref().and_then(|c| c.port),
    };
    let port = match (record.as_str(), port) {
        ("srv", Some(_)) => {
            return Err(r.invalid("port", "An srv record has no port: send port null."));
        }
        ("a", None) => Some(5060),
        (_, p) => p,
    };
    let now = Utc::now();
    let new = Fqdn {
        id: match id {
            Some(id) => id.to_owned(),
            None => st.new_numeric_id(),
        },
        record_type: "fqdn",
        connection_id: Some(connection_id),
        fqdn,
        dns_record_type: record,
        port,
        created_at: current.as_ref().map_or(now, |c| c.created_at),
        updated_at: now,
    };
    if let Some(old) = &current
        && old.connection_id != new.connection_id
    {
        st.connections.target_deleted(&new.id);
    }
    let status = if creating {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let response = data(status, &new);
    st.fqdns.insert(new.id.clone(), new);
    Ok(response)
}

fn new_profile(id: String, name: String, now: DateTime<Utc>) -> Profile {
    Profile {
        id,
        record_type: "outbound_voice_profile",
        name,
        enabled: true,
        connections_count: 0,
        whitelisted_destinations: vec!["US".into(), "CA".into()],
        concurrent_call_limit: None,
        max_destination_rate: None,
        daily_spend_limit: None,
        daily_spend_limit_enabled: false,
        traffic_type: "conversational",
        service_plan: "global",
        usage_payment_method: "rate-deck",
        billing_group_id: None,
        call_recording: CallRecording {
            call_recording_type: None,
            call_recording_caller_phone_numbers: Vec::new(),
            call_recording_channels: "single",
            call_recording_format: "wav",
        },
        tags: Vec::new(),
        created_at: now,
        updated_at: now,
    }
}

fn profile_view(st: &TelnyxState, p: &Profile) -> Profile {
    Profile {
        connections_count: st.connections.profile_use(&p.id),
        ..p.clone()
    }
}

fn list_profiles(st: &TelnyxState, ctx: &Ctx<'_>) -> Result<Response> {
    let q = &ctx.query;
    let page = Page::parse(q, 20, 250)?;
    let contains = q.get("filter[name][contains]").map(str::to_lowercase);
    let mut matching: Vec<&Profile> = st
        .profiles
        .values()
        .filter(|p| {
            contains
                .as_deref()
                .is_none_or(|c| p.name.to_lowercase().contains(c))
        })
        .collect();
    sort_by(
        q,
        &mut matching,
        &[
            ("name", |a, b| a.name.cmp(&b.name)),
            ("created_at", |a, b| a.created_at.cmp(&b.created_at)),
            ("enabled", |a, b| a.enabled.cmp(&b.enabled)),
            ("service_plan", |a, b| a.service_plan.cmp(b.service_plan)),
            ("traffic_type", |a, b| a.traffic_type.cmp(b.traffic_type)),
            ("usage_payment_method", |a, b| {
                a.usage_payment_method.cmp(b.usage_payment_method)
            }),
        ],
    )?;
    Ok(page_of_matching(page, matching, |p| profile_view(st, p)))
}

/// Create (`id` = `None`) or PATCH a profile; `name` (3 characters or more) is required in
/// both, as documented.
fn save_profile(
    st: &mut TelnyxState,
    id: Option<&str>,
    body: &Map<String, Value>,
) -> Result<Response> {
    let r = Req::root(body);
    let now = Utc::now();
    let mut p = match id {
        Some(id) => st
            .profiles
            .get(id)
            .cloned()
            .ok_or_else(|| TelnyxError::not_found("Outbound voice profile", id))?,
        None => new_profile(st.new_numeric_id(), String::new(), now),
    };
    let name = r.required_str("name")?;
    if name.chars().count() < 3 {
        return Err(r.invalid("name", "name must be at least 3 characters."));
    }
    p.name = name.to_owned();
    if let Some(v) = r.bool("enabled")? {
        p.enabled = v;
    }
    if let Some(list) = r.strings("whitelisted_destinations")? {
        if let Some(bad) = list
            .iter()
            .find(|c| c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return Err(r.invalid(
                "whitelisted_destinations",
                format!("{} is not an ISO 3166-1 alpha-2 country code.", echo(bad)),
            ));
        }
        p.whitelisted_destinations = list;
    }
    match r.nullable_int("concurrent_call_limit", 0..=i64::MAX)? {
        Field::Set(v) => p.concurrent_call_limit = Some(v),
        Field::Null => p.concurrent_call_limit = None,
        Field::Absent => {}
    }
    match r.number("max_destination_rate")? {
        Field::Set(v) => p.max_destination_rate = Some(v),
        Field::Null => p.max_destination_rate = None,
        Field::Absent => {}
    }
    match r.nullable_str("daily_spend_limit")? {
        Field::Set(v) => {
            if v.parse::<f64>().map_or(true, |f| !f.is_finite() || f < 0.0) {
                return Err(r.invalid(
                    "daily_spend_limit",
                    "daily_spend_limit must be a decimal string (\"100.00\").",
                ));
            }
            p.daily_spend_limit = Some(v.to_owned());
        }
        Field::Null => p.daily_spend_limit = None,
        Field::Absent => {}
    }
    if let Some(v) = r.bool("daily_spend_limit_enabled")? {
        p.daily_spend_limit_enabled = v;
    }
    if let Some(v) = r.one_of("traffic_type", &["conversational"])? {
        p.traffic_type = v;
    }
    if let Some(v) = r.one_of("service_plan", &["global"])? {
        p.service_plan = v;
    }
    if let Some(v) = r.one_of("usage_payment_method", &["rate-deck"])? {
        p.usage_payment_method = v;
    }
    match r.nullable_str("billing_group_id")? {
        Field::Set(v) => p.billing_group_id = Some(v.to_owned()),
        Field::Null => p.billing_group_id = None,
        Field::Absent => {}
    }
    if let Some(v) = r.strings("tags")? {
        p.tags = v;
    }
    let mut path = String::new();
    if let Some(rec) = r.object("call_recording", &mut path)? {
        if let Some(v) = rec.one_of(
            "call_recording_type",
            &["all", "none", "by_caller_phone_number"],
        )? {
            p.call_recording.call_recording_type = Some(v);
        }
        if let Some(numbers) = rec.strings("call_recording_caller_phone_numbers")? {
            if let Some(bad) = numbers.iter().find(|n| !ids::is_e164(n)) {
                return Err(rec.invalid(
                    "call_recording_caller_phone_numbers",
                    format!("{} is not a +E.164 number.", echo(bad)),
                ));
            }
            p.call_recording.call_recording_caller_phone_numbers = numbers;
        }
        if let Some(v) = rec.one_of("call_recording_channels", &["single", "dual"])? {
            p.call_recording.call_recording_channels = v;
        }
        if let Some(v) = rec.one_of("call_recording_format", &["wav", "mp3"])? {
            p.call_recording.call_recording_format = v;
        }
    }
    p.updated_at = now;
    // Telnyx documents 200 for both the create and the update of a profile.
    let response = data(StatusCode::OK, profile_view(st, &p));
    st.profiles.insert(p.id.clone(), p);
    Ok(response)
}

impl Vendor for TelnyxApi {
    fn handle(&self, ctx: &Ctx<'_>) -> Response {
        match self.route(ctx) {
            Ok(response) => response,
            Err(err) => render(&err),
        }
    }

    fn render_error(&self, err: &ApiError) -> Response {
        render(&TelnyxError::from(err.clone()))
    }

    fn reset(&self) {
        self.reset_state();
    }

    fn seed_trunks(&self, count: usize) -> Vec<String> {
        TelnyxApi::seed_trunks(self, count)
    }

    fn control(
        &self,
        name: &str,
        method: &Method,
        body: &[u8],
    ) -> Option<Result<Response, ApiError>> {
        RECORD_SEEDING.serve(name, method, body, |records| {
            let mut st = write(&self.state);
            st.records.seed(records);
            st.records.len()
        })
    }

    fn control_endpoints(&self) -> &'static [&'static str] {
        &[RECORD_SEEDING.key]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_timestamps_look_like_telnyx() {
        let id = numeric_id();
        assert_eq!(id.len(), 19);
        assert!(id.bytes().all(|b| b.is_ascii_digit()));
        let at = DateTime::parse_from_rfc3339("2018-02-02T22:25:27.521Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(millis(&at), "2018-02-02T22:25:27.521Z");
    }

    #[test]
    fn host_names() {
        assert!(is_host_name("sip.example.com"));
        assert!(is_host_name("example"));
        assert!(!is_host_name("-bad.example.com"));
        assert!(!is_host_name("a..b"));
        assert!(!is_host_name("sip:host"));
        assert!(!is_host_name(""));
    }

    #[test]
    fn page_meta_counts_pages() {
        let page = Page {
            number: 2,
            size: 25,
        };
        let meta = serde_json::to_value(page.meta(55)).unwrap();
        assert_eq!(
            meta,
            serde_json::json!({"page_number": 2, "page_size": 25, "total_pages": 3, "total_results": 55})
        );
        assert_eq!(page.offset(), 25);
    }
}
