//! Stateful in-memory emulators of the Plivo Zentrunk, Twilio Elastic SIP Trunking (+ the
//! 2010-04-01 SIP credential/IP lists), Vobiz and Telnyx (API v2 SIP connections)
//! SIP-trunking REST APIs, for tests, examples and benchmarks — what LocalStack is for AWS.
//!
//! [`Emulator::start`] binds five HTTP listeners on loopback, one per vendor API, each
//! serving the vendor's real paths on its own origin. A client only swaps
//! `https://api.plivo.com` (or `https://trunking.twilio.com`, `https://api.twilio.com`,
//! `https://api.vobiz.ai`, `https://api.telnyx.com`) for the matching origin. Every listener keeps real state with the
//! vendor's id formats, status codes, list envelopes, paging, validation rules and error
//! bodies. The emulator is written from the vendors' wire documentation and shares no types
//! with the generated trunkline clients.
//!
//! ```
//! use trunkline_emulator::{Emulator, EmulatorConfig, DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = Emulator::start(EmulatorConfig::default()).await?;
//! let url = format!(
//!     "{}/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/",
//!     emulator.plivo_url()
//! );
//! let response = reqwest::Client::new()
//!     .get(url)
//!     .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some(DEFAULT_PLIVO_AUTH_TOKEN))
//!     .send()
//!     .await?;
//! assert_eq!(response.status(), 200);
//! let body: serde_json::Value = response.json().await?;
//! assert_eq!(body["meta"]["total_count"], 0);
//! # Ok(())
//! # }
//! ```
//!
//! # Credentials
//!
//! [`EmulatorConfig::default`] uses these test credentials (override them with the
//! `with_*_credentials` builders or the binary's flags):
//!
//! | API | credentials |
//! |---|---|
//! | Plivo | Basic auth [`DEFAULT_PLIVO_AUTH_ID`] / [`DEFAULT_PLIVO_AUTH_TOKEN`] (`MAEMULATOR0000000000` / `emulator-plivo-token`) |
//! | Twilio (both listeners) | Basic auth [`DEFAULT_TWILIO_ACCOUNT_SID`] / [`DEFAULT_TWILIO_AUTH_TOKEN`] (`ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa` / `emulator-twilio-token`), or the API key [`DEFAULT_TWILIO_API_KEY_SID`] / [`DEFAULT_TWILIO_API_KEY_SECRET`] (`SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa` / `emulator-twilio-api-secret`) |
//! | Vobiz | headers `X-Auth-ID: `[`DEFAULT_VOBIZ_AUTH_ID`] and `X-Auth-Token: `[`DEFAULT_VOBIZ_AUTH_TOKEN`] (`MA_EMULATOR` / `emulator-vobiz-token`) |
//! | Telnyx | `Authorization: Bearer `[`DEFAULT_TELNYX_API_KEY`] (`KEYEMULATOR_telnyx_api_key`) |
//!
//! A path account id (`{auth_id}`, `{AccountSid}`) other than the authenticated account
//! answers 401 on every vendor.
//!
//! # Fault injection
//!
//! Each API has a queue of [`Fault`]s, fed from the library
//! ([`PlivoHandle::inject`] and friends) or over HTTP with `POST {origin}/__emulator/faults`
//! and a JSON body (one fault object or an array):
//!
//! ```json
//! {"count": 2, "status": 503, "retry_after": 1, "method": "POST",
//!  "path_prefix": "/v1/Trunks", "latency_ms": 0, "body": null, "drop_connection": false,
//!  "after_commit": false}
//! ```
//!
//! By default a fault applies **before** a request touches any state (a create that fails
//! by such a fault creates nothing). With `after_commit` ([`Fault::after_commit`]) the
//! request is handled first and its effects are kept, then its answer is replaced by the
//! fault (a status with the vendor's error body, a dropped connection, a truncated or
//! malformed body, a late answer), as when a carrier's gateway fails after the backend
//! committed; the request log records it as [`RecordedRequest::committed`] with the
//! [`RecordedRequest::handler_status`]. See [`Fault`] for the exact semantics.
//!
//! # Listener settings
//!
//! Each listener can also behave like a carrier on a real network, set in
//! [`EmulatorConfig`] (every listener), on a handle, or over HTTP:
//!
//! - a [`RateLimit`] (token bucket on Tokio's clock, so exact under paused time) answered
//!   with the vendor's 429 and `Retry-After`, counted by
//!   [`PlivoHandle::rate_limited_total`] and in the request log;
//! - a fixed response delay ([`PlivoHandle::set_response_delay`]) for WAN-shaped
//!   benchmarks;
//! - compression (gzip, br, zstd, deflate) when the request's `Accept-Encoding` asks for
//!   it, with the body bytes sent counted by [`PlivoHandle::bytes_sent`].
//!
//! # Control endpoints
//!
//! No auth, never rate limited, delayed, faulted or logged; request bodies are read as JSON
//! whatever their `Content-Type` (the crate README documents every JSON shape):
//!
//! | endpoint | effect |
//! |---|---|
//! | `POST` / `GET` / `DELETE {origin}/__emulator/faults` | queue faults / list the queue with remaining counts / clear it |
//! | `GET {origin}/__emulator/requests[?method=&path_prefix=]` | `{"total": n, "rate_limited_total": r, "capacity": c, "requests": [RecordedRequest…]}` |
//! | `DELETE {origin}/__emulator/requests` | clears the request log (204) |
//! | `POST {origin}/__emulator/reset` | clears the vendor's state, this API's faults and its request log, refills its rate-limit bucket (204) |
//! | `GET` / `PUT` / `DELETE {origin}/__emulator/rate-limit` | `{"requests_per_second": 10, "burst": 10}` |
//! | `GET` / `PUT` / `DELETE {origin}/__emulator/response-delay` | `{"response_delay_ms": 50}` |
//! | `GET {origin}/__emulator/stats` | `{"requests_total", "rate_limited_total", "connections_total", "bytes_sent"}` |
//! | `POST {origin}/__emulator/trunks` | `{"count": n}`: bulk-creates trunks |
//! | `POST {plivo}/__emulator/calls` | `{"calls": [PlivoCall…], "generate": {"count": n, "seed": s}}` |
//! | `POST {vobiz}/__emulator/cdrs` | `{"cdrs": [VobizCdr…], "generate": {"count": n, "seed": s}}` |
//! | `POST {telnyx}/__emulator/detail_records` | `{"detail_records": [TelnyxDetailRecord…], "generate": {"count": n, "seed": s}}` |
//!
//! # Request log
//!
//! Every API request (faulted and rate-limited ones included, control requests excluded) is
//! recorded as a [`RecordedRequest`]: method, raw path, raw query, body text, the fault
//! applied, the status sent, whether the vendor logic ran (`committed`) and what it
//! answered (`handler_status`), and whether the rate limit answered it. The log
//! is a ring buffer of the last [`EmulatorConfig::request_log_capacity`] entries per API
//! (default [`DEFAULT_REQUEST_LOG_CAPACITY`] = 100,000), each body cut to
//! [`MAX_LOGGED_BODY_BYTES`] (16 KiB): at most about 1.6 GB in the pathological case of
//! 100,000 maximal bodies, typically a few hundred bytes per entry (a few tens of MB).
//!
//! # Limits and robustness
//!
//! Bodies over [`MAX_BODY_BYTES`] (1 MiB) answer a vendor-shaped 413. Malformed JSON or form
//! bodies, wrong content types, ids containing `/`, `..`, `%2F`, control characters or
//! non-ASCII, and very long ids all answer vendor-shaped 4xx; no request data can make a
//! handler panic.
//!
//! # Where the vendor docs are ambiguous
//!
//! The crate README lists every rule each listener enforces; these are the choices made
//! where the vendors' docs leave a gap or contradict themselves:
//!
//! - **Plivo**: create answers 201 and update 202 (the overview's status table); a path
//!   `{auth_id}` other than the authenticated one answers 401; a missing required parameter
//!   is 422, an invalid value 400, a reference to a missing credential / IP ACL / URI 404;
//!   outbound trunks need `ipacl_uuid` *or* `credential_uuid`; `meta.next` is relative
//!   without a leading `/` (as on the resource pages); call-list items carry the eight
//!   fields of the documented list example while `GET /Call/{uuid}/` returns the full record.
//! - **Twilio**: validation errors and conflicts answer 400 with code 20001 (Twilio
//!   documents no specific codes), unknown referenced lists or numbers 404 / 20404; the
//!   documented password policy, IPv4-only addresses and `sip:`-only `SipUrl` are enforced;
//!   trunks omit `symmetric_rtp_enabled`, as the vendor page and the twilio-python fixtures do.
//! - **Vobiz** (fact sheet §11): trunk create takes the create-trunk page's `name`,
//!   `trunk_type` (`INBOUND`/`OUTBOUND`) and `max_concurrent_calls` (the newer OAS body is
//!   refused with 400); trunk update is the update page's replace of `name`,
//!   `max_concurrent_calls`, `enabled`, plus optional `credential_uuid`, `ipacl_uuid`,
//!   `primary_uri_uuid`, `fallback_uri_uuid`; IP ACL update needs `name` and `ip_address`,
//!   origination-URI update `name` and `priority`; create answers 201, delete 204; create
//!   lives at `/trunks`, `/credentials`, `/ip-acl`, `/origination-uris` and list at `/trunks`,
//!   `/trunks/credentials`, `/trunks/ip-acl`, `/trunks/origination-uris`; deleting a trunk
//!   also deletes its attached credential, IP ACL entry and URIs (the delete page); the error
//!   `code` is the integer HTTP status, as in the doc examples.
//! - **Telnyx** (fact sheet §15): creates answer 201 (outbound voice profiles 200), deletes
//!   200 with the object; response keys are exactly those of Telnyx's examples (target slots
//!   and FQDN-only extras appear once set); a `user_name` is unique on the account; deleting
//!   a connection deletes its `/ips` and `/fqdns` rows and unassigns its numbers; a number's
//!   `connection_id: null` (or `""`) unassigns it; `DELETE /v2/phone_numbers/{id}` releases
//!   the number; invalid values answer 422 `10015` and missing ones 422 `10004`, both with
//!   `source.pointer`; bad query parameters 400 with `source.parameter`.
//! - Deleting something a trunk references clears the reference (Plivo, Vobiz) or the
//!   association (Twilio) rather than refusing the delete.
//!
//! # Performance
//!
//! Each vendor's state sits behind one `RwLock`, held only while a request is handled and its
//! response serialized. Resources live in creation-ordered tables with O(1) id lookup and
//! O(log n) access by offset or page token; call records and CDRs are sorted newest first
//! (time windows are binary searches, the Vobiz summary comes from running totals); so an
//! unfiltered page costs the same whether the account holds 10,000 or 100,000 items (field
//! filters scan). `cargo run --release -p trunkline-emulator --example page_cost` measures
//! it. Bulk seeding ([`PlivoHandle::seed_trunks`] and friends) inserts directly under one
//! lock.

