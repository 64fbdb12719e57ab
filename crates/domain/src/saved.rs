//! What a widget saves, for either flow: one common part (mode, language), the guide's
//! answers and ticks, and the practice session, with a stamp per part for merging with
//! other tabs (and later, with a shared link). No web, no clock: times are passed in.
//!
//! The stored shape is schema 2. Schema 1 (the first release) is read by [`Schema::from_v1`]
//! in each flow's module, so nothing saved by an older build is lost.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::practice::Session;
use crate::Millis;

// The vocabulary every flow shares lives in `flows`; re-exported here, where the saved
// state has always offered it.
pub use crate::flows::{Flow, FlowSpec, Lang, LinkOutcome, Mode, Part, Preset};

/// The longest `data-storage-key` kept, in characters.
pub const MAX_STORAGE_KEY_CHARS: usize = 100;

/// When each part last changed. Stored as a list of `[part, millis]` pairs.
pub type Stamps<F, S> = BTreeMap<Part<F, S>, Millis>;

mod pairs {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer, K: Serialize, V: Serialize>(map: &BTreeMap<K, V>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(map.iter())
    }

    pub fn deserialize<'de, D: Deserializer<'de>, K: Deserialize<'de> + Ord, V: Deserialize<'de>>(
        d: D,
    ) -> Result<BTreeMap<K, V>, D::Error> {
        Ok(Vec::<(K, V)>::deserialize(d)?.into_iter().collect())
    }
}

/// Everything a widget of one flow saves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Saved<F: FlowSpec> {
    // Private outside the domain: the views and the tests read them through methods and
    // change them only through setters that check and stamp.
    pub(crate) mode: Mode,
    /// The reader's own language choice, if any.
    pub(crate) lang: Option<Lang>,
    pub(crate) answers: F::Answers,
    /// The reader's ticks (guide mode); `false` records an untick, so it travels too.
    pub(crate) ticks: BTreeMap<F::Step, bool>,
    pub(crate) practice: Session<F::Engine>,
    /// The scenario the practice started from (absent: the flow's standard start). It
    /// travels with the practice when copies merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scenario: Option<Preset>,
    #[serde(with = "pairs")]
    stamps: Stamps<F::Field, F::Step>,
}

impl<F: FlowSpec> Saved<F> {
    /// A new state opening in `mode`, its practice with sample names in `lang`.
    pub fn fresh(mode: Mode, lang: Lang) -> Self {
        Saved {
            mode,
            lang: None,
            answers: F::Answers::default(),
            ticks: BTreeMap::new(),
            practice: F::fresh_practice(lang),
            scenario: None,
            stamps: BTreeMap::new(),
        }
    }

    /// Put together from its parts (a migration does).
    pub fn from_parts(
        mode: Mode,
        lang: Option<Lang>,
        answers: F::Answers,
        ticks: BTreeMap<F::Step, bool>,
        practice: Session<F::Engine>,
        stamps: Stamps<F::Field, F::Step>,
    ) -> Self {
        Saved { mode, lang, answers, ticks, practice, scenario: None, stamps }
    }

    pub fn stamps(&self) -> &Stamps<F::Field, F::Step> {
        &self.stamps
    }

