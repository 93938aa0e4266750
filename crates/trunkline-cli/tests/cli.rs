//! The `trunkline` binary end to end against an emulator running in another process
//! (`trunkline emulator`): plan, apply, plan (empty), drift made with plain HTTP calls to the
//! emulator, plan shows exactly that drift, apply fixes it. Also: `--detailed-exitcode`,
//! `--output json`, no colour unless asked and never with `NO_COLOR`, passwords never printed,
//! nothing sent for a bad document, no apply without approval.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

const PASSWORD_A: &str = "Cli-Test-Passw0rd-A1";
const PASSWORD_B: &str = "Cli-Test-Passw0rd-B2";

struct EmulatorProcess {
    child: Child,
    origins: Value,
    line: String,
}

impl Drop for EmulatorProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_trunkline")
}

fn start_emulator() -> EmulatorProcess {
    let mut child = Command::new(bin())
        .arg("emulator")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start `trunkline emulator`");
    let stdout = child.stdout.take().unwrap();
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let origins: Value = serde_json::from_str(line.trim()).expect("the ready line is JSON");
    EmulatorProcess {
        child,
        origins,
        line: line.trim().to_owned(),
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "trunkline-cli-{name}-{}-{}",
        std::process::id(),
        fastrand::u64(..)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(emulator: &EmulatorProcess, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(bin());
    command
        .arg("--emulator")
        .args(args)
        .env("TRUNKLINE_EMULATOR", &emulator.line)
        .env("ACME_A_PASSWORD", PASSWORD_A)
        .env("ACME_B_PASSWORD", PASSWORD_B)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::null());
    for (k, v) in env {
        command.env(k, v);
    }
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().unwrap();
    let run = Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    };
    for secret in [PASSWORD_A, PASSWORD_B] {
        assert!(
            !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "a password was printed by {args:?}:\n{}\n{}",
            run.stdout,
            run.stderr
        );
    }
    run
}

const DOCUMENT: &str = r#"# yaml-language-server: $schema=https://github.com/trunkline/trunkline/raw/main/schema/trunkline-desired.schema.json
carriers:
  - vendor: plivo
    owns: "acme-*"
    trunks:
      - name: acme-pl-out
        direction: outbound
        credentials: [{ username: acmepl01, password_env: ACME_A_PASSWORD }]
        networks: [203.0.113.7]
      - name: acme-pl-in
        direction: inbound
        origination_uris: [{ uri: "sip:pbx1.example.com:5060" }, { uri: "sip:pbx2.example.com:5060" }]
  - vendor: twilio
    owns: "acme-*"
    trunks:
      - name: acme-tw
        direction: both
        secure: true
        sip_domain: acme-tw.pstn.twilio.com
        credentials: [{ username: acmetw01, password_env: ACME_B_PASSWORD }]
        networks: [203.0.113.7/32, 198.51.100.0/24]
        origination_uris: [{ uri: "sip:pbx1.example.com:5060", priority: 10, weight: 10 }]
  - vendor: vobiz
    owns: "acme-*"
    trunks:
      - name: acme-vb
        direction: outbound
        max_concurrent_calls: 20
        credentials: [{ username: acmevb01, password_env: ACME_A_PASSWORD }]
        networks: [100.64.10.0/24]
  - vendor: telnyx
    owns: "acme-*"
    trunks:
      - name: acme-tx
        direction: inbound
        networks: [203.0.113.20]
"#;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn plan_json(emulator: &EmulatorProcess, file: &str) -> (i32, Value) {
    let run = run(
        emulator,
        &[
            "plan",
            "-f",
            file,
            "--detailed-exitcode",
            "--output",
            "json",
        ],
        &[],
    );
    let plan: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("{err}: {}\n{}", run.stdout, run.stderr));
    (run.code, plan)
}

