//! Flow 2 on screen: the Step 2 checklist with Step 1 and Step 3 around it, the guide
//! questions and the readiness panel (its practice console is in `practice::dynamics`).

use domain::checklist::Status;
use domain::dynamics::{
    self, Answers, DynAnswer, DynChecklist, DynSession, DynamicsStep2, StepId, SyncName, UserId, MAX_TEXT_CHARS,
};
use domain::s2s::{Connection, NoteField, MAX_SECRET_MONTHS};
use domain::saved::{Lang, Mode, Saved};
use domain::sources::{step_source, Cited};
use domain::version::{Version, MAX_VERSION_CHARS};
use leptos::prelude::*;

use super::checklist::{Checklist, FoldedAnswers, NextStep, Row, RowNote, RowStatus, Shown};
use super::fields::TextField;
use super::frame::Explained;
use super::kit::KitViews;
use super::oauth::{ConfirmUrl, ConnectCard, ConnectionChoice, NoteInputs, ReadinessPanel};
use super::shell::{flow_widget, refused_words, set_answer, Heading, Views};
use super::{local_today, now_ms, Embed, Host, Ui};
use crate::i18n::Catalog;
use crate::storage::Store;

/// What flow 2 saves.
pub type DynSaved = Saved<DynamicsStep2>;

/// A refusal of the Dynamics rules, in words, its rule cited in the connection's pages.
pub fn explain(t: &Catalog, r: &dynamics::Refusal, connection: Connection) -> Explained {
    Explained {
        why: (t.dy.dyn_why)(&r.why),
        rule: r.rule,
        source: domain::sources::rule_source(r.rule, connection),
        way_out: (t.dy.dyn_way_out)(&r.way_out).to_string(),
    }
}

/// The Dynamics checklist in words (every decision is the domain's: [`DynChecklist`]).
fn shown(t: &'static Catalog, list: &DynChecklist, name: &str) -> Shown<StepId> {
    Shown::of(
        list,
        |_| Default::default(),
        |i| {
            let d = &i.detail;
            Row {
                key: i.key,
                section: d.opens.map(|s| (t.dy.dyn_section)(s).to_string()),
                title: (t.dy.dyn_step_title)(i.key, name),
                actor: None,
                crumbs: d.step.path.iter().map(|c| (t.dy.dyn_crumb)(*c).to_string()).collect(),
                why: None,
                notes: d
                    .email
                    .as_deref()
                    .map(|e| RowNote {
                        warn: false,
                        title: t.note,
                        text: (t.dy.dyn_credentials_to)(e),
                        source: d.step.note_source(dynamics::Note::CredentialsEmailReal),
                    })
                    .into_iter()
                    .chain(d.step.notes.iter().map(|n| RowNote {
                        warn: n.warns(),
                        title: if n.warns() { t.warning } else { t.note },
                        text: (t.dy.dyn_note)(*n).to_string(),
                        source: d.step.note_source(*n),
                    }))
                    .collect(),
                status: RowStatus::of(&i.status),
                status_text: t.status(&i.status, ""),
                skipped_because: match &i.status {
                    Status::Skipped(na) => Some(((t.dy.dyn_not_applicable)(*na).to_string(), na.source())),
                    _ => None,
                },
                source: i.source,
                recovery: false,
                auto: i.auto.then(|| t.dy.s2s.from_values.to_string()),
            }
        },
    )
}

/// The sync identity's name in the guide's steps, in words.
fn sync_name(t: &Catalog, lang: Lang, answers: &Answers) -> String {
    match answers.sync_name(lang) {
        SyncName::AppUser => t.dy.s2s.app_user_name.to_string(),
        SyncName::User(name) => name,
    }
}

/// The guide's checklist for these answers and ticks, in words.
fn guide_shown(t: &'static Catalog, lang: Lang, answers: &Answers, ticks: &[StepId]) -> Shown<StepId> {
    shown(t, &dynamics::guide_checklist(answers, ticks), &sync_name(t, lang, answers))
}

/// The practice checklist of a session, in words.
pub(super) fn practice_shown(t: &'static Catalog, lang: Lang, session: &DynSession) -> Shown<StepId> {
    shown(t, &dynamics::practice_checklist(session), &session.sync_name(lang))
}

/// The checklist of the saved state's mode, in the reader's language.
fn current(t: &'static Catalog, lang: Lang, saved: &DynSaved) -> Shown<StepId> {
    match saved.mode() {
        Mode::Guide => guide_shown(t, lang, saved.answers(), &saved.ticked()),
        Mode::Practice => practice_shown(t, lang, saved.practice()),
    }
}

