//! Twilio: the account state shared by both Twilio listeners, auth, error bodies and paging,
//! and the Elastic SIP Trunking v1 API (`/v1/Trunks…`).
//!
//! The 2010-04-01 SIP lists (credential lists, credentials, IP ACLs, IP addresses) and the
//! read-only incoming-phone-number listing live in [`crate::twilio_api`]; they share
//! [`TwilioAccount`], so a list created there can be attached to a trunk here.
//!
//! Wire rules: HTTP Basic auth with `AC…:auth token` or `SK…:secret`; form-encoded
//! PascalCase request bodies; JSON snake_case responses; create 201, update 200, delete 204;
//! errors `{code, message, more_info, status}`; lists page with `PageSize` (1–1000, default
//! 50), `Page` and `PageToken`, and v1 lists carry absolute `meta.*_url`s built from the
//! origin the request was sent to.

use std::collections::{HashMap, HashSet};
use std::sync::RwLock;

use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::http::{self, ApiError, Ctx, Form, Query, echo};
use crate::ids;
use crate::server::{Vendor, read, write};
use crate::table::Table;
use crate::{TwilioConfig, TwilioPhoneNumber};

/// Largest `PageSize` Twilio accepts.
pub(crate) const MAX_PAGE_SIZE: i64 = 1000;
const DEFAULT_PAGE_SIZE: i64 = 50;

/// Account configuration and state shared by the trunking and 2010-04-01 listeners.
pub(crate) struct TwilioAccount {
    pub(crate) config: TwilioConfig,
    pub(crate) state: RwLock<TwilioState>,
    /// Bound origin of the 2010-04-01 listener (for `links.phone_number`).
    pub(crate) api_origin: String,
}

#[derive(Default)]
pub(crate) struct TwilioState {
    pub(crate) trunks: Table<Trunk>,
    domains: HashMap<String, String>,
    pub(crate) credential_lists: Table<CredentialList>,
    pub(crate) ip_acls: Table<IpAcl>,
    pub(crate) numbers: Table<PhoneNumber>,
    number_sids: HashMap<String, String>,
}

pub(crate) struct Trunk {
    sid: String,
    friendly_name: Option<String>,
    domain_name: Option<String>,
    disaster_recovery_url: Option<String>,
    disaster_recovery_method: Option<String>,
    transfer_mode: String,
    transfer_caller_id: String,
    secure: bool,
    cnam_lookup_enabled: bool,
    recording: Recording,
    date_created: DateTime<Utc>,
    date_updated: DateTime<Utc>,
    credential_lists: Table<Assoc>,
    ip_acls: Table<Assoc>,
    phone_numbers: Table<Assoc>,
    origination_urls: Table<OriginationUrl>,
}

#[derive(Clone, Serialize)]
struct Recording {
    mode: String,
    trim: String,
}

struct Assoc {
    sid: String,
    date_created: DateTime<Utc>,
}

struct OriginationUrl {
    sid: String,
    weight: i64,
    priority: i64,
    enabled: bool,
    friendly_name: String,
    sip_url: String,
    date_created: DateTime<Utc>,
    date_updated: DateTime<Utc>,
}

pub(crate) struct CredentialList {
    pub(crate) sid: String,
    pub(crate) friendly_name: String,
    pub(crate) date_created: DateTime<Utc>,
    pub(crate) date_updated: DateTime<Utc>,
    pub(crate) credentials: Table<Credential>,
    pub(crate) usernames: HashSet<String>,
}

pub(crate) struct Credential {
    pub(crate) sid: String,
    pub(crate) username: String,
    pub(crate) date_created: DateTime<Utc>,
    pub(crate) date_updated: DateTime<Utc>,
}

pub(crate) struct IpAcl {
    pub(crate) sid: String,
    pub(crate) friendly_name: String,
    pub(crate) date_created: DateTime<Utc>,
    pub(crate) date_updated: DateTime<Utc>,
    pub(crate) addresses: Table<IpAddress>,
}

pub(crate) struct IpAddress {
    pub(crate) sid: String,
    pub(crate) friendly_name: String,
    pub(crate) ip_address: String,
    pub(crate) cidr_prefix_length: i64,
    pub(crate) date_created: DateTime<Utc>,
    pub(crate) date_updated: DateTime<Utc>,
}

pub(crate) struct PhoneNumber {
    pub(crate) sid: String,
    pub(crate) phone_number: String,
    pub(crate) friendly_name: String,
    pub(crate) date_created: DateTime<Utc>,
    pub(crate) date_updated: DateTime<Utc>,
    pub(crate) trunk_sid: Option<String>,
}

/// Which form a phone number is rendered in.
pub(crate) enum NumberView<'a> {
    /// Trunking v1: ISO dates, absolute `url` and `links.phone_number`.
    Trunking { url: String, api_origin: &'a str },
    /// 2010-04-01: RFC 2822 dates and a relative `uri`.
    Api,
}

#[derive(Serialize)]
struct Capabilities {
    voice: bool,
    sms: bool,
    mms: bool,
}

#[derive(Serialize)]
struct NumberLinks {
    phone_number: String,
}

#[derive(Serialize)]
pub(crate) struct NumberOut<'a> {
    sid: &'a str,
    account_sid: &'a str,
    trunk_sid: Option<&'a str>,
    phone_number: &'a str,
    friendly_name: &'a str,
    api_version: &'static str,
    address_requirements: &'static str,
    beta: bool,
    capabilities: Capabilities,
    voice_url: &'static str,
    voice_method: &'static str,
    voice_fallback_url: Option<&'static str>,
    voice_fallback_method: Option<&'static str>,
    voice_caller_id_lookup: Option<bool>,
    voice_application_sid: &'static str,
    status_callback: &'static str,
    status_callback_method: &'static str,
    sms_url: &'static str,
    sms_method: &'static str,
    sms_fallback_url: &'static str,
    sms_fallback_method: &'static str,
    sms_application_sid: &'static str,
    date_created: String,
    date_updated: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    links: Option<NumberLinks>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<String>,
}

