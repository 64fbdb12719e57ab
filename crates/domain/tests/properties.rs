//! Properties over random action sequences (10,000 sequences per property and run; set
//! PROPTEST_CASES to change it). A panic anywhere fails the property.

use marketo_guides_domain::dynamics::{self, DynamicsAdmin, Org};
use marketo_guides_domain::engine::{Confirmation, Engine, Rejection};
use marketo_guides_domain::s2s::{AppId, AppTab, Connection, NoteField, Page};
use marketo_guides_domain::sia::{self, plan, Instance, PersonId, Role};
use marketo_guides_domain::version::{Version, SYNC_USER_ONLY};
use proptest::prelude::*;

mod common;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(10_000)
}

/// `cases()` cases; failures found are kept beside this file (properties.regressions) and
/// replayed first on every run.
fn config() -> ProptestConfig {
    use proptest::test_runner::FileFailurePersistence;
    ProptestConfig {
        cases: cases(),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    }
}

// ---------- flow 1 ----------

#[derive(Clone, Debug)]
enum Op {
    Connect(usize),
    Disconnect(usize),
    Grant(usize, Vec<usize>, Option<String>),
    RemoveAccess(usize, usize),
    RemovePerson(usize, usize),
}

fn op() -> impl Strategy<Value = (Op, bool, u64)> {
    let i = 0usize..7;
    let op = prop_oneof![
        i.clone().prop_map(Op::Connect),
        i.clone().prop_map(Op::Disconnect),
        (i.clone(), prop::collection::vec(0usize..7, 0..4), prop::option::of("[ a-zA-Z<>]{0,6}"))
            .prop_map(|(a, u, w)| Op::Grant(a, u, w)),
        (i.clone(), i.clone()).prop_map(|(a, u)| Op::RemoveAccess(a, u)),
        (i.clone(), i).prop_map(|(a, u)| Op::RemovePerson(a, u)),
    ];
    (op, any::<bool>(), 0u64..2_000_000)
}

/// Six people, ids 1..=6 (index 6 names somebody who never existed); roles at random.
fn instance(admins: [bool; 6]) -> Instance {
    let mut inst = Instance::new();
    for (i, admin) in admins.iter().enumerate() {
        inst.add_person(&format!("P{i} <i>x</i>"), if *admin { Role::Admin } else { Role::User }).unwrap();
    }
    inst
}

fn id(i: usize) -> PersonId {
    PersonId(i as u32 + 1)
}

fn to_action(op: &Op) -> (PersonId, sia::Action) {
    match op {
        Op::Connect(a) => (id(*a), sia::Action::Connect),
        Op::Disconnect(a) => (id(*a), sia::Action::Disconnect),
        Op::Grant(a, users, w) => {
            (id(*a), sia::Action::GrantAccess { users: users.iter().map(|u| id(*u)).collect(), workspace: w.clone() })
        }
        Op::RemoveAccess(a, u) => (id(*a), sia::Action::RemoveAccess { user: id(*u) }),
        Op::RemovePerson(a, u) => (id(*a), sia::Action::RemovePerson { person: id(*u) }),
    }
}

fn invariants_hold(inst: &Instance) -> Result<(), TestCaseError> {
    for c in inst.connections() {
        prop_assert!(inst.is_admin(c.admin), "connected {:?} is not an admin in the instance", c.admin);
        prop_assert!(
            inst.connections().iter().filter(|d| d.admin == c.admin).count() == 1,
            "{:?} connected twice",
            c.admin
        );
    }
    for g in inst.access() {
        prop_assert!(inst.contains(g.user));
    }
    Ok(())
}

