//! The checklist both flows use: sections of steps, each with who does it, where to
//! click, why, notes, and a status in words (never only a colour).

use domain::checklist::{Checklist, Item, Person, Progress, StepKey};
use domain::sources::Source;
use leptos::prelude::*;

use super::source::NewTabHint;
use super::Ui;
use wasm_bindgen::JsCast;

/// A step's status, for styling; the words come with the row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStatus {
    Done,
    Current,
    Waiting,
    Later,
    Skipped,
}

impl RowStatus {
    /// The style of a domain status (the words come from the catalog).
    pub fn of<W, S>(status: &domain::checklist::Status<W, S>) -> RowStatus {
        use domain::checklist::Status;
        match status {
            Status::Done => RowStatus::Done,
            Status::Current => RowStatus::Current,
            Status::Waiting { .. } => RowStatus::Waiting,
            Status::Later => RowStatus::Later,
            Status::Skipped(_) => RowStatus::Skipped,
        }
    }

    fn class(self) -> &'static str {
        match self {
            RowStatus::Done => "mg-tag mg-tag-done",
            RowStatus::Current => "mg-tag mg-tag-current",
            RowStatus::Waiting => "mg-tag mg-tag-waiting",
            RowStatus::Later => "mg-tag mg-tag-later",
            RowStatus::Skipped => "mg-tag mg-tag-skipped",
        }
    }
}

/// A callout on a step.
#[derive(Clone, Debug, PartialEq)]
pub struct RowNote {
    pub warn: bool,
    pub title: &'static str,
    pub text: String,
    /// Where it comes from; shown when it is another page than the step's, or none.
    pub source: Source,
}

/// One row of the checklist, already in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<K> {
    /// The step (its slug is stable across renders and languages: ids, ticks, focus).
    pub key: K,
    /// Section heading shown above the first row of a section.
    pub section: Option<String>,
    pub title: String,
    /// (role badge such as "Admin A", person's name)
    pub actor: Option<(String, String)>,
    pub crumbs: Vec<String>,
    pub why: Option<String>,
    pub notes: Vec<RowNote>,
    pub status: RowStatus,
    pub status_text: String,
    /// Why a skipped step does not apply, and where that comes from.
    pub skipped_because: Option<(String, Source)>,
    /// Where the step comes from (an official page, or marked as not documented).
    pub source: Source,
    pub recovery: bool,
    /// Not ticked by hand: completed by the values the reader writes down (the text says so).
    pub auto: Option<String>,
}

/// A checklist as shown: the domain's progress (never recounted here) and its rows in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown<K> {
    pub progress: Progress<K>,
    /// Who did the last step done, in words.
    pub last_by: Option<(String, String)>,
    pub rows: Vec<Row<K>>,
}

impl<K: Copy + PartialEq> Shown<K> {
    /// Puts a domain checklist into words: `actor` names a person, `row` a step.
    pub fn of<S, D>(
        list: &Checklist<K, S, D>,
        actor: impl Fn(&Person) -> (String, String),
        row: impl Fn(&Item<K, S, D>) -> Row<K>,
    ) -> Shown<K> {
        Shown {
            progress: list.progress(),
            last_by: list.last_done_by().map(actor),
            rows: list.items().iter().map(row).collect(),
        }
    }

    /// The current step's row.
    pub fn current(&self) -> Option<&Row<K>> {
        let (_, key) = self.progress.current?;
        self.rows.iter().find(|r| r.key == key)
    }

    /// The checklist in a few words (for the offer of a shared link).
    pub fn summary(&self) -> super::share::Summary {
        super::share::Summary {
            done: self.progress.done,
            total: self.progress.applicable,
            current: self.current().map(|r| (r.title.clone(), r.actor.clone())),
            last_by: self.last_by.clone(),
        }
    }
}

