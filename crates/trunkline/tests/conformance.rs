//! One conformance suite for every provider: generic async checks that take a
//! `&dyn TrunkProvider`, run against each vendor's emulator. What a vendor cannot do must
//! answer `NotSupported` and be listed in its capabilities; everything else must work.

use std::sync::Arc;
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use trunkline::{
    CallFilter, ClientConfig, Direction, Error, IpNet, NewCredential, NewCredentialList,
    NewIpAccessList, NewOriginationUri, NewTrunk, Operation, OriginationUriUpdate, RetryPolicy,
    SecretString, TrunkFilter, TrunkProvider, TrunkProviderExt, TrunkSpec, TrunkUpdate, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault};

/// A vendor's provider pointed at a fresh emulator, with what the suite needs to steer it.
struct Harness {
    emulator: Emulator,
    vendor: Vendor,
    provider: Arc<dyn TrunkProvider>,
}

fn config() -> ClientConfig {
    ClientConfig::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(5), Duration::from_millis(20)),
    )
}

impl Harness {
    async fn start(vendor: Vendor) -> Self {
        let emulator = Emulator::start(EmulatorConfig::default())
            .await
            .expect("emulator starts");
        let provider = Self::provider(&emulator, vendor, config(), None);
        Self {
            emulator,
            vendor,
            provider,
        }
    }

    fn provider(
        emulator: &Emulator,
        vendor: Vendor,
        config: ClientConfig,
        token: Option<&str>,
    ) -> Arc<dyn TrunkProvider> {
        match vendor {
            Vendor::Plivo => Arc::new(
                trunkline::PlivoProvider::with_config(
                    trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
                    token.unwrap_or(trunkline_emulator::DEFAULT_PLIVO_AUTH_TOKEN),
                    Some(emulator.plivo_url()),
                    config,
                )
                .expect("plivo provider"),
            ),
            Vendor::Twilio => {
                let client = trunkline_twilio::ClientBuilder::new(
                    trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
                    token.unwrap_or(trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN),
                )
                .trunking_base_url(emulator.twilio_trunking_url())
                .sip_base_url(emulator.twilio_api_url())
                .config(config)
                .build()
                .expect("twilio client");
                Arc::new(trunkline::TwilioProvider::from_client(client))
            }
            Vendor::Vobiz => Arc::new(
                trunkline::VobizProvider::with_config(
                    trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
                    token.unwrap_or(trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN),
                    Some(emulator.vobiz_url()),
                    config,
                )
                .expect("vobiz provider"),
            ),
            Vendor::Telnyx => {
                // Outbound trunks need a profile, which the account's owner creates.
                let profile = emulator.telnyx().add_outbound_voice_profile("conformance");
                Arc::new(
                    trunkline::TelnyxProvider::with_config(
                        token.unwrap_or(trunkline_emulator::DEFAULT_TELNYX_API_KEY),
                        Some(emulator.telnyx_url()),
                        config,
                    )
                    .expect("telnyx provider")
                    .with_outbound_voice_profile(profile),
                )
            }
            other => panic!("no harness for {other}"),
        }
    }

    fn seed_trunks(&self, count: usize) -> Vec<String> {
        match self.vendor {
            Vendor::Plivo => self.emulator.plivo().seed_trunks(count),
            Vendor::Twilio => self.emulator.twilio_trunking().seed_trunks(count),
            Vendor::Vobiz => self.emulator.vobiz().seed_trunks(count),
            Vendor::Telnyx => self.emulator.telnyx().seed_trunks(count),
            other => panic!("no harness for {other}"),
        }
    }

    /// GET requests the API serving trunks received.
    fn trunk_api_gets(&self) -> usize {
        let requests = match self.vendor {
            Vendor::Plivo => self.emulator.plivo().requests(),
            Vendor::Twilio => self.emulator.twilio_trunking().requests(),
            Vendor::Vobiz => self.emulator.vobiz().requests(),
            Vendor::Telnyx => self.emulator.telnyx().requests(),
            other => panic!("no harness for {other}"),
        };
        requests.iter().filter(|r| r.method == "GET").count()
    }

    fn seed_calls(&self, count: usize) -> Vec<String> {
        match self.vendor {
            Vendor::Plivo => self.emulator.plivo().seed_generated_calls(count, 7),
            Vendor::Vobiz => self.emulator.vobiz().seed_generated_cdrs(count, 7),
            Vendor::Telnyx => self
                .emulator
                .telnyx()
                .seed_generated_detail_records(count, 7),
            other => panic!("{other} has no call records"),
        }
    }

    fn with_token(&self, token: &str) -> Arc<dyn TrunkProvider> {
        Self::provider(&self.emulator, self.vendor, config(), Some(token))
    }

