//! From a document to what plan and apply work with: each carrier entry's trunks as
//! [`TrunkSpec`]s (passwords read from their variables) and a provider per account.

use std::collections::BTreeMap;
use std::sync::Arc;

use trunkline_core::{ClientConfig, SecretString};

use super::document::*;
use super::owns::Pattern;
use super::{Document, DocumentError, Problem, capabilities_of, unsupported_vendor_reason};
use crate::engine::rules;
use crate::model::parse_network;
use crate::provider::TrunkProvider;
use crate::{NewOriginationUri, TrunkSpec};

/// Where environment variables come from: the process, or a map (tests, embedding).
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub enum EnvSource {
    /// `std::env`.
    #[default]
    Process,
    /// These variables only. `Debug` shows names, never values.
    Map(RedactedMap),
}

/// Variables by name; `Debug` lists the names only.
#[derive(Clone, Default)]
pub struct RedactedMap(BTreeMap<String, String>);

impl std::fmt::Debug for RedactedMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

impl EnvSource {
    /// A source holding exactly these variables.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Self::Map(RedactedMap(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        ))
    }

    /// The variable's value, trimmed; empty counts as unset.
    pub fn get(&self, name: &str) -> Option<String> {
        let value = match self {
            Self::Process => std::env::var(name).ok()?,
            Self::Map(map) => map.0.get(name)?.clone(),
        };
        let value = value.trim();
        (!value.is_empty()).then(|| value.to_owned())
    }
}

/// One carrier entry, ready to plan: its label, rules, `owns` and trunk specs.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ResolvedCarrier {
    /// The account's label (`account`, or the vendor's name).
    pub label: String,
    /// The vendor.
    pub vendor: VendorName,
    /// Which names the entry manages.
    pub owns: Pattern,
    /// The trunks, in document order, each with its path in the document
    /// (`carriers[0].trunks[1]`). `Debug` never shows passwords.
    pub trunks: Vec<(String, TrunkSpec)>,
}

/// A document with its passwords read: what [`super::plan`] takes.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Resolved {
    /// One per carrier entry, in document order.
    pub carriers: Vec<ResolvedCarrier>,
}

/// A trunk of the document as the facade's [`TrunkSpec`]; `password` gives each credential's
/// password. URIs without a priority get none here (ensure and provision number them).
pub(crate) fn spec_of(
    trunk: &DesiredTrunk,
    mut password: impl FnMut(usize, &DesiredCredential) -> SecretString,
) -> TrunkSpec {
    let mut spec = TrunkSpec::new(trunk.name.clone(), trunk.direction.into());
    spec.secure = trunk.secure;
    spec.sip_domain = trunk.sip_domain.clone();
    spec.max_concurrent_calls = trunk.max_concurrent_calls;
    for (i, credential) in trunk.credentials.iter().enumerate() {
        spec = spec.with_credential(credential.username.clone(), password(i, credential));
    }
    spec.networks = trunk
        .networks
        .iter()
        .filter_map(|n| parse_network(n).ok())
        .collect();
    spec.origination_uris = trunk
        .origination_uris
        .iter()
        .map(|u| {
            let mut uri = NewOriginationUri::new(u.uri.trim());
            uri.priority = u.priority;
            uri.weight = u.weight;
            uri
        })
        .collect();
    spec.phone_numbers = trunk
        .phone_numbers
        .iter()
        .map(|n| n.trim().to_owned())
        .collect();
    spec
}

