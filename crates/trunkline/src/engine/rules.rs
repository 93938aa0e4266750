//! Validation against [`Capabilities`]: every request is checked here, before anything is sent,
//! against the one statement of its vendor's rules. A field the vendor cannot store is
//! `NotSupported`; a value that breaks a documented rule is `InvalidRequest` naming the field.

use crate::capabilities::{
    AttachRule, Attachment, Capabilities, NumberFormat, PasswordRule, Setting, TextRule,
};
use crate::model::*;
use crate::provision::TrunkSpec;
use crate::{Error, Operation, Result, SecretString};

/// The vendor's name as its documentation writes it, for messages.
pub(crate) fn brand(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::Plivo => "Plivo",
        Vendor::Twilio => "Twilio",
        Vendor::Vobiz => "Vobiz",
        Vendor::Telnyx => "Telnyx",
    }
}

/// Checks caller-given ids that go into a URL path, before anything is sent.
///
/// The generated clients percent-encode path parameters (`/`, `?`, `#`, `%`, `\`, spaces,
/// control characters and non-ASCII cannot add segments or end the path), but `.`, `..` and the
/// empty id are resolved away by URL parsing (trunkline-core's path check refuses those too).
/// They are refused here with the field named. Ids with a backslash are refused as well: the
/// clients would send them encoded, but no vendor issues such ids, and a caller passing one is
/// almost certainly building a path by hand. Every other id is sent encoded as one segment.
pub(crate) fn path_ids(vendor: Vendor, ids: &[(&str, &str)]) -> Result<()> {
    for (field, id) in ids {
        let problem = if id.is_empty() {
            "is empty, which would address a different resource"
        } else if *id == "." || *id == ".." {
            "is a dot segment (`.` or `..`), which would address a different resource"
        } else if id.contains('\\') {
            "contains a backslash, which URL parsing reads as `/`: it would address a different resource"
        } else {
            continue;
        };
        return Err(Error::invalid(
            vendor,
            field,
            format!("the {field} {problem}"),
        ));
    }
    Ok(())
}

/// `NotSupported` for `operation` unless the vendor has it.
pub(crate) fn supported(caps: &Capabilities, operation: Operation) -> Result<()> {
    match caps.unsupported_reason(operation) {
        Some(reason) => Err(Error::not_supported(
            caps.vendor,
            operation.as_str(),
            reason,
        )),
        None => Ok(()),
    }
}

/// A text field against its rule: blank where required, too short or long, a character outside
/// the allowed set. `what` names it in messages ("trunk name", "username").
pub(crate) fn text(
    vendor: Vendor,
    field: &str,
    what: &str,
    value: &str,
    rule: &TextRule,
) -> Result<()> {
    if rule.required && value.trim().is_empty() {
        return Err(Error::invalid(
            vendor,
            field,
            format!("a {} {what} cannot be empty", brand(vendor)),
        ));
    }
    let count = value.chars().count();
    if let Some(max) = rule.max_chars
        && count > max
    {
        return Err(Error::invalid(
            vendor,
            field,
            format!("{vendor} allows at most {max} characters, got {count}"),
        ));
    }
    if count < rule.min_chars {
        return Err(Error::invalid(
            vendor,
            field,
            format!(
                "{} requires at least {} characters",
                brand(vendor),
                rule.min_chars
            ),
        ));
    }
    if let Some(symbols) = rule.allowed_symbols
        && let Some(bad) = value
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || symbols.contains(*c)))
    {
        let symbols: Vec<String> = symbols.chars().map(|c| format!("`{c}`")).collect();
        return Err(Error::invalid(
            vendor,
            field,
            format!(
                "{} {what}s take letters, digits and {} only, not {bad:?}",
                brand(vendor),
                symbols.join(" ")
            ),
        ));
    }
    Ok(())
}

