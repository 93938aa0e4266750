//! Twilio trunking v1 and 2010-04-01 SIP lists over raw HTTP.

use reqwest::Method;
use serde_json::{Value, json};
use trunkline_emulator::{
    DEFAULT_TWILIO_API_KEY_SECRET, DEFAULT_TWILIO_API_KEY_SID, DEFAULT_TWILIO_AUTH_TOKEN,
    EmulatorConfig,
};

use crate::common::{AC, Env, assert_twilio_error, expect, s, send, start, start_with};

async fn create_trunk(env: &Env, form: &[(&str, &str)]) -> Value {
    expect(env.twilio(Method::POST, "/v1/Trunks").form(form), 201).await
}

async fn create_credential_list(env: &Env, name: &str) -> String {
    let body = expect(
        env.twilio_api(Method::POST, "SIP/CredentialLists.json")
            .form(&[("FriendlyName", name)]),
        201,
    )
    .await;
    s(&body, "sid")
}

async fn create_ip_acl(env: &Env, name: &str) -> String {
    let body = expect(
        env.twilio_api(Method::POST, "SIP/IpAccessControlLists.json")
            .form(&[("FriendlyName", name)]),
        201,
    )
    .await;
    s(&body, "sid")
}

#[tokio::test]
async fn trunk_lifecycle() {
    let env = start().await;
    let trunk = create_trunk(
        &env,
        &[
            ("FriendlyName", "primary"),
            ("DomainName", "acme.pstn.twilio.com"),
            ("DisasterRecoveryUrl", "http://disaster-recovery.com"),
            ("DisasterRecoveryMethod", "GET"),
            ("TransferMode", "enable-all"),
            ("Secure", "true"),
            ("CnamLookupEnabled", "False"),
        ],
    )
    .await;
    let sid = s(&trunk, "sid");
    assert!(sid.starts_with("TK") && sid.len() == 34, "{sid}");
    assert_eq!(trunk["account_sid"], AC);
    assert_eq!(trunk["domain_name"], "acme.pstn.twilio.com");
    assert_eq!(trunk["secure"], true);
    assert_eq!(trunk["cnam_lookup_enabled"], false);
    assert_eq!(trunk["transfer_mode"], "enable-all");
    assert_eq!(trunk["transfer_caller_id"], "from-transferee");
    assert_eq!(
        trunk["recording"],
        json!({"mode": "do-not-record", "trim": "do-not-trim"})
    );
    assert_eq!(trunk["auth_type"], "");
    let url = format!("{}/v1/Trunks/{sid}", env.emu.twilio_trunking_url());
    assert_eq!(trunk["url"], url.as_str());
    assert_eq!(
        trunk["links"]["origination_urls"],
        format!("{url}/OriginationUrls")
    );
    assert!(s(&trunk, "date_created").ends_with('Z'));

    let fetched = expect(env.twilio(Method::GET, &format!("/v1/Trunks/{sid}")), 200).await;
    assert_eq!(fetched, trunk);

    let updated = expect(
        env.twilio(Method::POST, &format!("/v1/Trunks/{sid}"))
            .form(&[
                ("FriendlyName", "renamed"),
                ("TransferCallerId", "from-transferor"),
            ]),
        200,
    )
    .await;
    assert_eq!(updated["friendly_name"], "renamed");
    assert_eq!(updated["transfer_caller_id"], "from-transferor");
    assert_eq!(
        updated["domain_name"], "acme.pstn.twilio.com",
        "partial update"
    );
    // An update with no parameters is an empty POST.
    expect(env.twilio(Method::POST, &format!("/v1/Trunks/{sid}")), 200).await;

    // Rules.
    for (form, why) in [
        (
            vec![("DomainName", "acme.example.com")],
            "domain outside pstn.twilio.com",
        ),
        (vec![("DomainName", "acme.pstn.twilio.com")], "domain taken"),
        (vec![("Secure", "yes")], "bad boolean"),
        (vec![("TransferMode", "all")], "bad enum"),
        (vec![("DisasterRecoveryUrl", "not a url")], "bad URL"),
        (vec![("DisasterRecoveryMethod", "PUT")], "bad method"),
    ] {
        let (status, body) = send(env.twilio(Method::POST, "/v1/Trunks").form(&form)).await;
        assert_eq!(status, 400, "{why}: {body}");
        assert_twilio_error(&body, 400, 20001);
    }
    let long_name = "x".repeat(65);
    expect(
        env.twilio(Method::POST, "/v1/Trunks")
            .form(&[("FriendlyName", long_name.as_str())]),
        400,
    )
    .await;
    assert_eq!(env.emu.twilio_trunking().trunk_count(), 1);

    let (status, body) = send(env.twilio(Method::DELETE, &format!("/v1/Trunks/{sid}"))).await;
    assert_eq!(status, 204);
    assert!(body.is_null());
    let body = expect(env.twilio(Method::GET, &format!("/v1/Trunks/{sid}")), 404).await;
    assert_twilio_error(&body, 404, 20404);
    // The domain is free again.
    create_trunk(&env, &[("DomainName", "acme.pstn.twilio.com")]).await;
}

