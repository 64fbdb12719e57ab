//! Prints what the loader (`embed/loader.js`) needs before the WebAssembly module is there:
//! the languages and each flow's title in each language, taken from the catalogs, so the
//! placeholder speaks the page's language and no text is written twice. `scripts/build.sh`
//! runs it natively and writes the result into `dist/embed/marketo-guides.js`.

fn main() {
    // Run natively by the build; a wasm32 build of the crate's binaries has nothing to print.
    #[cfg(not(target_arch = "wasm32"))]
    print();
}

#[cfg(not(target_arch = "wasm32"))]
fn print() {
    use marketo_guides::domain::embed::Theme;
    use marketo_guides::domain::flows::Module;
    use marketo_guides::domain::presets::Preset;
    use marketo_guides::domain::saved::{Flow, Lang, Mode, MAX_STORAGE_KEY_CHARS};
    use marketo_guides::domain::share::FRAGMENT_PREFIX;
    use marketo_guides::i18n::Texts;
    use marketo_guides::storage::key_for;
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
    let modules: Vec<serde_json::Value> = Module::all()
        .iter()
        .map(|m| {
            serde_json::json!({
                "name": m.name,
                "flows": m.flows.iter().map(|f| f.name()).collect::<Vec<_>>(),
                "practice": m.practice,
                "features": m.features(),
                "file": m.file(),
            })
        })
        .collect();
    // The first views (src/first_view.rs): how the loader finds one (its class and the
    // attribute naming its flow) and what it says about it, per language.
    let first_texts: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .iter()
        .map(|lang| {
            let first = marketo_guides::i18n::first_view_texts(*lang);
            let texts = serde_json::json!({
                "loading": first.loading,
                "unavailable": first.unavailable,
                "failed": first.failed,
                "retry": lang.texts().try_again,
            });
            (lang.tag().to_string(), texts)
        })
        .collect();
    // Where each flow saves, before the widget's own key (`storage::key_for`): a first view
    // is only for a widget whose key holds nothing yet.
    let stores: serde_json::Map<String, serde_json::Value> =
        Flow::ALL.iter().map(|f| (f.name().to_string(), key_for(f.name(), "").into())).collect();
    let scenarios: serde_json::Map<String, serde_json::Value> =
        Preset::ALL.iter().map(|p| (p.slug().to_string(), p.flow().name().into())).collect();
    // `practice`: the data-mode value that starts a widget in practice (the loader then
    // loads a module with the practice consoles at once); `needsModule`: the event a lighter
    // module sends to be moved into one with practice or with the reader's language;
    // `scenario`: the key of a scenario link (it opens practice) and `scenarios` each
    // scenario's slug with its flow; `share`: the fragment prefix of a shared-progress link;
    // `keyCap`: the most characters of a storage key (the rest is cut, as the widget does);
    // `modules`: the build's modules, lightest first, with the cargo features of each;
    // `first`, `stores`, `guide`, `themes`: when and how the loader shows a first view.
    let meta = serde_json::json!({
        "langs": langs,
        "titles": titles,
        "practice": Mode::Practice.name(),
        "needsModule": marketo_guides::ui::NEEDS_MODULE_EVENT,
        "scenario": marketo_guides::domain::presets::LINK_KEY,
        "scenarios": scenarios,
        "share": FRAGMENT_PREFIX,
        "keyCap": MAX_STORAGE_KEY_CHARS,
        "modules": modules,
        "first": {
            "class": marketo_guides::ui::FIRST_VIEW_CLASS,
            "attr": marketo_guides::ui::FIRST_VIEW_ATTR,
            "texts": first_texts,
        },
        "stores": stores,
        "guide": Mode::Guide.name(),
        "themes": Theme::ALL.iter().map(|t| t.name()).collect::<Vec<_>>(),
    });
    println!("{meta}");
}

/// Cargo needs the features written in Cargo.toml; they must be the module table's.
#[cfg(test)]
mod tests {
    use marketo_guides::domain::flows::Module;

    #[test]
    fn cargo_features_are_the_module_tables() {
        let toml = include_str!("../../Cargo.toml");
        let section = toml.split("[features]").nth(1).expect("a [features] section");
        let section = section.split("\n[").next().unwrap_or("");
        let declared: Vec<&str> = section
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
            .filter(|k| !k.starts_with('#') && *k != "default")
            .collect();
        let default = section.lines().find_map(|l| l.strip_prefix("default = ")).expect("default features");
        let default: Vec<&str> =
            default.trim_matches(|c| c == '[' || c == ']').split(',').map(|f| f.trim().trim_matches('"')).collect();
        let all = Module::all();
        assert_eq!(default.join(","), all.last().unwrap().features(), "the default features build everything");
        for m in &all {
            for f in m.features().split(',') {
                assert!(declared.contains(&f), "Cargo.toml declares the feature {f} (module {})", m.name);
            }
        }
        let used: std::collections::BTreeSet<String> =
            all.iter().flat_map(|m| m.features().split(',').map(str::to_string).collect::<Vec<_>>()).collect();
        assert_eq!(declared.len(), used.len(), "no feature outside the table: {declared:?}");
    }
}
