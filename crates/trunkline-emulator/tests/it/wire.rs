//! What goes on the wire: the fixed response delay, compression when the client asks for it,
//! and the per-listener count of body bytes sent (handle and `/__emulator/stats`).

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use tokio::time::Instant;
use trunkline_emulator::{EmulatorConfig, Fault};

use crate::common::{Env, expect, send, start, start_with};

/// A client that neither asks for nor decodes compressed bodies.
fn raw_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .no_zstd()
        .no_deflate()
        .pool_max_idle_per_host(0)
        .build()
        .expect("client builds")
}

/// Decodes a body sent with `Content-Encoding: encoding`.
async fn decode(encoding: &str, body: &[u8]) -> Vec<u8> {
    use async_compression::tokio::bufread::{BrotliDecoder, GzipDecoder, ZlibDecoder, ZstdDecoder};
    use tokio::io::AsyncReadExt as _;
    let mut out = Vec::new();
    let read = match encoding {
        "gzip" => GzipDecoder::new(body).read_to_end(&mut out).await,
        "br" => BrotliDecoder::new(body).read_to_end(&mut out).await,
        "zstd" => ZstdDecoder::new(body).read_to_end(&mut out).await,
        // HTTP's "deflate" is the zlib format.
        "deflate" => ZlibDecoder::new(body).read_to_end(&mut out).await,
        other => panic!("unexpected encoding {other}"),
    };
    read.unwrap_or_else(|e| panic!("{encoding} body decodes: {e}"));
    out
}

/// Sends with `client`; returns the status, `Content-Encoding` and the raw body bytes.
async fn raw(
    client: &reqwest::Client,
    request: reqwest::RequestBuilder,
) -> (u16, Option<String>, Vec<u8>) {
    let (c, request) = request.build_split();
    drop(c);
    let response = client
        .execute(request.expect("request builds"))
        .await
        .expect("answered");
    let status = response.status().as_u16();
    let encoding = response
        .headers()
        .get("content-encoding")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response.bytes().await.expect("body").to_vec();
    (status, encoding, body)
}

#[tokio::test(start_paused = true)]
async fn the_response_delay_applies_to_every_api_answer_but_not_to_control() {
    let env = start().await;
    let delay = Duration::from_secs(50);
    env.emu.plivo().set_response_delay(delay).expect("valid");
    assert_eq!(env.emu.plivo().response_delay(), delay);

    // Successes, errors and faults all wait (Tokio's paused clock: exact and instant).
    for (request, status) in [
        (env.plivo(Method::GET, "Trunk/"), 200),
        (env.plivo(Method::GET, "Trunk/nope/"), 404),
    ] {
        let started = Instant::now();
        expect(request, status).await;
        assert!(started.elapsed() >= delay, "{:?}", started.elapsed());
    }
    env.emu.plivo().inject(Fault::error(503)).expect("valid");
    let started = Instant::now();
    expect(env.plivo(Method::GET, "Trunk/"), 503).await;
    assert!(started.elapsed() >= delay);

    // Control endpoints answer at once; other listeners are not delayed.
    let started = Instant::now();
    expect(
        env.http
            .get(format!("{}/__emulator/faults", env.emu.plivo_url())),
        200,
    )
    .await;
    expect(env.vobiz(Method::GET, "trunks"), 200).await;
    assert!(started.elapsed() < delay, "{:?}", started.elapsed());

    // The delay is a setting, not a fault that runs out.
    for _ in 0..3 {
        let started = Instant::now();
        expect(env.plivo(Method::GET, "Trunk/"), 200).await;
        assert!(started.elapsed() >= delay);
    }
    env.emu
        .plivo()
        .set_response_delay(Duration::ZERO)
        .expect("valid");
    let started = Instant::now();
    expect(env.plivo(Method::GET, "Trunk/"), 200).await;
    assert!(started.elapsed() < delay);
    assert!(
        env.emu
            .plivo()
            .set_response_delay(Duration::from_secs(601))
            .is_err()
    );
}

