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

use serde::{Deserialize, Serialize};

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

pub use answers::*;
pub use checklist::*;
pub use engine::*;
pub use flow::*;
pub use model::*;
pub use practice::*;
pub use readiness::*;
pub use steps::*;
