//! The document's rules beyond its shape: names, `owns`, networks, environment-variable names,
//! and what each vendor's [`Capabilities`] can do. Every problem at once, each with its path.

use std::collections::BTreeMap;

use super::document::*;
use super::owns::Pattern;
use super::source::{Index, Path};
use super::{Problem, capabilities_of};
use crate::capabilities::{Capabilities, Setting};
use crate::engine::rules;
use crate::model::{Direction, NewTrunk, parse_network};
use crate::{Error, TrunkSpec};

/// Checks a typed document; problems are located through `index` where it knows the path.
pub(crate) fn document(desired: &Desired, index: &Index, out: &mut Vec<Problem>) {
    let mut push = |path: &Path, message: String| {
        out.push(Problem::new(&path.0, index.value(&path.0), message));
    };
    let root = Path::default().key("carriers");
    let mut labels: BTreeMap<String, Path> = BTreeMap::new();
    for (c, carrier) in desired.carriers.iter().enumerate() {
        let at = root.index(c);
        let label = carrier.label();
        if let Some(first) = labels.get(&label) {
            let path = if carrier.account.is_some() {
                at.key("account")
            } else {
                at.key("vendor")
            };
            push(
                &path,
                format!(
                    "a second carrier entry for the account `{label}` (the first is {}); give \
                     each entry of one vendor its own `account` label",
                    first.0
                ),
            );
        } else {
            labels.insert(label, at.clone());
        }
        if let Some(account) = &carrier.account
            && account.trim().is_empty()
        {
            push(&at.key("account"), "the account label is empty".to_owned());
        }
        env_names(carrier, &at, &mut push);
        let caps = match capabilities_of(carrier.vendor) {
            Some(caps) => Some(caps),
            None => {
                push(
                    &at.key("vendor"),
                    format!(
                        "vendor `{}` is not supported by this build of trunkline: {}",
                        carrier.vendor,
                        super::unsupported_vendor_reason(carrier.vendor)
                    ),
                );
                None
            }
        };
        let owns = match Pattern::new(&carrier.owns) {
            Ok(pattern) => Some(pattern),
            Err(message) => {
                push(&at.key("owns"), message);
                None
            }
        };
        let mut names: BTreeMap<&str, Path> = BTreeMap::new();
        for (t, trunk) in carrier.trunks.iter().enumerate() {
            let tp = at.key("trunks").index(t);
            let name = tp.key("name");
            if trunk.name.trim().is_empty() {
                push(&name, "the trunk name is empty".to_owned());
            } else if let Some(first) = names.get(trunk.name.as_str()) {
                push(
                    &name,
                    format!(
                        "duplicate trunk name `{}` (also {}): names are the keys, each trunk of an \
                         account needs its own",
                        trunk.name, first.0
                    ),
                );
            } else {
                names.insert(&trunk.name, name.clone());
            }
            if let Some(owns) = &owns
                && !trunk.name.trim().is_empty()
                && !owns.matches(&trunk.name)
            {
                push(
                    &name,
                    format!(
                        "`{}` is outside `owns: {}`: this document manages only the names its \
                         pattern matches",
                        trunk.name, carrier.owns
                    ),
                );
            }
            trunk_fields(trunk, &tp, &mut push);
            if let Some(caps) = &caps {
                vendor_rules(caps, trunk, &tp, &mut push);
            }
        }
    }
}

/// A valid environment-variable name: letters, digits and `_`, not starting with a digit.
pub(crate) fn is_env_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn env_names(carrier: &Carrier, at: &Path, push: &mut impl FnMut(&Path, String)) {
    let env = &carrier.env;
    let allowed: &[&str] = match carrier.vendor {
        VendorName::Plivo | VendorName::Vobiz => &["auth_id", "auth_token", "base_url"],
        VendorName::Twilio => &[
            "account_sid",
            "auth_token",
            "api_key",
            "api_secret",
            "base_url",
        ],
        VendorName::Telnyx => &["api_key", "base_url"],
    };
    for (key, value) in [
        ("auth_id", &env.auth_id),
        ("auth_token", &env.auth_token),
        ("account_sid", &env.account_sid),
        ("api_key", &env.api_key),
        ("api_secret", &env.api_secret),
        ("base_url", &env.base_url),
    ] {
        let Some(value) = value else { continue };
        let path = at.key("env").key(key);
        if !allowed.contains(&key) {
            push(
                &path,
                format!(
                    "{} credentials have no `{key}`; this entry may rename: {}",
                    carrier.vendor,
                    allowed.join(", ")
                ),
            );
        } else if !is_env_name(value) {
            push(
                &path,
                format!(
                    "{value:?} is not an environment-variable name (letters, digits and `_`); \
                     name the variable, never write the secret itself"
                ),
            );
        }
    }
    if let Some(profile) = &carrier.outbound_voice_profile {
        let path = at.key("outbound_voice_profile");
        if carrier.vendor != VendorName::Telnyx {
            push(
                &path,
                format!(
                    "{} trunks have no outbound voice profile; only Telnyx's do",
                    carrier.vendor
                ),
            );
        } else if profile.trim().is_empty() {
            push(&path, "the outbound voice profile id is empty".to_owned());
        }
    }
    if carrier.vendor == VendorName::Twilio && env.api_key.is_some() != env.api_secret.is_some() {
        let key = if env.api_key.is_some() {
            "api_key"
        } else {
            "api_secret"
        };
        push(
            &at.key("env").key(key),
            "Twilio API keys need both `api_key` and `api_secret`".to_owned(),
        );
    }
}