fn kit_views() -> KitViews<DynamicsStep2> {
    KitViews {
        title: |t| t.dyn_title,
        rows: current,
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
        practice: |ui, s| view! { <super::practice::DynamicsPractice ui s /> }.into_any(),
        kit: kit_views(),
    };
    flow_widget::<DynamicsStep2>(embed, store, uid, host, heading, views)
}

/// Step 1 before the checklist and the connect step after it, numbered as the
/// connection's pages number them (server-to-server "of 3", ROPC "of 4").
#[component]
pub(super) fn Around(
    ui: Ui,
    #[prop(into)] version: Signal<Option<String>>,
    #[prop(into)] name: Signal<String>,
    #[prop(into)] connection: Signal<Connection>,
    children: Children,
) -> impl IntoView {
    let t = move || ui.t();
    let steps = move || connection.get().steps();
    view! {
        <aside class="mg-around">
            <h4 class="mg-around-title">{move || (t().dy.dyn_step1_title)(steps())}</h4>
            <p>{move || (t().dy.dyn_step1_body)(version.get().as_deref())}</p>
            <p class="mg-step-source">
                {move || super::source::source_in(ui, ui.lang.get(), step_source(StepId::InstallSolution, connection.get()))}
            </p>
        </aside>
        {children()}
        <aside class="mg-around">
            <h4 class="mg-around-title">{move || (t().dy.dyn_next_title)(steps())}</h4>
            <p>
                {move || match connection.get() {
                    Connection::ServerToServer => t().dy.s2s.s2s_step3_body.to_string(),
                    Connection::SyncUserPassword => (t().dy.dyn_step4_body)(&name.get()),
                }}
            </p>
        </aside>
    }
}

