//! The trainer's scenario presets: where a practice starts, what the trainee is to reach,
//! and which rules the debrief recalls once they reach it. Presets are data; each flow's
//! module builds the starting state (`sia::start_session`, `dynamics::start_session`), and
//! native tests check that each one loads into the state it promises.

use serde::{Deserialize, Serialize};

use crate::dynamics::{self, DynSession, DynStart};
use crate::saved::{Flow, Lang};
use crate::sia::{self, SiaSession, SiaStart};
use crate::Rule;

/// The key a link names a scenario with: `?mg-scenario=<slug>` or `#mg-scenario=<slug>`.
pub const LINK_KEY: &str = "mg-scenario";

/// A scenario preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Preset {
    /// A connected, B an admin with integration access, two users relying on it.
    StandardHandoff,
    /// B has already connected.
    IncomingConnected,
    /// A already disconnected, too early: the integration is down.
    LeavingDisconnected,
    /// The person taking over is not an admin.
    IncomingNotAdmin,
    /// Dynamics, today's server-to-server variant from the start.
    DynamicsStandard,
    /// Dynamics with solution 3.x.
    DynamicsSolution3,
    /// Dynamics where an existing CRM user was picked as the sync user.
    DynamicsCrmUser,
    /// Dynamics configured but not published.
    DynamicsNotPublished,
}

impl Preset {
    pub const ALL: [Preset; 8] = [
        Preset::StandardHandoff,
        Preset::IncomingConnected,
        Preset::LeavingDisconnected,
        Preset::IncomingNotAdmin,
        Preset::DynamicsStandard,
        Preset::DynamicsSolution3,
        Preset::DynamicsCrmUser,
        Preset::DynamicsNotPublished,
    ];

    pub fn flow(self) -> Flow {
        match self {
            Preset::StandardHandoff
            | Preset::IncomingConnected
            | Preset::LeavingDisconnected
            | Preset::IncomingNotAdmin => Flow::SiaHandoff,
            _ => Flow::DynamicsSyncUser,
        }
    }

    /// The stable name in links (`?scenario=…` or `#…`); never translated.
    pub fn slug(self) -> &'static str {
        match self {
            Preset::StandardHandoff => "standard-handoff",
            Preset::IncomingConnected => "incoming-connected",
            Preset::LeavingDisconnected => "leaving-disconnected",
            Preset::IncomingNotAdmin => "incoming-not-admin",
            Preset::DynamicsStandard => "dynamics-standard",
            Preset::DynamicsSolution3 => "dynamics-solution-3",
            Preset::DynamicsCrmUser => "dynamics-crm-user",
            Preset::DynamicsNotPublished => "dynamics-not-published",
        }
    }

    /// Reads a slug from a link; `None` for one no preset has.
    pub fn from_slug(slug: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.slug() == slug.trim())
    }

    /// The standard start of a flow (what a fresh practice is).
    pub fn standard(flow: Flow) -> Preset {
        match flow {
            Flow::SiaHandoff => Preset::StandardHandoff,
            Flow::DynamicsSyncUser => Preset::DynamicsStandard,
        }
    }

    /// The presets of one flow, the standard start first.
    pub fn of(flow: Flow) -> Vec<Preset> {
        Preset::ALL.into_iter().filter(|p| p.flow() == flow).collect()
    }

    /// The rules the debrief recalls once the goal is reached.
    pub fn debrief(self) -> &'static [Rule] {
        match self {
            Preset::StandardHandoff => &[Rule::F2, Rule::F4, Rule::F5],
            Preset::IncomingConnected => &[Rule::F4, Rule::F5],
            Preset::LeavingDisconnected => &[Rule::F4, Rule::F3],
            Preset::IncomingNotAdmin => &[Rule::F3],
            Preset::DynamicsStandard => &[Rule::S2, Rule::S5, Rule::S7],
            Preset::DynamicsSolution3 => &[Rule::D3],
            Preset::DynamicsCrmUser => &[Rule::D2],
            Preset::DynamicsNotPublished => &[Rule::D4],
        }
    }

    /// The handoff practice this preset starts (`None` for a Dynamics preset).
    pub fn sia(self, lang: Lang) -> Option<SiaSession> {
        let start = match self {
            Preset::StandardHandoff => SiaStart::Standard,
            Preset::IncomingConnected => SiaStart::IncomingConnected,
            Preset::LeavingDisconnected => SiaStart::LeavingDisconnected,
            Preset::IncomingNotAdmin => SiaStart::IncomingNotAdmin,
            _ => return None,
        };
        Some(sia::start_session(start, lang))
    }

    /// The Dynamics practice this preset starts (`None` for a handoff preset).
    pub fn dynamics(self, lang: Lang) -> Option<DynSession> {
        let start = match self {
            Preset::DynamicsStandard => DynStart::Standard,
            Preset::DynamicsSolution3 => DynStart::Solution3,
            Preset::DynamicsCrmUser => DynStart::CrmUserAsSyncUser,
            Preset::DynamicsNotPublished => DynStart::NotPublished,
            _ => return None,
        };
        Some(dynamics::start_session(start, lang))
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

/// Whether a Dynamics practice has reached its goal: every preset's is "ready for Step 3".
pub fn dynamics_goal_reached(_: Preset, session: &DynSession) -> bool {
    dynamics::readiness(session.state()).is_ready()
}
