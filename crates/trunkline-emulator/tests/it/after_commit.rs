//! Faults after commit: the request is handled and its effects kept, then the answer is
//! replaced (a 502 with the vendor's error body, a dropped connection, a truncated or
//! malformed body, a late answer). Every listener, through the library and over HTTP; the
//! request log says what the handler did. Before-commit faults still change nothing.

use std::time::Duration;

use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{Fault, RecordedRequest};

use crate::common::{
    AC, Env, assert_plivo_error, assert_twilio_error, assert_vobiz_error, expect, header, s, send,
    start,
};

#[derive(Clone, Copy, Debug)]
enum Listener {
    Plivo,
    TwilioTrunking,
    TwilioApi,
    Vobiz,
    Telnyx,
}

const ALL: [Listener; 5] = [
    Listener::Plivo,
    Listener::TwilioTrunking,
    Listener::TwilioApi,
    Listener::Vobiz,
    Listener::Telnyx,
];

/// Resources a create needs that are not under test (a Plivo outbound trunk needs an IP ACL).
struct Setup {
    plivo_ipacl: String,
}

async fn setup(env: &Env) -> Setup {
    let acl = expect(
        env.plivo(Method::POST, "IPAccessControlList/")
            .json(&json!({"name": "acl", "ip_addresses": ["10.0.0.1"]})),
        201,
    )
    .await;
    Setup {
        plivo_ipacl: s(&acl, "ipacl_uuid"),
    }
}

impl Listener {
    fn origin(self, env: &Env) -> String {
        match self {
            Listener::Plivo => env.emu.plivo_url(),
            Listener::TwilioTrunking => env.emu.twilio_trunking_url(),
            Listener::TwilioApi => env.emu.twilio_api_url(),
            Listener::Vobiz => env.emu.vobiz_url(),
            Listener::Telnyx => env.emu.telnyx_url(),
        }
        .to_owned()
    }

    /// The raw path prefix of the create under test (faults are scoped to it).
    fn create_prefix(self) -> String {
        match self {
            Listener::Plivo => "/v1/Account/MAEMULATOR0000000000/Zentrunk/Trunk/".to_owned(),
            Listener::TwilioTrunking => "/v1/Trunks".to_owned(),
            Listener::TwilioApi => format!("/2010-04-01/Accounts/{AC}/SIP/CredentialLists.json"),
            Listener::Vobiz => "/api/v1/Account/MA_EMULATOR/trunks".to_owned(),
            Listener::Telnyx => "/v2/ip_connections".to_owned(),
        }
    }

    fn create(self, env: &Env, setup: &Setup, name: &str) -> reqwest::RequestBuilder {
        match self {
            Listener::Plivo => env.plivo(Method::POST, "Trunk/").json(&json!({
                "name": name, "trunk_direction": "outbound", "ipacl_uuid": setup.plivo_ipacl
            })),
            Listener::TwilioTrunking => env
                .twilio(Method::POST, "/v1/Trunks")
                .form(&[("FriendlyName", name)]),
            Listener::TwilioApi => env
                .twilio_api(Method::POST, "SIP/CredentialLists.json")
                .form(&[("FriendlyName", name)]),
            Listener::Vobiz => env.vobiz(Method::POST, "trunks").json(&json!({
                "name": name, "trunk_type": "OUTBOUND", "max_concurrent_calls": 5
            })),
            Listener::Telnyx => env
                .telnyx(Method::POST, "ip_connections")
                .json(&json!({"connection_name": name})),
        }
    }

    /// How many resources of the kind under test exist.
    async fn count(self, env: &Env) -> usize {
        match self {
            Listener::Plivo => env.emu.plivo().trunk_count(),
            Listener::TwilioTrunking => env.emu.twilio_trunking().trunk_count(),
            Listener::Vobiz => env.emu.vobiz().trunk_count(),
            Listener::Telnyx => env.emu.telnyx().connection_count(),
            Listener::TwilioApi => {
                let list = expect(
                    env.twilio_api(Method::GET, "SIP/CredentialLists.json?PageSize=1000"),
                    200,
                )
                .await;
                list["credential_lists"].as_array().map_or(0, Vec::len)
            }
        }
    }

