//! The attributes a page writes: each accepted value, each kind of bad one, and any text.

use marketo_guides_domain::embed::*;
use marketo_guides_domain::saved::{Flow, Lang, Mode};
use proptest::prelude::*;

fn attrs(flow: &str) -> Attributes {
    Attributes { flow: Some(flow.into()), ..Attributes::default() }
}

#[test]
fn defaults_follow_the_flow() {
    let c = read(&attrs("sia-handoff")).unwrap();
    assert_eq!(
        (c.flow, c.lang, c.mode, c.theme, c.load, c.storage_key.as_str()),
        (Flow::SiaHandoff, None, None, Theme::Auto, Load::Lazy, "sia-handoff")
    );
}

#[test]
fn every_accepted_value_is_read_trimmed_and_case_insensitive() {
    let c = read(&Attributes {
        flow: Some(" dynamics-sync-user ".into()),
        lang: Some("ja-JP".into()),
        mode: Some("Practice".into()),
        theme: Some(" DARK".into()),
        load: Some("eager".into()),
        storage_key: Some("  training-room-3  ".into()),
    })
    .unwrap();
    assert_eq!(c.flow, Flow::DynamicsSyncUser);
    assert_eq!(c.lang, Some(Lang::Ja));
    assert_eq!(c.mode, Some(Mode::Practice));
    assert_eq!((c.theme, c.load), (Theme::Dark, Load::Eager));
    assert_eq!(c.storage_key, "training-room-3");
    let long = "k".repeat(150);
    let c = read(&Attributes { storage_key: Some(long), ..attrs("sia-handoff") }).unwrap();
    assert_eq!(c.storage_key.chars().count(), marketo_guides_domain::saved::MAX_STORAGE_KEY_CHARS);
}

#[test]
fn each_bad_attribute_is_named_with_the_values_it_accepts() {
    let bad = |a: Attributes| read(&a).unwrap_err();
    let e = bad(attrs("handoff"));
    assert_eq!((e.attribute, e.value.as_str()), (ATTR_FLOW, "handoff"));
    assert_eq!(e.accepted, vec!["sia-handoff", "dynamics-sync-user"]);
    assert_eq!(bad(Attributes::default()).attribute, ATTR_FLOW);
    let e = bad(Attributes { lang: Some("fr".into()), ..attrs("sia-handoff") });
    assert_eq!((e.attribute, e.accepted), (ATTR_LANG, vec!["en", "ko", "ja"]));
    let e = bad(Attributes { mode: Some("exam".into()), ..attrs("sia-handoff") });
    assert_eq!((e.attribute, e.accepted), (ATTR_MODE, vec!["guide", "practice"]));
    let e = bad(Attributes { theme: Some("sepia".into()), ..attrs("sia-handoff") });
    assert_eq!((e.attribute, e.accepted), (ATTR_THEME, vec!["light", "dark", "auto"]));
    let e = bad(Attributes { load: Some("later".into()), ..attrs("sia-handoff") });
    assert_eq!((e.attribute, e.accepted), (ATTR_LOAD, vec!["lazy", "eager"]));
    // A long value is quoted short.
    let e = bad(attrs(&"x".repeat(500)));
    assert_eq!(e.value.chars().count(), 40);
}

#[test]
fn a_step_link_fragment_names_the_widget_and_the_step() {
    assert_eq!(step_fragment("dynamics-sync-user", "publish"), "mg-dynamics-sync-user-publish");
}

fn near_valid() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        Just("sia-handoff".to_string()),
        Just("dynamics-sync-user".to_string()),
        Just("ko".to_string()),
        Just("practice".to_string()),
        Just("dark".to_string()),
        Just("eager".to_string()),
        "[ a-zA-Z-]{0,12}",
        any::<String>(),
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(10_000)
    ))]

    /// Any attribute text: a configuration or a named bad attribute, never a panic; what is
    /// accepted round-trips through its own name.
    #[test]
    fn attributes_of_any_text_are_read_or_named(flow in near_valid(), lang in near_valid(), mode in near_valid(), theme in near_valid(), load in near_valid(), key in near_valid()) {
        let a = Attributes { flow, lang, mode, theme, load, storage_key: key };
        match read(&a) {
            Ok(c) => {
                prop_assert_eq!(Flow::from_name(c.flow.name()), Some(c.flow));
                prop_assert!(!c.storage_key.is_empty());
                prop_assert!(c.storage_key.chars().count() <= marketo_guides_domain::saved::MAX_STORAGE_KEY_CHARS);
            }
            Err(e) => {
                prop_assert!(!e.accepted.is_empty());
                prop_assert!(e.value.chars().count() <= 40);
            }
        }
    }
}
