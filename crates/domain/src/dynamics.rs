//! Flow 2: Step 2 of 3 of the Marketo–Dynamics sync set-up — create the dedicated sync
//! user, give it the Marketo Sync User role, point the Marketo solution at it, publish, and
//! get ready for Step 3.
//!
//! [`Org`] is the state; [`Action`]s by the Dynamics admin change it through the shared
//! [`Engine`] contract; [`readiness`] gives the verdict for Step 3 and [`checklist`] the
//! Step 2 checklist, both from the one list of [`Requirement`]s.

use serde::{Deserialize, Serialize};

use crate::checklist::Status;
use crate::engine::{Allowed, Engine};
use crate::practice::{Entry, Practised, Session};
use crate::s2s::{
    App, AppId, AppTab, Connection, Day, NoteField, NoteRefused, OrgUrlError, Page, Step3Notes, Tenant, PRACTICE_DOMAIN,
};
use crate::saved::{FlowSpec, Lang, Mode, Saved, Schema, V1Common};
use crate::version::Version;
use crate::{Millis, Rule};

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
    solution: Option<Version>,
    users: Vec<User>,
    /// Marketo Config > Default > Marketo User.
    marketo_user: Option<UserId>,
    /// Bumped by every configuration change.
    config_rev: u32,
    /// The configuration revision that "Publish All Customizations" last published.
    published_rev: Option<u32>,
    /// Whether the reader wants a custom sync filter (optional).
    filter_wanted: bool,
    filter_field: Option<String>,
    /// The configuration revision the sync was last validated at.
    validated_rev: Option<u32>,
    /// Dedicated users someone has signed in to Dynamics as, at least once.
    signed_in: Vec<UserId>,
    next_id: u32,
    /// Which variant of Step 2 this organisation follows.
    connection: Connection,
    /// The simulated Entra tenant (practice only; a guide has none).
    tenant: Option<Tenant>,
    /// The values written down for Step 3 (server-to-server).
    notes: Step3Notes,
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
            tenant: raw.tenant,
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

    /// Scenario set-up: an existing CRM user (somebody's own account).
    pub fn add_existing_user(&mut self, name: &str, email: &str, syncs: bool) -> Result<UserId, TextProblem> {
        let (name, email) = self.clean_user(name, email)?;
        Ok(self.push_user(name, email, UserKind::ExistingCrmUser, syncs))
    }

    fn push_user(&mut self, name: String, email: String, kind: UserKind, syncs: bool) -> UserId {
        let id = UserId(self.next_id);
        self.next_id = self.next_id.saturating_add(1);
        self.users.push(User { id, name, email, kind, syncs, has_sync_role: false, app: None });
        id
    }

    fn clean_user(&self, name: &str, email: &str) -> Result<(String, String), TextProblem> {
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
fn tenant_ok(t: &Tenant) -> bool {
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
fn clean_app_name(name: &str, existing: &[App]) -> Result<String, TextProblem> {
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
fn clean_description(text: &str) -> Result<String, TextProblem> {
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
fn app_user_email(app: &App) -> String {
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
fn clean_user_text(name: &str, email: &str, existing: &[User]) -> Result<(String, String), TextProblem> {
    {
        let (name, email) = (name.trim(), email.trim());
        if name.is_empty() {
            return Err(TextProblem::NameEmpty);
        }
        if name.chars().count() > MAX_TEXT_CHARS {
            return Err(TextProblem::NameTooLong);
        }
        // A pasted secret is never kept, whatever the field.
        if crate::s2s::looks_like_secret(name) || crate::s2s::looks_like_secret(email) {
            return Err(TextProblem::LooksLikeSecret);
        }
        // Step 3 needs this name exactly; two users with the same name would be ambiguous.
        if existing.iter().any(|u| u.name.to_lowercase() == name.to_lowercase()) {
            return Err(TextProblem::NameTaken);
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

/// What the Dynamics admin can do in practice (and what a reader records in guide mode).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Users > New > Add and License Users > … > Add, then send the credentials e-mail.
    CreateSyncUser { name: String, email: String },
    /// Enabled Users > select > Manage Roles > tick Marketo Sync User > OK.
    AssignRole { user: UserId },
    /// Manage Roles > untick Marketo Sync User > OK.
    RemoveRole { user: UserId },
    /// Marketo Config > Default > Marketo User > choose > save.
    /// `None`: nobody chosen yet (the screen's "choose…" entry).
    SetMarketoUser { user: Option<UserId> },
    /// Any other change saved on Marketo Config > Default.
    ChangeConfig,
    /// Solutions > Publish All Customizations.
    PublishAll,
    /// Whether a custom sync filter is wanted (optional).
    WantFilter(bool),
    /// Create the Two Options field for the custom sync filter.
    CreateFilterField { name: String },
    /// Run the Validate Microsoft Dynamics Sync process.
    RunValidation,
    /// Sign in to Dynamics as this user once.
    /// `None`: nobody chosen yet.
    SignInAs { user: Option<UserId> },
    /// Which variant of Step 2 to follow.
    UseConnection(Connection),
    /// Entra admin center: open a page.
    Open(Page),
    /// App registrations > New registration > name, Supported account types > Register.
    RegisterApp { name: String, single_tenant: bool },
    /// Authentication > Supported account types > this organizational directory only.
    MakeSingleTenant { app: AppId },
    /// Certificates & secrets > New client secret > Description, Expires > Add.
    NewClientSecret {
        app: AppId,
        description: String,
        #[serde(default, skip_serializing_if = "crate::s2s::SecretLifetime::is_default")]
        expires: crate::s2s::SecretLifetime,
    },
    /// Copy the value shown once to a safe place.
    CopySecret { app: AppId, secret: u32 },
    /// API permissions > Grant admin consent > Yes.
    GrantConsent { app: AppId },
    /// Power Platform admin center > Application users > New app user > the app, the
    /// business unit > Create. `None`: no app chosen yet.
    CreateAppUser {
        app: Option<AppId>,
        /// The business unit chosen (C12); logged before the choice existed: chosen.
        #[serde(default = "chosen", skip_serializing_if = "is_chosen")]
        business_unit: bool,
    },
    /// Write a value down for Step 3.
    Record { field: NoteField, text: String },
    /// Confirm (or take back) that the organization URL written down is right.
    ConfirmOrgUrl(bool),
}

fn chosen() -> bool {
    true
}

fn is_chosen(b: &bool) -> bool {
    *b
}

/// What went wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    SolutionMissing,
    Text(TextProblem),
    NoSuchUser,
    AlreadyHasRole,
    HasNoRole,
    ExistingCrmUser,
    AlreadyMarketoUser,
    FilterFieldExists,
    FilterFieldMisnamed,
    NotPublished,
    NoMarketoUser,
    NoUserChosen,
    AlreadyValidated,
    AlreadySignedIn,
    /// That variant is already the one followed.
    SameConnection,
    /// A server-to-server step while following the password variant.
    NotServerToServer,
    /// Already on that page.
    AlreadyOpen,
    NoSuchApp,
    NoAppChosen,
    /// New app user without a business unit.
    NoBusinessUnit,
    AlreadySingleTenant,
    ConsentAlreadyGranted,
    /// The secret's value was hidden before it was copied: it cannot be read again.
    SecretGone,
    SecretAlreadyCopied,
    /// The app already has its application user.
    AppUserExists,
    /// Another app registration has that name (two would be easy to mix up).
    AppNameTaken,
    /// A value that cannot be written down (it looks like a secret, or is too long).
    Note(NoteRefused),
    /// The same value is already written down.
    SameValue,
    /// Only a well-formed organization URL can be confirmed.
    Url(OrgUrlError),
    AlreadyConfirmed,
    NotConfirmed,
}

/// What to do instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WayOut {
    /// Install the Marketo solution (Step 1 of 3) first.
    DoStepOne,
    /// Correct the name or address.
    FixInput,
    /// Choose a user from the list.
    ChooseListedUser,
    /// Nothing to do.
    AlreadyDone,
    /// Create a dedicated sync user and choose that one.
    CreateDedicatedUser,
    /// Name the field exactly `new_synctomkto`.
    UseExactFilterName,
    /// Publish all customizations first.
    PublishFirst,
    /// Choose the Marketo User first.
    ChooseMarketoUserFirst,
    /// Switch the connection to server-to-server first.
    SwitchToServerToServer,
    /// Choose an app registration from the list.
    ChooseListedApp,
    /// Choose the business unit on the New app user panel.
    ChooseBusinessUnit,
    /// Make a new client secret and copy its value while it is shown.
    MakeNewSecret,
    /// Keep secrets in a password manager or key vault; never type them here.
    KeepSecretsElsewhere,
    /// Correct the organization URL first.
    FixUrlFirst,
    /// Choose the application user made for the app registration.
    ChooseApplicationUser,
}

/// A refused action: the rule, the action, why not and the way out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub rule: Rule,
    pub action: Action,
    pub why: Why,
    pub way_out: WayOut,
}

/// Nothing in Step 2 is hazardous enough to need a confirmation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hazard {}

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Effect {
    UserCreated {
        user: UserId,
    },
    CredentialsSent {
        user: UserId,
    },
    RoleAssigned {
        user: UserId,
    },
    /// With this version the role was not needed for this user (harmless).
    RoleNotNeeded {
        user: UserId,
    },
    RoleRemoved {
        user: UserId,
    },
    MarketoUserSet {
        user: UserId,
    },
    /// The configuration changed after the last publish: publish again.
    PublishNeededAgain,
    Published,
    /// Published again with nothing new.
    NothingNewToPublish,
    FilterWanted(bool),
    FilterFieldCreated,
    Validated,
    SignedIn {
        user: UserId,
    },
    ConnectionChosen(Connection),
    /// A page of the Entra admin center opened (the app's name, if on an app's page).
    PageOpened {
        page: Page,
        app: Option<String>,
    },
    AppRegistered {
        name: String,
        single_tenant: bool,
    },
    /// Consequence: an app open to any organization's accounts is not what Step 3 expects.
    OpenToAnyOrganization {
        name: String,
    },
    MadeSingleTenant {
        name: String,
    },
    /// A client secret was made; its value is on screen now and only now.
    SecretShownOnce {
        description: String,
        expires_on: Day,
    },
    SecretCopied {
        description: String,
    },
    /// Consequence: the page was left before the value was copied; it is gone for good.
    SecretLost {
        description: String,
    },
    ConsentGranted {
        name: String,
    },
    AppUserCreated {
        user: UserId,
    },
    Recorded {
        field: NoteField,
    },
    /// The organization URL changed after it was confirmed: confirm it again.
    ConfirmationCleared,
    UrlConfirmed(bool),
    /// Consequence: the Marketo User is an application user without the role yet.
    MarketoUserLacksRole {
        user: UserId,
    },
}

/// The Dynamics admin is the only actor in Step 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DynamicsAdmin;

impl Engine for Org {
    type Actor = DynamicsAdmin;
    type Action = Action;
    type Effect = Effect;
    type Refusal = Refusal;
    type Hazard = Hazard;

    fn check(&self, _: &DynamicsAdmin, action: &Action, _now: Millis) -> Result<Allowed<Hazard>, Refusal> {
        let no = |rule, why, way_out| Err(Refusal { rule, action: action.clone(), why, way_out });
        let user = |id: &UserId| self.user(*id);
        match action {
            Action::CreateSyncUser { name, email } => match self.clean_user(name, email) {
                Err(TextProblem::LooksLikeSecret) => {
                    no(Rule::S5, Why::Text(TextProblem::LooksLikeSecret), WayOut::KeepSecretsElsewhere)
                }
                Err(problem) => no(Rule::D7, Why::Text(problem), WayOut::FixInput),
                Ok(_) => Ok(Allowed::Safe),
            },
            Action::AssignRole { user: id } => match user(id) {
                None => no(Rule::D3, Why::NoSuchUser, WayOut::ChooseListedUser),
                Some(u) if u.has_sync_role => no(Rule::D3, Why::AlreadyHasRole, WayOut::AlreadyDone),
                Some(_) => Ok(Allowed::Safe),
            },
            Action::RemoveRole { user: id } => match user(id) {
                None => no(Rule::D3, Why::NoSuchUser, WayOut::ChooseListedUser),
                Some(u) if !u.has_sync_role => no(Rule::D3, Why::HasNoRole, WayOut::AlreadyDone),
                Some(_) => Ok(Allowed::Safe),
            },
            Action::SetMarketoUser { user: id } => match id.map(|id| self.user(id)) {
                _ if self.solution.is_none() => no(Rule::D1, Why::SolutionMissing, WayOut::DoStepOne),
                None => no(Rule::D2, Why::NoUserChosen, WayOut::ChooseListedUser),
                Some(None) => no(Rule::D2, Why::NoSuchUser, WayOut::ChooseListedUser),
                Some(Some(u)) => self.check_marketo_user(u, action),
            },
            Action::ChangeConfig | Action::PublishAll if self.solution.is_none() => {
                no(Rule::D1, Why::SolutionMissing, WayOut::DoStepOne)
            }
            Action::ChangeConfig | Action::PublishAll | Action::WantFilter(_) => Ok(Allowed::Safe),
            Action::CreateFilterField { name } => {
                if self.filter_field.is_some() {
                    no(Rule::D5, Why::FilterFieldExists, WayOut::AlreadyDone)
                } else if name.trim() != FILTER_FIELD {
                    no(Rule::D5, Why::FilterFieldMisnamed, WayOut::UseExactFilterName)
                } else {
                    Ok(Allowed::Safe)
                }
            }
            Action::RunValidation => {
                if self.solution.is_none() {
                    no(Rule::D1, Why::SolutionMissing, WayOut::DoStepOne)
                } else if self.marketo_user.is_none() {
                    no(Rule::D6, Why::NoMarketoUser, WayOut::ChooseMarketoUserFirst)
                } else if !self.published_current() {
                    no(Rule::D4, Why::NotPublished, WayOut::PublishFirst)
                } else if self.validated_current() {
                    no(Rule::D6, Why::AlreadyValidated, WayOut::AlreadyDone)
                } else {
                    Ok(Allowed::Safe)
                }
            }
            Action::SignInAs { user: id } => match id.map(|id| self.user(id)) {
                None => no(Rule::D6, Why::NoUserChosen, WayOut::ChooseListedUser),
                Some(None) => no(Rule::D6, Why::NoSuchUser, WayOut::ChooseListedUser),
                Some(Some(u)) if u.kind == UserKind::ExistingCrmUser => {
                    no(Rule::D2, Why::ExistingCrmUser, WayOut::CreateDedicatedUser)
                }
                Some(Some(u)) if self.signed_in.contains(&u.id) => {
                    no(Rule::D6, Why::AlreadySignedIn, WayOut::AlreadyDone)
                }
                Some(Some(_)) => Ok(Allowed::Safe),
            },
            Action::UseConnection(c) if *c == self.connection => no(Rule::S1, Why::SameConnection, WayOut::AlreadyDone),
            Action::UseConnection(_) => Ok(Allowed::Safe),
            _ => self.check_s2s(action),
        }
    }

    fn execute(&mut self, _: &DynamicsAdmin, action: &Action, now: Millis) -> Vec<Effect> {
        let mut effects = Vec::new();
        let mut config_changed = false;
        match action {
            Action::CreateSyncUser { name, email } => {
                let id = self.push_user(
                    name.trim().to_string(),
                    email.trim().to_string(),
                    UserKind::DedicatedSyncUser,
                    true,
                );
                effects.extend([Effect::UserCreated { user: id }, Effect::CredentialsSent { user: id }]);
            }
            Action::AssignRole { user } => {
                self.set_role(*user, true);
                effects.push(Effect::RoleAssigned { user: *user });
                if self.user(*user).is_some_and(|u| !self.needs_role(u)) {
                    effects.push(Effect::RoleNotNeeded { user: *user });
                }
            }
            Action::RemoveRole { user } => {
                self.set_role(*user, false);
                effects.push(Effect::RoleRemoved { user: *user });
            }
            Action::SetMarketoUser { user: Some(user) } => {
                self.marketo_user = Some(*user);
                effects.push(Effect::MarketoUserSet { user: *user });
                if self.user(*user).is_some_and(|u| u.kind == UserKind::ApplicationUser && !u.has_sync_role) {
                    effects.push(Effect::MarketoUserLacksRole { user: *user });
                }
                config_changed = true;
            }
            Action::ChangeConfig => config_changed = true,
            Action::PublishAll => {
                effects.push(if self.published_current() { Effect::NothingNewToPublish } else { Effect::Published });
                self.published_rev = Some(self.config_rev);
            }
            Action::WantFilter(wanted) => {
                self.filter_wanted = *wanted;
                effects.push(Effect::FilterWanted(*wanted));
            }
            Action::CreateFilterField { name } => {
                self.filter_field = Some(name.trim().to_string());
                effects.push(Effect::FilterFieldCreated);
            }
            Action::RunValidation => {
                self.validated_rev = Some(self.config_rev);
                effects.push(Effect::Validated);
            }
            Action::SignInAs { user: Some(user) } => {
                self.signed_in.push(*user);
                effects.push(Effect::SignedIn { user: *user });
            }
            // Refused by `check`, so never executed.
            Action::SetMarketoUser { user: None } | Action::SignInAs { user: None } => {}
            _ => self.execute_s2s(action, now, &mut effects),
        }
        if config_changed {
            let was_published = self.published_current();
            self.config_rev = self.config_rev.wrapping_add(1);
            if was_published {
                effects.push(Effect::PublishNeededAgain);
            }
        }
        effects
    }
}

impl Org {
    /// The server-to-server actions: the Entra admin center, the Power Platform admin
    /// center and the values written down for Step 3.
    fn check_s2s(&self, action: &Action) -> Result<Allowed<Hazard>, Refusal> {
        let no = |rule, why, way_out| Err(Refusal { rule, action: action.clone(), why, way_out });
        if self.connection != Connection::ServerToServer {
            return no(Rule::S1, Why::NotServerToServer, WayOut::SwitchToServerToServer);
        }
        let text_refusal = |p: TextProblem| match p {
            TextProblem::LooksLikeSecret => no(Rule::S5, Why::Text(p), WayOut::KeepSecretsElsewhere),
            p => no(Rule::D7, Why::Text(p), WayOut::FixInput),
        };
        match action {
            Action::Record { field, text } => {
                let rule = match field {
                    NoteField::ClientId | NoteField::TenantId => Rule::S3,
                    NoteField::AppUserEmail => Rule::S6,
                    NoteField::OrgUrl => Rule::S7,
                };
                return match Step3Notes::admits(text) {
                    Err(NoteRefused::LooksLikeSecret) => {
                        no(Rule::S5, Why::Note(NoteRefused::LooksLikeSecret), WayOut::KeepSecretsElsewhere)
                    }
                    Err(e) => no(rule, Why::Note(e), WayOut::FixInput),
                    Ok(()) if self.notes.text(*field) == text => no(rule, Why::SameValue, WayOut::AlreadyDone),
                    Ok(()) => Ok(Allowed::Safe),
                };
            }
            Action::ConfirmOrgUrl(on) => {
                let confirmed = self.notes.url_confirmed();
                return match (on, confirmed) {
                    (true, true) => no(Rule::S7, Why::AlreadyConfirmed, WayOut::AlreadyDone),
                    (false, false) => no(Rule::S7, Why::NotConfirmed, WayOut::AlreadyDone),
                    (true, false) => match crate::s2s::OrgUrl::parse(self.notes.text(NoteField::OrgUrl)) {
                        Err(e) => no(Rule::S7, Why::Url(e), WayOut::FixUrlFirst),
                        Ok(_) => Ok(Allowed::Safe),
                    },
                    (false, true) => Ok(Allowed::Safe),
                };
            }
            _ => {}
        }
        let Some(tenant) = &self.tenant else {
            return no(Rule::S1, Why::NotServerToServer, WayOut::SwitchToServerToServer);
        };
        let app = |id: &AppId, rule| {
            tenant.app(*id).ok_or(Refusal {
                rule,
                action: action.clone(),
                why: Why::NoSuchApp,
                way_out: WayOut::ChooseListedApp,
            })
        };
        match action {
            Action::Open(page) if *page == tenant.page => no(Rule::S1, Why::AlreadyOpen, WayOut::AlreadyDone),
            Action::Open(Page::App { app: id, .. }) => app(id, Rule::S1).map(|_| Allowed::Safe),
            Action::Open(_) => Ok(Allowed::Safe),
            Action::RegisterApp { name, .. } => match clean_app_name(name, &tenant.apps) {
                Err(TextProblem::NameTaken) => no(Rule::D7, Why::AppNameTaken, WayOut::FixInput),
                Err(p) => text_refusal(p),
                Ok(_) => Ok(Allowed::Safe),
            },
            Action::MakeSingleTenant { app: id } => match app(id, Rule::S2)? {
                a if a.single_tenant => no(Rule::S2, Why::AlreadySingleTenant, WayOut::AlreadyDone),
                _ => Ok(Allowed::Safe),
            },
            Action::NewClientSecret { app: id, description, .. } => {
                app(id, Rule::S5)?;
                match clean_description(description) {
                    Err(p) => text_refusal(p),
                    Ok(_) => Ok(Allowed::Safe),
                }
            }
            Action::CopySecret { app: id, secret } => {
                app(id, Rule::S5)?;
                match tenant.secret(*id, *secret) {
                    None => no(Rule::S5, Why::NoSuchApp, WayOut::MakeNewSecret),
                    Some(s) if s.copied => no(Rule::S5, Why::SecretAlreadyCopied, WayOut::AlreadyDone),
                    Some(s) if !s.visible => no(Rule::S5, Why::SecretGone, WayOut::MakeNewSecret),
                    Some(_) => Ok(Allowed::Safe),
                }
            }
            Action::GrantConsent { app: id } => match app(id, Rule::S4)? {
                a if a.consent => no(Rule::S4, Why::ConsentAlreadyGranted, WayOut::AlreadyDone),
                _ => Ok(Allowed::Safe),
            },
            Action::CreateAppUser { app: None, .. } => no(Rule::S6, Why::NoAppChosen, WayOut::ChooseListedApp),
            Action::CreateAppUser { business_unit: false, .. } => {
                no(Rule::S6, Why::NoBusinessUnit, WayOut::ChooseBusinessUnit)
            }
            Action::CreateAppUser { app: Some(id), .. } => {
                let a = app(id, Rule::S6)?;
                if self.app_user(*id).is_some() {
                    return no(Rule::S6, Why::AppUserExists, WayOut::AlreadyDone);
                }
                match self.clean_user(&a.name, &app_user_email(a)) {
                    Err(p) => text_refusal(p),
                    Ok(_) => Ok(Allowed::Safe),
                }
            }
            // The password variant's actions are checked in `check`.
            _ => Ok(Allowed::Safe),
        }
    }

    fn execute_s2s(&mut self, action: &Action, now: Millis, effects: &mut Vec<Effect>) {
        match action {
            Action::UseConnection(c) => {
                self.connection = *c;
                if *c == Connection::ServerToServer && self.tenant.is_none() {
                    self.tenant = Some(Tenant::practice());
                }
                effects.push(Effect::ConnectionChosen(*c));
            }
            Action::Record { field, text } => {
                let was_confirmed = self.notes.url_confirmed();
                // Checked: admitted.
                let _ = self.notes.set(*field, text);
                effects.push(Effect::Recorded { field: *field });
                if was_confirmed && !self.notes.url_confirmed() {
                    effects.push(Effect::ConfirmationCleared);
                }
            }
            Action::ConfirmOrgUrl(on) => {
                let _ = self.notes.confirm_url(*on);
                effects.push(Effect::UrlConfirmed(*on));
            }
            Action::Open(page) => self.go(*page, effects),
            Action::RegisterApp { name, single_tenant } => {
                let Some(t) = self.tenant.as_mut() else { return };
                let id = AppId(t.next_app);
                t.next_app = t.next_app.saturating_add(1);
                let seed = now ^ u64::from(id.0).rotate_left(40);
                let name = name.trim().to_string();
                t.apps.push(App {
                    id,
                    name: name.clone(),
                    single_tenant: *single_tenant,
                    client_id: crate::s2s::guid_from(seed),
                    consent: false,
                    secrets: Vec::new(),
                });
                effects.push(Effect::AppRegistered { name: name.clone(), single_tenant: *single_tenant });
                if !single_tenant {
                    effects.push(Effect::OpenToAnyOrganization { name });
                }
                self.go(Page::App { app: id, tab: AppTab::Overview }, effects);
            }
            Action::MakeSingleTenant { app } => {
                if let Some(a) = self.tenant.as_mut().and_then(|t| t.app_mut(*app)) {
                    a.single_tenant = true;
                    effects.push(Effect::MadeSingleTenant { name: a.name.clone() });
                }
            }
            Action::NewClientSecret { app, description, expires } => {
                self.go(Page::App { app: *app, tab: AppTab::CertificatesSecrets }, effects);
                let Some(t) = self.tenant.as_mut() else { return };
                let id = t.next_secret;
                t.next_secret = t.next_secret.saturating_add(1);
                if let Some(a) = t.app_mut(*app) {
                    let secret = crate::s2s::Secret {
                        id,
                        description: description.trim().to_string(),
                        created_at: now,
                        lifetime: *expires,
                        copied: false,
                        visible: true,
                    };
                    effects.push(Effect::SecretShownOnce {
                        description: secret.description.clone(),
                        expires_on: secret.expires_on(),
                    });
                    a.secrets.push(secret);
                }
            }
            Action::CopySecret { app, secret } => {
                let secret = self
                    .tenant
                    .as_mut()
                    .and_then(|t| t.app_mut(*app))
                    .and_then(|a| a.secrets.iter_mut().find(|s| s.id == *secret));
                if let Some(s) = secret {
                    s.copied = true;
                    effects.push(Effect::SecretCopied { description: s.description.clone() });
                }
            }
            Action::GrantConsent { app } => {
                if let Some(a) = self.tenant.as_mut().and_then(|t| t.app_mut(*app)) {
                    a.consent = true;
                    effects.push(Effect::ConsentGranted { name: a.name.clone() });
                }
            }
            Action::CreateAppUser { app: Some(app), .. } => {
                let Some(a) = self.tenant.as_ref().and_then(|t| t.app(*app)) else { return };
                let (name, email) = (a.name.clone(), app_user_email(a));
                let id = self.push_user(name, email, UserKind::ApplicationUser, true);
                if let Some(u) = self.users.iter_mut().find(|u| u.id == id) {
                    u.app = Some(*app);
                }
                effects.push(Effect::AppUserCreated { user: id });
            }
            _ => {}
        }
    }

    /// Opens a page of the Entra admin center. Leaving a page that shows secret values
    /// hides them for good; one not copied is lost.
    fn go(&mut self, page: Page, effects: &mut Vec<Effect>) {
        let Some(t) = self.tenant.as_mut() else { return };
        if t.page == page {
            return;
        }
        for s in t.apps.iter_mut().flat_map(|a| a.secrets.iter_mut()).filter(|s| s.visible) {
            s.visible = false;
            if !s.copied {
                effects.push(Effect::SecretLost { description: s.description.clone() });
            }
        }
        t.page = page;
        let app = match page {
            Page::App { app, .. } => t.app(app).map(|a| a.name.clone()),
            _ => None,
        };
        effects.push(Effect::PageOpened { page, app });
    }

    fn check_marketo_user(&self, u: &User, action: &Action) -> Result<Allowed<Hazard>, Refusal> {
        let no = |rule, why, way_out| Err(Refusal { rule, action: action.clone(), why, way_out });
        if u.kind == UserKind::ExistingCrmUser && self.connection == Connection::ServerToServer {
            no(Rule::D2, Why::ExistingCrmUser, WayOut::ChooseApplicationUser)
        } else if u.kind == UserKind::ExistingCrmUser {
            no(Rule::D2, Why::ExistingCrmUser, WayOut::CreateDedicatedUser)
        } else if self.marketo_user == Some(u.id) {
            no(Rule::D2, Why::AlreadyMarketoUser, WayOut::AlreadyDone)
        } else {
            Ok(Allowed::Safe)
        }
    }

    fn set_role(&mut self, id: UserId, on: bool) {
        if let Some(u) = self.users.iter_mut().find(|u| u.id == id) {
            u.has_sync_role = on;
        }
    }
}

/// Everything Step 3 relies on. Each maps to the checklist step that satisfies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Requirement {
    /// Step 1 of 3 installed the Marketo solution.
    SolutionInstalled,
    /// A dedicated sync user exists.
    SyncUserCreated,
    /// The sync user has the Marketo Sync User role.
    SyncUserHasRole,
    /// Before 4.0.0.14: every syncing user has the role too.
    SyncingUsersHaveRole,
    /// Marketo Config's Marketo User is the dedicated sync user.
    MarketoUserIsSyncUser,
    /// All customizations were published after the last configuration change.
    PublishedAfterChange,
    /// (Only when wanted) the `new_synctomkto` field exists.
    FilterFieldReady,
    /// Validate Microsoft Dynamics Sync ran after the last configuration change.
    Validated,
    /// Someone signed in to Dynamics as the sync user once.
    SignedInAsSyncUser,
    /// Server-to-server: an app registered for this organizational directory only.
    AppSingleTenant,
    /// The app's client ID and the tenant ID written down, GUID-shaped (and, in practice,
    /// the app's own).
    IdsRecorded,
    /// Admin consent (or the delegated alternative) granted for the app.
    ConsentGranted,
    /// A client secret made and its value saved in a safe place.
    SecretSaved,
    /// The app's application user exists.
    AppUserCreated,
    /// The application user holds the Marketo Sync User role.
    AppUserHasRole,
    /// The application user's e-mail written down, address-shaped (and, in practice, its own).
    AppUserEmailRecorded,
    /// The organization URL written down, well-formed and confirmed.
    OrgUrlConfirmed,
    /// Marketo Config's Marketo User is the application user.
    MarketoUserIsAppUser,
}

impl Requirement {
    /// Every requirement, in declaration order.
    pub const ALL: [Requirement; 18] = {
        use Requirement::*;
        [
            SolutionInstalled,
            SyncUserCreated,
            SyncUserHasRole,
            SyncingUsersHaveRole,
            MarketoUserIsSyncUser,
            PublishedAfterChange,
            FilterFieldReady,
            Validated,
            SignedInAsSyncUser,
            AppSingleTenant,
            IdsRecorded,
            ConsentGranted,
            SecretSaved,
            AppUserCreated,
            AppUserHasRole,
            AppUserEmailRecorded,
            OrgUrlConfirmed,
            MarketoUserIsAppUser,
        ]
    };

    /// A stable name for pages and tests (`data-requirement`), never the Rust name.
    pub fn slug(self) -> &'static str {
        use Requirement::*;
        match self {
            SolutionInstalled => "solution-installed",
            SyncUserCreated => "sync-user-created",
            SyncUserHasRole => "sync-user-has-role",
            SyncingUsersHaveRole => "syncing-users-have-role",
            MarketoUserIsSyncUser => "marketo-user-is-sync-user",
            PublishedAfterChange => "published-after-change",
            FilterFieldReady => "filter-field-ready",
            Validated => "validated",
            SignedInAsSyncUser => "signed-in-as-sync-user",
            AppSingleTenant => "app-single-tenant",
            IdsRecorded => "ids-recorded",
            ConsentGranted => "consent-granted",
            SecretSaved => "secret-saved",
            AppUserCreated => "app-user-created",
            AppUserHasRole => "app-user-has-role",
            AppUserEmailRecorded => "app-user-email-recorded",
            OrgUrlConfirmed => "org-url-confirmed",
            MarketoUserIsAppUser => "marketo-user-is-app-user",
        }
    }
}

/// A requirement that does not apply, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotApplicable {
    /// From 4.0.0.14, only the sync user needs the role.
    RoleOnlyForSyncUser,
    /// No custom sync filter wanted.
    FilterNotWanted,
}

/// Each requirement in checklist order: met, unmet, or not applicable.
pub fn requirements(org: &Org) -> Vec<(Requirement, Result<bool, NotApplicable>)> {
    match org.connection {
        Connection::ServerToServer => s2s_requirements(org),
        Connection::SyncUserPassword => password_requirements(org),
    }
}

/// The server-to-server requirements (SPEC, "Flow 2, second variant"). In practice the
/// written-down values must be the simulated tenant's own; in a guide, their shape.
fn s2s_requirements(org: &Org) -> Vec<(Requirement, Result<bool, NotApplicable>)> {
    use Requirement::*;
    let app = org.the_app();
    let user = org.sync_user();
    let notes = &org.notes;
    let practice = org.tenant.as_ref();
    let ids = match practice {
        None => notes.client_id().is_some() && notes.tenant_id().is_some(),
        Some(t) => {
            app.is_some_and(|a| notes.client_id().as_ref() == Some(&a.client_id))
                && notes.tenant_id().as_ref() == Some(&t.tenant_id)
        }
    };
    let email = match practice {
        None => notes.app_user_email().is_some(),
        Some(_) => user.is_some_and(|u| notes.app_user_email().is_some_and(|e| e.as_str() == u.email)),
    };
    let url = notes.url_confirmed() && practice.is_none_or(|t| notes.org_url().is_some_and(|u| u.same_org(&t.org_url)));
    vec![
        (SolutionInstalled, Ok(org.solution.is_some())),
        (AppSingleTenant, Ok(app.is_some_and(|a| a.single_tenant))),
        (IdsRecorded, Ok(ids)),
        (ConsentGranted, Ok(app.is_some_and(|a| a.consent))),
        (SecretSaved, Ok(app.is_some_and(|a| a.saved_secret().is_some()))),
        (AppUserCreated, Ok(user.is_some())),
        (AppUserHasRole, Ok(user.is_some_and(|u| u.has_sync_role))),
        (AppUserEmailRecorded, Ok(email)),
        (MarketoUserIsAppUser, Ok(user.is_some_and(|u| org.marketo_user == Some(u.id)))),
        (PublishedAfterChange, Ok(org.marketo_user.is_some() && org.published_current())),
        (FilterFieldReady, filter_ready(org)),
        (Validated, Ok(org.validated_current())),
        (OrgUrlConfirmed, Ok(url)),
    ]
}

fn filter_ready(org: &Org) -> Result<bool, NotApplicable> {
    if org.filter_wanted {
        Ok(org.filter_field.as_deref() == Some(FILTER_FIELD))
    } else {
        Err(NotApplicable::FilterNotWanted)
    }
}

fn password_requirements(org: &Org) -> Vec<(Requirement, Result<bool, NotApplicable>)> {
    use Requirement::*;
    let sync_user = org.sync_user();
    let version_known_new = org.solution.is_some_and(|v| v.only_sync_user_needs_role());
    vec![
        (SolutionInstalled, Ok(org.solution.is_some())),
        (SyncUserCreated, Ok(sync_user.is_some())),
        (SyncUserHasRole, Ok(sync_user.is_some_and(|u| u.has_sync_role))),
        (
            SyncingUsersHaveRole,
            if version_known_new {
                Err(NotApplicable::RoleOnlyForSyncUser)
            } else {
                Ok(org.users.iter().filter(|u| org.needs_role(u)).all(|u| u.has_sync_role))
            },
        ),
        (
            MarketoUserIsSyncUser,
            Ok(org.marketo_user.and_then(|id| org.user(id)).is_some_and(|u| u.kind == UserKind::DedicatedSyncUser)),
        ),
        (PublishedAfterChange, Ok(org.marketo_user.is_some() && org.published_current())),
        (FilterFieldReady, filter_ready(org)),
        (Validated, Ok(org.validated_current())),
        (SignedInAsSyncUser, Ok(sync_user.is_some_and(|u| org.signed_in.contains(&u.id)))),
    ]
}

/// Advice that does not block Step 3.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    /// Changes the sync user makes in the CRM are not synced back to Marketo.
    EditsNotSyncedBack,
    /// One revision of the documents asks for the sync user's language to be English.
    LanguageEnglish,
    /// With this version these users hold the role without needing it (harmless).
    RoleNotNeeded { users: Vec<UserId> },
    /// The client secret expires on this day: the sync stops then unless a new one is made.
    SecretExpires { on: Day },
    /// Moving an existing set-up from a password to OAuth is a separate procedure.
    UpgradeIsSeparate,
}