impl Document {
    /// Reads every password from its variable and checks it against the vendor's password
    /// policy; every missing variable and weak password is a problem at its `password_env`
    /// (messages never contain a password).
    pub fn resolve(&self, env: &EnvSource) -> Result<Resolved, DocumentError> {
        let mut problems = Vec::new();
        let mut carriers = Vec::new();
        for (c, carrier) in self.desired().carriers.iter().enumerate() {
            let caps = capabilities_of(carrier.vendor);
            let owns = Pattern::new(&carrier.owns).expect("validated when read");
            let mut trunks = Vec::new();
            for (t, trunk) in carrier.trunks.iter().enumerate() {
                let path = format!("carriers[{c}].trunks[{t}]");
                let spec = spec_of(trunk, |i, credential| {
                    let field = format!("{path}.credentials[{i}].password_env");
                    let name = &credential.password_env;
                    match env.get(name) {
                        None => {
                            problems.push(self.problem(
                                &field,
                                format!(
                                    "the environment variable {name} is not set (it holds the \
                                     password of `{}`)",
                                    credential.username
                                ),
                            ));
                            SecretString::from(String::new())
                        }
                        Some(value) => {
                            let secret = SecretString::from(value);
                            if let Some(caps) = &caps
                                && let Err(err) = rules::password(
                                    caps.vendor,
                                    "password",
                                    &secret,
                                    &caps.credential_list.password,
                                )
                            {
                                let reason = match &err {
                                    crate::Error::InvalidRequest { reason, .. } => reason.clone(),
                                    other => other.to_string(),
                                };
                                problems.push(
                                    self.problem(
                                        &field,
                                        format!("the password in {name}: {reason}"),
                                    ),
                                );
                            }
                            secret
                        }
                    }
                });
                trunks.push((path, spec));
            }
            carriers.push(ResolvedCarrier {
                label: carrier.label(),
                vendor: carrier.vendor,
                owns,
                trunks,
            });
        }
        if problems.is_empty() {
            Ok(Resolved { carriers })
        } else {
            Err(self.error(problems))
        }
    }

    /// A provider for every carrier entry from its environment variables (the vendor's own, or
    /// those its `env` names), each with `config`. Problems name the variable and the entry.
    pub fn accounts_from_env(
        &self,
        env: &EnvSource,
        config: &ClientConfig,
    ) -> Result<Accounts, DocumentError> {
        let mut accounts = Accounts::new();
        let mut problems: Vec<Problem> = Vec::new();
        for (c, carrier) in self.desired().carriers.iter().enumerate() {
            let path = format!("carriers[{c}]");
            match provider_from(carrier, env, config) {
                Ok(provider) => {
                    accounts.insert(carrier.label(), provider);
                }
                Err(message) => problems.push(self.problem(&path, message)),
            }
        }
        if problems.is_empty() {
            Ok(accounts)
        } else {
            Err(self.error(problems))
        }
    }
}

