//! The guide's questions about the situation today, and the instance they describe.

use crate::engine::Engine;

use serde::{Deserialize, Serialize};

use super::{
    clean_name, same_person, Action, Confirmation, Hazard, Instance, NameError, PersonId, Refusal, Rejection, Role,
    GRANT_WAIT,
};

/// Guide mode's questions about the situation today. Blank names stand for "Admin A" and
/// "Admin B" in the reader's language. A name that looks like a pasted secret is refused
/// when read back (storage, files, links): the widget never keeps one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawSituation")]
pub struct Situation {
    pub(crate) leaving_name: String,
    pub(crate) incoming_name: String,
    /// B is on the User Access list.
    pub(crate) incoming_has_access: bool,
    pub(crate) leaving_connected: bool,
    pub(crate) incoming_connected: bool,
    /// Other users reach Marketo through the integration.
    pub(crate) others_rely: bool,
    /// The leaving admin is the instance's original user (the first invite went to them).
    /// Saved before the question existed: not sure (and "not sure" is written as before,
    /// by leaving it out, so an older build reads the text unchanged).
    #[serde(default, skip_serializing_if = "Unsure::is_not_sure")]
    pub(crate) leaving_is_original: Unsure,
    /// Data sync has been initiated on the instance.
    #[serde(default, skip_serializing_if = "Unsure::is_not_sure")]
    pub(crate) data_sync_started: Unsure,
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
    /// These answers with one more, checked as the widget checks it (no secret, not too
    /// long): the only way to change them outside the domain.
    pub fn with(mut self, answer: super::SiaAnswer) -> Result<Situation, crate::flows::Refused> {
        <super::Handoff as crate::saved::FlowSpec>::apply(&mut self, answer)?;
        Ok(self)
    }

    /// The leaving admin's name as typed (blank: not given).
    pub fn leaving_name(&self) -> &str {
        &self.leaving_name
    }

    /// The incoming admin's name as typed (blank: not given).
    pub fn incoming_name(&self) -> &str {
        &self.incoming_name
    }

    /// Whether B is on the User Access list.
    pub fn incoming_has_access(&self) -> bool {
        self.incoming_has_access
    }

    pub fn leaving_connected(&self) -> bool {
        self.leaving_connected
    }

    pub fn incoming_connected(&self) -> bool {
        self.incoming_connected
    }

    /// Whether other users reach Marketo through the integration.
    pub fn others_rely(&self) -> bool {
        self.others_rely
    }

    /// Whether the leaving admin is the instance's original user.
    pub fn leaving_is_original(&self) -> Unsure {
        self.leaving_is_original
    }

    /// Whether data sync has been initiated on the instance.
    pub fn data_sync_started(&self) -> Unsure {
        self.data_sync_started
    }

    /// The situation as planned: a blank name stands for the admin's role, named in the
    /// reader's language (`leaving`, `incoming`: "Admin A", "Admin B").
    pub fn with_default_names(&self, leaving: &str, incoming: &str) -> Situation {
        let mut x = self.clone();
        for (name, fallback) in [(&mut x.leaving_name, leaving), (&mut x.incoming_name, incoming)] {
            if name.trim().is_empty() {
                *name = fallback.to_string();
            }
        }
        x
    }

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
