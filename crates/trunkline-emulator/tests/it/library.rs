//! The library API: start, origins, ports, configuration errors and shutdown.

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use reqwest::Method;
use trunkline_emulator::{Emulator, EmulatorConfig, Fault, Ports, StartError};

use crate::common::{client, expect, start};

async fn refuses_connections(origin: &str) -> bool {
    let host = origin.trim_start_matches("http://");
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(host).await.is_err() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    false
}

#[tokio::test]
async fn origins_are_distinct_loopback_urls_and_serialize_as_the_ready_line() {
    let env = start().await;
    let o = env.emu.origins();
    let all = [
        &o.plivo,
        &o.twilio_trunking,
        &o.twilio_api,
        &o.vobiz,
        &o.telnyx,
    ];
    for origin in all {
        assert!(origin.starts_with("http://127.0.0.1:"), "{origin}");
    }
    let mut unique: Vec<_> = all.to_vec();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 5);
    assert_eq!(env.emu.plivo_url(), o.plivo);
    assert_eq!(env.emu.plivo().url(), o.plivo);
    assert_eq!(env.emu.twilio_api().url(), o.twilio_api);
    assert_eq!(
        o.to_json_line(),
        format!(
            r#"{{"plivo":"{}","twilio_trunking":"{}","twilio_api":"{}","vobiz":"{}","telnyx":"{}"}}"#,
            o.plivo, o.twilio_trunking, o.twilio_api, o.vobiz, o.telnyx
        )
    );
    assert_eq!(
        env.emu.plivo().auth_id(),
        trunkline_emulator::DEFAULT_PLIVO_AUTH_ID
    );
    assert_eq!(
        env.emu.twilio_trunking().account_sid(),
        trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID
    );
    assert_eq!(
        env.emu.vobiz().auth_id(),
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID
    );
    assert!(format!("{:?}", env.emu).contains("origins"));
}

#[tokio::test]
async fn drop_stops_the_listeners() {
    let emu = Emulator::start(EmulatorConfig::default())
        .await
        .expect("starts");
    let origins = emu.origins().clone();
    drop(emu);
    for origin in [
        &origins.plivo,
        &origins.twilio_trunking,
        &origins.twilio_api,
        &origins.vobiz,
    ] {
        assert!(refuses_connections(origin).await, "{origin} still accepts");
    }
}

#[tokio::test]
async fn shutdown_lets_in_flight_requests_finish() {
    let env = start().await;
    env.emu
        .vobiz()
        .inject(Fault::latency(Duration::from_millis(400)))
        .expect("valid");
    let request = env.vobiz(Method::GET, "trunks");
    let in_flight = tokio::spawn(async move { request.send().await.map(|r| r.status()) });
    // Shut down once the request is in (the log records it before the latency), however long
    // the machine takes to get it there.
    while env.emu.vobiz().requests().is_empty() {
        assert!(
            !in_flight.is_finished(),
            "the request ended before it arrived"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let origin = env.emu.vobiz_url().to_owned();
    env.emu.shutdown().await;
    let status = in_flight
        .await
        .expect("task")
        .expect("answered despite shutdown");
    assert_eq!(status, 200);
    assert!(refuses_connections(&origin).await);
}

#[tokio::test]
async fn fixed_ports_unspecified_bind_and_start_errors() {
    let first = Emulator::start(EmulatorConfig::default())
        .await
        .expect("starts");
    let port = |origin: &str| -> u16 {
        origin
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("port")
    };
    let taken = port(first.plivo_url());
    let err = Emulator::start(EmulatorConfig::default().with_ports(Ports::new(taken, 0, 0, 0)))
        .await
        .expect_err("the port is taken");
    assert!(
        matches!(err, StartError::Bind { api: "plivo", .. }),
        "{err}"
    );

    let wanted = [
        port(first.plivo_url()),
        port(first.twilio_trunking_url()),
        port(first.twilio_api_url()),
        port(first.vobiz_url()),
    ];
    first.shutdown().await;
    let second = Emulator::start(
        EmulatorConfig::default()
            .with_ports(Ports::new(wanted[0], wanted[1], wanted[2], wanted[3])),
    )
    .await
    .expect("fixed ports are free again");
    assert_eq!(port(second.twilio_api_url()), wanted[2]);
    drop(second);

    let any = Emulator::start_on(IpAddr::V4(Ipv4Addr::UNSPECIFIED), EmulatorConfig::default())
        .await
        .expect("binds 0.0.0.0");
    assert!(
        any.plivo_url().starts_with("http://127.0.0.1:"),
        "{}",
        any.plivo_url()
    );
    let response = client()
        .get(format!("{}/__emulator/faults", any.plivo_url()))
        .send()
        .await
        .expect("reachable through loopback");
    assert_eq!(response.status(), 200);

    for bad in [
        EmulatorConfig::default().with_vobiz_credentials("", "x"),
        EmulatorConfig::default().with_twilio_phone_numbers(["555-0100"]),
        EmulatorConfig::default().with_vobiz_phone_numbers(["+0123"]),
        EmulatorConfig::default().with_plivo_credentials("MA/X", "t"),
    ] {
        let err = Emulator::start(bad).await.expect_err("invalid config");
        assert!(matches!(err, StartError::InvalidConfig(_)), "{err}");
    }
}

#[tokio::test]
async fn custom_seed_numbers_and_credentials() {
    let config = EmulatorConfig::default()
        .with_twilio_phone_numbers(["+15005550006"])
        .with_vobiz_phone_numbers(["+919999999999", "+918888888888"])
        .with_plivo_credentials("MACUSTOM", "custom-token");
    let emu = Emulator::start(config).await.expect("starts");
    let numbers = emu.twilio_trunking().phone_numbers();
    assert_eq!(numbers.len(), 1);
    assert_eq!(numbers[0].sid, "PN00000000000000000000000000000001");
    assert_eq!(numbers[0].phone_number, "+15005550006");
    let vobiz: Vec<String> = emu
        .vobiz()
        .phone_numbers()
        .into_iter()
        .map(|n| n.phone_number)
        .collect();
    assert_eq!(vobiz, ["+918888888888", "+919999999999"]);
    let http = client();
    let url = format!("{}/v1/Account/MACUSTOM/Zentrunk/Trunk/", emu.plivo_url());
    expect(
        http.get(&url).basic_auth("MACUSTOM", Some("custom-token")),
        200,
    )
    .await;
    assert!(emu.twilio_api().add_phone_number("not a number").is_err());
}
