//! The handoff's steps: the planner (which steps remain from any state), the guide's checklist and the tracking of practice progress.

use crate::engine::Engine;

use serde::{Deserialize, Serialize};

use super::{Action, Confirmation, Instance, Person, PersonId, Role, Rule};

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
