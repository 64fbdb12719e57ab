//! Flow 2, server-to-server variant: the practice path to "ready for Step 3" with the
//! blocker list after each action, every blocker on its own, the mistakes and their
//! consequences, the secret that is shown once and never kept, the guide's verdict, and
//! the ticks both variants share.

use marketo_guides_domain::checklist::StepKey;
use marketo_guides_domain::dynamics::*;
use marketo_guides_domain::engine::{Confirmation, Engine, Rejection};
use marketo_guides_domain::s2s::{
    practice_secret_value, AppId, AppTab, Connection, Day, DayError, NoteField, Page, Refused, Step3Notes,
    PRACTICE_ORG_URL,
};
use marketo_guides_domain::saved::{FlowSpec, Lang, Saved};
use marketo_guides_domain::version::Version;
use marketo_guides_domain::Rule;

const SECRET_LIKE: &str = "q8Z~4nR.tW2_xY7-kL1mP9sV3bC6dF0gH5jK8eA2";
const NOW: u64 = 1_795_000_000_000;

fn s2s_org() -> Org {
    practice_session(Version::new(4, 0, 0, 14), Lang::En).state().clone()
}

fn act(org: &Org, action: Action) -> (Org, Vec<Effect>) {
    match org.apply(&DynamicsAdmin, &action, Confirmation::NotConfirmed, NOW) {
        Ok(applied) => (applied.state, applied.effects),
        Err(e) => panic!("{action:?} refused: {e:?}"),
    }
}

fn refused(org: &Org, action: Action) -> Refusal {
    match org.apply(&DynamicsAdmin, &action, Confirmation::NotConfirmed, NOW) {
        Err(Rejection::Refused(r)) => r,
        other => panic!("{action:?} not refused: {other:?}"),
    }
}

fn blockers(org: &Org) -> Vec<Requirement> {
    readiness(org).blockers.into_iter().map(|b| b.requirement).collect()
}

fn record_actual(org: &Org, field: NoteField) -> Action {
    let tenant = org.tenant().unwrap();
    let text = match field {
        NoteField::ClientId => org.the_app().unwrap().client_id.to_string(),
        NoteField::TenantId => tenant.tenant_id.to_string(),
        NoteField::AppUserEmail => org.sync_user().unwrap().email.clone(),
        NoteField::OrgUrl => tenant.org_url.to_string(),
    };
    Action::Record { field, text }
}

/// The whole path, asserting the blockers after every action.
fn ready_s2s() -> Org {
    use Requirement::*;
    let org = s2s_org();
    assert_eq!(org.connection(), Connection::ServerToServer);
    let all = vec![
        AppSingleTenant,
        IdsRecorded,
        ConsentGranted,
        SecretSaved,
        AppUserCreated,
        AppUserHasRole,
        AppUserEmailRecorded,
        MarketoUserIsAppUser,
        PublishedAfterChange,
        Validated,
        OrgUrlConfirmed,
    ];
    assert_eq!(blockers(&org), all);
    let (org, _) = act(&org, Action::Open(Page::NewRegistration));
    let (org, effects) = act(&org, Action::RegisterApp { name: "Marketo Integration".into(), single_tenant: true });
    assert!(effects.contains(&Effect::AppRegistered { name: "Marketo Integration".into(), single_tenant: true }));
    let app = org.the_app().unwrap().id;
    assert_eq!(org.tenant().unwrap().page, Page::App { app, tab: AppTab::Overview });
    assert_eq!(blockers(&org), all[1..].to_vec());
    let org = [NoteField::ClientId, NoteField::TenantId].iter().fold(org, |o, f| act(&o, record_actual(&o, *f)).0);
    assert_eq!(blockers(&org), all[2..].to_vec());
    let (org, _) = act(&org, Action::Open(Page::App { app, tab: AppTab::ApiPermissions }));
    let (org, _) = act(&org, Action::GrantConsent { app });
    assert_eq!(blockers(&org), all[3..].to_vec());
    let (org, effects) = act(
        &org,
        Action::NewClientSecret {
            app,
            description: "Marketo".into(),
            expires: Default::default(),
            offset: Default::default(),
        },
    );
    assert!(matches!(effects.last(), Some(Effect::SecretShownOnce { .. })));
    let secret = org.the_app().unwrap().secrets[0].id;
    assert_eq!(blockers(&org), all[3..].to_vec(), "made but not saved");
    let (org, _) = act(&org, Action::CopySecret { app, secret });
    assert_eq!(blockers(&org), all[4..].to_vec());
    let (org, _) = act(&org, Action::CreateAppUser { app: Some(app), business_unit: true });
    assert_eq!(blockers(&org), all[5..].to_vec());
    let user = org.sync_user().unwrap().id;
    assert_eq!(org.user(user).unwrap().kind, UserKind::ApplicationUser);
    let (org, _) = act(&org, Action::AssignRole { user });
    assert_eq!(blockers(&org), all[6..].to_vec());
    let (org, _) = act(&org, record_actual(&org, NoteField::AppUserEmail));
    assert_eq!(blockers(&org), all[7..].to_vec());
    let (org, _) = act(&org, Action::SetMarketoUser { user: Some(user) });
    assert_eq!(blockers(&org), all[8..].to_vec());
    let (org, _) = act(&org, Action::PublishAll);
    assert_eq!(blockers(&org), all[9..].to_vec());
    let (org, _) = act(&org, Action::RunValidation);
    assert_eq!(blockers(&org), vec![OrgUrlConfirmed]);
    let (org, _) = act(&org, record_actual(&org, NoteField::OrgUrl));
    assert_eq!(blockers(&org), vec![OrgUrlConfirmed], "written down but not confirmed");
    let (org, _) = act(&org, Action::ConfirmOrgUrl(true));
    assert!(readiness(&org).is_ready(), "{:?}", readiness(&org));
    org
}

