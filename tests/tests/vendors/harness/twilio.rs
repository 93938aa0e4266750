//! Twilio in the shared suite, once per API because they differ: Elastic SIP Trunking v1
//! (`trunking.twilio.com`, no account in its paths, absolute next-page URLs; authenticated
//! with the Auth Token) and the 2010-04-01 SIP lists (`api.twilio.com/2010-04-01/Accounts/
//! {AccountSid}`, root-relative next-page URIs; authenticated with an API key, so the other
//! auth mode runs the whole suite too). Both are HTTP Basic, form-encoded, link-paged.

use futures::{Stream, TryStreamExt};
use serde_json::{Value, json};
use trunkline_core::{ClientConfig, ConfigError};
use trunkline_emulator::{Emulator, EmulatorConfig};
use trunkline_tests::{Reply, fixture};
use trunkline_twilio::{Client, ClientBuilder, SipError, sip, trunking};

use super::{
    Api, ApiError, Base, Env, ErrorShape, Harness, Listed, Next, Op, PageSpec, Paging, attempts,
    basic, empty, encoded, json as reply, sized,
};

const SID: &str = "ACsuite00000000000000000000000000";
const TOKEN: &str = "twilio-suite-token-Hn4s7Kd2";
const KEY: &str = "SKsuite00000000000000000000000000";
const KEY_SECRET: &str = "twilio-suite-keysecret-Wb5t8Yc3";
const TRUNKING: &str = "https://trunking.twilio.com";
const API: &str = "https://api.twilio.com";

/// Either API's error body (`trunking::types::TwilioError`, `sip::types::TwilioError`).
fn twilio_error(code: Option<i64>, message: &Option<String>) -> ErrorShape {
    ErrorShape {
        code: code.map(|c| c.to_string()),
        message: message.clone(),
    }
}

/// Twilio's error body; the code is `20000 + status` (20404, 20429, …).
fn error_body(status: u16, message: &str) -> Value {
    let code = 20_000 + u32::from(status);
    json!({
        "code": code,
        "message": message,
        "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
        "status": status,
    })
}

/// Both APIs' test clients point both APIs at the emulator; `own` sets only the harness's.
fn build(
    builder: ClientBuilder,
    base: Base<'_>,
    config: ClientConfig,
    own: fn(ClientBuilder, &str) -> ClientBuilder,
) -> Result<Client, ConfigError> {
    let builder = builder.config(config);
    match base {
        Base::Default => builder,
        Base::Origin(url) => own(builder, url),
        Base::Emulator(emulator) => builder
            .trunking_base_url(emulator.twilio_trunking_url())
            .sip_base_url(emulator.twilio_api_url()),
    }
    .build()
}

/// The page of a link list: `key` holds the items, `link(page)` is page `page`'s link.
fn page(page: &PageSpec<'_>, link: impl Fn(u64) -> String) -> (Vec<Value>, String, Option<String>) {
    let own = link(page.index);
    let following = format!("{}&PageToken=PT{}", link(page.index + 1), page.index + 1);
    let next = match page.next {
        Next::Total(total) => ((page.index + 1) * page.size < total).then_some(following),
        Next::Unknown => Some(following),
        Next::ItsOwnLink => Some(own.clone()),
    };
    let items = page.ids.iter().map(|id| json!({"sid": id})).collect();
    (items, own, next)
}

/// A SIP credential list with a credential carrying `password`, on the 2010-04-01 API.
async fn credential_with_password(client: &Client, password: &str) -> Result<(), String> {
    let shown = |err: SipError| format!("{err:?} {err}");
    let list = client
        .sip()
        .create_credential_list()
        .body(sip::types::CreateCredentialListRequest::builder().friendly_name("secret"))
        .send()
        .await
        .map_err(shown)?;
    client
        .sip()
        .create_credential()
        .credential_list_sid(list.sid.clone().unwrap_or_default())
        .body(
            sip::types::CreateCredentialRequest::builder()
                .username("suiteuser")
                .password(password),
        )
        .send()
        .await
        .map(drop)
        .map_err(shown)
}

fn twilio_env() -> Vec<(&'static str, String)> {
    vec![("TWILIO_ACCOUNT_SID", SID.to_owned())]
}

