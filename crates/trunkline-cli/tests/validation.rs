//! One test per validation rule of a desired-state document: the message, the path and the
//! line:column it names. Validation runs before any provider exists, so nothing can be sent
//! (the CLI's end-to-end test checks the emulator's request log stays empty for a bad file).

use trunkline::desired::{Document, EnvSource, Format, Problem};

fn check(yaml: &str) -> Vec<Problem> {
    match Document::parse(yaml, Format::Yaml) {
        Ok(_) => Vec::new(),
        Err(err) => err.problems().to_vec(),
    }
}

/// The one problem at `path`: its line, column and message.
#[track_caller]
fn at<'a>(problems: &'a [Problem], path: &str) -> &'a Problem {
    let found: Vec<&Problem> = problems.iter().filter(|p| p.path == path).collect();
    assert_eq!(
        found.len(),
        1,
        "expected one problem at {path}, got {found:?} in {problems:#?}"
    );
    found[0]
}

#[track_caller]
fn assert_problem(problem: &Problem, line: u32, column: u32, needle: &str) {
    let at = problem.at.expect("a position");
    assert_eq!(
        (at.line, at.column),
        (line, column),
        "position of {problem:?}"
    );
    assert!(
        problem.message.contains(needle),
        "{:?} should contain {needle:?}",
        problem.message
    );
}

const GOOD: &str = r#"
carriers:
  - vendor: twilio
    owns: "acme-*"
    trunks:
      - name: acme-out
        direction: outbound
        secure: true
        sip_domain: acme-out.pstn.twilio.com
        credentials:
          - username: acme01
            password_env: ACME01_SIP_PASSWORD
        networks: [203.0.113.7/32, 198.51.100.0/24]
        origination_uris:
          - uri: sip:pbx1.example.com:5060
        phone_numbers: []
"#;

#[test]
fn the_issue_example_is_valid() {
    let document = Document::parse(GOOD, Format::Yaml).unwrap();
    let trunk = &document.desired().carriers[0].trunks[0];
    assert_eq!(trunk.name, "acme-out");
    assert_eq!(trunk.credentials[0].password_env, "ACME01_SIP_PASSWORD");
}

#[test]
fn json_documents_are_read_with_positions_too() {
    let json = "{\n  \"carriers\": [\n    {\"vendor\": \"plivo\", \"owns\": \"a-*\",\n     \"trunks\": [{\"name\": \"a-1\", \"direction\": \"up\"}]}\n  ]\n}\n";
    let problems = problems_json(json);
    let p = at(&problems, "carriers[0].trunks[0].direction");
    assert!(p.message.contains("`inbound`, `outbound`, `both`"), "{p:?}");
    assert_eq!(p.at.map(|a| a.line), Some(4));
}

fn problems_json(json: &str) -> Vec<Problem> {
    Document::parse(json, Format::Json)
        .err()
        .map(|e| e.problems().to_vec())
        .unwrap_or_default()
}

#[test]
fn syntax_errors_name_line_and_column() {
    let problems = check("carriers:\n  - vendor: plivo\n    owns: [unclosed\n");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "");
    assert!(problems[0].at.is_some(), "{problems:?}");
    let json = problems_json("{\"carriers\": [}");
    assert_eq!(json.len(), 1);
    assert_eq!(json[0].at.map(|a| (a.line, a.column)), Some((1, 15)));
}

#[test]
fn unknown_keys_are_refused_naming_the_known_ones() {
    let yaml = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: inbound\n        secur: true\n        origination_uris: [{uri: \"sip:x.example.com\"}]\n";
    let problems = check(yaml);
    let p = at(&problems, "carriers[0].trunks[0].secur");
    assert_problem(p, 7, 9, "unknown key `secur`");
    assert!(p.message.contains("secure"), "{p:?}");
}

#[test]
fn inline_passwords_are_refused_saying_why() {
    let yaml = "carriers:\n  - vendor: twilio\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: outbound\n        credentials:\n          - username: bob\n            password: Hunter2-secret\n";
    let problems = check(yaml);
    let p = at(&problems, "carriers[0].trunks[0].credentials[0].password");
    assert_problem(p, 9, 13, "inline passwords are refused");
    assert!(p.message.contains("password_env"));
    assert!(
        !p.message.contains("Hunter2"),
        "the password is echoed: {p:?}"
    );
    // The missing password_env is reported as well: all problems at once.
    let missing = at(&problems, "carriers[0].trunks[0].credentials[0]");
    assert!(missing.message.contains("missing key `password_env`"));
}

#[test]
fn wrong_types_are_refused_with_what_was_found() {
    let yaml = "carriers:\n  - vendor: vobiz\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: outbound\n        secure: \"yes\"\n        max_concurrent_calls: -3\n        networks: 10.0.0.1\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].trunks[0].secure"),
        7,
        17,
        "expected true or false, found text \"yes\"",
    );
    assert_problem(
        at(&problems, "carriers[0].trunks[0].max_concurrent_calls"),
        8,
        31,
        "must be at least 0",
    );
    assert_problem(
        at(&problems, "carriers[0].trunks[0].networks"),
        9,
        19,
        "expected a list",
    );
}

