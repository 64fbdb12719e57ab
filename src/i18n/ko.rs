//! 한국어 텍스트.

use super::{Catalog, DynTexts, KitText, Names, S2sText, SiaTexts, UserNames};
use domain::dynamics::{self, Crumb as DC, NotApplicable, Note, Requirement, Section, StepId, TextProblem, UserKind};
use domain::presets::Preset;
use domain::s2s::{
    AppTab, Connection, DayError, GuidError, NoteField, NoteProblem, NoteRefused, OrgUrlCaution, OrgUrlError, Page,
    SecretLifetime, UserNameError,
};
use domain::sia::{
    self, Action, CannotPlan, Crumb, Effect, Hazard, SituationError, SkipReason, StepKind, Unsure, WayOut, Why,
};
use domain::transfer::ImportProblem;
use domain::version::VersionError;
use domain::Rule;

/// One sentence for every field that refuses a secret.
const SECRET_REFUSED: &str = "암호처럼 보이는 값(길고 무작위한 문자열)이라 보관하지 않았습니다. 이 가이드는 암호를 저장하지 않습니다. 암호 관리자나 키 자격 증명 모음에 두세요.";

fn list(ids: &[sia::PersonId], names: &Names) -> String {
    ids.iter().map(|id| names(*id)).collect::<Vec<_>>().join(", ")
}

fn rule(r: Rule) -> &'static str {
    match r {
        Rule::F1 => "연결을 만든 관리자만 그 연결을 끊을 수 있습니다.",
        Rule::F2 => "사용자 액세스 목록에 있는 관리자는 연결된 관리자가 그 액세스를 없앨 때까지 연결할 수 없습니다.",
        Rule::F3 => "연결되어 있지 않고 사용자 액세스 목록에도 없는 관리자는 다른 관리자가 연결된 상태에서도 연결할 수 있습니다.",
        Rule::F4 => "관리자가 한 명이라도 연결되어 있어야 사용자들이 Marketo를 계속 씁니다. 그래서 새 관리자가 먼저 연결합니다.",
        Rule::F5 => "통합을 가진 관리자는 다른 관리자가 연결하고 본인이 연결을 끊은 뒤에야 안전하게 제거할 수 있습니다.",
        Rule::F6 => "액세스는 이미 인스턴스에 있는 사람에게만 주며, 작업 공간은 줄 때 정해집니다.",
        Rule::F7 => "데이터 동기화를 시작한 뒤에는 인스턴스의 원래 사용자(첫 초대를 받은 사람)를 인스턴스에 남겨 두어야 합니다.",
        Rule::X1 => "이 연습 콘솔에서는 이미 연결된 관리자가 더 연결할 것이 없습니다.",
        Rule::X2 => "이 연습 콘솔에서는 다른 관리자가 사람을 제거하며, 자기 자신은 제거할 수 없습니다.",
        Rule::D1 => "1단계(Marketo 솔루션 설치)를 먼저 마쳐야 합니다.",
        Rule::D2 => "Marketo 사용자는 동기화 전용 사용자여야 하며, 누군가 평소에 쓰는 CRM 계정이면 안 됩니다.",
        Rule::D3 => "Marketo 동기화 사용자 역할이 필요한 사용자는 솔루션 버전에 따라 다릅니다.",
        Rule::D4 => "마지막으로 구성을 바꾼 뒤에 사용자 지정을 게시해야 합니다.",
        Rule::D5 => "사용자 지정 동기화 필터는 이름이 정확히 new_synctomkto인 두 옵션 필드입니다.",
        Rule::D6 => "3단계 전에 Validate Microsoft Dynamics Sync를 실행합니다(암호 방식 동기화 사용자라면 그 사용자로 한 번 로그인도 합니다).",
        Rule::D7 => "사용자에게는 겹치지 않는 이름과 주소 형식의 이메일이 필요합니다.",
        Rule::S1 => "서버 간 연결 단계는 서버 간(OAuth) 연결을 쓸 때만 해당합니다.",
        Rule::S2 => "앱 등록은 내 디렉터리의 계정만 받아야 합니다(단일 테넌트).",
        Rule::S3 => "3단계에는 앱의 클라이언트 ID와 테넌트 ID가 필요합니다. 둘 다 GUID이며 정확히 적어 두어야 합니다.",
        Rule::S4 => "Marketo가 앱을 쓰려면 먼저 관리자가 앱에 관리자 동의를 부여해야 합니다.",
        Rule::S5 => "클라이언트 암호 값은 한 번만 표시되므로 그때 복사하세요. 이 가이드는 암호를 절대 보관하지 않습니다.",
        Rule::S6 => "애플리케이션 사용자에게 Marketo Sync User 역할이 있어야 하고, 그 이메일이 3단계에서 묻는 사용자 이름입니다.",
        Rule::S7 => "조직 URL은 3단계 뒤에 바꿀 수 없습니다. 적어 두고, 확인하고, 확정하세요.",
        Rule::S8 => "Microsoft Entra에서 클라이언트 암호의 유효 기간은 최대 24개월이며, 12개월 미만이 권장됩니다.",
    }
}

fn why(w: &Why, names: &Names) -> String {
    match w {
        Why::ActorNotInInstance => "이 사람은 인스턴스에 없습니다.".into(),
        Why::ActorNotAdmin => "관리자만 할 수 있습니다.".into(),
        Why::AlreadyConnected => "이미 연결되어 있습니다.".into(),
        Why::ActorHasAccess => "이 관리자는 사용자 액세스 목록에 있어서 연결을 쓸 수 없습니다.".into(),
        Why::ActorNotConnected => "연결을 가진 관리자만 할 수 있습니다.".into(),
        Why::NobodySelected => "선택한 사람이 없습니다.".into(),
        Why::NotInInstance(p) => format!("{} 님은 인스턴스에 없습니다.", names(*p)),
        Why::AlreadyHasAccess(p) => format!("{} 님은 이미 액세스가 있습니다.", names(*p)),
        Why::HasNoAccess(p) => format!("{} 님에게는 없앨 액세스가 없습니다.", names(*p)),
        Why::CannotRemoveSelf => "관리자는 자기 자신을 제거할 수 없습니다.".into(),
    }
}

fn way_out(w: &WayOut, names: &Names) -> String {
    match w {
        WayOut::AskAnAdmin => "인스턴스 관리자에게 요청하세요.".into(),
        WayOut::AlreadyDone => "더 할 일이 없습니다.".into(),
        WayOut::RemoveAccessFirst { by } if by.is_empty() => {
            "연결된 관리자가 없습니다. 목록에 없는 관리자가 먼저 연결한 뒤 이 액세스를 없애세요.".into()
        }
        WayOut::RemoveAccessFirst { by } => {
            format!("먼저 {} 님이 사용자 액세스 탭에서 이 액세스를 없애야 합니다.", list(by, names))
        }
        WayOut::AskConnectedAdmin { admins } if admins.is_empty() => {
            "지금은 연결된 관리자가 없습니다. 사용자 액세스 목록에 없는 관리자가 먼저 연결하세요.".into()
        }
        WayOut::AskConnectedAdmin { admins } => format!("연결을 가진 {} 님에게 요청하세요.", list(admins, names)),
        WayOut::ChooseSomeone => "한 명 이상 선택하세요.".into(),
        WayOut::AddToInstanceFirst => "먼저 인스턴스에 추가하세요.".into(),
        WayOut::RemoveAndGrantAgain => "작업 공간을 바꾸려면 액세스를 없앤 뒤 다시 주세요.".into(),
        WayOut::AskAnotherAdmin => "다른 관리자에게 요청하세요.".into(),
    }
}

