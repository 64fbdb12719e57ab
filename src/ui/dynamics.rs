//! Flow 2 on screen: the Step 2 checklist with Step 1 and Step 3 around it, the guide
//! questions, the simulated Dynamics console and the readiness panel.

use domain::checklist::Status;
#[cfg(feature = "practice")]
use domain::dynamics::PRACTICE_VERSIONS;
use domain::dynamics::{
    self, Action, Answers, ChecklistRow, DynField, DynSession, DynamicsAdmin, DynamicsStep2, Org, StepId, UserId,
    MAX_TEXT_CHARS,
};
use domain::engine::Engine;
#[cfg(feature = "practice")]
use domain::engine::{Allowed, Confirmation, Rejection};
use domain::s2s::{Connection, Day, NoteField, Step3Notes, MAX_SECRET_MONTHS};
use domain::saved::{Mode, Saved};
use domain::sources::Cited;
use domain::version::{Version, MAX_PART_DIGITS};
use leptos::prelude::*;

use super::checklist::{summarize, Checklist, FoldedAnswers, NextStep, Row, RowNote, RowStatus};
use super::fields::TextField;
use super::frame::Explained;
#[cfg(feature = "practice")]
use super::frame::{ActionButton, ActivityLog, ConsoleTable, LogLine, Verdict};
use super::kit::KitViews;
use super::oauth::{ConfirmUrl, ConnectionChoice, NoteInput, ReadinessPanel, Step3Card};
#[cfg(feature = "practice")]
use super::oauth::{Console, EntraConsole, PpacConsole};
use super::share::Summary;
use super::shell::{flow_widget, Heading, Views};
use super::source::SourceLink;
use super::{now_ms, Embed, Host, Ui};
use crate::i18n::Catalog;
use crate::storage::Store;

/// What flow 2 saves.
pub type DynSaved = Saved<DynamicsStep2>;

/// A refusal of the Step 2 rules, in words.
pub fn explain(t: &Catalog, r: &dynamics::Refusal) -> Explained {
    Explained { why: (t.dy.dyn_why)(&r.why), rule: r.rule, way_out: (t.dy.dyn_way_out)(&r.way_out).to_string() }
}

/// The longest version text worth typing: four parts of the most digits a part may have.
const MAX_VERSION_CHARS: usize = 4 * MAX_PART_DIGITS + 3;

/// Rows of the Step 2 checklist, in words.
fn rows(t: &'static Catalog, list: &[ChecklistRow], name: &str, email: Option<&str>) -> Vec<Row<StepId>> {
    let mut last_section = None;
    list.iter()
        .map(|r| {
            let section =
                r.step.section.filter(|s| Some(*s) != last_section).map(|s| (t.dy.dyn_section)(s).to_string());
            last_section = r.step.section;
            let skipped_because = match &r.status {
                Status::Skipped(na) => Some(((t.dy.dyn_not_applicable)(*na).to_string(), na.source())),
                _ => None,
            };
            Row {
                key: r.step.id,
                section,
                title: (t.dy.dyn_step_title)(r.step.id, name),
                actor: None,
                crumbs: r.step.path.iter().map(|c| (t.dy.dyn_crumb)(*c).to_string()).collect(),
                why: None,
                notes: email
                    .filter(|_| r.step.id == StepId::CreateUser)
                    .map(|e| RowNote {
                        warn: false,
                        title: t.note,
                        text: (t.dy.dyn_credentials_to)(e),
                        source: dynamics::Note::CredentialsEmailReal.source(),
                    })
                    .into_iter()
                    .chain(r.step.notes.iter().map(|n| RowNote {
                        warn: n.warns(),
                        title: if n.warns() { t.warning } else { t.note },
                        text: (t.dy.dyn_note)(*n).to_string(),
                        source: n.source(),
                    }))
                    .collect(),
                status: RowStatus::of(&r.status),
                status_text: t.status(&r.status, ""),
                skipped_because,
                source: r.step.id.source(),
                recovery: false,
                auto: r.step.id.recorded().then(|| t.dy.s2s.from_values.to_string()),
            }
        })
        .collect()
}

