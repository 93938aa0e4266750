//! trunkline's quickstart: on each carrier, provision an outbound trunk (SIP credentials + an IP
//! allow-list) and an inbound trunk (two origination URIs in priority order), list the trunks,
//! print them as a table, and tear everything down again.
//!
//! ```sh
//! cargo run -p trunkline --example quickstart
//! ```
//!
//! With no `TRUNKLINE_VENDOR` in the environment it starts `trunkline-emulator` in-process and
//! runs against all four vendors' emulators: no credentials, no network. With
//! `TRUNKLINE_VENDOR=plivo|twilio|vobiz|telnyx` and that vendor's credentials set (see
//! `trunkline::from_env`; Telnyx also needs `TELNYX_OUTBOUND_VOICE_PROFILE_ID`), it does the
//! same against the real carrier.
//!
//! Where a trunk authenticates either by credentials or by address (Telnyx: a credential
//! connection or an IP connection), the outbound trunk gets the credentials only.

use std::sync::Arc;

use futures::TryStreamExt;
use trunkline::{
    ClientConfig, NewOriginationUri, Provisioned, TrunkFilter, TrunkProvider, TrunkProviderExt,
    TrunkSpec, Vendor,
};
use trunkline_emulator::{Emulator, EmulatorConfig};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let mut emulator = None;
    let providers: Vec<Arc<dyn TrunkProvider>> = match std::env::var(trunkline::ENV_VENDOR) {
        Ok(vendor) if !vendor.trim().is_empty() => {
            println!("Using the real {vendor} API (TRUNKLINE_VENDOR is set).\n");
            vec![trunkline::from_env()?]
        }
        _ => {
            let started = Emulator::start(EmulatorConfig::default()).await?;
            println!(
                "No TRUNKLINE_VENDOR set: using the built-in emulator ({}).\n",
                started.origins().to_json_line()
            );
            let providers = emulated_providers(&started)?;
            emulator = Some(started);
            providers
        }
    };

    let mut failures = 0;
    for provider in &providers {
        if let Err(err) = run(provider.as_ref()).await {
            failures += 1;
            eprintln!("{}: {err}", provider.vendor());
        }
    }
    if let Some(emulator) = emulator {
        emulator.shutdown().await;
    }
    if failures > 0 {
        return Err(format!("{failures} vendor(s) failed").into());
    }
    Ok(())
}

// The pushes are each behind a cargo feature, so `vec![...]` would not do.
#[allow(clippy::vec_init_then_push)]
fn emulated_providers(emulator: &Emulator) -> Result<Vec<Arc<dyn TrunkProvider>>, BoxError> {
    let config = ClientConfig::default();
    let mut providers: Vec<Arc<dyn TrunkProvider>> = Vec::new();
    #[cfg(feature = "plivo")]
    providers.push(Arc::new(trunkline::PlivoProvider::with_config(
        trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
        trunkline_emulator::DEFAULT_PLIVO_AUTH_TOKEN,
        Some(emulator.plivo_url()),
        config.clone(),
    )?));
    #[cfg(feature = "twilio")]
    providers.push(Arc::new(trunkline::TwilioProvider::from_client(
        trunkline_twilio::ClientBuilder::new(
            trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
            trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN,
        )
        .trunking_base_url(emulator.twilio_trunking_url())
        .sip_base_url(emulator.twilio_api_url())
        .config(config.clone())
        .build()?,
    )));
    #[cfg(feature = "vobiz")]
    providers.push(Arc::new(trunkline::VobizProvider::with_config(
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
        trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN,
        Some(emulator.vobiz_url()),
        config.clone(),
    )?));
    #[cfg(feature = "telnyx")]
    {
        // Outbound Telnyx trunks place calls through an outbound voice profile (spend limits,
        // allowed destinations), which the account owner creates once; trunkline never does.
        let profile = emulator.telnyx().add_outbound_voice_profile("quickstart");
        let telnyx = trunkline::TelnyxProvider::with_config(
            trunkline_emulator::DEFAULT_TELNYX_API_KEY,
            Some(emulator.telnyx_url()),
            config,
        )?;
        providers.push(Arc::new(telnyx.with_outbound_voice_profile(profile)));
    }
    Ok(providers)
}

/// Provision, list, print, tear down: the same code for every vendor.
async fn run(provider: &dyn TrunkProvider) -> Result<(), BoxError> {
    let vendor = provider.vendor();
    println!("== {vendor} ==");

    let caps = provider.capabilities();
    let mut outbound = TrunkSpec::outbound(format!("quickstart-{vendor}-out"))
        .with_credential("pbxquick01", "Qu1ckstart-Passw0rd!");
    if !caps.trunk.credentials_exclusive {
        outbound = outbound.with_network("34.120.10.20".parse()?);
    }
    if caps.trunk.sip_domain.is_settable() {
        // Twilio: you choose the termination domain.
        outbound =
            outbound.with_sip_domain(format!("quickstart-{}.pstn.twilio.com", std::process::id()));
    }
    let inbound = TrunkSpec::inbound(format!("quickstart-{vendor}-in"))
        .with_origination_uri(NewOriginationUri::new("sip:pbx1.example.com:5060"))
        .with_origination_uri(NewOriginationUri::new("sip:pbx2.example.com:5060"));

    let mut provisioned: Vec<Provisioned> = Vec::new();
    for spec in [&outbound, &inbound] {
        match provider.provision(spec).await {
            Ok(done) => provisioned.push(done),
            Err(err) => {
                // Clean up what this run already created before reporting.
                for done in provisioned.iter().rev() {
                    provider.deprovision(done).await?;
                }
                return Err(err.into());
            }
        }
    }

    let trunks: Vec<_> = provider
        .list_trunks(TrunkFilter::new().with_attachments(true))
        .try_collect()
        .await?;
    print_table(vendor, &trunks);

    for done in provisioned.iter().rev() {
        provider.deprovision(done).await?;
    }
    let left: Vec<_> = provider
        .list_trunks(TrunkFilter::new())
        .try_collect()
        .await?;
    println!("torn down; {} trunk(s) left on the account\n", left.len());
    Ok(())
}

fn print_table(vendor: Vendor, trunks: &[trunkline::Trunk]) {
    let rows: Vec<[String; 6]> = trunks
        .iter()
        .map(|t| {
            let attachments = t.attachments.clone().unwrap_or_default();
            [
                t.name.clone().unwrap_or_default(),
                t.direction.to_string(),
                t.sip_domain.clone().unwrap_or_default(),
                attachments.credential_lists.len().to_string(),
                attachments.ip_access_lists.len().to_string(),
                attachments.origination_uris.len().to_string(),
            ]
        })
        .collect();
    let header = [
        "name",
        "direction",
        "sip domain",
        "credentials",
        "ip lists",
        "origination uris",
    ];
    let mut widths = header.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.len());
        }
    }
    let line = |cells: [&str; 6]| {
        cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    println!("{} trunk(s) on {vendor}:", rows.len());
    println!("{}", line(header));
    println!(
        "{}",
        line(widths.map(|w| "-".repeat(w)).each_ref().map(String::as_str))
    );
    for row in &rows {
        println!("{}", line(row.each_ref().map(String::as_str)));
    }
}