    fn without_retries(&self) -> Arc<dyn TrunkProvider> {
        Self::provider(
            &self.emulator,
            self.vendor,
            ClientConfig::default().with_retry(RetryPolicy::never()),
            None,
        )
    }

    /// Injects a fault on the API that serves trunks, for trunk paths only.
    fn inject_on_trunks(&self, fault: Fault) {
        let result = match self.vendor {
            Vendor::Plivo => self.emulator.plivo().inject(fault.for_path_prefix(format!(
                "/v1/Account/{}/Zentrunk/Trunk/",
                trunkline_emulator::DEFAULT_PLIVO_AUTH_ID
            ))),
            Vendor::Twilio => self
                .emulator
                .twilio_trunking()
                .inject(fault.for_path_prefix("/v1/Trunks")),
            Vendor::Vobiz => self.emulator.vobiz().inject(fault.for_path_prefix(format!(
                "/api/v1/Account/{}/trunks",
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID
            ))),
            // A trunk is read through `/connections` first.
            Vendor::Telnyx => self
                .emulator
                .telnyx()
                .inject(fault.for_path_prefix("/v2/connections")),
            other => panic!("no harness for {other}"),
        };
        result.expect("valid fault");
    }

    /// Injects `fault` for every request one `get_trunk` can send (Twilio's is four, sent
    /// concurrently), after clearing the faults left: requests of the previous call that were
    /// still in flight when it failed may take some, the call itself takes at least one.
    fn inject_on_every_trunk_read(&self, fault: Fault) {
        self.clear_trunk_faults();
        self.inject_on_trunks(fault.times(4));
    }

    /// Clears the faults queued on the API that serves trunks.
    fn clear_trunk_faults(&self) {
        match self.vendor {
            Vendor::Plivo => self.emulator.plivo().clear_faults(),
            Vendor::Twilio => self.emulator.twilio_trunking().clear_faults(),
            Vendor::Vobiz => self.emulator.vobiz().clear_faults(),
            Vendor::Telnyx => self.emulator.telnyx().clear_faults(),
            other => panic!("no harness for {other}"),
        }
    }

    /// Injects a fault on the request that creates a trunk from its credential list: a POST
    /// on the trunk paths, or on Telnyx, where the list's connection becomes the trunk, the
    /// PATCH of that connection (an update, so retried: the fault outlasts every attempt).
    fn inject_on_trunk_creates(&self, fault: Fault) {
        if self.vendor != Vendor::Telnyx {
            return self.inject_on_trunks(fault.for_method("POST"));
        }
        let fault = fault
            .times(u64::from(RetryPolicy::default().max_attempts()))
            .for_method("PATCH")
            .for_path_prefix("/v2/credential_connections");
        self.emulator.telnyx().inject(fault).expect("valid fault");
    }

    /// Nothing the suite creates is left in the emulator.
    async fn assert_empty(&self, context: &str) {
        let p = &*self.provider;
        let trunks: Vec<_> = p
            .list_trunks(TrunkFilter::new())
            .try_collect()
            .await
            .expect("list trunks");
        assert!(trunks.is_empty(), "{context}: trunks left: {trunks:?}");
        let lists: Vec<_> = p
            .list_credential_lists()
            .try_collect()
            .await
            .expect("list creds");
        assert!(
            lists.is_empty(),
            "{context}: credential lists left: {lists:?}"
        );
        let acls: Vec<_> = p
            .list_ip_access_lists()
            .try_collect()
            .await
            .expect("list acls");
        assert!(acls.is_empty(), "{context}: IP access lists left: {acls:?}");
        if !p.capabilities().origination_uri.created_under_trunk {
            let uris: Vec<_> = p
                .list_origination_uris(None)
                .try_collect()
                .await
                .expect("list uris");
            assert!(
                uris.is_empty(),
                "{context}: origination URIs left: {uris:?}"
            );
        }
    }
}

/// Deletes a credential list whose trunk was just deleted: where trunk deletion cascades
/// (capabilities say so), it must already be gone.
async fn delete_list_after_trunk(p: &dyn TrunkProvider, list: &trunkline::CredentialListId) {
    if p.capabilities().trunk.delete_cascades {
        assert!(
            matches!(p.get_credential_list(list).await, Err(Error::NotFound(_))),
            "deleting the trunk deletes its credentials"
        );
    } else {
        p.delete_credential_list(list).await.expect("delete list");
    }
}

fn net(text: &str) -> IpNet {
    trunkline::parse_network(text).expect("network")
}

