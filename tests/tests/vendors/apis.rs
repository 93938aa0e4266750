//! The vendor APIs of the shared suite, one [`Harness`](crate::harness::Harness) each, one
//! module each: Plivo, Twilio's two APIs, Vobiz and Telnyx. What a check needs to know about a
//! vendor is here, as data where it can be (constants) and as the vendor's own calls where it
//! must. Adding a vendor is one more module.

/// Plivo Zentrunk in the shared suite: HTTP Basic (Auth ID, Auth Token), the account in the
/// base URL, offset paging. The resource is the IP access control list: the one Zentrunk
/// resource that is created without referring to another (a trunk needs an IP ACL, a
/// credential or a URI to exist first).
pub mod plivo {
    use futures::{Stream, TryStreamExt};
    use serde_json::{Value, json};
    use trunkline_core::SecretString;
    use trunkline_core::paging::ListOptions;
    use trunkline_emulator::{Emulator, EmulatorConfig};
    use trunkline_plivo::{Client, ClientBuilder, types};
    use trunkline_tests::{Reply, fixture};

    use crate::harness::{
        Api, ApiError, AuthKind, ErrorShape, Harness, Listed, Next, Op, PageSpec, Paging, attempts,
        empty, json as reply, shown,
    };

    const AUTH_ID: &str = "MASUITE0000000000001";
    const TOKEN: &str = "plivo-suite-token-Zq8w3L";

    pub struct Plivo;

    impl Harness for Plivo {
        type Client = Client;
        type Body = types::ErrorBody;
        type Builder = ClientBuilder;

        const NAME: &'static str = "plivo";
        const VENDOR: &'static str = "plivo";
        const ACCOUNT: &'static str = AUTH_ID;
        const SECRET: &'static str = TOKEN;
        const AUTH: AuthKind = AuthKind::Basic(AUTH_ID);
        const EMPTY_SECRET: &'static str = "invalid Plivo auth token: it is empty";
        const EMPTY_ACCOUNT: &'static str = "invalid Plivo auth id: it is empty";
        const SECRET_FIELD: Option<&'static str> = None;
        const ACCOUNT_FIELD: Option<&'static str> = None;
        const DEFAULT_ORIGIN: &'static str = "https://api.plivo.com";
        const BASE_PATH: &'static str = "/v1/Account/{account}/Zentrunk";
        const ENV: &'static [(&'static str, &'static str)] =
            &[("PLIVO_AUTH_ID", AUTH_ID), ("PLIVO_AUTH_TOKEN", TOKEN)];
        const ENV_BASE_URL: &'static str = "PLIVO_BASE_URL";
        const READ_OP: &'static str = "get_ip_access_control_list";
        const UPDATE_METHOD: &'static str = "POST";
        const LIST: &'static str = "/IPAccessControlList/";
        const ITEM: &'static str = "/IPAccessControlList/{id}/";
        const SECRET_PATH: &'static str = "/Credential/";
        const PAGING: Paging = Paging::Offset;
        const MAX_PAGE: u64 = 20;
        const CURSOR_PARAM: &'static str = "offset";
        const SIZE_PARAM: &'static str = "limit";
        const UNAUTHENTICATED: &'static str = "Authentication failed";

        fn builder(account: &str, secret: &str) -> ClientBuilder {
            ClientBuilder::new(account, secret)
        }

        fn at_emulator(builder: ClientBuilder, emulator: &Emulator) -> ClientBuilder {
            builder.base_url(emulator.plivo_url())
        }

        fn base_url(client: &Client) -> String {
            client.base_url().to_owned()
        }

        fn emulator_config() -> EmulatorConfig {
            EmulatorConfig::default().with_plivo_credentials(AUTH_ID, TOKEN)
        }

        async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
            let acl = client
                .get_ip_access_control_list()
                .ipacl_uuid(id)
                .send()
                .await?;
            Ok(attempts(&acl))
        }