#[test]
fn missing_keys_are_named() {
    let yaml = "carriers:\n  - vendor: plivo\n    trunks:\n      - direction: outbound\n";
    let problems = check(yaml);
    let carrier = at(&problems, "carriers[0]");
    assert_problem(carrier, 2, 5, "missing key `owns`");
    let trunk = at(&problems, "carriers[0].trunks[0]");
    assert_problem(trunk, 4, 9, "missing key `name`");
}

#[test]
fn unknown_vendors_list_the_known_ones() {
    let problems = check("carriers:\n  - vendor: sinch\n    owns: \"*\"\n");
    assert_problem(
        at(&problems, "carriers[0].vendor"),
        2,
        13,
        "expected one of `plivo`, `twilio`, `vobiz`, `telnyx`, found text \"sinch\"",
    );
}

#[test]
fn telnyx_rules_are_checked_like_the_others() {
    let yaml = "carriers:\n  - vendor: telnyx\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: both\n        networks: [203.0.113.0/24]\n      - name: a-2\n        direction: both\n        credentials: [{username: telnyx01, password_env: T_PW}]\n        networks: [203.0.113.9]\n      - name: a-3\n        direction: both\n        credentials: [{username: telnyx03, password_env: T_PW}]\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].trunks[0].networks[0]"),
        7,
        20,
        "Telnyx IP access lists take single addresses, not ranges",
    );
    let p = problems
        .iter()
        .find(|p| p.path.starts_with("carriers[0].trunks[1]"))
        .expect("the second trunk has a problem");
    assert!(p.message.contains("either by credentials"), "{p:?}");
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

#[test]
fn duplicate_trunk_names_name_both_places() {
    let yaml = "carriers:\n  - vendor: twilio\n    owns: \"a-*\"\n    trunks:\n      - {name: a-1, direction: both}\n      - {name: a-2, direction: both}\n      - {name: a-1, direction: both}\n";
    let problems = check(yaml);
    let p = at(&problems, "carriers[0].trunks[2].name");
    assert_problem(p, 7, 16, "duplicate trunk name `a-1`");
    assert!(p.message.contains("carriers[0].trunks[0].name"), "{p:?}");
}

#[test]
fn duplicate_keys_are_refused() {
    let yaml = "carriers:\n  - vendor: twilio\n    owns: \"a-*\"\n    owns: \"b-*\"\n";
    let problems = check(yaml);
    // Either the YAML reader refuses the duplicate itself, or the check names the key.
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert!(p.message.to_lowercase().contains("duplicate"), "{p:?}");
    assert_eq!(p.at.map(|a| a.line), Some(4), "{p:?}");
}

#[test]
fn names_outside_owns_are_refused() {
    let yaml = "carriers:\n  - vendor: twilio\n    owns: \"acme-*\"\n    trunks:\n      - name: other-out\n        direction: both\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].trunks[0].name"),
        5,
        15,
        "`other-out` is outside `owns: acme-*`",
    );
}

#[test]
fn an_empty_owns_is_refused() {
    let problems = check("carriers:\n  - vendor: twilio\n    owns: \" \"\n");
    assert_problem(at(&problems, "carriers[0].owns"), 3, 11, "`owns` is empty");
}

#[test]
fn two_accounts_of_one_vendor_need_labels() {
    let yaml =
        "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n  - vendor: plivo\n    owns: \"b-*\"\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[1].vendor"),
        4,
        13,
        "a second carrier entry for the account `plivo`",
    );
    let labelled = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n  - vendor: plivo\n    account: second\n    owns: \"b-*\"\n    env: {auth_id: SECOND_PLIVO_ID, auth_token: SECOND_PLIVO_TOKEN}\n";
    assert_eq!(Document::parse(labelled, Format::Yaml).err(), None);
}

#[test]
fn env_overrides_name_variables_the_vendor_has() {
    let yaml = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n    env:\n      account_sid: X_SID\n      auth_token: \"my secret token\"\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].env.account_sid"),
        5,
        20,
        "plivo credentials have no `account_sid`",
    );
    assert_problem(
        at(&problems, "carriers[0].env.auth_token"),
        6,
        19,
        "is not an environment-variable name",
    );
}

