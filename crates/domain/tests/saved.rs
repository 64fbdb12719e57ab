//! What a widget saves: merging per part, the stored form, and reading schema 1.

use marketo_guides_domain::dynamics::{self, DynAnswer, DynField, DynamicsStep2};
use marketo_guides_domain::engine::Confirmation;
use marketo_guides_domain::saved::{FlowSpec, Lang, Mode, Part, Saved, Schema};
use marketo_guides_domain::sia::{self, Handoff, SiaAnswer, SiaField, StepKind, Unsure};

fn fresh<F: FlowSpec>() -> Saved<F> {
    Saved::fresh(Mode::Guide, Lang::En)
}

/// Every part of a flow's saved state, changed in `theirs` only, reaches `mine` by merging,
/// and nothing else does.
fn every_part_merges_on_its_own<F: FlowSpec>(
    change: impl Fn(&mut Saved<F>, Part<F::Field, F::Step>, u64),
    parts: Vec<Part<F::Field, F::Step>>,
) {
    for part in parts {
        let base = fresh::<F>();
        let mut theirs = base.clone();
        change(&mut theirs, part, 100);
        assert_ne!(theirs, base, "{part:?} did not change anything");
        let merged = base.merge(&theirs);
        assert_eq!(merged, theirs, "{part:?} did not travel");
        // Our newer edit of the same part is kept.
        let mut mine = base.clone();
        change(&mut mine, part, 200);
        assert_eq!(mine.merge(&theirs), mine, "{part:?}: an older edit overwrote a newer one");
        // Every part survives the stored form.
        let json = serde_json::to_string(&theirs).unwrap();
        let back: Saved<F> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, theirs, "{part:?} lost in the stored form");
        assert_eq!(back.stamps().get(&part), theirs.stamps().get(&part));
    }
}

#[test]
fn every_part_of_the_handoff_state_merges_on_its_own_and_survives_storage() {
    let mut parts = vec![Part::Mode, Part::Lang, Part::Practice];
    parts.extend(Handoff::fields().into_iter().map(Part::Answer));
    parts.extend([StepKind::RemoveIncomingAccess, StepKind::RemoveLeaving].map(Part::Tick));
    every_part_merges_on_its_own::<Handoff>(
        |s, part, now| match part {
            Part::Mode => s.set_mode(Mode::Practice, now),
            Part::Lang => s.set_lang(Lang::Ja, now),
            Part::Answer(f) => {
                let a = s.answers();
                let answer = match f {
                    SiaField::LeavingName => SiaAnswer::LeavingName(format!("Ana {now}")),
                    SiaField::IncomingName => SiaAnswer::IncomingName(format!("Bo {now}")),
                    SiaField::IncomingHasAccess => SiaAnswer::IncomingHasAccess(!a.incoming_has_access()),
                    SiaField::LeavingConnected => SiaAnswer::LeavingConnected(!a.leaving_connected()),
                    SiaField::IncomingConnected => SiaAnswer::IncomingConnected(!a.incoming_connected()),
                    SiaField::OthersRely => SiaAnswer::OthersRely(!a.others_rely()),
                    SiaField::LeavingIsOriginal => SiaAnswer::LeavingIsOriginal(Unsure::Yes),
                    SiaField::DataSyncStarted => SiaAnswer::DataSyncStarted(Unsure::No),
                };
                s.set_answer(answer, now).unwrap();
            }
            Part::Tick(step) => s.tick(step, true, now),
            Part::Practice => {
                let mut p = s.practice().clone();
                let b = p.memory().incoming;
                p.press(&sia::Action::RemoveAccess { user: b }, Confirmation::NotConfirmed, now).unwrap();
                s.set_practice(p, now);
            }
        },
        parts,
    );
}

#[test]
fn every_part_of_the_dynamics_state_merges_on_its_own_and_survives_storage() {
    let mut parts = vec![Part::Mode, Part::Lang, Part::Practice];
    parts.extend(DynamicsStep2::fields().into_iter().map(Part::Answer));
    parts.extend([dynamics::StepId::CreateUser, dynamics::StepId::SignIn].map(Part::Tick));
    every_part_merges_on_its_own::<DynamicsStep2>(
        |s, part, now| match part {
            Part::Mode => s.set_mode(Mode::Practice, now),
            Part::Lang => s.set_lang(Lang::Ko, now),
            Part::Answer(f) => {
                use marketo_guides_domain::s2s::{Connection, NoteField};
                let answers = match f {
                    DynField::Version => vec![DynAnswer::Version(format!("4.0.0.{now}"))],
                    DynField::Name => vec![DynAnswer::Name(format!("Sync {now}"))],
                    DynField::Email => vec![DynAnswer::Email(format!("s{now}@example.com"))],
                    DynField::Filter => vec![DynAnswer::Filter(!s.answers().filter())],
                    DynField::Connection => vec![DynAnswer::Connection(Connection::SyncUserPassword)],
                    DynField::Note(NoteField::OrgUrl) => vec![
                        DynAnswer::Note(NoteField::OrgUrl, format!("https://o{now}.crm.dynamics.com")),
                        DynAnswer::ConfirmUrl(true),
                    ],
                    DynField::Note(n) => vec![DynAnswer::Note(n, format!("value {now}"))],
                    DynField::SecretExpires => vec![DynAnswer::SecretExpires(format!("2027-01-{:02}", now % 28 + 1))],
                };
                for answer in answers {
                    s.set_answer(answer, now).unwrap();
                }
            }
            Part::Tick(step) => s.tick(step, true, now),
            Part::Practice => {
                let mut p = s.practice().clone();
                p.press(&dynamics::Action::PublishAll, Confirmation::NotConfirmed, now).unwrap();
                s.set_practice(p, now);
            }
        },
        parts,
    );
}

