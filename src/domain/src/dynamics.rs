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
        self.users.push(User { id, name, email, kind, syncs, has_sync_role: false });
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
        Ok(())
    }
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

    /// The user Step 3 will connect with: the chosen Marketo User if it is dedicated, else
    /// the first dedicated sync user created.
    pub fn sync_user(&self) -> Option<&User> {
        self.marketo_user
            .and_then(|id| self.user(id))
            .filter(|u| u.kind == UserKind::DedicatedSyncUser)
            .or_else(|| self.users.iter().find(|u| u.kind == UserKind::DedicatedSyncUser))
    }

    /// Who needs the Marketo Sync User role with the installed version (D3): from 4.0.0.14
    /// only the sync user; before it, every syncing user too. Unknown version: the sync user.
    pub fn needs_role(&self, user: &User) -> bool {
        let is_sync_user = self.sync_user().is_some_and(|s| s.id == user.id);
        match self.solution {
            Some(v) if !v.only_sync_user_needs_role() => is_sync_user || user.syncs,
            _ => is_sync_user,
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
        }
    }

    fn execute(&mut self, _: &DynamicsAdmin, action: &Action, _now: Millis) -> Vec<Effect> {
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
    fn check_marketo_user(&self, u: &User, action: &Action) -> Result<Allowed<Hazard>, Refusal> {
        let no = |rule, why, way_out| Err(Refusal { rule, action: action.clone(), why, way_out });
        if u.kind == UserKind::ExistingCrmUser {
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
        (
            FilterFieldReady,
            if org.filter_wanted {
                Ok(org.filter_field.as_deref() == Some(FILTER_FIELD))
            } else {
                Err(NotApplicable::FilterNotWanted)
            },
        ),
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
    let mut warnings = vec![Warning::EditsNotSyncedBack, Warning::LanguageEnglish];
    let unneeded: Vec<UserId> =
        org.users.iter().filter(|u| u.has_sync_role && !org.needs_role(u)).map(|u| u.id).collect();
    if !unneeded.is_empty() {
        warnings.push(Warning::RoleNotNeeded { users: unneeded });
    }
    Readiness { blockers, warnings }
}

/// The sections of Step 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Section {
    CreateUser,
    AssignRole,
    ConfigureSolution,
    BeforeStepThree,
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
            Requirement::MarketoUserIsSyncUser => StepId::SetMarketoUser,
            Requirement::PublishedAfterChange => StepId::Publish,
            Requirement::FilterFieldReady => StepId::SyncFilter,
            Requirement::Validated => StepId::Validate,
            Requirement::SignedInAsSyncUser => StepId::SignIn,
        }
    }

    pub fn section(self) -> Option<Section> {
        match self {
            StepId::InstallSolution => None,
            StepId::CreateUser => Some(Section::CreateUser),
            StepId::AssignRole | StepId::AssignRoleToSyncingUsers => Some(Section::AssignRole),
            StepId::SetMarketoUser | StepId::Publish => Some(Section::ConfigureSolution),
            StepId::SyncFilter | StepId::Validate | StepId::SignIn => Some(Section::BeforeStepThree),
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
}

/// Notes and warnings the checklist shows on a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    DedicatedNotExisting,
    EmailNeedNotBeReal,
    RoleVersionRule,
    EditsNotSyncedBack,
    LanguageEnglish,
    ConfigMenuMissing,
    NameMustMatchStepThree,
    FilterOnlyExplicitNoSkips,
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

/// The Step 2 checklist, in order. (Step 1 is its prerequisite and is shown as a summary,
/// not as a step; [`StepId::InstallSolution`] names it when readiness points there.)
pub fn step_defs() -> Vec<StepDef> {
    use Crumb::*;
    let def = |id: StepId, path: Vec<Crumb>, notes: Vec<Note>, requirement| StepDef {
        id,
        section: id.section(),
        path,
        notes,
        done_when: requirement,
    };
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
            vec![Note::DedicatedNotExisting, Note::EmailNeedNotBeReal, Note::NameMustMatchStepThree],
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
        def(
            StepId::SetMarketoUser,
            vec![AdvancedSettings, SettingsMenu, MarketoConfig, Default, MarketoUserField, Save, Close],
            vec![Note::ConfigMenuMissing],
            Requirement::MarketoUserIsSyncUser,
        ),
        def(StepId::Publish, vec![SettingsMenu, Solutions, PublishAll], vec![], Requirement::PublishedAfterChange),
        def(
            StepId::SyncFilter,
            vec![CustomField],
            vec![Note::FilterOnlyExplicitNoSkips],
            Requirement::FilterFieldReady,
        ),
        def(StepId::Validate, vec![ValidateSync], vec![], Requirement::Validated),
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
/// steps; in guide mode the reader's ticks count and the state only decides which steps
/// apply (from the version and the filter choice).
pub fn checklist(org: &Org, ticked: Option<&[StepId]>) -> Vec<ChecklistRow> {
    let reqs = requirements(org);
    let defs = step_defs();
    let done: Vec<Result<bool, NotApplicable>> = defs
        .iter()
        .map(|d| {
            let met = reqs.iter().find(|(r, _)| *r == d.done_when).map(|(_, m)| *m).unwrap_or(Ok(false));
            match (met, ticked) {
                (Err(na), _) => Err(na),
                (Ok(m), None) => Ok(m),
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
}

/// A Dynamics Step 2 practice.
pub type DynSession = Session<Org>;

/// A fresh practice with the solution at `version` and sample users in `lang`.
pub fn practice_session(version: Version, lang: Lang) -> DynSession {
    Session::new(practice_scenario(Some(version), lang), (), DynamicsAdmin)
}

impl Session<Org> {
    /// A user's name (empty for an id the organisation does not have).
    pub fn name(&self, id: UserId) -> &str {
        self.state().user(id).map_or("", |u| u.name.as_str())
    }

    /// The same practice started again at another solution version (sample names kept).
    pub fn with_version(&self, version: Version, lang: Lang) -> DynSession {
        practice_session(version, lang)
    }
}

/// Guide mode: the organisation the answers describe (only the version and the filter
/// choice matter for which steps apply).
pub fn guide_org(version: Option<Version>, filter_wanted: bool) -> Org {
    let mut org = Org::new(version);
    org.filter_wanted = filter_wanted;
    org
}

/// The guide's answers. A blank name stands for the sample sync user's name in the
/// reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Answers {
    pub version: String,
    pub name: String,
    pub email: String,
    pub filter: bool,
}

/// One answer of the Dynamics guide (serialized as the schema-1 field names were).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DynField {
    Version,
    Name,
    Email,
    Filter,
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
        vec![DynField::Version, DynField::Name, DynField::Email, DynField::Filter]
    }

    fn copy_field(to: &mut Answers, from: &Answers, field: DynField) {
        match field {
            DynField::Version => to.version.clone_from(&from.version),
            DynField::Name => to.name.clone_from(&from.name),
            DynField::Email => to.email.clone_from(&from.email),
            DynField::Filter => to.filter = from.filter,
        }
    }

    fn fresh_practice(lang: Lang) -> DynSession {
        practice_session(PRACTICE_VERSIONS[0], lang)
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
