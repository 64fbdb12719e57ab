//! The Dynamics practice: the simulated Dynamics and Marketo screens for the sync user, and
//! for the server-to-server connection the portals of `consoles`.

use domain::dynamics::{self, Action, DynSession, UserId, MAX_TEXT_CHARS, PRACTICE_VERSIONS};
use domain::engine::{Allowed, Confirmation, Rejection};
use domain::s2s::{Connection, NoteField};
use domain::version::Version;
use leptos::prelude::*;

use super::super::checklist::{Checklist, NextStep};
use super::super::dynamics::{explain, practice_shown, Around, DynSaved};
use super::super::fields::TextField;
use super::super::frame::{ActionButton, Verdict};
use super::super::oauth::{ConfirmUrl, ConnectCard, ConnectionChoice, NoteInputs, ReadinessPanel};
use super::super::{now_ms, Ui};
use super::consoles::{Console, EntraConsole, PpacConsole};
use super::{ActivityLog, ConsoleTable, LogLine};

#[component]
pub fn Practice(ui: Ui, s: RwSignal<DynSaved>) -> impl IntoView {
    let t = move || ui.t();
    // The session, once per change; the checklist and verdict, once per change.
    let session: Memo<DynSession> = Memo::new(move |_| s.with(|v| v.practice().clone()));
    let new_name = RwSignal::new(String::new());
    let new_email = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<UserId>);
    let field_name = RwSignal::new(String::new());
    let sign_in_as = RwSignal::new(None::<UserId>);

    // What the rules say about an action now (tracks the session). Read inside reactive
    // closures directly: wrapping it in a new signal there would leave one behind per run.
    let judge = move |action: &Action| {
        let t = t();
        session.with(|p| match p.check(action, now_ms()) {
            Ok(Allowed::Safe) => Verdict::Allowed,
            Ok(Allowed::Hazardous(h)) => match h {},
            Err(r) => Verdict::Refused(explain(t, &r, p.state().connection())),
        })
    };
    let verdict = move |action: Action| Signal::derive(move || judge(&action));
    // The one thing a button does: ask the session to act, then say what happened.
    let act = move |action: Action| -> bool {
        let t = t();
        let mut next = s.with_untracked(|v| v.practice().clone());
        match next.press(&action, Confirmation::NotConfirmed, now_ms()) {
            Ok(effects) => {
                let said: Vec<String> =
                    effects.iter().map(|e| (t.dy.dyn_effect)(e, &|id| next.name(id).to_string())).collect();
                if matches!(action, Action::CreateSyncUser { .. }) {
                    new_name.set(String::new());
                    new_email.set(String::new());
                }
                s.update(|v| v.set_practice(next, now_ms()));
                ui.say(said.join(" "));
                true
            }
            Err(Rejection::Refused(r)) => {
                let e = explain(t, &r, session.with_untracked(|p| p.state().connection()));
                ui.say(format!("{} {} {} {}", e.why, t.rule_label, (t.rule)(e.rule), e.way_out));
                false
            }
            Err(Rejection::NeedsConfirmation(h)) => match h {},
        }
    };
    let perform = move |action: Action| {
        act(action);
    };
    let console = Console { ui, session, perform: Callback::new(act), explain };
    let connection = Memo::new(move |_| session.with(|p| p.state().connection()));
    let s2s = Signal::derive(move || connection.get() == Connection::ServerToServer);
    let notes = Memo::new(move |_| session.with(|p| p.state().notes().clone()));
    // Written when the field is left (one log line per value). A refusal (a value that
    // looks like a secret) is announced by `perform` and shown beside the field.
    let commit = Callback::new(move |(field, text): (NoteField, String)| {
        let action = Action::Record { field, text };
        let refused = session.with_untracked(|p| p.check(&action, now_ms()).err());
        perform(action);
        match refused.map(|r| r.why) {
            Some(dynamics::Why::Note(n)) => Err(n),
            _ => Ok(()),
        }
    });
    let user_name_cb = Callback::new(move |id: UserId| session.with(|p| p.name(id).to_string()));
    let press = move |make: fn(Option<UserId>, String, String) -> Action,
                      a: Signal<Option<UserId>>,
                      b: RwSignal<String>,
                      c: RwSignal<String>| {
        (
            Signal::derive(move || judge(&make(a.get(), b.get(), c.get()))),
            Callback::new(move |_| perform(make(a.get_untracked(), b.get_untracked(), c.get_untracked()))),
        )
    };
    let none = Signal::derive(|| None::<UserId>);
    let empty = RwSignal::new(String::new());
    let (create_v, create_cb) =
        press(|_, n, e| Action::CreateSyncUser { name: n, email: e }, none, new_name, new_email);
    let (set_v, set_cb) = press(|u, _, _| Action::SetMarketoUser { user: u }, chosen.into(), empty, empty);
    let (field_v, field_cb) = press(|_, n, _| Action::CreateFilterField { name: n }, none, field_name, empty);
    let (sign_v, sign_cb) = press(|u, _, _| Action::SignInAs { user: u }, sign_in_as.into(), empty, empty);

    let sync_name = Signal::derive(move || session.with(|p| p.sync_name(ui.lang.get())));
    let step_rows = Memo::new(move |_| session.with(|p| practice_shown(t(), ui.lang.get(), p)));
    let readiness = Memo::new(move |_| session.with(|p| dynamics::readiness(p.state())));
    let expires = Signal::derive(move || {
        session.with(|p| p.state().the_app().and_then(|a| a.saved_secret()).map(|x| x.expires_on().to_string()))
    });
    // A memo: the option lists and rows built from it are rebuilt only when the users change
    // (a view dropped and built again leaves its effects behind in the signals they read).
    let users = Memo::new(move |_| session.with(|p| p.state().users().to_vec()));
    // What the user pickers show: rebuilt when a user is added or renamed, not when a role
    // changes.
    let choices =
        Memo::new(move |_| users.with(|us| us.iter().map(|u| (u.id, u.name.clone(), u.kind)).collect::<Vec<_>>()));
    let users = move || users.get();
    let log_lines = Memo::new(move |_| {
        let t = t();
        session.with(|p| {
            p.log()
                .map(|e| LogLine {
                    head: None,
                    effects: e
                        .effects
                        .iter()
                        .map(|x| {
                            let source = domain::sources::effect_source(x, p.state().connection());
                            ((t.dy.dyn_effect)(x, &|id| p.name(id).to_string()), source)
                        })
                        .collect(),
                    note: None,
                })
                .collect::<Vec<_>>()
        })
    });
    let user_name = move |id: UserId| session.with(|p| p.name(id).to_string());
    let has_role = move |id: UserId| session.with(|p| p.state().user(id).is_some_and(|u| u.has_sync_role));

    let (version_id, mu_id, sign_id, want_id) =
        (ui.id("version-choice"), ui.id("marketo-user"), ui.id("sign-in"), ui.id("want"));
    let want_for = want_id.clone();
    view! {
        <NextStep ui list=step_rows tickable=false on_tick=Callback::new(|_| ()) />
        <div class="mg-grid mg-grid-practice">
            <div class="mg-stack">
            // The consoles first (the task); the variant to practise follows.
            // Both connections register their app in Entra (S2S Step 2 of 3, ROPC Step 3
            // of 4); only server-to-server makes an application user.
            <EntraConsole c=console />
            <Show when=move || s2s.get()>
                <PpacConsole c=console />
            </Show>
            <div class="mg-panel mg-console" role="region" aria-label=move || t().dy.dyn_console>
                <h3 class="mg-panel-title">{move || t().dy.dyn_console}</h3>
                <p class="mg-hint">{move || t().dy.dyn_console_hint}</p>
                // ROPC: the organization URL Step 4 of 4 asks for, where Dynamics shows it
                // (server-to-server shows it in the Power Platform admin center).
                <p hidden=move || s2s.get()>
                    {move || (t().dy.s2s_field)(NoteField::OrgUrl)}
                    ": "
                    <code class="mg-value" data-value="org-url">
                        {move || session.with(|p| p.state().tenant().map(|t| t.org_url.to_string()).unwrap_or_default())}
                    </code>
                </p>
                <div class="mg-field">
                    <label for=version_id.clone()>{move || t().dy.dyn_version_label}</label>
                    <select
                        id=version_id
                        class="mg-select"
                        on:change=move |ev| {
                            if let Ok(version) = Version::parse(&event_target_value(&ev)) {
                                let lang = ui.lang.get_untracked();
                                s.update(|x| x.set_practice(x.practice().with_version(version, lang), now_ms()));
                            }
                        }
                    >
                        {PRACTICE_VERSIONS
                            .into_iter()
                            .map(|v| {
                                let text = v.to_string();
                                view! { <option value=text.clone() prop:selected=move || session.with(|p| p.state().solution() == Some(v))>{text.clone()}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>

                <div hidden=move || s2s.get()>
                <ConsoleTable ui title=|t| t.dy.dyn_users column=|t| t.dy.dyn_has_role action=|t| t.dy.dyn_assign_role>
                            <For each=users key=|u| u.id let:u>
                                {
                                    let id = u.id;
                                    let has = Memo::new(move |_| has_role(id));
                                    view! {
                                        <tr>
                                            <td>
                                                {move || user_name(id)}
                                                <br />
                                                <small class="mg-muted">{move || session.with(|p| p.state().user(id).map(|u| u.email.clone()))}</small>
                                                <br />
                                                <small class="mg-kind">{move || (t().dy.dyn_user_kind)(u.kind)}</small>
                                            </td>
                                            <td>{move || if has.get() { t().yes } else { t().no }}</td>
                                            <td>
                                                // One button whose action follows the role: kept, not rebuilt.
                                                <ActionButton
                                                    ui
                                                    id=format!("role-{}", id.0)
                                                    label=Signal::derive(move || if has.get() { t().dy.dyn_remove_role } else { t().dy.dyn_assign_role }.to_string())
                                                    for_whom=Signal::derive(move || user_name(id))
                                                    verdict=Signal::derive(move || judge(&session.with(|p| p.state().role_action(id))))
                                                    on_press=Callback::new(move |_| perform(session.with_untracked(|p| p.state().role_action(id))))
                                                />
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </ConsoleTable>
                </div>

                <fieldset class="mg-group" hidden=move || s2s.get()>
                    <legend>{move || t().dy.dyn_create_legend}</legend>
                    <TextField
                        ui
                        id="new-name"
                        label=Signal::derive(move || t().dy.dyn_name_label.to_string())
                        value=new_name
                        on_input=Callback::new(move |v| {
                new_name.set(v);
                Ok(())
            })
                        maxlength=MAX_TEXT_CHARS
                    />
                    <TextField
                        ui
                        id="new-email"
                        kind="email"
                        label=Signal::derive(move || t().dy.dyn_email_label.to_string())
                        value=new_email
                        on_input=Callback::new(move |v| {
                new_email.set(v);
                Ok(())
            })
                        maxlength=MAX_TEXT_CHARS
                    />
                    <ActionButton ui id="create".into() label=Signal::derive(move || t().dy.dyn_create.to_string()) verdict=create_v on_press=create_cb />
                </fieldset>

                <fieldset class="mg-group">
                    <legend>{move || t().dy.dyn_config_legend}</legend>
                    <div class="mg-field">
                        <label for=mu_id.clone()>{move || t().dy.dyn_marketo_user}</label>
                        <select
                            id=mu_id
                            class="mg-select"
                            on:change=move |ev| chosen.set(event_target_value(&ev).parse::<u32>().ok().map(UserId))
                        >
                            <option value="" prop:selected=move || chosen.get().is_none()>{move || t().dy.dyn_none_chosen}</option>
                            {move || {
                                choices
                                    .get()
                                    .into_iter()
                                    .map(|(id, name, kind)| {
                                        let kind = (t().dy.dyn_user_kind)(kind);
                                        view! { <option value=id.0.to_string() prop:selected=move || chosen.get() == Some(id)>{format!("{name} ({kind})")}</option> }
                                    })
                                    .collect_view()
                            }}
                        </select>
                        <p class="mg-help">
                            {move || t().dy.dyn_marketo_user}
                            ": "
                            {move || session.with(|p| p.state().marketo_user()).map(user_name).unwrap_or_else(|| t().dy.dyn_none_chosen.to_string())}
                        </p>
                    </div>
                    <div class="mg-actions">
                        <ActionButton ui id="save-mu".into() label=Signal::derive(move || t().dy.dyn_save.to_string()) verdict=set_v on_press=set_cb />
                        <ActionButton ui id="other-change".into() label=Signal::derive(move || t().dy.dyn_other_change.to_string()) verdict=verdict(Action::ChangeConfig) on_press=Callback::new(move |_| perform(Action::ChangeConfig)) />
                    </div>
                    <div class="mg-actions">
                        <ActionButton ui id="publish".into() label=Signal::derive(move || t().dy.dyn_publish.to_string()) verdict=verdict(Action::PublishAll) on_press=Callback::new(move |_| perform(Action::PublishAll)) />
                        <span class="mg-muted">{move || (t().dy.dyn_published_state)(session.with(|p| p.state().published_current()))}</span>
                    </div>
                </fieldset>

                <fieldset class="mg-group">
                    <legend>{move || t().dy.dyn_prep_legend}</legend>
                    <label class="mg-check" for=want_for>
                        <input
                            id=want_id
                            type="checkbox"
                            prop:checked=move || session.with(|p| p.state().filter_wanted())
                            on:change=move |ev| perform(Action::WantFilter(event_target_checked(&ev)))
                        />
                        {move || t().dy.dyn_want_filter}
                    </label>
                    <Show when=move || session.with(|p| p.state().filter_wanted())>
                        <TextField
                            ui
                            id="field"
                            label=Signal::derive(move || t().dy.dyn_field_name.to_string())
                            value=field_name
                            on_input=Callback::new(move |v| {
                field_name.set(v);
                Ok(())
            })
                            maxlength=MAX_TEXT_CHARS
                            placeholder=domain::dynamics::FILTER_FIELD.to_string()
                        />
                        <ActionButton ui id="field".into() label=Signal::derive(move || t().dy.dyn_create_field.to_string()) verdict=field_v on_press=field_cb />
                    </Show>
                    <div class="mg-actions">
                        <ActionButton ui id="validate".into() label=Signal::derive(move || t().dy.dyn_validate.to_string()) verdict=verdict(Action::RunValidation) on_press=Callback::new(move |_| perform(Action::RunValidation)) />
                    </div>
                    <div class="mg-field" hidden=move || s2s.get()>
                        <label for=sign_id.clone()>{move || t().dy.dyn_sign_in_as}</label>
                        <select id=sign_id class="mg-select" on:change=move |ev| sign_in_as.set(event_target_value(&ev).parse::<u32>().ok().map(UserId))>
                            <option value="" prop:selected=move || sign_in_as.get().is_none()>{move || t().dy.dyn_none_chosen}</option>
                            {move || {
                                choices
                                    .get()
                                    .into_iter()
                                    .map(|(id, name, _)| {
                                        view! { <option value=id.0.to_string() prop:selected=move || sign_in_as.get() == Some(id)>{name}</option> }
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </div>
                    <div hidden=move || s2s.get()>
                        <ActionButton ui id="sign-in".into() label=Signal::derive(move || t().dy.dyn_sign_in.to_string()) verdict=sign_v on_press=sign_cb />
                    </div>
                </fieldset>
            </div>
            <form class="mg-panel mg-questions" on:submit=|ev| ev.prevent_default()>
                <ConnectionChoice ui value=connection on_choose=Callback::new(move |c| { perform(Action::UseConnection(c)); }) />
            </form>
            </div>

            <div class="mg-panel">
                <fieldset class="mg-group">
                    <legend>{move || t().dy.s2s.notes_legend}</legend>
                    <p class="mg-hint">{move || t().dy.s2s.notes_hint}</p>
                    <NoteInputs ui connection notes live=false commit />
                    <ConfirmUrl ui notes on_change=Callback::new(move |on| { perform(Action::ConfirmOrgUrl(on)); }) />
                </fieldset>
                <ReadinessPanel ui readiness connection user_name=user_name_cb />
                <ConnectCard
                    ui
                    connection
                    notes
                    user_name=Signal::derive(move || session.with(|p| p.state().sync_user().map(|u| u.name.clone())))
                    expires
                />
                <h3 class="mg-panel-title">{move || t().checklist}</h3>
                <Around ui version=Signal::derive(move || session.with(|p| p.state().solution()).map(|v| v.to_string())) name=sync_name connection>
                    <Checklist ui list=step_rows tickable=false on_tick=Callback::new(|_| ()) />
                </Around>
                <ActivityLog ui lines=log_lines earlier=Signal::derive(move || session.with(DynSession::earlier)) />
            </div>
        </div>
    }
}