fn follow_plan(start: &Instance, a: PersonId, b: PersonId) -> Result<(), TestCaseError> {
    let Ok(p) = plan(start, a, b) else {
        return Ok(());
    };
    let was_up = start.integration_up();
    let mut state = start.clone();
    for step in &p.steps {
        let applied = state.apply(&step.actor, &step.action, Confirmation::NotConfirmed, 0);
        prop_assert!(applied.is_ok(), "step {:?} failed: {:?}", step, applied);
        state = applied.unwrap().state;
        if was_up {
            prop_assert!(state.integration_up(), "integration went down at {:?}", step.kind);
        }
        // The other users never lose Marketo while the plan is followed (F4).
        for user in start.users_with_marketo().into_iter().filter(|u| *u != a && *u != b) {
            prop_assert!(
                !was_up || state.users_with_marketo().contains(&user),
                "{:?} lost Marketo at {:?}",
                user,
                step.kind
            );
        }
    }
    prop_assert!(
        state.is_connected(b) && !state.contains(a) && !state.is_connected(a),
        "goal not reached: {:?}",
        state
    );
    prop_assert!(plan(&state, a, b).map(|p| p.is_done()).unwrap_or(false));
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn handoff_rules_hold_over_random_sequences(admins in any::<[bool; 6]>(), ops in prop::collection::vec(op(), 0..24), a in 0usize..7, b in 0usize..7) {
        let mut inst = instance(admins);
        for (op, confirm, now) in &ops {
            let (actor, action) = to_action(op);
            let confirmation = if *confirm { Confirmation::Confirmed } else { Confirmation::NotConfirmed };
            match inst.apply(&actor, &action, confirmation, *now) {
                Ok(applied) => inst = applied.state,
                Err(Rejection::Refused(r)) => {
                    // A refusal names the person and the action that were refused.
                    prop_assert_eq!(r.actor, actor);
                    prop_assert_eq!(&r.action, &action);
                }
                Err(Rejection::NeedsConfirmation(_)) => prop_assert!(!*confirm),
            }
            invariants_hold(&inst)?;
            // Serde round-trips exactly.
            let json = serde_json::to_string(&inst).unwrap();
            let back: Instance = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &inst);
            prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
        }
        follow_plan(&inst, id(a), id(b))?;
    }

    /// Near-valid stored instances (a real one with one value changed): whatever decodes
    /// obeys every invariant; the rest is refused, never a panic.
    #[test]
    fn a_stored_instance_with_one_value_changed_decodes_only_if_it_obeys_the_rules(
        admins in any::<[bool; 6]>(),
        ops in prop::collection::vec(op(), 0..16),
        pick in any::<prop::sample::Index>(),
        replacement in leaf(),
    ) {
        let mut inst = instance(admins);
        for (op, _, now) in &ops {
            let (actor, action) = to_action(op);
            if let Ok(applied) = inst.apply(&actor, &action, Confirmation::Confirmed, *now) {
                inst = applied.state;
            }
        }
        let mut value = serde_json::to_value(&inst).unwrap();
        replace_one_leaf(&mut value, pick, replacement);
        if let Ok(decoded) = serde_json::from_value::<Instance>(value) {
            invariants_hold(&decoded)?;
            let names_ok = decoded.people().iter().all(|p| sia::clean_name(&p.name).as_deref() == Ok(p.name.as_str()));
            prop_assert!(names_ok);
        }
    }
}

/// A JSON leaf to put in place of another: small numbers (ids that may or may not exist),
/// names, roles, nothing.
fn leaf() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        (0u32..9).prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        prop_oneof![Just("Admin"), Just("User"), Just(""), Just("  x "), Just("Default"), Just("new_synctomkto")]
            .prop_map(serde_json::Value::from),
        "[a-z@. ]{0,6}".prop_map(serde_json::Value::from),
    ]
}

/// Replaces one leaf (or one whole array element) of `value`, chosen by `pick`.
fn replace_one_leaf(value: &mut serde_json::Value, pick: prop::sample::Index, replacement: serde_json::Value) {
    fn count(v: &serde_json::Value) -> usize {
        match v {
            serde_json::Value::Array(a) => 1 + a.iter().map(count).sum::<usize>(),
            serde_json::Value::Object(o) => o.values().map(count).sum(),
            _ => 1,
        }
    }
    fn visit(v: &mut serde_json::Value, n: &mut usize, r: &serde_json::Value) -> bool {
        if *n == 0 && !v.is_object() {
            *v = r.clone();
            return true;
        }
        match v {
            serde_json::Value::Array(a) => {
                *n -= 1;
                a.iter_mut().any(|x| visit(x, n, r))
            }
            serde_json::Value::Object(o) => o.values_mut().any(|x| visit(x, n, r)),
            _ => {
                *n -= 1;
                false
            }
        }
    }
    let total = count(value).max(1);
    let mut n = pick.index(total);
    visit(value, &mut n, &replacement);
}

