//! The Step 2 checklist: its sections, steps, breadcrumbs and notes, for each connection, and their statuses.

use serde::{Deserialize, Serialize};

use super::{requirements, Connection, NotApplicable, NoteField, Org, Requirement, Status};

/// The sections of the checklist: server-to-server Step 2 of 3, or ROPC Steps 2 and 3 of 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Section {
    CreateUser,
    AssignRole,
    ConfigureSolution,
    /// Server-to-server: "Before Proceeding to Step 3".
    BeforeStepThree,
    /// Server-to-server: the app registration in Microsoft Entra ID.
    AppRegistration,
    /// Server-to-server: the application user in the Power Platform admin center.
    AppUser,
    /// ROPC Step 3 of 4: the client app registered in Microsoft Entra ID.
    ClientApp,
    /// ROPC: "Before Proceeding to Step 4".
    BeforeStepFour,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::CreateUser,
        Section::AssignRole,
        Section::ConfigureSolution,
        Section::BeforeStepThree,
        Section::AppRegistration,
        Section::AppUser,
        Section::ClientApp,
        Section::BeforeStepFour,
    ];
}

/// The steps of Step 2, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StepId {
    InstallSolution,
    CreateUser,
    AssignRole,
    AssignRoleToSyncingUsers,
    SetMarketoUser,
    Publish,
    SyncFilter,
    Validate,
    SignIn,
    RegisterApp,
    RecordIds,
    GrantConsent,
    CreateSecret,
    CreateAppUser,
    AssignAppUserRole,
    RecordAppUserEmail,
    ConfirmOrgUrl,
    /// ROPC: the sync user's user name written down for Step 4 of 4.
    RecordUserName,
    /// ROPC: the client app's Application (client) ID written down for Step 4 of 4.
    RecordClientId,
}

impl StepId {
    /// Every step of both variants, in order.
    pub const ALL: [StepId; 19] = [
        StepId::InstallSolution,
        StepId::CreateUser,
        StepId::AssignRole,
        StepId::AssignRoleToSyncingUsers,
        StepId::SetMarketoUser,
        StepId::Publish,
        StepId::SyncFilter,
        StepId::Validate,
        StepId::SignIn,
        StepId::RegisterApp,
        StepId::RecordIds,
        StepId::GrantConsent,
        StepId::CreateSecret,
        StepId::CreateAppUser,
        StepId::AssignAppUserRole,
        StepId::RecordAppUserEmail,
        StepId::ConfirmOrgUrl,
        StepId::RecordUserName,
        StepId::RecordClientId,
    ];
}

impl crate::checklist::StepKey for StepId {
    fn slug(self) -> &'static str {
        match self {
            StepId::InstallSolution => "install-solution",
            StepId::CreateUser => "create-user",
            StepId::AssignRole => "assign-role",
            StepId::AssignRoleToSyncingUsers => "assign-role-syncing-users",
            StepId::SetMarketoUser => "set-marketo-user",
            StepId::Publish => "publish",
            StepId::SyncFilter => "sync-filter",
            StepId::Validate => "validate",
            StepId::SignIn => "sign-in",
            StepId::RegisterApp => "register-app",
            StepId::RecordIds => "record-ids",
            StepId::GrantConsent => "grant-consent",
            StepId::CreateSecret => "create-secret",
            StepId::CreateAppUser => "create-app-user",
            StepId::AssignAppUserRole => "assign-app-user-role",
            StepId::RecordAppUserEmail => "record-app-user-email",
            StepId::ConfirmOrgUrl => "confirm-org-url",
            StepId::RecordUserName => "record-user-name",
            StepId::RecordClientId => "record-client-id",
        }
    }
}

