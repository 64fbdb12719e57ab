//! Every text of every language is rendered here, with every domain value it can show.
//! Korean and Japanese texts must be in Korean and Japanese (not English left behind), and
//! no text may be empty.

use super::*;
use domain::dynamics::{
    Crumb as DC, Effect as DE, NotApplicable, Note, Requirement, Section, StepId, TextProblem, UserId, UserKind,
    Warning,
};
use domain::sia::{
    Action, CannotPlan, Crumb, Effect, Hazard, PersonId, Refusal, SituationError, SkipReason, StepKind, WayOut, Why,
    Workspace,
};

/// Every text a catalog can produce, with a label saying where it came from.
fn every_text(c: &Catalog) -> Vec<(String, String)> {
    let names = |id: PersonId| format!("P{}", id.0);
    let unames = |id: UserId| format!("U{}", id.0);
    let p = PersonId(1);
    let mut out: Vec<(String, String)> = Vec::new();
    macro_rules! s {
        ($part:ident: $($f:ident),* $(,)?) => { $( out.push((stringify!($f).into(), c.$part.$f.to_string())); )* };
        ($($f:ident),* $(,)?) => { $( out.push((stringify!($f).into(), c.$f.to_string())); )* };
    }
    s!(
        mode,
        guide,
        practice,
        guide_hint,
        practice_hint,
        language,
        start_over,
        start_over_question,
        start_over_yes,
        cancel,
        yes,
        no,
        all_done,
        status_done,
        status_current,
        status_later,
        status_skipped,
        recovery,
        where_to_click,
        mark_done,
        note,
        warning,
        why_label,
        show_steps,
        hide_steps,
        activity,
        activity_empty,
        acting_as,
        checklist,
        confirm_title,
        confirm_do,
        crashed,
        storage_blocked,
        storage_corrupt,
        storage_newer,
        storage_quota,
        download_quarantined,
        announce_all_done,
        loading_practice,
        practice_failed,
        try_again,
        sia_title,
        sia_name,
        dyn_title,
    );
    s!(
        sia:
        sia_intro,
        sia_situation,
        sia_leaving_name,
        sia_incoming_name,
        sia_q_others,
        sia_errata,
        sia_console,
        sia_console_hint,
        sia_integration_down,
        sia_connect,
        sia_disconnect,
        sia_user_access,
        sia_user_access_empty,
        sia_workspace,
        sia_remove_access,
        sia_grant_legend,
        sia_workspace_label,
        sia_grant,
        sia_people,
        sia_role,
        sia_admin,
        sia_user,
        sia_remove_person,
        sia_default_workspace,
        sia_complete,
        sia_complete_after_outage,
        sia_badge_leaving,
        sia_badge_incoming,
        sia_others_name,
    );
    s!(
        dy:
        dyn_kicker,
        dyn_questions,
        dyn_version_label,
        dyn_version_help,
        dyn_name_label,
        dyn_email_label,
        dyn_filter_label,
        dyn_card_user_name,
        dyn_card_password,
        dyn_card_password_text,
        dyn_blockers,
        dyn_warnings,
        dyn_go_to_step,
        dyn_console,
        dyn_console_hint,
        dyn_users,
        dyn_has_role,
        dyn_create_legend,
        dyn_create,
        dyn_assign_role,
        dyn_remove_role,
        dyn_config_legend,
        dyn_marketo_user,
        dyn_none_chosen,
        dyn_save,
        dyn_other_change,
        dyn_publish,
        dyn_prep_legend,
        dyn_want_filter,
        dyn_field_name,
        dyn_create_field,
        dyn_validate,
        dyn_sign_in,
        dyn_sign_in_as,
    );
    let mut push = |label: &str, text: String| out.push((label.to_string(), text));
    push("progress", (c.progress)(1, 4));
    push("step_of", (c.step_of)(2, 4));
    push("status_waiting", (c.status_waiting)("X"));
    push("announce_step_done", (c.announce_step_done)("X"));
    push(
        "bad_attribute",
        (c.bad_attribute)(&domain::embed::BadAttribute {
            attribute: "data-mode",
            value: "x".into(),
            accepted: vec!["guide", "practice"],
        }),
    );
    push("copy_step_link", c.copy_step_link.to_string());
    for (label, text) in [
        ("share_progress", c.share_progress),
        ("link_to_share", c.link_to_share),
        ("share_copied", c.share_copied),
        ("share_not_copied", c.share_not_copied),
        ("share_mail", c.share_mail),
        ("share_mail_subject", c.share_mail_subject),
        ("offer_title", c.offer_title),
        ("offer_all_done", c.offer_all_done),
        ("offer_load", c.offer_load),
        ("offer_not_now", c.offer_not_now),
        ("offer_loaded", c.offer_loaded),
        ("link_too_long", c.link_too_long),
        ("link_damaged", c.link_damaged),
        ("link_newer", c.link_newer),
    ] {
        push(label, text.to_string());
    }
    push("share_mail_body", (c.share_mail_body)("https://example.com/#mg-share=x"));
    push("who", (c.who)("A", "P1"));
    push("offer_from", (c.offer_from)("P1", 1, 4));
    push("offer_from_someone", (c.offer_from_someone)(1, 4));
    push("offer_you", (c.offer_you)("P2", "x"));
    push("offer_next", (c.offer_next)("x"));
    push("link_other_guide", (c.link_other_guide)("x"));
    push("link_copied", c.link_copied.to_string());
    push("link_not_copied", (c.link_not_copied)("https://example.com/#mg-x"));
    push("rule_label", c.rule_label.to_string());
    push("not_available", c.not_available.to_string());
    push("log_earlier", (c.log_earlier)(3));
    for r in Rule::ALL {
        push(&format!("rule {r:?}"), (c.rule)(r).to_string());
    }
    push("sia_q_access", (c.sia.sia_q_access)("B"));
    push("sia_q_original", (c.sia.sia_q_original)("A"));
    push("sia_q_data_sync", c.sia.sia_q_data_sync.to_string());
    push("sia_q_original_help", c.sia.sia_q_original_help.to_string());
    for u in domain::sia::Unsure::ALL {
        push("sia_unsure", (c.sia.sia_unsure)(u).to_string());
    }
    push("source", (c.source)("T"));
    push("not_documented", c.not_documented.to_string());
    push("advice", c.advice.to_string());
    push("simulation", c.simulation.to_string());
    push("sources", c.sources.to_string());
    push("new_tab", c.new_tab.to_string());
    push("secret_refused", c.secret_refused.to_string());
    push("sia_q_leaving_connected", (c.sia.sia_q_leaving_connected)("A"));
    push("sia_q_incoming_connected", (c.sia.sia_q_incoming_connected)("B"));
    push("sia_connected_as", (c.sia.sia_connected_as)("A"));
    let replay = domain::engine::Rejection::Refused(Refusal {
        rule: Rule::F2,
        actor: PersonId(1),
        action: Action::Connect,
        why: Why::ActorHasAccess,
        way_out: WayOut::AskAnAdmin,
    });
    for e in [SituationError::LeavingName(sia::NameError::Empty), SituationError::Replay(Box::new(replay))] {
        push("sia_situation_error", (c.sia.sia_situation_error)(&e));
    }
    for k in StepKind::ALL {
        push("sia_step_title", (c.sia.sia_step_title)(k, "X", "A", "B"));
        push("sia_step_why", (c.sia.sia_step_why)(k).to_string());
    }
    for r in SkipReason::ALL {
        push("sia_skip", (c.sia.sia_skip)(r, "A", "B"));
    }
    for cr in [
        Crumb::Gear,
        Crumb::Settings,
        Crumb::UserAccess,
        Crumb::SearchFor(p),
        Crumb::RemoveAccess,
        Crumb::Connect,
        Crumb::Disconnect,
        Crumb::RemoveFromInstance,
    ] {
        push("sia_crumb", (c.sia.sia_crumb)(cr, &names));
    }
    for e in [
        CannotPlan::SamePerson,
        CannotPlan::IncomingNotInInstance,
        CannotPlan::IncomingNotAdmin,
        CannotPlan::NobodyCanRemoveAccess,
        CannotPlan::Internal,
    ] {
        push("sia_cannot_plan", (c.sia.sia_cannot_plan)(&e).to_string());
    }
    let whys = [
        Why::ActorNotInInstance,
        Why::ActorNotAdmin,
        Why::AlreadyConnected,
        Why::ActorHasAccess,
        Why::ActorNotConnected,
        Why::NobodySelected,
        Why::NotInInstance(p),
        Why::AlreadyHasAccess(p),
        Why::HasNoAccess(p),
        Why::CannotRemoveSelf,
    ];
    let ways = [
        WayOut::AskAnAdmin,
        WayOut::AlreadyDone,
        WayOut::RemoveAccessFirst { by: vec![] },
        WayOut::RemoveAccessFirst { by: vec![p] },
        WayOut::AskConnectedAdmin { admins: vec![] },
        WayOut::AskConnectedAdmin { admins: vec![p] },
        WayOut::ChooseSomeone,
        WayOut::AddToInstanceFirst,
        WayOut::RemoveAndGrantAgain,
        WayOut::AskAnotherAdmin,
    ];
    for why in whys {
        push("sia_why", (c.sia.sia_why)(&why, &names));
    }
    for way_out in ways {
        push("sia_way_out", (c.sia.sia_way_out)(&way_out, &names));
    }
    for h in [
        Hazard::LastConnectionWhileUsersRely { rule: Rule::F4, users: vec![p] },
        Hazard::RemovesConnectedAdmin { rule: Rule::F5, admin: p, users: vec![] },
        Hazard::RemovesConnectedAdmin { rule: Rule::F5, admin: p, users: vec![p] },
        Hazard::RemovesOriginalUser { rule: Rule::F7, person: p },
    ] {
        push("sia_hazard", (c.sia.sia_hazard)(&h, &names));
    }
    for e in [
        Effect::Connected { admin: p },
        Effect::IntegrationRestored { users: vec![p] },
        Effect::Disconnected { admin: p },
        Effect::IntegrationDown { users_lost: vec![], documented: true },
        Effect::IntegrationDown { users_lost: vec![p], documented: false },
        Effect::AccessGranted { users: vec![p], workspace: Workspace::Default },
        Effect::GrantedSoonAfterConnect { minutes_left: 3 },
        Effect::AccessRemoved { user: p },
        Effect::PersonRemoved { person: p },
        Effect::OriginalUserRemoved { person: p },
    ] {
        push("sia_effect", (c.sia.sia_effect)(&e, &names));
    }
    for a in [
        Action::Connect,
        Action::Disconnect,
        Action::GrantAccess { users: vec![p], workspace: None },
        Action::RemoveAccess { user: p },
        Action::RemovePerson { person: p },
    ] {
        push("sia_did", (c.sia.sia_did)(&a, "X", &names));
    }
    for conn in domain::s2s::Connection::ALL {
        push("dyn_intro", (c.dy.dyn_intro)(conn).to_string());
        push("dyn_heading", (c.dy.dyn_heading)(conn).to_string());
    }
    let s2s_name = c.dy.s2s.connection_s2s;
    push("dyn_answers", (c.dy.dyn_answers)(s2s_name, Some("4.0.0.14")));
    push("dyn_answers none", (c.dy.dyn_answers)(s2s_name, None));
    push("sia_answers", (c.sia.sia_answers)("A", "B"));
    for (k, v) in [("more", c.more), ("change", c.change), ("next_step", c.next_step), ("tools", c.tools)] {
        push(k, v.to_string());
    }
    push("dyn_step1_body", (c.dy.dyn_step1_body)(Some("4.0.0.14")));
    push("dyn_step1_body none", (c.dy.dyn_step1_body)(None));
    push("dyn_step4_body", (c.dy.dyn_step4_body)("S"));
    // Numbered as each connection's pages number them: "of 3" and "of 4".
    for n in [3, 4] {
        push("dyn_step1_title", (c.dy.dyn_step1_title)(n));
        push("dyn_next_title", (c.dy.dyn_next_title)(n));
        push("dyn_readiness", (c.dy.dyn_readiness)(n));
        push("dyn_ready", (c.dy.dyn_ready)(n));
        push("dyn_card_title", (c.dy.dyn_card_title)(n));
        push("dyn_card_intro", (c.dy.dyn_card_intro)(n));
    }
    push("dyn_credentials_to", (c.dy.dyn_credentials_to)("s@x"));
    push("dyn_not_ready", (c.dy.dyn_not_ready)(1));
    push("dyn_not_ready n", (c.dy.dyn_not_ready)(3));
    for b in [true, false] {
        push("dyn_published_state", (c.dy.dyn_published_state)(b).to_string());
    }
    use domain::version::VersionError as V;
    for e in [
        V::Empty,
        V::WrongNumberOfParts { found: 2 },
        V::EmptyPart { position: 1 },
        V::Negative { position: 1 },
        V::TooLarge { position: 1 },
        V::NotANumber { position: 1, text: "x".into() },
    ] {
        push("version_error", (c.dy.version_error)(&e));
    }
    for sct in Section::ALL {
        push("dyn_section", (c.dy.dyn_section)(sct).to_string());
    }
    for id in StepId::ALL {
        push("dyn_step_title", (c.dy.dyn_step_title)(id, "S"));
    }
    for cr in DC::ALL {
        push("dyn_crumb", (c.dy.dyn_crumb)(cr).to_string());
    }
    for n in Note::ALL {
        push("dyn_note", (c.dy.dyn_note)(n).to_string());
    }
    for n in [NotApplicable::RoleOnlyForSyncUser, NotApplicable::FilterNotWanted] {
        push("dyn_not_applicable", (c.dy.dyn_not_applicable)(n).to_string());
    }
    for r in [
        Requirement::SolutionInstalled,
        Requirement::SyncUserCreated,
        Requirement::SyncUserHasRole,
        Requirement::SyncingUsersHaveRole,
        Requirement::MarketoUserIsSyncUser,
        Requirement::PublishedAfterChange,
        Requirement::FilterFieldReady,
        Requirement::Validated,
        Requirement::SignedInAsSyncUser,
    ] {
        push("dyn_requirement", (c.dy.dyn_requirement)(r).to_string());
    }
    for w in [Warning::EditsNotSyncedBack, Warning::LanguageEnglish, Warning::RoleNotNeeded { users: vec![UserId(1)] }]
    {
        push("dyn_warning", (c.dy.dyn_warning)(&w, &unames));
    }
    use dynamics::{WayOut as DW, Why as DY};
    let dwhys = [
        DY::SolutionMissing,
        DY::Text(TextProblem::NameEmpty),
        DY::Text(TextProblem::NameTooLong),
        DY::Text(TextProblem::NameTaken),
        DY::Text(TextProblem::EmailEmpty),
        DY::Text(TextProblem::EmailNotAnAddress),
        DY::Text(TextProblem::EmailTooLong),
        DY::NoSuchUser,
        DY::AlreadyHasRole,
        DY::HasNoRole,
        DY::ExistingCrmUser,
        DY::AlreadyMarketoUser,
        DY::FilterFieldExists,
        DY::FilterFieldMisnamed,
        DY::NotPublished,
        DY::NoMarketoUser,
        DY::AlreadyValidated,
        DY::AlreadySignedIn,
        DY::NoUserChosen,
    ];
    let dways = [
        DW::DoStepOne,
        DW::FixInput,
        DW::ChooseListedUser,
        DW::AlreadyDone,
        DW::CreateDedicatedUser,
        DW::UseExactFilterName,
        DW::PublishFirst,
        DW::ChooseMarketoUserFirst,
    ];
    for why in dwhys {
        push("dyn_why", (c.dy.dyn_why)(&why));
    }
    for way_out in dways {
        push("dyn_way_out", (c.dy.dyn_way_out)(&way_out).to_string());
    }
    let u = UserId(1);
    for e in [
        DE::UserCreated { user: u },
        DE::CredentialsSent { user: u },
        DE::RoleAssigned { user: u },
        DE::RoleNotNeeded { user: u },
        DE::RoleRemoved { user: u },
        DE::MarketoUserSet { user: u },
        DE::PublishNeededAgain,
        DE::Published,
        DE::NothingNewToPublish,
        DE::FilterWanted(true),
        DE::FilterWanted(false),
        DE::FilterFieldCreated,
        DE::Validated,
        DE::SignedIn { user: u },
    ] {
        push("dyn_effect", (c.dy.dyn_effect)(&e, &unames));
    }
    for k in [UserKind::ExistingCrmUser, UserKind::DedicatedSyncUser, UserKind::ApplicationUser] {
        push("dyn_user_kind", (c.dy.dyn_user_kind)(k).to_string());
    }
    s2s_texts(c, &mut push);
    for (name, text) in c.kit.all() {
        push(&format!("kit {name}"), text.to_string());
    }
    for p in domain::presets::Preset::ALL {
        push("preset_name", (c.preset_name)(p).to_string());
        push("preset_goal", (c.preset_goal)(p).to_string());
    }
    {
        use domain::transfer::ImportProblem as I;
        for problem in [
            I::TooBig { bytes: 2_000_000 },
            I::Empty,
            I::NotJson,
            I::WrongShape,
            I::Newer { schema: 3 },
            I::OtherFlow(domain::saved::Flow::DynamicsSyncUser),
            I::Unreadable,
        ] {
            push("import_problem", (c.import_problem)(&problem));
        }
    }
    push("kit_replace_question", (c.kit_replace_question)("X"));
    push("kit_put_right", (c.kit_put_right)("10:00", "X"));
    out
}

