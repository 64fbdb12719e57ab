//! English texts of the training kit (scenarios, import and export, summary).

use super::{ImportProblem, KitTexts, Preset};

pub(super) const KIT: KitTexts = KitTexts {
    scenario: "Scenario",
    scenario_help: "Choose where the practice starts. Reach the goal to see the debrief.",
    goal: "Goal:",
    goal_reached: "Goal reached. Well done.",
    debrief: "Debrief: the rules that mattered",
    restart: "Restart scenario",
    restart_question: "Start this scenario again from its beginning? The practice done so far is replaced.",
    restart_yes: "Yes, restart",
    replace_yes: "Yes, start it",
    scenario_started: "Scenario started.",
    export: "Export progress",
    exported: "Progress exported as a file.",
    import: "Import progress",
    import_help: "A file exported from this guide (JSON, 1 MiB at most).",
    import_question: "Replace the progress here with the imported file? You can undo this afterwards.",
    import_yes: "Yes, replace it",
    imported: "Progress imported.",
    undo_import: "Undo import",
    import_undone: "Import undone: the earlier progress is back.",
    summary: "Summary",
    summary_close: "Close summary",
    copy_markdown: "Copy as Markdown",
    copied: "Summary copied as Markdown.",
    copy_failed: "This page does not allow copying. Select the text below and copy it by hand.",
    print: "Print",
    steps: "Steps",
    no_steps: "No steps apply yet.",
    mistakes: "Mistakes and how they were put right",
    no_mistakes: "No mistakes.",
    actions: "Actions in the practice",
    no_actions: "No actions yet.",
    not_put_right: "Not put right yet.",
    fact_mode: "Mode:",
    fact_scenario: "Scenario:",
    fact_result: "Result:",
    fact_written: "Written:",
    result_reached: "goal reached",
    result_not_yet: "goal not reached yet",
    result_complete: "every step done",
    result_open: "steps still open",
};

pub(super) fn preset_name(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => "Standard handoff",
        Preset::IncomingConnected => "The new admin already connected",
        Preset::LeavingDisconnected => "The leaving admin disconnected too early",
        Preset::IncomingNotAdmin => "The person taking over is not an admin",
        Preset::DynamicsStandard => "Server-to-server set-up from scratch",
        Preset::DynamicsSolution3 => "Marketo solution 3.x",
        Preset::DynamicsCrmUser => "A colleague's account as the sync user",
        Preset::DynamicsNotPublished => "Configured but never published",
    }
}

pub(super) fn preset_goal(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => {
            "Move the integration from Admin A to Admin B, remove A, and keep every user connected."
        }
        Preset::IncomingConnected => "B is connected already: finish the handoff without cutting anyone off.",
        Preset::LeavingDisconnected => "The integration is down: bring it back, then complete the handoff.",
        Preset::IncomingNotAdmin => {
            "Act as the person taking over to find what stops them, without cutting anyone off."
        }
        Preset::DynamicsStandard => "Register the app, make its application user and reach “ready for Step 3 of 3”.",
        Preset::DynamicsSolution3 => {
            "With solution 3.x, give the role to all users, register the client app and reach “ready for Step 4 of 4”."
        }
        Preset::DynamicsCrmUser => {
            "Swap the colleague's account for a dedicated sync user, register the client app and reach “ready for Step 4 of 4”."
        }
        Preset::DynamicsNotPublished => "Finish what the last admin left undone and reach “ready for Step 4 of 4”.",
    }
}

pub(super) fn import_problem(p: &ImportProblem) -> String {
    match p {
        ImportProblem::TooBig { bytes } => format!(
            "This file is {} KiB; progress files are 1,024 KiB at most. Choose the file this guide exported.",
            bytes.div_ceil(1024)
        ),
        ImportProblem::Empty => "This file is empty. Choose the file this guide exported.".into(),
        ImportProblem::NotJson => {
            "This is not a progress file (it is not JSON, or it was cut short). Choose the file this guide exported.".into()
        }
        ImportProblem::WrongShape => {
            "This JSON file does not hold progress of this guide, or its values break a rule. Nothing was changed.".into()
        }
        ImportProblem::Newer { schema } => format!(
            "This file was saved by a newer version of the guide (format {schema}). Update the page or the offline file, then import it again."
        ),
        ImportProblem::OtherFlow(flow) => format!(
            "This file holds progress of the other guide ({}). Import it there.",
            flow.name()
        ),
        ImportProblem::Unreadable => "The browser could not read this file. Try choosing it again.".into(),
    }
}
