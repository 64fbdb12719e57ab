//! The trainer's scenarios: the menu with its goal and debrief, and a link that opens one.

use domain::presets::Preset;
use domain::saved::{FlowSpec, LinkOutcome, Saved, Schema};
use leptos::prelude::*;

use super::super::kit::{focus_soon, Ask};
use super::super::{now_ms, Ui};
use crate::i18n::Lang;

/// The scenario this page's address names (read by the domain: `Preset::from_address`).
fn linked_scenario() -> Option<Preset> {
    let location = crate::ui::window()?.location();
    Preset::from_address([location.hash().ok()?.as_str(), location.search().ok()?.as_str()])
}

/// Follows a link to a scenario of this flow, once, when the widget opens: starts it, or
/// returns it when practice done must be confirmed away first.
pub fn follow_scenario_link<F: FlowSpec>(s: RwSignal<Saved<F>>, lang: Lang) -> Option<Preset> {
    let preset = linked_scenario()?;
    let mut outcome = LinkOutcome::NotThisFlow;
    s.update(|v| outcome = v.follow_link(preset, lang, now_ms()));
    (outcome == LinkOutcome::Ask).then_some(preset)
}

/// Practice mode's scenario menu: a select (standard start first) that starts the chosen
/// scenario at once over untouched practice, and asks first when practice done would be
/// replaced (the question follows the choice while the reader moves through the options;
/// focus stays on the select, so arrow keys keep working); a "Restart scenario" button;
/// the current scenario's goal; the debrief once the goal is reached. A link's scenario may
/// be waiting for confirmation.
#[component]
pub fn ScenarioBar<F: FlowSpec>(
    ui: Ui,
    s: RwSignal<Saved<F>>,
    /// A scenario waiting for confirmation (a link may have asked for it).
    asking: RwSignal<Option<Preset>>,
) -> impl IntoView
where
    Saved<F>: Schema,
{
    let t = move || ui.t();
    let select_id = ui.id("scenario");
    let help_id = ui.id("scenario-help");
    let scenario = Memo::new(move |_| s.with(Saved::scenario));
    let reached = Memo::new(move |_| s.with(Saved::goal_reached));
    // The menu shows the scenario waiting for confirmation, else the current one.
    let shown = move || asking.get().unwrap_or_else(|| scenario.get());
    let select_ref = NodeRef::<leptos::html::Select>::new();
    let restart_ref = NodeRef::<leptos::html::Button>::new();
    let lang = move || ui.lang.get_untracked();

    let start = move |preset: Preset| {
        s.update(|v| {
            if v.scenario() == preset {
                v.restart_scenario(lang(), now_ms());
            } else {
                v.start_scenario(preset, lang(), now_ms());
            }
        });
        asking.set(None);
        ui.say(format!("{} {}", t().kit.scenario_started, (t().preset_goal)(preset)));
    };
    // The menu back on the current scenario (after a cancel).
    let menu_back = move || {
        request_animation_frame(move || {
            if let Some(el) = select_ref.try_get_untracked().flatten() {
                el.set_value(scenario.get_untracked().slug());
            }
        });
    };
    // The restart button's question takes focus; the menu's leaves it on the menu.
    let focus_cancel = StoredValue::new(false);
    let choose = move |ev: leptos::ev::Event| {
        let Some(preset) = Preset::from_slug(&event_target_value(&ev)) else { return };
        if preset == scenario.get_untracked() && asking.get_untracked().is_some() {
            asking.set(None);
        } else if s.with_untracked(Saved::practice_would_be_lost) {
            focus_cancel.set_value(false);
            asking.set(Some(preset));
        } else if preset != scenario.get_untracked() {
            start(preset);
        }
    };
    let restart = move |_| {
        if s.with_untracked(Saved::practice_would_be_lost) {
            focus_cancel.set_value(true);
            asking.set(Some(scenario.get_untracked()));
        } else {
            start(scenario.get_untracked());
        }
    };
    let question = move || {
        let preset = asking.get();
        match preset {
            Some(p) if p != scenario.get() => (t().kit_replace_question)((t().preset_name)(p)),
            _ => t().kit.restart_question.to_string(),
        }
    };
    let yes = move || {
        let same = asking.get().is_none_or(|p| p == scenario.get());
        if same { t().kit.restart_yes } else { t().kit.replace_yes }.to_string()
    };
    let debrief = move || {
        let t = t();
        scenario.get().debrief().iter().map(|r| view! { <li>{(t.rule)(*r)}</li> }).collect_view()
    };
    view! {
        <div class="mg-scenario">
            <div class="mg-scenario-pick">
                <div class="mg-field">
                    <label for=select_id.clone()>{move || t().kit.scenario}</label>
                    <select
                        id=select_id
                        class="mg-select"
                        node_ref=select_ref
                        aria-describedby=help_id.clone()
                        on:change=choose
                    >
                        {Preset::of(F::FLOW)
                            .into_iter()
                            .map(|p| {
                                view! {
                                    <option value=p.slug() prop:selected=move || shown() == p>
                                        {move || (t().preset_name)(p)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <button type="button" class="mg-btn mg-btn-quiet" node_ref=restart_ref on:click=restart>
                    {move || t().kit.restart}
                </button>
            </div>
            <p class="mg-help" id=help_id>{move || t().kit.scenario_help}</p>
            <p class="mg-goal">
                <strong>{move || t().kit.goal}</strong>
                " "
                {move || (t().preset_goal)(scenario.get())}
            </p>
            <Show when=move || asking.with(Option::is_some)>
                <Ask
                    ui
                    id="scenario"
                    question=Signal::derive(question)
                    yes=Signal::derive(yes)
                    take_focus=focus_cancel.get_value()
                    on_yes=Callback::new(move |_| {
                        if let Some(p) = asking.get_untracked() {
                            start(p);
                        }
                        focus_soon(restart_ref);
                    })
                    on_cancel=Callback::new(move |_| {
                        asking.set(None);
                        menu_back();
                        focus_soon(restart_ref);
                    })
                />
            </Show>
            <Show when=move || reached.get()>
                <section class="mg-debrief" aria-labelledby=ui.id("debrief")>
                    <p class="mg-reached">{move || t().kit.goal_reached}</p>
                    <h4 class="mg-subtitle" id=ui.id("debrief")>{move || t().kit.debrief}</h4>
                    <ul class="mg-debrief-rules">{debrief}</ul>
                </section>
            </Show>
        </div>
    }
}
