//! The providers: one public type per carrier, each built from explicit credentials, from a
//! config with an origin override, from the environment, or around a typed client, and each a
//! [`TrunkProvider`](crate::TrunkProvider) through the adapter engine (its vendor's adapter
//! module holds the mapping and the primitives).
//!
//! A provider is cheap to clone: the clones share one connection pool, and a clone is what an
//! owned list stream holds.

#[cfg(any(
    feature = "plivo",
    feature = "twilio",
    feature = "vobiz",
    feature = "telnyx"
))]
use crate::{ClientConfig, Result, SecretString};

/// Plivo Zentrunk as a [`TrunkProvider`](crate::TrunkProvider).
///
/// How Zentrunk maps (see also the crate docs' tables):
///
/// - A trunk has one direction (inbound or outbound). Outbound trunks authenticate with at most
///   one credential (`credential_uuid`) and one IP ACL (`ipacl_uuid`); inbound trunks route to a
///   primary and an optional fallback origination URI, and Plivo requires the primary.
/// - A Plivo credential is one username/password: a [`CredentialList`](crate::CredentialList) of exactly one
///   credential whose id is the credential's `credential_uuid` (list id = credential id).
/// - An IP ACL is a name and an array of addresses; entries have no ids, and adding or removing
///   one rewrites the array (read, change, write).
/// - Origination URIs have no priority or weight: the order is primary, then fallback.
/// - Zentrunk's API cannot clear a trunk's credential, IP ACL or fallback field, so the
///   `detach_*` operations are not supported, nor are phone numbers (attached through Plivo's
///   Number API, outside Zentrunk).
#[cfg(feature = "plivo")]
#[derive(Clone, Debug)]
pub struct PlivoProvider {
    pub(crate) client: trunkline_plivo::Client,
}

#[cfg(feature = "plivo")]
impl PlivoProvider {
    /// A provider for the account `auth_id` on `https://api.plivo.com`, with default retries
    /// and timeouts.
    pub fn new(auth_id: &str, auth_token: impl Into<SecretString>) -> Result<Self> {
        Self::with_config(auth_id, auth_token, None, ClientConfig::default())
    }

    /// A provider with an origin override (a proxy, the emulator) and shared settings (retry
    /// policy, timeouts).
    pub fn with_config(
        auth_id: &str,
        auth_token: impl Into<SecretString>,
        base_url: Option<&str>,
        config: ClientConfig,
    ) -> Result<Self> {
        let builder = trunkline_plivo::ClientBuilder::new(auth_id, auth_token).config(config);
        let builder = base_url
            .into_iter()
            .fold(builder, trunkline_plivo::ClientBuilder::base_url);
        Ok(Self::from_client(builder.build()?))
    }

    /// A provider from `PLIVO_AUTH_ID`, `PLIVO_AUTH_TOKEN` and optionally `PLIVO_BASE_URL`.
    pub fn from_env() -> Result<Self> {
        Self::from_env_with(ClientConfig::default())
    }

    /// A provider from `PLIVO_AUTH_ID`, `PLIVO_AUTH_TOKEN` and optionally `PLIVO_BASE_URL`, with `config` (retries, timeouts, rate limit, your own
    /// `reqwest::Client`, …).
    pub fn from_env_with(config: ClientConfig) -> Result<Self> {
        Ok(Self::from_client(trunkline_plivo::Client::from_env_with(
            config,
        )?))
    }

    /// A provider around an existing typed client (any base URL).
    pub fn from_client(client: trunkline_plivo::Client) -> Self {
        Self { client }
    }

    /// The typed Plivo client, for everything the vendor-neutral model leaves out.
    pub fn client(&self) -> &trunkline_plivo::Client {
        &self.client
    }
}

