//! The practice session of both flows: what happens when a trainee presses a button.

use marketo_guides_domain::dynamics::{self, DynamicsAdmin, Org, Requirement, StepId};
use marketo_guides_domain::engine::{Confirmation, Rejection};
use marketo_guides_domain::practice::{Session, LOG_KEEP};
use marketo_guides_domain::s2s::NoteField;

mod common;
use marketo_guides_domain::saved::Lang;
use marketo_guides_domain::sia::{self, Action, CannotPlan, Effect, Instance, StepKind};
use marketo_guides_domain::version::Version;

const MIN: u64 = 60_000;

fn kinds(session: &sia::SiaSession) -> Vec<(StepKind, bool, bool)> {
    session.progress().steps.iter().map(|s| (s.kind, s.recovery, s.status.is_done())).collect()
}

#[test]
fn the_standard_handoff_pressed_in_order_completes_without_an_outage() {
    let mut s = sia::practice_session(Lang::En);
    let (a, b) = (s.memory().leaving, s.memory().incoming);
    assert!(!s.progress().complete);
    s.press(&Action::RemoveAccess { user: b }, Confirmation::NotConfirmed, MIN).unwrap();
    assert!(s.act_as(b));
    let effects = s.press(&Action::Connect, Confirmation::NotConfirmed, 2 * MIN).unwrap();
    assert_eq!(effects, vec![Effect::Connected { admin: b }]);
    assert!(s.act_as(a));
    s.press(&Action::Disconnect, Confirmation::NotConfirmed, 3 * MIN).unwrap();
    assert!(s.act_as(b));
    s.press(&Action::RemovePerson { person: a }, Confirmation::NotConfirmed, 4 * MIN).unwrap();
    let progress = s.progress();
    assert!(progress.complete);
    assert!(!s.memory().outage);
    assert!(progress.steps.iter().all(|r| r.status.is_done() && !r.recovery));
    // The log is newest first, with who did what and when; the removed admin keeps a name.
    let log: Vec<_> = s.log().map(|e| (e.actor, e.at)).collect();
    assert_eq!(log, vec![(b, 4 * MIN), (a, 3 * MIN), (b, 2 * MIN), (a, MIN)]);
    assert_eq!(s.name(a), "Ana Lima");
    // A removed person can no longer take the controls.
    assert!(!s.act_as(a));
    assert_eq!(*s.acting_as(), b);
}

#[test]
fn a_refused_press_changes_nothing_in_the_session() {
    let mut s = sia::practice_session(Lang::En);
    let b = s.memory().incoming;
    s.act_as(b);
    let before = s.clone();
    // F2: B is on the User Access list and cannot connect.
    match s.press(&Action::Connect, Confirmation::NotConfirmed, MIN) {
        Err(Rejection::Refused(r)) => assert_eq!(r.rule, marketo_guides_domain::Rule::F2),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(s, before);
    assert!(s.is_untouched());
}

#[test]
fn disconnecting_first_needs_confirmation_then_shows_the_outage_and_the_recovery() {
    let mut s = sia::practice_session(Lang::En);
    let (a, b) = (s.memory().leaving, s.memory().incoming);
    let before = s.clone();
    let hazard = s.press(&Action::Disconnect, Confirmation::NotConfirmed, MIN);
    assert!(matches!(hazard, Err(Rejection::NeedsConfirmation(sia::Hazard::LastConnectionWhileUsersRely { .. }))));
    assert_eq!(s, before, "an unconfirmed hazard changes nothing");

    let effects = s.press(&Action::Disconnect, Confirmation::Confirmed, MIN).unwrap();
    assert!(effects.iter().any(|e| matches!(e, Effect::IntegrationDown { users_lost, .. } if users_lost.len() == 3)));
    assert!(s.memory().outage);
    assert_eq!(s.memory().recovered, vec![StepKind::Reconnect]);
    let rows = kinds(&s);
    assert_eq!(rows[0], (StepKind::Reconnect, true, false));

    // The way back: A connects again, then the usual handoff.
    s.press(&Action::Connect, Confirmation::NotConfirmed, 2 * MIN).unwrap();
    assert_eq!(kinds(&s)[0], (StepKind::Reconnect, true, true), "the recovery step stays, done");
    s.press(&Action::RemoveAccess { user: b }, Confirmation::NotConfirmed, 3 * MIN).unwrap();
    s.act(&b, &Action::Connect, Confirmation::NotConfirmed, 4 * MIN).unwrap();
    s.act(&a, &Action::Disconnect, Confirmation::NotConfirmed, 5 * MIN).unwrap();
    s.act(&b, &Action::RemovePerson { person: a }, Confirmation::NotConfirmed, 6 * MIN).unwrap();
    assert!(s.progress().complete);
    assert!(s.memory().outage, "the outage is remembered after the recovery");
    assert_eq!(*s.acting_as(), b);
}

#[test]
fn removing_the_admin_who_holds_the_connection_is_undocumented_and_treated_as_down() {
    let mut s = sia::practice_session(Lang::Ko);
    let (a, b) = (s.memory().leaving, s.memory().incoming);
    let effects = s.act(&b, &Action::RemovePerson { person: a }, Confirmation::Confirmed, MIN).unwrap();
    assert!(effects.iter().any(|e| matches!(e, Effect::IntegrationDown { documented: false, .. })));
    assert!(s.memory().outage);
    // A is gone, B is on the list, and only Eli (free to connect) can bring it back.
    assert!(s.progress().steps.iter().any(|r| r.kind == StepKind::Reconnect && r.recovery));
    assert_eq!(s.name(a), sia::sample_people(Lang::Ko)[0]);
    assert_eq!(s.progress().cannot, None::<CannotPlan>);
}

#[test]
fn the_activity_log_is_bounded_and_an_action_costs_the_same_after_thousands() {
    let mut s = sia::practice_session(Lang::En);
    let c = s.state().people()[2].id;
    let mut sizes = Vec::new();
    for i in 0..2_000u64 {
        let action = if i % 2 == 0 {
            Action::RemoveAccess { user: c }
        } else {
            Action::GrantAccess { users: vec![c], workspace: None }
        };
        s.press(&action, Confirmation::NotConfirmed, 20 * MIN + i).unwrap();
        if i == 999 || i == 1_999 {
            sizes.push(serde_json::to_string(&s).unwrap().len());
        }
    }
    assert_eq!(s.log().count(), LOG_KEEP);
    assert_eq!(s.earlier(), 2_000 - LOG_KEEP as u64);
    // Same number of kept entries of the same kind: the saved size does not grow.
    assert!(sizes[1] <= sizes[0] + 16, "{sizes:?}");
    // The newest entry is first.
    assert_eq!(s.log().next().map(|e| e.at), Some(20 * MIN + 1_999));
}

#[test]
fn a_stored_session_that_does_not_fit_its_state_is_rejected() {
    let s = sia::practice_session(Lang::En);
    let good = serde_json::to_value(&s).unwrap();
    assert_eq!(serde_json::from_value::<sia::SiaSession>(good.clone()).unwrap(), s);
    let broken = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good.clone();
        edit(&mut v);
        serde_json::from_value::<sia::SiaSession>(v).is_err()
    };
    assert!(broken(&|v| v["acting_as"] = serde_json::json!(42)), "acting as a stranger");
    assert!(broken(&|v| v["memory"]["incoming"] = v["memory"]["leaving"].clone()), "A and B the same");
    assert!(broken(&|v| v["memory"]["roster"] = serde_json::json!([])), "names missing");
    let entry = serde_json::json!({"actor": 1, "action": "Connect", "effects": [], "at": 0});
    assert!(broken(&|v| v["log"] = serde_json::Value::Array(vec![entry.clone(); LOG_KEEP + 1])), "log too long");
    let _ = Instance::new();
}

