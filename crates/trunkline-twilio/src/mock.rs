//! Test helpers for mocking Twilio with [`httpmock`] (feature `httpmock`; example in the crate
//! documentation): the typed mocks of both APIs under distinct names, and [`FormBodyExt`], which
//! matches form-urlencoded bodies field by field on `httpmock::When` and on every generated
//! `*When` with a body (the generated `body(…)` matchers compare JSON).

pub use crate::generated_sip_httpmock::MockServerExt as SipMockServerExt;
pub use crate::generated_trunking_httpmock::MockServerExt as TrunkingMockServerExt;
pub use trunkline_core::mock::{FORM_CONTENT_TYPE, FormBodyExt};
