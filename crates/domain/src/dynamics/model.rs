//! The organisation as Step 2 sees it: its users, the Marketo solution's configuration, what was published and validated, and the checks on the names and values typed.

use serde::{Deserialize, Serialize};

use super::{Action, App, AppId, Connection, Page, Step3Notes, Tenant, Version, PRACTICE_DOMAIN};

/// The exact name the custom sync filter field must have.
pub const FILTER_FIELD: &str = "new_synctomkto";
/// The longest user name or e-mail address kept, in characters.
pub const MAX_TEXT_CHARS: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct UserId(pub u32);

/// Whether a user is somebody's CRM account or the dedicated sync user made in Step 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UserKind {
    ExistingCrmUser,
    DedicatedSyncUser,
    /// Server-to-server: the application user made for an app registration.
    ApplicationUser,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub kind: UserKind,
    /// Takes part in the sync (matters for the role before 4.0.0.14).
    pub syncs: bool,
    pub has_sync_role: bool,
    /// The app registration an application user acts for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<AppId>,
}

/// The part of a Dynamics organisation that Step 2 touches.
///
/// Invariants (checked again whenever one is deserialised): user ids are unique and below
/// `next_id`; names and addresses pass the same checks as creating a user; the Marketo User
/// and everyone signed in exist (and signed-in users are dedicated, once each); no
/// revision is ahead of the configuration; a filter field has the exact name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawOrg")]
pub struct Org {
    /// The installed Marketo solution; `None` means Step 1 is not done.
    pub(super) solution: Option<Version>,
    pub(super) users: Vec<User>,
    /// Marketo Config > Default > Marketo User.
    pub(super) marketo_user: Option<UserId>,
    /// Bumped by every configuration change.
    pub(super) config_rev: u32,
    /// The configuration revision that "Publish All Customizations" last published.
    pub(super) published_rev: Option<u32>,
    /// Whether the reader wants a custom sync filter (optional).
    pub(super) filter_wanted: bool,
    pub(super) filter_field: Option<String>,
    /// The configuration revision the sync was last validated at.
    pub(super) validated_rev: Option<u32>,
    /// Dedicated users someone has signed in to Dynamics as, at least once.
    pub(super) signed_in: Vec<UserId>,
    pub(super) next_id: u32,
    /// Which variant of Step 2 this organisation follows.
    pub(super) connection: Connection,
    /// The simulated Entra tenant (practice only; a guide has none).
    pub(super) tenant: Option<Tenant>,
    /// The values written down for Step 3 (server-to-server).
    pub(super) notes: Step3Notes,
}

#[derive(Deserialize)]
struct RawOrg {
    solution: Option<Version>,
    users: Vec<User>,
    marketo_user: Option<UserId>,
    config_rev: u32,
    published_rev: Option<u32>,
    filter_wanted: bool,
    filter_field: Option<String>,
    validated_rev: Option<u32>,
    signed_in: Vec<UserId>,
    next_id: u32,
    #[serde(default = "Connection::legacy")]
    connection: Connection,
    #[serde(default)]
    tenant: Option<Tenant>,
    #[serde(default)]
    notes: Step3Notes,
}

/// Why a stored or imported organisation was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvalidOrg {
    DuplicateId(UserId),
    IdNotBelowNext(UserId),
    BadUser(UserId, TextProblem),
    UnknownMarketoUser(UserId),
    BadSignIn(UserId),
    RevisionAhead,
    FilterFieldMisnamed,
    /// An application user without an app registration, or two for one app.
    BadAppUser(UserId),
    /// App registrations or secrets with repeated ids, or names that break the rules.
    BadTenant,
}

impl std::fmt::Display for InvalidOrg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "inconsistent organisation: {self:?}")
    }
}