mod config;
mod control;
mod faults;
mod http;
mod ids;
mod plivo;
mod plivo_calls;
mod rate_limit;
mod request_log;
mod server;
mod table;
mod telnyx;
mod telnyx_connections;
mod telnyx_numbers;
mod telnyx_records;
mod twilio;
mod twilio_api;
mod vobiz;
mod vobiz_cdr;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use config::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, DEFAULT_REQUEST_LOG_CAPACITY,
    DEFAULT_TELNYX_API_KEY, DEFAULT_TELNYX_PHONE_NUMBERS, DEFAULT_TWILIO_ACCOUNT_SID,
    DEFAULT_TWILIO_API_KEY_SECRET, DEFAULT_TWILIO_API_KEY_SID, DEFAULT_TWILIO_AUTH_TOKEN,
    DEFAULT_TWILIO_PHONE_NUMBERS, DEFAULT_VOBIZ_AUTH_ID, DEFAULT_VOBIZ_AUTH_TOKEN,
    DEFAULT_VOBIZ_PHONE_NUMBERS, EmulatorConfig, InvalidResponseDelay, MAX_BODY_BYTES,
    MAX_RESPONSE_DELAY, PlivoConfig, Ports, TelnyxConfig, TwilioApiKey, TwilioConfig, VobizConfig,
};
pub use faults::{Fault, FaultBody, InvalidFault, MAX_FAULT_LATENCY_MS};
pub use plivo_calls::{PlivoCall, PlivoCallInsights};
pub use rate_limit::{InvalidRateLimit, MAX_RATE_LIMIT_BURST, RateLimit};
pub use request_log::{MAX_LOGGED_BODY_BYTES, RecordedRequest};
pub use telnyx_numbers::TelnyxPhoneNumber;
pub use telnyx_records::TelnyxDetailRecord;
pub use vobiz_cdr::VobizCdr;

