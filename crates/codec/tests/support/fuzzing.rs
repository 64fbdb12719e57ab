//! Inputs the native fuzz tests of the decoders share.

use proptest::prelude::*;

/// Real texts with one byte changed and, half the time, cut after it: the damage a stored
/// value, a file or a link meets (a bad write, a copy cut short, an edit by hand).
pub fn damaged(seeds: Vec<String>) -> impl Strategy<Value = String> {
    (0..seeds.len(), any::<prop::sample::Index>(), any::<u8>(), any::<prop::sample::Index>(), any::<bool>()).prop_map(
        move |(seed, at, byte, cut, whole)| {
            let mut bytes = seeds[seed].trim_end().as_bytes().to_vec();
            let at = at.index(bytes.len());
            bytes[at] = byte;
            if !whole {
                bytes.truncate(cut.index(bytes.len()).max(at + 1));
            }
            String::from_utf8_lossy(&bytes).into_owned()
        },
    )
}

/// Any JSON text of a few levels: scalars of every kind (integers at the limits, fractions,
/// strings of any characters and of control characters and escapes), lists, and objects whose
/// keys are often the envelope's and the saved state's.
pub fn json_texts() -> impl Strategy<Value = String> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        "\\PC{0,10}".prop_map(Value::from),
        "[\\x00-\\x1f\"\\\\/]{0,6}".prop_map(Value::from),
    ];
    let key = prop_oneof![
        prop::sample::select(vec!["schema", "data", "revision", "saved_at", "flow", "ticks", "practice", "stamps"])
            .prop_map(str::to_string),
        "[a-z_]{1,8}",
    ];
    leaf.prop_recursive(5, 80, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .prop_map(|v| v.to_string())
}

/// A runner for `cases` inputs that leaves no regression files behind.
pub fn runner(cases: u32) -> proptest::test_runner::TestRunner {
    proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        ..Default::default()
    })
}
