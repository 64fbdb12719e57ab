//! The handoff checklist as a reader gets it: in the guide, the plan the answers give
//! (blank names standing for the admins' roles); in practice, the steps tracked from the
//! state. Who does each step (role and person) and which errata of the reader's language
//! go with which step are decided here; the view only puts them into words.

use crate::checklist::{Checklist, Item, Person, Role as Part, Status};
use crate::sources::{Cited, Source};
use serde::{Deserialize, Serialize};

use super::{
    guide, plan, CannotPlan, Crumb, Lang, PersonId, Plan, Rule, SiaSession, Situation, SituationError, SkipReason,
    StepKind, TrackedStep,
};

/// Where a translated source page says something the English original does not; shown
/// beside the step it concerns, in the languages whose page has the slip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Errata {
    /// Every language: the step's instructions say "Disconnect" where the page's own
    /// summary means "Connect".
    StepSlip,
    /// Korean and Japanese: the pages say the other admins "cannot connect" where the
    /// original says they get no clickable Disconnect (rule F1).
    CannotConnect,
    /// Korean: the admin setup guide's original-user caution reads as "must remove".
    OriginalUser,
}

impl Errata {
    /// Whether the reader's language's page has this slip.
    pub fn applies(self, lang: Lang) -> bool {
        match self {
            Errata::StepSlip => true,
            Errata::CannotConnect => matches!(lang, Lang::Ko | Lang::Ja),
            Errata::OriginalUser => lang == Lang::Ko,
        }
    }

    /// The page (and part) the errata is about.
    pub fn source(self) -> Source {
        match self {
            Errata::StepSlip => StepKind::IncomingConnects.source(),
            Errata::CannotConnect => Rule::F1.source(),
            Errata::OriginalUser => SkipReason::KeepOriginalUser.source(),
        }
    }
}

/// What a handoff step shows beyond its status: where to click, whether a mistake made it
/// necessary, and the errata that go with it (for a skipped step: with its reason).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiaDetail {
    pub path: Vec<Crumb>,
    pub recovery: bool,
    pub errata: Vec<Errata>,
    /// The people the path names (the one to search for).
    pub people: Vec<(PersonId, Person)>,
    /// The admins handing over and taking over, for texts that name both.
    pub leaving: String,
    pub incoming: String,
}

pub type SiaChecklist = Checklist<StepKind, SkipReason, SiaDetail>;

/// Why the guide has no plan: the answers (a name) or the situation they describe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuideProblem {
    Answers(SituationError),
    Plan(CannotPlan),
}

/// The guide's answers as planned: blank names filled in with the admins' roles, and the
/// plan they give (or why none). Ticks do not change it.
#[derive(Clone, Debug, PartialEq)]
pub struct GuidePlan {
    pub situation: Situation,
    planned: Result<(Plan, PersonId, PersonId), GuideProblem>,
}

impl GuidePlan {
    /// `defaults`: how the reader's language names Admin A and Admin B (a blank name
    /// stands for them).
    pub fn new(answers: &Situation, defaults: [&str; 2]) -> GuidePlan {
        let situation = answers.with_default_names(defaults[0], defaults[1]);
        let planned = match situation.build() {
            Err(e) => Err(GuideProblem::Answers(e)),
            Ok(b) => {
                plan(&b.instance, b.leaving, b.incoming).map(|p| (p, b.leaving, b.incoming)).map_err(GuideProblem::Plan)
            }
        };
        GuidePlan { situation, planned }
    }

    pub fn problem(&self) -> Option<&GuideProblem> {
        self.planned.as_ref().err()
    }

    /// The checklist with the reader's ticks (empty when there is no plan).
    pub fn checklist(&self, ticked: &[StepKind], lang: Lang) -> SiaChecklist {
        let Ok((plan, a, b)) = &self.planned else { return Checklist::empty() };
        let (a, b) = (*a, *b);
        let sit = &self.situation;
        // The guide names the two admins only; anyone else is "the other users".
        let name = |id: PersonId| {
            if id == a {
                Some(sit.leaving_name.trim().to_string())
            } else if id == b {
                Some(sit.incoming_name.trim().to_string())
            } else {
                None
            }
        };
        items(&guide(plan, ticked, b), &name, a, b, lang)
    }
}

/// The practice checklist: the steps tracked from the session's state.
pub fn practice_checklist(session: &SiaSession, steps: &[TrackedStep], lang: Lang) -> SiaChecklist {
    let m = session.memory();
    items(steps, &|id| Some(session.name(id).to_string()), m.leaving, m.incoming, lang)
}