/// The checklist. `tickable`: guide mode, where the reader ticks steps off by hand.
#[component]
pub fn Checklist<K: StepKey>(
    ui: Ui,
    /// Computed once per change (a `Memo`); every row reads its own entry.
    #[prop(into)]
    list: Signal<Shown<K>>,
    #[prop(into)] tickable: Signal<bool>,
    on_tick: Callback<(K, bool)>,
) -> impl IntoView {
    let t = move || ui.t();
    // The domain's count and current step (its position among the steps that apply).
    let counts =
        Memo::new(move |_| list.with(|l| (l.progress.done, l.progress.applicable, l.progress.current.map(|(n, _)| n))));
    // The page hears about progress (host events): count and current step, on change.
    let report = Memo::new(move |_| list.with(|l| l.progress));
    Effect::new(move |_| ui.host.report(report.get()));
    let keys = Memo::new(move |_| list.with(|l| l.rows.iter().map(|r| r.key).collect::<Vec<_>>()));
    let list_id = ui.id("steps");
    view! {
        <div class="mg-checklist">
            <div class="mg-progress-line">
                <p class="mg-progress-text">
                    {move || {
                        let (done, total, current) = counts.get();
                        match current {
                            Some(i) => format!("{} · {}", (t().step_of)(i + 1, total), (t().progress)(done, total)),
                            // No plan at all (the page says why): not "all done".
                            None if total == 0 => String::new(),
                            None if done == total => t().all_done.to_string(),
                            None => (t().progress)(done, total),
                        }
                    }}
                </p>
                <progress
                    class="mg-progress"
                    max=move || counts.get().1.max(1).to_string()
                    prop:value=move || counts.get().0 as f64
                    aria-label=move || {
                        let (d, n, _) = counts.get();
                        (t().progress)(d, n)
                    }
                ></progress>
            </div>
            <NewTabHint ui />
            <ol class="mg-steps" id=list_id>
                <For each=move || keys.get() key=|k| *k let:key>
                    <Step ui list key tickable on_tick />
                </For>
            </ol>
        </div>
    }
}

/// Who does a step: role badge and name.
fn actor_line((badge, name): (String, String)) -> impl IntoView {
    view! {
        <p class="mg-actor">
            <span class="mg-badge">{badge}</span>
            " "
            <span class="mg-actor-name">{name}</span>
        </p>
    }
}

/// The guide's answers folded into one line, with "Change" to unfold them (a reader who has
/// begun finds the current step first).
#[component]
pub fn FoldedAnswers(ui: Ui, folded: RwSignal<bool>, #[prop(into)] line: Signal<String>) -> impl IntoView {
    view! {
        <Show when=move || folded.get()>
            <p class="mg-answers-summary">
                {move || line.get()}
                " "
                <button type="button" class="mg-link" aria-expanded="false" on:click=move |_| folded.set(false)>
                    {move || ui.t().change}
                </button>
            </p>
        </Show>
    }
}

/// The current step at the top of the widget, so that a reader who has begun (or a trainee)
/// finds the next thing to do on the first screen: its title, who does it, and in the guide
/// its Done box (the same tick as the row's), with a way to the row and its clicks.
#[component]
pub fn NextStep<K: StepKey>(
    ui: Ui,
    #[prop(into)] list: Signal<Shown<K>>,
    #[prop(into)] tickable: Signal<bool>,
    on_tick: Callback<(K, bool)>,
    /// Takes the reader to the fields of a step done by values written down (it has no
    /// Done box: "Go to the fields" focuses the first).
    #[prop(optional)]
    to_fields: Option<Callback<K>>,
) -> impl IntoView {
    let t = move || ui.t();
    let current = Memo::new(move |_| list.with(|l| l.current().cloned()));
    let title_id = ui.id("next-title");
    let tick_id = ui.id("next-tick");
    let described = title_id.clone();
    view! {
        <section class="mg-next" aria-labelledby=title_id.clone() hidden=move || current.with(Option::is_none)>
                <p class="mg-next-head">{move || t().next_step}</p>
                <p class="mg-next-title" id=title_id.clone()>
                    {move || current.with(|r| r.as_ref().map(|r| r.title.clone()))}
                </p>
                {move || current.with(|r| r.as_ref().and_then(|r| r.actor.clone())).map(actor_line)}
                <div class="mg-next-actions">
                    {move || {
                        let (key, auto) = current.with(|r| r.as_ref().map(|r| (r.key, r.auto.clone())))?;
                        if !tickable.get() {
                            return None;
                        }
                        Some(match auto {
                            Some(text) => view! {
                                <small class="mg-muted">{text}</small>
                                {to_fields.map(|go| view! {
                                    " "
                                    <button type="button" class="mg-btn mg-btn-quiet mg-to-fields" on:click=move |_| go.run(key)>
                                        {move || t().go_to_fields}
                                    </button>
                                })}
                            }
                            .into_any(),
                            None => view! {
                                <label class="mg-tick" for=tick_id.clone()>
                                    <input
                                        type="checkbox"
                                        id=tick_id.clone()
                                        aria-describedby=described.clone()
                                        prop:checked=false
                                        on:change=move |ev| on_tick.run((key, event_target_checked(&ev)))
                                    />
                                    {move || t().mark_done}
                                </label>
                            }
                            .into_any(),
                        })
                    }}
                    " "
                    <button
                        type="button"
                        class="mg-link"
                        on:click=move |_| {
                            let Some(key) = current.with_untracked(|r| r.as_ref().map(|r| r.key)) else { return };
                            if let Some(row) = ui.host.element_by_id(&ui.id(&format!("row-{}", key.slug()))) {
                                row.scroll_into_view();
                                if let Ok(row) = row.dyn_into::<web_sys::HtmlElement>() {
                                    let _ = row.focus();
                                }
                            }
                        }
                    >
                        {move || t().show_steps}
                    </button>
                </div>
        </section>
    }
}

