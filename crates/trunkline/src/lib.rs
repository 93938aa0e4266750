#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
// Each vendor uses part of the adapter engine; with some vendor features off, parts have no
// user.
#![cfg_attr(
    not(all(
        feature = "plivo",
        feature = "twilio",
        feature = "vobiz",
        feature = "telnyx"
    )),
    allow(dead_code)
)]

pub mod capabilities;
mod connect;
mod engine;
pub mod error;
pub mod model;
pub mod provider;
pub mod provision;

mod providers;

#[cfg(feature = "plivo")]
mod plivo;
#[cfg(feature = "plivo")]
pub use providers::PlivoProvider;
#[cfg(feature = "twilio")]
mod twilio;
#[cfg(feature = "twilio")]
pub use providers::TwilioProvider;
#[cfg(feature = "twilio")]
pub use twilio::{DEFAULT_URL_PRIORITY, DEFAULT_URL_WEIGHT};
#[cfg(feature = "vobiz")]
mod vobiz;
#[cfg(feature = "vobiz")]
pub use providers::VobizProvider;
#[cfg(feature = "vobiz")]
pub use vobiz::{DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_PRIORITY};
#[cfg(feature = "telnyx")]
mod telnyx;
#[cfg(feature = "telnyx")]
pub use providers::{ENV_TELNYX_OUTBOUND_VOICE_PROFILE_ID, TelnyxProvider};

pub use capabilities::Capabilities;
pub use connect::{ENV_VENDOR, from_env, from_env_with, provider_from_env, provider_from_env_with};
pub use error::{Error, ProvisioningError, Result, Step, VendorError};
pub use model::*;
pub use provider::{BoxFuture, BoxStream, Operation, TrunkProvider, TrunkProviderExt};
pub use provision::{Provisioned, TrunkSpec};
pub use trunkline_core::{
    ClientConfig, RateLimit, RetryPolicy, SecretString, TimeoutKind, Timeouts,
};

/// The typed vendor clients, for what the vendor-neutral model leaves out.
pub mod vendor {
    #[cfg(feature = "plivo")]
    pub use trunkline_plivo as plivo;
    #[cfg(feature = "telnyx")]
    pub use trunkline_telnyx as telnyx;
    #[cfg(feature = "twilio")]
    pub use trunkline_twilio as twilio;
    #[cfg(feature = "vobiz")]
    pub use trunkline_vobiz as vobiz;
}
