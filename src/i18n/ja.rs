//! 日本語テキスト。

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
const SECRET_REFUSED: &str = "シークレットのように見える値 (長くてランダムな文字列) なので保存しませんでした。このガイドはシークレットを保存しません。パスワード マネージャーやキー コンテナーに保管してください。";

fn list(ids: &[sia::PersonId], names: &Names) -> String {
    ids.iter().map(|id| names(*id)).collect::<Vec<_>>().join("、")
}

fn rule(r: Rule) -> &'static str {
    match r {
        Rule::F1 => "接続を切断できるのは、その接続を確立した管理者だけです。",
        Rule::F2 => "ユーザーアクセスの一覧に載っている管理者は、接続中の管理者がそのアクセス権を外すまで接続できません。",
        Rule::F3 => "接続しておらず、ユーザーアクセスの一覧にも載っていない管理者は、他の管理者が接続中でも接続できます。",
        Rule::F4 => "管理者が一人でも接続している間だけ、ユーザーは Marketo を使い続けられます。だから新しい管理者が先に接続します。",
        Rule::F5 => "統合を持つ管理者を安全に削除できるのは、別の管理者が接続し、本人が切断した後だけです。",
        Rule::F6 => "アクセス権はインスタンスにいる人にだけ付与でき、ワークスペースは付与時に決まります。",
        Rule::F7 => "データ同期を開始した後は、インスタンスの元のユーザー（最初の招待を受けた人）をインスタンスに残しておく必要があります。",
        Rule::X1 => "この練習用コンソールでは、接続済みの管理者がさらに接続するものはありません。",
        Rule::X2 => "この練習用コンソールでは、人の削除は別の管理者が行い、自分自身は削除できません。",
        Rule::D1 => "先に手順 1（Marketo ソリューションのインストール）を終える必要があります。",
        Rule::D2 => "Marketo ユーザーは同期専用のユーザーにします。誰かが普段使う CRM アカウントは使えません。",
        Rule::D3 => "Marketo 同期ユーザーのロールが必要なユーザーは、ソリューションのバージョンによって変わります。",
        Rule::D4 => "構成を最後に変えた後で、カスタマイズを公開する必要があります。",
        Rule::D5 => "カスタム同期フィルターは、名前がちょうど new_synctomkto の 2 つのオプション型フィールドです。",
        Rule::D6 => "手順 3 の前に Validate Microsoft Dynamics Sync を実行します（パスワード方式の同期ユーザーなら、そのユーザーとして一度サインインもします）。",
        Rule::D7 => "ユーザーには重複しない名前と、アドレスの形をしたメールが必要です。",
        Rule::S1 => "サーバー間の手順は、サーバー間 (OAuth) 接続のときだけのものです。",
        Rule::S2 => "アプリの登録は自分のディレクトリのアカウントだけを受け付けます (シングル テナント)。",
        Rule::S3 => "手順 3 ではアプリのクライアント ID とテナント ID が必要です。どちらも GUID で、正確に控えておきます。",
        Rule::S4 => "Marketo がアプリを使う前に、管理者がアプリに管理者の同意を与えます。",
        Rule::S5 => "クライアント シークレットの値は一度しか表示されないので、そのときにコピーします。このガイドはシークレットを一切保持しません。",
        Rule::S6 => "アプリケーション ユーザーには Marketo Sync User ロールが必要で、そのメールが手順 3 で入力するユーザー名です。",
        Rule::S7 => "組織の URL は手順 3 の後で変更できません。控えて、確かめて、確定します。",
        Rule::S8 => "Microsoft Entra ではクライアント シークレットの有効期間は最長 24 か月で、12 か月未満が推奨されています。",
    }
}

