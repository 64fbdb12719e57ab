//! The Leptos shell: finds the embedding elements, mounts a widget in each, and renders
//! what the domain decides. No rule lives here.
//!
//! A module built without the `practice` feature (scripts/build.sh) has the guide views only:
//! every practice view (both flows' consoles, the S2S portals, the activity log and console
//! tables, the trainer's scenarios) is in [`practice`], the one module that feature gates;
//! what only a guide-only module does (moving into the full module) is under
//! `#[cfg(not(feature = "practice"))]`. No blanket allowance: the lints run on every
//! module's feature set (scripts/test.sh).

mod checklist;
#[cfg(feature = "dynamics-sync-user")]
pub mod dynamics;
mod fields;
mod frame;
mod kit;
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

use domain::embed::{BadAttribute, Theme};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{Catalog, Lang, Texts};
use crate::storage::{key_for, Store};

pub use checklist::{Checklist, Row, RowStatus, Shown};
pub use domain::saved::{Flow, Mode};
pub use frame::{ActionButton, Explained, Frame, Verdict};

/// Between a guide-only module and the loader (on the host element, not bubbling): "move me
/// into a module with the practice consoles". The detail carries the widget's state
/// (`state`, the storage envelope) and what "Undo import" would bring back (`undo`); the
/// loader answers a failed download by calling [`crate::module_failed`]. Not a page event.
pub const NEEDS_MODULE_EVENT: &str = "mg-needs-module";

/// Set on the embedding element to the revision last saved, once the widget shows it.
pub const SAVED_ATTR: &str = "data-mg-saved";
/// Set on the embedding element while a change waits to be written.
pub const UNSAVED_ATTR: &str = "data-mg-unsaved";

/// The attribute that marks an embedding element; its value names the flow.
pub const EMBED_ATTR: &str = domain::embed::ATTR_FLOW;

/// Where a widget lives on the page: its host element (absent in component tests), and
/// what the page calls it (flow and storage key), for host events and step links.
#[derive(Clone, Copy)]
pub struct Host {
    element: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
    flow: Flow,
    storage_key: StoredValue<String>,
    /// Whether every step was done at the last progress report (`None`: none yet).
    last_complete: StoredValue<Option<bool>>,
    complete_sent: StoredValue<bool>,
    /// How many times the loader could not download the module this widget asked for.
    failed_moves: RwSignal<u32>,
}

impl Host {
    pub fn new(element: Option<web_sys::HtmlElement>, flow: Flow, storage_key: &str) -> Host {
        Host::with_failures(element, flow, storage_key, ArcRwSignal::new(0))
    }

    fn with_failures(
        element: Option<web_sys::HtmlElement>,
        flow: Flow,
        storage_key: &str,
        failed_moves: ArcRwSignal<u32>,
    ) -> Host {
        Host {
            failed_moves: RwSignal::from(failed_moves),
            element: StoredValue::new_local(element),
            flow,
            storage_key: StoredValue::new(storage_key.to_string()),
            last_complete: StoredValue::new(None),
            complete_sent: StoredValue::new(false),
        }
    }

    /// The embedding element (absent in component tests).
    pub fn element(&self) -> Option<Option<web_sys::HtmlElement>> {
        self.element.try_with_value(|h| h.clone())
    }

    /// The widget's storage key (as the page set it, or the flow's name).
    pub fn storage_key(&self) -> String {
        self.storage_key.get_value()
    }

    /// An element of this widget by id (inside its shadow root when it has one).
    pub fn element_by_id(&self, id: &str) -> Option<web_sys::Element> {
        let in_root = self
            .element
            .try_with_value(|h| h.as_ref().and_then(|h| h.shadow_root()).map(|root| root.get_element_by_id(id)));
        match in_root.flatten() {
            Some(found) => found,
            None => web_sys::window()?.document()?.get_element_by_id(id),
        }
    }

