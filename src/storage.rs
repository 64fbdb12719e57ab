//! The one place that touches `localStorage`.
//!
//! Everything a widget saves goes into a versioned envelope (`schema`, `revision`,
//! `saved_at`, `data`) under one key; the shapes themselves are the domain's
//! (`domain::saved`), and an older schema is migrated on the way in. Loading never destroys
//! what is there: an unreadable value is copied aside under a quarantine key before
//! anything new is written, and a value from a newer schema is never written over (the
//! widget says it cannot show it). When storage is blocked
//! (a sandboxed iframe, some privacy modes) the widget keeps working in memory.

use serde::{Deserialize, Serialize};

pub use domain::saved::{Schema, SCHEMA};

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

/// Reads an envelope of this schema or an older one (migrated). Never panics, whatever
/// the text.
pub fn decode<T: Schema>(text: &str) -> Decoded<T> {
    let value = match crate::json::parse(text) {
        Ok(v) => v,
        Err(e) => return Decoded::Corrupt { reason: e.into() },
    };
    let Some(schema) = value.field("schema").and_then(|s| s.as_u64()) else {
        return Decoded::Corrupt { reason: "no schema number".into() };
    };
    let schema = u32::try_from(schema).unwrap_or(u32::MAX);
    if schema > T::SCHEMA {
        return Decoded::Newer { schema };
    }
    let envelope = if schema == 1 && T::SCHEMA > 1 {
        value.decode::<Envelope<T::V1>>().map_err(String::from).and_then(|env| {
            let Envelope { revision, saved_at, data, .. } = env;
            T::from_v1(data)
                .map(|data| Envelope { schema: T::SCHEMA, revision, saved_at, data })
                .ok_or_else(|| "schema 1 value breaks a rule".to_string())
        })
    } else if schema == T::SCHEMA {
        value.decode::<Envelope<T>>().map_err(String::from)
    } else {
        Err(format!("schema {schema} is older than any this build reads"))
    };
    match envelope {
        Ok(env) => Decoded::Current { data: env.data, revision: env.revision },
        Err(reason) => Decoded::Corrupt { reason },
    }
}

/// A saved shape the widget keeps: versioned, and mergeable with another copy.
pub trait Stored: Schema + Clone + PartialEq + Send + Sync + 'static {
    /// Merges another copy in (per part, newest edit wins; nothing newer of ours is lost).
    fn merge(&self, theirs: &Self) -> Self;
}

impl<F: domain::saved::FlowSpec> Stored for domain::saved::Saved<F>
where
    domain::saved::Saved<F>: Schema,
{
    fn merge(&self, theirs: &Self) -> Self {
        domain::saved::Saved::merge(self, theirs)
    }
}

/// Writes an envelope.
pub fn encode<T: Schema>(data: &T, revision: u64, saved_at: u64) -> Result<String, String> {
    crate::json::to_string(&Envelope { schema: T::SCHEMA, revision, saved_at, data }).map_err(String::from)
}

/// A widget's progress as a file: the storage envelope with the flow's name added, so an
/// import reads it with the same decoder (and names a file of the other guide as such).
pub fn export<T: Schema>(data: &T, flow: domain::saved::Flow, saved_at: u64) -> Result<String, String> {
    // The envelope is a JSON object; the flow's name (plain ASCII) goes in first. Spliced as
    // text: building a `serde_json::Value` and pretty-printing it cost 9 KB of wasm.
    let text = encode(data, 0, saved_at)?;
    let rest = text.strip_prefix('{').ok_or("the envelope is not a JSON object")?;
    Ok(format!("{{\"{}\":\"{}\",{rest}", domain::transfer::FLOW_KEY, flow.name()))
}

/// Reads an exported file (its size already checked): JSON first, then the flow it names,
/// then schema and shape through [`decode`]. Never panics, whatever the text.
pub fn import<T: Schema>(text: &str, flow: domain::saved::Flow) -> Result<T, domain::transfer::ImportProblem> {
    use domain::transfer::{check_flow, ImportProblem};
    if text.trim().is_empty() {
        return Err(ImportProblem::Empty);
    }
    let value = crate::json::parse(text).map_err(|_| ImportProblem::NotJson)?;
    if !value.is_object() {
        return Err(ImportProblem::WrongShape);
    }
    match value.field(domain::transfer::FLOW_KEY) {
        None => check_flow(None, flow)?,
        Some(name) => match name.as_str() {
            Some(name) => check_flow(Some(name), flow)?,
            None => return Err(ImportProblem::WrongShape),
        },
    }
    match decode::<T>(text) {
        Decoded::Current { data, .. } => Ok(data),
        Decoded::Newer { schema } => Err(ImportProblem::Newer { schema }),
        Decoded::Corrupt { .. } => Err(ImportProblem::WrongShape),
    }
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
    /// The state a previous module of this page held (see [`Store::carrying`]), merged with
    /// what storage has (another tab may have saved meanwhile); written at once.
    Carried {
        data: T,
        revision: u64,
    },
    /// The same with no storage on this page: shown, and still not kept.
    BlockedCarried {
        data: T,
        revision: u64,
    },
}

