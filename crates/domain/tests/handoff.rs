//! Flow 1, fact by fact (F1–F6 of SPEC.md) and planner starting point by starting point.

use marketo_guides_domain::engine::{Allowed, Confirmation, Engine, Rejection};
use marketo_guides_domain::sia::*;
use marketo_guides_domain::Rule;

const HOUR: u64 = 3_600_000;

/// A connected; B an admin on the User Access list; U a user on the list; C a spare admin.
struct World {
    inst: Instance,
    a: PersonId,
    b: PersonId,
    u: PersonId,
    c: PersonId,
}

fn world() -> World {
    let mut inst = Instance::new();
    let a = inst.add_person("Ana (Admin A)", Role::Admin).unwrap();
    let b = inst.add_person("Bo (Admin B)", Role::Admin).unwrap();
    let u = inst.add_person("Uma", Role::User).unwrap();
    let c = inst.add_person("Cy", Role::Admin).unwrap();
    let inst = inst.with_connection(a, 0).unwrap().with_access(b, HOUR).unwrap().with_access(u, HOUR).unwrap();
    World { inst, a, b, u, c }
}

fn refusal(inst: &Instance, actor: PersonId, action: Action) -> Refusal {
    match inst.apply(&actor, &action, Confirmation::NotConfirmed, 2 * HOUR) {
        Err(Rejection::Refused(r)) => r,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn act(inst: &Instance, actor: PersonId, action: Action) -> (Instance, Vec<Effect>) {
    let applied = inst.apply(&actor, &action, Confirmation::NotConfirmed, 2 * HOUR).expect("allowed");
    (applied.state, applied.effects)
}

#[test]
fn f1_only_the_connected_admin_can_disconnect() {
    let w = world();
    assert_eq!(w.inst.check(&w.a, &Action::Disconnect, 0).map(|_| ()), Ok(()));
    for other in [w.c, w.b, w.u] {
        let r = refusal(&w.inst, other, Action::Disconnect);
        assert_eq!(r.rule, Rule::F1);
        assert_eq!(r.way_out, WayOut::AskConnectedAdmin { admins: vec![w.a] });
    }
}

#[test]
fn connecting_twice_is_refused_as_already_done_by_the_consoles_own_rule() {
    // No page covers it: the refusal cites the simulation's rule, not F1 (Disconnect).
    let w = world();
    let r = refusal(&w.inst, w.a, Action::Connect);
    assert_eq!((r.rule, r.why, r.way_out), (Rule::X1, Why::AlreadyConnected, WayOut::AlreadyDone));
}

#[test]
fn f2_an_admin_with_access_cannot_connect_until_the_connected_admin_removes_it() {
    let w = world();
    let r = refusal(&w.inst, w.b, Action::Connect);
    assert_eq!(r.rule, Rule::F2);
    assert_eq!(r.actor, w.b);
    assert_eq!(r.action, Action::Connect);
    assert_eq!(r.way_out, WayOut::RemoveAccessFirst { by: vec![w.a] });
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.b });
    assert!(inst.check(&w.b, &Action::Connect, 0).is_ok());
}

#[test]
fn f2_only_a_connected_admin_removes_access() {
    let w = world();
    let r = refusal(&w.inst, w.c, Action::RemoveAccess { user: w.b });
    assert_eq!((r.rule, r.way_out), (Rule::F2, WayOut::AskConnectedAdmin { admins: vec![w.a] }));
}

#[test]
fn f3_a_free_admin_connects_while_another_is_connected() {
    let w = world();
    let (inst, effects) = act(&w.inst, w.c, Action::Connect);
    assert!(inst.is_connected(w.a) && inst.is_connected(w.c));
    assert_eq!(effects, vec![Effect::Connected { admin: w.c }]);
}

#[test]
fn f3_a_user_who_is_not_an_admin_cannot_connect() {
    let mut w = world();
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.u });
    w.inst = inst;
    let r = refusal(&w.inst, w.u, Action::Connect);
    assert_eq!((r.rule, r.why), (Rule::F3, Why::ActorNotAdmin));
}

