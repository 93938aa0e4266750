//! Hostile input at every listener: odd ids, huge and malformed bodies, wrong content
//! types, protocol garbage. Every answer is a 4xx (vendor-shaped whenever the request got
//! past HTTP parsing), and each listener still serves a normal request afterwards.

use std::time::Duration;

use base64::Engine as _;
use reqwest::Method;
use serde_json::Value;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use trunkline_emulator::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, DEFAULT_TELNYX_API_KEY,
    DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_AUTH_TOKEN, DEFAULT_VOBIZ_AUTH_ID,
    DEFAULT_VOBIZ_AUTH_TOKEN,
};

use crate::common::{Env, expect, send, start};

#[derive(Clone, Copy, Debug)]
enum Vendor {
    Plivo,
    TwilioTrunking,
    TwilioApi,
    Vobiz,
    Telnyx,
}

impl Vendor {
    const ALL: [Vendor; 5] = [
        Vendor::Plivo,
        Vendor::TwilioTrunking,
        Vendor::TwilioApi,
        Vendor::Vobiz,
        Vendor::Telnyx,
    ];

    fn origin(self, env: &Env) -> String {
        match self {
            Vendor::Plivo => env.emu.plivo_url(),
            Vendor::TwilioTrunking => env.emu.twilio_trunking_url(),
            Vendor::TwilioApi => env.emu.twilio_api_url(),
            Vendor::Vobiz => env.emu.vobiz_url(),
            Vendor::Telnyx => env.emu.telnyx_url(),
        }
        .to_owned()
    }

    fn auth_headers(self) -> Vec<(String, String)> {
        let basic = |user: &str, pass: &str| {
            let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
            vec![("Authorization".to_owned(), format!("Basic {token}"))]
        };
        match self {
            Vendor::Plivo => basic(DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN),
            Vendor::TwilioTrunking | Vendor::TwilioApi => {
                basic(DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_AUTH_TOKEN)
            }
            Vendor::Vobiz => vec![
                ("X-Auth-ID".to_owned(), DEFAULT_VOBIZ_AUTH_ID.to_owned()),
                (
                    "X-Auth-Token".to_owned(),
                    DEFAULT_VOBIZ_AUTH_TOKEN.to_owned(),
                ),
            ],
            Vendor::Telnyx => vec![(
                "Authorization".to_owned(),
                format!("Bearer {DEFAULT_TELNYX_API_KEY}"),
            )],
        }
    }

    /// `(prefix, suffix)` around an item id; the collection is `prefix` without its last `/`.
    fn item_path(self) -> (String, &'static str) {
        match self {
            Vendor::Plivo => (
                format!("/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/"),
                "/",
            ),
            Vendor::TwilioTrunking => ("/v1/Trunks/".to_owned(), ""),
            Vendor::TwilioApi => (
                format!("/2010-04-01/Accounts/{DEFAULT_TWILIO_ACCOUNT_SID}/SIP/CredentialLists/"),
                ".json",
            ),
            Vendor::Vobiz => (
                format!("/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/trunks/"),
                "",
            ),
            Vendor::Telnyx => ("/v2/ip_connections/".to_owned(), ""),
        }
    }

    fn collection(self) -> String {
        match self {
            Vendor::TwilioApi => format!(
                "/2010-04-01/Accounts/{DEFAULT_TWILIO_ACCOUNT_SID}/SIP/CredentialLists.json"
            ),
            _ => {
                let (prefix, _) = self.item_path();
                prefix.trim_end_matches('/').to_owned()
                    + if matches!(self, Vendor::Plivo) {
                        "/"
                    } else {
                        ""
                    }
            }
        }
    }

    fn is_json(self) -> bool {
        matches!(self, Vendor::Plivo | Vendor::Vobiz | Vendor::Telnyx)
    }

