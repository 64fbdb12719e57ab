//! The trainer's kit in the domain: choosing and restarting a scenario, its goal and
//! debrief, the mistakes a summary lists, the import checks and the Markdown summary.

use marketo_guides_domain::checklist::Progress;
use marketo_guides_domain::dynamics::{self, Action as DA, DynamicsStep2, Effect as DE};
use marketo_guides_domain::engine::Confirmation;
use marketo_guides_domain::practice::{Entry, Session};
use marketo_guides_domain::presets::Preset;
use marketo_guides_domain::s2s::{AppTab, Page};
use marketo_guides_domain::saved::{Flow, Lang, LinkOutcome, Mode, Saved};
use marketo_guides_domain::sia::{self, Action, Effect, Handoff};
use marketo_guides_domain::sources::{Doc, Source};
use marketo_guides_domain::summary::{self, escape, markdown, Item, Label, Mark, Section, StepLine};
use marketo_guides_domain::transfer::{check_flow, check_size, file_name, ImportProblem, MAX_IMPORT_BYTES};

mod common;

const MIN: u64 = 60_000;
const NO: Confirmation = Confirmation::NotConfirmed;

fn handoff() -> Saved<Handoff> {
    Saved::fresh(Mode::Practice, Lang::En)
}

#[test]
fn a_fresh_practice_is_the_standard_scenario_and_a_preset_replaces_it_whole() {
    let mut s = handoff();
    assert_eq!(s.scenario(), Preset::StandardHandoff);
    assert!(!s.practice_would_be_lost());
    assert!(s.start_scenario(Preset::LeavingDisconnected, Lang::En, MIN));
    assert_eq!(s.scenario(), Preset::LeavingDisconnected);
    assert_eq!(s.practice(), &Preset::LeavingDisconnected.sia(Lang::En).unwrap());
    // Another flow's preset changes nothing.
    let before = s.clone();
    assert!(!s.start_scenario(Preset::DynamicsCrmUser, Lang::En, 2 * MIN));
    assert_eq!(s, before);
    // Practice done is what a new scenario would replace (the widget asks first).
    let a = s.practice().memory().leaving;
    let mut p = s.practice().clone();
    p.act(&a, &Action::Connect, NO, 3 * MIN).unwrap();
    s.set_practice(p, 3 * MIN);
    assert!(s.practice_would_be_lost());
    // Restarting goes back to the scenario's start, not the standard one.
    s.restart_scenario(Lang::En, 4 * MIN);
    assert_eq!(s.practice(), &Preset::LeavingDisconnected.sia(Lang::En).unwrap());
    assert_eq!(s.scenario(), Preset::LeavingDisconnected);
}

#[test]
fn the_scenario_travels_with_the_practice_through_storage_a_merge_and_a_new_language() {
    let mut theirs = handoff();
    theirs.start_scenario(Preset::IncomingConnected, Lang::En, 5 * MIN);
    let json = serde_json::to_string(&theirs).unwrap();
    let back: Saved<Handoff> = serde_json::from_str(&json).unwrap();
    assert_eq!(back.scenario(), Preset::IncomingConnected);
    // A value saved before scenarios existed has no key and reads as the standard start.
    let plain = serde_json::to_string(&handoff()).unwrap();
    assert!(!plain.contains("scenario"));
    let merged = handoff().merge(&theirs);
    assert_eq!((merged.scenario(), merged.practice()), (Preset::IncomingConnected, theirs.practice()));
    // Untouched, a new language restarts the same scenario with that language's names.
    let mut s = theirs.clone();
    s.set_lang(Lang::Ja, 6 * MIN);
    assert_eq!(s.practice(), &Preset::IncomingConnected.sia(Lang::Ja).unwrap());
}

