//! [`Capabilities`]: what each vendor can do and the rules it documents, stated once per vendor.
//!
//! Each provider has one `Capabilities` value. trunkline checks every request against it before
//! anything is sent (a name over the vendor's limit, a second credential where the vendor holds
//! one, a direction the vendor cannot create) and answers [`crate::Error::NotSupported`] from it
//! for every operation the vendor lacks. Callers read it to decide before calling:
//!
//! ```
//! use trunkline::{Operation, TrunkProvider};
//!
//! let plivo = trunkline::PlivoProvider::new("MA000", "token")?;
//! let caps = plivo.capabilities();
//! assert!(!caps.supports(Operation::AttachPhoneNumber));
//! assert_eq!(caps.trunk.credential_lists.max, Some(1));
//! assert!(!caps.origination_uri.priority.is_settable());
//! # Ok::<(), trunkline::Error>(())
//! ```

use crate::model::{Direction, Vendor};
use crate::provider::Operation;

// Each vendor's statement of its rules, one file per vendor.
#[cfg(feature = "plivo")]
pub(crate) mod plivo;
#[cfg(feature = "telnyx")]
pub(crate) mod telnyx;
#[cfg(feature = "twilio")]
pub(crate) mod twilio;
#[cfg(feature = "vobiz")]
pub(crate) mod vobiz;

/// What a vendor can do, so callers can decide before calling (every unsupported call also
/// returns [`crate::Error::NotSupported`]; nothing is silently ignored).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Capabilities {
    /// The vendor.
    pub vendor: Vendor,
    /// Operations this vendor does not support at all, grouped by why.
    pub unsupported: &'static [Unsupported],
    /// Trunks and what attaches to them.
    pub trunk: TrunkRules,
    /// Credential lists and their credentials.
    pub credential_list: CredentialListRules,
    /// IP access lists.
    pub ip_access_list: IpAccessListRules,
    /// Origination URIs.
    pub origination_uri: OriginationUriRules,
    /// Phone numbers attached to trunks.
    pub phone_number: PhoneNumberRules,
    /// Call records.
    pub call: CallRules,
}

impl Capabilities {
    /// Whether the vendor supports `operation` at all.
    pub fn supports(&self, operation: Operation) -> bool {
        self.unsupported_reason(operation).is_none()
    }

    /// Why the vendor cannot do `operation`, or `None` if it can.
    pub fn unsupported_reason(&self, operation: Operation) -> Option<&'static str> {
        self.unsupported
            .iter()
            .find(|u| u.operations.contains(&operation))
            .map(|u| u.reason)
    }

    /// Whether a trunk's numbers are released by deleting the trunk rather than detached: the
    /// vendor cannot detach them ([`Operation::DetachPhoneNumber`] is unsupported) and
    /// deleting the trunk releases them ([`TrunkRules::delete_releases_numbers`]).
    /// [`crate::provision::deprovision`] and provisioning rollback then delete the trunk only.
    pub fn numbers_released_with_trunk(&self) -> bool {
        self.trunk.delete_releases_numbers && !self.supports(Operation::DetachPhoneNumber)
    }

    /// Every operation the vendor does not support, in [`Capabilities::unsupported`] order.
    pub fn unsupported_operations(&self) -> impl Iterator<Item = Operation> + '_ {
        self.unsupported
            .iter()
            .flat_map(|u| u.operations.iter().copied())
    }
}

/// Operations a vendor cannot do, for one reason in the vendor's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Unsupported {
    /// The operations.
    pub operations: &'static [Operation],
    /// Why, e.g. "phone numbers are pointed at inbound trunks through Plivo's Number API".
    pub reason: &'static str,
}

impl Unsupported {
    /// `operations` are not supported, because `reason`.
    pub const fn new(operations: &'static [Operation], reason: &'static str) -> Self {
        Self { operations, reason }
    }
}

/// Whether a field of a request can be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Setting {
    /// The caller may set it, on create and on update.
    Settable,
    /// The vendor has no such setting: a request that sets it is `NotSupported`.
    Unsupported {
        /// Why, in the vendor's terms.
        reason: &'static str,
    },
    /// A switch the vendor does not take, whose value on a new resource is `value`: a create
    /// asking for `value` is accepted (that is what it gets), anything else, and any update, is
    /// `NotSupported`.
    Fixed {
        /// What every new resource has.
        value: bool,
        /// Why it cannot be set, in the vendor's terms.
        reason: &'static str,
    },
}

