//! [`TwilioProvider`]: Twilio Elastic SIP Trunking behind [`TrunkProvider`].
//!
//! How Twilio maps (see also the crate docs' tables):
//!
//! - Every Twilio trunk carries calls both ways: termination (your PBX → Twilio, through the
//!   trunk's `domain_name`, authenticated by credential lists and IP access lists) and
//!   origination (Twilio → your PBX, to the trunk's origination URLs). A trunk created with any
//!   [`Direction`] is such a trunk and reads back as [`Direction::Both`].
//! - Credential lists (`CL…`) and IP access control lists (`AL…`) live in the 2010-04-01 SIP
//!   API; trunks are associated with them (many per trunk).
//! - Origination URLs (`OU…`) belong to one trunk and are addressed under it, so their facade
//!   id is `"{TrunkSid}/{OriginationUrlSid}"`.
//! - Phone numbers are attached by `PN…` SID. Twilio's trunking API has no call records.

use chrono::{DateTime, Utc};
use futures::{StreamExt, TryStreamExt};
use trunkline_twilio::{sip, trunking};

use crate::model::*;
use crate::provider::{BoxFuture, BoxStream, Capabilities, Operation, TrunkProvider, error_stream};
use crate::support::{
    ErrorBody, call, check_max_chars, check_path_ids, refuse_if, undo_created, vendor_stream,
};
use crate::{Error, Result, SecretString, Step, VendorError};

const VENDOR: Vendor = Vendor::Twilio;

/// Priority trunkline gives an origination URL created without one (Twilio requires it).
pub const DEFAULT_URL_PRIORITY: u16 = 10;
/// Weight trunkline gives an origination URL created without one (Twilio requires it).
pub const DEFAULT_URL_WEIGHT: u16 = 10;

impl ErrorBody for trunking::types::TwilioError {
    fn message(&self) -> Option<String> {
        self.message.clone()
    }

    fn code(&self) -> Option<String> {
        self.code.map(|c| c.to_string())
    }
}

impl ErrorBody for sip::types::TwilioError {
    fn message(&self) -> Option<String> {
        self.message.clone()
    }

    fn code(&self) -> Option<String> {
        self.code.map(|c| c.to_string())
    }
}

crate::support::provider!(
    /// Twilio Elastic SIP Trunking as a [`TrunkProvider`].
    TwilioProvider, trunkline_twilio, "Twilio", "https://trunking.twilio.com` and `https://api.twilio.com", "`TWILIO_ACCOUNT_SID` and `TWILIO_AUTH_TOKEN` (or `TWILIO_API_KEY` + `TWILIO_API_SECRET`), with the optional base-URL overrides of `trunkline_twilio`"
);

impl TwilioProvider {
    async fn fetch_trunk(&self, id: &TrunkId) -> Result<trunking::types::Trunk> {
        call(
            VENDOR,
            "get_trunk",
            self.client.trunking().get_trunk().sid(id.as_str()).send(),
        )
        .await
    }

    /// The trunk's associations, three lists.
    async fn attachments(&self, id: &TrunkId) -> Result<TrunkAttachments> {
        let credential_lists = vendor_stream(
            VENDOR,
            "list_trunk_credential_lists",
            self.client.trunk_credential_lists(id.as_str()),
            |l| Ok(CredentialListId::new(l.sid.unwrap_or_default())),
        );
        let ip_access_lists = vendor_stream(
            VENDOR,
            "list_trunk_ip_access_control_lists",
            self.client.trunk_ip_access_control_lists(id.as_str()),
            |l| Ok(IpAccessListId::new(l.sid.unwrap_or_default())),
        );
        let (credential_lists, ip_access_lists, mut urls) = futures::try_join!(
            credential_lists.try_collect::<Vec<_>>(),
            ip_access_lists.try_collect::<Vec<_>>(),
            self.trunk_urls(id).try_collect::<Vec<_>>(),
        )?;
        // Most preferred first: lowest priority, then highest weight.
        urls.sort_by_key(|u| (u.priority, std::cmp::Reverse(u.weight)));
        let mut attachments = TrunkAttachments::new();
        attachments.credential_lists = credential_lists;
        attachments.ip_access_lists = ip_access_lists;
        attachments.origination_uris = urls.into_iter().map(|u| u.id).collect();
        Ok(attachments)
    }

