//! Each flow's first view in each language, rendered to HTML natively (at build time) by the
//! same components the module mounts: Leptos's `RenderHtml::to_html`, so no markup is written
//! twice. It is the widget a first-time reader gets: guide mode, the frame, the questions with
//! their defaults, the checklist with its sources and notes. `src/bin/first_views.rs` writes
//! them for `scripts/build.sh`; the loader shows one at once while the module downloads, and
//! keeps it where the module cannot run.

use leptos::prelude::*;
use leptos::reactive::diagnostics::SpecialNonReactiveZone;

use crate::domain::saved::{Flow, Lang};
use crate::storage::Store;
use crate::ui::{first_view_wrapper, mount_flow, Embed};

/// Effects never run in a first view (it is the state before any change): their tasks
/// are dropped.
struct NoEffects;
impl any_spawner::CustomExecutor for NoEffects {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// One flow's first view in one language: the widget a first-time reader gets (guide
/// mode, nothing saved, storage that works), inside the wrapper the loader and a page
/// that pastes it look for.
pub fn render(flow: Flow, lang: Lang) -> String {
    // Effects are dropped (set once per process; a second call finds it set).
    let _ = any_spawner::Executor::init_custom_executor(NoEffects);
    // A server context: the views add no window listeners and touch no DOM.
    let owner = Owner::new_root(Some(std::sync::Arc::new(hydration_context::SsrSharedContext::new())));
    let inner = owner.with(|| {
        // Rendering reads each signal once, outside any tracking: that is intended here.
        let _quiet = SpecialNonReactiveZone::enter();
        let embed = Embed {
            flow,
            storage_key: flow.name().to_string(),
            lang_hints: vec![lang.tag().to_string()],
            mode: None,
            theme: Default::default(),
        };
        mount_flow(embed, Store::first_view(flow.name())).to_html()
    });
    owner.cleanup();
    let (open, close) = first_view_wrapper(flow, lang);
    format!("{open}{inner}{close}\n")
}

/// What a first view may not hold: a script, or an inline style (a strict style-src refuses it).
pub fn problem(html: &str) -> Option<&'static str> {
    if html.contains("<script") {
        Some("a script")
    } else if html.contains(" style=") {
        Some("an inline style")
    } else {
        None
    }
}