#[tokio::test]
async fn trunk_paging_follows_absolute_next_page_url() {
    let env = start().await;
    let mut created = Vec::new();
    for i in 0..7 {
        let t = create_trunk(&env, &[("FriendlyName", &format!("t{i}"))]).await;
        created.push(s(&t, "sid"));
    }
    let origin = env.emu.twilio_trunking_url().to_owned();
    let mut url = format!("{origin}/v1/Trunks?PageSize=3");
    let mut seen = Vec::new();
    let mut pages = Vec::new();
    loop {
        let page = expect(env.twilio(Method::GET, &url), 200).await;
        let meta = &page["meta"];
        assert_eq!(meta["key"], "trunks");
        assert_eq!(meta["page_size"], 3);
        assert_eq!(
            meta["first_page_url"],
            format!("{origin}/v1/Trunks?PageSize=3&Page=0")
        );
        for t in page["trunks"].as_array().expect("trunks") {
            seen.push(s(t, "sid"));
        }
        pages.push(page.clone());
        match meta["next_page_url"].as_str() {
            Some(next) => {
                assert!(
                    next.starts_with(&origin),
                    "absolute, from our origin: {next}"
                );
                assert!(next.contains("PageToken="), "{next}");
                url = next.to_owned();
            }
            None => break,
        }
    }
    assert_eq!(seen, created);
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[2]["meta"]["page"], 2);
    assert_eq!(pages[0]["meta"]["previous_page_url"], Value::Null);
    let prev = pages[2]["meta"]["previous_page_url"]
        .as_str()
        .expect("previous")
        .to_owned();
    let back = expect(env.twilio(Method::GET, &prev), 200).await;
    let back_sids: Vec<String> = back["trunks"]
        .as_array()
        .expect("trunks")
        .iter()
        .map(|t| s(t, "sid"))
        .collect();
    assert_eq!(back_sids, created[3..6]);

    // next_page_url uses the Host the request was sent to.
    let localhost = origin.replace("127.0.0.1", "localhost");
    let page = expect(
        env.twilio(Method::GET, &format!("{localhost}/v1/Trunks?PageSize=2")),
        200,
    )
    .await;
    assert!(
        page["meta"]["next_page_url"]
            .as_str()
            .is_some_and(|u| u.starts_with(&localhost)),
        "{page}"
    );

    expect(env.twilio(Method::GET, "/v1/Trunks?PageSize=1000"), 200).await;
    for bad in [
        "PageSize=1001",
        "PageSize=0",
        "PageSize=x",
        "Page=-1",
        "PageToken=bogus",
    ] {
        let (status, body) = send(env.twilio(Method::GET, &format!("/v1/Trunks?{bad}"))).await;
        assert_eq!(status, 400, "{bad}: {body}");
    }
    let body = expect(env.twilio(Method::GET, "/v1/Trunks?PageToken=bogus"), 400).await;
    assert_twilio_error(&body, 400, 21481);
}