/// Twilio Elastic SIP Trunking as a [`TrunkProvider`](crate::TrunkProvider).
///
/// How Twilio maps (see also the crate docs' tables):
///
/// - Every Twilio trunk carries calls both ways: termination (your PBX → Twilio, through the
///   trunk's `domain_name`, authenticated by credential lists and IP access lists) and
///   origination (Twilio → your PBX, to the trunk's origination URLs). A trunk created with any
///   [`Direction`](crate::Direction) is such a trunk and reads back as [`Direction::Both`](crate::Direction::Both).
/// - Credential lists (`CL…`) and IP access control lists (`AL…`) live in the 2010-04-01 SIP
///   API; trunks are associated with them (many per trunk).
/// - Origination URLs (`OU…`) belong to one trunk and are addressed under it, so their facade
///   id is `"{TrunkSid}/{OriginationUrlSid}"`.
/// - Phone numbers are attached by `PN…` SID. Twilio's trunking API has no call records.
#[cfg(feature = "twilio")]
#[derive(Clone, Debug)]
pub struct TwilioProvider {
    pub(crate) client: trunkline_twilio::Client,
}

#[cfg(feature = "twilio")]
impl TwilioProvider {
    /// A provider for the account `account_sid` (`AC…`, with its auth token) on
    /// `https://trunking.twilio.com` and `https://api.twilio.com`, with default retries and
    /// timeouts. API keys: [`TwilioProvider::from_client`] with
    /// `trunkline_twilio::ClientBuilder::api_key`.
    pub fn new(account_sid: &str, auth_token: impl Into<SecretString>) -> Result<Self> {
        Self::with_config(account_sid, auth_token, None, ClientConfig::default())
    }

    /// A provider with one origin override for both APIs (a proxy, the emulator) and shared
    /// settings (retry policy, timeouts).
    pub fn with_config(
        account_sid: &str,
        auth_token: impl Into<SecretString>,
        base_url: Option<&str>,
        config: ClientConfig,
    ) -> Result<Self> {
        let builder = trunkline_twilio::ClientBuilder::new(account_sid, auth_token).config(config);
        let builder = base_url
            .into_iter()
            .fold(builder, trunkline_twilio::ClientBuilder::base_url);
        Ok(Self::from_client(builder.build()?))
    }

    /// A provider from `TWILIO_ACCOUNT_SID` and `TWILIO_AUTH_TOKEN` (or `TWILIO_API_KEY` +
    /// `TWILIO_API_SECRET`), with the optional base-URL overrides of `trunkline_twilio`.
    pub fn from_env() -> Result<Self> {
        Self::from_env_with(ClientConfig::default())
    }

    /// A provider from the same variables as [`TwilioProvider::from_env`], with `config`
    /// (retries, timeouts, rate limit, your own `reqwest::Client`, …).
    pub fn from_env_with(config: ClientConfig) -> Result<Self> {
        Ok(Self::from_client(trunkline_twilio::Client::from_env_with(
            config,
        )?))
    }

    /// A provider around an existing typed client (any base URLs, either auth mode).
    pub fn from_client(client: trunkline_twilio::Client) -> Self {
        Self { client }
    }

    /// The typed Twilio client (both APIs), for everything the vendor-neutral model leaves out.
    pub fn client(&self) -> &trunkline_twilio::Client {
        &self.client
    }
}

/// Vobiz as a [`TrunkProvider`](crate::TrunkProvider).
///
/// How Vobiz maps (see also the crate docs' tables):
///
/// - Trunks are created with the create-trunk page's contract (`name`, `trunk_type`
///   `INBOUND`/`OUTBOUND`, `max_concurrent_calls`) and read back with `trunk_direction`
///   (`inbound`/`outbound`/`both`) and `trunk_status`. Updates are a replace (`name`,
///   `max_concurrent_calls`, `enabled` every time), so trunkline reads the trunk and sends it
///   back with the changes. Attachments (`credential_uuid`, `ipacl_uuid`, `primary_uri_uuid`,
///   `fallback_uri_uuid`) are set with that update (a later API revision; unverified on the
///   live API).
/// - A credential is one username/password without a name: a [`CredentialList`](crate::CredentialList) of one, list
///   id = credential id, `name` always `None`.
/// - An IP ACL *entry* is one address or CIDR range with a label: an [`IpAccessList`](crate::IpAccessList) of one
///   entry, list id = entry id, the label as its name.
/// - Origination URIs carry a priority (lower first) and a fixed weight of 10; a trunk routes
///   to a primary and a fallback. The SIP URI cannot change after creation.
/// - Vobiz has no read-by-id for credentials, IP ACL entries and origination URIs: trunkline
///   pages through the list to find one (one request per 100 items).
/// - Numbers are assigned to a trunk by E.164; there is no API listing a trunk's numbers.
#[cfg(feature = "vobiz")]
#[derive(Clone, Debug)]
pub struct VobizProvider {
    pub(crate) client: trunkline_vobiz::Client,
}

