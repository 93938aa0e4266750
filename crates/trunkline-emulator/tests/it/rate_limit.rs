//! The per-listener rate limit: a token bucket on Tokio's clock (so these tests run under
//! paused time and are exact), answered with each vendor's 429 and `Retry-After`, counted in
//! the request log; control endpoints are exempt.

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{EmulatorConfig, Fault, RateLimit};

use crate::common::{
    Env, assert_plivo_error, assert_twilio_error, assert_vobiz_error, expect, header, send, start,
    start_with,
};

fn retry_after(response: &reqwest::Response) -> Option<String> {
    header(response, "retry-after").map(str::to_owned)
}

/// GETs the Plivo trunk list; returns the status and `Retry-After`.
async fn plivo_list(env: &Env) -> (u16, Option<String>) {
    let response = env
        .plivo(Method::GET, "Trunk/")
        .send()
        .await
        .expect("answered");
    (response.status().as_u16(), retry_after(&response))
}

#[tokio::test(start_paused = true)]
async fn burst_then_one_request_per_interval_exactly() {
    let env = start().await;
    env.emu
        .plivo()
        .set_rate_limit(Some(RateLimit::per_second(10)))
        .expect("valid");
    for _ in 0..10 {
        assert_eq!(plivo_list(&env).await, (200, None));
    }
    assert_eq!(plivo_list(&env).await, (429, Some("1".to_owned())));
    assert_eq!(env.emu.plivo().rate_limited_total(), 1);

    // One token every 100 ms of Tokio time.
    tokio::time::advance(Duration::from_millis(100)).await;
    assert_eq!(plivo_list(&env).await.0, 200);
    assert_eq!(plivo_list(&env).await.0, 429);
    tokio::time::advance(Duration::from_millis(350)).await;
    for _ in 0..3 {
        assert_eq!(plivo_list(&env).await.0, 200);
    }
    assert_eq!(plivo_list(&env).await.0, 429);
    assert_eq!(env.emu.plivo().rate_limited_total(), 3);
    assert_eq!(env.emu.plivo().requests_total(), 17);
}

#[tokio::test(start_paused = true)]
async fn every_vendor_answers_its_own_429_with_retry_after() {
    let env = start().await;
    let hour = RateLimit::every(Duration::from_secs(3600)).with_burst(2);
    let e = &env.emu;
    for result in [
        e.plivo().set_rate_limit(Some(hour)),
        e.twilio_trunking().set_rate_limit(Some(hour)),
        e.twilio_api().set_rate_limit(Some(hour)),
        e.vobiz().set_rate_limit(Some(hour)),
        e.telnyx().set_rate_limit(Some(hour)),
    ] {
        result.expect("valid");
    }
    let requests = [
        env.plivo(Method::GET, "Trunk/"),
        env.twilio(Method::GET, "/v1/Trunks"),
        env.twilio_api(Method::GET, "SIP/CredentialLists.json"),
        env.vobiz(Method::GET, "trunks"),
        env.telnyx(Method::GET, "ip_connections"),
    ];
    for (i, request) in requests.into_iter().enumerate() {
        let template = request.build().expect("request");
        let again = || {
            env.http
                .execute(template.try_clone().expect("bodiless request clones"))
        };
        for _ in 0..2 {
            assert_eq!(again().await.expect("answered").status(), 200);
        }
        let response = again().await.expect("answered");
        assert_eq!(response.status(), 429);
        assert_eq!(retry_after(&response).as_deref(), Some("3600"));
        assert_eq!(response.headers().get_all("retry-after").iter().count(), 1);
        let body: Value = response.json().await.expect("JSON error body");
        match i {
            0 => assert_plivo_error(&body),
            1 | 2 => {
                assert_twilio_error(&body, 429, 20429);
                assert_eq!(body["message"], "Too Many Requests", "{body}");
            }
            3 => assert_vobiz_error(&body, 429),
            _ => {
                // Telnyx's rate-limit body: code 10011, neither `source` nor `meta`.
                let error = &body["errors"][0];
                assert_eq!(error["code"], "10011", "{body}");
                assert!(error.get("meta").is_none() && error.get("source").is_none());
            }
        }
    }
    // Half an hour later the next token is half an hour away.
    tokio::time::advance(Duration::from_secs(1800)).await;
    let response = env
        .vobiz(Method::GET, "trunks")
        .send()
        .await
        .expect("answered");
    assert_eq!(
        (
            response.status().as_u16(),
            retry_after(&response).as_deref()
        ),
        (429, Some("1800"))
    );
    tokio::time::advance(Duration::from_secs(1800)).await;
    expect(env.vobiz(Method::GET, "trunks"), 200).await;
}

