//! Korean texts of the Dynamics guide (the password-based sync user and what both variants share).

use super::{
    dynamics, quoted, refused, s2s_caution, s2s_day_error, s2s_field, s2s_lifetime, s2s_problem, s2s_reminder, AppTab,
    Connection, DynTexts, NotApplicable, Note, NoteField, NoteProblem, Page, Requirement, Section, StepId, TextProblem,
    UserKind, UserNames, VersionError, DC, S2S,
};

pub(super) fn version_error(e: &VersionError) -> String {
    match e {
        VersionError::Empty => "버전을 입력하세요. 예: 4.0.0.14".into(),
        VersionError::WrongNumberOfParts { found } => {
            format!("버전은 4.0.0.14처럼 점으로 나눈 숫자 네 개입니다. 입력한 값은 {found}개입니다.")
        }
        VersionError::EmptyPart { position } => {
            format!("{position}번째 숫자가 비어 있습니다(점이 연달아 있거나 끝에 있음).")
        }
        VersionError::Negative { position } => format!("{position}번째 숫자가 음수입니다. 버전은 0 이상입니다."),
        VersionError::TooLarge { position } => format!("{position}번째 숫자가 버전 번호로는 너무 깁니다."),
        VersionError::NotANumber { position, text } => {
            format!("{position}번째 값(\u{201c}{text}\u{201d})에는 숫자만 쓸 수 있습니다.")
        }
    }
}

pub(super) fn text_problem(p: &TextProblem) -> String {
    let max = dynamics::MAX_TEXT_CHARS;
    match p {
        TextProblem::NameEmpty => "이름을 입력하세요.".into(),
        TextProblem::NameTooLong => format!("이름이 너무 깁니다(최대 {max}자)."),
        TextProblem::NameTaken => {
            "같은 이름의 사용자가 이미 있습니다. 연결 단계에서는 사용자 한 명과 정확히 맞는 이름이 필요합니다.".into()
        }
        TextProblem::EmailEmpty => "로그인 정보를 받을 이메일 주소(실제로 받을 수 있는 메일함)를 입력하세요.".into(),
        TextProblem::EmailNotAnAddress => "이메일 주소 형식(이름@도메인)이 아닙니다.".into(),
        TextProblem::EmailTooLong => format!("주소가 너무 깁니다(최대 {max}자)."),
        TextProblem::LooksLikeSecret => {
            "암호처럼 보여서 보관하지 않았습니다. 여기에는 암호를 절대 입력하지 마세요.".into()
        }
    }
}

pub(super) fn dyn_why(w: &dynamics::Why) -> String {
    use dynamics::Why as Y;
    let text = match w {
        Y::SolutionMissing => "Marketo 솔루션이 설치되지 않아 아직 Marketo 구성이 없습니다.",
        Y::Text(p) => return text_problem(p),
        Y::NoSuchUser => "그런 사용자가 없습니다.",
        Y::AlreadyHasRole => "이 사용자는 이미 역할이 있습니다.",
        Y::HasNoRole => "이 사용자에게는 역할이 없습니다.",
        Y::ExistingCrmUser => "기존 CRM 사용자의 개인 계정이며, 동기화 전용 사용자가 아닙니다.",
        Y::AlreadyMarketoUser => "이 사용자는 이미 Marketo 사용자입니다.",
        Y::FilterFieldExists => "필터 필드가 이미 있습니다.",
        Y::FilterFieldMisnamed => "동기화는 이름이 정확히 new_synctomkto인 필드만 인식합니다.",
        Y::NotPublished => "최신 구성이 게시되지 않았습니다.",
        Y::NoMarketoUser => "아직 Marketo 사용자를 고르지 않았습니다.",
        Y::NoUserChosen => "아직 사용자를 고르지 않았습니다.",
        Y::AlreadySignedIn => "이 사용자로 이미 로그인한 적이 있습니다.",
        Y::AlreadyValidated => "현재 구성으로 이미 했습니다.",
        Y::SameConnection => "이미 그 연결 방식을 선택했습니다.",
        Y::NotServerToServer => "서버 간 연결의 단계인데, 지금은 암호 방식이 선택되어 있습니다.",
        Y::AlreadyOpen => "그 페이지가 이미 열려 있습니다.",
        Y::NoSuchApp => "그런 앱 등록이나 암호가 없습니다.",
        Y::NoAppChosen => "아직 앱을 고르지 않았습니다.",
        Y::NoBusinessUnit => "아직 사업부를 고르지 않았습니다.",
        Y::AlreadySingleTenant => "이 앱은 이미 내 디렉터리의 계정만 받습니다.",
        Y::ConsentAlreadyGranted => "관리자 동의가 이미 허용되었습니다.",
        Y::SecretGone => "복사하기 전에 값이 숨겨져서 다시는 볼 수 없습니다.",
        Y::SecretAlreadyCopied => "이 값은 이미 복사했습니다.",
        Y::AppUserExists => "이 앱에는 이미 애플리케이션 사용자가 있습니다.",
        Y::AppNameTaken => "같은 이름의 앱 등록이 이미 있습니다. 둘이면 헷갈리기 쉽습니다.",
        Y::Note(r) => return refused(*r).into(),
        Y::SameValue => "같은 값이 이미 적혀 있습니다.",
        Y::Url(e) => return s2s_problem(&NoteProblem::OrgUrl(e.clone())),
        Y::AlreadyConfirmed => "조직 URL을 이미 확정했습니다.",
        Y::NotConfirmed => "조직 URL을 아직 확정하지 않았습니다.",
    };
    text.into()
}