#[test]
fn each_handoff_goal_is_reached_by_doing_the_right_thing() {
    // Standard: the handoff in order.
    let mut s = handoff();
    let (a, b) = (s.practice().memory().leaving, s.practice().memory().incoming);
    assert!(!s.goal_reached());
    let mut p = s.practice().clone();
    p.act(&a, &Action::RemoveAccess { user: b }, NO, MIN).unwrap();
    p.act(&b, &Action::Connect, NO, 2 * MIN).unwrap();
    p.act(&a, &Action::Disconnect, NO, 3 * MIN).unwrap();
    s.set_practice(p.clone(), 3 * MIN);
    assert!(!s.goal_reached(), "A is still in the instance");
    p.act(&b, &Action::RemovePerson { person: a }, NO, 4 * MIN).unwrap();
    s.set_practice(p, 4 * MIN);
    assert!(s.goal_reached());

    // The person taking over is not an admin: trying as them, with nobody cut off.
    let mut s = handoff();
    s.start_scenario(Preset::IncomingNotAdmin, Lang::En, MIN);
    let b = s.practice().memory().incoming;
    assert!(!s.goal_reached());
    let mut p = s.practice().clone();
    assert!(p.act_as(b));
    s.set_practice(p, 2 * MIN);
    assert!(s.goal_reached());
    // Cutting everyone off first is not reaching it.
    let mut s = handoff();
    s.start_scenario(Preset::IncomingNotAdmin, Lang::En, MIN);
    let mut p = s.practice().clone();
    p.press(&Action::Disconnect, Confirmation::Confirmed, 2 * MIN).unwrap();
    p.act_as(b);
    s.set_practice(p, 3 * MIN);
    assert!(!s.goal_reached());
}

#[test]
fn each_dynamics_goal_is_ready_for_the_connect_step() {
    let mut s: Saved<DynamicsStep2> = Saved::fresh(Mode::Practice, Lang::Ko);
    s.start_scenario(Preset::DynamicsNotPublished, Lang::Ko, MIN);
    assert!(!s.goal_reached());
    let mut p = s.practice().clone();
    p.press(&DA::PublishAll, NO, 2 * MIN).unwrap();
    // ROPC: the client app of Step 3 of 4 before Step 4 of 4.
    common::client_app_done(&mut p, 2 * MIN);
    p.press(&DA::RunValidation, NO, 3 * MIN).unwrap();
    let sync = p.state().marketo_user();
    p.press(&DA::SignInAs { user: sync }, NO, 4 * MIN).unwrap();
    s.set_practice(p, 4 * MIN);
    assert!(s.goal_reached(), "{:?}", dynamics::readiness(s.practice().state()).blockers);
}

#[test]
fn an_outage_is_a_mistake_put_right_by_restoring_the_integration() {
    let mut p = sia::practice_session(Lang::En);
    let (a, b) = (p.memory().leaving, p.memory().incoming);
    p.press(&Action::Disconnect, Confirmation::Confirmed, MIN).unwrap();
    let m = p.mistakes();
    assert_eq!(m.len(), 1);
    assert!(matches!(m[0].effect, Effect::IntegrationDown { .. }) && m[0].fixed_by.is_none());
    p.press(&Action::Connect, NO, 2 * MIN).unwrap();
    p.press(&Action::RemoveAccess { user: b }, NO, 3 * MIN).unwrap();
    let m = p.mistakes();
    assert_eq!(m[0].entry.at, MIN);
    assert_eq!(m[0].fixed_by.map(|e| (e.actor, e.at)), Some((a, 2 * MIN)));
    // A plain handoff has none.
    assert!(sia::practice_session(Lang::En).mistakes().is_empty());
    assert_eq!(p.history().map(|e| e.at).collect::<Vec<_>>(), vec![MIN, 2 * MIN, 3 * MIN]);
}

