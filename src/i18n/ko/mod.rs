//! 한국어 텍스트.
//!
//! By part: the frame's texts here; [`handoff`], [`dynamics_guide`], [`s2s`] and [`kit`] beside.

use super::vocabulary::*;

/// One sentence for every field that refuses a secret.
const SECRET_REFUSED: &str = "암호처럼 보이는 값(길고 무작위한 문자열)이라 보관하지 않았습니다. 이 가이드는 암호를 저장하지 않습니다. 암호 관리자나 키 자격 증명 모음에 두세요.";

/// Why a value the reader gave was not kept (every field, every flow).
pub(super) fn refused(r: Refused) -> &'static str {
    match r {
        Refused::LooksLikeSecret => SECRET_REFUSED,
        Refused::TooLong => "이 필드에 넣기에는 너무 길어서 보관하지 않았습니다.",
        Refused::NothingToConfirm => "확인할 올바른 형식의 조직 URL이 아직 없어서 아무것도 확인하지 않았습니다.",
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
        Rule::F1 => "연결을 만든 관리자만 그 연결을 끊을 수 있습니다.",
        Rule::F2 => "사용자 액세스 목록에 있는 관리자는 연결된 관리자가 그 액세스를 없앨 때까지 연결할 수 없습니다.",
        Rule::F3 => "연결되어 있지 않고 사용자 액세스 목록에도 없는 관리자는 다른 관리자가 연결된 상태에서도 연결할 수 있습니다.",
        Rule::F4 => "다른 사용자들의 연결이 유지되도록, 기존 관리자가 연결을 끊기 전에 새 관리자가 먼저 연결합니다.",
        Rule::F5 => "통합을 가진 관리자는 다른 관리자가 연결하고 본인이 연결을 끊은 뒤에야 안전하게 제거할 수 있습니다.",
        Rule::F6 => "액세스는 이미 인스턴스에 있는 사람에게만 주며, 작업 공간은 줄 때 정해집니다.",
        Rule::F7 => "데이터 동기화를 시작한 뒤에는 인스턴스의 원래 사용자(첫 초대를 받은 사람)를 인스턴스에 남겨 두어야 합니다.",
        Rule::X1 => "이 연습 콘솔에서는 이미 연결된 관리자가 더 연결할 것이 없습니다.",
        Rule::X2 => "이 연습 콘솔에서는 다른 관리자가 사람을 제거하며, 자기 자신은 제거할 수 없습니다.",
        Rule::X3 => "이 연습 콘솔에서는 연결을 가진 관리자만 액세스 권한을 줄 수 있습니다.",
        Rule::D1 => "1단계(Marketo 솔루션 설치)를 먼저 마쳐야 합니다.",
        Rule::D2 => "Marketo 사용자는 동기화 전용 사용자여야 하며, 누군가 평소에 쓰는 CRM 계정이면 안 됩니다.",
        Rule::D3 => "Marketo 동기화 사용자 역할이 필요한 사용자는 솔루션 버전에 따라 다릅니다.",
        Rule::D4 => "마지막으로 구성을 바꾼 뒤에 사용자 지정을 게시해야 합니다.",
        Rule::D5 => "사용자 지정 동기화 필터는 이름이 정확히 new_synctomkto인 두 옵션 필드입니다.",
        Rule::D6 => "연결하기 전에 Validate Microsoft Dynamics Sync를 실행하고, 동기화 사용자로 한 번 로그인합니다.",
        Rule::D7 => "사용자에게는 겹치지 않는 이름과 주소 형식의 이메일이 필요합니다.",
        Rule::S1 => "애플리케이션 사용자와 테넌트 ID는 서버 간 연결에만 해당합니다.",
        Rule::S2 => "앱 등록은 내 디렉터리의 계정만 받아야 합니다(단일 테넌트).",
        Rule::S3 => "연결 단계에는 앱의 클라이언트 ID(서버 간 연결은 테넌트 ID도)가 필요합니다. GUID이며 정확히 적어 두어야 합니다.",
        Rule::S4 => "Marketo가 앱을 쓰려면 먼저 관리자가 앱에 관리자 동의를 부여해야 합니다.",
        Rule::S5 => "클라이언트 암호 값은 한 번만 표시되므로 그때 복사하세요. 이 가이드는 암호를 절대 보관하지 않습니다.",
        Rule::S6 => "애플리케이션 사용자에게 Marketo Sync User 역할이 있어야 하고, 그 이메일이 3단계 중 3단계에서 묻는 사용자 이름입니다.",
        Rule::S7 => "조직 URL은 Marketo에 제출한 뒤에는 바꿀 수 없습니다. 적어 두고, 확인하고, 확정하세요.",
        Rule::S8 => "Microsoft Entra에서 클라이언트 암호의 유효 기간은 최대 24개월이며, 12개월 미만이 권장됩니다.",
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
    go_to_fields: "입력란으로 이동",
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
    refused,
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
    dyn_title: "Dynamics: Marketo가 동기화에 쓰는 ID 설정",
    #[cfg(feature = "sia-handoff")]
    sia: SIA,
    #[cfg(feature = "dynamics-sync-user")]
    dy: DY,
    kit: KIT,
    preset_name,
    preset_goal,
    import_problem,
    kit_replace_question: |name| format!("“{name}” 시나리오를 시작할까요? 지금까지 한 연습은 새 시나리오로 바뀝니다."),
    kit_put_right: |at, what| format!("{at}에 바로잡음: {what}"),
};

#[cfg(not(target_arch = "wasm32"))]
pub(super) const FIRST_VIEW: super::FirstViewTexts = super::FirstViewTexts {
    loading: "체크리스트를 준비하는 중…",
    unavailable: "이 페이지에서는 대화형 체크리스트를 실행할 수 없으므로 답변과 체크가 여기에 저장되지 않습니다. 아래의 단계와 출처는 그대로 유효합니다.",
    failed: "대화형 체크리스트를 내려받지 못해 답변과 체크가 아직 저장되지 않습니다. 아래의 단계와 출처는 그대로 유효합니다.",
};