/// A password against its policy. The message never contains the password.
pub(crate) fn password(
    vendor: Vendor,
    field: &str,
    password: &SecretString,
    rule: &PasswordRule,
) -> Result<()> {
    if password.is_empty() {
        return Err(Error::invalid(vendor, field, "empty password"));
    }
    let text = password.expose();
    let strong = text.chars().count() >= rule.min_chars
        && (!rule.needs_digit || text.chars().any(|c| c.is_ascii_digit()))
        && (!rule.needs_upper || text.chars().any(char::is_uppercase))
        && (!rule.needs_lower || text.chars().any(char::is_lowercase));
    if strong {
        return Ok(());
    }
    let mixed = if rule.needs_digit && rule.needs_upper && rule.needs_lower {
        " with a digit, an upper-case and a lower-case letter"
    } else {
        ""
    };
    Err(Error::invalid(
        vendor,
        field,
        format!(
            "{} requires at least {} characters{mixed}",
            brand(vendor),
            rule.min_chars
        ),
    ))
}

/// One credential; `prefix` is its field path (`credentials[0].`, or empty).
pub(crate) fn credential(
    caps: &Capabilities,
    prefix: &str,
    credential: &NewCredential,
) -> Result<()> {
    let (vendor, rules) = (caps.vendor, &caps.credential_list);
    let (username, password_field) = (format!("{prefix}username"), format!("{prefix}password"));
    if credential.username.trim().is_empty() {
        return Err(Error::invalid(vendor, &username, "empty username"));
    }
    if credential.password.is_empty() {
        return Err(Error::invalid(vendor, &password_field, "empty password"));
    }
    text(
        vendor,
        &username,
        "username",
        &credential.username,
        &rules.username,
    )?;
    password(
        vendor,
        &password_field,
        &credential.password,
        &rules.password,
    )
}

/// A field the caller set (`Some`) against whether the vendor can store it: on create, a
/// [`Setting::Fixed`] switch accepts its fixed value.
fn setting<T: PartialEq<bool>>(
    caps: &Capabilities,
    operation: Operation,
    value: Option<&T>,
    setting: &Setting,
    creating: bool,
) -> Result<()> {
    let Some(value) = value else {
        return Ok(());
    };
    match setting {
        Setting::Settable => Ok(()),
        Setting::Fixed { value: fixed, .. } if creating && *value == *fixed => Ok(()),
        Setting::Unsupported { reason } | Setting::Fixed { reason, .. } => Err(
            Error::not_supported(caps.vendor, operation.as_str(), *reason),
        ),
    }
}

/// For fields that are not switches: any value counts as set.
struct Set;

impl PartialEq<bool> for Set {
    fn eq(&self, _: &bool) -> bool {
        false
    }
}

fn is_set<T>(value: &Option<T>) -> Option<&Set> {
    value.as_ref().map(|_| &Set)
}

/// The attachments of a trunk being created, kind by kind.
fn attachments(
    caps: &Capabilities,
    direction: Direction,
    kinds: [(&str, &str, usize, &AttachRule); 3],
) -> Result<()> {
    let vendor = caps.vendor;
    for (field, what, count, rule) in kinds {
        if count == 0 {
            continue;
        }
        let created_on_trunk =
            field == "origination_uris" && caps.origination_uri.created_under_trunk;
        if rule.how == Attachment::Owned || created_on_trunk {
            return Err(Error::not_supported(
                vendor,
                Operation::CreateTrunk.as_str(),
                format!(
                    "{} {what}s are created on their trunk: create the trunk, then \
                     create_origination_uri with `trunk` set",
                    brand(vendor)
                ),
            ));
        }
        if let Some(max) = rule.max
            && count > max
        {
            return Err(Error::not_supported(
                vendor,
                Operation::CreateTrunk.as_str(),
                format!(
                    "a {} trunk takes at most {max} {what}(s), got {count}",
                    brand(vendor)
                ),
            ));
        }
        if !rule.directions.contains(&direction) {
            return Err(wrong_direction(vendor, field, direction));
        }
    }
    Ok(())
}

/// A trunk with credentials and an IP list or origination URIs, where the vendor fixes at
/// creation how a trunk authenticates.
fn exclusive(caps: &Capabilities, field: &str, credentials: usize, others: usize) -> Result<()> {
    if !caps.trunk.credentials_exclusive || credentials == 0 || others == 0 {
        return Ok(());
    }
    Err(Error::invalid(
        caps.vendor,
        field,
        format!(
            "a {} trunk authenticates either by credentials (registration) or by address, \
             fixed when it is created: give credentials alone, or networks and origination URIs",
            brand(caps.vendor)
        ),
    ))
}

