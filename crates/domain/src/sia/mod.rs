//! Flow 1: handing the Sales Insight Actions Marketo integration from the admin who
//! connected it (A) to a new admin (B) without cutting off the other users.
//!
//! [`Instance`] is the state; [`Action`]s by a [`PersonId`] change it through the shared
//! [`Engine`] contract; [`plan`] says, from any state, which steps remain.
//!
//! Split along its seams: [`model`] (the instance), [`engine`] (actions and rules),
//! [`steps`] (planner and checklists), [`answers`] (the guide's questions), [`practice`]
//! (the training scenario) and [`flow`] (the saved shape). Everything is re-exported here.

use crate::engine::{Allowed, Confirmation, Engine, Rejection};
use crate::flows::{FlowSpec, Lang, Mode, Preset};
use crate::practice::{Entry, Practised, Session};
use crate::saved::{Saved, Schema, V1Common};
use crate::{Millis, Rule};

mod answers;
mod checklist;
mod engine;
mod flow;
mod model;
mod practice;
mod steps;

pub use answers::{Built, LooksLikeSecret, Situation, SituationError, Unsure, OTHERS};
pub use checklist::{practice_checklist, Errata, GuidePlan, GuideProblem, SiaChecklist, SiaDetail};
pub use engine::{Action, Effect, Hazard, Refusal, WayOut, Why};
pub use flow::{Handoff, SiaAnswer, SiaField, SiaV1};
pub use model::{
    clean_name, same_person, Connection, Grant, Instance, InvalidInstance, NameError, Person, PersonId, Role,
    Workspace, GRANT_WAIT, MAX_NAME_CHARS, MAX_WORKSPACE_CHARS,
};
pub use practice::{
    practice_session, sample_people, sia_goal_reached, start_session, SiaMemory, SiaProgress, SiaSession, SiaStart,
};
pub use steps::{
    guide, plan, recovery_needed, rule_for, track, CannotPlan, Crumb, Plan, PlannedStep, SkipReason, SkippedStep,
    StepKind, TrackedStep, HANDOFF_STEPS,
};
