//! Korean texts of the training kit (scenarios, import and export, summary).

use super::{ImportProblem, KitTexts, Preset};

pub(super) const KIT: KitTexts = KitTexts {
    scenario: "시나리오",
    scenario_help: "연습을 시작할 상황을 고르세요. 목표에 도달하면 정리가 나타납니다.",
    goal: "목표:",
    goal_reached: "목표를 달성했습니다. 잘하셨습니다.",
    debrief: "정리: 이번에 중요했던 규칙",
    restart: "시나리오 다시 시작",
    restart_question: "이 시나리오를 처음부터 다시 시작할까요? 지금까지 한 연습은 지워집니다.",
    restart_yes: "네, 다시 시작",
    replace_yes: "네, 시작",
    scenario_started: "시나리오를 시작했습니다.",
    export: "진행 상황 내보내기",
    exported: "진행 상황을 파일로 내보냈습니다.",
    import: "진행 상황 가져오기",
    import_help: "이 가이드에서 내보낸 파일(JSON, 최대 1 MiB).",
    import_question: "여기의 진행 상황을 가져온 파일의 내용으로 바꿀까요? 나중에 되돌릴 수 있습니다.",
    import_yes: "네, 바꾸기",
    imported: "진행 상황을 가져왔습니다.",
    undo_import: "가져오기 취소",
    import_undone: "가져오기를 취소했습니다. 이전 진행 상황이 돌아왔습니다.",
    summary: "요약",
    summary_close: "요약 닫기",
    copy_markdown: "마크다운으로 복사",
    copied: "요약을 마크다운으로 복사했습니다.",
    copy_failed: "이 페이지에서는 복사가 허용되지 않습니다. 아래 글을 선택해 직접 복사하세요.",
    print: "인쇄",
    steps: "단계",
    no_steps: "아직 해당하는 단계가 없습니다.",
    mistakes: "실수와 바로잡은 방법",
    no_mistakes: "실수가 없습니다.",
    actions: "연습에서 한 작업",
    no_actions: "아직 한 작업이 없습니다.",
    not_put_right: "아직 바로잡지 않았습니다.",
    fact_mode: "모드:",
    fact_scenario: "시나리오:",
    fact_result: "결과:",
    fact_written: "작성 시각:",
    result_reached: "목표 달성",
    result_not_yet: "아직 목표 미달성",
    result_complete: "모든 단계 완료",
    result_open: "남은 단계 있음",
};

pub(super) fn preset_name(p: Preset) -> &'static str {
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

pub(super) fn preset_goal(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => {
            "통합을 관리자 A에서 관리자 B로 옮기고 A를 제거하되, 모든 사용자의 연결을 유지하세요."
        }
        Preset::IncomingConnected => "B는 이미 연결되어 있습니다. 아무도 끊기지 않게 인계를 마무리하세요.",
        Preset::LeavingDisconnected => "통합이 중단되었습니다. 먼저 복구한 뒤 인계를 마치세요.",
        Preset::IncomingNotAdmin => "인계받을 사람으로 작업해 무엇이 막는지 찾아내세요. 아무도 끊기게 하지 마세요.",
        Preset::DynamicsStandard => "앱을 등록하고 애플리케이션 사용자를 만든 뒤 “3단계 중 3단계 준비 완료”에 도달하세요.",
        Preset::DynamicsSolution3 => {
            "솔루션 3.x에서는 모든 사용자에게 역할을 주고, 클라이언트 앱을 등록한 뒤 “4단계 중 4단계 준비 완료”에 도달하세요."
        }
        Preset::DynamicsCrmUser => "동료의 계정을 전용 동기화 사용자로 바꾸고, 클라이언트 앱을 등록한 뒤 “4단계 중 4단계 준비 완료”에 도달하세요.",
        Preset::DynamicsNotPublished => "이전 관리자가 끝내지 못한 작업을 마무리하고 “4단계 중 4단계 준비 완료”에 도달하세요.",
    }
}

pub(super) fn import_problem(p: &ImportProblem) -> String {
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