    fn inject(self, env: &Env, fault: Fault) {
        match self {
            Listener::Plivo => env.emu.plivo().inject(fault),
            Listener::TwilioTrunking => env.emu.twilio_trunking().inject(fault),
            Listener::TwilioApi => env.emu.twilio_api().inject(fault),
            Listener::Vobiz => env.emu.vobiz().inject(fault),
            Listener::Telnyx => env.emu.telnyx().inject(fault),
        }
        .expect("valid fault");
    }

    fn requests(self, env: &Env) -> Vec<RecordedRequest> {
        match self {
            Listener::Plivo => env.emu.plivo().requests(),
            Listener::TwilioTrunking => env.emu.twilio_trunking().requests(),
            Listener::TwilioApi => env.emu.twilio_api().requests(),
            Listener::Vobiz => env.emu.vobiz().requests(),
            Listener::Telnyx => env.emu.telnyx().requests(),
        }
    }

    fn assert_error(self, body: &Value, status: u16) {
        match self {
            Listener::Plivo => assert_plivo_error(body),
            Listener::TwilioTrunking | Listener::TwilioApi => {
                assert_twilio_error(body, status, 20_000 + u64::from(status));
            }
            Listener::Vobiz => assert_vobiz_error(body, status),
            Listener::Telnyx => {
                assert_eq!(body["errors"][0]["code"], "10007", "{body}");
            }
        }
    }
}

/// The fault kinds under test, as library values and as their HTTP JSON.
#[derive(Clone, Copy, Debug)]
enum Kind {
    BadGateway,
    Drop,
    Truncated,
    Malformed,
}

const KINDS: [Kind; 4] = [
    Kind::BadGateway,
    Kind::Drop,
    Kind::Truncated,
    Kind::Malformed,
];

impl Kind {
    fn fault(self, after_commit: bool, prefix: &str) -> Fault {
        let fault = match self {
            Kind::BadGateway => Fault::error(502),
            Kind::Drop => Fault::disconnect(),
            Kind::Truncated => Fault::truncated_body(),
            Kind::Malformed => Fault::malformed_body(),
        }
        .for_method("POST")
        .for_path_prefix(prefix);
        if after_commit {
            fault.after_commit()
        } else {
            fault
        }
    }

    fn json(self, after_commit: bool, prefix: &str) -> Value {
        let mut fault = match self {
            Kind::BadGateway => json!({"status": 502}),
            Kind::Drop => json!({"drop_connection": true}),
            Kind::Truncated => json!({"body": "truncated"}),
            Kind::Malformed => json!({"body": "malformed"}),
        };
        fault["method"] = json!("POST");
        fault["path_prefix"] = json!(prefix);
        if after_commit {
            fault["after_commit"] = json!(true);
        }
        fault
    }
}

/// Sends the create and checks the client saw the fault `kind` (`created` is the handler's
/// status when the handler ran). Returns the status the client got, if any.
async fn assert_client_sees(
    api: Listener,
    kind: Kind,
    request: reqwest::RequestBuilder,
    created: Option<u16>,
) -> Option<u16> {
    let sent = request.send().await;
    match kind {
        Kind::Drop => {
            assert!(
                sent.is_err(),
                "{api:?}: a dropped connection has no response"
            );
            None
        }
        Kind::BadGateway => {
            let response = sent.expect("answered");
            assert_eq!(response.status(), 502, "{api:?}");
            let body: Value = response.json().await.expect("a complete JSON error body");
            api.assert_error(&body, 502);
            Some(502)
        }
        Kind::Truncated => {
            let response = sent.expect("the head arrives");
            // After commit the real status goes out; before commit the fault's (200).
            let status = response.status().as_u16();
            assert_eq!(status, created.unwrap_or(200), "{api:?}");
            let declared = response.content_length().expect("Content-Length announced");
            let body = response.bytes().await;
            assert!(
                body.is_err(),
                "{api:?}: the body ends early (declared {declared} bytes): {body:?}"
            );
            Some(status)
        }
        Kind::Malformed => {
            let response = sent.expect("answered");
            let status = response.status().as_u16();
            assert_eq!(status, created.unwrap_or(200), "{api:?}");
            let text = response.text().await.expect("a complete body");
            assert!(
                serde_json::from_str::<Value>(&text).is_err(),
                "{api:?}: not JSON: {text}"
            );
            Some(status)
        }
    }
}

