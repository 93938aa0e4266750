//! [`Client`] and [`ClientBuilder`]: what combines the two generated APIs (one auth, either
//! token or API key; one connection pool; the list shortcuts). The rest is generated.

use futures::Stream;
use progenitor_client::{ClientInfo as _, ResponseValue};
use trunkline_core::paging::{LinkedPage, PageItem, Paged};
use trunkline_core::{Auth, ClientConfig, ClientSettings, ConfigError, Endpoint, SecretString};

use crate::sip::types as s;
use crate::trunking::types as t;
use crate::{SipError, TrunkingError, sip, trunking};

/// The stream of a trunking v1 list.
pub type TrunkingStream<'a, T> = Paged<'a, T, TrunkingError>;
/// The stream of a 2010-04-01 SIP list.
pub type SipStream<'a, T> = Paged<'a, T, SipError>;

/// Environment variable holding an API Key SID (`SK…`). With [`ENV_API_SECRET`] it takes
/// precedence over [`crate::ENV_AUTH_TOKEN`].
pub const ENV_API_KEY: &str = "TWILIO_API_KEY";
/// Environment variable holding the API key's secret.
pub const ENV_API_SECRET: &str = "TWILIO_API_SECRET";

/// The entry point: one [`trunking::Client`] and one [`sip::Client`] sharing credentials, retry
/// policy, timeouts and connection pool (examples: the crate documentation). Cheap to clone.
/// `Debug` shows the base URLs and who authenticates, never the token or secret.
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

    /// A client from the environment (see [`ClientBuilder::from_env`]) with the default
    /// `ClientConfig`; [`Client::from_env_with`] takes one.
    pub fn from_env() -> Result<Self, ConfigError> {
        ClientBuilder::from_env()?.build()
    }

    /// A client from the environment (see [`ClientBuilder::from_env`]) with `config`:
    /// retries, timeouts, user agent, rate limit, your own `reqwest::Client`. The same as
    /// `ClientBuilder::from_env()?.config(config).build()`.
    pub fn from_env_with(config: ClientConfig) -> Result<Self, ConfigError> {
        ClientBuilder::from_env()?.config(config).build()
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

    /// Streams every item of a list from the first-page future of any of the nine list
    /// operations ([`trunkline_core::paging::linked_pages`]; `stream()` also sets the page size).
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
    pub fn trunks(&self) -> TrunkingStream<'_, t::Trunk> {
        self.trunking.list_trunks().stream()
    }

    /// Every credential list associated with a trunk.
    pub fn trunk_credential_lists(
        &self,
        trunk: &str,
    ) -> TrunkingStream<'_, t::TrunkCredentialList> {
        let list = self.trunking.list_trunk_credential_lists();
        list.trunk_sid(trunk).stream()
    }

    /// Every IP access control list associated with a trunk.
    pub fn trunk_ip_access_control_lists(
        &self,
        trunk: &str,
    ) -> TrunkingStream<'_, t::TrunkIpAccessControlList> {
        let list = self.trunking.list_trunk_ip_access_control_lists();
        list.trunk_sid(trunk).stream()
    }

    /// Every origination URL of a trunk.
    pub fn origination_urls(&self, trunk: &str) -> TrunkingStream<'_, t::OriginationUrl> {
        let list = self.trunking.list_origination_urls();
        list.trunk_sid(trunk).stream()
    }

    /// Every phone number associated with a trunk.
    pub fn trunk_phone_numbers(&self, trunk: &str) -> TrunkingStream<'_, t::TrunkPhoneNumber> {
        let list = self.trunking.list_trunk_phone_numbers();
        list.trunk_sid(trunk).stream()
    }

    /// Every SIP credential list of the account.
    pub fn credential_lists(&self) -> SipStream<'_, s::CredentialList> {
        self.sip.list_credential_lists().stream()
    }

    /// Every credential of a SIP credential list.
    pub fn credentials(&self, list: &str) -> SipStream<'_, s::Credential> {
        self.sip
            .list_credentials()
            .credential_list_sid(list)
            .stream()
    }

    /// Every SIP IP access control list of the account.
    pub fn ip_access_control_lists(&self) -> SipStream<'_, s::IpAccessControlList> {
        self.sip.list_ip_access_control_lists().stream()
    }

    /// Every IP address of a SIP IP access control list.
    pub fn ip_addresses(&self, list: &str) -> SipStream<'_, s::IpAddress> {
        let addresses = self.sip.list_ip_addresses();
        addresses.ip_access_control_list_sid(list).stream()
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