#[tokio::test(start_paused = true)]
async fn the_response_delay_comes_from_config_and_the_control_endpoint() {
    let env =
        start_with(EmulatorConfig::default().with_response_delay(Duration::from_millis(50))).await;
    let url = format!("{}/__emulator/response-delay", env.emu.vobiz_url());
    let shown = expect(env.http.get(&url), 200).await;
    assert_eq!(shown, json!({"response_delay_ms": 50}));
    assert_eq!(
        env.emu.twilio_api().response_delay(),
        Duration::from_millis(50),
        "the configured delay applies to every listener"
    );
    let shown = expect(
        env.http.put(&url).body(r#"{"response_delay_ms": 250}"#),
        200,
    )
    .await;
    assert_eq!(shown["response_delay_ms"], 250);
    let started = Instant::now();
    expect(env.vobiz(Method::GET, "trunks"), 200).await;
    assert!(started.elapsed() >= Duration::from_millis(250));
    for bad in [r#"{"response_delay_ms": 600001}"#, r#"{"ms": 5}"#, "[]"] {
        let (status, body) = send(env.http.put(&url).body(bad)).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
    let (status, _) = send(env.http.delete(&url)).await;
    assert_eq!(status, 204);
    assert_eq!(env.emu.vobiz().response_delay(), Duration::ZERO);
}

/// Plivo's trunk list with enough trunks that the body is worth compressing.
async fn seeded(env: &Env) -> reqwest::RequestBuilder {
    env.emu.twilio_trunking().seed_trunks(50);
    env.twilio(Method::GET, "/v1/Trunks?PageSize=50")
}

#[tokio::test]
async fn json_is_compressed_when_the_client_asks_and_bytes_are_counted() {
    let env = start().await;
    let request = seeded(&env).await;
    let client = raw_client();
    let handle = env.emu.twilio_trunking();

    let before = handle.bytes_sent();
    let (status, encoding, plain) = raw(&client, request.try_clone().expect("clones")).await;
    assert_eq!((status, encoding), (200, None));
    assert_eq!(handle.bytes_sent() - before, plain.len() as u64);
    let plain_json: Value = serde_json::from_slice(&plain).expect("JSON");

    for (accept, expected, magic) in [
        ("gzip", "gzip", &[0x1f_u8, 0x8b][..]),
        ("br", "br", &[][..]),
        ("zstd", "zstd", &[0x28, 0xb5, 0x2f, 0xfd][..]),
        ("deflate", "deflate", &[0x78][..]),
        (
            "gzip, deflate, br, zstd",
            "zstd",
            &[0x28, 0xb5, 0x2f, 0xfd][..],
        ),
    ] {
        let before = handle.bytes_sent();
        let (status, encoding, body) = raw(
            &client,
            request
                .try_clone()
                .expect("clones")
                .header("accept-encoding", accept),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(encoding.as_deref(), Some(expected), "{accept}");
        assert!(body.starts_with(magic), "{accept}: {:x?}", &body[..4]);
        assert!(
            body.len() * 3 < plain.len(),
            "{accept}: {} compressed bytes vs {} plain",
            body.len(),
            plain.len()
        );
        assert_eq!(
            handle.bytes_sent() - before,
            body.len() as u64,
            "{accept}: the count is the compressed size"
        );
        // What the client decodes is the same JSON as the plain answer.
        let decoded: Value =
            serde_json::from_slice(&decode(expected, &body).await).expect("decoded JSON");
        assert_eq!(decoded, plain_json, "{accept}");
    }

    // Control endpoints are not counted, and report the count.
    let before = handle.bytes_sent();
    let stats = expect(
        env.http.get(format!("{}/__emulator/stats", handle.url())),
        200,
    )
    .await;
    assert_eq!(handle.bytes_sent(), before);
    assert_eq!(stats["bytes_sent"], before);
    assert_eq!(stats["requests_total"], handle.requests_total());
    assert_eq!(stats["connections_total"], handle.connections_total());
    assert_eq!(stats["rate_limited_total"], 0);
    // Each listener counts its own bytes.
    assert_eq!(env.emu.twilio_api().bytes_sent(), 0);
}

#[tokio::test]
async fn fault_bodies_are_never_compressed_and_compression_can_be_turned_off() {
    let env = start().await;
    let request = seeded(&env).await;
    let client = raw_client();
    env.emu
        .twilio_trunking()
        .inject(Fault::malformed_body())
        .expect("valid");
    let (status, encoding, body) = raw(
        &client,
        request
            .try_clone()
            .expect("clones")
            .header("accept-encoding", "gzip"),
    )
    .await;
    assert_eq!((status, encoding), (200, None));
    assert!(serde_json::from_slice::<Value>(&body).is_err());

    // A truncated body keeps its Content-Length (the fault is what the client sees).
    env.emu
        .twilio_trunking()
        .inject(Fault::truncated_body().after_commit())
        .expect("valid");
    let response = client
        .post(format!("{}/v1/Trunks", env.emu.twilio_trunking_url()))
        .basic_auth(
            crate::common::AC,
            Some(trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN),
        )
        .header("accept-encoding", "gzip")
        .form(&[("FriendlyName", "cut")])
        .send()
        .await
        .expect("head arrives");
    assert_eq!(response.status(), 201);
    assert!(response.headers().get("content-encoding").is_none());
    assert!(response.content_length().is_some());
    assert!(response.bytes().await.is_err());

    let off = start_with(EmulatorConfig::default().with_compression(false)).await;
    let request = seeded(&off).await;
    let (status, encoding, body) = raw(&client, request.header("accept-encoding", "gzip")).await;
    assert_eq!((status, encoding), (200, None));
    assert!(serde_json::from_slice::<Value>(&body).is_ok());
}