/// The log entry of the last POST to the create path.
fn last_create(api: Listener, env: &Env) -> RecordedRequest {
    let prefix = api.create_prefix();
    api.requests(env)
        .into_iter()
        .rev()
        .find(|r| r.method == "POST" && r.path.starts_with(&prefix))
        .unwrap_or_else(|| panic!("{api:?}: the create is logged"))
}

async fn run_matrix(over_http: bool) {
    let env = start().await;
    let setup = setup(&env).await;
    for api in ALL {
        let prefix = api.create_prefix();
        for kind in KINDS {
            for after_commit in [true, false] {
                if over_http {
                    let (status, body) = send(
                        env.http
                            .post(format!("{}/__emulator/faults", api.origin(&env)))
                            .json(&kind.json(after_commit, &prefix)),
                    )
                    .await;
                    assert_eq!(status, 201, "{body}");
                    // Listed back only when set.
                    let listed = if after_commit {
                        json!(true)
                    } else {
                        Value::Null
                    };
                    assert_eq!(body["faults"][0]["after_commit"], listed, "{body}");
                } else {
                    api.inject(&env, kind.fault(after_commit, &prefix));
                }
                let before = api.count(&env).await;
                let name = format!("{kind:?}-{after_commit}").to_lowercase();
                let created = after_commit.then_some(201);
                let seen =
                    assert_client_sees(api, kind, api.create(&env, &setup, &name), created).await;
                let after = api.count(&env).await;
                let what = format!("{api:?} {kind:?} after_commit={after_commit} http={over_http}");
                if after_commit {
                    assert_eq!(after, before + 1, "{what}: exactly one resource created");
                } else {
                    assert_eq!(after, before, "{what}: nothing created");
                }
                let logged = last_create(api, &env);
                assert_eq!(logged.committed, after_commit, "{what}: {logged:?}");
                assert_eq!(logged.handler_status, created, "{what}: {logged:?}");
                assert_eq!(logged.status, seen, "{what}: {logged:?}");
                assert!(!logged.rate_limited, "{what}");
                let fault = logged.fault.expect("the fault is logged");
                assert_eq!(fault.after_commit, after_commit, "{what}");
            }
        }
        // The queue is used up and the listener serves normally.
        let response = api
            .create(&env, &setup, "plain")
            .send()
            .await
            .expect("answered");
        assert_eq!(response.status(), 201, "{api:?}");
        let logged = last_create(api, &env);
        assert!(logged.committed && logged.fault.is_none(), "{logged:?}");
        assert_eq!(
            (logged.handler_status, logged.status),
            (Some(201), Some(201))
        );
    }
}

#[tokio::test]
async fn after_commit_faults_keep_the_effect_and_replace_the_answer_library() {
    run_matrix(false).await;
}

#[tokio::test]
async fn after_commit_faults_keep_the_effect_and_replace_the_answer_http() {
    run_matrix(true).await;
}

