//! Helpers shared by the integration tests: a started emulator plus raw-HTTP request
//! builders with each vendor's auth.

use reqwest::{Method, RequestBuilder, StatusCode};
use serde_json::Value;
use trunkline_emulator::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, DEFAULT_TELNYX_API_KEY,
    DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_AUTH_TOKEN, DEFAULT_VOBIZ_AUTH_ID,
    DEFAULT_VOBIZ_AUTH_TOKEN, Emulator, EmulatorConfig,
};

pub const AC: &str = DEFAULT_TWILIO_ACCOUNT_SID;

pub struct Env {
    pub emu: Emulator,
    pub http: reqwest::Client,
}

pub async fn start() -> Env {
    start_with(EmulatorConfig::default()).await
}

pub async fn start_with(config: EmulatorConfig) -> Env {
    let emu = Emulator::start(config).await.expect("emulator starts");
    Env {
        emu,
        http: client(),
    }
}

/// A client that opens a fresh connection per request (so a dropped connection never
/// poisons the next request through the pool).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .expect("client builds")
}

impl Env {
    /// `{plivo}/v1/Account/{auth_id}/Zentrunk/{path}` with Basic auth.
    pub fn plivo(&self, method: Method, path: &str) -> RequestBuilder {
        let url = format!(
            "{}/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/{path}",
            self.emu.plivo_url()
        );
        self.http
            .request(method, url)
            .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some(DEFAULT_PLIVO_AUTH_TOKEN))
    }

    /// `{plivo}{path}` (absolute path) with Basic auth.
    pub fn plivo_raw(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.emu.plivo_url()))
            .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some(DEFAULT_PLIVO_AUTH_TOKEN))
    }

    /// `{twilio_trunking}{path}` with Basic auth (`path` starts with `/v1`), or an absolute URL.
    pub fn twilio(&self, method: Method, path: &str) -> RequestBuilder {
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.emu.twilio_trunking_url())
        };
        self.http
            .request(method, url)
            .basic_auth(AC, Some(DEFAULT_TWILIO_AUTH_TOKEN))
    }

    /// `{twilio_api}/2010-04-01/Accounts/{AC}/{path}` with Basic auth.
    pub fn twilio_api(&self, method: Method, path: &str) -> RequestBuilder {
        let url = format!(
            "{}/2010-04-01/Accounts/{AC}/{path}",
            self.emu.twilio_api_url()
        );
        self.http
            .request(method, url)
            .basic_auth(AC, Some(DEFAULT_TWILIO_AUTH_TOKEN))
    }

    /// `{twilio_api}{uri}` for a relative 2010 `*_uri`.
    pub fn twilio_api_uri(&self, uri: &str) -> RequestBuilder {
        self.http
            .get(format!("{}{uri}", self.emu.twilio_api_url()))
            .basic_auth(AC, Some(DEFAULT_TWILIO_AUTH_TOKEN))
    }

    /// `{vobiz}/api/v1/Account/{auth_id}/{path}` with the auth headers.
    pub fn vobiz(&self, method: Method, path: &str) -> RequestBuilder {
        let url = format!(
            "{}/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/{path}",
            self.emu.vobiz_url()
        );
        self.http
            .request(method, url)
            .header("X-Auth-ID", DEFAULT_VOBIZ_AUTH_ID)
            .header("X-Auth-Token", DEFAULT_VOBIZ_AUTH_TOKEN)
    }
}

impl Env {
    /// `{telnyx}/v2/{path}` with the Bearer key.
    pub fn telnyx(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}/v2/{path}", self.emu.telnyx_url()))
            .bearer_auth(DEFAULT_TELNYX_API_KEY)
    }
}

/// Sends and returns the status plus the body as JSON (`Null` when empty).
pub async fn send(request: RequestBuilder) -> (StatusCode, Value) {
    let response = request.send().await.expect("request is answered");
    let status = response.status();
    let bytes = response.bytes().await.expect("body is read");
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}): {}",
                String::from_utf8_lossy(&bytes)
            )
        })
    };
    (status, body)
}

/// A response header as text, if present and visible ASCII.
pub fn header<'a>(response: &'a reqwest::Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

/// Sends, asserts the status, returns the body.
pub async fn expect(request: RequestBuilder, status: u16) -> Value {
    let (got, body) = send(request).await;
    assert_eq!(got.as_u16(), status, "unexpected status; body: {body}");
    body
}

/// Asserts a Plivo error body `{api_id, error}`.
pub fn assert_plivo_error(body: &Value) {
    let obj = body.as_object().expect("error body is an object");
    assert!(obj.get("api_id").is_some_and(Value::is_string), "{body}");
    assert!(obj.get("error").is_some_and(Value::is_string), "{body}");
    assert_eq!(obj.len(), 2, "{body}");
}

/// Asserts a Twilio error body `{code, message, more_info, status}` with this status.
pub fn assert_twilio_error(body: &Value, status: u16, code: u64) {
    assert_eq!(body["status"], status, "{body}");
    assert_eq!(body["code"], code, "{body}");
    assert!(body["message"].is_string(), "{body}");
    assert_eq!(
        body["more_info"],
        format!("https://www.twilio.com/docs/errors/{code}"),
        "{body}"
    );
}

/// Asserts a Vobiz error body `{error, code}` with `code` = status.
pub fn assert_vobiz_error(body: &Value, status: u16) {
    assert!(body["error"].is_string(), "{body}");
    assert_eq!(body["code"], status, "{body}");
    assert_eq!(body.as_object().map(|o| o.len()), Some(2), "{body}");
}

/// Asserts a Telnyx error body `{"errors": [{code, title, detail, …}]}` with this code.
pub fn assert_telnyx_error(body: &Value, code: &str) {
    let errors = body["errors"].as_array().expect("errors is an array");
    assert_eq!(errors.len(), 1, "{body}");
    assert_eq!(errors[0]["code"], code, "{body}");
    assert!(errors[0]["title"].is_string(), "{body}");
    assert!(errors[0]["detail"].is_string(), "{body}");
}

/// A string field, or panic.
pub fn s(body: &Value, key: &str) -> String {
    body[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not a string in {body}"))
        .to_owned()
}
