//! Japanese texts of the training kit (scenarios, import and export, summary).

use super::{ImportProblem, KitTexts, Preset};

pub(super) const KIT: KitTexts = KitTexts {
    scenario: "シナリオ",
    scenario_help: "練習を始める状況を選んでください。目標を達成すると振り返りが表示されます。",
    goal: "目標:",
    goal_reached: "目標を達成しました。お疲れさまでした。",
    debrief: "振り返り: 大事だったルール",
    restart: "シナリオをやり直す",
    restart_question: "このシナリオを最初からやり直しますか？ここまでの練習は置き換えられます。",
    restart_yes: "はい、やり直す",
    replace_yes: "はい、始める",
    scenario_started: "シナリオを開始しました。",
    export: "進捗をエクスポート",
    exported: "進捗をファイルにエクスポートしました。",
    import: "進捗をインポート",
    import_help: "このガイドからエクスポートしたファイル（JSON、最大 1 MiB）。",
    import_question: "ここの進捗をインポートしたファイルの内容で置き換えますか？あとで元に戻せます。",
    import_yes: "はい、置き換える",
    imported: "進捗をインポートしました。",
    undo_import: "インポートを取り消す",
    import_undone: "インポートを取り消し、以前の進捗に戻しました。",
    summary: "まとめ",
    summary_close: "まとめを閉じる",
    copy_markdown: "Markdown でコピー",
    copied: "まとめを Markdown でコピーしました。",
    copy_failed: "このページではコピーが許可されていません。下の文章を選択して手動でコピーしてください。",
    print: "印刷",
    steps: "手順",
    no_steps: "該当する手順はまだありません。",
    mistakes: "ミスとその直し方",
    no_mistakes: "ミスはありません。",
    actions: "練習での操作",
    no_actions: "まだ操作はありません。",
    not_put_right: "まだ直していません。",
    fact_mode: "モード:",
    fact_scenario: "シナリオ:",
    fact_result: "結果:",
    fact_written: "作成日時:",
    result_reached: "目標達成",
    result_not_yet: "目標は未達成",
    result_complete: "すべての手順が完了",
    result_open: "未完了の手順あり",
};

pub(super) fn preset_name(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => "標準の引き継ぎ",
        Preset::IncomingConnected => "新しい管理者がすでに接続済み",
        Preset::LeavingDisconnected => "退任する管理者が早すぎる切断",
        Preset::IncomingNotAdmin => "引き継ぐ人が管理者ではない",
        Preset::DynamicsStandard => "サーバー間接続を一から設定",
        Preset::DynamicsSolution3 => "Marketo ソリューション 3.x",
        Preset::DynamicsCrmUser => "同僚のアカウントを同期ユーザーに使用",
        Preset::DynamicsNotPublished => "構成したが未公開",
    }
}

pub(super) fn preset_goal(p: Preset) -> &'static str {
    match p {
        Preset::StandardHandoff => "連携を管理者 A から管理者 B に移し、A を削除します。どのユーザーも切断しないこと。",
        Preset::IncomingConnected => "B はすでに接続しています。誰も切断せずに引き継ぎを終えてください。",
        Preset::LeavingDisconnected => "連携が止まっています。まず復旧し、それから引き継ぎを終えてください。",
        Preset::IncomingNotAdmin => "引き継ぐ人として操作し、何が妨げているかを見つけます。誰も切断しないこと。",
        Preset::DynamicsStandard => {
            "アプリを登録し、アプリケーション ユーザーを作成して「手順 3／3 の準備完了」にします。"
        }
        Preset::DynamicsSolution3 => {
            "ソリューション 3.x ではすべてのユーザーにロールを付与し、クライアントアプリを登録して「手順 4／4 の準備完了」にします。"
        }
        Preset::DynamicsCrmUser => "同僚のアカウントを専用の同期ユーザーに替え、クライアントアプリを登録して「手順 4／4 の準備完了」にします。",
        Preset::DynamicsNotPublished => "前任者がやり残した作業を仕上げ、「手順 4／4 の準備完了」にします。",
    }
}

pub(super) fn import_problem(p: &ImportProblem) -> String {
    match p {
        ImportProblem::TooBig { bytes } => format!(
            "このファイルは {} KiB です。進捗ファイルは最大 1,024 KiB です。このガイドからエクスポートしたファイルを選んでください。",
            bytes.div_ceil(1024)
        ),
        ImportProblem::Empty => "空のファイルです。このガイドからエクスポートしたファイルを選んでください。".into(),
        ImportProblem::NotJson => {
            "進捗ファイルではありません（JSON ではないか、途中で切れています）。このガイドからエクスポートしたファイルを選んでください。".into()
        }
        ImportProblem::WrongShape => {
            "この JSON ファイルにはこのガイドの進捗がないか、値がルールに合いません。何も変更していません。".into()
        }
        ImportProblem::Newer { schema } => format!(
            "新しいバージョンのガイドが保存したファイルです（形式 {schema}）。ページまたはオフライン ファイルを更新してから、もう一度インポートしてください。"
        ),
        ImportProblem::OtherFlow(flow) => {
            format!("もう一方のガイド（{}）の進捗ファイルです。そちらでインポートしてください。", flow.name())
        }
        ImportProblem::Unreadable => "ブラウザーがこのファイルを読めませんでした。もう一度選んでください。".into(),
    }
}
