//! `trunkline_vobiz::Client::from_env`, run in a child process with a controlled environment
//! (edition 2024 makes `std::env::set_var` unsafe and the workspace forbids unsafe code).

use std::process::Command;

fn probe(vars: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vobiz_env_probe"));
    command.env_clear();
    for (name, value) in vars {
        command.env(name, value);
    }
    let output = command.output().expect("run probe");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("utf-8")
}

#[test]
fn missing_or_empty_variables_are_named() {
    assert_eq!(
        probe(&[]),
        "error environment variable VOBIZ_AUTH_ID is not set\n"
    );
    assert_eq!(
        probe(&[("VOBIZ_AUTH_TOKEN", "t")]),
        "error environment variable VOBIZ_AUTH_ID is not set\n"
    );
    assert_eq!(
        probe(&[("VOBIZ_AUTH_ID", "MA_1")]),
        "error environment variable VOBIZ_AUTH_TOKEN is not set\n"
    );
    assert_eq!(
        probe(&[("VOBIZ_AUTH_ID", " "), ("VOBIZ_AUTH_TOKEN", "t")]),
        "error environment variable VOBIZ_AUTH_ID is empty\n"
    );
    assert_eq!(
        probe(&[("VOBIZ_AUTH_ID", "MA_1"), ("VOBIZ_AUTH_TOKEN", "  ")]),
        "error environment variable VOBIZ_AUTH_TOKEN is empty\n"
    );
}

#[test]
fn other_vendors_variables_are_not_read() {
    let out = probe(&[("PLIVO_AUTH_ID", "MA1"), ("PLIVO_AUTH_TOKEN", "t")]);
    assert_eq!(out, "error environment variable VOBIZ_AUTH_ID is not set\n");
}

#[test]
fn credentials_come_from_the_environment_and_the_token_stays_hidden() {
    let out = probe(&[
        ("VOBIZ_AUTH_ID", "MA_ENV"),
        ("VOBIZ_AUTH_TOKEN", "env-secret-token"),
    ]);
    assert!(
        out.starts_with("ok https://api.vobiz.ai/api/v1/Account/MA_ENV "),
        "{out}"
    );
    // The client's Debug output (printed by the probe) names the scheme, not the token.
    assert!(out.contains("X-Auth-Token: <redacted>"), "{out}");
    assert!(!out.contains("env-secret-token"), "{out}");
}

#[test]
fn values_are_trimmed() {
    let out = probe(&[
        ("VOBIZ_AUTH_ID", "  MA_ENV\n"),
        ("VOBIZ_AUTH_TOKEN", " tok "),
    ]);
    assert!(
        out.starts_with("ok https://api.vobiz.ai/api/v1/Account/MA_ENV "),
        "{out}"
    );
}

#[test]
fn the_base_url_can_be_overridden() {
    let out = probe(&[
        ("VOBIZ_AUTH_ID", "MA_ENV"),
        ("VOBIZ_AUTH_TOKEN", "tok"),
        ("VOBIZ_BASE_URL", "http://127.0.0.1:4010/"),
    ]);
    assert!(
        out.starts_with("ok http://127.0.0.1:4010/api/v1/Account/MA_ENV "),
        "{out}"
    );
    // Set but empty means "not set": the default applies.
    let out = probe(&[
        ("VOBIZ_AUTH_ID", "MA_ENV"),
        ("VOBIZ_AUTH_TOKEN", "tok"),
        ("VOBIZ_BASE_URL", ""),
    ]);
    assert!(
        out.starts_with("ok https://api.vobiz.ai/api/v1/Account/MA_ENV "),
        "{out}"
    );
}

#[test]
fn an_unusable_base_url_is_refused() {
    let out = probe(&[
        ("VOBIZ_AUTH_ID", "MA_ENV"),
        ("VOBIZ_AUTH_TOKEN", "tok"),
        ("VOBIZ_BASE_URL", "http://api.vobiz.ai"),
    ]);
    assert!(out.starts_with("error invalid base URL"), "{out}");
    assert!(out.contains("clear text"), "{out}");
    let out = probe(&[
        ("VOBIZ_AUTH_ID", "MA_ENV"),
        ("VOBIZ_AUTH_TOKEN", "tok"),
        ("VOBIZ_BASE_URL", "not a url"),
    ]);
    assert!(
        out.starts_with("error invalid base URL \"not a url\""),
        "{out}"
    );
}

#[test]
fn a_token_a_header_cannot_carry_is_named_without_its_value() {
    let out = probe(&[
        ("VOBIZ_AUTH_ID", "MA_ENV"),
        ("VOBIZ_AUTH_TOKEN", "bad\u{7f}secret"),
    ]);
    assert!(out.starts_with("error invalid Vobiz auth token:"), "{out}");
    assert!(!out.contains("secret"), "{out}");
}
