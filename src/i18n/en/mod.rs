//! English texts.
//!
//! By part: the frame's texts here; [`handoff`], [`dynamics_guide`], [`s2s`] and [`kit`] beside.

use super::vocabulary::*;

/// One sentence for every field that refuses a secret.
const SECRET_REFUSED: &str = "That looks like a secret (a long random string), so it was not kept. This guide never stores secrets: keep it in your password manager or key vault.";

/// Why a value the reader gave was not kept (every field, every flow).
pub(super) fn refused(r: Refused) -> &'static str {
    match r {
        Refused::LooksLikeSecret => SECRET_REFUSED,
        Refused::TooLong => "That is far too long for this field, so it was not kept.",
        Refused::NothingToConfirm => {
            "There is no well-formed organization URL to confirm yet, so nothing was confirmed."
        }
    }
}

// Each flow's texts only in a module that carries the flow (scripts/build.sh).
#[cfg(feature = "dynamics-sync-user")]
mod dynamics_guide;
#[cfg(feature = "sia-handoff")]
mod handoff;
mod kit;
#[cfg(feature = "dynamics-sync-user")]
mod s2s;

#[cfg(feature = "dynamics-sync-user")]
use dynamics_guide::*;
#[cfg(feature = "sia-handoff")]
use handoff::*;
use kit::*;
#[cfg(feature = "dynamics-sync-user")]
use s2s::*;

fn rule(r: Rule) -> &'static str {
    match r {
        Rule::F1 => "Only an admin who made a connection can disconnect it.",
        Rule::F2 => "An admin on the User Access list cannot connect until the connected admin takes that access away.",
        Rule::F3 => "Any admin who is neither connected nor on the User Access list may connect, even while someone else is connected.",
        Rule::F4 => "The new admin connects before the old one disconnects, so that the other users stay connected.",
        Rule::F5 => "The admin who holds the integration can leave safely only once another admin has connected and they have disconnected.",
        Rule::F6 => "Access is given to people already in the instance, with the workspace fixed when it is given.",
        Rule::F7 => "Once data sync has been started, the instance's original user (the one the first invite went to) must stay in the instance.",
        Rule::X1 => "In this practice console an admin who is connected has nothing more to connect.",
        Rule::X2 => "In this practice console another admin removes a person; nobody removes themselves.",
        Rule::X3 => "In this practice console only an admin who holds a connection can give access.",
        Rule::D1 => "Step 1 (installing the Marketo solution) has to be finished first.",
        Rule::D2 => "The Marketo User must be a dedicated sync user, never someone's everyday CRM account.",
        Rule::D3 => "Which users need the Marketo Sync User role depends on the solution version.",
        Rule::D4 => "Customizations have to be published after the last configuration change.",
        Rule::D5 => "The custom sync filter is a Two Options field called exactly new_synctomkto.",
        Rule::D6 => "Before connecting, run Validate Microsoft Dynamics Sync and sign in once as the sync user.",
        Rule::D7 => "The user needs a usable, unique name and an address-shaped e-mail.",
        Rule::S1 => "The application user and the tenant ID belong to the server-to-server connection.",
        Rule::S2 => "The app registration accepts accounts of your own directory only (single tenant).",
        Rule::S3 => "The connect step needs the app's client ID (server-to-server: and your tenant ID), as GUIDs written down exactly.",
        Rule::S4 => "An administrator grants admin consent for the app before Marketo can use it.",
        Rule::S5 => "A client secret's value is shown once only; copy it then. This guide never keeps a secret.",
        Rule::S6 => "The application user holds the Marketo Sync User role, and its e-mail is the user name Step 3 of 3 asks for.",
        Rule::S7 => "The organization URL cannot be changed once submitted in Marketo: write it down, check it and confirm it.",
        Rule::S8 => "Microsoft Entra gives a client secret 24 months at most, and recommends less than 12.",
    }
}

