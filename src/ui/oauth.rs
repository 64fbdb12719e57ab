//! Flow 2's server-to-server screens: the connection question, the values written down for
//! Step 3 (fields, and the card to copy them from) and the readiness panel both variants
//! share (the practice's simulated portals are in `practice::consoles`). The rules are the
//! domain's; these views render them.

use domain::dynamics::{Field, Readiness, StepId, UserId};
use domain::s2s::{Connection, NoteField, Refused, Step3Notes, MAX_FIELD_CHARS};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::fields::{Commit, RadioGroup, TextField};
use super::Ui;
use crate::i18n::S2sLabel;

/// A text of the server-to-server screens.
pub(super) fn tx(ui: Ui, pick: S2sLabel) -> &'static str {
    pick(&ui.t().dy.s2s)
}

/// The variant question: a radio group named "Connection".
#[component]
pub fn ConnectionChoice(
    ui: Ui,
    #[prop(into)] value: Signal<Connection>,
    on_choose: Callback<Connection>,
) -> impl IntoView {
    let help_id = ui.id("connection-help");
    view! {
        <RadioGroup
            ui
            name="connection"
            legend=Signal::derive(move || tx(ui, |s| s.connection_legend).to_string())
            options=Connection::ALL.to_vec()
            label=|t, c| {
                match c {
                    Connection::ServerToServer => t.dy.s2s.connection_s2s,
                    Connection::SyncUserPassword => t.dy.s2s.connection_password,
                }
                    .to_string()
            }
            slug=Connection::slug
            value
            on_choose
            described_by=help_id.clone()
        >
            <p class="mg-help" id=help_id>{move || tx(ui, |s| s.connection_help)}</p>
            <p class="mg-hint" hidden=move || value.get() != Connection::ServerToServer>{move || tx(ui, |s| s.s2s_intro)}</p>
        </RadioGroup>
    }
}

/// The element id of a note field's input (the "go to" target of its step).
pub fn note_input_id(ui: Ui, field: NoteField) -> String {
    ui.id(&note_id(field))
}

/// A value's field id within the widget (before the widget's own prefix).
fn note_id(field: NoteField) -> String {
    format!("note-{}", field.slug())
}

/// The element id of the guide's sync-user name input (ROPC: the user name for Step 4).
pub fn user_name_input_id(ui: Ui) -> String {
    ui.id("name")
}

