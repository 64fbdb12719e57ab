//! The two form controls every view writes the same way: a labelled text field and a group
//! of radio buttons under a legend. One place for their markup, ids and accessibility.

use leptos::prelude::*;

use super::Ui;
use crate::i18n::Catalog;

/// A labelled one-line text field. `on_input` gets each new value; with `refuse_secrets`, a
/// value that looks like a secret is not passed on (the field gets its previous value back
/// and the reader hears why, see [`super::keeps_no_secret`]).
#[component]
pub fn TextField(
    ui: Ui,
    /// The input's id (unique in the widget; prefixed with the widget's own).
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// The input's type.
    #[prop(default = "text")]
    kind: &'static str,
    maxlength: usize,
    #[prop(optional, into)] placeholder: MaybeProp<String>,
    #[prop(optional)] refuse_secrets: bool,
) -> impl IntoView {
    let input_id = ui.id(id);
    view! {
        <div class="mg-field">
            <label for=input_id.clone()>{move || label.get()}</label>
            <input
                id=input_id
                type=kind
                class="mg-input"
                maxlength=maxlength.to_string()
                autocomplete="off"
                placeholder=move || placeholder.get()
                prop:value=move || value.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    if !refuse_secrets || super::keeps_no_secret(ui, &ev, value.get_untracked()) {
                        on_input.run(v);
                    }
                }
            />
        </div>
    }
}

/// A question answered by one of `options`, as native radio buttons under a legend (arrow
/// keys move the choice). Each input's `value` is the option's slug.
#[component]
pub fn RadioGroup<T>(
    ui: Ui,
    /// The group's name (unique in the widget; prefixed with the widget's own).
    name: &'static str,
    #[prop(into)] legend: Signal<String>,
    options: Vec<T>,
    /// An option's words, in the reader's language.
    label: fn(&'static Catalog, T) -> String,
    slug: fn(T) -> &'static str,
    #[prop(into)] value: Signal<T>,
    on_choose: Callback<T>,
    /// The id of a text that describes the whole group.
    #[prop(optional)]
    described_by: Option<String>,
    /// What follows the options inside the group (help, hints).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let group = ui.id(name);
    view! {
        <fieldset class="mg-question" aria-describedby=described_by>
            <legend>{move || legend.get()}</legend>
            {options
                .into_iter()
                .map(|option| {
                    view! {
                        <label class="mg-radio">
                            <input
                                type="radio"
                                name=group.clone()
                                value=slug(option)
                                prop:checked=move || value.get() == option
                                on:change=move |_| on_choose.run(option)
                            />
                            {move || label(ui.t(), option)}
                        </label>
                    }
                })
                .collect_view()}
            {children.map(|c| c())}
        </fieldset>
    }
}

/// The slugs of a yes / no question's options (the handoff's questions; the S2S practice's
/// account types).
#[cfg(any(feature = "sia-handoff", feature = "practice"))]
pub fn yes_no_slug(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}