/// An outbound trunk the vendor accepts, with what it needed created first.
async fn outbound_trunk(
    p: &dyn TrunkProvider,
    name: &str,
) -> (trunkline::Trunk, trunkline::CredentialList) {
    let list = p
        .create_credential_list(
            &NewCredentialList::new(format!("{name}-creds"))
                .with_credential("pbxuser01", "Str0ng-Passw0rd!"),
        )
        .await
        .expect("credential list");
    let mut new = NewTrunk::new(Direction::Outbound)
        .with_name(name)
        .with_credential_list(list.id.clone());
    if p.capabilities().trunk.sip_domain.is_settable() {
        new = new.with_sip_domain(format!("{name}.pstn.twilio.com"));
    }
    let trunk = p.create_trunk(&new).await.expect("outbound trunk");
    (trunk, list)
}

async fn trunk_lifecycle(h: &Harness) {
    let p = &*h.provider;
    let (trunk, list) = outbound_trunk(p, "lifecycle").await;
    assert_eq!(trunk.name.as_deref(), Some("lifecycle"));
    let attachments = trunk
        .attachments
        .clone()
        .expect("get/create fill attachments");
    assert_eq!(attachments.credential_lists, vec![list.id.clone()]);

    let fetched = p.get_trunk(&trunk.id).await.expect("get");
    assert_eq!(fetched.id, trunk.id);
    if p.capabilities().trunk.sip_domain.is_settable() {
        assert_eq!(
            fetched.sip_domain.as_deref(),
            Some("lifecycle.pstn.twilio.com")
        );
    } else {
        assert!(fetched.sip_domain.as_deref().is_some_and(|d| !d.is_empty()));
    }

    let listed: Vec<_> = p
        .list_trunks(TrunkFilter::new())
        .try_collect()
        .await
        .expect("list");
    assert_eq!(listed.iter().filter(|t| t.id == trunk.id).count(), 1);

    let mut update = TrunkUpdate::new().with_name("renamed");
    if p.capabilities().trunk.enabled.is_settable() {
        update = update.with_enabled(false);
    }
    let updated = p.update_trunk(&trunk.id, &update).await.expect("update");
    assert_eq!(updated.name.as_deref(), Some("renamed"));
    if p.capabilities().trunk.enabled.is_settable() {
        assert_eq!(updated.enabled, Some(false));
        let disabled: Vec<_> = p
            .list_trunks(TrunkFilter::new().with_enabled(false))
            .try_collect()
            .await
            .expect("filtered list");
        assert_eq!(disabled.len(), 1);
    }

    p.delete_trunk(&trunk.id).await.expect("delete");
    assert!(matches!(
        p.get_trunk(&trunk.id).await,
        Err(Error::NotFound(_))
    ));
    delete_list_after_trunk(p, &list.id).await;
    h.assert_empty("trunk lifecycle").await;
}

async fn credential_list_lifecycle(h: &Harness) {
    let p = &*h.provider;
    let caps = p.capabilities();
    let list = p
        .create_credential_list(
            &NewCredentialList::new("office").with_credential("alice01", "Str0ng-Passw0rd!"),
        )
        .await
        .expect("create");
    assert_eq!(list.credentials.len(), 1);
    assert_eq!(list.credentials[0].username, "alice01");

    let fetched = p.get_credential_list(&list.id).await.expect("get");
    assert_eq!(fetched.credentials[0].username, "alice01");
    let all: Vec<_> = p.list_credential_lists().try_collect().await.expect("list");
    assert!(all.iter().any(|l| l.id == list.id));

    if caps.supports(Operation::RenameCredentialList) {
        let renamed = p
            .rename_credential_list(&list.id, "office-2")
            .await
            .expect("rename");
        assert_eq!(renamed.name.as_deref(), Some("office-2"));
    } else {
        assert!(!caps.credential_list.named);
        assert!(matches!(
            p.rename_credential_list(&list.id, "office-2").await,
            Err(Error::NotSupported { .. })
        ));
    }

    let credential = list.credentials[0].id.clone();
    p.set_credential_password(
        &list.id,
        &credential,
        &SecretString::from("An0ther-Passw0rd!"),
    )
    .await
    .expect("set password");

    let bob = NewCredential::new("bob0001", "Str0ng-Passw0rd!");
    if caps.supports(Operation::AddCredential) {
        let added = p.add_credential(&list.id, &bob).await.expect("add");
        assert_eq!(
            p.get_credential_list(&list.id)
                .await
                .expect("get")
                .credentials
                .len(),
            2
        );
        p.remove_credential(&list.id, &added.id)
            .await
            .expect("remove");
        assert_eq!(
            p.get_credential_list(&list.id)
                .await
                .expect("get")
                .credentials
                .len(),
            1
        );
    } else {
        assert!(matches!(
            p.add_credential(&list.id, &bob).await,
            Err(Error::NotSupported { .. })
        ));
    }
    p.delete_credential_list(&list.id).await.expect("delete");
    assert!(matches!(
        p.get_credential_list(&list.id).await,
        Err(Error::NotFound(_))
    ));
    h.assert_empty("credential list lifecycle").await;
}

