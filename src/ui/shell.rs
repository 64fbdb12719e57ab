//! What both flows' widgets do the same way: load and persist their state, resolve the
//! language, and put the flow's guide or practice view inside the common frame.

use domain::flows::Refused;
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
    /// What the training kit's summary needs.
    pub kit: super::kit::KitViews<F>,
}

/// Sets one answer of the guide: a refused one (a secret, too long) changes and saves
/// nothing; the refusal comes back (a field shows it with [`refused_words`]).
pub fn set_answer<F: FlowSpec>(s: RwSignal<Saved<F>>, answer: F::Answer) -> Result<(), Refused> {
    s.with_untracked(|v| v.admits(&answer))?;
    s.update(|v| {
        let _ = v.set_answer(answer, now_ms());
    });
    Ok(())
}

/// A refusal in the reader's words.
pub fn refused_words(ui: Ui, r: Refused) -> String {
    (ui.t().refused)(r).to_string()
}

/// Where a widget of a guide-only module is in its move into the module with practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Move {
    Idle,
    /// Asked; the loader is downloading the module.
    Loading,
    /// The download failed: the guide is back, with an alert and "Try again".
    Failed,
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
    let undo = store.carried_undo::<Saved<F>>();
    let saved = Persisted::new(store, Saved::<F>::fresh(start_mode, hinted));
    let s = saved.value;
    let lang = Signal::from(Memo::new(move |_| s.with(|v| v.lang()).unwrap_or(hinted)));
    let ui = Ui { lang, announce: RwSignal::new(String::new()), uid, host };
    // Memos, so that only a change of mode (not every edit) re-renders the body.
    let mode = Signal::from(Memo::new(move |_| s.with(|v| v.mode())));
    let readable = Memo::new(move |_| saved.readable());
    // A link to one of this flow's scenarios opens it in practice (asking first when it
    // would replace practice done).
    #[cfg(feature = "practice")]
    let asking = RwSignal::new(
        readable.get_untracked().then(|| super::practice::follow_scenario_link(s, lang.get_untracked())).flatten(),
    );
    // The tools' group, folded at first; open when an import made before a move into this
    // module can still be undone (its "Undo import" button is there).
    let tools_open = RwSignal::new(undo.is_some());
    let kit = StoredValue::new(super::kit::flow_kit(s, views.kit, undo));
    let moving = RwSignal::new(Move::Idle);
    // A guide-only module: practice (chosen, loaded from storage or from a shared link or
    // file) is shown by the flow's module with practice; the loader moves the widget there.
    // Until it has, the widget shows that it is loading and takes no input (`busy`); each
    // change that still arrives (another tab's) goes along with the latest state, and what
    // "Undo import" would restore goes too. A failed download brings the guide back with an
    // alert and "Try again".
    #[cfg(not(feature = "practice"))]
    {
        Effect::new(move |_| {
            let practice = mode.get() == Mode::Practice;
            let loading = moving.get_untracked() == Move::Loading;
            if readable.get() && (practice || loading) {
                s.track();
                let undo = kit.with_value(|k| k.undo_envelope());
                if !loading {
                    moving.set(Move::Loading);
                }
                host.needs_module(practice, saved.envelope(), undo);
            }
        });
        Effect::new(move |seen: Option<u32>| {
            let failed = host.failed_moves();
            if seen.is_some_and(|n| n != failed) {
                moving.set(Move::Failed);
                s.update(|v| v.set_mode(Mode::Guide, now_ms()));
            }
            failed
        });
    }
    // The page (and the tests) can tell when the widget has settled: while a change waits to
    // be written the host element has `data-mg-unsaved`; after each save, once the frame that
    // shows it is drawn, `data-mg-saved` names the revision and `data-mg-unsaved` is gone.
    Effect::new(move |_| {
        let revision = saved.saved.get();
        match saved.unsaved.get() {
            true => host.mark_unsaved(),
            false => request_animation_frame(move || host.mark_saved(revision, !saved.unsaved.get_untracked())),
        }
    });
    let busy = Signal::derive(move || moving.get() == Move::Loading);
    let retry_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if moving.get() == Move::Failed {
            super::kit::focus_soon(retry_ref);
        }
    });
    view! {
        <Frame
            ui
            kicker=heading.kicker
            title=Signal::derive(move || s.with(|v| (heading.title)(ui.t(), v)))
            intro=Signal::derive(move || s.with(|v| (heading.intro)(ui.t(), v)))
            tools_open
            busy
            mode
            theme=embed.theme
            set_mode=Callback::new(move |m| s.update(|v| v.set_mode(m, now_ms())))
            set_lang=Callback::new(move |l| s.update(|v| v.set_lang(l, now_ms())))
            notices=saved.notices
            readable
            on_reset=Callback::new(move |_| {
                let fresh = s.with_untracked(|v| Saved::<F>::fresh(start_mode, v.lang().unwrap_or(hinted)).keeping_lang_of(v));
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
                                inert=move || busy.get()
                                role="group"
                                aria-label=move || ui.t().tools
                            >
                                <super::share::ShareBar ui s describe=views.kit.rows />
                                <super::kit::KitBar ui kit=kit.get_value() />
                            </div>
                        }
                    })
            }}
            <Show when=move || moving.get() == Move::Failed>
                <div class="mg-notice mg-notice-strong mg-move-failed" role="alert">
                    <span>{move || ui.t().practice_failed}</span>
                    " "
                    <button
                        type="button"
                        class="mg-btn"
                        node_ref=retry_ref
                        on:click=move |_| {
                            moving.set(Move::Idle);
                            s.update(|v| v.set_mode(Mode::Practice, now_ms()));
                        }
                    >
                        {move || ui.t().try_again}
                    </button>
                </div>
            </Show>
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
                                <super::practice::ScenarioBar ui s asking />
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