    // Read only: every change goes through a method that checks it and stamps its part.
    pub fn mode(&self) -> Mode {
        self.mode
    }
    /// The reader's own language choice, if any.
    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }
    pub fn answers(&self) -> &F::Answers {
        &self.answers
    }
    pub fn practice(&self) -> &Session<F::Engine> {
        &self.practice
    }
    /// The reader's ticks and unticks (`false` records an untick, so it travels too).
    pub fn ticks(&self) -> &BTreeMap<F::Step, bool> {
        &self.ticks
    }

    /// The same state with the reader's language choice as in `other` (kept over a reset).
    pub fn keeping_lang_of(mut self, other: &Self) -> Self {
        self.lang = other.lang;
        self
    }

    /// Records that `part` changed at `now` (always later than its previous stamp).
    fn touch(&mut self, part: Part<F::Field, F::Step>, now: Millis) {
        let stamp = self.stamps.get(&part).map_or(now, |old| now.max(old.saturating_add(1)));
        self.stamps.insert(part, stamp);
    }

    /// Drops the stamp of `part`, so that a merge of this copy leaves that part alone.
    pub(crate) fn forget(&mut self, part: Part<F::Field, F::Step>) {
        self.stamps.remove(&part);
    }

    pub fn set_mode(&mut self, mode: Mode, now: Millis) {
        self.mode = mode;
        self.touch(Part::Mode, now);
    }

    /// The reader chooses a language. A practice nobody has acted in yet is started again
    /// (same scenario) with sample names in that language, still acting as whom the trainee
    /// chose.
    pub fn set_lang(&mut self, lang: Lang, now: Millis) {
        self.lang = Some(lang);
        self.touch(Part::Lang, now);
        let mut start = self.scenario_start(lang);
        start.act_as(self.practice.acting_as().clone());
        if self.practice.is_untouched() && self.practice != start {
            self.practice = start;
            self.touch(Part::Practice, now);
        }
    }

    /// The scenario the practice started from (the flow's standard start unless a preset
    /// of this flow was chosen).
    pub fn scenario(&self) -> Preset {
        self.scenario.filter(|p| p.flow() == F::FLOW).unwrap_or(Preset::standard(F::FLOW))
    }

    /// The practice the current scenario starts with, names in `lang`.
    fn scenario_start(&self, lang: Lang) -> Session<F::Engine> {
        F::preset_practice(self.scenario(), lang).unwrap_or_else(|| F::fresh_practice(lang))
    }

    /// Whether starting a scenario now would replace practice the trainee has done
    /// (then the widget asks first).
    pub fn practice_would_be_lost(&self) -> bool {
        !self.practice.is_untouched()
    }

    /// Starts the practice again from `preset`, names in `lang`. A preset of another flow
    /// changes nothing (`false`).
    pub fn start_scenario(&mut self, preset: Preset, lang: Lang, now: Millis) -> bool {
        let Some(session) = F::preset_practice(preset, lang) else { return false };
        self.scenario = Some(preset);
        self.set_practice(session, now);
        true
    }

    /// Starts the current scenario again from its beginning.
    pub fn restart_scenario(&mut self, lang: Lang, now: Millis) {
        let start = self.scenario_start(lang);
        self.set_practice(start, now);
    }

    /// What a link naming `preset` does on opening: another flow's preset nothing; the
    /// scenario already running keeps its progress (in practice mode); an untouched practice
    /// starts it in practice mode at once; practice done first asks (the widget confirms,
    /// then calls [`Saved::start_scenario`]).
    pub fn follow_link(&mut self, preset: Preset, lang: Lang, now: Millis) -> LinkOutcome {
        if preset.flow() != F::FLOW {
            return LinkOutcome::NotThisFlow;
        }
        if self.mode != Mode::Practice {
            self.set_mode(Mode::Practice, now);
        }
        // Already that scenario (a reload of the link's page, say): its progress stays.
        if self.scenario() == preset {
            return LinkOutcome::AlreadyThere;
        }
        if self.practice_would_be_lost() {
            return LinkOutcome::Ask;
        }
        self.start_scenario(preset, lang, now);
        LinkOutcome::Started
    }

    /// This state as an import puts it in place at `now`: every part counts as changed
    /// then, so it wins over older copies in other tabs instead of being merged away.
    pub fn adopted(mut self, now: Millis) -> Self {
        let mut parts: Vec<Part<F::Field, F::Step>> = self.stamps.keys().copied().collect();
        parts.extend([Part::Mode, Part::Lang, Part::Practice]);
        for part in parts {
            self.touch(part, now);
        }
        self
    }

    /// Whether the practice has reached its scenario's goal (then the debrief shows).
    pub fn goal_reached(&self) -> bool {
        F::goal_reached(self.scenario(), &self.practice)
    }

    /// Whether [`Saved::set_answer`] would take this answer (nothing changes here).
    pub fn admits(&self, answer: &F::Answer) -> Result<(), crate::flows::Refused> {
        F::apply(&mut self.answers.clone(), answer.clone()).map(|_| ())
    }

    /// Sets one answer, checked by its flow (no secret, not too long); stamped on success.
    /// A refused answer changes nothing.
    pub fn set_answer(&mut self, answer: F::Answer, now: Millis) -> Result<(), crate::flows::Refused> {
        let mut next = self.answers.clone();
        let field = F::apply(&mut next, answer)?;
        self.answers = next;
        self.touch(Part::Answer(field), now);
        Ok(())
    }

    pub fn tick(&mut self, step: F::Step, done: bool, now: Millis) {
        self.ticks.insert(step, done);
        self.touch(Part::Tick(step), now);
    }

    /// Whether the guide opens on the checklist, its answers folded into one line: the
    /// reader has begun ticking steps off (a first-time reader sees the questions first).
    pub fn opens_on_checklist(&self) -> bool {
        self.ticks.values().any(|done| *done)
    }

    /// The steps ticked as done.
    pub fn ticked(&self) -> Vec<F::Step> {
        self.ticks.iter().filter(|(_, done)| **done).map(|(step, _)| *step).collect()
    }

    /// Replaces the practice session (after an action, a new scenario or a reset).
    pub fn set_practice(&mut self, session: Session<F::Engine>, now: Millis) {
        self.practice = session;
        self.touch(Part::Practice, now);
    }

    /// Merges another copy (another tab, a shared link) into this one: for every part,
    /// the newer stamp wins; ties keep ours. Nothing newer on our side is lost.
    pub fn merge(&self, theirs: &Self) -> Self {
        let mut merged = self.clone();
        for (&part, &stamp) in &theirs.stamps {
            if self.stamps.get(&part).is_some_and(|&ours| ours >= stamp) {
                continue;
            }
            match part {
                Part::Mode => merged.mode = theirs.mode,
                Part::Lang => merged.lang = theirs.lang,
                Part::Answer(field) => F::copy_field(&mut merged.answers, &theirs.answers, field),
                Part::Tick(step) => match theirs.ticks.get(&step) {
                    Some(done) => {
                        merged.ticks.insert(step, *done);
                    }
                    None => {
                        merged.ticks.remove(&step);
                    }
                },
                Part::Practice => {
                    merged.practice = theirs.practice.clone();
                    merged.scenario = theirs.scenario;
                }
            }
            merged.stamps.insert(part, stamp);
        }
        merged
    }
}

