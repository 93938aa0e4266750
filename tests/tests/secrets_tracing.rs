//! Secrets never leak: every vendor's auth token (and Twilio's API-key secret, Telnyx's API
//! key), every SIP password (Telnyx even returns a credential connection's password in its
//! responses), and the Base64 `Authorization: Basic` forms of the credentials appear in no
//! `Debug`/`Display` of a client, builder, provider, config or error (provisioning errors
//! included), and in no `tracing` output at TRACE level, across real operations on every
//! vendor: successes, a 401, a duplicate, retried faults, provisioning with credentials (and
//! its rollback), a transport error.
//!
//! This file installs the process-wide tracing subscriber (a test binary has one), so it keeps
//! its tests to itself. It captures `tracing` events and spans of every crate in the process:
//! trunkline's, reqwest's and hyper's where they use `tracing`, and the in-process emulator's.
//! Records emitted through the `log` crate alone are not bridged.
//!
//! Also here, because it is about credentials in clear text: plain `http://` base URLs are
//! refused for anything but loopback unless explicitly allowed.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use base64::Engine as _;
use futures::TryStreamExt;
use trunkline::{
    ClientConfig, CredentialId, Error, NewCredentialList, NewOriginationUri, RetryPolicy,
    SecretString, TrunkFilter, TrunkProvider, TrunkProviderExt, TrunkSpec, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig, Fault};

const PLIVO_ID: &str = "MASECRETTEST00000001";
const PLIVO_TOKEN: &str = "plivo-tok-Zq8w3LrT5vXy9";
const TWILIO_SID: &str = "AC0123456789abcdef0123456789abcdef";
const TWILIO_TOKEN: &str = "twilio-tok-Hn4s7Kd2Pq6Rm";
const TWILIO_KEY: &str = "SK0123456789abcdef0123456789abcdef";
const TWILIO_SECRET: &str = "twilio-keysecret-Wb5t8Yc3Vn";
const VOBIZ_ID: &str = "MA_SECRETTEST";
const VOBIZ_TOKEN: &str = "vobiz-tok-Jf2g9Ux4Ea7Lk";
const TELNYX_KEY: &str = "KEYtelnyx-secret-Mv7Qp2Wd9";
const WRONG_TOKEN: &str = "wrong-tok-Qa1z2Ws3Ed4Rf";
/// SIP passwords the test creates credentials with (`{vendor}` replaced).
const SIP_PASSWORD: &str = "Sip-Pw-{vendor}-Xk93Lmq27";
const SIP_PASSWORD_2: &str = "Sip-Pw2-{vendor}-Rt55Bnv81";

fn sip_password(template: &str, vendor: Vendor) -> String {
    template.replace("{vendor}", vendor.as_str())
}

/// Every string that must never be shown.
fn secrets() -> Vec<String> {
    let b64 = |user: &str, password: &str| {
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    };
    let mut all = vec![
        PLIVO_TOKEN.to_owned(),
        TWILIO_TOKEN.to_owned(),
        TWILIO_SECRET.to_owned(),
        VOBIZ_TOKEN.to_owned(),
        TELNYX_KEY.to_owned(),
        WRONG_TOKEN.to_owned(),
        b64(PLIVO_ID, PLIVO_TOKEN),
        b64(PLIVO_ID, WRONG_TOKEN),
        b64(TWILIO_SID, TWILIO_TOKEN),
        b64(TWILIO_SID, WRONG_TOKEN),
        b64(TWILIO_KEY, TWILIO_SECRET),
    ];
    for vendor in Vendor::ALL {
        all.push(sip_password(SIP_PASSWORD, vendor));
        all.push(sip_password(SIP_PASSWORD_2, vendor));
    }
    all
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Installs the TRACE-level subscriber once and returns what it captured so far.
fn captured() -> String {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
    let capture = CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        let writer = capture.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
        capture
    });
    String::from_utf8_lossy(&capture.0.lock().expect("lock")).into_owned()
}