        async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
            let addresses = vec!["10.0.0.1".to_owned()];
            let body = types::CreateIpAccessControlListRequest::builder().ip_addresses(addresses);
            let request = client
                .create_ip_access_control_list()
                .body(body.name("suite"));
            Ok(request
                .send()
                .await?
                .into_inner()
                .ipacl_uuid
                .unwrap_or_default())
        }

        async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
            let addresses = vec!["10.0.0.2".to_owned()];
            let body = types::UpdateIpAccessControlListRequest::builder().ip_addresses(addresses);
            let request = client.update_ip_access_control_list().ipacl_uuid(id);
            request.body(body).send().await.map(drop)
        }

        async fn delete(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
            let request = client.delete_ip_access_control_list().ipacl_uuid(id);
            request.send().await.map(drop)
        }

        async fn create_with_secret(client: &Client, password: &str) -> Result<(), String> {
            let password = SecretString::from(password);
            let body = types::CreateCredentialRequest::builder().password(password);
            shown(
                client
                    .create_credential()
                    .body(body.username("suiteuser"))
                    .send()
                    .await,
            )
        }

        fn list(client: &Client, options: ListOptions) -> impl Stream<Item = Listed<Self::Body>> {
            let stream = client.list_ip_access_control_lists().stream();
            stream
                .with_options(options)
                .map_ok(|acl| acl.ipacl_uuid.unwrap_or_default())
        }

        fn ok_reply(op: Op) -> Reply {
            match op {
                Op::Read => reply(200, &fixture("plivo", "docs__ipacl_object.json")),
                Op::Create => reply(201, &fixture("plivo", "docs__ipacl_create_response.json")),
                Op::Update => reply(202, &fixture("plivo", "docs__ipacl_update_response.json")),
                Op::Delete => empty(204),
            }
        }

        fn page(page: PageSpec<'_>) -> Value {
            let mut meta = json!({
                "limit": page.size, "offset": page.index * page.size, "next": null, "previous": null
            });
            if let Next::Total(total) = page.next {
                meta["total_count"] = json!(total);
            }
            let acl = |id| json!({"ipacl_uuid": id, "name": id, "ip_addresses": ["10.0.0.1"]});
            let objects: Vec<Value> = page.ids.iter().map(acl).collect();
            json!({"api_id": "suite", "meta": meta, "objects": objects})
        }

        fn error_body(_status: u16, message: &str) -> Value {
            json!({"api_id": "97ceeb52-58b6-11e1-86da-77300b68f8bb", "error": message})
        }

        /// Plivo's error body has no code.
        fn error_code(_status: u16) -> Option<String> {
            None
        }

        fn error_shape(body: &Self::Body) -> ErrorShape {
            let message = body.error.as_ref().and_then(Value::as_str);
            ErrorShape {
                code: None,
                message: message.map(str::to_owned),
            }
        }

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
}

/// Twilio in the shared suite, once per API because they differ: Elastic SIP Trunking v1
/// (`trunking.twilio.com`, no account in its paths, absolute next-page URLs; authenticated
/// with the Auth Token) and the 2010-04-01 SIP lists (`api.twilio.com/2010-04-01/Accounts/
/// {AccountSid}`, root-relative next-page URIs; authenticated with an API key, so the other
/// auth mode runs the whole suite too). Both are HTTP Basic, form-encoded, link-paged.
pub mod twilio {
    use futures::{Stream, TryStreamExt};
    use serde_json::{Value, json};
    use trunkline_core::paging::ListOptions;
    use trunkline_emulator::{Emulator, EmulatorConfig};
    use trunkline_tests::{Reply, fixture};
    use trunkline_twilio::{Client, ClientBuilder, sip, trunking};

    use crate::harness::{
        Api, ApiError, AuthKind, Env, ErrorShape, Harness, Listed, Next, Op, PageSpec, Paging,
        attempts, empty, json as reply, shown,
    };

    const SID: &str = "ACsuite00000000000000000000000000";
    const TOKEN: &str = "twilio-suite-token-Hn4s7Kd2";
    const KEY: &str = "SKsuite00000000000000000000000000";
    const KEY_SECRET: &str = "twilio-suite-keysecret-Wb5t8Yc3";
    const TRUNKING: &str = "https://trunking.twilio.com";
    const API: &str = "https://api.twilio.com";

