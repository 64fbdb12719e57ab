//! A practice session: the simulated state of one flow, who is acting, what the trainee
//! did (a bounded activity log) and what the flow remembers about it (recovery steps, an
//! outage). Both flows share it; a flow adds its own memory through [`Practised`].
//!
//! The UI calls one method, [`Session::act`], and renders what comes back. "What happens
//! when a trainee presses a button" is this file plus the flow's engine.

use std::collections::VecDeque;
use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::engine::{Confirmation, Engine, Rejection};
use crate::Millis;

/// How many activity-log entries a session keeps (newest first on screen). Older entries
/// are counted, not kept, so what is saved and rendered stays bounded however long a
/// training room practises, and an action costs the same after ten or ten thousand.
pub const LOG_KEEP: usize = 40;

/// Plain data a session can hold and save.
pub trait Data: Clone + PartialEq + Debug + Serialize + DeserializeOwned + Send + Sync + 'static {}
impl<T: Clone + PartialEq + Debug + Serialize + DeserializeOwned + Send + Sync + 'static> Data for T {}

/// An engine that can be practised: what the flow remembers beyond its state, and who
/// acts when the current actor no longer can.
pub trait Practised: Engine<Actor: Data, Action: Data, Effect: Data, Refusal: Data, Hazard: Data> + Data {
    /// The flow's own bookkeeping (for the handoff: the plan the practice started with,
    /// recovery steps a mistake added, whether users ever lost Marketo).
    type Memory: Data;

    /// Updates the memory after an action changed the state to `self`.
    fn remember(&self, memory: &mut Self::Memory, effects: &[Self::Effect]);

    /// Who acts next: `current` while they still can, else someone who can.
    fn next_actor(&self, memory: &Self::Memory, current: &Self::Actor) -> Self::Actor;

    /// Whether a stored memory and actor fit this state (checked when a session is read).
    fn fits(&self, memory: &Self::Memory, acting_as: &Self::Actor) -> bool;

    /// Whether an effect is the consequence of a mistake (users cut off, a secret lost…),
    /// for the trainer's summary.
    fn is_mistake(effect: &Self::Effect) -> bool;

    /// Whether a later effect puts right what the `mistake` effect broke.
    fn fixes(mistake: &Self::Effect, later: &Self::Effect) -> bool;
}

/// A mistake in the kept log, and when (if ever) it was put right.
#[derive(Clone, Debug, PartialEq)]
pub struct Mistake<'a, E: Practised> {
    /// The entry whose effect was the mistake.
    pub entry: &'a Entry<E>,
    pub effect: &'a E::Effect,
    /// The entry that put it right, if one did.
    pub fixed_by: Option<&'a Entry<E>>,
}

/// What pressing a button gives: the effects, or why nothing happened.
pub type Acted<E> = Result<Vec<<E as Engine>::Effect>, Rejection<<E as Engine>::Refusal, <E as Engine>::Hazard>>;

/// One line of the activity log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Entry<E: Practised> {
    pub actor: E::Actor,
    pub action: E::Action,
    pub effects: Vec<E::Effect>,
    pub at: Millis,
}

/// A practice session. It always exists: a fresh one comes from the flow's scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound = "", try_from = "RawSession<E>")]
pub struct Session<E: Practised> {
    state: E,
    memory: E::Memory,
    acting_as: E::Actor,
    /// The newest [`LOG_KEEP`] entries, oldest first.
    log: VecDeque<Entry<E>>,
    /// How many older entries were let go.
    earlier: u64,
}

#[derive(Deserialize)]
#[serde(bound = "")]
struct RawSession<E: Practised> {
    state: E,
    memory: E::Memory,
    acting_as: E::Actor,
    log: VecDeque<Entry<E>>,
    earlier: u64,
}

/// Why a stored session was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvalidSession {
    /// The memory or the acting person does not fit the state.
    DoesNotFit,
    /// More log entries than a session keeps.
    LogTooLong,
}

impl std::fmt::Display for InvalidSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InvalidSession::DoesNotFit => f.write_str("practice session: memory or actor does not fit the state"),
            InvalidSession::LogTooLong => f.write_str("practice session: activity log longer than kept"),
        }
    }
}

impl<E: Practised> TryFrom<RawSession<E>> for Session<E> {
    type Error = InvalidSession;
    fn try_from(raw: RawSession<E>) -> Result<Self, Self::Error> {
        if raw.log.len() > LOG_KEEP {
            return Err(InvalidSession::LogTooLong);
        }
        if !raw.state.fits(&raw.memory, &raw.acting_as) {
            return Err(InvalidSession::DoesNotFit);
        }
        Ok(Session {
            state: raw.state,
            memory: raw.memory,
            acting_as: raw.acting_as,
            log: raw.log,
            earlier: raw.earlier,
        })
    }
}

