//! The Vobiz adapter: [`VobizProvider`](crate::VobizProvider)'s field mapping and vendor primitives.
//! Its rules are stated in `crate::capabilities::vobiz`; the engine (`crate::engine`) checks them, pages, attaches
//! and rolls back. How Vobiz maps onto the neutral model is documented on the provider type.
use futures::TryStreamExt;
use trunkline_core::OpenEnum;
use trunkline_vobiz::types;

use crate::capabilities::*;
use crate::engine::call::call;
use crate::engine::list::{find, vendor_stream};
use crate::engine::map::{
    self, Maybe, address_or_range, network, one_credential_list, seconds, small,
};
use crate::engine::{Adapter, Created, Items, Slots, TrunkPatch};
use crate::model::*;
use crate::providers::VobizProvider;
use crate::{Error, Result, SecretString};

const VENDOR: Vendor = Vendor::Vobiz;
const MAX_PAGE: u64 = trunkline_vobiz::MAX_PAGE_SIZE;
/// What trunkline sends as `max_concurrent_calls` when the caller gives none: Vobiz requires
/// the field and documents no default.
pub const DEFAULT_MAX_CONCURRENT_CALLS: u32 = 10;
/// Priority trunkline gives an origination URI created without one (Vobiz requires it).
pub const DEFAULT_PRIORITY: u16 = 10;

fn enabled_of(status: &Option<OpenEnum<types::TrunkStatus>>) -> Option<bool> {
    use types::TrunkStatus::{Active, Disabled, Enabled, Inactive};
    match status {
        Some(OpenEnum::Known(Active | Enabled)) => Some(true),
        Some(OpenEnum::Known(Inactive | Disabled)) => Some(false),
        _ => None,
    }
}

fn slots(raw: &types::Trunk) -> Slots {
    Slots {
        credential_list: raw.credential_uuid.clone(),
        ip_access_list: raw.ipacl_uuid.clone(),
        origination_uris: vec![raw.primary_uri_uuid.clone(), raw.fallback_uri_uuid.clone()],
    }
}

fn trunk(raw: types::Trunk) -> Trunk {
    let (direction, direction_raw) = match &raw.trunk_direction {
        Some(OpenEnum::Known(types::TrunkDirection::Inbound)) => (Direction::Inbound, None),
        Some(OpenEnum::Known(types::TrunkDirection::Outbound)) => (Direction::Outbound, None),
        Some(OpenEnum::Known(types::TrunkDirection::Both)) => (Direction::Both, None),
        Some(OpenEnum::Unknown(other)) => (Direction::Both, Some(other.clone())),
        None => (Direction::Both, Some(String::new())),
    };
    let mut trunk = Trunk::new(raw.trunk_id.clone(), direction);
    trunk.direction_raw = direction_raw;
    trunk.attachments = Some(slots(&raw).attachments());
    trunk.enabled = enabled_of(&raw.trunk_status);
    trunk.max_concurrent_calls = small(raw.concurrent_calls_limit);
    trunk.calls_per_second = small(raw.cps_limit);
    trunk.name = raw.name;
    trunk.sip_domain = raw.trunk_domain;
    trunk.secure = raw.secure;
    trunk.created_at = raw.created_at;
    trunk.updated_at = raw.updated_at;
    trunk
}

fn credential_list(raw: types::Credential) -> CredentialList {
    one_credential_list(raw.id, raw.username.unwrap_or_default(), None)
}

fn ip_access_list(raw: types::IpAclEntry) -> Result<IpAccessList> {
    let address = raw.ip_address.unwrap_or_default();
    let network = network(VENDOR, &address, &format!("ip_address of {}", raw.id))?;
    let entry = IpEntry::new(Some(IpEntryId::new(raw.id.as_str())), network);
    let mut list = IpAccessList::new(raw.id, vec![entry]);
    list.name = raw.description.filter(|d| !d.is_empty());
    Ok(list)
}

fn origination_uri(raw: types::OriginationUri) -> OriginationUri {
    let mut uri = OriginationUri::new(raw.id, raw.uri.unwrap_or_default());
    uri.name = raw.description.filter(|d| !d.is_empty());
    uri.priority = small(raw.priority);
    uri.weight = small(raw.weight);
    uri.enabled = raw.enabled;
    uri
}

fn call_direction(direction: CallDirection) -> types::CallDirection {
    match direction {
        CallDirection::Inbound => types::CallDirection::Inbound,
        CallDirection::Outbound => types::CallDirection::Outbound,
    }
}

