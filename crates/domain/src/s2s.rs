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
    host: String,
    /// The organization: the host without the `api.` of the service endpoint.
    org_host: String,
    form: OrgUrlForm,
    caution: Option<OrgUrlCaution>,
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

// ---------------------------------------------------------------------------------------
// The connection variant, the values written down for Step 3, and the simulated tenant.
// ---------------------------------------------------------------------------------------

/// How Marketo signs in to Dynamics: the server-to-server (OAuth) connection that today's
/// documentation describes, or the sync user with a password of older set-ups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Connection {
    #[default]
    ServerToServer,
    SyncUserPassword,
}

impl Connection {
    pub const ALL: [Connection; 2] = [Connection::ServerToServer, Connection::SyncUserPassword];

    /// What a state saved before the question existed meant: the password variant, the
    /// only one there was.
    pub fn legacy() -> Connection {
        Connection::SyncUserPassword
    }

    /// The value of the variant's radio button and link parameter.
    pub fn slug(self) -> &'static str {
        match self {
            Connection::ServerToServer => "s2s",
            Connection::SyncUserPassword => "password",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Connection> {
        Connection::ALL.into_iter().find(|c| c.slug() == slug.trim())
    }

    /// How many steps Adobe's pages give this connection: server-to-server "… of 3", the
    /// ROPC (password) connection "… of 4" (C8).
    pub fn steps(self) -> u8 {
        match self {
            Connection::ServerToServer => 3,
            Connection::SyncUserPassword => 4,
        }
    }

    /// The values written down for the connect step, in the order the reader meets them
    /// (the ROPC connect step asks for no tenant ID and has no application user, C8).
    pub fn note_fields(self) -> &'static [NoteField] {
        match self {
            Connection::ServerToServer => &NoteField::ALL,
            Connection::SyncUserPassword => &[NoteField::ClientId, NoteField::OrgUrl],
        }
    }
}

/// One value written down for Step 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum NoteField {
    ClientId,
    TenantId,
    AppUserEmail,
    OrgUrl,
}

impl NoteField {
    pub const ALL: [NoteField; 4] =
        [NoteField::ClientId, NoteField::TenantId, NoteField::AppUserEmail, NoteField::OrgUrl];

    pub fn slug(self) -> &'static str {
        match self {
            NoteField::ClientId => "client-id",
            NoteField::TenantId => "tenant-id",
            NoteField::AppUserEmail => "app-user-email",
            NoteField::OrgUrl => "org-url",
        }
    }
}

/// Why a value was not written down: nothing was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refused {
    /// It looks like a client secret, which the widget never keeps.
    LooksLikeSecret,
    /// Longer than the field allows ([`MAX_FIELD_CHARS`] for a value written down).
    TooLong,
    /// A confirmation of the organization URL while none is well-formed: write it first.
    NothingToConfirm,
}

/// What is wrong with a written-down value (an empty one is simply not written yet).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteProblem {
    Guid(GuidError),
    UserName(UserNameError),
    OrgUrl(OrgUrlError),
}

/// The values Step 3 asks for, as the reader wrote them down (the client secret is never
/// one of them). Text is kept as typed so a mistake can be corrected; each reader checks
/// its shape. The organization URL counts as confirmed only while it is the very text the
/// reader confirmed.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "RawNotes")]
pub struct Step3Notes {
    client_id: String,
    tenant_id: String,
    app_user_email: String,
    org_url: String,
    confirmed_url: Option<String>,
}

#[derive(Deserialize)]
struct RawNotes {
    client_id: String,
    tenant_id: String,
    app_user_email: String,
    org_url: String,
    confirmed_url: Option<String>,
}