/// A trunk of `direction` cannot have what `field` holds.
fn wrong_direction(vendor: Vendor, field: &str, direction: Direction) -> Error {
    let does = if field == "origination_uris" {
        "do not route to origination URIs"
    } else {
        "do not authenticate by credentials or IP"
    };
    Error::invalid(
        vendor,
        field,
        format!("{} {direction} trunks {does}", brand(vendor)),
    )
}

fn direction(caps: &Capabilities, direction: Direction) -> Result<()> {
    let rules = &caps.trunk;
    if rules.directions.contains(&direction) {
        return Ok(());
    }
    let allowed: Vec<String> = rules.directions.iter().map(ToString::to_string).collect();
    Err(Error::not_supported(
        caps.vendor,
        Operation::CreateTrunk.as_str(),
        format!(
            "{} trunks are created {}, not {direction}",
            brand(caps.vendor),
            allowed.join(" or ")
        ),
    ))
}

fn sip_domain(
    caps: &Capabilities,
    operation: Operation,
    domain: Option<&String>,
    creating: bool,
) -> Result<()> {
    setting(
        caps,
        operation,
        is_set(&domain),
        &caps.trunk.sip_domain,
        creating,
    )?;
    if let (Some(domain), Some(suffix)) = (domain, caps.trunk.sip_domain_suffix)
        && !domain.trim().ends_with(suffix)
    {
        return Err(Error::invalid(
            caps.vendor,
            "sip_domain",
            format!(
                "a {} trunk domain must end in {suffix}, got {domain:?}",
                brand(caps.vendor)
            ),
        ));
    }
    Ok(())
}

/// A trunk to create.
pub(crate) fn new_trunk(caps: &Capabilities, new: &NewTrunk) -> Result<()> {
    let (vendor, rules, op) = (caps.vendor, &caps.trunk, Operation::CreateTrunk);
    direction(caps, new.direction)?;
    match &new.name {
        Some(name) => text(vendor, "name", "trunk name", name, &rules.name)?,
        None if rules.name.required => {
            return Err(Error::invalid(
                vendor,
                "name",
                format!("a {} trunk needs a name", brand(vendor)),
            ));
        }
        None => {}
    }
    setting(caps, op, new.enabled.as_ref(), &rules.enabled, true)?;
    setting(caps, op, new.secure.as_ref(), &rules.secure, true)?;
    setting(
        caps,
        op,
        is_set(&new.max_concurrent_calls),
        &rules.max_concurrent_calls,
        true,
    )?;
    sip_domain(caps, op, new.sip_domain.as_ref(), true)?;
    attachments(
        caps,
        new.direction,
        [
            (
                "credential_lists",
                "credential list",
                new.credential_lists.len(),
                &rules.credential_lists,
            ),
            (
                "ip_access_lists",
                "IP access list",
                new.ip_access_lists.len(),
                &rules.ip_access_lists,
            ),
            (
                "origination_uris",
                "origination URI",
                new.origination_uris.len(),
                &rules.origination_uris,
            ),
        ],
    )?;
    let others = new.ip_access_lists.len() + new.origination_uris.len();
    exclusive(caps, "credential_lists", new.credential_lists.len(), others)?;
    let has_auth = !new.credential_lists.is_empty() || !new.ip_access_lists.is_empty();
    if new.direction == Direction::Inbound
        && rules.inbound_requires_origination_uri
        && new.origination_uris.is_empty()
    {
        return Err(Error::invalid(
            vendor,
            "origination_uris",
            format!(
                "a {} inbound trunk needs a primary origination URI",
                brand(vendor)
            ),
        ));
    }
    if new.direction == Direction::Outbound && rules.outbound_requires_auth && !has_auth {
        return Err(Error::invalid(
            vendor,
            "credential_lists",
            format!(
                "a {} outbound trunk needs a credential or an IP access list",
                brand(vendor)
            ),
        ));
    }
    Ok(())
}

