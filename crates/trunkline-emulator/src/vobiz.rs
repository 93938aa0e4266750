//! Vobiz: `/api/v1/Account/{auth_id}/…` trunks, credentials, IP ACL entries, origination
//! URIs, number assignment and CDRs.
//!
//! Wire rules: `X-Auth-ID` + `X-Auth-Token` headers (a path `{auth_id}` other than the
//! header's is a 401); JSON bodies; no trailing slashes; create at `/trunks`,
//! `/credentials`, `/ip-acl`, `/origination-uris` but list at `/trunks`,
//! `/trunks/credentials`, `/trunks/ip-acl`, `/trunks/origination-uris`; update with `PUT`;
//! create 201 with the object, update 200 with the object, delete 204; lists take `limit`
//! (1–100, default 20) and `offset` and answer `{meta{limit, offset, total}, objects}`;
//! errors are `{error, code}` with `code` repeating the HTTP status.
//!
//! Where Vobiz's docs contradict themselves the emulator follows §11 of the fact sheet: the
//! create-trunk page's three required fields (`name`, `trunk_type`, `max_concurrent_calls`);
//! the update page's replace-style update (`name`, `max_concurrent_calls`, `enabled`
//! required) plus optional attachment UUIDs; IP ACL update needs `name` and `ip_address`;
//! origination-URI update needs `name` and `priority`.

use std::collections::{BTreeMap, HashMap};
use std::sync::RwLock;

use axum::http::{Method, StatusCode};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::{Serialize, Serializer};

use crate::control;
use crate::http::{self, ApiError, Ctx, Field, Fields, echo};
use crate::ids;
use crate::server::{Vendor, read, write};
use crate::table::Table;
use crate::vobiz_cdr::{self, CdrStore};
use crate::{VobizCdr, VobizConfig, VobizPhoneNumber};

const MAX_LIMIT: i64 = 100;
const DEFAULT_LIMIT: i64 = 20;

fn micros<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&ids::iso_micros(at))
}

/// The Vobiz API: configuration plus all resource state behind one lock.
pub(crate) struct VobizApi {
    config: VobizConfig,
    state: RwLock<VobizState>,
}

#[derive(Default)]
pub(crate) struct VobizState {
    trunks: Table<Trunk>,
    credentials: Table<Credential>,
    usernames: HashMap<String, String>,
    ip_acls: Table<IpAcl>,
    uris: Table<OriginationUri>,
    /// Owned numbers → the trunk they are assigned to.
    numbers: BTreeMap<String, Option<String>>,
    pub(crate) cdrs: CdrStore,
}

#[derive(Clone, Serialize)]
struct Trunk {
    trunk_id: String,
    account_id: String,
    name: String,
    trunk_domain: String,
    trunk_status: String,
    secure: bool,
    trunk_direction: String,
    concurrent_calls_limit: i64,
    cps_limit: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    credential_uuid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ipacl_uuid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    primary_uri_uuid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fallback_uri_uuid: Option<String>,
    description: String,
    /// Mirrors `primary_uri_uuid`, as in Vobiz's list example.
    #[serde(skip_serializing_if = "Option::is_none")]
    inbound_destination: Option<String>,
    transport: String,
    recording: bool,
    enable_transcription: bool,
    pii_redaction: bool,
    webhook_method: String,
    recording_webhook_enabled: bool,
    #[serde(serialize_with = "micros")]
    created_at: DateTime<Utc>,
    #[serde(serialize_with = "micros")]
    updated_at: DateTime<Utc>,
}

#[derive(Clone, Serialize)]
struct Credential {
    id: String,
    account_id: String,
    username: String,
    /// Always `<redacted>` on the wire.
    password: &'static str,
    realm: String,
    enabled: bool,
    #[serde(serialize_with = "micros")]
    created_at: DateTime<Utc>,
    #[serde(serialize_with = "micros")]
    updated_at: DateTime<Utc>,
}

#[derive(Clone, Serialize)]
struct IpAcl {
    id: String,
    account_id: String,
    ip_address: String,
    description: String,
    enabled: bool,
    #[serde(serialize_with = "micros")]
    created_at: DateTime<Utc>,
    #[serde(serialize_with = "micros")]
    updated_at: DateTime<Utc>,
}

