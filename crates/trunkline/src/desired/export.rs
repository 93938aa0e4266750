//! `export`: an account as it is, written as a document, so that planning the export against
//! the same account changes nothing.

use futures::TryStreamExt;

use super::document::*;
use super::owns::Pattern;
use crate::capabilities::Setting;
use crate::model::{TrunkFilter, TrunkId};
use crate::provider::TrunkProvider;
use crate::{Error, Result};

/// What to export.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExportOptions {
    /// Only trunks whose names match this pattern (it becomes the entry's `owns`); `None`:
    /// every named trunk, `owns: "*"`.
    pub pattern: Option<Pattern>,
    /// The entry's `account` label.
    pub account: Option<String>,
}

impl ExportOptions {
    /// Every named trunk.
    pub fn new() -> Self {
        Self::default()
    }

    /// Only names matching `pattern`.
    pub fn with_pattern(mut self, pattern: Pattern) -> Self {
        self.pattern = Some(pattern);
        self
    }

    /// Labels the entry.
    pub fn with_account(mut self, account: impl Into<String>) -> Self {
        self.account = Some(account.into());
        self
    }
}

/// The variable name an exported credential's password is expected in:
/// `{TRUNK}_{USERNAME}_PASSWORD`, upper-case, other characters as `_`.
pub fn password_env_name(trunk: &str, username: &str) -> String {
    let mut name: String = format!("{trunk}_{username}_PASSWORD")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

/// One account as a carrier entry: every trunk whose name matches, with what is attached to
/// it. Trunks without a name cannot be keyed and are left out (and so are names that two
/// trunks share: listed in the error if any). Passwords are never readable: each credential
/// names a variable ([`password_env_name`]).
pub async fn export_carrier(
    provider: &dyn TrunkProvider,
    options: &ExportOptions,
) -> Result<(Carrier, Vec<String>)> {
    let vendor = provider.vendor();
    let caps = provider.capabilities();
    let name = VendorName::from_vendor(vendor).ok_or_else(|| {
        Error::Config(trunkline_core::ConfigError::InvalidEnv {
            name: "vendor".to_owned(),
            reason: format!("{vendor} cannot be written in a document"),
        })
    })?;
    let owns = options
        .pattern
        .as_ref()
        .map_or_else(|| "*".to_owned(), |p| p.as_str().to_owned());
    let mut carrier = Carrier::new(name, owns);
    carrier.account = options.account.clone();
    let mut notes = Vec::new();
    let trunks: Vec<_> = provider
        .list_trunks(TrunkFilter::new())
        .try_collect()
        .await?;
    let mut named: Vec<(String, TrunkId)> = Vec::new();
    for trunk in trunks {
        match trunk.name.as_deref().map(str::trim) {
            None | Some("") => notes.push(format!("trunk {} has no name: left out", trunk.id)),
            Some(name) => {
                if options.pattern.as_ref().is_none_or(|p| p.matches(name)) {
                    named.push((name.to_owned(), trunk.id.clone()));
                }
            }
        }
    }
    named.sort();
    let mut i = 0;
    while i < named.len() {
        let same = named[i..]
            .iter()
            .take_while(|(n, _)| *n == named[i].0)
            .count();
        if same > 1 {
            let ids: Vec<String> = named[i..i + same]
                .iter()
                .map(|(_, id)| id.to_string())
                .collect();
            notes.push(format!(
                "{} trunks are named `{}` ({}): left out, rename all but one",
                same,
                named[i].0,
                ids.join(", ")
            ));
            named.drain(i..i + same);
        } else {
            i += 1;
        }
    }
    for (name, id) in named {
        let trunk = provider.get_trunk(&id).await?;
        let mut out = DesiredTrunk::new(
            name.clone(),
            DesiredDirection::from_direction(trunk.direction),
        );
        if caps.trunk.secure.is_settable() {
            out.secure = trunk.secure;
        }
        if caps.trunk.sip_domain.is_settable() {
            out.sip_domain = trunk.sip_domain.clone();
        }
        if caps.trunk.max_concurrent_calls.is_settable() {
            out.max_concurrent_calls = trunk.max_concurrent_calls;
        }
        let attachments = trunk.attachments.clone().unwrap_or_default();
        for list in &attachments.credential_lists {
            let list = provider.get_credential_list(list).await?;
            for credential in list.credentials {
                let env = password_env_name(&name, &credential.username);
                out.credentials
                    .push(DesiredCredential::new(credential.username, env));
            }
        }
        for list in &attachments.ip_access_lists {
            let list = provider.get_ip_access_list(list).await?;
            out.networks
                .extend(list.entries.iter().map(|e| e.network.to_string()));
        }
        let uris: Vec<_> = if caps.origination_uri.created_under_trunk {
            provider
                .list_origination_uris(Some(&trunk.id))
                .try_collect()
                .await?
        } else {
            let mut uris = Vec::new();
            for id in &attachments.origination_uris {
                uris.push(provider.get_origination_uri(id).await?);
            }
            uris
        };
        for uri in uris {
            let mut desired = DesiredOriginationUri::new(uri.sip_uri);
            if matches!(caps.origination_uri.priority, Setting::Settable) {
                desired.priority = uri.priority;
            }
            if matches!(caps.origination_uri.weight, Setting::Settable) {
                desired.weight = uri.weight;
            }
            out.origination_uris.push(desired);
        }
        if caps.supports(crate::Operation::ListPhoneNumbers) {
            let numbers: Vec<_> = provider.list_phone_numbers(&trunk.id).try_collect().await?;
            out.phone_numbers = numbers.into_iter().map(|n| n.id).collect();
        }
        carrier.trunks.push(out);
    }
    Ok((carrier, notes))
}

/// Every account of `accounts` as one document (labels kept where there are several).
pub async fn export(
    accounts: &super::Accounts,
    options: &ExportOptions,
) -> Result<(Desired, Vec<String>)> {
    let mut desired = Desired::default();
    let mut notes = Vec::new();
    let several = accounts.iter().count() > 1;
    for (label, provider) in accounts.iter() {
        let mut options = options.clone();
        if several && options.account.is_none() && label != provider.vendor().as_str() {
            options.account = Some(label.to_owned());
        }
        let (carrier, more) = export_carrier(provider.as_ref(), &options).await?;
        desired.carriers.push(carrier);
        notes.extend(more.into_iter().map(|n| format!("{label}: {n}")));
    }
    Ok((desired, notes))
}