/// Changes to a trunk.
pub(crate) fn trunk_update(caps: &Capabilities, update: &TrunkUpdate) -> Result<()> {
    let (rules, op) = (&caps.trunk, Operation::UpdateTrunk);
    if let Some(name) = &update.name {
        text(caps.vendor, "name", "trunk name", name, &rules.name)?;
    }
    setting(caps, op, update.enabled.as_ref(), &rules.enabled, false)?;
    setting(caps, op, update.secure.as_ref(), &rules.secure, false)?;
    setting(
        caps,
        op,
        is_set(&update.max_concurrent_calls),
        &rules.max_concurrent_calls,
        false,
    )?;
    sip_domain(caps, op, update.sip_domain.as_ref(), false)
}

/// A credential list to create.
pub(crate) fn new_credential_list(caps: &Capabilities, list: &NewCredentialList) -> Result<()> {
    let (vendor, rules) = (caps.vendor, &caps.credential_list);
    text(
        vendor,
        "name",
        "credential list name",
        &list.name,
        &rules.name,
    )?;
    if rules.single_credential() && list.credentials.is_empty() {
        return Err(Error::invalid(
            vendor,
            "credentials",
            format!("a {vendor} credential needs a username and password"),
        ));
    }
    if let Some(max) = rules.max_credentials
        && list.credentials.len() > max
    {
        return Err(Error::not_supported(
            vendor,
            Operation::CreateCredentialList.as_str(),
            if max == 1 {
                format!(
                    "a {vendor} credential holds exactly one username; create one list per username"
                )
            } else {
                format!("a {vendor} credential list holds at most {max} credentials")
            },
        ));
    }
    for (i, item) in list.credentials.iter().enumerate() {
        credential(caps, &format!("credentials[{i}]."), item)?;
    }
    Ok(())
}

/// A new password for a credential of `list`.
pub(crate) fn new_password(
    caps: &Capabilities,
    list: &CredentialListId,
    credential: &CredentialId,
    new: &SecretString,
) -> Result<()> {
    let vendor = caps.vendor;
    if caps.credential_list.single_credential() && list.as_str() != credential.as_str() {
        return Err(Error::invalid(
            vendor,
            "credential",
            format!(
                "a {} credential list holds only the credential of the same id",
                brand(vendor)
            ),
        ));
    }
    password(vendor, "password", new, &caps.credential_list.password)
}

/// One network for an IP access list.
pub(crate) fn network(caps: &Capabilities, field: &str, network: &IpNet) -> Result<()> {
    if caps.ip_access_list.ipv4_only && network.addr().is_ipv6() {
        return Err(Error::invalid(
            caps.vendor,
            field,
            format!(
                "{} IP access lists take IPv4 addresses only",
                brand(caps.vendor)
            ),
        ));
    }
    if caps.ip_access_list.addresses_only && network.prefix_len() != network.max_prefix_len() {
        return Err(Error::invalid(
            caps.vendor,
            field,
            format!(
                "{} IP access lists take single addresses, not ranges ({network})",
                brand(caps.vendor)
            ),
        ));
    }
    Ok(())
}

/// An IP access list to create.
pub(crate) fn new_ip_access_list(caps: &Capabilities, list: &NewIpAccessList) -> Result<()> {
    let (vendor, rules) = (caps.vendor, &caps.ip_access_list);
    text(
        vendor,
        "name",
        "IP access list name",
        &list.name,
        &rules.name,
    )?;
    if list.networks.len() < rules.min_entries {
        return Err(Error::invalid(
            vendor,
            "networks",
            format!(
                "a {} IP access list needs at least one address",
                brand(vendor)
            ),
        ));
    }
    if let Some(max) = rules.max_entries
        && list.networks.len() > max
    {
        return Err(Error::not_supported(
            vendor,
            Operation::CreateIpAccessList.as_str(),
            format!(
                "a {} IP access list holds at most {max} network(s) (one address or CIDR range); \
                 create one list per network",
                brand(vendor)
            ),
        ));
    }
    for (i, item) in list.networks.iter().enumerate() {
        network(caps, &format!("networks[{i}]"), item)?;
    }
    Ok(())
}

