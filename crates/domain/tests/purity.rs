//! The domain stays pure: no browser, UI or clock crate may become one of its dependencies,
//! directly or through another crate. (Reading the clock is refused by clippy.toml beside
//! Cargo.toml.)

use std::collections::BTreeSet;
use std::process::Command;

/// What the domain may build on: serde and the crates its derive macro needs.
const ALLOWED: [&str; 8] =
    ["marketo-guides-domain", "serde", "serde_core", "serde_derive", "proc-macro2", "quote", "syn", "unicode-ident"];

/// Crates that would make the domain impure, whatever else changes.
const FORBIDDEN: [&str; 9] =
    ["wasm-bindgen", "web-sys", "js-sys", "leptos", "reactive_graph", "tachys", "chrono", "time", "getrandom"];

/// Every crate the domain is built with (normal and build dependencies, transitively), as
/// `cargo tree` resolves them from the lock file.
fn dependency_tree() -> BTreeSet<String> {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "--locked", "-p", "marketo-guides-domain", "-e", "normal,build"])
        .args(["--prefix", "none", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| l.split_whitespace().next()).map(String::from).collect()
}

#[test]
fn the_domain_depends_on_no_web_ui_or_clock_crate() {
    let tree = dependency_tree();
    assert!(tree.contains("marketo-guides-domain") && tree.contains("serde"), "the tree was read: {tree:?}");
    let forbidden: Vec<&String> = tree.iter().filter(|c| FORBIDDEN.contains(&c.as_str())).collect();
    assert!(forbidden.is_empty(), "the domain now builds on {forbidden:?}: keep web, UI and clock crates out of it");
    let unknown: Vec<&String> = tree.iter().filter(|c| !ALLOWED.contains(&c.as_str())).collect();
    assert!(unknown.is_empty(), "new dependencies of the domain {unknown:?}: check they know nothing of the web, UI or clock, then allow them here");
    let clippy = include_str!("../clippy.toml");
    assert!(clippy.contains("std::time::SystemTime::now") && clippy.contains("std::time::Instant::now"));
}