impl Setting {
    /// Not settable, because `reason`.
    pub const fn unsupported(reason: &'static str) -> Self {
        Self::Unsupported { reason }
    }

    /// A switch fixed at `value`, because `reason`.
    pub const fn fixed(value: bool, reason: &'static str) -> Self {
        Self::Fixed { value, reason }
    }

    /// Whether the caller may set it.
    pub fn is_settable(&self) -> bool {
        matches!(self, Self::Settable)
    }
}

/// A text field's documented rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TextRule {
    /// The vendor requires a non-blank value.
    pub required: bool,
    /// Fewest characters.
    pub min_chars: usize,
    /// Most characters (`None`: no documented limit).
    pub max_chars: Option<usize>,
    /// Characters allowed besides ASCII letters and digits; `None`: any character.
    pub allowed_symbols: Option<&'static str>,
}

impl TextRule {
    /// Anything goes (the vendor documents no rule).
    pub const ANY: TextRule = TextRule {
        required: false,
        min_chars: 0,
        max_chars: None,
        allowed_symbols: None,
    };

    /// At most `max` characters, otherwise anything.
    pub const fn at_most(max: usize) -> Self {
        Self {
            max_chars: Some(max),
            ..Self::ANY
        }
    }

    /// The same rule, with a non-blank value required.
    pub const fn required(self) -> Self {
        Self {
            required: true,
            ..self
        }
    }

    /// The same rule, with only ASCII letters, digits and `symbols` allowed.
    pub const fn alphanumeric_and(self, symbols: &'static str) -> Self {
        Self {
            allowed_symbols: Some(symbols),
            ..self
        }
    }
}

/// A password policy. Passwords are write-only everywhere: checked before sending, never shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PasswordRule {
    /// Fewest characters (every vendor needs at least one).
    pub min_chars: usize,
    /// Needs an ASCII digit.
    pub needs_digit: bool,
    /// Needs an upper-case letter.
    pub needs_upper: bool,
    /// Needs a lower-case letter.
    pub needs_lower: bool,
}

impl PasswordRule {
    /// At least `min` characters, nothing else.
    pub const fn at_least(min: usize) -> Self {
        Self {
            min_chars: min,
            needs_digit: false,
            needs_upper: false,
            needs_lower: false,
        }
    }

    /// The same rule, also requiring a digit, an upper-case and a lower-case letter.
    pub const fn mixed(self) -> Self {
        Self {
            needs_digit: true,
            needs_upper: true,
            needs_lower: true,
            ..self
        }
    }
}

/// How a kind of resource is attached to a trunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Attachment {
    /// A field of the trunk holds the id, one per slot (Plivo, Vobiz: a credential, an IP list,
    /// a primary and a fallback URI): attaching writes the trunk, and a full slot is
    /// `NotSupported`.
    TrunkField,
    /// An association resource links the trunk and the list, many per trunk (Twilio credential
    /// lists and IP access lists).
    Association,
    /// Belonging is the attachment: the resource is created under its trunk and exists only
    /// there (Twilio origination URLs); there is nothing to attach or detach.
    Owned,
}

/// How one kind of resource attaches to trunks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AttachRule {
    /// How it is attached.
    pub how: Attachment,
    /// At most this many per trunk (`None`: no documented limit).
    pub max: Option<usize>,
    /// Trunk directions that may have it (Plivo: credentials and IP lists on outbound trunks
    /// only, origination URIs on inbound trunks only).
    pub directions: &'static [Direction],
}

/// Every direction.
const ANY_DIRECTION: &[Direction] = &[Direction::Inbound, Direction::Outbound, Direction::Both];

impl AttachRule {
    /// Held in trunk fields: at most `max` per trunk, on trunks of `directions`.
    pub const fn fields(max: usize, directions: &'static [Direction]) -> Self {
        Self {
            how: Attachment::TrunkField,
            max: Some(max),
            directions,
        }
    }

    /// Associated with trunks of any direction, any number of them.
    pub const ASSOCIATION: Self = Self {
        how: Attachment::Association,
        max: None,
        directions: ANY_DIRECTION,
    };

    /// Created under trunks of any direction, any number of them.
    pub const OWNED: Self = Self {
        how: Attachment::Owned,
        max: None,
        directions: ANY_DIRECTION,
    };

