//! Integration tests of trunkline-emulator, over raw HTTP (reqwest + serde_json): one test
//! binary, one module per area.

mod after_commit;
// The binary exists only with the (default) `cli` feature.
#[cfg(feature = "cli")]
mod binary;
mod common;
mod faults;
mod fixtures;
mod hostile;
mod library;
mod plivo;
mod rate_limit;
mod seeding;
mod telnyx;
mod telnyx_fixtures;
mod twilio;
mod vobiz;
mod wire;
