//! Prints what the loader (`embed/loader.js`) needs before the WebAssembly module is there:
//! the languages and each flow's title in each language, taken from the catalogs, so the
//! placeholder speaks the page's language and no text is written twice. `scripts/build.sh`
//! runs it natively and writes the result into `dist/embed/marketo-guides.js`.

use marketo_guides::domain::saved::{Flow, Lang, Mode};
use marketo_guides::i18n::Texts;

fn main() {
    let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    let mut titles = serde_json::Map::new();
    for flow in Flow::ALL {
        let mut by_lang = serde_json::Map::new();
        for lang in Lang::ALL {
            let t = lang.texts();
            let title = match flow {
                Flow::SiaHandoff => t.sia_title,
                Flow::DynamicsSyncUser => t.dyn_title,
            };
            by_lang.insert(lang.tag().into(), title.into());
        }
        titles.insert(flow.name().into(), by_lang.into());
    }
    // `practice`: the data-mode value that starts a widget in practice (the loader then
    // loads a module with the practice consoles at once); `needsModule`: the event a lighter
    // module sends to be moved into one with practice or with the reader's language;
    // `scenario`: the key of a scenario link (it opens practice).
    let meta = serde_json::json!({
        "langs": langs,
        "titles": titles,
        "practice": Mode::Practice.name(),
        "needsModule": marketo_guides::ui::NEEDS_MODULE_EVENT,
        "scenario": marketo_guides::domain::presets::LINK_KEY,
    });
    println!("{meta}");
}
