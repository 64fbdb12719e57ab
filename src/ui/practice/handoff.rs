//! The handoff's practice: the simulated Settings > Marketo console, whose buttons ask the
//! practice session (`domain::practice`) first, and the checklist that ticks itself.

use domain::engine::{Allowed, Confirmation, Rejection};
use domain::sia::{self, Action, PersonId, Role, SiaSession, MAX_WORKSPACE_CHARS};
use domain::sources::Cited;
use leptos::prelude::*;

use super::super::checklist::{Checklist, NextStep};
use super::super::fields::TextField;
use super::super::frame::{ActionButton, Verdict};
use super::super::sia::{explain, practice_shown, SiaSaved};
use super::super::{now_ms, Ui};
use super::{ActivityLog, ConsoleTable, LogLine};

/// A pending hazardous action, waiting for confirmation.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    actor: PersonId,
    action: Action,
    hazard: sia::Hazard,
}

#[component]
pub fn Practice(ui: Ui, s: RwSignal<SiaSaved>) -> impl IntoView {
    let t = move || ui.t();
    // The session, once per change; the checklist and verdict, once per change.
    let session: Memo<SiaSession> = Memo::new(move |_| s.with(|v| v.practice().clone()));
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
        let mut next = s.with_untracked(|v| v.practice().clone());
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

    let tracked =
        Memo::new(move |_| session.with(|p| progress.with(|pr| practice_shown(t(), ui.lang.get(), p, &pr.steps))));
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
        <NextStep ui list=tracked tickable=false on_tick=Callback::new(|_| ()) />
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
                                let mut next = s.with_untracked(|v| v.practice().clone());
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
                                .map(|x| view! { <p class="mg-step-source">{super::super::source::source_in(ui, ui.lang.get(), x.hazard.source())}</p> })
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
                        on_input=Callback::new(move |v| {
                workspace.set(v);
                Ok(())
            })
                        maxlength=MAX_WORKSPACE_CHARS
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
                <Checklist ui list=tracked tickable=false on_tick=Callback::new(|_| ()) />
                <ActivityLog ui lines=log_lines earlier=Signal::derive(move || session.with(SiaSession::earlier)) />
            </div>
        </div>
    }
}
