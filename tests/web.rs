//! Browser tests (wasm-bindgen-test in headless Chromium): components as a reader meets
//! them, and the storage adapter against the real localStorage.
#![cfg(target_arch = "wasm32")]

use marketo_guides::domain::dynamics::DynamicsStep2;
use marketo_guides::domain::saved::{Lang, Saved};
use marketo_guides::domain::sia::{Handoff, StepKind};
use marketo_guides::storage::{encode, key_for, Loaded, SaveError, Store, SCHEMA};
use marketo_guides::ui::{mount_flow, Embed, Flow, Mode};

type Sia = Saved<Handoff>;
use marketo_guides::{domain, share, storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The codec's cases, here on wasm32 in the browser (natively in `cargo test --lib`).
#[path = "support/codec.rs"]
mod codec_cases;

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts a widget in a fresh host element; returns the host and the handle to keep.
fn mount(flow: Flow, mode: Mode, lang: &str, store: Store) -> (web_sys::HtmlElement, impl Drop) {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let embed = Embed {
        flow,
        storage_key: "test".into(),
        lang_hints: vec![lang.into()],
        mode: Some(mode),
        theme: marketo_guides::domain::embed::Theme::Auto,
    };
    let handle = leptos::mount::mount_to(host.clone(), move || mount_flow(embed, store));
    (host, handle)
}

async fn settle() {
    leptos::task::tick().await;
    sleep(20).await;
    leptos::task::tick().await;
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn all(host: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

fn one(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}")).unchecked_into()
}

fn text(el: &web_sys::HtmlElement) -> String {
    el.text_content().unwrap_or_default()
}

fn button(host: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlElement {
    all(host, "button").into_iter().find(|b| text(b).trim() == label).unwrap_or_else(|| panic!("no button {label}"))
}

fn change(el: &web_sys::HtmlElement) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
}

fn select(host: &web_sys::HtmlElement, selector: &str, value: &str) {
    let el: web_sys::HtmlSelectElement = one(host, selector).unchecked_into();
    el.set_value(value);
    change(&el.unchecked_into());
}

// ---------- the checklist ----------

#[wasm_bindgen_test]
async fn the_handoff_checklist_shows_four_steps_and_ticking_moves_progress_on() {
    let (host, _keep) = mount(Flow::SiaHandoff, Mode::Guide, "en", Store::in_memory("t1"));
    settle().await;
    let steps = all(&host, ".mg-step");
    assert_eq!(steps.len(), 4);
    // Not sure whether A is the original user (C1): A is kept, three steps apply.
    assert!(text(&steps[3]).contains("Not needed"));
    assert!(text(&one(&host, ".mg-progress-text")).contains("0 of 3 steps done"));
    // A is not the original user: the removal is a fourth step.
    let original = all(&host, ".mg-question")[4].query_selector("input[value=no]").unwrap().unwrap();
    original.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    let steps = all(&host, ".mg-step");
    assert!(text(&steps[0]).contains("Do this now"));
    assert!(text(&steps[1]).contains("Waiting for Admin A"));
    assert!(text(&one(&host, ".mg-progress-text")).contains("0 of 4 steps done"));
    let tick: web_sys::HtmlInputElement = one(&steps[0], "input[type=checkbox]").unchecked_into();
    tick.click();
    settle().await;
    let steps = all(&host, ".mg-step");
    assert!(text(&steps[0]).contains("Completed"));
    assert!(text(&steps[1]).contains("Do this now"));
    assert!(text(&one(&host, ".mg-progress-text")).contains("1 of 4 steps done"));
    // The same checkbox element is still there (rows are keyed), so focus is not lost.
    assert!(tick.is_connected());
}

#[wasm_bindgen_test]
async fn answering_that_b_has_no_access_marks_the_first_step_skipped_with_a_reason() {
    let (host, _keep) = mount(Flow::SiaHandoff, Mode::Guide, "en", Store::in_memory("t2"));
    settle().await;
    let no = all(&host, ".mg-question")[0].query_selector("input[type=radio]:not(:checked)").unwrap().unwrap();
    no.unchecked_into::<web_sys::HtmlElement>().click();
    settle().await;
    let steps = all(&host, ".mg-step");
    assert!(text(&steps[0]).contains("Not needed"));
    assert!(text(&steps[0]).contains("Admin B is not on the User Access list."));
    assert!(text(&one(&host, ".mg-progress-text")).contains("0 of 2"), "B's access and A's removal do not apply");
}

// ---------- controls that explain why they are unavailable ----------

#[wasm_bindgen_test]
async fn a_refused_button_stays_focusable_and_says_why() {
    let (host, _keep) = mount(Flow::SiaHandoff, Mode::Practice, "en", Store::in_memory("t3"));
    settle().await;
    // Ana holds the connection: her Connect is refused, with the reason tied to it.
    let connect = button(&host, "Connect");
    assert_eq!(connect.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert!(connect.get_attribute("disabled").is_none(), "must stay focusable");
    let reason_id = connect.get_attribute("aria-describedby").unwrap();
    let reason = document().get_element_by_id(&reason_id).unwrap();
    assert!(reason.text_content().unwrap().contains("Already connected"));
    // Bo is on the User Access list: Connect refused under F2, naming who can fix it.
    select(&host, ".mg-console select", "2");
    settle().await;
    let connect = button(&host, "Connect");
    assert_eq!(connect.get_attribute("aria-disabled").as_deref(), Some("true"));
    let reason = document().get_element_by_id(&connect.get_attribute("aria-describedby").unwrap()).unwrap();
    let why = reason.text_content().unwrap();
    assert!(why.contains("User Access list") && why.contains("Ana Lima"), "{why}");
    // Pressing it anyway changes nothing and announces the reason.
    connect.click();
    settle().await;
    assert!(text(&one(&host, "p.mg-sr[role=status]")).contains("User Access list"));
    assert!(text(&one(&host, ".mg-status")).contains("Ana Lima"));
}

#[wasm_bindgen_test]
async fn the_last_disconnect_asks_for_confirmation_before_cutting_users_off() {
    let (host, _keep) = mount(Flow::SiaHandoff, Mode::Practice, "en", Store::in_memory("t4"));
    settle().await;
    button(&host, "Disconnect").click();
    settle().await;
    let dialog = one(&host, "[role=alertdialog]");
    assert!(text(&dialog).contains("last connection"));
    button(&host, "Cancel").click();
    settle().await;
    assert!(text(&one(&host, ".mg-status")).contains("Ana Lima"));
    button(&host, "Disconnect").click();
    settle().await;
    button(&host, "Do it anyway").click();
    settle().await;
    assert!(text(&one(&host, ".mg-status")).contains("integration is down"));
    assert!(all(&host, ".mg-step").iter().any(|s| text(s).contains("Recovery")));
}

// ---------- the training kit ----------

#[wasm_bindgen_test]
async fn a_scenario_from_the_menu_changes_the_console_goal_and_summary_and_the_goal_brings_the_debrief() {
    let (host, _keep) = mount(Flow::SiaHandoff, Mode::Practice, "en", Store::in_memory("kit1"));
    settle().await;
    assert!(text(&one(&host, ".mg-goal")).contains("Admin A to Admin B"));
    assert!(host.query_selector(".mg-debrief").unwrap().is_none());
    // Untouched practice: the chosen scenario starts at once, without asking.
    select(&host, ".mg-scenario select", "incoming-not-admin");
    settle().await;
    assert!(host.query_selector("[role=alertdialog]").unwrap().is_none());
    assert!(text(&one(&host, ".mg-goal")).contains("taking over"));
    // Acting as the person taking over reaches the goal: the debrief recalls rule F3.
    let acting = all(&host, ".mg-console select")[0].clone();
    let bo: web_sys::HtmlSelectElement = acting.clone().unchecked_into();
    bo.set_selected_index(1);
    change(&acting);
    settle().await;
    assert!(text(&one(&host, ".mg-debrief")).contains("neither connected nor on the User Access list"));
    // The summary names the scenario and its result, in the widget's language.
    button(&host, "Summary").click();
    settle().await;
    let summary = text(&one(&host, ".mg-summary"));
    assert!(
        summary.contains("The person taking over is not an admin") && summary.contains("goal reached"),
        "{summary}"
    );
    // Practice done (a confirmed disconnect): another scenario asks first, Cancel keeps all.
    select(&host, ".mg-scenario select", "standard-handoff");
    settle().await;
    button(&host, "Disconnect").click();
    settle().await;
    button(&host, "Do it anyway").click();
    settle().await;
    select(&host, ".mg-scenario select", "incoming-connected");
    settle().await;
    assert!(text(&one(&host, "[role=alertdialog]")).contains("replaced"));
    button(&host, "Cancel").click();
    settle().await;
    sleep(50).await;
    assert!(text(&one(&host, ".mg-status")).contains("integration is down"));
    assert!(text(&one(&host, ".mg-goal")).contains("Admin A to Admin B"));
    let menu: web_sys::HtmlSelectElement = one(&host, ".mg-scenario select").unchecked_into();
    assert_eq!(menu.value(), "standard-handoff", "the menu shows the scenario still running");
    // Restart asks too, and brings the scenario back to its start.
    button(&host, "Restart scenario").click();
    settle().await;
    assert!(text(&one(&host, "[role=alertdialog]")).contains("beginning"));
    button(&host, "Yes, restart").click();
    settle().await;
    assert!(text(&one(&host, ".mg-status")).contains("Ana Lima"));
}

// ---------- languages ----------

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_text_and_the_lang_attribute() {
    let (host, _keep) = mount(Flow::DynamicsSyncUser, Mode::Guide, "en", Store::in_memory("t5"));
    settle().await;
    assert_eq!(one(&host, "section.mg").get_attribute("lang").as_deref(), Some("en"));
    select(&host, "select.mg-select", "ko");
    settle().await;
    assert_eq!(one(&host, "section.mg").get_attribute("lang").as_deref(), Some("ko"));
    assert!(text(&one(&host, ".mg-title")).contains("애플리케이션 사용자"), "the S2S identity");
    select(&host, "select.mg-select", "ja");
    settle().await;
    assert!(text(&one(&host, ".mg-title")).contains("アプリケーション ユーザー"));
    assert!(text(&one(&host, ".mg-progress-text")).contains("手順"));
}

#[wasm_bindgen_test]
async fn the_embedding_language_hint_is_used_when_the_reader_chose_none() {
    let (host, _keep) = mount(Flow::SiaHandoff, Mode::Guide, "ja-JP", Store::in_memory("t6"));
    settle().await;
    assert_eq!(one(&host, "section.mg").get_attribute("lang").as_deref(), Some("ja"));
    assert!(text(&one(&host, ".mg-title")).contains("引き継ぐ"));
}

#[wasm_bindgen_test]
async fn a_bad_version_gets_the_parsers_message_next_to_the_field() {
    let (host, _keep) = mount(Flow::DynamicsSyncUser, Mode::Guide, "en", Store::in_memory("t7"));
    settle().await;
    let input: web_sys::HtmlInputElement = one(&host, "input[inputmode=decimal]").unchecked_into();
    input.set_value("4.0.x.14");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    settle().await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text(&one(&host, ".mg-field .mg-error")).contains("Number 3"));
}

/// Types into a field as a reader would: the value, then an `input` event.
fn type_into(input: &web_sys::HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn a_secret_pasted_into_a_step_3_field_is_wiped_warned_about_and_never_saved() {
    const SECRET: &str = "q8Z~4nR.tW2_xY7-kL1mP9sV3bC6dF0gH5jK8eA2";
    let store = Store::open(&key_for("dynamics-sync-user", "web-s2s"));
    let _ = store.clear();
    let (host, _keep) = mount(Flow::DynamicsSyncUser, Mode::Guide, "en", store.clone());
    settle().await;
    let tenant: web_sys::HtmlInputElement = one(&host, "input[id$='note-tenant-id']").unchecked_into();
    type_into(&tenant, SECRET);
    settle().await;
    assert_eq!(tenant.value(), "", "the secret is wiped from the field at once");
    assert_eq!(tenant.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = tenant.get_attribute("aria-describedby").unwrap();
    let message: String = described.split(' ').map(|id| text(&one(&host, &format!("[id='{id}']")))).collect();
    assert!(message.contains("looks like a secret"), "{message}");
    // Any other field of the flow too: the version field gets its previous value back.
    let version: web_sys::HtmlInputElement = one(&host, "input[inputmode=decimal]").unchecked_into();
    type_into(&version, "4.0.0.14");
    settle().await;
    type_into(&version, SECRET);
    settle().await;
    assert_eq!(version.value(), "4.0.0.14");
    // A well-formed ID is kept and appears on the card, ready to copy.
    type_into(&tenant, "72F988BF-86F1-41AF-91AB-2D7CD011DB47");
    settle().await;
    assert_eq!(tenant.get_attribute("aria-invalid").as_deref(), Some("false"));
    assert!(text(&one(&host, ".mg-card")).contains("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    sleep(400).await;
    let saved = store.raw().unwrap_or_default();
    assert!(saved.contains("72F988BF"), "the value typed is saved as typed");
    assert!(!saved.contains(SECRET), "the secret is never saved");
    let _ = store.clear();
}

// ---------- storage against the real localStorage ----------

#[wasm_bindgen_test]
fn storage_missing_value_is_a_fresh_start() {
    let store = Store::open("mg-test:missing");
    local().remove_item("mg-test:missing").unwrap();
    assert_eq!(store.load::<Sia>(1), Loaded::Fresh);
}

#[wasm_bindgen_test]
fn storage_restores_what_was_saved() {
    let store = Store::open("mg-test:restore");
    let mut data = Sia::fresh(Mode::Guide, Lang::Ja);
    data.tick(StepKind::IncomingConnects, true, 7);
    store.save(&encode(&data, 3, 0).unwrap()).unwrap();
    assert_eq!(store.load::<Sia>(1), Loaded::Restored { data, revision: 3 });
}

#[wasm_bindgen_test]
fn state_carried_from_another_module_is_merged_with_storage_and_bad_carried_text_is_ignored() {
    let mut moved = Sia::fresh(Mode::Practice, Lang::Ko);
    moved.tick(StepKind::IncomingConnects, true, 9);
    let carried = encode(&moved, 4, 0).unwrap();
    // What storage holds is older (the write was still pending when the widget moved).
    let store = Store::open("mg-test:carried");
    store.save(&encode(&Sia::fresh(Mode::Guide, Lang::En), 3, 0).unwrap()).unwrap();
    let loaded = store.clone().carrying(Some(carried.clone()), None).load::<Sia>(1);
    assert_eq!(loaded, Loaded::Carried { data: moved.clone(), revision: 4 });
    // Another tab saved while the widget moved: both changes are kept, merged per part.
    let mut theirs = Sia::fresh(Mode::Guide, Lang::En);
    theirs.tick(StepKind::RemoveIncomingAccess, true, 12);
    store.save(&encode(&theirs, 5, 0).unwrap()).unwrap();
    match store.clone().carrying(Some(carried.clone()), None).load::<Sia>(1) {
        Loaded::Carried { data, revision } => {
            assert_eq!(revision, 5);
            assert_eq!(data.mode(), Mode::Practice, "the move's own change");
            let ticked = data.ticked();
            assert!(
                ticked.contains(&StepKind::IncomingConnects) && ticked.contains(&StepKind::RemoveIncomingAccess),
                "{ticked:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    store.save(&encode(&Sia::fresh(Mode::Guide, Lang::En), 3, 0).unwrap()).unwrap();
    // Storage blocked: the carried state is shown, and the page still says nothing is kept.
    let blocked = Store::in_memory("mg-test:carried").carrying(Some(carried), None).load::<Sia>(1);
    assert_eq!(blocked, Loaded::BlockedCarried { data: moved, revision: 4 });
    // Text that does not decode (a page's script may send anything) changes nothing.
    for bad in ["", "{", "null", "{\"schema\":999}"] {
        let loaded = store.clone().carrying(Some(bad.to_string()), None).load::<Sia>(1);
        assert!(matches!(loaded, Loaded::Restored { revision: 3, .. }), "{bad}: {loaded:?}");
    }
    let _ = store.clear();
}

#[wasm_bindgen_test]
fn storage_schema_1_values_of_both_flows_keep_loading() {
    // Written by the first release; every later build must still load them (migrated).
    local().set_item("mg-test:fixture", include_str!("fixtures/sia-v1.json")).unwrap();
    match Store::open("mg-test:fixture").load::<Sia>(1) {
        Loaded::Restored { revision, data } => {
            assert_eq!(revision, 4);
            assert_eq!(data.answers().leaving_name(), "Ana");
            assert_eq!(data.ticks().get(&StepKind::RemoveIncomingAccess), Some(&true));
        }
        other => panic!("{other:?}"),
    }
    local().set_item("mg-test:fixture-dyn", include_str!("fixtures/dynamics-v1.json")).unwrap();
    match Store::open("mg-test:fixture-dyn").load::<Saved<DynamicsStep2>>(1) {
        Loaded::Restored { revision, data } => {
            assert_eq!(revision, 9);
            assert_eq!(data.answers().email(), "sync@example.com");
            assert_eq!(data.practice().log().count(), 3);
        }
        other => panic!("{other:?}"),
    }
    local().remove_item("mg-test:fixture").unwrap();
    local().remove_item("mg-test:fixture-dyn").unwrap();
}

#[wasm_bindgen_test]
fn storage_newer_schema_is_kept_and_never_overwritten() {
    let text = r#"{"schema":9,"revision":1,"saved_at":0,"data":{"future":true}}"#;
    local().set_item("mg-test:newer", text).unwrap();
    let store = Store::open("mg-test:newer");
    assert_eq!(store.load::<Sia>(1), Loaded::Newer);
    assert_eq!(store.save("{}"), Err(SaveError::Protected));
    assert_eq!(local().get_item("mg-test:newer").unwrap().as_deref(), Some(text));
}

#[wasm_bindgen_test]
fn storage_corrupt_value_is_quarantined_with_its_original_text() {
    let text = r#"{"schema":2,"revision":2,"saved_at":0,"data":[1,2"#;
    local().set_item("mg-test:corrupt", text).unwrap();
    let store = Store::open("mg-test:corrupt");
    match store.load::<Sia>(42) {
        Loaded::Quarantined { key, text: kept } => {
            assert_eq!(key, "mg-test:corrupt:quarantine:42");
            assert_eq!(kept, text);
            assert_eq!(local().get_item(&key).unwrap().as_deref(), Some(text));
        }
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn storage_blocked_works_in_memory() {
    let store = Store::in_memory("mg-test:blocked");
    assert_eq!(store.load::<Sia>(1), Loaded::Blocked);
    assert_eq!(store.save("x"), Err(SaveError::Blocked));
}

#[wasm_bindgen_test]
fn storage_quota_exceeded_is_an_error_value_not_a_crash() {
    let store = Store::open("mg-test:quota");
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(store.save(&huge), Err(SaveError::Refused));
    assert!(store.save("small").is_ok());
    local().remove_item("mg-test:quota").unwrap();
}

#[wasm_bindgen_test]
async fn a_widget_writes_its_progress_once_after_a_burst_of_changes() {
    let key = key_for("sia-handoff", "burst");
    local().remove_item(&key).unwrap();
    let (host, _keep) = mount(Flow::SiaHandoff, Mode::Guide, "en", Store::open(&key));
    settle().await;
    for step in 0..3 {
        let tick: web_sys::HtmlElement = one(&all(&host, ".mg-step")[step], "input[type=checkbox]");
        tick.click();
        leptos::task::tick().await;
    }
    assert!(local().get_item(&key).unwrap().is_none(), "written before the debounce");
    sleep(400).await;
    let saved: serde_json::Value = serde_json::from_str(&local().get_item(&key).unwrap().unwrap()).unwrap();
    assert_eq!(saved["schema"], SCHEMA);
    assert_eq!(saved["revision"], 1, "one write for the burst");
    let ticks = saved["data"]["ticks"].as_object().unwrap();
    assert_eq!(ticks.values().filter(|v| v.as_bool() == Some(true)).count(), 3);
    assert_eq!(saved["data"]["stamps"].as_array().unwrap().len(), 3);
    local().remove_item(&key).unwrap();
}

// ---------- a panic never leaves a dead blank box ----------

#[wasm_bindgen_test]
fn after_a_panic_each_widget_shows_a_readable_message_in_its_language() {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_attribute("data-marketo-guide", "sia-handoff").unwrap();
    host.set_attribute("data-lang", "ko").unwrap();
    host.set_attribute("data-storage-key", "crash-test").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let root = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let id = marketo_guides::mount_widget(host.clone(), root.clone(), None, None);
    assert!(root.query_selector(".mg-step").unwrap().is_some(), "the widget is drawn first");
    // A widget of the same page that another module (another flow's) mounted is not ours.
    let other: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    other.set_attribute("data-marketo-guide", "dynamics-sync-user").unwrap();
    other.set_inner_html("<section class=\"mg\">another module's widget</section>");
    document().body().unwrap().append_child(&other).unwrap();
    marketo_guides::show_crash_message();
    let alert = root.query_selector("[role=alert]").unwrap().expect("an alert in place of the widget");
    let message = alert.text_content().unwrap();
    assert!(root.query_selector(".mg-step").unwrap().is_none(), "the dead widget is gone");
    assert!(message.contains("새로 고쳐"), "{message}");
    assert_eq!(other.text_content().unwrap(), "another module's widget");
    marketo_guides::unmount_widget(id);
    host.remove();
    other.remove();
    local().remove_item(&marketo_guides::storage::key_for("sia-handoff", "crash-test")).ok();
}

// ---------- a widget torn down or moved into another module ----------

/// A host element with an open shadow root, as the loader prepares it.
fn shadow_host(flow: &str, key: &str) -> (web_sys::HtmlElement, web_sys::ShadowRoot) {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_attribute("data-marketo-guide", flow).unwrap();
    host.set_attribute("data-lang", "en").unwrap();
    host.set_attribute("data-storage-key", key).unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let root = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    (host, root)
}

#[wasm_bindgen_test]
async fn a_widget_torn_down_at_once_writes_its_tick_and_leaves_nothing_behind() {
    let key = marketo_guides::storage::key_for("sia-handoff", "teardown");
    local().remove_item(&key).ok();
    let (host, root) = shadow_host("sia-handoff", "teardown");
    let id = marketo_guides::mount_widget(host.clone(), root.clone(), None, None);
    settle().await;
    let tick: web_sys::HtmlInputElement =
        root.query_selector(".mg-step input[type=checkbox]").unwrap().unwrap().unchecked_into();
    tick.click();
    // The reader's next click (a link) comes after the tick's effects have run.
    settle().await;
    assert!(local().get_item(&key).unwrap().is_none(), "still within the debounce");
    // A docs theme swapping pages in place: the element goes before the delayed save.
    marketo_guides::unmount_widget(id);
    let saved: serde_json::Value =
        serde_json::from_str(&local().get_item(&key).unwrap().expect("written on teardown")).unwrap();
    let ticks = saved["data"]["ticks"].as_object().unwrap();
    assert_eq!(ticks.values().filter(|v| v.as_bool() == Some(true)).count(), 1);
    assert_eq!(root.child_element_count(), 0, "no empty root left in the shadow root");
    host.remove();
    local().remove_item(&key).ok();
}

#[wasm_bindgen_test]
async fn an_import_moved_into_another_module_can_still_be_undone() {
    use marketo_guides::domain::saved::Saved;
    use marketo_guides::domain::sia::Handoff;
    let key = marketo_guides::storage::key_for("sia-handoff", "undo-move");
    local().remove_item(&key).ok();
    // What the widget had before the import (a name typed), and the imported practice.
    let mut before = Saved::<Handoff>::fresh(Mode::Guide, Lang::En);
    before.set_answer(domain::sia::SiaAnswer::LeavingName("Before the import".into()), 1).unwrap();
    let imported = Saved::<Handoff>::fresh(Mode::Practice, Lang::En);
    let carried = marketo_guides::storage::encode(&imported, 3, 1).unwrap();
    let undo = marketo_guides::storage::encode(&before, 0, 1).unwrap();
    let (host, root) = shadow_host("sia-handoff", "undo-move");
    let id = marketo_guides::mount_widget(host.clone(), root.clone(), Some(carried), Some(undo));
    settle().await;
    let root_el: web_sys::HtmlElement = root.query_selector(".mg-root").unwrap().unwrap().unchecked_into();
    assert!(root.query_selector(".mg-console").unwrap().is_some(), "the imported practice is shown");
    let undo_button = one(&root_el, "button[name=mg-undo-import]");
    assert!(undo_button.offset_parent().is_some(), "Undo import is in view, not folded away");
    undo_button.click();
    settle().await;
    assert!(root.query_selector("button[name=mg-undo-import]").unwrap().is_none(), "offered once");
    let leaving: web_sys::HtmlInputElement = one(&root_el, "input.mg-input").unchecked_into();
    assert_eq!(leaving.value(), "Before the import", "the guide as it was before the import");
    marketo_guides::unmount_widget(id);
    host.remove();
    local().remove_item(&key).ok();
}