impl StepId {
    /// The step that satisfies a requirement (one mapping, used by both the checklist and
    /// the readiness verdict).
    pub fn fixing(requirement: Requirement) -> StepId {
        match requirement {
            Requirement::SolutionInstalled => StepId::InstallSolution,
            Requirement::SyncUserCreated => StepId::CreateUser,
            Requirement::SyncUserHasRole => StepId::AssignRole,
            Requirement::SyncingUsersHaveRole => StepId::AssignRoleToSyncingUsers,
            Requirement::MarketoUserIsSyncUser | Requirement::MarketoUserIsAppUser => StepId::SetMarketoUser,
            Requirement::PublishedAfterChange => StepId::Publish,
            Requirement::FilterFieldReady => StepId::SyncFilter,
            Requirement::Validated => StepId::Validate,
            Requirement::SignedInAsSyncUser => StepId::SignIn,
            Requirement::AppSingleTenant => StepId::RegisterApp,
            Requirement::IdsRecorded => StepId::RecordIds,
            Requirement::ConsentGranted => StepId::GrantConsent,
            Requirement::SecretSaved => StepId::CreateSecret,
            Requirement::AppUserCreated => StepId::CreateAppUser,
            Requirement::AppUserHasRole => StepId::AssignAppUserRole,
            Requirement::AppUserEmailRecorded => StepId::RecordAppUserEmail,
            Requirement::OrgUrlConfirmed => StepId::ConfirmOrgUrl,
            Requirement::UserNameRecorded => StepId::RecordUserName,
            Requirement::ClientIdRecorded => StepId::RecordClientId,
        }
    }

    /// Steps done by writing values down for Step 3, not by a tick: the values decide.
    pub fn recorded(self) -> bool {
        matches!(
            self,
            StepId::RecordIds
                | StepId::RecordAppUserEmail
                | StepId::ConfirmOrgUrl
                | StepId::RecordUserName
                | StepId::RecordClientId
        )
    }

    /// Where a recorded step's values are typed (its "go to" target).
    pub fn fields(self) -> &'static [Field] {
        match self {
            StepId::RecordIds => &[Field::Note(NoteField::ClientId), Field::Note(NoteField::TenantId)],
            StepId::RecordClientId => &[Field::Note(NoteField::ClientId)],
            StepId::RecordAppUserEmail => &[Field::Note(NoteField::AppUserEmail)],
            StepId::ConfirmOrgUrl => &[Field::Note(NoteField::OrgUrl)],
            StepId::RecordUserName => &[Field::UserName],
            _ => &[],
        }
    }

    /// The section a step sits in, in a connection's checklist.
    pub fn section(self, connection: Connection) -> Option<Section> {
        let ropc = connection == Connection::SyncUserPassword;
        match self {
            StepId::InstallSolution => None,
            StepId::CreateUser | StepId::RecordUserName => Some(Section::CreateUser),
            StepId::AssignRole | StepId::AssignRoleToSyncingUsers => Some(Section::AssignRole),
            StepId::SetMarketoUser | StepId::Publish => Some(Section::ConfigureSolution),
            StepId::SyncFilter | StepId::Validate | StepId::SignIn | StepId::ConfirmOrgUrl if ropc => {
                Some(Section::BeforeStepFour)
            }
            StepId::SyncFilter | StepId::Validate | StepId::SignIn | StepId::ConfirmOrgUrl => {
                Some(Section::BeforeStepThree)
            }
            StepId::RegisterApp | StepId::RecordClientId | StepId::GrantConsent | StepId::CreateSecret if ropc => {
                Some(Section::ClientApp)
            }
            StepId::RegisterApp
            | StepId::RecordIds
            | StepId::RecordClientId
            | StepId::GrantConsent
            | StepId::CreateSecret => Some(Section::AppRegistration),
            StepId::CreateAppUser | StepId::AssignAppUserRole | StepId::RecordAppUserEmail => Some(Section::AppUser),
        }
    }
}

/// A place where the guide's reader types a value a recorded step needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// One of the values written down for the connect step.
    Note(NoteField),
    /// ROPC: the sync user's user name (the guide's name question).
    UserName,
}

/// Where the Dynamics admin clicks, as a breadcrumb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Crumb {
    SettingsIcon,
    AdvancedSettings,
    SettingsMenu,
    Security,
    Users,
    New,
    AddAndLicenseUsers,
    Admin,
    AddUser,
    FillInAndAdd,
    SendEmailAndClose,
    EnabledUsers,
    Refresh,
    SelectUser,
    ManageRoles,
    MarketoSyncUserRole,
    Ok,
    MarketoConfig,
    Default,
    MarketoUserField,
    Save,
    Close,
    Solutions,
    PublishAll,
    CustomField,
    ValidateSync,
    SignInAsSyncUser,
    EntraAdminCenter,
    AppRegistrations,
    NewRegistration,
    NameTheApp,
    ThisDirectoryOnly,
    Register,
    Overview,
    ClientAndTenantIds,
    /// ROPC: the Application (client) ID only.
    ClientId,
    ApiPermissions,
    GrantAdminConsent,
    Yes,
    CertificatesSecrets,
    NewClientSecret,
    Description,
    Add,
    CopyValueNow,
    PowerPlatformAdminCenter,
    Environment,
    ApplicationUsers,
    NewAppUser,
    ChooseApp,
    BusinessUnit,
    Create,
    SecurityRoles,
    AppUserDetails,
    ForStepThreeCard,
    /// ROPC: the "For Step 4 of 4" card.
    ForStepFourCard,
    OrgUrlConfirm,
}

