//! The Step 2 checklist: its sections, steps, breadcrumbs and notes, for each connection, and their statuses.

use super::*;

/// The sections of Step 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Section {
    CreateUser,
    AssignRole,
    ConfigureSolution,
    BeforeStepThree,
    /// Server-to-server: the app registration in Microsoft Entra ID.
    AppRegistration,
    /// Server-to-server: the application user in the Power Platform admin center.
    AppUser,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::CreateUser,
        Section::AssignRole,
        Section::ConfigureSolution,
        Section::BeforeStepThree,
        Section::AppRegistration,
        Section::AppUser,
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
}

impl StepId {
    /// Every step of both variants, in order.
    pub const ALL: [StepId; 17] = [
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
        }
    }

    /// Steps done by writing values down for Step 3, not by a tick: the values decide.
    pub fn recorded(self) -> bool {
        matches!(self, StepId::RecordIds | StepId::RecordAppUserEmail | StepId::ConfirmOrgUrl)
    }

    /// The note fields a recorded step is about (its "go to" target).
    pub fn note_fields(self) -> &'static [NoteField] {
        match self {
            StepId::RecordIds => &[NoteField::ClientId, NoteField::TenantId],
            StepId::RecordAppUserEmail => &[NoteField::AppUserEmail],
            StepId::ConfirmOrgUrl => &[NoteField::OrgUrl],
            _ => &[],
        }
    }

    pub fn section(self) -> Option<Section> {
        match self {
            StepId::InstallSolution => None,
            StepId::CreateUser => Some(Section::CreateUser),
            StepId::AssignRole | StepId::AssignRoleToSyncingUsers => Some(Section::AssignRole),
            StepId::SetMarketoUser | StepId::Publish => Some(Section::ConfigureSolution),
            StepId::SyncFilter | StepId::Validate | StepId::SignIn | StepId::ConfirmOrgUrl => {
                Some(Section::BeforeStepThree)
            }
            StepId::RegisterApp | StepId::RecordIds | StepId::GrantConsent | StepId::CreateSecret => {
                Some(Section::AppRegistration)
            }
            StepId::CreateAppUser | StepId::AssignAppUserRole | StepId::RecordAppUserEmail => Some(Section::AppUser),
        }
    }
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
    OrgUrlConfirm,
}

impl Crumb {
    /// Every breadcrumb of both variants.
    pub const ALL: [Crumb; 54] = [
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
        Crumb::OrgUrlConfirm,
    ];
}

/// Notes and warnings the checklist shows on a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    DedicatedNotExisting,
    /// C7: the new user's *name* need not be a real mailbox…
    UserNameNeedNotBeReal,
    /// …but the e-mail that receives its credentials must reach a real inbox.
    CredentialsEmailReal,
    /// C8: Adobe now documents the password set-up as the ROPC connection, in four steps.
    OlderSetUp,
    /// C8: multi-factor sign-in must be off for the sync user.
    MfaOff,
    /// C8: Microsoft has deprecated password (WS-Trust) sign-in.
    PasswordSignInDeprecated,
    RoleVersionRule,
    EditsNotSyncedBack,
    LanguageEnglish,
    ConfigMenuMissing,
    NameMustMatchStepThree,
    FilterOnlyExplicitNoSkips,
    SingleTenantOnly,
    IdsForStepThree,
    /// C10: server-to-server needs no delegated permission; an application user cannot
    /// sign in interactively, so consent is the administrator's.
    NoDelegatedPermission,
    /// C13: a directory federated with AD FS needs a Home Realm Discovery policy.
    FederatedAdfs,
    SecretShownOnce,
    /// C11: copy the Value column, not the Secret ID.
    SecretValueNotId,
    SecretNeverHere,
    SecretExpiry,
    AppUserEmailExact,
    OrgUrlFinal,
    /// C5: where the Organization Service URL is found.
    OrgUrlWhere,
    UpgradeIsSeparate,
    /// C12: the application user is created in a business unit.
    BusinessUnit,
}

