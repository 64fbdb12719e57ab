//! Japanese texts of the handoff (Sales Insight Actions).

use super::{
    sia, Action, CannotPlan, Crumb, Effect, Hazard, Names, SiaTexts, SituationError, SkipReason, StepKind, Unsure,
    WayOut, Why,
};

pub(super) fn list(ids: &[sia::PersonId], names: &Names) -> String {
    ids.iter().map(|id| names(*id)).collect::<Vec<_>>().join("、")
}

pub(super) fn why(w: &Why, names: &Names) -> String {
    match w {
        Why::ActorNotInInstance => "この人はインスタンスにいません。".into(),
        Why::ActorNotAdmin => "管理者だけが行えます。".into(),
        Why::AlreadyConnected => "すでに接続しています。".into(),
        Why::ActorHasAccess => "この管理者はユーザーアクセスの一覧に載っているため、接続は使えません。".into(),
        Why::ActorNotConnected => "接続を持つ管理者だけが行えます。".into(),
        Why::NobodySelected => "誰も選ばれていません。".into(),
        Why::NotInInstance(p) => format!("{} さんはインスタンスにいません。", names(*p)),
        Why::AlreadyHasAccess(p) => format!("{} さんにはすでにアクセス権があります。", names(*p)),
        Why::HasNoAccess(p) => format!("{} さんには外すアクセス権がありません。", names(*p)),
        Why::CannotRemoveSelf => "管理者は自分自身を削除できません。".into(),
    }
}

pub(super) fn way_out(w: &WayOut, names: &Names) -> String {
    match w {
        WayOut::AskAnAdmin => "インスタンスの管理者に依頼してください。".into(),
        WayOut::AlreadyDone => "これ以上することはありません。".into(),
        WayOut::RemoveAccessFirst { by } if by.is_empty() => {
            "接続中の管理者がいません。一覧に載っていない管理者が先に接続し、このアクセス権を外してください。".into()
        }
        WayOut::RemoveAccessFirst { by } => {
            format!("先に {} さんがユーザーアクセスのタブでこのアクセス権を外してください。", list(by, names))
        }
        WayOut::AskConnectedAdmin { admins } if admins.is_empty() => {
            "今は接続中の管理者がいません。ユーザーアクセスの一覧に載っていない管理者が先に接続してください。".into()
        }
        WayOut::AskConnectedAdmin { admins } => format!("接続を持つ {} さんに依頼してください。", list(admins, names)),
        WayOut::ChooseSomeone => "一人以上選んでください。".into(),
        WayOut::AddToInstanceFirst => "先にインスタンスに追加してください。".into(),
        WayOut::RemoveAndGrantAgain => {
            "ワークスペースを変えるには、アクセス権を外してから付与し直してください。".into()
        }
        WayOut::AskAnotherAdmin => "別の管理者に依頼してください。".into(),
    }
}

pub(super) fn sia_step_title(kind: StepKind, actor: &str, leaving: &str, incoming: &str) -> String {
    match kind {
        StepKind::Reconnect => format!("{actor} さんが接続し直して統合を復旧する"),
        StepKind::RemoveIncomingAccess => format!("{actor} さんが {incoming} さんの統合へのアクセス権を外す"),
        StepKind::IncomingConnects => format!("{incoming} さんが新しく接続する"),
        StepKind::LeavingDisconnects => format!("{leaving} さんが切断する"),
        StepKind::RemoveLeaving => format!("{leaving} さんをインスタンスから削除する"),
    }
}

pub(super) fn sia_step_why(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reconnect => "接続を持つ人がいませんが、アクセス権を外せるのは接続中の管理者だけです。（接続し直すと一覧のユーザーも Marketo を取り戻すかどうかは、ドキュメントに書かれていません。）",
        StepKind::RemoveIncomingAccess => "新しい管理者がユーザーアクセスの一覧に載っている間は、接続が使えません。",
        StepKind::IncomingConnects => "接続中の管理者が二人になるので、後で誰も切り離されません。",
        StepKind::LeavingDisconnects => "新しい管理者が接続済みなので、他のユーザーは Marketo を使い続けられます。",
        StepKind::RemoveLeaving => "統合はもうこの管理者に依存しておらず、この管理者はデータ同期後の元のユーザーでもありません。",
    }
}

pub(super) fn sia_skip(reason: SkipReason, leaving: &str, incoming: &str) -> String {
    match reason {
        SkipReason::IncomingHasNoAccess => format!("{incoming} さんはユーザーアクセスの一覧に載っていません。"),
        SkipReason::IncomingAlreadyConnected => format!("{incoming} さんはすでに接続しています。"),
        SkipReason::LeavingNotConnected => format!("{leaving} さんは接続していません。"),
        SkipReason::LeavingNotInInstance => format!("{leaving} さんはもうインスタンスにいません。"),
        SkipReason::KeepOriginalUser => format!(
            "{leaving} さんはインスタンスに残してください。この人はインスタンスの元のユーザーか、その可能性があり、データ同期が動いているか、その可能性があります。Adobe の設定ガイドは、データ同期の開始後にそのユーザーを削除しないよう注意しています。どちらかが「いいえ」だと確かなら、上の回答を変えてください。"
        ),
    }
}