/// An unmet requirement, with the step that fixes it and the users it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blocker {
    pub requirement: Requirement,
    pub fixed_by: StepId,
    pub users: Vec<UserId>,
}

/// The verdict for Step 3: ready exactly when there is no blocker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readiness {
    pub blockers: Vec<Blocker>,
    pub warnings: Vec<Warning>,
}

impl Readiness {
    pub fn is_ready(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// Ready for Step 3, or every unmet requirement with the step that fixes it; warnings apart.
pub fn readiness(org: &Org) -> Readiness {
    let blockers = requirements(org)
        .into_iter()
        .filter(|(_, met)| *met == Ok(false))
        .map(|(requirement, _)| {
            let users = match requirement {
                Requirement::SyncingUsersHaveRole => {
                    org.users.iter().filter(|u| org.needs_role(u) && !u.has_sync_role).map(|u| u.id).collect()
                }
                _ => Vec::new(),
            };
            Blocker { requirement, fixed_by: StepId::fixing(requirement), users }
        })
        .collect();
    let expires = org.the_app().and_then(|a| a.saved_secret()).map(|s| s.expires_on());
    Readiness { blockers, warnings: warnings(org, expires) }
}

/// The advice beside the verdict (the secret's expiry given when known).
fn warnings(org: &Org, expires: Option<Day>) -> Vec<Warning> {
    if org.connection == Connection::ServerToServer {
        return expires
            .map(|on| Warning::SecretExpires { on })
            .into_iter()
            .chain([Warning::UpgradeIsSeparate])
            .collect();
    }
    let mut warnings = vec![Warning::EditsNotSyncedBack, Warning::LanguageEnglish];
    let unneeded: Vec<UserId> =
        org.users.iter().filter(|u| u.has_sync_role && !org.needs_role(u)).map(|u| u.id).collect();
    if !unneeded.is_empty() {
        warnings.push(Warning::RoleNotNeeded { users: unneeded });
    }
    warnings
}

/// Guide mode's verdict: every step that applies is done (ticked, or for the values Step 3
/// needs, written down well-formed and the URL confirmed); the blockers are the others, in
/// order, each with its step.
pub fn guide_readiness(org: &Org, ticked: &[StepId], expires: Option<Day>) -> Readiness {
    let blockers = checklist(org, Some(ticked))
        .into_iter()
        .filter(|r| !r.status.is_done() && !r.status.is_skipped())
        .map(|r| Blocker { requirement: r.step.done_when, fixed_by: r.step.id, users: Vec::new() })
        .collect();
    Readiness { blockers, warnings: warnings(org, expires) }
}

/// The sections of Step 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Section {
    CreateUser,
    AssignRole,
    ConfigureSolution,
    BeforeStepThree,
    /// Server-to-server: the app registration in Microsoft Entra ID.
    AppRegistration,
    /// Server-to-server: the application user in the Power Platform admin center.
    AppUser,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::CreateUser,
        Section::AssignRole,
        Section::ConfigureSolution,
        Section::BeforeStepThree,
        Section::AppRegistration,
        Section::AppUser,
    ];
}

