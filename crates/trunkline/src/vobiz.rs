//! [`VobizProvider`]: Vobiz behind [`TrunkProvider`].
//!
//! How Vobiz maps (see also the crate docs' tables):
//!
//! - Trunks are created with the create-trunk page's contract (`name`, `trunk_type`
//!   `INBOUND`/`OUTBOUND`, `max_concurrent_calls`) and read back with `trunk_direction`
//!   (`inbound`/`outbound`/`both`) and `trunk_status`. Updates are a replace (`name`,
//!   `max_concurrent_calls`, `enabled` every time), so trunkline reads the trunk and sends it
//!   back with the changes. Attachments (`credential_uuid`, `ipacl_uuid`, `primary_uri_uuid`,
//!   `fallback_uri_uuid`) are set with that update (a later API revision; unverified on the
//!   live API).
//! - A credential is one username/password without a name: a [`CredentialList`] of one, list
//!   id = credential id, `name` always `None`.
//! - An IP ACL *entry* is one address or CIDR range with a label: an [`IpAccessList`] of one
//!   entry, list id = entry id, the label as its name.
//! - Origination URIs carry a priority (lower first) and a fixed weight of 10; a trunk routes
//!   to a primary and a fallback. The SIP URI cannot change after creation.
//! - Vobiz has no read-by-id for credentials, IP ACL entries and origination URIs: trunkline
//!   pages through the list to find one (one request per 100 items).
//! - Numbers are assigned to a trunk by E.164; there is no API listing a trunk's numbers.

use chrono::{DateTime, Utc};
use futures::TryStreamExt;
use trunkline_core::OpenEnum;
use trunkline_vobiz::types;

use crate::model::*;
use crate::provider::{BoxFuture, BoxStream, Capabilities, Operation, TrunkProvider, error_stream};
use crate::support::{
    ErrorBody, call, check_max_chars, check_path_ids, fill_single_slot, refuse_if,
    single_credential, stream_of, undo_created, vendor_stream,
};
use crate::{Error, Result, SecretString, Step, VendorError};

const VENDOR: Vendor = Vendor::Vobiz;
const MAX_PAGE: u64 = trunkline_vobiz::MAX_PAGE_SIZE;
/// What trunkline sends as `max_concurrent_calls` when the caller gives none: Vobiz requires
/// the field and documents no default.
pub const DEFAULT_MAX_CONCURRENT_CALLS: u32 = 10;
/// Priority trunkline gives an origination URI created without one (Vobiz requires it).
pub const DEFAULT_PRIORITY: u16 = 10;

impl ErrorBody for types::VobizError {
    fn message(&self) -> Option<String> {
        self.error.clone()
    }

    fn code(&self) -> Option<String> {
        self.code.as_ref().map(|c| c.to_string())
    }
}

crate::support::provider!(
    /// Vobiz as a [`TrunkProvider`].
    VobizProvider, trunkline_vobiz, "Vobiz", "https://api.vobiz.ai", "`VOBIZ_AUTH_ID`, `VOBIZ_AUTH_TOKEN` and optionally `VOBIZ_BASE_URL`"
);

impl VobizProvider {
    async fn fetch_trunk(&self, id: &TrunkId) -> Result<types::Trunk> {
        call(
            VENDOR,
            "get_trunk",
            self.client.get_trunk().trunk_id(id.as_str()).send(),
        )
        .await
    }

    /// Sends the replace-style update: the trunk as it is, with `change` applied.
    async fn put_trunk(
        &self,
        current: &types::Trunk,
        change: impl FnOnce(types::builder::UpdateTrunkRequest) -> types::builder::UpdateTrunkRequest,
    ) -> Result<()> {
        let body = types::UpdateTrunkRequest::builder()
            .name(current.name.clone().unwrap_or_default())
            .max_concurrent_calls(
                current
                    .concurrent_calls_limit
                    .unwrap_or(i64::from(DEFAULT_MAX_CONCURRENT_CALLS)),
            )
            .enabled(enabled_of(&current.trunk_status).unwrap_or(true));
        call(
            VENDOR,
            "update_trunk",
            self.client
                .update_trunk()
                .trunk_id(current.trunk_id.as_str())
                .body(change(body))
                .send(),
        )
        .await
        .map(|_| ())
    }

    /// Finds one item of a list that has no read-by-id endpoint.
    async fn find<T, S>(&self, items: S, what: &str, id: &str, operation: &'static str) -> Result<T>
    where
        S: futures::Stream<Item = Result<(String, T)>>,
    {
        let mut items = std::pin::pin!(items);
        while let Some((item_id, item)) = items.try_next().await? {
            if item_id == id {
                return Ok(item);
            }
        }
        Err(Error::NotFound(
            VendorError::new(VENDOR, operation, format!("no {what} {id}")).with_status(404),
        ))
    }

    fn credential_pages(&self) -> BoxStream<'_, Result<types::Credential>> {
        let client = &self.client;
        let pages = trunkline_vobiz::paginate(MAX_PAGE, move |offset, limit| {
            client
                .list_credentials()
                .offset(offset as i64)
                .limit(limit as i64)
                .send()
        });
        vendor_stream(VENDOR, "list_credentials", pages, Ok)
    }

