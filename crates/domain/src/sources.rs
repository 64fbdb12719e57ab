//! Where everything the widget says comes from: every step, rule, note, warning, hazard and
//! refusal of both flows names an official page (title, section, path) or is marked as not
//! documented — the widget's own advice, or a choice of the simulated console.
//!
//! One table, exhaustive by construction: each kind of claim implements [`Cited`] with a
//! `match` that has no wildcard, so a new step, rule or note does not compile until its
//! source is decided. Addresses are built per language from the page's path (Experience
//! League has `/en/`, `/ko/`, `/ja/` versions of every Marketo page; Microsoft Learn has
//! `en-us`, `ko-kr`, `ja-jp`).

use crate::s2s::Connection;
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
    /// Dynamics ROPC (password), Step 1 of 4: install the Marketo solution.
    DynRopcStep1,
    /// Dynamics ROPC (password), Step 2 of 4: the sync user.
    DynRopcStep2,
    /// Dynamics ROPC (password), Step 3 of 4: the client app.
    DynRopcStep3,
    /// Dynamics ROPC (password), Step 4 of 4: connect.
    DynRopcStep4,
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
    /// Dataverse: the app-registration walkthrough Adobe's pages send the reader to.
    DataverseRegisterApp,
}

/// One page: where it is, and its title in each language (the title the page itself shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocInfo {
    pub site: Site,
    /// The path after the site's language part (Experience League: after
    /// `/docs/marketo/using/product-docs/`; Microsoft Learn: after the locale).
    pub path: &'static str,
    /// English, Korean, Japanese: the title the page shows in that language. `None` where
    /// the widget could not check a translated title (some Microsoft Learn pages): the
    /// reader is then sent to the English page, under its English title, so a link's text
    /// is always the title of the page it opens.
    pub titles: [Option<&'static str>; 3],
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
    pub const ALL: [Doc; 20] = [
        Doc::SiaConnectNewAdmin,
        Doc::SiaGrantAccess,
        Doc::SiaAdminSetupGuide,
        Doc::DynS2sStep1,
        Doc::DynS2sStep2,
        Doc::DynS2sStep3,
        Doc::DynGrantConsent,
        Doc::DynOrgServiceUrl,
        Doc::DynReconfigureAuth,
        Doc::DynRopcStep1,
        Doc::DynRopcStep2,
        Doc::DynRopcStep3,
        Doc::DynRopcStep4,
        Doc::DynValidateSync,
        Doc::DynCustomSyncFilter,
        Doc::EntraCredentials,
        Doc::PpacApplicationUsers,
        Doc::DataverseS2s,
        Doc::DataversePasswordDeprecation,
        Doc::DataverseRegisterApp,
    ];

    /// The page's path as a string with a tail (for the S2S and ROPC folders).
    fn path(self) -> std::borrow::Cow<'static, str> {
        match self {
            Doc::DynS2sStep1 => format!("{S2S}/step-1-of-3-install").into(),
            Doc::DynS2sStep2 => format!("{S2S}/step-2-of-3-set-up").into(),
            Doc::DynS2sStep3 => format!("{S2S}/step-3-of-3-connect").into(),
            Doc::DynRopcStep1 => format!("{ROPC}/step-1-of-4-install").into(),
            Doc::DynRopcStep2 => format!("{ROPC}/step-2-of-4-set-up").into(),
            Doc::DynRopcStep3 => format!("{ROPC}/step-3-of-4-set-up").into(),
            Doc::DynRopcStep4 => format!("{ROPC}/step-4-of-4-connect").into(),
            other => other.info().path.into(),
        }
    }

    pub fn info(self) -> DocInfo {
        let d = |site, path, [en, ko, ja]: [&'static str; 3]| DocInfo {
            site,
            path,
            titles: [Some(en), Some(ko), Some(ja)],
        };
        // A Microsoft Learn page: its English title, and its Japanese one where checked.
        let ml = |path, title, ja| DocInfo { site: ML, path, titles: [Some(title), None, ja] };
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
                    "2단계/4단계: 리소스 소유자 암호 제어 연결을 사용하여 Marketo 솔루션 설정",
                    "手順 2 / 4：リソース所有者のパスワード制御接続を使用した Marketo ソリューションの設定",
                ],
            ),
            Doc::DynRopcStep1 => d(
                EL,
                "",
                [
                    "Step 1 of 4: Install the Marketo Solution with Resource Owner Password Control Connection",
                    "1단계/4단계: 리소스 소유자 암호 제어 연결을 사용하여 Marketo 솔루션 설치",
                    "手順 1 / 4：リソース所有者のパスワード制御接続を使用した Marketo ソリューションのインストール",
                ],
            ),
            Doc::DynRopcStep3 => d(
                EL,
                "",
                [
                    "Step 3 of 4: Set up Client App on MS Dynamics",
                    "3단계/4단계: MS Dynamics에서 클라이언트 앱 설정",
                    "手順 3／4：MS Dynamics でのクライアントアプリの設定",
                ],
            ),
            Doc::DynRopcStep4 => d(
                EL,
                "",
                [
                    "Step 4 of 4: Connect the Marketo Solution with Resource Owner Password Control Connection",
                    "4단계/4단계: 리소스 소유자 암호 제어 연결과 Marketo 솔루션 연결",
                    "手順 4 / 4：Marketo ソリューションとリソース所有者のパスワード制御接続の接続",
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
                None,
            ),
            Doc::PpacApplicationUsers => ml(
                "power-platform/admin/manage-application-users",
                "Manage application users in the Power Platform admin center",
                None,
            ),
            Doc::DataverseS2s => ml(
                "power-apps/developer/data-platform/use-single-tenant-server-server-authentication",
                "Use single-tenant server-to-server authentication",
                Some("単一テナント型のサーバー間認証の使用"),
            ),
            Doc::DataversePasswordDeprecation => ml(
                "power-apps/developer/data-platform/authenticate-office365-deprecation",
                "Use of Office365 authentication with Microsoft Dataverse",
                Some("Microsoft Dataverse で Office365 認証を使用する"),
            ),
            Doc::DataverseRegisterApp => ml(
                "power-apps/developer/data-platform/walkthrough-register-app-azure-active-directory",
                "Tutorial: Register an app with Microsoft Entra ID",
                None,
            ),
        }
    }

    /// The language the reader is sent to for this page: theirs where the page's title in
    /// that language is known, else English.
    pub fn lang_for(self, lang: Lang) -> Lang {
        let t = self.info().titles;
        let known = match lang {
            Lang::En => t[0],
            Lang::Ko => t[1],
            Lang::Ja => t[2],
        };
        if known.is_some() {
            lang
        } else {
            Lang::En
        }
    }

    /// The title of the page a reader in `lang` is sent to (in that page's language).
    pub fn title(self, lang: Lang) -> &'static str {
        let t = self.info().titles;
        let title = match self.lang_for(lang) {
            Lang::En => t[0],
            Lang::Ko => t[1],
            Lang::Ja => t[2],
        };
        title.or(t[0]).unwrap_or("")
    }

    /// The address of the page a reader in `lang` is sent to ([`Doc::lang_for`]).
    pub fn url(self, lang: Lang) -> String {
        let path = self.path();
        let lang = self.lang_for(lang);
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
const ROPC_CONFIGURE: Source = part(Doc::DynRopcStep2, "Configure Marketo Solution", "configure-marketo-solution");
/// ROPC Step 3 of 4 has no heading above its numbered steps: the page itself.
const ROPC_CLIENT_APP: Source = page(Doc::DynRopcStep3);
const ROPC_FEDERATED: Source =
    part(Doc::DynRopcStep3, "Azure AD Federated with AD FS On-prem", "azure-ad-federated-with-ad-fs-on-prem");
const BEFORE_STEP_4: Source = part(Doc::DynRopcStep3, "Before Proceeding to Step 4", "before-proceeding-to-step-4");
const STEP_3_CREDENTIALS: Source =
    part(Doc::DynS2sStep3, "Enter Dynamics Sync User information", "enter-dynamics-sync-user-information");
const STEP_4_CREDENTIALS: Source =
    part(Doc::DynRopcStep4, "Enter Dynamics Sync User information", "enter-dynamics-sync-user-information");
const ADMIN_CONSENT: Source = part(Doc::DynGrantConsent, "Grant Consent for all Users", "grant-consent-for-all-users");
const NEW_APP_USER: Source =
    part(Doc::PpacApplicationUsers, "Create an application user", "create-an-application-user");
const S2S_REGISTRATION: Source =
    part(Doc::DataverseS2s, "Azure application registration", "azure-application-registration");

/// A connection's own page for the same kind of instruction.
struct Pages {
    client_app: Source,
    federated: Source,
    configure: Source,
    before_connecting: Source,
    credentials: Source,
    install: Source,
}

fn pages(connection: Connection) -> Pages {
    match connection {
        Connection::ServerToServer => Pages {
            client_app: CLIENT_APP,
            federated: FEDERATED,
            configure: CONFIGURE,
            before_connecting: BEFORE_STEP_3,
            credentials: STEP_3_CREDENTIALS,
            install: page(Doc::DynS2sStep1),
        },
        Connection::SyncUserPassword => Pages {
            client_app: ROPC_CLIENT_APP,
            federated: ROPC_FEDERATED,
            configure: ROPC_CONFIGURE,
            before_connecting: BEFORE_STEP_4,
            credentials: STEP_4_CREDENTIALS,
            install: page(Doc::DynRopcStep1),
        },
    }
}

/// Where a Dynamics step comes from, in its connection's pages.
pub fn step_source(step: dynamics::StepId, connection: Connection) -> Source {
    use dynamics::StepId::*;
    let p = pages(connection);
    match step {
        InstallSolution => p.install,
        CreateUser | RecordUserName => NEW_USER,
        AssignRole | AssignRoleToSyncingUsers => SYNC_ROLE,
        SetMarketoUser | Publish => p.configure,
        SyncFilter => page(Doc::DynCustomSyncFilter),
        Validate => page(Doc::DynValidateSync),
        SignIn => p.before_connecting,
        RegisterApp | RecordIds | RecordClientId => p.client_app,
        GrantConsent => ADMIN_CONSENT,
        CreateSecret => p.client_app,
        CreateAppUser => NEW_APP_USER,
        AssignAppUserRole | RecordAppUserEmail => APP_USER,
        ConfirmOrgUrl => p.credentials,
    }
}

/// Where a Dynamics note comes from, in its connection's pages.
pub fn note_source(note: dynamics::Note, connection: Connection) -> Source {
    use dynamics::Note::*;
    let p = pages(connection);
    match note {
        DedicatedNotExisting | UserNameNeedNotBeReal | CredentialsEmailReal | ReadsMarketoConfig => NEW_USER,
        NameForStepFour => STEP_4_CREDENTIALS,
        OlderSetUp => page(Doc::DynRopcStep2),
        MfaOff => page(Doc::DynValidateSync),
        WsTrustDeprecated => page(Doc::DataversePasswordDeprecation),
        RoleVersionRule | EditsNotSyncedBack | LanguageEnglish => SYNC_ROLE,
        ConfigMenuMissing => p.configure,
        FilterOnlyExplicitNoSkips => page(Doc::DynCustomSyncFilter),
        FollowWalkthrough | IdsForStepThree | ClientIdForStepFour => p.client_app,
        // Microsoft's single-tenant server-to-server page: no redirect URI, no delegated
        // permission for this kind of app (C10).
        WalkthroughDiffers | NoDelegatedPermission => S2S_REGISTRATION,
        AdminConsent => ADMIN_CONSENT,
        Walkthrough => REGISTER_WALKTHROUGH,
        FederatedAdfs => p.federated,
        SecretShownOnce => p.client_app,
        SecretValueNotId | SecretExpiry => page(Doc::EntraCredentials),
        // The widget's own rules and advice: it never keeps a secret; an expiry is worth
        // planning for (no cited page says what happens when a secret expires).
        SecretNeverHere | SecretRenewal => Source::Advice,
        AppUserEmailExact => APP_USER,
        OrgUrlFinal => p.credentials,
        OrgUrlWhere => page(Doc::DynOrgServiceUrl),
        UpgradeIsSeparate => page(Doc::DynReconfigureAuth),
        BusinessUnit => NEW_APP_USER,
    }
}

/// A rule of the Dynamics flow, cited in its connection's pages (the same rule is on both
/// connections' pages; the reader is sent to the one they follow).
pub fn rule_source(rule: Rule, connection: Connection) -> Source {
    let p = pages(connection);
    match rule {
        Rule::D1 => p.install,
        Rule::D4 => p.configure,
        Rule::D6 => p.before_connecting,
        Rule::S2 | Rule::S3 | Rule::S5 => p.client_app,
        Rule::S7 => p.credentials,
        other => other.source(),
    }
}

/// What the Dynamics console says happened, cited in its connection's pages.
pub fn effect_source(effect: &dynamics::Effect, connection: Connection) -> Source {
    use dynamics::Effect::*;
    let p = pages(connection);
    match effect {
        MarketoUserSet { .. } | PublishNeededAgain | Published | NothingNewToPublish => p.configure,
        SignedIn { .. } => p.before_connecting,
        AppRegistered { .. }
        | OpenToAnyOrganization { .. }
        | MadeSingleTenant { .. }
        | PageOpened { .. }
        | SecretShownOnce { .. }
        | SecretCopied { .. }
        | SecretLost { .. } => p.client_app,
        Recorded { .. } | ConfirmationCleared | UrlConfirmed(_) => p.credentials,
        other => other.source(),
    }
}

/// The page of Microsoft's walkthrough that Adobe's "follow all the steps" points to.
pub const REGISTER_WALKTHROUGH: Source = page(Doc::DataverseRegisterApp);

impl Cited for Rule {
    fn source(&self) -> Source {
        match self {
            Rule::F1 | Rule::F2 | Rule::F3 | Rule::F4 | Rule::F5 => UPDATE_CONNECTION,
            Rule::F6 => page(Doc::SiaGrantAccess),
            Rule::F7 => INITIATE_DATA_SYNC,
            Rule::X1 | Rule::X2 | Rule::X3 => Source::Simulation,
            Rule::D1 => page(Doc::DynS2sStep1),
            Rule::D2 | Rule::D7 => NEW_USER,
            Rule::D3 => SYNC_ROLE,
            Rule::D4 => CONFIGURE,
            Rule::D5 => page(Doc::DynCustomSyncFilter),
            Rule::D6 => BEFORE_STEP_3,
            Rule::S1 => page(Doc::DynS2sStep2),
            Rule::S2 | Rule::S3 | Rule::S5 => CLIENT_APP,
            Rule::S4 => ADMIN_CONSENT,
            Rule::S8 => page(Doc::EntraCredentials),
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
            sia::Hazard::RemovesOriginalUser { rule, .. } => rule.source(),
            // C2: the page gives the safe order (connect before disconnecting); what the
            // last disconnection does to the other users it does not state.
            sia::Hazard::LastConnectionWhileUsersRely { .. } => Source::Simulation,
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
            // C2: the page states only the safe order; no page says that the users lose
            // Marketo when the last admin disconnects, that reconnecting restores the
            // list, nor what happens when the admin holding the connection is removed.
            IntegrationRestored { .. } | IntegrationDown { .. } => Source::Simulation,
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
            SignedIn { .. } => BEFORE_STEP_4,
            ConnectionChosen(_) => page(Doc::DynS2sStep2),
            AppRegistered { .. } | OpenToAnyOrganization { .. } | MadeSingleTenant { .. } => CLIENT_APP,
            SecretShownOnce { .. } | SecretCopied { .. } | SecretLost { .. } => CLIENT_APP,
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
            // Adobe lists the sign-in for both connections; that an application user has
            // no password to sign in with is the widget's reading.
            dynamics::NotApplicable::AppUserHasNoSignIn => Source::Advice,
        }
    }
}

impl Cited for dynamics::Warning {
    fn source(&self) -> Source {
        use dynamics::Warning::*;
        match self {
            EditsNotSyncedBack | LanguageEnglish | RoleNotNeeded { .. } => SYNC_ROLE,
            SecretExpires { .. } => page(Doc::EntraCredentials),
            UpgradeIsSeparate => page(Doc::DynReconfigureAuth),
        }
    }
}
