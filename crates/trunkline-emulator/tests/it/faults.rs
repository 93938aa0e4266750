//! Fault injection, the request log and reset, over HTTP and through the library.

use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{EmulatorConfig, Fault, FaultBody};

use crate::common::{
    Env, assert_plivo_error, assert_twilio_error, assert_vobiz_error, client, expect, s, send,
    start, start_with,
};

async fn post_fault(env: &Env, origin: &str, fault: Value) -> Value {
    let (status, body) = send(
        env.http
            .post(format!("{origin}/__emulator/faults"))
            .json(&fault),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    body
}

async fn create_twilio_trunk(env: &Env) -> reqwest::StatusCode {
    send(
        env.twilio(Method::POST, "/v1/Trunks")
            .form(&[("FriendlyName", "x")]),
    )
    .await
    .0
}

#[tokio::test]
async fn status_faults_match_method_and_prefix_and_count_down() {
    let env = start().await;
    let origin = env.emu.twilio_trunking_url().to_owned();
    let queued = post_fault(
        &env,
        &origin,
        json!({"count": 2, "status": 503, "retry_after": "1", "method": "POST", "path_prefix": "/v1/Trunks"}),
    )
    .await;
    assert_eq!(queued["faults"][0]["count"], 2);

    // GETs don't match the fault.
    expect(env.twilio(Method::GET, "/v1/Trunks"), 200).await;
    for _ in 0..2 {
        let response = env
            .twilio(Method::POST, "/v1/Trunks")
            .form(&[("FriendlyName", "x")])
            .send()
            .await
            .expect("answered");
        assert_eq!(response.status(), 503);
        assert_eq!(
            response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok()),
            Some("1")
        );
        let body: Value = response.json().await.expect("json");
        assert_twilio_error(&body, 503, 20503);
    }
    assert_eq!(
        env.emu.twilio_trunking().trunk_count(),
        0,
        "faulted creates create nothing"
    );
    assert_eq!(create_twilio_trunk(&env).await, 201);
    assert_eq!(env.emu.twilio_trunking().trunk_count(), 1);

    // Faults are per listener: the 2010 API is unaffected by the trunking queue.
    post_fault(&env, &origin, json!({"status": 500})).await;
    expect(env.twilio_api(Method::GET, "SIP/CredentialLists.json"), 200).await;
    expect(env.twilio(Method::GET, "/v1/Trunks"), 500).await;

    // A path prefix that doesn't match leaves requests alone; faults queue in order.
    post_fault(
        &env,
        &origin,
        json!({"status": 429, "path_prefix": "/v1/Nope"}),
    )
    .await;
    post_fault(&env, &origin, json!({"status": 502})).await;
    expect(env.twilio(Method::GET, "/v1/Trunks"), 502).await;
    let list = expect(env.http.get(format!("{origin}/__emulator/faults")), 200).await;
    assert_eq!(list["faults"].as_array().map(Vec::len), Some(1));
    assert_eq!(list["faults"][0]["path_prefix"], "/v1/Nope");
    let (status, _) = send(env.http.delete(format!("{origin}/__emulator/faults"))).await;
    assert_eq!(status, 204);
    let list = expect(env.http.get(format!("{origin}/__emulator/faults")), 200).await;
    assert_eq!(list["faults"], json!([]));
}

#[tokio::test]
async fn every_vendor_answers_faults_in_its_own_error_shape() {
    let env = start().await;
    env.emu.plivo().inject(Fault::error(503)).expect("valid");
    env.emu
        .vobiz()
        .inject(Fault::error(429).retry_after("7"))
        .expect("valid");
    env.emu
        .twilio_api()
        .inject(Fault::error(500))
        .expect("valid");
    let body = expect(env.plivo(Method::GET, "Trunk/"), 503).await;
    assert_plivo_error(&body);
    let response = env
        .vobiz(Method::GET, "trunks")
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 429);
    assert_eq!(
        response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("7")
    );
    let body: Value = response.json().await.expect("json");
    assert_vobiz_error(&body, 429);
    let body = expect(env.twilio_api(Method::GET, "SIP/CredentialLists.json"), 500).await;
    assert_twilio_error(&body, 500, 20500);
}

#[tokio::test]
async fn latency_only_faults_delay_then_proceed() {
    let env = start().await;
    env.emu
        .vobiz()
        .inject(Fault::latency(Duration::from_millis(300)).for_method("POST"))
        .expect("valid");
    let started = Instant::now();
    let trunk = expect(
        env.vobiz(Method::POST, "trunks")
            .json(&json!({"name": "slow", "trunk_type": "INBOUND", "max_concurrent_calls": 1})),
        201,
    )
    .await;
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert_eq!(trunk["name"], "slow", "the request went through");
    assert_eq!(env.emu.vobiz().trunk_count(), 1);

    // Latency combined with a status: wait, then fail.
    post_fault(
        &env,
        env.emu.vobiz_url(),
        json!({"latency_ms": 200, "status": 504}),
    )
    .await;
    let started = Instant::now();
    expect(env.vobiz(Method::GET, "trunks"), 504).await;
    assert!(started.elapsed() >= Duration::from_millis(200));
}

