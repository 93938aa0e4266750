//! `connections_total` counts accepted TCP connections, so a test (or the benchmarks) can tell
//! whether a client reuses its connections.

use trunkline_emulator::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, Emulator, EmulatorConfig,
};

async fn list_trunks(client: &reqwest::Client, emulator: &Emulator) {
    let url = format!(
        "{}/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/",
        emulator.plivo_url()
    );
    let response = client
        .get(url)
        .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some(DEFAULT_PLIVO_AUTH_TOKEN))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    response.bytes().await.expect("body");
}

#[tokio::test]
async fn counts_accepted_connections_per_listener() {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .expect("emulator");
    assert_eq!(emulator.plivo().connections_total(), 0);

    // One client, sequential requests: one keep-alive connection.
    let client = reqwest::Client::new();
    for _ in 0..5 {
        list_trunks(&client, &emulator).await;
    }
    assert_eq!(emulator.plivo().connections_total(), 1);
    assert_eq!(emulator.plivo().requests_total(), 5);

    // A second client opens its own; other listeners saw nothing; reset keeps the count.
    list_trunks(&reqwest::Client::new(), &emulator).await;
    emulator.plivo().reset();
    assert_eq!(emulator.plivo().connections_total(), 2);
    assert_eq!(emulator.vobiz().connections_total(), 0);
    assert_eq!(emulator.twilio_trunking().connections_total(), 0);
}