fn dyn_blockers(s: &dynamics::DynSession) -> Vec<Requirement> {
    dynamics::readiness(s.state()).blockers.into_iter().map(|b| b.requirement).collect()
}

#[test]
fn the_dynamics_practice_reaches_ready_and_a_refusal_changes_nothing() {
    let password = marketo_guides_domain::s2s::Connection::SyncUserPassword;
    let mut s = dynamics::practice_session_for(password, Version::new(4, 0, 0, 14), Lang::Ja);
    assert_eq!(s.state().users()[0].name, dynamics::sample_users(Lang::Ja)[0].0);
    let crm = s.state().users()[0].id;
    let before = s.clone();
    let refused = s.press(&dynamics::Action::SetMarketoUser { user: Some(crm) }, Confirmation::NotConfirmed, MIN);
    assert!(matches!(refused, Err(Rejection::Refused(r)) if r.why == dynamics::Why::ExistingCrmUser));
    assert_eq!(s, before);

    let create = dynamics::Action::CreateSyncUser { name: "Marketo 同期".into(), email: "sync@example.com".into() };
    s.press(&create, Confirmation::NotConfirmed, MIN).unwrap();
    let sync = s.state().users().last().unwrap().id;
    for action in [
        dynamics::Action::AssignRole { user: sync },
        dynamics::Action::SetMarketoUser { user: Some(sync) },
        dynamics::Action::PublishAll,
        dynamics::Action::RunValidation,
    ] {
        s.press(&action, Confirmation::NotConfirmed, 2 * MIN).unwrap();
    }
    // Step 2 of 4 done: Step 4 of 4 still needs the client app of Step 3 of 4.
    assert_eq!(
        dyn_blockers(&s),
        vec![
            Requirement::AppSingleTenant,
            Requirement::ClientIdRecorded,
            Requirement::ConsentGranted,
            Requirement::SecretSaved,
            Requirement::SignedInAsSyncUser,
            Requirement::OrgUrlConfirmed
        ]
    );
    common::client_app_done(&mut s, 3 * MIN);
    // The tenant ID and an application user are server-to-server's: refused here.
    let tenant = dynamics::Action::Record { field: NoteField::TenantId, text: "x".into() };
    assert!(matches!(
        s.press(&tenant, Confirmation::NotConfirmed, 3 * MIN),
        Err(Rejection::Refused(r)) if r.why == dynamics::Why::NotServerToServer
    ));
    assert_eq!(dyn_blockers(&s), vec![Requirement::SignedInAsSyncUser]);
    s.press(&dynamics::Action::SignInAs { user: Some(sync) }, Confirmation::NotConfirmed, 4 * MIN).unwrap();
    assert!(dynamics::readiness(s.state()).is_ready());
    assert_eq!(s.log().count(), 13);
    assert_eq!(*s.acting_as(), DynamicsAdmin);
    // Another version starts a new practice.
    let older = s.with_version(Version::new(3, 1, 0, 2), Lang::Ja);
    assert!(older.is_untouched());
    assert!(dynamics::checklist(older.state(), None)
        .iter()
        .any(|r| r.step.id == StepId::AssignRoleToSyncingUsers && !r.status.is_skipped()));
    let _: Option<Session<Org>> = None;
}