/// The steps of Step 2, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StepId {
    InstallSolution,
    CreateUser,
    AssignRole,
    AssignRoleToSyncingUsers,
    SetMarketoUser,
    Publish,
    SyncFilter,
    Validate,
    SignIn,
    RegisterApp,
    RecordIds,
    GrantConsent,
    CreateSecret,
    CreateAppUser,
    AssignAppUserRole,
    RecordAppUserEmail,
    ConfirmOrgUrl,
}

impl StepId {
    /// Every step of both variants, in order.
    pub const ALL: [StepId; 17] = [
        StepId::InstallSolution,
        StepId::CreateUser,
        StepId::AssignRole,
        StepId::AssignRoleToSyncingUsers,
        StepId::SetMarketoUser,
        StepId::Publish,
        StepId::SyncFilter,
        StepId::Validate,
        StepId::SignIn,
        StepId::RegisterApp,
        StepId::RecordIds,
        StepId::GrantConsent,
        StepId::CreateSecret,
        StepId::CreateAppUser,
        StepId::AssignAppUserRole,
        StepId::RecordAppUserEmail,
        StepId::ConfirmOrgUrl,
    ];
}

impl crate::checklist::StepKey for StepId {
    fn slug(self) -> &'static str {
        match self {
            StepId::InstallSolution => "install-solution",
            StepId::CreateUser => "create-user",
            StepId::AssignRole => "assign-role",
            StepId::AssignRoleToSyncingUsers => "assign-role-syncing-users",
            StepId::SetMarketoUser => "set-marketo-user",
            StepId::Publish => "publish",
            StepId::SyncFilter => "sync-filter",
            StepId::Validate => "validate",
            StepId::SignIn => "sign-in",
            StepId::RegisterApp => "register-app",
            StepId::RecordIds => "record-ids",
            StepId::GrantConsent => "grant-consent",
            StepId::CreateSecret => "create-secret",
            StepId::CreateAppUser => "create-app-user",
            StepId::AssignAppUserRole => "assign-app-user-role",
            StepId::RecordAppUserEmail => "record-app-user-email",
            StepId::ConfirmOrgUrl => "confirm-org-url",
        }
    }
}

