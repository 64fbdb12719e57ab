//! Where everything the widget says comes from: every step, rule, note, warning, hazard and
//! refusal of both flows names an official page (title, section, path) or is marked as not
//! documented — the widget's own advice, or a choice of the simulated console.
//!
//! One table, exhaustive by construction: each kind of claim implements [`Cited`] with a
//! `match` that has no wildcard, so a new step, rule or note does not compile until its
//! source is decided. Addresses are built per language from the page's path (Experience
//! League has `/en/`, `/ko/`, `/ja/` versions of every Marketo page; Microsoft Learn has
//! `en-us`, `ko-kr`, `ja-jp`).

use crate::saved::Lang;
use crate::{dynamics, sia, Rule};

/// The site a page is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Site {
    ExperienceLeague,
    MicrosoftLearn,
}

/// An official page the widget cites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Doc {
    /// Sales Insight Actions: Connect New Admin to Marketo.
    SiaConnectNewAdmin,
    /// Sales Insight Actions: Grant Marketo Access to Users (the User Access tab).
    SiaGrantAccess,
    /// Sales Insight Actions: the admin setup guide (Initiate Data Sync).
    SiaAdminSetupGuide,
    /// Dynamics S2S, Step 1 of 3: install the Marketo solution.
    DynS2sStep1,
    /// Dynamics S2S, Step 2 of 3: set up the Marketo solution with a server-to-server connection.
    DynS2sStep2,
    /// Dynamics S2S, Step 3 of 3: connect the Marketo solution.
    DynS2sStep3,
    /// Grant Consent for Client Id and App Registration.
    DynGrantConsent,
    /// View the Organization Service URL.
    DynOrgServiceUrl,
    /// Reconfigure Dynamics Authentication Method.
    DynReconfigureAuth,
    /// Dynamics ROPC (password), Step 2 of 4: the sync user.
    DynRopcStep2,
    /// Validate Microsoft Dynamics Sync.
    DynValidateSync,
    /// Create a Custom Dynamics Sync Filter.
    DynCustomSyncFilter,
    /// Microsoft Entra: add and manage application credentials (client secrets).
    EntraCredentials,
    /// Power Platform: manage application users.
    PpacApplicationUsers,
    /// Dataverse: single-tenant server-to-server authentication.
    DataverseS2s,
    /// Dataverse: Office365 (WS-Trust password) authentication and its deprecation.
    DataversePasswordDeprecation,
}

/// One page: where it is, and its title in each language (the title the page itself shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocInfo {
    pub site: Site,
    /// The path after the site's language part (Experience League: after
    /// `/docs/marketo/using/product-docs/`; Microsoft Learn: after the locale).
    pub path: &'static str,
    /// English, Korean, Japanese. Microsoft Learn's translated titles are not quoted here
    /// (the widget could not check them), so those pages carry their English title.
    pub titles: [&'static str; 3],
}

/// A part of a page: its English heading and its anchor (the same in every language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    pub heading: &'static str,
    pub anchor: &'static str,
}

const EL: Site = Site::ExperienceLeague;
const ML: Site = Site::MicrosoftLearn;

/// Experience League publishes the repository folder `microsoft-dynamics-sync` as
/// `microsoft-dynamics`.
const S2S: &str = "crm-sync/microsoft-dynamics/sync-setup/microsoft-dynamics-365-with-s2s-connection";
const ROPC: &str = "crm-sync/microsoft-dynamics/sync-setup/microsoft-dynamics-365-with-ropc-connection";

impl Doc {
    /// Every page (tests check each has a title in every language and a well-formed path).
    pub const ALL: [Doc; 16] = [
        Doc::SiaConnectNewAdmin,
        Doc::SiaGrantAccess,
        Doc::SiaAdminSetupGuide,
        Doc::DynS2sStep1,
        Doc::DynS2sStep2,
        Doc::DynS2sStep3,
        Doc::DynGrantConsent,
        Doc::DynOrgServiceUrl,
        Doc::DynReconfigureAuth,
        Doc::DynRopcStep2,
        Doc::DynValidateSync,
        Doc::DynCustomSyncFilter,
        Doc::EntraCredentials,
        Doc::PpacApplicationUsers,
        Doc::DataverseS2s,
        Doc::DataversePasswordDeprecation,
    ];