    /// Either API's error body (`trunking::types::TwilioError`, `sip::types::TwilioError`).
    fn twilio_error(code: Option<i64>, message: &Option<String>) -> ErrorShape {
        let code = code.map(|c| c.to_string());
        ErrorShape {
            code,
            message: message.clone(),
        }
    }

    /// Twilio's error code in the suite's error bodies: `20000 + status` (20404, 20429, …).
    fn code(status: u16) -> u32 {
        20_000 + u32::from(status)
    }

    fn error_body(status: u16, message: &str) -> Value {
        let more_info = format!("https://www.twilio.com/docs/errors/{}", code(status));
        json!({"code": code(status), "message": message, "more_info": more_info, "status": status})
    }

    /// Both APIs at the emulator.
    fn at_emulator(builder: ClientBuilder, emulator: &Emulator) -> ClientBuilder {
        let builder = builder.trunking_base_url(emulator.twilio_trunking_url());
        builder.sip_base_url(emulator.twilio_api_url())
    }

    /// The items, own link and next link of a link page whose page `n` is at `link(n)`.
    fn page(
        page: &PageSpec<'_>,
        link: impl Fn(u64) -> String,
    ) -> (Vec<Value>, String, Option<String>) {
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
        let name = sip::types::CreateCredentialListRequest::builder().friendly_name("secret");
        let sip = client.sip();
        let list = sip.create_credential_list().body(name).send().await;
        let sid = list.map_err(|err| format!("{err:?} {err}"))?.sid.clone();
        let body = sip::types::CreateCredentialRequest::builder().password(password);
        let list = client
            .sip()
            .create_credential()
            .credential_list_sid(sid.unwrap_or_default());
        shown(list.body(body.username("suiteuser")).send().await)
    }

