#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
// Without any vendor feature the shared adapter machinery has no user.
#![cfg_attr(
    not(any(feature = "plivo", feature = "twilio", feature = "vobiz")),
    allow(dead_code)
)]

mod connect;
pub mod error;
pub mod model;
pub mod provider;
pub mod provision;
mod support;

#[cfg(feature = "plivo")]
mod plivo;
#[cfg(feature = "plivo")]
pub use plivo::PlivoProvider;
#[cfg(feature = "twilio")]
mod twilio;
#[cfg(feature = "twilio")]
pub use twilio::{DEFAULT_URL_PRIORITY, DEFAULT_URL_WEIGHT, TwilioProvider};
#[cfg(feature = "vobiz")]
mod vobiz;
#[cfg(feature = "vobiz")]
pub use vobiz::{DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_PRIORITY, VobizProvider};

pub use connect::{ENV_VENDOR, from_env, provider_from_env};
pub use error::{Error, ProvisioningError, Result, Step, VendorError};
pub use model::*;
pub use provider::{
    BoxFuture, BoxStream, Capabilities, Operation, TrunkProvider, TrunkProviderExt,
};
pub use provision::{Provisioned, TrunkSpec};
pub use trunkline_core::{ClientConfig, RetryPolicy, SecretString, TimeoutKind, Timeouts};

/// The typed vendor clients, for what the vendor-neutral model leaves out.
pub mod vendor {
    #[cfg(feature = "plivo")]
    pub use trunkline_plivo as plivo;
    #[cfg(feature = "twilio")]
    pub use trunkline_twilio as twilio;
    #[cfg(feature = "vobiz")]
    pub use trunkline_vobiz as vobiz;
}