fn why(w: &Why, names: &Names) -> String {
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

fn way_out(w: &WayOut, names: &Names) -> String {
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

fn sia_step_title(kind: StepKind, actor: &str, leaving: &str, incoming: &str) -> String {
    match kind {
        StepKind::Reconnect => format!("{actor} さんが接続し直して統合を復旧する"),
        StepKind::RemoveIncomingAccess => format!("{actor} さんが {incoming} さんの統合へのアクセス権を外す"),
        StepKind::IncomingConnects => format!("{incoming} さんが新しく接続する"),
        StepKind::LeavingDisconnects => format!("{leaving} さんが切断する"),
        StepKind::RemoveLeaving => format!("{leaving} さんをインスタンスから削除する"),
    }
}

fn sia_step_why(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reconnect => "接続を持つ人がいませんが、アクセス権を外せるのは接続中の管理者だけです。（接続し直すと一覧のユーザーも Marketo を取り戻すかどうかは、ドキュメントに書かれていません。）",
        StepKind::RemoveIncomingAccess => "新しい管理者がユーザーアクセスの一覧に載っている間は、接続が使えません。",
        StepKind::IncomingConnects => "接続中の管理者が二人になるので、後で誰も切り離されません。",
        StepKind::LeavingDisconnects => "新しい管理者が接続済みなので、他のユーザーは Marketo を使い続けられます。",
        StepKind::RemoveLeaving => "統合はもうこの管理者に依存しておらず、この管理者はデータ同期後の元のユーザーでもありません。",
    }
}

fn sia_skip(reason: SkipReason, leaving: &str, incoming: &str) -> String {
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

fn sia_crumb(c: Crumb, names: &Names) -> String {
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

fn sia_cannot_plan(c: &CannotPlan) -> &'static str {
    match c {
        CannotPlan::SamePerson => "去る管理者と新しい管理者が同じ人です。別々の二人を入力してください。",
        CannotPlan::IncomingNotInInstance => "新しい管理者がインスタンスにいません。先に管理者として追加してください。",
        CannotPlan::IncomingNotAdmin => "引き継ぐ人が管理者ではなく、接続できるのは管理者だけです。インスタンスの管理者に管理者の役割を付与してもらってから、この引き継ぎに戻ってください。",
        CannotPlan::NobodyCanRemoveAccess => "新しい管理者がユーザーアクセスの一覧に載っており、接続中の人がおらず、接続してそのアクセス権を外せる他の管理者もいません。Adobe サポートに問い合わせてください。",
        CannotPlan::Internal => "手順を計算できませんでした（回答ではなく、このガイドの不具合です）。最初からやり直し、このページの管理者に知らせてください。",
    }
}

fn sia_hazard(h: &Hazard, names: &Names) -> String {
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

fn sia_effect(e: &Effect, names: &Names) -> String {
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

fn sia_did(a: &Action, actor: &str, names: &Names) -> String {
    match a {
        Action::Connect => format!("{actor} さんが「接続」をクリック"),
        Action::Disconnect => format!("{actor} さんが「切断」をクリック"),
        Action::GrantAccess { users, .. } => format!("{actor} さんが {} さんにアクセス権を付与", list(users, names)),
        Action::RemoveAccess { user } => format!("{actor} さんが {} さんのアクセス権を削除", names(*user)),
        Action::RemovePerson { person } => format!("{actor} さんが {} さんをインスタンスから削除", names(*person)),
    }
}

fn version_error(e: &VersionError) -> String {
    match e {
        VersionError::Empty => "バージョンを入力してください（例：4.0.0.14）。".into(),
        VersionError::WrongNumberOfParts { found } => {
            format!("バージョンは 4.0.0.14 のように、ドットで区切った 4 つの数字です。入力は {found} つです。")
        }
        VersionError::EmptyPart { position } => {
            format!("{position} 番目の数字がありません（ドットが続いているか、端にあります）。")
        }
        VersionError::Negative { position } => format!("{position} 番目の数字が負です。バージョンは 0 以上です。"),
        VersionError::TooLarge { position } => format!("{position} 番目の数字がバージョン番号としては長すぎます。"),
        VersionError::NotANumber { position, text } => {
            format!("{position} 番目（「{text}」）には数字だけを使ってください。")
        }
    }
}

fn text_problem(p: &TextProblem) -> String {
    let max = dynamics::MAX_TEXT_CHARS;
    match p {
        TextProblem::NameEmpty => "名前を入力してください。".into(),
        TextProblem::NameTooLong => format!("名前が長すぎます（{max} 文字まで）。"),
        TextProblem::NameTaken => {
            "同じ名前のユーザーがすでにいます。手順 3 では一人のユーザーにぴったり合う名前が必要です。".into()
        }
        TextProblem::EmailEmpty => {
            "サインイン情報を受け取るメールアドレス（実際に受信できるメールボックス）を入力してください。".into()
        }
        TextProblem::EmailNotAnAddress => "メールアドレスの形（名前@ドメイン）になっていません。".into(),
        TextProblem::EmailTooLong => format!("アドレスが長すぎます（{max} 文字まで）。"),
        TextProblem::LooksLikeSecret => {
            "シークレットのように見えるため保存しませんでした。ここにシークレットを入力しないでください。".into()
        }
    }
}

fn dyn_why(w: &dynamics::Why) -> String {
    use dynamics::Why as Y;
    let text = match w {
        Y::SolutionMissing => "Marketo ソリューションがインストールされていないため、Marketo 構成がまだありません。",
        Y::Text(p) => return text_problem(p),
        Y::NoSuchUser => "そのユーザーは存在しません。",
        Y::AlreadyHasRole => "このユーザーにはすでにロールがあります。",
        Y::HasNoRole => "このユーザーにはロールがありません。",
        Y::ExistingCrmUser => "既存の CRM ユーザー本人のアカウントで、同期専用ユーザーではありません。",
        Y::AlreadyMarketoUser => "このユーザーはすでに Marketo ユーザーです。",
        Y::FilterFieldExists => "フィルター用のフィールドはすでにあります。",
        Y::FilterFieldMisnamed => "同期が認識するのは、名前がちょうど new_synctomkto のフィールドだけです。",
        Y::NotPublished => "最新の構成が公開されていません。",
        Y::NoMarketoUser => "Marketo ユーザーがまだ選ばれていません。",
        Y::NoUserChosen => "ユーザーがまだ選ばれていません。",
        Y::AlreadySignedIn => "このユーザーではすでにサインインしています。",
        Y::AlreadyValidated => "今の構成ではすでに済んでいます。",
        Y::SameConnection => "その接続方法はすでに選ばれています。",
        Y::NotServerToServer => "サーバー間接続の手順ですが、今はパスワード方式が選ばれています。",
        Y::AlreadyOpen => "そのページはすでに開いています。",
        Y::NoSuchApp => "そのアプリの登録またはシークレットはありません。",
        Y::NoAppChosen => "まだアプリを選んでいません。",
        Y::NoBusinessUnit => "まだ部署を選んでいません。",
        Y::AlreadySingleTenant => "このアプリはすでに自分のディレクトリのアカウントだけを受け付けます。",
        Y::ConsentAlreadyGranted => "管理者の同意はすでに与えられています。",
        Y::SecretGone => "コピーする前に値が隠されたため、二度と表示できません。",
        Y::SecretAlreadyCopied => "この値はすでにコピーしました。",
        Y::AppUserExists => "このアプリにはすでにアプリケーション ユーザーがあります。",
        Y::AppNameTaken => "同じ名前のアプリの登録がすでにあります。二つあると取り違えやすくなります。",
        Y::Note(r) => return s2s_refused(*r).into(),
        Y::SameValue => "同じ値がすでに控えてあります。",
        Y::Url(e) => return s2s_problem(&NoteProblem::OrgUrl(e.clone())),
        Y::AlreadyConfirmed => "組織の URL はすでに確定しています。",
        Y::NotConfirmed => "組織の URL はまだ確定していません。",
    };
    text.into()
}

fn dyn_way_out(w: &dynamics::WayOut) -> &'static str {
    use dynamics::WayOut as W;
    match w {
        W::DoStepOne => "先に手順 1／3 を終えてください。",
        W::FixInput => "直してからもう一度試してください。",
        W::ChooseListedUser => "一覧からユーザーを選んでください。",
        W::AlreadyDone => "これ以上することはありません。",
        W::CreateDedicatedUser => "同期専用ユーザーを作成し、そのユーザーを選んでください。",
        W::UseExactFilterName => "名前を new_synctomkto にしてください。",
        W::PublishFirst => "先にすべてのカスタマイズを公開してください。",
        W::ChooseMarketoUserFirst => "先に Marketo ユーザーを選んでください。",
        W::SwitchToServerToServer => "先にサーバー間接続を選んでください。",
        W::ChooseListedApp => "一覧からアプリの登録を選んでください。",
        W::ChooseBusinessUnit => "新しいアプリ ユーザーのパネルで部署を選んでください。",
        W::MakeNewSecret => "新しいクライアント シークレットを作り、画面に出ているうちに値をコピーしてください。",
        W::KeepSecretsElsewhere => {
            "シークレットはこのガイドではなく、パスワード マネージャーやキー コンテナーに保管してください。"
        }
        W::FixUrlFirst => "先に組織の URL を直してください。",
        W::ChooseApplicationUser => "アプリ用に作ったアプリケーション ユーザーを選んでください。",
    }
}

fn dyn_effect(e: &dynamics::Effect, names: &UserNames) -> String {
    use dynamics::Effect as E;
    match e {
        E::UserCreated { user } => format!("ユーザー {} を作成しました。", names(*user)),
        E::CredentialsSent { user } => format!("{} のサインイン情報をメールで送りました。", names(*user)),
        E::RoleAssigned { user } => format!("{} に Marketo 同期ユーザーのロールを割り当てました。", names(*user)),
        E::RoleNotNeeded { user } => {
            format!("このバージョンでは {} にロールは不要ですが、あっても問題はありません。", names(*user))
        }
        E::RoleRemoved { user } => format!("{} から Marketo 同期ユーザーのロールを外しました。", names(*user)),
        E::MarketoUserSet { user } => format!("Marketo ユーザーを {} にしました。", names(*user)),
        E::PublishNeededAgain => {
            "公開した後に構成が変わりました。すべてのカスタマイズをもう一度公開してください。".into()
        }
        E::Published => "すべてのカスタマイズを公開しました。".into(),
        E::NothingNewToPublish => "もう一度公開しましたが、変更はありませんでした。".into(),
        E::FilterWanted(true) => "カスタム同期フィルターを設定します。".into(),
        E::FilterWanted(false) => "カスタム同期フィルターは使いません。".into(),
        E::FilterFieldCreated => "フィールド new_synctomkto を作成しました。".into(),
        E::Validated => "今の構成で検証を実行しました。".into(),
        E::SignedIn { user } => format!("{} として一度サインインしました。", names(*user)),
        E::ConnectionChosen(Connection::ServerToServer) => "サーバー間 (OAuth) 接続の手順で進めます。".into(),
        E::ConnectionChosen(Connection::SyncUserPassword) => "パスワードを使う同期ユーザーの手順で進めます。".into(),
        E::PageOpened { page, app } => {
            let name = match page {
                Page::AppRegistrations => s2s(S2sText::AppRegistrations),
                Page::NewRegistration => s2s(S2sText::NewRegistration),
                Page::App { tab: AppTab::Overview, .. } => s2s(S2sText::Overview),
                Page::App { tab: AppTab::CertificatesSecrets, .. } => s2s(S2sText::CertificatesSecrets),
                Page::App { tab: AppTab::ApiPermissions, .. } => s2s(S2sText::ApiPermissions),
            };
            match app {
                Some(app) => format!("{app} の「{name}」を開きました。"),
                None => format!("「{name}」を開きました。"),
            }
        }
        E::AppRegistered { name, single_tenant: true } => format!("アプリ {name} をこのディレクトリ専用で登録しました。"),
        E::AppRegistered { name, single_tenant: false } => format!("アプリ {name} をあらゆる組織のアカウント向けに登録しました。"),
        E::OpenToAnyOrganization { name } => format!(
            "間違い: {name} は自分の組織だけでなく、あらゆる組織のアカウントを受け付けます。Marketo の設定はシングル テナントのアプリを前提にしています。サポートされているアカウントの種類をこのディレクトリのみに変更してください。"
        ),
        E::MadeSingleTenant { name } => format!("{name} はこのディレクトリのアカウントだけを受け付けるようになりました。"),
        E::SecretShownOnce { description, expires_on } => format!(
            "クライアント シークレット {} を作りました。有効期限は {expires_on} です。値が見られるのは今だけです。ページを離れる前にコピーしてください。",
            quoted(description)
        ),
        E::SecretCopied { description } => format!("クライアント シークレット {} の値を安全な場所にコピーしました。", quoted(description)),
        E::SecretLost { description } => format!(
            "間違い: クライアント シークレット {} の値をコピーする前にページを離れました。二度と表示できないので、新しいシークレットを作ってください。",
            quoted(description)
        ),
        E::ConsentGranted { name } => format!("{name} に管理者の同意を与えました。"),
        E::AppUserCreated { user } => format!("アプリケーション ユーザー {} を作りました。", names(*user)),
        E::Recorded { field } => format!("手順 3 のために{}を控えました。", s2s_field(*field)),
        E::ConfirmationCleared => "組織の URL が変わったため確定を取り消しました。確かめてからもう一度確定してください。".into(),
        E::UrlConfirmed(true) => "組織の URL を確定しました。".into(),
        E::UrlConfirmed(false) => "組織の URL の確定を取り消しました。".into(),
        E::MarketoUserLacksRole { user } => format!(
            "間違い: {} は Marketo ユーザーですが、まだ Marketo Sync User ロールがないため同期が拒否されます。セキュリティ ロールでロールを与えてください。",
            names(*user)
        ),
    }
}

fn quoted(text: &str) -> String {
    if text.is_empty() {
        "(説明なし)".into()
    } else {
        format!("「{text}」")
    }
}

fn s2s_field(f: NoteField) -> &'static str {
    match f {
        NoteField::ClientId => "アプリケーション (クライアント) ID",
        NoteField::TenantId => "ディレクトリ (テナント) ID",
        NoteField::AppUserEmail => "アプリケーション ユーザーのメール",
        NoteField::OrgUrl => "組織の URL",
    }
}

fn s2s_refused(r: NoteRefused) -> &'static str {
    match r {
        NoteRefused::LooksLikeSecret => SECRET_REFUSED,
        NoteRefused::TooLong => "この欄には長すぎるため保存しませんでした。",
    }
}

fn s2s_problem(p: &NoteProblem) -> String {
    match p {
        NoteProblem::Guid(e) => match e {
            GuidError::Empty => "ID を入力してください。".into(),
            GuidError::TooLong => "ID にしては長すぎます。".into(),
            GuidError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
            GuidError::WrongGroups { found } => format!(
                "ID はハイフンでつないだ 8-4-4-4-12 文字の 5 つの区切りです。入力された値の区切りは {} です。",
                found.iter().map(|n| n.to_string()).collect::<Vec<_>>().join("-")
            ),
            GuidError::NotHex { position, character } => {
                format!("{position} 文字目 (「{character}」) は ID に使えません。使えるのは 0-9 と a-f だけです。")
            }
            GuidError::Nil => {
                "すべて 0 の値は仮の値で、本物の ID ではありません。アプリの概要にある ID をコピーしてください。".into()
            }
        },
        NoteProblem::UserName(e) => match e {
            UserNameError::Empty => "メール アドレスを入力してください。".into(),
            UserNameError::TooLong => "ユーザー名にしては長すぎます。".into(),
            UserNameError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
            UserNameError::HasSpace => "ユーザー名に空白は入りません。".into(),
            UserNameError::NotAnAddress => "user@domain.com または DOMAIN\\user の形で入力してください。".into(),
        },
        NoteProblem::OrgUrl(e) => match e {
            OrgUrlError::Empty => "組織の URL を入力してください。".into(),
            OrgUrlError::TooLong => "組織の URL にしては長すぎます。".into(),
            OrgUrlError::LooksLikeSecret => s2s_refused(NoteRefused::LooksLikeSecret).into(),
            OrgUrlError::NotHttps { scheme: Some(scheme) } => {
                format!("{scheme}:// ではなく https:// で始めてください。")
            }
            OrgUrlError::NotHttps { scheme: None } => "https:// で始めてください。".into(),
            OrgUrlError::ExtraParts => "ユーザー名、パスワード、ポートは外してください。".into(),
            OrgUrlError::HasPath => "Dynamics に表示される組織サービスの URL（/XRMServices/2011/Organization.svc で終わるもの）か、組織のアドレスだけを貼り付け、その後ろには何も付けないでください。".into(),
            OrgUrlError::NotAHost { host } => {
                format!("「{host}」は Web アドレスではありません。開発者リソースから組織サービスの URL をコピーしてください。")
            }
            OrgUrlError::OtherService { host } => {
                format!("{host} は Dynamics の組織ではなく、別のサービス（サインイン ページ、管理センター、Marketo など）のアドレスです。開発者リソースから組織サービスの URL をコピーしてください。")
            }
            OrgUrlError::BadOrgName { name } => {
                format!("「{name}」は組織名になりません。使えるのは英字、数字、ハイフンだけです。")
            }
        },
    }
}

fn s2s(t: S2sText) -> &'static str {
    use S2sText as T;
    match t {
        T::ConnectionLegend => "接続方法",
        T::ConnectionS2s => "サーバー間 (OAuth)",
        T::ConnectionPassword => "パスワードを使う同期ユーザー",
        T::ConnectionHelp => "これから同期を設定するならサーバー間を選んでください。Adobe の現在の文書が説明している方法です。既存の設定が同期ユーザーのパスワードでサインインしている場合だけ、パスワード方式を選びます。",
        T::S2sIntro => "Marketo はアプリとして Dynamics にサインインします。Microsoft Entra ID にアプリを登録し、同意とシークレットを用意し、同期ロールを持つアプリケーション ユーザーを作ってから、Marketo ソリューションにそのユーザーを指定して公開します。",
        T::S2sStep3Body => "Marketo には、アプリケーション ユーザーのメール、クライアント ID、保管したクライアント シークレット、テナント ID、組織の URL を入力します。下のカードを手元に置いてください。",
        T::ConfirmUrl => "組織の URL を確認しました",
        T::ConfirmUrlHelp => "手順 3 の後では変更できません。アドレスを間違えると Marketo のサブスクリプションを新しく用意することになります。",
        T::ExpiresLabel => "クライアント シークレットの有効期限",
        T::ExpiresHelp => "任意です。日付だけを入力し、シークレットそのものは入力しないでください。",
        T::CardTitle => "手順 3 のために",
        T::CardIntro => "手順 3 で聞かれるのはまさにこの値です。ここからコピーしてください。",
        T::Copy => "コピー",
        T::Copied => "コピーしました",
        T::CopyFailed => "このページではコピーできません。文字を選択して手でコピーしてください。",
        T::NotYet => "まだ正しく控えていません",
        T::SecretRow => "クライアント シークレット",
        T::SecretRowText => "安全な場所に保管した値です。ここには入力しないでください。",
        T::EntraConsole => "Microsoft Entra 管理センター（仮想）",
        T::EntraHint => "あなたは研修用テナントの管理者です。ここにあるものはすべて本物ではありません。",
        T::PpacConsole => "Power Platform 管理センター（仮想）",
        T::PpacHint => "研修用環境のアプリケーション ユーザーとセキュリティ ロールです。",
        T::AppRegistrations => "アプリの登録",
        T::NewRegistration => "新規登録",
        T::AppName => "名前",
        T::AccountTypes => "サポートされているアカウントの種類",
        T::SingleTenant => "この組織ディレクトリのみに含まれるアカウント",
        T::MultiTenant => "任意の組織ディレクトリ内のアカウント (マルチテナント)",
        T::Register => "登録",
        T::NoApps => "アプリの登録はまだありません。",
        T::Open => "開く",
        T::Overview => "概要",
        T::CertificatesSecrets => "証明書とシークレット",
        T::ApiPermissions => "API のアクセス許可",
        T::AccountTypeSingle => "この組織のみ",
        T::AccountTypeMulti => "任意の組織 (マルチテナント)",
        T::MakeSingleTenant => "この組織ディレクトリのみに変更",
        T::NewClientSecret => "新しいクライアント シークレット",
        T::Description => "説明",
        T::Add => "追加",
        T::SecretValue => "値",
        T::CopyValue => "値をコピー",
        T::SecretShownOnceHint => "値が表示されるのは今だけで、二度と見られません。このページを離れる前にコピーしてください。",
        T::SecretHidden => "今後は表示されません",
        T::SecretCopied => "安全な場所にコピー済み",
        T::SecretLost => "コピーしていません: 値は失われました",
        T::PracticeValue => "練習用の値で、本物のシークレットではありません",
        T::NoSecrets => "クライアント シークレットはまだありません。",
        T::GrantAdminConsent => "管理者の同意を与えます",
        T::ConsentGranted => "管理者の同意: 付与済み",
        T::ConsentNotGranted => "管理者の同意: 未付与",
        T::ApplicationUsers => "アプリケーション ユーザー",
        T::NewAppUser => "新しいアプリ ユーザー",
        T::AppLabel => "アプリ",
        T::Create => "作成",
        T::SecurityRoles => "セキュリティ ロール",
        T::MarketoSyncUser => "Marketo Sync User",
        T::NoAppUsers => "アプリケーション ユーザーはまだいません。",
        T::EmailColumn => "メール",
        T::Environment => "環境: Contoso 研修用",
        T::Expires => "有効期限",
        T::BusinessUnit => "部署",
        T::ChooseBusinessUnit => "部署を選択",
        T::RootBusinessUnit => "contoso-training（ルート部署）",
        T::UrlCautionConfirm => "確定する前に確かめてください",
        T::NotesLegend => "手順 3 のために控える",
        T::NotesHint => "自分のメモに書き写すつもりで、仮想ポータルから値を一つずつコピーしてください。",
        T::AppUserName => "アプリケーション ユーザー",
        T::FromValues => "値が正しくなると自動で完了します",
    }
}