impl StepId {
    /// The step that satisfies a requirement (one mapping, used by both the checklist and
    /// the readiness verdict).
    pub fn fixing(requirement: Requirement) -> StepId {
        match requirement {
            Requirement::SolutionInstalled => StepId::InstallSolution,
            Requirement::SyncUserCreated => StepId::CreateUser,
            Requirement::SyncUserHasRole => StepId::AssignRole,
            Requirement::SyncingUsersHaveRole => StepId::AssignRoleToSyncingUsers,
            Requirement::MarketoUserIsSyncUser | Requirement::MarketoUserIsAppUser => StepId::SetMarketoUser,
            Requirement::PublishedAfterChange => StepId::Publish,
            Requirement::FilterFieldReady => StepId::SyncFilter,
            Requirement::Validated => StepId::Validate,
            Requirement::SignedInAsSyncUser => StepId::SignIn,
            Requirement::AppSingleTenant => StepId::RegisterApp,
            Requirement::IdsRecorded => StepId::RecordIds,
            Requirement::ConsentGranted => StepId::GrantConsent,
            Requirement::SecretSaved => StepId::CreateSecret,
            Requirement::AppUserCreated => StepId::CreateAppUser,
            Requirement::AppUserHasRole => StepId::AssignAppUserRole,
            Requirement::AppUserEmailRecorded => StepId::RecordAppUserEmail,
            Requirement::OrgUrlConfirmed => StepId::ConfirmOrgUrl,
        }
    }

