//! What every widget shares: the header (title, mode, language, start over), the notices
//! about saving, the live region, and buttons that explain why they are unavailable.

use leptos::prelude::*;

use super::persist::Notice;
use super::{Mode, Ui};
use crate::i18n::{Catalog, Lang, Texts};

/// A refusal in words: why not, the rule (a sentence of the catalog), and the way out.
#[derive(Clone, Debug, PartialEq)]
pub struct Explained {
    pub why: String,
    pub rule: domain::Rule,
    /// Where the rule comes from, for the reader (the page of their connection).
    pub source: domain::sources::Source,
    pub way_out: String,
}

impl Explained {
    /// The whole refusal as one sentence, for the live region.
    pub fn sentence(&self, t: &Catalog, what: &str) -> String {
        format!("{what} — {} {} {} {} {}", t.not_available, self.why, t.rule_label, (t.rule)(self.rule), self.way_out)
    }
}

/// What the rules say about a control right now.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Allowed,
    /// Allowed, but asks for confirmation first.
    Hazardous,
    /// Not allowed: why, the rule and the way out.
    Refused(Explained),
}

/// A button the rules may refuse. A refused button stays focusable (`aria-disabled`), and
/// the reason is visible text tied to it with `aria-describedby`, so keyboard and
/// screen-reader users reach it too. Pressing it anyway only announces the reason.
#[component]
pub fn ActionButton(
    ui: Ui,
    /// Unique suffix for the reason's id.
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] verdict: Signal<Verdict>,
    on_press: Callback<()>,
    #[prop(optional)] danger: bool,
    /// Read by screen readers after the label (e.g. whose access a row's button removes).
    #[prop(optional, into)]
    for_whom: Option<Signal<String>>,
) -> impl IntoView {
    let reason_id = ui.id(&format!("why-{id}"));
    let t = move || ui.t();
    let refused = move || matches!(verdict.get(), Verdict::Refused(_));
    let explained = move || match verdict.get() {
        Verdict::Refused(e) => Some(e),
        _ => None,
    };
    let described = reason_id.clone();
    view! {
        <span class="mg-act">
            <button
                type="button"
                class="mg-btn"
                class:mg-btn-danger=danger
                aria-disabled=move || if refused() { "true" } else { "false" }
                aria-describedby=move || refused().then(|| described.clone())
                on:click=move |_| {
                    if let Verdict::Refused(e) = verdict.get_untracked() {
                        ui.say(e.sentence(ui.t(), &label.get_untracked()));
                    } else {
                        on_press.run(());
                    }
                }
            >
                {move || label.get()}
                {for_whom.map(|w| view! { <span class="mg-sr">" " {move || w.get()}</span> })}
            </button>
            {move || {
                explained()
                    .map(|e| {
                        view! {
                            <span class="mg-reason" id=reason_id.clone()>
                                <strong class="mg-reason-head">{t().not_available}</strong>
                                " "
                                {e.why}
                                " "
                                <span class="mg-rule">
                                    <strong>{t().rule_label}</strong>
                                    " "
                                    {(t().rule)(e.rule)}
                                    " "
                                    {super::source::source_in(ui, ui.lang.get(), e.source)}
                                </span>
                                " "
                                <span class="mg-way-out">{e.way_out}</span>
                            </span>
                        }
                    })
            }}
        </span>
    }
}