fn trunk_fields(trunk: &DesiredTrunk, at: &Path, push: &mut impl FnMut(&Path, String)) {
    let mut usernames: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, credential) in trunk.credentials.iter().enumerate() {
        let cp = at.key("credentials").index(i);
        if credential.username.trim().is_empty() {
            push(&cp.key("username"), "the username is empty".to_owned());
        } else if let Some(first) = usernames.insert(&credential.username, i) {
            push(
                &cp.key("username"),
                format!(
                    "duplicate username `{}` (also credentials[{first}])",
                    credential.username
                ),
            );
        }
        if !is_env_name(&credential.password_env) {
            push(
                &cp.key("password_env"),
                format!(
                    "{:?} is not an environment-variable name (letters, digits and `_`); \
                     `password_env` names the variable that holds the password",
                    credential.password_env
                ),
            );
        }
    }
    let mut networks: BTreeMap<String, usize> = BTreeMap::new();
    for (i, network) in trunk.networks.iter().enumerate() {
        let np = at.key("networks").index(i);
        match parse_network(network) {
            Ok(net) => {
                if let Some(first) = networks.insert(net.to_string(), i) {
                    push(
                        &np,
                        format!("duplicate network {net} (also networks[{first}])"),
                    );
                }
            }
            Err(message) => push(&np, message),
        }
    }
    let mut uris: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, uri) in trunk.origination_uris.iter().enumerate() {
        let up = at.key("origination_uris").index(i).key("uri");
        if uri.uri.trim().is_empty() {
            push(&up, "the origination URI is empty".to_owned());
        } else if let Some(first) = uris.insert(uri.uri.trim(), i) {
            push(
                &up,
                format!(
                    "duplicate origination URI {:?} (also origination_uris[{first}])",
                    uri.uri
                ),
            );
        }
    }
    let mut numbers: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, number) in trunk.phone_numbers.iter().enumerate() {
        let np = at.key("phone_numbers").index(i);
        if number.trim().is_empty() {
            push(&np, "the phone number is empty".to_owned());
        } else if let Some(first) = numbers.insert(number.trim(), i) {
            push(
                &np,
                format!("duplicate phone number {number:?} (also phone_numbers[{first}])"),
            );
        }
    }
}

/// The message of a facade error found before sending, and the field it names.
fn split(err: &Error) -> (Option<String>, String) {
    match err {
        Error::InvalidRequest { field, reason, .. } => (field.clone(), reason.clone()),
        Error::NotSupported { reason, .. } => (None, reason.clone()),
        other => (None, other.to_string()),
    }
}