fn with(
    mut vars: Vec<(&'static str, String)>,
    more: &[(&'static str, &str)],
) -> Vec<(&'static str, String)> {
    vars.extend(more.iter().map(|(n, v)| (*n, (*v).to_owned())));
    vars
}

fn auth_debug(user: &str) -> String {
    format!("Basic(username=\"{user}\", password=<redacted>)")
}

/// Elastic SIP Trunking v1: trunks.
pub struct TwilioTrunking;

impl Harness for TwilioTrunking {
    type Client = Client;
    type Body = trunking::types::TwilioError;

    const NAME: &'static str = "twilio-trunking";
    const VENDOR: &'static str = "twilio";
    const PROBE: &'static str = "twilio";
    const SECRET: &'static str = TOKEN;
    const EMPTY_SECRET: &'static str = "invalid Twilio auth token: it is empty";
    const SECRET_FIELD: Option<&'static str> = None;
    const EMPTY_ACCOUNT: &'static str = "invalid Twilio account SID: it is empty";
    const ACCOUNT_FIELD: Option<&'static str> = None;

    fn build(base: Base<'_>, secret: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        build(ClientBuilder::new(SID, secret), base, config, |b, url| {
            b.trunking_base_url(url)
        })
    }

    fn build_for_account(origin: &str, account: &str) -> Result<Client, ConfigError> {
        ClientBuilder::new(account, TOKEN)
            .trunking_base_url(origin)
            .build()
    }

    fn build_api_base(url: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        ClientBuilder::new(SID, TOKEN)
            .api_base_url(url)
            .config(config)
            .build()
    }

    fn builder_debug(secret: &str) -> String {
        let builder = ClientBuilder::api_key(SID, KEY, secret);
        format!("{builder:?} {builder:#?}")
    }

    fn base_url(client: &Client) -> String {
        client.trunking_base_url().to_owned()
    }

    /// Trunking v1 paths name no account: the credentials alone say whose trunks they are.
    fn account_path(_account: &str) -> Option<String> {
        None
    }

    fn base_path() -> String {
        String::new()
    }

    fn emulator_config() -> EmulatorConfig {
        EmulatorConfig::default().with_twilio_credentials(SID, TOKEN)
    }

    fn auth_headers(secret: &str) -> Vec<(&'static str, String)> {
        vec![("authorization", format!("Basic {}", basic(SID, secret)))]
    }

    fn leaked_forms(secret: &str) -> Vec<String> {
        vec![secret.to_owned(), basic(SID, secret)]
    }

    fn env() -> Env {
        with(twilio_env(), &[("TWILIO_AUTH_TOKEN", TOKEN)])
    }

    const ENV_BASE_URL: &'static str = "TWILIO_TRUNKING_BASE_URL";

    fn probe_bases(origin: Option<&str>) -> String {
        let trunking = origin.unwrap_or(TRUNKING);
        format!("trunking={trunking} sip={API}/2010-04-01/Accounts/{SID}")
    }

    fn probe_auth() -> String {
        auth_debug(SID)
    }

    fn env_cases() -> Vec<(Env, Vec<String>)> {
        Vec::new()
    }

    const READ_OP: &'static str = "get_trunk";
    const UPDATE_METHOD: &'static str = "POST";

    async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
        let trunk = client.trunking().get_trunk().sid(id).send().await?;
        Ok(attempts(&trunk))
    }

    async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
        let body = trunking::types::CreateTrunkRequest::builder().friendly_name("suite");
        let trunk = client.trunking().create_trunk().body(body).send().await?;
        Ok(trunk.into_inner().sid.unwrap_or_default())
    }

    async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        let body = trunking::types::UpdateTrunkRequest::builder().friendly_name("renamed");
        let request = client.trunking().update_trunk().sid(id);
        request.body(body).send().await.map(drop)
    }

    async fn delete(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        client
            .trunking()
            .delete_trunk()
            .sid(id)
            .send()
            .await
            .map(drop)
    }

    /// Trunking v1 has no request carrying a secret: the account's SIP credential (the
    /// 2010-04-01 API of the same client, as a trunk's credential list) is the one.
    async fn create_with_secret(client: &Client, password: &str) -> Result<(), String> {
        credential_with_password(client, password).await
    }

    fn list<'a>(
        client: &'a Client,
        page_size: Option<u64>,
        max_items: Option<u64>,
    ) -> impl Stream<Item = Listed<Self::Body>> + 'a {
        sized(
            client.trunking().list_trunks().stream(),
            page_size,
            max_items,
        )
        .map_ok(|trunk| trunk.sid.unwrap_or_default())
    }

    fn item_path(id: &str) -> String {
        format!("/v1/Trunks/{id}")
    }

    fn list_path() -> String {
        "/v1/Trunks".to_owned()
    }

    fn secret_path() -> String {
        TwilioSip::secret_path()
    }

    fn ok_reply(op: Op) -> Reply {
        let body = |name: &str| fixture("twilio", name)["response"]["body"].clone();
        match op {
            Op::Read => reply(200, &body("trunk_fetch.json")),
            Op::Create => reply(201, &body("trunk_create.json")),
            Op::Update => reply(200, &body("trunk_update.json")),
            Op::Delete => empty(204),
        }
    }

    const PAGING: Paging = Paging::NextLink;
    const MAX_PAGE: u64 = 1000;
    const CURSOR_PARAM: &'static str = "Page";
    const SIZE_PARAM: &'static str = "PageSize";

    fn cursor(index: u64, _size: u64) -> String {
        if index == 0 {
            String::new()
        } else {
            index.to_string()
        }
    }

    /// Absolute next-page URLs, on another host than the client's: the client must keep them
    /// on its own base URL.
    fn page(spec: PageSpec<'_>) -> Value {
        let size = spec.size;
        let (trunks, own, next) = page(&spec, |index| {
            format!("https://elsewhere.example.com:8443/v1/Trunks?PageSize={size}&Page={index}")
        });
        json!({
            "meta": {
                "first_page_url": format!("{TRUNKING}/v1/Trunks?PageSize={size}&Page=0"),
                "key": "trunks",
                "next_page_url": next,
                "page": spec.index,
                "page_size": size,
                "previous_page_url": null,
                "url": own,
            },
            "trunks": trunks,
        })
    }

    fn error_body(status: u16, message: &str) -> Value {
        error_body(status, message)
    }

    fn error_code(status: u16) -> Option<String> {
        Some((20_000 + u32::from(status)).to_string())
    }

    fn error_shape(body: &Self::Body) -> ErrorShape {
        twilio_error(body.code, &body.message)
    }

    const UNAUTHENTICATED: &'static str = "Authenticate";

    fn api(emulator: &Emulator) -> Api<'_> {
        Api::Twilio(emulator.twilio_trunking())
    }

    fn secret_api(emulator: &Emulator) -> Api<'_> {
        Api::Twilio(emulator.twilio_api())
    }

    async fn seed(emulator: &Emulator, _client: &Client, count: usize) -> Vec<String> {
        emulator.twilio_trunking().seed_trunks(count)
    }
}

