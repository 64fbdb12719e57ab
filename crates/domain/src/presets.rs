//! The trainer's scenario presets: where a practice starts, what the trainee is to reach,
//! and which rules the debrief recalls once they reach it. The presets themselves are
//! vocabulary ([`crate::flows`]); each flow's module builds its starting state
//! (`Preset::sia` in `sia::practice`, `Preset::dynamics` in `dynamics::practice`) and says
//! when its goal is reached (`sia::sia_goal_reached`, `dynamics::dynamics_goal_reached`). Native tests check that each one loads into the state it
//! promises.

pub use crate::flows::{Preset, LINK_KEY};
