//! The codec's behaviour through storage, files and links, asserted natively (`cargo test
//! --lib`) and in the browser on wasm32 (`tests/web.rs`): the same texts must give the same
//! verdicts on both, and what earlier builds wrote with serde_json (in readers'
//! localStorage today) must read back the same and be written back byte for byte.
//!
//! Included with `#[path]` by `src/lib.rs` and `tests/web.rs`; each brings `domain`,
//! `share` and `storage` into its crate root.

use super::domain::dynamics::{Action as DynAction, DynAnswer, DynamicsStep2, StepId};
use super::domain::engine::Confirmation;
use super::domain::presets::Preset;
use super::domain::s2s::{AppId, NoteField, Page};
use super::domain::saved::{Flow, Lang, Mode, Saved, SCHEMA};
use super::domain::share::{LinkProblem, Shared};
use super::domain::sia::{Action as SiaAction, Handoff, PersonId, SiaAnswer, StepKind};
use super::domain::transfer::ImportProblem;
use super::share::{envelope, shared};
use super::storage::{decode, encode, export, import, Decoded};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

type Sia = Saved<Handoff>;
type Dyn = Saved<DynamicsStep2>;

/// Real names are long and not ASCII; quotes and backslashes must survive too.
const LEAVING: &str = "María-José O'Connor-Świątkowska \"MJ\" (EMEA Marketing Ops) \\ 김민준";
const INCOMING: &str = "田中 美咲 — Revenue Operations & Salesforce/Dynamics Integrations 🚀";

/// A handoff widget with everything a reader can leave in it: answers, ticks and unticks,
/// a scenario, practice actions (allowed and refused) and a non-default language.
pub fn rich_handoff() -> Sia {
    rich_handoff_as(false)
}

/// The same, as a build before the original-user rule (C1) saved it: its practice instance
/// names no original user.
fn as_saved_before_c1() -> Sia {
    rich_handoff_as(true)
}

fn rich_handoff_as(before_c1: bool) -> Sia {
    let mut s = Sia::fresh(Mode::Practice, Lang::Ko);
    s.set_answer(SiaAnswer::LeavingName(LEAVING.into()), 2).unwrap();
    s.set_answer(SiaAnswer::IncomingName(INCOMING.into()), 3).unwrap();
    s.set_answer(SiaAnswer::OthersRely(false), 4).unwrap();
    s.tick(StepKind::IncomingConnects, true, 5);
    s.tick(StepKind::RemoveIncomingAccess, false, 6);
    s.start_scenario(Preset::StandardHandoff, Lang::Ko, 7);
    let mut p = s.practice().clone();
    if before_c1 {
        let state = p.state().clone().with_original_user(None, false);
        p = super::domain::practice::Session::restore(state, p.memory().clone(), *p.acting_as(), []).unwrap();
    }
    for (i, action) in [
        SiaAction::RemoveAccess { user: PersonId(3) },
        SiaAction::GrantAccess { users: vec![PersonId(3)], workspace: Some("Ω \"EU\" \\ ws".into()) },
        SiaAction::RemoveAccess { user: PersonId(4) },
        SiaAction::GrantAccess { users: vec![PersonId(4)], workspace: None },
        SiaAction::RemovePerson { person: PersonId(99) },
    ]
    .iter()
    .enumerate()
    {
        let _ = p.press(action, Confirmation::NotConfirmed, 700_000 + i as u64);
    }
    s.set_practice(p, 20);
    s.set_lang(Lang::Ja, 21);
    s
}

/// A Dynamics widget in the server-to-server variant with answers, notes and practice.
pub fn rich_dynamics() -> Dyn {
    let mut d = Dyn::fresh(Mode::Practice, Lang::Ja);
    d.set_answer(DynAnswer::Name(INCOMING.into()), 2).unwrap();
    d.set_answer(DynAnswer::Email("misaki.tanaka+sync@example.co.jp".into()), 3).unwrap();
    d.set_answer(DynAnswer::Version("4.0.0.14".into()), 4).unwrap();
    d.set_answer(DynAnswer::SecretExpires("2027-05-27".into()), 5).unwrap();
    d.tick(StepId::InstallSolution, true, 6);
    d.tick(StepId::CreateUser, false, 7);
    let mut p = d.practice().clone();
    for (i, action) in [
        DynAction::Open(Page::NewRegistration),
        DynAction::RegisterApp { name: LEAVING.into(), single_tenant: false },
        DynAction::MakeSingleTenant { app: AppId(1) },
        DynAction::NewClientSecret {
            app: AppId(1),
            description: "Marketo sync — 180 days".into(),
            expires: domain::s2s::SecretLifetime::Days180,
            offset: domain::s2s::UtcOffset::UTC,
        },
        DynAction::CopySecret { app: AppId(1), secret: 1 },
        // Leaving the page hides the secret (a shown secret is never saved, so never restored).
        DynAction::Open(Page::AppRegistrations),
        DynAction::Record { field: NoteField::OrgUrl, text: "https://contoso.crm4.dynamics.com".into() },
        DynAction::ConfirmOrgUrl(true),
        DynAction::CreateSyncUser { name: INCOMING.into(), email: "sync@example.com".into() },
        DynAction::WantFilter(true),
    ]
    .iter()
    .enumerate()
    {
        let _ = p.press(action, Confirmation::NotConfirmed, 10 + i as u64);
    }
    d.set_practice(p, 30);
    d
}