    fn acl_pages(&self) -> BoxStream<'_, Result<types::IpAclEntry>> {
        let client = &self.client;
        let pages = trunkline_vobiz::paginate(MAX_PAGE, move |offset, limit| {
            client
                .list_ip_acl_entries()
                .offset(offset as i64)
                .limit(limit as i64)
                .send()
        });
        vendor_stream(VENDOR, "list_ip_acl_entries", pages, Ok)
    }

    fn uri_pages(&self) -> BoxStream<'_, Result<types::OriginationUri>> {
        let client = &self.client;
        let pages = trunkline_vobiz::paginate(MAX_PAGE, move |offset, limit| {
            client
                .list_origination_uris()
                .offset(offset as i64)
                .limit(limit as i64)
                .send()
        });
        vendor_stream(VENDOR, "list_origination_uris", pages, Ok)
    }

    async fn fetch_acl(&self, id: &str) -> Result<types::IpAclEntry> {
        let items = self.acl_pages().map_ok(|e| (e.id.clone(), e));
        self.find(items, "IP ACL entry", id, "list_ip_acl_entries")
            .await
    }

    async fn fetch_uri(&self, id: &str) -> Result<types::OriginationUri> {
        let items = self.uri_pages().map_ok(|u| (u.id.clone(), u));
        self.find(items, "origination URI", id, "list_origination_uris")
            .await
    }
}

/// Longest trunk name (Vobiz's create-trunk page).
const MAX_NAME: usize = 255;

/// Vobiz's documented username rule: letters, digits, `_`, `-` and `.`, at most 64.
fn check_username(field: &str, username: &str) -> Result<()> {
    check_max_chars(VENDOR, field, username, 64)?;
    if let Some(bad) = username
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
    {
        return Err(Error::invalid(
            VENDOR,
            field,
            format!("Vobiz usernames take letters, digits, `_`, `-` and `.` only, not {bad:?}"),
        ));
    }
    Ok(())
}

/// Vobiz's documented password rule: at least 8 characters. The message never contains it.
fn check_password(field: &str, password: &SecretString) -> Result<()> {
    if password.expose().chars().count() < 8 {
        return Err(Error::invalid(
            VENDOR,
            field,
            "Vobiz requires at least 8 characters",
        ));
    }
    Ok(())
}

fn enabled_of(status: &Option<OpenEnum<types::TrunkStatus>>) -> Option<bool> {
    match status {
        Some(OpenEnum::Known(types::TrunkStatus::Active | types::TrunkStatus::Enabled)) => {
            Some(true)
        }
        Some(OpenEnum::Known(types::TrunkStatus::Inactive | types::TrunkStatus::Disabled)) => {
            Some(false)
        }
        _ => None,
    }
}

fn small(value: Option<i64>) -> Option<u32> {
    value.and_then(|v| u32::try_from(v).ok())
}

fn trunk(raw: types::Trunk) -> Result<Trunk> {
    let (direction, direction_raw) = match &raw.trunk_direction {
        Some(OpenEnum::Known(types::TrunkDirection::Inbound)) => (Direction::Inbound, None),
        Some(OpenEnum::Known(types::TrunkDirection::Outbound)) => (Direction::Outbound, None),
        Some(OpenEnum::Known(types::TrunkDirection::Both)) => (Direction::Both, None),
        Some(OpenEnum::Unknown(other)) => (Direction::Both, Some(other.clone())),
        None => (Direction::Both, Some(String::new())),
    };
    let mut trunk = Trunk::new(raw.trunk_id, direction);
    trunk.direction_raw = direction_raw;
    trunk.name = raw.name;
    trunk.sip_domain = raw.trunk_domain;
    trunk.enabled = enabled_of(&raw.trunk_status);
    trunk.secure = raw.secure;
    trunk.max_concurrent_calls = small(raw.concurrent_calls_limit);
    trunk.calls_per_second = small(raw.cps_limit);
    let mut attachments = TrunkAttachments::new();
    attachments.credential_lists = raw.credential_uuid.into_iter().map(Into::into).collect();
    attachments.ip_access_lists = raw.ipacl_uuid.into_iter().map(Into::into).collect();
    attachments.origination_uris = raw
        .primary_uri_uuid
        .into_iter()
        .chain(raw.fallback_uri_uuid)
        .map(Into::into)
        .collect();
    trunk.attachments = Some(attachments);
    trunk.created_at = raw.created_at;
    trunk.updated_at = raw.updated_at;
    Ok(trunk)
}

fn credential_list(raw: types::Credential) -> CredentialList {
    let id = raw.id;
    CredentialList::new(
        id.clone(),
        vec![Credential::new(id, raw.username.unwrap_or_default())],
    )
}

