//! The smallest Leptos app worth comparing with: one button that counts. `make bench` loads
//! it beside the widget to see what the widget costs on top of Leptos itself.
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let (count, set_count) = signal(0u32);
        view! {
            <button id="count" on:click=move |_| set_count.update(|n| *n += 1)>
                "Clicked " {move || count.get()} " times"
            </button>
        }
    });
}