    /// The page's path as a string with a tail (for the S2S and ROPC folders).
    fn path(self) -> std::borrow::Cow<'static, str> {
        match self {
            Doc::DynS2sStep1 => format!("{S2S}/step-1-of-3-install").into(),
            Doc::DynS2sStep2 => format!("{S2S}/step-2-of-3-set-up").into(),
            Doc::DynS2sStep3 => format!("{S2S}/step-3-of-3-connect").into(),
            Doc::DynRopcStep2 => format!("{ROPC}/step-2-of-4-set-up").into(),
            other => other.info().path.into(),
        }
    }

    pub fn info(self) -> DocInfo {
        let d = |site, path, titles| DocInfo { site, path, titles };
        let ml = |path, title| DocInfo { site: ML, path, titles: [title, title, title] };
        match self {
            Doc::SiaConnectNewAdmin => d(
                EL,
                "marketo-sales-insight/actions/admin/connect-new-admin-to-marketo",
                ["Connect New Admin to Marketo", "새 관리자를 Marketo에 연결", "新規管理者を Marketo に接続"],
            ),
            Doc::SiaGrantAccess => d(
                EL,
                "marketo-sales-insight/actions/marketo/grant-marketo-access-to-users",
                [
                    "Grant Marketo Access to Users",
                    "사용자에게 Marketo 액세스 권한 부여",
                    "ユーザに Marketo のアクセス権を付与",
                ],
            ),
            Doc::SiaAdminSetupGuide => d(
                EL,
                "marketo-sales-insight/actions/getting-started/sales-insight-actions-admin-setup-guide",
                [
                    "Sales Insight Actions Admin Setup Guide",
                    "Sales Insight Actions 관리자 설정 안내서",
                    "Sales Insight Actions 管理者設定ガイド",
                ],
            ),
            Doc::DynS2sStep1 => d(
                EL,
                "",
                [
                    "Step 1 of 3: Install the Marketo Solution with Server to Server Connection",
                    "1/3단계: 서버 간 연결을 통해 Marketo 솔루션 설치",
                    "手順 1／3：サーバー間接続を使用した Marketo ソリューションのインストール",
                ],
            ),
            Doc::DynS2sStep2 => d(
                EL,
                "",
                [
                    "Step 2 of 3: Set up Marketo Solution with Server to Server Connection",
                    "2단계/3단계: 서버 간 연결을 통해 Marketo 솔루션 설정",
                    "手順 2／3：サーバー間接続を使用した Marketo ソリューションの設定",
                ],
            ),
            Doc::DynS2sStep3 => d(
                EL,
                "",
                [
                    "Step 3 of 3: Connect the Marketo Solution with Server to Server Connection",
                    "3단계/3: Marketo 솔루션을 서버 간 연결에 연결",
                    "手順 3／3：サーバー間接続を使用した Marketo ソリューションの接続",
                ],
            ),
            Doc::DynGrantConsent => d(
                EL,
                "crm-sync/microsoft-dynamics/sync-setup/grant-consent-for-client-id-and-app-registration",
                [
                    "Grant Consent for Client Id and App Registration",
                    "클라이언트 ID 및 앱 등록에 대한 동의 권한 부여",
                    "クライアント ID とアプリ登録に対する同意の付与",
                ],
            ),
            Doc::DynOrgServiceUrl => d(
                EL,
                "crm-sync/microsoft-dynamics/sync-setup/view-the-organization-service-url",
                ["View the Organization Service URL", "조직 서비스 URL 보기", "組織サービス URL の表示"],
            ),
            Doc::DynReconfigureAuth => d(
                EL,
                "crm-sync/microsoft-dynamics/sync-setup/reconfigure-dynamics-authentication-method",
                [
                    "Reconfigure Dynamics Authentication Method",
                    "Dynamics 인증 방법 재구성",
                    "Dynamics 認証方法の再設定",
                ],
            ),
            Doc::DynRopcStep2 => d(
                EL,
                "",
                [
                    "Step 2 of 4: Set up the Marketo Solution with Resource Owner Password Control Connection",
                    "2단계/4단계 - 리소스 소유자 암호 제어 연결을 사용하여 Marketo 솔루션 설정",
                    "手順 2 / 4 - リソース所有者のパスワード制御接続を使用した Marketo ソリューションの設定",
                ],
            ),
            Doc::DynValidateSync => d(
                EL,
                "crm-sync/microsoft-dynamics/sync-setup/validate-microsoft-dynamics-sync",
                [
                    "Validate Microsoft Dynamics Sync",
                    "Microsoft Dynamics 동기화 유효성 검사",
                    "Microsoft Dynamics 同期の検証",
                ],
            ),
            Doc::DynCustomSyncFilter => d(
                EL,
                "crm-sync/microsoft-dynamics/create-a-custom-dynamics-sync-filter",
                [
                    "Create a Custom Dynamics Sync Filter",
                    "사용자 지정 Dynamics 동기화 필터 만들기",
                    "カスタム Dynamics 同期フィルターの作成",
                ],
            ),
            Doc::EntraCredentials => ml(
                "entra/identity-platform/how-to-add-credentials",
                "Add and manage application credentials in Microsoft Entra ID",
            ),
            Doc::PpacApplicationUsers => ml(
                "power-platform/admin/manage-application-users",
                "Manage application users in the Power Platform admin center",
            ),
            Doc::DataverseS2s => ml(
                "power-apps/developer/data-platform/use-single-tenant-server-server-authentication",
                "Use single-tenant server-to-server authentication",
            ),
            Doc::DataversePasswordDeprecation => ml(
                "power-apps/developer/data-platform/authenticate-office365-deprecation",
                "Use Office365 authentication with Microsoft Dataverse",
            ),
        }
    }

    /// The page's title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        let t = self.info().titles;
        match lang {
            Lang::En => t[0],
            Lang::Ko => t[1],
            Lang::Ja => t[2],
        }
    }

    /// The page's address in `lang` (every cited page is published in all three).
    pub fn url(self, lang: Lang) -> String {
        let path = self.path();
        match self.info().site {
            Site::ExperienceLeague => {
                format!("https://experienceleague.adobe.com/{}/docs/marketo/using/product-docs/{path}", lang.tag())
            }
            Site::MicrosoftLearn => {
                let locale = match lang {
                    Lang::En => "en-us",
                    Lang::Ko => "ko-kr",
                    Lang::Ja => "ja-jp",
                };
                format!("https://learn.microsoft.com/{locale}/{path}")
            }
        }
    }

    /// The site-relative path (for tests and the summary).
    pub fn path_text(self) -> String {
        self.path().into_owned()
    }
}

