//! Every text the widget shows, in English, Korean and Japanese.
//!
//! A [`Catalog`] is a struct with one field per text, and each language is one constant of
//! it, so a text missing in any language does not compile. Texts about domain values
//! (refusals, effects, steps…) are functions that `match` on the domain enums without a
//! wildcard: a new rule or effect in the domain fails the build until all three languages
//! say it. Tests check that Korean and Japanese texts are really translated.
//!
//! Fixed labels come as fields, one per text, including the groups written with
//! `labels!` (the kit's, the server-to-server screens'), which also list themselves for the
//! tests. A module built with one flow (scripts/build.sh) compiles only that flow's part of
//! each language (`handoff`, or `dynamics_guide` and `s2s`). Every module carries every
//! language.

/// A group of fixed labels: a struct of `&'static str` fields, one per label, and (for the
/// catalog tests) every label with its field's name.
macro_rules! labels {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* $field:ident,)* }) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$fmeta])* pub $field: &'static str,)*
        }
        impl $name {
            /// Every label, with its field's name.
            #[cfg(test)]
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}

/// What every language's texts are written about: the catalog's parts and the domain values
/// they match on, each flow's only with that flow (one list for the three languages).
mod vocabulary {
    pub(super) use super::{Catalog, KitTexts};
    pub(super) use domain::flows::Refused;
    pub(super) use domain::presets::Preset;
    pub(super) use domain::transfer::ImportProblem;
    pub(super) use domain::Rule;
    #[cfg(feature = "dynamics-sync-user")]
    pub(super) use {
        super::{DynTexts, S2sTexts, UserNames},
        domain::dynamics::{
            self, Crumb as DC, NotApplicable, Note, Requirement, Section, StepId, TextProblem, UserKind,
        },
        domain::s2s::{
            AppTab, Connection, DayError, GuidError, NoteField, NoteProblem, OrgUrlCaution, OrgUrlError, Page,
            SecretLifetime, UserNameError,
        },
        domain::version::VersionError,
    };
    #[cfg(feature = "sia-handoff")]
    pub(super) use {
        super::{Names, SiaTexts},
        domain::sia::{
            self, Action, CannotPlan, Crumb, Effect, Hazard, SituationError, SkipReason, StepKind, Unsure, WayOut, Why,
        },
    };
}

mod en;
mod ja;
mod ko;

use domain::checklist::Status;
use domain::presets::Preset;
use domain::s2s::{DayError, NoteField, NoteProblem, Refused};
use domain::transfer::ImportProblem;
use domain::{dynamics, sia, version::VersionError, Rule};

pub use domain::saved::Lang;

/// A language's texts (the language itself is domain data: saved state names it).
pub trait Texts {
    /// Its texts.
    fn texts(self) -> &'static Catalog;
    /// The language's own name, for the switch.
    fn own_name(self) -> &'static str;
}

/// What the loader says about a first view (rendered at build time, src/first_view.rs), per
/// language. Only the native build reads these (embed-meta puts them in the loader), so no
/// module carries them.
#[cfg(not(target_arch = "wasm32"))]
pub struct FirstViewTexts {
    /// While the interactive checklist loads: the controls do nothing yet (short: it sits on
    /// the header's rule).
    pub loading: &'static str,
    /// Where the interactive checklist cannot run (no WebAssembly, a policy that forbids it,
    /// or an internal error at start): read-only, and nothing is kept.
    pub unavailable: &'static str,
    /// When the interactive checklist could not be downloaded (with "Try again").
    pub failed: &'static str,
}

/// The loader's words about a first view, in `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn first_view_texts(lang: Lang) -> &'static FirstViewTexts {
    match lang {
        Lang::En => &en::FIRST_VIEW,
        Lang::Ko => &ko::FIRST_VIEW,
        Lang::Ja => &ja::FIRST_VIEW,
    }
}

impl Texts for Lang {
    fn texts(self) -> &'static Catalog {
        match self {
            Lang::En => &en::EN,
            Lang::Ko => &ko::KO,
            Lang::Ja => &ja::JA,
        }
    }

    fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
            Lang::Ja => "日本語",
        }
    }
}