fn assert_no_secret(what: &str, text: &str) {
    for secret in secrets() {
        assert!(
            !text.contains(&secret),
            "{what} shows the secret {secret:?}: …{}…",
            text.find(&secret)
                .map(|i| &text[i.saturating_sub(200)..(i + secret.len() + 50).min(text.len())])
                .unwrap_or_default()
        );
    }
}

fn config() -> ClientConfig {
    ClientConfig::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(2), Duration::from_millis(5)),
    )
}

struct Providers {
    good: Vec<(Vendor, Arc<dyn TrunkProvider>)>,
    wrong_token: Vec<Arc<dyn TrunkProvider>>,
    unreachable: Vec<Arc<dyn TrunkProvider>>,
    shown: Vec<String>,
}

fn providers(emulator: &Emulator) -> Providers {
    let mut shown = Vec::new();
    let plivo = |token: &str, url: &str| {
        let builder = trunkline_plivo::ClientBuilder::new(PLIVO_ID, token)
            .base_url(url)
            .config(config());
        let shown = format!("{builder:?}");
        let client = builder.build().expect("plivo");
        (
            Arc::new(trunkline::PlivoProvider::from_client(client)) as Arc<dyn TrunkProvider>,
            shown,
        )
    };
    let twilio = |credential: Option<&str>, url_trunking: &str, url_api: &str| {
        let builder = match credential {
            Some(token) => trunkline_twilio::ClientBuilder::new(TWILIO_SID, token),
            None => trunkline_twilio::ClientBuilder::api_key(TWILIO_SID, TWILIO_KEY, TWILIO_SECRET),
        }
        .trunking_base_url(url_trunking)
        .sip_base_url(url_api)
        .config(config());
        let shown = format!("{builder:?}");
        let client = builder.build().expect("twilio");
        (
            Arc::new(trunkline::TwilioProvider::from_client(client)) as Arc<dyn TrunkProvider>,
            shown,
        )
    };
    let vobiz = |token: &str, url: &str| {
        let builder = trunkline_vobiz::ClientBuilder::new(VOBIZ_ID, token)
            .base_url(url)
            .config(config());
        let shown = format!("{builder:?}");
        let client = builder.build().expect("vobiz");
        (
            Arc::new(trunkline::VobizProvider::from_client(client)) as Arc<dyn TrunkProvider>,
            shown,
        )
    };
    // Outbound Telnyx trunks need an outbound voice profile, which the account owner creates.
    let profile = emulator.telnyx().add_outbound_voice_profile("secrets");
    let telnyx = |token: &str, url: &str| {
        let builder = trunkline_telnyx::ClientBuilder::new(token)
            .base_url(url)
            .config(config());
        let shown = format!("{builder:?}");
        let client = builder.build().expect("telnyx");
        let provider = trunkline::TelnyxProvider::from_client(client);
        (
            Arc::new(provider.with_outbound_voice_profile(profile.as_str()))
                as Arc<dyn TrunkProvider>,
            shown,
        )
    };
    let closed = "http://127.0.0.1:1";
    let (trunking, api) = (emulator.twilio_trunking_url(), emulator.twilio_api_url());
    let good = vec![
        (Vendor::Plivo, plivo(PLIVO_TOKEN, emulator.plivo_url())),
        (Vendor::Twilio, twilio(Some(TWILIO_TOKEN), trunking, api)),
        (Vendor::Twilio, twilio(None, trunking, api)),
        (Vendor::Vobiz, vobiz(VOBIZ_TOKEN, emulator.vobiz_url())),
        (Vendor::Telnyx, telnyx(TELNYX_KEY, emulator.telnyx_url())),
    ];
    let wrong = vec![
        plivo(WRONG_TOKEN, emulator.plivo_url()),
        twilio(Some(WRONG_TOKEN), trunking, api),
        vobiz(WRONG_TOKEN, emulator.vobiz_url()),
        telnyx(WRONG_TOKEN, emulator.telnyx_url()),
    ];
    let unreachable = vec![
        plivo(PLIVO_TOKEN, closed),
        twilio(Some(TWILIO_TOKEN), closed, closed),
        twilio(None, closed, closed),
        vobiz(VOBIZ_TOKEN, closed),
        telnyx(TELNYX_KEY, closed),
    ];
    let mut keep = |list: Vec<(Arc<dyn TrunkProvider>, String)>| {
        list.into_iter()
            .map(|(p, builder)| {
                shown.push(builder);
                shown.push(format!("{p:?} {p:#?}"));
                p
            })
            .collect::<Vec<_>>()
    };
    let good_vendors: Vec<Vendor> = good.iter().map(|(v, _)| *v).collect();
    let good = good_vendors
        .into_iter()
        .zip(keep(good.into_iter().map(|(_, p)| p).collect()))
        .collect();
    let wrong_token = keep(wrong);
    let unreachable = keep(unreachable);
    Providers {
        good,
        wrong_token,
        unreachable,
        shown,
    }
}