#[test]
fn codec_round_trips_rich_progress_of_both_flows_through_storage_files_and_links() {
    let (sia, dynamics) = (rich_handoff(), rich_dynamics());
    assert!(sia.practice().log().count() >= 4, "{sia:?}");
    assert!(dynamics.practice().log().count() >= 8, "{dynamics:?}");
    assert_eq!(decode::<Sia>(&encode(&sia, 7, 1000).unwrap()), Decoded::Current { data: sia.clone(), revision: 7 });
    assert_eq!(
        decode::<Dyn>(&encode(&dynamics, 8, 1000).unwrap()),
        Decoded::Current { data: dynamics.clone(), revision: 8 }
    );
    assert_eq!(import::<Sia>(&export(&sia, Flow::SiaHandoff, 1).unwrap(), Flow::SiaHandoff), Ok(sia.clone()));
    assert_eq!(
        import::<Dyn>(&export(&dynamics, Flow::DynamicsSyncUser, 1).unwrap(), Flow::DynamicsSyncUser),
        Ok(dynamics.clone())
    );
    let link = Shared { flow: Flow::SiaHandoff, storage_key: "handoff \"β\"".into(), state: sia.for_sharing() };
    assert_eq!(shared::<Handoff>(envelope(&link, 9).unwrap().as_bytes()), Ok(link));
    let link = Shared { flow: Flow::DynamicsSyncUser, storage_key: "dyn".into(), state: dynamics.for_sharing() };
    assert_eq!(shared::<DynamicsStep2>(envelope(&link, 9).unwrap().as_bytes()), Ok(link));
}

/// Texts an earlier build wrote with serde_json (schema 2): what readers have saved today.
#[test]
fn codec_reads_what_earlier_builds_wrote_and_writes_the_same_text() {
    let sia_text = include_str!("../fixtures/sia-v2-rich.json").trim_end();
    let dyn_text = include_str!("../fixtures/dynamics-v2-rich.json").trim_end();
    // A practice saved before C1 knew no original user: it loads as it was, nothing added.
    let before_c1 = as_saved_before_c1();
    assert_eq!(decode::<Sia>(sia_text), Decoded::Current { data: before_c1.clone(), revision: 5 });
    assert_eq!(decode::<Dyn>(dyn_text), Decoded::Current { data: rich_dynamics(), revision: 5 });
    // While the schema is 2, this build writes those texts byte for byte (a second browser
    // with an older build reads them). A new schema adds fixtures; these then test migration.
    if SCHEMA == 2 {
        assert_eq!(encode(&before_c1, 5, 1_795_000_000_000).unwrap(), sia_text);
        assert_eq!(encode(&rich_dynamics(), 5, 1_795_000_000_000).unwrap(), dyn_text);
    }
}