/// The frame around a flow.
#[component]
pub fn Frame(
    ui: Ui,
    kicker: fn(&Catalog) -> &'static str,
    title: Signal<&'static str>,
    intro: Signal<&'static str>,
    /// The tools' group (language, start over, and the tools the flow puts below): folded
    /// under "More" so that the task comes first.
    tools_open: RwSignal<bool>,
    /// While the widget moves into another module: the header takes no input (the body says
    /// what is loading).
    #[prop(into)]
    busy: Signal<bool>,
    mode: Signal<Mode>,
    theme: domain::embed::Theme,
    set_mode: Callback<Mode>,
    set_lang: Callback<Lang>,
    notices: RwSignal<Vec<Notice>>,
    /// False when the saved value comes from a newer version: nothing may replace it here.
    #[prop(into)]
    readable: Signal<bool>,
    on_reset: Callback<()>,
    children: Children,
) -> impl IntoView {
    let t = move || ui.t();
    let heading_id = ui.id("title");
    let asking = RwSignal::new(false);
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    let reset_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if asking.get() {
            request_animation_frame(move || {
                if let Some(b) = cancel_ref.try_get_untracked().flatten() {
                    let _ = b.focus();
                }
            });
        }
    });
    let close = move || {
        asking.set(false);
        request_animation_frame(move || {
            if let Some(b) = reset_ref.try_get_untracked().flatten() {
                let _ = b.focus();
            }
        });
    };
    let mode_name = ui.id("mode");
    let lang_id = ui.id("lang");
    let mode_button = move |m: Mode| {
        let label = move || if m == Mode::Guide { t().guide } else { t().practice };
        let hint = move || if m == Mode::Guide { t().guide_hint } else { t().practice_hint };
        let name = mode_name.clone();
        view! {
            <label class="mg-seg">
                <input
                    type="radio"
                    name=name
                    value=m.name()
                    prop:checked=move || mode.get() == m
                    checked=super::html_only(move || mode.get() == m)
                    on:change=move |_| set_mode.run(m)
                />
                <span class="mg-seg-label">{label}</span>
                <span class="mg-seg-hint">{hint}</span>
            </label>
        }
    };
    let notice_text = move |n: &Notice| match n {
        Notice::Blocked => t().storage_blocked,
        Notice::Newer => t().storage_newer,
        Notice::Corrupt { .. } => t().storage_corrupt,
        Notice::Quota => t().storage_quota,
    };
    view! {
        <section
            class="mg"
            data-theme=theme.name()
            lang=move || ui.lang.get().tag()
            aria-labelledby=heading_id.clone()
            aria-busy=move || busy.get().then_some("true")
        >
            <header class="mg-head" inert=move || busy.get()>
                <p class="mg-kicker">{move || kicker(t())}</p>
                <h2 class="mg-title" id=heading_id.clone()>{move || title.get()}</h2>
                <p class="mg-intro">{move || intro.get()}</p>
                <div class="mg-bar">
                    <fieldset class="mg-modes">
                        <legend>{move || t().mode}</legend>
                        {mode_button(Mode::Guide)}
                        {mode_button(Mode::Practice)}
                    </fieldset>
                    <button
                        type="button"
                        class="mg-btn mg-btn-quiet mg-more"
                        aria-expanded=move || tools_open.get().to_string()
                        aria-controls=format!("{} {}", ui.id("tools-head"), ui.id("tools"))
                        on:click=move |_| tools_open.update(|o| *o = !*o)
                    >
                        {move || t().more}
                    </button>
                </div>
                <div class="mg-bar mg-tools" id=ui.id("tools-head") hidden=move || !tools_open.get()>
                    <div class="mg-bar-right">
                        <label class="mg-lang" for=lang_id.clone()>{move || t().language}</label>
                        // `name`: the loader gives it focus back after moving the widget into
                        // the module with the chosen language.
                        <select
                            id=lang_id.clone()
                            name="mg-lang"
                            class="mg-select"
                            on:change=move |ev| {
                                let tag = event_target_value(&ev);
                                if let Some(l) = Lang::from_tag(&tag) {
                                    set_lang.run(l);
                                }
                            }
                        >
                            {Lang::ALL
                                .into_iter()
                                .map(|l| {
                                    view! {
                                        <option
                                            value=l.tag()
                                            lang=l.tag()
                                            prop:selected=move || ui.lang.get() == l
                                            selected=super::html_only(move || ui.lang.get() == l)
                                        >
                                            {l.own_name()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                        <Show when=move || readable.get()>
                            <button type="button" class="mg-btn mg-btn-quiet" node_ref=reset_ref on:click=move |_| asking.set(true)>
                                {move || t().start_over}
                            </button>
                        </Show>
                    </div>
                </div>
                <Show when=move || asking.get()>
                    <div class="mg-confirm" role="alertdialog" aria-modal="false" aria-label=move || t().start_over>
                        <p>{move || t().start_over_question}</p>
                        <button
                            type="button"
                            class="mg-btn mg-btn-danger"
                            on:click=move |_| {
                                on_reset.run(());
                                close();
                            }
                        >
                            {move || t().start_over_yes}
                        </button>
                        " "
                        <button type="button" class="mg-btn" node_ref=cancel_ref on:click=move |_| close()>
                            {move || t().cancel}
                        </button>
                    </div>
                </Show>
            </header>
            <For each=move || notices.get() key=notice_key let:n>
                <div class="mg-notice" class:mg-notice-strong=matches!(n, Notice::Newer) role="note">
                    <span>{notice_text(&n)}</span>
                    {match n.clone() {
                        Notice::Corrupt { text } => {
                            let href = download_href(&text);
                            view! {
                                " "
                                <a href=href download="marketo-guide-unreadable.json">
                                    {move || t().download_quarantined}
                                </a>
                            }
                                .into_any()
                        }
                        _ => ().into_any(),
                    }}
                </div>
            </For>
            <div class="mg-body">{children()}</div>
            <p class="mg-sr" role="status" aria-live="polite" aria-atomic="true">{move || ui.announce.get()}</p>
        </section>
    }
}

fn notice_key(n: &Notice) -> &'static str {
    match n {
        Notice::Blocked => "blocked",
        Notice::Newer => "newer",
        Notice::Corrupt { .. } => "corrupt",
        Notice::Quota => "quota",
    }
}

/// A `data:` URL for downloading a text.
fn download_href(text: &str) -> String {
    format!("data:application/json;charset=utf-8,{}", String::from(js_sys::encode_uri_component(text)))
}