#[test]
fn a_lost_client_secret_is_a_mistake_put_right_by_a_new_one_copied() {
    let mut p = Preset::DynamicsStandard.dynamics(Lang::En).unwrap();
    p.press(&DA::RegisterApp { name: "Marketo".into(), single_tenant: true }, NO, MIN).unwrap();
    let app = p.state().the_app().unwrap().id;
    p.press(
        &DA::NewClientSecret {
            app,
            description: "one".into(),
            expires: Default::default(),
            offset: Default::default(),
        },
        NO,
        2 * MIN,
    )
    .unwrap();
    p.press(&DA::Open(Page::App { app, tab: AppTab::Overview }), NO, 3 * MIN).unwrap();
    assert!(matches!(p.mistakes()[..], [ref m] if matches!(m.effect, DE::SecretLost { .. }) && m.fixed_by.is_none()));
    p.press(&DA::Open(Page::App { app, tab: AppTab::CertificatesSecrets }), NO, 4 * MIN).unwrap();
    p.press(
        &DA::NewClientSecret {
            app,
            description: "two".into(),
            expires: Default::default(),
            offset: Default::default(),
        },
        NO,
        5 * MIN,
    )
    .unwrap();
    let second = p.state().the_app().unwrap().secrets[1].id;
    p.press(&DA::CopySecret { app, secret: second }, NO, 6 * MIN).unwrap();
    assert_eq!(p.mistakes()[0].fixed_by.map(|e| e.at), Some(6 * MIN));
}

#[test]
fn imports_are_checked_by_size_before_reading_and_by_flow() {
    assert_eq!(file_name(Flow::SiaHandoff), "sia-handoff-progress.json");
    assert_eq!(file_name(Flow::DynamicsSyncUser), "dynamics-sync-user-progress.json");
    let cases = [
        (0, Err(ImportProblem::Empty)),
        (1, Ok(())),
        (MAX_IMPORT_BYTES, Ok(())),
        (MAX_IMPORT_BYTES + 1, Err(ImportProblem::TooBig { bytes: MAX_IMPORT_BYTES + 1 })),
    ];
    for (bytes, expected) in cases {
        assert_eq!(check_size(bytes), expected, "{bytes}");
    }
    let flows = [
        (None, Ok(())),
        (Some("sia-handoff"), Ok(())),
        (Some(" sia-handoff "), Ok(())),
        (Some("dynamics-sync-user"), Err(ImportProblem::OtherFlow(Flow::DynamicsSyncUser))),
        (Some("something-else"), Err(ImportProblem::WrongShape)),
    ];
    for (named, expected) in flows {
        assert_eq!(check_flow(named, Flow::SiaHandoff), expected, "{named:?}");
    }
}

#[test]
fn the_markdown_summary_lists_every_item_and_shows_typed_names_as_typed() {
    let doc = summary::Doc {
        title: "Hand over *the* integration".into(),
        facts: vec![("Scenario:".into(), "Standard [handoff]".into())],
        sections: vec![
            Section {
                heading: "Steps".into(),
                items: vec![
                    Item::new(Mark::Done, "Connect as _B_").at(Some("10:42".into())),
                    Item::new(Mark::Open, "Remove # A"),
                    Item::new(Mark::Skipped, "Grant access"),
                ],
                empty: "None".into(),
            },
            Section {
                heading: "Mistakes".into(),
                items: vec![Item::new(Mark::Plain, "Disconnected first\nthen <b>").note("Put right: 1. reconnected")],
                empty: "None".into(),
            },
            Section { heading: "Nothing".into(), items: vec![], empty: "No mistakes.".into() },
        ],
    };
    let md = markdown(&doc);
    let expected = [
        "# Hand over \\*the\\* integration",
        "- **Scenario:** Standard \\[handoff\\]",
        "## Steps",
        "- [x] Connect as \\_B\\_ (10:42)",
        "- [ ] Remove \\# A",
        "- ~~Grant access~~",
        "- Disconnected first then \\<b\\>",
        "  - Put right: 1\\. reconnected",
        "No mistakes\\.",
    ];
    for line in expected {
        assert!(md.lines().any(|l| l == line), "missing {line:?} in\n{md}");
    }
    // Long names in any script survive whole.
    let long = "María-José Carreño Quiñones de la Fuente y Santa Cruz, 田中 太郎 (Sales Ops)";
    assert!(escape(long).replace('\\', "").contains("María"));
    assert_eq!(escape(long).replace('\\', ""), long);
}