#[tokio::test]
async fn sip_lists_credentials_and_ip_addresses() {
    let env = start().await;
    let cl = create_credential_list(&env, "Low Rises").await;
    assert!(cl.starts_with("CL"));
    let fetched = expect(
        env.twilio_api(Method::GET, &format!("SIP/CredentialLists/{cl}.json")),
        200,
    )
    .await;
    assert_eq!(fetched["friendly_name"], "Low Rises");
    assert_eq!(
        fetched["uri"],
        format!("/2010-04-01/Accounts/{AC}/SIP/CredentialLists/{cl}.json")
    );
    assert!(
        s(&fetched, "date_created").ends_with("+0000"),
        "RFC 2822 dates"
    );
    let renamed = expect(
        env.twilio_api(Method::POST, &format!("SIP/CredentialLists/{cl}.json"))
            .form(&[("FriendlyName", "High Rises")]),
        200,
    )
    .await;
    assert_eq!(renamed["friendly_name"], "High Rises");
    expect(
        env.twilio_api(Method::POST, &format!("SIP/CredentialLists/{cl}.json")),
        400,
    )
    .await;

    let creds = format!("SIP/CredentialLists/{cl}/Credentials.json");
    let weak = expect(
        env.twilio_api(Method::POST, &creds)
            .form(&[("Username", "alice"), ("Password", "password")]),
        400,
    )
    .await;
    assert_twilio_error(&weak, 400, 20001);
    let cred = expect(
        env.twilio_api(Method::POST, &creds)
            .form(&[("Username", "alice"), ("Password", "IWasAtSignal2018")]),
        201,
    )
    .await;
    let cr = s(&cred, "sid");
    assert!(cr.starts_with("CR"));
    assert_eq!(cred["credential_list_sid"], cl.as_str());
    assert!(cred.get("password").is_none());
    expect(
        env.twilio_api(Method::POST, &creds)
            .form(&[("Username", "alice"), ("Password", "IWasAtSignal2018")]),
        400,
    )
    .await;
    expect(
        env.twilio_api(Method::POST, &creds)
            .form(&[("Username", "bob")]),
        400,
    )
    .await;
    let cred_path = format!("SIP/CredentialLists/{cl}/Credentials/{cr}.json");
    expect(
        env.twilio_api(Method::POST, &cred_path)
            .form(&[("Password", "AnotherGood1Password")]),
        200,
    )
    .await;
    expect(
        env.twilio_api(Method::POST, &cred_path)
            .form(&[("Password", "weak")]),
        400,
    )
    .await;
    let list = expect(env.twilio_api(Method::GET, &creds), 200).await;
    assert_eq!(list["credentials"][0]["username"], "alice");
    assert_eq!(list["start"], 0);
    assert_eq!(list["end"], 0);
    expect(env.twilio_api(Method::DELETE, &cred_path), 204).await;
    expect(env.twilio_api(Method::GET, &cred_path), 404).await;

    let al = create_ip_acl(&env, "office").await;
    assert!(al.starts_with("AL"));
    let addrs = format!("SIP/IpAccessControlLists/{al}/IpAddresses.json");
    let bad = expect(
        env.twilio_api(Method::POST, &addrs)
            .form(&[("FriendlyName", "x"), ("IpAddress", "ip_address")]),
        400,
    )
    .await;
    assert_twilio_error(&bad, 400, 20001);
    let ip = expect(
        env.twilio_api(Method::POST, &addrs)
            .form(&[("FriendlyName", "gw"), ("IpAddress", "192.168.1.1")]),
        201,
    )
    .await;
    assert_eq!(ip["cidr_prefix_length"], 32, "defaults to /32");
    let ip_sid = s(&ip, "sid");
    assert!(ip_sid.starts_with("IP"));
    let ip_path = format!("SIP/IpAccessControlLists/{al}/IpAddresses/{ip_sid}.json");
    let updated = expect(
        env.twilio_api(Method::POST, &ip_path)
            .form(&[("CidrPrefixLength", "24"), ("IpAddress", "10.0.0.0")]),
        200,
    )
    .await;
    assert_eq!(updated["cidr_prefix_length"], 24);
    assert_eq!(updated["ip_address"], "10.0.0.0");
    expect(
        env.twilio_api(Method::POST, &ip_path)
            .form(&[("CidrPrefixLength", "33")]),
        400,
    )
    .await;
    let list = expect(env.twilio_api(Method::GET, &addrs), 200).await;
    assert_eq!(list["ip_addresses"].as_array().map(Vec::len), Some(1));
    expect(env.twilio_api(Method::DELETE, &ip_path), 204).await;

    // 2010 paging: relative next_page_uri, several pages.
    for i in 0..4 {
        create_credential_list(&env, &format!("list {i}")).await;
    }
    let mut page = expect(
        env.twilio_api(Method::GET, "SIP/CredentialLists.json?PageSize=2"),
        200,
    )
    .await;
    let mut names = Vec::new();
    loop {
        for l in page["credential_lists"].as_array().expect("lists") {
            names.push(s(l, "friendly_name"));
        }
        let Some(next) = page["next_page_uri"].as_str().map(str::to_owned) else {
            break;
        };
        assert!(next.starts_with("/2010-04-01/"), "relative: {next}");
        page = expect(env.twilio_api_uri(&next), 200).await;
    }
    assert_eq!(
        names,
        ["High Rises", "list 0", "list 1", "list 2", "list 3"]
    );
    assert_eq!(page["start"], 4);
    assert_eq!(page["end"], 4);
    assert_eq!(page["page"], 2);

    expect(
        env.twilio_api(
            Method::DELETE,
            &format!("SIP/IpAccessControlLists/{al}.json"),
        ),
        204,
    )
    .await;
    expect(
        env.twilio_api(Method::GET, &format!("SIP/IpAccessControlLists/{al}.json")),
        404,
    )
    .await;
}

