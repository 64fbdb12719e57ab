//! Flow 1: handing the Sales Insight Actions Marketo integration from the admin who
//! connected it (A) to a new admin (B) without cutting off the other users.
//!
//! [`Instance`] is the state; [`Action`]s by a [`PersonId`] change it through the shared
//! [`Engine`] contract; [`plan`] says, from any state, which steps remain.

use serde::{Deserialize, Serialize};

use crate::engine::{Allowed, Confirmation, Engine, Rejection};
use crate::practice::{Entry, Practised, Session};
use crate::saved::{FlowSpec, Lang, Mode, Saved, Schema, V1Common};
use crate::{Millis, Rule};

/// The help pages advise waiting this long after a new connection before granting access.
pub const GRANT_WAIT: Millis = 10 * 60 * 1000;
/// The longest display name kept, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest workspace name kept, in characters.
pub const MAX_WORKSPACE_CHARS: usize = 80;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PersonId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Admin,
    User,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    /// Free text, shown as text (never as markup).
    pub name: String,
    pub role: Role,
}

/// An admin's own connection to Marketo, made at `since`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connection {
    pub admin: PersonId,
    pub since: Millis,
}

/// The workspace fixed when access is granted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Workspace {
    Default,
    Named(String),
}

impl Workspace {
    /// A blank choice means Default.
    pub fn from_choice(choice: Option<&str>) -> Self {
        match choice.map(str::trim) {
            None | Some("") => Workspace::Default,
            Some(name) => Workspace::Named(name.chars().take(MAX_WORKSPACE_CHARS).collect()),
        }
    }
}

/// One entry of Settings > Marketo > User Access.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub user: PersonId,
    pub workspace: Workspace,
    pub granted_at: Millis,
}

/// A Sales Insight Actions instance, as far as the Marketo integration is concerned.
///
/// Invariants (checked again whenever one is deserialised): ids are unique; every connected
/// person is an admin in the instance; nobody is connected twice; everyone on the list is
/// in the instance, once. (Whether a connected admin may also be on the User Access list is
/// not documented, so it is not forbidden.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawInstance")]
pub struct Instance {
    people: Vec<Person>,
    connections: Vec<Connection>,
    access: Vec<Grant>,
    next_id: u32,
    /// The instance's original user (the first invite went to them), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    original: Option<PersonId>,
    /// Data sync has been initiated on this instance (C1: the original user then stays).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    data_sync: bool,
}

#[derive(Deserialize)]
struct RawInstance {
    people: Vec<Person>,
    connections: Vec<Connection>,
    access: Vec<Grant>,
    next_id: u32,
    #[serde(default)]
    original: Option<PersonId>,
    #[serde(default)]
    data_sync: bool,
}

/// Why a stored or imported instance was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvalidInstance {
    DuplicateId(PersonId),
    IdNotBelowNext(PersonId),
    BadName(PersonId),
    ConnectedNotAdmin(PersonId),
    ConnectedTwice(PersonId),
    AccessForStranger(PersonId),
    AccessTwice(PersonId),
}

impl std::fmt::Display for InvalidInstance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "inconsistent instance: {self:?}")
    }
}

impl TryFrom<RawInstance> for Instance {
    type Error = InvalidInstance;
    fn try_from(raw: RawInstance) -> Result<Self, Self::Error> {
        let inst = Instance {
            people: raw.people,
            connections: raw.connections,
            access: raw.access,
            next_id: raw.next_id,
            original: raw.original,
            data_sync: raw.data_sync,
        };
        inst.validate()?;
        Ok(inst)
    }
}

/// Why a name was not accepted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameError {
    Empty,
    TooLong { max: usize },
}