pub(super) fn dyn_way_out(w: &dynamics::WayOut) -> &'static str {
    use dynamics::WayOut as W;
    match w {
        W::DoStepOne => "먼저 Marketo 솔루션을 설치하세요(1단계).",
        W::FixInput => "고친 뒤 다시 시도하세요.",
        W::ChooseListedUser => "목록에서 사용자를 고르세요.",
        W::AlreadyDone => "더 할 일이 없습니다.",
        W::CreateDedicatedUser => "동기화 전용 사용자를 만들고 그 사용자를 고르세요.",
        W::UseExactFilterName => "이름을 new_synctomkto로 하세요.",
        W::PublishFirst => "먼저 모든 사용자 지정을 게시하세요.",
        W::ChooseMarketoUserFirst => "먼저 Marketo 사용자를 고르세요.",
        W::SwitchToServerToServer => "먼저 서버 간 연결을 선택하세요.",
        W::ChooseListedApp => "목록에서 앱 등록을 고르세요.",
        W::ChooseBusinessUnit => "새 앱 사용자 창에서 사업부를 고르세요.",
        W::MakeNewSecret => "새 클라이언트 암호를 만들고, 화면에 보일 때 값을 복사하세요.",
        W::KeepSecretsElsewhere => "암호는 이 가이드가 아니라 암호 관리자나 키 자격 증명 모음에 보관하세요.",
        W::FixUrlFirst => "먼저 조직 URL을 고치세요.",
        W::ChooseApplicationUser => "앱용으로 만든 애플리케이션 사용자를 고르세요.",
    }
}