use plivo::PlivoApi;
use server::{ApiShared, Server};
use telnyx::TelnyxApi;
use twilio::{TrunkingApi, TwilioAccount};
use twilio_api::SipApi;
use vobiz::VobizApi;

/// The five origins, e.g. `http://127.0.0.1:41234`. Its JSON form is exactly the binary's
/// ready line: `{"plivo":…,"twilio_trunking":…,"twilio_api":…,"vobiz":…,"telnyx":…}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origins {
    /// Plivo Zentrunk (stands in for `https://api.plivo.com`).
    pub plivo: String,
    /// Twilio trunking v1 (stands in for `https://trunking.twilio.com`).
    pub twilio_trunking: String,
    /// Twilio 2010-04-01 (stands in for `https://api.twilio.com`).
    pub twilio_api: String,
    /// Vobiz (stands in for `https://api.vobiz.ai`).
    pub vobiz: String,
    /// Telnyx (stands in for `https://api.telnyx.com`; paths start with `/v2`).
    pub telnyx: String,
}

impl Origins {
    /// The one-line JSON the binary prints when ready.
    pub fn to_json_line(&self) -> String {
        // Serializing five strings cannot fail; fall back to an empty object regardless.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }
}

/// Why [`Emulator::start`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StartError {
    /// The configuration is unusable (empty credentials, a non-E.164 phone number, …).
    #[error("invalid emulator configuration: {0}")]
    InvalidConfig(String),
    /// A listener could not bind its address.
    #[error("cannot bind the {api} listener on {addr}: {source}")]
    Bind {
        /// Which API (`plivo`, `twilio_trunking`, `twilio_api`, `vobiz`, `telnyx`).
        api: &'static str,
        /// The address it tried.
        addr: SocketAddr,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
}

/// A phone number that is not E.164 (`+`, then 7 to 15 digits, not starting with 0).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not an E.164 phone number: {0:?}")]
pub struct InvalidPhoneNumber(pub String);

/// A Twilio incoming phone number owned by the emulated account.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TwilioPhoneNumber {
    /// `PN…` SID, as sent in `PhoneNumberSid`.
    pub sid: String,
    /// E.164 number.
    pub phone_number: String,
    /// The trunk it is attached to, if any.
    pub trunk_sid: Option<String>,
}