fn provider_from(
    carrier: &Carrier,
    env: &EnvSource,
    config: &ClientConfig,
) -> Result<Arc<dyn TrunkProvider>, String> {
    let names = &carrier.env;
    let var = |over: &Option<String>, default: &str| -> (String, Option<String>) {
        let name = over.clone().unwrap_or_else(|| default.to_owned());
        let value = env.get(&name);
        (name, value)
    };
    let need = |(name, value): (String, Option<String>)| -> Result<String, String> {
        value.ok_or_else(|| {
            format!(
                "the environment variable {name} is not set ({} credentials for account `{}`)",
                carrier.vendor,
                carrier.label()
            )
        })
    };
    let built = |result: crate::Result<Arc<dyn TrunkProvider>>| {
        result.map_err(|err| format!("account `{}`: {err}", carrier.label()))
    };
    let Some(vendor) = carrier.vendor.vendor() else {
        return Err(unsupported_vendor_reason(carrier.vendor));
    };
    #[allow(unreachable_patterns, unused_variables)]
    match vendor {
        #[cfg(feature = "plivo")]
        crate::Vendor::Plivo => {
            let id = need(var(&names.auth_id, trunkline_plivo::ENV_AUTH_ID))?;
            let token = need(var(&names.auth_token, trunkline_plivo::ENV_AUTH_TOKEN))?;
            let base = var(&names.base_url, trunkline_plivo::ENV_BASE_URL).1;
            built(
                crate::PlivoProvider::with_config(&id, token, base.as_deref(), config.clone())
                    .map(|p| Arc::new(p) as Arc<dyn TrunkProvider>),
            )
        }
        #[cfg(feature = "vobiz")]
        crate::Vendor::Vobiz => {
            let id = need(var(&names.auth_id, trunkline_vobiz::ENV_AUTH_ID))?;
            let token = need(var(&names.auth_token, trunkline_vobiz::ENV_AUTH_TOKEN))?;
            let base = var(&names.base_url, trunkline_vobiz::ENV_BASE_URL).1;
            built(
                crate::VobizProvider::with_config(&id, token, base.as_deref(), config.clone())
                    .map(|p| Arc::new(p) as Arc<dyn TrunkProvider>),
            )
        }
        #[cfg(feature = "twilio")]
        crate::Vendor::Twilio => {
            use trunkline_twilio::{ClientBuilder, ENV_API_KEY, ENV_API_SECRET};
            let sid = need(var(&names.account_sid, trunkline_twilio::ENV_ACCOUNT_SID))?;
            let key = var(&names.api_key, ENV_API_KEY);
            let secret = var(&names.api_secret, ENV_API_SECRET);
            let mut builder = match (key.1.clone(), secret.1.clone()) {
                (Some(key), Some(secret)) => ClientBuilder::api_key(sid, key, secret),
                (Some(_), None) | (None, Some(_)) => {
                    return Err(format!(
                        "Twilio API keys need both {} and {} set (account `{}`)",
                        key.0,
                        secret.0,
                        carrier.label()
                    ));
                }
                (None, None) => {
                    let token = need(var(&names.auth_token, trunkline_twilio::ENV_AUTH_TOKEN))?;
                    ClientBuilder::new(sid, token)
                }
            };
            if let Some(base) = &names.base_url {
                if let Some(url) = env.get(base) {
                    builder = builder.base_url(url);
                }
            } else {
                if let Some(url) = env.get(trunkline_twilio::trunking::ENV_BASE_URL) {
                    builder = builder.trunking_base_url(url);
                }
                if let Some(url) = env.get(trunkline_twilio::sip::ENV_BASE_URL) {
                    builder = builder.sip_base_url(url);
                }
            }
            built(
                builder
                    .config(config.clone())
                    .build()
                    .map_err(crate::Error::from)
                    .map(|client| {
                        Arc::new(crate::TwilioProvider::from_client(client))
                            as Arc<dyn TrunkProvider>
                    }),
            )
        }
        #[cfg(feature = "telnyx")]
        crate::Vendor::Telnyx => {
            let key = need(var(&names.api_key, trunkline_telnyx::ENV_API_KEY))?;
            let base = var(&names.base_url, trunkline_telnyx::ENV_BASE_URL).1;
            let profile = carrier
                .outbound_voice_profile
                .clone()
                .or_else(|| env.get(crate::ENV_TELNYX_OUTBOUND_VOICE_PROFILE_ID));
            built(
                crate::TelnyxProvider::with_config(key, base.as_deref(), config.clone()).map(|p| {
                    let p = match profile {
                        Some(id) => p.with_outbound_voice_profile(id),
                        None => p,
                    };
                    Arc::new(p) as Arc<dyn TrunkProvider>
                }),
            )
        }
        _ => Err(unsupported_vendor_reason(carrier.vendor)),
    }
}

/// A provider per account label: what plan, apply and export talk to.
#[derive(Clone, Debug, Default)]
pub struct Accounts {
    providers: BTreeMap<String, Arc<dyn TrunkProvider>>,
}

impl Accounts {
    /// No account yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or replaces) the provider for the account `label`.
    pub fn insert(&mut self, label: impl Into<String>, provider: Arc<dyn TrunkProvider>) {
        self.providers.insert(label.into(), provider);
    }

    /// The same, by value.
    pub fn with(mut self, label: impl Into<String>, provider: Arc<dyn TrunkProvider>) -> Self {
        self.insert(label, provider);
        self
    }

    /// The provider of the account `label`.
    pub fn get(&self, label: &str) -> Option<&Arc<dyn TrunkProvider>> {
        self.providers.get(label)
    }

    /// Every account, by label.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Arc<dyn TrunkProvider>)> {
        self.providers.iter().map(|(k, v)| (k.as_str(), v))
    }
}
