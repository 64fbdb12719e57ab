//! The widgets this module mounted: mounting one in a shadow root, the registry the loader
//! addresses by id, unmounting, and a failed module download reported back.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[cfg(feature = "dynamics-sync-user")]
use super::dynamics;
#[cfg(feature = "sia-handoff")]
use super::sia;
use super::{lang_hints, next_uid, read_embed, Embed, Flow, Host};
use crate::i18n::{Lang, Texts};
use crate::storage::{key_for, Store};

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
    let Some(doc) = crate::ui::window().and_then(|w| w.document()) else { return id };
    let Ok(container) = doc.create_element("div") else { return id };
    let Ok(container) = container.dyn_into::<web_sys::HtmlElement>() else { return id };
    container.set_class_name("mg-root");
    // The loader's placeholder, or the first view shown meanwhile: the widget replaces it in
    // this same task, so the reader never sees both or neither.
    for shown in [".mg-placeholder".to_string(), format!(".{}", super::FIRST_VIEW_CLASS)] {
        if let Ok(Some(node)) = root.query_selector(&shown) {
            node.remove();
        }
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
