//! An embedding element's attributes, read once and checked by the domain.

use domain::embed::{BadAttribute, Theme};

use super::{Flow, Mode};

/// How one embedding element is configured.
#[derive(Clone, Debug, PartialEq)]
pub struct Embed {
    pub flow: Flow,
    pub storage_key: String,
    /// Language hints in order: `data-lang`, `<html lang>`, the browser's languages.
    pub lang_hints: Vec<String>,
    pub mode: Option<Mode>,
    pub theme: Theme,
}

/// A widget's language hints, in order: its element's `data-lang`, the page's `<html lang>`,
/// the browser's languages. [`Lang::resolve`] chooses from them; every path that shows a
/// widget's text (the widget, a bad attribute's message, the crash message) asks here, and
/// the loader's placeholder reads the same hints in the same order (an e2e test holds the
/// two to the same answer).
pub fn lang_hints(el: &web_sys::Element) -> Vec<String> {
    let mut hints: Vec<String> = el.get_attribute(domain::embed::ATTR_LANG).into_iter().collect();
    let doc = crate::ui::window().and_then(|w| w.document());
    hints.extend(doc.and_then(|d| d.document_element()).and_then(|h| h.get_attribute("lang")));
    if let Some(nav) = crate::ui::window().map(|w| w.navigator()) {
        hints.extend(nav.languages().iter().filter_map(|l| l.as_string()));
        hints.extend(nav.language());
    }
    hints
}

/// Reads an embedding element's attributes (checked by the domain).
pub fn read_embed(el: &web_sys::Element) -> Result<Embed, BadAttribute> {
    use domain::embed::*;
    let attributes = Attributes {
        flow: el.get_attribute(ATTR_FLOW),
        lang: el.get_attribute(ATTR_LANG),
        mode: el.get_attribute(ATTR_MODE),
        theme: el.get_attribute(ATTR_THEME),
        load: el.get_attribute(ATTR_LOAD),
        storage_key: el.get_attribute(ATTR_STORAGE_KEY),
    };
    let config = read(&attributes)?;
    let lang_hints = lang_hints(el);
    Ok(Embed { flow: config.flow, storage_key: config.storage_key, lang_hints, mode: config.mode, theme: config.theme })
}