impl Note {
    /// A note that warns of a consequence (shown as a warning, not a plain note).
    pub fn warns(self) -> bool {
        matches!(
            self,
            Note::DedicatedNotExisting
                | Note::EditsNotSyncedBack
                | Note::OlderSetUp
                | Note::MfaOff
                | Note::SecretShownOnce
                | Note::OrgUrlFinal
        )
    }

    /// Every note (tests walk them, beside the exhaustive matches).
    pub const ALL: [Note; 25] = [
        Note::DedicatedNotExisting,
        Note::UserNameNeedNotBeReal,
        Note::CredentialsEmailReal,
        Note::OlderSetUp,
        Note::MfaOff,
        Note::PasswordSignInDeprecated,
        Note::RoleVersionRule,
        Note::EditsNotSyncedBack,
        Note::LanguageEnglish,
        Note::ConfigMenuMissing,
        Note::NameMustMatchStepThree,
        Note::FilterOnlyExplicitNoSkips,
        Note::SingleTenantOnly,
        Note::IdsForStepThree,
        Note::NoDelegatedPermission,
        Note::FederatedAdfs,
        Note::SecretShownOnce,
        Note::SecretValueNotId,
        Note::SecretNeverHere,
        Note::SecretExpiry,
        Note::AppUserEmailExact,
        Note::OrgUrlFinal,
        Note::OrgUrlWhere,
        Note::UpgradeIsSeparate,
        Note::BusinessUnit,
    ];
}

/// A step of the Step 2 checklist, as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDef {
    pub id: StepId,
    pub section: Option<Section>,
    pub path: Vec<Crumb>,
    pub notes: Vec<Note>,
    /// The requirement on the state that this step satisfies (practice ticks it itself).
    pub done_when: Requirement,
}

/// Enabled Users > refresh > select > Manage Roles > Marketo Sync User > OK.
const ROLE_PATH: [Crumb; 6] =
    [Crumb::EnabledUsers, Crumb::Refresh, Crumb::SelectUser, Crumb::ManageRoles, Crumb::MarketoSyncUserRole, Crumb::Ok];

fn def(id: StepId, path: Vec<Crumb>, notes: Vec<Note>, done_when: Requirement) -> StepDef {
    StepDef { id, section: id.section(), path, notes, done_when }
}

/// Marketo Config > Default > Marketo User > save > close, then Publish All (both variants;
/// the Marketo User is the variant's sync identity).
fn configure_steps(marketo_user: Requirement) -> [StepDef; 2] {
    use Crumb::*;
    [
        def(
            StepId::SetMarketoUser,
            vec![AdvancedSettings, SettingsMenu, MarketoConfig, Default, MarketoUserField, Save, Close],
            vec![Note::ConfigMenuMissing],
            marketo_user,
        ),
        def(StepId::Publish, vec![SettingsMenu, Solutions, PublishAll], vec![], Requirement::PublishedAfterChange),
    ]
}

fn filter_step() -> StepDef {
    def(
        StepId::SyncFilter,
        vec![Crumb::CustomField],
        vec![Note::FilterOnlyExplicitNoSkips],
        Requirement::FilterFieldReady,
    )
}

fn validate_step() -> StepDef {
    def(StepId::Validate, vec![Crumb::ValidateSync], vec![], Requirement::Validated)
}

/// The Step 2 checklist of a variant, in order. Steps both variants have keep their ids,
/// so their ticks carry over when the reader switches. (Step 1 is the prerequisite and is
/// shown as a summary, not as a step; [`StepId::InstallSolution`] names it when readiness
/// points there.)
pub fn step_defs(connection: Connection) -> Vec<StepDef> {
    match connection {
        Connection::ServerToServer => s2s_step_defs(),
        Connection::SyncUserPassword => password_step_defs(),
    }
}

