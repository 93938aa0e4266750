//! [`PlivoProvider`]: Plivo Zentrunk behind [`TrunkProvider`].
//!
//! How Zentrunk maps (see also the crate docs' tables):
//!
//! - A trunk has one direction (inbound or outbound). Outbound trunks authenticate with at most
//!   one credential (`credential_uuid`) and one IP ACL (`ipacl_uuid`); inbound trunks route to a
//!   primary and an optional fallback origination URI, and Plivo requires the primary.
//! - A Plivo credential is one username/password: a [`CredentialList`] of exactly one
//!   credential whose id is the credential's `credential_uuid` (list id = credential id).
//! - An IP ACL is a name and an array of addresses; entries have no ids, and adding or removing
//!   one rewrites the array (read, change, write).
//! - Origination URIs have no priority or weight: the order is primary, then fallback.
//! - Zentrunk's API cannot clear a trunk's credential, IP ACL or fallback field, so the
//!   `detach_*` operations are not supported, nor are phone numbers (attached through Plivo's
//!   Number API, outside Zentrunk).

use chrono::{DateTime, NaiveDateTime, Utc};
use trunkline_core::OpenEnum;
use trunkline_plivo::types;

use crate::model::*;
use crate::provider::{BoxFuture, BoxStream, Capabilities, Operation, TrunkProvider, error_stream};
use crate::support::{
    ErrorBody, call, check_max_chars, check_path_ids, fill_single_slot, refuse_if,
    single_credential, stream_of, undo_created, vendor_stream,
};
use crate::{Error, Result, SecretString, Step, VendorError};

const VENDOR: Vendor = Vendor::Plivo;

impl ErrorBody for types::ErrorBody {
    fn message(&self) -> Option<String> {
        match &self.error {
            Some(serde_json::Value::String(text)) => Some(text.clone()),
            Some(other) => Some(other.to_string()),
            None => None,
        }
    }
}

crate::support::provider!(
    /// Plivo Zentrunk as a [`TrunkProvider`].
    PlivoProvider, trunkline_plivo, "Plivo", "https://api.plivo.com", "`PLIVO_AUTH_ID`, `PLIVO_AUTH_TOKEN` and optionally `PLIVO_BASE_URL`"
);

impl PlivoProvider {
    async fn fetch_trunk(&self, id: &TrunkId) -> Result<types::Trunk> {
        call(
            VENDOR,
            "get_trunk",
            self.client.get_trunk().trunk_id(id.as_str()).send(),
        )
        .await
    }

    async fn update_raw(
        &self,
        id: &TrunkId,
        body: types::builder::UpdateTrunkRequest,
    ) -> Result<()> {
        call(
            VENDOR,
            "update_trunk",
            self.client
                .update_trunk()
                .trunk_id(id.as_str())
                .body(body)
                .send(),
        )
        .await
        .map(|_| ())
    }

    async fn fetch_uri(&self, id: &str) -> Result<OriginationUri> {
        let uri = call(
            VENDOR,
            "get_origination_uri",
            self.client.get_origination_uri().uri_uuid(id).send(),
        )
        .await?;
        Ok(origination_uri(uri, id))
    }
}

const MAX_PAGE: u64 = trunkline_plivo::MAX_PAGE_SIZE;

fn page_size(requested: Option<u32>) -> u64 {
    requested.map_or(MAX_PAGE, |size| u64::from(size).clamp(1, MAX_PAGE))
}

fn direction_of(raw: &Option<OpenEnum<types::TrunkDirection>>) -> (Direction, Option<String>) {
    match raw {
        Some(OpenEnum::Known(types::TrunkDirection::Inbound)) => (Direction::Inbound, None),
        Some(OpenEnum::Known(types::TrunkDirection::Outbound)) => (Direction::Outbound, None),
        Some(OpenEnum::Unknown(other)) if other.eq_ignore_ascii_case("both") => {
            (Direction::Both, Some(other.clone()))
        }
        Some(OpenEnum::Unknown(other)) => (Direction::Both, Some(other.clone())),
        None => (Direction::Both, Some(String::new())),
    }
}

