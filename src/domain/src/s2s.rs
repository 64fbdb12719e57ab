//! The values a server-to-server (OAuth) Dynamics set-up records for Step 3, read and
//! checked: the application (client) ID and the directory (tenant) ID (GUIDs), the
//! application user's name as Step 3 enters it (`user@domain.com` or `DOMAIN\user`), and
//! the organization URL (an https address of a Dynamics organization, which Step 3 cannot
//! change afterwards).
//!
//! A client secret is never one of these values. Text that looks like one (a long random
//! string) is refused with [`LooksLikeSecret`](GuidError::LooksLikeSecret) in every field,
//! so the caller can warn and keep nothing.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Longest text any of these fields reads; anything longer is refused unread.
pub const MAX_FIELD_CHARS: usize = 254;

/// Shortest text that may be taken for a pasted secret.
const SECRET_MIN_CHARS: usize = 30;

/// Whether `text` looks like a pasted secret: one long word (30 characters or more) of
/// letters in both cases with digits or the symbols secrets use, not shaped like anything
/// these fields expect. Deliberately generous: a false alarm costs a retype, a miss could
/// keep a secret.
pub fn looks_like_secret(text: &str) -> bool {
    let text = text.trim();
    let chars = text.chars().count();
    if !(SECRET_MIN_CHARS..=MAX_FIELD_CHARS).contains(&chars) || text.chars().any(char::is_whitespace) {
        return false;
    }
    if text.contains("://") || text.contains('@') || text.contains('\\') {
        return false;
    }
    // Hexadecimal digits and hyphens only: an ID, possibly mistyped, never a secret.
    if text.chars().all(|c| c.is_ascii_hexdigit() || matches!(c, '-' | '{' | '}')) {
        return false;
    }
    let lower = text.chars().any(|c| c.is_ascii_lowercase());
    let upper = text.chars().any(|c| c.is_ascii_uppercase());
    let digit = text.chars().any(|c| c.is_ascii_digit());
    let symbol = text.chars().any(|c| matches!(c, '~' | '.' | '_' | '-' | '+' | '/' | '='));
    // Secrets mix both cases with digits or symbols; a mistyped ID or a name does not.
    let ascii = text.chars().all(|c| c.is_ascii_graphic());
    ascii && lower && upper && (digit || symbol)
}

/// A GUID as Entra ID shows it: 32 hexadecimal digits in groups of 8-4-4-4-12. Kept in
/// lower case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Guid(String);

/// The group lengths of a GUID.
pub const GUID_GROUPS: [usize; 5] = [8, 4, 4, 4, 12];

/// Why a text is not a GUID. Positions count from 1, as a person would.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GuidError {
    Empty,
    /// Longer than [`MAX_FIELD_CHARS`].
    TooLong,
    /// Looks like a client secret: not kept.
    LooksLikeSecret,
    /// Not five groups of 8-4-4-4-12 separated by hyphens; the lengths found.
    WrongGroups {
        found: Vec<usize>,
    },
    /// A character that is not a hexadecimal digit (0-9, a-f).
    NotHex {
        position: usize,
        character: char,
    },
    /// All zeros: a placeholder, never a real ID.
    Nil,
}