fn vendor_rules(
    caps: &Capabilities,
    trunk: &DesiredTrunk,
    at: &Path,
    push: &mut impl FnMut(&Path, String),
) {
    let vendor = caps.vendor;
    let brand = rules::brand(vendor);
    let before = std::cell::Cell::new(0usize);
    let mut count = |path: &Path, message: String| {
        before.set(before.get() + 1);
        push(path, message);
    };
    let direction: Direction = trunk.direction.into();
    if !caps.trunk.directions.contains(&direction) {
        let allowed: Vec<String> = caps
            .trunk
            .directions
            .iter()
            .map(|d| d.to_string())
            .collect();
        count(
            &at.key("direction"),
            format!(
                "{brand} trunks are created {}; not {direction}",
                allowed.join(" or ")
            ),
        );
    }
    if !trunk.name.trim().is_empty()
        && let Err(err) = rules::text(vendor, "name", "trunk name", &trunk.name, &caps.trunk.name)
    {
        count(&at.key("name"), split(&err).1);
    }
    // The trunk's own settings, as a create would send them.
    let mut new = NewTrunk::new(direction);
    new.secure = trunk.secure;
    new.max_concurrent_calls = trunk.max_concurrent_calls;
    new.sip_domain = trunk.sip_domain.clone();
    for (key, set) in [
        ("secure", trunk.secure.is_some()),
        ("max_concurrent_calls", trunk.max_concurrent_calls.is_some()),
        ("sip_domain", trunk.sip_domain.is_some()),
    ] {
        if !set || !caps.trunk.directions.contains(&direction) {
            continue;
        }
        let mut only = NewTrunk::new(direction);
        only.name = Some("t".to_owned()); // the name is checked on its own above
        match key {
            "secure" => only.secure = new.secure,
            "max_concurrent_calls" => only.max_concurrent_calls = new.max_concurrent_calls,
            _ => only.sip_domain = new.sip_domain.clone(),
        }
        if let Err(err) = rules::new_trunk(caps, &only) {
            // Only the setting's own problems count here (the name and what a trunk needs
            // attached have their own checks).
            let (field, message) = split(&err);
            if field.as_deref().is_none_or(|f| f == key) {
                count(&at.key(key), message);
            }
        }
    }
    // Where things attach, and how many.
    for (key, len, rule, limit) in [
        (
            "credentials",
            trunk.credentials.len(),
            &caps.trunk.credential_lists,
            caps.credential_list.max_credentials,
        ),
        (
            "networks",
            trunk.networks.len(),
            &caps.trunk.ip_access_lists,
            caps.ip_access_list.max_entries,
        ),
        (
            "origination_uris",
            trunk.origination_uris.len(),
            &caps.trunk.origination_uris,
            caps.trunk.origination_uris.max,
        ),
    ] {
        if len == 0 {
            continue;
        }
        if !rule.directions.contains(&direction) {
            let allowed: Vec<String> = rule.directions.iter().map(|d| d.to_string()).collect();
            count(
                &at.key(key),
                format!(
                    "{brand} takes {key} on {} trunks only, and this trunk is {direction}",
                    allowed.join(" or ")
                ),
            );
        }
        if let Some(max) = limit
            && len > max
        {
            count(
                &at.key(key).index(max),
                format!(
                    "{brand} allows at most {max} {key} per trunk (the trunk's {} holds {max}); \
                     the document has {len}",
                    match key {
                        "credentials" => "credential",
                        "networks" => "IP access list",
                        _ => "primary and fallback",
                    }
                ),
            );
        }
    }
    for (i, credential) in trunk.credentials.iter().enumerate() {
        if credential.username.trim().is_empty() {
            continue;
        }
        if let Err(err) = rules::text(
            vendor,
            "username",
            "username",
            &credential.username,
            &caps.credential_list.username,
        ) {
            count(
                &at.key("credentials").index(i).key("username"),
                split(&err).1,
            );
        }
    }
    for (i, network) in trunk.networks.iter().enumerate() {
        if let Ok(net) = parse_network(network)
            && let Err(err) = rules::network(caps, "network", &net)
        {
            count(&at.key("networks").index(i), split(&err).1);
        }
    }
    for (i, uri) in trunk.origination_uris.iter().enumerate() {
        let up = at.key("origination_uris").index(i);
        if !uri.uri.trim().is_empty()
            && let Err(err) = rules::sip_uri(caps, "uri", &uri.uri)
        {
            count(&up.key("uri"), split(&err).1);
        }
        for (key, set, setting) in [
            (
                "priority",
                uri.priority.is_some(),
                &caps.origination_uri.priority,
            ),
            ("weight", uri.weight.is_some(), &caps.origination_uri.weight),
        ] {
            if let (true, Setting::Unsupported { reason } | Setting::Fixed { reason, .. }) =
                (set, setting)
            {
                count(&up.key(key), format!("{reason}: remove `{key}`"));
            }
        }
    }
    if !trunk.phone_numbers.is_empty() {
        match caps.unsupported_reason(crate::Operation::AttachPhoneNumber) {
            Some(reason) => count(
                &at.key("phone_numbers"),
                format!("{brand} cannot attach phone numbers to trunks: {reason}"),
            ),
            None => {
                for (i, number) in trunk.phone_numbers.iter().enumerate() {
                    if !number.trim().is_empty()
                        && let Err(err) = rules::phone_number(caps, number)
                    {
                        count(&at.key("phone_numbers").index(i), split(&err).1);
                    }
                }
            }
        }
    }
    if before.get() > 0 {
        return;
    }
    // Whatever else the vendor's rules say about the whole trunk (inbound needs a URI, outbound
    // needs credentials or networks, limits on names derived from the trunk's): the facade's
    // own check, with a stand-in password (passwords are checked when they are read).
    let mut spec = TrunkSpec::new(trunk.name.clone(), direction);
    spec.secure = trunk.secure;
    spec.max_concurrent_calls = trunk.max_concurrent_calls;
    spec.sip_domain = trunk.sip_domain.clone();
    for credential in &trunk.credentials {
        spec = spec.with_credential(credential.username.clone(), "Stand-in-passw0rd");
    }
    spec.networks = trunk
        .networks
        .iter()
        .filter_map(|n| parse_network(n).ok())
        .collect();
    spec.origination_uris = trunk
        .origination_uris
        .iter()
        .map(|u| crate::NewOriginationUri::new(u.uri.clone()))
        .collect();
    spec.phone_numbers = trunk.phone_numbers.clone();
    if let Err(err) = rules::spec(caps, &spec) {
        let (field, message) = split(&err);
        let path = match field {
            Some(field) if !field.contains("password") => at.key(&field),
            _ => at.clone(),
        };
        push(&path, message);
    }
}