fn call_record(raw: types::Cdr) -> Result<CallRecord> {
    let id = raw.uuid.clone().or_else(|| raw.id.map(|id| id.to_string()));
    let id = id.ok_or_else(|| map::missing(VENDOR, "uuid` or `id"))?;
    let mut record = CallRecord::new(id);
    // Times first: a record whose times do not parse is refused before anything else is read.
    record.start = map::rfc3339(VENDOR, "start_time", raw.start_time.as_deref())?;
    record.answered = map::rfc3339(VENDOR, "answer_time", raw.answer_time.as_deref())?;
    record.end = map::rfc3339(VENDOR, "end_time", raw.end_time.as_deref())?;
    record.direction = match raw.call_direction {
        Some(OpenEnum::Known(types::CallDirection::Inbound)) => Some(CallDirection::Inbound),
        Some(OpenEnum::Known(types::CallDirection::Outbound)) => Some(CallDirection::Outbound),
        _ => None,
    };
    (record.from, record.to) = (raw.caller_id_number, raw.destination_number);
    record.duration = seconds(raw.duration);
    record.billed_duration = seconds(raw.billsec);
    record.hangup_cause = raw.hangup_cause;
    let currency = raw.currency.unwrap_or_else(|| "INR".into());
    let cost = raw.total_cost.or(raw.cost);
    record.cost = cost.map(|amount| Money::new(amount.to_string(), currency));
    record.trunk = raw.trunk_id;
    Ok(record)
}

impl VobizProvider {
    async fn fetch_trunk(&self, id: &TrunkId) -> Result<types::Trunk> {
        call(VENDOR, self.client.get_trunk().trunk_id(id.as_str()).send()).await
    }

    /// Sends the replace-style update: the trunk as it is, with `update` and `patch` applied.
    async fn put_trunk(
        &self,
        current: &types::Trunk,
        update: &TrunkUpdate,
        patch: &TrunkPatch,
    ) -> Result<()> {
        let name = update.name.clone().or_else(|| current.name.clone());
        let limit = update.max_concurrent_calls.map(i64::from);
        let limit = limit.or(current.concurrent_calls_limit);
        let enabled = update
            .enabled
            .or(patch.enabled)
            .or(enabled_of(&current.trunk_status));
        let body = types::UpdateTrunkRequest::builder()
            .name(name.unwrap_or_default())
            .max_concurrent_calls(limit.unwrap_or(i64::from(DEFAULT_MAX_CONCURRENT_CALLS)))
            .enabled(enabled.unwrap_or(true))
            .credential_uuid(patch.credential())
            .ipacl_uuid(patch.ip_access_list())
            .primary_uri_uuid(patch.uri(0))
            .fallback_uri_uuid(patch.uri(1));
        let request = self
            .client
            .update_trunk()
            .trunk_id(current.trunk_id.as_str());
        call(VENDOR, request.body(body).send()).await.map(drop)
    }

    fn credentials(&self) -> Items<'_, types::Credential> {
        let vobiz = &self.client;
        let pages = trunkline_vobiz::paginate(MAX_PAGE, move |offset, limit| {
            vobiz.list_credentials().offset(offset).limit(limit).send()
        });
        vendor_stream(VENDOR, pages, Ok)
    }

    fn acl_entries(&self) -> Items<'_, types::IpAclEntry> {
        let vobiz = &self.client;
        let pages = trunkline_vobiz::paginate(MAX_PAGE, move |offset, limit| {
            let request = vobiz.list_ip_acl_entries();
            request.offset(offset).limit(limit).send()
        });
        vendor_stream(VENDOR, pages, Ok)
    }

    fn uris(&self) -> Items<'_, types::OriginationUri> {
        let vobiz = &self.client;
        let pages = trunkline_vobiz::paginate(MAX_PAGE, move |offset, limit| {
            let request = vobiz.list_origination_uris();
            request.offset(offset).limit(limit).send()
        });
        vendor_stream(VENDOR, pages, Ok)
    }

    async fn fetch_acl(&self, id: &str) -> Result<types::IpAclEntry> {
        let entries = self.acl_entries();
        find(VENDOR, entries, |e| e.id.as_str(), "IP ACL entry", id).await
    }

    async fn fetch_uri(&self, id: &str) -> Result<types::OriginationUri> {
        find(
            VENDOR,
            self.uris(),
            |u| u.id.as_str(),
            "origination URI",
            id,
        )
        .await
    }
}

impl Adapter for VobizProvider {
    const VENDOR: Vendor = VENDOR;
    const CAPABILITIES: Capabilities = crate::capabilities::vobiz::CAPABILITIES;
    type TrunkRecord = types::Trunk;