fn sia_step_title(kind: StepKind, actor: &str, leaving: &str, incoming: &str) -> String {
    match kind {
        StepKind::Reconnect => format!("{actor} 님이 다시 연결해 통합을 되살립니다"),
        StepKind::RemoveIncomingAccess => format!("{actor} 님이 {incoming} 님의 통합 액세스를 없앱니다"),
        StepKind::IncomingConnects => format!("{incoming} 님이 새로 연결합니다"),
        StepKind::LeavingDisconnects => format!("{leaving} 님이 연결을 끊습니다"),
        StepKind::RemoveLeaving => format!("{leaving} 님을 인스턴스에서 제거합니다"),
    }
}

fn sia_step_why(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reconnect => "연결을 가진 사람이 없는데, 액세스는 연결된 관리자만 없앨 수 있습니다. (다시 연결하면 목록의 사용자들도 Marketo를 되찾는지는 문서에 나와 있지 않습니다.)",
        StepKind::RemoveIncomingAccess => "새 관리자가 사용자 액세스 목록에 있는 동안에는 연결을 쓸 수 없습니다.",
        StepKind::IncomingConnects => "연결된 관리자가 둘이 되므로 나중에 아무도 끊기지 않습니다.",
        StepKind::LeavingDisconnects => "이제 새 관리자가 연결되어 있으므로 다른 사용자들은 Marketo를 계속 씁니다.",
        StepKind::RemoveLeaving => "이제 통합은 이 관리자에게 의존하지 않으며, 이 관리자는 데이터 동기화 뒤의 원래 사용자도 아닙니다.",
    }
}

fn sia_skip(reason: SkipReason, leaving: &str, incoming: &str) -> String {
    match reason {
        SkipReason::IncomingHasNoAccess => format!("{incoming} 님은 사용자 액세스 목록에 없습니다."),
        SkipReason::IncomingAlreadyConnected => format!("{incoming} 님은 이미 연결되어 있습니다."),
        SkipReason::LeavingNotConnected => format!("{leaving} 님은 연결되어 있지 않습니다."),
        SkipReason::LeavingNotInInstance => format!("{leaving} 님은 더 이상 인스턴스에 없습니다."),
        SkipReason::KeepOriginalUser => format!(
            "{leaving} 님을 인스턴스에 남겨 두세요. 이 사람이 인스턴스의 원래 사용자이거나 그럴 수 있고, 데이터 동기화가 실행 중이거나 그럴 수 있습니다. Adobe 설정 안내서는 데이터 동기화를 시작한 뒤 그 사용자를 제거하지 말라고 주의합니다. 둘 중 하나라도 '아니요'가 확실하면 위의 답을 바꾸세요."
        ),
    }
}

fn sia_crumb(c: Crumb, names: &Names) -> String {
    match c {
        Crumb::Gear => "톱니바퀴 아이콘".into(),
        Crumb::Settings => "설정".into(),
        Crumb::Marketo => "Marketo".into(),
        Crumb::UserAccess => "사용자 액세스".into(),
        Crumb::SearchFor(p) => format!("{} 검색", names(p)),
        Crumb::RemoveAccess => "액세스 제거".into(),
        Crumb::Connect => "연결".into(),
        Crumb::Disconnect => "연결 끊기".into(),
        Crumb::RemoveFromInstance => "인스턴스에서 사용자를 관리하는 화면(Marketo 문서에는 나오지 않음)".into(),
    }
}

fn sia_cannot_plan(c: &CannotPlan) -> &'static str {
    match c {
        CannotPlan::SamePerson => "떠나는 관리자와 새 관리자가 같은 사람입니다. 서로 다른 두 사람을 입력하세요.",
        CannotPlan::IncomingNotInInstance => "새 관리자가 인스턴스에 없습니다. 먼저 관리자로 추가하세요.",
        CannotPlan::IncomingNotAdmin => "인계받는 사람이 관리자가 아니며, 연결은 관리자만 할 수 있습니다. 인스턴스의 관리자에게 관리자 역할을 받은 뒤 이 인계로 돌아오세요.",
        CannotPlan::NobodyCanRemoveAccess => "새 관리자가 사용자 액세스 목록에 있고, 연결된 사람이 없으며, 연결해서 그 액세스를 없앨 다른 관리자도 없습니다. Adobe 지원팀에 문의하세요.",
        CannotPlan::Internal => "계획기가 단계를 계산하지 못했습니다(답이 아니라 이 가이드의 결함입니다). 처음부터 다시 시작하고 이 페이지 관리자에게 알려 주세요.",
    }
}

fn sia_hazard(h: &Hazard, names: &Names) -> String {
    match h {
        Hazard::LastConnectionWhileUsersRely { users, .. } => {
            format!("마지막 남은 연결입니다. 연결을 끊으면 통합이 중단되고 {} 님은 Marketo를 쓸 수 없게 됩니다.", list(users, names))
        }
        Hazard::RemovesConnectedAdmin { admin, users, .. } if users.is_empty() => format!(
            "{} 님은 아직 연결을 가지고 있습니다. 그다음 일은 Marketo 문서에 나오지 않으므로, 이 연습에서는 통합이 중단된 것으로 봅니다.",
            names(*admin)
        ),
        Hazard::RemovesConnectedAdmin { admin, users, .. } => format!(
            "{} 님은 아직 연결을 가지고 있습니다. 그다음 일은 Marketo 문서에 나오지 않으므로, 이 연습에서는 통합이 중단된 것으로 보고 {} 님은 Marketo를 잃습니다.",
            names(*admin),
            list(users, names)
        ),
        Hazard::RemovesOriginalUser { person, .. } => format!(
            "{} 님은 인스턴스의 원래 사용자이고 데이터 동기화가 실행 중입니다. Adobe 설정 안내서는 이 사용자를 제거하지 말라고 주의합니다. 그 뒤 무엇이 멈추는지는 나와 있지 않으며 되돌릴 수 없습니다.",
            names(*person)
        ),
    }
}

fn sia_effect(e: &Effect, names: &Names) -> String {
    match e {
        Effect::Connected { admin } => format!("{} 님이 연결되었습니다.", names(*admin)),
        Effect::IntegrationRestored { users } => {
            format!("이 연습에서는 통합이 돌아옵니다. {} 님이 다시 Marketo를 씁니다.", list(users, names))
        }
        Effect::Disconnected { admin } => format!("{} 님의 연결이 끊겼습니다.", names(*admin)),
        Effect::IntegrationDown { users_lost, .. } if users_lost.is_empty() => "통합이 중단되었습니다.".into(),
        Effect::IntegrationDown { users_lost, .. } => {
            format!("통합이 중단되었습니다. {} 님이 Marketo를 잃었습니다.", list(users_lost, names))
        }
        Effect::AccessGranted { users, workspace } => format!(
            "{} 님에게 액세스를 주었습니다(작업 공간: {}).",
            list(users, names),
            match workspace {
                sia::Workspace::Default => "기본값".to_string(),
                sia::Workspace::Named(n) => n.clone(),
            }
        ),
        Effect::GrantedSoonAfterConnect { minutes_left } => {
            format!("도움말은 새로 연결한 뒤 10분을 기다렸다가 액세스를 주라고 권합니다(남은 시간 {minutes_left}분).")
        }
        Effect::AccessRemoved { user } => format!("{} 님의 액세스가 없어졌습니다.", names(*user)),
        Effect::PersonRemoved { person } => format!("{} 님이 인스턴스에서 제거되었습니다.", names(*person)),
        Effect::OriginalUserRemoved { person } => format!(
            "실수: {} 님은 인스턴스의 원래 사용자였는데 데이터 동기화를 시작한 뒤 제거되었습니다. Adobe 설정 안내서가 경고하는 일이며, 이 연습에서는 되돌릴 수 없습니다.",
            names(*person)
        ),
    }
}

