//! The one place that touches `localStorage`.
//!
//! Everything a widget saves goes into a versioned envelope (`schema`, `revision`,
//! `saved_at`, `data`) under one key. Loading never destroys what is there: an unreadable
//! value is copied aside under a quarantine key before anything new is written, and a value
//! from a newer schema is left alone (the widget runs read-only). When storage is blocked
//! (a sandboxed iframe, some privacy modes) the widget keeps working in memory.

use gloo_storage::Storage as _;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The schema this build writes. Bump it with a migration in [`decode`].
pub const SCHEMA: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    schema: u32,
    revision: u64,
    saved_at: u64,
    data: T,
}

/// What a stored text turned out to be.
#[derive(Debug, PartialEq)]
pub enum Decoded<T> {
    Current {
        data: T,
        revision: u64,
    },
    /// Written by a newer build: leave it alone.
    Newer {
        schema: u32,
    },
    /// Not ours to read: bad JSON, wrong shape, truncated, or data that breaks a rule.
    Corrupt {
        reason: String,
    },
}

/// Reads an envelope. Never panics, whatever the text.
pub fn decode<T: DeserializeOwned>(text: &str) -> Decoded<T> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Decoded::Corrupt { reason: e.to_string() },
    };
    let Some(schema) = value.get("schema").and_then(|s| s.as_u64()) else {
        return Decoded::Corrupt { reason: "no schema number".into() };
    };
    let schema = u32::try_from(schema).unwrap_or(u32::MAX);
    if schema > SCHEMA {
        return Decoded::Newer { schema };
    }
    // Schema 1 is the first; older schemas will be migrated here, value to value.
    match serde_json::from_value::<Envelope<T>>(value) {
        Ok(env) => Decoded::Current { data: env.data, revision: env.revision },
        Err(e) => Decoded::Corrupt { reason: e.to_string() },
    }
}

/// Writes an envelope.
pub fn encode<T: Serialize>(data: &T, revision: u64, saved_at: u64) -> Result<String, String> {
    serde_json::to_string(&Envelope { schema: SCHEMA, revision, saved_at, data }).map_err(|e| e.to_string())
}

/// Why a write did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage cannot be used on this page.
    Blocked,
    /// The value is protected (newer schema, or a quarantine copy failed).
    Protected,
    /// The browser refused (usually: quota exceeded).
    Refused,
}

/// When each part of a saved state last changed, by dotted path into its JSON form
/// (`"situation.leaving_name"`, `"ticks.IncomingConnects"`, `"practice"`). Each path is its
/// own last-writer-wins entry, so two tabs editing different parts both keep their edits.
pub type Stamps = std::collections::BTreeMap<String, u64>;

/// A saved state that records when each part changed.
pub trait Stamped: Serialize + DeserializeOwned + Clone {
    fn stamps(&self) -> &Stamps;
    fn stamps_mut(&mut self) -> &mut Stamps;

    /// Records that the part at `path` changed at `now`.
    fn touch(&mut self, path: &str, now: u64) {
        let stamp = self.stamps().get(path).map_or(now, |old| now.max(old + 1));
        self.stamps_mut().insert(path.to_string(), stamp);
    }
}

/// Merges another tab's state into ours: for every path, the newer stamp wins (ties keep
/// ours). Anything that cannot be merged keeps ours unchanged.
pub fn merge<T: Stamped>(mine: &T, theirs: &T) -> T {
    let (Ok(mut value), Ok(their_value)) = (serde_json::to_value(mine), serde_json::to_value(theirs)) else {
        return mine.clone();
    };
    let mut stamps = mine.stamps().clone();
    for (path, &stamp) in theirs.stamps() {
        if stamps.get(path).is_some_and(|&ours| ours >= stamp) {
            continue;
        }
        let parts: Vec<&str> = path.split('.').collect();
        let Some((last, parents)) = parts.split_last() else { continue };
        let source = parents.iter().try_fold(&their_value, |v, p| v.get(*p)).and_then(|v| v.get(*last)).cloned();
        let Some(target) = parents.iter().try_fold(&mut value, |v, p| v.get_mut(*p)).and_then(|v| v.as_object_mut())
        else {
            continue;
        };
        match source {
            Some(v) => target.insert(last.to_string(), v),
            None => target.remove(*last),
        };
        stamps.insert(path.clone(), stamp);
    }
    match serde_json::from_value::<T>(value) {
        Ok(mut merged) => {
            *merged.stamps_mut() = stamps;
            merged
        }
        Err(_) => mine.clone(),
    }
}

