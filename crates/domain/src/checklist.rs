//! What a checklist step's status can be, shared by both flows. The statuses are words,
//! not colours: a screen shows them as text.

use serde::{Deserialize, Serialize};

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

/// "N of M done" over the steps that apply.
pub fn count_done<W, S>(statuses: &[Status<W, S>]) -> (usize, usize) {
    let applicable = statuses.iter().filter(|s| !s.is_skipped()).count();
    let done = statuses.iter().filter(|s| s.is_done()).count();
    (done, applicable)
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
