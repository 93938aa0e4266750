//! Twilio 2010-04-01: the SIP credential lists, credentials, IP access control lists and IP
//! addresses (`/2010-04-01/Accounts/{AccountSid}/SIP/…json`), plus a read-only listing of the
//! account's incoming phone numbers (`/IncomingPhoneNumbers.json`) so that HTTP-only users
//! can discover the `PN…` SIDs to attach to trunks.
//!
//! Every path ends in `.json` (the JSON representation; the emulator serves no XML/CSV).
//! Lists use the flat 2010 envelope with relative `*_uri`s.

use std::collections::HashSet;
use std::sync::Arc;

use axum::http::{Method, StatusCode};
use axum::response::Response;
use chrono::Utc;
use serde::Serialize;
use serde::ser::SerializeMap;

use crate::http::{self, ApiError, Ctx, Form, echo};
use crate::ids;
use crate::server::{Vendor, read, write};
use crate::table::Table;
use crate::twilio::{
    self, Credential, CredentialList, IpAcl, IpAddress, NumberView, Page, PageRequest,
    TwilioAccount, TwilioState, friendly_name, missing, not_found,
};

/// The 2010-04-01 listener.
pub(crate) struct SipApi {
    pub(crate) account: Arc<TwilioAccount>,
}

/// A 2010 list body: the list key plus flat paging fields.
struct List2010<'a, T: Serialize> {
    key: &'static str,
    items: Vec<T>,
    base: &'a str,
    start: usize,
    size: usize,
    page: u64,
    this: &'a str,
    first: &'a str,
    next: Option<&'a str>,
    previous: Option<&'a str>,
}

impl<T: Serialize> Serialize for List2010<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let uri = |q: &str| format!("{}?{q}", self.base);
        let end = (self.start + self.items.len())
            .saturating_sub(1)
            .max(self.start);
        let mut map = s.serialize_map(Some(9))?;
        map.serialize_entry(self.key, &self.items)?;
        map.serialize_entry("end", &end)?;
        map.serialize_entry("first_page_uri", &uri(self.first))?;
        map.serialize_entry("next_page_uri", &self.next.map(uri))?;
        map.serialize_entry("page", &self.page)?;
        map.serialize_entry("page_size", &self.size)?;
        map.serialize_entry("previous_page_uri", &self.previous.map(uri))?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("uri", &uri(self.this))?;
        map.end()
    }
}

fn list_2010<'a, T, O: Serialize>(
    key: &'static str,
    base: &str,
    page: &Page<'a, T>,
    render: impl Fn(&'a T) -> O,
) -> Response {
    http::json(
        StatusCode::OK,
        &List2010 {
            key,
            items: page.items.iter().map(|t| render(*t)).collect(),
            base,
            start: page.start,
            size: page.size,
            page: page.page,
            this: &page.this,
            first: &page.first,
            next: page.next.as_deref(),
            previous: page.previous.as_deref(),
        },
    )
}

#[derive(Serialize)]
struct ListOut<'a> {
    account_sid: &'a str,
    date_created: String,
    date_updated: String,
    friendly_name: &'a str,
    sid: &'a str,
    subresource_uris: SubresourceUris,
    uri: String,
}

#[derive(Serialize)]
struct SubresourceUris {
    #[serde(skip_serializing_if = "Option::is_none")]
    credentials: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ip_addresses: Option<String>,
}

#[derive(Serialize)]
struct CredentialOut<'a> {
    account_sid: &'a str,
    credential_list_sid: &'a str,
    date_created: String,
    date_updated: String,
    sid: &'a str,
    uri: String,
    username: &'a str,
}

#[derive(Serialize)]
struct IpAddressOut<'a> {
    account_sid: &'a str,
    cidr_prefix_length: i64,
    date_created: String,
    date_updated: String,
    friendly_name: &'a str,
    ip_access_control_list_sid: &'a str,
    ip_address: &'a str,
    sid: &'a str,
    uri: String,
}

#[derive(Clone, Copy)]
enum ListKind {
    Credential,
    IpAcl,
}

