//! The values read and checked for the connect step: GUIDs, the application user's name,
//! and the organization URL.

use std::fmt;

use super::{looks_like_secret, MAX_FIELD_CHARS};
use serde::{Deserialize, Serialize};

/// A GUID as Entra ID shows it: 32 hexadecimal digits in groups of 8-4-4-4-12. Kept in
/// lower case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Guid(pub(super) String);

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

/// The organization URL Step 3 takes (C5). Adobe's Step 3 links to "View the Organization
/// Service URL": copy Developer Resources > Service Endpoints > Organization Service URL,
/// `https://<org>.api.crm<N>.dynamics.com/XRMServices/2011/Organization.svc`. The
/// organization's own address, `https://<org>.crm<N>.dynamics.com`, is accepted too. A
/// value that is clearly wrong is refused ([`OrgUrlError`]); one that is unusual but may be
/// right (another Dynamics cloud, a custom domain) is accepted with a [`OrgUrlCaution`] the
/// reader confirms past.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrgUrl {
    /// The host in lower case, as typed (with `api.` when it was there).
    pub(super) host: String,
    /// The organization: the host without the `api.` of the service endpoint.
    pub(super) org_host: String,
    pub(super) form: OrgUrlForm,
    pub(super) caution: Option<OrgUrlCaution>,
}

/// Which of the two accepted forms a URL has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrgUrlForm {
    /// `https://<org>.crm<N>.dynamics.com`
    Address,
    /// `…/XRMServices/2011/Organization.svc`, as Service Endpoints shows it.
    ServiceUrl,
}

/// Unusual but possibly right: the reader checks it against Service Endpoints and confirms.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OrgUrlCaution {
    /// The host of another Dynamics 365 cloud (a government or sovereign cloud).
    OtherCloud,
    /// Under dynamics.com but not `<org>.crm<N>.dynamics.com` nor its `api.` form.
    UnusualDynamicsHost,
    /// Not a Dynamics host at all: a custom domain, or a mistake.
    CustomDomain,
}

/// The domain every Dynamics organization address ends with.
pub const DYNAMICS_DOMAIN: &str = "dynamics.com";
/// The path of the Organization Service URL.
pub const ORGANIZATION_SERVICE_PATH: &str = "/XRMServices/2011/Organization.svc";
/// Domains of other Dynamics 365 clouds (C5: a warning, not a refusal).
const OTHER_CLOUDS: [&str; 4] = ["microsoftdynamics.us", "appsplatform.us", "dynamics.cn", "microsoftdynamics.de"];
/// Hosts and domains of services people often copy by mistake: sign-in pages, admin
/// centers, Marketo itself. An organization URL is never one of them.
const OTHER_SERVICES: [&str; 17] = [
    "microsoftonline.com",
    "microsoft.com",
    "azure.com",
    "windows.net",
    "powerapps.com",
    "powerplatform.com",
    "office.com",
    "office365.com",
    "sharepoint.com",
    "live.com",
    "onmicrosoft.com",
    "home.dynamics.com",
    "admin.dynamics.com",
    "marketo.com",
    "marketo.net",
    "adobe.com",
    "mktoweb.com",
];

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
    /// A path other than the Organization Service's, a query or a fragment.
    HasPath,
    /// Not a host name at all (the text found, cut to 60 characters).
    NotAHost {
        host: String,
    },
    /// The address of another service (a sign-in page, an admin center, Marketo…).
    OtherService {
        host: String,
    },
    /// The organization's name is not letters, digits and inner hyphens (1–63 of them).
    BadOrgName {
        name: String,
    },
}

fn label_ok(label: &str) -> bool {
    (1..=63).contains(&label.len())
        && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !label.starts_with('-')
        && !label.ends_with('-')
}