    fn env(more: &[(&'static str, &str)]) -> Env {
        let vars = [("TWILIO_ACCOUNT_SID", SID)]
            .into_iter()
            .chain(more.iter().copied());
        vars.map(|(n, v)| (n, v.to_owned())).collect()
    }

    fn auth_debug(user: &str) -> String {
        format!("Basic(username=\"{user}\", password=<redacted>)")
    }

    /// Elastic SIP Trunking v1: trunks.
    pub struct TwilioTrunking;

    impl Harness for TwilioTrunking {
        type Client = Client;
        type Body = trunking::types::TwilioError;
        type Builder = ClientBuilder;

        const NAME: &'static str = "twilio-trunking";
        const VENDOR: &'static str = "twilio";
        const ACCOUNT: &'static str = SID;
        const SECRET: &'static str = TOKEN;
        const AUTH: AuthKind = AuthKind::Basic(SID);
        const EMPTY_SECRET: &'static str = "invalid Twilio auth token: it is empty";
        const EMPTY_ACCOUNT: &'static str = "invalid Twilio account SID: it is empty";
        const SECRET_FIELD: Option<&'static str> = None;
        const ACCOUNT_FIELD: Option<&'static str> = None;
        const DEFAULT_ORIGIN: &'static str = TRUNKING;
        /// Trunking v1 paths name no account: the credentials alone say whose trunks they are.
        const BASE_PATH: &'static str = "";
        const ENV: &'static [(&'static str, &'static str)] =
            &[("TWILIO_ACCOUNT_SID", SID), ("TWILIO_AUTH_TOKEN", TOKEN)];
        const ENV_BASE_URL: &'static str = "TWILIO_TRUNKING_BASE_URL";
        const READ_OP: &'static str = "get_trunk";
        const UPDATE_METHOD: &'static str = "POST";
        const LIST: &'static str = "/v1/Trunks";
        const ITEM: &'static str = "/v1/Trunks/{id}";
        /// Trunking v1 has no request carrying a secret: the account's SIP credential (the
        /// 2010-04-01 API of the same client) is the one, at the SIP harness's path.
        const SECRET_PATH: &'static str = "";
        const PAGING: Paging = Paging::NextLink;
        const MAX_PAGE: u64 = 1000;
        const CURSOR_PARAM: &'static str = "Page";
        const SIZE_PARAM: &'static str = "PageSize";
        const UNAUTHENTICATED: &'static str = "Authenticate";

        fn builder(account: &str, secret: &str) -> ClientBuilder {
            ClientBuilder::new(account, secret)
        }

        fn at_origin(builder: ClientBuilder, origin: &str) -> ClientBuilder {
            builder.trunking_base_url(origin)
        }

        fn at_emulator(builder: ClientBuilder, emulator: &Emulator) -> ClientBuilder {
            at_emulator(builder, emulator)
        }

        fn base_url(client: &Client) -> String {
            client.trunking_base_url().to_owned()
        }

        fn emulator_config() -> EmulatorConfig {
            EmulatorConfig::default().with_twilio_credentials(SID, TOKEN)
        }

        fn probe_bases(origin: Option<&str>) -> String {
            let trunking = origin.unwrap_or(TRUNKING);
            format!("trunking={trunking} sip={API}/2010-04-01/Accounts/{SID}")
        }

        async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
            Ok(attempts(
                &client.trunking().get_trunk().sid(id).send().await?,
            ))
        }

        async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
            let body = trunking::types::CreateTrunkRequest::builder().friendly_name("suite");
            let trunk = client.trunking().create_trunk().body(body).send().await?;
            Ok(trunk.into_inner().sid.unwrap_or_default())
        }

        async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
            let body = trunking::types::UpdateTrunkRequest::builder().friendly_name("renamed");
            let trunk = client.trunking().update_trunk().sid(id);
            trunk.body(body).send().await.map(drop)
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

        async fn create_with_secret(client: &Client, password: &str) -> Result<(), String> {
            credential_with_password(client, password).await
        }

        fn list(client: &Client, options: ListOptions) -> impl Stream<Item = Listed<Self::Body>> {
            let stream = client.trunking().list_trunks().stream();
            stream
                .with_options(options)
                .map_ok(|trunk| trunk.sid.unwrap_or_default())
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

        fn secret_path() -> String {
            TwilioSip::secret_path()
        }

        /// Absolute next-page URLs, on another host than the client's: the client must keep them
        /// on its own base URL.
        fn page(spec: PageSpec<'_>) -> Value {
            let size = spec.size;
            let (trunks, own, next) = page(&spec, |index| {
                format!("https://elsewhere.example.com:8443/v1/Trunks?PageSize={size}&Page={index}")
            });
            let first = format!("{TRUNKING}/v1/Trunks?PageSize={size}&Page=0");
            let meta = json!({
                "first_page_url": first, "key": "trunks", "next_page_url": next, "page": spec.index,
                "page_size": size, "previous_page_url": null, "url": own
            });
            json!({"meta": meta, "trunks": trunks})
        }

        fn error_body(status: u16, message: &str) -> Value {
            error_body(status, message)
        }

        fn error_code(status: u16) -> Option<String> {
            Some(code(status).to_string())
        }

        fn error_shape(body: &Self::Body) -> ErrorShape {
            twilio_error(body.code, &body.message)
        }

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
        type Builder = ClientBuilder;

        const NAME: &'static str = "twilio-sip";
        const VENDOR: &'static str = "twilio";
        const ACCOUNT: &'static str = SID;
        const SECRET: &'static str = KEY_SECRET;
        const AUTH: AuthKind = AuthKind::Basic(KEY);
        const EMPTY_SECRET: &'static str = "invalid Twilio API key secret: it is empty";
        const EMPTY_ACCOUNT: &'static str = "invalid Twilio account SID: it is empty";
        const SECRET_FIELD: Option<&'static str> = None;
        const ACCOUNT_FIELD: Option<&'static str> = None;
        const DEFAULT_ORIGIN: &'static str = API;
        const BASE_PATH: &'static str = "/2010-04-01/Accounts/{account}";
        const ENV: &'static [(&'static str, &'static str)] = &[
            ("TWILIO_ACCOUNT_SID", SID),
            ("TWILIO_API_KEY", KEY),
            ("TWILIO_API_SECRET", KEY_SECRET),
        ];
        const ENV_BASE_URL: &'static str = "TWILIO_SIP_BASE_URL";
        const READ_OP: &'static str = "get_credential_list";
        const UPDATE_METHOD: &'static str = "POST";
        const LIST: &'static str = "/SIP/CredentialLists.json";
        const ITEM: &'static str = "/SIP/CredentialLists/{id}.json";
        /// `…/SIP/CredentialLists/{CL}/Credentials.json`; the list itself is created at
        /// `…/SIP/CredentialLists.json`, outside this prefix.
        const SECRET_PATH: &'static str = "/SIP/CredentialLists/";
        const PAGING: Paging = Paging::NextLink;
        const MAX_PAGE: u64 = 1000;
        const CURSOR_PARAM: &'static str = "Page";
        const SIZE_PARAM: &'static str = "PageSize";
        const UNAUTHENTICATED: &'static str = "Authenticate";

        fn builder(account: &str, secret: &str) -> ClientBuilder {
            ClientBuilder::api_key(account, KEY, secret)
        }

        fn at_origin(builder: ClientBuilder, origin: &str) -> ClientBuilder {
            builder.sip_base_url(origin)
        }

        fn at_emulator(builder: ClientBuilder, emulator: &Emulator) -> ClientBuilder {
            at_emulator(builder, emulator)
        }

        fn base_url(client: &Client) -> String {
            client.sip_base_url().to_owned()
        }

        fn emulator_config() -> EmulatorConfig {
            let config = EmulatorConfig::default().with_twilio_credentials(SID, TOKEN);
            config.with_twilio_api_key(KEY, KEY_SECRET)
        }

        fn probe_bases(origin: Option<&str>) -> String {
            let api = origin.unwrap_or(API);
            format!("trunking={TRUNKING} sip={api}/2010-04-01/Accounts/{SID}")
        }

        /// The API key and the Auth Token: the key wins when both are set; half of the key's pair
        /// is an error naming the other half, even with a usable token; the token alone works.
        fn env_cases() -> Vec<(Env, Vec<String>)> {
            let token = ("TWILIO_AUTH_TOKEN", TOKEN);
            let (key, secret) = (("TWILIO_API_KEY", KEY), ("TWILIO_API_SECRET", KEY_SECRET));
            let missing =
                |name: &str| vec![format!("error environment variable {name} is not set\n")];
            vec![
                (
                    env(&[token, key, secret]),
                    vec![
                        auth_debug(KEY),
                        format!("sip={API}/2010-04-01/Accounts/{SID} "),
                    ],
                ),
                (env(&[token, key]), missing("TWILIO_API_SECRET")),
                (env(&[token, secret]), missing("TWILIO_API_KEY")),
                (env(&[token]), vec![auth_debug(SID)]),
            ]
        }

        async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
            Ok(attempts(
                &client.sip().get_credential_list().sid(id).send().await?,
            ))
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
            let list = client.sip().update_credential_list().sid(id);
            list.body(body).send().await.map(drop)
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

        fn list(client: &Client, options: ListOptions) -> impl Stream<Item = Listed<Self::Body>> {
            let stream = client.sip().list_credential_lists().stream();
            stream
                .with_options(options)
                .map_ok(|list| list.sid.unwrap_or_default())
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

        /// Root-relative next-page URIs, with the account path the client must map onto its base.
        fn page(spec: PageSpec<'_>) -> Value {
            let (size, path) = (spec.size, Self::list_path());
            let (lists, own, next) = page(&spec, |index| {
                format!("{path}?PageSize={size}&Page={index}")
            });
            json!({
                "credential_lists": lists, "end": 0, "first_page_uri": format!("{path}?PageSize={size}&Page=0"),
                "next_page_uri": next, "page": spec.index, "page_size": size,
                "previous_page_uri": null, "start": 0, "uri": own
            })
        }

        fn error_body(status: u16, message: &str) -> Value {
            error_body(status, message)
        }

        fn error_code(status: u16) -> Option<String> {
            Some(code(status).to_string())
        }

        fn error_shape(body: &Self::Body) -> ErrorShape {
            twilio_error(body.code, &body.message)
        }

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
}

/// Vobiz in the shared suite: the `X-Auth-ID` and `X-Auth-Token` headers, the account in the
/// base URL, offset paging of trunks.
pub mod vobiz {
    use futures::{Stream, TryStreamExt};
    use serde_json::{Value, json};
    use trunkline_core::SecretString;
    use trunkline_core::paging::ListOptions;
    use trunkline_emulator::{Emulator, EmulatorConfig};
    use trunkline_tests::{Reply, fixture};
    use trunkline_vobiz::{Client, ClientBuilder, types};

    use crate::harness::{
        Api, ApiError, AuthKind, ErrorShape, Harness, Listed, Next, Op, PageSpec, Paging, attempts,
        empty, json as reply, shown,
    };

    const AUTH_ID: &str = "MA_SUITE";
    const TOKEN: &str = "vobiz-suite-token-Jf2g9Ux4";

    pub struct Vobiz;

    impl Harness for Vobiz {
        type Client = Client;
        type Body = types::VobizError;
        type Builder = ClientBuilder;

        const NAME: &'static str = "vobiz";
        const VENDOR: &'static str = "vobiz";
        const ACCOUNT: &'static str = AUTH_ID;
        const SECRET: &'static str = TOKEN;
        const AUTH: AuthKind = AuthKind::Headers("Vobiz", AUTH_ID);
        const EMPTY_SECRET: &'static str = "invalid Vobiz auth token: it is empty";
        const EMPTY_ACCOUNT: &'static str = "invalid Vobiz auth id: it is empty";
        const SECRET_FIELD: Option<&'static str> = Some("Vobiz auth token");
        const ACCOUNT_FIELD: Option<&'static str> = Some("Vobiz auth id");
        const DEFAULT_ORIGIN: &'static str = "https://api.vobiz.ai";
        const BASE_PATH: &'static str = "/api/v1/Account/{account}";
        const ENV: &'static [(&'static str, &'static str)] =
            &[("VOBIZ_AUTH_ID", AUTH_ID), ("VOBIZ_AUTH_TOKEN", TOKEN)];
        const ENV_BASE_URL: &'static str = "VOBIZ_BASE_URL";
        const READ_OP: &'static str = "get_trunk";
        const UPDATE_METHOD: &'static str = "PUT";
        const LIST: &'static str = "/trunks";
        const ITEM: &'static str = "/trunks/{id}";
        const SECRET_PATH: &'static str = "/credentials";
        const PAGING: Paging = Paging::Offset;
        const MAX_PAGE: u64 = 100;
        const CURSOR_PARAM: &'static str = "offset";
        const SIZE_PARAM: &'static str = "limit";
        const UNAUTHENTICATED: &'static str = "Authentication failed";

        fn builder(account: &str, secret: &str) -> ClientBuilder {
            ClientBuilder::new(account, secret)
        }

        fn at_emulator(builder: ClientBuilder, emulator: &Emulator) -> ClientBuilder {
            builder.base_url(emulator.vobiz_url())
        }

        fn base_url(client: &Client) -> String {
            client.base_url().to_owned()
        }

        fn emulator_config() -> EmulatorConfig {
            EmulatorConfig::default().with_vobiz_credentials(AUTH_ID, TOKEN)
        }

        async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
            Ok(attempts(&client.get_trunk().trunk_id(id).send().await?))
        }

        async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
            let body = types::CreateTrunkRequest::builder().trunk_type(types::TrunkType::Outbound);
            let body = body.name("suite").max_concurrent_calls(5);
            Ok(client
                .create_trunk()
                .body(body)
                .send()
                .await?
                .into_inner()
                .trunk_id)
        }

        async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
            let body = types::UpdateTrunkRequest::builder()
                .name("renamed")
                .enabled(true);
            let request = client.update_trunk().trunk_id(id);
            request
                .body(body.max_concurrent_calls(6))
                .send()
                .await
                .map(drop)
        }