/// Focuses what fixes a step: the first field a written-down step is about, else the
/// checklist row.
pub fn focus_step(ui: Ui, step: StepId) {
    use domain::checklist::StepKey;
    let target = match step.fields().first() {
        Some(Field::Note(field)) => note_input_id(ui, *field),
        Some(Field::UserName) => user_name_input_id(ui),
        None => ui.id(&format!("row-{}", step.slug())),
    };
    if let Some(el) = ui.host.element_by_id(&target) {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// One value written down for Step 3. `commit` writes it (guide: on every keystroke;
/// practice: when the field is left) and says whether it was kept; a refused value (one
/// that looks like a secret) is wiped from the field at once and a warning stays beside it.
#[component]
pub fn NoteInput(
    ui: Ui,
    field: NoteField,
    #[prop(into)] notes: Signal<Step3Notes>,
    /// Write on `input` (guide) rather than on `change` (practice: one log line per value).
    live: bool,
    commit: Callback<String, Result<(), Refused>>,
) -> impl IntoView {
    let t = move || ui.t();
    let (kind, mode) = match field {
        NoteField::AppUserEmail => ("email", "email"),
        NoteField::OrgUrl => ("url", "url"),
        _ => ("text", "text"),
    };
    view! {
        <TextField
            ui
            id=note_id(field)
            kind
            inputmode=mode
            commit=if live { Commit::Input } else { Commit::Change }
            label=Signal::derive(move || (t().dy.s2s_field)(field).to_string())
            value=Signal::derive(move || notes.with(|n| n.text(field).to_string()))
            // Not kept anywhere when refused: not in the state, not in the field.
            on_input=Callback::new(move |text: String| commit.run(text).map_err(|r| (t().refused)(r).to_string()))
            maxlength=MAX_FIELD_CHARS
            help=Signal::derive(move || (t().dy.s2s_field_help)(field).to_string())
            error=Signal::derive(move || notes.with(|n| n.problem(field)).map(|p| (t().dy.s2s_problem)(&p)))
        />
    }
}

/// The values a connection's connect step asks for, one [`NoteInput`] each (the domain
/// says which: server-to-server all four, ROPC the client ID and the organization URL).
/// `commit` writes one: `(field, text)`.
#[component]
pub fn NoteInputs(
    ui: Ui,
    #[prop(into)] connection: Signal<Connection>,
    #[prop(into)] notes: Signal<Step3Notes>,
    live: bool,
    commit: Callback<(NoteField, String), Result<(), Refused>>,
) -> impl IntoView {
    NoteField::ALL
        .into_iter()
        .map(|field| {
            let commit = Callback::new(move |text: String| commit.run((field, text)));
            view! {
                <div hidden=move || !connection.get().note_fields().contains(&field)>
                    <NoteInput ui field notes live commit />
                </div>
            }
        })
        .collect_view()
}

/// "I have checked the organization URL": enabled once the URL written down is well-formed.
#[component]
pub fn ConfirmUrl(ui: Ui, #[prop(into)] notes: Signal<Step3Notes>, on_change: Callback<bool>) -> impl IntoView {
    let id = ui.id("confirm-url");
    let help = ui.id("confirm-url-help");
    let caution_id = ui.id("confirm-url-caution");
    let (label_for, described) = (id.clone(), format!("{caution_id} {help}"));
    // C5: an unusual but possibly right URL is accepted with a caution to check first.
    let caution = move || notes.with(|n| n.org_url().and_then(|u| u.caution().cloned()));
    view! {
        <div class="mg-field">
            <p class="mg-callout mg-callout-warn" id=caution_id hidden=move || caution().is_none()>
                <strong class="mg-callout-title">{move || tx(ui, |s| s.url_caution_confirm)}</strong>
                " "
                {move || caution().map(|c| (ui.t().dy.s2s_caution)(&c))}
            </p>
            <label class="mg-check" for=label_for>
                <input
                    id=id
                    type="checkbox"
                    aria-describedby=described
                    prop:disabled=move || notes.with(|n| n.org_url().is_none())
                    disabled=super::html_only(move || notes.with(|n| n.org_url().is_none()))
                    prop:checked=move || notes.with(Step3Notes::url_confirmed)
                    on:change=move |ev| on_change.run(event_target_checked(&ev))
                />
                {move || tx(ui, |s| s.confirm_url)}
            </label>
            <p class="mg-help" id=help>{move || tx(ui, |s| s.confirm_url_help)}</p>
        </div>
    }
}

/// The values the connect step asks for, each with a copy button, in the order Marketo
/// asks for them; the secrets (the client secret, and the ROPC password) only as "you have
/// it", never their value; and the expiry reminder.
#[component]
pub fn ConnectCard(
    ui: Ui,
    #[prop(into)] connection: Signal<Connection>,
    #[prop(into)] notes: Signal<Step3Notes>,
    /// ROPC: the sync user's user name, when written down and usable.
    #[prop(into)]
    user_name: Signal<Option<String>>,
    #[prop(into)] expires: Signal<Option<String>>,
) -> impl IntoView {
    let t = move || ui.t();
    let title_id = ui.id("card-title");
    let labelled = title_id.clone();
    let steps = move || connection.get().steps();
    let row = move |label: Signal<String>, slug: &'static str, value: Signal<Option<String>>| {
        let copied = RwSignal::new(false);
        let copy = move |_| {
            let Some(text) = value.get_untracked() else { return };
            let t = ui.t();
            leptos::task::spawn_local(async move {
                if super::share::copy_text(&text).await {
                    copied.try_set(true);
                    ui.say(format!("{} — {}", label.get_untracked(), t.dy.s2s.copied));
                    set_timeout(
                        move || {
                            copied.try_set(false);
                        },
                        std::time::Duration::from_secs(3),
                    );
                } else {
                    ui.say(t.dy.s2s.copy_failed.to_string());
                }
            });
        };
        view! {
            <dt>{move || label.get()}</dt>
            <dd data-field=slug>
                <code class="mg-value">{move || value.get().unwrap_or_else(|| tx(ui, |s| s.not_yet).to_string())}</code>
                " "
                <button type="button" class="mg-btn mg-btn-small" hidden=move || value.with(Option::is_none) on:click=copy>
                    {move || if copied.get() { tx(ui, |s| s.copied) } else { tx(ui, |s| s.copy) }}
                    <span class="mg-sr">" " {move || label.get()}</span>
                </button>
            </dd>
        }
    };
    let note = move |field: NoteField| {
        row(
            Signal::derive(move || (ui.t().dy.s2s_field)(field).to_string()),
            field.slug(),
            Signal::derive(move || notes.with(|n| n.ready_text(field))),
        )
    };
    let secret_row = move |label: fn(&crate::i18n::Catalog) -> &'static str,
                           text: fn(&crate::i18n::Catalog) -> &'static str| {
        view! {
            <dt>{move || label(t())}</dt>
            <dd>{move || text(t())}</dd>
        }
    };
    let client_secret = move || secret_row(|t| t.dy.s2s.secret_row, |t| t.dy.s2s.secret_row_text);
    view! {
        <section class="mg-card" aria-labelledby=labelled>
            <h3 class="mg-panel-title" id=title_id>{move || (t().dy.dyn_card_title)(steps())}</h3>
            <p class="mg-hint">{move || (t().dy.dyn_card_intro)(steps())}</p>
            {move || match connection.get() {
                // S2S Step 3 of 3 asks for the application user's e-mail, the client ID
                // and secret, the tenant ID and the URL.
                Connection::ServerToServer => view! {
                    <dl class="mg-values">
                        {note(NoteField::AppUserEmail)}
                        {note(NoteField::ClientId)}
                        {client_secret()}
                        {note(NoteField::TenantId)}
                        {note(NoteField::OrgUrl)}
                    </dl>
                }
                .into_any(),
                // ROPC Step 4 of 4 asks for the user name, the password, the URL, the
                // client ID and the client secret.
                Connection::SyncUserPassword => view! {
                    <dl class="mg-values">
                        {row(Signal::derive(move || t().dy.dyn_card_user_name.to_string()), "user-name", user_name)}
                        {secret_row(|t| t.dy.dyn_card_password, |t| t.dy.dyn_card_password_text)}
                        {note(NoteField::OrgUrl)}
                        {note(NoteField::ClientId)}
                        {client_secret()}
                    </dl>
                }
                .into_any(),
            }}
            {move || expires.get().map(|day| view! { <p class="mg-callout mg-callout-warn">{(t().dy.s2s_expiry_reminder)(&day)}</p> })}
        </section>
    }
}