    /// Steps done by writing values down for Step 3, not by a tick: the values decide.
    pub fn recorded(self) -> bool {
        matches!(self, StepId::RecordIds | StepId::RecordAppUserEmail | StepId::ConfirmOrgUrl)
    }

    /// The note fields a recorded step is about (its "go to" target).
    pub fn note_fields(self) -> &'static [NoteField] {
        match self {
            StepId::RecordIds => &[NoteField::ClientId, NoteField::TenantId],
            StepId::RecordAppUserEmail => &[NoteField::AppUserEmail],
            StepId::ConfirmOrgUrl => &[NoteField::OrgUrl],
            _ => &[],
        }
    }

    pub fn section(self) -> Option<Section> {
        match self {
            StepId::InstallSolution => None,
            StepId::CreateUser => Some(Section::CreateUser),
            StepId::AssignRole | StepId::AssignRoleToSyncingUsers => Some(Section::AssignRole),
            StepId::SetMarketoUser | StepId::Publish => Some(Section::ConfigureSolution),
            StepId::SyncFilter | StepId::Validate | StepId::SignIn | StepId::ConfirmOrgUrl => {
                Some(Section::BeforeStepThree)
            }
            StepId::RegisterApp | StepId::RecordIds | StepId::GrantConsent | StepId::CreateSecret => {
                Some(Section::AppRegistration)
            }
            StepId::CreateAppUser | StepId::AssignAppUserRole | StepId::RecordAppUserEmail => Some(Section::AppUser),
        }
    }
}