async fn ip_access_list_lifecycle(h: &Harness) {
    let p = &*h.provider;
    let caps = p.capabilities();
    let list = p
        .create_ip_access_list(
            &NewIpAccessList::new("pbx").with_network("34.120.1.2".parse().unwrap()),
        )
        .await
        .expect("create");
    assert_eq!(list.entries.len(), 1);
    assert_eq!(list.entries[0].network, net("34.120.1.2/32"));
    let fetched = p.get_ip_access_list(&list.id).await.expect("get");
    assert_eq!(fetched.entries[0].network, net("34.120.1.2"));
    let all: Vec<_> = p.list_ip_access_lists().try_collect().await.expect("list");
    assert!(all.iter().any(|l| l.id == list.id));
    let renamed = p
        .rename_ip_access_list(&list.id, "pbx-2")
        .await
        .expect("rename");
    assert_eq!(renamed.name.as_deref(), Some("pbx-2"));

    if caps.supports(Operation::AddIpEntry) && caps.ip_access_list.max_entries.is_none_or(|m| m > 1)
    {
        let range = net("34.120.2.0/24");
        let added = if caps.ip_access_list.addresses_only {
            let err = p.add_ip_entry(&list.id, range).await.expect_err("a range");
            assert!(
                matches!(&err, Error::InvalidRequest { field, .. } if field.as_deref() == Some("network")),
                "{err:?}"
            );
            net("34.120.2.7")
        } else {
            range
        };
        p.add_ip_entry(&list.id, added).await.expect("add entry");
        let now = p.get_ip_access_list(&list.id).await.expect("get");
        assert_eq!(now.entries.len(), 2);
        assert!(now.entries.iter().any(|e| e.network == added));
        p.remove_ip_entry(&list.id, added)
            .await
            .expect("remove entry");
        assert_eq!(
            p.get_ip_access_list(&list.id)
                .await
                .expect("get")
                .entries
                .len(),
            1
        );
    }
    p.delete_ip_access_list(&list.id).await.expect("delete");
    assert!(matches!(
        p.get_ip_access_list(&list.id).await,
        Err(Error::NotFound(_))
    ));
    h.assert_empty("ip access list lifecycle").await;
}