#[test]
fn the_server_to_server_practice_reaches_ready_step_by_step() {
    let org = ready_s2s();
    // Every blocker points at a step of the server-to-server checklist.
    let steps: Vec<StepId> = step_defs(Connection::ServerToServer).iter().map(|d| d.id).collect();
    for r in [
        Requirement::AppSingleTenant,
        Requirement::IdsRecorded,
        Requirement::ConsentGranted,
        Requirement::SecretSaved,
        Requirement::AppUserCreated,
        Requirement::AppUserHasRole,
        Requirement::AppUserEmailRecorded,
        Requirement::OrgUrlConfirmed,
    ] {
        assert!(steps.contains(&StepId::fixing(r)), "{r:?}");
    }
    assert!(checklist(&org, None).iter().all(|r| r.status.is_done() || r.status.is_skipped()));
    // The secret's expiry is a reminder, never a blocker.
    assert!(readiness(&org).warnings.iter().any(|w| matches!(w, Warning::SecretExpires { .. })));
}

#[test]
fn each_server_to_server_blocker_appears_alone_when_only_its_requirement_breaks() {
    let ready = ready_s2s();
    let app = ready.the_app().unwrap().id;
    let user = ready.sync_user().unwrap().id;
    let only = |org: &Org, r: Requirement| assert_eq!(blockers(org), vec![r]);
    // A wrong client ID written down (a valid GUID, not the app's).
    let (org, _) =
        act(&ready, Action::Record { field: NoteField::ClientId, text: "3f2504e0-4f89-11d3-9a0c-0305e82c3301".into() });
    only(&org, Requirement::IdsRecorded);
    // A mistyped tenant ID.
    let (org, _) = act(&ready, Action::Record { field: NoteField::TenantId, text: "not a guid".into() });
    only(&org, Requirement::IdsRecorded);
    // The role taken away from the application user.
    let (org, _) = act(&ready, Action::RemoveRole { user });
    only(&org, Requirement::AppUserHasRole);
    // Another e-mail written down.
    let (org, _) = act(&ready, Action::Record { field: NoteField::AppUserEmail, text: "someone@example.com".into() });
    only(&org, Requirement::AppUserEmailRecorded);
    // The organization URL changed after it was confirmed: the confirmation goes with it.
    let (org, effects) =
        act(&ready, Action::Record { field: NoteField::OrgUrl, text: "https://other.crm4.dynamics.com".into() });
    assert!(effects.contains(&Effect::ConfirmationCleared));
    only(&org, Requirement::OrgUrlConfirmed);
    // A configuration change after publishing and validating.
    let (org, _) = act(&ready, Action::ChangeConfig);
    assert_eq!(blockers(&org), vec![Requirement::PublishedAfterChange, Requirement::Validated]);
    // Marketo User moved to an ordinary user is refused outright (D2).
    let crm = ready.users()[0].id;
    let r = refused(&ready, Action::SetMarketoUser { user: Some(crm) });
    assert_eq!((r.rule, r.why, r.way_out), (Rule::D2, Why::ExistingCrmUser, WayOut::ChooseApplicationUser));
    let _ = app;
}

