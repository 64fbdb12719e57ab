//! The summary of a widget's progress, for a trainer's debrief or an admin's change ticket:
//! a plain document (title, facts, sections of items) that the widget shows, prints and
//! copies as Markdown. [`assemble`] decides what it lists from a saved state; the widget
//! gives the words ([`Words`]: its catalog and the reader's clock) and the checklist's steps
//! in words. [`markdown`] writes it out, escaping whatever names a reader typed.

use crate::checklist::Progress;
use crate::engine::Engine;
use crate::flows::{FlowSpec, Lang, Mode, Part, Preset};
use crate::practice::{Entry, Session};
use crate::saved::Saved;
use crate::sources::Source;
use crate::Millis;

/// How an item is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Done,
    Open,
    /// Not needed in this situation.
    Skipped,
    /// A plain list item (an action, a mistake).
    Plain,
}

/// One line of a section.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub mark: Mark,
    pub text: String,
    /// When it happened, already written for the reader (the widget formats times).
    pub at: Option<String>,
    /// Lines under the item (how a mistake was put right, who did it…).
    pub notes: Vec<String>,
    /// The address the item's text links to (a cited page).
    pub link: Option<String>,
}

impl Item {
    pub fn new(mark: Mark, text: impl Into<String>) -> Item {
        Item { mark, text: text.into(), at: None, notes: Vec::new(), link: None }
    }
    /// An item whose text links to `url` (only `https://` addresses are written as links).
    pub fn link(mut self, url: impl Into<String>) -> Item {
        let url = url.into();
        self.link = url.starts_with("https://").then_some(url);
        self
    }
    pub fn at(mut self, at: Option<String>) -> Item {
        self.at = at;
        self
    }
    pub fn note(mut self, note: impl Into<String>) -> Item {
        self.notes.push(note.into());
        self
    }
}

/// A heading and its items; `empty` is said when there are none.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: String,
    pub items: Vec<Item>,
    pub empty: String,
}

/// The whole summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub title: String,
    /// Label and value pairs under the title (mode, scenario, result, date).
    pub facts: Vec<(String, String)>,
    pub sections: Vec<Section>,
}

/// One line of text as Markdown: line breaks become spaces, and every character Markdown
/// could read as formatting is escaped, so a typed name shows as typed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\r' | '\n' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '(' | ')' | '{' | '}' | '+'
            | '-' | '.' => {
                out.push('\\');
                out.push(ch);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The summary as Markdown text (GitHub-flavoured task lists for steps).
pub fn markdown(doc: &Doc) -> String {
    let mut out = format!("# {}\n\n", escape(&doc.title));
    for (label, value) in &doc.facts {
        out.push_str(&format!("- **{}** {}\n", escape(label), escape(value)));
    }
    for section in &doc.sections {
        out.push_str(&format!("\n## {}\n\n", escape(&section.heading)));
        if section.items.is_empty() {
            out.push_str(&format!("{}\n", escape(&section.empty)));
        }
        for item in &section.items {
            let mark = match item.mark {
                Mark::Done => "- [x] ",
                Mark::Open => "- [ ] ",
                Mark::Skipped => "- ~~",
                Mark::Plain => "- ",
            };
            out.push_str(mark);
            match &item.link {
                // Addresses are the widget's own (no spaces or brackets); `<…>` keeps any
                // parenthesis in one from ending the link.
                Some(url) => out.push_str(&format!("[{}](<{}>)", escape(&item.text), url.replace(['<', '>', ' '], ""))),
                None => out.push_str(&escape(&item.text)),
            }
            if item.mark == Mark::Skipped {
                out.push_str("~~");
            }
            if let Some(at) = &item.at {
                out.push_str(&format!(" ({})", escape(at)));
            }
            out.push('\n');
            for note in &item.notes {
                out.push_str(&format!("  - {}\n", escape(note)));
            }
        }
    }
    out
}

/// One step of the checklist, as the summary lists it: its mark, and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct StepLine<K> {
    pub key: K,
    pub mark: Mark,
    pub title: String,
    /// (role badge, person's name) of who does it.
    pub actor: Option<(String, String)>,
    /// A step that puts a mistake right.
    pub recovery: bool,
    /// The page the step comes from (or none: the widget's own advice).
    pub source: Source,
}

/// The fixed texts of a summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// "Summary", before the flow's title.
    Summary,
    /// The flow's title.
    FlowTitle,
    Mode,
    Guide,
    Practice,
    Scenario,
    Result,
    GoalReached,
    GoalNotYet,
    Complete,
    StepsOpen,
    Written,
    Steps,
    NoSteps,
    Sources,
    /// The line for the steps that no official page describes.
    NotDocumented,
    /// The note on a step that puts a mistake right.
    Recovery,
    Mistakes,
    NoMistakes,
    NotPutRight,
    Actions,
    NoActions,
}

