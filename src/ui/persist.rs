//! Persistence at the edge: one signal holding a widget's saved state, loaded once from
//! the [`Store`] and written back (debounced, off the click's frame) whenever it changes.

use std::time::Duration;

use leptos::ev;
use leptos::leptos_dom::helpers::{set_timeout_with_handle, window_event_listener, TimeoutHandle};
use leptos::prelude::*;

use crate::storage::{decode, encode, Decoded, Loaded, SaveError, Store, Stored};

/// Something the reader should know about saving.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Blocked,
    Newer,
    /// The unreadable text, offered for download.
    Corrupt {
        text: String,
    },
    Quota,
}

/// How long a burst of changes is gathered into one write.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// A widget's saved state.
pub struct Persisted<T: Send + Sync + 'static> {
    pub value: RwSignal<T>,
    pub notices: RwSignal<Vec<Notice>>,
    /// The revision last written to storage (or loaded from it): it moves on with each save.
    pub saved: RwSignal<u64>,
    /// A change is waiting to be written (the debounce is running).
    pub unsaved: RwSignal<bool>,
    store: StoredValue<Store, LocalStorage>,
    /// Read by `envelope`, which only a guide-only module uses.
    #[cfg(not(feature = "practice"))]
    revision: StoredValue<u64>,
}

impl<T: Send + Sync + 'static> Clone for Persisted<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Persisted<T> {}

impl<T: Stored> Persisted<T> {
    /// Loads the state (or `fresh`), then keeps storage in step with it, and merges what
    /// other tabs of the same widget save (per part, newest edit wins).
    pub fn new(store: Store, fresh: T) -> Self {
        let loaded = store.load::<T>(super::now_ms());
        // State carried from another module of the page is newer than what storage has.
        let write_now = matches!(loaded, Loaded::Carried { .. });
        let (initial, notice, revision) = match loaded {
            Loaded::Restored { data, revision } | Loaded::Carried { data, revision } => (data, None, revision),
            Loaded::Fresh => (fresh, None, 0),
            Loaded::Newer => (fresh, Some(Notice::Newer), 0),
            Loaded::Quarantined { text, .. } | Loaded::CorruptKept { text } => {
                (fresh, Some(Notice::Corrupt { text }), 0)
            }
            Loaded::Blocked => (fresh, Some(Notice::Blocked), 0),
            Loaded::BlockedCarried { data, revision } => (data, Some(Notice::Blocked), revision),
        };
        let value = RwSignal::new(initial);
        let notices = RwSignal::new(notice.into_iter().collect::<Vec<_>>());
        let saved = RwSignal::new(revision);
        let unsaved = RwSignal::new(false);
        let revision = StoredValue::new(revision);
        let pending: StoredValue<Option<TimeoutHandle>, LocalStorage> = StoredValue::new_local(None);
        let store = StoredValue::new_local(store);
        let this = Persisted {
            value,
            notices,
            saved,
            unsaved,
            store,
            #[cfg(not(feature = "practice"))]
            revision,
        };

        // Runs from a timer or an event, possibly after the widget is gone: every access is
        // a `try_`, so a late call does nothing instead of panicking.
        let write = move || {
            let _ = pending.try_update_value(|p| *p = None);
            unsaved.try_set(false);
            let Some(next) = revision.try_get_value().map(|r| r + 1) else { return };
            let Some(Ok(text)) = value.try_with_untracked(|v| encode(v, next, super::now_ms())) else { return };
            let Some(result) = store.try_with_value(|s| s.save(&text)) else { return };
            match result {
                Ok(()) => {
                    revision.set_value(next);
                    saved.try_set(next);
                    notices.try_update(|n| n.retain(|x| *x != Notice::Quota));
                }
                Err(SaveError::Refused) => {
                    if notices.try_with_untracked(|n| !n.contains(&Notice::Quota)) == Some(true) {
                        notices.try_update(|n| n.push(Notice::Quota));
                    }
                }
                Err(SaveError::Blocked | SaveError::Protected) => {}
            }
        };

        if write_now {
            write();
        }

        // Every change schedules one write; a burst of clicks becomes one write.
        Effect::new(move |first: Option<()>| {
            value.track();
            if first.is_none() {
                return;
            }
            unsaved.set(true);
            pending.update_value(|p| {
                if let Some(h) = p.take() {
                    h.clear();
                }
            });
            if let Ok(handle) = set_timeout_with_handle(write, DEBOUNCE) {
                pending.set_value(Some(handle));
            }
        });

        // Leaving the page writes what is still pending.
        let flush = window_event_listener(ev::pagehide, move |_| {
            if let Some(h) = pending.try_update_value(|p| p.take()).flatten() {
                h.clear();
                write();
            }
        });
        on_cleanup(move || flush.remove());
        // So does a widget torn down (a docs theme that swaps pages in place, a move into
        // another module): nothing the reader did is left unwritten.
        on_cleanup(move || {
            if let Some(h) = pending.try_update_value(|p| p.take()).flatten() {
                h.clear();
                write();
            }
        });

        // Another tab of the same widget saved: take its newer state, merged with ours.
        let key = store.with_value(|s| s.key().to_string());
        let listener = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
            if e.key().as_deref() != Some(key.as_str()) {
                return;
            }
            let Some(text) = e.new_value() else { return };
            let Decoded::Current { data, revision: theirs } = decode::<T>(&text) else { return };
            let Some(ours) = revision.try_get_value() else { return };
            revision.set_value(ours.max(theirs));
            let Some(merged) = value.try_with_untracked(|mine| mine.merge(&data)) else { return };
            if value.try_with_untracked(|v| *v != merged) == Some(true) {
                value.set(merged);
            }
        });
        on_cleanup(move || listener.remove());

        this
    }

    /// The state as storage keeps it (the envelope), to hand to another module of the page.
    #[cfg(not(feature = "practice"))]
    pub fn envelope(&self) -> Option<String> {
        let revision = self.revision.try_get_value()?;
        self.value.try_with_untracked(|v| encode(v, revision, super::now_ms()).ok()).flatten()
    }

    /// Whether the saved value can be shown here (not one from a newer version).
    pub fn readable(&self) -> bool {
        self.notices.with(|n| !n.contains(&Notice::Newer))
    }

    /// Starts over: clears storage and puts `fresh` in place.
    pub fn reset(&self, fresh: T) {
        let _ = self.store.with_value(|s| s.clear());
        self.notices.update(|n| n.retain(|x| !matches!(x, Notice::Newer | Notice::Quota)));
        self.value.set(fresh);
    }
}