fn spec(vendor: Vendor, name: &str) -> TrunkSpec {
    let password = sip_password(SIP_PASSWORD, vendor);
    match vendor {
        Vendor::Plivo => TrunkSpec::outbound(name).with_credential(format!("{name}u"), password),
        Vendor::Twilio => TrunkSpec::outbound(name)
            .with_credential(format!("{name}u"), password)
            .with_origination_uri(NewOriginationUri::new("sip:pbx@pbx.example.com")),
        _ => TrunkSpec::outbound(name).with_credential(format!("{name}u"), password),
    }
}

fn trunk_create_fault(emulator: &Emulator, vendor: Vendor) {
    let fault = Fault::error(400).for_method("POST");
    match vendor {
        Vendor::Plivo => emulator
            .plivo()
            .inject(fault.for_path_prefix(format!("/v1/Account/{PLIVO_ID}/Zentrunk/Trunk/"))),
        Vendor::Twilio => emulator
            .twilio_trunking()
            .inject(fault.for_path_prefix("/v1/Trunks")),
        // The credential list's connection becomes the trunk: a PATCH.
        Vendor::Telnyx => emulator.telnyx().inject(
            Fault::error(400)
                .for_method("PATCH")
                .for_path_prefix("/v2/credential_connections"),
        ),
        _ => emulator
            .vobiz()
            .inject(fault.for_path_prefix(format!("/api/v1/Account/{VOBIZ_ID}/trunks"))),
    }
    .expect("fault");
}