#[derive(Clone, Serialize)]
struct OriginationUri {
    id: String,
    account_id: String,
    uri: String,
    priority: i64,
    weight: i64,
    enabled: bool,
    transport: String,
    description: String,
    #[serde(serialize_with = "micros")]
    created_at: DateTime<Utc>,
    #[serde(serialize_with = "micros")]
    updated_at: DateTime<Utc>,
}

#[derive(Serialize)]
struct ListMeta {
    limit: usize,
    offset: usize,
    total: usize,
}

#[derive(Serialize)]
struct ListBody<'a, T> {
    meta: ListMeta,
    objects: Vec<&'a T>,
}

#[derive(Clone, Copy)]
enum Kind {
    Trunk,
    Credential,
    IpAcl,
    Uri,
}

impl Kind {
    fn not_found(self, id: &str) -> ApiError {
        let what = match self {
            Kind::Trunk => "Trunk",
            Kind::Credential => "Credential",
            Kind::IpAcl => "IP ACL entry",
            Kind::Uri => "Origination URI",
        };
        ApiError::not_found(format!("{what} not found: {}", echo(id)))
    }
}

/// A required, non-empty string field (400 when missing, as Vobiz validates).
fn required<'a>(f: &Fields<'a>, key: &str) -> Result<&'a str, ApiError> {
    match f.str(key)? {
        Some(v) if !v.trim().is_empty() => Ok(v),
        _ => Err(ApiError::bad_request(format!("{key} is required"))),
    }
}

fn required_int(f: &Fields<'_>, key: &str, min: i64) -> Result<i64, ApiError> {
    match f.int(key)? {
        Some(n) if n >= min => Ok(n),
        Some(n) => Err(ApiError::bad_request(format!(
            "{key} must be at least {min}, got {n}"
        ))),
        None => Err(ApiError::bad_request(format!("{key} is required"))),
    }
}

fn check_name(name: &str) -> Result<(), ApiError> {
    if name.chars().count() > 255 {
        return Err(ApiError::bad_request("name must be at most 255 characters"));
    }
    Ok(())
}

/// IPv4 or IPv4 CIDR, outside the RFC 5737 documentation ranges.
fn check_ip(ip: &str) -> Result<(), ApiError> {
    let addr = ip.split('/').next().unwrap_or_default();
    let documentation = addr.parse::<std::net::Ipv4Addr>().is_ok_and(|a| {
        matches!(
            a.octets(),
            [192, 0, 2, _] | [198, 51, 100, _] | [203, 0, 113, _]
        )
    });
    if http::is_ipv4_or_cidr(ip) && !documentation {
        Ok(())
    } else {
        Err(ApiError::bad_request("Invalid IP address format"))
    }
}

fn check_sip_uri(uri: &str) -> Result<(), ApiError> {
    let ok = uri.len() > 4
        && uri.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("sip:"))
        && !uri.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            "Invalid SIP URI format. Expected: sip:user@host:port",
        ))
    }
}

/// `udp` unless the URI carries `;transport=tcp|tls`.
fn transport_of(uri: &str) -> String {
    let lower = uri.to_ascii_lowercase();
    for t in ["tcp", "tls", "udp"] {
        if lower.contains(&format!(";transport={t}")) {
            return t.to_owned();
        }
    }
    "udp".to_owned()
}

fn check_username(username: &str) -> Result<(), ApiError> {
    let ok = username.chars().count() <= 64
        && username
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            "username may contain only letters, digits, '_', '-' and '.' (at most 64)",
        ))
    }
}

fn check_password(password: &str) -> Result<(), ApiError> {
    if password.chars().count() < 8 {
        return Err(ApiError::bad_request(
            "password must be at least 8 characters",
        ));
    }
    Ok(())
}

impl VobizState {
    fn new_uuid<T>(table: &Table<T>) -> String {
        loop {
            let id = ids::uuid_v4();
            if !table.contains(&id) {
                return id;
            }
        }
    }

    /// Removes every trunk reference to a deleted credential, IP ACL entry or URI.
    fn detach(&mut self, id: &str) {
        for t in self.trunks.values_mut() {
            for r in [
                &mut t.credential_uuid,
                &mut t.ipacl_uuid,
                &mut t.primary_uri_uuid,
                &mut t.fallback_uri_uuid,
                &mut t.inbound_destination,
            ] {
                if r.as_deref() == Some(id) {
                    *r = None;
                }
            }
        }
    }
}

impl VobizApi {
    pub(crate) fn new(config: VobizConfig) -> Self {
        let api = Self {
            config,
            state: RwLock::default(),
        };
        api.reset_state();
        api
    }

