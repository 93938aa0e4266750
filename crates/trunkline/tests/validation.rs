//! Input the facade can check is refused before anything is sent, naming the field.

use trunkline::{
    Direction, Error, NewIpAccessList, NewOriginationUri, NewTrunk, TrunkProvider,
    TrunkProviderExt, TrunkSpec,
};
use trunkline_emulator::{Emulator, EmulatorConfig};

fn field_of(err: &Error) -> Option<&str> {
    match err {
        Error::InvalidRequest {
            field,
            vendor_error: None,
            ..
        } => field.as_deref(),
        _ => None,
    }
}

async fn providers(emulator: &Emulator) -> Vec<Box<dyn TrunkProvider>> {
    let config = trunkline::ClientConfig::default();
    vec![
        Box::new(
            trunkline::PlivoProvider::with_config(
                trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
                trunkline_emulator::DEFAULT_PLIVO_AUTH_TOKEN,
                Some(emulator.plivo_url()),
                config.clone(),
            )
            .unwrap(),
        ),
        Box::new(trunkline::TwilioProvider::from_client(
            trunkline_twilio::ClientBuilder::new(
                trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
                trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN,
            )
            .trunking_base_url(emulator.twilio_trunking_url())
            .sip_base_url(emulator.twilio_api_url())
            .build()
            .unwrap(),
        )),
        Box::new(
            trunkline::VobizProvider::with_config(
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN,
                Some(emulator.vobiz_url()),
                config,
            )
            .unwrap(),
        ),
    ]
}

fn requests_sent(emulator: &Emulator) -> u64 {
    emulator.plivo().requests_total()
        + emulator.twilio_trunking().requests_total()
        + emulator.twilio_api().requests_total()
        + emulator.vobiz().requests_total()
}

#[tokio::test]
async fn empty_sip_uris_are_refused_on_every_vendor() {
    let emulator = Emulator::start(EmulatorConfig::default()).await.unwrap();
    for p in providers(&emulator).await {
        let err = p
            .create_origination_uri(&NewOriginationUri::new("  ").with_trunk("TK1"))
            .await
            .expect_err("empty");
        assert_eq!(field_of(&err), Some("sip_uri"), "{}: {err:?}", p.vendor());
        let spec = TrunkSpec::inbound("in").with_origination_uri(NewOriginationUri::new(""));
        let err = p.provision(&spec).await.expect_err("empty");
        assert_eq!(
            field_of(&err),
            Some("origination_uris[0].sip_uri"),
            "{}: {err:?}",
            p.vendor()
        );
    }
    assert_eq!(requests_sent(&emulator), 0, "nothing may be sent");
}

#[tokio::test]
async fn plivo_inbound_trunks_need_an_origination_uri() {
    let emulator = Emulator::start(EmulatorConfig::default()).await.unwrap();
    let plivo = &providers(&emulator).await[0];
    let err = plivo
        .create_trunk(&NewTrunk::new(Direction::Inbound).with_name("in"))
        .await
        .expect_err("no uri");
    assert_eq!(field_of(&err), Some("origination_uris"), "{err:?}");
    let err = plivo
        .provision(&TrunkSpec::inbound("in"))
        .await
        .expect_err("no uri");
    assert_eq!(field_of(&err), Some("origination_uris"), "{err:?}");
    let err = plivo
        .provision(&TrunkSpec::outbound("out"))
        .await
        .expect_err("no auth");
    assert_eq!(field_of(&err), Some("credentials"), "{err:?}");
    assert_eq!(requests_sent(&emulator), 0);
}

#[tokio::test]
async fn networks_are_parsed_types_and_bad_ones_never_reach_a_vendor() {
    for bad in ["300.1.1.1", "10.0.0.1/24", "10.0.0.0/33", "", "example.com"] {
        let err = bad.parse::<trunkline::Network>().expect_err(bad);
        assert!(err.contains(bad.trim()) || bad.is_empty(), "{bad}: {err}");
    }
    let emulator = Emulator::start(EmulatorConfig::default()).await.unwrap();
    let all = providers(&emulator).await;
    // Twilio and Vobiz allow-lists are IPv4 only.
    for p in &all[1..] {
        let err = p
            .create_ip_access_list(
                &NewIpAccessList::new("v6").with_network("2001:db8::/32".parse().unwrap()),
            )
            .await
            .expect_err("v6");
        assert_eq!(
            field_of(&err),
            Some("networks[0]"),
            "{}: {err:?}",
            p.vendor()
        );
    }
    let spec = TrunkSpec::outbound("out").with_credential(" ", "Str0ng-Passw0rd!");
    for p in &all {
        let err = p.provision(&spec).await.expect_err("empty username");
        assert_eq!(
            field_of(&err),
            Some("credentials[0].username"),
            "{}: {err:?}",
            p.vendor()
        );
    }
    assert_eq!(requests_sent(&emulator), 0);
}

#[tokio::test]
async fn what_a_vendor_cannot_do_fails_before_sending() {
    let emulator = Emulator::start(EmulatorConfig::default()).await.unwrap();
    let all = providers(&emulator).await;
    // Plivo: one credential per list; Vobiz: one network per list.
    let two_users = TrunkSpec::outbound("out")
        .with_credential("alice0001", "Str0ng-Passw0rd!")
        .with_credential("bob000001", "Str0ng-Passw0rd!");
    assert!(matches!(
        all[0].provision(&two_users).await,
        Err(Error::NotSupported { .. })
    ));
    let two_networks = TrunkSpec::outbound("out")
        .with_network("34.1.1.1".parse().unwrap())
        .with_network("34.1.1.2".parse().unwrap());
    assert!(matches!(
        all[2].provision(&two_networks).await,
        Err(Error::NotSupported { .. })
    ));
    // Plivo has no trunk that carries both directions.
    assert!(matches!(
        all[0]
            .provision(&TrunkSpec::new("both", Direction::Both))
            .await,
        Err(Error::NotSupported { .. })
    ));
    assert_eq!(requests_sent(&emulator), 0);
}