/// The words a summary is written in: the reader's language and clock.
pub trait Words<F: FlowSpec> {
    /// The language the cited pages are named in (and linked to).
    fn lang(&self) -> Lang;
    fn label(&self, label: Label) -> String;
    fn scenario(&self, preset: Preset) -> String;
    /// "3 of 7 done".
    fn progress(&self, done: usize, total: usize) -> String;
    /// A moment on the reader's clock, with its date or the time only; `None` when unknown.
    fn time(&self, at: Millis, with_date: bool) -> Option<String>;
    /// A practice action in words: who did what, and what happened.
    fn entry(&self, session: &Session<F::Engine>, entry: &Entry<F::Engine>) -> String;
    /// A mistake's consequence in words.
    fn effect(&self, session: &Session<F::Engine>, effect: &<F::Engine as Engine>::Effect) -> String;
    /// How a mistake was put right: when, and the action.
    fn put_right(&self, at: &str, action: &str) -> String;
    /// The log no longer holds this many older actions.
    fn earlier(&self, count: u64) -> String;
}

/// The summary of a saved state: the facts (mode; in practice the scenario and whether its
/// goal is reached, in the guide how many steps are done; when it was written), the steps
/// of the current mode (in the guide, when each was ticked), every page they cite once, and
/// in practice the mistakes with what put them right and the actions in order.
pub fn assemble<F: FlowSpec>(
    saved: &Saved<F>,
    steps: &[StepLine<F::Step>],
    progress: Progress<F::Step>,
    words: &impl Words<F>,
    now: Millis,
) -> Doc {
    let l = |label| words.label(label);
    let practice = saved.mode() == Mode::Practice;
    let mut facts = vec![(l(Label::Mode), l(if practice { Label::Practice } else { Label::Guide }))];
    if practice {
        facts.push((l(Label::Scenario), words.scenario(saved.scenario())));
        facts.push((l(Label::Result), l(if saved.goal_reached() { Label::GoalReached } else { Label::GoalNotYet })));
    } else {
        // As on screen: the checklist's own count, over the steps that apply.
        let result = l(if progress.complete() { Label::Complete } else { Label::StepsOpen });
        facts.push((l(Label::Result), format!("{result} ({})", words.progress(progress.done, progress.applicable))));
    }
    facts.extend(words.time(now, true).map(|at| (l(Label::Written), at)));

    let items = steps
        .iter()
        .map(|s| {
            let ticked = (!practice && s.mark == Mark::Done)
                .then(|| saved.stamps().get(&Part::Tick(s.key)).and_then(|at| words.time(*at, false)))
                .flatten();
            let mut item = Item::new(s.mark, s.title.clone()).at(ticked);
            if let Some((badge, name)) = &s.actor {
                item = item.note(format!("{badge}: {name}"));
            }
            if s.recovery {
                item = item.note(l(Label::Recovery));
            }
            item
        })
        .collect();
    let lang = words.lang();
    let mut cited: Vec<Item> = Vec::new();
    for source in steps.iter().filter(|s| s.mark != Mark::Skipped).map(|s| s.source) {
        let item = match (source.doc(), source.url(lang)) {
            (Some(doc), Some(url)) => Item::new(Mark::Plain, doc.title(lang)).link(url),
            _ => Item::new(Mark::Plain, l(Label::NotDocumented)),
        };
        if !cited.iter().any(|c| c.text == item.text) {
            cited.push(item);
        }
    }
    let mut sections = vec![
        Section { heading: l(Label::Steps), items, empty: l(Label::NoSteps) },
        Section { heading: l(Label::Sources), items: cited, empty: l(Label::NoSteps) },
    ];
    if practice {
        let session = saved.practice();
        let mistakes = session
            .mistakes()
            .into_iter()
            .map(|m| {
                let item = Item::new(Mark::Plain, words.effect(session, m.effect)).at(words.time(m.entry.at, false));
                match m.fixed_by {
                    Some(fix) => item.note(
                        words.put_right(&words.time(fix.at, false).unwrap_or_default(), &words.entry(session, fix)),
                    ),
                    None => item.note(l(Label::NotPutRight)),
                }
            })
            .collect();
        sections.push(Section { heading: l(Label::Mistakes), items: mistakes, empty: l(Label::NoMistakes) });
        let mut actions: Vec<Item> = Vec::new();
        if session.earlier() > 0 {
            actions.push(Item::new(Mark::Plain, words.earlier(session.earlier())));
        }
        actions.extend(
            session.history().map(|e| Item::new(Mark::Plain, words.entry(session, e)).at(words.time(e.at, false))),
        );
        sections.push(Section { heading: l(Label::Actions), items: actions, empty: l(Label::NoActions) });
    }
    Doc { title: format!("{} — {}", l(Label::Summary), l(Label::FlowTitle)), facts, sections }
}
