//! What both flows' widgets do the same way: load and persist their state, resolve the
//! language, and put the flow's guide or practice view inside the common frame.

use leptos::prelude::*;

use super::frame::Frame;
use super::persist::Persisted;
use super::{now_ms, Embed, Mode, Ui};
use crate::i18n::{Catalog, Lang};
use crate::storage::{Stamped, Store};

/// A flow's saved state, as far as the shell needs it.
pub trait FlowState: Stamped + PartialEq + Send + Sync + 'static {
    /// A new state that opens in `mode`.
    fn fresh(mode: Mode) -> Self;
    fn mode(&self) -> Mode;
    fn set_mode(&mut self, mode: Mode);
    /// The reader's own language choice, if any.
    fn lang(&self) -> Option<Lang>;
    fn set_lang(&mut self, lang: Option<Lang>);
}

/// Implements [`Stamped`] and [`FlowState`] for a flow's saved state, which has the fields
/// `mode`, `lang` and `stamps` and an inherent `fresh(mode)`.
macro_rules! flow_state {
    ($t:ty) => {
        impl $crate::storage::Stamped for $t {
            fn stamps(&self) -> &$crate::storage::Stamps {
                &self.stamps
            }
            fn stamps_mut(&mut self) -> &mut $crate::storage::Stamps {
                &mut self.stamps
            }
        }
        impl $crate::ui::shell::FlowState for $t {
            fn fresh(mode: $crate::ui::Mode) -> Self {
                <$t>::fresh(mode)
            }
            fn mode(&self) -> $crate::ui::Mode {
                self.mode
            }
            fn set_mode(&mut self, mode: $crate::ui::Mode) {
                self.mode = mode;
            }
            fn lang(&self) -> Option<$crate::i18n::Lang> {
                self.lang
            }
            fn set_lang(&mut self, lang: Option<$crate::i18n::Lang>) {
                self.lang = lang;
            }
        }
    };
}
pub(crate) use flow_state;

/// The texts that head a flow's widget.
pub struct Heading {
    pub kicker: fn(&Catalog) -> &'static str,
    pub title: fn(&Catalog) -> &'static str,
    pub intro: fn(&Catalog) -> &'static str,
}

/// Mounts a flow: `body` renders its guide or practice view for the current mode.
pub fn flow_widget<T: FlowState>(
    embed: Embed,
    store: Store,
    uid: StoredValue<String>,
    heading: Heading,
    body: fn(Ui, RwSignal<T>, Mode) -> AnyView,
) -> impl IntoView {
    let start_mode = embed.mode.unwrap_or_default();
    let saved = Persisted::new(store, T::fresh(start_mode));
    let s = saved.value;
    let hints = embed.lang_hints;
    let lang = Signal::from(Memo::new(move |_| {
        s.with(|v| v.lang()).unwrap_or_else(|| Lang::resolve(hints.iter().map(String::as_str)))
    }));
    let ui = Ui { lang, announce: RwSignal::new(String::new()), uid };
    // Memos, so that only a change of mode (not every edit) re-renders the body.
    let mode = Signal::from(Memo::new(move |_| s.with(|v| v.mode())));
    view! {
        <Frame
            ui
            kicker=heading.kicker
            title=heading.title
            intro=heading.intro
            mode
            set_mode=Callback::new(move |m| s.update(|v| {
                v.set_mode(m);
                v.touch("mode", now_ms());
            }))
            set_lang=Callback::new(move |l| s.update(|v| {
                v.set_lang(Some(l));
                v.touch("lang", now_ms());
            }))
            notices=saved.notices
            on_reset=Callback::new(move |_| {
                let mut fresh = T::fresh(start_mode);
                fresh.set_lang(s.with_untracked(|v| v.lang()));
                saved.reset(fresh);
            })
        >
            {move || body(ui, s, mode.get())}
        </Frame>
    }
}