    fn trunk_urls<'a>(&'a self, trunk: &TrunkId) -> BoxStream<'a, Result<OriginationUri>> {
        let owner = trunk.clone();
        vendor_stream(
            VENDOR,
            "list_origination_urls",
            self.client.origination_urls(trunk.as_str()),
            move |u| Ok(origination_url(u, &owner)),
        )
    }

    async fn credentials_of(&self, list: &str) -> Result<Vec<Credential>> {
        vendor_stream(
            VENDOR,
            "list_credentials",
            self.client.credentials(list),
            |c| {
                Ok(Credential::new(
                    c.sid.unwrap_or_default(),
                    c.username.unwrap_or_default(),
                ))
            },
        )
        .try_collect()
        .await
    }

    async fn entries_of(&self, list: &str) -> Result<Vec<IpEntry>> {
        vendor_stream(
            VENDOR,
            "list_ip_addresses",
            self.client.ip_addresses(list),
            ip_entry,
        )
        .try_collect()
        .await
    }

    async fn full_credential_list(
        &self,
        raw: sip::types::CredentialList,
    ) -> Result<CredentialList> {
        let id = raw.sid.unwrap_or_default();
        let credentials = self.credentials_of(&id).await?;
        let mut list = CredentialList::new(id, credentials);
        list.name = raw.friendly_name;
        Ok(list)
    }

    async fn full_ip_access_list(
        &self,
        raw: sip::types::IpAccessControlList,
    ) -> Result<IpAccessList> {
        let id = raw.sid.unwrap_or_default();
        let entries = self.entries_of(&id).await?;
        let mut list = IpAccessList::new(id, entries);
        list.name = raw.friendly_name;
        Ok(list)
    }

    async fn create_entry(&self, list: &str, network: &IpNet) -> Result<IpEntry> {
        let IpNet::V4(v4) = network else {
            return Err(Error::invalid(
                VENDOR,
                "networks",
                "Twilio IP access lists take IPv4 addresses only",
            ));
        };
        let mut body = sip::types::CreateIpAddressRequest::builder()
            .friendly_name(network.to_string())
            .ip_address(v4.addr().to_string());
        if v4.prefix_len() != 32 {
            body = body.cidr_prefix_length(Some(i64::from(v4.prefix_len())));
        }
        let created = call(
            VENDOR,
            "create_ip_address",
            self.client
                .sip()
                .create_ip_address()
                .ip_access_control_list_sid(list)
                .body(body)
                .send(),
        )
        .await?;
        ip_entry(created)
    }

    /// Deletes a trunk created by a multi-step call that failed later, and reports both.
    async fn undo_trunk(
        &self,
        id: &TrunkId,
        name: &str,
        failed_step: String,
        cause: Error,
    ) -> Error {
        let created = Step {
            description: format!("create trunk \"{name}\""),
            created: Some(id.to_string()),
        };
        undo_created(VENDOR, created, failed_step, cause, self.delete_trunk(id)).await
    }
}

/// Longest `FriendlyName` of a trunk, an origination URL or a credential list (Twilio docs).
const MAX_FRIENDLY_NAME: usize = 64;
/// Longest `FriendlyName` of an IP access control list.
const MAX_IP_LIST_NAME: usize = 255;
/// Longest SIP credential username.
const MAX_USERNAME: usize = 32;

/// Twilio's documented rules for a SIP credential: a username of at most 32 characters and a
/// password of at least 12 with a digit, an upper-case and a lower-case letter. `prefix` is
/// the field path of the credential (`credentials[0].`).
fn check_credential(prefix: &str, credential: &NewCredential) -> Result<()> {
    check_max_chars(
        VENDOR,
        &format!("{prefix}username"),
        &credential.username,
        MAX_USERNAME,
    )?;
    check_password(&format!("{prefix}password"), &credential.password)
}

/// Twilio's SIP password policy. The message never contains the password.
fn check_password(field: &str, password: &SecretString) -> Result<()> {
    let text = password.expose();
    let strong = text.chars().count() >= 12
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().any(char::is_uppercase)
        && text.chars().any(char::is_lowercase);
    if strong {
        Ok(())
    } else {
        Err(Error::invalid(
            VENDOR,
            field,
            "Twilio requires at least 12 characters with a digit, an upper-case and a lower-case letter",
        ))
    }
}

/// For lists that read each item's parts with one more request: an item that answers 404 was
/// deleted since its page was read, so it is no longer in the list and is skipped; any other
/// error ends the list.
fn unless_gone<T>(err: Error) -> Result<Option<T>> {
    match err {
        Error::NotFound(_) => Ok(None),
        other => Err(other),
    }
}

/// Splits a facade origination-URI id `"{TrunkSid}/{OriginationUrlSid}"`.
fn split_url_id(id: &OriginationUriId) -> Result<(&str, &str)> {
    match id.as_str().split_once('/') {
        Some((trunk, url)) if !trunk.is_empty() && !url.is_empty() && !url.contains('/') => {
            Ok((trunk, url))
        }
        _ => Err(Error::invalid(
            VENDOR,
            "id",
            format!(
                "a Twilio origination URI id is \"{{TrunkSid}}/{{OriginationUrlSid}}\", got {:?}",
                id.as_str()
            ),
        )),
    }
}