// ---------- flow 2 ----------

fn dyn_action() -> impl Strategy<Value = dynamics::Action> {
    use dynamics::{Action, UserId, FILTER_FIELD};
    let user = (1u32..6).prop_map(UserId);
    let name = prop_oneof![Just("Marketo Sync".to_string()), any::<String>(), "[a-z ]{0,8}"];
    let email = prop_oneof![Just("sync@example.com".to_string()), any::<String>(), "[a-z@.]{0,8}"];
    prop_oneof![
        (name, email).prop_map(|(name, email)| Action::CreateSyncUser { name, email }),
        user.clone().prop_map(|user| Action::AssignRole { user }),
        user.clone().prop_map(|user| Action::RemoveRole { user }),
        prop::option::of(user.clone()).prop_map(|user| Action::SetMarketoUser { user }),
        Just(Action::ChangeConfig),
        Just(Action::PublishAll),
        any::<bool>().prop_map(Action::WantFilter),
        prop_oneof![Just(FILTER_FIELD.to_string()), any::<String>()]
            .prop_map(|name| Action::CreateFilterField { name }),
        Just(Action::RunValidation),
        prop::option::of(user).prop_map(|user| Action::SignInAs { user }),
    ]
}

/// A server-to-server move: any action of the variant, or writing down the value the
/// simulated portals show (which a strategy cannot know in advance).
#[derive(Clone, Debug)]
enum S2sMove {
    Do(dynamics::Action),
    RecordActual(NoteField),
    /// Whatever fixes the first blocker (so that random sequences do reach "ready", and
    /// leave it again).
    FixFirst,
}

fn s2s_move() -> impl Strategy<Value = S2sMove> {
    use dynamics::{Action, UserId};
    let app = (1u32..4).prop_map(AppId);
    let page = prop_oneof![
        Just(Page::AppRegistrations),
        Just(Page::NewRegistration),
        (
            app.clone(),
            prop_oneof![Just(AppTab::Overview), Just(AppTab::CertificatesSecrets), Just(AppTab::ApiPermissions)]
        )
            .prop_map(|(app, tab)| Page::App { app, tab }),
    ];
    let field = prop_oneof![
        Just(NoteField::ClientId),
        Just(NoteField::TenantId),
        Just(NoteField::AppUserEmail),
        Just(NoteField::OrgUrl)
    ];
    let text = prop_oneof![
        any::<String>(),
        Just("q8Z~4nR.tW2_xY7-kL1mP9sV3bC6dF0gH5jK8eA2".to_string()),
        Just("3f2504e0-4f89-11d3-9a0c-0305e82c3301".to_string()),
        Just("https://contoso-training.crm.dynamics.com".to_string()),
    ];
    let action = prop_oneof![
        prop_oneof![Just(Connection::ServerToServer), Just(Connection::SyncUserPassword)]
            .prop_map(Action::UseConnection),
        page.prop_map(Action::Open),
        (prop_oneof![Just("Marketo".to_string()), any::<String>()], any::<bool>())
            .prop_map(|(name, single_tenant)| Action::RegisterApp { name, single_tenant }),
        app.clone().prop_map(|app| Action::MakeSingleTenant { app }),
        (app.clone(), prop_oneof![Just(String::new()), any::<String>()]).prop_map(|(app, description)| {
            Action::NewClientSecret { app, description, expires: Default::default(), offset: Default::default() }
        }),
        (app.clone(), 1u32..5).prop_map(|(app, secret)| Action::CopySecret { app, secret }),
        app.clone().prop_map(|app| Action::GrantConsent { app }),
        prop::option::of(app).prop_map(|app| Action::CreateAppUser { app, business_unit: true }),
        (field.clone(), text).prop_map(|(field, text)| Action::Record { field, text }),
        any::<bool>().prop_map(Action::ConfirmOrgUrl),
        (4u32..8).prop_map(|u| Action::AssignRole { user: UserId(u) }),
        (4u32..8).prop_map(|u| Action::RemoveRole { user: UserId(u) }),
        prop::option::of((1u32..8).prop_map(UserId)).prop_map(|user| Action::SetMarketoUser { user }),
        Just(Action::PublishAll),
        Just(Action::ChangeConfig),
        Just(Action::RunValidation),
        any::<bool>().prop_map(Action::WantFilter),
        Just(Action::CreateFilterField { name: dynamics::FILTER_FIELD.to_string() }),
    ];
    prop_oneof![3 => action.prop_map(S2sMove::Do), 1 => field.prop_map(S2sMove::RecordActual), 4 => Just(S2sMove::FixFirst)]
}