/// Every text of the server-to-server variant, with every value it can show.
fn s2s_texts(c: &Catalog, push: &mut dyn FnMut(&str, String)) {
    use domain::dynamics::{WayOut as DW, Why as DY};
    use domain::s2s::{
        AppTab, Connection, Day, DayError, GuidError, NoteField, NoteProblem, OrgUrlCaution, OrgUrlError, Page,
        Refused, SecretLifetime, UserNameError,
    };
    let unames = |id: UserId| format!("U{}", id.0);
    for (name, text) in c.dy.s2s.all() {
        push(&format!("s2s {name}"), text.to_string());
    }
    for f in NoteField::ALL {
        push("s2s_field", (c.dy.s2s_field)(f).to_string());
        push("s2s_field_help", (c.dy.s2s_field_help)(f).to_string());
        push("dyn_effect recorded", (c.dy.dyn_effect)(&DE::Recorded { field: f }, &unames));
    }
    for r in [Refused::LooksLikeSecret, Refused::TooLong, Refused::NothingToConfirm] {
        push("refused", (c.refused)(r).to_string());
        push("dyn_why note", (c.dy.dyn_why)(&DY::Note(r)));
    }
    for e in [
        DayError::NotADate,
        DayError::NoSuchDay,
        DayError::OutOfRange,
        DayError::TooFarAhead { latest: Day { year: 2028, month: 12, day: 3 } },
    ] {
        push("s2s_day_error", (c.dy.s2s_day_error)(e));
    }
    for caution in [OrgUrlCaution::OtherCloud, OrgUrlCaution::UnusualDynamicsHost, OrgUrlCaution::CustomDomain] {
        push("s2s_caution", (c.dy.s2s_caution)(&caution).to_string());
    }
    for l in SecretLifetime::ALL {
        push("s2s_lifetime", (c.dy.s2s_lifetime)(l).to_string());
    }
    push("s2s_expiry_reminder", (c.dy.s2s_expiry_reminder)("2027-05-31"));
    push("s2s_expires_on", (c.dy.s2s_expires_on)("2027-05-31"));
    let problems = [
        NoteProblem::Guid(GuidError::Empty),
        NoteProblem::Guid(GuidError::TooLong),
        NoteProblem::Guid(GuidError::LooksLikeSecret),
        NoteProblem::Guid(GuidError::WrongGroups { found: vec![8, 4] }),
        NoteProblem::Guid(GuidError::NotHex { position: 3, character: 'g' }),
        NoteProblem::Guid(GuidError::Nil),
        NoteProblem::UserName(UserNameError::Empty),
        NoteProblem::UserName(UserNameError::TooLong),
        NoteProblem::UserName(UserNameError::LooksLikeSecret),
        NoteProblem::UserName(UserNameError::HasSpace),
        NoteProblem::UserName(UserNameError::NotAnAddress),
        NoteProblem::OrgUrl(OrgUrlError::Empty),
        NoteProblem::OrgUrl(OrgUrlError::TooLong),
        NoteProblem::OrgUrl(OrgUrlError::LooksLikeSecret),
        NoteProblem::OrgUrl(OrgUrlError::NotHttps { scheme: Some("http".into()) }),
        NoteProblem::OrgUrl(OrgUrlError::NotHttps { scheme: None }),
        NoteProblem::OrgUrl(OrgUrlError::ExtraParts),
        NoteProblem::OrgUrl(OrgUrlError::HasPath),
        NoteProblem::OrgUrl(OrgUrlError::NotAHost { host: "x".into() }),
        NoteProblem::OrgUrl(OrgUrlError::OtherService { host: "login.microsoftonline.com".into() }),
        NoteProblem::OrgUrl(OrgUrlError::BadOrgName { name: "x_y".into() }),
    ];
    for p in &problems {
        push("s2s_problem", (c.dy.s2s_problem)(p));
    }
    for id in StepId::ALL {
        push("dyn_step_title", (c.dy.dyn_step_title)(id, c.dy.s2s.app_user_name));
    }
    for r in [
        Requirement::AppSingleTenant,
        Requirement::IdsRecorded,
        Requirement::ConsentGranted,
        Requirement::SecretSaved,
        Requirement::AppUserCreated,
        Requirement::AppUserHasRole,
        Requirement::AppUserEmailRecorded,
        Requirement::OrgUrlConfirmed,
        Requirement::MarketoUserIsAppUser,
    ] {
        push("dyn_requirement", (c.dy.dyn_requirement)(r).to_string());
    }
    let day = Day { year: 2027, month: 5, day: 31 };
    for w in [Warning::SecretExpires { on: day }, Warning::UpgradeIsSeparate] {
        push("dyn_warning", (c.dy.dyn_warning)(&w, &unames));
    }
    for why in [
        DY::Text(TextProblem::LooksLikeSecret),
        DY::SameConnection,
        DY::NotServerToServer,
        DY::AlreadyOpen,
        DY::NoSuchApp,
        DY::NoAppChosen,
        DY::NoBusinessUnit,
        DY::AlreadySingleTenant,
        DY::ConsentAlreadyGranted,
        DY::SecretGone,
        DY::SecretAlreadyCopied,
        DY::AppUserExists,
        DY::AppNameTaken,
        DY::SameValue,
        DY::Url(OrgUrlError::HasPath),
        DY::AlreadyConfirmed,
        DY::NotConfirmed,
    ] {
        push("dyn_why", (c.dy.dyn_why)(&why));
    }
    for way_out in [
        DW::SwitchToServerToServer,
        DW::ChooseListedApp,
        DW::ChooseBusinessUnit,
        DW::MakeNewSecret,
        DW::KeepSecretsElsewhere,
        DW::FixUrlFirst,
        DW::ChooseApplicationUser,
    ] {
        push("dyn_way_out", (c.dy.dyn_way_out)(&way_out).to_string());
    }
    let u = UserId(1);
    let name = "Marketo Integration".to_string();
    let app = domain::s2s::AppId(1);
    for e in [
        DE::ConnectionChosen(Connection::ServerToServer),
        DE::ConnectionChosen(Connection::SyncUserPassword),
        DE::PageOpened { page: Page::AppRegistrations, app: None },
        DE::PageOpened { page: Page::NewRegistration, app: None },
        DE::PageOpened { page: Page::App { app, tab: AppTab::Overview }, app: Some(name.clone()) },
        DE::PageOpened { page: Page::App { app, tab: AppTab::CertificatesSecrets }, app: Some(name.clone()) },
        DE::PageOpened { page: Page::App { app, tab: AppTab::ApiPermissions }, app: Some(name.clone()) },
        DE::AppRegistered { name: name.clone(), single_tenant: true },
        DE::AppRegistered { name: name.clone(), single_tenant: false },
        DE::OpenToAnyOrganization { name: name.clone() },
        DE::MadeSingleTenant { name: name.clone() },
        DE::SecretShownOnce { description: "x".into(), expires_on: day },
        DE::SecretShownOnce { description: String::new(), expires_on: day },
        DE::SecretCopied { description: "x".into() },
        DE::SecretLost { description: "x".into() },
        DE::ConsentGranted { name: name.clone() },
        DE::AppUserCreated { user: u },
        DE::ConfirmationCleared,
        DE::UrlConfirmed(true),
        DE::UrlConfirmed(false),
        DE::MarketoUserLacksRole { user: u },
    ] {
        push("dyn_effect", (c.dy.dyn_effect)(&e, &unames));
    }
}

