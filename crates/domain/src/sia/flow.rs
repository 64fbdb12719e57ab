//! Flow 1 in the common saved shape, and the reader of what schema 1 saved.

use serde::{Deserialize, Serialize};

use super::{
    practice_session, sia_goal_reached, Action, Effect, Entry, Instance, Lang, Millis, Mode, Person, PersonId, Plan,
    Saved, Session, SiaMemory, SiaSession, Situation, StepKind, Unsure, V1Common, MAX_NAME_CHARS,
};
use super::{FlowSpec, Schema};

/// One answer of the handoff guide (serialized as the schema-1 field names were).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SiaField {
    LeavingName,
    IncomingName,
    IncomingHasAccess,
    LeavingConnected,
    IncomingConnected,
    OthersRely,
    LeavingIsOriginal,
    DataSyncStarted,
}

/// One answer of the handoff guide, typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiaAnswer {
    LeavingName(String),
    IncomingName(String),
    IncomingHasAccess(bool),
    LeavingConnected(bool),
    IncomingConnected(bool),
    OthersRely(bool),
    LeavingIsOriginal(Unsure),
    DataSyncStarted(Unsure),
}

/// Flow 1 in the common saved shape.
#[derive(Clone, Debug, PartialEq)]
pub struct Handoff;

impl FlowSpec for Handoff {
    const FLOW: crate::saved::Flow = crate::saved::Flow::SiaHandoff;
    type Answers = Situation;
    type Field = SiaField;
    type Step = StepKind;
    type Engine = Instance;
    type Answer = SiaAnswer;

    fn apply(to: &mut Situation, answer: SiaAnswer) -> Result<SiaField, crate::flows::Refused> {
        use crate::flows::{checked_text, put};
        use {SiaAnswer as A, SiaField as F};
        Ok(match answer {
            A::LeavingName(t) => put(&mut to.leaving_name, checked_text(t, MAX_NAME_CHARS)?, F::LeavingName),
            A::IncomingName(t) => put(&mut to.incoming_name, checked_text(t, MAX_NAME_CHARS)?, F::IncomingName),
            A::IncomingHasAccess(v) => put(&mut to.incoming_has_access, v, F::IncomingHasAccess),
            A::LeavingConnected(v) => put(&mut to.leaving_connected, v, F::LeavingConnected),
            A::IncomingConnected(v) => put(&mut to.incoming_connected, v, F::IncomingConnected),
            A::OthersRely(v) => put(&mut to.others_rely, v, F::OthersRely),
            A::LeavingIsOriginal(v) => put(&mut to.leaving_is_original, v, F::LeavingIsOriginal),
            A::DataSyncStarted(v) => put(&mut to.data_sync_started, v, F::DataSyncStarted),
        })
    }

    fn fields() -> Vec<SiaField> {
        use SiaField::*;
        vec![
            LeavingName,
            IncomingName,
            IncomingHasAccess,
            LeavingConnected,
            IncomingConnected,
            OthersRely,
            LeavingIsOriginal,
            DataSyncStarted,
        ]
    }

    fn copy_field(to: &mut Situation, from: &Situation, field: SiaField) {
        match field {
            SiaField::LeavingName => to.leaving_name.clone_from(&from.leaving_name),
            SiaField::IncomingName => to.incoming_name.clone_from(&from.incoming_name),
            SiaField::IncomingHasAccess => to.incoming_has_access = from.incoming_has_access,
            SiaField::LeavingConnected => to.leaving_connected = from.leaving_connected,
            SiaField::IncomingConnected => to.incoming_connected = from.incoming_connected,
            SiaField::OthersRely => to.others_rely = from.others_rely,
            SiaField::LeavingIsOriginal => to.leaving_is_original = from.leaving_is_original,
            SiaField::DataSyncStarted => to.data_sync_started = from.data_sync_started,
        }
    }

    fn fresh_practice(lang: Lang) -> SiaSession {
        practice_session(lang)
    }

    fn preset_practice(preset: crate::flows::Preset, lang: Lang) -> Option<SiaSession> {
        preset.sia(lang)
    }

    fn goal_reached(preset: crate::flows::Preset, session: &SiaSession) -> bool {
        sia_goal_reached(preset, session)
    }
}

/// What flow 1 saved in schema 1.
#[derive(Deserialize)]
pub struct SiaV1 {
    mode: Mode,
    lang: Option<Lang>,
    situation: Situation,
    ticks: std::collections::BTreeMap<StepKind, bool>,
    practice: Option<SiaPracticeV1>,
    stamps: std::collections::BTreeMap<String, Millis>,
}

#[derive(Deserialize)]
struct SiaPracticeV1 {
    instance: Instance,
    roster: Vec<Person>,
    leaving: PersonId,
    incoming: PersonId,
    initial: Plan,
    recovered: Vec<StepKind>,
    acting_as: PersonId,
    /// Newest first.
    log: Vec<SiaLogV1>,
}

#[derive(Deserialize)]
struct SiaLogV1 {
    actor: PersonId,
    action: Action,
    effects: Vec<Effect>,
}

impl Schema for Saved<Handoff> {
    const SCHEMA: u32 = crate::saved::SCHEMA;
    type V1 = SiaV1;

    fn from_v1(old: SiaV1) -> Option<Self> {
        let practice = old.practice.map(|p| {
            let outage = p.log.iter().any(|e| {
                e.effects
                    .iter()
                    .any(|x| matches!(x, Effect::IntegrationDown { users_lost, .. } if !users_lost.is_empty()))
            });
            let memory = SiaMemory {
                roster: p.roster,
                leaving: p.leaving,
                incoming: p.incoming,
                initial: p.initial,
                recovered: p.recovered,
                outage,
            };
            // Schema 1 kept no times; its log was newest first.
            let log =
                p.log.into_iter().rev().map(|e| Entry { actor: e.actor, action: e.action, effects: e.effects, at: 0 });
            Session::restore(p.instance, memory, p.acting_as, log)
        });
        V1Common::<Handoff> {
            mode: old.mode,
            lang: old.lang,
            answers: old.situation,
            ticks: old.ticks,
            practice,
            stamps: old.stamps,
        }
        .into_saved()
    }
}