fn sia_did(a: &Action, actor: &str, names: &Names) -> String {
    match a {
        Action::Connect => format!("{actor} 님이 연결을 클릭함"),
        Action::Disconnect => format!("{actor} 님이 연결 끊기를 클릭함"),
        Action::GrantAccess { users, .. } => format!("{actor} 님이 {} 님에게 액세스를 줌", list(users, names)),
        Action::RemoveAccess { user } => format!("{actor} 님이 {} 님의 액세스를 없앰", names(*user)),
        Action::RemovePerson { person } => format!("{actor} 님이 {} 님을 인스턴스에서 제거함", names(*person)),
    }
}

fn version_error(e: &VersionError) -> String {
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

fn text_problem(p: &TextProblem) -> String {
    let max = dynamics::MAX_TEXT_CHARS;
    match p {
        TextProblem::NameEmpty => "이름을 입력하세요.".into(),
        TextProblem::NameTooLong => format!("이름이 너무 깁니다(최대 {max}자)."),
        TextProblem::NameTaken => {
            "같은 이름의 사용자가 이미 있습니다. 3단계에서는 사용자 한 명과 정확히 맞는 이름이 필요합니다.".into()
        }
        TextProblem::EmailEmpty => "로그인 정보를 받을 이메일 주소(실제로 받을 수 있는 메일함)를 입력하세요.".into(),
        TextProblem::EmailNotAnAddress => "이메일 주소 형식(이름@도메인)이 아닙니다.".into(),
        TextProblem::EmailTooLong => format!("주소가 너무 깁니다(최대 {max}자)."),
        TextProblem::LooksLikeSecret => {
            "암호처럼 보여서 보관하지 않았습니다. 여기에는 암호를 절대 입력하지 마세요.".into()
        }
    }
}

fn dyn_why(w: &dynamics::Why) -> String {
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
        Y::Note(r) => return s2s_refused(*r).into(),
        Y::SameValue => "같은 값이 이미 적혀 있습니다.",
        Y::Url(e) => return s2s_problem(&NoteProblem::OrgUrl(e.clone())),
        Y::AlreadyConfirmed => "조직 URL을 이미 확정했습니다.",
        Y::NotConfirmed => "조직 URL을 아직 확정하지 않았습니다.",
    };
    text.into()
}

fn dyn_way_out(w: &dynamics::WayOut) -> &'static str {
    use dynamics::WayOut as W;
    match w {
        W::DoStepOne => "먼저 3단계 중 1단계를 마치세요.",
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

fn dyn_effect(e: &dynamics::Effect, names: &UserNames) -> String {
    use dynamics::Effect as E;
    match e {
        E::UserCreated { user } => format!("사용자 {}을(를) 만들었습니다.", names(*user)),
        E::CredentialsSent { user } => format!("{}의 로그인 정보를 이메일로 보냈습니다.", names(*user)),
        E::RoleAssigned { user } => format!("{}에게 Marketo 동기화 사용자 역할이 있습니다.", names(*user)),
        E::RoleNotNeeded { user } => {
            format!("이 버전에서는 {}에게 역할이 필요 없지만, 있어도 문제는 없습니다.", names(*user))
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
                Page::AppRegistrations => s2s(S2sText::AppRegistrations),
                Page::NewRegistration => s2s(S2sText::NewRegistration),
                Page::App { tab: AppTab::Overview, .. } => s2s(S2sText::Overview),
                Page::App { tab: AppTab::CertificatesSecrets, .. } => s2s(S2sText::CertificatesSecrets),
                Page::App { tab: AppTab::ApiPermissions, .. } => s2s(S2sText::ApiPermissions),
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
        E::Recorded { field } => format!("3단계용으로 {}을(를) 적어 두었습니다.", s2s_field(*field)),
        E::ConfirmationCleared => "조직 URL이 바뀌어 확정이 취소되었습니다. 다시 확인하고 확정하세요.".into(),
        E::UrlConfirmed(true) => "조직 URL을 확정했습니다.".into(),
        E::UrlConfirmed(false) => "조직 URL 확정을 취소했습니다.".into(),
        E::MarketoUserLacksRole { user } => format!(
            "실수: {}이(가) Marketo 사용자인데 아직 Marketo Sync User 역할이 없어 동기화가 거부됩니다. 보안 역할에서 역할을 주세요.",
            names(*user)
        ),
    }
}

fn quoted(text: &str) -> String {
    if text.is_empty() {
        "(설명 없음)".into()
    } else {
        format!("\u{201c}{text}\u{201d}")
    }
}

fn s2s_field(f: NoteField) -> &'static str {
    match f {
        NoteField::ClientId => "애플리케이션(클라이언트) ID",
        NoteField::TenantId => "디렉터리(테넌트) ID",
        NoteField::AppUserEmail => "애플리케이션 사용자의 이메일",
        NoteField::OrgUrl => "조직 URL",
    }
}

fn s2s_refused(r: NoteRefused) -> &'static str {
    match r {
        NoteRefused::LooksLikeSecret => SECRET_REFUSED,
        NoteRefused::TooLong => "이 필드에 넣기에는 너무 길어서 보관하지 않았습니다.",
    }
}

fn s2s_problem(p: &NoteProblem) -> String {
    match p {
        NoteProblem::Guid(e) => match e {
            GuidError::Empty => "ID를 입력하세요.".into(),
            GuidError::TooLong => "ID로 보기에는 너무 깁니다.".into(),
            GuidError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
            GuidError::WrongGroups { found } => format!(
                "ID는 하이픈으로 이은 8-4-4-4-12자리 다섯 묶음입니다. 입력한 값은 {} 묶음입니다.",
                found.iter().map(|n| n.to_string()).collect::<Vec<_>>().join("-")
            ),
            GuidError::NotHex { position, character } => format!(
                "{position}번째 문자(\u{201c}{character}\u{201d})는 ID에 쓸 수 없습니다. 0-9와 a-f만 쓸 수 있습니다."
            ),
            GuidError::Nil => {
                "모두 0인 값은 자리 표시자일 뿐 실제 ID가 아닙니다. 앱의 개요에 있는 ID를 복사하세요.".into()
            }
        },
        NoteProblem::UserName(e) => match e {
            UserNameError::Empty => "이메일 주소를 입력하세요.".into(),
            UserNameError::TooLong => "사용자 이름으로 보기에는 너무 깁니다.".into(),
            UserNameError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
            UserNameError::HasSpace => "사용자 이름에는 공백이 없습니다.".into(),
            UserNameError::NotAnAddress => "user@domain.com 또는 DOMAIN\\user 형식으로 입력하세요.".into(),
        },
        NoteProblem::OrgUrl(e) => {
            match e {
                OrgUrlError::Empty => "조직 URL을 입력하세요.".into(),
                OrgUrlError::TooLong => "조직 URL로 보기에는 너무 깁니다.".into(),
                OrgUrlError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
                OrgUrlError::NotHttps { scheme: Some(scheme) } => {
                    format!("{scheme}://가 아니라 https://로 시작해야 합니다.")
                }
                OrgUrlError::NotHttps { scheme: None } => "https://로 시작해야 합니다.".into(),
                OrgUrlError::ExtraParts => "사용자 이름, 암호, 포트는 빼세요.".into(),
                OrgUrlError::HasPath => "Dynamics에 표시된 조직 서비스 URL(/XRMServices/2011/Organization.svc로 끝남)이나 조직 주소만 붙여 넣고, 그 뒤에는 아무것도 붙이지 마세요.".into(),
                OrgUrlError::NotAHost { host } => {
                    format!("\u{201c}{host}\u{201d}은(는) 웹 주소가 아닙니다. 개발자 리소스에서 조직 서비스 URL을 복사하세요.")
                }
                OrgUrlError::OtherService { host } => {
                    format!("{host}은(는) Dynamics 조직이 아니라 다른 서비스(로그인 페이지, 관리 센터, Marketo 등)의 주소입니다. 개발자 리소스에서 조직 서비스 URL을 복사하세요.")
                }
                OrgUrlError::BadOrgName { name } => format!(
                    "\u{201c}{name}\u{201d}은(는) 조직 이름이 될 수 없습니다. 영문자, 숫자, 하이픈만 쓸 수 있습니다."
                ),
            }
        }
    }
}