fn s2s_day_error(e: DayError) -> String {
    match e {
        DayError::NotADate => "年-月-日の形で日付を入力してください。".into(),
        DayError::NoSuchDay => "カレンダーにない日付です。".into(),
        DayError::OutOfRange => "年の入力を間違えているようです。".into(),
        DayError::TooFarAhead { latest } => format!(
            "Microsoft Entra ではクライアント シークレットの有効期間は最長 24 か月なので、遅くとも {latest} に期限が切れます。［証明書とシークレット］で日付を確かめてください。"
        ),
    }
}

fn s2s_caution(c: &OrgUrlCaution) -> &'static str {
    match c {
        OrgUrlCaution::OtherCloud => "別の Dynamics 365 クラウド（政府向けや地域向け）のアドレスです。組織がそこにあるなら正しいアドレスです。確定する前にサービス エンドポイントと見比べてください。",
        OrgUrlCaution::UnusualDynamicsHost => "よくある yourorg.crm.dynamics.com の形ではありません。確定する前に、開発者リソースの組織サービスの URL と見比べてください。",
        OrgUrlCaution::CustomDomain => "dynamics.com のアドレスではありません。組織が独自のドメインを使っているなら正しいかもしれません。確定する前に、開発者リソースの組織サービスの URL と見比べてください。",
    }
}