impl Crumb {
    /// Every breadcrumb of both variants.
    pub const ALL: [Crumb; 56] = [
        Crumb::SettingsIcon,
        Crumb::AdvancedSettings,
        Crumb::SettingsMenu,
        Crumb::Security,
        Crumb::Users,
        Crumb::New,
        Crumb::AddAndLicenseUsers,
        Crumb::Admin,
        Crumb::AddUser,
        Crumb::FillInAndAdd,
        Crumb::SendEmailAndClose,
        Crumb::EnabledUsers,
        Crumb::Refresh,
        Crumb::SelectUser,
        Crumb::ManageRoles,
        Crumb::MarketoSyncUserRole,
        Crumb::Ok,
        Crumb::MarketoConfig,
        Crumb::Default,
        Crumb::MarketoUserField,
        Crumb::Save,
        Crumb::Close,
        Crumb::Solutions,
        Crumb::PublishAll,
        Crumb::CustomField,
        Crumb::ValidateSync,
        Crumb::SignInAsSyncUser,
        Crumb::EntraAdminCenter,
        Crumb::AppRegistrations,
        Crumb::NewRegistration,
        Crumb::NameTheApp,
        Crumb::ThisDirectoryOnly,
        Crumb::Register,
        Crumb::Overview,
        Crumb::ClientAndTenantIds,
        Crumb::ClientId,
        Crumb::ApiPermissions,
        Crumb::GrantAdminConsent,
        Crumb::Yes,
        Crumb::CertificatesSecrets,
        Crumb::NewClientSecret,
        Crumb::Description,
        Crumb::Add,
        Crumb::CopyValueNow,
        Crumb::PowerPlatformAdminCenter,
        Crumb::Environment,
        Crumb::ApplicationUsers,
        Crumb::NewAppUser,
        Crumb::ChooseApp,
        Crumb::BusinessUnit,
        Crumb::Create,
        Crumb::SecurityRoles,
        Crumb::AppUserDetails,
        Crumb::ForStepThreeCard,
        Crumb::ForStepFourCard,
        Crumb::OrgUrlConfirm,
    ];
}

/// Notes and warnings the checklist shows on a step. Where each comes from, per
/// connection, is [`crate::sources`]'s to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    DedicatedNotExisting,
    /// C7: the new user's *name* need not be a real mailbox…
    UserNameNeedNotBeReal,
    /// …but the e-mail that receives its credentials must reach a real inbox.
    CredentialsEmailReal,
    /// C8: older pages called the sync user's set-up "Step 2 of 3"; it is Step 2 of 4 now.
    OlderSetUp,
    /// C8: multi-factor sign-in must be off for the sync user.
    MfaOff,
    /// C8: Microsoft deprecated WS-Trust (the "Office365" type), not the ROPC connection.
    WsTrustDeprecated,
    RoleVersionRule,
    EditsNotSyncedBack,
    /// C8: the sync user's language must be English (Adobe marks it important).
    LanguageEnglish,
    /// ROPC Step 2 of 4, newest edition: the sync user needs read access to Marketo Config.
    ReadsMarketoConfig,
    ConfigMenuMissing,
    /// ROPC: Step 4 of 4 asks for this user name, exactly.
    NameForStepFour,
    FilterOnlyExplicitNoSkips,
    /// C10: Adobe asks for every step of Microsoft's app-registration walkthrough…
    FollowWalkthrough,
    /// …which is linked here (Microsoft's page).
    Walkthrough,
    /// Where this guide's advice leaves the walkthrough (redirect URI, permissions), with
    /// the page that says why.
    WalkthroughDiffers,
    IdsForStepThree,
    /// ROPC: Step 4 of 4 asks for the client ID (no tenant ID).
    ClientIdForStepFour,
    /// C10: server-to-server needs no delegated API permission; consent is an
    /// administrator's (Grant admin consent).
    NoDelegatedPermission,
    /// ROPC: admin consent for the client app (Adobe's consent page).
    AdminConsent,
    /// C13: a directory federated with AD FS needs a Home Realm Discovery policy.
    FederatedAdfs,
    SecretShownOnce,
    /// C11: copy the Value column, not the Secret ID.
    SecretValueNotId,
    SecretNeverHere,
    /// C11: 24 months at most, less than 12 recommended.
    SecretExpiry,
    /// Not documented: plan a new secret before the old one expires.
    SecretRenewal,
    AppUserEmailExact,
    OrgUrlFinal,
    /// C5: where the Organization Service URL is found.
    OrgUrlWhere,
    UpgradeIsSeparate,
    /// C12: the application user is created in a business unit.
    BusinessUnit,
}