#[tokio::test]
async fn trunk_associations_origination_urls_numbers_and_recording() {
    let env = start().await;
    let tk = s(&create_trunk(&env, &[("FriendlyName", "t")]).await, "sid");
    let other = s(
        &create_trunk(&env, &[("FriendlyName", "other")]).await,
        "sid",
    );
    let cl = create_credential_list(&env, "creds").await;
    let al = create_ip_acl(&env, "ips").await;

    let assoc = expect(
        env.twilio(Method::POST, &format!("/v1/Trunks/{tk}/CredentialLists"))
            .form(&[("CredentialListSid", cl.as_str())]),
        201,
    )
    .await;
    assert_eq!(assoc["sid"], cl.as_str());
    assert_eq!(assoc["trunk_sid"], tk.as_str());
    assert_eq!(assoc["friendly_name"], "creds");
    expect(
        env.twilio(Method::POST, &format!("/v1/Trunks/{tk}/CredentialLists"))
            .form(&[("CredentialListSid", cl.as_str())]),
        400,
    )
    .await;
    let missing = expect(
        env.twilio(Method::POST, &format!("/v1/Trunks/{tk}/CredentialLists"))
            .form(&[("CredentialListSid", "CLffffffffffffffffffffffffffffffff")]),
        404,
    )
    .await;
    assert_twilio_error(&missing, 404, 20404);
    expect(
        env.twilio(Method::POST, &format!("/v1/Trunks/{tk}/CredentialLists")),
        400,
    )
    .await;
    expect(
        env.twilio(
            Method::POST,
            &format!("/v1/Trunks/{tk}/IpAccessControlLists"),
        )
        .form(&[("IpAccessControlListSid", al.as_str())]),
        201,
    )
    .await;
    let trunk = expect(env.twilio(Method::GET, &format!("/v1/Trunks/{tk}")), 200).await;
    assert_eq!(trunk["auth_type"], "CREDENTIAL_LIST,IP_ACL");
    assert_eq!(trunk["auth_type_set"], json!(["CREDENTIAL_LIST", "IP_ACL"]));
    let list = expect(
        env.twilio(
            Method::GET,
            &format!("/v1/Trunks/{tk}/IpAccessControlLists"),
        ),
        200,
    )
    .await;
    assert_eq!(list["meta"]["key"], "ip_access_control_lists");
    assert_eq!(list["ip_access_control_lists"][0]["sid"], al.as_str());
    expect(
        env.twilio(
            Method::GET,
            &format!("/v1/Trunks/{tk}/CredentialLists/{cl}"),
        ),
        200,
    )
    .await;
    // Deleting the list in the 2010 API detaches it from the trunk.
    expect(
        env.twilio_api(
            Method::DELETE,
            &format!("SIP/IpAccessControlLists/{al}.json"),
        ),
        204,
    )
    .await;
    expect(
        env.twilio(
            Method::GET,
            &format!("/v1/Trunks/{tk}/IpAccessControlLists/{al}"),
        ),
        404,
    )
    .await;
    expect(
        env.twilio(
            Method::DELETE,
            &format!("/v1/Trunks/{tk}/CredentialLists/{cl}"),
        ),
        204,
    )
    .await;
    expect(
        env.twilio_api(Method::GET, &format!("SIP/CredentialLists/{cl}.json")),
        200,
    )
    .await;

    // Origination URLs.
    let ou_path = format!("/v1/Trunks/{tk}/OriginationUrls");
    let full = [
        ("Weight", "1"),
        ("Priority", "1"),
        ("Enabled", "true"),
        ("FriendlyName", "pbx"),
        ("SipUrl", "sip:pbx.example.com:5060"),
    ];
    for skip in 0..full.len() {
        let partial: Vec<_> = full
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != skip)
            .map(|(_, kv)| *kv)
            .collect();
        let body = expect(env.twilio(Method::POST, &ou_path).form(&partial), 400).await;
        assert!(s(&body, "message").contains(full[skip].0), "{body}");
    }
    for (key, value) in [
        ("SipUrl", "sips:pbx.example.com"),
        ("Weight", "0"),
        ("Priority", "65536"),
    ] {
        let mut form = full.to_vec();
        form.retain(|(k, _)| *k != key);
        form.push((key, value));
        expect(env.twilio(Method::POST, &ou_path).form(&form), 400).await;
    }
    let ou = expect(env.twilio(Method::POST, &ou_path).form(&full), 201).await;
    let ou_sid = s(&ou, "sid");
    assert!(ou_sid.starts_with("OU"));
    assert_eq!(ou["enabled"], true);
    let ou_item = format!("{ou_path}/{ou_sid}");
    let updated = expect(
        env.twilio(Method::POST, &ou_item)
            .form(&[("Enabled", "False"), ("Weight", "20")]),
        200,
    )
    .await;
    assert_eq!(updated["enabled"], false);
    assert_eq!(updated["weight"], 20);
    assert_eq!(updated["priority"], 1);
    let list = expect(env.twilio(Method::GET, &ou_path), 200).await;
    assert_eq!(list["origination_urls"][0]["sid"], ou_sid.as_str());
    expect(env.twilio(Method::DELETE, &ou_item), 204).await;
    expect(env.twilio(Method::GET, &ou_item), 404).await;

    // Phone numbers: discover the seeded PN SIDs over HTTP.
    let numbers = expect(
        env.twilio_api(Method::GET, "IncomingPhoneNumbers.json"),
        200,
    )
    .await;
    let numbers = numbers["incoming_phone_numbers"]
        .as_array()
        .expect("numbers")
        .clone();
    assert_eq!(numbers.len(), 5);
    let pn = s(&numbers[0], "sid");
    assert_eq!(pn, "PN00000000000000000000000000000001");
    assert_eq!(numbers[0]["phone_number"], "+14155550100");
    let pn_path = format!("/v1/Trunks/{tk}/PhoneNumbers");
    let attached = expect(
        env.twilio(Method::POST, &pn_path)
            .form(&[("PhoneNumberSid", pn.as_str())]),
        201,
    )
    .await;
    assert_eq!(attached["trunk_sid"], tk.as_str());
    assert_eq!(attached["phone_number"], "+14155550100");
    assert_eq!(
        attached["links"]["phone_number"],
        format!(
            "{}/2010-04-01/Accounts/{AC}/IncomingPhoneNumbers/{pn}.json",
            env.emu.twilio_api_url()
        )
    );
    expect(
        env.twilio(Method::POST, &format!("/v1/Trunks/{other}/PhoneNumbers"))
            .form(&[("PhoneNumberSid", pn.as_str())]),
        400,
    )
    .await;
    expect(
        env.twilio(Method::POST, &pn_path)
            .form(&[("PhoneNumberSid", "PNffffffffffffffffffffffffffffffff")]),
        404,
    )
    .await;
    let owned = env.emu.twilio_trunking().phone_numbers();
    assert_eq!(owned[0].trunk_sid.as_deref(), Some(tk.as_str()));
    let extra = env
        .emu
        .twilio_api()
        .add_phone_number("+14155559999")
        .expect("valid number");
    expect(
        env.twilio(Method::POST, &pn_path)
            .form(&[("PhoneNumberSid", extra.as_str())]),
        201,
    )
    .await;
    let list = expect(
        env.twilio(Method::GET, &format!("{pn_path}?PageSize=1")),
        200,
    )
    .await;
    assert_eq!(list["meta"]["key"], "phone_numbers");
    assert!(list["meta"]["next_page_url"].is_string());
    expect(env.twilio(Method::GET, &format!("{pn_path}/{pn}")), 200).await;
    expect(env.twilio(Method::DELETE, &format!("{pn_path}/{pn}")), 204).await;
    expect(env.twilio(Method::GET, &format!("{pn_path}/{pn}")), 404).await;
    let number = expect(
        env.twilio_api(Method::GET, &format!("IncomingPhoneNumbers/{pn}.json")),
        200,
    )
    .await;
    assert_eq!(number["trunk_sid"], Value::Null);

    // Recording.
    let rec = format!("/v1/Trunks/{tk}/Recording");
    let current = expect(env.twilio(Method::GET, &rec), 200).await;
    assert_eq!(
        current,
        json!({"mode": "do-not-record", "trim": "do-not-trim"})
    );
    let changed = expect(
        env.twilio(Method::POST, &rec).form(&[
            ("Mode", "record-from-answer-dual"),
            ("Trim", "trim-silence"),
        ]),
        200,
    )
    .await;
    assert_eq!(
        changed,
        json!({"mode": "record-from-answer-dual", "trim": "trim-silence"})
    );
    expect(
        env.twilio(Method::POST, &rec).form(&[("Mode", "always")]),
        400,
    )
    .await;
    let trunk = expect(env.twilio(Method::GET, &format!("/v1/Trunks/{tk}")), 200).await;
    assert_eq!(trunk["recording"], changed);

    // Deleting the trunk detaches its numbers.
    expect(env.twilio(Method::DELETE, &format!("/v1/Trunks/{tk}")), 204).await;
    let owned = env.emu.twilio_trunking().phone_numbers();
    assert!(owned.iter().all(|n| n.trunk_sid.is_none()));
    expect(env.twilio(Method::GET, &rec), 404).await;
}

