//! [`Client`], the entry point holding both generated clients, and [`ClientBuilder`]:
//! credentials (auth token or API key), base URLs, shared configuration; plus the list
//! shortcuts. Everything the specs declare (constants, paging, link rebasing) is generated or in
//! `trunkline_core`; this is what combines the two APIs.

use futures::Stream;
use progenitor_client::{ClientInfo as _, ResponseValue};
use trunkline_core::paging::{LinkedPage, PageItem, Paged};
use trunkline_core::{Auth, ClientConfig, ConfigError, Endpoint, SecretString, checked_base_url};

use crate::{SipError, TrunkingError, sip, trunking};

/// Environment variable holding an API Key SID (`SK…`). With [`ENV_API_SECRET`] it takes
/// precedence over [`crate::ENV_AUTH_TOKEN`].
pub const ENV_API_KEY: &str = "TWILIO_API_KEY";
/// Environment variable holding the API key's secret.
pub const ENV_API_SECRET: &str = "TWILIO_API_SECRET";

/// The entry point: one [`trunking::Client`] and one [`sip::Client`] sharing credentials, retry
/// policy, timeouts and connection pool. Cheap to clone. `Debug` shows the base URLs and who
/// authenticates, never the token or secret.
///
/// ```
/// use trunkline_twilio::Client;
///
/// let twilio = Client::from_credentials("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "auth-token").unwrap();
/// assert_eq!(twilio.trunking_base_url(), "https://trunking.twilio.com");
/// assert_eq!(
///     twilio.sip_base_url(),
///     "https://api.twilio.com/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
/// );
/// assert!(!format!("{twilio:?}").contains("auth-token"));
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    account_sid: String,
    trunking: trunking::Client,
    sip: sip::Client,
}

impl Client {
    /// A client for `account_sid` authenticated with its Auth Token, on Twilio's hosts.
    pub fn from_credentials(
        account_sid: &str,
        auth_token: impl Into<SecretString>,
    ) -> Result<Self, ConfigError> {
        ClientBuilder::new(account_sid, auth_token).build()
    }

    /// A client from the environment (see [`ClientBuilder::from_env`]).
    pub fn from_env() -> Result<Self, ConfigError> {
        ClientBuilder::from_env()?.build()
    }

    /// The Elastic SIP Trunking v1 client.
    pub fn trunking(&self) -> &trunking::Client {
        &self.trunking
    }

    /// The 2010-04-01 SIP lists client.
    pub fn sip(&self) -> &sip::Client {
        &self.sip
    }

    /// The account every request acts on (the `AccountSid` of the 2010-04-01 paths).
    pub fn account_sid(&self) -> &str {
        &self.account_sid
    }

    /// Base URL of the trunking client (operation paths such as `/v1/Trunks` are appended).
    pub fn trunking_base_url(&self) -> &str {
        self.trunking.baseurl()
    }

    /// Base URL of the SIP client, the account included (`/SIP/CredentialLists.json`, … are
    /// appended).
    pub fn sip_base_url(&self) -> &str {
        self.sip.baseurl()
    }

