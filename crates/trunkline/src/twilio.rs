//! The Twilio adapter: [`TwilioProvider`](crate::TwilioProvider)'s field mapping and vendor primitives.
//! Its rules are stated in `crate::capabilities::twilio`; the engine (`crate::engine`) checks them, pages, attaches
//! and rolls back. How Twilio maps onto the neutral model is documented on the provider type.
use futures::TryStreamExt;
use trunkline_twilio::{sip, trunking};

use crate::capabilities::*;
use crate::engine::call::call;
use crate::engine::list::{completed, vendor_stream};
use crate::engine::{Adapter, Created, Items, Kind};
use crate::model::*;
use crate::providers::TwilioProvider;
use crate::{Error, Result, SecretString};

const VENDOR: Vendor = Vendor::Twilio;

/// Priority trunkline gives an origination URL created without one (Twilio requires it).
pub const DEFAULT_URL_PRIORITY: u16 = 10;
/// Weight trunkline gives an origination URL created without one (Twilio requires it).
pub const DEFAULT_URL_WEIGHT: u16 = 10;

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

fn origination_url(raw: trunking::types::OriginationUrl, owner: &str) -> OriginationUri {
    let trunk = raw.trunk_sid.unwrap_or_else(|| owner.to_owned());
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
        .map_err(|reason| Error::decode(VENDOR, text.clone(), format!("ip_address: {reason}")))?;
    Ok(IpEntry::new(raw.sid.map(IpEntryId::new), network))
}

/// A trunk of the neutral model from the properties it maps (a listing decodes only these: the
/// spec's `summary`; single trunks convert with `From`).
fn trunk_of(raw: trunking::types::TrunkSummary) -> Result<Trunk> {
    let id = raw
        .sid
        .ok_or_else(|| Error::decode(VENDOR, "", "the response has no `sid`"))?;
    let mut trunk = Trunk::new(id, Direction::Both);
    trunk.name = raw.friendly_name;
    trunk.sip_domain = raw.domain_name.filter(|d| !d.is_empty());
    trunk.secure = raw.secure;
    trunk.created_at = raw.date_created;
    trunk.updated_at = raw.date_updated;
    Ok(trunk)
}

fn weight(value: u16) -> Result<std::num::NonZeroU16> {
    std::num::NonZeroU16::new(value)
        .ok_or_else(|| Error::invalid(VENDOR, "weight", "Twilio weights are 1–65535"))
}

impl TwilioProvider {
    fn trunking(&self) -> &trunking::Client {
        self.client.trunking()
    }

    fn sip(&self) -> &sip::Client {
        self.client.sip()
    }

    async fn full_credential_list(
        &self,
        raw: sip::types::CredentialList,
    ) -> Result<CredentialList> {
        let id = raw.sid.unwrap_or_default();
        let credentials = vendor_stream(VENDOR, self.client.credentials(&id), |c| {
            Ok(Credential::new(
                c.sid.unwrap_or_default(),
                c.username.unwrap_or_default(),
            ))
        });
        let mut list = CredentialList::new(id.as_str(), credentials.try_collect().await?);
        list.name = raw.friendly_name;
        Ok(list)
    }

    async fn full_ip_access_list(
        &self,
        raw: sip::types::IpAccessControlList,
    ) -> Result<IpAccessList> {
        let id = IpAccessListId::new(raw.sid.unwrap_or_default());
        let mut list = IpAccessList::new(id.clone(), Adapter::ip_entries(self, &id).await?);
        list.name = raw.friendly_name;
        Ok(list)
    }
}

impl Adapter for TwilioProvider {
    const VENDOR: Vendor = VENDOR;
    const CAPABILITIES: Capabilities = crate::capabilities::twilio::CAPABILITIES;
    type TrunkRecord = ();