    fn list_trunks(&self, filter: TrunkFilter) -> Items<'_, Trunk> {
        // Vobiz lists take no filters: the engine applies them.
        let (vobiz, size) = (&self.client, map::page_size(filter.page_size, MAX_PAGE));
        let pages = trunkline_vobiz::paginate(size, move |offset, limit| {
            vobiz.list_trunks().offset(offset).limit(limit).send()
        });
        vendor_stream(VENDOR, pages, |raw| Ok(trunk(raw)))
    }

    async fn get_trunk(&self, id: &TrunkId) -> Result<Trunk> {
        Ok(trunk(self.fetch_trunk(id).await?))
    }

    async fn create_trunk(&self, new: &NewTrunk) -> Result<Created<types::Trunk>> {
        let trunk_type = match new.direction {
            Direction::Inbound => types::TrunkType::Inbound,
            _ => types::TrunkType::Outbound,
        };
        let limit = new
            .max_concurrent_calls
            .or(Some(DEFAULT_MAX_CONCURRENT_CALLS));
        let body = types::CreateTrunkRequest::builder()
            .name(new.name.clone().unwrap_or_default())
            .trunk_type(Some(trunk_type))
            .max_concurrent_calls(limit.map(i64::from));
        let created = call(VENDOR, self.client.create_trunk().body(body).send()).await?;
        // The create takes no attachments and creates the trunk enabled: both are written with
        // the update that follows.
        let patch = TrunkPatch::attachments_of(new).with_enabled(new.enabled.filter(|on| !*on));
        Ok(Created::trunk(trunk(created.clone())).then_write(created, patch))
    }

    async fn update_trunk(&self, id: &TrunkId, update: &TrunkUpdate) -> Result<()> {
        let current = self.fetch_trunk(id).await?;
        self.put_trunk(&current, update, &TrunkPatch::default())
            .await
    }

    async fn delete_trunk(&self, id: &TrunkId) -> Result<()> {
        let request = self.client.delete_trunk().trunk_id(id.as_str());
        call(VENDOR, request.send()).await
    }

    async fn read_slots(&self, trunk: &TrunkId) -> Result<(Slots, types::Trunk)> {
        let raw = self.fetch_trunk(trunk).await?;
        Ok((slots(&raw), raw))
    }

    async fn write_slots(
        &self,
        _: &TrunkId,
        trunk: &types::Trunk,
        patch: &TrunkPatch,
    ) -> Result<()> {
        self.put_trunk(trunk, &TrunkUpdate::new(), patch).await
    }

    fn list_credential_lists(&self) -> Items<'_, CredentialList> {
        Box::pin(self.credentials().map_ok(credential_list))
    }

    async fn get_credential_list(&self, id: &CredentialListId) -> Result<CredentialList> {
        let credentials = self.credentials();
        let found = find(
            VENDOR,
            credentials,
            |c| c.id.as_str(),
            "credential",
            id.as_str(),
        );
        Ok(credential_list(found.await?))
    }

    async fn create_credential_list(&self, list: &NewCredentialList) -> Result<CredentialList> {
        let credential = &list.credentials[0];
        let body = types::CreateCredentialRequest::builder()
            .username(credential.username.clone())
            .password(credential.password.clone());
        let created = call(VENDOR, self.client.create_credential().body(body).send()).await?;
        Ok(credential_list(created))
    }

    async fn delete_credential_list(&self, id: &CredentialListId) -> Result<()> {
        let request = self.client.delete_credential().credential_id(id.as_str());
        call(VENDOR, request.send()).await
    }

    async fn set_credential_password(
        &self,
        _: &CredentialListId,
        credential: &CredentialId,
        password: &SecretString,
    ) -> Result<()> {
        let body = types::UpdateCredentialRequest::builder().password(Some(password.clone()));
        let request = self.client.update_credential().body(body);
        call(VENDOR, request.credential_id(credential.as_str()).send())
            .await
            .map(drop)
    }

    fn list_ip_access_lists(&self) -> Items<'_, IpAccessList> {
        let entries = self.acl_entries();
        Box::pin(entries.and_then(|e| futures::future::ready(ip_access_list(e))))
    }

    async fn get_ip_access_list(&self, id: &IpAccessListId) -> Result<IpAccessList> {
        ip_access_list(self.fetch_acl(id.as_str()).await?)
    }

    async fn create_ip_access_list(&self, list: &NewIpAccessList) -> Result<IpAccessList> {
        let body = types::CreateIpAclEntryRequest::builder()
            .name(list.name.clone())
            .ip_address(address_or_range(&list.networks[0]));
        let created = call(VENDOR, self.client.create_ip_acl_entry().body(body).send()).await?;
        let mut result = ip_access_list(created)?;
        // Vobiz returns the label as `description`, sometimes empty.
        result.name.get_or_insert_with(|| list.name.clone());
        Ok(result)
    }

    async fn rename_ip_access_list(&self, id: &IpAccessListId, name: &str) -> Result<IpAccessList> {
        let current = self.fetch_acl(id.as_str()).await?;
        let body = types::UpdateIpAclEntryRequest::builder()
            .name(name.to_owned())
            .ip_address(current.ip_address.clone().unwrap_or_default());
        let request = self
            .client
            .update_ip_acl_entry()
            .ip_acl_id(id.as_str())
            .body(body);
        let mut result = ip_access_list(call(VENDOR, request.send()).await?)?;
        result.name.get_or_insert_with(|| name.to_owned());
        Ok(result)
    }

    async fn delete_ip_access_list(&self, id: &IpAccessListId) -> Result<()> {
        let request = self.client.delete_ip_acl_entry().ip_acl_id(id.as_str());
        call(VENDOR, request.send()).await
    }

    fn account_origination_uris(&self) -> Items<'_, OriginationUri> {
        Box::pin(self.uris().map_ok(origination_uri))
    }

    async fn get_origination_uri(&self, id: &OriginationUriId) -> Result<OriginationUri> {
        Ok(origination_uri(self.fetch_uri(id.as_str()).await?))
    }

    async fn create_origination_uri(
        &self,
        uri: &NewOriginationUri,
        _: Option<&Self::TrunkRecord>,
    ) -> Result<OriginationUri> {
        let sip_uri = uri.sip_uri.trim().to_owned();
        let body = types::CreateOriginationUriRequest::builder()
            .name(uri.name.clone().unwrap_or_else(|| sip_uri.clone()))
            .sip_uri(sip_uri)
            .priority(i64::from(uri.priority.unwrap_or(DEFAULT_PRIORITY)));
        let request = self.client.create_origination_uri().body(body);
        Ok(origination_uri(call(VENDOR, request.send()).await?))
    }

    async fn update_origination_uri(
        &self,
        id: &OriginationUriId,
        update: &OriginationUriUpdate,
    ) -> Result<OriginationUri> {
        // Name and priority are sent every time: what the update leaves out stays as it is.
        let current = self.fetch_uri(id.as_str()).await?;
        let priority = update.priority.map(i64::from).or(current.priority);
        let body = types::UpdateOriginationUriRequest::builder()
            .name(
                update
                    .name
                    .clone()
                    .or(current.description)
                    .unwrap_or_default(),
            )
            .priority(priority.unwrap_or(i64::from(DEFAULT_PRIORITY)));
        let request = self
            .client
            .update_origination_uri()
            .uri_id(id.as_str())
            .body(body);
        Ok(origination_uri(call(VENDOR, request.send()).await?))
    }

    async fn delete_origination_uri(&self, id: &OriginationUriId) -> Result<()> {
        let request = self.client.delete_origination_uri().uri_id(id.as_str());
        call(VENDOR, request.send()).await
    }

    async fn attach_phone_number(&self, trunk: &TrunkId, number: &str) -> Result<PhoneNumber> {
        let body = types::AssignNumberRequest::builder().trunk_group_id(trunk.to_string());
        let request = self.client.assign_number_to_trunk().phone_number(number);
        let request = request.body(body);
        call(VENDOR, request.send()).await?;
        let mut attached = PhoneNumber::new(number);
        attached.e164 = Some(number.to_owned());
        attached.trunk = Some(trunk.clone());
        Ok(attached)
    }

    async fn detach_phone_number(&self, _: &TrunkId, number: &str) -> Result<()> {
        let request = self.client.unassign_number_from_trunk();
        call(VENDOR, request.phone_number(number).send()).await
    }

    fn list_calls(&self, filter: CallFilter) -> Items<'_, CallRecord> {
        let (vobiz, size) = (&self.client, map::page_size(filter.page_size, MAX_PAGE));
        let pages = trunkline_vobiz::paginate_cdrs(size, move |page, per_page| {
            let mut request = vobiz.list_cdrs().page(page).per_page(per_page);
            if let (Some(after), Some(before)) = (filter.ended_after, filter.ended_before) {
                // Vobiz filters by whole days: the engine trims to the exact range.
                let request_days = request.start_date(after.date_naive());
                request = request_days.end_date(before.date_naive());
            }
            let request = request.maybe(filter.from_number.clone(), |r, n| r.from_number(n));
            let request = request.maybe(filter.to_number.clone(), |r, n| r.to_number(n));
            let direction = filter.direction.map(call_direction);
            request
                .maybe(direction, |r, direction| r.call_direction(direction))
                .send()
        });
        vendor_stream(VENDOR, pages, call_record)
    }

    async fn get_call(&self, id: &CallId) -> Result<CallRecord> {
        let response = call(VENDOR, self.client.get_cdr().call_id(id.as_str()).send()).await?;
        let not_found = || Error::not_found(VENDOR, format!("no call record {id}"));
        call_record(response.data.ok_or_else(not_found)?)
    }
}
