//! What is vendor-specific, per vendor: every operation through the typed `httpmock` mocks
//! with the vendors' fixtures (method, path, query, body encoding, decoding), the generated
//! builders, and against the emulator what only a stateful server shows (every list across
//! pages, filters on every page, partial updates, what deletes take with them, every rule the
//! emulator enforces in the vendor's typed error body).
//!
//! What every vendor shares (auth, environment, base URLs, ids, paging rules, error decoding,
//! retries, secrets) is checked once for all of them by the shared suite, `tests/vendors/`.

mod plivo;
mod support;
mod twilio;
mod typed_builders;
mod vobiz;