#[component]
fn Step<K: StepKey>(
    ui: Ui,
    list: Signal<Shown<K>>,
    key: K,
    tickable: Signal<bool>,
    on_tick: Callback<(K, bool)>,
) -> impl IntoView {
    let t = move || ui.t();
    let row = Memo::new(move |_| list.with(|l| l.rows.iter().find(|r| r.key == key).cloned()));
    let get = move |f: fn(&Row<K>) -> String| move || row.with(|r| r.as_ref().map(f).unwrap_or_default());
    let status = move || row.with(|r| r.as_ref().map(|r| r.status).unwrap_or(RowStatus::Later));
    let open = RwSignal::new(false);
    let slug = key.slug();
    let title_id = ui.id(&format!("step-{slug}"));
    let tick_id = ui.id(&format!("tick-{slug}"));
    view! {
        <li
            class="mg-step"
            class:mg-step-current=move || status() == RowStatus::Current
            class:mg-step-done=move || status() == RowStatus::Done
            class:mg-step-skipped=move || status() == RowStatus::Skipped
            aria-current=move || (status() == RowStatus::Current).then_some("step")
            id=ui.id(&format!("row-{slug}"))
            tabindex="-1"
            data-step=slug
        >
            {move || row.with(|r| r.as_ref().and_then(|r| r.section.clone())).map(|s| view! { <h3 class="mg-section">{s}</h3> })}
            <div class="mg-step-head">
                <div class="mg-step-main">
                    <p class="mg-step-title" id=title_id.clone()>
                        <Show when=move || row.with(|r| r.as_ref().is_some_and(|r| r.recovery))>
                            <span class="mg-recovery">{move || t().recovery}</span>
                            " "
                        </Show>
                        {get(|r| r.title.clone())}
                    </p>
                    {move || row.with(|r| r.as_ref().and_then(|r| r.actor.clone())).map(actor_line)}
                </div>
                <div class="mg-step-side">
                    <strong class=move || status().class()>{get(|r| r.status_text.clone())}</strong>
                    {move || {
                        row.with(|r| r.as_ref().and_then(|r| r.auto.clone()))
                            .filter(|_| tickable.get())
                            .map(|text| view! { <small class="mg-muted">{text}</small> })
                    }}
                    <Show when=move || {
                        tickable.get() && status() != RowStatus::Skipped
                            && row.with(|r| r.as_ref().is_some_and(|r| r.auto.is_none()))
                    }>
                        <label class="mg-tick" for=tick_id.clone()>
                            <input
                                type="checkbox"
                                id=tick_id.clone()
                                aria-describedby=title_id.clone()
                                prop:checked=move || status() == RowStatus::Done
                                on:change=move |ev| on_tick.run((key, event_target_checked(&ev)))
                            />
                            {move || t().mark_done}
                        </label>
                    </Show>
                </div>
            </div>
            {move || {
                row.with(|r| r.as_ref().and_then(|r| r.skipped_because.clone()))
                    .map(|(because, source)| {
                        view! {
                            <p class="mg-skip">{because}</p>
                            <p class="mg-step-source">{super::source::source_in(ui, ui.lang.get(), source)}</p>
                        }
                    })
            }}
            // Every step that applies names its source where it is always visible (a done
            // step folds its detail away, not its source).
            {move || {
                row.with(|r| r.as_ref().filter(|r| r.status != RowStatus::Skipped).map(|r| r.source))
                    .map(|source| view! { <p class="mg-step-source">{super::source::source_in(ui, ui.lang.get(), source)}</p> })
            }}
            <Show when=move || status() != RowStatus::Skipped>
                <StepDetail ui row open slug />
            </Show>
        </li>
    }
}