#[test]
fn password_env_must_name_a_variable() {
    let yaml = "carriers:\n  - vendor: twilio\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: both\n        credentials: [{username: bob, password_env: \"Hunter2 secret\"}]\n";
    let problems = check(yaml);
    assert_problem(
        at(
            &problems,
            "carriers[0].trunks[0].credentials[0].password_env",
        ),
        7,
        53,
        "is not an environment-variable name",
    );
}

#[test]
fn bad_networks_say_what_is_wrong() {
    let yaml = "carriers:\n  - vendor: twilio\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: both\n        networks:\n          - 203.0.113.7\n          - 10.0.0.1/24\n          - 300.1.1.1\n          - 203.0.113.7/32\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].trunks[0].networks[1]"),
        9,
        13,
        "did you mean 10.0.0.0/24",
    );
    assert_problem(
        at(&problems, "carriers[0].trunks[0].networks[2]"),
        10,
        13,
        "is not an IP address",
    );
    assert_problem(
        at(&problems, "carriers[0].trunks[0].networks[3]"),
        11,
        13,
        "duplicate network 203.0.113.7/32 (also networks[0])",
    );
}

#[test]
fn duplicate_usernames_uris_and_numbers_are_refused() {
    let yaml = "carriers:\n  - vendor: twilio\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: both\n        credentials: [{username: bob, password_env: A}, {username: bob, password_env: B}]\n        origination_uris: [{uri: \"sip:a.example.com\"}, {uri: \"sip:a.example.com\"}]\n        phone_numbers: [PN1, PN1]\n";
    let problems = check(yaml);
    assert!(
        at(&problems, "carriers[0].trunks[0].credentials[1].username")
            .message
            .contains("duplicate username `bob`")
    );
    assert!(
        at(&problems, "carriers[0].trunks[0].origination_uris[1].uri")
            .message
            .contains("duplicate origination URI")
    );
    assert!(
        at(&problems, "carriers[0].trunks[0].phone_numbers[1]")
            .message
            .contains("duplicate phone number")
    );
}

#[test]
fn two_credentials_on_a_plivo_trunk_are_refused() {
    let yaml = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: outbound\n        credentials:\n          - {username: alice, password_env: A_PW}\n          - {username: bobby, password_env: B_PW}\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].trunks[0].credentials[1]"),
        9,
        13,
        "Plivo allows at most 1 credentials per trunk",
    );
}

#[test]
fn attachments_in_the_wrong_direction_are_refused() {
    // Plivo: origination URIs on inbound trunks only.
    let yaml = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: outbound\n        networks: [203.0.113.7]\n        origination_uris: [{uri: \"sip:pbx.example.com\"}]\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].trunks[0].origination_uris"),
        8,
        27,
        "origination_uris on inbound trunks only",
    );
}

#[test]
fn vendor_field_rules_are_checked_before_sending() {
    // Vobiz: one network per IP access list; IPv4 only. Twilio: domain suffix, 64-char names.
    let vobiz = "carriers:\n  - vendor: vobiz\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: outbound\n        networks: [203.0.113.7, 198.51.100.0/24]\n";
    let problems = check(vobiz);
    assert!(
        at(&problems, "carriers[0].trunks[0].networks[1]")
            .message
            .contains("at most 1 networks per trunk"),
        "{problems:?}"
    );
    let long = "a-".to_owned() + &"x".repeat(70);
    let twilio = format!(
        "carriers:\n  - vendor: twilio\n    owns: \"a-*\"\n    trunks:\n      - name: {long}\n        direction: both\n        sip_domain: a.example.com\n        networks: [\"2001:db8::/32\"]\n"
    );
    let problems = check(&twilio);
    assert_problem(
        at(&problems, "carriers[0].trunks[0].name"),
        5,
        15,
        "at most 64 characters",
    );
    assert!(
        at(&problems, "carriers[0].trunks[0].sip_domain")
            .message
            .contains("pstn.twilio.com"),
        "{problems:?}"
    );
    assert!(
        at(&problems, "carriers[0].trunks[0].networks[0]")
            .message
            .contains("IPv4"),
        "{problems:?}"
    );
}

