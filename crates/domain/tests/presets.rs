//! Every scenario preset loads into the state it promises, in every language, obeys every
//! rule a stored practice must obey, and has a stable link name.

use marketo_guides_domain::dynamics::{self, Requirement, UserKind};
use marketo_guides_domain::presets::Preset;
use marketo_guides_domain::s2s::Connection;
use marketo_guides_domain::saved::{Flow, Lang};
use marketo_guides_domain::sia::{self, CannotPlan};

fn blockers(s: &dynamics::DynSession) -> Vec<Requirement> {
    dynamics::readiness(s.state()).blockers.into_iter().map(|b| b.requirement).collect()
}

#[test]
fn each_handoff_preset_starts_where_it_says() {
    for lang in Lang::ALL {
        let start = |p: Preset| p.sia(lang).unwrap();
        let roles = |s: &sia::SiaSession| (s.memory().leaving, s.memory().incoming);

        let s = start(Preset::StandardHandoff);
        let (a, b) = roles(&s);
        let inst = s.state();
        assert!(inst.is_connected(a) && inst.is_admin(b) && inst.has_access(b) && !inst.is_connected(b));
        let users: Vec<_> = inst.people().iter().filter(|p| p.role == sia::Role::User).map(|p| p.id).collect();
        assert_eq!(users.len(), 2);
        assert!(users.iter().all(|u| inst.has_access(*u)), "two users rely on the integration");
        assert_eq!(s, sia::practice_session(lang), "the standard preset is the usual practice");

        let s = start(Preset::IncomingConnected);
        let (a, b) = roles(&s);
        assert!(s.state().is_connected(a) && s.state().is_connected(b) && !s.state().has_access(b));
        assert!(s.progress().cannot.is_none());

        let s = start(Preset::LeavingDisconnected);
        let (a, _) = roles(&s);
        assert!(!s.state().is_connected(a) && !s.state().integration_up(), "the integration is down");
        assert!(s.memory().outage);

        let s = start(Preset::IncomingNotAdmin);
        let (_, b) = roles(&s);
        assert!(!s.state().is_admin(b));
        assert_eq!(s.progress().cannot, Some(CannotPlan::IncomingNotAdmin));
    }
}

#[test]
fn each_dynamics_preset_starts_where_it_says() {
    for lang in Lang::ALL {
        let start = |p: Preset| p.dynamics(lang).unwrap();

        let s = start(Preset::DynamicsStandard);
        assert_eq!(s.state().connection(), Connection::ServerToServer);
        assert!(s.state().tenant().is_some_and(|t| t.apps.is_empty()));

        let s = start(Preset::DynamicsSolution3);
        assert!(s.state().solution().is_some_and(|v| !v.only_sync_user_needs_role()));
        assert!(blockers(&s).contains(&Requirement::SyncingUsersHaveRole));

        let s = start(Preset::DynamicsCrmUser);
        let mu = s.state().marketo_user().and_then(|id| s.state().user(id)).unwrap();
        assert_eq!(mu.kind, UserKind::ExistingCrmUser);
        assert!(blockers(&s).contains(&Requirement::MarketoUserIsSyncUser));

        let s = start(Preset::DynamicsNotPublished);
        let mu = s.state().marketo_user().and_then(|id| s.state().user(id)).unwrap();
        assert!(mu.kind == UserKind::DedicatedSyncUser && mu.has_sync_role);
        assert_eq!(
            blockers(&s),
            vec![
                Requirement::PublishedAfterChange,
                Requirement::AppSingleTenant,
                Requirement::ClientIdRecorded,
                Requirement::ConsentGranted,
                Requirement::SecretSaved,
                Requirement::Validated,
                Requirement::SignedInAsSyncUser,
                Requirement::OrgUrlConfirmed
            ]
        );
    }
}

#[test]
fn every_preset_is_a_valid_untouched_practice_that_survives_storage() {
    for lang in Lang::ALL {
        for p in Preset::ALL {
            match p.flow() {
                Flow::SiaHandoff => {
                    assert!(p.dynamics(lang).is_none());
                    let s = p.sia(lang).unwrap();
                    assert!(s.is_consistent() && s.is_untouched(), "{p:?}");
                    let back: sia::SiaSession = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
                    assert_eq!(back, s, "{p:?}");
                }
                Flow::DynamicsSyncUser => {
                    assert!(p.sia(lang).is_none());
                    let s = p.dynamics(lang).unwrap();
                    assert!(s.is_consistent() && s.is_untouched(), "{p:?}");
                    let back: dynamics::DynSession = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
                    assert_eq!(back, s, "{p:?}");
                }
            }
            assert!(!p.debrief().is_empty(), "{p:?} has a debrief");
        }
    }
}

#[test]
fn presets_have_stable_link_names_and_each_flow_lists_its_own_standard_first() {
    for p in Preset::ALL {
        assert_eq!(Preset::from_slug(p.slug()), Some(p));
        assert_eq!(Preset::from_slug(&format!(" {} ", p.slug())), Some(p));
    }
    assert_eq!(Preset::from_slug("no-such-scenario"), None);
    assert_eq!(Preset::of(Flow::SiaHandoff)[0], Preset::StandardHandoff);
    assert_eq!(Preset::of(Flow::DynamicsSyncUser)[0], Preset::DynamicsStandard);
    assert_eq!(Preset::of(Flow::SiaHandoff).len() + Preset::of(Flow::DynamicsSyncUser).len(), Preset::ALL.len());
}

#[test]
fn a_page_address_names_a_scenario_by_its_slug_in_the_fragment_or_the_query() {
    let key = marketo_guides_domain::presets::LINK_KEY;
    for p in Preset::ALL {
        let slug = p.slug();
        assert_eq!(Preset::from_address([&*format!("#{key}={slug}"), ""]), Some(p));
        assert_eq!(Preset::from_address(["", &*format!("?lang=ko&{key}={slug}&x=1")]), Some(p));
        // Percent-encoded, as some link tools write it.
        let encoded: String = slug.bytes().map(|b| format!("%{b:02X}")).collect();
        assert_eq!(Preset::from_address([&*format!("?{key}={encoded}")]), Some(p));
    }
    // The fragment wins over the query.
    let both = [&*format!("#{key}=dynamics-crm-user"), &*format!("?{key}=standard-handoff")];
    assert_eq!(Preset::from_address(both), Some(Preset::DynamicsCrmUser));
    // Unknown slugs, other keys, a key only as a prefix, broken escapes: nothing.
    for text in [
        format!("?{key}=no-such-scenario"),
        format!("?x{key}=standard-handoff"),
        format!("?{key}x=standard-handoff"),
        format!("?{key}=standard-handoff%"),
        format!("?{key}=%zzstandard-handoff"),
        format!("?{key}=%+1"),
        format!("?{key}=%FF"),
        String::new(),
    ] {
        assert_eq!(Preset::from_address([text.as_str()]), None, "{text}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(10_000)
    ))]

    /// Any address text: a scenario or none, never a panic; a scenario found is one whose
    /// slug the text holds (plainly or encoded).
    #[test]
    fn any_address_is_read_without_a_panic(fragment in proptest::prelude::any::<String>(), query in "[?&=%a-z0-9-]{0,40}") {
        if let Some(p) = Preset::from_address([fragment.as_str(), query.as_str()]) {
            proptest::prop_assert!(fragment.contains(marketo_guides_domain::presets::LINK_KEY) || query.contains(marketo_guides_domain::presets::LINK_KEY), "{p:?}");
        }
    }
}