#[test]
fn an_untick_travels_and_two_tabs_ticking_different_steps_both_keep_both() {
    let base = fresh::<Handoff>();
    let mut a = base.clone();
    a.tick(StepKind::RemoveIncomingAccess, true, 10);
    let mut b = base.clone();
    b.tick(StepKind::IncomingConnects, true, 11);
    let (in_a, in_b) = (a.merge(&b), b.merge(&a));
    assert_eq!(in_a, in_b);
    assert_eq!(in_a.ticked(), vec![StepKind::RemoveIncomingAccess, StepKind::IncomingConnects]);
    let mut c = in_a.clone();
    c.tick(StepKind::RemoveIncomingAccess, false, 20);
    assert_eq!(in_a.merge(&c).ticked(), vec![StepKind::IncomingConnects]);
}

#[test]
fn choosing_a_language_renames_an_untouched_practice_but_never_one_in_progress() {
    let mut s = fresh::<Handoff>();
    s.set_lang(Lang::Ja, 5);
    assert_eq!(s.practice().name(s.practice().memory().leaving), sia::sample_people(Lang::Ja)[0]);
    let mut p = s.practice().clone();
    let b = p.memory().incoming;
    p.press(&sia::Action::RemoveAccess { user: b }, Confirmation::NotConfirmed, 6).unwrap();
    s.set_practice(p.clone(), 6);
    s.set_lang(Lang::Ko, 7);
    assert_eq!(s.practice(), &p);
}

#[test]
fn choosing_a_language_keeps_whom_the_trainee_acts_as() {
    let mut s = fresh::<Handoff>();
    let mut p = s.practice().clone();
    let b = p.memory().incoming;
    assert_ne!(*p.acting_as(), b);
    assert!(p.act_as(b));
    s.set_practice(p, 5);
    for lang in [Lang::Ko, Lang::Ja, Lang::En] {
        s.set_lang(lang, 6);
        assert_eq!(*s.practice().acting_as(), b, "{lang:?}");
        assert_eq!(s.practice().name(b), sia::sample_people(lang)[1], "renamed all the same");
    }
}

fn data_of(fixture: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(fixture).unwrap();
    assert_eq!(v["schema"], 1);
    v["data"].clone()
}

#[test]
fn the_schema_1_handoff_guide_fixture_loads_with_nothing_lost() {
    let old = data_of(include_str!("../../../tests/fixtures/sia-v1.json"));
    let v1 = serde_json::from_value(old.clone()).unwrap();
    let s = Saved::<Handoff>::from_v1(v1).unwrap();
    assert_eq!(s.mode(), Mode::Guide);
    assert_eq!(s.lang(), Some(Lang::Ko));
    assert_eq!((s.answers().leaving_name(), s.answers().incoming_name()), ("Ana", "Bo"));
    assert_eq!(s.ticks().get(&StepKind::RemoveIncomingAccess), Some(&true));
    assert_eq!(s.ticks().get(&StepKind::IncomingConnects), Some(&false));
    // Every stamp of schema 1 became a typed part with the same time.
    assert_eq!(s.stamps().len(), old["stamps"].as_object().unwrap().len());
    assert_eq!(s.stamps().get(&Part::Answer(SiaField::LeavingName)), Some(&1763762310000));
    assert_eq!(s.stamps().get(&Part::Tick(StepKind::IncomingConnects)), Some(&1763762400000));
    assert_eq!(s.stamps().get(&Part::Lang), Some(&1763762300000));
    // No practice was saved: a fresh one in the saved language.
    assert_eq!(s.practice().name(s.practice().memory().leaving), sia::sample_people(Lang::Ko)[0]);
}

