//! What a checklist step's status can be, shared by both flows. The statuses are words,
//! not colours: a screen shows them as text.

use serde::{Deserialize, Serialize};

use crate::sources::Source;

/// A step's stable id: typed in code, a fixed slug in element ids and links (never
/// changes with the language or the order of steps).
pub trait StepKey: Copy + Eq + Ord + std::hash::Hash + std::fmt::Debug + Send + Sync + 'static {
    fn slug(self) -> &'static str;
}

/// The status of one step, derived from state (practice) or from ticks (guide).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status<Who, Skip> {
    /// Done.
    Done,
    /// The first step not done yet: the one to do now.
    Current,
    /// Not done; someone else has to act first (the step they wait for is earlier).
    Waiting { on: Who },
    /// Not done and not next.
    Later,
    /// Does not apply here, and why.
    Skipped(Skip),
}

impl<W, S> Status<W, S> {
    pub fn is_done(&self) -> bool {
        matches!(self, Status::Done)
    }
    pub fn is_skipped(&self) -> bool {
        matches!(self, Status::Skipped(_))
    }
}

/// Who a step is for, as the checklist shows it: the role (a badge) and the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub role: Role,
    /// The person's name; `None` where the guide names nobody (the other users).
    pub name: Option<String>,
}

/// The part a person plays in a checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// The admin handing the integration over (Admin A).
    Leaving,
    /// The admin taking it over (Admin B).
    Incoming,
    /// Another admin, or the users who rely on the integration.
    Other,
}

/// One step of a checklist: its status, who does it, where it comes from, and the flow's
/// own detail (where to click, notes, errata).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item<K, S, D> {
    pub key: K,
    pub status: Status<Person, S>,
    pub actor: Option<Person>,
    /// The page the step comes from (or marked as not documented).
    pub source: Source,
    /// Done by the values the reader writes down, not by a tick.
    pub auto: bool,
    pub detail: D,
}

/// How far a checklist is: steps done, steps that apply, and the current step (its
/// position among the steps that apply, from 0, and its key).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress<K> {
    pub done: usize,
    pub applicable: usize,
    pub current: Option<(usize, K)>,
}

impl<K> Progress<K> {
    /// Every step that applies is done (and at least one applies: no plan is not "done").
    pub fn complete(&self) -> bool {
        self.applicable > 0 && self.done == self.applicable && self.current.is_none()
    }
}

/// A flow's checklist, as the domain works it out: the only place progress, the current
/// step and "whose turn" are decided. At most one step is current, and it is the first
/// one not done (built by [`sequence`] or by the planner's tracking).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checklist<K, S, D> {
    items: Vec<Item<K, S, D>>,
}

impl<K: Copy + PartialEq, S, D> Checklist<K, S, D> {
    /// The checklist of no plan at all (the guide says why).
    pub fn empty() -> Self {
        Checklist { items: Vec::new() }
    }

    pub(crate) fn new(items: Vec<Item<K, S, D>>) -> Self {
        debug_assert!(items.iter().filter(|i| matches!(i.status, Status::Current)).count() <= 1);
        Checklist { items }
    }

    pub fn items(&self) -> &[Item<K, S, D>] {
        &self.items
    }

    pub fn item(&self, key: K) -> Option<&Item<K, S, D>> {
        self.items.iter().find(|i| i.key == key)
    }

    /// "N of M done" over the steps that apply, and the current step.
    pub fn progress(&self) -> Progress<K> {
        let applicable = self.items.iter().filter(|i| !i.status.is_skipped());
        Progress {
            done: self.items.iter().filter(|i| i.status.is_done()).count(),
            applicable: applicable.clone().count(),
            current: applicable.enumerate().find(|(_, i)| matches!(i.status, Status::Current)).map(|(n, i)| (n, i.key)),
        }
    }

    /// The step to do now.
    pub fn current(&self) -> Option<&Item<K, S, D>> {
        self.items.iter().find(|i| matches!(i.status, Status::Current))
    }

    /// Who did the last step done (`None` when nobody is named for it, or nothing is done).
    pub fn last_done_by(&self) -> Option<&Person> {
        self.items.iter().rev().find(|i| i.status.is_done()).and_then(|i| i.actor.as_ref())
    }

    pub fn complete(&self) -> bool {
        self.progress().complete()
    }
}

/// Orders a list of "done?" answers into statuses: every step not done before the first
/// open one is done, the first open one is current, the rest are later (or waiting on
/// someone else when `waits_on` says so).
pub fn sequence<W: Clone, S>(
    done: impl IntoIterator<Item = Result<bool, S>>,
    mut waits_on: impl FnMut(usize) -> Option<W>,
) -> Vec<Status<W, S>> {
    let mut current_given = false;
    done.into_iter()
        .enumerate()
        .map(|(i, d)| match d {
            Err(skip) => Status::Skipped(skip),
            Ok(true) => Status::Done,
            Ok(false) if !current_given => {
                current_given = true;
                Status::Current
            }
            Ok(false) => match waits_on(i) {
                Some(on) => Status::Waiting { on },
                None => Status::Later,
            },
        })
        .collect()
}