fn validate_password(password: &str) -> Result<(), ApiError> {
    let ok = password.chars().count() >= 12
        && password.chars().any(|c| c.is_ascii_digit())
        && password.chars().any(char::is_lowercase)
        && password.chars().any(char::is_uppercase);
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(
            "Password must be at least 12 characters long and contain a digit, an upper-case and a lower-case letter",
        ))
    }
}

fn validate_ip(ip: &str) -> Result<(), ApiError> {
    if ip.parse::<std::net::Ipv4Addr>().is_ok() {
        Ok(())
    } else {
        Err(ApiError::bad_request(format!(
            "Invalid IpAddress '{}': expected a dotted-decimal IPv4 address",
            echo(ip)
        )))
    }
}

impl SipApi {
    fn account_sid(&self) -> &str {
        self.account.account_sid()
    }

    fn prefix(&self) -> String {
        format!("/2010-04-01/Accounts/{}", self.account_sid())
    }

    fn route(&self, ctx: &Ctx<'_>) -> Result<Response, ApiError> {
        self.account.authenticate(ctx)?;
        let segs = ctx.segs();
        let rest = match segs.as_slice() {
            ["2010-04-01", "Accounts", account, rest @ ..] if !rest.is_empty() => {
                let account = account.strip_suffix(".json").unwrap_or(account);
                if account != self.account_sid() {
                    return Err(ApiError::unauthorized(
                        "Authenticate: the AccountSid in the path is not the authenticated account",
                    ));
                }
                rest
            }
            _ => return Err(not_found(ctx.raw_path)),
        };
        let Some((last, init)) = rest.split_last() else {
            return Err(not_found(ctx.raw_path));
        };
        let Some(last) = last.strip_suffix(".json") else {
            return Err(ApiError::not_found(format!(
                "The requested resource {} was not found (the emulator serves the JSON representation only: append .json)",
                echo(ctx.raw_path)
            )));
        };
        let mut path: Vec<&str> = init.to_vec();
        path.push(last);
        let m = ctx.method;
        let get_post = [Method::GET, Method::POST];
        let all = [Method::GET, Method::POST, Method::DELETE];
        match path.as_slice() {
            ["SIP", "CredentialLists"] => match *m {
                Method::GET => self.list_lists(ctx, ListKind::Credential),
                Method::POST => self.create_list(ctx, ListKind::Credential),
                _ => Err(ApiError::method_not_allowed(m, &get_post)),
            },
            ["SIP", "IpAccessControlLists"] => match *m {
                Method::GET => self.list_lists(ctx, ListKind::IpAcl),
                Method::POST => self.create_list(ctx, ListKind::IpAcl),
                _ => Err(ApiError::method_not_allowed(m, &get_post)),
            },
            ["SIP", "CredentialLists", sid] => {
                self.list_instance(ctx, ListKind::Credential, sid, &all)
            }
            ["SIP", "IpAccessControlLists", sid] => {
                self.list_instance(ctx, ListKind::IpAcl, sid, &all)
            }
            ["SIP", "CredentialLists", cl, "Credentials"] => match *m {
                Method::GET => self.list_credentials(ctx, cl),
                Method::POST => self.create_credential(ctx, cl),
                _ => Err(ApiError::method_not_allowed(m, &get_post)),
            },
            ["SIP", "CredentialLists", cl, "Credentials", cr] => match *m {
                Method::GET => {
                    let st = read(&self.account.state);
                    let list = st
                        .credential_lists
                        .get(cl)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    let c = list
                        .credentials
                        .get(cr)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    Ok(http::json(StatusCode::OK, &self.credential_out(list, c)))
                }
                Method::POST => self.update_credential(ctx, cl, cr),
                Method::DELETE => {
                    let mut st = write(&self.account.state);
                    let list = st
                        .credential_lists
                        .get_mut(cl)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    let c = list
                        .credentials
                        .remove(cr)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    list.usernames.remove(&c.username);
                    Ok(http::empty(StatusCode::NO_CONTENT))
                }
                _ => Err(ApiError::method_not_allowed(m, &all)),
            },
            ["SIP", "IpAccessControlLists", al, "IpAddresses"] => match *m {
                Method::GET => self.list_addresses(ctx, al),
                Method::POST => self.create_address(ctx, al),
                _ => Err(ApiError::method_not_allowed(m, &get_post)),
            },
            ["SIP", "IpAccessControlLists", al, "IpAddresses", ip] => match *m {
                Method::GET => {
                    let st = read(&self.account.state);
                    let acl = st.ip_acls.get(al).ok_or_else(|| not_found(ctx.raw_path))?;
                    let a = acl
                        .addresses
                        .get(ip)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    Ok(http::json(StatusCode::OK, &self.address_out(acl, a)))
                }
                Method::POST => self.update_address(ctx, al, ip),
                Method::DELETE => {
                    let mut st = write(&self.account.state);
                    let acl = st
                        .ip_acls
                        .get_mut(al)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    acl.addresses
                        .remove(ip)
                        .ok_or_else(|| not_found(ctx.raw_path))?;
                    Ok(http::empty(StatusCode::NO_CONTENT))
                }
                _ => Err(ApiError::method_not_allowed(m, &all)),
            },
            ["IncomingPhoneNumbers"] => match *m {
                Method::GET => {
                    let req = PageRequest::parse(&ctx.query)?;
                    let st = read(&self.account.state);
                    let page = twilio::page(&st.numbers, &req);
                    let base = format!("{}/IncomingPhoneNumbers.json", self.prefix());
                    Ok(list_2010("incoming_phone_numbers", &base, &page, |n| {
                        n.render(self.account_sid(), NumberView::Api)
                    }))
                }
                _ => Err(ApiError::method_not_allowed(m, &[Method::GET])),
            },
            ["IncomingPhoneNumbers", pn] => match *m {
                Method::GET => {
                    let st = read(&self.account.state);
                    let n = st.numbers.get(pn).ok_or_else(|| not_found(ctx.raw_path))?;
                    Ok(http::json(
                        StatusCode::OK,
                        &n.render(self.account_sid(), NumberView::Api),
                    ))
                }
                _ => Err(ApiError::method_not_allowed(m, &[Method::GET])),
            },
            _ => Err(not_found(ctx.raw_path)),
        }
    }