/// The sync identity's name in steps: for server-to-server, "the application user"; else
/// the reader's sync user, or the sample one in their language.
fn sync_name(lang: domain::saved::Lang, answers: &Answers) -> String {
    if answers.connection == Connection::ServerToServer {
        use crate::i18n::Texts;
        lang.texts().dy.s2s.app_user_name.to_string()
    } else if answers.name.trim().is_empty() {
        dynamics::sample_sync_user(lang).to_string()
    } else {
        answers.name.trim().to_string()
    }
}

/// The guide's checklist for these answers and ticks.
fn guide_rows(t: &'static Catalog, lang: domain::saved::Lang, answers: &Answers, ticks: &[StepId]) -> Vec<Row<StepId>> {
    let org = dynamics::guide_org(answers);
    let email = answers.email.trim();
    rows(t, &dynamics::checklist(&org, Some(ticks)), &sync_name(lang, answers), Some(email).filter(|e| !e.is_empty()))
}

/// The practice checklist of a session.
fn practice_rows(t: &'static Catalog, lang: domain::saved::Lang, session: &DynSession) -> Vec<Row<StepId>> {
    let name =
        session.state().sync_user().map_or_else(|| dynamics::sample_sync_user(lang).to_string(), |u| u.name.clone());
    rows(t, &dynamics::checklist(session.state(), None), &name, None)
}

/// The checklist of the saved state's mode.
fn current_rows(t: &'static Catalog, saved: &DynSaved) -> Vec<Row<StepId>> {
    let lang = saved.lang.unwrap_or(domain::saved::Lang::En);
    match saved.mode {
        Mode::Guide => guide_rows(t, lang, &saved.answers, &saved.ticked()),
        Mode::Practice => practice_rows(t, lang, &saved.practice),
    }
}

/// A saved state in a few words, for the offer of a shared link.
fn describe(t: &'static Catalog, saved: &DynSaved) -> Summary {
    summarize(&current_rows(t, saved))
}

fn kit_views() -> KitViews<DynamicsStep2> {
    KitViews {
        title: |t| t.dyn_title,
        rows: current_rows,
        entry: |t, p, e| {
            e.effects.iter().map(|x| (t.dy.dyn_effect)(x, &|id| p.name(id).to_string())).collect::<Vec<_>>().join(" ")
        },
        effect: |t, p, x| (t.dy.dyn_effect)(x, &|id| p.name(id).to_string()),
    }
}

#[component]
pub fn DynamicsWidget(embed: Embed, store: Store, uid: StoredValue<String>, host: Host) -> impl IntoView {
    let heading = Heading {
        kicker: |t| t.dy.dyn_kicker,
        title: |t, v| (t.dy.dyn_heading)(dynamics::shown_connection(v)),
        intro: |t, v| (t.dy.dyn_intro)(dynamics::shown_connection(v)),
    };
    let views = Views {
        guide: |ui, s| view! { <Guide ui s /> }.into_any(),
        #[cfg(feature = "practice")]
        practice: |ui, s| view! { <Practice ui s /> }.into_any(),
        describe,
        kit: kit_views(),
    };
    flow_widget::<DynamicsStep2>(embed, store, uid, host, heading, views)
}

#[component]
fn Around(
    ui: Ui,
    #[prop(into)] version: Signal<Option<String>>,
    #[prop(into)] name: Signal<String>,
    #[prop(into)] s2s: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let t = move || ui.t();
    view! {
        <aside class="mg-around">
            <h4 class="mg-around-title">{move || t().dy.dyn_step1_title}</h4>
            <p>{move || (t().dy.dyn_step1_body)(version.get().as_deref())}</p>
            <p class="mg-step-source"><SourceLink ui source=StepId::InstallSolution.source() /></p>
        </aside>
        {children()}
        <aside class="mg-around">
            <h4 class="mg-around-title">{move || t().dy.dyn_step3_title}</h4>
            <p>
                {move || if s2s.get() { t().dy.s2s.s2s_step3_body.to_string() } else { (t().dy.dyn_step3_body)(&name.get()) }}
            </p>
        </aside>
    }
}

