//! Every step, rule, note, warning and refusal of both flows says where it comes from
//! (SPEC, "Corrections and sources"): an official page with an https address in each
//! language, or an explicit "not documented".

use marketo_guides_domain::dynamics::{self, step_defs, NotApplicable, Note, StepId, Warning};
use marketo_guides_domain::s2s::{Connection, Day};
use marketo_guides_domain::saved::Lang;
use marketo_guides_domain::sia::{self, SkipReason, StepKind, HANDOFF_STEPS};
use marketo_guides_domain::sources::{note_source, step_source, Cited, Doc, Site, Source, REGISTER_WALKTHROUGH};
use marketo_guides_domain::Rule;

fn documented(what: &str, source: Source) -> Doc {
    source.doc().unwrap_or_else(|| panic!("{what} should cite a page, not {source:?}"))
}

const PASSWORD: Connection = Connection::SyncUserPassword;
const S2S: Connection = Connection::ServerToServer;

/// Every claim of the Dynamics flow with its source, per connection.
fn dynamics_claims() -> Vec<(String, Source)> {
    let mut claims = Vec::new();
    for c in Connection::ALL {
        for def in step_defs(c) {
            claims.push((format!("{c:?} {:?}", def.id), def.source()));
            for note in &def.notes {
                claims.push((format!("{c:?} {:?} {note:?}", def.id), def.note_source(*note)));
            }
        }
        for note in Note::ALL {
            claims.push((format!("{c:?} {note:?}"), note_source(note, c)));
        }
        claims.push((format!("{c:?} install"), step_source(StepId::InstallSolution, c)));
    }
    claims
}

#[test]
fn every_page_has_a_title_and_an_https_address_in_each_language() {
    for doc in Doc::ALL {
        let info = doc.info();
        assert!(!info.path.starts_with('/') && !info.path.contains(' ') && !info.path.ends_with(".md"), "{doc:?}");
        for lang in Lang::ALL {
            let url = doc.url(lang);
            assert!(url.ends_with(&doc.path_text()), "{url}");
            assert!(url.starts_with("https://"), "{url}");
            // The reader goes to the page whose title the link shows.
            let shown = doc.lang_for(lang);
            let part = match (info.site, shown) {
                (Site::ExperienceLeague, l) => format!("experienceleague.adobe.com/{}/docs/marketo/", l.tag()),
                (Site::MicrosoftLearn, Lang::En) => "learn.microsoft.com/en-us/".into(),
                (Site::MicrosoftLearn, Lang::Ko) => "learn.microsoft.com/ko-kr/".into(),
                (Site::MicrosoftLearn, Lang::Ja) => "learn.microsoft.com/ja-jp/".into(),
            };
            assert!(url.contains(&part), "{url} is not in {shown:?}");
            assert!(!doc.title(lang).trim().is_empty(), "{doc:?} {lang:?}");
        }
        // Adobe's translated pages have titles of their own.
        if info.site == Site::ExperienceLeague {
            assert_ne!(doc.title(Lang::Ko), doc.title(Lang::En), "{doc:?}");
            assert_ne!(doc.title(Lang::Ja), doc.title(Lang::En), "{doc:?}");
            assert_eq!(doc.lang_for(Lang::Ko), Lang::Ko);
        }
    }
    // Experience League publishes the folder microsoft-dynamics-sync as microsoft-dynamics.
    assert_eq!(
        Doc::DynS2sStep2.url(Lang::Ja),
        "https://experienceleague.adobe.com/ja/docs/marketo/using/product-docs/crm-sync/microsoft-dynamics/sync-setup/microsoft-dynamics-365-with-s2s-connection/step-2-of-3-set-up"
    );
    assert_eq!(
        Rule::F7.source().url(Lang::Ko).unwrap(),
        "https://experienceleague.adobe.com/ko/docs/marketo/using/product-docs/marketo-sales-insight/actions/getting-started/sales-insight-actions-admin-setup-guide#initiate-data-sync"
    );
}

#[test]
fn a_microsoft_learn_link_shows_the_title_of_the_page_it_opens() {
    // No checked Korean title: the Korean reader is sent to the English page, under its
    // English title (never a Korean address under an English title).
    let ko = note_source(Note::BusinessUnit, S2S);
    assert_eq!(
        ko.url(Lang::Ko).unwrap(),
        "https://learn.microsoft.com/en-us/power-platform/admin/manage-application-users#create-an-application-user"
    );
    assert_eq!(Doc::PpacApplicationUsers.title(Lang::Ko), Doc::PpacApplicationUsers.title(Lang::En));
    // A checked Japanese title: the Japanese page, under its Japanese title.
    let ja = Doc::DataverseS2s;
    assert!(ja.url(Lang::Ja).contains("/ja-jp/"));
    assert_ne!(ja.title(Lang::Ja), ja.title(Lang::En));
    for doc in Doc::ALL {
        for lang in Lang::ALL {
            let shown = doc.lang_for(lang);
            if shown != lang {
                assert_eq!(shown, Lang::En, "{doc:?}");
                assert_eq!(doc.title(lang), doc.title(Lang::En), "{doc:?}");
            }
        }
    }
}