    /// Tells the page how far the reader is: `marketo-guide:progress` whenever the count or
    /// the current step changes, and `marketo-guide:complete` once, when the last applicable
    /// step gets done. Both bubble out of the shadow root (composed).
    pub fn report<K: domain::checklist::StepKey>(&self, progress: domain::checklist::Progress<K>) {
        let (completed, total) = (progress.done, progress.applicable);
        let current = progress.current.map(|(_, key)| key.slug());
        let Some(Some(el)) = self.element.try_with_value(|h| h.clone()) else { return };
        let detail = js_object([
            ("flow", JsValue::from_str(self.flow.name())),
            ("storageKey", JsValue::from_str(&self.storage_key.get_value())),
            ("completed", JsValue::from(completed as u32)),
            ("total", JsValue::from(total as u32)),
            ("current", current.map_or(JsValue::NULL, JsValue::from_str)),
        ]);
        dispatch(&el, "marketo-guide:progress", &detail, true);
        let complete = progress.complete();
        let before = self.last_complete.get_value();
        self.last_complete.set_value(Some(complete));
        if complete && before == Some(false) && !self.complete_sent.get_value() {
            self.complete_sent.set_value(true);
            dispatch(&el, "marketo-guide:complete", &detail, true);
        }
    }

    /// Asks the loader to move this widget into its flow's module with the practice consoles,
    /// carrying `state` (the storage envelope) and `undo` (the envelope "Undo import" would
    /// restore). Asked again on every change until the move, so the latest state goes along.
    pub fn needs_module(&self, practice: bool, state: Option<String>, undo: Option<String>) {
        let Some(Some(el)) = self.element.try_with_value(|h| h.clone()) else { return };
        let text = |s: Option<String>| s.map_or(JsValue::NULL, |s| JsValue::from_str(&s));
        let detail =
            js_object([("practice", JsValue::from_bool(practice)), ("state", text(state)), ("undo", text(undo))]);
        dispatch(&el, NEEDS_MODULE_EVENT, &detail, false);
    }

    /// Marks the host element with the revision last saved (`data-mg-saved`), once it is on
    /// screen, and (`settled`: nothing is waiting to be written) takes away `data-mg-unsaved`:
    /// the signal that the widget has settled after a change.
    pub fn mark_saved(&self, revision: u64, settled: bool) {
        let Some(Some(el)) = self.element.try_with_value(|h| h.clone()) else { return };
        let _ = el.set_attribute(SAVED_ATTR, &revision.to_string());
        if settled {
            let _ = el.remove_attribute(UNSAVED_ATTR);
        }
    }

    /// Marks the host element while a change waits to be written (`data-mg-unsaved`).
    pub fn mark_unsaved(&self) {
        let Some(Some(el)) = self.element.try_with_value(|h| h.clone()) else { return };
        let _ = el.set_attribute(UNSAVED_ATTR, "");
    }

    /// How many downloads of a module this widget asked for have failed (reactive).
    pub fn failed_moves(&self) -> u32 {
        self.failed_moves.get()
    }

    /// The address of one step of this widget: this page, with `#mg-<key>-<step>`.
    pub fn step_link(&self, slug: &str) -> Option<String> {
        let location = web_sys::window()?.location();
        let href = location.href().ok()?;
        let base = href.split('#').next().unwrap_or(&href).to_string();
        Some(format!("{base}#{}", domain::embed::step_fragment(&self.storage_key.get_value(), slug)))
    }
}

/// A plain JS object with these fields, for an event's detail.
fn js_object<const N: usize>(fields: [(&str, JsValue); N]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    object
}

/// Sends `name` from the host element: to the page (`bubbles`: out of the shadow root too),
/// or to the loader only (its listener is on the element).
fn dispatch(el: &web_sys::HtmlElement, name: &str, detail: &js_sys::Object, bubbles: bool) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(bubbles);
    init.set_composed(bubbles);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = el.dispatch_event(&event);
    }
}

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

/// How one embedding element is configured.
#[derive(Clone, Debug, PartialEq)]
pub struct Embed {
    pub flow: Flow,
    pub storage_key: String,
    /// Language hints in order: `data-lang`, `<html lang>`, the browser's languages.
    pub lang_hints: Vec<String>,
    pub mode: Option<Mode>,
    pub theme: Theme,
}

