//! The rules of the two Marketo admin procedures, as plain data and pure functions.
//!
//! Nothing here knows about a browser, a screen or a clock: time is passed in as
//! [`Millis`], actions go in as data, and what happened comes back as data (new state and
//! effects) or as a typed refusal that names the rule and the way out. The widget's UI
//! only renders what these functions return.
//!
//! - [`engine`]: the vocabulary both flows share (check, apply, refusals, confirmation).
//! - [`sia`]: flow 1, handing the Sales Insight Actions Marketo integration to a new admin.
//! - [`dynamics`]: flow 2, Step 2 of 3 of the Dynamics sync set-up.
//! - [`version`]: Marketo solution versions (four numeric parts).
//! - [`s2s`]: the values a server-to-server Dynamics set-up records for Step 3 (IDs, the
//!   application user's name, the organization URL), read and checked; secrets refused.
//! - [`checklist`]: what a checklist step is and which statuses it can have.
//! - [`embed`]: the attributes a page puts on an embedding element, read and checked.
//! - [`practice`]: a practice session (simulated state, who acts, activity log), shared.
//! - [`presets`]: the trainer's scenario presets (where a practice starts, its debrief).
//! - [`share`]: what a shared-progress link carries and which widget takes it.
//! - [`transfer`]: a widget's progress as a file (export, import and its checks).
//! - [`summary`]: the trainer's and change ticket's summary, and its Markdown text.
//! - [`saved`]: what a widget saves (mode, language, answers, ticks, practice), the merge
//!   of two copies, and reading older saved shapes.

pub mod checklist;
pub mod dynamics;
pub mod embed;
pub mod engine;
pub mod flows;
pub mod practice;
pub mod presets;
pub mod s2s;
pub mod saved;
pub mod share;
pub mod sia;
pub mod sources;
pub mod summary;
pub mod transfer;
pub mod version;

/// Milliseconds since the Unix epoch, always supplied by the caller.
pub type Millis = u64;

/// Every rule the engines enforce. A refusal, a hazard and a planned step each name one,
/// so a reader can always see *why*.
///
/// `F1`…`F7` are the Sales Insight Actions facts of SPEC.md; `D1`…`D7` are the Dynamics
/// Step 2 rules; `S1`…`S8` those of its server-to-server variant; `X1`, `X2` are choices of
/// the simulated console where the pages say nothing. [`sources`] says where each comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Rule {
    /// Only an admin who established a connection has a clickable Disconnect.
    F1,
    /// An admin on the User Access list cannot Connect; the connected admin removes that access first.
    F2,
    /// An admin who is neither connected nor on the User Access list can Connect, even while another admin is connected.
    F3,
    /// Users stay connected only while at least one admin holds a connection: connect B before A disconnects.
    F4,
    /// The admin the integration is tied to is removed safely only after another admin connected and they disconnected.
    F5,
    /// Access is granted to people already in the instance, with a workspace fixed at grant time.
    F6,
    /// Once data sync has been initiated, the instance's original user is not removed (C1).
    F7,
    /// The simulated console: an admin who is connected has nothing to connect.
    X1,
    /// The simulated console: an admin removes another person (the pages name no screen).
    X2,
    /// The simulated console: only an admin who holds a connection grants access (the
    /// pages describe the User Access tab, not who may open it).
    X3,
    /// Step 1 of 3 (the Marketo solution) comes first.
    D1,
    /// The Marketo User is a dedicated sync user, never an existing CRM user's account.
    D2,
    /// Who needs the Marketo Sync User role depends on the solution version.
    D3,
    /// Customizations are published after the last configuration change.
    D4,
    /// The custom sync filter is a Two Options field named exactly `new_synctomkto`.
    D5,
    /// Before Step 3: validate the sync and sign in once as the sync user.
    D6,
    /// Names and e-mail addresses must be usable (Step 3 needs the exact user name).
    D7,
    /// Server-to-server steps belong to the server-to-server connection.
    S1,
    /// The app registration accepts accounts of this organizational directory only.
    S2,
    /// Step 3 needs the application (client) ID and the directory (tenant) ID, as GUIDs.
    S3,
    /// An administrator grants consent for the app (admin consent, or the delegated way).
    S4,
    /// A client secret's value is shown once: copy it then. The widget never keeps one.
    S5,
    /// The application user holds the Marketo Sync User role; its e-mail is Step 3's user name.
    S6,
    /// The organization URL cannot change after Step 3: write it down, check it, confirm it.
    S7,
    /// A client secret lives 24 months at most (Microsoft Entra; C11).
    S8,
}

impl Rule {
    /// Every rule (tests walk them, beside the exhaustive matches).
    pub const ALL: [Rule; 25] = [
        Rule::F1,
        Rule::F2,
        Rule::F3,
        Rule::F4,
        Rule::F5,
        Rule::F6,
        Rule::F7,
        Rule::X1,
        Rule::X2,
        Rule::X3,
        Rule::D1,
        Rule::D2,
        Rule::D3,
        Rule::D4,
        Rule::D5,
        Rule::D6,
        Rule::D7,
        Rule::S1,
        Rule::S2,
        Rule::S3,
        Rule::S4,
        Rule::S5,
        Rule::S6,
        Rule::S7,
        Rule::S8,
    ];
}
