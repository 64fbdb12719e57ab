//! Flow 1 on screen: the handoff checklist, the guide questions, and the simulated
//! Settings > Marketo console for practice. Every decision is the domain's: the views ask
//! the practice session (`domain::practice`) and the planner, and render the answer.

use domain::checklist::Status;
#[cfg(feature = "practice")]
use domain::engine::{Allowed, Confirmation, Rejection};
use domain::saved::{Mode, Saved};
use domain::sia::{
    self, CannotPlan, Handoff, PersonId, Plan, SiaField, SiaSession, Situation, SituationError, StepKind, TrackedStep,
    Unsure, MAX_NAME_CHARS,
};
#[cfg(feature = "practice")]
use domain::sia::{Action, Role, MAX_WORKSPACE_CHARS};
use domain::sources::Cited;
use domain::Rule;
use leptos::prelude::*;

use super::checklist::{summarize, Checklist, FoldedAnswers, NextStep, Row, RowNote, RowStatus};
use super::fields::{yes_no_slug, RadioGroup, TextField};
use super::frame::Explained;
#[cfg(feature = "practice")]
use super::frame::{ActionButton, ActivityLog, ConsoleTable, LogLine, Verdict};
use super::kit::KitViews;
use super::share::Summary;
use super::shell::{flow_widget, Heading, Views};
use super::source::SourceLink;
use super::{now_ms, Embed, Host, Ui};
use crate::i18n::{Catalog, Names};
use crate::storage::Store;

/// What flow 1 saves.
pub type SiaSaved = Saved<Handoff>;

/// A refusal of the handoff rules, in words.
pub fn explain(t: &Catalog, r: &sia::Refusal, names: &Names) -> Explained {
    Explained { why: (t.sia.sia_why)(&r.why, names), rule: r.rule, way_out: (t.sia.sia_way_out)(&r.way_out, names) }
}

/// Rows of the handoff checklist, in words.
fn rows(
    t: &'static Catalog,
    steps: &[TrackedStep],
    name: &dyn Fn(PersonId) -> String,
    leaving: PersonId,
    incoming: PersonId,
) -> Vec<Row<StepKind>> {
    let (a, b) = (name(leaving), name(incoming));
    steps
        .iter()
        .map(|s| {
            let actor_name = name(s.actor);
            let badge = if s.actor == leaving {
                t.sia.sia_badge_leaving
            } else if s.actor == incoming {
                t.sia.sia_badge_incoming
            } else {
                t.sia.sia_admin
            };
            let waiting_for = match &s.status {
                Status::Waiting { on } => name(*on),
                _ => String::new(),
            };
            let mut notes = Vec::new();
            if s.kind == StepKind::IncomingConnects {
                notes.push(RowNote {
                    warn: false,
                    title: t.note,
                    text: t.sia.sia_errata.to_string(),
                    source: s.kind.source(),
                });
            }
            // C4: the Korean and Japanese pages mistranslate who gets a clickable Disconnect.
            if let (StepKind::LeavingDisconnects, Some(errata)) = (s.kind, t.sia.sia_errata_cannot_connect) {
                notes.push(RowNote { warn: false, title: t.note, text: errata.to_string(), source: Rule::F1.source() });
            }
            let skipped_because = match &s.status {
                Status::Skipped(r) => Some(((t.sia.sia_skip)(*r, &a, &b), r.source())),
                _ => None,
            };
            Row {
                key: s.kind,
                section: None,
                title: (t.sia.sia_step_title)(s.kind, &actor_name, &a, &b),
                actor: Some((badge.to_string(), actor_name)),
                crumbs: s.path.iter().map(|c| (t.sia.sia_crumb)(*c, name)).collect(),
                why: Some((t.sia.sia_step_why)(s.kind).to_string()),
                notes,
                status: RowStatus::of(&s.status),
                status_text: t.status(&s.status, &waiting_for),
                skipped_because,
                source: s.kind.source(),
                recovery: s.recovery,
                auto: None,
            }
        })
        .collect()
}

/// The guide's answers (blank names filled in) and the plan they give, or why none.
type GuidePlan = (Situation, Result<(Result<Plan, CannotPlan>, PersonId, PersonId), SituationError>);

