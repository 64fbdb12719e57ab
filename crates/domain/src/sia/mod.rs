//! Flow 1: handing the Sales Insight Actions Marketo integration from the admin who
//! connected it (A) to a new admin (B) without cutting off the other users.
//!
//! [`Instance`] is the state; [`Action`]s by a [`PersonId`] change it through the shared
//! [`Engine`] contract; [`plan`] says, from any state, which steps remain.
//!
//! Split along its seams: [`model`] (the instance), [`engine`] (actions and rules),
//! [`steps`] (planner and checklists), [`answers`] (the guide's questions), [`practice`]
//! (the training scenario) and [`flow`] (the saved shape). Everything is re-exported here.

use serde::{Deserialize, Serialize};

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

pub use answers::*;
pub use checklist::*;
pub use engine::*;
pub use flow::*;
pub use model::*;
pub use practice::*;
pub use steps::*;
