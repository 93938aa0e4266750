//! The `trunkline-emulator` binary end to end: the one ready line, the five origins, flags,
//! and a clean exit on SIGTERM.

use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, BufReader};
use tokio::process::{Child, ChildStdout, Command};
use trunkline_emulator::{
    DEFAULT_PLIVO_AUTH_ID, DEFAULT_PLIVO_AUTH_TOKEN, DEFAULT_TELNYX_API_KEY,
    DEFAULT_TWILIO_ACCOUNT_SID, DEFAULT_TWILIO_AUTH_TOKEN, DEFAULT_VOBIZ_AUTH_ID,
    DEFAULT_VOBIZ_AUTH_TOKEN, Origins,
};

use crate::common::client;

struct Running {
    child: Child,
    stdout: BufReader<ChildStdout>,
    line: String,
}

async fn spawn(args: &[&str]) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_trunkline-emulator"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("binary starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut line = String::new();
    tokio::time::timeout(Duration::from_secs(30), stdout.read_line(&mut line))
        .await
        .expect("ready line within 30 s")
        .expect("stdout readable");
    Running {
        child,
        stdout,
        line,
    }
}

/// Sends SIGTERM (by PID) and returns whether the process exited successfully.
async fn terminate(mut running: Running) -> (bool, String) {
    let pid = running.child.id().expect("still running");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let exit = tokio::time::timeout(Duration::from_secs(30), running.child.wait())
        .await
        .expect("exits within 30 s")
        .expect("wait works");
    let mut rest = String::new();
    let _ = running.stdout.read_to_string(&mut rest).await;
    (exit.success(), rest)
}

#[tokio::test]
async fn prints_one_ready_line_serves_and_exits_cleanly() {
    let running = spawn(&[]).await;
    let line = running.line.trim_end().to_owned();
    assert!(
        line.starts_with(r#"{"plivo":"http://127.0.0.1:"#),
        "key order and shape: {line}"
    );
    let origins: Origins = serde_json::from_str(&line).expect("the line is the Origins JSON");
    let raw: Value = serde_json::from_str(&line).expect("JSON");
    assert_eq!(raw.as_object().map(|o| o.len()), Some(5), "{line}");
    assert_eq!(origins.to_json_line(), line);
    for origin in [
        &origins.plivo,
        &origins.twilio_trunking,
        &origins.twilio_api,
        &origins.vobiz,
        &origins.telnyx,
    ] {
        assert!(origin.starts_with("http://127.0.0.1:"), "{origin}");
    }

    let http = client();
    let checks = [
        http.get(format!(
            "{}/v1/Account/{DEFAULT_PLIVO_AUTH_ID}/Zentrunk/Trunk/",
            origins.plivo
        ))
        .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some(DEFAULT_PLIVO_AUTH_TOKEN)),
        http.get(format!("{}/v1/Trunks", origins.twilio_trunking))
            .basic_auth(DEFAULT_TWILIO_ACCOUNT_SID, Some(DEFAULT_TWILIO_AUTH_TOKEN)),
        http.get(format!(
            "{}/2010-04-01/Accounts/{DEFAULT_TWILIO_ACCOUNT_SID}/SIP/CredentialLists.json",
            origins.twilio_api
        ))
        .basic_auth(DEFAULT_TWILIO_ACCOUNT_SID, Some(DEFAULT_TWILIO_AUTH_TOKEN)),
        http.get(format!(
            "{}/api/v1/Account/{DEFAULT_VOBIZ_AUTH_ID}/trunks",
            origins.vobiz
        ))
        .header("X-Auth-ID", DEFAULT_VOBIZ_AUTH_ID)
        .header("X-Auth-Token", DEFAULT_VOBIZ_AUTH_TOKEN),
        http.get(format!("{}/v2/ip_connections", origins.telnyx))
            .bearer_auth(DEFAULT_TELNYX_API_KEY),
    ];
    for request in checks {
        let response = request.send().await.expect("answered");
        assert_eq!(response.status(), 200);
    }

    let (success, rest) = terminate(running).await;
    assert!(success, "exit status 0 on SIGTERM");
    assert!(
        rest.is_empty(),
        "exactly one stdout line; also got {rest:?}"
    );
    assert!(
        client()
            .get(format!("{}/v1/Trunks", origins.twilio_trunking))
            .send()
            .await
            .is_err(),
        "the listener is gone"
    );
}

