//! `trunkline_twilio::Client::from_env`, run in a child process with a controlled environment:
//! which credential pair is used, which variable a half-set pair is missing, base-URL
//! overrides, and that no secret is ever printed.
//!
//! A test cannot change its own process's environment (`std::env::set_var` is `unsafe` in
//! edition 2024 and the workspace forbids `unsafe`), so [`probe`] runs the `twilio_env_probe`
//! binary (tests/src/bin/twilio_env_probe.rs) with `env_clear()` and the chosen variables.

use std::process::Command;

const SID: &str = "ACENVXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const TOKEN: &str = "env-auth-token-SECRET";
const KEY: &str = "SKENVXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
const KEY_SECRET: &str = "env-api-secret-SECRET";

/// Runs `Client::from_env()` in a child process whose environment is exactly `vars` and
/// returns its report line (with a trailing newline); fails if a secret was printed.
fn probe(vars: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_twilio_env_probe"));
    command.env_clear();
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.output().expect("run the probe");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    for secret in [TOKEN, KEY_SECRET] {
        assert!(!stdout.contains(secret), "a secret was printed: {stdout}");
    }
    assert!(
        stdout.ends_with('\n') && stdout.lines().count() == 1,
        "{stdout}"
    );
    stdout
}

#[test]
fn account_sid_and_auth_token() {
    let out = probe(&[("TWILIO_ACCOUNT_SID", SID), ("TWILIO_AUTH_TOKEN", TOKEN)]);
    assert!(
        out.starts_with(&format!(
            "ok trunking=https://trunking.twilio.com sip=https://api.twilio.com/2010-04-01/Accounts/{SID} "
        )),
        "{out}"
    );
    assert!(out.contains(&format!("Basic(username=\"{SID}\"")), "{out}");
}

#[test]
fn the_api_key_wins_over_the_auth_token() {
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_AUTH_TOKEN", TOKEN),
        ("TWILIO_API_KEY", KEY),
        ("TWILIO_API_SECRET", KEY_SECRET),
    ]);
    assert!(out.starts_with("ok "), "{out}");
    assert!(out.contains(&format!("Basic(username=\"{KEY}\"")), "{out}");
    // The account is still the one in the 2010-04-01 paths.
    assert!(
        out.contains(&format!(
            "sip=https://api.twilio.com/2010-04-01/Accounts/{SID} "
        )),
        "{out}"
    );
    // And no auth token is needed with an API key.
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_API_KEY", KEY),
        ("TWILIO_API_SECRET", KEY_SECRET),
    ]);
    assert!(out.contains(&format!("Basic(username=\"{KEY}\"")), "{out}");
}

#[test]
fn half_of_the_api_key_pair_is_an_error_naming_the_other_half() {
    // Even with a usable auth token: the caller meant the API key.
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_AUTH_TOKEN", TOKEN),
        ("TWILIO_API_KEY", KEY),
    ]);
    assert_eq!(
        out,
        "error environment variable TWILIO_API_SECRET is not set\n"
    );
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_AUTH_TOKEN", TOKEN),
        ("TWILIO_API_SECRET", KEY_SECRET),
    ]);
    assert_eq!(
        out,
        "error environment variable TWILIO_API_KEY is not set\n"
    );
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_API_KEY", KEY),
        ("TWILIO_API_SECRET", "   "),
    ]);
    assert_eq!(
        out,
        "error environment variable TWILIO_API_SECRET is empty\n"
    );
}

#[test]
fn missing_or_empty_required_variables_are_named() {
    assert_eq!(
        probe(&[("TWILIO_AUTH_TOKEN", TOKEN)]),
        "error environment variable TWILIO_ACCOUNT_SID is not set\n"
    );
    assert_eq!(
        probe(&[("TWILIO_ACCOUNT_SID", SID)]),
        "error environment variable TWILIO_AUTH_TOKEN is not set\n"
    );
    assert_eq!(
        probe(&[("TWILIO_ACCOUNT_SID", " "), ("TWILIO_AUTH_TOKEN", TOKEN)]),
        "error environment variable TWILIO_ACCOUNT_SID is empty\n"
    );
    assert_eq!(
        probe(&[("TWILIO_ACCOUNT_SID", SID), ("TWILIO_AUTH_TOKEN", "")]),
        "error environment variable TWILIO_AUTH_TOKEN is empty\n"
    );
}

#[test]
fn values_are_trimmed() {
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", &format!("  {SID}\n")),
        ("TWILIO_AUTH_TOKEN", &format!(" {TOKEN} ")),
    ]);
    assert!(
        out.contains(&format!("/2010-04-01/Accounts/{SID} ")),
        "{out}"
    );
}

#[test]
fn base_urls_come_from_the_environment() {
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_AUTH_TOKEN", TOKEN),
        ("TWILIO_TRUNKING_BASE_URL", "http://127.0.0.1:4010"),
        ("TWILIO_SIP_BASE_URL", "http://localhost:4011/"),
    ]);
    assert!(
        out.starts_with(&format!(
            "ok trunking=http://127.0.0.1:4010 sip=http://localhost:4011/2010-04-01/Accounts/{SID} "
        )),
        "{out}"
    );
    // One override leaves the other API on Twilio.
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_AUTH_TOKEN", TOKEN),
        (
            "TWILIO_SIP_BASE_URL",
            "https://proxy.example.com/twilio-api",
        ),
    ]);
    assert!(
        out.starts_with(&format!(
            "ok trunking=https://trunking.twilio.com sip=https://proxy.example.com/twilio-api/2010-04-01/Accounts/{SID} "
        )),
        "{out}"
    );
}

#[test]
fn an_insecure_base_url_is_refused() {
    let out = probe(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_AUTH_TOKEN", TOKEN),
        ("TWILIO_TRUNKING_BASE_URL", "http://trunking.example.com"),
    ]);
    assert!(
        out.starts_with("error invalid base URL \"http://trunking.example.com\""),
        "{out}"
    );
    assert!(out.contains("clear text"), "{out}");
}
