//! The tools both modes share, for both flows: export and import of progress as a file
//! (with undo), and the summary for a trainer or a change ticket (shown, printed, copied as
//! Markdown). What an import accepts and what the summary lists are the domain's; this
//! module asks and renders. (The practice's scenario menu is in `practice::scenario`.)

use domain::engine::Engine;
use domain::practice::{Entry, Session};
use domain::saved::{FlowSpec, Saved, Schema};
use domain::summary::{self, Doc, Label, Mark, StepLine};
use domain::transfer::{self, ImportProblem};
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::checklist::{RowStatus, Shown};
use super::{now_ms, Ui};
use crate::i18n::{Catalog, Lang, Texts};

type Effect<F> = <<F as FlowSpec>::Engine as Engine>::Effect;
/// The checklist of a saved state's mode, in words (in the reader's language).
pub type Rows<F> = fn(&'static Catalog, Lang, &Saved<F>) -> Shown<<F as FlowSpec>::Step>;
type EntryWords<F> = fn(&'static Catalog, &Session<<F as FlowSpec>::Engine>, &Entry<<F as FlowSpec>::Engine>) -> String;

/// What the kit needs from a flow to write its summary.
pub struct KitViews<F: FlowSpec> {
    pub title: fn(&Catalog) -> &'static str,
    /// The checklist of the current mode, in words.
    pub rows: Rows<F>,
    /// One practice action in words (who did what, and what happened).
    pub entry: EntryWords<F>,
    /// One effect in words (a mistake's consequence).
    pub effect: fn(&'static Catalog, &Session<F::Engine>, &Effect<F>) -> String,
}

impl<F: FlowSpec> Clone for KitViews<F> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<F: FlowSpec> Copy for KitViews<F> {}

/// A moment as the reader's clock shows it (`None` for the unknown times of old saves).
fn clock(at: u64, lang: Lang, with_date: bool) -> Option<String> {
    if at == 0 {
        return None;
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    let text = if with_date {
        date.to_locale_string(lang.tag(), &wasm_bindgen::JsValue::UNDEFINED)
    } else {
        date.to_locale_time_string(lang.tag())
    };
    text.as_string()
}

/// A summary's words: the catalog of the reader's language, the flow's words for actions
/// and effects, and the reader's clock.
struct SummaryWords<F: FlowSpec> {
    t: &'static Catalog,
    lang: Lang,
    views: KitViews<F>,
}

impl<F: FlowSpec> summary::Words<F> for SummaryWords<F> {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn label(&self, label: Label) -> String {
        let (t, kit) = (self.t, &self.t.kit);
        match label {
            Label::Summary => kit.summary.into(),
            Label::FlowTitle => (self.views.title)(t).into(),
            Label::Mode => kit.fact_mode.into(),
            Label::Guide => t.guide.into(),
            Label::Practice => t.practice.into(),
            Label::Scenario => kit.fact_scenario.into(),
            Label::Result => kit.fact_result.into(),
            Label::GoalReached => kit.result_reached.into(),
            Label::GoalNotYet => kit.result_not_yet.into(),
            Label::Complete => kit.result_complete.into(),
            Label::StepsOpen => kit.result_open.into(),
            Label::Written => kit.fact_written.into(),
            Label::Steps => kit.steps.into(),
            Label::NoSteps => kit.no_steps.into(),
            Label::Sources => t.sources.into(),
            Label::NotDocumented => format!("{} · {}", t.not_documented, t.advice),
            Label::Recovery => t.recovery.into(),
            Label::Mistakes => kit.mistakes.into(),
            Label::NoMistakes => kit.no_mistakes.into(),
            Label::NotPutRight => kit.not_put_right.into(),
            Label::Actions => kit.actions.into(),
            Label::NoActions => kit.no_actions.into(),
        }
    }
    fn scenario(&self, preset: domain::flows::Preset) -> String {
        (self.t.preset_name)(preset).into()
    }
    fn progress(&self, done: usize, total: usize) -> String {
        (self.t.progress)(done, total)
    }
    fn time(&self, at: u64, with_date: bool) -> Option<String> {
        clock(at, self.lang, with_date)
    }
    fn entry(&self, session: &Session<F::Engine>, entry: &Entry<F::Engine>) -> String {
        (self.views.entry)(self.t, session, entry)
    }
    fn effect(&self, session: &Session<F::Engine>, effect: &Effect<F>) -> String {
        (self.views.effect)(self.t, session, effect)
    }
    fn put_right(&self, at: &str, action: &str) -> String {
        (self.t.kit_put_right)(at, action)
    }
    fn earlier(&self, count: u64) -> String {
        (self.t.log_earlier)(count)
    }
}

/// The summary of a saved state in the current language (what it lists is the domain's:
/// [`summary::assemble`]).
pub fn summary_doc<F: FlowSpec>(t: &'static Catalog, lang: Lang, saved: &Saved<F>, k: KitViews<F>) -> Doc {
    let shown = (k.rows)(t, lang, saved);
    let steps: Vec<StepLine<F::Step>> = shown
        .rows
        .into_iter()
        .map(|r| StepLine {
            key: r.key,
            mark: match r.status {
                RowStatus::Done => Mark::Done,
                RowStatus::Skipped => Mark::Skipped,
                _ => Mark::Open,
            },
            title: r.title,
            actor: r.actor,
            recovery: r.recovery,
            source: r.source,
        })
        .collect();
    summary::assemble(saved, &steps, shown.progress, &SummaryWords { t, lang, views: k }, now_ms())
}

/// Moves focus to a button once it is on screen.
pub(super) fn focus_soon(target: NodeRef<leptos::html::Button>) {
    request_animation_frame(move || {
        if let Some(b) = target.try_get_untracked().flatten() {
            let _ = b.focus();
        }
    });
}

/// A question with a "yes" that does it and a "cancel" that does not (focus goes to cancel).
#[component]
pub(super) fn Ask(
    ui: Ui,
    /// Unique suffix for the question's id.
    id: &'static str,
    #[prop(into)] question: Signal<String>,
    #[prop(into)] yes: Signal<String>,
    on_yes: Callback<()>,
    on_cancel: Callback<()>,
    /// Whether "cancel" takes focus when the question appears (not when the reader is
    /// still moving through a menu's options).
    #[prop(default = true)]
    take_focus: bool,
) -> impl IntoView {
    let t = move || ui.t();
    let cancel = NodeRef::<leptos::html::Button>::new();
    if take_focus {
        focus_soon(cancel);
    }
    let question_id = ui.id(&format!("ask-{id}"));
    view! {
        <div class="mg-confirm" role="alertdialog" aria-modal="false" aria-describedby=question_id.clone()>
            <p id=question_id.clone()>{move || question.get()}</p>
            <button type="button" class="mg-btn mg-btn-danger" on:click=move |_| on_yes.run(())>
                {move || yes.get()}
            </button>
            " "
            <button type="button" class="mg-btn" node_ref=cancel on:click=move |_| on_cancel.run(())>
                {move || t().cancel}
            </button>
        </div>
    }
}

/// Offers a text as a downloaded file.
fn download(name: &str, text: &str) -> bool {
    let Some(doc) = crate::ui::window().and_then(|w| w.document()) else { return false };
    let Ok(a) = doc.create_element("a") else { return false };
    let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else { return false };
    a.set_href(&format!("data:application/json;charset=utf-8,{}", String::from(js_sys::encode_uri_component(text))));
    a.set_download(name);
    a.click();
    true
}

/// What the kit bar does with a widget's saved state, whatever its flow: one bar's view
/// code serves both flows (it is built once, not once per flow).
pub trait Kit: Send + Sync {
    /// The progress as an export file: its name and text.
    fn export(&self) -> Option<(String, String)>;
    /// Reads an imported file and keeps it until it is applied or dropped.
    fn stage_import(&self, text: &str) -> Result<(), ImportProblem>;
    fn drop_import(&self);
    /// Puts the staged file in place; what it replaced is kept for [`Kit::undo_import`].
    fn apply_import(&self) -> bool;
    fn undo_import(&self) -> bool;
    /// Whether "Undo import" is offered (reactive).
    fn can_undo(&self) -> bool;
    /// What "Undo import" restores, as an envelope (reactive), for a move into another module
    /// (only a guide-only module moves).
    #[cfg(not(feature = "practice"))]
    fn undo_envelope(&self) -> Option<String>;
    /// The summary in `lang` (reactive: it reads the saved state).
    fn summary(&self, lang: Lang) -> Doc;
}

/// A flow's [`Kit`]: its saved state, the staged import and what an import replaced.
struct FlowKit<F: FlowSpec> {
    s: RwSignal<Saved<F>>,
    views: KitViews<F>,
    staged: StoredValue<Option<Saved<F>>>,
    replaced: RwSignal<Option<Saved<F>>>,
}

impl<F: FlowSpec> Kit for FlowKit<F>
where
    Saved<F>: Schema,
{
    fn export(&self) -> Option<(String, String)> {
        let text = self.s.try_with_untracked(|v| crate::storage::export(v, F::FLOW, now_ms()))?.ok()?;
        Some((transfer::file_name(F::FLOW), text))
    }
    fn stage_import(&self, text: &str) -> Result<(), ImportProblem> {
        let data = crate::storage::import::<Saved<F>>(text, F::FLOW)?;
        self.staged.try_set_value(Some(data));
        Ok(())
    }
    fn drop_import(&self) {
        self.staged.try_set_value(None);
    }
    fn apply_import(&self) -> bool {
        let Some(data) = self.staged.try_update_value(Option::take).flatten() else { return false };
        self.replaced.set(Some(self.s.get_untracked()));
        self.s.set(data.adopted(now_ms()));
        true
    }
    fn undo_import(&self) -> bool {
        let Some(before) = self.replaced.try_update(Option::take).flatten() else { return false };
        self.s.set(before.adopted(now_ms()));
        true
    }
    fn can_undo(&self) -> bool {
        self.replaced.with(Option::is_some)
    }
    #[cfg(not(feature = "practice"))]
    fn undo_envelope(&self) -> Option<String> {
        self.replaced.with(|r| r.as_ref().and_then(|v| crate::storage::encode(v, 0, now_ms()).ok()))
    }
    fn summary(&self, lang: Lang) -> Doc {
        self.s.with(|v| summary_doc(lang.texts(), lang, v, self.views))
    }
}

/// The kit of a flow's widget. `replaced`: what "Undo import" restores, if an import made in
/// the module the widget ran in before is still undoable.
pub fn flow_kit<F: FlowSpec>(s: RwSignal<Saved<F>>, views: KitViews<F>, replaced: Option<Saved<F>>) -> Arc<dyn Kit>
where
    Saved<F>: Schema,
{
    Arc::new(FlowKit { s, views, staged: StoredValue::new(None), replaced: RwSignal::new(replaced) })
}

/// The kit's buttons under the header, in both modes: the summary, export and import.
/// Focus back on the "Import progress" button (the native input is hidden).
fn focus_import(ui: Ui) {
    if let Some(b) = ui.host.element_by_id(&ui.id("import")).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = b.focus();
    }
}

#[component]
pub fn KitBar(ui: Ui, kit: Arc<dyn Kit>) -> impl IntoView {
    let kit = StoredValue::new(kit);
    let t = move || ui.t();
    let import_id = ui.id("import");
    let problem = RwSignal::new(None::<ImportProblem>);
    let pending = RwSignal::new(false);
    let can_undo = move || kit.with_value(|k| k.can_undo());
    let showing = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let undo_ref = NodeRef::<leptos::html::Button>::new();
    let summary_ref = NodeRef::<leptos::html::Button>::new();
    let input_ref = NodeRef::<leptos::html::Input>::new();

    let export = move |_| {
        let Some((name, text)) = kit.with_value(|k| k.export()) else { return };
        if download(&name, &text) {
            ui.say(t().kit.exported.to_string());
        }
    };
    let read_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        // Cleared at once, so choosing the same file again is a change too.
        input.set_value("");
        pending.set(false);
        kit.with_value(|k| k.drop_import());
        if let Err(p) = transfer::check_size(file.size().max(0.0) as u64) {
            problem.set(Some(p));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
            let result = match text {
                Some(text) => kit.try_with_value(|k| k.stage_import(&text)).unwrap_or(Err(ImportProblem::Unreadable)),
                None => Err(ImportProblem::Unreadable),
            };
            match result {
                Ok(()) => {
                    problem.try_set(None);
                    pending.try_set(true);
                }
                Err(p) => {
                    problem.try_set(Some(p));
                }
            }
        });
    };
    let apply_import = move || {
        pending.set(false);
        if kit.with_value(|k| k.apply_import()) {
            ui.say(t().kit.imported.to_string());
            focus_soon(undo_ref);
        }
    };
    let undo = move |_| {
        if kit.with_value(|k| k.undo_import()) {
            ui.say(t().kit.import_undone.to_string());
            focus_import(ui);
        }
    };
    let doc = Memo::new(move |_| {
        let lang = ui.lang.get();
        kit.with_value(|k| k.summary(lang))
    });
    let markdown = move || doc.with(summary::markdown);
    let copy = move |_| {
        let text = markdown();
        leptos::task::spawn_local(async move {
            let ok = super::share::copy_text(&text).await;
            copied.try_set(Some(ok));
        });
    };
    let print = move |_| {
        if let Some(w) = crate::ui::window() {
            let _ = w.print();
        }
    };
    let close = move || {
        showing.set(false);
        focus_soon(summary_ref);
    };
    view! {
        <div class="mg-kit">
            <button
                type="button"
                class="mg-btn mg-btn-quiet"
                node_ref=summary_ref
                aria-expanded=move || if showing.get() { "true" } else { "false" }
                on:click=move |_| {
                    copied.set(None);
                    showing.update(|x| *x = !*x);
                }
            >
                {move || t().kit.summary}
            </button>
            <button type="button" class="mg-btn mg-btn-quiet" on:click=export>
                {move || t().kit.export}
            </button>
            <div class="mg-import">
                // The browser's own file button speaks the browser's language: a button in the
                // reader's language opens the hidden native input instead (same checks).
                <button
                    type="button"
                    class="mg-btn mg-btn-quiet"
                    id=import_id.clone()
                    aria-describedby=move || {
                        if problem.with(Option::is_some) {
                            format!("{} {}", ui.id("import-help"), ui.id("import-error"))
                        } else {
                            ui.id("import-help")
                        }
                    }
                    on:click=move |_| {
                        if let Some(input) = input_ref.get_untracked() {
                            input.click();
                        }
                    }
                >
                    {move || t().kit.import}
                </button>
                <input
                    node_ref=input_ref
                    type="file"
                    hidden
                    tabindex="-1"
                    aria-hidden="true"
                    accept=".json,application/json"
                    class="mg-file"
                    on:change=read_file
                />
                <p class="mg-help" id=ui.id("import-help")>{move || t().kit.import_help}</p>
                <p class="mg-error" role="alert" id=ui.id("import-error")>
                    {move || problem.with(|p| p.as_ref().map(|p| (t().import_problem)(p)))}
                </p>
            </div>
            <Show when=can_undo>
                // `name`: the loader gives it focus back after moving the widget into the
                // module with practice (an imported practice file moves it).
                <button type="button" class="mg-btn" name="mg-undo-import" node_ref=undo_ref on:click=undo>
                    {move || t().kit.undo_import}
                </button>
            </Show>
        </div>
        <Show when=move || pending.get()>
            <Ask
                ui
                id="import"
                question=Signal::derive(move || t().kit.import_question.to_string())
                yes=Signal::derive(move || t().kit.import_yes.to_string())
                on_yes=Callback::new(move |_| apply_import())
                on_cancel=Callback::new(move |_| {
                    pending.set(false);
                    kit.with_value(|k| k.drop_import());
                    focus_import(ui);
                })
            />
        </Show>
        <Show when=move || showing.get()>
            <section class="mg-summary" role="region" aria-label=move || t().kit.summary>
                <div class="mg-summary-actions">
                    <button type="button" class="mg-btn" on:click=copy>
                        {move || t().kit.copy_markdown}
                    </button>
                    " "
                    <button type="button" class="mg-btn mg-btn-quiet" on:click=print>
                        {move || t().kit.print}
                    </button>
                    " "
                    <button type="button" class="mg-btn mg-btn-quiet" on:click=move |_| close()>
                        {move || t().kit.summary_close}
                    </button>
                    <p class="mg-help" role="status">
                        {move || match copied.get() {
                            Some(true) => t().kit.copied,
                            Some(false) => t().kit.copy_failed,
                            None => "",
                        }}
                    </p>
                </div>
                {move || doc.with(render_doc)}
                <Show when=move || copied.get() == Some(false)>
                    <textarea
                        class="mg-markdown"
                        readonly
                        rows="12"
                        aria-label=move || t().kit.copy_markdown
                        prop:value=markdown
                    ></textarea>
                </Show>
            </section>
        </Show>
    }
}

/// The summary on screen (and in print).
fn render_doc(doc: &Doc) -> impl IntoView {
    let facts = doc
        .facts
        .iter()
        .map(|(label, value)| view! { <div><dt>{label.clone()}</dt><dd>{value.clone()}</dd></div> })
        .collect_view();
    let sections = doc
        .sections
        .iter()
        .map(|section| {
            let items = section
                .items
                .iter()
                .map(|item| {
                    let class = match item.mark {
                        Mark::Done => "mg-sum-done",
                        Mark::Open => "mg-sum-open",
                        Mark::Skipped => "mg-sum-skipped",
                        Mark::Plain => "mg-sum-plain",
                    };
                    let notes = item.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view();
                    let text = match item.link.clone() {
                        Some(href) => view! {
                            <a class="mg-source" href=href target="_blank" rel="noopener noreferrer">
                                {item.text.clone()}
                            </a>
                        }
                        .into_any(),
                        None => item.text.clone().into_any(),
                    };
                    view! {
                        <li class=class>
                            {text}
                            {item.at.clone().map(|at| view! { " " <span class="mg-sum-at">{format!("({at})")}</span> })}
                            {(!item.notes.is_empty()).then(|| view! { <ul>{notes}</ul> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4 class="mg-subtitle">{section.heading.clone()}</h4>
                {if section.items.is_empty() {
                    view! { <p class="mg-hint">{section.empty.clone()}</p> }.into_any()
                } else {
                    view! { <ul class="mg-sum-list">{items}</ul> }.into_any()
                }}
            }
        })
        .collect_view();
    view! {
        <h3 class="mg-panel-title">{doc.title.clone()}</h3>
        <dl class="mg-sum-facts">{facts}</dl>
        {sections}
    }
}
