//! Flow 2: versions, the role rule on both sides of 4.0.0.14, refusals, and every
//! readiness blocker and warning.

use marketo_guides_domain::checklist::Status;
use marketo_guides_domain::dynamics::*;
use marketo_guides_domain::engine::{Confirmation, Engine, Rejection};

mod common;
use marketo_guides_domain::version::{Version, VersionError};
use marketo_guides_domain::Rule;

#[test]
fn versions_with_four_numeric_parts_parse() {
    for (text, parts) in [
        ("4.0.0.14", [4, 0, 0, 14]),
        (" 3.2.1.0 ", [3, 2, 1, 0]),
        ("0.0.0.0", [0; 4]),
        ("007.1.2.3", [7, 1, 2, 3]),
        ("999999999.0.0.1", [999_999_999, 0, 0, 1]),
    ] {
        assert_eq!(Version::parse(text).map(|v| v.parts()), Ok(parts), "{text}");
    }
}

#[test]
fn each_kind_of_bad_version_gets_its_own_error() {
    use VersionError::*;
    let cases: &[(&str, VersionError)] = &[
        ("", Empty),
        ("   ", Empty),
        ("4", WrongNumberOfParts { found: 1 }),
        ("4.1", WrongNumberOfParts { found: 2 }),
        ("4.0.0", WrongNumberOfParts { found: 3 }),
        ("4.0.0.14.1", WrongNumberOfParts { found: 5 }),
        ("4..0.14", EmptyPart { position: 2 }),
        ("4.0.0.", EmptyPart { position: 4 }),
        ("4.0.-1.14", Negative { position: 3 }),
        ("4.0.0.1234567890", TooLarge { position: 4 }),
        ("v4.0.0.14", NotANumber { position: 1, text: "v4".into() }),
        ("4.0.0.1a", NotANumber { position: 4, text: "1a".into() }),
        ("4.0.+1.14", NotANumber { position: 3, text: "+1".into() }),
        ("4.0. 0.14", NotANumber { position: 3, text: " 0".into() }),
        ("４.0.0.14", NotANumber { position: 1, text: "４".into() }),
    ];
    for (text, expected) in cases {
        assert_eq!(Version::parse(text).as_ref(), Err(expected), "{text:?}");
    }
}

#[test]
fn versions_compare_numerically_part_by_part() {
    let v = |s| Version::parse(s).unwrap();
    assert!(v("4.0.0.9") < v("4.0.0.14"));
    assert!(v("4.0.0.14") < v("4.1.0.0"));
    assert!(v("3.99.99.99") < v("4.0.0.0"));
    assert!(v("4.0.0.14") == v("04.0.0.014"));
    assert!(!v("4.0.0.13").only_sync_user_needs_role());
    assert!(v("4.0.0.14").only_sync_user_needs_role());
    assert!(v("10.0.0.0").only_sync_user_needs_role());
}

/// An org at `version` with one existing CRM user who syncs and one who does not.
fn org(version: &str) -> (Org, UserId, UserId) {
    let mut org = Org::new(Some(Version::parse(version).unwrap())).in_training_tenant();
    let pat = org.add_existing_user("Pat Seller", "pat@example.com", true).unwrap();
    let quinn = org.add_existing_user("Quinn Reader", "quinn@example.com", false).unwrap();
    (org, pat, quinn)
}

fn act(org: &Org, action: Action) -> (Org, Vec<Effect>) {
    let a = org.apply(&DynamicsAdmin, &action, Confirmation::NotConfirmed, 0).expect("allowed");
    (a.state, a.effects)
}