/// A Vobiz number owned by the emulated account.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct VobizPhoneNumber {
    /// E.164 number (`%2B`-encode the `+` in paths).
    pub phone_number: String,
    /// The trunk it is assigned to, if any.
    pub trunk_id: Option<String>,
}

/// Controls one API listener: its URL, faults, request log and reset. Shared by the
/// vendor handles.
#[derive(Clone)]
struct Control {
    shared: Arc<ApiShared>,
}

macro_rules! control_methods {
    ($handle:ty) => {
        impl $handle {
            /// This API's origin, e.g. `http://127.0.0.1:41234`.
            pub fn url(&self) -> &str {
                &self.control.shared.origin
            }

            /// Queues a fault for the next matching requests (see [`Fault`]).
            pub fn inject(&self, fault: Fault) -> Result<(), InvalidFault> {
                self.control.shared.inject(fault)
            }

            /// Removes every queued fault.
            pub fn clear_faults(&self) {
                self.control.shared.clear_faults();
            }

            /// The queued faults, with their remaining counts.
            pub fn faults(&self) -> Vec<Fault> {
                self.control.shared.faults()
            }

            /// The requests in the log, oldest first (at most the configured capacity).
            pub fn requests(&self) -> Vec<RecordedRequest> {
                self.control.shared.requests()
            }

            /// Requests received since the log was last cleared, including evicted ones.
            pub fn requests_total(&self) -> u64 {
                self.control.shared.requests_total()
            }

            /// Requests this listener's rate limit answered with 429 since the log was last
            /// cleared (each is also in the log with
            /// [`rate_limited`](RecordedRequest::rate_limited) set).
            pub fn rate_limited_total(&self) -> u64 {
                self.control.shared.rate_limited_total()
            }

            /// Response body bytes this listener has sent since it started (after
            /// compression; control endpoints excluded; never reset: take differences).
            pub fn bytes_sent(&self) -> u64 {
                self.control.shared.bytes_sent()
            }

            /// The listener's rate limit, if any.
            pub fn rate_limit(&self) -> Option<RateLimit> {
                self.control.shared.rate_limit()
            }

            /// Sets (`Some`) or removes (`None`) the listener's rate limit; a new limit
            /// starts with a full bucket.
            pub fn set_rate_limit(&self, limit: Option<RateLimit>) -> Result<(), InvalidRateLimit> {
                self.control.shared.set_rate_limit(limit)
            }

            /// The fixed delay added before every API response of this listener.
            pub fn response_delay(&self) -> std::time::Duration {
                self.control.shared.response_delay()
            }

            /// Sets the fixed delay added before every API response of this listener
            /// (`Duration::ZERO` removes it; at most [`MAX_RESPONSE_DELAY`]).
            pub fn set_response_delay(
                &self,
                delay: std::time::Duration,
            ) -> Result<(), InvalidResponseDelay> {
                self.control.shared.set_response_delay(delay)
            }

            /// TCP connections this listener has accepted since it started (never reset). A
            /// client that reuses connections opens one per concurrent request at most, not
            /// one per request.
            pub fn connections_total(&self) -> u64 {
                self.control.shared.connections_total()
            }

            /// Empties the request log.
            pub fn clear_requests(&self) {
                self.control.shared.clear_requests();
            }

            /// Clears the vendor's resource state (back to the configured seed numbers), this
            /// API's queued faults and its request log, and refills its rate-limit bucket
            /// (the rate limit and response delay settings stay). For Twilio, the resource
            /// state is the account shared by both Twilio listeners.
            pub fn reset(&self) {
                self.control.shared.reset();
            }
        }
    };
}

