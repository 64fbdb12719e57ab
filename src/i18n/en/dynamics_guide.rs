//! English texts of the Dynamics guide (the password-based sync user and what both variants share).

use super::{
    dynamics, quoted, refused, s2s_caution, s2s_day_error, s2s_field, s2s_lifetime, s2s_problem, s2s_reminder, AppTab,
    Connection, DynTexts, NotApplicable, Note, NoteField, NoteProblem, Page, Requirement, Section, StepId, TextProblem,
    UserKind, UserNames, VersionError, DC, S2S,
};

pub(super) fn version_error(e: &VersionError) -> String {
    match e {
        VersionError::Empty => "Enter the version, for example 4.0.0.14.".into(),
        VersionError::WrongNumberOfParts { found } => {
            format!("A version has four numbers separated by dots, like 4.0.0.14; this has {found}.")
        }
        VersionError::EmptyPart { position } => {
            format!("Number {position} is missing (two dots in a row, or a dot at an end).")
        }
        VersionError::Negative { position } => format!("Number {position} is negative; versions use 0 and up."),
        VersionError::TooLarge { position } => format!("Number {position} is far too long to be a version number."),
        VersionError::NotANumber { position, text } => {
            format!("Number {position} (\u{201c}{text}\u{201d}) should be digits only.")
        }
    }
}

pub(super) fn text_problem(p: &TextProblem) -> String {
    let max = dynamics::MAX_TEXT_CHARS;
    match p {
        TextProblem::NameEmpty => "Enter a name.".into(),
        TextProblem::NameTooLong => format!("That name is too long ({max} characters at most)."),
        TextProblem::NameTaken => {
            "A user with that name exists already; the connect step needs a name that matches exactly one user.".into()
        }
        TextProblem::EmailEmpty => "Enter the e-mail address the sign-in details go to (a real inbox).".into(),
        TextProblem::EmailNotAnAddress => "That does not look like an e-mail address (name@domain).".into(),
        TextProblem::EmailTooLong => format!("That address is too long ({max} characters at most)."),
        TextProblem::LooksLikeSecret => {
            "That looks like a secret, so it was not kept. Never type a secret here.".into()
        }
    }
}

pub(super) fn dyn_why(w: &dynamics::Why) -> String {
    use dynamics::Why as Y;
    let text = match w {
        Y::SolutionMissing => "The Marketo solution is not installed, so Marketo Config is not there yet.",
        Y::Text(p) => return text_problem(p),
        Y::NoSuchUser => "That user does not exist.",
        Y::AlreadyHasRole => "This user has the role already.",
        Y::HasNoRole => "This user does not have the role.",
        Y::ExistingCrmUser => "This is an existing CRM user's own account, not a dedicated sync user.",
        Y::AlreadyMarketoUser => "This user is the Marketo User already.",
        Y::FilterFieldExists => "The filter field exists already.",
        Y::FilterFieldMisnamed => "The sync only recognises a field called exactly new_synctomkto.",
        Y::NotPublished => "The latest configuration has not been published.",
        Y::NoMarketoUser => "No Marketo User is chosen yet.",
        Y::NoUserChosen => "No user is chosen yet.",
        Y::AlreadySignedIn => "Someone has signed in as this user already.",
        Y::AlreadyValidated => "Already done for the current configuration.",
        Y::SameConnection => "That connection is the one chosen already.",
        Y::NotServerToServer => "This belongs to the server-to-server connection, and the password variant is chosen.",
        Y::AlreadyOpen => "That page is open already.",
        Y::NoSuchApp => "That app registration or secret does not exist.",
        Y::NoAppChosen => "No app is chosen yet.",
        Y::NoBusinessUnit => "No business unit is chosen yet.",
        Y::AlreadySingleTenant => "This app accepts your directory's accounts only already.",
        Y::ConsentAlreadyGranted => "Admin consent is granted already.",
        Y::SecretGone => "The value was hidden before it was copied, and it can never be shown again.",
        Y::SecretAlreadyCopied => "This value is copied already.",
        Y::AppUserExists => "This app has its application user already.",
        Y::AppNameTaken => "An app registration with that name exists already; two would be easy to mix up.",
        Y::Note(r) => return refused(*r).into(),
        Y::SameValue => "That value is written down already.",
        Y::Url(e) => return s2s_problem(&NoteProblem::OrgUrl(e.clone())),
        Y::AlreadyConfirmed => "The organization URL is confirmed already.",
        Y::NotConfirmed => "The organization URL is not confirmed.",
    };
    text.into()
}