async fn origination_uri_lifecycle(h: &Harness) {
    let p = &*h.provider;
    let caps = p.capabilities();
    let mut new = NewOriginationUri::new("sip:pbx1.example.com:5060");
    if caps.origination_uri.named {
        new = new.with_name("pbx1");
    }
    let mut scratch_trunk = None;
    if caps.origination_uri.created_under_trunk && caps.trunk.credentials_exclusive {
        // A trunk with credentials has no origination URIs: one without.
        let new_trunk = NewTrunk::new(Direction::Inbound).with_name("uri-owner");
        let trunk = p.create_trunk(&new_trunk).await.expect("inbound trunk");
        new = new.with_trunk(trunk.id.clone());
        scratch_trunk = Some((trunk, None));
    } else if caps.origination_uri.created_under_trunk {
        let (trunk, list) = outbound_trunk(p, "uri-owner").await;
        new = new.with_trunk(trunk.id.clone());
        scratch_trunk = Some((trunk, Some(list)));
    }
    if caps.origination_uri.priority.is_settable() {
        new = new.with_priority(10);
    }
    let uri = p.create_origination_uri(&new).await.expect("create");
    assert_eq!(uri.sip_uri, "sip:pbx1.example.com:5060");
    let fetched = p.get_origination_uri(&uri.id).await.expect("get");
    assert_eq!(fetched.sip_uri, "sip:pbx1.example.com:5060");
    let scope = scratch_trunk.as_ref().map(|(t, _)| &t.id);
    let listed: Vec<_> = p
        .list_origination_uris(scope)
        .try_collect()
        .await
        .expect("list");
    assert!(listed.iter().any(|u| u.id == uri.id));

    let renamed = OriginationUriUpdate::new().with_name("pbx1-renamed");
    let mut update = renamed.clone();
    if !caps.origination_uri.named {
        let err = p.update_origination_uri(&uri.id, &renamed).await;
        assert!(matches!(err, Err(Error::NotSupported { .. })), "{err:?}");
        update = OriginationUriUpdate::new().with_sip_uri("sip:pbx1b.example.com:5070");
    }
    if caps.origination_uri.priority.is_settable() {
        update = update.with_priority(5);
    }
    let updated = p
        .update_origination_uri(&uri.id, &update)
        .await
        .expect("update");
    if caps.origination_uri.named {
        assert_eq!(updated.name.as_deref(), Some("pbx1-renamed"));
    } else {
        assert_eq!(updated.sip_uri, "sip:pbx1b.example.com:5070");
        let fetched = p.get_origination_uri(&uri.id).await.expect("get");
        assert_eq!(fetched.sip_uri, "sip:pbx1b.example.com:5070");
    }
    if caps.origination_uri.priority.is_settable() {
        assert_eq!(updated.priority, Some(5));
    }

    if !caps.origination_uri.created_under_trunk {
        // Route an inbound trunk to it.
        let inbound = p
            .create_trunk(
                &NewTrunk::new(Direction::Inbound)
                    .with_name("in")
                    .with_origination_uri(uri.id.clone()),
            )
            .await
            .expect("inbound trunk");
        let routed: Vec<_> = p
            .list_origination_uris(Some(&inbound.id))
            .try_collect()
            .await
            .expect("trunk's uris");
        assert_eq!(
            routed.iter().map(|u| u.id.clone()).collect::<Vec<_>>(),
            vec![uri.id.clone()]
        );
        p.delete_trunk(&inbound.id).await.expect("delete inbound");
    }
    if caps.trunk.delete_cascades && !caps.origination_uri.created_under_trunk {
        // Deleting the inbound trunk deleted the URI routed to it.
        assert!(matches!(
            p.delete_origination_uri(&uri.id).await,
            Err(Error::NotFound(_))
        ));
    } else {
        p.delete_origination_uri(&uri.id).await.expect("delete");
    }
    assert!(matches!(
        p.get_origination_uri(&uri.id).await,
        Err(Error::NotFound(_))
    ));
    if let Some((trunk, list)) = scratch_trunk {
        if caps.origination_uri.created_under_trunk {
            // The URI was deleted on its own: the trunk routes nowhere now.
            let routed: Vec<_> = p
                .list_origination_uris(Some(&trunk.id))
                .try_collect()
                .await
                .expect("trunk's uris");
            assert!(routed.is_empty(), "{routed:?}");
        }
        p.delete_trunk(&trunk.id).await.expect("delete trunk");
        if let Some(list) = list {
            delete_list_after_trunk(p, &list.id).await;
        }
    }
    h.assert_empty("origination uri lifecycle").await;
}

async fn phone_numbers_attach_and_detach(h: &Harness) {
    let p = &*h.provider;
    let caps = p.capabilities();
    if !caps.supports(Operation::AttachPhoneNumber) {
        return;
    }
    let number = match h.vendor {
        Vendor::Twilio => h.emulator.twilio_trunking().phone_numbers()[0].sid.clone(),
        Vendor::Vobiz => h.emulator.vobiz().phone_numbers()[0].phone_number.clone(),
        Vendor::Telnyx => h.emulator.telnyx().phone_numbers()[0].phone_number.clone(),
        other => panic!("no numbers for {other}"),
    };
    let (trunk, list) = outbound_trunk(p, "numbers").await;
    let attached = p
        .attach_phone_number(&trunk.id, &number)
        .await
        .expect("attach");
    assert_eq!(attached.trunk.as_ref(), Some(&trunk.id));
    if caps.supports(Operation::ListPhoneNumbers) {
        let listed: Vec<_> = p
            .list_phone_numbers(&trunk.id)
            .try_collect()
            .await
            .expect("list");
        // Attached by the vendor's id (Twilio) or by E.164 (Vobiz, Telnyx).
        assert_eq!(listed.len(), 1, "{listed:?}");
        assert!(
            listed[0].id == number || listed[0].e164.as_deref() == Some(number.as_str()),
            "{listed:?}"
        );
        assert!(
            listed[0]
                .e164
                .as_deref()
                .is_some_and(|e| e.starts_with('+'))
        );
    }
    if !caps.supports(Operation::DetachPhoneNumber) {
        let err = p.detach_phone_number(&trunk.id, &number).await;
        assert!(matches!(err, Err(Error::NotSupported { .. })), "{err:?}");
    } else {
        p.detach_phone_number(&trunk.id, &number)
            .await
            .expect("detach");
    }
    if caps.supports(Operation::ListPhoneNumbers) && caps.supports(Operation::DetachPhoneNumber) {
        let listed: Vec<_> = p
            .list_phone_numbers(&trunk.id)
            .try_collect()
            .await
            .expect("list");
        assert!(listed.is_empty());
    }
    let err = p
        .attach_phone_number(&trunk.id, "not-a-number")
        .await
        .expect_err("refused");
    assert!(
        matches!(err, Error::InvalidRequest { ref field, .. } if field.as_deref() == Some("number")),
        "{err:?}"
    );
    p.delete_trunk(&trunk.id).await.expect("delete");
    delete_list_after_trunk(p, &list.id).await;
    h.assert_empty("phone numbers").await;
}