        async fn delete(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
            client.delete_trunk().trunk_id(id).send().await.map(drop)
        }

        async fn create_with_secret(client: &Client, password: &str) -> Result<(), String> {
            let body = types::CreateCredentialRequest::builder().username("suiteuser");
            let body = body.password(SecretString::from(password));
            shown(client.create_credential().body(body).send().await)
        }

        fn list(client: &Client, options: ListOptions) -> impl Stream<Item = Listed<Self::Body>> {
            let stream = client.list_trunks().stream().with_options(options);
            stream.map_ok(|trunk| trunk.trunk_id)
        }

        fn ok_reply(op: Op) -> Reply {
            let body = |name: &str| fixture("vobiz", name);
            match op {
                Op::Read | Op::Update => {
                    reply(200, &body("docs__retrieve_trunk_response_200.json"))
                }
                Op::Create => reply(201, &body("docs__create_trunk_response_201.json")),
                Op::Delete => empty(204),
            }
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

        /// Vobiz's code is the status again.
        fn error_code(status: u16) -> Option<String> {
            Some(status.to_string())
        }

        fn error_shape(body: &Self::Body) -> ErrorShape {
            let code = body.code.map(|c| c.to_string());
            ErrorShape {
                code,
                message: body.error.clone(),
            }
        }

        fn api(emulator: &Emulator) -> Api<'_> {
            Api::Vobiz(emulator.vobiz())
        }