#[test]
fn a_multi_tenant_registration_shows_its_consequence_and_the_way_back() {
    let org = s2s_org();
    let (org, effects) = act(&org, Action::RegisterApp { name: "Marketo".into(), single_tenant: false });
    assert!(effects.contains(&Effect::OpenToAnyOrganization { name: "Marketo".into() }));
    assert!(blockers(&org).contains(&Requirement::AppSingleTenant));
    let app = org.the_app().unwrap().id;
    let (org, _) = act(&org, Action::MakeSingleTenant { app });
    assert!(!blockers(&org).contains(&Requirement::AppSingleTenant));
    let r = refused(&org, Action::MakeSingleTenant { app });
    assert_eq!((r.rule, r.why, r.way_out), (Rule::S2, Why::AlreadySingleTenant, WayOut::AlreadyDone));
}

#[test]
fn a_marketo_user_without_the_role_is_flagged_at_once() {
    let org = s2s_org();
    let (org, _) = act(&org, Action::RegisterApp { name: "Marketo".into(), single_tenant: true });
    let app = org.the_app().unwrap().id;
    let (org, _) = act(&org, Action::CreateAppUser { app: Some(app), business_unit: true });
    let user = org.sync_user().unwrap().id;
    let (org, effects) = act(&org, Action::SetMarketoUser { user: Some(user) });
    assert!(effects.contains(&Effect::MarketoUserLacksRole { user }));
    assert!(blockers(&org).contains(&Requirement::AppUserHasRole));
    assert!(!blockers(&org).contains(&Requirement::MarketoUserIsAppUser));
    // One application user per app.
    assert_eq!(refused(&org, Action::CreateAppUser { app: Some(app), business_unit: true }).why, Why::AppUserExists);
    assert_eq!(refused(&org, Action::CreateAppUser { app: None, business_unit: true }).why, Why::NoAppChosen);
    assert_eq!(refused(&org, Action::CreateAppUser { app: Some(AppId(9)), business_unit: true }).why, Why::NoSuchApp);
}

#[test]
fn a_secret_not_copied_before_leaving_the_page_is_gone_and_must_be_made_again() {
    let org = s2s_org();
    let (org, _) = act(&org, Action::RegisterApp { name: "Marketo".into(), single_tenant: true });
    let app = org.the_app().unwrap().id;
    let (org, _) = act(
        &org,
        Action::NewClientSecret {
            app,
            description: "first".into(),
            expires: Default::default(),
            offset: Default::default(),
        },
    );
    let secret = org.the_app().unwrap().secrets[0].clone();
    assert!(secret.visible);
    let value = practice_secret_value(&org.the_app().unwrap().client_id, secret.id, secret.created_at);
    assert!(marketo_guides_domain::s2s::looks_like_secret(&value), "a value the fields refuse");
    // The value is never in what is saved, even while it is on screen.
    let json = serde_json::to_string(&org).unwrap();
    assert!(!json.contains(&value));
    assert!(!json.contains("visible"));
    // Leaving the page hides it for good; not copied, it is lost.
    let (left, effects) = act(&org, Action::Open(Page::App { app, tab: AppTab::Overview }));
    assert!(effects.contains(&Effect::SecretLost { description: "first".into() }));
    let r = refused(&left, Action::CopySecret { app, secret: secret.id });
    assert_eq!((r.rule, r.why, r.way_out), (Rule::S5, Why::SecretGone, WayOut::MakeNewSecret));
    assert!(blockers(&left).contains(&Requirement::SecretSaved));
    // Saving and reading back is leaving the page too.
    let back: Org = serde_json::from_str(&json).unwrap();
    assert_eq!(back, org.reloaded());
    assert!(matches!(
        back.apply(&DynamicsAdmin, &Action::CopySecret { app, secret: secret.id }, Confirmation::NotConfirmed, NOW),
        Err(Rejection::Refused(Refusal { why: Why::SecretGone, .. }))
    ));
    // The way back: a new secret, copied while shown.
    let (org, _) = act(&left, Action::Open(Page::App { app, tab: AppTab::CertificatesSecrets }));
    let (org, _) = act(
        &org,
        Action::NewClientSecret {
            app,
            description: "second".into(),
            expires: Default::default(),
            offset: Default::default(),
        },
    );
    let second = org.the_app().unwrap().secrets[1].id;
    let (org, _) = act(&org, Action::CopySecret { app, secret: second });
    assert!(!blockers(&org).contains(&Requirement::SecretSaved));
    // A copied secret leaves quietly.
    let (_, effects) = act(&org, Action::Open(Page::AppRegistrations));
    assert!(!effects.iter().any(|e| matches!(e, Effect::SecretLost { .. })));
}