fn items(
    steps: &[TrackedStep],
    name: &dyn Fn(PersonId) -> Option<String>,
    leaving: PersonId,
    incoming: PersonId,
    lang: Lang,
) -> SiaChecklist {
    let person = |id: PersonId| Person {
        role: if id == leaving {
            Part::Leaving
        } else if id == incoming {
            Part::Incoming
        } else {
            Part::Other
        },
        name: name(id),
    };
    let (a, b) = (name(leaving).unwrap_or_default(), name(incoming).unwrap_or_default());
    let list = steps
        .iter()
        .map(|s| {
            let errata = match (&s.status, s.kind) {
                (Status::Skipped(SkipReason::KeepOriginalUser), _) => vec![Errata::OriginalUser],
                (Status::Skipped(_), _) => vec![],
                (_, StepKind::IncomingConnects) => vec![Errata::StepSlip],
                (_, StepKind::LeavingDisconnects) => vec![Errata::CannotConnect],
                _ => vec![],
            };
            let status = match &s.status {
                Status::Done => Status::Done,
                Status::Current => Status::Current,
                Status::Waiting { on } => Status::Waiting { on: person(*on) },
                Status::Later => Status::Later,
                Status::Skipped(r) => Status::Skipped(*r),
            };
            Item {
                key: s.kind,
                status,
                actor: Some(person(s.actor)),
                source: s.kind.source(),
                auto: false,
                detail: SiaDetail {
                    people: s
                        .path
                        .iter()
                        .filter_map(|c| match c {
                            Crumb::SearchFor(p) => Some((*p, person(*p))),
                            _ => None,
                        })
                        .collect(),
                    path: s.path.clone(),
                    recovery: s.recovery,
                    errata: errata.into_iter().filter(|e| e.applies(lang)).collect(),
                    leaving: a.clone(),
                    incoming: b.clone(),
                },
            }
        })
        .collect();
    Checklist::new(list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Role as Part;
    use crate::sia::Unsure;

    const DEFAULTS: [&str; 2] = ["Admin A", "Admin B"];

    fn answered(leaving: &str, incoming: &str) -> Situation {
        Situation { leaving_name: leaving.into(), incoming_name: incoming.into(), ..Situation::default() }
    }

    #[test]
    fn blank_names_stand_for_the_admins_roles_and_the_plan_names_who_does_each_step() {
        let plan = GuidePlan::new(&answered("  ", ""), DEFAULTS);
        assert_eq!(plan.problem(), None);
        let list = plan.checklist(&[], Lang::En);
        let first = list.current().expect("a current step");
        let actor = first.actor.as_ref().unwrap();
        assert!(matches!(actor.role, Part::Leaving | Part::Incoming));
        let who = actor.name.as_deref().unwrap();
        assert!(who == "Admin A" || who == "Admin B", "{who}");
        assert_eq!(first.detail.leaving, "Admin A");
        assert_eq!(first.detail.incoming, "Admin B");
    }

    #[test]
    fn the_same_name_twice_gives_no_checklist_and_says_why() {
        let plan = GuidePlan::new(&answered("Ana Lima", " ana lima "), DEFAULTS);
        assert!(plan.problem().is_some());
        assert!(plan.checklist(&[], Lang::En).items().is_empty());
        assert!(!plan.checklist(&[], Lang::En).complete());
    }

    #[test]
    fn progress_current_and_last_done_by_follow_the_ticks() {
        let plan = GuidePlan::new(&answered("Ana Lima", "Bo Park"), DEFAULTS);
        let fresh = plan.checklist(&[], Lang::En);
        let p = fresh.progress();
        assert_eq!(p.done, 0);
        assert!(p.applicable > 0);
        let (at, first) = p.current.unwrap();
        assert_eq!(at, 0);
        assert_eq!(fresh.last_done_by(), None);
        let ticked = plan.checklist(&[first], Lang::En);
        assert_eq!(ticked.progress().done, 1);
        assert_eq!(ticked.progress().current.map(|(n, _)| n), Some(1));
        assert_eq!(ticked.last_done_by(), ticked.item(first).unwrap().actor.as_ref());
        let all: Vec<StepKind> = fresh.items().iter().map(|i| i.key).collect();
        let done = plan.checklist(&all, Lang::En);
        assert!(done.complete());
        assert_eq!(done.current(), None);
    }

    #[test]
    fn errata_go_with_their_steps_in_the_languages_whose_page_has_the_slip() {
        let plan = GuidePlan::new(&answered("Ana Lima", "Bo Park"), DEFAULTS);
        let errata =
            |lang, kind| plan.checklist(&[], lang).item(kind).map(|i| i.detail.errata.clone()).unwrap_or_default();
        for lang in [Lang::En, Lang::Ko, Lang::Ja] {
            assert_eq!(errata(lang, StepKind::IncomingConnects), vec![Errata::StepSlip], "{lang:?}");
        }
        assert_eq!(errata(Lang::En, StepKind::LeavingDisconnects), vec![]);
        assert_eq!(errata(Lang::Ko, StepKind::LeavingDisconnects), vec![Errata::CannotConnect]);
        assert_eq!(errata(Lang::Ja, StepKind::LeavingDisconnects), vec![Errata::CannotConnect]);
        // The original user kept: the Korean reason carries its errata, the others do not.
        let keep =
            Situation { leaving_is_original: Unsure::Yes, data_sync_started: Unsure::Yes, ..answered("A1", "B1") };
        let plan = GuidePlan::new(&keep, DEFAULTS);
        let on_skip = |lang| {
            plan.checklist(&[], lang)
                .items()
                .iter()
                .find(|i| i.status == Status::Skipped(SkipReason::KeepOriginalUser))
                .map(|i| i.detail.errata.clone())
        };
        assert_eq!(on_skip(Lang::Ko), Some(vec![Errata::OriginalUser]));
        assert_eq!(on_skip(Lang::Ja), Some(vec![]));
        assert_eq!(on_skip(Lang::En), Some(vec![]));
    }
}