/// Where a claim comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// An official page, and the part of it when the claim is in one part.
    Page { doc: Doc, part: Option<Part> },
    /// No page says this: the widget's own advice.
    Advice,
    /// No page says this: how the practice console models what the pages leave open.
    Simulation,
}

impl Source {
    pub fn doc(self) -> Option<Doc> {
        match self {
            Source::Page { doc, .. } => Some(doc),
            Source::Advice | Source::Simulation => None,
        }
    }

    /// Said by an official page.
    pub fn documented(self) -> bool {
        self.doc().is_some()
    }

    /// The address of the page (and its part) in `lang`.
    pub fn url(self, lang: Lang) -> Option<String> {
        match self {
            Source::Page { doc, part: Some(p) } => Some(format!("{}#{}", doc.url(lang), p.anchor)),
            Source::Page { doc, part: None } => Some(doc.url(lang)),
            Source::Advice | Source::Simulation => None,
        }
    }
}

/// A claim the widget shows, and where it comes from.
pub trait Cited {
    fn source(&self) -> Source;
}

const fn page(doc: Doc) -> Source {
    Source::Page { doc, part: None }
}

const fn part(doc: Doc, heading: &'static str, anchor: &'static str) -> Source {
    Source::Page { doc, part: Some(Part { heading, anchor }) }
}

// The parts cited more than once.
const UPDATE_CONNECTION: Source =
    part(Doc::SiaConnectNewAdmin, "Update Your Marketo Connection", "update-your-marketo-connection");
const INITIATE_DATA_SYNC: Source = part(Doc::SiaAdminSetupGuide, "Initiate Data Sync", "initiate-data-sync");
const CLIENT_APP: Source =
    part(Doc::DynS2sStep2, "Create Client Application in Azure AD", "create-client-application-in-azure-ad");
const APP_USER: Source =
    part(Doc::DynS2sStep2, "Create Application User in Microsoft", "create-application-user-in-microsoft");
const FEDERATED: Source =
    part(Doc::DynS2sStep2, "Azure AD Federated with AD FS On-prem", "azure-ad-federated-with-ad-fs-on-prem");
const CONFIGURE: Source = part(Doc::DynS2sStep2, "Configure Marketo Solution", "configure-marketo-solution");
const BEFORE_STEP_3: Source = part(Doc::DynS2sStep2, "Before Proceeding to Step 3", "before-proceeding-to-step");
const NEW_USER: Source = part(Doc::DynRopcStep2, "Create a new user", "create-a-new-user");
const SYNC_ROLE: Source = part(Doc::DynRopcStep2, "Assign Sync User Role", "assign-sync-user-role");
const STEP_3_CREDENTIALS: Source =
    part(Doc::DynS2sStep3, "Enter Dynamics Sync User information", "enter-dynamics-sync-user-information");
