#![doc = include_str!("../README.md")]

// The generated clients and typed mocks: never edited by hand (see the header of each file).
#[rustfmt::skip]
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic, rust_2018_idioms)]
mod generated_trunking;

#[rustfmt::skip]
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic, rust_2018_idioms)]
mod generated_sip;

#[cfg(feature = "httpmock")]
#[rustfmt::skip]
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic, rust_2018_idioms)]
mod generated_trunking_httpmock;

#[cfg(feature = "httpmock")]
#[rustfmt::skip]
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic, rust_2018_idioms)]
mod generated_sip_httpmock;

mod client;
#[cfg(feature = "httpmock")]
pub mod mock;

/// Elastic SIP Trunking v1 (`https://trunking.twilio.com`): trunks and their origination URLs,
/// recording, credential lists, IP access control lists and phone numbers.
pub mod trunking {
    pub use crate::generated_trunking::*;

    /// Typed `httpmock` mocks of every trunking operation (paths from the server root).
    #[cfg(feature = "httpmock")]
    pub mod mock {
        pub use crate::generated_trunking_httpmock::*;
    }
}

/// The 2010-04-01 SIP lists (`https://api.twilio.com/2010-04-01/Accounts/{AccountSid}`):
/// credential lists and their credentials, IP access control lists and their addresses.
pub mod sip {
    pub use crate::generated_sip::*;

    /// Typed `httpmock` mocks of every SIP operation (paths from the account, `/SIP/…`).
    #[cfg(feature = "httpmock")]
    pub mod mock {
        pub use crate::generated_sip_httpmock::*;
    }
}

pub use client::{Client, ClientBuilder, ENV_API_KEY, ENV_API_SECRET, SipStream, TrunkingStream};
pub use sip::{DEFAULT_BASE_URL as DEFAULT_SIP_BASE_URL, ENV_BASE_URL as ENV_SIP_BASE_URL};
pub use trunking::{
    DEFAULT_BASE_URL as DEFAULT_TRUNKING_BASE_URL, ENV_ACCOUNT_SID, ENV_AUTH_TOKEN,
    ENV_BASE_URL as ENV_TRUNKING_BASE_URL, VENDOR,
};
pub use trunkline_core::paging::{LinkedPage, ListOptions, ListPage, PageItem, Paged, PagingError};
pub use trunkline_core::{
    ClientConfig, ConfigError, RateLimit, RetryPolicy, SecretString, Timeouts,
};

/// The error of every [`trunking`] operation: `ErrorResponse` carries the status and Twilio's
/// decoded error body ([`trunking::types::TwilioError`]).
pub type TrunkingError = trunking::Error<trunking::types::TwilioError>;

/// The error of every [`sip`] operation: `ErrorResponse` carries the status and Twilio's decoded
/// error body ([`sip::types::TwilioError`]).
pub type SipError = sip::Error<sip::types::TwilioError>;