/// Whether two typed names mean the same person: names are the reader's only way to say
/// who is who, so the same name (ignoring case and spaces at the ends) is one person.
pub fn same_person(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Trims a display name and checks it.
pub fn clean_name(name: &str) -> Result<String, NameError> {
    let name = name.trim();
    if name.is_empty() {
        Err(NameError::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameError::TooLong { max: MAX_NAME_CHARS })
    } else {
        Ok(name.to_string())
    }
}

impl Default for Instance {
    fn default() -> Self {
        Self::new()
    }
}

impl Instance {
    pub fn new() -> Self {
        Instance {
            people: Vec::new(),
            connections: Vec::new(),
            access: Vec::new(),
            next_id: 1,
            original: None,
            data_sync: false,
        }
    }

    /// Scenario set-up: `person` is the instance's original user, and whether data sync has
    /// been initiated.
    pub fn with_original_user(mut self, person: Option<PersonId>, data_sync: bool) -> Self {
        self.original = person;
        self.data_sync = data_sync;
        self
    }

    /// C1: once data sync has been initiated, the original user must stay in the instance.
    pub fn must_keep(&self, person: PersonId) -> bool {
        self.data_sync && self.original == Some(person)
    }

    /// Adds someone to the instance (scenario set-up; the help pages start from people who
    /// are already there).
    pub fn add_person(&mut self, name: &str, role: Role) -> Result<PersonId, NameError> {
        let name = clean_name(name)?;
        Ok(self.push_person(name, role))
    }

    fn push_person(&mut self, name: String, role: Role) -> PersonId {
        let id = PersonId(self.next_id);
        self.next_id = self.next_id.saturating_add(1);
        self.people.push(Person { id, name, role });
        id
    }

    /// Scenario set-up: `admin` already holds a connection made at `since`. Checked by the
    /// same rules as the Connect button.
    pub fn with_connection(mut self, admin: PersonId, since: Millis) -> Result<Self, Refusal> {
        self.check(&admin, &Action::Connect, since)?;
        self.execute(&admin, &Action::Connect, since);
        Ok(self)
    }

    /// Scenario set-up: `user` already has access, granted at `at`, with the Default
    /// workspace (a connected admin must exist, as on the real screen).
    pub fn with_access(mut self, user: PersonId, at: Millis) -> Result<Self, Refusal> {
        let granter = self.connections.first().map(|c| c.admin).unwrap_or(user);
        let action = Action::GrantAccess { users: vec![user], workspace: None };
        self.check(&granter, &action, at + GRANT_WAIT)?;
        self.execute(&granter, &action, at);
        Ok(self)
    }

    pub fn people(&self) -> &[Person] {
        &self.people
    }
    pub fn connections(&self) -> &[Connection] {
        &self.connections
    }
    pub fn access(&self) -> &[Grant] {
        &self.access
    }
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
    pub fn contains(&self, id: PersonId) -> bool {
        self.person(id).is_some()
    }
    pub fn is_admin(&self, id: PersonId) -> bool {
        self.person(id).is_some_and(|p| p.role == Role::Admin)
    }
    pub fn is_connected(&self, id: PersonId) -> bool {
        self.connections.iter().any(|c| c.admin == id)
    }
    pub fn has_access(&self, id: PersonId) -> bool {
        self.access.iter().any(|g| g.user == id)
    }
    pub fn grant(&self, id: PersonId) -> Option<&Grant> {
        self.access.iter().find(|g| g.user == id)
    }
    /// The integration is up while at least one admin holds a connection.
    pub fn integration_up(&self) -> bool {
        !self.connections.is_empty()
    }
    /// Users who currently reach Marketo through the integration.
    pub fn users_with_marketo(&self) -> Vec<PersonId> {
        if self.integration_up() {
            self.access.iter().map(|g| g.user).collect()
        } else {
            Vec::new()
        }
    }
    fn connected_admins(&self) -> Vec<PersonId> {
        self.connections.iter().map(|c| c.admin).collect()
    }

    fn validate(&self) -> Result<(), InvalidInstance> {
        for (i, p) in self.people.iter().enumerate() {
            if self.people[..i].iter().any(|q| q.id == p.id) {
                return Err(InvalidInstance::DuplicateId(p.id));
            }
            if p.id.0 >= self.next_id {
                return Err(InvalidInstance::IdNotBelowNext(p.id));
            }
            if clean_name(&p.name).as_deref() != Ok(p.name.as_str()) {
                return Err(InvalidInstance::BadName(p.id));
            }
        }
        for (i, c) in self.connections.iter().enumerate() {
            if !self.is_admin(c.admin) {
                return Err(InvalidInstance::ConnectedNotAdmin(c.admin));
            }
            if self.connections[..i].iter().any(|d| d.admin == c.admin) {
                return Err(InvalidInstance::ConnectedTwice(c.admin));
            }
        }
        for (i, g) in self.access.iter().enumerate() {
            if !self.contains(g.user) {
                return Err(InvalidInstance::AccessForStranger(g.user));
            }
            if self.access[..i].iter().any(|h| h.user == g.user) {
                return Err(InvalidInstance::AccessTwice(g.user));
            }
        }
        Ok(())
    }
}

/// What a person can do on the Marketo settings screens (and remove a person).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Settings > Marketo > Connect.
    Connect,
    /// Settings > Marketo > Disconnect.
    Disconnect,
    /// Settings > Marketo > User Access: select users, pick a workspace (blank = Default), Connect.
    GrantAccess { users: Vec<PersonId>, workspace: Option<String> },
    /// Settings > Marketo > User Access: remove one user's access.
    RemoveAccess { user: PersonId },
    /// Remove a person from the instance.
    RemovePerson { person: PersonId },
}

/// What went wrong, in terms a person recognises.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    ActorNotInInstance,
    ActorNotAdmin,
    AlreadyConnected,
    ActorHasAccess,
    ActorNotConnected,
    NobodySelected,
    NotInInstance(PersonId),
    AlreadyHasAccess(PersonId),
    HasNoAccess(PersonId),
    CannotRemoveSelf,
}

/// What to do instead, and who can do it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WayOut {
    /// Ask an admin of the instance (or add this person first).
    AskAnAdmin,
    /// Nothing to do: this is already the case (use Disconnect to end it).
    AlreadyDone,
    /// One of these connected admins removes the access first. Empty: no admin is
    /// connected, so an admin who is not on the list connects first and then removes it.
    RemoveAccessFirst { by: Vec<PersonId> },
    /// Only one of these connected admins can do this. Empty: nobody is connected; an admin
    /// who is not on the User Access list connects first.
    AskConnectedAdmin { admins: Vec<PersonId> },
    /// Choose at least one user.
    ChooseSomeone,
    /// Add the person to the instance first.
    AddToInstanceFirst,
    /// To change the workspace, remove the access and grant it again.
    RemoveAndGrantAgain,
    /// Another admin removes this person.
    AskAnotherAdmin,
}

/// A refused action: the rule, who tried what, why not and the way out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub rule: Rule,
    pub actor: PersonId,
    pub action: Action,
    pub why: Why,
    pub way_out: WayOut,
}

/// What an allowed-with-confirmation action would do. The help pages describe nothing
/// beyond it, so the widget says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hazard {
    /// F4: the last connected admin disconnects while these users rely on the integration.
    LastConnectionWhileUsersRely { rule: Rule, users: Vec<PersonId> },
    /// F5: removing an admin who still holds a connection; the integration is treated as down.
    RemovesConnectedAdmin { rule: Rule, admin: PersonId, users: Vec<PersonId> },
    /// F7: removing the instance's original user after data sync was initiated, which
    /// Adobe's setup guide cautions against (what then breaks is not documented).
    RemovesOriginalUser { rule: Rule, person: PersonId },
}

/// What happened, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Effect {
    Connected {
        admin: PersonId,
    },
    /// The integration was down and is up again: these users reach Marketo again.
    IntegrationRestored {
        users: Vec<PersonId>,
    },
    Disconnected {
        admin: PersonId,
    },
    /// The integration is down: these users lost Marketo. `documented` is false when the
    /// help pages do not describe this situation (the widget then treats it as down).
    IntegrationDown {
        users_lost: Vec<PersonId>,
        documented: bool,
    },
    AccessGranted {
        users: Vec<PersonId>,
        workspace: Workspace,
    },
    /// Granted sooner than the help pages advise after the newest connection.
    GrantedSoonAfterConnect {
        minutes_left: u64,
    },
    AccessRemoved {
        user: PersonId,
    },
    PersonRemoved {
        person: PersonId,
    },
    /// The original user was removed after data sync was initiated (F7). The setup guide
    /// cautions against it and does not say what then fails; there is no way back here.
    OriginalUserRemoved {
        person: PersonId,
    },
}