#[test]
fn f4_b_connecting_before_a_disconnects_keeps_everyone_connected() {
    let w = world();
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.b });
    let (inst, _) = act(&inst, w.b, Action::Connect);
    let (inst, effects) = act(&inst, w.a, Action::Disconnect);
    assert_eq!(effects, vec![Effect::Disconnected { admin: w.a }]);
    assert_eq!(inst.users_with_marketo(), vec![w.u]);
}

#[test]
fn f4_the_last_admin_disconnecting_needs_confirmation_and_cuts_everyone_off() {
    let w = world();
    let hazard = match w.inst.apply(&w.a, &Action::Disconnect, Confirmation::NotConfirmed, 0) {
        Err(Rejection::NeedsConfirmation(h)) => h,
        other => panic!("expected a confirmation request, got {other:?}"),
    };
    assert_eq!(hazard, Hazard::LastConnectionWhileUsersRely { rule: Rule::F4, users: vec![w.b, w.u] });
    let applied = w.inst.apply(&w.a, &Action::Disconnect, Confirmation::Confirmed, 0).unwrap();
    assert!(!applied.state.integration_up());
    // C2: the page gives the safe order only, so the outage is the console's, marked so.
    assert!(applied.effects.contains(&Effect::IntegrationDown { users_lost: vec![w.b, w.u], documented: false }));
}

#[test]
fn f4_the_last_admin_disconnecting_with_nobody_relying_is_not_a_hazard() {
    let mut inst = Instance::new();
    let a = inst.add_person("A", Role::Admin).unwrap();
    let inst = inst.with_connection(a, 0).unwrap();
    assert_eq!(inst.check(&a, &Action::Disconnect, 0), Ok(Allowed::Safe));
}

#[test]
fn f5_removing_the_connected_admin_is_unsafe_and_treated_as_down() {
    let w = world();
    let action = Action::RemovePerson { person: w.a };
    assert!(matches!(
        w.inst.check(&w.c, &action, 0),
        Ok(Allowed::Hazardous(Hazard::RemovesConnectedAdmin { rule: Rule::F5, .. }))
    ));
    let applied = w.inst.apply(&w.c, &action, Confirmation::Confirmed, 0).unwrap();
    assert!(!applied.state.integration_up());
    assert!(applied.effects.contains(&Effect::IntegrationDown { users_lost: vec![w.b, w.u], documented: false }));
}

#[test]
fn f5_removing_a_after_the_handoff_is_safe() {
    let w = world();
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.b });
    let (inst, _) = act(&inst, w.b, Action::Connect);
    let (inst, _) = act(&inst, w.a, Action::Disconnect);
    assert_eq!(inst.check(&w.b, &Action::RemovePerson { person: w.a }, 0), Ok(Allowed::Safe));
    let (inst, _) = act(&inst, w.b, Action::RemovePerson { person: w.a });
    assert!(!inst.contains(w.a) && inst.integration_up());
}

#[test]
fn f5_nobody_removes_themselves_and_users_remove_nobody() {
    let w = world();
    assert_eq!(refusal(&w.inst, w.c, Action::RemovePerson { person: w.c }).why, Why::CannotRemoveSelf);
    assert_eq!(refusal(&w.inst, w.u, Action::RemovePerson { person: w.c }).why, Why::ActorNotAdmin);
}

#[test]
fn f6_access_goes_only_to_people_in_the_instance() {
    let w = world();
    let r = refusal(&w.inst, w.a, Action::GrantAccess { users: vec![PersonId(99)], workspace: None });
    assert_eq!((r.rule, r.why, r.way_out), (Rule::F6, Why::NotInInstance(PersonId(99)), WayOut::AddToInstanceFirst));
}

#[test]
fn f6_a_blank_workspace_means_default_and_changing_it_means_remove_and_grant_again() {
    let w = world();
    let (inst, _) = act(&w.inst, w.a, Action::GrantAccess { users: vec![w.c], workspace: Some("  ".into()) });
    assert_eq!(inst.grant(w.c).unwrap().workspace, Workspace::Default);
    let r = refusal(&inst, w.a, Action::GrantAccess { users: vec![w.c], workspace: Some("EMEA".into()) });
    assert_eq!((r.rule, r.way_out), (Rule::F6, WayOut::RemoveAndGrantAgain));
    let (inst, _) = act(&inst, w.a, Action::RemoveAccess { user: w.c });
    let (inst, _) = act(&inst, w.a, Action::GrantAccess { users: vec![w.c], workspace: Some(" EMEA ".into()) });
    assert_eq!(inst.grant(w.c).unwrap().workspace, Workspace::Named("EMEA".into()));
}