fn s2s(t: S2sText) -> &'static str {
    use S2sText as T;
    match t {
        T::ConnectionLegend => "연결 방식",
        T::ConnectionS2s => "서버 간(OAuth)",
        T::ConnectionPassword => "암호를 쓰는 동기화 사용자",
        T::ConnectionHelp => "지금 동기화를 새로 설정한다면 서버 간을 고르세요. Adobe의 현재 문서가 설명하는 방식입니다. 기존 설정이 동기화 사용자의 암호로 로그인하는 경우에만 암호 방식을 고르세요.",
        T::S2sIntro => "Marketo는 앱으로 Dynamics에 로그인합니다. Microsoft Entra ID에 앱을 등록하고, 동의와 암호를 준비하고, 동기화 역할을 가진 애플리케이션 사용자를 만든 다음, Marketo 솔루션이 그 사용자를 쓰게 하고 게시하세요.",
        T::S2sStep3Body => "Marketo에는 애플리케이션 사용자의 이메일, 클라이언트 ID, 저장해 둔 클라이언트 암호, 테넌트 ID, 조직 URL을 입력합니다. 아래 카드를 곁에 두세요.",
        T::ConfirmUrl => "조직 URL을 확인했습니다",
        T::ConfirmUrlHelp => "3단계 뒤에는 바꿀 수 없습니다. 주소가 틀리면 Marketo 구독을 새로 받아야 합니다.",
        T::ExpiresLabel => "클라이언트 암호 만료일",
        T::ExpiresHelp => "선택 사항입니다. 날짜만 적고, 암호 자체는 절대 적지 마세요.",
        T::CardTitle => "3단계용",
        T::CardIntro => "3단계에서 묻는 값이 바로 이것입니다. 여기서 복사하세요.",
        T::Copy => "복사",
        T::Copied => "복사했습니다",
        T::CopyFailed => "이 페이지에서는 복사할 수 없습니다. 텍스트를 선택해 직접 복사하세요.",
        T::NotYet => "아직 올바르게 적지 않았습니다",
        T::SecretRow => "클라이언트 암호",
        T::SecretRowText => "안전한 곳에 저장해 둔 값입니다. 여기에는 절대 입력하지 마세요.",
        T::EntraConsole => "Microsoft Entra 관리 센터 (가상)",
        T::EntraHint => "여러분은 교육용 테넌트의 관리자입니다. 여기 있는 것은 모두 실제가 아닙니다.",
        T::PpacConsole => "Power Platform 관리 센터 (가상)",
        T::PpacHint => "교육용 환경의 애플리케이션 사용자와 보안 역할입니다.",
        T::AppRegistrations => "앱 등록",
        T::NewRegistration => "새 등록",
        T::AppName => "이름",
        T::AccountTypes => "지원되는 계정 유형",
        T::SingleTenant => "이 조직 디렉터리의 계정만",
        T::MultiTenant => "모든 조직 디렉터리의 계정(다중 테넌트)",
        T::Register => "등록",
        T::NoApps => "아직 앱 등록이 없습니다.",
        T::Open => "열기",
        T::Overview => "개요",
        T::CertificatesSecrets => "인증서 및 암호",
        T::ApiPermissions => "API 사용 권한",
        T::AccountTypeSingle => "이 조직만",
        T::AccountTypeMulti => "모든 조직(다중 테넌트)",
        T::MakeSingleTenant => "이 조직 디렉터리 전용으로 변경",
        T::NewClientSecret => "새 클라이언트 암호",
        T::Description => "설명",
        T::Add => "추가",
        T::SecretValue => "값",
        T::CopyValue => "값 복사",
        T::SecretShownOnceHint => "값은 지금만 보이고 다시는 볼 수 없습니다. 이 페이지를 떠나기 전에 복사하세요.",
        T::SecretHidden => "영구히 숨겨짐",
        T::SecretCopied => "안전한 곳에 복사함",
        T::SecretLost => "복사하지 않음: 값은 사라졌습니다",
        T::PracticeValue => "연습용 값이며 실제 암호가 아닙니다",
        T::NoSecrets => "아직 클라이언트 암호가 없습니다.",
        T::GrantAdminConsent => "관리자 동의 허용",
        T::ConsentGranted => "관리자 동의: 허용됨",
        T::ConsentNotGranted => "관리자 동의: 허용되지 않음",
        T::ApplicationUsers => "애플리케이션 사용자",
        T::NewAppUser => "새 앱 사용자",
        T::AppLabel => "앱",
        T::Create => "만들기",
        T::SecurityRoles => "보안 역할",
        T::MarketoSyncUser => "Marketo Sync User",
        T::NoAppUsers => "아직 애플리케이션 사용자가 없습니다.",
        T::EmailColumn => "이메일",
        T::Environment => "환경: Contoso 교육용",
        T::Expires => "만료",
        T::BusinessUnit => "사업부",
        T::ChooseBusinessUnit => "사업부 선택",
        T::RootBusinessUnit => "contoso-training(루트 사업부)",
        T::UrlCautionConfirm => "확정하기 전에 확인하세요",
        T::NotesLegend => "3단계용으로 적어 두기",
        T::NotesHint => "내 메모에 옮겨 적듯이 가상 포털에서 값을 하나씩 복사하세요.",
        T::AppUserName => "애플리케이션 사용자",
        T::FromValues => "값이 맞으면 저절로 완료됩니다",
    }
}

fn s2s_day_error(e: DayError) -> String {
    match e {
        DayError::NotADate => "연-월-일 형식으로 날짜를 입력하세요.".into(),
        DayError::NoSuchDay => "달력에 없는 날짜입니다.".into(),
        DayError::OutOfRange => "연도를 잘못 입력한 것 같습니다.".into(),
        DayError::TooFarAhead { latest } => format!(
            "Microsoft Entra에서 클라이언트 암호는 최대 24개월까지만 유효하므로 늦어도 {latest}에 만료됩니다. 인증서 및 암호에서 날짜를 확인하세요."
        ),
    }
}