#[tokio::test]
async fn flags_set_credentials() {
    let running = spawn(&[
        "--plivo-auth-id",
        "MAFLAG",
        "--plivo-auth-token",
        "flag-token",
        "--vobiz-auth-id",
        "MA_FLAG",
        "--vobiz-auth-token",
        "vobiz-flag",
        "--twilio-account-sid",
        "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        "--twilio-auth-token",
        "tw-flag",
        "--twilio-api-key",
        "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
        "--twilio-api-secret",
        "key-flag",
        "--telnyx-api-key",
        "KEYflag",
        "--bind",
        "127.0.0.1",
    ])
    .await;
    let origins: Origins = serde_json::from_str(running.line.trim_end()).expect("JSON");
    let http = client();
    let plivo = format!("{}/v1/Account/MAFLAG/Zentrunk/Trunk/", origins.plivo);
    let ok = http
        .get(&plivo)
        .basic_auth("MAFLAG", Some("flag-token"))
        .send()
        .await
        .expect("answered");
    assert_eq!(ok.status(), 200);
    let default = http
        .get(&plivo)
        .basic_auth(DEFAULT_PLIVO_AUTH_ID, Some(DEFAULT_PLIVO_AUTH_TOKEN))
        .send()
        .await
        .expect("answered");
    assert_eq!(default.status(), 401);
    let vobiz = http
        .get(format!("{}/api/v1/Account/MA_FLAG/trunks", origins.vobiz))
        .header("X-Auth-ID", "MA_FLAG")
        .header("X-Auth-Token", "vobiz-flag")
        .send()
        .await
        .expect("answered");
    assert_eq!(vobiz.status(), 200);
    let twilio = http
        .get(format!("{}/v1/Trunks", origins.twilio_trunking))
        .basic_auth("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", Some("key-flag"))
        .send()
        .await
        .expect("answered");
    assert_eq!(twilio.status(), 200);
    let telnyx = format!("{}/v2/connections", origins.telnyx);
    for (key, status) in [("KEYflag", 200), (DEFAULT_TELNYX_API_KEY, 401)] {
        let response = http
            .get(&telnyx)
            .bearer_auth(key)
            .send()
            .await
            .expect("answered");
        assert_eq!(response.status(), status, "{key}");
    }
    let (success, _) = terminate(running).await;
    assert!(success);
}

#[tokio::test]
async fn bad_flags_fail_without_a_ready_line() {
    let output = Command::new(env!("CARGO_BIN_EXE_trunkline-emulator"))
        .args(["--bind", "not-an-ip"])
        .output()
        .await
        .expect("runs");
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let output = Command::new(env!("CARGO_BIN_EXE_trunkline-emulator"))
        .args(["--plivo-auth-id", ""])
        .output()
        .await
        .expect("runs");
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("plivo auth_id"));
}

#[tokio::test]
async fn help_lists_every_vendors_default_credentials() {
    for flag in ["--help", "-h"] {
        let output = Command::new(env!("CARGO_BIN_EXE_trunkline-emulator"))
            .arg(flag)
            .output()
            .await
            .expect("runs");
        assert!(output.status.success());
        let help = String::from_utf8_lossy(&output.stdout);
        for credential in [
            DEFAULT_PLIVO_AUTH_ID,
            DEFAULT_PLIVO_AUTH_TOKEN,
            DEFAULT_TWILIO_ACCOUNT_SID,
            DEFAULT_TWILIO_AUTH_TOKEN,
            trunkline_emulator::DEFAULT_TWILIO_API_KEY_SID,
            trunkline_emulator::DEFAULT_TWILIO_API_KEY_SECRET,
            DEFAULT_VOBIZ_AUTH_ID,
            DEFAULT_VOBIZ_AUTH_TOKEN,
            DEFAULT_TELNYX_API_KEY,
        ] {
            assert!(
                help.contains(credential),
                "{flag} lacks {credential}:\n{help}"
            );
        }
        for new_flag in [
            "--rate-limit",
            "--rate-limit-burst",
            "--response-delay-ms",
            "--no-compression",
        ] {
            assert!(help.contains(new_flag), "{flag} lacks {new_flag}");
        }
    }
}

#[tokio::test]
async fn flags_set_the_rate_limit_and_the_response_delay() {
    let running = spawn(&[
        "--rate-limit",
        "0.5",
        "--rate-limit-burst",
        "3",
        "--response-delay-ms",
        "20",
    ])
    .await;
    let origins: Origins = serde_json::from_str(running.line.trim_end()).expect("JSON");
    let http = client();
    for origin in [&origins.plivo, &origins.vobiz] {
        let control = |endpoint: &str| {
            let request = http.get(format!("{origin}/__emulator/{endpoint}"));
            async move { crate::common::expect(request, 200).await }
        };
        let state = control("rate-limit").await;
        assert_eq!(state["rate_limit"]["requests_per_second"], 0.5, "{state}");
        assert_eq!(state["rate_limit"]["burst"], 3, "{state}");
        let delay = control("response-delay").await;
        assert_eq!(delay["response_delay_ms"], 20);
    }
    let (success, _) = terminate(running).await;
    assert!(success);

    let output = Command::new(env!("CARGO_BIN_EXE_trunkline-emulator"))
        .args(["--rate-limit", "0"])
        .output()
        .await
        .expect("runs");
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--rate-limit"), "{stderr}");
    assert!(stderr.contains("requests_per_second"), "{stderr}");
}