    /// Whether `body` is this vendor's error shape.
    fn is_error_body(self, body: &Value) -> bool {
        match self {
            Vendor::Plivo => body["api_id"].is_string() && body["error"].is_string(),
            Vendor::TwilioTrunking | Vendor::TwilioApi => {
                body["code"].is_u64()
                    && body["message"].is_string()
                    && body["more_info"].is_string()
                    && body["status"].is_u64()
            }
            Vendor::Vobiz => body["error"].is_string() && body["code"].is_u64(),
            Vendor::Telnyx => {
                body["errors"][0]["code"].is_string()
                    && body["errors"][0]["title"].is_string()
                    && body["errors"][0]["detail"].is_string()
            }
        }
    }
}

struct RawResponse {
    status: u16,
    body: Vec<u8>,
}

/// Sends exactly these bytes as the request head target, with `Connection: close`.
async fn raw_request(
    origin: &str,
    method: &str,
    target: &[u8],
    headers: &[(String, String)],
    body: &[u8],
) -> Option<RawResponse> {
    let host = origin.trim_start_matches("http://");
    let mut stream = TcpStream::connect(host).await.ok()?;
    let mut request = Vec::new();
    request.extend_from_slice(method.as_bytes());
    request.push(b' ');
    request.extend_from_slice(target);
    request.extend_from_slice(b" HTTP/1.1\r\n");
    request.extend_from_slice(format!("Host: {host}\r\nConnection: close\r\n").as_bytes());
    for (k, v) in headers {
        request.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    if !body.is_empty() {
        request.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
    }
    request.extend_from_slice(b"\r\n");
    request.extend_from_slice(body);
    stream.write_all(&request).await.ok()?;
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut out))
        .await
        .ok()?
        .ok()?;
    let text = String::from_utf8_lossy(&out);
    let status = text.split(' ').nth(1)?.parse().ok()?;
    let split = out.windows(4).position(|w| w == b"\r\n\r\n")?;
    Some(RawResponse {
        status,
        body: out.get(split + 4..)?.to_vec(),
    })
}

async fn assert_still_serving(env: &Env, vendor: Vendor) {
    let (status, body) = match vendor {
        Vendor::Plivo => send(env.plivo(Method::GET, "Trunk/")).await,
        Vendor::TwilioTrunking => send(env.twilio(Method::GET, "/v1/Trunks")).await,
        Vendor::TwilioApi => send(env.twilio_api(Method::GET, "SIP/CredentialLists.json")).await,
        Vendor::Vobiz => send(env.vobiz(Method::GET, "trunks")).await,
        Vendor::Telnyx => send(env.telnyx(Method::GET, "ip_connections")).await,
    };
    assert_eq!(status, 200, "{vendor:?} still serves: {body}");
}

#[tokio::test]
async fn hostile_ids_get_vendor_shaped_4xx() {
    let env = start().await;
    let long = "x".repeat(10_000);
    let ids: Vec<Vec<u8>> = vec![
        b"a%2Fb".to_vec(),
        b"..".to_vec(),
        b"%2E%2E".to_vec(),
        b"..%2F..%2F..%2Fetc%2Fpasswd".to_vec(),
        b"%E2%9C%93".to_vec(),
        b"%F0%9F%92%A5%F0%9F%92%A5".to_vec(),
        b"%00".to_vec(),
        b"%0D%0AX-Injected:%201".to_vec(),
        b"%C3%28".to_vec(),
        b"%ZZ".to_vec(),
        b"%".to_vec(),
        b"'%20OR%201=1--".to_vec(),
        b"%7B%7D".to_vec(),
        long.as_bytes().to_vec(),
        Vec::new(),
    ];
    for vendor in Vendor::ALL {
        let origin = vendor.origin(&env);
        let (prefix, suffix) = vendor.item_path();
        for id in &ids {
            for method in ["GET", "POST", "DELETE", "PUT"] {
                let mut target = prefix.as_bytes().to_vec();
                target.extend_from_slice(id);
                target.extend_from_slice(suffix.as_bytes());
                let response = raw_request(&origin, method, &target, &vendor.auth_headers(), b"")
                    .await
                    .unwrap_or_else(|| {
                        panic!(
                            "{vendor:?} {method} {} got no response",
                            String::from_utf8_lossy(&target)
                        )
                    });
                assert!(
                    (400..500).contains(&response.status),
                    "{vendor:?} {method} {}: {}",
                    String::from_utf8_lossy(&target),
                    response.status
                );
                let body: Value = serde_json::from_slice(&response.body).unwrap_or_else(|e| {
                    panic!(
                        "{vendor:?} {method} {}: body is not JSON ({e}): {}",
                        String::from_utf8_lossy(&target),
                        String::from_utf8_lossy(&response.body)
                    )
                });
                assert!(vendor.is_error_body(&body), "{vendor:?}: {body}");
            }
        }
        assert_still_serving(&env, vendor).await;
    }
}

