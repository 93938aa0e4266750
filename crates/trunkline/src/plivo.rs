//! The Plivo adapter: [`PlivoProvider`](crate::PlivoProvider)'s field mapping and vendor primitives.
//! Its rules are stated in `crate::capabilities::plivo`; the engine (`crate::engine`) checks them, pages, attaches
//! and rolls back. How Plivo maps onto the neutral model is documented on the provider type.
use chrono::{DateTime, NaiveDateTime, Utc};
use trunkline_core::OpenEnum;
use trunkline_plivo::types;

use crate::capabilities::*;
use crate::engine::call::call;
use crate::engine::list::vendor_stream;
use crate::engine::map::{self, Maybe, address_or_range, network, one_credential_list, seconds};
use crate::engine::{Adapter, Created, Items, Slots, TrunkPatch};
use crate::model::*;
use crate::providers::PlivoProvider;
use crate::{Error, Result, SecretString};

const VENDOR: Vendor = Vendor::Plivo;
const MAX_PAGE: u64 = trunkline_plivo::MAX_PAGE_SIZE;

fn missing(field: &str) -> Error {
    map::missing(VENDOR, field)
}

fn required(value: Option<String>, field: &str) -> Result<String> {
    value.ok_or_else(|| missing(field))
}

fn trunk_status(enabled: bool) -> types::TrunkStatus {
    if enabled {
        types::TrunkStatus::Enabled
    } else {
        types::TrunkStatus::Disabled
    }
}

fn direction_of(raw: &Option<OpenEnum<types::TrunkDirection>>) -> (Direction, Option<String>) {
    match raw {
        Some(OpenEnum::Known(types::TrunkDirection::Inbound)) => (Direction::Inbound, None),
        Some(OpenEnum::Known(types::TrunkDirection::Outbound)) => (Direction::Outbound, None),
        Some(OpenEnum::Unknown(other)) => (Direction::Both, Some(other.clone())),
        None => (Direction::Both, Some(String::new())),
    }
}

fn slots(raw: &types::Trunk) -> Slots {
    Slots {
        credential_list: raw.credential_uuid.clone(),
        ip_access_list: raw.ipacl_uuid.clone(),
        origination_uris: vec![raw.primary_uri_uuid.clone(), raw.fallback_uri_uuid.clone()],
    }
}

fn trunk(raw: types::Trunk) -> Result<Trunk> {
    let id = required(raw.trunk_id.clone(), "trunk_id")?;
    let (direction, direction_raw) = direction_of(&raw.trunk_direction);
    let mut trunk = Trunk::new(id, direction);
    trunk.direction_raw = direction_raw;
    trunk.attachments = Some(slots(&raw).attachments());
    trunk.name = raw.name;
    trunk.sip_domain = raw.trunk_domain;
    trunk.enabled = match raw.trunk_status {
        Some(OpenEnum::Known(types::TrunkStatus::Enabled)) => Some(true),
        Some(OpenEnum::Known(types::TrunkStatus::Disabled)) => Some(false),
        _ => None,
    };
    trunk.secure = raw.secure;
    Ok(trunk)
}

fn credential_list(raw: types::Credential, fallback_id: Option<&str>) -> Result<CredentialList> {
    let id = required(
        raw.credential_uuid.or(fallback_id.map(str::to_owned)),
        "credential_uuid",
    )?;
    let username = raw.username.unwrap_or_default();
    Ok(one_credential_list(id, username, raw.name))
}

fn ip_access_list(
    raw: types::IpAccessControlList,
    fallback_id: Option<&str>,
) -> Result<IpAccessList> {
    let id = required(
        raw.ipacl_uuid.or(fallback_id.map(str::to_owned)),
        "ipacl_uuid",
    )?;
    let what = format!("ip_addresses of {id}");
    let entries = raw
        .ip_addresses
        .iter()
        .map(|address| network(VENDOR, address, &what).map(|network| IpEntry::new(None, network)));
    let mut list = IpAccessList::new(id, entries.collect::<Result<Vec<_>>>()?);
    list.name = raw.name;
    Ok(list)
}

fn origination_uri(raw: types::OriginationUri, fallback_id: &str) -> OriginationUri {
    let id = raw.uri_uuid.unwrap_or_else(|| fallback_id.to_owned());
    let mut uri = OriginationUri::new(id, raw.uri.unwrap_or_default());
    uri.name = raw.name;
    uri
}

const PLIVO_TIME: &str = "%Y-%m-%d %H:%M:%S";

