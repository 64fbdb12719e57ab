//! Flow 1 on screen: the handoff checklist and the guide questions (its practice console is
//! in `practice::handoff`). Every decision is the domain's: the views ask the planner and
//! render the answer.

use domain::checklist::Status;
use domain::checklist::{Person, Role};
use domain::saved::Lang;
use domain::saved::{Mode, Saved};
use domain::sia::{
    self, Errata, GuidePlan, GuideProblem, Handoff, PersonId, SiaAnswer, SiaChecklist, SiaField, SiaSession, Situation,
    StepKind, TrackedStep, Unsure, MAX_NAME_CHARS,
};
use domain::sources::Cited;
use domain::Rule;
use leptos::prelude::*;

use super::checklist::{Checklist, FoldedAnswers, NextStep, Row, RowNote, RowStatus, Shown};
use super::fields::{yes_no_slug, RadioGroup, TextField};
use super::frame::Explained;
use super::kit::KitViews;
use super::shell::{flow_widget, refused_words, set_answer, Heading, Views};
use super::source::SourceLink;
use super::{now_ms, Embed, Host, Ui};
use crate::i18n::{Catalog, Names};
use crate::storage::Store;

/// What flow 1 saves.
pub type SiaSaved = Saved<Handoff>;

/// A refusal of the handoff rules, in words.
pub fn explain(t: &Catalog, r: &sia::Refusal, names: &Names) -> Explained {
    Explained {
        why: (t.sia.sia_why)(&r.why, names),
        rule: r.rule,
        source: r.rule.source(),
        way_out: (t.sia.sia_way_out)(&r.way_out, names),
    }
}

/// Who does a step, in words: the role's badge and the person's name.
fn actor_words(t: &Catalog, p: &Person) -> (String, String) {
    let badge = match p.role {
        Role::Leaving => t.sia.sia_badge_leaving,
        Role::Incoming => t.sia.sia_badge_incoming,
        Role::Other => t.sia.sia_admin,
    };
    (badge.to_string(), person_name(t, p))
}

fn person_name(t: &Catalog, p: &Person) -> String {
    p.name.clone().unwrap_or_else(|| t.sia.sia_others_name.to_string())
}

/// The handoff checklist in words (every decision is the domain's: [`SiaChecklist`]).
fn shown(t: &'static Catalog, list: &SiaChecklist) -> Shown<StepKind> {
    let errata = |e: Errata| match e {
        Errata::StepSlip => Some(t.sia.sia_errata),
        Errata::CannotConnect => t.sia.sia_errata_cannot_connect,
        Errata::OriginalUser => t.sia.sia_errata_original_user,
    };
    Shown::of(
        list,
        |p| actor_words(t, p),
        |i| {
            let d = &i.detail;
            let (a, b) = (d.leaving.as_str(), d.incoming.as_str());
            let actor_name = i.actor.as_ref().map(|p| person_name(t, p)).unwrap_or_default();
            let waiting_for = match &i.status {
                Status::Waiting { on } => person_name(t, on),
                _ => String::new(),
            };
            let skipped_because = match &i.status {
                // C1: where the translated admin setup guide garbles the original-user
                // caution, the reason that cites it says so (same page, same section).
                Status::Skipped(r) => {
                    let reason = (t.sia.sia_skip)(*r, a, b);
                    let text = d.errata.iter().filter_map(|e| errata(*e)).fold(reason, |r, e| format!("{r} {e}"));
                    Some((text, r.source()))
                }
                _ => None,
            };
            let notes = match i.status {
                Status::Skipped(_) => Vec::new(),
                _ => d
                    .errata
                    .iter()
                    .filter_map(|e| {
                        errata(*e).map(|text| RowNote {
                            warn: false,
                            title: t.note,
                            text: text.to_string(),
                            source: e.source(),
                        })
                    })
                    .collect(),
            };
            let name = |id: PersonId| {
                d.people.iter().find(|(p, _)| *p == id).map(|(_, p)| person_name(t, p)).unwrap_or_default()
            };
            Row {
                key: i.key,
                section: None,
                title: (t.sia.sia_step_title)(i.key, &actor_name, a, b),
                actor: i.actor.as_ref().map(|p| actor_words(t, p)),
                crumbs: d.path.iter().map(|c| (t.sia.sia_crumb)(*c, &name)).collect(),
                why: Some((t.sia.sia_step_why)(i.key).to_string()),
                notes,
                status: RowStatus::of(&i.status),
                status_text: t.status(&i.status, &waiting_for),
                skipped_because,
                source: i.source,
                recovery: d.recovery,
                auto: None,
            }
        },
    )
}