/// Plans the guide once for a set of answers (ticks do not change the plan).
fn guide_plan(t: &Catalog, answered: &Situation) -> GuidePlan {
    let sit = answered.with_default_names(t.sia.sia_badge_leaving, t.sia.sia_badge_incoming);
    let planned = sit.build().map(|b| (sia::plan(&b.instance, b.leaving, b.incoming), b.leaving, b.incoming));
    (sit, planned)
}

/// The guide's checklist for a plan and the reader's ticks (empty when no plan is possible).
fn guide_rows(t: &'static Catalog, (sit, planned): &GuidePlan, ticks: &[StepKind]) -> Vec<Row<StepKind>> {
    let Ok((Ok(plan), a, b)) = planned else { return Vec::new() };
    let (a, b) = (*a, *b);
    let name = |id: PersonId| {
        if id == a {
            sit.leaving_name.clone()
        } else if id == b {
            sit.incoming_name.clone()
        } else {
            t.sia.sia_others_name.to_string()
        }
    };
    rows(t, &sia::guide(plan, ticks, b), &name, a, b)
}

/// The practice checklist of a session, from its progress.
fn practice_rows(t: &'static Catalog, session: &SiaSession, steps: &[TrackedStep]) -> Vec<Row<StepKind>> {
    let m = session.memory();
    rows(t, steps, &|id| session.name(id).to_string(), m.leaving, m.incoming)
}

/// The checklist of the saved state's mode.
fn current_rows(t: &'static Catalog, saved: &SiaSaved) -> Vec<Row<StepKind>> {
    match saved.mode {
        Mode::Guide => guide_rows(t, &guide_plan(t, &saved.answers), &saved.ticked()),
        Mode::Practice => practice_rows(t, &saved.practice, &saved.practice.progress().steps),
    }
}

/// A saved state in a few words, for the offer of a shared link.
fn describe(t: &'static Catalog, saved: &SiaSaved) -> Summary {
    summarize(&current_rows(t, saved))
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
        rows: current_rows,
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
        practice: |ui, s| view! { <Practice ui s /> }.into_any(),
        describe,
        kit: kit_views(),
    };
    flow_widget::<Handoff>(embed, store, uid, host, heading, views)
}

