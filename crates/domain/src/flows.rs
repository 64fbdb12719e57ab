//! The vocabulary both flows and the saved state share: the languages, the modes, the
//! flows, the parts of a saved state that merge on their own, the trainer's scenario
//! presets, and [`FlowSpec`], what a flow brings to the common saved shape. It depends on
//! no flow, so `saved`, `sia`, `dynamics` and the presets build on it without importing
//! one another in a circle.

use serde::{Deserialize, Serialize};

use crate::practice::{Data, Practised, Session};
pub use crate::s2s::Refused;
use crate::Rule;

/// The languages the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    En,
    Ko,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ko, Lang::Ja];

    /// The BCP 47 tag for `lang=` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
        }
    }

    /// Reads a language tag such as `ko`, `ja-JP` or `en_US`; `None` for others.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            "ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// The first language the given sources name, in order of precedence, else English.
    pub fn resolve<'a>(sources: impl IntoIterator<Item = &'a str>) -> Lang {
        sources.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::En)
    }
}

/// Guide (the real task) or practice (the simulated console).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Mode {
    #[default]
    Guide,
    Practice,
}

/// The two procedures, by the names embedding pages use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Flow {
    SiaHandoff,
    DynamicsSyncUser,
}

impl Flow {
    pub const ALL: [Flow; 2] = [Flow::SiaHandoff, Flow::DynamicsSyncUser];

    pub fn name(self) -> &'static str {
        match self {
            Flow::SiaHandoff => "sia-handoff",
            Flow::DynamicsSyncUser => "dynamics-sync-user",
        }
    }
    pub fn from_name(name: &str) -> Option<Flow> {
        Flow::ALL.into_iter().find(|f| f.name() == name.trim())
    }
}

/// Writes an answer's value into its slot and names the part of the state that changed.
pub(crate) fn put<T, P>(slot: &mut T, value: T, part: P) -> P {
    *slot = value;
    part
}

/// A text answer as it may be kept: not a secret, at most `max` characters.
pub fn checked_text(text: String, max: usize) -> Result<String, Refused> {
    if crate::s2s::looks_like_secret(&text) {
        Err(Refused::LooksLikeSecret)
    } else if text.chars().count() > max {
        Err(Refused::TooLong)
    } else {
        Ok(text)
    }
}

/// The cargo feature that builds a module with the practice consoles (each flow's feature
/// is its [`Flow::name`]).
pub const PRACTICE_FEATURE: &str = "practice";

/// One WebAssembly module of the release build: the flows it carries and whether it has the
/// practice consoles. Every module carries every language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Module {
    pub name: String,
    pub flows: Vec<Flow>,
    pub practice: bool,
}

impl Module {
    /// Every module the build makes, lightest first (the loader takes the first that carries
    /// what a widget needs): each flow guide-only, every flow guide-only, each flow with
    /// practice, and everything (the last: the offline kit, and any page that needs it all).
    pub fn all() -> Vec<Module> {
        let one = |f: Flow, practice| Module {
            name: format!("{} {}", f.name(), if practice { "full" } else { "guide" }),
            flows: vec![f],
            practice,
        };
        let mut list: Vec<Module> = Flow::ALL.iter().map(|f| one(*f, false)).collect();
        list.push(Module { name: "both guide".into(), flows: Flow::ALL.to_vec(), practice: false });
        list.extend(Flow::ALL.iter().map(|f| one(*f, true)));
        list.push(Module { name: Module::EVERYTHING.into(), flows: Flow::ALL.to_vec(), practice: true });
        list
    }

    /// The module with everything.
    pub const EVERYTHING: &'static str = "all";

    /// The cargo features that build it, comma-separated.
    pub fn features(&self) -> String {
        let mut f: Vec<&str> = self.flows.iter().map(|f| f.name()).collect();
        if self.practice {
            f.push(PRACTICE_FEATURE);
        }
        f.join(",")
    }

