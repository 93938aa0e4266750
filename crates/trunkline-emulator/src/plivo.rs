//! Plivo Zentrunk: `/v1/Account/{auth_id}/Zentrunk/…` (trunks, credentials, IP ACLs,
//! origination URIs, call records) plus the legacy CDR list `/v1/Account/{auth_id}/Call/`.
//!
//! Wire rules (from the vendor docs; see the crate README for the full list):
//! - HTTP Basic auth `auth_id:auth_token`; a path `{auth_id}` other than the authenticated
//!   one is a 401.
//! - Every path ends in `/`; a path without it is a 404.
//! - JSON request bodies; create answers 201 with `{api_id, message, <id>}`, update answers
//!   202 with the same envelope, delete answers 204, retrieve answers the bare object.
//! - Lists take `limit` (1–20, default 20) and `offset`, and answer
//!   `{api_id, meta{limit, offset, total_count, previous, next}, objects}` where
//!   `next`/`previous` are relative (`v1/Account/…/?limit=…&offset=…`) or `null`.
//! - Errors are `{api_id, error}`: 400 invalid value, 401 auth, 404 unknown id or dangling
//!   reference, 405 method, 413 body too large, 422 missing required parameter.

use std::sync::RwLock;

use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use serde::Serialize;

use crate::control;
use crate::http::{self, ApiError, Ctx, Field, Fields, echo, encode_component};
use crate::ids;
use crate::plivo_calls::{self, CallStore};
use crate::server::{Vendor, read, write};
use crate::table::Table;
use crate::{PlivoCall, PlivoConfig};

pub(crate) const MAX_LIMIT: i64 = 20;

/// The Plivo API: configuration plus all resource state behind one lock.
pub(crate) struct PlivoApi {
    config: PlivoConfig,
    state: RwLock<PlivoState>,
}

#[derive(Default)]
pub(crate) struct PlivoState {
    trunks: Table<Trunk>,
    credentials: Table<Credential>,
    ipacls: Table<IpAcl>,
    uris: Table<Uri>,
    pub(crate) calls: CallStore,
}

#[derive(Clone, Serialize)]
struct Trunk {
    name: String,
    trunk_id: String,
    trunk_domain: String,
    trunk_status: String,
    secure: bool,
    trunk_direction: String,
    ipacl_uuid: Option<String>,
    credential_uuid: Option<String>,
    primary_uri_uuid: Option<String>,
    fallback_uri_uuid: Option<String>,
}

#[derive(Clone, Serialize)]
struct Credential {
    credential_uuid: String,
    name: String,
    username: String,
}

#[derive(Clone, Serialize)]
struct IpAcl {
    ipacl_uuid: String,
    name: String,
    ip_addresses: Vec<String>,
}

#[derive(Clone, Serialize)]
struct Uri {
    uri_uuid: String,
    name: String,
    uri: String,
    authentication_needed: bool,
    username: Option<String>,
    #[serde(skip)]
    password: Option<String>,
}

/// `{api_id, message, <id_field>: id}`.
struct Envelope<'a> {
    message: &'static str,
    id_field: &'static str,
    id: &'a str,
}

impl Serialize for Envelope<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(3))?;
        map.serialize_entry("api_id", &ids::uuid_v4())?;
        map.serialize_entry("message", self.message)?;
        map.serialize_entry(self.id_field, self.id)?;
        map.end()
    }
}

/// Plivo's list meta.
#[derive(Serialize)]
pub(crate) struct Meta {
    limit: usize,
    offset: usize,
    total_count: usize,
    previous: Option<String>,
    next: Option<String>,
}

impl Meta {
    /// `base` is the relative collection path (`v1/Account/X/Zentrunk/Trunk/`); `extra` the
    /// filter parameters (`&k=v…`) repeated in `previous`/`next`.
    pub(crate) fn new(base: &str, extra: &str, limit: usize, offset: usize, total: usize) -> Self {
        let link = |off: usize| format!("{base}?limit={limit}&offset={off}{extra}");
        Self {
            limit,
            offset,
            total_count: total,
            previous: (offset > 0).then(|| link(offset.saturating_sub(limit))),
            next: (offset.saturating_add(limit) < total).then(|| link(offset + limit)),
        }
    }
}