fn origination_url(raw: trunking::types::OriginationUrl, owner: &TrunkId) -> OriginationUri {
    let trunk = raw.trunk_sid.clone().unwrap_or_else(|| owner.to_string());
    let mut uri = OriginationUri::new(
        format!("{trunk}/{}", raw.sid.unwrap_or_default()),
        raw.sip_url.unwrap_or_default(),
    );
    uri.trunk = Some(TrunkId::new(trunk));
    uri.name = raw.friendly_name;
    uri.priority = raw.priority.and_then(|p| u16::try_from(p).ok());
    uri.weight = raw.weight.and_then(|w| u16::try_from(w).ok());
    uri.enabled = raw.enabled;
    uri
}

fn ip_entry(raw: sip::types::IpAddress) -> Result<IpEntry> {
    let address = raw.ip_address.clone().unwrap_or_default();
    let text = match raw.cidr_prefix_length {
        Some(prefix) if !address.contains('/') => format!("{address}/{prefix}"),
        _ => address.clone(),
    };
    let network = parse_network(&text)
        .or_else(|_| parse_network(&address))
        .map_err(|reason| Error::Decode {
            excerpt: text.clone(),
            source: VendorError::new(VENDOR, "list_ip_addresses", format!("ip_address: {reason}")),
        })?;
    Ok(IpEntry::new(raw.sid.map(IpEntryId::new), network))
}

fn trunk_of(raw: trunking::types::Trunk) -> Result<Trunk> {
    let id = raw.sid.ok_or_else(|| Error::Decode {
        excerpt: String::new(),
        source: VendorError::new(VENDOR, "get_trunk", "the response has no `sid`"),
    })?;
    let mut trunk = Trunk::new(id, Direction::Both);
    trunk.name = raw.friendly_name;
    trunk.sip_domain = raw.domain_name.filter(|d| !d.is_empty());
    trunk.secure = raw.secure;
    trunk.created_at = raw.date_created.map(|d: DateTime<Utc>| d);
    trunk.updated_at = raw.date_updated;
    Ok(trunk)
}

fn check_sip_url(uri: &str) -> Result<()> {
    let uri = uri.trim();
    if uri.is_empty() {
        return Err(Error::invalid(VENDOR, "sip_uri", "empty SIP URI"));
    }
    if !uri.starts_with("sip:") {
        return Err(Error::invalid(
            VENDOR,
            "sip_uri",
            format!("Twilio origination URLs must start with `sip:` (got {uri:?})"),
        ));
    }
    Ok(())
}

fn weight(value: u16) -> Result<std::num::NonZeroU16> {
    std::num::NonZeroU16::new(value)
        .ok_or_else(|| Error::invalid(VENDOR, "weight", "Twilio weights are 1–65535"))
}