fn s2s_caution(c: &OrgUrlCaution) -> &'static str {
    match c {
        OrgUrlCaution::OtherCloud => "다른 Dynamics 365 클라우드(정부용이나 지역용)의 주소입니다. 조직이 그곳에 있다면 맞는 주소입니다. 확정하기 전에 서비스 엔드포인트와 비교하세요.",
        OrgUrlCaution::UnusualDynamicsHost => "흔한 yourorg.crm.dynamics.com 형태가 아닙니다. 확정하기 전에 개발자 리소스의 조직 서비스 URL과 비교하세요.",
        OrgUrlCaution::CustomDomain => "dynamics.com 주소가 아닙니다. 조직이 자체 도메인을 쓴다면 맞을 수 있습니다. 확정하기 전에 개발자 리소스의 조직 서비스 URL과 비교하세요.",
    }
}

fn s2s_lifetime(l: SecretLifetime) -> &'static str {
    match l {
        SecretLifetime::Days90 => "90일(3개월)",
        SecretLifetime::Days180 => "권장: 180일(6개월)",
        SecretLifetime::Days365 => "365일(12개월)",
        SecretLifetime::Days545 => "545일(18개월)",
        SecretLifetime::Days730 => "730일(24개월)",
    }
}

pub const KO: Catalog = Catalog {
    mode: "모드",
    guide: "가이드",
    practice: "연습",
    guide_hint: "실제 작업을 하면서 단계를 체크합니다.",
    practice_hint: "가상 콘솔에서 해 봅니다. 실제로는 아무것도 바뀌지 않습니다.",
    language: "언어",
    start_over: "처음부터",
    start_over_question: "이 가이드에 저장된 내용을 모두 지우고 다시 시작할까요?",
    start_over_yes: "네, 처음부터",
    cancel: "취소",
    yes: "예",
    no: "아니요",
    progress: |done, total| format!("{total}단계 중 {done}단계 완료"),
    step_of: |n, m| format!("{m}단계 중 {n}단계"),
    all_done: "모든 단계를 마쳤습니다.",
    status_done: "완료",
    status_current: "지금 할 일",
    status_later: "시작 전",
    status_skipped: "필요 없음",
    status_waiting: |who| format!("{who} 님 기다리는 중"),
    recovery: "복구",
    where_to_click: "클릭 경로",
    mark_done: "완료",
    note: "참고",
    warning: "주의",
    why_label: "이유",
    show_steps: "클릭 순서 보기",
    hide_steps: "클릭 순서 숨기기",
    activity: "활동 기록",
    activity_empty: "아직 아무 일도 없습니다.",
    acting_as: "현재 사용자",
    checklist: "체크리스트",
    confirm_title: "정말 진행할까요?",
    confirm_do: "그래도 진행",
    crashed: "내부 오류로 이 가이드가 멈췄습니다. 페이지를 새로 고쳐 다시 시도하세요. 저장된 진행 상황은 그대로 있습니다.",
    bad_attribute: |b| format!("이 가이드를 표시할 수 없습니다. {} 값 \u{201c}{}\u{201d}을(를) 알 수 없습니다. 다음 중 하나를 쓰세요: {}.", b.attribute, b.value, b.accepted.join(", ")),
    share_progress: "진행 상황 공유",
    link_to_share: "공유할 링크",
    share_copied: "링크를 복사했습니다. 다른 관리자에게 보내세요. 링크에 진행 상황이 담겨 있으며 다른 곳으로는 아무것도 보내지 않습니다.",
    share_not_copied: "위 링크를 복사해 다른 관리자에게 보내세요.",
    share_mail: "이메일로 보내기",
    share_mail_subject: "Marketo 설정 가이드: 제 진행 상황",
    share_mail_body: |link| format!("Marketo 설정 가이드에서 제가 진행한 상황입니다. 이 링크를 열면 진행 상황과 다음 단계를 볼 수 있습니다.\n\n{link}\n"),
    offer_title: "링크로 공유된 진행 상황",
    who: |badge, name| if badge == name { badge.to_string() } else { format!("{badge}({name})") },
    offer_from: |who, done, total| format!("이 링크에는 {who} 님까지의 진행 상황이 있습니다. 전체 {total}단계 중 {done}단계 완료."),
    offer_from_someone: |done, total| format!("이 링크에 진행 상황이 있습니다. 전체 {total}단계 중 {done}단계 완료."),
    offer_you: |who, title| format!("{who} 님 차례입니다. 할 단계: “{title}”."),
    offer_next: |title| format!("다음 단계: “{title}”."),
    offer_all_done: "모든 단계를 마쳤습니다.",
    offer_load: "이 진행 상황 불러오기",
    offer_not_now: "나중에",
    offer_loaded: "불러왔습니다. 링크의 진행 상황을 내 진행 상황과 합쳤습니다.",
    link_too_long: "이 링크는 이 가이드의 진행 상황 링크라기에는 너무 길어 읽지 않았습니다. 여기서는 아무것도 바뀌지 않았습니다.",
    link_damaged: "이 진행 상황 링크는 잘렸거나 중간에 바뀌어 읽을 수 없습니다. 여기서는 아무것도 바뀌지 않았습니다. 링크를 다시 받으세요.",
    link_newer: "이 진행 상황 링크는 이 가이드의 더 새로운 버전에서 만들어져 여기서는 읽을 수 없습니다. 여기서는 아무것도 바뀌지 않았습니다.",
    link_other_guide: |title| format!("이 진행 상황 링크는 이 페이지에 없는 가이드 “{title}”용입니다. 여기서는 아무것도 바뀌지 않았습니다."),
    copy_step_link: "이 단계 링크 복사",
    link_copied: "이 단계의 링크를 복사했습니다.",
    link_not_copied: |link| format!("이 단계의 링크를 복사하세요: {link}"),
    storage_blocked: "이 페이지에서는 진행 상황을 저장할 수 없어 페이지를 떠나면 사라집니다.",
    storage_corrupt: "저장된 진행 상황을 읽을 수 없어 새로 시작했습니다. 읽지 못한 사본은 따로 보관해 두었습니다.",
    storage_newer: "이 진행 상황은 이 가이드의 더 새로운 버전에서 저장되었습니다. 여기서는 보여 주거나 바꿀 수 없으며, 저장된 그대로 둡니다. 새 가이드가 게시된 페이지를 열거나 이 페이지 관리자에게 업데이트를 요청하세요.",
    storage_quota: "브라우저 저장 공간이 가득 차 최근 변경이 아직 저장되지 않았습니다. 다음 변경 때 다시 시도합니다.",
    download_quarantined: "읽지 못한 사본 내려받기",
    announce_step_done: |step| format!("완료: {step}"),
    announce_all_done: "모든 단계를 마쳤습니다.",
    rule,
    rule_label: "규칙:",
    not_available: "지금은 할 수 없음:",
    log_earlier: |n| format!("이전 작업 {n}개는 더 이상 목록에 표시하지 않습니다."),
    loading_practice: "연습 콘솔을 불러오는 중입니다…",
    practice_failed: "연습 콘솔을 내려받지 못했습니다. 가이드는 계속 사용할 수 있습니다. 연결을 확인한 뒤 다시 시도하세요.",
    try_again: "다시 시도",
    secret_refused: SECRET_REFUSED,
    more: "더 보기",
    change: "변경",
    next_step: "다음 단계",
    tools: "도구",
    source: |title| format!("출처: {title}"),
    not_documented: "공식 문서에 없음",
    advice: "이 가이드의 자체 조언입니다.",
    simulation: "이 연습이 그렇게 모델링한 것입니다.",
    sources: "출처",
    new_tab: "새 탭에서 열림",
    sia_title: "Marketo 통합을 새 관리자에게 넘기기",
    sia_name: "이름",
    dyn_title: "3단계 중 2단계: Marketo가 동기화에 쓰는 ID 설정",
    #[cfg(feature = "sia-handoff")]
    sia: SiaTexts {
        sia_kicker: "Sales Insight Actions",
        sia_intro: "통합은 그것을 연결한 관리자의 것입니다. 다른 사용자들의 연결이 끊기지 않는 순서로 다른 관리자에게 옮기세요.",
        sia_answers: |a, b| format!("{a} 님에게서 {b} 님에게 통합을 넘깁니다."),
        sia_situation: "현재 상황",
        sia_leaving_name: "떠나는 관리자(관리자 A)",
        sia_incoming_name: "넘겨받는 관리자(관리자 B)",
        sia_q_access: |b| format!("{b} 님이 사용자 액세스 목록에 있나요?"),
        sia_q_leaving_connected: |a| format!("{a} 님이 Marketo에 연결되어 있나요?"),
        sia_q_incoming_connected: |b| format!("{b} 님이 Marketo에 연결되어 있나요?"),
        sia_q_others: "다른 사용자들이 이 통합으로 Marketo를 쓰고 있나요?",
        sia_q_original: |a| format!("{a} 님이 인스턴스의 원래 사용자(첫 초대를 받은 사람)인가요?"),
        sia_q_data_sync: "이 인스턴스에서 데이터 동기화를 시작했나요?",
        sia_q_original_help: "Adobe 설정 안내서는 데이터 동기화를 시작한 뒤 그 사용자를 제거하지 말라고 주의합니다. 잘 모르겠다면 체크리스트는 그 사용자를 남겨 둡니다.",
        sia_unsure: |u| match u {
            Unsure::Yes => "예",
            Unsure::No => "아니요",
            Unsure::NotSure => "잘 모르겠음",
        },
        sia_errata_cannot_connect: Some("원본 문서에 대해: 한국어 문서에는 다른 관리자가 '연결할 수 없다'고 되어 있지만, 영어 원문은 다른 관리자에게는 클릭할 수 있는 연결 끊기 버튼이 보이지 않는다고 말합니다. 이 가이드는 영어 원문을 따릅니다."),
        sia_situation_error: |e| match e {
            SituationError::LeavingName(_) | SituationError::IncomingName(_) => "이름은 1~80자로 입력하세요.".into(),
            SituationError::Replay(_) => "이 답들은 규칙상 있을 수 없는 상황을 가리킵니다. 답을 다시 확인하세요.".into(),
        },
        sia_step_title,
        sia_step_why,
        sia_skip,
        sia_errata: "원본 문서에 대해: 이 단계의 설명에는 연결 끊기를 클릭하라고 되어 있지만 잘못 적힌 것입니다. 같은 문서의 요약과 참고에 따르면 새 관리자는 연결을 클릭합니다.",
        sia_crumb,
        sia_cannot_plan,
        sia_why: why,
        sia_way_out: way_out,
        sia_hazard,
        sia_effect,
        sia_did,
        sia_console: "설정 › Marketo (가상)",
        sia_console_hint: "누구로 할지 고른 뒤 그 사람처럼 컨트롤을 쓰세요. 쓸 수 없는 컨트롤은 이유를 알려 줍니다.",
        sia_connected_as: |names| format!("연결됨: {names}"),
        sia_integration_down: "통합이 중단되었습니다. 연결을 가진 사람이 없습니다.",
        sia_connect: "연결",
        sia_disconnect: "연결 끊기",
        sia_user_access: "사용자 액세스",
        sia_user_access_empty: "목록에 아무도 없습니다.",
        sia_workspace: "작업 공간",
        sia_remove_access: "액세스 제거",
        sia_grant_legend: "액세스 주기",
        sia_workspace_label: "작업 공간(비우면 기본값)",
        sia_grant: "선택한 사용자 연결",
        sia_people: "인스턴스의 사람들",
        sia_role: "역할",
        sia_admin: "관리자",
        sia_user: "사용자",
        sia_remove_person: "인스턴스에서 제거",
        sia_default_workspace: "기본값",
        sia_complete: "인계 완료: 새 관리자가 통합을 가지고 있으며 Marketo를 잃은 사람은 없습니다.",
        sia_complete_after_outage: "인계 완료: 새 관리자가 통합을 가지고 있습니다. 다만 도중에 일부 사용자가 한동안 Marketo를 잃었습니다. 올바른 순서로 하면 이런 일이 없습니다.",
        sia_badge_leaving: "관리자 A",
        sia_badge_incoming: "관리자 B",
        sia_others_name: "다른 사용자들",
    },
    #[cfg(feature = "dynamics-sync-user")]
    dy: DynTexts {
        dyn_kicker: "Marketo와 Microsoft Dynamics",
        dyn_intro: |c| match c {
            Connection::ServerToServer => "Marketo는 직접 등록한 앱의 애플리케이션 사용자로 Dynamics에 로그인합니다. 앱을 등록하고, 동기화 역할을 가진 애플리케이션 사용자를 만들고, Marketo 솔루션이 그 사용자를 쓰게 한 뒤 게시하세요.",
            Connection::SyncUserPassword => "예전 설정은 전용 동기화 사용자와 그 암호로 로그인합니다. 그 사용자를 만들고, 역할을 주고, Marketo 솔루션이 그 사용자를 쓰게 한 뒤 게시하세요.",
        },
        dyn_heading: |c| match c {
            Connection::ServerToServer => "3단계 중 2단계: Marketo가 동기화에 쓰는 애플리케이션 사용자 설정",
            Connection::SyncUserPassword => "3단계 중 2단계: Marketo 동기화 사용자 설정(암호 방식)",
        },
        dyn_answers: |c, v| match v { Some(v) => format!("{c}, Marketo 솔루션 {v}."), None => format!("{c}.") },
        dyn_step1_title: "이전 단계: 3단계 중 1단계",
        dyn_step1_body: |v| match v {
            Some(v) => format!("Dynamics에 Marketo 솔루션(버전 {v})이 설치되어 있습니다."),
            None => "Marketo에서 Marketo 솔루션을 내려받고(관리자 › CRM › Microsoft › Download Marketo Solution), Dynamics에서 가져온 뒤(설정 › 솔루션) 게시하세요. 설치하지 않으면 Marketo 구성이 보이지 않습니다.".into(),
        },
        dyn_credentials_to: |email| format!("로그인 정보는 {email}(으)로 갑니다."),
        dyn_step3_title: "다음 단계: 3단계 중 3단계",
        dyn_step3_body: |name| format!("동기화 사용자의 로그인 정보로 Marketo를 Dynamics에 연결합니다. 사용자 이름은 만든 그대로 입력하세요: {name}"),
        dyn_questions: "현재 설정",
        dyn_version_label: "설치된 Marketo 솔루션 버전",
        dyn_version_help: "Dynamics에 표시된 대로 점으로 나눈 숫자 네 개. 예: 4.0.0.14",
        version_error,
        dyn_name_label: "동기화 사용자의 사용자 이름(실제 메일함이 아니어도 됨)",
        dyn_email_label: "로그인 정보를 받을 이메일(실제 메일함)",
        dyn_filter_label: "사용자 지정 동기화 필터를 쓰겠습니다(선택)",
        dyn_section: |s| match s {
            Section::CreateUser => "동기화 사용자 만들기",
            Section::AssignRole => "동기화 역할 주기",
            Section::ConfigureSolution => "Marketo 솔루션이 그 사용자를 쓰게 하기",
            Section::BeforeStepThree => "3단계로 가기 전에",
            Section::AppRegistration => "Microsoft Entra ID에 앱 등록",
            Section::AppUser => "애플리케이션 사용자 만들기",
        },
        dyn_step_title: |id, name| match id {
            StepId::InstallSolution => "Marketo 솔루션 설치(3단계 중 1단계)".into(),
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
            DC::ForStepThreeCard => "\u{201c}3단계용\u{201d} 카드",
            DC::OrgUrlConfirm => "조직 URL을 확인했습니다",
        },
        dyn_note: |n| match n {
            Note::DedicatedNotExisting => "동료의 기존 CRM 계정이 아니라 동기화만을 위해 만든 사용자를 쓰세요.",
            Note::UserNameNeedNotBeReal => "사용자 이름은 주소 형태(name@yourdomain)이지만 실제 메일함일 필요는 없습니다.",
            Note::CredentialsEmailReal => "로그인 정보는 마지막에 입력하는 이메일로 보내집니다. 누군가 읽는 메일함을 쓰세요.",
            Note::OlderSetUp => "이것은 예전의 암호 기반 설정입니다. Adobe의 현재 문서는 이를 ROPC 연결이라 부르며, 자체 앱 등록을 포함한 4단계로 설정합니다. 새로 설정한다면 서버 간 연결을 고르세요.",
            Note::MfaOff => "동기화 사용자는 다단계 인증을 꺼야 합니다. 그렇지 않으면 동기화가 로그인할 수 없습니다.",
            Note::PasswordSignInDeprecated => "Microsoft는 Dynamics 365에서 이런 암호 로그인(WS-Trust)을 더 이상 권장하지 않고 사용 중단했습니다.",
            Note::RoleVersionRule => "솔루션 4.0.0.14부터는 동기화 사용자만 이 역할이 필요합니다. 4.0.0.14 이전에는 모든 사용자에게 필요합니다.",
            Note::EditsNotSyncedBack => "이 사용자가 CRM에서 바꾼 내용은 Marketo로 다시 동기화되지 않습니다.",
            Note::LanguageEnglish => "영문 문서의 한 판에서는 이 사용자의 언어를 영어로 하라고도 합니다.",
            Note::ConfigMenuMissing => "메뉴에 Marketo 구성이 없나요? 페이지를 새로 고치세요. 그래도 없으면 Marketo 솔루션을 다시 게시하거나, 로그아웃했다가 다시 로그인하세요.",
            Note::NameMustMatchStepThree => "3단계에서 이 사용자 이름을 묻습니다. 정확히 같아야 합니다.",
            Note::FilterOnlyExplicitNoSkips => "필드가 아니요로 설정된 레코드만 동기화에서 빠집니다. 비어 있는 필드는 그대로 동기화됩니다.",
            Note::SingleTenantOnly => "지원되는 계정 유형에서 이 조직 디렉터리만 고르세요. 동료가 알아볼 수 있는 이름을 붙이세요.",
            Note::IdsForStepThree => "둘 다 앱의 개요 페이지에 있습니다. 3단계에서 둘 다 묻습니다.",
            Note::NoDelegatedPermission => "서버 간 연결에는 위임된 API 권한이 필요 없습니다. 애플리케이션 사용자는 대화형으로 로그인할 수 없으므로 동의는 관리자가 관리자 동의 부여로 합니다.",
            Note::FederatedAdfs => "디렉터리가 온-프레미스 AD FS와 페더레이션되어 있다면 앱에 홈 영역 검색 정책도 필요하며, 암호 해시 동기화를 켜야 합니다.",
            Note::SecretValueNotId => "옆의 암호 ID가 아니라 값 열을 복사하세요. Marketo에는 값이 필요합니다.",
            Note::SecretShownOnce => "값은 추가를 누른 직후 한 번만 보입니다. 바로 복사하세요. 페이지를 떠나면 영구히 숨겨져 새로 만들어야 합니다.",
            Note::SecretNeverHere => "값은 암호 관리자나 키 자격 증명 모음에 보관하세요. 이 가이드는 값을 묻지 않습니다. 저장했으면 이 단계를 체크하세요.",
            Note::SecretExpiry => "암호에는 만료일이 있습니다. Entra는 최대 24개월까지 허용하며 12개월 미만을 권장합니다. 만료되면 새 암호를 만들어 Marketo에 입력할 때까지 동기화가 멈춥니다. 알림을 받으려면 카드에 날짜를 적어 두세요.",
            Note::AppUserEmailExact => "3단계에서 이 이메일을 사용자 이름으로 입력합니다. 정확히 일치해야 합니다.",
            Note::OrgUrlFinal => "3단계 뒤에는 조직 URL을 바꿀 수 없습니다. 틀리면 Marketo 구독을 새로 받아야 하니 확정 전에 확인하세요.",
            Note::OrgUrlWhere => "Dynamics의 고급 설정 › 설정 › 사용자 지정 › 개발자 리소스 › 서비스 엔드포인트에서 조직 서비스 URL을 찾아 보이는 그대로 붙여 넣으세요.",
            Note::UpgradeIsSeparate => "기존 설정을 암호에서 OAuth로 바꾸는 일은 별도 절차(Reconfigure Dynamics Authentication Method)이며, 3단계에서 필요한 추가 설정은 Marketo 지원팀이 알려 줍니다.",
            Note::BusinessUnit => "새 앱 사용자 창은 사업부도 묻습니다. 동기화가 작동할 사업부를 고르세요.",
        },
        dyn_not_applicable: |n| match n {
            NotApplicable::RoleOnlyForSyncUser => "버전 4.0.0.14부터는 동기화 사용자만 역할이 필요합니다.",
            NotApplicable::FilterNotWanted => "사용자 지정 동기화 필터를 쓰지 않기로 했습니다.",
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
        },
        dyn_warning: |w, names| match w {
            dynamics::Warning::EditsNotSyncedBack => "동기화 사용자가 CRM에서 한 수정은 Marketo에 반영되지 않습니다.".into(),
            dynamics::Warning::LanguageEnglish => "영문 문서의 한 판에서는 동기화 사용자의 언어를 영어로 하라고 합니다.".into(),
            dynamics::Warning::RoleNotNeeded { users } => format!(
                "이 버전에서는 {}에게 역할이 필요 없습니다. 있어도 문제는 없습니다.",
                users.iter().map(|u| names(*u)).collect::<Vec<_>>().join(", ")
            ),
            dynamics::Warning::SecretExpires { on } => s2s_reminder(&on.to_string()),
            dynamics::Warning::UpgradeIsSeparate => "기존 설정을 암호에서 OAuth로 바꾸는 일은 별도 절차(Reconfigure Dynamics Authentication Method)이며, 3단계의 추가 설정은 Marketo 지원팀이 알려 줍니다.".into(),
        },
        dyn_why,
        dyn_way_out,
        dyn_effect,
        dyn_readiness: "3단계 준비가 되었나요?",
        dyn_ready: "준비 완료: 3단계에 필요한 것이 모두 갖춰졌습니다.",
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
        dyn_published_state: |p| if p { "게시됨: 최신 상태입니다." } else { "마지막 변경 뒤 게시하지 않았습니다." },
        dyn_prep_legend: "3단계 준비",
        dyn_want_filter: "사용자 지정 동기화 필터 사용",
        dyn_field_name: "필드 이름",
        dyn_create_field: "필드 만들기",
        dyn_validate: "검증 실행",
        dyn_sign_in: "한 번 로그인",
        dyn_sign_in_as: "로그인할 사용자",
        s2s,
        s2s_field,
        s2s_field_help: |f| match f {
            NoteField::ClientId => "Microsoft Entra ID에서 앱의 개요 페이지에 있습니다.",
            NoteField::TenantId => "같은 개요 페이지의 클라이언트 ID 아래에 있습니다.",
            NoteField::AppUserEmail => "Power Platform 관리 센터에서 애플리케이션 사용자의 세부 정보에 있습니다.",
            NoteField::OrgUrl => "개발자 리소스의 조직 서비스 URL입니다(예: https://yourorg.api.crm.dynamics.com/XRMServices/2011/Organization.svc).",
        },
        s2s_problem,
        s2s_refused,
        s2s_day_error,
        s2s_caution,
        s2s_lifetime,
        s2s_expiry_reminder: s2s_reminder,
        s2s_expires_on: |day| format!("{day}에 만료"),
    },
    kit,
    preset_name,
    preset_goal,
    import_problem,
    kit_replace_question: |name| format!("“{name}” 시나리오를 시작할까요? 지금까지 한 연습은 새 시나리오로 바뀝니다."),
    kit_put_right: |at, what| format!("{at}에 바로잡음: {what}"),
};