fn plivo_time(field: &str, value: Option<&str>) -> Result<Option<DateTime<Utc>>> {
    let Some(text) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    NaiveDateTime::parse_from_str(text.trim(), PLIVO_TIME)
        .map(|naive| Some(naive.and_utc()))
        .map_err(|err| {
            Error::decode(
                VENDOR,
                text,
                format!("`{field}` is not YYYY-MM-DD HH:MM:SS: {err}"),
            )
        })
}

fn call_direction(direction: CallDirection) -> types::CallDirection {
    match direction {
        CallDirection::Inbound => types::CallDirection::Inbound,
        CallDirection::Outbound => types::CallDirection::Outbound,
    }
}

fn call_record(raw: types::Call) -> Result<CallRecord> {
    let id = required(raw.call_uuid.clone(), "call_uuid")?;
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
    async fn fetch_trunk(&self, id: &TrunkId) -> Result<types::Trunk> {
        call(VENDOR, self.client.get_trunk().trunk_id(id.as_str()).send()).await
    }

    async fn update_raw(
        &self,
        id: &TrunkId,
        body: types::builder::UpdateTrunkRequest,
    ) -> Result<()> {
        let request = self.client.update_trunk().trunk_id(id.as_str());
        call(VENDOR, request.body(body).send()).await.map(drop)
    }

    async fn update_credential(
        &self,
        id: &str,
        body: types::builder::UpdateCredentialRequest,
    ) -> Result<()> {
        let request = self.client.update_credential().credential_uuid(id);
        call(VENDOR, request.body(body).send()).await.map(drop)
    }

    async fn write_networks(&self, list: &IpAccessListId, networks: Vec<String>) -> Result<()> {
        let body = types::UpdateIpAccessControlListRequest::builder().ip_addresses(networks);
        let request = self.client.update_ip_access_control_list();
        call(VENDOR, request.ipacl_uuid(list.as_str()).body(body).send())
            .await
            .map(drop)
    }
}

impl Adapter for PlivoProvider {
    const VENDOR: Vendor = VENDOR;
    const CAPABILITIES: Capabilities = crate::capabilities::plivo::CAPABILITIES;
    type TrunkRecord = ();