    /// The same rule, for trunks of any direction.
    pub const fn any_direction(self) -> Self {
        Self {
            directions: ANY_DIRECTION,
            ..self
        }
    }
}

/// Trunks, and what attaches to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct TrunkRules {
    /// Directions a trunk can be created with.
    pub directions: &'static [Direction],
    /// Every trunk carries calls both ways and reads back as [`Direction::Both`], whatever it
    /// was created with (Twilio): a direction filter matches every trunk.
    pub always_two_way: bool,
    /// The trunk's name.
    pub name: TextRule,
    /// The on/off switch.
    pub enabled: Setting,
    /// TLS signalling + SRTP media.
    pub secure: Setting,
    /// The concurrent-call limit.
    pub max_concurrent_calls: Setting,
    /// The SIP (termination) domain.
    pub sip_domain: Setting,
    /// The suffix a caller-chosen SIP domain must have (Twilio: `pstn.twilio.com`).
    pub sip_domain_suffix: Option<&'static str>,
    /// Credential lists.
    pub credential_lists: AttachRule,
    /// IP access lists.
    pub ip_access_lists: AttachRule,
    /// Origination URIs.
    pub origination_uris: AttachRule,
    /// An inbound trunk cannot be created without an origination URI (Plivo).
    pub inbound_requires_origination_uri: bool,
    /// An outbound trunk cannot be created without credentials or an IP list (Plivo).
    pub outbound_requires_auth: bool,
    /// The vendor applies [`crate::TrunkFilter`]'s filters itself; otherwise trunkline applies
    /// them to each page.
    pub server_side_filters: bool,
    /// Deleting a trunk also deletes the credentials, IP lists and origination URIs attached
    /// to it (Vobiz, Telnyx).
    pub delete_cascades: bool,
    /// How a trunk authenticates is fixed when it is created: a trunk with a credential list
    /// has no IP access list and no origination URIs (Telnyx: a credential connection
    /// registers; IP and FQDN connections authenticate by address and route to their targets).
    pub credentials_exclusive: bool,
    /// An outbound trunk also takes calls to its numbers and reads back as
    /// [`Direction::Both`] (Telnyx: every connection answers its numbers; an outbound voice
    /// profile adds calls out). See [`TrunkRules::direction_as_read`].
    pub outbound_reads_as_both: bool,
    /// Deleting a trunk releases the phone numbers attached to it (Telnyx: deleting a
    /// connection unassigns its numbers). Where
    /// [`Operation::DetachPhoneNumber`] is unsupported, [`crate::provision::deprovision`] and provisioning
    /// rollback leave the numbers to the trunk's deletion instead of detaching them.
    pub delete_releases_numbers: bool,
}

impl TrunkRules {
    /// The direction a trunk created with `direction` reads back as: [`Direction::Both`]
    /// where every trunk is two-way ([`TrunkRules::always_two_way`]) or an outbound trunk
    /// also takes calls ([`TrunkRules::outbound_reads_as_both`]), otherwise `direction`.
    /// Two directions with the same reading are the same trunk to this vendor.
    ///
    /// ```
    /// use trunkline::{Direction, TrunkProvider};
    ///
    /// let twilio = trunkline::TwilioProvider::new("AC0", "token")?;
    /// let rules = twilio.capabilities().trunk;
    /// assert_eq!(rules.direction_as_read(Direction::Inbound), Direction::Both);
    /// # Ok::<(), trunkline::Error>(())
    /// ```
    pub fn direction_as_read(&self, direction: Direction) -> Direction {
        let two_way = self.always_two_way
            || (self.outbound_reads_as_both && direction == Direction::Outbound);
        if two_way { Direction::Both } else { direction }
    }

    /// Whether this vendor keeps `a` and `b` apart (see [`TrunkRules::direction_as_read`]).
    pub fn directions_differ(&self, a: Direction, b: Direction) -> bool {
        self.direction_as_read(a) != self.direction_as_read(b)
    }
}

/// Credential lists and their credentials.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CredentialListRules {
    /// Lists have a name the vendor keeps (Vobiz credentials have none: the name is not sent).
    pub named: bool,
    /// The list's name.
    pub name: TextRule,
    /// Credentials per list. `Some(1)`: a "list" is one vendor credential (Plivo, Vobiz), with
    /// the list's id being the credential's, created with exactly one credential.
    pub max_credentials: Option<usize>,
    /// A credential's SIP username.
    pub username: TextRule,
    /// A credential's SIP password.
    pub password: PasswordRule,
}

