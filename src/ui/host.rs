//! Where a widget lives on the page: its host element, the events it sends the page and the
//! loader, and the attributes that tell tests it has settled.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::Flow;

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

    pub(super) fn with_failures(
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
            None => crate::ui::window()?.document()?.get_element_by_id(id),
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
        let location = crate::ui::window()?.location();
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