/// A destination SIP URI; `field` names it.
pub(crate) fn sip_uri(caps: &Capabilities, field: &str, uri: &str) -> Result<()> {
    let (vendor, rule) = (caps.vendor, &caps.origination_uri.sip_uri);
    let uri = uri.trim();
    if uri.is_empty() {
        return Err(Error::invalid(vendor, field, "empty SIP URI"));
    }
    if let Some(scheme) = rule.scheme
        && !uri.starts_with(scheme)
    {
        return Err(Error::invalid(
            vendor,
            field,
            format!(
                "{} origination URIs must start with `{scheme}` (got {uri:?})",
                brand(vendor)
            ),
        ));
    }
    if let Some(max) = rule.max_chars {
        text(vendor, field, "SIP URI", uri, &TextRule::at_most(max))?;
    }
    if !rule.whitespace && uri.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::invalid(
            vendor,
            field,
            format!(
                "a {} origination URI has no whitespace or control characters",
                brand(vendor)
            ),
        ));
    }
    Ok(())
}

/// An origination URI to create.
pub(crate) fn new_origination_uri(caps: &Capabilities, uri: &NewOriginationUri) -> Result<()> {
    let (vendor, rules, op) = (
        caps.vendor,
        &caps.origination_uri,
        Operation::CreateOriginationUri,
    );
    sip_uri(caps, "sip_uri", &uri.sip_uri)?;
    setting(caps, op, is_set(&uri.priority), &rules.priority, true)?;
    setting(caps, op, is_set(&uri.weight), &rules.weight, true)?;
    setting(caps, op, uri.enabled.as_ref(), &rules.enabled, true)?;
    if let Some(name) = &uri.name {
        uri_name(caps, op, name)?;
    }
    if rules.created_under_trunk && uri.trunk.is_none() {
        return Err(Error::invalid(
            vendor,
            "trunk",
            format!(
                "{} origination URIs belong to a trunk: set `trunk`",
                brand(vendor)
            ),
        ));
    }
    Ok(())
}

/// Changes to an origination URI.
pub(crate) fn origination_uri_update(
    caps: &Capabilities,
    update: &OriginationUriUpdate,
) -> Result<()> {
    let (rules, op) = (&caps.origination_uri, Operation::UpdateOriginationUri);
    setting(
        caps,
        op,
        is_set(&update.sip_uri),
        &rules.sip_uri_update,
        false,
    )?;
    if let Some(uri) = &update.sip_uri {
        sip_uri(caps, "sip_uri", uri)?;
    }
    setting(caps, op, is_set(&update.priority), &rules.priority, false)?;
    setting(caps, op, is_set(&update.weight), &rules.weight, false)?;
    setting(caps, op, update.enabled.as_ref(), &rules.enabled, false)?;
    if let Some(name) = &update.name {
        uri_name(caps, op, name)?;
    }
    Ok(())
}

/// An origination URI's name: `NotSupported` where URIs have none, else checked.
fn uri_name(caps: &Capabilities, op: Operation, name: &str) -> Result<()> {
    if !caps.origination_uri.named {
        let reason = format!("{} origination targets have no name", brand(caps.vendor));
        return Err(Error::not_supported(caps.vendor, op.as_str(), reason));
    }
    let rule = &caps.origination_uri.name;
    text(caps.vendor, "name", "origination URI name", name, rule)
}

/// A phone number as the vendor names it; the number to send (trimmed).
pub(crate) fn phone_number<'a>(caps: &Capabilities, number: &'a str) -> Result<&'a str> {
    let vendor = caps.vendor;
    match caps.phone_number.format {
        NumberFormat::Any => Ok(number),
        NumberFormat::E164 => {
            let number = number.trim();
            let digits = number.strip_prefix('+').unwrap_or("");
            if (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
                return Ok(number);
            }
            Err(Error::invalid(
                vendor,
                "number",
                format!(
                    "{} assigns numbers by E.164 (`+` and 8–15 digits), got {number:?}",
                    brand(vendor)
                ),
            ))
        }
        NumberFormat::Sid { prefix } if number.starts_with(prefix) => Ok(number),
        NumberFormat::Sid { prefix } => Err(Error::invalid(
            vendor,
            "number",
            format!(
                "{} attaches numbers by their {prefix}… SID, got {number:?}",
                brand(vendor)
            ),
        )),
    }
}