fn is_hangul(ch: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&ch)
}
fn is_japanese(ch: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&ch) || ('\u{4E00}'..='\u{9FFF}').contains(&ch)
}

/// Texts that are product or UI names in every language.
const NAMES: &[&str] = &["Sales Insight Actions", "Marketo", "OK", "Marketo Sync User"];

/// Names that stay in Latin letters in every language (products, screens, fields, the
/// placeholders of this test). They do not count against a translation.
const LATIN_NAMES: &[&str] = &[
    "Sales Insight Actions",
    "Marketo Sync User",
    "Marketo Integration",
    "Reconfigure Dynamics Authentication Method",
    "URL",
    "Publish All Customizations",
    "Microsoft Entra ID",
    "Microsoft Entra",
    "Power Platform",
    "Entra",
    "OAuth",
    "API",
    "Markdown",
    "JSON",
    "MiB",
    "KiB",
    "ID",
    "Contoso",
    "Validate Microsoft Dynamics Sync",
    "Microsoft Dynamics",
    "Marketo Config",
    "Marketo",
    "Dynamics",
    "Microsoft",
    "new_synctomkto",
    "Two Options",
    "Adobe",
    "CRM",
    "OK",
    "Default",
    "User Access",
    "Connect",
    "Disconnect",
    "Settings",
    "Enabled Users",
    "Manage Roles",
    "Marketo User",
    "Solutions",
];