pub(super) fn sia_crumb(c: Crumb, names: &Names) -> String {
    match c {
        Crumb::Gear => "歯車アイコン".into(),
        Crumb::Settings => "設定".into(),
        Crumb::Marketo => "Marketo".into(),
        Crumb::UserAccess => "ユーザーアクセス".into(),
        Crumb::SearchFor(p) => format!("{} を検索", names(p)),
        Crumb::RemoveAccess => "アクセスを削除".into(),
        Crumb::Connect => "接続".into(),
        Crumb::Disconnect => "切断".into(),
        Crumb::RemoveFromInstance => "インスタンスのユーザー管理画面（Marketo のドキュメントには記載なし）".into(),
    }
}

pub(super) fn sia_cannot_plan(c: &CannotPlan) -> &'static str {
    match c {
        CannotPlan::SamePerson => "去る管理者と新しい管理者が同じ人です。別々の二人を入力してください。",
        CannotPlan::IncomingNotInInstance => "新しい管理者がインスタンスにいません。先に管理者として追加してください。",
        CannotPlan::IncomingNotAdmin => "引き継ぐ人が管理者ではなく、接続できるのは管理者だけです。インスタンスの管理者に管理者の役割を付与してもらってから、この引き継ぎに戻ってください。",
        CannotPlan::NobodyCanRemoveAccess => "新しい管理者がユーザーアクセスの一覧に載っており、接続中の人がおらず、接続してそのアクセス権を外せる他の管理者もいません。Adobe サポートに問い合わせてください。",
        CannotPlan::Internal => "手順を計算できませんでした（回答ではなく、このガイドの不具合です）。最初からやり直し、このページの管理者に知らせてください。",
    }
}

pub(super) fn sia_hazard(h: &Hazard, names: &Names) -> String {
    match h {
        Hazard::LastConnectionWhileUsersRely { users, .. } => {
            format!("これが最後の接続です。切断すると統合が止まり、{} さんが Marketo を使えなくなります。", list(users, names))
        }
        Hazard::RemovesConnectedAdmin { admin, users, .. } if users.is_empty() => format!(
            "{} さんはまだ接続を持っています。その後どうなるかは Marketo のドキュメントに書かれていないため、この練習では統合が止まったものとして扱います。",
            names(*admin)
        ),
        Hazard::RemovesConnectedAdmin { admin, users, .. } => format!(
            "{} さんはまだ接続を持っています。その後どうなるかは Marketo のドキュメントに書かれていないため、この練習では統合が止まったものとして扱い、{} さんは Marketo を失います。",
            names(*admin),
            list(users, names)
        ),
        Hazard::RemovesOriginalUser { person, .. } => format!(
            "{} さんはインスタンスの元のユーザーで、データ同期が動いています。Adobe の設定ガイドはこのユーザーを削除しないよう注意しています。その後に何が止まるかは書かれておらず、元に戻せません。",
            names(*person)
        ),
    }
}

pub(super) fn sia_effect(e: &Effect, names: &Names) -> String {
    match e {
        Effect::Connected { admin } => format!("{} さんが接続しました。", names(*admin)),
        Effect::IntegrationRestored { users } => {
            format!("この練習では統合が復旧します。{} さんが再び Marketo を使えます。", list(users, names))
        }
        Effect::Disconnected { admin } => format!("{} さんが切断しました。", names(*admin)),
        Effect::IntegrationDown { users_lost, .. } if users_lost.is_empty() => "統合が止まりました。".into(),
        Effect::IntegrationDown { users_lost, .. } => {
            format!("統合が止まりました。{} さんが Marketo を失いました。", list(users_lost, names))
        }
        Effect::AccessGranted { users, workspace } => format!(
            "{} さんにアクセス権を付与しました（ワークスペース：{}）。",
            list(users, names),
            match workspace {
                sia::Workspace::Default => "デフォルト".to_string(),
                sia::Workspace::Named(n) => n.clone(),
            }
        ),
        Effect::GrantedSoonAfterConnect { minutes_left } => {
            format!("ヘルプでは、新しく接続してから 10 分待ってアクセス権を付与するよう勧めています（あと {minutes_left} 分）。")
        }
        Effect::AccessRemoved { user } => format!("{} さんのアクセス権を外しました。", names(*user)),
        Effect::PersonRemoved { person } => format!("{} さんをインスタンスから削除しました。", names(*person)),
        Effect::OriginalUserRemoved { person } => format!(
            "誤り：{} さんはインスタンスの元のユーザーで、データ同期の開始後に削除されました。Adobe の設定ガイドが警告していることで、この練習では元に戻せません。",
            names(*person)
        ),
    }
}