pub const EN: Catalog = Catalog {
    mode: "Mode",
    guide: "Guide",
    practice: "Practice",
    guide_hint: "Tick off steps while you do the real task.",
    practice_hint: "Try it on a simulated console. Nothing real changes.",
    language: "Language",
    start_over: "Start over",
    start_over_question: "Clear everything saved for this guide and start again?",
    start_over_yes: "Yes, start over",
    cancel: "Cancel",
    yes: "Yes",
    no: "No",
    progress: |done, total| format!("{done} of {total} steps done"),
    step_of: |n, m| format!("Step {n} of {m}"),
    all_done: "All steps are done.",
    status_done: "Completed",
    status_current: "Do this now",
    status_later: "Not started",
    status_skipped: "Not needed",
    status_waiting: |who| format!("Waiting for {who}"),
    recovery: "Recovery",
    where_to_click: "Where to click",
    mark_done: "Done",
    note: "Note",
    warning: "Warning",
    why_label: "Why",
    show_steps: "Show the clicks",
    go_to_fields: "Go to the fields",
    hide_steps: "Hide the clicks",
    activity: "Activity",
    activity_empty: "Nothing has happened yet.",
    acting_as: "Acting as",
    checklist: "Checklist",
    confirm_title: "Are you sure?",
    confirm_do: "Do it anyway",
    crashed: "This guide stopped working because of an internal error. Reload the page to try again; your saved progress is kept.",
    bad_attribute: |b| format!("This guide cannot be shown: {} has the value \u{201c}{}\u{201d}, which it does not know. Use one of: {}.", b.attribute, b.value, b.accepted.join(", ")),
    share_progress: "Share progress",
    link_to_share: "Link to share",
    share_copied: "The link is copied. Send it to the other admin: it carries your progress, and nothing is sent anywhere else.",
    share_not_copied: "Copy the link above and send it to the other admin.",
    share_mail: "Send it by e-mail",
    share_mail_subject: "Marketo setup guide: my progress",
    share_mail_body: |link| format!("Here is where I am in the Marketo setup guide. Open this link to see my progress and your next step:\n\n{link}\n"),
    offer_title: "Progress shared with a link",
    who: |badge, name| if badge == name { badge.to_string() } else { format!("{badge} ({name})") },
    offer_from: |who, done, total| format!("This link carries progress up to {who}: {done} of {total} steps done."),
    offer_from_someone: |done, total| format!("This link carries progress: {done} of {total} steps done."),
    offer_you: |who, title| format!("You are {who}: your step is “{title}”."),
    offer_next: |title| format!("The next step is “{title}”."),
    offer_all_done: "Every step is done.",
    offer_load: "Load this progress",
    offer_not_now: "Not now",
    offer_loaded: "Loaded: the link's progress is merged with yours.",
    link_too_long: "This link is too long to be a progress link from this guide, so it was not read. Nothing here has changed.",
    link_damaged: "This progress link is incomplete or was changed on the way, so it cannot be read. Nothing here has changed. Ask for the link again.",
    link_newer: "This progress link comes from a newer version of this guide and cannot be read here. Nothing here has changed.",
    link_other_guide: |title| format!("This progress link is for the guide “{title}”, which is not on this page. Nothing here has changed."),
    copy_step_link: "Copy link to this step",
    link_copied: "Link to this step copied.",
    link_not_copied: |link| format!("Copy this link to the step: {link}"),
    storage_blocked: "This page cannot save progress here, so it will be lost when you leave.",
    storage_corrupt: "The saved progress could not be read, so this guide started fresh. The unreadable copy was kept aside.",
    storage_newer: "This progress was saved by a newer version of this guide. It cannot be shown or changed here, and it is kept exactly as it is. Open the page where the newer guide is published, or ask whoever maintains this page to update it.",
    storage_quota: "The browser's storage is full, so recent changes are not saved yet. They will be retried on your next change.",
    download_quarantined: "Download the unreadable copy",
    announce_step_done: |step| format!("Done: {step}"),
    announce_all_done: "Every step is done.",
    rule,
    rule_label: "Rule:",
    not_available: "Not available:",
    log_earlier: |n| format!("{n} earlier actions are no longer listed."),
    loading_practice: "Loading the practice console…",
    practice_failed: "The practice console could not be downloaded. The guide still works; check the connection and try again.",
    try_again: "Try again",
    secret_refused: SECRET_REFUSED,
    refused,
    more: "More",
    change: "Change",
    next_step: "Next step",
    tools: "Tools",
    source: |title| format!("Source: {title}"),
    not_documented: "Not in the official documentation",
    advice: "This guide's own advice.",
    simulation: "How this practice models it.",
    sources: "Sources",
    new_tab: "opens in a new tab",
    sia_title: "Hand the Marketo integration to a new admin",
    sia_name: "Name",
    dyn_title: "Dynamics: set up the identity Marketo syncs as",
    #[cfg(feature = "sia-handoff")]
    sia: SIA,
    #[cfg(feature = "dynamics-sync-user")]
    dy: DY,
    kit: KIT,
    preset_name,
    preset_goal,
    import_problem,
    kit_replace_question: |name| format!("Start “{name}”? The practice you have done so far is replaced."),
    kit_put_right: |at, what| format!("Put right at {at}: {what}"),
};

#[cfg(not(target_arch = "wasm32"))]
pub(super) const FIRST_VIEW: super::FirstViewTexts = super::FirstViewTexts {
    loading: "Getting the checklist ready…",
    unavailable: "The interactive checklist cannot run on this page, so your answers and ticks will not be kept here. The steps and their sources below still apply.",
    failed: "The interactive checklist could not be downloaded, so your answers and ticks will not be kept yet. The steps and their sources below still apply.",
};