/// The guide's plan for the answers, a blank name standing for the admin's role in the
/// reader's language.
fn guide_plan(t: &Catalog, answered: &Situation) -> GuidePlan {
    GuidePlan::new(answered, [t.sia.sia_badge_leaving, t.sia.sia_badge_incoming])
}

/// The checklist of the saved state's mode.
fn current(t: &'static Catalog, lang: Lang, saved: &SiaSaved) -> Shown<StepKind> {
    match saved.mode() {
        Mode::Guide => shown(t, &guide_plan(t, saved.answers()).checklist(&saved.ticked(), lang)),
        Mode::Practice => practice_shown(t, lang, saved.practice(), &saved.practice().progress().steps),
    }
}

/// The practice checklist of a session, in words.
pub(super) fn practice_shown(
    t: &'static Catalog,
    lang: Lang,
    session: &SiaSession,
    steps: &[TrackedStep],
) -> Shown<StepKind> {
    shown(t, &sia::practice_checklist(session, steps, lang))
}

/// One practice action in words: who did what, then what happened.
fn entry_words(t: &'static Catalog, p: &SiaSession, e: &domain::practice::Entry<sia::Instance>) -> String {
    let names = |id: PersonId| p.name(id).to_string();
    let effects: Vec<String> = e.effects.iter().map(|x| (t.sia.sia_effect)(x, &names)).collect();
    format!("{}: {}", (t.sia.sia_did)(&e.action, p.name(e.actor), &names), effects.join(" "))
}

fn kit_views() -> KitViews<Handoff> {
    KitViews {
        title: |t| t.sia_title,
        rows: current,
        entry: entry_words,
        effect: |t, p, x| (t.sia.sia_effect)(x, &|id| p.name(id).to_string()),
    }
}

#[component]
pub fn SiaWidget(embed: Embed, store: Store, uid: StoredValue<String>, host: Host) -> impl IntoView {
    let heading = Heading { kicker: |t| t.sia.sia_kicker, title: |t, _| t.sia_title, intro: |t, _| t.sia.sia_intro };
    let views = Views {
        guide: |ui, s| view! { <Guide ui s /> }.into_any(),
        #[cfg(feature = "practice")]
        practice: |ui, s| view! { <super::practice::HandoffPractice ui s /> }.into_any(),
        kit: kit_views(),
    };
    flow_widget::<Handoff>(embed, store, uid, host, heading, views)
}

