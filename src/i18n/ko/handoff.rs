//! Korean texts of the handoff (Sales Insight Actions).

use super::{
    sia, Action, CannotPlan, Crumb, Effect, Hazard, Names, SiaTexts, SituationError, SkipReason, StepKind, Unsure,
    WayOut, Why,
};

pub(super) fn list(ids: &[sia::PersonId], names: &Names) -> String {
    ids.iter().map(|id| names(*id)).collect::<Vec<_>>().join(", ")
}

pub(super) fn why(w: &Why, names: &Names) -> String {
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

pub(super) fn way_out(w: &WayOut, names: &Names) -> String {
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

pub(super) fn sia_step_title(kind: StepKind, actor: &str, leaving: &str, incoming: &str) -> String {
    match kind {
        StepKind::Reconnect => format!("{actor} 님이 다시 연결해 통합을 되살립니다"),
        StepKind::RemoveIncomingAccess => format!("{actor} 님이 {incoming} 님의 통합 액세스를 없앱니다"),
        StepKind::IncomingConnects => format!("{incoming} 님이 새로 연결합니다"),
        StepKind::LeavingDisconnects => format!("{leaving} 님이 연결을 끊습니다"),
        StepKind::RemoveLeaving => format!("{leaving} 님을 인스턴스에서 제거합니다"),
    }
}

pub(super) fn sia_step_why(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reconnect => "연결을 가진 사람이 없는데, 액세스는 연결된 관리자만 없앨 수 있습니다. (다시 연결하면 목록의 사용자들도 Marketo를 되찾는지는 문서에 나와 있지 않습니다.)",
        StepKind::RemoveIncomingAccess => "새 관리자가 사용자 액세스 목록에 있는 동안에는 연결을 쓸 수 없습니다.",
        StepKind::IncomingConnects => "연결된 관리자가 둘이 되므로 나중에 아무도 끊기지 않습니다.",
        StepKind::LeavingDisconnects => "이제 새 관리자가 연결되어 있으므로 다른 사용자들은 Marketo를 계속 씁니다.",
        StepKind::RemoveLeaving => "이제 통합은 이 관리자에게 의존하지 않으며, 이 관리자는 데이터 동기화 뒤의 원래 사용자도 아닙니다.",
    }
}

pub(super) fn sia_skip(reason: SkipReason, leaving: &str, incoming: &str) -> String {
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

pub(super) fn sia_crumb(c: Crumb, names: &Names) -> String {
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

pub(super) fn sia_cannot_plan(c: &CannotPlan) -> &'static str {
    match c {
        CannotPlan::SamePerson => "떠나는 관리자와 새 관리자가 같은 사람입니다. 서로 다른 두 사람을 입력하세요.",
        CannotPlan::IncomingNotInInstance => "새 관리자가 인스턴스에 없습니다. 먼저 관리자로 추가하세요.",
        CannotPlan::IncomingNotAdmin => "인계받는 사람이 관리자가 아니며, 연결은 관리자만 할 수 있습니다. 인스턴스의 관리자에게 관리자 역할을 받은 뒤 이 인계로 돌아오세요.",
        CannotPlan::NobodyCanRemoveAccess => "새 관리자가 사용자 액세스 목록에 있고, 연결된 사람이 없으며, 연결해서 그 액세스를 없앨 다른 관리자도 없습니다. Adobe 지원팀에 문의하세요.",
        CannotPlan::Internal => "계획기가 단계를 계산하지 못했습니다(답이 아니라 이 가이드의 결함입니다). 처음부터 다시 시작하고 이 페이지 관리자에게 알려 주세요.",
    }
}

pub(super) fn sia_hazard(h: &Hazard, names: &Names) -> String {
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

pub(super) fn sia_effect(e: &Effect, names: &Names) -> String {
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

pub(super) fn sia_did(a: &Action, actor: &str, names: &Names) -> String {
    match a {
        Action::Connect => format!("{actor} 님이 연결을 클릭함"),
        Action::Disconnect => format!("{actor} 님이 연결 끊기를 클릭함"),
        Action::GrantAccess { users, .. } => format!("{actor} 님이 {} 님에게 액세스를 줌", list(users, names)),
        Action::RemoveAccess { user } => format!("{actor} 님이 {} 님의 액세스를 없앰", names(*user)),
        Action::RemovePerson { person } => format!("{actor} 님이 {} 님을 인스턴스에서 제거함", names(*person)),
    }
}

pub(super) const SIA: SiaTexts = SiaTexts {
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
    sia_errata_original_user: Some("원본 문서에 대해: 한국어 설정 안내서의 이 주의 문장은 문법이 깨져 \u{2018}원래 사용자를 제거해야 한다\u{2019}로 읽힐 수 있습니다. 영어 원문은 데이터 동기화를 시작한 뒤에는 원래 사용자를 제거하지 말라고 합니다. 이 가이드는 영어 원문을 따릅니다."),
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
};