fn kit(k: KitText) -> &'static str {
    match k {
        KitText::Scenario => "시나리오",
        KitText::ScenarioHelp => "연습을 시작할 상황을 고르세요. 목표에 도달하면 정리가 나타납니다.",
        KitText::Goal => "목표:",
        KitText::GoalReached => "목표를 달성했습니다. 잘하셨습니다.",
        KitText::Debrief => "정리: 이번에 중요했던 규칙",
        KitText::Restart => "시나리오 다시 시작",
        KitText::RestartQuestion => "이 시나리오를 처음부터 다시 시작할까요? 지금까지 한 연습은 지워집니다.",
        KitText::RestartYes => "네, 다시 시작",
        KitText::ReplaceYes => "네, 시작",
        KitText::ScenarioStarted => "시나리오를 시작했습니다.",
        KitText::Export => "진행 상황 내보내기",
        KitText::Exported => "진행 상황을 파일로 내보냈습니다.",
        KitText::Import => "진행 상황 가져오기",
        KitText::ImportHelp => "이 가이드에서 내보낸 파일(JSON, 최대 1 MiB).",
        KitText::ImportQuestion => "여기의 진행 상황을 가져온 파일의 내용으로 바꿀까요? 나중에 되돌릴 수 있습니다.",
        KitText::ImportYes => "네, 바꾸기",
        KitText::Imported => "진행 상황을 가져왔습니다.",
        KitText::UndoImport => "가져오기 취소",
        KitText::ImportUndone => "가져오기를 취소했습니다. 이전 진행 상황이 돌아왔습니다.",
        KitText::Summary => "요약",
        KitText::SummaryClose => "요약 닫기",
        KitText::CopyMarkdown => "마크다운으로 복사",
        KitText::Copied => "요약을 마크다운으로 복사했습니다.",
        KitText::CopyFailed => "이 페이지에서는 복사가 허용되지 않습니다. 아래 글을 선택해 직접 복사하세요.",
        KitText::Print => "인쇄",
        KitText::Steps => "단계",
        KitText::NoSteps => "아직 해당하는 단계가 없습니다.",
        KitText::Mistakes => "실수와 바로잡은 방법",
        KitText::NoMistakes => "실수가 없습니다.",
        KitText::Actions => "연습에서 한 작업",
        KitText::NoActions => "아직 한 작업이 없습니다.",
        KitText::NotPutRight => "아직 바로잡지 않았습니다.",
        KitText::FactMode => "모드:",
        KitText::FactScenario => "시나리오:",
        KitText::FactResult => "결과:",
        KitText::FactWritten => "작성 시각:",
        KitText::ResultReached => "목표 달성",
        KitText::ResultNotYet => "아직 목표 미달성",
        KitText::ResultComplete => "모든 단계 완료",
        KitText::ResultOpen => "남은 단계 있음",
    }
}