/// (account, trunk name, action) of every trunk the plan changes.
fn changed(plan: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for carrier in plan["carriers"].as_array().unwrap() {
        for trunk in carrier["trunks"].as_array().unwrap() {
            if trunk["action"] != "no_change" {
                out.push((
                    carrier["account"].as_str().unwrap().to_owned(),
                    trunk["name"].as_str().unwrap().to_owned(),
                    trunk["action"].as_str().unwrap().to_owned(),
                ));
            }
        }
    }
    out.sort();
    out
}

fn requests_total(emulator: &EmulatorProcess) -> u64 {
    let mut total = 0;
    for origin in ["plivo", "twilio_trunking", "twilio_api", "vobiz", "telnyx"] {
        let url = format!(
            "{}/__emulator/stats",
            emulator.origins[origin].as_str().unwrap()
        );
        let stats: Value = blocking_get(&url);
        total += stats["requests_total"].as_u64().unwrap();
    }
    total
}

fn blocking_get(url: &str) -> Value {
    let url = url.to_owned();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async move {
            reqwest::get(&url)
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        })
}

fn twilio_trunk_sid(emulator: &EmulatorProcess, name: &str) -> String {
    let run = run(
        emulator,
        &["trunks", "list", "--vendor", "twilio", "-o", "json"],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let trunks: Value = serde_json::from_str(&run.stdout).unwrap();
    trunks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == name)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn vobiz_trunk_id(emulator: &EmulatorProcess, name: &str) -> String {
    let run = run(
        emulator,
        &["trunks", "get", name, "--vendor", "vobiz", "-o", "json"],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let trunk: Value = serde_json::from_str(&run.stdout).unwrap();
    trunk["id"].as_str().unwrap().to_owned()
}

/// Drift made outside trunkline, with plain HTTP calls as a console would: Twilio's trunk loses
/// `secure`, Vobiz's trunk is deleted.
fn make_drift(emulator: &EmulatorProcess) {
    let sid = twilio_trunk_sid(emulator, "acme-tw");
    let vobiz = vobiz_trunk_id(emulator, "acme-vb");
    let twilio_url = format!(
        "{}/v1/Trunks/{sid}",
        emulator.origins["twilio_trunking"].as_str().unwrap()
    );
    let vobiz_url = format!(
        "{}/api/v1/Account/{}/trunks/{vobiz}",
        emulator.origins["vobiz"].as_str().unwrap(),
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID
    );
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async move {
            let client = reqwest::Client::new();
            let response = client
                .post(&twilio_url)
                .basic_auth(
                    trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
                    Some(trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN),
                )
                .header("content-type", "application/x-www-form-urlencoded")
                .body("Secure=false")
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
            let response = client
                .delete(&vobiz_url)
                .header("X-Auth-ID", trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID)
                .header("X-Auth-Token", trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN)
                .send()
                .await
                .unwrap();
            assert!(response.status().is_success(), "{}", response.status());
        });
}

#[test]
fn plan_apply_plan_drift_plan_apply() {
    let emulator = start_emulator();
    let dir = scratch("cycle");
    let file = write(&dir, "trunks.yaml", DOCUMENT);

    // 1. A fresh account: everything is to be created; exit 2 with --detailed-exitcode.
    let first = run(
        &emulator,
        &["plan", "-f", &file, "--detailed-exitcode"],
        &[],
    );
    assert_eq!(first.code, 2, "{}\n{}", first.stdout, first.stderr);
    for name in ["acme-pl-out", "acme-pl-in", "acme-tw", "acme-vb", "acme-tx"] {
        assert!(
            first
                .stdout
                .contains(&format!("+ trunk {name} will be created")),
            "{}",
            first.stdout
        );
    }
    assert!(
        first
            .stdout
            .contains("Plan: 5 to create, 0 to update, 0 to replace, 0 to delete.")
    );
    // Not a terminal and NO_COLOR unset: no colour.
    assert!(!first.stdout.contains('\u{1b}'), "colour on a pipe");
    // Planning sent no write.
    let before = requests_total(&emulator);
    let (_, plan) = plan_json(&emulator, &file);
    assert_eq!(changed(&plan).len(), 5);
    let log: Value = blocking_get(&format!(
        "{}/__emulator/requests",
        emulator.origins["plivo"].as_str().unwrap()
    ));
    assert!(
        log["requests"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["method"] == "GET"),
        "plan wrote: {log}"
    );
    assert!(requests_total(&emulator) > before);

    // 2. Apply, then the plan is empty (exit 0).
    let applied = run(&emulator, &["apply", "-f", &file, "--auto-approve"], &[]);
    assert_eq!(applied.code, 0, "{}\n{}", applied.stdout, applied.stderr);
    assert!(
        applied.stdout.contains("Apply: 5 trunk(s) done, 0 failed."),
        "{}",
        applied.stdout
    );
    let empty = run(
        &emulator,
        &["plan", "-f", &file, "--detailed-exitcode"],
        &[],
    );
    assert_eq!(empty.code, 0, "{}\n{}", empty.stdout, empty.stderr);
    assert!(empty.stdout.contains("No changes."), "{}", empty.stdout);

    // 3. Drift outside trunkline: the plan shows exactly it.
    make_drift(&emulator);
    let (code, plan) = plan_json(&emulator, &file);
    assert_eq!(code, 2);
    assert_eq!(
        changed(&plan),
        vec![
            (
                "twilio".to_owned(),
                "acme-tw".to_owned(),
                "update".to_owned()
            ),
            (
                "vobiz".to_owned(),
                "acme-vb".to_owned(),
                "create".to_owned()
            ),
        ]
    );
    let twilio = plan["carriers"][1]["trunks"][0]["changes"]
        .as_array()
        .unwrap();
    assert_eq!(twilio.len(), 1, "{twilio:?}");
    assert_eq!(twilio[0]["field"], "secure");
    assert_eq!(twilio[0]["before"], "false");
    assert_eq!(twilio[0]["after"], "true");
    let text = run(&emulator, &["plan", "-f", &file], &[]);
    assert!(text.stdout.contains("~ trunk acme-tw"), "{}", text.stdout);
    assert!(
        text.stdout.contains("secure false → true"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("+ trunk acme-vb will be created"),
        "{}",
        text.stdout
    );

    // 4. Apply fixes it; the plan is empty again.
    let fixed = run(&emulator, &["apply", "-f", &file, "--auto-approve"], &[]);
    assert_eq!(fixed.code, 0, "{}\n{}", fixed.stdout, fixed.stderr);
    let (code, plan) = plan_json(&emulator, &file);
    assert_eq!((code, changed(&plan)), (0, vec![]));
}

#[test]
fn colour_only_when_forced_and_never_with_no_color() {
    let emulator = start_emulator();
    let dir = scratch("colour");
    let file = write(&dir, "trunks.yaml", DOCUMENT);
    let forced = run(
        &emulator,
        &["plan", "-f", &file],
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(forced.stdout.contains('\u{1b}'), "{}", forced.stdout);
    let none = run(
        &emulator,
        &["plan", "-f", &file],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
    );
    assert!(!none.stdout.contains('\u{1b}'), "{}", none.stdout);
    assert!(none.stdout.contains("+ trunk acme-vb will be created"));
}

#[test]
fn a_bad_document_sends_nothing_and_names_every_place() {
    let emulator = start_emulator();
    let dir = scratch("bad");
    let bad = DOCUMENT
        .replace("networks: [203.0.113.7]", "networks: [203.0.113.7/8]")
        .replace("name: acme-vb", "name: other-vb");
    let file = write(&dir, "bad.yaml", &bad);
    let before = requests_total(&emulator);
    for command in [
        &["validate", "-f", &file][..],
        &["plan", "-f", &file],
        &["apply", "-f", &file, "--auto-approve"],
    ] {
        let run = run(&emulator, command, &[]);
        assert_eq!(run.code, 1, "{command:?}: {}", run.stdout);
        assert!(
            run.stderr
                .contains(&format!("{file}:9:20: carriers[0].trunks[0].networks[0]")),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr
                .contains("carriers[2].trunks[0].name: `other-vb` is outside `owns: acme-*`"),
            "{}",
            run.stderr
        );
    }
    let json = run(&emulator, &["validate", "-f", &file, "-o", "json"], &[]);
    let body: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(body["problems"].as_array().unwrap().len(), 2);
    assert_eq!(body["problems"][0]["at"]["line"], 9);
    assert_eq!(
        requests_total(&emulator),
        before,
        "a bad document reached the carrier"
    );
    // A missing password variable: also refused before anything is sent.
    let good = write(&dir, "good.yaml", DOCUMENT);
    let missing = run(
        &emulator,
        &["plan", "-f", &good],
        &[("ACME_B_PASSWORD", "")],
    );
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("ACME_B_PASSWORD is not set"),
        "{}",
        missing.stderr
    );
    assert_eq!(requests_total(&emulator), before);
}

#[test]
fn apply_asks_first_and_export_round_trips() {
    let emulator = start_emulator();
    let dir = scratch("export");
    let file = write(&dir, "trunks.yaml", DOCUMENT);
    // Standard input is not a terminal and no --auto-approve: nothing is changed.
    let refused = run(&emulator, &["apply", "-f", &file], &[]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("--auto-approve"),
        "{}",
        refused.stderr
    );
    let still = run(
        &emulator,
        &["plan", "-f", &file, "--detailed-exitcode"],
        &[],
    );
    assert_eq!(still.code, 2);
    let applied = run(
        &emulator,
        &["apply", "-f", &file, "--auto-approve", "-o", "json"],
        &[],
    );
    assert_eq!(applied.code, 0, "{}", applied.stderr);
    let report: Value = serde_json::from_str(&applied.stdout).unwrap();
    assert_eq!(report["outcomes"].as_array().unwrap().len(), 5);

    // Export each account, then plan the export: nothing to change.
    for vendor in ["plivo", "twilio", "vobiz", "telnyx"] {
        let export = run(
            &emulator,
            &["export", "--vendor", vendor, "--match", "acme-*"],
            &[],
        );
        assert_eq!(export.code, 0, "{}", export.stderr);
        assert!(
            export
                .stdout
                .starts_with("# yaml-language-server: $schema=")
        );
        let exported = write(&dir, &format!("{vendor}.yaml"), &export.stdout);
        let mut env: Vec<(String, String)> = Vec::new();
        for line in export.stdout.lines() {
            if let Some(name) = line.trim().strip_prefix("password_env: ") {
                env.push((name.trim().to_owned(), PASSWORD_A.to_owned()));
            }
        }
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let plan = run(
            &emulator,
            &["plan", "-f", &exported, "--detailed-exitcode"],
            &env,
        );
        assert_eq!(
            plan.code, 0,
            "{vendor}: {}\n{}\n{}",
            export.stdout, plan.stdout, plan.stderr
        );
    }
}

#[test]
fn calls_list_reads_the_range_as_a_table_or_json() {
    let emulator = start_emulator();
    let now = an_hour_and_three_days_ago();
    let url = format!(
        "{}/__emulator/calls",
        emulator.origins["plivo"].as_str().unwrap()
    );
    let body = serde_json::json!({"calls": [
        {"call_uuid": "90b6eb07-796c-4d86-a4fd-44ed11667ddb", "end_time": now.0,
         "from_number": "+12025551234", "to_number": "+13125550100",
         "call_direction": "outbound", "bill_duration": 60},
        {"call_uuid": "11111111-796c-4d86-a4fd-44ed11667ddb", "end_time": now.1,
         "from_number": "+12025559999", "to_number": "+13125550100",
         "call_direction": "inbound", "bill_duration": 5}
    ]});
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async move {
            let response = reqwest::Client::new()
                .post(&url)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 201);
        });
    // The last day: only the first call (the second ended 3 days ago).
    let table = run(
        &emulator,
        &["calls", "list", "--vendor", "plivo", "--since", "24h"],
        &[],
    );
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(
        table
            .stdout
            .contains("90b6eb07-796c-4d86-a4fd-44ed11667ddb"),
        "{}",
        table.stdout
    );
    assert!(!table.stdout.contains("11111111-"), "{}", table.stdout);
    assert!(table.stdout.contains("1 call(s)"), "{}", table.stdout);
    let json = run(
        &emulator,
        &[
            "calls", "list", "--vendor", "plivo", "--since", "7d", "-o", "json",
        ],
        &[],
    );
    let calls: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(calls.as_array().unwrap().len(), 2, "{calls}");
    let bad = run(
        &emulator,
        &["calls", "list", "--vendor", "plivo", "--since", "soon"],
        &[],
    );
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.contains("is not a time"), "{}", bad.stderr);
}