impl TryFrom<RawOrg> for Org {
    type Error = InvalidOrg;
    fn try_from(raw: RawOrg) -> Result<Self, InvalidOrg> {
        let org = Org {
            solution: raw.solution,
            users: raw.users,
            marketo_user: raw.marketo_user,
            config_rev: raw.config_rev,
            published_rev: raw.published_rev,
            filter_wanted: raw.filter_wanted,
            filter_field: raw.filter_field,
            validated_rev: raw.validated_rev,
            signed_in: raw.signed_in,
            next_id: raw.next_id,
            connection: raw.connection,
            // Every stored organisation is a practice's. One saved before the training
            // tenant existed gets it, so its ROPC client app can be registered (C8).
            tenant: raw.tenant.or_else(|| Some(Tenant::practice())),
            notes: raw.notes,
        };
        org.validate()?;
        Ok(org)
    }
}

impl Default for Org {
    fn default() -> Self {
        Org::new(None)
    }
}

/// Why a user name or address was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextProblem {
    NameEmpty,
    NameTooLong,
    NameTaken,
    EmailEmpty,
    EmailNotAnAddress,
    EmailTooLong,
    /// Looks like a pasted client secret: refused and not kept.
    LooksLikeSecret,
}

impl Org {
    pub fn new(solution: Option<Version>) -> Self {
        Org {
            solution,
            users: Vec::new(),
            marketo_user: None,
            config_rev: 0,
            published_rev: None,
            filter_wanted: false,
            filter_field: None,
            validated_rev: None,
            signed_in: Vec::new(),
            next_id: 1,
            // The engine's own default is the variant it began with; practice and guide
            // choose the variant explicitly.
            connection: Connection::SyncUserPassword,
            tenant: None,
            notes: Step3Notes::default(),
        }
    }

    /// The same organisation with the simulated Entra tenant of practice (where both
    /// connections register their app).
    pub fn in_training_tenant(mut self) -> Org {
        self.tenant.get_or_insert_with(Tenant::practice);
        self
    }

    /// Scenario set-up: an existing CRM user (somebody's own account).
    pub fn add_existing_user(&mut self, name: &str, email: &str, syncs: bool) -> Result<UserId, TextProblem> {
        let (name, email) = self.clean_user(name, email)?;
        Ok(self.push_user(name, email, UserKind::ExistingCrmUser, syncs))
    }

    pub(super) fn push_user(&mut self, name: String, email: String, kind: UserKind, syncs: bool) -> UserId {
        let id = UserId(self.next_id);
        self.next_id = self.next_id.saturating_add(1);
        self.users.push(User { id, name, email, kind, syncs, has_sync_role: false, app: None });
        id
    }

    pub(super) fn clean_user(&self, name: &str, email: &str) -> Result<(String, String), TextProblem> {
        clean_user_text(name, email, &self.users)
    }

    fn validate(&self) -> Result<(), InvalidOrg> {
        for (i, u) in self.users.iter().enumerate() {
            let earlier = &self.users[..i];
            if earlier.iter().any(|v| v.id == u.id) {
                return Err(InvalidOrg::DuplicateId(u.id));
            }
            if u.id.0 >= self.next_id {
                return Err(InvalidOrg::IdNotBelowNext(u.id));
            }
            match clean_user_text(&u.name, &u.email, earlier) {
                Ok((name, email)) if name == u.name && email == u.email => {}
                Ok(_) => return Err(InvalidOrg::BadUser(u.id, TextProblem::NameEmpty)),
                Err(problem) => return Err(InvalidOrg::BadUser(u.id, problem)),
            }
        }
        if let Some(id) = self.marketo_user.filter(|id| self.user(*id).is_none()) {
            return Err(InvalidOrg::UnknownMarketoUser(id));
        }
        for (i, id) in self.signed_in.iter().enumerate() {
            let dedicated = self.user(*id).is_some_and(|u| u.kind == UserKind::DedicatedSyncUser);
            if !dedicated || self.signed_in[..i].contains(id) {
                return Err(InvalidOrg::BadSignIn(*id));
            }
        }
        if [self.published_rev, self.validated_rev].into_iter().flatten().any(|rev| rev > self.config_rev) {
            return Err(InvalidOrg::RevisionAhead);
        }
        if self.filter_field.as_deref().is_some_and(|f| f != FILTER_FIELD) {
            return Err(InvalidOrg::FilterFieldMisnamed);
        }
        for (i, u) in self.users.iter().enumerate() {
            let app_ok = match (u.kind, u.app) {
                (UserKind::ApplicationUser, Some(app)) => {
                    self.tenant.as_ref().is_some_and(|t| t.app(app).is_some())
                        && !self.users[..i].iter().any(|v| v.app == Some(app))
                }
                (UserKind::ApplicationUser, None) => false,
                (_, app) => app.is_none(),
            };
            if !app_ok {
                return Err(InvalidOrg::BadAppUser(u.id));
            }
        }
        if let Some(t) = &self.tenant {
            if !tenant_ok(t) {
                return Err(InvalidOrg::BadTenant);
            }
        }
        Ok(())
    }
}

