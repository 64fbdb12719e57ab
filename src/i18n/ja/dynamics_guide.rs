//! Japanese texts of the Dynamics guide (the password-based sync user and what both variants share).

use super::{
    dynamics, quoted, refused, s2s_caution, s2s_day_error, s2s_field, s2s_lifetime, s2s_problem, s2s_reminder, AppTab,
    Connection, DynTexts, NotApplicable, Note, NoteField, NoteProblem, Page, Requirement, Section, StepId, TextProblem,
    UserKind, UserNames, VersionError, DC, S2S,
};

pub(super) fn version_error(e: &VersionError) -> String {
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

pub(super) fn text_problem(p: &TextProblem) -> String {
    let max = dynamics::MAX_TEXT_CHARS;
    match p {
        TextProblem::NameEmpty => "名前を入力してください。".into(),
        TextProblem::NameTooLong => format!("名前が長すぎます（{max} 文字まで）。"),
        TextProblem::NameTaken => {
            "同じ名前のユーザーがすでにいます。接続の手順では一人のユーザーにぴったり合う名前が必要です。".into()
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

pub(super) fn dyn_why(w: &dynamics::Why) -> String {
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
        Y::Note(r) => return refused(*r).into(),
        Y::SameValue => "同じ値がすでに控えてあります。",
        Y::Url(e) => return s2s_problem(&NoteProblem::OrgUrl(e.clone())),
        Y::AlreadyConfirmed => "組織の URL はすでに確定しています。",
        Y::NotConfirmed => "組織の URL はまだ確定していません。",
    };
    text.into()
}

pub(super) fn dyn_way_out(w: &dynamics::WayOut) -> &'static str {
    use dynamics::WayOut as W;
    match w {
        W::DoStepOne => "先に Marketo ソリューションをインストールしてください（手順 1）。",
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

pub(super) fn dyn_effect(e: &dynamics::Effect, names: &UserNames) -> String {
    use dynamics::Effect as E;
    match e {
        E::UserCreated { user } => format!("ユーザー {} を作成しました。", names(*user)),
        E::CredentialsSent { user } => format!("{} のサインイン情報をメールで送りました。", names(*user)),
        E::RoleAssigned { user } => format!("{} に Marketo 同期ユーザーのロールを割り当てました。", names(*user)),
        E::RoleNotNeeded { user } => {
            format!("このバージョンでは {} にロールは不要です。必要なのは同期ユーザーだけです。", names(*user))
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
                Page::AppRegistrations => S2S.app_registrations,
                Page::NewRegistration => S2S.new_registration,
                Page::App { tab: AppTab::Overview, .. } => S2S.overview,
                Page::App { tab: AppTab::CertificatesSecrets, .. } => S2S.certificates_secrets,
                Page::App { tab: AppTab::ApiPermissions, .. } => S2S.api_permissions,
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
        E::Recorded { field } => format!("接続の手順のために{}を控えました。", s2s_field(*field)),
        E::ConfirmationCleared => "組織の URL が変わったため確定を取り消しました。確かめてからもう一度確定してください。".into(),
        E::UrlConfirmed(true) => "組織の URL を確定しました。".into(),
        E::UrlConfirmed(false) => "組織の URL の確定を取り消しました。".into(),
        E::MarketoUserLacksRole { user } => format!(
            "間違い: {} は Marketo ユーザーですが、まだ Marketo Sync User ロールがないため同期が拒否されます。セキュリティ ロールでロールを与えてください。",
            names(*user)
        ),
    }
}

pub(super) const DY: DynTexts = DynTexts {
    dyn_kicker: "Marketo と Microsoft Dynamics",
    dyn_intro: |c| {
        match c {
        Connection::ServerToServer => "Marketo は、登録したアプリのアプリケーション ユーザーとして Dynamics にサインインします。アプリを登録し、同期ロールを持つアプリケーション ユーザーを作成し、Marketo ソリューションがそのユーザーを使うようにしてから公開します。",
        Connection::SyncUserPassword => "Marketo は、Microsoft Entra ID に登録したクライアントアプリを通して、専用の同期ユーザーとそのパスワードでサインインします。Adobe はこれを ROPC 接続と呼んでいます。このガイドはその手順 2／4 と手順 3／4 を扱います。同期ユーザーの設定を「手順 2／3」と呼ぶ以前のページから来ましたか？その部分は今は手順 2／4 で、クライアントアプリを扱う手順 3／4 が新しく加わりました。",
    }
    },
    dyn_heading: |c| match c {
        Connection::ServerToServer => "手順 2／3：Marketo が同期に使うアプリケーション ユーザーの設定",
        Connection::SyncUserPassword => "手順 2・3／4：同期ユーザーとクライアントアプリ（パスワード方式、ROPC）",
    },
    dyn_answers: |c, v| match v {
        Some(v) => format!("{c}、Marketo ソリューション {v}。"),
        None => format!("{c}。"),
    },
    dyn_step1_title: |n| format!("この前に：手順 1／{n}"),
    dyn_step1_body: |v| {
        match v {
        Some(v) => format!("Dynamics に Marketo ソリューション（バージョン {v}）がインストールされています。"),
        None => "Marketo から Marketo ソリューションをダウンロードし（管理 › CRM › Microsoft › Download Marketo Solution）、Dynamics でインポートして（設定 › ソリューション）公開してください。ないと Marketo 構成が表示されません。".into(),
    }
    },
    dyn_credentials_to: |email| format!("サインイン情報は {email} に届きます。"),
    dyn_next_title: |n| format!("次に：手順 {n}／{n}"),
    dyn_step4_body: |name| {
        format!("Marketo（管理 › CRM › Microsoft、資格情報の入力）で、作成したとおりのユーザー名（{name}）、そのパスワード、組織の URL、クライアント ID、クライアントシークレットを入力します。控えた値は下のカードにあります。")
    },
    dyn_questions: "現在の設定",
    dyn_version_label: "インストール済みの Marketo ソリューションのバージョン",
    dyn_version_help: "Dynamics に表示されるとおり、ドットで区切った 4 つの数字（例：4.0.0.14）。",
    version_error,
    dyn_name_label: "同期ユーザーのユーザー名（実在のメールボックスでなくてよい）",
    dyn_email_label: "サインイン情報を受け取るメール（実在の受信箱）",
    dyn_filter_label: "カスタム同期フィルターを使う（任意）",
    dyn_section: |s| match s {
        Section::CreateUser => "手順 2／4：同期ユーザーを作成する",
        Section::AssignRole => "同期用のロールを与える",
        Section::ConfigureSolution => "Marketo ソリューションにそのユーザーを設定する",
        Section::BeforeStepThree => "手順 3／3 に進む前に",
        Section::AppRegistration => "Microsoft Entra ID にアプリを登録する",
        Section::AppUser => "アプリケーション ユーザーを作る",
        Section::ClientApp => "手順 3／4：Microsoft Entra ID にクライアントアプリを登録する",
        Section::BeforeStepFour => "手順 4 に進む前に",
    },
    dyn_step_title: |id, name| match id {
        StepId::InstallSolution => "Marketo ソリューションのインストール（手順 1）".into(),
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
        StepId::RecordUserName => format!("手順 4 のためにユーザー名を控える：{name}"),
        StepId::RecordClientId => "アプリケーション (クライアント) ID を控える".into(),
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
        DC::ClientId => "アプリケーション (クライアント) ID",
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
        DC::ForStepThreeCard => "「手順 3／3 のために」カード",
        DC::ForStepFourCard => "「手順 4／4 のために」カード",
        DC::OrgUrlConfirm => "組織の URL を確認しました",
    },
    dyn_note: |n| {
        match n {
        Note::DedicatedNotExisting => "同僚の既存の CRM アカウントではなく、同期のためだけに作ったユーザーを使ってください。",
        Note::UserNameNeedNotBeReal => "ユーザー名はアドレスの形（name@yourdomain）ですが、実在のメールボックスである必要はありません。",
        Note::CredentialsEmailReal => "サインイン情報は最後に入力するメールアドレスに送られます。誰かが読む受信箱を使ってください。",
        Note::OlderSetUp => "Adobe の現在のページは、このパスワード方式の設定を ROPC 接続と呼び、4 つの手順に分けています。見ていたページが「手順 2／3」だったなら、今はここです。その部分は手順 2／4 で、手順 4／4 で聞かれるクライアントアプリを手順 3／4 で追加します。",
        Note::MfaOff => "同期ユーザーは多要素認証をオフにする必要があります。Adobe の検証のページによると、オンのままでは同期が正しく動きません。",
        Note::WsTrustDeprecated => "Microsoft は WS-Trust によるサインイン（「Office365」認証の種類）を非推奨にし、代わりに OAuth を挙げています。Adobe の ROPC 接続は OAuth でサインインするため、このガイドはその非推奨が ROPC 接続には当たらないと考えます。同じページは、多要素認証や条件付きアクセスが必要な環境ではパスワードによるサインインは動かず、サーバー間接続を使うよう案内しています。",
        Note::RoleVersionRule => "ソリューション 4.0.0.14 以降では、このロールが必要なのは同期ユーザーだけです。4.0.0.14 より前は、すべてのユーザーに必要です。",
        Note::EditsNotSyncedBack => "このユーザーが CRM で行った変更は Marketo に同期されません。",
        Note::LanguageEnglish => "このユーザーの言語を英語に設定してください。Adobe が重要事項としている点です。",
        Note::ReadsMarketoConfig => "同期ユーザーには Marketo 構成を読み取る権限が必要です。Adobe が重要事項としている点です。",
        Note::ConfigMenuMissing => "メニューに Marketo 構成が見当たらないときは、まずページを再読み込みします。それでも出てこなければ、Marketo ソリューションを公開し直すか、サインインし直すと表示されます。",
        Note::NameForStepFour => "手順 4／4 でこのユーザー名を聞かれます。完全に一致させてください（user@domain.com または DOMAIN\\user）。",
        Note::FilterOnlyExplicitNoSkips => "同期から外れるのは、フィールドが「いいえ」のレコードだけです。空のフィールドは同期されます。",
        Note::FollowWalkthrough => "Adobe は、Microsoft のアプリ登録の手引きをすべての手順どおりに進めるよう求め、二つだけ自分で指定しています。同僚にわかる名前（例：Marketo Integration）と「この組織ディレクトリのみに含まれるアカウント」です。",
        Note::Walkthrough => "Adobe が示す手引きは Microsoft のサイトにあります。",
        Note::WalkthroughDiffers => "このガイドが手引きと違う点：リダイレクト URI と委任された API のアクセス許可を求めません。単一テナントのサーバー間認証についての Microsoft のページが、そうしたアプリにはどちらも不要だとしているためです。アカウントの種類（このディレクトリのみ）は手引きではなく Adobe の指定です。",
        Note::IdsForStepThree => "どちらもアプリの概要ページにあります。手順 3／3 で両方を聞かれます。",
        Note::ClientIdForStepFour => "手順 4／4 で聞かれます（テナント ID は聞かれません）。",
        Note::NoDelegatedPermission => "サーバー間接続には委任された API のアクセス許可は不要です。管理者がアプリに管理者の同意を与えます。",
        Note::AdminConsent => "管理者が、Adobe の同意のページにあるとおりアプリに同意を与えます。API のアクセス許可 › 管理者の同意を与えます › はい。",
        Note::FederatedAdfs => "ディレクトリがオンプレミスの AD FS とフェデレーションしている場合は、アプリにホーム領域の検出ポリシーも必要で、パスワード ハッシュ同期をオンにする必要があります。",
        Note::SecretValueNotId => "隣の［シークレット ID］ではなく［値］の列をコピーしてください。Marketo に必要なのは値です。",
        Note::SecretShownOnce => "値が表示されるのは追加の直後の一度だけです。すぐにコピーしてください。ページを離れると二度と表示されず、作り直すことになります。",
        Note::SecretNeverHere => "値はパスワード マネージャーやキー コンテナーに保管してください。このガイドは値を聞きません。保管したらこの手順にチェックを付けます。",
        Note::SecretExpiry => "シークレットには有効期限があります。Entra が認めるのは最長 24 か月で、12 か月未満が推奨です。知らせを受けるにはカードに日付を入れてください。",
        Note::SecretRenewal => "このシークレットの期限が切れる前に新しいシークレットを作り、Marketo に入力してください。",
        Note::AppUserEmailExact => "手順 3／3 ではこのメールをユーザー名として入力します。完全に一致する必要があります。",
        Note::OrgUrlFinal => "組織の URL は Marketo で送信した後は変更できません。間違えると Marketo のサブスクリプションを新しく用意することになるので、確定する前に確かめてください。",
        Note::OrgUrlWhere => "Dynamics の［詳細設定］›［設定］›［カスタマイズ］›［開発者リソース］›［サービス エンドポイント］で組織サービスの URL を見つけ、表示どおりに貼り付けてください。",
        Note::UpgradeIsSeparate => "既存の設定をパスワードから OAuth に移すのは別の手順 (Reconfigure Dynamics Authentication Method) で、接続の手順で必要な追加の設定は Marketo サポートから受け取ります。",
        Note::BusinessUnit => "新しいアプリ ユーザーのパネルでは部署も尋ねられます。同期が動く部署を選んでください。",
    }
    },
    dyn_not_applicable: |n| {
        match n {
        NotApplicable::RoleOnlyForSyncUser => "バージョン 4.0.0.14 以降では、ロールが必要なのは同期ユーザーだけです。",
        NotApplicable::FilterNotWanted => "カスタム同期フィルターは使わないことにしました。",
        NotApplicable::AppUserHasNoSignIn => "Adobe の一覧には、同期ユーザーとして一度サインインする項目もあります。アプリケーション ユーザーにはサインインに使うパスワードがないため、このガイドはこの項目がサーバー間接続には当てはまらないと考えます。",
    }
    },
    dyn_requirement: |r| match r {
        Requirement::SolutionInstalled => "Marketo ソリューションがインストールされていません（手順 1）。",
        Requirement::SyncUserCreated => "同期専用ユーザーがまだいません。",
        Requirement::SyncUserHasRole => "同期ユーザーに Marketo 同期ユーザーのロールがありません。",
        Requirement::SyncingUsersHaveRole => {
            "ロールのないユーザーがいます（4.0.0.14 より前はすべてのユーザーに必要）。"
        }
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
        Requirement::MarketoUserIsAppUser => {
            "Marketo Config の Marketo ユーザーがアプリケーション ユーザーではありません。"
        }
        Requirement::UserNameRecorded => "同期ユーザーのユーザー名をまだ控えていません。",
        Requirement::ClientIdRecorded => "クライアント ID をまだ正しく控えていません。",
    },
    dyn_warning: |w, names| {
        match w {
        dynamics::Warning::EditsNotSyncedBack => "同期ユーザーが CRM で行った編集は Marketo に届きません。".into(),
        dynamics::Warning::LanguageEnglish => "同期ユーザーの言語は英語にしてください。Adobe が重要事項としている点です。".into(),
        dynamics::Warning::RoleNotNeeded { users } => format!(
            "{} はロールを持っていますが、このバージョンでロールが必要なのは同期ユーザーだけです。",
            users.iter().map(|u| names(*u)).collect::<Vec<_>>().join("、")
        ),
        dynamics::Warning::SecretExpires { on } => s2s_reminder(&on.to_string()),
        dynamics::Warning::UpgradeIsSeparate => "既存の設定をパスワードから OAuth に移すのは別の手順 (Reconfigure Dynamics Authentication Method) で、手順 3 の追加の設定は Marketo サポートから受け取ります。".into(),
    }
    },
    dyn_why,
    dyn_way_out,
    dyn_effect,
    dyn_readiness: |n| format!("手順 {n}／{n} の準備はできていますか？"),
    dyn_ready: |n| format!("準備完了：手順 {n}／{n} で聞かれるものはすべてそろっています。"),
    dyn_card_title: |n| format!("手順 {n}／{n} のために"),
    dyn_card_intro: |n| format!("手順 {n}／{n} で聞かれるのはまさにこの値です。ここからコピーしてください。"),
    dyn_card_user_name: "ユーザー名",
    dyn_card_password: "パスワード",
    dyn_card_password_text: "同期ユーザーのパスワードです。手元にあるはずなので、ここには決して入力しないでください。",
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
    dyn_published_state: |p| {
        if p {
            "公開済み：最新です。"
        } else {
            "最後の変更の後、公開していません。"
        }
    },
    dyn_prep_legend: "接続の前に",
    dyn_want_filter: "カスタム同期フィルターを使う",
    dyn_field_name: "フィールド名",
    dyn_create_field: "フィールドを作成",
    dyn_validate: "検証を実行",
    dyn_sign_in: "一度サインイン",
    dyn_sign_in_as: "サインインするユーザー",
    s2s: S2S,
    s2s_field,
    s2s_field_help: |f| {
        match f {
        NoteField::ClientId => "Microsoft Entra ID のアプリの概要ページにあります。",
        NoteField::TenantId => "同じ概要ページの、クライアント ID の下にあります。",
        NoteField::AppUserEmail => "Power Platform 管理センターで、アプリケーション ユーザーの詳細にあります。",
        NoteField::OrgUrl => "開発者リソースにある組織サービスの URL です (例: https://yourorg.api.crm.dynamics.com/XRMServices/2011/Organization.svc)。",
    }
    },
    s2s_problem,
    s2s_day_error,
    s2s_caution,
    s2s_lifetime,
    s2s_expiry_reminder: s2s_reminder,
    s2s_expires_on: |day| format!("有効期限 {day}"),
};