#[test]
fn f6_granting_within_ten_minutes_of_a_new_connection_is_flagged() {
    let w = world();
    let (inst, _) = act(&w.inst, w.c, Action::Connect); // C connects at 2h
    let applied = inst
        .apply(&w.c, &Action::GrantAccess { users: vec![], workspace: None }, Confirmation::NotConfirmed, 2 * HOUR)
        .unwrap_err();
    assert!(matches!(applied, Rejection::Refused(Refusal { why: Why::NobodySelected, .. })));
    let mut inst = inst;
    let d = {
        let mut i = inst.clone();
        let d = i.add_person("Dee", Role::User).unwrap();
        inst = i;
        d
    };
    let grant = Action::GrantAccess { users: vec![d], workspace: None };
    let soon = inst.apply(&w.c, &grant, Confirmation::NotConfirmed, 2 * HOUR + 4 * 60_000).unwrap();
    assert!(soon.effects.contains(&Effect::GrantedSoonAfterConnect { minutes_left: 6 }));
    let later = inst.apply(&w.c, &grant, Confirmation::NotConfirmed, 2 * HOUR + 10 * 60_000).unwrap();
    assert!(!later.effects.iter().any(|e| matches!(e, Effect::GrantedSoonAfterConnect { .. })));
}

#[test]
fn a_grant_naming_one_person_who_has_access_is_refused_for_that_person() {
    let w = world();
    let r = refusal(&w.inst, w.a, Action::GrantAccess { users: vec![w.c, w.b], workspace: None });
    assert_eq!(r.why, Why::AlreadyHasAccess(w.b));
    assert_eq!(r.way_out, WayOut::RemoveAndGrantAgain);
}

#[test]
fn names_are_trimmed_and_empty_or_overlong_names_are_refused() {
    let mut inst = Instance::new();
    let id = inst.add_person("  <b>Kim</b>  ", Role::Admin).unwrap();
    assert_eq!(inst.person(id).unwrap().name, "<b>Kim</b>");
    assert_eq!(inst.add_person("   ", Role::User), Err(NameError::Empty));
    assert_eq!(inst.add_person(&"x".repeat(81), Role::User), Err(NameError::TooLong { max: 80 }));
}

#[test]
fn a_stored_instance_that_breaks_an_invariant_is_rejected() {
    let w = world();
    let mut json: serde_json::Value = serde_json::to_value(&w.inst).unwrap();
    // Connect the connected admin a second time.
    json["connections"].as_array_mut().unwrap().push(serde_json::json!({"admin": w.a.0, "since": 5}));
    assert!(serde_json::from_value::<Instance>(json).is_err());
}

// ---- the planner, from each starting point ----

fn kinds(p: &Plan) -> Vec<StepKind> {
    p.steps.iter().map(|s| s.kind).collect()
}

#[test]
fn plan_when_b_has_access_is_the_full_four_steps_in_order() {
    let w = world();
    let p = plan(&w.inst, w.a, w.b).unwrap();
    use StepKind::*;
    assert_eq!(kinds(&p), vec![RemoveIncomingAccess, IncomingConnects, LeavingDisconnects, RemoveLeaving]);
    let who: Vec<PersonId> = p.steps.iter().map(|s| s.actor).collect();
    assert_eq!(who, vec![w.a, w.b, w.a, w.b]);
    assert_eq!(
        p.steps[0].path,
        vec![
            Crumb::Gear,
            Crumb::Settings,
            Crumb::Marketo,
            Crumb::UserAccess,
            Crumb::SearchFor(w.b),
            Crumb::RemoveAccess
        ]
    );
    // Errata: B clicks Connect, not Disconnect.
    assert_eq!(p.steps[1].action, Action::Connect);
    assert!(p.steps[1].path.contains(&Crumb::Connect));
    assert!(p.skipped.is_empty());
}