impl Note {
    /// A note that warns of a consequence or states a must (shown as a warning).
    pub fn warns(self) -> bool {
        matches!(
            self,
            Note::DedicatedNotExisting
                | Note::EditsNotSyncedBack
                | Note::OlderSetUp
                | Note::MfaOff
                | Note::LanguageEnglish
                | Note::ReadsMarketoConfig
                | Note::SecretShownOnce
                | Note::OrgUrlFinal
        )
    }

    /// Every note (tests walk them, beside the exhaustive matches).
    pub const ALL: [Note; 31] = [
        Note::DedicatedNotExisting,
        Note::UserNameNeedNotBeReal,
        Note::CredentialsEmailReal,
        Note::OlderSetUp,
        Note::MfaOff,
        Note::WsTrustDeprecated,
        Note::RoleVersionRule,
        Note::EditsNotSyncedBack,
        Note::LanguageEnglish,
        Note::ReadsMarketoConfig,
        Note::ConfigMenuMissing,
        Note::NameForStepFour,
        Note::FilterOnlyExplicitNoSkips,
        Note::FollowWalkthrough,
        Note::Walkthrough,
        Note::WalkthroughDiffers,
        Note::IdsForStepThree,
        Note::ClientIdForStepFour,
        Note::NoDelegatedPermission,
        Note::AdminConsent,
        Note::FederatedAdfs,
        Note::SecretShownOnce,
        Note::SecretValueNotId,
        Note::SecretNeverHere,
        Note::SecretExpiry,
        Note::SecretRenewal,
        Note::AppUserEmailExact,
        Note::OrgUrlFinal,
        Note::OrgUrlWhere,
        Note::UpgradeIsSeparate,
        Note::BusinessUnit,
    ];
}

/// A step of the checklist, as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDef {
    pub id: StepId,
    /// The connection whose checklist this is (it decides the step's section and sources).
    pub connection: Connection,
    pub section: Option<Section>,
    pub path: Vec<Crumb>,
    pub notes: Vec<Note>,
    /// The requirement on the state that this step satisfies (practice ticks it itself).
    pub done_when: Requirement,
}

impl StepDef {
    /// Where the step comes from, in its connection's pages.
    pub fn source(&self) -> crate::sources::Source {
        crate::sources::step_source(self.id, self.connection)
    }

    /// Where one of its notes comes from, in its connection's pages.
    pub fn note_source(&self, note: Note) -> crate::sources::Source {
        crate::sources::note_source(note, self.connection)
    }
}

/// Enabled Users > refresh > select > Manage Roles > Marketo Sync User > OK.
const ROLE_PATH: [Crumb; 6] =
    [Crumb::EnabledUsers, Crumb::Refresh, Crumb::SelectUser, Crumb::ManageRoles, Crumb::MarketoSyncUserRole, Crumb::Ok];

/// Builds one connection's steps.
struct Defs(Connection);

impl Defs {
    /// The card that holds the values for the connect step.
    fn card(&self) -> Crumb {
        match self.0 {
            Connection::ServerToServer => Crumb::ForStepThreeCard,
            Connection::SyncUserPassword => Crumb::ForStepFourCard,
        }
    }