/// The 2010-04-01 SIP lists: credential lists, with an API key.
pub struct TwilioSip;

impl Harness for TwilioSip {
    type Client = Client;
    type Body = sip::types::TwilioError;

    const NAME: &'static str = "twilio-sip";
    const VENDOR: &'static str = "twilio";
    const PROBE: &'static str = "twilio";
    const SECRET: &'static str = KEY_SECRET;
    const EMPTY_SECRET: &'static str = "invalid Twilio API key secret: it is empty";
    const SECRET_FIELD: Option<&'static str> = None;
    const EMPTY_ACCOUNT: &'static str = "invalid Twilio account SID: it is empty";
    const ACCOUNT_FIELD: Option<&'static str> = None;

    fn build(base: Base<'_>, secret: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        let builder = ClientBuilder::api_key(SID, KEY, secret);
        build(builder, base, config, |b, url| b.sip_base_url(url))
    }

    fn build_for_account(origin: &str, account: &str) -> Result<Client, ConfigError> {
        ClientBuilder::api_key(account, KEY, KEY_SECRET)
            .sip_base_url(origin)
            .build()
    }

    fn build_api_base(url: &str, config: ClientConfig) -> Result<Client, ConfigError> {
        ClientBuilder::api_key(SID, KEY, KEY_SECRET)
            .api_base_url(url)
            .config(config)
            .build()
    }

    fn builder_debug(secret: &str) -> String {
        let builder = ClientBuilder::api_key(SID, KEY, secret);
        format!("{builder:?} {builder:#?}")
    }

    fn base_url(client: &Client) -> String {
        client.sip_base_url().to_owned()
    }

    fn account_path(account: &str) -> Option<String> {
        Some(format!("/2010-04-01/Accounts/{}", encoded(account)))
    }

    fn base_path() -> String {
        format!("/2010-04-01/Accounts/{SID}")
    }

    fn emulator_config() -> EmulatorConfig {
        EmulatorConfig::default()
            .with_twilio_credentials(SID, TOKEN)
            .with_twilio_api_key(KEY, KEY_SECRET)
    }

    fn auth_headers(secret: &str) -> Vec<(&'static str, String)> {
        vec![("authorization", format!("Basic {}", basic(KEY, secret)))]
    }

    fn leaked_forms(secret: &str) -> Vec<String> {
        vec![secret.to_owned(), basic(KEY, secret)]
    }

    fn env() -> Env {
        with(
            twilio_env(),
            &[("TWILIO_API_KEY", KEY), ("TWILIO_API_SECRET", KEY_SECRET)],
        )
    }

    const ENV_BASE_URL: &'static str = "TWILIO_SIP_BASE_URL";

    fn probe_bases(origin: Option<&str>) -> String {
        let api = origin.unwrap_or(API);
        format!("trunking={TRUNKING} sip={api}/2010-04-01/Accounts/{SID}")
    }

    fn probe_auth() -> String {
        auth_debug(KEY)
    }

