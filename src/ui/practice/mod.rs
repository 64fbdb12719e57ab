//! Everything only practice shows, behind the one `practice` feature: the simulated
//! consoles of both flows, their activity log and tables, and the trainer's scenarios. A
//! guide-only module (scripts/build.sh) leaves this module out; the widget moves into a
//! module that has it when the reader switches to practice.

#[cfg(feature = "dynamics-sync-user")]
mod consoles;
#[cfg(feature = "dynamics-sync-user")]
mod dynamics;
#[cfg(feature = "sia-handoff")]
mod handoff;
mod scenario;

#[cfg(feature = "dynamics-sync-user")]
pub use dynamics::Practice as DynamicsPractice;
#[cfg(feature = "sia-handoff")]
pub use handoff::Practice as HandoffPractice;
pub use scenario::{follow_scenario_link, ScenarioBar};

use leptos::prelude::*;

use super::Ui;
use crate::i18n::Catalog;

/// One line of a practice's activity log, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct LogLine {
    /// Who did what (absent when there is one actor).
    pub head: Option<String>,
    /// What happened, each with where the console's model of it comes from.
    pub effects: Vec<(String, domain::sources::Source)>,
    /// A note under the line (e.g. "the documents do not cover this").
    pub note: Option<&'static str>,
}

/// The activity log of a practice: newest first, with a line for entries no longer kept.
#[component]
pub fn ActivityLog(
    ui: Ui,
    #[prop(into)] lines: Signal<Vec<LogLine>>,
    #[prop(into)] earlier: Signal<u64>,
) -> impl IntoView {
    let t = move || ui.t();
    view! {
        <h3 class="mg-panel-title mg-activity">{move || t().activity}</h3>
        <Show when=move || lines.with(Vec::is_empty) && earlier.get() == 0>
            <p class="mg-hint mg-activity">{move || t().activity_empty}</p>
        </Show>
        <ol class="mg-log" reversed>
            {move || {
                // Drawn once per change (the lines are rebuilt when the language changes).
                let lang = ui.lang.get();
                lines
                    .get()
                    .into_iter()
                    .map(|line| {
                        view! {
                            <li>
                                {line.head.map(|h| view! { <strong>{h}</strong> })}
                                <ul>
                                    {line
                                        .effects
                                        .into_iter()
                                        .map(|(l, source)| {
                                            // What no page says is marked where it is shown (C2).
                                            view! {
                                                <li>
                                                    {l}
                                                    {(!source.documented()).then(|| view! { " " {super::source::source_in(ui, lang, source)} })}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                                {line.note.map(|n| view! { <p class="mg-hint">{n}</p> })}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
        <Show when=move || { earlier.get() > 0 }>
            <p class="mg-hint mg-activity">{move || (t().log_earlier)(earlier.get())}</p>
        </Show>
    }
}

/// A table of the simulated console: a heading, then name, one more column and a column
/// of row actions (its header read by screen readers only); `children` are the rows.
#[component]
pub fn ConsoleTable(
    ui: Ui,
    title: fn(&Catalog) -> &'static str,
    column: fn(&Catalog) -> &'static str,
    action: fn(&Catalog) -> &'static str,
    children: Children,
) -> impl IntoView {
    let t = move || ui.t();
    view! {
        <h4 class="mg-subtitle">{move || title(t())}</h4>
        <div class="mg-table-wrap">
            <table class="mg-table">
                <thead>
                    <tr>
                        <th scope="col">{move || t().sia_name}</th>
                        <th scope="col">{move || column(t())}</th>
                        <th scope="col">
                            <span class="mg-sr">{move || action(t())}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
