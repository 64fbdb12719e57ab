//! The shape both engines share: look before you leap ([`Engine::check`]), then
//! [`Engine::apply`], which is written once here so that every engine gets the same
//! guarantees — a refused action changes nothing, and a hazardous one needs an explicit
//! confirmation.

use serde::{Deserialize, Serialize};

use crate::Millis;

/// Whether the person has explicitly confirmed a hazardous action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confirmation {
    NotConfirmed,
    Confirmed,
}

/// An action the rules allow, and what they say about it beforehand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Allowed<H> {
    /// Nothing to warn about.
    Safe,
    /// Allowed only with confirmation; the hazard says what will happen and why.
    Hazardous(H),
}

/// Why an action did not happen. Either way, the state is exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rejection<R, H> {
    /// The rules forbid it; the refusal names the rule and the way out.
    Refused(R),
    /// The rules allow it only with confirmation, which was not given.
    NeedsConfirmation(H),
}

/// The new state and what changed, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied<S, E> {
    pub state: S,
    pub effects: Vec<E>,
}

/// What [`Engine::apply`] returns: the new state and its effects, or why not.
pub type Outcome<E> =
    Result<Applied<E, <E as Engine>::Effect>, Rejection<<E as Engine>::Refusal, <E as Engine>::Hazard>>;

/// A rules engine: a state that actors change through actions.
pub trait Engine: Clone {
    type Actor;
    type Action;
    type Effect;
    type Refusal;
    type Hazard;

    /// What the rules say about `actor` doing `action` now, without changing anything.
    /// A UI enables a control exactly when this is `Ok`.
    fn check(
        &self,
        actor: &Self::Actor,
        action: &Self::Action,
        now: Millis,
    ) -> Result<Allowed<Self::Hazard>, Self::Refusal>;

    /// Carries out an action that [`Engine::check`] allowed. Engines implement it; callers
    /// use [`Engine::apply`].
    fn execute(&mut self, actor: &Self::Actor, action: &Self::Action, now: Millis) -> Vec<Self::Effect>;

    /// Checks, asks for confirmation where needed, and carries out the action on a copy.
    fn apply(
        &self,
        actor: &Self::Actor,
        action: &Self::Action,
        confirmation: Confirmation,
        now: Millis,
    ) -> Outcome<Self> {
        match self.check(actor, action, now) {
            Err(refusal) => Err(Rejection::Refused(refusal)),
            Ok(Allowed::Hazardous(hazard)) if confirmation == Confirmation::NotConfirmed => {
                Err(Rejection::NeedsConfirmation(hazard))
            }
            Ok(_) => {
                let mut state = self.clone();
                let effects = state.execute(actor, action, now);
                Ok(Applied { state, effects })
            }
        }
    }
}