    fn collection(kind: ListKind) -> &'static str {
        match kind {
            ListKind::Credential => "CredentialLists",
            ListKind::IpAcl => "IpAccessControlLists",
        }
    }

    fn list_uri(&self, kind: ListKind, sid: &str) -> String {
        format!("{}/SIP/{}/{sid}", self.prefix(), Self::collection(kind))
    }

    fn credential_list_out<'a>(&'a self, l: &'a CredentialList) -> ListOut<'a> {
        let base = self.list_uri(ListKind::Credential, &l.sid);
        ListOut {
            account_sid: self.account_sid(),
            date_created: ids::rfc2822(&l.date_created),
            date_updated: ids::rfc2822(&l.date_updated),
            friendly_name: &l.friendly_name,
            sid: &l.sid,
            subresource_uris: SubresourceUris {
                credentials: Some(format!("{base}/Credentials.json")),
                ip_addresses: None,
            },
            uri: format!("{base}.json"),
        }
    }

    fn ip_acl_out<'a>(&'a self, l: &'a IpAcl) -> ListOut<'a> {
        let base = self.list_uri(ListKind::IpAcl, &l.sid);
        ListOut {
            account_sid: self.account_sid(),
            date_created: ids::rfc2822(&l.date_created),
            date_updated: ids::rfc2822(&l.date_updated),
            friendly_name: &l.friendly_name,
            sid: &l.sid,
            subresource_uris: SubresourceUris {
                credentials: None,
                ip_addresses: Some(format!("{base}/IpAddresses.json")),
            },
            uri: format!("{base}.json"),
        }
    }

    fn credential_out<'a>(&'a self, l: &'a CredentialList, c: &'a Credential) -> CredentialOut<'a> {
        CredentialOut {
            account_sid: self.account_sid(),
            credential_list_sid: &l.sid,
            date_created: ids::rfc2822(&c.date_created),
            date_updated: ids::rfc2822(&c.date_updated),
            sid: &c.sid,
            uri: format!(
                "{}/Credentials/{}.json",
                self.list_uri(ListKind::Credential, &l.sid),
                c.sid
            ),
            username: &c.username,
        }
    }

    fn address_out<'a>(&'a self, l: &'a IpAcl, a: &'a IpAddress) -> IpAddressOut<'a> {
        IpAddressOut {
            account_sid: self.account_sid(),
            cidr_prefix_length: a.cidr_prefix_length,
            date_created: ids::rfc2822(&a.date_created),
            date_updated: ids::rfc2822(&a.date_updated),
            friendly_name: &a.friendly_name,
            ip_access_control_list_sid: &l.sid,
            ip_address: &a.ip_address,
            sid: &a.sid,
            uri: format!(
                "{}/IpAddresses/{}.json",
                self.list_uri(ListKind::IpAcl, &l.sid),
                a.sid
            ),
        }
    }

    fn list_lists(&self, ctx: &Ctx<'_>, kind: ListKind) -> Result<Response, ApiError> {
        let req = PageRequest::parse(&ctx.query)?;
        let st = read(&self.account.state);
        let base = format!("{}/SIP/{}.json", self.prefix(), Self::collection(kind));
        Ok(match kind {
            ListKind::Credential => {
                let page = twilio::page(&st.credential_lists, &req);
                list_2010("credential_lists", &base, &page, |l| {
                    self.credential_list_out(l)
                })
            }
            ListKind::IpAcl => {
                let page = twilio::page(&st.ip_acls, &req);
                list_2010("ip_access_control_lists", &base, &page, |l| {
                    self.ip_acl_out(l)
                })
            }
        })
    }

    fn required_name(form: &Form, max: usize) -> Result<String, ApiError> {
        friendly_name(form, max)?
            .filter(|n| !n.is_empty())
            .ok_or_else(|| missing("FriendlyName"))
    }

    fn max_name(kind: ListKind) -> usize {
        match kind {
            ListKind::Credential => 64,
            ListKind::IpAcl => 255,
        }
    }

    fn create_list(&self, ctx: &Ctx<'_>, kind: ListKind) -> Result<Response, ApiError> {
        let name = Self::required_name(&ctx.form()?, Self::max_name(kind))?;
        let mut st = write(&self.account.state);
        let now = Utc::now();
        match kind {
            ListKind::Credential => {
                let sid = TwilioState::new_sid(&st.credential_lists, "CL");
                let list = CredentialList {
                    sid: sid.clone(),
                    friendly_name: name,
                    date_created: now,
                    date_updated: now,
                    credentials: Table::new(),
                    usernames: HashSet::new(),
                };
                let response = http::json(StatusCode::CREATED, &self.credential_list_out(&list));
                st.credential_lists.insert(sid, list);
                Ok(response)
            }
            ListKind::IpAcl => {
                let sid = TwilioState::new_sid(&st.ip_acls, "AL");
                let list = IpAcl {
                    sid: sid.clone(),
                    friendly_name: name,
                    date_created: now,
                    date_updated: now,
                    addresses: Table::new(),
                };
                let response = http::json(StatusCode::CREATED, &self.ip_acl_out(&list));
                st.ip_acls.insert(sid, list);
                Ok(response)
            }
        }
    }

    fn list_instance(
        &self,
        ctx: &Ctx<'_>,
        kind: ListKind,
        sid: &str,
        allowed: &[Method],
    ) -> Result<Response, ApiError> {
        let m = ctx.method;
        match *m {
            Method::GET => {
                let st = read(&self.account.state);
                match kind {
                    ListKind::Credential => {
                        let l = st
                            .credential_lists
                            .get(sid)
                            .ok_or_else(|| not_found(ctx.raw_path))?;
                        Ok(http::json(StatusCode::OK, &self.credential_list_out(l)))
                    }
                    ListKind::IpAcl => {
                        let l = st.ip_acls.get(sid).ok_or_else(|| not_found(ctx.raw_path))?;
                        Ok(http::json(StatusCode::OK, &self.ip_acl_out(l)))
                    }
                }
            }
            Method::POST => {
                let name = Self::required_name(&ctx.form()?, Self::max_name(kind))?;
                let mut st = write(&self.account.state);
                let now = Utc::now();
                match kind {
                    ListKind::Credential => {
                        let l = st
                            .credential_lists
                            .get_mut(sid)
                            .ok_or_else(|| not_found(ctx.raw_path))?;
                        l.friendly_name = name;
                        l.date_updated = now;
                        Ok(http::json(StatusCode::OK, &self.credential_list_out(l)))
                    }
                    ListKind::IpAcl => {
                        let l = st
                            .ip_acls
                            .get_mut(sid)
                            .ok_or_else(|| not_found(ctx.raw_path))?;
                        l.friendly_name = name;
                        l.date_updated = now;
                        Ok(http::json(StatusCode::OK, &self.ip_acl_out(l)))
                    }
                }
            }
            Method::DELETE => {
                let mut st = write(&self.account.state);
                let removed = match kind {
                    ListKind::Credential => st.credential_lists.remove(sid).is_some(),
                    ListKind::IpAcl => st.ip_acls.remove(sid).is_some(),
                };
                if !removed {
                    return Err(not_found(ctx.raw_path));
                }
                st.detach_everywhere(sid);
                Ok(http::empty(StatusCode::NO_CONTENT))
            }
            _ => Err(ApiError::method_not_allowed(m, allowed)),
        }
    }

    fn list_credentials(&self, ctx: &Ctx<'_>, cl: &str) -> Result<Response, ApiError> {
        let req = PageRequest::parse(&ctx.query)?;
        let st = read(&self.account.state);
        let list = st
            .credential_lists
            .get(cl)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let page = twilio::page(&list.credentials, &req);
        let base = format!(
            "{}/Credentials.json",
            self.list_uri(ListKind::Credential, &list.sid)
        );
        Ok(list_2010("credentials", &base, &page, |c| {
            self.credential_out(list, c)
        }))
    }

    fn create_credential(&self, ctx: &Ctx<'_>, cl: &str) -> Result<Response, ApiError> {
        let form = ctx.form()?;
        let username = form
            .get("Username")
            .filter(|u| !u.is_empty())
            .ok_or_else(|| missing("Username"))?
            .to_owned();
        if username.chars().count() > 32 {
            return Err(ApiError::bad_request(
                "Username must be at most 32 characters",
            ));
        }
        let password = form
            .get("Password")
            .filter(|p| !p.is_empty())
            .ok_or_else(|| missing("Password"))?;
        validate_password(password)?;
        let mut st = write(&self.account.state);
        let list = st
            .credential_lists
            .get_mut(cl)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        if list.usernames.contains(&username) {
            return Err(ApiError::bad_request(format!(
                "Username {} already exists in credential list {cl}",
                echo(&username)
            )));
        }
        let sid = TwilioState::new_sid(&list.credentials, "CR");
        let now = Utc::now();
        list.usernames.insert(username.clone());
        list.credentials.insert(
            sid.clone(),
            Credential {
                sid: sid.clone(),
                username,
                date_created: now,
                date_updated: now,
            },
        );
        let list = st
            .credential_lists
            .get(cl)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let c = list
            .credentials
            .get(&sid)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        Ok(http::json(
            StatusCode::CREATED,
            &self.credential_out(list, c),
        ))
    }

    fn update_credential(&self, ctx: &Ctx<'_>, cl: &str, cr: &str) -> Result<Response, ApiError> {
        let form = ctx.form()?;
        let password = form.get("Password");
        if let Some(p) = password {
            validate_password(p)?;
        }
        let mut st = write(&self.account.state);
        let list = st
            .credential_lists
            .get_mut(cl)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let c = list
            .credentials
            .get_mut(cr)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        if password.is_some() {
            c.date_updated = Utc::now();
        }
        let list = st
            .credential_lists
            .get(cl)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let c = list
            .credentials
            .get(cr)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        Ok(http::json(StatusCode::OK, &self.credential_out(list, c)))
    }

    fn list_addresses(&self, ctx: &Ctx<'_>, al: &str) -> Result<Response, ApiError> {
        let req = PageRequest::parse(&ctx.query)?;
        let st = read(&self.account.state);
        let acl = st.ip_acls.get(al).ok_or_else(|| not_found(ctx.raw_path))?;
        let page = twilio::page(&acl.addresses, &req);
        let base = format!(
            "{}/IpAddresses.json",
            self.list_uri(ListKind::IpAcl, &acl.sid)
        );
        Ok(list_2010("ip_addresses", &base, &page, |a| {
            self.address_out(acl, a)
        }))
    }

    /// `(FriendlyName, IpAddress, CidrPrefixLength)`, each validated when present.
    #[allow(clippy::type_complexity)]
    fn address_fields(
        form: &Form,
    ) -> Result<(Option<String>, Option<String>, Option<i64>), ApiError> {
        let name = friendly_name(form, 255)?;
        let ip = form.get("IpAddress").map(str::to_owned);
        if let Some(ip) = &ip {
            validate_ip(ip)?;
        }
        let cidr = form.int_in("CidrPrefixLength", 0..=32)?;
        Ok((name, ip, cidr))
    }

    fn create_address(&self, ctx: &Ctx<'_>, al: &str) -> Result<Response, ApiError> {
        let form = ctx.form()?;
        let (name, ip, cidr) = Self::address_fields(&form)?;
        let name = name
            .filter(|n| !n.is_empty())
            .ok_or_else(|| missing("FriendlyName"))?;
        let ip = ip
            .filter(|i| !i.is_empty())
            .ok_or_else(|| missing("IpAddress"))?;
        let mut st = write(&self.account.state);
        let acl = st
            .ip_acls
            .get_mut(al)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let sid = TwilioState::new_sid(&acl.addresses, "IP");
        let now = Utc::now();
        acl.addresses.insert(
            sid.clone(),
            IpAddress {
                sid: sid.clone(),
                friendly_name: name,
                ip_address: ip,
                cidr_prefix_length: cidr.unwrap_or(32),
                date_created: now,
                date_updated: now,
            },
        );
        let acl = st.ip_acls.get(al).ok_or_else(|| not_found(ctx.raw_path))?;
        let a = acl
            .addresses
            .get(&sid)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        Ok(http::json(StatusCode::CREATED, &self.address_out(acl, a)))
    }

    fn update_address(&self, ctx: &Ctx<'_>, al: &str, ip: &str) -> Result<Response, ApiError> {
        let form = ctx.form()?;
        let (name, address, cidr) = Self::address_fields(&form)?;
        let mut st = write(&self.account.state);
        let acl = st
            .ip_acls
            .get_mut(al)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        let a = acl
            .addresses
            .get_mut(ip)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        if let Some(v) = name.filter(|n| !n.is_empty()) {
            a.friendly_name = v;
        }
        if let Some(v) = address {
            a.ip_address = v;
        }
        if let Some(v) = cidr {
            a.cidr_prefix_length = v;
        }
        a.date_updated = Utc::now();
        let acl = st.ip_acls.get(al).ok_or_else(|| not_found(ctx.raw_path))?;
        let a = acl
            .addresses
            .get(ip)
            .ok_or_else(|| not_found(ctx.raw_path))?;
        Ok(http::json(StatusCode::OK, &self.address_out(acl, a)))
    }
}