impl Guid {
    /// Parses a GUID; spaces around it and one pair of braces are ignored, case is not kept.
    pub fn parse(text: &str) -> Result<Guid, GuidError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(GuidError::Empty);
        }
        if trimmed.chars().count() > MAX_FIELD_CHARS {
            return Err(GuidError::TooLong);
        }
        if looks_like_secret(trimmed) {
            return Err(GuidError::LooksLikeSecret);
        }
        Guid::parse_shape(trimmed)
    }

    fn parse_shape(text: &str) -> Result<Guid, GuidError> {
        let inner = text.strip_prefix('{').and_then(|t| t.strip_suffix('}')).unwrap_or(text);
        let offset = usize::from(inner.len() != text.len());
        for (i, c) in inner.chars().enumerate() {
            if c != '-' && !c.is_ascii_hexdigit() {
                return Err(GuidError::NotHex { position: i + 1 + offset, character: c });
            }
        }
        let found: Vec<usize> = inner.split('-').map(str::len).collect();
        if found != GUID_GROUPS {
            return Err(GuidError::WrongGroups { found });
        }
        if inner.chars().all(|c| c == '0' || c == '-') {
            return Err(GuidError::Nil);
        }
        Ok(Guid(inner.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Guid {
    type Error = GuidError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Guid::parse(&s)
    }
}

impl From<Guid> for String {
    fn from(g: Guid) -> String {
        g.0
    }
}

impl fmt::Display for GuidError {
    /// Plain English for logs and serde errors; the UI localises the variants.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GuidError::Empty => write!(f, "no ID entered"),
            GuidError::TooLong => write!(f, "longer than {MAX_FIELD_CHARS} characters"),
            GuidError::LooksLikeSecret => write!(f, "looks like a secret, not an ID"),
            GuidError::WrongGroups { found } => write!(f, "expected groups of 8-4-4-4-12, found {found:?}"),
            GuidError::NotHex { position, character } => {
                write!(f, "character {position} ({character:?}) is not a hexadecimal digit")
            }
            GuidError::Nil => write!(f, "all zeros"),
        }
    }
}

/// The application user's name as Step 3 enters it: an e-mail address or `DOMAIN\user`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct UserName(String);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UserNameError {
    Empty,
    TooLong,
    LooksLikeSecret,
    /// Contains a space (Step 3 needs the name exactly, and none has spaces).
    HasSpace,
    /// Neither `user@domain.com` nor `DOMAIN\user`.
    NotAnAddress,
}

impl UserName {
    /// Parses `user@domain.com` (the domain with at least one dot, no empty labels) or
    /// `DOMAIN\user`. Spaces around the whole text are ignored; the text is kept as typed,
    /// because Step 3 must match it exactly.
    pub fn parse(text: &str) -> Result<UserName, UserNameError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(UserNameError::Empty);
        }
        if text.chars().count() > MAX_FIELD_CHARS {
            return Err(UserNameError::TooLong);
        }
        if looks_like_secret(text) {
            return Err(UserNameError::LooksLikeSecret);
        }
        if text.chars().any(char::is_whitespace) {
            return Err(UserNameError::HasSpace);
        }
        let word = |s: &str| !s.is_empty() && !s.contains(['@', '\\', '/', '<', '>', '"', ',', ';']);
        let shaped = match (text.split_once('@'), text.split_once('\\')) {
            (Some((user, domain)), None) => {
                word(user) && word(domain) && domain.contains('.') && domain.split('.').all(|label| !label.is_empty())
            }
            (None, Some((domain, user))) => word(domain) && word(user),
            _ => false,
        };
        if shaped {
            Ok(UserName(text.to_string()))
        } else {
            Err(UserNameError::NotAnAddress)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UserName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for UserName {
    type Error = UserNameError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        UserName::parse(&s)
    }
}

impl From<UserName> for String {
    fn from(u: UserName) -> String {
        u.0
    }
}

impl fmt::Display for UserNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserNameError::Empty => write!(f, "no user name entered"),
            UserNameError::TooLong => write!(f, "longer than {MAX_FIELD_CHARS} characters"),
            UserNameError::LooksLikeSecret => write!(f, "looks like a secret, not a user name"),
            UserNameError::HasSpace => write!(f, "has a space"),
            UserNameError::NotAnAddress => write!(f, "neither user@domain.com nor DOMAIN\\user"),
        }
    }
}

/// The address of a Dynamics organization, as Step 3 takes it: `https://<org>.crm<N>.dynamics.com`
/// (`<N>` empty or a region number, such as `crm4`). Kept in lower case, without a path.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrgUrl {
    org: String,
    region: String,
}