fn s2s_lifetime(l: SecretLifetime) -> &'static str {
    match l {
        SecretLifetime::Days90 => "90 日（3 か月）",
        SecretLifetime::Days180 => "推奨: 180 日（6 か月）",
        SecretLifetime::Days365 => "365 日（12 か月）",
        SecretLifetime::Days545 => "545 日（18 か月）",
        SecretLifetime::Days730 => "730 日（24 か月）",
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
    dyn_title: "手順 2／3：Marketo が同期に使う ID の設定",
    #[cfg(feature = "sia-handoff")]
    sia: SiaTexts {
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
    },
    #[cfg(feature = "dynamics-sync-user")]
    dy: DynTexts {
        dyn_kicker: "Marketo と Microsoft Dynamics",
        dyn_intro: |c| match c {
            Connection::ServerToServer => "Marketo は、登録したアプリのアプリケーション ユーザーとして Dynamics にサインインします。アプリを登録し、同期ロールを持つアプリケーション ユーザーを作成し、Marketo ソリューションがそのユーザーを使うようにしてから公開します。",
            Connection::SyncUserPassword => "以前の設定では、専用の同期ユーザーとそのパスワードでサインインします。そのユーザーを作成してロールを与え、Marketo ソリューションがそのユーザーを使うようにしてから公開します。",
        },
        dyn_heading: |c| match c {
            Connection::ServerToServer => "手順 2／3：Marketo が同期に使うアプリケーション ユーザーの設定",
            Connection::SyncUserPassword => "手順 2／3：Marketo 同期ユーザーの設定（パスワード方式）",
        },
        dyn_answers: |c, v| match v { Some(v) => format!("{c}、Marketo ソリューション {v}。"), None => format!("{c}。") },
        dyn_step1_title: "この前に：手順 1／3",
        dyn_step1_body: |v| match v {
            Some(v) => format!("Dynamics に Marketo ソリューション（バージョン {v}）がインストールされています。"),
            None => "Marketo から Marketo ソリューションをダウンロードし（管理 › CRM › Microsoft › Download Marketo Solution）、Dynamics でインポートして（設定 › ソリューション）公開してください。ないと Marketo 構成が表示されません。".into(),
        },
        dyn_credentials_to: |email| format!("サインイン情報は {email} に届きます。"),
        dyn_step3_title: "次に：手順 3／3",
        dyn_step3_body: |name| format!("同期ユーザーのサインイン情報で Marketo を Dynamics に接続します。ユーザー名は作成したとおりに入力してください：{name}"),
        dyn_questions: "現在の設定",
        dyn_version_label: "インストール済みの Marketo ソリューションのバージョン",
        dyn_version_help: "Dynamics に表示されるとおり、ドットで区切った 4 つの数字（例：4.0.0.14）。",
        version_error,
        dyn_name_label: "同期ユーザーのユーザー名（実在のメールボックスでなくてよい）",
        dyn_email_label: "サインイン情報を受け取るメール（実在の受信箱）",
        dyn_filter_label: "カスタム同期フィルターを使う（任意）",
        dyn_section: |s| match s {
            Section::CreateUser => "同期ユーザーを作成する",
            Section::AssignRole => "同期用のロールを与える",
            Section::ConfigureSolution => "Marketo ソリューションにそのユーザーを設定する",
            Section::BeforeStepThree => "手順 3 に進む前に",
            Section::AppRegistration => "Microsoft Entra ID にアプリを登録する",
            Section::AppUser => "アプリケーション ユーザーを作る",
        },
        dyn_step_title: |id, name| match id {
            StepId::InstallSolution => "Marketo ソリューションのインストール（手順 1／3）".into(),
            StepId::CreateUser => format!("専用ユーザー {name} を作成する"),
            StepId::AssignRole => format!("{name} に Marketo 同期ユーザーのロールを与える"),
            StepId::AssignRoleToSyncingUsers => "他のすべてのユーザーにもロールを与える".into(),
            StepId::SetMarketoUser => format!("{name} を Marketo ユーザーに選ぶ"),
            StepId::Publish => "すべてのカスタマイズを公開する".into(),
            StepId::SyncFilter => "カスタム同期フィルターのフィールドを追加する".into(),
            StepId::Validate => "Microsoft Dynamics 同期の検証を実行する".into(),
            StepId::SignIn => format!("{name} として Dynamics に一度サインインする"),
            StepId::RegisterApp => "このディレクトリ専用でアプリを登録する".into(),
            StepId::RecordIds => "アプリケーション (クライアント) ID とディレクトリ (テナント) ID を控える".into(),
            StepId::GrantConsent => "アプリに管理者の同意を与える".into(),
            StepId::CreateSecret => "クライアント シークレットを作り、値を安全な場所に保管する".into(),
            StepId::CreateAppUser => "アプリのアプリケーション ユーザーを作る".into(),
            StepId::AssignAppUserRole => format!("{name}に Marketo Sync User ロールを与える"),
            StepId::RecordAppUserEmail => "アプリケーション ユーザーのメールを控える".into(),
            StepId::ConfirmOrgUrl => "組織の URL を控えて確定する".into(),
        },
        dyn_crumb: |c| match c {
            DC::SettingsIcon => "設定アイコン",
            DC::AdvancedSettings => "詳細設定",
            DC::SettingsMenu => "設定",
            DC::Security => "セキュリティ",
            DC::Users => "ユーザー",
            DC::New => "新規",
            DC::AddAndLicenseUsers => "ユーザーの追加とライセンス付与",
            DC::Admin => "管理",
            DC::AddUser => "ユーザーを追加",
            DC::FillInAndAdd => "情報を入力して追加",
            DC::SendEmailAndClose => "メールを送信して閉じる",
            DC::EnabledUsers => "有効なユーザー",
            DC::Refresh => "最新の情報に更新",
            DC::SelectUser => "ユーザーを選択",
            DC::ManageRoles => "ロールの管理",
            DC::MarketoSyncUserRole => "Marketo 同期ユーザー",
            DC::Ok => "OK",
            DC::MarketoConfig => "Marketo 構成",
            DC::Default => "既定",
            DC::MarketoUserField => "Marketo ユーザー：同期ユーザーを選択",
            DC::Save => "保存",
            DC::Close => "閉じる",
            DC::Solutions => "ソリューション",
            DC::PublishAll => "すべてのカスタマイズの公開",
            DC::CustomField => "2 つのオプション型フィールド new_synctomkto",
            DC::ValidateSync => "Microsoft Dynamics 同期の検証",
            DC::SignInAsSyncUser => "同期ユーザーとしてサインイン",
            DC::EntraAdminCenter => "Microsoft Entra 管理センター",
            DC::AppRegistrations => "アプリの登録",
            DC::NewRegistration => "新規登録",
            DC::NameTheApp => "わかりやすい名前 (例: Marketo Integration)",
            DC::ThisDirectoryOnly => "この組織ディレクトリのみに含まれるアカウント",
            DC::Register => "登録",
            DC::Overview => "概要",
            DC::ClientAndTenantIds => "アプリケーション (クライアント) ID、ディレクトリ (テナント) ID",
            DC::ApiPermissions => "API のアクセス許可",
            DC::GrantAdminConsent => "管理者の同意を与えます",
            DC::Yes => "はい",
            DC::CertificatesSecrets => "証明書とシークレット",
            DC::NewClientSecret => "新しいクライアント シークレット",
            DC::Description => "説明",
            DC::Add => "追加",
            DC::CopyValueNow => "すぐに値をコピー",
            DC::PowerPlatformAdminCenter => "Power Platform 管理センター",
            DC::Environment => "自分の環境 › 設定",
            DC::ApplicationUsers => "ユーザー + アクセス許可 › アプリケーション ユーザー",
            DC::NewAppUser => "新しいアプリ ユーザー",
            DC::ChooseApp => "アプリの追加: 登録したアプリ",
            DC::BusinessUnit => "部署",
            DC::Create => "作成",
            DC::SecurityRoles => "セキュリティ ロール",
            DC::AppUserDetails => "ユーザーの詳細: メール",
            DC::ForStepThreeCard => "「手順 3 のために」カード",
            DC::OrgUrlConfirm => "組織の URL を確認しました",
        },
        dyn_note: |n| match n {
            Note::DedicatedNotExisting => "同僚の既存の CRM アカウントではなく、同期のためだけに作ったユーザーを使ってください。",
            Note::UserNameNeedNotBeReal => "ユーザー名はアドレスの形（name@yourdomain）ですが、実在のメールボックスである必要はありません。",
            Note::CredentialsEmailReal => "サインイン情報は最後に入力するメールアドレスに送られます。誰かが読む受信箱を使ってください。",
            Note::OlderSetUp => "これは以前のパスワード方式の設定です。Adobe の現在のページでは ROPC 接続と呼ばれ、専用のアプリ登録を含む 4 つの手順で設定します。新しく設定するならサーバー間接続を選んでください。",
            Note::MfaOff => "同期ユーザーは多要素認証をオフにする必要があります。そうしないと同期がサインインできません。",
            Note::PasswordSignInDeprecated => "Microsoft は Dynamics 365 でこの種のパスワード サインイン（WS-Trust）を非推奨にしています。",
            Note::RoleVersionRule => "ソリューション 4.0.0.14 以降では、このロールが必要なのは同期ユーザーだけです。4.0.0.14 より前は、すべてのユーザーに必要です。",
            Note::EditsNotSyncedBack => "このユーザーが CRM で行った変更は Marketo に同期されません。",
            Note::LanguageEnglish => "英語版ページのある版では、このユーザーの言語を英語にするよう求めています。",
            Note::ConfigMenuMissing => "メニューに Marketo 構成がない場合は、ページを再読み込みしてください。それでもない場合は、Marketo ソリューションを公開し直すか、サインアウトしてからサインインし直してください。",
            Note::NameMustMatchStepThree => "手順 3 でこのユーザー名を入力します。完全に一致させてください。",
            Note::FilterOnlyExplicitNoSkips => "同期から外れるのは、フィールドが「いいえ」のレコードだけです。空のフィールドは同期されます。",
            Note::SingleTenantOnly => "サポートされているアカウントの種類で、この組織ディレクトリのみを選びます。同僚にもわかる名前を付けてください。",
            Note::IdsForStepThree => "どちらもアプリの概要ページにあります。手順 3 で両方を聞かれます。",
            Note::NoDelegatedPermission => "サーバー間接続には委任された API のアクセス許可は不要です。アプリケーション ユーザーは対話的にサインインできないため、同意は管理者が［管理者の同意を与えます］で行います。",
            Note::FederatedAdfs => "ディレクトリがオンプレミスの AD FS とフェデレーションしている場合は、アプリにホーム領域の検出ポリシーも必要で、パスワード ハッシュ同期をオンにする必要があります。",
            Note::SecretValueNotId => "隣の［シークレット ID］ではなく［値］の列をコピーしてください。Marketo に必要なのは値です。",
            Note::SecretShownOnce => "値が表示されるのは追加の直後の一度だけです。すぐにコピーしてください。ページを離れると二度と表示されず、作り直すことになります。",
            Note::SecretNeverHere => "値はパスワード マネージャーやキー コンテナーに保管してください。このガイドは値を聞きません。保管したらこの手順にチェックを付けます。",
            Note::SecretExpiry => "シークレットには有効期限があります。Entra が認めるのは最長 24 か月で、12 か月未満が推奨です。期限が切れると、新しいシークレットを作って Marketo に入力するまで同期が止まります。知らせを受けるにはカードに日付を入れてください。",
            Note::AppUserEmailExact => "手順 3 ではこのメールをユーザー名として入力します。完全に一致する必要があります。",
            Note::OrgUrlFinal => "手順 3 の後では組織の URL を変えられません。間違えると Marketo のサブスクリプションを新しく用意することになるので、確定する前に確かめてください。",
            Note::OrgUrlWhere => "Dynamics の［詳細設定］›［設定］›［カスタマイズ］›［開発者リソース］›［サービス エンドポイント］で組織サービスの URL を見つけ、表示どおりに貼り付けてください。",
            Note::UpgradeIsSeparate => "既存の設定をパスワードから OAuth に移すのは別の手順 (Reconfigure Dynamics Authentication Method) で、手順 3 で必要な追加の設定は Marketo サポートから受け取ります。",
            Note::BusinessUnit => "新しいアプリ ユーザーのパネルでは部署も尋ねられます。同期が動く部署を選んでください。",
        },
        dyn_not_applicable: |n| match n {
            NotApplicable::RoleOnlyForSyncUser => "バージョン 4.0.0.14 以降では、ロールが必要なのは同期ユーザーだけです。",
            NotApplicable::FilterNotWanted => "カスタム同期フィルターは使わないことにしました。",
        },
        dyn_requirement: |r| match r {
            Requirement::SolutionInstalled => "Marketo ソリューションがインストールされていません（手順 1）。",
            Requirement::SyncUserCreated => "同期専用ユーザーがまだいません。",
            Requirement::SyncUserHasRole => "同期ユーザーに Marketo 同期ユーザーのロールがありません。",
            Requirement::SyncingUsersHaveRole => "ロールのないユーザーがいます（4.0.0.14 より前はすべてのユーザーに必要）。",
            Requirement::MarketoUserIsSyncUser => "Marketo 構成の Marketo ユーザーが同期専用ユーザーではありません。",
            Requirement::PublishedAfterChange => "最後に公開した後で構成が変わりました。",
            Requirement::FilterFieldReady => "フィールド new_synctomkto がまだありません。",
            Requirement::Validated => "今の構成で同期を検証していません。",
            Requirement::SignedInAsSyncUser => "まだ誰も同期ユーザーとしてサインインしていません。",
            Requirement::AppSingleTenant => "このディレクトリ専用で登録したアプリがありません。",
            Requirement::IdsRecorded => "クライアント ID とテナント ID がまだ正しく控えてありません。",
            Requirement::ConsentGranted => "アプリに管理者の同意を与えていません。",
            Requirement::SecretSaved => "クライアント シークレットを作って安全な場所に保管していません。",
            Requirement::AppUserCreated => "アプリのアプリケーション ユーザーがまだいません。",
            Requirement::AppUserHasRole => "アプリケーション ユーザーに Marketo Sync User ロールがありません。",
            Requirement::AppUserEmailRecorded => "アプリケーション ユーザーのメールがまだ正しく控えてありません。",
            Requirement::OrgUrlConfirmed => "組織の URL が正しく控えてあり確定済み、という状態になっていません。",
            Requirement::MarketoUserIsAppUser => "Marketo Config の Marketo ユーザーがアプリケーション ユーザーではありません。",
        },
        dyn_warning: |w, names| match w {
            dynamics::Warning::EditsNotSyncedBack => "同期ユーザーが CRM で行った編集は Marketo に届きません。".into(),
            dynamics::Warning::LanguageEnglish => "英語版ページのある版では、同期ユーザーの言語を英語にするよう求めています。".into(),
            dynamics::Warning::RoleNotNeeded { users } => format!(
                "このバージョンでは {} にロールは不要です。あっても問題はありません。",
                users.iter().map(|u| names(*u)).collect::<Vec<_>>().join("、")
            ),
            dynamics::Warning::SecretExpires { on } => s2s_reminder(&on.to_string()),
            dynamics::Warning::UpgradeIsSeparate => "既存の設定をパスワードから OAuth に移すのは別の手順 (Reconfigure Dynamics Authentication Method) で、手順 3 の追加の設定は Marketo サポートから受け取ります。".into(),
        },
        dyn_why,
        dyn_way_out,
        dyn_effect,
        dyn_readiness: "手順 3 の準備はできていますか？",
        dyn_ready: "準備完了：手順 3 に必要なものはすべてそろっています。",
        dyn_not_ready: |n| format!("まだです：直すことが {n} 件あります。"),
        dyn_blockers: "直すこと",
        dyn_warnings: "知っておくこと",
        dyn_go_to_step: "その手順へ移動",
        dyn_console: "Dynamics（仮想）",
        dyn_console_hint: "あなたは Dynamics の管理者です。使えない操作には理由が表示されます。",
        dyn_users: "ユーザー",
        dyn_user_kind: |k| match k {
            UserKind::ExistingCrmUser => "CRM ユーザー",
            UserKind::DedicatedSyncUser => "同期専用ユーザー",
            UserKind::ApplicationUser => "アプリケーション ユーザー",
        },
        dyn_has_role: "同期ロール",
        dyn_create_legend: "新しいユーザー",
        dyn_create: "ユーザーを追加してメールを送信",
        dyn_assign_role: "ロールを与える",
        dyn_remove_role: "ロールを外す",
        dyn_config_legend: "Marketo 構成 › 既定",
        dyn_marketo_user: "Marketo ユーザー",
        dyn_none_chosen: "（なし）",
        dyn_save: "保存",
        dyn_other_change: "この構成の別の変更を保存",
        dyn_publish: "すべてのカスタマイズの公開",
        dyn_published_state: |p| if p { "公開済み：最新です。" } else { "最後の変更の後、公開していません。" },
        dyn_prep_legend: "手順 3 の準備",
        dyn_want_filter: "カスタム同期フィルターを使う",
        dyn_field_name: "フィールド名",
        dyn_create_field: "フィールドを作成",
        dyn_validate: "検証を実行",
        dyn_sign_in: "一度サインイン",
        dyn_sign_in_as: "サインインするユーザー",
        s2s,
        s2s_field,
        s2s_field_help: |f| match f {
            NoteField::ClientId => "Microsoft Entra ID のアプリの概要ページにあります。",
            NoteField::TenantId => "同じ概要ページの、クライアント ID の下にあります。",
            NoteField::AppUserEmail => "Power Platform 管理センターで、アプリケーション ユーザーの詳細にあります。",
            NoteField::OrgUrl => "開発者リソースにある組織サービスの URL です (例: https://yourorg.api.crm.dynamics.com/XRMServices/2011/Organization.svc)。",
        },
        s2s_problem,
        s2s_refused,
        s2s_day_error,
        s2s_caution,
        s2s_lifetime,
        s2s_expiry_reminder: s2s_reminder,
        s2s_expires_on: |day| format!("有効期限 {day}"),
    },
    kit,
    preset_name,
    preset_goal,
    import_problem,
    kit_replace_question: |name| format!("「{name}」を始めますか？ここまでの練習は置き換えられます。"),
    kit_put_right: |at, what| format!("{at} に修正: {what}"),
};

fn kit(k: KitText) -> &'static str {
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

fn preset_name(p: Preset) -> &'static str {
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

fn preset_goal(p: Preset) -> &'static str {
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

fn import_problem(p: &ImportProblem) -> String {
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

fn s2s_reminder(day: &str) -> String {
    format!("クライアント シークレットの有効期限は {day} です。それまでに新しいシークレットを作って Marketo に入力しないと、同期が止まります。")
}