    /// Streams every item of a Twilio list from the first-page future of its list operation
    /// (any of the nine, with any parameters), following next links through the page's API
    /// (see [`trunkline_core::paging::linked_pages`]). Every list builder's `stream()` does
    /// this too, and sets the page size.
    pub fn paginate<'a, P, F>(&'a self, first_page: F) -> impl Stream<Item = PageItem<P>> + 'a
    where
        P: LinkedPage + 'a,
        P::Item: 'a,
        Self: AsRef<P::Client>,
        F: Future<Output = Result<ResponseValue<P>, progenitor_client::Error<P::ErrorBody>>> + 'a,
    {
        trunkline_core::paging::linked_pages(self.as_ref(), first_page)
    }

    /// Every trunk of the account.
    pub fn trunks(&self) -> Paged<'_, trunking::types::Trunk, TrunkingError> {
        self.trunking.list_trunks().stream()
    }

    /// Every credential list associated with a trunk.
    pub fn trunk_credential_lists(
        &self,
        trunk_sid: &str,
    ) -> Paged<'_, trunking::types::TrunkCredentialList, TrunkingError> {
        let request = self.trunking.list_trunk_credential_lists();
        request.trunk_sid(trunk_sid).stream()
    }

    /// Every IP access control list associated with a trunk.
    pub fn trunk_ip_access_control_lists(
        &self,
        trunk_sid: &str,
    ) -> Paged<'_, trunking::types::TrunkIpAccessControlList, TrunkingError> {
        let request = self.trunking.list_trunk_ip_access_control_lists();
        request.trunk_sid(trunk_sid).stream()
    }

    /// Every origination URL of a trunk.
    pub fn origination_urls(
        &self,
        trunk_sid: &str,
    ) -> Paged<'_, trunking::types::OriginationUrl, TrunkingError> {
        let request = self.trunking.list_origination_urls();
        request.trunk_sid(trunk_sid).stream()
    }

    /// Every phone number associated with a trunk.
    pub fn trunk_phone_numbers(
        &self,
        trunk_sid: &str,
    ) -> Paged<'_, trunking::types::TrunkPhoneNumber, TrunkingError> {
        let request = self.trunking.list_trunk_phone_numbers();
        request.trunk_sid(trunk_sid).stream()
    }

    /// Every SIP credential list of the account.
    pub fn credential_lists(&self) -> Paged<'_, sip::types::CredentialList, SipError> {
        self.sip.list_credential_lists().stream()
    }

    /// Every credential of a SIP credential list.
    pub fn credentials(&self, list_sid: &str) -> Paged<'_, sip::types::Credential, SipError> {
        let request = self.sip.list_credentials();
        request.credential_list_sid(list_sid).stream()
    }

    /// Every SIP IP access control list of the account.
    pub fn ip_access_control_lists(&self) -> Paged<'_, sip::types::IpAccessControlList, SipError> {
        self.sip.list_ip_access_control_lists().stream()
    }

    /// Every IP address of a SIP IP access control list.
    pub fn ip_addresses(&self, list_sid: &str) -> Paged<'_, sip::types::IpAddress, SipError> {
        let request = self.sip.list_ip_addresses();
        request.ip_access_control_list_sid(list_sid).stream()
    }
}

impl AsRef<trunking::Client> for Client {
    fn as_ref(&self) -> &trunking::Client {
        &self.trunking
    }
}

impl AsRef<sip::Client> for Client {
    fn as_ref(&self) -> &sip::Client {
        &self.sip
    }
}

/// Who authenticates: the account itself, or another Basic-auth principal acting on it.
#[derive(Clone, Debug)]
enum Credential {
    AuthToken(SecretString),
    ApiKey { sid: String, secret: SecretString },
}

/// Where one API is served: an origin its own path is appended to, or the complete base.
#[derive(Clone, Debug)]
enum Base {
    Origin(String),
    AsIs(String),
}

/// Builds a [`Client`]: credentials, then optionally base URLs and a [`ClientConfig`].
///
/// ```
/// use trunkline_twilio::ClientBuilder;
///
/// // An API key acting on an account; the 2010-04-01 paths still name the account.
/// let twilio = ClientBuilder::api_key("ACXX", "SKXX", "api-key-secret")
///     .base_url("http://127.0.0.1:4010")
///     .build()
///     .unwrap();
/// assert_eq!(twilio.sip_base_url(), "http://127.0.0.1:4010/2010-04-01/Accounts/ACXX");
/// assert!(format!("{twilio:?}").contains("SKXX"));
/// assert!(!format!("{twilio:?}").contains("api-key-secret"));
/// ```
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    account_sid: String,
    credential: Credential,
    trunking_base: Base,
    sip_base: Base,
    config: ClientConfig,
}

impl ClientBuilder {
    /// Authenticates as the account itself: Account SID (`AC…`) + Auth Token.
    pub fn new(account_sid: impl Into<String>, auth_token: impl Into<SecretString>) -> Self {
        Self::with_credential(account_sid.into(), Credential::AuthToken(auth_token.into()))
    }

    /// Authenticates with an API key (`SK…` + its secret) acting on `account_sid`. The key
    /// SID is the Basic-auth user name as given, so any principal Twilio accepts for the
    /// account works (e.g. a parent account acting on a subaccount).
    pub fn api_key(
        account_sid: impl Into<String>,
        api_key_sid: impl Into<String>,
        api_key_secret: impl Into<SecretString>,
    ) -> Self {
        let (sid, secret) = (api_key_sid.into(), api_key_secret.into());
        Self::with_credential(account_sid.into(), Credential::ApiKey { sid, secret })
    }

    fn with_credential(account_sid: String, credential: Credential) -> Self {
        Self {
            account_sid,
            credential,
            trunking_base: Base::Origin(trunking::DEFAULT_BASE_URL.to_owned()),
            sip_base: Base::Origin(sip::DEFAULT_BASE_URL.to_owned()),
            config: ClientConfig::default(),
        }
    }

