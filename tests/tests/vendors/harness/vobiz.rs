//! Vobiz in the shared suite: the `X-Auth-ID` and `X-Auth-Token` headers, the account in the
//! base URL, offset paging of trunks.

use futures::{Stream, TryStreamExt};
use serde_json::{Value, json};
use trunkline_core::{ClientConfig, ConfigError, SecretString};
use trunkline_emulator::{Emulator, EmulatorConfig};
use trunkline_tests::{Reply, fixture};
use trunkline_vobiz::{Client, ClientBuilder, types};

use super::{
    Api, ApiError, Base, Env, ErrorShape, Harness, Listed, Next, Op, PageSpec, Paging, attempts,
    empty, encoded, json as reply, sized,
};

const AUTH_ID: &str = "MA_SUITE";

pub struct Vobiz;

impl Harness for Vobiz {
    type Client = Client;
    type Body = types::VobizError;

    const NAME: &'static str = "vobiz";
    const VENDOR: &'static str = "vobiz";
    const PROBE: &'static str = "vobiz";
    const SECRET: &'static str = "vobiz-suite-token-Jf2g9Ux4";
    const EMPTY_SECRET: &'static str = "invalid Vobiz auth token: it is empty";
    const SECRET_FIELD: Option<&'static str> = Some("Vobiz auth token");
    const EMPTY_ACCOUNT: &'static str = "invalid Vobiz auth id: it is empty";
    const ACCOUNT_FIELD: Option<&'static str> = Some("Vobiz auth id");

    fn build(base: Base<'_>, secret: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        let builder = ClientBuilder::new(AUTH_ID, secret).config(config);
        match base {
            Base::Default => builder,
            Base::Origin(url) => builder.base_url(url),
            Base::Emulator(emulator) => builder.base_url(emulator.vobiz_url()),
        }
        .build()
    }

    fn build_for_account(origin: &str, account: &str) -> Result<Client, ConfigError> {
        ClientBuilder::new(account, Self::SECRET)
            .base_url(origin)
            .build()
    }

    fn build_api_base(url: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        ClientBuilder::new(AUTH_ID, Self::SECRET)
            .api_base_url(url)
            .config(config)
            .build()
    }

    fn builder_debug(secret: &str) -> String {
        let builder = ClientBuilder::new(AUTH_ID, secret);
        format!("{builder:?} {builder:#?}")
    }

    fn base_url(client: &Client) -> String {
        client.base_url().to_owned()
    }

    fn account_path(account: &str) -> Option<String> {
        Some(format!("/api/v1/Account/{}", encoded(account)))
    }

    fn base_path() -> String {
        format!("/api/v1/Account/{AUTH_ID}")
    }

    fn emulator_config() -> EmulatorConfig {
        EmulatorConfig::default().with_vobiz_credentials(AUTH_ID, Self::SECRET)
    }

    fn auth_headers(secret: &str) -> Vec<(&'static str, String)> {
        vec![
            ("x-auth-id", AUTH_ID.to_owned()),
            ("x-auth-token", secret.to_owned()),
        ]
    }

    fn leaked_forms(secret: &str) -> Vec<String> {
        vec![secret.to_owned()]
    }

    fn env() -> Env {
        vec![
            ("VOBIZ_AUTH_ID", AUTH_ID.to_owned()),
            ("VOBIZ_AUTH_TOKEN", Self::SECRET.to_owned()),
        ]
    }

    const ENV_BASE_URL: &'static str = "VOBIZ_BASE_URL";

    fn probe_bases(origin: Option<&str>) -> String {
        let origin = origin.unwrap_or("https://api.vobiz.ai");
        format!("{origin}{}", Self::base_path())
    }

    fn probe_auth() -> String {
        "VobizHeaders(X-Auth-ID, X-Auth-Token: <redacted>)".to_owned()
    }

    fn env_cases() -> Vec<(Env, Vec<String>)> {
        Vec::new()
    }

    const READ_OP: &'static str = "get_trunk";
    const UPDATE_METHOD: &'static str = "PUT";

    async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
        let trunk = client.get_trunk().trunk_id(id).send().await?;
        Ok(attempts(&trunk))
    }

    async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
        let body = types::CreateTrunkRequest::builder()
            .name("suite")
            .trunk_type(types::TrunkType::Outbound)
            .max_concurrent_calls(5);
        let trunk = client.create_trunk().body(body).send().await?;
        Ok(trunk.into_inner().trunk_id)
    }

    async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        let body = types::UpdateTrunkRequest::builder()
            .name("renamed")
            .max_concurrent_calls(6)
            .enabled(true);
        let request = client.update_trunk().trunk_id(id);
        request.body(body).send().await.map(drop)
    }

    async fn delete(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        client.delete_trunk().trunk_id(id).send().await.map(drop)
    }

    async fn create_with_secret(client: &Client, password: &str) -> Result<(), String> {
        client
            .create_credential()
            .body(
                types::CreateCredentialRequest::builder()
                    .username("suiteuser")
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
        sized(client.list_trunks().stream(), page_size, max_items).map_ok(|trunk| trunk.trunk_id)
    }

    fn item_path(id: &str) -> String {
        format!("{}/trunks/{id}", Self::base_path())
    }

    fn list_path() -> String {
        format!("{}/trunks", Self::base_path())
    }

    fn secret_path() -> String {
        format!("{}/credentials", Self::base_path())
    }

    fn ok_reply(op: Op) -> Reply {
        let body = |name: &str| fixture("vobiz", name);
        match op {
            Op::Read | Op::Update => reply(200, &body("docs__retrieve_trunk_response_200.json")),
            Op::Create => reply(201, &body("docs__create_trunk_response_201.json")),
            Op::Delete => empty(204),
        }
    }

    const PAGING: Paging = Paging::Offset;
    const MAX_PAGE: u64 = 100;
    const CURSOR_PARAM: &'static str = "offset";
    const SIZE_PARAM: &'static str = "limit";

    fn cursor(index: u64, size: u64) -> String {
        (index * size).to_string()
    }

    fn page(page: PageSpec<'_>) -> Value {
        let mut meta = json!({"limit": page.size, "offset": page.index * page.size});
        if let Next::Total(total) = page.next {
            meta["total"] = json!(total);
        }
        let objects: Vec<Value> = page.ids.iter().map(|id| json!({"trunk_id": id})).collect();
        json!({"meta": meta, "objects": objects})
    }

    fn error_body(status: u16, message: &str) -> Value {
        json!({"error": message, "code": status})
    }

    fn error_code(status: u16) -> Option<String> {
        Some(status.to_string())
    }

    fn error_shape(body: &Self::Body) -> ErrorShape {
        ErrorShape {
            code: body.code.map(|c| c.to_string()),
            message: body.error.clone(),
        }
    }

    const UNAUTHENTICATED: &'static str = "Authentication failed";

    fn api(emulator: &Emulator) -> Api<'_> {
        Api::Vobiz(emulator.vobiz())
    }

    async fn seed(emulator: &Emulator, _client: &Client, count: usize) -> Vec<String> {
        emulator.vobiz().seed_trunks(count)
    }
}
