//! 日本語テキスト。
//!
//! By part: the frame's texts here; [`handoff`], [`dynamics_guide`], [`s2s`] and [`kit`] beside.

use super::vocabulary::*;

/// One sentence for every field that refuses a secret.
const SECRET_REFUSED: &str = "シークレットのように見える値 (長くてランダムな文字列) なので保存しませんでした。このガイドはシークレットを保存しません。パスワード マネージャーやキー コンテナーに保管してください。";

/// Why a value the reader gave was not kept (every field, every flow).
pub(super) fn refused(r: Refused) -> &'static str {
    match r {
        Refused::LooksLikeSecret => SECRET_REFUSED,
        Refused::TooLong => "この欄には長すぎるため保存しませんでした。",
        Refused::NothingToConfirm => "確認できる正しい形式の組織 URL がまだないため、何も確認していません。",
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
        Rule::F1 => "接続を切断できるのは、その接続を確立した管理者だけです。",
        Rule::F2 => "ユーザーアクセスの一覧に載っている管理者は、接続中の管理者がそのアクセス権を外すまで接続できません。",
        Rule::F3 => "接続しておらず、ユーザーアクセスの一覧にも載っていない管理者は、他の管理者が接続中でも接続できます。",
        Rule::F4 => "ほかのユーザーの接続を保つため、前の管理者が接続を解除する前に、新しい管理者が先に接続します。",
        Rule::F5 => "統合を持つ管理者を安全に削除できるのは、別の管理者が接続し、本人が切断した後だけです。",
        Rule::F6 => "アクセス権はインスタンスにいる人にだけ付与でき、ワークスペースは付与時に決まります。",
        Rule::F7 => "データ同期を開始した後は、インスタンスの元のユーザー（最初の招待を受けた人）をインスタンスに残しておく必要があります。",
        Rule::X1 => "この練習用コンソールでは、接続済みの管理者がさらに接続するものはありません。",
        Rule::X2 => "この練習用コンソールでは、人の削除は別の管理者が行い、自分自身は削除できません。",
        Rule::X3 => "この練習用コンソールでは、接続している管理者だけがアクセス権を付与できます。",
        Rule::D1 => "先に手順 1（Marketo ソリューションのインストール）を終える必要があります。",
        Rule::D2 => "Marketo ユーザーは同期専用のユーザーにします。誰かが普段使う CRM アカウントは使えません。",
        Rule::D3 => "Marketo 同期ユーザーのロールが必要なユーザーは、ソリューションのバージョンによって変わります。",
        Rule::D4 => "構成を最後に変えた後で、カスタマイズを公開する必要があります。",
        Rule::D5 => "カスタム同期フィルターは、名前がちょうど new_synctomkto の 2 つのオプション型フィールドです。",
        Rule::D6 => "接続の前に Validate Microsoft Dynamics Sync を実行し、同期ユーザーとして一度サインインします。",
        Rule::D7 => "ユーザーには重複しない名前と、アドレスの形をしたメールが必要です。",
        Rule::S1 => "アプリケーション ユーザーとテナント ID は、サーバー間接続だけのものです。",
        Rule::S2 => "アプリの登録は自分のディレクトリのアカウントだけを受け付けます (シングル テナント)。",
        Rule::S3 => "接続の手順ではアプリのクライアント ID（サーバー間接続ではテナント ID も）が必要です。GUID で、正確に控えておきます。",
        Rule::S4 => "Marketo がアプリを使う前に、管理者がアプリに管理者の同意を与えます。",
        Rule::S5 => "クライアント シークレットの値は一度しか表示されないので、そのときにコピーします。このガイドはシークレットを一切保持しません。",
        Rule::S6 => "アプリケーション ユーザーには Marketo Sync User ロールが必要で、そのメールが手順 3／3 で入力するユーザー名です。",
        Rule::S7 => "組織の URL は Marketo で送信した後は変更できません。控えて、確かめて、確定します。",
        Rule::S8 => "Microsoft Entra ではクライアント シークレットの有効期間は最長 24 か月で、12 か月未満が推奨されています。",
    }
}

