//! What both flows' widgets do the same way: load and persist their state, resolve the
//! language, and put the flow's guide or practice view inside the common frame.

use domain::saved::{FlowSpec, Mode, Saved, Schema};
use leptos::prelude::*;

use super::frame::Frame;
use super::persist::Persisted;
use super::{now_ms, Embed, Ui};
use crate::i18n::{Catalog, Lang};
use crate::storage::Store;

/// The texts that head a flow's widget (the title and intro may depend on the state: the
/// Dynamics widget names the identity of the chosen connection).
pub struct Heading<F: FlowSpec> {
    pub kicker: fn(&Catalog) -> &'static str,
    pub title: fn(&Catalog, &Saved<F>) -> &'static str,
    pub intro: fn(&Catalog, &Saved<F>) -> &'static str,
}

/// A flow's two views.
pub struct Views<F: FlowSpec> {
    pub guide: fn(Ui, RwSignal<Saved<F>>) -> AnyView,
    #[cfg(feature = "practice")]
    pub practice: fn(Ui, RwSignal<Saved<F>>) -> AnyView,
    /// The state in a few words (for the offer of a shared link).
    pub describe: fn(&'static Catalog, &Saved<F>) -> super::share::Summary,
    /// What the training kit's summary needs.
    pub kit: super::kit::KitViews<F>,
}

/// Mounts a flow: its guide or practice view for the current mode, inside the frame.
pub fn flow_widget<F: FlowSpec>(
    embed: Embed,
    store: Store,
    uid: StoredValue<String>,
    host: super::Host,
    heading: Heading<F>,
    views: Views<F>,
) -> impl IntoView
where
    Saved<F>: Schema,
{
    let start_mode = embed.mode.unwrap_or_default();
    let hints = embed.lang_hints;
    let hinted = Lang::resolve(hints.iter().map(String::as_str));
    let saved = Persisted::new(store, Saved::<F>::fresh(start_mode, hinted));
    let s = saved.value;
    let lang = Signal::from(Memo::new(move |_| s.with(|v| v.lang).unwrap_or(hinted)));
    let ui = Ui { lang, announce: RwSignal::new(String::new()), uid, host };
    // Memos, so that only a change of mode (not every edit) re-renders the body.
    let mode = Signal::from(Memo::new(move |_| s.with(|v| v.mode)));
    let readable = Memo::new(move |_| saved.readable());
    // A link to one of this flow's scenarios opens it in practice (asking first when it
    // would replace practice done).
    let asking = RwSignal::new(
        readable.get_untracked().then(|| super::kit::follow_scenario_link(s, lang.get_untracked())).flatten(),
    );
    let kit = views.kit;
    // The tools' group, folded at first.
    let tools_open = RwSignal::new(false);
    // A guide-only module: practice (chosen, loaded from storage or from a shared link or
    // file) is shown by the flow's module with practice; the loader moves the widget there,
    // with its state as it is when the move happens.
    #[cfg(not(feature = "practice"))]
    Effect::new(move |asked: Option<bool>| {
        let (mode, lang) = (mode.get(), lang.get());
        let practice = mode == Mode::Practice;
        let asked = asked.unwrap_or(false) || (readable.get() && practice);
        if asked {
            s.track();
            host.needs_module(practice, lang, saved.envelope());
        }
        asked
    });
    view! {
        <Frame
            ui
            kicker=heading.kicker
            title=Signal::derive(move || s.with(|v| (heading.title)(ui.t(), v)))
            intro=Signal::derive(move || s.with(|v| (heading.intro)(ui.t(), v)))
            tools_open
            mode
            theme=embed.theme
            set_mode=Callback::new(move |m| s.update(|v| v.set_mode(m, now_ms())))
            set_lang=Callback::new(move |l| s.update(|v| v.set_lang(l, now_ms())))
            notices=saved.notices
            readable
            on_reset=Callback::new(move |_| {
                let lang = s.with_untracked(|v| v.lang);
                let mut fresh = Saved::<F>::fresh(start_mode, lang.unwrap_or(hinted));
                fresh.lang = lang;
                saved.reset(fresh);
            })
        >
            // A value saved by a newer version is neither shown nor changed here.
            {move || {
                readable
                    .get()
                    .then(|| {
                        // The tools, one click away under "More" (see `Frame`): the task comes first.
                        view! {
                            // Folded, the group hides its buttons only: the offer of a shared
                            // link and a link's problem stay in view (they come unasked).
                            <div
                                class="mg-tools"
                                class:mg-folded=move || !tools_open.get()
                                id=ui.id("tools")
                                role="group"
                                aria-label=move || ui.t().tools
                            >
                                <super::share::ShareBar ui s describe=views.describe />
                                <super::kit::KitBar ui kit=super::kit::flow_kit(s, kit) />
                            </div>
                        }
                    })
            }}
            {move || {
                readable
                    .get()
                    .then(|| match mode.get() {
                        Mode::Guide => (views.guide)(ui, s),
                        #[cfg(feature = "practice")]
                        Mode::Practice => {
                            // The task first (the current step, the console); the trainer's
                            // scenario menu and its goal follow, still in view without a click.
                            view! {
                                {(views.practice)(ui, s)}
                                <super::kit::ScenarioBar ui s asking />
                            }
                                .into_any()
                        }
                        #[cfg(not(feature = "practice"))]
                        Mode::Practice => {
                            view! { <p class="mg-loading" role="status">{move || ui.t().loading_practice}</p> }
                                .into_any()
                        }
                    })
            }}
        </Frame>
    }
}