    fn reset_state(&self) {
        let mut st = write(&self.state);
        *st = VobizState::default();
        for n in &self.config.phone_numbers {
            st.numbers.insert(n.clone(), None);
        }
    }

    pub(crate) fn auth_id(&self) -> &str {
        &self.config.auth_id
    }

    fn new_trunk(&self, id: String, name: String, direction: &str, limit: i64) -> Trunk {
        let now = Utc::now();
        Trunk {
            account_id: self.config.auth_id.clone(),
            name,
            trunk_domain: format!("{id}.sip.vobiz.ai"),
            trunk_id: id,
            trunk_status: "active".into(),
            secure: false,
            trunk_direction: direction.into(),
            concurrent_calls_limit: limit,
            cps_limit: 2,
            credential_uuid: None,
            ipacl_uuid: None,
            primary_uri_uuid: None,
            fallback_uri_uuid: None,
            description: String::new(),
            inbound_destination: None,
            transport: "udp".into(),
            recording: false,
            enable_transcription: false,
            pii_redaction: false,
            webhook_method: "POST".into(),
            recording_webhook_enabled: false,
            created_at: now,
            updated_at: now,
        }
    }

    /// Bulk-creates `count` outbound trunks; returns their ids.
    pub(crate) fn seed_trunks(&self, count: usize) -> Vec<String> {
        let mut st = write(&self.state);
        (0..count)
            .map(|i| {
                let id = VobizState::new_uuid(&st.trunks);
                let trunk = self.new_trunk(id.clone(), format!("seeded-trunk-{i}"), "outbound", 10);
                st.trunks.insert(id.clone(), trunk);
                id
            })
            .collect()
    }

    pub(crate) fn trunk_count(&self) -> usize {
        read(&self.state).trunks.len()
    }

    pub(crate) fn cdr_count(&self) -> usize {
        read(&self.state).cdrs.len()
    }

    pub(crate) fn seed_cdrs(&self, cdrs: impl IntoIterator<Item = VobizCdr>) {
        let account = self.config.auth_id.clone();
        write(&self.state).cdrs.seed(cdrs, &account);
    }

    pub(crate) fn add_number(&self, e164: &str) {
        write(&self.state)
            .numbers
            .entry(e164.to_owned())
            .or_insert(None);
    }

    pub(crate) fn phone_numbers(&self) -> Vec<VobizPhoneNumber> {
        read(&self.state)
            .numbers
            .iter()
            .map(|(n, t)| VobizPhoneNumber {
                phone_number: n.clone(),
                trunk_id: t.clone(),
            })
            .collect()
    }

    fn authenticate(&self, ctx: &Ctx<'_>) -> Result<(), ApiError> {
        let id = ctx.header("x-auth-id").unwrap_or_default();
        let token = ctx.header("x-auth-token").unwrap_or_default();
        let ok = ids::constant_time_eq(id.as_bytes(), self.config.auth_id.as_bytes())
            & ids::constant_time_eq(token.as_bytes(), self.config.auth_token.as_bytes());
        if ok {
            Ok(())
        } else {
            Err(ApiError::unauthorized(
                "Authentication failed: invalid or missing X-Auth-ID / X-Auth-Token",
            ))
        }
    }