/// The share of a text's letters (after removing product names and test placeholders)
/// that are in `script`. A text left in English scores near 0; a translated text with a
/// product name in it scores near 1.
fn script_share(text: &str, script: fn(char) -> bool) -> f64 {
    // Code the reader types as it is (attribute values, field names, addresses) is not prose.
    // Runs of ASCII with code characters in them are dropped (Japanese has no spaces to
    // split on, so runs are found character by character).
    let mut rest = String::new();
    let mut run = String::new();
    for ch in text.chars().chain([' ']) {
        if ch.is_ascii_graphic() {
            run.push(ch);
            continue;
        }
        if !run.contains(['-', '=', '_', '/', '@', '"', '\\']) {
            rest.push_str(&run);
        }
        run.clear();
        rest.push(ch);
    }
    for name in LATIN_NAMES {
        rest = rest.replace(name, " ");
    }
    // Placeholders the test passes in: P1, U1, A, B, x.
    let words: Vec<&str> = rest.split(|c: char| !c.is_alphanumeric() && c != '_').collect();
    let kept: String = words
        .iter()
        .filter(|w| !matches!(**w, "P1" | "U1" | "A" | "B" | "x" | "P2"))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let letters: Vec<char> = kept.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 1.0;
    }
    letters.iter().filter(|c| script(**c)).count() as f64 / letters.len() as f64
}

