//! The codec against serde_json, the reference: the same verdict and the same shapes on any
//! text, the same bytes when writing. Native only (proptest does not run on wasm32).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/fuzzing.rs"]
mod fuzzing;

use domain::dynamics::DynamicsStep2;
use domain::saved::Saved;
use domain::sia::Handoff;
use marketo_guides_codec::*;
use marketo_guides_domain as domain;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Envelope<T> {
    schema: u32,
    revision: u64,
    saved_at: u64,
    data: T,
}

/// What serde_json says of a text: whether it is JSON, and the shapes it reads as.
/// Whether a text is JSON, and what it reads as in each flow's envelope.
type Verdict = (bool, Option<Envelope<Saved<Handoff>>>, Option<Envelope<Saved<DynamicsStep2>>>);

fn reference(text: &str) -> Verdict {
    (
        serde_json::from_str::<serde_json::Value>(text).is_ok(),
        serde_json::from_str(text).ok(),
        serde_json::from_str(text).ok(),
    )
}

fn ours(text: &str) -> Verdict {
    (parse(text).is_ok(), from_str(text).ok(), from_str(text).ok())
}

#[test]
fn strings_are_written_and_read_as_serde_json_does() {
    let every: String = (0u8..0x80).map(char::from).chain("é 한 日 🚀 \u{2028}\u{feff}".chars()).collect();
    let text = to_string(&every).unwrap();
    assert_eq!(text, serde_json::to_string(&every).unwrap());
    assert_eq!(from_str::<String>(&text), Ok(every));
    assert_eq!(from_str::<String>(r#""\ud83d\ude80 \u00e9 \/""#), Ok("🚀 é /".to_string()));
    for bad in [r#""\ud83d""#, r#""\ude80""#, r#""\ud83d\u0041""#, "\"a\u{1}b\"", r#""\x""#, r#""\u12""#, "\"open"] {
        assert!(from_str::<String>(bad).is_err(), "{bad}");
        assert!(serde_json::from_str::<String>(bad).is_err(), "{bad}");
    }
}

#[test]
fn numbers_are_integers_as_the_shapes_need_them() {
    assert_eq!(from_str::<u64>("18446744073709551615"), Ok(u64::MAX));
    assert_eq!(from_str::<i64>("-9223372036854775808"), Ok(i64::MIN));
    assert_eq!(to_string(&u64::MAX).unwrap(), "18446744073709551615");
    assert_eq!(to_string(&i64::MIN).unwrap(), "-9223372036854775808");
    for refused in ["18446744073709551616", "-0", "1.0", "1e2", "2E+0", "-9223372036854775809", "256"] {
        assert!(from_str::<u8>(refused).is_err(), "{refused}");
        assert!(serde_json::from_str::<u8>(refused).is_err(), "{refused}");
    }
    for malformed in ["01", "1.", ".5", "+1", "1e", "-", "--1", "1ee2", "0x10"] {
        assert!(parse(malformed).is_err(), "{malformed}");
        assert!(serde_json::from_str::<serde_json::Value>(malformed).is_err(), "{malformed}");
    }
    // A fraction where nothing reads it (a field no shape has) is still JSON.
    assert_eq!(parse("[1.5e3, -0.25]").map(|d| d.is_object()), Ok(false));
}

#[test]
fn nesting_is_limited_where_serde_json_limits_it() {
    for depth in [1, 100, 127, 128, 129, 10_000] {
        let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(parse(&text).is_ok(), serde_json::from_str::<serde_json::Value>(&text).is_ok(), "{depth}");
        let text = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        assert_eq!(parse(&text).is_ok(), serde_json::from_str::<serde_json::Value>(&text).is_ok(), "{depth}");
    }
}

/// Any names a reader may type, in a state with practice: written as serde_json writes
/// them, and read back the same.
#[test]
fn any_names_write_as_serde_json_writes_them_and_read_back() {
    use domain::saved::{Lang, Mode};
    let mut runner = fuzzing::runner(300);
    runner
        .run(&("\\PC{0,80}", "[\\x00-\\x7f]{0,80}"), |(leaving, incoming)| {
            // Any text, as stored text could hold it (typing refuses a secret: Situation::with),
            // put together as a migration does.
            use domain::sia::{SiaAnswer, Situation};
            let fresh = Saved::<Handoff>::fresh(Mode::Practice, Lang::Ja);
            let saved = |answers: Situation| {
                Saved::<Handoff>::from_parts(
                    Mode::Practice,
                    None,
                    answers,
                    Default::default(),
                    fresh.practice().clone(),
                    Default::default(),
                )
            };
            let secret = [&leaving, &incoming].iter().any(|n| domain::s2s::looks_like_secret(n));
            let typed = Situation::default()
                .with(SiaAnswer::LeavingName(leaving.clone()))
                .and_then(|s| s.with(SiaAnswer::IncomingName(incoming.clone())));
            // The same names in stored text, past the setter.
            let mut stored = serde_json::to_value(saved(Situation::default())).unwrap();
            stored["answers"]["leaving_name"] = leaving.clone().into();
            stored["answers"]["incoming_name"] = incoming.clone().into();
            let stored = serde_json::to_string(&stored).unwrap();
            match typed {
                Ok(answers) => {
                    prop_assert!(!secret);
                    let s = saved(answers);
                    let text = to_string(&s).unwrap();
                    prop_assert_eq!(&text, &serde_json::to_string(&s).unwrap());
                    prop_assert_eq!(from_str::<Saved<Handoff>>(&text).ok(), Some(s.clone()));
                    prop_assert_eq!(from_str::<Saved<Handoff>>(&stored).ok(), Some(s));
                }
                // A name shaped like a pasted secret is never kept, typed or stored.
                Err(_) => prop_assert!(secret && from_str::<Saved<Handoff>>(&stored).is_err()),
            }
            Ok(())
        })
        .unwrap();
}

/// Differential fuzzing against serde_json: for arbitrary text, damaged real envelopes and
/// arbitrary JSON, the same verdict (JSON or not; each shape read or refused, and read to
/// the same value), and what reads writes back as serde_json writes it. `make test` runs
/// 2,000 cases; `CODEC_FUZZ_CASES=1000000 cargo test --release -p marketo-guides-codec --test
/// differential` runs long.
#[test]
fn the_codec_agrees_with_serde_json_on_any_text() {
    let cases = std::env::var("CODEC_FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(2_000);
    let seeds = [
        include_str!("../../../tests/fixtures/sia-v2-rich.json"),
        include_str!("../../../tests/fixtures/dynamics-v2-rich.json"),
        include_str!("../../../tests/fixtures/sia-v1-practice.json"),
        include_str!("../../../tests/fixtures/dynamics-v1.json"),
    ];
    let bytes = prop::collection::vec(any::<u8>(), 0..300).prop_map(|b| String::from_utf8_lossy(&b).into_owned());
    let mutated = fuzzing::damaged(seeds.iter().map(|s| s.to_string()).collect());
    let structured = fuzzing::json_texts();
    let mut runner = fuzzing::runner(cases);
    let (read, json) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    runner
        .run(&prop_oneof![bytes, mutated, structured], |text| {
            // The one known difference: serde_json refuses a number too large for a double
            // (`1e999`); this codec reads it as "not an integer" and only a shape refuses it.
            let out_of_range = serde_json::from_str::<serde_json::Value>(&text)
                .is_err_and(|e| e.to_string().starts_with("number out of range"));
            prop_assume!(!out_of_range);
            let (is_json, sia, dynamics) = ours(&text);
            let (was_json, sia_then, dynamics_then) = reference(&text);
            prop_assert_eq!(is_json, was_json, "JSON or not");
            prop_assert_eq!(&sia, &sia_then);
            prop_assert_eq!(&dynamics, &dynamics_then);
            json.set(json.get() + usize::from(is_json));
            if let Some(v) = &sia {
                prop_assert_eq!(to_string(v).unwrap(), serde_json::to_string(v).unwrap());
                read.set(read.get() + 1);
            }
            if let Some(v) = &dynamics {
                prop_assert_eq!(to_string(v).unwrap(), serde_json::to_string(v).unwrap());
                read.set(read.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    let (json, read) = (json.get(), read.get());
    println!("codec differential fuzz: {cases} inputs ({json} JSON, {read} read as a shape), same verdicts");
}