impl PhoneNumber {
    pub(crate) fn render<'a>(
        &'a self,
        account_sid: &'a str,
        view: NumberView<'_>,
    ) -> NumberOut<'a> {
        let (date_created, date_updated, url, links, uri) = match view {
            NumberView::Trunking { url, api_origin } => (
                ids::iso_seconds(&self.date_created),
                ids::iso_seconds(&self.date_updated),
                Some(url),
                Some(NumberLinks {
                    phone_number: format!(
                        "{api_origin}/2010-04-01/Accounts/{account_sid}/IncomingPhoneNumbers/{}.json",
                        self.sid
                    ),
                }),
                None,
            ),
            NumberView::Api => (
                ids::rfc2822(&self.date_created),
                ids::rfc2822(&self.date_updated),
                None,
                None,
                Some(format!(
                    "/2010-04-01/Accounts/{account_sid}/IncomingPhoneNumbers/{}.json",
                    self.sid
                )),
            ),
        };
        NumberOut {
            sid: &self.sid,
            account_sid,
            trunk_sid: self.trunk_sid.as_deref(),
            phone_number: &self.phone_number,
            friendly_name: &self.friendly_name,
            api_version: "2010-04-01",
            address_requirements: "none",
            beta: false,
            capabilities: Capabilities {
                voice: true,
                sms: true,
                mms: true,
            },
            voice_url: "",
            voice_method: "POST",
            voice_fallback_url: None,
            voice_fallback_method: None,
            voice_caller_id_lookup: None,
            voice_application_sid: "",
            status_callback: "",
            status_callback_method: "POST",
            sms_url: "",
            sms_method: "POST",
            sms_fallback_url: "",
            sms_fallback_method: "POST",
            sms_application_sid: "",
            date_created,
            date_updated,
            url,
            links,
            uri,
        }
    }
}

/// `(415) 555-0100` for North-American numbers, the E.164 string otherwise.
fn friendly_number(e164: &str) -> String {
    match e164.strip_prefix("+1") {
        Some(d) if d.len() == 10 => format!(
            "({}) {}-{}",
            d.get(..3).unwrap_or_default(),
            d.get(3..6).unwrap_or_default(),
            d.get(6..).unwrap_or_default()
        ),
        _ => e164.to_owned(),
    }
}

impl TwilioState {
    pub(crate) fn new_sid<T>(table: &Table<T>, prefix: &str) -> String {
        loop {
            let sid = ids::twilio_sid(prefix);
            if !table.contains(&sid) {
                return sid;
            }
        }
    }

    pub(crate) fn add_number(&mut self, sid: String, e164: &str) -> String {
        if let Some(existing) = self.number_sids.get(e164) {
            return existing.clone();
        }
        let now = Utc::now();
        self.number_sids.insert(e164.to_owned(), sid.clone());
        self.numbers.insert(
            sid.clone(),
            PhoneNumber {
                sid: sid.clone(),
                phone_number: e164.to_owned(),
                friendly_name: friendly_number(e164),
                date_created: now,
                date_updated: now,
                trunk_sid: None,
            },
        );
        sid
    }

    /// Removes a deleted list from every trunk it is attached to.
    pub(crate) fn detach_everywhere(&mut self, list_sid: &str) {
        for trunk in self.trunks.values_mut() {
            trunk.credential_lists.remove(list_sid);
            trunk.ip_acls.remove(list_sid);
        }
    }
}

/// The SID Twilio's seeded `index`-th (0-based) number gets: `PN` + `index + 1` in 32 hex digits.
pub(crate) fn seeded_number_sid(index: usize) -> String {
    format!("PN{:032x}", index + 1)
}

impl TwilioAccount {
    pub(crate) fn new(config: TwilioConfig, api_origin: String) -> Self {
        let account = Self {
            config,
            state: RwLock::default(),
            api_origin,
        };
        account.reset_state();
        account
    }

    pub(crate) fn reset_state(&self) {
        let mut st = write(&self.state);
        *st = TwilioState::default();
        for (i, number) in self.config.phone_numbers.iter().enumerate() {
            st.add_number(seeded_number_sid(i), number);
        }
    }

    pub(crate) fn account_sid(&self) -> &str {
        &self.config.account_sid
    }

    /// Basic auth with the Auth Token or the configured API key.
    pub(crate) fn authenticate(&self, ctx: &Ctx<'_>) -> Result<(), ApiError> {
        let ok = ctx.basic_auth().is_some_and(|(user, pass)| {
            let with_token =
                ids::constant_time_eq(user.as_bytes(), self.config.account_sid.as_bytes())
                    & ids::constant_time_eq(pass.as_bytes(), self.config.auth_token.as_bytes());
            let with_key = self.config.api_key.as_ref().is_some_and(|key| {
                ids::constant_time_eq(user.as_bytes(), key.sid.as_bytes())
                    & ids::constant_time_eq(pass.as_bytes(), key.secret.as_bytes())
            });
            with_token | with_key
        });
        if ok {
            Ok(())
        } else {
            Err(ApiError::unauthorized("Authenticate").with_header(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Basic realm=\"Twilio API\""),
            ))
        }
    }

    pub(crate) fn seed_trunks(&self, count: usize) -> Vec<String> {
        let mut st = write(&self.state);
        let now = Utc::now();
        (0..count)
            .map(|i| {
                let sid = TwilioState::new_sid(&st.trunks, "TK");
                st.trunks.insert(
                    sid.clone(),
                    Trunk::new(sid.clone(), Some(format!("seeded-trunk-{i}")), now),
                );
                sid
            })
            .collect()
    }

    pub(crate) fn phone_numbers(&self) -> Vec<TwilioPhoneNumber> {
        read(&self.state)
            .numbers
            .values()
            .map(|n| TwilioPhoneNumber {
                sid: n.sid.clone(),
                phone_number: n.phone_number.clone(),
                trunk_sid: n.trunk_sid.clone(),
            })
            .collect()
    }
}

/// Renders Twilio's error body.
pub(crate) fn render_error(err: &ApiError) -> Response {
    #[derive(Serialize)]
    struct Body<'a> {
        code: u32,
        message: &'a str,
        more_info: String,
        status: u16,
    }
    let status = err.status.as_u16();
    let code = err.code.unwrap_or(match status {
        400 => 20001,
        401 => 20003,
        405 => 20004,
        other => 20_000 + u32::from(other),
    });
    http::json(
        err.status,
        &Body {
            code,
            message: &err.message,
            more_info: format!("https://www.twilio.com/docs/errors/{code}"),
            status,
        },
    )
}

