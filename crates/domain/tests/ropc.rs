//! The password variant as Adobe documents it today (C8): the ROPC connection's Step 2 of 4
//! (the sync user) and Step 3 of 4 (the client app, then the checks before Step 4), the
//! verdict for Step 4 of 4, progress saved under the older three-step set-up, and the
//! reader's own calendar day.

use marketo_guides_domain::dynamics::*;
use marketo_guides_domain::s2s::{Connection, Day, DayError, NoteField, UtcOffset, MAX_SECRET_MONTHS};
use marketo_guides_domain::saved::Saved;

const PASSWORD: Connection = Connection::SyncUserPassword;

fn ropc_answers() -> Answers {
    Answers::default()
        .with(DynAnswer::Version("4.0.0.14".into()))
        .and_then(|a| a.with(DynAnswer::Connection(PASSWORD)))
        .unwrap()
}

fn ids(c: Connection) -> Vec<StepId> {
    step_defs(c).iter().map(|d| d.id).collect()
}

#[test]
fn the_password_checklist_is_ropc_steps_2_and_3_of_4() {
    use StepId::*;
    assert_eq!(
        ids(PASSWORD),
        vec![
            CreateUser,
            RecordUserName,
            AssignRole,
            AssignRoleToSyncingUsers,
            SetMarketoUser,
            Publish,
            RegisterApp,
            RecordClientId,
            GrantConsent,
            CreateSecret,
            SyncFilter,
            Validate,
            SignIn,
            ConfirmOrgUrl,
        ]
    );
    let defs = step_defs(PASSWORD);
    let section = |id: StepId| defs.iter().find(|d| d.id == id).unwrap().section;
    // The sync user is Adobe's Step 2 of 4; the client app and the checks before Step 4 are
    // Step 3 of 4.
    for id in [CreateUser, AssignRole, SetMarketoUser, Publish] {
        let s = section(id);
        assert!(matches!(s, Some(Section::CreateUser | Section::AssignRole | Section::ConfigureSolution)), "{id:?}");
    }
    for id in [RegisterApp, RecordClientId, GrantConsent, CreateSecret, SyncFilter, Validate, SignIn, ConfirmOrgUrl] {
        assert!(matches!(section(id), Some(Section::ClientApp | Section::BeforeStepFour)), "{id:?}");
    }
    assert_eq!(defs.iter().find(|d| d.id == SignIn).unwrap().section, Some(Section::BeforeStepFour));
    // The same Entra work as server-to-server, with the client ID only: Step 4 of 4 asks
    // for no tenant ID and there is no application user.
    assert_eq!(Connection::SyncUserPassword.note_fields(), &[NoteField::ClientId, NoteField::OrgUrl]);
    assert_eq!(RecordClientId.fields(), &[Field::Note(NoteField::ClientId)]);
    assert_eq!(RecordUserName.fields(), &[Field::UserName]);
    let register = defs.iter().find(|d| d.id == RegisterApp).unwrap();
    for note in [Note::FollowWalkthrough, Note::Walkthrough, Note::FederatedAdfs] {
        assert!(register.notes.contains(&note), "{note:?}");
    }
    let secret = defs.iter().find(|d| d.id == CreateSecret).unwrap();
    for note in [Note::SecretShownOnce, Note::SecretValueNotId, Note::SecretNeverHere, Note::SecretExpiry] {
        assert!(secret.notes.contains(&note), "{note:?}");
    }
    // Step 2 of 4 states the English language as a must, and multi-factor sign-in off.
    let create = defs.iter().find(|d| d.id == CreateUser).unwrap();
    assert!(create.notes.contains(&Note::LanguageEnglish) && Note::LanguageEnglish.warns());
    assert!(create.notes.contains(&Note::WsTrustDeprecated) && create.notes.contains(&Note::OlderSetUp));
    // What the newest edition of Step 2 of 4 adds: read access to Marketo Config.
    assert!(create.notes.contains(&Note::ReadsMarketoConfig) && Note::ReadsMarketoConfig.warns());
    assert_eq!((Connection::SyncUserPassword.steps(), Connection::ServerToServer.steps()), (4, 3));
}

#[test]
fn server_to_server_lists_adobes_sign_in_item_as_not_applying_to_an_application_user() {
    let org = guide_org(&Answers::default());
    let row = checklist(&org, Some(&[])).into_iter().find(|r| r.step.id == StepId::SignIn).unwrap();
    assert_eq!(row.status, marketo_guides_domain::checklist::Status::Skipped(NotApplicable::AppUserHasNoSignIn));
}

/// Every tick step of the password checklist.
fn all_ticks() -> Vec<StepId> {
    step_defs(PASSWORD).iter().map(|d| d.id).filter(|s| !s.recorded()).collect()
}