impl Action {
    fn refuse(&self, actor: PersonId, rule: Rule, why: Why, way_out: WayOut) -> Refusal {
        Refusal { rule, actor, action: self.clone(), why, way_out }
    }
}

impl Engine for Instance {
    type Actor = PersonId;
    type Action = Action;
    type Effect = Effect;
    type Refusal = Refusal;
    type Hazard = Hazard;

    fn check(&self, actor: &PersonId, action: &Action, _now: Millis) -> Result<Allowed<Hazard>, Refusal> {
        let actor = *actor;
        let no = |rule, why, way_out| Err(action.refuse(actor, rule, why, way_out));
        match action {
            Action::Connect => {
                if !self.contains(actor) {
                    no(Rule::F3, Why::ActorNotInInstance, WayOut::AddToInstanceFirst)
                } else if !self.is_admin(actor) {
                    no(Rule::F3, Why::ActorNotAdmin, WayOut::AskAnAdmin)
                } else if self.is_connected(actor) {
                    no(Rule::X1, Why::AlreadyConnected, WayOut::AlreadyDone)
                } else if self.has_access(actor) {
                    no(Rule::F2, Why::ActorHasAccess, WayOut::RemoveAccessFirst { by: self.connected_admins() })
                } else {
                    Ok(Allowed::Safe)
                }
            }
            Action::Disconnect => {
                if !self.is_connected(actor) {
                    no(Rule::F1, Why::ActorNotConnected, WayOut::AskConnectedAdmin { admins: self.connected_admins() })
                } else if self.connections.len() == 1 && !self.access.is_empty() {
                    Ok(Allowed::Hazardous(Hazard::LastConnectionWhileUsersRely {
                        rule: Rule::F4,
                        users: self.users_with_marketo(),
                    }))
                } else {
                    Ok(Allowed::Safe)
                }
            }
            Action::GrantAccess { users, .. } => {
                if !self.is_connected(actor) {
                    return no(
                        Rule::F6,
                        Why::ActorNotConnected,
                        WayOut::AskConnectedAdmin { admins: self.connected_admins() },
                    );
                }
                if users.is_empty() {
                    return no(Rule::F6, Why::NobodySelected, WayOut::ChooseSomeone);
                }
                for (i, &user) in users.iter().enumerate() {
                    if !self.contains(user) {
                        return no(Rule::F6, Why::NotInInstance(user), WayOut::AddToInstanceFirst);
                    }
                    if self.has_access(user) || users[..i].contains(&user) {
                        return no(Rule::F6, Why::AlreadyHasAccess(user), WayOut::RemoveAndGrantAgain);
                    }
                }
                Ok(Allowed::Safe)
            }
            Action::RemoveAccess { user } => {
                if !self.is_connected(actor) {
                    no(Rule::F2, Why::ActorNotConnected, WayOut::AskConnectedAdmin { admins: self.connected_admins() })
                } else if !self.has_access(*user) {
                    no(Rule::F2, Why::HasNoAccess(*user), WayOut::AlreadyDone)
                } else {
                    Ok(Allowed::Safe)
                }
            }
            Action::RemovePerson { person } => {
                if !self.is_admin(actor) {
                    no(Rule::X2, Why::ActorNotAdmin, WayOut::AskAnAdmin)
                } else if !self.contains(*person) {
                    no(Rule::X2, Why::NotInInstance(*person), WayOut::AlreadyDone)
                } else if *person == actor {
                    no(Rule::X2, Why::CannotRemoveSelf, WayOut::AskAnotherAdmin)
                } else if self.is_connected(*person) {
                    let users = self.users_with_marketo().into_iter().filter(|u| u != person).collect();
                    Ok(Allowed::Hazardous(Hazard::RemovesConnectedAdmin { rule: Rule::F5, admin: *person, users }))
                } else if self.must_keep(*person) {
                    Ok(Allowed::Hazardous(Hazard::RemovesOriginalUser { rule: Rule::F7, person: *person }))
                } else {
                    Ok(Allowed::Safe)
                }
            }
        }
    }

    fn execute(&mut self, actor: &PersonId, action: &Action, now: Millis) -> Vec<Effect> {
        let actor = *actor;
        let mut effects = Vec::new();
        match action {
            Action::Connect => {
                let was_up = self.integration_up();
                self.connections.push(Connection { admin: actor, since: now });
                effects.push(Effect::Connected { admin: actor });
                if !was_up && !self.access.is_empty() {
                    effects.push(Effect::IntegrationRestored { users: self.users_with_marketo() });
                }
            }
            Action::Disconnect => {
                let users = self.users_with_marketo();
                self.connections.retain(|c| c.admin != actor);
                effects.push(Effect::Disconnected { admin: actor });
                if !self.integration_up() {
                    effects.push(Effect::IntegrationDown { users_lost: users, documented: true });
                }
            }
            Action::GrantAccess { users, workspace } => {
                let workspace = Workspace::from_choice(workspace.as_deref());
                for &user in users {
                    self.access.push(Grant { user, workspace: workspace.clone(), granted_at: now });
                }
                effects.push(Effect::AccessGranted { users: users.clone(), workspace });
                let newest = self.connections.iter().map(|c| c.since).max().unwrap_or(0);
                let ready_at = newest.saturating_add(GRANT_WAIT);
                if now < ready_at {
                    effects.push(Effect::GrantedSoonAfterConnect { minutes_left: (ready_at - now).div_ceil(60_000) });
                }
            }
            Action::RemoveAccess { user } => {
                self.access.retain(|g| g.user != *user);
                effects.push(Effect::AccessRemoved { user: *user });
            }
            Action::RemovePerson { person } => {
                let person = *person;
                let held_connection = self.is_connected(person);
                let was_kept = self.must_keep(person);
                let users = self.users_with_marketo();
                self.people.retain(|p| p.id != person);
                self.access.retain(|g| g.user != person);
                if held_connection {
                    // The help pages do not say what the product does here; the widget
                    // treats the integration as down until an admin connects again.
                    self.connections.clear();
                }
                effects.push(Effect::PersonRemoved { person });
                if was_kept {
                    effects.push(Effect::OriginalUserRemoved { person });
                }
                if held_connection {
                    let users_lost = users.into_iter().filter(|u| *u != person).collect();
                    effects.push(Effect::IntegrationDown { users_lost, documented: false });
                }
            }
        }
        effects
    }
}