        async fn seed(emulator: &Emulator, _client: &Client, count: usize) -> Vec<String> {
            emulator.vobiz().seed_trunks(count)
        }
    }
}

/// Telnyx in the shared suite: `Authorization: Bearer <API key>`, no account in the base URL
/// (the key is the account), page-number paging (`page[number]`, `page[size]`). The resource
/// is the IP connection, the connection type trunkline maps trunks to.
pub mod telnyx {
    use futures::{Stream, TryStreamExt};
    use serde_json::{Value, json};
    use trunkline_core::paging::ListOptions;
    use trunkline_core::{ConfigError, SecretString};
    use trunkline_emulator::{Emulator, EmulatorConfig};
    use trunkline_telnyx::{Client, ClientBuilder, types};
    use trunkline_tests::{Reply, fixture};

    use crate::harness::{
        Api, ApiError, AuthKind, ErrorShape, Harness, Listed, Next, Op, PageSpec, Paging, attempts,
        json as reply, shown,
    };

    const KEY: &str = "KEYSUITE_telnyx_Rt55Bnv81";

    pub struct Telnyx;

    impl Harness for Telnyx {
        type Client = Client;
        type Body = types::Errors;
        type Builder = ClientBuilder;

        const NAME: &'static str = "telnyx";
        const VENDOR: &'static str = "telnyx";
        /// The API key is the account.
        const ACCOUNT: &'static str = "";
        const SECRET: &'static str = KEY;
        const AUTH: AuthKind = AuthKind::Bearer;
        const EMPTY_SECRET: &'static str = "invalid Telnyx API key: it is empty";
        const EMPTY_ACCOUNT: &'static str = "invalid Telnyx API key: it is empty";
        const SECRET_FIELD: Option<&'static str> = Some("Telnyx API key");
        const ACCOUNT_FIELD: Option<&'static str> = Some("Telnyx API key");
        const DEFAULT_ORIGIN: &'static str = "https://api.telnyx.com";
        /// The key identifies the account, and a secret never goes into a URL: every account's
        /// base is `/v2`.
        const BASE_PATH: &'static str = "/v2";
        const ENV: &'static [(&'static str, &'static str)] = &[("TELNYX_API_KEY", KEY)];
        const ENV_BASE_URL: &'static str = "TELNYX_BASE_URL";
        const READ_OP: &'static str = "get_ip_connection";
        const UPDATE_METHOD: &'static str = "PATCH";
        const LIST: &'static str = "/ip_connections";
        const ITEM: &'static str = "/ip_connections/{id}";
        const SECRET_PATH: &'static str = "/credential_connections";
        const PAGING: Paging = Paging::PageNumber;
        const MAX_PAGE: u64 = 250;
        const CURSOR_PARAM: &'static str = "page[number]";
        const SIZE_PARAM: &'static str = "page[size]";
        const UNAUTHENTICATED: &'static str = "credentials";