/// Handle on the Plivo Zentrunk listener. Cheap to clone.
#[derive(Clone)]
pub struct PlivoHandle {
    control: Control,
    api: Arc<PlivoApi>,
}

control_methods!(PlivoHandle);

impl PlivoHandle {
    /// The Auth ID clients must use (Basic-auth user and `{auth_id}` path segment).
    pub fn auth_id(&self) -> &str {
        self.api.auth_id()
    }

    /// Bulk-creates `count` enabled outbound trunks (named `seeded-trunk-{i}`, all attached
    /// to one new IP ACL) without going through HTTP; returns their ids in creation order.
    pub fn seed_trunks(&self, count: usize) -> Vec<String> {
        self.api.seed_trunks(count)
    }

    /// Number of trunks.
    pub fn trunk_count(&self) -> usize {
        self.api.trunk_count()
    }

    /// Adds call records (a record with an existing `call_uuid` replaces it).
    pub fn seed_calls(&self, calls: impl IntoIterator<Item = PlivoCall>) {
        self.api.seed_calls(calls);
    }

    /// Adds `count` records from [`PlivoCall::generate`]`(count, seed)`; returns their UUIDs.
    pub fn seed_generated_calls(&self, count: usize, seed: u64) -> Vec<String> {
        let calls = PlivoCall::generate(count, seed);
        let ids = calls.iter().map(|c| c.call_uuid.clone()).collect();
        self.api.seed_calls(calls);
        ids
    }

    /// Number of call records.
    pub fn call_count(&self) -> usize {
        server::read(self.api.state()).calls.len()
    }
}

/// Handle on one of the two Twilio listeners (trunking v1 or 2010-04-01). Both share one
/// account: trunks, lists and phone numbers seeded through either are visible on both.
#[derive(Clone)]
pub struct TwilioHandle {
    control: Control,
    account: Arc<TwilioAccount>,
}

control_methods!(TwilioHandle);

impl TwilioHandle {
    /// The Account SID (`AC…`).
    pub fn account_sid(&self) -> &str {
        self.account.account_sid()
    }

    /// Bulk-creates `count` trunks (named `seeded-trunk-{i}`) without going through HTTP;
    /// returns their `TK…` SIDs in creation order.
    pub fn seed_trunks(&self, count: usize) -> Vec<String> {
        self.account.seed_trunks(count)
    }

    /// Number of trunks.
    pub fn trunk_count(&self) -> usize {
        server::read(&self.account.state).trunks.len()
    }

    /// Makes the account own `e164` (idempotent) and returns its `PN…` SID, for
    /// `POST /v1/Trunks/{TK}/PhoneNumbers` with `PhoneNumberSid`. Numbers added here are
    /// dropped by [`reset`](Self::reset), which restores the configured ones.
    pub fn add_phone_number(&self, e164: &str) -> Result<String, InvalidPhoneNumber> {
        if !ids::is_e164(e164) {
            return Err(InvalidPhoneNumber(e164.to_owned()));
        }
        let mut st = server::write(&self.account.state);
        let sid = twilio::TwilioState::new_sid(&st.numbers, "PN");
        Ok(st.add_number(sid, e164))
    }

