//! The first views (src/first_view.rs), rendered natively as the build renders them. Here, not
//! in the library's own tests, so the library is compiled with the rendering once, not twice.
#![cfg(not(target_arch = "wasm32"))]

use marketo_guides::domain::saved::{Flow, Lang};
use marketo_guides::first_view::{problem, render};
use marketo_guides::ui::first_view_wrapper;

#[test]
fn every_first_view_is_the_fresh_guide_in_its_language_with_its_sources() {
    for flow in Flow::ALL {
        for lang in Lang::ALL {
            let html = render(flow, lang);
            let t = marketo_guides::i18n::Texts::texts(lang);
            assert!(html.starts_with(&first_view_wrapper(flow, lang).0), "{flow:?} {lang:?}");
            assert_eq!(problem(&html), None, "{flow:?} {lang:?}");
            // The reader's language is the one chosen, the mode is guide, nothing warns
            // that storage is blocked (a first-time reader's storage works).
            assert!(html.contains(&format!(r#"<option value="{0}" lang="{0}" selected>"#, lang.tag())));
            assert!(html.contains(r#"value="guide" checked"#), "{flow:?} {lang:?}");
            assert!(!html.contains(t.storage_blocked), "{flow:?} {lang:?}");
            // The checklist, with its sources (links to the official pages).
            assert!(html.contains(t.checklist), "{flow:?} {lang:?}");
            assert!(html.matches(r#"href="https://experienceleague.adobe.com/"#).count() >= 3, "{flow:?} {lang:?}");
            if flow == Flow::SiaHandoff {
                assert!(html.contains(t.sia_title), "{lang:?}");
            }
        }
    }
}

#[test]
fn the_questions_show_their_defaults() {
    let html = render(Flow::SiaHandoff, Lang::En);
    for checked in ["incoming_has_access\" value=\"yes\" checked", "leaving_is_original\" value=\"not-sure\" checked"] {
        assert!(html.contains(checked), "{checked}");
    }
    let html = render(Flow::DynamicsSyncUser, Lang::Ko);
    // Server-to-server is the default connection; the URL cannot be confirmed before it is typed.
    assert!(html.contains(r#"-connection" value="s2s" checked"#));
    assert!(html.contains(r#"type="checkbox" aria-describedby="mg"#) && html.contains("confirm-url-help\" disabled>"));
}