#[test]
fn the_schema_1_handoff_practice_fixture_loads_with_its_mistake_and_recovery() {
    let old = data_of(include_str!("../../../tests/fixtures/sia-v1-practice.json"));
    let s = Saved::<Handoff>::from_v1(serde_json::from_value(old.clone()).unwrap()).unwrap();
    let p = s.practice();
    assert_eq!(s.mode(), Mode::Practice);
    assert_eq!(p.memory().recovered, vec![StepKind::Reconnect]);
    assert!(p.memory().outage, "the outage in the old log is remembered");
    assert_eq!(*p.acting_as(), p.memory().incoming);
    let actions: Vec<_> = p.log().map(|e| e.action.clone()).collect();
    let b = p.memory().incoming;
    assert_eq!(actions, vec![sia::Action::RemoveAccess { user: b }, sia::Action::Connect, sia::Action::Disconnect]);
    assert_eq!(p.state().connections().len(), 1);
    // The checklist carries the recovery step, done, and B's Connect is next.
    let progress = p.progress();
    assert!(progress.steps[0].recovery && progress.steps[0].status.is_done());
    assert_eq!(s.stamps().get(&Part::Practice), Some(&1763762360000));
    assert_eq!(s.stamps().len(), 2);
}

#[test]
fn the_schema_1_dynamics_fixture_loads_with_nothing_lost() {
    let old = data_of(include_str!("../../../tests/fixtures/dynamics-v1.json"));
    let s = Saved::<DynamicsStep2>::from_v1(serde_json::from_value(old.clone()).unwrap()).unwrap();
    assert_eq!((s.mode(), s.lang()), (Mode::Practice, Some(Lang::Ja)));
    assert_eq!(s.answers().version(), "3.1.0.2");
    assert_eq!(s.answers().name(), "Sync Bot");
    assert_eq!(s.answers().email(), "sync@example.com");
    assert!(s.answers().filter());
    assert_eq!(s.ticked(), vec![dynamics::StepId::CreateUser, dynamics::StepId::AssignRole]);
    assert_eq!(s.ticks().get(&dynamics::StepId::SetMarketoUser), Some(&false));
    assert_eq!(s.stamps().len(), old["stamps"].as_object().unwrap().len());
    assert_eq!(s.stamps().get(&Part::Answer(DynField::Name)), Some(&1763762320000));
    let org = s.practice().state();
    assert_eq!(org.users().len(), 4);
    let sync = org.users()[3].id;
    assert_eq!(org.marketo_user(), Some(sync));
    assert!(org.users()[3].has_sync_role);
    assert_eq!(s.practice().log().count(), 3);
    assert!(matches!(s.practice().log().next().map(|e| &e.action), Some(dynamics::Action::SetMarketoUser { .. })));
}

#[test]
fn a_schema_1_value_that_breaks_a_rule_is_not_migrated() {
    let mut old = data_of(include_str!("../../../tests/fixtures/sia-v1-practice.json"));
    old["practice"]["acting_as"] = serde_json::json!(99);
    let v1 = serde_json::from_value(old).unwrap();
    assert!(Saved::<Handoff>::from_v1(v1).is_none());
}

/// An answer is written only through a typed setter that checks it: a secret, a text longer
/// than its field, or a confirmation with nothing to confirm is refused, and nothing changes
/// (not the answer, not its stamp, so a merge does not carry it either).
#[test]
fn a_refused_answer_changes_nothing_and_says_why() {
    use marketo_guides_domain::flows::Refused;
    use marketo_guides_domain::s2s::NoteField;
    const SECRET: &str = "q8Z~4nR.tW2_xY7-kL1mP9sV3bC6dF0gH5jK8eA2";
    let mut s = Saved::<Handoff>::fresh(Mode::Guide, Lang::En);
    let before = s.clone();
    assert_eq!(s.set_answer(SiaAnswer::LeavingName(SECRET.into()), 5), Err(Refused::LooksLikeSecret));
    assert_eq!(s.set_answer(SiaAnswer::IncomingName("x".repeat(81)), 6), Err(Refused::TooLong));
    assert_eq!(s, before, "nothing changed, no stamp");
    assert_eq!(s.set_answer(SiaAnswer::IncomingName("x".repeat(80)), 7), Ok(()));
    assert_eq!(s.answers().incoming_name().chars().count(), 80);
    assert_eq!(s.stamps().get(&Part::Answer(SiaField::IncomingName)), Some(&7));

    let mut d = Saved::<DynamicsStep2>::fresh(Mode::Guide, Lang::En);
    let before = d.clone();
    assert_eq!(d.set_answer(DynAnswer::Email(SECRET.into()), 5), Err(Refused::LooksLikeSecret));
    assert_eq!(d.set_answer(DynAnswer::Note(NoteField::ClientId, SECRET.into()), 5), Err(Refused::LooksLikeSecret));
    assert_eq!(d.set_answer(DynAnswer::ConfirmUrl(true), 5), Err(Refused::NothingToConfirm));
    assert_eq!(d.set_answer(DynAnswer::Version("1".repeat(40)), 5), Err(Refused::TooLong));
    assert_eq!(d, before);
    assert_eq!(d.admits(&DynAnswer::Version("4.0.0.14".into())), Ok(()));
    assert_eq!(d, before, "admits changes nothing");
}
