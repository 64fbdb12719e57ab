//! Where a claim comes from, on screen: a link named "Source: <page title>" to the page in
//! the reader's language (new tab), or a plain mark that no official page says it. The
//! domain decides which (`domain::sources`); this only renders it.

use domain::sources::Source;
use leptos::prelude::*;

use super::Ui;
use crate::i18n::{Lang, Texts};

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

/// A source, in the reader's language (follows a change of language).
#[cfg(feature = "sia-handoff")]
#[component]
pub fn SourceLink(ui: Ui, source: Source) -> impl IntoView {
    move || source_in(ui, ui.lang.get(), source)
}

/// A source in `lang`, drawn once: for content that is rebuilt anyway when the language
/// changes (the activity log's lines). A reactive [`SourceLink`] in each rebuilt line would
/// leave one subscription behind per line and action (reactive_graph keeps a dropped
/// effect's subscriptions), and the wasm memory would grow with every action.
pub fn source_in(ui: Ui, lang: Lang, source: Source) -> AnyView {
    let t = lang.texts();
    match (source.doc(), source.url(lang)) {
        (Some(doc), Some(url)) => view! {
            <a
                class="mg-source"
                href=url
                target="_blank"
                rel="noopener noreferrer"
                aria-describedby=new_tab_id(ui)
                hreflang=doc.lang_for(lang).tag()
            >
                {(t.source)("")}
                // The title in the language of the page the link opens.
                <cite lang=doc.lang_for(lang).tag()>{doc.title(lang)}</cite>
            </a>
        }
        .into_any(),
        _ => view! {
            <span class="mg-undocumented">
                <strong>{t.not_documented}</strong>
                " · "
                {if source == Source::Advice { t.advice } else { t.simulation }}
            </span>
        }
        .into_any(),
    }
}