fn trunk(raw: types::Trunk) -> Result<Trunk> {
    let id = raw
        .trunk_id
        .clone()
        .ok_or_else(|| missing("get_trunk", "trunk_id"))?;
    let (direction, direction_raw) = direction_of(&raw.trunk_direction);
    let mut trunk = Trunk::new(id, direction);
    trunk.direction_raw = direction_raw;
    trunk.name = raw.name;
    trunk.sip_domain = raw.trunk_domain;
    trunk.enabled = match raw.trunk_status {
        Some(OpenEnum::Known(types::TrunkStatus::Enabled)) => Some(true),
        Some(OpenEnum::Known(types::TrunkStatus::Disabled)) => Some(false),
        _ => None,
    };
    trunk.secure = raw.secure;
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
    Ok(trunk)
}

fn missing(operation: &'static str, field: &str) -> Error {
    Error::Decode {
        excerpt: String::new(),
        source: VendorError::new(VENDOR, operation, format!("the response has no `{field}`")),
    }
}

fn credential_list(raw: types::Credential, fallback_id: Option<&str>) -> Result<CredentialList> {
    let id = raw
        .credential_uuid
        .or_else(|| fallback_id.map(str::to_owned))
        .ok_or_else(|| missing("get_credential", "credential_uuid"))?;
    let credentials = vec![Credential::new(
        id.clone(),
        raw.username.unwrap_or_default(),
    )];
    let mut list = CredentialList::new(id, credentials);
    list.name = raw.name;
    Ok(list)
}

fn ip_access_list(
    raw: types::IpAccessControlList,
    fallback_id: Option<&str>,
) -> Result<IpAccessList> {
    let id = raw
        .ipacl_uuid
        .or_else(|| fallback_id.map(str::to_owned))
        .ok_or_else(|| missing("get_ip_access_control_list", "ipacl_uuid"))?;
    let entries = raw
        .ip_addresses
        .iter()
        .map(|address| {
            parse_network(address)
                .map(|network| IpEntry::new(None, network))
                .map_err(|reason| Error::Decode {
                    excerpt: address.clone(),
                    source: VendorError::new(
                        VENDOR,
                        "get_ip_access_control_list",
                        format!("ip_addresses of {id}: {reason}"),
                    ),
                })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut list = IpAccessList::new(id, entries);
    list.name = raw.name;
    Ok(list)
}

/// Plivo accepts plain addresses and CIDR ranges; send hosts as plain addresses.
fn network_text(network: &IpNet) -> String {
    if network.prefix_len() == network.max_prefix_len() {
        network.addr().to_string()
    } else {
        network.to_string()
    }
}

fn origination_uri(raw: types::OriginationUri, fallback_id: &str) -> OriginationUri {
    let id = raw.uri_uuid.unwrap_or_else(|| fallback_id.to_owned());
    let mut uri = OriginationUri::new(id, raw.uri.unwrap_or_default());
    uri.name = raw.name;
    uri
}

/// Plivo's documented rule for an origination URI: at most 255 characters, no whitespace.
fn check_uri(uri: &str) -> Result<()> {
    check_max_chars(VENDOR, "sip_uri", uri, 255)?;
    if uri.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid(
            VENDOR,
            "sip_uri",
            "a Plivo origination URI has no whitespace or control characters",
        ));
    }
    Ok(())
}

const PLIVO_TIME: &str = "%Y-%m-%d %H:%M:%S";

fn plivo_time(field: &str, value: Option<&str>) -> Result<Option<DateTime<Utc>>> {
    let Some(text) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    NaiveDateTime::parse_from_str(text.trim(), PLIVO_TIME)
        .map(|naive| Some(naive.and_utc()))
        .map_err(|err| Error::Decode {
            excerpt: text.to_owned(),
            source: VendorError::new(
                VENDOR,
                "list_calls",
                format!("`{field}` is not YYYY-MM-DD HH:MM:SS: {err}"),
            ),
        })
}