#[test]
fn a_scenario_link_starts_it_at_once_unless_practice_would_be_lost() {
    let mut s: Saved<Handoff> = Saved::fresh(Mode::Guide, Lang::En);
    assert_eq!(s.follow_link(Preset::DynamicsSolution3, Lang::En, MIN), LinkOutcome::NotThisFlow);
    assert_eq!(s.mode(), Mode::Guide);
    assert_eq!(s.follow_link(Preset::IncomingNotAdmin, Lang::En, MIN), LinkOutcome::Started);
    assert_eq!((s.mode(), s.scenario()), (Mode::Practice, Preset::IncomingNotAdmin));
    assert_eq!(s.follow_link(Preset::IncomingNotAdmin, Lang::En, 2 * MIN), LinkOutcome::AlreadyThere);
    // Practice done: the widget asks, and nothing changes until it is confirmed.
    let a = s.practice().memory().leaving;
    let mut p = s.practice().clone();
    p.act(&a, &Action::Disconnect, Confirmation::Confirmed, 3 * MIN).unwrap();
    s.set_practice(p, 3 * MIN);
    let before = s.clone();
    assert_eq!(s.follow_link(Preset::StandardHandoff, Lang::En, 4 * MIN), LinkOutcome::Ask);
    assert_eq!(s, before);
    // The same link again (a reload): the scenario's progress stays, nothing is asked.
    assert_eq!(s.follow_link(Preset::IncomingNotAdmin, Lang::En, 5 * MIN), LinkOutcome::AlreadyThere);
    assert_eq!(s, before);
}

#[test]
fn an_adopted_import_wins_over_an_older_copy_in_another_tab() {
    let mut imported: Saved<Handoff> = Saved::fresh(Mode::Guide, Lang::En);
    imported.tick(sia::StepKind::IncomingConnects, true, MIN);
    let mut other_tab: Saved<Handoff> = Saved::fresh(Mode::Practice, Lang::En);
    other_tab.tick(sia::StepKind::IncomingConnects, false, 5 * MIN);
    other_tab.set_mode(Mode::Practice, 5 * MIN);
    let adopted = imported.clone().adopted(9 * MIN);
    assert_eq!(adopted.ticked(), imported.ticked());
    let merged = other_tab.merge(&adopted);
    assert_eq!((merged.mode(), merged.ticked()), (Mode::Guide, vec![sia::StepKind::IncomingConnects]));
}

/// Words that show what the summary asked for, so a test can read its decisions.
struct Plain;
impl summary::Words<Handoff> for Plain {
    fn lang(&self) -> Lang {
        Lang::Ko
    }
    fn label(&self, label: Label) -> String {
        format!("{label:?}")
    }
    fn scenario(&self, preset: Preset) -> String {
        preset.slug().into()
    }
    fn progress(&self, done: usize, total: usize) -> String {
        format!("{done}/{total}")
    }
    fn time(&self, at: u64, with_date: bool) -> Option<String> {
        (at != 0).then(|| format!("{}{}", at / MIN, if with_date { "d" } else { "m" }))
    }
    fn entry(&self, _: &Session<sia::Instance>, entry: &Entry<sia::Instance>) -> String {
        format!("{:?}", entry.action)
    }
    fn effect(&self, _: &Session<sia::Instance>, effect: &Effect) -> String {
        format!("{effect:?}").split_whitespace().next().unwrap_or_default().to_string()
    }
    fn put_right(&self, at: &str, action: &str) -> String {
        format!("fixed {at} by {action}")
    }
    fn earlier(&self, count: u64) -> String {
        format!("{count} earlier")
    }
}

fn line(key: sia::StepKind, mark: Mark, source: Source) -> StepLine<sia::StepKind> {
    StepLine { key, mark, title: format!("{key:?}"), actor: None, recovery: false, source }
}