/// Where the Dynamics admin clicks, as a breadcrumb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Crumb {
    SettingsIcon,
    AdvancedSettings,
    SettingsMenu,
    Security,
    Users,
    New,
    AddAndLicenseUsers,
    Admin,
    AddUser,
    FillInAndAdd,
    SendEmailAndClose,
    EnabledUsers,
    Refresh,
    SelectUser,
    ManageRoles,
    MarketoSyncUserRole,
    Ok,
    MarketoConfig,
    Default,
    MarketoUserField,
    Save,
    Close,
    Solutions,
    PublishAll,
    CustomField,
    ValidateSync,
    SignInAsSyncUser,
    EntraAdminCenter,
    AppRegistrations,
    NewRegistration,
    NameTheApp,
    ThisDirectoryOnly,
    Register,
    Overview,
    ClientAndTenantIds,
    ApiPermissions,
    GrantAdminConsent,
    Yes,
    CertificatesSecrets,
    NewClientSecret,
    Description,
    Add,
    CopyValueNow,
    PowerPlatformAdminCenter,
    Environment,
    ApplicationUsers,
    NewAppUser,
    ChooseApp,
    BusinessUnit,
    Create,
    SecurityRoles,
    AppUserDetails,
    ForStepThreeCard,
    OrgUrlConfirm,
}

/// Notes and warnings the checklist shows on a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    DedicatedNotExisting,
    /// C7: the new user's *name* need not be a real mailbox…
    UserNameNeedNotBeReal,
    /// …but the e-mail that receives its credentials must reach a real inbox.
    CredentialsEmailReal,
    /// C8: Adobe now documents the password set-up as the ROPC connection, in four steps.
    OlderSetUp,
    /// C8: multi-factor sign-in must be off for the sync user.
    MfaOff,
    /// C8: Microsoft has deprecated password (WS-Trust) sign-in.
    PasswordSignInDeprecated,
    RoleVersionRule,
    EditsNotSyncedBack,
    LanguageEnglish,
    ConfigMenuMissing,
    NameMustMatchStepThree,
    FilterOnlyExplicitNoSkips,
    SingleTenantOnly,
    IdsForStepThree,
    /// C10: server-to-server needs no delegated permission; an application user cannot
    /// sign in interactively, so consent is the administrator's.
    NoDelegatedPermission,
    /// C13: a directory federated with AD FS needs a Home Realm Discovery policy.
    FederatedAdfs,
    SecretShownOnce,
    /// C11: copy the Value column, not the Secret ID.
    SecretValueNotId,
    SecretNeverHere,
    SecretExpiry,
    AppUserEmailExact,
    OrgUrlFinal,
    /// C5: where the Organization Service URL is found.
    OrgUrlWhere,
    UpgradeIsSeparate,
    /// C12: the application user is created in a business unit.
    BusinessUnit,
}

impl Note {
    /// A note that warns of a consequence (shown as a warning, not a plain note).
    pub fn warns(self) -> bool {
        matches!(
            self,
            Note::DedicatedNotExisting
                | Note::EditsNotSyncedBack
                | Note::OlderSetUp
                | Note::MfaOff
                | Note::SecretShownOnce
                | Note::OrgUrlFinal
        )
    }

    /// Every note (tests walk them, beside the exhaustive matches).
    pub const ALL: [Note; 25] = [
        Note::DedicatedNotExisting,
        Note::UserNameNeedNotBeReal,
        Note::CredentialsEmailReal,
        Note::OlderSetUp,
        Note::MfaOff,
        Note::PasswordSignInDeprecated,
        Note::RoleVersionRule,
        Note::EditsNotSyncedBack,
        Note::LanguageEnglish,
        Note::ConfigMenuMissing,
        Note::NameMustMatchStepThree,
        Note::FilterOnlyExplicitNoSkips,
        Note::SingleTenantOnly,
        Note::IdsForStepThree,
        Note::NoDelegatedPermission,
        Note::FederatedAdfs,
        Note::SecretShownOnce,
        Note::SecretValueNotId,
        Note::SecretNeverHere,
        Note::SecretExpiry,
        Note::AppUserEmailExact,
        Note::OrgUrlFinal,
        Note::OrgUrlWhere,
        Note::UpgradeIsSeparate,
        Note::BusinessUnit,
    ];
}

/// A step of the Step 2 checklist, as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDef {
    pub id: StepId,
    pub section: Option<Section>,
    pub path: Vec<Crumb>,
    pub notes: Vec<Note>,
    /// The requirement on the state that this step satisfies (practice ticks it itself).
    pub done_when: Requirement,
}

/// Enabled Users > refresh > select > Manage Roles > Marketo Sync User > OK.
const ROLE_PATH: [Crumb; 6] =
    [Crumb::EnabledUsers, Crumb::Refresh, Crumb::SelectUser, Crumb::ManageRoles, Crumb::MarketoSyncUserRole, Crumb::Ok];

fn def(id: StepId, path: Vec<Crumb>, notes: Vec<Note>, done_when: Requirement) -> StepDef {
    StepDef { id, section: id.section(), path, notes, done_when }
}

/// Marketo Config > Default > Marketo User > save > close, then Publish All (both variants;
/// the Marketo User is the variant's sync identity).
fn configure_steps(marketo_user: Requirement) -> [StepDef; 2] {
    use Crumb::*;
    [
        def(
            StepId::SetMarketoUser,
            vec![AdvancedSettings, SettingsMenu, MarketoConfig, Default, MarketoUserField, Save, Close],
            vec![Note::ConfigMenuMissing],
            marketo_user,
        ),
        def(StepId::Publish, vec![SettingsMenu, Solutions, PublishAll], vec![], Requirement::PublishedAfterChange),
    ]
}

fn filter_step() -> StepDef {
    def(
        StepId::SyncFilter,
        vec![Crumb::CustomField],
        vec![Note::FilterOnlyExplicitNoSkips],
        Requirement::FilterFieldReady,
    )
}

fn validate_step() -> StepDef {
    def(StepId::Validate, vec![Crumb::ValidateSync], vec![], Requirement::Validated)
}

/// The Step 2 checklist of a variant, in order. Steps both variants have keep their ids,
/// so their ticks carry over when the reader switches. (Step 1 is the prerequisite and is
/// shown as a summary, not as a step; [`StepId::InstallSolution`] names it when readiness
/// points there.)
pub fn step_defs(connection: Connection) -> Vec<StepDef> {
    match connection {
        Connection::ServerToServer => s2s_step_defs(),
        Connection::SyncUserPassword => password_step_defs(),
    }
}