/// "Ready for Step N of N?": the verdict, every unmet requirement with a way to its step,
/// and the advice beside it. Both variants, both modes.
#[component]
pub fn ReadinessPanel(
    ui: Ui,
    #[prop(into)] readiness: Signal<Readiness>,
    #[prop(into)] connection: Signal<Connection>,
    /// A Dynamics user's display name.
    user_name: Callback<UserId, String>,
) -> impl IntoView {
    let t = move || ui.t();
    let title_id = ui.id("ready-title");
    let labelled = title_id.clone();
    view! {
        <section class="mg-readiness" aria-labelledby=labelled>
            <h3 class="mg-panel-title" id=title_id>{move || (t().dy.dyn_readiness)(connection.get().steps())}</h3>
            <p class="mg-banner" class:mg-banner-ok=move || readiness.with(Readiness::is_ready)>
                {move || {
                    readiness.with(|r| {
                        if r.is_ready() {
                            (t().dy.dyn_ready)(connection.get().steps())
                        } else {
                            (t().dy.dyn_not_ready)(r.blockers.len())
                        }
                    })
                }}
            </p>
            <Show when=move || readiness.with(|r| !r.is_ready())>
                <h4 class="mg-subtitle">{move || t().dy.dyn_blockers}</h4>
                <ul class="mg-blockers">
                    // Keyed: a blocker that stays keeps its element; only a new one is built.
                    <For each=move || readiness.get().blockers key=|b| (b.requirement, b.users.clone()) let:b>
                        {
                            let step = b.fixed_by;
                            let users = b.users.iter().map(|u| user_name.run(*u)).collect::<Vec<_>>().join(", ");
                            view! {
                                <li data-requirement=b.requirement.slug()>
                                    {move || (t().dy.dyn_requirement)(b.requirement)}
                                    {(!users.is_empty()).then(|| format!(" ({users})"))}
                                    " "
                                    {(step != StepId::InstallSolution)
                                        .then(|| {
                                            view! {
                                                <button type="button" class="mg-link" on:click=move |_| focus_step(ui, step)>
                                                    {move || t().dy.dyn_go_to_step}
                                                </button>
                                            }
                                        })}
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
            <h4 class="mg-subtitle">{move || t().dy.dyn_warnings}</h4>
            <ul class="mg-warnings">
                {move || {
                    let t = t();
                    let name = |id: UserId| user_name.run(id);
                    readiness.get().warnings.iter().map(|w| view! { <li>{(t.dy.dyn_warning)(w, &name)}</li> }).collect_view()
                }}
            </ul>
        </section>
    }
}