/// Which call records to list.
pub(crate) fn call_filter(caps: &Capabilities, filter: &CallFilter) -> Result<()> {
    if caps.call.ended_range_needs_both_ends
        && filter.ended_after.is_some() != filter.ended_before.is_some()
    {
        return Err(Error::invalid(
            caps.vendor,
            "ended_after",
            format!(
                "{} filters calls by a date range: give both ended_after and ended_before",
                brand(caps.vendor)
            ),
        ));
    }
    Ok(())
}

/// A whole provisioning spec, before anything is sent: the first problem, with the field named.
pub(crate) fn spec(caps: &Capabilities, spec: &TrunkSpec) -> Result<()> {
    let (vendor, rules) = (caps.vendor, &caps.trunk);
    if spec.name.trim().is_empty() {
        return Err(Error::invalid(vendor, "name", "the trunk name is empty"));
    }
    direction(caps, spec.direction)?;
    let has_auth = !spec.credentials.is_empty() || !spec.networks.is_empty();
    let others = spec.networks.len() + spec.origination_uris.len();
    exclusive(caps, "credentials", spec.credentials.len(), others)?;
    for (field, count, rule) in [
        (
            "credentials",
            spec.credentials.len(),
            &rules.credential_lists,
        ),
        ("networks", spec.networks.len(), &rules.ip_access_lists),
        (
            "origination_uris",
            spec.origination_uris.len(),
            &rules.origination_uris,
        ),
    ] {
        if count > 0 && !rule.directions.contains(&spec.direction) {
            return Err(wrong_direction(vendor, field, spec.direction));
        }
    }
    for (field, count, limit) in [
        (
            "credentials",
            spec.credentials.len(),
            caps.credential_list.max_credentials,
        ),
        (
            "networks",
            spec.networks.len(),
            caps.ip_access_list.max_entries,
        ),
        (
            "origination_uris",
            spec.origination_uris.len(),
            rules.origination_uris.max,
        ),
    ] {
        if let Some(max) = limit
            && count > max
        {
            return Err(Error::not_supported(
                vendor,
                Operation::CreateTrunk.as_str(),
                format!("{vendor} allows at most {max} {field} per trunk, the spec has {count}"),
            ));
        }
    }
    for (i, item) in spec.credentials.iter().enumerate() {
        if item.username.trim().is_empty() {
            return Err(Error::invalid(
                vendor,
                &format!("credentials[{i}].username"),
                "empty username",
            ));
        }
        if item.password.is_empty() {
            return Err(Error::invalid(
                vendor,
                &format!("credentials[{i}].password"),
                "empty password",
            ));
        }
    }
    let uri_rules = &caps.origination_uri;
    for (i, uri) in spec.origination_uris.iter().enumerate() {
        if uri.sip_uri.trim().is_empty() {
            return Err(Error::invalid(
                vendor,
                &format!("origination_uris[{i}].sip_uri"),
                "empty SIP URI",
            ));
        }
        if uri.name.is_some() && !uri_rules.named {
            let reason = format!("{} origination targets have no name", brand(vendor));
            let op = Operation::CreateOriginationUri.as_str();
            return Err(Error::not_supported(
                vendor,
                op,
                format!("{reason} (origination_uris[{i}].name)"),
            ));
        }
        for (set, setting, what) in [
            (uri.priority.is_some(), &uri_rules.priority, "priority"),
            (uri.weight.is_some(), &uri_rules.weight, "weight"),
        ] {
            if let (true, Setting::Unsupported { reason }) = (set, setting) {
                return Err(Error::not_supported(
                    vendor,
                    Operation::CreateOriginationUri.as_str(),
                    format!("{reason} (origination_uris[{i}].{what})"),
                ));
            }
        }
    }
    if !spec.phone_numbers.is_empty() {
        supported(caps, Operation::AttachPhoneNumber)?;
    }
    for (i, number) in spec.phone_numbers.iter().enumerate() {
        if number.trim().is_empty() {
            return Err(Error::invalid(
                vendor,
                &format!("phone_numbers[{i}]"),
                "empty number",
            ));
        }
    }
    if spec.direction == Direction::Inbound
        && rules.inbound_requires_origination_uri
        && spec.origination_uris.is_empty()
    {
        return Err(Error::invalid(
            vendor,
            "origination_uris",
            format!("a {vendor} inbound trunk needs at least one origination URI"),
        ));
    }
    if spec.direction == Direction::Outbound && rules.outbound_requires_auth && !has_auth {
        return Err(Error::invalid(
            vendor,
            "credentials",
            format!("a {vendor} outbound trunk needs credentials or IP networks"),
        ));
    }
    spec_requests(caps, spec)
}