#[derive(Serialize)]
pub(crate) struct ListBody<T: Serialize> {
    pub(crate) api_id: String,
    pub(crate) meta: Meta,
    pub(crate) objects: Vec<T>,
}

#[derive(Clone, Copy)]
enum Kind {
    Trunk,
    Credential,
    IpAcl,
    Uri,
}

impl Kind {
    fn segment(self) -> &'static str {
        match self {
            Kind::Trunk => "Trunk",
            Kind::Credential => "Credential",
            Kind::IpAcl => "IPAccessControlList",
            Kind::Uri => "URI",
        }
    }

    fn not_found(self, id: &str) -> ApiError {
        let what = match self {
            Kind::Trunk => "Trunk",
            Kind::Credential => "Credential",
            Kind::IpAcl => "IP access control list",
            Kind::Uri => "Origination URI",
        };
        ApiError::not_found(format!("{what} '{}' not found", echo(id)))
    }
}

fn one_of<'a>(
    field: &str,
    value: Option<&'a str>,
    allowed: &[&str],
) -> Result<Option<&'a str>, ApiError> {
    match value {
        Some(v) if !allowed.contains(&v) => Err(ApiError::bad_request(format!(
            "Invalid value '{}' for {field}: expected one of {}",
            echo(v),
            allowed.join(", ")
        ))),
        other => Ok(other),
    }
}

fn owned(field: Field<&str>) -> Field<String> {
    match field {
        Field::Absent => Field::Absent,
        Field::Null => Field::Null,
        Field::Set(s) => Field::Set(s.to_owned()),
    }
}

fn apply(target: &mut Option<String>, field: Field<String>) {
    match field {
        Field::Absent => {}
        Field::Null => *target = None,
        Field::Set(v) => *target = Some(v),
    }
}

/// A required, non-empty string: missing is 422 (Plivo's "missing required parameter").
fn required<'a>(fields: &Fields<'a>, key: &str) -> Result<&'a str, ApiError> {
    match fields.str(key)? {
        Some(v) if !v.is_empty() => Ok(v),
        _ => Err(ApiError::unprocessable(format!(
            "{key} is a required parameter"
        ))),
    }
}

/// An optional string that, when given, must not be empty.
fn non_empty<'a>(fields: &Fields<'a>, key: &str) -> Result<Option<&'a str>, ApiError> {
    match fields.str(key)? {
        Some("") => Err(ApiError::bad_request(format!("{key} must not be empty"))),
        other => Ok(other),
    }
}

fn validate_uri(uri: &str) -> Result<(), ApiError> {
    if uri.is_empty()
        || uri.chars().count() > 255
        || uri.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(ApiError::bad_request(format!(
            "Invalid uri '{}': expected an IP, FQDN (optionally with :port) or a sip: URI",
            echo(uri)
        )));
    }
    Ok(())
}

struct TrunkInput {
    name: Option<String>,
    direction: Option<String>,
    status: Option<String>,
    secure: Option<bool>,
    ipacl: Field<String>,
    credential: Field<String>,
    primary: Field<String>,
    fallback: Field<String>,
}

impl TrunkInput {
    fn parse(fields: &Fields<'_>) -> Result<Self, ApiError> {
        Ok(Self {
            name: fields.str("name")?.map(str::to_owned),
            direction: one_of(
                "trunk_direction",
                fields.str("trunk_direction")?,
                &["inbound", "outbound"],
            )?
            .map(str::to_owned),
            status: one_of(
                "trunk_status",
                fields.str("trunk_status")?,
                &["enabled", "disabled"],
            )?
            .map(str::to_owned),
            secure: fields.bool("secure")?,
            ipacl: owned(fields.nullable_str("ipacl_uuid")?),
            credential: owned(fields.nullable_str("credential_uuid")?),
            primary: owned(fields.nullable_str("primary_uri_uuid")?),
            fallback: owned(fields.nullable_str("fallback_uri_uuid")?),
        })
    }