    /// The numbers the account owns, in the order they were added.
    pub fn phone_numbers(&self) -> Vec<TwilioPhoneNumber> {
        self.account.phone_numbers()
    }
}

/// Handle on the Vobiz listener. Cheap to clone.
#[derive(Clone)]
pub struct VobizHandle {
    control: Control,
    api: Arc<VobizApi>,
}

control_methods!(VobizHandle);

impl VobizHandle {
    /// The Auth ID clients must send as `X-Auth-ID` and use as `{auth_id}`.
    pub fn auth_id(&self) -> &str {
        self.api.auth_id()
    }

    /// Bulk-creates `count` outbound trunks (named `seeded-trunk-{i}`) without going through
    /// HTTP; returns their ids in creation order.
    pub fn seed_trunks(&self, count: usize) -> Vec<String> {
        self.api.seed_trunks(count)
    }

    /// Number of trunks.
    pub fn trunk_count(&self) -> usize {
        self.api.trunk_count()
    }

    /// Adds CDRs (a record with an existing `uuid` replaces it; `id` 0 and an empty
    /// `account_id` are filled in).
    pub fn seed_cdrs(&self, cdrs: impl IntoIterator<Item = VobizCdr>) {
        self.api.seed_cdrs(cdrs);
    }

    /// Adds `count` records from [`VobizCdr::generate`]`(count, seed)`; returns their UUIDs.
    pub fn seed_generated_cdrs(&self, count: usize, seed: u64) -> Vec<String> {
        let cdrs = VobizCdr::generate(count, seed);
        let ids = cdrs.iter().map(|c| c.uuid.clone()).collect();
        self.api.seed_cdrs(cdrs);
        ids
    }

    /// Number of CDRs.
    pub fn cdr_count(&self) -> usize {
        self.api.cdr_count()
    }

    /// Makes the account own `e164` (idempotent), for
    /// `POST /numbers/{%2B…}/assign`. Dropped by [`reset`](Self::reset).
    pub fn add_phone_number(&self, e164: &str) -> Result<(), InvalidPhoneNumber> {
        if !ids::is_e164(e164) {
            return Err(InvalidPhoneNumber(e164.to_owned()));
        }
        self.api.add_number(e164);
        Ok(())
    }

    /// The numbers the account owns (sorted) and their trunk assignments.
    pub fn phone_numbers(&self) -> Vec<VobizPhoneNumber> {
        self.api.phone_numbers()
    }
}

/// Handle on the Telnyx listener. Cheap to clone.
#[derive(Clone)]
pub struct TelnyxHandle {
    control: Control,
    api: Arc<TelnyxApi>,
}

control_methods!(TelnyxHandle);

impl TelnyxHandle {
    /// The API key clients must send as `Authorization: Bearer <key>`.
    pub fn api_key(&self) -> &str {
        self.api.api_key()
    }

    /// Bulk-creates `count` IP connections (named `seeded-trunk-{i}`) without going through
    /// HTTP; returns their ids in creation order.
    pub fn seed_trunks(&self, count: usize) -> Vec<String> {
        self.api.seed_trunks(count)
    }

    /// Number of connections of every type.
    pub fn connection_count(&self) -> usize {
        server::read(self.api.state()).connections.len()
    }

    /// Creates an outbound voice profile named `name` (enabled, US and CA allowed) without
    /// going through HTTP; returns its id.
    pub fn add_outbound_voice_profile(&self, name: &str) -> String {
        self.api.add_profile(name)
    }

    /// Makes the account own `e164` (idempotent: an owned number keeps its id) and returns
    /// its id, for `PATCH /v2/phone_numbers/{id}` with `connection_id`. Numbers added here are
    /// dropped by [`reset`](Self::reset), which restores the configured ones.
    pub fn add_phone_number(&self, e164: &str) -> Result<String, InvalidPhoneNumber> {
        if !ids::is_e164(e164) {
            return Err(InvalidPhoneNumber(e164.to_owned()));
        }
        let mut st = server::write(self.api.state());
        Ok(st.numbers.seed(TelnyxPhoneNumber::new(e164)))
    }

    /// Adds numbers with every field chosen (an empty `id` is assigned; a number with an
    /// owned E.164 or id replaces it); returns their ids.
    pub fn seed_phone_numbers(
        &self,
        numbers: impl IntoIterator<Item = TelnyxPhoneNumber>,
    ) -> Result<Vec<String>, InvalidPhoneNumber> {
        let numbers: Vec<TelnyxPhoneNumber> = numbers.into_iter().collect();
        if let Some(bad) = numbers.iter().find(|n| !ids::is_e164(&n.phone_number)) {
            return Err(InvalidPhoneNumber(bad.phone_number.clone()));
        }
        let mut st = server::write(self.api.state());
        Ok(numbers.into_iter().map(|n| st.numbers.seed(n)).collect())
    }

