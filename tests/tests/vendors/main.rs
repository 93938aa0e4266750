//! The shared vendor suite: the client-level checks of every generated vendor client, written
//! once (`checks.rs`, generic over [`harness::Harness`]) and run for every vendor API: Plivo,
//! Twilio's two APIs, Vobiz and Telnyx (one `Harness` each, a module of `apis.rs`).
//!
//! Checked for each: the auth headers on every request and no secret in `Debug`, `Display`,
//! errors or TRACE logs; `from_env` (missing, empty, half-set variables named; base-URL
//! override) through the `vendor_env_probe` binary; base-URL safety (plain `http://` refused
//! off loopback) and the account as one encoded segment; ids as one encoded segment; paging
//! (`stream()` with page size and maximum, where lists stop, no loops); the vendor's error
//! body for every documented error status and non-JSON bodies; retries with Tokio's clock
//! paused (429 + `Retry-After`, 5xx on reads and updates resent, creates never resent after a
//! 5xx, a dropped connection or a timeout, before or after the server committed), and broken
//! bodies.
//!
//! Adding a vendor: one more `Harness` implementation and one line in `suite!` below.

mod apis;
mod checks;
mod harness;

/// One module per vendor API, one test per check. `paused` tests run with Tokio's clock
/// paused: their waits and timeouts take exact virtual time. Every test first installs the
/// log capture's subscriber (see `LogCapture::install`), so that no callsite is reached
/// before it.
macro_rules! suite {
    ($($api:ident => $harness:ty),* $(,)?) => {$(
        mod $api {
            use crate::checks;

            macro_rules! check {
                ($name:ident) => {
                    #[tokio::test]
                    async fn $name() {
                        trunkline_tests::LogCapture::install();
                        checks::$name::<$harness>().await;
                    }
                };
                (paused $name:ident) => {
                    #[tokio::test(start_paused = true)]
                    async fn $name() {
                        trunkline_tests::LogCapture::install();
                        checks::$name::<$harness>().await;
                    }
                };
            }

            check!(auth_headers_go_on_every_request);
            check!(paused a_wrong_secret_is_a_final_401);
            check!(secrets_never_show_in_debug_or_errors);
            check!(bad_credentials_name_the_field_not_the_value);
            check!(paused secrets_never_reach_trace_logs);
            check!(env_constructors_name_what_is_missing);
            check!(plain_http_is_refused_off_loopback);
            check!(the_account_is_one_encoded_base_segment);
            check!(ids_are_one_encoded_segment_or_refused);
            check!(streams_take_a_page_size_and_a_maximum);
            check!(streams_stop_where_the_list_ends);
            check!(streams_never_loop);
            check!(error_statuses_decode_into_the_vendor_shape);
            check!(paused a_429_retry_after_is_waited_out_exactly);
            check!(paused a_read_5xx_is_retried_until_attempts_run_out);
            check!(paused a_create_is_not_resent_after_a_5xx);
            check!(paused an_update_is_resent_after_a_5xx);
            check!(paused a_dropped_connection_is_retried_only_for_reads);
            check!(paused a_timed_out_read_is_retried_and_a_create_is_not);
            check!(broken_bodies_are_errors);
        }
    )*};
}

suite! {
    plivo => crate::apis::plivo::Plivo,
    twilio_trunking => crate::apis::twilio::TwilioTrunking,
    twilio_sip => crate::apis::twilio::TwilioSip,
    vobiz => crate::apis::vobiz::Vobiz,
    telnyx => crate::apis::telnyx::Telnyx,
}