fn inject_everywhere(emulator: &Emulator, fault: Fault) {
    for result in [
        emulator.plivo().inject(fault.clone()),
        emulator.twilio_trunking().inject(fault.clone()),
        emulator.twilio_api().inject(fault.clone()),
        emulator.vobiz().inject(fault.clone()),
        emulator.telnyx().inject(fault),
    ] {
        result.expect("fault");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_in_debug_display_errors_or_trace_output() {
    captured(); // install the subscriber before anything runs
    let emulator_config = EmulatorConfig::default()
        .with_plivo_credentials(PLIVO_ID, PLIVO_TOKEN)
        .with_twilio_credentials(TWILIO_SID, TWILIO_TOKEN)
        .with_twilio_api_key(TWILIO_KEY, TWILIO_SECRET)
        .with_vobiz_credentials(VOBIZ_ID, VOBIZ_TOKEN)
        .with_telnyx_api_key(TELNYX_KEY);
    let mut shown = vec![format!("{emulator_config:?}"), format!("{:?}", config())];
    let emulator = Emulator::start(emulator_config).await.expect("emulator");
    let providers = providers(&emulator);
    shown.extend(providers.shown.iter().cloned());
    let mut errors: Vec<Error> = Vec::new();

    for (i, (vendor, p)) in providers.good.iter().enumerate() {
        let vendor = *vendor;
        let name = format!("sec{i}");
        // Success: a credential list with a SIP password, read back; its password changed.
        let list = p
            .create_credential_list(
                &NewCredentialList::new(&name)
                    .with_credential(format!("{name}a"), sip_password(SIP_PASSWORD, vendor)),
            )
            .await
            .expect("created");
        shown.push(format!("{list:?}"));
        let credential = list
            .credentials
            .first()
            .map(|c| c.id.clone())
            .unwrap_or_else(|| CredentialId::new(list.id.as_str()));
        p.set_credential_password(
            &list.id,
            &credential,
            &SecretString::from(sip_password(SIP_PASSWORD_2, vendor)),
        )
        .await
        .expect("password changed");
        if let Some(telnyx) = p.downcast_ref::<trunkline::TelnyxProvider>() {
            // Telnyx answers with the password in clear text: it arrives, and stays a secret.
            let request = telnyx
                .client()
                .get_credential_connection()
                .id(list.id.as_str());
            let raw = request.send().await.expect("read").into_inner().data;
            let password = raw
                .password
                .as_ref()
                .expect("the response carries the password");
            assert_eq!(password.expose(), sip_password(SIP_PASSWORD_2, vendor));
            shown.push(format!("{raw:?}"));
        }
        // A duplicate (same username again; Vobiz answers 409).
        if let Err(err) = p
            .create_credential_list(
                &NewCredentialList::new(&name)
                    .with_credential(format!("{name}a"), sip_password(SIP_PASSWORD_2, vendor)),
            )
            .await
        {
            errors.push(err);
        }
        // Retries: two 503s, then success.
        inject_everywhere(&emulator, Fault::error(503).retry_after("0").times(2));
        let _: Vec<_> = p
            .list_trunks(TrunkFilter::new())
            .try_collect()
            .await
            .expect("retried");
        emulator.plivo().clear_faults();
        emulator.twilio_trunking().clear_faults();
        emulator.twilio_api().clear_faults();
        emulator.vobiz().clear_faults();
        emulator.telnyx().clear_faults();
        // Provisioning with credentials: once through, once failing at the trunk and rolled
        // back.
        let provisioned = p.provision(&spec(vendor, &format!("{name}p"))).await;
        match provisioned {
            Ok(done) => {
                shown.push(format!("{done:?}"));
                p.deprovision(&done).await.expect("deprovisioned");
            }
            Err(err) => panic!("{vendor}: provisioning failed: {err}"),
        }
        trunk_create_fault(&emulator, vendor);
        let err = p
            .provision(&spec(vendor, &format!("{name}f")))
            .await
            .expect_err("the trunk step fails");
        assert!(matches!(err, Error::Provisioning(_)), "{vendor}: {err:?}");
        if let Error::Provisioning(provisioning) = &err {
            shown.push(format!("{provisioning} {provisioning:?}"));
        }
        errors.push(err);
        // A validation error that involves a password.
        if let Err(err) = p
            .create_credential_list(
                &NewCredentialList::new("x")
                    .with_credential("", sip_password(SIP_PASSWORD, vendor)),
            )
            .await
        {
            errors.push(err);
        }
    }
    // 401 with a wrong token.
    for p in &providers.wrong_token {
        let err = p
            .list_trunks(TrunkFilter::new())
            .try_collect::<Vec<_>>()
            .await
            .expect_err("401");
        assert!(matches!(err, Error::Unauthenticated(_)), "{err:?}");
        errors.push(err);
    }
    // A transport error: nothing listens.
    for p in &providers.unreachable {
        let err = p
            .list_trunks(TrunkFilter::new())
            .try_collect::<Vec<_>>()
            .await
            .expect_err("connection refused");
        assert!(matches!(err, Error::Unavailable(_)), "{err:?}");
        errors.push(err);
    }
    // Configuration errors that involve a token.
    for err in [
        trunkline::PlivoProvider::with_config(
            PLIVO_ID,
            PLIVO_TOKEN,
            Some("http://api.example.com"),
            ClientConfig::default(),
        )
        .expect_err("insecure"),
        trunkline::VobizProvider::new("", VOBIZ_TOKEN).expect_err("no id"),
        trunkline::VobizProvider::new(VOBIZ_ID, format!("{VOBIZ_TOKEN}\n")).expect_err("newline"),
        trunkline::TelnyxProvider::new(format!("{TELNYX_KEY}\n")).expect_err("newline"),
    ] {
        errors.push(err);
    }

    assert!(errors.len() >= 15, "{} errors collected", errors.len());
    for err in &errors {
        let mut chain = format!("{err} | {err:?} | {err:#?}");
        let mut source = std::error::Error::source(err);
        while let Some(cause) = source {
            chain.push_str(&format!(" | {cause} | {cause:?}"));
            source = cause.source();
        }
        shown.push(chain);
    }
    for (i, text) in shown.iter().enumerate() {
        assert_no_secret(&format!("Debug/Display #{i}"), text);
    }

    let output = captured();
    // The capture works: the runtime's spans and retry events are in it.
    assert!(output.contains("trunkline.operation"), "nothing captured");
    assert!(output.contains("retrying"), "no retry event captured");
    assert!(output.contains("TRACE") || output.contains("DEBUG"));
    assert_no_secret("TRACE output", &output);
    emulator.shutdown().await;
}

/// Plain `http://` would send the credentials in clear text: refused by every constructor for
/// a host that is not loopback, unless allowed explicitly.
#[test]
fn plain_http_is_refused_off_loopback_unless_allowed() {
    let insecure = ClientConfig::default().with_insecure_http_allowed(true);
    type Build = fn(&str, ClientConfig) -> trunkline::Result<()>;
    let constructors: [(&str, Build); 5] = [
        ("plivo", |url, config| {
            trunkline::PlivoProvider::with_config(PLIVO_ID, PLIVO_TOKEN, Some(url), config)
                .map(drop)
        }),
        ("twilio", |url, config| {
            trunkline::TwilioProvider::with_config(TWILIO_SID, TWILIO_TOKEN, Some(url), config)
                .map(drop)
        }),
        ("twilio api key", |url, config| {
            trunkline_twilio::ClientBuilder::api_key(TWILIO_SID, TWILIO_KEY, TWILIO_SECRET)
                .base_url(url)
                .config(config)
                .build()
                .map(|c| drop(trunkline::TwilioProvider::from_client(c)))
                .map_err(Error::from)
        }),
        ("vobiz", |url, config| {
            trunkline::VobizProvider::with_config(VOBIZ_ID, VOBIZ_TOKEN, Some(url), config)
                .map(drop)
        }),
        ("telnyx", |url, config| {
            trunkline::TelnyxProvider::with_config(TELNYX_KEY, Some(url), config).map(drop)
        }),
    ];
    for (name, build) in constructors {
        for refused in [
            "http://api.example.com",
            "http://10.0.0.7:8080",
            "http://[2001:db8::1]",
            "http://localhost.example.com",
        ] {
            let err = build(refused, ClientConfig::default()).expect_err("plain http off loopback");
            assert!(
                matches!(err, Error::Config(_)) && err.to_string().contains("clear text"),
                "{name} {refused}: {err}"
            );
            assert_no_secret(name, &format!("{err} {err:?}"));
            build(refused, insecure.clone()).expect("allowed explicitly");
        }
        for loopback in [
            "http://127.0.0.1:8080",
            "http://localhost:9000",
            "http://[::1]:80",
            "https://api.example.com",
        ] {
            build(loopback, ClientConfig::default()).expect("loopback or https");
        }
    }
}