const ADMIN_CONSENT: Source = part(Doc::DynGrantConsent, "Grant Consent for all Users", "grant-consent-for-all-users");
const NEW_APP_USER: Source =
    part(Doc::PpacApplicationUsers, "Create an application user", "create-an-application-user");

impl Cited for Rule {
    fn source(&self) -> Source {
        match self {
            Rule::F1 | Rule::F2 | Rule::F3 | Rule::F4 | Rule::F5 => UPDATE_CONNECTION,
            Rule::F6 => page(Doc::SiaGrantAccess),
            Rule::F7 => INITIATE_DATA_SYNC,
            Rule::X1 | Rule::X2 => Source::Simulation,
            Rule::D1 => page(Doc::DynS2sStep1),
            Rule::D2 | Rule::D7 => NEW_USER,
            Rule::D3 => SYNC_ROLE,
            Rule::D4 => CONFIGURE,
            Rule::D5 => page(Doc::DynCustomSyncFilter),
            Rule::D6 => BEFORE_STEP_3,
            Rule::S1 => page(Doc::DynS2sStep2),
            Rule::S2 | Rule::S3 => CLIENT_APP,
            Rule::S4 => ADMIN_CONSENT,
            Rule::S5 | Rule::S8 => page(Doc::EntraCredentials),
            Rule::S6 => APP_USER,
            Rule::S7 => STEP_3_CREDENTIALS,
        }
    }
}

impl Cited for sia::StepKind {
    fn source(&self) -> Source {
        match self {
            sia::StepKind::Reconnect
            | sia::StepKind::RemoveIncomingAccess
            | sia::StepKind::IncomingConnects
            | sia::StepKind::LeavingDisconnects
            | sia::StepKind::RemoveLeaving => UPDATE_CONNECTION,
        }
    }
}

impl Cited for sia::SkipReason {
    fn source(&self) -> Source {
        match self {
            sia::SkipReason::IncomingHasNoAccess
            | sia::SkipReason::IncomingAlreadyConnected
            | sia::SkipReason::LeavingNotConnected
            | sia::SkipReason::LeavingNotInInstance => UPDATE_CONNECTION,
            sia::SkipReason::KeepOriginalUser => INITIATE_DATA_SYNC,
        }
    }
}

impl Cited for sia::Hazard {
    fn source(&self) -> Source {
        match self {
            sia::Hazard::LastConnectionWhileUsersRely { rule, .. } | sia::Hazard::RemovesOriginalUser { rule, .. } => {
                rule.source()
            }
            // C2: what removing the admin who holds the connection does is not documented.
            sia::Hazard::RemovesConnectedAdmin { .. } => Source::Simulation,
        }
    }
}

impl Cited for sia::Effect {
    /// What the console says happened: documented, or the simulation's choice (C2).
    fn source(&self) -> Source {
        use sia::Effect::*;
        match self {
            Connected { .. } | Disconnected { .. } | AccessRemoved { .. } => UPDATE_CONNECTION,
            AccessGranted { .. } | GrantedSoonAfterConnect { .. } => page(Doc::SiaGrantAccess),
            PersonRemoved { .. } => UPDATE_CONNECTION,
            IntegrationDown { documented: true, .. } => Rule::F4.source(),
            // C2: no page says that reconnecting restores the list, nor what happens when
            // the admin holding the connection is removed.
            IntegrationRestored { .. } | IntegrationDown { documented: false, .. } => Source::Simulation,
            // C1: the caution is documented; what then fails is not.
            OriginalUserRemoved { .. } => Source::Simulation,
        }
    }
}

impl Cited for sia::CannotPlan {
    /// The way out each names: the widget's advice (the Marketo pages start from two
    /// admins in the instance and say nothing of these cases).
    fn source(&self) -> Source {
        match self {
            sia::CannotPlan::SamePerson
            | sia::CannotPlan::Internal
            | sia::CannotPlan::IncomingNotInInstance
            | sia::CannotPlan::IncomingNotAdmin
            | sia::CannotPlan::NobodyCanRemoveAccess => Source::Advice,
        }
    }
}