fn blocking(answers: &Answers, ticks: &[StepId]) -> Vec<StepId> {
    guide_readiness(&guide_org(answers), ticks, None).blockers.iter().map(|b| b.fixed_by).collect()
}

#[test]
fn the_verdict_for_step_4_waits_for_the_client_app_and_every_value_step_4_asks_for() {
    let mut answers = ropc_answers();
    // Only the older three-step set-up done: not ready, the client app is missing.
    let three_step = [
        StepId::CreateUser,
        StepId::AssignRole,
        StepId::SetMarketoUser,
        StepId::Publish,
        StepId::Validate,
        StepId::SignIn,
    ];
    assert_eq!(
        blocking(&answers, &three_step),
        vec![
            StepId::RecordUserName,
            StepId::RegisterApp,
            StepId::RecordClientId,
            StepId::GrantConsent,
            StepId::CreateSecret,
            StepId::ConfirmOrgUrl
        ]
    );
    // Every tick: still the values Step 4 of 4 asks for.
    assert_eq!(
        blocking(&answers, &all_ticks()),
        vec![StepId::RecordUserName, StepId::RecordClientId, StepId::ConfirmOrgUrl]
    );
    answers = answers.with(DynAnswer::Name("marketo-sync@contoso.onmicrosoft.com".into())).unwrap();
    answers =
        answers.with(DynAnswer::Note(NoteField::ClientId, "3F2504E0-4F89-11D3-9A0C-0305E82C3301".into())).unwrap();
    assert_eq!(blocking(&answers, &all_ticks()), vec![StepId::ConfirmOrgUrl]);
    answers = answers.with(DynAnswer::Note(NoteField::OrgUrl, "https://contoso.crm4.dynamics.com".into())).unwrap();
    answers = answers.with(DynAnswer::ConfirmUrl(true)).unwrap();
    assert_eq!(blocking(&answers, &all_ticks()), Vec::<StepId>::new());
    // A client ID that is not a GUID is not written down.
    answers = answers.with(DynAnswer::Note(NoteField::ClientId, "not-a-guid".into())).unwrap();
    assert_eq!(blocking(&answers, &all_ticks()), vec![StepId::RecordClientId]);
    // A name that looks like a secret never counts (and is never kept: see the decoders).
    let typed = ropc_answers().with(DynAnswer::Name("q8Z~4nR.tW2_xY7-kL1mP9sV3bC6dF0gH5jK8eA2".into()));
    assert_eq!(typed, Err(marketo_guides_domain::s2s::Refused::LooksLikeSecret));
}

#[test]
fn progress_saved_under_the_three_step_set_up_loads_with_its_ticks_and_the_new_steps_open() {
    let text = include_str!("../../../tests/fixtures/dynamics-v2-password-3step.json");
    let stored: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(stored["schema"], 2);
    let saved: Saved<DynamicsStep2> = serde_json::from_value(stored["data"].clone()).unwrap();
    assert_eq!(saved.answers().connection(), PASSWORD);
    let rows = checklist(&guide_org(saved.answers()), Some(&saved.ticked()));
    let done: Vec<StepId> = rows.iter().filter(|r| r.status.is_done()).map(|r| r.step.id).collect();
    // The steps both set-ups have keep their ticks (the name typed counts as written down).
    assert_eq!(
        done,
        vec![
            StepId::CreateUser,
            StepId::RecordUserName,
            StepId::AssignRole,
            StepId::SetMarketoUser,
            StepId::Publish,
            StepId::Validate,
            StepId::SignIn
        ]
    );
    // Step 3 of 4 starts open, and the verdict is withheld until it is done.
    let open: Vec<StepId> =
        rows.iter().filter(|r| !r.status.is_done() && !r.status.is_skipped()).map(|r| r.step.id).collect();
    assert_eq!(
        open,
        vec![
            StepId::RegisterApp,
            StepId::RecordClientId,
            StepId::GrantConsent,
            StepId::CreateSecret,
            StepId::ConfirmOrgUrl
        ]
    );
    assert!(!guide_readiness(&guide_org(saved.answers()), &saved.ticked(), None).is_ready());
    // Its practice (created user, role given) loads and can register the client app now.
    let practice = saved.practice().state();
    assert_eq!(practice.connection(), PASSWORD);
    assert!(practice.tenant().is_some());
    assert!(readiness(practice).blockers.iter().any(|b| b.requirement == Requirement::AppSingleTenant));
}

// --- The reader's calendar day -------------------------------------------------------