    fn apply_to(self, trunk: &mut Trunk) {
        if let Some(v) = self.name {
            trunk.name = v;
        }
        if let Some(v) = self.direction {
            trunk.trunk_direction = v;
        }
        if let Some(v) = self.status {
            trunk.trunk_status = v;
        }
        if let Some(v) = self.secure {
            trunk.secure = v;
        }
        apply(&mut trunk.ipacl_uuid, self.ipacl);
        apply(&mut trunk.credential_uuid, self.credential);
        apply(&mut trunk.primary_uri_uuid, self.primary);
        apply(&mut trunk.fallback_uri_uuid, self.fallback);
    }
}

impl PlivoState {
    /// The direction rules and reference checks every stored trunk satisfies.
    fn check_trunk(&self, trunk: &Trunk) -> Result<(), ApiError> {
        if trunk.trunk_direction == "outbound" {
            if trunk.primary_uri_uuid.is_some() || trunk.fallback_uri_uuid.is_some() {
                return Err(ApiError::bad_request(
                    "primary_uri_uuid and fallback_uri_uuid apply to inbound trunks only",
                ));
            }
            if trunk.ipacl_uuid.is_none() && trunk.credential_uuid.is_none() {
                return Err(ApiError::unprocessable(
                    "ipacl_uuid or credential_uuid is required for an outbound trunk",
                ));
            }
        } else {
            if trunk.ipacl_uuid.is_some() || trunk.credential_uuid.is_some() {
                return Err(ApiError::bad_request(
                    "ipacl_uuid and credential_uuid apply to outbound trunks only",
                ));
            }
            if trunk.primary_uri_uuid.is_none() {
                return Err(ApiError::unprocessable(
                    "primary_uri_uuid is required for an inbound trunk",
                ));
            }
        }
        if let Some(id) = &trunk.ipacl_uuid
            && !self.ipacls.contains(id)
        {
            return Err(Kind::IpAcl.not_found(id));
        }
        if let Some(id) = &trunk.credential_uuid
            && !self.credentials.contains(id)
        {
            return Err(Kind::Credential.not_found(id));
        }
        for id in [&trunk.primary_uri_uuid, &trunk.fallback_uri_uuid]
            .into_iter()
            .flatten()
        {
            if !self.uris.contains(id) {
                return Err(Kind::Uri.not_found(id));
            }
        }
        Ok(())
    }

    fn new_trunk_id(&self) -> String {
        loop {
            let id = ids::plivo_trunk_id();
            if !self.trunks.contains(&id) {
                return id;
            }
        }
    }

    fn new_uuid<T>(table: &Table<T>) -> String {
        loop {
            let id = ids::uuid_v4();
            if !table.contains(&id) {
                return id;
            }
        }
    }

    /// Clears every trunk reference to a deleted credential, IP ACL or URI.
    fn detach(&mut self, kind: Kind, id: &str) {
        for trunk in self.trunks.values_mut() {
            let refs: Vec<&mut Option<String>> = match kind {
                Kind::Credential => vec![&mut trunk.credential_uuid],
                Kind::IpAcl => vec![&mut trunk.ipacl_uuid],
                Kind::Uri => vec![&mut trunk.primary_uri_uuid, &mut trunk.fallback_uri_uuid],
                Kind::Trunk => vec![],
            };
            for r in refs {
                if r.as_deref() == Some(id) {
                    *r = None;
                }
            }
        }
    }
}

impl PlivoApi {
    pub(crate) fn new(config: PlivoConfig) -> Self {
        Self {
            config,
            state: RwLock::default(),
        }
    }

    pub(crate) fn auth_id(&self) -> &str {
        &self.config.auth_id
    }

    pub(crate) fn state(&self) -> &RwLock<PlivoState> {
        &self.state
    }