/// Twilio's 429: error 20429 "Too Many Requests" (the code follows from the status).
pub(crate) fn too_many_requests(limit: &crate::RateLimit, retry_after_secs: u64) -> ApiError {
    let mut err = crate::server::rate_limited_error(limit, retry_after_secs);
    err.message = "Too Many Requests".to_owned();
    err
}

/// Twilio's 404 for a path.
pub(crate) fn not_found(path: &str) -> ApiError {
    ApiError::not_found(format!(
        "The requested resource {} was not found",
        echo(path)
    ))
}

pub(crate) fn missing(param: &str) -> ApiError {
    ApiError::bad_request(format!(
        "Missing required parameter {param} in the post body"
    ))
}

// ---------------------------------------------------------------------------------------
// Paging (shared by v1 and 2010-04-01)
// ---------------------------------------------------------------------------------------

enum Token {
    /// Items after this sequence number.
    After(u64),
    /// Items before this sequence number.
    Before(u64),
}

/// `PageSize` / `Page` / `PageToken` of a list request.
pub(crate) struct PageRequest {
    size: usize,
    page: u64,
    token: Option<(Token, String)>,
}

impl PageRequest {
    pub(crate) fn parse(q: &Query) -> Result<Self, ApiError> {
        let size = q
            .int("PageSize")
            .map_err(ApiError::bad_request)?
            .unwrap_or(DEFAULT_PAGE_SIZE);
        if !(1..=MAX_PAGE_SIZE).contains(&size) {
            return Err(ApiError::bad_request(format!(
                "PageSize must be between 1 and {MAX_PAGE_SIZE}, got {size}"
            )));
        }
        let page = q.int("Page").map_err(ApiError::bad_request)?.unwrap_or(0);
        if page < 0 {
            return Err(ApiError::bad_request(format!(
                "Page must be 0 or more, got {page}"
            )));
        }
        let token = match q.get("PageToken") {
            None | Some("") => None,
            Some(raw) => {
                let parsed = raw
                    .strip_prefix("PA")
                    .and_then(|n| n.parse().ok())
                    .map(Token::After)
                    .or_else(|| {
                        raw.strip_prefix("PB")
                            .and_then(|n| n.parse().ok())
                            .map(Token::Before)
                    });
                match parsed {
                    Some(t) => Some((t, raw.to_owned())),
                    None => {
                        return Err(ApiError::bad_request(format!(
                            "Invalid PageToken '{}'",
                            echo(raw)
                        ))
                        .with_code(21481));
                    }
                }
            }
        };
        Ok(Self {
            size: usize::try_from(size).unwrap_or(50),
            page: u64::try_from(page).unwrap_or(0),
            token,
        })
    }
}

/// One page cut from a table, with the links to its neighbours.
pub(crate) struct Page<'a, T> {
    pub(crate) items: Vec<&'a T>,
    pub(crate) start: usize,
    pub(crate) size: usize,
    pub(crate) page: u64,
    /// Query of this page (`PageSize=…&Page=…[&PageToken=…]`).
    pub(crate) this: String,
    pub(crate) first: String,
    pub(crate) next: Option<String>,
    pub(crate) previous: Option<String>,
}

pub(crate) fn page<'a, T>(table: &'a Table<T>, req: &PageRequest) -> Page<'a, T> {
    let size = req.size;
    let start = match &req.token {
        None => usize::try_from(req.page)
            .ok()
            .and_then(|p| p.checked_mul(size))
            .unwrap_or(usize::MAX),
        Some((Token::After(seq), _)) => table.rank_through(*seq),
        Some((Token::Before(seq), _)) => table.rank_before(*seq).saturating_sub(size),
    };
    let entries: Vec<(u64, &T)> = table.iter_from(start).take(size).collect();
    let query = |page: u64, token: Option<&str>| {
        let mut q = format!("PageSize={size}&Page={page}");
        if let Some(t) = token {
            q.push_str("&PageToken=");
            q.push_str(t);
        }
        q
    };
    let next = match entries.last() {
        Some((seq, _)) if start + entries.len() < table.len() => {
            Some(query(req.page + 1, Some(&format!("PA{seq}"))))
        }
        _ => None,
    };
    let previous = (start > 0 && req.page > 0).then(|| match entries.first() {
        Some((seq, _)) => query(req.page - 1, Some(&format!("PB{seq}"))),
        None => query(req.page - 1, None),
    });
    Page {
        items: entries.into_iter().map(|(_, v)| v).collect(),
        start: start.min(table.len()),
        size,
        page: req.page,
        this: query(req.page, req.token.as_ref().map(|(_, raw)| raw.as_str())),
        first: query(0, None),
        next,
        previous,
    }
}

/// A v1 list body: `{<key>: [...], meta: {...}}` with absolute URLs under `base`.
struct V1List<'a, T: Serialize> {
    key: &'static str,
    items: Vec<T>,
    base: &'a str,
    page: u64,
    size: usize,
    this: &'a str,
    first: &'a str,
    next: Option<&'a str>,
    previous: Option<&'a str>,
}

impl<T: Serialize> Serialize for V1List<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Meta<'a> {
            first_page_url: String,
            key: &'a str,
            next_page_url: Option<String>,
            page: u64,
            page_size: usize,
            previous_page_url: Option<String>,
            url: String,
        }
        let url = |q: &str| format!("{}?{q}", self.base);
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry(self.key, &self.items)?;
        map.serialize_entry(
            "meta",
            &Meta {
                first_page_url: url(self.first),
                key: self.key,
                next_page_url: self.next.map(url),
                page: self.page,
                page_size: self.size,
                previous_page_url: self.previous.map(url),
                url: url(self.this),
            },
        )?;
        map.end()
    }
}

fn v1_list<'a, T, O: Serialize>(
    key: &'static str,
    base: &str,
    page: &Page<'a, T>,
    render: impl Fn(&'a T) -> O,
) -> Response {
    http::json(
        StatusCode::OK,
        &V1List {
            key,
            items: page.items.iter().map(|t| render(*t)).collect(),
            base,
            page: page.page,
            size: page.size,
            this: &page.this,
            first: &page.first,
            next: page.next.as_deref(),
            previous: page.previous.as_deref(),
        },
    )
}

// ---------------------------------------------------------------------------------------
// Trunking v1
// ---------------------------------------------------------------------------------------