pub(super) fn dyn_way_out(w: &dynamics::WayOut) -> &'static str {
    use dynamics::WayOut as W;
    match w {
        W::DoStepOne => "Install the Marketo solution (Step 1) first.",
        W::FixInput => "Correct it and try again.",
        W::ChooseListedUser => "Choose a user from the list.",
        W::AlreadyDone => "Nothing else to do.",
        W::CreateDedicatedUser => "Create a dedicated sync user and choose that one.",
        W::UseExactFilterName => "Name it new_synctomkto.",
        W::PublishFirst => "Publish all customizations first.",
        W::ChooseMarketoUserFirst => "Choose the Marketo User first.",
        W::SwitchToServerToServer => "Choose the server-to-server connection first.",
        W::ChooseListedApp => "Choose an app registration from the list.",
        W::ChooseBusinessUnit => "Choose the business unit on the New app user panel.",
        W::MakeNewSecret => "Make a new client secret and copy its value while it is on screen.",
        W::KeepSecretsElsewhere => "Keep secrets in your password manager or key vault, never in this guide.",
        W::FixUrlFirst => "Correct the organization URL first.",
        W::ChooseApplicationUser => "Choose the application user made for your app.",
    }
}

pub(super) fn dyn_effect(e: &dynamics::Effect, names: &UserNames) -> String {
    use dynamics::Effect as E;
    match e {
        E::UserCreated { user } => format!("User {} created.", names(*user)),
        E::CredentialsSent { user } => format!("Sign-in details for {} sent by e-mail.", names(*user)),
        E::RoleAssigned { user } => format!("{} has the Marketo Sync User role.", names(*user)),
        E::RoleNotNeeded { user } => {
            format!("With this version {} does not need the role: only the sync user does.", names(*user))
        }
        E::RoleRemoved { user } => format!("{} no longer has the Marketo Sync User role.", names(*user)),
        E::MarketoUserSet { user } => format!("Marketo User set to {}.", names(*user)),
        E::PublishNeededAgain => "The configuration changed after publishing: publish all customizations again.".into(),
        E::Published => "All customizations published.".into(),
        E::NothingNewToPublish => "Published again; nothing had changed.".into(),
        E::FilterWanted(true) => "A custom sync filter will be set up.".into(),
        E::FilterWanted(false) => "No custom sync filter.".into(),
        E::FilterFieldCreated => "Field new_synctomkto created.".into(),
        E::Validated => "Validation ran for the current configuration.".into(),
        E::SignedIn { user } => format!("Signed in once as {}.", names(*user)),
        E::ConnectionChosen(Connection::ServerToServer) => "Following the server-to-server (OAuth) connection.".into(),
        E::ConnectionChosen(Connection::SyncUserPassword) => "Following the sync user with a password.".into(),
        E::PageOpened { page, app } => {
            let name = match page {
                Page::AppRegistrations => S2S.app_registrations,
                Page::NewRegistration => S2S.new_registration,
                Page::App { tab: AppTab::Overview, .. } => S2S.overview,
                Page::App { tab: AppTab::CertificatesSecrets, .. } => S2S.certificates_secrets,
                Page::App { tab: AppTab::ApiPermissions, .. } => S2S.api_permissions,
            };
            match app {
                Some(app) => format!("Opened {name} of {app}."),
                None => format!("Opened {name}."),
            }
        }
        E::AppRegistered { name, single_tenant: true } => format!("App {name} registered for this directory only."),
        E::AppRegistered { name, single_tenant: false } => format!("App {name} registered for any organization's accounts."),
        E::OpenToAnyOrganization { name } => format!(
            "Mistake: {name} accepts accounts from any organization, not only yours. Marketo's set-up expects a single-tenant app. Change its supported account types to this directory only."
        ),
        E::MadeSingleTenant { name } => format!("{name} now accepts accounts of this directory only."),
        E::SecretShownOnce { description, expires_on } => format!(
            "Client secret {} made; it expires on {expires_on}. Its value is on screen now and only now: copy it before leaving the page.",
            quoted(description)
        ),
        E::SecretCopied { description } => format!("Value of client secret {} copied to a safe place.", quoted(description)),
        E::SecretLost { description } => format!(
            "Mistake: the page was left before the value of client secret {} was copied. It can never be shown again: make a new secret.",
            quoted(description)
        ),
        E::ConsentGranted { name } => format!("Admin consent granted for {name}."),
        E::AppUserCreated { user } => format!("Application user {} created.", names(*user)),
        E::Recorded { field } => format!("{} written down for the connect step.", s2s_field(*field)),
        E::ConfirmationCleared => "The organization URL changed, so its confirmation was withdrawn: check it and confirm again.".into(),
        E::UrlConfirmed(true) => "Organization URL confirmed.".into(),
        E::UrlConfirmed(false) => "Organization URL confirmation withdrawn.".into(),
        E::MarketoUserLacksRole { user } => format!(
            "Mistake: {} is the Marketo User but does not have the Marketo Sync User role yet, so the sync would be refused. Give it the role in Security roles.",
            names(*user)
        ),
    }
}