impl TryFrom<RawNotes> for Step3Notes {
    type Error = Refused;
    fn try_from(raw: RawNotes) -> Result<Self, Refused> {
        let mut notes = Step3Notes::default();
        for (field, text) in
            NoteField::ALL.into_iter().zip([raw.client_id, raw.tenant_id, raw.app_user_email, raw.org_url])
        {
            notes.set(field, &text)?;
        }
        if let Some(url) = raw.confirmed_url {
            Step3Notes::admits(&url)?;
            notes.confirmed_url = Some(url);
        }
        Ok(notes)
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::LooksLikeSecret => f.write_str("a value looks like a secret"),
            Refused::TooLong => f.write_str("a value is longer than its field allows"),
            Refused::NothingToConfirm => f.write_str("no well-formed organization URL to confirm"),
        }
    }
}

impl Step3Notes {
    /// Whether `text` may be written down at all (any shape, but never a secret).
    pub fn admits(text: &str) -> Result<(), Refused> {
        if text.chars().count() > MAX_FIELD_CHARS {
            Err(Refused::TooLong)
        } else if looks_like_secret(text) {
            Err(Refused::LooksLikeSecret)
        } else {
            Ok(())
        }
    }

    /// Writes a value down, or refuses it and keeps the one there was.
    pub fn set(&mut self, field: NoteField, text: &str) -> Result<(), Refused> {
        Step3Notes::admits(text)?;
        let slot = match field {
            NoteField::ClientId => &mut self.client_id,
            NoteField::TenantId => &mut self.tenant_id,
            NoteField::AppUserEmail => &mut self.app_user_email,
            NoteField::OrgUrl => &mut self.org_url,
        };
        text.clone_into(slot);
        Ok(())
    }

    /// The text as written down.
    pub fn text(&self, field: NoteField) -> &str {
        match field {
            NoteField::ClientId => &self.client_id,
            NoteField::TenantId => &self.tenant_id,
            NoteField::AppUserEmail => &self.app_user_email,
            NoteField::OrgUrl => &self.org_url,
        }
    }

    /// What is wrong with a value; `None` when it is fine or not written yet.
    pub fn problem(&self, field: NoteField) -> Option<NoteProblem> {
        let text = self.text(field);
        if text.trim().is_empty() {
            return None;
        }
        match field {
            NoteField::ClientId | NoteField::TenantId => Guid::parse(text).err().map(NoteProblem::Guid),
            NoteField::AppUserEmail => UserName::parse(text).err().map(NoteProblem::UserName),
            NoteField::OrgUrl => OrgUrl::parse(text).err().map(NoteProblem::OrgUrl),
        }
    }

    /// The value in the form Step 3 takes, when it is written down and well-formed.
    pub fn ready_text(&self, field: NoteField) -> Option<String> {
        let text = self.text(field);
        match field {
            NoteField::ClientId | NoteField::TenantId => Guid::parse(text).ok().map(|g| g.to_string()),
            NoteField::AppUserEmail => UserName::parse(text).ok().map(|u| u.to_string()),
            NoteField::OrgUrl => OrgUrl::parse(text).ok().map(|u| u.to_string()),
        }
    }

    pub fn client_id(&self) -> Option<Guid> {
        Guid::parse(&self.client_id).ok()
    }
    pub fn tenant_id(&self) -> Option<Guid> {
        Guid::parse(&self.tenant_id).ok()
    }
    pub fn app_user_email(&self) -> Option<UserName> {
        UserName::parse(&self.app_user_email).ok()
    }
    pub fn org_url(&self) -> Option<OrgUrl> {
        OrgUrl::parse(&self.org_url).ok()
    }

    /// The reader confirms (or takes back) that the organization URL is right. Only a
    /// well-formed URL can be confirmed; the confirmation is of that exact text.
    pub fn confirm_url(&mut self, on: bool) -> Result<(), OrgUrlError> {
        if on {
            OrgUrl::parse(&self.org_url)?;
            self.confirmed_url = Some(self.org_url.clone());
        } else {
            self.confirmed_url = None;
        }
        Ok(())
    }

    /// The organization URL is well-formed and confirmed as it stands.
    pub fn url_confirmed(&self) -> bool {
        self.confirmed_url.as_deref() == Some(self.org_url.as_str()) && self.org_url().is_some()
    }

