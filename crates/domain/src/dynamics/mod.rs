//! Flow 2: Step 2 of 3 of the Marketo–Dynamics sync set-up — create the dedicated sync
//! user, give it the Marketo Sync User role, point the Marketo solution at it, publish, and
//! get ready for Step 3.
//!
//! [`Org`] is the state; [`Action`]s by the Dynamics admin change it through the shared
//! [`Engine`] contract; [`readiness`] gives the verdict for Step 3 and [`checklist`] the
//! Step 2 checklist, both from the one list of [`Requirement`]s.
//!
//! Split along its seams: [`model`] (the organisation), [`engine`] (actions and rules),
//! [`readiness`] (the verdict for Step 3), [`steps`] (the checklist), [`practice`] (the
//! training organisation), [`answers`] (the guide's answers) and [`flow`] (the saved shape).
//! Everything is re-exported here.

use crate::checklist::Status;
use crate::engine::{Allowed, Engine};
use crate::flows::{FlowSpec, Lang, Mode, Preset};
use crate::practice::{Entry, Practised, Session};
use crate::s2s::{
    App, AppId, AppTab, Connection, Day, NoteField, OrgUrlError, Page, Refused, Step3Notes, Tenant, PRACTICE_DOMAIN,
};
use crate::saved::{Saved, Schema, V1Common};
use crate::version::Version;
use crate::{Millis, Rule};

mod answers;
mod checklist;
mod engine;
mod flow;
mod model;
mod practice;
mod readiness;
mod steps;

pub use answers::{guide_org, Answers};
pub use checklist::{guide_checklist, practice_checklist, DynChecklist, DynDetail, SyncName};
pub use engine::{Action, DynamicsAdmin, Effect, Hazard, Refusal, WayOut, Why};
pub use flow::{shown_connection, DynAnswer, DynField, DynV1, DynamicsStep2};
pub use model::{InvalidOrg, Org, TextProblem, User, UserId, UserKind, FILTER_FIELD, MAX_TEXT_CHARS};
pub use practice::{
    dynamics_goal_reached, practice_scenario, practice_session, practice_session_for, sample_sync_user, sample_users,
    start_session, DynSession, DynStart, PRACTICE_VERSIONS,
};
pub use readiness::{
    guide_readiness, readiness, requirements, Blocker, NotApplicable, Readiness, Requirement, Warning,
};
pub use steps::{checklist, step_defs, ChecklistRow, Crumb, Field, Note, Section, StepDef, StepId};
// For the other files of this module only.
use model::{app_user_email, clean_app_name, clean_description, name_problem};