/// App ids and secret ids unique and below their counters, names usable, the open page on
/// an app that exists.
pub(super) fn tenant_ok(t: &Tenant) -> bool {
    let apps_ok = t.apps.iter().enumerate().all(|(i, a)| {
        a.id.0 < t.next_app
            && !t.apps[..i].iter().any(|b| b.id == a.id)
            && clean_app_name(&a.name, &t.apps[..i]).is_ok_and(|n| n == a.name)
            && a.secrets.iter().enumerate().all(|(j, s)| {
                s.id < t.next_secret
                    && !a.secrets[..j].iter().any(|x| x.id == s.id)
                    && clean_description(&s.description).is_ok_and(|d| d == s.description)
            })
    });
    let page_ok = match t.page {
        Page::App { app, .. } => t.app(app).is_some(),
        _ => true,
    };
    apps_ok && page_ok
}

/// An app registration's display name: trimmed, not empty, not too long, unique, no secret.
pub(super) fn clean_app_name(name: &str, existing: &[App]) -> Result<String, TextProblem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(TextProblem::NameEmpty);
    }
    if name.chars().count() > MAX_TEXT_CHARS {
        return Err(TextProblem::NameTooLong);
    }
    if crate::s2s::looks_like_secret(name) {
        return Err(TextProblem::LooksLikeSecret);
    }
    if existing.iter().any(|a| a.name.to_lowercase() == name.to_lowercase()) {
        return Err(TextProblem::NameTaken);
    }
    Ok(name.to_string())
}

/// A client secret's description: trimmed, may be empty, not too long, no secret.
pub(super) fn clean_description(text: &str) -> Result<String, TextProblem> {
    let text = text.trim();
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(TextProblem::NameTooLong);
    }
    if crate::s2s::looks_like_secret(text) {
        return Err(TextProblem::LooksLikeSecret);
    }
    Ok(text.to_string())
}

/// The address Power Platform gives an app's application user in the training tenant.
pub(super) fn app_user_email(app: &App) -> String {
    let slug: String = app
        .name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() { format!("app-{}", app.id.0) } else { slug.chars().take(40).collect() };
    format!("{slug}@{PRACTICE_DOMAIN}")
}

/// Trims a user's name and address and checks them against the users already there.
/// What is wrong with a user name, if anything: blank, too long, secret-shaped, or the
/// name of a user who exists (the connect step needs a name that matches one user).
pub(super) fn name_problem(name: &str, existing: &[User]) -> Option<TextProblem> {
    let name = name.trim();
    if name.is_empty() {
        Some(TextProblem::NameEmpty)
    } else if name.chars().count() > MAX_TEXT_CHARS {
        Some(TextProblem::NameTooLong)
    } else if crate::s2s::looks_like_secret(name) {
        // A pasted secret is never kept, whatever the field.
        Some(TextProblem::LooksLikeSecret)
    } else if existing.iter().any(|u| u.name.to_lowercase() == name.to_lowercase()) {
        Some(TextProblem::NameTaken)
    } else {
        None
    }
}