    fn route(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        self.authenticate(ctx)?;
        let segs = ctx.segs();
        let rest = match segs.as_slice() {
            ["api", "v1", "Account", auth_id, rest @ ..] => {
                if *auth_id != self.config.auth_id {
                    return Err(ApiError::unauthorized(
                        "The auth_id in the path does not match X-Auth-ID",
                    ));
                }
                rest
            }
            _ => return Err(unknown_path(ctx)),
        };
        if rest.is_empty() || rest.contains(&"") {
            return Err(unknown_path(ctx));
        }
        let m = ctx.method;
        let get_post = [Method::GET, Method::POST];
        let put_delete = [Method::PUT, Method::DELETE];
        let get_only = [Method::GET];
        let post_only = [Method::POST];
        match rest {
            ["trunks"] => match *m {
                Method::GET => self.list(ctx, Kind::Trunk),
                Method::POST => self.create_trunk(ctx),
                _ => Err(ApiError::method_not_allowed(m, &get_post)),
            },
            ["trunks", "credentials"] => self.list_only(ctx, Kind::Credential, &get_only),
            ["trunks", "ip-acl"] => self.list_only(ctx, Kind::IpAcl, &get_only),
            ["trunks", "origination-uris"] => self.list_only(ctx, Kind::Uri, &get_only),
            ["trunks", id] => match *m {
                Method::GET => {
                    let st = read(&self.state);
                    let t = st.trunks.get(id).ok_or_else(|| Kind::Trunk.not_found(id))?;
                    Ok(http::json(StatusCode::OK, t))
                }
                Method::PUT => self.update_trunk(ctx, id),
                Method::DELETE => self.delete_trunk(id),
                _ => Err(ApiError::method_not_allowed(
                    m,
                    &[Method::GET, Method::PUT, Method::DELETE],
                )),
            },
            ["credentials"] => match *m {
                Method::POST => self.create_credential(ctx),
                _ => Err(ApiError::method_not_allowed(m, &post_only)),
            },
            ["ip-acl"] => match *m {
                Method::POST => self.create_ip_acl(ctx),
                _ => Err(ApiError::method_not_allowed(m, &post_only)),
            },
            ["origination-uris"] => match *m {
                Method::POST => self.create_uri(ctx),
                _ => Err(ApiError::method_not_allowed(m, &post_only)),
            },
            [
                collection @ ("credentials" | "ip-acl" | "origination-uris"),
                id,
            ] => {
                let kind = match *collection {
                    "credentials" => Kind::Credential,
                    "ip-acl" => Kind::IpAcl,
                    _ => Kind::Uri,
                };
                match *m {
                    Method::PUT => self.update(ctx, kind, id),
                    Method::DELETE => self.delete(kind, id),
                    _ => Err(ApiError::method_not_allowed(m, &put_delete)),
                }
            }
            ["numbers", number, "assign"] => match *m {
                Method::POST => self.assign(ctx, number),
                Method::DELETE => self.unassign(number),
                _ => Err(ApiError::method_not_allowed(
                    m,
                    &[Method::POST, Method::DELETE],
                )),
            },
            ["cdr", rest @ ..] => {
                if *m != Method::GET {
                    return Err(ApiError::method_not_allowed(m, &get_only));
                }
                let st = read(&self.state);
                let account = &self.config.auth_id;
                match rest {
                    [] => vobiz_cdr::list(&st.cdrs, ctx, account, false),
                    ["search"] => vobiz_cdr::list(&st.cdrs, ctx, account, true),
                    ["recent"] => vobiz_cdr::recent(&st.cdrs, ctx, account),
                    ["export"] => vobiz_cdr::export(&st.cdrs, ctx),
                    [id] => vobiz_cdr::get(&st.cdrs, id),
                    _ => Err(unknown_path(ctx)),
                }
            }
            _ => Err(unknown_path(ctx)),
        }
    }

    fn list_only(
        &self,
        ctx: &Ctx<'_>,
        kind: Kind,
        allowed: &[Method],
    ) -> Result<Response, ApiError> {
        if *ctx.method == Method::GET {
            self.list(ctx, kind)
        } else {
            Err(ApiError::method_not_allowed(ctx.method, allowed))
        }
    }

    fn list(&self, ctx: &Ctx<'_>, kind: Kind) -> Result<Response, ApiError> {
        let (limit, offset) = http::limit_offset(&ctx.query, DEFAULT_LIMIT, MAX_LIMIT)?;
        let st = read(&self.state);
        fn page<T: Serialize>(table: &Table<T>, limit: usize, offset: usize) -> Response {
            http::json(
                StatusCode::OK,
                &ListBody {
                    meta: ListMeta {
                        limit,
                        offset,
                        total: table.len(),
                    },
                    objects: table
                        .iter_from(offset)
                        .take(limit)
                        .map(|(_, v)| v)
                        .collect(),
                },
            )
        }
        Ok(match kind {
            Kind::Trunk => page(&st.trunks, limit, offset),
            Kind::Credential => page(&st.credentials, limit, offset),
            Kind::IpAcl => page(&st.ip_acls, limit, offset),
            Kind::Uri => page(&st.uris, limit, offset),
        })
    }