/// Builds a [`Client`] from each API's spec description (`trunking::API`, `sip::API`) plus the
/// API-key alternative, with one HTTP client and runtime for both.
#[derive(Clone, Debug)]
pub struct ClientBuilder {
    trunking: ClientSettings,
    sip: ClientSettings,
    api_key: Option<(String, SecretString)>,
}

impl ClientBuilder {
    /// Authenticates as the account itself: Account SID (`AC…`) + Auth Token.
    pub fn new(account_sid: impl Into<String>, auth_token: impl Into<SecretString>) -> Self {
        let values = [SecretString::from(account_sid.into()), auth_token.into()];
        Self {
            trunking: ClientSettings::new(&trunking::API, values.clone()),
            sip: ClientSettings::new(&sip::API, values),
            api_key: None,
        }
    }

    /// Authenticates with an API key (`SK…` + its secret) acting on `account_sid`; the key SID is
    /// the user name as given (a parent account acting on a subaccount works too).
    pub fn api_key(
        account_sid: impl Into<String>,
        api_key_sid: impl Into<String>,
        api_key_secret: impl Into<SecretString>,
    ) -> Self {
        // No auth token: the key authenticates instead (see `build`).
        let mut builder = Self::new(account_sid, "");
        builder.api_key = Some((api_key_sid.into(), api_key_secret.into()));
        builder
    }

    /// Starts from [`crate::ENV_ACCOUNT_SID`], [`ENV_API_KEY`] + [`ENV_API_SECRET`] (both or
    /// neither; they win) or else [`crate::ENV_AUTH_TOKEN`], and the optional base-URL
    /// variables. Values are trimmed; empty is unset; a missing one is an error naming it.
    pub fn from_env() -> Result<Self, ConfigError> {
        let account_sid = trunkline_core::env_var(trunking::ENV_ACCOUNT_SID)?;
        let mut builder = match trunkline_core::optional_env_pair(ENV_API_KEY, ENV_API_SECRET)? {
            Some((sid, secret)) => Self::api_key(account_sid, sid, secret),
            None => Self::new(
                account_sid,
                trunkline_core::env_var(trunking::ENV_AUTH_TOKEN)?,
            ),
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
        self.trunking = self.trunking.with_base_url(origin);
        self
    }

    /// Sends SIP-list requests to this origin instead of `https://api.twilio.com`;
    /// `/2010-04-01/Accounts/{AccountSid}` is appended.
    pub fn sip_base_url(mut self, origin: impl Into<String>) -> Self {
        self.sip = self.sip.with_base_url(origin);
        self
    }

    /// Uses `url` as the complete base of every operation path of **both** clients (no
    /// `/2010-04-01/Accounts/{AccountSid}`): for a mock server matching operation paths
    /// directly, like the typed mocks. Next-page links are still followed correctly.
    pub fn api_base_url(mut self, url: impl Into<String>) -> Self {
        let url = url.into();
        self.trunking = self.trunking.with_api_base_url(url.clone());
        self.sip = self.sip.with_api_base_url(url);
        self
    }

    /// Retry policy, timeouts, user agent and the other shared settings.
    pub fn config(mut self, config: ClientConfig) -> Self {
        self.trunking = self.trunking.with_config(config.clone());
        self.sip = self.sip.with_config(config);
        self
    }

    /// Checks everything and builds the client. Nothing is sent. Errors name what is wrong
    /// (an empty Account SID, token, key SID or secret; a `:` in the user name; a character a
    /// header cannot carry; an unusable or insecure base URL), never a secret.
    pub fn build(self) -> Result<Client, ConfigError> {
        let mut settings = self.trunking;
        if let Some((sid, secret)) = self.api_key {
            let (user, password) = ("Twilio API key SID", "Twilio API key secret");
            settings =
                settings.with_auth(Auth::basic_with_labels(sid.trim(), secret, user, password)?);
        }
        // One connection pool and one runtime (credentials, retries, timeouts) for both APIs.
        let Endpoint {
            base_url,
            http,
            runtime,
        } = settings.endpoint()?;
        let sip_base = self.sip.base_url()?;
        Ok(Client {
            account_sid: settings
                .credential("account_sid")
                .unwrap_or_default()
                .to_owned(),
            trunking: trunking::Client::new_with_client(&base_url, http.clone(), runtime.clone()),
            sip: sip::Client::new_with_client(&sip_base, http, runtime),
        })
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
