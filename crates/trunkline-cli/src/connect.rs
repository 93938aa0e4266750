//! Providers for the commands: from the environment, or from the emulator (a running one named
//! by `TRUNKLINE_EMULATOR`, or one started in this process).

use std::sync::Arc;

use serde::Deserialize;
use trunkline::desired::{Accounts, Document, EnvSource, VendorName};
use trunkline::{ClientConfig, TrunkProvider, Vendor};
use trunkline_emulator::{Emulator, EmulatorConfig};

use crate::Failure;

/// The variable holding a running emulator's origins (the JSON line it prints when ready).
pub const ENV_EMULATOR: &str = "TRUNKLINE_EMULATOR";

/// The name of the outbound voice profile that `trunkline emulator` and `--emulator` create on
/// the emulator's Telnyx account, so outbound Telnyx trunks work offline.
pub const EMULATOR_PROFILE_NAME: &str = "trunkline-emulator";

/// The emulator's origins, as its ready line has them.
#[derive(Clone, Debug, Deserialize)]
pub struct Origins {
    pub plivo: String,
    pub twilio_trunking: String,
    pub twilio_api: String,
    pub vobiz: String,
    pub telnyx: String,
    /// The Telnyx outbound voice profile `trunkline emulator` created (absent from the
    /// emulator binary's own ready line).
    #[serde(default)]
    pub telnyx_outbound_voice_profile: Option<String>,
}

/// Starts an emulator with an outbound voice profile on its Telnyx account; returns it with
/// the profile's id.
pub async fn start_emulator() -> Result<(Emulator, String), Failure> {
    let emulator = Emulator::start(EmulatorConfig::default())
        .await
        .map_err(|err| Failure::other(format!("cannot start the emulator: {err}")))?;
    let profile = emulator
        .telnyx()
        .add_outbound_voice_profile(EMULATOR_PROFILE_NAME);
    Ok((emulator, profile))
}

/// The ready line of an emulator started by [`start_emulator`]: the emulator's own, with the
/// Telnyx profile added.
pub fn ready_line(emulator: &Emulator, profile: &str) -> String {
    let mut line = serde_json::to_value(emulator.origins()).unwrap_or_default();
    if let Some(fields) = line.as_object_mut() {
        fields.insert(
            "telnyx_outbound_voice_profile".to_owned(),
            serde_json::Value::String(profile.to_owned()),
        );
    }
    line.to_string()
}

/// The emulator the commands talk to; an in-process one lives as long as this value.
pub struct EmulatorLink {
    origins: Origins,
    _own: Option<Emulator>,
}

impl EmulatorLink {
    /// The emulator of `TRUNKLINE_EMULATOR`, or a new one in this process.
    pub async fn open() -> Result<Self, Failure> {
        match std::env::var(ENV_EMULATOR) {
            Ok(line) if !line.trim().is_empty() => {
                let origins: Origins = serde_json::from_str(line.trim()).map_err(|err| {
                    Failure::usage(format!(
                        "{ENV_EMULATOR} must hold the emulator's ready line (JSON with the \
                         plivo, twilio_trunking, twilio_api, vobiz and telnyx origins): {err}"
                    ))
                })?;
                Ok(Self {
                    origins,
                    _own: None,
                })
            }
            _ => {
                let (emulator, profile) = start_emulator().await?;
                let origins = Origins {
                    plivo: emulator.plivo_url().to_owned(),
                    twilio_trunking: emulator.twilio_trunking_url().to_owned(),
                    twilio_api: emulator.twilio_api_url().to_owned(),
                    vobiz: emulator.vobiz_url().to_owned(),
                    telnyx: emulator.telnyx_url().to_owned(),
                    telnyx_outbound_voice_profile: Some(profile),
                };
                Ok(Self {
                    origins,
                    _own: Some(emulator),
                })
            }
        }
    }

    /// A provider for `vendor` on the emulator, with its default credentials.
    pub fn provider(&self, vendor: Vendor) -> Result<Arc<dyn TrunkProvider>, Failure> {
        self.provider_with_profile(vendor, None)
    }