    fn create_trunk(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let name = required(&f, "name")?;
        check_name(name)?;
        let direction = match required(&f, "trunk_type")? {
            "INBOUND" => "inbound",
            "OUTBOUND" => "outbound",
            other => {
                return Err(ApiError::bad_request(format!(
                    "Invalid trunk_type '{}': expected INBOUND or OUTBOUND (uppercase)",
                    echo(other)
                )));
            }
        };
        let limit = required_int(&f, "max_concurrent_calls", 0)?;
        let mut st = write(&self.state);
        let id = VobizState::new_uuid(&st.trunks);
        let trunk = self.new_trunk(id.clone(), name.to_owned(), direction, limit);
        let response = http::json(StatusCode::CREATED, &trunk);
        st.trunks.insert(id, trunk);
        Ok(response)
    }

    fn update_trunk(&self, ctx: &Ctx<'_>, id: &str) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let name = required(&f, "name")?;
        check_name(name)?;
        let limit = required_int(&f, "max_concurrent_calls", 0)?;
        let enabled = f
            .bool("enabled")?
            .ok_or_else(|| ApiError::bad_request("enabled is required"))?;
        let refs = [
            f.nullable_str("credential_uuid")?,
            f.nullable_str("ipacl_uuid")?,
            f.nullable_str("primary_uri_uuid")?,
            f.nullable_str("fallback_uri_uuid")?,
        ];
        let mut st = write(&self.state);
        if !st.trunks.contains(id) {
            return Err(Kind::Trunk.not_found(id));
        }
        let checks = [
            (
                refs[0],
                st.credentials.contains(refs[0].set().unwrap_or_default()),
                Kind::Credential,
            ),
            (
                refs[1],
                st.ip_acls.contains(refs[1].set().unwrap_or_default()),
                Kind::IpAcl,
            ),
            (
                refs[2],
                st.uris.contains(refs[2].set().unwrap_or_default()),
                Kind::Uri,
            ),
            (
                refs[3],
                st.uris.contains(refs[3].set().unwrap_or_default()),
                Kind::Uri,
            ),
        ];
        for (field, exists, kind) in checks {
            if let Field::Set(v) = field
                && !v.is_empty()
                && !exists
            {
                return Err(kind.not_found(v));
            }
        }
        let t = st
            .trunks
            .get_mut(id)
            .ok_or_else(|| Kind::Trunk.not_found(id))?;
        t.name = name.to_owned();
        t.concurrent_calls_limit = limit;
        t.trunk_status = if enabled { "active" } else { "inactive" }.into();
        let targets = [
            &mut t.credential_uuid,
            &mut t.ipacl_uuid,
            &mut t.primary_uri_uuid,
            &mut t.fallback_uri_uuid,
        ];
        for (target, field) in targets.into_iter().zip(refs) {
            match field {
                Field::Absent => {}
                Field::Null | Field::Set("") => *target = None,
                Field::Set(v) => *target = Some(v.to_owned()),
            }
        }
        t.inbound_destination = t.primary_uri_uuid.clone();
        t.updated_at = Utc::now();
        Ok(http::json(StatusCode::OK, &*t))
    }

    fn delete_trunk(&self, id: &str) -> Result<Response, ApiError> {
        let mut st = write(&self.state);
        let trunk = st
            .trunks
            .remove(id)
            .ok_or_else(|| Kind::Trunk.not_found(id))?;
        // Vobiz's delete page: deleting a trunk also removes its credentials, IP ACL and
        // origination URIs.
        if let Some(c) = &trunk.credential_uuid {
            if let Some(cred) = st.credentials.remove(c) {
                st.usernames.remove(&cred.username);
            }
            st.detach(c);
        }
        if let Some(a) = &trunk.ipacl_uuid {
            st.ip_acls.remove(a);
            st.detach(a);
        }
        for u in [&trunk.primary_uri_uuid, &trunk.fallback_uri_uuid]
            .into_iter()
            .flatten()
        {
            st.uris.remove(u);
            st.detach(u);
        }
        for owner in st.numbers.values_mut() {
            if owner.as_deref() == Some(id) {
                *owner = None;
            }
        }
        Ok(http::empty(StatusCode::NO_CONTENT))
    }

    fn create_credential(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let username = required(&f, "username")?;
        check_username(username)?;
        let password = required(&f, "password")?;
        check_password(password)?;
        let mut st = write(&self.state);
        if st.usernames.contains_key(username) {
            return Err(ApiError::conflict("Username already exists"));
        }
        let id = VobizState::new_uuid(&st.credentials);
        let now = Utc::now();
        let cred = Credential {
            id: id.clone(),
            account_id: self.config.auth_id.clone(),
            username: username.to_owned(),
            password: "<redacted>",
            realm: format!("{}.sip.vobiz.ai", self.config.auth_id),
            enabled: true,
            created_at: now,
            updated_at: now,
        };
        let response = http::json(StatusCode::CREATED, &cred);
        st.usernames.insert(username.to_owned(), id.clone());
        st.credentials.insert(id, cred);
        Ok(response)
    }

