//! The Leptos shell: finds the embedding elements, mounts a widget in each, and renders
//! what the domain decides. No rule lives here.

mod checklist;
pub mod dynamics;
mod frame;
mod persist;
mod shell;
pub mod sia;

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Catalog, Lang, Texts};
use crate::storage::{key_for, Store};

pub use checklist::{Checklist, Row, RowStatus};
pub use domain::saved::{Flow, Mode};
pub use frame::{ActionButton, Explained, Frame, Verdict};

/// The attribute that marks an embedding element; its value names the flow.
pub const EMBED_ATTR: &str = "data-marketo-guide";

/// What a widget needs from its surroundings: one per widget, `Copy`, passed down.
#[derive(Clone, Copy)]
pub struct Ui {
    pub lang: Signal<Lang>,
    /// Text for the polite live region.
    pub announce: RwSignal<String>,
    /// Prefix for element ids, unique on the page.
    pub uid: StoredValue<String>,
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

/// How one embedding element is configured.
#[derive(Clone, Debug, PartialEq)]
pub struct Embed {
    pub flow: Flow,
    pub storage_key: String,
    /// Language hints in order: `data-lang`, `<html lang>`, the browser's languages.
    pub lang_hints: Vec<String>,
    pub mode: Option<Mode>,
}

/// Reads an embedding element's attributes. `Err` carries the unknown flow name.
pub fn read_embed(el: &web_sys::Element) -> Result<Embed, String> {
    let name = el.get_attribute(EMBED_ATTR).unwrap_or_default();
    let flow = Flow::from_name(&name).ok_or(name)?;
    let storage_key = el
        .get_attribute("data-storage-key")
        .map(|k| k.trim().chars().take(domain::saved::MAX_STORAGE_KEY_CHARS).collect::<String>())
        .filter(|k| !k.is_empty())
        .unwrap_or_else(|| flow.name().to_string());
    let mut lang_hints: Vec<String> = Vec::new();
    lang_hints.extend(el.get_attribute("data-lang"));
    let doc = web_sys::window().and_then(|w| w.document());
    lang_hints.extend(doc.and_then(|d| d.document_element()).and_then(|h| h.get_attribute("lang")));
    if let Some(nav) = web_sys::window().map(|w| w.navigator()) {
        lang_hints.extend(nav.languages().iter().filter_map(|l| l.as_string()));
        lang_hints.extend(nav.language());
    }
    let mode = match el.get_attribute("data-mode").as_deref() {
        Some("practice") => Some(Mode::Practice),
        Some("guide") => Some(Mode::Guide),
        _ => None,
    };
    Ok(Embed { flow, storage_key, lang_hints, mode })
}

/// Mounts a widget into every embedding element on the page that does not have one yet.
pub fn mount_all() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(nodes) = doc.query_selector_all(&format!("[{EMBED_ATTR}]")) else { return };
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        if el.get_attribute("data-mounted").is_some() {
            continue;
        }
        let _ = el.set_attribute("data-mounted", "");
        match read_embed(&el) {
            Ok(embed) => {
                el.set_inner_html("");
                mount_to(el, move || view! { <Widget embed /> }).forget();
            }
            Err(name) => {
                let hints =
                    [el.get_attribute("data-lang"), doc.document_element().and_then(|h| h.get_attribute("lang"))];
                let lang = Lang::resolve(hints.iter().flatten().map(String::as_str));
                el.set_text_content(Some(&(lang.texts().unknown_flow)(&name)));
                let _ = el.set_attribute("role", "alert");
            }
        }
    }
}

/// One widget: the flow's own view inside the common frame.
#[component]
pub fn Widget(embed: Embed) -> impl IntoView {
    let store = Store::open(&key_for(embed.flow.name(), &embed.storage_key));
    mount_flow(embed, store)
}

/// Mounts a flow with a given store (tests pass in-memory or prepared stores).
pub fn mount_flow(embed: Embed, store: Store) -> AnyView {
    let uid = StoredValue::new(next_uid());
    match embed.flow {
        Flow::SiaHandoff => view! { <sia::SiaWidget embed store uid /> }.into_any(),
        Flow::DynamicsSyncUser => view! { <dynamics::DynamicsWidget embed store uid /> }.into_any(),
    }
}

/// The milliseconds clock, read only here at the edge and passed into the domain.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}
