//! Plivo Zentrunk in the shared suite: HTTP Basic (Auth ID, Auth Token), the account in the
//! base URL, offset paging. The resource is the IP access control list: the one Zentrunk
//! resource that is created without referring to another (a trunk needs an IP ACL, a
//! credential or a URI to exist first).

use futures::{Stream, TryStreamExt};
use serde_json::{Value, json};
use trunkline_core::{ClientConfig, ConfigError, SecretString};
use trunkline_emulator::{Emulator, EmulatorConfig};
use trunkline_plivo::{Client, ClientBuilder, types};
use trunkline_tests::{Reply, fixture};

use super::{
    Api, ApiError, Base, Env, ErrorShape, Harness, Listed, Next, Op, PageSpec, Paging, attempts,
    basic, empty, encoded, json as reply, sized,
};

const AUTH_ID: &str = "MASUITE0000000000001";

pub struct Plivo;

impl Harness for Plivo {
    type Client = Client;
    type Body = types::ErrorBody;

    const NAME: &'static str = "plivo";
    const VENDOR: &'static str = "plivo";
    const PROBE: &'static str = "plivo";
    const SECRET: &'static str = "plivo-suite-token-Zq8w3L";
    const EMPTY_SECRET: &'static str = "invalid Plivo auth token: it is empty";
    const SECRET_FIELD: Option<&'static str> = None;
    const EMPTY_ACCOUNT: &'static str = "invalid Plivo auth id: it is empty";
    const ACCOUNT_FIELD: Option<&'static str> = None;

    fn build(base: Base<'_>, secret: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        let builder = ClientBuilder::new(AUTH_ID, secret).config(config);
        match base {
            Base::Default => builder,
            Base::Origin(url) => builder.base_url(url),
            Base::Emulator(emulator) => builder.base_url(emulator.plivo_url()),
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
        Some(format!("/v1/Account/{}/Zentrunk", encoded(account)))
    }

    fn base_path() -> String {
        format!("/v1/Account/{AUTH_ID}/Zentrunk")
    }

    fn emulator_config() -> EmulatorConfig {
        EmulatorConfig::default().with_plivo_credentials(AUTH_ID, Self::SECRET)
    }

    fn auth_headers(secret: &str) -> Vec<(&'static str, String)> {
        vec![("authorization", format!("Basic {}", basic(AUTH_ID, secret)))]
    }

    fn leaked_forms(secret: &str) -> Vec<String> {
        vec![secret.to_owned(), basic(AUTH_ID, secret)]
    }

    fn env() -> Env {
        vec![
            ("PLIVO_AUTH_ID", AUTH_ID.to_owned()),
            ("PLIVO_AUTH_TOKEN", Self::SECRET.to_owned()),
        ]
    }

    const ENV_BASE_URL: &'static str = "PLIVO_BASE_URL";

    fn probe_bases(origin: Option<&str>) -> String {
        let origin = origin.unwrap_or("https://api.plivo.com");
        format!("{origin}{}", Self::base_path())
    }

    fn probe_auth() -> String {
        format!("Basic(username=\"{AUTH_ID}\", password=<redacted>)")
    }

    fn env_cases() -> Vec<(Env, Vec<String>)> {
        Vec::new()
    }

    const READ_OP: &'static str = "get_ip_access_control_list";
    const UPDATE_METHOD: &'static str = "POST";

    async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
        let acl = client
            .get_ip_access_control_list()
            .ipacl_uuid(id)
            .send()
            .await?;
        Ok(attempts(&acl))
    }

    async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
        let created = client
            .create_ip_access_control_list()
            .body(
                types::CreateIpAccessControlListRequest::builder()
                    .name("suite")
                    .ip_addresses(vec!["10.0.0.1".to_owned()]),
            )
            .send()
            .await?;
        Ok(created.into_inner().ipacl_uuid.unwrap_or_default())
    }

    async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        let body = types::UpdateIpAccessControlListRequest::builder()
            .ip_addresses(vec!["10.0.0.2".to_owned()]);
        let request = client.update_ip_access_control_list().ipacl_uuid(id);
        request.body(body).send().await.map(drop)
    }

    async fn delete(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        let request = client.delete_ip_access_control_list().ipacl_uuid(id);
        request.send().await.map(drop)
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
        sized(
            client.list_ip_access_control_lists().stream(),
            page_size,
            max_items,
        )
        .map_ok(|acl| acl.ipacl_uuid.unwrap_or_default())
    }

    fn item_path(id: &str) -> String {
        format!("{}/IPAccessControlList/{id}/", Self::base_path())
    }

    fn list_path() -> String {
        format!("{}/IPAccessControlList/", Self::base_path())
    }

    fn secret_path() -> String {
        format!("{}/Credential/", Self::base_path())
    }

    fn ok_reply(op: Op) -> Reply {
        match op {
            Op::Read => reply(200, &fixture("plivo", "docs__ipacl_object.json")),
            Op::Create => reply(201, &fixture("plivo", "docs__ipacl_create_response.json")),
            Op::Update => reply(202, &fixture("plivo", "docs__ipacl_update_response.json")),
            Op::Delete => empty(204),
        }
    }

    const PAGING: Paging = Paging::Offset;
    const MAX_PAGE: u64 = 20;
    const CURSOR_PARAM: &'static str = "offset";
    const SIZE_PARAM: &'static str = "limit";

    fn cursor(index: u64, size: u64) -> String {
        (index * size).to_string()
    }

    fn page(page: PageSpec<'_>) -> Value {
        let mut meta = json!({
            "limit": page.size,
            "offset": page.index * page.size,
            "next": null,
            "previous": null,
        });
        if let Next::Total(total) = page.next {
            meta["total_count"] = json!(total);
        }
        let objects: Vec<Value> = page
            .ids
            .iter()
            .map(|id| json!({"ipacl_uuid": id, "name": id, "ip_addresses": ["10.0.0.1"]}))
            .collect();
        json!({"api_id": "suite", "meta": meta, "objects": objects})
    }

    fn error_body(_status: u16, message: &str) -> Value {
        json!({"api_id": "97ceeb52-58b6-11e1-86da-77300b68f8bb", "error": message})
    }

    fn error_code(_status: u16) -> Option<String> {
        None
    }

    fn error_shape(body: &Self::Body) -> ErrorShape {
        ErrorShape {
            code: None,
            message: body
                .error
                .as_ref()
                .and_then(Value::as_str)
                .map(str::to_owned),
        }
    }

    const UNAUTHENTICATED: &'static str = "Authentication failed";

    fn api(emulator: &Emulator) -> Api<'_> {
        Api::Plivo(emulator.plivo())
    }

    async fn seed(_emulator: &Emulator, client: &Client, count: usize) -> Vec<String> {
        let mut ids = Vec::new();
        for _ in 0..count {
            ids.push(Self::create(client).await.expect("seed an IP ACL"));
        }
        ids
    }
}