#[test]
fn a_guide_summary_counts_the_steps_times_the_ticks_and_cites_each_page_once() {
    use sia::StepKind as K;
    let page = Source::Page { doc: Doc::SiaConnectNewAdmin, part: None };
    let mut s: Saved<Handoff> = Saved::fresh(Mode::Guide, Lang::En);
    s.tick(K::RemoveIncomingAccess, true, 7 * MIN);
    let mut recovery = line(K::Reconnect, Mark::Skipped, Source::Advice);
    recovery.recovery = true;
    let mut open = line(K::IncomingConnects, Mark::Open, page);
    open.actor = Some(("Admin B".into(), "Bo".into()));
    let steps = [recovery, line(K::RemoveIncomingAccess, Mark::Done, page), open];
    let doc = summary::assemble(
        &s,
        &steps,
        Progress { done: 1, applicable: 2, current: Some((1, K::IncomingConnects)) },
        &Plain,
        90 * MIN,
    );
    assert_eq!(doc.title, "Summary — FlowTitle");
    let facts: Vec<(&str, &str)> = doc.facts.iter().map(|(l, v)| (l.as_str(), v.as_str())).collect();
    // The checklist's count, as on screen: one of the two steps that apply is open.
    assert_eq!(facts, [("Mode", "Guide"), ("Result", "StepsOpen (1/2)"), ("Written", "90d")]);
    let items = &doc.sections[0].items;
    assert_eq!(
        items.iter().map(|i| (i.mark, i.at.as_deref())).collect::<Vec<_>>(),
        [(Mark::Skipped, None), (Mark::Done, Some("7m")), (Mark::Open, None)]
    );
    assert_eq!(items[0].notes, ["Recovery"]);
    assert_eq!(items[2].notes, ["Admin B: Bo"]);
    // The skipped step's advice is not cited; the page both other steps cite is, once, in
    // the reader's language, linked.
    let cited = &doc.sections[1].items;
    assert_eq!(cited.len(), 1);
    assert_eq!(cited[0].text, Doc::SiaConnectNewAdmin.title(Lang::Ko));
    assert_eq!(cited[0].link, page.url(Lang::Ko));
    // Guide summaries have no practice sections.
    assert_eq!(doc.sections.len(), 2);
    // Every step done or skipped: complete.
    let all_done = [line(K::IncomingConnects, Mark::Done, Source::Advice)];
    let doc = summary::assemble(&s, &all_done, Progress { done: 1, applicable: 1, current: None }, &Plain, 0);
    assert_eq!(doc.facts, [("Mode".to_string(), "Guide".to_string()), ("Result".into(), "Complete (1/1)".into())]);
    assert_eq!(doc.sections[1].items[0].text, "NotDocumented");
}

#[test]
fn a_practice_summary_names_the_scenario_the_goal_the_mistakes_and_what_put_them_right() {
    let mut s = handoff();
    s.start_scenario(Preset::LeavingDisconnected, Lang::En, MIN);
    s.start_scenario(Preset::StandardHandoff, Lang::En, MIN);
    let mut p = s.practice().clone();
    p.press(&Action::Disconnect, Confirmation::Confirmed, 2 * MIN).unwrap();
    p.press(&Action::Connect, NO, 3 * MIN).unwrap();
    s.set_practice(p, 3 * MIN);
    let doc = summary::assemble(&s, &[], Progress { done: 0, applicable: 0, current: None }, &Plain, 4 * MIN);
    assert_eq!(doc.facts[0], ("Mode".into(), "Practice".into()));
    assert_eq!(doc.facts[1], ("Scenario".into(), "standard-handoff".into()));
    assert_eq!(doc.facts[2], ("Result".into(), "GoalNotYet".into()));
    let headings: Vec<&str> = doc.sections.iter().map(|x| x.heading.as_str()).collect();
    assert_eq!(headings, ["Steps", "Sources", "Mistakes", "Actions"]);
    let mistakes = &doc.sections[2].items;
    assert_eq!(mistakes.len(), 1, "{mistakes:?}");
    assert_eq!(mistakes[0].at.as_deref(), Some("2m"));
    assert_eq!(mistakes[0].notes, ["fixed 3m by Connect"]);
    let actions: Vec<&str> = doc.sections[3].items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(actions, ["Disconnect", "Connect"]);
}