pub(super) fn sia_did(a: &Action, actor: &str, names: &Names) -> String {
    match a {
        Action::Connect => format!("{actor} さんが「接続」をクリック"),
        Action::Disconnect => format!("{actor} さんが「切断」をクリック"),
        Action::GrantAccess { users, .. } => format!("{actor} さんが {} さんにアクセス権を付与", list(users, names)),
        Action::RemoveAccess { user } => format!("{actor} さんが {} さんのアクセス権を削除", names(*user)),
        Action::RemovePerson { person } => format!("{actor} さんが {} さんをインスタンスから削除", names(*person)),
    }
}

pub(super) const SIA: SiaTexts = SiaTexts {
    sia_kicker: "Sales Insight Actions",
    sia_intro: "統合は、それを接続した管理者に結び付いています。他のユーザーが切り離されない順序で、別の管理者に移しましょう。",
    sia_answers: |a, b| format!("{a} さんから {b} さんに統合を引き継ぎます。"),
    sia_situation: "現在の状況",
    sia_leaving_name: "去る管理者（管理者 A）",
    sia_incoming_name: "引き継ぐ管理者（管理者 B）",
    sia_q_access: |b| format!("{b} さんはユーザーアクセスの一覧に載っていますか？"),
    sia_q_leaving_connected: |a| format!("{a} さんは Marketo に接続していますか？"),
    sia_q_incoming_connected: |b| format!("{b} さんは Marketo に接続していますか？"),
    sia_q_others: "他のユーザーがこの統合を通じて Marketo を使っていますか？",
    sia_q_original: |a| format!("{a} さんはインスタンスの元のユーザー（最初の招待を受けた人）ですか？"),
    sia_q_data_sync: "このインスタンスでデータ同期を開始しましたか？",
    sia_q_original_help: "Adobe の設定ガイドは、データ同期の開始後にそのユーザーを削除しないよう注意しています。わからない場合、チェックリストはそのユーザーを残します。",
    sia_unsure: |u| match u {
        Unsure::Yes => "はい",
        Unsure::No => "いいえ",
        Unsure::NotSure => "わからない",
    },
    sia_errata_cannot_connect: Some("元のページについて：日本語のページには他の管理者は「接続できない」とありますが、英語の原文では、他の管理者にはクリックできる「切断」が表示されないと書かれています。このガイドは英語の原文に従います。"),
    sia_errata_original_user: None,
    sia_situation_error: |e| match e {
        SituationError::LeavingName(_) | SituationError::IncomingName(_) => "名前は 1～80 文字で入力してください。".into(),
        SituationError::Replay(_) => "この回答は、ルール上ありえない状況を表しています。もう一度確かめてください。".into(),
    },
    sia_step_title,
    sia_step_why,
    sia_skip,
    sia_errata: "元のページについて：この手順の説明には「切断」をクリックするとありますが、これは誤記です。同じページの概要とメモのとおり、新しい管理者は「接続」をクリックします。",
    sia_crumb,
    sia_cannot_plan,
    sia_why: why,
    sia_way_out: way_out,
    sia_hazard,
    sia_effect,
    sia_did,
    sia_console: "設定 › Marketo（仮想）",
    sia_console_hint: "誰として操作するかを選び、その人として操作してください。使えない操作には理由が表示されます。",
    sia_connected_as: |names| format!("接続中：{names}"),
    sia_integration_down: "統合が止まっています。接続を持つ人がいません。",
    sia_connect: "接続",
    sia_disconnect: "切断",
    sia_user_access: "ユーザーアクセス",
    sia_user_access_empty: "一覧には誰もいません。",
    sia_workspace: "ワークスペース",
    sia_remove_access: "アクセスを削除",
    sia_grant_legend: "アクセス権を付与",
    sia_workspace_label: "ワークスペース（空欄ならデフォルト）",
    sia_grant: "選んだユーザーを接続",
    sia_people: "インスタンスのメンバー",
    sia_role: "役割",
    sia_admin: "管理者",
    sia_user: "ユーザー",
    sia_remove_person: "インスタンスから削除",
    sia_default_workspace: "デフォルト",
    sia_complete: "引き継ぎ完了：新しい管理者が統合を持ち、Marketo を失った人はいません。",
    sia_complete_after_outage: "引き継ぎ完了：新しい管理者が統合を持っています。ただし途中で一部のユーザーがしばらく Marketo を失いました。正しい順序なら起きません。",
    sia_badge_leaving: "管理者 A",
    sia_badge_incoming: "管理者 B",
    sia_others_name: "他のユーザー",
};
