//! Building providers from the environment.

use std::sync::Arc;

use trunkline_core::{ClientConfig, ConfigError};

use crate::provider::TrunkProvider;
use crate::{Error, Result, Vendor};

/// Environment variable naming the vendor for [`from_env`]: `plivo`, `twilio`, `vobiz` or
/// `telnyx`.
pub const ENV_VENDOR: &str = "TRUNKLINE_VENDOR";

/// The provider named by `TRUNKLINE_VENDOR`, built from that vendor's own variables
/// (`PLIVO_AUTH_ID`/`PLIVO_AUTH_TOKEN`, `TWILIO_ACCOUNT_SID`/`TWILIO_AUTH_TOKEN` (or
/// `TWILIO_API_KEY`/`TWILIO_API_SECRET`), `VOBIZ_AUTH_ID`/`VOBIZ_AUTH_TOKEN`,
/// `TELNYX_API_KEY` (and optionally `TELNYX_OUTBOUND_VOICE_PROFILE_ID`), and each vendor's
/// optional base-URL override), with the default [`ClientConfig`]: [`from_env_with`] takes one.
///
/// ```no_run
/// # async fn demo() -> trunkline::Result<()> {
/// use futures::TryStreamExt;
/// use trunkline::TrunkFilter;
///
/// let provider = trunkline::from_env()?;
/// let trunks: Vec<_> = provider.list_trunks(TrunkFilter::new()).try_collect().await?;
/// println!("{} trunks on {}", trunks.len(), provider.vendor());
/// # Ok(()) }
/// ```
pub fn from_env() -> Result<Arc<dyn TrunkProvider>> {
    from_env_with(ClientConfig::default())
}

/// [`from_env`] with `config`: retries, timeouts, user agent, a client-side rate limit, your
/// own `reqwest::Client` (see [`ClientConfig`]).
///
/// ```no_run
/// # fn demo() -> trunkline::Result<()> {
/// use std::time::Duration;
/// use trunkline::{ClientConfig, RateLimit, Timeouts};
///
/// let config = ClientConfig::default()
///     .with_timeouts(Timeouts::default().with_operation(Duration::from_secs(20)))
///     .with_rate_limit(RateLimit::per_second(5))
///     .with_user_agent("billing-service/3.1");
/// let provider = trunkline::from_env_with(config)?;
/// # let _ = provider; Ok(()) }
/// ```
pub fn from_env_with(config: ClientConfig) -> Result<Arc<dyn TrunkProvider>> {
    let name = trunkline_core::env_var(ENV_VENDOR)?;
    let vendor: Vendor = name.parse().map_err(|err: crate::model::UnknownVendor| {
        Error::Config(ConfigError::InvalidEnv {
            name: ENV_VENDOR.to_owned(),
            reason: err.to_string(),
        })
    })?;
    provider_from_env_with(vendor, config)
}

/// The provider of `vendor`, built from that vendor's environment variables with the default
/// [`ClientConfig`] ([`provider_from_env_with`] takes one). A vendor whose cargo feature is
/// off is a configuration error naming the feature.
pub fn provider_from_env(vendor: Vendor) -> Result<Arc<dyn TrunkProvider>> {
    provider_from_env_with(vendor, ClientConfig::default())
}

/// The provider of `vendor`, built from that vendor's environment variables with `config`.
/// A vendor whose cargo feature is off is a configuration error naming the feature.
pub fn provider_from_env_with(
    vendor: Vendor,
    config: ClientConfig,
) -> Result<Arc<dyn TrunkProvider>> {
    match vendor {
        #[cfg(feature = "plivo")]
        Vendor::Plivo => Ok(Arc::new(crate::PlivoProvider::from_env_with(config)?)),
        #[cfg(feature = "twilio")]
        Vendor::Twilio => Ok(Arc::new(crate::TwilioProvider::from_env_with(config)?)),
        #[cfg(feature = "vobiz")]
        Vendor::Vobiz => Ok(Arc::new(crate::VobizProvider::from_env_with(config)?)),
        #[cfg(feature = "telnyx")]
        Vendor::Telnyx => Ok(Arc::new(crate::TelnyxProvider::from_env_with(config)?)),
        #[allow(unreachable_patterns)]
        other => {
            drop(config);
            Err(Error::Config(ConfigError::InvalidEnv {
                name: ENV_VENDOR.to_owned(),
                reason: format!(
                    "trunkline was built without the `{other}` feature; enable it in Cargo.toml"
                ),
            }))
        }
    }
}