    fn list_trunks(&self, filter: TrunkFilter) -> Items<'_, Trunk> {
        let direction = match filter.direction {
            None => None,
            Some(Direction::Inbound) => Some(types::TrunkDirection::Inbound),
            Some(Direction::Outbound) => Some(types::TrunkDirection::Outbound),
            // No Plivo trunk carries both directions.
            Some(_) => return Box::pin(futures::stream::empty()),
        };
        let status = filter.enabled.map(trunk_status);
        let (plivo, size) = (&self.client, map::page_size(filter.page_size, MAX_PAGE));
        let pages = trunkline_plivo::paginate(size, move |offset, limit| {
            let request = plivo.list_trunks().offset(offset).limit(limit);
            let request = request.maybe(direction, |r, direction| r.trunk_direction(direction));
            request
                .maybe(status, |r, status| r.trunk_status(status))
                .send()
        });
        vendor_stream(VENDOR, pages, trunk)
    }

    async fn get_trunk(&self, id: &TrunkId) -> Result<Trunk> {
        trunk(self.fetch_trunk(id).await?)
    }

    async fn create_trunk(&self, new: &NewTrunk) -> Result<Created<()>> {
        let direction = match new.direction {
            Direction::Inbound => types::TrunkDirection::Inbound,
            _ => types::TrunkDirection::Outbound,
        };
        let slots = TrunkPatch::attachments_of(new);
        let body = types::CreateTrunkRequest::builder()
            .trunk_direction(direction)
            .name(new.name.clone())
            .secure(new.secure)
            .trunk_status(new.enabled.map(trunk_status))
            .credential_uuid(slots.credential())
            .ipacl_uuid(slots.ip_access_list())
            .primary_uri_uuid(slots.uri(0))
            .fallback_uri_uuid(slots.uri(1));
        let created = call(VENDOR, self.client.create_trunk().body(body).send()).await?;
        // The answer is only an envelope: the engine reads the trunk back.
        Ok(Created::id(required(created.trunk_id, "trunk_id")?))
    }

    async fn update_trunk(&self, id: &TrunkId, update: &TrunkUpdate) -> Result<()> {
        let body = types::UpdateTrunkRequest::builder()
            .name(update.name.clone())
            .secure(update.secure)
            .trunk_status(update.enabled.map(trunk_status));
        self.update_raw(id, body).await
    }

    async fn delete_trunk(&self, id: &TrunkId) -> Result<()> {
        let request = self.client.delete_trunk().trunk_id(id.as_str());
        call(VENDOR, request.send()).await
    }

    async fn read_slots(&self, trunk: &TrunkId) -> Result<(Slots, ())> {
        Ok((slots(&self.fetch_trunk(trunk).await?), ()))
    }

    async fn write_slots(&self, trunk: &TrunkId, _: &(), patch: &TrunkPatch) -> Result<()> {
        let body = types::UpdateTrunkRequest::builder()
            .credential_uuid(patch.credential())
            .ipacl_uuid(patch.ip_access_list())
            .primary_uri_uuid(patch.uri(0))
            .fallback_uri_uuid(patch.uri(1));
        self.update_raw(trunk, body).await
    }

    fn list_credential_lists(&self) -> Items<'_, CredentialList> {
        let plivo = &self.client;
        let pages = trunkline_plivo::paginate(MAX_PAGE, move |offset, limit| {
            plivo.list_credentials().offset(offset).limit(limit).send()
        });
        vendor_stream(VENDOR, pages, |c| credential_list(c, None))
    }

    async fn get_credential_list(&self, id: &CredentialListId) -> Result<CredentialList> {
        let request = self.client.get_credential().credential_uuid(id.as_str());
        credential_list(call(VENDOR, request.send()).await?, Some(id.as_str()))
    }

    async fn create_credential_list(&self, list: &NewCredentialList) -> Result<CredentialList> {
        let credential = &list.credentials[0];
        let body = types::CreateCredentialRequest::builder()
            .name(Some(list.name.clone()))
            .username(credential.username.clone())
            .password(credential.password.clone());
        let created = call(VENDOR, self.client.create_credential().body(body).send()).await?;
        let id = required(created.credential_uuid, "credential_uuid")?;
        let name = Some(list.name.clone());
        Ok(one_credential_list(id, credential.username.clone(), name))
    }

    async fn delete_credential_list(&self, id: &CredentialListId) -> Result<()> {
        let request = self.client.delete_credential().credential_uuid(id.as_str());
        call(VENDOR, request.send()).await
    }

    async fn rename_credential_list(
        &self,
        id: &CredentialListId,
        name: &str,
    ) -> Result<CredentialList> {
        let body = types::UpdateCredentialRequest::builder().name(Some(name.to_owned()));
        self.update_credential(id.as_str(), body).await?;
        Adapter::get_credential_list(self, id).await
    }

    async fn set_credential_password(
        &self,
        _: &CredentialListId,
        credential: &CredentialId,
        password: &SecretString,
    ) -> Result<()> {
        let body = types::UpdateCredentialRequest::builder().password(Some(password.clone()));
        self.update_credential(credential.as_str(), body).await
    }

    fn list_ip_access_lists(&self) -> Items<'_, IpAccessList> {
        let plivo = &self.client;
        let pages = trunkline_plivo::paginate(MAX_PAGE, move |offset, limit| {
            let request = plivo.list_ip_access_control_lists();
            request.offset(offset).limit(limit).send()
        });
        vendor_stream(VENDOR, pages, |l| ip_access_list(l, None))
    }

    async fn get_ip_access_list(&self, id: &IpAccessListId) -> Result<IpAccessList> {
        let request = self.client.get_ip_access_control_list();
        let raw = call(VENDOR, request.ipacl_uuid(id.as_str()).send()).await?;
        ip_access_list(raw, Some(id.as_str()))
    }

    async fn create_ip_access_list(&self, list: &NewIpAccessList) -> Result<IpAccessList> {
        let networks: Vec<String> = list.networks.iter().map(address_or_range).collect();
        let body = types::CreateIpAccessControlListRequest::builder()
            .name(Some(list.name.clone()))
            .ip_addresses(networks);
        let request = self.client.create_ip_access_control_list().body(body);
        let id = call(VENDOR, request.send()).await?.ipacl_uuid;
        let entries = list.networks.iter().map(|n| IpEntry::new(None, *n));
        let mut result = IpAccessList::new(required(id, "ipacl_uuid")?, entries.collect());
        result.name = Some(list.name.clone());
        Ok(result)
    }

    async fn rename_ip_access_list(&self, id: &IpAccessListId, name: &str) -> Result<IpAccessList> {
        let body = types::UpdateIpAccessControlListRequest::builder().name(Some(name.to_owned()));
        let request = self.client.update_ip_access_control_list();
        call(VENDOR, request.ipacl_uuid(id.as_str()).body(body).send()).await?;
        Adapter::get_ip_access_list(self, id).await
    }

    async fn delete_ip_access_list(&self, id: &IpAccessListId) -> Result<()> {
        let request = self.client.delete_ip_access_control_list();
        call(VENDOR, request.ipacl_uuid(id.as_str()).send()).await
    }

    async fn add_ip_entry(&self, list: &IpAccessListId, network: &IpNet) -> Result<IpEntry> {
        // Entries are an array on the list: read it, add, write it back.
        let current = Adapter::get_ip_access_list(self, list).await?.entries;
        if !current.iter().any(|e| e.network == *network) {
            let networks = current.iter().map(|e| &e.network).chain([network]);
            let networks = networks.map(address_or_range).collect();
            self.write_networks(list, networks).await?;
        }
        Ok(IpEntry::new(None, *network))
    }

    async fn remove_ip_entry(
        &self,
        list: &IpAccessListId,
        _: &IpEntry,
        rest: &[IpEntry],
    ) -> Result<()> {
        let networks = rest.iter().map(|e| address_or_range(&e.network)).collect();
        self.write_networks(list, networks).await
    }

    fn account_origination_uris(&self) -> Items<'_, OriginationUri> {
        let plivo = &self.client;
        let pages = trunkline_plivo::paginate(MAX_PAGE, move |offset, limit| {
            let request = plivo.list_origination_uris();
            request.offset(offset).limit(limit).send()
        });
        vendor_stream(VENDOR, pages, |u| Ok(origination_uri(u, "")))
    }

    async fn get_origination_uri(&self, id: &OriginationUriId) -> Result<OriginationUri> {
        let request = self.client.get_origination_uri().uri_uuid(id.as_str());
        let raw = call(VENDOR, request.send()).await?;
        Ok(origination_uri(raw, id.as_str()))
    }

    async fn create_origination_uri(
        &self,
        uri: &NewOriginationUri,
        _: Option<&Self::TrunkRecord>,
    ) -> Result<OriginationUri> {
        let sip_uri = uri.sip_uri.trim();
        let body = types::CreateOriginationUriRequest::builder()
            .name(uri.name.clone())
            .uri(sip_uri.to_owned());
        let request = self.client.create_origination_uri().body(body);
        let id = call(VENDOR, request.send()).await?.uri_uuid;
        let mut result = OriginationUri::new(required(id, "uri_uuid")?, sip_uri);
        result.name = uri.name.clone();
        Ok(result)
    }

    async fn update_origination_uri(
        &self,
        id: &OriginationUriId,
        update: &OriginationUriUpdate,
    ) -> Result<OriginationUri> {
        let body = types::UpdateOriginationUriRequest::builder()
            .name(update.name.clone())
            .uri(update.sip_uri.as_deref().map(|u| u.trim().to_owned()));
        let request = self.client.update_origination_uri().uri_uuid(id.as_str());
        call(VENDOR, request.body(body).send()).await?;
        Adapter::get_origination_uri(self, id).await
    }

    async fn delete_origination_uri(&self, id: &OriginationUriId) -> Result<()> {
        let request = self.client.delete_origination_uri().uri_uuid(id.as_str());
        call(VENDOR, request.send()).await
    }

    fn list_calls(&self, filter: CallFilter) -> Items<'_, CallRecord> {
        let (plivo, size) = (&self.client, map::page_size(filter.page_size, MAX_PAGE));
        let pages = trunkline_plivo::paginate(size, move |offset, limit| {
            let time = |at: chrono::DateTime<chrono::Utc>| at.format(PLIVO_TIME).to_string();
            let request = plivo.list_calls().offset(offset).limit(limit);
            let request = request.maybe(filter.from_number.clone(), |r, n| r.from_number(n));
            let request = request.maybe(filter.to_number.clone(), |r, n| r.to_number(n));
            let direction = filter.direction.map(call_direction);
            let request = request.maybe(direction, |r, direction| r.call_direction(direction));
            let request = request.maybe(filter.ended_after.map(time), |r, t| r.end_time_gte(t));
            request
                .maybe(filter.ended_before.map(time), |r, t| r.end_time_lt(t))
                .send()
        });
        vendor_stream(VENDOR, pages, call_record)
    }

    async fn get_call(&self, id: &CallId) -> Result<CallRecord> {
        call_record(call(VENDOR, self.client.get_call().call_uuid(id.as_str()).send()).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