    /// Starts from [`crate::ENV_ACCOUNT_SID`] (required), [`ENV_API_KEY`] + [`ENV_API_SECRET`]
    /// (both or neither; they win over the token) or else [`crate::ENV_AUTH_TOKEN`], and the
    /// optional [`crate::ENV_TRUNKING_BASE_URL`] / [`crate::ENV_SIP_BASE_URL`]. Values are
    /// trimmed; empty counts as unset; a missing variable is an error naming it.
    pub fn from_env() -> Result<Self, ConfigError> {
        let account_sid = trunkline_core::env_var(trunking::ENV_ACCOUNT_SID)?;
        let api_key = trunkline_core::optional_env_var(ENV_API_KEY)?;
        let api_secret = trunkline_core::optional_env_var(ENV_API_SECRET)?;
        let mut builder = match (api_key, api_secret) {
            (Some(sid), Some(secret)) => Self::api_key(account_sid, sid, secret),
            (Some(_), None) => return Err(unset(ENV_API_SECRET)),
            (None, Some(_)) => return Err(unset(ENV_API_KEY)),
            (None, None) => {
                let token = trunkline_core::env_var(trunking::ENV_AUTH_TOKEN)?;
                Self::new(account_sid, token)
            }
        };
        if let Some(url) = trunkline_core::optional_env_var(trunking::ENV_BASE_URL)? {
            builder = builder.trunking_base_url(url);
        }
        if let Some(url) = trunkline_core::optional_env_var(sip::ENV_BASE_URL)? {
            builder = builder.sip_base_url(url);
        }
        Ok(builder)
    }

    /// Sends both APIs to one origin (a proxy or emulator serving both hosts' paths). Plain
    /// `http://` is accepted only for loopback hosts unless
    /// [`ClientConfig::with_insecure_http_allowed`] says otherwise.
    pub fn base_url(self, origin: impl Into<String>) -> Self {
        let origin = origin.into();
        self.trunking_base_url(origin.clone()).sip_base_url(origin)
    }

    /// Sends trunking requests to this origin instead of `https://trunking.twilio.com`.
    pub fn trunking_base_url(mut self, origin: impl Into<String>) -> Self {
        self.trunking_base = Base::Origin(origin.into());
        self
    }

    /// Sends SIP-list requests to this origin instead of `https://api.twilio.com`;
    /// `/2010-04-01/Accounts/{AccountSid}` is appended.
    pub fn sip_base_url(mut self, origin: impl Into<String>) -> Self {
        self.sip_base = Base::Origin(origin.into());
        self
    }

    /// Uses `url` as the complete base of every operation path of **both** clients (no
    /// `/2010-04-01/Accounts/{AccountSid}`): for a mock server matching operation paths
    /// directly, like the typed mocks. Next-page links are still followed correctly.
    pub fn api_base_url(mut self, url: impl Into<String>) -> Self {
        let url = url.into();
        self.trunking_base = Base::AsIs(url.clone());
        self.sip_base = Base::AsIs(url);
        self
    }

    /// Retry policy, timeouts, user agent and the other shared settings.
    pub fn config(mut self, config: ClientConfig) -> Self {
        self.config = config;
        self
    }

    /// Checks everything and builds the client. Nothing is sent. Errors name what is wrong
    /// (an empty Account SID, token, key SID or secret; a `:` in the user name; a character a
    /// header cannot carry; an unusable or insecure base URL), never a secret.
    pub fn build(self) -> Result<Client, ConfigError> {
        let account_sid = self.account_sid.trim();
        if account_sid.is_empty() {
            return Err(ConfigError::InvalidCredential {
                field: trunking::API.label_of("account_sid"),
                reason: "it is empty".to_owned(),
            });
        }
        let auth = match &self.credential {
            Credential::AuthToken(token) => {
                trunking::API.authenticate(&[SecretString::from(account_sid), token.clone()])?
            }
            Credential::ApiKey { sid, secret } => Auth::basic_with_labels(
                sid.trim(),
                secret.clone(),
                "Twilio API key SID",
                "Twilio API key secret",
            )?,
        };
        let account = [("account_sid", account_sid)];
        let place = |api: &trunkline_core::ApiDescription, base: &Base| match base {
            Base::Origin(origin) => (origin.clone(), api.account_path_for(&account)),
            Base::AsIs(url) => (url.clone(), String::new()),
        };
        let (origin, path) = place(&trunking::API, &self.trunking_base);
        let endpoint = Endpoint::new(crate::VENDOR, &origin, &path, auth, &self.config)?;
        let (origin, path) = place(&sip::API, &self.sip_base);
        let sip_base = checked_base_url(&origin, self.config.insecure_http_allowed())? + &path;
        // One connection pool and one runtime (credentials, retries, timeouts) for both APIs.
        let Endpoint {
            base_url,
            http,
            runtime,
        } = endpoint;
        Ok(Client {
            account_sid: account_sid.to_owned(),
            trunking: trunking::Client::new_with_client(&base_url, http.clone(), runtime.clone()),
            sip: sip::Client::new_with_client(&sip_base, http, runtime),
        })
    }
}

