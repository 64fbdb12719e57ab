//! The people, their roles, connections and grants: the state of one Marketo instance as the handoff sees it, and the names people are given.

use crate::engine::Engine;

use serde::{Deserialize, Serialize};

use super::{Action, Millis, Refusal};

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
    pub(super) people: Vec<Person>,
    pub(super) connections: Vec<Connection>,
    pub(super) access: Vec<Grant>,
    pub(super) next_id: u32,
    /// The instance's original user (the first invite went to them), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) original: Option<PersonId>,
    /// Data sync has been initiated on this instance (C1: the original user then stays).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(super) data_sync: bool,
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

    pub(super) fn push_person(&mut self, name: String, role: Role) -> PersonId {
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
    pub(super) fn connected_admins(&self) -> Vec<PersonId> {
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