#[tokio::test]
async fn auth_rules() {
    let env = start().await;
    let url = format!("{}/v1/Trunks", env.emu.twilio_trunking_url());
    let (status, body) = send(env.http.get(&url).basic_auth(AC, Some("wrong"))).await;
    assert_eq!(status, 401);
    assert_twilio_error(&body, 401, 20003);
    let (status, _) = send(env.http.get(&url)).await;
    assert_eq!(status, 401);
    let (status, _) = send(env.http.get(&url).basic_auth(
        DEFAULT_TWILIO_API_KEY_SID,
        Some(DEFAULT_TWILIO_API_KEY_SECRET),
    ))
    .await;
    assert_eq!(status, 200, "API key auth");

    // The 2010 AccountSid must be the authenticated account, also with an API key.
    let other = format!(
        "{}/2010-04-01/Accounts/ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/SIP/CredentialLists.json",
        env.emu.twilio_api_url()
    );
    let (status, body) = send(
        env.http
            .get(&other)
            .basic_auth(AC, Some(DEFAULT_TWILIO_AUTH_TOKEN)),
    )
    .await;
    assert_eq!(status, 401);
    assert_twilio_error(&body, 401, 20003);
    let ours = format!(
        "{}/2010-04-01/Accounts/{AC}/SIP/CredentialLists.json",
        env.emu.twilio_api_url()
    );
    let (status, _) = send(env.http.get(&ours).basic_auth(
        DEFAULT_TWILIO_API_KEY_SID,
        Some(DEFAULT_TWILIO_API_KEY_SECRET),
    ))
    .await;
    assert_eq!(status, 200);

    let no_json = expect(env.twilio_api(Method::GET, "SIP/CredentialLists"), 404).await;
    assert!(s(&no_json, "message").contains(".json"));
    expect(env.twilio(Method::GET, "/v1/Trunks/"), 404).await;
    let body = expect(env.twilio(Method::PUT, "/v1/Trunks"), 405).await;
    assert_twilio_error(&body, 405, 20004);

    // Without an API key configured, the default key is refused.
    let strict = start_with(EmulatorConfig::default().without_twilio_api_key()).await;
    let url = format!("{}/v1/Trunks", strict.emu.twilio_trunking_url());
    let (status, _) = send(strict.http.get(&url).basic_auth(
        DEFAULT_TWILIO_API_KEY_SID,
        Some(DEFAULT_TWILIO_API_KEY_SECRET),
    ))
    .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn form_bodies_are_strict() {
    let env = start().await;
    let json_body = expect(
        env.twilio(Method::POST, "/v1/Trunks")
            .json(&json!({"FriendlyName": "x"})),
        400,
    )
    .await;
    assert_twilio_error(&json_body, 400, 20001);
    let bad_escape = expect(
        env.twilio(Method::POST, "/v1/Trunks")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("FriendlyName=%zz"),
        400,
    )
    .await;
    assert_twilio_error(&bad_escape, 400, 20001);
    // Unknown parameters are ignored, as Twilio does.
    expect(
        env.twilio(Method::POST, "/v1/Trunks")
            .form(&[("FriendlyName", "ok"), ("Unknown", "1")]),
        201,
    )
    .await;
}