        fn builder(_account: &str, secret: &str) -> ClientBuilder {
            ClientBuilder::new(secret)
        }

        fn at_emulator(builder: ClientBuilder, emulator: &Emulator) -> ClientBuilder {
            builder.base_url(emulator.telnyx_url())
        }

        /// The API key is the account.
        fn build_for_account(origin: &str, account: &str) -> Result<Client, ConfigError> {
            ClientBuilder::new(account).base_url(origin).build()
        }

        fn base_url(client: &Client) -> String {
            client.base_url().to_owned()
        }

        fn emulator_config() -> EmulatorConfig {
            EmulatorConfig::default().with_telnyx_api_key(KEY)
        }

        async fn read(client: &Client, id: &str) -> Result<Option<String>, ApiError<Self::Body>> {
            Ok(attempts(&client.get_ip_connection().id(id).send().await?))
        }

        async fn create(client: &Client) -> Result<String, ApiError<Self::Body>> {
            let body = types::CreateIpConnectionRequest::builder().connection_name("suite");
            Ok(client
                .create_ip_connection()
                .body(body)
                .send()
                .await?
                .into_inner()
                .data
                .id)
        }

        async fn update(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
            let body = types::UpdateIpConnectionRequest::builder().connection_name("renamed");
            client
                .update_ip_connection()
                .id(id)
                .body(body)
                .send()
                .await
                .map(drop)
        }

