//! The training scenario: sample people in each language, what a practice remembers, and where each preset starts.

use crate::engine::Engine;

use serde::{Deserialize, Serialize};

use super::Practised;
use super::{
    clean_name, plan, recovery_needed, track, Action, CannotPlan, Effect, Instance, Lang, Person, PersonId, Plan,
    Preset, Role, Session, StepKind, TrackedStep, GRANT_WAIT,
};

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

impl Preset {
    /// The handoff practice this preset starts (`None` for a Dynamics preset).
    pub fn sia(self, lang: Lang) -> Option<SiaSession> {
        let start = match self {
            Preset::StandardHandoff => SiaStart::Standard,
            Preset::IncomingConnected => SiaStart::IncomingConnected,
            Preset::LeavingDisconnected => SiaStart::LeavingDisconnected,
            Preset::IncomingNotAdmin => SiaStart::IncomingNotAdmin,
            _ => return None,
        };
        Some(start_session(start, lang))
    }
}

/// Whether a handoff practice that started from `preset` has reached its goal: the
/// handoff done (B connected, A gone); for the person who is not an admin, the trainee
/// has tried it as that person and seen why not, with the integration still running.
pub fn sia_goal_reached(preset: Preset, session: &SiaSession) -> bool {
    match preset {
        Preset::IncomingNotAdmin => {
            let m = session.memory();
            *session.acting_as() == m.incoming && session.state().integration_up() && !m.outage
        }
        _ => session.progress().complete,
    }
}