/// Every request a spec turns into, checked as its call would check it, so that a spec that
/// passes validation fails no check once sending has begun (input errors are never wrapped in
/// [`Error::Provisioning`]). Fields are named as in the spec (`credentials[0].password`).
fn spec_requests(caps: &Capabilities, spec: &TrunkSpec) -> Result<()> {
    let names = crate::converge::DerivedNames::new(caps, spec);
    let placeholder = "placeholder";
    let mut trunk = NewTrunk::new(spec.direction).with_name(spec.name.clone());
    trunk.secure = spec.secure;
    trunk.max_concurrent_calls = spec.max_concurrent_calls;
    trunk.sip_domain = spec.sip_domain.clone();
    if !spec.credentials.is_empty() {
        let mut list = NewCredentialList::new(names.credential_list.clone());
        list.credentials = spec.credentials.clone();
        new_credential_list(caps, &list).map_err(|e| within(e, "credential list ", ""))?;
        trunk.credential_lists.push(placeholder.into());
    }
    if !spec.networks.is_empty() {
        let mut list = NewIpAccessList::new(names.ip_access_list.clone());
        list.networks = spec.networks.clone();
        new_ip_access_list(caps, &list).map_err(|e| within(e, "IP access list ", ""))?;
        trunk.ip_access_lists.push(placeholder.into());
    }
    for (i, uri) in crate::converge::normalized_uris(caps, spec)
        .into_iter()
        .enumerate()
    {
        let mut uri = uri;
        uri.name = crate::converge::derived_uri_name(caps, &names, &uri);
        if caps.origination_uri.created_under_trunk {
            uri.trunk = Some(placeholder.into());
        } else {
            trunk.origination_uris.push(placeholder.into());
        }
        new_origination_uri(caps, &uri)
            .map_err(|e| within(e, "", &format!("origination_uris[{i}].")))?;
    }
    new_trunk(caps, &trunk)
}

