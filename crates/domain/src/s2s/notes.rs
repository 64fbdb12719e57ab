//! The connection variant and the values a reader writes down for the connect step.

use std::fmt;

use super::{looks_like_secret, Guid, GuidError, OrgUrl, OrgUrlError, UserName, UserNameError, MAX_FIELD_CHARS};
use serde::{Deserialize, Serialize};

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