fn preset_name(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => "기본 인계",
        Preset::IncomingConnected => "새 관리자가 이미 연결함",
        Preset::LeavingDisconnected => "떠나는 관리자가 너무 일찍 연결 해제함",
        Preset::IncomingNotAdmin => "인계받을 사람이 관리자가 아님",
        Preset::DynamicsStandard => "서버 간 연결을 처음부터 설정",
        Preset::DynamicsSolution3 => "Marketo 솔루션 3.x",
        Preset::DynamicsCrmUser => "동료의 계정을 동기화 사용자로 사용함",
        Preset::DynamicsNotPublished => "구성했지만 게시하지 않음",
    }
}

fn preset_goal(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => {
            "통합을 관리자 A에서 관리자 B로 옮기고 A를 제거하되, 모든 사용자의 연결을 유지하세요."
        }
        Preset::IncomingConnected => "B는 이미 연결되어 있습니다. 아무도 끊기지 않게 인계를 마무리하세요.",
        Preset::LeavingDisconnected => "통합이 중단되었습니다. 먼저 복구한 뒤 인계를 마치세요.",
        Preset::IncomingNotAdmin => "인계받을 사람으로 작업해 무엇이 막는지 찾아내세요. 아무도 끊기게 하지 마세요.",
        Preset::DynamicsStandard => "앱을 등록하고 애플리케이션 사용자를 만든 뒤 “3단계 준비 완료”에 도달하세요.",
        Preset::DynamicsSolution3 => {
            "솔루션 3.x에서는 동기화하는 모든 사용자에게 역할을 주고 “3단계 준비 완료”에 도달하세요."
        }
        Preset::DynamicsCrmUser => "동료의 계정을 전용 동기화 사용자로 바꾸고 “3단계 준비 완료”에 도달하세요.",
        Preset::DynamicsNotPublished => "이전 관리자가 끝내지 못한 작업을 마무리하고 “3단계 준비 완료”에 도달하세요.",
    }
}

