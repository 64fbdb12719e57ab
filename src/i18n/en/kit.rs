//! English texts of the training kit (scenarios, import and export, summary).

use super::*;

pub(super) fn kit(k: KitText) -> &'static str {
    match k {
        KitText::Scenario => "Scenario",
        KitText::ScenarioHelp => "Choose where the practice starts. Reach the goal to see the debrief.",
        KitText::Goal => "Goal:",
        KitText::GoalReached => "Goal reached. Well done.",
        KitText::Debrief => "Debrief: the rules that mattered",
        KitText::Restart => "Restart scenario",
        KitText::RestartQuestion => {
            "Start this scenario again from its beginning? The practice done so far is replaced."
        }
        KitText::RestartYes => "Yes, restart",
        KitText::ReplaceYes => "Yes, start it",
        KitText::ScenarioStarted => "Scenario started.",
        KitText::Export => "Export progress",
        KitText::Exported => "Progress exported as a file.",
        KitText::Import => "Import progress",
        KitText::ImportHelp => "A file exported from this guide (JSON, 1 MiB at most).",
        KitText::ImportQuestion => "Replace the progress here with the imported file? You can undo this afterwards.",
        KitText::ImportYes => "Yes, replace it",
        KitText::Imported => "Progress imported.",
        KitText::UndoImport => "Undo import",
        KitText::ImportUndone => "Import undone: the earlier progress is back.",
        KitText::Summary => "Summary",
        KitText::SummaryClose => "Close summary",
        KitText::CopyMarkdown => "Copy as Markdown",
        KitText::Copied => "Summary copied as Markdown.",
        KitText::CopyFailed => "This page does not allow copying. Select the text below and copy it by hand.",
        KitText::Print => "Print",
        KitText::Steps => "Steps",
        KitText::NoSteps => "No steps apply yet.",
        KitText::Mistakes => "Mistakes and how they were put right",
        KitText::NoMistakes => "No mistakes.",
        KitText::Actions => "Actions in the practice",
        KitText::NoActions => "No actions yet.",
        KitText::NotPutRight => "Not put right yet.",
        KitText::FactMode => "Mode:",
        KitText::FactScenario => "Scenario:",
        KitText::FactResult => "Result:",
        KitText::FactWritten => "Written:",
        KitText::ResultReached => "goal reached",
        KitText::ResultNotYet => "goal not reached yet",
        KitText::ResultComplete => "every step done",
        KitText::ResultOpen => "steps still open",
    }
}

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
        Preset::DynamicsStandard => "Register the app, make its application user and reach “ready for Step 3”.",
        Preset::DynamicsSolution3 => {
            "With solution 3.x, give the role to everyone who syncs and reach “ready for Step 3”."
        }
        Preset::DynamicsCrmUser => {
            "Swap the colleague's account for a dedicated sync user and reach “ready for Step 3”."
        }
        Preset::DynamicsNotPublished => "Finish what the last admin left undone and reach “ready for Step 3”.",
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