    /// The numbers the account owns, in the order they were added, with their assignments.
    pub fn phone_numbers(&self) -> Vec<TelnyxPhoneNumber> {
        server::read(self.api.state()).numbers.snapshot()
    }

    /// Adds detail records (a record with an existing `id` replaces it).
    pub fn seed_detail_records(&self, records: impl IntoIterator<Item = TelnyxDetailRecord>) {
        self.api.seed_records(records);
    }

    /// Adds `count` records from [`TelnyxDetailRecord::generate`]`(count, seed)`; returns
    /// their ids.
    pub fn seed_generated_detail_records(&self, count: usize, seed: u64) -> Vec<String> {
        let records = TelnyxDetailRecord::generate(count, seed);
        let ids = records.iter().map(|r| r.id.clone()).collect();
        self.api.seed_records(records);
        ids
    }

    /// Number of detail records.
    pub fn detail_record_count(&self) -> usize {
        server::read(self.api.state()).records.len()
    }
}

/// A running emulator: five HTTP listeners plus their state. Dropping it stops the
/// listeners (in-flight connections get a few seconds to finish); [`Emulator::shutdown`]
/// also waits for that.
pub struct Emulator {
    origins: Origins,
    plivo: PlivoHandle,
    twilio_trunking: TwilioHandle,
    twilio_api: TwilioHandle,
    vobiz: VobizHandle,
    telnyx: TelnyxHandle,
    servers: Vec<Server>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("origins", &self.origins)
            .finish_non_exhaustive()
    }
}

/// `http://addr`, with unspecified addresses (`0.0.0.0`, `::`) replaced by loopback.
fn origin_of(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        other => other,
    };
    format!("http://{}", SocketAddr::new(ip, addr.port()))
}

impl Emulator {
    /// Starts all five APIs on `127.0.0.1` (ephemeral ports unless
    /// [`EmulatorConfig::ports`] says otherwise). Must run inside a Tokio runtime.
    pub async fn start(config: EmulatorConfig) -> Result<Self, StartError> {
        Self::start_on(IpAddr::V4(Ipv4Addr::LOCALHOST), config).await
    }