#[test]
fn settings_a_vendor_lacks_are_refused() {
    // Plivo has no concurrent-call limit; origination URIs there have no priority or weight.
    let yaml = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: inbound\n        max_concurrent_calls: 10\n        origination_uris: [{uri: \"sip:pbx.example.com\", weight: 5}]\n";
    let problems = check(yaml);
    assert_eq!(
        at(&problems, "carriers[0].trunks[0].max_concurrent_calls")
            .at
            .map(|a| a.line),
        Some(7)
    );
    assert!(
        at(
            &problems,
            "carriers[0].trunks[0].origination_uris[0].weight"
        )
        .message
        .contains("remove `weight`"),
        "{problems:?}"
    );
}

#[test]
fn whole_trunk_rules_are_checked() {
    // A Plivo inbound trunk needs an origination URI.
    let yaml = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: inbound\n";
    let problems = check(yaml);
    assert!(
        at(&problems, "carriers[0].trunks[0].origination_uris")
            .message
            .contains("inbound trunk needs at least one origination URI"),
        "{problems:?}"
    );
    // Plivo cannot attach numbers to trunks.
    let yaml = "carriers:\n  - vendor: plivo\n    owns: \"a-*\"\n    trunks:\n      - name: a-1\n        direction: outbound\n        networks: [203.0.113.7]\n        phone_numbers: [\"+14155550100\"]\n";
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].trunks[0].phone_numbers"),
        8,
        24,
        "Plivo cannot attach phone numbers",
    );
}

#[test]
fn every_problem_is_reported_at_once_in_file_order() {
    let yaml = "carriers:\n  - vendor: twilio\n    owns: \"a-*\"\n    trunks:\n      - {name: b-1, direction: both}\n      - {name: a-2, direction: both, networks: [1.2.3.4/8]}\n      - {name: a-2, direction: both}\n";
    let problems = check(yaml);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    let lines: Vec<u32> = problems.iter().map(|p| p.at.unwrap().line).collect();
    assert_eq!(lines, vec![5, 6, 7]);
}

#[test]
fn missing_password_variables_and_weak_passwords_are_problems_at_password_env() {
    let document = Document::parse(GOOD, Format::Yaml).unwrap();
    let err = document
        .resolve(&EnvSource::from_pairs([("OTHER", "x")]))
        .unwrap_err();
    let p = at(
        err.problems(),
        "carriers[0].trunks[0].credentials[0].password_env",
    );
    assert_problem(p, 12, 27, "ACME01_SIP_PASSWORD is not set");
    let err = document
        .resolve(&EnvSource::from_pairs([("ACME01_SIP_PASSWORD", "weakpw")]))
        .unwrap_err();
    let p = at(
        err.problems(),
        "carriers[0].trunks[0].credentials[0].password_env",
    );
    assert!(
        p.message.contains("Twilio requires at least 12 characters"),
        "{p:?}"
    );
    assert!(!p.message.contains("weakpw"));
    let ok = document
        .resolve(&EnvSource::from_pairs([(
            "ACME01_SIP_PASSWORD",
            "Str0ng-enough-pw",
        )]))
        .unwrap();
    assert_eq!(ok.carriers[0].trunks[0].1.credentials.len(), 1);
    assert!(!format!("{ok:?}").contains("Str0ng-enough-pw"));
}

#[test]
fn errors_display_file_line_column_path_and_message() {
    let err = Document::parse("carriers:\n  - vendor: plivo\n    owns: 3\n", Format::Yaml)
        .unwrap_err()
        .in_file("trunks.yaml");
    let text = err.to_string();
    assert!(
        text.contains("trunks.yaml:3:11: carriers[0].owns: expected text, found the number 3"),
        "{text}"
    );
}

#[test]
fn hostile_documents_are_refused_without_a_panic() {
    // 200,000 nested lists.
    let deep = format!("carriers: {}{}", "[".repeat(200_000), "]".repeat(200_000));
    let problems = check(&deep);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].message.contains("recursion limit"),
        "{problems:?}"
    );
    assert!(!problems[0].message.starts_with("error:"), "{problems:?}");
    // Aliases that expand to 10^11 nodes.
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        bomb.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    let problems = check(&bomb);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].message.contains("budget"), "{problems:?}");
    // Deep JSON.
    let json = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let problems = problems_json(&json);
    assert_eq!(problems.len(), 1, "{problems:?}");
    // Not a mapping at all.
    let problems = check("- just\n- a list\n");
    assert!(
        problems[0].message.contains("expected a mapping"),
        "{problems:?}"
    );
    // Empty.
    assert!(!check("").is_empty());
}

#[test]
fn an_outbound_voice_profile_only_on_telnyx_and_never_empty() {
    let yaml = r#"
carriers:
  - vendor: plivo
    owns: "a-*"
    outbound_voice_profile: "1293384261075731499"
  - vendor: telnyx
    owns: "b-*"
    outbound_voice_profile: " "
  - vendor: telnyx
    account: second
    owns: "c-*"
    outbound_voice_profile: "1293384261075731499"
"#;
    let problems = check(yaml);
    assert_problem(
        at(&problems, "carriers[0].outbound_voice_profile"),
        5,
        29,
        "only Telnyx's do",
    );
    assert_problem(
        at(&problems, "carriers[1].outbound_voice_profile"),
        8,
        29,
        "is empty",
    );
    assert_eq!(problems.len(), 2, "{problems:#?}");
}