fn import_problem(p: &ImportProblem) -> String {
    match p {
        ImportProblem::TooBig { bytes } => format!(
            "이 파일은 {} KiB입니다. 진행 상황 파일은 최대 1,024 KiB입니다. 이 가이드에서 내보낸 파일을 선택하세요.",
            bytes.div_ceil(1024)
        ),
        ImportProblem::Empty => "빈 파일입니다. 이 가이드에서 내보낸 파일을 선택하세요.".into(),
        ImportProblem::NotJson => {
            "진행 상황 파일이 아닙니다(JSON이 아니거나 잘려 있습니다). 이 가이드에서 내보낸 파일을 선택하세요.".into()
        }
        ImportProblem::WrongShape => {
            "이 JSON 파일에는 이 가이드의 진행 상황이 없거나, 값이 규칙에 맞지 않습니다. 아무것도 바뀌지 않았습니다.".into()
        }
        ImportProblem::Newer { schema } => format!(
            "더 새로운 버전의 가이드가 저장한 파일입니다(형식 {schema}). 페이지나 오프라인 파일을 업데이트한 뒤 다시 가져오세요."
        ),
        ImportProblem::OtherFlow(flow) => {
            format!("다른 가이드({})의 진행 상황 파일입니다. 그 가이드에서 가져오세요.", flow.name())
        }
        ImportProblem::Unreadable => "브라우저가 이 파일을 읽지 못했습니다. 다시 선택해 보세요.".into(),
    }
}

fn s2s_reminder(day: &str) -> String {
    format!(
        "클라이언트 암호는 {day}에 만료됩니다. 그때까지 새 암호를 만들어 Marketo에 입력하지 않으면 동기화가 멈춥니다."
    )
}