#[component]
fn Guide(ui: Ui, s: RwSignal<DynSaved>) -> impl IntoView {
    let t = move || ui.t();
    // The reader's today, for the client secret's longest expiry (the clock and the time
    // zone read here, passed to the domain).
    let answers = Memo::new(move |_| s.with(|v| v.answers().clone()));
    let parsed = Memo::new(move |_| answers.with(|a| Version::parse(a.version())));
    // A blank name stands for the sample sync user's name in the reader's language.
    let name = Signal::derive(move || answers.with(|a| sync_name(t(), ui.lang.get(), a)));
    let step_rows = Memo::new(move |_| s.with(|v| guide_shown(t(), ui.lang.get(), v.answers(), &v.ticked())));
    let connection = Memo::new(move |_| answers.with(|a| a.connection()));
    let s2s = Signal::derive(move || connection.get() == Connection::ServerToServer);
    let notes = Memo::new(move |_| answers.with(|a| a.notes().clone()));
    let readiness = Memo::new(move |_| {
        s.with(|v| {
            dynamics::guide_readiness(
                &dynamics::guide_org(v.answers()),
                &v.ticked(),
                v.answers().expires(local_today()),
            )
        })
    });
    // Written on every keystroke; a value that looks like a secret is refused, not kept.
    let commit = Callback::new(move |(field, text): (NoteField, String)| set_answer(s, DynAnswer::Note(field, text)));
    let confirm = Callback::new(move |on: bool| {
        let _ = set_answer(s, DynAnswer::ConfirmUrl(on));
    });
    let expires_error = move || answers.with(|a| a.expiry_problem(local_today())).map(|e| (t().dy.s2s_day_error)(e));
    let no_name = Callback::new(|_: UserId| String::new());
    let on_tick = Callback::new(move |(id, done): (StepId, bool)| {
        s.update(|v| v.tick(id, done, now_ms()));
        if done {
            ui.say((t().announce_step_done)(&(t().dy.dyn_step_title)(id, &name.get_untracked())));
        }
    });
    let version_error = move || {
        answers
            .with(|a| !a.version().trim().is_empty())
            .then(|| parsed.get().err())
            .flatten()
            .map(|e| (t().dy.version_error)(&e))
    };
    let field = move |id: &'static str,
                      label: fn(&Catalog) -> &'static str,
                      kind: &'static str,
                      get: fn(&Answers) -> String,
                      set: fn(String) -> DynAnswer,
                      error: Signal<Option<String>>| {
        view! {
            <TextField
                ui
                id
                kind
                inputmode=kind
                label=Signal::derive(move || label(t()).to_string())
                value=Signal::derive(move || answers.with(get))
                on_input=Callback::new(move |v| set_answer(s, set(v)).map_err(|r| refused_words(ui, r)))
                maxlength=MAX_TEXT_CHARS
                placeholder=Signal::derive(move || (id == "name").then(|| dynamics::sample_sync_user(ui.lang.get()).to_string()))
                error
            />
        }
    };
    // The same rule that refuses a bad user in practice checks the reader's answers.
    let user_problem = move || {
        answers.with(Answers::user_refusal).map(|r| {
            let e = explain(t(), &r, Connection::SyncUserPassword);
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
            let c = match a.connection() {
                Connection::ServerToServer => t.dy.s2s.connection_s2s,
                Connection::SyncUserPassword => t.dy.s2s.connection_password,
            };
            let v = a.version().trim();
            (t.dy.dyn_answers)(c, (!v.is_empty()).then_some(v))
        })
    };
    view! {
        <Show when=move || folded.get()>
            <NextStep ui list=step_rows tickable=true on_tick to_fields=Callback::new(move |step| super::oauth::focus_step(ui, step)) />
        </Show>
        <div class="mg-grid">
            <form class="mg-panel mg-questions" on:submit=|ev| ev.prevent_default()>
                <h3 class="mg-panel-title">{move || t().dy.dyn_questions}</h3>
                <FoldedAnswers ui folded line=Signal::derive(answers_line) />
                <div class="mg-answers" hidden=move || folded.get()>
                <ConnectionChoice
                    ui
                    value=connection
                    on_choose=Callback::new(move |c| {
                        let _ = set_answer(s, DynAnswer::Connection(c));
                    })
                />
                <TextField
                    ui
                    id="version"
                    inputmode="decimal"
                    label=Signal::derive(move || t().dy.dyn_version_label.to_string())
                    value=Signal::derive(move || answers.with(|a| a.version().to_string()))
                    on_input=Callback::new(move |v| set_answer(s, DynAnswer::Version(v)).map_err(|r| refused_words(ui, r)))
                    maxlength=MAX_VERSION_CHARS
                    placeholder="4.0.0.14".to_string()
                    help=Signal::derive(move || t().dy.dyn_version_help.to_string())
                    error=Signal::derive(version_error)
                />
                </div>
                <div hidden=move || s2s.get()>
                    {field("name", |t| t.dy.dyn_name_label, "text", |a| a.name().to_string(), DynAnswer::Name, Signal::derive(|| None))}
                    // The practice's rule for a new user (D7, S5), said under the field typed last.
                    {field("email", |t| t.dy.dyn_email_label, "email", |a| a.email().to_string(), DynAnswer::Email, Signal::derive(move || (!s2s.get()).then(user_problem).flatten()))}
                </div>
                <div>
                    // The values the connect step asks for: server-to-server all four; ROPC
                    // the client ID and the organization URL (the domain says which).
                    <NoteInputs ui connection notes live=true commit />
                    <ConfirmUrl ui notes on_change=confirm />
                    <TextField
                        ui
                        id="expires"
                        kind="date"
                        label=Signal::derive(move || t().dy.s2s.expires_label.to_string())
                        value=Signal::derive(move || answers.with(|a| a.secret_expires().to_string()))
                        on_input=Callback::new(move |v| set_answer(s, DynAnswer::SecretExpires(v)).map_err(|r| refused_words(ui, r)))
                        maxlength=10
                        min="2000-01-01".to_string()
                        max=Signal::derive(move || Some(local_today().add_months(MAX_SECRET_MONTHS).to_string()))
                        help=Signal::derive(move || t().dy.s2s.expires_help.to_string())
                        error=Signal::derive(expires_error)
                    />
                </div>
                <label class="mg-check" for=filter_for>
                    <input
                        id=filter_id
                        type="checkbox"
                        prop:checked=move || answers.with(|a| a.filter())
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let _ = set_answer(s, DynAnswer::Filter(on));
                        }
                    />
                    {move || t().dy.dyn_filter_label}
                </label>
            </form>
            <div class="mg-panel">
                <h3 class="mg-panel-title">{move || t().checklist}</h3>
                <Around ui version=Signal::derive(move || parsed.get().ok().map(|v| v.to_string())) name connection>
                    <Checklist ui list=step_rows tickable=true on_tick />
                </Around>
                <ReadinessPanel ui readiness connection user_name=no_name />
                <ConnectCard
                    ui
                    connection
                    notes
                    user_name=Signal::derive(move || answers.with(|a| a.name_problem().is_none().then(|| a.name().trim().to_string())))
                    expires=Signal::derive(move || answers.with(|a| a.expires(local_today()).map(|d| d.to_string())))
                />
            </div>
        </div>
    }
}