fn seconds(value: Option<i64>) -> Option<std::time::Duration> {
    value
        .and_then(|v| u64::try_from(v).ok())
        .map(std::time::Duration::from_secs)
}

fn call_record(raw: types::Call) -> Result<CallRecord> {
    let id = raw
        .call_uuid
        .clone()
        .ok_or_else(|| missing("get_call", "call_uuid"))?;
    let mut record = CallRecord::new(id);
    record.from = raw.from_number;
    record.to = raw.to_number;
    record.direction = match raw.call_direction {
        Some(OpenEnum::Known(types::CallDirection::Inbound)) => Some(CallDirection::Inbound),
        Some(OpenEnum::Known(types::CallDirection::Outbound)) => Some(CallDirection::Outbound),
        _ => None,
    };
    record.start = plivo_time("initiation_time", raw.initiation_time.as_deref())?;
    record.answered = plivo_time("answer_time", raw.answer_time.as_deref())?;
    record.end = plivo_time("end_time", raw.end_time.as_deref())?;
    record.duration = seconds(raw.call_duration);
    record.billed_duration = seconds(raw.billed_duration.or(raw.bill_duration));
    record.hangup_cause = raw.hangup_cause_name;
    record.cost = raw.total_amount.map(|amount| Money::new(amount, "USD"));
    record.trunk = raw.trunk_domain;
    Ok(record)
}

impl PlivoProvider {
    fn check_new_trunk(trunk: &NewTrunk) -> Result<()> {
        match trunk.direction {
            Direction::Inbound | Direction::Outbound => {}
            _ => {
                return Err(Error::not_supported(
                    VENDOR,
                    Operation::CreateTrunk.as_str(),
                    "a Plivo trunk is either inbound or outbound; create one of each",
                ));
            }
        }
        refuse_if(
            trunk.sip_domain.is_some(),
            VENDOR,
            Operation::CreateTrunk,
            "Plivo assigns the trunk domain (<trunk_id>.zt.plivo.com); leave sip_domain unset",
        )?;
        refuse_if(
            trunk.max_concurrent_calls.is_some(),
            VENDOR,
            Operation::CreateTrunk,
            "Zentrunk trunks have no concurrent-call limit",
        )?;
        refuse_if(
            trunk.credential_lists.len() > 1 || trunk.ip_access_lists.len() > 1,
            VENDOR,
            Operation::CreateTrunk,
            "a Plivo trunk takes at most one credential and one IP access list",
        )?;
        refuse_if(
            trunk.origination_uris.len() > 2,
            VENDOR,
            Operation::CreateTrunk,
            "a Plivo trunk routes to a primary and a fallback URI, no more",
        )?;
        let has_auth = !trunk.credential_lists.is_empty() || !trunk.ip_access_lists.is_empty();
        if trunk.direction == Direction::Inbound {
            if trunk.origination_uris.is_empty() {
                return Err(Error::invalid(
                    VENDOR,
                    "origination_uris",
                    "a Plivo inbound trunk needs a primary origination URI",
                ));
            }
            if has_auth {
                return Err(Error::invalid(
                    VENDOR,
                    "credential_lists",
                    "Plivo inbound trunks do not authenticate by credentials or IP",
                ));
            }
        } else {
            if !has_auth {
                return Err(Error::invalid(
                    VENDOR,
                    "credential_lists",
                    "a Plivo outbound trunk needs a credential or an IP access list",
                ));
            }
            if !trunk.origination_uris.is_empty() {
                return Err(Error::invalid(
                    VENDOR,
                    "origination_uris",
                    "Plivo outbound trunks do not route to origination URIs",
                ));
            }
        }
        Ok(())
    }
}

const NO_DETACH: &str = "Zentrunk's API documents no way to clear a trunk's credential, IP ACL or \
                         fallback URI; attach a different one instead, or delete the trunk";