/// The kinds of step a handoff can need, in the order they are done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StepKind {
    /// Recovery: nobody holds a connection and B's access must go, so an admin connects first.
    Reconnect,
    /// A removes B's access on the User Access list.
    RemoveIncomingAccess,
    /// B clicks Connect.
    IncomingConnects,
    /// A clicks Disconnect.
    LeavingDisconnects,
    /// A is removed from the instance.
    RemoveLeaving,
}

impl StepKind {
    /// Every kind of step, in the order they are done.
    pub const ALL: [StepKind; 5] = [
        StepKind::Reconnect,
        StepKind::RemoveIncomingAccess,
        StepKind::IncomingConnects,
        StepKind::LeavingDisconnects,
        StepKind::RemoveLeaving,
    ];
}

impl crate::checklist::StepKey for StepKind {
    fn slug(self) -> &'static str {
        match self {
            StepKind::Reconnect => "reconnect",
            StepKind::RemoveIncomingAccess => "remove-access",
            StepKind::IncomingConnects => "new-admin-connects",
            StepKind::LeavingDisconnects => "old-admin-disconnects",
            StepKind::RemoveLeaving => "remove-old-admin",
        }
    }
}

/// The steps every handoff is described with (recovery steps appear only when needed).
pub const HANDOFF_STEPS: [StepKind; 4] =
    [StepKind::RemoveIncomingAccess, StepKind::IncomingConnects, StepKind::LeavingDisconnects, StepKind::RemoveLeaving];

/// Where a person clicks, as a breadcrumb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Crumb {
    Gear,
    Settings,
    Marketo,
    UserAccess,
    /// Search for the person (by name).
    SearchFor(PersonId),
    RemoveAccess,
    Connect,
    Disconnect,
    /// The documents do not name the screen where people are removed.
    RemoveFromInstance,
}

/// One step of a plan: who does what, where they click and which rule makes it necessary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedStep {
    pub kind: StepKind,
    pub actor: PersonId,
    pub action: Action,
    pub path: Vec<Crumb>,
    pub rule: Rule,
}

/// Why a usual step is not needed from this state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SkipReason {
    IncomingHasNoAccess,
    IncomingAlreadyConnected,
    LeavingNotConnected,
    LeavingNotInInstance,
    /// C1: the leaving admin is (or may be) the original user and data sync has (or may
    /// have) been initiated: they stay in the instance.
    KeepOriginalUser,
}

impl SkipReason {
    pub const ALL: [SkipReason; 5] = [
        SkipReason::IncomingHasNoAccess,
        SkipReason::IncomingAlreadyConnected,
        SkipReason::LeavingNotConnected,
        SkipReason::LeavingNotInInstance,
        SkipReason::KeepOriginalUser,
    ];
}

/// A usual step that does not apply from this state, who would have done it, and why not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedStep {
    pub kind: StepKind,
    pub actor: PersonId,
    pub reason: SkipReason,
}

/// The remaining steps, and the usual steps that do not apply (with the reason).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub steps: Vec<PlannedStep>,
    pub skipped: Vec<SkippedStep>,
}

impl Plan {
    pub fn is_done(&self) -> bool {
        self.steps.is_empty()
    }
}

/// Why no plan reaches the goal from here; each variant's way out is in its description.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CannotPlan {
    /// The leaving and the incoming admin are the same person: choose two people.
    SamePerson,
    /// The incoming admin is not in the instance: add them (as an admin) first.
    IncomingNotInInstance,
    /// The incoming admin is not an admin: make them an admin first.
    IncomingNotAdmin,
    /// B is on the User Access list, nobody holds a connection, and no admin outside the
    /// list is left to connect and remove B's access.
    NobodyCanRemoveAccess,
    /// The planner proposed a step the rules refuse (a defect of this widget, never of the
    /// reader's situation): report it rather than show a wrong plan.
    Internal,
}

/// The rule that makes a step necessary (one mapping for plans, tracking and the guide).
pub fn rule_for(kind: StepKind) -> Rule {
    match kind {
        StepKind::Reconnect => Rule::F3,
        StepKind::RemoveIncomingAccess => Rule::F2,
        StepKind::IncomingConnects => Rule::F3,
        StepKind::LeavingDisconnects => Rule::F4,
        StepKind::RemoveLeaving => Rule::F5,
    }
}

/// Who usually does a step.
fn usual_actor(kind: StepKind, leaving: PersonId, incoming: PersonId) -> PersonId {
    match kind {
        StepKind::Reconnect | StepKind::RemoveIncomingAccess | StepKind::LeavingDisconnects => leaving,
        StepKind::IncomingConnects | StepKind::RemoveLeaving => incoming,
    }
}

/// The remaining steps to hand the integration from `leaving` (A) to `incoming` (B), from
/// any state. Every step is allowed, without confirmation, in the state the earlier steps
/// leave behind, so following the plan never takes the integration down.
pub fn plan(state: &Instance, leaving: PersonId, incoming: PersonId) -> Result<Plan, CannotPlan> {
    if leaving == incoming {
        return Err(CannotPlan::SamePerson);
    }
    if !state.contains(incoming) {
        return Err(CannotPlan::IncomingNotInInstance);
    }
    if !state.is_admin(incoming) {
        return Err(CannotPlan::IncomingNotAdmin);
    }
    let mut steps: Vec<PlannedStep> = Vec::new();
    let mut scratch = state.clone();
    // Each step changes one fact and none is repeated, so a handful always suffices.
    for _ in 0..8 {
        let Some(step) = next_step(&scratch, leaving, incoming)? else {
            break;
        };
        match scratch.apply(&step.actor, &step.action, Confirmation::NotConfirmed, 0) {
            Ok(applied) => scratch = applied.state,
            // Unreachable by construction (next_step proposes only allowed, safe steps;
            // a property test holds it to that); refuse to plan rather than panic.
            Err(_) => return Err(CannotPlan::Internal),
        }
        steps.push(step);
    }
    let skipped = HANDOFF_STEPS
        .iter()
        .filter(|kind| !steps.iter().any(|s| s.kind == **kind))
        .map(|&kind| {
            let reason = match kind {
                StepKind::RemoveIncomingAccess if !state.has_access(incoming) => SkipReason::IncomingHasNoAccess,
                StepKind::RemoveIncomingAccess => SkipReason::IncomingAlreadyConnected,
                StepKind::IncomingConnects => SkipReason::IncomingAlreadyConnected,
                StepKind::RemoveLeaving if state.must_keep(leaving) => SkipReason::KeepOriginalUser,
                _ if !state.contains(leaving) => SkipReason::LeavingNotInInstance,
                _ => SkipReason::LeavingNotConnected,
            };
            SkippedStep { kind, actor: usual_actor(kind, leaving, incoming), reason }
        })
        .collect();
    Ok(Plan { steps, skipped })
}