#[component]
fn Guide(ui: Ui, s: RwSignal<DynSaved>) -> impl IntoView {
    let t = move || ui.t();
    // Today, for the client secret's longest expiry (time read here, passed to the domain).
    let today = || Day::of(now_ms());
    let answers = Memo::new(move |_| s.with(|v| v.answers.clone()));
    let parsed = Memo::new(move |_| answers.with(|a| Version::parse(&a.version)));
    // A blank name stands for the sample sync user's name in the reader's language.
    let name = Signal::derive(move || answers.with(|a| sync_name(ui.lang.get(), a)));
    let step_rows = Memo::new(move |_| s.with(|v| guide_rows(t(), ui.lang.get(), &v.answers, &v.ticked())));
    let connection = Memo::new(move |_| answers.with(|a| a.connection));
    let s2s = Signal::derive(move || connection.get() == Connection::ServerToServer);
    let notes = Memo::new(move |_| answers.with(|a| a.notes.clone()));
    let readiness = Memo::new(move |_| {
        s.with(|v| dynamics::guide_readiness(&dynamics::guide_org(&v.answers), &v.ticked(), v.answers.expires(today())))
    });
    // Written on every keystroke; a value that looks like a secret is refused, not kept.
    let commit = move |field: NoteField| {
        Callback::new(move |text: String| {
            Step3Notes::admits(&text)?;
            s.update(|x| {
                x.answer(DynField::Note(field), now_ms(), |a| {
                    let _ = a.notes.set(field, &text);
                })
            });
            Ok(())
        })
    };
    let confirm = Callback::new(move |on: bool| {
        s.update(|x| {
            x.answer(DynField::Note(NoteField::OrgUrl), now_ms(), |a| {
                let _ = a.notes.confirm_url(on);
            })
        })
    });
    let expires_id = ui.id("expires");
    let expires_help = ui.id("expires-help");
    let expires_err = ui.id("expires-err");
    let expires_error = move || answers.with(|a| a.expiry_problem(today())).map(|e| (t().dy.s2s_day_error)(e));
    let no_name = Callback::new(|_: UserId| String::new());
    let on_tick = Callback::new(move |(id, done): (StepId, bool)| {
        s.update(|v| v.tick(id, done, now_ms()));
        if done {
            ui.say((t().announce_step_done)(&(t().dy.dyn_step_title)(id, &name.get_untracked())));
        }
    });
    let version_id = ui.id("version");
    let version_help = ui.id("version-help");
    let version_err = ui.id("version-err");
    let version_error = move || {
        answers
            .with(|a| !a.version.trim().is_empty())
            .then(|| parsed.get().err())
            .flatten()
            .map(|e| (t().dy.version_error)(&e))
    };
    let field = move |id: &'static str,
                      field: DynField,
                      label: fn(&Catalog) -> &'static str,
                      kind: &'static str,
                      get: fn(&Answers) -> String,
                      set: fn(&mut Answers, String)| {
        view! {
            <TextField
                ui
                id
                kind
                label=Signal::derive(move || label(t()).to_string())
                value=Signal::derive(move || answers.with(get))
                on_input=Callback::new(move |v| s.update(|x| x.answer(field, now_ms(), |a| set(a, v))))
                maxlength=MAX_TEXT_CHARS
                placeholder=Signal::derive(move || (id == "name").then(|| dynamics::sample_sync_user(ui.lang.get()).to_string()))
                refuse_secrets=true
            />
        }
    };
    // The same rule that refuses a bad user in practice checks the reader's answers.
    let user_problem = move || {
        let (name, email) = answers.with(|a| (a.name.clone(), a.email.clone()));
        if email.trim().is_empty() && !name.trim().is_empty() {
            return None;
        }
        let create = Action::CreateSyncUser { name, email };
        Org::default().check(&DynamicsAdmin, &create, now_ms()).err().map(|r| {
            let e = explain(t(), &r);
            format!("{} {}", e.why, e.way_out)
        })
    };
    let filter_id = ui.id("filter");
    let filter_for = filter_id.clone();
    // A reader who has begun finds the current step first; the connection and the version
    // fold into one line (the values for Step 3 stay: steps fill them in).
    let folded = RwSignal::new(s.with_untracked(|v| v.opens_on_checklist()));
    let answers_line = move || {
        let t = t();
        answers.with(|a| {
            let c = match a.connection {
                Connection::ServerToServer => t.dy.s2s.connection_s2s,
                Connection::SyncUserPassword => t.dy.s2s.connection_password,
            };
            let v = a.version.trim();
            (t.dy.dyn_answers)(c, (!v.is_empty()).then_some(v))
        })
    };
    view! {
        <Show when=move || folded.get()>
            <NextStep ui rows=step_rows tickable=true on_tick />
        </Show>
        <div class="mg-grid">
            <form class="mg-panel mg-questions" on:submit=|ev| ev.prevent_default()>
                <h3 class="mg-panel-title">{move || t().dy.dyn_questions}</h3>
                <FoldedAnswers ui folded line=Signal::derive(answers_line) />
                <div class="mg-answers" hidden=move || folded.get()>
                <ConnectionChoice
                    ui
                    value=connection
                    on_choose=Callback::new(move |c| s.update(|x| x.answer(DynField::Connection, now_ms(), |a| a.connection = c)))
                />
                <div class="mg-field">
                    <label for=version_id.clone()>{move || t().dy.dyn_version_label}</label>
                    <input
                        id=version_id
                        type="text"
                        class="mg-input"
                        inputmode="decimal"
                        maxlength=MAX_VERSION_CHARS.to_string()
                        autocomplete="off"
                        placeholder="4.0.0.14"
                        aria-invalid=move || version_error().is_some().to_string()
                        aria-describedby=format!("{version_help} {version_err}")
                        prop:value=move || answers.with(|a| a.version.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            if super::keeps_no_secret(ui, &ev, answers.with_untracked(|a| a.version.clone())) {
                                s.update(|x| x.answer(DynField::Version, now_ms(), |a| a.version = v));
                            }
                        }
                    />
                    <p class="mg-help" id=version_help.clone()>{move || t().dy.dyn_version_help}</p>
                    <p class="mg-error" id=version_err.clone() aria-live="polite">{version_error}</p>
                </div>
                </div>
                <div hidden=move || s2s.get()>
                    {field("name", DynField::Name, |t| t.dy.dyn_name_label, "text", |a| a.name.clone(), |a, v| a.name = v)}
                    {field("email", DynField::Email, |t| t.dy.dyn_email_label, "email", |a| a.email.clone(), |a, v| a.email = v)}
                    <p class="mg-error" aria-live="polite">{move || (!s2s.get()).then(user_problem).flatten()}</p>
                </div>
                <div hidden=move || !s2s.get()>
                    {NoteField::ALL.into_iter().map(|f| view! { <NoteInput ui field=f notes live=true commit=commit(f) /> }).collect_view()}
                    <ConfirmUrl ui notes on_change=confirm />
                    <div class="mg-field">
                        <label for=expires_id.clone()>{move || t().dy.s2s.expires_label}</label>
                        <input
                            id=expires_id
                            type="date"
                            class="mg-input"
                            min="2000-01-01"
                            max=move || today().add_months(MAX_SECRET_MONTHS).to_string()
                            aria-invalid=move || expires_error().is_some().to_string()
                            aria-describedby=format!("{expires_help} {expires_err}")
                            prop:value=move || answers.with(|a| a.secret_expires.clone())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                s.update(|x| x.answer(DynField::SecretExpires, now_ms(), |a| a.secret_expires = v));
                            }
                        />
                        <p class="mg-help" id=expires_help.clone()>{move || t().dy.s2s.expires_help}</p>
                        <p class="mg-error" id=expires_err.clone() aria-live="polite">{expires_error}</p>
                    </div>
                </div>
                <label class="mg-check" for=filter_for>
                    <input
                        id=filter_id
                        type="checkbox"
                        prop:checked=move || answers.with(|a| a.filter)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            s.update(|x| x.answer(DynField::Filter, now_ms(), |a| a.filter = on));
                        }
                    />
                    {move || t().dy.dyn_filter_label}
                </label>
            </form>
            <div class="mg-panel">
                <h3 class="mg-panel-title">{move || t().checklist}</h3>
                <Around ui version=Signal::derive(move || parsed.get().ok().map(|v| v.to_string())) name s2s>
                    <Checklist ui rows=step_rows tickable=true on_tick />
                </Around>
                <Show when=move || s2s.get()>
                    <ReadinessPanel ui readiness user_name=no_name />
                    <Step3Card ui notes expires=Signal::derive(move || answers.with(|a| a.expires(today()).map(|d| d.to_string()))) />
                </Show>
            </div>
        </div>
    }
}