async fn unsupported_operations_say_so(h: &Harness) {
    let p = &*h.provider;
    let caps = p.capabilities();
    let trunk = trunkline::TrunkId::new("does-not-matter");
    if !caps.supports(Operation::AttachPhoneNumber) {
        let err = p
            .attach_phone_number(&trunk, "+14155550100")
            .await
            .expect_err("unsupported");
        assert!(
            matches!(&err, Error::NotSupported { vendor, operation, .. } if *vendor == h.vendor && *operation == "attach_phone_number"),
            "{err:?}"
        );
        let listed: Vec<_> = p.list_phone_numbers(&trunk).collect::<Vec<_>>().await;
        assert!(matches!(
            listed.as_slice(),
            [Err(Error::NotSupported { .. })]
        ));
    }
    if !caps.supports(Operation::ListCalls) {
        let listed: Vec<_> = p.list_calls(CallFilter::new()).collect::<Vec<_>>().await;
        assert!(matches!(
            listed.as_slice(),
            [Err(Error::NotSupported { .. })]
        ));
    }
}

async fn paging_across_many_pages(h: &Harness) {
    let seeded = h.seed_trunks(47);
    let trunks: Vec<_> = h
        .provider
        .list_trunks(TrunkFilter::new().with_page_size(10))
        .try_collect()
        .await
        .expect("all pages");
    let mut ids: Vec<String> = trunks.into_iter().map(|t| t.id.to_string()).collect();
    ids.sort();
    let mut expected = seeded;
    expected.sort();
    assert_eq!(ids, expected);
    assert!(
        h.trunk_api_gets() >= 5,
        "47 trunks at 10 a page take 5 requests"
    );
}

async fn provisioning_succeeds_and_deprovisions(h: &Harness) {
    let p = &*h.provider;
    let caps = p.capabilities();
    let with_credential =
        TrunkSpec::outbound("pbx-out").with_credential("pbxout01", "Str0ng-Passw0rd!");
    let network = "34.120.1.2".parse().unwrap();
    // Where a trunk authenticates one way only, one trunk per way.
    let outbound = if caps.trunk.credentials_exclusive {
        vec![
            with_credential,
            TrunkSpec::outbound("pbx-out-ip").with_network(network),
        ]
    } else {
        vec![with_credential.with_network(network)]
    };
    for spec in &outbound {
        let done = p.provision(spec).await.expect("outbound provisioned");
        let attachments = done.trunk.attachments.clone().expect("attachments");
        let (credentials, networks) = (!spec.credentials.is_empty(), !spec.networks.is_empty());
        assert_eq!(attachments.credential_lists.len(), usize::from(credentials));
        assert_eq!(attachments.ip_access_lists.len(), usize::from(networks));
        assert_eq!(
            done.credential_list.as_ref().map(|l| l.credentials.len()),
            credentials.then_some(1)
        );
        assert_eq!(
            done.ip_access_list.as_ref().map(|l| l.entries.len()),
            networks.then_some(1)
        );
        p.deprovision(&done).await.expect("deprovision outbound");
    }

    let inbound = TrunkSpec::inbound("pbx-in")
        .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"))
        .with_origination_uri(NewOriginationUri::new("sip:pbx2.example.com:5060"));
    let done = p.provision(&inbound).await.expect("inbound provisioned");
    let routed = done
        .trunk
        .attachments
        .clone()
        .expect("attachments")
        .origination_uris;
    assert_eq!(
        routed,
        done.origination_uris
            .iter()
            .map(|u| u.id.clone())
            .collect::<Vec<_>>()
    );
    assert_eq!(
        done.origination_uris[0].sip_uri,
        "sip:pbx1.example.com:5060"
    );
    if caps.origination_uri.priority.is_settable() {
        assert!(done.origination_uris[0].priority < done.origination_uris[1].priority);
    }
    p.deprovision(&done).await.expect("deprovision inbound");
    h.assert_empty("after deprovisioning").await;
}

