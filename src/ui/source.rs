//! Where a claim comes from, on screen: a link named "Source: <page title>" to the page in
//! the reader's language (new tab), or a plain mark that no official page says it. The
//! domain decides which (`domain::sources`); this only renders it.

use domain::sources::Source;
use leptos::prelude::*;

use super::Ui;

/// The id of the hidden "opens in a new tab" text every source link is described by
/// (rendered once per widget, by the checklist).
pub fn new_tab_id(ui: Ui) -> String {
    ui.id("new-tab")
}

/// The hidden description "opens in a new tab", once per widget.
#[component]
pub fn NewTabHint(ui: Ui) -> impl IntoView {
    view! { <span hidden id=new_tab_id(ui)>{move || ui.t().new_tab}</span> }
}

/// A source, in the reader's language.
#[component]
pub fn SourceLink(ui: Ui, source: Source) -> impl IntoView {
    let t = move || ui.t();
    move || {
        let lang = ui.lang.get();
        match (source.doc(), source.url(lang)) {
            (Some(doc), Some(url)) => view! {
                <a
                    class="mg-source"
                    href=url
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-describedby=new_tab_id(ui)
                >
                    {(t().source)(doc.title(lang))}
                </a>
            }
            .into_any(),
            _ => view! {
                <span class="mg-undocumented">
                    <strong>{t().not_documented}</strong>
                    " · "
                    {if source == Source::Advice { t().advice } else { t().simulation }}
                </span>
            }
            .into_any(),
        }
    }
}