#[cfg(feature = "practice")]
#[component]
fn Practice(ui: Ui, s: RwSignal<DynSaved>) -> impl IntoView {
    let t = move || ui.t();
    // The session, once per change; the checklist and verdict, once per change.
    let session: Memo<DynSession> = Memo::new(move |_| s.with(|v| v.practice.clone()));
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
            Err(r) => Verdict::Refused(explain(t, &r)),
        })
    };
    let verdict = move |action: Action| Signal::derive(move || judge(&action));
    // The one thing a button does: ask the session to act, then say what happened.
    let act = move |action: Action| -> bool {
        let t = t();
        let mut next = s.with_untracked(|v| v.practice.clone());
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
                let e = explain(t, &r);
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
    let commit = move |field: NoteField| {
        Callback::new(move |text: String| {
            let action = Action::Record { field, text };
            let refused = session.with_untracked(|p| p.check(&action, now_ms()).err());
            match refused.map(|r| r.why) {
                Some(dynamics::Why::Note(n)) => {
                    perform(action);
                    Err(n)
                }
                _ => {
                    perform(action);
                    Ok(())
                }
            }
        })
    };
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

    let sync_name = Signal::derive(move || {
        session
            .with(|p| p.state().sync_user().map(|u| u.name.clone()))
            .unwrap_or_else(|| dynamics::sample_sync_user(ui.lang.get()).to_string())
    });
    let step_rows = Memo::new(move |_| session.with(|p| practice_rows(t(), ui.lang.get(), p)));
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
                        .map(|x| ((t.dy.dyn_effect)(x, &|id| p.name(id).to_string()), x.source()))
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
        <NextStep ui rows=step_rows tickable=false on_tick=Callback::new(|_| ()) />
        <div class="mg-grid mg-grid-practice">
            <div class="mg-stack">
            // The consoles first (the task); the variant to practise follows.
            <Show when=move || s2s.get()>
                <EntraConsole c=console />
                <PpacConsole c=console />
            </Show>
            <div class="mg-panel mg-console" role="region" aria-label=move || t().dy.dyn_console>
                <h3 class="mg-panel-title">{move || t().dy.dyn_console}</h3>
                <p class="mg-hint">{move || t().dy.dyn_console_hint}</p>
                <div class="mg-field">
                    <label for=version_id.clone()>{move || t().dy.dyn_version_label}</label>
                    <select
                        id=version_id
                        class="mg-select"
                        on:change=move |ev| {
                            if let Ok(version) = Version::parse(&event_target_value(&ev)) {
                                let lang = ui.lang.get_untracked();
                                s.update(|x| x.set_practice(x.practice.with_version(version, lang), now_ms()));
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
                        on_input=Callback::new(move |v| new_name.set(v))
                        maxlength=MAX_TEXT_CHARS
                        refuse_secrets=true
                    />
                    <TextField
                        ui
                        id="new-email"
                        kind="email"
                        label=Signal::derive(move || t().dy.dyn_email_label.to_string())
                        value=new_email
                        on_input=Callback::new(move |v| new_email.set(v))
                        maxlength=MAX_TEXT_CHARS
                        refuse_secrets=true
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
                            on_input=Callback::new(move |v| field_name.set(v))
                            maxlength=MAX_TEXT_CHARS
                            placeholder=domain::dynamics::FILTER_FIELD.to_string()
                            refuse_secrets=true
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
                <Show when=move || s2s.get()>
                    <fieldset class="mg-group">
                        <legend>{move || t().dy.s2s.notes_legend}</legend>
                        <p class="mg-hint">{move || t().dy.s2s.notes_hint}</p>
                        {NoteField::ALL.into_iter().map(|f| view! { <NoteInput ui field=f notes live=false commit=commit(f) /> }).collect_view()}
                        <ConfirmUrl ui notes on_change=Callback::new(move |on| { perform(Action::ConfirmOrgUrl(on)); }) />
                    </fieldset>
                </Show>
                <ReadinessPanel ui readiness user_name=user_name_cb />
                <Show when=move || s2s.get()>
                    <Step3Card ui notes expires />
                </Show>
                <h3 class="mg-panel-title">{move || t().checklist}</h3>
                <Around ui version=Signal::derive(move || session.with(|p| p.state().solution()).map(|v| v.to_string())) name=sync_name s2s>
                    <Checklist ui rows=step_rows tickable=false on_tick=Callback::new(|_| ()) />
                </Around>
                <ActivityLog ui lines=log_lines earlier=Signal::derive(move || session.with(DynSession::earlier)) />
            </div>
        </div>
    }
}