/// Looks up a person's display name.
pub type Names<'a> = dyn Fn(sia::PersonId) -> String + 'a;
/// Looks up a Dynamics user's display name.
pub type UserNames<'a> = dyn Fn(dynamics::UserId) -> String + 'a;

/// All texts of one language.
pub struct Catalog {
    // ---- the widget's frame ----
    pub mode: &'static str,
    pub guide: &'static str,
    pub practice: &'static str,
    pub guide_hint: &'static str,
    pub practice_hint: &'static str,
    pub language: &'static str,
    pub start_over: &'static str,
    pub start_over_question: &'static str,
    pub start_over_yes: &'static str,
    pub cancel: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub step_of: fn(usize, usize) -> String,
    pub all_done: &'static str,
    pub status_done: &'static str,
    pub status_current: &'static str,
    pub status_later: &'static str,
    pub status_skipped: &'static str,
    pub status_waiting: fn(&str) -> String,
    pub recovery: &'static str,
    pub where_to_click: &'static str,
    pub mark_done: &'static str,
    pub note: &'static str,
    pub warning: &'static str,
    pub why_label: &'static str,
    pub show_steps: &'static str,
    /// The next-step card of a step done by values written down: takes the reader to them.
    pub go_to_fields: &'static str,
    pub hide_steps: &'static str,
    pub activity: &'static str,
    pub activity_empty: &'static str,
    pub acting_as: &'static str,
    pub checklist: &'static str,
    pub confirm_title: &'static str,
    pub confirm_do: &'static str,
    pub crashed: &'static str,
    /// An embedding attribute with a value the widget does not know.
    pub bad_attribute: fn(&domain::embed::BadAttribute) -> String,
    pub share_progress: &'static str,
    pub link_to_share: &'static str,
    pub share_copied: &'static str,
    pub share_not_copied: &'static str,
    pub share_mail: &'static str,
    pub share_mail_subject: &'static str,
    pub share_mail_body: fn(&str) -> String,
    pub offer_title: &'static str,
    /// A person by role badge and name (the badge alone when they are the same).
    pub who: fn(&str, &str) -> String,
    pub offer_from: fn(&str, usize, usize) -> String,
    pub offer_from_someone: fn(usize, usize) -> String,
    pub offer_you: fn(&str, &str) -> String,
    pub offer_next: fn(&str) -> String,
    pub offer_all_done: &'static str,
    pub offer_load: &'static str,
    pub offer_not_now: &'static str,
    pub offer_loaded: &'static str,
    pub link_too_long: &'static str,
    pub link_damaged: &'static str,
    pub link_newer: &'static str,
    pub link_other_guide: fn(&str) -> String,
    pub copy_step_link: &'static str,
    pub link_copied: &'static str,
    /// The clipboard is not available: the link, to copy by hand.
    pub link_not_copied: fn(&str) -> String,
    pub storage_blocked: &'static str,
    pub storage_corrupt: &'static str,
    pub storage_newer: &'static str,
    pub storage_quota: &'static str,
    pub download_quarantined: &'static str,
    pub announce_step_done: fn(&str) -> String,
    pub announce_all_done: &'static str,
    pub rule: fn(Rule) -> &'static str,
    /// Introduces the rule sentence of a refusal ("Rule:").
    pub rule_label: &'static str,
    /// Introduces why a control cannot be used now.
    pub not_available: &'static str,
    /// The activity log no longer lists this many older actions.
    pub log_earlier: fn(u64) -> String,
    /// Shown while the practice consoles load (a page's first module may have the guide only).
    pub loading_practice: &'static str,
    /// The practice consoles could not be downloaded (shown as an alert with `try_again`;
    /// the guide stays usable).
    pub practice_failed: &'static str,
    pub try_again: &'static str,
    /// The name of a link to an official page ("Source: <page title>").
    pub source: fn(&str) -> String,
    /// Marks what no official page says.
    pub not_documented: &'static str,
    /// Beside `not_documented`: the widget's own advice…
    pub advice: &'static str,
    /// …or how the practice console models what the pages leave open.
    pub simulation: &'static str,
    /// The summary's list of the pages cited.
    pub sources: &'static str,
    /// Said to screen readers after a link that opens a new tab.
    pub new_tab: &'static str,
    /// A typed value that looks like a secret was not kept (any field, either flow).
    pub secret_refused: &'static str,
    /// Why a value was not kept.
    pub refused: fn(Refused) -> &'static str,
    /// Opens the widget's tools (language, start over, share, summary, export, import).
    pub more: &'static str,
    /// Unfolds the answered questions.
    pub change: &'static str,
    /// Heads the card of the current step at the top of the widget.
    pub next_step: &'static str,
    /// The name of the tools' group.
    pub tools: &'static str,