/// The error for a variable `optional_env_var` found unset or empty, naming it.
fn unset(name: &str) -> ConfigError {
    match trunkline_core::env_var(name) {
        Err(err) => err,
        Ok(_) => ConfigError::MissingEnv { name: name.into() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AC: &str = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

    #[test]
    fn base_urls_by_mode() {
        let t = ClientBuilder::new(AC, "tok").build().unwrap();
        assert_eq!(t.trunking_base_url(), "https://trunking.twilio.com");
        assert_eq!(
            t.sip_base_url(),
            format!("https://api.twilio.com/2010-04-01/Accounts/{AC}")
        );

        let t = ClientBuilder::new(AC, "tok")
            .trunking_base_url("https://proxy.example.com/trunking/")
            .sip_base_url("https://proxy.example.com/api")
            .build()
            .unwrap();
        assert_eq!(t.trunking_base_url(), "https://proxy.example.com/trunking");
        assert_eq!(
            t.sip_base_url(),
            format!("https://proxy.example.com/api/2010-04-01/Accounts/{AC}")
        );

        let t = ClientBuilder::new(AC, "tok")
            .api_base_url("http://127.0.0.1:9/")
            .build()
            .unwrap();
        assert_eq!(t.trunking_base_url(), "http://127.0.0.1:9");
        assert_eq!(t.sip_base_url(), "http://127.0.0.1:9");
    }

    #[test]
    fn the_account_sid_is_one_encoded_path_segment() {
        let t = ClientBuilder::new(" AC1/../x ", "tok").build().unwrap();
        assert_eq!(t.account_sid(), "AC1/../x");
        assert_eq!(
            t.sip_base_url(),
            "https://api.twilio.com/2010-04-01/Accounts/AC1%2F%2E%2E%2Fx"
        );
    }

    #[test]
    fn bad_credentials_name_the_twilio_field() {
        let err = ClientBuilder::new("  ", "tok").build().unwrap_err();
        assert_eq!(err.to_string(), "invalid Twilio account SID: it is empty");
        let err = ClientBuilder::new(AC, "").build().unwrap_err();
        assert_eq!(err.to_string(), "invalid Twilio auth token: it is empty");
        let err = ClientBuilder::new("AC:1", "tok").build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid Twilio account SID: it contains ':'"
        );
        let err = ClientBuilder::api_key(AC, "", "secret")
            .build()
            .unwrap_err();
        assert_eq!(err.to_string(), "invalid Twilio API key SID: it is empty");
        let err = ClientBuilder::api_key(AC, "SK1", "").build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid Twilio API key secret: it is empty"
        );
        let err = ClientBuilder::api_key(AC, "SK:1", "s3cret-value")
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid Twilio API key SID: it contains ':'"
        );
        assert!(!format!("{err:?}").contains("s3cret-value"));
    }

    #[test]
    fn insecure_or_malformed_base_urls_are_refused() {
        for (builder, url) in [
            (
                ClientBuilder::new(AC, "t").trunking_base_url("http://trunking.example.com"),
                "http://trunking.example.com",
            ),
            (
                ClientBuilder::new(AC, "t").sip_base_url("http://api.example.com"),
                "http://api.example.com",
            ),
            (
                ClientBuilder::new(AC, "t").api_base_url("not a url"),
                "not a url",
            ),
        ] {
            let err = builder.build().unwrap_err();
            assert!(
                matches!(&err, ConfigError::InvalidBaseUrl { url: u, .. } if u == url),
                "{err}"
            );
        }
        let allowed = ClientBuilder::new(AC, "t")
            .base_url("http://twilio.internal")
            .config(ClientConfig::default().with_insecure_http_allowed(true))
            .build()
            .unwrap();
        assert_eq!(allowed.trunking_base_url(), "http://twilio.internal");
    }
}