#[test]
fn plan_when_b_has_no_access_skips_the_removal_with_its_reason() {
    let w = world();
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.b });
    let p = plan(&inst, w.a, w.b).unwrap();
    assert_eq!(kinds(&p), vec![StepKind::IncomingConnects, StepKind::LeavingDisconnects, StepKind::RemoveLeaving]);
    assert_eq!(
        p.skipped,
        vec![SkippedStep { kind: StepKind::RemoveIncomingAccess, actor: w.a, reason: SkipReason::IncomingHasNoAccess }]
    );
}

#[test]
fn plan_when_b_is_already_connected_leaves_only_the_remaining_steps() {
    let w = world();
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.b });
    let (inst, _) = act(&inst, w.b, Action::Connect);
    let p = plan(&inst, w.a, w.b).unwrap();
    assert_eq!(kinds(&p), vec![StepKind::LeavingDisconnects, StepKind::RemoveLeaving]);
    assert!(p.skipped.iter().any(|s| s.reason == SkipReason::IncomingAlreadyConnected));
}

#[test]
fn plan_when_a_already_disconnected_safely_is_only_the_removal() {
    let w = world();
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.b });
    let (inst, _) = act(&inst, w.b, Action::Connect);
    let (inst, _) = act(&inst, w.a, Action::Disconnect);
    let p = plan(&inst, w.a, w.b).unwrap();
    assert_eq!(kinds(&p), vec![StepKind::RemoveLeaving]);
    assert!(p
        .skipped
        .iter()
        .any(|s| s.kind == StepKind::LeavingDisconnects && s.reason == SkipReason::LeavingNotConnected));
}

#[test]
fn plan_after_a_disconnected_first_reconnects_a_to_recover() {
    let w = world();
    let inst = w.inst.apply(&w.a, &Action::Disconnect, Confirmation::Confirmed, 0).unwrap().state;
    assert!(!inst.integration_up());
    let p = plan(&inst, w.a, w.b).unwrap();
    use StepKind::*;
    assert_eq!(kinds(&p), vec![Reconnect, RemoveIncomingAccess, IncomingConnects, LeavingDisconnects, RemoveLeaving]);
    assert_eq!(p.steps[0].actor, w.a);
}

#[test]
fn plan_when_the_integration_is_down_and_b_has_no_access_lets_b_connect_directly() {
    let w = world();
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.b });
    let inst = inst.apply(&w.a, &Action::Disconnect, Confirmation::Confirmed, 0).unwrap().state;
    let p = plan(&inst, w.a, w.b).unwrap();
    assert_eq!(kinds(&p), vec![StepKind::IncomingConnects, StepKind::RemoveLeaving]);
}

#[test]
fn plan_when_a_left_the_instance_while_connected_uses_another_admin_to_recover() {
    let w = world();
    let inst = w.inst.apply(&w.c, &Action::RemovePerson { person: w.a }, Confirmation::Confirmed, 0).unwrap().state;
    let p = plan(&inst, w.a, w.b).unwrap();
    assert_eq!(kinds(&p), vec![StepKind::Reconnect, StepKind::RemoveIncomingAccess, StepKind::IncomingConnects]);
    assert_eq!(p.steps[0].actor, w.c);
    assert!(p
        .skipped
        .iter()
        .any(|s| s.kind == StepKind::RemoveLeaving && s.reason == SkipReason::LeavingNotInInstance));
}

#[test]
fn plan_refuses_when_b_is_not_an_admin_not_in_the_instance_or_the_same_as_a() {
    let w = world();
    assert_eq!(plan(&w.inst, w.a, w.u), Err(CannotPlan::IncomingNotAdmin));
    assert_eq!(plan(&w.inst, w.a, PersonId(42)), Err(CannotPlan::IncomingNotInInstance));
    assert_eq!(plan(&w.inst, w.a, w.a), Err(CannotPlan::SamePerson));
}

#[test]
fn plan_refuses_when_nobody_is_left_to_remove_bs_access() {
    let mut inst = Instance::new();
    let a = inst.add_person("A", Role::Admin).unwrap();
    let b = inst.add_person("B", Role::Admin).unwrap();
    let inst = inst.with_connection(a, 0).unwrap().with_access(b, 0).unwrap();
    let inst = inst.apply(&b, &Action::RemovePerson { person: a }, Confirmation::Confirmed, 0).unwrap().state;
    assert_eq!(plan(&inst, a, b), Err(CannotPlan::NobodyCanRemoveAccess));
}