async fn provisioning_rolls_back_a_failed_step(h: &Harness) {
    let p = &*h.provider;
    // The trunk is created after the credential and IP lists: fail it.
    h.inject_on_trunk_creates(Fault::error(500));
    let mut spec = TrunkSpec::outbound("doomed").with_credential("doomed001", "Str0ng-Passw0rd!");
    if !p.capabilities().trunk.credentials_exclusive {
        spec = spec.with_network("34.120.1.2".parse().unwrap());
    }
    let err = p.provision(&spec).await.expect_err("fault");
    let Error::Provisioning(failure) = &err else {
        panic!("expected a provisioning error, got {err:?}");
    };
    assert!(
        failure.failed_step.starts_with("create trunk"),
        "{}",
        failure.failed_step
    );
    assert!(
        matches!(failure.cause, Error::Unavailable(_)),
        "{:?}",
        failure.cause
    );
    let lists = 1 + usize::from(!spec.networks.is_empty());
    assert_eq!(failure.rolled_back.len(), lists, "{failure}");
    assert!(failure.left_behind.is_empty(), "{failure}");
    assert!(err.to_string().contains("nothing left behind"), "{err}");
    h.assert_empty("after rollback").await;
}

async fn errors_map_to_their_meaning(h: &Harness) {
    let unknown = trunkline::TrunkId::new("0000000000");
    let err = h.provider.get_trunk(&unknown).await.expect_err("unknown");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(err.status(), Some(404));

    let intruder = h.with_token("wrong-token");
    let err = intruder.get_trunk(&unknown).await.expect_err("wrong token");
    assert!(matches!(err, Error::Unauthenticated(_)), "{err:?}");
    assert!(!format!("{err:?} {err}").contains("wrong-token"));

    let quick = h.without_retries();
    let (trunk, list) = outbound_trunk(&*h.provider, "errors").await;
    for (status, check) in [
        (
            400u16,
            (|e: &Error| matches!(e, Error::InvalidRequest { .. })) as fn(&Error) -> bool,
        ),
        (403, |e| matches!(e, Error::PermissionDenied(_))),
        (404, |e| matches!(e, Error::NotFound(_))),
        (409, |e| matches!(e, Error::AlreadyExists(_))),
        (422, |e| matches!(e, Error::InvalidRequest { .. })),
        (429, |e| matches!(e, Error::RateLimited { .. })),
        (500, |e| matches!(e, Error::Unavailable(_))),
        (502, |e| matches!(e, Error::Unavailable(_))),
        (503, |e| matches!(e, Error::Unavailable(_))),
    ] {
        h.inject_on_every_trunk_read(Fault::error(status).for_method("GET"));
        let err = quick.get_trunk(&trunk.id).await.expect_err("faulted");
        assert!(check(&err), "{status} mapped to {err:?}");
        assert_eq!(err.status(), Some(status), "{err:?}");
        let detail = err.vendor_error().expect("vendor details");
        assert_eq!(detail.vendor, h.vendor);
        assert!(!detail.message.is_empty());
    }
    h.inject_on_every_trunk_read(Fault::error(429).retry_after("7").for_method("GET"));
    let err = quick.get_trunk(&trunk.id).await.expect_err("429");
    assert!(
        matches!(err, Error::RateLimited { retry_after: Some(d), .. } if d == Duration::from_secs(7)),
        "{err:?}"
    );
    h.clear_trunk_faults();
    h.provider.delete_trunk(&trunk.id).await.expect("delete");
    delete_list_after_trunk(&*h.provider, &list.id).await;
}

/// What an axum handler does: takes the shared provider, returns its list as the response
/// body. The stream owns what it needs, so the provider may be gone before it is read.
fn trunk_list_of(
    provider: Arc<dyn TrunkProvider>,
) -> trunkline::BoxStream<'static, trunkline::Result<trunkline::Trunk>> {
    provider.list_trunks(TrunkFilter::new().with_page_size(10))
}

async fn lists_outlive_their_provider(h: &Harness) {
    let seeded = h.seed_trunks(23);
    let provider = Harness::provider(&h.emulator, h.vendor, config(), None);
    let weak = Arc::downgrade(&provider);
    let trunks = trunk_list_of(provider);
    assert!(weak.upgrade().is_none(), "the provider is dropped");
    // `'static + Send`: the stream can move to another task.
    let listed = tokio::spawn(trunks.try_collect::<Vec<_>>())
        .await
        .expect("task")
        .expect("every page");
    let mut ids: Vec<String> = listed.into_iter().map(|t| t.id.to_string()).collect();
    ids.sort();
    let mut expected = seeded;
    expected.sort();
    assert_eq!(
        ids, expected,
        "all three pages, read after the provider was dropped"
    );

    // Arguments are owned too: a trunk id that no longer exists when the stream is read.
    let provider = Harness::provider(&h.emulator, h.vendor, config(), None);
    let uris = {
        let trunk = trunkline::TrunkId::new(expected[0].clone());
        provider.list_origination_uris(Some(&trunk))
    };
    drop(provider);
    let uris: Vec<_> = uris.try_collect().await.expect("the trunk's URIs");
    assert!(uris.is_empty(), "a seeded trunk routes nowhere: {uris:?}");
}