#[tokio::test]
async fn malformed_and_truncated_bodies() {
    let env = start().await;
    post_fault(&env, env.emu.plivo_url(), json!({"body": "malformed"})).await;
    let response = env
        .plivo(Method::GET, "Trunk/")
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 200);
    let text = response.text().await.expect("complete body");
    assert!(
        serde_json::from_str::<Value>(&text).is_err(),
        "not JSON: {text}"
    );

    env.emu
        .plivo()
        .inject(Fault::truncated_body().with_status(201))
        .expect("valid");
    let response = env
        .plivo(Method::GET, "Trunk/")
        .send()
        .await
        .expect("the head arrives");
    assert_eq!(response.status(), 201);
    let declared = response.content_length().expect("content-length");
    let body = response.bytes().await;
    assert!(
        body.is_err(),
        "the body ends early (declared {declared} bytes): {body:?}"
    );
    // The listener keeps serving.
    expect(env.plivo(Method::GET, "Trunk/"), 200).await;
}

#[tokio::test]
async fn dropped_connections_get_no_response() {
    let env = start().await;
    post_fault(
        &env,
        env.emu.vobiz_url(),
        json!({"drop_connection": true, "method": "POST", "count": 1}),
    )
    .await;
    let result = client()
        .post(format!(
            "{}/api/v1/Account/MA_EMULATOR/trunks",
            env.emu.vobiz_url()
        ))
        .header("X-Auth-ID", "MA_EMULATOR")
        .header("X-Auth-Token", "emulator-vobiz-token")
        .json(&json!({"name": "x", "trunk_type": "INBOUND", "max_concurrent_calls": 1}))
        .send()
        .await;
    let err = result.expect_err("no HTTP response at all");
    assert!(!err.is_status() && !err.is_timeout(), "{err:?}");
    assert_eq!(
        env.emu.vobiz().trunk_count(),
        0,
        "the dropped create created nothing"
    );
    expect(env.vobiz(Method::GET, "trunks"), 200).await;

    // Through the library too, on Twilio.
    env.emu
        .twilio_trunking()
        .inject(Fault::disconnect().times(2))
        .expect("valid");
    for _ in 0..2 {
        assert!(
            client()
                .get(format!("{}/v1/Trunks", env.emu.twilio_trunking_url()))
                .send()
                .await
                .is_err()
        );
    }
    expect(env.twilio(Method::GET, "/v1/Trunks"), 200).await;
}

