//! The Leptos shell: finds the embedding elements, mounts a widget in each, and renders
//! what the domain decides. No rule lives here.
//!
//! A module built without the `practice` feature (scripts/build.sh) has the guide views only:
//! every practice view (both flows' consoles, the S2S portals, the activity log and console
//! tables, the trainer's scenarios) is in [`practice`], the one module that feature gates;
//! what only a guide-only module does (moving into the full module) is under
//! `#[cfg(not(feature = "practice"))]`. No blanket allowance: the lints run on every
//! module's feature set (scripts/test.sh).

mod attrs;
mod checklist;
mod clock;
#[cfg(feature = "dynamics-sync-user")]
pub mod dynamics;
mod fields;
mod frame;
mod host;
mod kit;
mod mount;
#[cfg(feature = "dynamics-sync-user")]
mod oauth;
mod persist;
#[cfg(feature = "practice")]
mod practice;
mod share;
mod shell;
#[cfg(feature = "sia-handoff")]
pub mod sia;
mod source;

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::i18n::{Catalog, Lang, Texts};

pub use attrs::{lang_hints, read_embed, Embed};
pub use clock::{local_today, now_ms, utc_offset_at};
pub use host::{Host, EMBED_ATTR, NEEDS_MODULE_EVENT, SAVED_ATTR, UNSAVED_ATTR};
pub use mount::{module_failed, mount_flow, mount_in, mounted_hosts, unmount, Widget};

pub use checklist::{Checklist, Row, RowStatus, Shown};
pub use domain::saved::{Flow, Mode};
pub use frame::{ActionButton, Explained, Frame, Verdict};

/// What a widget needs from its surroundings: one per widget, `Copy`, passed down.
#[derive(Clone, Copy)]
pub struct Ui {
    pub lang: Signal<Lang>,
    /// Text for the polite live region.
    pub announce: RwSignal<String>,
    /// Prefix for element ids, unique on the page.
    pub uid: StoredValue<String>,
    pub host: Host,
}

impl Ui {
    pub fn t(&self) -> &'static Catalog {
        self.lang.get().texts()
    }
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.uid.get_value())
    }
    /// Says something through the live region (and clears it first so a repeat is heard).
    pub fn say(&self, text: String) {
        self.announce.try_set(String::new());
        let announce = self.announce;
        request_animation_frame(move || {
            announce.try_set(text);
        });
    }
}

static NEXT_UID: AtomicUsize = AtomicUsize::new(1);

fn next_uid() -> String {
    format!("mg{}", NEXT_UID.fetch_add(1, Ordering::Relaxed))
}

/// The browser window. None natively, where the first views are rendered at build time
/// (src/bin/first_views.rs): every view reads the page through here, so it renders there too.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}

/// The class and attribute that mark a first view (rendered at build time, see
/// src/bin/first_views.rs) in a shadow root or pasted inside a page's element. The loader
/// reads the same names (`META.first`).
pub const FIRST_VIEW_CLASS: &str = "mg-first";
pub const FIRST_VIEW_ATTR: &str = "data-mg-first";

/// The element a first view is wrapped in: it names the flow and the language, and has the
/// class of a mounted widget's container (`mg-root`), so the stylesheet treats both alike.
pub fn first_view_wrapper(flow: Flow, lang: Lang) -> (String, &'static str) {
    (
        format!(
            r#"<div class="mg-root {FIRST_VIEW_CLASS}" {FIRST_VIEW_ATTR}="{}" lang="{}">"#,
            flow.name(),
            lang.tag()
        ),
        "</div>",
    )
}

/// An attribute set only when a view is rendered to HTML (the first views, natively): in the
/// browser the property of the same name does the work (`prop:checked`, …), and a module
/// carries no second binding for it. Properties do not render to HTML.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn html_only<T: Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> impl Fn() -> Option<T> + Send + Sync + 'static {
    move || Some(f())
}

/// In the browser: nothing (see the native one).
#[cfg(target_arch = "wasm32")]
pub(crate) fn html_only<T>(_: impl Fn() -> T) -> Option<T> {
    None
}