/// A widget's language hints, in order: its element's `data-lang`, the page's `<html lang>`,
/// the browser's languages. [`Lang::resolve`] chooses from them; every path that shows a
/// widget's text (the widget, a bad attribute's message, the crash message) asks here, and
/// the loader's placeholder reads the same hints in the same order (an e2e test holds the
/// two to the same answer).
pub fn lang_hints(el: &web_sys::Element) -> Vec<String> {
    let mut hints: Vec<String> = el.get_attribute(domain::embed::ATTR_LANG).into_iter().collect();
    let doc = web_sys::window().and_then(|w| w.document());
    hints.extend(doc.and_then(|d| d.document_element()).and_then(|h| h.get_attribute("lang")));
    if let Some(nav) = web_sys::window().map(|w| w.navigator()) {
        hints.extend(nav.languages().iter().filter_map(|l| l.as_string()));
        hints.extend(nav.language());
    }
    hints
}

/// Reads an embedding element's attributes (checked by the domain).
pub fn read_embed(el: &web_sys::Element) -> Result<Embed, BadAttribute> {
    use domain::embed::*;
    let attributes = Attributes {
        flow: el.get_attribute(ATTR_FLOW),
        lang: el.get_attribute(ATTR_LANG),
        mode: el.get_attribute(ATTR_MODE),
        theme: el.get_attribute(ATTR_THEME),
        load: el.get_attribute(ATTR_LOAD),
        storage_key: el.get_attribute(ATTR_STORAGE_KEY),
    };
    let config = read(&attributes)?;
    let lang_hints = lang_hints(el);
    Ok(Embed { flow: config.flow, storage_key: config.storage_key, lang_hints, mode: config.mode, theme: config.theme })
}

/// A widget this module mounted: what [`unmount`] and [`module_failed`] need.
struct Mounted {
    /// Its reactive owner, cleaned up on unmount.
    owner: Option<Owner>,
    /// The view's handle (dropping it takes the view out of the page).
    handle: Option<Box<dyn std::any::Any>>,
    /// Its container in the shadow root.
    container: web_sys::HtmlElement,
    /// How many module downloads it asked for have failed.
    failed_moves: ArcRwSignal<u32>,
}

thread_local! {
    /// Mounted widgets by id.
    static MOUNTED: std::cell::RefCell<std::collections::HashMap<u32, Mounted>> = Default::default();
    /// The elements this module mounted widgets in (a page may run a second module for
    /// another flow: its widgets are not ours to replace).
    static HOSTS: std::cell::RefCell<Vec<(u32, web_sys::HtmlElement)>> = Default::default();
}

/// The elements this module mounted widgets in, in mount order (for the crash message).
pub fn mounted_hosts() -> Vec<web_sys::HtmlElement> {
    // try_borrow: this also runs from the panic hook, maybe while a borrow is held.
    HOSTS.with(|h| h.try_borrow().map(|h| h.iter().map(|(_, el)| el.clone()).collect()).unwrap_or_default())
}
static NEXT_MOUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// Mounts a widget for `host` inside `root` (its shadow root), replacing the loader's
/// placeholder. A bad attribute shows a message there instead. Returns an id for
/// [`unmount`].
pub fn mount_in(
    host: web_sys::HtmlElement,
    root: web_sys::ShadowRoot,
    carried: Option<String>,
    carried_undo: Option<String>,
) -> u32 {
    let id = NEXT_MOUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return id };
    let Ok(container) = doc.create_element("div") else { return id };
    let Ok(container) = container.dyn_into::<web_sys::HtmlElement>() else { return id };
    container.set_class_name("mg-root");
    if let Ok(Some(placeholder)) = root.query_selector(".mg-placeholder") {
        placeholder.remove();
    }
    if root.append_child(&container).is_err() {
        return id;
    }
    HOSTS.with_borrow_mut(|h| h.push((id, host.clone())));
    let failed_moves = ArcRwSignal::new(0);
    let mut mounted =
        Mounted { owner: None, handle: None, container: container.clone(), failed_moves: failed_moves.clone() };
    match read_embed(&host) {
        Ok(embed) => {
            // Its own owner, cleaned up explicitly on unmount: dropping the handle alone runs
            // the widget's cleanups (the write of what is pending) only once nothing else
            // holds the owner, which is not promptly.
            let owner = Owner::new();
            let handle = owner.with(|| {
                mount_to(container, move || {
                    let host = Host::with_failures(Some(host), embed.flow, &embed.storage_key, failed_moves);
                    view! { <Widget embed host carried carried_undo /> }
                })
            });
            mounted.owner = Some(owner);
            mounted.handle = Some(Box::new(handle));
        }
        Err(bad) => {
            let lang = Lang::resolve(lang_hints(&host).iter().map(String::as_str));
            container.set_class_name("mg-root mg-bad-attribute");
            let _ = container.set_attribute("role", "alert");
            let _ = container.set_attribute("lang", lang.tag());
            container.set_text_content(Some(&(lang.texts().bad_attribute)(&bad)));
        }
    }
    MOUNTED.with_borrow_mut(|m| m.insert(id, mounted));
    id
}