impl Trunk {
    fn new(sid: String, friendly_name: Option<String>, now: DateTime<Utc>) -> Self {
        Self {
            sid,
            friendly_name,
            domain_name: None,
            disaster_recovery_url: None,
            disaster_recovery_method: None,
            transfer_mode: "disable-all".into(),
            transfer_caller_id: "from-transferee".into(),
            secure: false,
            cnam_lookup_enabled: false,
            recording: Recording {
                mode: "do-not-record".into(),
                trim: "do-not-trim".into(),
            },
            date_created: now,
            date_updated: now,
            credential_lists: Table::new(),
            ip_acls: Table::new(),
            phone_numbers: Table::new(),
            origination_urls: Table::new(),
        }
    }
}

#[derive(Serialize)]
struct TrunkLinks {
    origination_urls: String,
    credential_lists: String,
    ip_access_control_lists: String,
    phone_numbers: String,
}

#[derive(Serialize)]
struct TrunkOut<'a> {
    sid: &'a str,
    account_sid: &'a str,
    domain_name: Option<&'a str>,
    disaster_recovery_method: Option<&'a str>,
    disaster_recovery_url: Option<&'a str>,
    friendly_name: Option<&'a str>,
    secure: bool,
    cnam_lookup_enabled: bool,
    recording: &'a Recording,
    transfer_mode: &'a str,
    transfer_caller_id: &'a str,
    auth_type: String,
    auth_type_set: Vec<&'static str>,
    date_created: String,
    date_updated: String,
    url: String,
    links: TrunkLinks,
}

#[derive(Serialize)]
struct AssocOut<'a> {
    account_sid: &'a str,
    sid: &'a str,
    trunk_sid: &'a str,
    friendly_name: Option<&'a str>,
    date_created: String,
    date_updated: String,
    url: String,
}

#[derive(Serialize)]
struct OriginationUrlOut<'a> {
    sid: &'a str,
    account_sid: &'a str,
    trunk_sid: &'a str,
    weight: i64,
    priority: i64,
    enabled: bool,
    sip_url: &'a str,
    friendly_name: &'a str,
    date_created: String,
    date_updated: String,
    url: String,
}

/// Validated, optional origination-URL fields of a create or update form.
struct OriginationForm {
    weight: Option<i64>,
    priority: Option<i64>,
    enabled: Option<bool>,
    name: Option<String>,
    sip_url: Option<String>,
}

/// Validated, optional trunk fields of a create or update form.
#[derive(Default)]
struct TrunkForm {
    friendly_name: Option<String>,
    domain_name: Option<Option<String>>,
    disaster_recovery_url: Option<Option<String>>,
    disaster_recovery_method: Option<String>,
    transfer_mode: Option<String>,
    transfer_caller_id: Option<String>,
    secure: Option<bool>,
    cnam_lookup_enabled: Option<bool>,
}

fn enum_param(form: &Form, key: &str, allowed: &[&str]) -> Result<Option<String>, ApiError> {
    match form.get(key) {
        None => Ok(None),
        Some(v) if allowed.contains(&v) => Ok(Some(v.to_owned())),
        Some(v) => Err(ApiError::bad_request(format!(
            "Invalid value '{}' for {key}: expected one of {}",
            echo(v),
            allowed.join(", ")
        ))),
    }
}

pub(crate) fn friendly_name(form: &Form, max: usize) -> Result<Option<String>, ApiError> {
    match form.get("FriendlyName") {
        Some(v) if v.chars().count() > max => Err(ApiError::bad_request(format!(
            "FriendlyName must be at most {max} characters"
        ))),
        other => Ok(other.map(str::to_owned)),
    }
}

fn valid_domain(domain: &str) -> bool {
    let Some(prefix) = domain.strip_suffix(".pstn.twilio.com") else {
        return false;
    };
    !prefix.is_empty()
        && prefix.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

impl TrunkForm {
    fn parse(form: &Form) -> Result<Self, ApiError> {
        let domain_name = match form.get("DomainName") {
            None => None,
            Some("") => Some(None),
            Some(d) if valid_domain(d) => Some(Some(d.to_ascii_lowercase())),
            Some(d) => {
                return Err(ApiError::bad_request(format!(
                    "Invalid DomainName '{}': use letters, digits and '-', ending in .pstn.twilio.com",
                    echo(d)
                )));
            }
        };
        let disaster_recovery_url = match form.get("DisasterRecoveryUrl") {
            None => None,
            Some("") => Some(None),
            Some(u) => match url::Url::parse(u) {
                Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => {
                    Some(Some(u.to_owned()))
                }
                _ => {
                    return Err(ApiError::bad_request(format!(
                        "Invalid DisasterRecoveryUrl '{}': expected an http or https URL",
                        echo(u)
                    )));
                }
            },
        };
        let disaster_recovery_method = match form.get("DisasterRecoveryMethod") {
            None => None,
            Some(m) if m.eq_ignore_ascii_case("GET") => Some("GET".to_owned()),
            Some(m) if m.eq_ignore_ascii_case("POST") => Some("POST".to_owned()),
            Some(m) => {
                return Err(ApiError::bad_request(format!(
                    "Invalid value '{}' for DisasterRecoveryMethod: expected GET or POST",
                    echo(m)
                )));
            }
        };
        Ok(Self {
            friendly_name: friendly_name(form, 64)?,
            domain_name,
            disaster_recovery_url,
            disaster_recovery_method,
            transfer_mode: enum_param(
                form,
                "TransferMode",
                &["disable-all", "enable-all", "sip-only"],
            )?,
            transfer_caller_id: enum_param(
                form,
                "TransferCallerId",
                &["from-transferee", "from-transferor"],
            )?,
            secure: form.bool("Secure")?,
            cnam_lookup_enabled: form.bool("CnamLookupEnabled")?,
        })
    }
}

/// The trunking v1 listener.
pub(crate) struct TrunkingApi {
    pub(crate) account: std::sync::Arc<TwilioAccount>,
}

#[derive(Clone, Copy)]
enum Sub {
    CredentialLists,
    IpAccessControlLists,
    PhoneNumbers,
}

impl Sub {
    fn segment(self) -> &'static str {
        match self {
            Sub::CredentialLists => "CredentialLists",
            Sub::IpAccessControlLists => "IpAccessControlLists",
            Sub::PhoneNumbers => "PhoneNumbers",
        }
    }
}