#[component]
fn StepDetail<K: StepKey>(
    ui: Ui,
    row: Memo<Option<Row<K>>>,
    open: RwSignal<bool>,
    slug: &'static str,
) -> impl IntoView {
    let t = move || ui.t();
    let copied = RwSignal::new(false);
    let done = move || row.with(|r| r.as_ref().is_some_and(|r| r.status == RowStatus::Done));
    // Done steps fold their detail away; the reader can open it again. Folded and unfolded
    // by `hidden`, not rebuilt: a step that goes back and forth (a practice undone and done
    // again) keeps the same elements and effects.
    let shown = move || !done() || open.get();
    view! {
        <button
            type="button"
            class="mg-link"
            hidden=move || !done()
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { t().hide_steps } else { t().show_steps }}
        </button>
        <div class="mg-step-detail" hidden=move || !shown()>
            {move || {
                let crumbs = row.with(|r| r.as_ref().map(|r| r.crumbs.clone()).unwrap_or_default());
                (!crumbs.is_empty())
                    .then(|| {
                        view! {
                            <nav class="mg-crumbs" aria-label=t().where_to_click>
                                <ol>{crumbs.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ol>
                            </nav>
                        }
                    })
            }}
            {move || {
                row.with(|r| r.as_ref().and_then(|r| r.why.clone()))
                    .map(|why| {
                        view! {
                            <p class="mg-why">
                                <span class="mg-why-label">{t().why_label}</span>
                                " "
                                {why}
                            </p>
                        }
                    })
            }}
            {move || {
                let (notes, step_source) = row
                    .with(|r| r.as_ref().map(|r| (r.notes.clone(), Some(r.source))).unwrap_or_default());
                notes
                    .into_iter()
                    .map(|n| {
                        // The step's own page is linked once, below; a note from another page
                        // (or from none) says so where it is shown.
                        let own = step_source.and_then(|s| s.doc()).is_some() && n.source.doc() == step_source.and_then(|s| s.doc());
                        let source = n.source;
                        view! {
                            <div class="mg-callout" class:mg-callout-warn=n.warn>
                                <strong class="mg-callout-title">{n.title}</strong>
                                " "
                                <span>{n.text}</span>
                                {(!own).then(|| view! { " " {super::source::source_in(ui, ui.lang.get(), source)} })}
                            </div>
                        }
                    })
                    .collect_view()
            }}

            <p class="mg-step-link">
                <button type="button" class="mg-link" on:click=move |_| copy_step_link(ui, slug, copied)>
                    {move || if copied.get() { t().link_copied } else { t().copy_step_link }}
                </button>
            </p>
        </div>
    }
}

/// Copies the address of one step (this page with `#mg-<key>-<step>`) where the Clipboard
/// API is allowed; otherwise says the link so it can be copied by hand.
fn copy_step_link(ui: Ui, slug: &'static str, copied: RwSignal<bool>) {
    let Some(link) = ui.host.step_link(slug) else { return };
    let t = ui.t();
    leptos::task::spawn_local(async move {
        match super::share::copy_text(&link).await {
            true => {
                copied.try_set(true);
                ui.say(t.link_copied.to_string());
                set_timeout(
                    move || {
                        copied.try_set(false);
                    },
                    std::time::Duration::from_secs(3),
                );
            }
            false => ui.say((t.link_not_copied)(&link)),
        }
    });
}