#[component]
fn Guide(ui: Ui, s: RwSignal<SiaSaved>) -> impl IntoView {
    let t = move || ui.t();
    let answered = Memo::new(move |_| s.with(|v| v.answers().clone()));
    // The situation as planned: a blank name stands for "Admin A" / "Admin B" in the
    // reader's language.
    // One plan per change of answers (or language); ticks only re-read it.
    let planned = Memo::new(move |_| answered.with(|a| guide_plan(t(), a)));
    let situation = Memo::new(move |_| planned.with(|p| p.situation.clone()));
    let step_rows = Memo::new(move |_| {
        let ticks = s.with(|v| v.ticked());
        planned.with(|p| shown(t(), &p.checklist(&ticks, ui.lang.get())))
    });
    let problem = move || {
        planned.with(|p| match p.problem() {
            Some(GuideProblem::Answers(e)) => Some((t().sia.sia_situation_error)(e)),
            Some(GuideProblem::Plan(e)) => Some((t().sia.sia_cannot_plan)(e).to_string()),
            None => None,
        })
    };
    let on_tick = Callback::new(move |(kind, done): (StepKind, bool)| {
        s.update(|v| v.tick(kind, done, now_ms()));
        if done {
            if let Some(title) =
                step_rows.with_untracked(|l| l.rows.iter().find(|r| r.key == kind).map(|r| r.title.clone()))
            {
                ui.say((t().announce_step_done)(&title));
            }
        }
    });
    let text_field = move |field: SiaField,
                           label: fn(&Catalog) -> &'static str,
                           placeholder: fn(&Catalog) -> &'static str,
                           get: fn(&Situation) -> String,
                           set: fn(String) -> SiaAnswer| {
        let id = match field {
            SiaField::LeavingName => "leaving",
            _ => "incoming",
        };
        // Never kept: a name that looks like a pasted secret (the same rule refuses it when
        // progress is read back).
        view! {
            <TextField
                ui
                id
                label=Signal::derive(move || label(t()).to_string())
                value=Signal::derive(move || answered.with(get))
                on_input=Callback::new(move |v| set_answer(s, set(v)).map_err(|r| refused_words(ui, r)))
                maxlength=MAX_NAME_CHARS
                placeholder=Signal::derive(move || Some(placeholder(t()).to_string()))
            />
        }
    };
    let yes_no =
        move |id: &'static str, question: Signal<String>, get: fn(&Situation) -> bool, set: fn(bool) -> SiaAnswer| {
            view! {
                <RadioGroup
                    ui
                    name=id
                    legend=question
                    options=vec![true, false]
                    label=|t, v| (if v { t.yes } else { t.no }).to_string()
                    slug=yes_no_slug
                    value=Signal::derive(move || situation.with(get))
                    on_choose=Callback::new(move |v| {
                        let _ = set_answer(s, set(v));
                    })
                />
            }
        };
    // C1: Yes / No / Not sure, for what the reader may not know.
    let unsure = move |id: &'static str,
                       question: Signal<String>,
                       get: fn(&Situation) -> Unsure,
                       set: fn(Unsure) -> SiaAnswer| {
        view! {
            <RadioGroup
                ui
                name=id
                legend=question
                options=Unsure::ALL.to_vec()
                label=|t, v| (t.sia.sia_unsure)(v).to_string()
                slug=Unsure::slug
                value=Signal::derive(move || situation.with(get))
                on_choose=Callback::new(move |v| {
                    let _ = set_answer(s, set(v));
                })
            />
        }
    };
    let a_name = move || situation.with(|x| x.leaving_name().trim().to_string());
    let b_name = move || situation.with(|x| x.incoming_name().trim().to_string());
    // A reader who has begun finds the current step first, the answers folded into a line.
    let folded = RwSignal::new(s.with_untracked(|v| v.opens_on_checklist()));
    let answers_line =
        move || situation.with(|x| (t().sia.sia_answers)(x.leaving_name().trim(), x.incoming_name().trim()));
    view! {
        <Show when=move || folded.get()>
            <NextStep ui list=step_rows tickable=true on_tick />
        </Show>
        <div class="mg-grid">
            <form class="mg-panel mg-questions" on:submit=|ev| ev.prevent_default()>
                <h3 class="mg-panel-title">{move || t().sia.sia_situation}</h3>
                <FoldedAnswers ui folded line=Signal::derive(answers_line) />
                <div class="mg-answers" hidden=move || folded.get()>
                {text_field(SiaField::LeavingName, |t| t.sia.sia_leaving_name, |t| t.sia.sia_badge_leaving, |x| x.leaving_name().to_string(), SiaAnswer::LeavingName)}
                {text_field(SiaField::IncomingName, |t| t.sia.sia_incoming_name, |t| t.sia.sia_badge_incoming, |x| x.incoming_name().to_string(), SiaAnswer::IncomingName)}
                {yes_no("incoming_has_access", Signal::derive(move || (t().sia.sia_q_access)(&b_name())), |x| x.incoming_has_access(), SiaAnswer::IncomingHasAccess)}
                {yes_no("leaving_connected", Signal::derive(move || (t().sia.sia_q_leaving_connected)(&a_name())), |x| x.leaving_connected(), SiaAnswer::LeavingConnected)}
                {yes_no("incoming_connected", Signal::derive(move || (t().sia.sia_q_incoming_connected)(&b_name())), |x| x.incoming_connected(), SiaAnswer::IncomingConnected)}
                {yes_no("others_rely", Signal::derive(move || t().sia.sia_q_others.to_string()), |x| x.others_rely(), SiaAnswer::OthersRely)}
                {unsure("leaving_is_original", Signal::derive(move || (t().sia.sia_q_original)(&a_name())), |x| x.leaving_is_original(), SiaAnswer::LeavingIsOriginal)}
                {unsure("data_sync_started", Signal::derive(move || t().sia.sia_q_data_sync.to_string()), |x| x.data_sync_started(), SiaAnswer::DataSyncStarted)}
                <p class="mg-help">
                    {move || t().sia.sia_q_original_help}
                    " "
                    <SourceLink ui source=Rule::F7.source() />
                </p>
                {move || {
                    t().sia.sia_errata_original_user
                        .filter(|_| Errata::OriginalUser.applies(ui.lang.get()))
                        .map(|errata| view! { <p class="mg-hint">{errata}</p> })
                }}
                </div>
                <p class="mg-error" role="alert">{problem}</p>
                // A plan that cannot be made names its way out: the widget's own advice.
                {move || {
                    planned.with(|p| match p.problem() {
                        Some(GuideProblem::Plan(e)) => Some(e.source()),
                        _ => None,
                    })
                        .map(|source| view! { <p class="mg-step-source">{super::source::source_in(ui, ui.lang.get(), source)}</p> })
                }}
            </form>
            <div class="mg-panel">
                <h3 class="mg-panel-title">{move || t().checklist}</h3>
                <Checklist ui list=step_rows tickable=true on_tick />
            </div>
        </div>
    }
}