#[test]
fn plan_is_empty_when_the_handoff_is_complete() {
    let w = world();
    let mut inst = w.inst.clone();
    for step in plan(&w.inst, w.a, w.b).unwrap().steps {
        inst = inst.apply(&step.actor, &step.action, Confirmation::NotConfirmed, 0).unwrap().state;
    }
    assert!(plan(&inst, w.a, w.b).unwrap().is_done());
    assert!(inst.is_connected(w.b) && !inst.contains(w.a) && inst.users_with_marketo() == vec![w.u]);
}

// ---- practice tracking ----

#[test]
fn tracking_ticks_steps_as_the_state_reaches_them_and_says_who_is_waited_for() {
    use marketo_guides_domain::checklist::Status;
    let w = world();
    let initial = plan(&w.inst, w.a, w.b).unwrap();
    let rows = track(&initial, &[], &plan(&w.inst, w.a, w.b), w.a, w.b);
    assert_eq!(rows[0].status, Status::Current);
    assert_eq!(rows[1].status, Status::Waiting { on: w.a });
    let (inst, _) = act(&w.inst, w.a, Action::RemoveAccess { user: w.b });
    let rows = track(&initial, &[], &plan(&inst, w.a, w.b), w.a, w.b);
    assert_eq!(rows[0].status, Status::Done);
    assert_eq!(rows[1].status, Status::Current);
}

#[test]
fn tracking_after_a_disconnects_first_adds_a_recovery_step_and_reopens() {
    use marketo_guides_domain::checklist::Status;
    let w = world();
    let initial = plan(&w.inst, w.a, w.b).unwrap();
    let inst = w.inst.apply(&w.a, &Action::Disconnect, Confirmation::Confirmed, 0).unwrap().state;
    let rows = track(&initial, &[], &plan(&inst, w.a, w.b), w.a, w.b);
    assert_eq!(rows[0].kind, StepKind::Reconnect);
    assert!(rows[0].recovery);
    assert_eq!(rows[0].status, Status::Current);
    assert!(rows.iter().all(|r| r.status != Status::Done));
    // After A reconnects, the recovery step stays on the list, done.
    let recovered = recovery_needed(&initial, &plan(&inst, w.a, w.b));
    assert_eq!(recovered, vec![StepKind::Reconnect]);
    let (inst, _) = act(&inst, w.a, Action::Connect);
    let rows = track(&initial, &recovered, &plan(&inst, w.a, w.b), w.a, w.b);
    assert_eq!((rows[0].kind, rows[0].recovery, &rows[0].status), (StepKind::Reconnect, true, &Status::Done));
    assert_eq!(rows[1].status, Status::Current);
}

// ---- guide mode ----

/// The guide's answers with two names typed in.
/// Named admins; A is known not to be the instance's original user (the C1 caution is
/// tested on its own below).
/// `base` with `answers`, each set as the guide sets it.
fn answered(base: Situation, answers: impl IntoIterator<Item = SiaAnswer>) -> Situation {
    answers.into_iter().fold(base, |s, a| s.with(a).unwrap())
}

fn named() -> Situation {
    answered(
        Situation::default(),
        [
            SiaAnswer::LeavingName("Ana".into()),
            SiaAnswer::IncomingName("Bo".into()),
            SiaAnswer::LeavingIsOriginal(Unsure::No),
        ],
    )
}

#[test]
fn the_same_name_typed_twice_is_one_person_and_the_planner_says_so() {
    for (a, b) in [("Kim Lee", "Kim Lee"), ("Kim Lee", "  kim lee "), ("ÉLODIE", "élodie")] {
        let built =
            answered(Situation::default(), [SiaAnswer::LeavingName(a.into()), SiaAnswer::IncomingName(b.into())])
                .build()
                .unwrap();
        assert_eq!(built.leaving, built.incoming, "{a} / {b}");
        assert_eq!(plan(&built.instance, built.leaving, built.incoming), Err(CannotPlan::SamePerson));
    }
    let two = answered(
        Situation::default(),
        [SiaAnswer::LeavingName("Kim Lee".into()), SiaAnswer::IncomingName("Kim Leigh".into())],
    );
    let built = two.build().unwrap();
    assert_ne!(built.leaving, built.incoming);
}