impl TrunkingApi {
    fn route(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        self.account.authenticate(ctx)?;
        let m = ctx.method;
        let segs = ctx.segs();
        let get_post = [Method::GET, Method::POST];
        let get_delete = [Method::GET, Method::DELETE];
        let get_post_delete = [Method::GET, Method::POST, Method::DELETE];
        match segs.as_slice() {
            ["v1", "Trunks"] => match *m {
                Method::GET => self.list_trunks(ctx),
                Method::POST => self.create_trunk(ctx),
                _ => Err(ApiError::method_not_allowed(m, &get_post)),
            },
            ["v1", "Trunks", tk] => match *m {
                Method::GET => {
                    self.with_trunk(ctx, tk, |t, _| Ok(self.trunk_json(ctx, t, StatusCode::OK)))
                }
                Method::POST => self.update_trunk(ctx, tk),
                Method::DELETE => self.delete_trunk(ctx, tk),
                _ => Err(ApiError::method_not_allowed(m, &get_post_delete)),
            },
            ["v1", "Trunks", tk, "Recording"] => match *m {
                Method::GET => {
                    self.with_trunk(ctx, tk, |t, _| Ok(http::json(StatusCode::OK, &t.recording)))
                }
                Method::POST => self.update_recording(ctx, tk),
                _ => Err(ApiError::method_not_allowed(m, &get_post)),
            },
            ["v1", "Trunks", tk, "OriginationUrls"] => match *m {
                Method::GET => self.list_origination_urls(ctx, tk),
                Method::POST => self.create_origination_url(ctx, tk),
                _ => Err(ApiError::method_not_allowed(m, &get_post)),
            },
            ["v1", "Trunks", tk, "OriginationUrls", ou] => match *m {
                Method::GET => self.with_trunk(ctx, tk, |t, _| {
                    let o = t
                        .origination_urls
                        .get(ou)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    Ok(http::json(
                        StatusCode::OK,
                        &self.origination_url_out(ctx, t, o),
                    ))
                }),
                Method::POST => self.update_origination_url(ctx, tk, ou),
                Method::DELETE => {
                    let mut st = write(&self.account.state);
                    let trunk = st
                        .trunks
                        .get_mut(tk)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    trunk
                        .origination_urls
                        .remove(ou)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    Ok(http::empty(StatusCode::NO_CONTENT))
                }
                _ => Err(ApiError::method_not_allowed(m, &get_post_delete)),
            },
            ["v1", "Trunks", tk, sub] => {
                let sub = self.sub(ctx, sub)?;
                match *m {
                    Method::GET => self.list_assocs(ctx, tk, sub),
                    Method::POST => self.create_assoc(ctx, tk, sub),
                    _ => Err(ApiError::method_not_allowed(m, &get_post)),
                }
            }
            ["v1", "Trunks", tk, sub, sid] => {
                let sub = self.sub(ctx, sub)?;
                match *m {
                    Method::GET => self.with_trunk(ctx, tk, |t, st| {
                        let table = Self::assoc_table(t, sub);
                        let a = table.get(sid).ok_or_else(|| not_found(ctx.raw_path))?;
                        Ok(self.assoc_json(ctx, t, st, sub, a, StatusCode::OK))
                    }),
                    Method::DELETE => self.delete_assoc(ctx, tk, sub, sid),
                    _ => Err(ApiError::method_not_allowed(m, &get_delete)),
                }
            }
            _ => Err(not_found(ctx.raw_path)),
        }
    }

    fn sub(&self, ctx: &Ctx<'_>, segment: &str) -> Result<Sub, ApiError> {
        match segment {
            "CredentialLists" => Ok(Sub::CredentialLists),
            "IpAccessControlLists" => Ok(Sub::IpAccessControlLists),
            "PhoneNumbers" => Ok(Sub::PhoneNumbers),
            _ => Err(not_found(ctx.raw_path)),
        }
    }

    fn assoc_table(trunk: &Trunk, sub: Sub) -> &Table<Assoc> {
        match sub {
            Sub::CredentialLists => &trunk.credential_lists,
            Sub::IpAccessControlLists => &trunk.ip_acls,
            Sub::PhoneNumbers => &trunk.phone_numbers,
        }
    }

    fn assoc_table_mut(trunk: &mut Trunk, sub: Sub) -> &mut Table<Assoc> {
        match sub {
            Sub::CredentialLists => &mut trunk.credential_lists,
            Sub::IpAccessControlLists => &mut trunk.ip_acls,
            Sub::PhoneNumbers => &mut trunk.phone_numbers,
        }
    }

    /// Runs `f` on the trunk under a read lock, or answers 404.
    fn with_trunk(
        &self,
        ctx: &Ctx<'_>,
        sid: &str,
        f: impl FnOnce(&Trunk, &TwilioState) -> Result<Response, ApiError>,
    ) -> Result<Response, ApiError> {
        let st = read(&self.account.state);
        let trunk = st.trunks.get(sid).ok_or_else(|| not_found(ctx.raw_path))?;
        f(trunk, &st)
    }

    fn trunk_url(&self, ctx: &Ctx<'_>, sid: &str) -> String {
        [ctx.origin.as_str(), "/v1/Trunks/", sid].concat()
    }