    fn create_ip_acl(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let name = required(&f, "name")?;
        check_name(name)?;
        let ip = required(&f, "ip_address")?;
        check_ip(ip)?;
        let mut st = write(&self.state);
        let id = VobizState::new_uuid(&st.ip_acls);
        let now = Utc::now();
        let acl = IpAcl {
            id: id.clone(),
            account_id: self.config.auth_id.clone(),
            ip_address: ip.to_owned(),
            description: name.to_owned(),
            enabled: true,
            created_at: now,
            updated_at: now,
        };
        let response = http::json(StatusCode::CREATED, &acl);
        st.ip_acls.insert(id, acl);
        Ok(response)
    }

    fn create_uri(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let name = required(&f, "name")?;
        check_name(name)?;
        let sip_uri = required(&f, "sip_uri")?;
        check_sip_uri(sip_uri)?;
        let priority = required_int(&f, "priority", 0)?;
        let mut st = write(&self.state);
        let id = VobizState::new_uuid(&st.uris);
        let now = Utc::now();
        let uri = OriginationUri {
            id: id.clone(),
            account_id: self.config.auth_id.clone(),
            uri: sip_uri.to_owned(),
            priority,
            weight: 10,
            enabled: true,
            transport: transport_of(sip_uri),
            description: name.to_owned(),
            created_at: now,
            updated_at: now,
        };
        let response = http::json(StatusCode::CREATED, &uri);
        st.uris.insert(id, uri);
        Ok(response)
    }

    fn update(&self, ctx: &Ctx<'_>, kind: Kind, id: &str) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let mut st = write(&self.state);
        let now = Utc::now();
        match kind {
            Kind::Credential => {
                let password = f.str("password")?;
                if let Some(p) = password {
                    check_password(p)?;
                }
                let enabled = f.bool("enabled")?;
                f.str("description")?;
                let c = st
                    .credentials
                    .get_mut(id)
                    .ok_or_else(|| kind.not_found(id))?;
                if let Some(e) = enabled {
                    c.enabled = e;
                }
                c.updated_at = now;
                Ok(http::json(StatusCode::OK, &*c))
            }
            Kind::IpAcl => {
                let name = required(&f, "name")?;
                check_name(name)?;
                let ip = required(&f, "ip_address")?;
                check_ip(ip)?;
                let a = st.ip_acls.get_mut(id).ok_or_else(|| kind.not_found(id))?;
                a.description = name.to_owned();
                a.ip_address = ip.to_owned();
                a.updated_at = now;
                Ok(http::json(StatusCode::OK, &*a))
            }
            Kind::Uri => {
                let name = required(&f, "name")?;
                check_name(name)?;
                let priority = required_int(&f, "priority", 0)?;
                let u = st.uris.get_mut(id).ok_or_else(|| kind.not_found(id))?;
                u.description = name.to_owned();
                u.priority = priority;
                u.updated_at = now;
                Ok(http::json(StatusCode::OK, &*u))
            }
            Kind::Trunk => Err(kind.not_found(id)),
        }
    }

    fn delete(&self, kind: Kind, id: &str) -> Result<Response, ApiError> {
        let mut st = write(&self.state);
        let removed = match kind {
            Kind::Credential => match st.credentials.remove(id) {
                Some(c) => {
                    st.usernames.remove(&c.username);
                    true
                }
                None => false,
            },
            Kind::IpAcl => st.ip_acls.remove(id).is_some(),
            Kind::Uri => st.uris.remove(id).is_some(),
            Kind::Trunk => false,
        };
        if !removed {
            return Err(kind.not_found(id));
        }
        st.detach(id);
        Ok(http::empty(StatusCode::NO_CONTENT))
    }

    fn owned_number(st: &VobizState, number: &str) -> Result<(), ApiError> {
        if !ids::is_e164(number) {
            return Err(ApiError::bad_request(format!(
                "Invalid phone number '{}': expected E.164 with a leading + (URL-encoded as %2B)",
                echo(number)
            )));
        }
        if !st.numbers.contains_key(number) {
            return Err(ApiError::not_found(format!(
                "Phone number {number} not found on this account"
            )));
        }
        Ok(())
    }