impl<E: Practised> Session<E> {
    /// A session that starts from a scenario's `state` (the flows' scenario functions build
    /// them; native tests check that each one [`fits`](Practised::fits)).
    pub fn new(state: E, memory: E::Memory, acting_as: E::Actor) -> Self {
        Session { state, memory, acting_as, log: VecDeque::new(), earlier: 0 }
    }

    /// Whether the memory and the acting person fit the state.
    pub fn is_consistent(&self) -> bool {
        self.state.fits(&self.memory, &self.acting_as)
    }

    pub fn state(&self) -> &E {
        &self.state
    }
    pub fn memory(&self) -> &E::Memory {
        &self.memory
    }
    pub fn acting_as(&self) -> &E::Actor {
        &self.acting_as
    }
    /// The kept entries, newest first.
    pub fn log(&self) -> impl Iterator<Item = &Entry<E>> {
        self.log.iter().rev()
    }
    /// How many earlier actions are no longer listed.
    pub fn earlier(&self) -> u64 {
        self.earlier
    }
    /// The kept entries, oldest first (for a summary that reads in order).
    pub fn history(&self) -> impl Iterator<Item = &Entry<E>> {
        self.log.iter()
    }

    /// The mistakes in the kept log, oldest first, each with the entry that put it right.
    pub fn mistakes(&self) -> Vec<Mistake<'_, E>> {
        let mut found = Vec::new();
        for (i, entry) in self.log.iter().enumerate() {
            for effect in entry.effects.iter().filter(|e| E::is_mistake(e)) {
                let fixed_by =
                    self.log.iter().skip(i + 1).find(|later| later.effects.iter().any(|l| E::fixes(effect, l)));
                found.push(Mistake { entry, effect, fixed_by });
            }
        }
        found
    }

    /// Nothing has been done in this session yet.
    pub fn is_untouched(&self) -> bool {
        self.log.is_empty() && self.earlier == 0
    }

    /// Someone else takes the controls. Refused (`false`, nothing changes) when that
    /// person cannot act in this state.
    pub fn act_as(&mut self, actor: E::Actor) -> bool {
        if self.state.fits(&self.memory, &actor) {
            self.acting_as = actor;
            true
        } else {
            false
        }
    }

    /// What the rules say about the acting person doing `action` now.
    pub fn check(&self, action: &E::Action, now: Millis) -> Result<crate::engine::Allowed<E::Hazard>, E::Refusal> {
        self.state.check(&self.acting_as, action, now)
    }

    /// The trainee presses a button: `actor` does `action`. On success the state changes,
    /// the flow remembers what it needs, the log gains an entry, and the effects come back;
    /// on refusal (or a hazard not confirmed) nothing at all changes.
    pub fn act(&mut self, actor: &E::Actor, action: &E::Action, confirmation: Confirmation, now: Millis) -> Acted<E> {
        let applied = self.state.apply(actor, action, confirmation, now)?;
        self.state = applied.state;
        self.state.remember(&mut self.memory, &applied.effects);
        self.acting_as = self.state.next_actor(&self.memory, actor);
        if self.log.len() == LOG_KEEP {
            self.log.pop_front();
            self.earlier = self.earlier.saturating_add(1);
        }
        self.log.push_back(Entry {
            actor: actor.clone(),
            action: action.clone(),
            effects: applied.effects.clone(),
            at: now,
        });
        Ok(applied.effects)
    }

    /// The acting person presses a button (see [`Session::act`]).
    pub fn press(&mut self, action: &E::Action, confirmation: Confirmation, now: Millis) -> Acted<E> {
        let actor = self.acting_as.clone();
        self.act(&actor, action, confirmation, now)
    }

    /// Rebuilds a session from its parts, as a migration from an older saved shape does.
    /// The log is cut to the newest [`LOG_KEEP`] entries (given oldest first).
    pub fn restore(
        state: E,
        memory: E::Memory,
        acting_as: E::Actor,
        log: impl IntoIterator<Item = Entry<E>>,
    ) -> Option<Self> {
        if !state.fits(&memory, &acting_as) {
            return None;
        }
        let mut session = Session::new(state, memory, acting_as);
        for entry in log {
            if session.log.len() == LOG_KEEP {
                session.log.pop_front();
                session.earlier += 1;
            }
            session.log.push_back(entry);
        }
        Some(session)
    }
}