/// A step of the handoff checklist, with its status in the current state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackedStep {
    pub kind: StepKind,
    pub actor: PersonId,
    pub path: Vec<Crumb>,
    pub rule: Rule,
    /// Added after a mistake: not part of the plan the practice started with.
    pub recovery: bool,
    pub status: crate::checklist::Status<PersonId, SkipReason>,
}

/// Practice mode: the checklist of the plan made at the start, ticked by the state reached
/// since. A step the current plan no longer needs is done; a step it needs is open; a step
/// that only a mistake made necessary is added, marked as recovery. `now` is the plan from
/// the current state.
///
/// `recovered` lists the recovery steps a mistake made necessary earlier in this practice
/// (see [`recovery_needed`]); once done they stay on the list, as done.
pub fn track(
    initial: &Plan,
    recovered: &[StepKind],
    now: &Result<Plan, CannotPlan>,
    leaving: PersonId,
    incoming: PersonId,
) -> Vec<TrackedStep> {
    let current: &[PlannedStep] = now.as_ref().map(|p| p.steps.as_slice()).unwrap_or(&[]);
    let mut drafts = Vec::new();
    for kind in HANDOFF_STEPS.iter().copied().chain([StepKind::Reconnect]) {
        let planned = current.iter().chain(&initial.steps).find(|s| s.kind == kind);
        let (actor, rule) =
            planned.map_or((usual_actor(kind, leaving, incoming), rule_for(kind)), |s| (s.actor, s.rule));
        let draft = |recovery, skip| Draft { kind, actor, rule, recovery, skip };
        if initial.steps.iter().any(|s| s.kind == kind) {
            drafts.push(draft(false, None));
        } else if current.iter().any(|s| s.kind == kind) || recovered.contains(&kind) {
            drafts.push(draft(true, None));
        } else if let Some(s) = initial.skipped.iter().find(|s| s.kind == kind) {
            drafts.push(Draft { actor: s.actor, ..draft(false, Some(s.reason)) });
        }
    }
    let open = |kind: StepKind| now.is_err() || current.iter().any(|s| s.kind == kind);
    finish_rows(drafts, |kind| !open(kind), incoming)
}

/// A checklist row before its status is known.
struct Draft {
    kind: StepKind,
    actor: PersonId,
    rule: Rule,
    recovery: bool,
    skip: Option<SkipReason>,
}

/// Orders the rows, gives each its status from `done`, and says who an open step waits for
/// (the actor of the first open step before it, when that is someone else).
fn finish_rows(mut drafts: Vec<Draft>, done: impl Fn(StepKind) -> bool, incoming: PersonId) -> Vec<TrackedStep> {
    drafts.sort_by_key(|d| d.kind);
    let open_before = |i: usize| {
        drafts[..i]
            .iter()
            .find(|d| d.skip.is_none() && !done(d.kind))
            .map(|d| d.actor)
            .filter(|a| *a != drafts[i].actor)
    };
    let statuses = crate::checklist::sequence(
        drafts.iter().map(|d| match d.skip {
            Some(reason) => Err(reason),
            None => Ok(done(d.kind)),
        }),
        open_before,
    );
    drafts
        .into_iter()
        .zip(statuses)
        .map(|(d, status)| TrackedStep {
            kind: d.kind,
            actor: d.actor,
            path: path_for(d.kind, incoming),
            rule: d.rule,
            recovery: d.recovery,
            status,
        })
        .collect()
}

fn path_for(kind: StepKind, incoming: PersonId) -> Vec<Crumb> {
    use Crumb::*;
    match kind {
        StepKind::Reconnect | StepKind::IncomingConnects => vec![Gear, Settings, Marketo, Connect],
        StepKind::RemoveIncomingAccess => vec![Gear, Settings, Marketo, UserAccess, SearchFor(incoming), RemoveAccess],
        StepKind::LeavingDisconnects => vec![Gear, Settings, Marketo, Disconnect],
        StepKind::RemoveLeaving => vec![RemoveFromInstance],
    }
}

/// The single rule of what comes next on the way from `state` to the goal (B connected,
/// A neither connected nor in the instance). `None`: the goal is reached.
fn next_step(state: &Instance, leaving: PersonId, incoming: PersonId) -> Result<Option<PlannedStep>, CannotPlan> {
    let step = |kind, actor, action, rule: Rule| {
        debug_assert_eq!(rule, rule_for(kind));
        Ok(Some(PlannedStep { kind, actor, action, path: path_for(kind, incoming), rule }))
    };
    if state.has_access(incoming) && !state.is_connected(incoming) {
        // F2: B cannot connect while on the list; a connected admin removes the access.
        let connected = state.connected_admins();
        if let Some(&remover) = connected.iter().find(|&&a| a == leaving).or(connected.first()) {
            return step(StepKind::RemoveIncomingAccess, remover, Action::RemoveAccess { user: incoming }, Rule::F2);
        }
        // Nobody is connected: an admin free to connect (F3) does so first, A preferred.
        let free = |p: &&Person| p.role == Role::Admin && p.id != incoming && !state.has_access(p.id);
        let helper = state.person(leaving).filter(free).or_else(|| state.people.iter().find(free));
        return match helper {
            Some(h) => step(StepKind::Reconnect, h.id, Action::Connect, Rule::F3),
            None => Err(CannotPlan::NobodyCanRemoveAccess),
        };
    }
    if !state.is_connected(incoming) {
        return step(StepKind::IncomingConnects, incoming, Action::Connect, Rule::F3);
    }
    if state.is_connected(leaving) {
        return step(StepKind::LeavingDisconnects, leaving, Action::Disconnect, Rule::F4);
    }
    if state.contains(leaving) && !state.must_keep(leaving) {
        return step(StepKind::RemoveLeaving, incoming, Action::RemovePerson { person: leaving }, Rule::F5);
    }
    Ok(None)
}