fn s2s_step_defs() -> Vec<StepDef> {
    use Crumb::*;
    let app = [EntraAdminCenter, AppRegistrations];
    let mut steps = vec![
        def(
            StepId::RegisterApp,
            [app.as_slice(), &[NewRegistration, NameTheApp, ThisDirectoryOnly, Register]].concat(),
            vec![Note::SingleTenantOnly, Note::FederatedAdfs, Note::UpgradeIsSeparate],
            Requirement::AppSingleTenant,
        ),
        def(
            StepId::RecordIds,
            [app.as_slice(), &[Overview, ClientAndTenantIds, ForStepThreeCard]].concat(),
            vec![Note::IdsForStepThree],
            Requirement::IdsRecorded,
        ),
        def(
            StepId::GrantConsent,
            [app.as_slice(), &[ApiPermissions, GrantAdminConsent, Yes]].concat(),
            vec![Note::NoDelegatedPermission],
            Requirement::ConsentGranted,
        ),
        def(
            StepId::CreateSecret,
            [app.as_slice(), &[CertificatesSecrets, NewClientSecret, Description, Add, CopyValueNow]].concat(),
            vec![Note::SecretShownOnce, Note::SecretValueNotId, Note::SecretNeverHere, Note::SecretExpiry],
            Requirement::SecretSaved,
        ),
        def(
            StepId::CreateAppUser,
            vec![PowerPlatformAdminCenter, Environment, ApplicationUsers, NewAppUser, ChooseApp, BusinessUnit, Create],
            vec![Note::BusinessUnit],
            Requirement::AppUserCreated,
        ),
        def(
            StepId::AssignAppUserRole,
            vec![PowerPlatformAdminCenter, ApplicationUsers, SelectUser, SecurityRoles, MarketoSyncUserRole, Save],
            vec![],
            Requirement::AppUserHasRole,
        ),
        def(
            StepId::RecordAppUserEmail,
            vec![PowerPlatformAdminCenter, ApplicationUsers, AppUserDetails, ForStepThreeCard],
            vec![Note::AppUserEmailExact],
            Requirement::AppUserEmailRecorded,
        ),
    ];
    steps.extend(configure_steps(Requirement::MarketoUserIsAppUser));
    steps.extend([
        filter_step(),
        validate_step(),
        def(
            StepId::ConfirmOrgUrl,
            vec![ForStepThreeCard, OrgUrlConfirm],
            vec![Note::OrgUrlWhere, Note::OrgUrlFinal],
            Requirement::OrgUrlConfirmed,
        ),
    ]);
    steps
}

fn password_step_defs() -> Vec<StepDef> {
    use Crumb::*;
    vec![
        def(
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
                Note::MfaOff,
                Note::PasswordSignInDeprecated,
                Note::DedicatedNotExisting,
                Note::UserNameNeedNotBeReal,
                Note::CredentialsEmailReal,
                Note::NameMustMatchStepThree,
            ],
            Requirement::SyncUserCreated,
        ),
        def(
            StepId::AssignRole,
            ROLE_PATH.to_vec(),
            vec![Note::RoleVersionRule, Note::EditsNotSyncedBack, Note::LanguageEnglish],
            Requirement::SyncUserHasRole,
        ),
        def(
            StepId::AssignRoleToSyncingUsers,
            ROLE_PATH.to_vec(),
            vec![Note::RoleVersionRule],
            Requirement::SyncingUsersHaveRole,
        ),
        configure_steps(Requirement::MarketoUserIsSyncUser)[0].clone(),
        configure_steps(Requirement::MarketoUserIsSyncUser)[1].clone(),
        filter_step(),
        validate_step(),
        def(
            StepId::SignIn,
            vec![SignInAsSyncUser],
            vec![Note::NameMustMatchStepThree],
            Requirement::SignedInAsSyncUser,
        ),
    ]
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
