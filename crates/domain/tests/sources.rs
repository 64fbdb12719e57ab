//! Every step, rule, note, warning and refusal of both flows says where it comes from
//! (SPEC, "Corrections and sources"): an official page with an https address in each
//! language, or an explicit "not documented".

use marketo_guides_domain::dynamics::{self, step_defs, Note, StepId, Warning};
use marketo_guides_domain::s2s::{Connection, Day};
use marketo_guides_domain::saved::Lang;
use marketo_guides_domain::sia::{self, SkipReason, StepKind, HANDOFF_STEPS};
use marketo_guides_domain::sources::{Cited, Doc, Site, Source};
use marketo_guides_domain::Rule;

fn documented(what: &str, source: Source) -> Doc {
    source.doc().unwrap_or_else(|| panic!("{what} should cite a page, not {source:?}"))
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
            let part = match (info.site, lang) {
                (Site::ExperienceLeague, l) => format!("experienceleague.adobe.com/{}/docs/marketo/", l.tag()),
                (Site::MicrosoftLearn, Lang::En) => "learn.microsoft.com/en-us/".into(),
                (Site::MicrosoftLearn, Lang::Ko) => "learn.microsoft.com/ko-kr/".into(),
                (Site::MicrosoftLearn, Lang::Ja) => "learn.microsoft.com/ja-jp/".into(),
            };
            assert!(url.contains(&part), "{url} is not in {lang:?}");
            assert!(!doc.title(lang).trim().is_empty(), "{doc:?} {lang:?}");
        }
        // Adobe's translated pages have titles of their own; Microsoft's are quoted in
        // English (their translations could not be checked).
        if info.site == Site::ExperienceLeague {
            assert_ne!(doc.title(Lang::Ko), doc.title(Lang::En), "{doc:?}");
            assert_ne!(doc.title(Lang::Ja), doc.title(Lang::En), "{doc:?}");
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
    assert_eq!(
        Note::BusinessUnit.source().url(Lang::Ko).unwrap(),
        "https://learn.microsoft.com/ko-kr/power-platform/admin/manage-application-users#create-an-application-user"
    );
}

#[test]
fn every_page_listed_is_cited_by_something() {
    let mut cited: Vec<Doc> = Vec::new();
    cited.extend(Rule::ALL.iter().filter_map(|r| r.source().doc()));
    cited.extend(Note::ALL.iter().filter_map(|n| n.source().doc()));
    for c in Connection::ALL {
        cited.extend(step_defs(c).iter().filter_map(|d| d.id.source().doc()));
    }
    cited.extend(StepId::InstallSolution.source().doc());
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
            documented(&format!("{:?}", def.id), def.id.source());
            for note in def.notes {
                // A note is either documented or explicitly the widget's own.
                assert!(note.source().documented() || note.source() == Source::Advice, "{note:?}");
            }
        }
    }
    assert_eq!(StepId::InstallSolution.source().doc(), Some(Doc::DynS2sStep1));
}

#[test]
fn every_rule_cites_its_page_or_says_it_is_the_consoles_choice() {
    for rule in Rule::ALL {
        match rule {
            Rule::X1 | Rule::X2 => assert_eq!(rule.source(), Source::Simulation, "{rule:?}"),
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
    for note in Note::ALL {
        let s = note.source();
        assert!(s.documented() || s == Source::Advice, "{note:?}: {s:?}");
    }
    // The notes C5–C13 added cite the pages SPEC names.
    assert_eq!(Note::OrgUrlWhere.source().doc(), Some(Doc::DynOrgServiceUrl));
    assert_eq!(Note::UpgradeIsSeparate.source().doc(), Some(Doc::DynReconfigureAuth));
    assert_eq!(Note::PasswordSignInDeprecated.source().doc(), Some(Doc::DataversePasswordDeprecation));
    assert_eq!(Note::BusinessUnit.source().doc(), Some(Doc::PpacApplicationUsers));
    assert_eq!(Note::SecretValueNotId.source().doc(), Some(Doc::EntraCredentials));
    assert_eq!(Note::SecretNeverHere.source(), Source::Advice);
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
}

#[test]
fn what_no_page_says_is_marked_as_such() {
    // C2: reconnecting restores the list, and what removing a connected admin does, are
    // the simulation's; an outage after the last disconnect is documented (F4).
    let p = sia::PersonId(1);
    assert_eq!(sia::Effect::IntegrationRestored { users: vec![p] }.source(), Source::Simulation);
    assert_eq!(sia::Effect::IntegrationDown { users_lost: vec![p], documented: false }.source(), Source::Simulation);
    assert!(sia::Effect::IntegrationDown { users_lost: vec![p], documented: true }.source().documented());
    assert_eq!(sia::Effect::OriginalUserRemoved { person: p }.source(), Source::Simulation);
    let _ = dynamics::Section::CreateUser;
}
