//! Marketo setup guides: two Marketo admin procedures as guided checklists, driven by the
//! rules engines of the `domain` crate, as a widget embedded in documentation pages.
//!
//! - `domain` (its own crate in `src/domain`): rules, planners, checklists, versions.
//! - [`ui`]: the Leptos shell that renders what the domain decides.
//! - [`storage`]: the one adapter over `localStorage`.
//! - [`i18n`]: every text, in English, Korean and Japanese.

/// The rules engines, re-exported for tests and embedders.
pub use domain;

pub mod i18n;
pub mod storage;
pub mod ui;

use wasm_bindgen::JsCast;

/// Installs the panic hook and mounts a widget in every `[data-marketo-guide]` element.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_message();
    }));
    ui::mount_all();
}

/// Replaces every mounted widget with a readable message: a panic stops the whole wasm
/// instance, and a dead blank box helps nobody.
pub fn show_crash_message() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(nodes) = doc.query_selector_all(&format!("[{}]", ui::EMBED_ATTR)) else { return };
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let lang =
            el.get_attribute("data-lang").or_else(|| doc.document_element().and_then(|h| h.get_attribute("lang")));
        let lang = i18n::Lang::resolve(lang.as_deref());
        use i18n::Texts as _;
        el.set_text_content(Some(lang.texts().crashed));
        let _ = el.set_attribute("role", "alert");
        let _ = el.set_attribute("data-crashed", "");
    }
}