    fn assign(&self, ctx: &Ctx<'_>, number: &str) -> Result<Response, ApiError> {
        let body = ctx.json_object()?;
        let f = Fields(&body);
        let trunk_id = required(&f, "trunk_group_id")?;
        let mut st = write(&self.state);
        Self::owned_number(&st, number)?;
        if !st.trunks.contains(trunk_id) {
            return Err(Kind::Trunk.not_found(trunk_id));
        }
        st.numbers
            .insert(number.to_owned(), Some(trunk_id.to_owned()));
        Ok(http::empty(StatusCode::OK))
    }

    fn unassign(&self, number: &str) -> Result<Response, ApiError> {
        let mut st = write(&self.state);
        Self::owned_number(&st, number)?;
        match st.numbers.get_mut(number) {
            Some(owner @ Some(_)) => {
                *owner = None;
                Ok(http::empty(StatusCode::NO_CONTENT))
            }
            _ => Err(ApiError::not_found(format!(
                "Phone number {number} is not assigned to a trunk"
            ))),
        }
    }
}

fn unknown_path(ctx: &Ctx<'_>) -> ApiError {
    let hint = if ctx.raw_path.ends_with('/') {
        " (Vobiz paths have no trailing '/')"
    } else {
        ""
    };
    ApiError::not_found(format!("Not found: {}{hint}", echo(ctx.raw_path)))
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
    code: u16,
}

impl Vendor for VobizApi {
    fn handle(&self, ctx: &Ctx<'_>) -> Response {
        match self.route(ctx) {
            Ok(r) => r,
            Err(e) => http::with_error_headers(self.render_error(&e), &e),
        }
    }

    fn render_error(&self, err: &ApiError) -> Response {
        http::json(
            err.status,
            &ErrorBody {
                error: &err.message,
                code: err.status.as_u16(),
            },
        )
    }

    fn reset(&self) {
        self.reset_state();
    }

    fn seed_trunks(&self, count: usize) -> Vec<String> {
        VobizApi::seed_trunks(self, count)
    }

    fn control(
        &self,
        name: &str,
        method: &Method,
        body: &[u8],
    ) -> Option<Result<Response, ApiError>> {
        CDR_SEEDING.serve(name, method, body, |cdrs| {
            self.seed_cdrs(cdrs);
            self.cdr_count()
        })
    }

    fn control_endpoints(&self) -> &'static [&'static str] {
        &[CDR_SEEDING.key]
    }
}

/// `POST /__emulator/cdrs`: `uuid` and `start_time` are required; a missing `end_time` is
/// the `start_time`, missing `created_at` / `updated_at` are the `end_time`.
const CDR_SEEDING: control::RecordSeeding<VobizCdr> = control::RecordSeeding {
    key: "cdrs",
    id: |cdr| cdr.uuid.clone(),
    required: &["uuid", "start_time"],
    complete: |present, cdr| {
        if !present.contains_key("end_time") {
            cdr.end_time = cdr.start_time;
        }
        for (key, at) in [
            ("created_at", &mut cdr.created_at),
            ("updated_at", &mut cdr.updated_at),
        ] {
            if !present.contains_key(key) {
                *at = cdr.end_time;
            }
        }
    },
    generate: VobizCdr::generate,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_rules() {
        assert!(check_ip("10.20.30.0/24").is_ok());
        assert!(check_ip("8.8.8.8").is_ok());
        assert!(check_ip("203.0.113.0/24").is_err());
        assert!(check_ip("192.0.2.10").is_err());
        assert!(check_ip("2001:db8::1").is_err());
        assert!(check_ip("not-an-ip").is_err());
    }

    #[test]
    fn sip_uri_rules() {
        assert!(check_sip_uri("sip:provider@sip.example.com:5060").is_ok());
        assert!(check_sip_uri("SIP:sbc.example.com").is_ok());
        assert!(check_sip_uri("https://example.com").is_err());
        assert!(check_sip_uri("sip:").is_err());
        assert_eq!(transport_of("sip:a@b;transport=TLS"), "tls");
        assert_eq!(transport_of("sip:a@b"), "udp");
    }

    #[test]
    fn usernames() {
        assert!(check_username("sipuser_demo").is_ok());
        assert!(check_username("bad user").is_err());
        assert!(check_username("ünïcode").is_err());
    }
}
