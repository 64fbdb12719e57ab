//! What people can do on the settings screens, and the rules that allow or refuse it (the shared `Engine` contract).

use serde::{Deserialize, Serialize};

use super::Engine;
use super::{Allowed, Connection, Grant, Instance, Millis, PersonId, Rule, Workspace, GRANT_WAIT};

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
                        Rule::X3,
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
                    // C2: the page gives only the safe order; this outcome is the console's.
                    effects.push(Effect::IntegrationDown { users_lost: users, documented: false });
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