    /// Copies one value (for merging two copies field by field); the organization URL
    /// travels with its confirmation, which is of that text.
    pub fn copy_from(&mut self, other: &Step3Notes, field: NoteField) {
        let text = other.text(field).to_string();
        // Both copies passed `admits`.
        let _ = self.set(field, &text);
        if field == NoteField::OrgUrl {
            self.confirmed_url.clone_from(&other.confirmed_url);
        }
    }
}

/// The reader's offset from UTC at a moment, in minutes east (Seoul +540, New York -300),
/// as the browser reports it; held within the offsets the world uses (±14 hours).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "i32", into = "i32")]
pub struct UtcOffset(i16);

impl UtcOffset {
    pub const UTC: UtcOffset = UtcOffset(0);
    const MAX_MINUTES: i32 = 14 * 60;

    /// `minutes` east of UTC (anything beyond ±14 hours is held at the limit).
    pub fn east(minutes: i32) -> UtcOffset {
        UtcOffset(minutes.clamp(-Self::MAX_MINUTES, Self::MAX_MINUTES) as i16)
    }

    /// From JavaScript's `Date.getTimezoneOffset()`, which counts minutes *west*.
    pub fn from_js(minutes_west: f64) -> UtcOffset {
        if minutes_west.is_finite() {
            UtcOffset::east(-(minutes_west.round().clamp(-100_000.0, 100_000.0) as i32))
        } else {
            UtcOffset::UTC
        }
    }

    pub fn minutes(self) -> i32 {
        i32::from(self.0)
    }

    pub fn is_utc(&self) -> bool {
        self.0 == 0
    }
}

impl From<i32> for UtcOffset {
    fn from(minutes: i32) -> Self {
        UtcOffset::east(minutes)
    }
}

impl From<UtcOffset> for i32 {
    fn from(o: UtcOffset) -> i32 {
        o.minutes()
    }
}

/// A day of the reader's calendar, for the client secret's expiry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayError {
    /// Not `YYYY-MM-DD`.
    NotADate,
    /// A month or day that the calendar does not have.
    NoSuchDay,
    /// Before 2000 or after 2299: surely a typing mistake.
    OutOfRange,
    /// More than [`MAX_SECRET_MONTHS`] after today: Microsoft Entra gives no client secret
    /// a longer life (C11), so the date is mistyped.
    TooFarAhead { latest: Day },
}

/// Microsoft Entra lets a client secret live this many months at most (and recommends
/// less than 12).
pub const MAX_SECRET_MONTHS: u32 = 24;

const MS_PER_DAY: u64 = 86_400_000;

