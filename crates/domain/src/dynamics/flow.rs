//! Flow 2 in the common saved shape, and the reader of what schema 1 saved.

use serde::{Deserialize, Serialize};

use super::{
    dynamics_goal_reached, practice_session, Action, Answers, Connection, DynSession, DynamicsAdmin, Effect, Entry,
    Lang, Millis, Mode, NoteField, Org, Saved, Session, StepId, V1Common, MAX_TEXT_CHARS, PRACTICE_VERSIONS,
};
use super::{FlowSpec, Schema};

/// One answer of the Dynamics guide (serialized as the schema-1 field names were).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DynField {
    Version,
    Name,
    Email,
    Filter,
    Connection,
    /// A value written down for Step 3 (the organization URL with its confirmation).
    Note(NoteField),
    SecretExpires,
}

/// The connection a widget shows: the guide's answer, or the practice's own.
pub fn shown_connection(saved: &Saved<DynamicsStep2>) -> Connection {
    match saved.mode() {
        Mode::Guide => saved.answers().connection,
        Mode::Practice => saved.practice().state().connection(),
    }
}

/// One answer of the Dynamics guide, typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DynAnswer {
    Version(String),
    Name(String),
    Email(String),
    Filter(bool),
    Connection(Connection),
    /// A value written down for the connect step.
    Note(NoteField, String),
    /// The organization URL checked (or no longer).
    ConfirmUrl(bool),
    SecretExpires(String),
}

/// Flow 2 in the common saved shape.
#[derive(Clone, Debug, PartialEq)]
pub struct DynamicsStep2;

impl FlowSpec for DynamicsStep2 {
    const FLOW: crate::saved::Flow = crate::saved::Flow::DynamicsSyncUser;
    type Answers = Answers;
    type Field = DynField;
    type Step = StepId;
    type Engine = Org;
    type Answer = DynAnswer;

    fn apply(to: &mut Answers, answer: DynAnswer) -> Result<DynField, crate::flows::Refused> {
        use crate::flows::{checked_text, put, Refused};
        use crate::version::MAX_VERSION_CHARS;
        use {DynAnswer as A, DynField as F};
        Ok(match answer {
            A::Version(t) => put(&mut to.version, checked_text(t, MAX_VERSION_CHARS)?, F::Version),
            A::Name(t) => put(&mut to.name, checked_text(t, MAX_TEXT_CHARS)?, F::Name),
            A::Email(t) => put(&mut to.email, checked_text(t, MAX_TEXT_CHARS)?, F::Email),
            A::Filter(v) => put(&mut to.filter, v, F::Filter),
            A::Connection(c) => put(&mut to.connection, c, F::Connection),
            A::Note(field, t) => to.notes.set(field, &t).map(|()| F::Note(field))?,
            A::ConfirmUrl(on) => {
                to.notes.confirm_url(on).map_err(|_| Refused::NothingToConfirm)?;
                F::Note(NoteField::OrgUrl)
            }
            A::SecretExpires(t) => put(&mut to.secret_expires, checked_text(t, MAX_TEXT_CHARS)?, F::SecretExpires),
        })
    }

    fn fields() -> Vec<DynField> {
        let mut fields =
            vec![DynField::Version, DynField::Name, DynField::Email, DynField::Filter, DynField::Connection];
        fields.extend(NoteField::ALL.map(DynField::Note));
        fields.push(DynField::SecretExpires);
        fields
    }

    fn copy_field(to: &mut Answers, from: &Answers, field: DynField) {
        match field {
            DynField::Version => to.version.clone_from(&from.version),
            DynField::Name => to.name.clone_from(&from.name),
            DynField::Email => to.email.clone_from(&from.email),
            DynField::Filter => to.filter = from.filter,
            DynField::Connection => to.connection = from.connection,
            DynField::Note(f) => to.notes.copy_from(&from.notes, f),
            DynField::SecretExpires => to.secret_expires.clone_from(&from.secret_expires),
        }
    }

    fn fresh_practice(lang: Lang) -> DynSession {
        practice_session(PRACTICE_VERSIONS[0], lang)
    }

    fn preset_practice(preset: crate::flows::Preset, lang: Lang) -> Option<DynSession> {
        preset.dynamics(lang)
    }

    fn goal_reached(preset: crate::flows::Preset, session: &DynSession) -> bool {
        dynamics_goal_reached(preset, session)
    }
}

/// What flow 2 saved in schema 1.
#[derive(Deserialize)]
pub struct DynV1 {
    mode: Mode,
    lang: Option<Lang>,
    answers: Answers,
    ticks: std::collections::BTreeMap<StepId, bool>,
    practice: Option<DynPracticeV1>,
    stamps: std::collections::BTreeMap<String, Millis>,
}

#[derive(Deserialize)]
struct DynPracticeV1 {
    org: Org,
    /// Newest first.
    log: Vec<(Action, Vec<Effect>)>,
}

impl Schema for Saved<DynamicsStep2> {
    const SCHEMA: u32 = crate::saved::SCHEMA;
    type V1 = DynV1;

    fn from_v1(old: DynV1) -> Option<Self> {
        let practice = old.practice.map(|p| {
            // Schema 1 kept no times; its log was newest first.
            let log =
                p.log.into_iter().rev().map(|(action, effects)| Entry { actor: DynamicsAdmin, action, effects, at: 0 });
            Session::restore(p.org, (), DynamicsAdmin, log)
        });
        V1Common::<DynamicsStep2> {
            mode: old.mode,
            lang: old.lang,
            answers: old.answers,
            ticks: old.ticks,
            practice,
            stamps: old.stamps,
        }
        .into_saved()
    }
}