#[test]
fn the_script_share_tells_a_translation_from_english_with_one_native_letter() {
    assert!(script_share("This text stays English 가", is_hangul) < 0.2);
    assert!(script_share("Marketo 설정에서 연결을 누르세요", is_hangul) > 0.9);
    assert!(script_share("This text stays English の", is_japanese) < 0.2);
}

#[test]
fn no_text_is_empty_in_any_language() {
    for lang in Lang::ALL {
        for (label, text) in every_text(lang.texts()) {
            assert!(!text.trim().is_empty(), "{lang:?} {label} is empty");
        }
    }
}

#[test]
fn korean_and_japanese_texts_are_translated() {
    let en = every_text(Lang::En.texts());
    for (lang, script) in [(Lang::Ko, is_hangul as fn(char) -> bool), (Lang::Ja, is_japanese)] {
        let texts = every_text(lang.texts());
        assert_eq!(texts.len(), en.len());
        let mut untranslated = Vec::new();
        for ((label, text), (_, english)) in texts.iter().zip(&en) {
            if NAMES.contains(&text.as_str()) {
                continue;
            }
            let share = script_share(text, script);
            if share <= 0.6 || text == english {
                untranslated.push(format!("{label} ({share:.2}): {text:?}"));
            }
        }
        assert!(untranslated.is_empty(), "{lang:?} texts mostly not in {lang:?}:\n{}", untranslated.join("\n"));
    }
}