fn under(host: &str, domain: &str) -> bool {
    host == domain || host.strip_suffix(domain).is_some_and(|h| h.ends_with('.'))
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
        if authority.contains(['@', ':']) {
            return Err(OrgUrlError::ExtraParts);
        }
        let host = authority.to_ascii_lowercase();
        let cut = |h: &str| h.chars().take(60).collect::<String>();
        let labels: Vec<&str> = host.split('.').collect();
        if labels.len() < 2
            || !labels[1..].iter().all(|l| label_ok(l))
            || labels.iter().all(|l| l.bytes().all(|b| b.is_ascii_digit()))
        {
            // Never echo a pasted secret back in a message.
            if looks_like_secret(authority) {
                return Err(OrgUrlError::LooksLikeSecret);
            }
            return Err(OrgUrlError::NotAHost { host: cut(&host) });
        }
        if !label_ok(labels[0]) {
            return Err(OrgUrlError::BadOrgName { name: cut(labels[0]) });
        }
        let path = after.strip_suffix('/').unwrap_or(after);
        let form = if path.is_empty() {
            OrgUrlForm::Address
        } else if path.eq_ignore_ascii_case(ORGANIZATION_SERVICE_PATH) {
            OrgUrlForm::ServiceUrl
        } else if after.split(['/', '?', '#', '&', '=']).any(looks_like_secret) {
            return Err(OrgUrlError::LooksLikeSecret);
        } else {
            return Err(OrgUrlError::HasPath);
        };
        if OTHER_SERVICES.iter().any(|d| under(&host, d)) {
            return Err(OrgUrlError::OtherService { host: cut(&host) });
        }
        let is_crm =
            |l: &str| l.strip_prefix("crm").is_some_and(|n| n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()));
        // <org>.crm<N>.dynamics.com or <org>.api.crm<N>.dynamics.com
        let (org_host, caution) = match labels.as_slice() {
            [crm, "dynamics", "com"] if is_crm(crm) => return Err(OrgUrlError::BadOrgName { name: String::new() }),
            [org, crm, "dynamics", "com"] if is_crm(crm) => {
                if *org == "api" {
                    return Err(OrgUrlError::BadOrgName { name: cut(org) });
                }
                (host.clone(), None)
            }
            [org, "api", crm, "dynamics", "com"] if is_crm(crm) => (format!("{org}.{crm}.{DYNAMICS_DOMAIN}"), None),
            _ if under(&host, DYNAMICS_DOMAIN) => (host.clone(), Some(OrgUrlCaution::UnusualDynamicsHost)),
            _ if OTHER_CLOUDS.iter().any(|d| under(&host, d)) => {
                (host.replacen(".api.", ".", 1), Some(OrgUrlCaution::OtherCloud))
            }
            _ => (host.clone(), Some(OrgUrlCaution::CustomDomain)),
        };
        Ok(OrgUrl { host, org_host, form, caution })
    }

    /// The organization's name (the first label of the host).
    pub fn org(&self) -> &str {
        self.org_host.split('.').next().unwrap_or_default()
    }

    /// Whether two URLs name the same organization (its address and its Organization
    /// Service URL do).
    pub fn same_org(&self, other: &OrgUrl) -> bool {
        self.org_host == other.org_host
    }

    pub fn form(&self) -> OrgUrlForm {
        self.form
    }

    /// What the reader should check before confirming, if anything.
    pub fn caution(&self) -> Option<&OrgUrlCaution> {
        self.caution.as_ref()
    }
}

impl fmt::Display for OrgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.form {
            OrgUrlForm::Address => write!(f, "https://{}", self.host),
            OrgUrlForm::ServiceUrl => write!(f, "https://{}{ORGANIZATION_SERVICE_PATH}", self.host),
        }
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
            OrgUrlError::HasPath => write!(f, "has a path other than {ORGANIZATION_SERVICE_PATH}"),
            OrgUrlError::NotAHost { host } => write!(f, "{host} is not a host name"),
            OrgUrlError::OtherService { host } => write!(f, "{host} is another service's address"),
            OrgUrlError::BadOrgName { name } => write!(f, "{name} is not an organization name"),
        }
    }
}