pub(super) fn dyn_effect(e: &dynamics::Effect, names: &UserNames) -> String {
    use dynamics::Effect as E;
    match e {
        E::UserCreated { user } => format!("사용자 {}을(를) 만들었습니다.", names(*user)),
        E::CredentialsSent { user } => format!("{}의 로그인 정보를 이메일로 보냈습니다.", names(*user)),
        E::RoleAssigned { user } => format!("{}에게 Marketo 동기화 사용자 역할이 있습니다.", names(*user)),
        E::RoleNotNeeded { user } => {
            format!("이 버전에서는 {}에게 역할이 필요 없습니다. 동기화 사용자만 필요합니다.", names(*user))
        }
        E::RoleRemoved { user } => format!("{}의 Marketo 동기화 사용자 역할을 없앴습니다.", names(*user)),
        E::MarketoUserSet { user } => format!("Marketo 사용자를 {}(으)로 정했습니다.", names(*user)),
        E::PublishNeededAgain => "게시한 뒤에 구성이 바뀌었습니다. 모든 사용자 지정을 다시 게시하세요.".into(),
        E::Published => "모든 사용자 지정을 게시했습니다.".into(),
        E::NothingNewToPublish => "다시 게시했지만 바뀐 것은 없었습니다.".into(),
        E::FilterWanted(true) => "사용자 지정 동기화 필터를 설정합니다.".into(),
        E::FilterWanted(false) => "사용자 지정 동기화 필터를 쓰지 않습니다.".into(),
        E::FilterFieldCreated => "new_synctomkto 필드를 만들었습니다.".into(),
        E::Validated => "현재 구성으로 검증을 실행했습니다.".into(),
        E::SignedIn { user } => format!("{}(으)로 한 번 로그인했습니다.", names(*user)),
        E::ConnectionChosen(Connection::ServerToServer) => "서버 간(OAuth) 연결 방식으로 진행합니다.".into(),
        E::ConnectionChosen(Connection::SyncUserPassword) => "암호를 쓰는 동기화 사용자 방식으로 진행합니다.".into(),
        E::PageOpened { page, app } => {
            let name = match page {
                Page::AppRegistrations => S2S.app_registrations,
                Page::NewRegistration => S2S.new_registration,
                Page::App { tab: AppTab::Overview, .. } => S2S.overview,
                Page::App { tab: AppTab::CertificatesSecrets, .. } => S2S.certificates_secrets,
                Page::App { tab: AppTab::ApiPermissions, .. } => S2S.api_permissions,
            };
            match app {
                Some(app) => format!("{app}의 {name} 페이지를 열었습니다."),
                None => format!("{name} 페이지를 열었습니다."),
            }
        }
        E::AppRegistered { name, single_tenant: true } => format!("앱 {name}을(를) 이 디렉터리 전용으로 등록했습니다."),
        E::AppRegistered { name, single_tenant: false } => format!("앱 {name}을(를) 모든 조직의 계정용으로 등록했습니다."),
        E::OpenToAnyOrganization { name } => format!(
            "실수: {name}이(가) 내 조직뿐 아니라 모든 조직의 계정을 받습니다. Marketo 설정은 단일 테넌트 앱을 전제로 합니다. 지원되는 계정 유형을 이 디렉터리 전용으로 바꾸세요."
        ),
        E::MadeSingleTenant { name } => format!("이제 {name}은(는) 이 디렉터리의 계정만 받습니다."),
        E::SecretShownOnce { description, expires_on } => format!(
            "클라이언트 암호 {}을(를) 만들었습니다. 만료일은 {expires_on}입니다. 값은 지금만 화면에 보이니 페이지를 떠나기 전에 복사하세요.",
            quoted(description)
        ),
        E::SecretCopied { description } => format!("클라이언트 암호 {}의 값을 안전한 곳에 복사했습니다.", quoted(description)),
        E::SecretLost { description } => format!(
            "실수: 클라이언트 암호 {}의 값을 복사하기 전에 페이지를 떠났습니다. 다시는 볼 수 없으니 새 암호를 만드세요.",
            quoted(description)
        ),
        E::ConsentGranted { name } => format!("{name}에 관리자 동의를 허용했습니다."),
        E::AppUserCreated { user } => format!("애플리케이션 사용자 {}을(를) 만들었습니다.", names(*user)),
        E::Recorded { field } => format!("연결 단계용으로 {}을(를) 적어 두었습니다.", s2s_field(*field)),
        E::ConfirmationCleared => "조직 URL이 바뀌어 확정이 취소되었습니다. 다시 확인하고 확정하세요.".into(),
        E::UrlConfirmed(true) => "조직 URL을 확정했습니다.".into(),
        E::UrlConfirmed(false) => "조직 URL 확정을 취소했습니다.".into(),
        E::MarketoUserLacksRole { user } => format!(
            "실수: {}이(가) Marketo 사용자인데 아직 Marketo Sync User 역할이 없어 동기화가 거부됩니다. 보안 역할에서 역할을 주세요.",
            names(*user)
        ),
    }
}