#[test]
fn a_value_that_looks_like_a_secret_is_refused_everywhere_and_nothing_is_kept() {
    let org = s2s_org();
    for field in NoteField::ALL {
        let r = refused(&org, Action::Record { field, text: SECRET_LIKE.into() });
        assert_eq!(
            (r.rule, r.why, r.way_out),
            (Rule::S5, Why::Note(Refused::LooksLikeSecret), WayOut::KeepSecretsElsewhere)
        );
        let mut notes = Step3Notes::default();
        assert_eq!(notes.set(field, SECRET_LIKE), Err(Refused::LooksLikeSecret));
        assert_eq!(notes, Step3Notes::default());
    }
    // The same app name typed twice (any case, spaces around) is one name.
    let (two, _) = act(&org, Action::RegisterApp { name: "Marketo Integration".into(), single_tenant: true });
    let r = refused(&two, Action::RegisterApp { name: "  marketo integration ".into(), single_tenant: false });
    assert_eq!((r.rule, r.why, r.way_out), (Rule::D7, Why::AppNameTaken, WayOut::FixInput));
    // The password variant's sync user too: neither name nor address may be a secret.
    let password = practice_session_for(Connection::SyncUserPassword, Version::new(4, 0, 0, 14), Lang::En);
    for (name, email) in [(SECRET_LIKE, "sync@example.com"), ("Sync", SECRET_LIKE)] {
        let r = refused(password.state(), Action::CreateSyncUser { name: name.into(), email: email.into() });
        assert_eq!((r.rule, r.why), (Rule::S5, Why::Text(TextProblem::LooksLikeSecret)));
    }
    let r = refused(&org, Action::RegisterApp { name: SECRET_LIKE.into(), single_tenant: true });
    assert_eq!(r.why, Why::Text(TextProblem::LooksLikeSecret));
    // A stored note holding a secret is not read back.
    let mut value = serde_json::to_value(&org).unwrap();
    value["notes"]["client_id"] = serde_json::json!(SECRET_LIKE);
    assert!(serde_json::from_value::<Org>(value).is_err());
}

#[test]
fn the_org_url_must_be_well_formed_to_be_confirmed() {
    let org = s2s_org();
    let (org, _) =
        act(&org, Action::Record { field: NoteField::OrgUrl, text: "http://contoso.crm.dynamics.com".into() });
    let r = refused(&org, Action::ConfirmOrgUrl(true));
    assert_eq!((r.rule, r.way_out), (Rule::S7, WayOut::FixUrlFirst));
    assert!(matches!(r.why, Why::Url(_)));
    let (org, _) = act(&org, Action::Record { field: NoteField::OrgUrl, text: PRACTICE_ORG_URL.into() });
    let (org, _) = act(&org, Action::ConfirmOrgUrl(true));
    assert!(org.notes().url_confirmed());
    assert_eq!(refused(&org, Action::ConfirmOrgUrl(true)).why, Why::AlreadyConfirmed);
    let (org, _) = act(&org, Action::ConfirmOrgUrl(false));
    assert!(!org.notes().url_confirmed());
}