    fn def(&self, id: StepId, path: Vec<Crumb>, notes: Vec<Note>, done_when: Requirement) -> StepDef {
        StepDef { id, connection: self.0, section: id.section(self.0), path, notes, done_when }
    }

    /// Marketo Config > Default > Marketo User > save > close, then Publish All (both
    /// variants; the Marketo User is the variant's sync identity).
    fn configure(&self, marketo_user: Requirement) -> [StepDef; 2] {
        use Crumb::*;
        [
            self.def(
                StepId::SetMarketoUser,
                vec![AdvancedSettings, SettingsMenu, MarketoConfig, Default, MarketoUserField, Save, Close],
                vec![Note::ConfigMenuMissing],
                marketo_user,
            ),
            self.def(
                StepId::Publish,
                vec![SettingsMenu, Solutions, PublishAll],
                vec![],
                Requirement::PublishedAfterChange,
            ),
        ]
    }

    /// The app registration in Microsoft Entra ID, the same work in both variants: register
    /// (single tenant), note the IDs the connect step needs, consent, make the secret.
    fn app_registration(&self, record: StepId, record_note: Note, consent_note: Note, extra: &[Note]) -> [StepDef; 4] {
        use Crumb::*;
        let app = [EntraAdminCenter, AppRegistrations];
        let ids = if record == StepId::RecordIds { ClientAndTenantIds } else { ClientId };
        let mut register_notes = vec![Note::FollowWalkthrough, Note::Walkthrough, Note::FederatedAdfs];
        register_notes.extend_from_slice(extra);
        [
            self.def(
                StepId::RegisterApp,
                [app.as_slice(), &[NewRegistration, NameTheApp, ThisDirectoryOnly, Register]].concat(),
                register_notes,
                Requirement::AppSingleTenant,
            ),
            self.def(
                record,
                [app.as_slice(), &[Overview, ids, self.card()]].concat(),
                vec![record_note],
                if record == StepId::RecordIds { Requirement::IdsRecorded } else { Requirement::ClientIdRecorded },
            ),
            self.def(
                StepId::GrantConsent,
                [app.as_slice(), &[ApiPermissions, GrantAdminConsent, Yes]].concat(),
                vec![consent_note],
                Requirement::ConsentGranted,
            ),
            self.def(
                StepId::CreateSecret,
                [app.as_slice(), &[CertificatesSecrets, NewClientSecret, Description, Add, CopyValueNow]].concat(),
                vec![
                    Note::SecretShownOnce,
                    Note::SecretValueNotId,
                    Note::SecretNeverHere,
                    Note::SecretExpiry,
                    Note::SecretRenewal,
                ],
                Requirement::SecretSaved,
            ),
        ]
    }

    /// "Before Proceeding": the optional filter, validation, signing in as the sync user
    /// (Adobe lists it in both variants), and the organization URL checked.
    fn before_connecting(&self) -> [StepDef; 4] {
        use Crumb::*;
        [
            self.def(
                StepId::SyncFilter,
                vec![CustomField],
                vec![Note::FilterOnlyExplicitNoSkips],
                Requirement::FilterFieldReady,
            ),
            self.def(StepId::Validate, vec![ValidateSync], vec![], Requirement::Validated),
            self.def(StepId::SignIn, vec![SignInAsSyncUser], vec![], Requirement::SignedInAsSyncUser),
            self.def(
                StepId::ConfirmOrgUrl,
                vec![self.card(), OrgUrlConfirm],
                vec![Note::OrgUrlWhere, Note::OrgUrlFinal],
                Requirement::OrgUrlConfirmed,
            ),
        ]
    }
}

/// A connection's checklist, in order. Steps both variants have keep their ids, so their
/// ticks carry over when the reader switches. (Step 1 is the prerequisite and is shown as
/// a summary, not as a step; [`StepId::InstallSolution`] names it when readiness points
/// there.)
pub fn step_defs(connection: Connection) -> Vec<StepDef> {
    match connection {
        Connection::ServerToServer => s2s_step_defs(),
        Connection::SyncUserPassword => ropc_step_defs(),
    }
}