const NO_NUMBERS: &str = "phone numbers are pointed at inbound trunks through Plivo's Number API, \
                          not the Zentrunk API";

impl TrunkProvider for PlivoProvider {
    fn vendor(&self) -> Vendor {
        VENDOR
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            vendor: VENDOR,
            unsupported: vec![
                Operation::AddCredential,
                Operation::RemoveCredential,
                Operation::DetachCredentialList,
                Operation::DetachIpAccessList,
                Operation::DetachOriginationUri,
                Operation::ListPhoneNumbers,
                Operation::AttachPhoneNumber,
                Operation::DetachPhoneNumber,
            ],
            directions: vec![Direction::Inbound, Direction::Outbound],
            trunk_enabled_switch: true,
            trunk_secure: true,
            trunk_concurrency_limit: false,
            trunk_sip_domain_settable: false,
            max_credential_lists_per_trunk: Some(1),
            max_credentials_per_list: Some(1),
            max_ip_access_lists_per_trunk: Some(1),
            max_ip_entries_per_list: None,
            max_origination_uris_per_trunk: Some(2),
            origination_uri_priority: false,
            origination_uri_weight: false,
            origination_uri_enabled: false,
            origination_uris_belong_to_trunk: false,
            origination_uri_directions: vec![Direction::Inbound],
            auth_directions: vec![Direction::Outbound],
            inbound_requires_origination_uri: true,
            outbound_requires_auth: true,
            server_side_trunk_filters: true,
            named_credential_lists: true,
            trunk_delete_cascades: false,
        }
    }

    fn list_trunks(&self, filter: TrunkFilter) -> BoxStream<'_, Result<Trunk>> {
        let direction = match filter.direction {
            None => None,
            Some(Direction::Inbound) => Some(types::TrunkDirection::Inbound),
            Some(Direction::Outbound) => Some(types::TrunkDirection::Outbound),
            // No Plivo trunk carries both directions.
            Some(_) => return Box::pin(futures::stream::empty()),
        };
        let status = filter.enabled.map(|enabled| {
            if enabled {
                types::TrunkStatus::Enabled
            } else {
                types::TrunkStatus::Disabled
            }
        });
        let client = &self.client;
        let pages = trunkline_plivo::paginate(page_size(filter.page_size), move |offset, limit| {
            let mut request = client.list_trunks().offset(offset).limit(limit);
            if let Some(direction) = direction {
                request = request.trunk_direction(direction);
            }
            if let Some(status) = status {
                request = request.trunk_status(status);
            }
            request.send()
        });
        vendor_stream(VENDOR, "list_trunks", pages, trunk)
    }

    fn get_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<Trunk>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            trunk(self.fetch_trunk(id).await?)
        })
    }

    fn create_trunk<'a>(&'a self, new: &'a NewTrunk) -> BoxFuture<'a, Result<Trunk>> {
        Box::pin(async move {
            Self::check_new_trunk(new)?;
            let mut body = types::CreateTrunkRequest::builder().trunk_direction(
                if new.direction == Direction::Inbound {
                    types::TrunkDirection::Inbound
                } else {
                    types::TrunkDirection::Outbound
                },
            );
            body = body
                .name(new.name.clone())
                .secure(new.secure)
                .trunk_status(new.enabled.map(|e| {
                    if e {
                        types::TrunkStatus::Enabled
                    } else {
                        types::TrunkStatus::Disabled
                    }
                }))
                .credential_uuid(new.credential_lists.first().map(|id| id.to_string()))
                .ipacl_uuid(new.ip_access_lists.first().map(|id| id.to_string()))
                .primary_uri_uuid(new.origination_uris.first().map(|id| id.to_string()))
                .fallback_uri_uuid(new.origination_uris.get(1).map(|id| id.to_string()));
            let created = call(
                VENDOR,
                "create_trunk",
                self.client.create_trunk().body(body).send(),
            )
            .await?;
            let id: TrunkId = created
                .trunk_id
                .ok_or_else(|| missing("create_trunk", "trunk_id"))?
                .into();
            // The create answer is only an envelope: read the trunk back. If that read fails,
            // the trunk still exists; say so rather than report the create as failed.
            match self.fetch_trunk(&id).await {
                Ok(raw) => trunk(raw),
                Err(err) => {
                    tracing::warn!(trunk = %id, error = %err, "created trunk could not be read back");
                    let mut created = Trunk::new(id, new.direction);
                    created.name = new.name.clone();
                    created.secure = new.secure;
                    created.enabled = new.enabled;
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
                update.max_concurrent_calls.is_some(),
                VENDOR,
                Operation::UpdateTrunk,
                "Zentrunk trunks have no concurrent-call limit",
            )?;
            refuse_if(
                update.sip_domain.is_some(),
                VENDOR,
                Operation::UpdateTrunk,
                "Plivo assigns the trunk domain",
            )?;
            if !update.is_empty() {
                let body = types::UpdateTrunkRequest::builder()
                    .name(update.name.clone())
                    .secure(update.secure)
                    .trunk_status(update.enabled.map(|e| {
                        if e {
                            types::TrunkStatus::Enabled
                        } else {
                            types::TrunkStatus::Disabled
                        }
                    }));
                self.update_raw(id, body).await?;
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
        let client = &self.client;
        let pages = trunkline_plivo::paginate(MAX_PAGE, move |offset, limit| {
            client.list_credentials().offset(offset).limit(limit).send()
        });
        vendor_stream(VENDOR, "list_credentials", pages, |c| {
            credential_list(c, None)
        })
    }

    fn get_credential_list<'a>(
        &'a self,
        id: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let raw = call(
                VENDOR,
                "get_credential",
                self.client
                    .get_credential()
                    .credential_uuid(id.as_str())
                    .send(),
            )
            .await?;
            credential_list(raw, Some(id.as_str()))
        })
    }

    fn create_credential_list<'a>(
        &'a self,
        list: &'a NewCredentialList,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        Box::pin(async move {
            let credential = single_credential(VENDOR, list)?;
            let body = types::CreateCredentialRequest::builder()
                .name(Some(list.name.clone()))
                .username(credential.username.clone())
                .password(credential.password.clone());
            let created = call(
                VENDOR,
                "create_credential",
                self.client.create_credential().body(body).send(),
            )
            .await?;
            let id = created
                .credential_uuid
                .ok_or_else(|| missing("create_credential", "credential_uuid"))?;
            let mut result = CredentialList::new(
                id.clone(),
                vec![Credential::new(id, credential.username.clone())],
            );
            result.name = Some(list.name.clone());
            Ok(result)
        })
    }

    fn rename_credential_list<'a>(
        &'a self,
        id: &'a CredentialListId,
        name: &'a str,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let body = types::UpdateCredentialRequest::builder().name(Some(name.to_owned()));
            call(
                VENDOR,
                "update_credential",
                self.client
                    .update_credential()
                    .credential_uuid(id.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            self.get_credential_list(id).await
        })
    }

    fn delete_credential_list<'a>(&'a self, id: &'a CredentialListId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            call(
                VENDOR,
                "delete_credential",
                self.client
                    .delete_credential()
                    .credential_uuid(id.as_str())
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
            "a Plivo credential holds exactly one username; create another credential list",
        )
    }

    fn remove_credential<'a>(
        &'a self,
        _list: &'a CredentialListId,
        _credential: &'a CredentialId,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(
            Operation::RemoveCredential,
            "a Plivo credential holds exactly one username; delete the credential list instead",
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
                    "a Plivo credential list holds only the credential of the same id",
                ));
            }
            if password.is_empty() {
                return Err(Error::invalid(VENDOR, "password", "empty password"));
            }
            let body = types::UpdateCredentialRequest::builder().password(Some(password.clone()));
            call(
                VENDOR,
                "update_credential",
                self.client
                    .update_credential()
                    .credential_uuid(credential.as_str())
                    .body(body)
                    .send(),
            )
            .await
            .map(|_| ())
        })
    }

    fn list_ip_access_lists(&self) -> BoxStream<'_, Result<IpAccessList>> {
        let client = &self.client;
        let pages = trunkline_plivo::paginate(MAX_PAGE, move |offset, limit| {
            client
                .list_ip_access_control_lists()
                .offset(offset)
                .limit(limit)
                .send()
        });
        vendor_stream(VENDOR, "list_ip_access_control_lists", pages, |l| {
            ip_access_list(l, None)
        })
    }

    fn get_ip_access_list<'a>(
        &'a self,
        id: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let raw = call(
                VENDOR,
                "get_ip_access_control_list",
                self.client
                    .get_ip_access_control_list()
                    .ipacl_uuid(id.as_str())
                    .send(),
            )
            .await?;
            ip_access_list(raw, Some(id.as_str()))
        })
    }

    fn create_ip_access_list<'a>(
        &'a self,
        list: &'a NewIpAccessList,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        Box::pin(async move {
            if list.networks.is_empty() {
                return Err(Error::invalid(
                    VENDOR,
                    "networks",
                    "a Plivo IP access list needs at least one address",
                ));
            }
            let body = types::CreateIpAccessControlListRequest::builder()
                .name(Some(list.name.clone()))
                .ip_addresses(list.networks.iter().map(network_text).collect::<Vec<_>>());
            let created = call(
                VENDOR,
                "create_ip_access_control_list",
                self.client
                    .create_ip_access_control_list()
                    .body(body)
                    .send(),
            )
            .await?;
            let id = created
                .ipacl_uuid
                .ok_or_else(|| missing("create_ip_access_control_list", "ipacl_uuid"))?;
            let mut result = IpAccessList::new(
                id,
                list.networks
                    .iter()
                    .map(|n| IpEntry::new(None, *n))
                    .collect(),
            );
            result.name = Some(list.name.clone());
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
            let body =
                types::UpdateIpAccessControlListRequest::builder().name(Some(name.to_owned()));
            call(
                VENDOR,
                "update_ip_access_control_list",
                self.client
                    .update_ip_access_control_list()
                    .ipacl_uuid(id.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            self.get_ip_access_list(id).await
        })
    }

    fn delete_ip_access_list<'a>(&'a self, id: &'a IpAccessListId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            call(
                VENDOR,
                "delete_ip_access_control_list",
                self.client
                    .delete_ip_access_control_list()
                    .ipacl_uuid(id.as_str())
                    .send(),
            )
            .await
        })
    }

    fn add_ip_entry<'a>(
        &'a self,
        list: &'a IpAccessListId,
        network: IpNet,
    ) -> BoxFuture<'a, Result<IpEntry>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("list", list.as_ref())])?;
            let current = self.get_ip_access_list(list).await?;
            if current.entries.iter().any(|e| e.network == network) {
                return Ok(IpEntry::new(None, network));
            }
            let mut addresses: Vec<String> = current
                .entries
                .iter()
                .map(|e| network_text(&e.network))
                .collect();
            addresses.push(network_text(&network));
            let body = types::UpdateIpAccessControlListRequest::builder().ip_addresses(addresses);
            call(
                VENDOR,
                "update_ip_access_control_list",
                self.client
                    .update_ip_access_control_list()
                    .ipacl_uuid(list.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            Ok(IpEntry::new(None, network))
        })
    }

    fn remove_ip_entry<'a>(
        &'a self,
        list: &'a IpAccessListId,
        network: IpNet,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("list", list.as_ref())])?;
            let current = self.get_ip_access_list(list).await?;
            let remaining: Vec<String> = current
                .entries
                .iter()
                .filter(|e| e.network != network)
                .map(|e| network_text(&e.network))
                .collect();
            if remaining.len() == current.entries.len() {
                return Err(Error::NotFound(VendorError::new(
                    VENDOR,
                    "update_ip_access_control_list",
                    format!("{network} is not in IP access list {list}"),
                )));
            }
            if remaining.is_empty() {
                return Err(Error::invalid(
                    VENDOR,
                    "network",
                    "a Plivo IP access list needs at least one address; delete the list instead",
                ));
            }
            let body = types::UpdateIpAccessControlListRequest::builder().ip_addresses(remaining);
            call(
                VENDOR,
                "update_ip_access_control_list",
                self.client
                    .update_ip_access_control_list()
                    .ipacl_uuid(list.as_str())
                    .body(body)
                    .send(),
            )
            .await
            .map(|_| ())
        })
    }

    fn list_origination_uris<'a>(
        &'a self,
        trunk: Option<&'a TrunkId>,
    ) -> BoxStream<'a, Result<OriginationUri>> {
        if let Some(trunk) = trunk {
            if let Err(err) = check_path_ids(VENDOR, &[("trunk", trunk.as_ref())]) {
                return error_stream(err);
            }
            // The trunk names its primary and fallback; fetch those, in that order.
            return stream_of(async move {
                let raw = self.fetch_trunk(trunk).await?;
                let mut uris = Vec::new();
                for id in raw
                    .primary_uri_uuid
                    .into_iter()
                    .chain(raw.fallback_uri_uuid)
                {
                    let mut uri = self.fetch_uri(&id).await?;
                    uri.trunk = Some(trunk.clone());
                    uris.push(uri);
                }
                Ok(uris)
            });
        }
        let client = &self.client;
        let pages = trunkline_plivo::paginate(MAX_PAGE, move |offset, limit| {
            client
                .list_origination_uris()
                .offset(offset)
                .limit(limit)
                .send()
        });
        vendor_stream(VENDOR, "list_origination_uris", pages, |u| {
            Ok(origination_uri(u, ""))
        })
    }

    fn get_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            self.fetch_uri(id.as_str()).await
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
            if uri.sip_uri.trim().is_empty() {
                return Err(Error::invalid(VENDOR, "sip_uri", "empty SIP URI"));
            }
            check_uri(uri.sip_uri.trim())?;
            for (set, what) in [
                (
                    uri.priority.is_some(),
                    "a priority (the trunk's primary/fallback order is the order)",
                ),
                (uri.weight.is_some(), "a weight"),
                (uri.enabled.is_some(), "an enabled switch"),
            ] {
                if set {
                    return Err(Error::not_supported(
                        VENDOR,
                        Operation::CreateOriginationUri.as_str(),
                        format!("Plivo origination URIs have no {what}"),
                    ));
                }
            }
            let body = types::CreateOriginationUriRequest::builder()
                .name(uri.name.clone())
                .uri(uri.sip_uri.trim().to_owned());
            let created = call(
                VENDOR,
                "create_origination_uri",
                self.client.create_origination_uri().body(body).send(),
            )
            .await?;
            let id = created
                .uri_uuid
                .ok_or_else(|| missing("create_origination_uri", "uri_uuid"))?;
            let mut result = OriginationUri::new(id, uri.sip_uri.trim());
            result.name = uri.name.clone();
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
                update.priority.is_some() || update.weight.is_some() || update.enabled.is_some(),
                VENDOR,
                Operation::UpdateOriginationUri,
                "Plivo origination URIs have no priority, weight or enabled switch",
            )?;
            if update
                .sip_uri
                .as_deref()
                .is_some_and(|u| u.trim().is_empty())
            {
                return Err(Error::invalid(VENDOR, "sip_uri", "empty SIP URI"));
            }
            if let Some(uri) = &update.sip_uri {
                check_uri(uri.trim())?;
            }
            let body = types::UpdateOriginationUriRequest::builder()
                .name(update.name.clone())
                .uri(update.sip_uri.as_deref().map(|u| u.trim().to_owned()));
            call(
                VENDOR,
                "update_origination_uri",
                self.client
                    .update_origination_uri()
                    .uri_uuid(id.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            self.fetch_uri(id.as_str()).await
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
                    .uri_uuid(id.as_str())
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
            self.update_raw(
                trunk,
                types::UpdateTrunkRequest::builder().credential_uuid(Some(list.to_string())),
            )
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
                "IP access list",
                trunk,
                current.ipacl_uuid.as_deref(),
                list.as_str(),
            )? {
                return Ok(());
            }
            self.update_raw(
                trunk,
                types::UpdateTrunkRequest::builder().ipacl_uuid(Some(list.to_string())),
            )
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
            let body = match (primary, fallback) {
                (None, _) => {
                    types::UpdateTrunkRequest::builder().primary_uri_uuid(Some(uri.to_string()))
                }
                (Some(_), None) => {
                    types::UpdateTrunkRequest::builder().fallback_uri_uuid(Some(uri.to_string()))
                }
                (Some(_), Some(_)) => {
                    return Err(Error::not_supported(
                        VENDOR,
                        Operation::AttachOriginationUri.as_str(),
                        format!(
                            "trunk {trunk} already routes to a primary and a fallback URI, Plivo's maximum"
                        ),
                    ));
                }
            };
            self.update_raw(trunk, body).await
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
            NO_NUMBERS,
        ))
    }

    fn attach_phone_number<'a>(
        &'a self,
        _trunk: &'a TrunkId,
        _number: &'a str,
    ) -> BoxFuture<'a, Result<PhoneNumber>> {
        Self::unsupported(Operation::AttachPhoneNumber, NO_NUMBERS)
    }

    fn detach_phone_number<'a>(
        &'a self,
        _trunk: &'a TrunkId,
        _number: &'a str,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(Operation::DetachPhoneNumber, NO_NUMBERS)
    }

    fn list_calls(&self, filter: CallFilter) -> BoxStream<'_, Result<CallRecord>> {
        let client = &self.client;
        let page = page_size(filter.page_size);
        let pages = trunkline_plivo::paginate(page, move |offset, limit| {
            let mut request = client.list_calls().offset(offset).limit(limit);
            if let Some(from) = &filter.from_number {
                request = request.from_number(from.clone());
            }
            if let Some(to) = &filter.to_number {
                request = request.to_number(to.clone());
            }
            if let Some(direction) = filter.direction {
                request = request.call_direction(match direction {
                    CallDirection::Inbound => types::CallDirection::Inbound,
                    CallDirection::Outbound => types::CallDirection::Outbound,
                });
            }
            if let Some(after) = filter.ended_after {
                request = request.end_time_gte(after.format(PLIVO_TIME).to_string());
            }
            if let Some(before) = filter.ended_before {
                request = request.end_time_lt(before.format(PLIVO_TIME).to_string());
            }
            request.send()
        });
        vendor_stream(VENDOR, "list_calls", pages, call_record)
    }

    fn get_call<'a>(&'a self, id: &'a CallId) -> BoxFuture<'a, Result<CallRecord>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let raw = call(
                VENDOR,
                "get_call",
                self.client.get_call().call_uuid(id.as_str()).send(),
            )
            .await?;
            call_record(raw)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_sent_as_plain_addresses() {
        assert_eq!(network_text(&"10.0.0.1/32".parse().unwrap()), "10.0.0.1");
        assert_eq!(network_text(&"10.0.0.0/24".parse().unwrap()), "10.0.0.0/24");
        assert_eq!(
            network_text(&"2001:db8::1/128".parse().unwrap()),
            "2001:db8::1"
        );
    }

    #[test]
    fn plivo_times_parse_as_utc_and_bad_ones_are_named() {
        let t = plivo_time("end_time", Some("2024-01-15 14:32:00"))
            .unwrap()
            .unwrap();
        assert_eq!(t.to_rfc3339(), "2024-01-15T14:32:00+00:00");
        assert_eq!(plivo_time("end_time", None).unwrap(), None);
        let err = plivo_time("end_time", Some("yesterday")).unwrap_err();
        assert!(err.to_string().contains("end_time"), "{err}");
    }
}