    fn list_trunks(&self, filter: TrunkFilter) -> Items<'_, Trunk> {
        let size = u64::from(filter.page_size.map_or(1000, |size| size.clamp(1, 1000)));
        let first = self.trunking().list_trunks().page_size(size);
        vendor_stream(VENDOR, self.client.paginate(first.send_summary()), trunk_of)
    }

    async fn get_trunk(&self, id: &TrunkId) -> Result<Trunk> {
        let request = self.trunking().get_trunk().sid(id.as_str());
        trunk_of(call(VENDOR, request.send()).await?.into())
    }

    async fn create_trunk(&self, new: &NewTrunk) -> Result<Created<()>> {
        let body = trunking::types::CreateTrunkRequest::builder()
            .friendly_name(new.name.clone())
            .domain_name(new.sip_domain.clone())
            .secure(new.secure);
        let request = self.trunking().create_trunk().body(body);
        Ok(Created::trunk(trunk_of(
            call(VENDOR, request.send()).await?.into(),
        )?))
    }

    async fn update_trunk(&self, id: &TrunkId, update: &TrunkUpdate) -> Result<()> {
        let body = trunking::types::UpdateTrunkRequest::builder()
            .friendly_name(update.name.clone())
            .domain_name(update.sip_domain.clone())
            .secure(update.secure);
        let request = self.trunking().update_trunk().sid(id.as_str());
        call(VENDOR, request.body(body).send()).await.map(drop)
    }

    async fn delete_trunk(&self, id: &TrunkId) -> Result<()> {
        let request = self.trunking().delete_trunk().sid(id.as_str());
        call(VENDOR, request.send()).await
    }

    fn associated(&self, trunk: &TrunkId, kind: Kind) -> Items<'_, String> {
        if kind == Kind::CredentialList {
            let lists = self.client.trunk_credential_lists(trunk.as_str());
            vendor_stream(VENDOR, lists, |l| Ok(l.sid.unwrap_or_default()))
        } else {
            let lists = self.client.trunk_ip_access_control_lists(trunk.as_str());
            vendor_stream(VENDOR, lists, |l| Ok(l.sid.unwrap_or_default()))
        }
    }

    async fn associate(&self, trunk: &TrunkId, kind: Kind, id: &str) -> Result<()> {
        let (trunking, sid) = (self.trunking(), id.to_owned());
        if kind == Kind::CredentialList {
            let body = trunking::types::AddTrunkCredentialListRequest::builder();
            let request = trunking
                .add_trunk_credential_list()
                .trunk_sid(trunk.as_str());
            let request = request.body(body.credential_list_sid(sid));
            call(VENDOR, request.send()).await.map(drop)
        } else {
            let body = trunking::types::AddTrunkIpAccessControlListRequest::builder();
            let request = trunking
                .add_trunk_ip_access_control_list()
                .trunk_sid(trunk.as_str());
            let request = request.body(body.ip_access_control_list_sid(sid));
            call(VENDOR, request.send()).await.map(drop)
        }
    }

    async fn dissociate(&self, trunk: &TrunkId, kind: Kind, id: &str) -> Result<()> {
        let trunking = self.trunking();
        if kind == Kind::CredentialList {
            let request = trunking
                .remove_trunk_credential_list()
                .trunk_sid(trunk.as_str());
            call(VENDOR, request.sid(id).send()).await
        } else {
            let request = trunking.remove_trunk_ip_access_control_list();
            call(VENDOR, request.trunk_sid(trunk.as_str()).sid(id).send()).await
        }
    }

    // The two SIP lists of the 2010 API, side by side: the same shape, different resources.

    fn list_credential_lists(&self) -> Items<'_, CredentialList> {
        let lists = vendor_stream(VENDOR, self.client.credential_lists(), Ok);
        completed(lists, move |raw| self.full_credential_list(raw))
    }

    fn credential_list_names(&self) -> Option<Items<'_, CredentialList>> {
        let lists = vendor_stream(VENDOR, self.client.credential_lists(), |raw| {
            let mut list = CredentialList::new(raw.sid.unwrap_or_default().as_str(), Vec::new());
            list.name = raw.friendly_name;
            Ok(list)
        });
        Some(lists)
    }

    fn ip_access_list_names(&self) -> Option<Items<'_, IpAccessList>> {
        let lists = vendor_stream(VENDOR, self.client.ip_access_control_lists(), |raw| {
            let mut list = IpAccessList::new(raw.sid.unwrap_or_default(), Vec::new());
            list.name = raw.friendly_name;
            Ok(list)
        });
        Some(lists)
    }

    fn list_ip_access_lists(&self) -> Items<'_, IpAccessList> {
        let lists = vendor_stream(VENDOR, self.client.ip_access_control_lists(), Ok);
        completed(lists, move |raw| self.full_ip_access_list(raw))
    }

    async fn get_credential_list(&self, id: &CredentialListId) -> Result<CredentialList> {
        let request = self.sip().get_credential_list().sid(id.as_str());
        self.full_credential_list(call(VENDOR, request.send()).await?)
            .await
    }

    async fn get_ip_access_list(&self, id: &IpAccessListId) -> Result<IpAccessList> {
        let request = self.sip().get_ip_access_control_list().sid(id.as_str());
        self.full_ip_access_list(call(VENDOR, request.send()).await?)
            .await
    }

    async fn create_credential_list(&self, list: &NewCredentialList) -> Result<CredentialList> {
        // The list first; the engine adds its credentials one by one.
        let body = sip::types::CreateCredentialListRequest::builder();
        let request = self.sip().create_credential_list();
        let request = request.body(body.friendly_name(list.name.clone()));
        let created = call(VENDOR, request.send()).await?;
        let mut result = CredentialList::new(created.sid.unwrap_or_default(), Vec::new());
        result.name = created.friendly_name.or_else(|| Some(list.name.clone()));
        Ok(result)
    }

    async fn create_ip_access_list(&self, list: &NewIpAccessList) -> Result<IpAccessList> {
        // The list first; the engine adds its networks one by one.
        let body = sip::types::CreateIpAccessControlListRequest::builder();
        let request = self.sip().create_ip_access_control_list();
        let created = call(
            VENDOR,
            request.body(body.friendly_name(list.name.clone())).send(),
        );
        let created = created.await?;
        let mut result = IpAccessList::new(created.sid.unwrap_or_default(), Vec::new());
        result.name = created.friendly_name.or_else(|| Some(list.name.clone()));
        Ok(result)
    }

    async fn rename_credential_list(
        &self,
        id: &CredentialListId,
        name: &str,
    ) -> Result<CredentialList> {
        let body = sip::types::UpdateCredentialListRequest::builder();
        let request = self.sip().update_credential_list().sid(id.as_str());
        let request = request.body(body.friendly_name(name.to_owned()));
        self.full_credential_list(call(VENDOR, request.send()).await?)
            .await
    }

    async fn rename_ip_access_list(&self, id: &IpAccessListId, name: &str) -> Result<IpAccessList> {
        let body = sip::types::UpdateIpAccessControlListRequest::builder();
        let request = self.sip().update_ip_access_control_list();
        let request = request
            .sid(id.as_str())
            .body(body.friendly_name(name.to_owned()));
        self.full_ip_access_list(call(VENDOR, request.send()).await?)
            .await
    }

    async fn delete_credential_list(&self, id: &CredentialListId) -> Result<()> {
        let request = self.sip().delete_credential_list().sid(id.as_str());
        call(VENDOR, request.send()).await
    }

    async fn delete_ip_access_list(&self, id: &IpAccessListId) -> Result<()> {
        let request = self.sip().delete_ip_access_control_list();
        call(VENDOR, request.sid(id.as_str()).send()).await
    }

    async fn add_credential(
        &self,
        list: &CredentialListId,
        credential: &NewCredential,
    ) -> Result<Credential> {
        let body = sip::types::CreateCredentialRequest::builder()
            .username(credential.username.clone())
            .password(credential.password.clone());
        let request = self.sip().create_credential().body(body);
        let created = call(VENDOR, request.credential_list_sid(list.as_str()).send()).await?;
        let username = created
            .username
            .unwrap_or_else(|| credential.username.clone());
        Ok(Credential::new(created.sid.unwrap_or_default(), username))
    }

    async fn remove_credential(
        &self,
        list: &CredentialListId,
        credential: &CredentialId,
    ) -> Result<()> {
        let request = self.sip().delete_credential().sid(credential.as_str());
        call(VENDOR, request.credential_list_sid(list.as_str()).send()).await
    }

    async fn set_credential_password(
        &self,
        list: &CredentialListId,
        credential: &CredentialId,
        password: &SecretString,
    ) -> Result<()> {
        let body = sip::types::UpdateCredentialRequest::builder().password(Some(password.clone()));
        let request = self.sip().update_credential().sid(credential.as_str());
        let request = request.credential_list_sid(list.as_str()).body(body);
        call(VENDOR, request.send()).await.map(drop)
    }

    async fn add_ip_entry(&self, list: &IpAccessListId, network: &IpNet) -> Result<IpEntry> {
        let IpNet::V4(v4) = network else {
            return Err(Error::invalid(
                VENDOR,
                "network",
                "Twilio IP access lists take IPv4 addresses only",
            ));
        };
        let prefix = (v4.prefix_len() != 32).then(|| i64::from(v4.prefix_len()));
        let body = sip::types::CreateIpAddressRequest::builder()
            .friendly_name(network.to_string())
            .ip_address(v4.addr().to_string())
            .cidr_prefix_length(prefix);
        let request = self.sip().create_ip_address().body(body);
        ip_entry(
            call(
                VENDOR,
                request.ip_access_control_list_sid(list.as_str()).send(),
            )
            .await?,
        )
    }

    async fn ip_entries(&self, list: &IpAccessListId) -> Result<Vec<IpEntry>> {
        let entries = self.client.ip_addresses(list.as_str());
        vendor_stream(VENDOR, entries, ip_entry).try_collect().await
    }

    async fn remove_ip_entry(
        &self,
        list: &IpAccessListId,
        entry: &IpEntry,
        _: &[IpEntry],
    ) -> Result<()> {
        let sid = entry
            .id
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        let request = self.sip().delete_ip_address().sid(sid);
        call(
            VENDOR,
            request.ip_access_control_list_sid(list.as_str()).send(),
        )
        .await
    }

    fn trunk_origination_uris(&self, trunk: &TrunkId) -> Items<'_, OriginationUri> {
        let (urls, owner) = (
            self.client.origination_urls(trunk.as_str()),
            trunk.to_string(),
        );
        vendor_stream(VENDOR, urls, move |u| Ok(origination_url(u, &owner)))
    }

    async fn get_origination_uri(&self, id: &OriginationUriId) -> Result<OriginationUri> {
        let (trunk, url) = split_url_id(id)?;
        let request = self.trunking().get_origination_url().sid(url);
        let raw = call(VENDOR, request.trunk_sid(trunk).send()).await?;
        Ok(origination_url(raw, trunk))
    }

    async fn create_origination_uri(
        &self,
        uri: &NewOriginationUri,
        _: Option<&Self::TrunkRecord>,
    ) -> Result<OriginationUri> {
        let trunk = uri.trunk.as_ref().map(TrunkId::as_str).unwrap_or_default();
        let sip_url = uri.sip_uri.trim().to_owned();
        let body = trunking::types::CreateOriginationUrlRequest::builder()
            .friendly_name(uri.name.clone().unwrap_or_else(|| sip_url.clone()))
            .sip_url(sip_url)
            .priority(uri.priority.unwrap_or(DEFAULT_URL_PRIORITY))
            .weight(weight(uri.weight.unwrap_or(DEFAULT_URL_WEIGHT))?)
            .enabled(uri.enabled.unwrap_or(true));
        let request = self.trunking().create_origination_url().body(body);
        let raw = call(VENDOR, request.trunk_sid(trunk).send()).await?;
        Ok(origination_url(raw, trunk))
    }

    async fn update_origination_uri(
        &self,
        id: &OriginationUriId,
        update: &OriginationUriUpdate,
    ) -> Result<OriginationUri> {
        let (trunk, url) = split_url_id(id)?;
        let body = trunking::types::UpdateOriginationUrlRequest::builder()
            .friendly_name(update.name.clone())
            .sip_url(update.sip_uri.as_deref().map(|u| u.trim().to_owned()))
            .priority(update.priority)
            .weight(update.weight.map(weight).transpose()?)
            .enabled(update.enabled);
        let request = self.trunking().update_origination_url().trunk_sid(trunk);
        let raw = call(VENDOR, request.sid(url).body(body).send()).await?;
        Ok(origination_url(raw, trunk))
    }

    async fn delete_origination_uri(&self, id: &OriginationUriId) -> Result<()> {
        let (trunk, url) = split_url_id(id)?;
        let request = self.trunking().delete_origination_url().trunk_sid(trunk);
        call(VENDOR, request.sid(url).send()).await
    }

    fn list_phone_numbers(&self, trunk: &TrunkId) -> Items<'_, PhoneNumber> {
        let numbers = self.client.trunk_phone_numbers(trunk.as_str());
        let owner = trunk.clone();
        vendor_stream(VENDOR, numbers, move |n| {
            let mut number = PhoneNumber::new(n.sid.unwrap_or_default());
            number.e164 = n.phone_number;
            number.trunk = Some(owner.clone());
            Ok(number)
        })
    }

    async fn attach_phone_number(&self, trunk: &TrunkId, number: &str) -> Result<PhoneNumber> {
        let body = trunking::types::AddTrunkPhoneNumberRequest::builder();
        let request = self
            .trunking()
            .add_trunk_phone_number()
            .trunk_sid(trunk.as_str());
        let request = request.body(body.phone_number_sid(number.to_owned()));
        let added = call(VENDOR, request.send()).await?;
        let mut attached = PhoneNumber::new(added.sid.unwrap_or_else(|| number.to_owned()));
        attached.e164 = added.phone_number;
        attached.trunk = Some(trunk.clone());
        Ok(attached)
    }

    async fn detach_phone_number(&self, trunk: &TrunkId, number: &str) -> Result<()> {
        let request = self.trunking().remove_trunk_phone_number().sid(number);
        call(VENDOR, request.trunk_sid(trunk.as_str()).send()).await
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