/// The action that fixes the first unmet requirement, read from the public state.
fn fix_first(org: &Org) -> dynamics::Action {
    use dynamics::{Action, Requirement as R};
    if org.connection() != Connection::ServerToServer {
        return Action::UseConnection(Connection::ServerToServer);
    }
    let Some(first) = dynamics::readiness(org).blockers.first().map(|b| b.requirement) else {
        return Action::ChangeConfig;
    };
    let app = org.the_app();
    let app_id = app.map(|a| a.id);
    let user = org.sync_user().map(|u| u.id);
    let record = |field| resolve(org, S2sMove::RecordActual(field));
    match first {
        R::AppSingleTenant => match app {
            Some(a) => Action::MakeSingleTenant { app: a.id },
            None => Action::RegisterApp { name: "Marketo Integration".into(), single_tenant: true },
        },
        R::IdsRecorded if org.notes().client_id() != app.map(|a| a.client_id.clone()) => record(NoteField::ClientId),
        R::IdsRecorded => record(NoteField::TenantId),
        R::ConsentGranted => Action::GrantConsent { app: app_id.unwrap_or(AppId(0)) },
        R::SecretSaved => {
            match app.and_then(|a| a.secrets.iter().find(|s| s.visible && !s.copied).map(|s| (a.id, s.id))) {
                Some((app, secret)) => Action::CopySecret { app, secret },
                None => Action::NewClientSecret {
                    app: app_id.unwrap_or(AppId(0)),
                    description: "Marketo".into(),
                    expires: Default::default(),
                    offset: Default::default(),
                },
            }
        }
        R::AppUserCreated => Action::CreateAppUser { app: app_id, business_unit: true },
        R::AppUserHasRole => Action::AssignRole { user: user.unwrap_or(dynamics::UserId(0)) },
        R::AppUserEmailRecorded => record(NoteField::AppUserEmail),
        R::MarketoUserIsAppUser => Action::SetMarketoUser { user },
        R::PublishedAfterChange => Action::PublishAll,
        R::FilterFieldReady => Action::CreateFilterField { name: dynamics::FILTER_FIELD.into() },
        R::Validated => Action::RunValidation,
        R::OrgUrlConfirmed if org.notes().org_url() != org.tenant().map(|t| t.org_url.clone()) => {
            record(NoteField::OrgUrl)
        }
        R::OrgUrlConfirmed => Action::ConfirmOrgUrl(true),
        _ => Action::ChangeConfig,
    }
}

fn resolve(org: &Org, m: S2sMove) -> dynamics::Action {
    match m {
        S2sMove::Do(a) => a,
        S2sMove::FixFirst => fix_first(org),
        S2sMove::RecordActual(field) => {
            let tenant = org.tenant();
            let text = match field {
                NoteField::ClientId => org.the_app().map(|a| a.client_id.to_string()),
                NoteField::TenantId => tenant.map(|t| t.tenant_id.to_string()),
                NoteField::AppUserEmail => org.sync_user().map(|u| u.email.clone()),
                NoteField::OrgUrl => tenant.map(|t| t.org_url.to_string()),
            };
            dynamics::Action::Record { field, text: text.unwrap_or_default() }
        }
    }
}