pub(super) const DY: DynTexts = DynTexts {
    dyn_kicker: "Marketo와 Microsoft Dynamics",
    dyn_intro: |c| {
        match c {
        Connection::ServerToServer => "Marketo는 직접 등록한 앱의 애플리케이션 사용자로 Dynamics에 로그인합니다. 앱을 등록하고, 동기화 역할을 가진 애플리케이션 사용자를 만들고, Marketo 솔루션이 그 사용자를 쓰게 한 뒤 게시하세요.",
        Connection::SyncUserPassword => "Marketo는 Microsoft Entra ID에 등록한 클라이언트 앱을 통해 전용 동기화 사용자와 그 암호로 로그인합니다. Adobe는 이것을 ROPC 연결이라고 부릅니다. 이 가이드는 그중 4단계 중 2단계와 3단계를 다룹니다. 동기화 사용자 설정을 \u{201c}3단계 중 2단계\u{201d}라고 부르던 예전 문서를 보고 오셨나요? 그 부분은 이제 4단계 중 2단계이고, 클라이언트 앱을 다루는 4단계 중 3단계가 새로 생겼습니다.",
    }
    },
    dyn_heading: |c| match c {
        Connection::ServerToServer => "3단계 중 2단계: Marketo가 동기화에 쓰는 애플리케이션 사용자 설정",
        Connection::SyncUserPassword => "4단계 중 2·3단계: 동기화 사용자와 클라이언트 앱(암호 방식, ROPC)",
    },
    dyn_answers: |c, v| match v {
        Some(v) => format!("{c}, Marketo 솔루션 {v}."),
        None => format!("{c}."),
    },
    dyn_step1_title: |n| format!("이전 단계: {n}단계 중 1단계"),
    dyn_step1_body: |v| {
        match v {
        Some(v) => format!("Dynamics에 Marketo 솔루션(버전 {v})이 설치되어 있습니다."),
        None => "Marketo에서 Marketo 솔루션을 내려받고(관리자 › CRM › Microsoft › Download Marketo Solution), Dynamics에서 가져온 뒤(설정 › 솔루션) 게시하세요. 설치하지 않으면 Marketo 구성이 보이지 않습니다.".into(),
    }
    },
    dyn_credentials_to: |email| format!("로그인 정보는 {email}(으)로 갑니다."),
    dyn_next_title: |n| format!("다음 단계: {n}단계 중 {n}단계"),
    dyn_step4_body: |name| {
        format!("Marketo(관리자 › CRM › Microsoft, 자격 증명 입력)에서 만든 그대로의 사용자 이름({name}), 그 암호, 조직 URL, 클라이언트 ID, 클라이언트 암호를 입력합니다. 아래 카드에 적어 둔 값이 있습니다.")
    },
    dyn_questions: "현재 설정",
    dyn_version_label: "설치된 Marketo 솔루션 버전",
    dyn_version_help: "Dynamics에 표시된 대로 점으로 나눈 숫자 네 개. 예: 4.0.0.14",
    version_error,
    dyn_name_label: "동기화 사용자의 사용자 이름(실제 메일함이 아니어도 됨)",
    dyn_email_label: "로그인 정보를 받을 이메일(실제 메일함)",
    dyn_filter_label: "사용자 지정 동기화 필터를 쓰겠습니다(선택)",
    dyn_section: |s| match s {
        Section::CreateUser => "4단계 중 2단계: 동기화 사용자 만들기",
        Section::AssignRole => "동기화 역할 주기",
        Section::ConfigureSolution => "Marketo 솔루션이 그 사용자를 쓰게 하기",
        Section::BeforeStepThree => "3단계 중 3단계로 가기 전에",
        Section::AppRegistration => "Microsoft Entra ID에 앱 등록",
        Section::AppUser => "애플리케이션 사용자 만들기",
        Section::ClientApp => "4단계 중 3단계: Microsoft Entra ID에 클라이언트 앱 등록",
        Section::BeforeStepFour => "4단계로 넘어가기 전에",
    },
    dyn_step_title: |id, name| match id {
        StepId::InstallSolution => "Marketo 솔루션 설치(1단계)".into(),
        StepId::CreateUser => format!("전용 사용자 {name} 만들기"),
        StepId::AssignRole => format!("{name}에게 Marketo 동기화 사용자 역할 주기"),
        StepId::AssignRoleToSyncingUsers => "다른 모든 사용자에게도 역할 주기".into(),
        StepId::SetMarketoUser => format!("{name}을(를) Marketo 사용자로 고르기"),
        StepId::Publish => "모든 사용자 지정 게시".into(),
        StepId::SyncFilter => "사용자 지정 동기화 필터 필드 추가".into(),
        StepId::Validate => "Microsoft Dynamics 동기화 유효성 검사 실행".into(),
        StepId::SignIn => format!("{name}(으)로 Dynamics에 한 번 로그인"),
        StepId::RegisterApp => "이 디렉터리 전용으로 앱 등록".into(),
        StepId::RecordIds => "애플리케이션(클라이언트) ID와 디렉터리(테넌트) ID 적어 두기".into(),
        StepId::GrantConsent => "앱에 관리자 동의 허용".into(),
        StepId::CreateSecret => "클라이언트 암호를 만들고 값을 안전한 곳에 저장".into(),
        StepId::CreateAppUser => "앱의 애플리케이션 사용자 만들기".into(),
        StepId::AssignAppUserRole => format!("{name}에게 Marketo Sync User 역할 주기"),
        StepId::RecordAppUserEmail => "애플리케이션 사용자의 이메일 적어 두기".into(),
        StepId::ConfirmOrgUrl => "조직 URL을 적어 두고 확정".into(),
        StepId::RecordUserName => format!("4단계용 사용자 이름 적어 두기: {name}"),
        StepId::RecordClientId => "애플리케이션(클라이언트) ID 적어 두기".into(),
    },
    dyn_crumb: |c| match c {
        DC::SettingsIcon => "설정 아이콘",
        DC::AdvancedSettings => "고급 설정",
        DC::SettingsMenu => "설정",
        DC::Security => "보안",
        DC::Users => "사용자",
        DC::New => "새로 만들기",
        DC::AddAndLicenseUsers => "사용자 추가 및 라이선스 부여",
        DC::Admin => "관리",
        DC::AddUser => "사용자 추가",
        DC::FillInAndAdd => "정보 입력 후 추가",
        DC::SendEmailAndClose => "전자 메일 보내기 후 닫기",
        DC::EnabledUsers => "활성화된 사용자",
        DC::Refresh => "새로 고침",
        DC::SelectUser => "사용자 선택",
        DC::ManageRoles => "역할 관리",
        DC::MarketoSyncUserRole => "Marketo 동기화 사용자",
        DC::Ok => "확인",
        DC::MarketoConfig => "Marketo 구성",
        DC::Default => "기본값",
        DC::MarketoUserField => "Marketo 사용자: 동기화 사용자 선택",
        DC::Save => "저장",
        DC::Close => "닫기",
        DC::Solutions => "솔루션",
        DC::PublishAll => "모든 사용자 지정 게시",
        DC::CustomField => "두 옵션 필드 new_synctomkto",
        DC::ValidateSync => "Microsoft Dynamics 동기화 유효성 검사",
        DC::SignInAsSyncUser => "동기화 사용자로 로그인",
        DC::EntraAdminCenter => "Microsoft Entra 관리 센터",
        DC::AppRegistrations => "앱 등록",
        DC::NewRegistration => "새 등록",
        DC::NameTheApp => "알아보기 쉬운 이름(예: Marketo Integration)",
        DC::ThisDirectoryOnly => "이 조직 디렉터리의 계정만",
        DC::Register => "등록",
        DC::Overview => "개요",
        DC::ClientAndTenantIds => "애플리케이션(클라이언트) ID, 디렉터리(테넌트) ID",
        DC::ClientId => "애플리케이션(클라이언트) ID",
        DC::ApiPermissions => "API 사용 권한",
        DC::GrantAdminConsent => "관리자 동의 허용",
        DC::Yes => "예",
        DC::CertificatesSecrets => "인증서 및 암호",
        DC::NewClientSecret => "새 클라이언트 암호",
        DC::Description => "설명",
        DC::Add => "추가",
        DC::CopyValueNow => "지금 값 복사",
        DC::PowerPlatformAdminCenter => "Power Platform 관리 센터",
        DC::Environment => "내 환경 › 설정",
        DC::ApplicationUsers => "사용자 + 권한 › 애플리케이션 사용자",
        DC::NewAppUser => "새 앱 사용자",
        DC::ChooseApp => "앱 추가: 등록한 앱",
        DC::BusinessUnit => "사업부",
        DC::Create => "만들기",
        DC::SecurityRoles => "보안 역할",
        DC::AppUserDetails => "사용자 세부 정보: 이메일",
        DC::ForStepThreeCard => "\u{201c}3단계 중 3단계용\u{201d} 카드",
        DC::ForStepFourCard => "\u{201c}4단계 중 4단계용\u{201d} 카드",
        DC::OrgUrlConfirm => "조직 URL을 확인했습니다",
    },
    dyn_note: |n| {
        match n {
        Note::DedicatedNotExisting => "동료의 기존 CRM 계정이 아니라 동기화만을 위해 만든 사용자를 쓰세요.",
        Note::UserNameNeedNotBeReal => "사용자 이름은 주소 형태(name@yourdomain)이지만 실제 메일함일 필요는 없습니다.",
        Note::CredentialsEmailReal => "로그인 정보는 마지막에 입력하는 이메일로 보내집니다. 누군가 읽는 메일함을 쓰세요.",
        Note::OlderSetUp => "Adobe의 현재 문서는 이 암호 방식 설정을 ROPC 연결이라 부르고 4단계로 나눕니다. 보던 문서에 \u{201c}3단계 중 2단계\u{201d}라고 되어 있었다면 지금 여기입니다. 그 부분은 4단계 중 2단계이고, 4단계 중 4단계에서 묻는 클라이언트 앱을 4단계 중 3단계에서 더합니다.",
        Note::MfaOff => "동기화 사용자는 다단계 인증을 꺼야 합니다. Adobe의 유효성 검사 문서에 따르면 켜져 있으면 동기화가 제대로 작동하지 않습니다.",
        Note::WsTrustDeprecated => "Microsoft는 WS-Trust 로그인(\u{201c}Office365\u{201d} 인증 유형)을 사용 중단했고, 그 대신 OAuth를 쓰라고 합니다. Adobe의 ROPC 연결은 OAuth로 로그인하므로, 이 가이드는 그 사용 중단이 ROPC 연결에 해당하지 않는다고 봅니다. 같은 문서는 다단계 인증이나 조건부 액세스가 필요한 곳에서는 암호 로그인이 작동하지 않으니 서버 간 방식을 쓰라고 안내합니다.",
        Note::RoleVersionRule => "솔루션 4.0.0.14부터는 동기화 사용자만 이 역할이 필요합니다. 4.0.0.14 이전에는 모든 사용자에게 필요합니다.",
        Note::EditsNotSyncedBack => "이 사용자가 CRM에서 바꾼 내용은 Marketo로 다시 동기화되지 않습니다.",
        Note::LanguageEnglish => "이 사용자의 언어를 영어로 설정하세요. Adobe가 중요 사항으로 표시한 내용입니다.",
        Note::ReadsMarketoConfig => "동기화 사용자에게는 Marketo 구성을 읽을 권한이 필요합니다. Adobe가 중요 사항으로 표시한 내용입니다.",
        Note::ConfigMenuMissing => "메뉴에 Marketo 구성이 보이지 않으면 먼저 페이지를 다시 불러오세요. 그래도 나타나지 않으면 Marketo 솔루션을 다시 게시하거나 로그아웃 후 다시 로그인하면 나타납니다.",
        Note::NameForStepFour => "4단계 중 4단계에서 이 사용자 이름을 묻습니다. 정확히 같아야 합니다(user@domain.com 또는 DOMAIN\\user).",
        Note::FilterOnlyExplicitNoSkips => "필드가 아니요로 설정된 레코드만 동기화에서 빠집니다. 비어 있는 필드는 그대로 동기화됩니다.",
        Note::FollowWalkthrough => "Adobe는 Microsoft의 앱 등록 안내를 모든 단계 그대로 따르라고 하며, 두 가지는 직접 정합니다. 동료가 알아볼 이름(예: Marketo Integration)과 \u{201c}이 조직 디렉터리의 계정만\u{201d}입니다.",
        Note::Walkthrough => "Adobe가 가리키는 안내는 Microsoft 사이트에 있습니다.",
        Note::WalkthroughDiffers => "이 가이드가 안내와 다른 점: 리디렉션 URI와 위임된 API 권한을 요구하지 않습니다. Microsoft의 단일 테넌트 서버 간 인증 문서가 그런 앱에는 둘 다 필요 없다고 하기 때문입니다. 계정 유형(이 디렉터리만)은 안내가 아니라 Adobe의 선택입니다.",
        Note::IdsForStepThree => "둘 다 앱의 개요 페이지에 있습니다. 3단계 중 3단계에서 둘 다 묻습니다.",
        Note::ClientIdForStepFour => "4단계 중 4단계에서 이 값을 묻습니다(테넌트 ID는 묻지 않습니다).",
        Note::NoDelegatedPermission => "서버 간 연결에는 위임된 API 권한이 필요 없습니다. 관리자가 앱에 관리자 동의를 부여합니다.",
        Note::AdminConsent => "관리자가 Adobe의 동의 문서에 나온 대로 앱에 동의를 부여합니다. API 사용 권한 › 관리자 동의 허용 › 예.",
        Note::FederatedAdfs => "디렉터리가 온-프레미스 AD FS와 페더레이션되어 있다면 앱에 홈 영역 검색 정책도 필요하며, 암호 해시 동기화를 켜야 합니다.",
        Note::SecretValueNotId => "옆의 암호 ID가 아니라 값 열을 복사하세요. Marketo에는 값이 필요합니다.",
        Note::SecretShownOnce => "값은 추가를 누른 직후 한 번만 보입니다. 바로 복사하세요. 페이지를 떠나면 영구히 숨겨져 새로 만들어야 합니다.",
        Note::SecretNeverHere => "값은 암호 관리자나 키 자격 증명 모음에 보관하세요. 이 가이드는 값을 묻지 않습니다. 저장했으면 이 단계를 체크하세요.",
        Note::SecretExpiry => "암호에는 만료일이 있습니다. Entra는 최대 24개월까지 허용하며 12개월 미만을 권장합니다. 알림을 받으려면 카드에 날짜를 적어 두세요.",
        Note::SecretRenewal => "이 암호가 만료되기 전에 새 암호를 만들어 Marketo에 입력하세요.",
        Note::AppUserEmailExact => "3단계 중 3단계에서 이 이메일을 사용자 이름으로 입력합니다. 정확히 일치해야 합니다.",
        Note::OrgUrlFinal => "조직 URL은 Marketo에 제출한 뒤에는 바꿀 수 없습니다. 틀리면 Marketo 구독을 새로 받아야 하니 확정 전에 확인하세요.",
        Note::OrgUrlWhere => "Dynamics의 고급 설정 › 설정 › 사용자 지정 › 개발자 리소스 › 서비스 엔드포인트에서 조직 서비스 URL을 찾아 보이는 그대로 붙여 넣으세요.",
        Note::UpgradeIsSeparate => "기존 설정을 암호에서 OAuth로 바꾸는 일은 별도 절차(Reconfigure Dynamics Authentication Method)이며, 연결 단계에서 필요한 추가 설정은 Marketo 지원팀이 알려 줍니다.",
        Note::BusinessUnit => "새 앱 사용자 창은 사업부도 묻습니다. 동기화가 작동할 사업부를 고르세요.",
    }
    },
    dyn_not_applicable: |n| {
        match n {
        NotApplicable::RoleOnlyForSyncUser => "버전 4.0.0.14부터는 동기화 사용자만 역할이 필요합니다.",
        NotApplicable::FilterNotWanted => "사용자 지정 동기화 필터를 쓰지 않기로 했습니다.",
        NotApplicable::AppUserHasNoSignIn => "Adobe의 목록에는 동기화 사용자로 한 번 로그인하라는 항목도 있습니다. 애플리케이션 사용자에게는 로그인할 암호가 없으므로, 이 가이드는 그 항목이 서버 간 연결에는 해당하지 않는다고 봅니다.",
    }
    },
    dyn_requirement: |r| match r {
        Requirement::SolutionInstalled => "Marketo 솔루션이 설치되지 않았습니다(1단계).",
        Requirement::SyncUserCreated => "아직 동기화 전용 사용자가 없습니다.",
        Requirement::SyncUserHasRole => "동기화 사용자에게 Marketo 동기화 사용자 역할이 없습니다.",
        Requirement::SyncingUsersHaveRole => "일부 사용자에게 역할이 없습니다(4.0.0.14 이전에는 모든 사용자에게 필요).",
        Requirement::MarketoUserIsSyncUser => "Marketo 구성의 Marketo 사용자가 동기화 전용 사용자가 아닙니다.",
        Requirement::PublishedAfterChange => "마지막 게시 뒤에 구성이 바뀌었습니다.",
        Requirement::FilterFieldReady => "아직 new_synctomkto 필드가 없습니다.",
        Requirement::Validated => "현재 구성으로 동기화를 검증하지 않았습니다.",
        Requirement::SignedInAsSyncUser => "아직 아무도 동기화 사용자로 로그인하지 않았습니다.",
        Requirement::AppSingleTenant => "이 디렉터리 전용으로 등록된 앱이 없습니다.",
        Requirement::IdsRecorded => "클라이언트 ID와 테넌트 ID가 아직 올바르게 적혀 있지 않습니다.",
        Requirement::ConsentGranted => "앱에 관리자 동의를 허용하지 않았습니다.",
        Requirement::SecretSaved => "클라이언트 암호를 만들어 안전한 곳에 저장하지 않았습니다.",
        Requirement::AppUserCreated => "앱에 애플리케이션 사용자가 아직 없습니다.",
        Requirement::AppUserHasRole => "애플리케이션 사용자에게 Marketo Sync User 역할이 없습니다.",
        Requirement::AppUserEmailRecorded => "애플리케이션 사용자의 이메일이 아직 올바르게 적혀 있지 않습니다.",
        Requirement::OrgUrlConfirmed => "조직 URL이 올바르게 적혀 있지 않거나 확정되지 않았습니다.",
        Requirement::MarketoUserIsAppUser => "Marketo Config의 Marketo 사용자가 애플리케이션 사용자가 아닙니다.",
        Requirement::UserNameRecorded => "동기화 사용자의 사용자 이름을 아직 적어 두지 않았습니다.",
        Requirement::ClientIdRecorded => "클라이언트 ID를 아직 올바르게 적어 두지 않았습니다.",
    },
    dyn_warning: |w, names| {
        match w {
        dynamics::Warning::EditsNotSyncedBack => "동기화 사용자가 CRM에서 한 수정은 Marketo에 반영되지 않습니다.".into(),
        dynamics::Warning::LanguageEnglish => "동기화 사용자의 언어는 영어로 해야 합니다. Adobe가 중요 사항으로 표시한 내용입니다.".into(),
        dynamics::Warning::RoleNotNeeded { users } => format!(
            "{}에게 역할이 있지만, 이 버전에서는 동기화 사용자만 역할이 필요합니다.",
            users.iter().map(|u| names(*u)).collect::<Vec<_>>().join(", ")
        ),
        dynamics::Warning::SecretExpires { on } => s2s_reminder(&on.to_string()),
        dynamics::Warning::UpgradeIsSeparate => "기존 설정을 암호에서 OAuth로 바꾸는 일은 별도 절차(Reconfigure Dynamics Authentication Method)이며, 3단계의 추가 설정은 Marketo 지원팀이 알려 줍니다.".into(),
    }
    },
    dyn_why,
    dyn_way_out,
    dyn_effect,
    dyn_readiness: |n| format!("{n}단계 중 {n}단계 준비가 되었나요?"),
    dyn_ready: |n| format!("준비 완료: {n}단계 중 {n}단계에서 묻는 것이 모두 갖춰졌습니다."),
    dyn_card_title: |n| format!("{n}단계 중 {n}단계용"),
    dyn_card_intro: |n| format!("{n}단계 중 {n}단계에서 바로 이 값들을 묻습니다. 여기서 복사하세요."),
    dyn_card_user_name: "사용자 이름",
    dyn_card_password: "암호",
    dyn_card_password_text: "동기화 사용자의 암호입니다. 이미 가지고 있으니 여기에는 절대 입력하지 마세요.",
    dyn_not_ready: |n| format!("아직입니다: 고칠 것 {n}개"),
    dyn_blockers: "고칠 것",
    dyn_warnings: "알아 둘 것",
    dyn_go_to_step: "해당 단계로 이동",
    dyn_console: "Dynamics (가상)",
    dyn_console_hint: "여러분은 Dynamics 관리자입니다. 쓸 수 없는 작업은 이유를 알려 줍니다.",
    dyn_users: "사용자",
    dyn_user_kind: |k| match k {
        UserKind::ExistingCrmUser => "CRM 사용자",
        UserKind::DedicatedSyncUser => "동기화 전용 사용자",
        UserKind::ApplicationUser => "애플리케이션 사용자",
    },
    dyn_has_role: "동기화 역할",
    dyn_create_legend: "새 사용자",
    dyn_create: "사용자 추가 후 이메일 보내기",
    dyn_assign_role: "역할 주기",
    dyn_remove_role: "역할 없애기",
    dyn_config_legend: "Marketo 구성 › 기본값",
    dyn_marketo_user: "Marketo 사용자",
    dyn_none_chosen: "(없음)",
    dyn_save: "저장",
    dyn_other_change: "이 구성의 다른 변경 사항 저장",
    dyn_publish: "모든 사용자 지정 게시",
    dyn_published_state: |p| {
        if p {
            "게시됨: 최신 상태입니다."
        } else {
            "마지막 변경 뒤 게시하지 않았습니다."
        }
    },
    dyn_prep_legend: "연결하기 전에",
    dyn_want_filter: "사용자 지정 동기화 필터 사용",
    dyn_field_name: "필드 이름",
    dyn_create_field: "필드 만들기",
    dyn_validate: "검증 실행",
    dyn_sign_in: "한 번 로그인",
    dyn_sign_in_as: "로그인할 사용자",
    s2s: S2S,
    s2s_field,
    s2s_field_help: |f| {
        match f {
        NoteField::ClientId => "Microsoft Entra ID에서 앱의 개요 페이지에 있습니다.",
        NoteField::TenantId => "같은 개요 페이지의 클라이언트 ID 아래에 있습니다.",
        NoteField::AppUserEmail => "Power Platform 관리 센터에서 애플리케이션 사용자의 세부 정보에 있습니다.",
        NoteField::OrgUrl => "개발자 리소스의 조직 서비스 URL입니다(예: https://yourorg.api.crm.dynamics.com/XRMServices/2011/Organization.svc).",
    }
    },
    s2s_problem,
    s2s_day_error,
    s2s_caution,
    s2s_lifetime,
    s2s_expiry_reminder: s2s_reminder,
    s2s_expires_on: |day| format!("{day}에 만료"),
};
