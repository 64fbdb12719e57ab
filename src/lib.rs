//! Marketo setup guides: two Marketo admin procedures as guided checklists, driven by the
//! rules engines of the `domain` crate, as a widget embedded in documentation pages.
//!
//! - `domain` (its own crate in `crates/domain`): rules, planners, checklists, versions.
//! - [`ui`]: the Leptos shell that renders what the domain decides.
//! - [`storage`]: the one adapter over `localStorage`.
//! - [`json`]: the one JSON codec, small and serde_json-compatible.
//! - [`i18n`]: every text, in English, Korean and Japanese.
// Rendered to HTML natively (the first views), the views' types are deep.
#![recursion_limit = "512"]

/// The rules engines, re-exported for tests and embedders.
pub use domain;

/// Each flow's first view, rendered to HTML at build time (natively only; its tests are in
/// tests/first_views.rs, so the library's test build does not compile the rendering again).
#[cfg(all(not(target_arch = "wasm32"), not(test)))]
pub mod first_view;
pub mod i18n;
/// The one JSON codec (its own crate, `crates/codec`, with its differential tests).
pub use json;
pub mod share;
pub mod storage;
pub mod ui;

/// The codec's cases through storage, files and links: run here and, on wasm32, by `tests/web.rs`.
#[cfg(test)]
#[path = "../tests/support/codec.rs"]
mod codec_cases;

/// Inputs the native fuzz tests of the decoders share (proptest does not run on wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../crates/codec/tests/support/fuzzing.rs"]
mod fuzzing;

use wasm_bindgen::JsCast;

/// Installs the panic hook. Widgets are mounted by the loader (`embed/loader.js`), which
/// calls [`mount_widget`] for each element as it comes near the viewport.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_message();
    }));
}

/// Mounts the widget of `host` in its shadow root `root`; returns an id for
/// [`unmount_widget`]. `carried` and `carried_undo`: the state the widget had in another
/// module of the page and what its "Undo import" would restore (the loader moves a widget
/// from a guide-only module to one with practice).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(
    host: web_sys::HtmlElement,
    root: web_sys::ShadowRoot,
    carried: Option<String>,
    carried_undo: Option<String>,
) -> u32 {
    ui::mount_in(host, root, carried, carried_undo)
}

/// The module widget `id` asked for could not be downloaded: it says so and offers to try
/// again, and its guide keeps working.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn module_failed(id: u32) {
    ui::module_failed(id)
}

/// Unmounts a widget whose element left the page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn unmount_widget(id: u32) {
    ui::unmount(id)
}

/// Replaces every widget this module mounted with a readable message: a panic stops the
/// whole wasm instance, and a dead blank box helps nobody.
pub fn show_crash_message() {
    use i18n::Texts as _;
    let Some(doc) = crate::ui::window().and_then(|w| w.document()) else { return };
    for el in ui::mounted_hosts() {
        let lang = i18n::Lang::resolve(ui::lang_hints(&el).iter().map(String::as_str));
        let Ok(message) = doc.create_element("p") else { continue };
        message.set_text_content(Some(lang.texts().crashed));
        let _ = message.set_attribute("role", "alert");
        let _ = message.set_attribute("class", "mg-crashed");
        match el.shadow_root() {
            Some(root) => {
                // Keep the stylesheet; replace the widget (or the loader's placeholder). Not
                // `:scope > …`: in a shadow root `:scope` matches nothing.
                let _ = root.query_selector_all(".mg-root, .mg-placeholder, .mg-crashed").map(|old| {
                    for j in 0..old.length() {
                        if let Some(node) = old.item(j).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                            node.remove();
                        }
                    }
                });
                let _ = root.append_child(&message);
            }
            None => {
                el.set_text_content(None);
                let _ = el.append_child(&message);
            }
        }
        let _ = el.set_attribute("data-crashed", "");
    }
}