/// The steps `now` needs that the practice's initial plan did not: what a mistake added.
pub fn recovery_needed(initial: &Plan, now: &Result<Plan, CannotPlan>) -> Vec<StepKind> {
    now.as_ref()
        .map(|p| p.steps.iter().map(|s| s.kind).filter(|k| !initial.steps.iter().any(|i| i.kind == *k)).collect())
        .unwrap_or_default()
}

/// Guide mode: the plan's steps (and skipped ones) with the reader's ticks.
pub fn guide(plan: &Plan, ticked: &[StepKind], incoming: PersonId) -> Vec<TrackedStep> {
    let planned = plan.steps.iter().map(|s| Draft {
        kind: s.kind,
        actor: s.actor,
        rule: s.rule,
        recovery: s.kind == StepKind::Reconnect,
        skip: None,
    });
    let skipped = plan.skipped.iter().map(|s| Draft {
        kind: s.kind,
        actor: s.actor,
        rule: rule_for(s.kind),
        recovery: false,
        skip: Some(s.reason),
    });
    finish_rows(planned.chain(skipped).collect(), |kind| ticked.contains(&kind), incoming)
}

/// Guide mode's questions about the situation today. Blank names stand for "Admin A" and
/// "Admin B" in the reader's language. A name that looks like a pasted secret is refused
/// when read back (storage, files, links): the widget never keeps one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawSituation")]
pub struct Situation {
    pub leaving_name: String,
    pub incoming_name: String,
    /// B is on the User Access list.
    pub incoming_has_access: bool,
    pub leaving_connected: bool,
    pub incoming_connected: bool,
    /// Other users reach Marketo through the integration.
    pub others_rely: bool,
    /// The leaving admin is the instance's original user (the first invite went to them).
    /// Saved before the question existed: not sure (and "not sure" is written as before,
    /// by leaving it out, so an older build reads the text unchanged).
    #[serde(default, skip_serializing_if = "Unsure::is_not_sure")]
    pub leaving_is_original: Unsure,
    /// Data sync has been initiated on the instance.
    #[serde(default, skip_serializing_if = "Unsure::is_not_sure")]
    pub data_sync_started: Unsure,
}

#[derive(Deserialize)]
struct RawSituation {
    leaving_name: String,
    incoming_name: String,
    incoming_has_access: bool,
    leaving_connected: bool,
    incoming_connected: bool,
    others_rely: bool,
    #[serde(default)]
    leaving_is_original: Unsure,
    #[serde(default)]
    data_sync_started: Unsure,
}

/// Why stored or shared answers were not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LooksLikeSecret;

impl std::fmt::Display for LooksLikeSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a name looks like a secret")
    }
}

impl TryFrom<RawSituation> for Situation {
    type Error = LooksLikeSecret;
    fn try_from(raw: RawSituation) -> Result<Self, LooksLikeSecret> {
        if [&raw.leaving_name, &raw.incoming_name].iter().any(|n| crate::s2s::looks_like_secret(n)) {
            return Err(LooksLikeSecret);
        }
        Ok(Situation {
            leaving_name: raw.leaving_name,
            incoming_name: raw.incoming_name,
            incoming_has_access: raw.incoming_has_access,
            leaving_connected: raw.leaving_connected,
            incoming_connected: raw.incoming_connected,
            others_rely: raw.others_rely,
            leaving_is_original: raw.leaving_is_original,
            data_sync_started: raw.data_sync_started,
        })
    }
}

/// An answer the reader may not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Unsure {
    Yes,
    No,
    #[default]
    NotSure,
}

impl Unsure {
    pub const ALL: [Unsure; 3] = [Unsure::Yes, Unsure::No, Unsure::NotSure];

    pub fn is_not_sure(&self) -> bool {
        *self == Unsure::NotSure
    }

    /// Whether it may be so (yes, or not sure): the cautious reading.
    pub fn may_be(self) -> bool {
        self != Unsure::No
    }

    pub fn slug(self) -> &'static str {
        match self {
            Unsure::Yes => "yes",
            Unsure::No => "no",
            Unsure::NotSure => "not-sure",
        }
    }
}

impl Default for Situation {
    fn default() -> Self {
        Situation {
            leaving_name: String::new(),
            incoming_name: String::new(),
            incoming_has_access: true,
            leaving_connected: true,
            incoming_connected: false,
            others_rely: true,
            leaving_is_original: Unsure::NotSure,
            data_sync_started: Unsure::NotSure,
        }
    }
}

/// Why the answers describe no possible situation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SituationError {
    LeavingName(NameError),
    IncomingName(NameError),
    /// Replaying how the situation came about met a rule (the answers contradict it).
    Replay(Box<Rejection<Refusal, Hazard>>),
}

/// The people a situation is built with.
pub struct Built {
    pub instance: Instance,
    pub leaving: PersonId,
    pub incoming: PersonId,
}