    /// The API key and the Auth Token: the key wins when both are set; half of the key's pair
    /// is an error naming the other half, even with a usable token; the token alone works.
    fn env_cases() -> Vec<(Env, Vec<String>)> {
        let token = || with(twilio_env(), &[("TWILIO_AUTH_TOKEN", TOKEN)]);
        vec![
            (
                with(
                    token(),
                    &[("TWILIO_API_KEY", KEY), ("TWILIO_API_SECRET", KEY_SECRET)],
                ),
                vec![
                    auth_debug(KEY),
                    format!("sip={API}/2010-04-01/Accounts/{SID} "),
                ],
            ),
            (
                with(token(), &[("TWILIO_API_KEY", KEY)]),
                vec!["error environment variable TWILIO_API_SECRET is not set\n".into()],
            ),
            (
                with(token(), &[("TWILIO_API_SECRET", KEY_SECRET)]),
                vec!["error environment variable TWILIO_API_KEY is not set\n".into()],
            ),
            (token(), vec![auth_debug(SID)]),
        ]
    }

    const READ_OP: &'static str = "get_credential_list";
    const UPDATE_METHOD: &'static str = "POST";

    async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
        let list = client.sip().get_credential_list().sid(id).send().await?;
        Ok(attempts(&list))
    }

    async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
        let body = sip::types::CreateCredentialListRequest::builder().friendly_name("suite");
        let list = client
            .sip()
            .create_credential_list()
            .body(body)
            .send()
            .await?;
        Ok(list.into_inner().sid.unwrap_or_default())
    }

    async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        let body = sip::types::UpdateCredentialListRequest::builder().friendly_name("renamed");
        let request = client.sip().update_credential_list().sid(id);
        request.body(body).send().await.map(drop)
    }

    async fn delete(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
        client
            .sip()
            .delete_credential_list()
            .sid(id)
            .send()
            .await
            .map(drop)
    }

    async fn create_with_secret(client: &Client, password: &str) -> Result<(), String> {
        credential_with_password(client, password).await
    }

    fn list<'a>(
        client: &'a Client,
        page_size: Option<u64>,
        max_items: Option<u64>,
    ) -> impl Stream<Item = Listed<Self::Body>> + 'a {
        sized(
            client.sip().list_credential_lists().stream(),
            page_size,
            max_items,
        )
        .map_ok(|list| list.sid.unwrap_or_default())
    }

    fn item_path(id: &str) -> String {
        format!("{}/SIP/CredentialLists/{id}.json", Self::base_path())
    }

    fn list_path() -> String {
        format!("{}/SIP/CredentialLists.json", Self::base_path())
    }

    /// `…/SIP/CredentialLists/{CL}/Credentials.json`; the list itself is created at
    /// `…/SIP/CredentialLists.json`, outside this prefix.
    fn secret_path() -> String {
        format!("{}/SIP/CredentialLists/", Self::base_path())
    }

    fn ok_reply(op: Op) -> Reply {
        let body = |name: &str| fixture("twilio", name)["response"]["body"].clone();
        match op {
            Op::Read => reply(200, &body("sip_credential_list_fetch.json")),
            Op::Create => reply(201, &body("sip_credential_list_create.json")),
            Op::Update => reply(200, &body("sip_credential_list_update.json")),
            Op::Delete => empty(204),
        }
    }

    const PAGING: Paging = Paging::NextLink;
    const MAX_PAGE: u64 = 1000;
    const CURSOR_PARAM: &'static str = "Page";
    const SIZE_PARAM: &'static str = "PageSize";

    fn cursor(index: u64, size: u64) -> String {
        TwilioTrunking::cursor(index, size)
    }

    /// Root-relative next-page URIs, with the account path the client must map onto its base.
    fn page(spec: PageSpec<'_>) -> Value {
        let size = spec.size;
        let (lists, own, next) = page(&spec, |index| {
            format!("{}?PageSize={size}&Page={index}", Self::list_path())
        });
        json!({
            "credential_lists": lists,
            "end": 0,
            "first_page_uri": format!("{}?PageSize={size}&Page=0", Self::list_path()),
            "next_page_uri": next,
            "page": spec.index,
            "page_size": size,
            "previous_page_uri": null,
            "start": 0,
            "uri": own,
        })
    }

    fn error_body(status: u16, message: &str) -> Value {
        error_body(status, message)
    }

    fn error_code(status: u16) -> Option<String> {
        TwilioTrunking::error_code(status)
    }

    fn error_shape(body: &Self::Body) -> ErrorShape {
        twilio_error(body.code, &body.message)
    }

    const UNAUTHENTICATED: &'static str = "Authenticate";

    fn api(emulator: &Emulator) -> Api<'_> {
        Api::Twilio(emulator.twilio_api())
    }

    async fn seed(_emulator: &Emulator, client: &Client, count: usize) -> Vec<String> {
        let mut sids = Vec::new();
        for _ in 0..count {
            sids.push(Self::create(client).await.expect("seed a credential list"));
        }
        sids
    }
}