    // ---- each flow's own texts: only in a module that carries the flow ----
    /// Both flows' titles are everywhere: a link may be for the other guide.
    pub sia_title: &'static str,
    pub dyn_title: &'static str,
    /// The name column of either simulated console.
    pub sia_name: &'static str,
    #[cfg(feature = "sia-handoff")]
    pub sia: SiaTexts,
    #[cfg(feature = "dynamics-sync-user")]
    pub dy: DynTexts,

    // ---- the training kit: scenarios, export and import, the summary ----
    pub kit: KitTexts,
    pub preset_name: fn(Preset) -> &'static str,
    /// The one-line goal of a scenario.
    pub preset_goal: fn(Preset) -> &'static str,
    pub import_problem: fn(&ImportProblem) -> String,
    /// Asks before a scenario replaces practice done (the scenario's name).
    pub kit_replace_question: fn(&str) -> String,
    /// How a mistake was put right: when, and the action that did it.
    pub kit_put_right: fn(&str, &str) -> String,
}

/// The texts of flow 1, the Sales Insight Actions handoff.
pub struct SiaTexts {
    pub sia_kicker: &'static str,
    pub sia_intro: &'static str,
    /// The answered questions in one line: from A to B.
    pub sia_answers: fn(&str, &str) -> String,
    pub sia_situation: &'static str,
    pub sia_leaving_name: &'static str,
    pub sia_incoming_name: &'static str,
    pub sia_q_access: fn(&str) -> String,
    pub sia_q_leaving_connected: fn(&str) -> String,
    pub sia_q_incoming_connected: fn(&str) -> String,
    pub sia_q_others: &'static str,
    /// C1: is the leaving admin the instance's original user (name of A)?
    pub sia_q_original: fn(&str) -> String,
    pub sia_q_data_sync: &'static str,
    pub sia_q_original_help: &'static str,
    pub sia_unsure: fn(sia::Unsure) -> &'static str,
    /// C4: the Korean and Japanese pages say other admins "cannot connect"; the English
    /// page says they get no clickable Disconnect. `None` in English.
    pub sia_errata_cannot_connect: Option<&'static str>,
    /// C1/C4: where a translated admin setup guide garbles the original-user caution.
    pub sia_errata_original_user: Option<&'static str>,
    pub sia_situation_error: fn(&sia::SituationError) -> String,
    pub sia_step_title: fn(sia::StepKind, &str, &str, &str) -> String,
    pub sia_step_why: fn(sia::StepKind) -> &'static str,
    pub sia_skip: fn(sia::SkipReason, &str, &str) -> String,
    pub sia_errata: &'static str,
    pub sia_crumb: fn(sia::Crumb, &Names) -> String,
    pub sia_cannot_plan: fn(&sia::CannotPlan) -> &'static str,
    pub sia_why: fn(&sia::Why, &Names) -> String,
    pub sia_way_out: fn(&sia::WayOut, &Names) -> String,
    pub sia_hazard: fn(&sia::Hazard, &Names) -> String,
    pub sia_effect: fn(&sia::Effect, &Names) -> String,
    pub sia_did: fn(&sia::Action, &str, &Names) -> String,
    pub sia_console: &'static str,
    pub sia_console_hint: &'static str,
    pub sia_connected_as: fn(&str) -> String,
    pub sia_integration_down: &'static str,
    pub sia_connect: &'static str,
    pub sia_disconnect: &'static str,
    pub sia_user_access: &'static str,
    pub sia_user_access_empty: &'static str,
    pub sia_workspace: &'static str,
    pub sia_remove_access: &'static str,
    pub sia_grant_legend: &'static str,
    pub sia_workspace_label: &'static str,
    pub sia_grant: &'static str,
    pub sia_people: &'static str,
    pub sia_role: &'static str,
    pub sia_admin: &'static str,
    pub sia_user: &'static str,
    pub sia_remove_person: &'static str,
    pub sia_default_workspace: &'static str,
    pub sia_complete: &'static str,
    pub sia_complete_after_outage: &'static str,
    pub sia_badge_leaving: &'static str,
    pub sia_badge_incoming: &'static str,
    pub sia_others_name: &'static str,
}