fn ip_access_list(raw: types::IpAclEntry) -> Result<IpAccessList> {
    let address = raw.ip_address.unwrap_or_default();
    let network = parse_network(&address).map_err(|reason| Error::Decode {
        excerpt: address.clone(),
        source: VendorError::new(
            VENDOR,
            "list_ip_acl_entries",
            format!("ip_address of {}: {reason}", raw.id),
        ),
    })?;
    let mut list = IpAccessList::new(
        raw.id.clone(),
        vec![IpEntry::new(Some(IpEntryId::new(raw.id)), network)],
    );
    list.name = raw.description.filter(|d| !d.is_empty());
    Ok(list)
}

fn origination_uri(raw: types::OriginationUri) -> OriginationUri {
    let mut uri = OriginationUri::new(raw.id, raw.uri.unwrap_or_default());
    uri.name = raw.description.filter(|d| !d.is_empty());
    uri.priority = raw.priority.and_then(|p| u16::try_from(p).ok());
    uri.weight = raw.weight.and_then(|w| u16::try_from(w).ok());
    uri.enabled = raw.enabled;
    uri
}

/// Vobiz accepts a single address or a CIDR range: hosts go as plain addresses.
fn network_text(network: &IpNet) -> String {
    if network.prefix_len() == network.max_prefix_len() {
        network.addr().to_string()
    } else {
        network.to_string()
    }
}

fn vobiz_time(field: &str, value: Option<&str>) -> Result<Option<DateTime<Utc>>> {
    let Some(text) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| Some(t.with_timezone(&Utc)))
        .map_err(|err| Error::Decode {
            excerpt: text.to_owned(),
            source: VendorError::new(
                VENDOR,
                "list_cdrs",
                format!("`{field}` is not RFC 3339: {err}"),
            ),
        })
}

fn seconds(value: Option<i64>) -> Option<std::time::Duration> {
    value
        .and_then(|v| u64::try_from(v).ok())
        .map(std::time::Duration::from_secs)
}

fn call_record(raw: types::Cdr) -> Result<CallRecord> {
    let id = raw
        .uuid
        .clone()
        .or_else(|| raw.id.map(|id| id.to_string()))
        .ok_or_else(|| Error::Decode {
            excerpt: String::new(),
            source: VendorError::new(
                VENDOR,
                "list_cdrs",
                "a call record has neither `uuid` nor `id`",
            ),
        })?;
    let mut record = CallRecord::new(id);
    record.from = raw.caller_id_number;
    record.to = raw.destination_number;
    record.direction = match raw.call_direction {
        Some(OpenEnum::Known(types::CallDirection::Inbound)) => Some(CallDirection::Inbound),
        Some(OpenEnum::Known(types::CallDirection::Outbound)) => Some(CallDirection::Outbound),
        _ => None,
    };
    record.start = vobiz_time("start_time", raw.start_time.as_deref())?;
    record.answered = vobiz_time("answer_time", raw.answer_time.as_deref())?;
    record.end = vobiz_time("end_time", raw.end_time.as_deref())?;
    record.duration = seconds(raw.duration);
    record.billed_duration = seconds(raw.billsec);
    record.hangup_cause = raw.hangup_cause;
    record.cost = raw.total_cost.or(raw.cost).map(|amount| {
        Money::new(
            amount.to_string(),
            raw.currency.unwrap_or_else(|| "INR".into()),
        )
    });
    record.trunk = raw.trunk_id;
    Ok(record)
}

fn check_sip_uri(uri: &str) -> Result<()> {
    let uri = uri.trim();
    if uri.is_empty() {
        return Err(Error::invalid(VENDOR, "sip_uri", "empty SIP URI"));
    }
    if !uri.starts_with("sip:") {
        return Err(Error::invalid(
            VENDOR,
            "sip_uri",
            format!("Vobiz origination URIs must start with `sip:` (got {uri:?})"),
        ));
    }
    Ok(())
}

const NO_DETACH: &str = "Vobiz documents no way to clear a trunk's credential, IP ACL or \
                         origination URI; attach a different one instead, or delete the trunk";

