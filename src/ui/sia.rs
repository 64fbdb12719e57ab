//! Flow 1 on screen: the handoff checklist, the guide questions, and the simulated
//! Settings > Marketo console for practice.

use domain::checklist::Status;
use domain::engine::{Allowed, Confirmation, Engine, Rejection};
use domain::sia::{self, Action, Effect, Instance, Person, PersonId, Plan, Role, Situation, StepKind, TrackedStep};
use leptos::either::Either;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::checklist::{Checklist, Row, RowNote, RowStatus};
use super::frame::{ActionButton, ConsoleTable, Verdict};
use super::shell::{flow_state, flow_widget, Heading};
use super::{now_ms, Embed, Mode, Ui};
use crate::i18n::{Catalog, Lang};
use crate::storage::{Stamped, Stamps, Store};

/// Everything flow 1 saves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiaSaved {
    pub mode: Mode,
    pub lang: Option<Lang>,
    pub situation: Situation,
    /// The reader's ticks (guide mode); `false` records an untick.
    pub ticks: BTreeMap<StepKind, bool>,
    pub practice: Option<SiaPractice>,
    /// When each part last changed, for merging with other tabs.
    pub stamps: Stamps,
}

flow_state!(SiaSaved);

/// The practice simulation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiaPractice {
    pub instance: Instance,
    /// Everyone who was ever in the instance, for names in the log.
    pub roster: Vec<Person>,
    pub leaving: PersonId,
    pub incoming: PersonId,
    pub initial: Plan,
    /// Recovery steps mistakes made necessary so far (kept on the checklist once done).
    pub recovered: Vec<StepKind>,
    pub acting_as: PersonId,
    pub log: Vec<LogEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub actor: PersonId,
    pub action: Action,
    pub effects: Vec<Effect>,
}

impl SiaPractice {
    fn fresh() -> Option<SiaPractice> {
        let built = sia::practice_scenario().ok()?;
        let initial = sia::plan(&built.instance, built.leaving, built.incoming).ok()?;
        Some(SiaPractice {
            roster: built.instance.people().to_vec(),
            instance: built.instance,
            leaving: built.leaving,
            incoming: built.incoming,
            initial,
            recovered: Vec::new(),
            acting_as: built.leaving,
            log: Vec::new(),
        })
    }
    fn name(&self, id: PersonId) -> String {
        self.roster.iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_default()
    }
}

impl SiaSaved {
    /// A new state, opening in `mode`.
    pub fn fresh(mode: Mode) -> Self {
        SiaSaved {
            mode,
            lang: None,
            // Blank names: the guide then says "Admin A" and "Admin B" in the reader's language.
            situation: Situation { leaving_name: String::new(), incoming_name: String::new(), ..Situation::default() },
            ticks: BTreeMap::new(),
            practice: SiaPractice::fresh(),
            stamps: Stamps::new(),
        }
    }
}

/// Rows of the handoff checklist, in words.
fn rows(
    t: &'static Catalog,
    steps: &[TrackedStep],
    name: &dyn Fn(PersonId) -> String,
    leaving: PersonId,
    incoming: PersonId,
) -> Vec<Row> {
    let (a, b) = (name(leaving), name(incoming));
    steps
        .iter()
        .map(|s| {
            let actor_name = name(s.actor);
            let badge = if s.actor == leaving {
                t.sia_badge_leaving
            } else if s.actor == incoming {
                t.sia_badge_incoming
            } else {
                t.sia_admin
            };
            let waiting_for = match &s.status {
                Status::Waiting { on } => name(*on),
                _ => String::new(),
            };
            let mut notes = Vec::new();
            if s.kind == StepKind::IncomingConnects {
                notes.push(RowNote { warn: false, title: t.note, text: t.sia_errata.to_string() });
            }
            let (status, skipped_because) = match &s.status {
                Status::Done => (RowStatus::Done, None),
                Status::Current => (RowStatus::Current, None),
                Status::Waiting { .. } => (RowStatus::Waiting, None),
                Status::Later => (RowStatus::Later, None),
                Status::Skipped(r) => (RowStatus::Skipped, Some((t.sia_skip)(*r, &a, &b))),
            };
            Row {
                key: format!("{:?}", s.kind),
                section: None,
                title: (t.sia_step_title)(s.kind, &actor_name, &a, &b),
                actor: Some((badge.to_string(), actor_name)),
                crumbs: s.path.iter().map(|c| (t.sia_crumb)(*c, name)).collect(),
                why: Some((t.sia_step_why)(s.kind).to_string()),
                notes,
                status,
                status_text: t.status(&s.status, &waiting_for),
                skipped_because,
                recovery: s.recovery,
            }
        })
        .collect()
}