#[test]
fn every_page_listed_is_cited_by_something() {
    let mut cited: Vec<Doc> = Vec::new();
    cited.extend(Rule::ALL.iter().filter_map(|r| r.source().doc()));
    cited.extend(dynamics_claims().iter().filter_map(|(_, s)| s.doc()));
    cited.extend(REGISTER_WALKTHROUGH.doc());
    for doc in Doc::ALL {
        assert!(cited.contains(&doc), "{doc:?} is listed but nothing cites it");
    }
}

#[test]
fn every_step_of_both_flows_cites_a_page() {
    let handoff: Vec<StepKind> = HANDOFF_STEPS.iter().copied().chain([StepKind::Reconnect]).collect();
    for kind in handoff {
        assert_eq!(documented(&format!("{kind:?}"), kind.source()), Doc::SiaConnectNewAdmin);
    }
    for connection in Connection::ALL {
        for def in step_defs(connection) {
            documented(&format!("{:?}", def.id), def.source());
            for note in &def.notes {
                // A note is either documented or explicitly the widget's own.
                let s = def.note_source(*note);
                assert!(s.documented() || s == Source::Advice, "{note:?}");
            }
        }
    }
    assert_eq!(step_source(StepId::InstallSolution, S2S).doc(), Some(Doc::DynS2sStep1));
    assert_eq!(step_source(StepId::InstallSolution, PASSWORD).doc(), Some(Doc::DynRopcStep1));
}

#[test]
fn the_password_variant_cites_adobes_ropc_pages() {
    let cites = |step: StepId| {
        step_defs(PASSWORD)
            .into_iter()
            .find(|d| d.id == step)
            .map(|d| d.source().doc())
            .unwrap_or_else(|| panic!("{step:?}"))
    };
    assert_eq!(cites(StepId::CreateUser), Some(Doc::DynRopcStep2));
    assert_eq!(cites(StepId::AssignRole), Some(Doc::DynRopcStep2));
    assert_eq!(cites(StepId::SetMarketoUser), Some(Doc::DynRopcStep2));
    assert_eq!(cites(StepId::RegisterApp), Some(Doc::DynRopcStep3));
    assert_eq!(cites(StepId::RecordClientId), Some(Doc::DynRopcStep3));
    assert_eq!(cites(StepId::CreateSecret), Some(Doc::DynRopcStep3));
    assert_eq!(cites(StepId::GrantConsent), Some(Doc::DynGrantConsent));
    // "Before Proceeding to Step 4" is on Step 3 of 4, not on the server-to-server page.
    assert!(matches!(
        step_defs(PASSWORD).into_iter().find(|d| d.id == StepId::SignIn).unwrap().source(),
        Source::Page { doc: Doc::DynRopcStep3, part: Some(p) } if p.heading == "Before Proceeding to Step 4"
    ));
    assert_eq!(cites(StepId::ConfirmOrgUrl), Some(Doc::DynRopcStep4));
    assert_eq!(note_source(Note::NameForStepFour, PASSWORD).doc(), Some(Doc::DynRopcStep4));
    assert_eq!(note_source(Note::FederatedAdfs, PASSWORD).doc(), Some(Doc::DynRopcStep3));
    assert_eq!(note_source(Note::FederatedAdfs, S2S).doc(), Some(Doc::DynS2sStep2));
    // C8: the sync user's language is a requirement of Step 2 of 4.
    assert_eq!(note_source(Note::LanguageEnglish, PASSWORD).doc(), Some(Doc::DynRopcStep2));
    // C8: what Microsoft deprecated is WS-Trust; its page is cited.
    assert_eq!(note_source(Note::WsTrustDeprecated, PASSWORD).doc(), Some(Doc::DataversePasswordDeprecation));
}

#[test]
fn every_rule_cites_its_page_or_says_it_is_the_consoles_choice() {
    for rule in Rule::ALL {
        match rule {
            Rule::X1 | Rule::X2 | Rule::X3 => assert_eq!(rule.source(), Source::Simulation, "{rule:?}"),
            _ => {
                documented(&format!("{rule:?}"), rule.source());
            }
        }
    }
    // C1: the original-user caution is the admin setup guide's, section "Initiate Data Sync".
    assert!(matches!(
        Rule::F7.source(),
        Source::Page { doc: Doc::SiaAdminSetupGuide, part: Some(p) } if p.heading == "Initiate Data Sync"
    ));
    // The ten-minute wait and workspaces are on the User Access page, not on Connect New Admin.
    assert_eq!(Rule::F6.source().doc(), Some(Doc::SiaGrantAccess));
    assert_eq!(SkipReason::KeepOriginalUser.source(), Rule::F7.source());
}