/// Ready in the server-to-server variant, computed from the public state without
/// `readiness`: the Marketo User is an application user of a single-tenant app with
/// consent and a saved secret, it holds the role, and everything written down is that
/// tenant's own.
fn oracle_s2s_ready(org: &Org) -> bool {
    let (Some(_), Some(tenant)) = (org.solution(), org.tenant()) else {
        return false;
    };
    let Some(mu) = org.marketo_user().and_then(|id| org.user(id)) else {
        return false;
    };
    let Some(app) = mu.app.and_then(|a| tenant.app(a)) else {
        return false;
    };
    let notes = org.notes();
    mu.kind == dynamics::UserKind::ApplicationUser
        && app.single_tenant
        && app.consent
        && app.secrets.iter().any(|s| s.copied)
        && mu.has_sync_role
        && notes.client_id().as_ref() == Some(&app.client_id)
        && notes.tenant_id().as_ref() == Some(&tenant.tenant_id)
        && notes.app_user_email().is_some_and(|e| e.as_str() == mu.email)
        && org.published_current()
        && (!org.filter_wanted() || org.filter_field() == Some(dynamics::FILTER_FIELD))
        && org.validated_current()
        && notes.url_confirmed()
        && notes.org_url().as_ref() == Some(&tenant.org_url)
}