/// The storage of one widget, under one key.
#[derive(Clone, Debug)]
pub struct Store {
    key: String,
    storage: Option<web_sys::Storage>,
    protected: std::rc::Rc<std::cell::Cell<bool>>,
    /// The state handed over by the module this widget ran in before (see [`Store::carrying`]).
    carried: Option<String>,
    /// What that module's "Undo import" would have restored, as an envelope.
    carried_undo: Option<String>,
    /// The store of a first view rendered at build time: a first-time reader's, whose
    /// storage works and holds nothing yet (see [`Store::first_view`]).
    first_view: bool,
}

/// The key a widget saves under: the flow, and the embedding's `data-storage-key`.
pub fn key_for(flow: &str, storage_key: &str) -> String {
    format!("marketo-guides:{flow}:{storage_key}")
}

impl Store {
    /// Opens storage for `key`; a browser that blocks storage (the accessor throws or gives
    /// nothing) gets a store that keeps nothing.
    pub fn open(key: &str) -> Store {
        let storage = crate::ui::window().and_then(|w| w.local_storage().ok().flatten());
        Store {
            key: key.to_string(),
            storage,
            protected: Default::default(),
            carried: None,
            carried_undo: None,
            first_view: false,
        }
    }

    /// A store that keeps nothing (storage blocked).
    pub fn in_memory(key: &str) -> Store {
        Store {
            key: key.to_string(),
            storage: None,
            protected: Default::default(),
            carried: None,
            carried_undo: None,
            first_view: false,
        }
    }