/// The schema this build writes: 2 (schema 1 is read through [`Schema::from_v1`]).
pub const SCHEMA: u32 = 2;

/// A saved shape with a schema number and a way to read the previous one.
pub trait Schema: Serialize + DeserializeOwned {
    /// The schema this build writes.
    const SCHEMA: u32;
    /// The shape schema 1 stored.
    type V1: DeserializeOwned;
    /// Reads a schema-1 value into today's shape; `None` when it breaks a rule.
    fn from_v1(old: Self::V1) -> Option<Self>;
}

/// The parts every flow stored in schema 1, read into today's shape: a missing practice
/// becomes a fresh one in the saved language, and dotted stamp paths become typed parts.
pub struct V1Common<F: FlowSpec> {
    pub mode: Mode,
    pub lang: Option<Lang>,
    pub answers: F::Answers,
    pub ticks: BTreeMap<F::Step, bool>,
    /// `None`: schema 1 had no practice saved; `Some(None)`: it had one that breaks a rule.
    pub practice: Option<Option<Session<F::Engine>>>,
    pub stamps: BTreeMap<String, Millis>,
}

impl<F: FlowSpec> V1Common<F> {
    /// Today's saved state, or `None` when the stored practice breaks a rule.
    pub fn into_saved(self) -> Option<Saved<F>> {
        let practice = match self.practice {
            None => F::fresh_practice(self.lang.unwrap_or(Lang::En)),
            Some(session) => session?,
        };
        let stamps = self.stamps.iter().filter_map(|(path, at)| Some((v1_part::<F>(path)?, *at))).collect();
        Some(Saved::from_parts(self.mode, self.lang, self.answers, self.ticks, practice, stamps))
    }
}

/// Reads a unit enum variant from its serialized name (`"IncomingConnects"`).
pub fn from_name<T: DeserializeOwned>(name: &str) -> Option<T> {
    use serde::de::IntoDeserializer;
    T::deserialize(IntoDeserializer::<serde::de::value::Error>::into_deserializer(name)).ok()
}

/// Schema 1 stored parts by dotted paths into its JSON (`"situation.leaving_name"`,
/// `"ticks.IncomingConnects"`, `"answers.version"`, `"practice"`, `"mode"`, `"lang"`).
/// Reads one such path into a typed part (answer fields serialize in snake case, as the
/// schema-1 field names did); `None` for a path no part has.
pub fn v1_part<F: FlowSpec>(path: &str) -> Option<Part<F::Field, F::Step>> {
    match path.split_once('.') {
        None => match path {
            "mode" => Some(Part::Mode),
            "lang" => Some(Part::Lang),
            "practice" => Some(Part::Practice),
            _ => None,
        },
        Some(("ticks", name)) => from_name(name).map(Part::Tick),
        Some((_, name)) => from_name(name).map(Part::Answer),
    }
}