/// The names and numbers a text is given ("P1", "U2", counts) reach the reader in every
/// language: a translation that drops or garbles one fails here.
#[test]
fn every_language_shows_the_names_and_numbers_it_is_given() {
    /// The names ("P1", "U2") and numbers ("4.0.0.14", "90") in a text.
    fn given(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut found: Vec<String> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let name = (chars[i] == 'P' || chars[i] == 'U') && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            let number = chars[i].is_ascii_digit();
            if (name || number) && (i == 0 || !chars[i - 1].is_ascii_alphanumeric()) {
                let body = |c: &char| c.is_ascii_digit() || *c == '.' || *c == ',';
                let end = (i + 1..chars.len()).find(|j| !body(&chars[*j])).unwrap_or(chars.len());
                let token: String = chars[i..end].iter().collect();
                found.push(token.trim_end_matches(['.', ',']).to_string());
                i = end;
            } else {
                i += 1;
            }
        }
        found.sort();
        found
    }
    let en = every_text(Lang::En.texts());
    assert!(en.len() > 250, "only {} texts rendered", en.len());
    let names_given: usize = en.iter().map(|(_, t)| given(t).len()).sum();
    assert!(names_given > 60, "only {names_given} names given to the texts: the test would check little");
    let mut wrong = Vec::new();
    for lang in [Lang::Ko, Lang::Ja] {
        for ((label, text), (_, english)) in every_text(lang.texts()).iter().zip(&en) {
            let (want, got) = (given(english), given(text));
            if want.iter().any(|w| !got.contains(w)) {
                wrong.push(format!("{lang:?} {label}: {want:?} in English, {got:?} here: {text:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "names or numbers lost in translation:\n{}", wrong.join("\n"));
}

#[test]
fn language_is_resolved_from_hints_in_order_then_english() {
    assert_eq!(Lang::resolve(["fr-FR", "ko-KR", "ja"]), Lang::Ko);
    assert_eq!(Lang::resolve(["ja_JP"]), Lang::Ja);
    assert_eq!(Lang::resolve(["de", ""]), Lang::En);
    assert_eq!(Lang::resolve([]), Lang::En);
    assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
}

/// Whether a claim is documented is the sources table's to say (`domain::sources`), shown
/// as a link or as the one "not documented" label: no other text says it in its own words.
#[test]
fn only_the_sources_label_speaks_of_documentation() {
    let words: [(Lang, &[&str]); 3] = [
        (Lang::En, &["document"]),
        (Lang::Ko, &["문서화"]),
        (Lang::Ja, &["ドキュメント化", "文書化", "記載されていません", "文書にない"]),
    ];
    for (lang, stems) in words {
        let c = lang.texts();
        for (name, text) in every_text(c) {
            if name == "not_documented" {
                continue;
            }
            let lower = text.to_lowercase();
            for stem in stems {
                assert!(!lower.contains(stem), "{lang:?} {name} speaks of documentation: {text}");
            }
        }
        assert!(!c.not_documented.is_empty());
    }
}

/// The domain decides which errata a language's reader gets (`sia::Errata::applies`); each
/// catalog has the text for exactly those, so no errata is decided twice or left unsaid.
#[test]
fn each_language_has_the_errata_the_domain_gives_its_readers() {
    use domain::sia::Errata;
    for lang in [Lang::En, Lang::Ko, Lang::Ja] {
        let t = lang.texts();
        assert_eq!(t.sia.sia_errata_cannot_connect.is_some(), Errata::CannotConnect.applies(lang), "{lang:?}");
        assert_eq!(t.sia.sia_errata_original_user.is_some(), Errata::OriginalUser.applies(lang), "{lang:?}");
        assert!(Errata::StepSlip.applies(lang));
    }
}