/// An error of a derived request, its field named as in the spec: `prefix` before the field,
/// and for the derived list's `name`, the trunk name's effective limit.
fn within(error: Error, what: &str, prefix: &str) -> Error {
    match error {
        Error::InvalidRequest {
            vendor,
            field: Some(field),
            reason,
            vendor_error,
        } if field == "name" && !what.is_empty() => Error::InvalidRequest {
            vendor,
            field: Some("name".to_owned()),
            reason: format!("the trunk name makes an invalid {what}name: {reason}"),
            vendor_error,
        },
        Error::InvalidRequest {
            vendor,
            field: Some(field),
            reason,
            vendor_error,
        } => Error::InvalidRequest {
            vendor,
            field: Some(format!("{prefix}{field}")),
            reason,
            vendor_error,
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_ids_that_would_change_the_path_are_refused_naming_the_field() {
        for bad in ["", ".", "..", "a\\..\\b", "\\"] {
            let err = path_ids(Vendor::Plivo, &[("trunk", "ok"), ("id", bad)]).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidRequest { field: Some(f), vendor_error: None, .. } if f == "id"),
                "{bad:?}: {err:?}"
            );
        }
        for fine in [
            "a/b",
            "...",
            "a..b",
            "%2e%2e",
            "ünï",
            "x".repeat(10_000).as_str(),
        ] {
            assert!(path_ids(Vendor::Plivo, &[("id", fine)]).is_ok(), "{fine:?}");
        }
    }

    #[test]
    fn text_rules_name_the_field_and_the_limit() {
        let rule = TextRule::at_most(4).alphanumeric_and("_-.");
        assert!(text(Vendor::Vobiz, "u", "username", "a_b.", &rule).is_ok());
        let err = text(Vendor::Vobiz, "u", "username", "a b", &rule).unwrap_err();
        assert!(err.to_string().contains("not ' '"), "{err}");
        let err = text(Vendor::Vobiz, "u", "username", "abcde", &rule).unwrap_err();
        assert!(
            err.to_string().contains("at most 4 characters, got 5"),
            "{err}"
        );
        let required = TextRule::ANY.required();
        assert!(text(Vendor::Vobiz, "name", "trunk name", "  ", &required).is_err());
    }

    #[cfg(feature = "vobiz")]
    #[test]
    fn e164_numbers_are_trimmed_and_checked() {
        use crate::engine::Adapter;
        let caps = <crate::VobizProvider as Adapter>::CAPABILITIES;
        assert_eq!(
            phone_number(&caps, " +918012340100 ").unwrap(),
            "+918012340100"
        );
        for bad in [
            "918012340100",
            "+91-80123",
            "+1",
            "",
            "+12345678901234567",
            "+91801234010x",
        ] {
            let err = phone_number(&caps, bad).unwrap_err();
            assert!(
                matches!(&err, Error::InvalidRequest { field: Some(f), .. } if f == "number"),
                "{bad}"
            );
        }
    }

    #[cfg(feature = "twilio")]
    #[test]
    fn fixed_switches_accept_their_value_on_create_only() {
        use crate::engine::Adapter;
        let caps = <crate::TwilioProvider as Adapter>::CAPABILITIES;
        assert!(new_trunk(&caps, &NewTrunk::new(Direction::Both).with_enabled(true)).is_ok());
        let off = new_trunk(&caps, &NewTrunk::new(Direction::Both).with_enabled(false));
        assert!(
            matches!(
                off,
                Err(Error::NotSupported {
                    operation: "create_trunk",
                    ..
                })
            ),
            "{off:?}"
        );
        let update = trunk_update(&caps, &TrunkUpdate::new().with_enabled(true));
        assert!(
            matches!(
                update,
                Err(Error::NotSupported {
                    operation: "update_trunk",
                    ..
                })
            ),
            "{update:?}"
        );
        let domain = trunk_update(
            &caps,
            &TrunkUpdate::new().with_sip_domain("pbx.example.com"),
        );
        assert!(
            matches!(&domain, Err(Error::InvalidRequest { field: Some(f), .. }) if f == "sip_domain")
        );
    }

    #[test]
    #[cfg(all(feature = "telnyx", feature = "plivo"))]
    fn specs_are_refused_what_a_vendor_fixes_before_anything_is_sent() {
        use crate::engine::Adapter as _;
        let caps = crate::TelnyxProvider::CAPABILITIES;
        let both = TrunkSpec::outbound("pbx")
            .with_credential("pbxuser1", "Passw0rd-ok")
            .with_network("203.0.113.7".parse().unwrap());
        let err = spec(&caps, &both).expect_err("credentials and networks");
        assert!(
            matches!(&err, Error::InvalidRequest { field: Some(f), .. } if f == "credentials"),
            "{err:?}"
        );
        let named = TrunkSpec::inbound("pbx")
            .with_origination_uri(NewOriginationUri::new("sip:pbx.example.com").with_name("a"));
        let err = spec(&caps, &named).expect_err("a named target");
        assert!(matches!(err, Error::NotSupported { .. }), "{err:?}");
        let range = "203.0.113.0/24".parse().unwrap();
        let err = network(&caps, "network", &range).expect_err("a range");
        assert!(err.to_string().contains("single addresses"), "{err}");
        assert!(network(&caps, "network", &"203.0.113.7/32".parse().unwrap()).is_ok());
        // The vendors without these rules take all three.
        let plivo = crate::PlivoProvider::CAPABILITIES;
        assert!(network(&plivo, "network", &range).is_ok());
    }

    #[test]
    fn password_policies_never_show_the_password() {
        let policy = PasswordRule::at_least(12).mixed();
        for weak in [
            "Sh0rt",
            "no-digits-Here-at-all",
            "n0-upper-case-here",
            "N0-LOWER-CASE-HERE",
        ] {
            let err = password(Vendor::Twilio, "password", &weak.into(), &policy).unwrap_err();
            assert!(!err.to_string().contains(weak), "{err}");
        }
        assert!(
            password(
                Vendor::Twilio,
                "password",
                &"Str0ng-Passw0rd".into(),
                &policy
            )
            .is_ok()
        );
    }
}