        async fn delete(client: &Client, id: &str) -> Result<(), ApiError<Self::Body>> {
            client.delete_ip_connection().id(id).send().await.map(drop)
        }

        async fn create_with_secret(client: &Client, password: &str) -> Result<(), String> {
            let body = types::CreateCredentialConnectionRequest::builder()
                .connection_name("secret")
                .user_name("suiteuser1")
                .password(SecretString::from(password));
            shown(
                client
                    .create_credential_connection()
                    .body(body)
                    .send()
                    .await,
            )
        }

        fn list(client: &Client, options: ListOptions) -> impl Stream<Item = Listed<Self::Body>> {
            let stream = client.list_ip_connections().stream().with_options(options);
            stream.map_ok(|connection| connection.id)
        }

        fn ok_reply(op: Op) -> Reply {
            let status = if op == Op::Create { 201 } else { 200 };
            let body = fixture("telnyx", "docs__create_ip_connection_response_201.json");
            reply(status, &body)
        }

        fn page(page: PageSpec<'_>) -> Value {
            let mut meta = json!({"page_number": page.index + 1, "page_size": page.size});
            if let Next::Total(total) = page.next {
                meta["total_results"] = json!(total);
                meta["total_pages"] = json!(total.div_ceil(page.size));
            }
            let connection = |id| json!({"id": id, "record_type": "ip_connection"});
            let data: Vec<Value> = page.ids.iter().map(connection).collect();
            json!({"data": data, "meta": meta})
        }

        /// Telnyx's codes are five-digit strings; these are `1` and the status.
        fn error_body(status: u16, message: &str) -> Value {
            let code = format!("1{status:04}");
            json!({"errors": [{"code": code, "title": "Error", "detail": message}]})
        }

        fn error_code(status: u16) -> Option<String> {
            Some(format!("1{status:04}"))
        }

        fn error_shape(body: &Self::Body) -> ErrorShape {
            let first = body.errors.first();
            let code = first.and_then(|e| e.code.as_ref()).map(|code| match code {
                Value::String(code) => code.clone(),
                other => other.to_string(),
            });
            let message = first.and_then(|e| e.detail.clone());
            ErrorShape { code, message }
        }

        fn api(emulator: &Emulator) -> Api<'_> {
            Api::Telnyx(emulator.telnyx())
        }

        async fn seed(emulator: &Emulator, _client: &Client, count: usize) -> Vec<String> {
            emulator.telnyx().seed_trunks(count)
        }
    }
}