    /// Bulk-creates `count` outbound trunks (plus one IP ACL they reference); returns their ids.
    pub(crate) fn seed_trunks(&self, count: usize) -> Vec<String> {
        let mut st = write(&self.state);
        let ipacl_uuid = PlivoState::new_uuid(&st.ipacls);
        st.ipacls.insert(
            ipacl_uuid.clone(),
            IpAcl {
                ipacl_uuid: ipacl_uuid.clone(),
                name: "seeded-ipacl".into(),
                ip_addresses: vec!["127.0.0.1".into()],
            },
        );
        let mut out = Vec::with_capacity(count);
        for i in 0..count {
            let trunk_id = st.new_trunk_id();
            st.trunks.insert(
                trunk_id.clone(),
                Trunk {
                    name: format!("seeded-trunk-{i}"),
                    trunk_domain: format!("{trunk_id}.zt.plivo.com"),
                    trunk_id: trunk_id.clone(),
                    trunk_status: "enabled".into(),
                    secure: false,
                    trunk_direction: "outbound".into(),
                    ipacl_uuid: Some(ipacl_uuid.clone()),
                    credential_uuid: None,
                    primary_uri_uuid: None,
                    fallback_uri_uuid: None,
                },
            );
            out.push(trunk_id);
        }
        out
    }

    pub(crate) fn seed_calls(&self, calls: impl IntoIterator<Item = PlivoCall>) {
        write(&self.state).calls.seed(calls);
    }

    pub(crate) fn trunk_count(&self) -> usize {
        read(&self.state).trunks.len()
    }