impl Situation {
    /// Builds the instance these answers describe by replaying how it came about (A
    /// connected first and granted access; B connected; A disconnected), so the result obeys
    /// every rule. The same name typed twice is one person (the planner then refuses).
    /// "Not sure" about the original user or data sync is read the cautious way (C1).
    pub fn build(&self) -> Result<Built, SituationError> {
        let mut inst = Instance::new();
        let leaving = inst.add_person(&self.leaving_name, Role::Admin).map_err(SituationError::LeavingName)?;
        let incoming_name = clean_name(&self.incoming_name).map_err(SituationError::IncomingName)?;
        if same_person(&self.leaving_name, &incoming_name) {
            return Ok(Built { instance: inst, leaving, incoming: leaving });
        }
        let incoming = inst.push_person(incoming_name, Role::Admin);
        let mut users = Vec::new();
        if self.incoming_has_access {
            users.push(incoming);
        }
        if self.others_rely {
            users.push(inst.push_person(OTHERS.to_string(), Role::User));
        }
        let step = |inst: Instance, actor: PersonId, action: Action| -> Result<Instance, SituationError> {
            inst.apply(&actor, &action, Confirmation::Confirmed, GRANT_WAIT)
                .map(|applied| applied.state)
                .map_err(|e| SituationError::Replay(Box::new(e)))
        };
        inst = step(inst, leaving, Action::Connect)?;
        // B on the list and connected: B connected before being granted access (an admin
        // on the list cannot connect, F2).
        if self.incoming_connected && self.incoming_has_access {
            inst = step(inst, incoming, Action::Connect)?;
        }
        if !users.is_empty() {
            inst = step(inst, leaving, Action::GrantAccess { users, workspace: None })?;
        }
        if self.incoming_connected && !self.incoming_has_access {
            inst = step(inst, incoming, Action::Connect)?;
        }
        if !self.leaving_connected {
            inst = step(inst, leaving, Action::Disconnect)?;
        }
        let original = self.leaving_is_original.may_be().then_some(leaving);
        let inst = inst.with_original_user(original, self.data_sync_started.may_be());
        Ok(Built { instance: inst, leaving, incoming })
    }
}

/// The stand-in name of "the other users" in a guide situation (the screen names them in
/// the reader's language).
pub const OTHERS: &str = "…";

/// The people of the training scenario, in each language: Admin A (holds the
/// connection), Admin B (an admin on the User Access list), two users who rely on the
/// integration, and another admin who is free to connect.
pub fn sample_people(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::En => ["Ana Lima", "Bo Park", "Chen Wei", "Dana Kim", "Eli Ruiz"],
        Lang::Ko => ["김하나", "박보람", "이서준", "정다은", "최민호"],
        Lang::Ja => ["佐藤 杏奈", "鈴木 望", "高橋 健", "田中 奈美", "山本 英治"],
    }
}

/// What a handoff practice remembers beyond the instance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiaMemory {
    /// Everyone who was ever in the instance, for names in the log.
    pub roster: Vec<Person>,
    pub leaving: PersonId,
    pub incoming: PersonId,
    /// The plan the practice started with.
    pub initial: Plan,
    /// Recovery steps mistakes made necessary so far (kept on the checklist once done).
    pub recovered: Vec<StepKind>,
    /// Users lost Marketo at some point of this practice.
    pub outage: bool,
}

impl Practised for Instance {
    type Memory = SiaMemory;

    fn remember(&self, memory: &mut SiaMemory, effects: &[Effect]) {
        let now = plan(self, memory.leaving, memory.incoming);
        for kind in recovery_needed(&memory.initial, &now) {
            if !memory.recovered.contains(&kind) {
                memory.recovered.push(kind);
            }
        }
        if effects.iter().any(|e| matches!(e, Effect::IntegrationDown { users_lost, .. } if !users_lost.is_empty())) {
            memory.outage = true;
        }
    }

    fn next_actor(&self, memory: &SiaMemory, current: &PersonId) -> PersonId {
        [*current, memory.incoming, memory.leaving]
            .into_iter()
            .find(|p| self.contains(*p))
            .or_else(|| self.people.first().map(|p| p.id))
            .unwrap_or(*current)
    }

    fn fits(&self, memory: &SiaMemory, acting_as: &PersonId) -> bool {
        let known = |id: PersonId| memory.roster.iter().any(|p| p.id == id);
        let roster_ok = memory.roster.iter().enumerate().all(|(i, p)| {
            clean_name(&p.name).as_deref() == Ok(p.name.as_str()) && !memory.roster[..i].iter().any(|q| q.id == p.id)
        });
        roster_ok
            && memory.leaving != memory.incoming
            && known(memory.leaving)
            && known(memory.incoming)
            && self.contains(*acting_as)
            && self.people.iter().all(|p| memory.roster.contains(p))
            && memory.initial.steps.iter().all(|s| known(s.actor))
    }

    fn is_mistake(effect: &Effect) -> bool {
        matches!(effect, Effect::IntegrationDown { users_lost, .. } if !users_lost.is_empty())
            || matches!(effect, Effect::OriginalUserRemoved { .. })
    }

    fn fixes(mistake: &Effect, later: &Effect) -> bool {
        matches!((mistake, later), (Effect::IntegrationDown { .. }, Effect::IntegrationRestored { .. }))
    }
}

/// A handoff practice.
pub type SiaSession = Session<Instance>;

/// The practice checklist and verdict, computed once per change.
#[derive(Clone, Debug, PartialEq)]
pub struct SiaProgress {
    pub steps: Vec<TrackedStep>,
    /// B is connected and A is gone: the handoff is complete.
    pub complete: bool,
    /// No plan reaches the goal from here.
    pub cannot: Option<CannotPlan>,
}

impl Session<Instance> {
    /// A person's name, also after they were removed.
    pub fn name(&self, id: PersonId) -> &str {
        self.memory().roster.iter().find(|p| p.id == id).map_or("", |p| p.name.as_str())
    }

    /// The checklist, ticked by the state reached, with recovery steps a mistake added.
    pub fn progress(&self) -> SiaProgress {
        let m = self.memory();
        let now = plan(self.state(), m.leaving, m.incoming);
        let steps = track(&m.initial, &m.recovered, &now, m.leaving, m.incoming);
        let complete = now.as_ref().is_ok_and(Plan::is_done);
        SiaProgress { steps, complete, cannot: now.err() }
    }
}

/// A fresh handoff practice with sample names in `lang`, acting as Admin A.
pub fn practice_session(lang: Lang) -> SiaSession {
    start_session(SiaStart::Standard, lang)
}

/// Where a handoff practice starts (the trainer's scenario presets).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SiaStart {
    /// A connected; B an admin on the User Access list; two users rely on the integration.
    Standard,
    /// B has connected already (A took B's access away first).
    IncomingConnected,
    /// A disconnected before anyone else connected: the integration is down.
    LeavingDisconnected,
    /// The person taking over is not an admin.
    IncomingNotAdmin,
}