#[test]
fn blank_guide_names_are_refused_by_the_domain_and_filled_in_by_the_screen() {
    assert!(matches!(Situation::default().build(), Err(SituationError::LeavingName(NameError::Empty))));
}

#[test]
fn guide_answers_b_has_access_versus_b_connected_give_different_steps() {
    let with_access = named().build().unwrap();
    let p1 = plan(&with_access.instance, with_access.leaving, with_access.incoming).unwrap();
    let connected =
        answered(named(), [SiaAnswer::IncomingHasAccess(false), SiaAnswer::IncomingConnected(true)]).build().unwrap();
    let p2 = plan(&connected.instance, connected.leaving, connected.incoming).unwrap();
    assert_eq!(kinds(&p1).len(), 4);
    assert_eq!(kinds(&p2), vec![StepKind::LeavingDisconnects, StepKind::RemoveLeaving]);
}

#[test]
fn b_connected_and_on_the_list_is_a_possible_situation_and_needs_no_access_removal() {
    // C2: no page says a connected admin cannot be on the User Access list.
    let built =
        answered(named(), [SiaAnswer::IncomingHasAccess(true), SiaAnswer::IncomingConnected(true)]).build().unwrap();
    assert!(built.instance.is_connected(built.incoming) && built.instance.has_access(built.incoming));
    let p = plan(&built.instance, built.leaving, built.incoming).unwrap();
    assert_eq!(kinds(&p), vec![StepKind::LeavingDisconnects, StepKind::RemoveLeaving]);
    assert!(p
        .skipped
        .iter()
        .any(|s| s.kind == StepKind::RemoveIncomingAccess && s.reason == SkipReason::IncomingAlreadyConnected));
}

#[test]
fn the_original_user_is_never_planned_for_removal_while_data_sync_may_have_started() {
    // C1, every combination of the two answers.
    for original in Unsure::ALL {
        for sync in Unsure::ALL {
            let s = answered(named(), [SiaAnswer::LeavingIsOriginal(original), SiaAnswer::DataSyncStarted(sync)]);
            let built = s.build().unwrap();
            let p = plan(&built.instance, built.leaving, built.incoming).unwrap();
            let removes = kinds(&p).contains(&StepKind::RemoveLeaving);
            let keep = original != Unsure::No && sync != Unsure::No;
            assert_eq!(removes, !keep, "original {original:?}, data sync {sync:?}");
            let kept =
                p.skipped.iter().any(|s| s.kind == StepKind::RemoveLeaving && s.reason == SkipReason::KeepOriginalUser);
            assert_eq!(kept, keep, "original {original:?}, data sync {sync:?}");
            // The rest of the handoff is the same either way.
            assert_eq!(
                &kinds(&p)[..3],
                &[StepKind::RemoveIncomingAccess, StepKind::IncomingConnects, StepKind::LeavingDisconnects]
            );
        }
    }
    // Answered before the questions existed: not sure, so the cautious reading.
    let old: Situation = serde_json::from_str(
        r#"{"leaving_name":"A","incoming_name":"B","incoming_has_access":true,"leaving_connected":true,"incoming_connected":false,"others_rely":true}"#,
    )
    .unwrap();
    assert_eq!((old.leaving_is_original(), old.data_sync_started()), (Unsure::NotSure, Unsure::NotSure));
}

#[test]
fn removing_the_original_user_after_data_sync_is_a_hazard_with_its_rule_and_no_way_back() {
    let mut inst = Instance::new();
    let a = inst.add_person("A", Role::Admin).unwrap();
    let e = inst.add_person("E", Role::Admin).unwrap();
    let inst = inst.with_original_user(Some(e), true).with_connection(a, 0).unwrap();
    match inst.check(&a, &Action::RemovePerson { person: e }, 0) {
        Ok(Allowed::Hazardous(Hazard::RemovesOriginalUser { rule, person })) => {
            assert_eq!((rule, person), (Rule::F7, e));
        }
        other => panic!("expected the C1 hazard, got {other:?}"),
    }
    let done = inst.apply(&a, &Action::RemovePerson { person: e }, Confirmation::Confirmed, 0).unwrap();
    assert!(done.effects.contains(&Effect::OriginalUserRemoved { person: e }));
    // Without data sync, the same removal is safe.
    let calm = inst.clone().with_original_user(Some(e), false);
    assert_eq!(calm.check(&a, &Action::RemovePerson { person: e }, 0), Ok(Allowed::Safe));
}