/// What [`Store::load`] found.
#[derive(Debug, PartialEq)]
pub enum Loaded<T> {
    /// Nothing saved yet.
    Fresh,
    Restored {
        data: T,
        revision: u64,
    },
    /// Saved by a newer build; kept, not overwritten.
    Newer,
    /// Unreadable; the original text is kept under `key`.
    Quarantined {
        key: String,
        text: String,
    },
    /// Unreadable, and it could not be copied aside: left in place, not overwritten.
    CorruptKept {
        text: String,
    },
    /// No storage on this page.
    Blocked,
}

/// The storage of one widget, under one key.
#[derive(Clone, Debug)]
pub struct Store {
    key: String,
    storage: Option<web_sys::Storage>,
    protected: std::rc::Rc<std::cell::Cell<bool>>,
}

/// The key a widget saves under: the flow, and the embedding's `data-storage-key`.
pub fn key_for(flow: &str, storage_key: &str) -> String {
    format!("marketo-guides:{flow}:{storage_key}")
}

impl Store {
    /// Opens storage for `key`, checking through web-sys first (gloo's accessor throws
    /// when storage is blocked).
    pub fn open(key: &str) -> Store {
        let available = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some();
        let storage = if available { Some(gloo_storage::LocalStorage::raw()) } else { None };
        Store { key: key.to_string(), storage, protected: Default::default() }
    }