    fn trunk_out<'a>(&'a self, ctx: &Ctx<'_>, t: &'a Trunk) -> TrunkOut<'a> {
        let mut auth = Vec::new();
        if !t.credential_lists.is_empty() {
            auth.push("CREDENTIAL_LIST");
        }
        if !t.ip_acls.is_empty() {
            auth.push("IP_ACL");
        }
        let url = self.trunk_url(ctx, &t.sid);
        TrunkOut {
            sid: &t.sid,
            account_sid: self.account.account_sid(),
            domain_name: t.domain_name.as_deref(),
            disaster_recovery_method: t.disaster_recovery_method.as_deref(),
            disaster_recovery_url: t.disaster_recovery_url.as_deref(),
            friendly_name: t.friendly_name.as_deref(),
            secure: t.secure,
            cnam_lookup_enabled: t.cnam_lookup_enabled,
            recording: &t.recording,
            transfer_mode: &t.transfer_mode,
            transfer_caller_id: &t.transfer_caller_id,
            auth_type: auth.join(","),
            auth_type_set: auth,
            date_created: ids::iso_seconds(&t.date_created),
            date_updated: ids::iso_seconds(&t.date_updated),
            links: TrunkLinks {
                origination_urls: [url.as_str(), "/OriginationUrls"].concat(),
                credential_lists: [url.as_str(), "/CredentialLists"].concat(),
                ip_access_control_lists: [url.as_str(), "/IpAccessControlLists"].concat(),
                phone_numbers: [url.as_str(), "/PhoneNumbers"].concat(),
            },
            url,
        }
    }

    fn trunk_json(&self, ctx: &Ctx<'_>, t: &Trunk, status: StatusCode) -> Response {
        http::json(status, &self.trunk_out(ctx, t))
    }

    fn list_trunks(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        let req = PageRequest::parse(&ctx.query)?;
        let st = read(&self.account.state);
        let page = page(&st.trunks, &req);
        let base = format!("{}/v1/Trunks", ctx.origin);
        Ok(v1_list("trunks", &base, &page, |t| self.trunk_out(ctx, t)))
    }

    fn create_trunk(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        let form = TrunkForm::parse(&ctx.form()?)?;
        let mut st = write(&self.account.state);
        let sid = TwilioState::new_sid(&st.trunks, "TK");
        let mut trunk = Trunk::new(sid.clone(), None, Utc::now());
        Self::apply_form(&mut st.domains, &mut trunk, form)?;
        let response = self.trunk_json(ctx, &trunk, StatusCode::CREATED);
        st.trunks.insert(sid, trunk);
        Ok(response)
    }

    /// Applies a validated form to `trunk`, keeping the domain index in step. On error
    /// nothing has changed.
    fn apply_form(
        domains: &mut HashMap<String, String>,
        trunk: &mut Trunk,
        form: TrunkForm,
    ) -> Result<(), ApiError> {
        if let Some(domain) = &form.domain_name {
            if let Some(d) = domain
                && domains.get(d).is_some_and(|owner| *owner != trunk.sid)
            {
                return Err(ApiError::bad_request(format!(
                    "DomainName {d} is already in use by another trunk"
                )));
            }
            if let Some(old) = &trunk.domain_name {
                domains.remove(old);
            }
            if let Some(d) = domain {
                domains.insert(d.clone(), trunk.sid.clone());
            }
            trunk.domain_name = domain.clone();
        }
        if let Some(v) = form.friendly_name {
            trunk.friendly_name = Some(v);
        }
        if let Some(v) = form.disaster_recovery_url {
            trunk.disaster_recovery_url = v;
        }
        if let Some(v) = form.disaster_recovery_method {
            trunk.disaster_recovery_method = Some(v);
        }
        if let Some(v) = form.transfer_mode {
            trunk.transfer_mode = v;
        }
        if let Some(v) = form.transfer_caller_id {
            trunk.transfer_caller_id = v;
        }
        if let Some(v) = form.secure {
            trunk.secure = v;
        }
        if let Some(v) = form.cnam_lookup_enabled {
            trunk.cnam_lookup_enabled = v;
        }
        Ok(())
    }

    fn update_trunk(&self, ctx: &Ctx<'_>, sid: &str) -> Result<Response, ApiError> {
        let form = TrunkForm::parse(&ctx.form()?)?;
        let mut st = write(&self.account.state);
        let TwilioState {
            trunks, domains, ..
        } = &mut *st;
        let trunk = trunks.get_mut(sid).ok_or_else(|| not_found(ctx.raw_path))?;
        Self::apply_form(domains, trunk, form)?;
        trunk.date_updated = Utc::now();
        Ok(self.trunk_json(ctx, trunk, StatusCode::OK))
    }

    fn delete_trunk(&self, ctx: &Ctx<'_>, sid: &str) -> Result<Response, ApiError> {
        let mut st = write(&self.account.state);
        let trunk = st
            .trunks
            .remove(sid)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        if let Some(d) = &trunk.domain_name {
            st.domains.remove(d);
        }
        for assoc in trunk.phone_numbers.values() {
            if let Some(n) = st.numbers.get_mut(&assoc.sid) {
                n.trunk_sid = None;
            }
        }
        Ok(http::empty(StatusCode::NO_CONTENT))
    }

    fn update_recording(&self, ctx: &Ctx<'_>, sid: &str) -> Result<Response, ApiError> {
        let form = ctx.form()?;
        let mode = enum_param(
            &form,
            "Mode",
            &[
                "do-not-record",
                "record-from-ringing",
                "record-from-answer",
                "record-from-ringing-dual",
                "record-from-answer-dual",
            ],
        )?;
        let trim = enum_param(&form, "Trim", &["trim-silence", "do-not-trim"])?;
        let mut st = write(&self.account.state);
        let trunk = st
            .trunks
            .get_mut(sid)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        if let Some(v) = mode {
            trunk.recording.mode = v;
        }
        if let Some(v) = trim {
            trunk.recording.trim = v;
        }
        Ok(http::json(StatusCode::OK, &trunk.recording))
    }

    fn origination_url_out<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        t: &'a Trunk,
        o: &'a OriginationUrl,
    ) -> OriginationUrlOut<'a> {
        OriginationUrlOut {
            sid: &o.sid,
            account_sid: self.account.account_sid(),
            trunk_sid: &t.sid,
            weight: o.weight,
            priority: o.priority,
            enabled: o.enabled,
            sip_url: &o.sip_url,
            friendly_name: &o.friendly_name,
            date_created: ids::iso_seconds(&o.date_created),
            date_updated: ids::iso_seconds(&o.date_updated),
            url: [
                &self.trunk_url(ctx, &t.sid),
                "/OriginationUrls/",
                o.sid.as_str(),
            ]
            .concat(),
        }
    }

    fn list_origination_urls(&self, ctx: &Ctx<'_>, tk: &str) -> Result<Response, ApiError> {
        let req = PageRequest::parse(&ctx.query)?;
        self.with_trunk(ctx, tk, |t, _| {
            let page = page(&t.origination_urls, &req);
            let base = format!("{}/OriginationUrls", self.trunk_url(ctx, &t.sid));
            Ok(v1_list("origination_urls", &base, &page, |o| {
                self.origination_url_out(ctx, t, o)
            }))
        })
    }

    fn origination_fields(form: &Form) -> Result<OriginationForm, ApiError> {
        let weight = form.int_in("Weight", 1..=65_535)?;
        let priority = form.int_in("Priority", 0..=65_535)?;
        let enabled = form.bool("Enabled")?;
        let name = friendly_name(form, 64)?;
        let sip_url = match form.get("SipUrl") {
            None => None,
            Some(u) => {
                let lower = u.to_ascii_lowercase();
                if !lower.starts_with("sip:") || u.len() <= 4 || u.chars().any(char::is_whitespace)
                {
                    return Err(ApiError::bad_request(format!(
                        "Invalid SipUrl '{}': it must be a sip: URI (sips: is not supported)",
                        echo(u)
                    )));
                }
                Some(u.to_owned())
            }
        };
        Ok(OriginationForm {
            weight,
            priority,
            enabled,
            name,
            sip_url,
        })
    }

    fn create_origination_url(&self, ctx: &Ctx<'_>, tk: &str) -> Result<Response, ApiError> {
        let form = ctx.form()?;
        let OriginationForm {
            weight,
            priority,
            enabled,
            name,
            sip_url,
        } = Self::origination_fields(&form)?;
        let weight = weight.ok_or_else(|| missing("Weight"))?;
        let priority = priority.ok_or_else(|| missing("Priority"))?;
        let enabled = enabled.ok_or_else(|| missing("Enabled"))?;
        let name = name.ok_or_else(|| missing("FriendlyName"))?;
        let sip_url = sip_url.ok_or_else(|| missing("SipUrl"))?;
        let mut st = write(&self.account.state);
        let trunk = st
            .trunks
            .get_mut(tk)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let sid = TwilioState::new_sid(&trunk.origination_urls, "OU");
        let now = Utc::now();
        trunk.origination_urls.insert(
            sid.clone(),
            OriginationUrl {
                sid: sid.clone(),
                weight,
                priority,
                enabled,
                friendly_name: name,
                sip_url,
                date_created: now,
                date_updated: now,
            },
        );
        let trunk = st.trunks.get(tk).ok_or_else(|| not_found(ctx.raw_path))?;
        let o = trunk
            .origination_urls
            .get(&sid)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        Ok(http::json(
            StatusCode::CREATED,
            &self.origination_url_out(ctx, trunk, o),
        ))
    }

    fn update_origination_url(
        &self,
        ctx: &Ctx<'_>,
        tk: &str,
        ou: &str,
    ) -> Result<Response, ApiError> {
        let form = ctx.form()?;
        let OriginationForm {
            weight,
            priority,
            enabled,
            name,
            sip_url,
        } = Self::origination_fields(&form)?;
        let mut st = write(&self.account.state);
        let trunk = st
            .trunks
            .get_mut(tk)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let o = trunk
            .origination_urls
            .get_mut(ou)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        if let Some(v) = weight {
            o.weight = v;
        }
        if let Some(v) = priority {
            o.priority = v;
        }
        if let Some(v) = enabled {
            o.enabled = v;
        }
        if let Some(v) = name {
            o.friendly_name = v;
        }
        if let Some(v) = sip_url {
            o.sip_url = v;
        }
        o.date_updated = Utc::now();
        let trunk = st.trunks.get(tk).ok_or_else(|| not_found(ctx.raw_path))?;
        let o = trunk
            .origination_urls
            .get(ou)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        Ok(http::json(
            StatusCode::OK,
            &self.origination_url_out(ctx, trunk, o),
        ))
    }

    fn assoc_json(
        &self,
        ctx: &Ctx<'_>,
        t: &Trunk,
        st: &TwilioState,
        sub: Sub,
        a: &Assoc,
        status: StatusCode,
    ) -> Response {
        let url = format!(
            "{}/{}/{}",
            self.trunk_url(ctx, &t.sid),
            sub.segment(),
            a.sid
        );
        match sub {
            Sub::PhoneNumbers => match st.numbers.get(&a.sid) {
                Some(n) => http::json(
                    status,
                    &n.render(
                        self.account.account_sid(),
                        NumberView::Trunking {
                            url,
                            api_origin: &self.account.api_origin,
                        },
                    ),
                ),
                None => render_error(&not_found(ctx.raw_path)),
            },
            _ => http::json(status, &self.assoc_out(t, st, sub, a, url)),
        }
    }

    fn assoc_out<'a>(
        &'a self,
        t: &'a Trunk,
        st: &'a TwilioState,
        sub: Sub,
        a: &'a Assoc,
        url: String,
    ) -> AssocOut<'a> {
        let friendly_name = match sub {
            Sub::CredentialLists => st
                .credential_lists
                .get(&a.sid)
                .map(|l| l.friendly_name.as_str()),
            Sub::IpAccessControlLists => st.ip_acls.get(&a.sid).map(|l| l.friendly_name.as_str()),
            Sub::PhoneNumbers => None,
        };
        AssocOut {
            account_sid: self.account.account_sid(),
            sid: &a.sid,
            trunk_sid: &t.sid,
            friendly_name,
            date_created: ids::iso_seconds(&a.date_created),
            date_updated: ids::iso_seconds(&a.date_created),
            url,
        }
    }

    fn list_assocs(&self, ctx: &Ctx<'_>, tk: &str, sub: Sub) -> Result<Response, ApiError> {
        let req = PageRequest::parse(&ctx.query)?;
        self.with_trunk(ctx, tk, |t, st| {
            let table = Self::assoc_table(t, sub);
            let page = page(table, &req);
            let base = format!("{}/{}", self.trunk_url(ctx, &t.sid), sub.segment());
            Ok(match sub {
                Sub::PhoneNumbers => {
                    let numbers: Vec<&PhoneNumber> = page
                        .items
                        .iter()
                        .filter_map(|a| st.numbers.get(&a.sid))
                        .collect();
                    let rendered: Vec<NumberOut<'_>> = numbers
                        .iter()
                        .map(|n| {
                            n.render(
                                self.account.account_sid(),
                                NumberView::Trunking {
                                    url: [base.as_str(), "/", n.sid.as_str()].concat(),
                                    api_origin: &self.account.api_origin,
                                },
                            )
                        })
                        .collect();
                    http::json(
                        StatusCode::OK,
                        &V1List {
                            key: "phone_numbers",
                            items: rendered,
                            base: &base,
                            page: page.page,
                            size: page.size,
                            this: &page.this,
                            first: &page.first,
                            next: page.next.as_deref(),
                            previous: page.previous.as_deref(),
                        },
                    )
                }
                Sub::CredentialLists => v1_list("credential_lists", &base, &page, |a| {
                    self.assoc_out(t, st, sub, a, [base.as_str(), "/", a.sid.as_str()].concat())
                }),
                Sub::IpAccessControlLists => {
                    v1_list("ip_access_control_lists", &base, &page, |a| {
                        self.assoc_out(t, st, sub, a, [base.as_str(), "/", a.sid.as_str()].concat())
                    })
                }
            })
        })
    }

    fn create_assoc(&self, ctx: &Ctx<'_>, tk: &str, sub: Sub) -> Result<Response, ApiError> {
        let form = ctx.form()?;
        let key = match sub {
            Sub::CredentialLists => "CredentialListSid",
            Sub::IpAccessControlLists => "IpAccessControlListSid",
            Sub::PhoneNumbers => "PhoneNumberSid",
        };
        let sid = form
            .get(key)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| missing(key))?
            .to_owned();
        let mut st = write(&self.account.state);
        if !st.trunks.contains(tk) {
            return Err(not_found(ctx.raw_path));
        }
        let exists = match sub {
            Sub::CredentialLists => st.credential_lists.contains(&sid),
            Sub::IpAccessControlLists => st.ip_acls.contains(&sid),
            Sub::PhoneNumbers => st.numbers.contains(&sid),
        };
        if !exists {
            let what = match sub {
                Sub::CredentialLists => "CredentialList",
                Sub::IpAccessControlLists => "IpAccessControlList",
                Sub::PhoneNumbers => "IncomingPhoneNumber",
            };
            return Err(ApiError::not_found(format!(
                "{key}: the {what} {} was not found in this account",
                echo(&sid)
            )));
        }
        if let Sub::PhoneNumbers = sub {
            let owner = st.numbers.get(&sid).and_then(|n| n.trunk_sid.clone());
            if let Some(owner) = owner.filter(|o| o != tk) {
                return Err(ApiError::bad_request(format!(
                    "Phone number {sid} is already associated with trunk {owner}; remove it from that trunk first"
                )));
            }
        }
        let now = Utc::now();
        let trunk = st
            .trunks
            .get_mut(tk)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let table = Self::assoc_table_mut(trunk, sub);
        if table.contains(&sid) {
            return Err(ApiError::bad_request(format!(
                "{sid} is already associated with trunk {tk}"
            )));
        }
        table.insert(
            sid.clone(),
            Assoc {
                sid: sid.clone(),
                date_created: now,
            },
        );
        if let Sub::PhoneNumbers = sub
            && let Some(n) = st.numbers.get_mut(&sid)
        {
            n.trunk_sid = Some(tk.to_owned());
            n.date_updated = now;
        }
        let trunk = st.trunks.get(tk).ok_or_else(|| not_found(ctx.raw_path))?;
        let a = Self::assoc_table(trunk, sub)
            .get(&sid)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        Ok(self.assoc_json(ctx, trunk, &st, sub, a, StatusCode::CREATED))
    }

    fn delete_assoc(
        &self,
        ctx: &Ctx<'_>,
        tk: &str,
        sub: Sub,
        sid: &str,
    ) -> Result<Response, ApiError> {
        let mut st = write(&self.account.state);
        let trunk = st
            .trunks
            .get_mut(tk)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        Self::assoc_table_mut(trunk, sub)
            .remove(sid)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        if let Sub::PhoneNumbers = sub
            && let Some(n) = st.numbers.get_mut(sid)
        {
            n.trunk_sid = None;
            n.date_updated = Utc::now();
        }
        Ok(http::empty(StatusCode::NO_CONTENT))
    }
}