#[tokio::test]
async fn protocol_garbage_is_refused_and_serving_continues() {
    let env = start().await;
    for vendor in Vendor::ALL {
        let origin = vendor.origin(&env);
        let (prefix, _) = vendor.item_path();
        // Raw non-ASCII and control bytes in the request line: hyper refuses them with a
        // plain 400 before any handler runs.
        for target in [
            [prefix.as_bytes(), "✓".as_bytes()].concat(),
            [prefix.as_bytes(), b"\x01\x02"].concat(),
            b"no-leading-slash".to_vec(),
        ] {
            if let Some(response) =
                raw_request(&origin, "GET", &target, &vendor.auth_headers(), b"").await
            {
                assert!((400..500).contains(&response.status), "{vendor:?}");
            }
        }
        let host = origin.trim_start_matches("http://").to_owned();
        for garbage in [
            b"GARBAGE\r\n\r\n".to_vec(),
            b"GET / HTTP/9.9\r\n\r\n".to_vec(),
            b"POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc".to_vec(),
            vec![0u8; 4096],
            [
                b"GET / HTTP/1.1\r\nX-Big: ".as_slice(),
                &[b'a'; 512 * 1024],
                b"\r\n\r\n",
            ]
            .concat(),
        ] {
            if let Ok(mut stream) = TcpStream::connect(&host).await {
                let _ = stream.write_all(&garbage).await;
                let _ = stream.shutdown().await;
                let mut sink = Vec::new();
                let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut sink))
                    .await;
            }
        }
        // Connections opened and abandoned.
        for _ in 0..20 {
            let _ = TcpStream::connect(&host).await;
        }
        assert_still_serving(&env, vendor).await;
    }
}