    fn authenticate(&self, ctx: &Ctx<'_>) -> Result<(), ApiError> {
        let ok = ctx.basic_auth().is_some_and(|(user, pass)| {
            let id_ok = ids::constant_time_eq(user.as_bytes(), self.config.auth_id.as_bytes());
            let token_ok =
                ids::constant_time_eq(pass.as_bytes(), self.config.auth_token.as_bytes());
            id_ok & token_ok
        });
        if ok {
            Ok(())
        } else {
            Err(ApiError::unauthorized(
                "Authentication failed: invalid or missing Auth ID / Auth Token (HTTP Basic auth)",
            )
            .with_header(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"Plivo API\""),
            ))
        }
    }

    fn route(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        self.authenticate(ctx)?;
        let segs = ctx.segs();
        let rest = match segs.as_slice() {
            ["v1", "Account", auth_id, rest @ ..] => {
                if *auth_id != self.config.auth_id {
                    return Err(ApiError::unauthorized(
                        "The Auth ID in the path does not match the authenticated account",
                    ));
                }
                rest
            }
            _ => return Err(self.unknown_path(ctx)),
        };
        let m = ctx.method;
        match rest {
            ["Zentrunk", "Trunk", ""] => match *m {
                Method::GET => self.list_trunks(ctx),
                Method::POST => self.create_trunk(ctx),
                _ => Err(ApiError::method_not_allowed(
                    m,
                    &[Method::GET, Method::POST],
                )),
            },
            ["Zentrunk", collection, ""] => {
                let kind = match *collection {
                    "Credential" => Kind::Credential,
                    "IPAccessControlList" => Kind::IpAcl,
                    "URI" => Kind::Uri,
                    "Call" => {
                        return match *m {
                            Method::GET => {
                                let st = read(&self.state);
                                plivo_calls::list(&st.calls, ctx, &self.config.auth_id)
                            }
                            _ => Err(ApiError::method_not_allowed(m, &[Method::GET])),
                        };
                    }
                    _ => return Err(self.unknown_path(ctx)),
                };
                match *m {
                    Method::GET => self.list_simple(ctx, kind),
                    Method::POST => self.create(ctx, kind),
                    _ => Err(ApiError::method_not_allowed(
                        m,
                        &[Method::GET, Method::POST],
                    )),
                }
            }
            ["Zentrunk", "Call", id, ""] => match *m {
                Method::GET => plivo_calls::get(&read(&self.state).calls, id),
                _ => Err(ApiError::method_not_allowed(m, &[Method::GET])),
            },
            ["Zentrunk", "Call", id, "Insights", ""] => match *m {
                Method::GET => plivo_calls::insights(&read(&self.state).calls, id),
                _ => Err(ApiError::method_not_allowed(m, &[Method::GET])),
            },
            ["Zentrunk", collection, id, ""] => {
                let kind = match *collection {
                    "Trunk" => Kind::Trunk,
                    "Credential" => Kind::Credential,
                    "IPAccessControlList" => Kind::IpAcl,
                    "URI" => Kind::Uri,
                    _ => return Err(self.unknown_path(ctx)),
                };
                match *m {
                    Method::GET => self.get(kind, id),
                    Method::POST => self.update(ctx, kind, id),
                    Method::DELETE => self.delete(kind, id),
                    _ => Err(ApiError::method_not_allowed(
                        m,
                        &[Method::GET, Method::POST, Method::DELETE],
                    )),
                }
            }
            ["Call", ""] => match *m {
                Method::GET => {
                    let st = read(&self.state);
                    plivo_calls::legacy_list(&st.calls, ctx)
                }
                _ => Err(ApiError::method_not_allowed(m, &[Method::GET])),
            },
            _ => Err(self.unknown_path(ctx)),
        }
    }

    fn unknown_path(&self, ctx: &Ctx<'_>) -> ApiError {
        let hint = if ctx.raw_path.ends_with('/') {
            ""
        } else {
            " (Plivo resource paths end with '/')"
        };
        ApiError::not_found(format!("No such resource: {}{hint}", echo(ctx.raw_path)))
    }

    fn base(&self, kind: Kind) -> String {
        format!(
            "v1/Account/{}/Zentrunk/{}/",
            encode_component(&self.config.auth_id),
            kind.segment()
        )
    }

    fn list_trunks(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        let (limit, offset) = http::limit_offset(&ctx.query, MAX_LIMIT, MAX_LIMIT)?;
        let q = &ctx.query;
        let status = one_of(
            "trunk_status",
            q.get("trunk_status"),
            &["enabled", "disabled"],
        )?;
        let direction = one_of(
            "trunk_direction",
            q.get("trunk_direction"),
            &["inbound", "outbound"],
        )?;
        let secure = match q.get("secure") {
            None => None,
            Some("true" | "True") => Some(true),
            Some("false" | "False") => Some(false),
            Some(other) => {
                return Err(ApiError::bad_request(format!(
                    "Invalid value '{}' for secure: expected true or false",
                    echo(other)
                )));
            }
        };
        let refs = [
            "ipacl_uuid",
            "credential_uuid",
            "primary_uri_uuid",
            "fallback_uri_uuid",
        ]
        .map(|k| q.get(k));
        let mut extra = String::new();
        for key in [
            "trunk_status",
            "trunk_direction",
            "secure",
            "ipacl_uuid",
            "credential_uuid",
            "primary_uri_uuid",
            "fallback_uri_uuid",
        ] {
            if let Some(v) = q.get(key) {
                extra.push_str(&format!("&{key}={}", encode_component(v)));
            }
        }
        let matches = |t: &Trunk| {
            status.is_none_or(|s| t.trunk_status == s)
                && direction.is_none_or(|d| t.trunk_direction == d)
                && secure.is_none_or(|s| t.secure == s)
                && refs[0].is_none_or(|r| t.ipacl_uuid.as_deref() == Some(r))
                && refs[1].is_none_or(|r| t.credential_uuid.as_deref() == Some(r))
                && refs[2].is_none_or(|r| t.primary_uri_uuid.as_deref() == Some(r))
                && refs[3].is_none_or(|r| t.fallback_uri_uuid.as_deref() == Some(r))
        };
        let st = read(&self.state);
        let (total, objects): (usize, Vec<&Trunk>) = if extra.is_empty() {
            (
                st.trunks.len(),
                st.trunks
                    .iter_from(offset)
                    .take(limit)
                    .map(|(_, t)| t)
                    .collect(),
            )
        } else {
            let total = st.trunks.values().filter(|t| matches(t)).count();
            let page = st
                .trunks
                .values()
                .filter(|t| matches(t))
                .skip(offset)
                .take(limit)
                .collect();
            (total, page)
        };
        Ok(http::json(
            StatusCode::OK,
            &ListBody {
                api_id: ids::uuid_v4(),
                meta: Meta::new(&self.base(Kind::Trunk), &extra, limit, offset, total),
                objects,
            },
        ))
    }

    fn list_simple(&self, ctx: &Ctx<'_>, kind: Kind) -> Result<Response, ApiError> {
        let (limit, offset) = http::limit_offset(&ctx.query, MAX_LIMIT, MAX_LIMIT)?;
        let st = read(&self.state);
        let base = self.base(kind);
        fn page<T: Serialize>(
            table: &Table<T>,
            base: &str,
            limit: usize,
            offset: usize,
        ) -> Response {
            http::json(
                StatusCode::OK,
                &ListBody {
                    api_id: ids::uuid_v4(),
                    meta: Meta::new(base, "", limit, offset, table.len()),
                    objects: table
                        .iter_from(offset)
                        .take(limit)
                        .map(|(_, v)| v)
                        .collect(),
                },
            )
        }
        Ok(match kind {
            Kind::Trunk => page(&st.trunks, &base, limit, offset),
            Kind::Credential => page(&st.credentials, &base, limit, offset),
            Kind::IpAcl => page(&st.ipacls, &base, limit, offset),
            Kind::Uri => page(&st.uris, &base, limit, offset),
        })
    }

    fn get(&self, kind: Kind, id: &str) -> Result<Response, ApiError> {
        let st = read(&self.state);
        let found = match kind {
            Kind::Trunk => st.trunks.get(id).map(|v| http::json(StatusCode::OK, v)),
            Kind::Credential => st
                .credentials
                .get(id)
                .map(|v| http::json(StatusCode::OK, v)),
            Kind::IpAcl => st.ipacls.get(id).map(|v| http::json(StatusCode::OK, v)),
            Kind::Uri => st.uris.get(id).map(|v| http::json(StatusCode::OK, v)),
        };
        found.ok_or_else(|| kind.not_found(id))
    }

    fn delete(&self, kind: Kind, id: &str) -> Result<Response, ApiError> {
        let mut st = write(&self.state);
        let removed = match kind {
            Kind::Trunk => st.trunks.remove(id).is_some(),
            Kind::Credential => st.credentials.remove(id).is_some(),
            Kind::IpAcl => st.ipacls.remove(id).is_some(),
            Kind::Uri => st.uris.remove(id).is_some(),
        };
        if !removed {
            return Err(kind.not_found(id));
        }
        st.detach(kind, id);
        Ok(http::empty(StatusCode::NO_CONTENT))
    }

    fn create_trunk(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let input = TrunkInput::parse(&Fields(&body))?;
        let Some(direction) = input.direction.clone() else {
            return Err(ApiError::unprocessable(
                "trunk_direction is a required parameter",
            ));
        };
        let mut st = write(&self.state);
        let trunk_id = st.new_trunk_id();
        let mut trunk = Trunk {
            name: String::new(),
            trunk_domain: format!("{trunk_id}.zt.plivo.com"),
            trunk_id: trunk_id.clone(),
            trunk_status: "enabled".into(),
            secure: false,
            trunk_direction: direction,
            ipacl_uuid: None,
            credential_uuid: None,
            primary_uri_uuid: None,
            fallback_uri_uuid: None,
        };
        input.apply_to(&mut trunk);
        st.check_trunk(&trunk)?;
        st.trunks.insert(trunk_id.clone(), trunk);
        Ok(created(
            "Trunk created successfully.",
            "trunk_id",
            &trunk_id,
        ))
    }

    fn create(&self, ctx: &Ctx<'_>, kind: Kind) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let name = f.str("name")?.unwrap_or_default().to_owned();
        match kind {
            Kind::Trunk => self.create_trunk(ctx),
            Kind::Credential => {
                let username = required(&f, "username")?.to_owned();
                // The password is write-only on the wire; the emulator checks it is present
                // but has no use for it afterwards.
                required(&f, "password")?;
                let mut st = write(&self.state);
                let id = PlivoState::new_uuid(&st.credentials);
                st.credentials.insert(
                    id.clone(),
                    Credential {
                        credential_uuid: id.clone(),
                        name,
                        username,
                    },
                );
                Ok(created(
                    "credential created successfully.",
                    "credential_uuid",
                    &id,
                ))
            }
            Kind::IpAcl => {
                let Some(addresses) = f.str_array("ip_addresses")? else {
                    return Err(ApiError::unprocessable(
                        "ip_addresses is a required parameter",
                    ));
                };
                let addresses = validate_addresses(&addresses)?;
                let mut st = write(&self.state);
                let id = PlivoState::new_uuid(&st.ipacls);
                st.ipacls.insert(
                    id.clone(),
                    IpAcl {
                        ipacl_uuid: id.clone(),
                        name,
                        ip_addresses: addresses,
                    },
                );
                Ok(created(
                    "IP access control list created successfully.",
                    "ipacl_uuid",
                    &id,
                ))
            }
            Kind::Uri => {
                let uri = required(&f, "uri")?;
                validate_uri(uri)?;
                let auth = f.bool("authentication_needed")?.unwrap_or(false);
                let (username, password) = if auth {
                    (
                        Some(required(&f, "username")?.to_owned()),
                        Some(required(&f, "password")?.to_owned()),
                    )
                } else {
                    (None, None)
                };
                let mut st = write(&self.state);
                let id = PlivoState::new_uuid(&st.uris);
                st.uris.insert(
                    id.clone(),
                    Uri {
                        uri_uuid: id.clone(),
                        name,
                        uri: uri.to_owned(),
                        authentication_needed: auth,
                        username,
                        password,
                    },
                );
                Ok(created(
                    "Origination URI created successfully.",
                    "uri_uuid",
                    &id,
                ))
            }
        }
    }

    fn update(&self, ctx: &Ctx<'_>, kind: Kind, id: &str) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let mut st = write(&self.state);
        match kind {
            Kind::Trunk => {
                let input = TrunkInput::parse(&f)?;
                let mut trunk = st
                    .trunks
                    .get(id)
                    .cloned()
                    .ok_or_else(|| kind.not_found(id))?;
                input.apply_to(&mut trunk);
                st.check_trunk(&trunk)?;
                st.trunks.insert(id.to_owned(), trunk);
                Ok(updated("Trunk updated successfully.", "trunk_id", id))
            }
            Kind::Credential => {
                let name = f.str("name")?;
                let username = non_empty(&f, "username")?;
                non_empty(&f, "password")?;
                let cred = st
                    .credentials
                    .get_mut(id)
                    .ok_or_else(|| kind.not_found(id))?;
                if let Some(v) = name {
                    cred.name = v.to_owned();
                }
                if let Some(v) = username {
                    cred.username = v.to_owned();
                }
                Ok(updated(
                    "Credential updated successfully.",
                    "credential_uuid",
                    id,
                ))
            }
            Kind::IpAcl => {
                let name = f.str("name")?;
                let addresses = match f.str_array("ip_addresses")? {
                    Some(a) => Some(validate_addresses(&a)?),
                    None => None,
                };
                let acl = st.ipacls.get_mut(id).ok_or_else(|| kind.not_found(id))?;
                if let Some(v) = name {
                    acl.name = v.to_owned();
                }
                if let Some(v) = addresses {
                    acl.ip_addresses = v;
                }
                Ok(updated(
                    "IP access control list updated successfully.",
                    "ipacl_uuid",
                    id,
                ))
            }
            Kind::Uri => {
                let name = f.str("name")?;
                let uri = non_empty(&f, "uri")?;
                if let Some(u) = uri {
                    validate_uri(u)?;
                }
                let auth = f.bool("authentication_needed")?;
                let username = non_empty(&f, "username")?;
                let password = non_empty(&f, "password")?;
                let current = st.uris.get_mut(id).ok_or_else(|| kind.not_found(id))?;
                let mut next = current.clone();
                if let Some(v) = name {
                    next.name = v.to_owned();
                }
                if let Some(v) = uri {
                    next.uri = v.to_owned();
                }
                next.authentication_needed = auth.unwrap_or(next.authentication_needed);
                if next.authentication_needed {
                    if let Some(v) = username {
                        next.username = Some(v.to_owned());
                    }
                    if let Some(v) = password {
                        next.password = Some(v.to_owned());
                    }
                    if next.username.is_none() || next.password.is_none() {
                        return Err(ApiError::unprocessable(
                            "username and password are required when authentication_needed is true",
                        ));
                    }
                } else {
                    next.username = None;
                    next.password = None;
                }
                *current = next;
                Ok(updated(
                    "origination uri updated successfully.",
                    "uri_uuid",
                    id,
                ))
            }
        }
    }
}