impl Cited for dynamics::StepId {
    fn source(&self) -> Source {
        use dynamics::StepId::*;
        match self {
            InstallSolution => page(Doc::DynS2sStep1),
            CreateUser => NEW_USER,
            AssignRole | AssignRoleToSyncingUsers => SYNC_ROLE,
            SetMarketoUser | Publish => CONFIGURE,
            SyncFilter => page(Doc::DynCustomSyncFilter),
            Validate => page(Doc::DynValidateSync),
            SignIn => BEFORE_STEP_3,
            RegisterApp | RecordIds => CLIENT_APP,
            GrantConsent => ADMIN_CONSENT,
            CreateSecret => page(Doc::EntraCredentials),
            CreateAppUser => NEW_APP_USER,
            AssignAppUserRole | RecordAppUserEmail => APP_USER,
            ConfirmOrgUrl => STEP_3_CREDENTIALS,
        }
    }
}

impl Cited for dynamics::Note {
    fn source(&self) -> Source {
        use dynamics::Note::*;
        match self {
            DedicatedNotExisting | UserNameNeedNotBeReal | CredentialsEmailReal | NameMustMatchStepThree => NEW_USER,
            OlderSetUp => page(Doc::DynRopcStep2),
            MfaOff => page(Doc::DynValidateSync),
            PasswordSignInDeprecated => page(Doc::DataversePasswordDeprecation),
            RoleVersionRule | EditsNotSyncedBack | LanguageEnglish => SYNC_ROLE,
            ConfigMenuMissing => CONFIGURE,
            FilterOnlyExplicitNoSkips => page(Doc::DynCustomSyncFilter),
            SingleTenantOnly | IdsForStepThree => CLIENT_APP,
            NoDelegatedPermission => {
                part(Doc::DataverseS2s, "Azure application registration", "azure-application-registration")
            }
            FederatedAdfs => FEDERATED,
            SecretShownOnce | SecretValueNotId | SecretExpiry => page(Doc::EntraCredentials),
            // The widget's own rule: it never keeps a secret.
            SecretNeverHere => Source::Advice,
            AppUserEmailExact => APP_USER,
            OrgUrlFinal => STEP_3_CREDENTIALS,
            OrgUrlWhere => page(Doc::DynOrgServiceUrl),
            UpgradeIsSeparate => page(Doc::DynReconfigureAuth),
            BusinessUnit => NEW_APP_USER,
        }
    }
}

impl Cited for dynamics::Effect {
    /// What the Dynamics console says happened.
    fn source(&self) -> Source {
        use dynamics::Effect::*;
        match self {
            UserCreated { .. } | CredentialsSent { .. } => NEW_USER,
            RoleAssigned { .. } | RoleNotNeeded { .. } | RoleRemoved { .. } => SYNC_ROLE,
            MarketoUserSet { .. } | PublishNeededAgain | Published | NothingNewToPublish => CONFIGURE,
            FilterWanted(_) | FilterFieldCreated => page(Doc::DynCustomSyncFilter),
            Validated => page(Doc::DynValidateSync),
            SignedIn { .. } => BEFORE_STEP_3,
            ConnectionChosen(_) => page(Doc::DynS2sStep2),
            AppRegistered { .. } | OpenToAnyOrganization { .. } | MadeSingleTenant { .. } => CLIENT_APP,
            SecretShownOnce { .. } | SecretCopied { .. } | SecretLost { .. } => page(Doc::EntraCredentials),
            ConsentGranted { .. } => ADMIN_CONSENT,
            AppUserCreated { .. } => NEW_APP_USER,
            PageOpened { .. } => CLIENT_APP,
            // Step 3 asks for these values, the organization URL checked first.
            Recorded { .. } | ConfirmationCleared | UrlConfirmed(_) => STEP_3_CREDENTIALS,
            // The pages require the role; what the sync does without it is not described.
            MarketoUserLacksRole { .. } => Source::Simulation,
        }
    }
}

impl Cited for dynamics::NotApplicable {
    fn source(&self) -> Source {
        match self {
            dynamics::NotApplicable::RoleOnlyForSyncUser => SYNC_ROLE,
            dynamics::NotApplicable::FilterNotWanted => page(Doc::DynCustomSyncFilter),
        }
    }
}

impl Cited for dynamics::Warning {
    fn source(&self) -> Source {
        use dynamics::Warning::*;
        match self {
            EditsNotSyncedBack => dynamics::Note::EditsNotSyncedBack.source(),
            LanguageEnglish => dynamics::Note::LanguageEnglish.source(),
            RoleNotNeeded { .. } => dynamics::Note::RoleVersionRule.source(),
            SecretExpires { .. } => dynamics::Note::SecretExpiry.source(),
            UpgradeIsSeparate => dynamics::Note::UpgradeIsSeparate.source(),
        }
    }
}