impl Day {
    /// Reads `YYYY-MM-DD` (what a date field gives).
    pub fn parse(text: &str) -> Result<Day, DayError> {
        let text = text.trim();
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(DayError::NotADate);
        };
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return Err(DayError::NotADate);
        }
        let (year, month, day): (u16, u8, u8) = (
            y.parse().map_err(|_| DayError::NotADate)?,
            m.parse().map_err(|_| DayError::NotADate)?,
            d.parse().map_err(|_| DayError::NotADate)?,
        );
        if !(2000..=2299).contains(&year) {
            return Err(DayError::OutOfRange);
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DayError::NoSuchDay);
        }
        Ok(Day { year, month, day })
    }

    /// The same day of the month `months` later (the month's last day when it is shorter).
    pub fn add_months(self, months: u32) -> Day {
        let index = u32::from(self.year) * 12 + u32::from(self.month - 1) + months;
        let year = u16::try_from(index / 12).unwrap_or(u16::MAX);
        let month = (index % 12) as u8 + 1;
        Day { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// Reads a client secret's expiry, typed as `YYYY-MM-DD`, and checks it against
    /// Entra's limit counted from `today`.
    pub fn parse_expiry(text: &str, today: Day) -> Result<Day, DayError> {
        let day = Day::parse(text)?;
        let latest = today.add_months(MAX_SECRET_MONTHS);
        if day > latest {
            return Err(DayError::TooFarAhead { latest });
        }
        Ok(day)
    }

    /// The day a moment falls on in a calendar `offset` from UTC: the reader's own day
    /// when `offset` is theirs at that moment.
    pub fn local(millis: u64, offset: UtcOffset) -> Day {
        let shift = i64::from(offset.minutes()) * 60_000;
        let at = i64::try_from(millis).unwrap_or(i64::MAX).saturating_add(shift).max(0);
        Day::of(at.unsigned_abs())
    }

    /// The day a moment falls on (UTC).
    pub fn of(millis: u64) -> Day {
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = (millis / MS_PER_DAY) as i64 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(0, i64::from(u16::MAX)) as u16;
        Day { year, month, day }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The "Expires" choices of Entra's "Add a client secret" panel (the longest is the 24
/// months Entra allows; 180 days is the one it recommends).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum SecretLifetime {
    Days90,
    #[default]
    Days180,
    Days365,
    Days545,
    Days730,
}

impl SecretLifetime {
    pub const ALL: [SecretLifetime; 5] = [
        SecretLifetime::Days90,
        SecretLifetime::Days180,
        SecretLifetime::Days365,
        SecretLifetime::Days545,
        SecretLifetime::Days730,
    ];

    pub fn is_default(&self) -> bool {
        *self == SecretLifetime::default()
    }

    /// The moment a secret made at `created_at` with this lifetime expires.
    pub fn ends(self, created_at: u64) -> u64 {
        created_at.saturating_add(self.days() * MS_PER_DAY)
    }

    pub fn days(self) -> u64 {
        match self {
            SecretLifetime::Days90 => 90,
            SecretLifetime::Days180 => 180,
            SecretLifetime::Days365 => 365,
            SecretLifetime::Days545 => 545,
            SecretLifetime::Days730 => 730,
        }
    }

    /// A stable name for form values.
    pub fn slug(self) -> &'static str {
        match self {
            SecretLifetime::Days90 => "90",
            SecretLifetime::Days180 => "180",
            SecretLifetime::Days365 => "365",
            SecretLifetime::Days545 => "545",
            SecretLifetime::Days730 => "730",
        }
    }

    pub fn from_slug(slug: &str) -> Option<SecretLifetime> {
        SecretLifetime::ALL.into_iter().find(|l| l.slug() == slug)
    }
}

/// A step of a small deterministic mixer (SplitMix64): the simulated IDs come from it, so a
/// practice is reproducible and no clock or randomness enters the domain.
fn mix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A GUID made from a seed (never nil: the version digit is 4).
pub fn guid_from(seed: u64) -> Guid {
    let (a, b) = (mix(seed), mix(seed ^ 0x5DEE_CE66_D1CE_4E5B));
    let hex = format!("{a:016x}{b:016x}");
    let mut digits: Vec<char> = hex.chars().collect();
    digits[12] = '4';
    let text: String = digits.into_iter().collect();
    let g = format!("{}-{}-{}-{}-{}", &text[0..8], &text[8..12], &text[12..16], &text[16..20], &text[20..32]);
    Guid(g)
}

/// The value a practice client secret shows once: made up from the app, the secret and the
/// time it was made, never saved, and marked so nobody takes it for a real one.
pub fn practice_secret_value(client_id: &Guid, secret: u32, created_at: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-";
    let mut seed = mix(created_at ^ u64::from(secret).rotate_left(32));
    for b in client_id.as_str().bytes() {
        seed = mix(seed ^ u64::from(b));
    }
    let mut out = String::from("PRACTICE");
    out.push_str("8Q~");
    for _ in 0..29 {
        seed = mix(seed);
        out.push(ALPHABET[(seed % ALPHABET.len() as u64) as usize] as char);
    }
    out
}

// ---------------------------------------------------------------------------------------
// The simulated Microsoft Entra tenant (practice only).
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AppId(pub u32);

/// A client secret of an app registration. Its value is never kept: while `visible` the
/// page can show it (made up again by [`practice_secret_value`]); leaving the page, or
/// saving and reading back, hides it for good.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Secret {
    pub id: u32,
    pub description: String,
    pub created_at: u64,
    /// The "Expires" chosen when it was made (saved before the choice existed: 180 days;
    /// the default is left out when written, as older builds wrote it).
    #[serde(default, skip_serializing_if = "SecretLifetime::is_default")]
    pub lifetime: SecretLifetime,
    /// Copied to a safe place while it was shown.
    pub copied: bool,
    /// The reader's offset from UTC at the moment it expires, so that its expiry is a day
    /// of the reader's calendar (saved before it was kept: UTC).
    #[serde(default, skip_serializing_if = "UtcOffset::is_utc")]
    pub offset: UtcOffset,
    /// Shown on the open page right now. Never saved: a page opened again shows it masked.
    #[serde(skip_serializing, default)]
    pub visible: bool,
}