fn s2s_step_defs() -> Vec<StepDef> {
    use Crumb::*;
    let app = [EntraAdminCenter, AppRegistrations];
    let mut steps = vec![
        def(
            StepId::RegisterApp,
            [app.as_slice(), &[NewRegistration, NameTheApp, ThisDirectoryOnly, Register]].concat(),
            vec![Note::SingleTenantOnly, Note::FederatedAdfs, Note::UpgradeIsSeparate],
            Requirement::AppSingleTenant,
        ),
        def(
            StepId::RecordIds,
            [app.as_slice(), &[Overview, ClientAndTenantIds, ForStepThreeCard]].concat(),
            vec![Note::IdsForStepThree],
            Requirement::IdsRecorded,
        ),
        def(
            StepId::GrantConsent,
            [app.as_slice(), &[ApiPermissions, GrantAdminConsent, Yes]].concat(),
            vec![Note::NoDelegatedPermission],
            Requirement::ConsentGranted,
        ),
        def(
            StepId::CreateSecret,
            [app.as_slice(), &[CertificatesSecrets, NewClientSecret, Description, Add, CopyValueNow]].concat(),
            vec![Note::SecretShownOnce, Note::SecretValueNotId, Note::SecretNeverHere, Note::SecretExpiry],
            Requirement::SecretSaved,
        ),
        def(
            StepId::CreateAppUser,
            vec![PowerPlatformAdminCenter, Environment, ApplicationUsers, NewAppUser, ChooseApp, BusinessUnit, Create],
            vec![Note::BusinessUnit],
            Requirement::AppUserCreated,
        ),
        def(
            StepId::AssignAppUserRole,
            vec![PowerPlatformAdminCenter, ApplicationUsers, SelectUser, SecurityRoles, MarketoSyncUserRole, Save],
            vec![],
            Requirement::AppUserHasRole,
        ),
        def(
            StepId::RecordAppUserEmail,
            vec![PowerPlatformAdminCenter, ApplicationUsers, AppUserDetails, ForStepThreeCard],
            vec![Note::AppUserEmailExact],
            Requirement::AppUserEmailRecorded,
        ),
    ];
    steps.extend(configure_steps(Requirement::MarketoUserIsAppUser));
    steps.extend([
        filter_step(),
        validate_step(),
        def(
            StepId::ConfirmOrgUrl,
            vec![ForStepThreeCard, OrgUrlConfirm],
            vec![Note::OrgUrlWhere, Note::OrgUrlFinal],
            Requirement::OrgUrlConfirmed,
        ),
    ]);
    steps
}

fn password_step_defs() -> Vec<StepDef> {
    use Crumb::*;
    vec![
        def(
            StepId::CreateUser,
            vec![
                SettingsIcon,
                AdvancedSettings,
                SettingsMenu,
                Security,
                Users,
                New,
                AddAndLicenseUsers,
                Admin,
                AddUser,
                FillInAndAdd,
                SendEmailAndClose,
            ],
            vec![
                Note::OlderSetUp,
                Note::MfaOff,
                Note::PasswordSignInDeprecated,
                Note::DedicatedNotExisting,
                Note::UserNameNeedNotBeReal,
                Note::CredentialsEmailReal,
                Note::NameMustMatchStepThree,
            ],
            Requirement::SyncUserCreated,
        ),
        def(
            StepId::AssignRole,
            ROLE_PATH.to_vec(),
            vec![Note::RoleVersionRule, Note::EditsNotSyncedBack, Note::LanguageEnglish],
            Requirement::SyncUserHasRole,
        ),
        def(
            StepId::AssignRoleToSyncingUsers,
            ROLE_PATH.to_vec(),
            vec![Note::RoleVersionRule],
            Requirement::SyncingUsersHaveRole,
        ),
        configure_steps(Requirement::MarketoUserIsSyncUser)[0].clone(),
        configure_steps(Requirement::MarketoUserIsSyncUser)[1].clone(),
        filter_step(),
        validate_step(),
        def(
            StepId::SignIn,
            vec![SignInAsSyncUser],
            vec![Note::NameMustMatchStepThree],
            Requirement::SignedInAsSyncUser,
        ),
    ]
}

/// A checklist row: the step and its status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistRow {
    pub step: StepDef,
    pub status: Status<(), NotApplicable>,
}

/// The checklist with statuses. In practice mode `ticked` is `None` and the state ticks the
/// steps; in guide mode the reader's ticks count (except for the values written down for
/// Step 3, which count by themselves) and the state decides which steps apply (from the
/// variant, the version and the filter choice).
pub fn checklist(org: &Org, ticked: Option<&[StepId]>) -> Vec<ChecklistRow> {
    let reqs = requirements(org);
    let defs = step_defs(org.connection);
    let done: Vec<Result<bool, NotApplicable>> = defs
        .iter()
        .map(|d| {
            let met = reqs.iter().find(|(r, _)| *r == d.done_when).map(|(_, m)| *m).unwrap_or(Ok(false));
            match (met, ticked) {
                (Err(na), _) => Err(na),
                (Ok(m), None) => Ok(m),
                (Ok(m), Some(_)) if d.id.recorded() => Ok(m),
                (Ok(_), Some(t)) => Ok(t.contains(&d.id)),
            }
        })
        .collect();
    let statuses = crate::checklist::sequence(done, |_| None);
    defs.into_iter().zip(statuses).map(|(step, status)| ChecklistRow { step, status }).collect()
}

/// The solution versions a trainer can practise with, one on each side of 4.0.0.14.
pub const PRACTICE_VERSIONS: [Version; 2] = [Version::new(4, 0, 0, 14), Version::new(3, 1, 0, 2)];

/// The training organisation's existing CRM users in each language: (name, e-mail, takes
/// part in the sync).
pub fn sample_users(lang: Lang) -> [(&'static str, &'static str, bool); 3] {
    match lang {
        Lang::En => [
            ("Pat Seller", "pat.seller@example.com", true),
            ("Quinn Rivera", "quinn.rivera@example.com", true),
            ("Robin Admin", "robin.admin@example.com", false),
        ],
        Lang::Ko => [
            ("한영업", "sales.han@example.com", true),
            ("오지현", "jihyun.oh@example.com", true),
            ("윤관리", "admin.yoon@example.com", false),
        ],
        Lang::Ja => [
            ("営業 花子", "hanako.eigyo@example.com", true),
            ("小林 真", "makoto.kobayashi@example.com", true),
            ("管理 太郎", "taro.kanri@example.com", false),
        ],
    }
}

/// The sync user's name in examples, when the reader has not given one yet.
pub fn sample_sync_user(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Marketo Sync",
        Lang::Ko => "Marketo 동기화",
        Lang::Ja => "Marketo 同期",
    }
}

/// The training organisation: the Marketo solution at `version`, and three existing CRM
/// users (two of whom take part in the sync).
pub fn practice_scenario(version: Option<Version>, lang: Lang) -> Org {
    let mut org = Org::new(version);
    for (name, email, syncs) in sample_users(lang) {
        // Known-good sample data (a native test checks every language's set loads).
        org.push_user(name.to_string(), email.to_string(), UserKind::ExistingCrmUser, syncs);
    }
    org
}

impl Practised for Org {
    /// Step 2 has one actor and nothing to remember beyond the organisation.
    type Memory = ();

    fn remember(&self, _: &mut (), _: &[Effect]) {}

    fn next_actor(&self, _: &(), current: &DynamicsAdmin) -> DynamicsAdmin {
        *current
    }

    fn fits(&self, _: &(), _: &DynamicsAdmin) -> bool {
        true
    }

    fn is_mistake(effect: &Effect) -> bool {
        matches!(
            effect,
            Effect::OpenToAnyOrganization { .. } | Effect::SecretLost { .. } | Effect::MarketoUserLacksRole { .. }
        )
    }

    fn fixes(mistake: &Effect, later: &Effect) -> bool {
        match (mistake, later) {
            (Effect::OpenToAnyOrganization { name }, Effect::MadeSingleTenant { name: fixed }) => name == fixed,
            (Effect::SecretLost { .. }, Effect::SecretCopied { .. }) => true,
            (Effect::MarketoUserLacksRole { user }, Effect::RoleAssigned { user: fixed }) => user == fixed,
            (Effect::MarketoUserLacksRole { user }, Effect::MarketoUserSet { user: other }) => user != other,
            _ => false,
        }
    }
}

/// A Dynamics Step 2 practice.
pub type DynSession = Session<Org>;

/// A fresh practice with the solution at `version` and sample users in `lang`, following
/// today's server-to-server variant in a training tenant.
pub fn practice_session(version: Version, lang: Lang) -> DynSession {
    practice_session_for(Connection::ServerToServer, version, lang)
}