#[test]
fn server_to_server_steps_are_refused_in_the_password_variant() {
    let password = practice_session_for(Connection::SyncUserPassword, Version::new(4, 0, 0, 14), Lang::En);
    let org = password.state();
    // The app registration is ROPC Step 3 of 4 too; the application user and the tenant
    // ID are server-to-server's alone.
    let (registered, _) = act(org, Action::RegisterApp { name: "Marketo".into(), single_tenant: true });
    let app = registered.the_app().unwrap().id;
    let r = refused(&registered, Action::CreateAppUser { app: Some(app), business_unit: true });
    assert_eq!((r.rule, r.why, r.way_out), (Rule::S1, Why::NotServerToServer, WayOut::SwitchToServerToServer));
    for field in [NoteField::TenantId, NoteField::AppUserEmail] {
        assert_eq!(refused(org, Action::Record { field, text: "x".into() }).why, Why::NotServerToServer);
    }
    assert_eq!(refused(org, Action::UseConnection(Connection::SyncUserPassword)).why, Why::SameConnection);
    let (org, effects) = act(org, Action::UseConnection(Connection::ServerToServer));
    assert_eq!(effects, vec![Effect::ConnectionChosen(Connection::ServerToServer)]);
    assert_eq!(blockers(&org)[0], Requirement::AppSingleTenant);
}