#[cfg(feature = "vobiz")]
impl VobizProvider {
    /// A provider for the account `auth_id` on `https://api.vobiz.ai`, with default retries and
    /// timeouts.
    pub fn new(auth_id: &str, auth_token: impl Into<SecretString>) -> Result<Self> {
        Self::with_config(auth_id, auth_token, None, ClientConfig::default())
    }

    /// A provider with an origin override (a proxy, the emulator) and shared settings (retry
    /// policy, timeouts).
    pub fn with_config(
        auth_id: &str,
        auth_token: impl Into<SecretString>,
        base_url: Option<&str>,
        config: ClientConfig,
    ) -> Result<Self> {
        let builder = trunkline_vobiz::ClientBuilder::new(auth_id, auth_token).config(config);
        let builder = base_url
            .into_iter()
            .fold(builder, trunkline_vobiz::ClientBuilder::base_url);
        Ok(Self::from_client(builder.build()?))
    }

    /// A provider from `VOBIZ_AUTH_ID`, `VOBIZ_AUTH_TOKEN` and optionally `VOBIZ_BASE_URL`.
    pub fn from_env() -> Result<Self> {
        Self::from_env_with(ClientConfig::default())
    }

    /// A provider from `VOBIZ_AUTH_ID`, `VOBIZ_AUTH_TOKEN` and optionally `VOBIZ_BASE_URL`, with `config` (retries, timeouts, rate limit, your own
    /// `reqwest::Client`, …).
    pub fn from_env_with(config: ClientConfig) -> Result<Self> {
        Ok(Self::from_client(trunkline_vobiz::Client::from_env_with(
            config,
        )?))
    }

    /// A provider around an existing typed client (any base URL).
    pub fn from_client(client: trunkline_vobiz::Client) -> Self {
        Self { client }
    }

    /// The typed Vobiz client, for everything the vendor-neutral model leaves out.
    pub fn client(&self) -> &trunkline_vobiz::Client {
        &self.client
    }
}

/// Telnyx SIP connections as a [`TrunkProvider`](crate::TrunkProvider).
///
/// How Telnyx maps (see also the crate docs' tables):
///
/// - A trunk is a *connection*, whose type fixes how it authenticates. Which type a trunk
///   becomes is decided from what it is created with: with a credential list, that list's
///   **credential connection** (one SIP username and password; the PBX registers); with an IP
///   access list, that list's **IP connection** (authenticated by source address, routing to
///   IP addresses); with neither, a new **FQDN connection** (routing to host names). The type
///   cannot change later, so credentials exclude networks and origination URIs on one trunk.
/// - A credential list *is* a credential connection and an IP access list *is* an IP
///   connection with its `/ips`: [`create_credential_list`](crate::TrunkProvider::create_credential_list)
///   creates one (inactive, named after the list), and creating a trunk with it attached
///   turns that connection into the trunk (renamed, activated, given the outbound voice
///   profile): the trunk's id is the list's id, and deleting either deletes both.
/// - Outbound calls need an outbound voice profile, which holds spend limits and allowed
///   destinations: trunkline never creates one. Give its id with
///   [`TelnyxProvider::with_outbound_voice_profile`] (or `TELNYX_OUTBOUND_VOICE_PROFILE_ID`);
///   an outbound or two-way trunk without one is `InvalidRequest`. A trunk with a profile reads
///   back as [`Direction::Both`](crate::Direction::Both) (its numbers also ring inbound), one
///   without as `Inbound`.
/// - Origination URIs are a connection's `/ips` (IP connection) or `/fqdns` (FQDN
///   connection), created on their trunk; the three target slots (primary, secondary,
///   tertiary) give their order. They have no name, weight, priority or enabled switch.
/// - Numbers are attached by E.164 (`PATCH /phone_numbers/{id}` with `connection_id`); Telnyx
///   documents no way to detach one. Call records are detail records (`sip-trunking`).
#[cfg(feature = "telnyx")]
#[derive(Clone, Debug)]
pub struct TelnyxProvider {
    pub(crate) client: trunkline_telnyx::Client,
    pub(crate) outbound_voice_profile: Option<String>,
}