/// Where a Dynamics practice starts (the trainer's scenario presets). All but the first
/// follow the password variant, whose sync user they are about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DynStart {
    /// Today's server-to-server variant, nothing done yet.
    Standard,
    /// Solution 3.x: every user who syncs needs the role too.
    Solution3,
    /// An existing CRM user's own account was picked as the Marketo User.
    CrmUserAsSyncUser,
    /// Sync user made, given the role and chosen as the Marketo User, but not published.
    NotPublished,
}

/// A Dynamics practice that starts at `start`, with sample names in `lang`.
pub fn start_session(start: DynStart, lang: Lang) -> DynSession {
    let password = Connection::SyncUserPassword;
    let mut session = match start {
        DynStart::Standard => return practice_session(PRACTICE_VERSIONS[0], lang),
        DynStart::Solution3 => return practice_session_for(password, PRACTICE_VERSIONS[1], lang),
        DynStart::CrmUserAsSyncUser | DynStart::NotPublished => {
            practice_session_for(password, PRACTICE_VERSIONS[0], lang)
        }
    };
    let mut org = session.state().clone();
    if start == DynStart::CrmUserAsSyncUser {
        // What the rules refuse today, as an older set-up may have it: a colleague's own
        // account in Marketo Config (the first sample user exists in every language).
        org.marketo_user = org.users.first().map(|u| u.id);
        org.config_rev = 1;
        org.published_rev = Some(1);
    } else {
        let name = sample_sync_user(lang).to_string();
        let id = org.push_user(name, "marketo-sync@example.com".into(), UserKind::DedicatedSyncUser, true);
        org.set_role(id, true);
        org.marketo_user = Some(id);
        org.config_rev = 1;
    }
    session = Session::new(org, (), DynamicsAdmin);
    session
}

/// A fresh practice of one variant.
pub fn practice_session_for(connection: Connection, version: Version, lang: Lang) -> DynSession {
    let mut org = practice_scenario(Some(version), lang);
    org.connection = connection;
    org.tenant = Some(Tenant::practice());
    Session::new(org, (), DynamicsAdmin)
}

impl Session<Org> {
    /// A user's name (empty for an id the organisation does not have).
    pub fn name(&self, id: UserId) -> &str {
        self.state().user(id).map_or("", |u| u.name.as_str())
    }

    /// The same practice started again at another solution version (sample names and the
    /// variant kept).
    pub fn with_version(&self, version: Version, lang: Lang) -> DynSession {
        practice_session_for(self.state().connection, version, lang)
    }
}

/// Guide mode: the organisation the answers describe (the variant, the version and the
/// filter choice decide which steps apply; the values written down decide their steps).
pub fn guide_org(answers: &Answers) -> Org {
    let mut org = Org::new(Version::parse(&answers.version).ok());
    org.filter_wanted = answers.filter;
    org.connection = answers.connection;
    org.notes = answers.notes.clone();
    org
}

/// The guide's answers. A blank name stands for the sample sync user's name in the
/// reader's language. No answer is ever a secret: one that looks like it is refused when
/// typed and when read back (storage, files, links).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(try_from = "RawAnswers")]
pub struct Answers {
    pub version: String,
    pub name: String,
    pub email: String,
    pub filter: bool,
    /// Saved before the question existed: the password variant.
    #[serde(default = "Connection::legacy")]
    pub connection: Connection,
    /// Server-to-server: the values written down for Step 3.
    #[serde(default)]
    pub notes: Step3Notes,
    /// Server-to-server: when the client secret expires (`YYYY-MM-DD`, optional).
    #[serde(default)]
    pub secret_expires: String,
}

#[derive(Deserialize)]
struct RawAnswers {
    version: String,
    name: String,
    email: String,
    filter: bool,
    #[serde(default = "Connection::legacy")]
    connection: Connection,
    #[serde(default)]
    notes: Step3Notes,
    #[serde(default)]
    secret_expires: String,
}

impl TryFrom<RawAnswers> for Answers {
    type Error = NoteRefused;
    fn try_from(raw: RawAnswers) -> Result<Self, NoteRefused> {
        let answers = Answers {
            version: raw.version,
            name: raw.name,
            email: raw.email,
            filter: raw.filter,
            connection: raw.connection,
            notes: raw.notes,
            secret_expires: raw.secret_expires,
        };
        answers.keeps_no_secret()?;
        Ok(answers)
    }
}

impl Answers {
    /// The widget's own rule: no answer is a secret (the values for Step 3 are checked by
    /// [`Step3Notes`] itself).
    pub fn keeps_no_secret(&self) -> Result<(), NoteRefused> {
        for text in [&self.version, &self.name, &self.email, &self.secret_expires] {
            Step3Notes::admits(text)?;
        }
        Ok(())
    }

    /// The secret's expiry as a day, when given and valid on `today` (within Entra's limit).
    pub fn expires(&self, today: Day) -> Option<Day> {
        Day::parse_expiry(&self.secret_expires, today).ok()
    }

    /// What is wrong with the expiry typed, if anything (blank is fine: it is optional).
    pub fn expiry_problem(&self, today: Day) -> Option<crate::s2s::DayError> {
        let text = self.secret_expires.trim();
        (!text.is_empty()).then(|| Day::parse_expiry(text, today).err()).flatten()
    }
}

/// One answer of the Dynamics guide (serialized as the schema-1 field names were).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DynField {
    Version,
    Name,
    Email,
    Filter,
    Connection,
    /// A value written down for Step 3 (the organization URL with its confirmation).
    Note(NoteField),
    SecretExpires,
}

/// The connection a widget shows: the guide's answer, or the practice's own.
pub fn shown_connection(saved: &Saved<DynamicsStep2>) -> Connection {
    match saved.mode {
        Mode::Guide => saved.answers.connection,
        Mode::Practice => saved.practice.state().connection(),
    }
}

/// Flow 2 in the common saved shape.
#[derive(Clone, Debug, PartialEq)]
pub struct DynamicsStep2;

impl FlowSpec for DynamicsStep2 {
    const FLOW: crate::saved::Flow = crate::saved::Flow::DynamicsSyncUser;
    type Answers = Answers;
    type Field = DynField;
    type Step = StepId;
    type Engine = Org;

    fn fields() -> Vec<DynField> {
        let mut fields =
            vec![DynField::Version, DynField::Name, DynField::Email, DynField::Filter, DynField::Connection];
        fields.extend(NoteField::ALL.map(DynField::Note));
        fields.push(DynField::SecretExpires);
        fields
    }

    fn copy_field(to: &mut Answers, from: &Answers, field: DynField) {
        match field {
            DynField::Version => to.version.clone_from(&from.version),
            DynField::Name => to.name.clone_from(&from.name),
            DynField::Email => to.email.clone_from(&from.email),
            DynField::Filter => to.filter = from.filter,
            DynField::Connection => to.connection = from.connection,
            DynField::Note(f) => to.notes.copy_from(&from.notes, f),
            DynField::SecretExpires => to.secret_expires.clone_from(&from.secret_expires),
        }
    }

    fn fresh_practice(lang: Lang) -> DynSession {
        practice_session(PRACTICE_VERSIONS[0], lang)
    }

    fn preset_practice(preset: crate::presets::Preset, lang: Lang) -> Option<DynSession> {
        preset.dynamics(lang)
    }

    fn goal_reached(preset: crate::presets::Preset, session: &DynSession) -> bool {
        crate::presets::dynamics_goal_reached(preset, session)
    }
}

/// What flow 2 saved in schema 1.
#[derive(Deserialize)]
pub struct DynV1 {
    mode: Mode,
    lang: Option<Lang>,
    answers: Answers,
    ticks: std::collections::BTreeMap<StepId, bool>,
    practice: Option<DynPracticeV1>,
    stamps: std::collections::BTreeMap<String, Millis>,
}

#[derive(Deserialize)]
struct DynPracticeV1 {
    org: Org,
    /// Newest first.
    log: Vec<(Action, Vec<Effect>)>,
}

impl Schema for Saved<DynamicsStep2> {
    const SCHEMA: u32 = crate::saved::SCHEMA;
    type V1 = DynV1;

    fn from_v1(old: DynV1) -> Option<Self> {
        let practice = old.practice.map(|p| {
            // Schema 1 kept no times; its log was newest first.
            let log =
                p.log.into_iter().rev().map(|(action, effects)| Entry { actor: DynamicsAdmin, action, effects, at: 0 });
            Session::restore(p.org, (), DynamicsAdmin, log)
        });
        V1Common::<DynamicsStep2> {
            mode: old.mode,
            lang: old.lang,
            answers: old.answers,
            ticks: old.ticks,
            practice,
            stamps: old.stamps,
        }
        .into_saved()
    }
}