#[tokio::test]
async fn invalid_faults_are_rejected() {
    let env = start().await;
    let origin = env.emu.plivo_url();
    for bad in [
        json!({"stauts": 503}),
        json!({"status": 503, "count": 0}),
        json!({"status": 99}),
        json!({}),
        json!({"drop_connection": true, "status": 500}),
        json!({"body": "weird"}),
        json!({"latency_ms": 600_001}),
        json!({"status": 503, "path_prefix": "v1"}),
        json!([{"status": 503}, {"count": 0, "status": 500}]),
        json!("not a fault"),
    ] {
        let (status, body) = send(
            env.http
                .post(format!("{origin}/__emulator/faults"))
                .json(&bad),
        )
        .await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert_plivo_error(&body);
    }
    let (status, _) = send(
        env.http
            .post(format!("{origin}/__emulator/faults"))
            .body("{not json"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(env.emu.plivo().faults().is_empty(), "nothing was queued");
    // An array queues several at once.
    post_fault(
        &env,
        origin,
        json!([{"status": 500}, {"status": 502, "count": 3}]),
    )
    .await;
    let faults = env.emu.plivo().faults();
    assert_eq!(faults.len(), 2);
    assert_eq!(faults[1].count, 3);
    assert!(env.emu.plivo().inject(Fault::error(503).times(0)).is_err());
    env.emu.plivo().clear_faults();
    assert!(env.emu.plivo().faults().is_empty());
    assert_eq!(
        Fault::truncated_body().body,
        Some(FaultBody::Truncated),
        "constructors set the kind"
    );
    let (status, _) = send(env.http.get(format!("{origin}/__emulator/nope"))).await;
    assert_eq!(status, 404);
    let (status, _) = send(env.http.put(format!("{origin}/__emulator/reset"))).await;
    assert_eq!(status, 405);
}

#[tokio::test]
async fn request_log_records_everything_including_faults() {
    let env = start().await;
    let origin = env.emu.vobiz_url().to_owned();
    env.emu
        .vobiz()
        .inject(Fault::error(503).for_path_prefix("/api/v1/Account/MA_EMULATOR/numbers"))
        .expect("valid");
    expect(env.vobiz(Method::GET, "trunks?limit=5"), 200).await;
    let body = json!({"trunk_group_id": "t"});
    expect(
        env.vobiz(Method::POST, "numbers/%2B918012340100/assign")
            .json(&body),
        503,
    )
    .await;
    expect(env.vobiz(Method::GET, "trunks/does-not-exist"), 404).await;

    let log = expect(env.http.get(format!("{origin}/__emulator/requests")), 200).await;
    assert_eq!(log["total"], 3);
    assert_eq!(log["capacity"], 100_000);
    let requests = log["requests"].as_array().expect("requests");
    assert_eq!(requests.len(), 3, "control requests are not logged");
    assert_eq!(requests[0]["method"], "GET");
    assert_eq!(requests[0]["path"], "/api/v1/Account/MA_EMULATOR/trunks");
    assert_eq!(requests[0]["query"], "limit=5");
    assert_eq!(requests[0]["status"], 200);
    assert_eq!(requests[0]["fault"], Value::Null);
    assert_eq!(
        requests[1]["path"], "/api/v1/Account/MA_EMULATOR/numbers/%2B918012340100/assign",
        "the raw, still percent-encoded path"
    );
    assert_eq!(requests[1]["body"], body.to_string());
    assert_eq!(requests[1]["fault"]["status"], 503);
    assert_eq!(requests[1]["status"], 503);
    assert_eq!(requests[2]["status"], 404);

    let posts = expect(
        env.http
            .get(format!("{origin}/__emulator/requests?method=post")),
        200,
    )
    .await;
    assert_eq!(posts["requests"].as_array().map(Vec::len), Some(1));

    let lib = env.emu.vobiz().requests();
    assert_eq!(lib.len(), 3);
    assert_eq!(lib[1].fault.as_ref().and_then(|f| f.status), Some(503));
    assert_eq!(env.emu.vobiz().requests_total(), 3);

    let (status, _) = send(env.http.delete(format!("{origin}/__emulator/requests"))).await;
    assert_eq!(status, 204);
    assert!(env.emu.vobiz().requests().is_empty());
    assert_eq!(env.emu.vobiz().requests_total(), 0);
}

#[tokio::test]
async fn request_log_is_capped() {
    let env = start_with(EmulatorConfig::default().with_request_log_capacity(3)).await;
    for i in 0..5 {
        expect(env.plivo(Method::GET, &format!("Trunk/?offset={i}")), 200).await;
    }
    let log = env.emu.plivo().requests();
    let queries: Vec<_> = log.iter().filter_map(|r| r.query.clone()).collect();
    assert_eq!(queries, ["offset=2", "offset=3", "offset=4"]);
    assert_eq!(env.emu.plivo().requests_total(), 5);
    let big = "x".repeat(100_000);
    expect(
        env.plivo(Method::POST, "Credential/")
            .json(&json!({"username": big, "password": "p"})),
        201,
    )
    .await;
    let last = env.emu.plivo().requests().pop().expect("logged");
    assert!(last.body_truncated);
    assert_eq!(last.body.len(), trunkline_emulator::MAX_LOGGED_BODY_BYTES);
}

#[tokio::test]
async fn reset_clears_state_faults_and_log() {
    let env = start().await;
    env.emu.plivo().seed_trunks(3);
    env.emu.plivo().seed_generated_calls(2, 1);
    env.emu
        .plivo()
        .inject(Fault::error(500).for_path_prefix("/nope"))
        .expect("valid");
    expect(env.plivo(Method::GET, "Trunk/"), 200).await;
    let (status, _) = send(
        env.http
            .post(format!("{}/__emulator/reset", env.emu.plivo_url())),
    )
    .await;
    assert_eq!(status, 204);
    assert_eq!(env.emu.plivo().trunk_count(), 0);
    assert_eq!(env.emu.plivo().call_count(), 0);
    assert!(env.emu.plivo().faults().is_empty());
    assert!(env.emu.plivo().requests().is_empty());
    let list = expect(env.plivo(Method::GET, "Trunk/"), 200).await;
    assert_eq!(list["meta"]["total_count"], 0);

    // Twilio's two listeners share the account: a reset through the 2010 listener clears
    // trunks and restores the seeded numbers.
    let tk = s(
        &expect(env.twilio(Method::POST, "/v1/Trunks"), 201).await,
        "sid",
    );
    expect(
        env.twilio(Method::POST, &format!("/v1/Trunks/{tk}/PhoneNumbers"))
            .form(&[("PhoneNumberSid", "PN00000000000000000000000000000001")]),
        201,
    )
    .await;
    env.emu
        .twilio_api()
        .add_phone_number("+14155557777")
        .expect("valid");
    assert_eq!(env.emu.twilio_api().phone_numbers().len(), 6);
    let (status, _) = send(
        env.http
            .post(format!("{}/__emulator/reset", env.emu.twilio_api_url())),
    )
    .await;
    assert_eq!(status, 204);
    assert_eq!(env.emu.twilio_trunking().trunk_count(), 0);
    let numbers = env.emu.twilio_trunking().phone_numbers();
    assert_eq!(numbers.len(), 5);
    assert!(numbers.iter().all(|n| n.trunk_sid.is_none()));

    env.emu.vobiz().seed_trunks(2);
    env.emu.reset_all();
    assert_eq!(env.emu.vobiz().trunk_count(), 0);
}