#[component]
fn Guide(ui: Ui, s: RwSignal<SiaSaved>) -> impl IntoView {
    let t = move || ui.t();
    let answered = Memo::new(move |_| s.with(|v| v.answers.clone()));
    // The situation as planned: a blank name stands for "Admin A" / "Admin B" in the
    // reader's language.
    // One plan per change of answers (or language); ticks only re-read it.
    let planned = Memo::new(move |_| answered.with(|a| guide_plan(t(), a)));
    let situation = Memo::new(move |_| planned.with(|(sit, _)| sit.clone()));
    let step_rows = Memo::new(move |_| {
        let ticks = s.with(|v| v.ticked());
        planned.with(|p| guide_rows(t(), p, &ticks))
    });
    let problem = move || {
        planned.with(|(_, b)| match b {
            Err(e) => Some((t().sia.sia_situation_error)(e)),
            Ok((Err(e), _, _)) => Some((t().sia.sia_cannot_plan)(e).to_string()),
            Ok(_) => None,
        })
    };
    let on_tick = Callback::new(move |(kind, done): (StepKind, bool)| {
        s.update(|v| v.tick(kind, done, now_ms()));
        if done {
            if let Some(title) =
                step_rows.with_untracked(|rs| rs.iter().find(|r| r.key == kind).map(|r| r.title.clone()))
            {
                ui.say((t().announce_step_done)(&title));
            }
        }
    });
    let text_field = move |field: SiaField,
                           label: fn(&Catalog) -> &'static str,
                           placeholder: fn(&Catalog) -> &'static str,
                           get: fn(&Situation) -> String,
                           set: fn(&mut Situation, String)| {
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
                on_input=Callback::new(move |v| s.update(|x| x.answer(field, now_ms(), |a| set(a, v))))
                maxlength=MAX_NAME_CHARS
                placeholder=Signal::derive(move || Some(placeholder(t()).to_string()))
                refuse_secrets=true
            />
        }
    };
    let yes_no = move |field: SiaField,
                       id: &'static str,
                       question: Signal<String>,
                       get: fn(&Situation) -> bool,
                       set: fn(&mut Situation, bool)| {
        view! {
            <RadioGroup
                ui
                name=id
                legend=question
                options=vec![true, false]
                label=|t, v| (if v { t.yes } else { t.no }).to_string()
                slug=yes_no_slug
                value=Signal::derive(move || situation.with(get))
                on_choose=Callback::new(move |v| s.update(|x| x.answer(field, now_ms(), |a| set(a, v))))
            />
        }
    };
    // C1: Yes / No / Not sure, for what the reader may not know.
    let unsure = move |field: SiaField,
                       id: &'static str,
                       question: Signal<String>,
                       get: fn(&Situation) -> Unsure,
                       set: fn(&mut Situation, Unsure)| {
        view! {
            <RadioGroup
                ui
                name=id
                legend=question
                options=Unsure::ALL.to_vec()
                label=|t, v| (t.sia.sia_unsure)(v).to_string()
                slug=Unsure::slug
                value=Signal::derive(move || situation.with(get))
                on_choose=Callback::new(move |v| s.update(|x| x.answer(field, now_ms(), |a| set(a, v))))
            />
        }
    };
    let a_name = move || situation.with(|x| x.leaving_name.trim().to_string());
    let b_name = move || situation.with(|x| x.incoming_name.trim().to_string());
    // A reader who has begun finds the current step first, the answers folded into a line.
    let folded = RwSignal::new(s.with_untracked(|v| v.opens_on_checklist()));
    let answers_line = move || situation.with(|x| (t().sia.sia_answers)(x.leaving_name.trim(), x.incoming_name.trim()));
    view! {
        <Show when=move || folded.get()>
            <NextStep ui rows=step_rows tickable=true on_tick />
        </Show>
        <div class="mg-grid">
            <form class="mg-panel mg-questions" on:submit=|ev| ev.prevent_default()>
                <h3 class="mg-panel-title">{move || t().sia.sia_situation}</h3>
                <FoldedAnswers ui folded line=Signal::derive(answers_line) />
                <div class="mg-answers" hidden=move || folded.get()>
                {text_field(SiaField::LeavingName, |t| t.sia.sia_leaving_name, |t| t.sia.sia_badge_leaving, |x| x.leaving_name.clone(), |x, v| x.leaving_name = v)}
                {text_field(SiaField::IncomingName, |t| t.sia.sia_incoming_name, |t| t.sia.sia_badge_incoming, |x| x.incoming_name.clone(), |x, v| x.incoming_name = v)}
                {yes_no(SiaField::IncomingHasAccess, "incoming_has_access", Signal::derive(move || (t().sia.sia_q_access)(&b_name())), |x| x.incoming_has_access, |x, v| x.incoming_has_access = v)}
                {yes_no(SiaField::LeavingConnected, "leaving_connected", Signal::derive(move || (t().sia.sia_q_leaving_connected)(&a_name())), |x| x.leaving_connected, |x, v| x.leaving_connected = v)}
                {yes_no(SiaField::IncomingConnected, "incoming_connected", Signal::derive(move || (t().sia.sia_q_incoming_connected)(&b_name())), |x| x.incoming_connected, |x, v| x.incoming_connected = v)}
                {yes_no(SiaField::OthersRely, "others_rely", Signal::derive(move || t().sia.sia_q_others.to_string()), |x| x.others_rely, |x, v| x.others_rely = v)}
                {unsure(SiaField::LeavingIsOriginal, "leaving_is_original", Signal::derive(move || (t().sia.sia_q_original)(&a_name())), |x| x.leaving_is_original, |x, v| x.leaving_is_original = v)}
                {unsure(SiaField::DataSyncStarted, "data_sync_started", Signal::derive(move || t().sia.sia_q_data_sync.to_string()), |x| x.data_sync_started, |x, v| x.data_sync_started = v)}
                <p class="mg-help">
                    {move || t().sia.sia_q_original_help}
                    " "
                    <SourceLink ui source=Rule::F7.source() />
                </p>
                </div>
                <p class="mg-error" role="alert">{problem}</p>
                // A plan that cannot be made names its way out: the widget's own advice.
                {move || {
                    planned.with(|(_, b)| match b {
                        Ok((Err(e), _, _)) => Some(e.source()),
                        _ => None,
                    })
                        .map(|source| view! { <p class="mg-step-source">{super::source::source_in(ui, ui.lang.get(), source)}</p> })
                }}
            </form>
            <div class="mg-panel">
                <h3 class="mg-panel-title">{move || t().checklist}</h3>
                <Checklist ui rows=step_rows tickable=true on_tick />
            </div>
        </div>
    }
}