pub(super) fn clean_user_text(name: &str, email: &str, existing: &[User]) -> Result<(String, String), TextProblem> {
    {
        let (name, email) = (name.trim(), email.trim());
        let name_issue = name_problem(name, existing);
        if let Some(p @ (TextProblem::NameEmpty | TextProblem::NameTooLong)) = name_issue {
            return Err(p);
        }
        if crate::s2s::looks_like_secret(email) {
            return Err(TextProblem::LooksLikeSecret);
        }
        if let Some(problem) = name_issue {
            return Err(problem);
        }
        if email.is_empty() {
            return Err(TextProblem::EmailEmpty);
        }
        if email.chars().count() > MAX_TEXT_CHARS {
            return Err(TextProblem::EmailTooLong);
        }
        // It need not be a real mailbox, but it must look like an address.
        let looks_like_address = match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty() && !domain.is_empty() && !domain.contains('@') && !email.contains(char::is_whitespace)
            }
            None => false,
        };
        if !looks_like_address {
            return Err(TextProblem::EmailNotAnAddress);
        }
        Ok((name.to_string(), email.to_string()))
    }
}

impl Org {
    pub fn solution(&self) -> Option<Version> {
        self.solution
    }
    pub fn users(&self) -> &[User] {
        &self.users
    }
    pub fn user(&self, id: UserId) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }
    pub fn marketo_user(&self) -> Option<UserId> {
        self.marketo_user
    }
    pub fn filter_wanted(&self) -> bool {
        self.filter_wanted
    }
    pub fn filter_field(&self) -> Option<&str> {
        self.filter_field.as_deref()
    }
    /// Customizations were published after the last configuration change.
    pub fn published_current(&self) -> bool {
        self.published_rev == Some(self.config_rev)
    }
    /// The sync was validated after the last configuration change.
    pub fn validated_current(&self) -> bool {
        self.validated_rev == Some(self.config_rev)
    }
    pub fn signed_in_as(&self, id: UserId) -> bool {
        self.signed_in.contains(&id)
    }

    pub fn connection(&self) -> Connection {
        self.connection
    }
    /// The simulated Entra tenant (practice only).
    pub fn tenant(&self) -> Option<&Tenant> {
        self.tenant.as_ref()
    }
    /// The values written down for Step 3.
    pub fn notes(&self) -> &Step3Notes {
        &self.notes
    }

    /// The app registration Step 3 will use: the Marketo User's, else the first one
    /// registered for this organization only, else the first one.
    pub fn the_app(&self) -> Option<&App> {
        let tenant = self.tenant.as_ref()?;
        self.marketo_user
            .and_then(|id| self.user(id))
            .and_then(|u| u.app)
            .and_then(|app| tenant.app(app))
            .or_else(|| tenant.apps.iter().find(|a| a.single_tenant))
            .or_else(|| tenant.apps.first())
    }

    /// The application user made for an app registration.
    pub fn app_user(&self, app: AppId) -> Option<&User> {
        self.users.iter().find(|u| u.app == Some(app))
    }

    /// The same organisation as it reads back from storage (shown secrets hidden).
    pub fn reloaded(&self) -> Org {
        let mut org = self.clone();
        org.tenant = self.tenant.as_ref().map(Tenant::reloaded);
        org
    }

    /// The user Step 3 will connect with. Server-to-server: the application user of
    /// [`Org::the_app`]. With a password: the chosen Marketo User if it is dedicated, else
    /// the first dedicated sync user created.
    pub fn sync_user(&self) -> Option<&User> {
        if self.connection == Connection::ServerToServer {
            return self.the_app().and_then(|a| self.app_user(a.id));
        }
        self.marketo_user
            .and_then(|id| self.user(id))
            .filter(|u| u.kind == UserKind::DedicatedSyncUser)
            .or_else(|| self.users.iter().find(|u| u.kind == UserKind::DedicatedSyncUser))
    }

    /// Who needs the Marketo Sync User role with the installed version (D3): from 4.0.0.14
    /// only the sync user; before it, all users (C6). Unknown version: the sync user.
    pub fn needs_role(&self, user: &User) -> bool {
        match self.solution {
            // C6: before 4.0.0.14 the source says all users need the role.
            Some(v) if !v.only_sync_user_needs_role() => true,
            _ => self.sync_user().is_some_and(|s| s.id == user.id),
        }
    }

    /// The one role action a user's row offers: take the role away from a user who holds
    /// it, give it to one who does not.
    pub fn role_action(&self, user: UserId) -> Action {
        if self.user(user).is_some_and(|u| u.has_sync_role) {
            Action::RemoveRole { user }
        } else {
            Action::AssignRole { user }
        }
    }
}