/// Server-to-server, Step 2 of 3.
fn s2s_step_defs() -> Vec<StepDef> {
    use Crumb::*;
    let d = Defs(Connection::ServerToServer);
    let mut steps = Vec::new();
    steps.extend(d.app_registration(
        StepId::RecordIds,
        Note::IdsForStepThree,
        Note::NoDelegatedPermission,
        &[Note::WalkthroughDiffers, Note::UpgradeIsSeparate],
    ));
    steps.extend([
        d.def(
            StepId::CreateAppUser,
            vec![PowerPlatformAdminCenter, Environment, ApplicationUsers, NewAppUser, ChooseApp, BusinessUnit, Create],
            vec![Note::BusinessUnit],
            Requirement::AppUserCreated,
        ),
        d.def(
            StepId::AssignAppUserRole,
            vec![PowerPlatformAdminCenter, ApplicationUsers, SelectUser, SecurityRoles, MarketoSyncUserRole, Save],
            vec![],
            Requirement::AppUserHasRole,
        ),
        d.def(
            StepId::RecordAppUserEmail,
            vec![PowerPlatformAdminCenter, ApplicationUsers, AppUserDetails, d.card()],
            vec![Note::AppUserEmailExact],
            Requirement::AppUserEmailRecorded,
        ),
    ]);
    steps.extend(d.configure(Requirement::MarketoUserIsAppUser));
    steps.extend(d.before_connecting());
    steps
}

/// The ROPC (password) connection: Step 2 of 4 (the sync user, its role, the Marketo
/// solution) and Step 3 of 4 (the client app, then the checks before Step 4).
fn ropc_step_defs() -> Vec<StepDef> {
    use Crumb::*;
    let d = Defs(Connection::SyncUserPassword);
    let mut steps = vec![
        d.def(
            StepId::CreateUser,
            vec![
                SettingsIcon,
                AdvancedSettings,
                SettingsMenu,
                Security,
                Users,
                New,
                AddAndLicenseUsers,
                Admin,
                AddUser,
                FillInAndAdd,
                SendEmailAndClose,
            ],
            vec![
                Note::OlderSetUp,
                Note::WsTrustDeprecated,
                Note::DedicatedNotExisting,
                Note::UserNameNeedNotBeReal,
                Note::CredentialsEmailReal,
                Note::ReadsMarketoConfig,
                Note::LanguageEnglish,
                Note::MfaOff,
            ],
            Requirement::SyncUserCreated,
        ),
        d.def(StepId::RecordUserName, vec![d.card()], vec![Note::NameForStepFour], Requirement::UserNameRecorded),
        d.def(
            StepId::AssignRole,
            ROLE_PATH.to_vec(),
            vec![Note::RoleVersionRule, Note::EditsNotSyncedBack],
            Requirement::SyncUserHasRole,
        ),
        d.def(
            StepId::AssignRoleToSyncingUsers,
            ROLE_PATH.to_vec(),
            vec![Note::RoleVersionRule],
            Requirement::SyncingUsersHaveRole,
        ),
    ];
    steps.extend(d.configure(Requirement::MarketoUserIsSyncUser));
    steps.extend(d.app_registration(StepId::RecordClientId, Note::ClientIdForStepFour, Note::AdminConsent, &[]));
    steps.extend(d.before_connecting());
    steps
}

/// A checklist row: the step and its status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistRow {
    pub step: StepDef,
    pub status: Status<(), NotApplicable>,
}

/// The checklist with statuses. In practice mode `ticked` is `None` and the state ticks the
/// steps; in guide mode the reader's ticks count (except for the values written down for
/// Step 3, which count by themselves) and the state decides which steps apply (from the
/// variant, the version and the filter choice).
pub fn checklist(org: &Org, ticked: Option<&[StepId]>) -> Vec<ChecklistRow> {
    let reqs = requirements(org);
    let defs = step_defs(org.connection);
    let done: Vec<Result<bool, NotApplicable>> = defs
        .iter()
        .map(|d| {
            let met = reqs.iter().find(|(r, _)| *r == d.done_when).map(|(_, m)| *m).unwrap_or(Ok(false));
            match (met, ticked) {
                (Err(na), _) => Err(na),
                (Ok(m), None) => Ok(m),
                (Ok(m), Some(_)) if d.id.recorded() => Ok(m),
                (Ok(_), Some(t)) => Ok(t.contains(&d.id)),
            }
        })
        .collect();
    let statuses = crate::checklist::sequence(done, |_| None);
    defs.into_iter().zip(statuses).map(|(step, status)| ChecklistRow { step, status }).collect()
}