#[test]
fn every_note_and_warning_has_a_decided_source() {
    for (what, s) in dynamics_claims() {
        assert!(s.documented() || s == Source::Advice, "{what}: {s:?}");
    }
    // The notes C5–C13 added cite the pages SPEC names.
    assert_eq!(note_source(Note::OrgUrlWhere, S2S).doc(), Some(Doc::DynOrgServiceUrl));
    assert_eq!(note_source(Note::UpgradeIsSeparate, S2S).doc(), Some(Doc::DynReconfigureAuth));
    assert_eq!(note_source(Note::BusinessUnit, S2S).doc(), Some(Doc::PpacApplicationUsers));
    assert_eq!(note_source(Note::SecretValueNotId, S2S).doc(), Some(Doc::EntraCredentials));
    assert_eq!(note_source(Note::SecretNeverHere, S2S), Source::Advice);
    // No cited page says what happens when a secret expires: the widget's advice.
    assert_eq!(note_source(Note::SecretRenewal, PASSWORD), Source::Advice);
    // Where the guide leaves Microsoft's walkthrough, it cites the page that says why.
    assert_eq!(note_source(Note::WalkthroughDiffers, S2S).doc(), Some(Doc::DataverseS2s));
    assert_eq!(REGISTER_WALKTHROUGH.doc(), Some(Doc::DataverseRegisterApp));
    let day = Day { year: 2027, month: 1, day: 1 };
    for w in [
        Warning::EditsNotSyncedBack,
        Warning::LanguageEnglish,
        Warning::RoleNotNeeded { users: vec![] },
        Warning::SecretExpires { on: day },
        Warning::UpgradeIsSeparate,
    ] {
        assert!(w.source().documented(), "{w:?}");
    }
    // Adobe lists the sign-in for server-to-server too; that it does not apply to an
    // application user is the widget's reading, labelled.
    assert_eq!(NotApplicable::AppUserHasNoSignIn.source(), Source::Advice);
}

#[test]
fn what_no_page_says_is_marked_as_such() {
    // C2: the page gives the safe order only; the outage after the last disconnect,
    // reconnecting restoring the list, and what removing a connected admin does are the
    // simulation's.
    let p = sia::PersonId(1);
    assert_eq!(sia::Effect::IntegrationRestored { users: vec![p] }.source(), Source::Simulation);
    for documented in [false, true] {
        assert_eq!(sia::Effect::IntegrationDown { users_lost: vec![p], documented }.source(), Source::Simulation);
    }
    assert_eq!(
        sia::Hazard::LastConnectionWhileUsersRely { rule: Rule::F4, users: vec![p] }.source(),
        Source::Simulation
    );
    assert_eq!(sia::Effect::OriginalUserRemoved { person: p }.source(), Source::Simulation);
    let _ = dynamics::Section::CreateUser;
}

#[test]
fn every_documented_claim_names_a_page_and_its_title_in_every_language() {
    let mut all: Vec<(String, Source)> = dynamics_claims();
    all.extend(Rule::ALL.iter().map(|r| (format!("{r:?}"), r.source())));
    for (what, s) in all {
        if let Source::Page { doc, part } = s {
            assert!(s.documented(), "{what}");
            for lang in Lang::ALL {
                assert!(!doc.title(lang).is_empty(), "{what}");
            }
            if let Some(p) = part {
                assert!(!p.heading.trim().is_empty() && !p.anchor.is_empty(), "{what}");
                assert!(p.anchor.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{what}");
                assert!(s.url(Lang::Ja).unwrap().ends_with(&format!("#{}", p.anchor)), "{what}");
            }
        } else {
            assert!(!s.documented() && s.url(Lang::En).is_none(), "{what}");
        }
    }
}

#[test]
fn practice_refusals_and_effects_cite_the_readers_connection() {
    use marketo_guides_domain::sources::{effect_source, rule_source};
    assert_eq!(rule_source(Rule::D6, PASSWORD).doc(), Some(Doc::DynRopcStep3));
    assert_eq!(rule_source(Rule::D6, S2S).doc(), Some(Doc::DynS2sStep2));
    assert_eq!(rule_source(Rule::S7, PASSWORD).doc(), Some(Doc::DynRopcStep4));
    assert_eq!(rule_source(Rule::D1, PASSWORD).doc(), Some(Doc::DynRopcStep1));
    assert_eq!(rule_source(Rule::F1, PASSWORD), Rule::F1.source());
    let registered = dynamics::Effect::AppRegistered { name: "M".into(), single_tenant: true };
    assert_eq!(effect_source(&registered, PASSWORD).doc(), Some(Doc::DynRopcStep3));
    assert_eq!(effect_source(&registered, S2S).doc(), Some(Doc::DynS2sStep2));
    assert_eq!(effect_source(&dynamics::Effect::Published, PASSWORD).doc(), Some(Doc::DynRopcStep2));
    assert_eq!(effect_source(&dynamics::Effect::UrlConfirmed(true), PASSWORD).doc(), Some(Doc::DynRopcStep4));
}