/// Environment variable naming the outbound voice profile a [`TelnyxProvider`] puts on the
/// outbound trunks it creates (trunkline's own name; optional).
#[cfg(feature = "telnyx")]
pub const ENV_TELNYX_OUTBOUND_VOICE_PROFILE_ID: &str = "TELNYX_OUTBOUND_VOICE_PROFILE_ID";

#[cfg(feature = "telnyx")]
impl TelnyxProvider {
    /// A provider for the account of `api_key` on `https://api.telnyx.com`, with default
    /// retries and timeouts and no outbound voice profile.
    pub fn new(api_key: impl Into<SecretString>) -> Result<Self> {
        Self::with_config(api_key, None, ClientConfig::default())
    }

    /// A provider with an origin override (a proxy, the emulator) and shared settings (retry
    /// policy, timeouts).
    pub fn with_config(
        api_key: impl Into<SecretString>,
        base_url: Option<&str>,
        config: ClientConfig,
    ) -> Result<Self> {
        let builder = trunkline_telnyx::ClientBuilder::new(api_key).config(config);
        let builder = base_url
            .into_iter()
            .fold(builder, trunkline_telnyx::ClientBuilder::base_url);
        Ok(Self::from_client(builder.build()?))
    }

    /// A provider from `TELNYX_API_KEY`, optionally `TELNYX_BASE_URL`, and optionally
    /// `TELNYX_OUTBOUND_VOICE_PROFILE_ID` (trimmed; empty is unset).
    pub fn from_env() -> Result<Self> {
        Self::from_env_with(ClientConfig::default())
    }

    /// A provider from the same variables as [`TelnyxProvider::from_env`], with `config`
    /// (retries, timeouts, rate limit, your own `reqwest::Client`, …).
    pub fn from_env_with(config: ClientConfig) -> Result<Self> {
        let provider = Self::from_client(trunkline_telnyx::Client::from_env_with(config)?);
        let profile = std::env::var(ENV_TELNYX_OUTBOUND_VOICE_PROFILE_ID).unwrap_or_default();
        let profile = profile.trim();
        Ok(match profile.is_empty() {
            true => provider,
            false => provider.with_outbound_voice_profile(profile),
        })
    }

    /// A provider around an existing typed client (any base URL), without an outbound voice
    /// profile.
    pub fn from_client(client: trunkline_telnyx::Client) -> Self {
        Self {
            client,
            outbound_voice_profile: None,
        }
    }

    /// The same provider, putting the outbound voice profile `id` on every outbound or two-way
    /// trunk it creates.
    pub fn with_outbound_voice_profile(mut self, id: impl Into<String>) -> Self {
        self.outbound_voice_profile = Some(id.into());
        self
    }

    /// The outbound voice profile given to new outbound trunks, if any.
    pub fn outbound_voice_profile(&self) -> Option<&str> {
        self.outbound_voice_profile.as_deref()
    }

    /// The typed Telnyx client, for everything the vendor-neutral model leaves out.
    pub fn client(&self) -> &trunkline_telnyx::Client {
        &self.client
    }
}