#[tokio::test(start_paused = true)]
async fn limited_requests_are_logged_change_nothing_and_leave_faults_queued() {
    let env = start().await;
    let vobiz = env.emu.vobiz();
    vobiz
        .set_rate_limit(Some(
            RateLimit::every(Duration::from_secs(3600)).with_burst(1),
        ))
        .expect("valid");
    vobiz.inject(Fault::error(500).times(5)).expect("valid");
    let create = || {
        env.vobiz(Method::POST, "trunks")
            .json(&json!({"name": "t", "trunk_type": "OUTBOUND", "max_concurrent_calls": 1}))
    };
    // The one token goes to the first request, which then meets the fault.
    expect(create(), 500).await;
    for _ in 0..3 {
        expect(create(), 429).await;
    }
    assert_eq!(vobiz.trunk_count(), 0, "a limited create creates nothing");
    assert_eq!(
        vobiz.faults()[0].count,
        4,
        "limited requests consume no fault"
    );
    assert_eq!(vobiz.rate_limited_total(), 3);
    let log = vobiz.requests();
    assert_eq!(log.len(), 4);
    assert!(!log[0].rate_limited && log[0].fault.is_some());
    for entry in &log[1..] {
        assert!(entry.rate_limited, "{entry:?}");
        assert_eq!(entry.status, Some(429));
        assert!(!entry.committed && entry.fault.is_none() && entry.handler_status.is_none());
    }

    // Control endpoints are never limited; the log over HTTP carries the count.
    for _ in 0..5 {
        let log = expect(
            env.http.get(format!("{}/__emulator/requests", vobiz.url())),
            200,
        )
        .await;
        assert_eq!(log["rate_limited_total"], 3);
        assert_eq!(log["requests"][1]["rate_limited"], true);
    }

    // Reset refills the bucket and keeps the limit.
    vobiz.reset();
    assert_eq!(vobiz.rate_limited_total(), 0);
    expect(create(), 201).await;
    expect(create(), 429).await;
    assert!(vobiz.rate_limit().is_some());

    // Removing the limit lets everything through.
    vobiz.set_rate_limit(None).expect("valid");
    for _ in 0..5 {
        expect(env.vobiz(Method::GET, "trunks"), 200).await;
    }
}

#[tokio::test(start_paused = true)]
async fn configured_limit_applies_to_each_listener_separately() {
    let env = start_with(
        EmulatorConfig::default()
            .with_rate_limit(RateLimit::every(Duration::from_secs(3600)).with_burst(2)),
    )
    .await;
    for _ in 0..2 {
        expect(env.plivo(Method::GET, "Trunk/"), 200).await;
    }
    expect(env.plivo(Method::GET, "Trunk/"), 429).await;
    // Vobiz has its own bucket, still full.
    for _ in 0..2 {
        expect(env.vobiz(Method::GET, "trunks"), 200).await;
    }
    expect(env.vobiz(Method::GET, "trunks"), 429).await;
    assert_eq!(env.emu.plivo().rate_limited_total(), 1);
    assert_eq!(env.emu.vobiz().rate_limited_total(), 1);
    assert_eq!(env.emu.twilio_trunking().rate_limited_total(), 0);
}

#[tokio::test]
async fn the_rate_limit_endpoint_sets_shows_and_removes_the_limit() {
    let env = start().await;
    let url = format!("{}/__emulator/rate-limit", env.emu.twilio_trunking_url());
    let state = expect(env.http.get(&url), 200).await;
    assert_eq!(state, json!({"rate_limit": null, "rate_limited_total": 0}));

    let state = expect(
        env.http
            .put(&url)
            .body(r#"{"requests_per_second": 0.001, "burst": 1}"#),
        200,
    )
    .await;
    assert_eq!(state["rate_limit"]["burst"], 1);
    assert_eq!(state["rate_limit"]["requests_per_second"], 0.001);
    assert_eq!(
        env.emu.twilio_trunking().rate_limit(),
        Some(RateLimit::every(Duration::from_secs(1000)))
    );
    expect(env.twilio(Method::GET, "/v1/Trunks"), 200).await;
    expect(env.twilio(Method::GET, "/v1/Trunks"), 429).await;
    // The other Twilio listener is not limited.
    expect(env.twilio_api(Method::GET, "SIP/CredentialLists.json"), 200).await;
    let state = expect(env.http.get(&url), 200).await;
    assert_eq!(state["rate_limited_total"], 1);

    for bad in [
        r#"{"requests_per_second": 0}"#,
        r#"{"requests_per_second": 10, "burst": 0}"#,
        r#"{"rps": 10}"#,
        "not json",
    ] {
        let (status, body) = send(env.http.put(&url).body(bad)).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert_twilio_error(&body, 400, 20001);
    }
    let (status, _) = send(env.http.delete(&url)).await;
    assert_eq!(status, 204);
    assert_eq!(env.emu.twilio_trunking().rate_limit(), None);
    for _ in 0..3 {
        expect(env.twilio(Method::GET, "/v1/Trunks"), 200).await;
    }
    // `null` removes it too.
    expect(
        env.http.put(&url).body(r#"{"requests_per_second": 1}"#),
        200,
    )
    .await;
    let state = expect(env.http.put(&url).body("null"), 200).await;
    assert_eq!(state["rate_limit"], Value::Null);
}