impl Vendor for TrunkingApi {
    fn handle(&self, ctx: &Ctx<'_>) -> Response {
        match self.route(ctx) {
            Ok(r) => r,
            Err(e) => http::with_error_headers(render_error(&e), &e),
        }
    }

    fn render_error(&self, err: &ApiError) -> Response {
        render_error(err)
    }

    fn reset(&self) {
        self.account.reset_state();
    }

    fn seed_trunks(&self, count: usize) -> Vec<String> {
        self.account.seed_trunks(count)
    }

    fn rate_limited(&self, limit: &crate::RateLimit, retry_after_secs: u64) -> ApiError {
        too_many_requests(limit, retry_after_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains() {
        assert!(valid_domain("test.pstn.twilio.com"));
        assert!(valid_domain("my-trunk.pstn.twilio.com"));
        assert!(!valid_domain("pstn.twilio.com"));
        assert!(!valid_domain("bad_name.pstn.twilio.com"));
        assert!(!valid_domain("example.com"));
    }

    #[test]
    fn friendly_numbers() {
        assert_eq!(friendly_number("+14155550100"), "(415) 555-0100");
        assert_eq!(friendly_number("+918012340100"), "+918012340100");
    }

    #[test]
    fn paging_by_token_survives_deletes() {
        let mut t = Table::new();
        for i in 0..10 {
            t.insert(format!("k{i}"), i);
        }
        let req = PageRequest::parse(&Query::parse("PageSize=4")).expect("valid");
        let p0 = page(&t, &req);
        assert_eq!(p0.items, [&0, &1, &2, &3]);
        let next = p0.next.clone().expect("has next");
        assert!(p0.previous.is_none());
        t.remove("k1");
        let p1 = page(
            &t,
            &PageRequest::parse(&Query::parse(&next)).expect("valid"),
        );
        assert_eq!(p1.items, [&4, &5, &6, &7]);
        assert_eq!(p1.page, 1);
        let p2 = page(
            &t,
            &PageRequest::parse(&Query::parse(&p1.next.clone().expect("next"))).expect("valid"),
        );
        assert_eq!(p2.items, [&8, &9]);
        assert!(p2.next.is_none());
        let back = page(
            &t,
            &PageRequest::parse(&Query::parse(&p2.previous.clone().expect("prev"))).expect("valid"),
        );
        assert_eq!(back.items, [&4, &5, &6, &7]);
        assert!(PageRequest::parse(&Query::parse("PageSize=1001")).is_err());
        assert!(PageRequest::parse(&Query::parse("PageSize=0")).is_err());
        assert!(PageRequest::parse(&Query::parse("PageToken=zzz")).is_err());
    }
}