pub const JA: Catalog = Catalog {
    mode: "モード",
    guide: "ガイド",
    practice: "練習",
    guide_hint: "実際の作業をしながら手順にチェックを付けます。",
    practice_hint: "仮想コンソールで試します。実際には何も変わりません。",
    language: "言語",
    start_over: "最初から",
    start_over_question: "このガイドに保存した内容をすべて消して、最初からやり直しますか？",
    start_over_yes: "はい、最初から",
    cancel: "キャンセル",
    yes: "はい",
    no: "いいえ",
    progress: |done, total| format!("{total} 手順中 {done} 手順完了"),
    step_of: |n, m| format!("手順 {n}／{m}"),
    all_done: "すべての手順が完了しました。",
    status_done: "完了",
    status_current: "今すること",
    status_later: "未着手",
    status_skipped: "不要",
    status_waiting: |who| format!("{who} さん待ち"),
    recovery: "復旧",
    where_to_click: "クリックする場所",
    mark_done: "完了",
    note: "メモ",
    warning: "注意",
    why_label: "理由",
    show_steps: "クリック手順を表示",
    go_to_fields: "入力欄へ移動",
    hide_steps: "クリック手順を隠す",
    activity: "操作履歴",
    activity_empty: "まだ何も起きていません。",
    acting_as: "操作する人",
    checklist: "チェックリスト",
    confirm_title: "本当に実行しますか？",
    confirm_do: "それでも実行",
    crashed: "内部エラーのため、このガイドは停止しました。ページを再読み込みしてもう一度お試しください。保存された進捗は残っています。",
    bad_attribute: |b| format!("このガイドは表示できません。{} の値「{}」は使えません。次のいずれかを指定してください：{}。", b.attribute, b.value, b.accepted.join("、")),
    share_progress: "進捗を共有",
    link_to_share: "共有するリンク",
    share_copied: "リンクをコピーしました。もう一人の管理者に送ってください。リンクに進捗が入っており、ほかの場所へは何も送りません。",
    share_not_copied: "上のリンクをコピーして、もう一人の管理者に送ってください。",
    share_mail: "メールで送る",
    share_mail_subject: "Marketo 設定ガイド：私の進捗",
    share_mail_body: |link| format!("Marketo 設定ガイドの私の進捗です。このリンクを開くと、進捗とあなたの次の手順がわかります。\n\n{link}\n"),
    offer_title: "リンクで共有された進捗",
    who: |badge, name| if badge == name { badge.to_string() } else { format!("{badge}（{name}）") },
    offer_from: |who, done, total| format!("このリンクには {who} さんまでの進捗が入っています。全 {total} 手順のうち {done} 手順が完了。"),
    offer_from_someone: |done, total| format!("このリンクには進捗が入っています。全 {total} 手順のうち {done} 手順が完了。"),
    offer_you: |who, title| format!("あなたは {who} です。あなたの手順は「{title}」です。"),
    offer_next: |title| format!("次の手順は「{title}」です。"),
    offer_all_done: "すべての手順が完了しています。",
    offer_load: "この進捗を読み込む",
    offer_not_now: "今はしない",
    offer_loaded: "読み込みました。リンクの進捗をあなたの進捗と合わせました。",
    link_too_long: "このリンクはこのガイドの進捗リンクとしては長すぎるため、読み込みませんでした。ここでは何も変わっていません。",
    link_damaged: "この進捗リンクは途中で切れているか、途中で変わっているため読み込めません。ここでは何も変わっていません。リンクをもう一度もらってください。",
    link_newer: "この進捗リンクはこのガイドの新しいバージョンで作られたため、ここでは読み込めません。ここでは何も変わっていません。",
    link_other_guide: |title| format!("この進捗リンクは、このページにないガイド「{title}」のものです。ここでは何も変わっていません。"),
    copy_step_link: "この手順へのリンクをコピー",
    link_copied: "この手順へのリンクをコピーしました。",
    link_not_copied: |link| format!("この手順へのリンクをコピーしてください：{link}"),
    storage_blocked: "このページでは進捗を保存できないため、ページを離れると失われます。",
    storage_corrupt: "保存された進捗を読み込めなかったため、最初から始めました。読み込めなかったコピーは別に保管してあります。",
    storage_newer: "この進捗は、このガイドの新しいバージョンで保存されました。ここでは表示も変更もできず、保存されたまま残します。新しいガイドが公開されているページを開くか、このページの管理者に更新を依頼してください。",
    storage_quota: "ブラウザーの保存領域がいっぱいのため、最近の変更はまだ保存されていません。次の変更のときに再試行します。",
    download_quarantined: "読み込めなかったコピーをダウンロード",
    announce_step_done: |step| format!("完了：{step}"),
    announce_all_done: "すべての手順が完了しました。",
    rule,
    rule_label: "ルール：",
    not_available: "今は実行できません：",
    log_earlier: |n| format!("それより前の操作 {n} 件は一覧から外しました。"),
    loading_practice: "練習用コンソールを読み込んでいます…",
    practice_failed: "練習用コンソールをダウンロードできませんでした。ガイドはそのまま使えます。接続を確認してから、もう一度お試しください。",
    try_again: "もう一度試す",
    secret_refused: SECRET_REFUSED,
    refused,
    more: "その他",
    change: "変更",
    next_step: "次の手順",
    tools: "ツール",
    source: |title| format!("出典：{title}"),
    not_documented: "公式ドキュメントに記載なし",
    advice: "このガイド独自の助言です。",
    simulation: "この練習でのモデル化です。",
    sources: "出典",
    new_tab: "新しいタブで開きます",
    sia_title: "Marketo 統合を新しい管理者に引き継ぐ",
    sia_name: "名前",
    dyn_title: "Dynamics：Marketo が同期に使う ID の設定",
    #[cfg(feature = "sia-handoff")]
    sia: SIA,
    #[cfg(feature = "dynamics-sync-user")]
    dy: DY,
    kit: KIT,
    preset_name,
    preset_goal,
    import_problem,
    kit_replace_question: |name| format!("「{name}」を始めますか？ここまでの練習は置き換えられます。"),
    kit_put_right: |at, what| format!("{at} に修正: {what}"),
};

#[cfg(not(target_arch = "wasm32"))]
pub(super) const FIRST_VIEW: super::FirstViewTexts = super::FirstViewTexts {
    loading: "チェックリストを準備中…",
    unavailable: "このページではインタラクティブなチェックリストを実行できないため、回答とチェックはここに保存されません。以下の手順と出典はそのまま参照できます。",
    failed: "インタラクティブなチェックリストをダウンロードできなかったため、回答とチェックはまだ保存されません。以下の手順と出典はそのまま参照できます。",
};