#[tokio::test]
async fn hostile_bodies_get_vendor_shaped_4xx() {
    let env = start().await;
    let huge = vec![b'a'; trunkline_emulator::MAX_BODY_BYTES + 512 * 1024];
    let deep = "[".repeat(100_000);
    for vendor in Vendor::ALL {
        let origin = vendor.origin(&env);
        let url = format!("{origin}{}", vendor.collection());
        let json_ct = "application/json";
        let form_ct = "application/x-www-form-urlencoded";
        let native = if vendor.is_json() { json_ct } else { form_ct };
        let mut cases: Vec<(&str, Vec<u8>, u16)> = vec![
            (native, huge.clone(), 413),
            ("text/plain", b"hello".to_vec(), 400),
            ("", b"name=x".to_vec(), 400),
        ];
        if vendor.is_json() {
            cases.extend([
                (json_ct, b"{".to_vec(), 400),
                (json_ct, b"[1, 2]".to_vec(), 400),
                (json_ct, b"\"string\"".to_vec(), 400),
                (json_ct, deep.as_bytes().to_vec(), 400),
                (json_ct, b"{\"name\": \"\xff\xfe\"}".to_vec(), 400),
                (json_ct, b"{\"name\": 1e999}".to_vec(), 400),
                (json_ct, b"{\"name\": \"x\"} trailing".to_vec(), 400),
                (form_ct, b"name=x".to_vec(), 400),
            ]);
        } else {
            cases.extend([
                (form_ct, b"FriendlyName=%zz".to_vec(), 400),
                (form_ct, b"FriendlyName=%FF%FE".to_vec(), 400),
                (form_ct, b"\xff\xfe=1".to_vec(), 400),
                (json_ct, b"{\"FriendlyName\": \"x\"}".to_vec(), 400),
            ]);
        }
        for (content_type, body, status) in cases {
            let mut request = env.http.post(&url).body(body.clone());
            for (k, v) in vendor.auth_headers() {
                request = request.header(k, v);
            }
            if !content_type.is_empty() {
                request = request.header("Content-Type", content_type);
            }
            let response = request.send().await.unwrap_or_else(|e| {
                panic!("{vendor:?} {content_type} ({} bytes): {e}", body.len())
            });
            assert_eq!(
                response.status().as_u16(),
                status,
                "{vendor:?} {content_type}: {}",
                String::from_utf8_lossy(&body[..body.len().min(40)])
            );
            let json: Value = response.json().await.expect("vendor error JSON");
            assert!(vendor.is_error_body(&json), "{vendor:?}: {json}");
        }
        assert_still_serving(&env, vendor).await;
    }
    // Nothing was created by any of it.
    assert_eq!(env.emu.plivo().trunk_count(), 0);
    assert_eq!(env.emu.twilio_trunking().trunk_count(), 0);
    assert_eq!(env.emu.vobiz().trunk_count(), 0);
    assert_eq!(env.emu.telnyx().connection_count(), 0);
    let lists = expect(env.twilio_api(Method::GET, "SIP/CredentialLists.json"), 200).await;
    assert_eq!(lists["credential_lists"], serde_json::json!([]));
}

#[tokio::test]
async fn hostile_headers_and_queries() {
    let env = start().await;
    for vendor in Vendor::ALL {
        let origin = vendor.origin(&env);
        let url = format!("{origin}{}", vendor.collection());
        for auth in [
            "Basic",
            "Basic !!!!",
            "Basic Og==",
            "Bearer token",
            "Basic w6k6w6k=",
        ] {
            let (status, body) = send(env.http.get(&url).header("Authorization", auth)).await;
            assert_eq!(status, 401, "{vendor:?} {auth}");
            assert!(vendor.is_error_body(&body), "{vendor:?}: {body}");
        }
        for query in [
            "limit=99999999999999999999999",
            "PageSize=-1",
            "limit=%00",
            "offset=1e3",
            "Page=18446744073709551616",
        ] {
            let mut request = env.http.get(format!("{url}?{query}"));
            for (k, v) in vendor.auth_headers() {
                request = request.header(k, v);
            }
            let (status, body) = send(request).await;
            assert!(
                status == 200 || status == 400,
                "{vendor:?} {query}: {status} {body}"
            );
            if status == 400 {
                assert!(vendor.is_error_body(&body), "{vendor:?}: {body}");
            }
        }
        assert_still_serving(&env, vendor).await;
    }
}

#[tokio::test]
async fn concurrent_requests_keep_state_consistent() {
    let env = start().await;
    let mut tasks = Vec::new();
    for i in 0..64 {
        let request = env
            .vobiz(Method::POST, "trunks")
            .json(&serde_json::json!({"name": format!("t{i}"), "trunk_type": "OUTBOUND", "max_concurrent_calls": 1}));
        tasks.push(tokio::spawn(async move { send(request).await.0 }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), 201);
    }
    let page = expect(env.vobiz(Method::GET, "trunks?limit=100"), 200).await;
    assert_eq!(page["meta"]["total"], 64);
    let mut ids: Vec<&str> = page["objects"]
        .as_array()
        .expect("objects")
        .iter()
        .filter_map(|t| t["trunk_id"].as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 64, "unique ids");
}