pub(super) const DY: DynTexts = DynTexts {
    dyn_kicker: "Marketo and Microsoft Dynamics",
    dyn_intro: |c| {
        match c {
        Connection::ServerToServer => "Marketo signs in to Dynamics as the application user of an app you register. Register the app, make its application user with the sync role, point the Marketo solution at it and publish.",
        Connection::SyncUserPassword => "Marketo signs in as a dedicated sync user with its password, through a client app you register in Microsoft Entra ID: Adobe calls this the ROPC connection. This guide covers its Steps 2 and 3 of 4. Coming from an older page that called the sync user \u{201c}Step 2 of 3\u{201d}? That part is Step 2 of 4 now, and Step 3 of 4, the client app, is new.",
    }
    },
    dyn_heading: |c| match c {
        Connection::ServerToServer => "Step 2 of 3: set up the application user Marketo syncs as",
        Connection::SyncUserPassword => "Steps 2 and 3 of 4: the sync user and its client app (password, ROPC)",
    },
    dyn_answers: |c, v| match v {
        Some(v) => format!("{c}; Marketo solution {v}."),
        None => format!("{c}."),
    },
    dyn_step1_title: |n| format!("Before this: Step 1 of {n}"),
    dyn_step1_body: |v| {
        match v {
        Some(v) => format!("The Marketo solution is installed in Dynamics (version {v})."),
        None => "Download the Marketo solution from Marketo (Admin › CRM › Microsoft › Download Marketo Solution), import it in Dynamics (Settings › Solutions) and publish it. Without it, Marketo Config is missing.".into(),
    }
    },
    dyn_credentials_to: |email| format!("The sign-in details will go to {email}."),
    dyn_next_title: |n| format!("Next: Step {n} of {n}"),
    dyn_step4_body: |name| {
        format!(
            "In Marketo (Admin › CRM › Microsoft, Enter Credentials) you will type the user name exactly as created ({name}), its password, the organization URL, the client ID and the client secret. The card below holds what you wrote down."
        )
    },
    dyn_questions: "Your set-up",
    dyn_version_label: "Installed Marketo solution version",
    dyn_version_help: "Four numbers separated by dots, as shown in Dynamics, for example 4.0.0.14.",
    version_error,
    dyn_name_label: "Sync user's user name (need not be a real mailbox)",
    dyn_email_label: "E-mail for the sign-in details (a real inbox)",
    dyn_filter_label: "I want a custom sync filter (optional)",
    dyn_section: |s| match s {
        Section::CreateUser => "Step 2 of 4: create the sync user",
        Section::AssignRole => "Give it the sync role",
        Section::ConfigureSolution => "Point the Marketo solution at it",
        Section::BeforeStepThree => "Before you go on to Step 3 of 3",
        Section::AppRegistration => "Register the app in Microsoft Entra ID",
        Section::AppUser => "Make its application user",
        Section::ClientApp => "Step 3 of 4: register the client app in Microsoft Entra ID",
        Section::BeforeStepFour => "Before you go on to Step 4",
    },
    dyn_step_title: |id, name| match id {
        StepId::InstallSolution => "Install the Marketo solution (Step 1)".into(),
        StepId::CreateUser => format!("Create a dedicated user, {name}"),
        StepId::AssignRole => format!("Give {name} the Marketo Sync User role"),
        StepId::AssignRoleToSyncingUsers => "Give the role to all users as well".into(),
        StepId::SetMarketoUser => format!("Choose {name} as the Marketo User"),
        StepId::Publish => "Publish all customizations".into(),
        StepId::SyncFilter => "Add the custom sync filter field".into(),
        StepId::Validate => "Run Validate Microsoft Dynamics Sync".into(),
        StepId::SignIn => format!("Sign in to Dynamics once as {name}"),
        StepId::RegisterApp => "Register an app for this directory only".into(),
        StepId::RecordIds => "Write down the application (client) ID and the directory (tenant) ID".into(),
        StepId::GrantConsent => "Grant admin consent for the app".into(),
        StepId::CreateSecret => "Make a client secret and save its value in a safe place".into(),
        StepId::CreateAppUser => "Create the application user for the app".into(),
        StepId::AssignAppUserRole => format!("Give {name} the Marketo Sync User role"),
        StepId::RecordAppUserEmail => "Write down the application user's e-mail".into(),
        StepId::ConfirmOrgUrl => "Write down the organization URL and confirm it".into(),
        StepId::RecordUserName => format!("Write down the user name for Step 4: {name}"),
        StepId::RecordClientId => "Write down the application (client) ID".into(),
    },
    dyn_crumb: |c| match c {
        DC::SettingsIcon => "Settings icon",
        DC::AdvancedSettings => "Advanced Settings",
        DC::SettingsMenu => "Settings",
        DC::Security => "Security",
        DC::Users => "Users",
        DC::New => "New",
        DC::AddAndLicenseUsers => "Add and License Users",
        DC::Admin => "Admin",
        DC::AddUser => "Add a user",
        DC::FillInAndAdd => "Fill in the details, Add",
        DC::SendEmailAndClose => "Send email and close",
        DC::EnabledUsers => "Enabled Users",
        DC::Refresh => "Refresh",
        DC::SelectUser => "Select the user",
        DC::ManageRoles => "Manage Roles",
        DC::MarketoSyncUserRole => "Marketo Sync User",
        DC::Ok => "OK",
        DC::MarketoConfig => "Marketo Config",
        DC::Default => "Default",
        DC::MarketoUserField => "Marketo User: pick the sync user",
        DC::Save => "Save",
        DC::Close => "Close",
        DC::Solutions => "Solutions",
        DC::PublishAll => "Publish All Customizations",
        DC::CustomField => "Two Options field new_synctomkto",
        DC::ValidateSync => "Validate Microsoft Dynamics Sync",
        DC::SignInAsSyncUser => "Sign in as the sync user",
        DC::EntraAdminCenter => "Microsoft Entra admin center",
        DC::AppRegistrations => "App registrations",
        DC::NewRegistration => "New registration",
        DC::NameTheApp => "A meaningful name, e.g. Marketo Integration",
        DC::ThisDirectoryOnly => "Accounts in this organizational directory only",
        DC::Register => "Register",
        DC::Overview => "Overview",
        DC::ClientAndTenantIds => "Application (client) ID, Directory (tenant) ID",
        DC::ClientId => "Application (client) ID",
        DC::ApiPermissions => "API permissions",
        DC::GrantAdminConsent => "Grant admin consent",
        DC::Yes => "Yes",
        DC::CertificatesSecrets => "Certificates & secrets",
        DC::NewClientSecret => "New client secret",
        DC::Description => "Description",
        DC::Add => "Add",
        DC::CopyValueNow => "Copy the value now",
        DC::PowerPlatformAdminCenter => "Power Platform admin center",
        DC::Environment => "Your environment › Settings",
        DC::ApplicationUsers => "Users + permissions › Application users",
        DC::NewAppUser => "New app user",
        DC::ChooseApp => "Add an app: the one you registered",
        DC::BusinessUnit => "Business unit",
        DC::Create => "Create",
        DC::SecurityRoles => "Security roles",
        DC::AppUserDetails => "The user's details: e-mail",
        DC::ForStepThreeCard => "The \u{201c}For Step 3 of 3\u{201d} card",
        DC::ForStepFourCard => "The \u{201c}For Step 4 of 4\u{201d} card",
        DC::OrgUrlConfirm => "I have checked the organization URL",
    },
    dyn_note: |n| {
        match n {
        Note::DedicatedNotExisting => "Use a user made only for the sync, not a colleague's existing CRM account.",
        Note::UserNameNeedNotBeReal => "The user name is shaped like an address (name@yourdomain) but does not have to be a real mailbox.",
        Note::CredentialsEmailReal => "The sign-in details are sent to the e-mail you give at the end: use an inbox someone reads.",
        Note::OlderSetUp => "Adobe's current pages call this password set-up the ROPC connection and give it four steps. If your page said \u{201c}Step 2 of 3\u{201d}, you are here: that part is Step 2 of 4, and Step 3 of 4 adds the client app that Step 4 asks about.",
        Note::MfaOff => "Multi-factor sign-in must be off for the sync user: Adobe's validation page says the sync does not work properly with it on.",
        Note::WsTrustDeprecated => "Microsoft has deprecated WS-Trust sign-in (the \u{201c}Office365\u{201d} authentication type) and names OAuth as what replaces it. Adobe's ROPC connection signs in through OAuth, so this guide reads that deprecation as not about it. The same page warns that a password sign-in does not work where multi-factor sign-in or Conditional Access is required, and points to server-to-server there.",
        Note::RoleVersionRule => "From solution 4.0.0.14 only the sync user needs this role. Before 4.0.0.14, all users need it.",
        Note::EditsNotSyncedBack => "Changes this user makes in the CRM are not synced back to Marketo.",
        Note::LanguageEnglish => "Set this user's language to English: Adobe marks it as important.",
        Note::ReadsMarketoConfig => "The sync user needs permission to read Marketo Config: Adobe marks this as important.",
        Note::ConfigMenuMissing => "If Marketo Config is not in the menu, reload the page first. When that does not bring it back, publishing the Marketo solution again, or signing out and in, does.",
        Note::NameForStepFour => "Step 4 of 4 asks for this user name, and it must match exactly (user@domain.com or DOMAIN\\user).",
        Note::FilterOnlyExplicitNoSkips => "Only records whose field is set to No are left out of the sync; an empty field still syncs.",
        Note::FollowWalkthrough => "Adobe asks you to follow every step of Microsoft's app-registration walkthrough, with two choices of its own: a name colleagues recognise (for example Marketo Integration) and \u{201c}Accounts in this organizational directory only\u{201d}.",
        Note::Walkthrough => "The walkthrough Adobe points to is on Microsoft's site.",
        Note::WalkthroughDiffers => "Where this guide leaves the walkthrough: it asks for no redirect URI and no delegated API permission, because Microsoft's page on single-tenant server-to-server sign-in says such an app needs neither. The account type is Adobe's choice (this directory only), not the walkthrough's.",
        Note::IdsForStepThree => "Both are on the app's Overview page. Step 3 of 3 asks for both.",
        Note::ClientIdForStepFour => "Step 4 of 4 asks for it (and for no tenant ID).",
        Note::NoDelegatedPermission => "Server-to-server needs no delegated API permission. An administrator grants admin consent for the app.",
        Note::AdminConsent => "An administrator grants consent for the app, as Adobe's consent page shows: API permissions › Grant admin consent › Yes.",
        Note::FederatedAdfs => "If your directory is federated with on-premises AD FS, the app also needs a Home Realm Discovery policy, and password hash sync must be on.",
        Note::SecretValueNotId => "Copy the Value column, not the Secret ID beside it: Marketo needs the value.",
        Note::SecretShownOnce => "The value appears once, right after Add. Copy it at once: leaving the page hides it for good, and you would have to make a new one.",
        Note::SecretNeverHere => "Keep the value in your password manager or key vault. This guide never asks for it; tick this step when it is saved.",
        Note::SecretExpiry => "Secrets expire: Entra allows 24 months at most and recommends less than 12. Note the date in the card to be reminded.",
        Note::SecretRenewal => "Make a new secret and enter it in Marketo before this one expires.",
        Note::AppUserEmailExact => "Step 3 of 3 enters this e-mail as the user name; it must match exactly.",
        Note::OrgUrlFinal => "Once it is submitted in Marketo, the organization URL cannot be changed: a wrong one needs a new Marketo subscription. Check it before you confirm.",
        Note::OrgUrlWhere => "Find it in Dynamics: Advanced Settings › Settings › Customizations › Developer Resources › Service Endpoints, Organization Service URL. Paste it as shown.",
        Note::UpgradeIsSeparate => "Moving an existing set-up from a password to OAuth is a different procedure (Reconfigure Dynamics Authentication Method); at the connect step, Marketo Support supplies the extra settings.",
        Note::BusinessUnit => "The New app user panel also asks for the business unit: choose the one the sync should work in.",
    }
    },
    dyn_not_applicable: |n| {
        match n {
        NotApplicable::RoleOnlyForSyncUser => "From version 4.0.0.14 only the sync user needs the role.",
        NotApplicable::FilterNotWanted => "You chose not to use a custom sync filter.",
        NotApplicable::AppUserHasNoSignIn => "Adobe's list also says to sign in once as the sync user. An application user has no password to sign in with, so this guide reads that item as not applying to server-to-server.",
    }
    },
    dyn_requirement: |r| match r {
        Requirement::SolutionInstalled => "The Marketo solution is not installed (Step 1).",
        Requirement::SyncUserCreated => "There is no dedicated sync user yet.",
        Requirement::SyncUserHasRole => "The sync user does not have the Marketo Sync User role.",
        Requirement::SyncingUsersHaveRole => "Some users do not have the role (all users need it before 4.0.0.14).",
        Requirement::MarketoUserIsSyncUser => "Marketo Config's Marketo User is not the dedicated sync user.",
        Requirement::PublishedAfterChange => "The configuration changed since customizations were last published.",
        Requirement::FilterFieldReady => "The new_synctomkto field does not exist yet.",
        Requirement::Validated => "The sync has not been validated for the current configuration.",
        Requirement::SignedInAsSyncUser => "Nobody has signed in as the sync user yet.",
        Requirement::AppSingleTenant => "No app is registered for this directory only.",
        Requirement::IdsRecorded => "The client ID and tenant ID are not written down correctly yet.",
        Requirement::ConsentGranted => "Admin consent has not been granted for the app.",
        Requirement::SecretSaved => "No client secret has been made and saved in a safe place.",
        Requirement::AppUserCreated => "The app has no application user yet.",
        Requirement::AppUserHasRole => "The application user does not have the Marketo Sync User role.",
        Requirement::AppUserEmailRecorded => "The application user's e-mail is not written down correctly yet.",
        Requirement::OrgUrlConfirmed => "The organization URL is not written down correctly and confirmed.",
        Requirement::MarketoUserIsAppUser => "Marketo Config's Marketo User is not the application user.",
        Requirement::UserNameRecorded => "The sync user's user name is not written down yet.",
        Requirement::ClientIdRecorded => "The client ID is not written down correctly yet.",
    },
    dyn_warning: |w, names| {
        match w {
        dynamics::Warning::EditsNotSyncedBack => "Edits the sync user makes in the CRM will not reach Marketo.".into(),
        dynamics::Warning::LanguageEnglish => "The sync user's language should be English: Adobe marks this as important.".into(),
        dynamics::Warning::RoleNotNeeded { users } => format!(
            "{} hold the role, which this version requires of the sync user only.",
            users.iter().map(|u| names(*u)).collect::<Vec<_>>().join(", ")
        ),
        dynamics::Warning::SecretExpires { on } => s2s_reminder(&on.to_string()),
        dynamics::Warning::UpgradeIsSeparate => "Moving an existing set-up from a password to OAuth is a separate procedure (Reconfigure Dynamics Authentication Method); at the connect step, Marketo Support supplies the extra settings.".into(),
    }
    },
    dyn_why,
    dyn_way_out,
    dyn_effect,
    dyn_readiness: |n| format!("Ready for Step {n} of {n}?"),
    dyn_ready: |n| format!("Ready: everything Step {n} of {n} asks for is in place."),
    dyn_card_title: |n| format!("For Step {n} of {n}"),
    dyn_card_intro: |n| format!("Step {n} of {n} asks for exactly these values. Copy them from here."),
    dyn_card_user_name: "User name",
    dyn_card_password: "Password",
    dyn_card_password_text: "The sync user's password. You have it; never enter it here.",
    dyn_not_ready: |n| if n == 1 { "Not yet: 1 thing to fix.".into() } else { format!("Not yet: {n} things to fix.") },
    dyn_blockers: "To fix",
    dyn_warnings: "Good to know",
    dyn_go_to_step: "Go to the step",
    dyn_console: "Dynamics (simulated)",
    dyn_console_hint: "You are the Dynamics admin. Unavailable actions say why.",
    dyn_users: "Users",
    dyn_user_kind: |k| match k {
        UserKind::ExistingCrmUser => "CRM user",
        UserKind::DedicatedSyncUser => "Dedicated sync user",
        UserKind::ApplicationUser => "Application user",
    },
    dyn_has_role: "Sync role",
    dyn_create_legend: "New user",
    dyn_create: "Add user and send e-mail",
    dyn_assign_role: "Give role",
    dyn_remove_role: "Take role away",
    dyn_config_legend: "Marketo Config › Default",
    dyn_marketo_user: "Marketo User",
    dyn_none_chosen: "(none)",
    dyn_save: "Save",
    dyn_other_change: "Save another change to this configuration",
    dyn_publish: "Publish All Customizations",
    dyn_published_state: |p| if p { "Published: up to date." } else { "Not published since the last change." },
    dyn_prep_legend: "Before connecting",
    dyn_want_filter: "Use a custom sync filter",
    dyn_field_name: "Field name",
    dyn_create_field: "Create field",
    dyn_validate: "Run validation",
    dyn_sign_in: "Sign in once",
    dyn_sign_in_as: "Sign in as",
    s2s: S2S,
    s2s_field,
    s2s_field_help: |f| {
        match f {
        NoteField::ClientId => "On the app's Overview page in Microsoft Entra ID.",
        NoteField::TenantId => "On the same Overview page, below the client ID.",
        NoteField::AppUserEmail => "In the application user's details in the Power Platform admin center.",
        NoteField::OrgUrl => "The Organization Service URL from Developer Resources, such as https://yourorg.api.crm.dynamics.com/XRMServices/2011/Organization.svc.",
    }
    },
    s2s_problem,
    s2s_day_error,
    s2s_caution,
    s2s_lifetime,
    s2s_expiry_reminder: s2s_reminder,
    s2s_expires_on: |day| format!("Expires {day}"),
};
