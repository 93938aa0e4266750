//! Test helpers for mocking Twilio with [`httpmock`] (feature `httpmock`): the typed mocks of
//! both APIs under distinct names, and form-body matching. Twilio's request bodies are
//! form-urlencoded, which the generated `*When::body(…)` matchers (JSON) never match;
//! [`FormBodyExt`] (implemented for `httpmock::When` and every generated `*When` with a body)
//! matches them field by field.
//!
//! ```
//! use httpmock::MockServer;
//! use trunkline_twilio::mock::{FormBodyExt, TrunkingMockServerExt};
//! use trunkline_twilio::{ClientBuilder, trunking};
//!
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! let server = MockServer::start_async().await;
//! let create = server.create_trunk(|when, then| {
//!     when.form_body(&[("FriendlyName", "pbx-1"), ("Secure", "true")]);
//!     then.created(&trunking::types::Trunk { sid: Some("TK1".into()), ..Default::default() });
//! });
//! // Typed mocks match operation paths from the server root: use `api_base_url`.
//! let twilio = ClientBuilder::new("AC1", "token").api_base_url(server.base_url()).build().unwrap();
//! let body = trunking::types::CreateTrunkRequest::builder().friendly_name("pbx-1").secure(true);
//! let trunk = twilio.trunking().create_trunk().body(body).send().await.unwrap();
//! assert_eq!(trunk.sid.as_deref(), Some("TK1"));
//! create.assert();
//! # });
//! ```

pub use crate::generated_sip_httpmock::MockServerExt as SipMockServerExt;
pub use crate::generated_trunking_httpmock::MockServerExt as TrunkingMockServerExt;
pub use trunkline_core::mock::{FORM_CONTENT_TYPE, FormBodyExt};
