//! The domain stays pure: no browser, UI or clock crate may become one of its dependencies.
//! (Reading the clock is refused by clippy.toml beside Cargo.toml.)

#[test]
fn the_domain_depends_on_no_web_ui_or_clock_crate() {
    let manifest = include_str!("../Cargo.toml");
    let deps = manifest.split("[dependencies]").nth(1).unwrap_or("").split("\n[").next().unwrap_or("");
    let names: Vec<&str> = deps
        .lines()
        .filter_map(|l| l.split('=').next())
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.starts_with('#'))
        .collect();
    assert_eq!(names, ["serde"], "the domain's dependencies changed; keep them free of web, UI and clock crates");
    let clippy = include_str!("../clippy.toml");
    assert!(clippy.contains("std::time::SystemTime::now") && clippy.contains("std::time::Instant::now"));
}