/// The texts of flow 2, Dynamics Step 2 of 3 (both connections).
pub struct DynTexts {
    pub dyn_kicker: &'static str,
    /// The intro and the heading name the identity of the chosen connection.
    pub dyn_intro: fn(domain::s2s::Connection) -> &'static str,
    pub dyn_heading: fn(domain::s2s::Connection) -> &'static str,
    /// The answered questions in one line: the connection, and the version when given.
    pub dyn_answers: fn(&str, Option<&str>) -> String,
    /// "Before this: Step 1 of N" (N: the connection's number of steps).
    pub dyn_step1_title: fn(u8) -> String,
    pub dyn_step1_body: fn(Option<&str>) -> String,
    pub dyn_credentials_to: fn(&str) -> String,
    /// "Next: Step N of N", the connect step.
    pub dyn_next_title: fn(u8) -> String,
    /// ROPC: what Step 4 of 4 asks for (the sync user's name given).
    pub dyn_step4_body: fn(&str) -> String,
    pub dyn_questions: &'static str,
    pub dyn_version_label: &'static str,
    pub dyn_version_help: &'static str,
    pub version_error: fn(&VersionError) -> String,
    pub dyn_name_label: &'static str,
    pub dyn_email_label: &'static str,
    pub dyn_filter_label: &'static str,
    pub dyn_section: fn(dynamics::Section) -> &'static str,
    pub dyn_step_title: fn(dynamics::StepId, &str) -> String,
    pub dyn_crumb: fn(dynamics::Crumb) -> &'static str,
    pub dyn_note: fn(dynamics::Note) -> &'static str,
    pub dyn_not_applicable: fn(dynamics::NotApplicable) -> &'static str,
    pub dyn_requirement: fn(dynamics::Requirement) -> &'static str,
    pub dyn_warning: fn(&dynamics::Warning, &UserNames) -> String,
    pub dyn_why: fn(&dynamics::Why) -> String,
    pub dyn_way_out: fn(&dynamics::WayOut) -> &'static str,
    pub dyn_effect: fn(&dynamics::Effect, &UserNames) -> String,
    /// "Ready for Step N of N?", the connect step.
    pub dyn_readiness: fn(u8) -> String,
    pub dyn_ready: fn(u8) -> String,
    /// The card of the values the connect step asks for: its title and intro.
    pub dyn_card_title: fn(u8) -> String,
    pub dyn_card_intro: fn(u8) -> String,
    /// ROPC: the card's rows for the user name and the password (never asked for).
    pub dyn_card_user_name: &'static str,
    pub dyn_card_password: &'static str,
    pub dyn_card_password_text: &'static str,
    pub dyn_not_ready: fn(usize) -> String,
    pub dyn_blockers: &'static str,
    pub dyn_warnings: &'static str,
    pub dyn_go_to_step: &'static str,
    pub dyn_console: &'static str,
    pub dyn_console_hint: &'static str,
    pub dyn_users: &'static str,
    pub dyn_user_kind: fn(dynamics::UserKind) -> &'static str,
    pub dyn_has_role: &'static str,
    pub dyn_create_legend: &'static str,
    pub dyn_create: &'static str,
    pub dyn_assign_role: &'static str,
    pub dyn_remove_role: &'static str,
    pub dyn_config_legend: &'static str,
    pub dyn_marketo_user: &'static str,
    pub dyn_none_chosen: &'static str,
    pub dyn_save: &'static str,
    pub dyn_other_change: &'static str,
    pub dyn_publish: &'static str,
    pub dyn_published_state: fn(bool) -> &'static str,
    pub dyn_prep_legend: &'static str,
    pub dyn_want_filter: &'static str,
    pub dyn_field_name: &'static str,
    pub dyn_create_field: &'static str,
    pub dyn_validate: &'static str,
    pub dyn_sign_in: &'static str,
    pub dyn_sign_in_as: &'static str,
    // the server-to-server connection
    pub s2s: S2sTexts,
    pub s2s_field: fn(NoteField) -> &'static str,
    pub s2s_field_help: fn(NoteField) -> &'static str,
    pub s2s_problem: fn(&NoteProblem) -> String,
    pub s2s_day_error: fn(DayError) -> String,
    /// C5: what to check about an unusual organization URL before confirming it.
    pub s2s_caution: fn(&domain::s2s::OrgUrlCaution) -> &'static str,
    /// The "Expires" choices of Entra's client-secret panel.
    pub s2s_lifetime: fn(domain::s2s::SecretLifetime) -> &'static str,
    /// The reminder of the client secret's expiry (the day as `YYYY-MM-DD`).
    pub s2s_expiry_reminder: fn(&str) -> String,
    /// "Expires YYYY-MM-DD", in the secrets table.
    pub s2s_expires_on: fn(&str) -> String,
}