    /// Starts all five APIs on `ip`. Origins use loopback when `ip` is unspecified.
    pub async fn start_on(ip: IpAddr, config: EmulatorConfig) -> Result<Self, StartError> {
        config.validate().map_err(StartError::InvalidConfig)?;
        let ports = config.ports;
        let mut listeners = Vec::with_capacity(5);
        for (api, port) in [
            ("plivo", ports.plivo),
            ("twilio_trunking", ports.twilio_trunking),
            ("twilio_api", ports.twilio_api),
            ("vobiz", ports.vobiz),
            ("telnyx", ports.telnyx),
        ] {
            let addr = SocketAddr::new(ip, port);
            let listener = server::bind(addr)
                .await
                .map_err(|source| StartError::Bind { api, addr, source })?;
            let local =
                listener
                    .local_addr()
                    .map_err(|source| StartError::Bind { api, addr, source })?;
            listeners.push((listener, origin_of(local)));
        }
        let mut listeners = listeners.into_iter();
        let mut next = || {
            listeners
                .next()
                .ok_or_else(|| StartError::InvalidConfig("listener missing".into()))
        };
        let (plivo_l, plivo_origin) = next()?;
        let (trunking_l, trunking_origin) = next()?;
        let (api_l, api_origin) = next()?;
        let (vobiz_l, vobiz_origin) = next()?;
        let (telnyx_l, telnyx_origin) = next()?;

        let listener_config = server::ListenerConfig {
            log_capacity: config.request_log_capacity,
            rate_limit: config.rate_limit,
            response_delay: config.response_delay,
            compression: config.compression,
        };
        let plivo_api = Arc::new(PlivoApi::new(config.plivo.clone()));
        let account = Arc::new(TwilioAccount::new(
            config.twilio.clone(),
            api_origin.clone(),
        ));
        let vobiz_api = Arc::new(VobizApi::new(config.vobiz.clone()));
        let telnyx_api = Arc::new(TelnyxApi::new(config.telnyx.clone()));

        let shared = |vendor: Arc<dyn server::Vendor>, origin: &str| {
            Arc::new(ApiShared::new(vendor, origin.to_owned(), &listener_config))
        };
        let plivo_shared = shared(plivo_api.clone(), &plivo_origin);
        let trunking_shared = shared(
            Arc::new(TrunkingApi {
                account: account.clone(),
            }),
            &trunking_origin,
        );
        let api_shared = shared(
            Arc::new(SipApi {
                account: account.clone(),
            }),
            &api_origin,
        );
        let vobiz_shared = shared(vobiz_api.clone(), &vobiz_origin);
        let telnyx_shared = shared(telnyx_api.clone(), &telnyx_origin);

        let servers = vec![
            Server::spawn(plivo_l, plivo_shared.clone()),
            Server::spawn(trunking_l, trunking_shared.clone()),
            Server::spawn(api_l, api_shared.clone()),
            Server::spawn(vobiz_l, vobiz_shared.clone()),
            Server::spawn(telnyx_l, telnyx_shared.clone()),
        ];
        tracing::info!(
            plivo = %plivo_origin,
            twilio_trunking = %trunking_origin,
            twilio_api = %api_origin,
            vobiz = %vobiz_origin,
            telnyx = %telnyx_origin,
            "trunkline emulator listening"
        );
        Ok(Self {
            origins: Origins {
                plivo: plivo_origin,
                twilio_trunking: trunking_origin,
                twilio_api: api_origin,
                vobiz: vobiz_origin,
                telnyx: telnyx_origin,
            },
            plivo: PlivoHandle {
                control: Control {
                    shared: plivo_shared,
                },
                api: plivo_api,
            },
            twilio_trunking: TwilioHandle {
                control: Control {
                    shared: trunking_shared,
                },
                account: account.clone(),
            },
            twilio_api: TwilioHandle {
                control: Control { shared: api_shared },
                account,
            },
            vobiz: VobizHandle {
                control: Control {
                    shared: vobiz_shared,
                },
                api: vobiz_api,
            },
            telnyx: TelnyxHandle {
                control: Control {
                    shared: telnyx_shared,
                },
                api: telnyx_api,
            },
            servers,
        })
    }

    /// All five origins.
    pub fn origins(&self) -> &Origins {
        &self.origins
    }

    /// Plivo Zentrunk origin (replaces `https://api.plivo.com`).
    pub fn plivo_url(&self) -> &str {
        &self.origins.plivo
    }

    /// Twilio trunking v1 origin (replaces `https://trunking.twilio.com`).
    pub fn twilio_trunking_url(&self) -> &str {
        &self.origins.twilio_trunking
    }

    /// Twilio 2010-04-01 origin (replaces `https://api.twilio.com`).
    pub fn twilio_api_url(&self) -> &str {
        &self.origins.twilio_api
    }

    /// Vobiz origin (replaces `https://api.vobiz.ai`).
    pub fn vobiz_url(&self) -> &str {
        &self.origins.vobiz
    }

    /// Telnyx origin (replaces `https://api.telnyx.com`; paths start with `/v2`).
    pub fn telnyx_url(&self) -> &str {
        &self.origins.telnyx
    }

    /// The Plivo handle: faults, request log, reset, seeding.
    pub fn plivo(&self) -> &PlivoHandle {
        &self.plivo
    }

    /// The Twilio trunking v1 handle.
    pub fn twilio_trunking(&self) -> &TwilioHandle {
        &self.twilio_trunking
    }

    /// The Twilio 2010-04-01 handle.
    pub fn twilio_api(&self) -> &TwilioHandle {
        &self.twilio_api
    }

    /// The Vobiz handle.
    pub fn vobiz(&self) -> &VobizHandle {
        &self.vobiz
    }

    /// The Telnyx handle.
    pub fn telnyx(&self) -> &TelnyxHandle {
        &self.telnyx
    }

    /// Resets every API (state, faults, request logs).
    pub fn reset_all(&self) {
        self.plivo.reset();
        self.twilio_trunking.reset();
        self.twilio_api.reset();
        self.vobiz.reset();
        self.telnyx.reset();
    }

    /// Stops accepting, lets in-flight connections finish (up to 5 s) and waits until every
    /// listener task has ended.
    pub async fn shutdown(mut self) {
        for server in &mut self.servers {
            server.shutdown().await;
        }
    }
}
