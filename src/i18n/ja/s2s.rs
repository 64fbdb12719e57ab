//! Japanese texts of the server-to-server (OAuth) screens.

use super::{
    refused, DayError, GuidError, NoteField, NoteProblem, OrgUrlCaution, OrgUrlError, Refused, S2sTexts,
    SecretLifetime, UserNameError,
};

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

pub(super) fn s2s_problem(p: &NoteProblem) -> String {
    match p {
        NoteProblem::Guid(e) => match e {
            GuidError::Empty => "ID を入力してください。".into(),
            GuidError::TooLong => "ID にしては長すぎます。".into(),
            GuidError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
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
            UserNameError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
            UserNameError::HasSpace => "ユーザー名に空白は入りません。".into(),
            UserNameError::NotAnAddress => "user@domain.com または DOMAIN\\user の形で入力してください。".into(),
        },
        NoteProblem::OrgUrl(e) => match e {
            OrgUrlError::Empty => "組織の URL を入力してください。".into(),
            OrgUrlError::TooLong => "組織の URL にしては長すぎます。".into(),
            OrgUrlError::LooksLikeSecret => refused(Refused::LooksLikeSecret).into(),
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

pub(super) const S2S: S2sTexts = S2sTexts {
    connection_legend: "接続方法",
    connection_s2s: "サーバー間 (OAuth)",
    connection_password: "パスワードを使う同期ユーザー（ROPC）",
    connection_help: "Adobe は二つの接続を説明しています。サーバー間（OAuth、手順 1〜3／3）と、パスワードを使う同期ユーザー（ROPC、手順 1〜4／4）です。お使いの方を選んでください。新しく設定するなら、このガイドはサーバー間接続をおすすめします。",
    s2s_intro: "Marketo はアプリとして Dynamics にサインインします。Microsoft Entra ID にアプリを登録し、同意とシークレットを用意し、同期ロールを持つアプリケーション ユーザーを作ってから、Marketo ソリューションにそのユーザーを指定して公開します。",
    s2s_step3_body: "Marketo には、アプリケーション ユーザーのメール、クライアント ID、保管したクライアント シークレット、テナント ID、組織の URL を入力します。下のカードを手元に置いてください。",
    confirm_url: "組織の URL を確認しました",
    confirm_url_help: "Marketo で送信した後は変更できません。アドレスを間違えると Marketo のサブスクリプションを新しく用意することになります。",
    expires_label: "クライアント シークレットの有効期限",
    expires_help: "任意です。日付だけを入力し、シークレットそのものは入力しないでください。",
    copy: "コピー",
    copied: "コピーしました",
    copy_failed: "このページではコピーできません。文字を選択して手でコピーしてください。",
    not_yet: "まだ正しく控えていません",
    secret_row: "クライアント シークレット",
    secret_row_text: "安全な場所に保管した値です。ここには入力しないでください。",
    entra_console: "Microsoft Entra 管理センター（仮想）",
    entra_hint: "あなたは研修用テナントの管理者です。ここにあるものはすべて本物ではありません。",
    ppac_console: "Power Platform 管理センター（仮想）",
    ppac_hint: "研修用環境のアプリケーション ユーザーとセキュリティ ロールです。",
    app_registrations: "アプリの登録",
    new_registration: "新規登録",
    app_name: "名前",
    account_types: "サポートされているアカウントの種類",
    single_tenant: "この組織ディレクトリのみに含まれるアカウント",
    multi_tenant: "任意の組織ディレクトリ内のアカウント (マルチテナント)",
    register: "登録",
    no_apps: "アプリの登録はまだありません。",
    open: "開く",
    overview: "概要",
    certificates_secrets: "証明書とシークレット",
    api_permissions: "API のアクセス許可",
    account_type_single: "この組織のみ",
    account_type_multi: "任意の組織 (マルチテナント)",
    make_single_tenant: "この組織ディレクトリのみに変更",
    new_client_secret: "新しいクライアント シークレット",
    description: "説明",
    add: "追加",
    secret_value: "値",
    copy_value: "値をコピー",
    secret_shown_once_hint: "値が表示されるのは今だけで、二度と見られません。このページを離れる前にコピーしてください。",
    secret_hidden: "今後は表示されません",
    secret_copied: "安全な場所にコピー済み",
    secret_lost: "コピーしていません: 値は失われました",
    practice_value: "練習用の値で、本物のシークレットではありません",
    no_secrets: "クライアント シークレットはまだありません。",
    grant_admin_consent: "管理者の同意を与えます",
    consent_granted: "管理者の同意: 付与済み",
    consent_not_granted: "管理者の同意: 未付与",
    application_users: "アプリケーション ユーザー",
    new_app_user: "新しいアプリ ユーザー",
    app_label: "アプリ",
    create: "作成",
    security_roles: "セキュリティ ロール",
    marketo_sync_user: "Marketo Sync User",
    no_app_users: "アプリケーション ユーザーはまだいません。",
    email_column: "メール",
    environment: "環境: Contoso 研修用",
    expires: "有効期限",
    business_unit: "部署",
    choose_business_unit: "部署を選択",
    root_business_unit: "contoso-training（ルート部署）",
    url_caution_confirm: "確定する前に確かめてください",
    notes_legend: "接続の手順のために控える",
    notes_hint: "自分のメモに書き写すつもりで、仮想ポータルから値を一つずつコピーしてください。",
    app_user_name: "アプリケーション ユーザー",
    from_values: "値が正しくなると自動で完了します",
};

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
    format!("クライアント シークレットの有効期限は {day} です。その前に新しいシークレットを作って Marketo に入力してください。")
}