/// A handoff practice that starts at `start`, with sample names in `lang`, acting as A
/// (or B, when A can no longer act).
pub fn start_session(start: SiaStart, lang: Lang) -> SiaSession {
    let [a_name, b_name, c_name, d_name, e_name] = sample_people(lang);
    let mut inst = Instance::new();
    let a = inst.push_person(a_name.into(), Role::Admin);
    let b_role = if start == SiaStart::IncomingNotAdmin { Role::User } else { Role::Admin };
    let b = inst.push_person(b_name.into(), b_role);
    let c = inst.push_person(c_name.into(), Role::User);
    let d = inst.push_person(d_name.into(), Role::User);
    let e = inst.push_person(e_name.into(), Role::Admin);
    // The training instance's first invite went to the fifth person, and data sync runs:
    // removing them is the hazard of C1, removing A is not.
    inst = inst.with_original_user(Some(e), true);
    // Known-good set-ups (a native test checks each obeys every rule): A connected, then
    // granted access to B and both users long enough ago.
    inst.execute(&a, &Action::Connect, 0);
    inst.execute(&a, &Action::GrantAccess { users: vec![b, c, d], workspace: None }, GRANT_WAIT);
    match start {
        SiaStart::Standard | SiaStart::IncomingNotAdmin => {}
        SiaStart::IncomingConnected => {
            inst.execute(&a, &Action::RemoveAccess { user: b }, 2 * GRANT_WAIT);
            inst.execute(&b, &Action::Connect, 2 * GRANT_WAIT);
        }
        SiaStart::LeavingDisconnected => {
            inst.execute(&a, &Action::Disconnect, 2 * GRANT_WAIT);
        }
    }
    let initial = plan(&inst, a, b).unwrap_or(Plan { steps: Vec::new(), skipped: Vec::new() });
    let memory = SiaMemory {
        roster: inst.people.clone(),
        leaving: a,
        incoming: b,
        initial,
        recovered: Vec::new(),
        outage: start == SiaStart::LeavingDisconnected,
    };
    Session::new(inst, memory, a)
}

/// One answer of the handoff guide (serialized as the schema-1 field names were).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SiaField {
    LeavingName,
    IncomingName,
    IncomingHasAccess,
    LeavingConnected,
    IncomingConnected,
    OthersRely,
    LeavingIsOriginal,
    DataSyncStarted,
}

/// Flow 1 in the common saved shape.
#[derive(Clone, Debug, PartialEq)]
pub struct Handoff;

impl FlowSpec for Handoff {
    const FLOW: crate::saved::Flow = crate::saved::Flow::SiaHandoff;
    type Answers = Situation;
    type Field = SiaField;
    type Step = StepKind;
    type Engine = Instance;

    fn fields() -> Vec<SiaField> {
        use SiaField::*;
        vec![
            LeavingName,
            IncomingName,
            IncomingHasAccess,
            LeavingConnected,
            IncomingConnected,
            OthersRely,
            LeavingIsOriginal,
            DataSyncStarted,
        ]
    }

    fn copy_field(to: &mut Situation, from: &Situation, field: SiaField) {
        match field {
            SiaField::LeavingName => to.leaving_name.clone_from(&from.leaving_name),
            SiaField::IncomingName => to.incoming_name.clone_from(&from.incoming_name),
            SiaField::IncomingHasAccess => to.incoming_has_access = from.incoming_has_access,
            SiaField::LeavingConnected => to.leaving_connected = from.leaving_connected,
            SiaField::IncomingConnected => to.incoming_connected = from.incoming_connected,
            SiaField::OthersRely => to.others_rely = from.others_rely,
            SiaField::LeavingIsOriginal => to.leaving_is_original = from.leaving_is_original,
            SiaField::DataSyncStarted => to.data_sync_started = from.data_sync_started,
        }
    }

    fn fresh_practice(lang: Lang) -> SiaSession {
        practice_session(lang)
    }

    fn preset_practice(preset: crate::presets::Preset, lang: Lang) -> Option<SiaSession> {
        preset.sia(lang)
    }

    fn goal_reached(preset: crate::presets::Preset, session: &SiaSession) -> bool {
        crate::presets::sia_goal_reached(preset, session)
    }
}

/// What flow 1 saved in schema 1.
#[derive(Deserialize)]
pub struct SiaV1 {
    mode: Mode,
    lang: Option<Lang>,
    situation: Situation,
    ticks: std::collections::BTreeMap<StepKind, bool>,
    practice: Option<SiaPracticeV1>,
    stamps: std::collections::BTreeMap<String, Millis>,
}

#[derive(Deserialize)]
struct SiaPracticeV1 {
    instance: Instance,
    roster: Vec<Person>,
    leaving: PersonId,
    incoming: PersonId,
    initial: Plan,
    recovered: Vec<StepKind>,
    acting_as: PersonId,
    /// Newest first.
    log: Vec<SiaLogV1>,
}

#[derive(Deserialize)]
struct SiaLogV1 {
    actor: PersonId,
    action: Action,
    effects: Vec<Effect>,
}

impl Schema for Saved<Handoff> {
    const SCHEMA: u32 = crate::saved::SCHEMA;
    type V1 = SiaV1;

    fn from_v1(old: SiaV1) -> Option<Self> {
        let practice = old.practice.map(|p| {
            let outage = p.log.iter().any(|e| {
                e.effects
                    .iter()
                    .any(|x| matches!(x, Effect::IntegrationDown { users_lost, .. } if !users_lost.is_empty()))
            });
            let memory = SiaMemory {
                roster: p.roster,
                leaving: p.leaving,
                incoming: p.incoming,
                initial: p.initial,
                recovered: p.recovered,
                outage,
            };
            // Schema 1 kept no times; its log was newest first.
            let log =
                p.log.into_iter().rev().map(|e| Entry { actor: e.actor, action: e.action, effects: e.effects, at: 0 });
            Session::restore(p.instance, memory, p.acting_as, log)
        });
        V1Common::<Handoff> {
            mode: old.mode,
            lang: old.lang,
            answers: old.situation,
            ticks: old.ticks,
            practice,
            stamps: old.stamps,
        }
        .into_saved()
    }
}
