//! Korean texts of the server-to-server (OAuth) screens.

use super::{
    refused, DayError, GuidError, NoteField, NoteProblem, OrgUrlCaution, OrgUrlError, Refused, S2sTexts,
    SecretLifetime, UserNameError,
};

pub(super) fn quoted(text: &str) -> String {
    if text.is_empty() {
        "(설명 없음)".into()
    } else {
        format!("\u{201c}{text}\u{201d}")
    }
}

pub(super) fn s2s_field(f: NoteField) -> &'static str {
    match f {
        NoteField::ClientId => "애플리케이션(클라이언트) ID",
        NoteField::TenantId => "디렉터리(테넌트) ID",
        NoteField::AppUserEmail => "애플리케이션 사용자의 이메일",
        NoteField::OrgUrl => "조직 URL",
    }
}

pub(super) fn s2s_problem(p: &NoteProblem) -> String {
    match p {
        NoteProblem::Guid(e) => match e {
            GuidError::Empty => "ID를 입력하세요.".into(),
            GuidError::TooLong => "ID로 보기에는 너무 깁니다.".into(),
            GuidError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
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
            UserNameError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
            UserNameError::HasSpace => "사용자 이름에는 공백이 없습니다.".into(),
            UserNameError::NotAnAddress => "user@domain.com 또는 DOMAIN\\user 형식으로 입력하세요.".into(),
        },
        NoteProblem::OrgUrl(e) => {
            match e {
                OrgUrlError::Empty => "조직 URL을 입력하세요.".into(),
                OrgUrlError::TooLong => "조직 URL로 보기에는 너무 깁니다.".into(),
                OrgUrlError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
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

pub(super) const S2S: S2sTexts = S2sTexts {
    connection_legend: "연결 방식",
    connection_s2s: "서버 간(OAuth)",
    connection_password: "암호를 쓰는 동기화 사용자(ROPC)",
    connection_help: "Adobe는 두 연결 방식을 모두 설명합니다. 서버 간(OAuth, 3단계 중 1~3단계)과 암호를 쓰는 동기화 사용자(ROPC, 4단계 중 1~4단계)입니다. 지금 쓰는 방식을 고르세요. 새로 설정한다면 이 가이드는 서버 간 방식을 권합니다.",
    s2s_intro: "Marketo는 앱으로 Dynamics에 로그인합니다. Microsoft Entra ID에 앱을 등록하고, 동의와 암호를 준비하고, 동기화 역할을 가진 애플리케이션 사용자를 만든 다음, Marketo 솔루션이 그 사용자를 쓰게 하고 게시하세요.",
    s2s_step3_body: "Marketo에는 애플리케이션 사용자의 이메일, 클라이언트 ID, 저장해 둔 클라이언트 암호, 테넌트 ID, 조직 URL을 입력합니다. 아래 카드를 곁에 두세요.",
    confirm_url: "조직 URL을 확인했습니다",
    confirm_url_help: "Marketo에 제출한 뒤에는 바꿀 수 없습니다. 주소가 틀리면 Marketo 구독을 새로 받아야 합니다.",
    expires_label: "클라이언트 암호 만료일",
    expires_help: "선택 사항입니다. 날짜만 적고, 암호 자체는 절대 적지 마세요.",
    copy: "복사",
    copied: "복사했습니다",
    copy_failed: "이 페이지에서는 복사할 수 없습니다. 텍스트를 선택해 직접 복사하세요.",
    not_yet: "아직 올바르게 적지 않았습니다",
    secret_row: "클라이언트 암호",
    secret_row_text: "안전한 곳에 저장해 둔 값입니다. 여기에는 절대 입력하지 마세요.",
    entra_console: "Microsoft Entra 관리 센터 (가상)",
    entra_hint: "여러분은 교육용 테넌트의 관리자입니다. 여기 있는 것은 모두 실제가 아닙니다.",
    ppac_console: "Power Platform 관리 센터 (가상)",
    ppac_hint: "교육용 환경의 애플리케이션 사용자와 보안 역할입니다.",
    app_registrations: "앱 등록",
    new_registration: "새 등록",
    app_name: "이름",
    account_types: "지원되는 계정 유형",
    single_tenant: "이 조직 디렉터리의 계정만",
    multi_tenant: "모든 조직 디렉터리의 계정(다중 테넌트)",
    register: "등록",
    no_apps: "아직 앱 등록이 없습니다.",
    open: "열기",
    overview: "개요",
    certificates_secrets: "인증서 및 암호",
    api_permissions: "API 사용 권한",
    account_type_single: "이 조직만",
    account_type_multi: "모든 조직(다중 테넌트)",
    make_single_tenant: "이 조직 디렉터리 전용으로 변경",
    new_client_secret: "새 클라이언트 암호",
    description: "설명",
    add: "추가",
    secret_value: "값",
    copy_value: "값 복사",
    secret_shown_once_hint: "값은 지금만 보이고 다시는 볼 수 없습니다. 이 페이지를 떠나기 전에 복사하세요.",
    secret_hidden: "영구히 숨겨짐",
    secret_copied: "안전한 곳에 복사함",
    secret_lost: "복사하지 않음: 값은 사라졌습니다",
    practice_value: "연습용 값이며 실제 암호가 아닙니다",
    no_secrets: "아직 클라이언트 암호가 없습니다.",
    grant_admin_consent: "관리자 동의 허용",
    consent_granted: "관리자 동의: 허용됨",
    consent_not_granted: "관리자 동의: 허용되지 않음",
    application_users: "애플리케이션 사용자",
    new_app_user: "새 앱 사용자",
    app_label: "앱",
    create: "만들기",
    security_roles: "보안 역할",
    marketo_sync_user: "Marketo Sync User",
    no_app_users: "아직 애플리케이션 사용자가 없습니다.",
    email_column: "이메일",
    environment: "환경: Contoso 교육용",
    expires: "만료",
    business_unit: "사업부",
    choose_business_unit: "사업부 선택",
    root_business_unit: "contoso-training(루트 사업부)",
    url_caution_confirm: "확정하기 전에 확인하세요",
    notes_legend: "연결 단계용으로 적어 두기",
    notes_hint: "내 메모에 옮겨 적듯이 가상 포털에서 값을 하나씩 복사하세요.",
    app_user_name: "애플리케이션 사용자",
    from_values: "값이 맞으면 저절로 완료됩니다",
};

pub(super) fn s2s_day_error(e: DayError) -> String {
    match e {
        DayError::NotADate => "연-월-일 형식으로 날짜를 입력하세요.".into(),
        DayError::NoSuchDay => "달력에 없는 날짜입니다.".into(),
        DayError::OutOfRange => "연도를 잘못 입력한 것 같습니다.".into(),
        DayError::TooFarAhead { latest } => format!(
            "Microsoft Entra에서 클라이언트 암호는 최대 24개월까지만 유효하므로 늦어도 {latest}에 만료됩니다. 인증서 및 암호에서 날짜를 확인하세요."
        ),
    }
}

pub(super) fn s2s_caution(c: &OrgUrlCaution) -> &'static str {
    match c {
        OrgUrlCaution::OtherCloud => "다른 Dynamics 365 클라우드(정부용이나 지역용)의 주소입니다. 조직이 그곳에 있다면 맞는 주소입니다. 확정하기 전에 서비스 엔드포인트와 비교하세요.",
        OrgUrlCaution::UnusualDynamicsHost => "흔한 yourorg.crm.dynamics.com 형태가 아닙니다. 확정하기 전에 개발자 리소스의 조직 서비스 URL과 비교하세요.",
        OrgUrlCaution::CustomDomain => "dynamics.com 주소가 아닙니다. 조직이 자체 도메인을 쓴다면 맞을 수 있습니다. 확정하기 전에 개발자 리소스의 조직 서비스 URL과 비교하세요.",
    }
}

pub(super) fn s2s_lifetime(l: SecretLifetime) -> &'static str {
    match l {
        SecretLifetime::Days90 => "90일(3개월)",
        SecretLifetime::Days180 => "권장: 180일(6개월)",
        SecretLifetime::Days365 => "365일(12개월)",
        SecretLifetime::Days545 => "545일(18개월)",
        SecretLifetime::Days730 => "730일(24개월)",
    }
}

pub(super) fn s2s_reminder(day: &str) -> String {
    format!("클라이언트 암호는 {day}에 만료됩니다. 그 전에 새 암호를 만들어 Marketo에 입력하세요.")
}