impl TrunkProvider for VobizProvider {
    fn vendor(&self) -> Vendor {
        VENDOR
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            vendor: VENDOR,
            unsupported: vec![
                Operation::RenameCredentialList,
                Operation::AddCredential,
                Operation::RemoveCredential,
                Operation::AddIpEntry,
                Operation::RemoveIpEntry,
                Operation::DetachCredentialList,
                Operation::DetachIpAccessList,
                Operation::DetachOriginationUri,
                Operation::ListPhoneNumbers,
            ],
            directions: vec![Direction::Inbound, Direction::Outbound],
            trunk_enabled_switch: true,
            trunk_secure: false,
            trunk_concurrency_limit: true,
            trunk_sip_domain_settable: false,
            max_credential_lists_per_trunk: Some(1),
            max_credentials_per_list: Some(1),
            max_ip_access_lists_per_trunk: Some(1),
            max_ip_entries_per_list: Some(1),
            max_origination_uris_per_trunk: Some(2),
            origination_uri_priority: true,
            origination_uri_weight: false,
            origination_uri_enabled: false,
            origination_uris_belong_to_trunk: false,
            origination_uri_directions: vec![
                Direction::Inbound,
                Direction::Outbound,
                Direction::Both,
            ],
            auth_directions: vec![Direction::Inbound, Direction::Outbound, Direction::Both],
            inbound_requires_origination_uri: false,
            outbound_requires_auth: false,
            server_side_trunk_filters: false,
            named_credential_lists: false,
            trunk_delete_cascades: true,
        }
    }

    fn list_trunks(&self, filter: TrunkFilter) -> BoxStream<'_, Result<Trunk>> {
        let client = &self.client;
        let page = filter
            .page_size
            .map_or(MAX_PAGE, |s| u64::from(s).clamp(1, MAX_PAGE));
        let pages = trunkline_vobiz::paginate(page, move |offset, limit| {
            client
                .list_trunks()
                .offset(offset as i64)
                .limit(limit as i64)
                .send()
        });
        // Vobiz lists take no filters: apply them here.
        let stream = vendor_stream(VENDOR, "list_trunks", pages, trunk).try_filter(move |t| {
            let keep = filter.direction.is_none_or(|d| d == t.direction)
                && filter.enabled.is_none_or(|e| t.enabled == Some(e));
            futures::future::ready(keep)
        });
        Box::pin(stream)
    }

    fn get_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<Trunk>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            trunk(self.fetch_trunk(id).await?)
        })
    }

    fn create_trunk<'a>(&'a self, new: &'a NewTrunk) -> BoxFuture<'a, Result<Trunk>> {
        Box::pin(async move {
            let trunk_type = match new.direction {
                Direction::Inbound => types::TrunkType::Inbound,
                Direction::Outbound => types::TrunkType::Outbound,
                _ => {
                    return Err(Error::not_supported(
                        VENDOR,
                        Operation::CreateTrunk.as_str(),
                        "Vobiz trunks are created INBOUND or OUTBOUND",
                    ));
                }
            };
            let name = new
                .name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .ok_or_else(|| Error::invalid(VENDOR, "name", "a Vobiz trunk needs a name"))?;
            check_max_chars(VENDOR, "name", &name, MAX_NAME)?;
            refuse_if(
                new.sip_domain.is_some(),
                VENDOR,
                Operation::CreateTrunk,
                "Vobiz assigns the trunk domain (<trunk_id>.sip.vobiz.ai)",
            )?;
            refuse_if(
                new.secure == Some(true),
                VENDOR,
                Operation::CreateTrunk,
                "TLS/SRTP (`secure`) cannot be set through Vobiz's trunk API",
            )?;
            if new.credential_lists.len() > 1
                || new.ip_access_lists.len() > 1
                || new.origination_uris.len() > 2
            {
                return Err(Error::not_supported(
                    VENDOR,
                    Operation::CreateTrunk.as_str(),
                    "a Vobiz trunk takes one credential, one IP ACL entry and a primary and fallback URI",
                ));
            }
            let limit = new
                .max_concurrent_calls
                .unwrap_or(DEFAULT_MAX_CONCURRENT_CALLS);
            let body = types::CreateTrunkRequest::builder()
                .name(name.as_str())
                .trunk_type(Some(trunk_type))
                .max_concurrent_calls(Some(i64::from(limit)));
            let created = call(
                VENDOR,
                "create_trunk",
                self.client.create_trunk().body(body).send(),
            )
            .await?;
            let needs_update = !new.credential_lists.is_empty()
                || !new.ip_access_lists.is_empty()
                || !new.origination_uris.is_empty()
                || new.enabled == Some(false);
            if !needs_update {
                return trunk(created);
            }
            let attach = self
                .put_trunk(&created, |body| {
                    body.enabled(new.enabled.unwrap_or(true))
                        .credential_uuid(new.credential_lists.first().map(ToString::to_string))
                        .ipacl_uuid(new.ip_access_lists.first().map(ToString::to_string))
                        .primary_uri_uuid(new.origination_uris.first().map(ToString::to_string))
                        .fallback_uri_uuid(new.origination_uris.get(1).map(ToString::to_string))
                })
                .await;
            let id = TrunkId::new(created.trunk_id.clone());
            if let Err(cause) = attach {
                // Don't leave a half-configured trunk behind: delete it and say so.
                let created = Step {
                    description: format!("create trunk \"{name}\""),
                    created: Some(id.to_string()),
                };
                let failed = format!("attach credentials, IP ACL and URIs to trunk {id}");
                return Err(
                    undo_created(VENDOR, created, failed, cause, self.delete_trunk(&id)).await,
                );
            }
            match self.get_trunk(&id).await {
                Ok(trunk) => Ok(trunk),
                Err(err) => {
                    // The trunk exists with everything attached; only reading it back failed.
                    // Report it created (with what is known) rather than failed, which would
                    // invite a second create.
                    tracing::warn!(trunk = %id, error = %err, "created trunk could not be read back");
                    let mut created = trunk(created)?;
                    created.enabled = Some(new.enabled.unwrap_or(true));
                    let mut attachments = TrunkAttachments::new();
                    attachments.credential_lists = new.credential_lists.clone();
                    attachments.ip_access_lists = new.ip_access_lists.clone();
                    attachments.origination_uris = new.origination_uris.clone();
                    created.attachments = Some(attachments);
                    Ok(created)
                }
            }
        })
    }

    fn update_trunk<'a>(
        &'a self,
        id: &'a TrunkId,
        update: &'a TrunkUpdate,
    ) -> BoxFuture<'a, Result<Trunk>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            refuse_if(
                update.sip_domain.is_some(),
                VENDOR,
                Operation::UpdateTrunk,
                "Vobiz assigns the trunk domain",
            )?;
            refuse_if(
                update.secure.is_some(),
                VENDOR,
                Operation::UpdateTrunk,
                "TLS/SRTP (`secure`) cannot be set through Vobiz's trunk API",
            )?;
            if let Some(name) = &update.name
                && name.trim().is_empty()
            {
                return Err(Error::invalid(VENDOR, "name", "a Vobiz trunk needs a name"));
            }
            if let Some(name) = &update.name {
                check_max_chars(VENDOR, "name", name, MAX_NAME)?;
            }
            if !update.is_empty() {
                let current = self.fetch_trunk(id).await?;
                self.put_trunk(&current, |mut body| {
                    if let Some(name) = &update.name {
                        body = body.name(name.clone());
                    }
                    if let Some(limit) = update.max_concurrent_calls {
                        body = body.max_concurrent_calls(i64::from(limit));
                    }
                    if let Some(enabled) = update.enabled {
                        body = body.enabled(enabled);
                    }
                    body
                })
                .await?;
            }
            self.get_trunk(id).await
        })
    }

    fn delete_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            call(
                VENDOR,
                "delete_trunk",
                self.client.delete_trunk().trunk_id(id.as_str()).send(),
            )
            .await
        })
    }

    fn list_credential_lists(&self) -> BoxStream<'_, Result<CredentialList>> {
        Box::pin(self.credential_pages().map_ok(credential_list))
    }

    fn get_credential_list<'a>(
        &'a self,
        id: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let items = self.credential_pages().map_ok(|c| (c.id.clone(), c));
            let found = self
                .find(items, "credential", id.as_str(), "list_credentials")
                .await?;
            Ok(credential_list(found))
        })
    }

    fn create_credential_list<'a>(
        &'a self,
        list: &'a NewCredentialList,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        Box::pin(async move {
            let credential = single_credential(VENDOR, list)?;
            check_username("credentials[0].username", &credential.username)?;
            check_password("credentials[0].password", &credential.password)?;
            let body = types::CreateCredentialRequest::builder()
                .username(credential.username.clone())
                .password(credential.password.clone());
            let created = call(
                VENDOR,
                "create_credential",
                self.client.create_credential().body(body).send(),
            )
            .await?;
            Ok(credential_list(created))
        })
    }

    fn rename_credential_list<'a>(
        &'a self,
        _id: &'a CredentialListId,
        _name: &'a str,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        Self::unsupported(
            Operation::RenameCredentialList,
            "Vobiz credentials have no name",
        )
    }

    fn delete_credential_list<'a>(&'a self, id: &'a CredentialListId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            call(
                VENDOR,
                "delete_credential",
                self.client
                    .delete_credential()
                    .credential_id(id.as_str())
                    .send(),
            )
            .await
        })
    }

    fn add_credential<'a>(
        &'a self,
        _list: &'a CredentialListId,
        _credential: &'a NewCredential,
    ) -> BoxFuture<'a, Result<Credential>> {
        Self::unsupported(
            Operation::AddCredential,
            "a Vobiz credential holds exactly one username; create another credential list",
        )
    }

    fn remove_credential<'a>(
        &'a self,
        _list: &'a CredentialListId,
        _credential: &'a CredentialId,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(
            Operation::RemoveCredential,
            "a Vobiz credential holds exactly one username; delete the credential list instead",
        )
    }

    fn set_credential_password<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a CredentialId,
        password: &'a SecretString,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(
                VENDOR,
                &[("list", list.as_ref()), ("credential", credential.as_ref())],
            )?;
            if list.as_str() != credential.as_str() {
                return Err(Error::invalid(
                    VENDOR,
                    "credential",
                    "a Vobiz credential list holds only the credential of the same id",
                ));
            }
            if password.is_empty() {
                return Err(Error::invalid(VENDOR, "password", "empty password"));
            }
            check_password("password", password)?;
            let body = types::UpdateCredentialRequest::builder().password(Some(password.clone()));
            call(
                VENDOR,
                "update_credential",
                self.client
                    .update_credential()
                    .credential_id(credential.as_str())
                    .body(body)
                    .send(),
            )
            .await
            .map(|_| ())
        })
    }

    fn list_ip_access_lists(&self) -> BoxStream<'_, Result<IpAccessList>> {
        Box::pin(
            self.acl_pages()
                .and_then(|e| futures::future::ready(ip_access_list(e))),
        )
    }

    fn get_ip_access_list<'a>(
        &'a self,
        id: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            ip_access_list(self.fetch_acl(id.as_str()).await?)
        })
    }

    fn create_ip_access_list<'a>(
        &'a self,
        list: &'a NewIpAccessList,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        Box::pin(async move {
            let [network] = list.networks.as_slice() else {
                return Err(if list.networks.is_empty() {
                    Error::invalid(VENDOR, "networks", "a Vobiz IP ACL entry needs an address")
                } else {
                    Error::not_supported(
                        VENDOR,
                        Operation::CreateIpAccessList.as_str(),
                        "a Vobiz IP ACL entry is one address or CIDR range; create one list per network",
                    )
                });
            };
            if network.addr().is_ipv6() {
                return Err(Error::invalid(
                    VENDOR,
                    "networks[0]",
                    "Vobiz accepts IPv4 only",
                ));
            }
            let body = types::CreateIpAclEntryRequest::builder()
                .name(list.name.clone())
                .ip_address(network_text(network));
            let created = call(
                VENDOR,
                "create_ip_acl_entry",
                self.client.create_ip_acl_entry().body(body).send(),
            )
            .await?;
            let mut result = ip_access_list(created)?;
            // Vobiz returns the label as `description`, sometimes empty.
            result.name.get_or_insert_with(|| list.name.clone());
            Ok(result)
        })
    }

    fn rename_ip_access_list<'a>(
        &'a self,
        id: &'a IpAccessListId,
        name: &'a str,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let current = self.fetch_acl(id.as_str()).await?;
            let body = types::UpdateIpAclEntryRequest::builder()
                .name(name.to_owned())
                .ip_address(current.ip_address.clone().unwrap_or_default());
            let updated = call(
                VENDOR,
                "update_ip_acl_entry",
                self.client
                    .update_ip_acl_entry()
                    .ip_acl_id(id.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            let mut result = ip_access_list(updated)?;
            result.name.get_or_insert_with(|| name.to_owned());
            Ok(result)
        })
    }

    fn delete_ip_access_list<'a>(&'a self, id: &'a IpAccessListId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            call(
                VENDOR,
                "delete_ip_acl_entry",
                self.client
                    .delete_ip_acl_entry()
                    .ip_acl_id(id.as_str())
                    .send(),
            )
            .await
        })
    }

    fn add_ip_entry<'a>(
        &'a self,
        _list: &'a IpAccessListId,
        _network: IpNet,
    ) -> BoxFuture<'a, Result<IpEntry>> {
        Self::unsupported(
            Operation::AddIpEntry,
            "a Vobiz IP ACL entry is one address or CIDR range; create another list",
        )
    }

    fn remove_ip_entry<'a>(
        &'a self,
        _list: &'a IpAccessListId,
        _network: IpNet,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(
            Operation::RemoveIpEntry,
            "a Vobiz IP ACL entry is one address or CIDR range; delete the list instead",
        )
    }

    fn list_origination_uris<'a>(
        &'a self,
        trunk: Option<&'a TrunkId>,
    ) -> BoxStream<'a, Result<OriginationUri>> {
        let Some(trunk) = trunk else {
            return Box::pin(self.uri_pages().map_ok(origination_uri));
        };
        if let Err(err) = check_path_ids(VENDOR, &[("trunk", trunk.as_ref())]) {
            return error_stream(err);
        }
        stream_of(async move {
            let raw = self.fetch_trunk(trunk).await?;
            let mut uris = Vec::new();
            for id in raw
                .primary_uri_uuid
                .into_iter()
                .chain(raw.fallback_uri_uuid)
            {
                let mut uri = origination_uri(self.fetch_uri(&id).await?);
                uri.trunk = Some(trunk.clone());
                uris.push(uri);
            }
            Ok(uris)
        })
    }

    fn get_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            Ok(origination_uri(self.fetch_uri(id.as_str()).await?))
        })
    }

    fn create_origination_uri<'a>(
        &'a self,
        uri: &'a NewOriginationUri,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        Box::pin(async move {
            if let Some(trunk) = &uri.trunk {
                check_path_ids(VENDOR, &[("trunk", trunk.as_ref())])?;
            }
            check_sip_uri(&uri.sip_uri)?;
            refuse_if(
                uri.weight.is_some() || uri.enabled.is_some(),
                VENDOR,
                Operation::CreateOriginationUri,
                "Vobiz fixes an origination URI's weight (10) and does not take `enabled` on create",
            )?;
            let priority = uri.priority.unwrap_or(DEFAULT_PRIORITY);
            let body = types::CreateOriginationUriRequest::builder()
                .name(
                    uri.name
                        .clone()
                        .unwrap_or_else(|| uri.sip_uri.trim().to_owned()),
                )
                .sip_uri(uri.sip_uri.trim().to_owned())
                .priority(i64::from(priority));
            let created = call(
                VENDOR,
                "create_origination_uri",
                self.client.create_origination_uri().body(body).send(),
            )
            .await?;
            let mut result = origination_uri(created);
            if let Some(trunk) = &uri.trunk {
                if let Err(cause) = self.attach_origination_uri(trunk, &result.id).await {
                    // Don't leave the URI behind unattached: delete it again and say so.
                    let created = Step {
                        description: format!("create origination URI {:?}", result.sip_uri),
                        created: Some(result.id.to_string()),
                    };
                    let failed = format!("attach origination URI {} to trunk {trunk}", result.id);
                    let delete = self.delete_origination_uri(&result.id);
                    return Err(undo_created(VENDOR, created, failed, cause, delete).await);
                }
                result.trunk = Some(trunk.clone());
            }
            Ok(result)
        })
    }

    fn update_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
        update: &'a OriginationUriUpdate,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            refuse_if(
                update.sip_uri.is_some(),
                VENDOR,
                Operation::UpdateOriginationUri,
                "a Vobiz origination URI's SIP URI cannot change after creation; create a new one",
            )?;
            refuse_if(
                update.weight.is_some() || update.enabled.is_some(),
                VENDOR,
                Operation::UpdateOriginationUri,
                "only the name and priority of a Vobiz origination URI can change",
            )?;
            let current = self.fetch_uri(id.as_str()).await?;
            let body = types::UpdateOriginationUriRequest::builder()
                .name(
                    update
                        .name
                        .clone()
                        .or(current.description.clone())
                        .unwrap_or_default(),
                )
                .priority(
                    update
                        .priority
                        .map(i64::from)
                        .or(current.priority)
                        .unwrap_or(i64::from(DEFAULT_PRIORITY)),
                );
            let updated = call(
                VENDOR,
                "update_origination_uri",
                self.client
                    .update_origination_uri()
                    .uri_id(id.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            Ok(origination_uri(updated))
        })
    }

    fn delete_origination_uri<'a>(&'a self, id: &'a OriginationUriId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            call(
                VENDOR,
                "delete_origination_uri",
                self.client
                    .delete_origination_uri()
                    .uri_id(id.as_str())
                    .send(),
            )
            .await
        })
    }

    fn attach_credential_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(
                VENDOR,
                &[("trunk", trunk.as_ref()), ("list", list.as_ref())],
            )?;
            let current = self.fetch_trunk(trunk).await?;
            if !fill_single_slot(
                VENDOR,
                Operation::AttachCredentialList,
                "credential",
                trunk,
                current.credential_uuid.as_deref(),
                list.as_str(),
            )? {
                return Ok(());
            }
            self.put_trunk(&current, |b| b.credential_uuid(Some(list.to_string())))
                .await
        })
    }

    fn detach_credential_list<'a>(
        &'a self,
        _trunk: &'a TrunkId,
        _list: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(Operation::DetachCredentialList, NO_DETACH)
    }

    fn attach_ip_access_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(
                VENDOR,
                &[("trunk", trunk.as_ref()), ("list", list.as_ref())],
            )?;
            let current = self.fetch_trunk(trunk).await?;
            if !fill_single_slot(
                VENDOR,
                Operation::AttachIpAccessList,
                "IP ACL entry",
                trunk,
                current.ipacl_uuid.as_deref(),
                list.as_str(),
            )? {
                return Ok(());
            }
            self.put_trunk(&current, |b| b.ipacl_uuid(Some(list.to_string())))
                .await
        })
    }

    fn detach_ip_access_list<'a>(
        &'a self,
        _trunk: &'a TrunkId,
        _list: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(Operation::DetachIpAccessList, NO_DETACH)
    }

    fn attach_origination_uri<'a>(
        &'a self,
        trunk: &'a TrunkId,
        uri: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("trunk", trunk.as_ref()), ("uri", uri.as_ref())])?;
            let current = self.fetch_trunk(trunk).await?;
            let primary = current.primary_uri_uuid.as_deref();
            let fallback = current.fallback_uri_uuid.as_deref();
            if primary == Some(uri.as_str()) || fallback == Some(uri.as_str()) {
                return Ok(());
            }
            match (primary, fallback) {
                (None, _) => {
                    self.put_trunk(&current, |b| b.primary_uri_uuid(Some(uri.to_string())))
                        .await
                }
                (Some(_), None) => {
                    self.put_trunk(&current, |b| b.fallback_uri_uuid(Some(uri.to_string())))
                        .await
                }
                (Some(_), Some(_)) => Err(Error::not_supported(
                    VENDOR,
                    Operation::AttachOriginationUri.as_str(),
                    format!("trunk {trunk} already routes to a primary and a fallback URI"),
                )),
            }
        })
    }

    fn detach_origination_uri<'a>(
        &'a self,
        _trunk: &'a TrunkId,
        _uri: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(Operation::DetachOriginationUri, NO_DETACH)
    }

    fn list_phone_numbers<'a>(&'a self, _trunk: &'a TrunkId) -> BoxStream<'a, Result<PhoneNumber>> {
        error_stream(Error::not_supported(
            VENDOR,
            Operation::ListPhoneNumbers.as_str(),
            "Vobiz's trunk API cannot list the numbers assigned to a trunk",
        ))
    }

    fn attach_phone_number<'a>(
        &'a self,
        trunk: &'a TrunkId,
        number: &'a str,
    ) -> BoxFuture<'a, Result<PhoneNumber>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("trunk", trunk.as_ref()), ("number", number)])?;
            let e164 = e164(number)?;
            let body = types::AssignNumberRequest::builder().trunk_group_id(trunk.to_string());
            call(
                VENDOR,
                "assign_number_to_trunk",
                self.client
                    .assign_number_to_trunk()
                    .phone_number(e164.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            let mut attached = PhoneNumber::new(e164.clone());
            attached.e164 = Some(e164);
            attached.trunk = Some(trunk.clone());
            Ok(attached)
        })
    }

    fn detach_phone_number<'a>(
        &'a self,
        _trunk: &'a TrunkId,
        number: &'a str,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            let e164 = e164(number)?;
            call(
                VENDOR,
                "unassign_number_from_trunk",
                self.client
                    .unassign_number_from_trunk()
                    .phone_number(e164.as_str())
                    .send(),
            )
            .await
        })
    }

    fn list_calls(&self, filter: CallFilter) -> BoxStream<'_, Result<CallRecord>> {
        if filter.ended_after.is_some() != filter.ended_before.is_some() {
            return error_stream(Error::invalid(
                VENDOR,
                "ended_after",
                "Vobiz filters calls by a date range: give both ended_after and ended_before",
            ));
        }
        let client = &self.client;
        let page = filter
            .page_size
            .map_or(MAX_PAGE, |s| u64::from(s).clamp(1, MAX_PAGE));
        let server_filter = filter.clone();
        let pages = trunkline_vobiz::paginate_cdrs(page, move |page, per_page| {
            let mut request = client
                .list_cdrs()
                .page(page as i64)
                .per_page(per_page as i64);
            if let Some(from) = &server_filter.from_number {
                request = request.from_number(from.clone());
            }
            if let Some(to) = &server_filter.to_number {
                request = request.to_number(to.clone());
            }
            if let Some(direction) = server_filter.direction {
                request = request.call_direction(match direction {
                    CallDirection::Inbound => types::CallDirection::Inbound,
                    CallDirection::Outbound => types::CallDirection::Outbound,
                });
            }
            if let (Some(after), Some(before)) =
                (server_filter.ended_after, server_filter.ended_before)
            {
                // Vobiz filters by whole days: fetch the covering days, trim below.
                request = request
                    .start_date(after.date_naive())
                    .end_date(before.date_naive());
            }
            request.send()
        });
        let stream =
            vendor_stream(VENDOR, "list_cdrs", pages, call_record).try_filter(move |call| {
                let ended = call.end.or(call.start);
                let keep = filter
                    .ended_after
                    .is_none_or(|after| ended.is_some_and(|e| e >= after))
                    && filter
                        .ended_before
                        .is_none_or(|before| ended.is_some_and(|e| e < before));
                futures::future::ready(keep)
            });
        Box::pin(stream)
    }

    fn get_call<'a>(&'a self, id: &'a CallId) -> BoxFuture<'a, Result<CallRecord>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let response = call(
                VENDOR,
                "get_cdr",
                self.client.get_cdr().call_id(id.as_str()).send(),
            )
            .await?;
            let raw = response.data.ok_or_else(|| {
                Error::NotFound(VendorError::new(
                    VENDOR,
                    "get_cdr",
                    format!("no call record {id}"),
                ))
            })?;
            call_record(raw)
        })
    }
}

/// Checks an E.164 number (`+` and 8–15 digits) before it goes into a path.
fn e164(number: &str) -> Result<String> {
    let number = number.trim();
    let digits = number.strip_prefix('+').unwrap_or("");
    if !(8..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid(
            VENDOR,
            "number",
            format!("Vobiz assigns numbers by E.164 (`+` and 8–15 digits), got {number:?}"),
        ));
    }
    Ok(number.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_must_be_e164() {
        assert_eq!(e164(" +918012340100 ").unwrap(), "+918012340100");
        for bad in [
            "918012340100",
            "+91-80123",
            "+1",
            "",
            "+12345678901234567",
            "+91801234010x",
        ] {
            assert!(e164(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn cdr_times_are_rfc3339() {
        let t = vobiz_time("start_time", Some("2026-03-25T10:00:01Z"))
            .unwrap()
            .unwrap();
        assert_eq!(t.to_rfc3339(), "2026-03-25T10:00:01+00:00");
        assert!(vobiz_time("start_time", Some("25/03/2026")).is_err());
    }
}