/// Unmounts a widget mounted by [`mount_in`] (its element left the page, or it moves into
/// another module): what it had pending is written first (see `Persisted`), then its
/// container leaves the shadow root, so nothing of it stays behind.
pub fn unmount(id: u32) {
    let mounted = MOUNTED.with_borrow_mut(|m| m.remove(&id));
    HOSTS.with_borrow_mut(|h| h.retain(|(mounted, _)| *mounted != id));
    let Some(Mounted { owner, handle, container, .. }) = mounted else { return };
    if let Some(owner) = owner {
        owner.cleanup();
    }
    drop(handle);
    container.remove();
}

/// The loader could not download the module widget `id` asked for (see
/// [`Host::needs_module`]): the widget says so and offers to try again.
pub fn module_failed(id: u32) {
    if let Some(failed) = MOUNTED.with_borrow(|m| m.get(&id).map(|w| w.failed_moves.clone())) {
        failed.update(|n| *n += 1);
    }
}

/// One widget: the flow's own view inside the common frame.
#[component]
pub fn Widget(
    embed: Embed,
    host: Host,
    /// The state it had in the module it ran in before (see [`Host::needs_module`]).
    carried: Option<String>,
    /// What "Undo import" would have brought back there.
    carried_undo: Option<String>,
) -> impl IntoView {
    let store = Store::open(&key_for(embed.flow.name(), &embed.storage_key)).carrying(carried, carried_undo);
    mount_flow_in(embed, store, host)
}

/// Mounts a flow with a given store (tests pass in-memory or prepared stores).
pub fn mount_flow(embed: Embed, store: Store) -> AnyView {
    let host = Host::new(None, embed.flow, &embed.storage_key);
    mount_flow_in(embed, store, host)
}

fn mount_flow_in(embed: Embed, store: Store, host: Host) -> AnyView {
    let uid = StoredValue::new(next_uid());
    match embed.flow {
        #[cfg(feature = "sia-handoff")]
        Flow::SiaHandoff => view! { <sia::SiaWidget embed store uid host /> }.into_any(),
        #[cfg(feature = "dynamics-sync-user")]
        Flow::DynamicsSyncUser => view! { <dynamics::DynamicsWidget embed store uid host /> }.into_any(),
        // The loader never asks a one-flow module for another flow; if it ever did, the reader
        // gets the internal-error message rather than an empty box.
        #[allow(unreachable_patterns)]
        _ => {
            let text = Lang::resolve(embed.lang_hints.iter().map(String::as_str)).texts().crashed;
            view! { <p class="mg-crashed" role="alert">{text}</p> }.into_any()
        }
    }
}

/// The milliseconds clock, read only here at the edge and passed into the domain.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// The reader's offset from UTC at a moment (their time zone, read from the browser).
pub fn utc_offset_at(at: u64) -> domain::s2s::UtcOffset {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
    domain::s2s::UtcOffset::from_js(date.get_timezone_offset())
}

/// Today in the reader's calendar (not UTC's): the clock and the time zone are read here,
/// the day is the domain's.
pub fn local_today() -> domain::s2s::Day {
    let now = now_ms();
    domain::s2s::Day::local(now, utc_offset_at(now))
}

/// Whether a typed value may be kept. One that looks like a secret is not: the field gets
/// its previous value back at once and the reader hears why (nothing is saved).
pub(crate) fn keeps_no_secret(ui: Ui, ev: &leptos::ev::Event, previous: String) -> bool {
    let value = event_target_value(ev);
    if !domain::s2s::looks_like_secret(&value) {
        return true;
    }
    if let Some(el) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()) {
        el.set_value(&previous);
    }
    ui.say(ui.t().secret_refused.to_string());
    false
}
