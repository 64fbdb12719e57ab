//! Japanese texts of the server-to-server (OAuth) screens.

use super::*;

pub(super) fn quoted(text: &str) -> String {
    if text.is_empty() {
        "(説明なし)".into()
    } else {
        format!("「{text}」")
    }
}

pub(super) fn s2s_field(f: NoteField) -> &'static str {
    match f {
        NoteField::ClientId => "アプリケーション (クライアント) ID",
        NoteField::TenantId => "ディレクトリ (テナント) ID",
        NoteField::AppUserEmail => "アプリケーション ユーザーのメール",
        NoteField::OrgUrl => "組織の URL",
    }
}

pub(super) fn s2s_refused(r: NoteRefused) -> &'static str {
    match r {
        NoteRefused::LooksLikeSecret => SECRET_REFUSED,
        NoteRefused::TooLong => "この欄には長すぎるため保存しませんでした。",
    }
}

pub(super) fn s2s_problem(p: &NoteProblem) -> String {
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

pub(super) fn s2s(t: S2sText) -> &'static str {
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

pub(super) fn s2s_day_error(e: DayError) -> String {
    match e {
        DayError::NotADate => "年-月-日の形で日付を入力してください。".into(),
        DayError::NoSuchDay => "カレンダーにない日付です。".into(),
        DayError::OutOfRange => "年の入力を間違えているようです。".into(),
        DayError::TooFarAhead { latest } => format!(
            "Microsoft Entra ではクライアント シークレットの有効期間は最長 24 か月なので、遅くとも {latest} に期限が切れます。［証明書とシークレット］で日付を確かめてください。"
        ),
    }
}

pub(super) fn s2s_caution(c: &OrgUrlCaution) -> &'static str {
    match c {
        OrgUrlCaution::OtherCloud => "別の Dynamics 365 クラウド（政府向けや地域向け）のアドレスです。組織がそこにあるなら正しいアドレスです。確定する前にサービス エンドポイントと見比べてください。",
        OrgUrlCaution::UnusualDynamicsHost => "よくある yourorg.crm.dynamics.com の形ではありません。確定する前に、開発者リソースの組織サービスの URL と見比べてください。",
        OrgUrlCaution::CustomDomain => "dynamics.com のアドレスではありません。組織が独自のドメインを使っているなら正しいかもしれません。確定する前に、開発者リソースの組織サービスの URL と見比べてください。",
    }
}

pub(super) fn s2s_lifetime(l: SecretLifetime) -> &'static str {
    match l {
        SecretLifetime::Days90 => "90 日（3 か月）",
        SecretLifetime::Days180 => "推奨: 180 日（6 か月）",
        SecretLifetime::Days365 => "365 日（12 か月）",
        SecretLifetime::Days545 => "545 日（18 か月）",
        SecretLifetime::Days730 => "730 日（24 か月）",
    }
}

pub(super) fn s2s_reminder(day: &str) -> String {
    format!("クライアント シークレットの有効期限は {day} です。それまでに新しいシークレットを作って Marketo に入力しないと、同期が止まります。")
}