#[tokio::test]
async fn after_commit_applies_to_updates_and_deletes() {
    let env = start().await;
    let trunk = expect(
        env.vobiz(Method::POST, "trunks")
            .json(&json!({"name": "t", "trunk_type": "OUTBOUND", "max_concurrent_calls": 5})),
        201,
    )
    .await;
    let id = s(&trunk, "trunk_id");

    // The update is applied, the client gets a 504.
    env.emu
        .vobiz()
        .inject(Fault::error(504).after_commit().for_method("PUT"))
        .expect("valid");
    let body = expect(
        env.vobiz(Method::PUT, &format!("trunks/{id}"))
            .json(&json!({"name": "renamed", "max_concurrent_calls": 9, "enabled": true})),
        504,
    )
    .await;
    assert_vobiz_error(&body, 504);
    let got = expect(env.vobiz(Method::GET, &format!("trunks/{id}")), 200).await;
    assert_eq!(got["name"], "renamed");

    // A delete answered with a truncated body: the real answer is an empty 204, so the
    // emulator's own document is cut (status 200); the trunk is gone.
    env.emu
        .vobiz()
        .inject(Fault::truncated_body().after_commit().for_method("DELETE"))
        .expect("valid");
    let response = env
        .vobiz(Method::DELETE, &format!("trunks/{id}"))
        .send()
        .await
        .expect("the head arrives");
    assert_eq!(response.status(), 200);
    assert!(response.bytes().await.is_err(), "the body ends early");
    assert_eq!(env.emu.vobiz().trunk_count(), 0);
    let logged = env
        .emu
        .vobiz()
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.method == "DELETE")
        .expect("logged");
    assert_eq!(
        (logged.committed, logged.handler_status, logged.status),
        (true, Some(204), Some(200))
    );

    // A handler error is kept as the handler status too: deleting it again is a 404 that
    // the fault turns into a 502.
    env.emu
        .vobiz()
        .inject(Fault::error(502).after_commit())
        .expect("valid");
    expect(env.vobiz(Method::DELETE, &format!("trunks/{id}")), 502).await;
    let logged = env.emu.vobiz().requests().pop().expect("logged");
    assert_eq!(
        (logged.committed, logged.handler_status, logged.status),
        (true, Some(404), Some(502))
    );
}

#[tokio::test]
async fn after_commit_status_faults_carry_retry_after() {
    let env = start().await;
    env.emu
        .twilio_trunking()
        .inject(Fault::error(503).retry_after_secs(2).after_commit())
        .expect("valid");
    let response = env
        .twilio(Method::POST, "/v1/Trunks")
        .form(&[("FriendlyName", "x")])
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 503);
    assert_eq!(header(&response, "retry-after"), Some("2"));
    assert_eq!(env.emu.twilio_trunking().trunk_count(), 1);
}

/// Waits (polling the request log) until the Plivo trunk create is logged with the wanted
/// `committed`; a guard ends a hung test after 30 s.
async fn wait_for_trunk_create(env: &Env, committed: bool) -> RecordedRequest {
    let prefix = Listener::Plivo.create_prefix();
    tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            let found = env
                .emu
                .plivo()
                .requests()
                .into_iter()
                .find(|r| r.method == "POST" && r.path == prefix && r.committed == committed);
            if let Some(entry) = found {
                return entry;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the create is logged")
}

/// With latency, an after-commit fault handles the request first and waits afterwards: the
/// trunk exists while the client is still waiting for its answer. A before-commit fault
/// waits first: nothing exists while the client waits.
#[tokio::test]
async fn after_commit_latency_runs_after_the_request_was_handled() {
    let env = start().await;
    let setup = setup(&env).await;
    let slow = Duration::from_secs(600);
    let prefix = Listener::Plivo.create_prefix();

    env.emu
        .plivo()
        .inject(
            Fault::error(502)
                .with_latency(slow)
                .for_path_prefix(&prefix),
        )
        .expect("valid");
    let pending = tokio::spawn(Listener::Plivo.create(&env, &setup, "before").send());
    let entry = wait_for_trunk_create(&env, false).await;
    assert_eq!((entry.status, entry.handler_status), (None, None));
    assert_eq!(
        env.emu.plivo().trunk_count(),
        0,
        "nothing happens before the fault"
    );
    assert!(!pending.is_finished(), "the client is still waiting");
    pending.abort();
    env.emu.plivo().clear_requests();

    env.emu
        .plivo()
        .inject(
            Fault::error(502)
                .with_latency(slow)
                .after_commit()
                .for_path_prefix(&prefix),
        )
        .expect("valid");
    let pending = tokio::spawn(Listener::Plivo.create(&env, &setup, "after").send());
    let entry = wait_for_trunk_create(&env, true).await;
    assert_eq!(entry.handler_status, Some(201));
    assert_eq!(entry.status, None, "no answer yet");
    assert_eq!(env.emu.plivo().trunk_count(), 1, "the trunk exists already");
    assert!(!pending.is_finished(), "the client is still waiting");
    pending.abort();
}