    /// The base of its file names in dist/ (before the content hash).
    pub fn file(&self) -> String {
        format!("marketo-guides-{}", self.name.replace(' ', "-"))
    }
}

/// A part of the saved state that merges on its own: newest edit wins, per part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Part<F, S> {
    Mode,
    Lang,
    /// One answer of the guide's questions.
    Answer(F),
    /// One step's tick in the guide.
    Tick(S),
    /// The whole practice session.
    Practice,
}

/// What one flow puts into the common saved shape.
pub trait FlowSpec: Clone + std::fmt::Debug + PartialEq + Sized + Send + Sync + 'static {
    const FLOW: Flow;
    /// The guide's answers.
    type Answers: Data + Default;
    /// One answer, as a merge part.
    type Field: Data + Copy + Ord;
    /// A checklist step the reader ticks.
    type Step: Data + Copy + Ord;
    /// The practised engine.
    type Engine: Practised;
    /// One answer as the reader gives it, typed (a name, a yes or no, a choice).
    type Answer: Clone + std::fmt::Debug;

    /// Every answer field (a test checks each one merges on its own).
    fn fields() -> Vec<Self::Field>;
    /// Copies one answer from `from`.
    fn copy_field(to: &mut Self::Answers, from: &Self::Answers, field: Self::Field);
    /// Writes one answer and says which part changed, or refuses it (a text that looks like
    /// a secret, or is longer than its field allows) and changes nothing.
    fn apply(answers: &mut Self::Answers, answer: Self::Answer) -> Result<Self::Field, Refused>;
    /// A fresh practice session with sample names in `lang`.
    fn fresh_practice(lang: Lang) -> Session<Self::Engine>;
    /// The practice a scenario preset of this flow starts (`None` for another flow's).
    fn preset_practice(preset: Preset, lang: Lang) -> Option<Session<Self::Engine>>;
    /// Whether a practice started from `preset` has reached that preset's goal.
    fn goal_reached(preset: Preset, session: &Session<Self::Engine>) -> bool;
}

/// What opening a link that names a scenario did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkOutcome {
    /// The scenario is another flow's: nothing changed.
    NotThisFlow,
    /// Practice mode, that scenario already running: its progress stays.
    AlreadyThere,
    /// Started in practice mode.
    Started,
    /// Practice was done: ask before replacing it.
    Ask,
}

/// The key a link names a scenario with: `?mg-scenario=<slug>` or `#mg-scenario=<slug>`.
pub const LINK_KEY: &str = "mg-scenario";

/// A scenario preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Preset {
    /// A connected, B an admin with integration access, two users relying on it.
    StandardHandoff,
    /// B has already connected.
    IncomingConnected,
    /// A already disconnected, too early: the integration is down.
    LeavingDisconnected,
    /// The person taking over is not an admin.
    IncomingNotAdmin,
    /// Dynamics, today's server-to-server variant from the start.
    DynamicsStandard,
    /// Dynamics with solution 3.x.
    DynamicsSolution3,
    /// Dynamics where an existing CRM user was picked as the sync user.
    DynamicsCrmUser,
    /// Dynamics configured but not published.
    DynamicsNotPublished,
}

impl Preset {
    pub const ALL: [Preset; 8] = [
        Preset::StandardHandoff,
        Preset::IncomingConnected,
        Preset::LeavingDisconnected,
        Preset::IncomingNotAdmin,
        Preset::DynamicsStandard,
        Preset::DynamicsSolution3,
        Preset::DynamicsCrmUser,
        Preset::DynamicsNotPublished,
    ];

    pub fn flow(self) -> Flow {
        match self {
            Preset::StandardHandoff
            | Preset::IncomingConnected
            | Preset::LeavingDisconnected
            | Preset::IncomingNotAdmin => Flow::SiaHandoff,
            _ => Flow::DynamicsSyncUser,
        }
    }