impl CredentialListRules {
    /// Whether a list is exactly one vendor credential (list id = credential id).
    pub fn single_credential(&self) -> bool {
        self.max_credentials == Some(1)
    }
}

/// IP access lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct IpAccessListRules {
    /// The list's name.
    pub name: TextRule,
    /// Fewest networks a list may hold (Plivo, Vobiz: 1).
    pub min_entries: usize,
    /// Most networks a list may hold (Vobiz: 1, an "IP ACL entry").
    pub max_entries: Option<usize>,
    /// IPv4 networks only (Twilio, Vobiz).
    pub ipv4_only: bool,
    /// Single addresses only, no ranges (Telnyx `/ips`).
    pub addresses_only: bool,
}

/// The documented rule for a SIP URI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SipUriRule {
    /// The URI must start with this scheme (`sip:`).
    pub scheme: Option<&'static str>,
    /// Most characters.
    pub max_chars: Option<usize>,
    /// Whitespace and control characters are allowed inside the URI.
    pub whitespace: bool,
}

impl SipUriRule {
    /// A `sip:` URI, otherwise anything.
    pub const SIP: Self = Self {
        scheme: Some("sip:"),
        max_chars: None,
        whitespace: true,
    };

    /// Any URI or host of at most `max` characters, without whitespace.
    pub const fn at_most(max: usize) -> Self {
        Self {
            scheme: None,
            max_chars: Some(max),
            whitespace: false,
        }
    }
}

/// Origination URIs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct OriginationUriRules {
    /// The destination.
    pub sip_uri: SipUriRule,
    /// Whether the destination can change after creation.
    pub sip_uri_update: Setting,
    /// URIs have a name the vendor keeps (Telnyx targets have none: setting one is
    /// `NotSupported`).
    pub named: bool,
    /// The URI's name.
    pub name: TextRule,
    /// Its priority (lower is preferred). Where unsupported, the order of attachment is the
    /// order of preference.
    pub priority: Setting,
    /// Its weight among equal priorities.
    pub weight: Setting,
    /// Its on/off switch.
    pub enabled: Setting,
    /// URIs are created under a trunk (`NewOriginationUri::trunk` is required) and belong to it
    /// (Twilio).
    pub created_under_trunk: bool,
}

/// How a vendor names a phone number to attach.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum NumberFormat {
    /// Anything the vendor accepts.
    Any,
    /// E.164: `+` and 8–15 digits (Vobiz).
    E164,
    /// The vendor's id of the number, starting with `prefix` (Twilio `PN…` SIDs).
    Sid {
        /// What the id starts with.
        prefix: &'static str,
    },
}

/// Phone numbers attached to trunks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PhoneNumberRules {
    /// How a number is named.
    pub format: NumberFormat,
}

impl PhoneNumberRules {
    /// Any number the vendor accepts.
    pub const ANY: Self = Self {
        format: NumberFormat::Any,
    };

    /// Numbers in E.164.
    pub const E164: Self = Self {
        format: NumberFormat::E164,
    };
}

/// Call records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallRules {
    /// `ended_after` and `ended_before` must be given together (Vobiz filters by a date range).
    pub ended_range_needs_both_ends: bool,
    /// The vendor filters the ended range by whole days: trunkline fetches the covering days
    /// and drops the records outside the exact range.
    pub ended_range_by_day: bool,
    /// Listed records carry every field the vendor's single-record read has. When `false`
    /// (Plivo), [`CallFilter::with_details`](crate::CallFilter::with_details) completes them
    /// at one extra request per record.
    pub list_has_details: bool,
}

impl CallRules {
    /// The vendor applies every call filter exactly, server-side.
    pub const EXACT: Self = Self {
        ended_range_needs_both_ends: false,
        ended_range_by_day: false,
        list_has_details: true,
    };

    /// Like [`CallRules::EXACT`], but the list leaves out fields only the single-record read
    /// returns (Plivo).
    pub const EXACT_SUMMARY_LIST: Self = Self {
        list_has_details: false,
        ..Self::EXACT
    };

    /// The vendor filters the ended range by a range of whole days, both ends given.
    pub const BY_DAY: Self = Self {
        ended_range_needs_both_ends: true,
        ended_range_by_day: true,
        list_has_details: true,
    };
}