#[test]
fn codec_gives_every_bad_text_the_same_verdict() {
    let good = encode(&Sia::fresh(Mode::Guide, Lang::En), 1, 0).unwrap();
    for text in [
        "",
        "{",
        "null",
        "[]",
        "\"schema\"",
        r#"{"schema":"1"}"#,
        r#"{"schema":-2,"revision":1,"saved_at":0,"data":{}}"#,
        r#"{"schema":0,"revision":1,"saved_at":0,"data":{}}"#,
        r#"{"schema":1,"revision":1,"saved_at":0,"data":{"ticks":"x"}}"#,
        r#"{"schema":2,"revision":1,"saved_at":0,"data":{"ticks":"x"}}"#,
        r#"{"schema":2,"revision":-1,"saved_at":0,"data":{}}"#,
        r#"{"schema":2,"revision":1.5,"saved_at":0,"data":{}}"#,
        r#"{"schema":2,"revision":1,"saved_at":1e400,"data":{}}"#,
        r#"{"schema":2,"revision":1,"saved_at":0}"#,
        r#"{"schema":2,"revision":1,"saved_at":0,"data":null}"#,
        &good.replacen("{", "[", 1),
        &good[..good.len() - 3],
        &good.replace(r#""mode":"Guide""#, r#""mode":"Sideways""#),
        &good.replace(r#""mode":"Guide""#, r#""mode":{"Guide":1}"#),
    ] {
        assert!(matches!(decode::<Sia>(text), Decoded::Corrupt { .. }), "{text}");
    }
    // Unknown fields are ignored, as serde_json always did: an older build reads a newer
    // build's extra fields of the same schema.
    let extra = good.replacen(r#""revision":1"#, r#""revision":1,"extra":[[[{"deep":true}]]]"#, 1);
    assert!(matches!(decode::<Sia>(&extra), Decoded::Current { revision: 1, .. }), "{extra}");
    let next = SCHEMA + 1;
    assert_eq!(decode::<Sia>(&format!(r#"{{"schema":{next},"whatever":true}}"#)), Decoded::Newer { schema: next });
    assert_eq!(decode::<Sia>(r#"{"schema":99999999999}"#), Decoded::Newer { schema: u32::MAX });
}

#[test]
fn codec_gives_each_bad_file_its_reason() {
    let data = rich_handoff();
    let file = export(&data, Flow::SiaHandoff, 11).unwrap();
    assert!(file.starts_with(r#"{"flow":"sia-handoff","schema":"#), "{file}");
    // A value copied from storage (no flow named) imports too.
    assert_eq!(import::<Sia>(&encode(&data, 3, 0).unwrap(), Flow::SiaHandoff), Ok(data.clone()));
    let other = export(&Dyn::fresh(Mode::Guide, Lang::En), Flow::DynamicsSyncUser, 0).unwrap();
    let newer = file.replacen(&format!(r#""schema":{SCHEMA}"#), &format!(r#""schema":{}"#, SCHEMA + 1), 1);
    let cases: [(&str, ImportProblem); 10] = [
        ("", ImportProblem::Empty),
        ("  \n", ImportProblem::Empty),
        ("%PDF-1.7 not json", ImportProblem::NotJson),
        (&file[..file.len() / 2], ImportProblem::NotJson),
        ("[1,2,3]", ImportProblem::WrongShape),
        ("\"sia-handoff\"", ImportProblem::WrongShape),
        (r#"{"schema":2,"revision":1,"saved_at":0,"data":{"ticks":"x"}}"#, ImportProblem::WrongShape),
        (&file.replace(r#""flow":"sia-handoff""#, r#""flow":7"#), ImportProblem::WrongShape),
        (&newer, ImportProblem::Newer { schema: SCHEMA + 1 }),
        (&other, ImportProblem::OtherFlow(Flow::DynamicsSyncUser)),
    ];
    for (text, problem) in cases {
        assert_eq!(import::<Sia>(text, Flow::SiaHandoff), Err(problem), "{text}");
    }
}

#[test]
fn codec_reads_a_link_for_its_flow_only() {
    let link = Shared { flow: Flow::SiaHandoff, storage_key: "k".into(), state: rich_handoff().for_sharing() };
    let text = envelope(&link, 9).unwrap();
    assert_eq!(shared::<DynamicsStep2>(text.as_bytes()), Err(LinkProblem::NoSuchGuide(Flow::SiaHandoff)));
    let newer = text.replacen(&format!("\"schema\":{SCHEMA}"), "\"schema\":99", 1);
    assert_eq!(shared::<Handoff>(newer.as_bytes()), Err(LinkProblem::Newer));
    assert_eq!(shared::<Handoff>(&text.as_bytes()[..text.len() - 5]), Err(LinkProblem::Damaged));
    let no_data = text.split(",\"data\":").next().unwrap_or_default().to_string() + "}";
    assert_eq!(shared::<Handoff>(no_data.as_bytes()), Err(LinkProblem::Damaged));
}

/// Never a panic, whatever the text: real texts with bytes changed and cut, nesting far
/// deeper than any real value, and odd numbers and strings. (The native proptest campaigns
/// in `storage` and `share` go further; this one runs on both backends.)
#[test]
fn codec_survives_damaged_and_hostile_texts() {
    let seeds = [
        encode(&rich_handoff(), 1, 0).unwrap(),
        export(&rich_dynamics(), Flow::DynamicsSyncUser, 0).unwrap(),
        include_str!("../fixtures/sia-v1-practice.json").to_string(),
        include_str!("../fixtures/dynamics-v1.json").to_string(),
    ];
    let mut hostile = vec![
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        format!(r#"{{"schema":2,"revision":1,"saved_at":0,"data":{}}}"#, "[".repeat(5_000) + &"]".repeat(5_000)),
        r#"{"schema":2,"revision":1,"saved_at":0,"data":{"mode":"\ud800"}}"#.to_string(),
        r#"{"schema":2,"revision":1,"saved_at":0,"data":{"__proto__":{"mode":"Guide"}}}"#.to_string(),
        r#"{"schema":2,"revision":1,"saved_at":0,"data":{"constructor":1,"toString":2}}"#.to_string(),
        r#"{"schema":2,"revision":18446744073709551616,"saved_at":0,"data":{}}"#.to_string(),
        r#"{"schema":2e0,"revision":1,"saved_at":-0,"data":{}}"#.to_string(),
    ];
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..1_500 {
        let mut bytes = seeds[(next() % seeds.len() as u64) as usize].clone().into_bytes();
        let at = (next() % bytes.len() as u64) as usize;
        bytes[at] = next() as u8;
        let cut = (next() % bytes.len() as u64) as usize;
        bytes.truncate(cut.max(at + 1));
        hostile.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    for text in &hostile {
        let _ = decode::<Sia>(text);
        let _ = decode::<Dyn>(text);
        let _ = import::<Sia>(text, Flow::SiaHandoff);
        let _ = import::<Dyn>(text, Flow::DynamicsSyncUser);
        let _ = shared::<Handoff>(text.as_bytes());
        let _ = shared::<DynamicsStep2>(text.as_bytes());
    }
}