    /// A store that keeps nothing (storage blocked).
    pub fn in_memory(key: &str) -> Store {
        Store { key: key.to_string(), storage: None, protected: Default::default() }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    /// The raw text under our key, if any.
    pub fn raw(&self) -> Option<String> {
        self.storage.as_ref()?.get_item(&self.key).ok().flatten()
    }

    pub fn load<T: DeserializeOwned>(&self, now: u64) -> Loaded<T> {
        let Some(storage) = &self.storage else { return Loaded::Blocked };
        let Some(text) = storage.get_item(&self.key).ok().flatten() else { return Loaded::Fresh };
        match decode::<T>(&text) {
            Decoded::Current { data, revision } => Loaded::Restored { data, revision },
            Decoded::Newer { .. } => {
                self.protected.set(true);
                Loaded::Newer
            }
            Decoded::Corrupt { .. } => {
                let aside = format!("{}:quarantine:{now}", self.key);
                if storage.set_item(&aside, &text).is_ok() {
                    Loaded::Quarantined { key: aside, text }
                } else {
                    self.protected.set(true);
                    Loaded::CorruptKept { text }
                }
            }
        }
    }

    /// Writes `text` under our key unless storage is blocked or the value is protected.
    pub fn save(&self, text: &str) -> Result<(), SaveError> {
        let Some(storage) = &self.storage else { return Err(SaveError::Blocked) };
        if self.protected.get() {
            return Err(SaveError::Protected);
        }
        storage.set_item(&self.key, text).map_err(|_| SaveError::Refused)
    }

    /// Removes our key ("start over"). Quarantined copies stay.
    pub fn clear(&self) -> Result<(), SaveError> {
        let Some(storage) = &self.storage else { return Err(SaveError::Blocked) };
        self.protected.set(false);
        storage.remove_item(&self.key).map_err(|_| SaveError::Refused)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
    struct Doc {
        name: String,
        ticks: BTreeMap<String, bool>,
        stamps: Stamps,
    }
    impl Stamped for Doc {
        fn stamps(&self) -> &Stamps {
            &self.stamps
        }
        fn stamps_mut(&mut self) -> &mut Stamps {
            &mut self.stamps
        }
    }

    #[test]
    fn two_tabs_ticking_different_steps_both_keep_both_ticks() {
        let base = Doc::default();
        let mut a = base.clone();
        a.ticks.insert("one".into(), true);
        a.touch("ticks.one", 10);
        let mut b = base;
        b.ticks.insert("two".into(), true);
        b.touch("ticks.two", 11);
        let in_a = merge(&a, &b);
        let in_b = merge(&b, &a);
        assert_eq!(in_a.ticks, in_b.ticks);
        assert_eq!(in_a.ticks.len(), 2);
        assert_eq!(in_a, in_b);
    }

    #[test]
    fn the_newer_edit_of_the_same_item_wins_and_an_untick_travels() {
        let mut a = Doc::default();
        a.ticks.insert("one".into(), true);
        a.touch("ticks.one", 10);
        let mut b = a.clone();
        b.ticks.remove("one");
        b.touch("ticks.one", 20);
        b.name = "Bo".into();
        b.touch("name", 20);
        let merged = merge(&a, &b);
        assert!(merged.ticks.is_empty());
        assert_eq!(merged.name, "Bo");
        // Our newer edit is not overwritten by their older one.
        let mut a2 = merged.clone();
        a2.name = "Ana".into();
        a2.touch("name", 30);
        assert_eq!(merge(&a2, &b).name, "Ana");
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Data {
        ticks: Vec<u32>,
    }

    #[test]
    fn an_envelope_round_trips() {
        let text = encode(&Data { ticks: vec![1, 2] }, 7, 1000).unwrap();
        assert_eq!(decode::<Data>(&text), Decoded::Current { data: Data { ticks: vec![1, 2] }, revision: 7 });
    }

    #[test]
    fn bad_json_wrong_shape_and_truncation_are_corrupt() {
        let good = encode(&Data { ticks: vec![1] }, 1, 0).unwrap();
        for text in [
            "",
            "{",
            "null",
            "[]",
            r#"{"schema":"1"}"#,
            r#"{"schema":1,"revision":1,"saved_at":0,"data":{"ticks":"x"}}"#,
            &good[..good.len() - 3],
        ] {
            assert!(matches!(decode::<Data>(text), Decoded::Corrupt { .. }), "{text}");
        }
    }

    #[test]
    fn a_newer_schema_is_recognised_and_not_read() {
        assert_eq!(decode::<Data>(r#"{"schema":2,"whatever":true}"#), Decoded::Newer { schema: 2 });
        assert_eq!(decode::<Data>(r#"{"schema":99999999999}"#), Decoded::Newer { schema: u32::MAX });
    }
}

#[cfg(test)]
mod fixtures {
    use super::*;

    /// Today's saved format must keep loading in every later build (schema 1 fixtures).
    #[test]
    fn the_schema_1_fixtures_load_into_todays_types() {
        let sia = include_str!("../tests/fixtures/sia-v1.json");
        match decode::<crate::ui::SiaSaved>(sia) {
            Decoded::Current { data, revision } => {
                assert_eq!(revision, 4);
                assert_eq!(data.situation.incoming_name, "Bo");
                assert_eq!(data.ticks.get(&domain::sia::StepKind::RemoveIncomingAccess), Some(&true));
                assert_eq!(data.stamps.len(), 4);
            }
            other => panic!("{other:?}"),
        }
    }
}

/// Native only: proptest does not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::*;

    /// The decoder never panics: arbitrary bytes (as text) and arbitrary JSON. `make test`
    /// runs 2,000 cases; `DECODER_FUZZ_CASES=1000000 cargo test -p marketo-guides --lib decoder`
    /// runs the long campaign.
    #[test]
    fn the_decoder_survives_any_input() {
        use proptest::prelude::*;
        let cases = std::env::var("DECODER_FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(2_000);
        let json =
            prop::collection::vec(any::<u8>(), 0..400).prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
        let good = encode(&crate::ui::SiaSaved::fresh(crate::ui::Mode::Practice), 1, 0).unwrap();
        let mutated = (0..good.len(), any::<u8>(), 0..good.len()).prop_map(move |(at, byte, cut)| {
            let mut bytes = good.clone().into_bytes();
            bytes[at] = byte;
            bytes.truncate(cut.max(at));
            String::from_utf8_lossy(&bytes).into_owned()
        });
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            ".{0,12}".prop_map(serde_json::Value::from)
        ];
        let value = leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                prop::collection::btree_map(
                    prop_oneof![
                        Just("schema".to_string()),
                        Just("data".to_string()),
                        Just("revision".to_string()),
                        Just("ticks".to_string()),
                        "[a-z_]{1,8}"
                    ],
                    inner,
                    0..6
                )
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        });
        let structured = value.prop_map(|v| v.to_string());
        let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
            cases,
            failure_persistence: None,
            ..Default::default()
        });
        let strategy = prop_oneof![json, mutated, structured];
        runner
            .run(&strategy, |text| {
                let _ = decode::<crate::ui::SiaSaved>(&text);
                let _ = decode::<crate::ui::DynSaved>(&text);
                Ok(())
            })
            .unwrap();
        println!("decoder fuzz: {cases} inputs, no panic");
    }
}