/// An hour ago and three days ago, RFC 3339.
fn an_hour_and_three_days_ago() -> (String, String) {
    let now = chrono::Utc::now();
    (
        (now - chrono::Duration::hours(1)).to_rfc3339(),
        (now - chrono::Duration::days(3)).to_rfc3339(),
    )
}

/// Outbound Telnyx trunks need an outbound voice profile: `trunkline emulator` makes one and
/// `--emulator` uses it, so they apply offline; a document may name its own instead.
#[test]
fn outbound_telnyx_trunks_apply_offline_through_the_emulators_profile() {
    let emulator = start_emulator();
    let profile = emulator.origins["telnyx_outbound_voice_profile"]
        .as_str()
        .expect("the ready line names the profile")
        .to_owned();
    let dir = scratch("telnyx-out");
    let file = write(
        &dir,
        "telnyx.yaml",
        r#"
carriers:
  - vendor: telnyx
    owns: "acme-*"
    trunks:
      - name: acme-tx-out
        direction: outbound
        credentials: [{ username: acmetx01, password_env: ACME_A_PASSWORD }]
"#,
    );
    let apply = run(&emulator, &["apply", "-f", &file, "--auto-approve"], &[]);
    assert_eq!(apply.code, 0, "{}\n{}", apply.stdout, apply.stderr);
    let (code, plan) = plan_json(&emulator, &file);
    assert_eq!(code, 0, "{plan}");
    assert!(changed(&plan).is_empty(), "{plan}");
    // A connection with a profile places calls too: it reads back two-way.
    let got = run(
        &emulator,
        &[
            "trunks",
            "get",
            "acme-tx-out",
            "--vendor",
            "telnyx",
            "-o",
            "json",
        ],
        &[],
    );
    assert_eq!(got.code, 0, "{}", got.stderr);
    let trunk: Value = serde_json::from_str(&got.stdout).unwrap();
    assert_eq!(trunk["direction"], "both", "{trunk}");

    // A profile the document names wins over the emulator's: one that does not exist is
    // refused by the carrier, and nothing is created.
    let other = write(
        &dir,
        "other.yaml",
        r#"
carriers:
  - vendor: telnyx
    owns: "zeta-*"
    outbound_voice_profile: "999999"
    trunks:
      - name: zeta-out
        direction: outbound
        credentials: [{ username: zeta01, password_env: ACME_A_PASSWORD }]
"#,
    );
    assert_ne!(profile, "999999");
    let refused = run(&emulator, &["apply", "-f", &other, "--auto-approve"], &[]);
    assert_ne!(refused.code, 0, "{}", refused.stdout);
    assert!(
        format!("{}{}", refused.stdout, refused.stderr).contains("999999"),
        "{}\n{}",
        refused.stdout,
        refused.stderr
    );
}