labels! {
/// The fixed labels of the training kit.
pub struct KitTexts {
    scenario,
    scenario_help,
    goal,
    goal_reached,
    debrief,
    restart,
    restart_question,
    restart_yes,
    replace_yes,
    scenario_started,
    export,
    exported,
    import,
    import_help,
    import_question,
    import_yes,
    imported,
    undo_import,
    import_undone,
    summary,
    summary_close,
    copy_markdown,
    copied,
    copy_failed,
    print,
    steps,
    no_steps,
    mistakes,
    no_mistakes,
    actions,
    no_actions,
    not_put_right,
    fact_mode,
    fact_scenario,
    fact_result,
    fact_written,
    result_reached,
    result_not_yet,
    result_complete,
    result_open,
}
}

/// Picks one of the server-to-server labels (a label passed to a control is read in the
/// reader's current language when it is drawn).
pub type S2sLabel = fn(&S2sTexts) -> &'static str;

labels! {
/// The fixed labels of the server-to-server screens: the variant question, the "for
/// Step 3" card and the two simulated portals (whose page and button names follow the real
/// portals in each language, so trainees recognise them later).
pub struct S2sTexts {
    connection_legend,
    connection_s2s,
    connection_password,
    connection_help,
    s2s_intro,
    s2s_step3_body,
    confirm_url,
    confirm_url_help,
    expires_label,
    expires_help,
    copy,
    copied,
    copy_failed,
    not_yet,
    secret_row,
    secret_row_text,
    entra_console,
    entra_hint,
    ppac_console,
    ppac_hint,
    app_registrations,
    new_registration,
    app_name,
    account_types,
    single_tenant,
    multi_tenant,
    register,
    no_apps,
    open,
    overview,
    certificates_secrets,
    api_permissions,
    account_type_single,
    account_type_multi,
    make_single_tenant,
    new_client_secret,
    description,
    add,
    secret_value,
    copy_value,
    secret_shown_once_hint,
    secret_hidden,
    secret_copied,
    secret_lost,
    practice_value,
    no_secrets,
    grant_admin_consent,
    consent_granted,
    consent_not_granted,
    application_users,
    new_app_user,
    app_label,
    create,
    security_roles,
    marketo_sync_user,
    no_app_users,
    email_column,
    environment,
    notes_legend,
    notes_hint,
    /// Stands for the application user's name in step titles ("Choose … as the Marketo User").
    app_user_name,
    /// Instead of a tick on a step that the values written down complete.
    from_values,
    expires,
    business_unit,
    choose_business_unit,
    root_business_unit,
    url_caution_confirm,
}
}

impl Catalog {
    /// A step status in words.
    pub fn status<W, S>(&self, status: &Status<W, S>, waiting_for: &str) -> String {
        match status {
            Status::Done => self.status_done.to_string(),
            Status::Current => self.status_current.to_string(),
            Status::Waiting { .. } => (self.status_waiting)(waiting_for),
            Status::Later => self.status_later.to_string(),
            Status::Skipped(_) => self.status_skipped.to_string(),
        }
    }
}

#[cfg(test)]
mod tests;