impl TrunkProvider for TwilioProvider {
    fn vendor(&self) -> Vendor {
        VENDOR
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            vendor: VENDOR,
            unsupported: vec![
                Operation::AttachOriginationUri,
                Operation::DetachOriginationUri,
                Operation::ListCalls,
                Operation::GetCall,
            ],
            directions: vec![Direction::Inbound, Direction::Outbound, Direction::Both],
            trunk_enabled_switch: false,
            trunk_secure: true,
            trunk_concurrency_limit: false,
            trunk_sip_domain_settable: true,
            max_credential_lists_per_trunk: None,
            max_credentials_per_list: None,
            max_ip_access_lists_per_trunk: None,
            max_ip_entries_per_list: None,
            max_origination_uris_per_trunk: None,
            origination_uri_priority: true,
            origination_uri_weight: true,
            origination_uri_enabled: true,
            origination_uris_belong_to_trunk: true,
            origination_uri_directions: vec![
                Direction::Inbound,
                Direction::Outbound,
                Direction::Both,
            ],
            auth_directions: vec![Direction::Inbound, Direction::Outbound, Direction::Both],
            inbound_requires_origination_uri: false,
            outbound_requires_auth: false,
            server_side_trunk_filters: false,
            named_credential_lists: true,
            trunk_delete_cascades: false,
        }
    }

    fn list_trunks(&self, filter: TrunkFilter) -> BoxStream<'_, Result<Trunk>> {
        if filter.enabled == Some(false) {
            // Twilio trunks have no on/off switch: none is disabled.
            return Box::pin(futures::stream::empty());
        }
        if matches!(
            filter.direction,
            Some(Direction::Inbound | Direction::Outbound)
        ) {
            // Every Twilio trunk is two-way: it is listed for any direction asked.
        }
        let mut request = self.client.trunking().list_trunks();
        if let Some(size) = filter.page_size {
            request = request.page_size(u64::from(size.clamp(1, 1000)));
        } else {
            request = request.page_size(1000u64);
        }
        let trunks = vendor_stream(
            VENDOR,
            "list_trunks",
            self.client.paginate(request.send()),
            trunk_of,
        );
        if !filter.with_attachments {
            return trunks;
        }
        Box::pin(trunks.try_filter_map(move |mut trunk| async move {
            match self.attachments(&trunk.id).await {
                Ok(attachments) => {
                    trunk.attachments = Some(attachments);
                    Ok(Some(trunk))
                }
                Err(err) => unless_gone(err),
            }
        }))
    }

    fn get_trunk<'a>(&'a self, id: &'a TrunkId) -> BoxFuture<'a, Result<Trunk>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let (raw, attachments) =
                futures::try_join!(self.fetch_trunk(id), self.attachments(id))?;
            let mut trunk = trunk_of(raw)?;
            trunk.attachments = Some(attachments);
            Ok(trunk)
        })
    }

    fn create_trunk<'a>(&'a self, new: &'a NewTrunk) -> BoxFuture<'a, Result<Trunk>> {
        Box::pin(async move {
            refuse_if(
                new.enabled == Some(false),
                VENDOR,
                Operation::CreateTrunk,
                "Twilio trunks have no enabled switch",
            )?;
            refuse_if(
                new.max_concurrent_calls.is_some(),
                VENDOR,
                Operation::CreateTrunk,
                "Twilio trunks have no concurrent-call limit",
            )?;
            if !new.origination_uris.is_empty() {
                return Err(Error::not_supported(
                    VENDOR,
                    Operation::CreateTrunk.as_str(),
                    "Twilio origination URLs are created on their trunk: create the trunk, then \
                     create_origination_uri with `trunk` set",
                ));
            }
            if let Some(domain) = &new.sip_domain
                && !domain.trim().ends_with("pstn.twilio.com")
            {
                return Err(Error::invalid(
                    VENDOR,
                    "sip_domain",
                    format!("a Twilio trunk domain must end in pstn.twilio.com, got {domain:?}"),
                ));
            }
            if let Some(name) = &new.name {
                check_max_chars(VENDOR, "name", name, MAX_FRIENDLY_NAME)?;
            }
            let body = trunking::types::CreateTrunkRequest::builder()
                .friendly_name(new.name.clone())
                .domain_name(new.sip_domain.clone())
                .secure(new.secure);
            let created = call(
                VENDOR,
                "create_trunk",
                self.client.trunking().create_trunk().body(body).send(),
            )
            .await?;
            let trunk = trunk_of(created)?;
            let name = new.name.clone().unwrap_or_default();
            for list in &new.credential_lists {
                if let Err(cause) = self.attach_credential_list(&trunk.id, list).await {
                    let step = format!("attach credential list {list} to trunk {}", trunk.id);
                    return Err(self.undo_trunk(&trunk.id, &name, step, cause).await);
                }
            }
            for list in &new.ip_access_lists {
                if let Err(cause) = self.attach_ip_access_list(&trunk.id, list).await {
                    let step = format!("attach IP access list {list} to trunk {}", trunk.id);
                    return Err(self.undo_trunk(&trunk.id, &name, step, cause).await);
                }
            }
            let mut trunk = trunk;
            let mut attachments = TrunkAttachments::new();
            attachments.credential_lists = new.credential_lists.clone();
            attachments.ip_access_lists = new.ip_access_lists.clone();
            trunk.attachments = Some(attachments);
            Ok(trunk)
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
                update.enabled.is_some(),
                VENDOR,
                Operation::UpdateTrunk,
                "Twilio trunks have no enabled switch",
            )?;
            refuse_if(
                update.max_concurrent_calls.is_some(),
                VENDOR,
                Operation::UpdateTrunk,
                "Twilio trunks have no concurrent-call limit",
            )?;
            if let Some(name) = &update.name {
                check_max_chars(VENDOR, "name", name, MAX_FRIENDLY_NAME)?;
            }
            if !update.is_empty() {
                let body = trunking::types::UpdateTrunkRequest::builder()
                    .friendly_name(update.name.clone())
                    .domain_name(update.sip_domain.clone())
                    .secure(update.secure);
                call(
                    VENDOR,
                    "update_trunk",
                    self.client
                        .trunking()
                        .update_trunk()
                        .sid(id.as_str())
                        .body(body)
                        .send(),
                )
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
                self.client
                    .trunking()
                    .delete_trunk()
                    .sid(id.as_str())
                    .send(),
            )
            .await
        })
    }

    fn list_credential_lists(&self) -> BoxStream<'_, Result<CredentialList>> {
        let lists = vendor_stream(
            VENDOR,
            "list_credential_lists",
            self.client.credential_lists(),
            Ok,
        );
        Box::pin(lists.try_filter_map(move |raw| async move {
            self.full_credential_list(raw)
                .await
                .map(Some)
                .or_else(unless_gone)
        }))
    }

    fn get_credential_list<'a>(
        &'a self,
        id: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let raw = call(
                VENDOR,
                "get_credential_list",
                self.client
                    .sip()
                    .get_credential_list()
                    .sid(id.as_str())
                    .send(),
            )
            .await?;
            self.full_credential_list(raw).await
        })
    }

    fn create_credential_list<'a>(
        &'a self,
        list: &'a NewCredentialList,
    ) -> BoxFuture<'a, Result<CredentialList>> {
        Box::pin(async move {
            check_max_chars(VENDOR, "name", &list.name, MAX_FRIENDLY_NAME)?;
            for (i, credential) in list.credentials.iter().enumerate() {
                if credential.username.trim().is_empty() {
                    return Err(Error::invalid(
                        VENDOR,
                        &format!("credentials[{i}].username"),
                        "empty username",
                    ));
                }
                if credential.password.is_empty() {
                    return Err(Error::invalid(
                        VENDOR,
                        &format!("credentials[{i}].password"),
                        "empty password",
                    ));
                }
                check_credential(&format!("credentials[{i}]."), credential)?;
            }
            let body =
                sip::types::CreateCredentialListRequest::builder().friendly_name(list.name.clone());
            let created = call(
                VENDOR,
                "create_credential_list",
                self.client.sip().create_credential_list().body(body).send(),
            )
            .await?;
            let id = CredentialListId::new(created.sid.clone().unwrap_or_default());
            let mut credentials = Vec::with_capacity(list.credentials.len());
            for credential in &list.credentials {
                match self.add_credential(&id, credential).await {
                    Ok(added) => credentials.push(added),
                    Err(cause) => {
                        let created = Step {
                            description: format!("create credential list \"{}\"", list.name),
                            created: Some(id.to_string()),
                        };
                        let failed = format!("add credential {} to list {id}", credential.username);
                        let delete = self.delete_credential_list(&id);
                        return Err(undo_created(VENDOR, created, failed, cause, delete).await);
                    }
                }
            }
            let mut result = CredentialList::new(id, credentials);
            result.name = created.friendly_name.or_else(|| Some(list.name.clone()));
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
            check_max_chars(VENDOR, "name", name, MAX_FRIENDLY_NAME)?;
            let body =
                sip::types::UpdateCredentialListRequest::builder().friendly_name(name.to_owned());
            let updated = call(
                VENDOR,
                "update_credential_list",
                self.client
                    .sip()
                    .update_credential_list()
                    .sid(id.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            self.full_credential_list(updated).await
        })
    }

    fn delete_credential_list<'a>(&'a self, id: &'a CredentialListId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            call(
                VENDOR,
                "delete_credential_list",
                self.client
                    .sip()
                    .delete_credential_list()
                    .sid(id.as_str())
                    .send(),
            )
            .await
        })
    }

    fn add_credential<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a NewCredential,
    ) -> BoxFuture<'a, Result<Credential>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("list", list.as_ref())])?;
            if credential.username.trim().is_empty() {
                return Err(Error::invalid(VENDOR, "username", "empty username"));
            }
            check_credential("", credential)?;
            let body = sip::types::CreateCredentialRequest::builder()
                .username(credential.username.clone())
                .password(credential.password.clone());
            let created = call(
                VENDOR,
                "create_credential",
                self.client
                    .sip()
                    .create_credential()
                    .credential_list_sid(list.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            Ok(Credential::new(
                created.sid.unwrap_or_default(),
                created
                    .username
                    .unwrap_or_else(|| credential.username.clone()),
            ))
        })
    }

    fn remove_credential<'a>(
        &'a self,
        list: &'a CredentialListId,
        credential: &'a CredentialId,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(
                VENDOR,
                &[("list", list.as_ref()), ("credential", credential.as_ref())],
            )?;
            call(
                VENDOR,
                "delete_credential",
                self.client
                    .sip()
                    .delete_credential()
                    .credential_list_sid(list.as_str())
                    .sid(credential.as_str())
                    .send(),
            )
            .await
        })
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
            if password.is_empty() {
                return Err(Error::invalid(VENDOR, "password", "empty password"));
            }
            check_password("password", password)?;
            let body =
                sip::types::UpdateCredentialRequest::builder().password(Some(password.clone()));
            call(
                VENDOR,
                "update_credential",
                self.client
                    .sip()
                    .update_credential()
                    .credential_list_sid(list.as_str())
                    .sid(credential.as_str())
                    .body(body)
                    .send(),
            )
            .await
            .map(|_| ())
        })
    }

    fn list_ip_access_lists(&self) -> BoxStream<'_, Result<IpAccessList>> {
        let lists = vendor_stream(
            VENDOR,
            "list_ip_access_control_lists",
            self.client.ip_access_control_lists(),
            Ok,
        );
        Box::pin(lists.try_filter_map(move |raw| async move {
            self.full_ip_access_list(raw)
                .await
                .map(Some)
                .or_else(unless_gone)
        }))
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
                    .sip()
                    .get_ip_access_control_list()
                    .sid(id.as_str())
                    .send(),
            )
            .await?;
            self.full_ip_access_list(raw).await
        })
    }

    fn create_ip_access_list<'a>(
        &'a self,
        list: &'a NewIpAccessList,
    ) -> BoxFuture<'a, Result<IpAccessList>> {
        Box::pin(async move {
            if let Some((i, _)) = list
                .networks
                .iter()
                .enumerate()
                .find(|(_, n)| n.addr().is_ipv6())
            {
                return Err(Error::invalid(
                    VENDOR,
                    &format!("networks[{i}]"),
                    "Twilio IP access lists take IPv4 addresses only",
                ));
            }
            check_max_chars(VENDOR, "name", &list.name, MAX_IP_LIST_NAME)?;
            let body = sip::types::CreateIpAccessControlListRequest::builder()
                .friendly_name(list.name.clone());
            let created = call(
                VENDOR,
                "create_ip_access_control_list",
                self.client
                    .sip()
                    .create_ip_access_control_list()
                    .body(body)
                    .send(),
            )
            .await?;
            let id = IpAccessListId::new(created.sid.clone().unwrap_or_default());
            let mut entries = Vec::with_capacity(list.networks.len());
            for network in &list.networks {
                match self.create_entry(id.as_str(), network).await {
                    Ok(entry) => entries.push(entry),
                    Err(cause) => {
                        let created = Step {
                            description: format!("create IP access list \"{}\"", list.name),
                            created: Some(id.to_string()),
                        };
                        let failed = format!("add {network} to IP access list {id}");
                        let delete = self.delete_ip_access_list(&id);
                        return Err(undo_created(VENDOR, created, failed, cause, delete).await);
                    }
                }
            }
            let mut result = IpAccessList::new(id, entries);
            result.name = created.friendly_name.or_else(|| Some(list.name.clone()));
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
            check_max_chars(VENDOR, "name", name, MAX_IP_LIST_NAME)?;
            let body = sip::types::UpdateIpAccessControlListRequest::builder()
                .friendly_name(name.to_owned());
            let updated = call(
                VENDOR,
                "update_ip_access_control_list",
                self.client
                    .sip()
                    .update_ip_access_control_list()
                    .sid(id.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            self.full_ip_access_list(updated).await
        })
    }

    fn delete_ip_access_list<'a>(&'a self, id: &'a IpAccessListId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            call(
                VENDOR,
                "delete_ip_access_control_list",
                self.client
                    .sip()
                    .delete_ip_access_control_list()
                    .sid(id.as_str())
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
            self.create_entry(list.as_str(), &network).await
        })
    }

    fn remove_ip_entry<'a>(
        &'a self,
        list: &'a IpAccessListId,
        network: IpNet,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("list", list.as_ref())])?;
            let entries = self.entries_of(list.as_str()).await?;
            let Some(entry) = entries.iter().find(|e| e.network == network) else {
                return Err(Error::NotFound(VendorError::new(
                    VENDOR,
                    "list_ip_addresses",
                    format!("{network} is not in IP access list {list}"),
                )));
            };
            let sid = entry
                .id
                .as_ref()
                .map(|id| id.to_string())
                .unwrap_or_default();
            call(
                VENDOR,
                "delete_ip_address",
                self.client
                    .sip()
                    .delete_ip_address()
                    .ip_access_control_list_sid(list.as_str())
                    .sid(sid)
                    .send(),
            )
            .await
        })
    }

    fn list_origination_uris<'a>(
        &'a self,
        trunk: Option<&'a TrunkId>,
    ) -> BoxStream<'a, Result<OriginationUri>> {
        match trunk {
            Some(trunk) => match check_path_ids(VENDOR, &[("trunk", trunk.as_ref())]) {
                Ok(()) => self.trunk_urls(trunk),
                Err(err) => error_stream(err),
            },
            // The account's URLs are its trunks' URLs.
            None => Box::pin(
                self.list_trunks(TrunkFilter::new())
                    .map_ok(move |trunk| {
                        // A trunk deleted since its page was read has no URLs left to list.
                        self.trunk_urls(&trunk.id).take_while(|item| {
                            futures::future::ready(!matches!(item, Err(Error::NotFound(_))))
                        })
                    })
                    .try_flatten(),
            ),
        }
    }

    fn get_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let (trunk, url) = split_url_id(id)?;
            let raw = call(
                VENDOR,
                "get_origination_url",
                self.client
                    .trunking()
                    .get_origination_url()
                    .trunk_sid(trunk)
                    .sid(url)
                    .send(),
            )
            .await?;
            Ok(origination_url(raw, &TrunkId::new(trunk)))
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
            check_sip_url(&uri.sip_uri)?;
            let Some(trunk) = &uri.trunk else {
                return Err(Error::invalid(
                    VENDOR,
                    "trunk",
                    "Twilio origination URLs belong to a trunk: set `trunk`",
                ));
            };
            if let Some(name) = &uri.name {
                check_max_chars(VENDOR, "name", name, MAX_FRIENDLY_NAME)?;
            }
            let body = trunking::types::CreateOriginationUrlRequest::builder()
                .friendly_name(
                    uri.name
                        .clone()
                        .unwrap_or_else(|| uri.sip_uri.trim().to_owned()),
                )
                .sip_url(uri.sip_uri.trim().to_owned())
                .priority(uri.priority.unwrap_or(DEFAULT_URL_PRIORITY))
                .weight(weight(uri.weight.unwrap_or(DEFAULT_URL_WEIGHT))?)
                .enabled(uri.enabled.unwrap_or(true));
            let created = call(
                VENDOR,
                "create_origination_url",
                self.client
                    .trunking()
                    .create_origination_url()
                    .trunk_sid(trunk.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            Ok(origination_url(created, trunk))
        })
    }

    fn update_origination_uri<'a>(
        &'a self,
        id: &'a OriginationUriId,
        update: &'a OriginationUriUpdate,
    ) -> BoxFuture<'a, Result<OriginationUri>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let (trunk, url) = split_url_id(id)?;
            if let Some(sip) = &update.sip_uri {
                check_sip_url(sip)?;
            }
            if let Some(name) = &update.name {
                check_max_chars(VENDOR, "name", name, MAX_FRIENDLY_NAME)?;
            }
            let body = trunking::types::UpdateOriginationUrlRequest::builder()
                .friendly_name(update.name.clone())
                .sip_url(update.sip_uri.as_deref().map(|u| u.trim().to_owned()))
                .priority(update.priority)
                .weight(update.weight.map(weight).transpose()?)
                .enabled(update.enabled);
            let updated = call(
                VENDOR,
                "update_origination_url",
                self.client
                    .trunking()
                    .update_origination_url()
                    .trunk_sid(trunk)
                    .sid(url)
                    .body(body)
                    .send(),
            )
            .await?;
            Ok(origination_url(updated, &TrunkId::new(trunk)))
        })
    }

    fn delete_origination_uri<'a>(&'a self, id: &'a OriginationUriId) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("id", id.as_ref())])?;
            let (trunk, url) = split_url_id(id)?;
            call(
                VENDOR,
                "delete_origination_url",
                self.client
                    .trunking()
                    .delete_origination_url()
                    .trunk_sid(trunk)
                    .sid(url)
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
            let body = trunking::types::AddTrunkCredentialListRequest::builder()
                .credential_list_sid(list.to_string());
            call(
                VENDOR,
                "add_trunk_credential_list",
                self.client
                    .trunking()
                    .add_trunk_credential_list()
                    .trunk_sid(trunk.as_str())
                    .body(body)
                    .send(),
            )
            .await
            .map(|_| ())
        })
    }

    fn detach_credential_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a CredentialListId,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(
                VENDOR,
                &[("trunk", trunk.as_ref()), ("list", list.as_ref())],
            )?;
            call(
                VENDOR,
                "remove_trunk_credential_list",
                self.client
                    .trunking()
                    .remove_trunk_credential_list()
                    .trunk_sid(trunk.as_str())
                    .sid(list.as_str())
                    .send(),
            )
            .await
        })
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
            let body = trunking::types::AddTrunkIpAccessControlListRequest::builder()
                .ip_access_control_list_sid(list.to_string());
            call(
                VENDOR,
                "add_trunk_ip_access_control_list",
                self.client
                    .trunking()
                    .add_trunk_ip_access_control_list()
                    .trunk_sid(trunk.as_str())
                    .body(body)
                    .send(),
            )
            .await
            .map(|_| ())
        })
    }

    fn detach_ip_access_list<'a>(
        &'a self,
        trunk: &'a TrunkId,
        list: &'a IpAccessListId,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(
                VENDOR,
                &[("trunk", trunk.as_ref()), ("list", list.as_ref())],
            )?;
            call(
                VENDOR,
                "remove_trunk_ip_access_control_list",
                self.client
                    .trunking()
                    .remove_trunk_ip_access_control_list()
                    .trunk_sid(trunk.as_str())
                    .sid(list.as_str())
                    .send(),
            )
            .await
        })
    }

    fn attach_origination_uri<'a>(
        &'a self,
        _trunk: &'a TrunkId,
        _uri: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(
            Operation::AttachOriginationUri,
            "Twilio origination URLs are created on their trunk (create_origination_uri with `trunk`)",
        )
    }

    fn detach_origination_uri<'a>(
        &'a self,
        _trunk: &'a TrunkId,
        _uri: &'a OriginationUriId,
    ) -> BoxFuture<'a, Result<()>> {
        Self::unsupported(
            Operation::DetachOriginationUri,
            "a Twilio origination URL exists only on its trunk: delete it instead",
        )
    }

    fn list_phone_numbers<'a>(&'a self, trunk: &'a TrunkId) -> BoxStream<'a, Result<PhoneNumber>> {
        if let Err(err) = check_path_ids(VENDOR, &[("trunk", trunk.as_ref())]) {
            return error_stream(err);
        }
        let owner = trunk.clone();
        vendor_stream(
            VENDOR,
            "list_trunk_phone_numbers",
            self.client.trunk_phone_numbers(trunk.as_str()),
            move |n| {
                let mut number = PhoneNumber::new(n.sid.unwrap_or_default());
                number.e164 = n.phone_number;
                number.trunk = Some(owner.clone());
                Ok(number)
            },
        )
    }

    fn attach_phone_number<'a>(
        &'a self,
        trunk: &'a TrunkId,
        number: &'a str,
    ) -> BoxFuture<'a, Result<PhoneNumber>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("trunk", trunk.as_ref()), ("number", number)])?;
            if !number.starts_with("PN") {
                return Err(Error::invalid(
                    VENDOR,
                    "number",
                    format!("Twilio attaches numbers by their PN… SID, got {number:?}"),
                ));
            }
            let body = trunking::types::AddTrunkPhoneNumberRequest::builder()
                .phone_number_sid(number.to_owned());
            let added = call(
                VENDOR,
                "add_trunk_phone_number",
                self.client
                    .trunking()
                    .add_trunk_phone_number()
                    .trunk_sid(trunk.as_str())
                    .body(body)
                    .send(),
            )
            .await?;
            let mut attached = PhoneNumber::new(added.sid.unwrap_or_else(|| number.to_owned()));
            attached.e164 = added.phone_number;
            attached.trunk = Some(trunk.clone());
            Ok(attached)
        })
    }

    fn detach_phone_number<'a>(
        &'a self,
        trunk: &'a TrunkId,
        number: &'a str,
    ) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            check_path_ids(VENDOR, &[("trunk", trunk.as_ref()), ("number", number)])?;
            call(
                VENDOR,
                "remove_trunk_phone_number",
                self.client
                    .trunking()
                    .remove_trunk_phone_number()
                    .trunk_sid(trunk.as_str())
                    .sid(number)
                    .send(),
            )
            .await
        })
    }

    fn list_calls(&self, _filter: CallFilter) -> BoxStream<'_, Result<CallRecord>> {
        error_stream(Error::not_supported(
            VENDOR,
            Operation::ListCalls.as_str(),
            "Twilio's trunking API has no call records (they are in Twilio's Voice API)",
        ))
    }

    fn get_call<'a>(&'a self, _id: &'a CallId) -> BoxFuture<'a, Result<CallRecord>> {
        Self::unsupported(
            Operation::GetCall,
            "Twilio's trunking API has no call records (they are in Twilio's Voice API)",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origination_ids_carry_their_trunk() {
        let id = OriginationUriId::new("TK1/OU2");
        assert_eq!(split_url_id(&id).unwrap(), ("TK1", "OU2"));
        for bad in ["OU2", "/OU2", "TK1/", "TK1/OU2/x", ""] {
            assert!(split_url_id(&OriginationUriId::new(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn ip_entries_combine_address_and_prefix() {
        let raw: sip::types::IpAddress = serde_json::from_value(serde_json::json!({
            "sid": "IP1", "ip_address": "10.0.0.0", "cidr_prefix_length": 24
        }))
        .unwrap();
        let entry = ip_entry(raw).unwrap();
        assert_eq!(entry.network.to_string(), "10.0.0.0/24");
        assert_eq!(entry.id.map(|i| i.to_string()).as_deref(), Some("IP1"));
    }
}