/// 2026-12-05 15:00:30 UTC: just after midnight in Seoul and Tokyo (UTC+9).
const TOKYO_JUST_AFTER_MIDNIGHT: u64 = 1_796_482_830_000;
/// 2026-12-06 10:59:30 UTC: just before midnight in Pago Pago (UTC-11).
const PAGO_PAGO_JUST_BEFORE_MIDNIGHT: u64 = 1_796_554_770_000;

fn day(y: u16, m: u8, d: u8) -> Day {
    Day { year: y, month: m, day: d }
}

#[test]
fn today_is_the_readers_calendar_day_on_both_sides_of_the_date_line() {
    assert_eq!(Day::of(TOKYO_JUST_AFTER_MIDNIGHT), day(2026, 12, 5));
    let tokyo = UtcOffset::east(9 * 60);
    assert_eq!(Day::local(TOKYO_JUST_AFTER_MIDNIGHT, tokyo), day(2026, 12, 6));
    let kiritimati = UtcOffset::east(14 * 60);
    assert_eq!(Day::local(TOKYO_JUST_AFTER_MIDNIGHT, kiritimati), day(2026, 12, 6));
    let pago = UtcOffset::east(-11 * 60);
    assert_eq!(Day::of(PAGO_PAGO_JUST_BEFORE_MIDNIGHT), day(2026, 12, 6));
    assert_eq!(Day::local(PAGO_PAGO_JUST_BEFORE_MIDNIGHT, pago), day(2026, 12, 5));
    // JavaScript counts minutes west; out-of-range offsets are held at ±14 h.
    assert_eq!(UtcOffset::from_js(-540.0), tokyo);
    assert_eq!(UtcOffset::from_js(660.0), pago);
    assert_eq!(UtcOffset::from_js(f64::NAN), UtcOffset::UTC);
    assert_eq!(UtcOffset::east(100_000).minutes(), 14 * 60);
    assert_eq!(Day::local(0, UtcOffset::east(-600)), day(1970, 1, 1));
    assert_eq!(Day::local(u64::MAX, kiritimati), Day::local(u64::MAX, kiritimati));
}

#[test]
fn the_24_month_limit_counts_from_the_readers_day() {
    // In Tokyo just after midnight on 6 December, 24 months ahead is 6 December 2028: it
    // is accepted (counting from the UTC day, 5 December, refused it).
    let tokyo = Day::local(TOKYO_JUST_AFTER_MIDNIGHT, UtcOffset::east(540));
    assert_eq!(tokyo.add_months(MAX_SECRET_MONTHS), day(2028, 12, 6));
    assert_eq!(Day::parse_expiry("2028-12-06", tokyo), Ok(day(2028, 12, 6)));
    assert_eq!(
        Day::parse_expiry("2028-12-06", Day::of(TOKYO_JUST_AFTER_MIDNIGHT)),
        Err(DayError::TooFarAhead { latest: day(2028, 12, 5) })
    );
    // In Pago Pago late on 5 December, 6 December 2028 is a day too far.
    let pago = Day::local(PAGO_PAGO_JUST_BEFORE_MIDNIGHT, UtcOffset::east(-660));
    assert_eq!(Day::parse_expiry("2028-12-06", pago), Err(DayError::TooFarAhead { latest: day(2028, 12, 5) }));
    assert_eq!(Day::parse_expiry("2028-12-05", pago), Ok(day(2028, 12, 5)));
    // The answers use the day they are given.
    let answers = Answers::default().with(DynAnswer::SecretExpires("2028-12-06".into())).unwrap();
    assert_eq!(answers.expiry_problem(tokyo), None);
    assert!(answers.expiry_problem(pago).is_some());
}

#[test]
fn a_practice_secrets_expiry_is_a_day_of_the_readers_calendar() {
    use marketo_guides_domain::s2s::{Secret, SecretLifetime};
    let secret = |offset| Secret {
        id: 1,
        description: "Marketo".into(),
        created_at: TOKYO_JUST_AFTER_MIDNIGHT,
        lifetime: SecretLifetime::Days90,
        copied: true,
        offset,
        visible: false,
    };
    assert_eq!(secret(UtcOffset::UTC).expires_on(), day(2027, 3, 5));
    assert_eq!(secret(UtcOffset::east(540)).expires_on(), day(2027, 3, 6));
    // Saved before the offset was kept: UTC, and the offset is written only when not UTC.
    let json = serde_json::to_value(secret(UtcOffset::UTC)).unwrap();
    assert!(json.get("offset").is_none());
    let back: Secret = serde_json::from_value(serde_json::to_value(secret(UtcOffset::east(540))).unwrap()).unwrap();
    assert_eq!(back.offset, UtcOffset::east(540));
}