    /// The stable name in links (`?scenario=…` or `#…`); never translated.
    pub fn slug(self) -> &'static str {
        match self {
            Preset::StandardHandoff => "standard-handoff",
            Preset::IncomingConnected => "incoming-connected",
            Preset::LeavingDisconnected => "leaving-disconnected",
            Preset::IncomingNotAdmin => "incoming-not-admin",
            Preset::DynamicsStandard => "dynamics-standard",
            Preset::DynamicsSolution3 => "dynamics-solution-3",
            Preset::DynamicsCrmUser => "dynamics-crm-user",
            Preset::DynamicsNotPublished => "dynamics-not-published",
        }
    }

    /// The scenario a page's address names. `parts` are its fragment (`#…`) and its query
    /// (`?…`), in that order; in each, `LINK_KEY=<slug>` is one of the `&`-separated pairs,
    /// the slug possibly percent-encoded. `None` when no pair names a known scenario (an
    /// address is outside data: anything is read without a panic).
    pub fn from_address<'a>(parts: impl IntoIterator<Item = &'a str>) -> Option<Preset> {
        parts.into_iter().find_map(|part| {
            part.trim_start_matches(['#', '?'])
                .split('&')
                .find_map(|pair| pair.strip_prefix(LINK_KEY)?.strip_prefix('='))
                .and_then(percent_decoded)
                .and_then(|slug| Preset::from_slug(&slug))
        })
    }

    /// Reads a slug from a link; `None` for one no preset has.
    pub fn from_slug(slug: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.slug() == slug.trim())
    }

    /// The standard start of a flow (what a fresh practice is).
    pub fn standard(flow: Flow) -> Preset {
        match flow {
            Flow::SiaHandoff => Preset::StandardHandoff,
            Flow::DynamicsSyncUser => Preset::DynamicsStandard,
        }
    }

    /// The presets of one flow, the standard start first.
    pub fn of(flow: Flow) -> Vec<Preset> {
        Preset::ALL.into_iter().filter(|p| p.flow() == flow).collect()
    }

    /// The rules the debrief recalls once the goal is reached.
    pub fn debrief(self) -> &'static [Rule] {
        match self {
            Preset::StandardHandoff => &[Rule::F2, Rule::F4, Rule::F5],
            Preset::IncomingConnected => &[Rule::F4, Rule::F5],
            Preset::LeavingDisconnected => &[Rule::F4, Rule::F3],
            Preset::IncomingNotAdmin => &[Rule::F3],
            Preset::DynamicsStandard => &[Rule::S2, Rule::S5, Rule::S7],
            Preset::DynamicsSolution3 => &[Rule::D3],
            Preset::DynamicsCrmUser => &[Rule::D2],
            Preset::DynamicsNotPublished => &[Rule::D4],
        }
    }
}

/// `%XX` escapes decoded (and `+` kept: slugs have none); `None` for a broken escape or
/// bytes that are not UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit))?;
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod module_table {
    use super::*;

    #[test]
    fn each_flow_has_a_guide_module_and_a_full_one_and_the_last_module_has_everything() {
        let all = Module::all();
        let names: std::collections::BTreeSet<&str> = all.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names.len(), all.len(), "names are unique");
        for f in Flow::ALL {
            for practice in [false, true] {
                assert!(all.iter().any(|m| m.flows == [f] && m.practice == practice), "{f:?} {practice}");
            }
        }
        let last = all.last().unwrap();
        assert_eq!(
            (last.name.as_str(), last.flows.as_slice(), last.practice),
            (Module::EVERYTHING, &Flow::ALL[..], true)
        );
        // Lightest first: a guide-only module never comes after one with practice.
        let first_full = all.iter().position(|m| m.practice).unwrap();
        assert!(all[first_full..].iter().all(|m| m.practice));
        assert_eq!(last.features(), "sia-handoff,dynamics-sync-user,practice");
        assert_eq!(all[0].file(), "marketo-guides-sia-handoff-guide");
    }
}