    /// The store a first view is rendered with (natively, at build time): what a first-time
    /// reader has, storage that works and holds nothing under the key. It loads fresh and
    /// keeps nothing (a first view never changes: the module takes over first).
    pub fn first_view(key: &str) -> Store {
        Store { first_view: true, ..Store::in_memory(key) }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn is_available(&self) -> bool {
        self.storage.is_some() || self.first_view
    }

    /// The raw text under our key, if any.
    pub fn raw(&self) -> Option<String> {
        self.storage.as_ref()?.get_item(&self.key).ok().flatten()
    }

    /// The same store, first loading `text` (an envelope as [`encode`] writes it): the state a
    /// widget had in the module it ran in before this one, which storage may not have (blocked,
    /// full, or the write still pending). Text that does not decode is ignored. `undo`: the
    /// envelope that module's "Undo import" would have restored, see [`Store::carried_undo`].
    pub fn carrying(self, text: Option<String>, undo: Option<String>) -> Store {
        Store { carried: text, carried_undo: undo, ..self }
    }

    /// The state "Undo import" restores, carried from the module the widget ran in before
    /// (nothing when there was none, or it does not decode: Undo is then not offered).
    pub fn carried_undo<T: Schema>(&self) -> Option<T> {
        match decode::<T>(self.carried_undo.as_deref()?) {
            Decoded::Current { data, .. } => Some(data),
            _ => None,
        }
    }

    pub fn load<T: Stored>(&self, now: u64) -> Loaded<T> {
        if self.first_view {
            return Loaded::Fresh;
        }
        if let Some(Decoded::Current { data, revision }) = self.carried.as_deref().map(decode::<T>) {
            let Some(storage) = &self.storage else { return Loaded::BlockedCarried { data, revision } };
            // What another tab saved while the widget moved is merged in, as between two tabs
            // (per part, newest edit wins): neither the move nor that tab loses a change.
            let stored = storage.get_item(&self.key).ok().flatten().map(|text| decode::<T>(&text));
            return match stored {
                Some(Decoded::Current { data: theirs, revision: r }) => {
                    Loaded::Carried { data: data.merge(&theirs), revision: revision.max(r) }
                }
                _ => Loaded::Carried { data, revision },
            };
        }
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
        if self.first_view {
            return Ok(());
        }
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
    use domain::dynamics::DynamicsStep2;
    use domain::saved::{Lang, Mode, Saved};
    use domain::sia::Handoff;

    type Sia = Saved<Handoff>;

    #[test]
    fn an_envelope_round_trips() {
        let mut data = Sia::fresh(Mode::Practice, Lang::Ko);
        data.tick(domain::sia::StepKind::IncomingConnects, true, 5);
        let text = encode(&data, 7, 1000).unwrap();
        assert!(text.starts_with(&format!(r#"{{"schema":{SCHEMA},"#)));
        assert_eq!(decode::<Sia>(&text), Decoded::Current { data, revision: 7 });
    }

    /// Every saved format must keep loading in every later build: the schema-1 fixtures,
    /// written by the first release, come through the migration with nothing lost (the
    /// domain's tests check each field; here, the whole path from stored text).
    #[test]
    fn the_schema_1_fixtures_load_through_the_decoder() {
        match decode::<Sia>(include_str!("../tests/fixtures/sia-v1.json")) {
            Decoded::Current { data, revision } => {
                assert_eq!(revision, 4);
                assert_eq!(data.answers().incoming_name(), "Bo");
                assert_eq!(data.ticks().get(&domain::sia::StepKind::RemoveIncomingAccess), Some(&true));
                assert_eq!(data.stamps().len(), 4);
            }
            other => panic!("{other:?}"),
        }
        match decode::<Sia>(include_str!("../tests/fixtures/sia-v1-practice.json")) {
            Decoded::Current { data, revision } => {
                assert_eq!(revision, 12);
                assert_eq!(data.practice().log().count(), 3);
                assert!(data.practice().memory().outage);
            }
            other => panic!("{other:?}"),
        }
        match decode::<Saved<DynamicsStep2>>(include_str!("../tests/fixtures/dynamics-v1.json")) {
            Decoded::Current { data, revision } => {
                assert_eq!(revision, 9);
                assert_eq!(data.answers().name(), "Sync Bot");
                assert_eq!(data.practice().state().users().len(), 4);
                assert_eq!(data.stamps().len(), 8);
            }
            other => panic!("{other:?}"),
        }
        // A schema-1 text of the other flow is not mistaken for this one.
        assert!(matches!(decode::<Sia>(include_str!("../tests/fixtures/dynamics-v1.json")), Decoded::Corrupt { .. }));
    }
}

/// Native only: proptest does not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod first_view {
    use super::*;

    /// The loader decides whether a widget's reader is new by looking up `stores[flow] + key`
    /// (embed-meta prints `key_for(flow, "")`): a key is that prefix and the storage key.
    #[test]
    fn a_widget_key_is_its_flow_prefix_and_its_storage_key() {
        for flow in domain::saved::Flow::ALL {
            for key in ["", "team-a", "한국어 키", "x".repeat(100).as_str()] {
                assert_eq!(key_for(flow.name(), key), format!("{}{key}", key_for(flow.name(), "")));
            }
        }
    }

    /// A first view is rendered with storage that works and holds nothing: fresh, and nothing written.
    #[test]
    fn the_first_view_store_loads_fresh_and_keeps_nothing() {
        let store = Store::first_view("k");
        assert!(store.is_available());
        assert!(matches!(store.load::<domain::saved::Saved<domain::sia::Handoff>>(0), Loaded::Fresh));
        assert_eq!(store.save("{}"), Ok(()));
        assert_eq!(store.raw(), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::*;
    use domain::dynamics::DynamicsStep2;
    use domain::saved::{Lang, Mode, Saved};
    use domain::sia::Handoff;

    /// The decoder and the import never panic: arbitrary bytes (as text), real envelopes (both schemas)
    /// with a byte changed (and cut, half the time), and arbitrary JSON. `make test` runs 2,000 cases;
    /// `DECODER_FUZZ_CASES=1000000 cargo test --release -p marketo-guides --lib fuzz` runs
    /// the long campaign.
    #[test]
    fn the_decoder_survives_any_input() {
        use proptest::prelude::*;
        let cases = std::env::var("DECODER_FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(2_000);
        let json =
            prop::collection::vec(any::<u8>(), 0..400).prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
        let mut sia = Saved::<Handoff>::fresh(Mode::Practice, Lang::En);
        let mut p = sia.practice().clone();
        let b = p.memory().incoming;
        let _ = p.press(&domain::sia::Action::RemoveAccess { user: b }, domain::engine::Confirmation::NotConfirmed, 1);
        sia.set_practice(p, 1);
        let seeds = [
            encode(&sia, 1, 0).unwrap(),
            export(&sia, domain::saved::Flow::SiaHandoff, 0).unwrap(),
            encode(&Saved::<DynamicsStep2>::fresh(Mode::Guide, Lang::Ja), 1, 0).unwrap(),
            include_str!("../tests/fixtures/sia-v1-practice.json").to_string(),
            include_str!("../tests/fixtures/dynamics-v1.json").to_string(),
        ];
        let mutated = crate::fuzzing::damaged(seeds.to_vec());
        let structured = crate::fuzzing::json_texts();
        let mut runner = crate::fuzzing::runner(cases);
        let strategy = prop_oneof![json, mutated, structured];
        runner
            .run(&strategy, |text| {
                let _ = decode::<Saved<Handoff>>(&text);
                let _ = decode::<Saved<DynamicsStep2>>(&text);
                let _ = import::<Saved<Handoff>>(&text, domain::saved::Flow::SiaHandoff);
                let _ = import::<Saved<DynamicsStep2>>(&text, domain::saved::Flow::DynamicsSyncUser);
                Ok(())
            })
            .unwrap();
        println!("decoder fuzz: {cases} inputs, no panic");
    }
}