#[component]
pub fn SiaWidget(embed: Embed, store: Store, uid: StoredValue<String>) -> impl IntoView {
    let heading = Heading { kicker: |t| t.sia_kicker, title: |t| t.sia_title, intro: |t| t.sia_intro };
    flow_widget::<SiaSaved>(embed, store, uid, heading, |ui, s, mode| match mode {
        Mode::Guide => view! { <Guide ui s /> }.into_any(),
        Mode::Practice => view! { <Practice ui s /> }.into_any(),
    })
}

#[component]
fn Guide(ui: Ui, s: RwSignal<SiaSaved>) -> impl IntoView {
    let t = move || ui.t();
    let answered = Memo::new(move |_| s.with(|v| v.situation.clone()));
    // The situation as planned: a blank name stands for "Admin A" / "Admin B" in the
    // reader's language.
    let situation = Memo::new(move |_| {
        let mut x = answered.get();
        for (name, fallback) in
            [(&mut x.leaving_name, t().sia_badge_leaving), (&mut x.incoming_name, t().sia_badge_incoming)]
        {
            if name.trim().is_empty() {
                *name = fallback.to_string();
            }
        }
        x
    });
    let built = Memo::new(move |_| {
        situation
            .with(|sit| sit.build().map(|b| (sia::plan(&b.instance, b.leaving, b.incoming), b.leaving, b.incoming)))
    });
    let step_rows = Signal::derive(move || {
        let t = t();
        let sit = situation.get();
        let ticks: Vec<StepKind> = s.with(|v| v.ticks.iter().filter(|(_, d)| **d).map(|(k, _)| *k).collect());
        built.with(|b| match b {
            Ok((Ok(plan), a, b)) => {
                let (a, b) = (*a, *b);
                let name = |id: PersonId| {
                    if id == a {
                        sit.leaving_name.clone()
                    } else if id == b {
                        sit.incoming_name.clone()
                    } else {
                        t.sia_others_name.to_string()
                    }
                };
                rows(t, &sia::guide(plan, &ticks, b), &name, a, b)
            }
            _ => Vec::new(),
        })
    });
    let problem = move || {
        built.with(|b| match b {
            Err(e) => Some((t().sia_situation_error)(e)),
            Ok((Err(e), _, _)) => Some((t().sia_cannot_plan)(e).to_string()),
            Ok(_) => None,
        })
    };
    let on_tick = Callback::new(move |(key, done): (String, bool)| {
        let Some(kind) = [
            StepKind::Reconnect,
            StepKind::RemoveIncomingAccess,
            StepKind::IncomingConnects,
            StepKind::LeavingDisconnects,
            StepKind::RemoveLeaving,
        ]
        .into_iter()
        .find(|k| format!("{k:?}") == key) else {
            return;
        };
        s.update(|v| {
            v.ticks.insert(kind, done);
            v.touch(&format!("ticks.{kind:?}"), now_ms());
        });
        if done {
            if let Some(row) = step_rows.with_untracked(|rs| rs.iter().find(|r| r.key == key).map(|r| r.title.clone()))
            {
                ui.say((t().announce_step_done)(&row));
            }
        }
    });
    let text_field = move |id: &'static str,
                           label: fn(&Catalog) -> &'static str,
                           placeholder: fn(&Catalog) -> &'static str,
                           get: fn(&Situation) -> String,
                           set: fn(&mut Situation, String)| {
        let input_id = ui.id(id);
        let path = format!("situation.{id}_name");
        view! {
            <div class="mg-field">
                <label for=input_id.clone()>{move || label(t())}</label>
                <input
                    id=input_id
                    type="text"
                    class="mg-input"
                    maxlength="80"
                    autocomplete="off"
                    placeholder=move || placeholder(t())
                    prop:value=move || answered.with(get)
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        s.update(|x| {
                            set(&mut x.situation, v);
                            x.touch(&path, now_ms());
                        });
                    }
                />
            </div>
        }
    };
    let yes_no = move |id: &'static str,
                       question: Signal<String>,
                       get: fn(&Situation) -> bool,
                       set: fn(&mut Situation, bool)| {
        let name = ui.id(id);
        let field = id;
        let option = move |value: bool| {
            let name = name.clone();
            view! {
                <label class="mg-radio">
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || situation.with(get) == value
                        on:change=move |_| {
                            s.update(|x| {
                                set(&mut x.situation, value);
                                x.touch(&format!("situation.{field}"), now_ms());
                            })
                        }
                    />
                    {move || if value { t().yes } else { t().no }}
                </label>
            }
        };
        view! {
            <fieldset class="mg-question">
                <legend>{move || question.get()}</legend>
                {option(true)}
                {option(false)}
            </fieldset>
        }
    };
    let a_name = move || situation.with(|x| x.leaving_name.trim().to_string());
    let b_name = move || situation.with(|x| x.incoming_name.trim().to_string());
    view! {
        <div class="mg-grid">
            <form class="mg-panel mg-questions" on:submit=|ev| ev.prevent_default()>
                <h3 class="mg-panel-title">{move || t().sia_situation}</h3>
                {text_field("leaving", |t| t.sia_leaving_name, |t| t.sia_badge_leaving, |x| x.leaving_name.clone(), |x, v| x.leaving_name = v)}
                {text_field("incoming", |t| t.sia_incoming_name, |t| t.sia_badge_incoming, |x| x.incoming_name.clone(), |x, v| x.incoming_name = v)}
                {yes_no("incoming_has_access", Signal::derive(move || (t().sia_q_access)(&b_name())), |x| x.incoming_has_access, |x, v| x.incoming_has_access = v)}
                {yes_no("leaving_connected", Signal::derive(move || (t().sia_q_leaving_connected)(&a_name())), |x| x.leaving_connected, |x, v| x.leaving_connected = v)}
                {yes_no("incoming_connected", Signal::derive(move || (t().sia_q_incoming_connected)(&b_name())), |x| x.incoming_connected, |x, v| x.incoming_connected = v)}
                {yes_no("others_rely", Signal::derive(move || t().sia_q_others.to_string()), |x| x.others_rely, |x, v| x.others_rely = v)}
                <p class="mg-error" role="alert">{problem}</p>
            </form>
            <div class="mg-panel">
                <h3 class="mg-panel-title">{move || t().checklist}</h3>
                <Checklist ui rows=step_rows tickable=true on_tick />
            </div>
        </div>
    }
}