fn validate_addresses(addresses: &[&str]) -> Result<Vec<String>, ApiError> {
    if addresses.is_empty() {
        return Err(ApiError::bad_request(
            "ip_addresses must contain at least one address",
        ));
    }
    addresses
        .iter()
        .map(|a| {
            if http::is_ipv4_or_cidr(a) {
                Ok((*a).to_owned())
            } else {
                Err(ApiError::bad_request(format!(
                    "Invalid IP address '{}' in ip_addresses: expected IPv4 or IPv4 CIDR",
                    echo(a)
                )))
            }
        })
        .collect()
}

fn created(message: &'static str, id_field: &'static str, id: &str) -> Response {
    http::json(
        StatusCode::CREATED,
        &Envelope {
            message,
            id_field,
            id,
        },
    )
}

fn updated(message: &'static str, id_field: &'static str, id: &str) -> Response {
    http::json(
        StatusCode::ACCEPTED,
        &Envelope {
            message,
            id_field,
            id,
        },
    )
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    api_id: String,
    error: &'a str,
}

impl Vendor for PlivoApi {
    fn handle(&self, ctx: &Ctx<'_>) -> Response {
        match self.route(ctx) {
            Ok(response) => response,
            Err(err) => http::with_error_headers(self.render_error(&err), &err),
        }
    }

