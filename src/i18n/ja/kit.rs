//! Japanese texts of the training kit (scenarios, import and export, summary).

use super::*;

pub(super) fn kit(k: KitText) -> &'static str {
    match k {
        KitText::Scenario => "シナリオ",
        KitText::ScenarioHelp => "練習を始める状況を選んでください。目標を達成すると振り返りが表示されます。",
        KitText::Goal => "目標:",
        KitText::GoalReached => "目標を達成しました。お疲れさまでした。",
        KitText::Debrief => "振り返り: 大事だったルール",
        KitText::Restart => "シナリオをやり直す",
        KitText::RestartQuestion => "このシナリオを最初からやり直しますか？ここまでの練習は置き換えられます。",
        KitText::RestartYes => "はい、やり直す",
        KitText::ReplaceYes => "はい、始める",
        KitText::ScenarioStarted => "シナリオを開始しました。",
        KitText::Export => "進捗をエクスポート",
        KitText::Exported => "進捗をファイルにエクスポートしました。",
        KitText::Import => "進捗をインポート",
        KitText::ImportHelp => "このガイドからエクスポートしたファイル（JSON、最大 1 MiB）。",
        KitText::ImportQuestion => "ここの進捗をインポートしたファイルの内容で置き換えますか？あとで元に戻せます。",
        KitText::ImportYes => "はい、置き換える",
        KitText::Imported => "進捗をインポートしました。",
        KitText::UndoImport => "インポートを取り消す",
        KitText::ImportUndone => "インポートを取り消し、以前の進捗に戻しました。",
        KitText::Summary => "まとめ",
        KitText::SummaryClose => "まとめを閉じる",
        KitText::CopyMarkdown => "Markdown でコピー",
        KitText::Copied => "まとめを Markdown でコピーしました。",
        KitText::CopyFailed => "このページではコピーが許可されていません。下の文章を選択して手動でコピーしてください。",
        KitText::Print => "印刷",
        KitText::Steps => "手順",
        KitText::NoSteps => "該当する手順はまだありません。",
        KitText::Mistakes => "ミスとその直し方",
        KitText::NoMistakes => "ミスはありません。",
        KitText::Actions => "練習での操作",
        KitText::NoActions => "まだ操作はありません。",
        KitText::NotPutRight => "まだ直していません。",
        KitText::FactMode => "モード:",
        KitText::FactScenario => "シナリオ:",
        KitText::FactResult => "結果:",
        KitText::FactWritten => "作成日時:",
        KitText::ResultReached => "目標達成",
        KitText::ResultNotYet => "目標は未達成",
        KitText::ResultComplete => "すべての手順が完了",
        KitText::ResultOpen => "未完了の手順あり",
    }
}

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
            "アプリを登録し、アプリケーション ユーザーを作成して「ステップ 3 の準備完了」にします。"
        }
        Preset::DynamicsSolution3 => {
            "ソリューション 3.x では同期する全員にロールを付与し、「ステップ 3 の準備完了」にします。"
        }
        Preset::DynamicsCrmUser => "同僚のアカウントを専用の同期ユーザーに替え、「ステップ 3 の準備完了」にします。",
        Preset::DynamicsNotPublished => "前任者がやり残した作業を仕上げ、「ステップ 3 の準備完了」にします。",
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