/// A pending hazardous action, waiting for confirmation.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    actor: PersonId,
    action: Action,
    hazard: sia::Hazard,
}

#[component]
fn Practice(ui: Ui, s: RwSignal<SiaSaved>) -> impl IntoView {
    let t = move || ui.t();
    if s.with_untracked(|v| v.practice.is_none()) {
        s.update(|v| {
            v.practice = SiaPractice::fresh();
            v.touch("practice", now_ms());
        });
    }
    let p = Memo::new(move |_| s.with(|v| v.practice.clone()));
    let pending = RwSignal::new(None::<Pending>);
    let selected = RwSignal::new(Vec::<PersonId>::new());
    let workspace = RwSignal::new(String::new());
    let confirm_ref = NodeRef::<leptos::html::Button>::new();

    let name = move |id: PersonId| p.with(|p| p.as_ref().map(|p| p.name(id)).unwrap_or_default());
    let actor = move || p.with(|p| p.as_ref().map(|p| p.acting_as).unwrap_or(PersonId(0)));

    // The rules, asked for each control.
    let verdict = move |action: Action| {
        Signal::derive(move || {
            let t = t();
            p.with(|p| {
                let Some(p) = p else { return Verdict::Refused(String::new()) };
                let names = |id: PersonId| p.name(id);
                match p.instance.check(&p.acting_as, &action, now_ms()) {
                    Ok(Allowed::Safe) => Verdict::Allowed,
                    Ok(Allowed::Hazardous(_)) => Verdict::Hazardous,
                    Err(r) => Verdict::Refused((t.sia_refusal)(&r, &names)),
                }
            })
        })
    };

    let perform = move |actor: PersonId, action: Action, confirmation: Confirmation| {
        let Some(practice) = s.with_untracked(|v| v.practice.clone()) else { return };
        let names = |id: PersonId| practice.name(id);
        let t = t();
        match practice.instance.apply(&actor, &action, confirmation, now_ms()) {
            Ok(applied) => {
                let said: Vec<String> = applied.effects.iter().map(|e| (t.sia_effect)(e, &names)).collect();
                s.update(|v| {
                    if let Some(p) = v.practice.as_mut() {
                        p.instance = applied.state;
                        let now = sia::plan(&p.instance, p.leaving, p.incoming);
                        for kind in sia::recovery_needed(&p.initial, &now) {
                            if !p.recovered.contains(&kind) {
                                p.recovered.push(kind);
                            }
                        }
                        p.log.insert(0, LogEntry { actor, action: action.clone(), effects: applied.effects });
                        if !p.instance.contains(p.acting_as) {
                            p.acting_as = p.instance.people().first().map(|x| x.id).unwrap_or(p.acting_as);
                        }
                    }
                    v.touch("practice", now_ms());
                });
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
            Err(Rejection::Refused(r)) => ui.say((t.sia_refusal)(&r, &names)),
        }
    };
    let press = move |action: Action| {
        Callback::new(move |_| {
            perform(actor(), action.clone(), Confirmation::NotConfirmed);
        })
    };

    let tracked = Signal::derive(move || {
        let t = t();
        p.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let now = sia::plan(&p.instance, p.leaving, p.incoming);
            let names = |id: PersonId| p.name(id);
            rows(t, &sia::track(&p.initial, &p.recovered, &now, p.leaving, p.incoming), &names, p.leaving, p.incoming)
        })
    });
    let complete = move || {
        p.with(|p| {
            p.as_ref().is_some_and(|p| sia::plan(&p.instance, p.leaving, p.incoming).is_ok_and(|plan| plan.is_done()))
        })
    };
    let had_outage = move || {
        p.with(|p| {
            p.as_ref().is_some_and(|p| {
                p.log.iter().any(|e| {
                    e.effects
                        .iter()
                        .any(|x| matches!(x, Effect::IntegrationDown { users_lost, .. } if !users_lost.is_empty()))
                })
            })
        })
    };
    let cannot = move || {
        p.with(|p| {
            p.as_ref().and_then(|p| match sia::plan(&p.instance, p.leaving, p.incoming) {
                Err(e) => Some((t().sia_cannot_plan)(&e).to_string()),
                Ok(_) => None,
            })
        })
    };

    let acting_id = ui.id("acting");
    let ws_id = ui.id("workspace");
    let people = move || p.with(|p| p.as_ref().map(|p| p.instance.people().to_vec()).unwrap_or_default());
    let access = move || p.with(|p| p.as_ref().map(|p| p.instance.access().to_vec()).unwrap_or_default());
    let connected = move || {
        p.with(|p| {
            p.as_ref()
                .map(|p| p.instance.connections().iter().map(|c| p.name(c.admin)).collect::<Vec<_>>().join(", "))
                .unwrap_or_default()
        })
    };
    let grant_action = move || Action::GrantAccess {
        users: selected.get(),
        workspace: Some(workspace.get()).filter(|w| !w.trim().is_empty()),
    };
    let grant_verdict = Signal::derive(move || verdict(grant_action()).get());

    view! {
        <div class="mg-grid mg-grid-practice">
            <div class="mg-panel mg-console" role="region" aria-label=move || t().sia_console>
                <h3 class="mg-panel-title">{move || t().sia_console}</h3>
                <p class="mg-hint">{move || t().sia_console_hint}</p>
                <div class="mg-field">
                    <label for=acting_id.clone()>{move || t().acting_as}</label>
                    <select
                        id=acting_id
                        class="mg-select"
                        on:change=move |ev| {
                            if let Ok(id) = event_target_value(&ev).parse::<u32>() {
                                s.update(|v| {
                                    if let Some(p) = v.practice.as_mut() {
                                        p.acting_as = PersonId(id);
                                    }
                                    v.touch("practice", now_ms());
                                });
                            }
                        }
                    >
                        {move || {
                            people()
                                .into_iter()
                                .map(|person| {
                                    let id = person.id;
                                    let role = if person.role == Role::Admin { t().sia_admin } else { t().sia_user };
                                    view! {
                                        <option value=id.0.to_string() selected=move || actor() == id>
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
                        if c.is_empty() { t().sia_integration_down.to_string() } else { (t().sia_connected_as)(&c) }
                    }}
                </div>
                <div class="mg-actions">
                    <ActionButton ui id="connect".into() label=Signal::derive(move || t().sia_connect.to_string()) verdict=verdict(Action::Connect) on_press=press(Action::Connect) />
                    <ActionButton ui id="disconnect".into() label=Signal::derive(move || t().sia_disconnect.to_string()) verdict=verdict(Action::Disconnect) on_press=press(Action::Disconnect) danger=true />
                </div>
                <Show when=move || pending.get().is_some()>
                    <div class="mg-confirm" role="alertdialog" aria-label=move || t().confirm_title aria-describedby=ui.id("hazard")>
                        <p class="mg-confirm-title">{move || t().confirm_title}</p>
                        <p id=ui.id("hazard")>
                            {move || {
                                pending.get().map(|x| (t().sia_hazard)(&x.hazard, &name)).unwrap_or_default()
                            }}
                        </p>
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

                <ConsoleTable ui title=|t| t.sia_user_access column=|t| t.sia_workspace action=|t| t.sia_remove_access>
                        <For each=access key=|g| g.user let:g>
                            <tr>
                                <td>{name(g.user)}</td>
                                <td>
                                    {match &g.workspace {
                                        sia::Workspace::Default => Either::Left(move || t().sia_default_workspace),
                                        sia::Workspace::Named(n) => Either::Right(n.clone()),
                                    }}
                                </td>
                                <td>
                                    <ActionButton
                                        ui
                                        id=format!("rm-access-{}", g.user.0)
                                        label=Signal::derive(move || t().sia_remove_access.to_string())
                                        for_whom=Signal::derive(move || name(g.user))
                                        verdict=verdict(Action::RemoveAccess { user: g.user })
                                        on_press=press(Action::RemoveAccess { user: g.user })
                                    />
                                </td>
                            </tr>
                        </For>
                    </ConsoleTable>
                <Show when=move || access().is_empty()>
                    <p class="mg-hint">{move || t().sia_user_access_empty}</p>
                </Show>

                <fieldset class="mg-grant">
                    <legend>{move || t().sia_grant_legend}</legend>
                    {move || {
                        let on_list = access();
                        people()
                            .into_iter()
                            .filter(|x| !on_list.iter().any(|g| g.user == x.id))
                            .map(|person| {
                                let id = person.id;
                                view! {
                                    <label class="mg-check">
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
                                        {person.name.clone()}
                                    </label>
                                }
                            })
                            .collect_view()
                    }}
                    <div class="mg-field">
                        <label for=ws_id.clone()>{move || t().sia_workspace_label}</label>
                        <input id=ws_id type="text" class="mg-input" maxlength="80" prop:value=move || workspace.get() on:input=move |ev| workspace.set(event_target_value(&ev)) />
                    </div>
                    <ActionButton
                        ui
                        id="grant".into()
                        label=Signal::derive(move || t().sia_grant.to_string())
                        verdict=grant_verdict
                        on_press=Callback::new(move |_| perform(actor(), grant_action(), Confirmation::NotConfirmed))
                    />
                </fieldset>

                <ConsoleTable ui title=|t| t.sia_people column=|t| t.sia_role action=|t| t.sia_remove_person>
                        <For each=people key=|x| x.id let:person>
                            <tr>
                                <td>{person.name.clone()}</td>
                                <td>{move || if person.role == Role::Admin { t().sia_admin } else { t().sia_user }}</td>
                                <td>
                                    <ActionButton
                                        ui
                                        id=format!("rm-person-{}", person.id.0)
                                        label=Signal::derive(move || t().sia_remove_person.to_string())
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
                    <p class="mg-banner mg-banner-ok">{move || if had_outage() { t().sia_complete_after_outage } else { t().sia_complete }}</p>
                </Show>
                <p class="mg-error">{cannot}</p>
                <Checklist ui rows=tracked tickable=false on_tick=Callback::new(|_| ()) />
                <h3 class="mg-panel-title">{move || t().activity}</h3>
                <Show when=move || p.with(|p| p.as_ref().is_none_or(|p| p.log.is_empty()))>
                    <p class="mg-hint">{move || t().activity_empty}</p>
                </Show>
                <ol class="mg-log" reversed>
                    {move || {
                        let t = t();
                        p.with(|p| {
                            p.as_ref()
                                .map(|p| {
                                    let names = |id: PersonId| p.name(id);
                                    p.log
                                        .iter()
                                        .map(|e| {
                                            let head = (t.sia_did)(&e.action, &p.name(e.actor), &names);
                                            let lines: Vec<String> = e.effects.iter().map(|x| (t.sia_effect)(x, &names)).collect();
                                            let silent = e.effects.iter().any(|x| matches!(x, Effect::IntegrationDown { documented: false, .. }));
                                            view! {
                                                <li>
                                                    <strong>{head}</strong>
                                                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                                                    {silent.then(|| view! { <p class="mg-hint">{t.sia_docs_silent}</p> })}
                                                </li>
                                            }
                                        })
                                        .collect_view()
                                })
                        })
                    }}
                </ol>
            </div>
        </div>
    }
}
