//! Telnyx in the shared suite: `Authorization: Bearer <API key>`, no account in the base URL
//! (the key is the account), page-number paging (`page[number]`, `page[size]`). The resource
//! is the IP connection, the connection type trunkline maps trunks to.

use futures::{Stream, TryStreamExt};
use serde_json::{Value, json};
use trunkline_core::{ClientConfig, ConfigError, SecretString};
use trunkline_emulator::{Emulator, EmulatorConfig};
use trunkline_telnyx::{Client, ClientBuilder, types};
use trunkline_tests::{Reply, fixture};

use super::{
    Api, ApiError, Base, Env, ErrorShape, Harness, Listed, Next, Op, PageSpec, Paging, attempts,
    json as reply, sized,
};

pub struct Telnyx;

impl Harness for Telnyx {
    type Client = Client;
    type Body = types::Errors;

    const NAME: &'static str = "telnyx";
    const VENDOR: &'static str = "telnyx";
    const PROBE: &'static str = "telnyx";
    const SECRET: &'static str = "KEYSUITE_telnyx_Rt55Bnv81";
    const EMPTY_SECRET: &'static str = "invalid Telnyx API key: it is empty";
    const SECRET_FIELD: Option<&'static str> = Some("Telnyx API key");
    const EMPTY_ACCOUNT: &'static str = "invalid Telnyx API key: it is empty";
    const ACCOUNT_FIELD: Option<&'static str> = Some("Telnyx API key");

    fn build(base: Base<'_>, secret: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        let builder = ClientBuilder::new(secret).config(config);
        match base {
            Base::Default => builder,
            Base::Origin(url) => builder.base_url(url),
            Base::Emulator(emulator) => builder.base_url(emulator.telnyx_url()),
        }
        .build()
    }

    /// The API key is the account.
    fn build_for_account(origin: &str, account: &str) -> Result<Client, ConfigError> {
        ClientBuilder::new(account).base_url(origin).build()
    }

    fn build_api_base(url: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        ClientBuilder::new(Self::SECRET)
            .api_base_url(url)
            .config(config)
            .build()
    }

    fn builder_debug(secret: &str) -> String {
        let builder = ClientBuilder::new(secret);
        format!("{builder:?} {builder:#?}")
    }

    fn base_url(client: &Client) -> String {
        client.base_url().to_owned()
    }

    /// The key identifies the account, and a secret never goes into a URL: every account's
    /// base is `/v2`.
    fn account_path(_account: &str) -> Option<String> {
        None
    }

    fn base_path() -> String {
        "/v2".to_owned()
    }

    fn emulator_config() -> EmulatorConfig {
        EmulatorConfig::default().with_telnyx_api_key(Self::SECRET)
    }

    fn auth_headers(secret: &str) -> Vec<(&'static str, String)> {
        vec![("authorization", format!("Bearer {secret}"))]
    }

    fn leaked_forms(secret: &str) -> Vec<String> {
        vec![secret.to_owned()]
    }

    fn env() -> Env {
        vec![("TELNYX_API_KEY", Self::SECRET.to_owned())]
    }

    const ENV_BASE_URL: &'static str = "TELNYX_BASE_URL";

    fn probe_bases(origin: Option<&str>) -> String {
        format!("{}/v2", origin.unwrap_or("https://api.telnyx.com"))
    }

    fn probe_auth() -> String {
        "Bearer(<redacted>)".to_owned()
    }

    fn env_cases() -> Vec<(Env, Vec<String>)> {
        Vec::new()
    }

    const READ_OP: &'static str = "get_ip_connection";
    const UPDATE_METHOD: &'static str = "PATCH";

    async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
        let connection = client.get_ip_connection().id(id).send().await?;
        Ok(attempts(&connection))
    }

    async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
        let body = types::CreateIpConnectionRequest::builder().connection_name("suite");
        let created = client.create_ip_connection().body(body).send().await?;
        Ok(created.into_inner().data.id)
    }

    async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        let body = types::UpdateIpConnectionRequest::builder().connection_name("renamed");
        let request = client.update_ip_connection().id(id);
        request.body(body).send().await.map(drop)
    }

    async fn delete(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        client.delete_ip_connection().id(id).send().await.map(drop)
    }

    async fn create_with_secret(client: &Client, password: &str) -> Result<(), String> {
        client
            .create_credential_connection()
            .body(
                types::CreateCredentialConnectionRequest::builder()
                    .connection_name("secret")
                    .user_name("suiteuser1")
                    .password(SecretString::from(password)),
            )
            .send()
            .await
            .map(drop)
            .map_err(|err| format!("{err:?} {err}"))
    }

    fn list<'a>(
        client: &'a Client,
        page_size: Option<u64>,
        max_items: Option<u64>,
    ) -> impl Stream<Item = Listed<Self::Body>> + 'a {
        sized(client.list_ip_connections().stream(), page_size, max_items)
            .map_ok(|connection| connection.id)
    }

    fn item_path(id: &str) -> String {
        format!("/v2/ip_connections/{id}")
    }

    fn list_path() -> String {
        "/v2/ip_connections".to_owned()
    }

    fn secret_path() -> String {
        "/v2/credential_connections".to_owned()
    }

    fn ok_reply(op: Op) -> Reply {
        let status = if op == Op::Create { 201 } else { 200 };
        reply(
            status,
            &fixture("telnyx", "docs__create_ip_connection_response_201.json"),
        )
    }

    const PAGING: Paging = Paging::PageNumber;
    const MAX_PAGE: u64 = 250;
    const CURSOR_PARAM: &'static str = "page[number]";
    const SIZE_PARAM: &'static str = "page[size]";

    fn cursor(index: u64, _size: u64) -> String {
        (index + 1).to_string()
    }

    fn page(page: PageSpec<'_>) -> Value {
        let mut meta = json!({"page_number": page.index + 1, "page_size": page.size});
        if let Next::Total(total) = page.next {
            meta["total_results"] = json!(total);
            meta["total_pages"] = json!(total.div_ceil(page.size));
        }
        let data: Vec<Value> = page
            .ids
            .iter()
            .map(|id| json!({"id": id, "record_type": "ip_connection"}))
            .collect();
        json!({"data": data, "meta": meta})
    }

    /// Telnyx's codes are five-digit strings; these are `1` and the status.
    fn error_body(status: u16, message: &str) -> Value {
        json!({"errors": [{"code": format!("1{status:04}"), "title": "Error", "detail": message}]})
    }

    fn error_code(status: u16) -> Option<String> {
        Some(format!("1{status:04}"))
    }

    fn error_shape(body: &Self::Body) -> ErrorShape {
        let first = body.errors.first();
        ErrorShape {
            code: first.and_then(|e| e.code.as_ref()).map(|code| match code {
                Value::String(code) => code.clone(),
                other => other.to_string(),
            }),
            message: first.and_then(|e| e.detail.clone()),
        }
    }

    const UNAUTHENTICATED: &'static str = "credentials";

    fn api(emulator: &Emulator) -> Api<'_> {
        Api::Telnyx(emulator.telnyx())
    }

    async fn seed(emulator: &Emulator, _client: &Client, count: usize) -> Vec<String> {
        emulator.telnyx().seed_trunks(count)
    }
}