impl Secret {
    /// The moment it expires.
    pub fn expires_at(&self) -> u64 {
        self.lifetime.ends(self.created_at)
    }

    /// The day it expires, in the reader's calendar.
    pub fn expires_on(&self) -> Day {
        Day::local(self.expires_at(), self.offset)
    }

    /// Gone for good: hidden before it was copied.
    pub fn lost(&self) -> bool {
        !self.visible && !self.copied
    }
}

/// An app registration in the simulated Entra admin center.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct App {
    pub id: AppId,
    pub name: String,
    /// Supported account types: "Accounts in this organizational directory only".
    pub single_tenant: bool,
    pub client_id: Guid,
    /// Admin consent granted for the tenant.
    pub consent: bool,
    pub secrets: Vec<Secret>,
}

impl App {
    /// A secret copied to a safe place (the newest).
    pub fn saved_secret(&self) -> Option<&Secret> {
        self.secrets.iter().rev().find(|s| s.copied)
    }
}

/// A tab of an app registration's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AppTab {
    Overview,
    CertificatesSecrets,
    ApiPermissions,
}

/// Where the trainee is in the simulated Entra admin center.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Page {
    #[default]
    AppRegistrations,
    NewRegistration,
    App {
        app: AppId,
        tab: AppTab,
    },
}

/// The simulated tenant and Dynamics environment of a server-to-server practice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tenant {
    pub tenant_id: Guid,
    pub org_url: OrgUrl,
    pub apps: Vec<App>,
    pub page: Page,
    pub next_app: u32,
    pub next_secret: u32,
}

/// The training tenant's organization address.
pub const PRACTICE_ORG_URL: &str = "https://contoso-training.crm.dynamics.com";
/// The training tenant's mail domain (application users' addresses end with it).
pub const PRACTICE_DOMAIN: &str = "contoso-training.onmicrosoft.com";

impl Tenant {
    pub fn practice() -> Tenant {
        Tenant {
            tenant_id: guid_from(0x007E_4A47),
            // A constant known to parse (a native test reads it).
            org_url: OrgUrl::parse(PRACTICE_ORG_URL).unwrap_or_else(|_| OrgUrl {
                host: "contoso.crm.dynamics.com".into(),
                org_host: "contoso.crm.dynamics.com".into(),
                form: OrgUrlForm::Address,
                caution: None,
            }),
            apps: Vec::new(),
            page: Page::AppRegistrations,
            next_app: 1,
            next_secret: 1,
        }
    }

    pub fn app(&self, id: AppId) -> Option<&App> {
        self.apps.iter().find(|a| a.id == id)
    }

    pub(crate) fn app_mut(&mut self, id: AppId) -> Option<&mut App> {
        self.apps.iter_mut().find(|a| a.id == id)
    }

    /// The app's secret, if both exist.
    pub fn secret(&self, app: AppId, secret: u32) -> Option<&Secret> {
        self.app(app).and_then(|a| a.secrets.iter().find(|s| s.id == secret))
    }

    /// The same tenant as it reads back from storage: every shown secret hidden.
    pub fn reloaded(&self) -> Tenant {
        let mut t = self.clone();
        for s in t.apps.iter_mut().flat_map(|a| a.secrets.iter_mut()) {
            s.visible = false;
        }
        t
    }
}