/// The domain every Dynamics organization address ends with.
pub const DYNAMICS_DOMAIN: &str = "dynamics.com";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrgUrlError {
    Empty,
    TooLong,
    LooksLikeSecret,
    /// Not `https://` (the scheme found, if any: `http`, …).
    NotHttps {
        scheme: Option<String>,
    },
    /// A user name, password or port in the address.
    ExtraParts,
    /// Something after the host (a path such as `/main.aspx`, a query or a fragment): keep
    /// only the address up to `dynamics.com`.
    HasPath,
    /// The host is not `<org>.crm<N>.dynamics.com` (the host found, cut to 60 characters).
    NotDynamics {
        host: String,
    },
    /// The organization's name is not letters, digits and inner hyphens (1–63 of them).
    BadOrgName {
        name: String,
    },
}

impl OrgUrl {
    pub fn parse(text: &str) -> Result<OrgUrl, OrgUrlError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(OrgUrlError::Empty);
        }
        if text.chars().count() > MAX_FIELD_CHARS {
            return Err(OrgUrlError::TooLong);
        }
        if looks_like_secret(text) {
            return Err(OrgUrlError::LooksLikeSecret);
        }
        let Some((scheme, rest)) = text.split_once("://") else {
            return Err(OrgUrlError::NotHttps { scheme: None });
        };
        if !scheme.eq_ignore_ascii_case("https") {
            return Err(OrgUrlError::NotHttps { scheme: Some(scheme.chars().take(20).collect()) });
        }
        let (authority, after) = match rest.find(['/', '?', '#']) {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        if !(after.is_empty() || after == "/") {
            return Err(OrgUrlError::HasPath);
        }
        if authority.contains(['@', ':']) {
            return Err(OrgUrlError::ExtraParts);
        }
        let host = authority.to_ascii_lowercase();
        let not_dynamics = || OrgUrlError::NotDynamics { host: host.chars().take(60).collect() };
        let Some(front) = host.strip_suffix(DYNAMICS_DOMAIN).and_then(|h| h.strip_suffix('.')) else {
            return Err(not_dynamics());
        };
        let Some((org, region)) = front.split_once('.') else { return Err(not_dynamics()) };
        let region_ok =
            region.strip_prefix("crm").is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()) && n.len() <= 3);
        if !region_ok {
            return Err(not_dynamics());
        }
        let org_ok = (1..=63).contains(&org.len())
            && org.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !org.starts_with('-')
            && !org.ends_with('-');
        if !org_ok {
            return Err(OrgUrlError::BadOrgName { name: org.chars().take(60).collect() });
        }
        Ok(OrgUrl { org: org.to_string(), region: region.to_string() })
    }

    /// The organization's name (the first label of the host).
    pub fn org(&self) -> &str {
        &self.org
    }
}

impl fmt::Display for OrgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "https://{}.{}.{DYNAMICS_DOMAIN}", self.org, self.region)
    }
}

impl TryFrom<String> for OrgUrl {
    type Error = OrgUrlError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        OrgUrl::parse(&s)
    }
}

impl From<OrgUrl> for String {
    fn from(u: OrgUrl) -> String {
        u.to_string()
    }
}

impl fmt::Display for OrgUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrgUrlError::Empty => write!(f, "no address entered"),
            OrgUrlError::TooLong => write!(f, "longer than {MAX_FIELD_CHARS} characters"),
            OrgUrlError::LooksLikeSecret => write!(f, "looks like a secret, not an address"),
            OrgUrlError::NotHttps { scheme: None } => write!(f, "does not start with https://"),
            OrgUrlError::NotHttps { scheme: Some(s) } => write!(f, "starts with {s}://, not https://"),
            OrgUrlError::ExtraParts => write!(f, "has a user name, password or port"),
            OrgUrlError::HasPath => write!(f, "has something after the host"),
            OrgUrlError::NotDynamics { host } => write!(f, "{host} is not <org>.crm<N>.dynamics.com"),
            OrgUrlError::BadOrgName { name } => write!(f, "{name} is not an organization name"),
        }
    }
}
