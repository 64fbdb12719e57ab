//! The two form controls every view writes the same way: a labelled text field and a group
//! of radio buttons under a legend. One place for their markup, ids and accessibility.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Ui;
use crate::i18n::Catalog;

/// How a text field hands its value over: on every keystroke, or when the reader leaves it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Commit {
    #[default]
    Input,
    Change,
}

/// The one text field every view writes: a label; the input; help text; an error line that
/// says what is wrong with the value now (`error`, the domain's words) or why a value was
/// just refused; `aria-invalid` and `aria-describedby` built in. A value that looks like a
/// secret is never passed on, from any field (the field gets its value back, the error line
/// and the live region say why, see [`keeps_no_secret`]). `on_input` may refuse a
/// value too (`Err`, the refusal in words): the field gets its value back and says so.
#[component]
pub fn TextField(
    ui: Ui,
    /// The input's id (unique in the widget; prefixed with the widget's own).
    #[prop(into)]
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String, Result<(), String>>,
    /// The input's type.
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(default = "text")] inputmode: &'static str,
    #[prop(optional)] commit: Commit,
    maxlength: usize,
    #[prop(optional, into)] placeholder: MaybeProp<String>,
    #[prop(optional, into)] help: MaybeProp<String>,
    /// What is wrong with the value as it stands (`None`: nothing).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    #[prop(optional, into)] min: MaybeProp<String>,
    #[prop(optional, into)] max: MaybeProp<String>,
) -> impl IntoView {
    let input_id = ui.id(&id);
    let help_id = ui.id(&format!("{id}-help"));
    let err_id = ui.id(&format!("{id}-err"));
    let refused = RwSignal::new(None::<String>);
    let message = move || refused.get().or_else(|| error.get());
    let take = move |ev: leptos::ev::Event| {
        if !keeps_no_secret(ui, &ev, value.get_untracked()) {
            refused.set(Some(ui.t().secret_refused.to_string()));
            return;
        }
        match on_input.run(event_target_value(&ev)) {
            Ok(()) => refused.set(None),
            Err(why) => {
                if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                    el.set_value(&value.get_untracked());
                }
                refused.set(Some(why));
            }
        }
    };
    let described = format!("{help_id} {err_id}");
    view! {
        <div class="mg-field">
            <label for=input_id.clone()>{move || label.get()}</label>
            <input
                id=input_id
                type=kind
                inputmode=inputmode
                class="mg-input"
                maxlength=maxlength.to_string()
                autocomplete="off"
                spellcheck="false"
                placeholder=move || placeholder.get()
                min=move || min.get()
                max=move || max.get()
                aria-invalid=move || message().is_some().to_string()
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| {
                    if commit == Commit::Input {
                        take(ev);
                    }
                }
                on:change=move |ev| {
                    if commit == Commit::Change {
                        take(ev);
                    }
                }
            />
            <p class="mg-help" id=help_id hidden=move || help.get().is_none()>{move || help.get()}</p>
            <p class="mg-error" id=err_id aria-live="polite">{message}</p>
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
                                checked=super::html_only(move || value.get() == option)
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

/// Whether a typed value may be kept. One that looks like a secret is not: the field gets
/// its previous value back at once and the reader hears why (nothing is saved).
fn keeps_no_secret(ui: Ui, ev: &leptos::ev::Event, previous: String) -> bool {
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