/// Ready, computed independently of `readiness` from the public state.
fn oracle_ready(org: &Org) -> bool {
    if org.connection() == Connection::ServerToServer {
        return oracle_s2s_ready(org);
    }
    let Some(version) = org.solution() else {
        return false;
    };
    let Some(mu) = org.marketo_user().and_then(|id| org.user(id)) else {
        return false;
    };
    mu.kind == dynamics::UserKind::DedicatedSyncUser
        && mu.has_sync_role
        // C6: before 4.0.0.14 every user needs the role, not only those who sync.
        && (version >= SYNC_USER_ONLY || org.users().iter().all(|u| u.has_sync_role))
        && org.published_current()
        && (!org.filter_wanted() || org.filter_field() == Some(dynamics::FILTER_FIELD))
        && org.validated_current()
        && org.signed_in_as(mu.id)
        // C8: ROPC Step 3 of 4, the client app Step 4 of 4 asks for.
        && org.tenant().zip(org.the_app()).is_some_and(|(tenant, app)| {
            let notes = org.notes();
            app.single_tenant
                && app.consent
                && app.secrets.iter().any(|s| s.copied)
                && notes.client_id().as_ref() == Some(&app.client_id)
                && notes.url_confirmed()
                && notes.org_url().as_ref() == Some(&tenant.org_url)
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn dynamics_rules_hold_over_random_sequences(
        version in prop::option::of((0u32..6, 0u32..2, 0u32..2, 0u32..20)),
        existing in prop::collection::vec(any::<bool>(), 0..3),
        actions in prop::collection::vec(dyn_action(), 0..30),
        client_app in any::<bool>(),
    ) {
        let mut org = Org::new(version.map(|(a, b, c, d)| Version::new(a, b, c, d))).in_training_tenant();
        if client_app {
            // ROPC Step 3 of 4 done, so that Step 2 of 4 decides the verdict.
            org = common::org_with_client_app(&org).reloaded();
        }
        for (i, syncs) in existing.iter().enumerate() {
            org.add_existing_user(&format!("CRM {i}"), &format!("crm{i}@example.com"), *syncs).unwrap();
        }
        for action in &actions {
            let was_published = org.published_current();
            match org.apply(&DynamicsAdmin, action, Confirmation::NotConfirmed, 0) {
                Ok(applied) => {
                    let changes_config = matches!(action, dynamics::Action::ChangeConfig | dynamics::Action::SetMarketoUser { .. });
                    org = applied.state;
                    if changes_config {
                        prop_assert!(!org.published_current());
                        prop_assert!(!dynamics::readiness(&org).is_ready());
                        prop_assert!(dynamics::readiness(&org).blockers.iter().any(|b| b.requirement == dynamics::Requirement::PublishedAfterChange)
                            || org.marketo_user().is_none());
                        if was_published {
                            prop_assert!(applied.effects.contains(&dynamics::Effect::PublishNeededAgain));
                        }
                    }
                }
                Err(Rejection::Refused(r)) => prop_assert_eq!(&r.action, action),
                Err(Rejection::NeedsConfirmation(h)) => match h {},
            }
            let verdict = dynamics::readiness(&org);
            prop_assert_eq!(verdict.is_ready(), oracle_ready(&org), "{:?} for {:?}", verdict, org);
            let json = serde_json::to_string(&org).unwrap();
            let back: Org = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &org);
            prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
            // The practice checklist and the verdict agree on what is done.
            let open: Vec<_> = dynamics::checklist(&org, None).into_iter().filter(|r| !r.status.is_done() && !r.status.is_skipped()).map(|r| r.step.id).collect();
            let blocked: Vec<_> = verdict.blockers.iter().map(|b| b.fixed_by).filter(|s| *s != dynamics::StepId::InstallSolution).collect();
            prop_assert_eq!(open, blocked);
        }
    }

    #[test]
    fn a_stored_organisation_with_one_value_changed_decodes_only_if_it_obeys_the_rules(
        actions in prop::collection::vec(dyn_action(), 0..20),
        pick in any::<prop::sample::Index>(),
        replacement in leaf(),
    ) {
        let mut org = dynamics::practice_scenario(Some(SYNC_USER_ONLY), marketo_guides_domain::saved::Lang::En);
        for action in &actions {
            if let Ok(applied) = org.apply(&DynamicsAdmin, action, Confirmation::NotConfirmed, 0) {
                org = applied.state;
            }
        }
        let mut value = serde_json::to_value(&org).unwrap();
        replace_one_leaf(&mut value, pick, replacement);
        if let Ok(decoded) = serde_json::from_value::<Org>(value) {
            // It decodes only as an organisation every action can work on without surprise:
            // the Marketo User exists and the verdict agrees with the oracle.
            prop_assert!(decoded.marketo_user().is_none_or(|id| decoded.user(id).is_some()));
            prop_assert_eq!(dynamics::readiness(&decoded).is_ready(), oracle_ready(&decoded));
        }
    }

    #[test]
    fn server_to_server_rules_hold_over_random_sequences(
        moves in prop::collection::vec(s2s_move(), 0..60),
        start_s2s in any::<bool>(),
    ) {
        let connection = if start_s2s { Connection::ServerToServer } else { Connection::SyncUserPassword };
        let mut org = dynamics::practice_session_for(connection, SYNC_USER_ONLY, marketo_guides_domain::saved::Lang::En).state().clone();
        for m in moves {
            let action = resolve(&org, m);
            let was_published = org.published_current();
            match org.apply(&DynamicsAdmin, &action, Confirmation::NotConfirmed, 1_795_000_000_000) {
                Ok(applied) => {
                    let changes_config = matches!(action, dynamics::Action::ChangeConfig | dynamics::Action::SetMarketoUser { .. });
                    org = applied.state;
                    if changes_config {
                        prop_assert!(!org.published_current());
                        prop_assert!(!dynamics::readiness(&org).is_ready());
                        if was_published {
                            prop_assert!(applied.effects.contains(&dynamics::Effect::PublishNeededAgain));
                        }
                    }
                }
                // A refusal changes nothing (`apply` works on a copy) and names the action.
                Err(Rejection::Refused(r)) => prop_assert_eq!(&r.action, &action),
                Err(Rejection::NeedsConfirmation(h)) => match h {},
            }
            let verdict = dynamics::readiness(&org);
            prop_assert_eq!(verdict.is_ready(), oracle_ready(&org), "{:?} for {:?}", verdict, org);
            // No secret-shaped text is ever kept in the notes.
            for f in NoteField::ALL {
                prop_assert!(!marketo_guides_domain::s2s::looks_like_secret(org.notes().text(f)));
            }
            // Stored and read back, it is the same organisation with shown secrets hidden.
            let json = serde_json::to_string(&org).unwrap();
            let back: Org = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(&back, &org.reloaded());
            // The practice checklist and the verdict agree on what is done.
            let open: Vec<_> = dynamics::checklist(&org, None).into_iter().filter(|r| !r.status.is_done() && !r.status.is_skipped()).map(|r| r.step.id).collect();
            let blocked: Vec<_> = verdict.blockers.iter().map(|b| b.fixed_by).filter(|s| *s != dynamics::StepId::InstallSolution).collect();
            prop_assert_eq!(open, blocked);
        }
    }

    #[test]
    fn a_stored_server_to_server_organisation_with_one_value_changed_decodes_only_if_it_obeys_the_rules(
        moves in prop::collection::vec(s2s_move(), 0..25),
        pick in any::<prop::sample::Index>(),
        replacement in leaf(),
    ) {
        let mut org = dynamics::practice_session(SYNC_USER_ONLY, marketo_guides_domain::saved::Lang::En).state().clone();
        for m in moves {
            let action = resolve(&org, m);
            if let Ok(applied) = org.apply(&DynamicsAdmin, &action, Confirmation::NotConfirmed, 0) {
                org = applied.state;
            }
        }
        let mut value = serde_json::to_value(&org).unwrap();
        replace_one_leaf(&mut value, pick, replacement);
        if let Ok(decoded) = serde_json::from_value::<Org>(value) {
            prop_assert!(decoded.marketo_user().is_none_or(|id| decoded.user(id).is_some()));
            prop_assert!(decoded.users().iter().all(|u| u.app.is_none_or(|a| decoded.tenant().is_some_and(|t| t.app(a).is_some()))));
            prop_assert_eq!(dynamics::readiness(&decoded).is_ready(), oracle_ready(&decoded));
        }
    }

    #[test]
    fn a_stored_dynamics_widget_with_one_value_changed_never_reads_back_a_secret(
        moves in prop::collection::vec(s2s_move(), 0..20),
        pick in any::<prop::sample::Index>(),
        replacement in prop_oneof![
            leaf(),
            Just(serde_json::Value::from("q8Z~4nR.tW2_xY7-kL1mP9sV3bC6dF0gH5jK8eA2")),
            Just(serde_json::Value::from("https://contoso.crm.dynamics.com")),
            Just(serde_json::Value::from("ServerToServer")),
        ],
    ) {
        use marketo_guides_domain::saved::{Lang, Mode, Saved};
        let mut saved = Saved::<dynamics::DynamicsStep2>::fresh(Mode::Guide, Lang::En);
        use dynamics::DynAnswer;
        saved.set_answer(DynAnswer::Note(NoteField::OrgUrl, "https://contoso.crm.dynamics.com".into()), 1).unwrap();
        saved.set_answer(DynAnswer::ConfirmUrl(true), 1).unwrap();
        saved.set_answer(DynAnswer::Note(NoteField::ClientId, "3f2504e0-4f89-11d3-9a0c-0305e82c3301".into()), 2).unwrap();
        let mut session = saved.practice().clone();
        for m in moves {
            let action = resolve(session.state(), m);
            let _ = session.press(&action, Confirmation::NotConfirmed, 3);
        }
        saved.set_practice(session, 4);
        let mut value = serde_json::to_value(&saved).unwrap();
        replace_one_leaf(&mut value, pick, replacement);
        if let Ok(decoded) = serde_json::from_value::<Saved<dynamics::DynamicsStep2>>(value) {
            let notes = [decoded.answers().notes(), decoded.practice().state().notes()];
            for (n, f) in notes.iter().flat_map(|n| NoteField::ALL.map(|f| (n, f))) {
                prop_assert!(!marketo_guides_domain::s2s::looks_like_secret(n.text(f)));
            }
            prop_assert!(decoded.practice().is_consistent());
            let _ = dynamics::readiness(decoded.practice().state());
            let _ = dynamics::guide_readiness(&dynamics::guide_org(decoded.answers()), &decoded.ticked(), decoded.answers().expires(marketo_guides_domain::s2s::Day::of(0)));
        }
    }

    #[test]
    fn version_parsing_never_panics_and_round_trips(text in any::<String>(), parts in any::<[u16; 4]>()) {
        let _ = Version::parse(&text);
        let v = Version::new(parts[0].into(), parts[1].into(), parts[2].into(), parts[3].into());
        prop_assert_eq!(Version::parse(&v.to_string()), Ok(v));
    }
}