#[test]
fn the_guide_is_ready_only_with_every_tick_the_values_and_the_confirmed_url() {
    let mut answers = Answers::default().with(DynAnswer::Version("4.0.0.14".into())).unwrap();
    assert_eq!(answers.connection(), Connection::ServerToServer, "today's documentation is the default");
    let ticks: Vec<StepId> =
        step_defs(Connection::ServerToServer).iter().map(|d| d.id).filter(|s| !s.recorded()).collect();
    // 2026-12-03, the day the corrections were checked.
    let today = Day { year: 2026, month: 12, day: 3 };
    let verdict = |a: &Answers| guide_readiness(&guide_org(a), &ticks, a.expires(today));
    let recorded: Vec<Requirement> = verdict(&answers).blockers.iter().map(|b| b.requirement).collect();
    assert_eq!(
        recorded,
        vec![Requirement::IdsRecorded, Requirement::AppUserEmailRecorded, Requirement::OrgUrlConfirmed]
    );
    for (field, text) in [
        (NoteField::ClientId, "3F2504E0-4F89-11D3-9A0C-0305E82C3301"),
        (NoteField::TenantId, "{72f988bf-86f1-41af-91ab-2d7cd011db47}"),
        (NoteField::AppUserEmail, "marketo-sync@contoso.onmicrosoft.com"),
        // C5: exactly what "View the Organization Service URL" says to paste.
        (NoteField::OrgUrl, "https://contoso.api.crm4.dynamics.com/XRMServices/2011/Organization.svc"),
    ] {
        answers = answers.with(DynAnswer::Note(field, text.into())).unwrap();
    }
    let left: Vec<Requirement> = verdict(&answers).blockers.iter().map(|b| b.requirement).collect();
    assert_eq!(left, vec![Requirement::OrgUrlConfirmed], "the URL must be confirmed, not only well-formed");
    answers = answers.with(DynAnswer::ConfirmUrl(true)).unwrap();
    assert!(verdict(&answers).is_ready());
    // The values come out in the form Step 3 takes.
    assert_eq!(answers.notes().ready_text(NoteField::ClientId).unwrap(), "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    // An expiry date becomes a reminder.
    answers = answers.with(DynAnswer::SecretExpires("2027-05-31".into())).unwrap();
    assert!(verdict(&answers).warnings.contains(&Warning::SecretExpires { on: Day { year: 2027, month: 5, day: 31 } }));
    // C11: Entra gives a secret 24 months at most; a later date is refused with that reason.
    answers = answers.with(DynAnswer::SecretExpires("2028-12-04".into())).unwrap();
    assert_eq!(answers.expires(today), None);
    assert_eq!(
        answers.expiry_problem(today),
        Some(marketo_guides_domain::s2s::DayError::TooFarAhead { latest: Day { year: 2028, month: 12, day: 3 } })
    );
    answers = answers.with(DynAnswer::SecretExpires("2028-12-03".into())).unwrap();
    assert_eq!((answers.expires(today).is_some(), answers.expiry_problem(today)), (true, None));
    // One tick missing: not ready, and the blocker names its step.
    let fewer: Vec<StepId> = ticks.iter().copied().filter(|s| *s != StepId::GrantConsent).collect();
    let v = guide_readiness(&guide_org(&answers), &fewer, None);
    assert_eq!(v.blockers.iter().map(|b| b.fixed_by).collect::<Vec<_>>(), vec![StepId::GrantConsent]);
}

#[test]
fn switching_the_variant_keeps_the_ticks_both_share() {
    let mut saved = Saved::<DynamicsStep2>::fresh(marketo_guides_domain::saved::Mode::Guide, Lang::En);
    for step in [StepId::SetMarketoUser, StepId::Publish, StepId::Validate, StepId::CreateUser, StepId::RegisterApp] {
        saved.tick(step, true, NOW);
    }
    let done = |s: &Saved<DynamicsStep2>| -> Vec<StepId> {
        checklist(&guide_org(s.answers()), Some(&s.ticked()))
            .into_iter()
            .filter(|r| r.status.is_done())
            .map(|r| r.step.id)
            .collect()
    };
    assert_eq!(done(&saved), vec![StepId::RegisterApp, StepId::SetMarketoUser, StepId::Publish, StepId::Validate]);
    saved.set_answer(DynAnswer::Connection(Connection::SyncUserPassword), NOW + 1).unwrap();
    // The client app is ROPC Step 3 of 4 too: its tick carries over.
    assert_eq!(
        done(&saved),
        vec![StepId::CreateUser, StepId::SetMarketoUser, StepId::Publish, StepId::RegisterApp, StepId::Validate]
    );
    saved.set_answer(DynAnswer::Connection(Connection::ServerToServer), NOW + 2).unwrap();
    assert!(done(&saved).contains(&StepId::RegisterApp), "the other variant's ticks are kept for coming back");
    // Slugs of the new steps are stable link targets.
    assert_eq!(StepId::ConfirmOrgUrl.slug(), "confirm-org-url");
}

#[test]
fn a_state_saved_before_the_question_existed_reads_as_the_password_variant() {
    let old = serde_json::json!({"version": "3.1.0.2", "name": "Sync", "email": "s@example.com", "filter": true});
    let answers: Answers = serde_json::from_value(old).unwrap();
    assert_eq!(answers.connection(), Connection::SyncUserPassword);
    let mut org = serde_json::to_value(
        practice_session_for(Connection::SyncUserPassword, Version::new(4, 0, 0, 14), Lang::En).state(),
    )
    .unwrap();
    for key in ["connection", "tenant", "notes"] {
        org.as_object_mut().unwrap().remove(key);
    }
    let org: Org = serde_json::from_value(org).unwrap();
    assert_eq!(org.connection(), Connection::SyncUserPassword);
    assert!(DynamicsStep2::fields().contains(&DynField::Connection));
}

#[test]
fn days_are_read_strictly_and_moments_fall_on_the_right_day() {
    assert_eq!(Day::parse("2027-02-28"), Ok(Day { year: 2027, month: 2, day: 28 }));
    assert_eq!(Day::parse(" 2028-02-29 "), Ok(Day { year: 2028, month: 2, day: 29 }));
    for (text, e) in [
        ("", DayError::NotADate),
        ("2027-2-28", DayError::NotADate),
        ("28/02/2027", DayError::NotADate),
        ("2027-02-28-1", DayError::NotADate),
        ("2027-02-29", DayError::NoSuchDay),
        ("2100-02-29", DayError::NoSuchDay),
        ("2027-13-01", DayError::NoSuchDay),
        ("2027-04-31", DayError::NoSuchDay),
        ("1999-12-31", DayError::OutOfRange),
        ("2300-01-01", DayError::OutOfRange),
    ] {
        assert_eq!(Day::parse(text), Err(e), "{text:?}");
    }
    assert_eq!(Day::of(0).to_string(), "1970-01-01");
    assert_eq!(Day::of(951_782_400_000).to_string(), "2000-02-29");
    assert_eq!(Day::of(1_795_000_000_000).to_string(), "2026-11-18");
}