    fn render_error(&self, err: &ApiError) -> Response {
        http::json(
            err.status,
            &ErrorBody {
                api_id: ids::uuid_v4(),
                error: &err.message,
            },
        )
    }

    fn reset(&self) {
        let mut st = write(&self.state);
        st.trunks.clear();
        st.credentials.clear();
        st.ipacls.clear();
        st.uris.clear();
        st.calls.clear();
    }

    fn seed_trunks(&self, count: usize) -> Vec<String> {
        PlivoApi::seed_trunks(self, count)
    }

    fn control(
        &self,
        name: &str,
        method: &Method,
        body: &[u8],
    ) -> Option<Result<Response, ApiError>> {
        CALL_SEEDING.serve(name, method, body, |calls| {
            let mut st = write(&self.state);
            st.calls.seed(calls);
            st.calls.len()
        })
    }

    fn control_endpoints(&self) -> &'static [&'static str] {
        &[CALL_SEEDING.key]
    }
}

/// `POST /__emulator/calls`: `call_uuid` and `end_time` are required; a missing
/// `initiation_time` is the `end_time`.
const CALL_SEEDING: control::RecordSeeding<PlivoCall> = control::RecordSeeding {
    key: "calls",
    id: |call| call.call_uuid.clone(),
    required: &["call_uuid", "end_time"],
    complete: |present, call| {
        if !present.contains_key("initiation_time") {
            call.initiation_time = call.end_time;
        }
    },
    generate: PlivoCall::generate,
};