fn refused(org: &Org, action: Action) -> Refusal {
    match org.apply(&DynamicsAdmin, &action, Confirmation::NotConfirmed, 0) {
        Err(Rejection::Refused(r)) => r,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn create(org: &Org) -> (Org, UserId) {
    let (org, effects) =
        act(org, Action::CreateSyncUser { name: "Marketo Sync".into(), email: "sync@nowhere.invalid".into() });
    let Some(Effect::UserCreated { user }) = effects.first() else { panic!("no user created") };
    (org, *user)
}

/// Everything done right, from `version`.
fn ready_org(version: &str) -> (Org, UserId, UserId) {
    let (org, pat, quinn) = org(version);
    let (org, sync) = create(&org);
    let (mut org, _) = act(&org, Action::AssignRole { user: sync });
    if !org.solution().unwrap().only_sync_user_needs_role() {
        // C6: before 4.0.0.14 all users need the role, syncing or not.
        org = act(&org, Action::AssignRole { user: pat }).0;
        org = act(&org, Action::AssignRole { user: quinn }).0;
    }
    let (org, _) = act(&org, Action::SetMarketoUser { user: Some(sync) });
    let (org, _) = act(&org, Action::PublishAll);
    let org = common::org_with_client_app(&org);
    let (org, _) = act(&org, Action::RunValidation);
    let (org, _) = act(&org, Action::SignInAs { user: Some(sync) });
    (org, sync, pat)
}

fn blockers(org: &Org) -> Vec<Requirement> {
    readiness(org).blockers.into_iter().map(|b| b.requirement).collect()
}

#[test]
fn from_4_0_0_14_only_the_sync_user_needs_the_role() {
    let (org, sync, pat) = ready_org("4.0.0.14");
    assert!(readiness(&org).is_ready(), "{:?}", readiness(&org));
    assert!(org.needs_role(org.user(sync).unwrap()));
    assert!(!org.needs_role(org.user(pat).unwrap()));
    let (org, effects) = act(&org, Action::AssignRole { user: pat });
    assert!(effects.contains(&Effect::RoleNotNeeded { user: pat }));
    assert!(readiness(&org).is_ready());
    assert!(readiness(&org).warnings.contains(&Warning::RoleNotNeeded { users: vec![pat] }));
}

#[test]
fn before_4_0_0_14_all_users_need_the_role() {
    let (org, _, pat) = ready_org("4.0.0.13");
    assert!(readiness(&org).is_ready());
    let (org, _) = act(&org, Action::RemoveRole { user: pat });
    let r = readiness(&org);
    assert_eq!(blockers(&org), vec![Requirement::SyncingUsersHaveRole]);
    assert_eq!(r.blockers[0].users, vec![pat]);
    assert_eq!(r.blockers[0].fixed_by, StepId::AssignRoleToSyncingUsers);
}

#[test]
fn the_role_step_for_every_syncing_user_is_skipped_from_4_0_0_14() {
    let (new, _, _) = org("4.0.0.14");
    let (old, _, _) = org("3.5.0.1");
    let status = |o: &Org| {
        checklist(o, None).into_iter().find(|r| r.step.id == StepId::AssignRoleToSyncingUsers).unwrap().status
    };
    assert_eq!(status(&new), Status::Skipped(NotApplicable::RoleOnlyForSyncUser));
    assert!(!status(&old).is_skipped());
}

#[test]
fn an_existing_crm_user_cannot_be_the_marketo_user() {
    let (org, pat, _) = org("4.0.0.14");
    let r = refused(&org, Action::SetMarketoUser { user: Some(pat) });
    assert_eq!((r.rule, r.why, r.way_out), (Rule::D2, Why::ExistingCrmUser, WayOut::CreateDedicatedUser));
}

#[test]
fn without_step_one_marketo_config_is_not_there() {
    let mut org = Org::new(None);
    let _ = org.add_existing_user("Pat", "p@e.x", true).unwrap();
    let (org, sync) = create(&org);
    let r = refused(&org, Action::SetMarketoUser { user: Some(sync) });
    assert_eq!((r.rule, r.way_out), (Rule::D1, WayOut::DoStepOne));
    assert_eq!(refused(&org, Action::PublishAll).rule, Rule::D1);
    assert!(blockers(&org).contains(&Requirement::SolutionInstalled));
    assert_eq!(readiness(&org).blockers[0].fixed_by, StepId::InstallSolution);
}

#[test]
fn user_names_and_addresses_are_checked() {
    let (org, _, _) = org("4.0.0.14");
    let text = |name: &str, email: &str| match refused(
        &org,
        Action::CreateSyncUser { name: name.into(), email: email.into() },
    )
    .why
    {
        Why::Text(p) => p,
        other => panic!("{other:?}"),
    };
    assert_eq!(text(" ", "a@b"), TextProblem::NameEmpty);
    assert_eq!(text("pat seller", "a@b"), TextProblem::NameTaken);
    assert_eq!(text("Sync", ""), TextProblem::EmailEmpty);
    assert_eq!(text("Sync", "not-an-address"), TextProblem::EmailNotAnAddress);
    assert_eq!(text("Sync", "a@b@c"), TextProblem::EmailNotAnAddress);
    assert_eq!(text(&"n".repeat(101), "a@b"), TextProblem::NameTooLong);
    // Need not be a real mailbox: any address-shaped text is fine.
    assert!(org
        .check(&DynamicsAdmin, &Action::CreateSyncUser { name: "Sync".into(), email: "sync@nowhere.invalid".into() }, 0)
        .is_ok());
}

#[test]
fn changing_the_configuration_after_publishing_requires_publishing_again() {
    let (org, _, _) = ready_org("4.0.0.14");
    let (org, effects) = act(&org, Action::ChangeConfig);
    assert!(effects.contains(&Effect::PublishNeededAgain));
    assert_eq!(blockers(&org), vec![Requirement::PublishedAfterChange, Requirement::Validated]);
    let r = refused(&org, Action::RunValidation);
    assert_eq!((r.rule, r.way_out), (Rule::D4, WayOut::PublishFirst));
    let (org, _) = act(&org, Action::PublishAll);
    let (org, _) = act(&org, Action::RunValidation);
    assert!(readiness(&org).is_ready());
}

#[test]
fn every_blocker_is_listed_on_a_fresh_org_with_the_step_that_fixes_it() {
    let (org, _, _) = org("4.0.0.1");
    let (org, _) = act(&org, Action::WantFilter(true));
    let r = readiness(&org);
    use Requirement::*;
    assert_eq!(
        blockers(&org),
        vec![
            SyncUserCreated,
            UserNameRecorded,
            SyncUserHasRole,
            SyncingUsersHaveRole,
            MarketoUserIsSyncUser,
            PublishedAfterChange,
            AppSingleTenant,
            ClientIdRecorded,
            ConsentGranted,
            SecretSaved,
            FilterFieldReady,
            Validated,
            SignedInAsSyncUser,
            OrgUrlConfirmed,
        ]
    );
    assert!(r.blockers.iter().all(|b| b.fixed_by == StepId::fixing(b.requirement)));
    assert_eq!(r.warnings, vec![Warning::EditsNotSyncedBack, Warning::LanguageEnglish]);
}

#[test]
fn the_sync_filter_field_must_be_named_exactly_and_blocks_only_when_wanted() {
    let (org, _, _) = ready_org("4.0.0.14");
    let (org, _) = act(&org, Action::WantFilter(true));
    assert_eq!(blockers(&org), vec![Requirement::FilterFieldReady]);
    let r = refused(&org, Action::CreateFilterField { name: "new_SyncToMkto".into() });
    assert_eq!((r.rule, r.way_out), (Rule::D5, WayOut::UseExactFilterName));
    let (org, _) = act(&org, Action::CreateFilterField { name: FILTER_FIELD.into() });
    assert!(readiness(&org).is_ready());
    let (org, _) = act(&org, Action::WantFilter(false));
    assert!(readiness(&org).is_ready());
}

#[test]
fn signing_in_and_validating_are_each_required() {
    let (org, pat, _) = org("4.0.0.14");
    let (org, sync) = create(&org);
    let (org, _) = act(&org, Action::AssignRole { user: sync });
    let (org, _) = act(&org, Action::SetMarketoUser { user: Some(sync) });
    let (org, _) = act(&org, Action::PublishAll);
    let org = common::org_with_client_app(&org);
    assert_eq!(blockers(&org), vec![Requirement::Validated, Requirement::SignedInAsSyncUser]);
    assert_eq!(refused(&org, Action::SignInAs { user: Some(pat) }).rule, Rule::D2);
    let (org, _) = act(&org, Action::SignInAs { user: Some(sync) });
    let again = refused(&org, Action::SignInAs { user: Some(sync) });
    assert_eq!((again.rule, again.why, again.way_out), (Rule::D6, Why::AlreadySignedIn, WayOut::AlreadyDone));
    assert_eq!(blockers(&org), vec![Requirement::Validated]);
}

#[test]
fn guide_mode_counts_the_readers_ticks_and_practice_counts_the_state() {
    let (org, _, _) = org("4.0.0.14");
    let guide = checklist(&org, Some(&[StepId::CreateUser]));
    assert_eq!(guide[0].status, Status::Done);
    assert_eq!(guide[1].status, Status::Current);
    let practice = checklist(&org, None);
    assert_eq!(practice[0].status, Status::Current);
}

#[test]
fn removing_the_role_from_the_sync_user_blocks_step_three() {
    let (org, sync, _) = ready_org("4.0.0.14");
    let (org, _) = act(&org, Action::RemoveRole { user: sync });
    assert_eq!(blockers(&org), vec![Requirement::SyncUserHasRole]);
}

#[test]
fn the_practice_scenario_has_crm_users_and_is_not_ready() {
    for lang in marketo_guides_domain::saved::Lang::ALL {
        let org = practice_scenario(Some(Version::new(4, 0, 0, 14)), lang);
        let json = serde_json::to_string(&org).unwrap();
        assert_eq!(serde_json::from_str::<Org>(&json).unwrap(), org, "{lang:?}");
    }
    let org = practice_scenario(Some(Version::new(4, 0, 0, 14)), marketo_guides_domain::saved::Lang::En);
    assert_eq!(org.users().len(), 3);
    assert!(org.users().iter().all(|u| u.kind == UserKind::ExistingCrmUser));
    assert!(!readiness(&org).is_ready());
}

/// `base` with `answers`, each set as the guide sets it.
fn answered(base: Answers, answers: impl IntoIterator<Item = DynAnswer>) -> Answers {
    answers.into_iter().fold(base, |a, x| a.with(x).unwrap())
}

#[test]
fn guide_mode_role_steps_differ_between_3_x_and_4_0_0_14() {
    let applies = |v: &str| {
        let org = guide_org(&answered(
            Answers::default(),
            [
                DynAnswer::Version(v.into()),
                DynAnswer::Connection(marketo_guides_domain::s2s::Connection::SyncUserPassword),
            ],
        ));
        checklist(&org, Some(&[])).into_iter().filter(|r| !r.status.is_skipped()).map(|r| r.step.id).collect::<Vec<_>>()
    };
    assert!(applies("3.2.0.1").contains(&StepId::AssignRoleToSyncingUsers));
    assert!(!applies("4.0.0.14").contains(&StepId::AssignRoleToSyncingUsers));
    let with_filter = guide_org(&answered(
        Answers::default(),
        [DynAnswer::Filter(true), DynAnswer::Connection(marketo_guides_domain::s2s::Connection::SyncUserPassword)],
    ));
    assert!(checklist(&with_filter, Some(&[]))
        .iter()
        .any(|r| r.step.id == StepId::SyncFilter && !r.status.is_skipped()));
}

#[test]
fn a_stored_organisation_that_breaks_an_invariant_is_rejected() {
    let (org, sync, _) = ready_org("4.0.0.14");
    let good = serde_json::to_value(&org).unwrap();
    assert!(serde_json::from_value::<Org>(good.clone()).is_ok());
    let broken = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good.clone();
        edit(&mut v);
        serde_json::from_value::<Org>(v).is_err()
    };
    assert!(broken(&|v| v["marketo_user"] = serde_json::json!(99)), "unknown Marketo User");
    assert!(broken(&|v| v["users"][0]["id"] = serde_json::json!(sync.0)), "duplicate id");
    assert!(broken(&|v| v["next_id"] = serde_json::json!(1)), "id not below next");
    assert!(broken(&|v| v["users"][0]["email"] = serde_json::json!("not an address")), "bad e-mail");
    assert!(broken(&|v| v["users"][1]["name"] = v["users"][0]["name"].clone()), "same name twice");
    assert!(broken(&|v| v["published_rev"] = serde_json::json!(1000)), "revision ahead");
    assert!(broken(&|v| v["filter_field"] = serde_json::json!("new_sync")), "misnamed filter");
    assert!(broken(&|v| v["signed_in"] = serde_json::json!([1])), "signed in as a CRM user");
}

#[test]
fn a_users_role_button_gives_the_role_then_takes_it_away() {
    let (org, pat, _) = org("3.5.0.1");
    assert_eq!(org.role_action(pat), Action::AssignRole { user: pat });
    let (org, _) = act(&org, org.role_action(pat));
    assert!(org.user(pat).unwrap().has_sync_role);
    assert_eq!(org.role_action(pat), Action::RemoveRole { user: pat });
    let (org, _) = act(&org, org.role_action(pat));
    assert!(!org.user(pat).unwrap().has_sync_role);
}

#[test]
fn each_requirement_has_its_own_slug_in_page_form() {
    use marketo_guides_domain::dynamics::Requirement;
    let slugs: std::collections::BTreeSet<&str> = Requirement::ALL.iter().map(|r| r.slug()).collect();
    assert_eq!(slugs.len(), Requirement::ALL.len(), "no two alike");
    for slug in slugs {
        assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{slug}");
    }
}