    /// [`provider`](Self::provider), with a document's Telnyx outbound voice profile in place
    /// of the emulator's.
    pub fn provider_with_profile(
        &self,
        vendor: Vendor,
        profile: Option<&str>,
    ) -> Result<Arc<dyn TrunkProvider>, Failure> {
        let config = ClientConfig::default();
        let built: trunkline::Result<Arc<dyn TrunkProvider>> = match vendor {
            Vendor::Plivo => trunkline::PlivoProvider::with_config(
                trunkline_emulator::DEFAULT_PLIVO_AUTH_ID,
                trunkline_emulator::DEFAULT_PLIVO_AUTH_TOKEN,
                Some(&self.origins.plivo),
                config,
            )
            .map(|p| Arc::new(p) as _),
            Vendor::Twilio => trunkline_twilio::ClientBuilder::new(
                trunkline_emulator::DEFAULT_TWILIO_ACCOUNT_SID,
                trunkline_emulator::DEFAULT_TWILIO_AUTH_TOKEN,
            )
            .trunking_base_url(&self.origins.twilio_trunking)
            .sip_base_url(&self.origins.twilio_api)
            .config(config)
            .build()
            .map_err(trunkline::Error::from)
            .map(|c| Arc::new(trunkline::TwilioProvider::from_client(c)) as _),
            Vendor::Vobiz => trunkline::VobizProvider::with_config(
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_ID,
                trunkline_emulator::DEFAULT_VOBIZ_AUTH_TOKEN,
                Some(&self.origins.vobiz),
                config,
            )
            .map(|p| Arc::new(p) as _),
            Vendor::Telnyx => trunkline::TelnyxProvider::with_config(
                trunkline_emulator::DEFAULT_TELNYX_API_KEY,
                Some(&self.origins.telnyx),
                config,
            )
            .map(|p| {
                let profile = profile.or(self.origins.telnyx_outbound_voice_profile.as_deref());
                match profile {
                    Some(id) => Arc::new(p.with_outbound_voice_profile(id)) as _,
                    None => Arc::new(p) as _,
                }
            }),
            other => {
                return Err(Failure::usage(format!(
                    "the emulator link has no {other} provider"
                )));
            }
        };
        built.map_err(|err| Failure::other(err.to_string()))
    }
}

/// A provider for every carrier entry of `document`.
pub fn accounts(document: &Document, emulator: Option<&EmulatorLink>) -> Result<Accounts, Failure> {
    match emulator {
        None => document
            .accounts_from_env(&EnvSource::Process, &ClientConfig::default())
            .map_err(Failure::document),
        Some(link) => {
            let mut accounts = Accounts::new();
            for carrier in &document.desired().carriers {
                let vendor = vendor_of(carrier.vendor)?;
                let profile = carrier.outbound_voice_profile.as_deref();
                accounts.insert(
                    carrier.label(),
                    link.provider_with_profile(vendor, profile)?,
                );
            }
            Ok(accounts)
        }
    }
}

fn vendor_of(name: VendorName) -> Result<Vendor, Failure> {
    name.vendor()
        .ok_or_else(|| Failure::usage(format!("trunkline has no {name} provider yet")))
}

/// The provider of one vendor for the read commands and `export`.
pub fn one(
    vendor: Option<&str>,
    emulator: Option<&EmulatorLink>,
) -> Result<Arc<dyn TrunkProvider>, Failure> {
    let Some(name) = vendor else {
        return Err(Failure::usage(
            "name the vendor with --vendor plivo|twilio|vobiz|telnyx (or TRUNKLINE_VENDOR)"
                .to_owned(),
        ));
    };
    let vendor: Vendor = name
        .parse()
        .map_err(|err: trunkline::UnknownVendor| Failure::usage(err.to_string()))?;
    match emulator {
        Some(link) => link.provider(vendor),
        None => trunkline::provider_from_env(vendor).map_err(|err| Failure::other(err.to_string())),
    }
}
