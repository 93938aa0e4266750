//! `trunkline_plivo::Client::from_env`, run in a child process with a controlled environment.

use std::process::Command;

fn probe(vars: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plivo_env_probe"));
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
        probe(&[("PLIVO_AUTH_TOKEN", "t")]),
        "error environment variable PLIVO_AUTH_ID is not set\n"
    );
    assert_eq!(
        probe(&[("PLIVO_AUTH_ID", "MA1")]),
        "error environment variable PLIVO_AUTH_TOKEN is not set\n"
    );
    assert_eq!(
        probe(&[("PLIVO_AUTH_ID", "MA1"), ("PLIVO_AUTH_TOKEN", "  ")]),
        "error environment variable PLIVO_AUTH_TOKEN is empty\n"
    );
}

#[test]
fn credentials_and_base_url_come_from_the_environment() {
    let out = probe(&[
        ("PLIVO_AUTH_ID", "MAENV"),
        ("PLIVO_AUTH_TOKEN", "env-secret-token"),
        ("PLIVO_BASE_URL", "http://127.0.0.1:4010"),
    ]);
    assert!(
        out.starts_with("ok http://127.0.0.1:4010/v1/Account/MAENV/Zentrunk "),
        "{out}"
    );
    assert!(!out.contains("env-secret-token"), "{out}");
    let out = probe(&[("PLIVO_AUTH_ID", "MAENV"), ("PLIVO_AUTH_TOKEN", "tok")]);
    assert!(
        out.starts_with("ok https://api.plivo.com/v1/Account/MAENV/Zentrunk "),
        "{out}"
    );
}

#[test]
fn an_insecure_base_url_is_refused() {
    let out = probe(&[
        ("PLIVO_AUTH_ID", "MAENV"),
        ("PLIVO_AUTH_TOKEN", "tok"),
        ("PLIVO_BASE_URL", "http://api.plivo.com"),
    ]);
    assert!(out.starts_with("error invalid base URL"), "{out}");
    assert!(out.contains("clear text"), "{out}");
}