async fn calls_are_listed_and_fetched(h: &Harness) {
    let p = &*h.provider;
    if !p.capabilities().supports(Operation::ListCalls) {
        return;
    }
    let seeded = h.seed_calls(25);
    let calls: Vec<_> = p
        .list_calls(CallFilter::new().with_page_size(10))
        .try_collect()
        .await
        .expect("calls");
    assert_eq!(calls.len(), seeded.len());
    assert!(calls.iter().all(|c| c.from.is_some() && c.to.is_some()));
    if !p.capabilities().supports(Operation::GetCall) {
        let err = p.get_call(&calls[0].id).await;
        assert!(matches!(err, Err(Error::NotSupported { .. })), "{err:?}");
        return;
    }
    let one = p.get_call(&calls[0].id).await.expect("get call");
    assert_eq!(one.id, calls[0].id);
    assert!(one.from.is_some() && one.to.is_some());
}

/// `with_details` completes a vendor's summary list at one read per record, and costs
/// nothing where the list is already complete.
async fn call_details_complete_listed_records(h: &Harness) {
    let p = &*h.provider;
    if !p.capabilities().supports(Operation::ListCalls) {
        return;
    }
    let seeded = h.seed_calls(25);
    let gets = h.trunk_api_gets();
    let plain: Vec<_> = p
        .list_calls(CallFilter::new().with_page_size(10))
        .try_collect()
        .await
        .expect("calls");
    let list_gets = h.trunk_api_gets() - gets;
    let detailed: Vec<_> = p
        .list_calls(CallFilter::new().with_page_size(10).with_details(true))
        .try_collect()
        .await
        .expect("calls with details");
    let detailed_gets = h.trunk_api_gets() - gets - list_gets;
    assert_eq!(detailed.len(), seeded.len());
    let ids =
        |calls: &[trunkline::CallRecord]| calls.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&detailed), ids(&plain), "same records, same order");
    if p.capabilities().call.list_has_details {
        assert_eq!(
            detailed_gets, list_gets,
            "a complete list needs no extra reads"
        );
        assert_eq!(detailed, plain);
    } else {
        assert_eq!(
            detailed_gets,
            list_gets + seeded.len(),
            "one read per record"
        );
        assert!(
            plain
                .iter()
                .all(|c| c.cost.is_none() && c.hangup_cause.is_none()),
            "the summary list has no cost or hang-up cause: {:?}",
            plain[0]
        );
    }
    if !p.capabilities().supports(Operation::GetCall) {
        return; // No single-record read to compare with (Telnyx).
    }
    for record in &detailed {
        let one = p.get_call(&record.id).await.expect("get call");
        assert_eq!(record, &one, "a detailed record is the single-record read");
        assert!(one.cost.is_some() && one.hangup_cause.is_some(), "{one:?}");
    }
}

macro_rules! conformance {
    ($module:ident, $vendor:expr) => {
        mod $module {
            use super::*;

            #[tokio::test]
            async fn trunk_lifecycle() {
                super::trunk_lifecycle(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn credential_list_lifecycle() {
                super::credential_list_lifecycle(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn ip_access_list_lifecycle() {
                super::ip_access_list_lifecycle(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn origination_uri_lifecycle() {
                super::origination_uri_lifecycle(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn phone_numbers_attach_and_detach() {
                super::phone_numbers_attach_and_detach(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn unsupported_operations_say_so() {
                super::unsupported_operations_say_so(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn paging_across_many_pages() {
                super::paging_across_many_pages(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn provisioning_succeeds_and_deprovisions() {
                super::provisioning_succeeds_and_deprovisions(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn provisioning_rolls_back_a_failed_step() {
                super::provisioning_rolls_back_a_failed_step(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn errors_map_to_their_meaning() {
                super::errors_map_to_their_meaning(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn lists_outlive_their_provider() {
                super::lists_outlive_their_provider(&Harness::start($vendor).await).await;
            }
            #[tokio::test]
            async fn calls_are_listed_and_fetched() {
                super::calls_are_listed_and_fetched(&Harness::start($vendor).await).await;
            }

            #[tokio::test]
            async fn call_details_complete_listed_records() {
                super::call_details_complete_listed_records(&Harness::start($vendor).await).await;
            }
        }
    };
}

conformance!(plivo, Vendor::Plivo);
conformance!(twilio, Vendor::Twilio);
conformance!(vobiz, Vendor::Vobiz);
conformance!(telnyx, Vendor::Telnyx);