impl Vendor for SipApi {
    fn handle(&self, ctx: &Ctx<'_>) -> Response {
        match self.route(ctx) {
            Ok(r) => r,
            Err(e) => http::with_error_headers(twilio::render_error(&e), &e),
        }
    }

    fn render_error(&self, err: &ApiError) -> Response {
        twilio::render_error(err)
    }

    fn reset(&self) {
        self.account.reset_state();
    }

    fn seed_trunks(&self, count: usize) -> Vec<String> {
        self.account.seed_trunks(count)
    }

    fn rate_limited(&self, limit: &crate::RateLimit, retry_after_secs: u64) -> ApiError {
        twilio::too_many_requests(limit, retry_after_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_policy() {
        assert!(validate_password("IWasAtSignal2018").is_ok());
        assert!(validate_password("password").is_err());
        assert!(validate_password("alllowercase2018").is_err());
        assert!(validate_password("ALLUPPERCASE2018").is_err());
        assert!(validate_password("NoDigitsAtAllHere").is_err());
        assert!(validate_password("Short1a").is_err());
    }

    #[test]
    fn ip_validation() {
        assert!(validate_ip("192.168.1.1").is_ok());
        assert!(validate_ip("ip_address").is_err());
        assert!(validate_ip("192.168.1.0/24").is_err());
        assert!(validate_ip("::1").is_err());
    }
}