/// A pending hazardous action, waiting for confirmation.
#[cfg(feature = "practice")]
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    actor: PersonId,
    action: Action,
    hazard: sia::Hazard,
}

#[cfg(feature = "practice")]
#[component]
fn Practice(ui: Ui, s: RwSignal<SiaSaved>) -> impl IntoView {
    let t = move || ui.t();
    // The session, once per change; the checklist and verdict, once per change.
    let session: Memo<SiaSession> = Memo::new(move |_| s.with(|v| v.practice.clone()));
    let progress = Memo::new(move |_| session.with(SiaSession::progress));
    let pending = RwSignal::new(None::<Pending>);
    let selected = RwSignal::new(Vec::<PersonId>::new());
    let workspace = RwSignal::new(String::new());
    let confirm_ref = NodeRef::<leptos::html::Button>::new();

    let name = move |id: PersonId| session.with(|p| p.name(id).to_string());
    let actor = move || session.with(|p| *p.acting_as());

    // The rules, asked for each control.
    // What the rules say about an action now (tracks the session). Read inside reactive
    // closures directly: wrapping it in a new signal there would leave one behind per run.
    let judge = move |action: &Action| {
        let t = t();
        session.with(|p| match p.check(action, now_ms()) {
            Ok(Allowed::Safe) => Verdict::Allowed,
            Ok(Allowed::Hazardous(_)) => Verdict::Hazardous,
            Err(r) => Verdict::Refused(explain(t, &r, &|id| p.name(id).to_string())),
        })
    };
    let verdict = move |action: Action| Signal::derive(move || judge(&action));

    // The one thing a button does: ask the session to act, then say what happened.
    let perform = move |actor: PersonId, action: Action, confirmation: Confirmation| {
        let t = t();
        let mut next = s.with_untracked(|v| v.practice.clone());
        match next.act(&actor, &action, confirmation, now_ms()) {
            Ok(effects) => {
                let said: Vec<String> =
                    effects.iter().map(|e| (t.sia.sia_effect)(e, &|id| next.name(id).to_string())).collect();
                s.update(|v| v.set_practice(next, now_ms()));
                selected.set(Vec::new());
                ui.say(said.join(" "));
            }
            Err(Rejection::NeedsConfirmation(hazard)) => {
                pending.set(Some(Pending { actor, action, hazard }));
                request_animation_frame(move || {
                    if let Some(b) = confirm_ref.try_get_untracked().flatten() {
                        let _ = b.focus();
                    }
                });
            }
            Err(Rejection::Refused(r)) => {
                let names = |id: PersonId| next.name(id).to_string();
                let what = (t.sia.sia_did)(&action, next.name(actor), &names);
                ui.say(explain(t, &r, &names).sentence(t, &what));
            }
        }
    };
    let press = move |action: Action| {
        Callback::new(move |_| {
            perform(actor(), action.clone(), Confirmation::NotConfirmed);
        })
    };

    let tracked = Memo::new(move |_| session.with(|p| progress.with(|pr| practice_rows(t(), p, &pr.steps))));
    let complete = move || progress.with(|p| p.complete);
    let had_outage = move || session.with(|p| p.memory().outage);
    let cannot = move || progress.with(|p| p.cannot.as_ref().map(|e| (t().sia.sia_cannot_plan)(e).to_string()));

    let acting_id = ui.id("acting");
    // Memos, so that the rows and options built from them are rebuilt only when they change,
    // not on every action: a view dropped and built again leaves its effects behind in the
    // signals they read (reactive_graph never unsubscribes a dropped effect).
    let people = Memo::new(move |_| session.with(|p| p.state().people().to_vec()));
    let access = Memo::new(move |_| session.with(|p| p.state().access().to_vec()));
    let people = move || people.get();
    let grant_of = move |id: PersonId| access.with(|a| a.iter().find(|g| g.user == id).cloned());
    let access = move || access.get();
    let connected = move || {
        session.with(|p| p.state().connections().iter().map(|c| p.name(c.admin)).collect::<Vec<_>>().join(", "))
    };
    let grant_action = move || Action::GrantAccess {
        users: selected.get(),
        workspace: Some(workspace.get()).filter(|w| !w.trim().is_empty()),
    };
    let grant_verdict = Signal::derive(move || judge(&grant_action()));
    let log_lines = Memo::new(move |_| {
        let t = t();
        session.with(|p| {
            let names = |id: PersonId| p.name(id).to_string();
            p.log()
                .map(|e| LogLine {
                    head: Some((t.sia.sia_did)(&e.action, p.name(e.actor), &names)),
                    effects: e.effects.iter().map(|x| ((t.sia.sia_effect)(x, &names), x.source())).collect(),
                    note: None,
                })
                .collect::<Vec<_>>()
        })
    });

    view! {
        <NextStep ui rows=tracked tickable=false on_tick=Callback::new(|_| ()) />
        <div class="mg-grid mg-grid-practice">
            <div class="mg-panel mg-console" role="region" aria-label=move || t().sia.sia_console>
                <h3 class="mg-panel-title">{move || t().sia.sia_console}</h3>
                <p class="mg-hint">{move || t().sia.sia_console_hint}</p>
                <div class="mg-field">
                    <label for=acting_id.clone()>{move || t().acting_as}</label>
                    <select
                        id=acting_id
                        class="mg-select"
                        on:change=move |ev| {
                            if let Ok(id) = event_target_value(&ev).parse::<u32>() {
                                let mut next = s.with_untracked(|v| v.practice.clone());
                                if next.act_as(PersonId(id)) {
                                    s.update(|v| v.set_practice(next, now_ms()));
                                }
                            }
                        }
                    >
                        {move || {
                            people()
                                .into_iter()
                                .map(|person| {
                                    let id = person.id;
                                    let role = if person.role == Role::Admin { t().sia.sia_admin } else { t().sia.sia_user };
                                    view! {
                                        <option value=id.0.to_string() prop:selected=move || actor() == id>
                                            {format!("{} ({role})", person.name)}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="mg-status" class:mg-status-down=move || connected().is_empty()>
                    {move || {
                        let c = connected();
                        if c.is_empty() { t().sia.sia_integration_down.to_string() } else { (t().sia.sia_connected_as)(&c) }
                    }}
                </div>
                <div class="mg-actions">
                    <ActionButton ui id="connect".into() label=Signal::derive(move || t().sia.sia_connect.to_string()) verdict=verdict(Action::Connect) on_press=press(Action::Connect) />
                    <ActionButton ui id="disconnect".into() label=Signal::derive(move || t().sia.sia_disconnect.to_string()) verdict=verdict(Action::Disconnect) on_press=press(Action::Disconnect) danger=true />
                </div>
                <Show when=move || pending.get().is_some()>
                    <div class="mg-confirm" role="alertdialog" aria-label=move || t().confirm_title aria-describedby=ui.id("hazard")>
                        <p class="mg-confirm-title">{move || t().confirm_title}</p>
                        <p id=ui.id("hazard")>
                            {move || {
                                pending.get().map(|x| (t().sia.sia_hazard)(&x.hazard, &name)).unwrap_or_default()
                            }}
                        </p>
                        // Where the warning comes from (or that no page covers it).
                        {move || {
                            pending
                                .get()
                                .map(|x| view! { <p class="mg-step-source">{super::source::source_in(ui, ui.lang.get(), x.hazard.source())}</p> })
                        }}
                        <button
                            type="button"
                            class="mg-btn mg-btn-danger"
                            on:click=move |_| {
                                if let Some(x) = pending.get_untracked() {
                                    pending.set(None);
                                    perform(x.actor, x.action, Confirmation::Confirmed);
                                }
                            }
                        >
                            {move || t().confirm_do}
                        </button>
                        " "
                        <button type="button" class="mg-btn" node_ref=confirm_ref on:click=move |_| pending.set(None)>
                            {move || t().cancel}
                        </button>
                    </div>
                </Show>

                <ConsoleTable ui title=|t| t.sia.sia_user_access column=|t| t.sia.sia_workspace action=|t| t.sia.sia_remove_access>
                        // One row per person, hidden while they have no access: rows stay, so an
                        // action changes them instead of dropping and building them again.
                        <For each=people key=|x| x.id let:person>
                            {
                                let id = person.id;
                                let grant = Memo::new(move |_| grant_of(id));
                                view! {
                                    <tr hidden=move || grant.with(Option::is_none)>
                                        // Names are read live (a new language renames samples).
                                        <td>{move || name(id)}</td>
                                        <td>
                                            {move || match grant.get().map(|g| g.workspace) {
                                                Some(sia::Workspace::Named(n)) => n,
                                                _ => t().sia.sia_default_workspace.to_string(),
                                            }}
                                        </td>
                                        <td>
                                            <ActionButton
                                                ui
                                                id=format!("rm-access-{}", id.0)
                                                label=Signal::derive(move || t().sia.sia_remove_access.to_string())
                                                for_whom=Signal::derive(move || name(id))
                                                verdict=verdict(Action::RemoveAccess { user: id })
                                                on_press=press(Action::RemoveAccess { user: id })
                                            />
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </ConsoleTable>
                <Show when=move || access().is_empty()>
                    <p class="mg-hint">{move || t().sia.sia_user_access_empty}</p>
                </Show>

                <fieldset class="mg-grant">
                    <legend>{move || t().sia.sia_grant_legend}</legend>
                    <For each=people key=|x| x.id let:person>
                        {
                            let id = person.id;
                            let on_list = Memo::new(move |_| grant_of(id).is_some());
                            view! {
                                <label class="mg-check" hidden=move || on_list.get()>
                                    <input
                                        type="checkbox"
                                        prop:checked=move || selected.with(|v| v.contains(&id))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            selected.update(|v| {
                                                v.retain(|x| *x != id);
                                                if on {
                                                    v.push(id);
                                                }
                                            });
                                        }
                                    />
                                    {move || name(id)}
                                </label>
                            }
                        }
                    </For>
                    <TextField
                        ui
                        id="workspace"
                        label=Signal::derive(move || t().sia.sia_workspace_label.to_string())
                        value=workspace
                        on_input=Callback::new(move |v| workspace.set(v))
                        maxlength=MAX_WORKSPACE_CHARS
                        refuse_secrets=true
                    />
                    <ActionButton
                        ui
                        id="grant".into()
                        label=Signal::derive(move || t().sia.sia_grant.to_string())
                        verdict=grant_verdict
                        on_press=Callback::new(move |_| perform(actor(), grant_action(), Confirmation::NotConfirmed))
                    />
                </fieldset>

                <ConsoleTable ui title=|t| t.sia.sia_people column=|t| t.sia.sia_role action=|t| t.sia.sia_remove_person>
                        <For each=people key=|x| x.id let:person>
                            <tr>
                                <td>{move || name(person.id)}</td>
                                <td>{move || if person.role == Role::Admin { t().sia.sia_admin } else { t().sia.sia_user }}</td>
                                <td>
                                    <ActionButton
                                        ui
                                        id=format!("rm-person-{}", person.id.0)
                                        label=Signal::derive(move || t().sia.sia_remove_person.to_string())
                                        for_whom=Signal::derive(move || name(person.id))
                                        verdict=verdict(Action::RemovePerson { person: person.id })
                                        on_press=press(Action::RemovePerson { person: person.id })
                                        danger=true
                                    />
                                </td>
                            </tr>
                        </For>
                    </ConsoleTable>
            </div>
            <div class="mg-panel">
                <h3 class="mg-panel-title">{move || t().checklist}</h3>
                <Show when=complete>
                    <p class="mg-banner mg-banner-ok">{move || if had_outage() { t().sia.sia_complete_after_outage } else { t().sia.sia_complete }}</p>
                </Show>
                <p class="mg-error">{cannot}</p>
                <Checklist ui rows=tracked tickable=false on_tick=Callback::new(|_| ()) />
                <ActivityLog ui lines=log_lines earlier=Signal::derive(move || session.with(SiaSession::earlier)) />
            </div>
        </div>
    }
}