#[test]
fn guide_answers_that_are_not_names_are_refused() {
    let s = answered(named(), [SiaAnswer::LeavingName(" ".into())]);
    assert!(matches!(s.build(), Err(SituationError::LeavingName(NameError::Empty))));
}

#[test]
fn guide_ticks_count_in_order_and_skipped_steps_keep_their_reason() {
    use marketo_guides_domain::checklist::Status;
    let built = answered(named(), [SiaAnswer::IncomingHasAccess(false)]).build().unwrap();
    let p = plan(&built.instance, built.leaving, built.incoming).unwrap();
    let rows = guide(&p, &[StepKind::IncomingConnects], built.incoming);
    assert_eq!(rows[0].status, Status::Skipped(SkipReason::IncomingHasNoAccess));
    assert_eq!(rows[1].status, Status::Done);
    assert_eq!(rows[2].status, Status::Current);
    assert_eq!(rows[3].status, Status::Waiting { on: built.leaving });
}

#[test]
fn guide_after_a_disconnected_first_shows_the_recovery() {
    let built = answered(named(), [SiaAnswer::LeavingConnected(false)]).build().unwrap();
    assert!(!built.instance.integration_up());
    let p = plan(&built.instance, built.leaving, built.incoming).unwrap();
    let rows = guide(&p, &[], built.incoming);
    assert_eq!(rows[0].kind, StepKind::Reconnect);
    assert!(rows[0].recovery);
}

#[test]
fn the_practice_session_starts_with_the_full_handoff_ahead_in_every_language() {
    use marketo_guides_domain::saved::Lang;
    for lang in Lang::ALL {
        let session = practice_session(lang);
        assert!(session.is_consistent(), "{lang:?}");
        let inst = session.state();
        assert_eq!(inst.people().len(), 5);
        // The scenario obeys every invariant a stored instance is checked for.
        let json = serde_json::to_string(inst).unwrap();
        assert_eq!(&serde_json::from_str::<Instance>(&json).unwrap(), inst);
        let m = session.memory();
        assert_eq!(kinds(&m.initial).len(), 4);
        assert_eq!(inst.users_with_marketo().len(), 3);
        assert_eq!(session.name(m.leaving), sample_people(lang)[0]);
        assert_eq!(*session.acting_as(), m.leaving);
    }
}

#[test]
fn every_step_has_one_rule_in_plans_tracking_and_the_guide() {
    let w = world();
    let p = plan(&w.inst, w.a, w.b).unwrap();
    for s in &p.steps {
        assert_eq!(s.rule, rule_for(s.kind));
    }
    let built = answered(named(), [SiaAnswer::IncomingHasAccess(false)]).build().unwrap();
    let p = plan(&built.instance, built.leaving, built.incoming).unwrap();
    let rows = guide(&p, &[], built.incoming);
    let skipped = rows.iter().find(|r| r.kind == StepKind::RemoveIncomingAccess).unwrap();
    assert_eq!(skipped.rule, Rule::F2);
}

#[test]
fn a_blank_name_stands_for_the_admins_role_and_a_typed_one_is_kept() {
    let mut sit =
        answered(Default::default(), [SiaAnswer::LeavingName("Ana".into()), SiaAnswer::IncomingName("  ".into())]);
    let planned = sit.with_default_names("Admin A", "Admin B");
    assert_eq!((planned.leaving_name(), planned.incoming_name()), ("Ana", "Admin B"));
    sit = sit.with(SiaAnswer::LeavingName(String::new())).unwrap();
    assert_eq!(sit.with_default_names("관리자 A", "관리자 B").leaving_name(), "관리자 A");
}
